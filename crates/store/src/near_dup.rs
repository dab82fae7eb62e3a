//! Near-duplicate detection, pure and storage-free: word shingles, MinHash signatures and
//! LSH band keys, plus the normalized-text hash used for exact duplicates.
//!
//! Policy:
//! - A text is reduced to its **words**: maximal runs of Unicode alphanumerics, lower-cased.
//!   Whitespace, punctuation and quote styles therefore never matter.
//! - **Exact duplicate** = the same word sequence: SHA-256 of the words joined by single
//!   spaces ([`normalized_text_hash`]).
//! - **Shingles** are runs of [`SHINGLE_WORDS`] consecutive words; a text with fewer words
//!   has one shingle (all its words), a text without words has none and is never a near
//!   duplicate of anything.
//! - **MinHash**: each shingle is hashed once to 64 bits (FNV-1a over the lower-cased UTF-8
//!   bytes of each word, chained, then finalized), and each of the [`NUM_PERM`] permutations
//!   is `fmix64(shingle_hash ^ seed_i)` with fixed seeds. Only explicit 64-bit wrapping
//!   arithmetic on UTF-8 bytes is used, so signatures are identical across runs, builds
//!   and platforms (they are stored).
//! - **LSH**: [`BANDS`] bands of [`ROWS_PER_BAND`] rows (the first `BANDS * ROWS_PER_BAND`
//!   permutations). Two texts become candidates when any band matches; the chance is
//!   `1 - (1 - J^3)^42`: 0.94 at J = 0.4, 0.996 at J = 0.5, 0.04 at J = 0.1. So nearly every
//!   pair above the threshold is found, while stories that merely share a topic (J well
//!   under 0.1 for 5-word shingles) rarely even become candidates.
//! - **Confirmation**: a candidate is a near duplicate when the estimated Jaccard similarity
//!   of the signatures is at least [`NEAR_DUPLICATE_THRESHOLD`] = 0.5. Lightly edited wire
//!   copies (new headline, a byline, one added sentence, other punctuation) stay far above
//!   it (0.7 to 1.0 on stories of a few paragraphs); separate reports of one event share
//!   few 5-word runs and stay near 0. 0.5 rather than 0.6 keeps short wire items with a
//!   few edited words (each edit breaks five shingles) inside; the standard error of the
//!   estimate with 128 permutations is about 0.044 there.

use sha2::{Digest, Sha256};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// MinHash permutations per signature.
pub const NUM_PERM: usize = 128;
/// Signature rows per LSH band.
pub const ROWS_PER_BAND: usize = 3;
/// LSH bands (the last `NUM_PERM % ROWS_PER_BAND` permutations only sharpen the estimate).
pub const BANDS: usize = NUM_PERM / ROWS_PER_BAND;
/// Estimated Jaccard similarity at and above which two texts are near duplicates.
pub const NEAR_DUPLICATE_THRESHOLD: f64 = 0.5;
/// Names the parameters above; stored beside each signature so a change is detectable.
pub const SCHEME: &str = "w5-p128-b42r3-fnv-fmix64-v1";

/// The MinHash signature of a text: the minimum of each permutation over its shingles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u64; NUM_PERM]);

