//! Fusion: from a ledger of claims (one per attribution, many reports) to a picture of what
//! is said about what, by whom, and how far it can be believed. Pure: no I/O, no store; the
//! caller converts its rows into [`DocInput`] and [`ClaimInput`].
//!
//! Stages and their policies:
//! 1. **Actors** ([`resolve`]): every source and relay name resolves to one actor. Known
//!    bodies (`data/bodies.txt`, aliases included) and countries (`data/countries.txt`:
//!    country, capital, demonym, "X government", "X officials") are matched by a normalized
//!    key (diacritics, case, punctuation, possessive, "-yy"/"-iy" transliteration folded).
//!    A one-word name is the full name ending in it (the one in the same report when several
//!    do). A person's affiliation is read from the words before a mention of them in the
//!    report ("Ukrainian President", "chief of the Ukrainian Defense Intelligence
//!    Directorate (GUR)") or from a "(Country)" in the canonical name; a title word
//!    (`data/titles.txt`) beside a country makes them speak for its government, and a
//!    minister's title before the name ("Interior Minister Selma Varga") for that ministry.
//! 2. **Clusters** ([`cluster`]): claims about the same event. First, claims of one report
//!    that form one statement are joined: fragments under one relay with one source, claims
//!    of one source in one sentence, and a claim opening with an anaphor (`data/anaphora.txt`:
//!    "Such a detachment ...") to the previous claim of the same source. Relay claims do not
//!    cluster: they ride with the claims they carry. Then statements are linked by shared
//!    topic terms (content words folded by `data/concepts.txt`, entities by actor, counted
//!    units), weighted by rarity (idf), with an inverted index whose lists are capped, so the
//!    work grows with the claims, not their square. Statements cluster only when they state
//!    the same proposition, in one report or across reports (a shared entity and one shared
//!    word is topic, not proposition). The tests, on idf-weighted term sets: nearly the same
//!    text (three quarters of the smaller set shared, cosine 0.6; or with two shared words,
//!    cosine 0.45); a shared key entity or counted unit plus two shared content words at
//!    cosine 0.45; two shared key entities and a word at that cosine; both counting the same
//!    thing and sharing an event word (`data/concepts.txt`: "evacuate", "die"; a concept a
//!    figure counts is a thing, not an event); a shared entity that is not a place (or a
//!    counted unit) and the same event words ("rescuers arrived in Kessfield" and "we
//!    reached the car" share only their setting; `data/place_kinds.txt`, a known country or
//!    body is an actor, not a place), or two entities and nested event words. Two statements
//!    whose event words differ entirely and that share no entity are two propositions
//!    whatever else they share ("people were evacuated since the floods began" and "three
//!    people have died in the floods"): only nearly the same text joins them. Only the
//!    content's pieces give terms: the cue between them ("..., said X, a nurse from Y. ...")
//!    and the mentions in it are no content. One source's statements in one report that share
//!    an entity and a word are one argument and join; so do one side's plans in one report.
//!    Across reports the dates must be near. A pronoun opening ("it", "they") continues only
//!    its own source's previous claim: it usually stands for the speaker. A claim alone is
//!    its own cluster. Statements of what the speaker's own side will or may do
//!    (intentions; possibilities whose subject is the speaker's country, see
//!    [`resolve::own_side`]) link only with each other: a plan of Seoul is not the event it
//!    responds to.
//! 3. **Figures** ([`numbers`]): each counted quantity of a cluster with its scope, read
//!    from the tense and aspect words of its clause (`data/scope.txt`: "planned", "sent in
//!    total", "in transit", ...) and the time expression beside it. Two figures of the same
//!    counted thing and the same scope class (`total` vs `part`) from different lines of
//!    evidence (or one line on one date) disagree when their values (ranges) do not overlap
//!    within 2%. A later lower figure from the same line is an update, not a disagreement.
//!    The conservative figure is the lowest credible total, the range spans them all
//!    (ACLED practice). The figure's own words name its scope too ("about 4,000 evacuees").
//!    An ordinal before a toll noun is a count (`data/ordinal_counts.txt`: "a third death"
//!    is 3 people died; the quantity layer's fraction reading of it is dropped).
//!    **Tolls** (`data/cumulative.txt`: died, injured; not evacuated or missing, which also
//!    fall) only grow: a later higher figure supersedes an earlier one (the cluster's
//!    `series`, "2 -> 3", not a disagreement), and a figure lower than one reported on an
//!    earlier day is **outdated** (`outdated`, with the newer claim as evidence; status
//!    `outdated`; left out of confirmation and of the estimate); an earlier figure that a
//!    later higher one replaced is **superseded** (`superseded`, status `superseded`,
//!    `superseded_by` "by 3 on 2025-03-05": right when said, no confirmation of the current
//!    figure). Two toll figures said on the same day still disagree. A cluster's table
//!    lists the figures of its counted things (a unit two of its claims give); a claim's
//!    other figures ("14 large dams" beside "have killed two people") stay in its text. A
//!    bare number before a participle counts the verb's subject (`data/verb_subjects.txt`:
//!    "4,000 evacuated" is people) where the quantity layer gives no unit. A line giving its figure again in another report
//!    restates itself (said in the reasons: no confirmation), and the same disagreement
//!    in other reports is listed once.
//! 4. **Independence and grades** ([`grade`]): sources are one line of evidence when one
//!    relays the other, when they speak for the same government or organization, or when
//!    their claims are the same text in copies of one wire story (`duplicate_of`). Each
//!    cluster gets an Admiralty information grade (1-6) with reasons, the STIX confidence of
//!    that grade and the ICD 203 phrase of the confidence; source reliability (A-F, from a
//!    sources file, default F) is reported apart from it.
//!
//! 5. **Confirmation**: grade 1 ("confirmed") needs two independent lines whose committed
//!    claims assert the same proposition: the same figure, or term sets with cosine at least 0.5,
//!    same polarity. Lines that only speak about the cluster's topic are not confirmation:
//!    the cluster is graded 3 and the reasons say "no two assert the same proposition".
//!    Lines that give disagreeing figures for the same thing and also agree on the event
//!    are graded 2; disagreeing lines without a shared proposition, 3.
//! 6. **Sources that are no speaker**: a source holding a word of
//!    `data/not_actor_words.txt` ("Asked about", "coalition has not") or no letter (".") is
//!    a piece of the sentence taken by mistake; its claims are shown as from an
//!    "unidentified source" and count as no line of evidence.
//! 7. **Statement**: the committed, most certain claim sharing most terms with the others,
//!    preferring one that is not a fragment ([`grade::is_fragment`]: under four words, an
//!    opening like "her that", "whether", or a short content with no verb), not an anaphor
//!    and with a current figure; as a clean sentence: unpaired quote marks dropped, first
//!    letter capitalized, full stop added, no word invented. Where every claim is a
//!    fragment, `statement_is_fragment` says so. A content its cue interrupts is shown as
//!    its fragments joined by " … " (the claim's `text` and `fragments`); `content_span`
//!    still runs from the first piece to the last, as the evidence offsets.
//! 8. **Outlets' own statements** (claims with no `attribution_id`, from the store): the
//!    outlet is their source and its own line of evidence; "unidentified outlet" (a report
//!    naming none) is shown and counts as no line. Copies of one wire story are one line,
//!    and a claim repeated in another copy is marked `copy_of_claim`, listed with it.
//! 9. **Relays by audience**: a claim told to a pronoun (`data/audience_pronouns.txt`:
//!    "Field teams had told her that ...") is relayed by the previous speaker of the report.
//!    Twins across wire copies join lines only when their source has no twin of its own in
//!    the other copy (a claim nested in another is not its copy).
//!
//! 10. **Wording of kinds**: an intention is shown as "says (intention)" (with its
//!     certainty), since a plan may be another's ("the committee will hold a hearing") or a
//!     dropped one; "is considering" only where the cue deliberates
//!     (`data/deliberation_cues.txt`).
//!
//! Ambiguous cases, decided: a claim with no topic term beside its source forms its own
//! cluster; an anonymous source is a separate actor in each report (its description is not
//! an identity) but joins the government its description names ("South Korean government
//! official"); non-committal sources ("looking into", "declined to confirm") are listed, not
//! counted as evidence.

