//! The SQLite store through the `Store` trait: schema, duplicates, queries, mentions.

mod common;

use common::*;
use proptest::prelude::*;
use serde_json::json;
use store::near_dup::{self, NEAR_DUPLICATE_THRESHOLD};
use store::{DocFilter, Error, InsertStatus, MentionKind, MentionRow, SqliteStore, Store};

fn open_temp() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SqliteStore::open(dir.path().join("ledger.db")).expect("open");
    (dir, store)
}

fn statuses(report: &store::BatchReport) -> Vec<InsertStatus> {
    report.outcomes.iter().map(|o| o.status.clone()).collect()
}

#[test]
fn migrations_build_the_schema_from_an_empty_file() {
    let (dir, store) = open_temp();
    assert_eq!(
        store.schema_version().unwrap(),
        store::sqlite::SCHEMA_VERSION
    );
    assert_eq!(store.count_documents().unwrap(), 0);
    let raw = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
    let mode: String = raw
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    for table in [
        "documents",
        "documents_fts",
        "minhash_signatures",
        "minhash_bands",
        "extractions",
        "mentions",
        "attributions",
        "claims",
        "clusters",
        "cluster_members",
        "revision",
    ] {
        let n: i64 = raw
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "table {table} missing");
    }
    assert!(store.integrity_check().unwrap().is_ok());
}

#[test]
fn a_newer_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    drop(SqliteStore::open(&path).unwrap());
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.pragma_update(None, "user_version", 99).unwrap();
    drop(raw);
    match SqliteStore::open(&path) {
        Err(Error::SchemaTooNew { found, supported }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, store::sqlite::SCHEMA_VERSION);
        }
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("opened a database from the future"),
    }
}

#[test]
fn reopening_keeps_documents_and_mentions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let original = doc("rail-1", WIRE_ORIGINAL);
    {
        let mut store = SqliteStore::open(&path).unwrap();
        store
            .insert_documents(std::slice::from_ref(&original))
            .unwrap();
        let rows = [MentionRow {
            kind: MentionKind::Entity,
            start: 33,
            end: 40,
            payload: json!({"type": "GPE", "canonical": "Dunmore"}),
        }];
        store.put_mentions("rail-1", &rows).unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.count_documents().unwrap(), 1);
    let stored = store.get_document("rail-1").unwrap().expect("stored");
    assert_eq!(stored.document, original);
    assert_eq!(
        stored.text_hash,
        near_dup::normalized_text_hash(WIRE_ORIGINAL)
    );
    assert_eq!(stored.duplicate_of, None);
    assert_eq!(
        store.mentions("rail-1").unwrap()[0].payload["canonical"],
        "Dunmore"
    );
}

#[test]
fn exact_duplicates_are_stored_once() {
    let (_dir, mut store) = open_temp();
    let reformatted = WIRE_ORIGINAL
        .to_uppercase()
        .replace("\n\n", "   ")
        .replace(',', ";");
    let report = store
        .insert_documents(&[
            doc("a", WIRE_ORIGINAL),
            doc("b", WIRE_ORIGINAL), // same text, other id
            doc("c", &reformatted),  // same words, other case/punctuation/layout
            doc("a", WIRE_ORIGINAL), // same id again, same batch
            doc("a", UNRELATED),     // same id, other text
        ])
        .unwrap();
    assert_eq!(
        statuses(&report),
        vec![
            InsertStatus::Inserted,
            InsertStatus::SameText { of: "a".into() },
            InsertStatus::SameText { of: "a".into() },
            InsertStatus::SameId,
            InsertStatus::IdConflict,
        ]
    );
    assert_eq!(report.exact_duplicates(), 3);
    assert_eq!(report.conflicts(), 1);
    assert_eq!(store.count_documents().unwrap(), 1);
    assert_eq!(
        store.get_document("a").unwrap().unwrap().document.text,
        WIRE_ORIGINAL
    );
    assert!(store.get_document("b").unwrap().is_none());
}

#[test]
fn texts_without_words_are_deduplicated_by_id_only() {
    let (_dir, mut store) = open_temp();
    let report = store
        .insert_documents(&[
            doc("empty-1", ""),
            doc("empty-2", " -- "),
            doc("empty-1", ""),
        ])
        .unwrap();
    assert_eq!(
        statuses(&report),
        vec![
            InsertStatus::Inserted,
            InsertStatus::Inserted,
            InsertStatus::SameId
        ]
    );
    assert_eq!(store.count_documents().unwrap(), 2);
}

