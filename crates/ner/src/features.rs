//! Feature extraction for the tagger: hashed feature buckets per token, computed once per
//! document without building strings.
//!
//! Static features (the word, its neighbours, affixes, shapes, gazetteers, document-level
//! capitalisation evidence) are computed up front; dynamic ones (previous tags, what this word
//! was tagged earlier in the document) while decoding left to right.

use crate::hash::{fnv_lanes, lower_key, push_lower, Hasher};
use crate::lexicon::{KeyMap, KIND_COUNT, TAGGER_LEXICON};
use crate::tags::{Tag, TAG_COUNT, TYPE_COUNT};
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// log2 of the number of hashed feature buckets.
pub const BUCKET_BITS: u32 = 21;

pub const fn bucket(hash: u64) -> u32 {
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

// The buckets of features that take few values, hashed at compile time exactly as the
// feature code hashes them, so that tagging looks them up instead of hashing them per token.

/// T_FLAGS by context (0..4) and flags (0..16).
const FLAG_BUCKETS: [[u32; 16]; 4] = {
    let mut table = [[0; 16]; 4];
    let mut context = 0;
    while context < 4 {
        let mut flags = 0;
        while flags < 16 {
            let h = Hasher::new(T_FLAGS).byte(context as u8).byte(flags as u8);
            table[context][flags] = bucket(h.finish());
            flags += 1;
        }
        context += 1;
    }
    table
};

/// T_DOC_CASE without the word, by context (0..4) and evidence (0..4).
const DOC_CASE_BUCKETS: [[u32; 4]; 4] = {
    let mut table = [[0; 4]; 4];
    let mut context = 0;
    while context < 4 {
        let mut evidence = 0;
        while evidence < 4 {
            let h = Hasher::new(T_DOC_CASE)
                .byte(context as u8)
                .byte(evidence as u8);
            table[context][evidence] = bucket(h.finish());
            evidence += 1;
        }
        context += 1;
    }
    table
};

/// T_GAZ by gazetteer kind, position in the match (0..4) and capitalisation (0..2).
const GAZ_BUCKETS: [[[u32; 2]; 4]; KIND_COUNT] = {
    let mut table = [[[0; 2]; 4]; KIND_COUNT];
    let mut kind = 0;
    while kind < KIND_COUNT {
        let mut position = 0;
        while position < 4 {
            let mut cap = 0;
            while cap < 2 {
                let h = Hasher::new(T_GAZ)
                    .byte(kind as u8)
                    .byte(position as u8)
                    .byte(cap as u8);
                table[kind][position][cap] = bucket(h.finish());
                cap += 1;
            }
            position += 1;
        }
        kind += 1;
    }
    table
};

/// T_GAZ_M1 or T_GAZ_P1 (`template`) by gazetteer kind and capitalisation (0..2).
const fn neighbour_gaz_buckets(template: u8) -> [[u32; 2]; KIND_COUNT] {
    let mut table = [[0; 2]; KIND_COUNT];
    let mut kind = 0;
    while kind < KIND_COUNT {
        let mut cap = 0;
        while cap < 2 {
            let h = Hasher::new(template).byte(kind as u8).byte(cap as u8);
            table[kind][cap] = bucket(h.finish());
            cap += 1;
        }
        kind += 1;
    }
    table
}
const GAZ_M1_BUCKETS: [[u32; 2]; KIND_COUNT] = neighbour_gaz_buckets(T_GAZ_M1);
const GAZ_P1_BUCKETS: [[u32; 2]; KIND_COUNT] = neighbour_gaz_buckets(T_GAZ_P1);

/// The T_NL_NEXT and T_NL_NEXT_TWO buckets by the first pass's tags to the right: tag
/// indices, and `TAG_COUNT` for a position outside the sentence (hashed as [`OUTSIDE`]).
const NL_NEXT_BUCKETS: [u32; TAG_COUNT + 1] = {
    let mut table = [0; TAG_COUNT + 1];
    let mut next = 0;
    while next <= TAG_COUNT {
        table[next] = bucket(Hasher::new(T_NL_NEXT).byte(nl_tag_byte(next)).finish());
        next += 1;
    }
    table
};
const NL_NEXT_TWO_BUCKETS: [[u32; TAG_COUNT + 1]; TAG_COUNT + 1] = {
    let mut table = [[0; TAG_COUNT + 1]; TAG_COUNT + 1];
    let mut next = 0;
    while next <= TAG_COUNT {
        let mut after = 0;
        while after <= TAG_COUNT {
            let h = Hasher::new(T_NL_NEXT_TWO)
                .byte(nl_tag_byte(next))
                .byte(nl_tag_byte(after));
            table[next][after] = bucket(h.finish());
            after += 1;
        }
        next += 1;
    }
    table
};

/// The T_NL_NEXT and T_NL_NEXT_TWO buckets of the next two tags' bytes (tag or [`OUTSIDE`]).
fn next_tag_buckets(next: u8, after: u8) -> [u32; 2] {
    let index = |byte: u8| match byte {
        OUTSIDE => Some(TAG_COUNT),
        tag => Some(usize::from(tag)).filter(|&t| t < TAG_COUNT),
    };
    match (index(next), index(after)) {
        (Some(n), Some(a)) => [NL_NEXT_BUCKETS[n], NL_NEXT_TWO_BUCKETS[n][a]],
        // Not a tag: hashed as it is.
        _ => [
            bucket(Hasher::new(T_NL_NEXT).byte(next).finish()),
            bucket(Hasher::new(T_NL_NEXT_TWO).byte(next).byte(after).finish()),
        ],
    }
}

/// The byte a non-local feature hashes for a tag index of the tables above.
const fn nl_tag_byte(index: usize) -> u8 {
    if index == TAG_COUNT {
        OUTSIDE
    } else {
        index as u8
    }
}

/// The tag byte of non-local features for a position outside the sentence.
const OUTSIDE: u8 = 0xfe;

/// A cluster feature: `template`, the level byte where the template has one, then the class
/// (little-endian).
const fn cluster_hash(template: u8, level: Option<u8>, class: u16) -> u32 {
    let mut h = Hasher::new(template);
    if let Some(level) = level {
        h = h.byte(level);
    }
    let [low, high] = class.to_le_bytes();
    bucket(h.byte(low).byte(high).finish())
}

/// [`cluster_hash`] of every class a level can hold (`N` of them).
const fn cluster_buckets<const N: usize>(template: u8, level: Option<u8>) -> [u32; N] {
    let mut table = [0; N];
    let mut class = 0;
    while class < N {
        table[class] = cluster_hash(template, level, class as u16);
        class += 1;
    }
    table
}

/// A cluster feature's bucket from its table, hashed only for ids outside it (the markers of
/// no class and of a position outside the sentence).
fn cluster_bucket(table: &[u32], template: u8, level: Option<u8>, class: u16) -> u32 {
    match table.get(class as usize) {
        Some(&b) => b,
        None => cluster_hash(template, level, class),
    }
}

/// Classes per cluster level, finest first.
const C0: usize = crate::clusters::CLASSES[0];
const C1: usize = crate::clusters::CLASSES[1];
const C2: usize = crate::clusters::CLASSES[2];
/// T_CLUSTER0 by level, then class.
const CLUSTER0_BUCKETS: [&[u32]; crate::clusters::LEVELS] = [
    &cluster_buckets::<C0>(T_CLUSTER0, Some(0)),
    &cluster_buckets::<C1>(T_CLUSTER0, Some(1)),
    &cluster_buckets::<C2>(T_CLUSTER0, Some(2)),
];
/// T_CLUSTER_M1 and T_CLUSTER_P1 by level (the two finest), then class.
const CLUSTER_M1_BUCKETS: [&[u32]; 2] = [
    &cluster_buckets::<C0>(T_CLUSTER_M1, Some(0)),
    &cluster_buckets::<C1>(T_CLUSTER_M1, Some(1)),
];
const CLUSTER_P1_BUCKETS: [&[u32]; 2] = [
    &cluster_buckets::<C0>(T_CLUSTER_P1, Some(0)),
    &cluster_buckets::<C1>(T_CLUSTER_P1, Some(1)),
];
/// T_CLUSTER_M2 and T_CLUSTER_P2 by class of the middle level.
const CLUSTER_M2_BUCKETS: [u32; C1] = cluster_buckets::<C1>(T_CLUSTER_M2, None);
const CLUSTER_P2_BUCKETS: [u32; C1] = cluster_buckets::<C1>(T_CLUSTER_P2, None);

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

impl TokenInfo {
    /// Headline and sentence-initial capitals say little: the case-bearing features are
    /// conditioned on this (0..4).
    pub fn context(&self) -> u8 {
        u8::from(self.caps_line) * 2 + u8::from(self.sentence_initial)
    }
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

/// [`shape_class`] of every ASCII char, by its byte.
const ASCII_SHAPE_CLASSES: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            other => other,
        };
        b += 1;
    }
    table
};

