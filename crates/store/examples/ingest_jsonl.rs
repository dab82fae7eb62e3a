//! Dev tool: ingests a news JSONL file (`{"id", "title", "date", "source", "url", "text"}`,
//! as in ../shared/data/news) into a store and prints what the store made of it, with timings.
//!
//! cargo run -p store --release --example ingest_jsonl -- INPUT.jsonl DB [BATCH]
//!
//! Prints one line per near duplicate (id, root, similarity) and a JSON summary at the end.

use std::io::BufRead;
use std::time::Instant;

use model::{Document, Origin, SourceFormat};
use store::{InsertStatus, SqliteStore, Store};

fn read_documents(path: &str) -> Vec<Document> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.expect("readable line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
        docs.push(Document {
            id: field("id").unwrap_or_else(|| format!("line-{}", n + 1)),
            title: field("title"),
            published: field("date").or_else(|| field("published")),
            source: field("source"),
            url: field("url"),
            format: SourceFormat::Jsonl,
            origin: Origin {
                path: path.to_owned(),
                locator: Some(format!("line {}", n + 1)),
            },
            text: field("text").unwrap_or_default(),
        });
    }
    docs
}

fn main() -> Result<(), store::Error> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: ingest_jsonl INPUT.jsonl DB [BATCH]");
        std::process::exit(2);
    }
    let batch: usize = args.get(3).and_then(|b| b.parse().ok()).unwrap_or(200);
    let docs = read_documents(&args[1]);
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let mut store = SqliteStore::open(&args[2])?;
    let started = Instant::now();
    let (mut inserted, mut near, mut exact, mut conflicts) = (0, 0, 0, 0);
    for chunk in docs.chunks(batch.max(1)) {
        let report = store.insert_documents(chunk)?;
        inserted += report.inserted();
        near += report.near_duplicates();
        exact += report.exact_duplicates();
        conflicts += report.conflicts();
        for outcome in &report.outcomes {
            if let InsertStatus::NearDuplicate { of, similarity } = &outcome.status {
                println!("near\t{}\t{of}\t{similarity:.3}", outcome.id);
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let check_started = Instant::now();
    let integrity = store.integrity_check()?;
    let summary = serde_json::json!({
        "documents": docs.len(),
        "words": words,
        "batch": batch,
        "inserted": inserted,
        "near_duplicates": near,
        "exact_duplicates": exact,
        "id_conflicts": conflicts,
        "stored": store.count_documents()?,
        "seconds": (seconds * 1000.0).round() / 1000.0,
        "docs_per_s": (docs.len() as f64 / seconds).round(),
        "words_per_s": (words as f64 / seconds).round(),
        "integrity_ok": integrity.is_ok(),
        "integrity_seconds": (check_started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
    });
    println!("{summary}");
    Ok(())
}
