//! A learned contextual cue classifier: whether a word the lexicons do not list ("criticized",
//! "accuse", "rated") is an attribution cue *here*, from the words around it.
//!
//! Binary logistic regression over hashed features (the word, its stem and ending, two words
//! either side, what follows it — "that", a quotation, a colon, a comma, "to" — and what kind
//! of subject precedes it in its clause), trained on the PolNeAR training split only by
//! `examples/train_cue_model.rs` (fixed seed and epochs, and an exponential of plain
//! arithmetic: a retrain is byte-identical on any processor) and stored as
//! `model/cue_model.bin`, one quantized `i16` weight per feature bucket.
//!
//! Only words outside quotations, not function words (`data/function_words.txt`) and not
//! already cues of the rules are scored: the rules stay in charge of what they know.
use crate::lexicon::{VerbEntry, LEXICON};
use crate::Doc;
use model::{Segmentation, Span, TokenKind};
use std::sync::LazyLock;

/// The model trained from PolNeAR train, built in; `None` only if the file were not a model.
pub static BUILTIN: LazyLock<Option<CueModel>> =
    LazyLock::new(|| CueModel::from_bytes(include_bytes!("../model/cue_model.bin")));

/// What a word is to the features, looked up once per word with a fast hash: one table in
/// place of five lexicon look-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Function,
    Pronoun,
    Actor,
    Boundary,
}

/// Everything the cue search asks of a word, from one look-up per token: its class for the
/// classifier, its reporting-verb entry, whether it is a nominal cue and whether a multi-word
/// cue opens with it.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordInfo {
    class: Option<WordClass>,
    pub(crate) verb: Option<VerbEntry>,
    pub(crate) nominal: bool,
    pub(crate) opens_phrase: bool,
    /// A verb that revises an estimate "to" a figure (`data/revision_verbs.txt`): read for
    /// every token by the estimate test, so kept here rather than hashed again.
    pub(crate) revision: bool,
}

impl WordInfo {
    /// Whether the word may be a noun of a phrase: no function word, pronoun or clause
    /// boundary ("lobbying firms", not "lobbying for").
    pub(crate) fn may_be_noun(&self) -> bool {
        !matches!(
            self.class,
            Some(WordClass::Function | WordClass::Pronoun | WordClass::Boundary)
        )
    }
}

type FastMap<K, V> = crate::lexicon::HashMap<K, V>;

static WORD_INFO: LazyLock<FastMap<&'static str, WordInfo>> = LazyLock::new(|| {
    let lex = &*LEXICON;
    let mut map: FastMap<&'static str, WordInfo> = FastMap::default();
    for word in lex.actor_nouns.iter().chain(&lex.anonymous_heads) {
        map.entry(*word).or_default().class = Some(WordClass::Actor);
    }
    for word in lex.pronouns.keys().chain(&lex.speaker_pronouns) {
        map.entry(*word).or_default().class = Some(WordClass::Pronoun);
    }
    for word in include_str!("../data/function_words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let info = map.entry(word).or_default();
        if info.class.is_none() {
            info.class = Some(WordClass::Function);
        }
    }
    // Words that close the clause a subject would stand in.
    for word in [",", ";", ":", "that", "and", "but", "(", ")"] {
        map.entry(word).or_default().class = Some(WordClass::Boundary);
    }
    for (word, entry) in &lex.verbs {
        map.entry(*word).or_default().verb = Some(*entry);
    }
    for word in &lex.nominals {
        map.entry(*word).or_default().nominal = true;
    }
    for word in &lex.revision_verbs {
        map.entry(*word).or_default().revision = true;
    }
    for phrase in &lex.phrases {
        if let Some(first) = phrase.0.first() {
            map.entry(*first).or_default().opens_phrase = true;
        }
    }
    map
});

