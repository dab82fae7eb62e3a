//! Dev measurements on the shared data (not part of the library):
//!
//! `cargo run -p text --release --example measure -- conll GOLD.jsonl`: how many of the
//! gold (space-separated) tokens and entity or timex boundaries coincide with ours, and how many
//! gold lines (one sentence each) are exactly one of our sentences.
//!
//! `cargo run -p text --release --example measure -- speed FILE.jsonl [ROUNDS]`: throughput
//! of `segment` on the `text` fields.

use std::collections::HashSet;

use model::CharOffsets;
use serde_json::Value;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: measure conll|speed FILE.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let texts_and_docs = read_jsonl(path);
    match mode.as_str() {
        "conll" => conll(&texts_and_docs),
        "speed" => {
            let rounds = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5);
            speed(&texts_and_docs, rounds)
        }
        _ => {
            eprintln!("unknown mode {mode}");
            std::process::exit(2);
        }
    }
}

fn read_jsonl(path: &str) -> Vec<Value> {
    let source = std::fs::read_to_string(path).unwrap_or_else(|error| {
        eprintln!("{path}: {error}");
        std::process::exit(1);
    });
    source
        .lines()
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

fn conll(docs: &[Value]) {
    let (mut gold_tokens, mut matched_tokens, mut our_tokens) = (0usize, 0usize, 0usize);
    let (mut boundaries, mut matched_boundaries) = (0usize, 0usize);
    let (mut entities, mut matched_entities) = (0usize, 0usize);
    let (mut lines, mut matched_lines, mut our_sentences) = (0usize, 0usize, 0usize);
    let mut misses: Vec<String> = Vec::new();
    let mut boundary_misses: Vec<String> = Vec::new();
    for doc in docs {
        let Some(text) = doc["text"].as_str() else {
            continue;
        };
        let seg = text::segment(text);
        let offsets = CharOffsets::new(text);
        let starts: HashSet<usize> = seg.tokens.iter().map(|t| t.span.start).collect();
        let ends: HashSet<usize> = seg.tokens.iter().map(|t| t.span.end).collect();
        let spans: HashSet<(usize, usize)> = seg
            .tokens
            .iter()
            .map(|t| (t.span.start, t.span.end))
            .collect();
        our_tokens += seg.tokens.len();
        let mut offset = 0;
        for piece in text.split_inclusive([' ', '\n']) {
            let word = piece.trim_end_matches([' ', '\n']);
            if !word.is_empty() {
                gold_tokens += 1;
                if spans.contains(&(offset, offset + word.len())) {
                    matched_tokens += 1;
                } else if misses.len() < 40 {
                    misses.push(word.to_string());
                }
            }
            offset += piece.len();
        }
        let sentence_spans: HashSet<(usize, usize)> = seg
            .sentences
            .iter()
            .map(|s| (s.span.start, s.span.end))
            .collect();
        our_sentences += seg.sentences.len();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end();
            let lead = body.len() - body.trim_start().len();
            if !body.trim().is_empty() {
                lines += 1;
                if sentence_spans.contains(&(offset + lead, offset + body.len())) {
                    matched_lines += 1;
                }
            }
            offset += line.len();
        }
        for (start, end) in gold_spans(doc) {
            let start = offsets.byte_of(start as usize);
            let end = offsets.byte_of(end as usize);
            entities += 1;
            boundaries += 2;
            let hit_start = starts.contains(&start);
            let hit_end = ends.contains(&end);
            matched_boundaries += hit_start as usize + hit_end as usize;
            matched_entities += (hit_start && hit_end) as usize;
            if !(hit_start && hit_end) && boundary_misses.len() < 20 {
                let context = |at: usize| {
                    let from = text.floor_char_boundary(at.saturating_sub(12));
                    let to = text.ceil_char_boundary((at + 12).min(text.len()));
                    format!("{}|{}", &text[from..at], &text[at..to])
                };
                let at = if hit_start { end } else { start };
                boundary_misses.push(context(at));
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "gold tokens reproduced: {matched_tokens}/{gold_tokens} = {:.2}% (ours: {our_tokens})",
        pct(matched_tokens, gold_tokens)
    );
    println!(
        "gold span boundaries on token boundaries: {matched_boundaries}/{boundaries} = {:.2}%",
        pct(matched_boundaries, boundaries)
    );
    println!(
        "gold spans with both boundaries: {matched_entities}/{entities} = {:.2}%",
        pct(matched_entities, entities)
    );
    println!(
        "gold lines that are exactly one sentence: {matched_lines}/{lines} = {:.2}% (our sentences: {our_sentences})",
        pct(matched_lines, lines)
    );
    println!("some gold tokens not reproduced: {misses:?}");
    println!("some span boundaries inside tokens: {boundary_misses:?}");
}

/// Code-point spans of the entities, timexes and attribution parts of a gold document.
fn gold_spans(doc: &Value) -> Vec<(u64, u64)> {
    let mut spans = Vec::new();
    let mut add = |span: &Value| {
        if let (Some(start), Some(end)) = (span["start"].as_u64(), span["end"].as_u64()) {
            spans.push((start, end));
        }
    };
    for layer in ["entities", "timexes"] {
        doc[layer]
            .as_array()
            .into_iter()
            .flatten()
            .for_each(&mut add);
    }
    for attribution in doc["attributions"].as_array().into_iter().flatten() {
        for part in ["source_span", "cue_span", "content_span"] {
            add(&attribution[part]);
        }
    }
    spans
}

fn speed(docs: &[Value], rounds: usize) {
    let texts: Vec<&str> = docs.iter().filter_map(|d| d["text"].as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let mut tokens = 0;
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            let seg = text::segment(text);
            tokens += seg.tokens.len() + seg.sentences.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} docs x {rounds}: {:.1} MB/s, {:.0} whitespace words/s ({} tokens+sentences)",
        texts.len(),
        (bytes * rounds) as f64 / seconds / 1e6,
        (words * rounds) as f64 / seconds,
        tokens / rounds
    );
}
