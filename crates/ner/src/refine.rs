//! From tagged CoNLL-type spans to dossier entities: finer types (GPE vs LOC, NORP vs MISC),
//! titles kept out of person names, and span repairs the tagger cannot learn from CoNLL.
//!
//! Policy, in order:
//! - a person span loses its leading titles ("Lt. Gen. Kyrylo Budanov" -> "Kyrylo Budanov");
//!   a span that ends in a title ("National Security Adviser") is not a person;
//! - trailing lower-case words leave any entity ("Kim also" -> "Kim");
//! - an entity followed by capitalised organisation words ("Democratic" + "Party") grows into
//!   an ORG; a nationality right before an ORG ("Ukrainian" + "Defense Intelligence
//!   Directorate") joins it;
//! - an acronym in parentheses right after an entity ("(NIS)") takes that entity's type, and so
//!   does every other mention of the acronym;
//! - a place is GPE when it is a country, capital, city or state of the gazetteers, or unknown
//!   and not named like a natural place; LOC for continents, seas, regions, "the region of X";
//! - MISC is NORP when it is a nationality, religious or political group;
//! - a place followed by "government" takes it in ("the U.S. government" is GPE);
//! - a bare "North"/"South"/... is GPE where the document names "North Korea" and the like.

use crate::hash::{lower_key, Hasher};
use crate::lexicon::{Kind, LEXICON};
use model::EntityKind;
use std::sync::LazyLock;

/// Nouns that introduce a news outlet's name (`data/outlet_cues.txt`).
static OUTLET_CUES: LazyLock<crate::features::KeySet> = LazyLock::new(|| {
    include_str!("../data/outlet_cues.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(lower_key)
        .collect()
});

/// Words that may join the capitalised words of an outlet's name ("Voice of America").
const NAME_CONNECTORS: [&str; 3] = ["of", "and", "&"];
/// The most words an outlet name may have.
const MAX_OUTLET_WORDS: usize = 6;

/// An entity over token indices `[first, end)` while it is refined.
#[derive(Debug, Clone)]
pub struct Mention {
    pub first: usize,
    pub end: usize,
    pub kind: EntityKind,
}

pub struct Tokens<'a> {
    pub words: &'a [&'a str],
    pub space_before: &'a [bool],
    /// [`lower_key`] of every word, as the tagger computed them.
    pub lower_keys: &'a [u64],
}

impl Tokens<'_> {
    /// The lexicon key of tokens `[first, end)`, joined as the text joins them.
    pub fn key(&self, first: usize, end: usize) -> u64 {
        if end == first + 1 {
            // One word: its key is known.
            if let Some(&key) = self.lower_keys.get(first) {
                return key;
            }
        }
        let mut h = Hasher::new(0);
        for i in first..end {
            if i > first && self.space_before[i] {
                h = h.sep();
            }
            h = h.lower(self.words[i]);
        }
        h.finish()
    }
    fn has(&self, first: usize, end: usize, kind: Kind) -> bool {
        LEXICON
            .get(self.key(first, end))
            .is_some_and(|e| e.has(kind))
    }
    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }
}

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_lowercase_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// Punctuation that never begins or ends a name (a period may end "Corp.", inside its token).
fn is_edge_punct(w: &str) -> bool {
    !w.is_empty() && !w.chars().any(char::is_alphanumeric)
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-' || c.is_ascii_digit())
}

