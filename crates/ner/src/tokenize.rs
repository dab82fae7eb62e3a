//! A plain fallback tokenizer, used only when the caller's segmentation has no tokens (so the
//! tagger still works on raw text): white-space words with edge punctuation split off,
//! abbreviations with inner periods ("U.S.") and inner hyphens kept whole, and a sentence per
//! line or after end punctuation.

use model::Span;

fn is_edge_punct(c: char) -> bool {
    !c.is_alphanumeric() && c != '&'
}

/// Token spans and sentence token ranges of `text`.
pub fn tokenize(text: &str) -> (Vec<Span>, Vec<(usize, usize)>) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut sentence_start = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_offset = line_start;
        line_start += line.len();
        let mut word_start = None;
        for (i, c) in line.char_indices().chain([(line.len(), ' ')]) {
            if c.is_whitespace() {
                if let Some(s) = word_start.take() {
                    split_word(text, line_offset + s, line_offset + i, &mut tokens);
                }
            } else if word_start.is_none() {
                word_start = Some(i);
            }
        }
        // Sentence ends: after `.`, `!`, `?` tokens, and at every line end.
        let mut k = sentence_start;
        while k < tokens.len() {
            let word = tokens[k].of(text);
            if matches!(word, "." | "!" | "?") {
                sentences.push((sentence_start, k + 1));
                sentence_start = k + 1;
            }
            k += 1;
        }
        if sentence_start < tokens.len() {
            sentences.push((sentence_start, tokens.len()));
            sentence_start = tokens.len();
        }
    }
    (tokens, sentences)
}

/// Splits one white-space word: leading and trailing punctuation become tokens, as does a
/// final period unless the word is an abbreviation with an inner period, and `'s`.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let word = &text[start..end];
    let mut core_start = start;
    for (i, c) in word.char_indices() {
        if !is_edge_punct(c) {
            break;
        }
        out.push(Span::new(start + i, start + i + c.len_utf8()));
        core_start = start + i + c.len_utf8();
    }
    if core_start >= end {
        return;
    }
    let mut tail = Vec::new();
    let mut core_end = end;
    while core_end > core_start {
        let core = &text[core_start..core_end];
        let Some(c) = core.chars().next_back() else {
            break;
        };
        if !is_edge_punct(c) {
            break;
        }
        // "U.S." keeps its last period.
        if c == '.' && core[..core.len() - 1].contains('.') {
            break;
        }
        tail.push(Span::new(core_end - c.len_utf8(), core_end));
        core_end -= c.len_utf8();
    }
    if core_end > core_start {
        let core = &text[core_start..core_end];
        let clitic = ["'s", "\u{2019}s"]
            .iter()
            .find(|s| core.len() > s.len() && core.ends_with(*s));
        match clitic {
            Some(s) => {
                out.push(Span::new(core_start, core_end - s.len()));
                out.push(Span::new(core_end - s.len(), core_end));
            }
            None => out.push(Span::new(core_start, core_end)),
        }
    }
    out.extend(tail.into_iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).0.iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_punctuation_and_keeps_abbreviations() {
        assert_eq!(
            words("The U.S. envoy (Ms. Lane) left Kyiv's office."),
            [
                "The", "U.S.", "envoy", "(", "Ms", ".", "Lane", ")", "left", "Kyiv", "'s",
                "office", "."
            ]
        );
    }

    #[test]
    fn sentences_end_at_periods_and_lines() {
        let text = "Rain fell. Wind rose\nNew line";
        let (tokens, sentences) = tokenize(text);
        assert_eq!(sentences, vec![(0, 3), (3, 5), (5, 7)]);
        assert_eq!(tokens.len(), 7);
    }
}
