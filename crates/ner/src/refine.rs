//! From tagged CoNLL-type spans to dossier entities: finer types (GPE vs LOC, NORP vs MISC),
//! titles kept out of person names, and span repairs the tagger cannot learn from CoNLL.
//!
//! Policy, in order:
//! - a person span loses its leading titles ("Lt. Gen. Kyrylo Budanov" -> "Kyrylo Budanov");
//!   a span that ends in a title ("National Security Adviser") is not a person;
//! - trailing lower-case words leave any entity ("Kim also" -> "Kim"), as do calendar words
//!   at either end, trimmed until none is left ("Province on Monday" -> "Province"); an
//!   adverb alone ("Upstream, ...": `data/not_names_alone.txt`) is no entity;
//! - a body's span with a role and a name in it ("Interior Minister Ana Lopez") is the person
//!   when the words after the title look like a name (see [`split_roles`]); a title that opens
//!   the span is part of the name ("General Motors", "Justice Department"); a body run on
//!   into titles ends before them ("Grain Party Justice Minister" -> "Grain Party"), and a
//!   role alone ("Lord Chief Justice") is none;
//! - an entity followed by capitalised organisation words ("Democratic" + "Party") grows into
//!   an ORG; a nationality right before an ORG ("Ukrainian" + "Defense Intelligence
//!   Directorate") joins it;
//! - an acronym in parentheses right after an entity ("(NIS)") takes that entity's type, and so
//!   does every other mention of the acronym;
//! - a place is GPE when it is a country, capital, city or state of the gazetteers, or unknown
//!   and not named like a natural place; LOC for continents, seas, regions, "the region of X";
//! - a name ending in a head of `data/head_types.txt` takes its type ("Dunmere River" LOC,
//!   "Civic Watch" ORG), and one before a place noun of `data/place_nouns.txt` is a place
//!   ("the Dunmere valley" LOC, "the Ostmark provincial government" GPE);
//! - MISC is NORP when it is a nationality, religious or political group;
//! - a dateline ("KESSFIELD, Estavia (MPA) -") gives a place, its region and an ORG, the
//!   news agency; the place's other mentions in the document are that place too;
//! - a country and its nationality in one document ("Estavia", "Estavian") are GPE and NORP;
//! - a place followed by "government" takes it in ("the U.S. government" is GPE), and
//!   "County" with the one name after it is a GPE ("County Clare", the Irish order); a
//!   country or nationality before "Red Cross" or "Red Crescent" names that nation's
//!   society, one ORG ("the Kenya Red Cross"); a name after a count of seats or members is a
//!   body ("the 200-seat Chamber of Deputies");
//! - a bare "North"/"South"/... is GPE where the document names "North Korea" and the like.
//! - capitalized words opening a sentence right before a name, the first of them unknown to
//!   the lexicons and never written in lower case in the unlabeled text, join the name
//!   ("Scheldt Container Services said");
//! - a body ending in an institution's head, then "of" and a place or body, is one ORG ("the
//!   Public Policy Institute of California"); a body that runs into a chamber's party role
//!   ends before it ("Assembly Minority Leader ..." -> "Assembly");
//! - a body's name opens at a nationality ("the German Foreign Office"), an ordinal ("the 5th
//!   Circuit") or capitalised words after "the" or a possessive ("The Connected Services
//!   Association"); a university's campus town is part of it ("University of Texas at
//!   Austin"), a known place after "in" at its end is not ("... Research in Munich");
//! - a place before a structure's head is the structure ("Vienna International Airport"
//!   FAC), a law's name runs back over "for" ("Safe Screens for Minors Act"), and a name after
//!   a vessel's noun ("the tanker Meridian Pearl") is a PRODUCT wherever the text names it.

use crate::features::is_capitalized;
use crate::hash::{lower_key_words, Hasher};
use crate::lexicon::{Kind, LEXICON, TAGGER_LEXICON};
use model::EntityKind;
use std::sync::LazyLock;

/// The keys of a word list's entries, one a line (`#` opens a comment line): a word's
/// [`crate::hash::lower_key`], a phrase's key as [`Tokens::key`] computes it for its tokens.
fn key_set(data: &'static str) -> crate::features::KeySet {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| lower_key_words(l.split_whitespace()))
        .collect()
}

/// Nouns of people before "from" and a place (`data/people_from_places.txt`).
static PEOPLE_FROM_PLACES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/people_from_places.txt")));

/// Nouns that introduce a news outlet's name (`data/outlet_cues.txt`).
static OUTLET_CUES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/outlet_cues.txt")));

/// The first words of bodies with campuses in many towns ("University of Texas at Austin";
/// `data/campus_heads.txt`).
static CAMPUS_HEADS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/campus_heads.txt")));

/// Nouns of vessels and ship prefixes before a vessel's name (`data/vessels.txt`).
static VESSELS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/vessels.txt")));

/// Vietnamese family names and middle names (`data/vietnamese_names.txt`).
static VIETNAMESE_NAMES: LazyLock<(crate::features::KeySet, crate::features::KeySet)> =
    LazyLock::new(|| {
        let data = include_str!("../data/vietnamese_names.txt");
        let of_kind = |kind: &str| {
            data.lines()
                .filter_map(|l| l.split_once('|'))
                .filter(|(_, k)| k.trim() == kind)
                .map(|(name, _)| lower_key_words(name.split_whitespace()))
                .collect()
        };
        (of_kind("FAMILY"), of_kind("MIDDLE"))
    });

/// Lower-case role nouns that may stand between a nationality and a name
/// (`data/role_nouns.txt`).
static ROLE_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/role_nouns.txt")));

/// Heads of numbered ways ("Line 2", "Route 66"; `data/numbered_ways.txt`).
static NUMBERED_WAYS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/numbered_ways.txt")));

/// Nouns that introduce a company's name (`data/company_cues.txt`).
static COMPANY_CUES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/company_cues.txt")));

/// Titles that only a person's name follows (`data/honorifics.txt`).
static HONORIFICS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/honorifics.txt")));

/// Nouns of a nation's institutions (`data/nation_nouns.txt`).
static NATION_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/nation_nouns.txt")));

/// Heads of institutions whose name goes on with "of" and a place (`data/institution_heads.txt`).
static INSTITUTION_HEADS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/institution_heads.txt")));

/// Party roles in a chamber (`data/chamber_roles.txt`: "minority leader").
static CHAMBER_ROLES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/chamber_roles.txt")));

/// Words that are no name alone (`data/not_names_alone.txt`).
static NOT_NAMES_ALONE: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/not_names_alone.txt")));

/// Capitalised number words that open a count, never a name ("Two Senate aides").
const NUMBER_WORDS: [&str; 29] = [
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
    "Twenty",
    "Thirty",
    "Forty",
    "Fifty",
    "Sixty",
    "Seventy",
    "Eighty",
    "Ninety",
    "Dozens",
    "Hundreds",
    "Thousands",
];

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
    /// Whether each token opens a line (the text's first token, or one after a line break).
    pub line_start: &'a [bool],
    /// [`lower_key`] of every word, as the tagger computed them.
    pub lower_keys: &'a [u64],
}

impl Tokens<'_> {
    /// Whether word `i` is a common word: one the unlabeled text of the word clusters wrote
    /// in lower case ("executive", "security"), as names are not ("Lopez", "Nordhav").
    pub fn is_common_word(&self, i: usize) -> bool {
        crate::clusters::CLUSTERS.contains(self.key(i, i + 1))
    }
    /// The lexicon key of tokens `[first, end)`, joined as the text joins them (tokens past
    /// the end are none: no entry has the key of nothing).
    pub fn key(&self, first: usize, end: usize) -> u64 {
        let end = end.min(self.words.len());
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
    /// The end of the longest phrase from `first`, of at most `longest` words, that the
    /// lexicon knows as `kind`. Stops at the first word no entry goes on with.
    fn longest_known(&self, first: usize, longest: usize, kind: Kind) -> Option<usize> {
        self.longest_known_as(first, longest, &[kind])
    }
    /// The end of the longest phrase from `first` the lexicon knows as any of `kinds`, read
    /// in one pass.
    fn longest_known_as(&self, first: usize, longest: usize, kinds: &[Kind]) -> Option<usize> {
        let mut h = Hasher::new(0);
        let mut found = None;
        for i in first..self.words.len().min(first + longest) {
            if i > first {
                if !self.space_before[i] {
                    break;
                }
                h = h.sep();
            }
            h = h.lower(self.words[i]);
            if LEXICON
                .get(h.finish())
                .is_some_and(|e| kinds.iter().any(|&kind| e.has(kind)))
            {
                found = Some(i + 1);
            }
            if !LEXICON.is_prefix(h) {
                break;
            }
        }
        found
    }
    fn has(&self, first: usize, end: usize, kind: Kind) -> bool {
        LEXICON
            .get(self.key(first, end))
            .is_some_and(|e| e.has(kind))
    }
    /// Whether the lexicon knows the words as any place: a country, capital, city or natural
    /// place (one look-up).
    fn known_place(&self, first: usize, end: usize) -> bool {
        LEXICON.get(self.key(first, end)).is_some_and(|e| {
            e.has(Kind::Country)
                || e.has(Kind::Capital)
                || e.has(Kind::City)
                || e.has(Kind::Location)
        })
    }
    /// Whether the lexicon knows the words as a place with a government: a country, capital
    /// or city (one look-up).
    fn governed_place(&self, first: usize, end: usize) -> bool {
        LEXICON
            .get(self.key(first, end))
            .is_some_and(|e| e.has(Kind::Country) || e.has(Kind::Capital) || e.has(Kind::City))
    }
    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }
}

/// Gives `kind` to every mention (that `applies`) whose words are one of the names `keys`:
/// what one mention shows of a name holds for its other mentions in the document.
fn type_every_mention(
    tokens: &Tokens,
    mentions: &mut [Mention],
    keys: &[u64],
    kind: EntityKind,
    applies: impl Fn(&Mention) -> bool,
) {
    if keys.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if applies(m) && keys.contains(&tokens.key(m.first, m.end)) {
            m.kind = kind;
        }
    }
}

/// Whether each of the `n` tokens lies inside one of `mentions`.
fn covered_tokens(n: usize, mentions: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; n];
    for m in mentions {
        covered[m.first.min(n)..m.end.min(n)].fill(true);
    }
    covered
}

/// Adds the mentions a rule found where the tagger found none, keeping the list sorted.
fn add_mentions(mentions: &mut Vec<Mention>, found: Vec<Mention>) {
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.first);
    }
}

/// Adds `found`, dropping the mentions any of them overlaps: the names found win.
fn add_over_overlapped(mentions: &mut Vec<Mention>, found: Vec<Mention>) {
    if found.is_empty() {
        return;
    }
    mentions.retain(|m| !found.iter().any(|f| m.first < f.end && f.first < m.end));
    add_mentions(mentions, found);
}

/// A capitalised word of letters only ("Mara"; not "Kok-Tash", "R50,000").
fn is_capitalized_letters(w: &str) -> bool {
    is_capitalized(w) && w.chars().all(char::is_alphabetic)
}

/// The end of the run of capitalised words of letters from token `from`, at most `limit`
/// (exclusive): `from` where none stands there.
fn capitalised_run_end(tokens: &Tokens, from: usize, limit: usize) -> usize {
    (from..limit.min(tokens.words.len()))
        .take_while(|&i| is_capitalized_letters(tokens.word(i)))
        .last()
        .map_or(from, |i| i + 1)
}

/// The start of the run of capitalised words of letters that ends at token `first`, no
/// further back than `floor` or `most` words, stopping at a calendar word or the like
/// (`Kind::NotName`) and at any word `stop` refuses.
fn capitalised_run_start(
    tokens: &Tokens,
    first: usize,
    floor: usize,
    most: usize,
    stop: impl Fn(&str) -> bool,
) -> usize {
    let mut start = first;
    while start > floor
        && first - start < most
        && is_capitalized_letters(tokens.word(start - 1))
        && !stop(tokens.word(start - 1))
        && !tokens.has(start - 1, start, Kind::NotName)
    {
        start -= 1;
    }
    start
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
        // Each trim can bare a word another one removes ("Province on Monday": the calendar
        // word goes, then "on"): trim until nothing changes.
        loop {
            let before = (m.first, m.end);
            trim_edges(tokens, m);
            if (m.first, m.end) == before {
                break;
            }
        }
    }
    // "42.6C", "98F", "47 C": a unit's letter after a figure is no name (glued to it any
    // letter; after a space the degrees' C: CoNLL-2003 types "39.2 F" MISC).
    mentions.retain(|m| {
        !(m.end == m.first + 1
            && m.first > 0
            && tokens.word(m.first).len() == 1
            && (!tokens.space_before[m.first] || tokens.word(m.first) == "C")
            && tokens
                .word(m.first - 1)
                .ends_with(|c: char| c.is_ascii_digit()))
    });
    // "The Hague": a place whose name opens with "The", which the tagger left out.
    for m in &mut mentions {
        let with_article = m.first > 0
            && tokens.word(m.first - 1) == "The"
            && tokens.governed_place(m.first - 1, m.end);
        if with_article {
            m.first -= 1;
            m.kind = EntityKind::Gpe;
        }
    }
    // "Democrat Karen Holloway" taken for one name: a party word and a given name after it
    // are a group and a person.
    let mut split = Vec::new();
    for m in &mut mentions {
        if m.end - m.first > 2
            && tokens.has(m.first, m.first + 1, Kind::Group)
            && tokens.has(m.first + 1, m.first + 2, Kind::FirstName)
        {
            split.push(Mention {
                first: m.first,
                end: m.first + 1,
                kind: EntityKind::Norp,
            });
            m.first += 1;
            m.kind = EntityKind::Person;
        }
    }
    add_mentions(&mut mentions, split);
    // "The Dutch government", "The United States said": the article before a nationality or
    // a country is no part of it ("The Hague" and "The Gambia" are names with it).
    for m in &mut mentions {
        if m.end - m.first > 1
            && tokens.word(m.first) == "The"
            && (tokens.has(m.first + 1, m.end, Kind::Demonym)
                || tokens.has(m.first + 1, m.end, Kind::Country))
            && !tokens.has(m.first, m.end, Kind::Capital)
            && !tokens.has(m.first, m.end, Kind::City)
        {
            m.first += 1;
        }
    }
    // "the Transport Workers' Federation (KAL": a name runs on into a bracket only where the
    // bracket closes inside it ("Jack Reed (D-R.I.)").
    for m in &mut mentions {
        if let Some(open) = (m.first + 1..m.end).find(|&i| tokens.word(i) == "(") {
            if !(open + 1..m.end).any(|i| tokens.word(i) == ")") {
                m.end = open;
            }
        }
    }
    // "R50,000", "A$5", "C$14 billion": an amount of money is no name, nor a number word
    // ("Twenty-three people").
    mentions.retain(|m| {
        !(m.end - m.first == 1 && {
            let w = tokens.word(m.first);
            let mut chars = w.chars();
            let money = chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(|c| c.is_ascii_digit() || c == '$');
            let sign_apart = w.len() <= 2
                && w.chars().all(|c| c.is_ascii_uppercase())
                && tokens.word(m.end) == "$"
                && !tokens.space_before.get(m.end).copied().unwrap_or(true);
            let tens = [
                "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
            ];
            let number_word = tens
                .iter()
                .any(|t| w.strip_prefix(t).is_some_and(|r| r.starts_with('-')));
            money || sign_apart || number_word
        })
    });
    // An adverb alone ("Upstream, engineers ...") is no name, nor is a holiday ("the Labour
    // Day weekend"): the whole mention is the list's entry.
    mentions.retain(|m| {
        !(m.end - m.first <= 3 && NOT_NAMES_ALONE.contains(&tokens.key(m.first, m.end)))
    });
    bodies_taken_for_titled_persons(tokens, &mut mentions);
    portfolio_titles_before_persons(tokens, &mut mentions);
    titles_owning_bodies(tokens, &mut mentions);
    let places_before_roles = split_roles(tokens, &mut mentions);
    mentions.retain(|m| m.end > m.first);
    add_mentions(&mut mentions, places_before_roles);
    split_conjoined_places(tokens, &mut mentions);
    split_at_role_nouns(tokens, &mut mentions);
    bodies_before_their_leaders(tokens, &mut mentions);
    names_after_titles_taken_for_persons(tokens, &mut mentions);
    // A "person" that ends in a title word is a role, not a name; but a given name before it
    // makes it a surname ("Christopher Reeve", "Elvis Bishop").
    mentions.retain(|m| {
        !(m.kind == EntityKind::Person
            && tokens.has(m.end - 1, m.end, Kind::Title)
            && !(m.end - m.first == 2
                && tokens.has(m.first, m.first + 1, Kind::FirstName)
                && !tokens.has(m.first, m.first + 1, Kind::Title)
                // ("Mary Queen of Scots": a title of somewhere.)
                && !(m.end < tokens.words.len() && tokens.word(m.end) == "of")))
    });

    given_name_before_initial(tokens, &mut mentions);
    surnames_left_out_after_persons(tokens, &mut mentions);
    // Grow into following capitalised organisation words: "Democratic" + "Party"; a place
    // through up to two more capitalised words to one ("Sierra Leone Broadcasting
    // Corporation", "Sierra Leone Red Cross Society").
    for k in 0..mentions.len() {
        if mentions[k].end == mentions[k].first {
            continue; // taken into a name before it
        }
        let limit = mentions.get(k + 1).map_or(n, |next| next.first);
        let mut end = mentions[k].end;
        if mentions[k].kind == EntityKind::Gpe {
            let run_end = capitalised_run_end(tokens, end, n.min(end + 4));
            if run_end > end + 1 && tokens.has(run_end - 1, run_end, Kind::OrgWord) {
                mentions[k].end = run_end;
                mentions[k].kind = EntityKind::Org;
                // The mentions the tagger found inside ("Corporation") are part of it.
                for later in mentions.iter_mut().skip(k + 1) {
                    if later.first < run_end {
                        later.end = later.first;
                    }
                }
                continue;
            }
        }
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
    mentions.retain(|m| m.end > m.first);
    // A nationality directly before an organisation names its country: one ORG.
    let mut merged: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = merged.last_mut() {
            // (The tagger may take "Offshore Directorate" for a person: its head makes it a
            // body.)
            if prev.end == m.first
                && (m.kind == EntityKind::Org || fine_kind(tokens, &m) == EntityKind::Org)
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
    // "The Defense Ministry said" opening a text: the article is no part of a body's name
    // that ends in a body's head, unless the lexicon knows the name with it.
    for m in &mut mentions {
        if m.kind == EntityKind::Org
            && m.end - m.first > 1
            && tokens.word(m.first) == "The"
            && body_head_at(tokens, m.end - 1)
            && !tokens.has(m.first, m.end, Kind::Org)
        {
            m.first += 1;
        }
    }
    outlets_after_cues(tokens, &mut mentions);
    outlets_before_nouns(tokens, &mut mentions);
    newspapers_by_title_word(tokens, &mut mentions);
    mentions.retain(|m| !credit_rating(tokens, m));
    companies_by_apposition(tokens, &mut mentions);
    places_by_apposition(tokens, &mut mentions);
    persons_by_apposition(tokens, &mut mentions);
    companies_by_context(tokens, &mut mentions);
    bodies_with_plural_possessives(tokens, &mut mentions);
    titles_opening_bodies(tokens, &mut mentions);
    nationalities_opening_bodies(tokens, &mut mentions);
    capitalised_words_opening_bodies(tokens, &mut mentions);
    ordinals_opening_bodies(tokens, &mut mentions);
    places_opening_facilities(tokens, &mut mentions);
    laws_named_for(tokens, &mut mentions);
    campuses(tokens, &mut mentions);
    bodies_joined_by_ampersand(tokens, &mut mentions);
    bodies_joined_by_and(tokens, &mut mentions);
    remits_joined_by_and(tokens, &mut mentions);
    bodies_of_a_possessive_plural(tokens, &mut mentions);
    portfolios_joined_by_and(tokens, &mut mentions);
    bodies_joined_by_romance_particles(tokens, &mut mentions);
    given_names_before_particles(tokens, &mut mentions);
    names_with_van_or_von(tokens, &mut mentions);
    known_bodies_in_full(tokens, &mut mentions);
    places_after_place_nouns(tokens, &mut mentions);
    places_split_from_bodies(tokens, &mut mentions);
    known_places_in_full(tokens, &mut mentions);
    bodies_named_after_persons(tokens, &mut mentions);
    call_signs(tokens, &mut mentions);
    dateline_types(tokens, &mut mentions);
    nations_and_demonyms(tokens, &mut mentions);
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
            // ("the National Geology and Mining Service (Sernageomin)": a short form.)
            && (is_acronym(tokens.word(m.first))
                || is_capitalized_letters(tokens.word(m.first))
                    && !tokens.has(m.first, m.end, Kind::City)
                    && !tokens.has(m.first, m.end, Kind::Capital))
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
    sentence_initial_name_words(tokens, &mut mentions);
    opening_place_adjectives(tokens, &mut mentions);
    acronym_led_persons(tokens, &mut mentions);
    chambers_before_roles(tokens, &mut mentions);
    mentions.retain(|m| m.end > m.first);
    let mut mentions = bodies_of_places(tokens, mentions);
    places_after_in_bodies(tokens, &mut mentions);
    bodies_named_on(tokens, &mut mentions);
    camel_case_names(tokens, &mut mentions);
    named_storms(tokens, &mut mentions);
    places_with_places(tokens, &mut mentions);
    known_places_as_persons(tokens, &mut mentions);
    vietnamese_names(tokens, &mut mentions);
    arabic_family_names(tokens, &mut mentions);
    second_surnames(tokens, &mut mentions);
    places_known_after_tagging_retyped(tokens, &mut mentions);
    known_places_taken_for_people(tokens, &mut mentions);
    places_before_their_officials(tokens, &mut mentions);
    places_before_their_governors(tokens, &mut mentions);
    plus_after_acronyms(tokens, &mut mentions);
    known_places_across_mentions(tokens, &mut mentions);
    bodies_by_which_or_base(tokens, &mut mentions);
    self_named_groups(tokens, &mut mentions);
    natural_places_of_places(tokens, &mut mentions);
    natural_places_as_nouns(tokens, &mut mentions);
    one_type_per_name(tokens, &mut mentions);
    bodies_named_by_their_first_word(tokens, &mut mentions);
    names_before_landform_nouns(tokens, &mut mentions);
    structures_named_after_places(tokens, &mut mentions);
    known_places_after_place_adjectives(tokens, &mut mentions);
    untagged_nationalities(tokens, &mut mentions);
    untagged_acronyms(tokens, &mut mentions);
    speaking_acronyms(tokens, &mut mentions);
    governed_units_named_in_full(tokens, &mut mentions);
    counties_named_unit_first(tokens, &mut mentions);
    national_aid_societies(tokens, &mut mentions);
    bodies_sized_by_seats(tokens, &mut mentions);
    known_bodies_over_fragments(tokens, &mut mentions);
    untagged_known_bodies(tokens, &mut mentions);
    platform_named_x(tokens, &mut mentions);
    natural_places_by_their_openers(tokens, &mut mentions);
    laws_in_full(tokens, &mut mentions);
    named_fires(tokens, &mut mentions);
    natural_places_named_by_peoples(tokens, &mut mentions);
    untagged_places_known_after_tagging(tokens, &mut mentions);
    numbered_ways(tokens, &mut mentions);
    vessels(tokens, &mut mentions);
    products_by_their_class(tokens, &mut mentions);
    capitalised_articles_opening_names(tokens, &mut mentions);
    bodies_named_for_a_remit(tokens, &mut mentions);
    workplaces(tokens, &mut mentions);
    companies_by_legal_form(tokens, &mut mentions);
    common_words_opening_sentences(tokens, &mut mentions);
    persons_after_their_occupation(tokens, &mut mentions);
    landforms_by_their_own_name(tokens, &mut mentions);
    committees_named_in_full(tokens, &mut mentions);
    bodies_split_without_a_gap(tokens, &mut mentions);
    surname_particles_restored(tokens, &mut mentions);
    without_possessive_endings(tokens, &mut mentions);
    without_overlaps(mentions)
}

/// Whether a word follows token `i`, the thing a possessive before it owns ("at Lord's,"
/// names the ground itself).
fn possessed_after(tokens: &Tokens, i: usize) -> bool {
    tokens
        .word(i)
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

/// "the country Africa’s biggest exporter": a possessive ending is no part of the name,
/// whichever repair let it in; and a sum of money ("C$1,250") is no name at all.
fn without_possessive_endings(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    // ("a payment of C$1,250": a sum is no name.)
    mentions.retain(|m| !(m.first..m.end).any(|i| tokens.word(i).contains(['$', '€', '£', '¥'])));
    for m in mentions.iter_mut() {
        while m.end - m.first > 1
            && matches!(tokens.word(m.end - 1), "'s" | "’s" | "'" | "’")
            && possessed_after(tokens, m.end)
        {
            m.end -= 1;
        }
    }
}

/// "the Court of Arbitration for Sport", "the Voivodeship Inspectorate for Environmental
/// Protection" tagged in two: a body's name holding an institution's head
/// (`data/institution_heads.txt`), "for" and a name right after it that ends there are one
/// body. A person with a listed given name after "for" stays apart.
fn bodies_named_for_a_remit(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        // (Not across "for the": "the U.S. Court of Appeals for the Ninth Circuit" is two
        // bodies in CoNLL-2003.)
        let joined = a.kind == EntityKind::Org
            && tokens.word(a.end) == "for"
            && b.first == a.end + 1
            && (a.first..a.end).any(|i| INSTITUTION_HEADS.contains(&tokens.key(i, i + 1)))
            && !(b.kind == EntityKind::Person && tokens.has(b.first, b.first + 1, Kind::FirstName))
            && !is_capitalized(tokens.word(b.end))
            && tokens.word(b.end) != "'s"
            && tokens.word(b.end) != "’s";
        if joined {
            mentions[k].end = mentions[k + 1].end;
            mentions.remove(k + 1);
            continue;
        }
        k += 1;
    }
}

/// Nouns of people named by their work, before "at" and their employer
/// (`data/workplace_nouns.txt`).
static WORKPLACE_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/workplace_nouns.txt")));

/// "analysts at Berenberg", "chief investment officer at Hoshizora Life": the whole name right
/// after a worker's noun and "at" is the body they work for, ORG, unless a gazetteer knows it
/// as a place or its head makes it a structure or natural place ("a doctor at Christchurch
/// Hospital" stays as typed where the tagger or a head made it a FAC).
fn workplaces(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let after_worker = m.first > 1
            && tokens.word(m.first - 1) == "at"
            // ("Analysts at Jefferies wrote": capitalised only to open a sentence.)
            && (is_lowercase_word(tokens.word(m.first - 2)) || opens_sentence(tokens, m.first - 2))
            && WORKPLACE_NOUNS.contains(&tokens.key(m.first - 2, m.first - 1));
        let whole_name = !is_capitalized(tokens.word(m.end)) && tokens.word(m.end) != "-";
        if after_worker
            && whole_name
            && matches!(
                m.kind,
                EntityKind::Person | EntityKind::Gpe | EntityKind::Misc | EntityKind::Loc
            )
            && !tokens.known_place(m.first, m.end)
            && !tokens.has(m.first, m.end, Kind::Location)
            && head_type(tokens, m).is_none_or(|kind| kind == EntityKind::Org)
        {
            m.kind = EntityKind::Org;
        }
    }
}

/// Legal forms that close a company's name (`data/corporate_suffixes.txt`).
static CORPORATE_SUFFIXES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/corporate_suffixes.txt")));

/// "Harlan Motor Co. will cut", "Litio Andino S.A." tagged without the form, or as a person:
/// a name right before a company's legal form is that company, ORG, the form included.
fn companies_by_legal_form(tokens: &Tokens, mentions: &mut [Mention]) {
    let mut companies: Vec<u64> = Vec::new();
    for k in 0..mentions.len() {
        let end = mentions[k].end;
        let free = mentions.get(k + 1).is_none_or(|next| next.first > end);
        // (Capitalised as written: "the Blue Lagoon spa" is no "SpA".)
        if free
            && tokens.word(end).starts_with(|c: char| c.is_uppercase())
            && CORPORATE_SUFFIXES.contains(&tokens.key(end, end + 1))
        {
            companies.push(tokens.key(mentions[k].first, end));
            mentions[k].end += 1;
            mentions[k].kind = EntityKind::Org;
        }
    }
    // ("Operator Boreal Atomi Oy said ... Boreal Atomi declined": the name without its form,
    // elsewhere in the document, is the same company.)
    type_every_mention(tokens, mentions, &companies, EntityKind::Org, |m| {
        m.kind == EntityKind::Person
    });
}

/// "told The Irish Times", "a memo obtained by The Associated Press": a capitalised "The"
/// inside a sentence, after a lower-case word or a comma, belongs to the name it stands
/// before (CoNLL and `eval/own` alike: never outside such a name in either).
fn capitalised_articles_opening_names(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let first = mentions[k].first;
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        if first >= floor + 2
            && tokens.word(first - 1) == "The"
            && (is_lowercase_word(tokens.word(first - 2)) || tokens.word(first - 2) == ",")
        {
            mentions[k].first -= 1;
        }
    }
}

/// The mentions in order, none overlapping another: where two repairs grew names into each
/// other ("South and South" grown to "South and South Korea" beside a "Korea" of its own), the
/// earlier and longer one stays.
fn without_overlaps(mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.end)));
    let mut last_end = 0;
    mentions.retain(|m| {
        let keep = m.end > m.first && m.first >= last_end;
        if keep {
            last_end = m.end;
        }
        keep
    });
    mentions
}

/// "the Sierra Leone Broadcasting Corporation (SLBC)": an acronym in brackets right after a
/// body's name, which the tagger left out, names that body.
fn untagged_acronyms(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let at = m.end + 1;
        let free = mentions.get(k + 1).is_none_or(|next| next.first > at);
        if m.kind == EntityKind::Org
            && free
            && tokens.word(m.end) == "("
            && tokens.word(at + 1) == ")"
            && is_acronym(tokens.word(at))
        {
            found.push(Mention {
                first: at,
                end: at + 1,
                kind: EntityKind::Org,
            });
        }
    }
    add_mentions(mentions, found);
}

/// Verbs of saying after a body's acronym (`data/acronym_speech_words.txt`).
static ACRONYM_SPEECH_WORDS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/acronym_speech_words.txt")));

/// "the national statistics institute INDEC said", "according to INPEC": an all-capital word
/// of three to seven letters that the tagger left out, before a verb of saying or after
/// "according to", is a body speaking, ORG; in a line of running text only (headlines and
/// tables in capitals hold other words), and not a word the lexicon knows as no name.
fn speaking_acronyms(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let covered = covered_tokens(n, mentions);
    // Lower-case words per line, to tell running text from a headline in capitals.
    let mut running = vec![false; n];
    let mut start = 0;
    for i in 0..=n {
        if i == n || (i > start && tokens.line_start[i]) {
            let lower = (start..i)
                .filter(|&k| is_lowercase_word(tokens.word(k)))
                .count();
            running[start..i].fill(lower >= 3);
            start = i;
        }
    }
    let mut found = Vec::new();
    for i in 0..n {
        let w = tokens.word(i);
        let letters = w.chars().count();
        let acronym = (3..=7).contains(&letters) && w.chars().all(|c| c.is_ascii_uppercase());
        if !acronym || covered[i] || !running[i] || tokens.has(i, i + 1, Kind::NotName) {
            continue;
        }
        let speaks = is_lowercase_word(tokens.word(i + 1))
            && ACRONYM_SPEECH_WORDS.contains(&tokens.key(i + 1, i + 2));
        let cited = i >= 2
            && tokens.word(i - 1) == "to"
            && tokens.word(i - 2).eq_ignore_ascii_case("according");
        if speaks || cited {
            found.push(Mention {
                first: i,
                end: i + 1,
                kind: EntityKind::Org,
            });
        }
    }
    add_mentions(mentions, found);
}

/// "— Republican Greg Tanner", "Kyrgyz troops": a nationality or political group the
/// lexicon knows that the tagger left out (after a dateline it often does) is NORP, where a
/// person or a lower-case word follows it (before another capital it may open a body's name).
fn untagged_nationalities(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let covered = covered_tokens(tokens.words.len(), mentions);
    let mut found = Vec::new();
    for (i, w) in tokens.words.iter().enumerate() {
        if covered[i] || !is_capitalized(w) {
            continue;
        }
        let nationality = tokens.has(i, i + 1, Kind::Demonym) || tokens.has(i, i + 1, Kind::Group);
        let person_after = mentions
            .binary_search_by_key(&(i + 1), |m| m.first)
            .is_ok_and(|at| mentions[at].kind == EntityKind::Person);
        if nationality && (person_after || is_lowercase_word(tokens.word(i + 1))) {
            found.push(Mention {
                first: i,
                end: i + 1,
                kind: EntityKind::Norp,
            });
        }
    }
    add_mentions(mentions, found);
}

/// "Hurricane Mara", "Typhoon Haikui", "Tropical Storm Alberto", "Winter Storm Hollis": a
/// storm's name after its kind is one EVENT, and the name alone later ("Mara made landfall")
/// is the same storm.
fn named_storms(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    const KINDS: [&str; 5] = ["Hurricane", "Typhoon", "Cyclone", "Storm", "Tornado"];
    let mut names: Vec<u64> = Vec::new();
    let mut found: Vec<Mention> = Vec::new();
    for i in 0..tokens.words.len() {
        let w = tokens.word(i);
        if !(w.len() >= 5 && is_capitalized(w) && KINDS.contains(&w)) {
            continue;
        }
        let first = if i > 0 && matches!(tokens.word(i - 1), "Tropical" | "Winter") {
            i - 1
        } else {
            i
        };
        let name = i + 1;
        let w = tokens.word(name);
        // "the National Hurricane Center" names a body, not a storm.
        if !is_capitalized_letters(w) || tokens.has(name, name + 1, Kind::OrgWord) {
            continue;
        }
        names.push(tokens.key(name, name + 1));
        found.push(Mention {
            first,
            end: name + 1,
            kind: EntityKind::Event,
        });
    }
    if found.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.end - m.first == 1 && names.contains(&tokens.key(m.first, m.end)) {
            m.kind = EntityKind::Event;
        }
    }
    add_over_overlapped(mentions, found);
}

/// "spread to Rotterdam and Hamburg": a known city typed ORG (as CoNLL types clubs named for
/// their city) that is coordinated with a place is a place.
fn places_with_places(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let known_city = m.kind == EntityKind::Org
            && (tokens.has(m.first, m.end, Kind::City)
                || tokens.has(m.first, m.end, Kind::Capital));
        if !known_city {
            continue;
        }
        let joined = |other: &Mention| {
            other.kind == EntityKind::Gpe
                && (other.end + 1 == m.first || m.end + 1 == other.first)
                && {
                    let between = if other.end < m.first {
                        other.end
                    } else {
                        m.end
                    };
                    matches!(tokens.word(between), "and" | "or" | ",")
                }
        };
        let coordinated =
            (k > 0 && joined(&mentions[k - 1])) || mentions.get(k + 1).is_some_and(joined);
        if coordinated {
            mentions[k].kind = EntityKind::Gpe;
        }
    }
}

/// "Do Thi Lan", "Tran Van Loc": family name, middle name and given name are a person,
/// whatever the tagger made of them, also where it left the family name out ("Do" read as
/// the verb).
fn vietnamese_names(tokens: &Tokens, mentions: &mut [Mention]) {
    let (family, middle) = &*VIETNAMESE_NAMES;
    let is_name_word = |i: usize| is_capitalized_letters(tokens.word(i));
    for k in 0..mentions.len() {
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let m = &mut mentions[k];
        // The family name left out: "Thi Lan" after "Do".
        if m.end - m.first == 2
            && m.first > floor
            && middle.contains(&tokens.key(m.first, m.first + 1))
            && family.contains(&tokens.key(m.first - 1, m.first))
            && is_name_word(m.first - 1)
        {
            m.first -= 1;
        }
        // ("Ha Thi Kim" then "Oanh": two middle names, the given name after them left out.)
        let next_free = mentions
            .get(k + 1)
            .is_none_or(|after| after.first > mentions[k].end);
        let m = &mut mentions[k];
        if m.end - m.first == 3
            && next_free
            && family.contains(&tokens.key(m.first, m.first + 1))
            && middle.contains(&tokens.key(m.first + 1, m.first + 2))
            && middle.contains(&tokens.key(m.first + 2, m.first + 3))
            && is_name_word(m.end)
            && LEXICON.get(tokens.key(m.end, m.end + 1)).is_none()
        {
            m.end += 1;
        }
        // ("Le Thi Hong Nhung": a second middle name makes four words.)
        if matches!(m.end - m.first, 3 | 4)
            && family.contains(&tokens.key(m.first, m.first + 1))
            && middle.contains(&tokens.key(m.first + 1, m.first + 2))
            && (m.first..m.end).all(is_name_word)
        {
            m.kind = EntityKind::Person;
        }
    }
}

