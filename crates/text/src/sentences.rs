//! The sentence splitter: one pass over the tokens, deciding after each candidate end
//! (terminal punctuation, abbreviation, line break, dateline dash) whether a sentence ends.

use model::{Sentence, Span, Token, TokenKind};

use crate::lexicon::{SENTENCE_STARTERS, TITLES};
use crate::tokenize::char_at;

/// What a token can do to end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// "." (or a run of them used as a full stop).
    Period,
    /// "?", "!", "?!".
    Strong,
    /// "..." or "…": ends a sentence only before a sentence starter.
    Ellipsis,
    /// A title ("Lt.", "Rep."): never ends a sentence.
    Title,
    /// Any other word ending in a period ("U.S.", "Inc.", "F."): ends a sentence only
    /// before a sentence starter.
    Abbreviation,
}

fn terminal(text: &str, token: &Token) -> Option<Terminal> {
    let word = token.span.of(text);
    match token.kind {
        TokenKind::Punct => match word {
            "." => Some(Terminal::Period),
            "\u{2026}" => Some(Terminal::Ellipsis),
            _ if word.bytes().all(|b| b == b'.') => Some(Terminal::Ellipsis),
            _ if word.bytes().all(|b| b == b'!' || b == b'?') => Some(Terminal::Strong),
            "\u{203C}" | "\u{2047}" | "\u{2048}" | "\u{2049}" | "\u{FF01}" | "\u{FF1F}" => {
                Some(Terminal::Strong)
            }
            "\u{3002}" | "\u{FF0E}" => Some(Terminal::Period),
            _ => None,
        },
        TokenKind::Word if word.len() > 1 && word.ends_with('.') => {
            let bare = &word[..word.len() - 1];
            // Exact case only: an all-capitals "SEC." is more often a name than a title.
            if TITLES.contains(bare) {
                Some(Terminal::Title)
            } else {
                Some(Terminal::Abbreviation)
            }
        }
        _ => None,
    }
}

/// Closing quotes and brackets that stay with the sentence they follow.
fn is_closer(text: &str, token: &Token) -> bool {
    match token.kind {
        TokenKind::Quote => !matches!(
            char_at(text, token.span.start),
            '\u{201C}' | '\u{2018}' | '\u{201E}' | '\u{201A}' | '\u{00AB}' | '\u{2039}' | '`'
        ),
        TokenKind::Punct => matches!(token.span.of(text), ")" | "]" | "}"),
        _ => false,
    }
}

fn is_straight_double_quote(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Quote && matches!(token.span.of(text), "\"" | "\u{FF02}")
}

/// Whether `token`, after `previous` which ends a sentence, closes what that sentence said.
/// Written right after it: any closing quote or bracket. After a space on the same line: a
/// bracket, an unambiguous closing quote, or a straight double quote while one is open or
/// when it ends the line (a quotation of several sentences closing).
fn closes(text: &str, previous: &Token, token: &Token, straight_quote_open: bool) -> bool {
    let gap = &text[previous.span.end..token.span.start];
    if !is_closer(text, token) || gap.contains('\n') {
        return false;
    }
    gap.is_empty()
        || match token.span.of(text) {
            ")" | "]" | "}" | "\u{201D}" | "\u{00BB}" => true,
            "\"" | "\u{FF02}" => straight_quote_open || ends_line(text, token),
            "'" => ends_line(text, token),
            _ => false,
        }
}

/// Whether only spaces follow `token` before the end of its line.
fn ends_line(text: &str, token: &Token) -> bool {
    text[token.span.end..]
        .trim_start_matches([' ', '\t', '\r'])
        .as_bytes()
        .first()
        .is_none_or(|&b| b == b'\n')
}

fn starts_lowercase(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word && char_at(text, token.span.start).is_lowercase()
}

fn is_starter(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word && SENTENCE_STARTERS.contains(token.span.of(text))
}

fn newlines_between(text: &str, a: &Token, b: &Token) -> usize {
    text.as_bytes()[a.span.end..b.span.start]
        .iter()
        .filter(|&&byte| byte == b'\n')
        .count()
}

/// Splits `tokens` of `text` into sentences covering every token exactly once.
pub(crate) fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut first = 0;
    let mut line_start = 0;
    let mut dateline_dash = dateline_end(text, tokens, 0);
    // Whether a straight double quote is open on this line: tells a closing `"` written
    // after a space (pre-tokenized text) from an opening one.
    let mut straight_quote_open = false;
    let mut i = 0;
    while i < tokens.len() {
        if is_straight_double_quote(text, &tokens[i]) {
            straight_quote_open = !straight_quote_open;
        }
        let kind = terminal(text, &tokens[i]);
        let mut last = i;
        if kind.is_some() {
            while let Some(next) = tokens.get(last + 1) {
                if !closes(text, &tokens[last], next, straight_quote_open) {
                    break;
                }
                last += 1;
                if is_straight_double_quote(text, next) {
                    straight_quote_open = !straight_quote_open;
                }
            }
        }
        let Some(next) = tokens.get(last + 1) else {
            break;
        };
        let newlines = newlines_between(text, &tokens[last], next);
        let ends = if newlines >= 2 {
            true
        } else if newlines == 1 {
            // A line break ends a sentence, unless the text is hard-wrapped: a line that
            // stops mid-clause continued by a lower-case word.
            !is_hard_wrap(text, &tokens[last], kind, next)
        } else if dateline_dash == Some(last) {
            true
        } else {
            match kind {
                None | Some(Terminal::Title) => false,
                Some(Terminal::Period) | Some(Terminal::Strong) => {
                    let list_marker = kind == Some(Terminal::Period)
                        && is_list_marker(text, tokens, line_start, i);
                    !(continues_sentence(text, next) || list_marker)
                }
                Some(Terminal::Ellipsis) | Some(Terminal::Abbreviation) => {
                    is_starter(text, next) || opens_quoted_sentence(text, tokens, last + 1)
                }
            }
        };
        if ends {
            sentences.push(sentence(tokens, first, last + 1));
            first = last + 1;
        }
        if newlines > 0 {
            straight_quote_open = false;
            line_start = last + 1;
            dateline_dash = dateline_end(text, tokens, line_start);
        }
        i = last + 1;
    }
    if first < tokens.len() {
        sentences.push(sentence(tokens, first, tokens.len()));
    }
    sentences
}

