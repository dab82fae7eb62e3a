//! Throughput and memory of each stage over `../shared/data/news/` (or the paths given in
//! `DOSSIER_BENCH_INPUT`, separated by `:`), compared with the peer baseline.
//!
//!     cargo bench -p dossier --bench pipeline
//!
//! Reports, per stage: documents/s, MB/s and words/s on one core, then the whole pipeline
//! across all cores, then peak resident memory (VmHWM). Speed is measured here and never
//! asserted in tests.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use model::Document;
use rayon::prelude::*;
use store::{SqliteStore, Store};

/// spaCy en_core_web_sm on this corpus, as `../shared/bench/peer_spacy.py` measured it on the
/// reference machine. Machines differ by more than the margins here, so the comparison that
/// counts is with the peer run on the same machine: give its median words/s in
/// `DOSSIER_PEER_WORDS_PER_S`.
const REFERENCE_PEER_WORDS_PER_SEC_PER_CORE: f64 = 6_600.0;

/// The peer's words/s per core this run compares with, and where the figure comes from.
fn peer_words_per_sec() -> (f64, &'static str) {
    match std::env::var("DOSSIER_PEER_WORDS_PER_S")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|v| *v > 0.0)
    {
        Some(measured) => (
            measured,
            "measured on this machine (DOSSIER_PEER_WORDS_PER_S)",
        ),
        None => (
            REFERENCE_PEER_WORDS_PER_SEC_PER_CORE,
            "the reference machine's figure",
        ),
    }
}

fn inputs() -> Vec<PathBuf> {
    if let Ok(list) = std::env::var("DOSSIER_BENCH_INPUT") {
        return list.split(':').map(PathBuf::from).collect();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news");
    vec![root]
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

struct Line<'a> {
    stage: &'a str,
    docs: usize,
    bytes: usize,
    words: usize,
    elapsed: Duration,
    cores: usize,
}

impl Line<'_> {
    fn print(&self) {
        let s = self.elapsed.as_secs_f64().max(1e-9);
        let wps = self.words as f64 / s / self.cores as f64;
        println!(
            "{:<28} {:>9.0} docs/s {:>8.2} MB/s {:>11.0} words/s/core {:>7.0}x peer",
            self.stage,
            self.docs as f64 / s,
            self.bytes as f64 / s / 1e6,
            wps,
            wps / peer_words_per_sec().0
        );
    }
}

/// Runs `f` enough times to take at least ~1 s, returns the time of one run.
fn time(mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut runs = 0u32;
    while runs == 0 || start.elapsed() < Duration::from_secs(1) {
        f();
        runs += 1;
    }
    start.elapsed() / runs
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is accepted.
    let paths = inputs();
    if !paths.iter().all(|p| p.exists()) {
        println!("bench: input {paths:?} is absent (needs ../shared/data/news); nothing measured");
        return;
    }
    let opts = ingest::Options::default();
    let files: Vec<PathBuf> = paths
        .iter()
        .flat_map(|p| ingest::files(p).filter_map(Result::ok))
        .collect();
    let input_bytes: usize = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len() as usize))
        .sum();

    let mut docs: Vec<Document> = Vec::new();
    let read = time(|| {
        docs = files
            .iter()
            .flat_map(|f| ingest::read_file(f, &opts))
            .filter_map(Result::ok)
            .collect();
    });
    let n = docs.len();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let total_words: usize = docs.iter().map(|d| words(&d.text)).sum();
    println!(
        "corpus: {} files, {:.1} MB, {n} documents, {total_words} words; {} cores",
        files.len(),
        input_bytes as f64 / 1e6,
        rayon::current_num_threads()
    );
    let (peer, origin) = peer_words_per_sec();
    println!("peer: spaCy en_core_web_sm, {peer:.0} words/s per core, {origin}");
    println!();
    let line = |stage, elapsed, cores| Line {
        stage,
        docs: n,
        bytes,
        words: total_words,
        elapsed,
        cores,
    };
    line("ingest (parse + normalize)", read, 1).print();

    let segs: Vec<model::Segmentation> = docs.iter().map(|d| text::segment(&d.text)).collect();
    line(
        "text: sentences + tokens",
        time(|| {
            for d in &docs {
                std::hint::black_box(text::segment(&d.text));
            }
        }),
        1,
    )
    .print();
    line(
        "ner: entities",
        time(|| {
            for (d, s) in docs.iter().zip(&segs) {
                std::hint::black_box(ner::find(&d.text, s));
            }
        }),
        1,
    )
    .print();
    line(
        "timex: time expressions",
        time(|| {
            for d in &docs {
                std::hint::black_box(timex::find(&d.text, d.published.as_deref()));
            }
        }),
        1,
    )
    .print();
    line(
        "quantity: quantities",
        time(|| {
            for d in &docs {
                std::hint::black_box(quantity::find(&d.text));
            }
        }),
        1,
    )
    .print();
    line(
        "factuality: events",
        time(|| {
            for (d, s) in docs.iter().zip(&segs) {
                std::hint::black_box(factuality::events(&d.text, s));
            }
        }),
        1,
    )
    .print();
    let entities: Vec<Vec<model::Entity>> = docs
        .iter()
        .zip(&segs)
        .map(|(d, s)| ner::find(&d.text, s))
        .collect();
    let timexes: Vec<Vec<model::Timex>> = docs
        .iter()
        .map(|d| timex::find(&d.text, d.published.as_deref()))
        .collect();
    line(
        "attribution: who said what",
        time(|| {
            for (i, d) in docs.iter().enumerate() {
                let context = attribution::Context {
                    text: &d.text,
                    segmentation: &segs[i],
                    entities: &entities[i],
                    timexes: &timexes[i],
                    published: d.published.as_deref(),
                };
                std::hint::black_box(attribution::find(&context));
            }
        }),
        1,
    )
    .print();
    let all = extract::Layers::ALL;
    let inputs: Vec<extract::Input> = docs.iter().map(extract::Input::of).collect();
    line(
        "extract: all layers, per text",
        time(|| {
            for d in &docs {
                std::hint::black_box(extract::annotate(&d.text, d.published.as_deref(), all));
            }
        }),
        1,
    )
    .print();
    // What `dossier extract` and `ingest` do: one layer at a time over a batch of texts.
    line(
        "extract: all layers",
        time(|| {
            for batch in inputs.chunks(extract::BATCH) {
                std::hint::black_box(extract::annotate_batch_isolated(batch, all));
            }
        }),
        1,
    )
    .print();
    let cores = rayon::current_num_threads();
    line(
        "extract: all layers, parallel",
        time(|| {
            inputs.par_chunks(extract::BATCH).for_each(|batch| {
                std::hint::black_box(extract::annotate_batch_isolated(batch, all));
            });
        }),
        cores,
    )
    .print();

    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    let start = Instant::now();
    let mut store = SqliteStore::open(&db).expect("open store");
    for batch in docs.chunks(256) {
        store.insert_documents(batch).expect("insert");
    }
    line("store: insert (SQLite, 256/tx)", start.elapsed(), 1).print();

    println!();
    match peak_rss_mb() {
        Some(mb) => println!(
            "peak resident memory: {mb:.0} MB (whole bench process, corpus held in memory)"
        ),
        None => println!("peak resident memory: unknown (no /proc/self/status)"),
    }
}
