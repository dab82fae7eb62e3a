//! The fused brief is kept between requests only while the ledger is unchanged: writes
//! through the API and writes by another process (a CLI ingest into the same file) are seen
//! by the next request.

mod common;

use common::{get, request, TestServer};
use std::collections::BTreeSet;
use store::Store;

const TOKEN: &str = "fusion-test-token";

/// Short reports written for these tests, each with one clear attributed statement.
const FERRIES: &str = "Title: Ferry service resumes on the Orla strait\n\
Published: 2031-06-02\n\
Source: Test Harbour Times\n\
\n\
The harbour master, Ines Varga, said on Monday that 14 ferries would sail again by Friday.\n";

const BRIDGE: &str = "Title: Kell bridge stays shut\n\
Published: 2031-06-09\n\
Source: Test Valley Courier\n\
\n\
The county engineer, Tomas Reil, said that the Kell bridge would stay closed for 12 days.\n";

const CANAL: &str =
    "The lock keeper, Ada Brenn, said on Wednesday that 30 barges were waiting to pass the canal.";

/// The documents whose claims a fused view shows.
fn docs_in(clusters: &serde_json::Value) -> BTreeSet<String> {
    clusters
        .as_array()
        .expect("clusters")
        .iter()
        .flat_map(|c| c["claims"].as_array().unwrap().iter())
        .map(|claim| claim["doc"].as_str().unwrap().to_string())
        .collect()
}

fn brief_docs(server: &TestServer, query: &str) -> BTreeSet<String> {
    let brief = get(server.addr, &format!("/api/brief{query}"));
    assert_eq!(brief.status, 200, "{}", brief.text());
    docs_in(&brief.json()["clusters"])
}

fn post(server: &TestServer, name: &str, text: &str) -> String {
    let answer = request(
        server.addr,
        "POST",
        &format!("/api/documents?name={name}"),
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        text.as_bytes(),
    )
    .unwrap();
    assert_eq!(answer.status, 201, "{}", answer.text());
    answer.json()["documents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_write_through_the_api_is_in_the_next_brief() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = server::Config::new(dir.path().join("ledger.db"));
    config.token = Some(TOKEN.into());
    let server = TestServer::start(config);

    let ferries = post(&server, "ferries.txt", FERRIES);
    let first = get(server.addr, "/api/brief");
    assert_eq!(
        docs_in(&first.json()["clusters"]),
        BTreeSet::from([ferries.clone()])
    );
    // Asked again with nothing written: the same brief, byte for byte.
    assert_eq!(get(server.addr, "/api/brief").body, first.body);
    // A period is part of what is kept: a later start leaves the ferries out.
    assert!(brief_docs(&server, "?since=2031-06-05").is_empty());
    // The export of the same revision holds the same claims.
    let csv = get(server.addr, "/api/export?format=csv").text();
    assert!(csv.contains(&ferries) && !csv.contains("Reil"), "{csv}");

    let bridge = post(&server, "bridge.txt", BRIDGE);
    let expected = BTreeSet::from([ferries.clone(), bridge.clone()]);
    assert_eq!(
        brief_docs(&server, ""),
        expected,
        "the brief kept the old ledger"
    );
    assert_eq!(
        brief_docs(&server, "?since=2031-06-05"),
        BTreeSet::from([bridge.clone()])
    );
    assert_eq!(
        docs_in(&get(server.addr, "/api/clusters").json()),
        expected,
        "the clusters kept the old ledger"
    );
    let csv = get(server.addr, "/api/export?format=csv").text();
    assert!(
        csv.contains(&bridge),
        "the export kept the old ledger: {csv}"
    );
    // A query narrows the kept brief without narrowing it for the next request.
    assert_eq!(brief_docs(&server, "?q=reil"), BTreeSet::from([bridge]));
    assert_eq!(brief_docs(&server, ""), expected);

    // Posting a document already stored changes nothing, and the brief stays the same.
    let again = request(
        server.addr,
        "POST",
        "/api/documents?name=ferries.txt",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        FERRIES.as_bytes(),
    )
    .unwrap();
    assert_eq!(again.status, 200, "{}", again.text());
    assert_eq!(brief_docs(&server, ""), expected);
}

#[test]
fn a_write_by_another_connection_is_in_the_next_brief() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let mut config = server::Config::new(&db);
    config.token = Some(TOKEN.into());
    let server = TestServer::start(config);
    let ferries = post(&server, "ferries.txt", FERRIES);
    assert_eq!(brief_docs(&server, ""), BTreeSet::from([ferries.clone()]));

    // As `dossier ingest` would, from another connection to the same file.
    let mut cli = store::SqliteStore::open(&db).unwrap();
    let canal = model::Document {
        id: "cli-canal".into(),
        text: CANAL.into(),
        title: Some("Barges wait at the canal".into()),
        published: Some("2031-06-11".into()),
        source: Some("Test Canal Gazette".into()),
        url: None,
        format: model::SourceFormat::Text,
        origin: model::Origin {
            path: "canal.txt".into(),
            locator: None,
        },
    };
    let extraction = server::pipeline::extraction(&canal).expect("annotated");
    assert!(!extraction.attributions.is_empty(), "no statement to fuse");
    let report = cli.insert_annotated(&[(canal, extraction)]).unwrap();
    assert_eq!(report.inserted(), 1);
    drop(cli);

    assert_eq!(
        brief_docs(&server, ""),
        BTreeSet::from([ferries, "cli-canal".to_string()]),
        "the brief missed a write by another process"
    );
}
