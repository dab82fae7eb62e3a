//! Fast decoding with the two shipped models: one table holds both passes' weights, so each
//! static feature is looked up once for both passes, and the static part of every token's
//! scores is summed once per document before either pass decodes.
//!
//! Why the result equals [`crate::perceptron::tag_two_stage`] with the same models (on
//! every scored token: the shared-words layout leaves lower-case words outside names
//! unscored, [`crate::features::unscored_tokens`], which the generic path scores): the
//! weights are integers (i16 quanta) and the sums are kept in i32, which is exact; the f32
//! sums of the generic path are exact too while they stay below 2^24 in magnitude (a token has
//! about 60 features of at most 32767), so both pick the same tag, ties included (the first
//! allowed tag of the highest score). Integer sums do not depend on their order either, so a
//! token may add the sum of its word features that an earlier token of the same word and
//! context computed ([`Layout::SharedWords`]), or rows a memo kept.
//!
//! Layout: a bitmap over the 2^21 feature buckets with a running count per 64-bucket word
//! (512 KB, cache-resident) maps a bucket to its row, or to row 0 (all zero) when neither
//! model has it, without probing or branching; each row holds both models' 17 weights side by
//! side (68 bytes, usually one or two cache lines for both passes).
//!
//! The loops over buckets (look-up, widening i16 weights to i32 sums) run in `widen`, built
//! for AVX2, BMI2 and POPCNT where the processor has them: the baseline build counts bits in
//! software and widens four lanes per instruction, which made these loops a third of the
//! tagger's instructions. Rows are addressed by where they start in the flattened table
//! ([`row_start`]), which saves a multiplication at each use.