/// [`WORD_INFO`] keyed by the FNV hash of the word, which every token gets anyway for the
/// features: a look-up then hashes eight bytes, not the word. The entry keeps its word to tell
/// a hash collision from a match; two listed words with one hash share a `None` entry, which
/// sends their look-ups to [`WORD_INFO`].
struct ByHash {
    entries: FastMap<u64, Option<(&'static str, WordInfo)>>,
    /// The longest listed word: a longer token is none of these and needs no look-up.
    longest: usize,
}

static BY_HASH: LazyLock<ByHash> = LazyLock::new(|| {
    let mut entries: FastMap<u64, Option<(&'static str, WordInfo)>> = FastMap::default();
    for (word, info) in WORD_INFO.iter() {
        entries
            .entry(fnv(word.as_bytes()))
            .and_modify(|slot| *slot = None)
            .or_insert(Some((*word, *info)));
    }
    ByHash {
        entries,
        longest: WORD_INFO.keys().map(|w| w.len()).max().unwrap_or(0),
    }
});

/// What the lexicons say of `word`, whose FNV hash is `hash`, from `table` ([`BY_HASH`],
/// dereferenced once by the caller rather than once per word).
fn info_of(table: &ByHash, word: &str, hash: u64) -> WordInfo {
    if word.len() > table.longest {
        return WordInfo::default();
    }
    match table.entries.get(&hash) {
        None => WordInfo::default(),
        Some(Some((listed, info))) if *listed == word => *info,
        Some(Some(_)) => WordInfo::default(),
        Some(None) => WORD_INFO.get(word).copied().unwrap_or_default(),
    }
}

/// log2 of the number of feature buckets.
pub const BUCKET_BITS: u32 = 17;
const BUCKETS: usize = 1 << BUCKET_BITS;
const MAGIC: &[u8; 8] = b"ACUE0001";
/// Features per scored word (a fixed array: no allocation per word).
pub const FEATURES: usize = 29;

/// A trained cue classifier.
pub struct CueModel {
    /// Quantized weights, kept as `i16`: half the cache footprint of `f32`.
    weights: Vec<i16>,
    scale: f32,
}

impl CueModel {
    /// Reads a model written by [`Trainer::finish`]; `None` when the bytes are no such model.
    pub fn from_bytes(bytes: &[u8]) -> Option<CueModel> {
        let body = bytes.strip_prefix(MAGIC)?;
        let bits = u32::from_le_bytes(body.get(..4)?.try_into().ok()?);
        let scale = f32::from_le_bytes(body.get(4..8)?.try_into().ok()?);
        let weights = body.get(8..)?;
        if bits != BUCKET_BITS || weights.len() != BUCKETS * 2 {
            return None;
        }
        Some(CueModel {
            weights: weights
                .chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect(),
            scale,
        })
    }

    /// The log-odds that the features belong to a cue.
    pub fn score(&self, features: &[u32; FEATURES]) -> f32 {
        let sum: i32 = features
            .iter()
            .map(|&f| i32::from(self.weights.get(f as usize).copied().unwrap_or(0)))
            .sum();
        sum as f32 * self.scale
    }
}

/// FNV-1a over some bytes.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// A feature bucket from a template id and two values.
fn bucket(template: u64, a: u64, b: u64) -> u32 {
    let mut h = template.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a;
    h = (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ b;
    h = (h ^ (h >> 29)).wrapping_mul(0x94d0_49bb_1331_11eb);
    ((h ^ (h >> 32)) as u32) & (BUCKETS as u32 - 1)
}

/// The word with a common inflection cut off ("criticized" -> "criticiz", "accuses" -> "accus"),
/// so that the forms of one verb share weight.
fn stem(word: &str) -> &str {
    // Every ending below ends in 'g', 'd', 's' or 'e': a word ending otherwise keeps its form
    // without seven comparisons.
    if !matches!(word.as_bytes().last(), Some(b'g' | b'd' | b's' | b'e')) {
        return word;
    }
    for suffix in ["ing", "ied", "ies", "ed", "es", "s", "e"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.len() >= 3 {
                return rest;
            }
        }
    }
    word
}

/// Per token of a document: its word hash and word class, computed once for all features.
#[derive(Default)]
pub(crate) struct Tables {
    hash: Vec<u64>,
    info: Vec<WordInfo>,
    /// The word's classes in the entity tagger's word clusters (finest first; `u16::MAX`
    /// where the unlabeled text never clustered it): "chastised" shares its class with
    /// "criticized", so a cue verb PolNeAR train never showed still scores as one.
    cluster: Vec<[u16; ner::clusters::LEVELS]>,
}

impl Tables {
    /// The tables of the lower-cased tokens `lowered` (one string per token).
    pub(crate) fn new<'w>(lowered: impl ExactSizeIterator<Item = &'w str>) -> Tables {
        let mut tables = Tables {
            hash: Vec::with_capacity(lowered.len()),
            info: Vec::with_capacity(lowered.len()),
            cluster: Vec::with_capacity(lowered.len()),
        };
        let table = &*BY_HASH;
        let clusters = &*ner::clusters::CLUSTERS;
        for word in lowered {
            let hash = fnv(word.as_bytes());
            tables.hash.push(hash);
            tables.info.push(info_of(table, word, hash));
            let key = ner::clusters::word_key(word);
            tables.cluster.push(
                clusters
                    .get_keyed(key, key)
                    .unwrap_or([u16::MAX; ner::clusters::LEVELS]),
            );
        }
        tables
    }

    fn class(&self, i: usize) -> Option<WordClass> {
        self.info.get(i).and_then(|info| info.class)
    }

    /// Whether token `i` is a function word (`data/function_words.txt`): an article, a
    /// preposition, an auxiliary, never a name.
    pub(crate) fn is_function_word(&self, i: usize) -> bool {
        self.class(i) == Some(WordClass::Function)
    }

    /// What the lexicons say of token `i` (nothing past the end).
    pub(crate) fn info(&self, i: usize) -> WordInfo {
        self.info.get(i).copied().unwrap_or_default()
    }
}

/// Whether token `i` may be scored at all: a word outside quotations, no function word.
pub(crate) fn candidate(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && doc.quote_of[i] == 0
        && doc.lw_as_spelled(i).len() >= 3
        && doc.cue_tables.class(i) != Some(WordClass::Function)
}

/// Word hash of token `j` of the sentence `[a, b)`, with sentence-edge markers outside it.
fn word_hash(doc: &Doc<'_>, a: usize, b: usize, j: isize) -> u64 {
    if j < a as isize {
        1
    } else if j >= b as isize {
        2
    } else {
        doc.cue_tables.hash.get(j as usize).copied().unwrap_or(0)
    }
}

/// Coarse shape: lower-case word, capitalized word, number, punctuation, quote, outside.
fn shape(doc: &Doc<'_>, a: usize, b: usize, j: isize) -> u64 {
    if j < a as isize || j >= b as isize {
        return 5;
    }
    let j = j as usize;
    match doc.tokens[j].kind {
        TokenKind::Word if doc.is_capitalized(j) => 1,
        TokenKind::Word => 0,
        TokenKind::Number => 2,
        TokenKind::Quote => 4,
        _ => 3,
    }
}

/// The features of token `i` in the sentence `[a, b)`.
///
/// `last_lexicon_cue` is the last token before `i` in the sentence whose word the cue lexicon
/// lists (the caller tracks it as it walks the sentence).
pub(crate) fn features(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    i: usize,
    last_lexicon_cue: Option<usize>,
) -> [u32; FEATURES] {
    let w = doc.lw_as_spelled(i);
    let ii = i as isize;
    let h0 = doc.cue_tables.hash.get(i).copied().unwrap_or(0);
    let stem_h = fnv(stem(w).as_bytes());
    let suffix_h = fnv(w.get(w.len().saturating_sub(3)..).unwrap_or(w).as_bytes());
    let (hm1, hm2) = (word_hash(doc, a, b, ii - 1), word_hash(doc, a, b, ii - 2));
    let (hp1, hp2) = (word_hash(doc, a, b, ii + 1), word_hash(doc, a, b, ii + 2));
    let shapes =
        shape(doc, a, b, ii - 1) * 36 + shape(doc, a, b, ii) * 6 + shape(doc, a, b, ii + 1);
    // What opens after the word: "that", a quotation, a colon, a comma, "to", the end.
    let mut next = 0u64;
    for (distance, j) in (i + 1..b.min(i + 5)).enumerate() {
        let marker = match doc.lw_as_spelled(j) {
            "that" => 1,
            ":" => 3,
            "," => 4,
            "to" => 5,
            "." | "!" | "?" => 6,
            "whether" | "if" | "how" | "why" | "what" => 7,
            _ if doc.kind(j) == Some(TokenKind::Quote) => 2,
            _ => 0,
        };
        if marker != 0 {
            next = marker * 8 + distance as u64;
            break;
        }
    }
    if next == 0 && i + 1 >= b {
        next = 6 * 8;
    }
    // The nearest subject-like word left of it in its clause: a pronoun, a name, an actor noun.
    let mut subject = 0u64;
    let mut j = i;
    while j > a && i - j < 8 {
        j -= 1;
        let class = doc.cue_tables.class(j);
        if class == Some(WordClass::Boundary) || doc.kind(j) == Some(TokenKind::Quote) {
            subject = 9;
            break;
        }
        if class == Some(WordClass::Pronoun) {
            subject = 1 + (i - j).min(3) as u64;
            break;
        }
        if doc.kind(j) == Some(TokenKind::Word) && doc.is_capitalized(j) && j > a {
            subject = 4 + (i - j).min(3) as u64;
            break;
        }
        if class == Some(WordClass::Actor) {
            subject = 7;
            break;
        }
    }
    let position = match i - a {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=5 => 3,
        6..=10 => 4,
        _ => 5,
    };
    // Bounded windows, not the whole sentence: a word costs the same in any sentence.
    let quote_in_sentence =
        (i + 1..b.min(i + 13)).any(|j| doc.kind(j) == Some(TokenKind::Quote)) as u64;
    let cue_before = last_lexicon_cue.is_some_and(|j| j < i && i - j <= 10) as u64;
    let capital = doc.is_capitalized(i) as u64;
    let cluster = |j: usize, level: usize| {
        doc.cue_tables
            .cluster
            .get(j)
            .map_or(u64::from(u16::MAX), |c| u64::from(c[level]))
    };
    let next_cluster = if i + 1 < b {
        cluster(i + 1, 1)
    } else {
        1 << 20
    };
    [
        bucket(0, 0, 0),
        bucket(1, h0, 0),
        bucket(2, stem_h, 0),
        bucket(3, suffix_h, 0),
        bucket(4, hm1, 0),
        bucket(5, hm2, 0),
        bucket(6, hp1, 0),
        bucket(7, hp2, 0),
        bucket(8, hm1, h0),
        bucket(9, h0, hp1),
        bucket(10, stem_h, hp1),
        bucket(11, shapes, 0),
        bucket(12, next, 0),
        bucket(13, subject, 0),
        bucket(14, position, 0),
        bucket(15, stem_h, next),
        bucket(16, stem_h, subject),
        bucket(17, subject, next),
        bucket(18, quote_in_sentence, next),
        bucket(19, cue_before, 0),
        bucket(20, capital, position),
        bucket(21, suffix_h, next),
        bucket(22, hm1, hp1),
        bucket(23, stem_h, quote_in_sentence),
        bucket(24, cluster(i, 0), 0),
        bucket(25, cluster(i, 1), 0),
        bucket(26, cluster(i, 2), next),
        bucket(27, cluster(i, 1), subject),
        bucket(28, cluster(i, 1), next_cluster),
    ]
}

/// One scored word of a training text: its features and whether it lies in a gold cue.
pub struct Example {
    pub features: [u32; FEATURES],
    pub cue: bool,
}

/// The candidate words of a text as training examples, labelled by the gold cue spans.
pub fn examples(text: &str, segmentation: &Segmentation, cues: &[Span]) -> Vec<Example> {
    let doc = Doc::new(text, segmentation, &[]);
    let mut out = Vec::new();
    let n = doc.tokens.len();
    for sentence in &segmentation.sentences {
        let (a, b) = (sentence.first_token, sentence.end_token.min(n));
        let mut last_lexicon_cue = None;
        for i in a..b {
            if doc.quote_of[i] != 0 {
                continue;
            }
            if LEXICON.verbs.contains_key(doc.lw_as_spelled(i)) {
                last_lexicon_cue = Some(i);
                continue;
            }
            if !candidate(&doc, i) {
                continue;
            }
            let span = doc.tokens[i].span;
            out.push(Example {
                features: features(&doc, a, b, i, last_lexicon_cue),
                cue: cues
                    .iter()
                    .any(|c| c.start < span.end && span.start < c.end),
            });
        }
    }
    out
}

/// Logistic regression by stochastic gradient descent with averaged weights.
pub struct Trainer {
    weights: Vec<f32>,
    /// Sum of updates weighted by their step, for the average.
    totals: Vec<f64>,
    step: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        Trainer {
            weights: vec![0.0; BUCKETS],
            totals: vec![0.0; BUCKETS],
            step: 0,
        }
    }
}

