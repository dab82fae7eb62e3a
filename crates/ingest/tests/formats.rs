//! Each input format, good and broken, read through the public API from fixtures.

use ingest::{
    detect, files, normalize_text, read_bytes, read_file, read_path, read_reader, ErrorKind,
    IngestError, Options, Outcome,
};
use model::{Document, SourceFormat};
use std::fs;
use std::path::{Path, PathBuf};

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

fn read(relative: &str) -> Vec<Outcome> {
    read_file(&fixture(relative), &Options::default())
}

fn only_doc(relative: &str) -> Document {
    let mut out = read(relative);
    assert_eq!(out.len(), 1, "{out:?}");
    out.remove(0).expect("a document")
}

fn only_error(relative: &str) -> IngestError {
    let mut out = read(relative);
    assert_eq!(out.len(), 1, "{out:?}");
    out.remove(0).expect_err("an error")
}

#[test]
fn text_with_header_block() {
    let doc = only_doc("text/with_header.txt");
    assert_eq!(doc.format, SourceFormat::Text);
    assert_eq!(
        doc.title.as_deref(),
        Some("Lighthouse keeper retires after forty years")
    );
    assert_eq!(doc.published.as_deref(), Some("2023-03-14T09:00:00+01:00"));
    assert_eq!(doc.source.as_deref(), Some("Northern Coast Gazette"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://gazette.example/lighthouse")
    );
    assert!(doc.text.starts_with("The last keeper"), "{}", doc.text);
    assert!(doc
        .text
        .contains("\n\n\"It was a quiet life,\" she told reporters."));
    assert!(!doc.text.contains("Title:"));
    assert_eq!(doc.origin.locator, None);
    assert!(doc.origin.path.ends_with("with_header.txt"));
    assert!(doc.id.starts_with("d-"));
}

#[test]
fn text_without_header_keeps_title_line_and_tidies_whitespace() {
    let doc = only_doc("text/no_header.txt");
    assert_eq!(
        doc.title.as_deref(),
        Some("Lighthouse keeper retires after forty years")
    );
    assert_eq!(
        doc.text,
        "Lighthouse keeper retires after forty years\n\nThe last keeper of the Skerry Point lighthouse retired on Monday.\n\nShe had served since 1983."
    );
    assert_eq!(doc.published, None);
}

#[test]
fn html_keeps_only_the_article_body() {
    let doc = only_doc("html/cluttered.html");
    assert_eq!(doc.format, SourceFormat::Html);
    assert_eq!(
        doc.title.as_deref(),
        Some("Reservoir levels recover after wet spring")
    );
    assert_eq!(doc.published.as_deref(), Some("2023-05-02T06:45:00Z"));
    assert_eq!(doc.source.as_deref(), Some("Valley Post"));
    assert_eq!(doc.url.as_deref(), Some("https://post.example/reservoir"));
    let paragraphs: Vec<&str> = doc.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 4, "{}", doc.text);
    assert_eq!(paragraphs[0], "Reservoir levels recover after wet spring");
    assert!(paragraphs[1].starts_with("Water levels in the valley's three reservoirs"));
    assert!(paragraphs[2].contains("lifted & not reintroduced"));
    assert_eq!(paragraphs[3], "Farmers welcomed the news.");
    for noise in [
        "Share",
        "PROMO",
        "COMMENT",
        "FOOTER",
        "NOSCRIPT",
        "RELATED",
        "cookies",
        "TRACKING",
        "font-family",
        "ADVERTISEMENT",
        "NEWSLETTER",
        "PHOTO CAPTION",
        "Subscribe",
        "Sport",
    ] {
        assert!(
            !doc.text.contains(noise),
            "{noise:?} leaked into {:?}",
            doc.text
        );
    }
}

#[test]
fn html_without_extractable_text_is_an_error() {
    let error = only_error("html/no_text.html");
    assert_eq!(error.kind, ErrorKind::Empty);
    assert!(
        error.to_string().contains("no_text.html: no article text"),
        "{error}"
    );
}

