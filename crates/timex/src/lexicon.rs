//! The word lists of `data/`, read once into lookup tables.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the table's keys are short ASCII words, looked up once per word of the text, where
/// the default SipHash costs more than the rest of the scan.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type WordTable = HashMap<&'static str, Lex, BuildHasherDefault<Fnv>>;

/// Words longer than this are in no list; the scan does not look them up.
pub const LONGEST_WORD: usize = 13;

/// A time unit, as counted by durations and shifted by relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    fn parse(code: &str) -> Option<Unit> {
        Some(match code {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "FN" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "C" => Unit::Century,
            "L" => Unit::Millennium,
            _ => return None,
        })
    }
}

/// Everything the lists say about one lower-case word. A word may play several roles
/// ("second" is an ordinal and a unit; "may" a month and a modal verb).
#[derive(Debug, Clone, Default)]
pub struct Lex {
    pub month: Option<u8>,
    pub weekday: Option<u8>,
    pub weekday_plural: Option<u8>,
    /// A decade named in words ("nineties": 199).
    pub decade: Option<i16>,
    pub number: Option<f64>,
    pub ordinal: Option<u8>,
    pub vague_quantity: bool,
    /// The unit and whether this form is the plural.
    pub unit: Option<(Unit, bool)>,
    pub part_of_day: Option<&'static str>,
    /// A time zone that may follow a clock time ("EST").
    pub time_zone: bool,
    pub season: Option<&'static str>,
    pub relative: Option<i8>,
    pub set: Option<&'static str>,
    /// Some(true) for a cue of the past, Some(false) for one of the future.
    pub past_cue: Option<bool>,
    /// A verb whose infinitive after it tells of a deed done or not, not of a plan ("failed
    /// to reach orbit on Wednesday"; `data/done_infinitive_verbs.txt`).
    pub done_infinitive: bool,
    /// A modal or pronoun before "one day" that makes it "some day" (`data/someday_cues.txt`).
    pub someday_cue: bool,
    /// A verb that dates its subject's event relative to the clause after ("came").
    pub anchor_verb: bool,
    /// A word that may stand between a count and its unit (`data/count_fillers.txt`):
    /// Some(false) for one that adds to a count ("two more years", "an additional year"),
    /// Some(true) for a kind of unit, read only after a number ("eight trading days").
    pub count_filler: Option<bool>,
    /// Some(true) for a word known only inside phrases ("of" in "the end of"): it cannot
    /// start an expression, so the scan does not try the grammar there.
    pub inner_only: Option<bool>,
    /// The phrase lists (refs, approximators, positions, holidays) that have a phrase opening
    /// with this word, as a set of [`PhraseList::mark`] bits: a list is only scanned at such
    /// words.
    pub starts_phrase_in: u8,
}

impl Lex {
    pub fn starts_expression(&self) -> bool {
        self.inner_only != Some(true)
    }
}

/// A phrase of one or more lower-case words and what it stands for.
pub struct Phrase {
    pub words: Vec<&'static str>,
    pub value: &'static str,
}

/// The phrases of one list, longest first, and the bit that marks their first words in
/// [`Lex::starts_phrase_in`].
pub struct PhraseList {
    pub phrases: Vec<Phrase>,
    pub mark: u8,
    /// Some phrase opens with a word the scan does not look up (a number, a word longer
    /// than [`LONGEST_WORD`]); without one, such tokens start none of the phrases.
    pub opens_unlooked: bool,
}

impl std::ops::Deref for PhraseList {
    type Target = [Phrase];
    fn deref(&self) -> &[Phrase] {
        &self.phrases
    }
}

/// A context in which an expression is no time expression (`data/not_times.txt`): the words
/// before it, its own words (None: any), the words after it. "*" stands for any one word.
pub struct NotTime {
    pub before: Vec<&'static str>,
    pub expression: Option<Vec<&'static str>>,
    pub after: Vec<&'static str>,
}

/// A quick pre-test of the word table: the (length, first byte, last byte) shapes of its keys,
/// bytes folded to their low five bits. A word whose shape is not here is no key, and is not
/// hashed and looked up (most words of a text); one whose shape is here may be.
pub struct KeyShapes {
    bits: Vec<u64>,
}

impl KeyShapes {
    fn index(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        (word.len() <= LONGEST_WORD)
            .then(|| (word.len() * 32 + usize::from(first & 31)) * 32 + usize::from(last & 31))
    }

