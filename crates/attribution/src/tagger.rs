//! A learned token tagger for attribution roles: an averaged perceptron over hashed features,
//! decoding greedily left to right with the two previous tags as features.
//!
//! Tags are BIO over three roles (cue, source, content). The model is trained on the PolNeAR
//! training split only (`examples/train_tagger.rs`, fixed seed and epochs, so a retrain is
//! byte-identical) and stored as `model/tagger.bin`: a small header and one quantized `i16`
//! weight per (feature bucket, tag).
//!
//! Why hashed features: the table has a fixed size whatever the vocabulary, loads with no
//! parsing, and a lookup is one hash per feature template and token.
use crate::lexicon::LEXICON;
use model::{Segmentation, TokenKind};
use std::sync::LazyLock;

/// The model trained from PolNeAR train, built in; `None` only if the file were not a model.
pub static BUILTIN: LazyLock<Option<Tagger>> =
    LazyLock::new(|| Tagger::from_bytes(include_bytes!("../model/tagger.bin")));

pub const TAGS: usize = 7;
pub const O: u8 = 0;
pub const B_CUE: u8 = 1;
pub const I_CUE: u8 = 2;
pub const B_SOURCE: u8 = 3;
pub const I_SOURCE: u8 = 4;
pub const B_CONTENT: u8 = 5;
pub const I_CONTENT: u8 = 6;

/// log2 of the number of feature buckets.
pub const BUCKET_BITS: u32 = 17;
const BUCKETS: usize = 1 << BUCKET_BITS;
const MAGIC: &[u8; 8] = b"ATAG0001";

/// The lower-cased tokens of one text with the flags the features read.
pub struct TagInput<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    lower: String,
    lower_spans: Vec<(u32, u32)>,
    /// Per token: inside a quotation (marks included).
    in_quote: Vec<bool>,
    /// Per token: a reporting word of the hand-made or learned cue lexicon.
    lexicon_cue: Vec<bool>,
}

impl<'a> TagInput<'a> {
    pub fn new(text: &'a str, seg: &'a Segmentation) -> TagInput<'a> {
        let (lower, lower_spans) = crate::lowered_tokens(text, &seg.tokens);
        let mut input = TagInput {
            text,
            seg,
            lower,
            lower_spans,
            in_quote: vec![false; seg.tokens.len()],
            lexicon_cue: vec![false; seg.tokens.len()],
        };
        // Quotation state: curly marks open and close, straight ones toggle; a paragraph break
        // closes everything (an unclosed quotation runs to its paragraph's end).
        let mut depth = 0usize;
        let mut straight = false;
        for (i, token) in seg.tokens.iter().enumerate() {
            if i > 0 {
                let gap = text
                    .get(seg.tokens[i - 1].span.end..token.span.start)
                    .unwrap_or("");
                if gap.contains('\n') {
                    depth = 0;
                    straight = false;
                }
            }
            let inside_before = depth > 0 || straight;
            if token.kind == TokenKind::Quote {
                match input.word(i) {
                    "“" | "«" | "``" | "„" => depth += 1,
                    "”" | "»" => depth = depth.saturating_sub(1),
                    "\"" | "''" => straight = !straight,
                    _ => {}
                }
            }
            input.in_quote[i] = inside_before || depth > 0 || straight;
            input.lexicon_cue[i] = LEXICON.verbs.contains_key(input.lw(i));
        }
        input
    }

    fn word(&self, i: usize) -> &'a str {
        self.seg
            .tokens
            .get(i)
            .and_then(|t| self.text.get(t.span.start..t.span.end))
            .unwrap_or("")
    }

    fn lw(&self, i: usize) -> &str {
        match self.lower_spans.get(i) {
            Some(&(s, e)) => &self.lower[s as usize..e as usize],
            None => "",
        }
    }

    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }
}

/// FNV-1a over a template id and some bytes.
fn hash(template: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x100_0000_01b3);
    for part in parts {
        for &b in *part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    ((h >> 20) ^ h) as u32 & (BUCKETS as u32 - 1)
}

