//! Quantities: numbers, ranges, money, percentages, approximation and the counted unit.
//!
//! [`find`] reads a text once, left to right, and returns its quantities sorted and
//! non-overlapping. Each quantity's span runs from its approximation cue ("about"), range
//! opener ("between", "from"), currency sign or minus sign to the end of its unit or counted
//! noun: "approximately 10,000 soldiers", "between 10,000 and 12,000", "$1.13bn".
//!
//! # Policy
//!
//! * **Values.** Digits ("10,000", "1.5", ".001"), words ("two hundred thousand",
//!   "twenty-five", "a dozen"), digits with scale words or news abbreviations ("1.5 million",
//!   "£600m", "€5 bn", "10k", "4.3M"), fractions ("two-thirds", "a third", "half a million",
//!   "1/16", "one out of three"). A lowercase `m` after a number is a million only after a
//!   currency sign ("$2m"); otherwise it is the metre ("37m").
//! * **Vague amounts** ("tens of thousands", "hundreds of", "dozens of", "millions of") are
//!   approximate ranges of one order of magnitude: `value` the low end (10,000; 100; 12;
//!   1,000,000), `high` ten times it. A point value alone would have fusion read
//!   "tens of thousands" and "12,000" as disagreeing figures. NewsQuant annotates these
//!   only now and then (one of seven in dev), at the low end.
//! * **Ranges** ("between 10,000 and 12,000", "10,000-12,000", "from 5 to 7 percent",
//!   "1 to 2 thousand", "three or four days") give one quantity: `value` the low end, `high`
//!   the high end (two guesses joined by "or" are also `approx`); a scale or unit given only
//!   on the high end applies to both ("between $62 and $68 per share" -> "dollar per share").
//!   NewsQuant, the measured data, annotates no number of a range at all (neither end; in
//!   dev 31 of the 50 false hits are ranges); one quantity carrying `high` is what fusion
//!   needs ("Between 5,000 and 6,000" evacuees: fusion's `values_differ` reads the overlap)
//!   and costs the fewest false hits against such data (two quantities would cost two).
//!   Emitting nothing for ranges would raise NewsQuant value+unit F1 by about 0.03 and
//!   lose those figures for fusion; they are kept.
//! * **Changes** ("rose from 240 to 273", "dropped from $75 a barrel on Monday to $45.88",
//!   "revised from 5 to 7 per cent to 3 to 4 per cent"): only the new value is emitted,
//!   taking the old value's unit where it has none ("from 21 mpg to 23" -> 23 mpg). The old
//!   value is context, not a figure of the report, and emitting it would have fusion see
//!   two disagreeing figures; NewsQuant annotates neither. "from X to Y" after a change word,
//!   a falling "X to Y", or "from X" followed by "to Y" in the same clause is a change; "by X
//!   to Y" is a range of the change's size unless X carries its own unit ("rose by $43.6
//!   billion to $419.2 billion": a change and its result, both emitted).
//! * **Money** units are currency names as the NewsQuant data spells them ("dollar",
//!   "pound sterling", "euro", "japanese yen", "south korean won", "australian dollar");
//!   [`currency_code`] gives the ISO 4217 code ("dollar" -> "USD"). The scorer compares units
//!   as strings, so one spelling had to be chosen: the measured data's, with ISO codes one
//!   call away. A bare `$` is the US dollar.
//! * **Points and multiples**: a "p" after a market price ("118.5p", "down 68 p") is a
//!   `point`, as NewsQuant reads it (pence and index points share the letter; the spelled-out
//!   "pence" stays `penny`); "6.5 times earnings" has the unit `count` (again the data's).
//! * **Percentages** ("76%", "12 percent", "12 per cent", "5pc") have the unit `percentage`
//!   (again NewsQuant's spelling); "percentage points" are `percentage point`.
//! * **Measures** (km, miles, kg, tonnes, barrels, mph, kW, ...) are spelled out in the
//!   singular ("kilometre", "mile per hour"). "X per Y", "X a Y" rates join the two
//!   ("$3,500 a month" -> "dollar per month"), also across a bracketed conversion
//!   ("9 billion shekels ($2.4 billion) a year" -> "shekel per year"; the span stays before
//!   the bracket, whose amount is a quantity of its own). "US"/"UK"/"imperial" variants name
//!   the plain unit ("one US fluid ounce" -> "ounce"). Ages: "50-year-old" -> "year of age".
//! * **Counted things.** After a bare number comes the noun phrase it counts, up to its
//!   first plural noun, singularized ("12,000 troops" -> "troop", "two brigades" ->
//!   "brigade", "five profile slots" -> "profile slot"). Nationality words are skipped as
//!   modifiers ("3,000 North Korean soldiers" -> "soldier": they say whose the soldiers
//!   are) but kept as the noun ("1,000 Americans" -> "american") and before a place noun,
//!   which they classify ("seven European countries" -> "european country",
//!   data/place_nouns.txt). After "one" (or "1") the single next noun is taken.
//!   Other modifiers stay: the data this is measured on keeps them ("different boss"), also
//!   when joined by "and" ("digital and physical sales" -> "digital physical sale", the
//!   "and" left out as the data does) or holding a model number ("two new 737 Max jets" ->
//!   "new 737 max jet"). "another pick or two" counts the noun before "or" ("pick").
//!   Words that only add to or set apart the counted things, or tell their state, are
//!   passed over ("eight other contracts" -> "contract", "three more strikers" -> "striker",
//!   "two former aides" -> "aide", data/count_adders.txt);
//!   a rank adjective before the number describes the counted noun as it would after it
//!   ("the top three seeds" -> "top seed", data/pre_numeral_modifiers.txt).
//! * **Units left unsaid.** A bare number takes the unit of the earlier number of its
//!   sentence behind the same preposition ("by", "at", "to": "DAX rose by 2 percent but
//!   Nasdaq fell by 1" -> 1 percentage; "ended at 1,463 points ... to end at 1,334" ->
//!   point), or that of the whole it is part of ("raised 280 million of the 1.5 billion
//!   shekels" -> shekel). A number after another preposition ("rose 8% to 3.65") keeps no
//!   unit: a price or level is not the change's percent. A bare number right after "and",
//!   "or", "but" counts what the quantity before it in the clause counts, the noun left
//!   out by ellipsis ("2.5 metres in March and 1.8 in April" -> metre, "14 people on
//!   Friday and 6 on Saturday" -> people); not after money, and not before "of" ("40
//!   stores and 3 of its warehouses").
//! * **Ages**: a bare whole number up to 120 after a cue of data/age_cues.txt ("turned 40",
//!   "died aged 91", "under the age of 12", "she will be 30") has the unit `year of age`,
//!   as "a 50-year-old" does, and so does a bare number set off by commas after a name or a
//!   word for a person ("Maddon, 66, has", "the woman, 64,": data/apposed_age_nouns.txt), or
//!   set off by a comma at the end of a sentence after a speaker so named ("..., said Ana
//!   Ruiz, 47.").
//!   NewsQuant annotates one of its three such ages in dev (value F1 0.934 -> 0.933 with
//!   them); `eval/own` all 49 (0.896 -> 0.902), and a reader counting what a report says
//!   of its people wants them.
//! * **Fractions of a group** ("a third of the population", "two-thirds of voters", "one out
//!   of three Germans", "one in five shoppers") have the unit `"% <group>"` ("% population", "% voter", "% german"),
//!   NewsQuant's spelling of a share; the group ends at its plural noun or at a collective
//!   noun (data/collective_nouns.txt), so the verb in "the population lives" stays out. A
//!   fraction of a group counted by a number is a share of what the number counts ("half
//!   of the 400 nurses" -> "% nurse", "two-thirds of the combined 4.3M digital sales" ->
//!   "% digital sale"); a whole part keeps the whole's unit ("30 of their 90 members" ->
//!   member). A fraction of a measure keeps the measure ("1/16 of a US pint", "3/4 inch").
//!   Hyphen compounds count their noun ("six-cylinder engines" -> "cylinder"), also across
//!   a suspended hyphen ("four-, five- and six-cylinder": three quantities of "cylinder").
//! * **"one of the" + superlative** ("one of the best wireless speakers") is one item, the
//!   superlative turned into its base adjective ("good wireless speaker",
//!   data/superlatives.txt); without a superlative "one of the" stays a pronoun. The clause
//!   after it that describes the item adds its content words, as the data does ("one of the
//!   proudest moments in his life" -> "proud moment life", "one of the largest dinosaurs to
//!   ever live" -> "large dinosaur live"), up to punctuation, a number or a clause break
//!   (data/superlative_clause.txt). The data is not consistent here (it also has "one of the
//!   best screens in this price range ..." as "good screen"); the clause rule wins more
//!   often than it loses.
//! * **Approximation**: `approx` is true after "about", "approximately", "around", "some",
//!   "nearly", "almost", "roughly", "an estimated", and after the bounds "more than",
//!   "over", "at least", "up to", "fewer than", "less than", "under", "as many as", ...
//!   (data/approx_cues.txt), and for vague amounts.
//! * **Durations** ("three days", "two years") are emitted with their time unit ("day",
//!   "year"): the data measured here counts them as quantities, and the extract crate drops
//!   every quantity lying inside a timex span, so in the pipeline they stay times. An
//!   attributive duration joined by a hyphen ("a five-year $700,000 award", "a two-month
//!   contract") is not emitted: it describes the thing, and the data mostly leaves it out.
//!
//! # Not quantities
//!
//! * Years: a bare four-digit 1900-2099, or 1000-1899 with nothing counted after it
//!   ("in 1998", "between 1600 and 1900"); decades ("1990s").
//! * Dates: a day number beside a month name ("Oct. 28", "28 October", "the 4th of July").
//! * Clock times ("3 p.m.", "10:27 PM", "15:00", "5am").
//! * Ordinals ("3rd", "96th") and the words "first", "second" (never read as numbers);
//!   "a third death", "the fifth term": a fraction word right before a noun is an ordinal.
//! * Identifiers: numbers glued to letters ("M21", "5G", "TA-35", "COVID-19"), with a
//!   leading zero ("007"), with two dots ("1.2.3"), phone-like chains ("555-123-4567"),
//!   after "No."/"#", and bare numbers right after a capitalized name ("Big 12",
//!   "iPhone 11", "FTSE 100", "Game 7"); street numbers ("49 Zorro Ranch Road").
//! * Labels: a number after a word of data/label_words.txt ("category 4 hurricane", "type 2
//!   diabetes", "Unit 3", "sp 500"); product and code names, a number before a capitalized
//!   word of data/model_words.txt ("iPhone 11 Pro", "737 Max jets", "the 90049 ZIP Code");
//!   street numbers spans ("16-18 Industrial Avenue").
//! * Scores and votes: "3-2", "89-89", "a 2-1 win" (a hyphen between two bare small integers
//!   that is not a rising range); "24/7" and slashed dates.
//! * Pronoun "one": "one of the" (without a superlative), "no one", "the one who", "each one" (a "one" that counts
//!   no following noun).

mod lexicon;
mod tokens;

use lexicon::{NumberWord, LEXICON};
use model::{Quantity, Span};
use tokens::{tokenize, Kind, Tok};

/// The ISO 4217 code of a currency unit produced by [`find`] ("dollar" -> "USD",
/// "pound sterling" -> "GBP"); None for non-currency units and minor units (cent, penny).
pub fn currency_code(unit: &str) -> Option<&'static str> {
    LEXICON.currency_codes.get(unit).copied()
}

