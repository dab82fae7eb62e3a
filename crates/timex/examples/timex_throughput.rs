//! Measures how fast `timex::find` reads a plain-text file:
//! `cargo run -p timex --release --example timex_throughput -- FILE [PUBLISHED]`.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE [PUBLISHED]");
        std::process::exit(2);
    };
    let published = args.next();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let rounds = (50_000_000 / text.len().max(1)).clamp(1, 1000);
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        found += timex::find(&text, published.as_deref()).len();
    }
    let secs = start.elapsed().as_secs_f64();
    let bytes = (text.len() * rounds) as f64;
    let words = text.split_whitespace().count() * rounds;
    println!(
        "{:.1} MB/s, {:.0} words/s, {} timexes per round",
        bytes / secs / 1e6,
        words as f64 / secs,
        found / rounds
    );
}
