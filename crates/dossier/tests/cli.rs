//! The `dossier` binary as a user meets it: real files, a real SQLite store, exit codes.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{dossier, examples, json};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ingest_summary(db: &Path, paths: &[&str]) -> (Output, serde_json::Value) {
    let mut args = vec!["--json", "ingest"];
    args.extend_from_slice(paths);
    let out = dossier(db, &args);
    let summary = json(&out);
    (out, summary)
}

#[test]
fn ingesting_the_examples_twice_stores_them_once_and_links_the_wire_copy() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let ex = examples();
    let ex = ex.to_str().unwrap();

    let (first, summary) = ingest_summary(&db, &[ex]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(summary["ingested"].as_u64().unwrap() >= 10, "{summary}");
    assert_eq!(
        summary["near_duplicates"], 1,
        "the wire story is planted twice: {summary}"
    );
    assert_eq!(summary["skipped"], 0);

    let (second, again) = ingest_summary(&db, &[ex]);
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(
        again["ingested"], 0,
        "re-ingest must change nothing: {again}"
    );
    assert_eq!(again["duplicates"], summary["ingested"]);

    let listed = json(&dossier(&db, &["--json", "docs"]));
    let docs = listed.as_array().unwrap();
    assert_eq!(docs.len() as u64, summary["ingested"].as_u64().unwrap());
    let linked: Vec<_> = docs
        .iter()
        .filter(|d| !d["duplicate_of"].is_null())
        .collect();
    assert_eq!(linked.len(), 1);
    let original = linked[0]["duplicate_of"].as_str().unwrap();
    assert!(docs.iter().any(|d| d["id"] == original));
}

#[test]
fn bad_records_are_reported_and_skipped_while_the_rest_is_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("wire.jsonl"),
        "{\"id\": \"ok-1\", \"text\": \"The river rose overnight, officials said.\"}\n\
         {not json\n\
         {\"id\": \"no-text\"}\n\
         {\"id\": \"ok-2\", \"text\": \"Schools reopened on Monday.\"}\n",
    )
    .unwrap();
    std::fs::write(
        input.join("latin1.txt"),
        b"Caf\xe9 owners said the water came fast.\n",
    )
    .unwrap();
    std::fs::write(input.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(input.join("empty.txt"), "   \n\n").unwrap();
    std::fs::write(
        input.join("broken.rss"),
        "<rss><channel><item><title>x</title>",
    )
    .unwrap();
    let db = dir.path().join("d.db");

    let out = dossier(&db, &["--json", "ingest", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "some input was skipped: exit 1");
    let summary = json(&out);
    assert_eq!(summary["ingested"], 2, "{summary}");
    assert_eq!(summary["skipped"], 6, "{summary}");
    let err = stderr(&out);
    for needle in [
        "wire.jsonl:line 2",
        "wire.jsonl:line 3",
        "latin1.txt",
        "image.txt",
        "empty.txt",
        "broken.rss",
    ] {
        assert!(err.contains(needle), "stderr should name {needle}:\n{err}");
    }
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error: ")).count(),
        6,
        "one line per problem:\n{err}"
    );

    // Stored documents are untouched by a second, equally bad run.
    let before = json(&dossier(&db, &["--json", "show", "ok-1"]));
    let again = dossier(&db, &["--json", "ingest", input.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    let after = json(&dossier(&db, &["--json", "show", "ok-1"]));
    assert_eq!(before, after);
}

#[test]
fn an_oversized_file_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.txt");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let db = dir.path().join("d.db");
    let out = dossier(&db, &["ingest", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("huge.txt") && err.contains("size limit"),
        "{err}"
    );
}

#[test]
fn standard_input_is_read_with_dash() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--db")
        .arg(&db)
        .args(["--json", "ingest", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Title: Levee holds\nPublished: 2025-03-06\nSource: Test Wire\n\nThe levee held overnight.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs = json(&dossier(&db, &["--json", "docs", "--source", "test wire"]));
    assert_eq!(docs[0]["title"], "Levee holds");
    assert_eq!(docs[0]["published"], "2025-03-06");
}

#[test]
fn docs_filters_by_date_and_show_reports_unknown_ids() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let ex = examples();
    assert_eq!(
        dossier(&db, &["-q", "ingest", ex.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let late = json(&dossier(&db, &["--json", "docs", "--since", "2025-03-06"]));
    let late = late.as_array().unwrap();
    assert!(!late.is_empty());
    assert!(late
        .iter()
        .all(|d| d["published"].as_str().unwrap() >= "2025-03-06"));
    let missing = dossier(&db, &["show", "no-such-document"]);
    assert_eq!(missing.status.code(), Some(3));
    assert!(stderr(&missing).contains("no-such-document"));
}

#[test]
fn extract_reports_code_point_offsets_into_the_given_text() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    // Curly quotes are multi-byte: code-point offsets differ from byte offsets after them.
    let text = "“We are ready,” the minister said in Kessfield on 4 March 2025.";
    let line = serde_json::json!({"id": "x", "text": text, "published": "2025-03-05"});
    std::fs::write(&input, format!("{line}\n")).unwrap();
    let out = dossier(
        &dir.path().join("unused.db"),
        &["extract", input.to_str().unwrap(), "--format", "jsonl"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for layer in ["entities", "timexes", "quantities"] {
        for item in doc[layer].as_array().unwrap() {
            let (s, e) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            let covered: String = chars[s..e].iter().collect();
            assert_eq!(covered, item["text"].as_str().unwrap(), "{layer} offsets");
        }
    }
    let timexes = doc["timexes"].as_array().unwrap();
    assert!(timexes.iter().any(|t| t["value"] == "2025-03-04"), "{doc}");
}

#[test]
fn extract_writes_every_document_of_a_batch_with_an_unpaired_quotation_mark() {
    // CoNLL-style spacing leaves one mark without a partner; this once stopped the whole
    // batch with a panic, losing the other documents too.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let texts = [
        "Aides shrugged off the charge . \"\nIf there was a dictatorship they would not have the right , \" Sergei Posukhov , an adviser , told Reuters .",
        "The minister said on Monday that the bridge would reopen.",
    ];
    let lines: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| serde_json::json!({"id": format!("d{i}"), "text": text}).to_string())
        .collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out = dossier(
        &dir.path().join("unused.db"),
        &["extract", input.to_str().unwrap(), "--format", "jsonl"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert!(!docs[0]["attributions"].as_array().unwrap().is_empty());
}
