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
//!   nearest tense cue in its clause (`data/tense_cues.txt`, plus regular `-ed` past forms):
//!   a future cue ("will", "expected", "scheduled", an infinitive just before: "set to resume
//!   Monday") picks the next such day, otherwise (past cue, or none: news mostly reports what
//!   happened) the last one. "Wednesday's ruling" is always the last one. The anchor's own weekday
//!   is the anchor's day either way ("told lawmakers on Wednesday", published on a Wednesday).
//! - **Month and day without a year** ("Oct. 28", "June") take the occurrence from seven
//!   months before the anchor to four after: reports look back further than ahead (tense
//!   cues did worse here on TimeBank than nearness). After "by"/"until" it is a deadline: the
//!   anchor's month or the next such one.
//!   "last April" is the latest April before the anchor's month, "next April" the first after.
//! - **"by December"** keeps "by" outside the span and sets mod `ON_OR_BEFORE`.
//! - **Reference day.** "the same day", "that day", "the next day" lean on the last day named
//!   or resolved in the text (the anchor before any). "N units after/before" is one
//!   expression only after a verb that dates its subject by the clause that follows ("the
//!   report came [a day after] X said": X's day is the report's day minus one); elsewhere the
//!   count alone is a duration ("two days" after ...), as in TimeBank.
//! - **Narrative time.** "that year", "the following year", "the previous month" count from
//!   the last point named in the text ("in May 1995 ... the following year" is 1996), else
//!   from the anchor. "the previous Friday" is the Friday before the last day named.
//! - **Spelled-out years** ("nineteen ninety-four") are years anywhere; "two thousand" only
//!   after "the year", a month, a season or "of" (alone it usually counts things). Decades in
//!   words need "the" ("the nineties"; "in her forties" is an age).
//! - **Financial quarters.** "the quarter", "the latest quarter" are the last quarter named,
//!   else the quarter before the anchor's; "third quarter" without a year is the anchor's
//!   year unless that quarter has not begun yet (then the year before). Once a quarter is under
//!   report, "a year earlier", "a year ago" and "year-earlier" mean that quarter a year before
//!   (TimeBank's reading of earnings reports). "the 1988 period", "the quarter a year ago",
//!   "the corresponding period last year" and "last year's quarter" are that quarter in the
//!   year named; such comparisons never become the quarter under report. "the current
//!   quarter" is the anchor's own.
//! - **Clock times** keep a following zone inside ("5 p.m. EST") and take a day named after
//!   them ("5 p.m. EST, Nov. 9"); a part of the day before a day ("mid-afternoon yesterday")
//!   is a time of that day.
//! - **"N units ago"** is a date at the unit's granularity ("two years ago" a year, "five
//!   months ago" a month); vague counts ("several years ago") are `PAST_REF`.
//! - **Durations** are `P<n><unit>`; decades count years ("two decades" `P20Y`), vague counts
//!   get X ("years", "recent weeks", "several months": `PXY`, `PXW`, `PXM`). "the past decade"
//!   is a duration, "the past year" (like "last year") a date. "the first nine months" is
//!   `P9M`.
//! - **Clock times** take the day named right after them ("noon Thursday"), else the last day
//!   named, else the anchor; without an anchor the date part is `XXXX-XX-XX`.
//! - **Approximators** ("nearly", "more than", "at least", `data/approximators.txt`; not
//!   "about", which TimeBank mostly leaves outside)
//!   join only a counted expression and give its mod; position words ("early", "late", "mid",
//!   "the end of", `data/position_modifiers.txt`) join dates and give START, END or MID.
//! - **Not time expressions:** ages ("6-year-old", "52 years old"), rates ("$5 a year",
//!   "four flights a week"), fractions ("three-quarters"); "previously", "soon", bare
//!   "future"/"recent" and "quarterly" are left out because TimeBank marks them rarely.
//! - "May" and "March" alone are months only after a preposition or modifier ("in May",
//!   "last March"); abbreviations need their period or a number ("Oct." / "Oct 28").

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
    scan::Scanner::new(text, published).run()
}

#[cfg(test)]
mod tests;
