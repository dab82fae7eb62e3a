//! Lines of evidence, figures compared, claim statuses and the grade of each cluster.

use std::collections::{BTreeMap, HashMap};

use model::{AttributionKind, Certainty, CharOffsets, Polarity};

use crate::cluster::{is_anaphoric, terms, UnionFind};
use crate::lexicon::LEXICON;
use crate::numbers::{figure_with_unit, figures_of, format_figure, values_differ};
use crate::resolve::{norm_key, plausible_source, Actors};

/// The actor shown for a claim whose source is not a plausible speaker.
pub const UNIDENTIFIED: &str = "unidentified source";
/// The source of an outlet's own statement where the report names no outlet (the store
/// writes it so): shown, but no line of evidence, since nothing tells who stands behind it.
pub const UNIDENTIFIED_OUTLET: &str = "unidentified outlet";

/// True when a claim's source can be a line of evidence.
fn has_speaker(c: &ClaimInput) -> bool {
    if c.unattributed() {
        return c.source != UNIDENTIFIED_OUTLET && !c.source.trim().is_empty();
    }
    plausible_source(&c.source)
}
use crate::{
    day_number, CharSpan, ClaimInput, Cluster, ClusterClaim, Disagreement, DocInput, Estimate,
    Figure, Grade, Mention, Options, Outdated, Series, Status, Step,
};

/// True when the claim commits its source to the content.
pub fn committed(c: &ClaimInput) -> bool {
    // An intention stated as a possibility ("is considering") is still a statement of it.
    if c.kind == AttributionKind::Intention {
        return c.certainty != Certainty::Underspecified;
    }
    matches!(
        c.kind,
        AttributionKind::Assertion | AttributionKind::Evaluation | AttributionKind::Intention
    ) && matches!(c.certainty, Certainty::Certain | Certainty::Probable)
        && !c.conditional
}

/// How the source put it, in words. An intention is named as a kind ("says (intention)"):
/// "is considering" only where the cue says so, since a plan can be reported by another
/// ("the committee will hold a hearing") or dropped ("had dropped plans to ...").
pub fn stance(c: &ClaimInput) -> String {
    stance_with_cue(c, "")
}

/// [`stance`] with the cue's text, which names a deliberation ("is considering").
pub fn stance_with_cue(c: &ClaimInput, cue: &str) -> String {
    let cue = cue.to_lowercase();
    let deliberates = LEXICON
        .deliberation_cues
        .iter()
        .any(|w| cue.split(|ch: char| !ch.is_alphabetic()).any(|t| t == w));
    let mut s = match (c.kind, c.certainty) {
        _ if c.unattributed() => match c.certainty {
            Certainty::Certain => "reports in its own voice".to_string(),
            Certainty::Probable => "reports in its own voice as probable".to_string(),
            _ => "reports in its own voice as possible".to_string(),
        },
        (AttributionKind::Relay, _) => "passes on".to_string(),
        (AttributionKind::NonCommitment, _) => {
            "does not commit (declines to confirm or deny, or is looking into it)".to_string()
        }
        (AttributionKind::Intention, _) if deliberates => "is considering".to_string(),
        (AttributionKind::Intention, Certainty::Certain) => "says (intention)".to_string(),
        (AttributionKind::Intention, Certainty::Probable) => {
            "says it is probable (intention)".to_string()
        }
        (AttributionKind::Intention, Certainty::Possible) => {
            "says it is possible (intention)".to_string()
        }
        (AttributionKind::Intention, Certainty::Underspecified) => {
            "does not commit (intention)".to_string()
        }
        (_, Certainty::Certain) => "says".to_string(),
        (_, Certainty::Probable) => "says it is probable".to_string(),
        (_, Certainty::Possible) => "says it is possible".to_string(),
        (_, Certainty::Underspecified) => "does not commit".to_string(),
    };
    if !c.unattributed() && is_plural_source(&c.source) {
        s = plural_verb(&s);
    }
    if c.polarity == Polarity::Negative {
        s.push_str(", negated");
    }
    if c.conditional {
        s.push_str(", on a condition");
    }
    if c.direct {
        s.push_str(" (quoted)");
    }
    s
}

/// Whether a source name is grammatically plural ("Farmers' groups", "anonymous: sources
/// familiar with the matter", "Critics", "police"), so that the brief says "say", not "says".
/// Names of people and bodies are singular: a capitalised last word of a longer name
/// ("Mira Tallis", "National Civil Protection Corps") never counts as plural.
pub fn is_plural_source(source: &str) -> bool {
    let name = source.strip_prefix("anonymous:").unwrap_or(source).trim();
    // "Philippines", "Netherlands": a country or a known body is one actor.
    let key = norm_key(name);
    if LEXICON.country_of_key.contains_key(&key) || LEXICON.body_of_key.contains_key(&key) {
        return false;
    }
    // "sources familiar with the matter": the head is the first noun phrase's last word.
    let head_phrase = name
        .split([',', '(', ';'])
        .next()
        .unwrap_or(name)
        .split(" familiar ")
        .next()
        .unwrap_or(name);
    let head_phrase = head_phrase
        .split(" with ")
        .next()
        .unwrap_or(head_phrase)
        .split(" of ")
        .next()
        .unwrap_or(head_phrase)
        .trim();
    let words: Vec<&str> = head_phrase.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    // "ERLS", "NIS": an acronym names one body.
    if last.chars().all(|c| !c.is_lowercase())
        && last.chars().filter(|c| c.is_alphabetic()).count() > 1
    {
        return false;
    }
    let lower = last.to_lowercase();
    if let Some(&plural) = LEXICON.number_words.get(&lower) {
        return plural && (words.len() == 1 || !last.starts_with(char::is_uppercase));
    }
    let looks_plural = lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s");
    looks_plural && (words.len() == 1 || !last.starts_with(char::is_uppercase))
}

/// A stance phrase in the plural: "says" -> "say", "does not commit" -> "do not commit",
/// "passes on" -> "pass on", "is considering" -> "are considering".
fn plural_verb(stance: &str) -> String {
    const SINGULAR_TO_PLURAL: [(&str, &str); 4] = [
        ("says", "say"),
        ("does ", "do "),
        ("passes ", "pass "),
        ("is ", "are "),
    ];
    for (singular, plural) in SINGULAR_TO_PLURAL {
        if let Some(rest) = stance.strip_prefix(singular) {
            return format!("{plural}{rest}");
        }
    }
    stance.to_string()
}

