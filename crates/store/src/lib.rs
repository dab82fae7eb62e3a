//! The claim ledger's storage. Operations sit behind the [`Store`] trait; [`SqliteStore`]
//! implements it on an embedded SQLite file (a PostgreSQL backend will follow).
//!
//! Invariants and policy decisions:
//! - **Documents are immutable.** A stored document's id, text and metadata never change;
//!   its `duplicate_of`/`near_duplicate_score` are decided once, at insert. Nothing is ever
//!   overwritten by a later ingest: re-running an ingest changes nothing (`ingested_at`
//!   included).
//! - **Batches are atomic.** [`Store::insert_documents`] runs one transaction per batch: after
//!   a crash either the whole batch is stored or none of it.
//! - **Exact duplicates are skipped** (and reported): a document whose id is already stored,
//!   or whose normalized text (lower-cased words, see [`near_dup`]) equals a stored one's. A
//!   known id arriving with a different text is reported as [`InsertStatus::IdConflict`] and
//!   also skipped: ids are permanent. Texts without any word are deduplicated by id only.
//! - **Near duplicates are linked, never dropped**: stored with `duplicate_of` naming the
//!   earliest stored (lowest ingestion order) document of the group, so groups are flat
//!   (one hop to the root). The score is the estimated similarity to that root; it can be
//!   below the threshold when the document matched a later member of the group instead.
//!   "Earliest" is ingestion order, not publication date: it is what is known at insert.
//! - **Claims**: one per attribution (`<doc>#<attribution id>`), and one per statement in
//!   the outlet's own voice that carries a figure (`<doc>#o<n>`, no attribution, source the
//!   outlet or [`UNIDENTIFIED_OUTLET`], factuality in the payload). The latter are no
//!   attribution: [`Store::attributions`] never returns them.
//! - **Offsets** of stored mentions are UTF-8 byte offsets into the document text and must lie
//!   on char boundaries inside it; [`Store::put_mentions`] refuses any other.
//! - **Durability** (SQLite): WAL journal with `synchronous=NORMAL`. A committed batch
//!   survives any crash of the program; only a power loss or OS crash can lose the last
//!   commits, never corrupt the file. Ingest is idempotent, so re-running it recovers them;
//!   `FULL` would add an fsync per batch for no gain here.
//! - **Revision**: [`Store::revision`] counts the writes that changed the ledger. Each is
//!   bumped inside the transaction of its write (a batch that stored or extracted
//!   anything, every [`Store::put_mentions`]); a batch of exact duplicates that writes
//!   nothing leaves it as it was. It is a stored row, not SQLite's per-connection
//!   `data_version`, so every connection and process sees every other's writes in it.
//! - **Concurrency** (SQLite): any number of reader connections (threads or processes) run
//!   beside one writer at a time; writers take the write lock at the start of their
//!   transaction (`BEGIN IMMEDIATE`) and wait up to [`sqlite::BUSY_TIMEOUT`] for it.

pub mod near_dup;
pub mod sqlite;

use model::{Attribution, Document, SourceFormat};
use serde::{Deserialize, Serialize};

pub use sqlite::SqliteStore;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "the database has schema version {found}, newer than this program knows \
         (up to {supported}); use a newer dossier"
    )]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("migration {version} ({name}) failed: {source}")]
    Migration {
        version: u32,
        name: &'static str,
        source: rusqlite::Error,
    },
    #[error("no stored document has id {0:?}")]
    UnknownDocument(String),
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("stored data is malformed: {0}")]
    Corrupt(String),
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What happened to one document of a batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum InsertStatus {
    /// Stored; no stored document resembles it.
    Inserted,
    /// Stored, linked to the group's earliest stored document.
    NearDuplicate { of: String, similarity: f64 },
    /// Skipped: this id is already stored with the same normalized text.
    SameId,
    /// Skipped: another stored document has the same normalized text.
    SameText { of: String },
    /// Skipped: this id is already stored with a different text (ids are permanent).
    IdConflict,
}

impl InsertStatus {
    /// True when the document was stored by this batch.
    pub fn stored(&self) -> bool {
        matches!(
            self,
            InsertStatus::Inserted | InsertStatus::NearDuplicate { .. }
        )
    }
    /// True for an exact duplicate (skipped, nothing changed).
    pub fn exact_duplicate(&self) -> bool {
        matches!(self, InsertStatus::SameId | InsertStatus::SameText { .. })
    }
}

/// One document's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocOutcome {
    pub id: String,
    #[serde(flatten)]
    pub status: InsertStatus,
}

/// The outcome of a batch, one entry per input document, in input order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchReport {
    pub outcomes: Vec<DocOutcome>,
}

