//! The API against a real server on a loopback port.

mod common;

use common::{get, request, TestServer};
use std::collections::BTreeSet;

const TOKEN: &str = "test-token-7f3a";

fn config(dir: &tempfile::TempDir, token: Option<&str>) -> server::Config {
    let mut config = server::Config::new(dir.path().join("api.db"));
    config.token = token.map(String::from);
    config
}

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

/// A short report written for these tests.
const ARTICLE: &str = "Title: Ferry service resumes on the Orla strait\n\
Published: 2031-06-02\n\
Source: Test Harbour Times\n\
\n\
The harbour master, Ines Varga, said on Monday that 14 ferries would sail again by Friday.\n\
\"We have checked every berth,\" Varga said.\n";

#[test]
fn documents_are_ingested_listed_fetched_and_their_claims_listed() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(config(&dir, Some(TOKEN)));
    let auth = bearer();
    let answer = request(
        server.addr,
        "POST",
        "/api/documents?name=ferry.txt",
        &[("Authorization", &auth), ("Content-Type", "text/plain")],
        ARTICLE.as_bytes(),
    )
    .unwrap();
    assert_eq!(answer.status, 201, "{}", answer.text());
    let outcome = answer.json();
    assert_eq!(outcome["stored"], 1);
    let id = outcome["documents"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(outcome["documents"][0]["status"], "inserted");

    // The same upload again changes nothing: 200, a duplicate.
    let again = request(
        server.addr,
        "POST",
        "/api/documents?name=ferry.txt",
        &[("Authorization", &auth)],
        ARTICLE.as_bytes(),
    )
    .unwrap();
    assert_eq!(again.status, 200, "{}", again.text());
    assert_eq!(again.json()["duplicates"], 1);

    let list = get(server.addr, "/api/documents?source=harbour%20times").json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(
        get(server.addr, "/api/documents?since=2031-07-01")
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let found = get(server.addr, "/api/documents?q=ferries%20berth").json();
    assert_eq!(found[0]["id"], id.as_str());

    let doc = get(server.addr, &format!("/api/documents/{id}"));
    assert_eq!(doc.status, 200);
    let doc = doc.json();
    let text = doc["document"]["document"]["text"].as_str().unwrap();
    assert!(text.contains("14 ferries"));
    // Offsets are UTF-8 byte offsets on char boundaries.
    for m in doc["mentions"].as_array().unwrap() {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s < e);
    }
    assert!(!doc["attributions"].as_array().unwrap().is_empty());

    let claims = get(server.addr, &format!("/api/claims?doc={id}")).json();
    let claims = claims.as_array().unwrap();
    assert!(claims
        .iter()
        .any(|c| c["source"].as_str().unwrap().contains("Varga")));
    let none = get(server.addr, "/api/claims?source=nobody-at-all").json();
    assert!(none.as_array().unwrap().is_empty());

    // Ids with slashes (feed guids are URLs) are found, encoded or not.
    let slashed = request(
        server.addr,
        "POST",
        "/api/documents?name=one.jsonl",
        &[("Authorization", &auth)],
        b"{\"id\": \"https://example.test/a/b\", \"text\": \"The mayor said the bridge would reopen.\"}",
    )
    .unwrap();
    assert_eq!(slashed.status, 201, "{}", slashed.text());
    assert_eq!(
        get(server.addr, "/api/documents/https://example.test/a/b").status,
        200
    );
    assert_eq!(
        get(
            server.addr,
            "/api/documents/https%3A%2F%2Fexample.test%2Fa%2Fb"
        )
        .status,
        200
    );

    let missing = get(server.addr, "/api/documents/no-such-id");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"]["code"], "not_found");
}

#[test]
fn writes_need_a_configured_token() {
    let dir = tempfile::tempdir().unwrap();
    let open = TestServer::start(config(&dir, None));
    let refused = request(open.addr, "POST", "/api/documents", &[], ARTICLE.as_bytes()).unwrap();
    assert_eq!(refused.status, 403);
    let message = refused.json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("DOSSIER_TOKEN") && message.contains("--token-file"));
    // Reads stay open on loopback.
    assert_eq!(get(open.addr, "/api/documents").status, 200);
    drop(open);

    let guarded = TestServer::start(config(&dir, Some(TOKEN)));
    let missing = request(
        guarded.addr,
        "POST",
        "/api/documents",
        &[],
        ARTICLE.as_bytes(),
    )
    .unwrap();
    assert_eq!(missing.status, 401);
    let wrong = request(
        guarded.addr,
        "POST",
        "/api/documents",
        &[("Authorization", "Bearer not-the-token")],
        ARTICLE.as_bytes(),
    )
    .unwrap();
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.json()["error"]["code"], "unauthorized");
    assert_eq!(
        get(guarded.addr, "/api/documents")
            .json()
            .as_array()
            .unwrap()
            .len(),
        0,
        "refused writes stored nothing"
    );
}

