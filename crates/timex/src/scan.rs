//! The scanner: tokens, the grammar of time expressions, and their normalization.

use crate::calendar::{self, Point};
use crate::lexicon::{Lex, Phrase, PhraseList, Unit, LEXICON, LONGEST_WORD};
use jiff::civil::Date;
use model::{Span, Timex, TimexKind};

#[derive(Debug, Clone, Copy)]
struct Tok<'t> {
    start: usize,
    end: usize,
    /// The token's text lower-cased (ASCII letters only), kept as a slice: the grammar asks
    /// for words far more often than there are tokens.
    word: &'t str,
    /// All ASCII digits.
    digits: bool,
    /// Starts with an upper-case letter.
    capital: bool,
    lex: Option<&'static Lex>,
}

/// What a grammar rule recognized, from token `start` to token `end` (exclusive).
#[derive(Debug, Clone)]
struct Hit {
    start: usize,
    end: usize,
    kind: TimexKind,
    value: String,
    modifier: Option<&'static str>,
    /// The expression counts units ("three days", "two years ago"), so an approximator may
    /// stand before it.
    quantified: bool,
    /// The calendar point it names, to serve as reference for later expressions.
    point: Option<Point>,
    /// The point was computed from the reference ("a year earlier"), not named: it must not
    /// become the reference quarter itself.
    derived: bool,
}

impl Hit {
    fn new(start: usize, end: usize, kind: TimexKind, value: String) -> Hit {
        Hit {
            start,
            end,
            kind,
            value,
            modifier: None,
            quantified: false,
            point: None,
            derived: false,
        }
    }
    fn date(start: usize, end: usize, point: Point) -> Hit {
        Hit {
            point: Some(point),
            ..Hit::new(start, end, TimexKind::Date, point.value())
        }
    }
}

pub struct Scanner<'t> {
    text: &'t str,
    toks: Vec<Tok<'t>>,
    anchor: Option<Date>,
    /// The last day named or resolved: "the same day" and "a day after" lean on it.
    last_day: Option<Date>,
    /// The last day named that dates no report ("police said on Tuesday" does): the day a
    /// bare clock time takes.
    last_event_day: Option<Date>,
    /// The last event day named was a night ("Friday night", "overnight").
    last_event_night: bool,
    /// The token after the last expression that named a day ("on Friday|, a day after").
    last_day_end: usize,
    /// The last quarter named: financial news measures "a year earlier" from it.
    last_quarter: Option<Point>,
    /// The last month named and the token after it: "rose 2.9% in May from a year earlier"
    /// compares with the May before, in the same sentence.
    last_month: Option<(Point, usize)>,
    /// The last year named and the token after it: "in the first nine months of 2025, up
    /// 18% from a year earlier" compares with 2024, in the same sentence.
    last_year: Option<(Point, usize)>,
    /// Year-to-date results are under report ("the first nine months"): comparisons with "a
    /// year earlier" are years.
    year_to_date: bool,
    /// Some quarter has been under report.
    quarter_reported: bool,
    /// The last calendar point named or resolved: the narrative time that "that year" and
    /// "the following month" lean on.
    last_point: Option<Point>,
}

/// How many words before a time expression the tense of its clause is looked for: a news
/// clause runs long ("had swept through more than 3,000 hectares of pine forest and mastic
/// groves by Monday evening"); the sentence's end stops the look first. Measured on
/// TempEval-3: as good as twelve, and better on new text.
const TENSE_LOOK_BACK: usize = 20;
/// How many months back a month named without a year may lie (see `year_of_month_day`).
const MONTHS_LOOKED_BACK: i32 = 7;
/// How many months back a month must lie for a tense cue to decide its year instead: near
/// months are mostly the nearest occurrence whatever the tense ("said it will close in
/// November", published in October).
const TENSE_DECIDES_MONTHS_BACK: std::ops::RangeInclusive<i32> = 3..=8;

