//! Entity resolution across documents: one actor for each person, body or government,
//! whatever spelling, alias or metonymy a report uses, and each actor's affiliation.

use std::collections::HashMap;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::lexicon::LEXICON;
use crate::{ClaimInput, DocInput};

/// A normalized key for matching names: diacritics dropped, lower case, punctuation to
/// spaces, a leading "the" dropped, and the transliteration variants "-yy"/"-iy" at the end
/// of a word folded to "-y" ("Zelenskyy", "Zelenskiy" -> "zelensky").
pub fn norm_key(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.nfd() {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{2bc}' | '\u{2b9}' | '\u{60}' | '\'' => folded.push('\''),
            c if c.is_alphanumeric() => folded.extend(c.to_lowercase()),
            _ => folded.push(' '),
        }
    }
    let mut words: Vec<String> = Vec::new();
    for word in folded.split_whitespace() {
        let word = word.trim_matches('\'');
        // A possessive is the same name: "Seoul's" -> "seoul".
        let word = word.strip_suffix("'s").unwrap_or(word);
        if word.is_empty() {
            continue;
        }
        let word = if let Some(stem) = word.strip_suffix("yy") {
            format!("{stem}y")
        } else if let Some(stem) = word.strip_suffix("iy").filter(|s| s.len() > 3) {
            format!("{stem}y")
        } else {
            word.to_string()
        };
        words.push(word);
    }
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// Who an actor is and whom it speaks for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// The display name: the longest spelling seen, or the canonical name of a known body
    /// or country.
    pub name: String,
    pub kind: ActorKind,
    /// Every spelling that resolved to this actor.
    pub aliases: Vec<String>,
    /// The country it belongs to or speaks for, where known.
    pub country: Option<String>,
    /// The organization it speaks for, where known.
    pub organization: Option<String>,
    /// True when it speaks for its country's government.
    pub government: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Country,
    Body,
    Person,
    Anonymous,
    Other,
}

impl Actor {
    /// The key of the side it speaks for: sources with the same side are one line of evidence.
    pub fn side(&self) -> Option<String> {
        if self.government {
            if let Some(c) = &self.country {
                return Some(format!("government of {c}"));
            }
        }
        self.organization.clone()
    }
}

/// The resolved actors and, for each name seen, its actor.
#[derive(Debug, Default)]
pub struct Actors {
    pub actors: Vec<Actor>,
    pub of_name: HashMap<String, usize>,
}

impl Actors {
    pub fn get(&self, name: &str) -> Option<usize> {
        self.of_name.get(name).copied()
    }
}

/// The country a normalized phrase names, by name, capital, demonym or alias, also behind
/// "government"/"officials" ("South Korean officials", "the U.S. government").
pub(crate) fn country_of(key: &str) -> Option<usize> {
    if let Some(&c) = LEXICON.country_of_key.get(key) {
        return Some(c);
    }
    let trimmed = key
        .trim_end_matches(" government")
        .trim_end_matches(" officials")
        .trim_end_matches(" official")
        .trim_end_matches(" authorities");
    if trimmed != key {
        return LEXICON.country_of_key.get(trimmed).copied();
    }
    None
}

pub(crate) fn body_of(key: &str) -> Option<usize> {
    LEXICON.body_of_key.get(key).copied()
}

/// What a stretch of text around a name says of its affiliation.
#[derive(Default, Debug)]
struct Affiliation {
    country: Option<usize>,
    body: Option<usize>,
    titled: bool,
}

