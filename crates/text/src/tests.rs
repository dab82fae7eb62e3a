//! Unit tests per rule family, on sentences written for these tests.

use super::*;

fn tokens(text: &str) -> Vec<&str> {
    segment(text)
        .tokens
        .iter()
        .map(|t| t.span.of(text))
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| s.span.of(text))
        .collect()
}

#[test]
fn punctuation_is_split_from_words() {
    assert_eq!(tokens("Hello, world!"), ["Hello", ",", "world", "!"]);
}

#[test]
fn basic_sentences_split_at_periods() {
    assert_eq!(
        sentences("The army moved. Officials said nothing."),
        ["The army moved.", "Officials said nothing."]
    );
}
