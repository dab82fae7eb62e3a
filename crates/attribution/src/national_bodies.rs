//! One name per national ministry, department or shared public body, with its country.
//!
//! Reports name the same body many ways ("the health ministry", "Kenya's Health Ministry",
//! "the Ministry of Health"), and every country has a "Ministry of Health" and a "National
//! Security Council". Fusion joins sources by name, so such a body filed without its country
//! would merge with every other country's. A source named for a portfolio is therefore filed
//! as "Ministry of Health (Kenya)": the head and portfolio as the body's full name gives them
//! ([`model::portfolio`]), then the country the name carries ("Kenya's", "Kenyan", "of
//! Kenya"), else the one the text gives around the mention (a possessive before it, else the
//! dateline's: "NAIROBI, Kenya —", `data/dateline_cities.txt` for cities that are no
//! capitals). Where nothing names a country the name stays without one: nothing is guessed.
//! Fusion reads a body's country from the same "Name (Country)" form. Bodies with a name of
//! their own ("India Meteorological Department", "Department of Health and Social Care",
//! "Department for Transport") and shared names that carry their country ("the Italian Coast
//! Guard") are left as they are.

use crate::lexicon::entries;
use model::{Entity, EntityKind};
use std::sync::LazyLock;

/// Names of bodies that many countries have (`data/national_body_names.txt`).
static BODY_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/national_body_names.txt")).collect());

/// Cities that open datelines without their country, lower-cased, with their country
/// (`data/dateline_cities.txt`).
static DATELINE_CITIES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    entries(include_str!("../data/dateline_cities.txt"))
        .filter_map(|l| l.split_once('|'))
        .map(|(city, country)| (city.trim().to_lowercase(), country.trim()))
        .collect()
});

/// Letters every name [`filed_name`] files holds: "inistry" and "epartment" in either case,
/// and the last word of each shared body name.
static HEAD_LETTERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut letters = vec!["inistry", "INISTRY", "epartment", "EPARTMENT"];
    letters.extend(BODY_NAMES.iter().filter_map(|n| n.split(' ').next_back()));
    letters
});

/// The longest portfolio after "Department of" in capitalised words ("Mines and Energy"): a
/// longer one ("Department of Health and Social Care") is one country's own name. A ministry
/// is a ministry of its country whatever the length of its portfolio ("Ministry of Public
/// Health and Population (Haiti)").
const MOST_DEPARTMENT_WORDS: usize = 2;

/// The name to file a source under, where `name` is a ministry or department named for its
/// portfolio or a body many countries have; `around` is the country the text gives around
/// the mention, used where the name carries none.
pub(crate) fn filed_name(name: &str, around: Option<&'static str>) -> Option<String> {
    // (Most sources are people: a look for the heads' letters spares them the parsing.)
    if !HEAD_LETTERS.iter().any(|needle| name.contains(needle)) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let (country, core) = tied_country(&words);
    // ("the Italian Coast Guard", "the Electoral Commission of Zambia": a body many countries
    // have, named with its country, is that country's already.)
    if country.is_some() && is_shared_body_name(core) {
        return None;
    }
    let (base, only_in) = body_name(core)?;
    Some(match country.or(only_in).or(around) {
        Some(country) => format!("{base} ({country})"),
        None => base,
    })
}

/// The country the name carries itself, and the words left without it: "Kenya's", "Kenyan",
/// "U.S." before the body, "of Kenya" after it.
fn tied_country<'a, 'w>(words: &'a [&'w str]) -> (Option<&'static str>, &'a [&'w str]) {
    for n in (1..=3).rev() {
        if words.len() <= n {
            continue;
        }
        let owner = words[..n].join(" ");
        let owner = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))
            .unwrap_or(&owner);
        if let Some(country) = ner::lexicon::country_of(owner) {
            return (Some(country), &words[n..]);
        }
    }
    // "Foreign Ministry of Kyrgyzstan", "Ministry of Health of Kenya": the last "of".
    if let Some(of) = words.iter().rposition(|w| *w == "of").filter(|&i| i >= 2) {
        if let Some(country) = ner::lexicon::country_of(&words[of + 1..].join(" ")) {
            return (Some(country), &words[..of]);
        }
    }
    (None, words)
}

