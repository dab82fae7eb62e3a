//! `dossier`: the command line. A thin layer that wires the crates together:
//! `ingest` reads files, `extract` annotates, `store` keeps; this file owns argument
//! parsing, progress, output formats and exit codes, nothing linguistic.

mod brief;
mod commands;
mod progress;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Exit codes scripts can trust.
pub mod exit {
    /// Everything asked for was done.
    pub const OK: u8 = 0;
    /// Some input was bad and skipped; the rest was done. The summary says how many.
    pub const SOME_INPUT_SKIPPED: u8 = 1;
    /// The command line was wrong (clap also uses 2).
    pub const USAGE: u8 = 2;
    /// Nothing could be done: the store could not be opened, a document was not found, ...
    pub const FAILED: u8 = 3;
}

/// dossier reads news reports and builds a claim ledger: who said what, to whom, when,
/// and how sure; then fuses it across reports into a brief.
///
/// Typical session:
///
///   dossier ingest examples/          # read every file under examples/ into ./dossier.db
///   dossier docs                      # list what is stored
///   dossier show <ID>                 # one document, metadata and text
///   dossier claims --source minister  # who said what, how sure, with evidence
///   dossier extract article.html      # entities, times, quantities, attributions as JSON
///
/// Exit status: 0 all done; 1 some input was skipped (each skip is reported on stderr
/// with the file and line or item); 2 usage error; 3 nothing could be done.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about, long_about, verbatim_doc_comment)]
pub struct Cli {
    /// The SQLite database to use (created if absent).
    #[arg(long, global = true, env = "DOSSIER_DB", default_value = "dossier.db")]
    pub db: PathBuf,
    /// Print nothing but errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Machine-readable JSON on standard output instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read news files into the store: plain text, HTML pages, RSS/Atom feeds, JSONL.
    ///
    /// PATHs are files, directories (read recursively, hidden files skipped) or `-` for
    /// standard input. The format is detected from the content, the extension is a hint.
    /// Each document is normalized (Unicode NFC, tidy whitespace), given a stable id
    /// (its own, else a hash of its text), annotated, and stored; exact duplicates are
    /// stored once and near duplicates (the same wire story from several outlets) are
    /// linked to the first copy. Running the same ingest twice changes nothing.
    /// A bad file or record is reported (file and line or item) and skipped; the rest
    /// is ingested and the exit status is 1.
    #[command(verbatim_doc_comment)]
    Ingest {
        /// Files, directories or `-` (standard input).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Skip files larger than this many bytes.
        #[arg(long, default_value_t = 20 * 1024 * 1024)]
        max_bytes: u64,
        /// Documents per transaction: a crash never leaves part of a batch.
        #[arg(long, default_value_t = 256)]
        batch: usize,
    },
    /// List stored documents by publication date (undated last).
    Docs {
        /// Only documents whose outlet contains this text (case-insensitive).
        #[arg(long)]
        source: Option<String>,
        /// Only documents published on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Only documents published on or before this date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<String>,
        /// At most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Show one stored document: metadata and text.
    Show {
        /// The document id (as `dossier docs` lists it).
        id: String,
    },
    /// List the claims of the ledger: who said what, through whom, how sure, with evidence.
    Claims {
        /// Only claims whose source (or a relay) contains this text (case-insensitive).
        #[arg(long)]
        source: Option<String>,
        /// Only claims whose content contains this text (case-insensitive).
        #[arg(long)]
        about: Option<String>,
        /// Only claims of this document.
        #[arg(long)]
        doc: Option<String>,
        /// At most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Print the annotation layers of documents (entities, times, quantities, attributions,
    /// events) as FORMAT.md JSON, with Unicode code-point offsets into each document's text.
    ///
    /// Reads any format `ingest` reads, without storing. JSONL text is annotated exactly as
    /// given (so offsets match the caller's text); other formats are normalized first and
    /// the normalized text is printed with the annotations.
    #[command(verbatim_doc_comment)]
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date to resolve relative times against, for documents without one.
        #[arg(long)]
        published: Option<String>,
        /// `json`: one pretty JSON array; `jsonl`: one document per line.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
        format: ExtractFormat,
        /// Comma-separated layers to compute.
        #[arg(
            long,
            default_value = "entities,timexes,quantities,attributions,events"
        )]
        layers: String,
    },
    /// Fuse the ledger into a brief: claims about the same thing across reports grouped,
    /// their figures compared, independent lines of evidence counted, each cluster graded
    /// (Admiralty 1-6, STIX confidence, ICD 203 words), with a timeline.
    Brief {
        /// Only clusters whose statement, claims or sources contain all these words.
        query: Option<String>,
        /// Only claims said (else published) on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Only claims said (else published) on or before this date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<String>,
        #[arg(long, value_enum, default_value_t = brief::BriefFormat::Text)]
        format: brief::BriefFormat,
        /// Source reliability file (`name | A-F` lines), over the built-in one.
        #[arg(long)]
        sources: Option<PathBuf>,
    },
    /// Export the fused brief and the ledger: JSON, CSV of claims, or a STIX 2.1 bundle.
    Export {
        #[arg(long, value_enum, default_value_t = brief::ExportFormat::Json)]
        format: brief::ExportFormat,
        /// Source reliability file (`name | A-F` lines), over the built-in one.
        #[arg(long)]
        sources: Option<PathBuf>,
    },
    /// Serve the JSON API (see /openapi.json) and the web UI over the store.
    ///
    /// Reads are open on a loopback address; writes (POST /api/documents) need a bearer
    /// token from DOSSIER_TOKEN or --token-file, and are refused (403) without one.
    #[command(verbatim_doc_comment)]
    Serve {
        /// Address to listen on; a non-loopback address needs a token for reads too.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// File whose first line is the bearer token (else DOSSIER_TOKEN).
        #[arg(long)]
        token_file: Option<PathBuf>,
        /// Source reliabilities (A-F), one `name | letter` a line, added to the defaults.
        #[arg(long)]
        sources: Option<PathBuf>,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Json,
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(&cli) {
        Ok(code) => ExitCode::from(code),
        // A reader that stops early (`dossier claims | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::from(exit::OK),
        Err(err) => {
            eprintln!("dossier: {err:#}");
            ExitCode::from(exit::FAILED)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let io_kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        io_kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}