/// "Óscar Villanueva Palomino, the interior minister": a person's name of two capitalised
/// words goes on through a second surname the tagger left out (the Spanish and Portuguese
/// custom), where a comma or the clause's end follows it and no gazetteer knows the word.
/// (The given name need not be a listed one: the tagger's second pass drops the second
/// surname where the document later names the person by the first alone, "Ferrer".)
fn second_surnames(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let next = m.end;
        let free = mentions.get(k + 1).is_none_or(|after| after.first > next);
        let joins = free
            && m.kind == EntityKind::Person
            && m.end - m.first == 2
            && is_capitalized_letters(tokens.word(m.first))
            && is_capitalized_letters(tokens.word(next))
            // (Not a post-nominal: "Jonathan Pryce KC".)
            && tokens.word(next).chars().any(char::is_lowercase)
            && matches!(tokens.word(next + 1), "," | "." | ";")
            && LEXICON.get(tokens.key(next, next + 1)).is_none()
            && head_kind(tokens.word(next)).is_none();
        if joins {
            mentions[k].end = next + 1;
        }
    }
}

/// "Saif bin Hamad Al Rawahi": a person's name of two words or more goes on through the
/// family article "Al" or "El" and the capitalised name after it, which the tagger may have
/// left out or taken for a name of its own ("Al Jazeera" after a one-word name stays apart).
fn arabic_family_names(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        let article = m.end;
        // ("Khalid al-Mutairi": written with a hyphen the article joins even a lone given
        // name, whatever the tagger made of the family name.)
        let hyphened = m.kind == EntityKind::Person
            && ["al-", "el-"].iter().any(|prefix| {
                tokens
                    .word(article)
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            });
        if hyphened {
            if mentions
                .get(k + 1)
                .is_some_and(|next| next.first == article)
            {
                mentions.remove(k + 1);
            }
            mentions[k].end = article + 1;
            k += 1;
            continue;
        }
        let joins = m.kind == EntityKind::Person
            && m.end - m.first >= 2
            && matches!(tokens.word(article), "Al" | "El")
            && is_capitalized_letters(tokens.word(article + 1));
        if !joins {
            k += 1;
            continue;
        }
        let family_end = article + 2;
        // The name after the article may be a mention of its own: it joins.
        let swallowed = mentions.get(k + 1).filter(|next| {
            next.first > m.first && next.first <= article + 1 && next.end <= family_end + 1
        });
        let end = swallowed.map_or(family_end, |next| next.end.max(family_end));
        if swallowed.is_some() {
            mentions.remove(k + 1);
        }
        mentions[k].end = end;
        k += 1;
    }
}

/// "as Delhi swelters", "in Abu Dhabi": a "person" of up to three words that the gazetteers
/// know as a country or city and not as a given name is the place, unless the document names
/// a person with it in full
/// ("Denzel Washington ... Washington said").
fn known_places_as_persons(tokens: &Tokens, mentions: &mut [Mention]) {
    let place_word = |m: &Mention| {
        m.kind == EntityKind::Person
            // ("Abu Dhabi", "Kuala Lumpur": a known place of two or three words too.)
            && m.end - m.first <= 3
            && tokens.governed_place(m.first, m.end)
            && !tokens.has(m.first, m.end, Kind::FirstName)
    };
    if !mentions.iter().any(place_word) {
        return;
    }
    let surnames: Vec<u64> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.end - m.first > 1)
        .map(|m| tokens.key(m.end - 1, m.end))
        .collect();
    for m in mentions.iter_mut() {
        if place_word(m) && !surnames.contains(&tokens.key(m.first, m.end)) {
            m.kind = EntityKind::Gpe;
        }
    }
}

/// "Magna International ... Magna said": a one-word "person" whose word opens the name of a
/// body the document names in full, and ends no person's full name there, is that body.
fn bodies_named_by_their_first_word(tokens: &Tokens, mentions: &mut [Mention]) {
    let openers: Vec<u64> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && m.end - m.first > 1)
        .map(|m| tokens.key(m.first, m.first + 1))
        .collect();
    if openers.is_empty() {
        return;
    }
    // (Not "Markham, Ontario-based Magna", which a later repair splits: a comma or a hyphen
    // compound makes no full name.)
    let surnames: Vec<u64> = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityKind::Person
                && m.end - m.first > 1
                && (m.first..m.end).all(|i| !tokens.word(i).contains('-') && tokens.word(i) != ",")
        })
        .map(|m| tokens.key(m.end - 1, m.end))
        .collect();
    for m in mentions.iter_mut() {
        let key = tokens.key(m.first, m.end);
        if m.kind == EntityKind::Person
            && m.end == m.first + 1
            && openers.contains(&key)
            && !surnames.contains(&key)
        {
            m.kind = EntityKind::Org;
        }
    }
}

/// A name typed MISC (the tagger's least certain type) that the document types otherwise
/// elsewhere ("the village of Kok-Tash" ... "residents of Kok-Tash") takes that type.
fn one_type_per_name(tokens: &Tokens, mentions: &mut [Mention]) {
    let typed: Vec<(u64, EntityKind)> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Gpe | EntityKind::Loc | EntityKind::Org))
        .map(|m| (tokens.key(m.first, m.end), m.kind))
        .collect();
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Misc) {
        let key = tokens.key(m.first, m.end);
        if let Some(&(_, kind)) = typed.iter().find(|(k, _)| *k == key) {
            m.kind = kind;
        }
    }
}

/// "the International Organization for Migration", "the Seimas Committee on National
/// Security and Defence": a body whose name ends in an institution's head
/// (`data/institution_heads.txt`) goes on through "for" or "on" and the capitalised words
/// after (joined by "and", "of", "the"), whatever the tagger made of them.
fn bodies_named_on(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    const MOST_WORDS: usize = 8;
    // "the Department of Forestry": a name does not open with "of", and a capitalised
    // institution head before "of" and a capital opens a body the tagger may have left out.
    for m in mentions.iter_mut() {
        if tokens.word(m.first) == "of" && m.end - m.first > 1 {
            m.first += 1;
        }
    }
    let covered = covered_tokens(tokens.words.len(), mentions);
    let mut heads = Vec::new();
    for (i, _) in covered.iter().enumerate().filter(|(_, covered)| !**covered) {
        // ("the Ministry for the Ecological Transition": "the" may come between.)
        let name = i + 2 + usize::from(tokens.word(i + 2) == "the");
        if is_capitalized(tokens.word(i))
            && INSTITUTION_HEADS.contains(&tokens.key(i, i + 1))
            && matches!(tokens.word(i + 1), "of" | "for" | "on")
            && is_capitalized(tokens.word(name))
            && !tokens.has(name, name + 1, Kind::NotName)
        {
            heads.push(Mention {
                first: i,
                end: i + 1,
                kind: EntityKind::Org,
            });
        }
    }
    add_mentions(mentions, heads);
    // "the Argentine Chamber of Commerce" tagged as "Argentine Chamber" and "Commerce": a
    // mention that ends in an institution's head joins the name after "of".
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (m, next) = (&mentions[k], &mentions[k + 1]);
        let joins = m.kind != EntityKind::Person
            && next.kind != EntityKind::Person
            && is_capitalized(tokens.word(m.end - 1))
            && INSTITUTION_HEADS.contains(&tokens.key(m.end - 1, m.end))
            && tokens.word(m.end) == "of"
            && next.first == m.end + 1
            && !tokens.has(next.first, next.end, Kind::Country)
            && !tokens.has(next.first, next.end, Kind::City);
        if joins {
            mentions[k].end = mentions[k + 1].end;
            mentions[k].kind = EntityKind::Org;
            mentions.remove(k + 1);
        } else {
            k += 1;
        }
    }
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        // "the Ministry of Mines and Minerals Development": a body named "X of Y" goes on
        // through "and" into the name after it.
        // ("Bank of America and Barclays" are two: a place after "of" ends the name.)
        let of_body = m.kind == EntityKind::Org
            && (m.first + 1..m.end).any(|i| {
                tokens.word(i) == "of"
                    && INSTITUTION_HEADS.contains(&tokens.key(i - 1, i))
                    && !tokens.has(i + 1, m.end, Kind::Country)
                    && !tokens.has(i + 1, m.end, Kind::City)
            });
        // (A "person" there without a known given name is the tagger's guess: "the Department
        // of Health and Social Care".)
        let name_goes_on = |next: &Mention| {
            next.first == m.end + 1
                && (next.kind != EntityKind::Person
                    || !tokens.has(next.first, next.first + 1, Kind::FirstName))
        };
        if of_body && tokens.word(m.end) == "and" && mentions.get(k + 1).is_some_and(name_goes_on) {
            mentions[k].end = mentions[k + 1].end;
            mentions.remove(k + 1);
            k += 1;
            continue;
        }
        // ("the Chamber of Commerce and Services said": the same where the tagger left the
        // words after "and" out, up to a lower-case word.)
        let free_after_and = |i: usize| {
            is_capitalized(tokens.word(i))
                && mentions.get(k + 1).is_none_or(|next| next.first > i)
                && !tokens.has(i, i + 1, Kind::NotName)
        };
        if of_body && tokens.word(m.end) == "and" && free_after_and(m.end + 1) {
            let mut end = m.end + 1;
            while end < m.end + 4 && free_after_and(end) {
                end += 1;
            }
            if is_lowercase_word(tokens.word(end)) || !is_capitalized(tokens.word(end)) {
                mentions[k].end = end;
                k += 1;
                continue;
            }
        }
        // "the Ministry of Agriculture, Fisheries, Food Security and Nature": and through a
        // list of capitalised words closed by "and".
        if of_body && tokens.word(m.end) == "," && list_closes_with_and(tokens, m.end + 1) {
            let mut end = m.end;
            while tokens.word(end) != "and" {
                end += 1;
            }
            end += 1;
            if tokens.word(end) == "the" {
                end += 1;
            }
            while end < tokens.words.len() && is_capitalized_letters(tokens.word(end)) {
                end += 1;
            }
            mentions[k].end = end;
            while mentions.get(k + 1).is_some_and(|next| next.first < end) {
                mentions.remove(k + 1);
            }
            k += 1;
            continue;
        }
        let m = &mentions[k];
        // ("the European Commission on Thursday": a calendar word is no part of a name.)
        // ("the UN Office for the Coordination of Humanitarian Affairs": "the" may follow.)
        let article = usize::from(tokens.word(m.end + 1) == "the");
        let runs_on = m.kind == EntityKind::Org
            && matches!(tokens.word(m.end), "for" | "on" | "of")
            && is_capitalized(tokens.word(m.end + 1 + article))
            && !tokens.has(m.end + 1 + article, m.end + 2 + article, Kind::NotName)
            && INSTITUTION_HEADS.contains(&tokens.key(m.end - 1, m.end));
        if !runs_on {
            k += 1;
            continue;
        }
        let mut end = m.end + 1 + article;
        // "and the" joins only the end of a list ("Forestry, Fisheries and the Environment"),
        // not two bodies ("the Organization for Migration and the Red Cross").
        let mut in_list = false;
        while end < tokens.words.len() && end - m.end < MOST_WORDS {
            let w = tokens.word(end);
            let next = tokens.word(end + 1);
            let joins = (matches!(w, "and" | "of" | "&")
                && (is_capitalized(next) || (in_list && next == "the")))
                || (w == "the" && in_list && is_capitalized(next))
                || (w == "," && list_closes_with_and(tokens, end + 1));
            in_list |= w == ",";
            let name_word = is_capitalized(w)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !tokens.has(end, end + 1, Kind::NotName);
            if name_word || joins {
                end += 1;
            } else {
                break;
            }
        }
        mentions[k].end = end;
        while mentions.get(k + 1).is_some_and(|next| next.first < end) {
            mentions.remove(k + 1);
        }
        k += 1;
    }
}

/// Whether the capitalised words from `from` run on, through commas, to "and" and a capital:
/// "Forestry, Fisheries and the Environment" is one list of a body's name; "Justice, Smith
/// said" is not.
fn list_closes_with_and(tokens: &Tokens, from: usize) -> bool {
    let mut i = from;
    while i < tokens.words.len() && i < from + 12 {
        let w = tokens.word(i);
        if w == "and" {
            return is_capitalized(tokens.word(i + 1))
                || (tokens.word(i + 1) == "the" && is_capitalized(tokens.word(i + 2)));
        }
        if !(is_capitalized(w) || w == ",") {
            return false;
        }
        i += 1;
    }
    false
}

/// "TenneT", "EnergieUnie": a word the tagger left out that has a capital inside after a
/// lower-case letter is a brand's name, an ORG ("McDonald", "MacArthur", "DeSantis", "LeBron"
/// are surnames and names: their prefixes are left out).
fn camel_case_names(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let covered = covered_tokens(tokens.words.len(), mentions);
    let mut found = Vec::new();
    for (i, w) in tokens.words.iter().enumerate() {
        if covered[i] {
            continue;
        }
        let camel = is_capitalized_letters(w)
            && w.chars()
                .zip(w.chars().skip(1))
                .skip(1)
                .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
            && !CAMEL_CASE_SURNAME_PREFIXES.iter().any(|p| w.starts_with(p));
        if camel {
            found.push(Mention {
                first: i,
                end: i + 1,
                kind: EntityKind::Org,
            });
        }
    }
    add_mentions(mentions, found);
}

/// Prefixes of surnames written with a capital inside ("McDonald", "DeSantis").
const CAMEL_CASE_SURNAME_PREFIXES: [&str; 10] = [
    "Mc", "Mac", "De", "Le", "La", "Di", "Van", "Von", "Du", "O'",
];

/// "Assembly Minority Leader Dana Pruitt": a body that runs into a chamber role ends before it.
fn chambers_before_roles(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person {
            continue;
        }
        if let Some(role) =
            (m.first..m.end).find(|&k| CHAMBER_ROLES.contains(&tokens.key(k, k + 2)))
        {
            m.end = role;
        }
    }
}

/// "the Public Policy Institute of California", "the Bank of England": a body whose name ends
/// in an institution's head (`data/institution_heads.txt`), then "of" and a place or body right
/// after, is one ORG.
fn bodies_of_places(tokens: &Tokens, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last_mut() {
            // ("the Central Bank of the Republic of Turkey": "of the" too.)
            let of_the = prev.end + 2 == m.first && tokens.word(prev.end + 1) == "the";
            let joins = prev.kind == EntityKind::Org
                && (prev.end + 1 == m.first || of_the)
                && tokens.word(prev.end) == "of"
                && INSTITUTION_HEADS.contains(&tokens.key(prev.end - 1, prev.end))
                && matches!(m.kind, EntityKind::Gpe | EntityKind::Loc | EntityKind::Org);
            if joins {
                prev.end = m.end;
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// "Scheldt Container Services said": capitalized words from the sentence's start up to a
/// name, the first of which no lexicon lists and the unlabeled text never writes in lower
/// case, are the name's first words; sentence-initial capitals tell the tagger nothing, so it
/// leaves such words out. ("Yesterday Acme said": "yesterday" is a common word and stays out.)
fn sentence_initial_name_words(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let first = mentions[k].first;
        // (A person of two words or more too: "Els Van Damme, Belgium's agriculture
        // minister"; a lone surname may follow a word that is no name.)
        let short_person = mentions[k].kind == EntityKind::Person && mentions[k].end - first < 2;
        if first == 0 || short_person || !is_capitalized_letters(tokens.word(first)) {
            continue;
        }
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let mut start = first;
        while start > floor && is_capitalized_letters(tokens.word(start - 1)) && first - start < 3 {
            start -= 1;
        }
        if start == first {
            continue;
        }
        let word = tokens.word(start);
        let key = tokens.key(start, start + 1);
        let name_like = !is_caps_word(word)
            && LEXICON.get(key).is_none()
            && !crate::clusters::CLUSTERS.contains(key);
        // (Before a person, one word, and only where an apposition follows: "Els Van Damme,
        // Belgium's agriculture minister"; "Fisheries Minister Dale Hartigan told" and
        // "Glaciologist Anna Perren of ETH" open with a title.)
        let person_ok = mentions[k].kind != EntityKind::Person
            || start + 1 == first
                && tokens.word(mentions[k].end) == ","
                && !HONORIFICS.contains(&key);
        if opens_sentence(tokens, start) && name_like && person_ok {
            mentions[k].first = start;
        }
    }
}

/// Whether token `i` opens a sentence: the text's or a line's first token, or one after an
/// end mark.
fn opens_sentence(tokens: &Tokens, i: usize) -> bool {
    i == 0 || tokens.line_start[i] || matches!(tokens.word(i - 1), "." | "!" | "?")
}

/// One round of trimming at a mention's edges: trailing lower-case words and punctuation
/// ("Kim also"), leading punctuation, calendar words and lower-case words other than short
/// name particles, and for persons trailing figures and leading titles.
fn trim_edges(tokens: &Tokens, m: &mut Mention) {
    // "led the Rastriya Ekata Dal since 2019": a figure after a lower-case word other than
    // "of" is the sentence's ("Class of 2019" keeps its year).
    let last = tokens.word(m.end - 1);
    if m.end - m.first > 2
        && last.starts_with(|c: char| c.is_ascii_digit())
        && last.chars().all(|c| c.is_ascii_digit() || c == ',')
        && is_lowercase_word(tokens.word(m.end - 2))
        && tokens.word(m.end - 2) != "of"
    {
        m.end -= 2;
    }
    // Trailing lower-case words ("Kim also"), a possessive ("Africa’s") and, for persons,
    // leading titles.
    while m.end - m.first > 1
        && (is_lowercase_word(tokens.word(m.end - 1))
            || is_edge_punct(tokens.word(m.end - 1))
            || matches!(tokens.word(m.end - 1), "'s" | "’s") && possessed_after(tokens, m.end))
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
    // "1,500 National Guard troops": a count before a name is no part of it (a year may be:
    // "1996 Olympics").
    // ("Two Senate aides": so is a number word.)
    while m.end - m.first > 1 && {
        let w = tokens.word(m.first);
        w.starts_with(|c: char| c.is_ascii_digit())
            && !(w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            || NUMBER_WORDS.contains(&w)
    } {
        m.first += 1;
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

/// The capitalised words right after an outlet noun ("outlet The War Zone", "newspaper
/// Kommersant") name the outlet: one ORG, replacing whatever the tagger found there. Calendar
/// words do not join ("the daily Monday"), and a name must start right after the noun.
fn outlets_after_cues(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let mut found: Vec<Mention> = Vec::new();
    for i in 0..n.saturating_sub(1) {
        let cue = tokens.word(i);
        let key = tokens.key(i, i + 1);
        if !is_lowercase_word(cue) || !(OUTLET_CUES.contains(&key) || COMPANY_CUES.contains(&key)) {
            continue;
        }
        // "his trucking company, Tanner Freight,": the name may follow a comma, where it is
        // more than the tagger's person ("the firm, Smith said" keeps its person).
        let after_comma = tokens.word(i + 1) == "," && is_capitalized(tokens.word(i + 2));
        let first = if after_comma { i + 2 } else { i + 1 };
        let mut end = first;
        while end < n && end - first < MAX_OUTLET_WORDS {
            let w = tokens.word(end);
            // ("the Dutch group HMG and Belgium's VTM": "and" before a country joins two
            // names, not the words of one.)
            let connector = end > first
                && NAME_CONNECTORS.contains(&w)
                && is_capitalized(tokens.word(end + 1))
                && !(w == "and" && tokens.has(end + 1, end + 2, Kind::Country));
            // (A line break ends the name: "club Virtus Genova" of a headline, "GENOA" of
            // the dateline under it.)
            if end > first && tokens.line_start[end] {
                break;
            }
            if (is_capitalized(w) && !tokens.has(end, end + 1, Kind::NotName)) || connector {
                end += 1;
            } else {
                break;
            }
        }
        // "The" alone is no name, nor is one letter ("company N / A" in a table).
        if end == first
            || (end == first + 1
                && (tokens.word(first) == "The" || tokens.word(first).chars().count() < 2))
        {
            continue;
        }
        let speaks_after = tokens.word(end) == ","
            && matches!(
                tokens.word(end + 1),
                "said" | "says" | "told" | "added" | "wrote" | "explained" | "warned"
            );
        if after_comma
            && (!matches!(tokens.word(end), "," | "." | ")")
                || mentions.iter().any(|m| {
                    m.kind == EntityKind::Person
                        && m.first == first
                        && m.end >= end
                        // ("The mine's operator, Minera Cumbre Andina,": a "person" of more
                        // than one word and no given name is the company.)
                        // ("the company, Medivera, to win", "The state water company, Copasa,
                        // said": a one-word name set off by commas is the company's.)
                        && (m.end - m.first == 1 && tokens.word(m.end) != ","
                            || tokens.has(first, first + 1, Kind::FirstName)
                            // ("A spokesman for the association, Imran Qureshi, told": a
                            // person apposed to a phrase the noun closes speaks; "The
                            // operator, Funivie Fassane, said" names the operator.)
                            // ("A former compliance manager at the bank, Stuart Kell,":
                            // so does one apposed to a person's noun before the phrase.)
                            || i >= 2
                                && tokens.word(i - 1) == "the"
                                && matches!(tokens.word(i - 2), "for" | "of" | "at" | "from")
                                && tokens.word(end) == ","
                                && (speaks_after || person_noun_before(tokens, i - 2))
                            // ("the bank, Stuart Kell, 47,": an age apposed is a person's.)
                            || age_apposed(tokens, end))
                }))
        {
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
    // The name's other mentions are the same body, whatever the tagger took them for
    // ("Ionpath's founder", "the Hexaguard researcher").
    let names: Vec<u64> = found.iter().map(|f| tokens.key(f.first, f.end)).collect();
    type_every_mention(tokens, mentions, &names, EntityKind::Org, |_| true);
    add_mentions(mentions, found);
}

/// Whether an age is apposed at token `at`: ", 47,".
fn age_apposed(tokens: &Tokens, at: usize) -> bool {
    let age = tokens.word(at + 1);
    tokens.word(at) == ","
        && (1..=3).contains(&age.len())
        && age.bytes().all(|b| b.is_ascii_digit())
        && matches!(tokens.word(at + 2), "," | "." | ")")
}

/// Whether one of the four words before token `at` is a lower-case noun of a person's
/// occupation or role (`data/apposed_person_nouns.txt`): "a compliance manager at".
fn person_noun_before(tokens: &Tokens, at: usize) -> bool {
    (at.saturating_sub(4)..at).any(|i| {
        APPOSED_PERSON_NOUNS.contains(&tokens.key(i, i + 1)) && is_lowercase_word(tokens.word(i))
    })
}

/// "Kardiolink, a Copenhagen startup", "Veloro, an Italian carmaker that ...": a name with a
/// company noun (`data/company_cues.txt`) apposed after it, as the head of its phrase, is a
/// company, and so are the name's other mentions, whatever the tagger made of them.
fn companies_by_apposition(tokens: &Tokens, mentions: &mut [Mention]) {
    typed_by_apposition(tokens, mentions, &COMPANY_CUES, EntityKind::Org);
}

/// "in the central Mediterranean since January": a one-word natural place the tagger's
/// lexicon knows, typed MISC (the tagger's reading of the adjective: "a Mediterranean
/// island", which stays MISC), is the place where "the" and at most one lower-case word come
/// before it and no lower-case noun after it.
fn natural_places_as_nouns(tokens: &Tokens, mentions: &mut [Mention]) {
    const AFTER: [&str; 12] = [
        "since", "in", "on", "to", "from", "and", "or", "for", "with", "at", "by", "last",
    ];
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Misc || m.end - m.first != 1 || m.first == 0 {
            continue;
        }
        // (Not a compass point: "a plot by the West" is the political West.)
        let known = TAGGER_LEXICON
            .get(tokens.key(m.first, m.end))
            .is_some_and(|e| e.has(Kind::Location))
            && !matches!(tokens.word(m.first), "West" | "East" | "North" | "South");
        let article = (m.first.saturating_sub(2)..m.first).any(|i| {
            tokens.word(i).eq_ignore_ascii_case("the")
                && (i + 1..m.first).all(|k| is_lowercase_word(tokens.word(k)))
        });
        let next = tokens.word(m.end);
        let no_noun_after =
            !next.chars().next().is_some_and(char::is_alphanumeric) || AFTER.contains(&next);
        if known && article && no_noun_after && !tokens.line_start[m.first] {
            m.kind = EntityKind::Loc;
        }
    }
}

/// "Chivay, a town in the Colca Valley", "Kasese, a small lakeside district": a name with a
/// noun of a governed place (`data/apposed_place_nouns.txt`) apposed after it is that place,
/// GPE, and so are its other mentions.
fn places_by_apposition(tokens: &Tokens, mentions: &mut [Mention]) {
    typed_by_apposition(tokens, mentions, &APPOSED_PLACE_NOUNS, EntityKind::Gpe);
}

/// Lower-case nouns of governed places that, apposed after a name, type it
/// (`data/apposed_place_nouns.txt`).
static APPOSED_PLACE_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/apposed_place_nouns.txt")));

/// A name with a noun of `heads` apposed after it, as the head of its phrase, is of `kind`,
/// and so are the name's other mentions.
fn typed_by_apposition(
    tokens: &Tokens,
    mentions: &mut [Mention],
    heads: &crate::features::KeySet,
    kind: EntityKind,
) {
    let mut typed: Vec<u64> = Vec::new();
    for m in mentions.iter() {
        // "a Copenhagen startup", "the national grid operator", "one of the country's largest
        // utilities".
        let opener = match (tokens.word(m.end + 1), tokens.word(m.end + 2)) {
            ("a" | "an" | "the", _) => m.end + 2,
            ("one", "of") if tokens.word(m.end + 3) == "the" => m.end + 4,
            _ => continue,
        };
        if m.kind == kind || tokens.word(m.end) != "," {
            continue;
        }
        // Up to three modifiers, then the noun, then no further noun ("a company spokesman"
        // is a person, "the company's founder" too).
        let head = (opener..opener + 5)
            .find(|&i| heads.contains(&tokens.key(i, i + 1)) && is_lowercase_word(tokens.word(i)));
        let Some(head) = head else { continue };
        // (No second determiner: "the security firm the city hired" is headed by "firm".)
        // (Nor a person's noun: "an attorney representing one group of plaintiffs".)
        let plain_modifiers = (opener..head).all(|i| {
            tokens
                .word(i)
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
                && !matches!(tokens.word(i), "a" | "an" | "the")
                && !APPOSED_PERSON_NOUNS.contains(&tokens.key(i, i + 1))
                || matches!(tokens.word(i), "'s" | "’s")
        });
        let next = tokens.word(head + 1);
        // ("the security firm hired by the city": a participle describes it too.)
        let ends_phrase = (!next.chars().next().is_some_and(char::is_alphanumeric)
            && !matches!(next, "'s" | "’s"))
            || FUNCTION_AFTER_HEAD.contains(&next)
            // ("Shanghai, the Xinhua news agency reported": a verb of its own after the
            // head makes a clause, not an apposition.)
            || is_lowercase_word(next)
                && next.len() > 3
                && next.ends_with("ed")
                && tokens.word(head + 2) == "by";
        if plain_modifiers && ends_phrase {
            typed.push(tokens.key(m.first, m.end));
        }
    }
    type_every_mention(tokens, mentions, &typed, kind, |_| true);
}

/// "Klaverpay said ... a Klaverpay employee ... Klaverpay customers": a one-word "person" the
/// document never names in full nor gives a title, standing somewhere before a noun of a
/// company's people or goods (`data/org_context_nouns.txt`), is a company throughout.
fn companies_by_context(tokens: &Tokens, mentions: &mut [Mention]) {
    // "Alderbrook Group ... Alderbrook said": the first word of a body's name alone is the body.
    let mut companies: Vec<u64> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && m.end - m.first > 1)
        .map(|m| tokens.key(m.first, m.first + 1))
        .filter(|&key| LEXICON.get(key).is_none())
        .filter(|&key| {
            !mentions.iter().any(|p| {
                p.kind == EntityKind::Person && p.end - p.first > 1 && {
                    (p.first..p.end).any(|i| tokens.key(i, i + 1) == key)
                }
            })
        })
        .collect();
    for m in mentions.iter() {
        if m.kind != EntityKind::Person || m.end - m.first != 1 {
            continue;
        }
        let key = tokens.key(m.first, m.end);
        if companies.contains(&key) || LEXICON.get(key).is_some() {
            continue;
        }
        let mut owner = m.end;
        if matches!(tokens.word(owner), "'s" | "’s") {
            owner += 1;
        }
        if !ORG_CONTEXT_NOUNS.contains(&tokens.key(owner, owner + 1)) {
            continue;
        }
        // A person's surname appears in a full name or after a title somewhere.
        let named_person = mentions.iter().any(|p| {
            p.kind == EntityKind::Person
                && p.end - p.first > 1
                && tokens.key(p.end - 1, p.end) == key
        }) || (0..tokens.words.len())
            .any(|i| tokens.key(i, i + 1) == key && i > 0 && tokens.has(i - 1, i, Kind::Title));
        if !named_person {
            companies.push(key);
        }
    }
    // (The first word of a body's name alone may be the place it is named for: "Dunmere" of
    // "Dunmere Basin Water Authority", or a nationality: "Yugoslav league". Only a "person",
    // or a name merely shaped like a nationality, "Meridian" of "Meridian Ocean Lines", is
    // taken for the body; `nations_and_demonyms` gives the shaped name back to its nation
    // where the text names one, "Estavia ... Estavian crews".)
    for m in mentions.iter_mut() {
        let shaped = || {
            matches!(m.kind, EntityKind::Misc | EntityKind::Norp)
                && demonym_shaped(tokens.word(m.first))
        };
        if m.end - m.first == 1
            && (m.kind == EntityKind::Person || shaped())
            && companies.contains(&tokens.key(m.first, m.end))
        {
            m.kind = EntityKind::Org;
        }
    }
}

/// "Andina Cobre, which runs the mine", "Lyon-based Ostrand Laboratoires": a "person" that
/// a relative "which" follows, or a "-based" place precedes, is no person but a body, and so
/// are the name's other mentions the tagger took for a person.
fn bodies_by_which_or_base(tokens: &Tokens, mentions: &mut [Mention]) {
    let bodies: Vec<u64> = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityKind::Person
                // (A name the lexicon knows keeps its type: "Lower Saxony, which owns".)
                && LEXICON.get(tokens.key(m.first, m.end)).is_none()
                // ("a son of President Suharto, which plans": "which" goes with the phrase
                // the titled person ends.)
                && !(m.first > 0 && tokens.has(m.first - 1, m.first, Kind::Title))
                // ("the plan brokered by Lebed, which aims": after "by", "which" may go with
                // the phrase before.)
                && ((tokens.word(m.end) == ","
                    && tokens.word(m.end + 1) == "which"
                    && !(m.first > 0 && tokens.word(m.first - 1) == "by"))
                    || m.first > 0 && {
                        let before = tokens.word(m.first - 1);
                        before.len() > "-based".len()
                            && before.ends_with("-based")
                            && before.starts_with(|c: char| c.is_uppercase())
                    })
        })
        .map(|m| tokens.key(m.first, m.end))
        .collect();
    type_every_mention(tokens, mentions, &bodies, EntityKind::Org, |m| {
        m.kind == EntityKind::Person
    });
}

/// "a ransomware group calling itself Quiet Tide": a name a group gives itself is the group's,
/// an ORG, whatever the tagger made of it, and so are its other mentions.
fn self_named_groups(tokens: &Tokens, mentions: &mut [Mention]) {
    let self_named: Vec<u64> = mentions
        .iter()
        .filter(|m| {
            m.kind != EntityKind::Org
                && m.first >= 2
                && tokens.word(m.first - 1) == "itself"
                && matches!(
                    tokens.word(m.first - 2),
                    "calling" | "calls" | "called" | "names"
                )
        })
        .map(|m| tokens.key(m.first, m.end))
        .collect();
    type_every_mention(tokens, mentions, &self_named, EntityKind::Org, |_| true);
}

/// "the Gulf of Gdańsk" tagged as "Gulf" and "Gdańsk": a natural place's opening word
/// (`data/place_openers.txt`), "of" and the place after it are one natural place, LOC.
fn natural_places_of_places(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (m, next) = (&mentions[k], &mentions[k + 1]);
        let joined = m.end - m.first == 1
            && tokens.word(m.end) == "of"
            && (PLACE_OPENERS.contains(&tokens.key(m.first, m.end))
                || PLACE_OPENERS.contains(&tokens.key(m.first, m.end + 1)))
            && next.first == m.end + 1
            && matches!(next.kind, EntityKind::Gpe | EntityKind::Loc);
        if joined {
            let end = next.end;
            mentions[k].end = end;
            mentions[k].kind = EntityKind::Loc;
            mentions.remove(k + 1);
        }
        k += 1;
    }
}

/// Nouns after a one-word name that mark it as a company (`data/org_context_nouns.txt`).
static ORG_CONTEXT_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/org_context_nouns.txt")));

/// "the Anatolian Steelmakers’ Association": a name, a plural possessive's apostrophe and a
/// body's word are one ORG.
fn bodies_with_plural_possessives(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    // "the Transport Workers' Federation" where the tagger found only "Federation": the
    // capitalised words before the apostrophe are the name's first words.
    for k in 0..mentions.len() {
        let first = mentions[k].first;
        if mentions[k].kind != EntityKind::Org
            || first < 2
            || !matches!(tokens.word(first - 1), "'" | "’")
            || !tokens.word(first - 2).ends_with('s')
        {
            continue;
        }
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let mut start = first - 1;
        while start > floor && first - start <= 4 && is_capitalized_letters(tokens.word(start - 1))
        {
            start -= 1;
        }
        if start < first - 1 {
            mentions[k].first = start;
        }
    }
    let mut k = 0;
    while k < mentions.len() {
        let (first, end) = (mentions[k].first, mentions[k].end);
        let apostrophe =
            matches!(tokens.word(end), "'" | "’") && tokens.word(end - 1).ends_with('s');
        // "Pelagic Producers' Group", "Belgian Farmers' Alliance" where the tagger left the
        // body's word out.
        if apostrophe
            && mentions.get(k + 1).is_none_or(|next| next.first > end + 1)
            && is_capitalized(tokens.word(end + 1))
            && body_head_at(tokens, end + 1)
        {
            mentions.insert(
                k + 1,
                Mention {
                    first: end + 1,
                    end: end + 2,
                    kind: EntityKind::Org,
                },
            );
        }
        let Some(next) = mentions.get(k + 1) else {
            break;
        };
        let joins = next.first == end + 1 && apostrophe && body_head_at(tokens, next.end - 1);
        if joins {
            // "Scottish Pelagic Producers' Group": a nationality right before is part of it.
            let first = match k.checked_sub(1).map(|p| &mentions[p]) {
                Some(prev)
                    if prev.end == first
                        && matches!(prev.kind, EntityKind::Norp | EntityKind::Misc)
                        && tokens.has(prev.first, prev.end, Kind::Demonym) =>
                {
                    prev.first
                }
                _ => first,
            };
            if first < mentions[k].first {
                mentions.remove(k - 1);
                k -= 1;
            }
            let next = &mentions[k + 1];
            let end = next.end;
            mentions[k] = Mention {
                first,
                end,
                kind: EntityKind::Org,
            };
            mentions.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Whether token `at` is a word that ends a body's name: an organisation word of the
/// tagger's lexicon or an ORG head of `data/head_types.txt`.
fn body_head_at(tokens: &Tokens, at: usize) -> bool {
    tokens.has(at, at + 1, Kind::OrgWord) || is_org_head(tokens.word(at))
}

/// Whether `word` is an ORG head of `data/head_types.txt` ("Authority", "Lines").
fn is_org_head(word: &str) -> bool {
    head_kind(word) == Some(EntityKind::Org)
}

/// "the Swiss Financial Market Supervisory Authority" tagged as "Swiss" and "Supervisory
/// Authority": a nationality right before a body's name (through capitalised words the
/// tagger left out) opens it, as CoNLL-2003 spans such names 17 times in 21 ("Scottish
/// National Party", "Iraqi News Agency").
fn nationalities_opening_bodies(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        // ("the South African Weather Service": a nationality of two words too.)
        let nationality = a.end - a.first <= 2
            && matches!(a.kind, EntityKind::Norp | EntityKind::Misc)
            && tokens.has(a.first, a.end, Kind::Demonym);
        // ("Taiwan Power Company", "Seoul National University Hospital": a place the lexicon
        // knows as governed opens a body's name the same way.)
        let place = place_opening_body(tokens, a);
        let joined = b.first >= a.end
            && b.first - a.end <= 3
            && (a.end..b.first).all(|i| is_capitalized_letters(tokens.word(i)));
        if (nationality || place)
            && joined
            && b.kind == EntityKind::Org
            && body_head_at(tokens, b.end - 1)
        {
            mentions[k].end = mentions[k + 1].end;
            mentions[k].kind = EntityKind::Org;
            mentions.remove(k + 1);
        }
        k += 1;
    }
    // "the German Foreign Office", "the Australian Cyber Security Centre" where the tagger
    // found the nationality alone, or took the head for a person: the capitalised words after
    // the nationality, through the last body's head among them, are the body's name; names
    // the tagger found inside are part of it.
    // (The mentions grown over go: the list shrinks as it is walked.)
    let mut k = 0;
    while k < mentions.len() {
        let a = &mentions[k];
        let nationality = a.end - a.first <= 2
            && matches!(a.kind, EntityKind::Norp | EntityKind::Misc)
            && tokens.has(a.first, a.end, Kind::Demonym);
        if nationality || place_opening_body(tokens, a) {
            grow_through_head(tokens, mentions, k, 5, EntityKind::Org, |i| {
                body_head_at(tokens, i)
            });
        }
        k += 1;
    }
}

/// Whether mention `a` is a governed place the lexicon knows, of one or two words, that may
/// open a body's name ("Taiwan Power Company"); not in tables of capitals and lines ("NEW
/// YORK AT SEATTLE\nNATIONAL LEAGUE").
fn place_opening_body(tokens: &Tokens, a: &Mention) -> bool {
    a.end - a.first <= 2
        && a.kind == EntityKind::Gpe
        && tokens.governed_place(a.first, a.end)
        && !is_caps_word(tokens.word(a.first))
        && !tokens.line_start[a.end.min(tokens.words.len() - 1)]
}

/// Grows mention `k` through the capitalised words after it (at most `most`) to the last
/// one that `is_head` accepts, as a `kind`; the mentions inside go. Nothing happens where
/// no head follows or a mention runs past the head.
fn grow_through_head(
    tokens: &Tokens,
    mentions: &mut Vec<Mention>,
    k: usize,
    most: usize,
    kind: EntityKind,
    is_head: impl Fn(usize) -> bool,
) {
    let a = &mentions[k];
    let run_end = capitalised_run_end(tokens, a.end, a.end + most);
    let Some(head) = (a.end..run_end).rev().find(|&i| is_head(i)) else {
        return;
    };
    let end = head + 1;
    let inside = |m: &Mention| m.first < end;
    if mentions[k + 1..].iter().any(|m| inside(m) && m.end > end) {
        return;
    }
    mentions[k].end = end;
    mentions[k].kind = kind;
    while mentions.get(k + 1).is_some_and(inside) {
        mentions.remove(k + 1);
    }
}

/// "Labour Minister Anita Sandhu", "Labor Secretary Julie Su": a portfolio the lexicon knows
/// as a party, tagged with its title right before a person, is the person's title, no name.
fn portfolio_titles_before_persons(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let person_at = |k: usize, first: usize| {
        mentions
            .get(k + 1)
            .is_some_and(|p| p.kind == EntityKind::Person && p.first == first)
    };
    let title_then_person = |k: usize| {
        let m = &mentions[k];
        let last = m.end - 1;
        let with_title = m.end - m.first == 2
            && tokens.has(last, m.end, Kind::Title)
            && is_capitalized(tokens.word(last))
            && person_at(k, m.end);
        // ("Labor Secretary Julie Su" tagged as "Labor": a portfolio's title after it; a
        // party's "Labour MP Jane Doe" keeps its party.)
        let before_title = m.end - m.first == 1
            && m.kind == EntityKind::Org
            && matches!(
                tokens.word(m.end),
                "Minister" | "Secretary" | "Commissioner"
            )
            && person_at(k, m.end + 1);
        m.kind != EntityKind::Person && (with_title || before_title)
    };
    let drop: Vec<bool> = (0..mentions.len()).map(title_then_person).collect();
    let mut drop = drop.into_iter();
    mentions.retain(|_| !drop.next().unwrap_or(false));
}

/// "Premier League" tagged as the person "League" (or "Premier League"): a body's word
/// after nothing but capitalised titles ends a body's name, titles and all, not a person's.
fn bodies_taken_for_titled_persons(tokens: &Tokens, mentions: &mut [Mention]) {
    let titled = |i: usize| tokens.has(i, i + 1, Kind::Title) && is_capitalized(tokens.word(i));
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let last = m.end - 1;
        let body_word =
            tokens.has(last, m.end, Kind::OrgWord) && !tokens.has(last, m.end, Kind::FirstName);
        if m.kind != EntityKind::Person || !body_word || !(m.first..last).all(titled) {
            continue;
        }
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let mut first = m.first;
        while first > floor && titled(first - 1) {
            first -= 1;
        }
        if first < last {
            mentions[k].first = first;
            mentions[k].kind = EntityKind::Org;
        }
    }
}

/// "The Connected Services Association", "Sri Lanka's Marine Environment Protection
/// Authority": capitalised words between "the" (or a possessive) and a body's name, which the
/// tagger left out, open the name. Calendar words and the like stay out.
fn capitalised_words_opening_bodies(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        // ("the Third Mainland Bridge": a structure's name too.)
        let body = m.kind == EntityKind::Org && body_head_at(tokens, m.end - 1);
        let structure =
            m.kind == EntityKind::Facility && head_type(tokens, m) == Some(EntityKind::Facility);
        if !body && !structure {
            continue;
        }
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let first = capitalised_run_start(tokens, m.first, floor, 3, |w| w == "The");
        let opener = first > 0 && matches!(tokens.word(first - 1), "the" | "The" | "'s" | "’s");
        if first < m.first && opener {
            mentions[k].first = first;
        }
    }
}

/// "Vienna International Airport" tagged as the place "Vienna" and "Airport": a place and
/// the capitalised words after it, through a structure's head, are the structure; so is a
/// name of other type before one ("Pan-American" and "Highway").
fn places_opening_facilities(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let structure = |i: usize| head_kind(tokens.word(i)) == Some(EntityKind::Facility);
    let mut k = 0;
    while k < mentions.len() {
        // ("Jomo Kenyatta International Airport": a person's name opens it too.)
        if matches!(
            mentions[k].kind,
            EntityKind::Gpe | EntityKind::Loc | EntityKind::Misc | EntityKind::Person
        ) {
            grow_through_head(tokens, mentions, k, 3, EntityKind::Facility, structure);
        }
        k += 1;
    }
}

/// "the Safe Screens for Minors Act" tagged as "Safe Screens" and "Minors Act": a law's
/// name runs back over "for", "on", "of" or "and" ("Computer Misuse and Cybercrimes Act")
/// through the capitalised words before it.
fn laws_named_for(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        let law = m.end - m.first >= 2 && head_type(tokens, m) == Some(EntityKind::Law);
        let joint = m.first >= 2 && matches!(tokens.word(m.first - 1), "for" | "on" | "of" | "and");
        if law && !joint && m.kind == EntityKind::Law {
            // ("its Critical Raw Materials Act" tagged as "Materials Act": the capitalised
            // words right before the law's name, after a lower-case word, open it.)
            let floor = if k == 0 { 0 } else { mentions[k - 1].end };
            let name_first = m.first;
            let first = capitalised_run_start(tokens, name_first, floor, 3, |_| false);
            if first < name_first && first > 0 && is_lowercase_word(tokens.word(first - 1)) {
                mentions[k].first = first;
            }
        }
        let m = &mentions[k];
        if !law || !joint {
            k += 1;
            continue;
        }
        let before = m.first - 1;
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let first = if k > 0 && mentions[k - 1].end == before {
            // The tagger's name before the joint.
            mentions[k - 1].first
        } else {
            capitalised_run_start(tokens, before, floor, 4, |_| false)
        };
        let opened = first < before && !matches!(tokens.word(first), "The" | "A" | "An");
        if opened {
            mentions[k].first = first;
            mentions[k].kind = EntityKind::Law;
            if k > 0 && mentions[k - 1].first == first {
                mentions.remove(k - 1);
                continue;
            }
        }
        k += 1;
    }
}

/// "the Isar Institute for Opinion Research in Munich" taken for one name: a known place
/// after "in" at the end of a body's name is where the body is, unless the lexicon knows the
/// whole name ("Organization for Security and Co-operation in Europe") or an acronym in
/// brackets follows it ("Rally for ... Democracy in Rwanda (RDR)").
fn places_after_in_bodies(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let m = mentions[k].clone();
        let at = (m.first + 1..m.end.saturating_sub(1)).find(|&i| tokens.word(i) == "in");
        let place = at.filter(|&i| {
            m.kind == EntityKind::Org
                && !tokens.has(m.first, m.end, Kind::Org)
                && tokens.word(m.end) != "("
                && tokens.governed_place(i + 1, m.end)
        });
        if let Some(at) = place {
            mentions[k].end = at;
            let place = Mention {
                first: at + 1,
                end: m.end,
                kind: EntityKind::Gpe,
            };
            mentions.insert(k + 1, place);
            k += 1;
        }
        k += 1;
    }
}

