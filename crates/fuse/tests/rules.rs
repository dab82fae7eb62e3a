//! One test per fusion rule, on sentences written for these tests.

mod common;

use common::{claim, cluster_of, doc, M};
use fuse::{fuse, norm_key, Options, Status};
use model::{AttributionKind::*, Certainty::*};

fn line_of(cluster: &fuse::Cluster, name: &str) -> Option<usize> {
    cluster
        .independent_sources
        .iter()
        .position(|l| l.iter().any(|n| n == name))
}

#[test]
fn normalized_keys_fold_diacritics_possessives_and_transliteration() {
    assert_eq!(norm_key("Zelenskyy"), norm_key("Zelensky"));
    assert_eq!(norm_key("Zelenskiy"), "zelensky");
    assert_eq!(norm_key("Mirela Dăscălu"), "mirela dascalu");
    assert_eq!(norm_key("Seoul\u{2019}s"), "seoul");
    assert_eq!(norm_key("The Pentagon"), "pentagon");
    assert_ne!(norm_key("Kim"), norm_key("Kima"));
}

#[test]
fn aliases_resolve_to_one_actor() {
    let text = "Ukrainian President Volodymyr Zelenskyy said the border was quiet. \
                Zelensky later said the border was calm. \
                The NIS said the border was tense. \
                South Korean officials said the border was quiet. \
                Seoul said the talks would go on.";
    let docs = vec![doc("d1", text, "2024-05-01")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Volodymyr Zelenskyy",
            "the border was quiet",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Zelensky",
            "the border was calm",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a3",
            "NIS",
            "the border was tense",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a4",
            "South Korean officials",
            "the talks would go on",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a5",
            "Seoul",
            "the talks would go on",
            Assertion,
            Certain,
            &[],
        ),
    ];
    let actors = fuse::resolve::resolve(&docs, &claims);
    let a = |n: &str| actors.get(n).expect("resolved");
    assert_eq!(a("Volodymyr Zelenskyy"), a("Zelensky"));
    assert_eq!(
        actors.actors[a("NIS")].name,
        "National Intelligence Service"
    );
    assert_eq!(a("South Korean officials"), a("Seoul"));
    assert_eq!(actors.actors[a("Seoul")].name, "South Korea");
    // The title before the name gives the affiliation.
    let z = &actors.actors[a("Zelensky")];
    assert_eq!(z.country.as_deref(), Some("Ukraine"));
    assert!(z.government);
    // The spy agency is South Korea's government, as is Seoul.
    assert_eq!(
        actors.actors[a("NIS")].side(),
        actors.actors[a("Seoul")].side()
    );
}

#[test]
fn titles_are_stripped_from_person_names() {
    let text =
        "Interior Minister Selma Varga said the roads were shut. Varga said more rain was due.";
    let docs = vec![doc("d1", text, "2025-03-04")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Interior Minister Selma Varga",
            "the roads were shut",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Varga",
            "more rain was due",
            Assertion,
            Certain,
            &[],
        ),
    ];
    let actors = fuse::resolve::resolve(&docs, &claims);
    let a = actors.get("Interior Minister Selma Varga").unwrap();
    assert_eq!(actors.get("Varga"), Some(a));
    assert_eq!(actors.actors[a].name, "Selma Varga");
}

#[test]
fn a_ministers_title_before_a_clean_name_gives_the_ministry() {
    // The recognizer gives the name without its title; the text still carries it.
    let text = "Transport Minister Ilka Dorn said the bridge was shut.";
    let docs = vec![doc("d1", text, "2025-03-04")];
    let claims = vec![claim(
        &docs,
        0,
        "a1",
        "Ilka Dorn",
        "the bridge was shut",
        Assertion,
        Certain,
        &[],
    )];
    let actors = fuse::resolve::resolve(&docs, &claims);
    let a = actors.get("Ilka Dorn").unwrap();
    // (Named as attribution files a ministry: `model::portfolio`.)
    assert_eq!(
        actors.actors[a].organization.as_deref(),
        Some("Ministry of Transport")
    );
}