fn reliability_of(options: &Options, names: &[&str]) -> char {
    names
        .iter()
        .find_map(|n| options.reliability.get(&norm_key(n)).copied())
        .unwrap_or('F')
}

fn stable_id(parts: &[&str]) -> String {
    // FNV-1a 64: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("c-{h:016x}")
}

/// Two claims' topic terms are the same proposition when most of them are shared: the
/// cosine of the term sets reaches [`SAME_PROPOSITION`].
pub(crate) fn same_terms<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.iter().filter(|t| b.contains(t)).count() as f64;
    shared / ((a.len() * b.len()) as f64).sqrt() >= SAME_PROPOSITION
}

/// The cosine of two claims' term sets above which they assert the same proposition (and so
/// confirm each other when they come from independent lines).
const SAME_PROPOSITION: f64 = 0.5;

/// A claim's text as a readable statement: surrounding commas and spaces trimmed, quote
/// marks dropped when they do not pair up (a fragment of a split or mixed
/// quote), the first letter capitalized and a final full stop added.
pub fn clean_statement(text: &str) -> String {
    let is_quote = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
    let trimmed = text.trim_matches(|c: char| c == ',' || c.is_whitespace());
    let mut depth_curly = 0i32;
    let mut paired = true;
    for c in trimmed.chars() {
        match c {
            '\u{201c}' => depth_curly += 1,
            '\u{201d}' => {
                depth_curly -= 1;
                paired &= depth_curly >= 0;
            }
            _ => {}
        }
    }
    paired &= depth_curly == 0 && trimmed.matches('"').count() % 2 == 0;
    let body: String = if paired {
        trimmed.to_string()
    } else {
        trimmed.chars().filter(|&c| !is_quote(c)).collect()
    };
    let body = body.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    if body.is_empty() {
        return String::new();
    }
    // The first letter is capitalized, after any opening quote marks.
    let mut out = String::with_capacity(body.len() + 1);
    let mut capitalized = false;
    for c in body.chars() {
        if !capitalized && c.is_alphanumeric() {
            out.extend(c.to_uppercase());
            capitalized = true;
        } else {
            out.push(c);
        }
    }
    let mut tail = out.chars().rev().skip_while(|&c| is_quote(c));
    if tail.next().is_some_and(|c| c.is_alphanumeric() || c == ')') {
        out.push('.');
    }
    out
}

/// True when a claim's content cannot stand as a statement: under four words, an opening
/// that shows it was cut out of its sentence (`data/fragment_openings.txt`), or a short
/// one (under eight words) with no word that makes it a clause (`data/finite_verbs.txt`, or
/// a word ending in "-ed"). Longer contents pass: the verb list is not a tagger.
pub fn is_fragment(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    if words.len() < 4 {
        return true;
    }
    let opening = words.join(" ");
    if LEXICON
        .fragment_openings
        .iter()
        .any(|f| opening.starts_with(f.as_str()) && opening[f.len()..].starts_with(' '))
    {
        return true;
    }
    words.len() < 8
        && !words.iter().any(|w| {
            LEXICON.finite_verbs.contains(w)
                || (w.len() > 4 && w.ends_with("ed"))
                || w.ends_with("n't")
                || w.ends_with("n\u{2019}t")
        })
}

/// One line of a text: whitespace collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The separator shown between the pieces of a content its cue interrupts.
pub const PIECE_SEPARATOR: &str = " \u{2026} ";

