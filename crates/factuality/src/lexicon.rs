//! Word lists from `data/`, interned once: every listed word gets a small id, every phrase is a
//! list of ids, and a token of the text is looked up by its lower-cased form without allocating.

use std::sync::LazyLock;

/// A map keyed by words or word ids, hashed with FxHash: the keys are the fixed word lists, so
/// the flooding resistance of the standard SipHash buys nothing, and every token of every text
/// is looked up.
pub(crate) type WordMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// Word (its bytes) to id. A word of up to 16 bytes, nearly every word, is keyed by its bytes
/// packed into one integer: the look-up of every token then hashes and compares two machine
/// words, with no call to compare byte strings.
#[derive(Default)]
pub(crate) struct Ids {
    short: WordMap<u128, u32>,
    long: WordMap<Box<[u8]>, u32>,
}

impl Ids {
    /// The packed key of a word of at most 16 bytes (listed words hold no zero byte, so the
    /// zero padding keeps keys apart).
    fn packed(word: &[u8]) -> Option<u128> {
        Self::packed_with(word, |b| b)
    }

    /// The packed key of `word` with `fold` applied to each byte: a token is lower-cased
    /// straight into its key.
    fn packed_with(word: &[u8], fold: impl Fn(u8) -> u8) -> Option<u128> {
        let mut key = [0u8; 16];
        for (k, &b) in key.get_mut(..word.len())?.iter_mut().zip(word) {
            *k = fold(b);
        }
        Some(u128::from_le_bytes(key))
    }

    /// The id of an ASCII word of up to 16 bytes, lower-cased on the way.
    fn get_lowered_short(&self, word: &[u8]) -> Option<Option<&u32>> {
        Self::packed_with(word, |b| b.to_ascii_lowercase()).map(|key| self.short.get(&key))
    }

    pub(crate) fn get(&self, word: &[u8]) -> Option<&u32> {
        match Self::packed(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    fn insert(&mut self, word: &[u8], id: u32) {
        match Self::packed(word) {
            Some(key) => self.short.insert(key, id),
            None => self.long.insert(word.into(), id),
        };
    }

    pub(crate) fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

/// Id of a word that no list mentions.
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// Longest word (in bytes) that can match a list entry; longer tokens are never listed.
const MAX_WORD: usize = 40;

/// A table of phrases (one or more words), matched longest first at a token position.
/// A phrase as word ids, with what it means.
type Entry<T> = (Box<[u32]>, T);

pub(crate) struct Phrases<T: Copy> {
    /// Indexed by the id of the first word: ids are small and dense, so no hashing.
    by_first: Vec<Vec<Entry<T>>>,
}

impl<T: Copy> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: Vec::new(),
        }
    }
}

impl<T: Copy> Phrases<T> {
    /// The longest phrase that starts at `ids[at]`: its length in tokens and its payload.
    pub(crate) fn match_at(&self, ids: &[u32], at: usize) -> Option<(usize, T)> {
        let first = *ids.get(at)?;
        // UNKNOWN and BREAK lie beyond every table.
        let candidates = self.by_first.get(first as usize)?;
        candidates
            .iter()
            .find(|(phrase, _)| ids[at..].starts_with(phrase))
            .map(|(phrase, payload)| (phrase.len(), *payload))
    }

    /// The ids of the words that open some phrase of the table.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = usize> + '_ {
        self.by_first
            .iter()
            .enumerate()
            .filter(|(_, phrases)| !phrases.is_empty())
            .map(|(id, _)| id)
    }

    fn insert(&mut self, phrase: Box<[u32]>, payload: T) {
        let first = phrase[0] as usize;
        if self.by_first.len() <= first {
            self.by_first.resize_with(first + 1, Vec::new);
        }
        let list = &mut self.by_first[first];
        if list.iter().any(|(p, _)| *p == phrase) {
            return;
        }
        list.push((phrase, payload));
        // Longest first, so that "could not verify" wins over "could".
        list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
    }
}

/// Builds the word-id table while lists are loaded.
#[derive(Default)]
pub(crate) struct Interner {
    ids: Ids,
}

/// Per word id below `words`: whether it opens a phrase, from the ids that do (ids beyond
/// `words` are ignored).
pub(crate) fn phrase_openers(words: usize, first_words: impl Iterator<Item = usize>) -> Vec<bool> {
    let mut opens = vec![false; words];
    for id in first_words {
        if let Some(flag) = opens.get_mut(id) {
            *flag = true;
        }
    }
    opens
}

