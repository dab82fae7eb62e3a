//! Word classes learned from unlabeled text, as tagger features for words the labeled data
//! never showed ("Brown-like" clusters, Ratinov & Roth 2009).
//!
//! The classes come from the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney
//! 1998): every word belongs to one class and words move, one at a time, to the class that
//! most raises the likelihood of a class bigram model of the corpus. Three nested levels are
//! kept: the finest clusters the words, each coarser one clusters the classes of the level
//! below (the corpus rewritten as class ids), so the levels form a small hierarchy like the
//! prefixes of Brown cluster paths.
//!
//! The table (`model/clusters.bin`) holds only word hashes and class ids, no text. It is made
//! by one reproducible command (see the crate doc); an absent or corrupt table means no
//! cluster features, never an error.

use crate::lexicon::KeyMap;
use std::sync::LazyLock;

/// Number of nested cluster levels, finest first.
pub const LEVELS: usize = 3;
/// Classes per level, finest first.
pub const CLASSES: [usize; LEVELS] = [512, 128, 32];

const MAGIC: &[u8; 4] = b"NERC";

/// Word hash (see [`word_key`]) to its class at each level.
pub struct ClusterTable {
    classes: KeyMap<[u16; LEVELS]>,
}

/// The key of a word as written: the hash of its exact bytes. The key of a lower-cased word
/// equals [`crate::hash::lower_key`] of any casing of it, which the lookup uses as fallback.
pub fn word_key(word: &str) -> u64 {
    crate::hash::Hasher::new(0).bytes(word.as_bytes()).finish()
}

impl ClusterTable {
    pub fn len(&self) -> usize {
        self.classes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }
    /// The classes of a word: as written, else lower-cased (`lower_key`), else None.
    pub fn get(&self, word: &str, lower_key: u64) -> Option<[u16; LEVELS]> {
        self.get_keyed(word_key(word), lower_key)
    }

    /// Whether the table holds the word with this key ([`word_key`]): for a
    /// [`crate::hash::lower_key`], whether the unlabeled text wrote the word in lower case
    /// often enough to cluster it (a common word, not only a name).
    pub fn contains(&self, key: u64) -> bool {
        self.classes.contains_key(&key)
    }

    /// [`ClusterTable::get`] with the key as written ([`word_key`]) already computed; one
    /// look-up when the two keys are equal (a word in lower case).
    pub fn get_keyed(&self, word_key: u64, lower_key: u64) -> Option<[u16; LEVELS]> {
        match self.classes.get(&word_key) {
            None if word_key != lower_key => self.classes.get(&lower_key),
            found => found,
        }
        .copied()
    }

