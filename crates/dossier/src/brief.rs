//! `dossier brief` and `dossier export`: load the ledger (`report::ledger`), fuse (`fuse` is
//! pure), and render with `report`. Selection policy: see `report::ledger`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use report::ledger::{load, select};
use store::{ClaimFilter, SqliteStore, Store};

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

pub fn options(sources: Option<&Path>) -> Result<fuse::Options> {
    let mut options = fuse::Options::default();
    if let Some(path) = sources {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the sources file {}", path.display()))?;
        options.reliability.extend(fuse::parse_reliability(&text));
    }
    Ok(options)
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
