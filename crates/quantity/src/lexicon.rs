//! The word lists under `data/`, parsed once.
//!
//! Each list is one entry a line, `#` lines are comments. Multi-word entries ("per cent",
//! "US $") are cut with the crate's tokenizer so they match token by token.

use crate::tokens::{tokenize, Tok};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A phrase of tokens with a payload; `case_sensitive` entries match exactly, others ignoring
/// ASCII case.
struct Phrase<T> {
    toks: Vec<String>,
    /// Whether each token touches the one before it in the entry ("km/h" yes, "US $" no).
    glued: Vec<bool>,
    case_sensitive: bool,
    payload: T,
}

/// Phrases indexed by their first and their last token (lowercased), for forward matches
/// after a number and backward matches before one.
pub(crate) struct Table<T> {
    phrases: Vec<Phrase<T>>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
}

/// Lowercases ASCII letters of `s` into `buf`; None when `s` is too long to be an entry.
pub(crate) fn lower<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let bytes = s.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    // Lowercasing ASCII bytes keeps UTF-8 valid.
    std::str::from_utf8(out).ok()
}

/// The "left | right" entries of a data file, trimmed; lines without a "|" are skipped.
fn bar_pairs(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(text).filter_map(|l| {
        let (left, right) = l.split_once('|')?;
        Some((left.trim(), right.trim()))
    })
}

fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl<T> Table<T> {
    fn new(entries: impl Iterator<Item = (String, T)>) -> Table<T> {
        let mut table = Table {
            phrases: Vec::new(),
            by_first: HashMap::default(),
            by_last: HashMap::default(),
        };
        for (surface, payload) in entries {
            let (case_sensitive, surface) = match surface.strip_prefix('!') {
                Some(rest) => (true, rest.to_string()),
                None => (false, surface),
            };
            let cut = tokenize(&surface);
            let toks: Vec<String> = cut
                .iter()
                .map(|t| surface[t.start..t.end].to_string())
                .collect();
            let glued: Vec<bool> = cut.iter().map(|t| t.glued).collect();
            if toks.is_empty() {
                continue;
            }
            let index = table.phrases.len();
            let first = toks[0].to_ascii_lowercase();
            let last = toks[toks.len() - 1].to_ascii_lowercase();
            table.by_first.entry(first).or_default().push(index);
            table.by_last.entry(last).or_default().push(index);
            table.phrases.push(Phrase {
                toks,
                glued,
                case_sensitive,
                payload,
            });
        }
        table
    }

    fn token_matches(phrase: &Phrase<T>, k: usize, got: &str, tok: &Tok) -> bool {
        // Tokens glued in the entry must be glued in the text ("A$" is not "a $").
        if k > 0 && phrase.glued[k] && !tok.glued {
            return false;
        }
        if phrase.case_sensitive {
            phrase.toks[k] == got
        } else {
            phrase.toks[k].eq_ignore_ascii_case(got)
        }
    }

    /// The longest phrase starting at token `i`: (end token, exclusive; payload).
    pub(crate) fn forward(&self, text: &str, toks: &[Tok], i: usize) -> Option<(usize, &T)> {
        let first = toks.get(i)?;
        let mut buf = [0u8; 64];
        let key = lower(&text[first.start..first.end], &mut buf)?;
        let candidates = self.by_first.get(key)?;
        let mut best: Option<(usize, &T)> = None;
        for &index in candidates {
            let phrase = &self.phrases[index];
            let n = phrase.toks.len();
            if i + n > toks.len() || best.is_some_and(|(end, _)| end >= i + n) {
                continue;
            }
            let all = (0..n).all(|k| {
                let t = toks[i + k];
                Self::token_matches(phrase, k, &text[t.start..t.end], &t)
            });
            if all {
                best = Some((i + n, &phrase.payload));
            }
        }
        best
    }

    /// The longest phrase ending just before token `end`: (start token; payload).
    pub(crate) fn backward(&self, text: &str, toks: &[Tok], end: usize) -> Option<(usize, &T)> {
        if end == 0 {
            return None;
        }
        let last = toks.get(end - 1)?;
        let mut buf = [0u8; 64];
        let key = lower(&text[last.start..last.end], &mut buf)?;
        let candidates = self.by_last.get(key)?;
        let mut best: Option<(usize, &T)> = None;
        for &index in candidates {
            let phrase = &self.phrases[index];
            let n = phrase.toks.len();
            if n > end || best.is_some_and(|(start, _)| start <= end - n) {
                continue;
            }
            let start = end - n;
            let all = (0..n).all(|k| {
                let t = toks[start + k];
                Self::token_matches(phrase, k, &text[t.start..t.end], &t)
            });
            if all {
                best = Some((start, &phrase.payload));
            }
        }
        best
    }
}

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumberWord {
    /// 0..=19
    Unit(f64),
    /// 20, 30, ... 90
    Ten(f64),
    /// hundred, thousand, million, bn, k, ...
    Scale(f64),
    /// dozen
    Dozen,
    /// half, third, quarter
    Fraction(f64),
}