/// "Xx", "x", "X", "d", "p": the word's shape in one letter class per run.
fn shape(word: &str) -> [u8; 4] {
    let mut out = [b'_'; 4];
    let mut n = 0;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else {
            b'p'
        };
        if n == 0 || out[n - 1] != class {
            if n == 4 {
                break;
            }
            out[n] = class;
            n += 1;
        }
    }
    out
}

fn bucket_distance(d: usize) -> u8 {
    match d {
        0 => b'0',
        1 => b'1',
        2 => b'2',
        3 => b'3',
        4..=6 => b'4',
        7..=12 => b'5',
        _ => b'6',
    }
}

/// The feature buckets of token `i` of the sentence `[a, b)`, given the two previous tags.
/// Static features (all but the tag ones) come first; `out` is cleared.
fn features(input: &TagInput<'_>, a: usize, b: usize, i: usize, out: &mut Vec<u32>) {
    out.clear();
    let at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < a as isize || j >= b as isize {
            if j < a as isize {
                "<s>"
            } else {
                "</s>"
            }
        } else {
            input.lw(j as usize)
        }
    };
    let w = at(0);
    let (wm1, wm2, wp1, wp2) = (at(-1), at(-2), at(1), at(2));
    out.push(hash(0, &[]));
    out.push(hash(1, &[w.as_bytes()]));
    out.push(hash(2, &[wm1.as_bytes()]));
    out.push(hash(3, &[wp1.as_bytes()]));
    out.push(hash(4, &[wm2.as_bytes()]));
    out.push(hash(5, &[wp2.as_bytes()]));
    out.push(hash(6, &[wm1.as_bytes(), w.as_bytes()]));
    out.push(hash(7, &[w.as_bytes(), wp1.as_bytes()]));
    out.push(hash(8, &[&shape(input.word(i))]));
    let suffix_start = w.char_indices().rev().nth(2).map_or(0, |(index, _)| index);
    out.push(hash(9, &[&w.as_bytes()[suffix_start..]]));
    let quote = [u8::from(input.in_quote[i])];
    out.push(hash(10, &[&quote]));
    out.push(hash(11, &[&quote, w.as_bytes()]));
    let cue = [u8::from(input.lexicon_cue[i])];
    out.push(hash(12, &[&cue, &quote]));
    // Distance to the nearest lexicon cue word on each side within the sentence.
    let left = (a..i).rev().find(|&j| input.lexicon_cue[j]).map(|j| i - j);
    let right = (i + 1..b).find(|&j| input.lexicon_cue[j]).map(|j| j - i);
    let l = [left.map_or(b'n', bucket_distance)];
    let r = [right.map_or(b'n', bucket_distance)];
    out.push(hash(13, &[&l, &r]));
    out.push(hash(14, &[&l, &quote]));
    out.push(hash(15, &[&r, &quote]));
    // Sentence position.
    let position = [bucket_distance(i - a), bucket_distance(b - 1 - i)];
    out.push(hash(16, &[&position]));
    // Punctuation context.
    let kind = |j: usize| -> u8 {
        match input.seg.tokens.get(j).map(|t| t.kind) {
            Some(TokenKind::Word) => b'w',
            Some(TokenKind::Number) => b'n',
            Some(TokenKind::Punct) => b'p',
            Some(TokenKind::Quote) => b'q',
            Some(TokenKind::Symbol) => b's',
            None => b'e',
        }
    };
    let context = [
        if i > a { kind(i - 1) } else { b'^' },
        kind(i),
        if i + 1 < b { kind(i + 1) } else { b'$' },
    ];
    out.push(hash(17, &[&context]));
    let lexicon_neighbors = [
        u8::from(i > a && input.lexicon_cue[i - 1]),
        u8::from(i + 1 < b && input.lexicon_cue[i + 1]),
    ];
    out.push(hash(18, &[&lexicon_neighbors, w.as_bytes()]));
    out.push(hash(19, &[wm1.as_bytes(), wp1.as_bytes()]));
    // Quotation edges: entering or leaving one around this token.
    let quote_edges = [
        u8::from(i > a && input.in_quote[i - 1]),
        quote[0],
        u8::from(i + 1 < b && input.in_quote[i + 1]),
    ];
    out.push(hash(20, &[&quote_edges]));
    let that_follows = [u8::from(
        (i + 1..(i + 4).min(b)).any(|j| input.lw(j) == "that"),
    )];
    out.push(hash(21, &[&that_follows, &cue]));
    out.push(hash(22, &[input.lw(a).as_bytes(), &l]));
    out.push(hash(23, &[wm2.as_bytes(), wm1.as_bytes(), w.as_bytes()]));
}