/// Both shapes of a word ("Xxxxx", "X.X.", "dddd") in one pass over its chars: `long` with
/// the shape capped at 8 chars added, and the key of the short shape (runs collapsed).
fn word_shapes(word: &str, mut long: Hasher) -> (Hasher, u64) {
    let mut short = Hasher::new(0);
    let mut last = 0u8;
    let mut add = |n: usize, s: u8| {
        if n < 8 {
            long = long.byte(s);
        }
        if s != last {
            last = s;
            short = short.byte(s);
        }
    };
    if word.is_ascii() {
        for (n, &b) in word.as_bytes().iter().enumerate() {
            add(n, ASCII_SHAPE_CLASSES[usize::from(b & 0x7f)]);
        }
    } else {
        for (n, c) in word.chars().enumerate() {
            add(n, shape_class(c));
        }
    }
    (long, short.finish())
}

/// The pseudo-words beyond a sentence's ends, lower-cased ("<S>", "</S>" hashed as
/// [`Hasher::lower`] hashes them).
const SENTENCE_START: &[u8] = b"<s>";
const SENTENCE_END: &[u8] = b"</s>";

/// The T_FLAGS bits of a word: a digit, a hyphen, a period, a short all-capitals word.
fn word_flags(w: &str) -> u8 {
    // Bytes suffice for the ASCII marks: no byte of a multi-byte char is ASCII.
    let (mut digit, mut hyphen, mut period) = (false, false, false);
    for b in w.bytes() {
        digit |= b.is_ascii_digit();
        hyphen |= b == b'-';
        period |= b == b'.';
    }
    u8::from(digit)
        | u8::from(hyphen) << 1
        | u8::from(period) << 2
        | u8::from(w.len() <= 4 && w.chars().all(char::is_uppercase)) << 3
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
            if w.is_ascii() {
                // Lower-cased below, with the whole document.
                bytes.extend_from_slice(w.as_bytes());
            } else {
                push_lower(&mut bytes, w);
            }
            ends.push(bytes.len());
        }
        // One pass over all the bytes: what push_lower made of the other words is unchanged
        // by it, as lower-casing never yields an ASCII capital.
        bytes.make_ascii_lowercase();
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
            // One pass per word, until it has shown two letters and a lower-case one (lower
            // case letters are letters too).
            let (mut letters, mut lower) = (0, false);
            for c in w.chars() {
                if c.is_alphabetic() {
                    letters += 1;
                    lower |= c.is_lowercase();
                    if letters >= 2 && lower {
                        break;
                    }
                }
            }
            if letters > 0 {
                if lower {
                    all_caps = false;
                }
                if letters >= 2 {
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
    let lex = &*TAGGER_LEXICON;
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
    // Sized for the document up front: growing rehashes every key.
    let mut lower_seen = KeySet::with_capacity_and_hasher(doc.words.len(), Default::default());
    let mut cap_seen = KeySet::with_capacity_and_hasher(doc.words.len() / 4, Default::default());
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

fn doc_contexts(doc: &DocView, info: &[TokenInfo], shapes: &[u64]) -> KeyMap<Vec<Occurrence>> {
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
                    Some(j) if is_capitalized(doc.words[j]) => (shapes[j] ^ 2, true),
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

/// How [`static_features_in`] lays out each token's buckets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Every feature of every token, in the order training has always summed them (its f32
    /// sums depend on the order).
    Training,
    /// For the tagger's exact integer sums, where order does not matter: a token's features
    /// that involve its neighbours or the document first, then its word features (those of
    /// its word alone in its context: the bias, the word, its affixes, shapes, clusters and
    /// flags); and the word features only at the first token of each word and context in the
    /// document, whose sums later ones share ([`StaticFeatures::same_word`]). About half the
    /// tokens of a news text repeat one.
    SharedWords,
}

/// Static feature buckets of every token: `features[offsets[i]..offsets[i + 1]]`.
pub struct StaticFeatures {
    pub buckets: Vec<u32>,
    pub offsets: Vec<usize>,
    /// Per token, the first token of the document with the same word (as written) in the same
    /// context ([`TokenInfo::context`]), whose word features it shares ([`Layout::SharedWords`]);
    /// the token itself in the training layout.
    pub same_word: Vec<u32>,
    /// Per token, where its word features start in `buckets` (they end at the next token's
    /// offset): there (none) unless the layout shares words and the token is the first of its
    /// word and context.
    pub word_starts: Vec<usize>,
    pub info: Vec<TokenInfo>,
    /// Per token, whether the tagger leaves it unscored and tags it O wherever no name is open
    /// before it ([`unscored_tokens`]); empty (none) in the training layout.
    pub unscored: Vec<bool>,
    /// Short shape of each word, for the dynamic features.
    pub shapes: Vec<u64>,
    /// The words lower-cased, for the dynamic features.
    pub lowered: Lowered,
}

impl StaticFeatures {
    /// Whether token `i` is left unscored ([`unscored_tokens`]); never in the training layout.
    pub fn is_unscored(&self, i: usize) -> bool {
        self.unscored.get(i).copied().unwrap_or(false)
    }

    /// The buckets of token `i`: all its static features in the training layout; in the
    /// shared-words layout a token that repeats a word lacks that word's features.
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
    let n = doc.words.len();
    // Filled in token order (no zeroing first): tokens outside every sentence, which a
    // well-formed view has none of, keep zero lanes.
    let mut lanes: Vec<[u64; LANES]> = Vec::with_capacity(n);
    for &(first, end) in &doc.sentences {
        if lanes.len() < first {
            lanes.resize(first, [0; LANES]);
        }
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
            let word_lanes = fnv_lanes(s, lowered.of(i));
            match lanes.get_mut(i) {
                Some(slot) => *slot = word_lanes,
                None => lanes.push(word_lanes),
            }
        }
    }
    lanes.resize(n, [0; LANES]);
    lanes
}

/// The static features of every token in the training layout ([`Layout::Training`]).
pub fn static_features(doc: &DocView) -> StaticFeatures {
    static_features_in(doc, Layout::Training)
}

/// The first token of each token's word and context (see [`StaticFeatures::same_word`]): in
/// the shared-words layout, found by the word's lower-cased key and its context, and checked
/// against the word as written, so that a collision or another casing only costs the sharing.
fn first_of_same_word(doc: &DocView, info: &[TokenInfo], layout: Layout) -> Vec<u32> {
    let mut first_of: KeyMap<u32> = KeyMap::default();
    if layout == Layout::SharedWords {
        first_of.reserve(doc.words.len());
    }
    (0..doc.words.len())
        .map(|i| {
            if layout == Layout::Training {
                return i as u32;
            }
            let (w, context) = (doc.words[i], info[i].context());
            let key = info[i].lower_key ^ u64::from(context);
            let first = *first_of.entry(key).or_insert(i as u32);
            let k = first as usize;
            if doc.words[k] == w && info[k].context() == context {
                first
            } else {
                i as u32
            }
        })
        .collect()
}

/// The words of a data file (one a line, `#` comments), keyed as [`TokenInfo::lower_key`]
/// keys a token's lower-cased word.
fn lower_word_keys(data: &str) -> KeyMap<()> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|w| (crate::clusters::word_key(w), ()))
        .collect()
}