/// One country's reading of a currency that several countries name alike.
pub(crate) struct CountryCurrency {
    pub unit: &'static str,
    /// Names of the country, its people and its capital, as the text writes them.
    pub words: Vec<&'static str>,
}

/// A currency entry: its unit name (the ISO code is kept in `currency_codes`).
#[derive(Debug, Clone)]
pub(crate) struct Currency {
    pub unit: &'static str,
}

pub(crate) struct Lexicon {
    pub number_words: HashMap<&'static str, NumberWord>,
    pub vague: HashMap<&'static str, f64>,
    /// The words that may open a number: the keys of `number_words` and `vague`, "a", "an"
    /// (one look-up of its bytes for every word of the text).
    pub number_openers: HashSet<&'static [u8]>,
    pub approx_cues: Table<()>,
    /// Phrases before a bare number that make it an age ("turned", "aged", "he was").
    pub age_cues: Table<()>,
    /// Words for a person before an age set off by commas ("the woman, 64,").
    pub apposed_age_nouns: HashSet<&'static str>,
    /// People bounded by an age after "over" or "under" ("children under 16").
    pub age_bound_nouns: HashSet<&'static str>,
    /// Gatherings whose size a bare figure gives (`data/crowd_nouns.txt`).
    pub crowd_nouns: HashSet<&'static str>,
    /// Words for a figure itself, put at a bare number (`data/figure_nouns.txt`).
    pub figure_nouns: HashSet<&'static str>,
    /// A word after a bare figure and the unit it gives it
    /// (`data/counted_by_following_word.txt`: "28,046 cast" counts votes).
    pub counted_by_following_word: HashMap<&'static str, &'static str>,
    /// A word before "of" and a bare figure, and the unit it gives the figure
    /// (`data/counted_after_of.txt`: "a mother of three" counts children).
    pub counted_after_of: HashMap<&'static str, &'static str>,
    pub months: HashSet<&'static str>,
    pub currency_pre: Table<Currency>,
    pub currency_post: Table<Currency>,
    pub currency_codes: HashMap<&'static str, &'static str>,
    /// Bare currency unit -> the countries that name it alike (`data/currency_countries.txt`).
    pub currency_countries: HashMap<&'static str, Vec<CountryCurrency>>,
    pub units: Table<&'static str>,
    pub rates: Table<&'static str>,
    pub nationalities: HashSet<&'static str>,
    /// plural -> singular; an empty singular marks a singular word ending in s.
    pub irregular: HashMap<&'static str, &'static str>,
    pub np_stop: HashSet<&'static str>,
    pub change_words: HashSet<&'static str>,
    /// Verbs by which a counted subject reaches a figure (`data/tally_subject_verbs.txt`),
    /// besides the verbs of change.
    pub tally_subject_verbs: HashSet<&'static str>,
    pub street_words: HashSet<&'static str>,
    pub label_words: HashSet<&'static str>,
    pub model_words: HashSet<&'static str>,
    /// superlative -> base adjective; an empty base marks a word that is no superlative.
    pub superlatives: HashMap<&'static str, &'static str>,
    /// Words ending the clause that describes a superlative item.
    pub clause_stops: HashSet<&'static str>,
    /// Words passed over in that clause (besides `np_stop`).
    pub clause_skips: HashSet<&'static str>,
    /// Singular nouns naming a whole that a fraction divides ("population").
    pub collective_nouns: HashSet<&'static str>,
    /// Singular place nouns that keep a nationality before them ("european country").
    pub place_nouns: HashSet<&'static str>,
    /// Every unit a lexicon gives (measures, currencies, percentages): a unit not in it is a
    /// counted noun.
    pub lexicon_units: HashSet<&'static str>,
    /// The units of currencies (and their minor units): amounts of money.
    pub money_units: HashSet<&'static str>,
    /// Determiners between "of" and the whole a part is taken from ("half of its 300 staff").
    pub group_determiners: HashSet<&'static str>,
    /// Verbs after which a bare number counts people (`data/casualty_verbs.txt`).
    pub casualty_verbs: HashSet<&'static str>,
    /// Adjectives that stand for people as nouns (`data/people_adjectives.txt`).
    pub people_adjectives: HashSet<&'static str>,
    /// What befell people, right after a bare figure that counts them
    /// (`data/people_states.txt`: "nine missing", "42 hurt").
    pub people_states: HashSet<&'static str>,
    /// Currencies whose rate is told as a bare figure "per dollar"
    /// (`data/exchange_rate_currencies.txt`).
    pub exchange_rate_currencies: HashSet<&'static str>,
    /// Words of a sentence that make its "points" percentage points, or not
    /// (`data/percentage_point_context.txt`): true for a cue, false for a blocker.
    pub percentage_point_context: HashMap<&'static str, bool>,
    /// Verbs of a vote before its tally (`data/tally_verbs.txt`).
    pub tally_verbs: HashSet<&'static str>,
    /// Verbs of speech that make "one" and a noun a speaker (`data/speaker_verbs.txt`).
    pub speaker_verbs: HashSet<&'static str>,
    /// Auxiliaries and modals: a verb of the clause (`data/auxiliaries.txt`).
    pub auxiliaries: HashSet<&'static str>,
    /// Adjectives ending in "-ly" inside a counted phrase (`data/ly_adjectives.txt`).
    pub ly_adjectives: HashSet<&'static str>,
    /// Words between a number and its counted noun that are no part of the unit ("other").
    pub count_adders: HashSet<&'static str>,
    /// Modifiers of a counted noun that stand before its number ("the top three seeds").
    pub pre_numeral_modifiers: HashSet<&'static str>,
}

