//! Canonical names within one document.
//!
//! Policy:
//! - an acronym in parentheses right after a name ("National Intelligence Service (NIS)")
//!   and every later use of it take that name;
//! - an all-capital ORG whose letters are the initials of an earlier ORG takes its name;
//! - a person mention that is the first or last part of a longer person name elsewhere in the
//!   document ("Zelensky", Korean surname-first "Kim") takes the longest such name, the
//!   earliest on ties;
//! - countries, their aliases and their capitals (governments named by place: "Seoul") take
//!   the country's name from the gazetteer; nationalities take their country ("South Korean"
//!   -> "South Korea"); known organisations take their full name ("NATO");
//! - a bare "North" takes the "North ..." name of the document;
//! - anything else is its own text, with white space runs made single spaces.

use crate::lexicon::{Kind, LEXICON};
use crate::refine::{Mention, Tokens};
use model::{EntityKind, Span};

fn surface(text: &str, spans: &[Span], first: usize, end: usize) -> String {
    let raw = &text[spans[first].start..spans[end - 1].end];
    let mut joined = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    joined
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "on" | "in" | "&"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The canonical name of each mention, in order.
pub fn canonical_names(
    text: &str,
    spans: &[Span],
    tokens: &Tokens,
    mentions: &[Mention],
) -> Vec<String> {
    let surfaces: Vec<String> = mentions
        .iter()
        .map(|m| surface(text, spans, m.first, m.end))
        .collect();
    // The words of every person mention, split once: each person mention is compared with
    // all the others.
    let person_words: Vec<Vec<&str>> = mentions
        .iter()
        .zip(&surfaces)
        .map(|(m, s)| match m.kind {
            EntityKind::Person => s.split(' ').collect(),
            _ => Vec::new(),
        })
        .collect();
    let mut names: Vec<String> = Vec::with_capacity(mentions.len());
    // Acronym definitions: key of the acronym -> the name it abbreviates.
    let mut acronyms: Vec<(u64, String)> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let key = tokens.key(m.first, m.end);
        let mut end = m.end;
        if m.kind == EntityKind::Gpe && end - m.first > 1 && tokens.words[end - 1] == "government" {
            end -= 1;
        }
        // The name without a trailing "government", else the whole mention's.
        let (core_key, core) = if end == m.end {
            (key, surfaces[k].clone())
        } else {
            (tokens.key(m.first, end), surface(text, spans, m.first, end))
        };
        let lex = |kind: Kind| LEXICON.canonical_in(kind, core_key).map(str::to_string);
        let name = match m.kind {
            EntityKind::Gpe => lex(Kind::Country)
                .or_else(|| lex(Kind::Capital))
                .unwrap_or(core),
            EntityKind::Norp => lex(Kind::Demonym).unwrap_or(core),
            EntityKind::Org => {
                let defined = acronyms
                    .iter()
                    .find(|(a, _)| *a == key)
                    .map(|(_, n)| n.clone());
                let by_initials = || {
                    let word = surfaces[k].replace('.', "");
                    (word.len() >= 2 && word.chars().all(char::is_uppercase))
                        .then(|| {
                            (0..k).rev().find(|&j| {
                                mentions[j].kind == EntityKind::Org
                                    && mentions[j].end - mentions[j].first > 1
                                    && initials(&names[j]) == word
                            })
                        })
                        .flatten()
                        .map(|j| names[j].clone())
                };
                defined
                    .or_else(by_initials)
                    .or_else(|| lex(Kind::Org))
                    .unwrap_or(core)
            }
            EntityKind::Person => {
                longer_person_name(mentions, &surfaces, &person_words, k).unwrap_or(core)
            }
            _ => core,
        };
        // A parenthesised acronym right after this name: define it.
        if let Some(next) = mentions.get(k + 1) {
            if m.kind == EntityKind::Org
                && next.first == m.end + 1
                && next.end == next.first + 1
                && tokens.words[m.end] == "("
                && tokens.words.get(next.end) == Some(&")")
            {
                acronyms.push((tokens.key(next.first, next.end), name.clone()));
            }
        }
        names.push(name);
    }
    // A bare compass point takes the document's "North ..." name.
    for (k, m) in mentions.iter().enumerate() {
        if m.kind == EntityKind::Gpe && m.end - m.first == 1 {
            let word = tokens.words[m.first];
            if matches!(word, "North" | "South" | "East" | "West") {
                if let Some(j) = mentions.iter().position(|o| {
                    o.kind == EntityKind::Gpe
                        && o.end - o.first == 2
                        && tokens.words[o.first] == word
                }) {
                    names[k] = names[j].clone();
                }
            }
        }
    }
    names
}

/// The longest person name in the document that begins or ends with mention `k`'s words
/// (`words`: each person mention's surface split at its spaces).
fn longer_person_name(
    mentions: &[Mention],
    surfaces: &[String],
    words: &[Vec<&str>],
    k: usize,
) -> Option<String> {
    let short = &words[k];
    // The best name so far and its number of words.
    let mut best: Option<(&String, usize)> = None;
    for (j, m) in mentions.iter().enumerate() {
        if j == k || m.kind != EntityKind::Person {
            continue;
        }
        let long = &words[j];
        if long.len() <= short.len() {
            continue;
        }
        let part = long.ends_with(short) || long.starts_with(short);
        if part && best.is_none_or(|(_, n)| n < long.len()) {
            best = Some((&surfaces[j], long.len()));
        }
    }
    best.map(|(name, _)| name.clone())
}