/// The words of a text as slices of it (not yet lower-cased): runs of alphanumerics.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Feeds the lower-cased UTF-8 bytes of `word` to `sink`, without allocating.
fn lowercase_bytes(word: &str, mut sink: impl FnMut(&[u8])) {
    let mut buf = [0u8; 4];
    for c in word.chars() {
        for lower in c.to_lowercase() {
            sink(lower.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// SHA-256 (lower-case hex) of the normalized text: its lower-cased words joined by single
/// spaces. Equal for texts that differ only in case, whitespace or punctuation.
pub fn normalized_text_hash(text: &str) -> String {
    let mut hasher = Sha256::new();
    for (i, word) in words(text).enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        lowercase_bytes(word, |bytes| hasher.update(bytes));
    }
    let digest = hasher.finalize();
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        hex.push(char::from(HEX_DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(HEX_DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// MurmurHash3's 64-bit finalizer: a bijection that mixes every input bit into every
/// output bit.
pub(crate) const fn fmix64(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn word_hash(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    lowercase_bytes(word, |bytes| {
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    });
    fmix64(h)
}

/// The hash of a run of word hashes; order-sensitive.
fn shingle_hash(word_hashes: &[u64]) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for &w in word_hashes {
        h = (h.rotate_left(23) ^ w).wrapping_mul(0x2545_f491_4f6c_dd1d);
    }
    fmix64(h)
}

/// The fixed per-permutation seeds: a SplitMix64 sequence from a constant.
static SEEDS: std::sync::LazyLock<[u64; NUM_PERM]> = std::sync::LazyLock::new(|| {
    let mut state = 0x6a09_e667_f3bc_c908u64; // any constant; changing it changes SCHEME
    std::array::from_fn(|_| {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        fmix64(state)
    })
});

/// Calls `visit` with the hash of every shingle of the text, in text order (repeats
/// included), and returns the number of words.
pub fn for_each_shingle(text: &str, mut visit: impl FnMut(u64)) -> usize {
    let mut window = [0u64; SHINGLE_WORDS];
    let mut count = 0usize;
    for word in words(text) {
        // a ring buffer would avoid the shift, but 5 words is too few to matter
        window.copy_within(1.., 0);
        window[SHINGLE_WORDS - 1] = word_hash(word);
        count += 1;
        if count >= SHINGLE_WORDS {
            visit(shingle_hash(&window));
        }
    }
    if (1..SHINGLE_WORDS).contains(&count) {
        // a short text is one shingle: all its words
        visit(shingle_hash(&window[SHINGLE_WORDS - count..]));
    }
    count
}

/// The MinHash signature of a text, or None when it has no words (nothing to compare).
pub fn signature(text: &str) -> Option<Signature> {
    let seeds = &*SEEDS;
    let mut mins = [u64::MAX; NUM_PERM];
    let words = for_each_shingle(text, |h| {
        for (min, seed) in mins.iter_mut().zip(seeds.iter()) {
            *min = (*min).min(fmix64(h ^ seed));
        }
    });
    (words > 0).then_some(Signature(mins))
}

impl Signature {
    /// The estimated Jaccard similarity of the two texts' shingle sets: the share of
    /// permutations whose minima agree.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let equal = self
            .0
            .iter()
            .zip(other.0.iter())
            .filter(|(a, b)| a == b)
            .count();
        equal as f64 / NUM_PERM as f64
    }

    /// One bucket key per LSH band (band `i` is `keys[i]`). Keys are 64-bit hashes stored
    /// as SQLite's signed INTEGER.
    pub fn band_keys(&self) -> [i64; BANDS] {
        std::array::from_fn(|band| {
            let rows = &self.0[band * ROWS_PER_BAND..(band + 1) * ROWS_PER_BAND];
            shingle_hash(rows) as i64
        })
    }

    /// Little-endian bytes, 8 per permutation: the stored form.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// The inverse of [`Signature::to_bytes`]; None when the length is wrong.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != NUM_PERM * 8 {
            return None;
        }
        let mut mins = [0u64; NUM_PERM];
        for (min, chunk) in mins.iter_mut().zip(bytes.chunks_exact(8)) {
            *min = u64::from_le_bytes(chunk.try_into().ok()?);
        }
        Some(Signature(mins))
    }
}

/// The number of words in a text (as [`words`] counts them).
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A made-up wire story of five paragraphs (written for these tests).
    const WIRE: &str = "The harbour authority of Port Alder said on Tuesday that a cargo ship \
        ran aground near the northern breakwater after its engine failed in heavy fog.\n\n\
        No crew members were hurt, and the vessel was not leaking fuel, a spokeswoman for the \
        authority told reporters at a briefing.\n\n\
        Tugboats were expected to try to refloat the ship at high tide on Wednesday morning, \
        she said, adding that the channel would stay closed until then.\n\n\
        The ship, carrying timber and machine parts, had left the port of Kessing two days \
        earlier and was bound for the southern islands.\n\n\
        Local fishermen said the fog had been unusually thick all week and that two smaller \
        boats had also struck the rocks this month.";

    /// The same story as another outlet ran it: byline, other quotes and dashes, one added
    /// sentence, another whitespace layout.
    const WIRE_EDITED: &str = "By Mara Quint, Coastal Press\n\n\
        The harbour authority of Port Alder said on Tuesday that a cargo ship ran aground \
        near the northern breakwater after its engine failed in heavy fog.\n\
        No crew members were hurt -- and the vessel was not leaking fuel, a spokeswoman for \
        the authority told reporters at a briefing.\n\
        Tugboats were expected to try to refloat the ship at high tide on Wednesday morning, \
        she said, adding that the channel would stay closed until then.   \
        The ship, carrying timber and machine parts, had left the port of Kessing two days \
        earlier and was bound for the southern islands. Its owner could not be reached.\n\
        Local fishermen said the fog had been “unusually thick” all week and that two smaller \
        boats had also struck the rocks this month.";

    /// A different report of the same event: shares names and facts, not sentences.
    const SAME_EVENT_OTHER_REPORT: &str = "A freighter stuck on the rocks outside Port Alder \
        could be pulled free on Wednesday, officials hope. The vessel lost power in thick fog \
        late on Tuesday and drifted onto the breakwater, according to the harbour authority. \
        Nobody aboard was injured. Fishermen in the town complained that the fog this week \
        was the worst in years, and the channel remains shut to all traffic.";

    const UNRELATED: &str = "The city council voted eight to three on Monday to extend the \
        opening hours of public libraries, funded by a small rise in parking fees. Library \
        staff welcomed the decision, while shop owners in the centre warned that higher fees \
        would keep customers away during the holiday season.";

    fn sim(a: &str, b: &str) -> f64 {
        signature(a).unwrap().similarity(&signature(b).unwrap())
    }

    #[test]
    fn identical_texts_score_one() {
        assert_eq!(sim(WIRE, WIRE), 1.0);
    }

    #[test]
    fn case_whitespace_and_punctuation_do_not_matter() {
        let shouted = WIRE.to_uppercase().replace(", ", " ; ").replace('\n', " ");
        assert_eq!(sim(WIRE, &shouted), 1.0);
        assert_eq!(normalized_text_hash(WIRE), normalized_text_hash(&shouted));
    }

    #[test]
    fn unrelated_texts_score_near_zero() {
        assert!(sim(WIRE, UNRELATED) < 0.05, "{}", sim(WIRE, UNRELATED));
    }

    #[test]
    fn lightly_edited_wire_copy_is_above_threshold() {
        let s = sim(WIRE, WIRE_EDITED);
        assert!(s >= 0.7, "edited copy similarity {s}");
        assert!(s < 1.0, "the edits must show: {s}");
    }

    #[test]
    fn wire_copy_with_changed_words_stays_above_threshold() {
        // three words changed, as a copy editor might
        let edited = WIRE
            .replace("heavy fog", "dense fog")
            .replace("spokeswoman", "spokesperson")
            .replace("two days", "three days");
        let s = sim(WIRE, &edited);
        assert!(s >= NEAR_DUPLICATE_THRESHOLD + 0.2, "{s}");
    }

    #[test]
    fn other_report_of_same_event_is_below_threshold() {
        let s = sim(WIRE, SAME_EVENT_OTHER_REPORT);
        assert!(s < 0.15, "same-topic different story scored {s}");
    }

    #[test]
    fn texts_without_words_have_no_signature() {
        assert_eq!(signature(""), None);
        assert_eq!(signature(" -- ... “ ” "), None);
        assert_eq!(word_count("— !"), 0);
    }

    #[test]
    fn short_texts_compare_as_one_shingle() {
        assert_eq!(sim("Fire at the docks", "fire AT the docks!"), 1.0);
        assert_eq!(sim("Fire at the docks", "Flood at the docks"), 0.0);
    }

    #[test]
    fn word_order_matters() {
        let a = "one two three four five six seven eight nine ten";
        let b = "ten nine eight seven six five four three two one";
        assert!(sim(a, b) < 0.1);
    }

    #[test]
    fn normalized_hash_is_sha256_of_lowercased_words() {
        // sha256("hello world")
        assert_eq!(
            normalized_text_hash("Hello,   WORLD!"),
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        );
        assert_ne!(
            normalized_text_hash("hello world"),
            normalized_text_hash("world hello")
        );
    }

    #[test]
    fn signatures_are_stable_across_builds() {
        // Pinned values: the signatures are stored, so a change here silently breaks
        // near-duplicate lookup against existing databases (bump SCHEME instead).
        let sig = signature("Fire at the docks").unwrap();
        assert_eq!(sig.0[0], PINNED_FIRST_MIN);
        assert_eq!(sig.band_keys()[0], PINNED_FIRST_BAND);
    }
    const PINNED_FIRST_MIN: u64 = 777_766_704_884_660_145;
    const PINNED_FIRST_BAND: i64 = -461_983_099_396_720_592;

    #[test]
    fn signature_bytes_round_trip() {
        let sig = signature(WIRE).unwrap();
        assert_eq!(Signature::from_bytes(&sig.to_bytes()), Some(sig.clone()));
        assert_eq!(Signature::from_bytes(&sig.to_bytes()[1..]), None);
    }

    #[test]
    fn equal_texts_share_every_band() {
        let a = signature(WIRE).unwrap().band_keys();
        let b = signature(&WIRE.replace('\n', " ")).unwrap().band_keys();
        assert_eq!(a, b);
        let c = signature(UNRELATED).unwrap().band_keys();
        assert!(a.iter().zip(c.iter()).all(|(x, y)| x != y));
    }

    proptest! {
        #[test]
        fn any_text_is_handled(text in "\\PC{0,200}") {
            let hash = normalized_text_hash(&text);
            prop_assert_eq!(hash.len(), 64);
            match signature(&text) {
                Some(sig) => {
                    prop_assert!(word_count(&text) > 0);
                    prop_assert_eq!(sig.similarity(&sig), 1.0);
                }
                None => prop_assert_eq!(word_count(&text), 0),
            }
        }

        #[test]
        fn words_are_slices_on_char_boundaries(text in "\\PC{0,200}") {
            let base = text.as_ptr() as usize;
            for word in words(&text) {
                let start = word.as_ptr() as usize - base;
                prop_assert!(text.is_char_boundary(start));
                prop_assert!(text.is_char_boundary(start + word.len()));
                prop_assert_eq!(&text[start..start + word.len()], word);
            }
        }
    }
}
