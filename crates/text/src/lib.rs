//! Sentences and tokens with byte offsets, tuned for news text.
//!
//! [`segment`] makes one pass over the text to find tokens, then one pass over the tokens to
//! find sentences. Every span lies on char boundaries; tokens never cover whitespace;
//! sentences start at their first token and end after their last, and partition the tokens.
//!
//! # Tokens
//!
//! - Punctuation is split off words; runs of the same mark stay whole ("...", "--", "?!").
//! - Contractions and possessives split before the clitic: "do" + "n't", "Korea" + "'s",
//!   whichever apostrophe is used (', ’, or the modifier letters ʹ U+02B9 and ʼ U+02BC).
//!   A clitic written apart ("England 's", as in CoNLL) is one word token. A trailing
//!   apostrophe after a final s ("soldiers'") is split off: a [`TokenKind::Word`](model::TokenKind::Word) when a word
//!   follows (a possessive), else a [`TokenKind::Quote`](model::TokenKind::Quote).
//! - Quotation marks of every style, and apostrophes outside words, are [`TokenKind::Quote`](model::TokenKind::Quote).
//! - Numbers keep their separators: "10,000" (comma before exactly three digits), "1.5",
//!   "3:30", "10/23/2024", "2024-10-23", ".596". A token made only of digits and those
//!   separators is a [`TokenKind::Number`](model::TokenKind::Number); "1990s" or "3rd" is a word. A listed unit or
//!   multiplier written onto a number splits off: "10" + "km", "1.5" + "bn", "5" + "pm".
//! - Hyphenated words stay whole ("Sun-won", "high-ranking"); dashes (–, —) and spaced or
//!   doubled hyphens are separate punctuation.
//! - A word keeps its final period when it is a listed title or abbreviation (data/), a
//!   single capital (an initial: "F."), dotted letters ("U.S.", "a.m.", "J.R.R."), a
//!   party-state tag ("R-Wis."), or a numbering abbreviation before a number ("No. 1").
//!   All-capitals forms of listed words count too ("ST. LOUIS").
//! - URLs, e-mail addresses, @handles and #hashtags are single word tokens.
//! - Currency and other symbols are [`TokenKind::Symbol`](model::TokenKind::Symbol) tokens of their own ("$", "%").
//!
//! # Sentences
//!
//! - "." "?" "!" end a sentence unless a lower-case word or a comma-like mark follows
//!   (`"Why?" she asked`). Closing quotes and brackets written right after the mark belong
//!   to the ending sentence (`He said, "It is over." Then` ends after the quote). After a
//!   space (pre-tokenized text: `over . " Then`) a closing quote still belongs to it when it
//!   is unambiguous (” »), when a straight quote is open on that line, or when it ends the
//!   line.
//!   Quotations of several sentences are split like any other text.
//! - Titles ("Lt.", "Gen.", "Rep.") never end a sentence; an all-capitals one ("SEC.") is
//!   treated as an ordinary abbreviation, being more often a name.
//! - Other abbreviations ("U.S.", "Inc.", "a.m."), initials and ellipses end a sentence only
//!   when the next word is a listed sentence starter ("The", "He", "But", ...) or an opening
//!   quote before a capitalized word (`in the U.S. "We are`). This is the
//!   known hard case: "in the U.S. The agency said" splits, "in the U.S. Congress" does not,
//!   and "at 9 a.m. Police said" stays one sentence (a miss we accept over splitting names).
//! - A line break always ends a sentence (headlines and datelines without final punctuation
//!   never merge with what follows), except a single line break inside a clause of a
//!   hard-wrapped text: the line ends in a word, number or comma and the next line starts in
//!   lower case. A blank line always ends one.
//! - A dateline opening a line ("SEOUL, Oct. 23 (Yonhap) --", "WASHINGTON (AP) —") is a
//!   sentence of its own.
//! - "1." or "a." opening a line is a list marker, not a sentence.

mod lexicon;
mod sentences;
mod tokenize;

use model::{Segmentation, Token};

/// Splits `text` into tokens and sentences. Never fails; never panics on any input.
pub fn segment(text: &str) -> Segmentation {
    let tokens = tokenize::tokenize(text);
    let sentences = sentences::split(text, &tokens);
    Segmentation { tokens, sentences }
}

/// The index of the sentence that contains byte offset `byte`, if any (a byte between two
/// sentences belongs to none). Binary search.
pub fn sentence_of(seg: &Segmentation, byte: usize) -> Option<usize> {
    let index = seg.sentences.partition_point(|s| s.span.end <= byte);
    seg.sentences
        .get(index)
        .filter(|s| s.span.start <= byte)
        .map(|_| index)
}

/// The index of the token that contains byte offset `byte`, if any. Binary search.
pub fn token_at(seg: &Segmentation, byte: usize) -> Option<usize> {
    let index = seg.tokens.partition_point(|t| t.span.end <= byte);
    seg.tokens
        .get(index)
        .filter(|t| t.span.start <= byte)
        .map(|_| index)
}

/// The text of `token`.
pub fn token_text<'t>(text: &'t str, token: &Token) -> &'t str {
    token.span.of(text)
}

#[cfg(test)]
mod tests;