/// The tag features for the previous two tags; appended after the static ones.
fn tag_features(w: &str, prev: u8, prev2: u8, out: &mut Vec<u32>) {
    out.push(hash(30, &[&[prev]]));
    out.push(hash(31, &[&[prev, prev2]]));
    out.push(hash(32, &[&[prev], w.as_bytes()]));
    out.push(hash(33, &[&[prev, prev2], w.as_bytes()]));
}

/// A tag may follow only its own B or I, or be a B or O.
fn allowed(prev: u8, tag: u8) -> bool {
    match tag {
        I_CUE => prev == B_CUE || prev == I_CUE,
        I_SOURCE => prev == B_SOURCE || prev == I_SOURCE,
        I_CONTENT => prev == B_CONTENT || prev == I_CONTENT,
        _ => true,
    }
}

/// The weight size below which logarithmic quantization steps are about even.
const QUANT_FLOOR: f64 = 0.01;

/// A trained model: weights per bucket and tag (stored as logarithmic `i16` codes).
pub struct Tagger {
    weights: Vec<f32>,
}

impl Tagger {
    /// Reads a model written by [`Trainer::finish`]; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let body = bytes.strip_prefix(MAGIC.as_slice())?;
        let (bits, body) = body.split_first()?;
        let (steps, body) = body.split_at_checked(4)?;
        let steps = f32::from_le_bytes(steps.try_into().ok()?);
        if u32::from(*bits) != BUCKET_BITS || body.len() != BUCKETS * TAGS * 2 || steps <= 0.0 {
            return None;
        }
        let floor = QUANT_FLOOR as f32;
        let weights = body
            .chunks_exact(2)
            .map(|c| {
                let q = f32::from(i16::from_le_bytes([c[0], c[1]]));
                q.signum() * floor * ((q.abs() / steps).exp() - 1.0)
            })
            .collect();
        Some(Tagger { weights })
    }

    /// Tags every token of every sentence.
    pub fn tag(&self, input: &TagInput<'_>) -> Vec<u8> {
        self.tag_with_margins(input).0
    }

    /// Tags every token, with how far each chosen tag's score lies above the next best one.
    pub fn tag_with_margins(&self, input: &TagInput<'_>) -> (Vec<u8>, Vec<f32>) {
        let mut tags = vec![O; input.len()];
        let mut margins = vec![0f32; input.len()];
        let mut feats = Vec::with_capacity(32);
        for sentence in &input.seg.sentences {
            let (a, b) = (sentence.first_token, sentence.end_token.min(input.len()));
            for i in a..b {
                let prev = if i > a { tags[i - 1] } else { O };
                let prev2 = if i > a + 1 { tags[i - 2] } else { O };
                features(input, a, b, i, &mut feats);
                tag_features(input.lw(i), prev, prev2, &mut feats);
                let mut scores = [0f32; TAGS];
                for &f in &feats {
                    let row = &self.weights[f as usize * TAGS..f as usize * TAGS + TAGS];
                    for (s, &w) in scores.iter_mut().zip(row) {
                        *s += w;
                    }
                }
                let chosen = best(&scores, prev);
                tags[i] = chosen;
                margins[i] = (0..TAGS)
                    .filter(|&t| t != chosen as usize && allowed(prev, t as u8))
                    .map(|t| scores[chosen as usize] - scores[t])
                    .fold(f32::INFINITY, f32::min);
            }
        }
        (tags, margins)
    }
}

