//! The subcommands. Each returns the exit code; an `Err` means nothing could be done.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use model::Document;
use rayon::prelude::*;
use serde_json::json;
use store::{ClaimFilter, DocFilter, Extraction, SqliteStore, Store};

use crate::{exit, progress, Cli, Command, ExtractFormat};

pub fn run(cli: &Cli) -> Result<u8> {
    match &cli.command {
        Command::Ingest {
            paths,
            max_bytes,
            batch,
        } => ingest(cli, paths, *max_bytes, *batch),
        Command::Docs {
            source,
            since,
            until,
            limit,
        } => {
            let filter = DocFilter {
                source: source.clone(),
                since: since.clone(),
                until: until.clone(),
                limit: *limit,
            };
            docs(cli, &filter)
        }
        Command::Show { id } => show(cli, id),
        Command::Claims {
            source,
            about,
            doc,
            limit,
        } => {
            let filter = ClaimFilter {
                source: source.clone(),
                about: about.clone(),
                doc_id: doc.clone(),
                limit: *limit,
            };
            claims(cli, &filter)
        }
        Command::Extract {
            paths,
            published,
            format,
            layers,
        } => extract_cmd(cli, paths, published.as_deref(), *format, layers),
        Command::Brief {
            query,
            since,
            until,
            format,
            sources,
        } => crate::brief::brief(
            cli,
            query.as_deref(),
            since.as_deref(),
            until.as_deref(),
            *format,
            sources.as_deref(),
        ),
        Command::Serve {
            addr,
            token_file,
            sources,
        } => serve(cli, *addr, token_file.as_deref(), sources.as_deref()),
        Command::Export { format, sources } => {
            crate::brief::export(cli, *format, sources.as_deref())
        }
    }
}

fn open_store(cli: &Cli) -> Result<SqliteStore> {
    SqliteStore::open(&cli.db)
        .with_context(|| format!("cannot open the store {}", cli.db.display()))
}

/// Every input file under `paths`, in order; unreadable paths become errors.
fn input_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ingest::IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
            continue;
        }
        for file in ingest::files(path) {
            match file {
                Ok(file) => files.push(file),
                Err(error) => errors.push(error),
            }
        }
    }
    (files, errors)
}

fn read_one(path: &Path, opts: &ingest::Options) -> Vec<ingest::Outcome> {
    if path.as_os_str() == "-" {
        ingest::read_stdin(opts)
    } else {
        ingest::read_file(path, opts)
    }
}

#[derive(Default, serde::Serialize)]
struct IngestSummary {
    read: usize,
    ingested: usize,
    near_duplicates: usize,
    duplicates: usize,
    id_conflicts: usize,
    skipped: usize,
}