pub mod cluster;
pub mod gold;
pub mod grade;
mod lexicon;
pub mod numbers;
pub mod resolve;

use std::collections::HashMap;

use model::{AttributionKind, Certainty, Polarity, Span};
use serde::Serialize;

pub use lexicon::{parse_reliability, DEFAULT_SOURCES};
pub use resolve::{norm_key, Actor, ActorKind};

/// One report.
#[derive(Debug, Clone, Default)]
pub struct DocInput {
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// The document this one is a copy of (the same wire story).
    pub duplicate_of: Option<String>,
}

/// A mention inside a claim's content, with byte offsets into the document text.
#[derive(Debug, Clone, PartialEq)]
pub enum Mention {
    Entity {
        span: Span,
        kind: String,
        canonical: String,
    },
    Timex {
        span: Span,
        value: String,
        modifier: Option<String>,
    },
    Quantity {
        span: Span,
        value: f64,
        high: Option<f64>,
        unit: Option<String>,
        approx: bool,
        /// The unit was read from the figure's context, not written beside it: an inference,
        /// shown as one wherever the figure is.
        unit_from_context: bool,
    },
}

impl Mention {
    pub fn span(&self) -> Span {
        match self {
            Mention::Entity { span, .. }
            | Mention::Timex { span, .. }
            | Mention::Quantity { span, .. } => *span,
        }
    }
}