/// "Ministry of Health" for "Ministry of Health", "Health Ministry" and "health ministry",
/// with the one country that has such a body if only one does; None for a name that is no
/// ministry or department of a portfolio, nor a body many countries have.
fn body_name(words: &[&str]) -> Option<(String, Option<&'static str>)> {
    if is_shared_body_name(words) {
        return Some((words.join(" "), None));
    }
    let (federal, words) = match words.split_first() {
        Some((&"Federal", rest)) => ("Federal ", rest),
        _ => ("", words),
    };
    match words {
        [] => None,
        [word, head] => {
            let head = capitalised_head(head)?;
            let portfolio = model::portfolio::by_word(word)?;
            Some((
                format!("{federal}{head} of {}", portfolio.name),
                portfolio.country,
            ))
        }
        // ("Department for Transport", "Ministry for Primary Industries": a name built with
        // "for" is one country's own, and is left as it is.)
        [head, "of", portfolio @ ..] => {
            let head = capitalised_head(head).filter(|h| head.starts_with(h))?;
            let capitalised = portfolio
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            let joins_only = portfolio
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "the"));
            let most = if head == "Ministry" {
                usize::MAX
            } else {
                MOST_DEPARTMENT_WORDS
            };
            ((1..=most).contains(&capitalised)
                && joins_only
                && portfolio.first().is_some_and(|w| *w != "and")
                && portfolio
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_uppercase)))
            .then(|| {
                let name = portfolio.join(" ");
                let country = model::portfolio::by_name(&name).and_then(|p| p.country);
                (format!("{federal}{head} of {name}"), country)
            })
        }
        _ => None,
    }
}

/// Whether the words are the name of a body many countries have ("Coast Guard").
fn is_shared_body_name(words: &[&str]) -> bool {
    BODY_NAMES
        .iter()
        .any(|n| n.split(' ').eq(words.iter().copied()))
}

/// "Ministry" or "Department" for either word in any case.
fn capitalised_head(word: &str) -> Option<&'static str> {
    match word.to_lowercase().as_str() {
        "ministry" => Some("Ministry"),
        "department" => Some("Department"),
        _ => None,
    }
}

/// The country of the document's dateline ("NAIROBI, Kenya —", "SEOUL —", "ROTTERDAM —"): of
/// the places named before the dateline's dash in the first paragraph after the headline, the
/// last one that names a country or a capital; else the city that opens the dateline, where
/// `data/dateline_cities.txt` places it.
pub(crate) fn dateline_country(text: &str, entities: &[Entity]) -> Option<&'static str> {
    // The headline is the first line; the dateline opens the next paragraph (or the text).
    let start = text.find("\n\n").map_or(0, |i| i + 2);
    let paragraph = &text[start..];
    let head_len = paragraph
        .char_indices()
        .take_while(|&(i, _)| i < 80)
        .map(|(i, c)| i + c.len_utf8())
        .last()?;
    let head = &paragraph[..head_len];
    let dash = ["—", "–", " - ", " -- "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()?;
    let (from, to) = (start, start + dash);
    entities
        .iter()
        .rev()
        .filter(|e| e.kind == EntityKind::Gpe && e.span.start >= from && e.span.end <= to)
        .find_map(|e| {
            ner::lexicon::country_of(e.span.of(text))
                .or_else(|| ner::lexicon::country_of(&e.canonical))
        })
        .or_else(|| {
            // ("ROTTERDAM —": a city that is no capital, from the dateline's own words.)
            let city = text[from..to]
                .split([',', '('])
                .next()?
                .trim()
                .to_lowercase();
            DATELINE_CITIES
                .iter()
                .find(|(name, _)| *name == city)
                .map(|&(_, country)| country)
        })
}

