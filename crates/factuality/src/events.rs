//! Event predicates without a tagger: verb forms generated from a lemma list, eventive nouns
//! from a list and from nominal suffixes, and a few context rules; then, for each event, the
//! hedges, negations and future markers of its clause before it.

use crate::lexicon::{entries, lookup, Ids, Interner, Phrases, UNKNOWN};
use crate::statement::{breaks_clause, BREAK};
use model::{Certainty, Event, Polarity, Segmentation, Token, TokenKind};
use std::sync::LazyLock;

// Word classes, as bits: a word may be several ("order" is a verb and an eventive noun).
const VERB_BASE: u16 = 1;
const VERB_S: u16 = 1 << 1;
const VERB_PAST: u16 = 1 << 2;
const VERB_ING: u16 = 1 << 3;
const EVENT_NOUN: u16 = 1 << 4;
const NON_EVENT: u16 = 1 << 5;
const AUXILIARY: u16 = 1 << 6;
const DETERMINER: u16 = 1 << 7;
const VERB_OPENER: u16 = 1 << 8;
const CLAUSE_OPENER: u16 = 1 << 9;
const INFINITIVE: u16 = 1 << 10;
/// Has a verb ending but is no verb ("during", "hundred").
const SUFFIX_EXCEPTION: u16 = 1 << 11;
const PREPOSITION: u16 = 1 << 12;
const VERB: u16 = VERB_BASE | VERB_S | VERB_PAST | VERB_ING;

struct EventLexicon {
    ids: Ids,
    classes: Vec<u16>,
    possible: Phrases<()>,
    probable: Phrases<()>,
    underspecified: Phrases<()>,
    open_polarity: Phrases<()>,
    future: Phrases<()>,
    negators: Phrases<()>,
    negation_exceptions: Phrases<()>,
    conditionals: Phrases<()>,
    negating: Phrases<()>,
    can: [u32; 3],
    time_open_modals: [u32; 2],
    suffixes: Vec<&'static str>,
    /// Verb endings of unlisted words with the class each marks.
    verb_suffixes: Vec<(&'static str, u16)>,
    /// The last bytes of the verb endings, lower-cased: a word that ends in none of them has
    /// no verb ending (`None` when an ending is empty, as every word ends in that).
    verb_suffix_last_bytes: Option<[bool; 256]>,
    /// The last bytes of the nominal suffixes, lower-cased, in the same way.
    nominal_suffix_last_bytes: Option<[bool; 256]>,
    /// By word id: whether the word opens a phrase of any table `judge_event` matches. Most
    /// words of a clause open none, and one look-up here spares the tables' look-ups.
    opens_phrase: Vec<bool>,
}

impl EventLexicon {
    /// The class of an unlisted word from its ending ("-ed", "-izes"), if it has a verb ending
    /// and at least three letters before it.
    fn class_by_ending(&self, word: &str) -> u16 {
        let bytes = word.as_bytes();
        if let (Some(last_bytes), Some(&last)) = (&self.verb_suffix_last_bytes, bytes.last()) {
            if !last_bytes[usize::from(last.to_ascii_lowercase())] {
                return 0;
            }
        }
        if !word.is_ascii() || !bytes.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-') {
            return 0;
        }
        self.verb_suffixes
            .iter()
            .find(|(ending, _)| {
                bytes.len() >= ending.len() + 3
                    && bytes[bytes.len() - ending.len()..].eq_ignore_ascii_case(ending.as_bytes())
            })
            .map_or(0, |(_, class)| *class)
    }

    /// Whether a phrase of some table `judge_event` matches may start at a word with `id`
    /// (false for `UNKNOWN` and `BREAK`, which open none).
    fn may_open_phrase(&self, id: u32) -> bool {
        self.opens_phrase.get(id as usize).copied().unwrap_or(false)
    }

    /// Whether `word` ends in a nominal suffix ([`has_nominal_suffix`]). Most words end, before
    /// a plural s, in a letter that ends no suffix: one table look-up tells them.
    fn nominal_by_ending(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let singular = if bytes.last().is_some_and(|b| b.eq_ignore_ascii_case(&b's')) {
            &bytes[..bytes.len() - 1]
        } else {
            bytes
        };
        if let (Some(last_bytes), Some(&last)) = (&self.nominal_suffix_last_bytes, singular.last())
        {
            if !last_bytes[usize::from(last.to_ascii_lowercase())] {
                return false;
            }
        }
        has_nominal_suffix(word, &self.suffixes)
    }