/// Lower-case words that stand inside or open names (`data/name_particles.txt`).
static NAME_PARTICLES: std::sync::LazyLock<KeyMap<()>> =
    std::sync::LazyLock::new(|| lower_word_keys(include_str!("../data/name_particles.txt")));

/// Function words that open sentences capitalised (`data/capitalised_function_words.txt`).
static CAPITALISED_FUNCTION_WORDS: std::sync::LazyLock<KeyMap<()>> =
    std::sync::LazyLock::new(|| {
        lower_word_keys(include_str!("../data/capitalised_function_words.txt"))
    });

/// Whether a word, by its lower-cased key ([`TokenInfo::lower_key`]), is a function word that
/// opens sentences capitalised ("The", "He").
pub(crate) fn is_capitalised_function_word(lower_key: u64) -> bool {
    CAPITALISED_FUNCTION_WORDS.contains_key(&lower_key)
}

/// The tokens the tagger need not score: lower-case words ("said", "long-term") that are no
/// name particle (`data/name_particles.txt`) and follow no capitalised word, number or joining
/// mark, and marks that never stand inside a name (commas, end marks, brackets, quotes).
/// Names are capitalised; these words are about half the tokens of a news text, and
/// scoring them was half the tagger's work. The decoder tags them O, and a name still open
/// before one ends at the word before ([`crate::perceptron::greedy`]). Measured on CoNLL-2003
/// dev: strict F1 0.9068 with every token scored, 0.9071 so; leaving the marks unscored too
/// (thirty-third session) took 4 % of the instructions of `ner::find` with the rest of the
/// pipeline's share, and moved dev from 0.9158 to 0.9165.
pub fn unscored_tokens(doc: &DocView, info: &[TokenInfo]) -> Vec<bool> {
    let mut unscored = vec![false; doc.words.len()];
    let particles = &*NAME_PARTICLES;
    for &(first, end) in &doc.sentences {
        for i in first..end {
            let w = doc.words[i].as_bytes();
            // Marks that never stand inside a name: commas, end marks, brackets, quotes.
            if is_separating_mark(doc.words[i]) {
                unscored[i] = true;
                continue;
            }
            let lower_word = w.first().is_some_and(u8::is_ascii_lowercase)
                && w.iter().all(|&b| b.is_ascii_lowercase() || b == b'-')
                && w.last().is_some_and(u8::is_ascii_lowercase);
            if !lower_word || particles.contains_key(&info[i].lower_key) {
                continue;
            }
            // Not after a capitalised word, a number or a joining mark: "Interior ministry",
            // "Euro 96 qualifier", "Rolls-royce" may go on with a name.
            // ("He said", "The troops": a capitalised function word is no name.)
            let after_name = i > first
                && doc.words[i - 1].chars().next().is_some_and(|c| {
                    c.is_uppercase() || c.is_numeric() || matches!(c, '&' | '-' | '.' | '\'')
                })
                && !is_capitalised_function_word(info[i - 1].lower_key);
            unscored[i] = !after_name;
        }
    }
    unscored
}