    /// Serializes: magic, level count, entry count, then per entry the key (u64) and its
    /// class per level (u16), little-endian, sorted by key so the bytes are reproducible.
    pub fn to_bytes(entries: &[(u64, [u16; LEVELS])]) -> Vec<u8> {
        let mut sorted = entries.to_vec();
        sorted.sort_unstable_by_key(|e| e.0);
        let mut out = Vec::with_capacity(12 + sorted.len() * (8 + 2 * LEVELS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(LEVELS as u32).to_le_bytes());
        out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
        for (key, classes) in &sorted {
            out.extend_from_slice(&key.to_le_bytes());
            for c in classes {
                out.extend_from_slice(&c.to_le_bytes());
            }
        }
        out
    }

    /// Reads what [`ClusterTable::to_bytes`] wrote; an empty table on any inconsistency.
    pub fn from_bytes(bytes: &[u8]) -> ClusterTable {
        let parse = || -> Option<KeyMap<[u16; LEVELS]>> {
            let rest = bytes.strip_prefix(MAGIC)?;
            let levels = u32::from_le_bytes(rest.get(0..4)?.try_into().ok()?) as usize;
            let count = u32::from_le_bytes(rest.get(4..8)?.try_into().ok()?) as usize;
            if levels != LEVELS {
                return None;
            }
            let record = 8 + 2 * LEVELS;
            let body = rest.get(8..)?;
            if body.len() != count.checked_mul(record)? {
                return None;
            }
            let mut map = KeyMap::default();
            map.reserve(count);
            for chunk in body.chunks_exact(record) {
                let key = u64::from_le_bytes(chunk[..8].try_into().ok()?);
                let mut classes = [0u16; LEVELS];
                for (l, c) in classes.iter_mut().enumerate() {
                    *c = u16::from_le_bytes(chunk[8 + 2 * l..10 + 2 * l].try_into().ok()?);
                }
                map.insert(key, classes);
            }
            Some(map)
        };
        ClusterTable {
            classes: parse().unwrap_or_default(),
        }
    }
}

pub static CLUSTERS: LazyLock<ClusterTable> =
    LazyLock::new(|| ClusterTable::from_bytes(include_bytes!("../model/clusters.bin")));

/// Class bigram exchange clustering of `corpus` (word ids below `vocab_size`) into `k`
/// classes, `iterations` sweeps over the words in id order. Deterministic. Returns the class
/// of every word id. Word ids should be ordered by falling frequency: the initial classes
/// deal them out round-robin so frequent words start apart.
pub fn exchange(corpus: &[u32], vocab_size: usize, k: usize, iterations: usize) -> Vec<u16> {
    let k = k.clamp(1, u16::MAX as usize);
    let mut class: Vec<u16> = (0..vocab_size).map(|w| (w % k) as u16).collect();
    if corpus.len() < 2 || vocab_size <= k {
        return class;
    }
    // Word bigram counts as neighbour lists: right[w] = (v, n(w v)), left[w] = (v, n(v w)).
    let mut pairs: Vec<u64> = corpus
        .windows(2)
        .map(|p| (u64::from(p[0]) << 32) | u64::from(p[1]))
        .collect();
    pairs.sort_unstable();
    let mut right: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocab_size];
    let mut left: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocab_size];
    let mut start = 0;
    while start < pairs.len() {
        let mut end = start + 1;
        while end < pairs.len() && pairs[end] == pairs[start] {
            end += 1;
        }
        let (a, b) = ((pairs[start] >> 32) as usize, pairs[start] as u32 as usize);
        let n = (end - start) as u32;
        right[a].push((b as u32, n));
        left[b].push((a as u32, n));
        start = end;
    }
    drop(pairs);
    // x ln x for every count that can occur.
    let total = corpus.len();
    let xlogx: Vec<f64> = (0..=total)
        .map(|x| {
            if x == 0 {
                0.0
            } else {
                x as f64 * (x as f64).ln()
            }
        })
        .collect();
    let f = |x: u32| xlogx[x as usize];
    // Class bigram counts, row-major and transposed, and class counts on each side.
    let mut counts = ClassCounts {
        k,
        m: vec![0u32; k * k],
        mt: vec![0u32; k * k],
        left_total: vec![0u32; k],
        right_total: vec![0u32; k],
    };
    let mut members = vec![0u32; k];
    for (w, list) in right.iter().enumerate() {
        let a = class[w] as usize;
        for &(v, n) in list {
            let b = class[v as usize] as usize;
            counts.m[a * k + b] += n;
            counts.mt[b * k + a] += n;
            counts.left_total[a] += n;
            counts.right_total[b] += n;
        }
    }
    for &c in &class {
        members[c as usize] += 1;
    }
    let mut r = vec![0u32; k];
    let mut l = vec![0u32; k];
    let mut support_r: Vec<usize> = Vec::new();
    let mut support_l: Vec<usize> = Vec::new();
    for _ in 0..iterations {
        for w in 0..vocab_size {
            let a = class[w] as usize;
            if members[a] <= 1 {
                continue;
            }
            // This word's bigram counts by the class of the other word (itself apart).
            let mut self_pairs = 0u32;
            for &(v, n) in &right[w] {
                if v as usize == w {
                    self_pairs = n;
                    continue;
                }
                let c = class[v as usize] as usize;
                if r[c] == 0 {
                    support_r.push(c);
                }
                r[c] += n;
            }
            for &(v, n) in &left[w] {
                if v as usize == w {
                    continue;
                }
                let c = class[v as usize] as usize;
                if l[c] == 0 {
                    support_l.push(c);
                }
                l[c] += n;
            }
            let as_left: u32 = right[w].iter().map(|p| p.1).sum();
            let as_right: u32 = left[w].iter().map(|p| p.1).sum();
            let word = WordCounts {
                r: &r,
                l: &l,
                support_r: &support_r,
                support_l: &support_l,
                self_pairs,
                as_left,
                as_right,
            };
            // Take the word out of its class.
            counts.shift(&word, a, false);
            // The gain in log-likelihood of putting it into each class.
            let mut best = a;
            let mut best_gain = f64::NEG_INFINITY;
            for to in 0..k {
                let row = &counts.m[to * k..][..k];
                let col = &counts.mt[to * k..][..k];
                let mut gain = 0.0;
                for &c in &support_r {
                    if c != to {
                        gain += f(row[c] + r[c]) - f(row[c]);
                    }
                }
                for &c in &support_l {
                    if c != to {
                        gain += f(col[c] + l[c]) - f(col[c]);
                    }
                }
                let diagonal = row[to];
                gain += f(diagonal + r[to] + l[to] + self_pairs) - f(diagonal);
                let (lt, rt) = (counts.left_total[to], counts.right_total[to]);
                gain -= f(lt + as_left) - f(lt);
                gain -= f(rt + as_right) - f(rt);
                // Stay put on ties, so sweeps settle.
                if gain > best_gain + 1e-9 || (to == a && gain >= best_gain - 1e-9) {
                    best = to;
                    best_gain = gain;
                }
            }
            counts.shift(&word, best, true);
            members[a] -= 1;
            members[best] += 1;
            class[w] = best as u16;
            for &c in &support_r {
                r[c] = 0;
            }
            for &c in &support_l {
                l[c] = 0;
            }
            support_r.clear();
            support_l.clear();
        }
    }
    class
}