/// The country of a place or people named in the possessive right before `mention`
/// ("Seoul's National Security Council", "Kenya’s health ministry").
pub(crate) fn owner_country(
    text: &str,
    mention: model::Span,
    entities: &[Entity],
) -> Option<&'static str> {
    let before = text.get(..mention.start)?.trim_end();
    let owner_end = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))?
        .len();
    let owner = entities.iter().find(|e| {
        e.span.end == owner_end && matches!(e.kind, EntityKind::Gpe | EntityKind::Norp)
    })?;
    ner::lexicon::country_of(owner.span.of(text))
        .or_else(|| ner::lexicon::country_of(&owner.canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ministry_named_for_its_portfolio_files_with_its_country() {
        let home = Some("Kenya");
        assert_eq!(
            filed_name("Ministry of Health", home).as_deref(),
            Some("Ministry of Health (Kenya)")
        );
        assert_eq!(
            filed_name("health ministry", home).as_deref(),
            Some("Ministry of Health (Kenya)")
        );
        assert_eq!(
            filed_name("Interior Ministry", home).as_deref(),
            Some("Ministry of the Interior (Kenya)")
        );
        // The country the text ties it to wins over the dateline's.
        assert_eq!(
            filed_name("Foreign Ministry of Kyrgyzstan", home).as_deref(),
            Some("Ministry of Foreign Affairs (Kyrgyzstan)")
        );
        assert_eq!(
            filed_name("Japan's transport ministry", home).as_deref(),
            Some("Ministry of Transport (Japan)")
        );
        assert_eq!(
            filed_name("Dutch foreign ministry", None).as_deref(),
            Some("Ministry of Foreign Affairs (Netherlands)")
        );
        assert_eq!(
            filed_name("U.S. State Department", None).as_deref(),
            Some("Department of State (United States)")
        );
        // A portfolio only one country has keeps that country, whatever the dateline.
        assert_eq!(
            filed_name("State Department", Some("South Korea")).as_deref(),
            Some("Department of State (United States)")
        );
        assert_eq!(
            filed_name("National Security Council", Some("South Korea")).as_deref(),
            Some("National Security Council (South Korea)")
        );
        assert_eq!(
            filed_name("National Treasury", Some("South Africa")).as_deref(),
            Some("National Treasury (South Africa)")
        );
        // No country anywhere: the name alone, never a guess.
        assert_eq!(
            filed_name("Finance Ministry", None).as_deref(),
            Some("Ministry of Finance")
        );
    }

    #[test]
    fn bodies_with_names_of_their_own_are_left_alone() {
        let home = Some("India");
        for name in [
            "India Meteorological Department",
            "Department of Health and Social Care",
            "Department of Trade, Industry and Competition",
            "Valparaíso Fire Department",
            "Department for Transport",
            "Italian Coast Guard",
            "Electoral Commission of Zambia",
            "ministry",
            "ministry spokeswoman",
            "Interior Ministry figures",
            "Olena Marchuk",
        ] {
            assert_eq!(filed_name(name, home), None, "{name}");
        }
        // ("Mines and Energy": two capitalised words are still a department's portfolio; a
        // ministry's may be longer.)
        assert_eq!(
            filed_name("Department of Mines and Energy", Some("Namibia")).as_deref(),
            Some("Department of Mines and Energy (Namibia)")
        );
        assert_eq!(
            filed_name(
                "Ministry of Maritime Affairs and Insular Policy of Greece",
                None
            )
            .as_deref(),
            Some("Ministry of Maritime Affairs and Insular Policy (Greece)")
        );
    }

    /// A GPE entity over the first `surface` of `text`, with its `canonical` name.
    fn place(text: &str, surface: &str, canonical: &str) -> Entity {
        let start = text.find(surface).unwrap();
        Entity {
            span: model::Span::new(start, start + surface.len()),
            kind: EntityKind::Gpe,
            canonical: canonical.into(),
        }
    }

    #[test]
    fn a_possessive_before_the_mention_names_its_country() {
        use model::Span;
        let text = "It led Seoul’s National Security Council to meet.";
        let council = text.find("National").unwrap();
        let mention = Span::new(council, council + "National Security Council".len());
        let seoul = place(text, "Seoul", "Seoul");
        assert_eq!(
            owner_country(text, mention, std::slice::from_ref(&seoul)),
            Some("South Korea")
        );
        // No possessive before the mention: no owner.
        assert_eq!(owner_country(text, seoul.span, &[seoul]), None);
    }

    #[test]
    fn the_dateline_names_the_documents_country() {
        let text = "Clinics run short of vaccine\n\nMOMBASA, Kenya — The ministry said ...";
        let at = |s: &str| place(text, s, s);
        assert_eq!(
            dateline_country(text, &[at("MOMBASA"), at("Kenya")]),
            Some("Kenya")
        );
        let capital = "Talks resume\n\nNAIROBI — The ministry said ...";
        let nairobi = place(capital, "NAIROBI", "Nairobi");
        assert_eq!(dateline_country(capital, &[nairobi]), Some("Kenya"));
        // A city that is no capital, from the dateline's words.
        assert_eq!(dateline_country(text, &[at("MOMBASA")]), Some("Kenya"));
        let plain = "Port reopens\n\nROTTERDAM — The ministry said ...";
        assert_eq!(dateline_country(plain, &[]), Some("Netherlands"));
        // A city neither list places, or no dateline at all: unknown.
        let unknown = "Port reopens\n\nKESSFIELD — The ministry said ...";
        assert_eq!(dateline_country(unknown, &[]), None);
        assert_eq!(dateline_country("The ministry said so.", &[]), None);
    }
}