/// Whether `word` is a mark that never stands inside a name ("," "." ";" ":" "?" "!" brackets
/// and quotation marks).
fn is_separating_mark(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '?' | '!' | '(' | ')' | '"' | '“' | '”' | '‘' | '’' | '`'
            )
        })
}

/// A token's buckets as the layout orders them: in the shared-words layout the word features
/// wait for the end of the token.
struct TokenBuckets<'a> {
    buckets: &'a mut Vec<u32>,
    layout: Layout,
    words: Vec<u32>,
}

impl TokenBuckets<'_> {
    fn word(&mut self, buckets: &[u32]) {
        match self.layout {
            Layout::Training => self.buckets.extend_from_slice(buckets),
            Layout::SharedWords => self.words.extend_from_slice(buckets),
        }
    }

    fn others(&mut self, buckets: &[u32]) {
        self.buckets.extend_from_slice(buckets);
    }

    fn other(&mut self, bucket: u32) {
        self.buckets.push(bucket);
    }

    /// Ends a token; returns where its word features start (the end, in the training layout).
    fn finish_token(&mut self) -> usize {
        let word_start = self.buckets.len();
        self.buckets.append(&mut self.words);
        match self.layout {
            Layout::Training => self.buckets.len(),
            Layout::SharedWords => word_start,
        }
    }
}