fn best<T: PartialOrd + Copy>(scores: &[T; TAGS], prev: u8) -> u8 {
    let mut best = O;
    for tag in 1..TAGS as u8 {
        if allowed(prev, tag) && scores[tag as usize] > scores[best as usize] {
            best = tag;
        }
    }
    best
}

/// Averaged-perceptron training (the lazy-update form of averaging).
pub struct Trainer {
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    clock: u32,
}

impl Default for Trainer {
    fn default() -> Trainer {
        Trainer {
            weights: vec![0.0; BUCKETS * TAGS],
            totals: vec![0.0; BUCKETS * TAGS],
            stamps: vec![0; BUCKETS * TAGS],
            clock: 0,
        }
    }
}

impl Trainer {
    fn update(&mut self, index: usize, delta: f32) {
        let idle = self.clock - self.stamps[index];
        self.totals[index] += f64::from(idle) * f64::from(self.weights[index]);
        self.stamps[index] = self.clock;
        self.weights[index] += delta;
    }

    /// One pass over one document's sentences with its gold tags; returns the tokens wrong.
    pub fn train_document(&mut self, input: &TagInput<'_>, gold: &[u8]) -> usize {
        let mut wrong = 0;
        let mut predicted = vec![O; input.len()];
        let mut feats = Vec::with_capacity(32);
        for sentence in &input.seg.sentences {
            let (a, b) = (sentence.first_token, sentence.end_token.min(input.len()));
            for i in a..b {
                self.clock += 1;
                let prev = if i > a { predicted[i - 1] } else { O };
                let prev2 = if i > a + 1 { predicted[i - 2] } else { O };
                features(input, a, b, i, &mut feats);
                tag_features(input.lw(i), prev, prev2, &mut feats);
                let mut scores = [0f32; TAGS];
                for &f in &feats {
                    let row = &self.weights[f as usize * TAGS..f as usize * TAGS + TAGS];
                    for (s, &w) in scores.iter_mut().zip(row) {
                        *s += w;
                    }
                }
                let guess = best(&scores, prev);
                let truth = gold[i];
                if guess != truth {
                    wrong += 1;
                    for &f in &feats {
                        self.update(f as usize * TAGS + truth as usize, 1.0);
                        self.update(f as usize * TAGS + guess as usize, -1.0);
                    }
                }
                // Greedy training on its own previous decisions, as at tagging time, except
                // that an impossible gold transition is not taught.
                predicted[i] = if allowed(prev, truth) { truth } else { guess };
            }
        }
        wrong
    }

    /// The averaged weights, quantized to `i16`, as model bytes.
    pub fn finish(mut self) -> Vec<u8> {
        let n = self.weights.len();
        for index in 0..n {
            self.update(index, 0.0);
        }
        let clock = f64::from(self.clock.max(1));
        let averaged: Vec<f64> = self.totals.iter().map(|t| t / clock).collect();
        let largest = averaged.iter().fold(0.0f64, |m, w| m.max(w.abs()));
        // Logarithmic steps: small weights keep their resolution next to the few large ones.
        let steps = f64::from(i16::MAX) / (1.0 + largest / QUANT_FLOOR).ln().max(1e-9);
        // Rounded to what the reader gets back, so both sides use the same steps.
        let steps = f64::from(steps as f32);
        let mut out = Vec::with_capacity(MAGIC.len() + 1 + n * 2);
        out.extend_from_slice(MAGIC);
        out.push(BUCKET_BITS as u8);
        out.extend_from_slice(&(steps as f32).to_le_bytes());
        for w in averaged {
            let q = (steps * (1.0 + w.abs() / QUANT_FLOOR).ln()).round() * w.signum();
            out.extend_from_slice(&(q as i16).to_le_bytes());
        }
        out
    }
}