/// Reads the words before a mention of a name (up to the line start, at most `WINDOW`
/// bytes) and the apposition after it: the nearest country or body named there, and
/// whether a government title stands there ("Ukrainian President", "chief of the ...").
fn affiliation_near(text: &str, start: usize, end: usize) -> Affiliation {
    const WINDOW: usize = 120;
    let mut from = start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let before = before.rsplit('\n').next().unwrap_or(before);
    let before = after_sentence_end(before);
    // A clause boundary (", the spy agency told") ends the title: keep what follows it,
    // unless the name is itself in an apposition ("The chief of X, Lt. Gen. Name").
    let mut to = (end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[end..to];
    // An apposition after the name counts only when it opens with a title ("Name, the chief
    // of X,"); ", the spy agency told ..." is the next clause, not a title.
    let after = after
        .strip_prefix(", the ")
        .or_else(|| after.strip_prefix(", a "))
        .filter(|rest| {
            let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            LEXICON.titles.contains(&first)
        })
        .map_or("", |rest| rest.split([',', '.', '\n']).next().unwrap_or(""));
    let mut found = Affiliation::default();
    // The words before the name, nearest last; then the apposition, nearest first.
    for (part, nearest_last) in [(before, true), (after, false)] {
        let words: Vec<String> = norm_key(part)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        let mut hit: Option<(usize, Option<usize>, Option<usize>)> = None;
        let mut i = 0;
        while i < words.len() {
            let mut step = 1;
            for n in (1..=5).rev() {
                if i + n > words.len() {
                    continue;
                }
                let phrase = words[i..i + n].join(" ");
                if let Some(b) = body_of(&phrase) {
                    if nearest_last || hit.is_none() {
                        hit = Some((
                            i,
                            Some(b),
                            LEXICON.bodies[b]
                                .country
                                .as_ref()
                                .and_then(|c| country_of(&norm_key(c))),
                        ));
                    }
                    step = n;
                    break;
                }
                if let Some(c) = LEXICON.country_of_key.get(&phrase) {
                    if nearest_last || hit.is_none() {
                        hit = Some((i, None, Some(*c)));
                    }
                    step = n;
                    break;
                }
                if LEXICON.titles.contains(&phrase) {
                    found.titled = true;
                }
            }
            i += step;
        }
        if let Some((_, body, country)) = hit {
            found.body = body;
            found.country = country;
            if body.is_some() {
                found.titled = true;
            }
            break;
        }
    }
    found
}

/// A person's name without the titles before it: "Interior Minister Selma Varga" -> "Selma
/// Varga", "Lt. Gen. Kyrylo Budanov" -> "Kyrylo Budanov". Words up to the last title or
/// honorific go; a name that would be left empty is kept whole.
pub(crate) fn strip_titles(name: &str) -> &str {
    let mut cut = 0;
    for (i, word) in name.split_whitespace().enumerate() {
        let key = norm_key(word);
        let is_title =
            LEXICON.titles.iter().any(|t| norm_key(t) == key) || LEXICON.honorifics.contains(&key);
        if is_title {
            cut = i + 1;
        }
    }
    if cut == 0 {
        return name;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if cut >= words.len() {
        return name;
    }
    let first = words[cut];
    name.find(first).map_or(name, |at| &name[at..])
}

fn key_last_word(name: &str) -> String {
    norm_key(name).rsplit(' ').next().unwrap_or("").to_string()
}

/// "Interior Minister Selma Varga" -> "Ministry of the Interior": the ministry a titled
/// minister speaks for, named as attribution files ministries ([`model::portfolio`]); a
/// portfolio the table lacks as the text names it ("Fisheries Ministry").
fn ministry_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let at = words.iter().position(|w| norm_key(w) == "minister")?;
    let field = words.get(at.checked_sub(1)?)?;
    if !field.chars().next()?.is_uppercase() || norm_key(field) == "prime" {
        return None;
    }
    Some(match model::portfolio::by_word(field) {
        Some(portfolio) => format!("Ministry of {}", portfolio.name),
        None => format!("{field} Ministry"),
    })
}

/// "Ministry of the Interior (Estavia)" -> "Ministry of the Interior": the name of a body
/// named by its head and "of" ("Ministry of", "Department of"), without the country it is
/// filed with.
fn body_named_by_head(name: &str) -> Option<&str> {
    let body = name.rsplit_once(" (").map_or(name, |(body, _)| body);
    let mut words = body.split_whitespace();
    let head = norm_key(words.next()?);
    (LEXICON.org_words.contains(&head) && words.next() == Some("of")).then_some(body)
}

/// "Kenya" of "Ministry of Health (Kenya)".
fn qualifier(name: &str) -> Option<&str> {
    name.rsplit_once('(')?.1.strip_suffix(')')
}

/// "... Interior Minister [Selma Varga]" -> "Interior Ministry": the ministry of the title
/// right before a mention at `start` (on its line), where the name leaves its title out.
fn ministry_before(text: &str, start: usize) -> Option<String> {
    let line = text.get(..start)?.rsplit('\n').next()?;
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words.last()?;
    if norm_key(last) != "minister" || words.len() < 2 {
        return None;
    }
    ministry_of(&words[words.len() - 2..].join(" "))
}

/// What follows the last sentence end in `text`: a full stop after a word of four or more
/// letters ("Estmark. The ministry"), not after an abbreviation ("Lt. Gen. Budanov").
fn after_sentence_end(text: &str) -> &str {
    let mut cut = 0;
    for (i, _) in text.match_indices(". ") {
        let word = text[..i]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if word.chars().count() >= 4 {
            cut = i + 2;
        }
    }
    &text[cut..]
}

/// Finds `needle` as a whole word in `text`, returning byte ranges.
fn word_occurrences<'a>(
    text: &'a str,
    needle: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    text.match_indices(needle).filter_map(move |(i, m)| {
        let before_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let end = i + m.len();
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (before_ok && after_ok).then_some((i, end))
    })
}

