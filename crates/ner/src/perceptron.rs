//! The averaged perceptron: greedy left-to-right BILOU decoding over hashed features, the
//! training-time dense weights, and the compact shipped model (sparse, quantized to i16).

use crate::features::{
    dynamic_features, nonlocal_features, static_features, DocView, History, NonLocalFeatures,
    StaticFeatures, BUCKET_BITS,
};
use crate::tags::{Position, Tag, TAG_COUNT};
use std::sync::OnceLock;

pub type Scores = [f32; TAG_COUNT];

/// Something that scores feature buckets, and during training learns from mistakes.
pub trait Weights {
    fn add_scores(&self, buckets: &[u32], scores: &mut Scores);
    /// Called when the guess was wrong; the shipped model never learns.
    fn update(&mut self, _buckets: &[u32], _truth: Tag, _guess: Tag) {}
}

/// Tags one document greedily. With `gold`, the weights are updated at every wrong guess
/// and decoding continues from the guess (so training sees its own mistakes as history).
pub fn tag_document<W: Weights>(doc: &DocView, weights: &mut W, gold: Option<&[Tag]>) -> Vec<Tag> {
    decode(doc, &static_features(doc), None, weights, gold)
}

/// The two-stage tagger: a first pass, then a second one that also sees the first pass's
/// tags of the whole document ([`nonlocal_features`]).
pub fn tag_two_stage<W1: Weights, W2: Weights>(
    doc: &DocView,
    first: &mut W1,
    second: &mut W2,
) -> Vec<Tag> {
    let feats = static_features(doc);
    let prior = decode(doc, &feats, None, first, None);
    let extra = nonlocal_features(doc, &feats, &prior);
    decode(doc, &feats, Some(&extra), second, None)
}

/// Greedy decoding over precomputed static features, plus second-pass features if given.
pub fn decode<W: Weights>(
    doc: &DocView,
    feats: &StaticFeatures,
    extra: Option<&NonLocalFeatures>,
    weights: &mut W,
    gold: Option<&[Tag]>,
) -> Vec<Tag> {
    greedy(
        doc,
        feats,
        extra,
        &mut Learner {
            weights,
            feats,
            gold,
            all: Vec::with_capacity(64),
        },
    )
}

/// The token greedy decoding is about to tag, and what it knows of the tags before it.
pub struct Step<'a> {
    pub i: usize,
    pub prev: Tag,
    pub prev2: Tag,
    /// The entity type each capitalised word was last tagged with in the document.
    pub history: &'a History,
}

/// What greedy decoding needs from a model: the scores of token `i` given its dynamic (and
/// second-pass) feature buckets, and, in training, a chance to learn from the guess.
pub trait Decoder {
    type Score: Copy + PartialOrd;
    fn scores(&mut self, i: usize, dynamic: &[u32]) -> [Self::Score; TAG_COUNT];
    /// The scores of the token at `step`: by default the buckets of [`dynamic_features`] and
    /// then `extra`'s are put in `dynamic` (which [`Decoder::learn`] then sees) and scored
    /// with [`Decoder::scores`]. A model may score the same features another way, leaving
    /// `dynamic` as it is, when it never learns.
    fn scores_at(
        &mut self,
        doc: &DocView,
        feats: &StaticFeatures,
        extra: Option<&NonLocalFeatures>,
        step: &Step,
        dynamic: &mut Vec<u32>,
    ) -> [Self::Score; TAG_COUNT] {
        let Step {
            i,
            prev,
            prev2,
            history,
        } = *step;
        dynamic_features(feats, &doc.words, i, prev, prev2, history, dynamic);
        if let Some(extra) = extra {
            dynamic.extend_from_slice(extra.of(i));
        }
        self.scores(i, dynamic)
    }
    fn learn(&mut self, _i: usize, _dynamic: &[u32], _guess: Tag) {}
}

/// Generic weights as a [`Decoder`]: static then dynamic buckets summed in f32, and updates
/// at every wrong guess when gold tags are given.
struct Learner<'a, W> {
    weights: &'a mut W,
    feats: &'a StaticFeatures,
    gold: Option<&'a [Tag]>,
    all: Vec<u32>,
}