/// The pieces of a claim's content where its cue or an aside interrupts it: its fragments
/// that lie inside the content on char boundaries, in order, not overlapping. Empty when
/// fewer than two remain (the content is shown whole).
pub fn content_pieces(text: &str, c: &ClaimInput) -> Vec<model::Span> {
    let mut pieces: Vec<model::Span> = c
        .fragments
        .iter()
        .copied()
        .filter(|f| {
            c.content.start <= f.start
                && f.start < f.end
                && f.end <= c.content.end
                && text.is_char_boundary(f.start)
                && text.is_char_boundary(f.end)
        })
        .collect();
    pieces.sort_by_key(|f| (f.start, f.end));
    let mut out: Vec<model::Span> = Vec::with_capacity(pieces.len());
    for f in pieces {
        match out.last_mut() {
            Some(last) if f.start <= last.end => last.end = last.end.max(f.end),
            _ => out.push(f),
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// A claim's content as one line: its pieces joined by [`PIECE_SEPARATOR`] (the cue between
/// them left out, with the commas around it), or the whole content.
pub fn content_text(text: &str, c: &ClaimInput) -> String {
    let pieces = content_pieces(text, c);
    if pieces.is_empty() {
        return one_line(text.get(c.content.start..c.content.end).unwrap_or(""));
    }
    let trim = |p: &str| -> String {
        one_line(p.trim_matches(|ch: char| ch == ',' || ch == ';' || ch.is_whitespace()))
    };
    pieces
        .iter()
        .map(|p| trim(&text[p.start..p.end]))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(PIECE_SEPARATOR)
}

/// The root document of a report's duplicate group.
fn dup_root(doc: &DocInput) -> &str {
    doc.duplicate_of.as_deref().unwrap_or(&doc.id)
}

/// Builds the clusters from groups of claim indices.
pub fn build(
    docs: &[DocInput],
    claims: &[ClaimInput],
    actors: &Actors,
    groups: Vec<Vec<usize>>,
    options: &Options,
) -> Vec<Cluster> {
    let mut offsets: HashMap<usize, CharOffsets> = HashMap::new();
    let mut out = Vec::with_capacity(groups.len());
    // The claims of each report, for nesting: the figures of a nested claim are its own, and
    // a source whose own statement embeds another's is a reporter of it, not a relay.
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if docs
            .get(c.doc)
            .is_some_and(|d| c.content.end <= d.text.len())
        {
            by_doc.entry(c.doc).or_default().push(i);
        }
    }
    for mut group in groups {
        group.sort_by(|&a, &b| {
            let (ca, cb) = (&claims[a], &claims[b]);
            let pa = docs[ca.doc].published.as_deref();
            let pb = docs[cb.doc].published.as_deref();
            pa.cmp(&pb)
                .then(ca.doc.cmp(&cb.doc))
                .then(ca.content.start.cmp(&cb.content.start))
        });
        out.push(build_one(
            docs,
            claims,
            actors,
            &group,
            options,
            &by_doc,
            &mut offsets,
        ));
    }
    out
}

/// The name shown for a claim's source: its actor, or [`UNIDENTIFIED`].
fn shown_name(actors: &Actors, source: &str) -> String {
    if source == UNIDENTIFIED_OUTLET {
        UNIDENTIFIED_OUTLET.to_string()
    } else if plausible_source(source) {
        actor_name(actors, source)
    } else {
        UNIDENTIFIED.to_string()
    }
}

fn actor_name(actors: &Actors, name: &str) -> String {
    actors
        .get(name)
        .map_or_else(|| name.to_string(), |a| actors.actors[a].name.clone())
}

fn build_one(
    docs: &[DocInput],
    claims: &[ClaimInput],
    actors: &Actors,
    group: &[usize],
    options: &Options,
    by_doc: &HashMap<usize, Vec<usize>>,
    offsets: &mut HashMap<usize, CharOffsets>,
) -> Cluster {
    let same_doc = |i: usize| by_doc.get(&claims[i].doc).map_or(&[][..], |v| v.as_slice());
    // Actors of the cluster: sources and relays.
    let mut local: Vec<usize> = Vec::new();
    let local_of = |a: usize, local: &mut Vec<usize>| -> usize {
        local.iter().position(|&x| x == a).unwrap_or_else(|| {
            local.push(a);
            local.len() - 1
        })
    };
    // A claim whose source is not a plausible speaker has no actor: it is shown as from an
    // unidentified source and is no line of evidence.
    let claim_actor: Vec<Option<usize>> = group
        .iter()
        .map(|&i| {
            if has_speaker(&claims[i]) {
                actors.get(&claims[i].source)
            } else {
                None
            }
        })
        .collect();
    for a in claim_actor.iter().flatten() {
        local_of(*a, &mut local);
    }
    for &i in group {
        for r in &claims[i].relayed_by {
            if let Some(a) = actors.get(r) {
                local_of(a, &mut local);
            }
        }
    }
    let mut lines = UnionFind::new(local.len());
    let mut reasons_lines: Vec<String> = Vec::new();
    let pos = |a: usize, local: &Vec<usize>| local.iter().position(|&x| x == a);
    // (a) relays: the relayer joins the line of what it relays.
    for &i in group {
        let c = &claims[i];
        let Some(src) = actors.get(&c.source).and_then(|a| pos(a, &local)) else {
            continue;
        };
        for r in &c.relayed_by {
            // "The NIS report came a day after Zelensky said ...": a relayer whose own
            // (non-relay) statement embeds the claim is reporting on it, not relaying it.
            let embeds = same_doc(i).iter().any(|&j| {
                let o = &claims[j];
                j != i
                    && o.kind != AttributionKind::Relay
                    && &o.source == r
                    && o.content.start <= c.content.start
                    && c.content.end <= o.content.end
            });
            if embeds {
                continue;
            }
            if let Some(rl) = actors.get(r).and_then(|a| pos(a, &local)) {
                if lines.find(rl) != lines.find(src) {
                    reasons_lines.push(format!(
                        "{} relays {}: not independent",
                        actor_name(actors, r),
                        actor_name(actors, &c.source)
                    ));
                }
                lines.union(src, rl);
            }
        }
    }
    // (b) the same side: a government or an organization.
    let mut side_first: BTreeMap<String, usize> = BTreeMap::new();
    for (k, &a) in local.iter().enumerate() {
        if let Some(side) = actors.actors[a].side() {
            if let Some(&first) = side_first.get(&side) {
                if lines.find(first) != lines.find(k) {
                    reasons_lines.push(format!(
                        "{} and {} both speak for the {side}: one line",
                        actors.actors[local[first]].name, actors.actors[a].name
                    ));
                }
                lines.union(first, k);
            } else {
                side_first.insert(side, k);
            }
        }
    }
    // (c) the same text in copies of one wire story. A claim of one copy whose source has
    // its own counterpart in the other copy is not that counterpart's twin (a statement
    // nested in another, "Field teams had told her that ..."): only twins join.
    let claim_terms: Vec<Vec<_>> = group
        .iter()
        .map(|&i| terms(&docs[claims[i].doc], &claims[i]))
        .collect();
    let near_same = |tx: &[(crate::cluster::TermKind, String)],
                     ty: &[(crate::cluster::TermKind, String)]| {
        let inter = tx.iter().filter(|t| ty.contains(t)).count();
        let union = tx.len() + ty.len() - inter;
        union > 0 && inter * 5 >= union * 4
    };
    let twin_in = |x: usize, doc: usize| {
        group.iter().enumerate().any(|(z, &j)| {
            claims[j].doc == doc
                && claims[j].source == claims[group[x]].source
                && near_same(&claim_terms[x], &claim_terms[z])
        })
    };
    for x in 0..group.len() {
        for y in x + 1..group.len() {
            let (cx, cy) = (&claims[group[x]], &claims[group[y]]);
            if cx.doc == cy.doc || dup_root(&docs[cx.doc]) != dup_root(&docs[cy.doc]) {
                continue;
            }
            if cx.source != cy.source && (twin_in(x, cy.doc) || twin_in(y, cx.doc)) {
                continue;
            }
            if near_same(&claim_terms[x], &claim_terms[y]) {
                if let (Some(a), Some(b)) = (claim_actor[x], claim_actor[y]) {
                    let (a, b) = (pos(a, &local).unwrap_or(0), pos(b, &local).unwrap_or(0));
                    if lines.find(a) != lines.find(b) {
                        let why = if cx.unattributed() && cy.unattributed() {
                            "publish copies of the same wire story"
                        } else {
                            "are one source named two ways in copies of the same wire story"
                        };
                        reasons_lines.push(format!(
                            "{} and {} {why}: one line",
                            actors.actors[local[a]].name, actors.actors[local[b]].name
                        ));
                    }
                    lines.union(a, b);
                }
            }
        }
    }
    // Figures, merged across claims.
    let mut numbers: Vec<Figure> = Vec::new();
    for (x, &i) in group.iter().enumerate() {
        let c = &claims[i];
        // A relay's own figures count ("said it stood by its estimate of about 4,000"); those
        // of the statements it carries are theirs (nested below).
        let nested: Vec<model::Span> = same_doc(i)
            .iter()
            .map(|&j| &claims[j])
            .filter(|o| {
                o.kind != AttributionKind::Relay
                    && o.content != c.content
                    && c.content.contains(o.content)
            })
            .map(|o| o.content)
            .collect();
        for f in figures_of(&docs[c.doc], c, &nested) {
            let source = shown_name(actors, &c.source);
            let same = numbers.iter().position(|g| {
                g.value == f.value && g.high == f.high && g.unit == f.unit && g.scope == f.scope
            });
            match same {
                Some(k) => {
                    // "4,000" in a headline and "about 4,000" in the body: one figure, shown
                    // as approximate.
                    numbers[k].approx |= f.approx;
                    // A unit one claim writes beside the figure is stated, whoever else
                    // inferred it.
                    numbers[k].unit_from_context &= f.unit_from_context;
                    if numbers[k].qualifier.is_empty() {
                        numbers[k].qualifier = f.qualifier.clone();
                    }
                    if !numbers[k].claims.contains(&x) {
                        numbers[k].claims.push(x);
                    }
                    if !numbers[k].sources.contains(&source) {
                        numbers[k].sources.push(source);
                    }
                }
                None => {
                    numbers.push(Figure {
                        cumulative: f.cumulative,
                        scope_name: f.scope_name.clone(),
                        value: f.value,
                        high: f.high,
                        unit: f.unit.clone(),
                        unit_from_context: f.unit_from_context,
                        approx: f.approx,
                        qualifier: f.qualifier.clone(),
                        scope: if f.scope.is_empty() {
                            "stated".into()
                        } else {
                            f.scope.clone()
                        },
                        scope_class: f.scope_class().to_string(),
                        time: f.time.clone(),
                        claims: vec![x],
                        sources: vec![source],
                        text: f.text.clone(),
                    });
                }
            }
        }
    }
    // The cluster's table holds the figures of what it counts: a counted thing that two of
    // its claims give. A claim's other figures ("14 large dams" beside "have killed two
    // people") stay in its text, out of the table, when the claim also gives one of those.
    let topic_units: Vec<String> = {
        let mut units: Vec<String> = Vec::new();
        for f in &numbers {
            let claims_of_unit = numbers
                .iter()
                .filter(|g| g.unit == f.unit)
                .flat_map(|g| g.claims.iter().copied())
                .collect::<std::collections::BTreeSet<usize>>()
                .len();
            if claims_of_unit >= 2 && !units.contains(&f.unit) {
                units.push(f.unit.clone());
            }
        }
        units
    };
    if !topic_units.is_empty() {
        let on_topic = |f: &Figure| topic_units.contains(&f.unit);
        let claim_on_topic: Vec<bool> = (0..group.len())
            .map(|x| numbers.iter().any(|f| on_topic(f) && f.claims.contains(&x)))
            .collect();
        numbers.retain(|f| on_topic(f) || !f.claims.iter().all(|&x| claim_on_topic[x]));
    }
    // Lines and what they do: commit, refuse, relay.
    let mut line_members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..local.len() {
        let r = lines.find(k);
        line_members.entry(r).or_default().push(k);
    }
    let mut line_committed: HashMap<usize, bool> = HashMap::new();
    let mut line_refuses: HashMap<usize, bool> = HashMap::new();
    let mut only_relays: Vec<bool> = vec![true; local.len()];
    for (x, &i) in group.iter().enumerate() {
        let c = &claims[i];
        let Some(k) = claim_actor[x].and_then(|a| pos(a, &local)) else {
            continue;
        };
        if c.kind != AttributionKind::Relay {
            only_relays[k] = false;
        }
        let r = lines.find(k);
        if c.kind == AttributionKind::NonCommitment {
            line_refuses.insert(r, true);
        } else if committed(c) {
            line_committed.insert(r, true);
        }
    }
    // A side that declines to confirm is non-committal, whatever else it says around it,
    // unless it gives a figure of its own: a figure is a commitment.
    let mut line_figures: HashMap<usize, bool> = HashMap::new();
    for f in &numbers {
        for &x in &f.claims {
            if let Some(k) = claim_actor[x].and_then(|a| pos(a, &local)) {
                line_figures.insert(lines.find(k), true);
            }
        }
    }
    let evidence_lines: Vec<usize> = line_members
        .keys()
        .copied()
        .filter(|r| {
            let committed = line_committed.get(r).copied().unwrap_or(false);
            let refuses = line_refuses.get(r).copied().unwrap_or(false);
            committed && (!refuses || line_figures.get(r).copied().unwrap_or(false))
        })
        .collect();
    let line_of_claim = |x: usize, lines: &mut UnionFind| {
        claim_actor[x]
            .and_then(|a| pos(a, &local))
            .map(|k| lines.find(k))
    };
    let claim_lines: Vec<Option<usize>> = (0..group.len())
        .map(|x| line_of_claim(x, &mut lines))
        .collect();
    let said_day = |x: usize| {
        let c = &claims[group[x]];
        c.when
            .as_deref()
            .or(docs[c.doc].published.as_deref())
            .and_then(day_number)
    };
    let said_date = |x: usize| {
        let c = &claims[group[x]];
        c.when
            .clone()
            .or_else(|| {
                docs[c.doc]
                    .published
                    .as_ref()
                    .map(|p| p.chars().take(10).collect())
            })
            .unwrap_or_else(|| "undated".to_string())
    };
    let describe = |f: &Figure, x: usize| {
        format!(
            "{} ({}, {})",
            figure_with_unit(f.value, f.high, &f.qualifier, &f.unit),
            shown_name(actors, &claims[group[x]].source),
            f.scope
        )
    };
    // Outdated claims of tolls: a lower figure said after a higher one of the same thing.
    let mut outdated: Vec<Outdated> = Vec::new();
    for a in 0..numbers.len() {
        for b in 0..numbers.len() {
            let (lo, hi) = (&numbers[a], &numbers[b]);
            let tolls = lo.cumulative && hi.cumulative && lo.scope_name == hi.scope_name;
            if a == b || !tolls || lo.unit != hi.unit {
                continue;
            }
            if lo.high.unwrap_or(lo.value) >= hi.value
                || !values_differ((lo.value, lo.high), (hi.value, hi.high))
            {
                continue;
            }
            for &x in &lo.claims {
                let Some(day_lo) = said_day(x) else { continue };
                // The newest higher figure known before this one was said.
                let newer = hi
                    .claims
                    .iter()
                    .copied()
                    .filter(|&y| said_day(y).is_some_and(|d| d < day_lo))
                    .min_by_key(|&y| said_day(y));
                let Some(y) = newer else { continue };
                if outdated.iter().any(|o| o.claim == x) {
                    continue;
                }
                outdated.push(Outdated {
                    claim: x,
                    figure: a,
                    newer_claim: y,
                    newer_figure: b,
                    why: format!(
                        "{} said on {} is outdated: {} had been reported on {}",
                        describe(lo, x),
                        said_date(x),
                        describe(hi, y),
                        said_date(y)
                    ),
                });
            }
        }
    }
    // Superseded claims of tolls: a figure a later, higher one of the same thing replaced
    // ("two people have died" on Monday, "a third death" on Wednesday). Not wrong when said;
    // no longer current, so no confirmation of the current figure.
    let mut superseded: Vec<Outdated> = Vec::new();
    for (a, lo) in numbers.iter().enumerate() {
        if !lo.cumulative {
            continue;
        }
        for &x in &lo.claims {
            let Some(day_lo) = said_day(x) else { continue };
            if outdated.iter().any(|o| o.claim == x) || superseded.iter().any(|o| o.claim == x) {
                continue;
            }
            let mut newer: Option<(i64, usize, usize)> = None;
            for (b, hi) in numbers.iter().enumerate() {
                let same_toll = hi.cumulative
                    && hi.unit == lo.unit
                    && hi.scope_name == lo.scope_name
                    && hi.value > lo.high.unwrap_or(lo.value)
                    && values_differ((lo.value, lo.high), (hi.value, hi.high));
                // A claim that gives the higher figure itself ("rose from two to three") is
                // current.
                if !same_toll || hi.claims.contains(&x) {
                    continue;
                }
                for &y in &hi.claims {
                    let Some(day_hi) = said_day(y).filter(|&d| d > day_lo) else {
                        continue;
                    };
                    if newer.is_none_or(|(d, _, _)| day_hi < d) {
                        newer = Some((day_hi, y, b));
                    }
                }
            }
            let Some((_, y, b)) = newer else { continue };
            let hi = &numbers[b];
            superseded.push(Outdated {
                claim: x,
                figure: a,
                newer_claim: y,
                newer_figure: b,
                why: format!(
                    "{} said on {} was superseded by {} on {}",
                    describe(lo, x),
                    said_date(x),
                    describe(hi, y),
                    said_date(y)
                ),
            });
        }
    }
    let superseded_label = |x: usize| {
        superseded.iter().find(|o| o.claim == x).map(|o| {
            let f = &numbers[o.newer_figure];
            format!(
                "by {} on {}",
                format_figure(f.value, f.high, &f.qualifier),
                said_date(o.newer_claim)
            )
        })
    };
    let outdated_claims: Vec<usize> = outdated
        .iter()
        .chain(&superseded)
        .map(|o| o.claim)
        .collect();
    // Confirmation: lines of evidence whose committed claims assert the same proposition as
    // a committed claim of another line (the same figure, or most of the same terms). Lines
    // that only speak about the topic of the cluster do not confirm each other.
    let mut corroborated: Vec<usize> = Vec::new();
    for x in 0..group.len() {
        for y in x + 1..group.len() {
            let (Some(lx), Some(ly)) = (claim_lines[x], claim_lines[y]) else {
                continue;
            };
            if lx == ly || !evidence_lines.contains(&lx) || !evidence_lines.contains(&ly) {
                continue;
            }
            let (cx, cy) = (&claims[group[x]], &claims[group[y]]);
            let asserts = |c: &ClaimInput| {
                committed(c)
                    && c.kind != AttributionKind::Relay
                    && c.kind != AttributionKind::NonCommitment
            };
            if !asserts(cx) || !asserts(cy) || cx.polarity != cy.polarity {
                continue;
            }
            if outdated_claims.contains(&x) || outdated_claims.contains(&y) {
                continue;
            }
            let same_figure = numbers
                .iter()
                .any(|f| f.claims.contains(&x) && f.claims.contains(&y));
            if same_figure || same_terms(&claim_terms[x], &claim_terms[y]) {
                for l in [lx, ly] {
                    if !corroborated.contains(&l) {
                        corroborated.push(l);
                    }
                }
            }
        }
    }
    let name_of_local = |k: usize| actors.actors[local[k]].name.clone();
    let independent_sources: Vec<Vec<String>> = evidence_lines
        .iter()
        .map(|r| line_members[r].iter().map(|&k| name_of_local(k)).collect())
        .collect();
    // Lines that give no evidence: those that decline or do not commit, and those that
    // only hedge (possible, conditional).
    let mut non_committal: Vec<String> = Vec::new();
    let mut hedged: Vec<String> = Vec::new();
    for (r, members) in &line_members {
        if evidence_lines.contains(r) {
            continue;
        }
        let refuses = line_refuses.get(r).copied().unwrap_or(false)
            || group.iter().enumerate().all(|(x, &i)| {
                claim_actor[x]
                    .and_then(|a| pos(a, &local))
                    .map(|k| lines.find(k))
                    != Some(*r)
                    || claims[i].certainty == Certainty::Underspecified
                    || claims[i].kind == AttributionKind::Relay
            });
        for &k in members {
            if !only_relays[k] {
                if refuses {
                    non_committal.push(name_of_local(k));
                } else {
                    hedged.push(name_of_local(k));
                }
            }
        }
    }
    let relays: Vec<String> = (0..local.len())
        .filter(|&k| only_relays[k])
        .map(name_of_local)
        .collect();

    // Disagreements: same counted thing, both totals, values apart, different lines (or
    // one line on one date; a later figure of the same line is an update). A toll (a
    // cumulative scope) that rises over time is an update too, and a lower toll given after
    // a higher one was reported is outdated, not a disagreement.
    let is_outdated = |x: usize| outdated.iter().any(|o| o.claim == x);
    // The course of each toll over time, outdated claims left out.
    let mut series: Vec<Series> = Vec::new();
    for f in numbers.iter().filter(|f| f.cumulative) {
        let key = (f.unit.clone(), f.scope_name.clone());
        if series
            .iter()
            .any(|s| (s.unit.clone(), s.scope.clone()) == key)
        {
            continue;
        }
        let mut points: Vec<(i64, String, &Figure, String)> = Vec::new();
        for g in numbers
            .iter()
            .filter(|g| g.cumulative && g.unit == f.unit && g.scope_name == f.scope_name)
        {
            for &x in g.claims.iter().filter(|&&x| !is_outdated(x)) {
                let day = said_day(x).unwrap_or(i64::MAX);
                let source = shown_name(actors, &claims[group[x]].source);
                points.push((day, said_date(x), g, source));
            }
        }
        points.sort_by(|p, q| p.0.cmp(&q.0).then(p.2.value.total_cmp(&q.2.value)));
        let mut steps: Vec<Step> = Vec::new();
        for (_, date, figure, source) in points {
            let (value, high) = (figure.value, figure.high);
            match steps.last_mut() {
                Some(last) if last.value == value && last.high == high => {
                    if !last.sources.contains(&source) {
                        last.sources.push(source);
                    }
                }
                _ => steps.push(Step {
                    value,
                    high,
                    approx: figure.approx,
                    qualifier: figure.qualifier.clone(),
                    since: date,
                    sources: vec![source],
                }),
            }
        }
        series.push(Series {
            unit: f.unit.clone(),
            scope: f.scope_name.clone(),
            steps,
        });
    }
    let mut disagreements: Vec<Disagreement> = Vec::new();
    let mut updates: Vec<String> = Vec::new();
    let mut disputed: Vec<usize> = Vec::new();
    // One disagreement per pair of figures and pair of lines and pair of reports: the same
    // two figures of the same two lines in other reports (a restatement, a copy of the wire
    // story) are the same disagreement; other claims of the same two reports are listed (as
    // evidence), but counted once in the reasons when they read the same (a headline and its
    // body giving one figure).
    type PairKey = (usize, usize, Option<usize>, Option<usize>);
    let mut seen_pairs: Vec<(PairKey, usize, usize)> = Vec::new();
    for a in 0..numbers.len() {
        for b in a + 1..numbers.len() {
            let (fa, fb) = (&numbers[a], &numbers[b]);
            if fa.unit != fb.unit || fa.scope_class != "total" || fb.scope_class != "total" {
                continue;
            }
            if !values_differ((fa.value, fa.high), (fb.value, fb.high)) {
                continue;
            }
            let tolls = fa.cumulative && fb.cumulative && fa.scope_name == fb.scope_name;
            for &x in &fa.claims {
                for &y in &fb.claims {
                    if x == y || is_outdated(x) || is_outdated(y) {
                        continue;
                    }
                    let same_line = claim_lines[x].is_some() && claim_lines[x] == claim_lines[y];
                    let (dx, dy) = (said_day(x), said_day(y));
                    // A toll rising from one day to the next is its course, shown in `series`.
                    let rising = tolls
                        && match (dx, dy) {
                            (Some(p), Some(q)) if p < q => fa.value < fb.value,
                            (Some(p), Some(q)) if q < p => fb.value < fa.value,
                            _ => false,
                        };
                    if rising {
                        continue;
                    }
                    if same_line && dx != dy {
                        updates.push(format!(
                            "{} updated its figure from {} to {}",
                            shown_name(actors, &claims[group[x]].source),
                            format_figure(fa.value, fa.high, &fa.qualifier),
                            figure_with_unit(fb.value, fb.high, &fb.qualifier, &fa.unit)
                        ));
                        continue;
                    }
                    let key = (a, b, claim_lines[x], claim_lines[y]);
                    let (rx, ry) = (claims[group[x]].doc, claims[group[y]].doc);
                    let pair = [x.min(y), x.max(y)];
                    let restated = seen_pairs
                        .iter()
                        .any(|(k, sx, sy)| *k == key && (*sx != rx || *sy != ry));
                    if restated || disagreements.iter().any(|d| d.between == pair) {
                        continue;
                    }
                    seen_pairs.push((key, rx, ry));
                    disputed.extend([a, b]);
                    disagreements.push(Disagreement {
                        between: pair,
                        why: format!(
                            "{} vs {}: different figures for the same total",
                            describe(fa, x),
                            describe(fb, y)
                        ),
                    });
                }
            }
        }
    }
    updates.dedup();
    // A line that gives the same figure in two reports restates itself: that is no
    // confirmation (copies of one wire story are one report).
    for f in &numbers {
        let mut seen: Vec<(usize, &str)> = Vec::new();
        for &x in &f.claims {
            let Some(line) = claim_lines[x] else { continue };
            let root = dup_root(&docs[claims[group[x]].doc]);
            if seen.iter().any(|(l, r)| *l == line && *r != root) {
                let reason = format!(
                    "{} restates its own figure of {}: not independent confirmation",
                    line_members[&line]
                        .iter()
                        .map(|&k| actors.actors[local[k]].name.clone())
                        .collect::<Vec<_>>()
                        .join(" + "),
                    figure_with_unit(f.value, f.high, &f.qualifier, &f.unit)
                );
                if !updates.contains(&reason) {
                    updates.push(reason);
                }
                break;
            }
            seen.push((line, root));
        }
    }
    // Estimates per counted thing and class, from the current figures: outdated figures and
    // tolls superseded by a later higher one are left out.
    let current = |k: usize| {
        let f = &numbers[k];
        if f.claims.iter().all(|&x| is_outdated(x)) {
            return false;
        }
        !(f.cumulative
            && series
                .iter()
                .find(|s| s.unit == f.unit && s.scope == f.scope_name)
                .and_then(|s| s.steps.last())
                .is_some_and(|last| last.value > f.high.unwrap_or(f.value)))
    };
    // A claim that gives two figures of one counted thing and class speaks of two things
    // ("households up to 15,000 crowns, businesses up to 50,000"): no estimate pools them.
    // Each estimate with the claims its figures come from, and whether one claim gave two.
    let mut pooled: Vec<(Estimate, Vec<usize>, bool)> = Vec::new();
    for (k, f) in numbers.iter().enumerate() {
        if !current(k) {
            continue;
        }
        let high = f.high.unwrap_or(f.value).max(f.value);
        match pooled
            .iter_mut()
            .find(|(e, _, _)| e.unit == f.unit && e.scope_class == f.scope_class)
        {
            Some((e, sources, mixed)) => {
                *mixed |= f.claims.iter().any(|x| sources.contains(x));
                sources.extend(&f.claims);
                e.conservative = e.conservative.min(f.value);
                e.low = e.low.min(f.value);
                e.high = e.high.max(high);
                e.figures += 1;
            }
            None => pooled.push((
                Estimate {
                    unit: f.unit.clone(),
                    scope_class: f.scope_class.clone(),
                    conservative: f.value,
                    low: f.value,
                    high,
                    figures: 1,
                },
                f.claims.clone(),
                false,
            )),
        }
    }
    let estimates: Vec<Estimate> = pooled
        .into_iter()
        .filter(|(_, _, mixed)| !mixed)
        .map(|(e, _, _)| e)
        .collect();
    // Claims with their status.
    // A claim is contradicted when it gives a figure that another line disputes (every copy
    // of it, not only the pair listed).
    let contradicted: Vec<bool> = (0..group.len())
        .map(|x| {
            disputed.iter().any(|&k| numbers[k].claims.contains(&x))
                || disagreements.iter().any(|d| d.between.contains(&x))
        })
        .collect();
    let mut cluster_claims = Vec::with_capacity(group.len());
    let mut any_certain = false;
    for (x, &i) in group.iter().enumerate() {
        let c = &claims[i];
        let doc = &docs[c.doc];
        let map = offsets
            .entry(c.doc)
            .or_insert_with(|| CharOffsets::new(&doc.text));
        let in_evidence = claim_lines[x].is_some_and(|r| evidence_lines.contains(&r));
        let status = if c.kind == AttributionKind::Relay {
            Status::Relay
        } else if is_outdated(x) {
            Status::Outdated
        } else if superseded.iter().any(|o| o.claim == x) {
            Status::Superseded
        } else if !committed(c) || c.kind == AttributionKind::NonCommitment {
            Status::Open
        } else if contradicted[x] {
            Status::Contradicted
        } else if claim_lines[x].is_some_and(|r| corroborated.contains(&r))
            && corroborated.len() >= 2
            && c.certainty == Certainty::Certain
        {
            Status::Confirmed
        } else {
            Status::Qualified
        };
        if in_evidence && c.certainty == Certainty::Certain {
            any_certain = true;
        }
        let actor = shown_name(actors, &c.source);
        let outlet = doc.outlet.as_deref().unwrap_or("");
        let reliability = reliability_of(options, &[&actor, &c.source, outlet]);
        let times = c
            .mentions
            .iter()
            .filter_map(|m| match m {
                Mention::Timex { value, .. } => Some(value.clone()),
                _ => None,
            })
            .collect();
        cluster_claims.push(ClusterClaim {
            input: i,
            id: c.id.clone(),
            doc: doc.id.clone(),
            content_span: CharSpan {
                start: map.char_of(c.content.start),
                end: map.char_of(c.content.end),
            },
            byte_span: c.content,
            fragments: content_pieces(&doc.text, c)
                .iter()
                .map(|p| CharSpan {
                    start: map.char_of(p.start),
                    end: map.char_of(p.end),
                })
                .collect(),
            source: c.source.clone(),
            actor,
            relayed_by: c.relayed_by.clone(),
            kind: c.kind.as_str().to_string(),
            certainty: c.certainty.as_str().to_string(),
            polarity: c.polarity.as_str().to_string(),
            conditional: c.conditional,
            direct: c.direct,
            stance: stance_with_cue(
                c,
                c.cue
                    .and_then(|k| doc.text.get(k.start..k.end))
                    .unwrap_or(""),
            ),
            when: c.when.clone(),
            published: doc.published.clone(),
            outlet: doc.outlet.clone(),
            copy_of: doc.duplicate_of.clone(),
            text: content_text(&doc.text, c),
            times,
            status,
            superseded_by: superseded_label(x),
            reliability,
            unattributed: c.unattributed(),
            copy_of_claim: None,
        });
    }
    // Wire copies: a claim of one copy that is the twin of an earlier listed claim (same
    // source, nearly the same terms) is that claim again, shown on its line.
    for y in 0..group.len() {
        let cy = &claims[group[y]];
        cluster_claims[y].copy_of_claim = (0..y).find(|&x| {
            let cx = &claims[group[x]];
            cx.doc != cy.doc
                && dup_root(&docs[cx.doc]) == dup_root(&docs[cy.doc])
                && cx.source == cy.source
                && cx.kind == cy.kind
                && cluster_claims[x].copy_of_claim.is_none()
                && near_same(&claim_terms[x], &claim_terms[y])
        });
    }
    // The grade.
    let distinct_disagreements = {
        let mut whys: Vec<&str> = disagreements.iter().map(|d| d.why.as_str()).collect();
        whys.sort_unstable();
        whys.dedup();
        whys.len()
    };
    let mut reasons = Vec::new();
    let e = evidence_lines.len();
    let line_names: Vec<String> = independent_sources.iter().map(|l| l.join(" + ")).collect();
    let credibility: u8 = if e == 0 {
        reasons.push("no source commits to it".to_string());
        6
    } else if corroborated.len() >= 2 {
        let names: Vec<String> = evidence_lines
            .iter()
            .zip(&line_names)
            .filter(|(r, _)| corroborated.contains(r))
            .map(|(_, n)| n.clone())
            .collect();
        reasons.push(format!(
            "{} independent lines assert the same proposition: {}",
            names.len(),
            names.join("; ")
        ));
        if disagreements.is_empty() {
            1
        } else {
            reasons.push(format!(
                "{} figure disagreement(s) between the lines",
                distinct_disagreements
            ));
            2
        }
    } else if e >= 2 && !disagreements.is_empty() {
        reasons.push(format!(
            "{e} independent lines give figures for the same thing, and they disagree: {}",
            line_names.join("; ")
        ));
        reasons.push(format!(
            "{} figure disagreement(s) between the lines",
            distinct_disagreements
        ));
        3
    } else if e >= 2 {
        reasons.push(format!(
            "{e} independent lines speak to this, but no two assert the same proposition \
             (not a confirmation): {}",
            line_names.join("; ")
        ));
        if !any_certain {
            reasons.push("stated only as probable or possible".to_string());
        }
        3
    } else {
        reasons.push(format!(
            "a single line of evidence: {}",
            line_names.join("; ")
        ));
        if !any_certain {
            reasons.push("stated only as probable or possible".to_string());
        }
        3
    };
    reasons.extend(reasons_lines);
    reasons.extend(updates);
    for o in &outdated {
        reasons.push(o.why.clone());
    }
    for sr in &series {
        if sr.steps.len() >= 2 {
            let course: Vec<String> = sr
                .steps
                .iter()
                .map(|st| {
                    format!(
                        "{} ({}, {})",
                        format_figure(st.value, st.high, &st.qualifier),
                        st.sources.join(", "),
                        st.since
                    )
                })
                .collect();
            reasons.push(format!(
                "{} {} rose over time, not a disagreement: {}",
                sr.unit,
                sr.scope,
                course.join(" -> ")
            ));
        }
    }
    if !non_committal.is_empty() {
        reasons.push(format!("non-committal: {}", non_committal.join(", ")));
    }
    if !hedged.is_empty() {
        reasons.push(format!(
            "only hedged (possible or conditional): {}",
            hedged.join(", ")
        ));
    }
    let (label, base) = LEXICON
        .admiralty
        .get(credibility as usize - 1)
        .cloned()
        .unwrap_or_default();
    let confidence = base.map(|b| {
        if credibility == 1 {
            (b as usize + 3 * e.saturating_sub(2)).min(99) as u8
        } else {
            b
        }
    });
    let words = match confidence {
        None => "cannot be judged".to_string(),
        Some(c) => LEXICON
            .icd
            .iter()
            .find(|(low, _)| c >= *low)
            .map(|(_, w)| w.clone())
            .unwrap_or_default(),
    };
    // The statement: the committed claim sharing most terms with the others, among those
    // that read as a statement (not a fragment, not an anaphor); a fragment only when
    // nothing else is there, and then marked as one.
    let mut best: Option<(usize, usize, bool)> = None;
    for x in 0..group.len() {
        let c = &claims[group[x]];
        if c.kind == AttributionKind::Relay {
            continue;
        }
        let mut score = 0;
        for y in 0..group.len() {
            if x != y {
                let shared = claim_terms[x]
                    .iter()
                    .filter(|t| claim_terms[y].contains(t))
                    .count();
                score += usize::from(shared >= 2);
            }
        }
        let text = &docs[c.doc].text[c.content.start..c.content.end];
        // An anaphoric claim ("Such a detachment ...") cannot stand alone as the statement.
        let fragment = is_fragment(text);
        let anaphoric = is_anaphoric(text);
        // Current figures make the better statement ("three have died", not the earlier two).
        let current_figure = numbers
            .iter()
            .enumerate()
            .any(|(k, f)| f.claims.contains(&x) && current(k));
        score = score * 4
            + usize::from(!anaphoric) * 3
            + usize::from(current_figure) * 2
            + usize::from(committed(c)) * 2
            + usize::from(c.certainty == Certainty::Certain)
            + usize::from(cluster_claims[x].status != Status::Outdated) * 2
            + numbers.iter().filter(|f| f.claims.contains(&x)).count();
        let better = match best {
            None => true,
            Some((_, s, f)) => (f && !fragment) || (f == fragment && score > s),
        };
        if better {
            best = Some((x, score, fragment));
        }
    }
    let statement_is_fragment = best.is_none_or(|(_, _, f)| f);
    let statement = best.map_or_else(String::new, |(x, _, _)| {
        clean_statement(&cluster_claims[x].text)
    });
    let reliability: Vec<(String, char)> = independent_sources
        .iter()
        .flatten()
        .map(|name| (name.clone(), reliability_of(options, &[name])))
        .collect();
    let docs_count = {
        let mut d: Vec<&str> = group
            .iter()
            .map(|&i| dup_root(&docs[claims[i].doc]))
            .collect();
        d.sort();
        d.dedup();
        d.len()
    };
    let weight = 3.0 * e as f64
        + docs_count as f64
        + 0.5 * group.len() as f64
        + 0.5 * numbers.len() as f64
        + disagreements.len() as f64;
    let ids: Vec<&str> = cluster_claims.iter().map(|c| c.id.as_str()).collect();
    Cluster {
        id: stable_id(&ids),
        statement,
        statement_is_fragment,
        weight,
        claims: cluster_claims,
        numbers,
        estimates,
        disagreements,
        outdated,
        superseded,
        series,
        independent_sources,
        non_committal,
        hedged,
        relays,
        grade: Grade {
            credibility,
            label,
            confidence,
            words,
            reasons,
        },
        reliability,
    }
}

#[cfg(test)]
mod number_tests {
    use super::{is_plural_source, plural_verb};

    #[test]
    fn plural_sources_take_plural_verbs() {
        for plural in [
            "Farmers' groups",
            "Field teams",
            "anonymous: sources familiar with the matter",
            "anonymous: Some",
            "Critics",
            "police",
        ] {
            assert!(is_plural_source(plural), "{plural}");
        }
        for singular in [
            "Mira Tallis",
            "National Civil Protection Corps",
            "anonymous: senior official",
            "town council",
            "Marcus Jones",
            "United States",
            "ERLS",
            "the news",
        ] {
            assert!(!is_plural_source(singular), "{singular}");
        }
        assert_eq!(plural_verb("says it is probable"), "say it is probable");
        assert_eq!(plural_verb("does not commit"), "do not commit");
        assert_eq!(plural_verb("is considering"), "are considering");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_told_from_statements() {
        assert!(is_fragment("the fund"));
        assert!(is_fragment("its findings to the Interior Ministry"));
        assert!(is_fragment("her that many families came from the hills"));
        assert!(is_fragment("whether it will back the plan"));
        assert!(!is_fragment("Two bridges have collapsed"));
        assert!(!is_fragment("nobody wants to find out the hard way"));
    }

    #[test]
    fn statements_capitalize_after_an_opening_quote() {
        assert_eq!(
            clean_statement("\u{201c}nobody saw it coming.\u{201d}"),
            "\u{201c}Nobody saw it coming.\u{201d}"
        );
    }
}