/// The month a season begins in (winter: December, as TimeBank's `WI` of a year).
fn season_start_month(season: &str) -> i8 {
    match season {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// Which bytes are ASCII letters and digits, the bytes of a word: one load per byte where the
/// range tests took several (the loop runs over every byte of a word).
const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The light tokens of `text`; `lower` is `text` with ASCII letters lower-cased (the same
/// length, so every offset of one is an offset of the other).
fn tokenize<'t>(text: &str, lower: &'t str) -> Vec<Tok<'t>> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            // A run of letters and digits; non-ASCII characters join it when alphanumeric.
            let mut j = i;
            while j < bytes.len() {
                let c = bytes[j];
                if WORD_BYTE[usize::from(c)] {
                    j += 1;
                } else if c >= 0x80 {
                    let ch = text[j..].chars().next().unwrap_or(' ');
                    if !ch.is_alphanumeric() {
                        break;
                    }
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            if j == i {
                // A non-ASCII character that is not alphanumeric stands alone.
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                toks.push(Tok {
                    start,
                    end: i + len,
                    word: &lower[start..i + len],
                    digits: false,
                    capital: false,
                    lex: None,
                });
                i += len;
                continue;
            }
            let word = &text[i..j];
            // Most tokens open with an ASCII letter: no digit run, and the case of one byte.
            let digits = b.is_ascii_digit() && word.bytes().all(|c| c.is_ascii_digit());
            let capital = if b.is_ascii() {
                b.is_ascii_uppercase()
            } else {
                word.chars().next().is_some_and(char::is_uppercase)
            };
            toks.push(Tok {
                start,
                end: j,
                word: &lower[i..j],
                digits,
                capital,
                lex: None,
            });
            i = j;
        } else {
            toks.push(Tok {
                start,
                end: i + 1,
                word: &lower[i..i + 1],
                digits: false,
                capital: false,
                lex: None,
            });
            i += 1;
        }
    }
    toks
}

/// The tense a cue word near an expression points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

impl<'t> Scanner<'t> {
    /// A scanner of `text`; `lower` must be `text.to_ascii_lowercase()`, which the caller
    /// owns so that every token can keep its lower-case word as a slice of it.
    pub fn new(text: &'t str, lower: &'t str, published: Option<&str>) -> Scanner<'t> {
        debug_assert_eq!(text.len(), lower.len());
        let mut toks = tokenize(text, lower);
        for t in &mut toks {
            if !t.digits && t.end - t.start <= LONGEST_WORD && LEXICON.key_shapes.may_hold(t.word) {
                t.lex = LEXICON.words.get(t.word);
            }
        }
        let anchor = published.and_then(calendar::parse_anchor);
        Scanner {
            text,
            toks,
            anchor,
            last_day: anchor,
            last_event_day: None,
            last_event_night: false,
            last_day_end: usize::MAX,
            last_quarter: None,
            last_year: None,
            last_month: None,
            year_to_date: false,
            quarter_reported: false,
            last_point: None,
        }
    }

    pub fn run(mut self) -> Vec<Timex> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let t = self.toks[i];
            let digit = self.text.as_bytes()[t.start].is_ascii_digit();
            // An article or determiner starts an expression only before a known word or a
            // number: most of them are skipped here without trying the grammar.
            let idle_determiner = t.lex.is_some()
                && matches!(
                    self.w(i),
                    "the" | "a" | "an" | "its" | "their" | "that" | "this"
                )
                && !self.toks.get(i + 1).is_some_and(|n| {
                    n.lex.is_some() || self.text.as_bytes()[n.start].is_ascii_digit()
                });
            let starts = t.lex.is_some_and(Lex::starts_expression);
            if !(starts || digit) || idle_determiner {
                i += 1;
                continue;
            }
            match self.best_at(i) {
                Some(hit) if hit.end > i && self.not_a_time(&hit) => i = hit.end,
                Some(hit) if hit.end > i => {
                    if hit.point.is_some() {
                        self.last_point = hit.point;
                    }
                    // ("at about 3:40 a.m. on Tuesday ... two days earlier": a clock time on a
                    // named day names that day for what counts from it.)
                    if hit.point.is_none()
                        && hit.kind == TimexKind::Time
                        && hit.value.len() > 10
                        && hit.value.as_bytes()[10] == b'T'
                    {
                        if let Some(d) = calendar::parse_anchor(&hit.value) {
                            self.last_day = Some(d);
                            self.last_day_end = hit.end;
                        }
                    }
                    match hit.point {
                        Some(Point::Day(d)) => {
                            self.last_day = Some(d);
                            self.last_day_end = hit.end;
                            // ("struck overnight": a night spans two days, and a clock
                            // time after it, "at 3:17 a.m.", lies on the later one.)
                            let night =
                                hit.value.ends_with("TNI") || self.is(hit.start, "overnight");
                            if !self.dates_a_report(hit.start) {
                                self.last_event_day = Some(d);
                                self.last_event_night = night;
                            }
                        }
                        Some(m @ Point::Month(..)) if !hit.derived => {
                            self.last_month = Some((m, hit.end));
                        }
                        Some(y @ Point::Year(..)) if !hit.derived => {
                            self.last_year = Some((y, hit.end));
                        }
                        // A quarter before the one under report is a comparison ("the 1988
                        // third quarter"): the report stays on the latest. Once a quarter is
                        // under report, one not over at the anchor is an outlook ("expects
                        // fourth-quarter profit to fall"); the first one named may be a
                        // fiscal quarter just reported.
                        Some(q @ Point::Quarter(y, n))
                            if !hit.derived
                                && (!self.quarter_reported || self.quarter_is_over(q))
                                && !matches!(self.last_quarter,
                                    Some(Point::Quarter(ly, ln)) if (y, n) < (ly, ln)) =>
                        {
                            self.last_quarter = Some(q);
                            self.quarter_reported = true;
                            self.year_to_date = false;
                        }
                        _ => {}
                    }
                    if self.opens_year_to_date(&hit) {
                        self.last_quarter = None;
                        self.year_to_date = true;
                    }
                    i = hit.end;
                    out.push(self.to_timex(hit));
                }
                _ => i += 1,
            }
        }
        out
    }

    /// Whether the words around an expression say it names no time: the contexts of
    /// `data/not_times.txt` ("a matter of days", "minutes apart", "today's world"), and
    /// "Today" after an acronym (the program "VOA Today", the paper "USA Today").
    fn not_a_time(&self, hit: &Hit) -> bool {
        let (s, e) = (hit.start, hit.end);
        if e == s + 1 && self.is(s, "today") && self.capital(s) && s > 0 && self.acronym(s - 1) {
            return true;
        }
        // "night-time traffic": a time word glued to a hyphen and a word is an adjective's
        // part; "gigawatt-hours", "man-hours": a unit glued after a word and a hyphen is a
        // measure's, no time.
        if self.is(e, "-") && self.joined(e - 1) && self.joined(e) {
            return true;
        }
        if e == s + 1
            && s >= 2
            && self.is(s - 1, "-")
            && self.joined(s - 2)
            && self.joined(s - 1)
            && self.toks.get(s - 2).is_some_and(|t| !t.digits)
            // ("post-1959 politics" is a year.)
            && self.toks.get(s).is_some_and(|t| !t.digits)
        {
            return true;
        }
        // "a second 48-hour stoppage", "a second round": an ordinal before what it counts, no
        // second of time ("a second later" and "a second or two" stay times).
        if e == s + 2
            && self.is(s, "a")
            && self.is(s + 1, "second")
            && self
                .toks
                .get(e)
                .is_some_and(|t| self.text[t.start..t.end].starts_with(char::is_alphanumeric))
            && !["later", "after", "before", "earlier", "ago", "or", "and"]
                .iter()
                .any(|w| self.is(e, w))
        {
            return true;
        }
        // "Winter Storm Hollis", "a winter storm": the season names a kind of storm.
        if self.lex(e - 1).is_some_and(|l| l.season.is_some())
            && (self.is(e, "storm") || self.is(e, "storms"))
        {
            return true;
        }
        // The three parts are tested lazily, the expression's own words first: most patterns
        // name them, and a length or first word that differs rules the pattern out at once.
        LEXICON.not_times.iter().any(|pattern| {
            let expression_fits = || {
                pattern.expression.as_ref().is_none_or(|words| {
                    words.len() == e - s
                        && words
                            .iter()
                            .enumerate()
                            .all(|(n, w)| self.word_fits(s + n, w))
                })
            };
            // Words after the expression are common nouns: "today's World Cup final" is
            // the day of a named event, not "today's world".
            let after_fits =
                || {
                    pattern.after.iter().enumerate().all(|(n, w)| {
                        self.word_fits(e + n, w) && (*w == "*" || !self.capital(e + n))
                    })
                };
            let before_fits = || {
                s >= pattern.before.len()
                    && pattern
                        .before
                        .iter()
                        .enumerate()
                        .all(|(n, w)| self.word_fits(s - pattern.before.len() + n, w))
            };
            expression_fits() && after_fits() && before_fits()
        })
    }

    /// Whether token `k` is the word `pattern` of a list: "*" is any word, "'" any apostrophe.
    fn word_fits(&self, k: usize, pattern: &str) -> bool {
        if k >= self.toks.len() {
            return false;
        }
        let word = self.w(k);
        match pattern {
            "*" => true,
            "'" => matches!(word, "'" | "\u{2019}"),
            _ => word == pattern,
        }
    }

    /// Whether token `k` is an acronym of two or more capitals ("VOA", "USA").
    fn acronym(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let word = &self.text[t.start..t.end];
        word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// Whether quarter `q` had ended by the anchor (always, without an anchor).
    fn quarter_is_over(&self, q: Point) -> bool {
        match (q, self.anchor) {
            (Point::Quarter(y, n), Some(a)) => (y, n) < (a.year(), calendar::quarter_of(a)),
            _ => true,
        }
    }

    /// "the first nine months", "the latest six months": results for the year to date, so
    /// "a year earlier" and "the 1988 period" now compare years, not quarters.
    fn opens_year_to_date(&self, hit: &Hit) -> bool {
        hit.kind == TimexKind::Duration
            && matches!(hit.value.as_str(), "P6M" | "P9M")
            && matches!(self.w(hit.start), "the" | "first")
            && !self.is(hit.end, "of")
    }

    /// Whether the unit word at `k` is capitalized inside running text (after a word not
    /// capitalized, a quote or a number): a title ("ABC's \"This Week\"", "CBS's \"60
    /// Minutes\""), not a time. In a title-case headline the word before is capitalized too.
    fn titled(&self, i: usize, k: usize) -> bool {
        let sentence_start = i == 0 || matches!(self.w(i - 1), "." | "!" | "?" | ":" | "\n");
        self.capital(k) && (k > i || !sentence_start) && !(i > 0 && self.capital(i - 1))
    }

    fn to_timex(&self, hit: Hit) -> Timex {
        let start = self.toks[hit.start].start;
        let end = self.toks[hit.end - 1].end;
        Timex {
            span: Span::new(start, end),
            kind: hit.kind,
            value: hit.value,
            modifier: hit.modifier.map(str::to_string),
        }
    }

    // ----- token access -------------------------------------------------------------

    /// The lower-case text of token `i`, or "" past the end.
    fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => t.word,
            None => "",
        }
    }
    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }
    /// An article or possessive pronoun: what opens a noun phrase before a participle used as
    /// an adjective ("a scheduled check") or after "to" as a preposition ("to the court").
    fn determiner(&self, i: usize) -> bool {
        matches!(
            self.w(i),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    }
    fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.toks.get(i).and_then(|t| t.lex)
    }
    fn capital(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capital)
    }
    /// Whether a line break stands between tokens `i` and `i + 1`.
    fn line_break_after(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => self.text[a.end..b.start].contains('\n'),
            _ => false,
        }
    }
    /// Whether tokens `i` and `i + 1` touch (no space between them).
    fn joined(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    fn number(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if !t.digits || t.end - t.start > 6 {
            return None;
        }
        self.text[t.start..t.end].parse().ok()
    }
    /// Tokens from `i` that spell `phrase`.
    fn phrase_len(&self, i: usize, phrase: &Phrase) -> Option<usize> {
        phrase
            .words
            .iter()
            .enumerate()
            .all(|(k, w)| self.is(i + k, w))
            .then_some(phrase.words.len())
    }
    fn longest_phrase<'p>(&self, i: usize, list: &'p PhraseList) -> Option<(usize, &'p Phrase)> {
        // Every phrase's first word is in the table, marked with its list: a looked-up word
        // without the list's mark starts none of its phrases, and the list needs no scan (most
        // positions of a text).
        let tok = self.toks.get(i)?;
        let looked_up = !tok.digits && tok.end - tok.start <= LONGEST_WORD;
        let may_open = if looked_up {
            tok.lex.is_some_and(|l| l.starts_phrase_in & list.mark != 0)
        } else {
            // A number or an overlong word can only open a phrase that opens with one.
            list.opens_unlooked
        };
        if !may_open {
            return None;
        }
        // The first word is compared before the rest: most phrases of a list open otherwise.
        let first = self.w(i);
        list.iter()
            .filter(|p| p.words.first() == Some(&first))
            .find_map(|p| self.phrase_len(i, p).map(|n| (n, p)))
    }

    // ----- matching -------------------------------------------------------------------

    fn best_at(&self, i: usize) -> Option<Hit> {
        let mut best = self.core_at(i);
        keep_longer(&mut best, self.positioned(i));
        keep_longer(&mut best, self.approximated(i));
        let mut hit = best?;
        // "by December": a deadline (the preposition stays outside the span, as in TimeBank).
        if hit.modifier.is_none()
            && hit.kind == TimexKind::Date
            && i > 0
            && self.is(i - 1, "by")
            && hit.point.is_some()
        {
            hit.modifier = Some("ON_OR_BEFORE");
        }
        // "1994 or later", "1990 and beyond": a date open at one end.
        if hit.modifier.is_none() && hit.kind == TimexKind::Date && hit.point.is_some() {
            if let Some(n) = LEXICON
                .open_ends
                .iter()
                .find_map(|p| self.phrase_len(hit.end, p).map(|n| (n, p.value)))
            {
                hit.end += n.0;
                hit.modifier = Some(n.1);
            }
        }
        // "a year or so", "the next year or so"
        if self.is(hit.end, "or") && self.is(hit.end + 1, "so") {
            hit.end += 2;
            hit.modifier = Some("APPROX");
        }
        Some(hit)
    }

    /// A position word before a date: "early November", "the end of 1994", "mid-1990s".
    fn positioned(&self, i: usize) -> Option<Hit> {
        let (n, phrase) = self.longest_phrase(i, &LEXICON.positions)?;
        let mut j = i + n;
        if self.is(j, "-") {
            j += 1;
        }
        let core = self.core_at(j)?;
        if core.kind == TimexKind::Duration || core.kind == TimexKind::Set {
            return None;
        }
        Some(Hit {
            start: i,
            modifier: Some(phrase.value),
            ..core
        })
    }

    /// An approximator before a counted time: "nearly two years", "more than four hours ago".
    fn approximated(&self, i: usize) -> Option<Hit> {
        let (n, phrase) = self.longest_phrase(i, &LEXICON.approximators)?;
        let core = self.core_at(i + n)?;
        let point_date = phrase.value == "APPROX" && core.point.is_some();
        if !(core.quantified || point_date) || core.start != i + n {
            return None;
        }
        // "get around Wednesday's ruling": before a possessive the word governs the noun the
        // day modifies, and is no approximator of the day.
        if !core.quantified && self.word_fits(core.end, "'") && self.is(core.end + 1, "s") {
            return None;
        }
        Some(Hit {
            start: i,
            modifier: Some(phrase.value),
            ..core
        })
    }

    fn core_at(&self, i: usize) -> Option<Hit> {
        if i >= self.toks.len() {
            return None;
        }
        // The rules in order of precedence: a later rule wins only with a longer match. Each
        // hit is weighed as it comes, not gathered first: most rules find nothing, and an
        // array of nineteen `Option<Hit>` cost more to build and walk than the rules to try.
        let mut best: Option<Hit> = None;
        keep_longer(&mut best, self.reference_phrase(i));
        keep_longer(&mut best, self.deictic(i));
        keep_longer(&mut best, self.part_of_the_day(i));
        keep_longer(&mut best, self.weekday(i));
        keep_longer(&mut best, self.month_date(i));
        keep_longer(&mut best, self.day_month(i));
        keep_longer(&mut best, self.year(i));
        // Before `relative`: "the following year" after a date named counts from it.
        keep_longer(&mut best, self.narrative(i));
        keep_longer(&mut best, self.relative(i));
        keep_longer(&mut best, self.year_ago(i));
        keep_longer(&mut best, self.quarter(i));
        keep_longer(&mut best, self.duration(i));
        keep_longer(&mut best, self.set(i));
        keep_longer(&mut best, self.clock(i));
        keep_longer(&mut best, self.holiday(i));
        keep_longer(&mut best, self.century(i));
        keep_longer(&mut best, self.season(i));
        keep_longer(&mut best, self.same_day(i));
        keep_longer(&mut best, self.part_of_day(i));
        keep_longer(&mut best, self.paired_day(i));
        best
    }

    /// "now", "currently", "the future", "recently".
    fn reference_phrase(&self, i: usize) -> Option<Hit> {
        let (n, phrase) = self.longest_phrase(i, &LEXICON.refs)?;
        // "soon" in a past clause ("he was soon released") is no reference to the future.
        if self.is(i, "soon") && self.tense(i, i + n) == Some(Tense::Past) {
            return None;
        }
        // "the past three summers": before a count, "the past" opens a counted period (read
        // by `duration` where the unit is one), never the vague past.
        if self.is(i + n - 1, "past") && self.amount(i + n).is_some() {
            return None;
        }
        Some(Hit::new(
            i,
            i + n,
            TimexKind::Date,
            phrase.value.to_string(),
        ))
    }

    /// "today", "yesterday morning", "tonight", "overnight", "this morning", "last night".
    fn deictic(&self, i: usize) -> Option<Hit> {
        let (offset, mut j, mut part) = match self.w(i) {
            "today" => (0, i + 1, None),
            "yesterday" => (-1, i + 1, None),
            "tomorrow" => (1, i + 1, None),
            "tonight" => (0, i + 1, Some("NI")),
            // "Lava flowed overnight": the night before the day written about; "the wind was
            // expected to strengthen overnight": the night to come.
            "overnight" if self.tense(i, i + 1) == Some(Tense::Future) => (0, i + 1, Some("NI")),
            "overnight" => (-1, i + 1, Some("NI")),
            "this" => (0, i + 1, Some(self.lex(i + 1)?.part_of_day?)),
            "last" if self.is(i + 1, "night") => (-1, i + 1, Some("NI")),
            _ => return None,
        };
        if part.is_some() && !matches!(self.w(i), "tonight" | "overnight") {
            j += 1;
        } else if let Some(p) = self.lex(j).and_then(|l| l.part_of_day) {
            part = Some(p);
            j += 1;
        }
        let Some(anchor) = self.anchor else {
            let value = match offset {
                0 => "PRESENT_REF",
                -1 => "PAST_REF",
                _ => "FUTURE_REF",
            };
            return Some(Hit::new(i, j, TimexKind::Date, value.to_string()));
        };
        let day = calendar::add_days(anchor, offset)?;
        Some(self.day_with_part(i, j, day, part))
    }

    /// "worked through the night", "into the evening", "by late afternoon": a part of the
    /// day after a preposition of time (or "spent"), alone, is that part of the day last
    /// named as an event's, else of the anchor; a night told of in the past is the one
    /// before the anchor, as "overnight" is. Not a noun's modifier ("the night shift", "the
    /// morning will").
    fn part_of_the_day(&self, i: usize) -> Option<Hit> {
        const BEFORE: [&str; 10] = [
            "through",
            "into",
            "during",
            "until",
            "till",
            "by",
            "since",
            "throughout",
            "in",
            "spent",
        ];
        if i == 0 || !BEFORE.contains(&self.w(i - 1)) {
            return None;
        }
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        if matches!(self.w(k), "early" | "late") {
            k += 1;
        }
        if k == i {
            return None;
        }
        let part = self.lex(k)?.part_of_day?;
        let next = self.w(k + 1);
        let alone = next.is_empty()
            || next.starts_with(|c: char| !c.is_alphanumeric())
            || matches!(
                next,
                "to" | "on"
                    | "in"
                    | "at"
                    | "and"
                    | "with"
                    | "as"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "of"
                    | "but"
                    | "for"
            );
        if !alone || self.w(k) == "overnight" || self.w(k) == "noon" {
            return None;
        }
        let anchor = self.anchor?;
        let ahead = self.tense(i, k + 1) == Some(Tense::Future);
        // A day named before the anchor dates what the sentence tells (the morning after a
        // night named is the next day's); one after it, or a clause that looks ahead, leaves
        // the anchor's day.
        let day = match self.last_event_day {
            Some(day) if day < anchor && !ahead => {
                if self.last_event_night && part != "NI" {
                    calendar::add_days(day, 1)?
                } else {
                    day
                }
            }
            _ if part == "NI" && !ahead => calendar::add_days(anchor, -1)?,
            _ => anchor,
        };
        // (The span keeps "the": "the night", as `eval/own`'s gold has it.)
        Some(self.day_with_part(i, k + 1, day, Some(part)))
    }

    fn day_with_part(&self, i: usize, j: usize, day: Date, part: Option<&str>) -> Hit {
        let mut hit = Hit::date(i, j, Point::Day(day));
        if let Some(p) = part {
            hit.kind = TimexKind::Time;
            hit.value = format!("{}T{p}", hit.value);
        }
        hit
    }

    /// "Tuesday", "last Friday", "Monday morning", "Friday, Oct. 13".
    fn weekday(&self, i: usize) -> Option<Hit> {
        self.weekday_in_clause(i, i)
    }

    /// A weekday at token `i` whose tense is read from the words around tokens
    /// `clause_start..` (a clock time before it: "until 9 a.m. Tuesday").
    fn weekday_in_clause(&self, i: usize, clause_start: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let r0 = if the { i + 1 } else { i };
        let (shift, k) = match self.lex(r0).and_then(|l| l.relative) {
            Some(0) if self.is(r0 + 1, "past") => (Some(-1), r0 + 2),
            // "this coming Sunday": the next one.
            Some(0) if self.is(r0 + 1, "coming") => (Some(1), r0 + 2),
            Some(r) if !(self.is(r0, "past") || (the && r == 0)) => (Some(r), r0 + 1),
            _ if the => return None,
            _ => (None, i),
        };
        let lex = self.lex(k)?;
        if let Some(day) = lex.weekday_plural {
            if shift.is_none() && self.capital(k) {
                let mut j = k + 1;
                let mut part = "";
                if let Some(p) = self.lex(j).and_then(|l| l.part_of_day) {
                    part = p;
                    j += 1;
                }
                let value = if part.is_empty() {
                    format!("XXXX-WXX-{day}")
                } else {
                    format!("XXXX-WXX-{day}T{part}")
                };
                return Some(Hit::new(i, j, TimexKind::Set, value));
            }
        }
        let weekday = lex.weekday?;
        if !self.capital(k) {
            return None;
        }
        // "the Sunday Times", "The Sunday Telegraph": after "the", a weekday followed by a
        // capitalized word that tells no time is part of a name.
        let name_follows = self
            .toks
            .get(k + 1)
            .is_some_and(|t| t.capital && !t.digits && t.lex.is_none());
        if shift.is_none() && k > 0 && self.is(k - 1, "the") && name_follows {
            return None;
        }
        let full_name = self.w(k).len() > 4;
        // "Sun, Hewlett-Packard and others": an abbreviation before a comma is a weekday only
        // before a date ("Sun, Oct. 13").
        let abbreviation_dated =
            self.is(k + 1, ".") || (self.is(k + 1, ",") && self.month_at(k + 2).is_some());
        if !full_name && !abbreviation_dated {
            return None;
        }
        let mut j = k + 1;
        if !full_name && self.is(j, ".") {
            j += 1;
        }
        // "Friday, Oct. 13, 1989": the explicit date wins.
        if self.is(j, ",") || self.lex(j).is_some_and(|l| l.month.is_some()) {
            let m = if self.is(j, ",") { j + 1 } else { j };
            if let Some(date) = self.month_date(m) {
                if matches!(date.point, Some(Point::Day(_))) {
                    return Some(Hit { start: i, ..date });
                }
            }
        }
        let mut part = None;
        if let Some(p) = self.lex(j).and_then(|l| l.part_of_day) {
            part = Some(p);
            j += 1;
        }
        let Some(anchor) = self.anchor else {
            let value = match part {
                Some(p) => format!("XXXX-WXX-{weekday}T{p}"),
                None => format!("XXXX-WXX-{weekday}"),
            };
            let kind = if part.is_some() {
                TimexKind::Time
            } else {
                TimexKind::Date
            };
            return Some(Hit::new(i, j, kind, value));
        };
        // "the previous Friday" counts from the last day named, not from the anchor.
        let anchor = if the && matches!(self.w(r0), "previous" | "preceding") {
            self.last_day.unwrap_or(anchor)
        } else {
            anchor
        };
        let today = calendar::weekday_of(anchor);
        // The next such day, the anchor's own included: 0..6 days forward; and the last one,
        // 0..6 days back.
        let ahead = (i64::from(weekday as i8 - today) + 7) % 7;
        let behind = if ahead == 0 { 0 } else { ahead - 7 };
        let offset = match shift {
            Some(-1) => {
                if ahead == 0 {
                    -7
                } else {
                    ahead - 7
                }
            }
            Some(1) => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            Some(_) => {
                // "this Friday": within the anchor's week (Monday to Sunday).
                i64::from(weekday as i8 - today)
            }
            // "Wednesday's ruling" names a day whose event is done, unless the event is one
            // that is held and the clause looks ahead ("would bring a proposal to
            // Wednesday's meeting").
            None if self.is(j, "'")
                && self.is(j + 1, "s")
                && !(LEXICON.scheduled_events.contains(&self.w(j + 2))
                    && self.tense(clause_start.min(i), j) == Some(Tense::Future)) =>
            {
                behind
            }
            None if i > 0 && self.is(i - 1, "by") && self.deadline_lies_ahead(i, j) => ahead,
            // "hard to handle since Monday": a span that began on the day lies behind,
            // whatever the clause's tense.
            None if i > 0 && self.is(i - 1, "since") => behind,
            None => match self.tense(clause_start.min(i), j) {
                Some(Tense::Future) => ahead,
                _ => behind,
            },
        };
        let day = calendar::add_days(anchor, offset)?;
        Some(self.day_with_part(i, j, day, part))
    }

    /// Whether "by" and the weekday at tokens `i..j` set a deadline still to come ("send water
    /// down by Wednesday", "pull back by Monday"), not one the clause looks back past ("had
    /// stopped by Friday", "By Tuesday evening all nine hospitals had switched").
    fn deadline_lies_ahead(&self, i: usize, j: usize) -> bool {
        let sentence_end = |k: &usize| self.ends_clause(*k);
        let before = || (i.saturating_sub(TENSE_LOOK_BACK)..i).rev();
        let looks_back = before()
            .take_while(|k| !sentence_end(k))
            .chain((j..(j + 14).min(self.toks.len())).take_while(|k| !sentence_end(k)))
            .any(|k| matches!(self.w(k), "had" | "was" | "were"))
            // ("left 23 ships waiting at anchor by Thursday evening": a past deed before, not
            // a report's verb, looks back too.)
            || self.past_deed_before(i);
        // ("unless a ransom was paid by Friday": a condition's past tense is no past.)
        let condition = before()
            .take_while(|k| !sentence_end(k) && self.w(*k) != ",")
            .any(|k| matches!(self.w(k), "unless" | "if"));
        // ("had ordered the army to deploy two more helicopters by Saturday": nor is that of
        // an order or a plan whose infinitive the deadline closes.)
        let ordered_infinitive = before().take(8).take_while(|k| !sentence_end(k)).any(|k| {
            self.is(k, "to")
                && LEXICON.verb_bases.contains(self.w(k + 1))
                && !(k + 1..i).any(|m| matches!(self.w(m), "had" | "was" | "were"))
        });
        // ("By Tuesday evening the slick stretched 12 km": a past verb of the clause after it
        // looks back too.)
        let past_after = (j..(j + 6).min(self.toks.len()))
            .take_while(|k| !sentence_end(k) && self.w(*k) != ",")
            .any(|k| {
                self.lex(k).and_then(|l| l.past_cue) == Some(true)
                    || self.w(k).len() > 4
                        && self.w(k).ends_with("ed")
                        && !matches!(
                            self.w(k - 1),
                            "be" | "been" | "being" | "to" | "will" | "would" | "the" | "a" | "an"
                        )
            });
        (!looks_back || condition || ordered_infinitive) && !past_after
    }

    /// Whether a negative subject ("neither", "no", "nobody") stands within `window` words
    /// before token `k` ("Neither he nor his family could be located Wednesday"), or with
    /// `or_not`, a "not" too.
    fn denied_before(&self, k: usize, window: usize, or_not: bool) -> bool {
        (k.saturating_sub(window)..k).any(|m| {
            matches!(self.w(m), "neither" | "nor" | "no" | "nobody" | "none")
                || or_not && self.is(m, "not")
        })
    }

    /// Whether the nearest tense cue before token `i` in its sentence is a verb of a past deed
    /// ("left", "stopped"), not of a report ("said") and after no cue of the future.
    fn past_deed_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(TENSE_LOOK_BACK)..i).rev() {
            let word = self.w(k);
            if self.ends_clause(k) {
                return false;
            }
            if LEXICON.report_verbs.contains(&word) || LEXICON.directive_verbs.contains(&word) {
                return false;
            }
            match self.lex(k).and_then(|l| l.past_cue) {
                Some(true) => return true,
                Some(false) => return false,
                None => {}
            }
            if word.len() > 4
                && word.ends_with("ed")
                && !self.capital(k)
                && !matches!(
                    self.w(k.saturating_sub(1)),
                    "the" | "a" | "an" | "be" | "been" | "to"
                )
            {
                return true;
            }
        }
        false
    }

    /// The tense the words around tokens `i..j` point to: the nearest cue before, else after,
    /// within the clause.
    /// Whether token `k` ends a sentence or clause for a tense cue's look: a full stop,
    /// question or exclamation mark or semicolon, but not the point of a decimal ("by 0.4
    /// percentage points from Monday").
    fn ends_clause(&self, k: usize) -> bool {
        matches!(self.w(k), "." | "?" | "!" | ";")
            && !(self.is(k, ".")
                && k > 0
                && (self.toks.get(k - 1).is_some_and(|t| t.digits)
                    && self.toks.get(k + 1).is_some_and(|t| t.digits)
                    // ("will begin a recount of the Nov. 3 race on Monday", "Gov. Ruiz
                    // said Monday": the period of an abbreviation before a number or a
                    // name.)
                    || self.capital(k - 1)
                        && (self.lex(k - 1).is_some_and(|l| l.month.is_some())
                            || TITLE_ABBREVIATIONS.contains(&self.w(k - 1)))
                        && (self.toks.get(k + 1).is_some_and(|t| t.digits)
                            || self.capital(k + 1))))
    }

    fn tense(&self, i: usize, j: usize) -> Option<Tense> {
        let cue = |k: usize| -> Option<Tense> {
            let word = self.w(k);
            let participle = k > 1
                && (self.lex(k).and_then(|l| l.past_cue) == Some(true)
                    || (word.len() > 4 && word.ends_with("ed")));
            // "will be named", "would be held": a participle after a future "be" is no past
            // tense, and the clause points ahead ("appeared to be injured" stays unread).
            if participle && self.is(k - 1, "be") {
                let future_aux = !self.is(k - 2, "to")
                    && self.lex(k - 2).and_then(|l| l.past_cue) == Some(false)
                    && !(self.is(k - 2, "could") && self.denied_before(k - 2, 6, true));
                return future_aux.then_some(Tense::Future);
            }
            // "Two more flights are planned for Thursday", "the vote is scheduled for Friday":
            // a participle after a present "is" or "are" tells of what stands ahead.
            if participle && (self.is(k - 1, "is") || self.is(k - 1, "are")) {
                return Some(Tense::Future);
            }
            // "could last into Thursday" looks ahead; "could not be reached on Monday",
            // "Neither he nor ... could be located Wednesday" and "could hear ... on Sunday"
            // tell what was not or was done then.
            if word == "could"
                && (matches!(
                    self.w(k + 1),
                    "not" | "n't" | "hear" | "see" | "feel" | "smell"
                ) || self.denied_before(k, 6, false))
            {
                return Some(Tense::Past);
            }
            // "the 31.2 million tonnes it forecast in June": "forecast" right before the
            // expression, not after "be", is the past of making the forecast ("rain was
            // forecast for Tuesday" looks ahead).
            if matches!(word, "forecast" | "predicted" | "projected")
                && k + 2 == i
                && matches!(self.w(k + 1), "in" | "on")
                && k > 0
                && !matches!(
                    self.w(k - 1),
                    "is" | "was" | "are" | "were" | "be" | "been" | "being"
                )
            {
                return Some(Tense::Past);
            }
            // "could last into Thursday", "expected to last until Friday": "last" after a
            // modal or "to" is the verb, no sign of the past.
            if word == "last"
                && k > 0
                && matches!(
                    self.w(k - 1),
                    "could" | "will" | "would" | "may" | "might" | "can" | "should" | "to"
                )
            {
                return None;
            }
            // "during a scheduled check on Monday", "the expected cut": a participle after
            // a determiner is an adjective and tells no tense; so after a determiner and a
            // modifier ("in a single controlled blast in September").
            if k > 0
                && word.ends_with("ed")
                && (self.determiner(k - 1)
                    || (k > 1
                        && self.determiner(k - 2)
                        && LEXICON.participle_modifiers.contains(&self.w(k - 1))))
            {
                return None;
            }
            if let Some(past) = self.lex(k).and_then(|l| l.past_cue) {
                // An infinitive marks a plan only close before the expression
                // ("planned to leave on Thursday"), not "according to" or "up to".
                // Right before the expression "to" is a preposition ("from Sept. 14 to
                // Thursday", "in contrast to Friday").
                // "to NATO", "to the court": a preposition before a name or determiner.
                // ("urged fans to protest outside the stadium on Saturday": after a verb of
                // a request the infinitive reaches further.)
                let requested =
                    (k.saturating_sub(4)..k).any(|m| LEXICON.directive_verbs.contains(&self.w(m)));
                // ("planned to hold a rally in Kitwe on Saturday": so after a plan's verb.)
                let planned = k > 0 && LEXICON.plan_verbs.contains(&self.w(k - 1));
                let reach = if requested || planned { 8 } else { 5 };
                if word == "to"
                    && (k + reach < i
                        || k + 1 == i
                        || (k + 2 == i && self.is(k + 1, "on"))
                        || k > i
                        || (k > 0 && matches!(self.w(k - 1), "according" | "up" | "due" | "from"))
                        || self.capital(k + 1)
                        // ("raised the rate to 45 percent on Thursday": before a figure.)
                        || self.toks.get(k + 1).is_some_and(|t| t.digits)
                        || self.determiner(k + 1)
                        || self.is(k + 1, "be")
                        // "cut the rating to junk on Friday", "changes to chemical dosing
                        // settings at 2:40 a.m. on Saturday": before a word no verb list knows.
                        || !LEXICON.verb_bases.contains(self.w(k + 1))
                        // "in a note to clients on Thursday": before a plural noun too.
                        || {
                            let next = self.w(k + 1);
                            next.len() > 3
                                && next.ends_with('s')
                                && !next.ends_with("ss")
                                && !next.ends_with("us")
                                && !next.ends_with("is")
                        })
                {
                    return None;
                }
                // "this coming Monday": "coming" marks what lies ahead only right before the
                // expression ("workers coming off their shift on Monday evening" came back).
                if matches!(word, "coming" | "upcoming") && (k > i || k + 2 < i) {
                    return None;
                }
                // "Until Thursday, they had not called him a suspect": a span up to a past day.
                if word == "until" && self.capital(k) {
                    return None;
                }
                // "failed to reach orbit on Wednesday", "managed to escape on Friday": the
                // verb before the infinitive tells of a deed, dated by its own tense.
                if word == "to" && k > 0 && self.lex(k - 1).is_some_and(|l| l.done_infinitive) {
                    return Some(Tense::Past);
                }
                return Some(if past { Tense::Past } else { Tense::Future });
            }
            // Regular past forms ("announced", "filed") point back; not a participle used as
            // an adjective after a determiner or preposition ("exports of unprocessed ore").
            let adjective = k > 0
                && matches!(
                    self.w(k - 1),
                    "the" | "a" | "an" | "of" | "all" | "its" | "their" | "his" | "her" | "our"
                );
            if word.len() > 4 && word.ends_with("ed") && !self.capital(k) && !adjective {
                return Some(Tense::Past);
            }
            None
        };
        let stop = |k: usize| self.ends_clause(k) || self.is(k, "\"");
        // "as early as Tuesday", "as soon as Friday": the earliest of what is still to come.
        if i >= 3
            && self.is(i - 3, "as")
            && matches!(self.w(i - 2), "early" | "soon")
            && self.is(i - 1, "as")
        {
            return Some(Tense::Future);
        }
        for k in (i.saturating_sub(TENSE_LOOK_BACK)..i).rev() {
            // ("Trial ends with clash\n\nWASHINGTON — ... on Wednesday urged": a headline's
            // line is no part of the clause under it.)
            if stop(k) || self.line_break_after(k) {
                break;
            }
            if let Some(t) = cue(k) {
                return Some(t);
            }
        }
        for k in j..(j + 6).min(self.toks.len()) {
            if stop(k) {
                break;
            }
            if let Some(t) = cue(k) {
                return Some(t);
            }
        }
        None
    }

    /// A month word that reads as a month here ("May" the modal verb and "march" the verb
    /// need a date around them).
    fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        let month = self.lex(i)?.month?;
        if !self.capital(i) {
            return None;
        }
        let full = full_month_name(self.w(i));
        let mut j = i + 1;
        if !full {
            // Abbreviations need their period or a number after them ("Oct. 28", "Oct 28").
            if self.is(j, ".") {
                j += 1;
            } else if self.number(j).is_none() {
                return None;
            }
        }
        Some((month, j))
    }

    /// A day-of-month number: "28", "28th".
    fn day_number(&self, i: usize) -> Option<i8> {
        let t = self.toks.get(i)?;
        let word = t.word;
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() {
            return None;
        }
        if digits.len() > 2 {
            return None;
        }
        let d: i8 = digits.parse().ok()?;
        // "28-year-old", "28:00" and "28.5" are not days.
        if self.joined(i) && matches!(self.w(i + 1), "-" | ":" | "." | ",") {
            let next_is_digit = self
                .toks
                .get(i + 2)
                .is_some_and(|t| t.digits && t.start == self.toks[i + 1].end);
            if next_is_digit || self.is(i + 1, "-") {
                return None;
            }
        }
        (1..=31).contains(&d).then_some(d)
    }

    /// A day of the month in ordinal words after a month, as spoken ("March eighth", "May
    /// twenty-first"), and the token after it. Before a hyphen or a word in lower case the
    /// ordinal belongs to what follows ("in March second-round voting", "in June first
    /// lady ..."); a range word may follow ("March eighth to tenth").
    fn ordinal_day(&self, i: usize) -> Option<(i8, usize)> {
        let (day, end) = match self.lex(i)?.ordinal {
            Some(o) => (i16::from(o), i + 1),
            None => {
                // "twenty-first", "thirty-first": three tokens
                let tens = self.lex(i)?.number?;
                if !(tens == 20.0 || tens == 30.0) || !self.is(i + 1, "-") || !self.joined(i) {
                    return None;
                }
                let units = self.lex(i + 2)?.ordinal.filter(|&o| o < 10)?;
                (tens as i16 + i16::from(units), i + 3)
            }
        };
        let next = self.w(end);
        let word_follows = next.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
        if self.is(end, "-")
            || (word_follows
                && !self.capital(end)
                && !matches!(next, "and" | "or" | "to" | "through"))
        {
            return None;
        }
        (1..=31).contains(&day).then_some((day as i8, end))
    }

    /// A four-digit year at token `i`.
    fn year_number(&self, i: usize) -> Option<i16> {
        let t = self.toks.get(i)?;
        if !t.digits || t.end - t.start != 4 {
            return None;
        }
        let y: i16 = self.text[t.start..t.end].parse().ok()?;
        if !(1000..=2099).contains(&y) {
            return None;
        }
        // Part of a larger number: "$1990", "12,1990", "1990.5", "1990%".
        if i > 0
            && self.toks[i - 1].end == t.start
            && matches!(self.w(i - 1), "$" | "," | "." | "#")
        {
            return None;
        }
        if self.joined(i) && matches!(self.w(i + 1), "," | ".") {
            let next_is_digit = self
                .toks
                .get(i + 2)
                .is_some_and(|n| n.digits && n.start == self.toks[i + 1].end);
            if next_is_digit {
                return None;
            }
        }
        if matches!(self.w(i + 1), "%" | "percent") {
            return None;
        }
        Some(y)
    }

    /// A year at token `i`, in digits or spelled out as spoken ("nineteen ninety-four",
    /// "two thousand" where `spoken_thousands`), and the token after it.
    fn year_at(&self, i: usize, spoken_thousands: bool) -> Option<(i16, usize)> {
        if let Some(y) = self.year_number(i) {
            return Some((y, i + 1));
        }
        self.spelled_year(i, spoken_thousands)
    }

    /// "nineteen ninety-four", "eighteen twelve", "nineteen oh five"; "two thousand",
    /// "two thousand and one", "two thousand one" only where `spoken_thousands` (alone,
    /// "two thousand" counts things more often than it names a year).
    fn spelled_year(&self, i: usize, spoken_thousands: bool) -> Option<(i16, usize)> {
        let first = self.lex(i)?.number?;
        if first == 2.0 && self.is(i + 1, "thousand") {
            if !spoken_thousands {
                return None;
            }
            let mut k = i + 2;
            if self.is(k, "and") {
                k += 1;
            }
            return match self.two_digit_words(k) {
                Some((n, e)) if n < 100 => Some((2000 + n, e)),
                _ => Some((2000, i + 2)),
            };
        }
        // The hundreds: "eleven" .. "nineteen", and "twenty" before ten and more.
        if !(11.0..=20.0).contains(&first) || first.fract() != 0.0 {
            return None;
        }
        let mut k = i + 1;
        let oh = self.is(k, "oh");
        if oh {
            k += 1;
        }
        let (rest, end) = self.two_digit_words(k)?;
        if !oh && rest < 10 {
            return None; // "nineteen five" is no year
        }
        if oh && rest >= 10 {
            return None;
        }
        Some((first as i16 * 100 + rest, end))
    }

    /// A number below a hundred in words: "ninety-four", "ninety four", "twelve", "five".
    fn two_digit_words(&self, i: usize) -> Option<(i16, usize)> {
        let n = self.lex(i)?.number?;
        if self.w(i) == "a" || self.w(i) == "an" || !(1.0..100.0).contains(&n) || n.fract() != 0.0 {
            return None;
        }
        let n = n as i16;
        if n >= 20 && n % 10 == 0 {
            let mut k = i + 1;
            if self.is(k, "-") && self.joined(i) {
                k += 1;
            }
            if let Some(unit) = self.lex(k).and_then(|l| l.number) {
                if (1.0..10.0).contains(&unit)
                    && unit.fract() == 0.0
                    && !matches!(self.w(k), "a" | "an")
                {
                    return Some((n + unit as i16, k + 1));
                }
            }
        }
        Some((n, i + 1))
    }

    /// "Oct. 28", "October 28, 2024", "June 1998", "June of 1998", "June", "June last year".
    fn month_date(&self, i: usize) -> Option<Hit> {
        let (month, j) = self.month_at(i)?;
        let day = self
            .day_number(j)
            .map(|d| (d, j + 1))
            .or_else(|| self.ordinal_day(j));
        if let Some((day, day_end)) = day {
            let mut end = day_end;
            let mut year = None;
            let k = if self.is(end, ",") { end + 1 } else { end };
            if let Some((y, e)) = self.year_at(k, true) {
                year = Some(y);
                end = e;
            }
            return self.resolve_month_day(i, end, year, month as i8, day);
        }
        let mut k = j;
        if self.is(k, ",") || self.is(k, "of") {
            k += 1;
        }
        if let Some((y, e)) = self.year_at(k, true) {
            return Some(Hit::date(i, e, Point::Month(y, month as i8)));
        }
        // A bare month: "May" and "March" need a preposition or modifier before them.
        let word = self.w(i);
        if matches!(word, "may" | "march") {
            let before = if i > 0 { self.w(i - 1) } else { "" };
            let ok_before = matches!(
                before,
                "in" | "since"
                    | "until"
                    | "till"
                    | "last"
                    | "this"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "of"
                    | "by"
                    | "from"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
                    | "and"
                    | "or"
                    | "into"
                    | "past"
                    | "between"
                    | "around"
                    | "to"
                    // "the March accession": the month as a modifier of a noun
                    | "the"
            );
            if !ok_before {
                return None;
            }
        }
        // "June last year", "March next year"
        if let Some(shift) = self.lex(j).and_then(|l| l.relative) {
            if self.is(j + 1, "year") {
                let Some(anchor) = self.anchor else {
                    return Some(Hit::new(
                        i,
                        j + 2,
                        TimexKind::Date,
                        format!("XXXX-{month:02}"),
                    ));
                };
                let y = anchor.year() + i16::from(shift);
                return Some(Hit::date(i, j + 2, Point::Month(y, month as i8)));
            }
        }
        let Some(anchor) = self.anchor else {
            return Some(Hit::new(i, j, TimexKind::Date, format!("XXXX-{month:02}")));
        };
        let year = self.year_of_month_day(anchor, month as i8, i, j);
        // "the March quarter" (Australian and New Zealand usage): the quarter that month
        // closes, placed as the month is.
        if i > 0 && self.is(i - 1, "the") && self.is(j, "quarter") {
            let quarter = (month as i8 - 1) / 3 + 1;
            return Some(Hit::date(i - 1, j + 1, Point::Quarter(year, quarter)));
        }
        Some(Hit::date(i, j, Point::Month(year, month as i8)))
    }

    /// The year of a month (and day) named without one: the occurrence within the window from
    /// seven months before the anchor to four after. News looks back further than ahead, so
    /// the window leans to the past (on TimeBank a month half a year away was mostly past).
    /// A month three to eight months back is placed by a tense cue of its clause where there is
    /// one ("stepped down in March", "a mission in December will"); for near months tense cues
    /// did worse (reports mix a past-tense frame with future deadlines).
    /// After "by" or "until" a month is a deadline: the anchor's month or the next such one.
    fn year_of_month_day(&self, anchor: Date, month: i8, i: usize, j: usize) -> i16 {
        let deadline = self.deadline_before(i);
        let months_back = (i32::from(anchor.month()) - i32::from(month)).rem_euclid(12);
        let mut in_past = months_back <= MONTHS_LOOKED_BACK && !(deadline && months_back > 0);
        // "last Oct. 23", "next June 5": the word before says which way.
        let before = if i > 0 { self.w(i - 1) } else { "" };
        if before == "last" || before == "next" {
            in_past = before == "last" || months_back == 0;
        } else if before == "ended" || before == "since" {
            // "the year ended March 31": a period already closed; "since January": a time
            // that has begun.
            in_past = true;
        } else if !deadline && TENSE_DECIDES_MONTHS_BACK.contains(&months_back) {
            // A month far from the anchor either way is placed by the tense of its clause.
            match self.tense(i, j) {
                Some(Tense::Past) => in_past = true,
                Some(Tense::Future) => in_past = months_back == 0,
                None => {}
            }
        }
        match (in_past, month > anchor.month(), month < anchor.month()) {
            (true, true, _) => anchor.year() - 1,
            (false, _, true) => anchor.year() + 1,
            _ => anchor.year(),
        }
    }

    /// Whether the expression at token `i` follows a word of deadline ("by", "until").
    fn deadline_before(&self, i: usize) -> bool {
        i > 0 && matches!(self.w(i - 1), "by" | "until" | "till")
    }

    /// "28 October 2024", "28 October".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let day = self.day_number(i)?;
        let mut k = i + 1;
        if self.is(k, "of") {
            k += 1;
        }
        let (month, j) = self.month_at(k)?;
        let (year, end) = match self.year_at(j, true) {
            Some((y, e)) => (Some(y), e),
            None => (None, j),
        };
        self.resolve_month_day(i, end, year, month as i8, day)
    }

    fn resolve_month_day(
        &self,
        i: usize,
        end: usize,
        year: Option<i16>,
        month: i8,
        day: i8,
    ) -> Option<Hit> {
        let year = match (year, self.anchor) {
            (Some(y), _) => y,
            (None, Some(anchor)) => self.year_of_month_day(anchor, month, i, end),
            (None, None) => {
                return Some(Hit::new(
                    i,
                    end,
                    TimexKind::Date,
                    format!("XXXX-{month:02}-{day:02}"),
                ))
            }
        };
        let date = Date::new(year, month, day).ok()?;
        Some(Hit::date(i, end, Point::Day(date)))
    }

    /// "2016", "the 1990s", "1990s", "fiscal 1998", "the year 2000".
    fn year(&self, i: usize) -> Option<Hit> {
        let mut k = i;
        let mut lead = false;
        if self.is(k, "the") {
            k += 1;
            lead = true;
        }
        if self.is(k, "fiscal") || (lead && self.is(k, "year")) {
            k += 1;
            // "fiscal year 2027": the year's noun between.
            if self.is(k - 1, "fiscal") && self.is(k, "year") && self.year_at(k + 1, true).is_some()
            {
                k += 1;
            }
            let (y, e) = self.year_at(k, true)?;
            return Some(Hit::date(i, e, Point::Year(y)));
        }
        if let Some((y, e)) = self.year_at(k, false) {
            if lead {
                return None; // "the 1990 budget": the year alone, without "the"
            }
            // "1990 or later"
            return Some(Hit::date(i, e, Point::Year(y)));
        }
        // Decades: "1990s", "the '90s"
        let mut apostrophe = false;
        if self.is(k, "'") || self.is(k, "\u{2019}") {
            k += 1;
            apostrophe = true;
        }
        // "the nineties", "the '90s"
        if let Some(decade) = self.lex(k).and_then(|l| l.decade) {
            if !lead {
                return None;
            }
            return Some(Hit::date(i, k + 1, Point::Decade(decade)));
        }
        let word = self.w(k);
        let digits = word.strip_suffix('s')?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let decade = match (digits.len(), apostrophe) {
            (4, false) if digits.ends_with('0') => digits[..3].parse::<i16>().ok()?,
            (2, true) if digits.ends_with('0') => 190 + digits[..1].parse::<i16>().ok()?,
            _ => return None,
        };
        Some(Hit::date(i, k + 1, Point::Decade(decade)))
    }

    /// "last year", "next month", "this week", "the past year", "the year", "the quarter",
    /// "last fall", "last April", "the weekend".
    fn relative(&self, i: usize) -> Option<Hit> {
        let mut k = i;
        let the = self.is(k, "the");
        if the {
            k += 1;
        }
        // "the fiscal year", "the full year", "the current fiscal year", "the latest period"
        if the {
            let mut m = k;
            if matches!(self.w(m), "current" | "latest") {
                m += 1;
            }
            let fiscal = matches!(self.w(m), "fiscal" | "full");
            if fiscal {
                m += 1;
            }
            if (fiscal && self.is(m, "year")) || (m > k && self.is(m, "period")) {
                let anchor = self.anchor?;
                if self.is(m, "period") {
                    let q = self
                        .last_quarter
                        .or_else(|| calendar::shift(anchor, Unit::Quarter, -1))?;
                    return Some(Hit {
                        derived: true,
                        ..Hit::date(i, m + 1, q)
                    });
                }
                // "the fiscal year ended Jan. 31" is a year counted back from that day, as
                // "the year ended March 31" (below): a duration.
                if fiscal && m == k + 1 && matches!(self.w(m + 1), "ended" | "ending") {
                    return Some(Hit::new(
                        i,
                        m + 1,
                        TimexKind::Duration,
                        calendar::duration(Some(1.0), Unit::Year),
                    ));
                }
                return Some(Hit::date(i, m + 1, Point::Year(anchor.year())));
            }
        }
        // "if the suspension holds past September", "cannot sustain this rate past Labor
        // Day": a bare "past" before a month's or a holiday's name is the preposition
        // (beyond); the name is read alone.
        if !the
            && self.is(k, "past")
            && (self.lex(k + 1).is_some_and(|l| l.month.is_some())
                || self.capital(k + 1) && self.longest_phrase(k + 1, &LEXICON.holidays).is_some())
        {
            return None;
        }
        let mut shift = self.lex(k).and_then(|l| l.relative);
        // "this past spring": the latest one before the anchor.
        let this_past = !the && self.is(k, "this") && self.is(k + 1, "past");
        if this_past {
            shift = Some(-1);
            k += 1;
        }
        if let Some(s) = shift {
            // "the this year" is not English; "the last year" is.
            if the && s == 0 && !self.is(k, "current") {
                return None;
            }
            k += 1;
        } else if !the {
            return None;
        }
        let shift = i64::from(shift.unwrap_or(0));
        if !the {
            if let Some(hit) = self.shifted_holiday(i, k, shift) {
                return Some(hit);
            }
        }
        let lex = self.lex(k)?;
        if lex.unit.is_some() && self.titled(i, k) {
            return None;
        }
        let end = k + 1;
        let anchor = self.anchor;
        let vague = |shift: i64| {
            let v = match shift {
                s if s < 0 => "PAST_REF",
                0 => "PRESENT_REF",
                _ => "FUTURE_REF",
            };
            Some(Hit::new(i, end, TimexKind::Date, v.to_string()))
        };
        if let Some((unit, false)) = lex.unit {
            if self.is(end, "-") {
                return None; // "the past year-end", "this year-ago period": other rules
            }
            // "in the past week", "over the past month": a span reaching back to the anchor,
            // a duration (`eval/own`: 9 of 9; "the last week" stays the calendar week, as
            // TempEval-3 has it).
            let past_span =
                the && self.is(k - 1, "past") && matches!(unit, Unit::Week | Unit::Month);
            if matches!(unit, Unit::Decade | Unit::Century) && shift != 0 || past_span {
                // "the past decade" counts years.
                let mut hit = Hit::new(
                    i,
                    end,
                    TimexKind::Duration,
                    calendar::duration(Some(1.0), unit),
                );
                hit.quantified = false;
                return Some(hit);
            }
            let Some(anchor) = anchor else {
                return vague(shift);
            };
            if unit == Unit::Quarter && shift == 0 && self.is(k - 1, "current") {
                // "the current quarter": the anchor's own.
                let q = Point::Quarter(anchor.year(), calendar::quarter_of(anchor));
                return Some(Hit {
                    derived: true,
                    ..Hit::date(i, end, q)
                });
            }
            if unit == Unit::Quarter && shift == 0 {
                // "the quarter", "this quarter": the quarter under report.
                let q = self
                    .last_quarter
                    .or_else(|| calendar::shift(anchor, Unit::Quarter, -1))?;
                return Some(Hit::date(i, end, q));
            }
            if unit == Unit::Day {
                return None;
            }
            // "the year ended March 31" is a fiscal year: a duration.
            if the && shift == 0 && matches!(self.w(end), "ended" | "ending") {
                return Some(Hit::new(
                    i,
                    end,
                    TimexKind::Duration,
                    calendar::duration(Some(1.0), unit),
                ));
            }
            if unit == Unit::Week && the && k == i + 1 {
                // "the week of March 6": the week of that day.
                if let Some(day) = self.month_date(end + 1).filter(|_| self.is(end, "of")) {
                    if let Some(Point::Day(d)) = day.point {
                        let (y, w) = calendar::week_of(d);
                        return Some(Hit::date(i, day.end, Point::Week(y, w)));
                    }
                }
                // "earlier in the week", "later in the week": the anchor's week, as "earlier
                // this week".
                // So is the week whose end is named ("by the end of the week").
                let end_of = i >= 2 && self.is(i - 1, "of") && self.is(i - 2, "end");
                // ("for the rest of the week": so is the week whose rest is named, the phrase
                // whole.)
                let rest_of = i >= 2 && self.is(i - 1, "of") && self.is(i - 2, "rest");
                if (i >= 2 && self.is(i - 1, "in") && matches!(self.w(i - 2), "earlier" | "later")
                    || end_of
                    || rest_of)
                    && end == k + 1
                {
                    let (y, w) = calendar::week_of(anchor);
                    let first = if end_of {
                        i
                    } else if rest_of && i >= 3 && self.is(i - 3, "the") {
                        i - 3
                    } else {
                        i - 2
                    };
                    return Some(Hit::date(first, end, Point::Week(y, w)));
                }
                // "for the week", "the week's most active session": the week the story is
                // about, which TimeBank leaves unnumbered.
                return Some(Hit::new(
                    i,
                    end,
                    TimexKind::Date,
                    format!("{}-WXX", anchor.year()),
                ));
            }
            let point = calendar::shift(anchor, unit, shift)?;
            return Some(Hit::date(i, end, point));
        }
        if self.is(k, "weekend") {
            let Some(anchor) = anchor else {
                return vague(shift);
            };
            let today = calendar::weekday_of(anchor);
            // The weekend before the anchor, unless the anchor is on it, it is "next", or the
            // clause looks ahead ("no relief before the weekend", "freed by the weekend").
            // ("over the weekend" tells what happened in the one just past, whatever the
            // clause's tense: TempEval-3 has it so every time.)
            // ("has forecast further rain over the weekend": a forecast or an expectation looks
            // ahead even so; "suspended into the weekend" runs on into the coming one.)
            let over = i > 0 && self.is(i - 1, "over");
            let forecast = (i.saturating_sub(8)..i).any(|k| {
                matches!(
                    self.w(k),
                    "forecast"
                        | "forecasts"
                        | "predicted"
                        | "predicts"
                        | "expect"
                        | "expects"
                        | "expected"
                )
            });
            let ahead = shift == 0
                && (forecast
                    || !over
                        && (i > 0
                            && matches!(
                                self.w(i - 1),
                                "by" | "before" | "until" | "till" | "into"
                            )
                            || self.tense(i, end) == Some(Tense::Future)));
            // ("a protest planned for this weekend", on a Thursday: "this" names the weekend
            // of the anchor's week, unless a Monday's report looks back on it.)
            let this_week =
                self.is(i, "this") && !(today == 1 && self.tense(i, end) == Some(Tense::Past));
            let base = if today >= 6 || ahead || this_week {
                0
            } else {
                -7
            };
            // "the coming weekend" is the first one ahead: this week's on a weekday.
            let coming = shift == 1 && (i..k).any(|j| matches!(self.w(j), "coming" | "upcoming"));
            let offset = match (coming, today >= 6) {
                (true, false) => 0,
                (true, true) => 7,
                _ => base + 7 * shift + if shift > 0 { 7 } else { 0 },
            };
            let day = calendar::add_days(anchor, offset)?;
            let (y, w) = calendar::week_of(day);
            return Some(Hit::date(i, end, Point::Weekend(y, w)));
        }
        if the && shift == 0 {
            return None;
        }
        if let Some(season) = lex.season {
            let Some(anchor) = anchor else {
                return vague(shift);
            };
            let begun = season_start_month(season) <= anchor.month();
            let year = if this_past && begun {
                anchor.year()
            } else if season == "WI" && shift > 0 && !begun {
                // "next winter" in April is the one that begins in December: a winter is
                // named by the year it begins in.
                anchor.year() + shift as i16 - 1
            } else {
                anchor.year() + shift as i16
            };
            return Some(Hit::date(i, end, Point::Season(year, season)));
        }
        if let Some(month) = lex.month {
            if !self.capital(k) || the {
                return None;
            }
            // "last Oct. 23": the date alone is the expression (see `year_of_month_day`).
            let after = if self.is(k + 1, ".") { k + 2 } else { k + 1 };
            if self.day_number(after).is_some() {
                return None;
            }
            let Some(anchor) = anchor else {
                return vague(shift);
            };
            let m = month as i8;
            let year = match shift {
                s if s < 0 => {
                    if m < anchor.month() {
                        anchor.year()
                    } else {
                        anchor.year() - 1
                    }
                }
                0 => anchor.year(),
                _ => {
                    if m > anchor.month() {
                        anchor.year()
                    } else {
                        anchor.year() + 1
                    }
                }
            };
            let mut end = end;
            // "last Sept." takes its period; "last June." ends a sentence.
            if !full_month_name(self.w(k)) && self.is(end, ".") {
                end += 1;
            }
            return Some(Hit::date(i, end, Point::Month(year, m)));
        }
        None
    }

    /// "year-earlier", "the year-ago quarter", "the year-earlier period", "year-end", "year
    /// end", "year's end".
    fn year_ago(&self, i: usize) -> Option<Hit> {
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        if !(self.is(k, "year") && self.is(k + 1, "-")) {
            // "by year end", "by year's end": the end of the anchor's year.
            let end = if self.is(k + 1, "end") {
                k + 2
            } else if self.is(k + 1, "'") && self.is(k + 2, "s") && self.is(k + 3, "end") {
                k + 4
            } else {
                return None;
            };
            if !self.is(k, "year") || self.is(end, "-") {
                return None;
            }
            let anchor = self.anchor?;
            return Some(Hit {
                modifier: Some("END"),
                ..Hit::date(i, end, Point::Year(anchor.year()))
            });
        }
        let word = self.w(k + 2);
        let anchor = self.anchor?;
        if word == "end" {
            let mut hit = Hit::date(i, k + 3, Point::Year(anchor.year()));
            hit.modifier = Some("END");
            return Some(hit);
        }
        if !matches!(word, "earlier" | "ago") {
            return None;
        }
        let mut end = k + 3;
        let start = if end > i + 3 || self.is(i, "the") {
            i
        } else {
            k
        };
        // "the year-earlier quarter", "the year-ago third quarter", "year-earlier period"
        let mut tail = end;
        if self.lex(tail).and_then(|l| l.ordinal).is_some() {
            tail += 1;
        }
        let noun = matches!(self.w(tail), "quarter" | "period");
        if noun {
            end = tail + 1;
        }
        let base = self.last_quarter.unwrap_or(Point::Year(anchor.year()));
        let point = calendar::shift_years(base, -1)?;
        // Without a noun, "the" belongs to whatever the adjective modifies.
        let start = if noun { start } else { k };
        Some(Hit {
            derived: true,
            ..Hit::date(start, end, point)
        })
    }

    /// The quarter of a range of its first and last months ("April-June", "October to
    /// December"), as financial news names the calendar quarters.
    fn month_range_quarter(&self, k: usize) -> Option<u8> {
        let first = self.lex(k)?.month?;
        let last = self.lex(k + 2)?.month?;
        let joined = matches!(self.w(k + 1), "-" | "–" | "to");
        (joined && first % 3 == 1 && last == first + 2).then_some((first - 1) / 3 + 1)
    }

    /// "the third quarter", "third-quarter", "the fiscal first quarter", "the first half",
    /// "the third quarter of 1989", "this year's third quarter", "the latest quarter".
    fn quarter(&self, i: usize) -> Option<Hit> {
        let mut k = i;
        let the = self.is(k, "the");
        if the {
            k += 1;
        }
        // "this year's third quarter"
        let mut year_shift: Option<i64> = None;
        if let Some(s) = self.lex(k).and_then(|l| l.relative) {
            if self.is(k + 1, "year") && self.is(k + 2, "'") && self.is(k + 3, "s") {
                year_shift = Some(i64::from(s));
                k += 4;
            }
        }
        let mut explicit_year: Option<i16> = None;
        // A quarter placed by comparison ("the 1988 period", "last year's quarter") is not
        // the one under report.
        let mut compared = year_shift.is_some_and(|s| s < 0);
        if let Some(y) = self.year_number(k) {
            if self.is(k + 1, "'") && self.is(k + 2, "s") {
                explicit_year = Some(y);
                k += 3;
            } else if the {
                // "the 1988 third quarter", "the 1988 period"
                explicit_year = Some(y);
                compared = true;
                k += 1;
            }
        }
        // "the corresponding period", "the comparable quarter": the quarter under report,
        // in the year the rest of the phrase names.
        let mut comparable = false;
        if the && matches!(self.w(k), "corresponding" | "comparable" | "same") {
            comparable = true;
            k += 1;
        }
        if self.is(k, "fiscal") {
            k += 1;
        }
        // "the current quarter" is the anchor's own; "the latest quarter" the one reported.
        let current = self.is(k, "current");
        let ordinal = if self.is(k, "last") && self.is(k + 1, "half") {
            k += 1;
            Some(2)
        } else if matches!(self.w(k), "latest" | "current" | "last" | "past" | "recent") {
            k += 1;
            None
        } else if let Some(q) = self.month_range_quarter(k) {
            // "the April-June quarter": the calendar quarter its months span.
            k += 3;
            Some(q)
        } else {
            let o = self.lex(k).and_then(|l| l.ordinal);
            if o.is_some() {
                k += 1;
            }
            o
        };
        if self.is(k, "fiscal") {
            k += 1;
        }
        let hyphen = self.is(k, "-");
        if hyphen {
            k += 1;
        }
        let period_noun = self.is(k, "period")
            && ordinal.is_none()
            && (explicit_year.is_some() || comparable || year_shift.is_some());
        let half = match self.w(k) {
            "quarter" => false,
            "half" => true,
            _ if period_noun => false,
            _ => return None,
        };
        if ordinal.is_none() && !the && year_shift.is_none() {
            return None;
        }
        let year_back = (matches!(self.w(k + 1), "a" | "one")
            && self.is(k + 2, "year")
            && matches!(self.w(k + 3), "ago" | "earlier"))
            || (self.is(k + 1, "last") && self.is(k + 2, "year"));
        if ordinal.is_none() && k == i + 1 && !year_back {
            return None; // "the quarter" alone: see `relative`
        }
        let max = if half { 2 } else { 4 };
        if ordinal.is_some_and(|o| o > max) {
            return None;
        }
        let mut end = k + 1;
        // "the third quarter of 1989", "the first half of next year"
        if self.is(end, "of") || self.is(end, ",") {
            let mut m = end + 1;
            if self.is(m, "fiscal") {
                m += 1;
            }
            if let Some((y, e)) = self.year_at(m, true) {
                explicit_year = Some(y);
                end = e;
            } else if let Some(s) = self.lex(m).and_then(|l| l.relative) {
                if self.is(m + 1, "year") {
                    year_shift = Some(i64::from(s));
                    end = m + 2;
                }
            } else if self.is(m, "the") && self.is(m + 1, "year") && self.anchor.is_some() {
                // "the second half of the year": the anchor's year.
                year_shift = Some(0);
                end = m + 2;
            }
        } else if ordinal.is_none() && explicit_year.is_none() {
            // "the quarter a year ago", "the corresponding period last year"
            if matches!(self.w(end), "a" | "one")
                && self.is(end + 1, "year")
                && matches!(self.w(end + 2), "ago" | "earlier")
            {
                year_shift = Some(-1);
                end += 3;
            } else if self.is(end, "last") && self.is(end + 1, "year") {
                year_shift = Some(-1);
                end += 2;
            }
        }
        if comparable && year_shift.is_none() && explicit_year.is_none() {
            return None; // "the same quarter" alone: no year to place it in
        }
        compared |= comparable || year_shift.is_some_and(|s| s < 0);
        // An adjective ("third-quarter profit") takes no "the"; without the hyphen it is the
        // noun phrase ("the third quarter").
        // The determiner belongs to the noun the adjective modifies: "the [third-quarter]
        // loss", "the [fiscal second-quarter] of $8.6 million".
        let start = match (hyphen, the) {
            (true, true) => i + 1,
            (true, false) => k - 2,
            _ => i,
        };
        let anchor = self.anchor;
        let year = match (explicit_year, anchor) {
            (Some(y), _) => y,
            (None, Some(a)) => a.year() + year_shift.unwrap_or(0) as i16,
            (None, None) => {
                let value = match ordinal {
                    Some(o) if half => format!("XXXX-H{o}"),
                    Some(o) => format!("XXXX-Q{o}"),
                    None => "XXXX-QX".to_string(),
                };
                return Some(Hit::new(start, end, TimexKind::Date, value));
            }
        };
        let point = match (ordinal, half) {
            // "the 1988 period" after "the first nine months": that year's nine months.
            (None, false) if period_noun && self.year_to_date => Point::Year(year),
            (Some(o), true) => Point::Half(year, o as i8),
            (Some(o), false) => {
                let mut y = year;
                if let (None, None, Some(a)) = (explicit_year, year_shift, anchor) {
                    // A quarter that has not begun at the anchor is last year's report,
                    // unless the clause looks ahead ("would hold an auction in the third
                    // quarter").
                    if o as i8 > calendar::quarter_of(a)
                        && self.tense(i, end) != Some(Tense::Future)
                    {
                        y -= 1;
                    }
                }
                Point::Quarter(y, o as i8)
            }
            (None, false) => {
                let reported = match (self.last_quarter, anchor) {
                    _ if current => Point::Quarter(anchor?.year(), calendar::quarter_of(anchor?)),
                    (Some(q), _) => q,
                    (None, Some(a)) => calendar::shift(a, Unit::Quarter, -1)?,
                    (None, None) => return None,
                };
                // The quarter under report, moved to the year named ("the 1988 period",
                // "last year's quarter").
                match (reported, explicit_year, year_shift) {
                    (Point::Quarter(_, q), Some(y), _) => Point::Quarter(y, q),
                    (Point::Quarter(y, q), None, Some(s)) if !current => {
                        let base = anchor.map_or(y, |a| a.year().min(y + 1));
                        Point::Quarter(base + s as i16, q)
                    }
                    (p, _, _) => p,
                }
            }
            (None, true) => return None,
        };
        Some(Hit {
            derived: compared,
            ..Hit::date(start, end, point)
        })
    }

    /// A count of units: "three days", "a year", "10-year", "the past two months",
    /// "two years ago", "a year earlier", "recent weeks", "years", "the first nine months".
    fn duration(&self, i: usize) -> Option<Hit> {
        let mut k = i;
        let the = self.is(k, "the");
        if the {
            k += 1;
        }
        let lead = matches!(
            self.w(k),
            "past"
                | "last"
                | "next"
                | "first"
                | "coming"
                | "previous"
                | "following"
                | "recent"
                | "final"
                | "latest"
        );
        if lead {
            k += 1;
        }
        let counted_digits = self.toks.get(k).is_some_and(|t| t.digits);
        let by_article = matches!(self.w(k), "a" | "an");
        let (mut amount, qk) = self.amount(k).map_or((None, k), |(a, e)| (a, e));
        let counted = qk > k;
        k = qk;
        // Ranges: "two to three weeks", "12 to 18 months", "weeks or months" keep the high end.
        if counted && matches!(self.w(k), "to" | "or") {
            if let Some((high, e)) = self.amount(k + 1) {
                if self.lex(e).and_then(|l| l.unit).is_some() {
                    amount = high;
                    k = e;
                }
            }
        }
        // "two and a half years"
        if counted
            && self.is(k, "and")
            && matches!(self.w(k + 1), "a" | "one")
            && self.is(k + 2, "half")
        {
            amount = amount.map(|a| a + 0.5);
            k += 3;
        }
        // "two more years", "an additional year", "eight trading days" (not "a calendar
        // year": after an article a kind of unit is named, not counted)
        match self.lex(k).and_then(|l| l.count_filler) {
            Some(false) if counted => k += 1,
            Some(true) if counted && !by_article => k += 1,
            _ => {}
        }
        let hyphen = counted && self.is(k, "-");
        if hyphen {
            k += 1;
        }
        let (unit, plural) = self.lex(k)?.unit?;
        if self.titled(i, k) {
            return None;
        }
        // "a second, longer stoppage": the ordinal before a comparative set off by a comma.
        if unit == Unit::Second
            && !plural
            && !counted_digits
            && self.is(k + 1, ",")
            && self
                .toks
                .get(k + 2)
                .is_some_and(|t| !t.capital && !t.digits)
            && {
                let w = self.w(k + 2);
                w.len() > 4 && (w.ends_with("er") || w.ends_with("est"))
            }
        {
            return None;
        }
        // "a second group", "a second term", "a second Tsurugi flight": the ordinal, not
        // the unit.
        if unit == Unit::Second
            && !plural
            && !counted_digits
            && self.toks.get(k + 1).is_some_and(|t| !t.digits)
            && self.w(k + 1).bytes().all(|b| b.is_ascii_alphabetic())
            && !matches!(
                self.w(k + 1),
                "" | "later"
                    | "earlier"
                    | "ago"
                    | "before"
                    | "after"
                    | "or"
                    | "and"
                    | "of"
                    | "longer"
                    | "more"
                    | "in"
                    | "to"
                    | "too"
                    | "apart"
            )
        {
            return None;
        }
        // "a year-earlier loss", "a year-ago quarter": an adjective of comparison, not a count.
        if self.is(k + 1, "-") && matches!(self.w(k + 2), "earlier" | "ago") {
            return None;
        }
        if hyphen && plural {
            return None; // "three-quarters" is a fraction
        }
        if counted && !hyphen && !plural && amount.is_some_and(|a| a >= 1000.0) {
            return None; // "the 1988 quarter": a year, not a count
        }
        // A rate: "$1.76 a year", "358,000 a month", "four flights a week".
        if counted && !the && !lead && matches!(self.w(i), "a" | "an" | "per") && i > 0 {
            let before = self.w(i - 1);
            // After a sum of money or a share the period is how often it recurs, a SET
            // ("£51,200 a year", "18 million shillings a day", "40% a year").
            // (A figure's digits and separators back to its currency sign: "£51,200".)
            let figure_start = (i.saturating_sub(6)..i)
                .rev()
                .take_while(|&m| self.toks[m].digits || matches!(self.w(m), "," | "."))
                .last();
            let sum = LEXICON.rate_amounts.contains(&before)
                || self.toks[i - 1].digits
                    && figure_start.is_some_and(|f| {
                        f > 0
                            && matches!(self.w(f - 1), "$" | "£" | "€" | "¥")
                            && self.joined(f - 1)
                    });
            // ("$163 million a year earlier" is a date.)
            let comparison = matches!(self.w(k + 1), "earlier" | "ago" | "later" | "before");
            if sum && !plural && !comparison && !self.is(k + 1, "-") {
                return Some(Hit::new(
                    i,
                    k + 1,
                    TimexKind::Set,
                    calendar::duration(Some(1.0), unit),
                ));
            }
            // "without power for up to 10 hours a day", "90 minutes a week": after a
            // duration the period is how often it recurs, a SET ("24 hours a day" is all
            // the time: `data/not_times.txt`).
            let after_duration = self
                .lex(i - 1)
                .is_some_and(|l| matches!(l.unit, Some((_, true))))
                && i >= 2
                && (self.toks[i - 2].digits || self.lex(i - 2).is_some_and(|l| l.number.is_some()));
            if after_duration && !plural && !matches!(self.w(k + 1), "earlier" | "ago" | "later") {
                return Some(Hit::new(
                    i,
                    k + 1,
                    TimexKind::Set,
                    calendar::duration(Some(1.0), unit),
                ));
            }
            let rate = !matches!(self.w(k + 1), "earlier" | "ago" | "later")
                && (self.toks[i - 1].digits
                    || matches!(before, "times" | "twice" | "once" | "thrice")
                    // "24 hours a day, seven days a week": all the time, not a period
                    || self.lex(i - 1).is_some_and(|l| matches!(l.unit, Some((_, true))))
                    || (before.len() > 3
                        && before.ends_with('s')
                        && !before.ends_with("ss")
                        && self.lex(i - 1).is_none()
                        && !self.capital(i - 1)));
            if rate {
                return None;
            }
        }
        // "he will one day be": some day still to come, not a count of one day.
        if unit == Unit::Day
            && !plural
            && self.is(k - 1, "one")
            && k == i + 1
            && i > 0
            && self.lex(i - 1).is_some_and(|l| l.someday_cue)
        {
            return Some(Hit::new(
                i,
                k + 1,
                TimexKind::Date,
                "FUTURE_REF".to_string(),
            ));
        }
        // Ages: "a 6-year-old", "52 years old", "their 6-month-old son".
        let mut m = k + 1;
        if self.is(m, "-") {
            m += 1;
        }
        if self.is(m, "old") {
            return None;
        }
        // "a day-long meeting", "years-long talks": an adjective of length names the period;
        // the article belongs to the noun.
        let length_adjective = self.joined(k) && self.is(k + 1, "-") && self.is(k + 2, "long");
        if length_adjective && (!counted || by_article) && !the && !lead {
            let amount = (!plural).then_some(1.0);
            return Some(Hit::new(
                k,
                k + 3,
                TimexKind::Duration,
                calendar::duration(amount, unit),
            ));
        }
        if !counted {
            // Bare plurals: "years", "recent weeks", "the past few months" (handled above).
            if !plural {
                return None;
            }
            if the && !lead && !matches!(self.w(k + 1), "that" | "since" | "ahead" | "after") {
                // "the years that followed" is a duration; "the months" alone is too vague.
                return None;
            }
        }
        if unit == Unit::Quarter && !counted && !lead {
            return None;
        }
        // "by a quarter of a percentage point", "three quarters of the members": a fraction
        // ("a quarter of a century" is a time).
        // ("several quarters of losses": a bare noun after "of" is what the time held.)
        if unit == Unit::Quarter
            && self.is(k + 1, "of")
            && matches!(
                self.w(k + 2),
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "all" | "those" | "these"
            )
            && !(k + 2..k + 4).any(|m| self.lex(m).is_some_and(|l| l.unit.is_some()))
        {
            return None;
        }
        let mut end = k + 1;
        // "the weeks ahead", "in the years ahead": the adverb belongs to the period ("weeks
        // ahead of the vote" is a preposition).
        if !counted && self.is(end, "ahead") && !self.is(end + 1, "of") {
            end += 1;
        }
        // "weeks or months", "recent weeks and months": one vague span, read by its first unit.
        if !counted
            && matches!(self.w(end), "or" | "and")
            && matches!(self.lex(end + 1).and_then(|l| l.unit), Some((_, true)))
        {
            end += 2;
        }
        if hyphen && self.is(end, "-") && matches!(self.w(end + 1), "old" | "long") {
            end += 2;
        }
        // "a minute and a half", "a year and a half"
        if counted
            && !hyphen
            && self.is(end, "and")
            && matches!(self.w(end + 1), "a" | "one")
            && self.is(end + 2, "half")
        {
            amount = amount.map(|a| a + 0.5);
            end += 3;
        }
        let mut start = if hyphen && the { i + 1 } else { i };
        // "a three-year period", "its one-year term": the noun of time joins the span.
        if hyphen && !lead && matches!(self.w(end), "period" | "term" | "span" | "stretch") {
            end += 1;
            if i > 0 && matches!(self.w(i - 1), "a" | "an") {
                start = i - 1;
            } else {
                start = i;
            }
        }
        // Counted quarters are months, as TimeBank writes them ("three quarters": P9M).
        let (amount, unit) = match (unit, amount) {
            (Unit::Quarter, Some(a)) if counted => (Some(a * 3.0), Unit::Month),
            _ => (amount, unit),
        };
        let value = calendar::duration(amount, unit);
        let mut hit = Hit::new(start, end, TimexKind::Duration, value);
        hit.quantified = counted && !the && !lead;
        if hyphen || the || lead {
            return Some(hit);
        }
        // What follows may turn the count into a date.
        let n = amount.map(|a| a.round() as i64);
        // "a week or so ago"
        if self.is(end, "or") && self.is(end + 1, "so") && self.is(end + 2, "ago") {
            end += 2;
            hit.modifier = Some("APPROX");
        }
        match self.w(end) {
            "ago" => {
                hit.end = end + 1;
                hit.kind = TimexKind::Date;
                let point = match (n, self.anchor) {
                    (Some(n), Some(a)) => self.before_reference(a, unit, n, i),
                    _ => None,
                };
                match point {
                    Some(p) => {
                        hit.value = p.value();
                        hit.point = Some(p);
                        hit.derived = true;
                    }
                    None => hit.value = "PAST_REF".to_string(),
                }
            }
            "earlier" if counted => {
                let sign = -1;
                hit.end = end + 1;
                hit.kind = TimexKind::Date;
                let point = match (n, self.last_day.or(self.anchor)) {
                    (Some(n), Some(a)) if sign < 0 => self.before_reference(a, unit, n, i),
                    (Some(n), Some(a)) => calendar::shift(a, unit, n),
                    _ => None,
                };
                match point {
                    Some(p) => {
                        hit.value = p.value();
                        hit.point = Some(p);
                        hit.derived = true;
                    }
                    None => {
                        hit.value = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()
                    }
                }
            }
            // "Two days later, the river crested": a count of days or weeks after the last
            // day the narrative named (none named: the duration alone).
            "later"
                if counted
                    && matches!(unit, Unit::Day | Unit::Week)
                    && self.last_day_end != usize::MAX
                    && n.is_some() =>
            {
                let days = if unit == Unit::Week { 7 } else { 1 } * n?;
                let point = calendar::shift(self.last_day?, Unit::Day, days)?;
                hit.end = end + 1;
                hit.kind = TimexKind::Date;
                hit.value = point.value();
                hit.point = Some(point);
                hit.derived = true;
            }
            // "on Friday, a day after it crested": in apposition to a day the expression
            // dates the clause after it from that day, as after an anchor verb.
            "after" | "before"
                if counted
                    && i > 0
                    && (self.lex(i - 1).is_some_and(|l| l.anchor_verb)
                        || self.is(i - 1, ",") && self.last_day_end == i - 1) =>
            {
                // "the report came a day after X said": the expression dates X from the
                // subject's day (the last day named).
                let sign = if self.is(end, "after") { -1 } else { 1 };
                let reference = self.last_day.or(self.anchor)?;
                let point = calendar::shift(reference, unit, sign * n?)?;
                hit.end = end + 1;
                hit.kind = TimexKind::Date;
                hit.value = point.value();
                hit.point = Some(point);
            }
            _ => {}
        }
        Some(hit)
    }

    /// `n` units before the anchor; a year before in financial news is the same quarter of
    /// the year before when a quarter is under report.
    fn before_reference(&self, anchor: Date, unit: Unit, n: i64, at: usize) -> Option<Point> {
        if unit == Unit::Year {
            // (A month or a year named earlier in the sentence, the nearer, is what the year
            // before is of.)
            let in_sentence = |named: Option<(Point, usize)>| {
                named.filter(|&(_, end)| {
                    end <= at
                        && at - end <= 20
                        && (end..at).all(|k| !matches!(self.w(k), "." | "?" | "!" | ";"))
                })
            };
            let named = match (in_sentence(self.last_month), in_sentence(self.last_year)) {
                (Some(month), Some(year)) => Some(if month.1 >= year.1 { month } else { year }),
                (month, year) => month.or(year),
            };
            if let Some((point, _)) = named {
                return calendar::shift_years(point, -n);
            }
            if let Some(q) = self.last_quarter {
                return calendar::shift_years(q, -n);
            }
        }
        calendar::shift(anchor, unit, -n)
    }

    /// A number of units: digits, number words ("twenty-four", "two hundred"), "a", "a few",
    /// "several", "a couple of", "half an". Returns the amount (None when vague) and the
    /// token after it.
    fn amount(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.toks.get(i)?;
        if t.digits {
            // ("41,000 hours": the digits after a thousands comma are no number of their own.)
            if i >= 2 && self.is(i - 1, ",") && self.joined(i - 2) && self.joined(i - 1) {
                return None;
            }
            let mut value: f64 = self.text[t.start..t.end].parse().ok()?;
            let mut k = i + 1;
            // "41,000 hours", "1,250,000 years": groups of three digits after commas.
            while self.joined(k - 1)
                && self.is(k, ",")
                && self.joined(k)
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|g| g.digits && g.end - g.start == 3)
            {
                let group = &self.text[self.toks[k + 1].start..self.toks[k + 1].end];
                value = value * 1000.0 + group.parse::<f64>().ok()?;
                k += 2;
            }
            // "2.5", "2 1/2"
            if self.joined(i) && self.is(k, ".") && self.joined(k) && self.number(k + 1).is_some() {
                let frac = &self.text[self.toks[i].start..self.toks[k + 1].end];
                value = frac.parse().ok()?;
                k += 2;
            } else if self.number(k).is_some()
                && self.is(k + 1, "/")
                && self.number(k + 2).is_some()
            {
                let num = f64::from(self.number(k)?);
                let den = f64::from(self.number(k + 2)?);
                if den > 0.0 {
                    value += num / den;
                    k += 3;
                }
            }
            // "1,0000": an odd group after a comma is no number of thousands, and a list's
            // comma no unit.
            if self.joined(k - 1) && self.is(k, ",") && self.joined(k) {
                return None;
            }
            return Some((Some(value), k));
        }
        let word = self.w(i);
        if word == "a" || word == "an" {
            // "a few", "a couple of", "a number of"
            if self.is(i + 1, "few") {
                return Some((None, i + 2));
            }
            if self.is(i + 1, "couple") && self.is(i + 2, "of") {
                return Some((Some(2.0), i + 3));
            }
            if self
                .lex(i + 1)
                .and_then(|l| l.number)
                .is_some_and(|n| n >= 100.0)
            {
                return self.amount(i + 1);
            }
            return Some((Some(1.0), i + 1));
        }
        if word == "half" && matches!(self.w(i + 1), "a" | "an") {
            return Some((Some(0.5), i + 2));
        }
        let lex = self.lex(i)?;
        if lex.vague_quantity {
            // "the next couple of years": two, as TimeBank counts it.
            if word == "couple" && self.is(i + 1, "of") {
                return Some((Some(2.0), i + 2));
            }
            return Some((None, i + 1));
        }
        let mut total = 0.0;
        let mut current = lex.number?;
        if current < 1.0 {
            return None;
        }
        let mut k = i + 1;
        loop {
            // "twenty-four", "twenty four", "two hundred", "one thousand"
            let mut m = k;
            if self.is(m, "-") && self.joined(m - 1) {
                m += 1;
            }
            let Some(next) = self.lex(m).and_then(|l| l.number) else {
                break;
            };
            if self.w(m) == "a" || self.w(m) == "an" || next < 1.0 {
                break;
            }
            if next >= 100.0 {
                current *= next;
                if next >= 1000.0 {
                    total += current;
                    current = 0.0;
                }
            } else if next < 10.0 && current >= 20.0 && current % 10.0 == 0.0 {
                current += next;
            } else {
                break;
            }
            k = m + 1;
        }
        Some((Some(total + current), k))
    }

    /// "every week", "each Thursday", "every two years", "daily", "quarterly".
    fn set(&self, i: usize) -> Option<Hit> {
        let word = self.w(i);
        if let Some(v) = self.lex(i).and_then(|l| l.set) {
            // "the New York Daily News", "The Daily Beast", "Weekly Standard": a capitalized
            // recurrence word inside a run of capitals is part of a name.
            let sentence_start = i == 0 || matches!(self.w(i - 1), "." | "!" | "?" | ":" | "\n");
            let in_name =
                self.capital(i) && (self.capital(i + 1) || !sentence_start && self.capital(i - 1));
            if in_name {
                return None;
            }
            return Some(Hit::new(i, i + 1, TimexKind::Set, v.to_string()));
        }
        if word != "every" && word != "each" {
            return None;
        }
        let mut k = i + 1;
        let mut factor = 1.0;
        if self.is(k, "other") {
            factor = 2.0;
            k += 1;
        }
        if let Some((Some(n), e)) = self.amount(k) {
            if self.lex(e).and_then(|l| l.unit).is_some() {
                let (unit, _) = self.lex(e)?.unit?;
                let v = calendar::duration(Some(n * factor), unit);
                return Some(Hit::new(i, e + 1, TimexKind::Set, v));
            }
        }
        let lex = self.lex(k)?;
        let value = if let Some((unit, false)) = lex.unit {
            calendar::duration(Some(factor), unit)
        } else if let Some(d) = lex.weekday {
            format!("XXXX-WXX-{d}")
        } else if let (Some(m), true) = (lex.month, self.capital(k)) {
            format!("XXXX-{m:02}")
        } else if lex.part_of_day.is_some() {
            // "every night", "each morning": once a day, as "every day" is.
            "P1D".to_string()
        } else if self.is(k, "weekend") {
            "XXXX-WXX-WE".to_string()
        } else {
            return None;
        };
        Some(Hit::new(i, k + 1, TimexKind::Set, value))
    }

    /// Whether the day at token `start` dates a report: a reporting verb right before it,
    /// "on" between them at most ("said on Tuesday", "told reporters Tuesday").
    fn dates_a_report(&self, start: usize) -> bool {
        let mut k = start;
        if k > 0 && self.is(k - 1, "on") {
            k -= 1;
        }
        (k.saturating_sub(2)..k).any(|v| LEXICON.report_verbs.contains(&self.w(v)))
    }

    /// "3 p.m.", "7:15 p.m.", "10 a.m. Tuesday", "noon Thursday", "midnight".
    fn clock(&self, i: usize) -> Option<Hit> {
        let (hour, minute, mut j) = match self.w(i) {
            "noon" | "midday" => (12, 0, i + 1),
            "midnight" => (24, 0, i + 1),
            _ => {
                // ("four in the morning": an hour in words before a part of the day.)
                let spelled = || {
                    let n = self.lex(i)?.number?;
                    (n.fract() == 0.0 && (1.0..=12.0).contains(&n)).then_some(n as u32)
                };
                let h = self
                    .number(i)
                    .or_else(|| spelled().filter(|_| self.part_of_day_meridiem(i + 1).is_some()))?;
                let mut j = i + 1;
                let mut minute = 0;
                // ("10.15 p.m.": a point between hour and minute, where a meridiem follows.)
                let dot = self.is(j, ".") && self.joined(j) && self.meridiem(j + 2).is_some();
                if (self.is(j, ":") || dot) && self.joined(i) {
                    let t = self.toks.get(j + 1)?;
                    if !t.digits || t.end - t.start != 2 {
                        return None;
                    }
                    minute = self.number(j + 1)?;
                    j += 2;
                }
                if let Some((pm, after)) = self.meridiem(j).or_else(|| self.part_of_day_meridiem(j))
                {
                    if !(1..=12).contains(&h) || minute > 59 {
                        return None;
                    }
                    let hour = match (h, pm) {
                        (12, false) => 0,
                        (12, true) => 12,
                        (h, true) => h + 12,
                        (h, false) => h,
                    };
                    (hour, minute, after)
                } else {
                    // "04:10", "14:30 local time": a 24-hour clock, known by its two-digit
                    // hour or by the zone after it ("3:2" and "2:30" alone may be scores).
                    let two_digit_hour = self.toks[i].end - self.toks[i].start == 2;
                    let zone_after = self.lex(j).is_some_and(|l| l.time_zone)
                        || matches!(self.w(j), "local" | "hours" | "hrs");
                    if j != i + 3 || !(two_digit_hour || zone_after) || h > 23 || minute > 59 {
                        return None;
                    }
                    (h, minute, j)
                }
            }
        };
        // "5 p.m. EST": the zone stays inside the span (the value is local time).
        if self.lex(j).is_some_and(|l| l.time_zone) && self.capital(j) {
            j += 1;
        }
        // A day after the time: "10 a.m. Tuesday", "noon yesterday", "5 p.m. EST, Nov. 9".
        // Without one, the last day named, unless that day is still to come ("landfall late
        // Wednesday ... an advisory issued at 5 a.m." is today's 5 a.m.).
        // (Not a day that only dates a report: "police said on Tuesday. The blast happened
        // at 9:40 p.m." is no Tuesday's blast.)
        // (A deadline, "leave by noon", is the day of the text's present: the last day named.)
        let deadline = self.deadline_before(i);
        // (After a night, "collapsed on Friday night ... at 10 p.m." is that Friday, "struck
        // overnight ... at 3:17 a.m." the morning after.)
        let event_day = self.last_event_day.and_then(|d| {
            if self.last_event_night && hour < 12 {
                calendar::add_days(d, 1)
            } else {
                Some(d)
            }
        });
        let mut day = if deadline { self.last_day } else { event_day }
            .filter(|d| self.anchor.is_none_or(|a| *d <= a))
            .or(self.anchor);
        // "at 4:30 p.m. on Tuesday": one time of that day, as "dawn on Sunday" is (the
        // annotations here join the two, TempEval-3 has no case).
        // ("04:10 local time on Saturday": the day after the zone.)
        let local = if self.is(j, "local") && self.is(j + 1, "time") {
            j + 2
        } else {
            j
        };
        let named = self.day_after_time(i, local).or_else(|| {
            self.is(local, "on")
                .then(|| self.day_after_time(i, local + 1))
                .flatten()
        });
        if let Some((date, end)) = named {
            day = Some(date);
            j = end;
        }
        // "cut between 9 p.m. and 5 a.m. every night": a time that recurs daily lies on no
        // one day.
        if named.is_none() && day.is_some() && self.recurs_daily(i) {
            day = None;
        }
        let value = match day {
            Some(d) => format!("{}T{hour:02}:{minute:02}", Point::Day(d).value()),
            None => format!("XXXX-XX-XXT{hour:02}:{minute:02}"),
        };
        Some(Hit::new(i, j, TimexKind::Time, value))
    }

    /// Whether the sentence around token `i` tells of something done once a day: "every
    /// night", "each morning", "every day", "daily", "nightly".
    fn recurs_daily(&self, i: usize) -> bool {
        // (The periods of "a.m." and "p.m." end no sentence.)
        let stop = |k: usize| {
            matches!(self.w(k), "." | "?" | "!" | ";")
                && !(self.is(k, ".") && k > 0 && self.w(k - 1).len() == 1)
        };
        let daily = |k: usize| {
            if self.lex(k).and_then(|l| l.set) == Some("P1D") {
                return true;
            }
            matches!(self.w(k), "every" | "each")
                && self.lex(k + 1).is_some_and(|l| {
                    l.part_of_day.is_some() || matches!(l.unit, Some((Unit::Day, false)))
                })
        };
        let before = (i.saturating_sub(15)..i)
            .rev()
            .take_while(|&k| !stop(k))
            .any(daily);
        before
            || (i + 1..(i + 15).min(self.toks.len()))
                .take_while(|&k| !stop(k))
                .any(daily)
    }

    /// A day named right after a clock time or part of the day, at token `j` (after an
    /// optional comma): "yesterday", "Tuesday", "Nov. 9".
    fn day_after_time(&self, i: usize, j: usize) -> Option<(Date, usize)> {
        let k = if self.is(j, ",") { j + 1 } else { j };
        let named = self
            .deictic(k)
            .or_else(|| self.weekday_in_clause(k, i))
            .or_else(|| self.month_date(k))
            .or_else(|| self.day_month(k))?;
        match named.point {
            Some(Point::Day(date)) if named.kind == TimexKind::Date => Some((date, named.end)),
            _ => None,
        }
    }

    /// A part of the day before the day it lies in ("afternoon yesterday", "morning
    /// Tuesday"), or after "mid" ("mid-afternoon": the last day named).
    fn part_of_day(&self, i: usize) -> Option<Hit> {
        let part = self.lex(i)?.part_of_day?;
        let after_mid = i > 0
            && (self.is(i - 1, "mid") || (self.is(i - 1, "-") && i > 1 && self.is(i - 2, "mid")));
        // "dawn on Sunday", "the morning on Tuesday": one time of that day.
        let named_after = self.day_after_time(i, i + 1).or_else(|| {
            self.is(i + 1, "on")
                .then(|| self.day_after_time(i, i + 2))
                .flatten()
        });
        let (day, end) = match named_after {
            Some(found) => found,
            None if after_mid => (self.last_day.or(self.anchor)?, i + 1),
            // "would consider a higher warning in the afternoon", "fell 6% in afternoon
            // trading": that part of the day the text is at.
            None if i >= 2 && self.is(i - 1, "the") && self.is(i - 2, "in") => {
                let day = self.last_day.or(self.anchor)?;
                return Some(self.day_with_part(i - 1, i + 1, day, Some(part)));
            }
            None if i >= 1
                && self.is(i - 1, "in")
                && matches!(self.w(i + 1), "trading" | "trade" | "session" | "deals") =>
            {
                (self.last_day.or(self.anchor)?, i + 1)
            }
            None => return None,
        };
        Some(self.day_with_part(i, end, day, Some(part)))
    }

    /// "in the morning", "in the afternoon", "in the evening", "at night" after an hour ("4 in
    /// the morning", "eleven at night"): whether afternoon, and the token after.
    fn part_of_day_meridiem(&self, j: usize) -> Option<(bool, usize)> {
        if self.is(j, "in") && self.is(j + 1, "the") {
            return match self.w(j + 2) {
                "morning" => Some((false, j + 3)),
                "afternoon" | "evening" => Some((true, j + 3)),
                _ => None,
            };
        }
        (self.is(j, "at") && self.is(j + 1, "night")).then_some((true, j + 2))
    }

    /// "a.m.", "p.m", "am", "pm" at token `j`: whether afternoon, and the token after.
    fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
        let pm = match self.w(j) {
            "am" => return Some((false, j + 1)),
            "pm" => return Some((true, j + 1)),
            "a" => false,
            "p" => true,
            _ => return None,
        };
        if !(self.is(j + 1, ".") && self.is(j + 2, "m")) {
            return None;
        }
        let mut end = j + 3;
        if self.is(end, ".") && self.joined(end - 1) {
            end += 1;
        }
        Some((pm, end))
    }

    /// "Christmas", "New Year's Day".
    fn holiday(&self, i: usize) -> Option<Hit> {
        if !self.capital(i) {
            return None;
        }
        let (n, phrase) = self.longest_phrase(i, &LEXICON.holidays)?;
        let mut parts = phrase.value.split('-');
        let month: i8 = parts.next()?.parse().ok()?;
        let second: i8 = parts.next()?.parse().ok()?;
        let nth: Option<i8> = parts.next().and_then(|p| p.parse().ok());
        let mut k = i + n;
        let explicit = self.year_at(k, true).map(|(y, e)| {
            k = e;
            y
        });
        if nth.is_none() {
            return self.resolve_month_day(i, k, explicit, month, second);
        }
        // "Thanksgiving": the nth such weekday of the month, in the year nearest the anchor.
        let year = match (explicit, self.anchor) {
            (Some(y), _) => y,
            (None, Some(a)) => self.year_of_month_day(a, month, i, k),
            (None, None) => {
                return Some(Hit::new(i, k, TimexKind::Date, format!("XXXX-{month:02}")))
            }
        };
        Some(Hit::date(i, k, Point::Day(holiday_in(phrase.value, year)?)))
    }

    /// "last Thanksgiving", "next Christmas", "this Christmas": the holiday's latest day
    /// before the anchor, its first after it, or the one of the anchor's year. `k` is the
    /// token after the relative word.
    fn shifted_holiday(&self, i: usize, k: usize, shift: i64) -> Option<Hit> {
        if !self.capital(k) {
            return None;
        }
        let (n, phrase) = self.longest_phrase(k, &LEXICON.holidays)?;
        let anchor = self.anchor?;
        let this_year = holiday_in(phrase.value, anchor.year())?;
        let year = match shift {
            s if s < 0 && this_year >= anchor => anchor.year() - 1,
            s if s > 0 && this_year <= anchor => anchor.year() + 1,
            _ => anchor.year(),
        };
        Some(Hit::date(
            i,
            k + n,
            Point::Day(holiday_in(phrase.value, year)?),
        ))
    }

    /// "the 11th century", "the twentieth century".
    fn century(&self, i: usize) -> Option<Hit> {
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        let word = self.w(k);
        let n: i16 = if let Some(o) = self.lex(k).and_then(|l| l.ordinal) {
            i16::from(o)
        } else {
            let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if digits.is_empty() || digits.len() > 2 || digits.len() == word.len() {
                return None;
            }
            digits.parse().ok()?
        };
        if !self.is(k + 1, "century") || n == 0 {
            return None;
        }
        Some(Hit::date(i, k + 2, Point::Century(n - 1)))
    }

    /// "summer", "the summer", "summer 1998", "the summer of 1998".
    fn season(&self, i: usize) -> Option<Hit> {
        // "each spring", "every winter": a set.
        if self.is(i, "each") || self.is(i, "every") {
            let season = self.lex(i + 1)?.season?;
            return Some(Hit::new(i, i + 2, TimexKind::Set, format!("XXXX-{season}")));
        }
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        let season = self.lex(k)?.season?;
        // "fall" and "spring" are verbs too: alone they need "the" or a year.
        let mut end = k + 1;
        let mut m = end;
        if self.is(m, "of") {
            m += 1;
        }
        let year = self.year_at(m, true).map(|(y, e)| {
            end = e;
            y
        });
        // ("by spring", "until spring": after a preposition of time the season is one.)
        let time_preposition = k > 0
            && ["by", "until", "till", "before", "since"]
                .iter()
                .any(|w| self.is(k - 1, w));
        if year.is_none() && k == i && matches!(self.w(k), "fall" | "spring") && !time_preposition {
            return None;
        }
        let year = match (year, self.anchor) {
            (Some(y), _) => y,
            (None, Some(a)) => a.year(),
            (None, None) => {
                return Some(Hit::new(i, end, TimexKind::Date, format!("XXXX-{season}")))
            }
        };
        Some(Hit::date(i, end, Point::Season(year, season)))
    }

    /// The second day of a pair after a month ("April 24 and 25", "Oct. 3 or 4"): the same
    /// month as the day just named.
    fn paired_day(&self, i: usize) -> Option<Hit> {
        if i < 3 || !matches!(self.w(i - 1), "and" | "or") || self.day_number(i - 2).is_none() {
            return None;
        }
        let month_before = self.month_at(i - 3).is_some()
            || (i >= 4 && self.is(i - 3, ".") && self.month_at(i - 4).is_some());
        let day = self.day_number(i)?;
        // "April 24 and 25 percent": a count, not a day.
        let count_follows = self.toks.get(i + 1).is_some_and(|t| t.digits)
            || self
                .lex(i + 1)
                .is_some_and(|l| l.month.is_some() || l.unit.is_some())
            || matches!(
                self.w(i + 1),
                "%" | "percent" | "cents" | "million" | "billion"
            );
        if !month_before || count_follows {
            return None;
        }
        let previous = self.last_day?;
        let date = Date::new(previous.year(), previous.month(), day).ok()?;
        Some(Hit::date(i, i + 1, Point::Day(date)))
    }

    /// "the same day", "that day", "the next day", "the day before".
    fn same_day(&self, i: usize) -> Option<Hit> {
        // "that night", "the next morning": a part of the day counted like the day.
        let part = |k: usize| self.lex(k).and_then(|l| l.part_of_day);
        let (offset, end, part) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the" | "that", "same", "day") => (0, i + 3, None),
            ("that", "day", _) => (0, i + 2, None),
            ("the", "next" | "following", "day") => (1, i + 3, None),
            ("the", "previous", "day") => (-1, i + 3, None),
            ("that", _, _) if part(i + 1).is_some() => (0, i + 2, part(i + 1)),
            ("the", "next" | "following", _) if part(i + 2).is_some() => (1, i + 3, part(i + 2)),
            ("the", "previous", _) if part(i + 2).is_some() => (-1, i + 3, part(i + 2)),
            _ => return None,
        };
        let reference = self.last_day.or(self.anchor);
        let Some(day) = reference.and_then(|d| calendar::add_days(d, offset)) else {
            let value = match part {
                Some(p) => format!("XXXX-XX-XXT{p}"),
                None => "XXXX-XX-XX".to_string(),
            };
            let kind = if part.is_some() {
                TimexKind::Time
            } else {
                TimexKind::Date
            };
            return Some(Hit::new(i, end, kind, value));
        };
        Some(self.day_with_part(i, end, day, part))
    }

    /// "that year", "the following month", "the previous year", "the same month": a unit
    /// counted from the narrative time (the last point named), else from the anchor.
    fn narrative(&self, i: usize) -> Option<Hit> {
        let (offset, k) = match (self.w(i), self.w(i + 1)) {
            ("that", _) => (0, i + 1),
            ("the", "same") => (0, i + 2),
            ("the", "following" | "next") => (1, i + 2),
            ("the", "previous" | "prior" | "preceding") => (-1, i + 2),
            _ => return None,
        };
        let (unit, false) = self.lex(k)?.unit? else {
            return None;
        };
        if self.is(k + 1, "-") {
            return None;
        }
        // "that quarter", "the same quarter": the quarter under report.
        if unit == Unit::Quarter {
            let q = self.last_quarter.filter(|_| offset == 0)?;
            return Some(Hit {
                derived: true,
                ..Hit::date(i, k + 1, q)
            });
        }
        let reference = match self.last_point {
            Some(p) => p,
            None => Point::Day(self.anchor?),
        };
        let point = match unit {
            Unit::Year => Point::Year(calendar::year_of(reference)? + offset as i16),
            Unit::Month => {
                let (y, m) = calendar::month_of(reference)?;
                let first = Date::new(y, m, 1).ok()?;
                let d = calendar::add_months(first, offset)?;
                Point::Month(d.year(), d.month())
            }
            Unit::Week => {
                let Point::Day(d) = reference else {
                    return None;
                };
                calendar::shift(d, Unit::Week, offset)?
            }
            _ => return None,
        };
        Some(Hit {
            derived: true,
            ..Hit::date(i, k + 1, point)
        })
    }
}

