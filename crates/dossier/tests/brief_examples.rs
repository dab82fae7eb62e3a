//! The brief of our own fictional examples (docs/examples.md): every planted disagreement
//! and wire copy shows, and nothing that is not in the text. Ingests examples/ through the
//! binary and reads the brief as JSON.

mod common;

use std::path::PathBuf;

use common::{dossier, examples, json};

use serde_json::Value;
use store::Store;

/// The examples ingested into a fresh store, and the fused brief as JSON.
fn brief() -> (tempfile::TempDir, PathBuf, Value) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ex.db");
    let ex = examples();
    let out = dossier(&db, &["ingest", ex.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = dossier(&db, &["brief", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let brief = json(&out);
    (dir, db, brief)
}

fn clusters(brief: &Value) -> &Vec<Value> {
    brief["clusters"].as_array().expect("clusters")
}

fn actor(claim: &Value) -> &str {
    claim["actor"].as_str().unwrap_or("")
}

/// Which side of the evacuee count a source is on, by name.
fn evacuee_side(name: &str) -> Option<&'static str> {
    if name.contains("Varga") || name.contains("Ministry of the Interior") {
        Some("ministry")
    } else if name.contains("Red Lantern") {
        Some("relief society")
    } else if name.contains("provincial government") {
        Some("province")
    } else {
        None
    }
}

fn evacuee_cluster(brief: &Value) -> &Value {
    clusters(brief)
        .iter()
        .find(|c| {
            c["claims"].as_array().unwrap().iter().any(|cl| {
                evacuee_side(actor(cl)) == Some("province")
                    && cl["text"].as_str().unwrap_or("").contains("evacuated")
            })
        })
        .expect("a cluster holds the provincial government's evacuee figure")
}

#[test]
fn the_three_evacuee_disagreements_are_between_the_right_sources() {
    let (_dir, _db, brief) = brief();
    let cluster = evacuee_cluster(&brief);
    let claims = cluster["claims"].as_array().unwrap();
    let mut pairs: Vec<(String, String)> = cluster["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let between = d["between"].as_array().unwrap();
            let side = |k: usize| {
                let i = between[k].as_u64().unwrap() as usize;
                evacuee_side(actor(&claims[i]))
                    .unwrap_or("other")
                    .to_string()
            };
            let (a, b) = (side(0), side(1));
            if a <= b {
                (a, b)
            } else {
                (b, a)
            }
        })
        .collect();
    // A headline and its body give one figure: the same pair of sides, listed once here.
    pairs.sort();
    pairs.dedup();
    let expected: Vec<(String, String)> = [
        ("ministry", "province"),
        ("ministry", "relief society"),
        ("province", "relief society"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(pairs, expected, "{:#}", cluster["disagreements"]);
    // The ministry's restatement joins the cluster and is not its own confirmation.
    let ministry_claims = claims
        .iter()
        .filter(|cl| evacuee_side(actor(cl)) == Some("ministry"))
        .count();
    assert!(
        ministry_claims >= 2,
        "Varga and the ministry statement: {ministry_claims}"
    );
    let lines = cluster["independent_sources"].as_array().unwrap();
    let ministry_lines = lines
        .iter()
        .filter(|l| {
            l.as_array()
                .unwrap()
                .iter()
                .any(|n| evacuee_side(n.as_str().unwrap_or("")) == Some("ministry"))
        })
        .count();
    assert_eq!(ministry_lines, 1, "one ministry line: {lines:?}");
}

#[test]
fn the_wire_pair_is_one_line_listed_as_copies() {
    let (_dir, _db, brief) = brief();
    let cluster = evacuee_cluster(&brief);
    let claims = cluster["claims"].as_array().unwrap();
    let society: Vec<&Value> = claims
        .iter()
        .filter(|cl| evacuee_side(actor(cl)) == Some("relief society"))
        .collect();
    assert!(society.len() >= 2, "the society's figure in both copies");
    // The wire story's statement, word for word in two documents: one statement, the rest
    // copies of it. (A later report that the society "has put the number of evacuees at
    // 6,500" is its own statement of the figure, no copy.)
    let mut by_text: std::collections::BTreeMap<&str, Vec<&Value>> = Default::default();
    for claim in &society {
        by_text
            .entry(claim["text"].as_str().unwrap_or(""))
            .or_default()
            .push(claim);
    }
    let repeated: Vec<&Vec<&Value>> = by_text.values().filter(|same| same.len() >= 2).collect();
    assert!(!repeated.is_empty(), "the wire statement in two documents");
    for same in repeated {
        let copies = same
            .iter()
            .filter(|cl| !cl["copy_of_claim"].is_null())
            .count();
        assert_eq!(
            copies,
            same.len() - 1,
            "one statement, the rest copies of it"
        );
    }
    let restated = society
        .iter()
        .find(|cl| {
            cl["text"]
                .as_str()
                .unwrap_or("")
                .contains("number of evacuees")
        })
        .expect("the daily post's own statement of the society's figure");
    assert!(
        restated["copy_of_claim"].is_null(),
        "a later report's own statement is no copy"
    );
    for c in clusters(&brief) {
        for r in c["grade"]["reasons"].as_array().unwrap() {
            let r = r.as_str().unwrap();
            assert!(
                !(r.contains("Tallis") && r.contains("wire story")),
                "a relay is not a wire copy: {r}"
            );
        }
    }
}

#[test]
fn the_death_toll_rises_and_the_late_two_is_outdated() {
    let (_dir, _db, brief) = brief();
    let cluster = clusters(&brief)
        .iter()
        .find(|c| {
            c["series"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["scope"] == "died")
        })
        .expect("a cluster with the course of the death toll");
    let series = cluster["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["scope"] == "died")
        .unwrap();
    let values: Vec<f64> = series["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, [2.0, 3.0], "{series:#}");
    assert!(
        cluster["disagreements"].as_array().unwrap().is_empty(),
        "a rising toll is no disagreement: {:#}",
        cluster["disagreements"]
    );
    let claims = cluster["claims"].as_array().unwrap();
    let civic: Vec<&Value> = claims
        .iter()
        .filter(|cl| cl["outlet"].as_str().unwrap_or("").contains("Civic Watch"))
        .collect();
    assert!(
        !civic.is_empty(),
        "Civic Watch's own 'killed two people' is in the cluster"
    );
    assert!(
        civic.iter().all(|cl| cl["status"] == "outdated"),
        "{civic:?}"
    );
    assert!(civic.iter().all(|cl| cl["unattributed"] == true));
    let outdated = cluster["outdated"].as_array().unwrap();
    assert!(!outdated.is_empty());
    let newer = outdated[0]["newer_claim"].as_u64().unwrap() as usize;
    assert!(
        claims[newer]["text"]
            .as_str()
            .unwrap()
            .contains("third death"),
        "the evidence of the newer figure: {}",
        claims[newer]["text"]
    );
}

#[test]
fn no_statement_is_a_lower_case_or_pronoun_fragment() {
    let (_dir, _db, brief) = brief();
    let object_pronouns = ["her", "him", "them", "us", "me"];
    for c in clusters(&brief) {
        let statement = c["statement"].as_str().unwrap();
        let first = statement.chars().find(|ch| ch.is_alphanumeric());
        assert!(
            first.is_none_or(|ch| !ch.is_lowercase()),
            "lower-case statement: {statement}"
        );
        let words: Vec<String> = statement
            .split_whitespace()
            .take(2)
            .map(|w| w.to_lowercase())
            .collect();
        if words.len() == 2 {
            assert!(
                !(object_pronouns.contains(&words[0].as_str()) && words[1] == "that"),
                "pronoun fragment: {statement}"
            );
        }
    }
}

#[test]
fn every_claims_evidence_offsets_slice_to_its_content() {
    let (_dir, db, brief) = brief();
    let store = store::SqliteStore::open(&db).unwrap();
    let rows = store.list_claims(&store::ClaimFilter::default()).unwrap();
    assert!(
        rows.iter().any(|r| r.unattributed),
        "outlet statements are stored"
    );
    for row in &rows {
        let doc = store.get_document(&row.doc_id).unwrap().unwrap().document;
        assert_eq!(
            doc.text.get(row.evidence_start..row.evidence_end),
            Some(row.content.as_str()),
            "claim {}",
            row.id
        );
        assert_eq!(row.unattributed, row.attribution_id.is_none());
    }
    // In the brief, code-point spans of the content give the claim's text.
    for c in clusters(&brief) {
        for cl in c["claims"].as_array().unwrap() {
            let doc = store
                .get_document(cl["doc"].as_str().unwrap())
                .unwrap()
                .unwrap()
                .document;
            let (s, e) = (
                cl["content_span"]["start"].as_u64().unwrap() as usize,
                cl["content_span"]["end"].as_u64().unwrap() as usize,
            );
            let slice: String = doc.text.chars().skip(s).take(e - s).collect();
            let one_line = slice.split_whitespace().collect::<Vec<_>>().join(" ");
            let fragments = cl["fragments"].as_array().unwrap();
            if fragments.is_empty() {
                assert_eq!(one_line, cl["text"].as_str().unwrap(), "claim {}", cl["id"]);
                continue;
            }
            // Pieces: each inside the content, and the text is their words in order.
            let text = cl["text"].as_str().unwrap();
            let pieces: Vec<&str> = text.split(" \u{2026} ").collect();
            assert_eq!(pieces.len(), fragments.len(), "claim {}: {text}", cl["id"]);
            for (f, piece) in fragments.iter().zip(&pieces) {
                let (fs, fe) = (
                    f["start"].as_u64().unwrap() as usize,
                    f["end"].as_u64().unwrap() as usize,
                );
                assert!(s <= fs && fs <= fe && fe <= e, "claim {}", cl["id"]);
                let slice: String = doc.text.chars().skip(fs).take(fe - fs).collect();
                let slice = slice.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    slice.contains(piece),
                    "claim {}: {piece:?} in {slice:?}",
                    cl["id"]
                );
            }
        }
    }
}

#[test]
fn each_claim_keeps_the_entity_type_of_its_named_source() {
    let (_dir, db, _brief) = brief();
    let store = store::SqliteStore::open(&db).unwrap();
    let rows = store.list_claims(&store::ClaimFilter::default()).unwrap();
    let type_of = |source: &str| -> Vec<Option<String>> {
        rows.iter()
            .filter(|r| r.source == source)
            .map(|r| r.payload["source_type"].as_str().map(String::from))
            .collect()
    };
    let person = type_of("Selma Varga");
    assert!(!person.is_empty() && person.iter().all(|t| t.as_deref() == Some("PERSON")));
    let body = type_of("Dunmere Basin Water Authority");
    assert!(!body.is_empty() && body.iter().all(|t| t.as_deref() == Some("ORG")));
    for row in rows.iter().filter(|r| r.anonymous || r.unattributed) {
        assert!(row.payload.get("source_type").is_none(), "{}", row.id);
    }
}

#[test]
fn outlet_statements_are_not_in_the_attributions_layer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let file = examples().join("2025-03-07-estavia-daily-post.txt");
    let out = dossier(
        &db,
        &[
            "extract",
            file.to_str().unwrap(),
            "--layers",
            "attributions",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json(&out);
    let docs = docs.as_array().expect("a list of documents");
    for d in docs {
        for a in d["attributions"].as_array().unwrap() {
            let content = a["content_span"]["text"].as_str().unwrap_or("");
            assert!(
                !content.starts_with("Three people have died"),
                "the outlet's own statement is no attribution: {content}"
            );
        }
    }
}

/// Every claim of every cluster, with its cluster.
fn all_claims(brief: &Value) -> Vec<(&Value, &Value)> {
    clusters(brief)
        .iter()
        .flat_map(|c| {
            c["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |cl| (c, cl))
        })
        .collect()
}

fn text_of(claim: &Value) -> &str {
    claim["text"].as_str().unwrap_or("")
}

#[test]
fn an_earlier_toll_is_superseded_not_confirmed() {
    let (_dir, _db, brief) = brief();
    let (cluster, first) = all_claims(&brief)
        .into_iter()
        .find(|(_, cl)| actor(cl) == "police" && text_of(cl).contains("Two people have died"))
        .expect("the police's first toll");
    assert_eq!(first["status"], "superseded", "{first:#}");
    let by = first["superseded_by"].as_str().unwrap_or("");
    assert!(by.starts_with("by 3 on 2025-03-05"), "{by}");
    let superseded = cluster["superseded"].as_array().unwrap();
    assert_eq!(superseded.len(), 1, "{superseded:?}");
    // The grade is about the current figure: the lines that confirm give three.
    assert_eq!(cluster["grade"]["credibility"], 1);
    for cl in cluster["claims"].as_array().unwrap() {
        if cl["status"] == "confirmed" {
            assert!(!text_of(cl).contains("Two"), "{cl:#}");
        }
    }
}

#[test]
fn a_statement_interrupted_by_its_cue_is_shown_in_pieces() {
    let (_dir, _db, brief) = brief();
    let (cluster, crest) = all_claims(&brief)
        .into_iter()
        .find(|(_, cl)| text_of(cl).contains("peaked at 7.2 metres"))
        .expect("the weather office's crest");
    let text = text_of(crest);
    assert!(
        !text.contains("said"),
        "the cue is not part of the content: {text}"
    );
    assert!(
        text.contains(" \u{2026} more than two metres above flood stage"),
        "{text}"
    );
    assert_eq!(crest["fragments"].as_array().unwrap().len(), 2);
    // The content span still runs from the first piece to the last.
    let span = &crest["content_span"];
    assert!(span["end"].as_u64() > crest["fragments"][0]["end"].as_u64());
    let statement = cluster["statement"].as_str().unwrap();
    assert!(!statement.contains("said,"), "{statement}");
}

#[test]
fn a_quote_and_a_report_sharing_a_town_and_an_arrival_word_stay_apart() {
    let (_dir, _db, brief) = brief();
    let (cluster, _) = all_claims(&brief)
        .into_iter()
        .find(|(_, cl)| actor(cl).contains("Hana Moritz"))
        .expect("the evacuee's quote");
    for cl in cluster["claims"].as_array().unwrap() {
        assert!(
            !text_of(cl).contains("rescuers arrived"),
            "joined with the rescue team: {cl:#}"
        );
    }
}

#[test]
fn the_toll_cluster_lists_only_its_counted_thing() {
    let (_dir, _db, brief) = brief();
    let cluster = clusters(&brief)
        .iter()
        .find(|c| {
            c["series"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["scope"] == "died")
        })
        .expect("the toll cluster");
    for f in cluster["numbers"].as_array().unwrap() {
        assert_eq!(f["unit"], "person", "{f:#}");
    }
    // The other figure stays in its claim's text.
    assert!(cluster["claims"]
        .as_array()
        .unwrap()
        .iter()
        .any(|cl| text_of(cl).contains("14 large dams")));
}

#[test]
fn intentions_are_named_neutrally_unless_the_cue_deliberates() {
    let (_dir, _db, brief) = brief();
    let mut intentions = 0;
    for (_, cl) in all_claims(&brief) {
        if cl["kind"] != "intention" {
            continue;
        }
        intentions += 1;
        let stance = cl["stance"].as_str().unwrap();
        if text_of(cl).contains("dropped plans") || text_of(cl).contains("committee") {
            assert!(!stance.contains("considering"), "{stance}: {}", text_of(cl));
            assert!(stance.contains("(intention)"), "{stance}");
        }
    }
    assert!(intentions > 0, "the examples hold intentions");
}

#[test]
fn a_headline_figure_joins_the_cluster_of_its_count() {
    let (_dir, _db, brief) = brief();
    let cluster = evacuee_cluster(&brief);
    let headline = cluster["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|cl| text_of(cl).starts_with("4,000 evacuated"));
    assert!(
        headline.is_some(),
        "the headline joins: {:#}",
        cluster["claims"]
    );
    // Its figure is the minister's figure, not a figure of its own.
    let fours: Vec<&Value> = cluster["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["value"] == 4000.0)
        .collect();
    assert_eq!(fours.len(), 1, "{fours:?}");
    assert_eq!(fours[0]["unit"], "person");
}

#[test]
fn a_unit_read_from_context_reaches_the_brief_marked() {
    // "shelters held nearly 2,400 at the peak": the quantity layer reads "people" from the
    // sentence; the store, the ledger and fusion keep the mark.
    let (_dir, _db, brief) = brief();
    let figures: Vec<&Value> = clusters(&brief)
        .iter()
        .flat_map(|c| c["numbers"].as_array().into_iter().flatten())
        .collect();
    let peak = figures
        .iter()
        .find(|f| f["value"] == 2400.0)
        .expect("the shelters' peak figure");
    assert_eq!(peak["unit"], "person");
    assert_eq!(peak["unit_from_context"], true, "{peak}");
    let stated = figures
        .iter()
        .find(|f| f["value"] == 6500.0)
        .expect("the Red Lantern count");
    assert!(stated.get("unit_from_context").is_none(), "{stated}");
}
