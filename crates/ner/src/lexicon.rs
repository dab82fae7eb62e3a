//! Gazetteers and word lists from `data/`, compiled once into hashed lookup tables.
//!
//! Every entry is keyed by its lower-cased words joined by one separator (see
//! [`crate::hash::lower_key_words`]), so a span of tokens is looked up by hashing its text,
//! whatever the tokenizer did inside a word.

use crate::hash::lower_key_words;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher as StdHasher};
use std::sync::LazyLock;

/// The gazetteer kinds; each is a feature of the tagger and some drive entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Country = 0,
    Capital,
    City,
    Location,
    Demonym,
    Group,
    Org,
    Title,
    FirstName,
    OrgWord,
    LocWord,
    NotName,
}

pub const KIND_COUNT: usize = 12;

/// Keys are already well-mixed hashes: pass them through.
#[derive(Default)]
pub struct IdentityHasher(u64);

impl StdHasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// One looked-up phrase: which kinds it belongs to, and per kind its canonical name.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Bit `k` set when the phrase is in gazetteer kind `k`.
    pub kinds: u16,
    /// Canonical name for the kinds that map names (country aliases, capitals, demonyms,
    /// organisation acronyms); the first one given wins.
    pub canonical: Option<&'static str>,
}

impl Entry {
    pub fn has(&self, kind: Kind) -> bool {
        self.kinds & (1 << kind as u16) != 0
    }
}

#[derive(Clone)]
pub struct Lexicon {
    pub entries: KeyMap<Entry>,
    /// Canonical names per kind where they differ between kinds ("Georgia" the country vs
    /// a demonym): `(kind, key) -> canonical`.
    pub canonical_by_kind: KeyMap<&'static str>,
    /// The longest entry, in words.
    pub max_words: usize,
    /// Running hash states ([`crate::hash::Hasher::state`]) after every byte of every
    /// entry's key: a phrase whose state is not here is no entry's beginning, so no longer
    /// phrase from the same start can match.
    pub prefix_states: KeyMap<()>,
    /// Keys of the first words of bodies' names of several words ("Centers" of "Centers for
    /// Disease Control and Prevention"): only from such a word can a known body's long name
    /// begin.
    pub org_name_starts: KeyMap<()>,
}