/// "the tanker Meridian Pearl", "MV Ocean Star": a name right after a vessel's noun, or
/// opened by a ship prefix (`data/vessels.txt`), names a vessel, here and wherever the
/// document names it again.
fn vessels(tokens: &Tokens, mentions: &mut [Mention]) {
    let mut names: Vec<u64> = Vec::new();
    for m in mentions.iter_mut() {
        // ("the aircraft carrier Enterprise": a vessel's noun may be two words.)
        // (Not across a line: "... losing farm satellite\n\nHYDERABAD, India —".)
        let after_noun = m.first > 0
            && !tokens.line_start[m.first]
            && is_lowercase_word(tokens.word(m.first - 1))
            && (VESSELS.contains(&tokens.key(m.first - 1, m.first))
                || m.first > 1 && VESSELS.contains(&tokens.key(m.first - 2, m.first)));
        // (An upper-case prefix only: the "Vessel Sanitation Program" is a body.)
        let prefixed = m.end - m.first > 1
            && tokens.word(m.first).chars().all(|c| c.is_ascii_uppercase())
            && VESSELS.contains(&tokens.key(m.first, m.first + 1));
        // "The satellite, Amagumo, was": a one-word name set off by commas after the noun is
        // the vessel's, whatever the tagger made of it.
        // ("the vessel, the Coral Meridian, was": a name of a few words with its article
        // too.)
        let comma = if matches!(tokens.word(m.first.saturating_sub(1)), "the" | "The") {
            m.first.saturating_sub(2)
        } else {
            m.first.saturating_sub(1)
        };
        let apposed = comma > 1
            && (m.end == m.first + 1 || comma + 2 == m.first && m.end - m.first <= 4)
            && tokens.word(comma) == ","
            && tokens.word(m.end) == ","
            && is_lowercase_word(tokens.word(comma - 1))
            && VESSELS.contains(&tokens.key(comma - 1, comma))
            && matches!(tokens.word(comma - 2), "the" | "The" | "its" | "Its");
        // "The Kestrel Horizon, a 366-metre vessel carrying ...": a vessel's noun heading the
        // apposition after the name, within four words.
        let described = m.first > 0
            && matches!(tokens.word(m.first - 1), "the" | "The")
            && tokens.word(m.end) == ","
            && matches!(tokens.word(m.end + 1), "a" | "an")
            && (m.end + 2..m.end + 6).any(|i| {
                is_lowercase_word(tokens.word(i)) && VESSELS.contains(&tokens.key(i, i + 1))
                    // ("the Koral Star, a Panama-flagged bulk carrier": or a flag's compound.)
                    || flag_compound(tokens.word(i))
            })
            && (m.end + 2..m.end + 6)
                .take_while(|&i| {
                    !VESSELS.contains(&tokens.key(i, i + 1)) && !flag_compound(tokens.word(i))
                })
                .all(|i| !matches!(tokens.word(i), "," | "." | "of" | "for" | "at"));
        // "the Liberia-flagged Nereid Star", "the Dutch-registered Margretha": a name right
        // after a flag state's compound is a ship's.
        let flagged = m.first > 0
            && flag_compound(tokens.word(m.first - 1))
            && !tokens.has(m.first, m.first + 1, Kind::FirstName);
        // ("The Marshall Islands-flagged Meridian Pearl" tagged as one name: the words after
        // the compound are the ship's; the flag state is split off after tagging.)
        let flagged_inside = (m.first..m.end.saturating_sub(1))
            .rev()
            .find(|&i| flag_compound(tokens.word(i)))
            .filter(|&i| !tokens.has(i + 1, i + 2, Kind::FirstName));
        if let Some(compound) = flagged_inside {
            m.first = compound + 1;
            m.kind = EntityKind::Product;
            names.push(tokens.key(compound + 1, m.end));
            continue;
        }
        // ("the tanker Sea Meridian": a "person" after the noun is the ship's name unless it
        // opens with a given name: "the ferry Jack Evans boarded".)
        let not_a_person = m.kind != EntityKind::Person
            || after_noun
                && !tokens.has(m.first, m.first + 1, Kind::FirstName)
                && m.end - m.first > 1;
        if apposed || described || flagged || (after_noun || prefixed) && not_a_person {
            m.kind = EntityKind::Product;
            names.push(tokens.key(m.first, m.end));
        }
    }
    type_every_mention(tokens, mentions, &names, EntityKind::Product, |_| true);
}

/// Class nouns after a product's name (`data/product_heads.txt`).
static PRODUCT_HEADS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/product_heads.txt")));

/// Class nouns that make a product only of a name with a model's number
/// (`data/model_nouns.txt`).
static MODEL_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/model_nouns.txt")));

/// Nouns that make a product's class noun before them a modifier
/// (`data/product_compound_heads.txt`).
static PRODUCT_COMPOUND_HEADS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/product_compound_heads.txt")));

/// Capitalised words before a product's name that are no part of it
/// (`data/not_in_product_names.txt`).
static NOT_IN_PRODUCT_NAMES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/not_in_product_names.txt")));

/// "the Fjell-1 rocket", "The Boeing 767 freighter", "two AW101 search-and-rescue helicopters",
/// "the Tsurugi rocket": a name right before a product's class noun (`data/product_heads.txt`),
/// or before up to two lower-case words and one, names the product. A name with a model's
/// number ("767", "Su-30", "A320neo") is the product whatever the tagger made of it (the
/// maker's ORG gives way: "Boeing 767"); one without only where the tagger left it untyped
/// or MISC, since a maker's name comes before the same nouns ("Toyota cars"). Places and
/// nationalities ("Russian jets") are never products; the document's other mentions of the
/// name follow.
fn products_by_their_class(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    // (Most tokens are lower-case words after lower-case words: they are passed over before
    // any look-up.)
    let opens_name = |i: usize| {
        tokens
            .word(i)
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let name_word = |i: usize| {
        let w = tokens.word(i);
        opens_name(i)
            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            // ("Russian-made Su-30": a compound with a lower-case end is a modifier.)
            && !w.rsplit('-').next().is_some_and(|last| last.starts_with(char::is_lowercase))
            && !NOT_IN_PRODUCT_NAMES.contains(&tokens.key(i, i + 1))
            && !tokens.has(i, i + 1, Kind::NotName)
    };
    let has_digit = |i: usize| tokens.word(i).chars().any(|c| c.is_ascii_digit());
    // A model's name: a figure and a capital among its words ("Boeing 767", "Su-30").
    let modelled = |first: usize, end: usize| {
        (first..end).any(has_digit)
            && (first..end).any(|i| tokens.word(i).chars().any(char::is_uppercase))
    };
    let mut found: Vec<Mention> = Vec::new();
    let mut names = Vec::new();
    for head in 1..n {
        if !is_lowercase_word(tokens.word(head)) || !(head.saturating_sub(3)..head).any(opens_name)
        {
            continue;
        }
        let key = tokens.key(head, head + 1);
        let strong = PRODUCT_HEADS.contains(&key);
        if !(strong || MODEL_NOUNS.contains(&key)) {
            continue;
        }
        let mut end = head;
        while end > 0 && head - end < 2 && is_lowercase_word(tokens.word(end - 1)) {
            end -= 1;
        }
        let mut first = end;
        while first > 0 && end - first < 4 && name_word(first - 1) {
            first -= 1;
        }
        // ("Cargo jet crashes", "“Our cars are selling”: a sentence's capitalised first word
        // is mostly a common one.)
        if first < end && sentence_initial(tokens, first) {
            first += 1;
        }
        // ("a SpaceX Falcon 9 rocket": the maker before a series' name is its own body.)
        if let Some(maker) = mentions.iter().find(|m| {
            m.kind == EntityKind::Org
                && m.first == first
                && m.end < end
                && !has_digit(m.end)
                && (m.end..end).any(has_digit)
        }) {
            first = maker.end;
        }
        // ("38 Airbus A320 jets": a count before the name is no part of it; "3G phones": a
        // number glued to it is.)
        let counted = first;
        while first < end && tokens.word(first).chars().all(|c| c.is_ascii_digit()) {
            first += 1;
        }
        let glued = first > counted && first < end && !tokens.space_before[first];
        if glued || first == end || found.last().is_some_and(|f| f.first == first) {
            continue;
        }
        // ("3D models", "4G phones": a generation or a dimension is no model.)
        let generation = end == first + 1 && {
            let w = tokens.word(first).as_bytes();
            w.len() == 2 && w[0].is_ascii_digit() && w[1].is_ascii_uppercase()
        };
        let modelled = !generation && modelled(first, end);
        // ("RAF aircraft", "HIV drugs": an acronym before the noun is a body's or a disease's;
        // "the Maserati car company": a noun after the class noun makes it a modifier.)
        let brand_like = strong
            && end == head
            && (first..end).any(|i| tokens.word(i).chars().any(char::is_lowercase))
            && !PRODUCT_COMPOUND_HEADS.contains(&tokens.key(head + 1, head + 2));
        let place_or_people = tokens.has(first, end, Kind::Demonym)
            || tokens.has(first, end, Kind::Country)
            || tokens.has(first, end, Kind::City)
            || tokens.has(first, end, Kind::Group);
        if place_or_people || !(modelled || brand_like) {
            continue;
        }
        let untyped = mentions
            .iter()
            .filter(|m| m.first < end && first < m.end)
            .all(|m| m.kind == EntityKind::Misc && m.first >= first && m.end <= end);
        if modelled || untyped {
            found.push(Mention {
                first,
                end,
                kind: EntityKind::Product,
            });
            names.push(tokens.key(first, end));
        }
    }
    // "a satellite called Boreal-3", "The drug, VRT-114, was", "the vaccine known as HLV-7":
    // a name with a model's number that a class noun names.
    for noun in 0..n {
        let (first, apposed) = match tokens.word(noun + 1) {
            "called" | "named" => (noun + 2, false),
            "known" if tokens.word(noun + 2) == "as" => (noun + 3, false),
            "," => (noun + 2, true),
            _ => continue,
        };
        let key = tokens.key(noun, noun + 1);
        let class_noun =
            PRODUCT_HEADS.contains(&key) || MODEL_NOUNS.contains(&key) || VESSELS.contains(&key);
        if !is_lowercase_word(tokens.word(noun)) || !class_noun {
            continue;
        }
        let end = (first..(first + 4).min(n))
            .take_while(|&i| name_word(i))
            .last()
            .map_or(first, |i| i + 1);
        if !modelled(first, end) || apposed && !matches!(tokens.word(end), "," | ".") {
            continue;
        }
        if !found.iter().any(|f| f.first < end && first < f.end) {
            found.push(Mention {
                first,
                end,
                kind: EntityKind::Product,
            });
            names.push(tokens.key(first, end));
        }
    }
    if found.is_empty() {
        return;
    }
    mentions.retain(|m| !found.iter().any(|f| m.first < f.end && f.first < m.end));
    // ("the Volta S2 and S2 Max models": a name joined to the product's is one too.)
    for m in mentions.iter_mut() {
        let joined = found
            .iter()
            .any(|f| m.end + 1 == f.first && matches!(tokens.word(m.end), "and" | "or"));
        if joined && m.kind == EntityKind::Misc {
            m.kind = EntityKind::Product;
            names.push(tokens.key(m.first, m.end));
        }
    }
    add_mentions(mentions, found);
    type_every_mention(tokens, mentions, &names, EntityKind::Product, |_| true);
}

/// Whether token `i` opens a sentence or a quotation.
fn sentence_initial(tokens: &Tokens, i: usize) -> bool {
    opens_sentence(tokens, i)
        || matches!(
            tokens.word(i - 1),
            "“" | "\"" | "‘" | "'" | "-" | "–" | "—" | "•" | ":"
        )
}

/// A flag state's compound before a ship's name ("Liberia-flagged", "Dutch-registered").
fn flag_compound(word: &str) -> bool {
    word.ends_with("-flagged") || word.ends_with("-registered")
}

/// "the Bay of Bengal" tagged as "Bengal": capitalised words and "of" before a name that
/// make a place the lexicon knows are part of it.
/// "the University of Buenos Aires" tagged as "University of Buenos" and "Aires": where the
/// end of one name and the start of the next, touching it, make a place the lexicon knows,
/// the tagger split the place; the first name runs on through it (the second is emptied, and
/// dropped with the other empty mentions).
fn places_split_from_bodies(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (prev, m) = (&mentions[k - 1], &mentions[k]);
        if prev.end != m.first || prev.end - prev.first < 2 || m.end == m.first {
            continue;
        }
        let split_place =
            (prev.first + 1..prev.end).any(|start| tokens.governed_place(start, m.end));
        if split_place {
            let end = m.end;
            mentions[k - 1].end = end;
            mentions[k].end = mentions[k].first;
        }
    }
}

/// The type a gazetteer gives the words as a place: LOC for a natural place, GPE for a
/// country or city.
fn known_place_kind(tokens: &Tokens, first: usize, end: usize) -> Option<EntityKind> {
    let entry = LEXICON.get(tokens.key(first, end))?;
    if entry.has(Kind::Location) {
        Some(EntityKind::Loc)
    } else if entry.has(Kind::Country) || entry.has(Kind::City) {
        Some(EntityKind::Gpe)
    } else {
        None
    }
}

fn known_places_in_full(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let m = &mentions[k];
        if m.kind == EntityKind::Person {
            continue;
        }
        let grown = (m.first.saturating_sub(3).max(floor)..m.first).find_map(|start| {
            if !is_capitalized(tokens.word(start)) || tokens.word(start) == "The" {
                return None;
            }
            known_place_kind(tokens, start, m.end).map(|kind| (start, kind))
        });
        if let Some((first, kind)) = grown {
            mentions[k].first = first;
            mentions[k].kind = kind;
            continue;
        }
        // "Côte d'Ivoire" tagged as "Côte": a known place goes on to the right too, through
        // words the tagger left out (up to the next mention).
        let ceiling = mentions
            .get(k + 1)
            .map_or(tokens.words.len(), |next| next.first);
        // (Only over words with a capital: "the Taiwan strait" is no name.)
        let grown = (m.end + 1..=(m.end + 2).min(ceiling))
            .rev()
            .find_map(|end| {
                if !(m.end..end).all(|i| tokens.word(i).chars().any(char::is_uppercase)) {
                    return None;
                }
                known_place_kind(tokens, m.first, end).map(|kind| (end, kind))
            });
        if let Some((end, kind)) = grown {
            mentions[k].end = end;
            mentions[k].kind = kind;
        }
    }
}

/// "Blue Crane Pipeline Services" tagged as the person "Blue Crane": a "person" followed by
/// capitalised words through a body's word is that body; and where the text names the body
/// so, its first words alone ("Blue Crane had never laid a pipe") are the body too, unless
/// they open with a given name ("the John Smith Foundation ... John Smith").
fn bodies_named_after_persons(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.kind != EntityKind::Person {
            continue;
        }
        // (The capitalised words may be a name the tagger found: "Pipeline Services".)
        let limit = match mentions.get(k + 1) {
            Some(next) if next.first == m.end && next.kind == EntityKind::Org => next.end,
            Some(next) => next.first,
            None => n,
        };
        let end = capitalised_run_end(tokens, m.end, limit.min(m.end + 3));
        if end > m.end && body_head_at(tokens, end - 1) {
            mentions[k].end = end;
            mentions[k].kind = EntityKind::Org;
            // The name taken in goes ("Pipeline Services" emptied, dropped below).
            if let Some(next) = mentions.get_mut(k + 1).filter(|next| next.first < end) {
                next.end = next.first;
            }
        }
    }
    mentions.retain(|m| m.end > m.first);
    let prefixes: crate::features::KeySet = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && m.end - m.first > 1)
        .flat_map(|m| (m.first + 1..m.end).map(move |end| tokens.key(m.first, end)))
        .collect();
    // "Maghrebia Phosphates ... Maghrebia said": the name of a company of two words, a
    // name and a body's head, is the company alone too.
    let company_names: crate::features::KeySet = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityKind::Org && m.end - m.first == 2 && body_head_at(tokens, m.end - 1)
        })
        .map(|m| tokens.key(m.first, m.first + 1))
        .collect();
    for m in mentions.iter_mut() {
        let unknown_place = m.end - m.first == 1
            && m.kind == EntityKind::Gpe
            && !tokens.known_place(m.first, m.end);
        // ("HARLEYSVILLE, Pa." over "Harleysville Group": a dateline's town stays the town.)
        let placed_by_comma = tokens.word(m.end) == ","
            && tokens
                .word(m.end + 1)
                .starts_with(|c: char| c.is_uppercase());
        if unknown_place && !placed_by_comma && company_names.contains(&tokens.key(m.first, m.end))
        {
            m.kind = EntityKind::Org;
        }
    }
    if prefixes.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        // ("loans from Song Han" after "Song Han Commercial Bank": a "place" of two words or
        // more that opens the body's name is the body too, unless a gazetteer knows it as a
        // place, "New York" of "New York Times". Not other names: "Miss Universe" stays a
        // title beside the "Miss Universe Organization".)
        // ("Central Luzon" of "Central Luzon State University" is the region: a place's
        // adjective, data/place_adjectives.txt, opens a place's name.)
        let short_name = m.end - m.first > 1
            && m.kind == EntityKind::Gpe
            && !tokens.known_place(m.first, m.end)
            && !PLACE_ADJECTIVES.contains(&tokens.key(m.first, m.first + 1));
        let person =
            m.kind == EntityKind::Person && !tokens.has(m.first, m.first + 1, Kind::FirstName);
        if (person || short_name) && prefixes.contains(&tokens.key(m.first, m.end)) {
            m.kind = EntityKind::Org;
        }
    }
}

/// The type of a place the lexicon learned after the models were trained
/// (`data/known_after_tagging.txt`) and the tagger's gazetteers do not know as a place: the
/// tagger typed such a name by its shape alone, so what the lexicon knows wins.
fn place_known_after_tagging(tokens: &Tokens, first: usize, end: usize) -> Option<EntityKind> {
    let key = tokens.key(first, end);
    let known_to_tagger = TAGGER_LEXICON.get(key).is_some_and(|e| {
        e.has(Kind::Country) || e.has(Kind::Capital) || e.has(Kind::City) || e.has(Kind::Location)
    });
    if known_to_tagger {
        return None;
    }
    known_place_kind(tokens, first, end)
}

/// "Dar es Salaam" tagged as "Dar" and "Salaam": a place the lexicon knows that runs from a
/// mention's first word over lower-case words into the mentions after it is one place.
fn known_places_across_mentions(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let first = mentions[k].first;
        let end = tokens
            .longest_known_as(first, 5, &[Kind::City, Kind::Country, Kind::Location])
            .filter(|&end| end > mentions[k].end);
        let Some(end) = end else {
            k += 1;
            continue;
        };
        // Only whole mentions after it, and no capitalised word outside them.
        let swallowed = mentions[k + 1..]
            .iter()
            .take_while(|m| m.first < end)
            .count();
        let whole = mentions[k + 1..k + 1 + swallowed]
            .iter()
            .all(|m| m.end <= end);
        let covered = covered_tokens(tokens.words.len(), mentions);
        let loose = (mentions[k].end..end).all(|i| covered[i] || is_lowercase_word(tokens.word(i)));
        // (Not across a line: a table's "Czech" above "Republic".)
        let one_line = (first + 1..end).all(|i| !tokens.line_start[i]);
        if swallowed == 0 || !whole || !loose || !one_line {
            k += 1;
            continue;
        }
        let kind = known_place_kind(tokens, first, end).unwrap_or(EntityKind::Gpe);
        mentions.drain(k + 1..k + 1 + swallowed);
        mentions[k].end = end;
        mentions[k].kind = kind;
        k += 1;
    }
}

/// "driving to Kozhikode", "travelling to Paros" taken for a body, "off Sulawesi" for a name
/// of another sort: after a preposition of place, a place known only after tagging is that
/// place. (Elsewhere the tagger's context may know better: "Bahia 2 Botafogo 1" are clubs,
/// "Arequipa shareholders" a company's, "Java software" a language.)
fn places_known_after_tagging_retyped(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Org | EntityKind::Misc) || m.first == 0 {
            continue;
        }
        // ("in the Cyclades": the article after the preposition.)
        // (Not after "of the": "a feature of the Java language".)
        let article = tokens.word(m.first - 1).eq_ignore_ascii_case("the")
            && m.first >= 2
            && tokens.word(m.first - 2) != "of";
        let before = tokens.word(m.first - 1 - usize::from(article));
        // ("the mayor of Amorgos", but not "the assets of Arequipa 's mine".)
        let of_place = before == "of" && !matches!(tokens.word(m.end), "'s" | "’s");
        if !PLACE_PREPOSITIONS.contains(&before)
            && !matches!(before, "to" | "from" | "off" | "on" | "at" | "through")
            && !of_place
        {
            continue;
        }
        // "two students from Lyon": people from a place the tagger's lexicon knows.
        let people_from = before == "from"
            && !article
            && m.first >= 2
            && PEOPLE_FROM_PLACES.contains(&tokens.key(m.first - 2, m.first - 1));
        if let Some(kind) = place_known_after_tagging(tokens, m.first, m.end) {
            m.kind = kind;
        } else if m.kind == EntityKind::Org
            // (Not after "from", "to" or "of": "signed from Liverpool", "lost 3-0 to Palermo",
            // "in charge of Barcelona" are clubs.)
            && (PLACE_PREPOSITIONS.contains(&before)
                || people_from
                || before == "of"
                    && m.first >= 2
                    && matches!(tokens.word(m.first - 2), "north" | "south" | "east" | "west"))
            && tokens.governed_place(m.first, m.end)
        {
            // "prosecutors in Katowice", "150 km north of Brisbane": a city the tagger's
            // lexicon knows, taken for its club, is the city after a preposition of place.
            m.kind = EntityKind::Gpe;
        }
    }
    // "the remaining Skagerrak crossings": a natural place known only after tagging is that
    // place wherever the tagger took it for a governed one. (A MISC may be something named
    // for it: "Java software".)
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Gpe
            && place_known_after_tagging(tokens, m.first, m.end) == Some(EntityKind::Loc)
        {
            m.kind = EntityKind::Loc;
        }
    }
    // "the state of Karnataka ... Karnataka generates": such a place, once the document
    // shows it as one, is that place where the tagger took it for a body elsewhere, unless
    // the body is the more frequent ("Arequipa shareholders", "Arequipa's assets": a company
    // named for the city).
    let shown: Vec<(u64, EntityKind)> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Gpe | EntityKind::Loc))
        .filter_map(|m| {
            place_known_after_tagging(tokens, m.first, m.end)
                .filter(|&kind| kind == m.kind)
                .map(|kind| (tokens.key(m.first, m.end), kind))
        })
        .collect();
    let bodies: Vec<u64> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Misc))
        .map(|m| tokens.key(m.first, m.end))
        .collect();
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Org | EntityKind::Misc) {
            continue;
        }
        let key = tokens.key(m.first, m.end);
        let Some(&(_, kind)) = shown.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        let as_place = shown.iter().filter(|(k, _)| *k == key).count();
        if as_place >= bodies.iter().filter(|&&k| k == key).count() {
            m.kind = kind;
        }
    }
}

/// "Union president Grace Okonkwo", "“Safety comes first,”": a lone capitalised word that
/// opens a sentence, taken for a body or a name of another sort, is the common word when the
/// unlabeled text writes it in lower case, the same document does too, and no lexicon knows
/// it as a name: the capital is the sentence's, not a name's.
fn common_words_opening_sentences(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    // A quotation's opening mark before the word opens a sentence too ("“Safety comes ...").
    let opens = |i: usize| {
        opens_sentence(tokens, i)
            || matches!(tokens.word(i - 1), "“" | "\"" | "‘")
                && (i == 1 || tokens.line_start[i - 1] || !tokens.space_before[i])
    };
    let candidate = |m: &Mention| {
        let word = tokens.word(m.first);
        matches!(m.kind, EntityKind::Org | EntityKind::Misc)
            && m.end - m.first == 1
            && opens(m.first)
            && is_capitalized_letters(word)
            && word.chars().skip(1).all(char::is_lowercase)
            && crate::clusters::CLUSTERS.contains(tokens.key(m.first, m.end))
            && TAGGER_LEXICON.get(tokens.key(m.first, m.end)).is_none()
    };
    // (The document's lower-case words are collected only when a mention may need them.)
    if !mentions.iter().any(candidate) {
        return;
    }
    let lower_case: std::collections::HashSet<&str> = tokens
        .words
        .iter()
        .copied()
        .filter(|w| is_lowercase_word(w))
        .collect();
    mentions.retain(|m| {
        !(candidate(m) && lower_case.contains(tokens.word(m.first).to_lowercase().as_str()))
    });
}

/// Nouns after a governed place's name that make it the place (`data/governed_place_bodies.txt`).
static GOVERNED_PLACE_BODIES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/governed_place_bodies.txt")));

/// "Cologne police said", "airports in Bergen and Stavanger": a city, capital or country the
/// tagger took for a body (CoNLL's football clubs) is the place before a noun of its officials
/// or services, and after a place's preposition when a list of such places goes on.
fn places_before_their_officials(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Org || !tokens.governed_place(m.first, m.end) {
            continue;
        }
        let next = tokens.word(m.end);
        if is_lowercase_word(next) && GOVERNED_PLACE_BODIES.contains(&tokens.key(m.end, m.end + 1))
        {
            m.kind = EntityKind::Gpe;
        }
    }
}

/// Titles of an office that governs a place (`data/local_office_titles.txt`).
static LOCAL_OFFICE_TITLES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/local_office_titles.txt")));

/// Words of a local office's title, each with whether it is a unit that may end a place's
/// name (`data/local_office_title_words.txt`).
static TITLE_WORDS: LazyLock<Vec<(u64, bool)>> = LazyLock::new(|| {
    include_str!("../data/local_office_title_words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('|'))
        .map(|(word, role)| (lower_key_words([word.trim()]), role.trim() == "unit"))
        .collect()
});

/// "Bohol Governor Teresa Alcaraz", "Westlock Mayor Gail Lindqvist": one to three capitalised
/// words the tagger left out, right before a local office's title and the person who holds
/// it, name the place the office governs, GPE. No title, body's head or capitalised function
/// word is part of the place ("Deputy Governor", "Central Bank Governor", "The Mayor").
/// "OPEC+": a "+" glued to a body's acronym is part of its name (the body widened).
fn plus_after_acronyms(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let end = mentions[k].end;
        let free = mentions.get(k + 1).is_none_or(|next| next.first > end);
        if mentions[k].kind == EntityKind::Org
            && free
            && is_acronym(tokens.word(end - 1))
            && tokens.words.get(end) == Some(&"+")
            && tokens.space_before.get(end) == Some(&false)
        {
            mentions[k].end += 1;
        }
    }
}

fn places_before_their_governors(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let mut person_starts = vec![false; n + 1];
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        person_starts[m.first] = true;
    }
    let title_word = |k: usize| {
        TITLE_WORDS
            .iter()
            .find(|(key, _)| *key == tokens.key(k, k + 1))
            .map(|&(_, unit)| unit)
    };
    let place_word = |k: usize, first: usize, covered: &[bool]| {
        k < n
            && !covered[k]
            && is_capitalized_letters(tokens.word(k))
            && !tokens.has(k, k + 1, Kind::Title)
            && !body_head_at(tokens, k)
            && !crate::features::is_capitalised_function_word(tokens.key(k, k + 1))
            // ("Regional Governor": the office's adjective; "Hualien County": a unit after
            // the place's own name.)
            && title_word(k).is_none_or(|unit| unit && k > first)
    };
    untagged_names(tokens, mentions, is_capitalized, |i, covered| {
        let mut end = i;
        while end < i + 3 && place_word(end, i, covered) {
            end += 1;
        }
        let titled = end > i
            && end + 1 < n
            && LOCAL_OFFICE_TITLES.contains(&tokens.key(end, end + 1))
            && person_starts[end + 1];
        titled.then_some((end, EntityKind::Gpe))
    });
}

