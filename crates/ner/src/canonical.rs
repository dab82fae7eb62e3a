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
//! - a body named by the opening words of one longer body name of the document takes it
//!   ("Nordhav" -> "Nordhav Energy"), unless its words are common ones ("Fire"); one named
//!   by the closing words of one longer body name before it takes that ("the Commission"
//!   after "European Commission");
//! - a dateline's place ("KESSFIELD -") is that place, not its government: a country takes
//!   its name, any other place the document's own spelling of it in lower case
//!   ("Kessfield"), else its words capitalised;
//! - a nationality the gazetteer lacks takes the document's country it derives from
//!   ("Estavian" -> "Estavia");
//! - a place named without its head ("the Dunmere valley", "the Lower Marrow provincial
//!   government") takes the document's full name of the same type ("Dunmere River", "Lower
//!   Marrow Province");
//! - anything else is its own text, with white space runs made single spaces.

use crate::lexicon::{Kind, LEXICON};
use crate::refine::{datelines, head_kind, is_demonym_of, Mention, Tokens};
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
    dateline_places(tokens, mentions, &surfaces, &mut names);
    // "Estavian" -> "Estavia": a nationality the gazetteer lacks, by the document's country.
    for (k, m) in mentions.iter().enumerate() {
        if m.kind != EntityKind::Norp || m.end - m.first != 1 || names[k] != surfaces[k] {
            continue;
        }
        let country = mentions.iter().zip(&surfaces).position(|(o, surface)| {
            o.kind == EntityKind::Gpe
                && o.end - o.first == 1
                && is_demonym_of(&surfaces[k], surface)
        });
        if let Some(j) = country {
            names[k] = names[j].clone();
        }
    }
    // "Dunmere" beside "Dunmere River": a place named without its head takes the full name
    // of the same type (the town "Brenn" is not the "Brenn Valley").
    let is_place = |m: &Mention| matches!(m.kind, EntityKind::Gpe | EntityKind::Loc);
    for (k, m) in mentions.iter().enumerate() {
        if !is_place(m) || names[k] != surfaces[k] {
            continue;
        }
        let full = mentions.iter().zip(&surfaces).position(|(o, surface)| {
            o.kind == m.kind
                && surface
                    .strip_prefix(surfaces[k].as_str())
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|head| head_kind(head).is_some_and(|kind| kind != EntityKind::Org))
        });
        if let Some(j) = full {
            names[k] = names[j].clone();
        }
    }
    // "Nordhav" beside "Nordhav Energy": a body named by the opening words of one longer
    // body name of the document takes that name. Not where two longer names open so
    // ("Solvane Biologics", "Solvane Semiconductor"), nor for common words ("Fire", "Police":
    // the word clusters' text wrote them in lower case).
    for (k, m) in mentions.iter().enumerate() {
        let uncommon = (m.first..m.end).any(|i| !tokens.is_common_word(i));
        if !uncommon {
            continue;
        }
        let opened = |name: &str| {
            name.strip_prefix(surfaces[k].as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                // ("Energy", "Group", "S.A.": a name's tail, not a body of its own after
                // "of": "Rothmere Museum of World Cultures".)
                .is_some_and(|rest| {
                    rest.split(' ').count() <= 2
                        && !rest.split(' ').any(|w| matches!(w, "of" | "for"))
                })
        };
        take_one_longer_body_name(mentions, &surfaces, &mut names, k, mentions.len(), opened);
    }
    // "the Commission" after "European Commission", "Police" after "Bangladesh Police": a
    // body named by the closing words of one longer body name before it takes that name
    // (capitalised words: not "BBC that Environment Agency", a tagger's slip).
    for k in 0..mentions.len() {
        let closed = |name: &str| {
            name.strip_suffix(surfaces[k].as_str())
                .and_then(|rest| rest.strip_suffix(' '))
                .is_some_and(|rest| rest.split(' ').all(|w| w.starts_with(char::is_uppercase)))
        };
        take_one_longer_body_name(mentions, &surfaces, &mut names, k, k, closed);
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

/// Body mention `k`, still named as written, takes the name of the body among the first
/// `before` mentions whose name `fits`, where exactly one name does (however often).
fn take_one_longer_body_name(
    mentions: &[Mention],
    surfaces: &[String],
    names: &mut [String],
    k: usize,
    before: usize,
    fits: impl Fn(&str) -> bool,
) {
    if mentions[k].kind != EntityKind::Org || names[k] != surfaces[k] {
        return;
    }
    let mut longer = mentions[..before]
        .iter()
        .zip(names.iter())
        .filter(|(o, name)| o.kind == EntityKind::Org && fits(name))
        .map(|(_, name)| name.as_str());
    let Some(first) = longer.next() else {
        return;
    };
    if longer.all(|other| other == first) {
        names[k] = first.to_string();
    }
}

/// A dateline's place ("KESSFIELD", "NEW YORK") names where the report comes from, not a
/// government: a country keeps its gazetteer name, any other place takes the document's
/// spelling of the same words not in capitals, else its words capitalised ("New York").
fn dateline_places(
    tokens: &Tokens,
    mentions: &[Mention],
    surfaces: &[String],
    names: &mut [String],
) {
    for d in datelines(tokens) {
        let Some(k) = mentions.iter().position(|m| {
            (m.first, m.end) == d.place && matches!(m.kind, EntityKind::Gpe | EntityKind::Loc)
        }) else {
            continue;
        };
        let key = tokens.key(d.place.0, d.place.1);
        if LEXICON.canonical_in(Kind::Country, key).is_some() {
            continue;
        }
        let written = mentions.iter().zip(surfaces).find(|(m, surface)| {
            tokens.key(m.first, m.end) == key && surface.chars().any(char::is_lowercase)
        });
        names[k] = match written {
            Some((_, surface)) => surface.clone(),
            None => capitalised(&surfaces[k]),
        };
    }
}

/// "NEW YORK" -> "New York": each word's first letter kept, the others lower-cased.
fn capitalised(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_string() + &chars.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::lower_key;

    /// The canonical names of `mentions` (token ranges and kinds) in `text`, whose tokens are
    /// its words between white space.
    fn names(text: &str, mentions: &[(usize, usize, EntityKind)]) -> Vec<String> {
        let mut spans = Vec::new();
        let mut at = 0;
        for word in text.split_whitespace() {
            let start = at + text[at..].find(word).unwrap();
            spans.push(Span::new(start, start + word.len()));
            at = start + word.len();
        }
        let words: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
        let space_before = vec![true; words.len()];
        let line_start: Vec<bool> = (0..spans.len())
            .map(|i| i == 0 || text[spans[i - 1].end..spans[i].start].contains('\n'))
            .collect();
        let lower_keys: Vec<u64> = words.iter().map(|w| lower_key(w)).collect();
        let tokens = Tokens {
            words: &words,
            space_before: &space_before,
            line_start: &line_start,
            lower_keys: &lower_keys,
        };
        let mentions: Vec<Mention> = mentions
            .iter()
            .map(|&(first, end, kind)| Mention { first, end, kind })
            .collect();
        canonical_names(text, &spans, &tokens, &mentions)
    }

    #[test]
    fn a_dateline_place_is_the_place_as_the_text_spells_it() {
        let text = "Storm warning\nBRANNOCK , Ostland ( NPA ) \u{2014} Snow fell on Brannock .";
        let found = names(
            text,
            &[
                (2, 3, EntityKind::Gpe),
                (4, 5, EntityKind::Gpe),
                (6, 7, EntityKind::Org),
                (12, 13, EntityKind::Gpe),
            ],
        );
        assert_eq!(found[0], "Brannock");
        // Not spelled otherwise: its words capitalised.
        let found = names(
            "NEW HARBOR \u{2014} Snow fell .",
            &[(0, 2, EntityKind::Gpe)],
        );
        assert_eq!(found, vec!["New Harbor"]);
        // A capital in a dateline is the city; named in the text it is the government.
        let text = "LONDON \u{2014} Talks in London stalled .";
        let found = names(text, &[(0, 1, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        assert_eq!(found, vec!["London", "United Kingdom"]);
    }

    #[test]
    fn a_nationality_takes_the_country_the_document_names() {
        let text = "Ostlandia sent boats ; Ostlandian crews helped .";
        let found = names(text, &[(0, 1, EntityKind::Gpe), (4, 5, EntityKind::Norp)]);
        assert_eq!(found, vec!["Ostlandia", "Ostlandia"]);
    }

    #[test]
    fn a_body_named_by_the_opening_of_a_longer_name_takes_it() {
        let text = "Nordhav Energy shut a plant ; Nordhav said costs rose .";
        let found = names(text, &[(0, 2, EntityKind::Org), (6, 7, EntityKind::Org)]);
        assert_eq!(found, vec!["Nordhav Energy", "Nordhav Energy"]);
        // Not where two longer names open with it, nor a longer name after "of".
        let text = "Solvane Biologics and Solvane Chips ; Solvane said so .";
        let found = names(
            text,
            &[
                (0, 2, EntityKind::Org),
                (3, 5, EntityKind::Org),
                (6, 7, EntityKind::Org),
            ],
        );
        assert_eq!(found[2], "Solvane");
        let text = "the Rothmere Museum of World Cultures ; Rothmere said so .";
        let found = names(text, &[(1, 6, EntityKind::Org), (7, 8, EntityKind::Org)]);
        assert_eq!(found[1], "Rothmere");
    }

    #[test]
    fn a_body_named_by_the_close_of_a_longer_name_before_it_takes_it() {
        let text = "the European Commission fined it ; the Commission said so .";
        let found = names(text, &[(1, 3, EntityKind::Org), (7, 8, EntityKind::Org)]);
        assert_eq!(found, vec!["European Commission", "European Commission"]);
        // Not a name the text gives only after it.
        let text = "the Commission said so ; the European Commission fined it .";
        let found = names(text, &[(1, 2, EntityKind::Org), (6, 8, EntityKind::Org)]);
        assert_eq!(found[0], "Commission");
        // Nor with two longer names before it.
        let text = "Kenya Police and Uganda Police met ; Police said so .";
        let found = names(
            text,
            &[
                (0, 2, EntityKind::Org),
                (3, 5, EntityKind::Org),
                (7, 8, EntityKind::Org),
            ],
        );
        assert_eq!(found[2], "Police");
    }

    #[test]
    fn a_place_named_without_its_head_takes_the_full_name() {
        let text = "the Ostra valley flooded ; the Ostra River rose .";
        let found = names(text, &[(1, 2, EntityKind::Loc), (6, 8, EntityKind::Loc)]);
        assert_eq!(found, vec!["Ostra River", "Ostra River"]);
        // A town is not the valley named after it.
        let text = "the Brenn market ; the Brenn Valley farms";
        let found = names(text, &[(1, 2, EntityKind::Gpe), (5, 7, EntityKind::Loc)]);
        assert_eq!(found, vec!["Brenn", "Brenn Valley"]);
    }
}
