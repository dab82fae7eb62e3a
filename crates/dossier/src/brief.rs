//! `dossier brief` and `dossier export`: load the ledger from the store, convert each claim
//! row into the fusion input (`fuse` is pure), fuse, and render with `report`.
//!
//! Policy: `--since`/`--until` select claims by when they were said (else the publication
//! date) before fusing; a QUERY selects clusters after fusing, so a cluster's grade always
//! weighs all its evidence, not only the claims that mention the query's words.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use fuse::{ClaimInput, DocInput, Fused, Mention};
use model::Span;
use store::{ClaimFilter, ClaimRow, SqliteStore, Store};

use crate::{exit, Cli};

#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BriefFormat {
    Text,
    Markdown,
    Json,
    Html,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    Stix,
}

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
    store: &SqliteStore,
    since: Option<&str>,
    until: Option<&str>,
) -> Result<(Vec<DocInput>, Vec<ClaimInput>)> {
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
        claims.push(ClaimInput {
            id: row.id,
            doc: d,
            attribution_id: row.attribution_id,
            source: row.source,
            relayed_by: row.relayed_by,
            audience: row.audience,
            when: row.when,
            certainty: fuse::gold::certainty(&row.certainty),
            polarity: fuse::gold::polarity(&row.polarity),
            conditional: row.conditional,
            direct: row.direct,
            anonymous: row.anonymous,
            kind: fuse::gold::kind(&row.kind),
            parent: row.parent,
            content: Span::new(start, end),
            mentions,
        });
    }
    Ok((docs, claims))
}

fn options(sources: Option<&Path>) -> Result<fuse::Options> {
    let mut options = fuse::Options::default();
    if let Some(path) = sources {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the sources file {}", path.display()))?;
        options.reliability.extend(fuse::parse_reliability(&text));
    }
    Ok(options)
}

/// Keeps the clusters whose statement, claims or sources contain every word of the query.
pub fn select(fused: &mut Fused, query: &str) {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    fused.clusters.retain(|c| {
        let mut blob = c.statement.to_lowercase();
        for cl in &c.claims {
            blob.push(' ');
            blob.push_str(&cl.text.to_lowercase());
            blob.push(' ');
            blob.push_str(&cl.actor.to_lowercase());
        }
        words.iter().all(|w| blob.contains(w.as_str()))
    });
    let kept: Vec<usize> = (0..fused.clusters.len()).collect();
    // The timeline indexes clusters: rebuild it for the kept ones.
    fused.timeline.clear();
    for ci in kept {
        for (k, claim) in fused.clusters[ci].claims.iter().enumerate() {
            if claim.status == fuse::Status::Relay {
                continue;
            }
            fused.timeline.push(fuse::TimelineEntry {
                said: claim.when.clone().or_else(|| claim.published.clone()),
                happens: claim.times.clone(),
                source: claim.actor.clone(),
                cluster: ci,
                claim: k,
                text: claim.text.clone(),
            });
        }
    }
    fused
        .timeline
        .sort_by(|a, b| a.said.cmp(&b.said).then(a.cluster.cmp(&b.cluster)));
}

fn open(cli: &Cli) -> Result<SqliteStore> {
    SqliteStore::open(&cli.db)
        .with_context(|| format!("cannot open the store {}", cli.db.display()))
}

pub fn brief(
    cli: &Cli,
    query: Option<&str>,
    since: Option<&str>,
    until: Option<&str>,
    format: BriefFormat,
    sources: Option<&Path>,
) -> Result<u8> {
    let store = open(cli)?;
    let (docs, claims) = load(&store, since, until)?;
    let mut fused = fuse::fuse(&docs, &claims, &options(sources)?);
    if let Some(q) = query.filter(|q| !q.trim().is_empty()) {
        select(&mut fused, q);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // `--json` (global) asks for JSON whatever the format.
    let format = if cli.json { BriefFormat::Json } else { format };
    match format {
        BriefFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report::json(&fused, query))?;
            writeln!(out)?;
        }
        BriefFormat::Text => write!(out, "{}", report::text(&fused, false))?,
        BriefFormat::Markdown => write!(out, "{}", report::text(&fused, true))?,
        BriefFormat::Html => write!(out, "{}", report::html(&fused))?,
    }
    out.flush()?;
    if !cli.quiet {
        eprintln!(
            "{} clusters from {} claims of {} documents",
            fused.clusters.len(),
            claims.len(),
            docs.len()
        );
    }
    Ok(exit::OK)
}

pub fn export(cli: &Cli, format: ExportFormat, sources: Option<&Path>) -> Result<u8> {
    let store = open(cli)?;
    let (docs, claims) = load(&store, None, None)?;
    let fused = fuse::fuse(&docs, &claims, &options(sources)?);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        ExportFormat::Json => {
            let ledger = store.list_claims(&ClaimFilter::default())?;
            let mut value = report::json(&fused, None);
            value["ledger"] = serde_json::to_value(&ledger)?;
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        ExportFormat::Csv => write!(out, "{}", report::csv(&docs, &claims, &fused))?,
        ExportFormat::Stix => {
            serde_json::to_writer_pretty(&mut out, &report::stix_bundle(&docs, &fused))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(exit::OK)
}
