//! Figures: the counted quantities of claims with their scope and time, and how figures
//! of one counted thing compare. See the crate docs for the rule.

use crate::cluster::fold_unit;
use crate::lexicon::LEXICON;
use crate::{has_phrase, ClaimInput, DocInput, Mention};
use model::Span;

/// A figure of one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimFigure {
    pub value: f64,
    pub high: Option<f64>,
    pub unit: String,
    /// The unit was read from the figure's context, not written beside it.
    pub unit_from_context: bool,
    pub approx: bool,
    /// How the figure is qualified in the text: "", "about", "more than", "up to", ...
    pub qualifier: String,
    pub scope: String,
    /// The scope without its time ("died"), empty when no scope word was found.
    pub scope_name: String,
    /// True when the scope's count only grows (`data/cumulative.txt`): a toll.
    pub cumulative: bool,
    /// True for the `total` class, false for `part`; None when no scope word was found.
    pub total: Option<bool>,
    /// A difference between two levels ("two metres above flood stage", "rose by 3
    /// percent"), not a level: compared only with other differences.
    pub difference: bool,
    pub time: Option<String>,
    pub text: String,
}

impl ClaimFigure {
    pub fn scope_class(&self) -> &'static str {
        if self.difference {
            return "difference";
        }
        match self.total {
            Some(true) => "total",
            Some(false) => "part",
            None => "unknown",
        }
    }
}

