//! Reads news reports from files, directories or standard input into [`model::Document`]s.
//!
//! # What it reads
//!
//! The format is detected from the content; the file extension only breaks ties
//! (see [`detect`]):
//!
//! * **plain text**, with an optional header block of `Title:`, `Published:`, `Source:`, `URL:`
//!   lines (keys case-insensitive, aliases in `data/field_names.txt`) ended by a blank line.
//!   Without a header the first non-blank line is the title, and it stays in the text: the
//!   whole file is the document text.
//! * **HTML pages**: the article body is extracted with a real HTML parser (see [`html`]
//!   for the policy); title, date, outlet and URL come from OpenGraph / `article:` meta tags,
//!   JSON-LD `NewsArticle`, `<time datetime>` and `<title>`.
//! * **RSS 2.0 / RSS 1.0 / Atom feeds**: one document per item (see [`feed`]).
//! * **JSON**: JSON Lines (one article a line), a single JSON object, or an array of them, each
//!   with `text` and any of `id`, `title`, `published`/`date`, `source`, `url`.
//!
//! # Policy
//!
//! * Bad input never aborts a batch: every problem becomes one [`IngestError`] naming the file
//!   and, inside it, the line or item, and everything else is still returned. JSONL lines are
//!   independent of each other.
//! * Files over [`Options::max_bytes`] are refused from their metadata, before reading.
//! * Text is normalized by [`normalize_text`] (NFC, whitespace tidied, paragraphs kept).
//! * The id is the given one (JSON `id`, feed item guid / Atom id) or else [`text_id`] of the
//!   normalized text, so the same text always gets the same id.
//! * Publication dates become ISO 8601 ([`normalize_date`]): a date-time keeps its own UTC
//!   offset (`2024-10-23T10:00:00+02:00`, `Z` for UTC) because the local calendar date is what
//!   relative expressions ("yesterday") are anchored to; a bare date stays a date; an
//!   unrecognized date is dropped (None), never guessed.
//! * Directories are walked recursively in byte-wise sorted order of names, skipping hidden
//!   entries (names starting with `.`) and not following symbolic links to directories.
//! * UTF-8 (with or without byte-order mark) is expected; UTF-16 with a byte-order mark is
//!   decoded; anything else that is not valid UTF-8 is refused, except where the file names its
//!   encoding: a feed's XML declaration, an HTML page's `<meta charset>` (e.g. windows-1252).
//!
//! Every function is pure apart from reading the files it is given, and every type is `Send`,
//! so callers may parallelize across files (e.g. `files(dir).par_bridge().map(read_file)`).

use model::{Document, Origin, SourceFormat};
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

mod dates;
pub mod feed;
mod fields;
pub mod html;
mod json;
mod normalize;
mod plain;

pub use dates::normalize_date;
pub use normalize::{normalize_line, normalize_text, text_id};

/// How much to accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Largest input accepted, in bytes; larger files are refused without being read.
    pub max_bytes: u64,
    /// Keep the `text` of JSON records exactly as given instead of normalizing it, so that
    /// offsets computed on it match the caller's own copy (`dossier extract` on gold files).
    /// Metadata is still normalized and the id still derives from the normalized text.
    pub verbatim_json_text: bool,
}

/// 20 MiB: far above any news article, low enough to keep memory small.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: DEFAULT_MAX_BYTES,
            verbatim_json_text: false,
        }
    }
}

/// What went wrong, for callers that react differently (an HTTP server answers 413 to
/// [`ErrorKind::TooLarge`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file or directory could not be read.
    Unreadable,
    /// Over [`Options::max_bytes`].
    TooLarge,
    /// Binary content (NUL bytes, control characters, a known binary signature).
    NotText,
    /// Not valid UTF-8.
    Encoding,
    /// Syntax errors: JSON that does not parse, a feed that is not well-formed.
    Malformed,
    /// Parsed, but a required part (the `text` field) is missing or has the wrong type.
    MissingField,
    /// Parsed, but no article text was left.
    Empty,
}