/// Resolves every source and relay name of the claims to actors.
pub fn resolve(docs: &[DocInput], claims: &[ClaimInput]) -> Actors {
    // Every name with the documents it is a source in.
    let mut names: Vec<(String, Vec<usize>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for claim in claims {
        let all = std::iter::once(&claim.source).chain(claim.relayed_by.iter());
        for name in all {
            let i = *seen.entry(name.clone()).or_insert_with(|| {
                names.push((name.clone(), Vec::new()));
                names.len() - 1
            });
            if !names[i].1.contains(&claim.doc) {
                names[i].1.push(claim.doc);
            }
        }
    }
    let mut actors: Vec<Actor> = Vec::new();
    let mut actor_of_key: HashMap<String, usize> = HashMap::new();
    let mut of_name: HashMap<String, usize> = HashMap::new();
    // Single-word person names wait until every full name is known.
    let mut pending: Vec<(String, Vec<usize>)> = Vec::new();
    let mut add = |actors: &mut Vec<Actor>, key: String, actor: Actor| -> usize {
        *actor_of_key.entry(key).or_insert_with(|| {
            actors.push(actor);
            actors.len() - 1
        })
    };
    for (name, docs_of) in &names {
        let key = norm_key(name);
        let index = if let Some(description) = name.strip_prefix("anonymous:") {
            let mut aff = Affiliation::default();
            for w in norm_key(description).split(' ') {
                if let Some(c) = LEXICON.country_of_key.get(w) {
                    aff.country = Some(*c);
                }
                if LEXICON.titles.iter().any(|t| t == w) {
                    aff.titled = true;
                }
            }
            let country = aff.country.map(|c| LEXICON.countries[c].name.clone());
            add(
                &mut actors,
                format!("anon {key} {}", docs_of[0]),
                Actor {
                    name: name.clone(),
                    kind: ActorKind::Anonymous,
                    aliases: vec![],
                    government: aff.titled && country.is_some(),
                    country,
                    organization: None,
                },
            )
        } else if let Some(b) = body_of(&key) {
            let body = &LEXICON.bodies[b];
            add(
                &mut actors,
                format!("body {b}"),
                Actor {
                    name: body.name.clone(),
                    kind: ActorKind::Body,
                    aliases: vec![],
                    country: body.country.clone(),
                    organization: Some(body.name.clone()),
                    government: body.government,
                },
            )
        } else if let Some(c) = country_of(&key) {
            let country = LEXICON.countries[c].name.clone();
            add(
                &mut actors,
                format!("country {c}"),
                Actor {
                    name: country.clone(),
                    kind: ActorKind::Country,
                    aliases: vec![],
                    country: Some(country.clone()),
                    organization: Some(format!("government of {country}")),
                    government: true,
                },
            )
        } else if let Some(body) = body_named_by_head(name) {
            // "Ministry of Health (Kenya)": a body of the government of the country it is
            // filed with; without one, a body of its own name.
            // (Attribution files only countries there; this lexicon's short list of
            // countries gives the canonical spelling where it has one.)
            let country = qualifier(name).map(|q| {
                country_of(&norm_key(q))
                    .map_or_else(|| q.to_string(), |c| LEXICON.countries[c].name.clone())
            });
            add(
                &mut actors,
                format!("name {key}"),
                Actor {
                    name: name.clone(),
                    kind: ActorKind::Body,
                    aliases: vec![],
                    government: country.is_some(),
                    country,
                    organization: Some(body.to_string()),
                },
            )
        } else if !norm_key(strip_titles(name)).contains(' ') {
            pending.push((name.clone(), docs_of.clone()));
            continue;
        } else {
            let person = strip_titles(name);
            add(
                &mut actors,
                format!("name {}", norm_key(person)),
                Actor {
                    name: person.to_string(),
                    kind: ActorKind::Person,
                    aliases: vec![],
                    country: None,
                    organization: None,
                    government: false,
                },
            )
        };
        of_name.insert(name.clone(), index);
    }
    // Surname matching: "Zelensky" is the one full name ending in it (preferring one of
    // the same document when several do).
    for (name, docs_of) in pending {
        let key = norm_key(strip_titles(&name));
        let matches: Vec<usize> = actors
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.kind == ActorKind::Person
                    && norm_key(&a.name).rsplit(' ').next() == Some(key.as_str())
            })
            .map(|(i, _)| i)
            .collect();
        let chosen = match matches.len() {
            1 => Some(matches[0]),
            0 => None,
            _ => matches.iter().copied().find(|&i| {
                names.iter().any(|(n, d)| {
                    of_name.get(n) == Some(&i) && d.iter().any(|x| docs_of.contains(x))
                })
            }),
        };
        let index = chosen.unwrap_or_else(|| {
            add(
                &mut actors,
                format!("name {key}"),
                Actor {
                    name: name.clone(),
                    kind: ActorKind::Other,
                    aliases: vec![],
                    country: None,
                    organization: None,
                    government: false,
                },
            )
        });
        of_name.insert(name, index);
    }
    // Affiliations of persons and unknown bodies from the words around their mentions.
    for (name, docs_of) in &names {
        let Some(&index) = of_name.get(name) else {
            continue;
        };
        if !matches!(actors[index].kind, ActorKind::Person | ActorKind::Other) {
            continue;
        }
        if actors[index].country.is_some() || actors[index].organization.is_some() {
            continue;
        }
        // A canonical name that carries its country: "National Security Council (South Korea)".
        if let Some(inner) = qualifier(name) {
            if let Some(c) = country_of(&norm_key(inner)) {
                let actor = &mut actors[index];
                actor.country = Some(LEXICON.countries[c].name.clone());
                actor.government = true;
                actor.organization = Some(name.clone());
                continue;
            }
        }
        let probes: Vec<&str> = {
            let full = strip_titles(name);
            let last = name.split_whitespace().last().unwrap_or(full);
            if last != full {
                vec![full, last]
            } else {
                vec![full]
            }
        };
        let mut best = Affiliation::default();
        // The ministry of a minister's title, in the name or before a mention of it.
        let mut ministry = ministry_of(name);
        'docs: for &d in docs_of {
            let Some(doc) = docs.get(d) else { continue };
            for probe in &probes {
                for (s, e) in word_occurrences(&doc.text, probe).take(4) {
                    if ministry.is_none() {
                        ministry = ministry_before(&doc.text, s);
                    }
                    let aff = affiliation_near(&doc.text, s, e);
                    if aff.body.is_some() || aff.country.is_some() {
                        best = aff;
                        break 'docs;
                    }
                    best.titled |= aff.titled;
                }
            }
        }
        // An organization speaks for itself; "Interior Minister Selma Varga" (the title in
        // the name or before it in the text) for the Interior Ministry.
        let last = key_last_word(name);
        if LEXICON.org_words.contains(&last) {
            actors[index].organization = Some(strip_titles(name).to_string());
            // ("National Disaster Management Authority", "police": a body, no person.)
            actors[index].kind = ActorKind::Body;
        } else if let Some(ministry) = ministry {
            actors[index].organization = Some(ministry);
        }
        let actor = &mut actors[index];
        let own_org = actor.organization.is_some();
        if let (Some(b), false) = (best.body, own_org) {
            let body = &LEXICON.bodies[b];
            actor.organization = Some(body.name.clone());
            actor.country = body.country.clone();
            actor.government = body.government;
        } else if let Some(c) = best.country {
            actor.country = Some(LEXICON.countries[c].name.clone());
            actor.government = best.titled;
        }
        if actor.kind == ActorKind::Other && best.titled {
            actor.kind = ActorKind::Person;
        }
    }
    // What the entity layer made of each source: a name it tagged a body at some mention
    // and nothing else at any ("Rega said", "Copom said") is a body even where no word of
    // the name says so. One mention typed otherwise ("Kim" tagged ORG, "Tae-hyo" MISC) keeps
    // the name as it was: a tagger's slip must not make a person a body.
    let mut entity_votes: HashMap<usize, (usize, usize)> = HashMap::new();
    for claim in claims {
        let (Some(&index), Some(kind)) = (of_name.get(&claim.source), &claim.source_type) else {
            continue;
        };
        let votes = entity_votes.entry(index).or_default();
        if kind == "ORG" {
            votes.0 += 1;
        } else {
            votes.1 += 1;
        }
    }
    for (index, (as_body, as_other)) in entity_votes {
        let actor = &mut actors[index];
        if as_body > 0
            && as_other == 0
            && matches!(actor.kind, ActorKind::Person | ActorKind::Other)
        {
            actor.kind = ActorKind::Body;
            if actor.organization.is_none() {
                actor.organization = Some(actor.name.clone());
            }
        }
    }
    // An intention is what the speaker's side will do: a person (or anonymous official)
    // with no known country who states one whose subject is a country ("South Korea could
    // adopt ...", "Seoul is considering ...") speaks for it.
    for claim in claims {
        if claim.kind != model::AttributionKind::Intention {
            continue;
        }
        let Some(&index) = of_name.get(&claim.source) else {
            continue;
        };
        let actor = &actors[index];
        let open = matches!(
            actor.kind,
            ActorKind::Person | ActorKind::Other | ActorKind::Anonymous
        );
        if actor.country.is_some() || !open {
            continue;
        }
        let Some(doc) = docs.get(claim.doc) else {
            continue;
        };
        if let Some(c) = subject_country(&doc.text, claim) {
            let actor = &mut actors[index];
            actor.country = Some(LEXICON.countries[c].name.clone());
            actor.government = true;
            if actor.kind == ActorKind::Other {
                actor.kind = ActorKind::Person;
            }
        }
    }
    for (name, &index) in &of_name {
        let actor = &mut actors[index];
        if *name != actor.name && !actor.aliases.contains(name) {
            actor.aliases.push(name.clone());
        }
        // The fullest spelling is the display name of a person.
        if actor.kind == ActorKind::Person
            && strip_titles(name) == name
            && name.len() > actor.name.len()
            && body_of(&norm_key(name)).is_none()
        {
            let old = std::mem::replace(&mut actor.name, name.clone());
            actor.aliases.retain(|a| a != name);
            actor.aliases.push(old);
        }
    }
    for actor in &mut actors {
        actor.aliases.sort();
    }
    Actors { actors, of_name }
}

