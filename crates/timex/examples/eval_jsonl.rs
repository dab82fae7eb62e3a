//! Prints the time expressions of FORMAT.md JSONL documents (`id`, `text`, `published`) as
//! FORMAT.md JSONL with code-point offsets, for scoring with `../shared/eval/score.py`:
//! `cargo run -p timex --release --example eval_jsonl -- INPUT.jsonl > OUT.jsonl`.
//! (The same output as `extract`'s `eval_jsonl` with the `timexes` layer, without the
//! other crates.)

use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: eval_jsonl INPUT.jsonl");
        std::process::exit(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}:{}: {e}", n + 1);
                continue;
            }
        };
        let text = doc["text"].as_str().unwrap_or("");
        let published = doc["published"].as_str();
        // Byte offset -> code-point offset.
        let char_at = |byte: usize| text[..byte].chars().count();
        let timexes: Vec<Value> = timex::find(text, published)
            .iter()
            .map(|t| {
                let mut o = json!({"start": char_at(t.span.start), "end": char_at(t.span.end),
                                   "text": t.span.of(text), "type": t.kind.as_str(), "value": t.value});
                if let Some(m) = &t.modifier {
                    o["mod"] = json!(m);
                }
                o
            })
            .collect();
        let record = json!({"id": doc["id"], "timexes": timexes});
        if writeln!(out, "{record}").is_err() {
            break;
        }
    }
}