/// Non-comment, non-empty lines of a data file.
pub(crate) fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn kind_key(kind: Kind, key: u64) -> u64 {
    key ^ (kind as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl Lexicon {
    /// The tagger's gazetteers and, after tagging, the names of
    /// `data/known_after_tagging.txt`.
    fn with_names_known_after_tagging() -> Lexicon {
        let mut lex = TAGGER_LEXICON.clone();
        for line in lines(include_str!("../data/known_after_tagging.txt")) {
            // `name | KIND` or `name | KIND | canonical`.
            let mut fields = line.split('|').map(str::trim);
            let (Some(name), Some(kind)) = (fields.next(), fields.next()) else {
                continue;
            };
            let canonical = fields.next();
            let kind = match kind {
                "COUNTRY" => Kind::Country,
                "CITY" => Kind::City,
                "LOCATION" => Kind::Location,
                "GROUP" => Kind::Group,
                "TITLE" => Kind::Title,
                "ORGWORD" => Kind::OrgWord,
                "DEMONYM" => Kind::Demonym,
                "ORG" => Kind::Org,
                _ => continue,
            };
            lex.add(name, kind, canonical);
            // As `data/demonyms.txt` does: "South Americans".
            if let (Kind::Demonym, Some(canonical)) = (kind, canonical) {
                if !name.ends_with('s') && !name.ends_with("ese") {
                    lex.add_plural(name, kind, canonical);
                }
            }
        }
        lex
    }

    fn new() -> Lexicon {
        let mut lex = Lexicon {
            entries: KeyMap::default(),
            canonical_by_kind: KeyMap::default(),
            max_words: 1,
            prefix_states: KeyMap::default(),
            org_name_starts: KeyMap::default(),
        };
        // `name|alias|alias`: all map to the first.
        let aliased = [
            (include_str!("../data/countries.txt"), Kind::Country),
            (include_str!("../data/orgs.txt"), Kind::Org),
        ];
        for (data, kind) in aliased {
            for line in lines(data) {
                let mut parts = line.split('|').map(str::trim);
                let canonical = parts.next().unwrap_or("");
                lex.add(canonical, kind, Some(canonical));
                for alias in parts {
                    lex.add(alias, kind, Some(canonical));
                }
            }
        }
        // `name|canonical`.
        let mapped = [
            (include_str!("../data/capitals.txt"), Kind::Capital),
            (include_str!("../data/demonyms.txt"), Kind::Demonym),
        ];
        for (data, kind) in mapped {
            for line in lines(data) {
                let (name, canonical) = line.split_once('|').unwrap_or((line, line));
                lex.add(name.trim(), kind, Some(canonical.trim()));
                if kind == Kind::Demonym && !name.ends_with('s') && !name.ends_with("ese") {
                    // Plural nouns: "North Koreans".
                    lex.add_plural(name.trim(), kind, canonical.trim());
                }
            }
        }
        let plain = [
            (include_str!("../data/cities.txt"), Kind::City),
            (include_str!("../data/locations.txt"), Kind::Location),
            (include_str!("../data/groups.txt"), Kind::Group),
            (include_str!("../data/titles.txt"), Kind::Title),
            (include_str!("../data/first_names.txt"), Kind::FirstName),
            (include_str!("../data/org_words.txt"), Kind::OrgWord),
            (include_str!("../data/loc_words.txt"), Kind::LocWord),
            (include_str!("../data/not_names.txt"), Kind::NotName),
        ];
        for (data, kind) in plain {
            for line in lines(data) {
                lex.add(line, kind, None);
            }
        }
        lex
    }

    fn add(&mut self, name: &'static str, kind: Kind, canonical: Option<&'static str>) {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(words.len());
        let key = lower_key_words(words.iter().copied());
        self.insert(key, kind, canonical);
        self.add_prefix_states(words.iter().copied());
        // ("Foreign, Commonwealth and Development Office": the first word without the comma
        // the text sets off as a token of its own.)
        if kind == Kind::Org && words.len() > 1 {
            let first = words[0].trim_end_matches(|c: char| !c.is_alphanumeric());
            self.org_name_starts
                .insert(crate::hash::lower_key(first), ());
        }
    }

    /// Whether the word of key `key` opens some body's name of several words.
    pub fn opens_org_name(&self, key: u64) -> bool {
        self.org_name_starts.contains_key(&key)
    }

    /// Records the state after each byte of the key [`lower_key_words`] makes of `words`.
    fn add_prefix_states<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        let mut h = crate::hash::Hasher::new(0);
        for (i, w) in words.into_iter().enumerate() {
            if i > 0 {
                h = h.sep();
                self.prefix_states.insert(h.state(), ());
            }
            for c in w.chars().flat_map(char::to_lowercase) {
                let mut buf = [0u8; 4];
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    h = h.byte(b);
                    self.prefix_states.insert(h.state(), ());
                }
            }
        }
    }

    /// Whether some entry's key begins with the bytes hashed into `h`.
    pub fn is_prefix(&self, h: crate::hash::Hasher) -> bool {
        self.prefix_states.contains_key(&h.state())
    }

    fn add_plural(&mut self, name: &'static str, kind: Kind, canonical: &'static str) {
        let words: Vec<&str> = name.split_whitespace().collect();
        let Some((last, rest)) = words.split_last() else {
            return;
        };
        let plural = format!("{last}s");
        // ("Philippine" makes "Philippines", the country itself: no people.)
        if rest.is_empty() && plural == canonical {
            return;
        }
        let key = lower_key_words(rest.iter().copied().chain([plural.as_str()]));
        self.insert(key, kind, Some(canonical));
        self.add_prefix_states(rest.iter().copied().chain([plural.as_str()]));
    }

    fn insert(&mut self, key: u64, kind: Kind, canonical: Option<&'static str>) {
        let entry = self.entries.entry(key).or_default();
        entry.kinds |= 1 << kind as u16;
        if entry.canonical.is_none() {
            entry.canonical = canonical;
        }
        if let Some(c) = canonical {
            self.canonical_by_kind
                .entry(kind_key(kind, key))
                .or_insert(c);
        }
    }

    pub fn get(&self, key: u64) -> Option<&Entry> {
        self.entries.get(&key)
    }

    /// The canonical name a phrase has in one gazetteer kind.
    pub fn canonical_in(&self, kind: Kind, key: u64) -> Option<&'static str> {
        self.canonical_by_kind.get(&kind_key(kind, key)).copied()
    }
}