    fn new<'w>(keys: impl Iterator<Item = &'w str>) -> KeyShapes {
        let mut bits = vec![0u64; ((LONGEST_WORD + 1) * 32 * 32).div_ceil(64)];
        for key in keys {
            if let Some(k) = KeyShapes::index(key.as_bytes()) {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        KeyShapes { bits }
    }

    /// Whether `word` (lower-case) may be a key of the table; false only for words that are not.
    pub fn may_hold(&self, word: &str) -> bool {
        KeyShapes::index(word.as_bytes()).is_some_and(|k| {
            self.bits
                .get(k / 64)
                .is_some_and(|b| b & (1 << (k % 64)) != 0)
        })
    }
}

pub struct Lexicon {
    pub words: WordTable,
    /// The shapes of the keys of `words`, to skip the look-up of most words.
    pub key_shapes: KeyShapes,
    pub not_times: Vec<NotTime>,
    pub refs: PhraseList,
    pub approximators: PhraseList,
    pub positions: PhraseList,
    pub holidays: PhraseList,
    /// Words after a date that leave it open at one end ("or later"): read only after a
    /// date, so their words start nothing and carry no mark.
    pub open_ends: PhraseList,
    /// Events held on a day that may lie ahead ("Wednesday's meeting";
    /// `data/scheduled_events.txt`).
    pub scheduled_events: Vec<&'static str>,
    /// Verbs whose day dates a report (`data/report_verbs.txt`).
    pub report_verbs: Vec<&'static str>,
    /// Verbs' base forms, so that "to" before one is an infinitive ("set to resume on
    /// Tuesday"), not a preposition ("cut to junk on Friday", "changes to chemical dosing"):
    /// the verb lemmas the factuality crate reads its events with (one list for both, so that
    /// a verb added for one is known to the other). A set of its own, not the word table: only
    /// the rare "to" before a day looks here.
    pub verb_bases: std::collections::HashSet<&'static str>,
    /// Verbs of a request or order, whose deadline lies ahead (`data/directive_verbs.txt`).
    pub directive_verbs: Vec<&'static str>,
    /// Verbs of a plan or aim, whose infinitive looks ahead (`data/plan_verbs.txt`).
    pub plan_verbs: Vec<&'static str>,
    /// Words between a determiner and a participle that leave the participle an adjective
    /// ("a single controlled blast"; `data/participle_modifiers.txt`). A list of its own, not
    /// the word table: a word there could start an expression ("the final three months").
    pub participle_modifiers: Vec<&'static str>,
    /// Words of a sum or share a rate's period follows ("$40 million a week";
    /// `data/rate_amounts.txt`).
    pub rate_amounts: Vec<&'static str>,
}

/// Non-empty, non-comment lines of a data file, split into words.
fn entries(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
}

/// Reads `word value` lines, handing each pair to `set`.
fn pairs(data: &'static str, mut set: impl FnMut(&'static str, &'static str)) {
    for fields in entries(data) {
        if let [word, value] = fields[..] {
            set(word, value);
        }
    }
}

/// The phrases of a data file; `mark` is the list's bit in [`Lex::starts_phrase_in`].
fn phrases(data: &'static str, mark: u8) -> PhraseList {
    let mut list: Vec<Phrase> = entries(data)
        .filter(|f| f.len() >= 2)
        .map(|mut f| {
            let value = f.pop().unwrap_or_default();
            let words = f.into_iter().flat_map(token_pieces).collect();
            Phrase { words, value }
        })
        .collect();
    // Longest first, so that the first phrase that matches is the longest one.
    list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    let opens_unlooked = list.iter().any(|p| {
        p.words
            .first()
            .is_some_and(|w| w.len() > LONGEST_WORD || w.bytes().all(|c| c.is_ascii_digit()))
    });
    PhraseList {
        phrases: list,
        mark,
        opens_unlooked,
    }
}

/// Reads the patterns of `data/not_times.txt`: "before [expression] after".
fn not_times(data: &'static str) -> Vec<NotTime> {
    let mut list = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (Some(open), Some(close)) = (line.find('['), line.find(']')) else {
            continue;
        };
        if close < open {
            continue;
        }
        let words = |part: &'static str| -> Vec<&'static str> {
            part.split_whitespace().flat_map(token_pieces).collect()
        };
        let inside = line[open + 1..close].trim();
        list.push(NotTime {
            before: words(&line[..open]),
            expression: (inside != "*").then(|| words(inside)),
            after: words(&line[close + 1..]),
        });
    }
    list
}

