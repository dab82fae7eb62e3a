//! Behaviour tests for `assess` (hand-written sentences, one group per rule family), a check
//! against the seed's gold attributions where present, and property tests.

use super::*;
use model::{Certainty, Polarity};
use proptest::prelude::*;

/// Assesses `content`, the part of `sentence` it names, with `cue` (if any) located the same way.
fn judge(sentence: &str, content: &str, cue: Option<&str>) -> Factuality {
    let seg = text::segment(sentence);
    let start = sentence.find(content).expect("content in sentence");
    let span = Span::new(start, start + content.len());
    let cue = cue.map(|c| {
        let s = sentence.find(c).expect("cue in sentence");
        Span::new(s, s + c.len())
    });
    assess(sentence, &seg, span, cue)
}

fn certainty_of(sentence: &str) -> Certainty {
    judge(sentence, sentence, None).certainty
}

fn polarity_of(sentence: &str) -> Polarity {
    judge(sentence, sentence, None).polarity
}

#[test]
fn plain_statements_are_certain_and_positive() {
    let f = judge(
        "The ministry opened a new office in the port city.",
        "The ministry opened a new office in the port city",
        None,
    );
    assert_eq!(f, Factuality::default());
}

#[test]
fn a_second_subject_after_and_or_a_noun_s_complement_opens_a_clause_of_its_own() {
    assert_eq!(
        polarity_of("The anchor had broken loose and the master had not noticed it dragging."),
        Polarity::Positive
    );
    // Subjects joined by "and" before the first verb are one clause.
    assert_eq!(
        polarity_of("The company and the union had not agreed."),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("The outcome was a clear message that people cannot work longer."),
        Polarity::Positive
    );
    // A negation before the noun is the clause's.
    assert_eq!(
        polarity_of("There was no sign that talks would resume."),
        Polarity::Negative
    );
}