/// Gold tags of one document from byte spans: cues over sources over contents.
pub fn gold_tags(
    seg: &Segmentation,
    cues: &[model::Span],
    sources: &[model::Span],
    contents: &[model::Span],
) -> Vec<u8> {
    let mut tags = vec![O; seg.tokens.len()];
    let mut owner = vec![usize::MAX; seg.tokens.len()];
    let layers: [(&[model::Span], u8); 3] =
        [(contents, B_CONTENT), (sources, B_SOURCE), (cues, B_CUE)];
    for (spans, begin) in layers {
        for (n, span) in spans.iter().enumerate() {
            let first = seg.tokens.partition_point(|t| t.span.end <= span.start);
            let mut i = first;
            while i < seg.tokens.len() && seg.tokens[i].span.start < span.end {
                let continues = i > first && owner[i - 1] == n * 8 + begin as usize;
                tags[i] = if continues { begin + 1 } else { begin };
                owner[i] = n * 8 + begin as usize;
                i += 1;
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Span;
    use proptest::prelude::*;

    fn span_of(text: &str, part: &str) -> Span {
        let start = text.find(part).expect("part in text");
        Span::new(start, start + part.len())
    }

    #[test]
    fn gold_tags_mark_begin_and_inside_with_cues_over_contents() {
        let text = "The mayor said the bridge will reopen.";
        let seg = text::segment(text);
        let tags = gold_tags(
            &seg,
            &[span_of(text, "said")],
            &[span_of(text, "The mayor")],
            &[span_of(text, "the bridge will reopen")],
        );
        assert_eq!(
            tags,
            vec![B_SOURCE, I_SOURCE, B_CUE, B_CONTENT, I_CONTENT, I_CONTENT, I_CONTENT, O]
        );
    }

    #[test]
    fn the_built_in_model_loads_and_finds_a_plain_report() {
        let tagger = BUILTIN.as_ref().expect("model/tagger.bin is a model");
        let text = "The governor said on Monday that the new school will open in May.";
        let seg = text::segment(text);
        let tags = tagger.tag(&TagInput::new(text, &seg));
        let said = seg
            .tokens
            .iter()
            .position(|t| t.span.of(text) == "said")
            .expect("said");
        assert_eq!(tags[said], B_CUE);
        let school = seg
            .tokens
            .iter()
            .position(|t| t.span.of(text) == "school")
            .expect("school");
        assert_eq!(tags[school], I_CONTENT);
    }

    #[test]
    fn a_model_of_the_wrong_size_is_refused() {
        assert!(Tagger::from_bytes(b"ATAG0001").is_none());
        assert!(Tagger::from_bytes(&[0u8; 64]).is_none());
    }

    #[test]
    fn training_twice_gives_the_same_bytes_and_learns_the_example() {
        let text = "Officials said the road is closed. The road is wet.";
        let seg = text::segment(text);
        let gold = gold_tags(
            &seg,
            &[span_of(text, "said")],
            &[span_of(text, "Officials")],
            &[span_of(text, "the road is closed")],
        );
        let train = || {
            let mut trainer = Trainer::default();
            for _ in 0..3 {
                trainer.train_document(&TagInput::new(text, &seg), &gold);
            }
            trainer.finish()
        };
        let model = train();
        assert_eq!(model, train());
        let tagger = Tagger::from_bytes(&model).expect("a model");
        assert_eq!(tagger.tag(&TagInput::new(text, &seg)), gold);
    }

    proptest! {
        #[test]
        fn tagging_never_panics_and_gives_one_valid_tag_per_token(text in "\\PC{0,200}") {
            let seg = text::segment(&text);
            let tagger = BUILTIN.as_ref().expect("model");
            let tags = tagger.tag(&TagInput::new(&text, &seg));
            prop_assert_eq!(tags.len(), seg.tokens.len());
            prop_assert!(tags.iter().all(|&t| (t as usize) < TAGS));
        }
    }
}
