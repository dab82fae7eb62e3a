//! Throughput of `attribution::find` alone (segmentation done beforehand, no entities).
//!
//! Usage: `cargo run -p attribution --release --example attribution_speed -- INPUT.jsonl` (one JSON object
//! with a "text" field per line).
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: speed INPUT.jsonl");
        std::process::exit(2);
    };
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let segmented: Vec<_> = texts.iter().map(|t| text::segment(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let started = Instant::now();
    let mut found = 0;
    for (text, segmentation) in texts.iter().zip(&segmented) {
        let context = attribution::Context {
            text,
            segmentation,
            entities: &[],
            timexes: &[],
            published: None,
        };
        found += attribution::find(&context).len();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{found} attributions, {bytes} bytes, {words} words in {seconds:.3} s: {:.1} MB/s, {:.2}M words/s",
        bytes as f64 / seconds / 1e6,
        words as f64 / seconds / 1e6
    );
}