#[test]
fn rss_feed_gives_one_document_per_item() {
    let out = read("feeds/good.rss");
    assert_eq!(out.len(), 3);
    let ferry = out[0].as_ref().unwrap();
    assert_eq!(ferry.format, SourceFormat::Rss);
    assert_eq!(ferry.id, "gazette-ferry-2023");
    assert_eq!(ferry.title.as_deref(), Some("Ferry timetable changes"));
    assert_eq!(
        ferry.text,
        "The island ferry will sail twice a day from April, the operator said.\n\nFares are unchanged."
    );
    assert_eq!(ferry.published.as_deref(), Some("2023-03-15T07:30:00Z"));
    assert_eq!(ferry.source.as_deref(), Some("Northern Coast Gazette"));
    assert_eq!(ferry.url.as_deref(), Some("https://gazette.example/ferry"));
    assert_eq!(ferry.origin.locator.as_deref(), Some("item 1"));

    let storm = out[1].as_ref().unwrap();
    assert_eq!(
        storm.text,
        "The coast guard lifted its storm warning on Thursday evening."
    );
    assert_eq!(
        storm.published.as_deref(),
        Some("2023-03-16T18:00:00-05:00")
    );

    let gallery = out[2].as_ref().unwrap_err();
    assert_eq!(gallery.locator.as_deref(), Some("item 3"));
    assert!(gallery
        .to_string()
        .contains("good.rss:item 3: item has no text"));
}

#[test]
fn atom_feed_entries() {
    let out = read("feeds/good.atom");
    assert_eq!(out.len(), 2);
    let first = out[0].as_ref().unwrap();
    assert_eq!(first.format, SourceFormat::Atom);
    assert_eq!(first.id, "urn:harbor-wire:101");
    assert_eq!(first.title.as_deref(), Some("Harbor dredging starts"));
    assert_eq!(
        first.published.as_deref(),
        Some("2023-03-17T08:00:00+01:00")
    );
    assert_eq!(first.url.as_deref(), Some("https://wire.example/dredging"));
    assert_eq!(first.source.as_deref(), Some("Harbor Wire"));
    let second = out[1].as_ref().unwrap();
    // Only <updated>, and only a date.
    assert_eq!(second.published.as_deref(), Some("2023-03-16"));
    assert_eq!(second.text, "Port fees will rise by 3 percent.");
}

#[test]
fn malformed_feed_is_one_clear_error() {
    let error = only_error("feeds/malformed.xml");
    assert_eq!(error.kind, ErrorKind::Malformed);
    assert!(error.message.contains("not a valid RSS feed"), "{error}");
}

#[test]
fn jsonl_bad_lines_are_reported_and_good_lines_kept() {
    let out = read("json/batch.jsonl");
    // Lines 1, 2, 3 (bad JSON), 5 (no text), 6; line 4 is blank.
    assert_eq!(out.len(), 5, "{out:?}");
    let first = out[0].as_ref().unwrap();
    assert_eq!(first.id, "wire-1");
    assert_eq!(first.published.as_deref(), Some("2023-04-01"));
    assert_eq!(first.source.as_deref(), Some("Valley Post"));
    assert_eq!(first.format, SourceFormat::Jsonl);
    assert_eq!(first.origin.locator.as_deref(), Some("line 1"));
    let second = out[1].as_ref().unwrap();
    assert_eq!(second.published.as_deref(), Some("2023-04-02"));
    assert!(second.id.starts_with("d-"));

    let broken = out[2].as_ref().unwrap_err();
    assert_eq!(broken.locator.as_deref(), Some("line 3"));
    assert_eq!(broken.kind, ErrorKind::Malformed);
    let shown = broken.to_string();
    assert!(
        shown.contains("batch.jsonl:line 3: not valid JSON ("),
        "{shown}"
    );

    let textless = out[3].as_ref().unwrap_err();
    assert_eq!(textless.locator.as_deref(), Some("line 5"));
    assert_eq!(textless.kind, ErrorKind::MissingField);
    assert!(textless.message.contains("\"text\""));

    let last = out[4].as_ref().unwrap();
    assert_eq!(last.id, "5");
    assert_eq!(last.text, "Line six has a numeric id and a double space.");
    assert_eq!(last.origin.locator.as_deref(), Some("line 6"));
}

