//! The tokenizer: one pass over the text, whitespace-delimited chunks split into words,
//! numbers, punctuation, quotes and symbols.

use model::{Span, Token, TokenKind};

use crate::lexicon::{
    contains_any_case, contains_lowercased, ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLES,
    UNIT_SUFFIXES,
};

/// Splits `text` into tokens, in text order, never empty, never covering a separator.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    // News averages about six bytes per token; reserving avoids most regrowth.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = char_at(text, i);
        if is_separator(c) {
            i += c.len_utf8();
            continue;
        }
        // Find the chunk's end, noting whether it may hold an e-mail address.
        let mut end = i;
        let mut has_at = false;
        while end < text.len() {
            let byte = bytes[end];
            if byte < 0x80 {
                if byte <= b' ' || byte == 0x7F {
                    break;
                }
                has_at |= byte == b'@';
                end += 1;
            } else {
                let d = char_at(text, end);
                if is_separator(d) && !mojibake_control(text, end, d) {
                    break;
                }
                end += d.len_utf8();
            }
        }
        tokenize_chunk(text, i, end, has_at, &mut out);
        i = end;
    }
    out
}

/// The char starting at byte `i` (a char boundary below `text.len()`).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> char {
    let byte = text.as_bytes()[i];
    if byte < 0x80 {
        byte as char
    } else {
        text[i..].chars().next().unwrap_or('\0')
    }
}

/// The char ending at byte `i`, if any.
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The char starting at byte `i` if `i` is inside `[.., end)`.
#[inline]
fn char_within(text: &str, i: usize, end: usize) -> Option<char> {
    (i < end).then(|| char_at(text, i))
}

/// Whitespace, control characters and invisible separators: never part of a token.
#[inline]
pub(crate) fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}' || c == '\u{2060}'
}

/// Marks that may stand for an apostrophe: straight, right single quote, and the modifier
/// letters prime (U+02B9) and apostrophe (U+02BC) that some news text uses.
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02B9}' | '\u{02BC}')
}

/// Quotation marks of any style; apostrophes are quotes when they are not inside a word.
#[inline]
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '`'
            | '\u{2018}'..='\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
            | '\u{300C}'..='\u{300F}'
            | '\u{FF02}'
    ) || is_apostrophe(c)
}

/// Characters that make up words: letters, digits, combining marks, joiners, underscore.
/// The apostrophe-like modifier letters are excluded (they split contractions).
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    (c.is_alphanumeric() && !is_apostrophe(c))
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{200C}' | '\u{200D}')
}

/// The second byte of a UTF-8 letter when the text was decoded as Latin-1: C1 controls and
/// Latin-1 symbols (U+0080..U+00BF).
#[inline]
fn is_mojibake_half(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{BF}')
}

/// A C1 control inside a word ("Ã\u{83}Â§"): half of a letter decoded twice as Latin-1, not a
/// separator.
fn mojibake_control(text: &str, i: usize, c: char) -> bool {
    // (U+0085, next line, is a line break however it came.)
    matches!(c, '\u{80}'..='\u{9F}')
        && !c.is_whitespace()
        && text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && text[i + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|n| n.is_alphabetic() || is_mojibake_half(n))
}

/// Hyphens that join the parts of one word ("Sun-won"); dashes are never joiners.
#[inline]
fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind) {
    if start < end {
        out.push(Token {
            span: Span::new(start, end),
            kind,
        });
    }
}

