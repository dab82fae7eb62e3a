//! Trains the contextual cue classifier (`src/cue_model.rs`) from a training split in the gold
//! format. Fixed epochs, rates and shuffling seed: the same input gives byte-identical bytes.
//! Only the training split may be given here; dev is for measuring.
//!
//! Usage: `cargo run -p attribution --release --example train_cue_model -- \
//!   ../shared/data/attribution/polnear.train.gold.jsonl crates/attribution/model/cue_model.bin [HOLDOUT]`
//!
//! With HOLDOUT, the last HOLDOUT documents are left out of training and the classifier's
//! word-level precision and recall on them are printed per threshold (threshold tuning).
use attribution::cue_model::{examples, CueModel, Example, Trainer};
use model::{CharOffsets, Span};

const EPOCHS: usize = 8;
const SEED: u64 = 0x5eed_2016;
const RATE: f32 = 0.1;
/// Cues are rare among the scored words: their errors weigh more.
const POSITIVE_WEIGHT: f32 = 2.0;

fn span(map: &CharOffsets, value: &serde_json::Value) -> Option<Span> {
    let start = value.get("start")?.as_u64()? as usize;
    let end = value.get("end")?.as_u64()? as usize;
    (start < end).then(|| Span::new(map.byte_of(start), map.byte_of(end)))
}

fn read(path: &str) -> Vec<Vec<Example>> {
    let data = std::fs::read_to_string(path).expect("read the gold file");
    let mut documents = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON document");
        let text = doc["text"].as_str().unwrap_or("");
        let map = CharOffsets::new(text);
        let cues: Vec<Span> = doc["attributions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| span(&map, &a["cue_span"]))
            .collect();
        documents.push(examples(text, &text::segment(text), &cues));
    }
    documents
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: train_cue_model TRAIN.gold.jsonl MODEL.bin [HOLDOUT]");
        std::process::exit(2);
    };
    let documents = read(input);
    let holdout: usize = args.get(3).and_then(|h| h.parse().ok()).unwrap_or(0);
    let split = documents.len().saturating_sub(holdout);
    let train: Vec<&Example> = documents[..split].iter().flatten().collect();
    let positives = train.iter().filter(|e| e.cue).count();
    eprintln!("{} training words, {positives} cues", train.len());
    let mut trainer = Trainer::default();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut state = SEED;
    for epoch in 0..EPOCHS {
        // Fisher-Yates with a fixed linear congruential generator.
        for i in (1..order.len()).rev() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = (state >> 33) as usize % (i + 1);
            order.swap(i, j);
        }
        let rate = RATE / (1.0 + epoch as f32);
        let loss: f32 = order
            .iter()
            .map(|&k| trainer.learn(train[k], rate, POSITIVE_WEIGHT))
            .sum();
        eprintln!(
            "epoch {}: mean loss {:.4}",
            epoch + 1,
            loss / train.len().max(1) as f32
        );
    }
    let bytes = trainer.finish();
    std::fs::write(output, &bytes).expect("write the model");
    if holdout > 0 {
        let model = CueModel::from_bytes(&bytes).expect("the model just written");
        let held: Vec<&Example> = documents[split..].iter().flatten().collect();
        let gold = held.iter().filter(|e| e.cue).count();
        for threshold in [-1.0f32, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0] {
            let (mut tp, mut system) = (0, 0);
            for e in &held {
                if model.score(&e.features) >= threshold {
                    system += 1;
                    tp += usize::from(e.cue);
                }
            }
            let p = tp as f64 / system.max(1) as f64;
            let r = tp as f64 / gold.max(1) as f64;
            eprintln!("threshold {threshold:+.1}: P {p:.3} R {r:.3} ({tp}/{system}, gold {gold})");
        }
    }
}