/// "teachers in the state of Victoria", "Aragon's regional election": a lone word taken for a
/// person that names a place known only after tagging is that place, unless the document
/// also writes it inside a person's name ("Victoria Lund").
fn known_places_taken_for_people(tokens: &Tokens, mentions: &mut [Mention]) {
    let in_names: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.end - m.first > 1)
        .flat_map(|m| (m.first..m.end).map(|i| tokens.word(i)))
        .collect();
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person
            || m.end - m.first != 1
            || in_names.contains(&tokens.word(m.first))
        {
            continue;
        }
        if let Some(kind) = place_known_after_tagging(tokens, m.first, m.end) {
            m.kind = kind;
        }
    }
}

/// "Bloemfontein" where the tagger found nothing: capitalised words outside every mention
/// that name a place known only after tagging are that place.
fn untagged_places_known_after_tagging(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    untagged_names(tokens, mentions, is_capitalized, |i, covered| {
        (i + 1..=tokens.words.len().min(i + 4))
            .rev()
            .filter(|&end| (i..end).all(|k| !covered[k]))
            .find_map(|end| place_known_after_tagging(tokens, i, end).map(|kind| (end, kind)))
    });
}

/// "Nairobi County", "Tshopo Province" tagged as the place alone: a capitalised unit's noun
/// right after a governed place is part of its name.
fn governed_units_named_in_full(tokens: &Tokens, mentions: &mut [Mention]) {
    const UNITS: [&str; 7] = [
        "County",
        "Province",
        "District",
        "Prefecture",
        "Governorate",
        "Oblast",
        "Municipality",
    ];
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        let free = mentions.get(k + 1).is_none_or(|next| next.first > m.end);
        // (Not before another capitalised word: "U.S. District Judge", "Cook County Sheriff".)
        if m.kind == EntityKind::Gpe
            && free
            && UNITS.contains(&tokens.word(m.end))
            && !is_capitalized(tokens.word(m.end + 1))
        {
            mentions[k].end += 1;
        }
        k += 1;
    }
}

/// "the County Clare coast", "County Durham": in the Irish and British order the unit's noun
/// comes first; "County" and the one name after it are a GPE, however the tagger typed them
/// ("County Clare" MISC, "Clare" alone a person). A name that runs on ("County Kerry
/// Council") or a "County" closing a name before it ("Cook County") is left alone.
fn counties_named_unit_first(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let unit_inside = tokens.word(m.first) == "County" && m.end == m.first + 2;
        let unit_before = m.end == m.first + 1
            && m.first > 0
            && tokens.word(m.first - 1) == "County"
            && (m.first < 2 || !is_capitalized(tokens.word(m.first - 2)));
        if (unit_inside || unit_before)
            && !is_capitalized(tokens.word(m.end))
            && matches!(
                m.kind,
                EntityKind::Gpe | EntityKind::Loc | EntityKind::Misc | EntityKind::Person
            )
        {
            if unit_before {
                m.first -= 1;
            }
            m.kind = EntityKind::Gpe;
        }
    }
}

/// "the 200-seat Chamber of Deputies", "the 450-seat Verkhovna Rada", "the 81-member Senate": a
/// name after a count of seats or members is a chamber or another body, one ORG with the
/// "of" phrase its name runs on into; the tagger, seeing an unknown capitalised word after a
/// number, takes it for a person.
fn bodies_sized_by_seats(tokens: &Tokens, mentions: &mut [Mention]) {
    let sized = |w: &str| {
        w.split_once('-').is_some_and(|(count, noun)| {
            count.starts_with(|c: char| c.is_ascii_digit())
                && count.chars().all(|c| c.is_ascii_digit() || c == ',')
                && matches!(noun, "seat" | "member" | "strong")
        })
    };
    for k in 0..mentions.len() {
        let (first, end) = (mentions[k].first, mentions[k].end);
        if first == 0 || !sized(tokens.word(first - 1)) {
            continue;
        }
        mentions[k].kind = EntityKind::Org;
        // ("Chamber" + "of Deputies": the name's "of" phrase, capitalised words up to the
        // next mention or the first lower-case word.)
        let free_until = mentions.get(k + 1).map_or(usize::MAX, |n| n.first);
        if tokens.word(end) == "of" && is_capitalized(tokens.word(end + 1)) {
            let mut stop = end + 1;
            while stop < free_until && is_capitalized(tokens.word(stop)) {
                stop += 1;
            }
            if stop <= free_until {
                mentions[k].end = stop;
            }
        }
    }
}

/// "the Kenya Red Cross", "the Turkish Red Crescent": a country or a nationality right before
/// "Red Cross" or "Red Crescent" names that nation's society, one ORG, not the country and the
/// international committee (whose short name "Red Cross" is alone).
fn national_aid_societies(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let society_at = |first: usize| {
        tokens.word(first) == "Red" && matches!(tokens.word(first + 1), "Cross" | "Crescent")
    };
    let mut k = 0;
    while k < mentions.len() {
        let (first, end, kind) = (mentions[k].first, mentions[k].end, mentions[k].kind);
        // One mention holding both ("Vietnam Red Cross" MISC).
        if end >= first + 3 && society_at(end - 2) {
            mentions[k].kind = EntityKind::Org;
        }
        // Two mentions side by side ("Kenya" GPE, "Red Cross" ORG).
        let next = mentions.get(k + 1).map(|n| (n.first, n.end));
        if let Some((next_first, next_end)) = next {
            if matches!(kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Misc)
                && next_first == end
                && next_end == next_first + 2
                && society_at(next_first)
            {
                mentions[k].end = next_end;
                mentions[k].kind = EntityKind::Org;
                mentions.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// "the Centers for Disease Control and Prevention" tagged as "Disease Control", "NHS
/// England" as "NHS" and "England": a body the lexicon knows by a name of three words or
/// more, or of two the tagger split, is that body where the tagger's mentions are pieces of
/// it. (A mention reaching outside the name is left alone: "Sierra Leone Red
/// Cross Society" holds the known "Red Cross".)
fn known_bodies_over_fragments(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    const LONGEST: usize = 9;
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.words.len() {
        // (Only a word that opens some body's name of several words is looked up further.)
        let opens_name = tokens
            .word(i)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
            && tokens
                .lower_keys
                .get(i)
                .is_some_and(|&key| LEXICON.opens_org_name(key));
        let body = (opens_name
            && (is_capitalized_letters(tokens.word(i)) || is_acronym(tokens.word(i))))
        .then(|| tokens.longest_known(i, LONGEST, Kind::Org))
        .flatten()
        .filter(|&end| end - i >= 2);
        let Some(end) = body else {
            i += 1;
            continue;
        };
        let overlapping = || mentions.iter().filter(|m| m.first < end && i < m.end);
        // (A name of two words needs two pieces: "NHS" and "England".)
        let pieces = overlapping().count();
        let fragments = overlapping().all(|m| i <= m.first && m.end <= end)
            && overlapping().any(|m| (m.first, m.end) != (i, end))
            && (end - i >= 3 || pieces >= 2);
        if fragments {
            found.push(Mention {
                first: i,
                end,
                kind: EntityKind::Org,
            });
        }
        i = end;
    }
    if found.is_empty() {
        return;
    }
    mentions.retain(|m| !found.iter().any(|f| m.first < f.end && f.first < m.end));
    add_mentions(mentions, found);
}

/// "Interpol said on Monday" where the tagger found nothing: capitalised words that name a
/// body the lexicon knows, outside every mention, are that body.
fn untagged_known_bodies(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    untagged_names(tokens, mentions, is_capitalized_letters, |i, covered| {
        tokens
            .longest_known(i, 4, Kind::Org)
            .filter(|&end| (i..end).all(|k| !covered[k]))
            .map(|end| (end, EntityKind::Org))
    });
}

/// "wrote on X that", "said in a post on X.": the platform, an ORG, where "X" alone follows
/// "on" after a verb or noun of posting within four words (`data/posting_words.txt`).
fn platform_named_x(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let covered = covered_tokens(tokens.words.len(), mentions);
    let found: Vec<Mention> = (2..tokens.words.len())
        .filter(|&i| {
            tokens.word(i) == "X"
                && !covered[i]
                && tokens.word(i - 1) == "on"
                && !tokens
                    .word(i + 1)
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && (i.saturating_sub(5)..i - 1)
                    .any(|k| POSTING_WORDS.contains(&tokens.key(k, k + 1)))
        })
        .map(|i| Mention {
            first: i,
            end: i + 1,
            kind: EntityKind::Org,
        })
        .collect();
    add_mentions(mentions, found);
}

/// "the Bay of Brest" tagged as "Brest", "River Severn bursts" with nothing tagged: a natural
/// place's opening word or words (`data/place_openers.txt`) outside every mention, before a
/// capitalised word, open a place's name: the name after them runs on back through them, or
/// the capitalised words after them are one. LOC, but where the gazetteer knows the whole
/// name as a town or country ("Cape Town").
fn natural_places_by_their_openers(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let covered = covered_tokens(n, mentions);
    let mut found = Vec::new();
    for i in 0..n {
        if covered[i]
            || !tokens.word(i).starts_with(|c: char| c.is_uppercase())
            || !PLACE_OPENER_FIRST_WORDS.contains(&tokens.key(i, i + 1))
            || !is_capitalized_letters(tokens.word(i))
        {
            continue;
        }
        let Some(len) = [2, 1]
            .into_iter()
            .find(|&len| i + len < n && PLACE_OPENERS.contains(&tokens.key(i, i + len)))
        else {
            continue;
        };
        let j = i + len;
        if (i..j).any(|k| covered[k]) || !is_capitalized(tokens.word(j)) {
            continue;
        }
        let kind_of = |end: usize| known_place_kind(tokens, i, end).unwrap_or(EntityKind::Loc);
        if let Some(m) = mentions.iter_mut().find(|m| m.first == j) {
            m.first = i;
            m.kind = kind_of(m.end);
        } else if !covered[j] {
            // ("Gulf of St. Lawrence": an abbreviated saint's name goes on.)
            let mut end = capitalised_run_end(tokens, j, j + 3);
            if end == j && matches!(tokens.word(j), "St." | "St") {
                end = capitalised_run_end(tokens, j + 1, j + 3);
            }
            if end > j {
                found.push(Mention {
                    first: i,
                    end,
                    kind: kind_of(end),
                });
            }
        }
    }
    add_mentions(mentions, found);
}

/// Heads that end a law's or a treaty's name and may go on with "on ..." ("Organic Act on
/// Political Parties"; `data/law_heads.txt`), as written.
static LAW_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::lines(include_str!("../data/law_heads.txt")).collect());

/// Laws named in full. "the Organic Act on Political Parties", "the Caracas Convention on
/// Diplomatic Asylum": a law's head goes on through "on" and the capitalised words after it.
/// "the Inquiries Act 2005": and through its year; "the 2024 Coastal Concessions Act": a
/// year before it is the writer's, no part of the name. "this year's Finance Act", "the First
/// Amendment" where the tagger found nothing: capitalised words ending in a law's head are
/// the law (after "the" or a possessive, with more than the head).
fn laws_in_full(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let is_year = |i: usize| {
        let w = tokens.word(i);
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    let covered = covered_tokens(n, mentions);
    let mut found = Vec::new();
    for head in 1..n {
        let w = tokens.word(head);
        if !w.starts_with(|c: char| c.is_ascii_uppercase())
            || !LAW_HEADS.contains(&w)
            || covered[head]
        {
            continue;
        }
        let first = capitalised_run_start(tokens, head, head.saturating_sub(6), 6, |w| w == "The");
        let opened = first > 0
            && (matches!(tokens.word(first - 1), "the" | "The" | "'s" | "’s")
                || is_year(first - 1)
                    && matches!(tokens.word(first.saturating_sub(2)), "the" | "The"));
        if first < head && opened && (first..head).all(|k| !covered[k]) {
            found.push(Mention {
                first,
                end: head + 1,
                kind: EntityKind::Law,
            });
        }
    }
    add_mentions(mentions, found);
    let covered = covered_tokens(n, mentions);
    for m in mentions.iter_mut() {
        let law = m.kind == EntityKind::Law
            || m.end - m.first >= 2 && LAW_HEADS.contains(&tokens.word(m.end - 1));
        if !law {
            continue;
        }
        if m.end - m.first >= 2 && is_year(m.first) {
            m.first += 1;
        }
        if tokens.word(m.end) == "on" && !covered.get(m.end + 1).copied().unwrap_or(true) {
            // ("the Democratic National Convention on Monday": a calendar word is no topic.)
            let run_end = capitalised_run_end(tokens, m.end + 1, m.end + 7);
            let end = (m.end + 1..run_end)
                .find(|&k| tokens.has(k, k + 1, Kind::NotName))
                .unwrap_or(run_end);
            // ("... on Maritime Search and Rescue": "and" joins two capitalised words.)
            let end = if tokens.word(end) == "and" && is_capitalized_letters(tokens.word(end + 1)) {
                capitalised_run_end(tokens, end + 1, end + 5)
            } else {
                end
            };
            if end > m.end + 1 {
                m.end = end;
                m.kind = EntityKind::Law;
            }
        } else if m.kind == EntityKind::Law
            && is_year(m.end)
            && !covered.get(m.end).copied().unwrap_or(true)
        {
            m.end += 1;
        }
    }
    // (A mention swallowed by a longer law goes.)
    let laws: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Law)
        .map(|m| (m.first, m.end))
        .collect();
    mentions.retain(|m| {
        m.kind == EntityKind::Law
            || !laws
                .iter()
                .any(|&(first, end)| m.first >= first && m.end <= end)
    });
}

/// Nouns after "fire" that make it a modifier ("the Paris fire brigade";
/// `data/fire_compounds.txt`), as written.
static FIRE_COMPOUNDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::lines(include_str!("../data/fire_compounds.txt")).collect());

/// "the Cedar Mesa Fire near Glenwood Springs", "the blaze, known as the Cold Creek fire": a
/// name after "the" and before "fire" or "wildfire" names the fire, an EVENT with its head.
fn named_fires(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let mut found = Vec::new();
    for head in 2..n {
        let w = tokens.word(head);
        // ("the Hellenic Fire Service", "the BC Wildfire Service": a capitalised word after
        // it, or a body's name running on past it, makes "Fire" part of the body's name.)
        if !matches!(w, "fire" | "Fire" | "wildfire" | "Wildfire")
            || FIRE_COMPOUNDS.contains(&tokens.word(head + 1))
            || is_capitalized(tokens.word(head + 1))
            || mentions.iter().any(|m| m.first <= head && head + 1 < m.end)
        {
            continue;
        }
        let first = capitalised_run_start(tokens, head, head.saturating_sub(4), 4, |w| w == "The");
        if first == head || first == 0 || !matches!(tokens.word(first - 1), "the" | "The") {
            continue;
        }
        // (A place the gazetteer knows as a town is the fire's place, not its name: "the
        // Paris fire".)
        if tokens.known_place(first, head) && head - first == 1 && w != "Fire" {
            continue;
        }
        found.push(Mention {
            first,
            end: head + 1,
            kind: EntityKind::Event,
        });
    }
    add_over_overlapped(mentions, found);
}

/// "the Norwegian Sea", "the South American Plate" tagged as the nationality alone: a
/// capitalised head of a natural place (`data/head_types.txt`: "Sea", "Plate", "Basin")
/// right after a nationality or a place, outside every mention, makes them one natural place.
fn natural_places_named_by_peoples(tokens: &Tokens, mentions: &mut [Mention]) {
    let covered = covered_tokens(tokens.words.len(), mentions);
    for m in mentions.iter_mut() {
        let head = tokens.word(m.end);
        if matches!(m.kind, EntityKind::Norp | EntityKind::Gpe)
            && m.end < covered.len()
            && !covered[m.end]
            && head_kind(head) == Some(EntityKind::Loc)
            && tokens.space_before[m.end]
        {
            m.end += 1;
            m.kind = EntityKind::Loc;
        }
    }
}

/// Verbs and nouns of posting on a platform (`data/posting_words.txt`).
static POSTING_WORDS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/posting_words.txt")));

/// Adds the names the tagger left out: from each word outside every mention that `opens` a
/// name, `name_at` says where the name ends and what it is.
fn untagged_names(
    tokens: &Tokens,
    mentions: &mut Vec<Mention>,
    opens: impl Fn(&str) -> bool,
    name_at: impl Fn(usize, &[bool]) -> Option<(usize, EntityKind)>,
) {
    let covered = covered_tokens(tokens.words.len(), mentions);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.words.len() {
        if covered[i] || !opens(tokens.word(i)) {
            i += 1;
            continue;
        }
        match name_at(i, &covered) {
            Some((end, kind)) => {
                found.push(Mention {
                    first: i,
                    end,
                    kind,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    add_mentions(mentions, found);
}

/// "the Flemish painter Joos de Momper" taken for one name, "a Kansas Republican": a
/// lower-case role noun inside a name (`data/role_nouns.txt`) splits it into what stands
/// before (a nationality) and the person after; a known place before a party's word is the
/// place and the party.
fn split_at_role_nouns(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in mentions.iter_mut() {
        if let Some(role) = (m.first + 1..m.end.saturating_sub(1)).find(|&i| {
            ROLE_NOUNS.contains(&tokens.key(i, i + 1)) && is_lowercase_word(tokens.word(i))
        }) {
            // ("Marine biologist Aroha Kingi": one common word before the role is no name.)
            let common_word = role == m.first + 1
                && tokens.is_common_word(m.first)
                && !tokens.has(m.first, role, Kind::Demonym);
            if !common_word {
                found.push(Mention {
                    first: m.first,
                    end: role,
                    kind: if tokens.has(m.first, role, Kind::Demonym) {
                        EntityKind::Norp
                    } else {
                        m.kind
                    },
                });
            }
            m.first = role + 1;
            m.kind = EntityKind::Person;
            // ("... painter Joos" then "de Momper": the surname after its particle.)
            while SURNAME_PARTICLES.contains(&tokens.word(m.end))
                && is_capitalized_letters(tokens.word(m.end + 1))
            {
                m.end += 2;
            }
            continue;
        }
        let place_then_party = m.end - m.first == 2
            && [Kind::Country, Kind::City, Kind::Capital]
                .iter()
                .any(|&kind| tokens.has(m.first, m.first + 1, kind))
            && tokens.has(m.first + 1, m.end, Kind::Group);
        if place_then_party {
            found.push(Mention {
                first: m.first,
                end: m.first + 1,
                kind: EntityKind::Gpe,
            });
            m.first += 1;
            m.kind = EntityKind::Norp;
        }
    }
    add_mentions(mentions, found);
}

/// Nouns of leading a body between its name and a person's (`data/leader_nouns.txt`).
static LEADER_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/leader_nouns.txt")));

/// "Alliance Sociale leader Nadia Benali": a name taken for a person's right before a noun of
/// leading (`data/leader_nouns.txt`) and a person's name is the body led.
fn bodies_before_their_leaders(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (body, leader) = (&mut before[k - 1], &after[0]);
        if body.kind == EntityKind::Person
            && leader.kind == EntityKind::Person
            && leader.first == body.end + 1
            && LEADER_NOUNS.contains(&tokens.key(body.end, body.end + 1))
            && is_lowercase_word(tokens.word(body.end))
        {
            body.kind = EntityKind::Org;
        }
    }
}

/// "The Prime Minister's Office" tagged as "Office": capitalised titles with a possessive
/// before a body's head are the body's name.
fn titles_owning_bodies(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        if m.end - m.first != 1 || !body_head_at(tokens, m.first) || m.first < floor + 2 {
            continue;
        }
        if !matches!(tokens.word(m.first - 1), "'s" | "’s") {
            continue;
        }
        let mut first = m.first - 1;
        while first > floor
            && tokens.has(first - 1, first, Kind::Title)
            && is_capitalized(tokens.word(first - 1))
        {
            first -= 1;
        }
        if first < m.first - 1 {
            mentions[k].first = first;
            mentions[k].kind = EntityKind::Org;
        }
    }
}

/// "Line 2", "Route 66", "Interstate 35": a head of a numbered way and its number are a
/// structure (`data/numbered_ways.txt`), found or not by the tagger.
fn numbered_ways(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let mut covered: Option<Vec<bool>> = None;
    for i in 0..tokens.words.len().saturating_sub(1) {
        // (The cheap tests first: this runs for every token.)
        let number = tokens.word(i + 1);
        let numbered = number.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && number.len() <= 4
            && is_capitalized(tokens.word(i))
            && NUMBERED_WAYS.contains(&tokens.key(i, i + 1));
        if !numbered {
            continue;
        }
        if let Some(m) = mentions.iter_mut().find(|m| m.first == i && m.end == i + 2) {
            m.kind = EntityKind::Facility;
            continue;
        }
        let covered = covered.get_or_insert_with(|| covered_tokens(tokens.words.len(), mentions));
        if !covered[i] && !covered[i + 1] {
            found.push(Mention {
                first: i,
                end: i + 2,
                kind: EntityKind::Facility,
            });
        }
    }
    add_mentions(mentions, found);
    road_codes(tokens, mentions);
}

/// Nouns of roads after a road's code (`data/road_nouns.txt`).
static ROAD_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/road_nouns.txt")));

/// Whether `w` is shaped like a road's code: one or two capital letters, an optional hyphen
/// and one to three digits ("M62", "N6", "AP-9").
fn road_code_shaped(w: &str) -> bool {
    let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
    let rest = w[letters..].strip_prefix('-').unwrap_or(&w[letters..]);
    (1..=2).contains(&letters)
        && (1..=3).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_digit())
}

/// "the E40 motorway", "the N6 highway": a road's code before a road's noun is that road, FAC,
/// and so is every other mention of the code in the document.
fn road_codes(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let n = tokens.words.len();
    let codes: Vec<u64> = (0..n.saturating_sub(1))
        .filter(|&i| {
            road_code_shaped(tokens.word(i))
                && is_lowercase_word(tokens.word(i + 1))
                && ROAD_NOUNS.contains(&tokens.key(i + 1, i + 2))
        })
        .map(|i| tokens.key(i, i + 1))
        .collect();
    if codes.is_empty() {
        return;
    }
    type_every_mention(tokens, mentions, &codes, EntityKind::Facility, |_| true);
    let covered = covered_tokens(n, mentions);
    let found: Vec<Mention> = (0..n)
        .filter(|&i| !covered[i] && codes.contains(&tokens.key(i, i + 1)))
        .map(|i| Mention {
            first: i,
            end: i + 1,
            kind: EntityKind::Facility,
        })
        .collect();
    add_mentions(mentions, found);
}

/// "the 5th Circuit", "the 9th U.S. Circuit Court of Appeals": an ordinal right before a
/// body's name is part of it.
fn ordinals_opening_bodies(tokens: &Tokens, mentions: &mut [Mention]) {
    let ordinal = |w: &str| {
        let digits = w.trim_end_matches(char::is_alphabetic);
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["st", "nd", "rd", "th"].contains(&&w[digits.len()..])
    };
    for k in 0..mentions.len() {
        let first = mentions[k].first;
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        if mentions[k].kind == EntityKind::Org && first > floor && ordinal(tokens.word(first - 1)) {
            mentions[k].first = first - 1;
        }
    }
}

/// "the University of Texas at Austin": a university of a place, "at" and its campus town
/// are one body (`data/campus_heads.txt`).
fn campuses(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        let campus_head = a.kind == EntityKind::Org
            && a.end - a.first >= 3
            && CAMPUS_HEADS.contains(&tokens.key(a.first, a.first + 1))
            && tokens.word(a.first + 1) == "of";
        if campus_head
            && b.first == a.end + 1
            && tokens.word(a.end) == "at"
            && matches!(b.kind, EntityKind::Gpe | EntityKind::Loc)
        {
            mentions[k].end = mentions[k + 1].end;
            mentions.remove(k + 1);
        }
        k += 1;
    }
}

/// "Kafubu Water and Sanitation Company" tagged as "Kafubu Water" and "Sanitation Company": a
/// body's name of two or more words with no head of its own, "and", and a body right after
/// that ends in a body's head are one name ("Toyota and Honda Motor" stay two: one word).
fn bodies_joined_by_and(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        // ("National Search and Rescue Agency": the first part may be typed a place, unless a
        // gazetteer names it one.)
        let known_place = tokens.known_place(a.first, a.end);
        let first_part = a.kind == EntityKind::Org
            || matches!(a.kind, EntityKind::Gpe | EntityKind::Misc) && !known_place;
        let joined = first_part
            && b.kind == EntityKind::Org
            && a.end - a.first >= 2
            && b.first == a.end + 1
            && tokens.word(a.end) == "and"
            // ("Norwegian Water Resources and Energy Directorate": a company's head before
            // "and" is a remit's word where an institution's head closes the name.)
            && (!body_head_at(tokens, a.end - 1)
                || INSTITUTION_HEADS.contains(&tokens.key(b.end - 1, b.end))
                    && !INSTITUTION_HEADS.contains(&tokens.key(a.end - 1, a.end)))
            && body_head_at(tokens, b.end - 1)
            && !tokens.has(a.first, a.end, Kind::Org);
        if joined {
            mentions[k].end = mentions[k + 1].end;
            mentions[k].kind = EntityKind::Org;
            mentions.remove(k + 1);
            continue;
        }
        k += 1;
    }
}

/// Heads of bodies named by their remit (`data/remit_heads.txt`).
static REMIT_HEADS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/remit_heads.txt")));

/// "the Ethics and Anti-Corruption Commission" tagged as "Ethics" and "Anti-Corruption
/// Commission", "the Energy and Water Ministry" as "Water Ministry": a single capitalised word
/// before "and" and a body named by its remit (`data/remit_heads.txt`) opens that body's
/// name, when no gazetteer names the word a body, place or people of its own ("Kenya and
/// European Commission officials"). A sentence's opening "The" is no part of such a name.
fn remits_joined_by_and(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let b = &mentions[k];
        // ("Maritime and Port Authority of Singapore": the head before "of".)
        let head_end = (b.first + 1..b.end)
            .find(|&i| tokens.word(i) == "of")
            .unwrap_or(b.end);
        let remit_body = b.kind == EntityKind::Org
            && REMIT_HEADS.contains(&tokens.key(head_end - 1, head_end))
            && !tokens.has(b.first, b.end, Kind::Org);
        if remit_body
            && b.end - b.first >= 3
            && tokens.word(b.first) == "The"
            && opens_sentence(tokens, b.first)
        {
            mentions[k].first += 1;
        }
        let b = &mentions[k];
        let Some(word) = b.first.checked_sub(2) else {
            k += 1;
            continue;
        };
        // (The word must stand alone: "Ministry of Defence and Water Board" holds names of
        // its own.)
        let alone = word == 0
            || opens_sentence(tokens, word)
            || !is_capitalized(tokens.word(word - 1))
            || tokens.word(word - 1) == "The";
        // ("the Ethiopian Coffee and Tea Authority": a nationality right before the word opens
        // the body's name, as before any body's.)
        let nationality_before = k > 0
            && word > 0
            && mentions[k - 1].end == word
            && mentions[k - 1].first + 1 == word
            && mentions[k - 1].kind == EntityKind::Norp
            && tokens.has(word - 1, word, Kind::Demonym);
        let alone = alone || nationality_before;
        let taken = k > 0 && mentions[k - 1].end > word;
        // ("the Peace and Security Council" tagged "Peace", an ORG of one word no gazetteer
        // knows, and "Security Council".)
        let taken_alone = taken
            && mentions[k - 1].first == word
            && mentions[k - 1].end == word + 1
            && matches!(
                mentions[k - 1].kind,
                EntityKind::Misc | EntityKind::Org | EntityKind::Person | EntityKind::Gpe
            );
        let joined = remit_body
            && tokens.word(b.first - 1) == "and"
            && is_capitalized_letters(tokens.word(word))
            && !is_acronym(tokens.word(word))
            && alone
            && (!taken || taken_alone)
            && !tokens.known_place(word, word + 1)
            && ![Kind::Org, Kind::Demonym, Kind::Group, Kind::Country]
                .into_iter()
                .any(|kind| tokens.has(word, word + 1, kind));
        if joined {
            mentions[k].first = word;
            if nationality_before {
                mentions[k].first = word - 1;
                mentions.remove(k - 1);
                continue;
            }
            if taken_alone {
                mentions.remove(k - 1);
                continue;
            }
        }
        k += 1;
    }
}

/// "the Ministry of Economic Affairs and Employment": a body named "head of X" goes on over
/// "and" through capitalised words no mention holds, which name the rest of its remit.
fn portfolios_joined_by_and(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let of = (m.first + 1..m.end).find(|&i| tokens.word(i) == "of");
        let named_by_remit = m.kind == EntityKind::Org
            && of.is_some_and(|of| body_head_at(tokens, of - 1))
            && tokens.word(m.end) == "and";
        if !named_by_remit {
            continue;
        }
        let ceiling = mentions
            .get(k + 1)
            .map_or(tokens.words.len(), |next| next.first);
        let end = capitalised_run_end(tokens, m.end + 1, ceiling.min(m.end + 4));
        // (Only a run that ends the name: "Ministry of Defence and Lockheed Martin" would
        // have a mention of its own.)
        if end > m.end + 1 && !is_capitalized_letters(tokens.word(end)) {
            mentions[k].end = end;
        }
    }
}

/// "the Norwegian Fishermen's Association", "the Kenya Farmers' Union": a capitalised plural
/// with a possessive, then a body's name ending in a head, is one body's name, with the
/// name or nationality right before the plural.
fn bodies_of_a_possessive_plural(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let b = &mentions[k];
        let possessive = |i: usize| matches!(tokens.word(i), "'s" | "’s" | "'" | "’");
        // ("Seamen's Federation" may hold its plural: the possessive is then its second word.)
        let holds_plural = b.end - b.first > 2 && possessive(b.first + 1);
        // ("Association" alone taken for a person is the body's head too.)
        let joins = b.first >= 2
            && (matches!(b.kind, EntityKind::Org | EntityKind::Misc)
                || b.kind == EntityKind::Person && b.end - b.first == 1)
            && (possessive(b.first - 1) || holds_plural)
            && body_head_at(tokens, b.end - 1);
        let plural = if holds_plural {
            b.first
        } else {
            b.first.saturating_sub(2)
        };
        let plural_word = tokens.word(plural);
        let plural_noun = joins
            && plural_word.starts_with(|c: char| c.is_uppercase())
            && (plural_word.ends_with('s')
                || plural_word.ends_with("men")
                || matches!(plural_word, "People" | "Children"))
            && !tokens.known_place(plural, plural + 1)
            && !tokens.has(plural, plural + 1, Kind::FirstName);
        if !plural_noun {
            k += 1;
            continue;
        }
        // The mention that holds the plural ("Norwegian Fishermen"), or the one right before
        // it ("Kenya" before "Farmers"); never a person's.
        let given_named = |m: &Mention| {
            m.kind == EntityKind::Person && tokens.has(m.first, m.first + 1, Kind::FirstName)
        };
        // ("Panhellenic Seamen" taken for a person: one with no given name joins too.)
        // ("Negeri Sembilan Inshore Fishermen's": a capitalised word the tagger left out may
        // stand between them.)
        let before = k.checked_sub(1).filter(|&j| {
            let m = &mentions[j];
            let no_person = m.kind != EntityKind::Person || !given_named(m) && m.end - m.first > 1;
            let bridged = m.end < plural
                && plural - m.end <= 2
                && (m.end..plural).all(|i| is_capitalized(tokens.word(i)));
            no_person && (m.end == plural + 1 || m.end == plural || bridged)
        });
        // ("Peter Jones's Foundation": a person's name before the possessive is no plural.)
        let persons_name = k
            .checked_sub(1)
            .is_some_and(|j| given_named(&mentions[j]) && mentions[j].end == plural + 1);
        if holds_plural && before.is_none() || persons_name {
            k += 1;
            continue;
        }
        let first = before.map_or(plural, |j| mentions[j].first);
        let end = mentions[k].end;
        let at = before.unwrap_or(k);
        mentions.drain(at..=k);
        mentions.insert(
            at,
            Mention {
                first,
                end,
                kind: EntityKind::Org,
            },
        );
        k = at + 1;
    }
}

/// "Haldermatt & Cie", "Procter & Gamble": names joined by "&" are one body.
/// "Electricidade de Moçambique", "Unión de Trabajadores de la Educación": a body's name in a
/// Romance language goes on through "de", "de la", "do", "del" to the capitalised name after
/// it, which the tagger may have taken for a name of its own; so does a place's.
fn bodies_joined_by_romance_particles(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (m, next) = (&mentions[k], &mentions[k + 1]);
        let gap = m.end..next.first;
        // ("Coclé del Norte River", "Santiago de Chile": a place's name goes on the same way,
        // and takes the type of its last part.)
        let place = |kind: EntityKind| {
            matches!(
                kind,
                EntityKind::Gpe | EntityKind::Loc | EntityKind::Facility
            )
        };
        // ("Coclé" may be left MISC before a feature typed by its head: "Norte River".)
        // ("Banco del Pacífico Sur": a body's opening word, whatever the tagger typed.)
        let opener = ORG_OPENERS.contains(&tokens.key(m.first, m.first + 1));
        let body = m.kind == EntityKind::Org || opener;
        let joined_kind = if body {
            Some(EntityKind::Org)
        } else if place(m.kind) && place(next.kind)
            || m.kind == EntityKind::Misc
                && matches!(next.kind, EntityKind::Loc | EntityKind::Facility)
        {
            Some(next.kind)
        } else if place(m.kind) && next.kind == EntityKind::Misc && next.end - next.first == 1 {
            // ("Lamas de Olo": a one-word MISC after the particle ends the place's name.)
            Some(m.kind)
        } else {
            None
        };
        let joined = joined_kind.is_some()
            && (1..=2).contains(&gap.len())
            && gap
                .clone()
                .all(|i| is_romance_particle(tokens.word(i), false, body))
            && is_romance_particle(tokens.word(m.end), true, body)
            && is_capitalized(tokens.word(next.first))
            // (A lone opener the tagger cut off, "Banco" before "del Pacífico Sur", takes the
            // "person" after it; "Banco Sol de Maria Silva" names her.)
            && (next.kind != EntityKind::Person || opener && m.end - m.first == 1);
        if let Some(kind) = joined_kind.filter(|_| joined) {
            mentions[k].end = next.end;
            mentions[k].kind = kind;
            mentions.remove(k + 1);
            continue;
        }
        k += 1;
    }
}

/// How a Romance particle may join two names (`data/romance_particles.txt`).
#[derive(Clone, Copy, PartialEq)]
enum ParticleRole {
    /// May open the join of any name: "de", "del", "di".
    Opens,
    /// May open the join of a body's name only: "por", "para".
    OpensBody,
    /// An article, only after an opening particle: "de la", "por el".
    Follows,
}

/// Particles inside Romance names of bodies and places, and how each may join
/// (`data/romance_particles.txt`).
static ROMANCE_PARTICLES: LazyLock<Vec<(&'static str, ParticleRole)>> = LazyLock::new(|| {
    crate::lexicon::lines(include_str!("../data/romance_particles.txt"))
        .filter_map(|l| l.split_once(' '))
        .map(|(word, role)| {
            let role = match role.trim() {
                "opens" => ParticleRole::Opens,
                "opens-body" => ParticleRole::OpensBody,
                _ => ParticleRole::Follows,
            };
            (word, role)
        })
        .collect()
});

/// Whether `word` is a Romance particle that may open the join (`opening`) of a body's name
/// (`body`) or a place's, or stand inside one.
fn is_romance_particle(word: &str, opening: bool, body: bool) -> bool {
    ROMANCE_PARTICLES.iter().any(|&(particle, role)| {
        particle == word
            && match role {
                ParticleRole::Opens => true,
                ParticleRole::OpensBody => body,
                ParticleRole::Follows => !opening,
            }
    })
}