/// Applies the policy above to the tagger's spans (sorted, non-overlapping); returns the
/// refined mentions, still sorted and non-overlapping.
pub fn refine(tokens: &Tokens, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let n = tokens.words.len();
    for m in &mut mentions {
        // Trailing lower-case words ("Kim also") and, for persons, leading titles.
        while m.end - m.first > 1
            && (is_lowercase_word(tokens.word(m.end - 1)) || is_edge_punct(tokens.word(m.end - 1)))
        {
            m.end -= 1;
        }
        // Leading punctuation, calendar words, and lower-case words other than short name
        // particles ("de Silva", "van Gaal" keep theirs).
        while m.end - m.first > 1 {
            let w = tokens.word(m.first);
            let particle = w.len() <= 3;
            if is_edge_punct(w)
                || tokens.has(m.first, m.first + 1, Kind::NotName)
                || (is_lowercase_word(w) && !particle)
            {
                m.first += 1;
            } else {
                break;
            }
        }
        while m.end - m.first > 1 && tokens.has(m.end - 1, m.end, Kind::NotName) {
            m.end -= 1;
        }
        if m.kind == EntityKind::Person {
            // Names never end in figures; greedy tagging sometimes runs on into a score
            // ("A. Dale 69").
            while m.end - m.first > 1
                && tokens
                    .word(m.end - 1)
                    .starts_with(|c: char| c.is_ascii_digit())
            {
                m.end -= 1;
            }
            while m.end - m.first > 1 && tokens.has(m.first, m.first + 1, Kind::Title) {
                m.first += 1;
            }
        }
    }
    split_roles(tokens, &mut mentions);
    split_conjoined_places(tokens, &mut mentions);
    // A "person" that ends in a title word is a role, not a name.
    mentions
        .retain(|m| !(m.kind == EntityKind::Person && tokens.has(m.end - 1, m.end, Kind::Title)));

    // Grow into following capitalised organisation words: "Democratic" + "Party".
    for k in 0..mentions.len() {
        let limit = mentions.get(k + 1).map_or(n, |next| next.first);
        let mut end = mentions[k].end;
        while end < limit
            && is_capitalized(tokens.word(end))
            && tokens.has(end, end + 1, Kind::OrgWord)
        {
            end += 1;
        }
        if end > mentions[k].end && mentions[k].kind != EntityKind::Person {
            mentions[k].end = end;
            mentions[k].kind = EntityKind::Org;
        }
    }
    // A nationality directly before an organisation names its country: one ORG.
    let mut merged: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = merged.last_mut() {
            if prev.end == m.first
                && m.kind == EntityKind::Org
                && tokens.has(prev.first, prev.end, Kind::Demonym)
            {
                prev.end = m.end;
                prev.kind = EntityKind::Org;
                continue;
            }
        }
        merged.push(m);
    }
    let mut mentions = merged;

    for m in &mut mentions {
        m.kind = fine_kind(tokens, m);
    }
    outlets_after_cues(tokens, &mut mentions);
    // Parenthesised acronyms take the type of the entity they abbreviate.
    let mut acronym_types: Vec<(u64, EntityKind)> = Vec::new();
    for k in 1..mentions.len() {
        let (prev, m) = (&mentions[k - 1], &mentions[k]);
        if m.end - m.first == 1
            && prev.kind == EntityKind::Org
            && !tokens.has(m.first, m.end, Kind::Country)
            && prev.end + 1 == m.first
            && tokens.word(prev.end) == "("
            && tokens.word(m.end) == ")"
            && is_acronym(tokens.word(m.first))
        {
            let kind = prev.kind;
            acronym_types.push((tokens.key(m.first, m.end), kind));
            mentions[k].kind = kind;
        }
    }
    for m in &mut mentions {
        if let Some(&(_, kind)) = acronym_types
            .iter()
            .find(|(key, _)| *key == tokens.key(m.first, m.end))
        {
            m.kind = kind;
        }
    }
    // "the U.S. government": governments named by their place.
    for k in 0..mentions.len() {
        let end = mentions[k].end;
        let free = mentions.get(k + 1).is_none_or(|next| next.first > end);
        let the_before = mentions[k].first > 0
            && tokens
                .word(mentions[k].first - 1)
                .eq_ignore_ascii_case("the");
        if mentions[k].kind == EntityKind::Gpe
            && free
            && the_before
            && tokens.word(end) == "government"
        {
            mentions[k].end += 1;
        }
    }
    bare_compass_points(tokens, &mut mentions);
    person_parts(tokens, &mut mentions);
    mentions
}

/// The capitalised words right after an outlet noun ("outlet The War Zone", "newspaper
/// Kommersant") name the outlet: one ORG, replacing whatever the tagger found there. Calendar
/// words do not join ("the daily Monday"), and a name must start right after the noun.
fn outlets_after_cues(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let mut found: Vec<Mention> = Vec::new();
    for i in 0..n.saturating_sub(1) {
        let cue = tokens.word(i);
        if !is_lowercase_word(cue) || !OUTLET_CUES.contains(&tokens.key(i, i + 1)) {
            continue;
        }
        let first = i + 1;
        let mut end = first;
        while end < n && end - first < MAX_OUTLET_WORDS {
            let w = tokens.word(end);
            let connector =
                end > first && NAME_CONNECTORS.contains(&w) && is_capitalized(tokens.word(end + 1));
            if (is_capitalized(w) && !tokens.has(end, end + 1, Kind::NotName)) || connector {
                end += 1;
            } else {
                break;
            }
        }
        // "The" alone is no name.
        if end == first || (end == first + 1 && tokens.word(first) == "The") {
            continue;
        }
        found.push(Mention {
            first,
            end,
            kind: EntityKind::Org,
        });
    }
    if found.is_empty() {
        return;
    }
    mentions.retain(|m| !found.iter().any(|f| m.first < f.end && f.first < m.end));
    mentions.extend(found);
    mentions.sort_by_key(|m| m.first);
}