/// One claim of the ledger.
#[derive(Debug, Clone)]
pub struct ClaimInput {
    /// Unique: `<doc id>#<attribution id>`.
    pub id: String,
    /// Index of its document in the `docs` slice.
    pub doc: usize,
    /// None for a statement in the outlet's own voice (its `source` is the outlet).
    pub attribution_id: Option<String>,
    pub source: String,
    /// The entity type the extraction gave the source's mention ("ORG", "PERSON"), where it
    /// gave one: it tells a body from a person where the name alone does not ("Rega").
    pub source_type: Option<String>,
    pub relayed_by: Vec<String>,
    pub audience: Option<String>,
    /// When it was said (ISO date).
    pub when: Option<String>,
    pub certainty: Certainty,
    pub polarity: Polarity,
    pub conditional: bool,
    pub direct: bool,
    pub anonymous: bool,
    pub kind: AttributionKind,
    /// The attribution id of the enclosing attribution in the same document.
    pub parent: Option<String>,
    /// Byte offsets of the content in the document text.
    pub content: Span,
    /// Byte offsets of the content's pieces where its own cue or an aside interrupts it
    /// ("The river peaked at 7.2 metres, the office said, more than two metres above ...");
    /// empty (or one piece) when the content is whole. Pieces outside `content` or off char
    /// boundaries are ignored.
    pub fragments: Vec<Span>,
    /// Byte offsets of the cue ("said", "is considering"), where known.
    pub cue: Option<Span>,
    pub mentions: Vec<Mention>,
}

impl ClaimInput {
    /// True for a statement in the outlet's own voice: no attribution carries it.
    pub fn unattributed(&self) -> bool {
        self.attribution_id.is_none()
    }
}

/// Options of a fusion.
#[derive(Debug, Clone)]
pub struct Options {
    /// Normalized source or outlet name -> reliability letter A-F.
    pub reliability: HashMap<String, char>,
    /// Days apart two reports' claims may be and still link across reports.
    pub max_days_apart: i64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            reliability: parse_reliability(DEFAULT_SOURCES),
            max_days_apart: 21,
        }
    }
}

/// A span in Unicode code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

/// Where a claim stands relative to the others of its cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Committed, and another independent line says the same.
    Confirmed,
    /// Committed but hedged, conditional, or only one line says it.
    Qualified,
    /// A figure or polarity of another line disagrees with it.
    Contradicted,
    /// Not committed: non-commitment, possibility, underspecified.
    Open,
    /// A relay: carried by the claims it passes on.
    Relay,
    /// A toll lower than one already reported before it was said ("have killed two people"
    /// a day after the third death was confirmed).
    Outdated,
    /// A toll that a later, higher figure of the same thing replaced ("two people have died"
    /// on Monday, a third death on Wednesday): right when said, no longer current.
    Superseded,
}

