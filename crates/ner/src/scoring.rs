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
//!
//! The loops over buckets (look-up, widening i16 weights to i32 sums) run in `widen`, built
//! for AVX2 and POPCNT where the processor has them: the baseline build counts bits in software
//! and widens four lanes per instruction, which made these loops a third of the tagger's
//! instructions.

use crate::features::{
    history_bucket, nonlocal_features, past_type, static_features, tag_pair_buckets,
    word_tag_buckets, DocView, NonLocalFeatures, StaticFeatures, BUCKET_BITS,
};
use crate::perceptron::{greedy, Decoder, Model, Step};
use crate::tags::{Tag, TAG_COUNT, TYPE_COUNT};

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
    /// The summed rows of [`tag_pair_buckets`] for every previous two tags, at
    /// `prev * TAG_COUNT + prev2`: two of a token's six dynamic features, scored once here.
    tag_pairs: Vec<PairScores>,
    /// The row of [`history_bucket`] for every past type (`0..=TYPE_COUNT`).
    histories: Vec<PairScores>,
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
            tag_pairs: Vec::new(),
            histories: Vec::new(),
        };
        for (half, pass) in [first, second].into_iter().enumerate() {
            for (bucket, weights) in pass.weight_rows() {
                let r = model.row_of(bucket) as usize;
                model.rows[r][half * TAG_COUNT..][..TAG_COUNT].copy_from_slice(weights);
            }
        }
        let tags = || (0..TAG_COUNT as u8).map(Tag);
        model.tag_pairs = tags()
            .flat_map(|prev| tags().map(move |prev2| tag_pair_buckets(prev, prev2)))
            .map(|buckets| model.summed_rows(&buckets))
            .collect();
        model.histories = (0..=TYPE_COUNT as u8)
            .map(|past| model.summed_rows(&[history_bucket(past)]))
            .collect();
        model
    }

    /// The sum of the rows of `buckets`, both passes.
    fn summed_rows(&self, buckets: &[u32]) -> PairScores {
        let mut sum = [0i32; 2 * TAG_COUNT];
        for &b in buckets {
            for (s, &w) in sum.iter_mut().zip(&self.rows[self.row_of(b) as usize]) {
                *s += i32::from(w);
            }
        }
        sum
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

    /// Adds to every token's scores the rows of its buckets,
    /// `buckets[offsets[i]..offsets[i + 1]]`.
    fn add_scores(&self, buckets: &[u32], offsets: &[usize], sums: &mut [PairScores]) {
        widen::add_scores(self, buckets, offsets, sums);
    }

    /// [`Self::add_scores`], inlined where it is compiled (once per instruction set).
    /// `add_rows` adds rows to a sum.
    #[inline(always)]
    fn add_scores_inlined(
        &self,
        buckets: &[u32],
        offsets: &[usize],
        sums: &mut [PairScores],
        add_rows: impl Fn(&mut PairScores, &[u32]),
    ) {
        let rows: Vec<u32> = buckets.iter().map(|&b| self.row_of(b)).collect();
        // Rows are mostly cache misses: ask for them well ahead of their use.
        const AHEAD: usize = 24;
        for &r in rows.iter().take(AHEAD) {
            self.prefetch_row(r);
        }
        for (w, sum) in offsets.windows(2).zip(sums) {
            let ahead = rows.get(w[0] + AHEAD..(w[1] + AHEAD).min(rows.len()));
            for &r in ahead.unwrap_or_default() {
                self.prefetch_row(r);
            }
            if let Some(mine) = rows.get(w[0]..w[1]) {
                add_rows(sum, mine);
            }
        }
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
        self.tag_features(doc, &static_features(doc))
    }

    /// [`Self::tag`] with the document's static features already computed.
    pub fn tag_features(&self, doc: &DocView, feats: &StaticFeatures) -> Vec<Tag> {
        let mut statics = vec![[0i32; 2 * TAG_COUNT]; doc.words.len()];
        self.add_scores(&feats.buckets, &feats.offsets, &mut statics);
        let mut word_tags = vec![WordTagSums::NONE; doc.words.len()];
        let prior = greedy(
            doc,
            feats,
            None,
            &mut Pass::<0> {
                model: self,
                statics: &statics,
                word_tags: &mut word_tags,
            },
        );
        // The second pass's features from the first pass's tags are known for the whole
        // document now: sum them with the static ones, in one batch, rather than token by
        // token while decoding (the same integers either way).
        let extra = nonlocal_features(doc, feats, &prior);
        self.add_scores(&extra.buckets, &extra.offsets, &mut statics);
        greedy(
            doc,
            feats,
            None,
            &mut Pass::<1> {
                model: self,
                statics: &statics,
                word_tags: &mut word_tags,
            },
        )
    }
}

