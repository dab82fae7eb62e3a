//! A STIX 2.1 bundle of the fused brief: an `identity` per source (with a `location` and a
//! `located-at` relationship where its country is known), a `note` per claim carrying the
//! claim's fields as `x_dossier_*` custom properties, an `opinion` (neutral) per
//! non-commitment, `related-to` relationships between agreeing and disagreeing claims, a
//! `grouping` per cluster with its confidence, and a `report` per document.
//!
//! Ids are UUIDv5 (the STIX 2.1 namespace, as the `stix2` library uses) over the object's
//! type and content; timestamps come from publication dates. Exporting the same ledger twice
//! gives the same bundle.

use std::collections::BTreeMap;

use fuse::{DocInput, Fused, Status};
use serde_json::{json, Value};

use crate::sha1::uuid5;

/// The namespace of STIX 2.1 deterministic identifiers (STIX 2.1 section 2.9).
const STIX_NAMESPACE: [u8; 16] = [
    0x00, 0xab, 0xed, 0xb4, 0xaa, 0x42, 0x46, 0x6c, 0x9c, 0x01, 0xfe, 0xd2, 0x33, 0x15, 0xa9, 0xb7,
];

/// Used where a document has no date: a fixed time keeps the bundle stable.
const UNDATED: &str = "1970-01-01T00:00:00.000Z";

fn id(kind: &str, content: &str) -> String {
    format!(
        "{kind}--{}",
        uuid5(&STIX_NAMESPACE, &format!("{kind}|{content}"))
    )
}

/// A STIX timestamp from an ISO date or date-time prefix.
fn timestamp(date: Option<&str>) -> String {
    let Some(d) = date else {
        return UNDATED.to_string();
    };
    let day = d.get(..10).unwrap_or("");
    let valid = day.len() == 10
        && day.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if valid {
        format!("{day}T00:00:00.000Z")
    } else {
        UNDATED.to_string()
    }
}

