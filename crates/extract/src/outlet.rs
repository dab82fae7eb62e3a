//! Statements in the outlet's own voice that carry a counted figure ("Three people have died
//! in the floods."): the reporter states them without naming a source, so the attribution
//! layer holds none of them, yet they are what a reader takes for the state of things.
//!
//! Policy:
//! - A figure counts when its quantity has a unit that is not a span of time or an age
//!   (`data/uncounted_units.txt`); quantities inside a date or clock time are already gone.
//! - A figure inside any attribution's source, cue or content is the attributed source's,
//!   not the outlet's: it is left out.
//! - The statement is the stretch of the figure's sentence between the nearest attribution
//!   spans on either side (the whole sentence when it holds none), trimmed of edge spaces and
//!   punctuation. Figures of one stretch make one statement.
//! - A stretch that opens or closes on a quotation mark is somebody's words whose cue was not
//!   found, not the outlet's voice: left out. So is a stretch of fewer than three words.
//! - Its factuality is judged like an attribution's content, with no cue.
//!
//! These statements are stored as claims without an attribution; they are never part of the
//! FORMAT.md `attributions` layer.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use model::{Attribution, Factuality, Quantity, Segmentation, Span};

/// A statement in the outlet's own voice with a counted figure.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletStatement {
    /// Byte offsets of the statement in the text.
    pub span: Span,
    pub factuality: Factuality,
}

/// The entries of a data file: one per line, blank lines and `#` comments skipped.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static UNCOUNTED_UNITS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/uncounted_units.txt")).collect());

static CLAUSE_JOINERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/clause_joiners.txt")).collect());

/// `body` without edge punctuation, and without a joining word at an end where an
/// attribution was cut off (`cut_left`, `cut_right`), as (offset, length).
fn trim_edges(body: &str, cut_left: bool, cut_right: bool) -> (usize, usize) {
    let (mut start, mut end) = (0, body.len());
    loop {
        let Some(inner) = body.get(start..end) else {
            return (start, 0);
        };
        let lead = inner.len() - inner.trim_start_matches(is_edge).len();
        let inner = inner.trim_start_matches(is_edge).trim_end_matches(is_edge);
        start += lead;
        end = start + inner.len();
        let lower = inner.to_lowercase();
        let joiner_len = |at_end: bool| {
            CLAUSE_JOINERS.iter().find_map(|j| {
                let hit = if at_end {
                    lower.ends_with(j)
                        && lower[..lower.len() - j.len()].ends_with(char::is_whitespace)
                } else {
                    lower.starts_with(j) && lower[j.len()..].starts_with(char::is_whitespace)
                };
                hit.then_some(j.len())
            })
        };
        // Lower-casing keeps the length of ASCII joiners; a text whose lower case differs in
        // length is left as it is rather than cut off a boundary.
        if lower.len() != inner.len() {
            return (start, end - start);
        }
        if let Some(n) = joiner_len(false).filter(|_| cut_left) {
            start += n;
        } else if let Some(n) = joiner_len(true).filter(|_| cut_right) {
            end -= n;
        } else {
            return (start, end - start);
        }
    }
}

fn counted(q: &Quantity) -> bool {
    q.value.is_finite()
        && q.unit.as_deref().is_some_and(|u| {
            let lower = u.to_lowercase();
            !UNCOUNTED_UNITS.contains(lower.as_str())
                && !UNCOUNTED_UNITS.contains(lower.trim_end_matches('s'))
        })
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\''
    )
}

/// Edge characters trimmed off a statement: spaces and clause punctuation.
fn is_edge(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';' | ':' | '.' | '-' | '\u{2013}' | '\u{2014}' | '(' | ')'
        )
}