fn pipe_fields(line: &'static str) -> Vec<&'static str> {
    line.split('|').map(str::trim).collect()
}

fn build() -> Lexicon {
    let mut number_words = HashMap::default();
    for line in lines(include_str!("../data/number_words.txt")) {
        let f = pipe_fields(line);
        let (Some(word), Some(value), Some(kind)) = (f.first(), f.get(1), f.get(2)) else {
            continue;
        };
        let Ok(v) = value.parse::<f64>() else {
            continue;
        };
        let w = match *kind {
            "unit" => NumberWord::Unit(v),
            "ten" => NumberWord::Ten(v),
            "scale" => NumberWord::Scale(v),
            "dozen" => NumberWord::Dozen,
            "fraction" => NumberWord::Fraction(v),
            _ => continue,
        };
        number_words.insert(*word, w);
    }
    let mut vague = HashMap::default();
    for line in lines(include_str!("../data/vague_numbers.txt")) {
        let f = pipe_fields(line);
        if let (Some(w), Some(Ok(v))) = (f.first(), f.get(1).map(|v| v.parse::<f64>())) {
            vague.insert(*w, v);
        }
    }
    let approx_cues =
        Table::new(lines(include_str!("../data/approx_cues.txt")).map(|l| (l.to_string(), ())));
    let age_cues =
        Table::new(lines(include_str!("../data/age_cues.txt")).map(|l| (l.to_string(), ())));
    let apposed_age_nouns = lines(include_str!("../data/apposed_age_nouns.txt")).collect();
    let months = lines(include_str!("../data/months.txt")).collect();
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut currency_codes = HashMap::default();
    for line in lines(include_str!("../data/currencies.txt")) {
        let f = pipe_fields(line);
        if f.len() < 4 {
            continue;
        }
        let currency = Currency { unit: f[1] };
        if !f[2].is_empty() {
            currency_codes.insert(f[1], f[2]);
        }
        match f[3] {
            "pre" => pre.push((f[0].to_string(), currency)),
            _ => post.push((f[0].to_string(), currency)),
        }
    }
    let mut currency_countries: HashMap<&'static str, Vec<CountryCurrency>> = HashMap::default();
    for line in lines(include_str!("../data/currency_countries.txt")) {
        let f = pipe_fields(line);
        if f.len() < 4 {
            continue;
        }
        currency_codes.insert(f[1], f[2]);
        currency_countries
            .entry(f[0])
            .or_default()
            .push(CountryCurrency {
                unit: f[1],
                words: f[3].split(',').map(str::trim).collect(),
            });
    }
    let pairs = |src: &'static str| -> Vec<(String, &'static str)> {
        bar_pairs(src).map(|(a, b)| (a.to_string(), b)).collect()
    };
    let unit_pairs = pairs(include_str!("../data/units.txt"));
    let money_units: HashSet<&'static str> = pre.iter().chain(&post).map(|(_, c)| c.unit).collect();
    let lexicon_units = unit_pairs
        .iter()
        .map(|&(_, u)| u)
        .chain(money_units.iter().copied())
        .collect();
    let units = Table::new(unit_pairs.into_iter());
    let rates = Table::new(pairs(include_str!("../data/rate_denominators.txt")).into_iter());
    let nationalities = lines(include_str!("../data/nationalities.txt")).collect();
    let irregular = lines(include_str!("../data/irregular_plurals.txt"))
        .filter_map(|l| {
            let (a, b) = l.split_once('|')?;
            Some((a.trim(), b.trim()))
        })
        .collect();
    let np_stop = lines(include_str!("../data/np_stop_words.txt")).collect();
    let change_words = lines(include_str!("../data/change_verbs.txt")).collect();
    let tally_subject_verbs = lines(include_str!("../data/tally_subject_verbs.txt")).collect();
    let mut clause_stops = HashSet::default();
    let mut clause_skips = HashSet::default();
    for line in lines(include_str!("../data/superlative_clause.txt")) {
        match line.split_once('|') {
            Some((w, "stop")) => clause_stops.insert(w.trim()),
            Some((w, _)) => clause_skips.insert(w.trim()),
            None => false,
        };
    }
    let number_openers = number_words
        .keys()
        .chain(vague.keys())
        .chain(&["a", "an"])
        .map(|w| w.as_bytes())
        .collect();
    Lexicon {
        place_nouns: lines(include_str!("../data/place_nouns.txt")).collect(),
        collective_nouns: lines(include_str!("../data/collective_nouns.txt")).collect(),
        clause_stops,
        clause_skips,
        number_words,
        vague,
        number_openers,
        approx_cues,
        age_cues,
        apposed_age_nouns,
        age_bound_nouns: lines(include_str!("../data/age_bound_nouns.txt")).collect(),
        crowd_nouns: lines(include_str!("../data/crowd_nouns.txt")).collect(),
        figure_nouns: lines(include_str!("../data/figure_nouns.txt")).collect(),
        counted_by_following_word: bar_pairs(include_str!("../data/counted_by_following_word.txt"))
            .collect(),
        counted_after_of: bar_pairs(include_str!("../data/counted_after_of.txt")).collect(),
        lexicon_units,
        money_units,
        pre_numeral_modifiers: lines(include_str!("../data/pre_numeral_modifiers.txt")).collect(),
        count_adders: lines(include_str!("../data/count_adders.txt")).collect(),
        group_determiners: lines(include_str!("../data/group_determiners.txt")).collect(),
        casualty_verbs: lines(include_str!("../data/casualty_verbs.txt")).collect(),
        people_adjectives: lines(include_str!("../data/people_adjectives.txt")).collect(),
        people_states: lines(include_str!("../data/people_states.txt")).collect(),
        exchange_rate_currencies: lines(include_str!("../data/exchange_rate_currencies.txt"))
            .collect(),
        percentage_point_context: lines(include_str!("../data/percentage_point_context.txt"))
            .filter_map(|l| {
                let (word, role) = l.split_once('|')?;
                Some((word.trim(), role.trim() == "cue"))
            })
            .collect(),
        tally_verbs: lines(include_str!("../data/tally_verbs.txt")).collect(),
        speaker_verbs: lines(include_str!("../data/speaker_verbs.txt")).collect(),
        auxiliaries: lines(include_str!("../data/auxiliaries.txt")).collect(),
        ly_adjectives: lines(include_str!("../data/ly_adjectives.txt")).collect(),
        months,
        currency_pre: Table::new(pre.into_iter()),
        currency_post: Table::new(post.into_iter()),
        currency_codes,
        currency_countries,
        units,
        rates,
        nationalities,
        irregular,
        np_stop,
        change_words,
        tally_subject_verbs,
        street_words: lines(include_str!("../data/street_words.txt")).collect(),
        label_words: lines(include_str!("../data/label_words.txt")).collect(),
        model_words: lines(include_str!("../data/model_words.txt")).collect(),
        superlatives: bar_pairs(include_str!("../data/superlatives.txt")).collect(),
    }
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);
