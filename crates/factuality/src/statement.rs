//! Judging one stretch of tokens: which hedges, negations and conditions govern it.

use crate::lexicon::{lookup, StatementLexicon, STATEMENT};
use model::{Certainty, Factuality, Polarity, Segmentation, Span, Token, TokenKind};

/// What the words of a stretch say about its factuality, before the cue is taken into account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Judgement {
    /// The first hedge of the main clause, if any.
    pub(crate) hedge: Option<Certainty>,
    pub(crate) negated: bool,
    pub(crate) conditional: bool,
    /// "would" before an evaluative verb, with no "if": a hypothetical evaluation.
    pub(crate) hypothetical: bool,
}

impl Judgement {
    pub(crate) fn factuality(&self) -> Factuality {
        let unconditioned_hypothesis = self.hypothetical && self.hedge.is_none();
        let certainty = match self.hedge {
            Some(level) => level,
            None if self.conditional || self.hypothetical => Certainty::Underspecified,
            None => Certainty::Certain,
        };
        Factuality {
            certainty,
            polarity: if self.negated {
                Polarity::Negative
            } else {
                Polarity::Positive
            },
            conditional: self.conditional || unconditioned_hypothesis,
        }
    }
}

/// How sure each level is, for taking the weaker of two.
pub(crate) fn strength(level: Certainty) -> u8 {
    match level {
        Certainty::Certain => 3,
        Certainty::Probable => 2,
        Certainty::Possible => 1,
        Certainty::Underspecified => 0,
    }
}

pub(crate) fn weaker(a: Certainty, b: Certainty) -> Certainty {
    if strength(a) <= strength(b) {
        a
    } else {
        b
    }
}

/// Punctuation that closes a relative clause or a parenthesis.
pub(crate) fn is_clause_break(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && breaks_clause(token.span.of(text))
}

/// Whether a punctuation token reading `word` closes a relative clause or a parenthesis (for
/// callers that hold the token's text already).
pub(crate) fn breaks_clause(word: &str) -> bool {
    matches!(
        word,
        "," | ";" | ":" | "(" | ")" | "\u{2014}" | "\u{2013}" | "--" | "-"
    )
}

/// The tokens that lie wholly inside `span`.
pub(crate) fn tokens_in(segmentation: &Segmentation, span: Span) -> &[Token] {
    let tokens = &segmentation.tokens;
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let end = tokens.partition_point(|t| t.span.end <= span.end);
    if first >= end {
        &[]
    } else {
        &tokens[first..end]
    }
}

/// Ids of `tokens` in the statement lexicon; clause-breaking punctuation gets `BREAK`.
pub(crate) const BREAK: u32 = u32::MAX - 1;

pub(crate) fn ids_of(text: &str, tokens: &[Token], lex: &StatementLexicon, out: &mut Vec<u32>) {
    out.clear();
    out.extend(tokens.iter().map(|t| {
        if is_clause_break(text, t) {
            BREAK
        } else if let Some(word) = text.get(t.span.start..t.span.end) {
            lookup(&lex.ids, word)
        } else {
            crate::lexicon::UNKNOWN
        }
    }));
}

