//! Development tool: runs [`extract::annotate`] (all layers) over news JSONL files, one
//! document after another on one thread, for instruction-count profiling
//! (`valgrind --tool=callgrind`) and for checking that a speed change alters no output.
//!
//!     cargo run -p extract --release --example profile_annotate -- [--dump] FILE.jsonl...
//!
//! With `--dump`, prints the Debug form of every document's annotations (outlet statements
//! and segmentation included, which the FORMAT.md JSON leaves out), one document a line.

use std::io::Write;

fn main() {
    let mut dump = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--dump" {
            dump = true;
        } else {
            paths.push(arg);
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut words = 0usize;
    for path in &paths {
        let input = std::fs::read_to_string(path).expect("read input");
        for line in input.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("json line");
            let text = doc["text"].as_str().unwrap_or("");
            let published = doc["published"].as_str().or(doc["date"].as_str());
            words += text.split_whitespace().count();
            let annotations = extract::annotate(text, published, extract::Layers::ALL);
            if dump {
                writeln!(out, "{annotations:?}").expect("write");
            }
        }
    }
    eprintln!("words: {words}");
}