    fn class_of(&self, id: u32) -> u16 {
        if id == UNKNOWN {
            return 0;
        }
        self.classes.get(id as usize).copied().unwrap_or(0)
    }
}

/// How a word reads as a verb, for the zero relative clause rule of [`crate::statement`]: the
/// forms it may be (listed, else by a verb ending), none for the listed non-verbs with a verb
/// ending ("things", "during").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct VerbReading {
    /// A base form ("survey"): also a noun after an article ("the survey").
    pub(crate) base: bool,
    /// A third person ("shows"): also a plural noun after a determiner ("the claims").
    pub(crate) s: bool,
    /// A past or participle ("found", "surveyed").
    pub(crate) past: bool,
    /// An -ing form ("remaining", "funding").
    pub(crate) ing: bool,
}

pub(crate) fn verb_reading(word: &str) -> VerbReading {
    let lex = &*LEXICON;
    let mut class = lex.class_of(lookup(&lex.ids, word));
    if class == 0 {
        class = lex.class_by_ending(word);
    }
    if class & SUFFIX_EXCEPTION != 0 {
        return VerbReading::default();
    }
    VerbReading {
        base: class & VERB_BASE != 0,
        s: class & VERB_S != 0,
        past: class & VERB_PAST != 0,
        ing: class & VERB_ING != 0,
    }
}

/// Whether `c` is a vowel letter.
fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Regular inflections of a verb lemma: third person, past, -ing; both with and without a
/// doubled final consonant where English might double it ("plan" -> "planned"), since an
/// extra unused form costs nothing.
fn inflections(lemma: &str) -> Vec<(String, u16)> {
    let b = lemma.as_bytes();
    let n = b.len();
    let mut forms = Vec::with_capacity(6);
    if n < 2 {
        return forms;
    }
    let last = b[n - 1];
    let before = b[n - 2];
    let stem = &lemma[..n - 1];
    // Third person.
    if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
    {
        forms.push((format!("{lemma}es"), VERB_S));
    } else if last == b'y' && !vowel(before) {
        forms.push((format!("{stem}ies"), VERB_S));
    } else {
        forms.push((format!("{lemma}s"), VERB_S));
    }
    // Past and participle.
    if last == b'e' {
        forms.push((format!("{lemma}d"), VERB_PAST));
    } else if last == b'y' && !vowel(before) {
        forms.push((format!("{stem}ied"), VERB_PAST));
    } else {
        forms.push((format!("{lemma}ed"), VERB_PAST));
    }
    // -ing.
    if lemma.ends_with("ie") {
        forms.push((format!("{}ying", &lemma[..n - 2]), VERB_ING));
    } else if last == b'e' && before != b'e' && n > 2 {
        forms.push((format!("{stem}ing"), VERB_ING));
    } else {
        forms.push((format!("{lemma}ing"), VERB_ING));
    }
    // Consonant doubling after a single short vowel.
    let doubles = n >= 3
        && !vowel(last)
        && !matches!(last, b'w' | b'x' | b'y')
        && vowel(before)
        && !vowel(b[n - 3]);
    if doubles {
        let c = last as char;
        forms.push((format!("{lemma}{c}ed"), VERB_PAST));
        forms.push((format!("{lemma}{c}ing"), VERB_ING));
    }
    forms
}

