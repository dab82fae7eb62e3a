//! Trains the two-stage tagger on CoNLL-2003 training data (IOB2, `token POS chunk NER` per
//! line) and writes the shipped models. Deterministic: fixed seed, fixed epoch count.
//!
//!     cargo run -p ner --release --bin train-ner -- TRAIN.txt FIRST.bin SECOND.bin [--dev DEV.txt]
//!
//! The first pass is trained on all of TRAIN. The second pass must learn from first-pass tags
//! as noisy as on unseen text, so it trains on jackknifed tags: TRAIN is cut into `FOLDS`
//! folds (by article), and each fold is tagged by a first pass trained on the other folds.
//!
//! `--dev` only measures (entity F1 at the end); it is never trained on.

use ner::conll::{read_conll, Sentence};
use ner::features::{nonlocal_features, static_features, DocView};
use ner::perceptron::{decode, tag_document, tag_two_stage, Model, TrainWeights};
use ner::tags::{bilou, spans, Tag};

const EPOCHS: usize = 8;
const FOLDS: usize = 5;
const SEED: u64 = 0x5eed_2003;

struct Doc {
    words: Vec<String>,
    sentences: Vec<(usize, usize)>,
    gold: Vec<Tag>,
    /// Jackknifed first-pass tags, for training the second pass.
    prior: Vec<Tag>,
}

fn to_doc(sentences: &[Sentence]) -> Doc {
    let mut words = Vec::new();
    let mut ranges = Vec::new();
    let mut gold = Vec::new();
    for s in sentences {
        let first = words.len();
        words.extend(s.words.iter().cloned());
        gold.extend(bilou(&s.types, &s.starts));
        ranges.push((first, words.len()));
    }
    Doc {
        words,
        sentences: ranges,
        gold,
        prior: Vec::new(),
    }
}

fn view(doc: &Doc) -> DocView<'_> {
    DocView {
        words: doc.words.iter().map(String::as_str).collect(),
        sentences: doc.sentences.clone(),
        space_before: vec![true; doc.words.len()],
    }
}

fn f1(docs: &[Doc], first: &Model, second: &Model) -> f64 {
    let (mut tp, mut sys, mut gold) = (0usize, 0usize, 0usize);
    for doc in docs {
        let (mut a, mut b) = (Frozen(first), Frozen(second));
        let predicted = spans(&tag_two_stage(&view(doc), &mut a, &mut b));
        let truth = spans(&doc.gold);
        sys += predicted.len();
        gold += truth.len();
        tp += predicted.iter().filter(|p| truth.contains(p)).count();
    }
    let p = tp as f64 / sys.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// A shipped model borrowed for decoding.
struct Frozen<'m>(&'m Model);

impl ner::perceptron::Weights for Frozen<'_> {
    fn add_scores(&self, buckets: &[u32], scores: &mut ner::perceptron::Scores) {
        self.0.add_scores(buckets, scores);
    }
}

/// Trains one pass over `docs` (reordered in place): the first pass when `second` is false,
/// else the second, which reads each document's `prior` tags.
fn train(docs: &mut [&Doc], second: bool, label: &str) -> Model {
    let mut weights = TrainWeights::new();
    let mut rng = SEED;
    for epoch in 0..EPOCHS {
        // Fisher-Yates with a fixed linear congruential generator: reproducible order.
        for i in (1..docs.len()).rev() {
            rng = rng
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            docs.swap(i, (rng >> 33) as usize % (i + 1));
        }
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for doc in docs.iter() {
            let v = view(doc);
            let predicted = if second {
                let feats = static_features(&v);
                let extra = nonlocal_features(&v, &feats, &doc.prior);
                decode(&v, &feats, Some(&extra), &mut weights, Some(&doc.gold))
            } else {
                tag_document(&v, &mut weights, Some(&doc.gold))
            };
            for _ in 0..doc.words.len() {
                weights.tick();
            }
            tokens += doc.words.len();
            errors += predicted
                .iter()
                .zip(&doc.gold)
                .filter(|(p, g)| p != g)
                .count();
        }
        eprintln!(
            "{label} epoch {epoch}: train token error {:.4}",
            errors as f64 / tokens.max(1) as f64
        );
    }
    weights.average()
}

fn write(model: &Model, path: &str) {
    let bytes = model.to_bytes();
    std::fs::write(path, &bytes).unwrap_or_else(|e| {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1)
    });
    eprintln!(
        "wrote {} bytes ({} rows) to {path}",
        bytes.len(),
        model.row_count()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: train-ner TRAIN.txt FIRST.bin SECOND.bin [--dev DEV.txt]");
        std::process::exit(2);
    }
    let read = |path: &str| -> Vec<Doc> {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1)
        });
        read_conll(&text).iter().map(|d| to_doc(d)).collect()
    };
    let mut docs = read(&args[0]);
    let dev = match args.iter().position(|a| a == "--dev") {
        Some(i) if i + 1 < args.len() => read(&args[i + 1]),
        _ => Vec::new(),
    };
    eprintln!("{} training documents", docs.len());
    // Jackknife: first-pass tags of each fold from a model that never saw it.
    for fold in 0..FOLDS {
        let mut rest: Vec<&Doc> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, d)| d)
            .collect();
        let model = train(&mut rest, false, &format!("fold {fold}"));
        let priors: Vec<(usize, Vec<Tag>)> = (fold..docs.len())
            .step_by(FOLDS)
            .map(|i| (i, tag_document(&view(&docs[i]), &mut Frozen(&model), None)))
            .collect();
        for (i, prior) in priors {
            docs[i].prior = prior;
        }
    }
    let mut all: Vec<&Doc> = docs.iter().collect();
    let first = train(&mut all, false, "first");
    write(&first, &args[1]);
    let mut all: Vec<&Doc> = docs.iter().collect();
    let second = train(&mut all, true, "second");
    write(&second, &args[2]);
    if !dev.is_empty() {
        eprintln!(
            "dev entity F1 (CoNLL types, gold tokens): {:.4}",
            f1(&dev, &first, &second)
        );
    }
}