/// Tokenizes the separator-free chunk `[start, end)`.
fn tokenize_chunk(text: &str, start: usize, end: usize, has_at: bool, out: &mut Vec<Token>) {
    let mut i = start;
    while i < end {
        let c = char_at(text, i);
        let width = c.len_utf8();
        if let Some(link_end) = link_end(text, i, end, has_at) {
            push(out, i, link_end, TokenKind::Word);
            i = link_end;
        } else if is_apostrophe(c) {
            let word_end = leading_contraction_end(text, i, end);
            match word_end {
                Some(word_end) => {
                    push(out, i, word_end, TokenKind::Word);
                    i = word_end;
                }
                None => {
                    push(out, i, i + width, TokenKind::Quote);
                    i += width;
                }
            }
        } else if is_word_char(c) {
            i = scan_word(text, i, end, out);
        } else if (c == '@' || c == '#')
            && char_within(text, i + 1, end).is_some_and(|n| n.is_alphabetic())
        {
            // Handles and hashtags stay whole: "@Reuters", "#MeToo".
            let word_end = scan_plain_word(text, i + 1, end);
            push(out, i, word_end, TokenKind::Word);
            i = word_end;
        } else if is_quote(c) {
            push(out, i, i + width, TokenKind::Quote);
            i += width;
        } else if c == '.'
            && char_within(text, i + 1, end).is_some_and(|n| n.is_ascii_digit())
            && char_before(text, i).is_none_or(|p| !is_word_char(p))
        {
            // A decimal without its leading zero: ".596".
            let mut number_end = i + 1;
            while number_end < end && text.as_bytes()[number_end].is_ascii_digit() {
                number_end += 1;
            }
            push(out, i, number_end, TokenKind::Number);
            i = number_end;
        } else if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_') {
            // Runs stay whole: "...", "--", "?!", "***".
            let mut run_end = i + 1;
            while run_end < end && same_run(c, text.as_bytes()[run_end]) {
                run_end += 1;
            }
            push(out, i, run_end, punct_or_symbol(c));
            i = run_end;
        } else {
            push(out, i, i + width, punct_or_symbol(c));
            i += width;
        }
    }
}

/// Whether byte `next` continues a run of punctuation that started with `first`.
#[inline]
fn same_run(first: char, next: u8) -> bool {
    match first {
        '!' | '?' => next == b'!' || next == b'?',
        _ => next == first as u8,
    }
}

/// Punct for marks of sentence structure and dashes; Symbol for currency, math and others.
fn punct_or_symbol(c: char) -> TokenKind {
    match c {
        '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '-' | '/'
        | '\\' | '\u{00A1}' | '\u{00BF}' | '\u{00B7}' => TokenKind::Punct,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3000}'..='\u{303F}'
            if !matches!(c, '\u{2030}' | '\u{2031}' | '\u{2032}'..='\u{2037}') =>
        {
            TokenKind::Punct
        }
        '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF1F}' => TokenKind::Punct,
        _ => TokenKind::Symbol,
    }
}

