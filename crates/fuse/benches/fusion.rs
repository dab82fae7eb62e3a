//! Fusion at scale: 1k, 5k and 10k articles' worth of claims, made by recombining sentences
//! of ../shared/data/news/*.jsonl (skipped with a message where absent). Prints the time per
//! stage and the latency of a brief for a query (fuse, select, serialize), to show the work
//! grows linearly with the claims, not with their square.
//!
//!     cargo bench -p fuse --bench fusion

use std::time::Instant;

use fuse::{ClaimInput, DocInput, Mention, Options};
use model::{AttributionKind, Certainty, Polarity, Span};

/// A small deterministic generator (no dependency, stable across runs).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

fn sentences(text: &str) -> Vec<&str> {
    text.split(['\n', '.'])
        .map(str::trim)
        .filter(|s| s.len() > 40 && s.len() < 400)
        .collect()
}

/// Entities (capitalized words not opening the sentence) and quantities (a number and the
/// word after it) of a sentence standing at `base` in the article.
fn mentions(sentence: &str, base: usize) -> Vec<Mention> {
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = sentence
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    for (k, (at, w)) in words.iter().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        let start = base + at + words[k].1.find(w).unwrap_or(0);
        let span = Span::new(start, start + w.len());
        if k > 0
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
        {
            out.push(Mention::Entity {
                span,
                kind: "ORG".into(),
                canonical: w.to_string(),
            });
        } else if let (Ok(value), Some((_, unit))) =
            (w.replace(',', "").parse::<f64>(), words.get(k + 1))
        {
            let unit = unit.trim_matches(|c: char| !c.is_alphanumeric());
            if !unit.is_empty() {
                out.push(Mention::Quantity {
                    span,
                    value,
                    high: None,
                    unit: Some(unit.to_lowercase()),
                    approx: false,
                    unit_from_context: false,
                });
            }
        }
    }
    out
}

fn corpus(articles: usize, pool: &[String]) -> (Vec<DocInput>, Vec<ClaimInput>) {
    let mut rng = Lcg(articles as u64);
    let sources: Vec<String> = (0..500).map(|i| format!("Source Person {i}")).collect();
    let mut docs = Vec::with_capacity(articles);
    let mut claims = Vec::new();
    for a in 0..articles {
        let mut text = String::new();
        let mut spans = Vec::new();
        for _ in 0..10 {
            let s = &pool[rng.next() % pool.len()];
            let start = text.len();
            text.push_str(s);
            spans.push(Span::new(start, text.len()));
            text.push_str(", an official said. ");
        }
        let day = 1 + a % 28;
        let month = 1 + (a / 28) % 12;
        let published = format!("2024-{month:02}-{day:02}");
        for (k, span) in spans.iter().enumerate() {
            let source = sources[rng.next() % sources.len()].clone();
            claims.push(ClaimInput {
                id: format!("n{a}#a{k}"),
                doc: a,
                attribution_id: Some(format!("a{k}")),
                source,
                source_type: None,
                relayed_by: vec![],
                audience: None,
                when: Some(published.clone()),
                certainty: [Certainty::Certain, Certainty::Probable, Certainty::Possible]
                    [rng.next() % 3],
                polarity: Polarity::Positive,
                conditional: false,
                direct: rng.next().is_multiple_of(2),
                anonymous: false,
                kind: [
                    AttributionKind::Assertion,
                    AttributionKind::Evaluation,
                    AttributionKind::Intention,
                ][rng.next() % 3],
                parent: None,
                content: *span,
                fragments: Vec::new(),
                cue: None,
                mentions: mentions(&text[span.start..span.end], span.start),
            });
        }
        docs.push(DocInput {
            id: format!("n{a}"),
            text,
            published: Some(published),
            outlet: Some("Bench Outlet".into()),
            title: None,
            // One article in twenty is a copy of the one before (wire copies).
            duplicate_of: (a % 20 == 19).then(|| format!("n{}", a - 1)),
        });
    }
    (docs, claims)
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news");
    let mut pool: Vec<String> = Vec::new();
    for file in ["bbc_news.jsonl", "wikinews_gum.jsonl"] {
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            continue;
        };
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(t) = v["text"].as_str() {
                pool.extend(sentences(t).into_iter().map(String::from));
            }
        }
    }
    if pool.is_empty() {
        println!(
            "skipped: {} holds no news (the shared data folder is absent)",
            dir.display()
        );
        return;
    }
    println!("{} sentences to recombine", pool.len());
    println!(
        "{:>8} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "articles", "claims", "resolve", "cluster", "grade", "total", "brief", "clusters"
    );
    for articles in [1_000, 5_000, 10_000] {
        let (docs, claims) = corpus(articles, &pool);
        let clock = Instant::now();
        let mut fused = fuse::fuse(&docs, &claims, &Options::default());
        let total = clock.elapsed().as_secs_f64();
        let stage = |name: &str| {
            fused
                .timings
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(0.0, |(_, t)| *t)
        };
        let (resolve, cluster, grade) =
            (stage("resolve"), stage("cluster"), stage("numbers+grade"));
        let clusters = fused.clusters.len();
        // A brief for a query: select the clusters that mention it, serialize them.
        let clock = Instant::now();
        fused
            .clusters
            .retain(|c| c.claims.iter().any(|x| x.text.contains("profits")));
        let json = serde_json::to_string(&fused.clusters).expect("serializable");
        let brief = total + clock.elapsed().as_secs_f64();
        println!(
            "{articles:>8} {:>8} {resolve:>8.3}s {cluster:>8.3}s {grade:>8.3}s {total:>8.3}s {brief:>8.3}s {clusters:>9}  ({} bytes of JSON for 'profits')",
            claims.len(),
            json.len()
        );
    }
}