/// e^x from additions, multiplications and divisions only, which IEEE 754 rounds the same on
/// every processor. The C library's `exp` picks a routine by processor (with or without fused
/// multiply-add) whose last bit may differ, and one bit in one step of training changes the
/// shipped model: training must give the same bytes wherever it runs.
fn portable_exp(x: f64) -> f64 {
    let x = x.clamp(-700.0, 700.0);
    // x = k ln 2 + r with |r| <= ln 2 / 2; e^r by its Taylor series (error below 1e-16).
    let k = (x * std::f64::consts::LOG2_E).round();
    let r = x - k * std::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=14 {
        term *= r / f64::from(n);
        sum += term;
    }
    // 2^k built from its exponent bits (k lies within -1010..=1010 after the clamp).
    sum * f64::from_bits(((k as i64 + 1023) as u64) << 52)
}

impl Trainer {
    /// One gradient step on one example; returns its loss.
    pub fn learn(&mut self, example: &Example, rate: f32, positive_weight: f32) -> f32 {
        self.step += 1;
        let z: f32 = example
            .features
            .iter()
            .map(|&f| self.weights[f as usize])
            .sum();
        let p = (1.0 / (1.0 + portable_exp(-f64::from(z)))) as f32;
        let (y, weight) = if example.cue {
            (1.0, positive_weight)
        } else {
            (0.0, 1.0)
        };
        let gradient = (y - p) * weight * rate;
        for &f in &example.features {
            self.weights[f as usize] += gradient;
            self.totals[f as usize] += f64::from(gradient) * self.step as f64;
        }
        if example.cue {
            -(p.max(1e-7)).ln()
        } else {
            -((1.0 - p).max(1e-7)).ln()
        }
    }