static LEXICON: LazyLock<EventLexicon> = LazyLock::new(|| {
    let mut interner = Interner::default();
    let mut classes: Vec<u16> = Vec::new();
    let mut mark = |interner: &mut Interner, word: &str, class: u16| {
        let id = interner.intern(word) as usize;
        if classes.len() <= id {
            classes.resize(id + 1, 0);
        }
        classes[id] |= class;
    };
    for lemma in entries(include_str!("../data/verbs.txt")) {
        mark(&mut interner, lemma, VERB_BASE);
        for (form, class) in inflections(lemma) {
            mark(&mut interner, &form, class);
        }
    }
    for line in entries(include_str!("../data/verbs_irregular.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(lemma), Some(past), Some(participle)) =
            (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        mark(&mut interner, lemma, VERB_BASE);
        mark(&mut interner, past, VERB_PAST);
        mark(&mut interner, participle, VERB_PAST);
        match parts.next() {
            Some(third) => mark(&mut interner, third, VERB_S),
            None => mark(&mut interner, &format!("{lemma}s"), VERB_S),
        }
        for (form, class) in inflections(lemma) {
            if class == VERB_ING {
                mark(&mut interner, &form, class);
            }
        }
    }
    let lists: [(&str, u16); 9] = [
        (include_str!("../data/event_nouns.txt"), EVENT_NOUN),
        (include_str!("../data/non_event_words.txt"), NON_EVENT),
        (include_str!("../data/auxiliaries.txt"), AUXILIARY),
        (include_str!("../data/determiners.txt"), DETERMINER),
        (
            include_str!("../data/prepositions.txt"),
            PREPOSITION | DETERMINER,
        ),
        (include_str!("../data/verb_openers.txt"), VERB_OPENER),
        (include_str!("../data/clause_openers.txt"), CLAUSE_OPENER),
        (include_str!("../data/catenative_markers.txt"), INFINITIVE),
        (
            include_str!("../data/verb_suffix_exceptions.txt"),
            SUFFIX_EXCEPTION,
        ),
    ];
    for (data, class) in lists {
        for word in entries(data) {
            mark(&mut interner, word, class);
        }
    }
    let mut load = |data: &str| {
        let mut table = Phrases::default();
        interner.load_phrases(&mut table, data, ());
        table
    };
    let possible = load(include_str!("../data/event_possible.txt"));
    let probable = load(include_str!("../data/event_probable.txt"));
    let underspecified = load(include_str!("../data/event_underspecified.txt"));
    let open_polarity = load(include_str!("../data/event_open_polarity.txt"));
    let future = load(include_str!("../data/future_markers.txt"));
    let negators = load(concat!(
        include_str!("../data/negators.txt"),
        include_str!("../data/constituent_negators.txt")
    ));
    let negation_exceptions = load(include_str!("../data/negation_exceptions.txt"));
    let conditionals = load(include_str!("../data/conditionals.txt"));
    let negating = load(include_str!("../data/negating_predicates.txt"));
    let can = [
        interner.intern("can"),
        interner.intern("could"),
        interner.intern("ca"),
    ];
    let time_open_modals = [interner.intern("can"), interner.intern("ca")];
    let suffixes: Vec<&str> = entries(include_str!("../data/nominal_suffixes.txt")).collect();
    let verb_suffixes: Vec<(&str, u16)> = entries(include_str!("../data/verb_suffixes.txt"))
        .filter_map(|line| {
            let (ending, class) = line.split_once(' ')?;
            let class = match class.trim() {
                "past" => VERB_PAST,
                "ing" => VERB_ING,
                "s" => VERB_S,
                "base" => VERB_BASE,
                _ => return None,
            };
            Some((ending, class))
        })
        .collect();
    let verb_suffix_last_bytes =
        verb_suffixes
            .iter()
            .try_fold([false; 256], |mut last_bytes, (ending, _)| {
                let last = ending.as_bytes().last()?;
                last_bytes[usize::from(last.to_ascii_lowercase())] = true;
                Some(last_bytes)
            });
    let nominal_suffix_last_bytes = suffixes.iter().try_fold([false; 256], |mut last_bytes, s| {
        let last = s.as_bytes().last()?;
        last_bytes[usize::from(last.to_ascii_lowercase())] = true;
        Some(last_bytes)
    });
    let ids = interner.finish();
    classes.resize(ids.len(), 0);
    let opens_phrase = crate::lexicon::phrase_openers(
        ids.len(),
        [
            &possible,
            &probable,
            &underspecified,
            &open_polarity,
            &future,
            &negators,
            &negation_exceptions,
            &conditionals,
        ]
        .iter()
        .flat_map(|table| table.first_words()),
    );
    EventLexicon {
        ids,
        classes,
        possible,
        probable,
        underspecified,
        open_polarity,
        future,
        negators,
        negation_exceptions,
        conditionals,
        negating,
        can,
        time_open_modals,
        suffixes,
        verb_suffixes,
        verb_suffix_last_bytes,
        nominal_suffix_last_bytes,
        opens_phrase,
    }
});

/// Whether `word` ends in a nominal suffix ("-tion", "-ment"), or that plus a plural s, with
/// at least three letters before it.
fn has_nominal_suffix(word: &str, suffixes: &[&str]) -> bool {
    let bytes = word.as_bytes();
    let singular = if bytes.last().is_some_and(|b| b.eq_ignore_ascii_case(&b's')) {
        &bytes[..bytes.len() - 1]
    } else {
        bytes
    };
    suffixes.iter().any(|suffix| {
        let s = suffix.as_bytes();
        singular.len() >= s.len() + 3
            && singular[singular.len() - s.len()..].eq_ignore_ascii_case(s)
    })
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A headline-style line: most of its words capitalized, so capitals do not mark names.
/// `words` are the texts of `tokens`.
fn title_cased(words: &[&str], tokens: &[Token]) -> bool {
    let words = tokens
        .iter()
        .zip(words)
        .filter(|(t, _)| t.kind == TokenKind::Word);
    let (mut total, mut upper) = (0usize, 0usize);
    for (_, &w) in words {
        if w.len() <= 3 && w.chars().all(|c| c.is_lowercase()) {
            continue; // "of", "to", "and" stay lower case in titles
        }
        total += 1;
        upper += starts_upper(w) as usize;
    }
    total >= 3 && upper * 10 >= total * 7
}

/// One sentence's tokens with their texts, lexicon ids and word classes.
struct Sentence<'a> {
    tokens: &'a [Token],
    /// The text of each token, sliced once: every pass over the sentence reads it.
    words: &'a [&'a str],
    ids: &'a [u32],
    classes: &'a [u16],
}

/// The event predicates of `text`, sentence by sentence.
pub(crate) fn events(text: &str, segmentation: &Segmentation) -> Vec<Event> {
    let lex = &*LEXICON;
    let mut out = Vec::new();
    // The per-sentence buffers are sized once for the longest sentence, not grown a step at
    // a time in every text.
    let longest = segmentation
        .sentences
        .iter()
        .map(|s| s.end_token.saturating_sub(s.first_token))
        .max()
        .unwrap_or(0)
        .min(segmentation.tokens.len());
    let mut ids: Vec<u32> = Vec::with_capacity(longest);
    let mut classes: Vec<u16> = Vec::with_capacity(longest);
    let mut is_event: Vec<bool> = Vec::with_capacity(longest);
    let mut words: Vec<&str> = Vec::with_capacity(longest);
    for sentence in &segmentation.sentences {
        let Some(tokens) = segmentation
            .tokens
            .get(sentence.first_token..sentence.end_token)
        else {
            continue;
        };
        // A sentence with a token off the text or off char boundaries is skipped.
        words.clear();
        for t in tokens {
            match text.get(t.span.start..t.span.end) {
                Some(word) => words.push(word),
                None => break,
            }
        }
        if words.len() < tokens.len() {
            continue;
        }
        ids.clear();
        classes.clear();
        for (t, &word) in tokens.iter().zip(&words) {
            if (t.kind == TokenKind::Punct && breaks_clause(word)) || t.kind == TokenKind::Quote {
                ids.push(BREAK);
                classes.push(0);
                continue;
            }
            let id = lookup(&lex.ids, word);
            let mut class = lex.class_of(id);
            if class == 0 && t.kind == TokenKind::Word {
                class = lex.class_by_ending(word);
            }
            ids.push(id);
            classes.push(class);
        }
        let s = Sentence {
            tokens,
            words: &words,
            ids: &ids,
            classes: &classes,
        };
        let title = title_cased(&words, tokens);
        is_event.clear();
        is_event.extend((0..tokens.len()).map(|i| detect(lex, &s, i, title)));
        for i in 0..tokens.len() {
            if is_event[i] {
                out.push(judge_event(lex, &s, &is_event, i));
            }
        }
    }
    out
}

/// Whether token `i` of a sentence is an event predicate.
fn detect(lex: &EventLexicon, s: &Sentence, i: usize, title: bool) -> bool {
    let token = &s.tokens[i];
    if token.kind != TokenKind::Word {
        return false;
    }
    let word = s.words[i];
    if i > 0 && !title && starts_upper(word) {
        return false; // a name
    }
    let class = s.classes[i];
    if class & (AUXILIARY | SUFFIX_EXCEPTION) != 0 {
        return false;
    }
    if class & EVENT_NOUN != 0 {
        return true;
    }
    let previous = if i > 0 { s.classes[i - 1] } else { 0 };
    let after_determiner = previous & DETERMINER != 0;
    if class & (VERB_PAST | VERB_ING) != 0 {
        // "the planned merger": an adjective before a noun, not an event of its own.
        return !(after_determiner && class & VERB_ING == 0);
    }
    if class & VERB_S != 0 {
        return !after_determiner;
    }
    if class & VERB_BASE != 0 {
        return previous & VERB_OPENER != 0;
    }
    class & NON_EVENT == 0 && lex.nominal_by_ending(word)
}

/// Whether a verb (not only a noun) event stands at `j`.
fn verb_event_at(s: &Sentence, is_event: &[bool], j: usize) -> bool {
    // A word that is also an eventive noun is a noun after a determiner ("a tour").
    let noun_use = s.classes[j] & EVENT_NOUN != 0 && j > 0 && s.classes[j - 1] & DETERMINER != 0;
    is_event[j] && s.classes[j] & VERB != 0 && !noun_use
}

/// Whether an event noun at `i` is stopped by a predicate: one just before it ("the
/// now-cancelled deal", "a delay in delivery") or one it is the subject of ("the flight was
/// delayed"), before any other verb.
fn stopped(lex: &EventLexicon, s: &Sentence, is_event: &[bool], i: usize) -> bool {
    if s.classes[i] & EVENT_NOUN == 0 {
        return false;
    }
    // Before: the phrase ends on the noun or on a determiner or adjective right before it.
    for back in 1..=3.min(i) {
        let j = i - back;
        if let Some((len, ())) = lex.negating.match_at(s.ids, j) {
            if j + len == i || (j + len + 1 == i && s.classes[i - 1] & DETERMINER != 0) {
                return true;
            }
        }
        if s.ids[j] == BREAK {
            break;
        }
    }
    // After: the noun is the subject of the predicate, so not inside a prepositional phrase
    // ("a tour of Asia has been delayed" stops the departure, not the tour); up to the next
    // break or the first other verb.
    let in_phrase = (i.saturating_sub(3)..i).any(|j| s.classes[j] & PREPOSITION != 0);
    if in_phrase {
        return false;
    }
    for j in i + 1..s.ids.len().min(i + 16) {
        if s.ids[j] == BREAK {
            return false;
        }
        if lex.negating.match_at(s.ids, j).is_some() {
            return true;
        }
        if verb_event_at(s, is_event, j) {
            return false;
        }
    }
    false
}

/// Factuality and time of the event at token `i`, from its clause before it.
fn judge_event(lex: &EventLexicon, s: &Sentence, is_event: &[bool], i: usize) -> Event {
    let ids = s.ids;
    let classes = s.classes;
    // The clause starts after the nearest break or clause opener before the event.
    let mut start = 0;
    let mut open_polarity = false;
    let mut conditional = false;
    for j in (0..i).rev() {
        let id = ids[j];
        if id == BREAK {
            start = j + 1;
            break;
        }
        let may_open = lex.may_open_phrase(id);
        if may_open && lex.open_polarity.match_at(ids, j).is_some() {
            open_polarity = true;
            start = j + 1;
            break;
        }
        if may_open && lex.conditionals.match_at(ids, j).is_some() {
            conditional = true;
            start = j + 1;
            break;
        }
        if classes[j] & CLAUSE_OPENER != 0 {
            start = j + 1;
            break;
        }
    }
    let mut certainty: Option<Certainty> = None;
    let mut negations = 0usize;
    let mut future = false;
    let mut open_time = false;
    let mut possible_modal = None;
    let mut j = start;
    while j < i {
        let id = ids[j];
        // Another verb in between governs what follows (its hedges are its own), unless it
        // takes an infinitive ("did not agree to buy"). It may itself hedge what follows
        // ("considering selling"), so phrases are still matched on it.
        let takes_infinitive = ids
            .get(j + 1)
            .is_some_and(|&next| next != BREAK && lex.class_of(next) & INFINITIVE != 0);
        if verb_event_at(s, is_event, j) && !takes_infinitive {
            certainty = None;
            negations = 0;
            possible_modal = None;
            open_time = false;
        }
        // Most words open no phrase of the tables below: their look-ups are skipped.
        let may_open = lex.may_open_phrase(id);
        if may_open {
            if let Some((len, ())) = lex.negation_exceptions.match_at(ids, j) {
                j += len;
                continue;
            }
        }
        // "to" + base verb: an infinitive of intention or purpose, ahead in time, and so is
        // what it governs ("to fund an extended search").
        if classes[j] & INFINITIVE != 0 && classes.get(j + 1).is_some_and(|c| c & VERB_BASE != 0) {
            future = true;
        }
        if !may_open {
            j += 1;
            continue;
        }
        // Only phrases that end before the event count.
        let before_event = |m: Option<(usize, ())>| m.filter(|(len, ())| j + len <= i);
        let mut matched = 0;
        if let Some((len, ())) = before_event(lex.future.match_at(ids, j)) {
            future = true;
            matched = len;
        }
        if let Some((len, ())) = before_event(lex.underspecified.match_at(ids, j)) {
            certainty = Some(Certainty::Underspecified);
            future = true;
            matched = matched.max(len);
        } else if let Some((len, ())) = before_event(lex.probable.match_at(ids, j)) {
            certainty = Some(Certainty::Probable);
            future = true;
            matched = matched.max(len);
        } else if let Some((len, ())) = before_event(lex.possible.match_at(ids, j)) {
            certainty = Some(Certainty::Possible);
            if lex.time_open_modals.contains(&id) {
                open_time = true;
            } else {
                future = true;
            }
            if lex.can.contains(&id) {
                possible_modal = Some(j);
            }
            matched = matched.max(len);
        }
        // A negative hedge ("unlikely") also negates; a negator may follow a hedge word.
        if let Some((len, ())) = before_event(lex.negators.match_at(ids, j)) {
            negations += 1;
            matched = matched.max(len);
        }
        j += matched.max(1);
    }
    if stopped(lex, s, is_event, i) {
        negations += 1;
    }
    let negated = negations % 2 == 1;
    // "could not" and "cannot" state that something did not or will not happen.
    if negated && possible_modal.is_some() {
        certainty = Some(Certainty::Certain);
    }
    let mut polarity = if negated {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    let certainty = if open_polarity {
        polarity = Polarity::Underspecified;
        Certainty::Underspecified
    } else if conditional {
        Certainty::Underspecified
    } else {
        certainty.unwrap_or(Certainty::Certain)
    };
    let time = if open_time && !future {
        "UNDERSPECIFIED"
    } else if future {
        "FUTURE"
    } else {
        "NON_FUTURE"
    };
    Event {
        span: s.tokens[i].span,
        certainty,
        polarity,
        time: Some(time.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections() {
        let forms: Vec<String> = inflections("plan").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"planned".to_string()));
        assert!(forms.contains(&"planning".to_string()));
        assert!(forms.contains(&"plans".to_string()));
        let forms: Vec<String> = inflections("supply").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"supplies".to_string()));
        assert!(forms.contains(&"supplied".to_string()));
        assert!(forms.contains(&"supplying".to_string()));
        let forms: Vec<String> = inflections("announce").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"announced".to_string()));
        assert!(forms.contains(&"announcing".to_string()));
        let forms: Vec<String> = inflections("push").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"pushes".to_string()));
    }

    #[test]
    fn nominal_suffix_needs_a_stem() {
        let lex = &*LEXICON;
        assert!(has_nominal_suffix("acquisitions", &lex.suffixes));
        assert!(has_nominal_suffix("Payment", &lex.suffixes));
        assert!(!has_nominal_suffix("ment", &lex.suffixes));
        assert!(!has_nominal_suffix("zebra", &lex.suffixes));
    }
}