#[test]
fn a_name_ending_in_a_bodys_word_is_a_body() {
    let text = "The National Disaster Management Authority said 40 villages were cut off.";
    let docs = vec![doc("d1", text, "2025-03-04")];
    let claims = vec![claim(
        &docs,
        0,
        "a1",
        "National Disaster Management Authority",
        "40 villages were cut off",
        Assertion,
        Certain,
        &[],
    )];
    let actors = fuse::resolve::resolve(&docs, &claims);
    let body = &actors.actors[actors
        .get("National Disaster Management Authority")
        .unwrap()];
    assert_eq!(body.kind, fuse::ActorKind::Body);
    assert_eq!(
        body.organization.as_deref(),
        Some("National Disaster Management Authority")
    );
}

#[test]
fn a_source_the_entity_layer_tagged_a_body_is_one_whatever_its_name() {
    let text = "Rega said 12 climbers were flown out. Copom said rates would hold. Kovac said \
                the road was shut.";
    let docs = vec![doc("d1", text, "2025-03-04")];
    let typed = |aid: &str, source: &str, content: &str, kind: Option<&str>| {
        let mut c = claim(&docs, 0, aid, source, content, Assertion, Certain, &[]);
        c.source_type = kind.map(String::from);
        c
    };
    let claims = vec![
        typed("a1", "Rega", "12 climbers were flown out", Some("ORG")),
        typed("a2", "Copom", "rates would hold", Some("ORG")),
        typed("a3", "Kovac", "the road was shut", Some("PERSON")),
    ];
    let actors = fuse::resolve::resolve(&docs, &claims);
    let kind_of = |name: &str| actors.actors[actors.get(name).unwrap()].kind;
    assert_eq!(kind_of("Rega"), fuse::ActorKind::Body);
    assert_eq!(kind_of("Copom"), fuse::ActorKind::Body);
    let rega = &actors.actors[actors.get("Rega").unwrap()];
    assert_eq!(rega.organization.as_deref(), Some("Rega"));
    assert_ne!(kind_of("Kovac"), fuse::ActorKind::Body);
}

#[test]
fn a_name_tagged_otherwise_anywhere_stays_as_it_was() {
    let text = "Mr. Lind said the mine would close. Lind said 40 jobs would go.";
    let docs = vec![doc("d1", text, "2025-03-04")];
    let mut first = claim(
        &docs,
        0,
        "a1",
        "Lind",
        "the mine would close",
        Assertion,
        Certain,
        &[],
    );
    first.source_type = Some("PERSON".into());
    let mut second = claim(
        &docs,
        0,
        "a2",
        "Lind",
        "40 jobs would go",
        Assertion,
        Certain,
        &[],
    );
    second.source_type = Some("ORG".into());
    let actors = fuse::resolve::resolve(&docs, &[first.clone(), second.clone()]);
    assert_ne!(
        actors.actors[actors.get("Lind").unwrap()].kind,
        fuse::ActorKind::Body
    );
    // A tag that is no person's (a tagger's slip: "MISC") holds it back too.
    first.source_type = Some("MISC".into());
    let actors = fuse::resolve::resolve(&docs, &[first, second]);
    assert_ne!(
        actors.actors[actors.get("Lind").unwrap()].kind,
        fuse::ActorKind::Body
    );
}

#[test]
fn a_ministry_filed_with_its_country_is_that_governments_body() {
    let text = "The Ministry of Health said clinics would reopen. Health Minister Ama Owusu said \
                the clinics had vaccine.";
    let docs = vec![doc("d1", text, "2025-03-04")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Ministry of Health (Ghana)",
            "clinics would reopen",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Ama Owusu",
            "the clinics had vaccine",
            Assertion,
            Certain,
            &[],
        ),
    ];
    let actors = fuse::resolve::resolve(&docs, &claims);
    let ministry = &actors.actors[actors.get("Ministry of Health (Ghana)").unwrap()];
    assert_eq!(ministry.kind, fuse::ActorKind::Body);
    assert_eq!(ministry.name, "Ministry of Health (Ghana)");
    assert_eq!(ministry.organization.as_deref(), Some("Ministry of Health"));
    assert_eq!(ministry.side().as_deref(), Some("government of Ghana"));
    // The minister of that portfolio is of the same ministry.
    let minister = &actors.actors[actors.get("Ama Owusu").unwrap()];
    assert_eq!(minister.organization.as_deref(), Some("Ministry of Health"));
}

