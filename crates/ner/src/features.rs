//! Feature extraction for the tagger: hashed feature buckets per token, computed once per
//! document without building strings.
//!
//! Static features (the word, its neighbours, affixes, shapes, gazetteers, document-level
//! capitalisation evidence) are computed up front; dynamic ones (previous tags, what this word
//! was tagged earlier in the document) while decoding left to right.

use crate::hash::{fnv_lanes, lower_key, push_lower, Hasher};
use crate::lexicon::{KeyMap, KIND_COUNT, LEXICON};
use crate::tags::{Tag, TYPE_COUNT};
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// log2 of the number of hashed feature buckets.
pub const BUCKET_BITS: u32 = 21;

pub fn bucket(hash: u64) -> u32 {
    (hash >> (64 - BUCKET_BITS)) as u32
}

// Feature templates: each id keeps its features apart in the hash space.
const T_BIAS: u8 = 1;
const T_W0: u8 = 2;
const T_W0_CASED: u8 = 3;
const T_WM1: u8 = 4;
const T_WP1: u8 = 5;
const T_WM2: u8 = 6;
const T_WP2: u8 = 7;
const T_PREFIX: u8 = 8;
const T_SUFFIX: u8 = 9;
const T_SHAPE0: u8 = 10;
const T_SHORT_SHAPE0: u8 = 11;
const T_SHORT_SHAPE_M1: u8 = 12;
const T_SHORT_SHAPE_P1: u8 = 13;
const T_SHAPE_WINDOW: u8 = 14;
const T_BIGRAM_M1: u8 = 15;
const T_BIGRAM_P1: u8 = 16;
const T_FLAGS: u8 = 17;
const T_GAZ: u8 = 18;
const T_GAZ_M1: u8 = 19;
const T_GAZ_P1: u8 = 20;
const T_DOC_CASE: u8 = 21;
const T_PREV_TAG: u8 = 22;
const T_PREV_TWO_TAGS: u8 = 23;
const T_PREV_TAG_W0: u8 = 24;
const T_PREV_TAG_SHAPE: u8 = 25;
const T_HISTORY: u8 = 26;
const T_HISTORY_SHAPE: u8 = 27;
const T_WM1_SHAPE0: u8 = 28;
const T_W0_SHAPE_P1: u8 = 29;
const T_DOC_PREV: u8 = 30;
const T_DOC_NEXT: u8 = 31;
const T_DOC_SEQ: u8 = 32;
const T_CLUSTER0: u8 = 33;
const T_CLUSTER_M1: u8 = 34;
const T_CLUSTER_P1: u8 = 35;
const T_CLUSTER_M2: u8 = 36;
const T_CLUSTER_P2: u8 = 37;
const T_NL_NEXT: u8 = 40;
const T_NL_DOC_TYPE: u8 = 42;
const T_NL_DOC_MAJORITY: u8 = 43;
const T_NL_DOC_POSITION: u8 = 44;
const T_NL_NEXT_TWO: u8 = 45;

/// Cluster ids of a word not in the table (and of positions outside the sentence).
const NO_CLUSTER: [u16; crate::clusters::LEVELS] = [u16::MAX; crate::clusters::LEVELS];

/// At most this many other occurrences of a word feed its document-context features.
const MAX_DOC_CONTEXTS: usize = 6;

/// The tokens of one document as the tagger sees them.
pub struct DocView<'a> {
    pub words: Vec<&'a str>,
    /// `[first, end)` token ranges of the sentences, in order, covering every token.
    pub sentences: Vec<(usize, usize)>,
    /// Whether white space precedes each token (joins gazetteer phrases).
    pub space_before: Vec<bool>,
}

/// Per-token facts the features and post-processing share.
#[derive(Clone, Copy, Default)]
pub struct TokenInfo {
    pub sentence_initial: bool,
    /// The token's sentence is written in capitals (a headline).
    pub caps_line: bool,
    pub lower_key: u64,
}

pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_wordlike(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphanumeric)
}

fn shape_class(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_ascii_digit() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'*'
    }
}

/// Adds the word's shape ("Xxxxx", "X.X.", "dddd") capped at 8 chars, or with runs collapsed.
fn add_shape(mut h: Hasher, word: &str, short: bool) -> Hasher {
    let mut last = 0u8;
    for (n, c) in word.chars().enumerate() {
        if n >= 8 && !short {
            break;
        }
        let s = shape_class(c);
        if short && s == last {
            continue;
        }
        last = s;
        h = h.byte(s);
    }
    h
}

fn short_shape(word: &str) -> u64 {
    add_shape(Hasher::new(0), word, true).finish()
}

/// Computes sentence-initial and headline flags and word keys.
pub fn token_info(doc: &DocView) -> Vec<TokenInfo> {
    let mut info = vec![TokenInfo::default(); doc.words.len()];
    for (i, w) in doc.words.iter().enumerate() {
        info[i].lower_key = lower_key(w);
    }
    mark_sentences(doc, &mut info);
    info
}

/// The words of a document lower-cased once, as [`Hasher::lower`] would hash them.
pub struct Lowered {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Lowered {
    pub fn new(words: &[&str]) -> Lowered {
        let mut bytes = Vec::with_capacity(words.iter().map(|w| w.len() + 1).sum());
        let mut ends = Vec::with_capacity(words.len() + 1);
        ends.push(0);
        for w in words {
            push_lower(&mut bytes, w);
            ends.push(bytes.len());
        }
        Lowered { bytes, ends }
    }
    /// Word `i`, lower-cased.
    pub fn of(&self, i: usize) -> &[u8] {
        &self.bytes[self.ends[i]..self.ends[i + 1]]
    }
}

/// Sets the sentence-initial and headline flags.
fn mark_sentences(doc: &DocView, info: &mut [TokenInfo]) {
    for &(first, end) in &doc.sentences {
        let words = &doc.words[first..end];
        let mut letters_words = 0;
        let mut all_caps = true;
        for w in words {
            if w.chars().any(char::is_alphabetic) {
                if w.chars().any(char::is_lowercase) {
                    all_caps = false;
                }
                if w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                    letters_words += 1;
                }
            }
        }
        let caps_line = all_caps && letters_words >= 1;
        let mut seen_word = false;
        for (k, w) in words.iter().enumerate() {
            let i = first + k;
            info[i].caps_line = caps_line;
            if !seen_word && is_wordlike(w) {
                info[i].sentence_initial = true;
                seen_word = true;
            }
        }
    }
}

/// Gazetteer matches as (kind, position) per token: position 0 = single-word match,
/// 1 = begins, 2 = inside, 3 = ends a multi-word match.
pub fn gazetteer_matches(doc: &DocView) -> Vec<Vec<(u8, u8)>> {
    gazetteer_marks(doc, &Lowered::new(&doc.words))
}

fn gazetteer_marks(doc: &DocView, lowered: &Lowered) -> Vec<Vec<(u8, u8)>> {
    let lex = &*LEXICON;
    let mut marks: Vec<Vec<(u8, u8)>> = vec![Vec::new(); doc.words.len()];
    for &(first, end) in &doc.sentences {
        for i in first..end {
            if !is_wordlike(doc.words[i]) {
                continue;
            }
            let mut h = Hasher::new(0);
            for j in i..end.min(i + lex.max_words * 2) {
                if j > i && doc.space_before[j] {
                    h = h.sep();
                }
                h = h.bytes(lowered.of(j));
                if !lex.is_prefix(h) {
                    // No entry begins with these words: none can match further on.
                    break;
                }
                let Some(entry) = lex.get(h.finish()) else {
                    continue;
                };
                if !is_wordlike(doc.words[j]) && !doc.words[j].ends_with('.') {
                    continue;
                }
                // Calendar words are only a post-tagging repair list, not a feature.
                for kind in 0..KIND_COUNT as u8 - 1 {
                    if entry.kinds & (1 << kind) == 0 {
                        continue;
                    }
                    if i == j {
                        marks[i].push((kind, 0));
                    } else {
                        marks[i].push((kind, 1));
                        for m in marks.iter_mut().take(j).skip(i + 1) {
                            m.push((kind, 2));
                        }
                        marks[j].push((kind, 3));
                    }
                }
            }
        }
    }
    marks
}