impl BatchReport {
    /// Documents stored without any near duplicate.
    pub fn inserted(&self) -> usize {
        self.count(|s| matches!(s, InsertStatus::Inserted))
    }
    /// Documents stored as near duplicates.
    pub fn near_duplicates(&self) -> usize {
        self.count(|s| matches!(s, InsertStatus::NearDuplicate { .. }))
    }
    /// Documents skipped as exact duplicates.
    pub fn exact_duplicates(&self) -> usize {
        self.count(InsertStatus::exact_duplicate)
    }
    /// Documents skipped because their id was taken by another text.
    pub fn conflicts(&self) -> usize {
        self.count(|s| matches!(s, InsertStatus::IdConflict))
    }
    fn count(&self, pred: impl Fn(&InsertStatus) -> bool) -> usize {
        self.outcomes.iter().filter(|o| pred(&o.status)).count()
    }
}

/// A stored document with what the store added to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    pub document: Document,
    /// See [`near_dup::normalized_text_hash`].
    pub text_hash: String,
    /// UTC, RFC 3339 with milliseconds.
    pub ingested_at: String,
    pub duplicate_of: Option<String>,
    pub near_duplicate_score: Option<f64>,
}

/// A document without its text, for listings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocSummary {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub format: SourceFormat,
    /// Unicode code points in the text.
    pub chars: usize,
    pub duplicate_of: Option<String>,
}

/// Which documents [`Store::list_documents`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFilter {
    /// Case-insensitive substring of the source (outlet) name.
    pub source: Option<String>,
    /// ISO date or date-time prefix: published on or after it. Documents without a
    /// published date are left out when `since` or `until` is given.
    pub since: Option<String>,
    /// ISO date or date-time prefix: published on or before it, inclusive of the whole
    /// period it names (`2024-10` includes `2024-10-31T23:00`).
    pub until: Option<String>,
    /// At most this many (None: all).
    pub limit: Option<usize>,
}

/// The kind of a stored mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Entity,
    Timex,
    Quantity,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Entity => "entity",
            MentionKind::Timex => "timex",
            MentionKind::Quantity => "quantity",
        }
    }
    pub fn parse(s: &str) -> Option<MentionKind> {
        Some(match s {
            "entity" => MentionKind::Entity,
            "timex" => MentionKind::Timex,
            "quantity" => MentionKind::Quantity,
            _ => return None,
        })
    }
}

/// One mention of an extraction layer: a byte range of the document text and the kind's
/// fields (entity type and canonical name, timex value and mod, quantity value and unit...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    pub kind: MentionKind,
    pub start: usize,
    pub end: usize,
    pub payload: serde_json::Value,
}

/// A statement in the outlet's own voice (no attribution) that carries a counted figure:
/// stored as a claim whose source is the outlet and which has no attribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutletStatement {
    /// Byte offsets of the statement in the document text.
    pub span: model::Span,
    pub factuality: model::Factuality,
}

/// The source of an outlet's own statement when the document names no outlet.
pub const UNIDENTIFIED_OUTLET: &str = "unidentified outlet";

/// What extraction found in one document, stored with it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub mentions: Vec<MentionRow>,
    pub attributions: Vec<Attribution>,
    /// The outlet's own statements with a figure, each stored as an unattributed claim.
    pub outlet_statements: Vec<OutletStatement>,
}

impl Extraction {
    /// The stored form of the extraction layers: each entity, time and quantity becomes a
    /// mention row with its kind's fields as payload; attributions are kept whole.
    pub fn from_layers(
        entities: &[model::Entity],
        timexes: &[model::Timex],
        quantities: &[model::Quantity],
        attributions: Vec<Attribution>,
    ) -> Extraction {
        use serde_json::json;
        let mut mentions = Vec::with_capacity(entities.len() + timexes.len() + quantities.len());
        for e in entities {
            mentions.push(MentionRow {
                kind: MentionKind::Entity,
                start: e.span.start,
                end: e.span.end,
                payload: json!({"type": e.kind.as_str(), "canonical": e.canonical}),
            });
        }
        for t in timexes {
            mentions.push(MentionRow {
                kind: MentionKind::Timex,
                start: t.span.start,
                end: t.span.end,
                payload: json!({"type": t.kind.as_str(), "value": t.value, "mod": t.modifier}),
            });
        }
        for q in quantities {
            mentions.push(MentionRow {
                kind: MentionKind::Quantity,
                start: q.span.start,
                end: q.span.end,
                payload: quantity_payload(q),
            });
        }
        Extraction {
            mentions,
            attributions,
            outlet_statements: Vec::new(),
        }
    }

    /// The same, with the outlet's own statements given beside.
    pub fn with_outlet_statements(mut self, statements: Vec<OutletStatement>) -> Extraction {
        self.outlet_statements = statements;
        self
    }
}

/// A stored quantity's fields; `unit_from_context` only where it is set, so that rows
/// stored before the field existed read the same as new ones.
fn quantity_payload(q: &model::Quantity) -> serde_json::Value {
    let mut payload = serde_json::json!({
        "value": q.value, "high": q.high, "unit": q.unit, "approx": q.approx
    });
    if q.unit_from_context {
        payload["unit_from_context"] = serde_json::Value::Bool(true);
    }
    payload
}