fn ingest(cli: &Cli, paths: &[PathBuf], max_bytes: u64, batch: usize) -> Result<u8> {
    let mut store = open_store(cli)?;
    let opts = ingest::Options {
        max_bytes,
        ..ingest::Options::default()
    };
    let (files, walk_errors) = input_files(paths);
    let mut summary = IngestSummary::default();
    let report_error = |error: &dyn std::fmt::Display| eprintln!("error: {error}");
    for error in &walk_errors {
        report_error(error);
    }
    summary.skipped += walk_errors.len();
    let bar = progress::bar(files.len() as u64, cli.quiet, "ingest");
    let batch = batch.max(1);
    // Files are read and annotated in parallel, a chunk at a time, so memory stays bounded
    // by the chunk; the store is written from this thread, one transaction per batch.
    for chunk in files.chunks(batch) {
        let read: Vec<(Document, Extraction)> = {
            let outcomes: Vec<Vec<ingest::Outcome>> =
                chunk.par_iter().map(|f| read_one(f, &opts)).collect();
            let mut docs = Vec::new();
            for outcome in outcomes.into_iter().flatten() {
                match outcome {
                    Ok(doc) => docs.push(doc),
                    Err(error) => {
                        bar.suspend(|| report_error(&error));
                        summary.skipped += 1;
                    }
                }
            }
            let extractions: Vec<Result<Extraction, String>> = docs
                .par_chunks(extract::BATCH)
                .flat_map_iter(server::pipeline::extractions)
                .collect();
            let annotated = docs.into_iter().zip(extractions);
            let mut read = Vec::with_capacity(annotated.len());
            for (doc, extraction) in annotated {
                match extraction {
                    Ok(extraction) => read.push((doc, extraction)),
                    Err(message) => {
                        bar.suspend(|| report_error(&document_error(&doc, &message)));
                        summary.skipped += 1;
                    }
                }
            }
            read
        };
        summary.read += read.len();
        for part in read.chunks(batch) {
            // Documents and their mentions go in together: a crash keeps all or none.
            let report = store
                .insert_annotated(part)
                .context("writing a batch to the store")?;
            for (outcome, (doc, _)) in report.outcomes.iter().zip(part) {
                use store::InsertStatus::*;
                match &outcome.status {
                    Inserted => summary.ingested += 1,
                    NearDuplicate { .. } => {
                        summary.ingested += 1;
                        summary.near_duplicates += 1;
                    }
                    SameId | SameText { .. } => summary.duplicates += 1,
                    IdConflict => {
                        summary.id_conflicts += 1;
                        let at = doc.origin.locator.as_deref().map(|l| format!(":{l}"));
                        bar.suspend(|| {
                            report_error(&format!(
                                "{}{}: id {:?} is already stored with a different text; skipped",
                                doc.origin.path,
                                at.unwrap_or_default(),
                                doc.id
                            ))
                        });
                    }
                }
            }
        }
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    let failed = summary.skipped + summary.id_conflicts;
    if cli.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else if !cli.quiet || failed > 0 {
        eprintln!(
            "{} ingested ({} linked as near duplicates), {} duplicates unchanged, {} skipped{}; {} documents in {}",
            summary.ingested,
            summary.near_duplicates,
            summary.duplicates,
            failed,
            if failed > 0 { " (errors above)" } else { "" },
            store.count_documents()?,
            cli.db.display()
        );
    }
    Ok(if failed > 0 {
        exit::SOME_INPUT_SKIPPED
    } else {
        exit::OK
    })
}

fn docs(cli: &Cli, filter: &DocFilter) -> Result<u8> {
    let store = open_store(cli)?;
    let list = store.list_documents(filter)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if cli.json {
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        return Ok(exit::OK);
    }
    for d in &list {
        let dup = d
            .duplicate_of
            .as_deref()
            .map(|o| format!("  [near duplicate of {o}]"))
            .unwrap_or_default();
        // Two lines a document: what a reader scans first, then the id to pass to `show`.
        let date = d
            .published
            .as_deref()
            .map_or("-", |p| p.get(..10).unwrap_or(p));
        writeln!(
            out,
            "{date:<10}  {:<24}  {}\n            {}{dup}",
            truncate(d.source.as_deref().unwrap_or("-"), 24),
            d.title.as_deref().unwrap_or("(untitled)"),
            d.id,
        )?;
    }
    if !cli.quiet {
        eprintln!("{} documents", list.len());
    }
    Ok(exit::OK)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn show(cli: &Cli, id: &str) -> Result<u8> {
    let store = open_store(cli)?;
    let Some(stored) = store.get_document(id)? else {
        eprintln!("dossier: no stored document has id {id:?} (see `dossier docs`)");
        return Ok(exit::FAILED);
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if cli.json {
        let mentions = store.mentions(id)?;
        let value = json!({"document": stored, "mentions": mentions});
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(exit::OK);
    }
    let d = &stored.document;
    let field = |name: &str, value: Option<&str>| format!("{name:<13}{}\n", value.unwrap_or("-"));
    write!(out, "{}", field("id:", Some(&d.id)))?;
    write!(out, "{}", field("title:", d.title.as_deref()))?;
    write!(out, "{}", field("published:", d.published.as_deref()))?;
    write!(out, "{}", field("source:", d.source.as_deref()))?;
    write!(out, "{}", field("url:", d.url.as_deref()))?;
    write!(out, "{}", field("format:", Some(d.format.as_str())))?;
    let origin = match &d.origin.locator {
        Some(l) => format!("{}:{l}", d.origin.path),
        None => d.origin.path.clone(),
    };
    write!(out, "{}", field("from:", Some(&origin)))?;
    write!(out, "{}", field("ingested:", Some(&stored.ingested_at)))?;
    if let Some(of) = &stored.duplicate_of {
        let score = stored
            .near_duplicate_score
            .map(|s| format!(" (similarity {s:.2})"))
            .unwrap_or_default();
        write!(
            out,
            "{}",
            field("duplicate of:", Some(&format!("{of}{score}")))
        )?;
    }
    writeln!(out, "\n{}", d.text)?;
    Ok(exit::OK)
}

fn extract_cmd(
    cli: &Cli,
    paths: &[PathBuf],
    published: Option<&str>,
    format: ExtractFormat,
    layers: &str,
) -> Result<u8> {
    let layers = match extract::Layers::parse(layers) {
        Ok(l) => l,
        Err(message) => {
            eprintln!("dossier: {message}");
            return Ok(exit::USAGE);
        }
    };
    // JSON text is annotated as given, so offsets match the caller's copy of it.
    let opts = ingest::Options {
        verbatim_json_text: true,
        ..ingest::Options::default()
    };
    let (files, walk_errors) = input_files(paths);
    let mut skipped = walk_errors.len();
    for error in &walk_errors {
        eprintln!("error: {error}");
    }
    let outcomes: Vec<ingest::Outcome> = files
        .par_iter()
        .flat_map_iter(|f| read_one(f, &opts))
        .collect();
    let mut docs = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        match outcome {
            Ok(doc) => docs.push(doc),
            Err(error) => {
                eprintln!("error: {error}");
                skipped += 1;
            }
        }
    }
    // Documents read but not annotated (an internal fault) are skipped too.
    let read_skipped = skipped;
    let stdout = std::io::stdout();
    // Locked once every document is annotated, as a worker's print would wait for it.
    let lock = || std::io::BufWriter::new(stdout.lock());
    let mut out = match format {
        ExtractFormat::Jsonl => {
            // Each line is written by the worker that annotated its document: rendering
            // JSON is a good part of the work, and the annotations are dropped there too.
            let lines: Vec<Result<serde_json::Result<Vec<u8>>, String>> = docs
                .par_chunks(extract::BATCH)
                .flat_map_iter(|chunk| {
                    let anns = annotate_chunk(chunk, published, layers);
                    chunk.iter().zip(anns).map(move |(doc, ann)| {
                        let anchor = doc.published.as_deref().or(published);
                        Ok(serde_json::to_vec(&record(doc, anchor, &ann?, layers)))
                    })
                })
                .collect();
            let mut out = lock();
            for (doc, line) in docs.iter().zip(lines) {
                match line {
                    Ok(line) => {
                        out.write_all(&line?)?;
                        writeln!(out)?;
                    }
                    Err(message) => {
                        eprintln!("error: {}", document_error(doc, &message));
                        skipped += 1;
                    }
                }
            }
            out
        }
        ExtractFormat::Json => {
            let annotations: Vec<Result<extract::Annotations, String>> = docs
                .par_chunks(extract::BATCH)
                .flat_map_iter(|chunk| annotate_chunk(chunk, published, layers))
                .collect();
            let mut records = Vec::with_capacity(docs.len());
            for (doc, ann) in docs.iter().zip(&annotations) {
                match ann {
                    Ok(ann) => records.push(record(
                        doc,
                        doc.published.as_deref().or(published),
                        ann,
                        layers,
                    )),
                    Err(message) => {
                        eprintln!("error: {}", document_error(doc, message));
                        skipped += 1;
                    }
                }
            }
            let mut out = lock();
            serde_json::to_writer_pretty(&mut out, &records)?;
            writeln!(out)?;
            out
        }
    };
    out.flush()?;
    if skipped > 0 {
        if !cli.quiet {
            eprintln!(
                "{} documents extracted, {skipped} skipped (errors above)",
                docs.len() - (skipped - read_skipped)
            );
        }
        return Ok(exit::SOME_INPUT_SKIPPED);
    }
    Ok(exit::OK)
}

/// The annotations of each document of `chunk`, relative times anchored on its own date or
/// else on `published`.
fn annotate_chunk(
    chunk: &[Document],
    published: Option<&str>,
    layers: extract::Layers,
) -> Vec<Result<extract::Annotations, String>> {
    let inputs: Vec<extract::Input> = chunk
        .iter()
        .map(|doc| extract::Input {
            text: &doc.text,
            published: doc.published.as_deref().or(published),
        })
        .collect();
    extract::annotate_batch_isolated(&inputs, layers)
}

/// An error on one read document, named by its file, record and id.
fn document_error(doc: &Document, message: &str) -> String {
    let at = doc.origin.locator.as_deref().map(|l| format!(":{l}"));
    format!(
        "{}{}: id {:?}: {message}; skipped",
        doc.origin.path,
        at.unwrap_or_default(),
        doc.id
    )
}

/// What `extract` writes of one document: its layers (FORMAT.md), then its title, source,
/// URL and text among them, all in key order.
fn record<'a>(
    doc: &'a Document,
    anchor: Option<&'a str>,
    ann: &'a extract::Annotations,
    layers: extract::Layers,
) -> extract::json::DocumentJson<'a> {
    extract::json::DocumentJson::new(&doc.id, &doc.text, anchor, ann, layers)
        .with_field("title", doc.title.as_deref())
        .with_field("source", doc.source.as_deref())
        .with_field("url", doc.url.as_deref())
        .with_field("text", Some(&doc.text))
}

