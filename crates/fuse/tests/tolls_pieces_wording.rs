//! Superseded tolls, contents in pieces, places that are setting, the cluster's counted
//! thing, intention wording and bare headline figures, on hand-written reports.

mod common;

use common::{claim, cluster_of, doc, M};
use fuse::{fuse, Mention, Options, Status};
use model::{AttributionKind as K, Certainty as C, Span};

#[test]
fn an_earlier_toll_is_superseded_and_only_the_current_one_confirms() {
    let docs = vec![
        doc(
            "a",
            "Police said four people have died in the storm.",
            "2025-06-02",
        ),
        doc(
            "b",
            "Police said a fifth death was confirmed on Wednesday.",
            "2025-06-04",
        ),
        doc(
            "c",
            "The Red Cross said five people have died in the storm.",
            "2025-06-05",
        ),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Police",
            "four people have died in the storm",
            K::Assertion,
            C::Certain,
            &[M::Quantity("four people", 4.0, "person", false)],
        ),
        claim(
            &docs,
            1,
            "a1",
            "Police",
            "a fifth death was confirmed on Wednesday",
            K::Assertion,
            C::Certain,
            &[],
        ),
        claim(
            &docs,
            2,
            "a1",
            "Red Cross",
            "five people have died in the storm",
            K::Assertion,
            C::Certain,
            &[M::Quantity("five people", 5.0, "person", false)],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "a#a1");
    let first = cluster.claims.iter().find(|c| c.id == "a#a1").unwrap();
    assert_eq!(first.status, Status::Superseded);
    assert_eq!(first.superseded_by.as_deref(), Some("by 5 on 2025-06-04"));
    assert_eq!(first.status_label(), "superseded by 5 on 2025-06-04");
    assert_eq!(cluster.superseded.len(), 1);
    assert!(
        cluster.outdated.is_empty(),
        "right when said: {:?}",
        cluster.outdated
    );
    let later = cluster.claims.iter().find(|c| c.id == "c#a1").unwrap();
    assert_eq!(later.status, Status::Confirmed);
}

#[test]
fn a_content_interrupted_by_its_cue_is_shown_in_pieces() {
    let text =
        "The bridge collapsed at noon, the mayor of Tolk said, leaving two villages cut off.";
    let docs = vec![doc("a", text, "2025-06-02")];
    let mut c = claim(
        &docs,
        0,
        "a1",
        "mayor",
        "The bridge collapsed at noon, the mayor of Tolk said, leaving two villages cut off",
        K::Assertion,
        C::Certain,
        &[M::Entity("Tolk", "GPE", "Tolk")],
    );
    let first = text.find(",").unwrap();
    let second = text.find("leaving").unwrap();
    c.fragments = vec![Span::new(0, first + 1), Span::new(second, text.len() - 1)];
    assert_eq!(
        fuse::grade::content_text(text, &c),
        "The bridge collapsed at noon \u{2026} leaving two villages cut off"
    );
    let fused = fuse(&docs, std::slice::from_ref(&c), &Options::default());
    let shown = &fused.clusters[0].claims[0];
    assert_eq!(shown.fragments.len(), 2);
    assert_eq!(
        shown.content_span.start, 0,
        "the span runs over the whole content"
    );
    assert_eq!(shown.content_span.end, text.len() - 1);
    assert!(!fused.clusters[0].statement.contains("mayor"));
    // One piece, or pieces outside the content, show the content whole.
    c.fragments = vec![Span::new(0, text.len() + 5)];
    assert!(fuse::grade::content_text(text, &c).contains("the mayor of Tolk said"));
}