    /// The averaged weights, quantized: the model bytes.
    pub fn finish(&self) -> Vec<u8> {
        let steps = self.step.max(1) as f64;
        let averaged: Vec<f32> = self
            .weights
            .iter()
            .zip(&self.totals)
            .map(|(&w, &t)| (f64::from(w) - t / steps) as f32)
            .collect();
        let largest = averaged.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 {
            largest / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut bytes = Vec::with_capacity(16 + BUCKETS * 2);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&BUCKET_BITS.to_le_bytes());
        bytes.extend_from_slice(&scale.to_le_bytes());
        for w in averaged {
            bytes.extend_from_slice(&((w / scale).round() as i16).to_le_bytes());
        }
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_portable_exponential_agrees_with_the_library_one() {
        for &x in &[
            -700.0, -50.0, -3.5, -1.0, -0.3, 0.0, 1e-9, 0.5, 1.0, 2.0, 20.0, 80.0,
        ] {
            let (ours, library) = (portable_exp(x), f64::exp(x));
            assert!(
                (ours - library).abs() <= 1e-12 * library,
                "e^{x}: {ours} vs {library}"
            );
        }
        assert_eq!(portable_exp(0.0), 1.0);
        assert!(portable_exp(-1e6) > 0.0);
    }

    fn features_of(text: &str, word: &str) -> [u32; FEATURES] {
        let seg = text::segment(text);
        let doc = Doc::new(text, &seg, &[]);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == word)
            .expect("word in text");
        features(&doc, 0, doc.tokens.len(), i, None)
    }