fn bodies_joined_by_ampersand(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    // A name the tagger found only after the "&" begins with the capitalised word before it;
    // a "person" with "&" inside is a firm ("Marks & Spencer").
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if (m.first..m.end).any(|i| tokens.word(i) == "&") {
            mentions[k].kind = EntityKind::Org;
        }
        let first = mentions[k].first;
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        if first >= floor + 2
            && tokens.word(first - 1) == "&"
            && is_capitalized_letters(tokens.word(first - 2))
        {
            mentions[k].first = first - 2;
            mentions[k].kind = EntityKind::Org;
        }
    }
    let mut k = 0;
    while k < mentions.len() {
        let amp = mentions[k].end;
        if tokens.word(amp) != "&" || !is_capitalized_letters(tokens.word(amp + 1)) {
            k += 1;
            continue;
        }
        // The name after "&": the next mention there, or the capitalised words.
        let end = match mentions.get(k + 1) {
            Some(next) if next.first == amp + 1 => next.end,
            _ => {
                let mut end = amp + 1;
                while end < tokens.words.len() && is_capitalized_letters(tokens.word(end)) {
                    end += 1;
                }
                end
            }
        };
        mentions[k].end = end;
        mentions[k].kind = EntityKind::Org;
        while mentions.get(k + 1).is_some_and(|next| next.first < end) {
            mentions.remove(k + 1);
        }
        k += 1;
    }
}

/// "the Crown Prosecution Service" tagged "Prosecution Service", "Biden's Justice Department"
/// tagged as a person "Department": a capitalised title word right before a body whose name
/// ends in a body's head, after "the", a lower-case word or a possessive, is the body's first
/// word ("Crown" is a title in "Crown Prince", "Justice" in "Chief Justice").
fn titles_opening_bodies(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = mentions[k].clone();
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let body_head = body_head_at(tokens, m.end - 1);
        let title_before = m.first >= floor + 2
            && is_capitalized(tokens.word(m.first - 1))
            && tokens.has(m.first - 1, m.first, Kind::Title)
            && (is_lowercase_word(tokens.word(m.first - 2))
                || matches!(tokens.word(m.first - 2), "'s" | "’s"));
        // ("Biden's Justice Department" tagged as a person "Department": a head word alone is
        // no person.)
        let lone_head = m.end - m.first == 1
            && m.kind == EntityKind::Person
            && is_org_head(tokens.word(m.first));
        if (m.kind == EntityKind::Org && m.end - m.first > 1 || lone_head)
            && body_head
            && title_before
        {
            mentions[k].first -= 1;
            mentions[k].kind = EntityKind::Org;
        }
    }
}

/// "Jonas de Wit" tagged "de Wit": a capitalised word right before a person's name that opens
/// with a lower-case particle ("de", "van", "al") is the given name, where it is a known given
/// name or a word the unlabeled text never writes in lower case.
fn given_names_before_particles(tokens: &Tokens, mentions: &mut [Mention]) {
    // "Van Wyk said": a capitalised particle right before a person's name opens it.
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person
            && m.first > 0
            && matches!(
                tokens.word(m.first - 1),
                "Van" | "Von" | "De" | "Du" | "Da" | "Di" | "Del" | "Le"
            )
        {
            m.first -= 1;
        }
    }
    // (A word of a longer name is no given name: "Banco Sol de Maria Silva".)
    let in_longer_name: Vec<usize> = mentions
        .iter()
        .filter(|m| m.end - m.first > 1)
        .flat_map(|m| m.first..m.end)
        .collect();
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person || m.first == 0 {
            continue;
        }
        // "Rohan de Silva" with only "Silva" a person (its apposition typed it): the particle
        // before the name opens it too.
        let particle_first =
            if m.first >= 2 && SURNAME_PARTICLES.contains(&tokens.word(m.first - 1)) {
                m.first - 1
            } else if m.end - m.first >= 2 && SURNAME_PARTICLES.contains(&tokens.word(m.first)) {
                m.first
            } else {
                continue;
            };
        let given = particle_first - 1;
        if particle_first < m.first && in_longer_name.contains(&given) {
            continue;
        }
        let word = tokens.word(given);
        let key = tokens.key(given, given + 1);
        let name_like = is_capitalized_letters(word)
            && (tokens.has(given, given + 1, Kind::FirstName)
                || (LEXICON.get(key).is_none() && !crate::clusters::CLUSTERS.contains(key)));
        if name_like {
            m.first = given;
        }
    }
}

/// "Lotte van Rijn" tagged as the company "Lotte" and the river "Rijn": a capitalised word,
/// lower-case "van" or "von" (with "der" or "den"), and a capitalised word are one person's
/// name, whatever the tagger made of the parts. ("de", "da", "al" open names of places and
/// bodies too: "Rio de Janeiro", "Banco de España".)
fn names_with_van_or_von(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let n = tokens.words.len();
    for i in 0..n.saturating_sub(2) {
        if !matches!(tokens.word(i + 1), "van" | "von") || !is_capitalized_letters(tokens.word(i)) {
            continue;
        }
        let mut last = i + 2;
        if matches!(tokens.word(last), "der" | "den") {
            last += 1;
        }
        if last >= n || !is_capitalized_letters(tokens.word(last)) {
            continue;
        }
        let end = last + 1;
        let known_place = tokens.known_place(i, end);
        if !known_place {
            found.push(Mention {
                first: i,
                end,
                kind: EntityKind::Person,
            });
        }
    }
    for person in found {
        mentions.retain(|m| m.end <= person.first || person.end <= m.first);
        let at = mentions.partition_point(|m| m.first < person.first);
        mentions.insert(at, person);
    }
}

/// Lower-case particles that open a surname ("de Wit", "van der Berg", "al-Sadr" aside).
const SURNAME_PARTICLES: [&str; 17] = [
    "de", "del", "della", "da", "di", "do", "dos", "du", "van", "von", "der", "den", "ter", "al",
    "el", "bin", "ibn",
];

/// "Rezaul Karim Bhuiyan, an executive engineer at the board": a name with an apposition
/// headed by a noun of a person's occupation or role (`data/apposed_person_nouns.txt`) is a
/// person's, and so are the name's other full mentions in the document.
fn persons_by_apposition(tokens: &Tokens, mentions: &mut [Mention]) {
    let mut persons: Vec<u64> = Vec::new();
    for m in mentions.iter() {
        // ("the mayor of Chivay, a former teacher": after "of" a place's apposition goes with
        // the noun before it.)
        let place_after_of = matches!(m.kind, EntityKind::Gpe | EntityKind::Loc)
            && m.first > 0
            && tokens.word(m.first - 1) == "of";
        // ("On Oliver Plunkett Street, a pharmacist said": a name headed by a place's or a
        // structure's word is where the apposed person was.)
        let place_head = matches!(
            head_type(tokens, m),
            Some(EntityKind::Facility | EntityKind::Loc | EntityKind::Gpe)
        );
        if m.kind == EntityKind::Person || place_after_of || place_head || tokens.word(m.end) != ","
        {
            continue;
        }
        // "a 52-year-old nurse", "the agency's director", or no article: "head of research".
        let opener = match tokens.word(m.end + 1) {
            "a" | "an" | "the" => m.end + 2,
            _ => m.end + 1,
        };
        // Up to three plain modifiers ("a 52-year-old", "a senior water"), then the noun,
        // then the phrase ends.
        // (The noun that ends the phrase: "an executive engineer" is headed by "engineer".)
        let ends_phrase = |head: usize| {
            let next = tokens.word(head + 1);
            !next.chars().next().is_some_and(char::is_alphanumeric)
                || matches!(
                    next,
                    "at" | "of" | "for" | "with" | "in" | "from" | "who" | "and"
                )
        };
        let head = (opener..opener + 4).find(|&i| {
            APPOSED_PERSON_NOUNS.contains(&tokens.key(i, i + 1))
                && is_lowercase_word(tokens.word(i))
                && ends_phrase(i)
        });
        let Some(head) = head else { continue };
        // (A place the lexicon knows stays one, and a place before "the" may open a list or
        // a clause: "the capital Grozny, the commander of".)
        if matches!(m.kind, EntityKind::Gpe | EntityKind::Loc)
            && (LEXICON.get(tokens.key(m.first, m.end)).is_some()
                || tokens.word(m.end + 1) == "the")
        {
            continue;
        }
        let plain_modifiers = (opener..head).all(|i| {
            is_lowercase_word(tokens.word(i))
                || tokens
                    .word(i)
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-')
        });
        let next = tokens.word(head + 1);
        // ("an interview with the BBC, a Ukrainian presidential adviser, Olena Marchuk,
        // said": the description goes with the name after it.)
        let name_after = next == ","
            && tokens
                .word(head + 2)
                .starts_with(|c: char| c.is_uppercase());
        if plain_modifiers && !name_after {
            persons.push(tokens.key(m.first, m.end));
        }
    }
    type_every_mention(tokens, mentions, &persons, EntityKind::Person, |_| true);
}

/// "farmer Slamet, who like many Indonesians uses one name": an unknown name right after a
/// lower-case noun of a person's occupation (`data/apposed_person_nouns.txt`) is that person,
/// whatever the tagger typed it, and so are its other full mentions.
fn persons_after_their_occupation(tokens: &Tokens, mentions: &mut [Mention]) {
    let mut persons: Vec<u64> = Vec::new();
    for m in mentions.iter() {
        // (The noun opens its phrase: "a state engineer Comelf" names a firm by its trade.)
        let occupation_before = m.first > 0
            && is_lowercase_word(tokens.word(m.first - 1))
            && APPOSED_PERSON_NOUNS.contains(&tokens.key(m.first - 1, m.first))
            && (m.first < 2 || {
                let before = tokens.word(m.first - 2);
                !is_lowercase_word(before) || matches!(before, "the" | "a")
            });
        let retyped = matches!(
            m.kind,
            EntityKind::Org | EntityKind::Misc | EntityKind::Gpe | EntityKind::Loc
        );
        // (A name the lexicon or a head word types stays: "engineer Siemens" is rare, "the
        // farmer Cooperative Bank" rarer still, but a known place or body is no person.)
        if occupation_before
            && retyped
            && m.end - m.first <= 3
            && LEXICON.get(tokens.key(m.first, m.end)).is_none()
            && head_type(tokens, m).is_none()
            && !tokens.has(m.end - 1, m.end, Kind::OrgWord)
        {
            persons.push(tokens.key(m.first, m.end));
        }
    }
    type_every_mention(tokens, mentions, &persons, EntityKind::Person, |_| true);
}

/// "the Senate Energy and Natural Resources Committee", "the House Oversight and Government
/// Reform Committee": a chamber's committee named by its remits joined with "and" is one
/// body, however the tagger split it.
fn committees_named_in_full(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let first = mentions[k].first;
        if !matches!(tokens.word(first), "Senate" | "House") {
            k += 1;
            continue;
        }
        // The committee's head, past capitalized words, "and", "&" and commas.
        let mut end = first + 1;
        while end < tokens.words.len()
            && end - first < 14
            && (is_capitalized(tokens.word(end)) || matches!(tokens.word(end), "and" | "&" | ","))
            && !matches!(tokens.word(end), "Committee" | "Subcommittee")
        {
            end += 1;
        }
        let head = end < tokens.words.len()
            && matches!(tokens.word(end), "Committee" | "Subcommittee")
            && (first..end).any(|i| tokens.word(i) == "and");
        if !head {
            k += 1;
            continue;
        }
        let whole = Mention {
            first,
            end: end + 1,
            kind: EntityKind::Org,
        };
        mentions.retain(|m| m.end <= first || m.first > end);
        let at = mentions.partition_point(|m| m.first < first);
        mentions.insert(at, whole);
        k = at + 1;
    }
}

/// "Pieter van Wyk said ... According to van Wyk": a surname's particle that the text gave
/// the full name with stays with the surname alone (the tagger leaves the lower-case
/// particle out when the name opens with it).
fn surname_particles_restored(tokens: &Tokens, mentions: &mut [Mention]) {
    let full: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.end - m.first >= 3)
        .map(|m| (m.first, m.end))
        .collect();
    for m in mentions.iter_mut() {
        // ("Van der Westhuizen": every particle before it.)
        while m.kind == EntityKind::Person
            && m.first > 0
            && SURNAME_PARTICLES.contains(&tokens.word(m.first - 1).to_lowercase().as_str())
        {
            let len = m.end - m.first + 1;
            let same_surname = full.iter().any(|&(first, end)| {
                end - first > len
                    && (0..len).all(|k| {
                        tokens
                            .word(end - len + k)
                            .eq_ignore_ascii_case(tokens.word(m.first - 1 + k))
                    })
            });
            if !same_surname {
                break;
            }
            m.first -= 1;
        }
    }
}

/// "Italy's National Anti-Corruption Authority" tagged "National" and "Anti-Corruption
/// Authority": a body's name that follows another name with no word between is its rest
/// (a list or apposition would have a comma or a word between).
fn bodies_split_without_a_gap(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 1;
    while k < mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        let joined = b.first == a.end
            && b.kind == EntityKind::Org
            && matches!(a.kind, EntityKind::Org | EntityKind::Misc)
            && a.end - a.first == 1
            && is_capitalized_letters(tokens.word(a.first));
        if joined {
            mentions[k - 1].end = mentions[k].end;
            mentions[k - 1].kind = EntityKind::Org;
            mentions.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "Mount Raung erupted ... Raung's last eruption": a mountain's or lake's own name alone,
/// after the text named it with its title, is that place (the tagger took it for a person).
fn landforms_by_their_own_name(tokens: &Tokens, mentions: &mut [Mention]) {
    const LANDFORM_TITLES: [&str; 5] = ["Mount", "Mt.", "Lake", "Volcano", "Cape"];
    let mut names: Vec<u64> = Vec::new();
    for m in mentions.iter() {
        if m.kind == EntityKind::Loc
            && m.end - m.first >= 2
            && LANDFORM_TITLES.contains(&tokens.word(m.first))
        {
            names.push(tokens.key(m.first + 1, m.end));
        }
    }
    if names.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Loc
            && names.contains(&tokens.key(m.first, m.end))
            && LEXICON.get(tokens.key(m.first, m.end)).is_none()
        {
            m.kind = EntityKind::Loc;
        }
    }
}

/// Nouns of people's occupations and roles that head an apposition
/// (`data/apposed_person_nouns.txt`).
static APPOSED_PERSON_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/apposed_person_nouns.txt")));

/// Words that may follow the head noun of an apposition ("a startup that", "a firm based in").
const FUNCTION_AFTER_HEAD: [&str; 13] = [
    "that", "which", "whose", "in", "of", "with", "based", "founded", "owned", "from", "and",
    "for", "the",
];

/// "the Organization for Security and Co-operation in Europe", "Médecins Sans Frontières":
/// where the lexicon knows a body by a longer name than the tagger's ORG (or a name of
/// another type, begun a word or two late), the whole name is one ORG (the tagger may end it
/// before "in Europe" and take Europe for a place).
fn known_bodies_in_full(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    const LONGEST: usize = 8;
    let n = tokens.words.len();
    let mut grown = false;
    for m in mentions.iter_mut() {
        // The tagger cuts a known long name short at a lower-case joining word ("in", "for",
        // "and", "of", "on"); elsewhere there is nothing to look up.
        if m.kind != EntityKind::Org
            || !matches!(
                tokens.word(m.end),
                "in" | "for" | "and" | "of" | "on" | "the"
            )
        {
            continue;
        }
        let first = m.first;
        let full = (m.end + 1..=(first + LONGEST).min(n))
            .rev()
            .find(|&end| tokens.has(first, end, Kind::Org));
        if let Some(end) = full {
            m.end = end;
            grown = true;
        }
    }
    // "Médecins Sans Frontières" tagged from its second word: the capitalised words right
    // before a name that make a body the lexicon knows are part of it.
    for k in 0..mentions.len() {
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let m = &mentions[k];
        let start = (m.first.saturating_sub(2).max(floor)..m.first).find(|&start| {
            (start..m.first).all(|i| is_capitalized(tokens.word(i)))
                && tokens.has(start, m.end, Kind::Org)
        });
        if let Some(start) = start {
            mentions[k].first = start;
            mentions[k].kind = EntityKind::Org;
        }
    }
    if grown {
        let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions.drain(..) {
            if kept.last().is_some_and(|prev| m.first < prev.end) {
                continue;
            }
            kept.push(m);
        }
        *mentions = kept;
    }
}

/// "the village of Kok-Tash", "the town of Nantucket": a name right after a settlement noun
/// and "of" (`data/place_heads_of.txt`) is that place, whatever the tagger made of it; and
/// "in Puente Alto", "near Verbier": a "person" right after a preposition of place, with no
/// given name and no possessive, is a place.
fn places_after_place_nouns(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        // (A "person" there is the place too, unless a given name opens it.)
        let given_name =
            m.kind == EntityKind::Person && tokens.has(m.first, m.first + 1, Kind::FirstName);
        if m.first < 3 || given_name {
            continue;
        }
        // ("the valley of the Imja Khola": a river's name keeps its article.)
        let linked = if tokens.word(m.first - 1) == "the" {
            m.first - 2
        } else {
            m.first - 1
        };
        if linked < 2 {
            continue;
        }
        let noun = tokens.word(linked - 1);
        if tokens.word(linked) == "of" {
            if let Some(&(_, kind)) = PLACE_HEADS_OF.iter().find(|(head, _)| *head == noun) {
                m.kind = kind;
            }
        }
        // "rivers such as the Etneelva", "provinces such as Sindh": an example of natural
        // features or governed units is one of them.
        if tokens.word(linked) == "as" && noun == "such" && tokens.word(linked - 2).ends_with('s') {
            let plural = tokens.key(linked - 2, linked - 1);
            if LANDFORM_NOUNS.contains(&plural) {
                m.kind = EntityKind::Loc;
            } else if GOVERNED_UNIT_NOUNS.contains(&plural) {
                m.kind = EntityKind::Gpe;
            }
        }
    }
    // ("regions such as Antofagasta and Atacama": the rest of the list too.)
    let mut in_example_list = false;
    for k in 1..mentions.len() {
        let (before, m) = (&mentions[k - 1], &mentions[k]);
        let after_such_as = |first: usize| {
            first >= 2 && tokens.word(first - 1) == "as" && tokens.word(first - 2) == "such"
        };
        in_example_list = (in_example_list
            || after_such_as(before.first)
            || before.first >= 1
                && tokens.word(before.first - 1) == "the"
                && after_such_as(before.first - 1))
            && m.first == before.end + 1
            && matches!(tokens.word(before.end), "and" | "or" | ",")
            && matches!(before.kind, EntityKind::Loc | EntityKind::Gpe)
            && m.kind != EntityKind::Person;
        if in_example_list {
            mentions[k].kind = mentions[k - 1].kind;
        }
    }
    // "near Le Conquet", "outside Plougastel-Daoulas" taken for a body: a name after "near"
    // or "outside" that no gazetteer knows as a body and no body's head closes is a place.
    for m in mentions.iter_mut() {
        let placed = m.kind == EntityKind::Org
            && m.first > 0
            && matches!(tokens.word(m.first - 1), "near" | "outside")
            && !tokens.has(m.first, m.end, Kind::Org)
            && !is_acronym(tokens.word(m.first))
            // (Short: "outside Manchester Royal Infirmary" is a body's building; and not
            // before a body's noun: "outside Air France headquarters".)
            && m.end - m.first <= 2
            && !ORG_CONTEXT_NOUNS.contains(&tokens.key(m.end, m.end + 1))
            && head_type(tokens, m).is_none()
            && !body_head_at(tokens, m.end - 1)
            && !matches!(tokens.word(m.end), "'s" | "’s" | "'" | "’");
        if placed {
            m.kind = EntityKind::Gpe;
        }
    }
    for m in mentions.iter_mut() {
        // (One word; two only in a fronted "In X Y,": "near Ana Park" may be a person.)
        let placed = m.kind == EntityKind::Person
            && m.first > 0
            && (m.end - m.first == 1
                && matches!(tokens.word(m.first - 1), "in" | "near" | "outside" | "above")
                || m.end - m.first <= 2
                    && matches!(tokens.word(m.first - 1), "In" | "Near" | "Outside")
                    && tokens.word(m.end) == ",")
            && !tokens.has(m.first, m.first + 1, Kind::FirstName)
            && !matches!(tokens.word(m.end), "'s" | "’s" | "'" | "’")
            // ("We believe in God": faith, not a place.)
            && !(m.first > 1
                && matches!(
                    tokens.word(m.first - 2),
                    "believe" | "believes" | "believed" | "trust" | "faith"
                ));
        if placed {
            m.kind = EntityKind::Gpe;
        }
    }
}

/// "the Surma and Kushiyara rivers", "the Meghna river": a name right before a lower-case
/// noun of a natural feature (`data/landform_nouns.txt`), or listed with one that is ("the
/// Surma and Kushiyara", "the Arequipa, Moquegua and Puno regions"), names that feature (LOC);
/// so does every mention of the same name in the document. Before a noun of a governed unit
/// (`data/governed_unit_nouns.txt`: "the Gedo region") the name is that unit, GPE.
fn names_before_landform_nouns(tokens: &Tokens, mentions: &mut [Mention]) {
    names_before_place_nouns(tokens, mentions, &LANDFORM_NOUNS, EntityKind::Loc);
    names_before_place_nouns(tokens, mentions, &GOVERNED_UNIT_NOUNS, EntityKind::Gpe);
    for m in mentions.iter_mut() {
        let structure = tokens.word(m.end).starts_with(|c: char| c.is_lowercase())
            && (FACILITY_NOUNS.contains(&tokens.key(m.end, m.end + 1))
                || FACILITY_NOUNS.contains(&tokens.key(m.end, m.end + 2)))
            // (A "person" with no given name too: "the Córrego Fundo dam".)
            && m.kind != EntityKind::Norp
            && !(m.kind == EntityKind::Person && tokens.has(m.first, m.first + 1, Kind::FirstName))
            && !tokens.known_place(m.first, m.end);
        if structure {
            m.kind = EntityKind::Facility;
        }
    }
}

/// Lower-case nouns of built structures after a name (`data/facility_nouns.txt`).
static FACILITY_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/facility_nouns.txt")));

fn names_before_place_nouns(
    tokens: &Tokens,
    mentions: &mut [Mention],
    nouns: &crate::features::KeySet,
    kind: EntityKind,
) {
    let mut places: Vec<u64> = Vec::new();
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let next = tokens.word(m.end);
        // (Lower case only: "Tampa Bay Buccaneers" is no bay.)
        // (Nor a known region's name, used as an adjective: "an Arctic island", "a Pacific
        // island" name no island.)
        // ("East Java volcano": a governed place the lexicon knows, before a landform, says
        // where the landform is.)
        if !next.starts_with(|c: char| c.is_lowercase())
            || !nouns.contains(&tokens.key(m.end, m.end + 1))
            || tokens.has(m.first, m.end, Kind::Location)
            || kind == EntityKind::Loc && tokens.governed_place(m.first, m.end)
        {
            continue;
        }
        places.push(tokens.key(m.first, m.end));
        // ("the Surma and Kushiyara rivers": the others of the list too, each one word of
        // "and" or a comma before the next.)
        let mut later = m;
        for before in mentions[..k].iter().rev() {
            let joined = before.end + 1 == later.first
                && (tokens.word(before.end) == ","
                    || tokens.word(before.end) == "and" && later.first == m.first);
            if !joined {
                break;
            }
            places.push(tokens.key(before.first, before.end));
            later = before;
        }
    }
    // (A nationality or an adjective before the noun is no name of it: "three Mexican
    // states", "Northern and Northeastern states", "Swiss glaciers".)
    type_every_mention(tokens, mentions, &places, kind, |m| {
        m.kind != EntityKind::Person
            && !(m.kind == EntityKind::Norp && tokens.has(m.first, m.end, Kind::Demonym))
            && !(kind == EntityKind::Gpe
                && matches!(
                    m.kind,
                    EntityKind::Loc | EntityKind::Norp | EntityKind::Misc
                ))
    });
}

/// Lower-case nouns of governed units after a name (`data/governed_unit_nouns.txt`).
static GOVERNED_UNIT_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/governed_unit_nouns.txt")));

/// First words of natural places' names: mountains, lakes, gulfs, wadis
/// (`data/place_openers.txt`).
static PLACE_OPENERS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/place_openers.txt")));

/// The first words of [`PLACE_OPENERS`] ("Gulf" of "Gulf of"): only from one can an opener
/// begin, so a pass over every token looks the rest up only there.
static PLACE_OPENER_FIRST_WORDS: LazyLock<crate::features::KeySet> = LazyLock::new(|| {
    include_str!("../data/place_openers.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .map(|w| lower_key_words(std::iter::once(w)))
        .collect()
});

/// Openers of a structure's name before "of" and a place (`data/facility_openers.txt`).
static FACILITY_OPENERS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/facility_openers.txt")));

/// "the Port of Vancouver" tagged as "Vancouver": a place after a structure's opener and "of"
/// (`data/facility_openers.txt`) is the structure's name, FAC, opener included.
fn structures_named_after_places(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let floor = if k == 0 { 0 } else { mentions[k - 1].end };
        let m = &mentions[k];
        if !matches!(m.kind, EntityKind::Gpe | EntityKind::Loc) || m.first < floor + 2 {
            continue;
        }
        let opener = m.first - 2;
        if tokens.word(m.first - 1) == "of"
            && is_capitalized(tokens.word(opener))
            && FACILITY_OPENERS.contains(&tokens.key(opener, opener + 1))
        {
            mentions[k].first = opener;
            mentions[k].kind = EntityKind::Facility;
        }
    }
}

/// First words of bodies' names in other languages (`data/org_openers.txt`).
static ORG_OPENERS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/org_openers.txt")));

/// Lower-case nouns of natural features (`data/landform_nouns.txt`).
static LANDFORM_NOUNS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/landform_nouns.txt")));

/// "east of downtown Houston", "in rural Kenya": a known city, capital or country after a
/// word that only a place follows (`data/place_adjectives.txt`) is the place, however the
/// tagger typed it.
fn known_places_after_place_adjectives(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.first > 0
            && tokens.governed_place(m.first, m.end)
            && matches!(
                m.kind,
                EntityKind::Org | EntityKind::Person | EntityKind::Misc
            )
            && PLACE_ADJECTIVES.contains(&tokens.key(m.first - 1, m.first))
            && tokens
                .word(m.first - 1)
                .starts_with(|c: char| c.is_lowercase())
        {
            m.kind = EntityKind::Gpe;
        }
    }
}

/// "Neighbouring Kanchanaburi has reported ...": an adjective of a place opening the sentence
/// (`data/opening_place_adjectives.txt`) is no part of the name after it, and that name is a
/// place (a GPE, as unknown places are, unless already typed a place).
fn opening_place_adjectives(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let first = m.first;
        if m.end - first < 2
            || !opens_sentence(tokens, first)
            || !OPENING_PLACE_ADJECTIVES.contains(&tokens.key(first, first + 1))
            || !is_capitalized(tokens.word(first + 1))
            // ("Rural Development Agency said": a body's words make it a name.)
            || (first + 1..m.end)
                .any(|k| tokens.has(k, k + 1, Kind::OrgWord) || tokens.has(k, k + 1, Kind::Org))
        {
            continue;
        }
        m.first += 1;
        if !matches!(m.kind, EntityKind::Gpe | EntityKind::Loc) {
            m.kind = EntityKind::Gpe;
        }
    }
}

/// "CERT Polska", "NASK Institute": a name that opens with an acronym of three or more
/// capitals, then a word in mixed case, is a body's, never a person's (a person's initials
/// take periods or two letters: "J.R. Smith", "AJ Lee").
fn acronym_led_persons(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person || m.end - m.first < 2 {
            continue;
        }
        let first = tokens.word(m.first);
        let acronym = first.len() >= 3 && first.chars().all(|c| c.is_ascii_uppercase());
        if acronym && (m.first + 1..m.end).any(|k| !is_caps_word(tokens.word(k))) {
            m.kind = EntityKind::Org;
        }
    }
}

/// "the Digi24 television station", "the Kommersant newspaper": a name of one or two words
/// between "the" and a noun of a news outlet (`data/outlet_nouns_after.txt`) is the outlet.
fn outlets_before_nouns(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        // (The cheap tests first: most mentions follow no "the" or run longer.)
        if m.first == 0
            || m.end - m.first > 2
            || !tokens.word(m.first - 1).eq_ignore_ascii_case("the")
            || !is_lowercase_word(tokens.word(m.end))
        {
            continue;
        }
        let Some(noun_len) = [2, 1]
            .into_iter()
            .find(|&n| OUTLET_NOUNS_AFTER.contains(&tokens.key(m.end, m.end + n)))
        else {
            continue;
        };
        // ("the Yugoslav news agency Tanjug", "the Maputo daily Noticias": a nationality or
        // a place before the noun, and the outlet's name after it.)
        let place_or_nation = [Kind::Demonym, Kind::Country, Kind::Capital, Kind::City]
            .iter()
            .any(|&kind| tokens.has(m.first, m.end, kind))
            || m.kind == EntityKind::Norp;
        if !place_or_nation && !is_capitalized(tokens.word(m.end + noun_len)) {
            m.kind = EntityKind::Org;
        }
    }
}

/// "the Times reported", "the Tribune said": a newspaper title's head word alone after "the"
/// (`data/newspaper_heads.txt`) names the paper; the tagger types it MISC out of context.
fn newspapers_by_title_word(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Misc
            && m.end == m.first + 1
            && m.first > 0
            && tokens.word(m.first - 1).eq_ignore_ascii_case("the")
            && NEWSPAPER_HEADS.contains(&tokens.key(m.first, m.end))
        {
            m.kind = EntityKind::Org;
        }
    }
}

/// Head words of newspaper titles (`data/newspaper_heads.txt`).
static NEWSPAPER_HEADS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/newspaper_heads.txt")));

/// Nouns of news outlets after a name (`data/outlet_nouns_after.txt`).
static OUTLET_NOUNS_AFTER: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/outlet_nouns_after.txt")));

/// "cut Romania to BB+ from BBB-": a grade of `data/rating_codes.txt` near a word of ratings
/// (`data/rating_words.txt`) is a credit rating, no body.
fn credit_rating(tokens: &Tokens, m: &Mention) -> bool {
    let word = tokens.word(m.first);
    m.end - m.first == 1
        && word.len() <= 3
        && word.starts_with(['A', 'B', 'C'])
        && RATING_CODES.contains(word)
        && (m.first.saturating_sub(8)..(m.end + 8).min(tokens.words.len()))
            .any(|k| RATING_WORDS.contains(&tokens.key(k, k + 1)))
}

/// Credit grades, as written (`data/rating_codes.txt`; case matters: "A" is a grade, "a" no).
static RATING_CODES: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/rating_codes.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Words of a sentence about credit ratings (`data/rating_words.txt`).
static RATING_WORDS: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/rating_words.txt")));

/// Adjectives of places that open no name (`data/opening_place_adjectives.txt`).
static OPENING_PLACE_ADJECTIVES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/opening_place_adjectives.txt")));

/// Words only a place's name follows (`data/place_adjectives.txt`).
static PLACE_ADJECTIVES: LazyLock<crate::features::KeySet> =
    LazyLock::new(|| key_set(include_str!("../data/place_adjectives.txt")));

/// Settlement nouns before "of" and a name (`data/place_heads_of.txt`).
static PLACE_HEADS_OF: LazyLock<Vec<(&'static str, EntityKind)>> =
    LazyLock::new(|| typed_words(include_str!("../data/place_heads_of.txt")));

/// "WKLM-TV", "KQED-FM": a broadcaster's call sign (capitals, a hyphen, TV/FM/AM) is an ORG.
fn call_signs(tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.end - m.first != 1 {
            continue;
        }
        let word = tokens.word(m.first);
        let is_call_sign = word.rsplit_once('-').is_some_and(|(letters, band)| {
            matches!(band, "TV" | "FM" | "AM" | "DT")
                && (3..=5).contains(&letters.len())
                && letters.chars().all(|c| c.is_ascii_uppercase())
        });
        if is_call_sign {
            m.kind = EntityKind::Org;
        }
    }
}

/// Dashes that end a dateline.
const DATELINE_DASHES: [&str; 4] = ["\u{2014}", "\u{2013}", "-", "--"];
/// The most words of each part of a dateline.
const DATELINE_WORDS: usize = 4;

/// A dateline that opens a line, as token ranges: the place in capitals ("KESSFIELD"), the
/// region after its comma ("Estavia") and the news agency in parentheses ("(MPA)").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    pub place: (usize, usize),
    pub region: Option<(usize, usize)>,
    pub agency: Option<(usize, usize)>,
}

/// A word written in capitals only ("KESSFIELD", "ST."), with at least one letter.
fn is_caps_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
}

/// The datelines of the text: at the start of a line, a place in capitals, then a region
/// after a comma and an agency in parentheses, either or both, and a dash ("KESSFIELD,
/// Estavia (MPA) -"); or the place alone before a long dash ("VELLMAR \u{2014}"). A plain
/// hyphen after capitals alone is a section label ("PRESS DIGEST - Iraq"), and the words
/// after the dash must not be capitals too (a headline in capitals is no dateline).
pub(crate) fn datelines(tokens: &Tokens) -> Vec<Dateline> {
    let n = tokens.words.len();
    let mut found = Vec::new();
    for i in (0..n).filter(|&i| tokens.line_start.get(i).copied().unwrap_or(i == 0)) {
        let mut k = i;
        while k < n && k - i < DATELINE_WORDS && is_caps_word(tokens.word(k)) {
            k += 1;
        }
        let place = (i, k);
        let letters: usize = (i..k)
            .map(|j| tokens.word(j).chars().filter(|c| c.is_alphabetic()).count())
            .sum();
        if letters < 3 {
            continue;
        }
        // A run of capitalised words after `k`, up to the part's limit.
        let capitals = |from: usize| {
            let mut end = from;
            while end < n && end - from < DATELINE_WORDS && is_capitalized(tokens.word(end)) {
                end += 1;
            }
            end
        };
        let mut region = None;
        if tokens.word(k) == "," {
            let end = capitals(k + 1);
            if end == k + 1 {
                continue;
            }
            region = Some((k + 1, end));
            k = end;
        }
        let mut agency = None;
        if tokens.word(k) == "(" {
            let end = capitals(k + 1);
            if end == k + 1 || tokens.word(end) != ")" {
                continue;
            }
            agency = Some((k + 1, end));
            k = end + 1;
        }
        let dash = tokens.word(k);
        let long_dash = matches!(dash, "\u{2014}" | "\u{2013}");
        let after = tokens.word(k + 1);
        if !DATELINE_DASHES.contains(&dash)
            || (region.is_none() && agency.is_none() && !long_dash)
            || after.is_empty()
            || (is_caps_word(after) && after.chars().filter(|c| c.is_alphabetic()).count() > 1)
        {
            continue;
        }
        found.push(Dateline {
            place,
            region,
            agency,
        });
    }
    found
}