/// A report where an agency's figure reaches us through a lawmaker, and a second country's
/// president and intelligence chief give another figure.
fn two_governments() -> (Vec<fuse::DocInput>, Vec<fuse::ClaimInput>) {
    let text = "Norland plans to send about 8,000 soldiers to Estmark by March, the National \
                Intelligence Service told lawmakers on Monday.\n\
                According to Rep. Ann Holt, the agency said 2,000 Norland soldiers are already \
                being moved inside Estmark.\n\
                Ukrainian President Volodymyr Zelensky said Norland had sent a total of 9,500 \
                soldiers to Estmark.\n\
                The chief of the Ukrainian Defense Intelligence Directorate, Kyrylo Budanov, said \
                the first Norland soldiers are expected to reach Estmark by Friday.";
    let docs = vec![doc("d1", text, "2024-10-23")];
    let mut c = vec![
        claim(
            &docs,
            0,
            "a1",
            "National Intelligence Service",
            "Norland plans to send about 8,000 soldiers to Estmark by March",
            Assertion,
            Probable,
            &[
                M::Entity("Norland", "GPE", "Norland"),
                M::Entity("Estmark", "GPE", "Estmark"),
                M::Quantity("about 8,000 soldiers", 8000.0, "soldier", true),
                M::Timex("March", "2025-03", None),
            ],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Ann Holt",
            "the agency said 2,000 Norland soldiers are already being moved inside Estmark",
            Relay,
            Certain,
            &[],
        ),
        claim(
            &docs,
            0,
            "a3",
            "National Intelligence Service",
            "2,000 Norland soldiers are already being moved inside Estmark",
            Assertion,
            Certain,
            &[
                M::Entity("Norland", "GPE", "Norland"),
                M::Entity("Estmark", "GPE", "Estmark"),
                M::Quantity("2,000 Norland soldiers", 2000.0, "soldier", false),
            ],
        ),
        claim(
            &docs,
            0,
            "a4",
            "Volodymyr Zelensky",
            "Norland had sent a total of 9,500 soldiers to Estmark",
            Assertion,
            Certain,
            &[
                M::Entity("Norland", "GPE", "Norland"),
                M::Entity("Estmark", "GPE", "Estmark"),
                M::Quantity("9,500 soldiers", 9500.0, "soldier", false),
            ],
        ),
        claim(
            &docs,
            0,
            "a5",
            "Kyrylo Budanov",
            "the first Norland soldiers are expected to reach Estmark by Friday",
            Assertion,
            Probable,
            &[
                M::Entity("Norland", "GPE", "Norland"),
                M::Entity("Estmark", "GPE", "Estmark"),
            ],
        ),
    ];
    c[2].relayed_by = vec!["Ann Holt".into()];
    c[2].parent = Some("a2".into());
    (docs, c)
}

#[test]
fn a_relay_adds_no_independence() {
    let (docs, claims) = two_governments();
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d1#a1");
    let nis = line_of(cluster, "National Intelligence Service").expect("NIS is a line");
    assert_eq!(line_of(cluster, "Ann Holt"), Some(nis));
    assert!(cluster.relays.contains(&"Ann Holt".to_string()));
    // The relay rides with the claim it carries; it is not a cluster of its own.
    assert_eq!(cluster_of(&fused, "d1#a2").id, cluster.id);
    let relay = cluster.claims.iter().find(|c| c.id == "d1#a2").unwrap();
    assert_eq!(relay.status, Status::Relay);
}

#[test]
fn sources_of_one_government_are_one_line() {
    let (docs, claims) = two_governments();
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d1#a4");
    let z = line_of(cluster, "Volodymyr Zelensky").expect("Zelensky is a line");
    assert_eq!(line_of(cluster, "Kyrylo Budanov"), Some(z));
    assert_ne!(line_of(cluster, "National Intelligence Service"), Some(z));
    assert_eq!(cluster.independent_sources.len(), 2);
    assert!(cluster
        .grade
        .reasons
        .iter()
        .any(|r| r.contains("government of Ukraine")));
}