impl Interner {
    pub(crate) fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word.as_bytes()) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(word.as_bytes(), id);
        id
    }

    pub(crate) fn phrase(&mut self, entry: &str) -> Box<[u32]> {
        entry.split_whitespace().map(|w| self.intern(w)).collect()
    }

    pub(crate) fn load_phrases<T: Copy>(&mut self, table: &mut Phrases<T>, data: &str, payload: T) {
        for entry in entries(data) {
            let phrase = self.phrase(entry);
            if !phrase.is_empty() {
                table.insert(phrase, payload);
            }
        }
    }

    pub(crate) fn finish(self) -> Ids {
        self.ids
    }
}

/// The entries of a data file: trimmed, lower-cased by convention, comments and blanks skipped.
pub(crate) fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The id of `word` in `ids` after lower-casing it and folding typographic apostrophes to `'`;
/// [`UNKNOWN`] when no list has it. Uses a stack buffer: no allocation.
pub(crate) fn lookup(ids: &Ids, word: &str) -> u32 {
    let mut buf = [0u8; MAX_WORD];
    if word.is_ascii() {
        // The commonest case: a short word, a byte per char, lower-cased straight into its
        // packed key.
        if let Some(id) = ids.get_lowered_short(word.as_bytes()) {
            return id.copied().unwrap_or(UNKNOWN);
        }
        // A longer one.
        let Some(key) = buf.get_mut(..word.len()) else {
            return UNKNOWN;
        };
        for (k, b) in key.iter_mut().zip(word.bytes()) {
            *k = b.to_ascii_lowercase();
        }
        return ids.get(&*key).copied().unwrap_or(UNKNOWN);
    }
    let mut len = 0;
    for ch in word.chars() {
        let folded = match ch {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02B9}' => '\'',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            // Listed words are ASCII; a word with other letters is not listed.
            _ => return UNKNOWN,
        };
        if len >= MAX_WORD {
            return UNKNOWN;
        }
        buf[len] = folded as u8;
        len += 1;
    }
    ids.get(&buf[..len]).copied().unwrap_or(UNKNOWN)
}

/// Everything [`crate::assess`] needs.
pub(crate) struct StatementLexicon {
    pub(crate) ids: Ids,
    pub(crate) hedges: Phrases<model::Certainty>,
    /// Hedges read in the cue only (`cue_wishes.txt`: "urged", "called for").
    pub(crate) cue_hedges: Phrases<model::Certainty>,
    /// Cues of a request, underspecified before an infinitive content (`cue_requests.txt`).
    pub(crate) cue_requests: Phrases<()>,
    pub(crate) negators: Phrases<()>,
    /// Phrases skipped whole: a negator that negates nothing ("not only") or a modal that
    /// hedges nothing ("as far as we can"; `data/hedge_exceptions.txt`).
    pub(crate) negation_exceptions: Phrases<()>,
    pub(crate) contrasts: Phrases<()>,
    pub(crate) negative_cues: Phrases<()>,
    pub(crate) conditionals: Phrases<()>,
    /// Where a statement's own clause ends: a nested reporting verb (`reporting_verbs.txt`)
    /// or a further complement or concession (`next_complements.txt`).
    pub(crate) clause_ends: Phrases<()>,
    pub(crate) relatives: Phrases<()>,
    /// Auxiliaries and modals that resume the main clause after a relative clause's verb.
    pub(crate) relative_ends: Phrases<()>,
    /// Adverbs that stand inside a relative clause's verb group.
    pub(crate) relative_adverbs: Phrases<()>,
    pub(crate) evaluative_after_would: Phrases<()>,
    pub(crate) would: u32,
    /// "not": after a clause break and before a determiner it negates a noun phrase only.
    pub(crate) not: u32,
    /// "who" and "which": relative pronouns that are mostly their clause's subject.
    pub(crate) who: u32,
    pub(crate) which: u32,
    /// "and" and "or": before an auxiliary inside a relative clause they join a second verb
    /// of that clause ("who crossed over and have never been").
    pub(crate) and: u32,
    /// "whether": after a break it opens the statement's own question.
    pub(crate) whether: u32,
    pub(crate) or: u32,
    /// By word id: whether the word opens a phrase of a table `judge` matches at every word
    /// (`would` aside). Most words open none, and one look-up here spares the tables'.
    pub(crate) opens_phrase: Vec<bool>,
    /// Words after which a one-word hedge is a noun ("its estimate").
    pub(crate) noun_markers: Phrases<()>,
    /// Adjectives of ease before an infinitive ("easy to predict"; `ease_adjectives.txt`).
    pub(crate) ease_adjectives: Phrases<()>,
    /// Words that open an adjunct after an inverted cue (`adjunct_openers.txt`).
    pub(crate) adjunct_openers: std::collections::HashSet<&'static str>,
    /// By word id: the word's roles in a zero relative clause ([`zero`]); 0 for a word that
    /// plays none (and is then a content word).
    pub(crate) zero_roles: Vec<u16>,
}