/// "National Security Adviser Kim Tae-hyo" tagged as one name: the words after the last
/// title are the person (with a following capitalised hyphenated word: "Tae-hyo"); the role
/// before is dropped.
fn split_roles(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.end - m.first < 2 {
            continue;
        }
        let last_title = (m.first..m.end - 1)
            .rev()
            .find(|&k| tokens.has(k, k + 1, Kind::Title) && is_capitalized(tokens.word(k + 1)));
        if let Some(k) = last_title {
            // Outside persons, only split where the rest looks like a name: a known given
            // name, or a single word.
            if m.kind != EntityKind::Person
                && !tokens.has(k + 1, k + 2, Kind::FirstName)
                && m.end - (k + 1) > 1
            {
                continue;
            }
            m.first = k + 1;
            m.kind = EntityKind::Person;
        }
    }
    for k in 0..mentions.len() {
        let limit = mentions
            .get(k + 1)
            .map_or(tokens.words.len(), |next| next.first);
        let end = mentions[k].end;
        let w = tokens.word(end);
        if mentions[k].kind == EntityKind::Person
            && end < limit
            && is_capitalized(w)
            && w.contains('-')
            && tokens.space_before.get(end).is_none_or(|&s| s)
        {
            mentions[k].end += 1;
        }
    }
}

/// "the North and Russia" tagged as one name: split at "and" when the right part is a
/// known country or capital.
fn split_conjoined_places(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let and = (m.first + 1..m.end.saturating_sub(1)).find(|&k| tokens.word(k) == "and");
        match and {
            Some(k)
                if tokens.has(k + 1, m.end, Kind::Country)
                    || tokens.has(k + 1, m.end, Kind::Capital) =>
            {
                out.push(Mention {
                    first: m.first,
                    end: k,
                    kind: EntityKind::Gpe,
                });
                out.push(Mention {
                    first: k + 1,
                    end: m.end,
                    kind: EntityKind::Gpe,
                });
            }
            _ => out.push(m),
        }
    }
    *mentions = out;
}

/// A one-word mention that is the first or last word of a person's name elsewhere in the
/// document is that person ("Kim" after "Kim Tae-hyo"), unless it is a known place or group.
fn person_parts(tokens: &Tokens, mentions: &mut [Mention]) {
    let mut parts: Vec<u64> = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.end - m.first > 1)
    {
        parts.push(tokens.key(m.first, m.first + 1));
        parts.push(tokens.key(m.end - 1, m.end));
    }
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person || m.end - m.first != 1 {
            continue;
        }
        let key = tokens.key(m.first, m.end);
        if parts.contains(&key) && LEXICON.get(key).is_none_or(|e| e.has(Kind::FirstName)) {
            m.kind = EntityKind::Person;
        }
    }
}