/// Class bigram counts (row-major and transposed) and class counts on each side.
struct ClassCounts {
    k: usize,
    m: Vec<u32>,
    mt: Vec<u32>,
    left_total: Vec<u32>,
    right_total: Vec<u32>,
}

/// One word's bigram counts by the class of the other word, itself apart.
struct WordCounts<'a> {
    r: &'a [u32],
    l: &'a [u32],
    support_r: &'a [usize],
    support_l: &'a [usize],
    self_pairs: u32,
    as_left: u32,
    as_right: u32,
}

impl ClassCounts {
    /// Adds the word's counts to class `to` (`add`), or takes them out of it.
    fn shift(&mut self, word: &WordCounts, to: usize, add: bool) {
        let k = self.k;
        let apply = |x: &mut u32, d: u32| {
            if add {
                *x += d;
            } else {
                *x -= d;
            }
        };
        for &c in word.support_r {
            apply(&mut self.m[to * k + c], word.r[c]);
            apply(&mut self.mt[c * k + to], word.r[c]);
        }
        for &c in word.support_l {
            apply(&mut self.m[c * k + to], word.l[c]);
            apply(&mut self.mt[to * k + c], word.l[c]);
        }
        apply(&mut self.m[to * k + to], word.self_pairs);
        apply(&mut self.mt[to * k + to], word.self_pairs);
        apply(&mut self.left_total[to], word.as_left);
        apply(&mut self.right_total[to], word.as_right);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exchange_separates_words_that_occur_in_different_contexts() {
        // Ids: 0 "the", 1 "a", 2-4 nouns, 5-7 verbs, 8 ".". Determiners precede nouns, nouns
        // precede verbs; the two determiners and the nouns should end up apart.
        let mut corpus = Vec::new();
        for i in 0..60u32 {
            corpus.extend_from_slice(&[i % 2, 2 + i % 3, 5 + (i / 2) % 3, 8]);
        }
        let class = exchange(&corpus, 9, 3, 5);
        assert_eq!(class.len(), 9);
        assert_eq!(class[0], class[1], "determiners together: {class:?}");
        assert_eq!(class[2], class[3]);
        assert_eq!(class[3], class[4]);
        assert_ne!(
            class[0], class[2],
            "determiners apart from nouns: {class:?}"
        );
        assert_ne!(class[2], class[5], "nouns apart from verbs: {class:?}");
    }

    #[test]
    fn table_bytes_round_trip_and_lookup_falls_back_to_lower_case() {
        let entries = vec![
            (word_key("Paris"), [3, 2, 1]),
            (word_key("rain"), [7, 6, 5]),
        ];
        let table = ClusterTable::from_bytes(&ClusterTable::to_bytes(&entries));
        assert_eq!(table.len(), 2);
        let lower = crate::hash::lower_key;
        assert_eq!(table.get("Paris", lower("Paris")), Some([3, 2, 1]));
        assert_eq!(table.get("RAIN", lower("RAIN")), Some([7, 6, 5]));
        assert_eq!(table.get("Oslo", lower("Oslo")), None);
    }

    #[test]
    fn corrupt_table_bytes_give_an_empty_table() {
        assert!(ClusterTable::from_bytes(b"NERC\x03\0\0\0\x05\0\0\0short").is_empty());
        assert!(ClusterTable::from_bytes(b"junk").is_empty());
    }
}
