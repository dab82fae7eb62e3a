//! Time expressions (TIMEX3), normalized against the publication date.
//!
//! One left-to-right pass over light tokens (runs of letters and digits, every other
//! character alone). Only a token that is a number or a word of the lists in `data/` is looked
//! at closer; there every rule of the grammar is tried and the longest match wins, so the
//! expressions come out sorted and never overlap.
//!
//! Spans follow the TempEval-3 (TimeBank) conventions: prepositions stay outside ("by
//! \[December\]", "on \[Friday\]"), determiners and modifiers stay inside ("\[the third quarter\]",
//! "\[early November\]", "\[more than two years\]", "\[two years ago\]", "\[a year earlier\]").
//!
//! Policy for the ambiguous cases:
//! - **Anchor.** Relative expressions resolve against `published` (its date part). Without it
//!   they get no invented date: "Oct. 23" is `XXXX-10-23`, "Friday" `XXXX-WXX-5`, "yesterday"
//!   and "last year" `PAST_REF`, "tomorrow" and "next month" `FUTURE_REF`, "today" and
//!   "this week" `PRESENT_REF`.
//! - **Weekdays.** "last Friday" is the one strictly before the anchor, "next Friday" the one
//!   strictly after, "this Friday" the one in the anchor's week. A bare weekday looks at the
//!   nearest tense cue in its clause, which a line break also ends (a headline's verb dates
//!   nothing under it) (`data/tense_cues.txt`, plus regular `-ed` past forms; a timetable in
//!   the present, "ends in October", looks ahead):
//!   a future cue ("will", "expected", "scheduled", an infinitive a few words before: "is to
//!   resume trading in Paris Tuesday", further after a verb of a request: "urged fans to
//!   protest outside the stadium on Saturday"; "as early as Tuesday") picks the next such day,
//!   otherwise
//!   (past cue, or none: news mostly reports what happened) the last one. "forecast",
//!   "predicted" or "projected" right before "in"/"on" and the expression, not after "be",
//!   is the past of making it ("the tonnes it forecast in June"). "to" before a name or
//!   a determiner is a preposition ("to NATO on Friday"), and a sentence-initial "Until" bounds
//!   a past span ("Until Thursday, they had not..."): neither is a cue. Irregular past forms
//!   are listed ("bought", "fled"), except those spelled as the present ("cut", "set"). A
//!   weekday after a clock time reads the clause of the whole expression ("until 9 a.m.
//!   Tuesday"). "Wednesday's ruling" is always the last one. The anchor's own weekday is the
//!   anchor's day either way ("told lawmakers on Wednesday", published on a Wednesday). A
//!   participle after a future "be" is no past cue ("will be announced Friday" is the next
//!   Friday). "this coming Sunday" is the next one, "this past Sunday" the last. "could" and
//!   "might" look ahead ("could last into Thursday"), a denied or sensed "could" back ("could
//!   not be reached on Monday", "you could hear it on Sunday"); "last" after a modal or "to"
//!   is a verb, and a participle after a determiner ("a scheduled check") an adjective: neither
//!   is a cue.
//! - **Weekends.** "the weekend" is the one before the anchor, unless the anchor is on it, it
//!   is "next", "this" (the anchor week's, unless a Monday's report looks back), or the clause
//!   looks ahead: a future cue, "by", "before", "until" or "into" before it ("suspended into
//!   the weekend"). "over the weekend" is the one just past (TempEval-3 has it so every time)
//!   unless a forecast or an expectation stands within eight words before ("has forecast rain
//!   over the weekend", "expect a lot of bargaining over the weekend"). "beyond" and "should"
//!   are future cues ("closed beyond the weekend", "should be reconnected by late Friday"). "By Tuesday evening" is the last Tuesday when a past verb follows within
//!   fourteen words ("By Tuesday evening about 1,200 residents ... had fled").
//! - **Parts of the day alone.** "in the afternoon" and "in afternoon trading" are that part of
//!   the last day named, else of the anchor (TempEval-3 annotates "in the morning").
//! - **Month and day without a year** ("Oct. 28", "June") take the occurrence from seven
//!   months before the anchor to four after: reports look back further than ahead. For a month
//!   three to eight months back (far either way) a tense cue of its clause decides where there
//!   is one ("stepped down in March", "will fly a mission in December"); for near months tense
//!   cues did worse than nearness. "last Oct. 23" and "the year ended Jan. 31" lie before the
//!   anchor. After "by"/"until" it is a deadline: the anchor's month or the next such one.
//!   "last April" is the latest April before the anchor's month, "next April" the first after.
//!   "last June." leaves the sentence's period outside; only an abbreviation takes it ("last
//!   Sept."). Spoken days of the month are days ("March eighth", "October twenty-first")
//!   unless the ordinal runs on into a hyphen or a lower-case word ("in March second-round
//!   voting").
//! - **"by December"** keeps "by" outside the span and sets mod `ON_OR_BEFORE`. A date open
//!   at one end takes the words that open it (`data/open_ends.txt`): "[1994 or later]" and
//!   "[2030 and beyond]" are `ON_OR_AFTER`, "or earlier" `ON_OR_BEFORE`.
//! - **Reference day.** "the same day", "that day", "the next day" lean on the last day named
//!   or resolved in the text (the anchor before any); so do parts of such a day ("that night",
//!   "the next morning": a time of that day). "N units after/before" is one
//!   expression only after a verb that dates its subject by the clause that follows ("the
//!   report came [a day after] X said": X's day is the report's day minus one), or in apposition
//!   to a day ("on Friday, [a day after] it crested": Thursday); elsewhere the
//!   count alone is a duration ("two days" after ...), as in TimeBank. "[Two days later]"
//!   and "[a week later]" are the date that many days after the last day the text named (a
//!   clock time on a named day names it: "3:40 a.m. on Tuesday"); TimeBank marks the count
//!   alone as a duration (twice in its 183 documents), but a reader building a timeline
//!   wants the day, and `eval/own` annotates it so. With no day named, the count stays a
//!   duration. "N days earlier" counts back from the same day.
//! - **Narrative time.** "that year", "the following year", "the previous month" count from
//!   the last point named in the text ("in May 1995 ... the following year" is 1996), else
//!   from the anchor. "the previous Friday" is the Friday before the last day named.
//! - **Spelled-out years** ("nineteen ninety-four") are years anywhere; "two thousand" only
//!   after "the year", a month, a season or "of" (alone it usually counts things). Decades in
//!   words need "the" ("the nineties"; "in her forties" is an age).
//! - **Financial quarters.** "the quarter", "the latest quarter", "that quarter" are the
//!   quarter under report: the last quarter named that had ended by the anchor (a quarter still
//!   running is an outlook: "expects fourth-quarter profit to fall"; only the first quarter
//!   named may be running, as a fiscal quarter just reported), else the quarter before the
//!   anchor's. After year-to-date results ("the first nine months", "the six months") "a year
//!   earlier", "year-earlier" and "the 1988 period" compare years until a quarter is named
//!   again. "third quarter" without a year is the anchor's
//!   year unless that quarter has not begun yet (then the year before). The hyphenated
//!   adjective leaves the determiner to its noun ("the [third-quarter] loss", "the [fiscal
//!   second-quarter] of $8.6 million"), as TimeBank spans it every time. Once a quarter is under
//!   report, "a year earlier", "a year ago" and "year-earlier" mean that quarter a year before
//!   (TimeBank's reading of earnings reports). "the 1988 period", "the quarter a year ago",
//!   "the corresponding period last year" and "last year's quarter" are that quarter in the
//!   year named; such comparisons never become the quarter under report. "the current
//!   quarter" is the anchor's own. "the March quarter" (Australian and New Zealand usage) is the
//!   quarter its month closes, in the year that month would have alone. A month or a year
//!   named earlier in the sentence is what "a year earlier" is a year before ("rose 2.9% in
//!   May from a year earlier", "in the first nine months of 2025, up 18% from a year
//!   earlier": 2024).
//! - **Clock times** may put a point between hour and minute before a meridiem ("10.15 p.m.";
//!   "10.15" alone is a decimal), and an hour in words or digits before "in the morning",
//!   "in the afternoon", "in the evening" or "at night" is a clock time ("four in the morning"
//!   `T04:00`, as TempEval-3 writes "4 in the morning").
//! - **Clock times** keep a following zone inside ("5 p.m. EST") and take a day named after
//!   them ("5 p.m. EST, Nov. 9"), also after "on" ("10 p.m. on Saturday" is one expression,
//!   as the seed-like annotations join it); a part of the day before a day ("mid-afternoon
//!   yesterday", "dawn on Sunday") is a time of that day. A time with no day of its own in a
//!   sentence of a daily recurrence ("cut between 9 p.m. and 5 a.m. every night") lies on no
//!   one day, `XXXX-XX-XXT21:00`, and "every night" is `P1D`, as "every day" is.
//! - **Rates**: after a sum of money, a share or a commodity's measure the period recurs, a
//!   SET ("£51,200 a year", "18 million shillings a day", "40% a year", "170,000 barrels a
//!   day": `P1Y`, `P1D`; `data/rate_amounts.txt`);
//!   after a count of things ("four flights a week") it is no timex. TempEval-3 tags 18 of 21
//!   of the first kind and 4 of 6 of the second not.
//! - **"overnight"** is the night before the anchor (`2026-11-21TNI` for an article of the
//!   22nd: "the quake struck overnight"), or the anchor's own night in a clause that looks
//!   ahead ("expected to strengthen overnight"). TimeBank marks it once in two.
//! - **"the past week", "the past month"** reach back to the anchor: durations (`P1W`);
//!   "last week", "the last week" are the calendar's week before (TempEval-3's reading).
//! - **A part of the day alone** after a preposition of time or "spent" ("worked through the
//!   night", "into the evening", "by late afternoon") is that part of the event day named
//!   last before the anchor (the morning after a named night is the next day's), else of the
//!   anchor's day; a night told of in the past is the one before the anchor. Before a noun
//!   ("the night shift") it is none. `eval/own` marks these; TempEval-3 has a handful.
//! - **"N units ago"** is a date at the unit's granularity ("two years ago" a year, "five
//!   months ago" a month); vague counts ("several years ago") are `PAST_REF`.
//! - **Durations** are `P<n><unit>`; decades count years ("two decades" `P20Y`), vague counts
//!   get X ("years", "recent weeks", "several months": `PXY`, `PXW`, `PXM`; the gold splits
//!   about evenly between that and `PAST_REF`/`FUTURE_REF` for "recent years", "coming
//!   months", so the duration stays). "a couple of" is two; halves go one unit down ("a
//!   minute and a half" `PT1M30S`, "two and a half years" `P2Y6M`). Words that add to a
//!   count may stand between it and the unit after any count ("an additional year" `P1Y`,
//!   "three straight weeks"); kinds of unit only after a number ("eight trading days" `P8D`;
//!   "a calendar year" names a kind of year, no duration; `data/count_fillers.txt`). An
//!   adjective of length is the period without its article ("a [day-long] session" `P1D`,
//!   "[years-long]" `PXY`; TimeBank marks it each time, 2 of 2). Two vague
//!   plurals joined by "or"/"and" are one span read by the first ("weeks or months" `PXW`), and
//!   "ahead" after one joins it ("the months ahead"; not "months ahead of the vote"). "the
//!   fiscal year ended Jan. 31", like "the year ended", is `P1Y`. "the past decade"
//!   is a duration, "the past year" (like "last year") a date. "the first nine months" is
//!   `P9M`.
//! - **Clock times** take the day named right after them ("noon Thursday"), else the last day
//!   named, else the anchor; without an anchor the date part is `XXXX-XX-XX`.
//! - **Approximators** ("nearly", "more than", "at least", `data/approximators.txt`; not
//!   "about", which TimeBank mostly leaves outside)
//!   join only a counted expression and give its mod, and never a day before a possessive
//!   ("get around [Wednesday]'s ruling"); position words ("early", "late", "mid",
//!   "the end of", `data/position_modifiers.txt`) join dates and give START, END or MID.
//! - **Year end.** "year-end", "year end", "year's end" are the anchor's year with mod `END`.
//! - **Weeks** are ISO weeks (`2024-W43`), as the TimeML guidelines write them; TimeBank's WSJ
//!   files often leave the week unresolved (`1989-WXX`), the other sources number it ("last
//!   week": 25 numbered against 16 not, so numbered). A bare "the week" ("for the week", "the
//!   week's most active session") is the week the story is about, which the gold leaves
//!   unnumbered every time: `YYYY-WXX` of the anchor's year; "the end of the week" is the
//!   anchor's week (mod `END`). "the week of March 6" is one
//!   expression, the ISO week of that day.
//! - **Names that look like times** are left out: a unit word capitalized inside running text
//!   is a title (ABC's "This Week", CBS's "60 Minutes"; a title-case headline keeps it), "a
//!   second" before a noun is the ordinal, "Sun," before no date is a name.
//! - **Not time expressions:** ages in any unit ("6-year-old", "52 years old", "a 6-month-old
//!   son"), rates ("$5 a year", "four flights a week", "24 hours a day"; but a duration
//!   with a period after it recurs: "up to 10 hours a day" is `PT10H` and a SET), fractions
//!   ("three-quarters", "more than a quarter of the market"). The contexts of
//!   `data/not_times.txt` veto what the grammar found: vague amounts ("a matter of days",
//!   "hundreds of years"), gaps between events ("minutes apart"), "the early hours of"
//!   (the day after is the expression), "average daily", idioms ("high noon"), and "today"
//!   meaning "these days" before a generic noun ("today's youth", "today's personal
//!   computers"). "Today" after an acronym is a name ("VOA Today", "USA Today"), and so
//!   are a capitalized recurrence word among capitals ("the New York Daily News") and a
//!   weekday between "the" and a capitalized word that tells no time ("the Sunday Times").
//!   "previously", "formerly", bare "future"/"recent" and "quarterly" are left out because
//!   TimeBank marks them rarely (bare "recent" about 6 times in 15, "previously" 3 in 23,
//!   "formerly" unmarked). "the past" before a count ("the past three summers") opens a
//!   counted period, never the vague `PAST_REF`. "now", "current", "currently" and
//!   "recently" stay although a third of them go unmarked: the gold marks them by document
//!   (of 59 documents with "now", 42 mark every one and 15 none), and no context told the
//!   unmarked ones apart.
//! - **"soon"** is `FUTURE_REF`, except in "as soon as", "soon after" (a bound set by another
//!   event) and in a clause whose nearest tense cue is past ("was soon released", "soon
//!   became"; irregular past forms are in `data/tense_cues.txt`).
//! - **"one day"** after a modal or a subject pronoun ("Islam will one day be", "the hope he
//!   one day follows", `data/someday_cues.txt`) is some day: `FUTURE_REF`; elsewhere `P1D`.
//! - **Holidays** on a weekday may count from a later day: Election Day is the first Tuesday
//!   from Nov. 2 (`11-2-1-2` in `data/holidays.txt`). "last Thanksgiving" is the latest one
//!   before the anchor, "next Christmas" the first after it.
//! - **"that same day"** is "the same day": the last day named.
//! - "May" and "March" alone are months only after a preposition, a modifier or "the" ("in
//!   May", "last March", "the March accession"); abbreviations need their period or a number
//!   ("Oct." / "Oct 28").

mod calendar;
mod lexicon;
mod scan;

use model::Timex;

/// Finds the time expressions of `text`. `published` is an ISO 8601 date or date-time
/// (`2024-10-23`, `2024-10-23T08:00:00Z`) or None when unknown.
///
/// The result is sorted, its spans never overlap, and every span lies on char boundaries
/// inside `text`.
pub fn find(text: &str, published: Option<&str>) -> Vec<Timex> {
    let lower = text.to_ascii_lowercase();
    scan::Scanner::new(text, &lower, published).run()
}

#[cfg(test)]
mod tests;