/// The static features of every token, laid out as `layout` says.
pub fn static_features_in(doc: &DocView, layout: Layout) -> StaticFeatures {
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
    let unscored = match layout {
        Layout::Training => Vec::new(),
        Layout::SharedWords => unscored_tokens(doc, &info),
    };
    let mut same_word = first_of_same_word(doc, &info, layout);
    // A scored token whose word and context first came unscored keeps word features of its
    // own, shared with the later scored tokens of that word.
    if !unscored.is_empty() {
        // By first token: the first scored token of its word and context.
        let mut scored_first = vec![u32::MAX; n];
        for i in 0..n {
            let first = same_word[i] as usize;
            if unscored[first] && !unscored[i] {
                if scored_first[first] == u32::MAX {
                    scored_first[first] = i as u32;
                }
                same_word[i] = scored_first[first];
            }
        }
    }
    let gaz = gazetteer_marks(doc, &lowered);
    let (lower_seen, cap_seen) = doc_case_sets(doc, &info);
    // T_SHAPE0 of every token, and the short shapes its neighbours' features read.
    // (A repeated word and context has the shapes and clusters of its first token.)
    let mut shape0 = Vec::with_capacity(n);
    let mut shapes = Vec::with_capacity(n);
    for (i, (w, t)) in doc.words.iter().zip(&info).enumerate() {
        let first = same_word[i] as usize;
        let (long, short) = match (shape0.get(first), shapes.get(first)) {
            (Some(&long), Some(&short)) if first < i => (long, short),
            _ => {
                let (long, short) = word_shapes(w, Hasher::new(T_SHAPE0).byte(t.context()));
                (bucket(long.finish()), short)
            }
        };
        shape0.push(long);
        shapes.push(short);
    }
    let contexts = doc_contexts(doc, &info, &shapes);
    let table = &*crate::clusters::CLUSTERS;
    let mut clusters: Vec<[u16; crate::clusters::LEVELS]> = Vec::with_capacity(n);
    for (i, (w, t)) in doc.words.iter().zip(&info).enumerate() {
        let first = same_word[i] as usize;
        let classes = match clusters.get(first) {
            Some(&classes) if first < i => classes,
            _ => {
                // A word already in lower case has its lower-cased key as its key as written.
                let as_written = if lowered.of(i) == w.as_bytes() {
                    t.lower_key
                } else {
                    crate::clusters::word_key(w)
                };
                table
                    .get_keyed(as_written, t.lower_key)
                    .unwrap_or(NO_CLUSTER)
            }
        };
        clusters.push(classes);
    }
    let mut buckets = Vec::with_capacity(n * 56);
    let mut offsets = Vec::with_capacity(n + 1);
    let mut word_starts = Vec::with_capacity(n);
    let mut out = TokenBuckets {
        buckets: &mut buckets,
        layout,
        words: Vec::with_capacity(32),
    };
    let single_kinds = |i: usize| gaz[i].iter().filter(|&&(_, p)| p == 0).map(|&(k, _)| k);
    let finished = |i: usize, lane: usize| Hasher::from_state(lanes[i][lane]);

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
                Hasher::new(template).bytes(SENTENCE_START)
            }
        };
        let after = |i: usize, ahead: usize, lane: usize, template: u8| {
            if i + ahead < end {
                finished(i + ahead, lane)
            } else {
                Hasher::new(template).bytes(SENTENCE_END)
            }
        };
        for i in first..end {
            offsets.push(out.buckets.len());
            if unscored.get(i) == Some(&true) {
                word_starts.push(out.buckets.len());
                continue;
            }
            let t = info[i];
            let w = doc.words[i];
            let low = lowered.of(i);
            let ii = i as isize;
            let context = t.context();
            let finish = |h: Hasher| bucket(h.finish());
            // A repeated word and context shares the sums of its first token's word features.
            let with_word = layout == Layout::Training || same_word[i] as usize == i;

            // Fixed runs of features are gathered in arrays and appended at once, in the
            // order training sums them; runs of word features (see [`Layout`]) apart.
            if with_word {
                out.word(&[
                    finish(Hasher::new(T_BIAS)),
                    finish(finished(i, LANE_W0)),
                    finish(Hasher::new(T_W0_CASED).byte(context).bytes(w.as_bytes())),
                ]);
            }
            out.others(&[
                finish(before(i, 1, LANE_WM1, T_WM1)),
                finish(after(i, 1, LANE_WP1, T_WP1)),
                finish(before(i, 2, LANE_WM2, T_WM2)),
                finish(after(i, 2, LANE_WP2, T_WP2)),
                finish(finished(i, LANE_BIGRAM_M1)),
                finish(if i + 1 < end {
                    finished(i + 1, LANE_PREV_BIGRAM_P1)
                } else {
                    finished(i, LANE_BIGRAM_P1_HEAD).sep().bytes(SENTENCE_END)
                }),
            ]);
            if with_word {
                // Up to four prefixes, then up to four suffixes.
                let mut affixes = [0u32; 8];
                let mut count = 0;
                if w.is_ascii() {
                    // One byte per char, and lower-casing keeps the length.
                    let mut prefix = Hasher::new(T_PREFIX);
                    for &b in low.iter().take(4) {
                        prefix = prefix.byte(b);
                        affixes[count] = finish(prefix);
                        count += 1;
                    }
                    for k in 1..=low.len().min(4) {
                        affixes[count] = finish(Hasher::new(T_SUFFIX).bytes(&low[low.len() - k..]));
                        count += 1;
                    }
                } else {
                    for end_byte in w.char_indices().map(|(b, c)| b + c.len_utf8()).take(4) {
                        affixes[count] = finish(Hasher::new(T_PREFIX).lower(&w[..end_byte]));
                        count += 1;
                    }
                    for (start_byte, _) in w.char_indices().rev().take(4) {
                        affixes[count] = finish(Hasher::new(T_SUFFIX).lower(&w[start_byte..]));
                        count += 1;
                    }
                }
                out.word(&affixes[..count]);
                out.word(&[
                    shape0[i],
                    finish(
                        Hasher::new(T_SHORT_SHAPE0)
                            .byte(context)
                            .bytes(&shapes[i].to_le_bytes()),
                    ),
                ]);
            }
            let (m2, m1, c0) = (cluster(ii - 2), cluster(ii - 1), cluster(ii));
            let (p1, p2) = (cluster(ii + 1), cluster(ii + 2));
            let level = |l: usize| Some(l as u8);
            out.others(&[
                finish(
                    Hasher::new(T_SHORT_SHAPE_M1)
                        .byte(context)
                        .bytes(&shape(ii - 1).to_le_bytes()),
                ),
                finish(
                    Hasher::new(T_SHORT_SHAPE_P1)
                        .byte(context)
                        .bytes(&shape(ii + 1).to_le_bytes()),
                ),
                finish(
                    Hasher::new(T_SHAPE_WINDOW)
                        .byte(context)
                        .bytes(&shape(ii - 1).to_le_bytes())
                        .bytes(&shapes[i].to_le_bytes())
                        .bytes(&shape(ii + 1).to_le_bytes()),
                ),
                finish(before(i, 1, LANE_WM1_SHAPE0, T_WM1_SHAPE0).bytes(&shapes[i].to_le_bytes())),
                finish(finished(i, LANE_W0_SHAPE_P1).bytes(&shape(ii + 1).to_le_bytes())),
            ]);
            if with_word {
                // Word classes from unlabeled text: the word and its neighbours, coarse to
                // fine.
                out.word(&[
                    cluster_bucket(CLUSTER0_BUCKETS[0], T_CLUSTER0, level(0), c0[0]),
                    cluster_bucket(CLUSTER0_BUCKETS[1], T_CLUSTER0, level(1), c0[1]),
                    cluster_bucket(CLUSTER0_BUCKETS[2], T_CLUSTER0, level(2), c0[2]),
                ]);
            }
            out.others(&[
                cluster_bucket(CLUSTER_M1_BUCKETS[0], T_CLUSTER_M1, level(0), m1[0]),
                cluster_bucket(CLUSTER_P1_BUCKETS[0], T_CLUSTER_P1, level(0), p1[0]),
                cluster_bucket(CLUSTER_M1_BUCKETS[1], T_CLUSTER_M1, level(1), m1[1]),
                cluster_bucket(CLUSTER_P1_BUCKETS[1], T_CLUSTER_P1, level(1), p1[1]),
                cluster_bucket(&CLUSTER_M2_BUCKETS, T_CLUSTER_M2, None, m2[1]),
                cluster_bucket(&CLUSTER_P2_BUCKETS, T_CLUSTER_P2, None, p2[1]),
            ]);
            if with_word {
                out.word(&[FLAG_BUCKETS[usize::from(context)][usize::from(word_flags(w))]]);
            }
            let cap = usize::from(is_capitalized(w));
            for &(kind, pos) in &gaz[i] {
                out.other(GAZ_BUCKETS[usize::from(kind)][usize::from(pos)][cap]);
            }
            if i > first {
                for kind in single_kinds(i - 1) {
                    out.other(GAZ_M1_BUCKETS[usize::from(kind)][cap]);
                }
            }
            if i + 1 < end {
                for kind in single_kinds(i + 1) {
                    out.other(GAZ_P1_BUCKETS[usize::from(kind)][cap]);
                }
            }
            if cap == 1 {
                let evidence = u8::from(lower_seen.contains(&t.lower_key))
                    | u8::from(cap_seen.contains(&t.lower_key)) << 1;
                out.other(DOC_CASE_BUCKETS[usize::from(context)][usize::from(evidence)]);
                let with_word = Hasher::new(T_DOC_CASE)
                    .byte(context)
                    .byte(evidence)
                    .bytes(low);
                out.other(bucket(with_word.finish()));
                // Context aggregation: how the other occurrences of this word are used.
                if let Some(others) = contexts.get(&t.lower_key) {
                    for c in others.iter().filter(|c| c.token != i) {
                        out.others(&c.buckets);
                    }
                }
            }
            word_starts.push(out.finish_token());
        }
    }
    offsets.push(out.buckets.len());
    StaticFeatures {
        buckets,
        offsets,
        same_word,
        word_starts,
        info,
        unscored,
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
    for &(first, end) in &doc.sentences {
        let tag_at = |j: usize| -> u8 {
            if j >= end {
                OUTSIDE
            } else {
                prior[j].0
            }
        };
        for i in first..end {
            offsets.push(buckets.len());
            if feats.is_unscored(i) {
                continue;
            }
            let info = feats.info[i];
            let context = info.context();
            // Not the token's own first-pass tag: the second pass would learn to copy it.
            buckets.extend_from_slice(&next_tag_buckets(tag_at(i + 1), tag_at(i + 2)));
            let mut push = |h: Hasher| buckets.push(bucket(h.finish()));
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

/// The dynamic features of token `i` given the two previous tags and the history: the
/// buckets of [`tag_pair_buckets`], then of [`word_tag_buckets`] interleaved with
/// [`history_bucket`], in the order training has always summed them.
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
    let past = past_type(feats, words, i, history);
    let [prev_tag, prev_two_tags] = tag_pair_buckets(prev, prev2);
    let [prev_tag_word, prev_tag_shape, history_shape] = word_tag_buckets(feats, i, prev, past);
    out.extend_from_slice(&[
        prev_tag,
        prev_two_tags,
        prev_tag_word,
        prev_tag_shape,
        history_bucket(past),
        history_shape,
    ]);
}

/// What the history says of token `i`: the entity type its word was last tagged with in
/// this document (capitalised words only), or `TYPE_COUNT` for none.
pub fn past_type(feats: &StaticFeatures, words: &[&str], i: usize, history: &History) -> u8 {
    if is_capitalized(words[i]) {
        history.get(&feats.info[i].lower_key).copied()
    } else {
        None
    }
    .unwrap_or(TYPE_COUNT as u8)
}

/// The dynamic buckets that depend on the previous two tags alone (T_PREV_TAG,
/// T_PREV_TWO_TAGS): few enough to score once per model.
pub fn tag_pair_buckets(prev: Tag, prev2: Tag) -> [u32; 2] {
    let (p1, p2) = (prev.0, prev2.0);
    [
        bucket(Hasher::new(T_PREV_TAG).byte(p1).finish()),
        bucket(Hasher::new(T_PREV_TWO_TAGS).byte(p1).byte(p2).finish()),
    ]
}

/// The T_HISTORY bucket of a [`past_type`]: also few enough to score once per model.
pub fn history_bucket(past: u8) -> u32 {
    bucket(Hasher::new(T_HISTORY).byte(past).finish())
}

/// The dynamic buckets that combine the previous tag or the history with the token itself
/// (T_PREV_TAG_W0, T_PREV_TAG_SHAPE, T_HISTORY_SHAPE).
pub fn word_tag_buckets(feats: &StaticFeatures, i: usize, prev: Tag, past: u8) -> [u32; 3] {
    let p1 = prev.0;
    let info = feats.info[i];
    let shape = feats.shapes[i].to_le_bytes();
    let context = info.context();
    [
        bucket(
            Hasher::new(T_PREV_TAG_W0)
                .byte(p1)
                .bytes(feats.lowered.of(i))
                .finish(),
        ),
        bucket(
            Hasher::new(T_PREV_TAG_SHAPE)
                .byte(p1)
                .bytes(&shape)
                .finish(),
        ),
        bucket(
            Hasher::new(T_HISTORY_SHAPE)
                .byte(past)
                .byte(context)
                .bytes(&shape)
                .finish(),
        ),
    ]
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
    fn lowered_words_are_lower_cased_one_by_one() {
        let words = ["Kim", "TÜRKIYE", "İstanbul", "U.S.", "ΣΟΦΙΑ", ""];
        let lowered = Lowered::new(&words);
        for (i, w) in words.iter().enumerate() {
            let mut alone = Vec::new();
            push_lower(&mut alone, w);
            assert_eq!(lowered.of(i), alone.as_slice(), "{w}");
        }
    }

    #[test]
    fn tabled_buckets_equal_the_hashed_ones() {
        let hashed = |h: Hasher| bucket(h.finish());
        for class in [0u16, 5, 127, 128, 511, 512, u16::MAX - 1, u16::MAX] {
            let le = class.to_le_bytes();
            for (level, table) in CLUSTER0_BUCKETS.into_iter().enumerate() {
                assert_eq!(
                    cluster_bucket(table, T_CLUSTER0, Some(level as u8), class),
                    hashed(Hasher::new(T_CLUSTER0).byte(level as u8).bytes(&le))
                );
            }
            assert_eq!(
                cluster_bucket(&CLUSTER_P2_BUCKETS, T_CLUSTER_P2, None, class),
                hashed(Hasher::new(T_CLUSTER_P2).bytes(&le))
            );
        }
        for (next, after) in [(0, 0), (16, OUTSIDE), (OUTSIDE, OUTSIDE), (3, 200), (17, 2)] {
            assert_eq!(
                next_tag_buckets(next, after),
                [
                    hashed(Hasher::new(T_NL_NEXT).byte(next)),
                    hashed(Hasher::new(T_NL_NEXT_TWO).byte(next).byte(after)),
                ]
            );
        }
        assert_eq!(
            GAZ_BUCKETS[3][2][1],
            hashed(Hasher::new(T_GAZ).byte(3).byte(2).byte(1))
        );
        assert_eq!(
            FLAG_BUCKETS[2][9],
            hashed(Hasher::new(T_FLAGS).byte(2).byte(9))
        );
    }

    #[test]
    fn both_shapes_in_one_pass_equal_each_shape_alone() {
        // Each shape char by char, as the features were first written.
        let shape = |mut h: Hasher, word: &str, short: bool| {
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
        };
        for word in [
            "Kim",
            "U.S.",
            "F-16",
            "1990s",
            "ÉCOLE",
            "x",
            "Übersetzungsbüro",
            "",
        ] {
            let start = Hasher::new(T_SHAPE0).byte(1);
            let (long, short) = word_shapes(word, start);
            assert_eq!(long.finish(), shape(start, word, false).finish(), "{word}");
            assert_eq!(short, shape(Hasher::new(0), word, true).finish(), "{word}");
        }
        assert_eq!(word_flags("F-16."), 0b0111);
        assert_eq!(word_flags("NATO"), 0b1000);
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
