//! Claim clusters: claims about the same event, across reports. See the crate docs for the
//! policy; the work is linear in the claims times the (capped) length of the posting lists.

use std::collections::HashMap;

use model::AttributionKind;

use crate::lexicon::LEXICON;
use crate::resolve::entity_term;
use crate::{day_number, ClaimInput, DocInput, Mention, Options};

/// Posting lists longer than this are not used to find candidates: a term that common says
/// nothing about which claims belong together, and skipping it keeps the work linear.
const MAX_POSTINGS: usize = 200;
/// Claims sharing this much of the smaller term set (idf-weighted), and this cosine, are the
/// same statement even without a shared entity (a wire story's sentences in two copies).
const SAME_TEXT_OVERLAP: f32 = 0.75;
const SAME_TEXT_COSINE: f32 = 0.6;
/// The idf-weighted cosine of the term sets above which claims sharing a key entity and
/// two content words state the same proposition. The cosine, not the share of the smaller
/// set, so a short claim is not swallowed by a long one that merely mentions its words.
const PROPOSITION_COSINE: f32 = 0.45;
/// A short claim wholly inside a longer one (this share of it, idf-weighted) with two
/// content words in common and this cosine: "cracks had been found" in "engineers had
/// found cracks in the dam".
const CONTAINED_COSINE: f32 = 0.45;

pub(crate) struct UnionFind(Vec<usize>);

impl UnionFind {
    pub(crate) fn new(n: usize) -> UnionFind {
        UnionFind((0..n).collect())
    }
    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The lower index is the root, so results do not depend on the order of unions.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// What two statement units share: idf weight, and which kinds of terms.
#[derive(Debug, Clone, Copy, Default)]
struct Overlap {
    weight: f32,
    /// Distinct shared entities.
    entities: usize,
    /// Of those, places (`GPE`, `LOC`): a place is where things happen, not what they are.
    places: usize,
    unit: bool,
    /// Distinct shared content words.
    words: usize,
    /// A shared event concept (`data/concepts.txt`: "evacuate", "die"), not a counted thing.
    event: bool,
}

/// How the event concepts of two statement units relate.
#[derive(Debug, Clone, Copy)]
struct Events {
    /// The same events.
    equal: bool,
    /// The events of one are all among those of the other.
    nested: bool,
    /// Both name events, none in common.
    disjoint: bool,
}

/// True when two statement units state the same proposition, by their shared terms (see the
/// crate docs): nearly the same text; or a shared key entity or counted thing and at least
/// two shared content words (or two key entities and one word), covering enough of both;
/// or a shared key entity that is not a place (a town; a country acts, so it counts) or a
/// counted thing, and the same event
/// words ("rescuers arrived in Kessfield" is not "we reached the car" in Kessfield), or
/// two shared key entities and a
/// shared event word where the event words of one are all among those of the other ("the deployment" of the troops "sent"; not "evacuees
/// may return" against "were evacuated"); or both count the same thing and
/// share the event word; or both give a total of the same counted thing in the same scope
/// ("about 4,000 evacuees" and "6,500 people have been evacuated": one figure in question).
fn same_proposition(
    o: &Overlap,
    weight_u: f32,
    weight_v: f32,
    counts_same_thing: bool,
    events: Events,
    same_count_scope: bool,
) -> bool {
    let Events {
        equal: events_equal,
        nested: events_nested,
        disjoint: events_disjoint,
    } = events;
    let cosine = o.weight / (weight_u * weight_v).sqrt().max(f32::EPSILON);
    let cover = o.weight / weight_u.min(weight_v).max(f32::EPSILON);
    let same_text = (cover >= SAME_TEXT_OVERLAP && cosine >= SAME_TEXT_COSINE)
        || (cover >= SAME_TEXT_OVERLAP && o.words >= 2 && cosine >= CONTAINED_COSINE);
    // Two events and none in common, and no name in common either: only the counted thing
    // and common words ("people were evacuated since the floods began" against "three people
    // have died in the floods") make different propositions. (Names in common keep one
    // story together: a country "sent" soldiers that "reach" the front.)
    if events_disjoint && o.entities == 0 {
        return same_text;
    }
    same_text
        || ((o.entities > 0 || o.unit) && o.words >= 2 && cosine >= PROPOSITION_COSINE)
        || (o.entities >= 2 && o.words >= 1 && cosine >= PROPOSITION_COSINE)
        || (o.event
            && ((events_equal && (o.entities > o.places || o.unit))
                || (o.entities >= 2 && events_nested)))
        || (counts_same_thing && o.event)
        || same_count_scope
}

/// A topic term of a claim. Entities ("e:"), counted units ("u:") and words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum TermKind {
    Entity,
    Unit,
    Word,
}