/// The bundle of a fused brief over its documents.
pub fn stix_bundle(docs: &[DocInput], fused: &Fused) -> Value {
    let mut objects: Vec<Value> = Vec::new();
    let mut identities: BTreeMap<String, String> = BTreeMap::new();
    let mut locations: BTreeMap<String, String> = BTreeMap::new();
    let doc_index: BTreeMap<&str, &DocInput> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    let earliest = docs
        .iter()
        .filter_map(|d| d.published.as_deref())
        .min()
        .map(|d| timestamp(Some(d)))
        .unwrap_or_else(|| UNDATED.to_string());
    for actor in &fused.actors {
        let identity = id("identity", &actor.name);
        let class = match actor.kind {
            fuse::ActorKind::Person => "individual",
            fuse::ActorKind::Body | fuse::ActorKind::Country => "organization",
            _ => "unknown",
        };
        objects.push(json!({
            "type": "identity", "spec_version": "2.1", "id": identity,
            "created": earliest, "modified": earliest,
            "name": actor.name, "identity_class": class,
        }));
        identities.insert(actor.name.clone(), identity.clone());
        if let Some(code) = actor.country.as_deref().and_then(fuse::country_code) {
            let country = actor.country.clone().unwrap_or_default();
            let location = locations
                .entry(country.clone())
                .or_insert_with(|| {
                    let location = id("location", &country);
                    objects.push(json!({
                        "type": "location", "spec_version": "2.1", "id": location,
                        "created": earliest, "modified": earliest,
                        "name": country, "country": code,
                    }));
                    location
                })
                .clone();
            objects.push(json!({
                "type": "relationship", "spec_version": "2.1",
                "id": id("relationship", &format!("{identity} located-at {location}")),
                "created": earliest, "modified": earliest,
                "relationship_type": "located-at", "source_ref": identity, "target_ref": location,
            }));
        }
    }
    let mut notes_of_doc: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for cluster in &fused.clusters {
        let mut note_ids = Vec::with_capacity(cluster.claims.len());
        for claim in &cluster.claims {
            let doc = doc_index.get(claim.doc.as_str());
            let created = timestamp(doc.and_then(|d| d.published.as_deref()));
            let note = id("note", &format!("{}|{}", claim.id, claim.text));
            let mut value = json!({
                "type": "note", "spec_version": "2.1", "id": note,
                "created": created, "modified": created,
                "abstract": format!("{} {}", claim.actor, claim.stance),
                "content": claim.text,
                "authors": [claim.actor],
                "object_refs": [id("report", &claim.doc)],
                "x_dossier_claim": claim.id,
                "x_dossier_source": claim.source,
                "x_dossier_kind": claim.kind,
                "x_dossier_certainty": claim.certainty,
                "x_dossier_polarity": claim.polarity,
                "x_dossier_status": format!("{:?}", claim.status).to_lowercase(),
                "x_dossier_document": claim.doc,
                "x_dossier_char_start": claim.content_span.start,
                "x_dossier_char_end": claim.content_span.end,
                "x_dossier_cluster": cluster.id,
            });
            if let Some(identity) = identities.get(&claim.actor) {
                value["created_by_ref"] = json!(identity);
            }
            objects.push(value);
            if claim.kind == "non-commitment" {
                objects.push(json!({
                    "type": "opinion", "spec_version": "2.1",
                    "id": id("opinion", &note),
                    "created": created, "modified": created,
                    "opinion": "neutral",
                    "explanation": format!("{} {}", claim.actor, claim.stance),
                    "authors": [claim.actor],
                    "object_refs": [note],
                }));
            }
            notes_of_doc
                .entry(claim.doc.clone())
                .or_default()
                .push(note.clone());
            note_ids.push(note);
        }
        // Agreement: each confirmed claim with the first confirmed one of the cluster.
        let confirmed: Vec<usize> = (0..cluster.claims.len())
            .filter(|&k| cluster.claims[k].status == Status::Confirmed)
            .collect();
        if let Some((&first, rest)) = confirmed.split_first() {
            for &k in rest {
                if cluster.claims[k].actor == cluster.claims[first].actor {
                    continue;
                }
                objects.push(relationship(
                    &note_ids[k],
                    &note_ids[first],
                    "agrees with",
                    &earliest,
                ));
            }
        }
        for d in &cluster.disagreements {
            let [a, b] = d.between;
            if let (Some(x), Some(y)) = (note_ids.get(a), note_ids.get(b)) {
                objects.push(relationship(
                    x,
                    y,
                    &format!("disagrees with: {}", d.why),
                    &earliest,
                ));
            }
        }
        let mut grouping = json!({
            "type": "grouping", "spec_version": "2.1", "id": id("grouping", &cluster.id),
            "created": earliest, "modified": earliest,
            "name": cluster.statement,
            "description": format!(
                "Admiralty {} ({}), {}: {}",
                cluster.grade.credibility,
                cluster.grade.label,
                cluster.grade.words,
                cluster.grade.reasons.join("; ")
            ),
            "context": "unspecified",
            "object_refs": note_ids,
        });
        if let Some(c) = cluster.grade.confidence {
            grouping["confidence"] = json!(c);
        }
        objects.push(grouping);
    }
    for (doc_id, notes) in &notes_of_doc {
        let doc = doc_index.get(doc_id.as_str());
        let published = timestamp(doc.and_then(|d| d.published.as_deref()));
        let mut report = json!({
            "type": "report", "spec_version": "2.1", "id": id("report", doc_id),
            "created": published, "modified": published, "published": published,
            "name": doc.and_then(|d| d.title.clone()).unwrap_or_else(|| doc_id.clone()),
            "object_refs": notes,
            "x_dossier_document": doc_id,
        });
        if let Some(outlet) = doc.and_then(|d| d.outlet.clone()) {
            report["description"] = json!(format!("Published by {outlet}"));
        }
        objects.push(report);
    }
    let bundle_id = id(
        "bundle",
        &objects
            .iter()
            .filter_map(|o| o["id"].as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    json!({"type": "bundle", "id": bundle_id, "objects": objects})
}

fn relationship(from: &str, to: &str, description: &str, at: &str) -> Value {
    json!({
        "type": "relationship", "spec_version": "2.1",
        "id": id("relationship", &format!("{from}|{to}|{description}")),
        "created": at, "modified": at,
        "relationship_type": "related-to",
        "description": description,
        "source_ref": from, "target_ref": to,
    })
}