#[test]
fn json_array_and_single_object() {
    let out = read("json/array.json");
    assert_eq!(out.len(), 2);
    let second = out[1].as_ref().unwrap();
    assert_eq!(second.origin.locator.as_deref(), Some("item 2"));
    assert_eq!(
        second.published.as_deref(),
        Some("2023-04-03T12:00:00+02:00")
    );

    let single = only_doc("json/single.json");
    assert_eq!(single.published.as_deref(), Some("2023-04-03"));
    assert_eq!(
        single.text,
        "This file holds exactly one article,\nspread over several lines of JSON."
    );
}

#[test]
fn invalid_utf8_is_one_error() {
    let error = only_error("bad/invalid_utf8.txt");
    assert_eq!(error.kind, ErrorKind::Encoding);
    assert!(error.message.contains("not valid UTF-8"), "{error}");
    assert!(error.message.contains("line 1"), "{error}");
}

#[test]
fn binary_is_one_error() {
    let error = only_error("bad/binary.bin");
    assert_eq!(error.kind, ErrorKind::NotText);
    assert!(error.message.contains("NUL"), "{error}");
    assert_eq!(
        detect(&fs::read(fixture("bad/binary.bin")).unwrap(), None),
        None
    );
}

#[test]
fn empty_article_is_one_error() {
    let error = only_error("bad/empty.txt");
    assert_eq!(error.kind, ErrorKind::Empty);
    let zero = read_bytes("zero.txt", b"", Some("txt"), &Options::default());
    assert_eq!(zero[0].as_ref().unwrap_err().kind, ErrorKind::Empty);
}

#[test]
fn oversized_file_is_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // A sparse 50 MB file: its length says it all, nothing needs reading.
    let file = fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let out = read_file(&path, &Options::default());
    assert_eq!(out.len(), 1);
    let error = out[0].as_ref().unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(error.message.contains("50.0 MB"), "{error}");
    assert!(error.message.contains("20.0 MB"), "{error}");

    // The limit is configurable, and enforced on streams too.
    let small = Options {
        max_bytes: 10,
        ..Options::default()
    };
    let streamed = read_reader("-", &b"Twelve bytes"[..], None, &small);
    assert_eq!(streamed[0].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
    let exact = read_reader("-", &b"Ten bytes."[..], None, &small);
    assert!(exact[0].is_ok(), "{exact:?}");
}

#[test]
fn directories_are_walked_sorted_skipping_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("b_dir")).unwrap();
    fs::create_dir(root.join(".git")).unwrap();
    fs::write(root.join("b_dir/inner.txt"), "Inner title\nInner body.").unwrap();
    fs::write(root.join("c.txt"), "C title\nC body.").unwrap();
    fs::write(root.join("a.txt"), "A title\nA body.").unwrap();
    fs::write(root.join(".hidden.txt"), "Hidden\nNever read.").unwrap();
    fs::write(root.join(".git/config"), "[core]").unwrap();
    fs::write(root.join("bad.bin"), b"\x00\x00\x00").unwrap();

    let listed: Vec<String> = files(root)
        .map(|f| f.unwrap().strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert_eq!(listed, ["a.txt", "b_dir/inner.txt", "bad.bin", "c.txt"]);

    let out = read_path(root, &Options::default());
    let titles: Vec<Option<&str>> = out
        .iter()
        .map(|o| o.as_ref().ok().and_then(|d| d.title.as_deref()))
        .collect();
    assert_eq!(
        titles,
        [Some("A title"), Some("Inner title"), None, Some("C title")]
    );
    assert_eq!(out[2].as_ref().unwrap_err().kind, ErrorKind::NotText);
}

#[test]
fn missing_path_is_an_error_not_a_panic() {
    let out = read_path(Path::new("/definitely/not/here.txt"), &Options::default());
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].as_ref().unwrap_err().kind, ErrorKind::Unreadable);
}

#[test]
fn reading_twice_gives_the_same_ids_and_texts() {
    for relative in [
        "text/with_header.txt",
        "text/no_header.txt",
        "html/cluttered.html",
        "feeds/good.rss",
        "feeds/good.atom",
        "json/batch.jsonl",
    ] {
        let first = read(relative);
        let second = read(relative);
        assert_eq!(first, second, "{relative}");
    }
    // The same text read from different formats gets the same hash id.
    let text = read_bytes("a.txt", b"Same words.\n", None, &Options::default());
    let json = read_bytes(
        "b.jsonl",
        b"{\"text\": \"Same words.\"}\n",
        None,
        &Options::default(),
    );
    assert_eq!(text[0].as_ref().unwrap().id, json[0].as_ref().unwrap().id);
}

