//! Development tool: runs `text::segment` and `ner::find` over FORMAT.md JSONL documents and
//! prints their `entities` layer (code-point offsets), for `../shared/eval/score.py`. Same
//! output as `extract`'s `eval_jsonl ... entities`, without building the other layers.
//!
//!     cargo run -p ner --release --example eval_ner -- INPUT.jsonl > OUT.jsonl

use serde_json::{json, Value};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: eval_ner INPUT.jsonl");
    let input = std::fs::read_to_string(&path).expect("read input");
    let docs: Vec<Value> = match serde_json::from_str::<Value>(&input) {
        Ok(Value::Array(a)) => a,
        Ok(v) => vec![v],
        Err(_) => input
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect(),
    };
    let started = std::time::Instant::now();
    let mut words = 0usize;
    for d in &docs {
        let text = d["text"].as_str().unwrap_or("");
        words += text.split_whitespace().count();
        let seg = text::segment(text);
        let entities = ner::find(text, &seg);
        let map = model::CharOffsets::new(text);
        let list: Vec<Value> = entities
            .iter()
            .map(|e| {
                json!({"start": map.char_of(e.span.start), "end": map.char_of(e.span.end),
                       "text": e.span.of(text), "type": e.kind.as_str(), "canonical": e.canonical})
            })
            .collect();
        println!(
            "{}",
            json!({"id": d["id"], "published": d["published"], "entities": list})
        );
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{words} words in {secs:.3}s: {:.0} words/s",
        words as f64 / secs.max(1e-9)
    );
}
