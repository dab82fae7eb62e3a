//! The ledger's revision: what moves it, what leaves it, and who sees it move.
//!
//! Decided: a batch that stores nothing (exact duplicates, id conflicts, a failed batch)
//! leaves the revision as it was, so a server keeps its fused brief across a re-run ingest;
//! every `put_mentions` bumps it, even with the same rows (it rewrites them).

mod common;

use common::*;
use serde_json::json;
use store::{Extraction, MentionKind, MentionRow, SqliteStore, Store};

fn open_temp() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SqliteStore::open(dir.path().join("ledger.db")).expect("open");
    (dir, store)
}

#[test]
fn the_revision_moves_with_every_change_and_only_then() {
    let (_dir, mut store) = open_temp();
    let fresh = store.revision().unwrap();

    store.insert_documents(&[doc("a", WIRE_ORIGINAL)]).unwrap();
    let inserted = store.revision().unwrap();
    assert!(inserted > fresh, "an insert moves it");

    // Reads change nothing.
    store.count_documents().unwrap();
    store.get_document("a").unwrap();
    store.list_claims(&Default::default()).unwrap();
    store.search_documents("flooding", 5).unwrap();
    assert_eq!(store.revision().unwrap(), inserted);

    // Exact duplicates (same id, same text under another id) and an id conflict store
    // nothing: the revision stays.
    let report = store
        .insert_documents(&[
            doc("a", WIRE_ORIGINAL),
            doc("b", WIRE_ORIGINAL),
            doc("a", UNRELATED),
        ])
        .unwrap();
    assert_eq!(report.exact_duplicates(), 2);
    assert_eq!(report.conflicts(), 1);
    assert_eq!(store.revision().unwrap(), inserted, "duplicates changed it");

    // A failed batch rolls back its bump with the rest.
    assert!(store
        .insert_documents(&[doc("c", UNRELATED), doc("", UNRELATED)])
        .is_err());
    assert_eq!(store.revision().unwrap(), inserted);

    // A stored document's first extraction is a change, a repeat of it is none.
    let annotated = [(doc("a", WIRE_ORIGINAL), Extraction::default())];
    store.insert_annotated(&annotated).unwrap();
    let extracted = store.revision().unwrap();
    assert!(extracted > inserted, "the first extraction moves it");
    store.insert_annotated(&annotated).unwrap();
    assert_eq!(store.revision().unwrap(), extracted);

    // put_mentions rewrites the rows: always a change; a refused one is none.
    let rows = [MentionRow {
        kind: MentionKind::Entity,
        start: 0,
        end: 8,
        payload: json!({"type": "ORG", "canonical": "Flooding"}),
    }];
    store.put_mentions("a", &rows).unwrap();
    let mentioned = store.revision().unwrap();
    assert!(mentioned > extracted);
    assert!(store.put_mentions("nobody", &rows).is_err());
    assert_eq!(store.revision().unwrap(), mentioned);

    // A near duplicate is stored: a change.
    store
        .insert_documents(&[doc("byline", WIRE_WITH_BYLINE)])
        .unwrap();
    assert!(store.revision().unwrap() > mentioned);
}

#[test]
fn a_connection_sees_the_writes_of_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    // Both open before the write: SQLite's per-connection data_version would not tell the
    // reader about it until it read; the stored revision does.
    let reader = SqliteStore::open(&path).unwrap();
    let mut writer = SqliteStore::open(&path).unwrap();
    let before = reader.revision().unwrap();
    writer.insert_documents(&[doc("a", UNRELATED)]).unwrap();
    assert!(reader.revision().unwrap() > before);
    assert_eq!(reader.revision().unwrap(), writer.revision().unwrap());
}

#[test]
fn a_snapshot_reads_one_revision_whatever_commits_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let reader = SqliteStore::open(&path).unwrap();
    let mut writer = SqliteStore::open(&path).unwrap();
    writer.insert_documents(&[doc("a", UNRELATED)]).unwrap();
    let (seen, documents, seen_after_write) = reader
        .snapshot(|store| {
            let seen = store.revision()?;
            writer.insert_documents(&[doc("b", WIRE_ORIGINAL)])?;
            Ok((seen, store.count_documents()?, store.revision()?))
        })
        .unwrap();
    assert_eq!(
        seen_after_write, seen,
        "the write showed inside the snapshot"
    );
    assert_eq!(documents, 1);
    assert!(reader.revision().unwrap() > seen, "and shows after it");
    assert_eq!(reader.count_documents().unwrap(), 2);
}

#[test]
fn a_database_from_before_the_revision_opens_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        // The schema as the first version of the program left it: no revision table.
        let old = rusqlite::Connection::open(&path).unwrap();
        old.execute_batch(include_str!("../migrations/001_initial.sql"))
            .unwrap();
        old.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        store::sqlite::SCHEMA_VERSION
    );
    assert_eq!(store.revision().unwrap(), 0);
    store.insert_documents(&[doc("a", UNRELATED)]).unwrap();
    assert_eq!(store.revision().unwrap(), 1);
    assert!(store.integrity_check().unwrap().is_ok());
}