impl<W: Weights> Decoder for Learner<'_, W> {
    type Score = f32;
    fn scores(&mut self, i: usize, dynamic: &[u32]) -> Scores {
        let mut scores = [0f32; TAG_COUNT];
        self.weights.add_scores(self.feats.of(i), &mut scores);
        self.weights.add_scores(dynamic, &mut scores);
        scores
    }
    fn learn(&mut self, i: usize, dynamic: &[u32], guess: Tag) {
        if let Some(gold) = self.gold {
            if gold[i] != guess {
                self.all.clear();
                self.all.extend_from_slice(self.feats.of(i));
                self.all.extend_from_slice(dynamic);
                self.weights.update(&self.all, gold[i], guess);
            }
        }
    }
}

/// The greedy left-to-right decoder shared by training, the generic path and the fast one.
pub fn greedy<D: Decoder>(
    doc: &DocView,
    feats: &StaticFeatures,
    extra: Option<&NonLocalFeatures>,
    decoder: &mut D,
) -> Vec<Tag> {
    let mut tags = vec![Tag::O; doc.words.len()];
    let mut history = History::default();
    let mut dynamic = Vec::with_capacity(24);
    for &(first, end) in &doc.sentences {
        let mut prev = Tag::O;
        let mut prev2 = Tag::O;
        let mut entity_start = first;
        for i in first..end {
            // An unscored lower-case word is O ([`crate::features::unscored_tokens`]). A name
            // still open before it ("the Euro zone is") ends at the word before.
            if feats.is_unscored(i) {
                if let (Some(t), true) = (prev.entity_type(), prev.is_open()) {
                    let position = match prev.position() {
                        Some(Position::Begin) => Position::Unit,
                        _ => Position::Last,
                    };
                    prev = Tag::new(t, position);
                    tags[i - 1] = prev;
                    remember_entity(&mut history, doc, feats, entity_start..i, t);
                }
                prev2 = prev;
                prev = Tag::O;
                continue;
            }
            let step = Step {
                i,
                prev,
                prev2,
                history: &history,
            };
            let scores = decoder.scores_at(doc, feats, extra, &step, &mut dynamic);
            let last = i + 1 == end;
            let best = argmax(&scores, |tag| tag.may_follow(prev, last));
            decoder.learn(i, &dynamic, best);
            if let Some(slot) = tags.get_mut(i) {
                *slot = best;
            }
            if best.position() == Some(Position::Begin) || best.position() == Some(Position::Unit) {
                entity_start = i;
            }
            if let (Some(t), false) = (best.entity_type(), best.is_open()) {
                remember_entity(&mut history, doc, feats, entity_start..i + 1, t);
            }
            prev2 = prev;
            prev = best;
        }
    }
    tags
}

/// Records the type of a name just closed for each of its capitalised words: only those
/// carry a reusable decision; a comma inside one name says nothing about the next comma.
fn remember_entity(
    history: &mut History,
    doc: &DocView,
    feats: &StaticFeatures,
    tokens: std::ops::Range<usize>,
    entity_type: usize,
) {
    for k in tokens {
        if crate::features::is_capitalized(doc.words[k]) {
            history.insert(feats.info[k].lower_key, entity_type as u8);
        }
    }
}

/// The best-scoring tag among those `allowed` (the first one on ties).
fn argmax<S: Copy + PartialOrd>(scores: &[S; TAG_COUNT], allowed: impl Fn(Tag) -> bool) -> Tag {
    let mut best = Tag::O;
    let mut best_score: Option<S> = None;
    for (t, &s) in scores.iter().enumerate() {
        let tag = Tag(t as u8);
        if best_score.is_none_or(|b| s > b) && allowed(tag) {
            best = tag;
            best_score = Some(s);
        }
    }
    best
}

/// Dense weights with lazy averaging, for training.
pub struct TrainWeights {
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    clock: u32,
}

impl Default for TrainWeights {
    fn default() -> Self {
        Self::new()
    }
}

