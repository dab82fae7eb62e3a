//! Near-duplicate linking on a real news corpus (../shared/data/news, skipped when absent),
//! checked against the exact Jaccard similarity of the 5-word shingle sets: no link
//! between texts that are clearly not near duplicates, and no clear pair left unlinked.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use store::near_dup::{self, NEAR_DUPLICATE_THRESHOLD};
use store::{InsertStatus, SqliteStore, Store};

/// Exact Jaccard below this must never be linked (the estimate's error is about 0.045).
const CLEARLY_DIFFERENT: f64 = NEAR_DUPLICATE_THRESHOLD - 0.12;
/// Exact Jaccard at or above this must always be linked.
const CLEARLY_SAME: f64 = NEAR_DUPLICATE_THRESHOLD + 0.12;

fn corpus_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news/bbc_news.jsonl")
}

fn shingle_set(text: &str) -> HashSet<u64> {
    let mut set = HashSet::new();
    near_dup::for_each_shingle(text, |h| {
        set.insert(h);
    });
    set
}

fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let shared = a.intersection(b).count();
    shared as f64 / (a.len() + b.len() - shared).max(1) as f64
}

#[test]
fn links_agree_with_exact_jaccard_on_a_news_corpus() {
    let path = corpus_path();
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("SKIPPED: {} is absent", path.display());
        return;
    };
    let docs: Vec<_> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let text = v["text"].as_str().unwrap_or_default();
            common::doc(v["id"].as_str().expect("id"), text)
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path().join("corpus.db")).unwrap();
    let mut root_of: HashMap<String, String> = HashMap::new();
    for chunk in docs.chunks(250) {
        for outcome in store.insert_documents(chunk).unwrap().outcomes {
            match outcome.status {
                InsertStatus::Inserted => {
                    root_of.insert(outcome.id.clone(), outcome.id);
                }
                InsertStatus::NearDuplicate { of, .. } => {
                    root_of.insert(outcome.id, of);
                }
                _ => {}
            }
        }
    }
    assert_eq!(store.count_documents().unwrap() as usize, root_of.len());

    let texts: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let sets: HashMap<&str, HashSet<u64>> = root_of
        .keys()
        .map(|id| (id.as_str(), shingle_set(texts[id.as_str()])))
        .collect();
    for (id, root) in &root_of {
        if id != root {
            let exact = jaccard(&sets[id.as_str()], &sets[root.as_str()]);
            assert!(
                exact >= CLEARLY_DIFFERENT,
                "{id} linked to {root} at {exact}"
            );
        }
    }
    // every pair sharing a shingle, through an inverted index
    let mut holders: HashMap<u64, Vec<&str>> = HashMap::new();
    for (id, set) in &sets {
        for &h in set {
            holders.entry(h).or_default().push(id);
        }
    }
    let mut checked = HashSet::new();
    let mut linked_pairs = 0;
    for ids in holders.values().filter(|ids| ids.len() > 1) {
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let pair = if a < b { (*a, *b) } else { (*b, *a) };
                if !checked.insert(pair) {
                    continue;
                }
                let exact = jaccard(&sets[pair.0], &sets[pair.1]);
                if exact >= CLEARLY_SAME {
                    assert_eq!(
                        root_of[pair.0], root_of[pair.1],
                        "{pair:?} at {exact} are not linked"
                    );
                    linked_pairs += 1;
                }
            }
        }
    }
    println!("{linked_pairs} clear near-duplicate pairs, all linked");
    assert!(store.integrity_check().unwrap().is_ok());
}