pub type KeySet = HashSet<u64, BuildHasherDefault<crate::lexicon::IdentityHasher>>;

/// Document-level case evidence: words seen in lower case, and words seen capitalised where
/// capitals carry information (not sentence-initial, not in a headline).
pub fn doc_case_sets(doc: &DocView, info: &[TokenInfo]) -> (KeySet, KeySet) {
    let mut lower_seen = KeySet::default();
    let mut cap_seen = KeySet::default();
    for (i, w) in doc.words.iter().enumerate() {
        let Some(c) = w.chars().next() else { continue };
        if c.is_lowercase() {
            lower_seen.insert(info[i].lower_key);
        } else if c.is_uppercase() && !info[i].sentence_initial && !info[i].caps_line {
            cap_seen.insert(info[i].lower_key);
        }
    }
    (lower_seen, cap_seen)
}

/// One informative occurrence of a capitalised word: its neighbours (lower-cased word keys;
/// capitalised neighbours by shape only, since names vary) and its place in a run of
/// capitalised words (0 alone, 1 first, 2 inside, 3 last).
/// The three feature buckets an occurrence lends the word's other occurrences are hashed once.
struct Occurrence {
    token: usize,
    /// Buckets of T_DOC_PREV, T_DOC_NEXT and T_DOC_SEQ.
    buckets: [u32; 3],
}

fn doc_contexts(doc: &DocView, info: &[TokenInfo]) -> KeyMap<Vec<Occurrence>> {
    let mut map: KeyMap<Vec<Occurrence>> = KeyMap::default();
    for &(first, end) in &doc.sentences {
        for i in first..end {
            let w = doc.words[i];
            if !is_capitalized(w) || info[i].caps_line {
                continue;
            }
            let list = map.entry(info[i].lower_key).or_default();
            if list.len() >= MAX_DOC_CONTEXTS {
                continue;
            }
            let neighbour = |j: Option<usize>| -> (u64, bool) {
                match j.filter(|&j| j >= first && j < end) {
                    None => (1, false),
                    Some(j) if is_capitalized(doc.words[j]) => {
                        (short_shape(doc.words[j]) ^ 2, true)
                    }
                    Some(j) => (info[j].lower_key, false),
                }
            };
            let (prev, cap_before) = neighbour(i.checked_sub(1));
            let (next, cap_after) = neighbour(Some(i + 1));
            let cap_before = cap_before && !info[i - 1].sentence_initial;
            let sequence = match (cap_before, cap_after) {
                (false, false) => 0,
                (false, true) => 1,
                (true, true) => 2,
                (true, false) => 3,
            };
            list.push(Occurrence {
                token: i,
                buckets: [
                    bucket(Hasher::new(T_DOC_PREV).bytes(&prev.to_le_bytes()).finish()),
                    bucket(Hasher::new(T_DOC_NEXT).bytes(&next.to_le_bytes()).finish()),
                    bucket(Hasher::new(T_DOC_SEQ).byte(sequence).finish()),
                ],
            });
        }
    }
    map
}

/// Static feature buckets of every token: `features[offsets[i]..offsets[i + 1]]`.
pub struct StaticFeatures {
    pub buckets: Vec<u32>,
    pub offsets: Vec<usize>,
    pub info: Vec<TokenInfo>,
    /// Short shape of each word, for the dynamic features.
    pub shapes: Vec<u64>,
    /// The words lower-cased, for the dynamic features.
    pub lowered: Lowered,
}