impl TrainWeights {
    pub fn new() -> TrainWeights {
        let n = (1usize << BUCKET_BITS) * TAG_COUNT;
        TrainWeights {
            weights: vec![0.0; n],
            totals: vec![0.0; n],
            stamps: vec![0; n],
            clock: 0,
        }
    }
    /// Advances the averaging clock: call once per token seen.
    pub fn tick(&mut self) {
        self.clock += 1;
    }
    fn bump(&mut self, index: usize, delta: f32) {
        let elapsed = self.clock - self.stamps[index];
        self.totals[index] += f64::from(elapsed) * f64::from(self.weights[index]);
        self.stamps[index] = self.clock;
        self.weights[index] += delta;
    }
    /// The averaged weights, as a sparse quantized model.
    pub fn average(mut self) -> Model {
        for i in 0..self.weights.len() {
            let elapsed = self.clock - self.stamps[i];
            self.totals[i] += f64::from(elapsed) * f64::from(self.weights[i]);
        }
        let clock = f64::from(self.clock.max(1));
        let averaged: Vec<f32> = self.totals.iter().map(|t| (t / clock) as f32).collect();
        Model::quantize(&averaged)
    }
}

impl Weights for TrainWeights {
    fn add_scores(&self, buckets: &[u32], scores: &mut Scores) {
        for &b in buckets {
            let row = &self.weights[b as usize * TAG_COUNT..][..TAG_COUNT];
            for (s, w) in scores.iter_mut().zip(row) {
                *s += w;
            }
        }
    }
    fn update(&mut self, buckets: &[u32], truth: Tag, guess: Tag) {
        for &b in buckets {
            let base = b as usize * TAG_COUNT;
            self.bump(base + truth.0 as usize, 1.0);
            self.bump(base + guess.0 as usize, -1.0);
        }
    }
}

/// The shipped model: the non-zero rows of the averaged weights, quantized to i16, found by
/// bucket through an open-addressing table.
pub struct Model {
    rows: Vec<i16>,
    /// Bucket ids of the rows, in row order (for saving).
    row_buckets: Vec<u32>,
    scale: f32,
    /// Built on the first look-up: the tagger reads only [`Model::weight_rows`] (or the bytes,
    /// [`ModelRows`]) and never needs it.
    slots: OnceLock<SlotTable>,
}

/// Open addressing from bucket to row.
struct SlotTable {
    bits: u32,
    /// Bucket id per slot, `u32::MAX` where empty.
    buckets: Vec<u32>,
    /// Row index per slot.
    rows: Vec<u32>,
}

impl SlotTable {
    fn new(row_buckets: &[u32]) -> SlotTable {
        let mut bits = 4;
        while (1usize << bits) < row_buckets.len() * 2 {
            bits += 1;
        }
        let mut table = SlotTable {
            bits,
            buckets: vec![u32::MAX; 1 << bits],
            rows: vec![0; 1 << bits],
        };
        for (r, &b) in row_buckets.iter().enumerate() {
            let mut s = table.home(b);
            while table.buckets[s] != u32::MAX {
                s = (s + 1) & (table.buckets.len() - 1);
            }
            table.buckets[s] = b;
            table.rows[s] = r as u32;
        }
        table
    }

    fn home(&self, bucket: u32) -> usize {
        (bucket.wrapping_mul(0x9e37_79b1) >> (32 - self.bits)) as usize
    }

    /// The row index of `bucket`, if the model has it.
    fn row(&self, bucket: u32) -> Option<usize> {
        let mask = self.buckets.len() - 1;
        let mut s = self.home(bucket);
        loop {
            let key = self.buckets[s];
            if key == bucket {
                return Some(self.rows[s] as usize);
            }
            if key == u32::MAX {
                return None;
            }
            s = (s + 1) & mask;
        }
    }
}

const MAGIC: &[u8; 4] = b"NERP";
/// Averaged weights smaller than this many quanta are dropped: they rarely decide a tag and
/// would double the model's size.
const MIN_QUANTA: i32 = 0;

