//! The word lists of `data/`, parsed once.
use model::AttributionKind;
use std::sync::LazyLock;

/// Maps and sets keyed by words use FxHash: the keys are fixed word lists and every token of
/// every text is looked up, so SipHash's flooding resistance buys nothing and costs a third of
/// the lexicon time.
pub type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A set of words (see [`HashMap`]).
pub type HashSet<K> = rustc_hash::FxHashSet<K>;

/// How a cue relates to its source and content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A reporting predicate: source on its left (or after it, inverted), content on either side.
    Verb,
    /// "according to SOURCE": the content lies on the other side of the source's comma.
    According,
    /// "a statement calling ...": the source is the body that issued the statement.
    Nominal,
    /// "SOURCE: “...”".
    Colon,
}

#[derive(Debug, Clone, Copy)]
pub struct VerbEntry {
    pub kind: AttributionKind,
    /// The audience is the verb's object ("told lawmakers").
    pub takes_object: bool,
    /// Often no cue: counts only with a clear complement or a content before it.
    pub weak: bool,
    /// Mostly a noun ("the state", "many states"): a cue only before a clear complement.
    pub strict: bool,
    /// Learned from the training split only (`data/cues_learned.txt`), not a hand-made
    /// reporting verb: mostly verbs that take a noun phrase ("endorsed", "cited").
    pub learned: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    Person,
    Thing,
    Plural,
}

