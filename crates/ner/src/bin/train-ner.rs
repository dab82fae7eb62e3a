//! Trains the tagger on CoNLL-2003 training data (IOB2, `token POS chunk NER` per line) and
//! writes the shipped model. Deterministic: fixed seed, fixed epoch count.
//!
//!     cargo run -p ner --release --bin train-ner -- TRAIN.txt crates/ner/model/ner.bin [--dev DEV.txt]
//!
//! `--dev` only measures (entity F1 per epoch); it is never trained on.

use ner::conll::{read_conll, Sentence};
use ner::features::DocView;
use ner::perceptron::{tag_document, TrainWeights, Weights};
use ner::tags::{bilou, spans, Tag};

const EPOCHS: usize = 8;
const SEED: u64 = 0x5eed_2003;

struct Doc {
    words: Vec<String>,
    sentences: Vec<(usize, usize)>,
    gold: Vec<Tag>,
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
    }
}

fn view(doc: &Doc) -> DocView<'_> {
    DocView {
        words: doc.words.iter().map(String::as_str).collect(),
        sentences: doc.sentences.clone(),
        space_before: vec![true; doc.words.len()],
    }
}

fn f1<W: Weights>(docs: &[Doc], weights: &mut W) -> f64 {
    let (mut tp, mut sys, mut gold) = (0usize, 0usize, 0usize);
    for doc in docs {
        let predicted = spans(&tag_document(&view(doc), weights, None));
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: train-ner TRAIN.txt OUT.bin [--dev DEV.txt]");
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
        for doc in &docs {
            let predicted = tag_document_counting(doc, &mut weights);
            tokens += doc.words.len();
            errors += predicted
                .iter()
                .zip(&doc.gold)
                .filter(|(p, g)| p != g)
                .count();
        }
        eprintln!(
            "epoch {epoch}: train token error {:.4}",
            errors as f64 / tokens.max(1) as f64
        );
    }
    let mut model = weights.average();
    eprintln!("{} non-zero rows", model.row_count());
    if !dev.is_empty() {
        eprintln!(
            "dev entity F1 (CoNLL types, gold tokens): {:.4}",
            f1(&dev, &mut model)
        );
    }
    let bytes = model.to_bytes();
    std::fs::write(&args[1], &bytes).unwrap_or_else(|e| {
        eprintln!("cannot write {}: {e}", args[1]);
        std::process::exit(1)
    });
    eprintln!("wrote {} bytes to {}", bytes.len(), args[1]);
}

/// Tags one training document, learning from it, and advances the averaging clock per token.
fn tag_document_counting(doc: &Doc, weights: &mut TrainWeights) -> Vec<Tag> {
    let tags = tag_document(&view(doc), weights, Some(&doc.gold));
    for _ in 0..doc.words.len() {
        weights.tick();
    }
    tags
}
