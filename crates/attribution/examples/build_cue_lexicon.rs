//! Derives `data/cues_learned.txt` from a training split in the gold format.
//!
//! For every word, counts how often it heads a gold cue (after auxiliaries and adverbs such as
//! "has", "also", "not") and how often it occurs at all; keeps the words whose precision as a
//! cue is at least `MIN_PRECISION` over at least `MIN_CUES` cues. Only the training split may be
//! given here: the result is measured on dev.
//!
//! Usage: `cargo run -p attribution --release --example build_cue_lexicon -- \
//!   ../shared/data/attribution/polnear.train.gold.jsonl > crates/attribution/data/cues_learned.txt`
use std::collections::HashMap;

const MIN_PRECISION: f64 = 0.2;
const MIN_CUES: usize = 3;

/// Words that stand before the head of a cue phrase ("has also said", "did not mention").
const LEADING: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "also",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "never",
    "later",
    "then",
    "just",
    "publicly",
    "repeatedly",
    "previously",
    "still",
    "again",
    "even",
    "to",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "already",
    "often",
    "recently",
    "first",
    "further",
    "once",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: build_cue_lexicon TRAIN.gold.jsonl");
        std::process::exit(2);
    };
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let mut total: HashMap<String, usize> = HashMap::new();
    let mut cues: HashMap<String, usize> = HashMap::new();
    let mut documents = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = doc["text"].as_str() else {
            continue;
        };
        documents += 1;
        for w in words(text) {
            *total.entry(w).or_default() += 1;
        }
        let chars: Vec<char> = text.chars().collect();
        for attribution in doc["attributions"].as_array().into_iter().flatten() {
            let cue = &attribution["cue_span"];
            let (Some(s), Some(e)) = (cue["start"].as_u64(), cue["end"].as_u64()) else {
                continue;
            };
            let (s, e) = (s as usize, (e as usize).min(chars.len()));
            if s >= e {
                continue;
            }
            let cue_text: String = chars[s..e].iter().collect();
            // Adverbs ("quickly said") and contraction pieces ("'ve") do not head a cue.
            let head = words(&cue_text).find(|w| {
                !LEADING.contains(&w.as_str()) && !w.ends_with("ly") && w.chars().count() > 2
            });
            if let Some(head) = head {
                *cues.entry(head).or_default() += 1;
            }
        }
    }
    let mut kept: Vec<(String, usize, usize)> = cues
        .into_iter()
        .filter(|(w, n)| *n >= MIN_CUES && w.chars().all(char::is_alphabetic))
        .map(|(w, n)| {
            let all = total.get(&w).copied().unwrap_or(n).max(n);
            (w, n, all)
        })
        .filter(|(_, n, all)| *n as f64 / *all as f64 >= MIN_PRECISION)
        .collect();
    kept.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("# Cue words learned from {documents} training documents ({path}):");
    println!("# word, class, precision as a cue (gold cues headed by it / all its occurrences),");
    println!("# gold cue count. Kept: precision >= {MIN_PRECISION}, at least {MIN_CUES} cues.");
    println!("# Regenerate with the build_cue_lexicon example; do not edit by hand.");
    for (w, n, all) in kept {
        println!("{w} assertion {:.3} {n}", n as f64 / all as f64);
    }
}