impl StaticFeatures {
    pub fn of(&self, i: usize) -> &[u32] {
        &self.buckets[self.offsets[i]..self.offsets[i + 1]]
    }
}

// Running hashes computed for every word in one pass over its lower-cased bytes
// ([`fnv_lanes`]); the neighbours' features read them from the neighbour's lanes.
const LANE_W0: usize = 0;
/// Read by the next token (its T_WM1), and so on.
const LANE_WM1: usize = 1;
const LANE_WP1: usize = 2;
const LANE_WM2: usize = 3;
const LANE_WP2: usize = 4;
/// T_BIGRAM_M1 and this word: the next token continues it with a separator and itself.
const LANE_BIGRAM_M1_HEAD: usize = 5;
/// T_BIGRAM_P1 and this word: continued with the next word.
const LANE_BIGRAM_P1_HEAD: usize = 6;
const LANE_WM1_SHAPE0: usize = 7;
const LANE_W0_SHAPE_P1: usize = 8;
/// The plain lower-cased key ([`lower_key`]).
const LANE_KEY: usize = 9;
/// This token's T_BIGRAM_M1 (previous word's head, separator, this word).
const LANE_BIGRAM_M1: usize = 10;
/// The previous token's T_BIGRAM_P1 (its head, separator, this word).
const LANE_PREV_BIGRAM_P1: usize = 11;
const LANES: usize = 12;

fn word_lanes(doc: &DocView, lowered: &Lowered) -> Vec<[u64; LANES]> {
    let state = |t: u8| Hasher::new(t).state();
    let mut starts = [0u64; LANES];
    for (lane, template) in [
        (LANE_W0, T_W0),
        (LANE_WM1, T_WM1),
        (LANE_WP1, T_WP1),
        (LANE_WM2, T_WM2),
        (LANE_WP2, T_WP2),
        (LANE_BIGRAM_M1_HEAD, T_BIGRAM_M1),
        (LANE_BIGRAM_P1_HEAD, T_BIGRAM_P1),
        (LANE_WM1_SHAPE0, T_WM1_SHAPE0),
        (LANE_W0_SHAPE_P1, T_W0_SHAPE_P1),
    ] {
        starts[lane] = state(template);
    }
    starts[LANE_KEY] = Hasher::new(0).state();
    let sentence_head = Hasher::new(T_BIGRAM_M1).lower("<S>").sep().state();
    let mut lanes = vec![[0u64; LANES]; doc.words.len()];
    for &(first, end) in &doc.sentences {
        for i in first..end {
            let mut s = starts;
            if i > first {
                let prev = &lanes[i - 1];
                s[LANE_BIGRAM_M1] = Hasher::from_state(prev[LANE_BIGRAM_M1_HEAD]).sep().state();
                s[LANE_PREV_BIGRAM_P1] =
                    Hasher::from_state(prev[LANE_BIGRAM_P1_HEAD]).sep().state();
            } else {
                s[LANE_BIGRAM_M1] = sentence_head;
            }
            lanes[i] = fnv_lanes(s, lowered.of(i));
        }
    }
    lanes
}

