//! Places and sides inside hyphen compounds: "a Hamburg-based shipping line", "the
//! Louisiana-Texas border", "the Saudi-led coalition". The tagger sees one word and types it
//! MISC or nothing; annotators, and fusion, want the place. A compound yields a place for each
//! of its parts when the last part is a place suffix (`data/place_compound_suffixes.txt`: the
//! part before it is a place, known or not) or when every part is a place the lexicon knows;
//! before a side suffix (`data/side_compound_suffixes.txt`: "-led", "-backed") a known
//! nationality or group is a NORP and a known place a GPE.

use crate::features::is_capitalized;
use crate::hash::{lower_key, lower_key_words};
use crate::lexicon::{Kind, LEXICON};
use model::{Entity, EntityKind, Span};
use std::sync::LazyLock;

fn entries(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

static PLACE_SUFFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/place_compound_suffixes.txt")));

static SIDE_SUFFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../data/side_compound_suffixes.txt")));

/// Capitalised words that open a sentence or phrase and no place's name.
const OPENERS: [&str; 24] = [
    "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "My",
    "Your", "In", "On", "At", "For", "From", "By", "With", "And", "But", "Another",
];

/// A place the lexicon knows: its kind and canonical name, if it has one.
type KnownPlace = (EntityKind, Option<&'static str>);

/// What the lexicon knows of `word` as a place.
fn known_place(word: &str) -> Option<KnownPlace> {
    known_place_key(lower_key(word))
}

fn known_place_key(key: u64) -> Option<KnownPlace> {
    let entry = LEXICON.get(key)?;
    if entry.has(Kind::Country) || entry.has(Kind::Capital) || entry.has(Kind::City) {
        Some((EntityKind::Gpe, entry.canonical))
    } else if entry.has(Kind::Location) {
        Some((EntityKind::Loc, entry.canonical))
    } else {
        None
    }
}

/// An entity over `span` of `text`, named by its canonical name or else by its words.
fn entity(text: &str, span: Span, kind: EntityKind, canonical: Option<&str>) -> Entity {
    Entity {
        span,
        kind,
        canonical: canonical.unwrap_or(span.of(text)).to_string(),
    }
}

/// The places inside the hyphen compound `token` of `text`, if it holds any.
fn places_in(text: &str, token: Span) -> Vec<Entity> {
    let word = token.of(text);
    if !word.contains('-') || !is_capitalized(word) {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut start = token.start;
    for part in word.split('-') {
        parts.push((Span::new(start, start + part.len()), part));
        start += part.len() + 1;
    }
    if parts.iter().any(|(_, part)| part.is_empty()) {
        return Vec::new();
    }
    // An unknown place before a place suffix is a GPE ("Puri-bound").
    let place = |span: Span, known: Option<KnownPlace>| {
        let (kind, canonical) = known.unwrap_or((EntityKind::Gpe, None));
        entity(text, span, kind, canonical)
    };
    let last = parts[parts.len() - 1].1;
    if parts.len() == 2 && PLACE_SUFFIXES.contains(&last) {
        let (span, part) = parts[0];
        // A nationality or a body is no place ("Russian-born", "Nato-led").
        let entry = LEXICON.get(lower_key(part));
        let other = entry.is_some_and(|e| e.has(Kind::Demonym) || e.has(Kind::Org));
        let known = known_place(part);
        if is_capitalized(part) && (known.is_some() || !other) {
            return vec![place(span, known)];
        }
        return Vec::new();
    }
    if parts.len() == 2 && SIDE_SUFFIXES.contains(&last) {
        let (span, part) = parts[0];
        let entry = LEXICON.get(lower_key(part));
        let side = entry.is_some_and(|e| e.has(Kind::Demonym) || e.has(Kind::Group));
        if side && is_capitalized(part) {
            let canonical = entry.and_then(|e| e.canonical);
            return vec![entity(text, span, EntityKind::Norp, canonical)];
        }
        if let Some(known) = known_place(part).filter(|_| is_capitalized(part)) {
            return vec![place(span, Some(known))];
        }
        // ("UN-backed", "UNESCO-protected": a body the lexicon knows.)
        if entry.is_some_and(|e| e.has(Kind::Org)) && is_capitalized(part) {
            let canonical = entry.and_then(|e| e.canonical);
            return vec![entity(text, span, EntityKind::Org, canonical)];
        }
        return Vec::new();
    }
    let known: Vec<_> = parts.iter().map(|(_, part)| known_place(part)).collect();
    if parts.iter().all(|(_, part)| is_capitalized(part)) && known.iter().all(Option::is_some) {
        return parts
            .iter()
            .zip(known)
            .map(|(&(span, _), known)| place(span, known))
            .collect();
    }
    Vec::new()
}

/// "New York-based", "St. Louis-based": the words before a compound that, with its first
/// part, make a place the lexicon knows; `Some(None)` where no word before belongs to it,
/// `None` where a capitalised word before it does but the whole is unknown (then the place
/// is left alone).
fn name_before(text: &str, tokens: &[Span], at: usize, first: &Entity) -> Option<Option<Entity>> {
    let joined =
        |from: usize| from + 1 == at || (from + 1..at).all(|k| tokens[k - 1].end < tokens[k].start);
    // ("The Hamburg-based line": a capitalised determiner opens no place's name.)
    let capitalized_before = at > 0
        && tokens[at - 1].end < tokens[at].start
        && is_capitalized(tokens[at - 1].of(text))
        && !OPENERS.contains(&tokens[at - 1].of(text));
    if !capitalized_before {
        return Some(None);
    }
    for from in (at.saturating_sub(2)..at).rev() {
        if !joined(from) || !is_capitalized(tokens[from].of(text)) {
            break;
        }
        let words = tokens[from..at]
            .iter()
            .map(|t| t.of(text))
            .chain([first.span.of(text)]);
        if let Some((kind, canonical)) = known_place_key(lower_key_words(words)) {
            let span = Span::new(tokens[from].start, first.span.end);
            return Some(Some(entity(text, span, kind, canonical)));
        }
    }
    None
}

/// Replaces the entity of each hyphen compound among `tokens` that holds places (a MISC
/// "Hamburg-based", or nothing) by those places; keeps `entities` sorted.
pub fn add_places_in_compounds(text: &str, tokens: &[Span], entities: &mut Vec<Entity>) {
    let mut found = Vec::new();
    let mut remainders = Vec::new();
    for (at, &token) in tokens.iter().enumerate() {
        let mut places = places_in(text, token);
        if places.is_empty() {
            continue;
        }
        match name_before(text, tokens, at, &places[0]) {
            Some(Some(longer)) => places[0] = longer,
            Some(None) => {}
            None => continue,
        }
        let covered = Span::new(places[0].span.start, token.end);
        // A longer name that holds the compound keeps it ("Emilia-Romagna Region"), but a
        // suffix such as "-flagged" or "-led" ends a modifier, never a name: the name runs
        // on after it ("the Marshall Islands-flagged Meridian Pearl").
        let word = token.of(text);
        let suffixed = word
            .rsplit('-')
            .next()
            .is_some_and(|last| PLACE_SUFFIXES.contains(&last) || SIDE_SUFFIXES.contains(&last));
        if suffixed {
            if let Some(next) = tokens.get(at + 1) {
                remainders.extend(
                    entities
                        .iter()
                        .filter(|e| e.span.start < token.end && next.start < e.span.end)
                        .map(|e| {
                            let span = Span::new(next.start, e.span.end);
                            entity(text, span, e.kind, None)
                        }),
                );
            }
        }
        let inside_longer = !suffixed
            && entities.iter().any(|e| {
                e.span.start <= covered.start
                    && covered.end <= e.span.end
                    && e.span != covered
                    && e.span != token
                    && e.kind != EntityKind::Misc
            });
        if inside_longer {
            continue;
        }
        found.push((covered, places));
    }
    if found.is_empty() {
        return;
    }
    // The tagger's mention of the compound, or of a name running into it, gives way.
    entities.retain(|e| {
        !found
            .iter()
            .any(|(covered, _)| e.span.start < covered.end && covered.start < e.span.end)
    });
    entities.extend(found.into_iter().flat_map(|(_, places)| places));
    entities.extend(remainders);
    entities.sort_by_key(|e| (e.span.start, e.span.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(&str, EntityKind)> {
        let span = Span::new(0, text.len());
        places_in(text, span)
            .into_iter()
            .map(|e| (e.span.of(text), e.kind))
            .collect()
    }

    #[test]
    fn a_place_before_a_place_suffix_is_a_place() {
        assert_eq!(places("Hamburg-based"), vec![("Hamburg", EntityKind::Gpe)]);
        assert_eq!(places("Puri-bound"), vec![("Puri", EntityKind::Gpe)]);
        // A nationality is no place, and a lower-case compound names none.
        assert!(places("Russian-born").is_empty());
        assert!(places("state-run").is_empty());
    }

    #[test]
    fn a_place_of_several_words_runs_back_into_the_words_before() {
        let text = "A New York-based fund and an Acme Ohio-based bank. The Hamburg-based line.";
        let mut tokens = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let edge = c == ' ' || c == '.';
            if let (true, Some(s)) = (edge, start) {
                tokens.push(Span::new(s, i));
                start = None;
            } else if !edge && start.is_none() {
                start = Some(i);
            }
        }
        // The tagger's MISC "York-based" gives way to the place.
        let york = text.find("York-based").unwrap();
        let mut entities = vec![Entity {
            span: Span::new(york, york + "York-based".len()),
            kind: EntityKind::Misc,
            canonical: "York-based".into(),
        }];
        add_places_in_compounds(text, &tokens, &mut entities);
        let found: Vec<_> = entities.iter().map(|e| (e.span.of(text), e.kind)).collect();
        // "Acme Ohio" is no place the lexicon knows: that compound is left alone; "The" opens
        // no place.
        assert_eq!(
            found,
            vec![("New York", EntityKind::Gpe), ("Hamburg", EntityKind::Gpe)]
        );
    }

    #[test]
    fn a_name_running_on_after_a_suffixed_compound_is_its_own() {
        let text = "The Marshall Islands-flagged Meridian Pearl struck a reef";
        let tokens: Vec<Span> = text
            .split(' ')
            .scan(0, |at, w| {
                let span = Span::new(*at, *at + w.len());
                *at += w.len() + 1;
                Some(span)
            })
            .collect();
        let start = text.find("Marshall").unwrap();
        let end = text.find(" struck").unwrap();
        let mut entities = vec![entity(text, Span::new(start, end), EntityKind::Org, None)];
        add_places_in_compounds(text, &tokens, &mut entities);
        let found: Vec<_> = entities.iter().map(|e| (e.span.of(text), e.kind)).collect();
        assert_eq!(
            found,
            vec![
                ("Marshall Islands", EntityKind::Gpe),
                ("Meridian Pearl", EntityKind::Org)
            ]
        );
    }

    #[test]
    fn a_side_before_led_or_backed_is_a_nationality_or_a_place() {
        assert_eq!(places("Saudi-led"), vec![("Saudi", EntityKind::Norp)]);
        assert_eq!(places("Iran-backed"), vec![("Iran", EntityKind::Gpe)]);
        assert_eq!(places("Toronto-listed"), vec![("Toronto", EntityKind::Gpe)]);
        // A body the lexicon knows is the body.
        assert_eq!(places("UN-backed"), vec![("UN", EntityKind::Org)]);
        assert_eq!(
            places("UNESCO-protected"),
            vec![("UNESCO", EntityKind::Org)]
        );
        assert_eq!(places("Oman-brokered"), vec![("Oman", EntityKind::Gpe)]);
        // An unknown side is left alone.
        assert!(places("Hamas-run").is_empty());
        assert!(places("Vireon-led").is_empty());
    }

    #[test]
    fn compounds_of_known_places_are_each_a_place() {
        assert_eq!(
            places("Louisiana-Texas"),
            vec![("Louisiana", EntityKind::Gpe), ("Texas", EntityKind::Gpe)]
        );
        // One unknown part leaves the compound alone: "Emilia-Romagna" is one region.
        assert!(places("Emilia-Romagna").is_empty());
        assert!(places("Météo-France").is_empty());
    }
}