fn claims(cli: &Cli, filter: &ClaimFilter) -> Result<u8> {
    let store = open_store(cli)?;
    let list = store.list_claims(filter)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if cli.json {
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(exit::OK);
    }
    for c in &list {
        // Who, through whom, how sure; then the evidence and where it stands.
        let mut who = c.source.clone();
        for relay in c.relayed_by.iter().rev() {
            who.push_str(&format!(" (via {relay})"));
        }
        let mut how = vec![c.kind.clone(), c.certainty.clone()];
        if c.polarity != "positive" {
            how.push(c.polarity.clone());
        }
        if c.conditional {
            how.push("conditional".into());
        }
        if c.direct {
            how.push("quoted".into());
        }
        let date = c
            .when
            .as_deref()
            .or(c.published.as_deref())
            .unwrap_or("undated");
        writeln!(out, "{who} [{}] {date}", how.join(", "))?;
        writeln!(out, "    {}", one_line(&c.content))?;
        let outlet = c.outlet.as_deref().unwrap_or("-");
        writeln!(
            out,
            "    {outlet}, {} bytes {}..{}{}",
            c.doc_id,
            c.evidence_start,
            c.evidence_end,
            c.duplicate_of
                .as_deref()
                .map(|d| format!(" (copy of {d})"))
                .unwrap_or_default()
        )?;
    }
    out.flush()?;
    if !cli.quiet {
        eprintln!("{} claims", list.len());
    }
    Ok(exit::OK)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `dossier serve`: the HTTP API and web UI; the ledger loader of `brief` is handed over so
/// the server fuses exactly as `dossier brief` does.
fn serve(
    cli: &Cli,
    addr: std::net::SocketAddr,
    token_file: Option<&Path>,
    sources: Option<&Path>,
) -> Result<u8> {
    let token = match token_file {
        Some(path) => Some(server::read_token_file(path)?),
        None => std::env::var("DOSSIER_TOKEN")
            .ok()
            .filter(|t| !t.trim().is_empty()),
    };
    let writes = token.is_some();
    let mut config = server::Config::new(&cli.db);
    config.token = token;
    config.fusion = crate::brief::options(sources)?;
    let quiet = cli.quiet;
    server::serve_blocking(addr, config, |bound| {
        if !quiet {
            eprintln!(
                "dossier: serving http://{bound}/ ({}); Ctrl-C stops",
                if writes {
                    "writes need the bearer token"
                } else {
                    "read-only: set DOSSIER_TOKEN or --token-file to allow writes"
                }
            );
        }
    })?;
    Ok(exit::OK)
}