/// Reads the main clause of a statement given as lexicon ids, left to right.
///
/// Scope rules: a relative clause ("who could study ...") is skipped up to the next clause
/// break, or up to an auxiliary or modal after the clause's own verb (`data/
/// relative_verb_group.txt`: "the plan that was drafted [would] not pass"); a nested reporting verb after the first word ("the agency told ... that X") ends the
/// scan, since what follows is another source's statement; "not only" and "not ... but
/// rather" do not negate; a hedge phrase that holds a negator ("could not verify") is one
/// hedge, not a negation.
pub(crate) fn judge(ids: &[u32]) -> Judgement {
    let lex = &*STATEMENT;
    let mut judgement = Judgement::default();
    let mut negations = 0usize;
    let mut contrast = false;
    let mut in_relative = false;
    // Whether the relative clause is its subject's ("who was arrested", "that had been
    // paid", "which is"): only then does an auxiliary after its verb resume the main clause
    // ("where about 150 residents were believed" keeps "were" in the clause).
    let mut subject_relative = false;
    // Whether the relative clause's own verb (or any word past its verb group) has come.
    let mut relative_verb_passed = false;
    let mut i = 0;
    while i < ids.len() {
        let id = ids[i];
        if id == BREAK {
            in_relative = false;
            i += 1;
            continue;
        }
        if in_relative {
            let auxiliary = lex.relative_ends.match_at(ids, i).is_some();
            if !(auxiliary && relative_verb_passed && subject_relative) {
                let in_verb_group = auxiliary
                    || lex.negators.match_at(ids, i).is_some()
                    || lex.relative_adverbs.match_at(ids, i).is_some();
                relative_verb_passed |= !in_verb_group;
                i += 1;
                continue;
            }
            // "the plan that was drafted would not pass": the main clause goes on here.
            in_relative = false;
        }
        // A word that opens no phrase of the tables below (and is no "would") changes
        // nothing: most words, skipped without their look-ups.
        let may_open = lex.opens_phrase.get(id as usize).copied().unwrap_or(false);
        if !may_open && id != lex.would {
            i += 1;
            continue;
        }
        if let Some((len, ())) = lex.relatives.match_at(ids, i).filter(|_| i > 0) {
            in_relative = true;
            relative_verb_passed = false;
            subject_relative = len > 1
                || id == lex.who
                || id == lex.which && lex.relative_ends.match_at(ids, i + 1).is_some();
            i += len;
            continue;
        }
        if i > 0 && lex.reporting.match_at(ids, i).is_some() {
            break;
        }
        if let Some((len, ())) = lex.negation_exceptions.match_at(ids, i) {
            i += len;
            continue;
        }
        if let Some((len, ())) = lex.contrasts.match_at(ids, i) {
            contrast = true;
            i += len;
            continue;
        }
        if let Some((len, ())) = lex.conditionals.match_at(ids, i) {
            judgement.conditional = true;
            i += len;
            continue;
        }
        if let Some((len, level)) = lex.hedges.match_at(ids, i) {
            // "its estimate", "the forecast": a hedge word used as a noun hedges nothing.
            if len == 1 && i > 0 && lex.noun_markers.match_at(ids, i - 1).is_some() {
                i += 1;
                continue;
            }
            // A negative hedge ("unlikely") also negates.
            if len == 1 && lex.negators.match_at(ids, i).is_some() {
                negations += 1;
            }
            judgement.hedge.get_or_insert(level);
            i += len;
            continue;
        }
        if id == lex.would && would_evaluates(ids, i + 1) {
            judgement.hypothetical = true;
            i += 1;
            continue;
        }
        if let Some((len, ())) = lex.negators.match_at(ids, i) {
            negations += 1;
            i += len;
            continue;
        }
        i += 1;
    }
    judgement.negated = negations % 2 == 1 && !contrast;
    judgement
}

/// Whether an evaluative verb follows "would" within two words ("would mark", "would not be").
fn would_evaluates(ids: &[u32], from: usize) -> bool {
    let lex = &*STATEMENT;
    (from..ids.len().min(from + 2)).any(|j| lex.evaluative_after_would.match_at(ids, j).is_some())
}

/// What the cue's own words say: its hedge level and whether it denies.
pub(crate) fn judge_cue(ids: &[u32]) -> (Option<Certainty>, bool) {
    let lex = &*STATEMENT;
    let mut level = None;
    let mut denies = false;
    let mut i = 0;
    while i < ids.len() {
        if let Some((len, found)) = lex.hedges.match_at(ids, i) {
            level = Some(level.map_or(found, |l| weaker(l, found)));
            i += len;
        } else if let Some((len, ())) = lex.negative_cues.match_at(ids, i) {
            denies = true;
            i += len;
        } else {
            i += 1;
        }
    }
    (level, denies)
}

pub(crate) fn assess(
    text: &str,
    segmentation: &Segmentation,
    span: Span,
    cue: Option<Span>,
) -> Factuality {
    let lex = &*STATEMENT;
    let mut ids = Vec::new();
    ids_of(text, tokens_in(segmentation, span), lex, &mut ids);
    let mut factuality = judge(&ids).factuality();
    if let Some(cue) = cue {
        ids_of(text, tokens_in(segmentation, cue), lex, &mut ids);
        let (level, denies) = judge_cue(&ids);
        if let Some(level) = level {
            factuality.certainty = weaker(factuality.certainty, level);
        }
        if denies {
            factuality.polarity = match factuality.polarity {
                Polarity::Negative => Polarity::Positive,
                _ => Polarity::Negative,
            };
        }
    }
    factuality
}