impl ClusterClaim {
    /// The status as shown to people: "superseded by 3 on 2025-03-05", "confirmed".
    pub fn status_label(&self) -> String {
        match (&self.status, &self.superseded_by) {
            (Status::Superseded, Some(by)) => format!("superseded {by}"),
            (status, _) => status.as_str().to_string(),
        }
    }
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Qualified => "qualified",
            Status::Contradicted => "contradicted",
            Status::Open => "open",
            Status::Relay => "relay",
            Status::Outdated => "outdated",
            Status::Superseded => "superseded",
        }
    }
}

/// A claim as it appears in a cluster.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterClaim {
    /// Index into the input claims.
    #[serde(skip)]
    pub input: usize,
    pub id: String,
    pub doc: String,
    /// From the first piece of the content to the last (what score.py matches).
    pub content_span: CharSpan,
    pub byte_span: Span,
    /// The pieces of the content, where its cue interrupts it; `text` joins them with " … ".
    /// Empty when the content is one piece.
    pub fragments: Vec<CharSpan>,
    pub source: String,
    /// The resolved actor's name.
    pub actor: String,
    pub relayed_by: Vec<String>,
    pub kind: String,
    pub certainty: String,
    pub polarity: String,
    pub conditional: bool,
    pub direct: bool,
    /// How the source put it, in words ("says", "expects", "declines to confirm").
    pub stance: String,
    pub when: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub copy_of: Option<String>,
    /// The content on one line; where the cue interrupts it, its pieces joined by " … ".
    pub text: String,
    /// Values of the time expressions inside: when the thing happens.
    pub times: Vec<String>,
    pub status: Status,
    /// For a superseded toll: the figure that replaced it and when ("by 3 on 2025-03-05").
    pub superseded_by: Option<String>,
    pub reliability: char,
    /// True for a statement in the outlet's own voice (its source is the outlet).
    pub unattributed: bool,
    /// The index of the claim of this cluster that this one repeats in another copy of the
    /// same wire story (same source, same words): one statement, two outlets.
    pub copy_of_claim: Option<usize>,
}

/// A figure a source gives.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub value: f64,
    pub high: Option<f64>,
    pub unit: String,
    /// No claim giving the figure writes its unit beside it: every one read it from the
    /// figure's context ("killing 11", "built for 250 people but held more than 900").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unit_from_context: bool,
    pub approx: bool,
    /// How the text qualifies the figure: "" (exact), "about", "more than", "up to", ...
    pub qualifier: String,
    /// "planned by 2024-12", "in transit", "sent in total".
    pub scope: String,
    /// `total` or `part`: figures are compared within a class.
    pub scope_class: String,
    /// The scope without its time ("died").
    pub scope_name: String,
    /// True for a toll: a count that only grows (`data/cumulative.txt`).
    pub cumulative: bool,
    pub time: Option<String>,
    /// Indices into the cluster's claims.
    pub claims: Vec<usize>,
    pub sources: Vec<String>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    /// Indices into the cluster's claims.
    pub between: [usize; 2],
    pub why: String,
}

/// A claim whose toll was already overtaken when it was said.
#[derive(Debug, Clone, Serialize)]
pub struct Outdated {
    /// Index into the cluster's claims, and its figure in `numbers`.
    pub claim: usize,
    pub figure: usize,
    /// The claim that had reported the higher figure before, and that figure.
    pub newer_claim: usize,
    pub newer_figure: usize,
    pub why: String,
}

/// One value of a toll and since when it stands.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub value: f64,
    pub high: Option<f64>,
    pub approx: bool,
    /// How the text qualifies the figure ("more than"); empty when exact.
    pub qualifier: String,
    /// The first date it was said.
    pub since: String,
    pub sources: Vec<String>,
}

/// The course of a toll over time (outdated claims left out): "2 -> 3 people died".
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    pub unit: String,
    pub scope: String,
    pub steps: Vec<Step>,
}