/// A line break inside a clause of hard-wrapped text: the line stops at a word, number or
/// comma and the next starts in lower case.
fn is_hard_wrap(text: &str, last: &Token, kind: Option<Terminal>, next: &Token) -> bool {
    let mid_clause = (kind.is_none() && matches!(last.kind, TokenKind::Word | TokenKind::Number))
        || last.span.of(text) == ",";
    mid_clause && starts_lowercase(text, next)
}

/// An opening quote followed by a capitalized word: a name never starts that way, so after
/// an abbreviation it begins a new sentence (`in the U.S. "We are ready`).
fn opens_quoted_sentence(text: &str, tokens: &[Token], index: usize) -> bool {
    let (Some(quote), Some(word)) = (tokens.get(index), tokens.get(index + 1)) else {
        return false;
    };
    // A straight quote opens when written against the word it quotes.
    let opening = (quote.kind == TokenKind::Quote && !is_closer(text, quote))
        || (is_straight_double_quote(text, quote) && quote.span.end == word.span.start);
    // (So do the doubled apostrophes some papers set for it: `said of RT. ''Having ...`.)
    let doubled = quote.span.of(text) == "'"
        && word.span.of(text) == "'"
        && quote.span.end == word.span.start
        && tokens.get(index + 2).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.span.start == word.span.end
                && char_at(text, w.span.start).is_uppercase()
        });
    if doubled {
        return true;
    }
    opening && word.kind == TokenKind::Word && char_at(text, word.span.start).is_uppercase()
}

/// After "." "?" "!": a lower-case word, a comma-like mark or another period continue
/// the sentence ("'Why?' she asked", "Jeb!, Ben Carson", ". . .").
fn continues_sentence(text: &str, next: &Token) -> bool {
    starts_lowercase(text, next)
        || (next.kind == TokenKind::Punct
            && matches!(
                next.span.of(text),
                "," | ";" | ":" | "." | ")" | "]" | "}" | "-"
            ))
}

/// "1." or "a." opening a line: a list marker, not a sentence.
fn is_list_marker(text: &str, tokens: &[Token], line_start: usize, period: usize) -> bool {
    period == line_start + 1 && {
        let marker = &tokens[line_start];
        let word = marker.span.of(text);
        (marker.kind == TokenKind::Number && word.len() <= 3)
            || (marker.kind == TokenKind::Word && word.chars().count() == 1)
    }
}

fn sentence(tokens: &[Token], first: usize, end: usize) -> Sentence {
    Sentence {
        span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
        first_token: first,
        end_token: end,
    }
}

/// Longest dateline considered, in tokens: "NEW YORK, Oct. 23, 2024 (Agency Name) --".
const DATELINE_MAX_TOKENS: usize = 16;

/// If the line starting at token `start` opens with a dateline ("SEOUL, Oct. 23 (Yonhap) --",
/// "WASHINGTON (AP) —"), the index of its dash. A dateline starts with an all-capitals word,
/// holds no lower-case word outside parentheses, and ends with a dash: a double hyphen or a
/// dash of any width, or a lone hyphen after a comma or parenthesis (so that a headline like
/// "SPORT - TEAM WINS" is not taken for one).
fn dateline_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let first = tokens.get(start)?;
    let first_word = first.span.of(text);
    if first.kind != TokenKind::Word
        || first_word.chars().count() < 2
        || !first_word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-')
    {
        return None;
    }
    let mut depth = 0usize;
    let mut saw_comma_or_paren = false;
    for index in start + 1..tokens.len().min(start + DATELINE_MAX_TOKENS) {
        let token = &tokens[index];
        if newlines_between(text, &tokens[index - 1], token) > 0 {
            return None;
        }
        let word = token.span.of(text);
        match word {
            "(" => {
                depth += 1;
                saw_comma_or_paren = true;
            }
            ")" => depth = depth.saturating_sub(1),
            "," => saw_comma_or_paren = true,
            "--" | "\u{2014}" | "\u{2013}" | "\u{2015}" if depth == 0 => return Some(index),
            "-" if depth == 0 && saw_comma_or_paren => return Some(index),
            _ => {
                if depth == 0 && starts_lowercase(text, token) {
                    return None;
                }
                if depth == 0
                    && matches!(
                        terminal(text, token),
                        Some(Terminal::Period | Terminal::Strong)
                    )
                {
                    return None;
                }
            }
        }
    }
    None
}