use crate::features::{
    history_bucket, nonlocal_features, past_type, static_features_in, tag_pair_buckets,
    word_tag_buckets, DocView, Layout, NonLocalFeatures, StaticFeatures, BUCKET_BITS,
};
use crate::perceptron::{greedy, Decoder, Model, ModelRows, Step};
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
        TwoPassModel::merged(first.rows(), second.rows())
    }

    /// Both passes straight from their bytes ([`Model::to_bytes`]), without building either
    /// [`Model`]'s look-up table; None when either is unreadable.
    pub fn from_bytes(first: &[u8], second: &[u8]) -> Option<TwoPassModel> {
        let (first, second) = (
            ModelRows::from_bytes(first)?,
            ModelRows::from_bytes(second)?,
        );
        Some(TwoPassModel::merged(
            (&first.buckets, &first.weights),
            (&second.buckets, &second.weights),
        ))
    }

    /// Merges the two passes' rows, each given as bucket ids in bucket order (as models store
    /// them) and their weights, in one walk over both: a bucket's row holds both passes'
    /// weights (zeros for a pass without it), and rows are numbered in bucket order, as the
    /// index expects.
    fn merged(
        (first_buckets, first_weights): (&[u32], &[[i16; TAG_COUNT]]),
        (second_buckets, second_weights): (&[u32], &[[i16; TAG_COUNT]]),
    ) -> TwoPassModel {
        let words = (1usize << BUCKET_BITS) / 64;
        let mut present = vec![0u64; words];
        let mut rows: Vec<PairRow> =
            Vec::with_capacity(1 + first_buckets.len() + second_buckets.len());
        rows.push([0; 2 * TAG_COUNT]);
        let (mut i, mut j) = (0, 0);
        // Bucket ids are below 2^BUCKET_BITS: u32::MAX marks a list's end.
        let next = |buckets: &[u32], k: usize| buckets.get(k).copied().unwrap_or(u32::MAX);
        let mut last_bucket = u32::MAX;
        loop {
            let (a, b) = (next(first_buckets, i), next(second_buckets, j));
            let bucket = a.min(b);
            let Some(word) = present.get_mut(bucket as usize / 64) else {
                break;
            };
            if bucket != last_bucket {
                *word |= 1 << (bucket % 64);
                rows.push([0; 2 * TAG_COUNT]);
                last_bucket = bucket;
            }
            // A bucket a model repeats keeps its last weights.
            let Some(row) = rows.last_mut() else { break };
            if a == bucket {
                if let Some(weights) = first_weights.get(i) {
                    row[..TAG_COUNT].copy_from_slice(weights);
                }
                i += 1;
            }
            if b == bucket {
                if let Some(weights) = second_weights.get(j) {
                    row[TAG_COUNT..].copy_from_slice(weights);
                }
                j += 1;
            }
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
            rows,
            tag_pairs: Vec::new(),
            histories: Vec::new(),
        };
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

    /// Adds to every token's scores the rows of its static features, in either layout
    /// ([`crate::features::Layout`]): a token that shares its word features with an earlier
    /// one adds that token's sum of them.
    fn add_static_scores(&self, feats: &StaticFeatures, sums: &mut [PairScores]) {
        widen::add_static_scores(self, feats, sums);
    }

    /// [`Self::add_scores`], inlined where it is compiled (once per instruction set).
    /// `add_rows` adds rows, given by their [`row_start`]s in the flattened table, to a sum.
    #[inline(always)]
    fn add_scores_inlined(
        &self,
        buckets: &[u32],
        offsets: &[usize],
        sums: &mut [PairScores],
        add_rows: impl Fn(&mut PairScores, &[i16], &[u32]),
    ) {
        // Absent buckets (about one in seven) keep row 0, all zeros: leaving them out costs
        // about as many instructions as it saves.
        let starts: Vec<u32> = buckets.iter().map(|&b| row_start(self.row_of(b))).collect();
        let table = self.rows.as_flattened();
        // Rows are mostly cache misses: ask for them well ahead of their use.
        const AHEAD: usize = 24;
        for &start in starts.iter().take(AHEAD) {
            prefetch_row(table, start);
        }
        for (w, sum) in offsets.windows(2).zip(sums) {
            let ahead = starts.get(w[0] + AHEAD..(w[1] + AHEAD).min(starts.len()));
            for &start in ahead.unwrap_or_default() {
                prefetch_row(table, start);
            }
            if let Some(mine) = starts.get(w[0]..w[1]) {
                add_rows(sum, table, mine);
            }
        }
    }

    /// [`Self::add_static_scores`], inlined where it is compiled (as
    /// [`Self::add_scores_inlined`]).
    #[inline(always)]
    fn add_static_scores_inlined(
        &self,
        feats: &StaticFeatures,
        sums: &mut [PairScores],
        add_rows: impl Fn(&mut PairScores, &[i16], &[u32]),
    ) {
        let starts: Vec<u32> = feats
            .buckets
            .iter()
            .map(|&b| row_start(self.row_of(b)))
            .collect();
        let table = self.rows.as_flattened();
        const AHEAD: usize = 24;
        for &start in starts.iter().take(AHEAD) {
            prefetch_row(table, start);
        }
        // The sums of the word features of the first token of each word and context, by token.
        let mut word_sums = vec![[0i32; 2 * TAG_COUNT]; sums.len()];
        let tokens = feats.offsets.windows(2).zip(&feats.word_starts);
        for (i, ((w, &word_start), sum)) in tokens.zip(sums.iter_mut()).enumerate() {
            let ahead = starts.get(w[0] + AHEAD..(w[1] + AHEAD).min(starts.len()));
            for &start in ahead.unwrap_or_default() {
                prefetch_row(table, start);
            }
            if let Some(others) = starts.get(w[0]..word_start) {
                add_rows(sum, table, others);
            }
            if let (Some(words), Some(own)) = (starts.get(word_start..w[1]), word_sums.get_mut(i)) {
                add_rows(own, table, words);
            }
            let shared = feats
                .same_word
                .get(i)
                .and_then(|&k| word_sums.get(k as usize));
            // A copy first: the compiler need not guard against the two overlapping.
            let shared: PairScores = *shared.unwrap_or(&[0; 2 * TAG_COUNT]);
            for (s, v) in sum.iter_mut().zip(shared) {
                *s += v;
            }
        }
    }

    /// Tags a document with both passes; the same tags as
    /// [`crate::perceptron::tag_two_stage`] with the two models, but for the unscored
    /// lower-case words ([`crate::features::unscored_tokens`]), which are O.
    pub fn tag(&self, doc: &DocView) -> Vec<Tag> {
        self.tag_features(doc, &static_features_in(doc, Layout::SharedWords))
    }

    /// [`Self::tag`] with the document's static features already computed, in either layout.
    pub fn tag_features(&self, doc: &DocView, feats: &StaticFeatures) -> Vec<Tag> {
        let mut statics = vec![[0i32; 2 * TAG_COUNT]; doc.words.len()];
        self.add_static_scores(feats, &mut statics);
        let mut word_tags = vec![WordTagSums::NONE; doc.words.len()];
        let mut latest = vec![WordTagRows::NONE; doc.words.len()];
        let prior = greedy(
            doc,
            feats,
            None,
            &mut Pass::<0> {
                model: self,
                statics: &statics,
                word_tags: &mut word_tags,
                latest: &mut latest,
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
                latest: &mut latest,
            },
        )
    }
}