/// Roles of words in the zero relative clause rule (`statement::zero_relative_at`), as bits.
pub(crate) mod zero {
    /// Opens the clause's subject noun phrase ("the", "its").
    pub(crate) const SUBJECT_OPENER: u16 = 1;
    /// Is the clause's whole subject ("it", "they").
    pub(crate) const PRONOUN: u16 = 1 << 1;
    /// Opens a noun phrase (`determiners.txt`).
    pub(crate) const DETERMINER: u16 = 1 << 2;
    /// Opens a prepositional phrase (`prepositions.txt`, `adverbial_prepositions.txt`).
    pub(crate) const PREPOSITION: u16 = 1 << 3;
    /// An auxiliary or modal (`relative_verb_group.txt`).
    pub(crate) const VERB_GROUP: u16 = 1 << 4;
    /// An adverb inside a verb group (`relative_adverbs.txt`).
    pub(crate) const ADVERB: u16 = 1 << 5;
    /// A negator that closes the clause's verb group.
    pub(crate) const NEGATOR: u16 = 1 << 6;
    /// Never the noun the clause modifies (time and adverbial nouns, nouns with a clause).
    pub(crate) const NON_HEAD: u16 = 1 << 7;
    /// A verb that takes an object and then a clause ("assured").
    pub(crate) const OBJECT_VERB: u16 = 1 << 8;
    /// Any other function word: clause openers, auxiliaries, negators, reporting verbs.
    pub(crate) const FUNCTION: u16 = 1 << 9;
    /// A quantifier ("most of"): a preposition after it opens a noun's complement.
    pub(crate) const QUANTIFIER: u16 = 1 << 10;
    /// Opens a clause (`clause_openers.txt`: "and", "because").
    pub(crate) const CLAUSE_OPENER: u16 = 1 << 11;
    /// "to": before a determiner a preposition ("due to the storm").
    pub(crate) const TO: u16 = 1 << 12;
}