/// The dossier type of a mention the tagger typed PER, ORG, LOC (as Gpe) or MISC.
fn fine_kind(tokens: &Tokens, m: &Mention) -> EntityKind {
    let key = tokens.key(m.first, m.end);
    let entry = LEXICON.get(key);
    let has = |kind: Kind| entry.is_some_and(|e| e.has(kind));
    match m.kind {
        EntityKind::Gpe | EntityKind::Loc => {
            // "North Koreans" are people, whatever the tagger made of them.
            if has(Kind::Demonym) && !has(Kind::Country) && !has(Kind::Capital) && !has(Kind::City)
            {
                return EntityKind::Norp;
            }
            if has(Kind::Location) {
                return EntityKind::Loc;
            }
            if has(Kind::Country) || has(Kind::Capital) || has(Kind::City) {
                return EntityKind::Gpe;
            }
            let last = tokens.word(m.end - 1);
            let natural = m.end - m.first > 1 && tokens.has(m.end - 1, m.end, Kind::LocWord);
            let region_before = m.first >= 2
                && tokens.word(m.first - 1) == "of"
                && matches!(tokens.word(m.first - 2), "region" | "province" | "oblast");
            let region_after = matches!(tokens.word(m.end), "region" | "province" | "oblast");
            if natural || region_before || region_after || last == "Front" {
                EntityKind::Loc
            } else {
                EntityKind::Gpe
            }
        }
        EntityKind::Misc | EntityKind::Norp => {
            if has(Kind::Demonym) || has(Kind::Group) {
                EntityKind::Norp
            } else {
                EntityKind::Misc
            }
        }
        // "Halden Dam", "Dunmere River", "Lower Marrow Province": a name that ends in an
        // unambiguous head of places (`data/head_types.txt`) is typed by it, whatever the
        // tagger made of an unknown name.
        EntityKind::Person | EntityKind::Org if m.end - m.first > 1 => {
            let last = tokens.word(m.end - 1);
            match HEAD_TYPES.iter().find(|(head, _)| *head == last) {
                Some(&(_, kind)) => kind,
                None if tokens.has(m.end - 1, m.end, Kind::OrgWord)
                    && m.kind == EntityKind::Person =>
                {
                    // "Civic Watch Society": a "person" that ends in an organisation word.
                    EntityKind::Org
                }
                None => m.kind,
            }
        }
        // The tagger's ORG and PER are final; a known country the tagger called ORG is still
        // a country only when it stands alone (CoNLL tags national teams as places anyway).
        other => other,
    }
}

/// Name heads that type a name (`data/head_types.txt`).
static HEAD_TYPES: LazyLock<Vec<(&'static str, EntityKind)>> = LazyLock::new(|| {
    include_str!("../data/head_types.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (head, kind) = l.split_once('|')?;
            let kind = match kind.trim() {
                "LOC" => EntityKind::Loc,
                "GPE" => EntityKind::Gpe,
                _ => return None,
            };
            Some((head.trim(), kind))
        })
        .collect()
});