    #[test]
    fn the_built_in_model_loads_and_garbage_does_not() {
        assert!(BUILTIN.is_some());
        assert!(CueModel::from_bytes(b"not a model").is_none());
        let mut truncated = include_bytes!("../model/cue_model.bin").to_vec();
        truncated.pop();
        assert!(CueModel::from_bytes(&truncated).is_none());
    }

    #[test]
    fn the_word_table_answers_by_hash_as_the_lexicons_do() {
        let info = |w: &str| info_of(&BY_HASH, w, fnv(w.as_bytes()));
        assert!(info("said").verb.is_some());
        assert_eq!(info("the").class, Some(WordClass::Function));
        assert_eq!(info(",").class, Some(WordClass::Boundary));
        assert!(info("according").opens_phrase);
        // The hash of another listed word finds that entry, whose word does not match.
        assert!(info("told").verb.is_some());
        assert!(info_of(&BY_HASH, "said", fnv(b"told")).verb.is_none());
        assert!(info_of(&BY_HASH, "said", 12345).verb.is_none());
        assert!(info("harbourmasterships").verb.is_none());
    }

    #[test]
    fn stems_join_the_forms_of_one_verb() {
        assert_eq!(stem("criticized"), stem("criticizes"));
        assert_eq!(stem("accuses"), "accus");
        assert_eq!(stem("hoping"), "hop");
        // Too short to cut: the word stays whole.
        assert_eq!(stem("gas"), "gas");
    }

