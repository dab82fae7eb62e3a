//! Development tool: throughput of `quantity::find` over the `text` fields of a JSONL or
//! JSON file (for instance ../shared/data/quantities/newsquant.dev.gold.jsonl), repeated.
//!
//!     cargo run -p quantity --release --example quantity_throughput -- FILE [REPEATS]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE [REPEATS]");
        return;
    };
    let repeats: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(200);
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}: skipping");
        return;
    };
    // Pull the "text" values out without a JSON dependency: good enough for a benchmark.
    let texts: Vec<String> = raw
        .split("\"text\": \"")
        .skip(1)
        .filter_map(|rest| rest.split("\", \"").next())
        .map(|t| t.replace("\\n", "\n").replace("\\\"", "\""))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..repeats {
        for t in &texts {
            found += quantity::find(t).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let total = (bytes * repeats) as f64;
    println!(
        "{} texts, {} bytes x {repeats}: {:.1} MB/s, {:.0} words/s, {} quantities",
        texts.len(),
        bytes,
        total / secs / 1e6,
        (words * repeats) as f64 / secs,
        found / repeats
    );
}