/// One problem with one input: the file (`-` for standard input), where in it (`line 3`,
/// `item 2`), and what is wrong in plain words.
///
/// Displays as `path: message` or `path:line 3: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub path: String,
    pub locator: Option<String>,
    pub kind: ErrorKind,
    pub message: String,
}

impl IngestError {
    pub(crate) fn new(origin: &Origin, kind: ErrorKind, message: impl Into<String>) -> IngestError {
        IngestError {
            path: origin.path.clone(),
            locator: origin.locator.clone(),
            kind,
            message: message.into(),
        }
    }

    fn whole_file(path: &str, kind: ErrorKind, message: impl Into<String>) -> IngestError {
        IngestError {
            path: path.to_string(),
            locator: None,
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.locator {
            Some(locator) => write!(f, "{}:{}: {}", self.path, locator, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for IngestError {}

/// One document read, or one reason why one could not be.
pub type Outcome = Result<Document, IngestError>;

/// Reads a file, a directory (recursively) or `-` (standard input).
///
/// Holds every document of a directory in memory; for large trees iterate [`files`] and call
/// [`read_file`] on each.
pub fn read_path(path: &Path, opts: &Options) -> Vec<Outcome> {
    if path.as_os_str() == "-" {
        return read_stdin(opts);
    }
    let mut out = Vec::new();
    for file in files(path) {
        match file {
            Ok(file) => out.extend(read_file(&file, opts)),
            Err(error) => out.push(Err(error)),
        }
    }
    out
}

/// Reads standard input, named `-`.
pub fn read_stdin(opts: &Options) -> Vec<Outcome> {
    read_reader("-", std::io::stdin().lock(), None, opts)
}

/// Reads one file; format detected from its content, its extension as a hint.
pub fn read_file(path: &Path, opts: &Options) -> Vec<Outcome> {
    let name = path.display().to_string();
    let hint = extension_hint(path);
    let file = match fs::File::open(path) {
        Ok(file) => file,
        Err(error) => return vec![Err(unreadable(&name, &error))],
    };
    match file.metadata() {
        Ok(meta) if meta.is_dir() => {
            return vec![Err(IngestError::whole_file(
                &name,
                ErrorKind::Unreadable,
                "is a directory (use read_path to walk it)",
            ))]
        }
        Ok(meta) if meta.len() > opts.max_bytes => {
            return vec![Err(too_large(&name, meta.len(), opts.max_bytes))]
        }
        Ok(_) => {}
        Err(error) => return vec![Err(unreadable(&name, &error))],
    }
    read_reader(&name, file, hint.as_deref(), opts)
}

/// Reads everything from `reader` (at most `max_bytes`; more is an error), then parses it as
/// [`read_bytes`] does.
pub fn read_reader(
    name: &str,
    reader: impl Read,
    hint: Option<&str>,
    opts: &Options,
) -> Vec<Outcome> {
    let mut bytes = Vec::new();
    // One byte over the limit tells "exactly at the limit" from "over it" without reading on.
    let mut limited = reader.take(opts.max_bytes.saturating_add(1));
    if let Err(error) = limited.read_to_end(&mut bytes) {
        return vec![Err(unreadable(name, &error))];
    }
    if bytes.len() as u64 > opts.max_bytes {
        return vec![Err(IngestError::whole_file(
            name,
            ErrorKind::TooLarge,
            format!(
                "input is over the size limit of {} (Options::max_bytes)",
                human_size(opts.max_bytes)
            ),
        ))];
    }
    read_bytes(name, &bytes, hint, opts)
}

/// Parses bytes already in memory (standard input, an HTTP upload). `name` is what errors and
/// [`Origin::path`] will say; `hint` is a file extension such as `"html"` (no dot).
pub fn read_bytes(name: &str, bytes: &[u8], hint: Option<&str>, opts: &Options) -> Vec<Outcome> {
    if bytes.len() as u64 > opts.max_bytes {
        return vec![Err(too_large(name, bytes.len() as u64, opts.max_bytes))];
    }
    let decoded = match decode_utf16(bytes) {
        Some(Ok(text)) => Some(text),
        Some(Err(())) => {
            return vec![Err(IngestError::whole_file(
                name,
                ErrorKind::Encoding,
                "starts with a UTF-16 byte-order mark but is not valid UTF-16",
            ))]
        }
        None => None,
    };
    let bytes = decoded.as_deref().map_or(bytes, str::as_bytes);
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if let Some(what) = binary_kind(bytes) {
        return vec![Err(IngestError::whole_file(
            name,
            ErrorKind::NotText,
            format!("not text: {what}"),
        ))];
    }
    let Some(format) = detect(bytes, hint) else {
        return vec![Err(IngestError::whole_file(
            name,
            ErrorKind::NotText,
            "not text: unrecognized binary content",
        ))];
    };
    let whole = Origin {
        path: name.to_string(),
        locator: None,
    };
    match format {
        SourceFormat::Rss | SourceFormat::Atom => feed::read_feed(bytes, format, &whole),
        SourceFormat::Jsonl => json::read_json_with(bytes, &whole, opts.verbatim_json_text),
        SourceFormat::Text => match std::str::from_utf8(bytes) {
            Ok(text) => vec![plain::read_text(text, &whole)],
            Err(error) => vec![Err(invalid_utf8(&whole, bytes, &error))],
        },
        SourceFormat::Html => match std::str::from_utf8(bytes) {
            Ok(text) => vec![html::read_page(text, &whole)],
            Err(error) => match html::decode_declared_charset(bytes) {
                Some(text) => vec![html::read_page(&text, &whole)],
                None => vec![Err(invalid_utf8(&whole, bytes, &error))],
            },
        },
    }
}

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Detects the format of `bytes` from their content; `hint` (a file extension, no dot) decides
/// only where the content is ambiguous. None for binary content.
///
/// * starts with `{`, or `[` followed by `{` or `]`: JSON / JSON Lines;
/// * starts with markup: the root element decides: `rss` or `rdf:RDF` is RSS, `feed` is Atom,
///   an HTML doctype or element is HTML; an unknown root is a feed for hints `xml`, `rss`,
///   `atom` and HTML otherwise;
/// * anything else is plain text.
pub fn detect(bytes: &[u8], hint: Option<&str>) -> Option<SourceFormat> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if binary_kind(bytes).is_some() {
        return None;
    }
    let hint = hint.map(str::to_ascii_lowercase);
    let hint = hint.as_deref();
    // Blank input is (empty) text: the reader reports it as an empty article.
    let Some(start) = bytes.iter().position(|b| !b.is_ascii_whitespace()) else {
        return Some(SourceFormat::Text);
    };
    let rest = &bytes[start..];
    match rest[0] {
        b'{' => Some(SourceFormat::Jsonl),
        b'[' => {
            let next = rest[1..].iter().find(|b| !b.is_ascii_whitespace());
            if matches!(next, Some(b'{') | Some(b']')) || matches!(hint, Some("json" | "jsonl")) {
                Some(SourceFormat::Jsonl)
            } else {
                Some(SourceFormat::Text)
            }
        }
        b'<' => Some(markup_kind(rest, hint)),
        _ => Some(SourceFormat::Text),
    }
}

/// Root-element sniffing for markup.
fn markup_kind(bytes: &[u8], hint: Option<&str>) -> SourceFormat {
    let prefix = &bytes[..bytes.len().min(4096)];
    let mut at = 0;
    while at < prefix.len() {
        let rest = &prefix[at..];
        if rest[0].is_ascii_whitespace() {
            at += 1;
            continue;
        }
        if rest[0] != b'<' {
            break;
        }
        if rest.starts_with(b"<?") {
            at += find(rest, b"?>").map_or(rest.len(), |end| end + 2);
            continue;
        }
        if rest.starts_with(b"<!--") {
            at += find(rest, b"-->").map_or(rest.len(), |end| end + 3);
            continue;
        }
        if rest.starts_with(b"<!") {
            let end = find(rest, b">").unwrap_or(rest.len());
            if rest[..end]
                .to_ascii_lowercase()
                .windows(4)
                .any(|w| w == b"html")
            {
                return SourceFormat::Html;
            }
            at += end + 1;
            continue;
        }
        let name_len = rest[1..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
            .unwrap_or(rest.len() - 1);
        let name = rest[1..1 + name_len].to_ascii_lowercase();
        return match name.as_slice() {
            b"rss" | b"rdf:rdf" => SourceFormat::Rss,
            b"feed" => SourceFormat::Atom,
            _ if html::is_html_element(&name) => SourceFormat::Html,
            _ if matches!(hint, Some("xml" | "rss" | "atom" | "rdf")) => SourceFormat::Rss,
            _ => SourceFormat::Html,
        };
    }
    match hint {
        Some("xml" | "rss" | "rdf") => SourceFormat::Rss,
        Some("atom") => SourceFormat::Atom,
        _ => SourceFormat::Html,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Why `bytes` are not text, if they are not.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
        (b"\x1f\x8b", "a gzip-compressed file"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x7fELF", "an executable"),
        (b"BZh", "a bzip2-compressed file"),
        (b"\xfd7zXZ", "an xz-compressed file"),
        (b"7z\xbc\xaf", "a 7-Zip archive"),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    ];
    for (signature, what) in SIGNATURES {
        if bytes.starts_with(signature) {
            return Some(what);
        }
    }
    if bytes.contains(&0) {
        return Some("binary data (contains NUL bytes)");
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 10 > sample.len() {
        return Some("binary data (mostly control characters)");
    }
    None
}

/// Decodes UTF-16 marked by a byte-order mark; None when there is no such mark.
fn decode_utf16(bytes: &[u8]) -> Option<Result<String, ()>> {
    let little = if bytes.starts_with(b"\xff\xfe") {
        true
    } else if bytes.starts_with(b"\xfe\xff") {
        false
    } else {
        return None;
    };
    let body = &bytes[2..];
    if !body.len().is_multiple_of(2) {
        return Some(Err(()));
    }
    let units = body.chunks_exact(2).map(|pair| {
        if little {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| ()),
    )
}

pub(crate) fn invalid_utf8(
    origin: &Origin,
    bytes: &[u8],
    error: &std::str::Utf8Error,
) -> IngestError {
    let at = error.valid_up_to();
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    IngestError::new(
        origin,
        ErrorKind::Encoding,
        format!(
            "not valid UTF-8 (bad byte 0x{:02x} at byte {at}, line {line}); convert the file to UTF-8",
            bytes.get(at).copied().unwrap_or(0)
        ),
    )
}

fn unreadable(name: &str, error: &std::io::Error) -> IngestError {
    IngestError::whole_file(name, ErrorKind::Unreadable, format!("cannot read: {error}"))
}

fn too_large(name: &str, len: u64, max: u64) -> IngestError {
    IngestError::whole_file(
        name,
        ErrorKind::TooLarge,
        format!(
            "file is {}, over the size limit of {} (Options::max_bytes); not read",
            human_size(len),
            human_size(max)
        ),
    )
}

fn human_size(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / MIB)
    } else if bytes >= 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

fn extension_hint(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase)
}

/// The files under `path`, lazily: `path` itself if it is a file, else every non-hidden file
/// below it, depth first, names sorted byte-wise within each directory. A directory that
/// cannot be listed yields one error and the walk goes on.
pub fn files(path: &Path) -> Files {
    Files {
        pending: vec![Pending::Root(path.to_path_buf())],
    }
}

/// Iterator returned by [`files`].
pub struct Files {
    /// A stack: the next entry to visit is on top.
    pending: Vec<Pending>,
}

enum Pending {
    /// The path given by the caller: followed even if it is a symbolic link, never skipped as
    /// hidden.
    Root(PathBuf),
    Entry(PathBuf),
}

impl Iterator for Files {
    type Item = Result<PathBuf, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(pending) = self.pending.pop() {
            let (path, is_root) = match pending {
                Pending::Root(path) => (path, true),
                Pending::Entry(path) => (path, false),
            };
            let meta = if is_root {
                fs::metadata(&path)
            } else {
                fs::symlink_metadata(&path)
            };
            let meta = match meta {
                Ok(meta) => meta,
                Err(error) => return Some(Err(unreadable(&path.display().to_string(), &error))),
            };
            let file_type = meta.file_type();
            if file_type.is_symlink() {
                // Links to files are read; links to directories are not walked (no cycles).
                match fs::metadata(&path) {
                    Ok(target) if target.is_file() => return Some(Ok(path)),
                    _ => continue,
                }
            }
            if file_type.is_file() {
                return Some(Ok(path));
            }
            if !file_type.is_dir() {
                continue;
            }
            let entries = match fs::read_dir(&path) {
                Ok(entries) => entries,
                Err(error) => return Some(Err(unreadable(&path.display().to_string(), &error))),
            };
            let mut children: Vec<PathBuf> = Vec::new();
            for entry in entries {
                match entry {
                    Ok(entry) => {
                        let hidden = entry.file_name().as_encoded_bytes().first() == Some(&b'.');
                        if !hidden {
                            children.push(entry.path());
                        }
                    }
                    Err(error) => {
                        return Some(Err(unreadable(&path.display().to_string(), &error)))
                    }
                }
            }
            children.sort_by(|a, b| {
                a.file_name()
                    .map(|n| n.as_encoded_bytes())
                    .cmp(&b.file_name().map(|n| n.as_encoded_bytes()))
            });
            self.pending
                .extend(children.into_iter().rev().map(Pending::Entry));
        }
        None
    }
}

/// The fields of one document before normalization, as a format reader found them.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub id: Option<String>,
    pub title: Option<String>,
    /// Already ISO 8601.
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

impl Draft {
    /// As `finish`, but the text stays exactly as given (it must still hold something).
    /// Its normalized form only names a document without an id, so only then is it made
    /// (normalizing is a few percent of a whole `dossier extract` run).
    pub(crate) fn finish_verbatim(mut self, format: SourceFormat, origin: Origin) -> Outcome {
        if !normalize::keeps_any_char(&self.text) {
            return Err(empty_article(&origin));
        }
        let text = std::mem::take(&mut self.text);
        Ok(self.into_document(text, |text| text_id(&normalize_text(text)), format, origin))
    }

    /// Normalizes and checks the draft; an article with no text left is an error.
    pub(crate) fn finish(self, format: SourceFormat, origin: Origin) -> Outcome {
        let text = normalize_text(&self.text);
        if text.is_empty() {
            return Err(empty_article(&origin));
        }
        Ok(self.into_document(text, text_id, format, origin))
    }

    /// The document of `text` with the draft's other fields normalized; `id_of` names it
    /// from its text when the draft has no id.
    fn into_document(
        self,
        text: String,
        id_of: impl FnOnce(&str) -> String,
        format: SourceFormat,
        origin: Origin,
    ) -> Document {
        let id = self
            .id
            .as_deref()
            .and_then(normalize_line)
            .unwrap_or_else(|| id_of(&text));
        Document {
            id,
            title: self.title.as_deref().and_then(normalize_line),
            published: self.published,
            source: self.source.as_deref().and_then(normalize_line),
            url: self.url.as_deref().and_then(normalize_line),
            format,
            origin,
            text,
        }
    }
}

fn empty_article(origin: &Origin) -> IngestError {
    IngestError::new(
        origin,
        ErrorKind::Empty,
        "empty article: no text left after extraction",
    )
}
