//! SQLite connections for the handlers: a small pool of readers and one writer.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use store::{BatchReport, Extraction, SqliteStore, Store};

/// Idle reader connections kept for reuse; more may be open at once under load, the surplus
/// is closed when returned.
const MAX_IDLE_READERS: usize = 8;

/// The store's connections. Readers run in parallel (WAL); the writer is one connection
/// behind a mutex, so inserts are serialized in this process (and SQLite's `BEGIN
/// IMMEDIATE` serializes them against other processes, such as a CLI ingest).
pub struct Stores {
    path: PathBuf,
    idle: Mutex<Vec<SqliteStore>>,
    writer: Mutex<SqliteStore>,
}

impl Stores {
    /// Opens (creating or migrating) the database and its writer connection.
    pub fn open(path: &Path) -> store::Result<Stores> {
        let writer = SqliteStore::open(path)?;
        Ok(Stores {
            path: path.to_path_buf(),
            idle: Mutex::new(Vec::new()),
            writer: Mutex::new(writer),
        })
    }

    /// Runs `read` on a reader connection. Blocking: call from a blocking thread.
    pub fn read<T>(&self, read: impl FnOnce(&SqliteStore) -> store::Result<T>) -> store::Result<T> {
        // A poisoned lock only means another reader panicked holding it; the list is intact.
        let pooled = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => SqliteStore::open(&self.path)?,
        };
        let result = read(&conn);
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < MAX_IDLE_READERS {
            idle.push(conn);
        }
        result
    }

    /// Stores documents with their extractions in one transaction. Blocking.
    pub fn insert(&self, docs: &[(model::Document, Extraction)]) -> store::Result<BatchReport> {
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        writer.insert_annotated(docs)
    }
}
