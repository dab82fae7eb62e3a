//! Precision rules of fusion: claims cluster only on the same proposition, confirmation
//! needs two independent lines asserting it, implausible sources are not lines, and the
//! statement is a clean sentence. Sentences written for these tests.

mod common;

use common::{claim, cluster_of, doc, M};
use fuse::{fuse, Options, Status};
use model::{AttributionKind::*, Certainty::*};

#[test]
fn different_sources_on_one_topic_in_one_report_stay_apart() {
    let text = "The mayor said the ferry to Brellin was cancelled. \
                The harbour board said the Brellin quay will be repaved next year.";
    let docs = vec![doc("d1", text, "2025-02-01")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Ana Holm",
            "the ferry to Brellin was cancelled",
            Assertion,
            Certain,
            &[M::Entity("Brellin", "GPE", "Brellin")],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Harbour Board",
            "the Brellin quay will be repaved next year",
            Assertion,
            Certain,
            &[M::Entity("Brellin", "GPE", "Brellin")],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_ne!(
        cluster_of(&fused, "d1#a1").id,
        cluster_of(&fused, "d1#a2").id
    );
}

#[test]
fn a_pronoun_opening_does_not_join_another_source() {
    let text = "Our crews are out all night, the captain said. \
                The agency said it stood by its count of 300 rescues.";
    let docs = vec![doc("d1", text, "2025-02-01")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Lea Varn",
            "Our crews are out all night",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Rescue Agency",
            "it stood by its count of 300 rescues",
            Assertion,
            Certain,
            &[],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_ne!(
        cluster_of(&fused, "d1#a1").id,
        cluster_of(&fused, "d1#a2").id
    );
}

fn two_counts() -> (Vec<fuse::DocInput>, Vec<fuse::ClaimInput>) {
    let a = "About 900 people have been evacuated from the Orla valley, the ministry said.";
    let b = "1,400 people have been evacuated from the Orla valley, the relief group said.";
    let docs = vec![doc("d1", a, "2025-02-01"), doc("d2", b, "2025-02-02")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Interior Ministry",
            "About 900 people have been evacuated from the Orla valley",
            Assertion,
            Certain,
            &[
                M::Quantity("About 900 people", 900.0, "people", true),
                M::Entity("Orla valley", "LOC", "Orla valley"),
            ],
        ),
        claim(
            &docs,
            1,
            "a1",
            "Green Cross Society",
            "1,400 people have been evacuated from the Orla valley",
            Assertion,
            Certain,
            &[
                M::Quantity("1,400 people", 1400.0, "people", false),
                M::Entity("Orla valley", "LOC", "Orla valley"),
            ],
        ),
    ];
    (docs, claims)
}

#[test]
fn the_same_counted_thing_and_event_cluster_and_disagree() {
    let (docs, claims) = two_counts();
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d1#a1");
    assert_eq!(cluster_of(&fused, "d2#a1").id, cluster.id);
    assert_eq!(cluster.disagreements.len(), 1);
    assert_eq!(cluster.grade.credibility, 2);
}

#[test]
fn lines_on_one_topic_without_one_proposition_do_not_confirm() {
    let a = "Engineers found cracks in the Orla dam wall, the ministry said.";
    let b = "The Orla dam wall was built in 1961 and holds the reservoir, the society said.";
    let docs = vec![doc("d1", a, "2025-02-01"), doc("d2", b, "2025-02-02")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Interior Ministry",
            "Engineers found cracks in the Orla dam wall",
            Assertion,
            Certain,
            &[M::Entity("Orla dam", "FAC", "Orla dam")],
        ),
        claim(
            &docs,
            1,
            "a1",
            "Green Cross Society",
            "The Orla dam wall was built in 1961 and holds the reservoir",
            Assertion,
            Certain,
            &[M::Entity("Orla dam", "FAC", "Orla dam")],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    for c in &fused.clusters {
        assert_ne!(c.grade.credibility, 1, "{:?}", c.grade.reasons);
        assert!(c.claims.iter().all(|x| x.status != Status::Confirmed));
    }
}

#[test]
fn two_lines_asserting_one_proposition_confirm_it() {
    let a = "Engineers found cracks in the Orla dam wall on Monday, the ministry said.";
    let b = "Engineers found cracks in the Orla dam wall on Monday, the society said.";
    let docs = vec![doc("d1", a, "2025-02-01"), doc("d2", b, "2025-02-02")];
    let claims: Vec<_> = [("Interior Ministry", 0), ("Green Cross Society", 1)]
        .iter()
        .map(|&(source, d)| {
            claim(
                &docs,
                d,
                "a1",
                source,
                "Engineers found cracks in the Orla dam wall on Monday",
                Assertion,
                Certain,
                &[M::Entity("Orla dam", "FAC", "Orla dam")],
            )
        })
        .collect();
    let fused = fuse(&docs, &claims, &Options::default());
    assert_eq!(fused.clusters.len(), 1);
    let grade = &fused.clusters[0].grade;
    assert_eq!(grade.credibility, 1);
    assert!(grade.reasons[0].contains("assert the same proposition"));
}

#[test]
fn a_fragment_of_a_sentence_is_no_source() {
    let (docs, mut claims) = two_counts();
    claims[1].source = "Asked about".into();
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d2#a1");
    let shown = cluster.claims.iter().find(|c| c.id == "d2#a1").unwrap();
    assert_eq!(shown.actor, "unidentified source");
    assert!(cluster
        .independent_sources
        .iter()
        .flatten()
        .all(|n| n != "Asked about"));
    assert!(fuse::resolve::plausible_source(
        "anonymous: senior official"
    ));
    assert!(fuse::resolve::plausible_source("Farmers' groups"));
    assert!(!fuse::resolve::plausible_source("."));
    assert!(!fuse::resolve::plausible_source("coalition has not"));
}

#[test]
fn statements_are_clean_sentences() {
    use fuse::grade::clean_statement;
    assert_eq!(
        clean_statement("the bridge was \"late and confused"),
        "The bridge was late and confused."
    );
    assert_eq!(
        clean_statement(
            "\u{201c}We will stay,\u{201d} she said. \u{201c}We have no choice.\u{201d}"
        ),
        "\u{201c}We will stay,\u{201d} she said. \u{201c}We have no choice.\u{201d}"
    );
    assert_eq!(
        clean_statement("the mayor called it \u{201c}a disgrace\u{201d}"),
        "The mayor called it \u{201c}a disgrace\u{201d}."
    );
    assert_eq!(
        clean_statement("\u{201c}nobody wants to find out the hard way"),
        "Nobody wants to find out the hard way."
    );
    assert_eq!(clean_statement(" , "), "");
}