/// The day of a holiday of `data/holidays.txt` (`value` is its month-day or
/// month-weekday-nth-from) in `year`.
fn holiday_in(value: &str, year: i16) -> Option<Date> {
    let mut parts = value.split('-');
    let month: i8 = parts.next()?.parse().ok()?;
    let second: i8 = parts.next()?.parse().ok()?;
    let Some(nth) = parts.next().and_then(|p| p.parse::<i8>().ok()) else {
        return Date::new(year, month, second).ok();
    };
    let from_day: i8 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
    let first = Date::new(year, month, from_day).ok()?;
    let to_weekday = (i64::from(second - calendar::weekday_of(first)) + 7) % 7;
    calendar::add_days(first, to_weekday + 7 * i64::from(nth - 1))
}

/// Whether `word` (lower case) is a month's full name, not an abbreviation ("june", not
/// "jun"): only an abbreviation takes the period after it.
fn full_month_name(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Keeps `hit` in `best` when it is longer than what `best` holds: of two rules matching at
/// one token the earlier one wins unless the later one's match is longer.
fn keep_longer(best: &mut Option<Hit>, hit: Option<Hit>) {
    if let Some(h) = hit {
        if best.as_ref().is_none_or(|b| h.end > b.end) {
            *best = Some(h);
        }
    }
}

/// Abbreviated titles whose period stands inside a clause ("Gov. Ruiz said Monday"),
/// lower-cased.
const TITLE_ABBREVIATIONS: [&str; 14] = [
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "st", "sgt", "prof", "capt",
];
