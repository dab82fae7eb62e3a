//! Reads the given files or directories and prints what was read and how fast:
//! `cargo run -p ingest --release --example ingest_stats -- PATH...`
//! With `--errors` it also lists every error.

use std::path::Path;
use std::time::Instant;

fn main() {
    let mut show_errors = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--errors" {
            show_errors = true;
        } else {
            paths.push(arg);
        }
    }
    let opts = ingest::Options::default();
    let started = Instant::now();
    let (mut docs, mut errors, mut words, mut bytes, mut dated) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for path in &paths {
        for outcome in ingest::read_path(Path::new(path), &opts) {
            match outcome {
                Ok(doc) => {
                    docs += 1;
                    bytes += doc.text.len();
                    words += doc.text.split_whitespace().count();
                    dated += usize::from(doc.published.is_some());
                }
                Err(error) => {
                    errors += 1;
                    if show_errors {
                        eprintln!("{error}");
                    }
                }
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{docs} documents ({dated} dated), {errors} errors, {words} words, {:.1} MB text in {seconds:.3} s: {:.0} words/s, {:.1} MB/s",
        bytes as f64 / 1e6,
        words as f64 / seconds,
        bytes as f64 / 1e6 / seconds
    );
}
