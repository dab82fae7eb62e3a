//! Development tool: throughput of `ner::find` alone, and a dump of its output for checking
//! that a speed change leaves the tags untouched.
//!
//!     cargo run -p ner --release --example ner_bench -- INPUT.jsonl [REPS]   # words/s
//!     cargo run -p ner --release --example ner_bench -- --dump INPUT.jsonl   # entities + tags
//!
//! Documents are segmented (`text::segment`) before the clock starts; the clock times only
//! `ner::find`, single thread, and the best of REPS runs (default 5) is reported. Words are
//! counted as white-space separated pieces of the text, like `eval_ner`.

use ner::features::DocView;
use ner::perceptron::{tag_two_stage, Model, Scores, Weights};
use serde_json::Value;
use std::time::Instant;

fn read_docs(path: &str) -> Vec<String> {
    let input = std::fs::read_to_string(path).expect("read input");
    input
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("json line");
            v["text"].as_str().unwrap_or("").to_string()
        })
        .collect()
}

struct Frozen<'m>(&'m Model);

impl Weights for Frozen<'_> {
    fn add_scores(&self, buckets: &[u32], scores: &mut Scores) {
        self.0.add_scores(buckets, scores);
    }
}

fn dump(path: &str) {
    let first = Model::from_bytes(include_bytes!("../model/ner.bin")).expect("first model");
    let second = Model::from_bytes(include_bytes!("../model/ner2.bin")).expect("second model");
    for text in read_docs(path) {
        let seg = text::segment(&text);
        for e in ner::find(&text, &seg) {
            println!(
                "E {} {} {} {:?}",
                e.span.start,
                e.span.end,
                e.kind.as_str(),
                e.canonical
            );
        }
        if seg.tokens.is_empty() {
            println!("D");
            continue;
        }
        let words: Vec<&str> = seg.tokens.iter().map(|t| t.span.of(&text)).collect();
        let space_before = (0..seg.tokens.len())
            .map(|i| i == 0 || seg.tokens[i - 1].span.end < seg.tokens[i].span.start)
            .collect();
        let sentences = seg
            .sentences
            .iter()
            .map(|s| (s.first_token, s.end_token))
            .collect();
        let doc = DocView {
            words,
            sentences,
            space_before,
        };
        let tags = tag_two_stage(&doc, &mut Frozen(&first), &mut Frozen(&second));
        let line: Vec<String> = tags.iter().map(|t| t.0.to_string()).collect();
        println!("T {}", line.join(" "));
        println!("D");
    }
}

/// User plus system CPU seconds of this thread so far (Linux; 0 elsewhere): steadier than
/// wall time on a busy machine.
fn thread_cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return 0.0;
    };
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| {
        fields
            .get(k)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        dump(args.get(1).expect("usage: ner_bench --dump INPUT.jsonl"));
        return;
    }
    let path = args.first().expect("usage: ner_bench INPUT.jsonl [REPS]");
    let reps: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let docs: Vec<(String, model::Segmentation)> = read_docs(path)
        .into_iter()
        .map(|t| {
            let seg = text::segment(&t);
            (t, seg)
        })
        .collect();
    let words: usize = docs.iter().map(|(t, _)| t.split_whitespace().count()).sum();
    // Warm-up: loads the models and tables.
    let mut entities = 0usize;
    for (t, s) in docs.iter().take(3) {
        entities += ner::find(t, s).len();
    }
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    for rep in 0..reps {
        let cpu_started = thread_cpu_seconds();
        let started = Instant::now();
        let mut found = 0usize;
        for (t, s) in &docs {
            found += ner::find(t, s).len();
        }
        let secs = started.elapsed().as_secs_f64();
        let cpu = thread_cpu_seconds() - cpu_started;
        eprintln!(
            "run {rep}: {words} words in {secs:.3}s wall ({:.0} words/s), {cpu:.2}s cpu ({:.0} words/s), {found} entities",
            words as f64 / secs,
            words as f64 / cpu.max(0.01)
        );
        best = best.min(secs);
        best_cpu = best_cpu.min(cpu);
        entities = found;
    }
    println!(
        "best of {reps}: {:.0} words/s wall, {:.0} words/s cpu ({words} words, {entities} entities)",
        words as f64 / best,
        words as f64 / best_cpu.max(0.01)
    );
}
