//! Builds the word cluster table (`model/clusters.bin`) from unlabeled text. Deterministic:
//! the same inputs give the same bytes.
//!
//!     cargo run -p ner --release --example build_clusters -- OUT.bin INPUT...
//!
//! Inputs ending in `.txt` are read as CoNLL files (their words only, never their tags);
//! others as JSON lines (or one JSON document) whose `text` fields are segmented with
//! `text::segment`, the tokenizer the pipeline tags with. Words seen fewer than
//! `MIN_COUNT` times share one id while clustering and get no entry in the table.

use ner::clusters::{exchange, word_key, ClusterTable, CLASSES, LEVELS};
use std::collections::HashMap;

const MIN_COUNT: u32 = 3;
const SWEEPS: [usize; LEVELS] = [10, 20, 20];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: build_clusters OUT.bin INPUT...");
        std::process::exit(2);
    }
    // Sentences as token lists, in input order.
    let mut sentences: Vec<Vec<String>> = Vec::new();
    for path in &args[1..] {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1)
        });
        let before = sentences.len();
        if path.ends_with(".txt") {
            for doc in ner::conll::read_conll(&text) {
                sentences.extend(doc.into_iter().map(|s| s.words));
            }
        } else {
            let docs: Vec<serde_json::Value> = match serde_json::from_str(&text) {
                Ok(serde_json::Value::Array(a)) => a,
                Ok(v) => vec![v],
                Err(_) => text
                    .lines()
                    .filter_map(|l| serde_json::from_str(l).ok())
                    .collect(),
            };
            for d in docs {
                let Some(body) = d["text"].as_str() else {
                    continue;
                };
                let seg = text::segment(body);
                for s in &seg.sentences {
                    sentences.push(
                        seg.tokens[s.first_token..s.end_token]
                            .iter()
                            .map(|t| t.span.of(body).to_string())
                            .collect(),
                    );
                }
            }
        }
        eprintln!("{path}: {} sentences", sentences.len() - before);
    }
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for s in &sentences {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .iter()
        .filter(|(_, &n)| n >= MIN_COUNT)
        .map(|(&w, &n)| (w, n))
        .collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let ids: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i as u32))
        .collect();
    let rare = vocab.len() as u32;
    let boundary = rare + 1;
    let mut corpus = Vec::new();
    for s in &sentences {
        corpus.push(boundary);
        corpus.extend(
            s.iter()
                .map(|w| ids.get(w.as_str()).copied().unwrap_or(rare)),
        );
    }
    corpus.push(boundary);
    eprintln!(
        "{} tokens, {} words in the vocabulary",
        corpus.len(),
        vocab.len()
    );

    // Level 0 clusters words; each next level clusters the classes of the level before.
    let mut word_classes: Vec<[u16; LEVELS]> = vec![[0; LEVELS]; vocab.len() + 2];
    let mut level_corpus = corpus;
    let mut level_vocab = vocab.len() + 2;
    let mut to_level: Vec<u32> = (0..level_vocab as u32).collect();
    for level in 0..LEVELS {
        let started = std::time::Instant::now();
        let class = exchange(&level_corpus, level_vocab, CLASSES[level], SWEEPS[level]);
        for (w, classes) in word_classes.iter_mut().enumerate() {
            classes[level] = class[to_level[w] as usize];
        }
        for id in level_corpus.iter_mut() {
            *id = u32::from(class[*id as usize]);
        }
        for id in to_level.iter_mut() {
            *id = u32::from(class[*id as usize]);
        }
        level_vocab = CLASSES[level];
        eprintln!(
            "level {level}: {} classes in {:.1}s",
            CLASSES[level],
            started.elapsed().as_secs_f64()
        );
    }
    if std::env::var_os("SHOW_CLUSTERS").is_some() {
        // Inspection only: the most frequent words of some fine classes.
        for c in (0..CLASSES[0]).step_by(CLASSES[0] / 16) {
            let words: Vec<&str> = vocab
                .iter()
                .enumerate()
                .filter(|(i, _)| usize::from(word_classes[*i][0]) == c)
                .map(|(_, (w, _))| *w)
                .take(14)
                .collect();
            eprintln!(
                "class {c} ({}): {}",
                word_classes
                    .iter()
                    .find(|x| usize::from(x[0]) == c)
                    .map_or(0, |x| x[2]),
                words.join(" ")
            );
        }
    }
    let entries: Vec<(u64, [u16; LEVELS])> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (word_key(w), word_classes[i]))
        .collect();
    let bytes = ClusterTable::to_bytes(&entries);
    std::fs::write(&args[0], &bytes).unwrap_or_else(|e| {
        eprintln!("cannot write {}: {e}", args[0]);
        std::process::exit(1)
    });
    eprintln!(
        "wrote {} entries ({} bytes) to {}",
        entries.len(),
        bytes.len(),
        args[0]
    );
}