/// The topic key of an entity mention for clustering: its country (for countries,
/// capitals, demonyms), its body, or its normalized name (a person by surname).
pub(crate) fn entity_term(kind: &str, canonical: &str) -> String {
    let key = norm_key(canonical);
    if let Some(c) = country_of(&key) {
        return format!("e:{}", LEXICON.countries[c].name);
    }
    if let Some(b) = body_of(&key) {
        return format!("e:{}", LEXICON.bodies[b].name);
    }
    if kind == "PERSON" {
        if let Some(last) = key.rsplit(' ').next() {
            return format!("e:{last}");
        }
    }
    format!("e:{key}")
}

/// The country that is the subject of a claim's content: an entity among its first four
/// words that names a country (by name, capital, demonym) or a body of one ("South Korea
/// could adopt", "Seoul is considering", "the South Korean government is").
pub(crate) fn subject_country(text: &str, claim: &ClaimInput) -> Option<usize> {
    let (start, canonical) = claim
        .mentions
        .iter()
        .filter_map(|m| match m {
            crate::Mention::Entity {
                span, canonical, ..
            } if span.start >= claim.content.start && span.start <= claim.content.end => {
                Some((span.start, canonical))
            }
            _ => None,
        })
        .min_by_key(|(s, _)| *s)?;
    let before = text.get(claim.content.start..start)?;
    if before.split_whitespace().count() > 3 {
        return None;
    }
    let key = norm_key(canonical);
    country_of(&key).or_else(|| {
        let body = &LEXICON.bodies[body_of(&key)?];
        country_of(&norm_key(body.country.as_deref()?))
    })
}