/// A dateline's place and region are places and its agency is an ORG, added where the tagger
/// found nothing (a place alone before its dash only where the tagger found a name other than
/// a person or a known body: a heading in capitals is no place); the place's other mentions
/// in the document ("at Kessfield" after "KESSFIELD \u{2014}") are the same place, whatever
/// the tagger made of them (a person stays).
fn dateline_types(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let place_kind = |first: usize, end: usize| {
        if tokens.has(first, end, Kind::Location) {
            EntityKind::Loc
        } else {
            EntityKind::Gpe
        }
    };
    let mut added = Vec::new();
    for d in datelines(tokens) {
        // A place alone before a dash may be a heading ("QUESTIONABLE CLAIMS \u{2014}"): only
        // a name the tagger found there, neither a person nor a known body, is the place.
        // ("MADRID \u{2014}": a city or country the gazetteers know is a place anyway.)
        if d.region.is_none() && d.agency.is_none() {
            let (first, end) = d.place;
            let known_place = [Kind::City, Kind::Capital, Kind::Country]
                .into_iter()
                .any(|kind| tokens.has(first, end, kind));
            let found = mentions.iter().find(|m| m.first == first && m.end == end);
            let place = match found {
                Some(m) => m.kind != EntityKind::Person && !tokens.has(first, end, Kind::Org),
                None => known_place,
            };
            if !place {
                continue;
            }
        }
        let parts = [
            Some((d.place, place_kind(d.place.0, d.place.1))),
            d.region.map(|r| (r, place_kind(r.0, r.1))),
            d.agency.map(|a| (a, EntityKind::Org)),
        ];
        for ((first, end), kind) in parts.into_iter().flatten() {
            match mentions.iter_mut().find(|m| m.first < end && first < m.end) {
                Some(m) if m.first == first && m.end == end => {
                    // A region the tagger typed as a place keeps its finer type.
                    let keep = kind != EntityKind::Org
                        && first != d.place.0
                        && matches!(m.kind, EntityKind::Gpe | EntityKind::Loc);
                    if !keep {
                        m.kind = kind;
                    }
                }
                // "ST. PAUL, Minn. —" tagged "PAUL": a name inside the part is the part's.
                Some(m) if first <= m.first && m.end <= end => {
                    m.first = first;
                    m.end = end;
                    m.kind = kind;
                }
                Some(_) => {}
                None => added.push(Mention { first, end, kind }),
            }
        }
        let key = tokens.key(d.place.0, d.place.1);
        let kind = place_kind(d.place.0, d.place.1);
        // "CLEARWATER, B.C. — ... Clearwater": the dateline's town is the town wherever the
        // text names it alone, even where the tagger took it for a person, unless a person's
        // full name holds it ("JACKSON, Miss. — ... Tom Jackson ... Jackson said").
        let one_word = d.place.1 == d.place.0 + 1;
        let in_full_name = one_word
            && mentions.iter().any(|m| {
                m.kind == EntityKind::Person
                    && m.end - m.first > 1
                    && (m.first..m.end).any(|i| tokens.key(i, i + 1) == key)
            });
        for m in mentions.iter_mut() {
            if (m.kind != EntityKind::Person || one_word && !in_full_name)
                && tokens.key(m.first, m.end) == key
            {
                m.kind = kind;
            }
        }
        if one_word && !in_full_name {
            let covered = covered_tokens(tokens.words.len(), mentions);
            for (i, &taken) in covered.iter().enumerate().skip(d.place.1) {
                if !taken && is_capitalized(tokens.word(i)) && tokens.key(i, i + 1) == key {
                    added.push(Mention {
                        first: i,
                        end: i + 1,
                        kind,
                    });
                }
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.first);
    }
}

/// A one-word name shaped like a nationality ("Estavian", "Corvenian").
fn demonym_shaped(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ian") || w.ends_with("ean") || w.ends_with("ese"))
}

/// Whether `word` is the nationality of the place `country` by the common derivations
/// ("Estavia" -> "Estavian", "Chile" -> "Chilean", "Brazil" -> "Brazilian", "Kenya" ->
/// "Kenyan", "Texas" -> "Texan"), or its plural ("Texans").
pub(crate) fn is_demonym_of(word: &str, country: &str) -> bool {
    let trimmed = country.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
    // "Texas": the stem drops the "s" ("Texa" + "n").
    let without_s = country
        .strip_suffix("as")
        .map(|stem| &country[..stem.len() + 1]);
    let stems = [Some(trimmed), Some(country), without_s];
    let derived = |word: &str| {
        stems.iter().flatten().any(|stem| {
            !stem.is_empty()
                && word
                    .strip_prefix(stem)
                    .is_some_and(|rest| matches!(rest, "an" | "ian" | "ean" | "n"))
        })
    };
    derived(word) || word.strip_suffix('s').is_some_and(derived)
}

/// "Estavia" and "Estavian" in one document are a country and its nationality: a one-word
/// ORG or MISC in -ia whose -ian form the document writes capitalised is a GPE, and a
/// one-word place or other name that is the nationality of a GPE of the document is NORP.
/// A one-word MISC shaped like a nationality that the document writes before a nation's
/// noun anywhere ("the Estavian government", `data/nation_nouns.txt`) is NORP too. A place
/// the tagger found stays a place without its country ("the port of Dalian").
fn nations_and_demonyms(tokens: &Tokens, mentions: &mut [Mention]) {
    let known_place = |m: &Mention| {
        let entry = LEXICON.get(tokens.key(m.first, m.end));
        entry.is_some_and(|e| {
            e.has(Kind::Country)
                || e.has(Kind::Capital)
                || e.has(Kind::City)
                || e.has(Kind::Location)
        })
    };
    let capitalized: Vec<&str> = tokens
        .words
        .iter()
        .copied()
        .filter(|w| is_capitalized(w))
        .collect();
    for m in mentions.iter_mut() {
        let w = tokens.word(m.first);
        // (A person too, unless a known given name: "Julia" and "Julian" are people.)
        let person_not_named =
            m.kind == EntityKind::Person && !tokens.has(m.first, m.end, Kind::FirstName);
        if m.end - m.first == 1
            && (matches!(m.kind, EntityKind::Org | EntityKind::Misc) || person_not_named)
            && w.ends_with("ia")
            && capitalized
                .iter()
                .any(|c| c.len() == w.len() + 1 && c.starts_with(w) && c.ends_with('n'))
        {
            m.kind = EntityKind::Gpe;
        }
    }
    // Words shaped like a nationality that the document writes before a nation's noun.
    let nations: Vec<u64> = (0..tokens.words.len())
        .filter(|&i| {
            demonym_shaped(tokens.word(i))
                && is_capitalized(tokens.word(i))
                && NATION_NOUNS.contains(&tokens.key(i + 1, i + 2))
                && is_lowercase_word(tokens.word(i + 1))
        })
        .map(|i| tokens.key(i, i + 1))
        .collect();
    let countries: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Gpe && m.end - m.first == 1)
        .map(|m| tokens.word(m.first))
        .collect();
    // "Meridian Ocean Lines ... Meridian has": the first word of a body's longer name is that
    // body, however it is shaped, unless a nation's noun follows ("the Estavian government")
    // or the text names its country ("Estavia ... Estavian crews").
    let body_first_words: Vec<u64> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && m.end - m.first > 1)
        .map(|m| tokens.key(m.first, m.first + 1))
        .collect();
    for m in mentions.iter_mut() {
        let w = tokens.word(m.first);
        if m.kind == EntityKind::Org
            && body_first_words.contains(&tokens.key(m.first, m.end))
            && !NATION_NOUNS.contains(&tokens.key(m.end, m.end + 1))
            && !countries.iter().any(|c| is_demonym_of(w, c))
        {
            continue;
        }
        // "The Estavian government" where the tagger took the word for a body, as it may
        // after "the Estavian Red Lantern Society" elsewhere in the text.
        // So is a word shaped like a nationality that modifies a common noun ("joined
        // Estavian crews").
        let before_nation_noun = m.kind == EntityKind::Org
            && is_lowercase_word(tokens.word(m.end))
            && (NATION_NOUNS.contains(&tokens.key(m.end, m.end + 1)) || demonym_shaped(w));
        if m.end - m.first != 1
            || !(matches!(m.kind, EntityKind::Gpe | EntityKind::Loc | EntityKind::Misc)
                || before_nation_noun)
            || known_place(m)
        {
            continue;
        }
        let of_country = countries.iter().any(|c| is_demonym_of(w, c));
        let of_nation = matches!(m.kind, EntityKind::Misc | EntityKind::Org)
            && nations.contains(&tokens.key(m.first, m.end));
        let shaped_before_noun = before_nation_noun && demonym_shaped(w);
        if of_country || of_nation || shaped_before_noun {
            m.kind = EntityKind::Norp;
        }
    }
}

/// "National Security Adviser Kim Tae-hyo" tagged as one name: the words after the last
/// title are the person (with a following capitalised hyphenated word: "Tae-hyo"); the role
/// before is dropped. A body's span that runs on into "of" and a title ends before "of".
fn split_roles(tokens: &Tokens, mentions: &mut [Mention]) -> Vec<Mention> {
    let mut places = Vec::new();
    // The words of the document's person names ("Cres Eastman"): one after a title
    // ("Professor Eastman") is that person.
    let person_words: Vec<u64> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.end - m.first > 1)
        .flat_map(|m| (m.first..m.end).map(|i| tokens.key(i, i + 1)))
        .collect();
    for m in mentions.iter_mut() {
        if m.end - m.first < 2 {
            continue;
        }
        // A body's span that runs on into two titles or more ("Department of Justice" and
        // "Burger King" keep their one): "the Awami League of Prime Minister" ends before
        // "of", "Grain Party Justice Minister" is the body without the role, and a role alone
        // ("Lord Chief Justice", "Finance Deputy Minister") is no name. After "the" the
        // titles are the name ("Office of the Deputy Prime Minister").
        if m.kind != EntityKind::Person {
            let mut t = m.end;
            while t > m.first
                && tokens.has(t - 1, t, Kind::Title)
                && is_capitalized(tokens.word(t - 1))
            {
                t -= 1;
            }
            if m.end - t >= 2 {
                let before = tokens.word(t.wrapping_sub(1));
                if t > m.first + 1 && before == "of" {
                    m.end = t - 1;
                    continue;
                }
                if t == m.first || is_capitalized(before) {
                    let body = t > m.first
                        && (tokens.has(t - 1, t, Kind::OrgWord)
                            || tokens.has(m.first, t, Kind::Org)
                            || tokens.has(m.first, t, Kind::Country));
                    if body {
                        m.end = t;
                    } else {
                        // Emptied: dropped below.
                        m.end = m.first;
                    }
                    continue;
                }
            }
        }
        let last_title = (m.first..m.end - 1)
            .rev()
            .find(|&k| tokens.has(k, k + 1, Kind::Title) && is_capitalized(tokens.word(k + 1)));
        if let Some(k) = last_title {
            let known_person = m.end == k + 2 && person_words.contains(&tokens.key(k + 1, k + 2));
            if m.kind != EntityKind::Person && !known_person && !name_after_title(tokens, m, k) {
                continue;
            }
            // "Sindh Chief Minister Nadia Soomro": a known place before the titles is a
            // place of its own.
            let mut titles_start = k;
            while titles_start > m.first && tokens.has(titles_start - 1, titles_start, Kind::Title)
            {
                titles_start -= 1;
            }
            let place_before = titles_start > m.first && tokens.known_place(m.first, titles_start);
            // ("NASA Administrator Raymond Castellanos": so is a known body or an acronym.)
            let body_before = titles_start > m.first
                && (tokens.has(m.first, titles_start, Kind::Org)
                    || titles_start == m.first + 1 && is_acronym(tokens.word(m.first)));
            if place_before || body_before {
                places.push(Mention {
                    first: m.first,
                    end: titles_start,
                    kind: if place_before {
                        EntityKind::Gpe
                    } else {
                        EntityKind::Org
                    },
                });
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
    places
}

/// Outside persons, whether the words after the title at `k` in `m` are a person's name:
/// a known given name, one word after an honorific (`data/honorifics.txt`) or, where the
/// document names a person with it, after any title (see [`split_roles`]), or, after a role
/// that does not open the span ("National Security Adviser Kim", "Interior Minister Ana
/// Lopez"; a role of capitalised words before several), one to three capitalised words,
/// none of which heads a body or a place or is a known place, and one at least no common
/// word. A title that opens the span is part of the name ("General Motors", "Justice
/// Department", "Prince Edward Island").
fn name_after_title(tokens: &Tokens, m: &Mention, k: usize) -> bool {
    if tokens.has(k + 1, k + 2, Kind::FirstName)
        || (m.end == k + 2 && HONORIFICS.contains(&tokens.key(k, k + 1)))
    {
        return true;
    }
    let rest = k + 1..m.end;
    let name_word = |i: usize| {
        let w = tokens.word(i);
        let known = LEXICON.get(tokens.key(i, i + 1)).is_some_and(|e| {
            [
                Kind::OrgWord,
                Kind::LocWord,
                Kind::Title,
                Kind::Country,
                Kind::Capital,
                Kind::City,
                Kind::Location,
                Kind::Demonym,
            ]
            .into_iter()
            .any(|kind| e.has(kind))
        });
        is_capitalized(w) && !known && head_kind(w).is_none()
    };
    // Names are not common words: one of the words at least is one the unlabeled text of
    // the word clusters never wrote in lower case ("Ana Lopez", not "Executive Officer").
    let uncommon = |i: usize| !tokens.is_common_word(i);
    // Several words take a role of capitalised words before them, not a number or a clause
    // ("1996 Miss Teen USA").
    let role_before = rest.len() == 1
        || (m.first..k).all(|i| {
            let w = tokens.word(i);
            is_capitalized(w) && w.chars().all(char::is_alphabetic)
        });
    // ("Advocate Ruan Steenkamp": a title may open the span before a full name.)
    (k > m.first || rest.len() >= 2)
        && rest.len() <= 3
        && role_before
        && rest.clone().all(name_word)
        && rest.clone().any(uncommon)
}

/// "Principal Deputy National Security Adviser Kim Tae-hyo" tagged as the person "National
/// Security Adviser" (the name left out, or a part of it tagged alone): the capitalised words
/// right after a "person" of titles are the person, where [`name_after_title`] reads them as
/// a name (one to three words, no body's or place's word among them, one uncommon).
fn names_after_titles_taken_for_persons(tokens: &Tokens, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let m = mentions[k].clone();
        // A role of two words at least, every one a common word (the unlabeled text of the
        // word clusters wrote it in lower case): no name among them ("Martin Luther King"
        // and "Jnr"), no lone title that may open a name of its own ("the Queen Vic").
        let titles_only =
            m.end - m.first >= 2 && (m.first..m.end).all(|i| tokens.is_common_word(i));
        if m.kind != EntityKind::Person
            || !tokens.has(m.end - 1, m.end, Kind::Title)
            || !titles_only
        {
            k += 1;
            continue;
        }
        // The run of capitalised words after the titles, through mentions that lie inside
        // it and are a name's part (a person or an unknown name), never into another kind.
        let mut end = m.end;
        let mut next = k + 1;
        while end < tokens.words.len() && end - m.end < 3 && is_capitalized(tokens.word(end)) {
            match mentions.get(next) {
                Some(n) if n.first == end => {
                    if !matches!(n.kind, EntityKind::Person | EntityKind::Misc) || n.end - m.end > 3
                    {
                        break;
                    }
                    end = n.end;
                    next += 1;
                }
                Some(n) if n.first < end => break,
                _ => end += 1,
            }
        }
        let titled = Mention {
            first: m.first,
            end,
            kind: EntityKind::Person,
        };
        if end > m.end && name_after_title(tokens, &titled, m.end - 1) {
            mentions[k] = Mention {
                first: m.end,
                end,
                kind: EntityKind::Person,
            };
            mentions.drain(k + 1..next);
        }
        k += 1;
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
/// "Jill A. Martin" at a sentence's start, tagged from the initial on: a name does not open
/// with its middle initial, so the capitalised word right before it is the given name, unless
/// it is a title ("President A. Lincoln"), an honorific, an acronym or a name of its own.
fn given_name_before_initial(tokens: &Tokens, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let (first, end) = (mentions[k].first, mentions[k].end);
        if mentions[k].kind != EntityKind::Person || end - first < 2 {
            continue;
        }
        let Some(before) = first.checked_sub(1) else {
            continue;
        };
        let initial = tokens.word(first);
        let is_initial = initial.len() == 2
            && initial.starts_with(|c: char| c.is_ascii_uppercase())
            && initial.ends_with('.');
        let word = tokens.word(before);
        let given_name = is_capitalized(word)
            && word.chars().count() >= 2
            && word.chars().all(char::is_alphabetic)
            && !is_acronym(word)
            && tokens.space_before.get(first) == Some(&true)
            && tokens.line_start.get(first) == Some(&false)
            && !tokens.has(before, before + 1, Kind::Title)
            && !HONORIFICS.contains(&tokens.key(before, before + 1));
        let free = k == 0 || mentions[k - 1].end <= before;
        if is_initial && given_name && free {
            mentions[k].first = before;
        }
    }
}

/// "Mayor Luísa Brandão Teixeira said", "Nguyen Thi Lan Huong, a deputy minister": a
/// person of two words or more with one more capitalised word right after it, which the
/// tagger left out and which ends the run, takes it as the name's last word, where the word
/// is no common word (the word clusters' text never wrote it in lower case) and no place,
/// body, title or calendar word of the gazetteer; so does a generation numeral ("Nana Kwaku
/// Agyeman II").
fn surnames_left_out_after_persons(tokens: &Tokens, mentions: &mut [Mention]) {
    const NOT_SURNAMES: [Kind; 11] = [
        Kind::Country,
        Kind::Capital,
        Kind::City,
        Kind::Location,
        Kind::Demonym,
        Kind::Group,
        Kind::Org,
        Kind::Title,
        Kind::OrgWord,
        Kind::LocWord,
        Kind::NotName,
    ];
    for k in 0..mentions.len() {
        let (first, end) = (mentions[k].first, mentions[k].end);
        if mentions[k].kind != EntityKind::Person
            || end - first < 2
            || end >= tokens.words.len()
            || mentions.get(k + 1).is_some_and(|next| next.first <= end)
        {
            continue;
        }
        let word = tokens.word(end);
        let spaced = tokens.space_before.get(end) == Some(&true)
            && tokens.line_start.get(end) == Some(&false);
        let numeral = matches!(word, "II" | "III" | "IV");
        let known = LEXICON
            .get(tokens.key(end, end + 1))
            .is_some_and(|e| NOT_SURNAMES.into_iter().any(|kind| e.has(kind)))
            || CORPORATE_SUFFIXES.contains(&tokens.key(end, end + 1));
        let common = tokens.is_common_word(end);
        let surname = is_capitalized(word)
            && word.chars().count() >= 2
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !is_acronym(word)
            && !known
            && !common;
        // The run ends with it: no capitalised word follows.
        let ends_run = tokens
            .words
            .get(end + 1)
            .is_none_or(|next| !is_capitalized(next));
        if spaced && (surname || numeral) && ends_run {
            mentions[k].end += 1;
        }
    }
}

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
    // A city, capital or country the lexicon knows: a place with a government.
    let known_place = has(Kind::Country) || has(Kind::Capital) || has(Kind::City);
    // "the Dunmere valley", "the Ostmark provincial government": a name the tagger did not
    // take for a place is one before a place noun (`data/place_nouns.txt`); a nationality
    // there ("the Danish county") is not.
    let next = tokens.word(m.end);
    let place = matches!(m.kind, EntityKind::Gpe | EntityKind::Loc);
    let nationality = has(Kind::Demonym)
        || has(Kind::Group)
        || (m.end - m.first == 1 && demonym_shaped(tokens.word(m.first)));
    if is_lowercase_word(next) && !place && !nationality {
        if let Some(&(_, kind)) = PLACE_NOUNS.iter().find(|(noun, _)| *noun == next) {
            return kind;
        }
    }
    // "Halden Dam", "Dunmere River", "Lower Marrow Province", "Civic Watch": a name that
    // ends in an unambiguous head (`data/head_types.txt`) is typed by it, whatever the
    // tagger made of an unknown name; an organisation's head leaves an ORG and a place alone.
    if m.end - m.first > 1
        && matches!(
            m.kind,
            EntityKind::Person | EntityKind::Org | EntityKind::Misc
        )
    {
        if let Some(kind) = head_type(tokens, m) {
            // ("Stuart Law" is a person: a law's name of two words is no person's.)
            let surname = tokens.word(m.end - 1) == "Law"
                && m.kind == EntityKind::Person
                && m.end - m.first == 2;
            if (kind != EntityKind::Org || m.kind != EntityKind::Org) && !surname {
                return kind;
            }
        }
    }
    // "Banca Corvetto", "Grupo Alvarez": a body's opening word in another language
    // (`data/org_openers.txt`) types the name.
    if m.end - m.first > 1 && ORG_OPENERS.contains(&tokens.key(m.first, m.first + 1)) {
        return EntityKind::Org;
    }
    // "Mount Lewotobi Laki-laki", "Lake Albert", "Gulf of Bothnia": a natural place's opening
    // word or words type the name (`data/place_openers.txt`).
    // ("Lake Charles" the city: a name the gazetteer knows keeps its type.)
    let place_opener = (m.end - m.first > 1
        && PLACE_OPENERS.contains(&tokens.key(m.first, m.first + 1))
        || m.end - m.first > 2 && PLACE_OPENERS.contains(&tokens.key(m.first, m.first + 2)))
        && !tokens.known_place(m.first, m.end)
        // ("River Medical Inc." is a company.)
        && !body_head_at(tokens, m.end - 1);
    if place_opener {
        return EntityKind::Loc;
    }
    // "the Capitol": a structure's head alone after "the" is that structure.
    let the_before = m.first > 0 && tokens.word(m.first - 1).eq_ignore_ascii_case("the");
    if m.end - m.first == 1 && the_before && head_type(tokens, m) == Some(EntityKind::Facility) {
        return EntityKind::Facility;
    }
    // "Panama Canal", "East Anatolian Fault" taken for a GPE: the head of a natural place, a
    // structure, a law or an event types a place name the lexicon does not know as one.
    if m.end - m.first > 1 && place && !known_place {
        if let Some(kind) = head_type(tokens, m).filter(|kind| {
            matches!(
                kind,
                EntityKind::Loc | EntityKind::Facility | EntityKind::Law | EntityKind::Event
            )
        }) {
            return kind;
        }
    }
    // "Calloway Freight" taken for a place: an organisation's head types a name the
    // lexicon does not know as a place.
    // ("the Court of Appeals": the head before "of".)
    if m.end - m.first > 1
        && place
        && !(known_place || has(Kind::Location))
        && head_type(tokens, m) == Some(EntityKind::Org)
    {
        return EntityKind::Org;
    }
    match m.kind {
        EntityKind::Gpe | EntityKind::Loc if has(Kind::Org) && !has(Kind::Country) => {
            // "Statistics Netherlands": a body the lexicon knows by that name.
            EntityKind::Org
        }
        // "Statistics Poland", "Statistics Canada": national statistics offices.
        EntityKind::Gpe | EntityKind::Loc
            if m.end - m.first > 1
                && tokens.word(m.first) == "Statistics"
                && tokens.has(m.first + 1, m.end, Kind::Country) =>
        {
            EntityKind::Org
        }
        EntityKind::Gpe | EntityKind::Loc => {
            // "North Koreans" are people, whatever the tagger made of them; so are the
            // peoples the lexicon knows ("the Sherpa guides").
            if (has(Kind::Demonym) || has(Kind::Group) && !has(Kind::Location)) && !known_place {
                return EntityKind::Norp;
            }
            if has(Kind::Location) {
                return EntityKind::Loc;
            }
            if known_place {
                return EntityKind::Gpe;
            }
            // "Senate" taken for a place: a body the lexicon knows and no place.
            if has(Kind::Org) || m.end - m.first == 1 && has(Kind::OrgWord) {
                return EntityKind::Org;
            }
            let last = tokens.word(m.end - 1);
            let natural = m.end - m.first > 1 && tokens.has(m.end - 1, m.end, Kind::LocWord);
            let region_before = m.first >= 2
                && tokens.word(m.first - 1) == "of"
                && tokens.word(m.first - 2) == "region";
            // ("the Batken region", an administrative region, stays a GPE.)
            if natural || region_before || last == "Front" {
                EntityKind::Loc
            } else {
                EntityKind::Gpe
            }
        }
        EntityKind::Misc | EntityKind::Norp => {
            if has(Kind::Demonym) || has(Kind::Group) {
                EntityKind::Norp
            } else if known_place {
                // "Dushanbe" taken for a name of another sort: the lexicon knows the place.
                EntityKind::Gpe
            } else if has(Kind::Location)
                && m.first > 0
                && tokens.word(m.first - 1).eq_ignore_ascii_case("the")
                && (!is_lowercase_word(tokens.word(m.end))
                    || matches!(
                        tokens.word(m.end),
                        "is" | "was"
                            | "has"
                            | "had"
                            | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "can"
                            | "and"
                            | "or"
                    ))
            {
                // "the Indus had", "the Dolomites and": so it knows a natural place (not "the
                // Arctic island").
                EntityKind::Loc
            } else if has(Kind::Org) {
                // "National Guard": a body the lexicon knows.
                EntityKind::Org
            } else {
                EntityKind::Misc
            }
        }
        // "Fianna Fáil", "Sinn Féin": a body the lexicon knows by that very name is no person.
        EntityKind::Person if has(Kind::Org) && !has(Kind::Country) => EntityKind::Org,
        // "Grain Workers Union": a "person" that ends in an organisation word.
        EntityKind::Person
            if m.end - m.first > 1 && tokens.has(m.end - 1, m.end, Kind::OrgWord) =>
        {
            EntityKind::Org
        }
        // A natural place the lexicon knows is never a body ("Red Sea detours"), and a known
        // city or country after a preposition of place is the place ("a town near Lyon"),
        // though CoNLL tags clubs named for their city as ORG ("Lyon beat Monaco").
        EntityKind::Org if has(Kind::Location) => EntityKind::Loc,
        EntityKind::Org
            if known_place
                && m.first > 0
                && PLACE_PREPOSITIONS.contains(&tokens.word(m.first - 1)) =>
        {
            EntityKind::Gpe
        }
        // Otherwise the tagger's ORG and PER are final; a known country the tagger called ORG
        // is still a country only when it stands alone (CoNLL tags national teams as places
        // anyway).
        other => other,
    }
}

/// Prepositions after which a known city or country is the place, not a club or body.
const PLACE_PREPOSITIONS: [&str; 8] = [
    "near", "in", "outside", "around", "across", "into", "toward", "towards",
];

/// `word | TYPE` lines of a data file.
fn typed_words(data: &'static str) -> Vec<(&'static str, EntityKind)> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (word, kind) = l.split_once('|')?;
            let kind = match kind.trim() {
                "LOC" => EntityKind::Loc,
                "GPE" => EntityKind::Gpe,
                "ORG" => EntityKind::Org,
                "FAC" => EntityKind::Facility,
                "LAW" => EntityKind::Law,
                "EVENT" => EntityKind::Event,
                "PRODUCT" => EntityKind::Product,
                _ => return None,
            };
            Some((word.trim(), kind))
        })
        .collect()
}

/// The type the head of a name gives it (`data/head_types.txt`). The head stands before
/// "of" ("Council of Orange County" is no county), unless an organisation's head closes the
/// name ("Port of Rotterdam Authority" is the body that runs the port).
fn head_type(tokens: &Tokens, m: &Mention) -> Option<EntityKind> {
    let last = tokens.word(m.end - 1);
    // ("Kruger National Park", "Maumee Bay State Park", "City Hall": a head of two words.)
    if m.end - m.first >= 2 {
        let before = tokens.word(m.end - 2);
        if let Some(&(_, _, kind)) = TWO_WORD_HEADS
            .iter()
            .find(|(first, second, _)| *second == last && *first == before)
        {
            return Some(kind);
        }
    }
    match (m.first + 1..m.end).find(|&i| tokens.word(i) == "of") {
        Some(_) if head_kind(last) == Some(EntityKind::Org) => Some(EntityKind::Org),
        // ("Treaty of Lisbon" is a law; "Convention of Scottish Local Authorities" a body.)
        Some(of) => {
            let head = tokens.word(of - 1);
            head_kind(head).filter(|&kind| kind != EntityKind::Law || head == "Treaty")
        }
        None => head_kind(last),
    }
}

/// Name heads that type a name (`data/head_types.txt`), by head word.
static HEAD_TYPES: LazyLock<std::collections::HashMap<&'static str, EntityKind>> =
    LazyLock::new(|| {
        typed_words(include_str!("../data/head_types.txt"))
            .into_iter()
            .filter(|(word, _)| !word.contains(' '))
            .collect()
    });

/// Heads of two words (`data/head_types.txt`, "National Park | LOC"), split in two.
static TWO_WORD_HEADS: LazyLock<Vec<(&'static str, &'static str, EntityKind)>> =
    LazyLock::new(|| {
        typed_words(include_str!("../data/head_types.txt"))
            .into_iter()
            .filter_map(|(words, kind)| {
                let (first, second) = words.split_once(' ')?;
                Some((first, second, kind))
            })
            .collect()
    });

/// The type `word` gives a name it ends (`data/head_types.txt`).
pub(crate) fn head_kind(word: &str) -> Option<EntityKind> {
    HEAD_TYPES.get(word).copied()
}

