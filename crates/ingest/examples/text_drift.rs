//! How often normalization changes texts that arrive as JSON Lines, and how: a check that
//! character offsets computed on the raw `text` (as gold annotations are) still fit.
//! `cargo run -p ingest --release --example text_drift -- FILE.jsonl...`

use std::path::Path;

fn main() {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let raw_texts: Vec<String> = raw
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                serde_json::from_str::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
                    .unwrap_or_default()
            })
            .collect();
        let docs = ingest::read_path(Path::new(&path), &ingest::Options::default());
        let (mut same, mut trimmed_only, mut changed) = (0, 0, 0);
        for (outcome, original) in docs.iter().zip(&raw_texts) {
            let Ok(doc) = outcome else { continue };
            if &doc.text == original {
                same += 1;
            } else if doc.text == original.trim() {
                trimmed_only += 1;
            } else {
                changed += 1;
            }
        }
        println!(
            "{path}: {} docs, {same} unchanged, {trimmed_only} only trimmed at the ends, {changed} changed inside",
            docs.len()
        );
    }
}