/// Finds the quantities of `text`, sorted and non-overlapping. Years, dates, times,
/// ordinals, identifiers and scores are not quantities (see the crate documentation).
pub fn find(text: &str) -> Vec<Quantity> {
    if !might_hold_number(text) {
        return Vec::new();
    }
    let toks = tokenize(text);
    let scanner = Scanner {
        text,
        toks: &toks,
        lex: &LEXICON,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < toks.len() {
        match scanner.quantity_at(i, floor) {
            Outcome::Found(q, next) => {
                out.push(q);
                i = next.max(i + 1);
                floor = i;
            }
            Outcome::Skip(next) => {
                i = next.max(i + 1);
                floor = i;
            }
            Outcome::NotHere => i += 1,
        }
    }
    // (What the passes below give a figure that had no unit of its own is inferred.)
    let had_unit: Vec<bool> = out.iter().map(|q| q.unit.is_some()).collect();
    scanner.share_units(&mut out);
    scanner.units_of_the_sentence(&mut out);
    scanner.percentage_points(&mut out);
    scanner.exchange_rates(&mut out);
    scanner.old_amounts_of_rates(&mut out);
    for (q, had) in out.iter_mut().zip(had_unit) {
        q.unit_from_context = !had && q.unit.is_some();
    }
    currencies_by_country(text, &mut out);
    out
}

/// A currency that several countries name alike ("rupees", "pesos", "shillings") is the one
/// of the country the document names most often among them, the first named on a tie
/// (`data/currency_countries.txt`); a figure that names its country ("Mexican pesos") is that
/// country's, and one in a document that names none keeps the default.
fn currencies_by_country(text: &str, quantities: &mut [Quantity]) {
    let mut chosen: std::collections::HashMap<&str, Option<&'static str>> =
        std::collections::HashMap::new();
    for q in quantities.iter_mut() {
        let Some(unit) = q.unit.as_deref() else {
            continue;
        };
        let (head, rate) = unit.split_at(unit.find(" per ").unwrap_or(unit.len()));
        let Some((&key, countries)) = LEXICON.currency_countries.get_key_value(head) else {
            continue;
        };
        let surface = q.span.of(text);
        // "5 Mexican pesos": the figure names its country.
        if let Some(named) = countries.iter().find(|c| {
            c.words
                .iter()
                .any(|w| whole_words(surface, w).next().is_some())
        }) {
            q.unit = Some(format!("{}{rate}", named.unit));
            continue;
        }
        let country_unit = *chosen.entry(key).or_insert_with(|| {
            countries
                .iter()
                .filter_map(|c| {
                    // How often the country is named, and where first, in one pass.
                    let (count, first) = c
                        .words
                        .iter()
                        .flat_map(|w| whole_words(text, w))
                        .fold((0usize, usize::MAX), |(n, first), at| {
                            (n + 1, first.min(at))
                        });
                    (count > 0).then_some((count, std::cmp::Reverse(first), c.unit))
                })
                .max()
                .map(|(_, _, unit)| unit)
        });
        if let Some(country_unit) = country_unit {
            q.unit = Some(format!("{country_unit}{rate}"));
        }
    }
}

/// The byte offsets of the occurrences of `word` in `text` as a whole word.
fn whole_words<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The unit of a person's age ("a 50-year-old", "she turned 40"), as units.txt names it.
const AGE_UNIT: &str = "year of age";

/// Words before two numbers that make the second a parallel of the first, told without
/// its unit: "rose by 2 percent ... fell by 1", "ended at 1,463 points ... ended at 1,334".
const PARALLEL_PREPOSITIONS: [&str; 3] = ["by", "at", "to"];

/// Conjunctions before a bare number that leave its counted noun to the conjunct before.
const COORDINATORS: [&str; 3] = ["and", "or", "but"];

/// Tokens that end a clause: a unit is not carried across them.
const CLAUSE_ENDS: [&str; 6] = [".", "!", "?", ";", ":", "—"];

/// Whether a unit is a span of time ("month", "year"): what a duration counts.
fn is_time_unit(unit: &str) -> bool {
    matches!(
        unit,
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    )
}

/// The cheap trigger: a digit, or a letter sequence that could start a number word.
fn might_hold_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    // Number words all contain one of these letter pairs' first letters; a text with no
    // word at all cannot hold one.
    text.split(|c: char| !c.is_alphabetic()).any(|w| {
        let mut buf = [0u8; 64];
        lexicon::lower(w, &mut buf).is_some_and(|lw| {
            LEXICON.number_words.contains_key(lw) || LEXICON.vague.contains_key(lw)
        })
    })
}

enum Outcome {
    Found(Quantity, usize),
    /// Not a quantity, and its tokens up to this index are not to be read again.
    Skip(usize),
    NotHere,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum CoreKind {
    Digits { four_plain_digits: bool },
    Words { lone_one: bool },
    Fraction,
    Vague,
}

/// One number with its prefix and unit, before ranges and cues are considered.
#[derive(Debug, Clone)]
struct Simple {
    /// First token: currency or sign, else the number.
    first: usize,
    core_first: usize,
    core_end: usize,
    /// Exclusive end token, after the unit.
    end: usize,
    value: f64,
    scale: f64,
    kind: CoreKind,
    unit: Option<String>,
    money: bool,
    /// The unit came from a lexicon (currency, measure, percent), not a counted noun.
    measure: bool,
    signed: bool,
    approx: bool,
}

enum Parsed {
    Ok(Simple),
    Skip(usize),
    NotNumber,
}

struct Scanner<'t> {
    text: &'t str,
    toks: &'t [Tok],
    lex: &'static lexicon::Lexicon,
}

/// Words that may be glued to a number by a hyphen without making it an identifier:
/// "sub-7 nanometer", "mid-30s".
const HYPHEN_PREFIXES: [&str; 9] = [
    "sub", "over", "under", "near", "mid", "about", "around", "plus", "now",
];

/// Words after "a year" that make it a time reference rather than a rate's denominator.
const RATE_BLOCKERS: [&str; 8] = [
    "earlier", "ago", "before", "later", "after", "since", "prior", "from",
];