#[test]
fn oversized_bodies_are_refused_with_413_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config(&dir, Some(TOKEN));
    config.max_body_bytes = 64 * 1024;
    let server = TestServer::start(config);
    let body = "word ".repeat(40 * 1024);
    let auth = bearer();
    let answer = request(
        server.addr,
        "POST",
        "/api/documents?name=big.txt",
        &[("Authorization", &auth)],
        body.as_bytes(),
    )
    .unwrap();
    assert_eq!(answer.status, 413, "{}", answer.text());
    assert_eq!(answer.json()["error"]["code"], "payload_too_large");
}

#[test]
fn bad_input_gets_clear_json_errors() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(config(&dir, Some(TOKEN)));
    let auth = bearer();
    // JSON that does not parse: nothing read, 422 with the record's error.
    let broken = request(
        server.addr,
        "POST",
        "/api/documents?name=broken.jsonl",
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
        ],
        b"{\"text\": \"unterminated",
    )
    .unwrap();
    assert_eq!(broken.status, 422, "{}", broken.text());
    let errors = broken.json()["errors"].clone();
    assert_eq!(errors[0]["kind"], "malformed");
    // One good line and one bad: 207, both reported.
    let mixed = request(
        server.addr,
        "POST",
        "/api/documents?name=mixed.jsonl",
        &[("Authorization", &auth)],
        b"{\"id\": \"m1\", \"text\": \"The mayor said the bridge would reopen.\"}\n{\"id\": \"m2\"}\n",
    )
    .unwrap();
    assert_eq!(mixed.status, 207, "{}", mixed.text());
    let mixed = mixed.json();
    assert_eq!(mixed["stored"], 1);
    assert_eq!(mixed["errors"][0]["locator"], "line 2");
    // A query string that does not parse, an unknown route, a wrong method, a bad format.
    for (method, path, status) in [
        ("GET", "/api/documents?limit=many", 400),
        ("GET", "/api/nothing-here", 404),
        ("DELETE", "/api/documents", 405),
        ("GET", "/api/brief?format=pdf", 400),
        ("GET", "/api/export?format=xls", 400),
    ] {
        let answer = request(server.addr, method, path, &[], b"").unwrap();
        assert_eq!(answer.status, status, "{method} {path}: {}", answer.text());
        let error = answer.json();
        assert_eq!(error["error"]["status"], status);
        assert!(!error["error"]["message"].as_str().unwrap().is_empty());
    }
}

#[test]
fn every_answer_carries_a_strict_content_security_policy() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(config(&dir, None));
    for path in ["/", "/assets/app.js", "/api/documents", "/nowhere"] {
        let answer = get(server.addr, path);
        let csp = answer.header("content-security-policy").unwrap_or("");
        assert!(csp.contains("default-src 'self'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
        assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
    }
    let page = get(server.addr, "/").text();
    assert!(page.contains("/assets/app.js"));
    assert!(!page.contains("<script>"), "no inline script in the page");
}

#[test]
fn brief_clusters_and_exports_of_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(config(&dir, Some(TOKEN)));
    assert!(common::ingest_examples(server.addr, TOKEN) >= 8);
    let brief = get(server.addr, "/api/brief");
    assert_eq!(brief.status, 200, "{}", brief.text());
    let brief = brief.json();
    let clusters = brief["clusters"].as_array().unwrap();
    assert!(!clusters.is_empty());
    assert!(
        clusters
            .iter()
            .any(|c| !c["disagreements"].as_array().unwrap().is_empty()),
        "the examples plant a disagreement on a figure"
    );
    let all = clusters.len();
    let narrowed = get(server.addr, "/api/clusters?q=spillway").json();
    assert!(narrowed.as_array().unwrap().len() < all);
    let csv = get(server.addr, "/api/export?format=csv");
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let stix = get(server.addr, "/api/export?format=stix").json();
    assert_eq!(stix["type"], "bundle");
    let html = get(server.addr, "/api/brief?format=html");
    assert!(html
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
}

#[test]
fn the_openapi_document_lists_exactly_the_routes() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(config(&dir, None));
    let served = get(server.addr, "/openapi.json").json();
    assert_eq!(
        served["openapi"].as_str().unwrap().chars().next(),
        Some('3')
    );
    let mut documented = BTreeSet::new();
    for (path, item) in served["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let routed: BTreeSet<(String, String)> = server::routes::route_list().into_iter().collect();
    assert_eq!(routed, documented);
    // And each documented GET route answers something other than "no such route".
    for (method, path) in &documented {
        if method != "get" {
            continue;
        }
        let concrete = path.replace("{file}", "app.css").replace("{id}", "x");
        let answer = get(server.addr, &concrete);
        let is_fallback = answer.status == 404 && answer.text().contains("no such route");
        assert!(!is_fallback, "{path} is documented but not routed");
    }
}
