//! Trains the attribution tagger (`src/tagger.rs`) from a training split in the gold format.
//!
//! Fixed epochs and a fixed shuffling seed: the same input gives byte-identical model bytes.
//! Only the training split may be given here; dev is for measuring.
//!
//! Usage: `cargo run -p attribution --release --example train_tagger -- \
//!   ../shared/data/attribution/polnear.train.gold.jsonl crates/attribution/model/tagger.bin`
use attribution::tagger::{gold_tags, TagInput, Tagger, Trainer};
use model::{CharOffsets, Segmentation, Span};

const EPOCHS: usize = 10;
const SEED: u64 = 0x5eed_2016;

struct Example {
    text: String,
    segmentation: Segmentation,
    gold: Vec<u8>,
}

fn span(map: &CharOffsets, value: &serde_json::Value) -> Option<Span> {
    let start = value.get("start")?.as_u64()? as usize;
    let end = value.get("end")?.as_u64()? as usize;
    (start < end).then(|| Span::new(map.byte_of(start), map.byte_of(end)))
}

fn read(path: &str) -> Vec<Example> {
    let data = std::fs::read_to_string(path).expect("read the gold file");
    let mut examples = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON document");
        let text = doc["text"].as_str().unwrap_or("").to_string();
        let map = CharOffsets::new(&text);
        let (mut cues, mut sources, mut contents) = (Vec::new(), Vec::new(), Vec::new());
        for a in doc["attributions"].as_array().into_iter().flatten() {
            cues.extend(span(&map, &a["cue_span"]));
            sources.extend(span(&map, &a["source_span"]));
            match a["content_fragments"].as_array() {
                Some(fragments) if !fragments.is_empty() => {
                    for f in fragments {
                        let (Some(s), Some(e)) = (f[0].as_u64(), f[1].as_u64()) else {
                            continue;
                        };
                        if s < e {
                            contents
                                .push(Span::new(map.byte_of(s as usize), map.byte_of(e as usize)));
                        }
                    }
                }
                _ => contents.extend(span(&map, &a["content_span"])),
            }
        }
        let segmentation = text::segment(&text);
        let gold = gold_tags(&segmentation, &cues, &sources, &contents);
        examples.push(Example {
            text,
            segmentation,
            gold,
        });
    }
    examples
}

/// Token-level precision and recall of cue, source and content tags on a held-out split.
fn measure(model: &[u8], path: &str) {
    let tagger = Tagger::from_bytes(model).expect("the model just written");
    let mut counts = [[0usize; 3]; 3];
    for example in read(path) {
        let tags = tagger.tag(&TagInput::new(&example.text, &example.segmentation));
        for (&g, &s) in example.gold.iter().zip(&tags) {
            for (role, count) in counts.iter_mut().enumerate() {
                let of = |t: u8| t != 0 && (t as usize - 1) / 2 == role;
                count[0] += usize::from(of(g) && of(s));
                count[1] += usize::from(of(s));
                count[2] += usize::from(of(g));
            }
        }
    }
    for (name, [tp, system, gold]) in ["cue", "source", "content"].iter().zip(counts) {
        let p = tp as f64 / system.max(1) as f64;
        let r = tp as f64 / gold.max(1) as f64;
        eprintln!(
            "{name}: token P {p:.3} R {r:.3} F1 {:.3}",
            2.0 * p * r / (p + r).max(1e-9)
        );
    }
}
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: train_tagger TRAIN.gold.jsonl MODEL.bin [DEV.gold.jsonl]");
        std::process::exit(2);
    };
    let examples = read(input);
    let mut trainer = Trainer::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
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
        let (mut wrong, mut total) = (0, 0);
        for &k in &order {
            let example = &examples[k];
            let input = TagInput::new(&example.text, &example.segmentation);
            wrong += trainer.train_document(&input, &example.gold);
            total += example.gold.len();
        }
        eprintln!(
            "epoch {}: {:.4} of tokens wrong",
            epoch + 1,
            wrong as f64 / total.max(1) as f64
        );
    }
    let model = trainer.finish();
    std::fs::write(output, &model).expect("write the model");
    if let Some(dev) = args.get(3) {
        measure(&model, dev);
    }
}