pub fn static_features(doc: &DocView) -> StaticFeatures {
    let n = doc.words.len();
    let lowered = Lowered::new(&doc.words);
    let lanes = word_lanes(doc, &lowered);
    let mut info: Vec<TokenInfo> = lanes
        .iter()
        .map(|l| TokenInfo {
            lower_key: Hasher::from_state(l[LANE_KEY]).finish(),
            ..TokenInfo::default()
        })
        .collect();
    mark_sentences(doc, &mut info);
    let gaz = gazetteer_marks(doc, &lowered);
    let (lower_seen, cap_seen) = doc_case_sets(doc, &info);
    let shapes: Vec<u64> = doc.words.iter().map(|w| short_shape(w)).collect();
    let contexts = doc_contexts(doc, &info);
    let table = &*crate::clusters::CLUSTERS;
    let clusters: Vec<[u16; crate::clusters::LEVELS]> = doc
        .words
        .iter()
        .zip(&info)
        .map(|(w, t)| table.get(w, t.lower_key).unwrap_or(NO_CLUSTER))
        .collect();
    let mut buckets = Vec::with_capacity(n * 56);
    let mut offsets = Vec::with_capacity(n + 1);
    let single_kinds = |i: usize| gaz[i].iter().filter(|&&(_, p)| p == 0).map(|&(k, _)| k);
    let finished = |i: usize, lane: usize| Hasher::from_state(lanes[i][lane]);
    let outside = |template: u8, word: &str| Hasher::new(template).lower(word);

    for &(first, end) in &doc.sentences {
        let shape = |j: isize| -> u64 {
            if j < first as isize || j >= end as isize {
                0
            } else {
                shapes[j as usize]
            }
        };
        let cluster = |j: isize| -> [u16; crate::clusters::LEVELS] {
            if j < first as isize || j >= end as isize {
                [u16::MAX - 1; crate::clusters::LEVELS]
            } else {
                clusters[j as usize]
            }
        };
        // A neighbour's lane, or the template over the sentence boundary's pseudo-word.
        let before = |i: usize, back: usize, lane: usize, template: u8| {
            if i >= first + back {
                finished(i - back, lane)
            } else {
                outside(template, "<S>")
            }
        };
        let after = |i: usize, ahead: usize, lane: usize, template: u8| {
            if i + ahead < end {
                finished(i + ahead, lane)
            } else {
                outside(template, "</S>")
            }
        };
        for i in first..end {
            offsets.push(buckets.len());
            let t = info[i];
            let w = doc.words[i];
            let low = lowered.of(i);
            let ii = i as isize;
            // Headline and sentence-initial capitals say little: condition the case-bearing
            // features on them.
            let context = u8::from(t.caps_line) * 2 + u8::from(t.sentence_initial);
            let mut push = |h: Hasher| buckets.push(bucket(h.finish()));

            push(Hasher::new(T_BIAS));
            push(finished(i, LANE_W0));
            push(Hasher::new(T_W0_CASED).byte(context).bytes(w.as_bytes()));
            push(before(i, 1, LANE_WM1, T_WM1));
            push(after(i, 1, LANE_WP1, T_WP1));
            push(before(i, 2, LANE_WM2, T_WM2));
            push(after(i, 2, LANE_WP2, T_WP2));
            push(finished(i, LANE_BIGRAM_M1));
            push(if i + 1 < end {
                finished(i + 1, LANE_PREV_BIGRAM_P1)
            } else {
                finished(i, LANE_BIGRAM_P1_HEAD).sep().lower("</S>")
            });
            if w.is_ascii() {
                // One byte per char, and lower-casing keeps the length.
                let mut prefix = Hasher::new(T_PREFIX);
                for &b in low.iter().take(4) {
                    prefix = prefix.byte(b);
                    push(prefix);
                }
                for k in 1..=low.len().min(4) {
                    push(Hasher::new(T_SUFFIX).bytes(&low[low.len() - k..]));
                }
            } else {
                for end_byte in w.char_indices().map(|(b, c)| b + c.len_utf8()).take(4) {
                    push(Hasher::new(T_PREFIX).lower(&w[..end_byte]));
                }
                for (start_byte, _) in w.char_indices().rev().take(4) {
                    push(Hasher::new(T_SUFFIX).lower(&w[start_byte..]));
                }
            }
            push(add_shape(Hasher::new(T_SHAPE0).byte(context), w, false));
            push(
                Hasher::new(T_SHORT_SHAPE0)
                    .byte(context)
                    .bytes(&shapes[i].to_le_bytes()),
            );
            push(
                Hasher::new(T_SHORT_SHAPE_M1)
                    .byte(context)
                    .bytes(&shape(ii - 1).to_le_bytes()),
            );
            push(
                Hasher::new(T_SHORT_SHAPE_P1)
                    .byte(context)
                    .bytes(&shape(ii + 1).to_le_bytes()),
            );
            push(
                Hasher::new(T_SHAPE_WINDOW)
                    .byte(context)
                    .bytes(&shape(ii - 1).to_le_bytes())
                    .bytes(&shapes[i].to_le_bytes())
                    .bytes(&shape(ii + 1).to_le_bytes()),
            );
            push(before(i, 1, LANE_WM1_SHAPE0, T_WM1_SHAPE0).bytes(&shapes[i].to_le_bytes()));
            push(finished(i, LANE_W0_SHAPE_P1).bytes(&shape(ii + 1).to_le_bytes()));
            // Word classes from unlabeled text: the word and its neighbours, coarse to fine.
            for (level, &c) in cluster(ii).iter().enumerate() {
                push(
                    Hasher::new(T_CLUSTER0)
                        .byte(level as u8)
                        .bytes(&c.to_le_bytes()),
                );
            }
            for level in 0..2 {
                let m1 = cluster(ii - 1)[level];
                let p1 = cluster(ii + 1)[level];
                push(
                    Hasher::new(T_CLUSTER_M1)
                        .byte(level as u8)
                        .bytes(&m1.to_le_bytes()),
                );
                push(
                    Hasher::new(T_CLUSTER_P1)
                        .byte(level as u8)
                        .bytes(&p1.to_le_bytes()),
                );
            }
            push(Hasher::new(T_CLUSTER_M2).bytes(&cluster(ii - 2)[1].to_le_bytes()));
            push(Hasher::new(T_CLUSTER_P2).bytes(&cluster(ii + 2)[1].to_le_bytes()));
            let flags = u8::from(w.chars().any(|c| c.is_ascii_digit()))
                | u8::from(w.contains('-')) << 1
                | u8::from(w.contains('.')) << 2
                | u8::from(w.len() <= 4 && w.chars().all(char::is_uppercase)) << 3;
            push(Hasher::new(T_FLAGS).byte(context).byte(flags));
            let cap = u8::from(is_capitalized(w));
            for &(kind, pos) in &gaz[i] {
                push(Hasher::new(T_GAZ).byte(kind).byte(pos).byte(cap));
            }
            if i > first {
                for kind in single_kinds(i - 1) {
                    push(Hasher::new(T_GAZ_M1).byte(kind).byte(cap));
                }
            }
            if i + 1 < end {
                for kind in single_kinds(i + 1) {
                    push(Hasher::new(T_GAZ_P1).byte(kind).byte(cap));
                }
            }
            if is_capitalized(w) {
                let evidence = u8::from(lower_seen.contains(&t.lower_key))
                    | u8::from(cap_seen.contains(&t.lower_key)) << 1;
                push(Hasher::new(T_DOC_CASE).byte(context).byte(evidence));
                push(
                    Hasher::new(T_DOC_CASE)
                        .byte(context)
                        .byte(evidence)
                        .bytes(low),
                );
                // Context aggregation: how the other occurrences of this word are used.
                if let Some(others) = contexts.get(&t.lower_key) {
                    for c in others.iter().filter(|c| c.token != i) {
                        buckets.extend_from_slice(&c.buckets);
                    }
                }
            }
        }
    }
    offsets.push(buckets.len());
    StaticFeatures {
        buckets,
        offsets,
        info,
        shapes,
        lowered,
    }
}

