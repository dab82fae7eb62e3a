//! Judging one stretch of tokens: which hedges, negations and conditions govern it.

use crate::events::verb_reading;
use crate::lexicon::{lookup, zero, StatementLexicon, STATEMENT};
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
/// The id of sentence-final punctuation: a statement's factuality is its first sentence's.
pub(crate) const SENTENCE_END: u32 = u32::MAX - 2;

///
/// A capitalized modal after the first word is a name or a month, not the modal ("last May",
/// "Will Jones"): it gets no id.
pub(crate) fn ids_of(text: &str, tokens: &[Token], lex: &StatementLexicon, out: &mut Vec<u32>) {
    out.clear();
    out.extend(tokens.iter().enumerate().map(|(k, t)| {
        if is_clause_break(text, t) {
            BREAK
        } else if t.kind == TokenKind::Punct && matches!(t.span.of(text), "." | "!" | "?") {
            SENTENCE_END
        } else if let Some(word) = text.get(t.span.start..t.span.end) {
            if k > 0 && matches!(word, "May" | "Will" | "Might" | "Can") {
                return crate::lexicon::UNKNOWN;
            }
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
/// relative_verb_group.txt`: "the plan that was drafted [would] not pass"); a nested
/// reporting verb after the first word ("the agency told ... that X"), a second complement
/// ("and that ...") or a trailing concession ("although ...") ends the scan, since what
/// follows is another statement (`clause_ends`); "not only" and "not ... but
/// rather" do not negate; a hedge phrase that holds a negator ("could not verify") is one
/// hedge, not a negation. A zero relative clause ("hamlets the ministry had not surveyed",
/// [`zero_relative_at`]) is skipped like a relative clause from its verb group on.
///
/// `tokens` are the tokens of `ids` in `text` (the zero relative rule reads their forms).
pub(crate) fn judge(ids: &[u32], text: &str, tokens: &[Token]) -> Judgement {
    let lex = &*STATEMENT;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.span.of(text));
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
    // Whether a condition's clause is being read ("if ministers did not cover the cost"): its
    // negations deny the condition, not the statement. It ends at a clause break.
    let mut in_condition = false;
    let mut i = 0;
    while i < ids.len() {
        let id = ids[i];
        // "Diplomats are welcome. Saboteurs are not.": a quotation of several sentences
        // takes its first sentence's factuality.
        if id == SENTENCE_END && i + 1 < ids.len() {
            break;
        }
        if id == BREAK {
            in_relative = false;
            in_condition = false;
            i += 1;
            continue;
        }
        if in_relative {
            // ("families who crossed over and have never been near a clinic": after "and"
            // the auxiliary opens the relative clause's second verb, not the main clause.)
            let coordinated = i > 0 && (ids[i - 1] == lex.and || ids[i - 1] == lex.or);
            // ("A rule that can sink a livelihood cannot be drafted": "cannot", a modal and
            // its negator in one word, resumes the main clause as "can" would.)
            let fused_modal = tokens
                .get(i)
                .is_some_and(|t| t.span.of(text).eq_ignore_ascii_case("cannot"));
            let auxiliary = (lex.relative_ends.match_at(ids, i).is_some()
                || fused_modal && relative_verb_passed)
                && !coordinated;
            if !(auxiliary && relative_verb_passed && subject_relative) {
                let in_verb_group = auxiliary
                    || lex.negators.match_at(ids, i).is_some()
                    || lex.relative_adverbs.match_at(ids, i).is_some();
                // "the money it did not have was spent": an auxiliary between a negator and
                // another auxiliary is the clause's own verb.
                let verb_after_negator = auxiliary
                    && i > 0
                    && lex.negators.match_at(ids, i - 1).is_some()
                    && lex.relative_ends.match_at(ids, i + 1).is_some();
                relative_verb_passed |= !in_verb_group || verb_after_negator;
                i += 1;
                continue;
            }
            // "the plan that was drafted would not pass": the main clause goes on here.
            in_relative = false;
        }
        let zero_role = lex.zero_roles.get(id as usize).copied().unwrap_or(0);
        if zero_role & (zero::VERB_GROUP | zero::NEGATOR) != 0
            && zero_relative_at(lex, ids, text, tokens, i)
        {
            // "the villages the teams could not reach were flooded": the clause's verb group
            // starts here, and an auxiliary after its verb resumes the main clause.
            in_relative = true;
            subject_relative = true;
            relative_verb_passed = false;
            continue;
        }
        // A word that opens no phrase of the tables below (and is no "would") changes
        // nothing: most words, skipped without their look-ups.
        let may_open = lex.opens_phrase.get(id as usize).copied().unwrap_or(false);
        if !may_open && id != lex.would && id != lex.or {
            i += 1;
            continue;
        }
        // ("“Whether it was the cause, I can't tell you”: a question that opens the
        // statement, after its quotation mark, is no embedded one.)
        let opening_whether = id == lex.whether
            && (i == 0
                || ids[i - 1] == BREAK
                || (0..i).all(|k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Quote)));
        if let Some((len, ())) = lex
            .relatives
            .match_at(ids, i)
            .filter(|_| i > 0 && !opening_whether)
        {
            in_relative = true;
            relative_verb_passed = false;
            subject_relative = len > 1
                || id == lex.who
                || id == lex.which && lex.relative_ends.match_at(ids, i + 1).is_some();
            i += len;
            continue;
        }
        // ("not X, but rather Y": the contrast is read before "but" can end the clause.)
        // ("Member states are expected to": a reporting verb's plural form after a
        // determiner or "member" is a noun.)
        let plural_noun = i > 0
            && word(i).ends_with('s')
            && (lex.noun_markers.match_at(ids, i - 1).is_some()
                || word(i - 1).eq_ignore_ascii_case("member"));
        if i > 0
            && lex.clause_ends.match_at(ids, i).is_some()
            && lex.contrasts.match_at(ids, i).is_none()
            && !plural_noun
        {
            break;
        }
        // "38,000 hectares have been flooded, and losses could exceed $76 million": "and"
        // after a comma opens a clause of its own; the statement is the first one. So does
        // "so" ("kept its backups offline, so the attackers never touched them"), not "as",
        // which opens a parenthesis as often ("If ..., as they did in 2022, many of us will
        // not"). ("“A,” he said, “and B”": quotation marks may stand between.)
        // ("We either act now, or there will be nothing left": so does "or".)
        // ("7,800 doctors, or roughly 62% of residents, had not": an apposition, unless a
        // subject follows.)
        let or_clause = id == lex.or
            && matches!(
                word(i + 1).to_ascii_lowercase().as_str(),
                "there" | "we" | "they" | "he" | "she" | "it" | "i" | "you" | "this"
            );
        let opens_clause = id == lex.and || or_clause || word(i) == "so";
        if i > 1
            && opens_clause
            && !in_relative
            && (0..i)
                .rev()
                .find(|&k| tokens.get(k).is_none_or(|t| t.kind != TokenKind::Quote))
                .is_some_and(|k| ids[k] == BREAK)
        {
            break;
        }
        // "the anchor had broken loose and the master had not noticed it": "and" before a
        // subject of its own and its auxiliary opens a second clause, once the first has had
        // its verb ("the company and the union had not agreed" is one clause).
        if id == lex.and && i > 1 && !in_relative {
            let subject_opens = matches!(
                word(i + 1).to_ascii_lowercase().as_str(),
                "the" | "its" | "his" | "her" | "their" | "he" | "she" | "they" | "it" | "we"
            );
            // ("were a sovereign matter and posed no threat": so does a second past verb of
            // the same subject.)
            let next_word = word(i + 1);
            let past_verb = next_word.len() > 4
                && next_word.ends_with("ed")
                && next_word.starts_with(|c: char| c.is_ascii_lowercase());
            // ("has released the funds and plans to send tents": and so does a hedging verb
            // of the same subject in the present, "plans", "expects"; the first clause is
            // the statement's.)
            let hedging_verb = next_word.len() > 4
                && next_word.ends_with('s')
                && next_word.starts_with(|c: char| c.is_ascii_lowercase())
                && lex.hedges.match_at(ids, i + 1).is_some();
            if (subject_opens
                && (i + 2..i + 5).any(|k| lex.relative_ends.match_at(ids, k).is_some())
                || past_verb
                || hedging_verb)
                && (0..i).any(|k| lex.relative_ends.match_at(ids, k).is_some())
            {
                break;
            }
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
            in_condition = true;
            i += len;
            continue;
        }
        if let Some((len, level)) = lex.hedges.match_at(ids, i) {
            // "would not have moved if they planned to stop here": a condition's hedge is
            // the condition's.
            if in_condition {
                i += len;
                continue;
            }
            // "its estimate", "the forecast": a hedge word used as a noun hedges nothing.
            if len == 1 && i > 0 && lex.noun_markers.match_at(ids, i - 1).is_some() {
                i += 1;
                continue;
            }
            // "had no plans to intervene", "no possible way": a hedge after "no" is a noun or
            // adjective the negation denies; the statement is a certain negation.
            if i > 0 && word(i - 1).eq_ignore_ascii_case("no") {
                i += len;
                continue;
            }
            // "the gap had been easy to predict": an infinitive after an adjective of ease
            // tells how hard a thing is, and hedges nothing.
            if i >= 2 && word(i - 1) == "to" && lex.ease_adjectives.match_at(ids, i - 2).is_some() {
                i += len;
                continue;
            }
            // "the rainy season, expected within weeks, could cut off roads": a participle
            // set off by commas describes the noun before it; the main clause's verb decides.
            let participle = word(i);
            if i > 0
                && len == 1
                && word(i - 1) == ","
                && participle.ends_with("ed")
                && (i + 1..i + 8).any(|k| word(k) == ",")
            {
                i += 1;
                continue;
            }
            // "the program's cost estimates.": so does one that ends its clause or comes
            // before a preposition.
            let noun_end = matches!(
                word(i + 1),
                "" | "." | "," | ";" | "of" | "for" | "in" | "on" | "at" | "by" | "from"
            );
            // "could not afford", "can't pay": a denied ability is a negation, no hedge.
            // ("Nobody could take my money": so is one after a negated subject.)
            let denied_ability = matches!(word(i), "could" | "can")
                && (matches!(word(i + 1), "not" | "n't") || negations > 0);
            // "asked two carmakers whether they had bought": a question embedded after the
            // statement's verb leaves the statement as it is; "whether" opening it does not.
            let embedded_question = word(i) == "whether" && i > 0;
            if len == 1
                && (noun_end && word(i).ends_with('s') || denied_ability || embedded_question)
            {
                i += 1;
                continue;
            }
            // "moved maybe 200 metres", "perhaps a dozen boats": before a figure the adverb
            // rounds the figure, it does not hedge the statement.
            let approximates_figure =
                matches!(word(i).to_ascii_lowercase().as_str(), "maybe" | "perhaps")
                    && (word(i + 1).starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            word(i + 1),
                            "a" | "an"
                                | "one"
                                | "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "ten"
                                | "twenty"
                                | "half"
                        ) && (i + 2..i + 4).all(|k| !word(k).ends_with("ly")));
            if approximates_figure {
                i += len;
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
        if id == lex.would && would_evaluates(ids, text, tokens, i + 1) {
            judgement.hypothetical = true;
            i += 1;
            continue;
        }
        // ("Bane NOR has spent": a negator in capitals after a capitalised word is a name's.)
        let in_name = i > 0
            && word(i).len() > 1
            && word(i).chars().all(|c| c.is_ascii_uppercase())
            && word(i - 1).starts_with(|c: char| c.is_uppercase());
        if let Some((len, ())) = lex.negators.match_at(ids, i).filter(|_| !in_name) {
            // "the water we have, not the water we wish we had": after a break, "not" and a
            // determiner negate a noun phrase set against the clause, not the clause.
            // ("make that decision on day one, not on a debate stage": so do "not" and a
            // preposition.)
            // ("show you what is parked, not what it is for": and a question word.)
            // ("for years, not weeks", "the dog and the photographs, nothing else": and a
            // word or two that close the clause, after "not" or "nothing".)
            let closes_soon =
                || (i + 2..=i + 3).any(|k| ids.get(k).is_none_or(|&next| next == BREAK));
            let contrasted_phrase = i > 0
                && ids[i - 1] == BREAK
                && (id == lex.not
                    && (lex
                        .zero_roles
                        .get(ids.get(i + 1).copied().unwrap_or(BREAK) as usize)
                        .is_some_and(|role| role & (zero::DETERMINER | zero::PREPOSITION) != 0)
                        || matches!(
                            word(i + 1).to_ascii_lowercase().as_str(),
                            "what" | "how" | "who" | "where" | "when" | "why" | "which"
                        )
                        || closes_soon())
                    || word(i).eq_ignore_ascii_case("nothing") && closes_soon());
            if !contrasted_phrase && !in_condition {
                negations += 1;
            }
            i += len;
            continue;
        }
        i += 1;
    }
    // Any negator negates: two in one statement mostly stand in different clauses ("will
    // not pay for data they had no right to take"), seldom cancel each other.
    judgement.negated = negations > 0 && !contrast;
    judgement
}

/// A token's text, if its span lies on the text's char boundaries.
fn word_at<'t>(text: &'t str, tokens: &[Token], at: usize) -> Option<&'t str> {
    let span = tokens.get(at)?.span;
    text.get(span.start..span.end)
}

/// Whether token `at` is a content word: a word that no function list of the rule names and
/// that opens no hedge, negation or reporting phrase.
fn content_word(lex: &StatementLexicon, ids: &[u32], tokens: &[Token], at: usize) -> bool {
    let Some(&id) = ids.get(at) else {
        return false;
    };
    let listed = lex.zero_roles.get(id as usize).copied().unwrap_or(0) != 0
        || lex.opens_phrase.get(id as usize).copied().unwrap_or(false);
    id != BREAK && !listed && tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word)
}

/// The token before the content words that end at `last` (one to `most` of them), if it is
/// there.
fn phrase_opener(
    lex: &StatementLexicon,
    ids: &[u32],
    tokens: &[Token],
    last: usize,
    most: usize,
) -> Option<usize> {
    let mut k = last;
    let mut words = 0;
    while content_word(lex, ids, tokens, k) {
        words += 1;
        if words > most {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    (words > 0).then_some(k)
}

/// Whether a zero relative clause's verb group (an optional auxiliary or modal, adverbs, a
/// negator) starts at `at`: "came from hamlets [the ministry] had not yet surveyed", "the money
/// [it] did not have", "the villages [the teams] could not reach were flooded".
///
/// Without a tagger the rule asks for a shape that a main clause seldom has:
/// - the verb group holds a negator (`zero_relative_negators.txt`) after the auxiliary and
///   adverbs;
/// - right before it stands a subject: a pronoun (`zero_relative_pronouns.txt`), or an
///   article or possessive (`zero_relative_subjects.txt`) with one to three content words;
/// - right before the subject stands the modified noun, the last of one to three content
///   words after a determiner or preposition: a lower-case word that is no number, no time or
///   adverbial noun and no noun with a clause of its own (`zero_relative_non_heads.txt`:
///   "for years the ministry had not paid", "the fact the ministry had not acted"); a word
///   that may be a verb only right after the opener: a base form after an article or
///   possessive ("the plan"), a third person after any ("the claims", "in places"), an -ing
///   form after a determiner ("the funding"), a past form never ("the report found the
///   ministry had not acted"); the opener no function word ("that", "'s");
/// - the noun's phrase is no fronted adverbial: a preposition (`prepositions.txt`,
///   `adverbial_prepositions.txt`) must follow a content word or a quantifier
///   (`zero_relative_quantifiers.txt`: "came from hamlets", "most of the boats", not
///   "in 2019 the ministry", "after an audit the ministry"), and a determiner must open the
///   statement or a clause, or follow a quantifier or a content word that is no verb taking
///   an object and a clause (`zero_relative_object_verbs.txt`: "assured the donors the
///   ministry had not acted").
pub(crate) fn zero_relative_at(
    lex: &StatementLexicon,
    ids: &[u32],
    text: &str,
    tokens: &[Token],
    at: usize,
) -> bool {
    let role = |j: usize| {
        ids.get(j)
            .and_then(|&id| lex.zero_roles.get(id as usize))
            .copied()
            .unwrap_or(0)
    };
    // The verb group: an auxiliary or modal, adverbs, then a negator.
    let mut j = at;
    if role(j) & zero::VERB_GROUP != 0 {
        j += 1;
    }
    while role(j) & zero::ADVERB != 0 && j < at + 3 {
        j += 1;
    }
    if role(j) & zero::NEGATOR == 0 || lex.negation_exceptions.match_at(ids, j).is_some() {
        return false;
    }
    // The subject, right before the verb group.
    let Some(last) = at.checked_sub(1) else {
        return false;
    };
    let subject = if role(last) & zero::PRONOUN != 0 {
        last
    } else {
        let Some(opener) = phrase_opener(lex, ids, tokens, last, 3)
            .filter(|&k| role(k) & zero::SUBJECT_OPENER != 0)
        else {
            return false;
        };
        let last_reading = word_at(text, tokens, last).map(verb_reading);
        if last_reading.is_none_or(|r| r.past || r.ing) {
            return false;
        }
        opener
    };
    // The modified noun, right before the subject.
    let Some(head) = subject.checked_sub(1) else {
        return false;
    };
    let Some(head_word) = word_at(text, tokens, head) else {
        return false;
    };
    let lower = head_word
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '-');
    if !lower || !content_word(lex, ids, tokens, head) {
        return false;
    }
    // The determiner or preposition that opens the noun's phrase.
    let Some(opener) = phrase_opener(lex, ids, tokens, head, 3)
        .filter(|&k| role(k) & (zero::DETERMINER | zero::PREPOSITION) != 0)
    else {
        return false;
    };
    // "that" and "'s" are function words too: "knowing that back home we did not".
    if role(opener) & zero::FUNCTION != 0 {
        return false;
    }
    let by_determiner = role(opener) & zero::DETERMINER != 0;
    let reading = verb_reading(head_word);
    let right_after = head == opener + 1;
    let noun_reading = !reading.past
        && (!reading.base || right_after && role(opener) & zero::SUBJECT_OPENER != 0)
        && (!reading.s || right_after)
        && (!reading.ing || right_after && by_determiner);
    if !noun_reading {
        return false;
    }
    // Words between the first after the opener and the noun: no finite verb ("the audit
    // shows X the ministry ...").
    let finite_between = (opener + 2..head).any(|k| {
        word_at(text, tokens, k).is_none_or(|w| {
            let r = verb_reading(w);
            r.past || r.base || r.s
        })
    });
    if finite_between {
        return false;
    }
    // What comes before the phrase: a preposition must follow a content word or a quantifier
    // ("came from hamlets", "most of the boats"; not "in 2019", "due to the storm"); a
    // determiner after a preposition (or "to") goes by that preposition; a determiner
    // elsewhere must open the clause or follow a verb that takes no clause after its object.
    let preposition = if by_determiner {
        opener
            .checked_sub(1)
            .filter(|&k| role(k) & (zero::PREPOSITION | zero::TO) != 0)
    } else {
        Some(opener)
    };
    match (preposition, opener.checked_sub(1)) {
        (Some(p), _) => p
            .checked_sub(1)
            .is_some_and(|k| content_word(lex, ids, tokens, k) || role(k) & zero::QUANTIFIER != 0),
        (None, None) => true,
        (None, Some(k)) => {
            // "There are still three men we have not found": after an existential "there
            // is/are" (and adverbs) a noun phrase is what exists, never a clause's subject.
            let mut be = k;
            while role(be) & zero::ADVERB != 0 && be + 3 > k && be > 0 {
                be -= 1;
            }
            let existential = be > 0
                && word_at(text, tokens, be)
                    .is_some_and(|w| matches!(w, "is" | "are" | "was" | "were"))
                && word_at(text, tokens, be - 1).is_some_and(|w| w.eq_ignore_ascii_case("there"));
            existential
                || ids[k] == BREAK
                || role(k) & (zero::CLAUSE_OPENER | zero::QUANTIFIER) != 0
                // A verb with an object and a clause is listed, so no content word.
                || content_word(lex, ids, tokens, k)
        }
    }
}

/// Whether an evaluative verb follows "would" within two words ("would mark", "would not be").
/// A passive ("would be rebooked", "would be kept home") reports what was to happen, as a
/// future in the past does: no evaluation.
fn would_evaluates(ids: &[u32], text: &str, tokens: &[Token], from: usize) -> bool {
    let lex = &*STATEMENT;
    // (A quotation mark may open before the participle: would be "studied carefully".)
    let participle = |mut j: usize| {
        if tokens
            .get(j)
            .is_some_and(|t| matches!(t.span.of(text), "\"" | "“" | "'" | "‘"))
        {
            j += 1;
        }
        tokens.get(j).is_some_and(|t| {
            let word = t.span.of(text);
            word.bytes().all(|b| b.is_ascii_lowercase())
                && (word.len() > 4
                    && (word.ends_with("ed") || word.ends_with("en") || word.ends_with("wn"))
                    // ("would be built", "would be paid for": irregular participles.)
                    || verb_reading(word).past)
        })
    };
    (from..ids.len().min(from + 2)).any(|j| {
        lex.evaluative_after_would.match_at(ids, j).is_some()
            && !(tokens.get(j).is_some_and(|t| t.span.of(text) == "be") && participle(j + 1))
    })
}

/// What the cue's own words say: its hedge level and whether it denies.
pub(crate) fn judge_cue(ids: &[u32]) -> (Option<Certainty>, bool) {
    let lex = &*STATEMENT;
    let mut level = None;
    let mut denies = false;
    let mut i = 0;
    while i < ids.len() {
        // ("could not resist pointing out": a modal that hedges nothing.)
        if let Some((len, ())) = lex.negation_exceptions.match_at(ids, i) {
            i += len;
        } else if let Some((len, found)) = lex
            .hedges
            .match_at(ids, i)
            .or_else(|| lex.cue_hedges.match_at(ids, i))
        {
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
    assess_tokens(text, segmentation, tokens_in(segmentation, span), &[], cue)
}

/// [`assess`] of a statement in parts: a quotation split around its cue ("“Anyone who
/// promises painless math,” she said, “is not being straight”") is read as the one sentence
/// its parts make, without the cue and source between them.
pub(crate) fn assess_parts(
    text: &str,
    segmentation: &Segmentation,
    parts: &[Span],
    cue: Option<Span>,
) -> Factuality {
    let lex = &*STATEMENT;
    // Only parts that go on with the sentence: one opening with a capital starts a new one,
    // and the statement's factuality is its first sentence's.
    // (Nor does an adjunct after an inverted cue: "X climbed to a record, the centre said,
    // as a heatwave showed no sign of breaking" is X's statement alone.)
    let goes_on = |span: &Span| {
        tokens_in(segmentation, *span)
            .iter()
            .find(|t| t.kind != TokenKind::Quote)
            .is_some_and(|t| {
                let word = t.span.of(text);
                word.starts_with(|c: char| c.is_lowercase()) && !lex.adjunct_openers.contains(word)
            })
    };
    let sentence = &parts[..parts.len().min(
        1 + parts
            .iter()
            .skip(1)
            .take_while(|span| goes_on(span))
            .count(),
    )];
    if let [span] = sentence {
        return assess(text, segmentation, *span, cue);
    }
    // The parts with one token of each gap between them, read as a clause break where the
    // cue and its source stood ("A, he said, and B" is "A, and B").
    let mut tokens: Vec<Token> = Vec::new();
    let mut breaks: Vec<usize> = Vec::new();
    for (k, &span) in sentence.iter().enumerate() {
        if k > 0 {
            let gap = segmentation
                .tokens
                .partition_point(|t| t.span.start < span.start);
            if let Some(&token) = gap.checked_sub(1).and_then(|g| segmentation.tokens.get(g)) {
                breaks.push(tokens.len());
                tokens.push(token);
            }
        }
        tokens.extend(tokens_in(segmentation, span).iter().copied());
    }
    assess_tokens(text, segmentation, &tokens, &breaks, cue)
}

fn assess_tokens(
    text: &str,
    segmentation: &Segmentation,
    tokens: &[Token],
    breaks: &[usize],
    cue: Option<Span>,
) -> Factuality {
    let lex = &*STATEMENT;
    let mut ids = Vec::new();
    ids_of(text, tokens, lex, &mut ids);
    for &k in breaks {
        ids[k] = BREAK;
    }
    let judgement = judge(&ids, text, tokens);
    let mut factuality = judgement.factuality();
    // "asked regulators to attach job guarantees": a request's infinitive is wanted.
    // ("asked them to the area": "to" before a determiner or a name is a preposition.)
    let infinitive = tokens.first().is_some_and(|t| t.span.of(text) == "to")
        && tokens.get(1).is_some_and(|t| {
            t.span
                .of(text)
                .starts_with(|c: char| c.is_ascii_lowercase())
        })
        && ids.get(1).is_some_and(|&id| {
            lex.zero_roles.get(id as usize).copied().unwrap_or(0) & zero::DETERMINER == 0
        });
    if let Some(cue) = cue {
        ids_of(text, tokens_in(segmentation, cue), lex, &mut ids);
        if infinitive && (0..ids.len()).any(|i| lex.cue_requests.match_at(&ids, i).is_some()) {
            factuality.certainty = weaker(factuality.certainty, Certainty::Underspecified);
        }
        let (level, denies) = judge_cue(&ids);
        if let Some(level) = level {
            // "predicted that Mara would cause losses of $6 billion if it came ashore": a
            // condition with no hedge of its own takes the cue's ("predicted": probable).
            factuality.certainty = if judgement.conditional && judgement.hedge.is_none() {
                level
            } else {
                weaker(factuality.certainty, level)
            };
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