/// "North" alone, where the document names "North Korea" (or "South Sudan", ...): the GPE.
fn bare_compass_points(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    const POINTS: [&str; 4] = ["North", "South", "East", "West"];
    let full_names: Vec<usize> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Gpe && m.end - m.first == 2)
        .filter(|m| POINTS.contains(&tokens.word(m.first)))
        .map(|m| m.first)
        .collect();
    if full_names.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (i, &w) in tokens.words.iter().enumerate() {
        if !POINTS.contains(&w) || is_capitalized(tokens.word(i + 1)) {
            continue;
        }
        // Sentence-initial compass words ("North of the city") are too ambiguous; require a
        // preceding word that is not end punctuation.
        let prev = if i > 0 { tokens.word(i - 1) } else { "" };
        if i == 0 || matches!(prev, "." | "!" | "?" | "\"" | "\u{201c}") {
            continue;
        }
        if let Some(m) = mentions.iter_mut().find(|m| m.first <= i && i < m.end) {
            // Tagged alone as something else: still the country.
            if m.first == i && m.end == i + 1 && full_names.iter().any(|&f| tokens.word(f) == w) {
                m.kind = EntityKind::Gpe;
            }
            continue;
        }
        if full_names.iter().any(|&f| tokens.word(f) == w) {
            added.push(Mention {
                first: i,
                end: i + 1,
                kind: EntityKind::Gpe,
            });
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.first);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        words: &[&str],
        mentions: &[(usize, usize, EntityKind)],
    ) -> Vec<(usize, usize, EntityKind)> {
        let space = vec![true; words.len()];
        let keys: Vec<u64> = words.iter().map(|w| lower_key(w)).collect();
        let tokens = Tokens {
            words,
            space_before: &space,
            lower_keys: &keys,
        };
        let input = mentions
            .iter()
            .map(|&(first, end, kind)| Mention { first, end, kind })
            .collect();
        refine(&tokens, input)
            .into_iter()
            .map(|m| (m.first, m.end, m.kind))
            .collect()
    }

    #[test]
    fn names_after_outlet_nouns_are_outlets_with_their_article() {
        let words = [
            "she", "told", "news", "outlet", "The", "Harbor", "Ledger", "the", "same", "day",
        ];
        let out = run(&words, &[(5, 7, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 7, EntityKind::Org)]);
        let words = [
            "the",
            "newspaper",
            "Voice",
            "of",
            "Ostland",
            "said",
            "Monday",
        ];
        assert_eq!(run(&words, &[]), vec![(2, 5, EntityKind::Org)]);
        // No name right after the noun: nothing.
        let words = ["the", "channel", "said", "Ada", "Moor", "left"];
        let out = run(&words, &[(3, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 5, EntityKind::Person)]);
        // A lone "The" or a calendar word is no name.
        let words = ["a", "weekly", "The", "paper", "daily", "Monday"];
        assert_eq!(run(&words, &[]), vec![]);
    }

    #[test]
    fn nationalities_tagged_as_places_are_norp() {
        let words = ["sent", "North", "Koreans", "to", "Russia"];
        let out = run(&words, &[(1, 3, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Norp), (4, 5, EntityKind::Gpe)]);
    }

    #[test]
    fn names_of_rivers_and_dams_are_places_but_a_surname_park_is_not() {
        let words = [
            "the", "Halden", "Dam", "and", "the", "Orrin", "River", "near", "Ana", "Park",
        ];
        let out = run(
            &words,
            &[
                (1, 3, EntityKind::Person),
                (5, 7, EntityKind::Org),
                (8, 10, EntityKind::Person),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 3, EntityKind::Loc),
                (5, 7, EntityKind::Loc),
                (8, 10, EntityKind::Person)
            ]
        );
    }

    #[test]
    fn a_province_or_county_is_a_political_place() {
        let words = [
            "across", "Lower", "Marrow", "Province", "and", "Orange", "County",
        ];
        let out = run(
            &words,
            &[(1, 4, EntityKind::Org), (5, 7, EntityKind::Person)],
        );
        assert_eq!(out, vec![(1, 4, EntityKind::Gpe), (5, 7, EntityKind::Gpe)]);
    }

    #[test]
    fn titles_leave_person_spans() {
        let words = ["said", "Lt.", "Gen.", "Ada", "Moor", "today"];
        let out = run(&words, &[(1, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 5, EntityKind::Person)]);
    }

    #[test]
    fn acronym_in_parentheses_takes_the_org_type() {
        let words = [
            "the", "Grain", "Board", "(", "GB", ")", "and", "GB", "staff",
        ];
        let out = run(
            &words,
            &[
                (1, 3, EntityKind::Org),
                (4, 5, EntityKind::Misc),
                (7, 8, EntityKind::Gpe),
            ],
        );
        assert_eq!(out[1], (4, 5, EntityKind::Org));
        assert_eq!(out[2], (7, 8, EntityKind::Org));
    }

    #[test]
    fn demonym_is_norp_and_unknown_misc_stays_misc() {
        let words = ["Estonian", "farmers", "watched", "Eurovision"];
        let out = run(
            &words,
            &[(0, 1, EntityKind::Misc), (3, 4, EntityKind::Misc)],
        );
        assert_eq!(
            out,
            vec![(0, 1, EntityKind::Norp), (3, 4, EntityKind::Misc)]
        );
    }

    #[test]
    fn places_split_into_gpe_and_natural_loc() {
        let words = [
            "from", "Lima", "to", "the", "Black", "Sea", "and", "the", "Amber", "River",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Gpe),
                (4, 6, EntityKind::Gpe),
                (8, 10, EntityKind::Gpe),
            ],
        );
        assert_eq!(out[0].2, EntityKind::Gpe);
        assert_eq!(out[1].2, EntityKind::Loc);
        assert_eq!(out[2].2, EntityKind::Loc);
    }

    #[test]
    fn bare_compass_point_is_the_named_country() {
        let words = [
            "North", "Korea", "warned", ";", "the", "North", "and", "others",
        ];
        let out = run(&words, &[(0, 2, EntityKind::Gpe)]);
        assert!(out.contains(&(5, 6, EntityKind::Gpe)), "{out:?}");
    }

    #[test]
    fn party_words_grow_an_org_and_government_joins_a_place() {
        let words = ["the", "Green", "Party", "and", "the", "Chile", "government"];
        let out = run(&words, &[(1, 2, EntityKind::Misc), (5, 6, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org), (5, 7, EntityKind::Gpe)]);
    }
}
