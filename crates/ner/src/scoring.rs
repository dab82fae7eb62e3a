//! Fast decoding with the two shipped models: one table holds both passes' weights, so each
//! static feature is looked up once for both passes, and the static part of every token's
//! scores is summed once per document before either pass decodes.
//!
//! Why the result equals [`crate::perceptron::tag_two_stage`] with the same models: the
//! weights are integers (i16 quanta) and the sums are kept in i32, which is exact; the f32
//! sums of the generic path are exact too while they stay below 2^24 in magnitude (a token has
//! about 60 features of at most 32767), so both pick the same tag, ties included (the first
//! allowed tag of the highest score).
//!
//! Layout: a bitmap over the 2^21 feature buckets with a running count per 64-bucket word
//! (512 KB, cache-resident) maps a bucket to its row, or to row 0 (all zero) when neither
//! model has it, without probing or branching; each row holds both models' 17 weights side by
//! side (68 bytes, usually one or two cache lines for both passes).

use crate::features::{nonlocal_features, static_features, DocView, StaticFeatures, BUCKET_BITS};
use crate::perceptron::{greedy, Decoder, Model};
use crate::tags::{Tag, TAG_COUNT};

/// Both passes' weights for one bucket: first pass, then second pass.
type PairRow = [i16; 2 * TAG_COUNT];
/// Summed scores of both passes.
type PairScores = [i32; 2 * TAG_COUNT];

/// One 64-bucket word of the presence bitmap and the row number of its first present bucket.
#[derive(Clone, Copy, Default)]
#[repr(align(16))]
struct IndexWord {
    present: u64,
    first_row: u32,
}

/// The two passes' models merged under one bucket index.
pub struct TwoPassModel {
    index: Vec<IndexWord>,
    /// Row 0 is all zeros: the row of every bucket neither model has.
    rows: Vec<PairRow>,
}

impl TwoPassModel {
    pub fn new(first: &Model, second: &Model) -> TwoPassModel {
        let words = (1usize << BUCKET_BITS) / 64;
        let mut present = vec![0u64; words];
        for (bucket, _) in first.weight_rows().chain(second.weight_rows()) {
            present[bucket as usize / 64] |= 1 << (bucket % 64);
        }
        let mut index = Vec::with_capacity(words);
        let mut next_row = 1u32;
        for &bits in &present {
            index.push(IndexWord {
                present: bits,
                first_row: next_row,
            });
            next_row += bits.count_ones();
        }
        let mut model = TwoPassModel {
            index,
            rows: vec![[0; 2 * TAG_COUNT]; next_row as usize],
        };
        for (half, pass) in [first, second].into_iter().enumerate() {
            for (bucket, weights) in pass.weight_rows() {
                let r = model.row_of(bucket) as usize;
                model.rows[r][half * TAG_COUNT..][..TAG_COUNT].copy_from_slice(weights);
            }
        }
        model
    }

    /// The row of a bucket, 0 when absent (or out of range).
    #[inline]
    fn row_of(&self, bucket: u32) -> u32 {
        let Some(word) = self.index.get((bucket / 64) as usize) else {
            return 0;
        };
        let bit = 1u64 << (bucket % 64);
        let row = word.first_row + (word.present & (bit - 1)).count_ones();
        // Branch-free: keeps many independent loads in flight.
        row & 0u32.wrapping_sub(u32::from(word.present & bit != 0))
    }

    #[inline]
    fn row(&self, bucket: u32) -> &PairRow {
        &self.rows[self.row_of(bucket) as usize]
    }

    /// Both passes' static scores of every token.
    fn static_scores(&self, feats: &StaticFeatures) -> Vec<PairScores> {
        let rows: Vec<u32> = feats.buckets.iter().map(|&b| self.row_of(b)).collect();
        // Rows are mostly cache misses: ask for them well ahead of their use.
        const AHEAD: usize = 24;
        for &r in rows.iter().take(AHEAD) {
            self.prefetch_row(r);
        }
        feats
            .offsets
            .windows(2)
            .map(|w| {
                let mut sum = [0i32; 2 * TAG_COUNT];
                for k in w[0]..w[1] {
                    if let Some(&ahead) = rows.get(k + AHEAD) {
                        self.prefetch_row(ahead);
                    }
                    let row = &self.rows[rows[k] as usize];
                    for (s, &v) in sum.iter_mut().zip(row) {
                        *s += i32::from(v);
                    }
                }
                sum
            })
            .collect()
    }