/// Entries of a list of word sequences by their first word, so that a token is tried only
/// against the sequences it can open (in list order, which the callers rely on: longest first).
#[derive(Default)]
pub struct FirstWords(HashMap<&'static str, Vec<usize>>);

impl FirstWords {
    fn of<'x>(sequences: impl Iterator<Item = &'x [&'static str]>) -> FirstWords {
        let mut index: HashMap<&'static str, Vec<usize>> = HashMap::default();
        for (k, sequence) in sequences.enumerate() {
            if let Some(first) = sequence.first() {
                index.entry(*first).or_default().push(k);
            }
        }
        FirstWords(index)
    }

    /// The indices of the sequences that open with `word`, in list order.
    pub fn get(&self, word: &str) -> &[usize] {
        self.0.get(word).map_or(&[], Vec::as_slice)
    }
}

pub struct Lexicon {
    pub verbs: HashMap<&'static str, VerbEntry>,
    /// Longest first.
    pub phrases: Vec<(Vec<&'static str>, AttributionKind, Shape)>,
    pub nominals: HashSet<&'static str>,
    /// Indices into `phrases` by first word.
    pub phrase_index: FirstWords,
    /// Phrases by which a source asks not to be named (`data/anonymity_requests.txt`).
    pub anonymity_requests: Vec<Vec<&'static str>>,
    /// Longest first.
    pub adjuncts: Vec<Vec<&'static str>>,
    /// Words before a participle that opens a sentence (`data/participle_openers.txt`).
    pub participle_openers: Vec<Vec<&'static str>>,
    /// Indices into `adjuncts` by first word.
    pub adjunct_index: FirstWords,
    pub audience_preps: HashSet<&'static str>,
    pub skip_before_cue: HashSet<&'static str>,
    /// Verdicts that close a short object of "call" (`data/verdicts.txt`: "false", "a hoax").
    pub verdicts: Vec<Vec<&'static str>>,
    pub source_boundaries: HashSet<&'static str>,
    pub anonymous_heads: HashSet<&'static str>,
    /// Plural nouns of people who, at a named body, speak for it (`data/voices_of_a_body.txt`).
    pub voices_of_a_body: HashSet<&'static str>,
    /// Heads of the state's own bodies, no description of one named before
    /// (`data/state_bodies.txt`).
    pub state_bodies: HashSet<&'static str>,
    pub role_words: HashSet<&'static str>,
    pub adjunct_prepositions: HashSet<&'static str>,
    /// Words after a source's head that open its modifier (`data/head_modifier_openers.txt`).
    pub head_modifier_openers: HashSet<&'static str>,
    /// Participles that open a condition after a comma (`data/conjunction_participles.txt`).
    pub conjunction_participles: HashSet<&'static str>,
    /// Verbs of telling that, after "declined to", make a non-commitment.
    pub withheld_disclosures: HashSet<&'static str>,
    /// Verbs of inquiry that make a non-commitment as a content's first verb.
    pub opening_inquiries: HashSet<&'static str>,
    /// Media named by their medium that head a source (`data/outlet_heads.txt`).
    pub outlet_heads: HashSet<&'static str>,
    /// Cues that report a question ("asked", "wondered").
    pub question_cues: HashSet<&'static str>,
    /// Words opening an indirect question ("whether", "how").
    pub question_openers: HashSet<&'static str>,
    /// Words before a question cue that make it passive ("was asked", "when asked").
    pub passive_before_question: HashSet<&'static str>,
    /// Labels before a colon that name no speaker ("BREAKING:", "For example:").
    pub non_speaker_labels: HashSet<&'static str>,
    /// "It is important to note that": the writer's remark (`data/writer_remark_adjectives.txt`).
    pub writer_remark_adjectives: HashSet<&'static str>,
    pub pronouns: HashMap<&'static str, PronounKind>,
    pub org_heads: HashMap<&'static str, Vec<&'static str>>,
    /// Heads of descriptions that stand for a business named before (`data/business_heads.txt`).
    pub business_heads: HashSet<&'static str>,
    /// Heads of descriptions that stand for a public body named before
    /// (`data/public_body_heads.txt`).
    pub public_body_heads: HashSet<&'static str>,
    /// Words that make an organization's name a public body's (`data/public_body_words.txt`).
    pub public_body_words: HashSet<&'static str>,
    pub kind_markers: Vec<(Vec<&'static str>, AttributionKind)>,
    /// Indices into `kind_markers` by first word.
    pub kind_marker_index: FirstWords,
    pub noun_markers: HashSet<&'static str>,
    pub subject_followers: HashSet<&'static str>,
    pub relative_when_heads: HashSet<&'static str>,
    pub control_verbs: HashSet<&'static str>,
    /// Verbs whose subject speaks the cue in the infinitive after them ("seemed to think").
    pub infinitive_takers: HashSet<&'static str>,
    /// Verbs whose subject speaks the cue in the gerund after them ("kept saying").
    pub gerund_takers: HashSet<&'static str>,
    /// Participles that after "be" name a state of mind ("are convinced this is ...").
    pub state_participles: HashSet<&'static str>,
    /// Statement nouns a form of "make" points back to ("made the comments").
    pub made_remarks: HashSet<&'static str>,
    /// Texts whose words a form of "read" reports (`data/read_texts.txt`).
    pub read_texts: HashSet<&'static str>,
    /// Acronyms spelled like function words and how they read (`data/function_word_acronyms.txt`).
    pub function_word_acronyms: Vec<(&'static str, &'static str)>,
    /// Audience word -> its group (`data/audience_groups.txt`).
    pub audience_groups: HashMap<&'static str, usize>,
    pub content_enders: HashSet<&'static str>,
    /// Nouns of events that make no statement (`data/event_subjects.txt`).
    pub event_subjects: HashSet<&'static str>,
    /// Documents a subject puts out that speak for it (`data/issued_documents.txt`).
    pub issued_documents: HashSet<&'static str>,
    /// Verbs of acts the cue classifier never takes for cues (`data/act_verbs.txt`).
    pub act_verbs: HashSet<&'static str>,
    /// What "denied" refuses rather than gainsays (`data/refused_things.txt`).
    pub refused_things: HashSet<&'static str>,
    /// What "recall" withdraws rather than remembers (`data/recalled_things.txt`).
    pub recalled_things: HashSet<&'static str>,
    /// Nouns of a source's spokespeople: "through his lawyer" ends a content.
    pub speech_channels: HashSet<&'static str>,
    pub compound_cue_nouns: HashSet<&'static str>,
    pub group_count_words: HashSet<&'static str>,
    pub rank_words: HashSet<&'static str>,
    pub listener_openers: HashSet<&'static str>,
    pub list_breakers: HashSet<&'static str>,
    pub fronted_subordinators: HashSet<&'static str>,
    pub fronted_prepositions: HashSet<&'static str>,
    pub occasion_nouns: HashSet<&'static str>,
    pub source_postmodifiers: HashSet<&'static str>,
    /// Prepositions that locate a source (`data/locating_prepositions.txt`).
    pub locating_prepositions: HashSet<&'static str>,
    /// Heads of bodies a place after them names (`data/place_named_heads.txt`).
    pub place_named_heads: HashSet<&'static str>,
    pub naming_participles: HashSet<&'static str>,
    /// Determiners of a noun phrase that points back (`data/anaphoric_determiners.txt`).
    pub anaphoric_determiners: HashSet<&'static str>,
    /// Auxiliaries that end an elliptical answer (`data/elliptic_auxiliaries.txt`).
    pub elliptic_auxiliaries: HashSet<&'static str>,
    /// Words that open a role apposition before a name (`data/role_openers.txt`).
    pub role_openers: HashSet<&'static str>,
    /// Particles that make a cue word another verb (`data/particles.txt`: "showed up").
    pub particles: HashSet<&'static str>,
    /// Verbs that with "on to" tell what came next (`data/continuation_verbs.txt`: "went on
    /// to criticize").
    pub continuation_verbs: HashSet<&'static str>,
    /// Head nouns of unnamed actors (`data/actor_nouns.txt`).
    pub actor_nouns: HashSet<&'static str>,
    /// Endings of agent nouns (`data/actor_suffixes.txt`).
    pub actor_suffixes: Vec<&'static str>,
    /// Nouns that describe a person without naming them (`data/unnamed_people.txt`).
    pub unnamed_people: HashSet<&'static str>,
    /// Nouns naming a statement someone else made (`data/disputed_statements.txt`).
    pub disputed_statements: HashSet<&'static str>,
    /// Nouns of a count or sum that "put" estimates (`data/estimate_nouns.txt`).
    pub estimate_nouns: HashSet<&'static str>,
    /// Words of an estimate's figure after the word that sets it
    /// (`data/estimate_figure_words.txt`).
    pub estimate_figure_words: HashSet<&'static str>,
    /// Verbs that revise an estimate "to" a figure (`data/revision_verbs.txt`).
    pub revision_verbs: HashSet<&'static str>,
    /// Verbs of a blow that before "into" tell of a motion (`data/motion_blows.txt`).
    pub motion_blows: HashSet<&'static str>,
    /// Words after a determiner that make the phrase a cue's subject
    /// (`data/subject_modifiers.txt`: "the two write").
    pub subject_modifiers: HashSet<&'static str>,
    /// Prepositions in "-ing" that open no participle (`data/ing_prepositions.txt`).
    pub ing_prepositions: HashSet<&'static str>,
    /// Cues of an instruction whose object is part of the content (`data/directive_cues.txt`).
    pub directive_cues: HashSet<&'static str>,
    /// Participles of "it was reported that" (`data/impersonal_report_verbs.txt`).
    pub impersonal_report_verbs: HashSet<&'static str>,
    /// Cues that attribute whatever their subject (`data/plain_speech_cues.txt`).
    pub plain_speech_cues: HashSet<&'static str>,
    /// First- and second-person pronouns (`data/speaker_pronouns.txt`).
    pub speaker_pronouns: HashSet<&'static str>,
    /// Participles of cue verbs without "-ed" (`data/irregular_participles.txt`).
    pub irregular_participles: HashSet<&'static str>,
    /// Irregular past-tense verbs (`data/irregular_pasts.txt`).
    pub irregular_pasts: HashSet<&'static str>,
    /// Heads that make "in" a cue ("in the latest poll", `data/poll_heads.txt`).
    pub poll_heads: HashSet<&'static str>,
    /// Cue verbs that report nothing with a reflexive object (`data/reflexive_nonreports.txt`).
    pub reflexive_nonreports: HashSet<&'static str>,
    /// Cue verbs that report only before a topic word (`data/topic_only_cues.txt`).
    pub topic_only_cues: HashSet<&'static str>,
    /// Cue verbs whose "to" opens the topic, not an audience (`data/topic_to_cues.txt`).
    pub topic_to_cues: HashSet<&'static str>,
    /// Cue verbs that take a side, not a content, before "for" or "against"
    /// (`data/side_taking_cues.txt`).
    pub side_taking_cues: HashSet<&'static str>,
    /// Services one calls for help (`data/summoned_services.txt`).
    pub summoned_services: HashSet<&'static str>,
    /// Cue verbs that, before a count, act on things (`data/count_object_cues.txt`).
    pub count_object_cues: HashSet<&'static str>,
    /// Nouns that make "according to" a manner (`data/manner_nouns.txt`).
    pub manner_nouns: HashSet<&'static str>,
    /// Phrases of an unsettled inquiry, non-commitment cues (`data/inquiry_cues.txt`).
    pub inquiry_cues: Vec<Vec<&'static str>>,
    /// Given names and the pronoun gender they mark, `'m'` or `'f'` (`data/given_names.txt`).
    pub given_names: HashMap<&'static str, char>,
    /// Reporting verbs that make a nested statement a relay (`data/relay_cues.txt`).
    pub relay_cues: HashSet<&'static str>,
    /// Participles that cite a report's origin ("citing two officials";
    /// `data/citing_cues.txt`).
    pub citing_cues: HashSet<&'static str>,
    /// Words that end a cited speaker's head noun phrase (`data/cited_stoppers.txt`).
    pub cited_stoppers: HashSet<&'static str>,
    /// What a body puts out that speaks for it as a source (`data/document_nouns.txt`).
    pub document_nouns: HashSet<&'static str>,
    /// Words between a body and its document (`data/document_modifiers.txt`).
    pub document_modifiers: HashSet<&'static str>,
    /// Actor nouns that, cited, are evidence, not a speaker (`data/cited_evidence.txt`).
    pub cited_evidence: HashSet<&'static str>,
    /// Cues of finding out (`data/finding_cues.txt`): in a condition they report nothing.
    pub finding_cues: HashSet<&'static str>,
    /// Cues after a fronted time or place with a pronoun subject
    /// (`data/fronted_speech_cues.txt`).
    pub fronted_speech_cues: HashSet<&'static str>,
    /// Nouns that make a weak cue form after them a compound noun ("radio show";
    /// `data/compound_modifiers.txt`).
    pub compound_modifiers: HashSet<&'static str>,
}

/// The entries of a data file: one a line, `#` comments and blank lines left out.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_kind(word: &str) -> AttributionKind {
    match word {
        "evaluation" => AttributionKind::Evaluation,
        "intention" => AttributionKind::Intention,
        "non-commitment" => AttributionKind::NonCommitment,
        "relay" => AttributionKind::Relay,
        _ => AttributionKind::Assertion,
    }
}

fn set(data: &'static str) -> HashSet<&'static str> {
    entries(data).collect()
}

/// The least precision (as measured on the training split) at which a learned cue is used.
pub const LEARNED_MIN_PRECISION: f64 = 0.3;

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut verbs = HashMap::default();
    for line in entries(include_str!("../data/cue_verbs.txt")) {
        let mut words = line.split_whitespace();
        let (Some(form), Some(kind)) = (words.next(), words.next()) else {
            continue;
        };
        let flags: Vec<&str> = words.collect();
        verbs.insert(
            form,
            VerbEntry {
                kind: parse_kind(kind),
                takes_object: flags.contains(&"object"),
                weak: flags.contains(&"weak") || flags.contains(&"strict"),
                strict: flags.contains(&"strict"),
                learned: false,
            },
        );
    }
    // Learned cues (`examples/build_cue_lexicon.rs`, from the training split only): added where
    // the hand-made list has no entry, when their precision as a cue reaches the floor.
    for line in entries(include_str!("../data/cues_learned.txt")) {
        let mut words = line.split_whitespace();
        let (Some(form), Some(kind), Some(precision)) = (words.next(), words.next(), words.next())
        else {
            continue;
        };
        if precision
            .parse::<f64>()
            .is_ok_and(|p| p >= LEARNED_MIN_PRECISION)
        {
            verbs.entry(form).or_insert(VerbEntry {
                kind: parse_kind(kind),
                takes_object: false,
                weak: false,
                strict: false,
                learned: true,
            });
        }
    }
    let mut phrases = Vec::new();
    for line in entries(include_str!("../data/phrases.txt")) {
        let mut parts = line.split('|').map(str::trim);
        let (Some(phrase), Some(kind), Some(shape)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let shape = if shape == "according" {
            Shape::According
        } else {
            Shape::Verb
        };
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if !words.is_empty() {
            phrases.push((words, parse_kind(kind), shape));
        }
    }
    phrases.sort_by_key(|p: &(Vec<&str>, AttributionKind, Shape)| std::cmp::Reverse(p.0.len()));
    let participle_openers: Vec<Vec<&str>> =
        entries(include_str!("../data/participle_openers.txt"))
            .map(|l| l.split_whitespace().collect())
            .filter(|words: &Vec<&str>| !words.is_empty())
            .collect();
    let mut adjuncts: Vec<Vec<&str>> = entries(include_str!("../data/adjuncts.txt"))
        .map(|l| l.split_whitespace().collect())
        .filter(|words: &Vec<&str>| !words.is_empty())
        .collect();
    adjuncts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let anonymity_requests: Vec<Vec<&str>> =
        entries(include_str!("../data/anonymity_requests.txt"))
            .map(|l| l.split_whitespace().collect())
            .filter(|words: &Vec<&str>| !words.is_empty())
            .collect();
    let mut pronouns = HashMap::default();
    for line in entries(include_str!("../data/pronouns.txt")) {
        let mut words = line.split_whitespace();
        if let (Some(form), Some(kind)) = (words.next(), words.next()) {
            let kind = match kind {
                "person" => PronounKind::Person,
                "plural" => PronounKind::Plural,
                _ => PronounKind::Thing,
            };
            pronouns.insert(form, kind);
        }
    }
    let mut org_heads = HashMap::default();
    for line in entries(include_str!("../data/org_heads.txt")) {
        let mut words = line.split_whitespace();
        if let Some(head) = words.next() {
            org_heads.insert(head, words.collect());
        }
    }
    let mut kind_markers = Vec::new();
    for line in entries(include_str!("../data/kind_markers.txt")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let Some((kind, phrase)) = words.split_last() {
            if !phrase.is_empty() {
                kind_markers.push((phrase.to_vec(), parse_kind(kind)));
            }
        }
    }
    let mut audience_groups = HashMap::default();
    for (group, line) in entries(include_str!("../data/audience_groups.txt")).enumerate() {
        for word in line.split_whitespace() {
            audience_groups.insert(word, group);
        }
    }
    let phrase_index = FirstWords::of(phrases.iter().map(|p| p.0.as_slice()));
    let adjunct_index = FirstWords::of(adjuncts.iter().map(Vec::as_slice));
    let kind_marker_index = FirstWords::of(kind_markers.iter().map(|m| m.0.as_slice()));
    Lexicon {
        phrase_index,
        adjunct_index,
        kind_marker_index,
        content_enders: set(include_str!("../data/content_enders.txt")),
        event_subjects: set(include_str!("../data/event_subjects.txt")),
        issued_documents: set(include_str!("../data/issued_documents.txt")),
        act_verbs: set(include_str!("../data/act_verbs.txt")),
        refused_things: set(include_str!("../data/refused_things.txt")),
        recalled_things: set(include_str!("../data/recalled_things.txt")),
        speech_channels: set(include_str!("../data/speech_channels.txt")),
        compound_cue_nouns: set(include_str!("../data/compound_cue_nouns.txt")),
        group_count_words: set(include_str!("../data/group_count_words.txt")),
        rank_words: set(include_str!("../data/rank_words.txt")),
        listener_openers: set(include_str!("../data/listener_openers.txt")),
        list_breakers: set(include_str!("../data/list_breakers.txt")),
        fronted_subordinators: set(include_str!("../data/fronted_subordinators.txt")),
        fronted_prepositions: set(include_str!("../data/fronted_prepositions.txt")),
        occasion_nouns: set(include_str!("../data/occasion_nouns.txt")),
        source_postmodifiers: set(include_str!("../data/source_postmodifiers.txt")),
        locating_prepositions: set(include_str!("../data/locating_prepositions.txt")),
        place_named_heads: set(include_str!("../data/place_named_heads.txt")),
        naming_participles: set(include_str!("../data/naming_participles.txt")),
        anaphoric_determiners: set(include_str!("../data/anaphoric_determiners.txt")),
        elliptic_auxiliaries: set(include_str!("../data/elliptic_auxiliaries.txt")),
        role_openers: set(include_str!("../data/role_openers.txt")),
        particles: set(include_str!("../data/particles.txt")),
        continuation_verbs: set(include_str!("../data/continuation_verbs.txt")),
        actor_nouns: set(include_str!("../data/actor_nouns.txt")),
        actor_suffixes: entries(include_str!("../data/actor_suffixes.txt")).collect(),
        unnamed_people: set(include_str!("../data/unnamed_people.txt")),
        disputed_statements: set(include_str!("../data/disputed_statements.txt")),
        estimate_nouns: set(include_str!("../data/estimate_nouns.txt")),
        estimate_figure_words: set(include_str!("../data/estimate_figure_words.txt")),
        revision_verbs: set(include_str!("../data/revision_verbs.txt")),
        motion_blows: set(include_str!("../data/motion_blows.txt")),
        subject_modifiers: set(include_str!("../data/subject_modifiers.txt")),
        ing_prepositions: set(include_str!("../data/ing_prepositions.txt")),
        directive_cues: set(include_str!("../data/directive_cues.txt")),
        impersonal_report_verbs: set(include_str!("../data/impersonal_report_verbs.txt")),
        plain_speech_cues: set(include_str!("../data/plain_speech_cues.txt")),
        speaker_pronouns: set(include_str!("../data/speaker_pronouns.txt")),
        irregular_participles: set(include_str!("../data/irregular_participles.txt")),
        irregular_pasts: set(include_str!("../data/irregular_pasts.txt")),
        poll_heads: set(include_str!("../data/poll_heads.txt")),
        reflexive_nonreports: set(include_str!("../data/reflexive_nonreports.txt")),
        topic_only_cues: set(include_str!("../data/topic_only_cues.txt")),
        topic_to_cues: set(include_str!("../data/topic_to_cues.txt")),
        side_taking_cues: set(include_str!("../data/side_taking_cues.txt")),
        summoned_services: set(include_str!("../data/summoned_services.txt")),
        count_object_cues: set(include_str!("../data/count_object_cues.txt")),
        manner_nouns: set(include_str!("../data/manner_nouns.txt")),
        inquiry_cues: entries(include_str!("../data/inquiry_cues.txt"))
            .map(|l| l.split_whitespace().collect())
            .collect(),
        given_names: include_str!("../data/given_names.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (name, gender) = l.split_once('|')?;
                Some((name.trim(), gender.trim().chars().next()?))
            })
            .collect(),
        relay_cues: set(include_str!("../data/relay_cues.txt")),
        citing_cues: set(include_str!("../data/citing_cues.txt")),
        cited_stoppers: set(include_str!("../data/cited_stoppers.txt")),
        cited_evidence: set(include_str!("../data/cited_evidence.txt")),
        document_nouns: set(include_str!("../data/document_nouns.txt")),
        document_modifiers: set(include_str!("../data/document_modifiers.txt")),
        finding_cues: set(include_str!("../data/finding_cues.txt")),
        fronted_speech_cues: set(include_str!("../data/fronted_speech_cues.txt")),
        compound_modifiers: set(include_str!("../data/compound_modifiers.txt")),
        audience_groups,
        verbs,
        phrases,
        nominals: set(include_str!("../data/nominal_cues.txt")),
        adjuncts,
        participle_openers,
        anonymity_requests,
        audience_preps: set(include_str!("../data/audience.txt")),
        skip_before_cue: set(include_str!("../data/skip_before_cue.txt")),
        verdicts: include_str!("../data/verdicts.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split_whitespace().collect())
            .collect(),
        source_boundaries: set(include_str!("../data/source_boundaries.txt")),
        anonymous_heads: set(include_str!("../data/anonymous_heads.txt")),
        voices_of_a_body: set(include_str!("../data/voices_of_a_body.txt")),
        state_bodies: set(include_str!("../data/state_bodies.txt")),
        role_words: set(include_str!("../data/role_words.txt")),
        adjunct_prepositions: set(include_str!("../data/adjunct_prepositions.txt")),
        head_modifier_openers: set(include_str!("../data/head_modifier_openers.txt")),
        conjunction_participles: set(include_str!("../data/conjunction_participles.txt")),
        withheld_disclosures: set(include_str!("../data/withheld_disclosures.txt")),
        opening_inquiries: set(include_str!("../data/opening_inquiries.txt")),
        outlet_heads: set(include_str!("../data/outlet_heads.txt")),
        question_cues: set(include_str!("../data/question_cues.txt")),
        question_openers: set(include_str!("../data/question_openers.txt")),
        passive_before_question: set(include_str!("../data/passive_before_question.txt")),
        non_speaker_labels: set(include_str!("../data/non_speaker_labels.txt")),
        writer_remark_adjectives: set(include_str!("../data/writer_remark_adjectives.txt")),
        pronouns,
        org_heads,
        business_heads: set(include_str!("../data/business_heads.txt")),
        public_body_heads: set(include_str!("../data/public_body_heads.txt")),
        public_body_words: set(include_str!("../data/public_body_words.txt")),
        kind_markers,
        noun_markers: set(include_str!("../data/noun_markers.txt")),
        subject_followers: set(include_str!("../data/subject_followers.txt")),
        relative_when_heads: set(include_str!("../data/relative_when_heads.txt")),
        control_verbs: set(include_str!("../data/control_verbs.txt")),
        infinitive_takers: set(include_str!("../data/infinitive_takers.txt")),
        gerund_takers: set(include_str!("../data/gerund_takers.txt")),
        state_participles: set(include_str!("../data/state_participles.txt")),
        made_remarks: set(include_str!("../data/made_remarks.txt")),
        read_texts: set(include_str!("../data/read_texts.txt")),
        function_word_acronyms: entries(include_str!("../data/function_word_acronyms.txt"))
            .filter_map(|line| line.split_once(' '))
            .map(|(acronym, reading)| (acronym, reading.trim()))
            .collect(),
    }
});