/// The conservative figure and range of one counted thing and scope class.
#[derive(Debug, Clone, Serialize)]
pub struct Estimate {
    pub unit: String,
    pub scope_class: String,
    pub conservative: f64,
    pub low: f64,
    pub high: f64,
    pub figures: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Grade {
    /// Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).
    pub credibility: u8,
    pub label: String,
    /// STIX 2.1 confidence 0-100; None where it cannot be judged.
    pub confidence: Option<u8>,
    /// ICD 203 expression of likelihood.
    pub words: String,
    pub reasons: Vec<String>,
}

/// When a thing was said against when it happens.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub said: Option<String>,
    pub happens: Vec<String>,
    pub source: String,
    pub cluster: usize,
    pub claim: usize,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    pub id: String,
    pub statement: String,
    /// True when no claim of the cluster reads as a whole statement and the one shown is
    /// a fragment of its sentence.
    pub statement_is_fragment: bool,
    /// Weight of evidence, for ranking.
    pub weight: f64,
    pub claims: Vec<ClusterClaim>,
    pub numbers: Vec<Figure>,
    pub estimates: Vec<Estimate>,
    pub disagreements: Vec<Disagreement>,
    /// Claims whose toll was already overtaken when said.
    pub outdated: Vec<Outdated>,
    /// Claims whose toll a later, higher figure replaced (`newer_claim` gives it first).
    pub superseded: Vec<Outdated>,
    /// The course of each toll over time.
    pub series: Vec<Series>,
    /// Lines of evidence: each a list of source names that are not independent.
    pub independent_sources: Vec<Vec<String>>,
    pub non_committal: Vec<String>,
    /// Sources that only hedge: possible or conditional, never committed.
    pub hedged: Vec<String>,
    pub relays: Vec<String>,
    pub grade: Grade,
    /// Source reliability letters of the lines' sources ("National Intelligence Service": 'C').
    pub reliability: Vec<(String, char)>,
}

/// The fused picture.
#[derive(Debug, Clone, Serialize)]
pub struct Fused {
    pub clusters: Vec<Cluster>,
    pub actors: Vec<Actor>,
    pub timeline: Vec<TimelineEntry>,
    /// Seconds spent per stage, for benchmarks.
    #[serde(skip)]
    pub timings: Vec<(&'static str, f64)>,
}

/// "The ministry declined to comment.": a refusal whose content names nothing ("to
/// comment", "to say") states no proposition, so it is in the ledger but no point of the
/// brief (two unrelated refusals would otherwise agree on "to comment").
fn bare_refusal(claim: &ClaimInput, content: &str) -> bool {
    let mut words = content.split_whitespace();
    claim.kind == AttributionKind::NonCommitment
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("to"))
        && words.count() <= 1
}

/// Fuses the claims of the documents. Claims whose `doc` index or content span is out of
/// range are ignored.
pub fn fuse(docs: &[DocInput], claims: &[ClaimInput], options: &Options) -> Fused {
    let valid: Vec<usize> = (0..claims.len())
        .filter(|&i| {
            let c = &claims[i];
            docs.get(c.doc).is_some_and(|d| {
                c.content.start <= c.content.end
                    && c.content.end <= d.text.len()
                    && d.text.is_char_boundary(c.content.start)
                    && d.text.is_char_boundary(c.content.end)
                    && !bare_refusal(c, &d.text[c.content.start..c.content.end])
            })
        })
        .collect();
    let mut with_relays = audience_relays(docs, claims);
    // Mentions in the cue between a content's pieces ("..., said Hana Moritz, a nurse from
    // Kessfield. ...") are the cue's, not the content's: no topic term, no figure.
    for i in 0..claims.len() {
        let c = with_relays.as_ref().map_or(&claims[i], |l| &l[i]);
        let Some(doc) = docs.get(c.doc) else { continue };
        let pieces = grade::content_pieces(&doc.text, c);
        let in_gap = |m: &Mention| !pieces.iter().any(|p| p.contains(m.span()));
        if pieces.is_empty() || !c.mentions.iter().any(in_gap) {
            continue;
        }
        let list = with_relays.get_or_insert_with(|| claims.to_vec());
        list[i].mentions.retain(|m| !in_gap(m));
    }
    let claims: &[ClaimInput] = with_relays.as_deref().unwrap_or(claims);
    let mut timings = Vec::new();
    let clock = std::time::Instant::now();
    let actors = resolve::resolve(docs, claims);
    timings.push(("resolve", clock.elapsed().as_secs_f64()));
    let clock = std::time::Instant::now();
    let own_side: Vec<bool> = claims
        .iter()
        .map(|c| resolve::own_side(docs, c, &actors))
        .collect();
    let groups = cluster::cluster(docs, claims, &valid, &own_side, options);
    timings.push(("cluster", clock.elapsed().as_secs_f64()));
    let clock = std::time::Instant::now();
    let mut clusters = grade::build(docs, claims, &actors, groups, options);
    timings.push(("numbers+grade", clock.elapsed().as_secs_f64()));
    clusters.sort_by(|a, b| {
        b.weight
            .partial_cmp(&a.weight)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.id.cmp(&b.id))
    });
    let timeline = timeline(&clusters);
    Fused {
        clusters,
        actors: actors.actors,
        timeline,
        timings,
    }
}