/// The statements of `text` in the outlet's own voice that carry a counted figure, in text
/// order. Never panics; every span lies on char boundaries inside `text`.
pub fn statements(
    text: &str,
    segmentation: &Segmentation,
    quantities: &[Quantity],
    attributions: &[Attribution],
) -> Vec<OutletStatement> {
    let mut blocks: Vec<Span> = Vec::with_capacity(attributions.len() * 3);
    for a in attributions {
        blocks.push(a.content_span);
        blocks.push(a.cue_span);
        blocks.extend(a.source_span);
    }
    blocks.retain(|b| b.start < b.end && b.end <= text.len());
    let mut out: Vec<OutletStatement> = Vec::new();
    // The stretches already read: figures of one stretch give one statement, and a long
    // table of figures in one sentence is read once, not once a figure.
    let mut read: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for q in quantities {
        if !counted(q) || q.span.end > text.len() || blocks.iter().any(|b| b.overlaps(q.span)) {
            continue;
        }
        // (Sentences are in text order: the last one starting at or before the figure.)
        let at = segmentation
            .sentences
            .partition_point(|s| s.span.start <= q.span.start);
        let Some(sentence) = at
            .checked_sub(1)
            .and_then(|k| segmentation.sentences.get(k))
            .filter(|s| s.span.contains(q.span))
        else {
            continue;
        };
        let left = blocks
            .iter()
            .filter(|b| b.end <= q.span.start)
            .map(|b| b.end)
            .fold(sentence.span.start, usize::max);
        let right = blocks
            .iter()
            .filter(|b| b.start >= q.span.end)
            .map(|b| b.start)
            .fold(sentence.span.end, usize::min);
        if !read.insert((left, right)) {
            continue;
        }
        let Some(stretch) = text.get(left..right) else {
            continue;
        };
        let (offset, len) = trim_edges(
            stretch,
            left > sentence.span.start,
            right < sentence.span.end,
        );
        let (start, end) = (left + offset, left + offset + len);
        let Some(body) = text.get(start..end) else {
            continue;
        };
        if start >= end || start > q.span.start || end < q.span.end {
            continue;
        }
        if body.starts_with(is_quote) || body.ends_with(is_quote) {
            continue;
        }
        let words = body
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words < 3 {
            continue;
        }
        let span = Span::new(start, end);
        if out.iter().any(|s| s.span == span) {
            continue;
        }
        let factuality = factuality::assess(text, segmentation, span, None);
        out.push(OutletStatement { span, factuality });
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{AttributionKind, Quantity};

    fn quantity(text: &str, needle: &str, value: f64, unit: &str) -> Quantity {
        let start = text.find(needle).expect("needle in text");
        Quantity {
            span: Span::new(start, start + needle.len()),
            value,
            high: None,
            unit: Some(unit.to_string()),
            approx: false,
            unit_from_context: false,
        }
    }

    fn said(text: &str, source: &str, cue: &str, content: &str) -> Attribution {
        let at = |n: &str| {
            let s = text.find(n).expect("part in text");
            Span::new(s, s + n.len())
        };
        Attribution {
            id: "a1".into(),
            source: source.into(),
            source_span: Some(at(source)),
            cue_span: at(cue),
            content_span: at(content),
            content_fragments: vec![at(content)],
            direct: false,
            anonymous: false,
            factuality: Factuality::default(),
            relayed_by: Vec::new(),
            audience: None,
            when: None,
            parent: None,
            kind: AttributionKind::Assertion,
        }
    }

    fn spans_of(text: &str, found: &[OutletStatement]) -> Vec<String> {
        found.iter().map(|s| s.span.of(text).to_string()).collect()
    }

    #[test]
    fn an_unattributed_sentence_with_a_count_is_the_outlets() {
        let text = "The storm has left nine people dead in the hills. Roads are shut.";
        let seg = text::segment(text);
        let q = quantity(text, "nine people", 9.0, "person");
        let found = statements(text, &seg, &[q], &[]);
        assert_eq!(
            spans_of(text, &found),
            ["The storm has left nine people dead in the hills"]
        );
    }

    #[test]
    fn figures_of_one_sentence_make_one_statement_in_the_second_sentence_too() {
        let text = "Roads are shut. The storm left nine people dead, 14 hurt and 300 homeless.";
        let seg = text::segment(text);
        let qs = [
            quantity(text, "nine people", 9.0, "person"),
            quantity(text, "14", 14.0, "person"),
            quantity(text, "300", 300.0, "person"),
        ];
        let found = statements(text, &seg, &qs, &[]);
        assert_eq!(
            spans_of(text, &found),
            ["The storm left nine people dead, 14 hurt and 300 homeless"]
        );
    }

    #[test]
    fn a_figure_inside_an_attribution_is_the_sources() {
        let text = "Nine people have died, the coroner said.";
        let seg = text::segment(text);
        let q = quantity(text, "Nine people", 9.0, "person");
        let a = said(text, "the coroner", "said", "Nine people have died");
        assert!(statements(text, &seg, &[q], &[a]).is_empty());
    }

    #[test]
    fn the_outlets_clause_beside_an_attribution_is_cut_at_it() {
        let text = "The fire destroyed 40 homes, and the mayor said help was coming.";
        let seg = text::segment(text);
        let q = quantity(text, "40 homes", 40.0, "home");
        let a = said(text, "the mayor", "said", "help was coming");
        let found = statements(text, &seg, &[q], &[a]);
        assert_eq!(spans_of(text, &found), ["The fire destroyed 40 homes"]);
    }

    #[test]
    fn spans_of_time_and_ages_are_not_counted_figures() {
        let text = "A 70-year-old man waited for three days on his roof.";
        let seg = text::segment(text);
        let age = quantity(text, "70-year-old", 70.0, "year-old");
        let days = quantity(text, "three days", 3.0, "day");
        assert!(statements(text, &seg, &[age, days], &[]).is_empty());
    }

    #[test]
    fn an_unattributed_quotation_is_not_the_outlets_voice() {
        let text = "\u{201c}We pulled 12 people out of the water.\u{201d}";
        let seg = text::segment(text);
        let q = quantity(text, "12 people", 12.0, "person");
        assert!(statements(text, &seg, &[q], &[]).is_empty());
    }

    #[test]
    fn two_figures_of_one_sentence_make_one_statement() {
        let text = "The quake destroyed 300 homes and 12 schools in the district.";
        let seg = text::segment(text);
        let a = quantity(text, "300 homes", 300.0, "home");
        let b = quantity(text, "12 schools", 12.0, "school");
        let found = statements(text, &seg, &[a, b], &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].factuality.certainty,
            model::Certainty::Certain,
            "a plain past statement is certain"
        );
    }

    #[test]
    fn a_hedged_outlet_statement_keeps_its_hedge() {
        let text = "The river could flood another 200 homes by Friday.";
        let seg = text::segment(text);
        let q = quantity(text, "200 homes", 200.0, "home");
        let found = statements(text, &seg, &[q], &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].factuality.certainty, model::Certainty::Possible);
    }

    proptest::proptest! {
        #[test]
        fn outlet_statements_never_panic_and_lie_on_char_boundaries(
            text in "[a-zA-Z0-9 ,.;\u{201c}\u{201d}\u{e9}\u{2014}]{0,120}"
        ) {
            let ann = crate::annotate(&text, Some("2025-03-05"), crate::Layers::STORED);
            for s in &ann.outlet_statements {
                proptest::prop_assert!(s.span.start < s.span.end && s.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s.span.start));
                proptest::prop_assert!(text.is_char_boundary(s.span.end));
            }
        }
    }
}