    #[test]
    fn function_words_and_quoted_words_are_no_candidates() {
        let text = "Farmers fear the “rising river” this spring.";
        let seg = text::segment(text);
        let doc = Doc::new(text, &seg, &[]);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        assert!(candidate(&doc, at("fear")));
        assert!(candidate(&doc, at("spring")));
        assert!(!candidate(&doc, at("the")));
        assert!(!candidate(&doc, at("rising")));
    }

    #[test]
    fn context_changes_the_score_of_a_word() {
        let model = BUILTIN.as_ref().unwrap();
        let verb = model.score(&features_of(
            "Residents fear that the dam will fail this winter.",
            "fear",
        ));
        let noun = model.score(&features_of(
            "The fear of floods is old in the valley.",
            "fear",
        ));
        assert!(verb > noun, "verb {verb} noun {noun}");
        let features = features_of("Residents fear that the dam will fail.", "fear");
        assert!(features.iter().all(|&f| (f as usize) < BUCKETS));
    }

    /// The attributions of `text`, with no entities, times or date.
    fn find_plain(text: &str) -> Vec<crate::Attribution> {
        crate::find(&crate::Context {
            text,
            segmentation: &text::segment(text),
            entities: &[],
            timexes: &[],
            published: None,
        })
    }

    #[test]
    fn a_context_cue_the_lexicons_lack_opens_a_statement_and_its_noun_does_not() {
        assert!(!LEXICON.verbs.contains_key("fear"));
        let text = "Residents fear that the dam will fail again this winter.";
        let found = find_plain(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].cue_span.of(text), "fear");
        assert_eq!(
            found[0].content_span.of(text),
            "the dam will fail again this winter"
        );
        let text = "The fear of floods is old in the valley.";
        let found = find_plain(text);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_adverb_the_classifier_takes_for_a_cue_brings_its_verb() {
        // The classifier scores "repeatedly" (the verb after it is no lexicon cue either);
        // the cue is the adverb with its verb, and the content starts after the verb.
        assert!(!LEXICON.verbs.contains_key("linked"));
        let text = "The ferry company repeatedly linked the closure to the storm.";
        let found = find_plain(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].cue_span.of(text), "repeatedly linked");
        assert_eq!(found[0].content_span.of(text), "the closure to the storm");
    }

    #[test]
    fn training_is_reproducible_and_learns_the_cue() {
        let text = "Farmers fear that prices will fall. The fear of floods is old. \
                    Builders fear that rain will come. A fear of heights is common.";
        let cues: Vec<Span> = text
            .match_indices("fear that")
            .map(|(s, _)| Span::new(s, s + 4))
            .collect();
        let examples = examples(text, &text::segment(text), &cues);
        assert_eq!(examples.iter().filter(|e| e.cue).count(), 2);
        let train = || {
            let mut trainer = Trainer::default();
            for _ in 0..5 {
                for e in &examples {
                    trainer.learn(e, 0.1, 2.0);
                }
            }
            trainer.finish()
        };
        let bytes = train();
        assert_eq!(bytes, train());
        let model = CueModel::from_bytes(&bytes).unwrap();
        let cue = examples.iter().find(|e| e.cue).unwrap();
        let best_other = examples
            .iter()
            .filter(|e| !e.cue)
            .map(|e| model.score(&e.features))
            .fold(f32::MIN, f32::max);
        assert!(model.score(&cue.features) > best_other);
    }

    proptest! {
        #[test]
        fn features_stay_in_the_table_for_any_text(text in "\\PC{0,80}") {
            let seg = text::segment(&text);
            let doc = Doc::new(&text, &seg, &[]);
            let n = doc.tokens.len();
            for i in 0..n {
                if candidate(&doc, i) {
                    let f = features(&doc, 0, n, i, i.checked_sub(1));
                    prop_assert!(f.iter().all(|&x| (x as usize) < BUCKETS));
                }
            }
        }
    }
}