#[test]
fn a_shared_town_and_arrival_word_do_not_make_one_proposition() {
    let docs = vec![
        doc(
            "a",
            "Forty firefighters arrived in Brenna on Tuesday to fight the blaze.",
            "2025-06-03",
        ),
        doc(
            "b",
            "Resident Ola Vik said they arrived in Brenna with nothing but their shoes.",
            "2025-06-03",
        ),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Fire Service",
            "Forty firefighters arrived in Brenna on Tuesday to fight the blaze",
            K::Assertion,
            C::Certain,
            &[
                M::Entity("Brenna", "GPE", "Brenna"),
                M::Quantity("Forty firefighters", 40.0, "firefighter", false),
            ],
        ),
        claim(
            &docs,
            1,
            "a1",
            "Ola Vik",
            "they arrived in Brenna with nothing but their shoes",
            K::Assertion,
            C::Certain,
            &[M::Entity("Brenna", "GPE", "Brenna")],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    assert_ne!(cluster_of(&fused, "a#a1").id, cluster_of(&fused, "b#a1").id);
}

#[test]
fn the_cluster_lists_figures_of_its_counted_thing_only() {
    let docs = vec![
        doc(
            "a",
            "Officials said the storm killed 12 people and damaged 300 homes.",
            "2025-06-03",
        ),
        doc(
            "b",
            "The Red Cross said 12 people were killed in the storm.",
            "2025-06-03",
        ),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "a1",
            "Officials",
            "the storm killed 12 people and damaged 300 homes",
            K::Assertion,
            C::Certain,
            &[
                M::Quantity("12 people", 12.0, "person", false),
                M::Quantity("300 homes", 300.0, "home", false),
            ],
        ),
        claim(
            &docs,
            1,
            "a1",
            "Red Cross",
            "12 people were killed in the storm",
            K::Assertion,
            C::Certain,
            &[M::Quantity("12 people", 12.0, "person", false)],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "a#a1");
    assert_eq!(cluster.id, cluster_of(&fused, "b#a1").id);
    let units: Vec<&str> = cluster.numbers.iter().map(|f| f.unit.as_str()).collect();
    assert_eq!(units, ["person"]);
    // Alone, a claim keeps all its figures.
    let fused = fuse(&docs[..1], &claims[..1], &Options::default());
    assert_eq!(fused.clusters[0].numbers.len(), 2);
}

#[test]
fn intentions_are_named_by_kind_unless_the_cue_deliberates() {
    let docs = vec![doc(
        "a",
        "The official said the council is weighing a curfew.",
        "2025-06-03",
    )];
    let c = claim(
        &docs,
        0,
        "a1",
        "official",
        "the council is weighing a curfew",
        K::Intention,
        C::Possible,
        &[],
    );
    assert_eq!(
        fuse::grade::stance_with_cue(&c, "said"),
        "says it is possible (intention)"
    );
    assert_eq!(
        fuse::grade::stance_with_cue(&c, "is considering"),
        "is considering"
    );
    let mut sure = c.clone();
    sure.certainty = C::Certain;
    assert_eq!(fuse::grade::stance(&sure), "says (intention)");
}

#[test]
fn a_bare_headline_figure_joins_the_cluster_of_its_count() {
    let docs = vec![
        doc("a", "Governor says 1,200 evacuated as river rises\n\nAbout 1,200 people have been evacuated from the valley, Governor Ana Pell said.", "2025-06-03"),
        doc("b", "The Red Cross said 2,000 people have been evacuated from the valley.", "2025-06-03"),
    ];
    let mut headline = claim(
        &docs,
        0,
        "a1",
        "Ana Pell",
        "1,200 evacuated as river rises",
        K::Assertion,
        C::Certain,
        &[],
    );
    let at = docs[0].text.find("1,200").unwrap();
    headline.mentions.push(Mention::Quantity {
        span: Span::new(at, at + 5),
        value: 1200.0,
        high: None,
        unit: None,
        approx: false,
        unit_from_context: false,
    });
    let claims = vec![
        headline,
        claim(
            &docs,
            0,
            "a2",
            "Ana Pell",
            "About 1,200 people have been evacuated from the valley",
            K::Assertion,
            C::Certain,
            &[M::Quantity("About 1,200 people", 1200.0, "person", true)],
        ),
        claim(
            &docs,
            1,
            "a1",
            "Red Cross",
            "2,000 people have been evacuated from the valley",
            K::Assertion,
            C::Certain,
            &[M::Quantity("2,000 people", 2000.0, "person", false)],
        ),
    ];
    let fused = fuse(&docs, &claims, &Options::default());
    let cluster = cluster_of(&fused, "a#a1");
    assert_eq!(cluster.id, cluster_of(&fused, "b#a1").id);
    let twelve: Vec<_> = cluster
        .numbers
        .iter()
        .filter(|f| f.value == 1200.0)
        .collect();
    assert_eq!(twelve.len(), 1, "{:?}", cluster.numbers);
    assert!(twelve[0].approx, "shown as the body gives it");
    assert_eq!(twelve[0].unit, "person");
    assert!(
        !twelve[0].unit_from_context,
        "the body writes the unit beside the figure, so it is stated"
    );
}

#[test]
fn a_unit_read_from_context_is_marked_on_the_figure_and_in_the_brief() {
    let docs = vec![
        doc(
            "a",
            "The blaze killed 11, the fire brigade said.",
            "2025-06-03",
        ),
        doc(
            "b",
            "Police said 12 killed in the blaze, a toll the brigade disputes.",
            "2025-06-04",
        ),
    ];
    let mut brigade = claim(
        &docs,
        0,
        "a1",
        "fire brigade",
        "The blaze killed 11",
        K::Assertion,
        C::Certain,
        &[],
    );
    let at = docs[0].text.find("11").unwrap();
    brigade.mentions.push(Mention::Quantity {
        span: Span::new(at, at + 2),
        value: 11.0,
        high: None,
        unit: Some("person".into()),
        approx: false,
        unit_from_context: true,
    });
    // No unit at all: fusion reads it from the verb's subject ("12 killed").
    let mut police = claim(
        &docs,
        1,
        "a1",
        "police",
        "12 killed in the blaze",
        K::Assertion,
        C::Certain,
        &[],
    );
    let at = docs[1].text.find("12").unwrap();
    police.mentions.push(Mention::Quantity {
        span: Span::new(at, at + 2),
        value: 12.0,
        high: None,
        unit: None,
        approx: false,
        unit_from_context: false,
    });
    let fused = fuse(&docs, &[brigade, police], &Options::default());
    let eleven = fused
        .clusters
        .iter()
        .flat_map(|c| &c.numbers)
        .find(|f| f.value == 11.0)
        .expect("the brigade's figure");
    assert!(eleven.unit_from_context, "{eleven:?}");
    assert_eq!(
        fuse::numbers::figure_with_marked_unit(eleven),
        "11 [people]"
    );
    assert_eq!(fuse::numbers::unit_cell(eleven), "[person]");
    let json = serde_json::to_value(eleven).unwrap();
    assert_eq!(json["unit_from_context"], true);
    let twelve = fused
        .clusters
        .iter()
        .flat_map(|c| &c.numbers)
        .find(|f| f.value == 12.0)
        .expect("the police figure, its unit read from the verb");
    assert!(
        twelve.unit_from_context,
        "a unit fusion reads from the verb's subject is an inference too: {twelve:?}"
    );
}
