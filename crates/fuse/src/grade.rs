//! Lines of evidence, figures compared, claim statuses and the grade of each cluster.

use std::collections::{BTreeMap, HashMap};

use model::{AttributionKind, Certainty, CharOffsets, Polarity};

use crate::cluster::{is_anaphoric, terms};
use crate::lexicon::LEXICON;
use crate::numbers::{figures_of, format_value, values_differ, ClaimFigure};
use crate::resolve::{norm_key, plausible_source, Actors};

/// The actor shown for a claim whose source is not a plausible speaker.
pub const UNIDENTIFIED: &str = "unidentified source";
use crate::{
    day_number, CharSpan, ClaimInput, Cluster, ClusterClaim, Disagreement, DocInput, Estimate,
    Figure, Grade, Mention, Options, Status,
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

/// How the source put it, in words.
pub fn stance(c: &ClaimInput) -> String {
    let mut s = match (c.kind, c.certainty) {
        (AttributionKind::Relay, _) => "passes on".to_string(),
        (AttributionKind::NonCommitment, _) => {
            "does not commit (declines to confirm or deny, or is looking into it)".to_string()
        }
        (AttributionKind::Intention, Certainty::Certain) => "says it will".to_string(),
        (AttributionKind::Intention, _) => "is considering".to_string(),
        (_, Certainty::Certain) => "says".to_string(),
        (_, Certainty::Probable) => "says it is probable".to_string(),
        (_, Certainty::Possible) => "says it is possible".to_string(),
        (_, Certainty::Underspecified) => "does not commit".to_string(),
    };
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
    let mut chars = body.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out: String = first.to_uppercase().chain(chars).collect();
    let mut tail = out.chars().rev().skip_while(|&c| is_quote(c));
    if tail.next().is_some_and(|c| c.is_alphanumeric() || c == ')') {
        out.push('.');
    }
    out
}

/// One line of a text: whitespace collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct LineSets(Vec<usize>);

impl LineSets {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
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
    if plausible_source(source) {
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
            let source = &claims[i].source;
            if plausible_source(source) {
                actors.get(source)
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
    let mut lines = LineSets((0..local.len()).collect());
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
    // (c) the same text in copies of one wire story.
    let claim_terms: Vec<Vec<_>> = group
        .iter()
        .map(|&i| terms(&docs[claims[i].doc], &claims[i]))
        .collect();
    for x in 0..group.len() {
        for y in x + 1..group.len() {
            let (cx, cy) = (&claims[group[x]], &claims[group[y]]);
            if cx.doc == cy.doc || dup_root(&docs[cx.doc]) != dup_root(&docs[cy.doc]) {
                continue;
            }
            let (tx, ty) = (&claim_terms[x], &claim_terms[y]);
            let inter = tx.iter().filter(|t| ty.contains(t)).count();
            let union = tx.len() + ty.len() - inter;
            if union > 0 && inter * 5 >= union * 4 {
                if let (Some(a), Some(b)) = (claim_actor[x], claim_actor[y]) {
                    let (a, b) = (pos(a, &local).unwrap_or(0), pos(b, &local).unwrap_or(0));
                    if lines.find(a) != lines.find(b) {
                        reasons_lines.push(format!(
                            "{} and {} are the same wire story: one line",
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
    let mut figure_raw: Vec<ClaimFigure> = Vec::new();
    for (x, &i) in group.iter().enumerate() {
        let c = &claims[i];
        if c.kind == AttributionKind::Relay {
            continue;
        }
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
                    if !numbers[k].claims.contains(&x) {
                        numbers[k].claims.push(x);
                    }
                    if !numbers[k].sources.contains(&source) {
                        numbers[k].sources.push(source);
                    }
                }
                None => {
                    numbers.push(Figure {
                        value: f.value,
                        high: f.high,
                        unit: f.unit.clone(),
                        approx: f.approx,
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
                    figure_raw.push(f);
                }
            }
        }
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
    let line_of_claim = |x: usize, lines: &mut LineSets| {
        claim_actor[x]
            .and_then(|a| pos(a, &local))
            .map(|k| lines.find(k))
    };
    let claim_lines: Vec<Option<usize>> = (0..group.len())
        .map(|x| line_of_claim(x, &mut lines))
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
    // one line on one date; a later figure of the same line is an update).
    let said_day = |x: usize| {
        let c = &claims[group[x]];
        c.when
            .as_deref()
            .or(docs[c.doc].published.as_deref())
            .and_then(day_number)
    };
    let mut disagreements: Vec<Disagreement> = Vec::new();
    let mut updates: Vec<String> = Vec::new();
    let mut disputed: Vec<usize> = Vec::new();
    type PairKey<'a> = (usize, usize, Option<usize>, Option<usize>, &'a str, &'a str);
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
            for &x in &fa.claims {
                for &y in &fb.claims {
                    if x == y {
                        continue;
                    }
                    let same_line = claim_lines[x].is_some() && claim_lines[x] == claim_lines[y];
                    if same_line && said_day(x) != said_day(y) {
                        updates.push(format!(
                            "{} updated its figure from {} to {} {}",
                            shown_name(actors, &claims[group[x]].source),
                            format_value(fa.value, fa.high, fa.approx),
                            format_value(fb.value, fb.high, fb.approx),
                            fa.unit
                        ));
                        continue;
                    }
                    let pair = [x.min(y), x.max(y)];
                    // The same two figures from the same two lines in copies of one wire
                    // story count once.
                    let (dx, dy) = (claims[group[x]].doc, claims[group[y]].doc);
                    let key = (
                        a,
                        b,
                        claim_lines[x],
                        claim_lines[y],
                        dup_root(&docs[dx]),
                        dup_root(&docs[dy]),
                    );
                    let copy = seen_pairs
                        .iter()
                        .any(|(k, sx, sy)| *k == key && (*sx != dx || *sy != dy));
                    if disagreements.iter().any(|d| d.between == pair) || copy {
                        continue;
                    }
                    seen_pairs.push((key, dx, dy));
                    disputed.extend([a, b]);
                    let describe = |f: &Figure, x: usize| {
                        format!(
                            "{} {} ({}, {})",
                            format_value(f.value, f.high, f.approx),
                            f.unit,
                            shown_name(actors, &claims[group[x]].source),
                            f.scope
                        )
                    };
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
    // Estimates per counted thing and class.
    let mut estimates: Vec<Estimate> = Vec::new();
    for f in &numbers {
        let high = f.high.unwrap_or(f.value).max(f.value);
        match estimates
            .iter_mut()
            .find(|e| e.unit == f.unit && e.scope_class == f.scope_class)
        {
            Some(e) => {
                e.conservative = e.conservative.min(f.value);
                e.low = e.low.min(f.value);
                e.high = e.high.max(high);
                e.figures += 1;
            }
            None => estimates.push(Estimate {
                unit: f.unit.clone(),
                scope_class: f.scope_class.clone(),
                conservative: f.value,
                low: f.value,
                high,
                figures: 1,
            }),
        }
    }
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
            source: c.source.clone(),
            actor,
            relayed_by: c.relayed_by.clone(),
            kind: c.kind.as_str().to_string(),
            certainty: c.certainty.as_str().to_string(),
            polarity: c.polarity.as_str().to_string(),
            conditional: c.conditional,
            direct: c.direct,
            stance: stance(c),
            when: c.when.clone(),
            published: doc.published.clone(),
            outlet: doc.outlet.clone(),
            copy_of: doc.duplicate_of.clone(),
            text: one_line(&doc.text[c.content.start..c.content.end]),
            times,
            status,
            reliability,
        });
    }
    // The grade.
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
                disagreements.len()
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
            disagreements.len()
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
    // The statement: the committed claim sharing most terms with the others.
    let mut best: Option<(usize, usize)> = None;
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
        if is_anaphoric(text) {
            continue;
        }
        score = score * 4
            + usize::from(committed(c)) * 2
            + usize::from(c.certainty == Certainty::Certain)
            + numbers.iter().filter(|f| f.claims.contains(&x)).count();
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((x, score));
        }
    }
    let best = best.or_else(|| {
        (0..group.len())
            .find(|&x| claims[group[x]].kind != AttributionKind::Relay)
            .map(|x| (x, 0))
    });
    let statement = best.map_or_else(String::new, |(x, _)| {
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
        weight,
        claims: cluster_claims,
        numbers,
        estimates,
        disagreements,
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