    /// Hints the cache to fetch a row (both of its cache lines).
    #[inline]
    fn prefetch_row(&self, r: u32) {
        #[cfg(target_arch = "x86_64")]
        if let Some(row) = self.rows.get(r as usize) {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let p = row.as_ptr().cast::<i8>();
            // SAFETY: prefetching is a hint that never faults, and both addresses lie
            // inside the row.
            unsafe {
                _mm_prefetch::<_MM_HINT_T0>(p);
                _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(size_of::<PairRow>() - 1));
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = r;
    }

    /// Tags a document with both passes; the same tags as
    /// [`crate::perceptron::tag_two_stage`] with the two models.
    pub fn tag(&self, doc: &DocView) -> Vec<Tag> {
        let feats = static_features(doc);
        let statics = self.static_scores(&feats);
        let prior = greedy(
            doc,
            &feats,
            None,
            &mut Pass {
                model: self,
                statics: &statics,
                half: 0,
            },
        );
        let extra = nonlocal_features(doc, &feats, &prior);
        greedy(
            doc,
            &feats,
            Some(&extra),
            &mut Pass {
                model: self,
                statics: &statics,
                half: 1,
            },
        )
    }
}

/// One pass's view of the merged model.
struct Pass<'a> {
    model: &'a TwoPassModel,
    statics: &'a [PairScores],
    half: usize,
}

impl Decoder for Pass<'_> {
    type Score = i32;
    fn scores(&mut self, i: usize, dynamic: &[u32]) -> [i32; TAG_COUNT] {
        let mut scores = [0i32; TAG_COUNT];
        scores.copy_from_slice(&self.statics[i][self.half * TAG_COUNT..][..TAG_COUNT]);
        for &b in dynamic {
            let row = &self.model.row(b)[self.half * TAG_COUNT..][..TAG_COUNT];
            for (s, &v) in scores.iter_mut().zip(row) {
                *s += i32::from(v);
            }
        }
        scores
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{tag_two_stage, Scores, Weights};

    struct Frozen<'m>(&'m Model);

    impl Weights for Frozen<'_> {
        fn add_scores(&self, buckets: &[u32], scores: &mut Scores) {
            self.0.add_scores(buckets, scores);
        }
    }

    fn shipped() -> (Model, Model) {
        (
            Model::from_bytes(include_bytes!("../model/ner.bin")).expect("first model"),
            Model::from_bytes(include_bytes!("../model/ner2.bin")).expect("second model"),
        )
    }

    #[test]
    fn merged_model_tags_exactly_like_the_generic_two_stage_path() {
        let (first, second) = shipped();
        let merged = TwoPassModel::new(&first, &second);
        let sentences: [&[&str]; 3] = [
            &[
                "Marta", "Ilves", "told", "Radio", "Kuusk", "in", "Tallinn", ".",
            ],
            &["ILVES", "WINS", "IN", "OSLO"],
            &[
                "Ilves", ",", "a", "Finnish", "banker", ",", "met", "Acme", "Corp", ".",
            ],
        ];
        let mut words = Vec::new();
        let mut ranges = Vec::new();
        for s in sentences {
            let first = words.len();
            words.extend_from_slice(s);
            ranges.push((first, words.len()));
        }
        let doc = DocView {
            space_before: vec![true; words.len()],
            words,
            sentences: ranges,
        };
        let generic = tag_two_stage(&doc, &mut Frozen(&first), &mut Frozen(&second));
        let fast = merged.tag(&doc);
        assert_eq!(generic, fast);
        // The test would be vacuous without entities.
        assert!(
            fast.iter().filter(|t| **t != Tag::O).count() >= 4,
            "{fast:?}"
        );
    }

    #[test]
    fn absent_and_out_of_range_buckets_score_zero() {
        let (first, second) = shipped();
        let merged = TwoPassModel::new(&first, &second);
        assert_eq!(merged.row_of(u32::MAX), 0);
        let zero_rows = (0..1u32 << BUCKET_BITS)
            .filter(|&b| merged.row_of(b) == 0)
            .count();
        assert!(zero_rows > 0);
        assert!(merged.rows[0].iter().all(|&w| w == 0));
        assert_eq!(merged.rows.len(), (1 << BUCKET_BITS) - zero_rows + 1);
    }
}