/// Second-pass features of every token, from a first tagging pass over the whole document:
/// `buckets[offsets[i]..offsets[i + 1]]`.
pub struct NonLocalFeatures {
    pub buckets: Vec<u32>,
    pub offsets: Vec<usize>,
}

impl NonLocalFeatures {
    pub fn of(&self, i: usize) -> &[u32] {
        &self.buckets[self.offsets[i]..self.offsets[i + 1]]
    }
}

/// Non-local features (Ratinov & Roth 2009, two-stage prediction aggregation): the first
/// pass's tags of the next two tokens (so the second pass sees to its right), and
/// how the first pass tagged the other capitalised occurrences of the same word anywhere in
/// the document, earlier or later: the types seen, the majority, and the places in names
/// ("Clinton" last in "Bill Clinton" elsewhere says PER).
pub fn nonlocal_features(doc: &DocView, feats: &StaticFeatures, prior: &[Tag]) -> NonLocalFeatures {
    let n = doc.words.len();
    // Per capitalised word: first-pass tag counts of its capitalised occurrences.
    let mut votes: KeyMap<[u16; crate::tags::TAG_COUNT]> = KeyMap::default();
    for ((w, info), tag) in doc.words.iter().zip(&feats.info).zip(prior) {
        if is_capitalized(w) {
            votes.entry(info.lower_key).or_default()[tag.0 as usize] += 1;
        }
    }
    let mut buckets = Vec::with_capacity(n * 8);
    let mut offsets = Vec::with_capacity(n + 1);
    const OUTSIDE: u8 = 0xfe;
    for &(first, end) in &doc.sentences {
        let tag_at = |j: isize| -> u8 {
            if j < first as isize || j >= end as isize {
                OUTSIDE
            } else {
                prior[j as usize].0
            }
        };
        for i in first..end {
            offsets.push(buckets.len());
            let ii = i as isize;
            let info = feats.info[i];
            let context = u8::from(info.caps_line) * 2 + u8::from(info.sentence_initial);
            let mut push = |h: Hasher| buckets.push(bucket(h.finish()));
            // Not the token's own first-pass tag: the second pass would learn to copy it.
            push(Hasher::new(T_NL_NEXT).byte(tag_at(ii + 1)));
            push(
                Hasher::new(T_NL_NEXT_TWO)
                    .byte(tag_at(ii + 1))
                    .byte(tag_at(ii + 2)),
            );
            if !is_capitalized(doc.words[i]) {
                continue;
            }
            let Some(counts) = votes.get(&info.lower_key) else {
                continue;
            };
            // The other occurrences: take this one's own vote out.
            let mut others = *counts;
            others[prior[i].0 as usize] -= 1;
            let mut by_type = [0u16; TYPE_COUNT + 1];
            for (t, &c) in others.iter().enumerate() {
                let tag = Tag(t as u8);
                by_type[tag.entity_type().unwrap_or(TYPE_COUNT)] += c;
                if c > 0 && tag.entity_type().is_some() {
                    push(Hasher::new(T_NL_DOC_POSITION).byte(t as u8));
                }
            }
            let total: u16 = by_type.iter().sum();
            if total == 0 {
                continue;
            }
            let mut majority = 0;
            for (t, &c) in by_type.iter().enumerate() {
                if c > 0 {
                    push(Hasher::new(T_NL_DOC_TYPE).byte(t as u8).byte(context));
                }
                if c > by_type[majority] {
                    majority = t;
                }
            }
            let unanimous = u8::from(by_type[majority] == total);
            push(
                Hasher::new(T_NL_DOC_MAJORITY)
                    .byte(majority as u8)
                    .byte(unanimous)
                    .byte(context),
            );
        }
    }
    offsets.push(buckets.len());
    NonLocalFeatures { buckets, offsets }
}