/// Where row `row` starts in the flattened table (`rows.as_flattened()`): keeping starts
/// rather than row numbers saves a multiplication at each of a row's two uses.
#[inline]
fn row_start(row: u32) -> u32 {
    row * (2 * TAG_COUNT) as u32
}

/// The row that starts at `start` in the flattened table.
#[inline]
fn row_at(table: &[i16], start: u32) -> Option<&PairRow> {
    let start = start as usize;
    table.get(start..start + 2 * TAG_COUNT)?.try_into().ok()
}

/// Hints the cache to fetch the row that starts at `start` (both of its cache lines).
#[inline]
fn prefetch_row(table: &[i16], start: u32) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // Address arithmetic only, without a bounds check: a prefetch never faults.
        let p = table.as_ptr().wrapping_add(start as usize).cast::<i8>();
        // SAFETY: prefetching is a hint that reads nothing and never faults.
        unsafe {
            _mm_prefetch::<_MM_HINT_T0>(p);
            _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(size_of::<PairRow>() - 1));
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (table, start);
}

/// One pass's view of the merged model: `HALF` 0 for the first pass, 1 for the second (a
/// constant, so that the compiler vectorises the sums at its fixed offset).
struct Pass<'a, const HALF: usize> {
    model: &'a TwoPassModel,
    statics: &'a [PairScores],
    /// Per token, the first pass's sums of its word-tag rows for the second pass.
    word_tags: &'a mut [WordTagSums],
    /// Per first token of a word and context ([`StaticFeatures::same_word`]), the latest
    /// rows of the word's word-tag buckets: a later token of the word under the same previous
    /// tag and past type has the same buckets (mostly after O with no past, for common
    /// words), and then does not hash them again.
    latest: &'a mut [WordTagRows],
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

/// The rows ([`row_start`]s) of a word's [`word_tag_buckets`] under a previous tag and past
/// type.
#[derive(Clone, Copy)]
struct WordTagRows {
    prev: Tag,
    past: u8,
    starts: [u32; 3],
}

