//! Allocation-free string hashing (FNV-1a, 64 bit) for feature and lexicon keys.
//!
//! Keys are hashed straight from token slices, lower-casing on the fly, so extracting a
//! feature never builds a `String`.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A running FNV-1a hash.
#[derive(Clone, Copy)]
pub struct Hasher(u64);

impl Hasher {
    /// Starts a hash for one feature template (the template id keeps templates apart).
    pub const fn new(template: u8) -> Hasher {
        Hasher(FNV_OFFSET).byte(template)
    }
    pub const fn byte(self, b: u8) -> Hasher {
        Hasher((self.0 ^ b as u64).wrapping_mul(FNV_PRIME))
    }
    pub fn bytes(mut self, bytes: &[u8]) -> Hasher {
        for &b in bytes {
            self = self.byte(b);
        }
        self
    }
    /// Adds `s` lower-cased (full Unicode lower-casing, ASCII fast path).
    pub fn lower(mut self, s: &str) -> Hasher {
        if s.is_ascii() {
            for &b in s.as_bytes() {
                self = self.byte(b.to_ascii_lowercase());
            }
            return self;
        }
        let mut buf = [0u8; 4];
        for c in s.chars().flat_map(char::to_lowercase) {
            self = self.bytes(c.encode_utf8(&mut buf).as_bytes());
        }
        self
    }
    /// A separator that cannot occur inside UTF-8 text, between the parts of a key.
    pub fn sep(self) -> Hasher {
        self.byte(0xff)
    }
    /// Resumes a hash from [`Hasher::state`].
    pub fn from_state(state: u64) -> Hasher {
        Hasher(state)
    }
    /// The running state, before the final mixing: equal states mean equal byte sequences
    /// so far (up to collisions), which lets the gazetteer stop extending a phrase early.
    pub fn state(self) -> u64 {
        self.0
    }
    pub const fn finish(self) -> u64 {
        // Final avalanche so that the high bits (used for buckets) depend on every byte.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// Feeds the same bytes to several running hashes at once (their states, see
/// [`Hasher::state`]): the chains are independent, so the processor overlaps them instead of
/// waiting on one multiplication after another.
#[inline]
pub fn fnv_lanes<const N: usize>(mut states: [u64; N], bytes: &[u8]) -> [u64; N] {
    for &b in bytes {
        let b = u64::from(b);
        for s in &mut states {
            *s = (*s ^ b).wrapping_mul(FNV_PRIME);
        }
    }
    states
}

/// Appends `s` lower-cased exactly as [`Hasher::lower`] hashes it.
pub fn push_lower(out: &mut Vec<u8>, s: &str) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| b.to_ascii_lowercase()));
        return;
    }
    let mut buf = [0u8; 4];
    for c in s.chars().flat_map(char::to_lowercase) {
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// The lower-cased hash of a single string, as lexicon keys use it.
pub fn lower_key(s: &str) -> u64 {
    Hasher::new(0).lower(s).finish()
}

/// The lower-cased hash of a sequence of words joined by single separators.
pub fn lower_key_words<'a>(words: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = Hasher::new(0);
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            h = h.sep();
        }
        h = h.lower(w);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_key_ignores_case_including_non_ascii() {
        assert_eq!(lower_key("Zelensky"), lower_key("ZELENSKY"));
        assert_eq!(lower_key("Türkiye"), lower_key("TÜRKIYE"));
        assert_ne!(lower_key("Kim"), lower_key("Kimm"));
    }

    #[test]
    fn lanes_and_lowered_bytes_hash_like_the_plain_hasher() {
        for word in ["Kim", "TÜRKIYE", "İstanbul", "ΣΟΦΙΑ", ""] {
            let mut low = Vec::new();
            push_lower(&mut low, word);
            let starts = [Hasher::new(3).state(), Hasher::new(0).sep().state()];
            let [a, b] = fnv_lanes(starts, &low);
            assert_eq!(
                Hasher::from_state(a).finish(),
                Hasher::new(3).lower(word).finish()
            );
            assert_eq!(
                Hasher::from_state(b).finish(),
                Hasher::new(0).sep().lower(word).finish()
            );
        }
    }

    #[test]
    fn word_sequences_do_not_collide_with_joined_words() {
        assert_ne!(lower_key_words(["New", "York"]), lower_key("NewYork"));
        assert_eq!(
            lower_key_words(["new", "york"]),
            lower_key_words(["NEW", "YORK"])
        );
    }
}
