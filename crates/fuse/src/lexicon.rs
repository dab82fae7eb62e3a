//! The data files under `data/`, parsed once. Each file: one entry a line, fields split by
//! `|`, lists inside a field split by `,`, `#` lines are group comments.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::resolve::norm_key;

/// The lines of a data file that hold entries, split on `|` and trimmed.
pub(crate) fn entries(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

fn list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) struct Country {
    pub name: String,
    pub code: Option<String>,
}

/// A body of `bodies.txt`.
#[derive(Debug, Clone)]
pub(crate) struct Body {
    pub name: String,
    pub country: Option<String>,
    pub government: bool,
}

/// Phrases around a figure that make it a difference between levels, each padded with a
/// space on both sides.
#[derive(Default)]
pub(crate) struct Differences {
    /// After-phrases that name a level after all ("above sea level"), checked first.
    pub levels: Vec<String>,
    /// Phrases right after the figure ("above", "more than").
    pub after: Vec<String>,
    /// Phrases right before it ("rose by", "an increase of").
    pub before: Vec<String>,
}

pub(crate) struct Lexicon {
    pub countries: Vec<Country>,
    /// Normalized country name, capital, demonym or alias -> index into `countries`.
    pub country_of_key: HashMap<String, usize>,
    pub bodies: Vec<Body>,
    /// Normalized body name or alias -> index into `bodies`.
    pub body_of_key: HashMap<String, usize>,
    pub stopwords: std::collections::HashSet<String>,
    /// Word -> concept.
    pub concepts: HashMap<String, String>,
    /// Anaphoric openings, and whether they join only the same source's previous claim.
    pub anaphora: Vec<(String, bool)>,
    /// Words that never occur in a speaker's name.
    pub not_actor_words: Vec<String>,
    pub titles: Vec<String>,
    /// Last words of organization names.
    pub org_words: Vec<String>,
    /// Words before a name that are not part of it.
    pub honorifics: Vec<String>,
    /// Units of figures that are not compared (time spans, ages).
    pub skip_units: Vec<String>,
    /// (scope, class is `total`, cue words), in file order.
    pub scopes: Vec<(String, bool, Vec<String>)>,
    /// Phrases that open a bounded figure's text and show in the brief (`data/bounds.txt`).
    pub bounds: Vec<String>,
    /// Irregular plurals of counted things (`data/plurals.txt`).
    pub plurals: HashMap<String, String>,
    /// Phrases that make a figure a difference (`data/differences.txt`), by side.
    pub differences: Differences,
    /// Scopes whose counts only grow (`data/cumulative.txt`).
    pub cumulative: Vec<String>,
    /// Ordinal word -> the count it implies ("third" -> 3).
    pub ordinals: HashMap<String, f64>,
    /// Noun after an ordinal -> (counted thing, scope): "death" -> ("person", "died").
    pub ordinal_nouns: HashMap<String, (String, String)>,
    /// Audience words that stand for the previous speaker ("told her").
    pub audience_pronouns: Vec<String>,
    pub deliberation_cues: Vec<String>,
    /// Words whose grammatical number is not what their ending suggests: word -> plural.
    pub number_words: HashMap<String, bool>,
    pub place_kinds: Vec<String>,
    /// Participle -> the counted thing of a bare number before it ("4,000 evacuated").
    pub verb_subjects: HashMap<String, String>,
    /// Openings of a claim's content that show it is a fragment cut off its sentence
    /// ("her that ...", "whether ...").
    pub fragment_openings: Vec<String>,
    /// Words that make a clause a statement (`data/finite_verbs.txt`).
    pub finite_verbs: std::collections::HashSet<String>,
    /// Words after a figure that give it to someone else (`data/cited_figure_cues.txt`).
    pub cited_figure_cues: Vec<String>,
    /// (lowest confidence, phrase), highest first.
    pub icd: Vec<(u8, String)>,
    /// grade 1..=6 -> (label, STIX confidence).
    pub admiralty: Vec<(String, Option<u8>)>,
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut countries = Vec::new();
    let mut country_of_key = HashMap::new();
    for fields in entries(include_str!("../data/countries.txt")) {
        let index = countries.len();
        let name = fields[0].to_string();
        country_of_key.insert(norm_key(&name), index);
        for other in [1, 2, 3] {
            for alias in list(fields.get(other)) {
                country_of_key.entry(norm_key(&alias)).or_insert(index);
            }
        }
        let code = fields
            .get(4)
            .filter(|c| c.len() == 2)
            .map(|c| c.to_string());
        countries.push(Country { name, code });
    }
    let mut bodies = Vec::new();
    let mut body_of_key = HashMap::new();
    for fields in entries(include_str!("../data/bodies.txt")) {
        let index = bodies.len();
        let name = fields[0].to_string();
        let country = fields
            .get(1)
            .filter(|c| !c.is_empty())
            .map(|c| c.to_string());
        let government = fields.get(2).is_some_and(|k| *k == "government");
        body_of_key.insert(norm_key(&name), index);
        for alias in list(fields.get(3)) {
            body_of_key.entry(norm_key(&alias)).or_insert(index);
        }
        bodies.push(Body {
            name,
            country,
            government,
        });
    }
    let stopwords = entries(include_str!("../data/stopwords.txt"))
        .flat_map(|f| {
            f[0].split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut concepts = HashMap::new();
    for fields in entries(include_str!("../data/concepts.txt")) {
        for word in list(fields.get(1)) {
            concepts.insert(word.to_lowercase(), fields[0].to_string());
        }
    }
    let anaphora = entries(include_str!("../data/anaphora.txt"))
        .map(|f| (f[0].to_lowercase(), f.get(1) == Some(&"same source")))
        .collect();
    let titles = entries(include_str!("../data/titles.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let org_words = entries(include_str!("../data/org_words.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let honorifics = entries(include_str!("../data/honorifics.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let skip_units = entries(include_str!("../data/skip_units.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let scopes = entries(include_str!("../data/scope.txt"))
        .map(|f| {
            let cues = list(f.get(2)).iter().map(|c| c.to_lowercase()).collect();
            (
                f[0].to_string(),
                f.get(1).is_some_and(|c| *c == "total"),
                cues,
            )
        })
        .collect();
    let mut differences = Differences::default();
    for f in entries(include_str!("../data/differences.txt")) {
        // Padded with spaces, to match whole words against a padded window.
        let Some(phrase) = f.get(1).map(|p| format!(" {} ", p.to_lowercase())) else {
            continue;
        };
        match f[0] {
            "level" => differences.levels.push(phrase),
            "after" => differences.after.push(phrase),
            "before" => differences.before.push(phrase),
            _ => {}
        }
    }
    let cumulative = entries(include_str!("../data/cumulative.txt"))
        .map(|f| f[0].to_string())
        .collect();
    let mut ordinals = HashMap::new();
    let mut ordinal_nouns = HashMap::new();
    for f in entries(include_str!("../data/ordinal_counts.txt")) {
        if let Some(nouns) = f[0].strip_prefix('@') {
            let (Some(thing), Some(scope)) = (f.get(1), f.get(2)) else {
                continue;
            };
            for noun in nouns.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                ordinal_nouns.insert(noun.to_lowercase(), (thing.to_string(), scope.to_string()));
            }
        } else if let Some(n) = f.get(1).and_then(|n| n.parse().ok()) {
            ordinals.insert(f[0].to_lowercase(), n);
        }
    }
    let audience_pronouns = entries(include_str!("../data/audience_pronouns.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let deliberation_cues = entries(include_str!("../data/deliberation_cues.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let number_words = entries(include_str!("../data/number_words.txt"))
        .filter_map(|f| Some((f[0].to_lowercase(), *f.get(1)? == "plural")))
        .collect();
    let verb_subjects = entries(include_str!("../data/verb_subjects.txt"))
        .filter_map(|f| Some((f[0].to_lowercase(), f.get(1)?.to_string())))
        .collect();
    let place_kinds = entries(include_str!("../data/place_kinds.txt"))
        .map(|f| f[0].to_uppercase())
        .collect();
    let fragment_openings = entries(include_str!("../data/fragment_openings.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let finite_verbs = entries(include_str!("../data/finite_verbs.txt"))
        .map(|f| f[0].to_lowercase())
        .collect();
    let cited_figure_cues = entries(include_str!("../data/cited_figure_cues.txt"))
        .map(|f| format!(" {} ", f[0].to_lowercase()))
        .collect();
    let mut icd: Vec<(u8, String)> = entries(include_str!("../data/icd.txt"))
        .filter_map(|f| Some((f[0].parse().ok()?, f.get(1)?.to_string())))
        .collect();
    icd.sort_by_key(|e| std::cmp::Reverse(e.0));
    let admiralty = entries(include_str!("../data/admiralty.txt"))
        .map(|f| {
            (
                f.get(1).map(|s| s.to_string()).unwrap_or_default(),
                f.get(2).and_then(|c| c.parse().ok()),
            )
        })
        .collect();
    Lexicon {
        countries,
        country_of_key,
        bodies,
        body_of_key,
        stopwords,
        concepts,
        anaphora,
        not_actor_words: entries(include_str!("../data/not_actor_words.txt"))
            .map(|f| f[0].to_lowercase())
            .collect(),
        titles,
        org_words,
        honorifics,
        skip_units,
        scopes,
        bounds: entries(include_str!("../data/bounds.txt"))
            .map(|f| f[0].to_lowercase())
            .collect(),
        plurals: entries(include_str!("../data/plurals.txt"))
            .filter_map(|f| Some((f[0].to_string(), f.get(1)?.to_string())))
            .collect(),
        differences,
        cumulative,
        ordinals,
        ordinal_nouns,
        audience_pronouns,
        deliberation_cues,
        number_words,
        place_kinds,
        verb_subjects,
        fragment_openings,
        finite_verbs,
        cited_figure_cues,
        icd,
        admiralty,
    }
});

/// Source reliability letters from a `sources.txt`-style text: normalized name -> letter.
pub fn parse_reliability(text: &str) -> HashMap<String, char> {
    entries(text)
        .filter_map(|f| {
            let letter = f.get(1)?.chars().next()?.to_ascii_uppercase();
            ('A'..='F')
                .contains(&letter)
                .then(|| (norm_key(f[0]), letter))
        })
        .collect()
}

/// The built-in `data/sources.txt`.
pub const DEFAULT_SOURCES: &str = include_str!("../data/sources.txt");