/// What a word was last tagged in this document: one entity type, or none.
pub type History = KeyMap<u8>;

/// The dynamic features of token `i` given the two previous tags and the history.
pub fn dynamic_features(
    feats: &StaticFeatures,
    words: &[&str],
    i: usize,
    prev: Tag,
    prev2: Tag,
    history: &History,
    out: &mut Vec<u32>,
) {
    out.clear();
    let w = words[i];
    let p1 = prev.0;
    let p2 = prev2.0;
    out.push(bucket(Hasher::new(T_PREV_TAG).byte(p1).finish()));
    out.push(bucket(
        Hasher::new(T_PREV_TWO_TAGS).byte(p1).byte(p2).finish(),
    ));
    out.push(bucket(
        Hasher::new(T_PREV_TAG_W0)
            .byte(p1)
            .bytes(feats.lowered.of(i))
            .finish(),
    ));
    out.push(bucket(
        Hasher::new(T_PREV_TAG_SHAPE)
            .byte(p1)
            .bytes(&feats.shapes[i].to_le_bytes())
            .finish(),
    ));
    let info = feats.info[i];
    let past = if is_capitalized(w) {
        history.get(&info.lower_key).copied()
    } else {
        None
    }
    .unwrap_or(TYPE_COUNT as u8);
    let context = u8::from(info.caps_line) * 2 + u8::from(info.sentence_initial);
    out.push(bucket(Hasher::new(T_HISTORY).byte(past).finish()));
    out.push(bucket(
        Hasher::new(T_HISTORY_SHAPE)
            .byte(past)
            .byte(context)
            .bytes(&feats.shapes[i].to_le_bytes())
            .finish(),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Kind;

    fn view<'a>(words: &[&'a str]) -> DocView<'a> {
        DocView {
            words: words.to_vec(),
            sentences: vec![(0, words.len())],
            space_before: vec![true; words.len()],
        }
    }

    #[test]
    fn headline_and_sentence_initial_flags() {
        let doc = view(&["\"", "RAIN", "STOPS", "PLAY", "IN", "LEEDS"]);
        let info = token_info(&doc);
        assert!(info.iter().all(|t| t.caps_line));
        assert!(info[1].sentence_initial && !info[0].sentence_initial);
    }

    #[test]
    fn multiword_gazetteer_matches_mark_begin_inside_end() {
        let doc = view(&["troops", "reached", "South", "Korea", "today"]);
        let marks = gazetteer_matches(&doc);
        let country = Kind::Country as u8;
        assert!(marks[2].contains(&(country, 1)));
        assert!(marks[3].contains(&(country, 3)));
        assert!(marks[0].is_empty());
    }

    #[test]
    fn nonlocal_features_tell_a_word_how_its_other_occurrences_were_tagged() {
        use crate::tags::Position;
        let words = ["Lena", "Vos", "won", ".", "Vos", "smiled", "."];
        let mut doc = view(&words);
        doc.sentences = vec![(0, 4), (4, 7)];
        let feats = static_features(&doc);
        let person_first = [
            Tag::new(0, Position::Begin),
            Tag::new(0, Position::Last),
            Tag::O,
            Tag::O,
            Tag::O,
            Tag::O,
            Tag::O,
        ];
        let all_outside = [Tag::O; 7];
        let a = nonlocal_features(&doc, &feats, &person_first);
        let b = nonlocal_features(&doc, &feats, &all_outside);
        // The second "Vos" learns that the first was a person's last word.
        assert_ne!(a.of(4), b.of(4));
        assert!(a.of(4).len() > b.of(4).len());
        // A lower-case word gets only its right-context tags, the same either way.
        assert_eq!(a.of(5), b.of(5));
        assert_eq!(a.offsets.len(), words.len() + 1);
    }

    #[test]
    fn common_words_have_clusters_and_close_words_share_coarse_ones() {
        let table = &*crate::clusters::CLUSTERS;
        let get = |w: &str| table.get(w, crate::hash::lower_key(w));
        let said = get("said").expect("'said' is in the shipped table");
        let says = get("says").expect("'says' too");
        // The coarsest level (32 classes) puts two forms of one verb together.
        assert_eq!(said[2], says[2]);
        assert!(get("Qwzxv").is_none());
    }

    #[test]
    fn every_token_gets_static_features() {
        let doc = view(&["Ana", "visited", "Lima", "."]);
        let feats = static_features(&doc);
        assert_eq!(feats.offsets.len(), 5);
        for i in 0..4 {
            assert!(feats.of(i).len() > 15, "token {i} has too few features");
        }
    }
}