pub(crate) static STATEMENT: LazyLock<StatementLexicon> = LazyLock::new(|| {
    use model::Certainty;
    let mut interner = Interner::default();
    let mut hedges = Phrases::default();
    // Load the weaker levels first: an entry listed twice keeps its first level.
    interner.load_phrases(
        &mut hedges,
        include_str!("../data/hedges_underspecified.txt"),
        Certainty::Underspecified,
    );
    interner.load_phrases(
        &mut hedges,
        include_str!("../data/hedges_possible.txt"),
        Certainty::Possible,
    );
    interner.load_phrases(
        &mut hedges,
        include_str!("../data/hedges_probable.txt"),
        Certainty::Probable,
    );
    let mut cue_hedges = Phrases::default();
    interner.load_phrases(
        &mut cue_hedges,
        include_str!("../data/cue_inquiries.txt"),
        Certainty::Underspecified,
    );
    interner.load_phrases(
        &mut cue_hedges,
        include_str!("../data/cue_wishes.txt"),
        Certainty::Underspecified,
    );
    let mut load = |data: &str| {
        let mut table = Phrases::default();
        interner.load_phrases(&mut table, data, ());
        table
    };
    let negators = load(include_str!("../data/negators.txt"));
    // (With the phrases whose modal hedges nothing: both are skipped whole.)
    let negation_exceptions = load(concat!(
        include_str!("../data/negation_exceptions.txt"),
        include_str!("../data/hedge_exceptions.txt")
    ));
    let contrasts = load(include_str!("../data/contrast_markers.txt"));
    let negative_cues = load(include_str!("../data/negative_cues.txt"));
    let conditionals = load(include_str!("../data/conditionals.txt"));
    let clause_ends = load(concat!(
        include_str!("../data/reporting_verbs.txt"),
        include_str!("../data/next_complements.txt")
    ));
    let relatives = load(include_str!("../data/relative_openers.txt"));
    let relative_ends = load(include_str!("../data/relative_verb_group.txt"));
    let relative_adverbs = load(include_str!("../data/relative_adverbs.txt"));
    let evaluative_after_would = load(include_str!("../data/evaluative_after_would.txt"));
    let noun_markers = load(include_str!("../data/noun_markers.txt"));
    let cue_requests = load(include_str!("../data/cue_requests.txt"));
    let ease_adjectives = load(include_str!("../data/ease_adjectives.txt"));
    let mut zero_roles: Vec<u16> = Vec::new();
    let zero_lists: [(&str, u16); 18] = [
        (
            include_str!("../data/zero_relative_subjects.txt"),
            zero::SUBJECT_OPENER,
        ),
        (
            include_str!("../data/zero_relative_pronouns.txt"),
            zero::PRONOUN,
        ),
        (include_str!("../data/determiners.txt"), zero::DETERMINER),
        (include_str!("../data/prepositions.txt"), zero::PREPOSITION),
        (
            include_str!("../data/adverbial_prepositions.txt"),
            zero::PREPOSITION,
        ),
        (
            include_str!("../data/relative_verb_group.txt"),
            zero::VERB_GROUP,
        ),
        (include_str!("../data/relative_adverbs.txt"), zero::ADVERB),
        (
            include_str!("../data/zero_relative_negators.txt"),
            zero::NEGATOR,
        ),
        (
            include_str!("../data/zero_relative_non_heads.txt"),
            zero::NON_HEAD,
        ),
        (
            include_str!("../data/zero_relative_object_verbs.txt"),
            zero::OBJECT_VERB,
        ),
        (
            include_str!("../data/zero_relative_quantifiers.txt"),
            zero::QUANTIFIER,
        ),
        (
            include_str!("../data/clause_openers.txt"),
            zero::FUNCTION | zero::CLAUSE_OPENER,
        ),
        (
            include_str!("../data/catenative_markers.txt"),
            zero::FUNCTION | zero::TO,
        ),
        (include_str!("../data/auxiliaries.txt"), zero::FUNCTION),
        (include_str!("../data/negators.txt"), zero::FUNCTION),
        (include_str!("../data/reporting_verbs.txt"), zero::FUNCTION),
        (include_str!("../data/verb_openers.txt"), zero::FUNCTION),
        (include_str!("../data/conditionals.txt"), zero::FUNCTION),
    ];
    for (data, role) in zero_lists {
        // Only one-word entries: the roles are read word by word.
        for word in entries(data).filter(|entry| !entry.contains(' ')) {
            let id = interner.intern(word) as usize;
            if zero_roles.len() <= id {
                zero_roles.resize(id + 1, 0);
            }
            zero_roles[id] |= role;
        }
    }
    let would = interner.intern("would");
    let not = interner.intern("not");
    let who = interner.intern("who");
    let which = interner.intern("which");
    let and = interner.intern("and");
    let whether = interner.intern("whether");
    let or = interner.intern("or");
    let ids = interner.finish();
    zero_roles.resize(ids.len(), 0);
    let opens_phrase = phrase_openers(
        ids.len(),
        [
            &relatives,
            &clause_ends,
            &negation_exceptions,
            &contrasts,
            &conditionals,
        ]
        .iter()
        .flat_map(|table| table.first_words())
        .chain(hedges.first_words())
        .chain(negators.first_words()),
    );
    StatementLexicon {
        adjunct_openers: entries(include_str!("../data/adjunct_openers.txt")).collect(),
        ids,
        hedges,
        cue_hedges,
        cue_requests,
        negators,
        negation_exceptions,
        contrasts,
        negative_cues,
        conditionals,
        clause_ends,
        relatives,
        relative_ends,
        relative_adverbs,
        evaluative_after_would,
        would,
        not,
        who,
        and,
        whether,
        or,
        which,
        opens_phrase,
        noun_markers,
        ease_adjectives,
        zero_roles,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_folds_case_and_curly_apostrophes() {
        let lex = &*STATEMENT;
        assert_ne!(lookup(&lex.ids, "Could"), UNKNOWN);
        assert_eq!(lookup(&lex.ids, "n\u{2019}t"), lookup(&lex.ids, "n't"));
        assert_eq!(lookup(&lex.ids, "zebra"), UNKNOWN);
        assert_eq!(lookup(&lex.ids, "Ünlikely"), UNKNOWN);
    }

    #[test]
    fn longest_phrase_wins() {
        let lex = &*STATEMENT;
        let ids: Vec<u32> = ["could", "not", "verify"]
            .iter()
            .map(|w| lookup(&lex.ids, w))
            .collect();
        let (len, level) = lex.hedges.match_at(&ids, 0).expect("a hedge");
        assert_eq!(len, 3);
        assert_eq!(level, model::Certainty::Underspecified);
    }
}