/// Which claims [`Store::list_claims`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimFilter {
    /// Case-insensitive substring of the source's canonical name or of a relay's name.
    pub source: Option<String>,
    /// Case-insensitive text the claim's content must contain.
    pub about: Option<String>,
    /// Only claims of this document.
    pub doc_id: Option<String>,
    pub limit: Option<usize>,
}

/// A claim as stored: one attribution's statement, or one of the outlet's own statements
/// with a figure, with its evidence in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// `<doc id>#<attribution id>`, or `<doc id>#o<n>` for the outlet's own statements.
    pub id: String,
    pub doc_id: String,
    /// None for a statement in the outlet's own voice.
    pub attribution_id: Option<String>,
    /// True for a statement in the outlet's own voice: its source is the outlet (or
    /// [`UNIDENTIFIED_OUTLET`]), and it is in no attribution layer.
    #[serde(default)]
    pub unattributed: bool,
    pub source: String,
    pub relayed_by: Vec<String>,
    pub audience: Option<String>,
    /// When it was said (ISO date), where known.
    pub when: Option<String>,
    pub certainty: String,
    pub polarity: String,
    pub conditional: bool,
    pub direct: bool,
    pub anonymous: bool,
    pub kind: String,
    pub parent: Option<String>,
    /// The content's text, as evidence.
    pub content: String,
    /// Byte offsets of the content in the document text.
    pub evidence_start: usize,
    pub evidence_end: usize,
    /// Byte offsets of the pieces of the content where a cue or an aside interrupts it
    /// ("X peaked at 7.2 metres, the office said, more than ..."); empty when the content is
    /// one piece (outlets' own statements).
    #[serde(default)]
    pub fragments: Vec<[usize; 2]>,
    /// Byte offsets of the cue ("said", "is considering"); None for outlets' own statements.
    #[serde(default)]
    pub cue: Option<[usize; 2]>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// The document this one is a near duplicate of (the same wire story), if any.
    pub duplicate_of: Option<String>,
    /// Entities, quantities and times inside the content, as stored mentions.
    pub payload: serde_json::Value,
}

/// What [`Store::integrity_check`] found; empty when all is well.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntegrityReport {
    pub problems: Vec<String>,
}

impl IntegrityReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The ledger's storage operations. Object-safe: the CLI holds a `Box<dyn Store>`.
pub trait Store {
    /// Stores a batch of documents in one transaction, skipping exact duplicates and linking
    /// near duplicates (see the crate docs). Documents are handled in slice order, so a
    /// later one may be a duplicate of an earlier one in the same batch. An invalid
    /// document (empty id) fails the whole batch before anything is written.
    fn insert_documents(&mut self, docs: &[Document]) -> Result<BatchReport>;

    /// As [`Store::insert_documents`], and in the same transaction stores each document's
    /// extraction (mentions, attributions and one claim per attribution) when the document is
    /// stored now, or is already stored without one. A crash leaves the whole batch or
    /// nothing.
    fn insert_annotated(&mut self, docs: &[(Document, Extraction)]) -> Result<BatchReport>;

    /// The attributions stored for a document, in the order they were found.
    fn attributions(&self, doc_id: &str) -> Result<Vec<Attribution>>;

    /// The claims matching the filter, with their evidence text, by document publication
    /// date then position in the document.
    fn list_claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>>;

    /// The stored document with this id.
    fn get_document(&self, id: &str) -> Result<Option<StoredDocument>>;

    /// Summaries (no text) of the documents matching the filter, by publication date
    /// (undated last), then ingestion order.
    fn list_documents(&self, filter: &DocFilter) -> Result<Vec<DocSummary>>;

    /// Full-text search of titles and texts; `query` is plain words (all must occur, any
    /// order, case and diacritics ignored). Best matches first.
    fn search_documents(&self, query: &str, limit: usize) -> Result<Vec<DocSummary>>;

    /// The number of stored documents (near duplicates included).
    fn count_documents(&self) -> Result<u64>;

    /// Replaces all mentions of a document with `rows` (kept in the given order), in one
    /// transaction; calling it twice with the same rows changes nothing. Fails, writing
    /// nothing, when the document is unknown or a span is not on char boundaries inside
    /// its text.
    fn put_mentions(&mut self, doc_id: &str, rows: &[MentionRow]) -> Result<()>;

    /// The mentions of a document in the order they were put; empty when none were put.
    fn mentions(&self, doc_id: &str) -> Result<Vec<MentionRow>>;

    /// The ledger's revision: a counter that grows with every committed write that changes
    /// documents, extractions, mentions, attributions or claims, whichever connection or
    /// process made it, and stays the same across reads and across batches of exact
    /// duplicates that change nothing. Equal revisions mean the same ledger, so what was
    /// computed from it (a fused brief) can be reused. One indexed read.
    fn revision(&self) -> Result<u64>;

    /// Checks the storage's own consistency (for SQLite: `integrity_check`,
    /// `foreign_key_check` and the full-text index).
    fn integrity_check(&self) -> Result<IntegrityReport>;
}
