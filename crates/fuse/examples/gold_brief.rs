//! Fuses the GOLD attributions of gold files (FORMAT.md) and prints the brief's JSON, to
//! measure fusion alone: `cargo run -p fuse --example gold_brief -- GOLD.json... > brief.json`.

use fuse::gold::add_gold_document;
use serde_json::Value;

fn main() {
    let mut values = Vec::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable gold file");
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Array(items)) => values.extend(items),
            Ok(v) => values.push(v),
            Err(_) => values.extend(text.lines().filter_map(|l| serde_json::from_str(l).ok())),
        }
    }
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    for v in &values {
        add_gold_document(v, &mut docs, &mut claims);
    }
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    println!(
        "{}",
        serde_json::to_string_pretty(&fused).expect("serializable")
    );
}
