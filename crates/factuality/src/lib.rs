//! Factuality: how sure, which way, and under what condition a stretch of text is stated;
//! and the event predicates of a text with their factuality.
//!
//! # Policy
//!
//! - **Lexicons, not a parser.** Hedges by certainty level, negators, conditional markers,
//!   reporting verbs and the rest are word lists in `data/`, matched longest phrase first
//!   ("could not verify" is one underspecified hedge, not "could" plus "not").
//! - **First hedge of the main clause wins** (`assess`): the outermost hedge usually comes
//!   first ("is expected to ... could" is probable). A hedge inside a relative clause ("troops
//!   who could study") does not count, nor does one in a second verb of that clause ("who
//!   crossed over and have never been"), nor one in a clause of time after the first word
//!   ("last summer, when barges could carry ..."), nor anything after a nested reporting
//!   verb ("the agency told ... that X appears ..."): that belongs to another source.
//!   "maybe"/"perhaps" before a figure rounds it ("moved maybe 200 metres") and hedges
//!   nothing.
//! - **The cue counts too.** A hedging cue ("expects", "declined to confirm or deny") lowers the
//!   certainty to the weaker of cue and content; a denying cue ("denied") flips polarity.
//! - **Negation.** An odd number of negators in scope negates. "not only", "not just" and
//!   "not ... but rather" do not. A relative clause is out of scope, with a pronoun ("villages
//!   that had not been surveyed") or without one ("hamlets the ministry had not surveyed"): a
//!   zero relative clause is recognized by its shape (a noun closing a phrase begun by a
//!   determiner or preposition, then a subject, then a negated verb group) with word lists
//!   that keep fronted adverbials ("for years the ministry had not paid") and complement
//!   clauses ("the report found the ministry had not acted") negative.
//! - **Conditions.** "if", "unless", "depending on" ... make the statement conditional; with no
//!   other hedge its certainty is underspecified. "would" before an evaluative verb ("would
//!   mark a dangerous development") is a hypothetical evaluation: conditional and
//!   underspecified unless a hedge says more ("would likely" is probable). "would" elsewhere
//!   is a future seen from the past and leaves certainty alone.
//! - **Events without a tagger** (`events`): verb forms are generated from lemma lists
//!   (regular inflection rules plus an irregular table); unlisted words with a verb ending
//!   ("-ed", "-izes") count as verbs; eventive nouns come from a list and from nominal
//!   suffixes ("-tion", "-ment") minus a stop list. A bare base form is a verb only after
//!   "to", a modal, do-support or a subject pronoun; a third-person form after a determiner is
//!   a plural noun ("its shares"). Capitalized words inside a sentence are names, except in
//!   title-cased headlines. Auxiliaries and the copula are never events.
//! - **Event factuality** comes from the event's own clause before it (the clause starts
//!   after punctuation, a quote or a clause opener such as "that", "and", "because"). A verb
//!   in between takes over (its hedges are its own) unless it takes an infinitive ("did not
//!   agree to buy" keeps the negation). "could not"/"cannot" is a certain negative. An event
//!   in a "whether" clause is underspecified in certainty and polarity; in an "if" clause,
//!   underspecified. An event noun that is stopped ("the flight was delayed", "the
//!   now-cancelled deal") is negative: it did not take place.
//! - **Event time**: FUTURE after "will", "would", "going to", plan and expectation phrases,
//!   a "to"-infinitive, or a possibility modal; UNDERSPECIFIED after "can" (ability, generic);
//!   NON_FUTURE otherwise.
//! - **Never panics**: spans off the text or off char boundaries yield only fewer tokens.
//! - **Speed**: a token is looked up once, by its lower-cased bytes, in a word table hashed with
//!   a multiply-rotate hash (the keys are fixed lists, so SipHash's flooding resistance buys
//!   nothing); phrase tables are indexed directly by the small dense id of their first word,
//!   and a word that opens no phrase of any table skips them all on one flag.
//!   `cargo run -p factuality --release --example factuality_speed -- FILE.jsonl` measures.
use model::{Event, Factuality, Segmentation, Span};

mod events;
mod lexicon;
mod statement;

/// The factuality of the statement in `span` (a reported clause or quotation), judged from the
/// hedges, negations and conditions inside it. `cue` is the reporting cue when there is one
/// ("expects", "declined to confirm"), whose own meaning also counts.
pub fn assess(
    text: &str,
    segmentation: &Segmentation,
    span: Span,
    cue: Option<Span>,
) -> Factuality {
    statement::assess(text, segmentation, span, cue)
}

/// [`assess`] of a statement given in parts (a quotation split around its cue): the parts
/// are read as one sentence, without the words between them.
pub fn assess_parts(
    text: &str,
    segmentation: &Segmentation,
    parts: &[Span],
    cue: Option<Span>,
) -> Factuality {
    statement::assess_parts(text, segmentation, parts, cue)
}

/// The event predicates of `text` with their factuality.
pub fn events(text: &str, segmentation: &Segmentation) -> Vec<Event> {
    events::events(text, segmentation)
}

#[cfg(test)]
mod event_tests;
#[cfg(test)]
mod tests;
