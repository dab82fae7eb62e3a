//! The word lists of `data/`, parsed once into hash sets of `&'static str`.
//!
//! Abbreviation entries are written with their final period ("Lt.") for readability and
//! stored without it ("Lt"), because the tokenizer asks about the word before the period.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Titles before a name ("Lt.", "Rep.", "Dr."): their period never ends a sentence.
pub(crate) static TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse_abbreviations(include_str!("../data/titles.txt")));

/// Abbreviations that keep their period and may end a sentence ("Inc.", "U.S.", "Oct.").
pub(crate) static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse_abbreviations(include_str!("../data/abbreviations.txt")));

/// Abbreviations that keep their period only before a number ("No. 1").
pub(crate) static NUMBER_ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse_abbreviations(include_str!("../data/number_abbreviations.txt")));

/// Capitalized words that usually begin a sentence ("The", "He", "But").
pub(crate) static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/sentence_starters.txt")).collect());

/// Unit and multiplier suffixes split off a number ("10|km"), lower case.
pub(crate) static UNIT_SUFFIXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/unit_suffixes.txt")).collect());

/// Longest word the case-folding lookups consider; longer words are never abbreviations.
const LONGEST: usize = 8;

/// Whether `set` (of lower-case entries) holds the ASCII word `word` in lower case.
pub(crate) fn contains_lowercased(set: &HashSet<&'static str>, word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > LONGEST || !bytes.is_ascii() {
        return false;
    }
    let mut lower = [0u8; LONGEST];
    lower[..bytes.len()].copy_from_slice(bytes);
    lower[..bytes.len()].make_ascii_lowercase();
    std::str::from_utf8(&lower[..bytes.len()]).is_ok_and(|word| set.contains(word))
}

/// Whether `set` holds `word`, or, for an all-capitals word of a headline or dateline
/// ("GEN", "ST"), its capitalized form ("Gen", "St").
pub(crate) fn contains_any_case(set: &HashSet<&'static str>, word: &str) -> bool {
    if set.contains(word) {
        return true;
    }
    let bytes = word.as_bytes();
    if bytes.len() < 2 || bytes.len() > LONGEST || !bytes.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let mut capitalized = [0u8; LONGEST];
    capitalized[..bytes.len()].copy_from_slice(bytes);
    capitalized[1..bytes.len()].make_ascii_lowercase();
    std::str::from_utf8(&capitalized[..bytes.len()]).is_ok_and(|word| set.contains(word))
}

/// Non-empty, non-comment lines, trimmed.
fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn parse_abbreviations(source: &'static str) -> HashSet<&'static str> {
    entries(source)
        .map(|entry| entry.strip_suffix('.').unwrap_or(entry))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_stored_without_their_final_period() {
        assert!(TITLES.contains("Lt"));
        assert!(TITLES.contains("Gen"));
        assert!(!TITLES.contains("Lt."));
        assert!(ABBREVIATIONS.contains("U.S"));
        assert!(ABBREVIATIONS.contains("Inc"));
        assert!(NUMBER_ABBREVIATIONS.contains("No"));
    }

    #[test]
    fn all_capitals_abbreviations_are_found_capitalized() {
        assert!(contains_any_case(&TITLES, "GEN"));
        assert!(contains_any_case(&ABBREVIATIONS, "ST"));
        assert!(!contains_any_case(&ABBREVIATIONS, "THE"));
        assert!(!contains_any_case(&TITLES, "gen"));
    }

    #[test]
    fn unit_suffixes_are_found_in_any_case() {
        assert!(contains_lowercased(&UNIT_SUFFIXES, "km"));
        assert!(contains_lowercased(&UNIT_SUFFIXES, "BN"));
        assert!(!contains_lowercased(&UNIT_SUFFIXES, "th"));
        assert!(!contains_lowercased(&UNIT_SUFFIXES, "kilometres"));
    }

    #[test]
    fn comments_and_blank_lines_are_not_entries() {
        for set in [
            &*TITLES,
            &*ABBREVIATIONS,
            &*NUMBER_ABBREVIATIONS,
            &*SENTENCE_STARTERS,
        ] {
            assert!(!set.contains(""));
            assert!(set.iter().all(|entry| !entry.starts_with('#')));
        }
        assert!(SENTENCE_STARTERS.contains("The"));
    }
}