/// One pass's view of the merged model: `HALF` 0 for the first pass, 1 for the second (a
/// constant, so that the compiler vectorises the sums at its fixed offset).
struct Pass<'a, const HALF: usize> {
    model: &'a TwoPassModel,
    statics: &'a [PairScores],
    /// Per token, the first pass's sums of its word-tag rows for the second pass.
    word_tags: &'a mut [WordTagSums],
}

/// The second pass's half of the rows of a token's [`word_tag_buckets`], summed by the first
/// pass (which looks the rows up anyway) under the previous tag and past type it saw: the
/// second pass mostly sees the same two and then neither hashes nor looks up again.
#[derive(Clone, Copy)]
struct WordTagSums {
    prev: Tag,
    past: u8,
    second: [i32; TAG_COUNT],
}

impl WordTagSums {
    /// Matches no step: `past` never exceeds `TYPE_COUNT`.
    const NONE: WordTagSums = WordTagSums {
        prev: Tag::O,
        past: u8::MAX,
        second: [0; TAG_COUNT],
    };
}

impl<const HALF: usize> Decoder for Pass<'_, HALF> {
    type Score = i32;
    fn scores(&mut self, i: usize, dynamic: &[u32]) -> [i32; TAG_COUNT] {
        let mut scores = [0i32; TAG_COUNT];
        scores.copy_from_slice(&self.statics[i][HALF * TAG_COUNT..][..TAG_COUNT]);
        widen::add_half_buckets(&mut scores, self.model, HALF, dynamic);
        scores
    }

    /// The same integers as the default (every dynamic bucket looked up and summed), with
    /// the features of the previous tags and the history alone taken from the model's
    /// precomputed sums, and those that involve the token itself hashed and looked up once
    /// for both passes where the second pass sees the same previous tag and past type.
    fn scores_at(
        &mut self,
        doc: &DocView,
        feats: &StaticFeatures,
        extra: Option<&NonLocalFeatures>,
        step: &Step,
        _dynamic: &mut Vec<u32>,
    ) -> [i32; TAG_COUNT] {
        let i = step.i;
        let past = past_type(feats, &doc.words, i, step.history);
        let at = HALF * TAG_COUNT;
        let mut scores = [0i32; TAG_COUNT];
        let memo = &mut self.word_tags[i];
        if HALF == 1 && memo.prev == step.prev && memo.past == past {
            scores = memo.second;
        } else {
            let buckets = word_tag_buckets(feats, i, step.prev, past);
            if HALF == 0 {
                let mut both = [0i32; 2 * TAG_COUNT];
                widen::add_pair_buckets(&mut both, self.model, &buckets);
                scores.copy_from_slice(&both[..TAG_COUNT]);
                memo.second.copy_from_slice(&both[TAG_COUNT..]);
                (memo.prev, memo.past) = (step.prev, past);
            } else {
                widen::add_half_buckets(&mut scores, self.model, HALF, &buckets);
            }
        }
        let pair = step.prev.0 as usize * TAG_COUNT + step.prev2.0 as usize;
        let half = |sums: &PairScores| -> [i32; TAG_COUNT] {
            let mut half = [0; TAG_COUNT];
            half.copy_from_slice(&sums[at..at + TAG_COUNT]);
            half
        };
        let statics = half(&self.statics[i]);
        let pair = half(&self.model.tag_pairs[pair]);
        let history = half(&self.model.histories[past as usize]);
        for t in 0..TAG_COUNT {
            scores[t] += statics[t] + pair[t] + history[t];
        }
        if let Some(extra) = extra {
            widen::add_half_buckets(&mut scores, self.model, HALF, extra.of(i));
        }
        scores
    }
}

/// Bucket look-ups and sums of i16 rows into i32 scores, exact on every path, compiled twice:
/// for the build's baseline (SSE2, which widens four lanes at a time and has no population
/// count, so each look-up counts bits in software), and for AVX2 with POPCNT, used where the
/// processor has them (checked at run time). These loops are most of the tagger's
/// instructions.
mod widen {
    use super::{PairRow, PairScores, TwoPassModel};
    use crate::tags::TAG_COUNT;

