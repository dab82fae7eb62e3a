//! The ledger as fusion input: claims read from the store and turned into `fuse`'s pure
//! input types, and the selection of fused clusters by a query. Shared by `dossier brief`,
//! `dossier export` and the server, so every view fuses the same way.
//!
//! Policy: `since`/`until` select claims by when they were said (else the publication date)
//! before fusing; a query selects clusters after fusing, so a cluster's grade always weighs
//! all its evidence, not only the claims that mention the query's words.

use std::collections::HashMap;

use fuse::{ClaimInput, Cluster, DocInput, Fused, Mention};
use model::Span;
use store::{ClaimFilter, ClaimRow, Store};

/// The mentions of a claim row's payload (`{"mentions": [{kind, start, end, payload}]}`),
/// kept only where they lie on char boundaries inside the text.
fn mentions_of(row: &ClaimRow, text: &str) -> Vec<Mention> {
    let Some(list) = row.payload.get("mentions").and_then(|m| m.as_array()) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(list.len());
    for m in list {
        let (Some(start), Some(end)) = (
            m.get("start").and_then(|v| v.as_u64()),
            m.get("end").and_then(|v| v.as_u64()),
        ) else {
            continue;
        };
        let (start, end) = (start as usize, end as usize);
        if start > end
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        let span = Span::new(start, end);
        let p = m.get("payload").cloned().unwrap_or_default();
        let s = |k: &str| p.get(k).and_then(|v| v.as_str()).map(String::from);
        match m.get("kind").and_then(|k| k.as_str()) {
            Some("entity") => out.push(Mention::Entity {
                span,
                kind: s("type").unwrap_or_default(),
                canonical: s("canonical").unwrap_or_else(|| text[start..end].to_string()),
            }),
            Some("timex") => out.push(Mention::Timex {
                span,
                value: s("value").unwrap_or_default(),
                modifier: s("mod"),
            }),
            Some("quantity") => {
                if let Some(value) = p.get("value").and_then(|v| v.as_f64()) {
                    out.push(Mention::Quantity {
                        span,
                        value,
                        high: p.get("high").and_then(|v| v.as_f64()),
                        unit: s("unit"),
                        approx: p.get("approx").and_then(|v| v.as_bool()).unwrap_or(false),
                        unit_from_context: p
                            .get("unit_from_context")
                            .and_then(|v| v.as_bool())
                            .unwrap_or(false),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

fn in_period(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let Some(date) = date else { return false };
    let after = since.is_none_or(|s| date >= s);
    // `until` includes the whole period it names: "2024-10" includes "2024-10-31".
    let before = until.is_none_or(|u| date <= u || date.starts_with(u));
    after && before
}

/// The ledger as fusion inputs.
pub fn load(
    store: &dyn Store,
    since: Option<&str>,
    until: Option<&str>,
) -> store::Result<(Vec<DocInput>, Vec<ClaimInput>)> {
    let rows = store.list_claims(&ClaimFilter::default())?;
    let mut docs: Vec<DocInput> = Vec::new();
    let mut doc_index: HashMap<String, usize> = HashMap::new();
    let mut claims = Vec::with_capacity(rows.len());
    for row in rows {
        let said = row.when.as_deref().or(row.published.as_deref());
        if !in_period(said, since, until) {
            continue;
        }
        let d = match doc_index.get(&row.doc_id) {
            Some(&d) => d,
            None => {
                let Some(stored) = store.get_document(&row.doc_id)? else {
                    continue;
                };
                let doc = stored.document;
                docs.push(DocInput {
                    id: doc.id.clone(),
                    text: doc.text,
                    published: doc.published,
                    outlet: doc.source,
                    title: doc.title,
                    duplicate_of: stored.duplicate_of,
                });
                doc_index.insert(row.doc_id.clone(), docs.len() - 1);
                docs.len() - 1
            }
        };
        let text = &docs[d].text;
        let (start, end) = (row.evidence_start, row.evidence_end);
        if start > end
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        let mentions = mentions_of(&row, text);
        // Pieces of the content, kept where they lie inside it on char boundaries.
        let fragments: Vec<Span> = row
            .fragments
            .iter()
            .filter(|[s, e]| {
                start <= *s
                    && s <= e
                    && *e <= end
                    && text.is_char_boundary(*s)
                    && text.is_char_boundary(*e)
            })
            .map(|[s, e]| Span::new(*s, *e))
            .collect();
        claims.push(ClaimInput {
            id: row.id,
            doc: d,
            attribution_id: row.attribution_id,
            source_type: row
                .payload
                .get("source_type")
                .and_then(|t| t.as_str())
                .map(String::from),
            source: row.source,
            relayed_by: row.relayed_by,
            audience: row.audience,
            when: row.when,
            certainty: model::Certainty::from_name(&row.certainty),
            polarity: model::Polarity::from_name(&row.polarity),
            conditional: row.conditional,
            direct: row.direct,
            anonymous: row.anonymous,
            kind: model::AttributionKind::from_name(&row.kind),
            parent: row.parent,
            content: Span::new(start, end),
            fragments,
            cue: row
                .cue
                .filter(|[s, e]| {
                    s <= e
                        && *e <= text.len()
                        && text.is_char_boundary(*s)
                        && text.is_char_boundary(*e)
                })
                .map(|[s, e]| Span::new(s, e)),
            mentions,
        });
    }
    Ok((docs, claims))
}

/// Keeps the clusters whose statement, claims or sources contain every word of the query.
pub fn select(fused: &mut Fused, query: &str) {
    let words = query_words(query);
    fused.clusters.retain(|c| cluster_matches(c, &words));
    // The timeline indexes clusters: rebuild it for the kept ones.
    fused.timeline = fuse::timeline(&fused.clusters);
}

/// What [`select`] makes of `fused`, as a new brief that leaves `fused` as it is: only the
/// kept clusters are copied (and the actors, which the renderings list), so a fused brief
/// shared between requests is narrowed without a copy of the whole of it.
pub fn selected(fused: &Fused, query: &str) -> Fused {
    let words = query_words(query);
    let clusters: Vec<Cluster> = fused
        .clusters
        .iter()
        .filter(|c| cluster_matches(c, &words))
        .cloned()
        .collect();
    Fused {
        timeline: fuse::timeline(&clusters),
        clusters,
        actors: fused.actors.clone(),
        timings: fused.timings.clone(),
    }
}

fn query_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(str::to_lowercase).collect()
}

/// Whether the cluster's statement, claims or sources contain every word (lower-cased).
fn cluster_matches(cluster: &Cluster, words: &[String]) -> bool {
    let mut blob = cluster.statement.to_lowercase();
    for cl in &cluster.claims {
        blob.push(' ');
        blob.push_str(&cl.text.to_lowercase());
        blob.push(' ');
        blob.push_str(&cl.actor.to_lowercase());
    }
    words.iter().all(|w| blob.contains(w.as_str()))
}
