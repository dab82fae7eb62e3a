//! Development tool: runs `quantity::find` alone over a JSONL (or JSON) file of documents
//! and prints ../shared/eval/FORMAT.md JSONL with only the quantities layer, code-point
//! offsets. The same output as the extract crate's `eval_jsonl ... quantities`, without
//! building the rest of the pipeline.
//!
//!     cargo run -p quantity --release --example eval_quantities -- INPUT.jsonl > OUT.jsonl

use model::CharOffsets;
use serde_json::{json, Value};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: eval_quantities INPUT.jsonl");
        return;
    };
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let trimmed = raw.trim_start();
    let docs: Vec<Value> = if trimmed.starts_with('[') {
        serde_json::from_str(trimmed).unwrap_or_default()
    } else if let Ok(one @ Value::Object(_)) = serde_json::from_str::<Value>(trimmed) {
        vec![one]
    } else {
        raw.lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    };
    for doc in docs {
        let text = doc["text"].as_str().unwrap_or("");
        let map = CharOffsets::new(text);
        let quantities: Vec<Value> = quantity::find(text)
            .iter()
            .map(|q| {
                let mut o = json!({"start": map.char_of(q.span.start), "end": map.char_of(q.span.end),
                    "text": q.span.of(text), "value": q.value, "unit": q.unit, "approx": q.approx});
                if let Some(h) = q.high {
                    o["high"] = json!(h);
                }
                o
            })
            .collect();
        println!("{}", json!({"id": doc["id"], "quantities": quantities}));
    }
}