    fn fast() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("popcnt")
        }
        #[cfg(not(target_arch = "x86_64"))]
        false
    }

    /// Adds to every token's scores the rows of its buckets.
    pub fn add_scores(
        model: &TwoPassModel,
        buckets: &[u32],
        offsets: &[usize],
        sums: &mut [PairScores],
    ) {
        #[cfg(target_arch = "x86_64")]
        if fast() {
            // SAFETY: the processor has AVX2 and POPCNT.
            unsafe { avx2::add_scores(model, buckets, offsets, sums) };
            return;
        }
        model.add_scores_inlined(buckets, offsets, sums, |sum, rows| {
            add_rows_portable(sum, &model.rows, rows);
        });
    }

    /// Adds the rows of a token's three word-tag buckets, both passes, to `sum`.
    pub fn add_pair_buckets(sum: &mut PairScores, model: &TwoPassModel, buckets: &[u32; 3]) {
        #[cfg(target_arch = "x86_64")]
        if fast() {
            // SAFETY: the processor has AVX2 and POPCNT.
            unsafe { avx2::add_pair_buckets(sum, model, buckets) };
            return;
        }
        add_rows_portable(sum, &model.rows, &buckets.map(|b| model.row_of(b)));
    }

    #[cfg(test)]
    fn rows_of_portable(model: &TwoPassModel, buckets: &[u32]) -> Vec<u32> {
        buckets.iter().map(|&b| model.row_of(b)).collect()
    }

    /// Adds one pass's half (`half` 0 or 1) of the rows of `buckets` to `scores`.
    pub fn add_half_buckets(
        scores: &mut [i32; TAG_COUNT],
        model: &TwoPassModel,
        half: usize,
        buckets: &[u32],
    ) {
        let half = half.min(1);
        #[cfg(target_arch = "x86_64")]
        if fast() {
            // SAFETY: the processor has AVX2 and POPCNT.
            unsafe { avx2::add_half_buckets(scores, model, half, buckets) };
            return;
        }
        add_half_buckets_portable(scores, model, half, buckets);
    }

    fn add_half_buckets_portable(
        scores: &mut [i32; TAG_COUNT],
        model: &TwoPassModel,
        half: usize,
        buckets: &[u32],
    ) {
        for &b in buckets {
            if let Some(row) = model.rows.get(model.row_of(b) as usize) {
                for (s, &v) in scores.iter_mut().zip(&row[half * TAG_COUNT..]) {
                    *s += i32::from(v);
                }
            }
        }
    }

    fn add_rows_portable(sum: &mut PairScores, table: &[PairRow], rows: &[u32]) {
        for &r in rows {
            if let Some(row) = table.get(r as usize) {
                for (s, &v) in sum.iter_mut().zip(row) {
                    *s += i32::from(v);
                }
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    mod avx2 {
        use super::super::{PairRow, PairScores, TwoPassModel};
        use crate::tags::TAG_COUNT;
        use std::arch::x86_64::*;

        /// Eight i16 weights from `at`, widened and added to `acc`.
        ///
        /// # Safety
        /// AVX2, and `at..at + 8` inside `row`.
        #[inline]
        #[target_feature(enable = "avx2,popcnt")]
        unsafe fn add8(acc: __m256i, row: &PairRow, at: usize) -> __m256i {
            debug_assert!(at + 8 <= row.len());
            // SAFETY: the caller keeps the eight lanes inside the row.
            let lanes = unsafe { _mm_loadu_si128(row.as_ptr().add(at).cast()) };
            _mm256_add_epi32(acc, _mm256_cvtepi16_epi32(lanes))
        }

        /// # Safety
        /// AVX2 and POPCNT.
        #[target_feature(enable = "avx2,popcnt")]
        pub unsafe fn add_rows(sum: &mut PairScores, table: &[PairRow], rows: &[u32]) {
            let p = sum.as_mut_ptr();
            // SAFETY (all loads and stores of `sum`): lanes 0..32 of a 34-lane array.
            let mut acc = unsafe {
                [
                    _mm256_loadu_si256(p.cast()),
                    _mm256_loadu_si256(p.add(8).cast()),
                    _mm256_loadu_si256(p.add(16).cast()),
                    _mm256_loadu_si256(p.add(24).cast()),
                ]
            };
            let (mut lane32, mut lane33) = (sum[32], sum[33]);
            for &r in rows {
                let Some(row) = table.get(r as usize) else {
                    continue;
                };
                for (k, a) in acc.iter_mut().enumerate() {
                    // SAFETY: lanes 8k..8k + 8 of 34.
                    *a = unsafe { add8(*a, row, 8 * k) };
                }
                lane32 += i32::from(row[32]);
                lane33 += i32::from(row[33]);
            }
            unsafe {
                _mm256_storeu_si256(p.cast(), acc[0]);
                _mm256_storeu_si256(p.add(8).cast(), acc[1]);
                _mm256_storeu_si256(p.add(16).cast(), acc[2]);
                _mm256_storeu_si256(p.add(24).cast(), acc[3]);
            }
            sum[32] = lane32;
            sum[33] = lane33;
        }

        /// # Safety
        /// AVX2 and POPCNT.
        #[target_feature(enable = "avx2,popcnt")]
        pub unsafe fn add_scores(
            model: &TwoPassModel,
            buckets: &[u32],
            offsets: &[usize],
            sums: &mut [PairScores],
        ) {
            // SAFETY: the caller's processor has AVX2 and POPCNT.
            model.add_scores_inlined(buckets, offsets, sums, |sum, rows| unsafe {
                add_rows(sum, &model.rows, rows);
            });
        }

        /// # Safety
        /// AVX2 and POPCNT.
        #[target_feature(enable = "avx2,popcnt")]
        pub unsafe fn add_pair_buckets(
            sum: &mut PairScores,
            model: &TwoPassModel,
            buckets: &[u32; 3],
        ) {
            let rows = buckets.map(|b| model.row_of(b));
            // SAFETY: the caller's processor has AVX2 and POPCNT.
            unsafe { add_rows(sum, &model.rows, &rows) };
        }

        /// # Safety
        /// AVX2 and POPCNT, and `half` 0 or 1.
        #[target_feature(enable = "avx2,popcnt")]
        pub unsafe fn add_half_buckets(
            scores: &mut [i32; TAG_COUNT],
            model: &TwoPassModel,
            half: usize,
            buckets: &[u32],
        ) {
            let at = half * TAG_COUNT;
            let p = scores.as_mut_ptr();
            // SAFETY (loads and stores of `scores`): lanes 0..16 of 17.
            let mut acc = unsafe {
                [
                    _mm256_loadu_si256(p.cast()),
                    _mm256_loadu_si256(p.add(8).cast()),
                ]
            };
            let mut last = scores[16];
            for &b in buckets {
                let Some(row) = model.rows.get(model.row_of(b) as usize) else {
                    continue;
                };
                // SAFETY: at + 16 <= 33 for half 0 or 1.
                acc[0] = unsafe { add8(acc[0], row, at) };
                acc[1] = unsafe { add8(acc[1], row, at + 8) };
                last += i32::from(row[at + 16]);
            }
            unsafe {
                _mm256_storeu_si256(p.cast(), acc[0]);
                _mm256_storeu_si256(p.add(8).cast(), acc[1]);
            }
            scores[16] = last;
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::perceptron::Model;

        fn shipped() -> TwoPassModel {
            let first = Model::from_bytes(include_bytes!("../model/ner.bin")).expect("first");
            let second = Model::from_bytes(include_bytes!("../model/ner2.bin")).expect("second");
            TwoPassModel::new(&first, &second)
        }

        /// Buckets spread over the whole range, present or not, and one out of range.
        fn buckets() -> Vec<u32> {
            let mut b: Vec<u32> = (0..5000u32)
                .map(|k| k.wrapping_mul(2_654_435_761) >> 11)
                .collect();
            b.push(u32::MAX);
            b
        }

        #[test]
        fn fast_and_portable_paths_agree_on_the_shipped_rows() {
            let model = shipped();
            let buckets = buckets();
            let rows = rows_of_portable(&model, &buckets);
            assert!(
                rows.iter().filter(|&&r| r != 0).count() > 100,
                "too few present"
            );
            #[cfg(target_arch = "x86_64")]
            if fast() {
                let mut with_avx2 = [7i32; 2 * TAG_COUNT];
                let mut portable = [7i32; 2 * TAG_COUNT];
                for chunk in rows.chunks(37) {
                    // SAFETY: the processor has AVX2 and POPCNT.
                    unsafe { avx2::add_rows(&mut with_avx2, &model.rows, chunk) };
                    add_rows_portable(&mut portable, &model.rows, chunk);
                    assert_eq!(with_avx2, portable);
                }
                assert_ne!(portable, [7i32; 2 * TAG_COUNT]);
            }
            let words = [
                "Oslo", "(", "Reuters", ")", "-", "Marta", "Ilves", "said", "on", "Monday", ".",
            ];
            let doc = crate::features::DocView {
                words: words.to_vec(),
                sentences: vec![(0, 5), (5, words.len())],
                space_before: vec![true; words.len()],
            };
            let feats = crate::features::static_features(&doc);
            let mut portable = vec![[1i32; 2 * TAG_COUNT]; words.len()];
            model.add_scores_inlined(
                &feats.buckets,
                &feats.offsets,
                &mut portable,
                |sum, rows| {
                    add_rows_portable(sum, &model.rows, rows);
                },
            );
            let mut dispatched = vec![[1i32; 2 * TAG_COUNT]; words.len()];
            add_scores(&model, &feats.buckets, &feats.offsets, &mut dispatched);
            assert_eq!(dispatched, portable);
            for half in 0..2 {
                let mut fast = [-3i32; TAG_COUNT];
                let mut portable = [-3i32; TAG_COUNT];
                add_half_buckets(&mut fast, &model, half, &buckets);
                add_half_buckets_portable(&mut portable, &model, half, &buckets);
                assert_eq!(fast, portable);
                assert_ne!(fast, [-3i32; TAG_COUNT]);
            }
        }
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
    fn fast_dynamic_scores_equal_the_summed_dynamic_features() {
        use crate::features::{dynamic_features, History};
        let (first, second) = shipped();
        let merged = TwoPassModel::new(&first, &second);
        let words = [
            "Marta", "Ilves", "told", "Radio", "Kuusk", "in", "Tallinn", ".",
        ];
        let doc = DocView {
            words: words.to_vec(),
            sentences: vec![(0, words.len())],
            space_before: vec![true; words.len()],
        };
        let feats = static_features(&doc);
        let mut statics = vec![[0i32; 2 * TAG_COUNT]; words.len()];
        merged.add_scores(&feats.buckets, &feats.offsets, &mut statics);
        let mut history = History::default();
        // "Tallinn" was tagged a place earlier in the document.
        history.insert(feats.info[6].lower_key, 2);
        let mut word_tags = vec![WordTagSums::NONE; words.len()];
        let tags = [Tag::O, Tag(1), Tag(3), Tag(9), Tag(16)];
        for i in 0..words.len() {
            for (k, &prev) in tags.iter().enumerate() {
                for &prev2 in &tags {
                    let step = Step {
                        i,
                        prev,
                        prev2,
                        history: &history,
                    };
                    let mut dynamic = Vec::new();
                    dynamic_features(&feats, &doc.words, i, prev, prev2, &history, &mut dynamic);
                    let mut first_pass = Pass::<0> {
                        model: &merged,
                        statics: &statics,
                        word_tags: &mut word_tags,
                    };
                    let fast = first_pass.scores_at(&doc, &feats, None, &step, &mut Vec::new());
                    assert_eq!(fast, first_pass.scores(i, &dynamic));
                    let mut second_pass = Pass::<1> {
                        model: &merged,
                        statics: &statics,
                        word_tags: &mut word_tags,
                    };
                    // The first pass's sums are reused for the same previous tag...
                    let fast = second_pass.scores_at(&doc, &feats, None, &step, &mut Vec::new());
                    assert_eq!(fast, second_pass.scores(i, &dynamic));
                    // ... and not for another.
                    let other = Step {
                        prev: tags[(k + 1) % tags.len()],
                        ..step
                    };
                    dynamic_features(
                        &feats,
                        &doc.words,
                        i,
                        other.prev,
                        prev2,
                        &history,
                        &mut dynamic,
                    );
                    let fast = second_pass.scores_at(&doc, &feats, None, &other, &mut Vec::new());
                    assert_eq!(fast, second_pass.scores(i, &dynamic));
                }
            }
        }
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