impl WordTagRows {
    /// Matches no step: `past` never exceeds `TYPE_COUNT`.
    const NONE: WordTagRows = WordTagRows {
        prev: Tag::O,
        past: u8::MAX,
        starts: [0; 3],
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
    /// for both passes, and for the tokens of a word, where they see the same previous tag
    /// and past type.
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
            let word = feats.same_word.get(i).map_or(i, |&k| k as usize);
            let latest = self.latest.get_mut(word);
            let starts = match latest {
                Some(rows) if rows.prev == step.prev && rows.past == past => rows.starts,
                _ => {
                    let buckets = word_tag_buckets(feats, i, step.prev, past);
                    let starts = widen::row_starts(self.model, &buckets);
                    if let Some(rows) = latest {
                        *rows = WordTagRows {
                            prev: step.prev,
                            past,
                            starts,
                        };
                    }
                    starts
                }
            };
            let mut both = [0i32; 2 * TAG_COUNT];
            widen::add_pair_rows(&mut both, self.model, &starts);
            scores.copy_from_slice(&both[at..at + TAG_COUNT]);
            if HALF == 0 {
                memo.second.copy_from_slice(&both[TAG_COUNT..]);
                (memo.prev, memo.past) = (step.prev, past);
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
/// count, so each look-up counts bits in software), and for AVX2 with BMI2 and POPCNT, used
/// where the processor has them (checked at run time). These loops are most of the tagger's
/// instructions.
mod widen {
    use super::{row_at, row_start, PairScores, StaticFeatures, TwoPassModel};
    use crate::tags::TAG_COUNT;

    /// Whether the processor has what the faster build needs: asked once (it is asked for
    /// every token), a single flag afterwards.
    fn fast() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            static FAST: std::sync::LazyLock<bool> = std::sync::LazyLock::new(|| {
                // BMI2 masks a look-up word's lower bits in one instruction.
                std::arch::is_x86_feature_detected!("avx2")
                    && std::arch::is_x86_feature_detected!("bmi2")
                    && std::arch::is_x86_feature_detected!("popcnt")
            });
            *FAST
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
            // SAFETY: the processor has AVX2, BMI2 and POPCNT.
            unsafe { avx2::add_scores(model, buckets, offsets, sums) };
            return;
        }
        model.add_scores_inlined(buckets, offsets, sums, add_rows_portable);
    }

    /// Adds to every token's scores the rows of its static features.
    pub fn add_static_scores(
        model: &TwoPassModel,
        feats: &StaticFeatures,
        sums: &mut [PairScores],
    ) {
        #[cfg(target_arch = "x86_64")]
        if fast() {
            // SAFETY: the processor has AVX2, BMI2 and POPCNT.
            unsafe { avx2::add_static_scores(model, feats, sums) };
            return;
        }
        model.add_static_scores_inlined(feats, sums, add_rows_portable);
    }

    /// The rows ([`row_start`]s) of a token's three word-tag buckets.
    pub fn row_starts(model: &TwoPassModel, buckets: &[u32; 3]) -> [u32; 3] {
        #[cfg(target_arch = "x86_64")]
        if fast() {
            // SAFETY: the processor has AVX2, BMI2 and POPCNT.
            return unsafe { avx2::row_starts(model, buckets) };
        }
        buckets.map(|b| row_start(model.row_of(b)))
    }

    /// Adds three rows, both passes, to `sum`.
    pub fn add_pair_rows(sum: &mut PairScores, model: &TwoPassModel, starts: &[u32; 3]) {
        #[cfg(target_arch = "x86_64")]
        if fast() {
            // SAFETY: the processor has AVX2, BMI2 and POPCNT.
            unsafe { avx2::add_rows(sum, model.rows.as_flattened(), starts) };
            return;
        }
        add_rows_portable(sum, model.rows.as_flattened(), starts);
    }

    #[cfg(test)]
    fn starts_of_portable(model: &TwoPassModel, buckets: &[u32]) -> Vec<u32> {
        buckets
            .iter()
            .map(|&b| row_start(model.row_of(b)))
            .collect()
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
            // SAFETY: the processor has AVX2, BMI2 and POPCNT.
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

    /// Adds the rows that start at `starts` in the flattened `table`.
    fn add_rows_portable(sum: &mut PairScores, table: &[i16], starts: &[u32]) {
        for &start in starts {
            if let Some(row) = row_at(table, start) {
                for (s, &v) in sum.iter_mut().zip(row) {
                    *s += i32::from(v);
                }
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    mod avx2 {
        use super::super::{row_at, row_start, PairRow, PairScores, StaticFeatures, TwoPassModel};
        use crate::tags::TAG_COUNT;
        use std::arch::x86_64::*;

        /// Eight i16 weights from `at`, widened and added to `acc`.
        ///
        /// # Safety
        /// AVX2, and `at..at + 8` inside `row`.
        #[inline]
        #[target_feature(enable = "avx2,bmi2,popcnt")]
        unsafe fn add8(acc: __m256i, row: &PairRow, at: usize) -> __m256i {
            debug_assert!(at + 8 <= row.len());
            // SAFETY: the caller keeps the eight lanes inside the row.
            let lanes = unsafe { _mm_loadu_si128(row.as_ptr().add(at).cast()) };
            _mm256_add_epi32(acc, _mm256_cvtepi16_epi32(lanes))
        }

        /// # Safety
        /// AVX2, BMI2 and POPCNT.
        #[inline]
        #[target_feature(enable = "avx2,bmi2,popcnt")]
        pub unsafe fn add_rows(sum: &mut PairScores, table: &[i16], starts: &[u32]) {
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
            for &start in starts {
                let Some(row) = row_at(table, start) else {
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
        /// AVX2, BMI2 and POPCNT.
        #[target_feature(enable = "avx2,bmi2,popcnt")]
        pub unsafe fn add_scores(
            model: &TwoPassModel,
            buckets: &[u32],
            offsets: &[usize],
            sums: &mut [PairScores],
        ) {
            // SAFETY: the caller's processor has AVX2, BMI2 and POPCNT.
            model.add_scores_inlined(buckets, offsets, sums, |sum, table, starts| unsafe {
                add_rows(sum, table, starts);
            });
        }

        /// # Safety
        /// AVX2, BMI2 and POPCNT.
        #[target_feature(enable = "avx2,bmi2,popcnt")]
        pub unsafe fn add_static_scores(
            model: &TwoPassModel,
            feats: &StaticFeatures,
            sums: &mut [PairScores],
        ) {
            // SAFETY: the caller's processor has AVX2, BMI2 and POPCNT.
            model.add_static_scores_inlined(feats, sums, |sum, table, starts| unsafe {
                add_rows(sum, table, starts);
            });
        }

        /// # Safety
        /// AVX2, BMI2 and POPCNT.
        #[target_feature(enable = "avx2,bmi2,popcnt")]
        pub unsafe fn row_starts(model: &TwoPassModel, buckets: &[u32; 3]) -> [u32; 3] {
            buckets.map(|b| row_start(model.row_of(b)))
        }

        /// # Safety
        /// AVX2, BMI2 and POPCNT, and `half` 0 or 1.
        #[target_feature(enable = "avx2,bmi2,popcnt")]
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
            let starts = starts_of_portable(&model, &buckets);
            assert!(
                starts.iter().filter(|&&r| r != 0).count() > 100,
                "too few present"
            );
            #[cfg(target_arch = "x86_64")]
            if fast() {
                let mut with_avx2 = [7i32; 2 * TAG_COUNT];
                let mut portable = [7i32; 2 * TAG_COUNT];
                let table = model.rows.as_flattened();
                for chunk in starts.chunks(37) {
                    // SAFETY: the processor has AVX2, BMI2 and POPCNT.
                    unsafe { avx2::add_rows(&mut with_avx2, table, chunk) };
                    add_rows_portable(&mut portable, table, chunk);
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
                add_rows_portable,
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
        // "Tallinn" twice: the second reuses the first's word-tag rows where it can.
        let words = [
            "Marta", "Ilves", "told", "Radio", "Kuusk", "in", "Tallinn", "Tallinn", ".",
        ];
        let doc = DocView {
            words: words.to_vec(),
            sentences: vec![(0, words.len())],
            space_before: vec![true; words.len()],
        };
        let feats = static_features_in(&doc, Layout::SharedWords);
        assert_eq!(feats.same_word[7], 6);
        let mut statics = vec![[0i32; 2 * TAG_COUNT]; words.len()];
        merged.add_static_scores(&feats, &mut statics);
        let mut history = History::default();
        // "Tallinn" was tagged a place earlier in the document.
        history.insert(feats.info[6].lower_key, 2);
        let mut word_tags = vec![WordTagSums::NONE; words.len()];
        let mut latest = vec![WordTagRows::NONE; words.len()];
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
                        latest: &mut latest,
                    };
                    let fast = first_pass.scores_at(&doc, &feats, None, &step, &mut Vec::new());
                    assert_eq!(fast, first_pass.scores(i, &dynamic));
                    let mut second_pass = Pass::<1> {
                        model: &merged,
                        statics: &statics,
                        word_tags: &mut word_tags,
                        latest: &mut latest,
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
    fn shared_word_features_sum_like_every_feature() {
        let (first, second) = shipped();
        let merged = TwoPassModel::new(&first, &second);
        let words = [
            "The", "troops", "said", "the", "troops", "left", ".", "THE", "TROOPS", "LEFT", "The",
            "troops", "said", "troops", ".",
        ];
        let doc = DocView {
            words: words.to_vec(),
            sentences: vec![(0, 7), (7, 10), (10, words.len())],
            space_before: vec![true; words.len()],
        };
        let training = static_features_in(&doc, Layout::Training);
        let shared = static_features_in(&doc, Layout::SharedWords);
        // Same word, same context; "The" opening a sentence again; not a headline's "TROOPS".
        assert_eq!(shared.same_word[4], 1);
        assert_eq!(shared.same_word[10], 0);
        assert_eq!(shared.same_word[8], 8);
        assert!(shared.buckets.len() < training.buckets.len());
        // Lower-case words after a lower-case word, a capitalised "The" or at a sentence's
        // start go unscored, and so do full stops.
        let unscored: Vec<usize> = (0..words.len()).filter(|&i| shared.unscored[i]).collect();
        assert_eq!(unscored, [1, 2, 4, 5, 6, 11, 12, 13, 14]);
        assert!(training.unscored.is_empty());
        // Token by token, the shared layout's buckets plus those of the word's first token
        // are the training layout's, in another order; an unscored token has none.
        for i in 0..words.len() {
            if shared.unscored[i] {
                assert!(shared.of(i).is_empty(), "token {i}");
                continue;
            }
            let k = shared.same_word[i] as usize;
            let mut all = shared.of(i)[..shared.word_starts[i] - shared.offsets[i]].to_vec();
            all.extend_from_slice(&shared.buckets[shared.word_starts[k]..shared.offsets[k + 1]]);
            all.sort_unstable();
            let mut expected = training.of(i).to_vec();
            expected.sort_unstable();
            assert_eq!(all, expected, "token {i}");
        }
        let zeros = vec![[0i32; 2 * TAG_COUNT]; words.len()];
        let mut every = zeros.clone();
        merged.add_scores(&training.buckets, &training.offsets, &mut every);
        for feats in [&training, &shared] {
            let mut sums = zeros.clone();
            merged.add_static_scores(feats, &mut sums);
            for i in (0..words.len()).filter(|&i| !feats.is_unscored(i)) {
                assert_eq!(sums[i], every[i], "token {i}");
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