#[test]
fn near_duplicates_link_to_the_earliest_stored_copy() {
    let (_dir, mut store) = open_temp();
    store
        .insert_documents(&[doc("agency", WIRE_ORIGINAL), doc("museum", UNRELATED)])
        .unwrap();
    let report = store
        .insert_documents(&[
            doc("courier", WIRE_WITH_BYLINE),
            doc("gazette", WIRE_WITH_ADDED_SENTENCE),
            doc("herald", SAME_EVENT_OWN_REPORT),
        ])
        .unwrap();
    let outcome = statuses(&report);
    for (i, name) in ["courier", "gazette"].iter().enumerate() {
        match &outcome[i] {
            InsertStatus::NearDuplicate { of, similarity } => {
                assert_eq!(of, "agency", "{name}");
                assert!(
                    *similarity >= NEAR_DUPLICATE_THRESHOLD,
                    "{name}: {similarity}"
                );
                assert!(*similarity < 1.0, "{name}: {similarity}");
                let stored = store.get_document(name).unwrap().unwrap();
                assert_eq!(stored.duplicate_of.as_deref(), Some("agency"));
                assert_eq!(stored.near_duplicate_score, Some(*similarity));
            }
            other => panic!("{name} not linked: {other:?}"),
        }
    }
    assert_eq!(
        outcome[2],
        InsertStatus::Inserted,
        "another report of the event"
    );
    assert_eq!(report.near_duplicates(), 2);
    assert_eq!(
        store.count_documents().unwrap(),
        5,
        "near duplicates are kept"
    );
    let original = store.get_document("agency").unwrap().unwrap();
    assert_eq!(original.duplicate_of, None);
}

