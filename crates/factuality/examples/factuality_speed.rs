//! Throughput of `events` (segmentation excluded) on the texts of a JSONL file.
//!
//!     cargo run -p factuality --release --example factuality_speed -- FILE.jsonl [REPEATS]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: speed FILE.jsonl [REPEATS]");
    let repeats: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let raw = std::fs::read_to_string(&path).expect("read input");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|d| d["text"].as_str().map(str::to_string))
        .collect();
    let segmented: Vec<_> = texts.iter().map(|t| text::segment(t)).collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..repeats {
        for (t, seg) in texts.iter().zip(&segmented) {
            found += factuality::events(t, seg).len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{} docs, {words} words x {repeats}: {found} events, {:.0} words/s",
        texts.len(),
        (words * repeats) as f64 / seconds
    );
}