/// The timeline of `clusters`: when each claim was said (else published) against the times it
/// is about, relays left out, sorted by when said. It indexes `clusters`, so whoever filters
/// the clusters rebuilds it.
pub fn timeline(clusters: &[Cluster]) -> Vec<TimelineEntry> {
    let mut timeline = Vec::new();
    for (ci, cluster) in clusters.iter().enumerate() {
        for (k, claim) in cluster.claims.iter().enumerate() {
            if claim.status == Status::Relay {
                continue;
            }
            timeline.push(TimelineEntry {
                said: claim.when.clone().or_else(|| claim.published.clone()),
                happens: claim.times.clone(),
                source: claim.actor.clone(),
                cluster: ci,
                claim: k,
                text: claim.text.clone(),
            });
        }
    }
    timeline.sort_by(|a, b| a.said.cmp(&b.said).then(a.cluster.cmp(&b.cluster)));
    timeline
}

/// Claims told to a pronoun that stands for the speaker just quoted ("Field teams had told
/// her that ...", after the spokeswoman's statement) are passed on by that speaker: the
/// previous attributed claim of the report with another source becomes their relay. Only
/// claims with no relay of their own; None when no claim changes.
fn audience_relays(docs: &[DocInput], claims: &[ClaimInput]) -> Option<Vec<ClaimInput>> {
    let mut changed: Option<Vec<ClaimInput>> = None;
    for (i, c) in claims.iter().enumerate() {
        let pronoun = c.audience.as_deref().is_some_and(|a| {
            let a = a.trim().to_lowercase();
            lexicon::LEXICON.audience_pronouns.contains(&a)
        });
        if !pronoun || !c.relayed_by.is_empty() || docs.get(c.doc).is_none() {
            continue;
        }
        let previous = claims
            .iter()
            .filter(|o| {
                o.doc == c.doc
                    && !o.unattributed()
                    && o.kind != AttributionKind::Relay
                    && o.content.end <= c.content.start
                    && o.source != c.source
                    && resolve::plausible_source(&o.source)
            })
            .max_by_key(|o| o.content.end);
        if let Some(p) = previous {
            let list = changed.get_or_insert_with(|| claims.to_vec());
            list[i].relayed_by = vec![p.source.clone()];
        }
    }
    changed
}

/// The ISO 3166-1 alpha-2 code of a country known to `data/countries.txt`, by any of its names.
pub fn country_code(name: &str) -> Option<&'static str> {
    let c = resolve::country_of(&norm_key(name))?;
    lexicon::LEXICON.countries[c].code.as_deref()
}

/// Whole-word, case-insensitive search of a lower-cased phrase in lower-cased text.
pub(crate) fn has_phrase(haystack_lower: &str, phrase: &str) -> bool {
    haystack_lower.match_indices(phrase).any(|(i, m)| {
        let before_ok = haystack_lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let end = i + m.len();
        let after_ok = haystack_lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before_ok && after_ok
    })
}

/// Days since 0000-03-01 of an ISO date prefix (`2024-10-23`, `2024-10`), for distances.
pub(crate) fn day_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let d: i64 = date.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1)
}
