//! Behaviour tests for `events` (hand-written sentences per rule family), a floor on the
//! MEANTIME dev data where present, and property tests.

use super::*;
use model::{Certainty, Polarity};
use proptest::prelude::*;

/// The events of `sentence` as (word, certainty, polarity, time).
fn found(sentence: &str) -> Vec<(String, Certainty, Polarity, String)> {
    let seg = text::segment(sentence);
    events(sentence, &seg)
        .into_iter()
        .map(|e| {
            (
                e.span.of(sentence).to_string(),
                e.certainty,
                e.polarity,
                e.time.unwrap_or_default(),
            )
        })
        .collect()
}

fn event<'a>(
    all: &'a [(String, Certainty, Polarity, String)],
    word: &str,
) -> &'a (String, Certainty, Polarity, String) {
    all.iter()
        .find(|e| e.0 == word)
        .unwrap_or_else(|| panic!("no event {word:?} in {all:?}"))
}

fn words(sentence: &str) -> Vec<String> {
    found(sentence).into_iter().map(|e| e.0).collect()
}

#[test]
fn verbs_in_every_form_are_events() {
    let w = words("The mayor announced that workers repaired the bridge and are painting it.");
    for v in ["announced", "repaired", "painting"] {
        assert!(w.contains(&v.to_string()), "{v} in {w:?}");
    }
    // Irregular past and third person.
    let w = words("The firm sold its plant and says it built a new one.");
    for v in ["sold", "says", "built"] {
        assert!(w.contains(&v.to_string()), "{v} in {w:?}");
    }
}

#[test]
fn base_forms_need_a_verb_context() {
    // After "to", a modal or a subject pronoun: a verb.
    let w = words("They hope to open a shop, and we will sign the lease.");
    assert!(w.contains(&"open".to_string()), "{w:?}");
    assert!(w.contains(&"sign".to_string()), "{w:?}");
    // After a determiner, a third-person form is a plural noun.
    let w = words("The club raised its shares.");
    assert!(!w.contains(&"shares".to_string()), "{w:?}");
}

#[test]
fn eventive_nouns_and_nominalizations() {
    let w = words("The attack came a week after the sale and the relocation of the office.");
    for v in ["attack", "sale", "relocation"] {
        assert!(w.contains(&v.to_string()), "{v} in {w:?}");
    }
    // A noun with the suffix that names a thing is not an event.
    let w = words("The nation built a station.");
    assert!(!w.contains(&"nation".to_string()), "{w:?}");
}

#[test]
fn names_and_auxiliaries_are_not_events() {
    let w = words("The team has been working with Mark Reading on the plan.");
    assert!(!w.contains(&"has".to_string()), "{w:?}");
    assert!(!w.contains(&"been".to_string()), "{w:?}");
    assert!(!w.contains(&"Reading".to_string()), "{w:?}");
    assert!(w.contains(&"working".to_string()), "{w:?}");
}

#[test]
fn unlisted_verbs_by_their_ending() {
    let w = words("The engineers recalibrated the sensors while modularizing the frame.");
    assert!(w.contains(&"recalibrated".to_string()), "{w:?}");
    assert!(w.contains(&"modularizing".to_string()), "{w:?}");
    let w = words("They met during the morning.");
    assert!(!w.contains(&"during".to_string()), "{w:?}");
    assert!(!w.contains(&"morning".to_string()), "{w:?}");
}

#[test]
fn modals_and_hedges_set_certainty() {
    let all = found("The storm could damage the harbour.");
    assert_eq!(event(&all, "damage").1, Certainty::Possible);
    let all = found("The ferry is expected to resume service.");
    assert_eq!(event(&all, "resume").1, Certainty::Probable);
    let all = found("The union is considering holding a strike.");
    assert_eq!(event(&all, "holding").1, Certainty::Possible);
    let all = found("The club wants to sign a new coach.");
    assert_eq!(event(&all, "sign").1, Certainty::Underspecified);
    // The hedged verb itself is certain: it is stated.
    let all = found("The ferry is expected to resume service.");
    assert_eq!(event(&all, "expected").1, Certainty::Certain);
}

#[test]
fn negation_and_its_reach() {
    let all = found("The council did not approve the budget.");
    let approve = event(&all, "approve");
    assert_eq!(
        (approve.1, approve.2),
        (Certainty::Certain, Polarity::Negative)
    );
    // "could not" is a certain negative, not a possibility.
    let all = found("Divers could not reach the wreck.");
    let reach = event(&all, "reach");
    assert_eq!((reach.1, reach.2), (Certainty::Certain, Polarity::Negative));
    // A new clause starts after "and": the negation stays behind.
    let all = found("The mayor did not resign and opened the session.");
    assert_eq!(event(&all, "opened").2, Polarity::Positive);
    // Quantifier negation asserts part.
    let all = found("Not all of the trains stopped.");
    assert_eq!(event(&all, "stopped").2, Polarity::Positive);
}

