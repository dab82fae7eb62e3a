//! [`SqliteStore`]: the [`Store`] on an embedded SQLite file.

use std::path::Path;
use std::time::Duration;

use model::{Document, Origin, SourceFormat};
use rusqlite::functions::FunctionFlags;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction, TransactionBehavior};

use crate::near_dup::{self, Signature};
use crate::{
    BatchReport, ClaimFilter, ClaimRow, DocFilter, DocOutcome, DocSummary, Error, Extraction,
    InsertStatus, IntegrityReport, MentionKind, MentionRow, Result, Store, StoredDocument,
};

/// How long a connection waits for another's lock before giving up. Long enough for a
/// large batch of another writer to commit.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// A schema migration: applied once, in order, each in its own transaction; the database's
/// `PRAGMA user_version` is the number of the last one applied.
struct Migration {
    version: u32,
    name: &'static str,
    sql: &'static str,
}

/// All migrations, oldest first; `version` counts up from 1 without gaps.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "revision",
        sql: include_str!("../migrations/002_revision.sql"),
    },
];

/// The schema version this code writes and reads.
pub const SCHEMA_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// UTC now as RFC 3339 with milliseconds, evaluated by SQLite.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// The columns of a [`DocSummary`], in the order [`summary_from_row`] reads them.
const SUMMARY_COLUMNS: &str =
    "d.id, d.title, d.published, d.source, d.format, d.chars, d.duplicate_of";

/// The SQLite [`Store`]. One connection; open one store per thread or process (the file is
/// safe to share between them, see the crate docs).
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Creates or opens the database at `path` and brings its schema up to date. Fails with
    /// [`Error::SchemaTooNew`] on a database written by a newer program.
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteStore> {
        let path = path.as_ref();
        // Connections racing to create a fresh file can get SQLITE_BUSY from the journal-mode
        // switch or the WAL recovery, where SQLite does not call the busy handler: retry the
        // whole open for as long as the busy timeout would have waited.
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        loop {
            match SqliteStore::open_once(path) {
                Err(e) if is_busy(&e) && std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                result => return result,
            }
        }
    }

    fn open_once(path: &Path) -> Result<SqliteStore> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL is a property of the file: set once, kept; readers never block the writer.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Invalid(format!(
                "the database cannot use write-ahead logging (journal mode {mode})"
            )));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // 16 MiB of page cache per connection (SQLite's default is 2 MB): band and
        // full-text index pages stay in memory across a batch instead of being re-read.
        conn.pragma_update(None, "cache_size", -16_384)?;
        register_functions(&conn)?;
        migrate(&mut conn)?;
        Ok(SqliteStore { conn })
    }

    /// Runs `read` inside one read transaction, so every query it makes sees the same
    /// snapshot of the ledger (under WAL, writers committing meanwhile are not seen): read
    /// [`Store::revision`] first and what follows is exactly that revision's ledger.
    pub fn snapshot<T>(&self, read: impl FnOnce(&SqliteStore) -> Result<T>) -> Result<T> {
        // `unchecked_transaction` because reads take `&self`: no `&self` method of the
        // store opens a transaction of its own, so this one never nests.
        let tx = self.conn.unchecked_transaction()?;
        let result = read(self)?;
        // A read transaction has nothing to keep: ending it either way releases the snapshot.
        tx.rollback()?;
        Ok(result)
    }

    /// The schema version of the open database (after migration: [`SCHEMA_VERSION`]).
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}

/// `dossier_contains_ci(haystack, needle)`: Unicode case-insensitive substring test
/// (SQLite's own LIKE folds ASCII only).
fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "dossier_contains_ci",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let haystack: Option<String> = ctx.get(0)?;
            let needle: String = ctx.get(1)?;
            Ok(haystack.is_some_and(|h| h.to_lowercase().contains(&needle.to_lowercase())))
        },
    )?;
    Ok(())
}