/// True when a claim is about what the speaker's own side will or may do: an intention, or
/// a possibility or probability whose subject is the speaker's country ("South Korea could
/// adopt phased measures", said by a South Korean official). Such claims cluster apart from
/// the events they respond to. An intention whose subject is another country ("North Korea
/// plans to send ...", said by Seoul's spy agency) is a report about that country instead.
pub fn own_side(docs: &[DocInput], claim: &ClaimInput, actors: &Actors) -> bool {
    let Some(doc) = docs.get(claim.doc) else {
        return false;
    };
    let speaker = actors
        .get(&claim.source)
        .and_then(|a| actors.actors[a].country.as_deref())
        .and_then(|c| country_of(&norm_key(c)));
    let subject = subject_country(&doc.text, claim);
    match claim.kind {
        model::AttributionKind::Intention => match (speaker, subject) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        },
        model::AttributionKind::Assertion | model::AttributionKind::Evaluation => {
            let modal = matches!(
                claim.certainty,
                model::Certainty::Possible | model::Certainty::Probable
            );
            modal && speaker.is_some() && speaker == subject
        }
        _ => false,
    }
}

/// True when a source name can be a speaker: an anonymous description, or a name with a
/// letter and none of the words of `data/not_actor_words.txt` ("Asked about", "." are
/// pieces of a sentence, not speakers).
pub fn plausible_source(name: &str) -> bool {
    if name.starts_with("anonymous") {
        return true;
    }
    if !name.chars().any(char::is_alphabetic) {
        return false;
    }
    !name
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .any(|w| {
            crate::lexicon::LEXICON
                .not_actor_words
                .iter()
                .any(|n| n.eq_ignore_ascii_case(w))
        })
}