#[test]
fn detection_uses_content_first_and_extension_as_hint() {
    let rss = fs::read(fixture("feeds/good.rss")).unwrap();
    assert_eq!(detect(&rss, Some("txt")), Some(SourceFormat::Rss));
    let atom = fs::read(fixture("feeds/good.atom")).unwrap();
    assert_eq!(detect(&atom, None), Some(SourceFormat::Atom));
    let page = fs::read(fixture("html/cluttered.html")).unwrap();
    assert_eq!(detect(&page, Some("txt")), Some(SourceFormat::Html));
    assert_eq!(
        detect(b"{\"text\": \"x\"}", None),
        Some(SourceFormat::Jsonl)
    );
    assert_eq!(
        detect(b"[Update] Roads closed", None),
        Some(SourceFormat::Text)
    );
    assert_eq!(detect(b"[ ]", Some("json")), Some(SourceFormat::Jsonl));
    assert_eq!(
        detect(b"Plain words.", Some("html")),
        Some(SourceFormat::Text)
    );
    assert_eq!(detect(b"<record/>", Some("xml")), Some(SourceFormat::Rss));
    assert_eq!(detect(b"<p>Fragment</p>", None), Some(SourceFormat::Html));
}

#[test]
fn utf16_with_bom_is_decoded() {
    let mut bytes = vec![0xff, 0xfe];
    for unit in "Caf\u{e9} reopens\nThe caf\u{e9} reopened.".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let out = read_bytes("utf16.txt", &bytes, None, &Options::default());
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.title.as_deref(), Some("Caf\u{e9} reopens"));
}

#[test]
fn shared_news_corpus_reads_without_errors() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news/wikinews_gum.jsonl");
    if !path.exists() {
        println!("skipping: {} is absent", path.display());
        return;
    }
    let out = read_file(&path, &Options::default());
    assert!(!out.is_empty());
    for outcome in &out {
        let doc = outcome.as_ref().expect("every corpus line reads");
        assert!(!doc.text.is_empty());
        assert_eq!(doc.text, ingest::normalize_text(&doc.text));
    }
    println!(
        "read {} corpus documents from {}",
        out.len(),
        path.display()
    );
    assert!(out.len() > 10);
}

#[test]
fn verbatim_json_text_keeps_the_text_and_names_it_as_normalized() {
    let verbatim = Options {
        verbatim_json_text: true,
        ..Options::default()
    };
    let input = b"{\"text\": \"  Two  ferries\\r\\nleft. \"}\n\
                  {\"id\": \" \\n \", \"title\": \" A  title \", \"text\": \"Caf\\u0065\\u0301 opens.\"}\n\
                  {\"id\": \"k-7\", \"text\": \" \\u00a0\\n\\ufeff \"}\n\
                  {\"id\": \" k-8 \", \"text\": \"Same.\"}\n";
    let kept = read_bytes("v.jsonl", input, None, &verbatim);
    let normalized = read_bytes("v.jsonl", input, None, &Options::default());
    assert_eq!(kept.len(), 4);
    for (k, n) in kept.iter().zip(&normalized) {
        match (k, n) {
            (Ok(k), Ok(n)) => {
                // Everything but the text is what normalizing reads would give.
                assert_eq!(k.id, n.id);
                assert_eq!(k.title, n.title);
                assert_eq!(normalize_text(&k.text), n.text);
            }
            (Err(k), Err(n)) => assert_eq!(k.kind, n.kind),
            other => panic!("verbatim and normalized reads disagree: {other:?}"),
        }
    }
    let texts: Vec<&str> = kept
        .iter()
        .filter_map(|o| o.as_ref().ok())
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["  Two  ferries\r\nleft. ", "Cafe\u{301} opens.", "Same."]
    );
    assert!(kept[0].as_ref().unwrap().id.starts_with("d-"));
    assert_eq!(kept[3].as_ref().unwrap().id, "k-8");
    assert_eq!(kept[2].as_ref().unwrap_err().kind, ErrorKind::Empty);
}
