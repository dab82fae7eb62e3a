//! Several connections on one file at once: readers beside a writer, two writers, and
//! several first openings racing to migrate.

mod common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use common::doc;
use store::{DocFilter, SqliteStore, Store};

const BATCH: usize = 10;
const BATCHES: usize = 20;

/// A text unique to (writer, batch, index) and unlike the others: its words come from a
/// small generator seeded by the triple.
fn distinct_text(writer: usize, batch: usize, index: usize) -> String {
    let mut state = (writer * 1_000_003 + batch * 1_009 + index + 1) as u64;
    let mut words = Vec::with_capacity(60);
    for _ in 0..60 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        words.push(format!("w{}", (state >> 40) % 5_000));
    }
    words.join(" ")
}

fn write_batches(path: &Path, writer: usize) {
    let mut store = SqliteStore::open(path).expect("writer opens");
    for batch in 0..BATCHES {
        let docs: Vec<_> = (0..BATCH)
            .map(|i| {
                doc(
                    &format!("w{writer}-b{batch}-d{i}"),
                    &distinct_text(writer, batch, i),
                )
            })
            .collect();
        let report = store.insert_documents(&docs).expect("batch commits");
        assert_eq!(report.inserted() + report.near_duplicates(), BATCH);
    }
}

#[test]
fn readers_see_whole_batches_while_a_writer_inserts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    drop(SqliteStore::open(&path).unwrap());
    let done = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let path = path.clone();
            let done = Arc::clone(&done);
            std::thread::spawn(move || {
                let store = SqliteStore::open(&path).expect("reader opens");
                let mut last = 0;
                let mut reads = 0usize;
                loop {
                    // read the flag first: a count taken after the writer finished must be final
                    let finished = done.load(Ordering::Acquire);
                    let count = store.count_documents().expect("count while writing") as usize;
                    assert_eq!(count % BATCH, 0, "a reader saw half a batch");
                    assert!(count >= last, "the count went down");
                    let listed = store.list_documents(&DocFilter::default()).unwrap();
                    assert!(listed.len() >= count, "listing lost documents");
                    if let Some(first) = listed.first() {
                        assert!(store.get_document(&first.id).unwrap().is_some());
                    }
                    last = count;
                    reads += 1;
                    if finished {
                        return (last, reads);
                    }
                }
            })
        })
        .collect();
    write_batches(&path, 0);
    done.store(true, Ordering::Release);
    for reader in readers {
        let (final_count, reads) = reader.join().expect("reader thread");
        assert_eq!(final_count, BATCH * BATCHES);
        assert!(reads >= 1);
    }
    let store = SqliteStore::open(&path).unwrap();
    assert!(store.integrity_check().unwrap().is_ok());
}

#[test]
fn two_writers_wait_for_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    drop(SqliteStore::open(&path).unwrap());
    let writers: Vec<_> = (1..=2)
        .map(|writer| {
            let path = path.clone();
            std::thread::spawn(move || write_batches(&path, writer))
        })
        .collect();
    for writer in writers {
        writer.join().expect("writer thread");
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(
        store.count_documents().unwrap() as usize,
        2 * BATCH * BATCHES
    );
    assert!(store.integrity_check().unwrap().is_ok());
}

#[test]
fn simultaneous_first_opens_migrate_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.db");
    let start = Arc::new(Barrier::new(4));
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                let store = SqliteStore::open(&path).expect("open during a migration race");
                store.schema_version().unwrap()
            })
        })
        .collect();
    for opener in openers {
        assert_eq!(opener.join().unwrap(), store::sqlite::SCHEMA_VERSION);
    }
}