impl Model {
    fn quantize(averaged: &[f32]) -> Model {
        let max = averaged.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut row_buckets = Vec::new();
        let mut rows = Vec::new();
        for (b, row) in averaged.chunks(TAG_COUNT).enumerate() {
            let q: Vec<i16> = row
                .iter()
                .map(|w| {
                    let v = (w / scale).round() as i32;
                    if v.abs() < MIN_QUANTA {
                        0
                    } else {
                        v.clamp(-32767, 32767) as i16
                    }
                })
                .collect();
            if q.iter().any(|&v| v != 0) {
                row_buckets.push(b as u32);
                rows.extend_from_slice(&q);
            }
        }
        Model::from_rows(row_buckets, rows, scale)
    }

    fn from_rows(row_buckets: Vec<u32>, rows: Vec<i16>, scale: f32) -> Model {
        Model {
            rows,
            row_buckets,
            scale,
            slots: OnceLock::new(),
        }
    }

    fn row(&self, bucket: u32) -> Option<&[i16]> {
        let slots = self.slots.get_or_init(|| SlotTable::new(&self.row_buckets));
        let r = slots.row(bucket)?;
        Some(&self.rows[r * TAG_COUNT..][..TAG_COUNT])
    }

    /// Every stored row: its bucket and its weights (in quanta), in bucket order.
    pub fn weight_rows(&self) -> impl Iterator<Item = (u32, &[i16])> {
        self.row_buckets
            .iter()
            .copied()
            .zip(self.rows.chunks_exact(TAG_COUNT))
    }

    pub fn row_count(&self) -> usize {
        self.row_buckets.len()
    }

    /// Serializes: magic, tag count, bucket bits, scale, row count, then per row the bucket
    /// delta, a bit mask of non-zero tags and their zig-zag values, all as LEB128 varints.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(TAG_COUNT as u8);
        out.push(BUCKET_BITS as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.row_buckets.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for (r, &b) in self.row_buckets.iter().enumerate() {
            write_varint(&mut out, u64::from(b - last));
            last = b;
            let row = &self.rows[r * TAG_COUNT..][..TAG_COUNT];
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, &v)| v != 0)
                .fold(0u64, |m, (t, _)| m | 1 << t);
            write_varint(&mut out, mask);
            for &v in row.iter().filter(|&&v| v != 0) {
                let v = i64::from(v);
                write_varint(&mut out, ((v << 1) ^ (v >> 63)) as u64);
            }
        }
        out
    }

    /// Reads what [`Model::to_bytes`] wrote; None on any inconsistency.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let read = ModelRows::from_bytes(bytes)?;
        Some(Model::from_rows(
            read.buckets,
            read.weights.into_flattened(),
            read.scale,
        ))
    }

    /// The stored rows: bucket ids in bucket order, and their weights (in quanta).
    pub(crate) fn rows(&self) -> (&[u32], &[[i16; TAG_COUNT]]) {
        (&self.row_buckets, self.rows.as_chunks().0)
    }
}

/// A model's rows as its bytes ([`Model::to_bytes`]) hold them, without the look-up table of
/// a [`Model`]: what the merged tagging model is built from.
pub struct ModelRows {
    /// Bucket ids, in bucket order.
    pub buckets: Vec<u32>,
    /// The weights (in quanta) of each bucket.
    pub weights: Vec<[i16; TAG_COUNT]>,
    pub scale: f32,
}

impl ModelRows {
    /// None on any inconsistency.
    pub fn from_bytes(bytes: &[u8]) -> Option<ModelRows> {
        let rest = bytes.strip_prefix(MAGIC)?;
        if *rest.first()? as usize != TAG_COUNT || u32::from(*rest.get(1)?) != BUCKET_BITS {
            return None;
        }
        let scale = f32::from_le_bytes(rest.get(2..6)?.try_into().ok()?);
        let count = u32::from_le_bytes(rest.get(6..10)?.try_into().ok()?) as usize;
        let mut cursor = &rest[10..];
        let mut buckets = Vec::with_capacity(count);
        let mut weights = Vec::with_capacity(count);
        let mut last = 0u64;
        for _ in 0..count {
            last += read_varint(&mut cursor)?;
            if last >= 1 << BUCKET_BITS {
                return None;
            }
            buckets.push(last as u32);
            let mask = read_varint(&mut cursor)?;
            let mut row = [0i16; TAG_COUNT];
            // Only the tags' bits count: a value is stored for each of those, in tag order.
            let mut tags = mask & ((1 << TAG_COUNT) - 1);
            while tags != 0 {
                let t = tags.trailing_zeros() as usize;
                tags &= tags - 1;
                let z = read_varint(&mut cursor)?;
                let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
                row[t] = i16::try_from(v).ok()?;
            }
            weights.push(row);
        }
        Some(ModelRows {
            buckets,
            weights,
            scale,
        })
    }
}