#[test]
fn totals_disagree_but_a_part_does_not() {
    let (docs, claims) = two_governments();
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d1#a1");
    let scope = |v: f64| {
        cluster
            .numbers
            .iter()
            .find(|f| f.value == v)
            .map(|f| (f.scope.clone(), f.scope_class.clone()))
            .expect("figure listed")
    };
    assert_eq!(
        scope(8000.0),
        ("planned 2025-03".to_string(), "total".to_string())
    );
    assert_eq!(scope(2000.0).1, "part");
    assert_eq!(
        scope(9500.0),
        ("sent in total".to_string(), "total".to_string())
    );
    assert_eq!(
        cluster.disagreements.len(),
        1,
        "{:?}",
        cluster.disagreements
    );
    let [i, j] = cluster.disagreements[0].between;
    let ids = [cluster.claims[i].id.as_str(), cluster.claims[j].id.as_str()];
    assert_eq!(ids, ["d1#a1", "d1#a4"]);
    assert!(cluster.disagreements[0].why.contains("8,000"));
    // Conservative figure: the lowest total; range: all totals.
    let total = cluster
        .estimates
        .iter()
        .find(|e| e.scope_class == "total")
        .unwrap();
    assert_eq!(
        (total.conservative, total.low, total.high),
        (8000.0, 8000.0, 9500.0)
    );
    // Each side of the disagreement is contradicted; the part is not.
    let status = |id: &str| cluster.claims.iter().find(|c| c.id == id).unwrap().status;
    assert_eq!(status("d1#a1"), Status::Contradicted);
    assert_ne!(status("d1#a3"), Status::Contradicted);
}

#[test]
fn grades_give_their_reasons() {
    let (docs, claims) = two_governments();
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d1#a1");
    // Two independent lines agree on the event but not on the figure: probably true.
    assert_eq!(cluster.grade.credibility, 2);
    assert_eq!(cluster.grade.confidence, Some(70));
    assert_eq!(cluster.grade.words, "likely");
    assert!(
        cluster.grade.reasons[0].starts_with("2 independent lines assert the same proposition"),
        "{:?}",
        cluster.grade.reasons
    );
    assert!(cluster
        .grade
        .reasons
        .iter()
        .any(|r| r.contains("disagreement")));

    // Nobody commits: cannot be judged.
    let text = "The ministry declined to confirm or deny that the bridge had been closed.";
    let docs = vec![doc("d2", text, "2024-01-02")];
    let claims = vec![claim(
        &docs,
        0,
        "a1",
        "ministry",
        "the bridge had been closed",
        NonCommitment,
        Underspecified,
        &[],
    )];
    let fused = fuse(&docs, &claims, &Options::default());
    let grade = &fused.clusters[0].grade;
    assert_eq!((grade.credibility, grade.confidence), (6, None));
    assert_eq!(
        grade.reasons,
        vec![
            "no source commits to it".to_string(),
            "non-committal: ministry".to_string()
        ]
    );
    assert_eq!(
        fused.clusters[0].non_committal,
        vec!["ministry".to_string()]
    );
}