/// Lower-case words after a name that make it a place (`data/place_nouns.txt`).
static PLACE_NOUNS: LazyLock<Vec<(&'static str, EntityKind)>> =
    LazyLock::new(|| typed_words(include_str!("../data/place_nouns.txt")));

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
    use crate::hash::lower_key;

    fn run(
        words: &[&str],
        mentions: &[(usize, usize, EntityKind)],
    ) -> Vec<(usize, usize, EntityKind)> {
        run_spaced(words, &vec![true; words.len()], mentions)
    }

    /// [`run`] with the spaces before the words given ("42.6C": no space before "C").
    fn run_spaced(
        words: &[&str],
        space: &[bool],
        mentions: &[(usize, usize, EntityKind)],
    ) -> Vec<(usize, usize, EntityKind)> {
        // A word "\n" stands for a line break: the word after it opens a line.
        let line_start: Vec<bool> = (0..words.len())
            .map(|i| i == 0 || words[i - 1] == "\n")
            .collect();
        let keys: Vec<u64> = words.iter().map(|w| lower_key(w)).collect();
        let tokens = Tokens {
            words,
            space_before: space,
            line_start: &line_start,
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
    fn names_listed_before_a_governed_unit_noun_are_places() {
        // "across the Arequipa, Moquegua and Puno regions": every name of the list.
        let words = [
            "across", "the", "Arequipa", ",", "Moquegua", "and", "Puno", "regions", ".",
        ];
        let out = run(
            &words,
            &[
                (2, 3, EntityKind::Gpe),
                (4, 5, EntityKind::Org),
                (6, 7, EntityKind::Org),
            ],
        );
        assert_eq!(
            out,
            vec![
                (2, 3, EntityKind::Gpe),
                (4, 5, EntityKind::Gpe),
                (6, 7, EntityKind::Gpe)
            ]
        );
        // A nationality before the noun stays one ("three Mexican states").
        let words = ["three", "Mexican", "states", "."];
        let out = run(&words, &[(1, 2, EntityKind::Norp)]);
        assert_eq!(out, vec![(1, 2, EntityKind::Norp)]);
    }

    #[test]
    fn a_place_noun_apposed_after_a_name_makes_it_a_place() {
        let words = [
            "southwest",
            "of",
            "Chivay",
            ",",
            "a",
            "town",
            "in",
            "the",
            "Colca",
            "Valley",
            ".",
        ];
        let out = run(
            &words,
            &[(2, 3, EntityKind::Person), (8, 10, EntityKind::Loc)],
        );
        assert_eq!(out[0], (2, 3, EntityKind::Gpe));
        // A second determiner starts another phrase: "the security firm the city hired".
        let words = [
            "to", "Halvard", "Cyber", ",", "the", "security", "firm", "the", "city", "hired",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org)]);
        // After "of", a person's apposition goes with the noun before the place.
        let words = [
            "the", "mayor", "of", "Chivay", ",", "a", "former", "teacher", ",", "said",
        ];
        let out = run(&words, &[(3, 4, EntityKind::Gpe)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Gpe)]);
    }

    #[test]
    fn a_year_after_a_lower_case_word_ends_a_name() {
        let words = [
            "led", "the", "Rastriya", "Ekata", "Dal", "since", "2019", ",", "told",
        ];
        let out = run(&words, &[(2, 7, EntityKind::Org)]);
        assert_eq!(out, vec![(2, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_carrier_alone_is_no_vessel_but_an_aircraft_carrier_is() {
        let words = ["Austrian", "carrier", "Alpenjet", "said", "."];
        let out = run(&words, &[(0, 1, EntityKind::Norp), (2, 3, EntityKind::Org)]);
        assert_eq!(out[1], (2, 3, EntityKind::Org));
        let words = ["the", "aircraft", "carrier", "Enterprise", "sailed", "."];
        let out = run(&words, &[(3, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Product)]);
    }

    #[test]
    fn a_company_noun_before_a_comma_names_the_company_after_it() {
        // "The mine's operator, Minera Cumbre Andina, did not respond": no given name, a firm.
        let words = [
            "The", "mine", "'s", "operator", ",", "Minera", "Cumbre", "Andina", ",", "did",
        ];
        let out = run(&words, &[(5, 8, EntityKind::Person)]);
        assert_eq!(out, vec![(5, 8, EntityKind::Org)]);
    }

    #[test]
    fn a_charity_exchange_or_group_noun_names_the_body_after_it() {
        let words = [
            "the",
            "Berlin-based",
            "charity",
            "Mare",
            "Aperto",
            "said",
            ".",
        ];
        let out = run(&words, &[(3, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 5, EntityKind::Org)]);
        // "and" before a country joins two names, not the words of one.
        let words = [
            "the", "Dutch", "group", "HMG", "and", "Belgium", "'s", "VTM", ".",
        ];
        let out = run(&words, &[(3, 4, EntityKind::Org), (5, 6, EntityKind::Gpe)]);
        assert!(out.contains(&(3, 4, EntityKind::Org)), "{out:?}");
        assert!(out.contains(&(5, 6, EntityKind::Gpe)), "{out:?}");
        // A person apposed to "a spokesman for the association" speaks.
        let words = [
            "A",
            "spokesman",
            "for",
            "the",
            "association",
            ",",
            "Imran",
            "Qureshi",
            ",",
            "told",
        ];
        let out = run(&words, &[(6, 8, EntityKind::Person)]);
        assert_eq!(out, vec![(6, 8, EntityKind::Person)]);
        // "Shanghai, the Xinhua news agency reported": a clause, no apposition.
        let words = [
            "in", "Shanghai", ",", "the", "Xinhua", "news", "agency", "reported", "on", "Monday",
        ];
        let out = run(&words, &[(1, 2, EntityKind::Gpe), (4, 5, EntityKind::Org)]);
        assert_eq!(out[0], (1, 2, EntityKind::Gpe));
    }

    #[test]
    fn which_after_a_person_or_a_based_place_before_it_makes_a_body() {
        let words = [
            "Andina", "Cobre", ",", "which", "runs", "the", "mine", ",", "said",
        ];
        let out = run(&words, &[(0, 2, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Org)]);
        let words = [
            "shares",
            "in",
            "Stuttgart-based",
            "Kessler",
            "Antriebstechnik",
            "fell",
        ];
        let out = run(&words, &[(3, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 5, EntityKind::Org)]);
        // After "by", "which" may go with the phrase before; a titled person stays one.
        let words = [
            "the", "plan", "brokered", "by", "Lebed", ",", "which", "aims",
        ];
        let out = run(&words, &[(4, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 5, EntityKind::Person)]);
        let words = [
            "a",
            "son",
            "of",
            "President",
            "Suharto",
            ",",
            "which",
            "plans",
        ];
        let out = run(&words, &[(4, 5, EntityKind::Person)]);
        assert!(out.contains(&(4, 5, EntityKind::Person)), "{out:?}");
    }

    #[test]
    fn a_role_apposed_without_an_article_makes_a_person_with_the_particle_before() {
        // "according to Rohan de Silva, chief economist at ...": the tagger's place and
        // person are one person.
        let words = [
            "to",
            "Rohan",
            "de",
            "Silva",
            ",",
            "chief",
            "economist",
            "at",
            "the",
            "bank",
        ];
        let out = run(&words, &[(1, 2, EntityKind::Gpe), (3, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Person)]);
        // "an executive engineer": the phrase's last noun heads it.
        let words = [
            "Rezaul",
            "Bhuiyan",
            ",",
            "an",
            "executive",
            "engineer",
            "at",
            "the",
        ];
        let out = run(&words, &[(0, 2, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Person)]);
    }

    #[test]
    fn a_known_city_taken_for_its_club_is_the_place_after_in_but_not_after_from() {
        let words = [
            "about", "150", "km", "north", "of", "Brisbane", "on", "the", "coast",
        ];
        let out = run(&words, &[(5, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(5, 6, EntityKind::Gpe)]);
        let words = ["the", "striker", "signed", "from", "Liverpool", "in", "May"];
        let out = run(&words, &[(4, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(4, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_unit_letter_self_names_laws_and_conventions_of_bodies() {
        // "42.6C": the letter glued to the figure is no name.
        let words = ["hits", "42.6", "C", "in", "Madrid"];
        let space = [true, true, false, true, true];
        let out: Vec<_> = run_spaced(
            &words,
            &space,
            &[(2, 3, EntityKind::Person), (4, 5, EntityKind::Gpe)],
        )
        .into_iter()
        .map(|(first, end, _)| (first, end))
        .collect();
        assert_eq!(out, vec![(4, 5)]);
        let words = ["a", "group", "calling", "itself", "Quiet", "Tide", "said"];
        let out = run(&words, &[(4, 6, EntityKind::Misc)]);
        assert_eq!(out, vec![(4, 6, EntityKind::Org)]);
        let words = ["the", "Chemical", "Weapons", "Convention", "bans", "it"];
        let out = run(&words, &[(1, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Law)]);
        let words = [
            "the",
            "Convention",
            "of",
            "Scottish",
            "Local",
            "Authorities",
            "said",
        ];
        let out = run(&words, &[(1, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 6, EntityKind::Org)]);
    }

    #[test]
    fn ships_particles_nationalities_and_remits_before_of() {
        // "the tanker Sea Meridian": a "person" after a vessel's noun is the ship.
        let words = ["the", "tanker", "Sea", "Meridian", "collided"];
        let out = run(&words, &[(2, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(2, 4, EntityKind::Product)]);
        // "Van Wyk said": the capitalised particle opens the name.
        let words = ["Van", "Wyk", "said", "it"];
        let out = run(&words, &[(1, 2, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Person)]);
        // "Swiss glaciers": a nationality before a landform's noun stays one.
        let words = ["Swiss", "glaciers", "had", "shrunk"];
        let out = run(&words, &[(0, 1, EntityKind::Norp)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Norp)]);
        // "Maritime and Port Authority of Singapore": one body.
        let words = [
            "the",
            "Maritime",
            "and",
            "Port",
            "Authority",
            "of",
            "Singapore",
            "said",
        ];
        let out = run(
            &words,
            &[(1, 2, EntityKind::Person), (3, 7, EntityKind::Org)],
        );
        assert_eq!(out, vec![(1, 7, EntityKind::Org)]);
    }

    #[test]
    fn gulfs_of_places_inspectorates_and_companies_set_off_by_commas() {
        let words = ["in", "the", "Gulf", "of", "Gdańsk", "on", "Monday"];
        let out = run(&words, &[(2, 3, EntityKind::Loc), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(2, 5, EntityKind::Loc)]);
        let words = ["the", "State", "Sanitary", "Inspectorate", "said"];
        let out = run(&words, &[(1, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org)]);
        let words = ["for", "the", "company", ",", "Medivera", ",", "to", "win"];
        let out = run(&words, &[(4, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 5, EntityKind::Org)]);
        // "the firm, Smith said": a person speaking after the noun stays one.
        let words = ["hired", "the", "firm", ",", "Smith", "said", "."];
        let out = run(&words, &[(4, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 5, EntityKind::Person)]);
    }

    #[test]
    fn a_degree_letter_after_a_space_and_a_particle_do_name() {
        let words = ["highs", "of", "47", "C", "forecast"];
        let out = run(&words, &[(3, 4, EntityKind::Misc)]);
        assert!(out.is_empty(), "{out:?}");
        // "Maria do Céu Pinto": "do" opens a surname after a given name.
        let words = ["Maria", "do", "Céu", "Pinto", "said"];
        let out = run(&words, &[(2, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 4, EntityKind::Person)]);
    }

    #[test]
    fn a_mountain_s_opening_word_types_its_name() {
        let words = ["Mount", "Lewotobi", "Laki-laki", "erupted", "."];
        let out = run(&words, &[(0, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 3, EntityKind::Loc)]);
    }

    #[test]
    fn a_body_without_a_head_joined_by_and_to_one_with_a_head_is_one_body() {
        let words = [
            "Kafubu",
            "Water",
            "and",
            "Sanitation",
            "Company",
            "did",
            "not",
            "respond",
        ];
        let out = run(&words, &[(0, 2, EntityKind::Org), (3, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 5, EntityKind::Org)]);
        // One word before "and" is a body of its own.
        let words = ["Toyota", "and", "Honda", "Motor", "Company", "said"];
        let out = run(&words, &[(0, 1, EntityKind::Org), (2, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Org), (2, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_nationality_of_two_words_opens_a_body() {
        let words = ["the", "South", "African", "Weather", "Service", "said"];
        let out = run(&words, &[(1, 3, EntityKind::Norp), (4, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_place_s_name_goes_on_through_a_romance_particle() {
        let words = ["the", "Coclé", "del", "Norte", "River", "rose", "."];
        let out = run(&words, &[(1, 2, EntityKind::Misc), (3, 5, EntityKind::Loc)]);
        assert_eq!(out, vec![(1, 5, EntityKind::Loc)]);
        // "por" joins bodies only.
        let words = ["in", "Alianza", "por", "el", "Agua", "."];
        let out = run(&words, &[(1, 2, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 2, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        let words = ["the", "group", "Alianza", "por", "el", "Agua", "said"];
        let out = run(&words, &[(2, 3, EntityKind::Org), (5, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(2, 6, EntityKind::Org)]);
    }

    #[test]
    fn an_italian_particle_joins_a_place_s_name() {
        let words = ["in", "the", "Val", "di", "Fassa", "."];
        let out = run(&words, &[(2, 3, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(2, 5, EntityKind::Gpe)]);
    }

    #[test]
    fn dams_are_facilities() {
        let words = ["from", "the", "Gariep", "Dam", "."];
        let out = run(&words, &[(2, 4, EntityKind::Loc)]);
        assert_eq!(out, vec![(2, 4, EntityKind::Facility)]);
    }

    #[test]
    fn names_before_landform_nouns_are_natural_features_throughout() {
        let words = [
            "the",
            "Surma",
            "and",
            "Kushiyara",
            "rivers",
            ".",
            "The",
            "Surma",
            "rose",
            ".",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Gpe),
                (3, 4, EntityKind::Gpe),
                (7, 8, EntityKind::Gpe),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 2, EntityKind::Loc),
                (3, 4, EntityKind::Loc),
                (7, 8, EntityKind::Loc),
            ]
        );
        // A capitalised noun after the name is no feature noun: "Tampa Bay Buccaneers".
        let words = ["the", "Tampa", "Bay", "Buccaneers", "won", "in", "Tampa"];
        let out = run(&words, &[(1, 2, EntityKind::Gpe), (6, 7, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 2, EntityKind::Gpe), (6, 7, EntityKind::Gpe)]);
    }

    #[test]
    fn a_capitalised_article_inside_a_sentence_opens_the_name() {
        // At a sentence's start it opens the sentence, not the name.
        let words = [
            "told", "The", "Irish", "Times", ".", "The", "Senate", "voted",
        ];
        let out = run(&words, &[(2, 4, EntityKind::Org), (6, 7, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org), (6, 7, EntityKind::Org)]);
    }

    #[test]
    fn a_name_before_a_legal_form_is_a_company() {
        let words = [
            "for", "Luzon", "Harvest", "Corp.", "and", "the", "Blue", "Lagoon", "spa",
        ];
        let out = run(
            &words,
            &[(1, 3, EntityKind::Person), (6, 8, EntityKind::Loc)],
        );
        assert_eq!(out, vec![(1, 4, EntityKind::Org), (6, 8, EntityKind::Loc)]);
    }

    #[test]
    fn a_name_after_a_flag_states_compound_is_a_ship() {
        let words = [
            "the",
            "Liberia-flagged",
            "Nereid",
            "Star",
            ".",
            "The",
            "Nereid",
            "Star",
            "sank",
        ];
        let out = run(&words, &[(2, 4, EntityKind::Org), (6, 8, EntityKind::Org)]);
        assert_eq!(
            out,
            vec![(2, 4, EntityKind::Product), (6, 8, EntityKind::Product)]
        );
    }

    #[test]
    fn the_name_after_a_workers_noun_and_at_is_the_employer() {
        let words = [
            "Analysts",
            "at",
            "Berenberg",
            "said",
            "and",
            "analysts",
            "at",
            "Oslo",
            "said",
        ];
        let out = run(&words, &[(2, 3, EntityKind::Gpe), (7, 8, EntityKind::Gpe)]);
        // Oslo, a known capital, stays a place.
        assert_eq!(out, vec![(2, 3, EntityKind::Org), (7, 8, EntityKind::Gpe)]);
    }

    #[test]
    fn a_short_name_after_near_taken_for_a_body_is_a_place() {
        let words = [
            "near",
            "Le",
            "Conquet",
            ",",
            "outside",
            "Air",
            "France",
            "headquarters",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Org), (5, 7, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Gpe), (5, 7, EntityKind::Org)]);
    }

    #[test]
    fn an_untagged_acronym_that_speaks_is_a_body() {
        let words = ["prices", "rose", "in", "October", ",", "INDEC", "said", "."];
        assert_eq!(run(&words, &[]), vec![(5, 6, EntityKind::Org)]);
        // Not in a headline in capitals.
        let words = ["PRESS", "DIGEST", "said", "OK"];
        assert_eq!(run(&words, &[]), vec![]);
    }

    #[test]
    fn a_second_surname_left_out_joins_the_name() {
        let words = [
            "said",
            "Tomás",
            "Ferrer",
            "Gil",
            ",",
            "the",
            "president",
            "on",
            "Friday",
            ".",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Person)]);
        // A word the lexicon knows is no surname: "said Ana Ruiz Monday."
        let words = ["said", "Ana", "Ruiz", "Monday", "."];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Person)]);
    }

    #[test]
    fn a_sentence_initial_given_name_joins_a_person_before_an_apposition() {
        let words = [
            "said", ".", "Els", "Van", "Damme", ",", "the", "minister", ",", "said",
        ];
        let out = run(&words, &[(3, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(2, 5, EntityKind::Person)]);
        // Not a title before a name with no apposition after it.
        let words = [
            "said",
            ".",
            "Glaciologist",
            "Anna",
            "Perren",
            "of",
            "ETH",
            "said",
        ];
        let out = run(&words, &[(3, 5, EntityKind::Person)]);
        assert_eq!(out[0], (3, 5, EntityKind::Person));
    }

    #[test]
    fn a_road_code_before_a_road_noun_is_the_road_throughout() {
        let words = [
            "the", "M62", "motorway", "shut", ".", "The", "M62", "reopened", "and", "Q2",
        ];
        let out = run(&words, &[]);
        assert_eq!(
            out,
            vec![(1, 2, EntityKind::Facility), (6, 7, EntityKind::Facility)]
        );
    }

    #[test]
    fn a_body_named_for_its_remit_is_one_name() {
        let words = ["the", "Court", "of", "Arbitration", "for", "Sport", "said"];
        let out = run(&words, &[(1, 4, EntityKind::Org), (5, 6, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 6, EntityKind::Org)]);
        // Not across "for the": two bodies, as CoNLL-2003 has them.
        let words = [
            "the", "Court", "of", "Appeals", "for", "the", "Ninth", "Circuit", "said",
        ];
        let out = run(&words, &[(1, 4, EntityKind::Org), (6, 8, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org), (6, 8, EntityKind::Org)]);
    }

    #[test]
    fn a_nationality_opens_a_body_named_by_remits_joined_by_and() {
        let words = [
            "the",
            "Ethiopian",
            "Coffee",
            "and",
            "Tea",
            "Authority",
            "said",
        ];
        let out = run(&words, &[(1, 2, EntityKind::Norp), (4, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 6, EntityKind::Org)]);
    }

    #[test]
    fn a_company_named_with_its_legal_form_is_one_without_it_too() {
        let words = [
            "Boreal", "Atomi", "Oy", "said", ".", "Boreal", "Atomi", "declined",
        ];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Person), (5, 7, EntityKind::Person)],
        );
        assert_eq!(out, vec![(0, 3, EntityKind::Org), (5, 7, EntityKind::Org)]);
    }

    #[test]
    fn a_known_region_before_a_feature_noun_is_no_name_of_it() {
        // "Ly Son island": the island. "an Arctic island": a region used as an adjective.
        let words = [
            "from", "Ly", "Son", "island", "on", "an", "Arctic", "island",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Gpe), (6, 7, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Loc), (6, 7, EntityKind::Misc)]);
    }

    #[test]
    fn names_before_mines_shafts_and_crossings_are_structures() {
        let words = [
            "at",
            "the",
            "Grabowiec",
            "coal",
            "mine",
            "and",
            "the",
            "Bospoort",
            "shaft",
        ];
        let out = run(&words, &[(2, 3, EntityKind::Gpe), (7, 8, EntityKind::Gpe)]);
        assert_eq!(
            out,
            vec![(2, 3, EntityKind::Facility), (7, 8, EntityKind::Facility)]
        );
        // A border crossing mostly takes its town's name, and a company owns "mines".
        let words = [
            "the", "Mandera", "border", "crossing", "and", "Kestrel", "mines",
        ];
        let out = run(&words, &[(1, 2, EntityKind::Gpe), (5, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 2, EntityKind::Gpe), (5, 6, EntityKind::Org)]);
    }

    #[test]
    fn a_body_opening_word_of_another_language_types_the_name() {
        let words = ["bankers", "at", "Banca", "Corvetto", "said"];
        let out = run(&words, &[(2, 4, EntityKind::Gpe)]);
        assert_eq!(out, vec![(2, 4, EntityKind::Org)]);
        // Alone, the word is no name of a body.
        let words = ["bankers", "at", "Corvetto", "said"];
        let out = run(&words, &[(2, 3, EntityKind::Gpe)]);
        assert_eq!(out, vec![(2, 3, EntityKind::Gpe)]);
    }

    #[test]
    fn a_known_place_after_a_place_adjective_is_the_place() {
        let words = ["east", "of", "downtown", "Houston", "."];
        let out = run(&words, &[(3, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Gpe)]);
        // A city's name as its club, with no such word before it, stays a body.
        let words = ["Houston", "beat", "Dallas", "."];
        let out = run(&words, &[(0, 1, EntityKind::Org), (2, 3, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Org), (2, 3, EntityKind::Org)]);
    }

    #[test]
    fn a_known_place_of_two_words_taken_for_a_person_is_the_place() {
        let words = ["reporters", "in", "Abu", "Dhabi", "said"];
        let out = run(&words, &[(2, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(2, 4, EntityKind::Gpe)]);
    }

    #[test]
    fn a_name_apposed_to_a_persons_occupation_is_a_persons() {
        let words = [
            "said",
            "Rezaul",
            "Karim",
            "Bhuiyan",
            ",",
            "an",
            "executive",
            "engineer",
            "at",
            "the",
            "board",
            ".",
            "Rezaul",
            "Karim",
            "Bhuiyan",
            "left",
        ];
        let out = run(
            &words,
            &[(1, 4, EntityKind::Org), (12, 15, EntityKind::Gpe)],
        );
        assert_eq!(
            out,
            vec![(1, 4, EntityKind::Person), (12, 15, EntityKind::Person)]
        );
        // A description that goes with the name after it leaves the one before alone.
        let words = [
            "with",
            "the",
            "BBC",
            ",",
            "a",
            "presidential",
            "adviser",
            ",",
            "Olena",
            "Marchuk",
        ];
        let out = run(
            &words,
            &[(2, 3, EntityKind::Org), (8, 10, EntityKind::Person)],
        );
        assert_eq!(
            out,
            vec![(2, 3, EntityKind::Org), (8, 10, EntityKind::Person)]
        );
    }

    #[test]
    fn bodies_known_after_tagging_and_trade_heads_type_names_as_bodies() {
        let words = [
            "a",
            "former",
            "Bosch",
            "engineer",
            "at",
            "Hafenstein",
            "Research",
        ];
        let out = run(&words, &[(2, 3, EntityKind::Misc), (5, 7, EntityKind::Gpe)]);
        assert_eq!(out, vec![(2, 3, EntityKind::Org), (5, 7, EntityKind::Org)]);
    }

    #[test]
    fn a_known_place_taken_for_a_person_is_the_place() {
        let words = [
            "teachers", "in", "the", "state", "of", "Victoria", "won", "a", "raise",
        ];
        let out = run(&words, &[(5, 6, EntityKind::Person)]);
        assert_eq!(out, vec![(5, 6, EntityKind::Gpe)]);
        // Not where the document writes it inside a person's name.
        let words = ["Victoria", "Lund", "said", "Victoria", "agreed"];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Person), (3, 4, EntityKind::Person)],
        );
        assert_eq!(
            out,
            vec![(0, 2, EntityKind::Person), (3, 4, EntityKind::Person)]
        );
    }

    #[test]
    fn a_city_before_its_police_is_the_city() {
        let words = [
            "no", "one", "was", "hurt", ",", "Cologne", "police", "said", ".",
        ];
        let out = run(&words, &[(5, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(5, 6, EntityKind::Gpe)]);
        // A body's own noun after it keeps the body: "Cologne shares" is no place's.
        let words = ["Cologne", "shares", "fell", "."];
        let out = run(&words, &[(0, 1, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Org)]);
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_body() {
        // "safety" in lower case elsewhere, a common word of the unlabeled text.
        let words = [
            "the", "safety", "rules", "changed", ".", "Safety", "comes", "first", ".",
        ];
        let out = run(&words, &[(5, 6, EntityKind::Org)]);
        assert_eq!(out, vec![]);
        // Not a word the document never writes in lower case.
        let words = [
            "the", "rules", "changed", ".", "Safety", "comes", "first", ".",
        ];
        let out = run(&words, &[(4, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(4, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_known_place_split_between_two_names_joins_the_first() {
        let words = ["the", "University", "of", "Buenos", "Aires", "said"];
        let out = run(&words, &[(1, 4, EntityKind::Org), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_romance_bodys_name_goes_on_through_de_la() {
        let words = [
            "the",
            "Unión",
            "de",
            "Trabajadores",
            "de",
            "la",
            "Educación",
            "said",
        ];
        let out = run(&words, &[(1, 4, EntityKind::Org), (6, 7, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 7, EntityKind::Org)]);
        // A body's name does not run into a person's after "de".
        let words = ["Banco", "Sol", "de", "Maria", "Silva"];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Org), (3, 5, EntityKind::Person)],
        );
        assert_eq!(
            out,
            vec![(0, 2, EntityKind::Org), (3, 5, EntityKind::Person)]
        );
    }

    #[test]
    fn a_name_described_as_a_vessel_is_the_vessels() {
        let words = [
            "The",
            "Kestrel",
            "Horizon",
            ",",
            "a",
            "366-metre",
            "vessel",
            "carrying",
            "cars",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Product)]);
        // A firm that owns vessels is no vessel.
        let words = [
            "The", "Varda", "Maritime", ",", "a", "firm", "of", "ship", "owners",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org)]);
    }

    #[test]
    fn ships_are_known_by_their_flags_and_appositions() {
        use EntityKind::*;
        // A flag's compound the tagger took into the name: the ship's words are a product.
        let words = [
            "The",
            "Marshall",
            "Islands-flagged",
            "Meridian",
            "Pearl",
            "struck",
        ];
        assert_eq!(run(&words, &[(1, 5, Org)]), vec![(3, 5, Product)]);
        // A flag's compound in the apposition after the name.
        let words = [
            "the",
            "Koral",
            "Star",
            ",",
            "a",
            "Panama-flagged",
            "bulk",
            "carrier",
        ];
        assert_eq!(run(&words, &[(1, 3, Org)]), vec![(1, 3, Product)]);
        // A name of two words with its article after the vessel's noun, and again later.
        let words = [
            "the", "vessel", ",", "the", "Coral", "Meridian", ",", "was", ".", "The", "Coral",
            "Meridian", "sailed",
        ];
        let out = run(&words, &[(4, 6, Org), (10, 12, Org)]);
        assert_eq!(out, vec![(4, 6, Product), (10, 12, Product)]);
        // A vessel's noun that closes a headline names nothing on the next line; a body's
        // name opened by "Vessel" is no ship.
        let words = [
            "losing",
            "farm",
            "satellite",
            "\n",
            "HYDERABAD",
            ",",
            "India",
        ];
        assert_eq!(run(&words, &[(4, 5, Gpe), (6, 7, Gpe)])[0], (4, 5, Gpe));
        let words = ["the", "Vessel", "Sanitation", "Program", "sent"];
        assert_eq!(run(&words, &[(1, 4, Org)]), vec![(1, 4, Org)]);
    }

    #[test]
    fn a_name_before_a_products_class_noun_is_the_product() {
        use EntityKind::*;
        // A model's number: the product, whatever the tagger made of the maker.
        let words = ["The", "Boeing", "767", "freighter", "skidded"];
        assert_eq!(run(&words, &[(1, 2, Org)]), vec![(1, 3, Product)]);
        let words = ["two", "AW101", "search-and-rescue", "helicopters"];
        assert_eq!(run(&words, &[]), vec![(1, 2, Product)]);
        let words = ["two", "Russian-made", "Su-30", "fighter", "jets"];
        assert_eq!(run(&words, &[]), vec![(2, 3, Product)]);
        // The maker before a series' name stays a body; a count is no part of the name.
        let words = ["a", "SpaceX", "Falcon", "9", "rocket"];
        assert_eq!(
            run(&words, &[(1, 2, Org)]),
            vec![(1, 2, Org), (2, 4, Product)]
        );
        let words = ["its", "38", "Airbus", "A320", "jets"];
        assert_eq!(run(&words, &[(2, 3, Org)]), vec![(2, 4, Product)]);
        // A name joined to the product's by "and" is one too.
        let words = ["the", "Volta", "S2", "and", "S2", "Max", "models"];
        let out = run(&words, &[(1, 3, Misc), (4, 6, Person)]);
        assert_eq!(out, vec![(1, 3, Product), (4, 6, Product)]);
        // Without a number, only a name the tagger left untyped or MISC, right before the
        // noun: the maker of "Toyota cars" stays, and so do places and acronyms.
        let words = ["the", "Tsurugi", "rocket", "lifted", "off"];
        assert_eq!(run(&words, &[(1, 2, Misc)]), vec![(1, 2, Product)]);
        let words = ["the", "Toyota", "cars", "were", "recalled"];
        assert_eq!(run(&words, &[(1, 2, Org)]), vec![(1, 2, Org)]);
        let words = ["the", "RAF", "aircraft", "flew"];
        assert_eq!(run(&words, &[(1, 2, Misc)]), vec![(1, 2, Misc)]);
        let words = ["the", "Maserati", "car", "company"];
        assert_eq!(run(&words, &[(1, 2, Misc)]), vec![(1, 2, Misc)]);
        // Weaker class nouns need a model's number; generations and dimensions are none,
        // and a sentence's first word is mostly a common one.
        let words = ["their", "Cubic", "Expression", "investment", "vehicle"];
        assert_eq!(run(&words, &[(1, 3, Misc)]), vec![(1, 3, Misc)]);
        let words = ["complicated", "3D", "models", "and", "3", "G", "phones"];
        assert_eq!(run(&words, &[]), vec![]);
        let words = ["Cargo", "jet", "crashes"];
        assert_eq!(run(&words, &[]), vec![]);
    }

    #[test]
    fn a_name_with_a_models_number_that_a_class_noun_names_is_a_product() {
        use EntityKind::*;
        let words = ["a", "satellite", "called", "Boreal-3", ",", "was", "lost"];
        assert_eq!(run(&words, &[(3, 4, Misc)]), vec![(3, 4, Product)]);
        let words = ["The", "drug", ",", "VRT-114", ",", "was", "designed"];
        assert_eq!(run(&words, &[]), vec![(3, 4, Product)]);
        let words = ["the", "vaccine", "known", "as", "HLV-7", "appears"];
        assert_eq!(run(&words, &[]), vec![(4, 5, Product)]);
        // A name without a number stays as tagged.
        let words = ["a", "drug", "called", "Leucorin", "."];
        assert_eq!(run(&words, &[(3, 4, Gpe)]), vec![(3, 4, Gpe)]);
    }

    #[test]
    fn x_after_on_in_a_post_is_the_platform() {
        use EntityKind::*;
        let words = [
            "Pruitt", "said", "in", "a", "post", "on", "X", "that", "it", "failed",
        ];
        assert_eq!(
            run(&words, &[(0, 1, Person)]),
            vec![(0, 1, Person), (6, 7, Org)]
        );
        // Not a letter in a list, nor "on X" with no post before it.
        let words = ["the", "vote", "on", "X", "failed"];
        assert_eq!(run(&words, &[]), vec![]);
        let words = ["wrote", "on", "X", "Corp", "stock"];
        assert_eq!(run(&words, &[]), vec![]);
    }

    #[test]
    fn natural_places_are_opened_by_their_words_and_named_by_peoples() {
        use EntityKind::*;
        let words = ["farmers", "in", "the", "Bay", "of", "Brest", "fear"];
        assert_eq!(run(&words, &[(5, 6, Gpe)]), vec![(3, 6, Loc)]);
        let words = ["River", "Severn", "bursts", "its", "banks"];
        assert_eq!(run(&words, &[]), vec![(0, 2, Loc)]);
        let words = ["in", "the", "Gulf", "of", "St.", "Lawrence", "."];
        assert_eq!(run(&words, &[(5, 6, Person)]), vec![(2, 6, Loc)]);
        let words = ["fell", "into", "the", "Norwegian", "Sea", "inside"];
        assert_eq!(run(&words, &[(3, 4, Norp)]), vec![(3, 5, Loc)]);
        // A head that names no natural place leaves the nationality alone.
        let words = ["the", "Norwegian", "Government", "said"];
        assert_eq!(run(&words, &[(1, 2, Norp)])[0], (1, 2, Norp));
    }

    #[test]
    fn laws_are_named_in_full_and_fires_by_their_names() {
        use EntityKind::*;
        // "on" and the topic, a year after, no year before.
        let words = [
            "breached",
            "the",
            "Organic",
            "Act",
            "on",
            "Political",
            "Parties",
            ",",
        ];
        assert_eq!(run(&words, &[(2, 4, Law)]), vec![(2, 7, Law)]);
        let words = ["under", "the", "Inquiries", "Act", "2005", "and"];
        assert_eq!(run(&words, &[(2, 4, Law)]), vec![(2, 5, Law)]);
        let words = [
            "repealing",
            "the",
            "2024",
            "Coastal",
            "Concessions",
            "Act",
            ",",
        ];
        assert_eq!(run(&words, &[(2, 6, Law)]), vec![(3, 6, Law)]);
        // A calendar word after "on" is the day, not the topic.
        let words = ["at", "the", "Trade", "Convention", "on", "Monday", "."];
        assert_eq!(run(&words, &[(2, 4, Law)]), vec![(2, 4, Law)]);
        // An untagged law after a possessive.
        let words = ["this", "year", "'s", "Finance", "Act", ","];
        assert_eq!(run(&words, &[]), vec![(3, 5, Law)]);
        // A named fire, with its head; a fire service is a body.
        let words = ["the", "Cold", "Creek", "fire", "was", "spotted"];
        assert_eq!(run(&words, &[(1, 3, Org)]), vec![(1, 4, Event)]);
        let words = ["the", "Hellenic", "Fire", "Service", "said"];
        assert_eq!(run(&words, &[(1, 4, Org)]), vec![(1, 4, Org)]);
        let words = ["the", "Kessling", "fire", "brigade", "said"];
        assert_eq!(run(&words, &[(1, 2, Gpe)]), vec![(1, 2, Gpe)]);
    }

    #[test]
    fn a_person_named_by_a_bodys_first_word_is_the_body() {
        let words = ["Magna", "International", "rose", ".", "Magna", "said"];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Org), (4, 5, EntityKind::Person)],
        );
        assert_eq!(out, vec![(0, 2, EntityKind::Org), (4, 5, EntityKind::Org)]);
        // A surname of a person named in full stays a person.
        let words = [
            "Bob",
            "Dole",
            "met",
            "Dole",
            "Foundation",
            "staff",
            ".",
            "Dole",
            "said",
        ];
        let out = run(
            &words,
            &[
                (0, 2, EntityKind::Person),
                (3, 5, EntityKind::Org),
                (7, 8, EntityKind::Person),
            ],
        );
        assert_eq!(out[2], (7, 8, EntityKind::Person));
    }

    #[test]
    fn a_lone_capital_a_opening_a_sentence_is_no_name() {
        let words = [
            "for",
            "Serie",
            "A",
            "club",
            ".",
            "A",
            "spokesperson",
            "said",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Misc), (5, 6, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Misc)]);
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
    fn a_newspaper_title_word_after_the_names_the_paper() {
        let words = ["the", "mayor", "resigned", ",", "the", "Times", "reported"];
        let out = run(&words, &[(5, 6, EntityKind::Misc)]);
        assert_eq!(out, vec![(5, 6, EntityKind::Org)]);
        // Without "the" the word is no paper's ("Times Square", a square by its head).
        let words = ["in", "Times", "Square"];
        let out = run(&words, &[(1, 3, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Facility)]);
    }

    #[test]
    fn a_company_noun_apposed_or_after_a_comma_makes_the_name_a_company() {
        let words = [
            "from",
            "Kardiolink",
            ",",
            "a",
            "Copenhagen",
            "startup",
            "that",
            "paid",
            ".",
            "\n",
            "Kardiolink",
            "did",
            "not",
        ];
        let tagged = [
            (1, 2, EntityKind::Gpe),
            (4, 5, EntityKind::Gpe),
            (10, 11, EntityKind::Gpe),
        ];
        let out = run(&words, &tagged);
        assert_eq!(
            out,
            vec![
                (1, 2, EntityKind::Org),
                (4, 5, EntityKind::Gpe),
                (10, 11, EntityKind::Org)
            ]
        );
        // "a company spokesman" is a person, not a company.
        let words = ["Ada", "Moor", ",", "a", "company", "spokesman", ",", "said"];
        let out = run(&words, &[(0, 2, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Person)]);
        // "his trucking company, Tanner Freight,": more than the tagger's person.
        let words = ["his", "company", ",", "Tanner", "Freight", ",", "and"];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 5, EntityKind::Org)]);
        let words = ["the", "firm", ",", "Smith", "said", "."];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Person)]);
        let words = ["The", "water", "company", ",", "Copasa", ",", "said"];
        let out = run(&words, &[(4, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 5, EntityKind::Org)]);
        // A place known after tagging, shown as a place, is one where taken for a body, unless
        // the body is the more frequent.
        let words = ["state", "of", "Karnataka", ".", "Karnataka", "generates"];
        let out = run(&words, &[(2, 3, EntityKind::Gpe), (4, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(2, 3, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        let words = [
            "state",
            "of",
            "Karnataka",
            ".",
            "Karnataka",
            "shares",
            "Karnataka",
        ];
        let tagged = [
            (2, 3, EntityKind::Gpe),
            (4, 5, EntityKind::Org),
            (6, 7, EntityKind::Org),
        ];
        assert_eq!(run(&words, &tagged)[1], (4, 5, EntityKind::Org));
        // A natural place after "the" used as a noun is the place; before a noun it stays.
        let words = ["in", "the", "central", "Mediterranean", "on", "Monday"];
        let out = run(&words, &[(3, 4, EntityKind::Misc)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Loc)]);
        let words = ["the", "Mediterranean", "island", "of", "Malta"];
        let out = run(&words, &[(1, 2, EntityKind::Misc)]);
        assert_eq!(out[0], (1, 2, EntityKind::Misc));
        // A protected area's head of two words types the name; "Linda Park" stays a person.
        let words = [
            "in", "Kruger", "National", "Park", "and", "Linda", "Park", "said",
        ];
        let tagged = [(1, 4, EntityKind::Misc), (5, 7, EntityKind::Person)];
        let out = run(&words, &tagged);
        assert_eq!(
            out,
            vec![(1, 4, EntityKind::Loc), (5, 7, EntityKind::Person)]
        );
        // A unit's noun after a governed place is part of its name, not before a title; a
        // company's head before "and" and an institution's head.
        let words = [
            "in", "Nairobi", "County", "and", "U.S.", "District", "Judge", "Wolf",
        ];
        let tagged = [
            (1, 2, EntityKind::Gpe),
            (4, 5, EntityKind::Gpe),
            (7, 8, EntityKind::Person),
        ];
        let out = run(&words, &tagged);
        assert_eq!(out[0], (1, 3, EntityKind::Gpe));
        assert_eq!(out[1], (4, 5, EntityKind::Gpe));
        let words = [
            "the",
            "Water",
            "Resources",
            "and",
            "Energy",
            "Directorate",
            "said",
        ];
        let tagged = [(1, 3, EntityKind::Org), (4, 6, EntityKind::Org)];
        assert_eq!(run(&words, &tagged), vec![(1, 6, EntityKind::Org)]);
        // A club's head types its name; a natural place known after tagging is no GPE;
        // "Water" alone is no name.
        let words = [
            "for",
            "Northfield",
            "Athletic",
            "on",
            "the",
            "Skagerrak",
            ".",
        ];
        let tagged = [(1, 3, EntityKind::Gpe), (5, 6, EntityKind::Gpe)];
        let out = run(&words, &tagged);
        assert_eq!(out, vec![(1, 3, EntityKind::Org), (5, 6, EntityKind::Loc)]);
        assert_eq!(
            run(&["Water", "systems"], &[(0, 1, EntityKind::Misc)]),
            vec![]
        );
        // A known body of two words split by the tagger; "City Hall" is a building.
        let words = ["NHS", "England", "said", "at", "City", "Hall"];
        let tagged = [
            (0, 1, EntityKind::Org),
            (1, 2, EntityKind::Gpe),
            (4, 6, EntityKind::Gpe),
        ];
        let out = run(&words, &tagged);
        assert_eq!(
            out,
            vec![(0, 2, EntityKind::Org), (4, 6, EntityKind::Facility)]
        );
        // "Winter Storm Hollis" is one storm.
        let words = ["Winter", "Storm", "Hollis", "hit"];
        let out = run(&words, &[(1, 3, EntityKind::Event)]);
        assert_eq!(out, vec![(0, 3, EntityKind::Event)]);
        // A law's name opens with the capitalised words before the tagger's part of it.
        let words = ["under", "its", "Critical", "Raw", "Materials", "Act", ","];
        let out = run(&words, &[(4, 6, EntityKind::Law)]);
        assert_eq!(out, vec![(2, 6, EntityKind::Law)]);
        // A place goes on through "de" into a one-word MISC.
        let words = ["in", "Lamas", "de", "Olo", "on"];
        let tagged = [(1, 2, EntityKind::Gpe), (3, 4, EntityKind::Misc)];
        assert_eq!(run(&words, &tagged), vec![(1, 4, EntityKind::Gpe)]);
        // "River X" is a river, "X Union" a body, "Rain" alone no name.
        let words = [
            "the", "River", "Corgo", "and", "the", "Harbour", "Workers", "Union",
        ];
        let tagged = [(1, 3, EntityKind::Gpe), (5, 8, EntityKind::Misc)];
        let out = run(&words, &tagged);
        assert_eq!(out, vec![(1, 3, EntityKind::Loc), (5, 8, EntityKind::Org)]);
        assert_eq!(run(&["Rain", "fell"], &[(0, 1, EntityKind::Gpe)]), vec![]);
        // An age apposed after the name makes it a person's.
        let words = [
            "at", "the", "bank", ",", "Stuart", "Kell", ",", "47", ",", "was",
        ];
        let out = run(&words, &[(4, 6, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 6, EntityKind::Person)]);
        // A company's noun after a person's noun in the apposition does not head it.
        let words = [
            "Marcus",
            "Bell",
            ",",
            "an",
            "attorney",
            "representing",
            "one",
            "group",
            ",",
        ];
        let out = run(&words, &[(0, 2, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Person)]);
    }

    #[test]
    fn known_places_and_bodies_win_over_the_taggers_type_and_extent() {
        // A capital taken for another sort of name; a place after "village of".
        let words = [
            "called", "on", "Dushanbe", "near", "the", "village", "of", "Kok-Tash",
        ];
        let out = run(
            &words,
            &[(2, 3, EntityKind::Misc), (7, 8, EntityKind::Misc)],
        );
        assert_eq!(out, vec![(2, 3, EntityKind::Gpe), (7, 8, EntityKind::Gpe)]);
        // A body the lexicon knows by its full name, cut short by the tagger.
        let words = [
            "the",
            "Organization",
            "for",
            "Security",
            "and",
            "Co-operation",
            "in",
            "Europe",
            "said",
        ];
        let out = run(&words, &[(1, 6, EntityKind::Org), (7, 8, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 8, EntityKind::Org)]);
        // A sea named by a nationality and a spaceport are places, whatever the tagger made
        // of them.
        let words = ["the", "Norwegian", "Sea", "and", "Andøya", "Spaceport"];
        let out = run(
            &words,
            &[(1, 3, EntityKind::Misc), (4, 6, EntityKind::Person)],
        );
        assert_eq!(
            out,
            vec![(1, 3, EntityKind::Loc), (4, 6, EntityKind::Facility)]
        );
        // A natural place is no body; a city after "near" is the city, a club elsewhere.
        let words = [
            "Red", "Sea", "detours", "near", "Lyon", ";", "Lyon", "beat", "Monaco",
        ];
        let tagged = [
            (0, 2, EntityKind::Org),
            (4, 5, EntityKind::Org),
            (6, 7, EntityKind::Org),
            (8, 9, EntityKind::Org),
        ];
        let out = run(&words, &tagged);
        assert_eq!(out[0], (0, 2, EntityKind::Loc));
        assert_eq!(out[1], (4, 5, EntityKind::Gpe));
        assert_eq!(out[2], (6, 7, EntityKind::Org));
    }

    #[test]
    fn company_contexts_camel_case_and_long_body_names_make_orgs() {
        // A one-word "person" never named in full, before "employee": a company throughout.
        let words = [
            "Klaverpay",
            "said",
            ".",
            "A",
            "Klaverpay",
            "employee",
            "spoke",
        ];
        let out = run(
            &words,
            &[(0, 1, EntityKind::Person), (4, 5, EntityKind::Person)],
        );
        assert_eq!(out, vec![(0, 1, EntityKind::Org), (4, 5, EntityKind::Org)]);
        // ... but not a surname the document gives in full.
        let words = ["Ada", "Moor", "said", ".", "Moor", "staff", "left"];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Person), (4, 5, EntityKind::Person)],
        );
        assert_eq!(out[1], (4, 5, EntityKind::Person));
        // A brand written with a capital inside, which the tagger left out; not "McDonald".
        let words = ["TenneT", "and", "McDonald", "said"];
        assert_eq!(run(&words, &[]), vec![(0, 1, EntityKind::Org)]);
        // A body named on with "for" and capitalised words, and a plural possessive.
        let words = [
            "the",
            "Organization",
            "for",
            "Migration",
            "and",
            "the",
            "Steelmakers",
            "’",
            "Association",
            "said",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Org),
                (6, 7, EntityKind::Person),
                (8, 9, EntityKind::Org),
            ],
        );
        assert_eq!(out, vec![(1, 4, EntityKind::Org), (6, 9, EntityKind::Org)]);
        // A head the tagger left out, then "for the" and the name it found.
        let words = [
            "the",
            "Ministry",
            "for",
            "the",
            "Ecological",
            "Transition",
            "said",
        ];
        let out = run(&words, &[(4, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 6, EntityKind::Org)]);
        // A number in words opening a sentence is no name.
        let words = ["Nineteen", "of", "24", "economists"];
        assert_eq!(run(&words, &[(0, 1, EntityKind::Person)]), vec![]);
    }

    #[test]
    fn articles_parties_and_given_names_around_names() {
        // "The Hague" is the place; "Democrat Karen Holloway" a group and a person; "Jonas de
        // Wit" one person; a party word the tagger left out before a person is NORP.
        let words = [
            "in",
            "The",
            "Hague",
            ",",
            "Democrat",
            "Karen",
            "Holloway",
            "and",
            "Jonas",
            "de",
            "Wit",
            "met",
            "Republican",
            "Greg",
            "Tanner",
        ];
        let tagged = [
            (2, 3, EntityKind::Person),
            (4, 7, EntityKind::Org),
            (9, 11, EntityKind::Person),
            (13, 15, EntityKind::Person),
        ];
        let out = run(&words, &tagged);
        assert_eq!(
            out,
            vec![
                (1, 3, EntityKind::Gpe),
                (4, 5, EntityKind::Norp),
                (5, 7, EntityKind::Person),
                (8, 11, EntityKind::Person),
                (12, 13, EntityKind::Norp),
                (13, 15, EntityKind::Person),
            ]
        );
        // A name the document types as a place stays one where the tagger said MISC.
        let words = [
            "the",
            "village",
            "of",
            "Kok-Tash",
            ".",
            "Residents",
            "of",
            "Kok-Tash",
        ];
        let out = run(
            &words,
            &[(3, 4, EntityKind::Misc), (7, 8, EntityKind::Misc)],
        );
        assert_eq!(out, vec![(3, 4, EntityKind::Gpe), (7, 8, EntityKind::Gpe)]);
    }

    #[test]
    fn a_place_runs_on_into_a_bodys_name_and_its_acronym_follows() {
        let words = [
            "of",
            "the",
            "Sierra",
            "Leone",
            "Broadcasting",
            "Corporation",
            "(",
            "SLBC",
            ")",
            "to",
        ];
        let out = run(&words, &[(2, 4, EntityKind::Gpe), (5, 6, EntityKind::Gpe)]);
        assert_eq!(out, vec![(2, 6, EntityKind::Org), (7, 8, EntityKind::Org)]);
        // "the Department of Forestry, Fisheries and the Environment": one body, its head
        // found where the tagger left it out; a list not closed by "and" stops at the comma.
        let words = [
            "the",
            "Department",
            "of",
            "Forestry",
            ",",
            "Fisheries",
            "and",
            "the",
            "Environment",
            "said",
            ";",
            "the",
            "Department",
            "of",
            "Justice",
            ",",
            "Smith",
            "said",
        ];
        let tagged = [
            (2, 4, EntityKind::Misc),
            (5, 6, EntityKind::Org),
            (14, 15, EntityKind::Org),
            (16, 17, EntityKind::Person),
        ];
        let out = run(&words, &tagged);
        assert_eq!(out[0], (1, 9, EntityKind::Org));
        assert_eq!(out[1], (12, 15, EntityKind::Org));
    }

    #[test]
    fn storms_statistics_offices_and_bodies_named_with_and() {
        // A storm's name after its kind is an event, and so is the name alone later.
        let words = ["Hurricane", "Mara", "neared", ".", "Mara", "hit", "Texas"];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Person),
                (4, 5, EntityKind::Person),
                (6, 7, EntityKind::Gpe),
            ],
        );
        assert_eq!(
            out,
            vec![
                (0, 2, EntityKind::Event),
                (4, 5, EntityKind::Event),
                (6, 7, EntityKind::Gpe)
            ]
        );
        // A known body's long name wins over the tagger's pieces of it, not over a longer
        // name holding it.
        let words = [
            "the",
            "Centers",
            "for",
            "Disease",
            "Control",
            "and",
            "Prevention",
            "said",
        ];
        let out = run(&words, &[(3, 5, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 7, EntityKind::Org)]);
        // "the National Hurricane Center" is a body.
        let words = ["the", "National", "Hurricane", "Center", "said"];
        let out = run(&words, &[(1, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org)]);
        // "Statistics Poland" is an office; "Ministry of Mines and Minerals Development" one
        // body, "Bank of America and Barclays" two.
        let words = [
            "Statistics",
            "Poland",
            "and",
            "the",
            "Ministry",
            "of",
            "Mines",
            "and",
            "Minerals",
            "Development",
            "and",
            "Bank",
            "of",
            "America",
            "and",
            "Barclays",
        ];
        let tagged = [
            (0, 2, EntityKind::Gpe),
            (4, 7, EntityKind::Org),
            (8, 10, EntityKind::Org),
            (11, 14, EntityKind::Org),
            (15, 16, EntityKind::Org),
        ];
        let out = run(&words, &tagged);
        assert_eq!(
            out,
            vec![
                (0, 2, EntityKind::Org),
                (4, 10, EntityKind::Org),
                (11, 14, EntityKind::Org),
                (15, 16, EntityKind::Org)
            ]
        );
    }

    #[test]
    fn counts_cities_beside_places_and_names_before_an_apostrophe() {
        // A count before a name is no part of it; a city beside a place is a place.
        let words = [
            "1,500",
            "National",
            "Guard",
            "troops",
            "to",
            "Rotterdam",
            "and",
            "Hamburg",
        ];
        let tagged = [
            (0, 3, EntityKind::Misc),
            (5, 6, EntityKind::Gpe),
            (7, 8, EntityKind::Org),
        ];
        let out = run(&words, &tagged);
        assert_eq!(out[0].0, 1);
        assert_eq!(out[2], (7, 8, EntityKind::Gpe));
        // "the Transport Workers' Federation" where only "Federation" was found.
        let words = ["the", "Transport", "Workers", "’", "Federation", "said"];
        let out = run(&words, &[(4, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 5, EntityKind::Org)]);
    }

    #[test]
    fn call_signs_and_trade_heads_make_bodies() {
        let words = [
            "an",
            "interview",
            "with",
            "WKLM-TV",
            "about",
            "Calloway",
            "Freight",
        ];
        let out = run(&words, &[(3, 4, EntityKind::Misc), (5, 7, EntityKind::Gpe)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Org), (5, 7, EntityKind::Org)]);
    }

    #[test]
    fn a_given_name_before_a_middle_initial_joins_the_person() {
        let words = ["Jill", "A.", "Martin", ",", "a", "vice", "president"];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 3, EntityKind::Person)]);
        // A title before the initial stays out.
        let words = ["President", "A.", "Lincoln", "spoke"];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Person)]);
    }

    #[test]
    fn nationalities_tagged_as_places_are_norp() {
        let words = ["sent", "North", "Koreans", "to", "Russia"];
        let out = run(&words, &[(1, 3, EntityKind::Gpe), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Norp), (4, 5, EntityKind::Gpe)]);
    }

    #[test]
    fn names_of_rivers_and_dams_are_places_and_facilities_but_a_surname_park_is_not() {
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
                (1, 3, EntityKind::Facility),
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
    fn a_name_after_a_role_taken_for_the_person_is_the_person() {
        let words = [
            "Deputy", "National", "Security", "Adviser", "Park", "Ji-hoon", "warned", "on",
            "Monday",
        ];
        // The role tagged as the person, the name left out or a part of it tagged alone.
        let out = run(&words, &[(1, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(4, 6, EntityKind::Person)]);
        let out = run(
            &words,
            &[(1, 4, EntityKind::Person), (5, 6, EntityKind::Misc)],
        );
        assert_eq!(out, vec![(4, 6, EntityKind::Person)]);
        // A name that ends in a title is no role: the words after it are left alone.
        let words = ["both", "Martin", "Luther", "King", "Jnr", "and", "others"];
        let out = run(&words, &[(1, 4, EntityKind::Person)]);
        assert!(!out.contains(&(4, 5, EntityKind::Person)), "{out:?}");
    }

    #[test]
    fn a_last_word_the_tagger_left_out_closes_the_persons_name() {
        let words = [
            "Mayor", "Luísa", "Brandão", "Teixeira", "said", "it", "flooded",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Person)]);
        let words = ["Nana", "Kwaku", "Agyeman", "II", ",", "the", "chief"];
        let out = run(&words, &[(0, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(0, 4, EntityKind::Person)]);
        // Not a calendar word, a company's legal form (the company's then) or a word of a
        // longer run.
        for words in [
            ["Ana", "Ruiz", "Monday", "said", "so"],
            ["Boreal", "Atomi", "Oy", "said", "so"],
            ["Ana", "Ruiz", "Kessler", "Fund", "said"],
        ] {
            let out = run(&words, &[(0, 2, EntityKind::Person)]);
            assert!(
                !out.contains(&(0, 3, EntityKind::Person)),
                "{words:?}: {out:?}"
            );
        }
    }

    #[test]
    fn a_plus_glued_to_a_bodys_acronym_is_part_of_it() {
        let words = ["OPEC", "+", "agreed", "to", "cut"];
        let spaced = [true, false, true, true, true];
        let out = run_spaced(&words, &spaced, &[(0, 1, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Org)]);
        // Not with a space between.
        let out = run(&words, &[(0, 1, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Org)]);
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

    #[test]
    fn trimming_repeats_until_no_edge_word_is_left() {
        // The calendar word goes first, then the "on" it bared.
        let words = ["rain", "across", "Ostmark", "Province", "on", "Friday", "."];
        let out = run(&words, &[(2, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(2, 4, EntityKind::Gpe)]);
    }

    #[test]
    fn a_role_before_a_name_leaves_a_body_span() {
        // A portfolio and a title before two words no common text writes: the person.
        let words = ["said", "Transport", "Minister", "Ilka", "Dornvald", "today"];
        let out = run(&words, &[(1, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(3, 5, EntityKind::Person)]);
        // A title that opens the name is part of it.
        let words = ["the", "Justice", "Department", "and", "General", "Motors"];
        let out = run(&words, &[(1, 3, EntityKind::Org), (4, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org), (4, 6, EntityKind::Org)]);
        // Common words after a title are a role, not a name.
        let words = [
            "the",
            "Brightcorp",
            "Chief",
            "Executive",
            "Officer",
            "spoke",
        ];
        let out = run(&words, &[(1, 5, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 5, EntityKind::Org)]);
        // One word after an honorific is a person.
        let words = ["met", "Lord", "Tarrantby", "yesterday"];
        let out = run(&words, &[(1, 3, EntityKind::Loc)]);
        assert_eq!(out, vec![(2, 3, EntityKind::Person)]);
    }

    #[test]
    fn a_body_run_on_into_titles_ends_before_them() {
        let words = ["the", "Harbor", "League", "of", "Prime", "Minister", "Ola"];
        let out = run(&words, &[(1, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org)]);
        let words = ["Grain", "Party", "Justice", "Minister", "Ola", "Venn"];
        let out = run(&words, &[(0, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Org)]);
        // A role alone is no name.
        let words = ["the", "Lord", "Chief", "Justice", "ruled"];
        assert_eq!(run(&words, &[(1, 4, EntityKind::Org)]), vec![]);
    }

    #[test]
    fn heads_of_bodies_type_persons_and_other_names() {
        let words = [
            "Harbor", "Watch", "and", "the", "Grain", "Relief", "Society",
        ];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Person), (4, 7, EntityKind::Misc)],
        );
        assert_eq!(out, vec![(0, 2, EntityKind::Org), (4, 7, EntityKind::Org)]);
        // The head stands before "of": a council of a county is no county.
        let words = ["the", "Trade", "Council", "of", "Orrel", "County"];
        let out = run(&words, &[(1, 6, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 6, EntityKind::Org)]);
    }

    #[test]
    fn a_name_before_a_place_noun_is_a_place() {
        let words = [
            "the",
            "Ostra",
            "valley",
            "and",
            "the",
            "Ostmark",
            "provincial",
            "government",
        ];
        let out = run(&words, &[(1, 2, EntityKind::Org), (5, 6, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 2, EntityKind::Loc), (5, 6, EntityKind::Gpe)]);
    }

    #[test]
    fn datelines_are_places_with_their_agency() {
        let words = [
            "BRANNOCK", ",", "Ostland", "(", "NPA", ")", "\u{2014}", "The", "snow", "reached",
            "Brannock", "early",
        ];
        let out = run(
            &words,
            &[
                (0, 1, EntityKind::Org),
                (2, 3, EntityKind::Gpe),
                (4, 5, EntityKind::Gpe),
                (10, 11, EntityKind::Org),
            ],
        );
        assert_eq!(
            out,
            vec![
                (0, 1, EntityKind::Gpe),
                (2, 3, EntityKind::Gpe),
                (4, 5, EntityKind::Org),
                (10, 11, EntityKind::Gpe),
            ]
        );
        // A place alone before a long dash, found by the tagger.
        let words = ["VELMORA", "\u{2014}", "Roads", "closed"];
        let out = run(&words, &[(0, 1, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Gpe)]);
        // A section label before a hyphen and a heading nothing was found in are no datelines.
        let words = ["PRESS", "DIGEST", "-", "Ostland"];
        let out = run(&words, &[(0, 2, EntityKind::Org), (3, 4, EntityKind::Gpe)]);
        assert_eq!(out, vec![(0, 2, EntityKind::Org), (3, 4, EntityKind::Gpe)]);
        let words = ["OPEN", "QUESTIONS", "\u{2014}", "For", "years"];
        assert_eq!(run(&words, &[]), vec![]);
    }

    #[test]
    fn a_country_and_its_nationality_in_one_document() {
        let words = [
            "Ostlandia",
            "\u{2019}s",
            "dams",
            ";",
            "Ostlandian",
            "crews",
            "helped",
        ];
        let out = run(&words, &[(0, 1, EntityKind::Org), (4, 5, EntityKind::Gpe)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Gpe), (4, 5, EntityKind::Norp)]);
        // Without its country, a nationality the document puts before a nation's noun.
        let words = [
            "the",
            "Velorian",
            "government",
            "and",
            "Velorian",
            "rescuers",
            "and",
            "an",
            "Orwellian",
            "plan",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Misc),
                (4, 5, EntityKind::Misc),
                (8, 9, EntityKind::Misc),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 2, EntityKind::Norp),
                (4, 5, EntityKind::Norp),
                (8, 9, EntityKind::Misc)
            ]
        );
    }

    #[test]
    fn a_nationality_shaped_last_word_looks_past_the_end_safely() {
        // The word after the last one is none (found by the property tests).
        let out = run(&["Velorian"], &[(0, 1, EntityKind::Misc)]);
        assert_eq!(out, vec![(0, 1, EntityKind::Misc)]);
    }

    #[test]
    fn an_adverb_alone_is_no_name_but_stays_inside_one() {
        let words = [
            "Upstream", ",", "the", "Offshore", "Data", "Services", "said",
        ];
        let out = run(&words, &[(0, 1, EntityKind::Gpe), (3, 6, EntityKind::Org)]);
        assert_eq!(out, vec![(3, 6, EntityKind::Org)]);
    }

    #[test]
    fn heads_type_structures_laws_events_and_natural_places() {
        // The tagger's place or organisation gives way to the head's type.
        let words = [
            "the",
            "Panama",
            "Canal",
            ",",
            "the",
            "Digital",
            "Markets",
            "Act",
            ",",
            "the",
            "Frankfurt",
            "Marathon",
            ",",
            "Gatun",
            "Lake",
            ",",
            "Meridian",
            "Ocean",
            "Lines",
        ];
        let out = run(
            &words,
            &[
                (1, 3, EntityKind::Gpe),
                (5, 8, EntityKind::Org),
                (10, 12, EntityKind::Org),
                (13, 15, EntityKind::Person),
                (16, 19, EntityKind::Gpe),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 3, EntityKind::Facility),
                (5, 8, EntityKind::Law),
                (10, 12, EntityKind::Event),
                (13, 15, EntityKind::Loc),
                (16, 19, EntityKind::Org),
            ]
        );
    }

    #[test]
    fn a_body_does_not_run_on_into_a_calendar_word() {
        let words = [
            "the",
            "European",
            "Commission",
            "on",
            "Thursday",
            "fined",
            "it",
        ];
        let out = run(&words, &[(1, 3, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org)]);
    }

    #[test]
    fn the_first_word_of_a_bodys_name_alone_is_the_body() {
        let words = [
            "Meridian", "Ocean", "Lines", "said", ".", "Meridian", "has", "ships", ".",
        ];
        for tagged in [EntityKind::Org, EntityKind::Person, EntityKind::Misc] {
            let out = run(&words, &[(0, 3, EntityKind::Org), (5, 6, tagged)]);
            assert_eq!(
                out,
                vec![(0, 3, EntityKind::Org), (5, 6, EntityKind::Org)],
                "{tagged:?}"
            );
        }
    }

    #[test]
    fn the_datelines_town_is_the_town_wherever_named_alone() {
        // Taken for a person, or left untagged, the town of the dateline is the town.
        let words = [
            "CLEARWATER",
            ",",
            "Ostland",
            "\u{2014}",
            "Fire",
            "neared",
            "Clearwater",
            ".",
            "Clearwater",
            "said",
            "no",
        ];
        let out = run(
            &words,
            &[
                (0, 1, EntityKind::Gpe),
                (2, 3, EntityKind::Gpe),
                (8, 9, EntityKind::Person),
            ],
        );
        assert_eq!(
            out,
            vec![
                (0, 1, EntityKind::Gpe),
                (2, 3, EntityKind::Gpe),
                (6, 7, EntityKind::Gpe),
                (8, 9, EntityKind::Gpe),
            ]
        );
        // A person's full name that holds the word keeps the short name a person.
        let words = [
            "JACKSON", ",", "Ostland", "\u{2014}", "Tom", "Jackson", "won", ".", "Jackson", "said",
            "so",
        ];
        let out = run(
            &words,
            &[
                (0, 1, EntityKind::Gpe),
                (2, 3, EntityKind::Gpe),
                (4, 6, EntityKind::Person),
                (8, 9, EntityKind::Person),
            ],
        );
        assert_eq!(out[3], (8, 9, EntityKind::Person));
    }

    #[test]
    fn armed_forces_and_railways_are_bodies() {
        let words = [
            "the", "Canadian", "Armed", "Forces", "and", "Canadian", "National", "Railway",
        ];
        let out = run(
            &words,
            &[(1, 4, EntityKind::Misc), (5, 8, EntityKind::Misc)],
        );
        assert_eq!(out, vec![(1, 4, EntityKind::Org), (5, 8, EntityKind::Org)]);
    }

    #[test]
    fn a_plural_possessive_runs_on_into_a_bodys_head() {
        let words = ["the", "Belgian", "Farmers", "'", "Alliance", "marched"];
        let out = run(&words, &[(1, 3, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 5, EntityKind::Org)]);
    }

    #[test]
    fn a_title_word_before_a_bodys_head_opens_the_body() {
        let words = [
            "the",
            "Crown",
            "Prosecution",
            "Service",
            "and",
            "Biden",
            "'s",
            "Justice",
            "Department",
        ];
        let out = run(
            &words,
            &[
                (2, 4, EntityKind::Org),
                (5, 6, EntityKind::Person),
                (8, 9, EntityKind::Person),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 4, EntityKind::Org),
                (5, 6, EntityKind::Person),
                (7, 9, EntityKind::Org),
            ]
        );
        // Tagged whole, the body keeps its title word.
        let words = ["the", "Justice", "Department", "said"];
        let out = run(&words, &[(1, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org)]);
        // A title before a person stays apart from the name.
        let words = ["said", "Chief", "Justice", "Roberts"];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Person)]);
    }

    #[test]
    fn a_name_with_van_is_one_person() {
        let words = [
            "said", "Lotte", "van", "Rijn", "and", "Jan", "van", "der", "Berg",
        ];
        let out = run(&words, &[(1, 2, EntityKind::Org), (3, 4, EntityKind::Gpe)]);
        assert_eq!(
            out,
            vec![(1, 4, EntityKind::Person), (5, 9, EntityKind::Person)]
        );
    }

    #[test]
    fn a_known_body_begun_late_takes_its_first_words() {
        let words = ["Médecins", "Sans", "Frontières", "(", "MSF", ")", "said"];
        let out = run(
            &words,
            &[(1, 3, EntityKind::Person), (4, 5, EntityKind::Org)],
        );
        assert_eq!(out[0], (0, 3, EntityKind::Org));
    }

    #[test]
    fn nationalities_and_ampersands_join_bodies() {
        let words = [
            "the",
            "Swiss",
            "Financial",
            "Market",
            "Supervisory",
            "Authority",
            "and",
            "Haldermatt",
            "&",
            "Cie",
            "and",
            "Procter",
            "&",
            "Gamble",
            "and",
            "Marks",
            "&",
            "Spencer",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Norp),
                (4, 6, EntityKind::Org),
                (7, 8, EntityKind::Org),
                (9, 10, EntityKind::Gpe),
                (13, 14, EntityKind::Misc),
                (15, 18, EntityKind::Person),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 6, EntityKind::Org),
                (7, 10, EntityKind::Org),
                (11, 14, EntityKind::Org),
                (15, 18, EntityKind::Org),
            ]
        );
    }

    #[test]
    fn a_nationality_opens_the_capitalised_words_through_a_body_head() {
        // "Foreign Office" untagged; "Centre" taken for a person; "Prime Minister" no body.
        let words = [
            "the",
            "German",
            "Foreign",
            "Office",
            "and",
            "the",
            "Australian",
            "Cyber",
            "Security",
            "Centre",
            "and",
            "British",
            "Prime",
            "Minister",
            "Keir",
            "Starmer",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Norp),
                (6, 7, EntityKind::Norp),
                (9, 10, EntityKind::Person),
                (11, 12, EntityKind::Norp),
                (14, 16, EntityKind::Person),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 4, EntityKind::Org),
                (6, 10, EntityKind::Org),
                (11, 12, EntityKind::Norp),
                (14, 16, EntityKind::Person),
            ]
        );
    }

    #[test]
    fn capitalised_words_after_the_open_a_body() {
        // "Monday" is a calendar word; "Services Association" has no "the" before it.
        let words = [
            "The",
            "Connected",
            "Services",
            "Association",
            "and",
            "Lanka",
            "'s",
            "Marine",
            "Environment",
            "Authority",
            "and",
            "Monday",
            "Council",
            "and",
            "Acme",
            "Services",
            "Association",
        ];
        let out = run(
            &words,
            &[
                (2, 4, EntityKind::Org),
                (8, 10, EntityKind::Org),
                (12, 13, EntityKind::Org),
                (15, 17, EntityKind::Org),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 4, EntityKind::Org),
                (7, 10, EntityKind::Org),
                (12, 13, EntityKind::Org),
                (15, 17, EntityKind::Org),
            ]
        );
    }

    #[test]
    fn a_name_before_a_structures_head_is_the_structure_and_a_bank_a_body() {
        let words = [
            "on",
            "the",
            "Pan-American",
            "Highway",
            "near",
            "the",
            "Inter-American",
            "Development",
            "Bank",
        ];
        let out = run(
            &words,
            &[(2, 3, EntityKind::Misc), (6, 9, EntityKind::Misc)],
        );
        assert_eq!(
            out,
            vec![(2, 4, EntityKind::Facility), (6, 9, EntityKind::Org)]
        );
    }

    #[test]
    fn a_person_after_a_preposition_or_noun_of_place_is_the_place() {
        let words = [
            "In", "Puente", "Alto", ",", "the", "resort", "of", "Verbier", "and", "in", "Maria",
            "Smith",
        ];
        let out = run(
            &words,
            &[
                (1, 3, EntityKind::Person),
                (7, 8, EntityKind::Person),
                (10, 12, EntityKind::Person),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 3, EntityKind::Gpe),
                (7, 8, EntityKind::Gpe),
                (10, 12, EntityKind::Person)
            ]
        );
    }

    #[test]
    fn a_craft_of_space_apposed_to_its_noun_is_a_product() {
        let words = ["The", "satellite", ",", "Amagumo", ",", "was", "lost", "."];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Product)]);
        // A name after a comma that is no vessel's noun stays as tagged.
        let words = ["The", "captain", ",", "Amagumo", ",", "was", "lost", "."];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Person)]);
    }

    #[test]
    fn a_known_city_typed_as_a_person_is_the_city_unless_a_full_name_ends_in_it() {
        let words = ["Power", "cuts", "as", "Delhi", "swelters"];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 4, EntityKind::Gpe)]);
        let words = ["Denzel", "Washington", "won", ".", "Washington", "smiled"];
        let out = run(
            &words,
            &[(0, 2, EntityKind::Person), (4, 5, EntityKind::Person)],
        );
        assert_eq!(
            out,
            vec![(0, 2, EntityKind::Person), (4, 5, EntityKind::Person)]
        );
    }

    #[test]
    fn vietnamese_names_are_persons() {
        let words = ["said", "Do", "Thi", "Lan", ",", "and", "Tran", "Van", "Loc"];
        let out = run(
            &words,
            &[(2, 4, EntityKind::Person), (6, 9, EntityKind::Misc)],
        );
        assert_eq!(
            out,
            vec![(1, 4, EntityKind::Person), (6, 9, EntityKind::Person)]
        );
        // A family name alone before other words is no sign.
        let words = ["Le", "Monde", "Diplomatique", "reported"];
        let out = run(&words, &[(0, 3, EntityKind::Org)]);
        assert_eq!(out, vec![(0, 3, EntityKind::Org)]);
    }

    #[test]
    fn structures_laws_and_vessels_are_typed_by_their_words() {
        let words = [
            "at",
            "Vienna",
            "International",
            "Airport",
            "under",
            "the",
            "Safe",
            "Screens",
            "for",
            "Minors",
            "Act",
            "near",
            "the",
            "tanker",
            "Meridian",
            "Pearl",
            "and",
            "the",
            "Capitol",
            ".",
            "Meridian",
            "Pearl",
            "sank",
        ];
        let out = run(
            &words,
            &[
                (1, 2, EntityKind::Gpe),
                (3, 4, EntityKind::Misc),
                (6, 8, EntityKind::Misc),
                (9, 11, EntityKind::Misc),
                (14, 16, EntityKind::Org),
                (18, 19, EntityKind::Gpe),
                (20, 22, EntityKind::Org),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 4, EntityKind::Facility),
                (6, 11, EntityKind::Law),
                (14, 16, EntityKind::Product),
                (18, 19, EntityKind::Facility),
                (20, 22, EntityKind::Product),
            ]
        );
    }

    #[test]
    fn a_known_place_after_in_leaves_a_body_unless_an_acronym_follows() {
        let words = [
            "the",
            "Isar",
            "Institute",
            "for",
            "Research",
            "in",
            "Munich",
            "said",
            "the",
            "Rally",
            "for",
            "Democracy",
            "in",
            "Rwanda",
            "(",
            "RDR",
            ")",
        ];
        let out = run(&words, &[(1, 7, EntityKind::Org), (9, 14, EntityKind::Org)]);
        assert_eq!(
            out[..3],
            [
                (1, 5, EntityKind::Org),
                (6, 7, EntityKind::Gpe),
                (9, 14, EntityKind::Org)
            ]
        );
    }

    #[test]
    fn a_body_word_after_titles_is_no_person() {
        let words = [
            "club", "Premier", "League", "said", "Prime", "Minister", "Ana", "Lopez",
        ];
        let out = run(
            &words,
            &[(2, 3, EntityKind::Person), (4, 8, EntityKind::Person)],
        );
        assert_eq!(
            out,
            vec![(1, 3, EntityKind::Org), (6, 8, EntityKind::Person)]
        );
    }

    #[test]
    fn plural_and_state_demonyms() {
        assert!(is_demonym_of("Texans", "Texas"));
        assert!(is_demonym_of("Texan", "Texas"));
        assert!(is_demonym_of("Kenyans", "Kenya"));
        assert!(is_demonym_of("Chilean", "Chile"));
        assert!(!is_demonym_of("Texas", "Texas"));
        assert!(!is_demonym_of("Paris", "Paris"));
    }

    #[test]
    fn places_and_bodies_before_roles_are_their_own() {
        let words = [
            "Sindh",
            "Chief",
            "Minister",
            "Nadia",
            "Soomro",
            "and",
            "NASA",
            "Administrator",
            "Raymond",
            "Castellanos",
            "and",
            "Advocate",
            "Ruan",
            "Steenkamp",
        ];
        let out = run(
            &words,
            &[
                (0, 5, EntityKind::Person),
                (6, 10, EntityKind::Org),
                (11, 14, EntityKind::Org),
            ],
        );
        assert_eq!(
            out,
            vec![
                (0, 1, EntityKind::Gpe),
                (3, 5, EntityKind::Person),
                (6, 7, EntityKind::Org),
                (8, 10, EntityKind::Person),
                (12, 14, EntityKind::Person),
            ]
        );
    }

    #[test]
    fn known_places_and_bodies_named_in_full() {
        let words = [
            "the", "Bay", "of", "Bengal", "and", "the", "province", "of", "Sindh", "and", "the",
            "Indus", ".", "The", "Defense", "Ministry", "said", "Blue", "Crane", "Pipeline",
            "Services", ".", "Blue", "Crane", "left", "the", "Third", "Mainland", "Bridge",
        ];
        let out = run(
            &words,
            &[
                (3, 4, EntityKind::Gpe),
                (8, 9, EntityKind::Loc),
                (11, 12, EntityKind::Misc),
                (13, 16, EntityKind::Org),
                (17, 19, EntityKind::Person),
                (22, 24, EntityKind::Person),
                (27, 29, EntityKind::Facility),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 4, EntityKind::Loc),
                (8, 9, EntityKind::Gpe),
                (11, 12, EntityKind::Loc),
                (14, 16, EntityKind::Org),
                (17, 21, EntityKind::Org),
                (22, 24, EntityKind::Org),
                (26, 29, EntityKind::Facility),
            ]
        );
    }

    #[test]
    fn counts_roles_brackets_and_known_bodies() {
        let words = [
            "Interpol",
            "said",
            "Two",
            "Senate",
            "aides",
            "and",
            "the",
            "Flemish",
            "painter",
            "Joos",
            "de",
            "Momper",
            "and",
            "a",
            "Kansas",
            "Republican",
            "and",
            "the",
            "National",
            "Mining",
            "Service",
            "(",
            "Sernageomin",
            ")",
            "and",
            "the",
            "Central",
            "Bank",
            "of",
            "the",
            "Republic",
            "of",
            "Turkey",
        ];
        let out = run(
            &words,
            &[
                (2, 4, EntityKind::Gpe),
                (7, 10, EntityKind::Org),
                (14, 16, EntityKind::Org),
                (18, 21, EntityKind::Org),
                (22, 23, EntityKind::Gpe),
                (26, 28, EntityKind::Org),
                (30, 33, EntityKind::Gpe),
            ],
        );
        assert_eq!(
            out,
            vec![
                (0, 1, EntityKind::Org),
                (3, 4, EntityKind::Org),
                (7, 8, EntityKind::Norp),
                (9, 12, EntityKind::Person),
                (14, 15, EntityKind::Gpe),
                (15, 16, EntityKind::Norp),
                (18, 21, EntityKind::Org),
                (22, 23, EntityKind::Org),
                (26, 33, EntityKind::Org),
            ]
        );
    }

    #[test]
    fn ways_offices_numbers_and_money_signs() {
        let words = [
            "on",
            "Line",
            "2",
            "and",
            "the",
            "Prime",
            "Minister",
            "'s",
            "Office",
            "said",
            "Twenty-three",
            "fell",
            "to",
            "C",
            "$",
            "14",
            "at",
            "the",
            "Part-Dieu",
            "station",
        ];
        let out = run(
            &words,
            &[
                (1, 3, EntityKind::Gpe),
                (8, 9, EntityKind::Org),
                (10, 11, EntityKind::Misc),
                (18, 19, EntityKind::Misc),
            ],
        );
        // (A sign glued to its letter, "C$14", needs the text's spacing: see CoNLL dev.)
        assert_eq!(
            out,
            vec![
                (1, 3, EntityKind::Facility),
                (5, 9, EntityKind::Org),
                (18, 19, EntityKind::Facility),
            ]
        );
    }

    #[test]
    fn ordinals_and_campuses_belong_to_bodies() {
        let words = [
            "the",
            "5th",
            "Circuit",
            "and",
            "the",
            "University",
            "of",
            "Texas",
            "at",
            "Austin",
            "and",
            "5",
            "Circuit",
        ];
        let out = run(
            &words,
            &[
                (2, 3, EntityKind::Org),
                (5, 8, EntityKind::Org),
                (9, 10, EntityKind::Gpe),
                (12, 13, EntityKind::Org),
            ],
        );
        assert_eq!(
            out,
            vec![
                (1, 3, EntityKind::Org),
                (5, 10, EntityKind::Org),
                (12, 13, EntityKind::Org),
            ]
        );
    }

    #[test]
    fn a_body_named_of_a_list_runs_to_the_lists_end() {
        let words = [
            "the",
            "Ministry",
            "of",
            "Agriculture",
            ",",
            "Fisheries",
            ",",
            "Food",
            "Security",
            "and",
            "Nature",
            "said",
        ];
        let out = run(
            &words,
            &[
                (1, 4, EntityKind::Org),
                (5, 6, EntityKind::Org),
                (7, 11, EntityKind::Org),
            ],
        );
        assert_eq!(out, vec![(1, 11, EntityKind::Org)]);
    }

    #[test]
    fn a_temperature_scale_is_no_name() {
        let words = ["it", "reached", "48.5", "degrees", "Celsius", "."];
        assert!(run(&words, &[(4, 5, EntityKind::Misc)]).is_empty());
    }

    #[test]
    fn a_county_named_unit_first_is_a_place() {
        // "the County Clare coast": the tagger's MISC, or a name alone after the unit.
        let words = ["the", "County", "Clare", "coast", "."];
        let out = run(&words, &[(1, 3, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Gpe)]);
        let out = run(&words, &[(2, 3, EntityKind::Person)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Gpe)]);
        // A name that runs on is some other body's ("County Kerry Council").
        let words = ["the", "County", "Kerry", "Council", "met", "."];
        let out = run(&words, &[(1, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org)]);
    }

    #[test]
    fn a_nation_before_red_cross_names_its_society() {
        // "the Kenya Red Cross": one body, not Kenya and the international committee.
        let words = ["the", "Kenya", "Red", "Cross", "said", "."];
        let out = run(&words, &[(1, 2, EntityKind::Gpe), (2, 4, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org)]);
        let words = ["the", "Turkish", "Red", "Crescent", "said", "."];
        let out = run(&words, &[(1, 4, EntityKind::Misc)]);
        assert_eq!(out, vec![(1, 4, EntityKind::Org)]);
        // "The Red Cross" alone stays the committee's short name.
        let words = ["The", "Red", "Cross", "said", "."];
        let out = run(&words, &[(1, 3, EntityKind::Org)]);
        assert_eq!(out, vec![(1, 3, EntityKind::Org)]);
    }

    #[test]
    fn a_name_after_a_count_of_seats_is_a_body() {
        // "the 200-seat Chamber of Deputies": the tagger's person, and its "of" phrase.
        let words = ["in", "the", "200-seat", "Chamber", "of", "Deputies", "."];
        let out = run(&words, &[(3, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(3, 6, EntityKind::Org)]);
        let words = ["the", "450-seat", "Verkhovna", "Rada", "voted", "."];
        let out = run(&words, &[(2, 4, EntityKind::Person)]);
        assert_eq!(out, vec![(2, 4, EntityKind::Org)]);
    }
}