impl Weights for Model {
    fn add_scores(&self, buckets: &[u32], scores: &mut Scores) {
        for &b in buckets {
            if let Some(row) = self.row(b) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += f32::from(w);
                }
            }
        }
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads one LEB128 varint; the model's bucket gaps and weights mostly fit one or two bytes,
/// read inline (a call each costs as much as the reading).
#[inline(always)]
fn read_varint(cursor: &mut &[u8]) -> Option<u64> {
    let bytes: &[u8] = cursor;
    match *bytes {
        [low, ref rest @ ..] if low < 0x80 => {
            *cursor = rest;
            Some(u64::from(low))
        }
        [low, high, ref rest @ ..] if high < 0x80 => {
            *cursor = rest;
            Some(u64::from(low & 0x7f) | u64::from(high) << 7)
        }
        _ => read_long_varint(cursor),
    }
}

fn read_long_varint(cursor: &mut &[u8]) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let (&b, rest) = cursor.split_first()?;
        *cursor = rest;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores that open a PER name at every token and never close it.
    struct OpensNames;

    impl Decoder for OpensNames {
        type Score = i32;
        fn scores(&mut self, _i: usize, _dynamic: &[u32]) -> [i32; TAG_COUNT] {
            let mut scores = [0; TAG_COUNT];
            scores[Tag::new(0, Position::Begin).0 as usize] = 2;
            scores[Tag::new(0, Position::Inside).0 as usize] = 3;
            scores
        }
        fn scores_at(
            &mut self,
            _doc: &DocView,
            _feats: &StaticFeatures,
            _extra: Option<&NonLocalFeatures>,
            step: &Step,
            dynamic: &mut Vec<u32>,
        ) -> [i32; TAG_COUNT] {
            self.scores(step.i, dynamic)
        }
    }

    #[test]
    fn a_name_open_before_an_unscored_word_ends_at_the_word_before() {
        let words = ["Bank", "of", "Ruritania", "said", "it", "would", "."];
        let doc = DocView {
            words: words.to_vec(),
            sentences: vec![(0, words.len())],
            space_before: vec![true; words.len()],
        };
        let feats = crate::features::static_features_in(&doc, crate::features::Layout::SharedWords);
        // "said" follows a capitalised word: scored. "it", "would" and the full stop are not.
        assert_eq!(
            feats.unscored,
            [false, false, false, false, true, true, true]
        );
        let tags = greedy(&doc, &feats, None, &mut OpensNames);
        let per = |p| Tag::new(0, p);
        assert_eq!(
            tags,
            [
                per(Position::Begin),
                per(Position::Inside),
                per(Position::Inside),
                per(Position::Last),
                Tag::O,
                Tag::O,
                Tag::O,
            ]
        );
    }

    #[test]
    fn model_bytes_round_trip() {
        let mut averaged = vec![0f32; 1000 * TAG_COUNT];
        averaged[5 * TAG_COUNT + 3] = 2.5;
        averaged[5 * TAG_COUNT + 16] = -1.0;
        averaged[900 * TAG_COUNT] = 0.75;
        let model = Model::quantize(&averaged);
        assert_eq!(model.row_count(), 2);
        let back = Model::from_bytes(&model.to_bytes()).expect("decodes");
        let mut a = [0f32; TAG_COUNT];
        let mut b = [0f32; TAG_COUNT];
        model.add_scores(&[5, 900, 77], &mut a);
        back.add_scores(&[5, 900, 77], &mut b);
        assert_eq!(a, b);
        assert!(a[3] > 0.0 && a[16] < 0.0 && a[0] > 0.0);
    }

    #[test]
    fn corrupt_model_bytes_are_rejected() {
        assert!(Model::from_bytes(b"NERP").is_none());
        assert!(Model::from_bytes(b"junk and more junk").is_none());
    }
}