/// The folded form of a content word: its concept, else a crude singular; None for stop
/// words and short words.
pub(crate) fn fold_word(word: &str) -> Option<String> {
    if word.len() < 3 || word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let lower = word.to_lowercase();
    if LEXICON.stopwords.contains(&lower) {
        return None;
    }
    if let Some(c) = LEXICON.concepts.get(&lower) {
        return Some(c.clone());
    }
    let stem = if lower.len() > 4 && lower.ends_with("ies") {
        format!("{}y", &lower[..lower.len() - 3])
    } else if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        lower[..lower.len() - 1].to_string()
    } else {
        lower
    };
    if LEXICON.stopwords.contains(&stem) {
        return None;
    }
    Some(LEXICON.concepts.get(&stem).cloned().unwrap_or(stem))
}

/// The counted thing of a quantity unit, folded like words ("troops" -> "soldier").
pub(crate) fn fold_unit(unit: &str) -> String {
    let lower = unit.to_lowercase();
    if let Some(c) = LEXICON.concepts.get(&lower) {
        return c.clone();
    }
    fold_word(&lower).unwrap_or(lower)
}

/// The topic terms of a claim, sorted and unique.
pub(crate) fn terms(doc: &DocInput, claim: &ClaimInput) -> Vec<(TermKind, String)> {
    let mut out = Vec::new();
    let mut entity_spans = Vec::new();
    for m in &claim.mentions {
        match m {
            Mention::Entity {
                span,
                kind,
                canonical,
            } => {
                entity_spans.push(*span);
                out.push((TermKind::Entity, entity_term(kind, canonical)));
            }
            Mention::Quantity {
                unit: Some(unit), ..
            } => out.push((TermKind::Unit, fold_unit(unit))),
            _ => {}
        }
    }
    for o in crate::numbers::ordinal_counts(&doc.text, claim.content) {
        out.push((TermKind::Unit, fold_unit(&o.unit)));
    }
    // The words of the content's pieces only: the cue between them is not its topic.
    let mut pieces = crate::grade::content_pieces(&doc.text, claim);
    if pieces.is_empty() {
        pieces.push(claim.content);
    }
    for piece in pieces {
        let Some(text) = doc.text.get(piece.start..piece.end) else {
            continue;
        };
        let base = piece.start;
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                continue;
            }
            let Some(s) = start.take() else { continue };
            let at = base + s;
            if entity_spans.iter().any(|sp| sp.start <= at && at < sp.end) {
                continue;
            }
            if let Some(w) = fold_word(&text[s..i]) {
                out.push((TermKind::Word, w));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

pub(crate) fn is_anaphoric(content: &str) -> bool {
    anaphor(content).is_some()
}

/// The anaphoric opening of a claim, if any: Some(true) when it may only continue the same
/// source's previous claim (a pronoun that stands for the speaker).
fn anaphor(content: &str) -> Option<bool> {
    let lower = content
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    LEXICON
        .anaphora
        .iter()
        .find(|(a, _)| {
            lower.starts_with(a.as_str())
                && lower[a.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| !c.is_alphanumeric())
        })
        .map(|(_, same_source)| *same_source)
}

/// True when no sentence ends between two byte offsets.
fn same_sentence(text: &str, a_end: usize, b_start: usize) -> bool {
    if b_start <= a_end {
        return true;
    }
    let between = &text[a_end..b_start];
    !(between.contains('\n')
        || between.contains(". ")
        || between.contains("? ")
        || between.contains("! ")
        || between.contains(".\u{201d} ")
        || between.contains(".\" "))
}

/// The claim a relay carries: one of its report whose parent it is, or whose content lies
/// inside the relay's.
fn carried_claim(claims: &[ClaimInput], valid: &[usize], relay: usize) -> Option<usize> {
    let c = &claims[relay];
    valid.iter().copied().find(|&j| {
        let o = &claims[j];
        j != relay
            && o.doc == c.doc
            && o.kind != AttributionKind::Relay
            && ((o.parent.is_some() && o.parent == c.attribution_id)
                || (c.content.start <= o.content.start && o.content.end <= c.content.end))
    })
}

/// Groups the valid claims into clusters (lists of claim indices, each sorted, the list
/// sorted by first member). Relay claims join the cluster of the claims they carry.
pub fn cluster(
    docs: &[DocInput],
    claims: &[ClaimInput],
    valid: &[usize],
    own_side: &[bool],
    options: &Options,
) -> Vec<Vec<usize>> {
    let n = claims.len();
    let mut uf = UnionFind::new(n);
    let is_relay = |i: usize| claims[i].kind == AttributionKind::Relay;
    let mut anaphoric = vec![false; n];
    // Claims by document, in text order.
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in valid {
        by_doc.entry(claims[i].doc).or_default().push(i);
    }
    let mut doc_keys: Vec<usize> = by_doc.keys().copied().collect();
    doc_keys.sort();
    for d in &doc_keys {
        let list = by_doc.get_mut(d).expect("key from the map");
        list.sort_by_key(|&i| (claims[i].content.start, claims[i].content.end, i));
        let text = &docs[*d].text;
        let list = list.clone();
        for (k, &i) in list.iter().enumerate() {
            if is_relay(i) {
                continue;
            }
            let ci = &claims[i];
            let content = &text[ci.content.start..ci.content.end];
            // The previous claim of the same source (not a relay) in this report.
            let previous = list[..k]
                .iter()
                .rev()
                .copied()
                .find(|&j| !is_relay(j) && claims[j].source == ci.source);
            if let Some(same_source_only) = anaphor(content) {
                let antecedent = previous.or_else(|| {
                    if same_source_only {
                        None
                    } else {
                        list[..k].iter().rev().copied().find(|&j| !is_relay(j))
                    }
                });
                if let Some(j) = antecedent {
                    anaphoric[i] = true;
                    uf.union(i, j);
                    continue;
                }
            }
            if let Some(j) = previous {
                let cj = &claims[j];
                let same_parent = ci.parent.is_some() && ci.parent == cj.parent;
                if same_parent || same_sentence(text, cj.content.end, ci.content.start) {
                    uf.union(i, j);
                }
            }
        }
    }
    // Statement units: the roots of non-relay claims.
    let mut unit_of_root: HashMap<usize, usize> = HashMap::new();
    let mut unit_roots: Vec<usize> = Vec::new();
    let mut unit_of_claim: Vec<Option<usize>> = vec![None; n];
    for &i in valid {
        if is_relay(i) {
            continue;
        }
        let r = uf.find(i);
        let u = *unit_of_root.entry(r).or_insert_with(|| {
            unit_roots.push(r);
            unit_roots.len() - 1
        });
        unit_of_claim[i] = Some(u);
    }
    let units = unit_roots.len();
    let mut term_ids: HashMap<(TermKind, String), u32> = HashMap::new();
    let mut term_kind: Vec<TermKind> = Vec::new();
    let mut unit_terms: Vec<Vec<u32>> = vec![Vec::new(); units];
    let mut unit_intention = vec![false; units];
    let mut unit_other = vec![false; units];
    let mut unit_docs: Vec<Vec<usize>> = vec![Vec::new(); units];
    let mut unit_sources: Vec<Vec<String>> = vec![Vec::new(); units];
    let mut unit_day: Vec<Option<i64>> = vec![None; units];
    for &i in valid {
        let Some(u) = unit_of_claim[i] else { continue };
        let c = &claims[i];
        let doc = &docs[c.doc];
        if !unit_docs[u].contains(&c.doc) {
            unit_docs[u].push(c.doc);
        }
        if !unit_sources[u].contains(&c.source) {
            unit_sources[u].push(c.source.clone());
        }
        let day = c
            .when
            .as_deref()
            .or(doc.published.as_deref())
            .and_then(day_number);
        if let Some(day) = day {
            unit_day[u] = Some(unit_day[u].map_or(day, |d: i64| d.min(day)));
        }
        if anaphoric[i] {
            continue;
        }
        if own_side.get(i).copied().unwrap_or(false) {
            unit_intention[u] = true;
        } else {
            unit_other[u] = true;
        }
        for t in terms(doc, c) {
            let kind = t.0.clone();
            let next = term_ids.len() as u32;
            let id = *term_ids.entry(t).or_insert_with(|| {
                term_kind.push(kind);
                next
            });
            unit_terms[u].push(id);
        }
    }
    for t in &mut unit_terms {
        t.sort();
        t.dedup();
    }
    // Event concepts: concept words that no figure counts ("evacuate", not "person").
    let counted: std::collections::HashSet<String> = valid
        .iter()
        .flat_map(|&i| claims[i].mentions.iter())
        .filter_map(|m| match m {
            Mention::Quantity {
                unit: Some(unit), ..
            } => Some(fold_unit(unit)),
            _ => None,
        })
        .collect();
    let concept_names: std::collections::HashSet<&String> = LEXICON.concepts.values().collect();
    // Entity terms that name places, from the kinds of their mentions.
    let place_terms: std::collections::HashSet<String> = valid
        .iter()
        .flat_map(|&i| claims[i].mentions.iter())
        .filter_map(|m| match m {
            Mention::Entity {
                kind, canonical, ..
            } if LEXICON.place_kinds.contains(&kind.to_uppercase()) => {
                // A country acts (it sends, says, deploys): an actor, not a setting.
                let key = crate::resolve::norm_key(canonical);
                let actor = crate::resolve::country_of(&key).is_some()
                    || crate::resolve::body_of(&key).is_some();
                (!actor).then(|| entity_term(kind, canonical))
            }
            _ => None,
        })
        .collect();
    let mut term_place = vec![false; term_kind.len()];
    for ((kind, text), &id) in &term_ids {
        term_place[id as usize] = *kind == TermKind::Entity && place_terms.contains(text);
    }
    let mut term_event = vec![false; term_kind.len()];
    for ((kind, text), &id) in &term_ids {
        term_event[id as usize] =
            *kind == TermKind::Word && concept_names.contains(text) && !counted.contains(text);
    }
    let unit_events: Vec<Vec<u32>> = unit_terms
        .iter()
        .map(|ts| {
            ts.iter()
                .copied()
                .filter(|&t| term_event[t as usize])
                .collect()
        })
        .collect();
    // An own-side unit is one where every claim with terms is about the speaker's side.
    let intention: Vec<bool> = (0..units)
        .map(|u| unit_intention[u] && !unit_other[u])
        .collect();
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); term_kind.len()];
    for (u, ts) in unit_terms.iter().enumerate() {
        for &t in ts {
            postings[t as usize].push(u as u32);
        }
    }
    let idf: Vec<f32> = postings
        .iter()
        .map(|p| (1.0 + units as f32 / p.len().max(1) as f32).ln())
        .collect();
    let weight: Vec<f32> = unit_terms
        .iter()
        .map(|ts| ts.iter().map(|&t| idf[t as usize]).sum())
        .collect();
    let mut unit_uf = UnionFind::new(units);
    // Units that give a count, by counted thing: the figure rule needs both to count it.
    let mut unit_counts: Vec<Vec<String>> = vec![Vec::new(); units];
    for &i in valid {
        let Some(u) = unit_of_claim[i] else { continue };
        for m in &claims[i].mentions {
            if let Mention::Quantity {
                unit: Some(unit), ..
            } = m
            {
                let folded = fold_unit(unit);
                if !unit_counts[u].contains(&folded) {
                    unit_counts[u].push(folded);
                }
            }
        }
    }
    // Units that give a total of a counted thing in a named scope ("person", "evacuated"),
    // a relay's own figures counted with the claim it carries.
    let mut unit_scopes: Vec<Vec<(String, String)>> = vec![Vec::new(); units];
    for &i in valid {
        let c = &claims[i];
        let u = if is_relay(i) {
            carried_claim(claims, valid, i).and_then(|j| unit_of_claim[j])
        } else {
            unit_of_claim[i]
        };
        let Some(u) = u else { continue };
        for o in crate::numbers::ordinal_counts(&docs[c.doc].text, c.content) {
            let folded = fold_unit(&o.unit);
            if !unit_counts[u].contains(&folded) {
                unit_counts[u].push(folded);
            }
        }
        let nested: Vec<model::Span> = if is_relay(i) {
            valid
                .iter()
                .map(|&j| &claims[j])
                .filter(|o| {
                    o.doc == c.doc && o.content != c.content && c.content.contains(o.content)
                })
                .map(|o| o.content)
                .collect()
        } else {
            Vec::new()
        };
        for f in crate::numbers::figures_of(&docs[c.doc], c, &nested) {
            let key = (f.unit.clone(), f.scope_name.clone());
            if f.total == Some(true) && !f.scope_name.is_empty() && !unit_scopes[u].contains(&key) {
                unit_scopes[u].push(key);
            }
        }
    }
    let mut shared: HashMap<u32, Overlap> = HashMap::new();
    for u in 0..units {
        shared.clear();
        for &t in &unit_terms[u] {
            let list = &postings[t as usize];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &v in list {
                if v as usize <= u {
                    continue;
                }
                let e = shared.entry(v).or_default();
                e.weight += idf[t as usize];
                match term_kind[t as usize] {
                    TermKind::Entity => {
                        e.entities += 1;
                        if term_place[t as usize] {
                            e.places += 1;
                        }
                    }
                    TermKind::Unit => e.unit = true,
                    TermKind::Word => {
                        e.words += 1;
                        if term_event[t as usize] {
                            e.event = true;
                        }
                    }
                }
            }
        }
        let mut candidates: Vec<(u32, Overlap)> = shared.iter().map(|(k, v)| (*k, *v)).collect();
        candidates.sort_by_key(|c| c.0);
        for (v, o) in candidates {
            let v = v as usize;
            if intention[u] != intention[v] {
                continue;
            }
            let same_doc = unit_docs[u].iter().any(|d| unit_docs[v].contains(d));
            let near = same_doc
                || match (unit_day[u], unit_day[v]) {
                    (Some(a), Some(b)) => (a - b).abs() <= options.max_days_apart,
                    _ => true,
                };
            let counts_same_thing = unit_counts[u].iter().any(|x| unit_counts[v].contains(x));
            let (eu, ev) = (&unit_events[u], &unit_events[v]);
            let events = Events {
                equal: eu == ev,
                nested: eu.iter().all(|e| ev.contains(e)) || ev.iter().all(|e| eu.contains(e)),
                disjoint: !eu.is_empty() && !ev.is_empty() && !eu.iter().any(|e| ev.contains(e)),
            };
            let same_count_scope = unit_scopes[u].iter().any(|x| unit_scopes[v].contains(x));
            // One source's statements in one report that share an entity and a word are one
            // line of its argument ("the deployment ... would mark", "the use of ... on the
            // battlefield"); so are the plans of one side in one report (its response). Another
            // source's statement must share the proposition.
            let same_speaker = same_doc
                && (unit_sources[u].iter().any(|x| unit_sources[v].contains(x))
                    || (intention[u] && intention[v]))
                && o.entities > 0
                && o.words > 0;
            let link = near
                && (same_speaker
                    || same_proposition(
                        &o,
                        weight[u],
                        weight[v],
                        counts_same_thing,
                        events,
                        same_count_scope,
                    ));
            if link {
                unit_uf.union(u, v);
            }
        }
    }
    // Clusters of claims: the unit clusters, relays attached to what they carry.
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in valid {
        if let Some(u) = unit_of_claim[i] {
            members.entry(unit_uf.find(u)).or_default().push(i);
        }
    }
    for &i in valid {
        if !is_relay(i) {
            continue;
        }
        if let Some(u) = carried_claim(claims, valid, i).and_then(|j| unit_of_claim[j]) {
            members.entry(unit_uf.find(u)).or_default().push(i);
        }
    }
    let mut out: Vec<Vec<usize>> = members.into_values().collect();
    for m in &mut out {
        m.sort();
    }
    out.sort();
    out
}