/// The country a place or people's name stands for: a country or one of its aliases ("U.S."),
/// a capital ("Nairobi"), or a nationality ("Kenyan", "Kenyans"); None for anything else.
pub fn country_of(name: &str) -> Option<&'static str> {
    let key = lower_key_words(name.split_whitespace());
    [Kind::Country, Kind::Capital, Kind::Demonym]
        .into_iter()
        .find_map(|kind| LEXICON.canonical_in(kind, key))
}

/// The gazetteers the tagger's features read. A change here changes the models: retrain.
pub static TAGGER_LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::new);

/// What the repairs after tagging read: the tagger's gazetteers and names added since the
/// models were trained (`data/known_after_tagging.txt`), which change no model.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::with_names_known_after_tagging);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::lower_key;

    #[test]
    fn countries_and_aliases_resolve_to_the_canonical_name() {
        let key = lower_key_words(["U.S."]);
        let entry = LEXICON.get(key).expect("U.S. is a country alias");
        assert!(entry.has(Kind::Country));
        assert_eq!(
            LEXICON.canonical_in(Kind::Country, key),
            Some("United States")
        );
    }

    #[test]
    fn prefix_states_cover_the_beginnings_of_entries_only() {
        use crate::hash::Hasher;
        let start = |w: &str| Hasher::new(0).lower(w);
        // "North Korea" is a country: "North" and "North Korea" begin an entry.
        assert!(LEXICON.is_prefix(start("North")));
        assert!(LEXICON.is_prefix(start("north").sep().lower("Korea")));
        assert!(!LEXICON.is_prefix(start("qzxwv")));
        assert!(!LEXICON.is_prefix(start("north").sep().lower("qzxwv")));
    }

    #[test]
    fn first_words_of_long_bodies_names_are_known() {
        let opens = |w: &str| LEXICON.opens_org_name(crate::hash::lower_key(w));
        assert!(opens("Centers"));
        // (After tagging, and without the comma that follows it in the name.)
        assert!(opens("Foreign"));
        assert!(!opens("Disease"));
    }

    #[test]
    fn demonym_plurals_are_generated() {
        let key = lower_key_words(["north", "koreans"]);
        assert_eq!(
            LEXICON.canonical_in(Kind::Demonym, key),
            Some("North Korea")
        );
    }

    #[test]
    fn places_and_peoples_name_their_country() {
        assert_eq!(country_of("U.S."), Some("United States"));
        assert_eq!(country_of("NAIROBI"), Some("Kenya"));
        assert_eq!(country_of("Kenyan"), Some("Kenya"));
        assert_eq!(country_of("North  Koreans"), Some("North Korea"));
        assert_eq!(country_of("Detroit"), None);
        assert_eq!(country_of("ministry"), None);
    }

    #[test]
    fn capitals_map_to_their_country() {
        let key = lower_key("Pyongyang");
        assert!(LEXICON.get(key).unwrap().has(Kind::Capital));
        assert_eq!(
            LEXICON.canonical_in(Kind::Capital, key),
            Some("North Korea")
        );
    }

    #[test]
    fn titles_and_first_names_are_loaded() {
        assert!(LEXICON.get(lower_key("Gen.")).unwrap().has(Kind::Title));
        assert!(LEXICON
            .get(lower_key("Volodymyr"))
            .unwrap()
            .has(Kind::FirstName));
        assert!(LEXICON.get(lower_key("table")).is_none());
    }
}