#[test]
fn embedded_questions_leave_polarity_open() {
    let all = found("The club did not say whether the coach resigned.");
    let resigned = event(&all, "resigned");
    assert_eq!(
        (resigned.1, resigned.2),
        (Certainty::Underspecified, Polarity::Underspecified)
    );
    assert_eq!(event(&all, "say").2, Polarity::Negative);
}

#[test]
fn stopped_events_did_not_happen() {
    let all = found("The launch was postponed until spring.");
    assert_eq!(event(&all, "launch").2, Polarity::Negative);
    let all = found("Critics welcomed the now-cancelled merger.");
    assert_eq!(event(&all, "merger").2, Polarity::Negative);
    // Only the subject is stopped, not a noun inside its prepositional phrase.
    let all = found("The departure of the band on a tour of Asia was delayed.");
    assert_eq!(event(&all, "departure").2, Polarity::Negative);
    assert_eq!(event(&all, "tour").2, Polarity::Positive);
    let all = found("The launch went well.");
    assert_eq!(event(&all, "launch").2, Polarity::Positive);
}

#[test]
fn time_of_events() {
    let all = found("The bank will open a branch.");
    assert_eq!(event(&all, "open").3, "FUTURE");
    let all = found("The bank opened a branch.");
    assert_eq!(event(&all, "opened").3, "NON_FUTURE");
    let all = found("The firm decided to expand abroad.");
    assert_eq!(event(&all, "expand").3, "FUTURE");
    let all = found("The drone can carry a camera.");
    assert_eq!(event(&all, "carry").3, "UNDERSPECIFIED");
}

/// MEANTIME dev where present: span recall and factuality macro-F1 floors (the measured
/// figures are higher; these catch regressions).
#[test]
fn meantime_dev_floor() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/factuality/meantime.dev.gold.jsonl"
    );
    let Ok(raw) = std::fs::read_to_string(path) else {
        println!("skipping: {path} is absent");
        return;
    };
    use std::collections::HashMap;
    let (mut gold_total, mut matched) = (0usize, 0usize);
    // class -> (gold, system, both)
    let mut classes: HashMap<String, (usize, usize, usize)> = HashMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("json line");
        let text = doc["text"].as_str().unwrap_or("");
        let offsets = model::CharOffsets::new(text);
        let seg = text::segment(text);
        let found = events(text, &seg);
        let mut used = vec![false; found.len()];
        for g in doc["events"].as_array().into_iter().flatten() {
            gold_total += 1;
            let start = offsets.byte_of(g["start"].as_u64().unwrap_or(0) as usize);
            let end = offsets.byte_of(g["end"].as_u64().unwrap_or(0) as usize);
            let gold_span = Span::new(start, end.max(start));
            let Some(k) = (0..found.len()).find(|&k| !used[k] && found[k].span.overlaps(gold_span))
            else {
                continue;
            };
            used[k] = true;
            matched += 1;
            let gold_class = format!(
                "{}/{}",
                g["certainty"].as_str().unwrap_or(""),
                g["polarity"].as_str().unwrap_or("")
            );
            let system_class = format!(
                "{}/{}",
                found[k].certainty.as_str(),
                found[k].polarity.as_str()
            );
            classes.entry(gold_class.clone()).or_default().0 += 1;
            classes.entry(system_class.clone()).or_default().1 += 1;
            if gold_class == system_class {
                classes.entry(gold_class).or_default().2 += 1;
            }
        }
    }
    let recall = matched as f64 / gold_total.max(1) as f64;
    let f1s: Vec<f64> = classes
        .values()
        .filter(|c| c.0 > 0)
        .map(|&(g, s, both)| {
            if both == 0 {
                0.0
            } else {
                2.0 * both as f64 / (g + s) as f64
            }
        })
        .collect();
    let macro_f1 = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
    println!("meantime dev: span recall {recall:.3}, factuality macro-F1 {macro_f1:.3}");
    assert!(recall >= 0.75, "span recall {recall:.3}");
    assert!(macro_f1 >= 0.55, "macro-F1 {macro_f1:.3}");
}

proptest! {
    #[test]
    fn events_never_panic_and_lie_on_char_boundaries(text in "\\PC{0,120}") {
        let seg = text::segment(&text);
        for e in events(&text, &seg) {
            prop_assert!(e.span.start < e.span.end && e.span.end <= text.len());
            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            prop_assert!(e.time.is_some());
        }
    }

    #[test]
    fn events_on_word_soup(words in proptest::collection::vec(prop_oneof![
        Just("not"), Just("could"), Just("whether"), Just("will"), Just("to"), Just("sale"),
        Just("delayed"), Just("attacked"), Just(","), Just("the"), Just("plans"), Just("Über"),
        Just("n't"), Just("expected"), Just("if"), Just("\u{201C}"), Just("can"), Just("was"),
    ], 0..40)) {
        let text = words.join(" ");
        let seg = text::segment(&text);
        for e in events(&text, &seg) {
            prop_assert!(text.get(e.span.start..e.span.end).is_some());
            // Open polarity only comes with underspecified certainty.
            if e.polarity == Polarity::Underspecified {
                prop_assert_eq!(e.certainty, Certainty::Underspecified);
            }
        }
    }
}