#[test]
fn superlatives_openness_to_talks_and_requests_hedge_nothing_and_almost_certainly_does() {
    assert_eq!(
        certainty_of("The closures had come at the worst possible time."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("It remained open to talks."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The bank is open to cutting rates."),
        Certainty::Possible
    );
    assert_eq!(
        certainty_of("It had asked lenders to consider freezing repayments."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The papers were almost certainly forged."),
        Certainty::Probable
    );
}

#[test]
fn a_second_past_verb_and_a_phrase_set_against_a_question_leave_the_first_clause() {
    assert_eq!(
        polarity_of("Troop movements were a sovereign matter and posed no threat."),
        Polarity::Positive
    );
    assert_eq!(
        certainty_of("It had stepped up testing and expected to publish results soon."),
        Certainty::Certain
    );
    assert_eq!(
        polarity_of("Satellite photos show you what is parked, not what it is for."),
        Polarity::Positive
    );
    // One verb: its negation stays.
    assert_eq!(
        polarity_of("The movements posed no threat."),
        Polarity::Negative
    );
}

#[test]
fn undecided_choices_denied_plans_and_little_or_no() {
    assert_eq!(
        judge(
            "It had not decided whether to cancel the tournament.",
            "It had not decided whether to cancel the tournament",
            None
        ),
        Factuality {
            certainty: Certainty::Underspecified,
            ..Factuality::default()
        }
    );
    let f = judge(
        "The government was not considering capital controls.",
        "The government was not considering capital controls",
        None,
    );
    assert_eq!(
        (f.certainty, f.polarity),
        (Certainty::Certain, Polarity::Negative)
    );
    assert_eq!(
        polarity_of("Accounts operated with little or no monitoring."),
        Polarity::Positive
    );
    assert_eq!(
        certainty_of("The government was worried the dispute could spread."),
        Certainty::Certain
    );
}

#[test]
fn a_second_complement_clause_leaves_the_first_as_it_is() {
    // "said A and that B": the factuality is read from A; B is a further clause.
    let sentence = "The operator said its systems went offline and that engineers did not \
                    expect to restore them soon.";
    let f = judge(
        sentence,
        "its systems went offline and that engineers did not expect to restore them soon",
        Some("said"),
    );
    assert_eq!(f, Factuality::default());
}

#[test]
fn a_wish_hedges_in_the_cue_not_in_the_content() {
    // "urged" as the cue: what follows is wanted, not stated.
    let f = judge(
        "The mayor urged residents to leave the valley.",
        "residents to leave the valley",
        Some("urged"),
    );
    assert_eq!(f.certainty, Certainty::Underspecified);
    // Inside the content, a demand that was made is stated.
    let f = judge(
        "An official said the group had demanded a ransom.",
        "the group had demanded a ransom",
        Some("said"),
    );
    assert_eq!(f.certainty, Certainty::Certain);
}

#[test]
fn a_month_or_a_name_spelled_like_a_modal_hedges_nothing() {
    assert_eq!(
        certainty_of("The police found cash during a search last May."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The team that Will Jones leads won the match."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The ferry may sail on Monday."),
        Certainty::Possible
    );
}

#[test]
fn a_hedge_word_after_of_is_an_adjective() {
    assert_eq!(
        certainty_of("A poll found that 64% of likely voters backed the plan."),
        Certainty::Certain
    );
}

#[test]
fn without_and_a_trailing_concession_leave_the_main_clause_positive() {
    assert_eq!(
        polarity_of("Supplies held up without blackouts."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("Two people died, although the deaths had not been confirmed."),
        Polarity::Positive
    );
    let f = judge(
        "The group called on the city to cap prices.",
        "the city to cap prices",
        Some("called on"),
    );
    assert_eq!(f.certainty, Certainty::Underspecified);
}

#[test]
fn refusing_to_exclude_leaves_a_positive_possibility() {
    for s in [
        "She did not rule out asking the allies for more air defence.",
        "The ministry has not ruled out a second round of talks.",
    ] {
        assert_eq!(certainty_of(s), Certainty::Possible, "{s}");
        assert_eq!(polarity_of(s), Polarity::Positive, "{s}");
    }
}

#[test]
fn probable_hedges() {
    for s in [
        "The convoy is expected to reach the border by Friday.",
        "The bridge will likely reopen next month.",
        "The vessels appear to have left the harbour.",
        "The council plans to build two schools.",
        "Officials believe the fire started in the kitchen.",
        "The talks will probably resume in spring.",
    ] {
        assert_eq!(certainty_of(s), Certainty::Probable, "{s}");
    }
}

#[test]
fn possible_hedges() {
    for s in [
        "The strike could spread to other factories.",
        "Prices may rise again in the autumn.",
        "The team might withdraw from the league.",
        "The city is considering closing the old bridge.",
        "The mayor possibly knew about the contract.",
        "The minister reportedly resigned on Monday.",
        "The firm allegedly hid its losses.",
    ] {
        assert_eq!(certainty_of(s), Certainty::Possible, "{s}");
    }
}

#[test]
fn underspecified_hedges() {
    // An inquiry is underspecified as the cue.
    let f = judge(
        "The agency is looking into claims that the dam leaked.",
        "claims that the dam leaked",
        Some("is looking into"),
    );
    assert_eq!(f.certainty, Certainty::Underspecified);
    for s in [
        "The spokesman declined to confirm or deny the report.",
        "The embassy would not comment on the arrests.",
        "Reporters could not verify the figures.",
    ] {
        assert_eq!(certainty_of(s), Certainty::Underspecified, "{s}");
    }
    // The hedge holds the negator: not a negation.
    assert_eq!(
        polarity_of("Reporters could not verify the figures."),
        Polarity::Positive
    );
}

#[test]
fn a_modal_bounding_a_comparison_hedges_nothing() {
    assert_eq!(
        certainty_of("We have taken this club as far as we can on our own."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("We could take this club further."),
        Certainty::Possible
    );
}

#[test]
fn can_tells_what_is_able_or_allowed_not_what_may_be() {
    assert_eq!(
        certainty_of("He can appeal to the court within 21 days."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The batteries can store 3,500 megawatt-hours."),
        Certainty::Certain
    );
}

#[test]
fn the_first_clause_decides_the_polarity() {
    // A second sentence of the quotation, a second clause with its own subject, a noun
    // phrase set against the clause and a negated noun in a phrase negate nothing.
    assert_eq!(
        polarity_of("Russian diplomats are welcome in Poland. Saboteurs are not."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("We fully support the decision, and we will not shield anyone."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("Passengers have been complaining for years and nobody listened."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("We are managing the water we have, not the water we wish we had."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("Russia would turn to recruits with no visible link to its embassies."),
        Polarity::Positive
    );
    // A second negator, in a clause of its own, does not cancel the first.
    assert_eq!(
        polarity_of("We will not pay criminals for data they had no right to take."),
        Polarity::Negative
    );
    // The first sentence's own negation still counts.
    assert_eq!(
        polarity_of("Saboteurs are not welcome. Diplomats are."),
        Polarity::Negative
    );
}

#[test]
fn negation_and_its_scope() {
    assert_eq!(
        polarity_of("The ships have not yet arrived at the port."),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("The union never signed the deal."),
        Polarity::Negative
    );
    assert_eq!(polarity_of("The plant didn't reopen."), Polarity::Negative);
    assert_eq!(
        polarity_of("The rebels had no chance of winning."),
        Polarity::Negative
    );
    // A negation inside a relative clause modifies a noun, not the statement.
    assert_eq!(
        polarity_of("The farmers, who had not been paid, blocked the road."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("The families came from villages that had not been surveyed."),
        Polarity::Positive
    );
    // After the relative clause's verb, an auxiliary or modal resumes the main clause.
    assert_eq!(
        polarity_of("The plan that was drafted in May would not pass."),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("The men who were arrested have not been charged."),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("The engineers who have also not been paid will keep working."),
        Polarity::Positive
    );
    // A clause with its own subject ("where residents were ...") keeps its auxiliaries.
    assert_eq!(
        polarity_of(
            "Rescuers reached the villages where residents were not thought to be stranded."
        ),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("The pilots who never flew at night joined the course."),
        Polarity::Positive
    );
    // Focus negation and replacement keep the statement positive.
    assert_eq!(
        polarity_of("The flood damaged not only the bridge but also the station."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("The delay does not reflect doubt, but rather caution about the weather."),
        Polarity::Positive
    );
}

#[test]
fn negative_hedge_is_probable_and_negative() {
    let f = judge(
        "The vote is unlikely to pass.",
        "The vote is unlikely to pass",
        None,
    );
    assert_eq!(
        (f.certainty, f.polarity),
        (Certainty::Probable, Polarity::Negative)
    );
    let f = judge(
        "The crews appear not to have finished the repairs.",
        "The crews appear not to have finished the repairs",
        None,
    );
    assert_eq!(
        (f.certainty, f.polarity),
        (Certainty::Probable, Polarity::Negative)
    );
}

#[test]
fn conditionals() {
    let f = judge(
        "The sale, if true, marks a shift in the company's plans.",
        "The sale, if true, marks a shift in the company's plans",
        None,
    );
    assert!(f.conditional);
    assert_eq!(f.certainty, Certainty::Underspecified);
    let f = judge(
        "The city could raise fares if fuel prices keep climbing.",
        "The city could raise fares if fuel prices keep climbing",
        None,
    );
    assert!(f.conditional);
    assert_eq!(f.certainty, Certainty::Possible);
    let f = judge(
        "Workers will strike unless wages rise.",
        "Workers will strike unless wages rise",
        None,
    );
    assert!(f.conditional);
    let f = judge(
        "The board is weighing a merger depending on how the market moves.",
        "The board is weighing a merger depending on how the market moves",
        None,
    );
    assert!(f.conditional);
    assert_eq!(f.certainty, Certainty::Possible);
}

#[test]
fn would_evaluates_or_reports_a_past_future() {
    // A hypothetical evaluation: conditional and underspecified.
    let f = judge(
        "Closing the port would mark a serious escalation.",
        "Closing the port would mark a serious escalation",
        None,
    );
    assert!(f.conditional);
    assert_eq!(f.certainty, Certainty::Underspecified);
    // A hedge after "would" says more.
    let f = judge(
        "Such a team would likely include engineers.",
        "Such a team would likely include engineers",
        None,
    );
    assert!(!f.conditional);
    assert_eq!(f.certainty, Certainty::Probable);
    // Future seen from the past: unhedged.
    let f = judge(
        "The firm said it would build a plant in Ohio.",
        "it would build a plant in Ohio",
        Some("said"),
    );
    assert_eq!(f, Factuality::default());
}

#[test]
fn hedges_of_a_relative_clause_or_nested_report_do_not_count() {
    let f = judge(
        "Analysts said the unit includes engineers who could repair the lines.",
        "the unit includes engineers who could repair the lines",
        Some("said"),
    );
    assert_eq!(f.certainty, Certainty::Certain);
    let f = judge(
        "The police told reporters that the suspects may have fled.",
        "The police told reporters that the suspects may have fled",
        None,
    );
    assert_eq!(f.certainty, Certainty::Certain);
}

#[test]
fn the_cue_meaning_counts() {
    let s = "The ministry denied that troops crossed the river.";
    let f = judge(s, "troops crossed the river", Some("denied"));
    assert_eq!(f.polarity, Polarity::Negative);
    let s = "The bank expects that rates will fall.";
    let f = judge(s, "rates will fall", Some("expects"));
    assert_eq!(f.certainty, Certainty::Probable);
    let s = "The spokesman declined to confirm or deny the raid took place.";
    let f = judge(
        s,
        "the raid took place",
        Some("declined to confirm or deny"),
    );
    assert_eq!(f.certainty, Certainty::Underspecified);
    let s = "The ministry said troops crossed the river.";
    assert_eq!(
        judge(s, "troops crossed the river", Some("said")),
        Factuality::default()
    );
}

#[test]
fn curly_apostrophes_and_case_are_folded() {
    assert_eq!(
        polarity_of("The plant didn\u{2019}t reopen."),
        Polarity::Negative
    );
    assert_eq!(certainty_of("It MAY rain."), Certainty::Possible);
}

/// The seed article's gold attributions: `assess` on each gold content span with its gold cue.
#[test]
fn seed_gold_attributions() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/nk-troops-2024-10-23.gold.json"
    );
    let Ok(raw) = std::fs::read_to_string(path) else {
        println!("skipping: {path} is absent");
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&raw).expect("seed gold is JSON");
    let text = gold["text"].as_str().expect("text");
    let offsets = model::CharOffsets::new(text);
    let span_of = |v: &serde_json::Value| -> Span {
        let s = v["start"].as_u64().expect("start") as usize;
        let e = v["end"].as_u64().expect("end") as usize;
        Span::new(offsets.byte_of(s), offsets.byte_of(e))
    };
    let seg = text::segment(text);
    let attributions = gold["attributions"].as_array().expect("attributions");
    let (mut certain_ok, mut polarity_ok) = (0, 0);
    for a in attributions {
        let f = assess(
            text,
            &seg,
            span_of(&a["content_span"]),
            Some(span_of(&a["cue_span"])),
        );
        let gold_certainty = a["certainty"].as_str().unwrap_or("");
        let gold_polarity = a["polarity"].as_str().unwrap_or("");
        if f.certainty.as_str() == gold_certainty {
            certain_ok += 1;
        } else {
            println!(
                "certainty {} != gold {gold_certainty}: {}",
                f.certainty.as_str(),
                a["id"]
            );
        }
        if f.polarity.as_str() == gold_polarity {
            polarity_ok += 1;
        } else {
            println!(
                "polarity {} != gold {gold_polarity}: {}",
                f.polarity.as_str(),
                a["id"]
            );
        }
    }
    let n = attributions.len() as f64;
    assert!(n > 0.0);
    println!("seed: certainty {certain_ok}/{n}, polarity {polarity_ok}/{n}");
    assert!(
        certain_ok as f64 / n >= 0.85,
        "certainty accuracy {certain_ok}/{n}"
    );
    assert!(
        polarity_ok as f64 / n >= 0.85,
        "polarity accuracy {polarity_ok}/{n}"
    );
}

proptest! {
    #[test]
    fn assess_never_panics(text in "\\PC{0,80}", a in 0usize..100, b in 0usize..100, c in 0usize..100, d in 0usize..100) {
        let seg = text::segment(&text);
        let _ = assess(&text, &seg, Span { start: a.min(b), end: a.max(b) }, Some(Span { start: c.min(d), end: c.max(d) }));
        // Reversed and out-of-range spans too.
        let _ = assess(&text, &seg, Span { start: b.max(a), end: a.min(b) }, None);
    }

    #[test]
    fn assess_on_word_soup_never_panics(words in proptest::collection::vec(prop_oneof![
        Just("not"), Just("could"), Just("if"), Just("would"), Just("be"), Just("who"), Just(","),
        Just("said"), Just("likely"), Just("n't"), Just("only"), Just("but"), Just("rather"),
        Just("declined"), Just("to"), Just("confirm"), Just("or"), Just("deny"), Just("’"),
    ], 0..30)) {
        let text = words.join(" ");
        let seg = text::segment(&text);
        let f = assess(&text, &seg, Span::new(0, text.len()), None);
        // Conditional without a hedge is never certain.
        if f.conditional { prop_assert!(f.certainty != Certainty::Certain); }
    }
}

#[test]
fn hedge_words_used_as_nouns_hedge_nothing() {
    for s in [
        "The agency stood by its estimate of about 900 households.",
        "The bureau kept the forecast it issued on Monday.",
        "Officials said their latest estimate covered every district.",
    ] {
        assert_eq!(certainty_of(s), Certainty::Certain, "{s}");
    }
    // The verb reading still hedges.
    assert_eq!(
        certainty_of("Officials suspect that 900 households were affected."),
        Certainty::Probable
    );
    // An estimate is the source's own figure: it commits to it.
    assert_eq!(
        certainty_of("Officials estimate that 900 households were affected."),
        Certainty::Certain
    );
}

#[test]
fn a_negation_in_a_zero_relative_clause_does_not_negate() {
    // A relative clause without a pronoun modifies the noun before it.
    for s in [
        "Many of those households came from hamlets the ministry had not yet surveyed.",
        "The council spent the money it did not have.",
        "The villages the teams could not reach were flooded.",
        "The reporter repeated the things he never said.",
        "The clinic treated patients from districts the army could n't enter.",
        "Most of the boats the coastguard did not inspect sailed at dawn.",
        "The farmers planted seeds from the stock their cooperative had not sold.",
        "The audit covered the accounts the board has still not published.",
        "The crews repaired the roads they cannot use in winter.",
        "The museum returned the paintings its curators never catalogued.",
        "The pilots landed on the strip the engineers had not finished.",
        "Aid reached some of the towns we could not visit.",
        "The rally played music at a volume I do not think the square had ever heard.",
        "The guards used the keys in a manner he did not expect.",
        "The team went to the valleys the maps did not show.",
        "All the wells the engineers had not tested were closed.",
        "There are still three men we have not found.",
    ] {
        assert_eq!(polarity_of(s), Polarity::Positive, "{s}");
    }
    // The main clause resumes at an auxiliary after the clause's verb.
    for s in [
        "The villages the teams could not reach were not flooded.",
        "The workers the firm could not pay have not returned.",
        "The money it did not have was never spent.",
    ] {
        assert_eq!(polarity_of(s), Polarity::Negative, "{s}");
    }
    // The clause's modal does not hedge the statement.
    assert_eq!(
        certainty_of("The villages the teams could not reach were flooded."),
        Certainty::Certain
    );
}

#[test]
fn main_clause_negations_that_look_like_zero_relatives_still_negate() {
    for s in [
        "The ministry had not surveyed the hamlets.",
        "For years the ministry had not paid.",
        "In 2019 the ministry had not acted.",
        "The report found the ministry had not acted.",
        "He knows the ministry did not act.",
        "The hamlets were not surveyed.",
        // Fronted time and adverbial phrases.
        "Last week the army did not advance.",
        "This time the court did not delay its ruling.",
        "On Monday the ministry did not respond.",
        "After an audit the ministry had not changed its rules.",
        "Despite the warnings the council did not close the bridge.",
        "At least the storm had not damaged the port.",
        "In fact the ministry did not reply.",
        "A week later the families had not returned.",
        "Due to the storm the teams could not reach the valley.",
        "Yet in the north the rebels had not withdrawn.",
        // A noun with a clause of its own, and a verb with an object and a clause.
        "The audit highlighted the fact the ministry had not acted.",
        // A copula's complement clause: "the problem is (that) the ministry did not act".
        "The problem is the ministry did not act.",
        "The mayor convinced the donors the city had not wasted their money.",
        // Verbs before the subject: a complement clause, not a relative one.
        "The audit shows the ministry did not act.",
        "The villagers fear the army will not return.",
        "The aid the donors had promised did not arrive.",
        "The report the ministry published did not mention the hamlets.",
        // An infinitive, an object pronoun, a complementizer, a clitic and a question word
        // before the subject.
        "His plan to save the harbour had not won over the council.",
        "The guard let her know it was not allowed.",
        "The clerk stepped away to make sure he did not break the seal.",
        "The mayor is fairly sure she cannot win.",
        "Perhaps that is why I would not sign it.",
        "The flood was the reason why the crops had not grown.",
        "Knowing that back home we did not have power, the crew stayed.",
    ] {
        assert_eq!(polarity_of(s), Polarity::Negative, "{s}");
    }
    // A reporting verb ends the scan, as before.
    assert_eq!(
        polarity_of("Officials said the ministry had not acted."),
        polarity_of("Officials said the ministry had acted.")
    );
    let f = judge(
        "Officials said the ministry had not acted.",
        "the ministry had not acted",
        Some("said"),
    );
    assert_eq!(f.polarity, Polarity::Negative);
}

#[test]
fn a_passive_after_would_is_a_future_in_the_past() {
    assert_eq!(
        certainty_of("most stranded travellers would be rebooked by Thursday"),
        Certainty::Certain
    );
    // Irregular participles too.
    assert_eq!(
        certainty_of("the wall would be built and paid for by the state"),
        Certainty::Certain
    );
    // An evaluation after "would be" stays hypothetical.
    assert_eq!(
        certainty_of("the move would be a dangerous escalation"),
        Certainty::Underspecified
    );
}

#[test]
fn none_after_and_opens_a_clause_of_its_own() {
    assert_eq!(
        polarity_of("All 23 crew members were taken off the ship and none was injured"),
        Polarity::Positive
    );
}

#[test]
fn abilities_reasons_inquiries_and_nouns_hedge_nothing() {
    // A denied ability negates without hedging.
    assert_eq!(
        certainty_of("she could not afford to lose two days"),
        Certainty::Certain
    );
    assert_eq!(
        polarity_of("she could not afford to lose two days"),
        Polarity::Negative
    );
    // A reason's modal is the reason's.
    assert_eq!(
        certainty_of("the maker will recall the cars because the inflators can rupture"),
        Certainty::Certain
    );
    // An inquiry inside a statement is asserted.
    assert_eq!(
        certainty_of("the unit was examining a further 900 contracts"),
        Certainty::Certain
    );
    // A hedge word as a noun ending its clause.
    assert_eq!(
        certainty_of("the inspector had begun a review of the program's cost estimates"),
        Certainty::Certain
    );
    // An embedded question after the verb; a statement opening with "whether" stays open.
    assert_eq!(
        certainty_of("the agency had asked two carmakers whether they bought the parts"),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("whether the carmakers bought the parts"),
        Certainty::Underspecified
    );
}

#[test]
fn deontic_should_but_clauses_and_quoted_participles() {
    // "should" in an evaluation obliges; it does not hedge.
    assert_eq!(
        certainty_of("families should not still be sleeping in motels"),
        Certainty::Certain
    );
    // A clause after "but" is its own.
    assert_eq!(
        polarity_of("she heard a motorbike but thought nothing of it"),
        Polarity::Positive
    );
    // A quotation mark before the participle after "would be".
    assert_eq!(
        certainty_of("the findings would be \u{201c}studied carefully\u{201d}"),
        Certainty::Certain
    );
}

#[test]
fn a_second_verb_phrase_and_sparing_no_effort() {
    assert_eq!(
        polarity_of("the reform was fair and would not be withdrawn"),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("the government would spare no effort to help"),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("the reform would not be withdrawn"),
        Polarity::Negative
    );
}

#[test]
fn a_clause_of_time_keeps_its_negation_and_too_early_to_tell_commits_to_nothing() {
    assert_eq!(
        polarity_of("The rocket exploded after its second stage did not ignite."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("The alarm did not sound before the fire started."),
        Polarity::Negative
    );
    // "after" opening a phrase inside the subject ends nothing.
    assert_eq!(
        polarity_of("Boreholes drilled after the cyclone had not been maintained."),
        Polarity::Negative
    );
    assert_eq!(
        certainty_of("It was too early to tell whether the fault lay in the engine."),
        Certainty::Underspecified
    );
}

#[test]
fn an_adjective_hedge_after_a_preposition_hedges_nothing_and_should_be_finished_is_expected() {
    assert_eq!(
        certainty_of("It had opened an investigation into possible negligence."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The recount should be finished by Dec. 1."),
        Certainty::Probable
    );
    assert_eq!(
        certainty_of("People should stay away from the coast."),
        Certainty::Certain
    );
}

#[test]
fn a_hedge_after_no_is_denied_not_hedging() {
    let s = "The government had no plans to intervene in the sale.";
    assert_eq!(certainty_of(s), Certainty::Certain);
    assert_eq!(polarity_of(s), Polarity::Negative);
    // Without "no" the plan hedges.
    assert_eq!(
        certainty_of("The government plans to intervene in the sale."),
        Certainty::Probable
    );
}

#[test]
fn anothers_reported_hope_is_a_fact_and_a_speakers_own_hedges() {
    assert_eq!(
        certainty_of("Investors had hoped for faster savings."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The company hopes the cuts will be voluntary."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("We hope the talks succeed."),
        Certainty::Possible
    );
}

#[test]
fn an_infinitive_of_ease_and_a_participle_set_off_by_commas_hedge_nothing() {
    assert_eq!(
        certainty_of("The gap had been easy to predict."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The rainy season, expected within weeks, could cut off roads."),
        Certainty::Possible
    );
    // The participle as the main verb still hedges.
    assert_eq!(
        certainty_of("The rainy season is expected within weeks."),
        Certainty::Probable
    );
}

#[test]
fn a_request_for_an_act_is_underspecified() {
    let s = "The union asked regulators to attach job guarantees to any approval.";
    let f = judge(s, "to attach job guarantees to any approval", Some("asked"));
    assert_eq!(f.certainty, Certainty::Underspecified);
    // Without its cue the infinitive states a plan no one asked for: probable at most.
    let f = judge(
        "The union asked regulators to attach job guarantees to any approval.",
        "to attach job guarantees to any approval",
        None,
    );
    assert_ne!(f.certainty, Certainty::Underspecified);
    let s = "The ministry asked residents to the area's shelters.";
    let f = judge(s, "to the area's shelters", Some("asked"));
    assert_eq!(f.certainty, Certainty::Certain);
    let s = "The candidate asked for a recount.";
    let f = judge(s, "a recount", Some("asked for"));
    assert_eq!(f.certainty, Certainty::Underspecified);
}

#[test]
fn could_of_the_senses_hedges_nothing() {
    assert_eq!(
        certainty_of("We could hear her knocking on a beam."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("We could lose everything."),
        Certainty::Possible
    );
    assert_eq!(
        certainty_of("Households could see bills rise by 30 euros a month."),
        Certainty::Possible
    );
}

#[test]
fn a_passive_that_cannot_be_ruled_out_is_possible() {
    let f = judge(
        "Delays cannot be ruled out on some routes.",
        "Delays cannot be ruled out on some routes",
        None,
    );
    assert_eq!(f.certainty, Certainty::Possible);
    assert_eq!(f.polarity, Polarity::Positive);
}

#[test]
fn a_comparison_with_what_was_expected_hedges_nothing() {
    assert_eq!(
        certainty_of("Exports rose more than expected."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("Prices rose 1.6%, well below what economists had expected."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The plan is delivering results faster than anyone predicted."),
        Certainty::Certain
    );
    // The expectation itself still hedges.
    assert_eq!(
        certainty_of("Exports are expected to rise."),
        Certainty::Probable
    );
}

#[test]
fn a_held_judgement_and_suspected_cases_hedge_nothing() {
    assert_eq!(
        certainty_of("The board considers that the risks are now balanced."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("At least two suspected cases had been detected in the capital."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The bank is considering a cut."),
        Certainty::Possible
    );
}

#[test]
fn a_second_verb_of_a_relative_clause_stays_in_it() {
    // "and have never been" is the relative clause's, not the statement's.
    assert_eq!(
        polarity_of(
            "We are seeing families who crossed over last month and have never been near a clinic."
        ),
        Polarity::Positive
    );
    // Without the coordination the auxiliary resumes the main clause.
    assert_eq!(
        polarity_of("The plan that was drafted last year would not pass."),
        Polarity::Negative
    );
}

#[test]
fn a_clause_of_time_hedges_and_negates_nothing() {
    assert_eq!(
        certainty_of("A closure would hit firms squeezed last summer, when barges could carry only 30% of their loads."),
        Certainty::Certain
    );
    assert_eq!(
        polarity_of(
            "The scans failed on Tuesday, when staff found they could no longer open files."
        ),
        Polarity::Positive
    );
}

#[test]
fn maybe_before_a_figure_rounds_it_and_hedges_nothing() {
    assert_eq!(
        certainty_of("I have been here since dawn and moved maybe 200 metres."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The wave was perhaps a metre high."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("Maybe the plan will work."),
        Certainty::Possible
    );
}

#[test]
fn a_refusal_to_rule_out_with_the_object_between_leaves_it_possible() {
    let f = judge(
        "The regulator said it could not rule one out until the maker had examined the parts.",
        "it could not rule one out until the maker had examined the parts",
        None,
    );
    assert_eq!(
        (f.certainty, f.polarity),
        (Certainty::Possible, Polarity::Positive)
    );
    assert_eq!(
        certainty_of("The economy weakened faster than it had anticipated."),
        Certainty::Certain
    );
}

#[test]
fn a_span_a_standard_and_a_named_risk() {
    assert_eq!(
        judge(
            "The bank had enough reserves to intervene for as long as needed.",
            "The bank had enough reserves to intervene for as long as needed",
            None
        ),
        Factuality::default()
    );
    assert_eq!(
        certainty_of(
            "The tests found the compound above the level regulators consider acceptable."
        ),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("We see a material risk that targets will be missed again."),
        Certainty::Possible
    );
}

#[test]
fn relatives_with_do_amounts_near_zero_and_inquiries_whether() {
    assert_eq!(
        polarity_of("They announce victories that do not exist."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("A rule that can sink a livelihood cannot be drafted in an office."),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("A phone call costs almost nothing compared with a week in hospital."),
        Polarity::Positive
    );
    assert_eq!(
        certainty_of("The agency was reviewing whether other medicines were affected."),
        Certainty::Underspecified
    );
}

#[test]
fn a_condition_without_a_hedge_takes_the_cue_s() {
    let sentence =
        "Analysts predicted that the storm would cause losses of $6 billion if it came ashore.";
    let f = judge(
        sentence,
        "the storm would cause losses of $6 billion if it came ashore",
        Some("predicted"),
    );
    assert_eq!((f.certainty, f.conditional), (Certainty::Probable, true));
    // Without a hedging cue it stays underspecified.
    let f = judge(
        sentence,
        "the storm would cause losses of $6 billion if it came ashore",
        None,
    );
    assert_eq!(f.certainty, Certainty::Underspecified);
}

#[test]
fn a_second_modal_an_embedded_question_and_a_set_off_participle() {
    // "and could ...": a second verb of the same subject; the first clause decides.
    assert_eq!(
        certainty_of("Inspectors would check the whole fleet and could suspend its permit."),
        Certainty::Certain
    );
    // A question embedded after the first word keeps its hedges.
    assert_eq!(
        certainty_of(
            "The party had asked lawyers to examine whether the vote could be challenged."
        ),
        Certainty::Certain
    );
    // A participle set off by commas describes the noun, however long.
    assert_eq!(
        certainty_of("The second vessel, believed to be the Alba Ray, left the area."),
        Certainty::Certain
    );
    assert_eq!(
        certainty_of("The ministry was reviewing what the figures meant for its forecasts."),
        Certainty::Underspecified
    );
    // "every estimate": a noun, no hedge.
    assert_eq!(
        certainty_of("Every estimate released since February had been affected."),
        Certainty::Certain
    );
}

#[test]
fn thought_to_be_cannot_rule_out_and_an_opening_whether() {
    assert_eq!(
        certainty_of("Eight to ten vehicles were thought to be under the debris."),
        Certainty::Probable
    );
    assert_eq!(
        certainty_of("We cannot rule out an explosive eruption in the coming weeks."),
        Certainty::Possible
    );
    let quoted = "“Whether it was the cause, I can't tell you,”";
    assert_eq!(
        judge(quoted, quoted, None).certainty,
        Certainty::Underspecified
    );
}

#[test]
fn a_negation_inside_a_condition_denies_the_condition_not_the_statement() {
    assert_eq!(
        polarity_of("councils could face a shortfall if ministers did not cover the cost"),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("if the money does not appear, the union would strike again"),
        Polarity::Positive
    );
    // The main clause's own negation still counts, before or after the condition.
    assert_eq!(
        polarity_of("the firm would not pay unless the court ordered it"),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("if the deal failed, the plant would not reopen"),
        Polarity::Negative
    );
    // So is a hedge inside a condition the condition's.
    assert_eq!(
        certainty_of("they would call a strike if management went ahead with plans to sell"),
        Certainty::Underspecified
    );
}

#[test]
fn a_clause_after_a_comma_and_and_is_its_own() {
    assert_eq!(
        certainty_of("38,000 hectares have been flooded, and losses could exceed $76 million"),
        Certainty::Certain
    );
    assert_eq!(
        polarity_of("the programme was purely defensive and not open to negotiation"),
        Polarity::Positive
    );
    // Without the comma the second verb is in the statement.
    assert_eq!(
        certainty_of("losses could exceed $76 million and hit farmers"),
        Certainty::Possible
    );
}

#[test]
fn contrasts_with_a_preposition_and_concessions_with_though_deny_nothing() {
    assert_eq!(
        polarity_of("she would make that decision on day one, not on a debate stage"),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("Tanabe accepted an invitation to visit Pretoria, though no date has been set"),
        Polarity::Positive
    );
}

#[test]
fn a_nested_report_of_advice_or_assurance_is_reported_as_made() {
    assert_eq!(
        polarity_of("the lawyers had advised that an appeal was unlikely to succeed"),
        Polarity::Positive
    );
    assert_eq!(
        certainty_of("the lawyers had advised that an appeal was unlikely to succeed"),
        Certainty::Certain
    );
    assert_eq!(
        polarity_of("the chief had assured union leaders that no closures were planned"),
        Polarity::Positive
    );
}

#[test]
fn an_open_question_and_an_option_kept_open() {
    assert_eq!(
        certainty_of("It was not yet clear whether the storm had played a role."),
        Certainty::Underspecified
    );
    assert_eq!(
        certainty_of("A rate increase was not off the table."),
        Certainty::Possible
    );
    assert_eq!(
        polarity_of("A rate increase was not off the table."),
        Polarity::Positive
    );
}

#[test]
fn contrasts_bounds_and_nested_findings_do_not_negate() {
    // A word or two set against the clause after "not".
    assert_eq!(
        polarity_of("Crowds had been underestimated for years, not weeks."),
        Polarity::Positive
    );
    // A bound on a time.
    assert_eq!(
        polarity_of("Markets are pricing in a cut no earlier than February."),
        Polarity::Positive
    );
    // What is shown or told after "that" or "telling" is a clause of its own.
    assert_eq!(
        polarity_of("This ruling shows that no company is above the law."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("Women have been telling us they do not feel safe."),
        Polarity::Positive
    );
    // A forecast named as a thing hedges nothing.
    assert_eq!(
        certainty_of("The agency will publish an updated forecast on Thursday."),
        Certainty::Certain
    );
}

#[test]
fn a_noun_shaped_like_a_report_and_a_closing_nothing() {
    // "states" after "member" is a noun: the hedge after it is the statement's.
    assert_eq!(
        certainty_of("Member states are expected to approve the rules in May."),
        Certainty::Probable
    );
    assert_eq!(
        polarity_of("We took the dog and the photographs, nothing else."),
        Polarity::Positive
    );
    assert_eq!(
        certainty_of("The figure was an early estimate."),
        Certainty::Certain
    );
}

#[test]
fn an_alternative_clause_a_name_in_capitals_and_no_choice_but() {
    assert_eq!(
        polarity_of("We either act now, or there will be nothing left to protect."),
        Polarity::Positive
    );
    // An apposition after ", or" stays in the clause.
    assert_eq!(
        polarity_of("About 7,800 doctors, or roughly 62% of them, had not reported for work."),
        Polarity::Negative
    );
    assert_eq!(
        polarity_of("Bane NOR has spent 1.2 billion crowns on the line."),
        Polarity::Positive
    );
    assert_eq!(
        polarity_of("It had no choice but to postpone the debate."),
        Polarity::Positive
    );
}

#[test]
fn a_hedging_verb_of_the_same_subject_after_and_leaves_the_first_clause() {
    assert_eq!(
        certainty_of(
            "The council has released 20 million rand for repairs and plans to hire 40 engineers."
        ),
        Certainty::Certain
    );
    // One clause whose own verb hedges stays hedged.
    assert_eq!(
        certainty_of("The council plans to hire 40 engineers."),
        Certainty::Probable
    );
}

#[test]
fn a_match_with_what_was_expected_hedges_nothing() {
    assert_eq!(
        certainty_of("The aftershocks were behaving as expected for a quake of that size."),
        Certainty::Certain
    );
}

#[test]
fn a_comparison_with_what_we_anticipated_hedges_nothing() {
    assert_eq!(
        certainty_of("Domestic demand has lost momentum faster than we anticipated."),
        Certainty::Certain
    );
}
