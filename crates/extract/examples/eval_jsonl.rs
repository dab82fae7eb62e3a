//! Development tool: reads FORMAT.md documents (JSONL with id, text, published) and prints
//! the extracted layers as JSONL, for `../shared/eval/score.py`. The product command is
//! `dossier extract`; this exists so one layer can be measured without building the rest.
//!
//!     cargo run -p extract --release --example eval_jsonl -- INPUT.jsonl [LAYERS] > OUT.jsonl

use rayon::prelude::*;
use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: eval_jsonl INPUT.jsonl [entities,timexes,quantities]");
    let layers = match args.next() {
        Some(list) => extract::Layers::parse(&list).unwrap_or_else(|e| panic!("{e}")),
        None => extract::Layers::ALL,
    };
    let input = std::fs::read_to_string(&path).expect("read input");
    let docs: Vec<serde_json::Value> = if input.trim_start().starts_with('[') {
        serde_json::from_str(&input).expect("json array")
    } else if input.trim_start().starts_with('{')
        && input.lines().filter(|l| !l.trim().is_empty()).count() == 1
    {
        vec![serde_json::from_str(input.trim()).expect("json object")]
    } else if let Ok(v) = serde_json::from_str::<serde_json::Value>(&input) {
        vec![v]
    } else {
        input
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect()
    };
    let out: Vec<String> = docs
        .par_iter()
        .map(|d| {
            let id = d["id"].as_str().unwrap_or("");
            let text = d["text"].as_str().unwrap_or("");
            let published = d["published"].as_str();
            let ann = extract::annotate(text, published, layers);
            extract::json::document(id, text, published, &ann, layers).to_string()
        })
        .collect();
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for line in out {
        writeln!(w, "{line}").unwrap();
    }
}