/// Splits a word of a list the way the scanner splits text: runs of letters and digits,
/// and every other character alone ("year's" -> "year", "'", "s").
pub fn token_pieces(word: &'static str) -> Vec<&'static str> {
    let mut pieces = Vec::new();
    let mut run_start: Option<usize> = None;
    for (i, c) in word.char_indices() {
        if c.is_alphanumeric() {
            run_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = run_start.take() {
            pieces.push(&word[s..i]);
        }
        if !c.is_whitespace() {
            pieces.push(&word[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = run_start {
        pieces.push(&word[s..]);
    }
    pieces
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words = WordTable::default();
    pairs(include_str!("../data/months.txt"), |w, v| {
        words.entry(w).or_default().month = v.parse().ok();
    });
    pairs(include_str!("../data/weekdays.txt"), |w, v| {
        words.entry(w).or_default().weekday = v.parse().ok();
    });
    pairs(include_str!("../data/weekday_plurals.txt"), |w, v| {
        words.entry(w).or_default().weekday_plural = v.parse().ok();
    });
    pairs(include_str!("../data/decade_words.txt"), |w, v| {
        words.entry(w).or_default().decade = v.parse().ok();
    });
    pairs(include_str!("../data/numbers.txt"), |w, v| {
        words.entry(w).or_default().number = v.parse().ok();
    });
    pairs(include_str!("../data/ordinals.txt"), |w, v| {
        words.entry(w).or_default().ordinal = v.parse().ok();
    });
    for fields in entries(include_str!("../data/vague_quantities.txt")) {
        if let Some(w) = fields.first() {
            words.entry(w).or_default().vague_quantity = true;
        }
    }
    for fields in entries(include_str!("../data/units.txt")) {
        if let [singular, plural, code] = fields[..] {
            if let Some(unit) = Unit::parse(code) {
                words.entry(singular).or_default().unit = Some((unit, false));
                words.entry(plural).or_default().unit = Some((unit, true));
            }
        }
    }
    pairs(include_str!("../data/parts_of_day.txt"), |w, v| {
        words.entry(w).or_default().part_of_day = Some(v);
    });
    for fields in entries(include_str!("../data/time_zones.txt")) {
        if let Some(w) = fields.first() {
            words.entry(w).or_default().time_zone = true;
        }
    }
    pairs(include_str!("../data/seasons.txt"), |w, v| {
        words.entry(w).or_default().season = Some(v);
    });
    pairs(include_str!("../data/relative_words.txt"), |w, v| {
        words.entry(w).or_default().relative = v.parse().ok();
    });
    pairs(include_str!("../data/set_words.txt"), |w, v| {
        words.entry(w).or_default().set = Some(v);
    });
    pairs(include_str!("../data/tense_cues.txt"), |w, v| {
        words.entry(w).or_default().past_cue = Some(v == "PAST");
    });
    for fields in entries(include_str!("../data/done_infinitive_verbs.txt")) {
        if let Some(w) = fields.first() {
            words.entry(w).or_default().done_infinitive = true;
        }
    }
    for fields in entries(include_str!("../data/someday_cues.txt")) {
        if let Some(w) = fields.first() {
            words.entry(w).or_default().someday_cue = true;
        }
    }
    for fields in entries(include_str!("../data/anchor_verbs.txt")) {
        if let Some(w) = fields.first() {
            words.entry(w).or_default().anchor_verb = true;
        }
    }
    pairs(include_str!("../data/count_fillers.txt"), |w, v| {
        words.entry(w).or_default().count_filler = Some(v == "KIND");
    });
    // Every word of an expression must be in the table: the scan only looks closer at known
    // words and numbers (and skips an article before an unknown word).
    for fields in entries(include_str!("../data/grammar_words.txt")) {
        if let Some(w) = fields.first() {
            words.entry(w).or_default();
        }
    }
    let refs = phrases(include_str!("../data/refs.txt"), 1);
    let approximators = phrases(include_str!("../data/approximators.txt"), 1 << 1);
    let positions = phrases(include_str!("../data/position_modifiers.txt"), 1 << 2);
    let holidays = phrases(include_str!("../data/holidays.txt"), 1 << 3);
    for list in [&refs, &approximators, &positions, &holidays] {
        for phrase in list.iter() {
            for (k, word) in phrase.words.iter().enumerate() {
                let fresh = !words.contains_key(word);
                let lex = words.entry(word).or_default();
                if k == 0 {
                    lex.inner_only = Some(false);
                    lex.starts_phrase_in |= list.mark;
                } else if fresh {
                    lex.inner_only = Some(true);
                }
            }
        }
    }
    debug_assert!(words.keys().all(|w| w.len() <= LONGEST_WORD));
    Lexicon {
        key_shapes: KeyShapes::new(words.keys().copied()),
        words,
        not_times: not_times(include_str!("../data/not_times.txt")),
        refs,
        approximators,
        positions,
        holidays,
        open_ends: phrases(include_str!("../data/open_ends.txt"), 0),
        report_verbs: entries(include_str!("../data/report_verbs.txt"))
            .map(|words| words[0])
            .collect(),
        verb_bases: entries(include_str!("../../factuality/data/verbs.txt"))
            .map(|words| words[0])
            .collect(),
        directive_verbs: entries(include_str!("../data/directive_verbs.txt"))
            .map(|words| words[0])
            .collect(),
        plan_verbs: entries(include_str!("../data/plan_verbs.txt"))
            .map(|words| words[0])
            .collect(),
        participle_modifiers: entries(include_str!("../data/participle_modifiers.txt"))
            .map(|words| words[0])
            .collect(),
        scheduled_events: entries(include_str!("../data/scheduled_events.txt"))
            .flatten()
            .collect(),
        rate_amounts: entries(include_str!("../data/rate_amounts.txt"))
            .flatten()
            .collect(),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_loaded() {
        let lex = &*LEXICON;
        assert_eq!(lex.words["sept"].month, Some(9));
        assert_eq!(lex.words["friday"].weekday, Some(5));
        assert_eq!(lex.words["twenty"].number, Some(20.0));
        assert_eq!(lex.words["third"].ordinal, Some(3));
        assert_eq!(lex.words["weeks"].unit, Some((Unit::Week, true)));
        assert_eq!(lex.words["second"].unit, Some((Unit::Second, false)));
        assert_eq!(lex.words["night"].part_of_day, Some("NI"));
        assert_eq!(lex.words["autumn"].season, Some("FA"));
        assert_eq!(lex.words["next"].relative, Some(1));
        assert_eq!(lex.words["daily"].set, Some("P1D"));
        assert_eq!(lex.words["will"].past_cue, Some(false));
        assert!(lex.words["several"].vague_quantity);
        assert!(lex.words["might"].someday_cue);
        assert_eq!(lex.words["additional"].count_filler, Some(false));
        assert_eq!(lex.words["trading"].count_filler, Some(true));
        assert!(lex.refs.iter().any(|p| p.words == ["right", "now"]));
        assert!(lex.approximators.iter().any(|p| p.value == "MORE_THAN"));
        assert!(lex
            .positions
            .iter()
            .any(|p| p.words == ["the", "end", "of"]));
        assert!(lex.holidays.iter().any(|p| p.value == "12-25"));
        assert!(lex
            .open_ends
            .iter()
            .any(|p| p.words == ["or", "later"] && p.value == "ON_OR_AFTER"));
        // The scan skips the phrase lists at words without the mark: every first word has it.
        for list in [&lex.refs, &lex.approximators, &lex.positions, &lex.holidays] {
            for phrase in list.iter() {
                let first = phrase.words[0];
                let marked = lex
                    .words
                    .get(first)
                    .is_some_and(|l| l.starts_phrase_in & list.mark != 0);
                assert!(
                    marked || first.bytes().all(|c| c.is_ascii_digit()),
                    "{first}"
                );
            }
        }
        assert_eq!(lex.words["of"].starts_phrase_in, 0);
        assert!(lex.not_times.iter().any(|v| v.before == ["high"]
            && v.expression.as_deref() == Some(&["noon"][..])
            && v.after.is_empty()));
        assert!(lex
            .not_times
            .iter()
            .any(|v| v.expression.is_none() && v.after == ["apart"]));
    }

    #[test]
    fn the_key_shapes_hold_every_key() {
        let lex = &*LEXICON;
        assert!(lex.words.keys().all(|w| lex.key_shapes.may_hold(w)));
        assert!(!lex.key_shapes.may_hold(""));
        assert!(!lex.key_shapes.may_hold("overlongwordsarenokeys"));
    }

    #[test]
    fn phrases_are_longest_first() {
        let refs = &LEXICON.refs;
        assert!(refs
            .windows(2)
            .all(|w| w[0].words.len() >= w[1].words.len()));
    }
}
