//! Crash safety: a child process (this test binary, re-executed in a child role) inserts
//! batches in a loop and is killed with SIGKILL mid-way, several times over the same file.
//! After each kill the database must pass its integrity checks, hold only whole batches,
//! and every stored document must be whole.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use store::near_dup;
use store::{SqliteStore, Store};

/// Selects the child role; its value is the database path.
const CHILD_ENV: &str = "DOSSIER_STORE_CRASH_CHILD";
/// Documents per batch; big enough that a transaction takes a while to write.
const BATCH: usize = 40;
const KILL_ROUNDS: usize = 4;

/// A unique text of a few hundred words, unlike every other one generated.
fn generated_text(seq: usize) -> String {
    let mut state = seq as u64 + 0x5eed;
    let mut text = String::with_capacity(2_000);
    for i in 0..300 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        text.push_str(&format!("word{} ", (state >> 33) % 20_000));
        if i % 40 == 39 {
            text.push_str("\n\n");
        }
    }
    text
}

/// The child: inserts batches forever, continuing after what is stored.
fn child_inserts_until_killed(path: &Path) -> ! {
    let mut store = SqliteStore::open(path).expect("child opens the database");
    let mut next = store.count_documents().expect("count") as usize;
    loop {
        let docs: Vec<_> = (next..next + BATCH)
            .map(|n| common::doc(&format!("crash-{n}"), &generated_text(n)))
            .collect();
        let report = store.insert_documents(&docs).expect("batch commits");
        assert_eq!(report.inserted() + report.near_duplicates(), BATCH);
        next += BATCH;
    }
}

/// Every stored document is whole: all fields present, the hash matches the text, its
/// MinHash signature and all its bands are there, and the full-text index knows it.
fn assert_every_document_whole(path: &Path) {
    let raw = rusqlite::Connection::open(path).unwrap();
    let mut stmt = raw
        .prepare(
            "SELECT d.id, d.title, d.published, d.source, d.url, d.origin_path, d.text, \
             d.text_hash, d.chars, d.ingested_at, \
             (SELECT count(*) FROM minhash_signatures s WHERE s.doc_id = d.id), \
             (SELECT count(*) FROM minhash_bands b WHERE b.doc_id = d.id), \
             (SELECT count(*) FROM documents_fts f WHERE f.rowid = d.seq) \
             FROM documents d",
        )
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let id: String = r.get(0).unwrap();
        for column in 1..=5 {
            let value: Option<String> = r.get(column).unwrap();
            assert!(
                value.is_some_and(|v| !v.is_empty()),
                "{id}: column {column} empty"
            );
        }
        let text: String = r.get(6).unwrap();
        let hash: String = r.get(7).unwrap();
        let chars: i64 = r.get(8).unwrap();
        assert_eq!(hash, near_dup::normalized_text_hash(&text), "{id}: hash");
        assert_eq!(chars as usize, text.chars().count(), "{id}: chars");
        let n: usize = id.trim_start_matches("crash-").parse().expect("child's id");
        assert_eq!(text, generated_text(n), "{id}: text");
        assert!(
            !r.get::<_, String>(9).unwrap().is_empty(),
            "{id}: ingested_at"
        );
        assert_eq!(r.get::<_, i64>(10).unwrap(), 1, "{id}: signature");
        assert_eq!(
            r.get::<_, i64>(11).unwrap() as usize,
            near_dup::BANDS,
            "{id}: bands"
        );
        assert_eq!(r.get::<_, i64>(12).unwrap(), 1, "{id}: full-text row");
    }
}

#[test]
fn killed_ingest_leaves_only_whole_batches() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        child_inserts_until_killed(Path::new(&path));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    drop(SqliteStore::open(&path).unwrap());
    let exe = std::env::current_exe().expect("test binary path");
    let mut stored_before = 0u64;
    for round in 0..KILL_ROUNDS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "killed_ingest_leaves_only_whole_batches",
                "--nocapture",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn the child");
        // let it commit a few batches, then kill it at whatever point it has reached
        let observer = SqliteStore::open(&path).unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        let wanted = stored_before + 3 * BATCH as u64;
        while observer.count_documents().unwrap() < wanted {
            assert!(
                Instant::now() < deadline,
                "round {round}: the child made no progress"
            );
            if let Some(status) = child.try_wait().unwrap() {
                panic!("round {round}: the child exited by itself: {status}");
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_millis(7 * round as u64 + 3));
        child.kill().expect("SIGKILL the child");
        child.wait().unwrap();
        drop(observer);

        let store = SqliteStore::open(&path).expect("reopen after the crash");
        let report = store.integrity_check().unwrap();
        assert!(report.is_ok(), "round {round}: {:?}", report.problems);
        let count = store.count_documents().unwrap();
        assert_eq!(
            count % BATCH as u64,
            0,
            "round {round}: a partial batch survived"
        );
        assert!(
            count >= wanted,
            "round {round}: committed batches were lost"
        );
        assert_every_document_whole(&path);
        stored_before = count;
    }
}