#[test]
fn copies_of_one_wire_story_are_one_line() {
    let a = "Flood waters cut the Ostrava road on Tuesday, the relief society said.";
    let b = "Flood waters cut the Ostrava road on Tuesday, the aid group said.";
    let mut docs = vec![
        doc("wire-a", a, "2025-03-05"),
        doc("wire-b", b, "2025-03-05"),
    ];
    docs[1].duplicate_of = Some("wire-a".into());
    let content = "Flood waters cut the Ostrava road on Tuesday";
    let ent = [M::Entity("Ostrava", "GPE", "Ostrava")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "relief society",
            content,
            Assertion,
            Certain,
            &ent,
        ),
        claim(
            &docs,
            1,
            "a1",
            "aid group",
            content,
            Assertion,
            Certain,
            &ent,
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_eq!(fused.clusters.len(), 1);
    let cluster = &fused.clusters[0];
    assert_eq!(
        cluster.independent_sources.len(),
        1,
        "{:?}",
        cluster.independent_sources
    );
    assert!(cluster
        .grade
        .reasons
        .iter()
        .any(|r| r.contains("same wire story")));
    assert_eq!(cluster.grade.credibility, 3);
}

#[test]
fn own_side_plans_cluster_apart_from_the_event() {
    let text = "North Korea has sent 5,000 soldiers to Russia, the spy agency said.\n\
                South Korean officials said Seoul could send military observers to Ukraine \
                to study North Korean soldiers.";
    let docs = vec![doc("d1", text, "2024-10-23")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "National Intelligence Service",
            "North Korea has sent 5,000 soldiers to Russia",
            Assertion,
            Certain,
            &[
                M::Entity("North Korea", "GPE", "North Korea"),
                M::Entity("Russia", "GPE", "Russia"),
                M::Quantity("5,000 soldiers", 5000.0, "soldier", false),
            ],
        ),
        claim(
            &docs,
            0,
            "a2",
            "South Korean officials",
            "Seoul could send military observers to Ukraine to study North Korean soldiers",
            Assertion,
            Possible,
            &[
                M::Entity("Seoul", "GPE", "Seoul"),
                M::Entity("Ukraine", "GPE", "Ukraine"),
                M::Entity("North Korean", "NORP", "North Korean"),
            ],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_ne!(
        cluster_of(&fused, "d1#a1").id,
        cluster_of(&fused, "d1#a2").id
    );
}

#[test]
fn anaphoric_claims_join_their_antecedent() {
    let text = "An official said Seoul is considering sending a monitoring team to Ukraine. \
                Such a team would include interpreters, the official said.";
    let docs = vec![doc("d1", text, "2024-10-23")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "anonymous: official",
            "Seoul is considering sending a monitoring team to Ukraine",
            Intention,
            Possible,
            &[
                M::Entity("Seoul", "GPE", "Seoul"),
                M::Entity("Ukraine", "GPE", "Ukraine"),
            ],
        ),
        claim(
            &docs,
            0,
            "a2",
            "anonymous: official",
            "Such a team would include interpreters",
            Assertion,
            Probable,
            &[],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_eq!(fused.clusters.len(), 1);
    // The statement is never the anaphoric claim.
    assert!(fused.clusters[0]
        .statement
        .starts_with("Seoul is considering"));
}

#[test]
fn brief_json_has_the_fused_brief_fields() {
    let (docs, claims) = two_governments();
    let fused = fuse(&docs, &claims, &Options::default());
    let value = serde_json::to_value(&fused.clusters[0]).unwrap();
    for field in [
        "statement",
        "claims",
        "numbers",
        "disagreements",
        "independent_sources",
        "grade",
    ] {
        assert!(value.get(field).is_some(), "missing {field}");
    }
    let claim = &value["claims"][0];
    assert_eq!(claim["doc"], "d1");
    assert_eq!(
        claim["content_span"],
        serde_json::json!({"start": 0, "end": 62})
    );
    assert_eq!(claim["source"], "National Intelligence Service");
    let number = &value["numbers"][0];
    assert_eq!(number["value"], 8000.0);
    assert_eq!(number["unit"], "soldier");
    assert_eq!(number["claims"], serde_json::json!([0]));
    assert_eq!(value["grade"]["credibility"], 2);
    assert_eq!(value["grade"]["words"], "likely");
}

#[test]
fn content_spans_are_code_points() {
    let text = "Öl “flows” again, the mayor said: the pipeline to Kessfield reopened.";
    let docs = vec![doc("d1", text, "2025-03-03")];
    let claims = vec![claim(
        &docs,
        0,
        "a1",
        "Jonas Reel",
        "the pipeline to Kessfield reopened",
        Assertion,
        Certain,
        &[],
    )];
    let fused = fuse(&docs, &claims, &Options::default());
    let span = fused.clusters[0].claims[0].content_span;
    let chars: Vec<char> = text.chars().collect();
    let got: String = chars[span.start..span.end].iter().collect();
    assert_eq!(got, "the pipeline to Kessfield reopened");
}

#[test]
fn reliability_comes_from_the_sources_file_and_defaults_to_f() {
    let (docs, claims) = two_governments();
    let options = Options {
        reliability: fuse::parse_reliability(
            "# test
Volodymyr Zelensky | b
",
        ),
        ..Options::default()
    };
    let fused = fuse(&docs, &claims, &options);
    let cluster = cluster_of(&fused, "d1#a4");
    let letter = |n: &str| {
        cluster
            .reliability
            .iter()
            .find(|(s, _)| s == n)
            .map(|(_, l)| *l)
    };
    assert_eq!(letter("Volodymyr Zelensky"), Some('B'));
    assert_eq!(letter("Kyrylo Budanov"), Some('F'));
}

#[test]
fn bare_refusals_are_no_point_of_the_brief() {
    let docs = vec![
        doc(
            "d1",
            "The ministry declined to comment. The mayor said the bridge was closed.",
            "2024-05-01",
        ),
        doc("d2", "The police declined to comment.", "2024-05-01"),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "ministry",
            "to comment",
            NonCommitment,
            Underspecified,
            &[],
        ),
        claim(
            &docs,
            0,
            "a2",
            "mayor",
            "the bridge was closed",
            Assertion,
            Certain,
            &[],
        ),
        claim(
            &docs,
            1,
            "a1",
            "police",
            "to comment",
            NonCommitment,
            Underspecified,
            &[],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_eq!(fused.clusters.len(), 1, "{:?}", fused.clusters);
    assert!(fused.clusters[0]
        .claims
        .iter()
        .all(|c| c.id.ends_with("a2")));
}

#[test]
fn a_difference_is_no_level_and_two_figures_of_one_claim_are_not_pooled() {
    let text = "The weather office said the river crested at 7.2 metres, more than two metres \
                above flood stage. The minister said households would get up to 15,000 crowns \
                and shops up to 50,000 crowns.";
    let docs = vec![doc("d1", text, "2025-03-06")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "weather office",
            "the river crested at 7.2 metres, more than two metres above flood stage",
            Assertion,
            Certain,
            &[
                M::Quantity("7.2 metres", 7.2, "metre", false),
                M::Quantity("more than two metres", 2.0, "metre", true),
            ],
        ),
        claim(
            &docs,
            0,
            "a2",
            "minister",
            "households would get up to 15,000 crowns and shops up to 50,000 crowns",
            Assertion,
            Certain,
            &[
                M::Quantity("up to 15,000 crowns", 15000.0, "crown", true),
                M::Quantity("up to 50,000 crowns", 50000.0, "crown", true),
            ],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    let river = cluster_of(&fused, "d1#a1");
    let figure = |cluster: &fuse::Cluster, v: f64| {
        cluster
            .numbers
            .iter()
            .find(|f| f.value == v)
            .cloned()
            .expect("figure listed")
    };
    let rise = figure(river, 2.0);
    assert_eq!(rise.scope_class, "difference");
    assert_eq!(rise.qualifier, "more than");
    assert_ne!(figure(river, 7.2).scope_class, "difference");
    assert!(
        river.estimates.iter().all(|e| e.figures < 2),
        "{:?}",
        river.estimates
    );
    let grants = cluster_of(&fused, "d1#a2");
    assert_eq!(figure(grants, 15000.0).qualifier, "up to");
    assert!(
        grants.estimates.iter().all(|e| e.unit != "crown"),
        "{:?}",
        grants.estimates
    );
}

#[test]
fn a_citing_relay_counts_no_figures_of_its_own() {
    let text = "The Gazette reported that 3,000 troops had crossed the border, citing two \
                security officials.";
    let docs = vec![doc("d1", text, "2025-03-05")];
    let mut claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "anonymous: two security officials",
            "3,000 troops had crossed the border",
            Assertion,
            Certain,
            &[M::Quantity("3,000 troops", 3000.0, "soldier", false)],
        ),
        claim(
            &docs,
            0,
            "a2",
            "Gazette",
            "two security officials",
            Relay,
            Certain,
            &[M::Quantity(
                "two security officials",
                2.0,
                "security official",
                false,
            )],
        ),
    ];
    claims[0].relayed_by = vec!["Gazette".into()];
    claims[0].parent = Some("a2".into());
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "d1#a1");
    assert_eq!(cluster_of(&fused, "d1#a2").id, cluster.id);
    let units: Vec<&str> = cluster.numbers.iter().map(|f| f.unit.as_str()).collect();
    assert!(units.contains(&"soldier"), "{units:?}");
    assert!(!units.contains(&"security official"), "{units:?}");
}

#[test]
fn counts_of_one_thing_in_different_events_are_different_propositions() {
    // Both count people and both speak of the floods; one counts evacuations, the other
    // deaths. Without a name in common they are two points, and their figures never disagree.
    let text = "Between 5,000 and 6,000 people have been evacuated since the floods began, \
                the province said.\nThree people have died in the floods, the police said.";
    let docs = vec![doc("d1", text, "2025-03-07")];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Lower Marrow provincial government",
            "Between 5,000 and 6,000 people have been evacuated since the floods began",
            Assertion,
            Certain,
            &[M::Quantity(
                "Between 5,000 and 6,000 people",
                5000.0,
                "people",
                false,
            )],
        ),
        claim(
            &docs,
            0,
            "a2",
            "police",
            "Three people have died in the floods",
            Assertion,
            Certain,
            &[M::Quantity("Three people", 3.0, "people", false)],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_ne!(
        cluster_of(&fused, "d1#a1").id,
        cluster_of(&fused, "d1#a2").id
    );
}