/// A word of word chars only, from `start` (used after "@" and "#").
fn scan_plain_word(text: &str, start: usize, end: usize) -> usize {
    let mut i = start;
    while let Some(c) = char_within(text, i, end) {
        if !is_word_char(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// The end of a URL or e-mail address starting at `i`, if one starts there.
fn link_end(text: &str, i: usize, end: usize, has_at: bool) -> Option<usize> {
    let rest = &text.as_bytes()[i..end];
    let starts_link = starts_with_ignore_case(rest, b"http://")
        || starts_with_ignore_case(rest, b"https://")
        || starts_with_ignore_case(rest, b"ftp://")
        || (starts_with_ignore_case(rest, b"www.") && rest.len() > 4);
    if starts_link {
        return Some(trim_link_tail(text, i, end));
    }
    if has_at {
        return email_end(text, i, end);
    }
    None
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack.len() >= prefix.len() && haystack[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Drops punctuation that ends the sentence rather than the URL; keeps a closing
/// parenthesis the URL opened ("https://en.wikipedia.org/wiki/Kursk_(city)").
fn trim_link_tail(text: &str, start: usize, mut end: usize) -> usize {
    while let Some(c) = char_before(text, end) {
        let strip = match c {
            ')' => {
                let link = &text[start..end];
                link.matches('(').count() < link.matches(')').count()
            }
            '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '>' => true,
            c => is_quote(c),
        };
        if !strip || end - c.len_utf8() <= start {
            break;
        }
        end -= c.len_utf8();
    }
    end
}

/// `local@domain.tld` starting at `i`, ASCII only.
fn email_end(text: &str, i: usize, end: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[..end];
    let is_local =
        |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    if !bytes.get(i)?.is_ascii_alphanumeric() {
        return None;
    }
    let mut at = i;
    while at < end && is_local(bytes[at]) {
        at += 1;
    }
    if at >= end || bytes[at] != b'@' {
        return None;
    }
    let mut domain_end = at + 1;
    while domain_end < end
        && (bytes[domain_end].is_ascii_alphanumeric() || matches!(bytes[domain_end], b'.' | b'-'))
    {
        domain_end += 1;
    }
    while domain_end > at + 1 && matches!(bytes[domain_end - 1], b'.' | b'-') {
        domain_end -= 1;
    }
    let domain = &bytes[at + 1..domain_end];
    let dot = domain.iter().rposition(|&b| b == b'.')?;
    let tld = &domain[dot + 1..];
    (dot > 0 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(domain_end)
}

/// Contraction suffixes that split off a word, after the apostrophe, lower case.
const CLITICS: [&str; 6] = ["s", "m", "d", "ll", "re", "ve"];

fn is_clitic(suffix: &str) -> bool {
    suffix.len() <= 2 && CLITICS.iter().any(|c| c.eq_ignore_ascii_case(suffix))
}

/// A clitic written apart from its host ("England 's", "'ll"), or a clipped year ("'90s"),
/// starting with the apostrophe at `i`: its end.
fn leading_contraction_end(text: &str, i: usize, end: usize) -> Option<usize> {
    let body_start = i + char_at(text, i).len_utf8();
    let body_end = scan_plain_word(text, body_start, end);
    if body_end == body_start {
        return None;
    }
    let body = &text[body_start..body_end];
    let clipped_year = body.len() >= 2
        && body.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && (body.len() == 2 || &body[2..] == "s");
    let stands_alone = i == 0 || char_before(text, i).is_none_or(|p| !is_word_char(p));
    (stands_alone && (is_clitic(body) || clipped_year)).then_some(body_end)
}

/// Scans a word from `start` (a word char), pushes it (split into host and clitic where it
/// is a contraction) and a possessive apostrophe after it, and returns where it stopped.
fn scan_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    // Start of the current period-separated segment, to tell "Ph.D" from a run-on "end.The".
    let mut segment_start = start;
    let mut has_inner_period = false;
    let mut prev = char_at(text, start);
    while i < end {
        let byte = bytes[i];
        if byte.is_ascii_alphanumeric() || byte == b'_' {
            prev = byte as char;
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        let width = c.len_utf8();
        if is_word_char(c) {
            prev = c;
            i += width;
            continue;
        }
        let next = char_within(text, i + width, end);
        let joins = match c {
            c if is_joining_hyphen(c) => next.is_some_and(is_word_char),
            '.' => {
                next.is_some_and(|n| n.is_alphanumeric()) && !is_run_on(text, segment_start, i, end)
            }
            ',' => prev.is_ascii_digit() && three_digits_follow(bytes, i + 1, end),
            ':' | '/' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
            '@' => next.is_some_and(|n| n.is_alphanumeric()),
            c if is_apostrophe(c) => next.is_some_and(char::is_alphabetic),
            // Mojibake: UTF-8 read as Latin-1 turns "ç" into "Ã§" (and twice over into
            // "Ã\u{83}Â§"); the symbol and control halves inside a name stay in the word.
            c if is_mojibake_half(c) => {
                prev.is_alphabetic()
                    && next.is_some_and(|n| n.is_alphabetic() || is_mojibake_half(n))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c == '.' {
            has_inner_period = true;
            segment_start = i + 1;
        }
        prev = c;
        i += width;
    }
    let mut word_end = i;
    if word_end < end
        && bytes[word_end] == b'.'
        && bytes.get(word_end + 1) != Some(&b'.')
        && period_belongs_to_word(text, start, word_end, has_inner_period)
    {
        word_end += 1;
    }
    push_word(text, start, word_end, out);

    // A possessive apostrophe after a plural: "the soldiers' families".
    if let Some(c) = char_within(text, word_end, end) {
        let after = word_end + c.len_utf8();
        if is_apostrophe(c)
            && matches!(prev, 's' | 'S')
            && word_end == i
            && char_within(text, after, end).is_none_or(|n| !is_word_char(n))
        {
            // Followed by a word, it is a possessive marker; otherwise likely a closing quote.
            let mut rest = text[after..].chars();
            let followed_by_word = after == end
                && rest.next().is_some_and(|s| s == ' ' || s == '\u{A0}')
                && rest.next().is_some_and(char::is_alphanumeric);
            let kind = if followed_by_word {
                TokenKind::Word
            } else {
                TokenKind::Quote
            };
            push(out, word_end, after, kind);
            return after;
        }
    }
    word_end
}

/// "end.The": a lower-case word of two or more letters, a period, then a capitalized word.
fn is_run_on(text: &str, segment_start: usize, period: usize, end: usize) -> bool {
    let segment = &text[segment_start..period];
    let mut after = text[period + 1..end].chars();
    let (Some(first), Some(second)) = (after.next(), after.next()) else {
        return false;
    };
    segment.len() >= 2
        && segment.chars().next_back().is_some_and(char::is_lowercase)
        && first.is_uppercase()
        && second.is_lowercase()
}

fn three_digits_follow(bytes: &[u8], i: usize, end: usize) -> bool {
    i + 3 <= end
        && bytes[i..i + 3].iter().all(u8::is_ascii_digit)
        && bytes.get(i + 3).is_none_or(|b| !b.is_ascii_digit())
}

/// Whether the period right after `text[start..period]` is part of the word.
fn period_belongs_to_word(text: &str, start: usize, period: usize, has_inner_period: bool) -> bool {
    let word = &text[start..period];
    if contains_any_case(&TITLES, word) || contains_any_case(&ABBREVIATIONS, word) {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        // An initial: "John F. Kennedy".
        return first.is_uppercase();
    }
    if has_inner_period {
        // Dotted letters: "J.R.R", "Ph.D", "a.m", "U.S".
        return word.split('.').all(|segment| {
            !segment.is_empty()
                && segment.chars().count() <= 3
                && segment.chars().all(char::is_alphabetic)
        });
    }
    if let Some((_, last_part)) = word.rsplit_once('-') {
        // A party-state tag: "(D-Wis.)", "(R-N.J.)".
        return ABBREVIATIONS.contains(last_part);
    }
    if NUMBER_ABBREVIATIONS.contains(word) {
        let after = text[period + 1..].trim_start();
        return after.as_bytes().first().is_some_and(u8::is_ascii_digit);
    }
    false
}

/// Pushes `text[start..end]`, splitting a trailing clitic ("do|n't", "Korea|'s").
fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    if let Some(split) = clitic_split(word) {
        push(out, start, start + split, TokenKind::Word);
        push(out, start + split, end, TokenKind::Word);
        return;
    }
    let is_numeric_byte =
        |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b',' | b':' | b'/' | b'-');
    let starts_with_digit = word.as_bytes()[0].is_ascii_digit();
    if starts_with_digit {
        // "10km", "1.5bn", "5pm": the number, then its unit.
        if let Some(unit_start) = word.bytes().position(|b| b.is_ascii_alphabetic()) {
            let (number, unit) = word.split_at(unit_start);
            if number
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
                && number.as_bytes()[number.len() - 1].is_ascii_digit()
                && contains_lowercased(&UNIT_SUFFIXES, unit)
            {
                push(out, start, start + unit_start, TokenKind::Number);
                push(out, start + unit_start, end, TokenKind::Word);
                return;
            }
        }
    }
    let numeric = starts_with_digit && word.bytes().all(is_numeric_byte);
    let kind = if numeric {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    push(out, start, end, kind);
}

/// Where a contraction's clitic starts in `word`, if it has one and a host before it.
fn clitic_split(word: &str) -> Option<usize> {
    let mut tail = word.char_indices().rev();
    let (_, last) = tail.next()?;
    // n't: the n belongs to the clitic ("do|n't", "ca|n't").
    if matches!(last, 't' | 'T') {
        let mut rest = tail.clone();
        if let (Some((_, apostrophe)), Some((n_index, n))) = (rest.next(), rest.next()) {
            if is_apostrophe(apostrophe) && matches!(n, 'n' | 'N') {
                return (n_index > 0).then_some(n_index);
            }
        }
    }
    // 's 'm 'd 'll 're 've: the apostrophe is among the last three chars.
    for (index, c) in word.char_indices().rev().take(3) {
        if is_apostrophe(c) {
            let suffix = &word[index + c.len_utf8()..];
            return (index > 0 && is_clitic(suffix)).then_some(index);
        }
    }
    None
}
