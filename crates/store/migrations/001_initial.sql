-- 001: the whole ledger schema, written up front so later stages only fill it.
-- Offsets (start/end) are UTF-8 byte offsets into documents.text, half-open [start, end).
-- Dates are ISO 8601 text, so they compare correctly as strings.
-- JSON columns hold serde_json text and are checked with json_valid().

-- One news report. Immutable once stored: id, text and metadata never change; only
-- duplicate_of/near_duplicate_score are set at insert time, never afterwards.
CREATE TABLE documents (
    -- ingestion order; stable across VACUUM (an INTEGER PRIMARY KEY is the rowid) and the
    -- rowid of the full-text index. "Earliest stored" means lowest seq.
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (id <> ''),
    title TEXT,
    published TEXT,
    source TEXT,
    url TEXT,
    format TEXT NOT NULL CHECK (format IN ('text', 'html', 'rss', 'atom', 'jsonl')),
    origin_path TEXT NOT NULL,
    origin_locator TEXT,
    text TEXT NOT NULL,
    -- SHA-256 (lower-case hex) of the normalized text: its lower-cased alphanumeric words
    -- joined by single spaces (see near_dup::normalized_text_hash).
    text_hash TEXT NOT NULL CHECK (length(text_hash) = 64),
    -- Unicode code points of text, so listings need not read the text itself.
    chars INTEGER NOT NULL CHECK (chars >= 0),
    -- normalized words in text; 0 means nothing to compare, so no text-based deduplication.
    words INTEGER NOT NULL CHECK (words >= 0),
    ingested_at TEXT NOT NULL,
    -- the earliest stored document of this near-duplicate group (always a group root:
    -- a document whose own duplicate_of is NULL), with the estimated Jaccard similarity.
    duplicate_of TEXT REFERENCES documents(id),
    near_duplicate_score REAL CHECK (near_duplicate_score BETWEEN 0.0 AND 1.0),
    CHECK ((duplicate_of IS NULL) = (near_duplicate_score IS NULL)),
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);

-- exact duplicates: one stored document per normalized text (texts with words only)
CREATE UNIQUE INDEX documents_text_hash ON documents(text_hash) WHERE words > 0;
-- lookups by outlet, by date, and "all copies of this story"
CREATE INDEX documents_source ON documents(source COLLATE NOCASE);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- full-text search over title and text (for `brief QUERY`), kept in step by triggers
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- MinHash signature of each document with words, to confirm LSH candidates.
-- scheme names the parameters (shingle size, permutations, bands) so a later change of
-- parameters can be detected and the signatures recomputed by a migration.
CREATE TABLE minhash_signatures (
    doc_id TEXT PRIMARY KEY NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    -- permutation minima, 8 bytes little-endian each
    signature BLOB NOT NULL
) WITHOUT ROWID;

-- LSH bands: documents sharing any (band, bucket) are near-duplicate candidates.
CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, doc_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_doc ON minhash_bands(doc_id);

-- One row per document whose mention layers were extracted (so "extracted, found nothing"
-- differs from "not extracted yet").
CREATE TABLE extractions (
    doc_id TEXT PRIMARY KEY NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    extracted_at TEXT NOT NULL
) WITHOUT ROWID;

-- Mentions: entities, timexes, quantities. payload holds the kind's fields (type,
-- canonical, value, mod, unit, approx, ...).
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES extractions(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'timex', 'quantity')),
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" >= start),
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    PRIMARY KEY (doc_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX mentions_kind ON mentions(kind, doc_id);

-- Attributions: one per reported statement (see shared/eval/FORMAT.md).
CREATE TABLE attributions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    -- the id within the document ("a3")
    local_id TEXT NOT NULL,
    -- canonical source name, or "anonymous: <description>"
    source TEXT NOT NULL,
    source_start INTEGER,
    source_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    -- JSON array of [start, end] byte ranges: the pieces of a quotation split by its cue
    content_fragments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(content_fragments)),
    direct INTEGER NOT NULL CHECK (direct IN (0, 1)),
    anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    certainty TEXT NOT NULL
        CHECK (certainty IN ('certain', 'probable', 'possible', 'underspecified')),
    polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative', 'underspecified')),
    conditional INTEGER NOT NULL CHECK (conditional IN (0, 1)),
    -- JSON array of canonical names, nearest the source last
    relayed_by TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(relayed_by)),
    audience TEXT,
    -- when it was said (ISO date)
    said_when TEXT,
    -- local_id of the enclosing attribution in the same document
    parent TEXT,
    kind TEXT CHECK (kind IN ('assertion', 'evaluation', 'intention', 'non-commitment', 'relay')),
    PRIMARY KEY (doc_id, local_id),
    FOREIGN KEY (doc_id, parent) REFERENCES attributions(doc_id, local_id),
    CHECK ((source_start IS NULL) = (source_end IS NULL) AND source_start <= source_end),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL) AND cue_start <= cue_end),
    CHECK (content_start <= content_end)
) WITHOUT ROWID;
CREATE INDEX attributions_source ON attributions(source COLLATE NOCASE);
CREATE INDEX attributions_parent ON attributions(doc_id, parent) WHERE parent IS NOT NULL;

-- Claims: what fusion works on, each backed by evidence offsets in one document.
CREATE TABLE claims (
    id TEXT PRIMARY KEY NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    -- the attribution that carries the claim, if any (an unattributed statement has none)
    attribution_id TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL CHECK (evidence_end >= evidence_start),
    -- canonical source name (copied from the attribution for indexing), or NULL
    source TEXT,
    -- when the claimed fact holds or was said (ISO), where known
    claim_time TEXT,
    -- figures and other structured content: {"numbers": [...], ...}
    payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    FOREIGN KEY (doc_id, attribution_id) REFERENCES attributions(doc_id, local_id)
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_attribution ON claims(doc_id, attribution_id)
    WHERE attribution_id IS NOT NULL;
CREATE INDEX claims_source ON claims(source COLLATE NOCASE);

-- Clusters: claims about the same thing, with their grade.
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    statement TEXT NOT NULL,
    credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
    confidence INTEGER CHECK (confidence BETWEEN 0 AND 100),
    grade_words TEXT,
    -- numbers, disagreements, independent source lines
    payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    created_at TEXT NOT NULL
);
CREATE TABLE cluster_members (
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (cluster_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX cluster_members_claim ON cluster_members(claim_id);