#[test]
fn a_copy_of_a_copy_joins_the_group_root() {
    let (_dir, mut store) = open_temp();
    // the byline copy arrives first, then the original, then a copy of the original:
    // all three end up pointing at the first one stored
    let report = store
        .insert_documents(&[
            doc("first", WIRE_WITH_BYLINE),
            doc("second", WIRE_ORIGINAL),
            doc("third", WIRE_WITH_ADDED_SENTENCE),
        ])
        .unwrap();
    let linked_to: Vec<Option<String>> = report
        .outcomes
        .iter()
        .map(|o| match &o.status {
            InsertStatus::NearDuplicate { of, .. } => Some(of.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        linked_to,
        vec![None, Some("first".into()), Some("first".into())]
    );
}

#[test]
fn reinserting_changes_nothing() {
    let (_dir, mut store) = open_temp();
    let batch = [
        doc("agency", WIRE_ORIGINAL),
        doc("courier", WIRE_WITH_BYLINE),
        doc("museum", UNRELATED),
    ];
    store.insert_documents(&batch).unwrap();
    let before: Vec<_> = batch
        .iter()
        .map(|d| store.get_document(&d.id).unwrap().unwrap())
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(5)); // a later clock, if it were read
    let again = store.insert_documents(&batch).unwrap();
    assert!(again
        .outcomes
        .iter()
        .all(|o| o.status == InsertStatus::SameId));
    let after: Vec<_> = batch
        .iter()
        .map(|d| store.get_document(&d.id).unwrap().unwrap())
        .collect();
    assert_eq!(before, after, "ingested_at and links unchanged");
    assert_eq!(store.count_documents().unwrap(), 3);
}

#[test]
fn an_invalid_batch_writes_nothing() {
    let (_dir, mut store) = open_temp();
    let result = store.insert_documents(&[doc("fine", WIRE_ORIGINAL), doc("", UNRELATED)]);
    assert!(matches!(result, Err(Error::Invalid(_))));
    assert_eq!(store.count_documents().unwrap(), 0);
}

#[test]
fn list_filters_by_source_dates_and_limit() {
    let (_dir, mut store) = open_temp();
    let mut a = doc("a", WIRE_ORIGINAL);
    a.source = Some("Süddeutsche Wire".into());
    a.published = Some("2024-10-23T08:15:00+02:00".into());
    let mut b = doc("b", UNRELATED);
    b.source = Some("Valley Courier".into());
    b.published = Some("2024-10-21".into());
    let mut c = doc("c", SAME_EVENT_OWN_REPORT);
    c.source = None;
    c.published = None;
    store.insert_documents(&[a, b, c]).unwrap();

    let ids = |filter: DocFilter| -> Vec<String> {
        store
            .list_documents(&filter)
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(
        ids(DocFilter::default()),
        ["b", "a", "c"],
        "by date, undated last"
    );
    let source = |s: &str| DocFilter {
        source: Some(s.into()),
        ..DocFilter::default()
    };
    assert_eq!(ids(source("SÜDDEUTSCHE")), ["a"], "Unicode case folding");
    assert_eq!(ids(source("courier")), ["b"]);
    assert!(ids(source("%")).is_empty(), "no LIKE wildcards");
    let until = |u: &str| DocFilter {
        until: Some(u.into()),
        ..DocFilter::default()
    };
    assert_eq!(
        ids(until("2024-10-23")),
        ["b", "a"],
        "until includes the whole day"
    );
    assert_eq!(ids(until("2024-10-22")), ["b"]);
    assert_eq!(ids(until("2024-10")), ["b", "a"]);
    let since = DocFilter {
        since: Some("2024-10-22".into()),
        ..DocFilter::default()
    };
    assert_eq!(ids(since), ["a"]);
    let limited = DocFilter {
        limit: Some(1),
        ..DocFilter::default()
    };
    assert_eq!(ids(limited), ["b"]);

    let summary = &store.list_documents(&source("Wire")).unwrap()[0];
    assert_eq!(summary.chars, WIRE_ORIGINAL.chars().count());
    assert_eq!(summary.format, model::SourceFormat::Jsonl);
    assert_eq!(summary.title.as_deref(), Some("Title of a"));
}

#[test]
fn search_finds_words_in_title_and_text() {
    let (_dir, mut store) = open_temp();
    let mut museum = doc("museum", UNRELATED);
    museum.title = Some("Glass floor reveals medieval well".into());
    store
        .insert_documents(&[doc("rail", WIRE_ORIGINAL), museum])
        .unwrap();
    let ids = |q: &str| -> Vec<String> {
        store
            .search_documents(q, 10)
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(ids("embankment Kell"), ["rail"]);
    assert_eq!(ids("GLASS reveals"), ["museum"], "title words, any case");
    assert!(ids("embankment museum").is_empty(), "all words required");
    assert!(ids("\"* OR NEAR(").is_empty(), "operators are plain words");
    assert!(ids("").is_empty());
}

#[test]
fn mentions_are_replaced_and_validated() {
    let (_dir, mut store) = open_temp();
    let text = "Kim’s envoy met officials in Seoul on 23 October.";
    store.insert_documents(&[doc("kim", text)]).unwrap();
    let seoul = text.find("Seoul").unwrap();
    let first = vec![
        MentionRow {
            kind: MentionKind::Entity,
            start: 0,
            end: 3,
            payload: json!({"type": "PERSON", "canonical": "Kim Jong Un"}),
        },
        MentionRow {
            kind: MentionKind::Entity,
            start: seoul,
            end: seoul + 5,
            payload: json!({"type": "GPE", "canonical": "Seoul"}),
        },
    ];
    assert!(store.mentions("kim").unwrap().is_empty());
    store.put_mentions("kim", &first).unwrap();
    store.put_mentions("kim", &first).unwrap();
    assert_eq!(store.mentions("kim").unwrap(), first, "idempotent");

    let date = text.find("23 October").unwrap();
    let second = vec![MentionRow {
        kind: MentionKind::Timex,
        start: date,
        end: date + "23 October".len(),
        payload: json!({"type": "DATE", "value": "2024-10-23"}),
    }];
    store.put_mentions("kim", &second).unwrap();
    assert_eq!(
        store.mentions("kim").unwrap(),
        second,
        "replaced, not appended"
    );

    // inside the curly apostrophe (bytes 3..6): refused, nothing changed
    let off_boundary = vec![MentionRow {
        kind: MentionKind::Entity,
        start: 0,
        end: 4,
        payload: json!({}),
    }];
    assert!(matches!(
        store.put_mentions("kim", &off_boundary),
        Err(Error::Invalid(_))
    ));
    assert_eq!(store.mentions("kim").unwrap(), second);
    assert!(matches!(
        store.put_mentions("nobody", &second),
        Err(Error::UnknownDocument(_))
    ));
    assert!(store.integrity_check().unwrap().is_ok());
}

#[test]
fn the_store_works_as_a_trait_object() {
    let dir = tempfile::tempdir().unwrap();
    let mut store: Box<dyn Store> = Box::new(SqliteStore::open(dir.path().join("x.db")).unwrap());
    let report = store.insert_documents(&[doc("m", UNRELATED)]).unwrap();
    assert_eq!(report.inserted(), 1);
    assert_eq!(store.count_documents().unwrap(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any text is stored and read back unchanged, and any char-boundary span of it is
    /// accepted as a mention.
    #[test]
    fn any_document_round_trips(text in "\\PC{0,300}", title in proptest::option::of("\\PC{0,20}"), cut in 0usize..400) {
        let (_dir, mut store) = open_temp();
        let mut d = doc("p", &text);
        d.title = title;
        let report = store.insert_documents(std::slice::from_ref(&d)).unwrap();
        prop_assert_eq!(report.inserted(), 1);
        let stored = store.get_document("p").unwrap().unwrap();
        prop_assert_eq!(&stored.document, &d);
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let row = MentionRow { kind: MentionKind::Quantity, start: 0, end, payload: json!({"value": 1}) };
        store.put_mentions("p", std::slice::from_ref(&row)).unwrap();
        prop_assert_eq!(store.mentions("p").unwrap(), vec![row]);
    }
}

#[test]
fn a_unit_read_from_context_is_kept_in_the_stored_payload() {
    let quantity = |unit_from_context| model::Quantity {
        span: model::Span::new(0, 2),
        value: 11.0,
        high: None,
        unit: Some("person".into()),
        approx: false,
        unit_from_context,
    };
    let rows =
        store::Extraction::from_layers(&[], &[], &[quantity(true), quantity(false)], Vec::new())
            .mentions;
    assert_eq!(rows[0].payload["unit_from_context"], true);
    assert!(
        rows[1].payload.get("unit_from_context").is_none(),
        "a stated unit stores as before: {:?}",
        rows[1].payload
    );
}