/// Fraction words that are also ordinals: "a third death" counts deaths, it halves none.
const ORDINAL_FRACTIONS: [&str; 8] = [
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

const SCALE_WORDS: [&str; 7] = [
    "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore",
];

impl<'t> Scanner<'t> {
    fn s(&self, i: usize) -> &'t str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.toks.get(i).is_some() && self.s(i).eq_ignore_ascii_case(word)
    }

    fn is_any_of(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(i, w))
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.s(i), "-" | "–" | "—")
    }

    /// The end (exclusive token index) of the word at `k` with the words glued to it by
    /// dashes: a hyphenated compound ("first-time", "six-cylinder") counts as one word.
    fn compound_end(&self, k: usize) -> usize {
        let mut end = k + 1;
        while self.is_dash(end)
            && self.glued(end)
            && self.kind(end + 1) == Some(Kind::Word)
            && self.glued(end + 1)
        {
            end += 2;
        }
        end
    }

    fn number_word(&self, i: usize) -> Option<NumberWord> {
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        let mut buf = [0u8; 64];
        let lw = lexicon::lower(self.s(i), &mut buf)?;
        self.lex.number_words.get(lw).copied()
    }

    /// A spelled-out scale word (not an abbreviation such as "bn" or "k").
    fn word_scale(&self, i: usize) -> Option<f64> {
        match self.number_word(i) {
            Some(NumberWord::Scale(v)) if SCALE_WORDS.iter().any(|w| self.is(i, w)) => Some(v),
            _ => None,
        }
    }

    fn opens_number_word(&self, i: usize) -> bool {
        // Lower-cased as `lexicon::lower` does, looked up as bytes (no UTF-8 check).
        let word = self.s(i).as_bytes();
        let mut buf = [0u8; 64];
        let Some(lower) = buf.get_mut(..word.len()) else {
            return false;
        };
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        self.lex.number_openers.contains(&*lower)
    }

    fn lower(&self, i: usize) -> String {
        self.s(i).to_lowercase()
    }

    /// The index of the first token starting at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    /// Whether a unit counts things another number may count too: no share ("% voter") and
    /// no money ("dollar per month").
    fn counts_things(&self, unit: &str) -> bool {
        !unit.starts_with('%')
            && !self
                .lex
                .money_units
                .contains(unit.split(" per ").next().unwrap_or(unit))
    }

    /// Whether a unit counts heads or things a later bare figure may count too ("five others",
    /// "62" after "79 votes to"): one that [`Self::counts_things`] and no percentage.
    fn counts_heads(&self, unit: &str) -> bool {
        self.counts_things(unit) && !unit.starts_with("percent")
    }

    /// Whether a figure counts whole things a later bare figure may count too: a whole
    /// number of what [`Self::counts_heads`] allows, never a measure ("a magnitude 6.8
    /// quake", "40 kilometres").
    fn counts_whole(&self, figure: &Quantity, unit: &str) -> bool {
        figure.value.fract() == 0.0
            && self.counts_heads(unit)
            && !self.lex.lexicon_units.contains(unit)
    }

    /// The unit of the nearest figure before `out[idx]` that `accept`s it, looking back no
    /// further than `sentences_back` sentence ends; None where the nearest figures within
    /// reach are not accepted.
    fn unit_counted_before(
        &self,
        out: &[Quantity],
        idx: usize,
        sentences_back: usize,
        accept: impl Fn(&Quantity, &str) -> bool,
    ) -> Option<String> {
        let mut sentence_ends = 0;
        (0..idx)
            .rev()
            .find_map(|r| {
                let r_end = self.token_at(out[r].span.end);
                let next_first = self.token_at(out[r + 1].span.start);
                sentence_ends += (r_end..next_first)
                    .filter(|&k| matches!(self.s(k), "." | "!" | "?"))
                    .count();
                if sentence_ends > sentences_back {
                    return Some(None);
                }
                out[r]
                    .unit
                    .as_deref()
                    .filter(|u| accept(&out[r], u))
                    .map(|u| Some(u.to_string()))
            })
            .flatten()
    }

    /// The noun of a plural subject right before the verb by which it reaches the figure
    /// that starts at token `first` ("cases climb to", "deaths pass", "deaths in South Africa
    /// fell to"), singular; None where no such subject stands there.
    fn counted_subject(&self, first: usize) -> Option<String> {
        let mut verb = first.checked_sub(1)?;
        if self.is(verb, "to") {
            verb = verb.checked_sub(1)?;
        }
        let said = self.lower(verb);
        if self.kind(verb) != Some(Kind::Word)
            || !(self.lex.change_words.contains(said.as_str())
                || self.lex.tally_subject_verbs.contains(said.as_str()))
        {
            return None;
        }
        // ("have risen to": an auxiliary between subject and verb.)
        let mut subject = verb.checked_sub(1)?;
        if matches!(self.lower(subject).as_str(), "have" | "has" | "had") {
            subject = subject.checked_sub(1)?;
        }
        // ("deaths in South Africa fell": a place after the subject says where it counts.)
        let capitalised = |k: usize| self.s(k).starts_with(char::is_uppercase);
        let mut k = subject;
        while k > 0 && capitalised(k) && subject - k < 3 {
            k -= 1;
        }
        if k < subject && matches!(self.lower(k).as_str(), "in" | "across" | "among") {
            subject = k.checked_sub(1)?;
        }
        let noun = self.s(subject);
        let plural = self.kind(subject) == Some(Kind::Word)
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && noun.len() > 3
            && !self.lex.np_stop.contains(self.lower(subject).as_str());
        if !plural {
            return None;
        }
        singularize(&self.lower(subject))
    }

    /// Gives a bare number the unit it leaves unsaid: that of the whole it is a part of
    /// ("raised 280 million of the 1.5 billion shekels" -> shekel; a fraction of a counted
    /// whole is a share, "half of the 400 nurses" -> "% nurse"), of the conjunct before it
    /// ("14 people on Friday and 6 on Saturday" -> people), or of the earlier number of its
    /// sentence behind the same preposition ("DAX rose by 2 percent but Nasdaq fell by 1"
    /// -> 1 percentage).
    fn share_units(&self, out: &mut [Quantity]) {
        for idx in 0..out.len() {
            // "killed three skiers and injured five others", "about a dozen others": the
            // others are more of what the sentence counted before, else people; the word
            // belongs to the count.
            let after = self.token_at(out[idx].span.end);
            if out[idx].high.is_none() && self.is(after, "others") {
                out[idx].span = Span::new(out[idx].span.start, self.toks[after].end);
                let first = self.token_at(out[idx].span.start);
                let earlier = (0..idx).rev().find_map(|r| {
                    let r_end = self.token_at(out[r].span.end);
                    if (r_end..first).any(|k| matches!(self.s(k), "." | "!" | "?" | ";")) {
                        return Some(None);
                    }
                    out[r]
                        .unit
                        .as_deref()
                        .filter(|u| self.counts_heads(u))
                        .map(|u| Some(u.to_string()))
                });
                out[idx].unit = Some(earlier.flatten().unwrap_or_else(|| "people".to_string()));
                continue;
            }
            if out[idx].unit.is_some() {
                continue;
            }
            let first = self.token_at(out[idx].span.start);
            let end = self.token_at(out[idx].span.end);
            // A part of a whole: "280 million of the 1.5 billion shekels".
            if let Some(whole) = out.get(idx + 1) {
                let mut k = end;
                if self.is(k, "out") {
                    k += 1;
                }
                if self.is(k, "of") {
                    k += 1;
                    if self.lex.group_determiners.contains(self.lower(k).as_str()) {
                        k += 1;
                    }
                    // "11 of the country's 47 counties": an owner before the whole.
                    if self.kind(k) == Some(Kind::Word)
                        && matches!(self.s(k + 1), "'" | "’")
                        && self.is(k + 2, "s")
                        && self.glued(k + 1)
                    {
                        k += 3;
                    }
                    // "of the combined 4.3M sales": an adjective or two before the whole.
                    let whole_first = self.token_at(whole.span.start);
                    let adjectives = k..whole_first;
                    if whole_first >= k
                        && adjectives.len() <= 2
                        && adjectives.clone().all(|m| {
                            self.kind(m) == Some(Kind::Word)
                                && self.s(m).starts_with(|c: char| c.is_ascii_lowercase())
                                && !self.lex.np_stop.contains(self.lower(m).as_str())
                        })
                        && whole.high.is_none()
                        && out[idx].value.abs() <= whole.value.abs()
                    {
                        if let Some(u) = whole.unit.as_deref().filter(|u| !u.starts_with('%')) {
                            // "two-thirds of the 300 workers": a share of a counted group
                            // is a percentage of it, as "a third of the population" is.
                            let share = out[idx].value.abs() < 1.0
                                && whole.value.abs() >= 1.0
                                && !self.lex.lexicon_units.contains(u);
                            out[idx].unit = Some(if share {
                                format!("% {u}")
                            } else {
                                u.to_string()
                            });
                            continue;
                        }
                    }
                }
            }
            // "injuring 23 people, four of them seriously": a part of the group a figure
            // just counted counts what that figure counts (the nearest counted figure before
            // it, in its sentence or the one before: "Three of them were dug out alive").
            if out[idx].high.is_none()
                && self.is(end, "of")
                && matches!(self.lower(end + 1).as_str(), "them" | "those" | "whom")
            {
                let counted = self.unit_counted_before(out, idx, 1, |q, u| {
                    self.counts_heads(u) && q.value >= out[idx].value
                });
                if let Some(unit) = counted {
                    out[idx].unit = Some(unit);
                    continue;
                }
            }
            // A part of a group named without its size: "about 610,000 of the vehicles had
            // been sold" counts vehicles; up to two lower-case modifiers before the noun.
            if self.is(end, "of")
                && self
                    .lex
                    .group_determiners
                    .contains(self.lower(end + 1).as_str())
                && out[idx].value >= 1.0
                && out[idx].value.fract() == 0.0
            {
                // ("14 of its vessels to stay in port", "14 of the deaths occurred": a
                // function word or a past form after the noun ends it.)
                let plural_word = |m: usize| {
                    self.kind(m) == Some(Kind::Word)
                        && self.s(m).ends_with('s')
                        && !self.s(m).ends_with("ss")
                        && self.s(m).starts_with(|c: char| c.is_ascii_lowercase())
                };
                let noun = (end + 2..end + 5).find(|&m| {
                    plural_word(m)
                        && (self.kind(m + 1) != Some(Kind::Word)
                            || self.lex.np_stop.contains(self.lower(m + 1).as_str())
                            || self.s(m + 1).ends_with("ed")
                                && self.s(m + 1).starts_with(|c: char| c.is_ascii_lowercase()))
                        || self.kind(m) == Some(Kind::Word)
                            && matches!(
                                self.lower(m + 1).as_str(),
                                "had" | "have" | "has" | "were" | "are" | "was" | "will" | "would"
                            )
                            && self.s(m).ends_with('s')
                });
                let modifiers_plain = noun.is_some_and(|n| {
                    (end + 2..n).all(|m| {
                        self.kind(m) == Some(Kind::Word)
                            && self.s(m).starts_with(|c: char| c.is_ascii_lowercase())
                            && !self.lex.np_stop.contains(self.lower(m).as_str())
                    })
                });
                if let Some(unit) = noun
                    .filter(|_| modifiers_plain)
                    .and_then(|n| singularize(&self.lower(n)))
                {
                    out[idx].unit = Some(unit);
                    continue;
                }
            }
            // "cholera cases pass 4,000", "Mining deaths in South Africa fell to 42": a bare
            // figure a counted subject reaches counts the subject's noun.
            if out[idx].high.is_none() && out[idx].value >= 1.0 {
                if let Some(unit) = self.counted_subject(first) {
                    out[idx].unit = Some(unit);
                    continue;
                }
            }
            // Ellipsis in coordination: "a 1.4 degree angle in 2018 and 2.1 last year",
            // "12 people and 5 others": a bare number right after "and", "or" or "but"
            // counts what the quantity before it in the clause counts, unless a part of
            // something follows it ("and 2 of its plants").
            if let Some(r) = idx.checked_sub(1) {
                let r_end = self.token_at(out[r].span.end);
                let open_after = !(self.is(end, "of")
                    || self.is(end, "out")
                    || (self.glued(end) && matches!(self.s(end), "-" | "–" | "/" | ":")));
                if first > 0
                    && COORDINATORS.iter().any(|c| self.is(first - 1, c))
                    && open_after
                    && r_end < first
                    && !(r_end..first).any(|k| CLAUSE_ENDS.contains(&self.s(k)))
                    && out[r].high.is_none()
                {
                    if let Some(u) = out[r].unit.as_deref().filter(|u| self.counts_things(u)) {
                        out[idx].unit = Some(u.to_string());
                        continue;
                    }
                }
            }
            // "killing 11 and injuring 58", "sickened more than 2,100": a bare number right
            // after a verb that harms, moves or holds people counts people
            // (data/casualty_verbs.txt); so does the figure a toll is put at ("put the death
            // toll at 11"). Not before "of" ("killed 3 of the 40 crew": a part of a whole).
            if first > 0 && !self.is(end, "of") {
                let casualty = self
                    .lex
                    .casualty_verbs
                    .contains(self.lower(first - 1).as_str());
                // ("the death toll rose to 87", "the toll has climbed to 14": the verb of
                // change between, no punctuation.)
                let toll = first >= 2
                    && (self.is(first - 1, "at") || self.is(first - 1, "to"))
                    // ("put the death toll in Sylhet and Sunamganj at 14": places between.)
                    && (first.saturating_sub(8)..first - 1)
                        .rev()
                        .take_while(|&k| self.kind(k) == Some(Kind::Word))
                        .any(|k| self.is(k, "toll"));
                if casualty || toll {
                    out[idx].unit = Some("people".to_string());
                    continue;
                }
            }
            // "nine missing", "Two dead, three missing", "12,000 evacuated": a bare figure
            // right before what befell people counts people (data/people_states.txt), or
            // what a whole figure before it in the sentence counts ("kills four skiers,
            // two missing"; never a measure, money or a share).
            if self.kind(end) == Some(Kind::Word)
                && self.lex.people_states.contains(self.lower(end).as_str())
                && out[idx].high.is_none()
            {
                let earlier = self.unit_counted_before(out, idx, 0, |q, u| self.counts_whole(q, u));
                out[idx].unit = Some(earlier.unwrap_or_else(|| "people".to_string()));
                continue;
            }
            // "28,046 cast": a word after the figure that says what it counts
            // (data/counted_by_following_word.txt).
            if let Some(unit) = self
                .lex
                .counted_by_following_word
                .get(self.lower(end).as_str())
                .filter(|_| out[idx].high.is_none() || self.kind(end) == Some(Kind::Word))
            {
                out[idx].unit = Some(unit.to_string());
                continue;
            }
            // "a mother of three": a word before "of" that says what the figure counts
            // (data/counted_after_of.txt).
            if first >= 2 && self.is(first - 1, "of") && out[idx].high.is_none() {
                if let Some(unit) = self
                    .lex
                    .counted_after_of
                    .get(self.lower(first - 2).as_str())
                {
                    out[idx].unit = Some(unit.to_string());
                    continue;
                }
            }
            // "Police put the crowd at about 8,000", "a crowd of more than 60,000": the size
            // of a gathering counts people (data/crowd_nouns.txt).
            if first >= 2
                && (self.is(first - 1, "at") || self.is(first - 1, "of"))
                && self
                    .lex
                    .crowd_nouns
                    .contains(self.lower(first - 2).as_str())
            {
                out[idx].unit = Some("people".to_string());
                continue;
            }
            // "Police said 3,000 people marched; organisers put the figure at 15,000": the
            // figure put at a number counts what the nearest counted figure before it counts,
            // in its sentence or the one before (data/figure_nouns.txt).
            if first >= 3
                && self.is(first - 1, "at")
                && self
                    .lex
                    .figure_nouns
                    .contains(self.lower(first - 2).as_str())
                && matches!(
                    self.lower(first - 3).as_str(),
                    "the" | "its" | "their" | "his" | "her"
                )
            {
                let counted = self.unit_counted_before(out, idx, 1, |q, u| self.counts_whole(q, u));
                if let Some(unit) = counted {
                    out[idx].unit = Some(unit);
                    continue;
                }
            }
            // "rose to 87 on Sunday from 52", "climbed to 1,200 cases, up from 900": the old
            // value of a change told after the new one is told in the new one's unit.
            // So is the old value after "up from" or "down from" told after any figure of
            // its sentence ("more than 14,000 people reached the island, up from about 5,000").
            if first > 0 && self.is(first - 1, "from") {
                let up_or_down =
                    first >= 2 && (self.is(first - 2, "up") || self.is(first - 2, "down"));
                // (Never a span of time: "in the first nine months of the year, up from".)
                let new_value = (0..idx).rev().find(|&r| {
                    let r_first = self.token_at(out[r].span.start);
                    r_first > 0
                        && (up_or_down || self.is(r_first - 1, "to"))
                        && !out[r].unit.as_deref().is_some_and(is_time_unit)
                        && !(r_first..first).any(|k| CLAUSE_ENDS.contains(&self.s(k)))
                });
                if let Some(unit) = new_value.and_then(|r| out[r].unit.clone()) {
                    out[idx].unit = Some(unit);
                    continue;
                }
            }
            // "put the number of injured at 23", "the number of suspected cases at 2,146":
            // the figure counts what the number is of (people for "injured", "dead").
            if first >= 4 && self.is(first - 1, "at") {
                if let Some(of) = (first.saturating_sub(6)..first - 1)
                    .rev()
                    .find(|&k| self.is(k, "of") && k >= 2 && self.is(k - 1, "number"))
                {
                    // ("the number of people still in hospital at 19", "the number of
                    // heat-related deaths across Punjab at 19": the first plural after "of".)
                    let plural_after_of = (of + 1..first - 1).find(|&k| {
                        let w = self.lower(k);
                        w == "people"
                            || self.lex.people_adjectives.contains(w.as_str())
                            || w.ends_with('s')
                                && !w.ends_with("ss")
                                && self.s(k).starts_with(|c: char| c.is_ascii_lowercase())
                    });
                    let head = self.lower(plural_after_of.unwrap_or(first - 2));
                    let words_only = (of + 1..first - 1)
                        .all(|k| self.kind(k) == Some(Kind::Word) || self.is_dash(k));
                    let unit =
                        if self.lex.people_adjectives.contains(head.as_str()) || head == "people" {
                            Some("people".to_string())
                        } else {
                            singularize(&head)
                        };
                    if let Some(unit) = unit.filter(|_| words_only && of + 1 < first - 1) {
                        out[idx].unit = Some(unit);
                        continue;
                    }
                }
            }
            // "17 of the injured", "three of the dead": a part of people.
            if self.is(end, "of")
                && self.is(end + 1, "the")
                && self
                    .lex
                    .people_adjectives
                    .contains(self.lower(end + 2).as_str())
            {
                out[idx].unit = Some("people".to_string());
                continue;
            }
            // "by 79 votes to 62", "with 98,412 votes to 96,877": a bare figure right after
            // "to" and a counted figure is a count of the same.
            if let Some(r) = idx.checked_sub(1) {
                if first >= 1
                    && self.is(first - 1, "to")
                    && self.token_at(out[r].span.end) == first - 1
                    && out[r].high.is_none()
                {
                    if let Some(u) = out[r].unit.as_deref().filter(|u| self.counts_heads(u)) {
                        out[idx].unit = Some(u.to_string());
                        continue;
                    }
                }
            }
            // "backed the motion 138 to 97", "passed 78 to 29": a tally after a verb of a
            // vote counts votes, both its figures.
            let tally_verb_before = |k: usize| {
                (k.saturating_sub(4)..k)
                    .any(|v| self.lex.tally_verbs.contains(self.lower(v).as_str()))
            };
            if self.is(end, "to")
                && self.kind(end + 1) == Some(Kind::Num)
                && tally_verb_before(first)
                || first >= 2
                    && self.is(first - 1, "to")
                    && self.kind(first - 2) == Some(Kind::Num)
                    && tally_verb_before(first - 2)
            {
                out[idx].unit = Some("vote".to_string());
                continue;
            }
            // A parallel: the same preposition before an earlier number of the sentence.
            let Some(before) = first.checked_sub(1) else {
                continue;
            };
            if !PARALLEL_PREPOSITIONS.iter().any(|p| self.is(before, p)) {
                continue;
            }
            for r in (0..idx).rev() {
                let r_first = self.token_at(out[r].span.start);
                let r_end = self.token_at(out[r].span.end);
                if r_end > before
                    || (r_end..before).any(|k| matches!(self.s(k), "." | "!" | "?" | ";"))
                {
                    break;
                }
                if r_first > 0
                    && self.s(r_first - 1).eq_ignore_ascii_case(self.s(before))
                    && out[r].high.is_none()
                {
                    if let Some(unit) = out[r].unit.clone() {
                        out[idx].unit = Some(unit);
                    }
                    break;
                }
            }
        }
    }

    /// "was built for 250 people but held more than 900 last week", "sold for 21,000 pounds
    /// and now priced at 24,500": a bare whole figure that no rule of [`Self::share_units`]
    /// gave a unit counts what the nearest counted figure before it in its clause counts
    /// (whole things: never a span of time, an age, money, a measure, a share, or a figure
    /// that only modifies a noun, "the 240-seat assembly"). Not a figure a name or "of"
    /// follows ("two Airbus jets", "six of the vessels"): what it counts is said there. A
    /// figure an age moves from or to is an age first.
    fn units_of_the_sentence(&self, out: &mut [Quantity]) {
        for idx in 0..out.len() {
            let q = &out[idx];
            if q.unit.is_some() || q.high.is_some() || q.value < 1.0 || q.value.fract() != 0.0 {
                continue;
            }
            let first = self.token_at(q.span.start);
            let end = self.token_at(q.span.end);
            let named_after = self.kind(end) == Some(Kind::Word)
                && self.s(end).starts_with(|c: char| c.is_uppercase());
            // (A figure glued to what follows, "18-year" or "3/4", is no bare figure; a
            // stop after it is no matter.)
            let glued_on = self.glued(end)
                && !matches!(
                    self.s(end),
                    "." | "," | ";" | ":" | "!" | "?" | ")" | "”" | "\""
                );
            if self.is(end, "of") || named_after || glued_on {
                continue;
            }
            // "raise the retirement age gradually from 65 to 67", "lower the minimum age for
            // candidates to 18": a figure an age moves from or to is an age.
            let age_before = first >= 2
                && q.value <= 120.0
                && ["from", "to", "at", "over", "under", "above", "below"]
                    .iter()
                    .any(|w| self.is(first - 1, w))
                && (first.saturating_sub(8)..first - 1)
                    .rev()
                    .take_while(|&k| !CLAUSE_ENDS.contains(&self.s(k)))
                    .any(|k| self.is(k, "age"));
            // (Only the figures just before it: a long table stays one pass.)
            let figure_between = (0..idx)
                .rev()
                .take_while(|&r| self.token_at(out[r].span.start) + 8 >= first)
                .any(|r| out[r].unit.as_deref() != Some("year of age"));
            if age_before && !figure_between {
                out[idx].unit = Some("year of age".to_string());
                continue;
            }
            // (Each token between is read once, walking back: a long table stays one pass.)
            let mut checked_from = first;
            let counted = (0..idx).rev().find_map(|r| {
                let r_end = self.token_at(out[r].span.end);
                if (r_end..checked_from).any(|k| CLAUSE_ENDS.contains(&self.s(k))) {
                    return Some(None);
                }
                checked_from = checked_from.min(r_end);
                let unit = out[r].unit.as_deref()?;
                let r_first = self.token_at(out[r].span.start);
                // ("the 240-seat National Assembly": a figure glued to its noun modifies it.)
                let modifier = (r_first..r_end).any(|k| self.is_dash(k) && self.glued(k));
                let counts = self.counts_whole(&out[r], unit)
                    && !is_time_unit(unit)
                    && unit != "year of age"
                    && !modifier;
                counts.then(|| Some(unit.to_string()))
            });
            if let Some(unit) = counted.flatten() {
                out[idx].unit = Some(unit);
            }
        }
    }

    /// "a half-point rate cut", "an 8-point lead in the poll": points in a sentence about a
    /// rate, a poll or a turnout are percentage points; an index's or a game's stay points
    /// (`data/percentage_point_context.txt`).
    fn percentage_points(&self, out: &mut [Quantity]) {
        for q in out.iter_mut() {
            if q.unit.as_deref() != Some("point") {
                continue;
            }
            let at = self.token_at(q.span.start);
            let ends = |k: usize| matches!(self.s(k), "." | "!" | "?");
            let first = (0..at).rev().find(|&k| ends(k)).map_or(0, |k| k + 1);
            let end = (at..self.toks.len())
                .find(|&k| ends(k))
                .unwrap_or(self.toks.len());
            let mut cue = false;
            for k in first..end {
                match self
                    .lex
                    .percentage_point_context
                    .get(self.lower(k).as_str())
                {
                    Some(false) => {
                        cue = false;
                        break;
                    }
                    Some(true) => cue = true,
                    None => {}
                }
            }
            if cue {
                q.unit = Some("percentage point".to_string());
            }
        }
    }

    /// "The peso weakened 1.8% to 19.74 per dollar", "held at 1,507.5 to the dollar": a bare
    /// figure per dollar or euro is the rate of the currency the sentence names before it
    /// (`data/exchange_rate_currencies.txt`), in that currency per dollar.
    fn exchange_rates(&self, out: &mut [Quantity]) {
        for q in out.iter_mut() {
            if q.unit.is_some() || q.high.is_some() {
                continue;
            }
            let first = self.token_at(q.span.start);
            let end = self.token_at(q.span.end);
            let (per_end, base) =
                if self.is(end, "per") && self.is_any_of(end + 1, &["dollar", "euro"]) {
                    (end + 2, self.lower(end + 1))
                } else if self.is(end, "to")
                    && self.is(end + 1, "the")
                    && self.is_any_of(end + 2, &["dollar", "euro"])
                {
                    (end + 3, self.lower(end + 2))
                } else {
                    continue;
                };
            // (The currency word as listed: "pesos" is "peso".)
            let currency = (0..first)
                .rev()
                .take_while(|&k| !matches!(self.s(k), "." | "!" | "?"))
                .find_map(|k| {
                    let word = self.lower(k);
                    let listed = |w: &str| self.lex.exchange_rate_currencies.contains(w);
                    if listed(&word) {
                        Some(word)
                    } else {
                        word.strip_suffix('s')
                            .filter(|w| listed(w))
                            .map(str::to_string)
                    }
                });
            if let Some(currency) = currency {
                q.unit = Some(format!("{currency} per {base}"));
                q.span = Span::new(q.span.start, self.toks[per_end - 1].end);
            }
        }
    }

    /// "C$17.60 an hour from C$16.75", "1,050 naira a litre from 640 naira": the old amount of
    /// a change, in the new amount's money, is at its rate too.
    fn old_amounts_of_rates(&self, out: &mut [Quantity]) {
        for idx in 1..out.len() {
            let first = self.token_at(out[idx].span.start);
            if first == 0 || !self.is(first - 1, "from") {
                continue;
            }
            let new_end = self.token_at(out[idx - 1].span.end);
            if new_end + 1 < first
                && (new_end..first).any(|k| CLAUSE_ENDS.contains(&self.s(k)) || self.s(k) == ",")
            {
                continue;
            }
            let (Some(old), Some(new)) = (out[idx].unit.as_deref(), out[idx - 1].unit.as_deref())
            else {
                continue;
            };
            if self.lex.money_units.contains(old)
                && new
                    .strip_prefix(old)
                    .is_some_and(|rest| rest.starts_with(" per "))
            {
                out[idx].unit = Some(new.to_string());
            }
        }
    }

    fn quantity_at(&self, i: usize, floor: usize) -> Outcome {
        let a = match self.simple(i, floor) {
            Parsed::Ok(a) => a,
            Parsed::Skip(n) => return Outcome::Skip(n),
            Parsed::NotNumber => return Outcome::NotHere,
        };
        let mut first = a.first;
        let mut value = a.value;
        let mut high = None;
        let mut unit = a.unit.clone();
        let mut end = a.end;
        let mut approx = a.approx;

        // Ranges: "between A and B", "from A to B", "A to B", "A-B".
        let opener = if first > floor && self.is(first - 1, "between") {
            Some("between")
        } else if first > floor && self.is(first - 1, "from") {
            Some("from")
        } else {
            None
        };
        let c = a.end;
        let connector = if self.is_dash(c) {
            Some("-")
        } else if self.is(c, "to") {
            Some("to")
        } else if self.is(c, "and") && opener == Some("between") {
            Some("and")
        } else {
            None
        };
        if let Some(conn) = connector {
            // The second number may stand behind its own currency sign: "$3 billion to $5 billion".
            let second = (c + 1..c + 4).find_map(|k| match self.simple(k, c + 1) {
                Parsed::Ok(b) if b.first == c + 1 => Some(b),
                _ => None,
            });
            if let Some(b) = second {
                // "from 5 to 7 per cent to 3 to 4 per cent": the old range of a change.
                if opener == Some("from") && conn == "to" && self.is(b.end, "to") {
                    return Outcome::Skip(b.end);
                }
                {
                    match self.range(&a, &b, conn, opener) {
                        RangeVerdict::Range(low) => {
                            value = low;
                            high = Some(b.value);
                            // "between $62 and $68 per share": the rate told on the high
                            // end is the unit of both.
                            let extends = |u: &String, v: &String| {
                                v.len() > u.len() && v.starts_with(u.as_str())
                            };
                            match (&unit, &b.unit) {
                                (None, _) => unit = b.unit.clone(),
                                (Some(u), Some(v)) if extends(u, v) => unit = b.unit.clone(),
                                _ => {}
                            }
                            end = b.end;
                            approx |= b.approx;
                            if opener.is_some() {
                                first -= 1;
                            }
                        }
                        RangeVerdict::Score => return Outcome::Skip(b.end),
                        // "from 4.8 to 4.7 percent": two values of one unit.
                        RangeVerdict::Separate
                            if unit.is_none() && conn == "to" && !b.money && !a.money =>
                        {
                            unit = b.unit.clone();
                        }
                        RangeVerdict::Separate => {}
                    }
                }
            }
        }
        // "three or four years": two guesses at one amount, a range of its own; the first
        // number counts what the second does.
        if unit.is_none() && high.is_none() && self.is(end, "or") {
            if let Some(b) = (end + 1..end + 3).find_map(|k| match self.simple(k, end + 1) {
                Parsed::Ok(b) if b.first == end + 1 => Some(b),
                _ => None,
            }) {
                if value < b.value && !b.money && !a.money {
                    high = Some(b.value);
                    end = b.end;
                    approx = true;
                }
                unit = b.unit;
            }
        }
        // "rose from 240 to 273", "dropped from $75 a barrel on Monday to $45.88": the
        // "from" amount is the old value of a change. Only the new value is a figure of the
        // report (and the measured data annotates neither), so the old one is passed over.
        if self.opened_by_from(first, floor) && self.change_target_after(end) {
            return Outcome::Skip(end);
        }
        // "climbed from 21 mpg to 23": the new value is told in the old one's unit.
        if unit.is_none() && first > 0 && self.is(first - 1, "to") && !a.money {
            unit = self.change_origin_unit(first - 1);
        }
        // Approximation cues before the quantity.
        if let Some((start, ())) = self.lex.approx_cues.backward(self.text, self.toks, first) {
            if start >= floor
                && !(start > 0 && self.glued(start) && self.kind(start - 1) == Some(Kind::Word))
            {
                first = start;
                approx = true;
            }
        }
        // "or so", "or more" after it.
        if self.is(end, "or") && (self.is(end + 1, "so") || self.is(end + 1, "more")) {
            approx = true;
            end += 2;
        }
        // "she turned 40", "aged 34": a person's age; not a part of a whole ("he was 3 of 10
        // finalists", "she was one in five").
        if unit.is_none()
            && !(self.is(end, "of")
                || self.is(end, "out")
                || self.is(end, "in") && self.kind(end + 1) != Some(Kind::Word))
            && self.is_age(&a, first, high)
        {
            unit = Some(AGE_UNIT.to_string());
        }
        // A vague amount spans an order of magnitude: "tens of thousands" is 10,000 to
        // 100,000, so that fusion does not read "12,000" as disagreeing with it.
        if a.kind == CoreKind::Vague && high.is_none() {
            high = Some(value * 10.0);
        }
        if !value.is_finite() || high.is_some_and(|h: f64| !h.is_finite()) {
            return Outcome::Skip(end);
        }
        let span = Span::new(self.toks[first].start, self.toks[end - 1].end);
        Outcome::Found(
            Quantity {
                span,
                value,
                high,
                unit,
                approx,
                unit_from_context: false,
            },
            end,
        )
    }

    /// Whether the bare whole number `a` (the quantity starting at token `first`, `high` the
    /// top of its range) is a person's age: after a cue of data/age_cues.txt ("turned",
    /// "aged", "at the age of", "he was"), or set off by commas after a name or a word for a
    /// person ("Maddon, 66, has").
    fn is_age(&self, a: &Simple, first: usize, high: Option<f64>) -> bool {
        let whole_age = |v: f64| v.fract() == 0.0 && (1.0..=120.0).contains(&v);
        if a.money
            || a.signed
            || a.scale != 1.0
            || !matches!(a.kind, CoreKind::Digits { .. } | CoreKind::Words { .. })
            || !whole_age(a.value)
            || !high.is_none_or(whole_age)
        {
            return false;
        }
        // "Maddon, 66, has ...", "the woman, 64, was": an age set off by commas after a name
        // or a word for a person.
        // So is one that ends the sentence after a speaker named so ("..., said the
        // children's father, Tom Whitcombe, 44.").
        let closes_speaker = || {
            matches!(self.s(first + 1), "." | ";")
                && (first.saturating_sub(10)..first - 2)
                    .any(|k| matches!(self.lower(k).as_str(), "said" | "says" | "told" | "added"))
        };
        let apposed = first > 1
            && self.s(first - 1) == ","
            && matches!(a.kind, CoreKind::Digits { .. })
            && high.is_none()
            && (self.s(first + 1) == "," || closes_speaker())
            && (self.s(first - 2).starts_with(char::is_uppercase)
                || self
                    .lex
                    .apposed_age_nouns
                    .contains(self.lower(first - 2).as_str()));
        // "people over 65", "children under 16": people bounded by an age.
        let bounded = first > 0
            && (self.is(first, "over") || self.is(first, "under"))
            && self
                .lex
                .age_bound_nouns
                .contains(self.lower(first - 1).as_str());
        // "aged 24, 31 and 39": a later age of a list the cue opens.
        let mut list_start = first;
        while list_start >= 2 {
            let mut k = list_start - 1;
            if self.is(k, "and") || self.is(k, "or") {
                k = k.saturating_sub(1);
                if self.s(k) == "," {
                    k = k.saturating_sub(1);
                }
            } else if self.s(k) == "," {
                k = k.saturating_sub(1);
            } else {
                break;
            }
            if self.kind(k) != Some(Kind::Num) || k == 0 {
                break;
            }
            list_start = k;
        }
        apposed
            || bounded
            || [first, list_start].into_iter().any(|k| {
                self.lex
                    .age_cues
                    .backward(self.text, self.toks, k)
                    .is_some()
            })
    }

    /// Whether the quantity starting at token `first` follows "from", directly or through an
    /// approximation cue ("from up to 252 miles").
    fn opened_by_from(&self, first: usize, floor: usize) -> bool {
        if first > floor && self.is(first - 1, "from") {
            return true;
        }
        match self.lex.approx_cues.backward(self.text, self.toks, first) {
            Some((start, ())) => start > floor && self.is(start - 1, "from"),
            None => false,
        }
    }

    /// The unit of the old value of a "from X to Y" change whose "to" is token `to`.
    fn change_origin_unit(&self, to: usize) -> Option<String> {
        let from = (to.saturating_sub(10)..to)
            .rev()
            .find(|&k| self.is(k, "from"))?;
        let between = from + 1..to;
        if between
            .clone()
            .any(|k| matches!(self.s(k), "." | "!" | "?" | ";" | ":" | "(" | ")"))
        {
            return None;
        }
        for k in between.take(3) {
            if let Parsed::Ok(old) = self.simple(k, from + 1) {
                if old.money {
                    return None;
                }
                if old.unit.is_some() {
                    return old.unit;
                }
                // "from 14-18 mpg to 24": the unit stands after the old range.
                let c = old.end;
                if self.is_dash(c) || self.is(c, "to") {
                    if let Parsed::Ok(high) = self.simple(c + 1, c + 1) {
                        return high.unit.filter(|_| !high.money);
                    }
                }
                return None;
            }
        }
        None
    }

    /// Whether "to" and a number follow `end` within the same clause: the second half of a
    /// "from X to Y" change. Years and times between the two are passed over ("from 20 mpg
    /// in 2008 to 29 mpg").
    fn change_target_after(&self, end: usize) -> bool {
        for k in end..end + 8 {
            if k >= self.toks.len() {
                return false;
            }
            if self.is(k, "to") {
                return (k + 1..k + 4)
                    .any(|n| matches!(self.simple(n, k + 1), Parsed::Ok(b) if b.first == k + 1));
            }
            if matches!(
                self.lower(k).as_str(),
                "." | "!" | "?" | ";" | ":" | "(" | ")" | "and" | "but" | "or" | "from" | "while"
            ) {
                return false;
            }
        }
        false
    }

    fn range(&self, a: &Simple, b: &Simple, conn: &str, opener: Option<&str>) -> RangeVerdict {
        let bare_small_int = |q: &Simple| {
            matches!(q.kind, CoreKind::Digits { .. })
                && q.unit.is_none()
                && q.scale == 1.0
                && !q.signed
                && q.value.fract() == 0.0
                && q.value < 1000.0
        };
        // A change between two values is not a range.
        // "dropped by 1 to 1.5 degrees" is a range of the change's size; "rose by $43.6
        // billion to $419.2 billion", with a unit on each value, a change and its result.
        // "cut output by 20% to 30%": after "by", two close values of one unit are the
        // range of the change's size; a result far above the change is its outcome.
        let close_pair = a.unit.is_some() && a.unit == b.unit && b.value <= 2.0 * a.value;
        let change_before = |at: usize| {
            !(at > 0 && self.is(at - 1, "by") && (a.unit.is_none() || close_pair))
                // "down from the $89 to $93 billion projected": the change's "from" is
                // behind its own old value, itself a range.
                && (at.saturating_sub(3)..at)
                    .rev()
                    .take_while(|&k| !self.is(k, "from"))
                    .any(|k| {
                    self.kind(k) == Some(Kind::Word)
                        && self.lex.change_words.contains(self.lower(k).as_str())
                })
        };
        let units_agree = match (&a.unit, &b.unit) {
            (Some(x), Some(y)) => x == y,
            (None, _) => true,
            (Some(_), None) => conn == "-" || opener.is_some(),
        };
        let mut low = a.value;
        if a.scale == 1.0 && b.scale > 1.0 && !matches!(a.kind, CoreKind::Fraction) {
            let scaled = a.value * b.scale;
            if scaled < b.value {
                low = scaled;
            }
        }
        let rising = low < b.value;
        let is_range = match conn {
            "and" => rising,
            "to" => {
                let at = if opener.is_some() {
                    a.first - 1
                } else {
                    a.first
                };
                rising && units_agree && !change_before(at)
            }
            _ => {
                rising
                    && units_agree
                    && !(bare_small_int(a) && bare_small_int(b) && b.end > b.core_end)
            }
        };
        if is_range
            && !(conn == "-" && bare_small_int(a) && bare_small_int(b) && !self.glued(a.end))
        {
            return RangeVerdict::Range(low);
        }
        // "a 2-1 win": the noun after a score counts no goals.
        let score_end = |q: &Simple| {
            bare_small_int(&Simple {
                unit: None,
                ..q.clone()
            }) && !q.measure
        };
        if conn == "-" && bare_small_int(a) && score_end(b) {
            return RangeVerdict::Score;
        }
        RangeVerdict::Separate
    }

    /// The number at `i` with its currency, sign and unit. `floor` is the first token not
    /// taken by an earlier quantity.
    fn simple(&self, i: usize, floor: usize) -> Parsed {
        let Some(tok) = self.toks.get(i) else {
            return Parsed::NotNumber;
        };
        // The cheap trigger: a digit, or a word that can open a number.
        match tok.kind {
            Kind::Sym => return Parsed::NotNumber,
            Kind::Word if !self.opens_number_word(i) => return Parsed::NotNumber,
            _ => {}
        }
        // Prefix: sign, then currency.
        let mut first = i;
        let mut negative = false;
        let mut signed = false;
        if tok.kind == Kind::Num && tok.glued && i > floor {
            let sign = self.s(i - 1);
            if matches!(sign, "-" | "−" | "+") {
                let before = i.checked_sub(2).filter(|&k| k >= floor);
                let glued_to_before = self.glued(i - 1);
                let word_before = before.filter(|&k| self.toks[k].kind == Kind::Word);
                match before.map(|k| self.toks[k].kind) {
                    Some(Kind::Word) if glued_to_before => {
                        if self.is(i - 2, "minus") {
                            negative = true;
                            signed = true;
                            first = i - 2;
                        } else if !HYPHEN_PREFIXES.iter().any(|p| self.is(i - 2, p)) {
                            // "TA-35", "COVID-19": an identifier.
                            return Parsed::Skip(i + 1);
                        }
                    }
                    // "COVID -19": a name, then an identifier, not a negative number.
                    Some(Kind::Word)
                        if sign != "+"
                            && word_before
                                .is_some_and(|k| self.s(k).starts_with(char::is_uppercase)) =>
                    {
                        return Parsed::Skip(i + 1);
                    }
                    Some(Kind::Num) if glued_to_before => {}
                    _ => {
                        negative = sign != "+";
                        signed = true;
                        first = i - 1;
                    }
                }
            }
        }
        if !signed && first > floor && self.is(first - 1, "minus") {
            negative = true;
            signed = true;
            first -= 1;
        }
        let mut money_unit: Option<&'static str> = None;
        let cur_end = if signed && !self.is(first, "minus") {
            first
        } else {
            i
        };
        if cur_end > floor {
            if let Some((start, cur)) = self
                .lex
                .currency_pre
                .backward(self.text, self.toks, cur_end)
            {
                let last = cur_end - 1;
                let last_is_short_word =
                    self.kind(last) == Some(Kind::Word) && self.s(last).len() < 3;
                // A one-letter sign ("R" for the rand) only before a grouped or scaled
                // amount ("R2.3 billion", "R50,000"), never before a code ("R18").
                let letter_sign = cur_end - start == 1
                    && self.s(start).len() == 1
                    && self.s(start).bytes().all(|b| b.is_ascii_alphabetic());
                let scaled = self.s(i).contains(',')
                    || matches!(
                        self.lower(i + 1).as_str(),
                        "million" | "billion" | "trillion" | "bn" | "m" | "mn"
                    );
                if start >= floor
                    && (!last_is_short_word || self.glued(cur_end))
                    && (!letter_sign || scaled)
                {
                    money_unit = Some(cur.unit);
                    if cur_end == i || first == cur_end {
                        first = start;
                    }
                }
            }
        }
        if tok.kind == Kind::Num && tok.glued && i > floor && money_unit.is_none() && !signed {
            let prev = &self.toks[i - 1];
            if prev.kind == Kind::Word {
                return Parsed::Skip(i + 1); // "M21", "S22": an identifier
            }
            if matches!(self.s(i - 1), "#") {
                return Parsed::Skip(i + 1);
            }
        }
        let money = money_unit.is_some();

        // The number itself.
        let core = match tok.kind {
            Kind::Num => self.digits(i, money),
            Kind::Word => self.words(i),
            Kind::Sym => return Parsed::NotNumber,
        };
        let (mut value, mut j, scale, mut kind) = match core {
            Core::Ok {
                value,
                end,
                scale,
                kind,
            } => (value, end, scale, kind),
            Core::Skip(n) => return Parsed::Skip(n),
            Core::None => return Parsed::NotNumber,
        };
        if money_unit.is_none() && !matches!(kind, CoreKind::Digits { .. }) && i > floor {
            // "a dozen" etc. never take a currency sign before them; nothing to do.
        }
        let core_end = j;
        // "one out of three"; "one in five", "3 in 10": a share told as a ratio of two
        // small whole numbers. "in" needs a whole numerator below its denominator and no time
        // unit after it ("5 in 10 days" is a count and a duration).
        let out_of = self.is(j, "out") && self.is(j + 1, "of");
        let ratio_in = self.is(j, "in")
            && scale == 1.0
            && value.fract() == 0.0
            && value >= 1.0
            && matches!(kind, CoreKind::Digits { .. } | CoreKind::Words { .. });
        if out_of || ratio_in {
            let at = if out_of { j + 2 } else { j + 1 };
            if let Core::Ok { value: d, end, .. } = match self.kind(at) {
                Some(Kind::Num) => self.digits(at, false),
                Some(Kind::Word) => self.words(at),
                _ => Core::None,
            } {
                let whole_denominator = d.fract() == 0.0 && d <= 1000.0 && value < d;
                if d > 0.0 && value <= d && (out_of || whole_denominator && !self.time_unit_at(end))
                {
                    value /= d;
                    kind = CoreKind::Fraction;
                    j = end;
                }
            }
        }
        if negative {
            value = -value;
        }
        let mut simple = Simple {
            first,
            core_first: i,
            core_end,
            end: j,
            value,
            scale,
            kind,
            unit: money_unit.map(str::to_string),
            money,
            measure: money,
            signed,
            approx: kind == CoreKind::Vague,
        };
        if let Some(skip) = self.not_a_quantity_before_unit(&simple) {
            return Parsed::Skip(skip);
        }
        self.attach_unit(&mut simple);
        if let Some(skip) = self.not_a_quantity(&simple) {
            return Parsed::Skip(skip);
        }
        Parsed::Ok(simple)
    }

    /// Digits, with a glued fraction, and any scale words after them.
    fn digits(&self, i: usize, money: bool) -> Core {
        let raw = self.s(i);
        let bytes = raw.as_bytes();
        if bytes.len() > 1 && bytes[0] == b'0' && bytes[1].is_ascii_digit() {
            // "007", "0800": an identifier; "04:10": a clock time, minutes and all.
            let clock = self.s(i + 1) == ":"
                && self.glued(i + 1)
                && self.kind(i + 2) == Some(Kind::Num)
                && self.glued(i + 2);
            return Core::Skip(if clock { i + 3 } else { i + 1 });
        }
        if raw.matches('.').count() > 1 {
            return Core::Skip(i + 1); // "1.2.3"
        }
        let plain: String = raw.chars().filter(|&c| c != ',').collect();
        let Ok(mut value) = plain.parse::<f64>() else {
            return Core::Skip(i + 1);
        };
        let four_plain_digits = raw.len() == 4 && bytes.iter().all(u8::is_ascii_digit);
        let mut kind = CoreKind::Digits { four_plain_digits };
        let mut j = i + 1;
        // Clock times "10:27", "15:00".
        if self.s(j) == ":"
            && self.glued(j)
            && self.kind(j + 1) == Some(Kind::Num)
            && self.glued(j + 1)
        {
            let mut end = j + 2;
            if self.is_meridiem(end) {
                end = self.meridiem_end(end);
            }
            return Core::Skip(end);
        }
        // Slashes: "1/16" is a fraction; "24/7", "10/23/2024" are not quantities.
        if matches!(self.s(j), "/" | "⁄")
            && self.glued(j)
            && self.kind(j + 1) == Some(Kind::Num)
            && self.glued(j + 1)
        {
            let den = self.s(j + 1).replace(',', "").parse::<f64>().unwrap_or(0.0);
            let chained = matches!(self.s(j + 2), "/" | "⁄") && self.glued(j + 2);
            if !chained
                && den > value
                && den <= 1000.0
                && value.fract() == 0.0
                && den.fract() == 0.0
            {
                return Core::Ok {
                    value: value / den,
                    end: j + 2,
                    scale: 1.0,
                    kind: CoreKind::Fraction,
                };
            }
            let mut end = j + 2;
            while matches!(self.s(end), "/" | "⁄") && self.kind(end + 1) == Some(Kind::Num) {
                end += 2;
            }
            return Core::Skip(end);
        }
        // Phone-like chains "555-123-4567".
        if self.is_dash(j)
            && self.glued(j)
            && self.kind(j + 1) == Some(Kind::Num)
            && self.glued(j + 1)
            && self.is_dash(j + 2)
            && self.glued(j + 2)
            && self.kind(j + 3) == Some(Kind::Num)
        {
            return Core::Skip(j + 4);
        }
        // Scientific notation: "1.99×10−30", "3 x 10^8".
        if matches!(self.s(j), "×" | "x") && self.s(j + 1) == "10" {
            let mut k = j + 2;
            if self.s(k) == "^" {
                k += 1;
            }
            let negative = matches!(self.s(k), "−" | "-");
            if negative || self.s(k) == "+" {
                k += 1;
            }
            if self.kind(k) == Some(Kind::Num) && self.glued(k) {
                if let Ok(e) = self.s(k).parse::<i32>() {
                    let e = if negative { -e } else { e };
                    return Core::Ok {
                        value: value * 10f64.powi(e),
                        end: k + 1,
                        scale: 1.0,
                        kind,
                    };
                }
            }
        }
        // "a 150-billion-baht package", "a $2-billion deal": a spelled-out scale joined by
        // a hyphen scales the figure all the same.
        if self.is_dash(j) && self.glued(j) && self.glued(j + 1) && self.word_scale(j + 1).is_some()
        {
            j += 1;
        }
        // Scale words and abbreviations.
        let mut scale = 1.0;
        while self.kind(j) == Some(Kind::Word) {
            let w = self.s(j);
            let glued = self.glued(j);
            let factor = match w {
                "m" | "b" if !money => None,
                "m" => Some(1e6),
                "b" | "B" => {
                    if money && glued {
                        Some(1e9)
                    } else {
                        None
                    }
                }
                "M" if glued => Some(1e6),
                "k" | "K" => {
                    if glued {
                        Some(1e3)
                    } else {
                        None
                    }
                }
                _ => match self.number_word(j) {
                    Some(NumberWord::Scale(v)) => Some(v),
                    _ => None,
                },
            };
            match factor {
                Some(f) if f > scale || scale == 1.0 => {
                    scale *= f;
                    j += 1;
                }
                _ => break,
            }
        }
        if scale != 1.0 {
            // ("8.7 trillion": 8.7 * 1e12 is 8699999999999.999 in binary; the text means
            // 8.7e12.)
            value = round_significant(value * scale, 12);
            kind = CoreKind::Digits {
                four_plain_digits: false,
            };
        }
        Core::Ok {
            value,
            end: j,
            scale,
            kind,
        }
    }

    fn is_meridiem(&self, j: usize) -> bool {
        if self.kind(j) != Some(Kind::Word) {
            return false;
        }
        let w = self.lower(j);
        (w == "am" || w == "pm")
            || ((w == "a" || w == "p") && self.s(j + 1) == "." && self.is(j + 2, "m"))
    }

    fn meridiem_end(&self, j: usize) -> usize {
        if self.s(j).len() == 2 {
            j + 1
        } else if self.s(j + 3) == "." {
            j + 4
        } else {
            j + 3
        }
    }

    /// Number words: "two hundred thousand", "twenty-five", "a dozen", "two-thirds",
    /// "half a million", "tens of thousands".
    fn words(&self, i: usize) -> Core {
        // "a" and "an" are frequent: leave at once unless a number word follows.
        if (self.is(i, "a") || self.is(i, "an"))
            && !matches!(
                self.number_word(i + 1),
                Some(NumberWord::Dozen | NumberWord::Scale(_) | NumberWord::Fraction(_))
            )
        {
            return Core::None;
        }
        let lw = self.lower(i);
        // Vague plurals: "tens of thousands", "hundreds of", "dozens of".
        if let Some(&v) = self.lex.vague.get(lw.as_str()) {
            if !self.is(i + 1, "of") {
                return Core::None;
            }
            let mut value = v;
            let mut j = i + 1;
            while self.is(j, "of") {
                match self.lex.vague.get(self.lower(j + 1).as_str()) {
                    Some(&v2) if v2 > 10.0 => {
                        value *= v2;
                        j += 2;
                    }
                    _ => break,
                }
            }
            return Core::Ok {
                value,
                end: j,
                scale: 1.0,
                kind: CoreKind::Vague,
            };
        }
        // "a half-point cut", "a quarter-point rise": the size of a move in points.
        if matches!(lw.as_str(), "half" | "quarter")
            && self.is_dash(i + 1)
            && self.glued(i + 1)
            && (self.is(i + 2, "point") || self.is(i + 2, "percentage"))
        {
            return Core::Ok {
                value: if lw == "half" { 0.5 } else { 0.25 },
                end: i + 1,
                scale: 1.0,
                kind: CoreKind::Words { lone_one: false },
            };
        }
        // "half of", "half a million"
        if lw == "half" {
            let ordinal_before = i > 0
                && matches!(
                    self.lower(i - 1).as_str(),
                    "first" | "second" | "this" | "last" | "next" | "the" | "other"
                );
            if ordinal_before {
                return Core::None;
            }
            if (self.is(i + 1, "a") || self.is(i + 1, "an")) && self.word_scale(i + 2).is_some() {
                let s = self.word_scale(i + 2).unwrap_or(1.0);
                return Core::Ok {
                    value: 0.5 * s,
                    end: i + 3,
                    scale: s,
                    kind: CoreKind::Words { lone_one: false },
                };
            }
            // "half of", and "half a percentage point", "half an hour": half of one unit.
            let of_one_unit = (self.is(i + 1, "a") || self.is(i + 1, "an"))
                && self
                    .lex
                    .units
                    .forward(self.text, self.toks, i + 2)
                    .is_some_and(|(_, unit)| *unit != "point" && *unit != "percentage");
            if self.is(i + 1, "of") || of_one_unit {
                return Core::Ok {
                    value: 0.5,
                    end: i + 1,
                    scale: 1.0,
                    kind: CoreKind::Fraction,
                };
            }
            return Core::None;
        }
        let mut j = i;
        let mut current = 0.0f64;
        let mut total = 0.0f64;
        let mut any = false;
        let mut seen_scale = false;
        let mut last_unit = false;
        let mut fraction = None;
        if lw == "a" || lw == "an" {
            // "a dozen", "a million", "a third"
            match self.number_word(i + 1) {
                Some(NumberWord::Dozen) => {}
                Some(NumberWord::Scale(_)) if self.word_scale(i + 1).is_some() => {}
                Some(NumberWord::Fraction(f))
                    if (!self.is(i + 1, "half") || self.is(i + 2, "of"))
                        && !(self.is_dash(i + 2) && self.glued(i + 2)) =>
                {
                    let end = i + 2;
                    return Core::Ok {
                        value: f,
                        end,
                        scale: 1.0,
                        kind: CoreKind::Fraction,
                    };
                }
                _ => return Core::None,
            }
            current = 1.0;
            j = i + 1;
            any = true;
        }
        if matches!(
            self.number_word(i),
            Some(NumberWord::Dozen | NumberWord::Scale(_) | NumberWord::Fraction(_))
        ) && !any
        {
            return Core::None; // "a baker's dozen", a lone "hundred"
        }
        while let Some(w) = self.number_word(j) {
            match w {
                NumberWord::Unit(v) => {
                    if last_unit || (current % 100.0 != 0.0 && current % 10.0 != 0.0) {
                        break;
                    }
                    if current % 100.0 >= 20.0 && v >= 10.0 {
                        break;
                    }
                    current += v;
                    last_unit = true;
                }
                NumberWord::Ten(v) => {
                    if current % 100.0 != 0.0 {
                        break;
                    }
                    current += v;
                    last_unit = false;
                }
                NumberWord::Scale(v) => {
                    if self.word_scale(j).is_none() || !any {
                        break;
                    }
                    if v == 100.0 {
                        current = current.max(1.0) * 100.0;
                    } else {
                        total += current.max(1.0) * v;
                        current = 0.0;
                    }
                    seen_scale = true;
                    last_unit = false;
                }
                NumberWord::Dozen => {
                    current = current.max(1.0) * 12.0;
                    last_unit = false;
                }
                NumberWord::Fraction(f) => {
                    // "two-thirds", "one-third", "three quarters"; not "a half" alone.
                    if !any || !last_unit || self.is(j, "half") && current != 1.0 {
                        break;
                    }
                    fraction = Some(current * f);
                    j += 1;
                    break;
                }
            }
            any = true;
            j += 1;
            // "twenty-five", "two-thirds"; "one hundred and fifty"
            let hyphen = self.is_dash(j)
                && self.glued(j)
                && self.glued(j + 1)
                && self.number_word(j + 1).is_some();
            let and = self.is(j, "and")
                && seen_scale
                && matches!(
                    self.number_word(j + 1),
                    Some(NumberWord::Unit(_) | NumberWord::Ten(_))
                );
            if hyphen || and {
                j += 1;
            }
        }
        if !any {
            return Core::None;
        }
        if let Some(f) = fraction {
            return Core::Ok {
                value: f,
                end: j,
                scale: 1.0,
                kind: CoreKind::Fraction,
            };
        }
        let value = total + current;
        let lone_one = j == i + 1 && lw == "one";
        let scale = if seen_scale { value } else { 1.0 };
        Core::Ok {
            value,
            end: j,
            scale: scale.max(1.0),
            kind: CoreKind::Words { lone_one },
        }
    }

    /// Skips decided before looking for a unit: times, ordinals, decades, glued identifiers.
    fn not_a_quantity_before_unit(&self, q: &Simple) -> Option<usize> {
        let j = q.core_end;
        if !matches!(q.kind, CoreKind::Digits { .. }) {
            return None;
        }
        if self.is_meridiem(j) {
            return Some(self.meridiem_end(j));
        }
        if self.kind(j) == Some(Kind::Word) && self.glued(j) && q.scale == 1.0 {
            let w = self.lower(j);
            if matches!(w.as_str(), "st" | "nd" | "rd" | "th" | "s") {
                return Some(j + 1); // ordinal, decade
            }
        }
        if matches!(self.s(j), "'" | "’")
            && self.glued(j)
            && self.is(j + 1, "s")
            && self.glued(j + 1)
        {
            return Some(j + 2); // "1990's"
        }
        None
    }

    /// Finds the unit after the number: a currency name, a measure, a percent sign, an
    /// age, a rate, or else the counted noun phrase.
    fn attach_unit(&self, q: &mut Simple) {
        let mut j = q.end;
        if q.kind == CoreKind::Vague && self.is(j, "of") {
            j += 1;
        }
        if q.kind == CoreKind::Fraction {
            // "1/16 of a US pint", "3/4 inch": a fraction of a measure.
            let start = if self.is(j, "of") { j + 1 } else { j };
            let mut k = start;
            while k < start + 3 && self.kind(k) == Some(Kind::Word) {
                if let Some((end, unit)) = self.lex.units.forward(self.text, self.toks, k) {
                    if *unit != "percentage" && *unit != "point" {
                        q.unit = Some(unit.to_string());
                        q.measure = true;
                        q.end = end;
                    }
                    return;
                }
                if !matches!(self.lower(k).as_str(), "a" | "an" | "the" | "us" | "uk") {
                    break;
                }
                k += 1;
            }
            // "a third of the population", "one out of three Germans": a share of a group.
            // Without "of" the noun is counted by an ordinal ("a third death"), not shared.
            let out_of = q.end > q.core_end;
            if start == j && !out_of {
                // "a third death", "the fifth term": an ordinal before a noun, no fraction.
                let last = self.lower(q.core_end - 1);
                if ORDINAL_FRACTIONS.contains(&last.as_str())
                    && q.core_end - q.core_first <= 2
                    && self.kind(j) == Some(Kind::Word)
                    && !self.lex.np_stop.contains(self.lower(j).as_str())
                {
                    q.unit = Some(String::new()); // dropped, see not_a_quantity
                }
                return;
            }
            if let Some((group, end)) = self.group_phrase(start) {
                q.unit = Some(format!("% {group}"));
                q.end = end;
            }
            return;
        }
        if q.money {
            // "$76 US", "$75 U.S."
            if self.is(j, "US") {
                j += 1;
            } else if self.s(j) == "U"
                && self.s(j + 1) == "."
                && self.s(j + 2) == "S"
                && self.s(j + 3) == "."
            {
                j += 4;
            }
            q.end = j.max(q.end);
            self.attach_rate(q);
            return;
        }
        // A glued hyphen before a unit: "6.1-inch", "5-mpg", "1.8 billion-mile".
        let mut k = j;
        if self.is_dash(k)
            && self.glued(k)
            && self.kind(k + 1) == Some(Kind::Word)
            && self.glued(k + 1)
        {
            k += 1;
        }
        // "five-year $700000 award", "a two-month contract": an attributive duration is a
        // time, left to the timex layer ("50-year-old" is an age and matched above).
        if k > j && self.time_unit_at(k) {
            q.unit = Some(String::new()); // dropped, see not_a_quantity
            q.end = k + 1;
            return;
        }
        // "a magnitude 6.4 earthquake", "aftershocks of magnitude 5 or more": the scale named
        // before the figure is its unit, and the span opens with it.
        if q.first > 0 && self.lower(q.first - 1) == "magnitude" {
            q.unit = Some("magnitude".to_string());
            q.measure = true;
            q.first -= 1;
            return;
        }
        if let Some((end, cur)) = self.lex.currency_post.forward(self.text, self.toks, k) {
            if self.unit_boundary(end) {
                q.unit = Some(cur.unit.to_string());
                q.money = true;
                q.measure = true;
                q.end = end;
                self.attach_rate(q);
                return;
            }
        }
        if let Some((end, unit)) = self.lex.units.forward(self.text, self.toks, k) {
            if self.unit_boundary(end) {
                q.unit = Some(unit.to_string());
                q.measure = true;
                q.end = end;
                if *unit != "percentage" {
                    self.attach_rate(q);
                }
                return;
            }
        }
        // "six-cylinder engines", "a 10-page report": the noun of the compound is counted.
        // "four-, five- and six-cylinder": a suspended hyphen takes the last compound's noun.
        if q.value != 1.0 && self.is_dash(j) && self.glued(j) {
            if k > j {
                if let Some((unit, end)) = self.compound_noun(k) {
                    q.unit = Some(unit);
                    q.end = end;
                }
                return;
            }
            for m in j + 1..j + 10 {
                if self.kind(m) == Some(Kind::Word)
                    && self.glued(m)
                    && self.is_dash(m - 1)
                    && self.glued(m - 1)
                    && m >= 2
                    && self.opens_number_at(m - 2)
                {
                    if let Some((unit, _)) = self.compound_noun(m) {
                        if !self.time_unit_at(m) {
                            q.unit = Some(unit);
                        }
                    }
                    q.end = j + 1;
                    return;
                }
                if !(self.is_dash(m)
                    || matches!(self.s(m), ",")
                    || self.is(m, "and")
                    || self.is(m, "or")
                    || self.opens_number_at(m))
                {
                    break;
                }
            }
        }
        // A word glued to the digits that is no unit: "5G", "9AB8", "3D".
        if matches!(q.kind, CoreKind::Digits { .. })
            && q.scale == 1.0
            && self.kind(j) == Some(Kind::Word)
            && self.glued(j)
        {
            q.unit = Some(String::new()); // marks an identifier; see not_a_quantity
            q.end = j + 1;
            return;
        }
        // "one of the best speakers": one item picked out by a superlative.
        if q.kind == (CoreKind::Words { lone_one: true })
            && self.is(j, "of")
            && self.is(j + 1, "the")
        {
            if let Some((unit, end)) = self.superlative_phrase(j + 2) {
                q.unit = Some(unit);
                q.end = end;
            }
            return;
        }
        let singular = q.value == 1.0 && q.scale == 1.0;
        if let Some((unit, end)) = self.noun_phrase(j, singular) {
            // "the top three seeds": a modifier of the counted noun standing before the
            // number is part of the unit, as it is after it ("three top seeds").
            let before = q.first.checked_sub(1).map(|k| self.lower(k));
            q.unit = match before {
                Some(m)
                    if self.lex.pre_numeral_modifiers.contains(m.as_str())
                        && !self.lex.lexicon_units.contains(unit.as_str()) =>
                {
                    Some(format!("{m} {unit}"))
                }
                _ => Some(unit),
            };
            q.end = end;
            self.attach_rate(q);
            return;
        }
        // "another pick or two", "a day or two": the number counts the noun before "or".
        let i = q.first;
        if i >= 3
            && self.is(i - 1, "or")
            && matches!(self.lower(i - 3).as_str(), "a" | "an" | "another" | "one")
            && self.kind(i - 2) == Some(Kind::Word)
            && !self.lex.np_stop.contains(self.lower(i - 2).as_str())
        {
            let noun = self.lower(i - 2);
            q.unit = Some(match self.lex.units.forward(self.text, self.toks, i - 2) {
                Some((end, unit)) if end == i - 1 => unit.to_string(),
                _ => noun,
            });
        }
    }

    /// The group a fraction divides, at `k` after "of": determiners passed over, then up to
    /// four words ending at a plural noun (singularized), a collective noun
    /// (data/collective_nouns.txt), or before a function word or punctuation. None when a
    /// number or nothing follows ("two-thirds of the combined 4.3M sales": that number
    /// counts the group, and `share_units` makes the fraction a share of its unit).
    fn group_phrase(&self, mut k: usize) -> Option<(String, usize)> {
        while matches!(
            self.lower(k).as_str(),
            "the"
                | "a"
                | "an"
                | "all"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "these"
                | "those"
        ) {
            k += 1;
        }
        let mut words: Vec<String> = Vec::new();
        while self.kind(k) == Some(Kind::Word) && !self.glued(k) {
            // A hyphenated compound counts as one word: "first-time buyers".
            let end = self.compound_end(k);
            let piece = self.text[self.toks[k].start..self.toks[end - 1].end].to_lowercase();
            if self.lex.np_stop.contains(piece.as_str()) {
                break;
            }
            if self.lex.number_words.contains_key(piece.as_str())
                || self.lex.vague.contains_key(piece.as_str())
                || words.len() == 4
            {
                return None;
            }
            if let Some(head) = singularize(&piece) {
                words.push(head);
                return Some((words.join(" "), end));
            }
            let collective = self.lex.collective_nouns.contains(piece.as_str());
            words.push(piece);
            k = end;
            if collective {
                break;
            }
        }
        if words.is_empty() || self.kind(k) == Some(Kind::Num) {
            return None;
        }
        Some((words.join(" "), k))
    }

    /// "best wireless speakers" at `k`: the counted phrase with the superlative turned into
    /// its base adjective ("good wireless speaker"); "most"/"least" are dropped.
    fn superlative_phrase(&self, k: usize) -> Option<(String, usize)> {
        if self.kind(k) != Some(Kind::Word) {
            return None;
        }
        let word = self.lower(k);
        let (base, rest) = if matches!(word.as_str(), "most" | "least") {
            (None, k + 1)
        } else if let Some(&base) = self.lex.superlatives.get(word.as_str()) {
            if base.is_empty() {
                return None;
            }
            (Some(base.to_string()), k + 1)
        } else if word.len() >= 6 && word.ends_with("est") {
            (Some(word[..word.len() - 3].to_string()), k + 1)
        } else {
            return None;
        };
        let (noun, end) = self.noun_phrase(rest, false)?;
        let mut unit = match base {
            Some(b) => format!("{b} {noun}"),
            None => noun,
        };
        let end = self.describing_clause(end, &mut unit);
        Some((unit, end))
    }

    /// The clause after a superlative item that describes it further ("in his life", "to
    /// ever live"): its content words are appended to `unit`, function words passed over,
    /// up to punctuation, a number or a clause break (data/superlative_clause.txt). Returns
    /// the end of the last word taken.
    fn describing_clause(&self, from: usize, unit: &mut String) -> usize {
        let mut end = from;
        let mut k = from;
        while k < from + 10 && self.kind(k) == Some(Kind::Word) {
            let mut buf = [0u8; 64];
            let Some(w) = lexicon::lower(self.s(k), &mut buf) else {
                break;
            };
            if self.lex.clause_stops.contains(w)
                || self.lex.number_words.contains_key(w)
                || self.lex.vague.contains_key(w)
            {
                break;
            }
            if !(self.lex.np_stop.contains(w) || self.lex.clause_skips.contains(w)) {
                unit.push(' ');
                unit.push_str(w);
                end = k + 1;
            }
            k += 1;
        }
        end
    }

    /// A time unit ("year", "months", "day") at token `k`.
    fn time_unit_at(&self, k: usize) -> bool {
        matches!(
            self.lex.units.forward(self.text, self.toks, k),
            Some((end, unit)) if end == k + 1 && is_time_unit(unit)
        )
    }

    /// Whether token `k` is digits or a number word.
    fn opens_number_at(&self, k: usize) -> bool {
        self.kind(k) == Some(Kind::Num)
            || matches!(
                self.number_word(k),
                Some(NumberWord::Unit(_) | NumberWord::Ten(_))
            )
    }

    /// The noun of a "six-cylinder" compound whose word starts at `k`, singular.
    fn compound_noun(&self, k: usize) -> Option<(String, usize)> {
        if self.kind(k) != Some(Kind::Word) {
            return None;
        }
        let end = self.compound_end(k);
        let piece = self.text[self.toks[k].start..self.toks[end - 1].end].to_lowercase();
        if self.lex.np_stop.contains(piece.as_str())
            || self.lex.number_words.contains_key(piece.as_str())
        {
            return None;
        }
        let unit = singularize(&piece).unwrap_or(piece);
        Some((unit, end))
    }

    /// A unit ends at a token boundary that is not the middle of a word.
    fn unit_boundary(&self, end: usize) -> bool {
        !(self.kind(end) == Some(Kind::Num) && self.glued(end))
    }

    /// "per barrel", "a month", "-a-day": turns the unit into a rate.
    fn attach_rate(&self, q: &mut Simple) {
        let Some(unit) = q.unit.as_ref() else { return };
        let mut k = q.end;
        if self.is_dash(k) && self.glued(k) {
            k += 1;
        }
        // "9 billion shekels ($2.4 billion) a year": a conversion in brackets stands between
        // the amount and its rate. The span stays before the bracket, whose amount is a
        // quantity of its own.
        let mut keep_end = false;
        if self.s(k) == "(" {
            let Some(close) = (k + 1..k + 10).find(|&c| self.s(c) == ")") else {
                return;
            };
            if (k + 1..close).any(|c| matches!(self.s(c), "." | ";" | "(")) {
                return;
            }
            k = close + 1;
            keep_end = true;
        }
        // "100,000 barrels of crude oil a day": what is measured may stand between the
        // amount and its rate (not after a share: "3 percent of output a year" is no rate of
        // percentages). The span stays before "of".
        if self.is(k, "of") && unit != "percentage" && !keep_end {
            let joiner_at = (k + 2..k + 5).find(|&j| {
                matches!(self.lower(j).as_str(), "per" | "a" | "an")
                    && (k + 1..j).all(|w| {
                        self.kind(w) == Some(Kind::Word)
                            && self.s(w).bytes().all(|b| b.is_ascii_lowercase())
                    })
            });
            let Some(j) = joiner_at else { return };
            k = j;
            keep_end = true;
        }
        let joiner = self.lower(k);
        if !matches!(joiner.as_str(), "per" | "a" | "an" | "/") {
            return;
        }
        let mut d = k + 1;
        if self.is_dash(d) && self.glued(d) {
            d += 1;
        }
        if let Some((end, denominator)) = self.lex.rates.forward(self.text, self.toks, d) {
            if self.kind(end) == Some(Kind::Word) && self.glued(end) {
                return;
            }
            // "a year earlier", "a month ago" date the amount; they are no rate.
            // ("save €3 billion a year from 2029": a start year after "from" leaves the rate.)
            // ("C$17.60 an hour from C$16.75": so does the old amount after "from", a figure or
            // a currency's sign.)
            let next = self.s(end + 1);
            let year_next = next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit());
            let amount_next = !year_next
                && (self.kind(end + 1) == Some(Kind::Num)
                    || next.starts_with(['$', '€', '£', '¥'])
                    || next.len() <= 3
                        && next.bytes().all(|b| b.is_ascii_uppercase())
                        && self.s(end + 2).starts_with('$'));
            let from_year = self.is(end, "from") && (year_next || amount_next);
            if joiner != "per" && !from_year && RATE_BLOCKERS.iter().any(|w| self.is(end, w)) {
                return;
            }
            q.unit = Some(format!("{unit} per {denominator}"));
            if !keep_end {
                q.end = end;
            }
        } else if joiner == "per"
            && self.lex.money_units.contains(unit.as_str())
            && self.kind(d) == Some(Kind::Word)
            && self.s(d).bytes().all(|b| b.is_ascii_lowercase())
            && !self.lex.np_stop.contains(self.lower(d).as_str())
            && singularize(&self.lower(d)).is_none_or(|head| head == self.lower(d))
            && !(self.kind(d + 1) == Some(Kind::Word) && self.glued(d + 1))
        {
            // "a surcharge of $150 per container", "fines of up to $10,000 per violation": an
            // amount of money "per" any one thing is a rate of it.
            q.unit = Some(format!("{unit} per {}", self.lower(d)));
            if !keep_end {
                q.end = d + 1;
            }
        }
    }

    /// The counted noun phrase at `j`: up to its first plural noun (or, after "one", the
    /// single next noun), nationality modifiers skipped, the head singularized.
    fn noun_phrase(&self, j: usize, singular: bool) -> Option<(String, usize)> {
        let mut words: Vec<String> = Vec::new();
        let mut k = j;
        if self.kind(k) != Some(Kind::Word) || self.glued(k) {
            return None;
        }
        // "eight other contracts", "three more years": a word that only adds to or sets
        // apart the counted things is no part of what is counted ("two other former
        // employees": two such words).
        while !singular && k < j + 2 && self.lex.count_adders.contains(self.lower(k).as_str()) {
            k += 1;
        }
        let mut skipped: Vec<String> = Vec::new();
        while words.len() < 4 && skipped.len() < 3 {
            // A model number inside the phrase: "two new 737 Max jets".
            if self.kind(k) == Some(Kind::Num) && !words.is_empty() && self.is_model_name_at(k) {
                words.push(self.s(k).to_string());
                k += 1;
                continue;
            }
            if self.kind(k) != Some(Kind::Word) {
                break;
            }
            // A hyphenated compound counts as one word: "first-team".
            let end = self.compound_end(k);
            let piece = self.text[self.toks[k].start..self.toks[end - 1].end].to_lowercase();
            let hyphenated = end > k + 1;
            // "digital and physical sales", "Kia and Hyundai vehicles": modifiers joined by
            // "and" before one head; the "and" is left out of the unit.
            if piece == "and"
                && !(words.is_empty() && skipped.is_empty())
                && self.kind(end) == Some(Kind::Word)
                && !self.lex.np_stop.contains(self.lower(end).as_str())
            {
                k = end;
                continue;
            }
            if self.lex.np_stop.contains(piece.as_str())
                || self.lex.number_words.contains_key(piece.as_str())
                || (!hyphenated
                    && piece.len() > 4
                    && piece.ends_with("ly")
                    && !self.lex.ly_adjectives.contains(piece.as_str()))
            {
                break;
            }
            let plural = singularize(&piece);
            if plural.is_none() && self.lex.nationalities.contains(piece.as_str()) {
                skipped.push(piece);
                k = end;
                continue;
            }
            if singular {
                // ("one postponed", "One London-based analyst": after "one" a participle is
                // no counted noun.)
                let participle =
                    piece.len() > 4 && piece.ends_with("ed") || piece.ends_with("-based");
                if plural.is_some() || participle {
                    return None;
                }
                return Some((piece, end));
            }
            // "23 crew members", "500 police officers": a noun whose plural is itself
            // before a plural noun modifies it; so does a noun only used in the plural
            // ("15,000 heavy goods vehicles").
            let plural_only = matches!(piece.as_str(), "goods" | "arms" | "sports" | "savings");
            if (plural.as_deref() == Some(piece.as_str()) || plural_only)
                && self.kind(end) == Some(Kind::Word)
            {
                let next = self.lower(end);
                let next_plural = singularize(&next).is_some_and(|h| h != next);
                if next_plural && !self.lex.np_stop.contains(next.as_str()) && !self.glued(end) {
                    words.push(piece);
                    k = end;
                    continue;
                }
            }
            if let Some(head) = plural {
                // A measure noun is its own unit: "517 rushing yards" -> "yard".
                if let Some((unit_end, unit)) = self.lex.units.forward(self.text, self.toks, k) {
                    if unit_end == end {
                        return Some((unit.to_string(), end));
                    }
                }
                if words.is_empty() && self.lex.place_nouns.contains(head.as_str()) {
                    words.append(&mut skipped);
                }
                words.push(head);
                return Some((words.join(" "), end));
            }
            words.push(piece);
            k = end;
        }
        None
    }

    /// Skips decided with the unit known: years, dates, names with numbers, pronoun "one".
    fn not_a_quantity(&self, q: &Simple) -> Option<usize> {
        if q.unit.as_deref() == Some("") {
            return Some(q.end); // identifier
        }
        let i = q.core_first;
        let digits = matches!(q.kind, CoreKind::Digits { .. });
        let integer = q.value.fract() == 0.0 && !q.signed;
        // A label: "category 4 hurricane", "type 2 diabetes", "the bottom three".
        if !q.money && q.first == i && i > 0 && !self.glued(i) {
            let mut buf = [0u8; 64];
            let before = lexicon::lower(self.s(i - 1), &mut buf).unwrap_or("");
            if !q.measure && self.lex.label_words.contains(before) {
                return Some(q.end.max(q.core_end));
            }
        }
        // A product or code name: "iPhone 11 Pro", "737 Max jets", "the 90049 ZIP Code".
        if digits && integer && !q.measure && q.scale == 1.0 && self.is_model_name_at(i) {
            return Some(q.end.max(q.core_end + 1));
        }
        // Dates: a day number beside a month.
        if digits && integer && (1.0..=31.0).contains(&q.value) && !q.measure && q.scale == 1.0 {
            let month_before = (i > 0 && self.is_month(i - 1))
                || (i > 1 && self.s(i - 1) == "." && self.is_month(i - 2));
            let month_after = self.is_month(q.core_end)
                || (self.is(q.core_end, "of") && self.is_month(q.core_end + 1));
            if month_before || month_after {
                return Some(q.core_end);
            }
        }
        // Years.
        if let CoreKind::Digits {
            four_plain_digits: true,
        } = q.kind
        {
            // ("a party founded in 2023 won the most seats": a year before the verb that
            // spells a currency.)
            let year_before_verb = q.money
                && self.is(q.core_end, "won")
                && i > 0
                && ["in", "since", "by", "until", "from", "of"]
                    .iter()
                    .any(|w| self.is(i - 1, w));
            if (!q.measure || year_before_verb) && !q.signed && q.scale == 1.0 {
                let v = q.value;
                if (1900.0..=2199.0).contains(&v)
                    || ((1000.0..1900.0).contains(&v) && q.unit.is_none())
                {
                    return Some(q.core_end);
                }
            }
        }
        // A bare number after a capitalized name: "Big 12", "iPhone 11", "Game 7".
        let bare = q.unit.is_none() && !q.money && q.scale == 1.0 && !q.signed;
        if digits
            && bare
            && q.first == i
            && i > 0
            && !self.glued(i)
            && self.kind(i - 1) == Some(Kind::Word)
        {
            let name = self.s(i - 1);
            let lw = name.to_lowercase();
            let initial = i == 1
                || matches!(
                    self.s(i - 2),
                    "." | "!" | "?" | ":" | ";" | "\"" | "“" | "(" | "‘" | "'" | "—" | "–"
                );
            let function = self.lex.np_stop.contains(lw.as_str())
                || self
                    .lex
                    .approx_cues
                    .forward(self.text, self.toks, i - 1)
                    .is_some();
            if name.chars().any(char::is_uppercase) && !initial && !function {
                return Some(q.core_end);
            }
            if matches!(lw.as_str(), "no" | "number" | "nos") {
                return Some(q.core_end);
            }
        }
        if digits && bare && i > 1 && self.s(i - 1) == "." && self.is(i - 2, "no") {
            return Some(q.core_end);
        }
        // Street addresses: "49 Zorro Ranch Road", "9 E 71st St".
        if digits && integer && !q.measure && q.scale == 1.0 {
            let j = q.core_end;
            // "16-18 Industrial Avenue": a span of street numbers.
            let numbers_end = if self.is_dash(j) && self.kind(j + 1) == Some(Kind::Num) {
                j + 2
            } else {
                j
            };
            if self.is_address_after(numbers_end) {
                return Some(numbers_end);
            }
        }
        // The pronoun "one": "one of the", "no one", "the one who".
        if let CoreKind::Words { lone_one: true } = q.kind {
            let determiner_before = i > 0
                && matches!(
                    self.lower(i - 1).as_str(),
                    "no" | "any" | "every" | "each" | "the" | "this" | "that" | "which" | "someone"
                );
            if q.unit.is_none() || determiner_before {
                return Some(q.core_end);
            }
            // "One mother, who asked not to be named, said", "one driver from Poland said":
            // "one" and a noun that introduce a speaker count nothing.
            // ("one of the best screens in this price range, ..." counts one of a kind.)
            if q.first == i && q.end <= q.core_end + 2 && self.introduces_speaker(q.end) {
                return Some(q.end);
            }
        }
        None
    }

    /// Whether the words from `end`, after "one" and its noun, make that phrase a speaker: a
    /// comma or "who" right after it, or a verb of speech (`data/speaker_verbs.txt`) in the
    /// clause before any other verb (`data/auxiliaries.txt`, a form in "-ed": "One soldier was
    /// wounded, he said" counts a soldier).
    fn introduces_speaker(&self, end: usize) -> bool {
        if matches!(self.s(end), "," | "who" | "whose") {
            return true;
        }
        let mut k = end;
        let mut words = 0;
        while words < 12 {
            match self.kind(k) {
                Some(Kind::Word) => words += 1,
                // ("One mother in Dawakin Tofa, north of Kano, said", "One farmer in Sayakhed,
                // a village of 2,300 people where the water reached the roofs, said": what
                // commas set off describes the speaker; the verb after it decides.)
                Some(_) if self.s(k) == "," => {
                    // (A comma inside a figure, "2,300", closes nothing.)
                    let close = (k + 1..k + 25).find(|&c| {
                        self.s(c) == "," && !self.glued(c + 1)
                            || matches!(self.s(c), "." | ";" | "!" | "?")
                    });
                    match close {
                        Some(c) if self.s(c) == "," => k = c + 1,
                        _ => k += 1,
                    }
                    continue;
                }
                _ => return false,
            }
            let word = self.lower(k);
            if self.lex.speaker_verbs.contains(word.as_str()) {
                return true;
            }
            // (A name ending in "-ed", "Sayakhed", is no verb.)
            if self.lex.auxiliaries.contains(word.as_str())
                || word.len() > 3
                    && word.ends_with("ed")
                    && !self.s(k).starts_with(|c: char| c.is_uppercase())
            {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether the digits at `k` name a product or code: a capitalized word of
    /// data/model_words.txt follows ("737 Max", "90049 ZIP Code").
    fn is_model_name_at(&self, k: usize) -> bool {
        let next = k + 1;
        let word = self.s(next);
        let mut buf = [0u8; 64];
        self.kind(k) == Some(Kind::Num)
            && !self.s(k).contains(['.', ','])
            && self.kind(next) == Some(Kind::Word)
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && lexicon::lower(word, &mut buf).is_some_and(|w| self.lex.model_words.contains(w))
    }

    /// Capitalized words (or ordinals like "71st") ending in a street word within four tokens.
    fn is_address_after(&self, j: usize) -> bool {
        for k in j..j + 4 {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            let w = self.s(k);
            let capitalized = t.kind == Kind::Word && w.starts_with(char::is_uppercase);
            let ordinal =
                t.kind == Kind::Num && self.kind(k + 1) == Some(Kind::Word) && self.glued(k + 1);
            if capitalized && self.lex.street_words.contains(w.to_lowercase().as_str()) {
                return true;
            }
            if ordinal {
                continue;
            }
            let ordinal_suffix =
                t.kind == Kind::Word && k > j && self.toks[k - 1].kind == Kind::Num;
            if !(capitalized || ordinal_suffix) {
                return false;
            }
        }
        false
    }

    fn is_month(&self, i: usize) -> bool {
        if self.kind(i) != Some(Kind::Word) {
            return false;
        }
        let w = self.s(i);
        let lw = w.to_lowercase();
        if !self.lex.months.contains(lw.as_str()) {
            return false;
        }
        // "may" and "march" are also verbs: only their capitalized forms are months.
        !matches!(lw.as_str(), "may" | "march") || w.starts_with(char::is_uppercase)
    }
}

enum Core {
    Ok {
        value: f64,
        end: usize,
        scale: f64,
        kind: CoreKind,
    },
    Skip(usize),
    None,
}

enum RangeVerdict {
    Range(f64),
    Score,
    Separate,
}

/// The singular of a plural noun, None when `word` is not plural. Irregular forms come
/// from data/irregular_plurals.txt; the rest follow English suffix rules.
fn singularize(word: &str) -> Option<String> {
    if let Some(&singular) = LEXICON.irregular.get(word) {
        return if singular.is_empty() {
            None
        } else {
            Some(singular.to_string())
        };
    }
    // Only the last part of a compound changes: "first-team players".
    let (head, last) = match word.rfind('-') {
        Some(p) => (&word[..=p], &word[p + 1..]),
        None => ("", word),
    };
    if let Some(&singular) = LEXICON.irregular.get(last) {
        return if singular.is_empty() {
            None
        } else {
            Some(format!("{head}{singular}"))
        };
    }
    let n = last.len();
    let stem = if last.ends_with("men") && n > 4 {
        format!("{}man", &last[..n - 3])
    } else if last.ends_with("ies") && n > 4 {
        format!("{}y", &last[..n - 3])
    } else if last.ends_with("sses")
        || last.ends_with("xes")
        || last.ends_with("ches")
        || last.ends_with("shes")
        || last.ends_with("zzes")
    {
        last[..n - 2].to_string()
    } else if last.ends_with("uses") && n > 5 {
        let before = last.as_bytes()[n - 5];
        if b"aeiou".contains(&before) {
            last[..n - 1].to_string()
        } else {
            last[..n - 2].to_string()
        }
    } else if last.ends_with('s')
        && n > 2
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && !last.ends_with("ous")
    {
        last[..n - 1].to_string()
    } else {
        return None;
    };
    Some(format!("{head}{stem}"))
}

#[cfg(test)]
mod tests;

/// `value` rounded to `digits` significant decimal digits: a scaled figure without the
/// binary fraction's noise ("8.7 trillion" is 8.7e12, not 8699999999999.999).
fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let shift = digits - value.abs().log10().ceil() as i32;
    if shift >= 0 {
        let m = 10f64.powi(shift);
        (value * m).round() / m
    } else {
        let m = 10f64.powi(-shift);
        (value / m).round() * m
    }
}