/// Whether `start..end` is a range of `text` on char boundaries: what every stored offset must be.
fn span_fits(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Whether an error is SQLite's "busy" or "locked": another connection holds the lock.
fn is_busy(error: &Error) -> bool {
    let sqlite = match error {
        Error::Sqlite(e) | Error::Migration { source: e, .. } => e,
        _ => return false,
    };
    matches!(
        sqlite.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies the migrations the database lacks. The version is re-read under the write lock,
/// so processes opening a fresh file at once apply each migration exactly once.
fn migrate(conn: &mut Connection) -> Result<()> {
    let found = user_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for migration in MIGRATIONS.iter().filter(|m| m.version > found) {
        let failed = |source| Error::Migration {
            version: migration.version,
            name: migration.name,
            source,
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(failed)?;
        if user_version(&tx).map_err(failed)? >= migration.version {
            continue; // another connection applied it meanwhile
        }
        tx.execute_batch(migration.sql).map_err(failed)?;
        tx.pragma_update(None, "user_version", migration.version)
            .map_err(failed)?;
        tx.commit().map_err(failed)?;
    }
    Ok(())
}

/// Why a document of a batch is not stored, if it is not.
fn exact_duplicate(
    tx: &Transaction,
    doc: &Document,
    text_hash: &str,
    words: usize,
) -> Result<Option<InsertStatus>> {
    let stored_hash: Option<String> = tx
        .prepare_cached("SELECT text_hash FROM documents WHERE id = ?1")?
        .query_row([&doc.id], |r| r.get(0))
        .optional()?;
    if let Some(stored_hash) = stored_hash {
        return Ok(Some(if stored_hash == text_hash {
            InsertStatus::SameId
        } else {
            InsertStatus::IdConflict
        }));
    }
    if words == 0 {
        return Ok(None);
    }
    let same_text: Option<String> = tx
        .prepare_cached("SELECT id FROM documents WHERE text_hash = ?1 AND words > 0")?
        .query_row([text_hash], |r| r.get(0))
        .optional()?;
    Ok(same_text.map(|of| InsertStatus::SameText { of }))
}

fn stored_signature(tx: &Transaction, doc_id: &str) -> Result<Option<Signature>> {
    let blob: Option<Vec<u8>> = tx
        .prepare_cached("SELECT signature FROM minhash_signatures WHERE doc_id = ?1")?
        .query_row([doc_id], |r| r.get(0))
        .optional()?;
    blob.map(|bytes| {
        Signature::from_bytes(&bytes)
            .ok_or_else(|| Error::Corrupt(format!("MinHash signature of {doc_id:?}")))
    })
    .transpose()
}

/// The near-duplicate group a new text joins, as (root id, similarity to the root): the
/// earliest stored root among the groups of all stored documents similar enough to it.
fn near_duplicate_of(
    tx: &Transaction,
    signature: &Signature,
    band_keys: &[i64],
) -> Result<Option<(String, f64)>> {
    let mut candidates: Vec<String> = Vec::new();
    {
        let mut lookup =
            tx.prepare_cached("SELECT doc_id FROM minhash_bands WHERE band = ?1 AND bucket = ?2")?;
        for (band, key) in band_keys.iter().enumerate() {
            let mut rows = lookup.query(params![band as i64, key])?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                if !candidates.contains(&id) {
                    candidates.push(id);
                }
            }
        }
    }
    // (seq, id) of the root of each confirmed candidate's group
    let mut best_root: Option<(i64, String)> = None;
    let mut root_of = tx.prepare_cached(
        "SELECT r.seq, r.id FROM documents d JOIN documents r \
         ON r.id = coalesce(d.duplicate_of, d.id) WHERE d.id = ?1",
    )?;
    for candidate in &candidates {
        let Some(theirs) = stored_signature(tx, candidate)? else {
            continue;
        };
        if signature.similarity(&theirs) < near_dup::NEAR_DUPLICATE_THRESHOLD {
            continue;
        }
        let root: (i64, String) = root_of.query_row([candidate], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if best_root.as_ref().is_none_or(|best| root.0 < best.0) {
            best_root = Some(root);
        }
    }
    let Some((_, root)) = best_root else {
        return Ok(None);
    };
    let similarity = match stored_signature(tx, &root)? {
        Some(theirs) => signature.similarity(&theirs),
        None => return Err(Error::Corrupt(format!("no MinHash signature for {root:?}"))),
    };
    Ok(Some((root, similarity)))
}

/// Stores one document that is not an exact duplicate, with its signature and bands.
fn insert_new(
    tx: &Transaction,
    doc: &Document,
    text_hash: &str,
    words: usize,
) -> Result<InsertStatus> {
    let minhash = near_dup::signature(&doc.text).map(|sig| {
        let keys = sig.band_keys();
        (sig, keys)
    });
    let near = match &minhash {
        Some((sig, keys)) => near_duplicate_of(tx, sig, keys)?,
        None => None,
    };
    let (duplicate_of, score) = match &near {
        Some((of, similarity)) => (Some(of.as_str()), Some(*similarity)),
        None => (None, None),
    };
    tx.prepare_cached(&format!(
        "INSERT INTO documents (id, title, published, source, url, format, origin_path, \
         origin_locator, text, text_hash, chars, words, ingested_at, duplicate_of, \
         near_duplicate_score) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, {NOW}, ?13, ?14)"
    ))?
    .execute(params![
        doc.id,
        doc.title,
        doc.published,
        doc.source,
        doc.url,
        doc.format.as_str(),
        doc.origin.path,
        doc.origin.locator,
        doc.text,
        text_hash,
        doc.text.chars().count() as i64,
        words as i64,
        duplicate_of,
        score,
    ])?;
    if let Some((sig, keys)) = &minhash {
        tx.prepare_cached(
            "INSERT INTO minhash_signatures (doc_id, scheme, signature) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![doc.id, near_dup::SCHEME, sig.to_bytes()])?;
        let mut band_insert = tx.prepare_cached(
            "INSERT OR IGNORE INTO minhash_bands (band, bucket, doc_id) VALUES (?1, ?2, ?3)",
        )?;
        for (band, key) in keys.iter().enumerate() {
            band_insert.execute(params![band as i64, key, doc.id])?;
        }
    }
    Ok(match near {
        Some((of, similarity)) => InsertStatus::NearDuplicate { of, similarity },
        None => InsertStatus::Inserted,
    })
}

/// The source format stored in column `idx`.
fn format_at(row: &Row, idx: usize) -> rusqlite::Result<SourceFormat> {
    let name: String = row.get(idx)?;
    SourceFormat::parse(&name).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown source format {name:?}").into(),
        )
    })
}

/// A [`DocSummary`] from a row of [`SUMMARY_COLUMNS`].
fn summary_from_row(row: &Row) -> rusqlite::Result<DocSummary> {
    Ok(DocSummary {
        id: row.get(0)?,
        title: row.get(1)?,
        published: row.get(2)?,
        source: row.get(3)?,
        format: format_at(row, 4)?,
        chars: row.get::<_, i64>(5)?.max(0) as usize,
        duplicate_of: row.get(6)?,
    })
}

/// Runs a summary query.
fn collect_summaries(
    stmt: &mut rusqlite::Statement,
    params: impl rusqlite::Params,
) -> Result<Vec<DocSummary>> {
    Ok(stmt
        .query_map(params, summary_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// The FTS5 query for plain words: each word a quoted string (so no word is read as an
/// operator), all required.
fn fts_query(query: &str) -> String {
    near_dup::words(query)
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks that every mention lies on char boundaries inside `text`.
fn check_spans(doc_id: &str, text: &str, rows: &[MentionRow]) -> Result<()> {
    for row in rows {
        if !span_fits(text, row.start, row.end) {
            return Err(Error::Invalid(format!(
                "{} mention {}..{} is not on char boundaries inside the {}-byte text of {doc_id:?}",
                row.kind.as_str(),
                row.start,
                row.end,
                text.len()
            )));
        }
    }
    Ok(())
}

fn sql_int(value: usize, what: &str) -> Result<i64> {
    i64::try_from(value).map_err(|_| Error::Invalid(format!("{what} {value} is too large")))
}

impl SqliteStore {
    /// Stores documents, and with each the mentions given beside it, in ONE transaction:
    /// a crash leaves either the whole batch, mentions included, or none of it. Mentions
    /// are written for documents stored now, and for repeats that have none stored yet.
    fn insert_batch(&mut self, items: &[(&Document, Option<&Extraction>)]) -> Result<BatchReport> {
        if let Some(bad) = items.iter().position(|(d, _)| d.id.is_empty()) {
            return Err(Error::Invalid(format!(
                "document {bad} of the batch has an empty id"
            )));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut outcomes = Vec::with_capacity(items.len());
        let mut changed = false;
        for &(doc, extraction) in items {
            let text_hash = near_dup::normalized_text_hash(&doc.text);
            let words = near_dup::word_count(&doc.text);
            let status = match exact_duplicate(&tx, doc, &text_hash, words)? {
                Some(skipped) => skipped,
                None => insert_new(&tx, doc, &text_hash, words)?,
            };
            changed |= status.stored();
            if let Some(extraction) = extraction {
                let write = status.stored()
                    || (matches!(status, InsertStatus::SameId) && !has_extraction(&tx, &doc.id)?);
                if write {
                    write_mentions(&tx, &doc.id, &extraction.mentions)?;
                    write_attributions(&tx, &doc.id, extraction)?;
                    changed = true;
                }
            }
            outcomes.push(DocOutcome {
                id: doc.id.clone(),
                status,
            });
        }
        // A batch of exact duplicates wrote nothing: the revision stays, so caches stay valid.
        if changed {
            bump_revision(&tx)?;
        }
        tx.commit()?;
        Ok(BatchReport { outcomes })
    }
}

/// Counts one more change of the ledger, inside the transaction that makes it, so a reader
/// never sees the change without the new revision or the revision without the change.
/// Upserts, so a revision row lost by hand does not silently stop the count.
fn bump_revision(tx: &Transaction) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO revision (id, value) VALUES (1, 1) \
         ON CONFLICT (id) DO UPDATE SET value = value + 1",
    )?
    .execute([])?;
    Ok(())
}

fn has_extraction(tx: &Transaction, doc_id: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached("SELECT 1 FROM extractions WHERE doc_id = ?1")?
        .query_row([doc_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Replaces the mentions of a stored document inside the caller's transaction.
fn write_mentions(tx: &Transaction, doc_id: &str, rows: &[MentionRow]) -> Result<()> {
    let text: Option<String> = tx
        .prepare_cached("SELECT text FROM documents WHERE id = ?1")?
        .query_row([doc_id], |r| r.get(0))
        .optional()?;
    let text = text.ok_or_else(|| Error::UnknownDocument(doc_id.to_owned()))?;
    check_spans(doc_id, &text, rows)?;
    tx.prepare_cached("DELETE FROM mentions WHERE doc_id = ?1")?
        .execute([doc_id])?;
    tx.prepare_cached(&format!(
        "INSERT INTO extractions (doc_id, extracted_at) VALUES (?1, {NOW}) \
         ON CONFLICT (doc_id) DO UPDATE SET extracted_at = excluded.extracted_at"
    ))?
    .execute([doc_id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO mentions (doc_id, ordinal, kind, start, \"end\", payload) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (ordinal, row) in rows.iter().enumerate() {
        insert.execute(params![
            doc_id,
            sql_int(ordinal, "ordinal")?,
            row.kind.as_str(),
            sql_int(row.start, "start")?,
            sql_int(row.end, "end")?,
            serde_json::to_string(&row.payload)?,
        ])?;
    }
    Ok(())
}

/// Replaces the attributions of a document and their claims (one claim per attribution,
/// its evidence the content span, its payload the mentions inside the content).
fn write_attributions(tx: &Transaction, doc_id: &str, extraction: &Extraction) -> Result<()> {
    tx.prepare_cached("DELETE FROM claims WHERE doc_id = ?1")?
        .execute([doc_id])?;
    tx.prepare_cached("DELETE FROM attributions WHERE doc_id = ?1")?
        .execute([doc_id])?;
    let text: String = tx
        .prepare_cached("SELECT text FROM documents WHERE id = ?1")?
        .query_row([doc_id], |r| r.get(0))?;
    let spans = |a: &model::Attribution| {
        let mut all = vec![a.cue_span, a.content_span];
        all.extend(a.source_span);
        all.extend(a.content_fragments.iter().copied());
        all
    };
    for a in &extraction.attributions {
        for span in spans(a) {
            if !span_fits(&text, span.start, span.end) {
                return Err(Error::Invalid(format!(
                    "attribution {} of {doc_id}: span {}..{} is not on char boundaries inside the text",
                    a.id, span.start, span.end
                )));
            }
        }
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO attributions (doc_id, local_id, source, source_start, source_end, \
         cue_start, cue_end, content_start, content_end, content_fragments, direct, anonymous, \
         certainty, polarity, conditional, relayed_by, audience, said_when, parent, kind) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
         ?18, NULL, ?19)",
    )?;
    let mut claim = tx.prepare_cached(
        "INSERT INTO claims (id, doc_id, attribution_id, evidence_start, evidence_end, source, \
         claim_time, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for a in &extraction.attributions {
        let fragments: Vec<[usize; 2]> = a
            .content_fragments
            .iter()
            .map(|f| [f.start, f.end])
            .collect();
        insert.execute(params![
            doc_id,
            a.id,
            a.source,
            a.source_span.map(|s| s.start as i64),
            a.source_span.map(|s| s.end as i64),
            a.cue_span.start as i64,
            a.cue_span.end as i64,
            a.content_span.start as i64,
            a.content_span.end as i64,
            serde_json::to_string(&fragments)?,
            a.direct,
            a.anonymous,
            a.factuality.certainty.as_str(),
            a.factuality.polarity.as_str(),
            a.factuality.conditional,
            serde_json::to_string(&a.relayed_by)?,
            a.audience,
            a.when,
            a.kind.as_str(),
        ])?;
        let inside: Vec<&MentionRow> = extraction
            .mentions
            .iter()
            .filter(|m| a.content_span.start <= m.start && m.end <= a.content_span.end)
            .collect();
        let mut payload = serde_json::json!({ "mentions": inside });
        if let Some(kind) = source_entity_type(extraction, a) {
            payload["source_type"] = kind.into();
        }
        claim.execute(params![
            format!("{doc_id}#{}", a.id),
            doc_id,
            a.id,
            a.content_span.start as i64,
            a.content_span.end as i64,
            a.source,
            a.when,
            serde_json::to_string(&payload)?,
        ])?;
    }
    // The outlet's own statements: claims without an attribution, whose source is the outlet.
    let (outlet, published): (Option<String>, Option<String>) = tx
        .prepare_cached("SELECT source, published FROM documents WHERE id = ?1")?
        .query_row([doc_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let outlet = outlet
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| crate::UNIDENTIFIED_OUTLET.to_string());
    let day = published.map(|p| p.chars().take(10).collect::<String>());
    for (n, statement) in extraction.outlet_statements.iter().enumerate() {
        let span = statement.span;
        if !span_fits(&text, span.start, span.end) {
            return Err(Error::Invalid(format!(
                "outlet statement {n} of {doc_id}: span {}..{} is not on char boundaries inside the text",
                span.start, span.end
            )));
        }
        let inside: Vec<&MentionRow> = extraction
            .mentions
            .iter()
            .filter(|m| span.start <= m.start && m.end <= span.end)
            .collect();
        let f = statement.factuality;
        let payload = serde_json::json!({
            "mentions": inside,
            "unattributed": true,
            "certainty": f.certainty.as_str(),
            "polarity": f.polarity.as_str(),
            "conditional": f.conditional,
        });
        claim.execute(params![
            format!("{doc_id}#o{}", n + 1),
            doc_id,
            Option::<String>::None,
            span.start as i64,
            span.end as i64,
            outlet,
            day,
            serde_json::to_string(&payload)?,
        ])?;
    }
    // Parents are linked once every attribution of the document exists; a parent id that
    // names no attribution of the document is left unlinked rather than failing the batch.
    let mut link = tx.prepare_cached(
        "UPDATE attributions SET parent = ?3 WHERE doc_id = ?1 AND local_id = ?2 \
         AND EXISTS (SELECT 1 FROM attributions p WHERE p.doc_id = ?1 AND p.local_id = ?3)",
    )?;
    for a in &extraction.attributions {
        if let Some(parent) = &a.parent {
            link.execute(params![doc_id, a.id, parent])?;
        }
    }
    Ok(())
}

fn json_column<T: serde::de::DeserializeOwned>(raw: String) -> rusqlite::Result<T> {
    serde_json::from_str(&raw).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

impl Store for SqliteStore {
    fn insert_documents(&mut self, docs: &[Document]) -> Result<BatchReport> {
        let items: Vec<_> = docs.iter().map(|d| (d, None)).collect();
        self.insert_batch(&items)
    }

    fn insert_annotated(&mut self, docs: &[(Document, Extraction)]) -> Result<BatchReport> {
        let items: Vec<_> = docs.iter().map(|(d, x)| (d, Some(x))).collect();
        self.insert_batch(&items)
    }

    fn get_document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let found = self
            .conn
            .prepare_cached(
                "SELECT id, title, published, source, url, format, origin_path, origin_locator, \
                 text, text_hash, ingested_at, duplicate_of, near_duplicate_score \
                 FROM documents WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(StoredDocument {
                    document: Document {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        published: r.get(2)?,
                        source: r.get(3)?,
                        url: r.get(4)?,
                        format: format_at(r, 5)?,
                        origin: Origin {
                            path: r.get(6)?,
                            locator: r.get(7)?,
                        },
                        text: r.get(8)?,
                    },
                    text_hash: r.get(9)?,
                    ingested_at: r.get(10)?,
                    duplicate_of: r.get(11)?,
                    near_duplicate_score: r.get(12)?,
                })
            })
            .optional()?;
        Ok(found)
    }

    fn list_documents(&self, filter: &DocFilter) -> Result<Vec<DocSummary>> {
        // `until` names a period ("2024-10-23", "2024-10"): every ISO value starting with it
        // sorts below it followed by DEL, the highest ASCII character.
        let until_bound = filter.until.as_ref().map(|u| format!("{u}\u{7f}"));
        let limit = match filter.limit {
            Some(n) => sql_int(n, "limit")?,
            None => -1,
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM documents d \
             WHERE (?1 IS NULL OR dossier_contains_ci(d.source, ?1)) \
               AND (?2 IS NULL OR d.published >= ?2) \
               AND (?3 IS NULL OR d.published <= ?3) \
             ORDER BY d.published IS NULL, d.published, d.seq LIMIT ?4"
        ))?;
        collect_summaries(
            &mut stmt,
            params![filter.source, filter.since, until_bound, limit],
        )
    }

    fn search_documents(&self, query: &str, limit: usize) -> Result<Vec<DocSummary>> {
        let fts = fts_query(query);
        if fts.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM documents_fts f JOIN documents d ON d.seq = f.rowid \
             WHERE documents_fts MATCH ?1 ORDER BY f.rank, d.seq LIMIT ?2"
        ))?;
        collect_summaries(&mut stmt, params![fts, sql_int(limit, "limit")?])
    }

    fn count_documents(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }

    fn attributions(&self, doc_id: &str) -> Result<Vec<model::Attribution>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT local_id, source, source_start, source_end, cue_start, cue_end, \
             content_start, content_end, content_fragments, direct, anonymous, certainty, \
             polarity, conditional, relayed_by, audience, said_when, parent, kind \
             FROM attributions WHERE doc_id = ?1 ORDER BY content_start, local_id",
        )?;
        let rows = stmt.query_map([doc_id], |r| {
            let span = |a: Option<i64>, b: Option<i64>| match (a, b) {
                (Some(a), Some(b)) => Some(model::Span::new(a as usize, b as usize)),
                _ => None,
            };
            let fragments: Vec<[usize; 2]> = json_column(r.get(8)?)?;
            Ok(model::Attribution {
                id: r.get(0)?,
                source: r.get(1)?,
                source_span: span(r.get(2)?, r.get(3)?),
                cue_span: span(r.get(4)?, r.get(5)?).unwrap_or(model::Span::new(0, 0)),
                content_span: model::Span::new(
                    r.get::<_, i64>(6)? as usize,
                    r.get::<_, i64>(7)? as usize,
                ),
                content_fragments: fragments
                    .iter()
                    .map(|f| model::Span::new(f[0], f[1]))
                    .collect(),
                direct: r.get(9)?,
                anonymous: r.get(10)?,
                factuality: model::Factuality {
                    certainty: model::Certainty::from_name(&r.get::<_, String>(11)?),
                    polarity: model::Polarity::from_name(&r.get::<_, String>(12)?),
                    conditional: r.get(13)?,
                },
                relayed_by: json_column(r.get(14)?)?,
                audience: r.get(15)?,
                when: r.get(16)?,
                parent: r.get(17)?,
                kind: model::AttributionKind::from_name(
                    &r.get::<_, Option<String>>(18)?.unwrap_or_default(),
                ),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn list_claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        let limit = match filter.limit {
            Some(n) => sql_int(n, "limit")?,
            None => -1,
        };
        // Offsets are bytes: cut the evidence out of the text as a BLOB, then read it as text.
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.doc_id, a.local_id, COALESCE(a.source, c.source, ''), \
             COALESCE(a.relayed_by, '[]'), a.audience, COALESCE(a.said_when, c.claim_time), \
             COALESCE(a.certainty, json_extract(c.payload, '$.certainty'), 'certain'), \
             COALESCE(a.polarity, json_extract(c.payload, '$.polarity'), 'positive'), \
             COALESCE(a.conditional, json_extract(c.payload, '$.conditional'), 0), \
             COALESCE(a.direct, 0), COALESCE(a.anonymous, 0), COALESCE(a.kind, 'assertion'), \
             a.parent, \
             CAST(substr(CAST(d.text AS BLOB), c.evidence_start + 1, \
                         c.evidence_end - c.evidence_start) AS TEXT) AS content, \
             c.evidence_start, c.evidence_end, d.published, d.source, d.title, d.duplicate_of, \
             c.payload, COALESCE(a.content_fragments, '[]'), a.cue_start, a.cue_end \
             FROM claims c LEFT JOIN attributions a ON a.doc_id = c.doc_id AND a.local_id = c.attribution_id \
             JOIN documents d ON d.id = c.doc_id \
             WHERE (?1 IS NULL OR dossier_contains_ci(COALESCE(a.source, c.source), ?1) \
                    OR dossier_contains_ci(a.relayed_by, ?1)) \
               AND (?2 IS NULL OR dossier_contains_ci(content, ?2)) \
               AND (?3 IS NULL OR c.doc_id = ?3) \
             ORDER BY d.published IS NULL, d.published, d.seq, c.evidence_start LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![filter.source, filter.about, filter.doc_id, limit],
            |r| {
                let attribution_id: Option<String> = r.get(2)?;
                Ok(ClaimRow {
                    id: r.get(0)?,
                    doc_id: r.get(1)?,
                    unattributed: attribution_id.is_none(),
                    attribution_id,
                    source: r.get(3)?,
                    relayed_by: json_column(r.get(4)?)?,
                    audience: r.get(5)?,
                    when: r.get(6)?,
                    certainty: r.get(7)?,
                    polarity: r.get(8)?,
                    conditional: r.get(9)?,
                    direct: r.get(10)?,
                    anonymous: r.get(11)?,
                    kind: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                    parent: r.get(13)?,
                    content: r.get(14)?,
                    evidence_start: r.get::<_, i64>(15)? as usize,
                    evidence_end: r.get::<_, i64>(16)? as usize,
                    published: r.get(17)?,
                    outlet: r.get(18)?,
                    title: r.get(19)?,
                    duplicate_of: r.get(20)?,
                    payload: json_column(r.get(21)?)?,
                    fragments: json_column(r.get(22)?)?,
                    cue: match (r.get::<_, Option<i64>>(23)?, r.get::<_, Option<i64>>(24)?) {
                        (Some(s), Some(e)) if 0 <= s && s <= e => Some([s as usize, e as usize]),
                        _ => None,
                    },
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn put_mentions(&mut self, doc_id: &str, rows: &[MentionRow]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_mentions(&tx, doc_id, rows)?;
        // Always a change: the rows are rewritten, and comparing them first would cost a read
        // of every mention to spare one cache miss.
        bump_revision(&tx)?;
        tx.commit()?;
        Ok(())
    }

    fn mentions(&self, doc_id: &str) -> Result<Vec<MentionRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, start, \"end\", payload FROM mentions WHERE doc_id = ?1 ORDER BY ordinal",
        )?;
        let raw = stmt.query_map([doc_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in raw {
            let (kind, start, end, payload) = row?;
            let kind = MentionKind::parse(&kind)
                .ok_or_else(|| Error::Corrupt(format!("mention kind {kind:?}")))?;
            let offset = |v: i64| {
                usize::try_from(v).map_err(|_| Error::Corrupt(format!("mention offset {v}")))
            };
            out.push(MentionRow {
                kind,
                start: offset(start)?,
                end: offset(end)?,
                payload: serde_json::from_str(&payload)?,
            });
        }
        Ok(out)
    }

    fn revision(&self) -> Result<u64> {
        let value: Option<i64> = self
            .conn
            .prepare_cached("SELECT value FROM revision WHERE id = 1")?
            .query_row([], |r| r.get(0))
            .optional()?;
        Ok(value.unwrap_or(0).max(0) as u64)
    }

    fn integrity_check(&self) -> Result<IntegrityReport> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                problems.push(format!("integrity_check: {line}"));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "foreign_key_check: row {:?} of {} points at a missing {} row",
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(0)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        // FTS5 reports an index out of step with its content table as an error
        if let Err(e) = self.conn.execute(
            "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)",
            [],
        ) {
            problems.push(format!("full-text index: {e}"));
        }
        Ok(IntegrityReport { problems })
    }
}

/// The entity type ("ORG", "PERSON", ...) the entity layer gave the source of an
/// attribution: that of the last entity mention inside its source span ("a Rega
/// spokeswoman": Rega), else that of a mention anywhere in the document whose canonical name
/// is the source's ("it said", resolved to Rega). Fusion reads it to tell a body from a person
/// where the name alone does not.
fn source_entity_type<'a>(extraction: &'a Extraction, a: &model::Attribution) -> Option<&'a str> {
    // ("a senior official at the Interior Ministry" holds a body's name but is no body.)
    if a.anonymous {
        return None;
    }
    let entity_type = |m: &'a MentionRow| -> Option<&'a str> {
        (m.kind == MentionKind::Entity)
            .then(|| m.payload.get("type").and_then(|t| t.as_str()))
            .flatten()
    };
    let in_span = a.source_span.and_then(|span| {
        extraction
            .mentions
            .iter()
            .filter(|m| span.start <= m.start && m.end <= span.end)
            .rev()
            .find_map(entity_type)
    });
    in_span.or_else(|| {
        extraction
            .mentions
            .iter()
            .filter(|m| m.payload.get("canonical").and_then(|c| c.as_str()) == Some(&a.source))
            .find_map(entity_type)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_query_quotes_every_word() {
        assert_eq!(
            fts_query("troops NEAR Kursk"),
            "\"troops\" \"NEAR\" \"Kursk\""
        );
        assert_eq!(fts_query("\" OR * -- "), "\"OR\"");
        assert_eq!(fts_query("  ...  "), "");
    }

    #[test]
    fn spans_must_be_inside_and_on_char_boundaries() {
        let text = "Kim’s army"; // ’ is 3 bytes: 3..6
        let row = |start, end| MentionRow {
            kind: MentionKind::Entity,
            start,
            end,
            payload: serde_json::Value::Null,
        };
        assert!(check_spans("d", text, &[row(0, 3), row(7, 12)]).is_ok());
        assert!(check_spans("d", text, &[row(0, 4)]).is_err());
        assert!(check_spans("d", text, &[row(5, 3)]).is_err());
        assert!(check_spans("d", text, &[row(7, 13)]).is_err());
    }

    #[test]
    fn migrations_are_numbered_without_gaps() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1, "{}", m.name);
        }
    }
}