/// Where the clause holding `at` starts, not before `floor`: after the last clause mark.
fn clause_start(text: &str, floor: usize, at: usize) -> usize {
    text[floor..at]
        .char_indices()
        .rev()
        .find(|(_, c)| CLAUSE_MARKS.contains(c) && *c != '.')
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// Where the clause holding `at` ends, not after `ceiling`: at the next clause mark.
fn clause_end(text: &str, at: usize, ceiling: usize) -> usize {
    text[at..ceiling]
        .char_indices()
        .find(|(_, c)| CLAUSE_MARKS.contains(c) && *c != '(')
        .map_or(ceiling, |(i, _)| at + i)
}

/// Marks that end a clause for the scope of a figure.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '\u{2014}', '.'];

/// A count implied by an ordinal before a toll noun ("a third death": 3 people died), with
/// the span from the ordinal to the noun.
#[derive(Debug, Clone, PartialEq)]
pub struct OrdinalCount {
    pub span: Span,
    pub value: f64,
    pub unit: String,
    pub scope: String,
}

/// The ordinal counts inside `span` of `text` (`data/ordinal_counts.txt`): a determiner, an
/// ordinal ("third", "3rd") and a toll noun ("death", "victim").
pub fn ordinal_counts(text: &str, span: Span) -> Vec<OrdinalCount> {
    let Some(part) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in part
        .char_indices()
        .chain(std::iter::once((part.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push((s, &part[s..i]));
        }
    }
    let mut out = Vec::new();
    for w in words.windows(3) {
        let [(_, det), (at, ordinal), (noun_at, noun)] = [w[0], w[1], w[2]];
        if !matches!(det.to_lowercase().as_str(), "a" | "an" | "the") {
            continue;
        }
        let ordinal = ordinal.to_lowercase();
        let value = LEXICON.ordinals.get(&ordinal).copied().or_else(|| {
            let digits = ordinal.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &ordinal[digits.len()..];
            let n: f64 = digits.parse().ok()?;
            matches!(suffix, "st" | "nd" | "rd" | "th").then_some(n)
        });
        let Some(value) = value.filter(|v| *v >= 2.0) else {
            continue;
        };
        let Some((unit, scope)) = LEXICON.ordinal_nouns.get(&noun.to_lowercase()) else {
            continue;
        };
        out.push(OrdinalCount {
            span: Span::new(span.start + at, span.start + noun_at + noun.len()),
            value,
            unit: unit.clone(),
            scope: scope.clone(),
        });
    }
    out
}

/// The counted thing of a bare number from the verb right after it (`data/verb_subjects.txt`:
/// "4,000 evacuated" counts people), the verb ending before `ceiling`.
pub(crate) fn subject_of_next_verb(text: &str, at: usize, ceiling: usize) -> Option<String> {
    let rest = text.get(at..ceiling.min(text.len()))?;
    let trimmed = rest.trim_start();
    // Only a space between: "4,000, evacuated" or "4,000 more evacuated" is not this form.
    if trimmed.len() == rest.len() || rest[..rest.len() - trimmed.len()].contains('\n') {
        return None;
    }
    let word: String = trimmed
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    LEXICON.verb_subjects.get(&word).cloned()
}

/// One figure found in a claim before its scope is read: span, value, high end, unit,
/// approximate, a scope the figure brings itself (an ordinal's), and whether the unit was
/// read from the figure's context.
type RawFigure = (Span, f64, Option<f64>, String, bool, Option<String>, bool);

/// Whether the quantity at `span` is written as a percentage ("25%", "25 percent", "25 per
/// cent"), not as a fraction or a ratio.
fn told_in_percent(text: &str, span: Span) -> bool {
    let Some(words) = text.get(span.start..span.end) else {
        return true;
    };
    let words = words.to_lowercase();
    words.contains('%') || words.contains("percent") || words.contains("per cent")
}

/// The figures of a claim, each with the scope read from the words of its clause between
/// the neighbouring figures. Quantities inside `nested` (the contents of claims embedded in
/// this one) belong to those claims and are left out. An ordinal count ("a third death")
/// is a figure too, and a quantity inside it (a misread fraction) is not.
pub fn figures_of(doc: &DocInput, claim: &ClaimInput, nested: &[Span]) -> Vec<ClaimFigure> {
    // A relay's content says who passed a claim on ("citing two officials"), not what the
    // claim counts; the claims it carries have the figures.
    if claim.kind == model::AttributionKind::Relay {
        return Vec::new();
    }
    let text = &doc.text;
    let ordinals = ordinal_counts(text, claim.content);
    let mut raw: Vec<RawFigure> = Vec::new();
    for m in &claim.mentions {
        let Mention::Quantity {
            span,
            value,
            high,
            unit,
            approx,
            unit_from_context,
        } = m
        else {
            continue;
        };
        // ("11 were killed": the unit is the verb's subject, read from the context.)
        let (unit, unit_from_context) = match unit {
            Some(unit) => (unit.clone(), *unit_from_context),
            None => match subject_of_next_verb(text, span.end, claim.content.end) {
                Some(subject) => (subject, true),
                None => continue,
            },
        };
        if ordinals.iter().any(|o| o.span.overlaps(*span)) {
            continue;
        }
        // "one in four patients", "a third of the staff": a share told as a fraction carries
        // its fraction (0.25) with a percentage's unit ("% patient", the notation of
        // NewsQuant); in percent it compares and reads as "25% of patients" does.
        let (value, high) = if unit.starts_with('%') && !told_in_percent(text, *span) {
            (value * 100.0, high.map(|h| h * 100.0))
        } else {
            (*value, *high)
        };
        raw.push((
            *span,
            value,
            high,
            fold_unit(&unit),
            *approx,
            None,
            unit_from_context,
        ));
    }
    for o in &ordinals {
        raw.push((
            o.span,
            o.value,
            None,
            fold_unit(&o.unit),
            false,
            Some(o.scope.clone()),
            false,
        ));
    }
    raw.sort_by_key(|r| (r.0.start, r.0.end));
    let timexes: Vec<(&Mention, usize)> = claim
        .mentions
        .iter()
        .filter(|m| matches!(m, Mention::Timex { .. }))
        .map(|m| (m, m.span().start))
        .collect();
    let mut out = Vec::new();
    for (k, (span, value, high, unit, approx, own_scope, unit_from_context)) in
        raw.iter().enumerate()
    {
        let inside = claim.content.start <= span.start
            && span.end <= claim.content.end
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end);
        if !inside || !value.is_finite() || nested.iter().any(|n| n.contains(*span)) {
            continue;
        }
        if LEXICON.skip_units.contains(unit) {
            continue;
        }
        // ("far more than the roughly 4,000 counted by the ministry": the ministry's figure.)
        let after = text[span.end..claim.content.end.max(span.end)]
            .chars()
            .take(24)
            .collect::<String>()
            .to_lowercase();
        let after = format!("{after} ");
        if LEXICON
            .cited_figure_cues
            .iter()
            .any(|cue| after.starts_with(cue.as_str()))
        {
            continue;
        }
        let floor = if k > 0 {
            raw[k - 1].0.end.clamp(claim.content.start, span.start)
        } else {
            claim.content.start
        };
        let ceiling = raw.get(k + 1).map_or(claim.content.end, |n| {
            n.0.start.clamp(span.end, claim.content.end)
        });
        if !text.is_char_boundary(floor) || !text.is_char_boundary(ceiling) {
            continue;
        }
        let from = clause_start(text, floor, span.start);
        let to = clause_end(text, span.end, ceiling);
        // The figure's own words count too: "about 4,000 evacuees" names its scope.
        let window = format!(
            " {} {} {} ",
            &text[from..span.start],
            &text[span.start..span.end],
            &text[span.end..to]
        )
        .to_lowercase();
        let mut scope = String::new();
        let mut total = None;
        for (name, is_total, cues) in &LEXICON.scopes {
            let named = own_scope.as_deref() == Some(name.as_str());
            if named || (own_scope.is_none() && cues.iter().any(|c| has_phrase(&window, c))) {
                scope = name.clone();
                total = Some(*is_total);
                break;
            }
        }
        let difference = is_difference(&text[from..span.start], &text[span.end..to]);
        if difference {
            scope = "difference".to_string();
            total = None;
        }
        let scope_name = scope.clone();
        let time = timexes
            .iter()
            .filter(|(_, s)| *s >= from && *s < to.max(from))
            .map(|(t, _)| match t {
                Mention::Timex {
                    value, modifier, ..
                } => {
                    let by = modifier.as_deref().is_some_and(|m| m.contains("BEFORE"));
                    if by {
                        format!("by {value}")
                    } else {
                        value.clone()
                    }
                }
                _ => String::new(),
            })
            .next();
        if let Some(t) = &time {
            scope = if scope.is_empty() {
                t.clone()
            } else {
                format!("{scope} {t}")
            };
        }
        out.push(ClaimFigure {
            value: *value,
            high: high.filter(|h| h.is_finite() && *h != *value),
            unit: unit.clone(),
            unit_from_context: *unit_from_context,
            approx: *approx,
            cumulative: LEXICON.cumulative.contains(&scope_name),
            scope_name,
            scope,
            total,
            difference,
            time,
            qualifier: qualifier_of(&text[span.start..span.end], *approx),
            text: text[span.start..span.end].to_string(),
        });
    }
    out
}

/// Whether the words right before a figure (`before`) or right after it (`after`) make it a
/// difference between levels (`data/differences.txt`).
fn is_difference(before: &str, after: &str) -> bool {
    let lex = &LEXICON.differences;
    let after = format!(" {} ", after.trim_start().to_lowercase());
    let before = format!(" {} ", before.trim_end().to_lowercase());
    let opens = |phrase: &String| after.starts_with(phrase.as_str());
    if lex.levels.iter().any(opens) {
        return false;
    }
    lex.after.iter().any(opens)
        || lex
            .before
            .iter()
            .any(|phrase| before.ends_with(phrase.as_str()))
}

/// True when two figures' values (or ranges) do not overlap within 2% of the larger.
pub fn values_differ(a: (f64, Option<f64>), b: (f64, Option<f64>)) -> bool {
    let (alo, ahi) = (a.0, a.1.unwrap_or(a.0).max(a.0));
    let (blo, bhi) = (b.0, b.1.unwrap_or(b.0).max(b.0));
    let tolerance = 0.02 * ahi.abs().max(bhi.abs());
    alo > bhi + tolerance || blo > ahi + tolerance
}

/// How an approximate figure reads: the bound its text opens with ("more than", "up to",
/// `data/bounds.txt`), else "about"; empty for an exact figure.
pub fn qualifier_of(text: &str, approx: bool) -> String {
    if !approx {
        return String::new();
    }
    let lower = text.trim_start().to_lowercase();
    LEXICON
        .bounds
        .iter()
        .find(|b| {
            lower
                .strip_prefix(b.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
        })
        .cloned()
        .unwrap_or_else(|| "about".to_string())
}

/// A figure with its counted thing as a reader says it: "about 4,000 people", "1 boat",
/// "7.2 metres" (plurals from `data/plurals.txt`, else the regular ending).
pub fn figure_with_unit(value: f64, high: Option<f64>, qualifier: &str, unit: &str) -> String {
    let number = format_figure(value, high, qualifier);
    if unit.is_empty() {
        return number;
    }
    // "25 percentages" reads as "25%".
    if matches!(unit, "percentage" | "percent") {
        return format!("{number}%");
    }
    format!("{number} {}", unit_as_counted(value, high, unit))
}

/// The same for a figure of a [`Figure`](crate::Figure): a unit read from the figure's
/// context stands in square brackets, as an editor marks words that are not the source's
/// ("11 [people]").
pub fn figure_with_marked_unit(figure: &crate::Figure) -> String {
    let (value, high) = (figure.value, figure.high);
    if !figure.unit_from_context || figure.unit.is_empty() {
        return figure_with_unit(value, high, &figure.qualifier, &figure.unit);
    }
    let unit = if matches!(figure.unit.as_str(), "percentage" | "percent") {
        "%".to_string()
    } else {
        unit_as_counted(value, high, &figure.unit)
    };
    format!("{} [{unit}]", format_figure(value, high, &figure.qualifier))
}

/// A unit as it reads after its figure: singular after one, plural otherwise.
fn unit_as_counted(value: f64, high: Option<f64>, unit: &str) -> String {
    let one = value == 1.0 && high.is_none_or(|h| h == 1.0);
    if one {
        unit.to_string()
    } else {
        plural(unit)
    }
}

/// A figure's unit as a table cell shows it: in square brackets when it was read from the
/// figure's context.
pub fn unit_cell(figure: &crate::Figure) -> String {
    if figure.unit_from_context && !figure.unit.is_empty() {
        format!("[{}]", figure.unit)
    } else {
        figure.unit.clone()
    }
}

/// The line a brief prints under a table of figures when some unit is bracketed.
pub const INFERRED_UNIT_LEGEND: &str =
    "[unit]: read from the figure's context, not written beside it";

/// The plural of a counted thing's name; the last word of a longer name takes it.
fn plural(unit: &str) -> String {
    let (head, last) = match unit.rfind(' ') {
        Some(at) => unit.split_at(at + 1),
        None => ("", unit),
    };
    let lower = last.to_lowercase();
    let regular = || {
        let ends = |s: &str| lower.ends_with(s);
        let consonant_y =
            ends("y") && !lower[..lower.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
        if consonant_y {
            format!("{}ies", &last[..last.len() - 1])
        } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| ends(e)) {
            format!("{last}es")
        } else {
            format!("{last}s")
        }
    };
    // Codes and symbols ("USD", "%"), and names already plural, stay.
    let invariant = !last.chars().any(|c| c.is_lowercase()) || lower.ends_with('s');
    let last = match LEXICON.plurals.get(&lower) {
        Some(irregular) => irregular.clone(),
        None if invariant => last.to_string(),
        None => regular(),
    };
    format!("{head}{last}")
}

/// Formats a figure for people: "10,000", "5,000-6,000", "about 4,000".
pub fn format_value(value: f64, high: Option<f64>, approx: bool) -> String {
    format_figure(value, high, if approx { "about" } else { "" })
}

/// Formats a figure with the words that qualify it: "more than 300", "up to 15,000".
pub fn format_figure(value: f64, high: Option<f64>, qualifier: &str) -> String {
    fn one(v: f64) -> String {
        if v.fract() != 0.0 || v.abs() >= 1e15 {
            return format!("{v}");
        }
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            format!("-{out}")
        } else {
            out
        }
    }
    let mut s = one(value);
    if let Some(h) = high.filter(|h| *h != value) {
        s = format!("{s}-{}", one(h));
    }
    if !qualifier.is_empty() {
        s = format!("{qualifier} {s}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinal_before_a_toll_noun_is_a_count() {
        let text = "Officials confirmed a fifth death on Sunday.";
        let found = ordinal_counts(text, Span::new(0, text.len()));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, 5.0);
        assert_eq!(found[0].unit, "person");
        assert_eq!(found[0].scope, "died");
        assert_eq!(found[0].span.of(text), "fifth death");
    }

    #[test]
    fn a_bare_number_before_a_participle_counts_its_subject() {
        let text = "Governor says 1,200 evacuated after the levee broke";
        let at = text.find("1,200").unwrap() + "1,200".len();
        assert_eq!(
            subject_of_next_verb(text, at, text.len()).as_deref(),
            Some("person")
        );
        let text = "Council sets 300 aside for repairs";
        let at = text.find("300").unwrap() + 3;
        assert_eq!(subject_of_next_verb(text, at, text.len()), None);
        // Not across a comma, nor past the end of the content.
        let text = "In 2024, evacuated towns";
        assert_eq!(subject_of_next_verb(text, 7, text.len()), None);
        assert_eq!(subject_of_next_verb("12 killed", 2, 5), None);
    }

    #[test]
    fn digit_ordinals_count_and_other_nouns_do_not() {
        let text = "the 3rd victim was found near a second bridge";
        let found = ordinal_counts(text, Span::new(0, text.len()));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].value, 3.0);
    }

    #[test]
    fn a_bounded_figure_reads_with_its_bound() {
        assert_eq!(qualifier_of("more than 300 rescues", true), "more than");
        assert_eq!(qualifier_of("Up to 15,000 crowns", true), "up to");
        assert_eq!(qualifier_of("some 200 people", true), "about");
        assert_eq!(qualifier_of("overall 200 people", true), "about");
        assert_eq!(qualifier_of("300 rescues", false), "");
        assert_eq!(format_figure(300.0, None, "more than"), "more than 300");
    }

    #[test]
    fn a_comparison_or_a_change_makes_a_difference_but_sea_level_does_not() {
        assert!(is_difference("crested ", " above flood stage"));
        assert!(is_difference("the toll rose by ", " overnight"));
        assert!(is_difference("", " more than last year"));
        assert!(!is_difference("", " above sea level"));
        assert!(!is_difference("more than ", " people"));
        assert!(!is_difference("", " abovementioned"));
    }

    #[test]
    fn counted_things_read_in_the_plural_after_numbers_other_than_one() {
        assert_eq!(
            figure_with_unit(4000.0, None, "about", "person"),
            "about 4,000 people"
        );
        assert_eq!(figure_with_unit(1.0, None, "", "boat"), "1 boat");
        assert_eq!(figure_with_unit(7.2, None, "", "metre"), "7.2 metres");
        assert_eq!(
            figure_with_unit(3.0, None, "", "thermal-imaging drone"),
            "3 thermal-imaging drones"
        );
        assert_eq!(figure_with_unit(2.0, None, "", "inch"), "2 inches");
        assert_eq!(figure_with_unit(2.0, None, "", "casualty"), "2 casualties");
        assert_eq!(figure_with_unit(2e9, None, "", "USD"), "2,000,000,000 USD");
        assert_eq!(figure_with_unit(12.0, None, "", "% nurse"), "12 % nurses");
        assert_eq!(
            figure_with_unit(25.0, None, "about", "percentage"),
            "about 25%"
        );
    }

    #[test]
    fn a_share_told_as_a_fraction_is_not_told_in_percent() {
        let text = "One in four patients, or 25% of them, and 30 percent of staff.";
        let span_of = |s: &str| {
            let start = text.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        assert!(!told_in_percent(text, span_of("One in four patients")));
        assert!(told_in_percent(text, span_of("25%")));
        assert!(told_in_percent(text, span_of("30 percent")));
    }
}
