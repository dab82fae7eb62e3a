//! Behaviour tests: one per construction, with sentences written for these tests.
use super::*;
use model::{Certainty, Polarity};
use proptest::prelude::*;

fn run_with(text: &str, entities: &[Entity]) -> Vec<Attribution> {
    let segmentation = text::segment(text);
    let context = Context {
        text,
        segmentation: &segmentation,
        entities,
        timexes: &[],
        published: Some("2024-10-23T08:00:00"),
    };
    find(&context)
}

fn run(text: &str) -> Vec<Attribution> {
    run_with(text, &[])
}

/// The attributions of `text` where its word `day` is a date (valued `value`).
/// The statement whose cue comes last in the text.
fn last_statement(found: &[Attribution]) -> &Attribution {
    found
        .iter()
        .max_by_key(|a| a.cue_span.start)
        .expect("statements")
}

fn run_with_day(text: &str, day: &str, value: &str) -> Vec<Attribution> {
    let segmentation = text::segment(text);
    let start = text.find(day).expect("day in text");
    let timexes = [Timex {
        span: Span::new(start, start + day.len()),
        kind: model::TimexKind::Date,
        value: value.to_string(),
        modifier: None,
    }];
    let context = Context {
        text,
        segmentation: &segmentation,
        entities: &[],
        timexes: &timexes,
        published: None,
    };
    find(&context)
}

fn entity(text: &str, word: &str, kind: EntityKind, canonical: &str) -> Entity {
    let start = text.find(word).expect("word in text");
    Entity {
        span: Span::new(start, start + word.len()),
        kind,
        canonical: canonical.to_string(),
    }
}

fn content<'t>(text: &'t str, a: &Attribution) -> &'t str {
    a.content_span.of(text)
}

/// The source mention and the content of the one statement `text` holds.
/// The attribution of `found` whose cue reads `cue` in `text` (the test fails without one).
fn by_cue<'a>(found: &'a [Attribution], text: &str, cue: &str) -> &'a Attribution {
    found
        .iter()
        .find(|f| f.cue_span.of(text) == cue)
        .unwrap_or_else(|| panic!("no cue {cue:?} in {found:?}"))
}

fn sole(text: &str) -> (&str, &str) {
    let found = run(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let source = found[0].source_span.map_or("", |s| s.of(text));
    (source, content(text, &found[0]))
}

#[test]
fn that_clause_after_source_and_cue() {
    let text = "The mayor said that the bridge will reopen next spring.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        content(text, &found[0]),
        "the bridge will reopen next spring"
    );
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(found[0].source_span.unwrap().of(text), "The mayor");
    assert!(!found[0].direct);
    assert_eq!(found[0].when.as_deref(), Some("2024-10-23"));
}

#[test]
fn content_before_a_clause_final_cue_and_told_audience() {
    let text = "Ferries will stop at noon, the port authority told local fishermen.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "Ferries will stop at noon");
    assert_eq!(found[0].audience.as_deref(), Some("local fishermen"));
    assert_eq!(found[0].source_span.unwrap().of(text), "the port authority");
}

#[test]
fn according_to_before_and_after() {
    let text = "According to the harbor master, two ships collided overnight.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].cue_span.of(text), "According to");
    assert_eq!(content(text, &found[0]), "two ships collided overnight");
    let text = "Two ships collided overnight, according to the harbor master.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "Two ships collided overnight");
    assert_eq!(found[0].source_span.unwrap().of(text), "the harbor master");
}

#[test]
fn split_quotation_is_one_attribution_with_two_fragments() {
    let text = "“We lost the vote,” she said. “We will try again in May.”\nNext paragraph.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    let a = &found[0];
    assert_eq!(a.content_fragments.len(), 2);
    assert_eq!(a.content_fragments[0].of(text), "“We lost the vote,”");
    assert_eq!(
        a.content_fragments[1].of(text),
        "“We will try again in May.”"
    );
    assert!(a.direct);
    assert!(a.content_span.contains(a.content_fragments[1]));
}

#[test]
fn colon_after_a_speaker_introduces_a_quotation() {
    let text = "Coach Rivera: “Nobody expected this result.”";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].cue_span.of(text), ":");
    assert_eq!(found[0].source_span.unwrap().of(text), "Coach Rivera");
    assert!(found[0].direct);
}

#[test]
fn inverted_cue_takes_source_after_it() {
    let text = "“The budget is balanced,” said Maria Lopez, the treasurer.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert!(found[0]
        .source_span
        .unwrap()
        .of(text)
        .starts_with("Maria Lopez"));
    assert_eq!(content(text, &found[0]), "“The budget is balanced,”");
}

#[test]
fn pronoun_and_short_name_take_the_earlier_full_name() {
    let text = "Transport Minister Ana Silva said the tunnel is safe. Silva also said repairs \
                are finished. She said the cost was modest.";
    let found = run(text);
    assert_eq!(found.len(), 3);
    assert_eq!(found[0].source, "Ana Silva");
    assert_eq!(found[1].source, "Ana Silva");
    assert_eq!(found[2].source, "Ana Silva");
    assert_eq!(found[2].source_span.unwrap().of(text), "She");
}

#[test]
fn named_entities_give_canonical_sources() {
    let text = "The Federal Weather Office said storms are likely. The weather agency said \
                roads may flood.";
    let entities = [entity(
        text,
        "Federal Weather Office",
        EntityKind::Org,
        "Federal Weather Office",
    )];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].source, "Federal Weather Office");
    // "the weather agency": an organization before it whose name has a compatible word.
    let text2 = "The Border Service closed a crossing. The agency said the queue was long.";
    let entities2 = [entity(
        text2,
        "Border Service",
        EntityKind::Org,
        "Border Service",
    )];
    let found2 = run_with(text2, &entities2);
    assert_eq!(found2.len(), 1);
    assert_eq!(found2[0].source, "Border Service");
}

#[test]
fn unnamed_sources_are_anonymous_and_later_mentions_tie_back() {
    let text = "A senior port official told reporters that the cranes were sabotaged. \
                The repairs will take weeks, according to the source.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert!(found[0].anonymous);
    assert_eq!(found[0].source, "anonymous: senior port official");
    assert_eq!(found[0].audience.as_deref(), Some("reporters"));
    assert!(found[1].anonymous);
    assert_eq!(found[1].source, found[0].source);
}

#[test]
fn people_described_but_not_named_are_anonymous() {
    let text = "One mother said the clinic had turned her away twice. \
                A worker at the plant said the alarms never sounded. \
                The mother said she would not go back. \
                His wife said he was asleep.";
    let found = run(text);
    assert_eq!(found.len(), 4);
    assert!(found[0].anonymous);
    assert_eq!(found[0].source, "anonymous: One mother");
    assert!(found[1].anonymous);
    assert_eq!(found[1].source, "anonymous: worker at the plant");
    // "the mother" later is the same unnamed person; "his wife" is someone the text ties
    // to a known person.
    assert_eq!(found[2].source, found[0].source);
    assert!(!found[3].anonymous);
}

#[test]
fn a_denied_statement_named_by_its_noun_is_the_content_but_a_pointer_is_not() {
    let text = "Tanner denied the accusation. The ministry rejected that.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "the accusation");
    assert_eq!(found[0].factuality.polarity, Polarity::Negative);
}

#[test]
fn who_passed_a_statement_on_is_no_part_of_it() {
    assert_eq!(
        sole("Maiyo denied any wrongdoing through his lawyer, Grace Njoroge."),
        ("Maiyo", "any wrongdoing")
    );
    assert_eq!(
        sole("The firm denied the claims via a spokesman on Friday."),
        ("The firm", "the claims")
    );
}

#[test]
fn acts_done_to_people_are_no_cues() {
    let text = "Kenyan runner Elias Maiyo banned for four years over doping\n\nThe unit said the \
                samples were tampered with.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the samples were tampered with");
}

#[test]
fn a_sentence_opened_by_at_least_is_a_content_not_an_adjunct() {
    assert_eq!(
        sole("At least 23 people were killed when the train left the tracks, the board said."),
        (
            "the board",
            "At least 23 people were killed when the train left the tracks"
        )
    );
}

#[test]
fn rule_out_is_a_cue_whatever_the_classifier_makes_of_it() {
    let text = "He did not rule out a meeting.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "a meeting");
    assert_eq!(found[0].factuality.certainty, Certainty::Possible);
}

#[test]
fn a_second_negated_verb_of_the_speaker_ends_the_first_content() {
    let text = "He said the cycle was likely to continue for years, and did not rule out \
                a fissure opening inside the town.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "the cycle was likely to continue for years"
    );
    assert_eq!(
        content(text, &found[1]),
        "a fissure opening inside the town"
    );
    assert_eq!(found[1].factuality.certainty, Certainty::Possible);
    assert_eq!(found[1].factuality.polarity, Polarity::Positive);
}

#[test]
fn a_participle_after_a_quotation_closed_by_its_comma_ends_the_content() {
    let text = "The minister told reporters that the offer was \"the most we can bear,\" \
                noting that the ministry had costed the demand.";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "the offer was \"the most we can bear,\""
    );
}

#[test]
fn a_bare_noun_denied_or_ruled_out_is_the_content() {
    assert_eq!(
        sole("Grassley denied wrongdoing."),
        ("Grassley", "wrongdoing")
    );
    assert_eq!(
        sole("Officials ruled out sabotage."),
        ("Officials", "sabotage")
    );
    // What is refused is no statement.
    assert!(run("The friend was denied bail.").is_empty());
}

#[test]
fn a_time_after_a_learned_cues_noun_phrase_dates_the_cue() {
    let text = "Rep. Kevin Cramer, who formally endorsed Trump on Sunday, had worked quietly.";
    let found = run_with_day(text, "Sunday", "2024-10-20");
    let endorsed = by_cue(&found, text, "endorsed");
    assert_eq!(content(text, endorsed), "Trump");
    // The same where the sentence ends with the day.
    let text = "Palin endorsed Trump on Tuesday.";
    let found = run_with_day(text, "Tuesday", "2024-10-22");
    assert_eq!(content(text, &found[0]), "Trump");
    // A deadline is the phrase's, not the cue's.
    let text = "Both sides expect the deal to close by the end of September.";
    let found = run_with_day(text, "the end of September", "2026-09");
    assert_eq!(
        content(text, &found[0]),
        "the deal to close by the end of September"
    );
}

#[test]
fn a_caller_into_a_show_says_nothing_yet() {
    assert!(run("She called into a radio program when she was home sick.").is_empty());
    assert!(run("He called in to a town hall about policing.").is_empty());
}

#[test]
fn put_estimates_a_figure_and_the_content_ends_with_it() {
    let text = "Governor Teresa Alcaraz put the death toll at 17 in a radio interview on \
                Wednesday. Police put the crowd at about 8,000. He put it bluntly.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert_eq!(content(text, &found[0]), "the death toll at 17");
    assert_eq!(found[0].source, "Teresa Alcaraz");
    assert_eq!(content(text, &found[1]), "the crowd at about 8,000");
}

#[test]
fn out_joins_the_cue_before_that_and_after_rule() {
    let text = "She pointed out that the ban had failed. Grassley did not rule out a meeting. \
                The senator ruled out a run for president.";
    let found = run(text);
    assert_eq!(found.len(), 3);
    assert_eq!(content(text, &found[0]), "the ban had failed");
    assert_eq!(found[0].cue_span.of(text), "pointed out");
    // Refusing to exclude leaves the content possible; excluding it denies it.
    assert_eq!(content(text, &found[1]), "a meeting");
    assert_eq!(found[1].factuality.certainty, Certainty::Possible);
    assert_eq!(found[1].factuality.polarity, Polarity::Positive);
    assert_eq!(content(text, &found[2]), "a run for president");
    assert_eq!(found[2].factuality.polarity, Polarity::Negative);
}

#[test]
fn a_body_after_a_countrys_possessive_keeps_the_country() {
    let text = "Kyrgyzstan's Foreign Ministry said the build-up was a threat. \
                Tajikistan's Foreign Ministry dismissed the reports. \
                The ministry said it had summoned the ambassador.";
    let entities = [
        entity(text, "Kyrgyzstan", EntityKind::Gpe, "Kyrgyzstan"),
        entity(
            text,
            "Foreign Ministry",
            EntityKind::Org,
            "Foreign Ministry",
        ),
        entity(text, "Tajikistan", EntityKind::Gpe, "Tajikistan"),
    ];
    let mut entities = entities.to_vec();
    let second = text.rfind("Foreign Ministry").unwrap();
    entities.push(Entity {
        span: Span::new(second, second + "Foreign Ministry".len()),
        ..entities[1].clone()
    });
    entities.sort_by_key(|e| e.span.start);
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 3);
    // (Each filed under the portfolio's full name and its country: `national_bodies`.)
    assert_eq!(found[0].source, "Ministry of Foreign Affairs (Kyrgyzstan)");
    assert_eq!(found[1].source, "Ministry of Foreign Affairs (Tajikistan)");
    // "The ministry" is the last such body to have spoken.
    assert_eq!(found[2].source, "Ministry of Foreign Affairs (Tajikistan)");
}

#[test]
fn impersonal_reports_instructions_and_estimates_of_a_part() {
    let text = "It was reported that some taxi firms had raised their fares. \
                The regulator has told pharmacies to clear the packs by Friday. \
                Ridgeback Capital urged the board to open negotiations. \
                The Red Cross put the number of wounded at more than 60. \
                Mair disputed the figures.";
    let found = run(text);
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(found[0].anonymous);
    assert_eq!(found[0].source, "anonymous: unattributed reports");
    assert!(found[0].source_span.is_none());
    assert_eq!(
        content(text, &found[0]),
        "some taxi firms had raised their fares"
    );
    // An instruction: the object and its infinitive are the content, wanted, not stated.
    assert_eq!(
        content(text, &found[1]),
        "pharmacies to clear the packs by Friday"
    );
    assert_eq!(found[1].kind, AttributionKind::Intention);
    assert_eq!(found[1].factuality.certainty, Certainty::Underspecified);
    assert_eq!(content(text, &found[2]), "the board to open negotiations");
    assert_eq!(found[2].audience.as_deref(), Some("the board"));
    assert_eq!(
        content(text, &found[3]),
        "the number of wounded at more than 60"
    );
    assert_eq!(content(text, &found[4]), "the figures");
}

#[test]
fn told_after_a_quotation_and_an_apposition_keeps_the_name_as_source() {
    let text = "“We will win,” Seth McKee, a political scientist at Texas Tech, told The Hill. \
                Ridgeback Capital, a fund that owns 4% of Crestline, urged the board to talk.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Seth McKee");
    assert_eq!(found[0].audience.as_deref(), Some("The Hill"));
    assert_eq!(content(text, &found[0]), "“We will win,”");
    // An instruction never inverts: the noun phrase after "urged" is told to act.
    assert_eq!(found[1].source_span.unwrap().of(text), "Ridgeback Capital");
    assert_eq!(content(text, &found[1]), "the board to talk");
}

#[test]
fn a_name_with_an_apposition_after_a_quotation_speaks_when_only_a_time_follows_the_cue() {
    // A closing mark typed as two apostrophes closes the quotation as a curly one does.
    let text = "The vote was close. ''The veto will be overridden,'' Ann Reed, a senator from \
                Ohio, said Tuesday.";
    let found = run_with_day(text, "Tuesday", "2024-10-22");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Ann Reed");
    assert_eq!(content(text, &found[0]), "''The veto will be overridden,''");
}

#[test]
fn non_commitment_cue() {
    let text = "The ministry declined to confirm or deny the report about the shipment.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(found[0].cue_span.of(text), "declined to confirm or deny");
    assert_eq!(content(text, &found[0]), "the report about the shipment");
}

#[test]
fn relay_chain_sets_parent_and_relayed_by() {
    let text = "According to Senator Okafor, the regulator told the committee that prices \
                will rise.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    let (outer, inner) = (&found[0], &found[1]);
    assert_eq!(outer.kind, AttributionKind::Relay);
    assert_eq!(inner.parent.as_deref(), Some(outer.id.as_str()));
    assert_eq!(inner.relayed_by, vec![outer.source.clone()]);
    assert_eq!(inner.audience.as_deref(), Some("the committee"));
    assert_eq!(content(text, inner), "prices will rise");
}

#[test]
fn coordinated_cue_shares_the_source_and_cuts_the_first_clause() {
    let text = "The chairman said the plan is costly but noted that savings will follow.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert_eq!(content(text, &found[0]), "the plan is costly");
    assert_eq!(content(text, &found[1]), "savings will follow");
    assert_eq!(found[1].source, found[0].source);
}

#[test]
fn kind_markers_inside_content() {
    let text = "The council said it is considering a new tax.";
    let found = run(text);
    assert_eq!(found[0].kind, AttributionKind::Intention);
}

#[test]
fn weak_cues_need_a_clear_complement_and_names_are_no_cues() {
    assert!(run("Rescuers found 40 bodies in the north.").is_empty());
    // A piece of evidence that finds something reports it, object or clause.
    assert_eq!(
        sole("The survey found 40 cases in the north."),
        ("The survey", "40 cases in the north")
    );
    let found = run("The survey found that most voters were undecided.");
    assert_eq!(found.len(), 1);
    // "State" in a name is no cue; "intelligence disclosed by" is a passive, no report.
    let text = "State Department officials met. Officials read intelligence disclosed by allies.";
    assert!(run(text).is_empty());
}

#[test]
fn every_span_points_at_the_right_text() {
    let text = "Pilots warned on Tuesday that delays could grow, and the airline said: “We are \
                ready.” Fares will rise, a spokesman said.";
    let lexicon = &*LEXICON;
    for a in run(text) {
        let cue = a.cue_span.of(text).to_lowercase();
        let known = lexicon.verbs.contains_key(cue.as_str())
            || cue == ":"
            || lexicon.phrases.iter().any(|p| p.0.join(" ") == cue);
        assert!(known, "cue {cue:?} is not a cue word");
        assert!(!a.content_span.of(text).trim().is_empty());
        assert!(!a.source_span.unwrap().of(text).contains(&cue));
    }
}

#[test]
fn factuality_is_taken_from_assess() {
    let text = "The agency said the troops may not arrive.";
    let found = run(text);
    let segmentation = text::segment(text);
    let expected = factuality::assess(
        text,
        &segmentation,
        found[0].content_span,
        Some(found[0].cue_span),
    );
    assert_eq!(found[0].factuality, expected);
}

proptest! {
    #[test]
    fn never_panics_and_spans_stay_on_char_boundaries(
        text in "([A-Za-z]{1,8}|said|told|according|to|that|“|”|\"|''|,|\\.|:|é|—| |\n){0,60}"
    ) {
        for a in run(&text) {
            let mut spans = vec![a.cue_span, a.content_span];
            spans.extend(a.source_span);
            spans.extend(a.content_fragments.iter().copied());
            for s in spans {
                prop_assert!(s.start <= s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            for f in &a.content_fragments {
                prop_assert!(a.content_span.contains(*f));
            }
        }
    }
}

#[test]
fn learned_stance_cue_takes_its_object_as_content() {
    let text = "The retired governor endorsed the harbor bond in a radio interview.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].cue_span.of(text), "endorsed");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "The retired governor"
    );
    assert!(content(text, &found[0]).starts_with("the harbor bond"));
}

#[test]
fn weak_cue_right_after_its_subject_is_a_verb_but_not_after_a_determiner() {
    let text = "Many farmers say the drought will last another year.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        content(text, &found[0]),
        "the drought will last another year"
    );
    let text = "The report was late. His claims drew little notice. Students in states won by rivals left.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn several_appositions_before_the_cue_keep_the_opening_name() {
    let text =
        "But Lena Ortiz, head of lending at the Pine Bank for Farmers, said rates will rise.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert!(found[0]
        .source_span
        .unwrap()
        .of(text)
        .starts_with("Lena Ortiz"));
    assert_eq!(content(text, &found[0]), "rates will rise");
}

#[test]
fn quotation_goes_on_after_an_inverted_cue_with_an_apposition() {
    let text =
        "\"The roads are closed,\" said Ana Ruiz, a clerk for the county. \"Nobody can pass.\"";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert!(content(text, &found[0]).ends_with("Nobody can pass.\""));
    assert!(content(text, &found[0]).starts_with("\"The roads"));
}

#[test]
fn title_case_headline_verbs_are_cues_but_names_in_body_are_not() {
    let text = "New Survey Shows Gains For The Mayor\n\nState Department staff met on Monday.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "Shows");
    assert_eq!(content(text, &found[0]), "Gains For The Mayor");
}

#[test]
fn a_later_line_in_title_case_is_a_headline_of_its_own() {
    let text = "Council votes on the pier\n\nMayor Olsen Says The Pier Will Close In May\n\
                Olsen spoke to reporters.\n\nPaul Ryan And Mitch McConnell At The Podium\n\
                Harbour Board staff met on Monday.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "Says");
    assert_eq!(content(text, &found[0]), "The Pier Will Close In May");
}

#[test]
fn semicolon_and_participle_end_the_content() {
    let text = "The union said wages fell; the owners disagree.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "wages fell");
    let text = "The coach said the team improved, prompting cheers from fans.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "the team improved");
}

#[test]
fn relay_in_the_next_sentence_reaches_back_to_the_same_briefing() {
    let text = "Ferries will stop at noon, the Harbor Board told local lawmakers. According to \
                Senator Okafor, the Harbor Board told members of the transport committee that \
                fares will rise.";
    let found = run(text);
    let first = found
        .iter()
        .find(|a| content(text, a) == "Ferries will stop at noon")
        .expect("the first statement");
    assert_eq!(first.relayed_by, vec!["Okafor".to_string()]);
    assert_eq!(first.parent, None);
    // Another audience is another occasion: nothing is carried back.
    let text = "Ferries will stop at noon, the Harbor Board told reporters. According to \
                Senator Okafor, the Harbor Board told members of the transport committee that \
                fares will rise.";
    let found = run(text);
    let first = found
        .iter()
        .find(|a| content(text, a) == "Ferries will stop at noon")
        .expect("the first statement");
    assert!(first.relayed_by.is_empty());
}

#[test]
fn but_quotation_after_a_that_clause_is_a_second_direct_statement() {
    let text = "The coach told reporters that the team is training hard, but \u{201c}has not \
                yet found its rhythm.\u{201d}";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert_eq!(content(text, &found[0]), "the team is training hard");
    assert!(!found[0].direct);
    assert_eq!(
        content(text, &found[1]),
        "\u{201c}has not yet found its rhythm.\u{201d}"
    );
    assert!(found[1].direct);
    assert_eq!(found[1].cue_span, found[0].cue_span);
    assert_eq!(found[1].source, found[0].source);
    assert_eq!(found[1].factuality.polarity, Polarity::Negative);
    // A quotation inside the clause after "but" stays with it.
    let text = "The coach said the team lacks speed, but rather its \u{201c}spirit\u{201d} \
                is strong.";
    let found = run(text);
    assert_eq!(found.len(), 1);
}

#[test]
fn appear_not_to_have_in_a_quotation_is_negative_and_if_true_underspecified() {
    let text = "The ministry said the ships \u{201c}appear not to have left port.\u{201d}";
    let found = run(text);
    assert_eq!(found[0].factuality.polarity, Polarity::Negative);
    let text = "According to the minister, the plan, if true, is \u{201c}reckless.\u{201d}";
    let found = run(text);
    assert_eq!(found[0].factuality.certainty, Certainty::Underspecified);
}

#[test]
fn without_and_a_participle_end_the_content() {
    let text = "The envoy noted that talks are going on without offering details.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "talks are going on");
    assert_eq!(found[0].factuality.polarity, Polarity::Positive);
}

#[test]
fn weak_cue_after_a_determiner_and_a_singular_name_is_a_noun() {
    let found = run("The FDA report came a week after the recall.");
    assert!(found.is_empty());
    let text = "The officials report that the road is closed.";
    assert_eq!(run(text).len(), 1);
}

#[test]
fn a_phrase_without_an_actor_head_is_no_source() {
    // "Asked about" is no speaker: the weak cue "reports" has no source and no attribution.
    let text = "Asked about reports that the pier had closed, the harbour master shrugged.";
    let found = run(text);
    assert!(found.iter().all(|a| a.source != "Asked about"), "{found:?}");
    let text = "The clerk was told to discuss the ledger publicly, said the ferries had stopped.";
    assert!(run(text).iter().all(|a| a
        .source_span
        .is_none_or(|s| s.of(text) != "ledger publicly")));
}

#[test]
fn negation_before_the_cue_is_skipped_to_reach_the_subject() {
    let text = "The coalition has not said whether it will back the levy.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source_span.unwrap().of(text), "The coalition");
}

#[test]
fn an_actor_noun_or_quantifier_is_a_source() {
    let text = "Some said the water had reached the second floor.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "anonymous: Some");
    // Residents are people the text describes but does not name.
    let text = "Residents said the road was cut off.";
    assert_eq!(run(text)[0].source, "anonymous: Residents");
}

#[test]
fn a_place_that_modifies_the_head_gives_the_whole_phrase() {
    let text = "About 300 homes were flooded, according to the Upper Fenwick district council.";
    let place = entity(text, "Upper Fenwick", EntityKind::Gpe, "Upper Fenwick");
    let found = run_with(text, &[place]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "Upper Fenwick district council");
}

#[test]
fn an_apposed_name_after_a_role_is_the_source() {
    let text = "The brigade sent two trucks, according to its commander, Maj. Ilse Varn.";
    let person = entity(text, "Ilse Varn", EntityKind::Person, "Ilse Varn");
    let found = run_with(text, &[person]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "Ilse Varn");
    assert_eq!(content(text, &found[0]), "The brigade sent two trucks");
    let text = "“We are ready,” said the firm's spokeswoman, Dana Orlo.";
    let person = entity(text, "Dana Orlo", EntityKind::Person, "Dana Orlo");
    let found = run_with(text, &[person]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "Dana Orlo");
}

#[test]
fn a_bare_title_is_the_one_person_bearing_it() {
    let text = "Minister says bridge will reopen\nFinance Minister Rolf Haber said costs rose.";
    let person = entity(text, "Rolf Haber", EntityKind::Person, "Rolf Haber");
    let found = run_with(text, std::slice::from_ref(&person));
    let headline = found
        .iter()
        .find(|a| a.source_span.is_some_and(|s| s.of(text) == "Minister"))
        .expect("headline attribution");
    assert_eq!(headline.source, "Rolf Haber");
    // Two ministers: the title stays unresolved.
    let text = "Minister says bridge will reopen\nFinance Minister Rolf Haber and Transport \
                Minister Eva Lunde spoke.";
    let second = entity(text, "Eva Lunde", EntityKind::Person, "Eva Lunde");
    let first = entity(text, "Rolf Haber", EntityKind::Person, "Rolf Haber");
    let found = run_with(text, &[first, second]);
    assert_eq!(found[0].source, "Minister");
}

#[test]
fn a_plain_speech_cue_keeps_a_phrase_without_an_actor_head() {
    // A poll share is no actor noun of its own, but "said" attributes whatever stands before it.
    let text = "Forty-one in 10 said the ferry fares were too high.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the ferry fares were too high");
}

#[test]
fn a_that_complement_or_a_pronoun_keeps_a_phrase_without_an_actor_head() {
    let text = "The tide chart claimed that turnout had doubled in the valley.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "turnout had doubled in the valley"
    );
    let text = "He's already predicting the dam will hold through spring.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]
        .source_span
        .is_some_and(|s| s.of(text).contains("He")));
}

#[test]
fn a_weak_cue_after_a_non_actor_without_a_complement_is_dropped() {
    // "discuss" after "not authorised to" has neither a speaker nor a clause to attribute.
    let text = "The clerk is not authorised to discuss the tender in any detail.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

fn fragments_text<'t>(text: &'t str, a: &Attribution) -> Vec<&'t str> {
    a.content_fragments.iter().map(|f| f.of(text)).collect()
}

#[test]
fn a_source_never_relays_itself() {
    let text = "Alma Rist said she hoped the ferry would run again by May.";
    let people = [entity(text, "Alma Rist", EntityKind::Person, "Alma Rist")];
    let found = run_with(text, &people);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "she hoped the ferry would run again by May"
    );
    assert!(found[0].relayed_by.is_empty());
    assert_eq!(found[0].kind, AttributionKind::Assertion);
}

#[test]
fn a_concessive_clause_with_its_own_cue_ends_the_content() {
    let text = "The baker said prices would rise, though she noted that flour was cheaper.";
    let found = run(text);
    let said = found
        .iter()
        .find(|a| a.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(content(text, said), "prices would rise");
    let noted = found
        .iter()
        .find(|a| a.cue_span.of(text) == "noted")
        .unwrap();
    assert_eq!(content(text, noted), "flour was cheaper");
}

#[test]
fn an_adjunct_before_that_is_not_content() {
    let text = "The senator said during a town hall in Brell that the tunnel was unsafe.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "the tunnel was unsafe");
}

#[test]
fn the_object_of_urge_is_the_audience_and_the_infinitive_the_content() {
    let text = "Officials urged owners of small boats not to sail on Sunday.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "not to sail on Sunday");
    assert_eq!(found[0].audience.as_deref(), Some("owners of small boats"));
    let text = "The nurse told him that the ward was full.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "the ward was full");
    assert_eq!(found[0].audience.as_deref(), Some("him"));
}

#[test]
fn a_time_after_a_clause_final_cue_is_no_content() {
    let text = "A new bridge toll will start in June, the mayor announced late on Friday.";
    let found = run_with_day(text, "Friday", "2024-10-25");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "A new bridge toll will start in June"
    );
}

#[test]
fn fragment_contents_are_no_statements() {
    // A participle after a passive cue, a bare definite noun phrase.
    for text in [
        "The hiker was reported missing.",
        "The union welcomed the plan.",
    ] {
        let found = run(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // An elliptical answer is a statement, as PolNeAR annotates it.
    let text = "Labor Department officials said it would not.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "it would not");
    // A short quotation is still what was said.
    let text = "The officer said: \"No.\"";
    assert_eq!(run(text).len(), 1);
}

#[test]
fn a_coordinated_cue_after_a_fragment_keeps_the_subject() {
    let text = "The union welcomed the plan but said it should also cover nurses.";
    let unions = [entity(text, "union", EntityKind::Org, "Harbour Union")];
    let found = run_with(text, &unions);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "it should also cover nurses");
    assert_eq!(found[0].source, "Harbour Union");
}

#[test]
fn a_quotation_closed_by_a_question_mark_before_its_cue() {
    let text = "\"Who could have planned for this?\" the mayor asked, pointing at the river.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "\"Who could have planned for this?\""
    );
    assert!(found[0].direct);
}

#[test]
fn a_quotation_filling_the_next_paragraph_goes_on() {
    let text = "\"We will rebuild,\" the mayor said.\n\n\"Every house will stand again.\"";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        fragments_text(text, &found[0]),
        vec!["\"We will rebuild,\"", "\"Every house will stand again.\""]
    );
}

#[test]
fn a_quotation_after_its_cue_ends_its_paragraph_before_a_cue_in_the_next() {
    // The next paragraph's opening cue ("According to") is no cue of the quotation's own.
    let text = "Pier vote\n\n\"We have never seen a queue like this,\" Lind said. \"Every day \
                it grows.\"\n\nAccording to the harbour board, the pier will reopen.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(said.content_fragments.len(), 2, "{said:?}");
    assert!(content(text, said).ends_with("Every day it grows.\""));
}

#[test]
fn a_name_a_group_gives_itself_is_no_statement() {
    let text = "Pier vote\n\nA group calling itself Black Harbor claimed responsibility in a post \
                on a forum, the harbour board said.";
    let found = run(text);
    assert!(
        found.iter().all(|a| a.cue_span.of(text) != "calling"),
        "{found:?}"
    );
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "A group calling itself Black Harbor claimed responsibility in a post on a forum"
    );
}

#[test]
fn a_parenthetical_cue_splits_its_content() {
    let text = "The lake rose fast, the water board (WB) said, more than a metre in a day.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        fragments_text(text, &found[0]),
        vec!["The lake rose fast", "more than a metre in a day"]
    );
}

#[test]
fn a_role_apposition_with_a_name_after_the_content_is_the_source() {
    let text = "The hearing will be held in May, its chair, Deputy Ivo Brand, said on Friday.";
    let people = [entity(text, "Ivo Brand", EntityKind::Person, "Ivo Brand")];
    let found = run_with(text, &people);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "The hearing will be held in May");
    assert_eq!(found[0].source, "Ivo Brand");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "its chair, Deputy Ivo Brand"
    );
}

#[test]
fn a_quantifier_source_is_anonymous() {
    let text = "Some said the water had reached their doors.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert!(found[0].anonymous);
    assert!(found[0].source.starts_with("anonymous: "));
}

#[test]
fn the_government_is_the_one_the_text_named() {
    let text = "Crews from Norvia came, and the Ostrian government thanked them. \
                The government said more boats were coming.";
    let places = [
        entity(text, "Norvia", EntityKind::Gpe, "Norvia"),
        entity(text, "Ostrian", EntityKind::Norp, "Ostrian"),
    ];
    let found = run_with(text, &places);
    let said = found
        .iter()
        .find(|a| a.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(said.source, "Ostrian government");
}

#[test]
fn a_bare_title_is_the_person_named_with_it_in_several_forms() {
    let text = "Minister says roads reopen\n\nTransport Minister Ida Voss said the roads would \
                reopen. Ida Voss said more buses would run.";
    let first = text.find("Transport Minister Ida Voss").unwrap();
    let second = text.rfind("Ida Voss").unwrap();
    let people = [
        Entity {
            span: Span::new(first, first + "Transport Minister Ida Voss".len()),
            kind: EntityKind::Person,
            canonical: "Transport Minister Ida Voss".to_string(),
        },
        Entity {
            span: Span::new(second, second + "Ida Voss".len()),
            kind: EntityKind::Person,
            canonical: "Ida Voss".to_string(),
        },
    ];
    let found = run_with(text, &people);
    let headline = found
        .iter()
        .find(|a| a.cue_span.of(text) == "says")
        .unwrap();
    assert_eq!(headline.source, "Transport Minister Ida Voss");
}

#[test]
fn a_split_quotation_goes_on_behind_an_adjunct() {
    let text =
        "\"The pier is safe,\" Mr. Holm said during a visit to Brell, \"but the road is not.\"";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        fragments_text(text, &found[0]),
        vec!["\"The pier is safe,\"", "\"but the road is not.\""]
    );
    let text = "\"We are ready,\" said Ana Ruiz on Friday, \"and we will stay ready.\"";
    let found = run(text);
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
}

#[test]
fn a_learned_cue_takes_a_noun_phrase_up_to_a_comma() {
    let text = "The senator endorsed the harbour plan, which the council had rejected in May.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the harbour plan");
}

#[test]
fn a_cue_word_with_a_particle_is_another_verb() {
    for text in [
        "The governor showed up at the fair on Sunday.",
        "The coach brushed aside the complaints.",
    ] {
        let found = run(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_pronoun_after_a_noun_opens_a_relative_clause_not_a_source() {
    let text = "Please read the two guides I wrote for new parents.";
    let found = run(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_clause_final_cue_reports_the_whole_earlier_attribution() {
    let text = "Field teams had told her that the hamlets were empty, she said.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    let said = found
        .iter()
        .find(|a| a.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(
        content(text, said),
        "Field teams had told her that the hamlets were empty"
    );
    let told = found
        .iter()
        .find(|a| a.cue_span.of(text) == "told")
        .unwrap();
    assert_eq!(content(text, told), "the hamlets were empty");
    assert_eq!(told.audience.as_deref(), Some("her"));
    assert_eq!(told.parent.as_deref(), Some(said.id.as_str()));
}

#[test]
fn a_bare_title_taken_for_a_body_is_still_the_titled_person() {
    let text =
        "Minister says roads reopen\n\nThe roads reopened, Transport Minister Ida Voss said.";
    let start = text.find("Transport Minister Ida Voss").unwrap();
    let wrongly_typed = [
        Entity {
            span: Span::new(0, "Minister".len()),
            kind: EntityKind::Person,
            canonical: "Minister".to_string(),
        },
        Entity {
            span: Span::new(start, start + "Transport Minister Ida Voss".len()),
            kind: EntityKind::Org,
            canonical: "Transport Minister Ida Voss".to_string(),
        },
    ];
    let found = run_with(text, &wrongly_typed);
    let headline = found
        .iter()
        .find(|a| a.cue_span.of(text) == "says")
        .unwrap();
    assert_eq!(headline.source, "Transport Minister Ida Voss");
}

#[test]
fn the_government_after_a_nationality_is_that_nation_s_government() {
    let text = "Crews from Norvia joined Ostrian teams, and the government said boats were coming.";
    let places = [
        entity(text, "Norvia", EntityKind::Gpe, "Norvia"),
        entity(text, "Ostrian", EntityKind::Gpe, "Ostrian"),
    ];
    let found = run_with(text, &places);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Ostrian government");
}

#[test]
fn she_refers_back_to_the_source_known_as_she() {
    let text = "Ines Caldar said she would ask again. Paul Ferro told the committee the dam was \
                fine. She said the data should be published.";
    let people = [
        entity(text, "Ines Caldar", EntityKind::Person, "Ines Caldar"),
        entity(text, "Paul Ferro", EntityKind::Person, "Paul Ferro"),
    ];
    let found = run_with(text, &people);
    let last = found.last().unwrap();
    assert_eq!(content(text, last), "the data should be published");
    assert_eq!(last.source, "Ines Caldar");
}

#[test]
fn he_after_a_newly_named_speaker_is_that_speaker() {
    // An earlier source known as "he" does not win over a nearer one of unknown gender.
    let text = "Khalid Al Mansoori called the deal historic. He told reporters the fund would \
                stay. Paolo Ferraris, the club chairman, said the board would study the offer. \
                He added that talks were possible.";
    let people = [
        entity(
            text,
            "Khalid Al Mansoori",
            EntityKind::Person,
            "Khalid Al Mansoori",
        ),
        entity(text, "Paolo Ferraris", EntityKind::Person, "Paolo Ferraris"),
    ];
    let found = run_with(text, &people);
    let last = found.last().unwrap();
    assert_eq!(content(text, last), "talks were possible");
    assert_eq!(last.source, "Paolo Ferraris");
}

#[test]
fn she_after_a_spokeswoman_for_a_body_is_the_body_again() {
    let text = "Inquiry widens\n\nIvana Horvat said the fund had lost money. A spokeswoman for \
                the Ministry of Justice said the government would cooperate. She added that no \
                minister was under suspicion.";
    let entities = [
        entity(text, "Ivana Horvat", EntityKind::Person, "Ivana Horvat"),
        entity(
            text,
            "Ministry of Justice",
            EntityKind::Org,
            "Ministry of Justice",
        ),
    ];
    let found = run_with(text, &entities);
    let last = found.last().unwrap();
    assert_eq!(content(text, last), "no minister was under suspicion");
    assert_eq!(last.source, "Ministry of Justice");
}

#[test]
fn a_quotation_signed_by_a_dash_and_a_name() {
    let text = "Readers wrote in.\n\u{201d}The town deserves better. It said so.\u{201d} \u{2015} Ana Ruiz\n\
                \u{201c}Nobody listens.\u{201d}\u{2014} Tom Ek.\nMore text follows here.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].source, "Ana Ruiz");
    assert_eq!(found[0].cue_span.of(text), "\u{2015}");
    assert_eq!(
        content(text, &found[0]),
        "\u{201d}The town deserves better. It said so.\u{201d}"
    );
    assert_eq!(found[1].source, "Tom Ek");
    // A dash inside a line is no signature.
    let text = "\u{201c}Fine,\u{201d} \u{2014} the crowd was loud that night.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != "\u{2014}"));
}

#[test]
fn a_speaker_label_or_a_headline_name_before_a_colon() {
    let text = "Holm: The harbour must stay open\n\nThe debate went on.\n\n\
                BRANDT: Will you keep the ferry running?\n\nHOLM: We will, every day.";
    let found = run(text);
    let by = |name: &str| found.iter().find(|a| a.source == name).unwrap();
    assert_eq!(content(text, by("Holm")), "The harbour must stay open");
    assert_eq!(
        content(text, by("BRANDT")),
        "Will you keep the ferry running?"
    );
    assert_eq!(content(text, by("HOLM")), "We will, every day");
    // A colon inside a sentence of running text labels nobody.
    let text = "The plan had one flaw: nobody had asked the fishermen.";
    assert!(run(text).is_empty());
}

#[test]
fn a_label_naming_no_speaker_before_a_colon_is_no_cue() {
    // Page furniture and news-flash labels: the line after them is nobody's statement.
    for text in [
        "BREAKING: Ferry service to the islands resumes\n\nThe boats left at dawn.",
        "The Latest: Harbour reopens after the storm\n\nThe quay was busy.",
        "For example: \u{201c}We never closed the harbour.\u{201d}",
        "UPDATE: The ferry left at noon.",
    ] {
        let found = run(text);
        assert!(
            found.iter().all(|a| a.cue_span.of(text) != ":"),
            "{text:?} gave {found:?}"
        );
    }
    // A speaker's name before the colon still is one.
    let text = "BRANDT: The ferry will run every day.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "BRANDT");
}

#[test]
fn an_asked_question_commits_to_nothing_and_a_passive_ask_is_no_statement() {
    let text = "The harbour master asked whether the ferry would run on Sunday.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        content(text, &found[0]),
        "whether the ferry would run on Sunday"
    );
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    let text = "The council asked the port how many ships had left since May.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(found[0].factuality.certainty, Certainty::Underspecified);
    assert_eq!(found[0].audience.as_deref(), Some("the port"));
    // The subject of a passive "asked" is the one questioned: nobody states anything.
    for text in [
        "The harbour master was asked whether the ferry would run on Sunday.",
        "Asked if the ferry would run, the harbour master smiled.",
        "When asked whether the ferry would run, the captain left the quay.",
    ] {
        let found = run(text);
        assert!(
            found.iter().all(|a| !a.cue_span.of(text).contains("sked")),
            "{text:?} gave {found:?}"
        );
    }
    // A progressive is the subject's own question.
    let text = "Fishermen are asking whether the harbour will reopen.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
}

#[test]
fn state_is_a_cue_only_before_a_clear_complement() {
    // Mostly a noun: "many states", "the state".
    for text in [
        "Many states hold their primaries in March.",
        "Coastal states expect heavy rain next week.",
    ] {
        let found = run(text);
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
    let text = "The mayor states that the harbour will close in May.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "the harbour will close in May");
}

#[test]
fn a_cue_and_colon_closing_a_line_introduce_the_next_line() {
    let text =
        "The mayor spoke first.\n\nThe harbour master added:\n\nNo ship will leave before noon.";
    let found = run(text);
    let added = found
        .iter()
        .find(|a| a.cue_span.of(text).starts_with("added"))
        .unwrap();
    assert_eq!(content(text, added), "No ship will leave before noon");
    assert_eq!(added.source_span.unwrap().of(text), "The harbour master");
}

#[test]
fn a_relative_pronoun_is_the_source_mention_named_by_its_antecedent() {
    let text = "She fired an architect who said he was never paid.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "who");
    assert_eq!(found[0].source, "architect");
    assert_eq!(content(text, &found[0]), "he was never paid");
    let text = "The senator backed Ana Ruiz, who says she is honored.";
    let people = [entity(text, "Ana Ruiz", EntityKind::Person, "Ana Ruiz")];
    let found = run_with(text, &people);
    let says = found
        .iter()
        .find(|a| a.cue_span.of(text) == "says")
        .unwrap();
    assert_eq!(says.source, "Ana Ruiz");
}

#[test]
fn a_straight_mark_in_closing_position_closes_a_curly_quotation() {
    let text = "\u{201c}The deals must end,\" Chairman Ivo Brand said in a statement, adding that \
                they were handed out \"like candy.\"";
    let found = run(text);
    let said = found
        .iter()
        .find(|a| a.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(content(text, said), "\u{201c}The deals must end,\"");
    assert!(found.iter().any(|a| a.cue_span.of(text) == "adding"));
}

#[test]
fn appositions_between_dashes_and_long_comma_appositions() {
    let text = "Kall -- co-editor of a book on debates -- said the candidate liked surprises.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "Kall -- co-editor of a book on debates"
    );
    let text = "Dana Ross, 59, of Brell, Md., who watched on a screen, said the day moved her.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the day moved her");
}

#[test]
fn a_name_closing_the_sentence_after_the_cue_is_the_source() {
    let text = "Rents would fall, but for some, the costs would rise, said Batchelder.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Batchelder");
    assert_eq!(
        content(text, &found[0]),
        "Rents would fall, but for some, the costs would rise"
    );
}

#[test]
fn a_description_with_another_modifier_is_another_body() {
    let text = "The National Weather Office said more rain was coming. Schools will stay closed, \
                the provincial education office said.";
    let offices = [entity(
        text,
        "National Weather Office",
        EntityKind::Org,
        "National Weather Office",
    )];
    let found = run_with(text, &offices);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].source, "provincial education office");
}

fn run_with_dates(text: &str, dates: &[(&str, &str)]) -> Vec<Attribution> {
    let segmentation = text::segment(text);
    let timexes: Vec<Timex> = dates
        .iter()
        .map(|&(word, value)| {
            let start = text.find(word).expect("date word in text");
            Timex {
                span: Span::new(start, start + word.len()),
                kind: model::TimexKind::Date,
                value: value.to_string(),
                modifier: None,
            }
        })
        .collect();
    let context = Context {
        text,
        segmentation: &segmentation,
        entities: &[],
        timexes: &timexes,
        published: Some("2024-10-23T08:00:00"),
    };
    find(&context)
}

#[test]
fn when_is_the_day_it_was_said_next_to_the_cue() {
    let text = "The harbour master said on Monday that the pier would open.";
    let found = run_with_dates(text, &[("Monday", "2024-10-21")]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].when.as_deref(), Some("2024-10-21"));
    let text = "On Monday, the harbour master said the pier would open.";
    let found = run_with_dates(text, &[("Monday", "2024-10-21")]);
    assert_eq!(found[0].when.as_deref(), Some("2024-10-21"));
}

#[test]
fn a_deadline_or_another_clause_does_not_date_the_statement() {
    let text = "The pier could open by Friday, the harbour master said.";
    let found = run_with_dates(text, &[("Friday", "2024-10-18")]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].when.as_deref(), Some("2024-10-23"));
    let text =
        "Divers reached the wreck on Monday, and the coastguard said more boats were coming.";
    let found = run_with_dates(text, &[("Monday", "2024-10-21")]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].when.as_deref(), Some("2024-10-23"));
}

#[test]
fn a_place_inside_the_content_is_not_its_source() {
    let text = "Divers reached the wreck, and the government said more boats were coming from the port, Tarnby.";
    let tarnby = entity(text, "Tarnby", EntityKind::Gpe, "Tarnby");
    let found = run_with(text, &[tarnby]);
    assert_eq!(found.len(), 1);
    assert!(content(text, &found[0]).ends_with("Tarnby"));
    assert_ne!(found[0].source, "Tarnby");
}

#[test]
fn a_split_quotation_goes_on_after_a_cue_with_adjuncts() {
    let text = "“We cannot wait,” the mayor told reporters on the quay, where the water stood high. “The pumps must run all night.”";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert!(content(text, &found[0]).ends_with("all night.”"));
    assert_eq!(found[0].content_fragments.len(), 2);
}

#[test]
fn a_participle_cue_shares_the_subject_of_its_clause() {
    let text = "The harbour master stood on the pier. In reply to the ban, the ferry chief rallied his crew, saying the boats would sail anyway.";
    let found = run(text);
    let saying = by_cue(&found, text, "saying");
    assert_eq!(saying.source_span.unwrap().of(text), "the ferry chief");
    assert_eq!(content(text, saying), "the boats would sail anyway");
}

/// The lower-cased form of each token as the lexicons see it, token by token: what
/// `lowered_tokens` must give, however it gets there.
fn lowered_one_by_one(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .map(|t| {
            text.get(t.span.start..t.span.end)
                .unwrap_or("")
                .chars()
                .flat_map(|c| {
                    if c == '\u{2019}' {
                        vec!['\'']
                    } else {
                        c.to_lowercase().collect()
                    }
                })
                .collect()
        })
        .collect()
}

fn lowered_by_span(text: &str, tokens: &[Token]) -> Vec<String> {
    let (lower, spans) = lowered_tokens(text, tokens);
    spans
        .iter()
        .map(|&(s, e)| lower[s as usize..e as usize].to_string())
        .collect()
}

#[test]
fn lowering_maps_curly_apostrophes_and_length_changing_letters() {
    let text = "Mayor’s Office: “İSTANBUL” ÅRE said";
    let segmentation = text::segment(text);
    let words = lowered_by_span(text, &segmentation.tokens);
    assert_eq!(words, lowered_one_by_one(text, &segmentation.tokens));
    assert!(words.iter().any(|w| w == "said"));
    assert!(words.iter().all(|w| !w.contains('\u{2019}')));
}

#[test]
fn lowering_reads_an_off_boundary_token_as_empty_and_allows_any_order() {
    let text = "é Said";
    let tokens = [
        Token {
            span: Span::new(3, 7),
            kind: TokenKind::Word,
        },
        Token {
            span: Span::new(1, 3),
            kind: TokenKind::Word,
        },
        Token {
            span: Span::new(0, 2),
            kind: TokenKind::Word,
        },
    ];
    assert_eq!(lowered_by_span(text, &tokens), ["said", "", "é"]);
}

#[test]
fn no_multi_word_list_has_an_empty_entry() {
    // An empty sequence would match at every token without moving on.
    let lex = &*LEXICON;
    assert!(lex.phrases.iter().all(|p| !p.0.is_empty()));
    assert!(lex.adjuncts.iter().all(|a| !a.is_empty()));
    assert!(lex.kind_markers.iter().all(|m| !m.0.is_empty()));
    let according = lex.phrase_index.get("according");
    assert!(!according.is_empty());
    assert!(according
        .iter()
        .all(|&k| lex.phrases[k].0[0] == "according"));
    assert!(lex.phrase_index.get("harbour").is_empty());
}

proptest! {
    #[test]
    fn lowering_the_whole_text_gives_each_token_its_own_lower_case(
        text in "([A-Za-z]{1,6}|’|“|”|İ|Å|ß|é|Σ|\\.|,| |\n){0,40}"
    ) {
        let segmentation = text::segment(&text);
        prop_assert_eq!(
            lowered_by_span(&text, &segmentation.tokens),
            lowered_one_by_one(&text, &segmentation.tokens)
        );
    }
}

#[test]
fn refusal_of_a_short_noun_phrase_is_kept() {
    let text = "The agency declined to confirm or deny the claim.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(content(text, &found[0]), "the claim");
}

#[test]
fn anonymity_clause_stays_out_of_the_description() {
    let text = "A senior diplomat, who spoke on condition of anonymity, said the talks \
                would resume next week.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous);
    assert_eq!(found[0].source, "anonymous: senior diplomat");
}

#[test]
fn possessive_keeps_a_cue_word_inside_the_source_phrase() {
    // "state" is a (strict) cue word; before "’s" it is a noun of the source phrase.
    let text = "The state’s campaign chairman, Rolf Anders, said he had not seen the letter.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "he had not seen the letter");
    assert!(found[0]
        .source_span
        .unwrap()
        .of(text)
        .starts_with("The state’s campaign chairman"));
}

#[test]
fn a_time_with_its_preposition_between_who_and_the_cue() {
    let text = "The harbour master, who in 2019 said the pier was unsafe, retired.";
    let found = run_with_dates(text, &[("2019", "2019")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(content(text, &found[0]).starts_with("the pier was unsafe"));
}

#[test]
fn a_cue_coordinated_with_a_plain_verb_takes_the_clause_subject() {
    let text = "Mayor Ana Ruiz left the meeting early and said the budget was final.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the budget was final");
    assert_eq!(found[0].source_span.unwrap().of(text), "Mayor Ana Ruiz");
    // A fronted adjunct is no subject.
    let text = "Under the new law, the water board inspects the dam and reports its findings to the ministry.";
    let found = run(text);
    assert!(found
        .iter()
        .all(|a| !a.source_span.unwrap().of(text).starts_with("Under")));
}

#[test]
fn a_nested_restatement_of_most_of_the_content_is_one_statement() {
    // The nested "had claimed" covers most of what the columnist wrote: one statement.
    let text = "The columnist wrote that the builder had claimed a loss of $9 million in 2015.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "wrote");
    // A nested report by someone else stays: it is a relay chain.
    let text = "The columnist wrote that the builder told investors the loss was $9 million.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].relayed_by.len(), 1);
}

#[test]
fn to_before_an_infinitive_is_no_audience() {
    let text = "The governor pledged to veto the bill.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "to veto the bill");
    assert_eq!(found[0].audience, None);
    let text = "The governor wrote to the council that she would veto the bill.";
    let found = run(text);
    assert_eq!(found[0].audience.as_deref(), Some("the council"));
}

#[test]
fn an_adverb_before_the_cue_belongs_to_neither_source_nor_cue() {
    let text = "Governor Ana Ruiz has long called for a new reservoir.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Governor Ana Ruiz");
    let text = "Ruiz strongly denied that the reservoir was late.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "denied");
}

#[test]
fn a_long_apposition_with_a_relative_clause_before_the_cue() {
    let text =
        "Ana Ruiz, the founder of a trust that buys land along the river, said she had seen \
                no new permits.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "she had seen no new permits");
    assert_eq!(found[0].source_span.unwrap().of(text), "Ana Ruiz");
}

#[test]
fn a_passive_cue_reports_nothing_of_its_subject() {
    assert!(run("The driver was found dead in his car.").is_empty());
    assert!(run("The ferry crew were told to wait for the tide.").is_empty());
    // The active form still reports.
    let text = "The inspectors found that the dam was sound.";
    assert_eq!(run(text).len(), 1);
}

#[test]
fn a_name_with_an_apposition_after_a_quotation() {
    let text = "“The water is rising,” Ana Ruiz, 57, told a neighbour.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Ana Ruiz, 57");
    assert_eq!(content(text, &found[0]), "“The water is rising,”");
    assert_eq!(found[0].audience.as_deref(), Some("a neighbour"));
}

#[test]
fn a_quotation_closed_by_a_period_before_a_bare_cue_sentence() {
    let text = "“The water is rising.” Ruiz said.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“The water is rising.”");
}

#[test]
fn calling_someone_a_quoted_name_is_an_evaluation() {
    let text = "The mayor criticized the council, calling its plan “a disgrace.”";
    let found = run(text);
    let calling = by_cue(&found, text, "calling");
    assert_eq!(content(text, calling), "its plan “a disgrace.”");
    // Without a quotation the participle "calling" is no statement.
    let text = "The mayor left the hall, calling the council twice.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != "calling"));
}

#[test]
fn a_passive_question_with_its_asker() {
    let text = "The minister was asked by reporter Ana Ruiz whether the dam would hold.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "whether the dam would hold");
    assert!(found[0].source_span.unwrap().of(text).ends_with("Ana Ruiz"));
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    // Without the asker nobody states anything.
    assert!(run("The minister was asked whether the dam would hold.").is_empty());
}

#[test]
fn an_inverted_name_with_its_affiliation_and_a_when_clause() {
    let text = "“The dam will hold,” said Ana Ruiz of the regional consulting firm Hydra.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“The dam will hold,”");
    let text = "“The dam will hold,” Ruiz said when asked about the rain.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“The dam will hold,”");
}

#[test]
fn after_a_quotation_and_its_source_the_cue_ends_the_statement() {
    let text = "“The levee is safe,” he told Radio 4 in Tamsby. “We checked it twice.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    assert!(content(text, &found[0]).starts_with("“The levee is safe,”"));
    // A quoted title before the source is no content of its own.
    let text = "On “Morning Report,” the mayor said the levee was safe.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "the levee was safe");
}

#[test]
fn a_quotation_goes_on_past_a_quoted_title_and_an_aside() {
    let text = "“We are not done,” she said on “Morning Report.” “The river is still rising.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    let text = "“We are not done,” she said, a tremor in her voice. “The river is still rising.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    assert!(content(text, &found[0]).ends_with("still rising.”"));
}

#[test]
fn the_question_put_to_a_source_is_not_its_statement() {
    let text = "Asked whether the dam would hold, the engineer said, “It has held for a century.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“It has held for a century.”");
}

#[test]
fn shares_of_those_polled_say() {
    for (text, share) in [
        (
            "About 4 in 10 say the dam should be rebuilt.",
            "About 4 in 10",
        ),
        ("Among farmers, 42% say the dam should be rebuilt.", "42%"),
        (
            "Those surveyed say the dam should be rebuilt.",
            "Those surveyed",
        ),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].source_span.unwrap().of(text), share);
        assert_eq!(content(text, &found[0]), "the dam should be rebuilt");
    }
}

#[test]
fn a_cue_that_opens_its_sentence() {
    let text = "Said the mayor, “We will rebuild the bridge.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "the mayor");
    assert_eq!(content(text, &found[0]), "“We will rebuild the bridge.”");
}

#[test]
fn short_answers_adverbs_and_partitive_sources() {
    let text = "Asked if the bridge would close, the mayor said no.";
    assert_eq!(content(text, &run(text)[0]), "no");
    let text = "The mayor however said the bridge would stay open.";
    assert_eq!(run(text)[0].source_span.unwrap().of(text), "The mayor");
    let text = "Most of them said the bridge should stay open.";
    assert_eq!(run(text)[0].source_span.unwrap().of(text), "Most of them");
    let text = "“The bridge is safe,” said one engineer who inspected it.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“The bridge is safe,”");
}

#[test]
fn declining_to_comment_is_a_non_committal_statement() {
    let text = "A spokeswoman for the ministry declined to comment.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "declined");
    assert_eq!(content(text, &found[0]), "to comment");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(found[0].factuality.certainty, Certainty::Underspecified);
}

#[test]
fn fronted_adjuncts_channels_and_coordinated_roles_are_not_contents() {
    let text = "In a speech last July, the mayor said the bridge would close.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the bridge would close");
    let text = "“The bridge is safe,” Ana Ruiz, head of the roads office and a professor at \
                the technical college, said of the inspection.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“The bridge is safe,”");
}

#[test]
fn a_comma_and_but_end_a_reported_clause_unless_it_goes_on() {
    let text = "The mayor said the bridge would reopen, but the council kept it closed.";
    assert_eq!(content(text, &run(text)[0]), "the bridge would reopen");
    let text = "The mayor said the delay was not a lack of money, but rather a lack of steel.";
    assert_eq!(
        content(text, &run(text)[0]),
        "the delay was not a lack of money, but rather a lack of steel"
    );
}

#[test]
fn a_preposition_after_the_cue_is_part_of_the_cue() {
    let text = "The union called for an end to the closures.";
    let found = run(text);
    assert_eq!(found[0].cue_span.of(text), "called for");
    assert_eq!(content(text, &found[0]), "an end to the closures");
}

#[test]
fn fronted_as_reported_and_according_to_with_nouns() {
    let text = "As the Gazette reported, the mayor was also fined.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the mayor was also fined");
    let text = "The firm was registered in 2010, according to state corporate records.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "state corporate records"
    );
    let text = "According to the results, Ruiz leads by one point.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "Ruiz leads by one point");
}

#[test]
fn in_a_poll_reads_like_according_to() {
    let text = "In the latest Gazette poll, the mayor is ahead by nine points.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "In");
    assert_eq!(
        content(text, &found[0]),
        "the mayor is ahead by nine points"
    );
    // Plural "polls" and other "in" phrases are no cue.
    assert!(run("In recent polls, the mayor is ahead by nine points.").is_empty());
}

#[test]
fn finding_oneself_somewhere_is_no_finding() {
    assert!(run("The senator found himself playing defense on the budget.").is_empty());
    let text = "The auditors found that the budget was short.";
    assert_eq!(run(text).len(), 1);
}

#[test]
fn a_participle_cue_after_a_preposition_shares_the_subject() {
    let text = "Mayor Ana Ruiz began by saying that the bridge would reopen.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Mayor Ana Ruiz");
    assert_eq!(content(text, &found[0]), "the bridge would reopen");
}

#[test]
fn an_inverted_name_with_a_channel_after_it() {
    let text = "“The levee held,” said Ana Ruiz in a Friday statement. “We were lucky.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Ana Ruiz");
    assert_eq!(found[0].content_fragments.len(), 2);
}

#[test]
fn a_nested_quotation_closing_its_sentence_before_the_cue() {
    let text = "“Her answer was, ‘How can we help?’” Ruiz told reporters.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "“Her answer was, ‘How can we help?’”"
    );
}

#[test]
fn a_weak_cue_with_a_comma_and_a_quotation() {
    let text = "The mayor continued, “We will rebuild the bridge.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "continued");
    assert_eq!(content(text, &found[0]), "“We will rebuild the bridge.”");
}

#[test]
fn calling_on_someone_is_an_appeal() {
    let text = "In a sharp editorial, the Gazette called on the mayor to resign.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "called on");
    assert_eq!(content(text, &found[0]), "the mayor to resign");
    assert_eq!(found[0].kind, AttributionKind::Intention);
}

#[test]
fn an_irregular_past_after_a_singular_subject_is_a_verb() {
    let text = "The April survey found Ruiz leading by seven points.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "Ruiz leading by seven points");
}

#[test]
fn a_plural_cue_word_after_a_determiner_is_a_noun_of_the_source() {
    let text = "The reports show the council spent more than it said.";
    let found = run(text);
    let show = by_cue(&found, text, "show");
    assert_eq!(show.source_span.unwrap().of(text), "The reports");
}

#[test]
fn speaking_reports_only_with_its_topic() {
    assert!(run("The mayor spoke with reporters after the meeting.").is_empty());
    let text = "The mayor spoke of a new bridge for the town.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_noun_phrase_content_runs_through_its_list() {
    // (Below a headline: a headline's words read differently to the cue classifier.)
    let text = "Budget fight\n\nThe mayor cited low wages, long commutes and rising rents.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "low wages, long commutes and rising rents"
    );
    // A relative clause after the comma is no list item.
    let text = "Budget fight\n\nThe mayor cited the 2019 audit of the port, which the council hid.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "the 2019 audit of the port");
}

#[test]
fn including_goes_on_with_the_content() {
    let text = "The mayor said the town faces problems, including the bridge and the pier.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "the town faces problems, including the bridge and the pier"
    );
    // Another participle tells how the source spoke.
    let text = "The mayor said the town faces problems, pointing at the bridge.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "the town faces problems");
}

#[test]
fn a_writers_apposition_closing_the_sentence_is_no_content() {
    let text = "The company announced it would close 40 stores, a blow to the town.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "it would close 40 stores");
    // With a comma after it, the apposition sits inside the clause.
    let text = "Police said the driver, a local man, was arrested at noon.";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "the driver, a local man, was arrested at noon"
    );
}

#[test]
fn a_cue_in_a_fronted_subordinate_clause_ends_at_its_comma() {
    let text =
        "Though Ruiz has not expressed an interest in the post, the council will vote today.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "an interest in the post");
}

#[test]
fn an_apposed_speaker_after_a_fronted_adjunct_or_participle() {
    let text = "In a call, Ana Ruiz, a spokeswoman, said, “The pier will reopen.”";
    let found = run_with(
        text,
        &[entity(text, "Ana Ruiz", EntityKind::Person, "Ana Ruiz")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Ana Ruiz");
    assert_eq!(content(text, &found[0]), "“The pier will reopen.”");
    let text = "Alarmed by the flooding, Ana Ruiz, the mayor, said the pier would close.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(content(text, &found[0]), "the pier would close");
}

#[test]
fn a_relative_clause_in_the_speakers_apposition() {
    let text =
        "Ana Ruiz, a former official who also sits on the port board, said the pier is unsafe.";
    let found = run_with(
        text,
        &[entity(text, "Ana Ruiz", EntityKind::Person, "Ana Ruiz")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Ana Ruiz");
    assert_eq!(content(text, &found[0]), "the pier is unsafe");
}

#[test]
fn a_weak_cue_form_after_a_determiner_is_the_sources_noun() {
    let text = "The report says the chief knew of the leak.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "The report");
    assert_eq!(content(text, &found[0]), "the chief knew of the leak");
}

#[test]
fn coordinated_names_in_an_apposition() {
    let text = "Even the council's hawks, like Ruiz and Lind, say the budget is too small.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the budget is too small");
}

#[test]
fn a_fronted_adjunct_before_a_parenthetical_cue() {
    // A restriction of the statement is part of it ...
    let text = "In the long run, many economists say, the tax will raise prices.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    assert!(content(text, &found[0]).starts_with("In the long run"));
    // ... the occasion of speaking is not.
    let text = "In a statement, the mayor said, “The pier will reopen.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "“The pier will reopen.”");
}

#[test]
fn quantifier_and_share_subjects_agree_with_say() {
    let text = "Some say the pier should close.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the pier should close");
    let text = "A mere 9 percent say they trust the council.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "they trust the council");
}

#[test]
fn cue_forms_that_are_nouns_of_the_source() {
    // A strict cue form without its complement ...
    let text = "The secretary of state said the talks would resume.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "The secretary of state"
    );
    // ... and a plural cue form right before a cue verb.
    let text = "But FEC reports show that two groups spent heavily.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "show");
    assert_eq!(content(text, &found[0]), "two groups spent heavily");
}

#[test]
fn a_full_name_labelling_a_line_is_its_speaker() {
    let text = "Debate night\n\nAna Ruiz: We will rebuild the pier by spring.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), ":");
    assert_eq!(
        content(text, &found[0]),
        "We will rebuild the pier by spring"
    );
    // A list of names after a place is no statement.
    assert!(run("Delegates\n\nNew Hampshire: Ann Lee, Bo Park, Cy Dunn.").is_empty());
}

#[test]
fn an_unnamed_source_close_to_a_named_one_stays_unnamed() {
    let text = "A source familiar with Ruiz’s thinking said, “She will run.”";
    let found = run_with(
        text,
        &[entity(text, "Ruiz", EntityKind::Person, "Ana Ruiz")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous, "{found:?}");
    assert_eq!(
        found[0].source,
        "anonymous: source familiar with Ruiz’s thinking"
    );
}

#[test]
fn a_parenthetical_adjunct_between_subject_and_cue() {
    let text = "Ruiz, after the audit came out in March, initially said that no funds were lost.";
    let found = run_with(
        text,
        &[entity(text, "Ruiz", EntityKind::Person, "Ana Ruiz")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Ana Ruiz");
    assert_eq!(content(text, &found[0]), "no funds were lost");
}

#[test]
fn a_state_or_city_speaks_as_a_body() {
    let text = "The state admitted it made a mistake in the tests.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "it made a mistake in the tests");
}

#[test]
fn a_naming_participle_after_an_indefinite_noun_is_no_cue() {
    assert!(run("Residents formed a new group called Save the Pier.").is_empty());
    // With a quoted predicate it still calls.
    let text = "A columnist called Ruiz “the queen of the pier.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "called");
}

#[test]
fn a_strict_cue_form_before_a_relative_that_is_a_noun() {
    assert!(run("Most Southern states that will vote in March have large cities.").is_empty());
    let text = "The ministry states that the pier is closed.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the pier is closed");
}

#[test]
fn a_participle_after_a_determiner_or_preposition_modifies_a_noun() {
    assert!(run("She leads in pledged delegates by a wide margin.").is_empty());
    let text = "An ad in 2008 questioned whether the senator was ready.";
    let found = run_with_dates(text, &[("2008", "2008")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "questioned");
}

#[test]
fn easier_said_than_done_is_no_statement() {
    assert!(run("Closing the pier is easier said than done.").is_empty());
}

#[test]
fn an_inverted_source_with_a_relative_clause_after_a_comma() {
    let text =
        "Keeping the pier open is a priority, said a handful of council members who met the mayor.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "Keeping the pier open is a priority"
    );
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "a handful of council members"
    );
}

#[test]
fn a_line_closed_by_a_colon_introduces_the_quotation_below() {
    let text =
        "Pier vote\n\nThe mayor released the following statement:\n\n“We will rebuild the pier.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].cue_span.of(text),
        "released the following statement:"
    );
    assert_eq!(found[0].source_span.unwrap().of(text), "The mayor");
    assert_eq!(content(text, &found[0]), "“We will rebuild the pier.”");
    // A quotation below with its own cue stays its speaker's.
    let text = "Pier vote\n\nThe clerk recorded it:\n\n“We will rebuild,” the mayor said.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
}

#[test]
fn reported_from_a_place_is_a_byline() {
    assert!(run("Lind reported from Kessfield.").is_empty());
}

#[test]
fn a_contracted_negation_between_subject_and_cue() {
    let text = "Her fellow council members didn't know that the pier was closed.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "Her fellow council members"
    );
}

#[test]
fn a_pronoun_with_a_contracted_auxiliary_resolves() {
    let text = "Ana Ruiz said the pier would close. She's also said that the bridge will reopen.";
    let found = run_with(
        text,
        &[entity(text, "Ana Ruiz", EntityKind::Person, "Ana Ruiz")],
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].source, "Ana Ruiz");
}

#[test]
fn coordinated_noun_phrases_opening_the_clause_are_one_source() {
    let text = "“We will rebuild the pier,” the mayor and former harbour master said on Monday.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "the mayor and former harbour master"
    );
}

#[test]
fn a_passive_report_names_its_source_after_by() {
    let text = "Pier vote\n\nThe mayor's plan was first reported by the Harbour Gazette.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "the Harbour Gazette"
    );
    assert_eq!(content(text, &found[0]), "The mayor's plan");
    // Any cue verb in the passive names its source after "by", a time or place after the
    // agent left out; the subject is the content even where it is a bare noun phrase.
    assert_eq!(
        sole("Pier vote\n\nThe plan was endorsed by the Harbour Union on Thursday."),
        ("the Harbour Union", "The plan")
    );
    // Other passives report nothing.
    assert!(run("Pier vote\n\nThe plan was drawn up by engineers.").is_empty());
}

#[test]
fn an_infinitive_cue_is_spoken_by_the_subject_not_by_the_words_before_to() {
    for (text, speaker) in [
        (
            "Pier vote\n\nLind went on to say that the pier would close.",
            "Lind",
        ),
        (
            "Pier vote\n\nThe board then pressed him to say that the pier would close.",
            "him",
        ),
    ] {
        assert_eq!(sole(text), (speaker, "the pier would close"), "{text}");
    }
}

#[test]
fn an_unnamed_member_of_a_named_body_stays_anonymous() {
    for (text, body, kind, canonical, description) in [
        (
            "The ferries will stop, a Harbour Ministry official said.",
            "Harbour Ministry",
            EntityKind::Org,
            "Harbour Ministry",
            "anonymous: Harbour Ministry official",
        ),
        (
            "The ferries will stop, an aide to Lind said.",
            "Lind",
            EntityKind::Person,
            "Oskar Lind",
            "anonymous: aide to Lind",
        ),
        (
            "The ferries will stop, two Marrow officials said.",
            "Marrow",
            EntityKind::Gpe,
            "Marrow",
            "anonymous: two Marrow officials",
        ),
    ] {
        let found = run_with(text, &[entity(text, body, kind, canonical)]);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].source, description, "{text}");
        assert!(found[0].anonymous, "{text}");
    }
    // A name joined to the role is named.
    let text = "The ferries will stop, said Ana Ruiz, a ministry official.";
    let found = run_with(
        text,
        &[entity(text, "Ana Ruiz", EntityKind::Person, "Ana Ruiz")],
    );
    assert_eq!(found[0].source, "Ana Ruiz");
    assert!(!found[0].anonymous);
}

#[test]
fn a_participle_cue_takes_the_whole_subject_not_its_article() {
    let text = "Pier vote\n\nThe veteran harbour master opened the meeting by talking about the \
                storm, saying that the pier would close.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.map(|s| s.of(text)),
        Some("The veteran harbour master")
    );
    assert_eq!(content(text, &found[0]), "the pier would close");
}

#[test]
fn a_learned_cue_after_who_speaks_for_an_actor_antecedent() {
    let text =
        "Pier vote\n\nMerchants met the mayor, who has questioned the council's reliance on \
                tourism.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "questioned");
    assert_eq!(found[0].source, "mayor");
    assert_eq!(
        content(text, &found[0]),
        "the council's reliance on tourism"
    );
    // An antecedent that is no actor says nothing.
    assert!(run("Pier vote\n\nMerchants bought a boat, which questioned the plan.").is_empty());
}

#[test]
fn a_content_opening_with_a_quotation_goes_on_into_the_next_quotation() {
    let text = "Pier vote\n\n“I admire the ambition” of the harbour plan, Lind said on Monday. \
                “It is bolder than anything the council has tried.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    let fragments: Vec<&str> = found[0]
        .content_fragments
        .iter()
        .map(|f| f.of(text))
        .collect();
    assert_eq!(
        fragments,
        [
            "“I admire the ambition” of the harbour plan",
            "“It is bolder than anything the council has tried.”"
        ]
    );
}

#[test]
fn interview_labels_name_the_interviewer_and_the_interviewee() {
    let text = "A talk with Oskar Lind\n\nOskar Lind spoke to us about the pier.\n\nQ: Will the \
                pier close?\n\nA: It will close in May, and we will rebuild it.";
    let found = run_with(
        text,
        &[entity(text, "Oskar Lind", EntityKind::Person, "Oskar Lind")],
    );
    let answer = found
        .iter()
        .find(|a| content(text, a).starts_with("It will close"))
        .expect("the answer is a statement");
    assert_eq!(answer.source, "Oskar Lind");
    let question = found
        .iter()
        .find(|a| content(text, a).starts_with("Will"))
        .expect("the question is a statement");
    assert_eq!(question.source, "interviewer");
    // Without a named person the answer is the interviewee's; outside a transcript (one
    // label) a one-letter label is left as it is.
    let transcript = "Pier talk\n\nQ: Will the pier close?\n\nA: It will close in May.";
    assert!(run(transcript).iter().any(|a| a.source == "interviewee"));
    let text = "Pier vote\n\nA: It will close in May.";
    assert!(run(text).iter().all(|a| a.source != "interviewee"));
}

#[test]
fn a_learned_cue_word_after_a_determiner_is_a_noun() {
    let text = "Pier vote\n\nThe closure, they said, raised new worries about the harbour.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    let fragments: Vec<&str> = found[0]
        .content_fragments
        .iter()
        .map(|f| f.of(text))
        .collect();
    assert_eq!(
        fragments,
        ["The closure", "raised new worries about the harbour"]
    );
}

#[test]
fn a_statement_in_a_relative_clause_ends_before_the_main_cue() {
    let text = "Pier vote\n\nLind, who has proposed closing the pier, said the vote would wait.";
    let found = run(text);
    let relative = by_cue(&found, text, "proposed");
    assert_eq!(content(text, relative), "closing the pier");
}

#[test]
fn as_reported_by_names_the_source_of_the_clause_it_stands_by() {
    assert_eq!(
        sole("Pier vote\n\nAs reported by the Harbour Gazette, the pier will close in May."),
        ("the Harbour Gazette", "the pier will close in May")
    );
    assert_eq!(
        sole("Pier vote\n\nThe pier will close in May, as first reported by the Harbour Gazette."),
        ("the Harbour Gazette", "The pier will close in May")
    );
}

#[test]
fn an_ing_noun_after_a_determiner_can_be_the_inverted_source() {
    let text = "Pier vote\n\n“The council may not close the pier without a vote,” said the ruling.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "the ruling");
}

#[test]
fn a_title_case_headline_does_not_name_its_cue_as_the_titled_person() {
    // The recognizer may take the capitals after the title for a name.
    let text = "Mayor Says Pier Will Close In May\n\nThe council met on Monday.";
    let found = run_with(
        text,
        &[entity(
            text,
            "Says Pier Will",
            EntityKind::Person,
            "Says Pier Will",
        )],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "Mayor");
    assert_ne!(found[0].source, "Says Pier Will");
}

#[test]
fn that_before_an_auxiliary_is_the_subject_of_the_content() {
    assert_eq!(
        sole("Pier vote\n\nThe mayor said that was the wrong vote."),
        ("The mayor", "that was the wrong vote")
    );
    assert_eq!(
        sole("Pier vote\n\nThe mayor said that the vote was wrong."),
        ("The mayor", "the vote was wrong")
    );
}

#[test]
fn the_main_cue_after_a_relative_clause_statement_takes_the_antecedent() {
    let text = "Pier vote\n\nMayor Ilse Varga, who has proposed a ferry levy, said the pier \
                would stay open.";
    let found = run_with(
        text,
        &[entity(text, "Ilse Varga", EntityKind::Person, "Ilse Varga")],
    );
    assert_eq!(found.len(), 2, "{found:?}");
    let main = found
        .iter()
        .find(|f| f.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(main.source, "Ilse Varga");
    assert_eq!(main.content_span.of(text), "the pier would stay open");
    assert_ne!(main.source_span.unwrap().of(text), "ferry levy");
}

#[test]
fn a_participle_cue_between_the_pieces_of_a_quotation_is_its_own_statement() {
    let text = "Pier vote\n\n“The timing was right,” Mr. Brandt said, referring to the two ferry \
                lines. “I assume they saw the summer coming.”";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    let topic = by_cue(&found, text, "referring");
    assert_eq!(topic.content_span.of(text), "the two ferry lines");
    assert_eq!(topic.audience, None);
    let quote = found
        .iter()
        .find(|f| f.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(quote.content_fragments.len(), 2, "{quote:?}");
}

#[test]
fn according_to_without_a_comma_ends_where_the_statement_opens() {
    assert_eq!(
        sole("Pier vote\n\nAccording to police the fire started in the kitchen."),
        ("police", "the fire started in the kitchen")
    );
    assert_eq!(
        sole("Pier vote\n\nAccording to the harbour board over 300 boats were damaged."),
        ("the harbour board", "over 300 boats were damaged")
    );
    // A determiner after a preposition stays in the source's phrase.
    assert_eq!(
        sole("Pier vote\n\nAccording to a report by the harbour board the pier closed."),
        ("a report by the harbour board", "the pier closed")
    );
}

#[test]
fn a_clause_with_a_date_before_and_is_no_first_subject() {
    let text =
        "Pier vote\n\nThe repairs began on March 10 and the council says they will end soon.";
    let found = run_with_dates(text, &[("March 10", "2024-03-10")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "the council");
    assert_eq!(content(text, &found[0]), "they will end soon");
    // A time word opening the phrase keeps the coordination: one subject.
    let text = "Pier vote\n\nThree current and former divers say the pier is unsafe.";
    let found = run_with_dates(text, &[("current", "PRESENT_REF")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "Three current and former divers"
    );
}

#[test]
fn a_speaker_pronoun_loses_its_contraction_and_names_nobody_earlier() {
    let found = run("Pier vote\n\nI've said the pier will reopen. We're told it will not.");
    assert_eq!(found[0].source, "I", "{found:?}");
}

#[test]
fn according_to_takes_records_as_sources_but_not_a_manner() {
    assert_eq!(
        sole("Pier vote\n\nAccording to the mayor, the pier closed."),
        ("the mayor", "the pier closed")
    );
    assert_eq!(
        sole("Pier vote\n\nThe repairs would cost a fortune, according to the council's tally."),
        ("the council's tally", "The repairs would cost a fortune")
    );
    assert!(run("Pier vote\n\nThe repairs went according to plan.").is_empty());
    assert!(run("Pier vote\n\nTickets were priced according to demand.").is_empty());
}

#[test]
fn a_noun_phrase_before_an_auxiliary_is_the_statement_subject_not_the_listener() {
    assert_eq!(
        sole("Pier vote\n\nThe mayor warned the pier could close."),
        ("The mayor", "the pier could close")
    );
    let text = "Pier vote\n\nThe mayor told reporters she had signed the order.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].audience.as_deref(), Some("reporters"));
    assert_eq!(content(text, &found[0]), "she had signed the order");
}

#[test]
fn a_participle_clause_after_the_speaker_is_no_part_of_the_name() {
    assert_eq!(
        sole("Pier vote\n\nThe mayor, speaking on Monday, said the pier closed."),
        ("The mayor", "the pier closed")
    );
    assert_eq!(
        sole("Pier vote\n\nThe mayor, asked about the ferry, said it would run."),
        ("The mayor", "it would run")
    );
}

#[test]
fn a_role_is_not_the_name_of_the_listener_after_its_verb() {
    let text = "Pier vote\n\nThe pier closed on Monday, the mayor told The Harbour Gazette.";
    // The recognizer may take the paper for a person.
    let found = run_with(
        text,
        &[entity(
            text,
            "Harbour Gazette",
            EntityKind::Person,
            "Harbour Gazette",
        )],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(found[0].source, "Harbour Gazette");
    assert_eq!(found[0].audience.as_deref(), Some("The Harbour Gazette"));
    let text = "Pier vote\n\nThe pier closed, the mayor, Ilse Varga, said on Monday.";
    let found = run_with(
        text,
        &[entity(text, "Ilse Varga", EntityKind::Person, "Ilse Varga")],
    );
    assert_eq!(found[0].source, "Ilse Varga");
}

#[test]
fn short_pieces_around_a_parenthetical_cue_make_one_statement() {
    let text = "Pier vote\n\nThe pier, he said, closed on Monday.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    assert_eq!(found[0].content_fragments[0].of(text), "The pier");
}

#[test]
fn words_between_the_source_and_its_cue_hedge_or_withdraw_the_statement() {
    let text = "Pier vote\n\nThe mayor is expected to announce that the pier will close.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "The mayor");
    assert_eq!(found[0].factuality.certainty, Certainty::Probable);
    let found = run("Pier vote\n\nThe mayor reportedly said the pier had closed.");
    assert_eq!(found[0].factuality.certainty, Certainty::Possible);
    let found = run("Pier vote\n\nThe mayor did not say the pier had closed.");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(found[0].factuality.certainty, Certainty::Underspecified);
    let found = run("Pier vote\n\nThe mayor said the pier had not closed.");
    assert_eq!(found[0].kind, AttributionKind::Assertion);
    assert_eq!(found[0].factuality.polarity, Polarity::Negative);
}

#[test]
fn a_listener_keeps_its_place_phrase() {
    let text =
        "Pier vote\n\nThe mayor urged people living near the river to move to higher ground.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].audience.as_deref(),
        Some("people living near the river")
    );
    // The listener is also the one told to act: the object opens the instruction.
    assert_eq!(
        content(text, &found[0]),
        "people living near the river to move to higher ground"
    );
}

#[test]
fn a_quotation_with_its_own_speaker_after_it_does_not_continue_the_last() {
    let text =
        "Pier vote\n\n“Is the pier safe?” asked one resident. “Nobody knows,” Varga replied.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    let asked = found
        .iter()
        .find(|f| f.cue_span.of(text) == "asked")
        .unwrap();
    assert_eq!(asked.content_fragments.len(), 1, "{asked:?}");
    assert_eq!(content(text, asked), "“Is the pier safe?”");
}

/// Statements of a text naming Mary Holt and Tom Reyes.
fn run_with_holt_and_reyes(text: &str) -> Vec<Attribution> {
    run_with(
        text,
        &[
            entity(text, "Mary Holt", EntityKind::Person, "Mary Holt"),
            entity(text, "Tom Reyes", EntityKind::Person, "Tom Reyes"),
        ],
    )
}

#[test]
fn a_pronoun_skips_a_speaker_whose_given_name_marks_the_other_gender() {
    let found = run_with_holt_and_reyes(
        "Pier vote\n\nMary Holt said the pier would close. Tom Reyes said the ferry \
         would run. She said the vote was final.",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[2].source, "Mary Holt");
}

#[test]
fn a_third_person_pronoun_never_stands_for_a_first_person_speaker() {
    let found = run("Pier vote\n\nI said the pier was closed. She said the ferry would run.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].source, "I");
    assert_eq!(found[1].source, "She");
}

#[test]
fn they_refers_back_to_a_plural_speaker() {
    let found =
        run("Pier vote\n\nResidents said the water rose fast. They said nobody warned them.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].source, found[0].source);
}

#[test]
fn a_pronoun_continues_the_person_who_opened_the_previous_sentence() {
    let found = run_with_holt_and_reyes(
        "Pier vote\n\nMary Holt said the pier would close. Tom Reyes disagreed. \
         He said the ferry would run.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].source, "Tom Reyes");
    // Titles may open that sentence.
    let found = run_with_holt_and_reyes(
        "Pier vote\n\nMary Holt said the pier would close. Senator Tom Reyes, 58, was \
         more cautious. He said the ferry would run.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].source, "Tom Reyes");
}

#[test]
fn a_time_after_the_cue_is_no_object() {
    let text = "Pier vote\n\nResearchers have warned for years that the pier was unsafe.";
    let found = run_with_dates(text, &[("years", "PXY")]);
    assert_eq!(found[0].content_span.of(text), "the pier was unsafe");
}

#[test]
fn adverbs_between_a_conjunction_or_an_apposition_and_the_cue_are_skipped() {
    assert_eq!(
        sole("Pier vote\n\nMary Holt left the meeting but later said the vote was fair."),
        ("Mary Holt", "the vote was fair")
    );
    let text = "Pier vote\n\nIn a meeting, the harbour chief, Tom Reyes, bluntly suggested that \
                the vote was staged.";
    let found = run_with(
        text,
        &[entity(text, "Tom Reyes", EntityKind::Person, "Tom Reyes")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Tom Reyes");
    assert_eq!(content(text, &found[0]), "the vote was staged");
}

#[test]
fn a_test_or_an_audit_speaks_for_its_findings() {
    assert_eq!(
        sole("Pier vote\n\nAn early field test indicated the water was safe to drink."),
        ("An early field test", "the water was safe to drink")
    );
}

#[test]
fn an_expletive_there_is_no_source() {
    let found = run("Pier vote\n\nThere were reports that the pier had closed.");
    assert!(found.iter().all(|f| f.source != "There"), "{found:?}");
}

#[test]
fn issuing_a_statement_saying_something_is_one_statement() {
    let text = "Pier vote\n\nThe council issued a statement saying the pier would close.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "statement saying");
    assert_eq!(content(text, &found[0]), "the pier would close");
}

#[test]
fn maintain_continue_and_find_report_only_with_a_clear_complement() {
    assert!(run("Pier vote\n\nThe mayor maintained her lead over the council.").is_empty());
    assert!(run("Pier vote\n\nCrews will continue to clear the pier.").is_empty());
    assert_eq!(
        sole("Pier vote\n\nThe mayor maintained that the vote was fair."),
        ("The mayor", "the vote was fair")
    );
}

#[test]
fn a_participle_after_a_figure_modifies_its_noun() {
    assert!(run("Pier vote\n\nVarga leads by 270 pledged delegates in the count.").is_empty());
}

#[test]
fn unnamed_members_of_a_place_opening_the_sentence_stay_anonymous() {
    let text = "Pier vote\n\nOfficials in Kessfield said the pier would close.";
    let found = run_with(
        text,
        &[entity(text, "Kessfield", EntityKind::Gpe, "Kessfield")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous, "{found:?}");
    assert_ne!(found[0].source, "Kessfield");
}

#[test]
fn a_statement_inside_a_relative_clause_ends_with_the_clause() {
    let text = "Pier vote\n\nThe plan, which officials said would cost two million crowns, was \
                approved.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "would cost two million crowns");
}

#[test]
fn a_quotation_left_open_at_a_paragraph_end_goes_on_with_its_speaker() {
    let text = "Pier vote\n\n“We will not stop the repairs,” Varga said. “The ferry will run on \
                Monday.\n\n“And the pier will reopen in May,” she added.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    let said = found
        .iter()
        .find(|f| f.cue_span.of(text) == "said")
        .unwrap();
    assert_eq!(said.content_fragments.len(), 2, "{said:?}");
    assert_eq!(
        said.content_fragments[1].of(text),
        "“The ferry will run on Monday."
    );
    assert!(said.direct);
}

#[test]
fn an_opening_mark_typed_where_a_quotation_closes_closes_it() {
    let text = "Pier vote\n\n“Apparently not,“ he said. “The council has not changed its mind.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
    assert_eq!(found[0].content_fragments[0].of(text), "“Apparently not,“");
    assert!(found[0].direct);
}

#[test]
fn a_curly_mark_closes_a_straight_one() {
    let text = "Pier vote\n\nA council official said, \"We will not speak to the plans.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].direct, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "\"We will not speak to the plans.”"
    );
}

#[test]
fn a_sentence_ending_right_after_the_cue_names_no_inverted_source() {
    let text = "Pier vote\n\nThe pier closed, the mayor, Ilse Varga, said.";
    let found = run_with(
        text,
        &[entity(text, "Ilse Varga", EntityKind::Person, "Ilse Varga")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Ilse Varga");
    assert_eq!(content(text, &found[0]), "The pier closed");
}

#[test]
fn a_relative_clause_without_commas_before_the_cue_is_no_source() {
    assert_eq!(
        sole("Pier vote\n\nEven economists who favor the levy said the pier would close."),
        ("Even economists", "the pier would close")
    );
}

#[test]
fn a_bare_plural_before_who_names_the_relative_speaker() {
    let text = "Pier vote\n\nThe plan drew fire from economists who say the pier should stay.";
    let found = run(text);
    let say = by_cue(&found, text, "say");
    // (Unnamed economists, as unnamed analysts are.)
    assert_eq!(say.source, "anonymous: economists");
    assert_eq!(content(text, say), "the pier should stay");
}

#[test]
fn a_relative_clause_inside_an_apposition_leaves_the_main_statement_to_the_name() {
    // No comma before "who": the relative clause still belongs to the subject's apposition,
    // so the later cue reads its source before it, not a name after it.
    let text = "Pier vote\n\nMara Lind, a former harbour engineer who supported a costly repair plan, said \
                Halden feared the pier would close.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(content(text, said), "Halden feared the pier would close");
    assert!(
        said.source_span
            .is_some_and(|s| s.of(text).starts_with("Mara Lind")),
        "{said:?}"
    );
}

#[test]
fn a_source_that_does_not_respond_commits_to_nothing() {
    let text = "Pier vote\n\nThe harbour board did not respond to a request for comment.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(found[0].factuality.certainty, Certainty::Underspecified);
}

#[test]
fn one_of_an_unnamed_group_is_unnamed() {
    let found = run(
        "Pier vote\n\nTwo people familiar with the repairs said the pier would close. \
                     One of them, who asked not to be named, said divers had found a crack.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].anonymous, "{found:?}");
    assert_eq!(
        found[1].source,
        "anonymous: one of two people familiar with the repairs"
    );
}

#[test]
fn a_document_seen_by_an_outlet_is_the_source_and_however_is_the_writers() {
    let text = "Pier vote\n\nAccording to a document seen by the Gazette, however, the board is \
                preparing a second closure in case the storms return.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "document seen by the Gazette");
    assert_eq!(
        content(text, &found[0]),
        "the board is preparing a second closure in case the storms return"
    );
    // A precaution is no condition on what was said.
    assert!(!found[0].factuality.conditional);
    assert_eq!(found[0].factuality.certainty, Certainty::Certain);
}

#[test]
fn calling_a_short_object_a_verdict_states_a_judgement() {
    let text = "Pier vote\n\nThe ministry rejected the report, calling the claim false.";
    let found = run(text);
    let calling = by_cue(&found, text, "calling");
    assert_eq!(content(text, calling), "the claim false");
    assert_eq!(calling.kind, AttributionKind::Evaluation);
    // Without a verdict closing the clause, "calling" is a telephone call.
    let text = "Pier vote\n\nThe ministry rejected the report, calling the harbour office.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != "calling"));
}

#[test]
fn a_possessive_in_a_source_phrase_says_nothing_of_its_gender() {
    // "His lawyer" is the lawyer of a man; "she" is still the lawyer.
    let text = "Pier vote\n\nHis lawyer, Mara Lind, said the witness had changed his account. \
                \"There is no evidence,\" she said.";
    let found = run_with(
        text,
        &[entity(text, "Mara Lind", EntityKind::Person, "Mara Lind")],
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].source, "Mara Lind");
}

#[test]
fn a_refusal_followed_by_its_day_has_no_object() {
    let text = "Pier vote\n\nThe harbour master declined to comment on Monday, citing the inquiry.";
    let found = run_with_dates(text, &[("Monday", "2024-10-21")]);
    let refusal = found
        .iter()
        .find(|a| a.kind == AttributionKind::NonCommitment)
        .expect("the refusal");
    assert_eq!(content(text, refusal), "to comment");
}

#[test]
fn supporting_a_plan_is_no_intention_but_planning_to_is() {
    let found = run("Pier vote\n\nA poll found that most residents supported the plan.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, AttributionKind::Assertion);
    let found = run("Pier vote\n\nThe mayor said the city plans to rebuild the pier.");
    assert_eq!(found[0].kind, AttributionKind::Intention);
}

#[test]
fn quoted_as_saying_names_the_speaker_and_the_relay() {
    for text in [
        "Pier vote\n\nMara Lind was quoted by the Gazette as saying that the pier would close.",
        "Pier vote\n\nThe Gazette quoted Mara Lind as saying that the pier would close.",
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].source, "Mara Lind");
        assert_eq!(found[0].relayed_by, ["Gazette"]);
        assert_eq!(content(text, &found[0]), "the pier would close");
    }
}

#[test]
fn asking_not_to_be_identified_is_no_statement() {
    let text = "Pier vote\n\nThe talks could collapse, the people said, asking not to be \
                identified because the talks are private.";
    let found = run(text);
    assert!(
        found.iter().all(|a| a.cue_span.of(text) != "asking"),
        "{found:?}"
    );
}

#[test]
fn declining_to_say_leaves_its_question_open() {
    let text = "Pier vote\n\nThe harbour master declined to say when the pier would reopen.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "when the pier would reopen");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    // "declined to comment when asked": the question was put to the source.
    let text = "Pier vote\n\nThe harbour master declined to comment when asked about it.";
    assert_eq!(content(text, &run(text)[0]), "to comment");
}

#[test]
fn the_agency_after_a_department_of_services_is_that_department() {
    let text = "Pier vote\n\nThe Estavian Department of Harbour Services reported 12 closures. \
                The agency said most were temporary.";
    let department = "Estavian Department of Harbour Services";
    let found = run_with(
        text,
        &[entity(text, department, EntityKind::Org, department)],
    );
    let said = by_cue(&found, text, "said");
    assert_eq!(said.source, department);
}

#[test]
fn asking_that_a_name_not_be_used_is_no_statement() {
    let text = "Pier vote\n\nOne diver, who asked that her name not be used, said the pier \
                was unsafe.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
}

#[test]
fn one_role_of_a_named_body_is_no_unnamed_source() {
    let found =
        run("Pier vote\n\nThe ferry line expects losses, its chief financial officer said.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].anonymous, "{found:?}");
    let found = run("Pier vote\n\nThe ferry line expects losses, its officials said.");
    assert!(found[0].anonymous, "{found:?}");
}

#[test]
fn a_participle_after_a_rejection_shares_the_apposed_name_and_not_its_negation() {
    let text = "Pier vote\n\nA spokesman for the city's harbour board, Mara Lind, rejected the \
                claim, telling reporters that repairs were continuing.";
    let found = run_with(
        text,
        &[entity(text, "Mara Lind", EntityKind::Person, "Mara Lind")],
    );
    let telling = by_cue(&found, text, "telling");
    assert_eq!(telling.source, "Mara Lind");
    assert_eq!(telling.factuality.polarity, Polarity::Positive);
}

#[test]
fn the_role_someone_was_named_with_stands_for_them_later() {
    let text = "Pier vote\n\nA harbour adviser, Mara Lind, said the pier was unsafe. Later, the \
                52-year-old adviser told reporters that repairs would take a year.";
    let found = run_with(
        text,
        &[entity(text, "Mara Lind", EntityKind::Person, "Mara Lind")],
    );
    let told = by_cue(&found, text, "told");
    assert_eq!(told.source, "Mara Lind");
    // A title written before a name is no such role: "the vice president" is not him.
    let text = "Pier vote\n\nPresident Ana Vos said the pier was unsafe. The vice president \
                said repairs would take a year.";
    let found = run_with(
        text,
        &[entity(text, "Ana Vos", EntityKind::Person, "Ana Vos")],
    );
    assert!(
        found
            .iter()
            .all(|a| a.source != "Ana Vos" || a.content_span.of(text).starts_with("the pier")),
        "{found:?}"
    );
}

#[test]
fn a_trailing_participle_shares_the_sentences_subject_not_a_nested_one() {
    // "citing": the report's source becomes the cited people, relayed by the paper.
    let text = "Pier vote\n\nThe Gazette said the two boards had discussed a merger, citing \
                three people familiar with the talks.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert!(said.source.contains("three people familiar"), "{said:?}");
    assert_eq!(said.relayed_by, ["Gazette"]);
    // "calling": the council called it so, not the newspaper whose report it dismissed.
    let text = "Pier vote\n\nThe council dismissed a newspaper report that the pier had \
                closed, calling it \"fiction.\"";
    let found = run(text);
    let calling = by_cue(&found, text, "calling");
    assert_eq!(calling.source, "council");
}

#[test]
fn an_inquiry_is_a_non_commitment() {
    let text = "Pier vote\n\nThe ministry is looking into the reports of cracks.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(content(text, &found[0]), "the reports of cracks");
    let found = run("Pier vote\n\nPolice are investigating whether the fire was set on purpose.");
    assert!(
        found
            .iter()
            .all(|f| f.kind == AttributionKind::NonCommitment),
        "{found:?}"
    );
}

#[test]
fn declining_to_estimate_or_saying_an_assessment_is_under_way_commits_to_nothing() {
    let text = "Fire\n\nA company spokesman declined to estimate the cost of any damage.";
    let found = run(text);
    let declined = by_cue(&found, text, "declined");
    assert_eq!(declined.kind, AttributionKind::NonCommitment);
    assert_eq!(
        declined.factuality.certainty,
        model::Certainty::Underspecified
    );
    // A refused deed is no withheld statement.
    let text = "Fire\n\nThe minister refused to resign.";
    let found = run(text);
    assert!(
        found
            .iter()
            .all(|f| f.kind != AttributionKind::NonCommitment),
        "{found:?}"
    );
    let text = "Fire\n\nThe ministry said it was assessing the damage.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(said.kind, AttributionKind::NonCommitment);
    assert_eq!(said.factuality.certainty, model::Certainty::Underspecified);
}

#[test]
fn an_indefinite_source_that_asks_not_to_be_named_is_anonymous_and_the_noun_later_is_it() {
    let text = "Grain\n\nA senior executive at one of the large trading houses, who asked not \
                to be named because the talks were secret, said two buyers in China had \
                postponed cargoes. \u{201c}They are patient,\u{201d} the executive said.";
    let found = run(text);
    let said = found
        .iter()
        .find(|f| content(text, f) == "two buyers in China had postponed cargoes")
        .expect("the executive's statement");
    assert!(said.anonymous, "{said:?}");
    assert_eq!(
        said.source,
        "anonymous: senior executive at one of the large trading houses"
    );
    let later = found
        .iter()
        .find(|f| content(text, f).contains("They are patient"))
        .expect("the quotation");
    assert_eq!(later.source, said.source);
    assert!(later.anonymous);
}

#[test]
fn a_clause_of_time_ends_a_content_and_a_list_is_no_apposition() {
    let text = "Trial\n\nKresic denied all charges as he entered the court.";
    let found = run(text);
    assert_eq!(content(text, by_cue(&found, text, "denied")), "all charges");
    // A comparison goes on: "as strong today as she was".
    let text = "Poll\n\nShe said she is just as strong today as she was a year ago.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "said")),
        "she is just as strong today as she was a year ago"
    );
    let text = "Trial\n\nProsecutors say Kresic received cash payments, a holiday apartment on \
                the island of Hvar and the use of a yacht.";
    let found = run(text);
    assert!(
        content(text, by_cue(&found, text, "say")).ends_with("the use of a yacht"),
        "{found:?}"
    );
}

#[test]
fn a_relative_clause_with_commas_of_its_own_leaves_the_opening_phrase_the_speaker() {
    let text = "Breach\n\nCumberland, which operates 14 hospitals and more than 90 clinics in \
                Tennessee, Kentucky and Alabama, said it first detected the attack in August.";
    let found = run(text);
    assert_eq!(by_cue(&found, text, "said").source, "Cumberland");
    let text = "Breach\n\nThe Office for Civil Rights, which enforces the Health Insurance \
                Portability and Accountability Act (HIPAA), said it was reviewing the incident.";
    let found = run(text);
    assert_eq!(
        by_cue(&found, text, "said").source,
        "Office for Civil Rights"
    );
    // A name closing the commas still speaks.
    let text = "Camp\n\nA detainee reached by telephone, who gave only his first name, \
                Youssef, said guards had threatened to move strikers.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert!(said.source.ends_with("Youssef"), "{said:?}");
}

#[test]
fn an_inquiry_by_the_source_commits_to_nothing_one_by_others_is_asserted() {
    let text = "Fire\n\nThe operator said it was reviewing the incident.";
    let found = run(text);
    assert_eq!(
        by_cue(&found, text, "said").kind,
        AttributionKind::NonCommitment
    );
    let text = "Fire\n\nThe operator said investigators were examining a possible fuel leak.";
    let found = run(text);
    assert_eq!(
        by_cue(&found, text, "said").kind,
        AttributionKind::Assertion
    );
}

#[test]
fn not_immediately_responding_commits_to_nothing() {
    let text = "Poll\n\nThe campaign did not immediately respond to requests for comment.";
    let found = run(text);
    let respond = by_cue(&found, text, "did not immediately respond to");
    assert_eq!(respond.kind, AttributionKind::NonCommitment);
    assert_eq!(content(text, respond), "requests for comment");
}

#[test]
fn denied_reports_television_sources_and_state_media_listeners() {
    let text = "Fire\n\nA spokesman denied reports that its crew had ignored warnings.";
    let found = run(text);
    let denied = by_cue(&found, text, "denied");
    assert_eq!(
        content(text, denied),
        "reports that its crew had ignored warnings"
    );
    let text = "Fire\n\nDivers recovered two more bodies on Tuesday, state television reported.";
    let found = run(text);
    assert_eq!(by_cue(&found, text, "reported").source, "state television");
    let text = "Fire\n\nHe told state television that the plan had failed.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "told")),
        "the plan had failed"
    );
}

#[test]
fn since_and_for_before_a_time_date_the_verb_not_the_phrase() {
    let text = "Strike\n\nThe IMF, which has backed the removal of fuel subsidies since 2023, \
                declined to comment.";
    let found = run_with_dates(text, &[("2023", "2023")]);
    assert_eq!(
        content(text, by_cue(&found, text, "backed")),
        "the removal of fuel subsidies"
    );
    let text = "Strike\n\nThe union, which is seeking a 15% pay rise phased in over three \
                years, walked out.";
    let found = run_with_dates(text, &[("three years", "P3Y")]);
    assert_eq!(
        content(text, by_cue(&found, text, "seeking")),
        "a 15% pay rise phased in"
    );
}

#[test]
fn recalling_an_ambassador_is_no_memory_told() {
    let text = "Row\n\nNorway recalled its ambassador to Kazakhstan for consultations.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    let text = "Row\n\nShe recalled that the plant had flooded before.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "recalled")),
        "the plant had flooded before"
    );
}

#[test]
fn according_to_vouches_for_the_statements_before_it() {
    let text = "The captain told the crew that the engine had failed, according to two sailors.";
    let found = run(text);
    let according = by_cue(&found, text, "according to");
    assert_eq!(
        content(text, according),
        "The captain told the crew that the engine had failed"
    );
    // The inner statement stays, nested under it.
    let told = by_cue(&found, text, "told");
    assert_eq!(content(text, told), "the engine had failed");
}

#[test]
fn adjunct_before_that_clause_opening_with_a_quotation() {
    let text = "The governor said at a rally in Brenford that \"a leak\" had closed the plant.";
    let (source, said) = sole(text);
    assert_eq!(source, "The governor");
    assert_eq!(said, "\"a leak\" had closed the plant");
}

#[test]
fn citing_a_speaker_makes_the_report_a_relay() {
    let text = "The Harbour Gazette reported that 3,000 troops had crossed the border, citing \
                two security officials.";
    let found = run(text);
    let report = by_cue(&found, text, "reported");
    assert_eq!(content(text, report), "3,000 troops had crossed the border");
    assert!(report.anonymous);
    assert_eq!(
        report.source_span.unwrap().of(text),
        "two security officials"
    );
    assert_eq!(report.relayed_by.len(), 1);
    assert!(
        report.relayed_by[0].contains("Harbour Gazette"),
        "{report:?}"
    );
    let citing = by_cue(&found, text, "citing");
    assert_eq!(citing.kind, AttributionKind::Relay);
    assert_eq!(report.parent.as_deref(), Some(citing.id.as_str()));
    // Between the cue and its "that", and fronted.
    let text = "The wire reported, citing a senior diplomat, that the talks had failed.";
    let found = run(text);
    let report = by_cue(&found, text, "reported");
    assert_eq!(content(text, report), "the talks had failed");
    assert_eq!(report.source_span.unwrap().of(text), "a senior diplomat");
    let text =
        "Citing people familiar with the plan, the newspaper reported that the port would close.";
    let found = run(text);
    let report = by_cue(&found, text, "reported");
    assert_eq!(
        report.source_span.unwrap().of(text),
        "people familiar with the plan"
    );
    assert_eq!(report.relayed_by, ["newspaper"]);
}

#[test]
fn a_participle_clause_opening_the_sentence_is_the_main_subjects_statement() {
    // The subject after the comma speaks; its phrase ends before the main clause's verb.
    let text = "Pier vote\n\nNoting that the river rose overnight, Mara Lind closed the pier.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "Noting");
    assert_eq!(content(text, &found[0]), "the river rose overnight");
    assert_eq!(found[0].source_span.unwrap().of(text), "Mara Lind");
    let text = "Pier vote\n\nCiting safety rules, harbour officials have not said why the pier \
                closed.";
    let found = run(text);
    let citing = by_cue(&found, text, "Citing");
    assert_eq!(content(text, citing), "safety rules");
    assert_eq!(citing.source_span.unwrap().of(text), "harbour officials");
    // "Pointing to ...": PolNeAR finds the statement in the main clause, not the participle.
    let text = "Pier vote\n\nPointing to the floods, the mayor said the pier would close.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != "Pointing"));
}

#[test]
fn citing_evidence_or_arguing_by_citing_is_no_relay() {
    for text in [
        "Varga said the plan had failed, citing figures from the ministry.",
        "The mayor defended the levy by citing two economists.",
    ] {
        let found = run(text);
        assert!(
            found.iter().all(|a| a.relayed_by.is_empty()),
            "{text}: {found:?}"
        );
        let main = &found[0];
        assert_ne!(main.cue_span.of(text), "citing", "{text}");
    }
}

#[test]
fn fronted_time_or_place_before_a_pronoun_subject() {
    for text in [
        "At the town hall she said she did not trust the plan.",
        "In an interview he said he did not trust the plan.",
    ] {
        let (source, said) = sole(text);
        assert!(source == "she" || source == "he", "{text}: {source}");
        assert!(said.ends_with("did not trust the plan"), "{text}: {said}");
    }
    // A relative clause keeps its pronoun out of the speakers.
    let text = "In what he called a rant, the mayor attacked the levy.";
    assert!(run(text)
        .iter()
        .all(|a| a.cue_span.of(text) != "called" || a.source != "he"));
}

#[test]
fn apposition_then_relative_clause_and_a_comma_after_a_party_tag() {
    let text =
        "Tom Reyes, a ferry pilot, who later ran the harbour office, said the pier was unsafe.";
    let reyes = entity(text, "Tom Reyes", EntityKind::Person, "Tom Reyes");
    let found = run_with(text, &[reyes]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Tom Reyes");
    assert!(!found[0].source_span.unwrap().of(text).contains("harbour"));
    let text = "Sen. Ana Holm (D-Vt.), said on Tuesday that she had not read the plan.";
    let (source, said) = sole(text);
    assert_eq!(source, "Sen. Ana Holm (D-Vt.)");
    assert_eq!(said, "she had not read the plan");
}

#[test]
fn a_clause_after_a_parenthetical_cue_is_its_content_even_with_a_cue_of_its_own() {
    let text = "Lately, he said, he has realized that the valley is not as welcoming.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "Lately, he said, he has realized that the valley is not as welcoming"
    );
    // A participle after the comma is a statement of its own.
    let text = "The mayor responded, saying the pier was safe.";
    let found = run(text);
    assert!(
        found
            .iter()
            .all(|a| !content(text, a).starts_with("saying")),
        "{found:?}"
    );
}

#[test]
fn a_passive_question_cue_with_an_adverb_is_no_statement() {
    let text = "He said he was pleased that, at his talks, he is often asked about her views.";
    let found = run(text);
    assert!(
        found.iter().all(|a| a.cue_span.of(text) != "asked"),
        "{found:?}"
    );
    assert!(found.iter().any(|a| a.cue_span.of(text) == "said"));
}

#[test]
fn a_headline_speaker_label_stands_over_cues_inside_the_headline() {
    let text = "Varga: Ministry Should Have Thanked Volunteers for Their Work\n\nThe mayor spoke on Monday.";
    let found = run(text);
    let label = by_cue(&found, text, ":");
    assert_eq!(label.source_span.unwrap().of(text), "Varga");
    assert_eq!(
        content(text, label),
        "Ministry Should Have Thanked Volunteers for Their Work"
    );
    let text = "Wow: Mayor Just Said Something Odd About the Pier\n\nThe mayor spoke on Monday.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != ":"));
}

#[test]
fn discourse_adverb_between_commas_and_familiar_with_her_thinking() {
    let text = "Supporters of the levy, however, say it would pay for the new pier.";
    let (source, said) = sole(text);
    assert_eq!(source, "Supporters of the levy");
    assert_eq!(said, "it would pay for the new pier");
    let text = "People familiar with her thinking say the mayor will not run again.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous);
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "People familiar with her thinking"
    );
}

#[test]
fn a_participle_with_that_and_a_fronted_adjunct_is_a_statement() {
    let text = "The mayor defended the levy, saying that in her view, the pier needed repairs.";
    let found = run(text);
    let saying = by_cue(&found, text, "saying");
    assert_eq!(
        content(text, saying),
        "in her view, the pier needed repairs"
    );
    // Without "that", a place after the participle is an action.
    let text = "The mayor walked out, pointing at the river.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != "pointing"));
}

#[test]
fn after_an_audience_about_opens_the_topic() {
    let text = "During the hearing, the chairman asked the mayor about her ties to the builder.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].audience.as_deref(), Some("the mayor"));
    assert!(content(text, &found[0]).ends_with("her ties to the builder"));
}

#[test]
fn according_to_right_after_a_split_quotation_relays_it() {
    let text = "“Stay off the pier,” Varga said, according to the Gazette. “It is not safe.”";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    let according = by_cue(&found, text, "according to");
    assert_eq!(content(text, according), "“Stay off the pier,” Varga said");
    assert_eq!(said.relayed_by, ["Gazette"]);
    // The relay is not nested in the quotation around it: no cycle.
    assert_eq!(according.parent, None);
    assert_eq!(said.parent.as_deref(), Some(according.id.as_str()));
}

#[test]
fn an_ing_word_between_a_determiner_and_a_noun_is_an_adjective() {
    let text = "“Stop blaming others,” the conservative-leaning newspaper wrote.";
    let (source, said) = sole(text);
    assert_eq!(source, "the conservative-leaning newspaper");
    assert_eq!(said, "“Stop blaming others,”");
}

#[test]
fn a_place_after_an_actor_noun_locates_the_source_and_is_not_it() {
    let text = "Police in Brannock said two men were arrested on Friday.";
    let entities = [entity(text, "Brannock", EntityKind::Gpe, "Brannock")];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Police in Brannock");
    assert!(!found[0].anonymous);
    // An unnamed member stays anonymous; a body the place only modifies is the body.
    let text = "Officials in Brannock said the road was closed. The Brannock council said \
                it would reopen.";
    let entities = [
        entity(text, "Brannock", EntityKind::Gpe, "Brannock"),
        Entity {
            span: Span::new(
                text.find("Brannock council").unwrap(),
                text.find("Brannock council").unwrap() + "Brannock".len(),
            ),
            kind: EntityKind::Gpe,
            canonical: "Brannock".to_string(),
        },
    ];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].source, "anonymous: Officials in Brannock");
    assert_eq!(found[1].source, "Brannock council");
    // A government is named by its place.
    let text = "The government in Brannock said more boats were coming.";
    let entities = [entity(text, "Brannock", EntityKind::Gpe, "Brannock")];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Brannock");
}

#[test]
fn according_to_sources_with_a_cue_noun_or_a_quoted_title() {
    let text = "The pier closed early, according to a source on the call.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "a source on the call"
    );
    assert!(found[0].anonymous);
    let text =
        "The levy would raise $2 million, according to the \"Harbour First\" plan she released.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "the \"Harbour First\" plan she released"
    );
}

#[test]
fn a_fronted_adjunct_after_that_is_no_content_to_end_at() {
    let text = "The engineer said that in 2019, the council allowed the crew to believe the dam was sound.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "in 2019, the council allowed the crew to believe the dam was sound"
    );
}

#[test]
fn brackets_alone_or_a_fronted_adjunct_alone_are_no_content() {
    let text = "(Fishermen, it turns out, like the new pier, the mayor said.)";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(content(text, &found[0]), ")");
    assert!(content(text, &found[0]).contains("like the new pier"));
    let text = "At the day's end, however, the mayor said as she left the hall.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_weak_cue_form_in_a_noun_compound_is_no_cue() {
    let text = "The mayor repeated the claim on a radio show Thursday, where he seemed calm.";
    assert!(run(text).iter().all(|a| a.cue_span.of(text) != "show"));
    let text = "Varga leads in both pledged delegates and the popular vote.";
    assert!(run(text).is_empty());
}

#[test]
fn a_name_given_after_called_is_no_statement() {
    let text = "A flood relief group called Dry Feet is raising money for the valley.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    let text = "She founded a river watch called Keep Dunmere, which has 900 members.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // A predicate after the name: a statement.
    let text = "A Brannock aide called Varga a liar.";
    assert_eq!(run(text).len(), 1);
}

#[test]
fn a_quotation_after_a_reported_clause_and_its_cue_goes_on_with_it() {
    let text = "The levy may pass next week, Varga said. \"The council has the votes.\"";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    assert!(content(text, &found[0]).ends_with("has the votes.\""));
    // Not across a paragraph break.
    let text = "The levy may pass next week, Varga said.\n\n\"The council has the votes.\"";
    let found = run(text);
    assert!(
        found.iter().all(|a| a.content_fragments.len() == 1),
        "{found:?}"
    );
}

#[test]
fn a_quotation_after_but_goes_on_with_the_split_quotation() {
    let text = "\"I like the mayor,\" he said, but \"when it comes to the pier, she is wrong.\"";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
}

#[test]
fn a_clause_joined_after_the_cue_and_its_adjunct_goes_on() {
    let text = "The top fifth paid 20 percent, the office said in a spring report, and the \
                bottom fifth paid 1 percent.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2);
    assert!(content(text, &found[0]).ends_with("the bottom fifth paid 1 percent"));
}

#[test]
fn a_fronted_condition_is_part_of_the_statement() {
    let text = "If the rain continues, the mayor said the river would flood the town.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(content(text, &found[0]).starts_with("If the rain continues"));
    assert!(found[0].factuality.conditional, "{found:?}");
}

#[test]
fn a_statement_in_a_relative_clause_between_dashes_ends_with_it() {
    let text = "The levy -- which the mayor called \"a disaster\" -- passed on Monday.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "\"a disaster\"");
}

#[test]
fn a_subject_pronoun_after_the_listener_opens_the_statement() {
    let text = "The mayor told AP they concluded there was no risk.";
    let found = run(text);
    let told = by_cue(&found, text, "told");
    assert_eq!(told.audience.as_deref(), Some("AP"));
    assert_eq!(content(text, told), "they concluded there was no risk");
}

#[test]
fn making_the_case_is_one_cue() {
    let text = "Varga made the case that the levy would pay for itself.";
    let (source, said) = sole(text);
    assert_eq!(source, "Varga");
    assert_eq!(said, "the levy would pay for itself");
    assert_eq!(run(text)[0].cue_span.of(text), "made the case");
}

#[test]
fn a_person_before_a_plural_names_a_group_not_the_person() {
    let text = "Varga allies said the levy would pass.";
    let varga = entity(text, "Varga", EntityKind::Person, "Selma Varga");
    let found = run_with(text, &[varga]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Varga allies");
    let text = "Varga said the levy would pass.";
    let varga = entity(text, "Varga", EntityKind::Person, "Selma Varga");
    assert_eq!(run_with(text, &[varga])[0].source, "Selma Varga");
}

fn source_of<'t>(text: &'t str, found: &[Attribution], cue: &str) -> &'t str {
    let statement = found
        .iter()
        .find(|f| f.cue_span.of(text) == cue)
        .unwrap_or_else(|| panic!("{cue} in {found:?}"));
    statement.source_span.map_or("", |s| s.of(text))
}

#[test]
fn a_participle_cue_takes_the_subject_after_an_opening_conjunction() {
    // The conjunction or adverb has no comma of its own: the subject follows it.
    let text = "But Selma Varga, saying the dam came first, left the hall.";
    assert_eq!(source_of(text, &run(text), "saying"), "Selma Varga");
    let text = "Then the mayor turned on the council, saying its plan was reckless.";
    assert_eq!(source_of(text, &run(text), "saying"), "the mayor");
    // A fronted time with its comma, and a dateline without one.
    let text = "The losses.\n\nJust three years ago, the ferry board published a report saying the losses would grow.";
    let found = run_with_dates(text, &[("three years ago", "2021-10")]);
    assert_eq!(source_of(text, &found, "report saying"), "the ferry board");
    let text =
        "Oct 21 (MPA) - The mayor on Monday left for the coast after announcing the new toll.";
    let found = run_with_dates(text, &[("Oct 21", "2024-10-21"), ("Monday", "2024-10-21")]);
    assert_eq!(
        source_of(text, &found, "announcing"),
        "Oct 21 (MPA) - The mayor"
    );
}

#[test]
fn coordinated_subjects_share_a_participle_cue() {
    let text = "The mayor and the port chief both toured the quay, hoping to calm the traders.";
    assert_eq!(
        source_of(text, &run(text), "hoping"),
        "The mayor and the port chief"
    );
    // A justice is a speaker like a judge.
    let text = "In two interviews, the justice spoke about the case, saying it troubled her.";
    assert_eq!(source_of(text, &run(text), "saying"), "the justice");
}

#[test]
fn a_document_put_out_by_a_subject_speaks_for_it() {
    // "released a statement Monday saying A": the council's statement, and "released"
    // reports nothing of its own.
    let text = "The ferries stopped.\n\nThe town council released a statement Monday saying the ferry would run again.";
    let found = run_with_dates(text, &[("Monday", "2024-10-21")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(source_of(text, &found, "saying"), "The town council");
    assert_eq!(content(text, &found[0]), "the ferry would run again");
    let text = "Later that day, the governor fired back a response saying he would not sign it.";
    assert_eq!(
        source_of(text, &run(text), "response saying"),
        "the governor"
    );
    // A press release is no cue noun of its own (`data/issued_documents.txt`).
    let text = "Later that day, the Ruiz campaign sent out a press release saying the mayor owed \
                voters an apology.";
    assert_eq!(source_of(text, &run(text), "saying"), "the Ruiz campaign");
}

#[test]
fn a_quotation_before_its_own_cue_stands_inside_a_statement_of_the_same_source() {
    let text = "The strike.\n\nA second dock worker agreed, with one caveat: “The owners will not back down soon,” the worker said. The port was quiet.";
    let found = run(text);
    let said = found
        .iter()
        .find(|f| f.cue_span.of(text) == "said")
        .unwrap_or_else(|| panic!("the quotation's own statement: {found:?}"));
    assert_eq!(content(text, said), "“The owners will not back down soon,”");
    assert!(said.direct);
}

#[test]
fn the_antecedent_of_a_relative_pronoun_is_no_content() {
    let text = "The vote.\n\nOne delegate, Ada Brook, who was listed on the rival slate, told the Ledger, “I like the governor best.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "told");
    assert_eq!(content(text, &found[0]), "“I like the governor best.”");
}

#[test]
fn a_cue_form_after_of_is_a_noun() {
    let text = "The former secretary of state said the plan would fail.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(
        found[0].source_span.unwrap().of(text),
        "The former secretary of state"
    );
    // Without the rule "state" was read as the cue and "said ..." as its content.
    let text = "The vote.\n\nThe Democratic presidential front-runner and former secretary of state said the U.S. “clearly” needed a more robust air campaign.";
    assert!(
        run(text).iter().all(|f| f.cue_span.of(text) != "state"),
        "{:?}",
        run(text)
    );
}

#[test]
fn a_strict_cue_form_before_a_cue_is_a_noun_whatever_quotation_follows() {
    // "state" before "said": the one-word quotation after is what "said" reports, not the
    // complement that would make "state" a cue.
    let text = "The vote.\n\nThe former secretary of state said the country “clearly” needed a new approach.";
    let (source, said) = sole(text);
    assert_eq!(source, "The former secretary of state");
    assert_eq!(said, "the country “clearly” needed a new approach");
}

#[test]
fn a_sentence_in_parentheses_is_read_inside_them() {
    let text = "The count went on. (A union spokesman said the tally was wrong.) The board met.";
    let (source, said) = sole(text);
    assert_eq!(source, "A union spokesman");
    assert_eq!(said, "the tally was wrong");
}

#[test]
fn a_cue_form_closed_after_a_determiner_is_a_noun() {
    // "tweet" is no cue here; "called" is.
    let text = "The feud.\n\nIn another tweet, the mayor called the plan “a disgrace.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "called");
    assert_eq!(found[0].source_span.unwrap().of(text), "the mayor");
    // A determiner that stands alone is a pronoun: "Yet another said, ...".
    let text = "The feud.\n\nOne aide was silent. Yet another said, “The plan is a disgrace.”";
    assert!(run(text).iter().any(|f| f.cue_span.of(text) == "said"));
}

#[test]
fn the_antecedent_of_a_relative_clause_without_commas_speaks() {
    let text = "The plan.\n\nA senior official who asked not to be named because he was not authorized to speak said the plan was dead.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(found[0].source_span.unwrap().of(text), "A senior official");
    assert!(found[0].anonymous);
    assert_eq!(content(text, &found[0]), "the plan was dead");
    // After a preposition "who" asks: the speaker is the name before the cue.
    let text = "The debate.\n\nThe quarrel grew so heated over who backed which bill that Mayor Ada Brook said the council should vote.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert!(said.source_span.unwrap().of(text).ends_with("Ada Brook"));
}

#[test]
fn a_final_relative_clause_after_a_content_is_the_writers_aside() {
    let text = "The vote.\n\nThe mayor acknowledged the flooding risk, which makes her an outlier on the council.";
    let (_, acknowledged) = sole(text);
    assert_eq!(acknowledged, "the flooding risk");
    // A clause that goes on after it keeps it.
    let text = "The vote.\n\nThe mayor said the levee, which was old, failed.";
    let (_, said) = sole(text);
    assert_eq!(said, "the levee, which was old, failed");
}

#[test]
fn a_participle_after_an_adverb_or_an_occasion_takes_the_clause_subject() {
    let text = "The debate.\n\nAfter the debate, the mayor's aides were gracious, perhaps recognizing that the rival had won.";
    let found = run(text);
    assert_eq!(source_of(text, &found, "recognizing"), "the mayor's aides");
    let text = "The suit.\n\nThe governor spoke at a news conference announcing that the state would sue the mill.";
    let found = run(text);
    assert_eq!(source_of(text, &found, "announcing"), "The governor");
}

#[test]
fn an_aside_in_parentheses_closes_an_inverted_source() {
    let text = "The toll.\n\nRaising the toll “is a misguided approach,” said Ada Brook (a view shared by others).";
    let (source, said) = sole(text);
    assert_eq!(source, "Ada Brook");
    assert_eq!(said, "Raising the toll “is a misguided approach,”");
}

#[test]
fn a_name_apposed_to_a_role_before_dashes_is_in_the_source() {
    let text = "The ferry.\n\nAda Brook, the chief of Tamsby Ferries -- the firm that runs the crossing, which is also a museum -- told me, “We will sail again.”";
    let (source, said) = sole(text);
    assert!(source.starts_with("Ada Brook, the chief"), "{source}");
    assert_eq!(said, "“We will sail again.”");
}

#[test]
fn a_parenthesis_after_an_inverted_name_closes_inside_the_source() {
    let text = "The bill.\n\n“It is wrong,” said Sen. Ada Brook (D-R.I.), the ranking member.";
    let (source, said) = sole(text);
    assert_eq!(source, "Sen. Ada Brook (D-R.I.)");
    assert_eq!(said, "“It is wrong,”");
}

#[test]
fn a_verb_with_its_topic_preposition_is_one_cue() {
    // "talked about", "took aim at": what follows the preposition is what was said about.
    for (text, cue, source, said) in [
        (
            "Pier vote\n\nThe mayor talked about the ferry timetable.",
            "talked about",
            "The mayor",
            "the ferry timetable",
        ),
        (
            "Pier vote\n\nIlse Varga, the harbour master, took aim at the ferry company.",
            "took aim at",
            "Ilse Varga, the harbour master",
            "the ferry company",
        ),
        (
            "Pier vote\n\nThe council is calling for a second bridge.",
            "calling for",
            "The council",
            "a second bridge",
        ),
        (
            "Pier vote\n\nThe harbour master took issue with the ferry timetable.",
            "took issue with",
            "The harbour master",
            "the ferry timetable",
        ),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].cue_span.of(text), cue);
        assert_eq!(found[0].source_span.map(|s| s.of(text)), Some(source));
        assert_eq!(content(text, &found[0]), said);
    }
}

#[test]
fn an_adjunct_between_the_cue_and_a_quotation_after_a_comma_or_colon_is_no_content() {
    for (text, said) in [
        (
            "Pier vote\n\nVarga declared in the ferry hall, “The pier stays open.”",
            "“The pier stays open.”",
        ),
        (
            "Pier vote\n\nVarga said about the repairs: “They will take a year.”",
            "“They will take a year.”",
        ),
        (
            "Pier vote\n\nVarga said back in 2019: “The pier is safe.”",
            "“The pier is safe.”",
        ),
    ] {
        let (source, content) = sole(text);
        assert_eq!(source, "Varga", "{text}");
        assert_eq!(content, said, "{text}");
    }
}

#[test]
fn a_short_object_before_a_colon_introduces_the_quotation() {
    let text = "Pier vote\n\nVarga put it bluntly: “The pier is finished.”";
    let (_, said) = sole(text);
    assert_eq!(said, "“The pier is finished.”");
    // A clause before the colon is part of what was said.
    let text = "Pier vote\n\nVarga added the ferry has two choices: “Run or close.”";
    let (_, said) = sole(text);
    assert_eq!(said, "the ferry has two choices: “Run or close.”");
}

#[test]
fn a_passive_report_keeps_what_the_agent_took_the_subject_for() {
    let text =
        "Pier vote\n\nThe mayor has been criticized by the harbour board for closing the pier.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_span.map(|s| s.of(text)),
        Some("the harbour board")
    );
    let fragments: Vec<&str> = found[0]
        .content_fragments
        .iter()
        .map(|f| f.of(text))
        .collect();
    assert_eq!(fragments, ["The mayor", "for closing the pier"]);
}

#[test]
fn a_quotation_closed_before_a_subordinate_clause_is_all_that_was_said() {
    let text =
        "Pier vote\n\nVarga said, “The pier is safe,” when the board asked her about the cracks.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(content(text, said), "“The pier is safe,”");
    // A quoted phrase inside reported speech goes on with it.
    let text = "Pier vote\n\nVarga called the plan “reckless” when the board met.";
    let (_, called) = sole(text);
    assert!(called.ends_with("when the board met"), "{called}");
}

#[test]
fn a_weak_cue_counts_with_a_question_word_or_describe_as() {
    let text =
        "Pier vote\n\nVarga defended the closure, describing the pier as a danger to walkers.";
    let found = run(text);
    let describing = by_cue(&found, text, "describing");
    assert_eq!(content(text, describing), "the pier as a danger to walkers");
    let text = "Pier vote\n\nThe engineers explain how the cracks formed.";
    let (source, said) = sole(text);
    assert_eq!(source, "The engineers");
    assert_eq!(said, "how the cracks formed");
}

#[test]
fn a_quotation_before_its_cue_survives_a_time_with_that_and_a_clause_after_the_name() {
    // "that night" is a time, not the "that" of a complement.
    let text = "Pier vote\n\n“This was the moment,” he said in his speech that night.";
    let found = run_with_dates(text, &[("that night", "2024-10-22TNI")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_span.map(|s| s.of(text)), Some("he"));
    assert_eq!(content(text, &found[0]), "“This was the moment,”");
    // A subordinate clause after the inverted name closes it.
    let text = "Pier vote\n\n“The pier is a risk,” said Dan Golvach when asked about the vote.";
    let (source, said) = sole(text);
    assert_eq!(source, "Dan Golvach");
    assert_eq!(said, "“The pier is a risk,”");
}

#[test]
fn a_contracted_auxiliary_stays_out_of_the_source() {
    let text = "Pier vote\n\nShe’s said the pier will reopen.";
    let (source, said) = sole(text);
    assert_eq!(source, "She");
    assert_eq!(said, "the pier will reopen");
}

#[test]
fn which_after_a_body_is_its_source_mention() {
    let text =
        "Pier vote\n\nThe harbour board, which said the pier was unsafe, will meet on Monday.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(said.source_span.map(|s| s.of(text)), Some("which"));
    assert!(said.source.contains("harbour board"), "{}", said.source);
    // The statement ends at the comma before the main clause's verb.
    assert_eq!(content(text, said), "the pier was unsafe");
}

#[test]
fn long_appositions_and_relative_clauses_describe_the_source() {
    // "operating" between a role word and a noun is no verb.
    let text = "Pier vote\n\nThe pier will close, the port's chief operating officer said.";
    let (source, said) = sole(text);
    assert_eq!(source, "the port's chief operating officer");
    assert_eq!(said, "The pier will close");
    // "that" after a noun opens a relative clause inside the apposition.
    let text = "Pier vote\n\nThe Harbour Users Association, a group that sued on behalf of \
                members including several ferry firms, said the ruling was fair.";
    let (source, said) = sole(text);
    assert_eq!(source, "The Harbour Users Association");
    assert_eq!(said, "the ruling was fair");
    // A request not to be named, with no comma, describes the noun before "who".
    let text = "Pier vote\n\nA ferry captain who asked not to be named said the pier was unsafe.";
    let (source, said) = sole(text);
    assert_eq!(source, "A ferry captain");
    assert_eq!(said, "the pier was unsafe");
    // A role apposed to the source of "according to" is no statement.
    let text = "Pier vote\n\nAccording to Jane Okafor, a marine engineer who surveyed the pier \
                after the storm in 2021, the pilings are rotten.";
    let (_, said) = sole(text);
    assert_eq!(said, "the pilings are rotten");
}

#[test]
fn time_clauses_sides_and_channels_are_no_statements() {
    // A time clause after a parenthetical cue dates the news.
    let text = "Pier vote\n\nThe pier will close, the mayor said on Tuesday, after a storm \
                damaged it.";
    let (_, said) = sole(text);
    assert_eq!(said, "The pier will close");
    // "testified for the law" takes a side.
    let text = "Pier vote\n\nAna Ruiz, who testified for the law, said she felt let down.";
    let (_, said) = sole(text);
    assert_eq!(said, "she felt let down");
    // "a statement issued through his agent": how the statement came out.
    let text = "Pier vote\n\nIn a statement issued through his agent, the captain said he was \
                sorry.";
    let (_, said) = sole(text);
    assert_eq!(said, "he was sorry");
}

#[test]
fn a_leads_role_is_the_person_named_with_it_soon_after() {
    let text = "Pier vote\n\nThe pier will close, the port's chief operating officer said.\n\n\
                “We have no choice,” Mara Lind, the chief operating officer, told reporters.";
    let entities = [entity(text, "Mara Lind", EntityKind::Person, "Mara Lind")];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].source, "Mara Lind");
    assert!(!found[0].anonymous);
}

#[test]
fn acts_done_to_things_are_no_cues() {
    let text = "Pier vote\n\nThe ferry line has cancelled about 140 crossings since Saturday, \
                she said.";
    let (source, said) = sole(text);
    assert_eq!(source, "she");
    assert_eq!(
        said,
        "The ferry line has cancelled about 140 crossings since Saturday"
    );
}

#[test]
fn figures_conditions_and_documents_bound_statements() {
    // "recalls" before a count acts on things.
    assert!(run("Pier vote\n\nHarbour Motors recalls 1.4 million ferries.").is_empty());
    // "about" before a figure approximates it, also after a fronted place.
    let text = "Pier vote\n\nIn Oslo, the agency said about 610 ferries had been sold.";
    let (_, said) = sole(text);
    assert_eq!(said, "about 610 ferries had been sold");
    // An adverb of place closes a relative clause before the cue.
    let text = "Pier vote\n\nA trader who sells nets there said she had made no sales.";
    let (source, said) = sole(text);
    assert_eq!(source, "A trader");
    assert_eq!(said, "she had made no sales");
    // Evidence in a condition reports nothing.
    let text = "Pier vote\n\nHe did not rule out closing the pier if further tests found rot.";
    let (_, said) = sole(text);
    assert_eq!(said, "closing the pier if further tests found rot");
    // The document a statement came in ends it.
    let text = "Pier vote\n\nThe union said the pier was unsafe in a post on its website.";
    let (_, said) = sole(text);
    assert_eq!(said, "the pier was unsafe");
}

#[test]
fn a_gerund_subject_after_a_parenthetical_cue_goes_on() {
    let text = "Pier vote\n\nThough the repair went well, he said, replacing the pier would be \
                much harder.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
    // A participle of manner is no content.
    let text = "Pier vote\n\nThe repair went well, he said, wiping his brow.";
    let (_, said) = sole(text);
    assert_eq!(said, "The repair went well");
}

#[test]
fn acts_calls_for_help_and_adverbs_of_report() {
    // A learned cue that is an act on things reports nothing.
    assert!(
        run("Pier vote\n\nThe council passed a $95 million harbour bill late Thursday.").is_empty()
    );
    // A call for help is no statement.
    let text = "Pier vote\n\nAna said the alarm sounded and the guards called police at once.";
    let (_, said) = sole(text);
    assert_eq!(
        said,
        "the alarm sounded and the guards called police at once"
    );
    // "It was also reported that": an impersonal report.
    let text = "Pier vote\n\nIt was also reported that divers had found the wreck.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous);
    assert_eq!(content(text, &found[0]), "divers had found the wreck");
    // "that" after a preposition is a determiner.
    let text = "Pier vote\n\nA spokesman declined to comment on that inquiry.";
    let (_, said) = sole(text);
    assert_eq!(said, "that inquiry");
}

#[test]
fn a_name_with_its_role_after_the_statements_comma() {
    let text = "Pier vote\n\nThe pier is unsafe, Anna Weber, the port's chief engineer, said.";
    let (source, said) = sole(text);
    assert_eq!(source, "Anna Weber, the port's chief engineer");
    assert_eq!(said, "The pier is unsafe");
    let text = "Pier vote\n\nThe pier is unsafe, Anna Weber, a spokeswoman, told reporters.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].audience.as_deref(), Some("reporters"));
}

#[test]
fn a_comma_between_two_places_is_no_apposition() {
    let text = "Clinic\n\nRuth Banda, a pediatrician in Zomba, Malawi, said the clinic had run out of salts.";
    let places = [
        entity(text, "Ruth Banda", EntityKind::Person, "Ruth Banda"),
        entity(text, "Zomba", EntityKind::Gpe, "Zomba"),
        entity(text, "Malawi", EntityKind::Gpe, "Malawi"),
    ];
    let found = run_with(text, &places);
    assert_eq!(found.len(), 1, "{found:?}");
    let source = found[0].source_span.map_or("", |s| s.of(text));
    assert_eq!(source, "Ruth Banda, a pediatrician in Zomba, Malawi");
    assert_eq!(found[0].source, "Ruth Banda");
    // The place may close a subject that opens the clause.
    let text = "Clinic\n\nAfter the vote, a woman in Worcester, Massachusetts, told him the clinic was closed.";
    let places = [
        entity(text, "Worcester", EntityKind::Gpe, "Worcester"),
        entity(text, "Massachusetts", EntityKind::Gpe, "Massachusetts"),
    ];
    let found = run_with(text, &places);
    assert_eq!(found.len(), 1, "{found:?}");
    let source = found[0].source_span.map_or("", |s| s.of(text));
    assert_eq!(source, "a woman in Worcester, Massachusetts");
    // A person after the comma is no place: two appositions.
    let text = "Clinic\n\nThe rally was held at Lenox, Lawrence B. Cummings, an organizer, said.";
    let places = [
        entity(text, "Lenox", EntityKind::Gpe, "Lenox"),
        entity(
            text,
            "Lawrence B. Cummings",
            EntityKind::Person,
            "Lawrence B. Cummings",
        ),
    ];
    let found = run_with(text, &places);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Lawrence B. Cummings");
}

#[test]
fn findings_in_conditions_rates_put_at_and_quotations_resumed_after_a_relative_clause() {
    // A finding that may yet be made is no statement; the rule-out is.
    let text = "Avalanche\n\nThe office did not rule out charges if it found that the group had crossed a barrier.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "charges if it found that the group had crossed a barrier"
    );
    // "put" a rate at a figure is an estimate, also after a relative clause.
    let text =
        "Cholera\n\nThe institute, which tracks the outbreak, put the case fatality rate at 2.4%.";
    let (source, said) = sole(text);
    assert_eq!(source, "The institute");
    assert_eq!(said, "the case fatality rate at 2.4%");
    // A relative clause about the speaker between two pieces of one quotation.
    let text = "Cholera\n\n“Every year we bring in tankers,” said Grace Simwinga, who runs the \
                office and spent a decade in Lusaka, “and every year the streets flood.”";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
    assert_eq!(
        found[0].content_fragments[1].of(text),
        "“and every year the streets flood.”"
    );
}

#[test]
fn a_subject_coordinated_after_the_cue_and_a_short_fronted_condition_stay_in_the_content() {
    let text =
        "Bank\n\nMs. Sherry said she and her peers jokingly referred to themselves as a club.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "she and her peers jokingly referred to themselves as a club"
    );
    // Two acts of one speaker are two statements.
    let text = "Bank\n\nReid blasted Rubio and defended Cruz in an interview.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(content(text, &found[0]), "Rubio");
    // "if elected" has no subject of its own: the clause after it is the content.
    let text = "Bank\n\nShe said, if elected, she would ask Mr. Biden to lead it.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "if elected, she would ask Mr. Biden to lead it"
    );
    // A quotation resumes after an apposition with a relative clause.
    let text =
        "Bank\n\n\"The risk,\" said Edward Leamer, an economist who is a director, \"is real.\"";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
}

#[test]
fn a_trailing_according_to_vouches_for_a_parenthesis_or_a_relative_clause_on_a_thing() {
    let text = "Race\n\nHe trails in pledged delegates, which stood at 263 on Tuesday, according to the Associated Press.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "which stood at 263 on Tuesday");
    let text = "Race\n\nWhite states like Iowa (93 percent of voters were white, according to exit polls) lead.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "93 percent of voters were white");
    // A clause about people goes with its sentence.
    let text = "Race\n\nClinton had 2,205 delegates, compared with Sanders, who had 1,401, according to a tally.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "Clinton had 2,205 delegates, compared with Sanders, who had 1,401"
    );
}

#[test]
fn a_name_in_quotation_marks_ends_what_a_naming_verb_says_where_the_sentence_turns() {
    let text =
        "Deal\n\nTrump called the merger \"a terrible deal\" and ranked her among the worst.";
    let found = run(text);
    let called = by_cue(&found, text, "called");
    assert_eq!(content(text, called), "the merger \"a terrible deal\"");
    // A relative clause on the one named goes on.
    let text = "Deal\n\nCruz called Trump a \"pathological liar\" who is \"utterly amoral.\"";
    let found = run(text);
    let called = by_cue(&found, text, "called");
    assert_eq!(
        content(text, called),
        "Trump a \"pathological liar\" who is \"utterly amoral.\""
    );
}

#[test]
fn bodies_and_people_named_by_a_common_noun_speak_also_before_a_whose_clause() {
    let text = "Bridge\n\nThe association urged the government to act.";
    let (source, said) = sole(text);
    assert_eq!(source, "The association");
    assert_eq!(said, "the government to act");
    let text =
        "Bridge\n\nSeveral voters whose ballots were rejected said they had never been told.";
    let (source, _) = sole(text);
    assert_eq!(source, "Several voters");
    let text = "Bridge\n\nParents whose children attend the school told reporters they were angry.";
    let (source, said) = sole(text);
    assert_eq!(source, "Parents");
    assert_eq!(said, "they were angry");
}

#[test]
fn a_statement_in_a_relative_clause_of_the_speakers_apposition_ends_at_its_comma() {
    let text =
        "Fire\n\nMayor Spyros Galanis, a former hotel owner who won office promising to double \
                the fire crews, said nobody had been hurt.";
    let found = run(text);
    let promising = by_cue(&found, text, "promising");
    assert_eq!(content(text, promising), "to double the fire crews");
    let said = by_cue(&found, text, "said");
    assert_eq!(content(text, said), "nobody had been hurt");
    assert!(
        said.source_span
            .is_some_and(|s| s.of(text).starts_with("Mayor Spyros Galanis")),
        "{said:?}"
    );
}

#[test]
fn forecasts_recalls_of_goods_units_of_points_and_statements_issued() {
    // "expects" with a noun phrase is a forecast.
    let text = "Rates\n\nFerrer expects one more increase before the summer.";
    let (source, said) = sole(text);
    assert_eq!(source, "Ferrer");
    assert_eq!(said, "one more increase before the summer");
    // Recalling a bounded count of goods reports nothing.
    assert!(run("Drug\n\nThe company is recalling more than 180,000 bottles.").is_empty());
    // "a percentage point to 7.75%": the noun of a unit, no cue.
    let text =
        "Rates\n\nThe bank raised its rate by a percentage point to 7.75%, saying prices rose.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "saying");
    // A participle after a statement's noun is no cue.
    let text = "Drug\n\n\"We are sorry,\" said Priya Nandakumar, in a statement issued on Monday.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn after_a_quotation_the_audiences_relative_and_subordinate_clauses_are_no_content() {
    let text = "Rally\n\n\"We need real change,\" Sanders told a crowd at the bar that spilled out onto the street.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "\"We need real change,\"");
    let text =
        "Rally\n\nThis is not about me, Obama told his advisers as he labored over the speech.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "This is not about me");
    assert_eq!(found[0].audience.as_deref(), Some("his advisers"));
}

#[test]
fn a_subject_resumes_after_the_parenthetical_source_and_participles_apposed_to_it_stay() {
    let text = "Nancy\n\nThe problem, says Carl Anthony, a historian, is that nobody listens.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
    assert_eq!(
        found[0].content_fragments[1].of(text),
        "is that nobody listens"
    );
    let text =
        "Census\n\nThe bureau says Millennials, numbering 75 million, surpassed Boomers in 2015.";
    let (_, said) = sole(text);
    assert_eq!(
        said,
        "Millennials, numbering 75 million, surpassed Boomers in 2015"
    );
    // A dash and "then" before a new subject and cue end the first statement.
    let text = "Spare time\n\nHe says not much really — then he mentions his role on the team.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(content(text, &found[0]), "not much really");
    assert_eq!(found[1].source_span.map(|s| s.of(text)), Some("he"));
}

#[test]
fn a_listed_subject_after_the_cue_is_no_place_to_end_the_content() {
    let text = "Ruling\n\nReeves wrote that the title, history and text of the law showed it to be unfair.";
    let found = run(text);
    let wrote = by_cue(&found, text, "wrote");
    assert!(
        content(text, wrote).ends_with("showed it to be unfair"),
        "{found:?}"
    );
}

#[test]
fn a_parenthesis_left_open_before_an_inverted_cue_holds_the_statement() {
    let text = "Unions\n\nThe deal drew blowback from members (\"I want my dues back,\" wrote Edward Nelson).";
    let (source, said) = sole(text);
    assert_eq!(source, "Edward Nelson");
    assert_eq!(said, "\"I want my dues back,\"");
}

#[test]
fn a_refusal_with_a_time_after_it_refuses_to_comment() {
    let text = "Ruling\n\nHe declined to comment after the ruling.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "declined");
    assert_eq!(content(text, &found[0]), "to comment");
}

#[test]
fn could_not_say_commits_to_nothing_and_a_report_named_after_the_cue_is_its_channel() {
    let text = "Boat\n\nShe said 30 people were missing, but she could not say how many had been on board.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].cue_span.of(text), "could not say");
    assert_eq!(content(text, &found[1]), "how many had been on board");
    let text =
        "Hack\n\nThey cited Sentrix Labs, which said in a report last month that profits fell.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(content(text, said), "that profits fell");
}

#[test]
fn a_manner_after_by_stands_between_the_cue_and_its_that() {
    let text =
        "Ruling\n\nThe court found by a majority of three to two that the rule was unlawful.";
    let (source, said) = sole(text);
    assert_eq!(source, "The court");
    assert_eq!(said, "the rule was unlawful");
}

#[test]
fn counting_climbing_and_opening_are_acts_not_statements() {
    assert!(
        run("Puffins\n\nResearchers counted about 27,000 occupied burrows this spring.").is_empty()
    );
    assert!(run("Bank\n\nRevenue climbed to about 1.9 billion euros from 1.7 billion.").is_empty());
}

#[test]
fn concessive_clause_after_that_stays_in_the_content() {
    let text = "Traynor said that while he was opposed to the plan, he would vote for it.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "while he was opposed to the plan, he would vote for it"
    );
}

#[test]
fn a_verb_after_that_in_an_occasion_makes_a_relative_clause() {
    let text = "\u{201c}The count cannot stand,\u{201d} the judge said in a ruling that took four hours to read.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "\u{201c}The count cannot stand,\u{201d}"
    );
    // A subject after "that" opens what was said.
    let text = "The mayor said in a statement that officials had lied.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "said")),
        "officials had lied"
    );
}

#[test]
fn a_weak_cue_form_after_a_determiner_and_a_modifier_closing_the_sentence_is_a_noun() {
    let text = "Officials said the panel has the email and will address it in its final report.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "the panel has the email and will address it in its final report"
    );
    // A subject before the cue form: "the police say.", "the two write."
    for text in [
        "Thousands marched, the police say.",
        "\u{201c}We disagree,\u{201d} the two write.",
    ] {
        assert_eq!(run(text).len(), 1, "{text}");
    }
}

#[test]
fn a_verb_with_no_subject_after_but_goes_on_with_the_content() {
    let text = "He said the process was fair, but required candidates to make an effort.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "said")),
        "the process was fair, but required candidates to make an effort"
    );
    // A new subject after "but" is the writer's clause.
    let text = "He said the bridge was safe, but the engineers disagreed.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "said")),
        "the bridge was safe"
    );
}

#[test]
fn a_time_set_off_before_according_to_opens_the_statement_after_the_source() {
    let text = "On Monday, according to the police, the suspect fled the city.";
    let found = run(text);
    let a = by_cue(&found, text, "according to");
    assert_eq!(a.source_span.map(|s| s.of(text)), Some("the police"));
    assert_eq!(
        content(text, a),
        "On Monday, according to the police, the suspect fled the city"
    );
}

#[test]
fn according_to_inside_a_parenthesis_ends_with_it() {
    let text = "States like Iowa (93 percent of voters were white, according to exit polls), Maine and Ohio top the list.";
    let found = run(text);
    let a = by_cue(&found, text, "according to");
    assert_eq!(a.source_span.map(|s| s.of(text)), Some("exit polls"));
    assert_eq!(content(text, a), "93 percent of voters were white");
}

#[test]
fn according_to_between_dashes_leaves_the_statement_around_it() {
    let text = "The suspect \u{2014} according to police \u{2014} fled the city on foot.";
    let found = run(text);
    let a = by_cue(&found, text, "according to");
    assert_eq!(a.source_span.map(|s| s.of(text)), Some("police"));
    assert_eq!(
        content(text, a),
        "The suspect \u{2014} according to police \u{2014} fled the city on foot"
    );
}

#[test]
fn a_question_put_by_an_asker_opening_the_sentence_is_the_askers_and_not_the_answerers() {
    let text = "Maria Lopez spoke on Monday. Asked by Matt Lauer whether she had practiced her speech, she said she had read it twice.";
    let entities = [
        entity(text, "Maria Lopez", EntityKind::Person, "Maria Lopez"),
        entity(text, "Matt Lauer", EntityKind::Person, "Matt Lauer"),
    ];
    let found = run_with(text, &entities);
    let asked = by_cue(&found, text, "Asked");
    assert_eq!(asked.source, "Matt Lauer");
    assert_eq!(content(text, asked), "whether she had practiced her speech");
    let said = by_cue(&found, text, "said");
    assert_eq!(said.source, "Maria Lopez");
}

#[test]
fn a_revised_count_and_the_phrase_on_the_counted_belong_to_the_estimate() {
    let text = "The disaster agency raised the death toll to 38 on Tuesday.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "raised")),
        "the death toll to 38"
    );
    // A revision of a price is no estimate.
    assert!(run("The company raised the price to $40.").is_empty());
    let text = "Police put the death toll at 14, most of them drowned or struck by lightning.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "put")),
        "the death toll at 14, most of them drowned or struck by lightning"
    );
}

#[test]
fn a_places_directorate_or_marshal_speaks_for_itself() {
    let text = "Sofala's provincial health directorate said 410 were hurt.";
    let found = run_with(text, &[entity(text, "Sofala", EntityKind::Gpe, "Sofala")]);
    assert_eq!(
        by_cue(&found, text, "said").source_span.map(|s| s.of(text)),
        Some("Sofala's provincial health directorate")
    );
}

#[test]
fn a_blow_into_a_place_is_a_motion_and_up_to_a_figure_is_a_bound() {
    assert!(run("Cyclone Nandira slammed into the coast early Monday.").is_empty());
    let text = "The agency forecast up to 300 millimetres of rain.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "forecast")),
        "up to 300 millimetres of rain"
    );
}

#[test]
fn a_quotation_resumes_after_a_long_apposition_with_a_relative_clause() {
    let text = "\u{201c}The bank blinked,\u{201d} said Naoko Fujisawa, a former Ministry of Finance debt manager who now heads strategy at a broker, \u{201c}but it blinked slowly.\u{201d}";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(said.content_fragments.len(), 2, "{said:?}");
}

#[test]
fn an_estimate_noun_without_a_determiner_after_put() {
    let text = "The union put turnout at 94%.";
    let found = run(text);
    assert_eq!(content(text, by_cue(&found, text, "put")), "turnout at 94%");
}

#[test]
fn a_name_apposed_inside_a_noun_phrase_content_does_not_end_it() {
    let text = "Mansour did not rule out asking the owner, Pelion of Piraeus, for money.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "rule out")),
        "asking the owner, Pelion of Piraeus, for money"
    );
}

#[test]
fn an_unpaired_quotation_mark_before_a_speaker_is_no_crash() {
    // Marks spaced as in CoNLL text, one of them left without a partner by the line break.
    let text = "Aides shrugged off the charge . \"\nIf there was a dictatorship they would not have the right , \" Sergei Posukhov , an adviser , told Reuters .";
    let found = run(text);
    assert!(
        found.iter().any(|a| a.cue_span.of(text) == "told"),
        "{found:?}"
    );
}

#[test]
fn a_preposition_after_an_object_taking_cue_is_no_audience() {
    let found = run("The candidate asked for a recount on Tuesday.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].audience, None);
    let found = run("She told reporters the plan would work.");
    assert_eq!(found[0].audience.as_deref(), Some("reporters"));
}

#[test]
fn a_body_that_speaks_in_a_relative_clause_is_the_source_of_its_estimate() {
    let text = "The agency, which put the death toll at 17, said more rain was coming.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert_eq!(content(text, &found[0]), "the death toll at 17");
    assert_eq!(found[0].source, "agency");
    // After a bracketed acronym too.
    let text = "Two people died, according to the Civil Defence Institute (Indeci), which put \
                the number of damaged homes at 1,400.";
    let found = run(text);
    assert!(found
        .iter()
        .any(|a| content(text, a) == "the number of damaged homes at 1,400"));
}

#[test]
fn a_participle_after_a_comma_closed_inside_quotation_marks_is_a_statement() {
    let text = "Peabody said the plan “was sound,” adding that it would appeal the ruling.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(content(text, &found[1]), "it would appeal the ruling");
    assert_eq!(found[1].source, "Peabody");
}

#[test]
fn a_passive_in_a_relative_clause_on_the_speaker_reports_nothing() {
    let text = "Wasserman Schultz, who is reviled by progressives, said at the hearing that the \
                process is open.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Wasserman Schultz");
    assert_eq!(content(text, &found[0]), "the process is open");
}

#[test]
fn an_estimate_s_noun_may_take_a_long_of_phrase() {
    let text = "It put the number of people who rely on the river for drinking water at about \
                12,000.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "the number of people who rely on the river for drinking water at about 12,000"
    );
}

#[test]
fn a_preposition_in_ing_after_a_comma_does_not_end_the_content() {
    let text = "Officials said that, during the period, Gates worked for the party.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(content(text, &found[0]).ends_with("Gates worked for the party"));
}

#[test]
fn estimates_spelled_out_with_the_counted_people_and_two_estimate_nouns() {
    let text = "Anjali Menon put the number of people missing at nine, including a couple and \
                their children. The court put the bank's total losses at 24.1 trillion dong.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        content(text, &found[0]),
        "the number of people missing at nine, including a couple and their children"
    );
    assert_eq!(
        content(text, &found[1]),
        "the bank's total losses at 24.1 trillion dong"
    );
}

#[test]
fn a_request_for_comment_on_a_thing_leaves_the_thing_unanswered() {
    let text = "The firm did not respond to a request for comment on the report. The mayor did \
                not respond to a request for comment.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(content(text, &found[0]), "the report");
    assert_eq!(found[0].kind, AttributionKind::NonCommitment);
    assert_eq!(content(text, &found[1]), "a request for comment");
}

#[test]
fn signalled_is_a_cue_and_a_fraction_of_a_point_is_none() {
    let text = "The central bank cut its rate by a quarter point on Wednesday and signalled that \
                it could slow the pace of easing.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].cue_span.of(text), "signalled");
    assert_eq!(found[0].source_span.unwrap().of(text), "The central bank");
    assert_eq!(content(text, &found[0]), "it could slow the pace of easing");
}

#[test]
fn a_lone_adverb_or_an_occasion_before_the_cue_speaks_for_nobody() {
    let text = "McConnell met with her and came away convinced that the reforms were real. In a \
                radio interview, Ms. Ruiz said the plan would fail.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].source_span.unwrap().of(text), "McConnell");
    assert_eq!(found[1].source_span.unwrap().of(text), "Ms. Ruiz");
}

#[test]
fn a_cue_after_and_whose_first_verb_made_no_statement_takes_the_clause_subject() {
    let text = "Mayor Ruiz spoke first. The officials were angered by the deal and predicted \
                that it would hurt other cases.";
    let found = run(text);
    let predicted = by_cue(&found, text, "predicted");
    assert_eq!(predicted.source_span.unwrap().of(text), "The officials");
    assert!(predicted.anonymous, "{predicted:#?}");
}

#[test]
fn a_confirmation_in_a_condition_and_an_estimate_of_a_rate() {
    let text = "Talukder did not rule out charges against the owners if investigators confirmed \
                that exits had been blocked. The office put the peak lava flow at about 250 \
                cubic metres per second.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].cue_span.of(text), "rule out");
    assert_eq!(
        content(text, &found[1]),
        "the peak lava flow at about 250 cubic metres per second"
    );
}

#[test]
fn employing_people_is_no_statement() {
    let text = "Hraunvík Seafood, which employs about 120 people in Grindavík, said it had moved \
                its boats.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].cue_span.of(text), "said");
}

#[test]
fn a_split_quotation_goes_on_past_a_participle_phrase_but_not_past_a_cue() {
    let text = "“Every time you say that,” Tester said, referring to the excuse, “you give them \
                ammunition.” Later he left. “We will fight,” Ruiz said, adding later, “and we \
                will win.”";
    let found = run(text);
    let tester = by_cue(&found, text, "said");
    assert_eq!(tester.content_fragments.len(), 2, "{tester:#?}");
    assert_eq!(
        tester.content_fragments[1].of(text),
        "“you give them ammunition.”"
    );
    let ruiz = found
        .iter()
        .find(|f| {
            f.source_span.is_some_and(|s| s.of(text) == "Ruiz") && f.cue_span.of(text) == "said"
        })
        .expect("Ruiz said");
    assert_eq!(ruiz.content_fragments.len(), 1, "{ruiz:#?}");
}

#[test]
fn a_things_subject_after_and_stays_inside_the_content() {
    let text = "The bank raised its rate on Tuesday, saying a weaker currency and a jump in food \
                prices threatened to undo recent progress.";
    let found = run(text);
    let saying = by_cue(&found, text, "saying");
    assert_eq!(
        content(text, saying),
        "a weaker currency and a jump in food prices threatened to undo recent progress"
    );
}

#[test]
fn a_passive_report_with_nothing_after_it_reports_nothing_itself() {
    let text = "“The trucks could not move.” No deaths had been reported, he said. Officials put \
                the length of the queue at 22 kilometres.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(content(text, said), "No deaths had been reported");
    assert!(
        !found.iter().any(|f| f.cue_span.of(text) == "reported"),
        "{found:#?}"
    );
    let put = by_cue(&found, text, "put");
    assert_eq!(
        content(text, put),
        "the length of the queue at 22 kilometres"
    );
}

#[test]
fn estimates_of_a_size_and_a_chance_with_the_figure_they_changed_from() {
    let text = "NWT Fire put the size of the blaze at about 31,000 hectares, up from 14,500 \
                hectares a day earlier. Rohan Mehta put the chance of a deeper increase at the \
                July meeting at 1 in 5.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        content(text, &found[0]),
        "the size of the blaze at about 31,000 hectares, up from 14,500 hectares a day earlier"
    );
    assert_eq!(
        content(text, &found[1]),
        "the chance of a deeper increase at the July meeting at 1 in 5"
    );
}

#[test]
fn a_participle_after_an_opening_subordinator_belongs_to_the_main_clauses_subject() {
    // (After a headline: a headline's participles are read by the headline rules.)
    let text = "Pier stays shut\n\nThe council met on Monday. While saying that she respects the union, the mayor \
                rejected its demands. After insisting on Tuesday that the pier was safe, Lind \
                closed it anyway.";
    let found = run_with_day(text, "Tuesday", "2024-10-22");
    let saying = by_cue(&found, text, "saying");
    assert_eq!(saying.source_span.unwrap().of(text), "the mayor");
    assert_eq!(content(text, saying), "she respects the union");
    let insisting = by_cue(&found, text, "insisting");
    assert_eq!(insisting.source_span.unwrap().of(text), "Lind");
    assert_eq!(content(text, insisting), "the pier was safe");
}

#[test]
fn an_opening_participle_clause_may_end_inside_a_quotation_or_before_a_subordinate_clause() {
    let text = "Road closed\n\nAfter saying the road was “too flooded to pass,” the driver turned back. \
                Besides arguing for a raise, while the crowd cheered, Captain Moss announced a bonus.";
    let found = run(text);
    let saying = by_cue(&found, text, "saying");
    assert_eq!(saying.source_span.unwrap().of(text), "the driver");
    assert_eq!(content(text, saying), "the road was “too flooded to pass,”");
    let arguing = by_cue(&found, text, "arguing for");
    assert_eq!(arguing.source_span.unwrap().of(text), "Captain Moss");
}

#[test]
fn a_fronted_adjunct_goes_on_past_a_place_pair_and_a_time_set_off_by_commas() {
    let text = "Ferry row\n\nSpeaking at a harbor meeting in Kessfield, Maine, Lind went after \
                the operator, calling it “reckless.” At a rally in Dunmore, Ohio, on Sunday, \
                Mayor Ruiz defended the plan, saying it was safe.";
    let entities = [
        entity(text, "Kessfield", EntityKind::Gpe, "Kessfield"),
        entity(text, "Maine", EntityKind::Gpe, "Maine"),
        entity(text, "Dunmore", EntityKind::Gpe, "Dunmore"),
        entity(text, "Ohio", EntityKind::Gpe, "Ohio"),
    ];
    let segmentation = text::segment(text);
    let sunday = text.find("Sunday").unwrap();
    let timexes = [Timex {
        span: Span::new(sunday, sunday + "Sunday".len()),
        kind: model::TimexKind::Date,
        value: "2024-10-20".to_string(),
        modifier: None,
    }];
    let context = Context {
        text,
        segmentation: &segmentation,
        entities: &entities,
        timexes: &timexes,
        published: Some("2024-10-23"),
    };
    let found = find(&context);
    let calling = by_cue(&found, text, "calling");
    assert_eq!(calling.source_span.unwrap().of(text), "Lind");
    let saying = by_cue(&found, text, "saying");
    assert_eq!(saying.source_span.unwrap().of(text), "Mayor Ruiz");
}

#[test]
fn a_role_apposed_to_an_according_to_source_is_no_more_of_the_statement() {
    let text =
        "Fleet row\n\nThe dispute could test the agreement, according to Mariama Diallo, an \
                economist who has studied the fleets.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "The dispute could test the agreement"
    );
}

#[test]
fn an_indefinite_description_of_an_according_to_source_is_no_more_of_the_statement() {
    let text = "Smelter\n\nAt least 21 workers died in smelter accidents in 2025, according to \
                the Morowali Workers' Alliance, a local union that plans to hold a rally.";
    let found = run(text);
    let according = by_cue(&found, text, "according to");
    assert_eq!(
        content(text, according),
        "At least 21 workers died in smelter accidents in 2025"
    );
}

#[test]
fn an_indefinite_description_after_a_postposed_cue_is_no_more_of_the_statement() {
    let text = "Wheat\n\nKazakhstan will limit wheat exports to 6 million tonnes, the ministry \
                said on Tuesday, a move traders warned could tighten supplies.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "Kazakhstan will limit wheat exports to 6 million tonnes"
    );
}

#[test]
fn a_postposed_speaker_with_a_relative_clause_still_speaks() {
    for tail in [
        "the chief district officer, who is coordinating the search.",
        "who is coordinating the search.",
    ] {
        let text = format!(
            "Flood\n\nRescuers had pulled 46 people from the riverbanks, most of them \
             porters, said Ram Bahadur Karki, {tail}"
        );
        let found = run(&text);
        let said = by_cue(&found, &text, "said");
        assert_eq!(said.source, "Ram Bahadur Karki", "{tail}");
        assert_eq!(
            content(&text, said),
            "Rescuers had pulled 46 people from the riverbanks, most of them porters"
        );
    }
}

#[test]
fn a_postposed_impersonal_report_is_no_ones_statement() {
    let text = "Leak\n\nThe ministry said the pipe had burst. Two banks pulled out last year, \
                it was reported.";
    let found = run(text);
    let reported = found
        .iter()
        .find(|a| content(text, a) == "Two banks pulled out last year")
        .expect("the report");
    assert_eq!(reported.source, "anonymous: unattributed reports");
    assert!(reported.source_span.is_none());
}

#[test]
fn a_report_named_with_an_adjective_is_a_noun_in_the_source() {
    let text = "Iran\n\nIran holds 412 kilograms of uranium, according to a quarterly report \
                by the International Atomic Energy Agency.";
    let found = run(text);
    let according = by_cue(&found, text, "according to");
    assert!(
        according
            .source
            .ends_with("International Atomic Energy Agency"),
        "{according:?}"
    );
}

#[test]
fn estimates_of_a_backlog_and_learned_cues_opening_a_subordinate_clause() {
    let text = "Port row\n\nThe port authority put the backlog at more than 4,000 grain cars.";
    let found = run(text);
    let put = by_cue(&found, text, "put");
    assert_eq!(
        content(text, put),
        "the backlog at more than 4,000 grain cars"
    );
    let text =
        "Glacier\n\nRossier, a geologist, put the volume of ice at about 3 million cubic metres.";
    let found = run(text);
    let put = by_cue(&found, text, "put");
    assert_eq!(
        content(text, put),
        "the volume of ice at about 3 million cubic metres"
    );
    // A learned cue's content that opens with "after" says when, not what.
    let text = "Rail strike halts grain shipments\n\nVANCOUVER — Grain deliveries to the port \
                stopped on Tuesday after about 3,200 workers walked off the job.";
    let found = run(text);
    assert!(
        !found.iter().any(|f| content(text, f).starts_with("after")),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_a_fronted_subordinate_clause_and_a_contracted_pronoun_has_its_span() {
    let text = "Pier row\n\nLind spoke in Kessfield. Since the vote in May, she's moved to the \
                left, arguing that the pier should close.";
    let found = run(text);
    let arguing = by_cue(&found, text, "arguing");
    assert_eq!(arguing.source_span.unwrap().of(text), "she");
    assert_eq!(content(text, arguing), "the pier should close");
}

#[test]
fn a_verb_of_expectation_in_a_comparison_reports_nothing() {
    let text =
        "Rates\n\nInflation was nearing its target faster than it had forecast, the bank said.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(source_of(text, &found, "said"), "the bank");
    assert_eq!(
        content(text, &found[0]),
        "Inflation was nearing its target faster than it had forecast"
    );
}

#[test]
fn coordinated_modifiers_in_an_apposition_and_the_idiom_put_it() {
    let text = "Grid\n\n“We are in a difficult place,” Ayanda Mthembu, the electricity and energy \
                minister, told the committee, “but the alternative is worse.”";
    let found = run(text);
    let told = by_cue(&found, text, "told");
    assert_eq!(told.content_fragments.len(), 2, "{found:?}");
    assert_eq!(
        told.source_span.unwrap().of(text),
        "Ayanda Mthembu, the electricity and energy minister"
    );
    let text =
        "Taxes\n\nAs Steven Rosenthal, a tax lawyer and senior fellow, recently put it, “Did he \
                lower his taxes?”";
    let found = run(text);
    // (The adverb of time is no part of the cue: "put" alone, as the classifier now reads it.)
    let put = by_cue(&found, text, "put");
    assert_eq!(content(text, put), "“Did he lower his taxes?”");
}

#[test]
fn a_speaker_with_two_appositions_keeps_the_name() {
    let text =
        "Fire\n\nObinna Wokoma, the ruler of Ibaa, a fishing town of about 8,000 people, said \
                the dead were young men.";
    let found = run(text);
    assert_eq!(
        source_of(text, &found, "said"),
        "Obinna Wokoma, the ruler of Ibaa, a fishing town of about 8,000 people"
    );
    // A role before a name still names the name: "its chair, Deputy Oskar Lind".
    let text = "Pier\n\nThe club's board, its chair, Deputy Oskar Lind, said the pier would close.";
    let found = run(text);
    assert!(source_of(text, &found, "said").ends_with("Deputy Oskar Lind"));
}

#[test]
fn a_bare_role_and_its_relative_clause_after_an_opening_according_to_source_are_no_statement() {
    let text =
        "Fine\n\nAccording to Marisa Kowalczyk, legal director of the consumers' alliance, which \
                filed the first complaint in 2023, most users assumed their data stayed in Europe.";
    let found = run(text);
    let according = by_cue(&found, text, "According to");
    assert_eq!(
        content(text, according),
        "most users assumed their data stayed in Europe"
    );
    // A quantifier opens no role: the statement goes on.
    let text =
        "Pay\n\nIn addition, according to the department, nearly nine million more workers who \
                are eligible will be protected.";
    let found = run(text);
    let according = by_cue(&found, text, "according to");
    assert!(content(text, according).contains("nearly nine million more workers"));
}

#[test]
fn an_editors_note_label_is_no_cue() {
    let text = "Title\n\nThe council met on Monday.\n\nEditor’s note: The council has twice \
                delayed the vote.\n\nEditor's note: An earlier version misspelt a name.";
    let found = run(text);
    assert!(
        found.iter().all(|f| f.cue_span.of(text) != "note"),
        "{found:?}"
    );
}

#[test]
fn a_writers_remark_with_a_dummy_it_is_no_statement() {
    for text in [
        "Title\n\nIt is important to note that the dam has held for 40 years.",
        "Title\n\nIt's worth pointing out that the first debate drew record crowds.",
        "Title\n\nIt would also be fair to say that the plan has few friends.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // A source that says the remark still speaks.
    let text = "Title\n\nThe engineers said it is important to note that the dam has held.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(by_cue(&found, text, "said").source, "engineers");
}

#[test]
fn a_place_after_the_source_s_preposition_does_not_name_it() {
    let text = "Title\n\nA WHO spokeswoman in Geneva declined to comment on the figures.";
    let found = run_with(
        text,
        &[
            entity(text, "WHO", EntityKind::Org, "World Health Organization"),
            entity(text, "Geneva", EntityKind::Gpe, "Geneva"),
        ],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "World Health Organization");
    let text =
        "Title\n\nA logistics manager at a Gdansk freight forwarder said the queue had grown.";
    let found = run_with(text, &[entity(text, "Gdansk", EntityKind::Gpe, "Gdansk")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous, "{found:?}");
    assert_eq!(
        found[0].source,
        "anonymous: logistics manager at a Gdansk freight forwarder"
    );
    // A place that ends the phrase says where the source is, not who; a trade names no one.
    let text = "Title\n\nA shipping broker in Singapore said 70 ships were waiting. A company \
                spokesman in Geneva said the plant was safe.";
    let found = run_with(
        text,
        &[
            entity(text, "Singapore", EntityKind::Gpe, "Singapore"),
            entity(text, "Geneva", EntityKind::Gpe, "Geneva"),
        ],
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].anonymous, "{found:?}");
    assert_eq!(found[0].source, "anonymous: shipping broker in Singapore");
    assert_ne!(found[1].source, "Geneva", "{found:?}");
    // A party or nationality before the preposition only describes the head.
    let text = "Title\n\nA Democratic strategist in Phoenix said the budget would be cut.";
    let found = run_with(
        text,
        &[
            entity(text, "Democratic", EntityKind::Norp, "Democratic"),
            entity(text, "Phoenix", EntityKind::Gpe, "Phoenix"),
        ],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source,
        "anonymous: Democratic strategist in Phoenix"
    );
}

#[test]
fn a_role_before_a_preposition_is_a_person_a_pronoun_can_name() {
    let text = "Title\n\nThe barge operator said it was cooperating. Police have opened an \
                inquiry, a spokeswoman for the prosecutor's office said, but she stressed that \
                nobody was suspected of wrongdoing.";
    let found = run(text);
    let stressed = by_cue(&found, text, "stressed");
    assert_eq!(stressed.source, "spokeswoman for the prosecutor's office");
}

#[test]
fn an_office_a_body_speaks_through_is_no_part_of_the_content() {
    let text = "Title\n\nThe ministry declined to comment on the vote through its office in Accra.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the vote");
}

#[test]
fn a_share_of_those_polled_speaks_through_the_poll() {
    let text = "Title\n\nThe race has tightened. Some 55 percent of voters nationwide said they \
                distrusted both candidates, according to a Quinnipiac poll conducted in May.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    let source = said.source_span.expect("a source span").of(text);
    assert_eq!(source, "a Quinnipiac poll", "{found:?}");
    // No poll in the sentence: the share itself speaks.
    let text = "Title\n\nAbout half said they would vote early. Voters head to the polls today.";
    let found = run(text);
    assert_eq!(
        by_cue(&found, text, "said").source_span.map(|s| s.of(text)),
        Some("About half")
    );
}

#[test]
fn a_participle_of_manner_between_subject_and_cue_is_no_statement() {
    let text = "Title\n\nJudge Ana Ruiz, writing for the majority in the 2-1 decision, said the \
                early voting period was generous.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    let said = by_cue(&found, text, "said");
    assert_eq!(said.source_span.map(|s| s.of(text)), Some("Judge Ana Ruiz"));
    assert_eq!(content(text, said), "the early voting period was generous");
    // "citing X" states where the speaker's figures come from: it stays a cue.
    let text = "Title\n\nThe mayor, citing data from the census bureau, said the town had grown.";
    let found = run(text);
    assert!(
        found.iter().any(|f| f.cue_span.of(text) == "citing"),
        "{found:?}"
    );
}

#[test]
fn a_cue_word_after_an_article_and_a_modifier_names_a_thing() {
    let text = "Title\n\nThe observatory said it would consider issuing a higher warning in the \
                afternoon, depending on how closely the storm tracked toward the city.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(by_cue(&found, text, "said").source, "observatory");
}

#[test]
fn a_listed_company_and_a_comparison_open_no_source() {
    let text =
        "Title\n\nKestrel Deep Mining, listed in Johannesburg, said it was cooperating with \
                inspectors.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        by_cue(&found, text, "said").source_span.map(|s| s.of(text)),
        Some("Kestrel Deep Mining")
    );
    // "More than 2,000 miners": "More" alone is no speaker.
    let text = "Title\n\nMore than 2,000 miners walked off the job on Monday, demanding an audit.";
    let found = run(text);
    assert!(
        found
            .iter()
            .all(|f| f.source_span.map(|s| s.of(text)) != Some("More")),
        "{found:?}"
    );
}

#[test]
fn a_statement_in_an_apposed_relative_clause_ends_at_its_comma() {
    let text =
        "Title\n\nWachira, who has denied the charges since his arrest, stood motionless as \
                the sentence was read.";
    let found = run(text);
    let denied = by_cue(&found, text, "denied");
    assert_eq!(content(text, denied), "the charges since his arrest");
}

#[test]
fn a_name_after_the_cue_with_an_apposition_closing_the_sentence_speaks() {
    let text = "Title\n\nIf the duties take effect, dairy exporters could lose a fifth of their \
                sales, said Marie Delorme, a trade analyst at the Brussels-based Centre for \
                European Trade Studies.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    let said = by_cue(&found, text, "said");
    assert!(said.source.contains("Marie Delorme"), "{found:?}");
    assert!(
        content(text, said).starts_with("If the duties"),
        "{found:?}"
    );
}

#[test]
fn requests_not_to_be_named_and_quantified_polls_report_nothing() {
    let text = "Title\n\nOne instructor, who did not want to give his name, said guests had \
                left. He has not trailed in any public poll since taking office, according to \
                the Sierra Research Group.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|a| !content(text, a).contains("his name")));
    assert_eq!(
        by_cue(&found, text, "according to").source,
        "Sierra Research Group"
    );
}

#[test]
fn a_weak_cue_form_after_a_year_is_a_noun_of_the_source() {
    let text = "Title\n\nIran holds 3,000 missiles, according to a 2025 report by the Centre \
                for Arms Control Studies.";
    let found = run_with(
        text,
        &[entity(
            text,
            "Centre for Arms Control Studies",
            EntityKind::Org,
            "Centre for Arms Control Studies",
        )],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Centre for Arms Control Studies");
}

#[test]
fn a_name_after_the_statement_with_a_relative_clause_apposed_speaks() {
    let text = "Title\n\nThe debate drew about 6.8 million viewers, Canal Siete, which led a pool \
                of four broadcasters, said in a statement.";
    let found = run_with(
        text,
        &[entity(text, "Canal Siete", EntityKind::Org, "Canal Siete")],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Canal Siete");
    assert_eq!(
        content(text, &found[0]),
        "The debate drew about 6.8 million viewers"
    );
}

#[test]
fn a_quotation_split_around_its_cue_is_judged_as_one_sentence() {
    let text = "Title\n\n“Anyone who promises you painless math,” she said, “is not being \
                straight with you.” Some of it, he said, may never be recovered.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0].factuality.polarity,
        Polarity::Negative,
        "{found:?}"
    );
    assert_eq!(
        found[1].factuality.polarity,
        Polarity::Negative,
        "{found:?}"
    );
    assert_eq!(
        found[1].factuality.certainty,
        Certainty::Possible,
        "{found:?}"
    );
    // A quotation going on in a new sentence keeps its first sentence's factuality.
    let text = "Title\n\n“We failed the families,” he said. “There is no excuse for that.”";
    let found = run(text);
    assert!(!found.is_empty(), "the quotation is a statement: {found:?}");
    assert!(
        found
            .iter()
            .all(|a| a.factuality.polarity == Polarity::Positive),
        "{found:?}"
    );
}

#[test]
fn a_participle_set_off_by_commas_before_the_verb_describes_the_subject() {
    let text = "Title\n\nAshworth said wage growth, running at about 4.5% a year, remained high.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "wage growth, running at about 4.5% a year, remained high"
    );
}

#[test]
fn a_listener_and_where_they_were_after_an_inverted_tell() {
    let text =
        "Title\n\nPrices will rise, lawyer Ruslan Ibraimov told reporters outside a district \
                court in the capital.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "Prices will rise");
}

#[test]
fn an_apposition_closing_the_sentence_may_name_a_body_after_its_comma() {
    let text = "Title\n\nThe collapse, which followed a tremor on Wednesday, blocked a section of \
                tunnel, said Tomasz Wrona, a spokesman for the operator, Slaska Grupa Weglowa.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].source.contains("Tomasz Wrona"), "{found:?}");
    assert!(
        content(text, &found[0]).starts_with("The collapse"),
        "{found:?}"
    );
}

#[test]
fn already_stands_between_a_subject_and_its_cue() {
    let text = "Title\n\nThe ministry has already said the plan would fail.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(content(text, &found[0]), "the plan would fail");
}

#[test]
fn an_ing_word_after_a_preposition_of_circumstance_is_no_cue() {
    let text = "Under questioning, Pyle said he had not been trained to use the radio code.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "Pyle");
}

#[test]
fn a_channel_set_off_by_commas_and_a_listener_before_a_name() {
    let text = "Toller, through his lawyer, strenuously denies any wrongdoing.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "Toller");
    let text = "Lee told reporters the Korean Agency for Technology would open an inquiry.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        content(text, &found[0]),
        "the Korean Agency for Technology would open an inquiry"
    );
}

#[test]
fn bodies_coordinated_as_the_contents_subject_keep_the_content_whole() {
    let text = "The mayor said the company and the union had agreed.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        content(text, &found[0]),
        "the company and the union had agreed"
    );
}

#[test]
fn a_relative_clause_statement_with_an_adjunct_left_out_still_lies_in_the_subject() {
    let text = "The IMF, which has backed the removal of subsidies in Kenya, declined to comment.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].source, "IMF");
}

#[test]
fn a_hazard_warning_is_no_cue() {
    assert!(run("The forecaster lifted its orange wind warning for Cork at noon.").is_empty());
}

#[test]
fn an_as_clause_after_a_parenthetical_cue_is_the_writers() {
    let text = "The bank will close 120 branches, the lender said on Monday, as more customers \
                bank online.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "The bank will close 120 branches");
}

#[test]
fn a_statement_opening_the_sentence_nests_in_a_parenthetical_cue_after_it() {
    let text = "Karoo Bank plans to close 120 branches, cutting 1,800 jobs, the lender said.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        content(text, said),
        "Karoo Bank plans to close 120 branches, cutting 1,800 jobs"
    );
}

#[test]
fn going_out_to_do_something_is_a_movement_not_a_cue() {
    let text = "Later the mayor went out to meet the strikers, and she said the budget would pass.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "the budget would pass");
    assert!(run("The union's delegates walked out of the talks on Friday.").is_empty());
}

#[test]
fn going_on_to_a_cue_verb_reads_that_verb_and_going_on_to_win_says_nothing() {
    let text = "Jones went on to criticize the committee for its delays.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "the committee for its delays");
    assert!(run("The senator went on to win the race in a landslide.").is_empty());
    let text = "Smith went on to say that the plan was dead.";
    let found = run(text);
    assert_eq!(found.len(), 1);
    assert_eq!(content(text, &found[0]), "the plan was dead");
}

#[test]
fn going_hiking_is_a_pastime_not_a_cue() {
    assert!(run("Tom Clarke went hiking in the Andes last spring.").is_empty());
}

#[test]
fn a_clause_final_as_with_a_source_states_what_comes_before_it() {
    // The same content, denied by one source and alleged by another: two statements.
    let text = "The shipowner denied the crew had skipped the safety drill, as the dockers' union \
                alleged on Monday.";
    let found = run_with_day(text, "Monday", "2024-10-21");
    let alleged = by_cue(&found, text, "alleged");
    assert_eq!(
        content(text, alleged),
        "the crew had skipped the safety drill"
    );
    assert_eq!(alleged.source_span.unwrap().of(text), "the dockers' union");
    let denied = by_cue(&found, text, "denied");
    assert_eq!(
        content(text, denied),
        "the crew had skipped the safety drill"
    );
    // With no statement before it, the sentence up to the comma.
    let text = "The levee had been cracked for weeks, as the farmers said.";
    let (source, said) = sole(text);
    assert_eq!(
        (source, said),
        ("the farmers", "The levee had been cracked for weeks")
    );
}

#[test]
fn fronted_adjuncts_in_a_row_after_that_stay_in_the_content() {
    let text = "Okafor recalled that at one of his first council meetings, in 1994, he voted \
                against the toll.";
    let found = run(text);
    let recalled = by_cue(&found, text, "recalled");
    assert_eq!(
        content(text, recalled),
        "at one of his first council meetings, in 1994, he voted against the toll"
    );
}

#[test]
fn a_slash_joins_the_names_of_a_poll() {
    let text = "The Harlow/Venn poll, which surveys voters weekly, showed that the mayor is ahead.";
    let (source, said) = sole(text);
    assert_eq!(source, "The Harlow/Venn poll");
    assert_eq!(said, "the mayor is ahead");
}

#[test]
fn the_noun_before_a_modifier_heads_the_source() {
    let text = "The chair of the fishing cooperative endorsed the new quota system.";
    let (source, said) = sole(text);
    assert_eq!(source, "The chair of the fishing cooperative");
    assert_eq!(said, "the new quota system");
}

#[test]
fn a_second_verb_with_its_auxiliary_after_a_learned_cue_is_the_speakers() {
    let text = "She has attacked subsidies that favour big farms, and has called for capping \
                payments to any single holding.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "attacked")),
        "subsidies that favour big farms"
    );
    let called = by_cue(&found, text, "called for");
    assert_eq!(
        content(text, called),
        "capping payments to any single holding"
    );
    assert_eq!(called.source_span.unwrap().of(text), "She");
}

#[test]
fn a_participle_after_with_and_its_noun_is_no_cue() {
    let text = "Nakamura said the side effects were mild, with headaches reported in about 5% of \
                volunteers.";
    let (source, said) = sole(text);
    assert_eq!(source, "Nakamura");
    assert_eq!(
        said,
        "the side effects were mild, with headaches reported in about 5% of volunteers"
    );
}

#[test]
fn a_conjunction_participle_after_a_comma_is_no_cue() {
    let text = "Berg said the reservoir would refill by June, provided the spring rains arrived.";
    let (_, said) = sole(text);
    assert_eq!(
        said,
        "the reservoir would refill by June, provided the spring rains arrived"
    );
}

#[test]
fn a_span_of_time_that_opens_a_clause_is_its_subject() {
    let text = "The reviewer said 18 months of data was too little to judge the drug.";
    let found = run_with_day(text, "18 months", "P18M");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "18 months of data was too little to judge the drug"
    );
}

#[test]
fn a_participle_clause_between_commas_before_the_cue_describes_the_speaker() {
    let text = "A hydrologist who studied the basin, speaking on condition of anonymity, said \
                the aquifer was shrinking.";
    let (source, said) = sole(text);
    assert_eq!(source, "A hydrologist");
    assert_eq!(said, "the aquifer was shrinking");
}

#[test]
fn a_refusal_after_but_shares_the_subject_and_asks_its_question() {
    let text = "The miner said the shaft remained closed but declined to comment on when work \
                would restart.";
    let found = run(text);
    let declined = by_cue(&found, text, "declined to comment on");
    assert_eq!(content(text, declined), "when work would restart");
    assert_eq!(declined.source_span.unwrap().of(text), "The miner");
}

#[test]
fn put_with_an_adjective_and_a_range_sets_the_estimate() {
    let text = "The farm lobby put preliminary losses at between 40 million and 48 million euros \
                as growers counted the damage.";
    let found = run(text);
    let put = by_cue(&found, text, "put");
    assert_eq!(
        content(text, put),
        "preliminary losses at between 40 million and 48 million euros"
    );
}

#[test]
fn which_after_a_laws_name_speaks_for_no_one() {
    let text = "The party broke the 1999 Law on Public Assemblies, which forbids “armed units”, \
                the court said.";
    let law_start = text.find("Law on Public Assemblies").unwrap();
    let law = Entity {
        span: Span::new(law_start, law_start + "Law on Public Assemblies".len()),
        kind: EntityKind::Misc,
        canonical: "Law on Public Assemblies".to_string(),
    };
    let found = run_with(text, &[law]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(
        content(text, &found[0]),
        "The party broke the 1999 Law on Public Assemblies, which forbids “armed units”"
    );
}

#[test]
fn put_with_a_to_phrase_after_its_noun_sets_the_estimate() {
    let text = "The insurer put the damage to the depot and the pier at 3 million to 4 million \
                francs.";
    let (source, said) = sole(text);
    assert_eq!(source, "The insurer");
    assert_eq!(
        said,
        "the damage to the depot and the pier at 3 million to 4 million francs"
    );
    // A revision's "to" sets the figure right after the noun.
    let text = "The ministry raised the toll to 38.";
    let (_, said) = sole(text);
    assert_eq!(said, "the toll to 38");
}

#[test]
fn an_object_phrase_ends_before_a_subordinate_clause_or_a_second_verb() {
    let text = "The senator opposed the spending bill when it came to a vote.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "opposed")),
        "the spending bill"
    );
    let text = "The senator has been critical of the new tariff since they both ran for office.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "critical of")),
        "the new tariff"
    );
    let text = "The governor has not endorsed Mr. Vance and has been a critic of his style.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "endorsed")),
        "Mr. Vance"
    );
    let text = "The union condemned the new ruling as Judge Ortiz adjourned the court.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "condemned")),
        "the new ruling"
    );
    // A predicate after "as", a participle after "while" and "because of" stay.
    let text = "The mayor portrayed the plan as rushed.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "portrayed")),
        "the plan as rushed"
    );
    let text = "The council condemned the closure because of its cost to families.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "condemned")),
        "the closure because of its cost to families"
    );
    // "say" takes a clause: what follows "because" is still said.
    let text = "The minister said prices rose because the harvest failed.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "said")),
        "prices rose because the harvest failed"
    );
}

#[test]
fn a_source_cut_at_a_comma_inside_its_name_runs_back_to_the_name() {
    let text = "Imports jumped 41 percent to about 1.2 million tonnes, the Department of \
                Trade, Industry and Competition said.";
    let start = text.find("Department").unwrap();
    let name = "Department of Trade, Industry and Competition";
    let entities = [Entity {
        span: Span::new(start, start + name.len()),
        kind: EntityKind::Org,
        canonical: name.to_string(),
    }];
    let found = run_with(text, &entities);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        said.source_span.map(|s| s.of(text)),
        Some("the Department of Trade, Industry and Competition")
    );
    assert_eq!(
        content(text, said),
        "Imports jumped 41 percent to about 1.2 million tonnes"
    );
}

#[test]
fn a_time_is_no_learned_cue() {
    let text = "Imports of those products jumped 41 percent last year to about 1.2 million tonnes.";
    let found = run_with_day(text, "last year", "2025");
    assert!(
        found.iter().all(|f| f.cue_span.of(text) != "year"),
        "{found:?}"
    );
}

#[test]
fn participles_share_the_right_subject() {
    // An adverb set off by commas after a fronted adjunct.
    let text = "Graham said it was real. On Thursday, however, Trump spoke to industry leaders, \
                promising to lift environmental rules.";
    let promising = by_cue(&run(text), text, "promising").clone();
    assert_eq!(promising.source_span.map(|s| s.of(text)), Some("Trump"));
    // A participle right after the occasion's noun is the speaker's.
    let text = "\u{201c}It may not be easy,\u{201d} she said at a news conference announcing \
                that her department was suing the state.";
    let announcing = by_cue(&run(text), text, "announcing").clone();
    assert_eq!(announcing.source_span.map(|s| s.of(text)), Some("she"));
    // A cue after "and" inside a relative clause: "who" speaks, named by its antecedent.
    let text = "The video has become a focal point for demonstrators here, who have taken to \
                the streets and called for footage to be released.";
    let called = by_cue(&run(text), text, "called for").clone();
    assert_eq!(called.source_span.map(|s| s.of(text)), Some("who"));
    assert_eq!(called.source, "demonstrators");
}

#[test]
fn a_coordinated_cue_takes_the_subject_not_a_pronoun_in_what_was_said() {
    let text = "Clinton, the former secretary of State, stressed her support of the 2011 raid \
                during a forum and said she has the essential quality for the job.";
    let said = by_cue(&run(text), text, "said").clone();
    assert_eq!(
        said.source_span.map(|s| s.of(text)),
        Some("Clinton, the former secretary of State")
    );
}

#[test]
fn passive_agents_and_the_objects_of_control_verbs_speak() {
    // A participle after the agent describes it.
    let text = "The nominee has been endorsed by dozens of papers ranging from the Republic to \
                the Enquirer.";
    let endorsed = by_cue(&run(text), text, "endorsed").clone();
    assert_eq!(
        endorsed.source_span.map(|s| s.of(text)),
        Some("dozens of papers")
    );
    assert_eq!(content(text, &endorsed), "The nominee");
    // A share of those polled that is a passive's agent is credited, not the poll.
    let text = "In a new poll, Clinton was supported by 42 percent of those responding.";
    let supported = by_cue(&run(text), text, "supported").clone();
    assert_eq!(
        supported.source_span.map(|s| s.of(text)),
        Some("42 percent of those responding")
    );
}

#[test]
fn a_participle_after_a_relative_clause_statement_is_the_main_clause_subjects() {
    let text = "Trump was defensive when forced to defend not paying an architect who said he \
                was stiffed, saying the work was poor.";
    let found = run(text);
    let saying = by_cue(&found, text, "saying");
    assert_eq!(saying.source_span.map(|s| s.of(text)), Some("Trump"));
    let said = by_cue(&found, text, "said");
    assert_eq!(said.source_span.map(|s| s.of(text)), Some("who"));
}

#[test]
fn an_object_phrase_ends_at_a_clause_joined_by_a_comma() {
    let text = "The governor pledged to cut fuel taxes, and lawmakers will debate the plan.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "pledged")),
        "to cut fuel taxes"
    );
    let text = "The doctor added a note of caution, should Clinton attempt a quick return.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "added")),
        "a note of caution"
    );
    let text = "The union condemned the new ruling as Judge Ortiz adjourns the court.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "condemned")),
        "the new ruling"
    );
    let text = "Her rival promised lower taxes and \u{201c}jobs, jobs, jobs,\u{201d} but he has \
                also sharpened his attacks.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "promised")),
        "lower taxes and \u{201c}jobs, jobs, jobs,\u{201d}"
    );
}

#[test]
fn a_quotation_that_opens_a_content_ends_before_a_clause_of_time_or_a_second_verb() {
    let text = "She urges her husband to come out of the car and repeatedly says, \u{201c}Don't \
                you do it,\u{201d} until gunshots are heard.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "urges")),
        "her husband to come out of the car"
    );
    assert_eq!(
        content(text, by_cue(&found, text, "says")),
        "\u{201c}Don't you do it,\u{201d}"
    );
    let text = "Protesters chanted \u{201c}What curfew?\u{201d} and kept going until 2 a.m.";
    assert_eq!(
        content(text, by_cue(&run(text), text, "chanted")),
        "\u{201c}What curfew?\u{201d}"
    );
}

#[test]
fn an_opening_adjunct_is_no_content_of_a_learned_cue() {
    for text in [
        "Inspired by her story, the former first lady devoted attention to the country.",
        "True to his low-key style, Scott is relying on others to carry his message.",
    ] {
        let found = run(text);
        assert!(
            found
                .iter()
                .all(|f| !f.content_span.of(text).starts_with("Inspired")
                    && !f.content_span.of(text).starts_with("True")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_adverb_or_an_aside_between_the_cue_and_its_that_is_no_content() {
    assert_eq!(
        sole("Companies complain bitterly that taxes are too high."),
        ("Companies", "taxes are too high")
    );
    assert_eq!(
        sole("The nominee insists, most recently in an interview with a network, that he wants to release his taxes."),
        ("The nominee", "he wants to release his taxes")
    );
}

#[test]
fn the_subject_of_a_verb_taking_an_infinitive_or_a_gerund_speaks_the_cue_after_it() {
    let (source, said) = sole("Anderson seemed to think the outreach was phony.");
    assert_eq!((source, said), ("Anderson", "the outreach was phony"));
    let (source, said) = sole("The mayor tried to argue the plan was fair.");
    assert_eq!((source, said), ("The mayor", "the plan was fair"));
    let (source, said) =
        sole("They could not resist pointing out that every shooting was not a homicide.");
    assert_eq!(
        (source, said),
        ("They", "every shooting was not a homicide")
    );
    // (The negation is of the resisting: the source pointed it out.)
    let text = "They could not resist pointing out that every shooting was not a homicide.";
    let found = run(text);
    assert_eq!(found[0].kind, AttributionKind::Assertion);
    assert_eq!(found[0].factuality.certainty, Certainty::Certain);
    // With no clause after it, "continue to show" says nothing.
    assert!(run("Her supporters continue to show signs of enthusiasm.").is_empty());
}

#[test]
fn a_modal_before_the_cue_is_no_part_of_the_source() {
    assert_eq!(
        sole("He could argue that it was true."),
        ("He", "it was true")
    );
    assert_eq!(
        sole("The company may announce that it will close."),
        ("The company", "it will close")
    );
}

#[test]
fn a_gerund_after_aside_from_shares_the_subject_but_not_after_refrained_from() {
    let text = "He refuses to discuss appointees, aside from saying he wants a diverse delegation.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "saying")),
        "he wants a diverse delegation"
    );
    let text = "He refrained from saying he wants a diverse delegation.";
    assert!(
        run(text).iter().all(|f| f.cue_span.of(text) != "saying"),
        "{text}"
    );
}

#[test]
fn a_run_of_adverbs_belongs_to_the_cue_it_leans_on() {
    let text = "She repeatedly, implicitly criticized the plan on foreign policy.";
    let found = run(text);
    let criticized = by_cue(&found, text, "criticized");
    assert_eq!(criticized.source_span.map(|s| s.of(text)), Some("She"));
}

#[test]
fn a_condition_fronted_in_a_that_clause_keeps_its_main_clause() {
    let text = "Regulators said that if the state held up the deal, the firm would threaten to sell its mines.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "said")),
        "if the state held up the deal, the firm would threaten to sell its mines"
    );
}

#[test]
fn a_possessive_role_apposed_to_a_name_before_a_final_cue_is_the_source() {
    let text = "If the margin narrows, the campaign will ask a court to review the ballots, \
                Whitfield's campaign manager, Ben Ashby, said.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    assert_eq!(
        said.source_span.map(|s| s.of(text)),
        Some("Whitfield's campaign manager, Ben Ashby")
    );
    assert_eq!(
        content(text, said),
        "If the margin narrows, the campaign will ask a court to review the ballots"
    );
}

#[test]
fn a_participle_after_an_actor_noun_opening_the_clause_is_part_of_the_source() {
    assert_eq!(
        sole("A union representing flight attendants said that it backs the plan."),
        (
            "A union representing flight attendants",
            "it backs the plan"
        )
    );
}

#[test]
fn after_a_cue_of_intention_to_opens_the_infinitive() {
    let text = "Trump revised his plan, promising to focus on average Americans.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "promising")),
        "to focus on average Americans"
    );
    let text = "Clinton talked up her strategy, promising to campaign across the country.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "promising")),
        "to campaign across the country"
    );
    let text = "He promised to them that taxes would fall.";
    let found = run(text);
    assert_eq!(found[0].audience.as_deref(), Some("them"));
}

#[test]
fn a_pronoun_after_a_dashed_aside_is_the_subject_and_about_opens_its_topic() {
    let text = "She toured the state, and - in the wake of the attacks - she has spoken about \
                the need for reforms.";
    let found = run(text);
    let spoken = found
        .iter()
        .find(|f| f.cue_span.of(text).starts_with("spoken"))
        .expect("spoken");
    assert_eq!(spoken.source_span.map(|s| s.of(text)), Some("she"));
    assert_eq!(content(text, spoken), "the need for reforms");
}

#[test]
fn a_horizontal_bar_reads_as_a_dash_and_what_a_listener_is_warned_against_is_the_content() {
    // U+2015 sets off the aside as an em dash does.
    let bar = "The senators \u{2015} three former officials \u{2015} have said they back the plan.";
    let dash = bar.replace('\u{2015}', "\u{2014}");
    let (bar_source, bar_content) = sole(bar);
    let (dash_source, dash_content) = sole(&dash);
    assert_eq!(bar_content, dash_content);
    assert_eq!(bar_source.replace('\u{2015}', "\u{2014}"), dash_source);
    let text = "He warned China against provocative behavior in the sea.";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "warned")),
        "against provocative behavior in the sea"
    );
}

#[test]
fn asking_takes_its_listener_and_after_an_article_is_no_cue() {
    let text = "She sings to him before asking her, \u{201c}Where do we go from here?\u{201d}";
    let found = run(text);
    assert_eq!(
        content(text, by_cue(&found, text, "asking")),
        "\u{201c}Where do we go from here?\u{201d}"
    );
    let text = "He said the records were offered at an asking price of about $25,000.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "the records were offered at an asking price of about $25,000"
    );
}

#[test]
fn a_state_of_mind_after_be_with_a_clause_is_the_subjects_view_not_a_passive() {
    assert_eq!(
        sole("After living abroad, we are convinced this is the only country that works."),
        ("we", "this is the only country that works")
    );
    // Its subject must stand right before it: here the government's worry is nested in what
    // the official told.
    let text = "An official told Reuters that the government was worried the dispute could spread.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_title_in_doubled_apostrophes_lets_the_quotation_go_on() {
    let text = "''Obama does not get along with Putin,'' he said on ABC's ''This Week.'' \
                ''Putin cannot stand our president.''";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
}

#[test]
fn making_the_comments_says_nothing_more_but_making_a_case_does() {
    assert!(run("Trump made the comments Friday during a brief appearance.").is_empty());
    let text = "He made his case on television.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_form_in_s_before_a_plural_auxiliary_is_the_subject_not_a_cue() {
    assert!(run("Health worries have dogged the candidate for months.").is_empty());
}

#[test]
fn an_infinitive_after_the_listener_ends_before_a_clause_of_time_but_keeps_its_reason() {
    let text = "The FBI warned state officials to boost their security after hackers targeted \
                data systems in two states.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "to boost their security");
    let text = "Officials warned pilots to avoid the summit because explosions could throw ash.";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "to avoid the summit because explosions could throw ash"
    );
}

#[test]
fn an_object_ends_before_amid() {
    let text = "The leaders called for new defense efforts amid growing concerns that they depend \
                on allies.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "new defense efforts");
}

#[test]
fn a_quotation_after_according_to_runs_to_its_close_and_a_quoted_predicate_follows_as() {
    let text = "According to the host, \u{201c}If it were up to her, she would say nothing. \
                The critics are wrong.\u{201d}";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "\u{201c}If it were up to her, she would say nothing. The critics are wrong.\u{201d}"
    );
    let text = "He characterized the senator as, \u{201c}a little desperate there.\u{201d}";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "the senator as, \u{201c}a little desperate there.\u{201d}"
    );
}

#[test]
fn a_second_relative_clause_on_the_contents_noun_goes_on_with_it() {
    let text = "The senator said there are people who think in stark terms, who live in fear.";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "there are people who think in stark terms, who live in fear"
    );
    let text = "The senator said the bill failed, which surprised nobody.";
    let found = run(text);
    assert_eq!(content(text, &found[0]), "the bill failed");
}

#[test]
fn a_complementizer_that_lowers_the_classifiers_bar_but_a_relative_that_does_not() {
    let doc_that = |text: &str, j: &str| {
        let segmentation = text::segment(text);
        let doc = Doc::new(text, &segmentation, &[]);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == j)
            .expect("word");
        that_clause_follows(&doc, 0, i)
    };
    assert!(doc_that(
        "Residents fumed that the vote was rigged.",
        "fumed"
    ));
    assert!(!doc_that(
        "It is a program that allows investors in.",
        "program"
    ));
    assert!(!doc_that(
        "They mocked the plan that the mayor wrote.",
        "plan"
    ));
}

#[test]
fn a_parenthetical_cues_adjunct_runs_to_the_comma_that_resumes_the_statement() {
    let text = "These employees, Stumpf explained earlier in the hearing, were well paid.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content_fragments.len(), 2, "{found:?}");
    assert_eq!(found[0].content_fragments[1].of(text), "were well paid");
}

#[test]
fn by_and_a_gerund_after_a_cue_tell_how_not_who() {
    let text = "The mayor responded by saying that the budget was too small.";
    let found = run(text);
    assert!(
        found
            .iter()
            .any(|f| content(text, f) == "the budget was too small"),
        "{found:?}"
    );
}

#[test]
fn someone_unnamed_speaks_and_so_of_degree_stands_between_source_and_cue() {
    let text = "Then someone asked how the mayor could win over young voters.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous);
    assert_eq!(
        sole("She is so frustrated that the state is cutting funds."),
        ("She", "the state is cutting funds")
    );
}

#[test]
fn a_name_set_off_by_commas_after_called_is_an_apposition_not_a_call() {
    let text = "His nonprofit group, called the Riverside Land Trust, will still own the farm.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // Calling with a predicate still calls.
    assert_eq!(
        sole("The senator called the merger a disaster for farmers."),
        ("The senator", "the merger a disaster for farmers")
    );
}

#[test]
fn an_expletive_its_predicate_judges_a_clause_without_a_speaker() {
    for text in [
        "Nor is it clear that new tariffs would help.",
        "It is simply astounding that the board approved the plan.",
        "It's not clear that they can pull it off.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_fronted_comparison_or_concession_is_not_what_was_said() {
    for text in [
        "Like my neighbours, I believe in the good sense of the voters.",
        "Despite two failed launches this year, the programme has barely been mentioned.",
    ] {
        assert!(
            run(text)
                .iter()
                .all(|f| !content(text, f).starts_with("Like")
                    && !content(text, f).starts_with("Despite")),
            "{text}: {:?}",
            run(text)
        );
    }
}

#[test]
fn a_free_relative_that_opens_its_clause_is_a_subject_not_a_speaker() {
    for text in [
        "Everything the mayor says is a lie unless proven otherwise.",
        "What Mr. Oduya considers ''smart'' might be seen by others as evasive.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // As an object it reports: the analysts said it was a sign.
    let text = "The photos were released, showing what many analysts said was a sign of change.";
    assert!(
        run(text)
            .iter()
            .any(|f| content(text, f) == "was a sign of change"),
        "{:?}",
        run(text)
    );
}

#[test]
fn a_closing_mark_first_in_its_paragraph_opens_a_quotation() {
    let text = "Ms. Adeyemi noted that the tone mattered.\n\n” … he spoke with a calm the old guard might have admired,” Adeyemi wrote.";
    let found = run(text);
    assert!(
        found
            .iter()
            .any(|f| content(text, f).starts_with("” … he spoke") && f.source.contains("Adeyemi")),
        "{found:?}"
    );
}

#[test]
fn it_goes_without_saying_is_an_idiom_with_no_speaker() {
    let text = "It goes without saying that higher fares are unpopular.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn declining_by_a_size_is_a_fall_not_a_refusal() {
    for text in [
        "Exports declined 4 percent in May.",
        "Its approval rating has declined slightly from 58 percent to 55 percent.",
        "Sales declined by 12% last year.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    let text = "The minister declined to comment on the figures.";
    assert_eq!(run(text).len(), 1, "{:?}", run(text));
}

#[test]
fn a_form_in_s_after_a_quantifier_is_a_plural_noun() {
    let text = "But too many calls today still roll over to backup centers.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_noun_cue_in_a_fronted_phrase_has_its_possessor_for_source_and_ends_at_the_comma() {
    let text = "Contrary to his claim that voters would ''learn nothing,'' there would be a wealth of detail.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "voters would ''learn nothing,''");
    let text = "Despite the mayor's claim that the plan was legal, the court struck it down.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "mayor");
    assert_eq!(content(text, &found[0]), "the plan was legal");
}

#[test]
fn as_stated_in_a_document_names_the_document_as_source() {
    let text = "As noted in the report, the mayor resigned on Monday.";
    assert_eq!(sole(text), ("the report", "the mayor resigned on Monday"));
    // A time after "in" is when, not where: no source.
    let text = "As reported in March, the mayor resigned.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_texts_words_are_what_it_reads_beside_a_quotation() {
    let text = "“The plan is dead,” the letter read.";
    assert_eq!(sole(text), ("the letter", "“The plan is dead,”"));
    let text = "The headline reads: “Taxes will fall.”";
    assert_eq!(run(text).len(), 1, "{:?}", run(text));
    for text in [
        "He read the book on Monday.",
        "In a statement read on state television, the army gave its account.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_reporting_participle_after_a_comma_and_an_adverb_shares_the_subject() {
    let text = "He complained about the mic, even suggesting he may have been sabotaged.";
    let found = run(text);
    assert!(
        found
            .iter()
            .any(|f| f.source == "He" && content(text, f) == "he may have been sabotaged"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|f| !content(text, f).contains("even suggesting")),
        "{found:?}"
    );
}

#[test]
fn unnamed_experts_critics_and_groups_are_anonymous() {
    for (text, source) in [
        (
            "Scientists said the ice was thinning.",
            "anonymous: Scientists",
        ),
        (
            "Critics say the plan favours landlords.",
            "anonymous: Critics",
        ),
        (
            "Business groups said the tax would cost jobs.",
            "anonymous: Business groups",
        ),
        (
            "A pharmacist on Quay Street said she had lost stock.",
            "anonymous: pharmacist on Quay Street",
        ),
        // The head before a participle: what the person was doing, and where.
        (
            "One woman waiting outside the hospital said she had come at dawn.",
            "anonymous: One woman waiting outside the hospital",
        ),
        (
            "Truck drivers queuing on the A15 motorway said they had waited all night.",
            "anonymous: Truck drivers queuing on the A15 motorway",
        ),
        (
            "Local media reported that the mayor had resigned.",
            "anonymous: Local media",
        ),
        // Unnamed groups of businesses, and a count of a group.
        (
            "Mining companies said costs would rise.",
            "anonymous: Mining companies",
        ),
        (
            "Dozens of residents said the library mattered.",
            "anonymous: Dozens of residents",
        ),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].anonymous, "{text}: {found:?}");
        assert_eq!(
            found[0].source.to_lowercase(),
            source.to_lowercase(),
            "{text}"
        );
    }
    // A body called by its trade is no unnamed person.
    let text = "The national grid operator said supply was back.";
    let found = run(text);
    assert!(!found[0].anonymous, "{found:?}");
}

#[test]
fn a_name_apposed_after_an_unnamed_persons_noun_names_the_source() {
    let text = "Flood\n\nLocal councillor Priya Naseem said the drains had failed. Local \
                broadcaster KTNV said the road was shut. An aide to Lind said it was late.";
    let entities = [
        entity(text, "Priya Naseem", EntityKind::Person, "Priya Naseem"),
        entity(text, "KTNV", EntityKind::Org, "KTNV"),
        entity(text, "Lind", EntityKind::Person, "Lind"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].source, "Priya Naseem");
    assert!(!found[0].anonymous);
    assert_eq!(found[1].source, "KTNV");
    // A name after a preposition is whose the unnamed person is: still unnamed.
    assert!(found[2].anonymous, "{found:?}");
}

#[test]
fn a_countrys_armed_service_is_the_service_not_the_country() {
    let text = "Tanker found\n\nNigeria's navy said the crew was safe. Ukraine's air force \
                said it shot down 20 drones.";
    let entities = [
        entity(text, "Nigeria", EntityKind::Gpe, "Nigeria"),
        entity(text, "Ukraine", EntityKind::Gpe, "Ukraine"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].source, "Nigeria's navy");
    assert_eq!(found[1].source, "Ukraine's air force");
}

#[test]
fn police_after_the_one_force_named_is_that_force() {
    let text = "Crash\n\nVictoria Police closed the road. Police said two people were hurt.";
    let entities = [entity(
        text,
        "Victoria Police",
        EntityKind::Org,
        "Victoria Police",
    )];
    let found = run_with(text, &entities);
    assert_eq!(found.last().unwrap().source, "Victoria Police");
    // Two forces named: which one is not said.
    let text =
        "Crash\n\nVictoria Police and Tasmania Police met. Police said two people were hurt.";
    let entities = [
        entity(text, "Victoria Police", EntityKind::Org, "Victoria Police"),
        entity(text, "Tasmania Police", EntityKind::Org, "Tasmania Police"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found.last().unwrap().source.to_lowercase(), "police");
}

#[test]
fn an_acronym_spelled_like_a_function_word_is_no_pronoun() {
    let text =
        "A WHO official, speaking on condition of anonymity, said the outbreak could spread.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous, "{found:?}");
    assert_eq!(content(text, &found[0]), "the outbreak could spread");
}

#[test]
fn in_what_someone_described_as_gives_their_words_after_as() {
    let text = "The firm said hackers took data on 2 million riders, in what researchers described as one of the largest breaches: a blow to its rivals.";
    let found = run(text);
    assert!(
        found.iter().any(|f| f.source == "anonymous: researchers"
            && f.anonymous
            && content(text, f) == "one of the largest breaches"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| content(text, f) == "hackers took data on 2 million riders"),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_an_ordinal_and_its_determiner_modifies_a_noun() {
    let text = "It is the third named heat wave of this summer.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // "a third" is a share, whose agreeing is a statement.
    let text = "Less than a third agreed with the minister that the fares were fair.";
    assert_eq!(run(text).len(), 1, "{:?}", run(text));
}

#[test]
fn evidence_in_a_clause_of_until_shows_nothing_yet() {
    let text = "Families cannot use the river until tests show the water is safe.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_pronoun_for_a_text_reads_its_quotation_and_a_semicolon_closes_a_final_cue() {
    let text = "“I am still here,” it read.";
    assert_eq!(run(text).len(), 1, "{:?}", run(text));
    let text = "Turnout will fall, the mayor said; the council disagreed.";
    assert_eq!(sole(text), ("the mayor", "Turnout will fall"));
}

#[test]
fn a_weak_form_after_a_compounds_noun_is_a_verb_before_that() {
    let text = "Footage from the game shows that students dressed up.";
    assert_eq!(run(text).len(), 1, "{:?}", run(text));
    let text = "He watched game shows that night.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn an_advice_with_its_object_and_infinitive_is_an_instruction() {
    let text = "The council advised people living within 200 metres of the seafront to move \
                valuables upstairs.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        content(text, &found[0]),
        "people living within 200 metres of the seafront to move valuables upstairs"
    );
    assert_eq!(found[0].kind, AttributionKind::Intention);
    // An advice without an infinitive, a passive one and an adviser's trade report nothing.
    for text in [
        "The firm advised the government on its bond sale.",
        "She was advised by her lawyer to stay silent.",
        "The agency, which advises banks on cyber threats, opened an office.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn an_instructions_object_runs_past_a_figure_to_its_infinitive() {
    let text = "Police urged residents living within 500 metres of the plant to stay indoors.";
    let (_, said) = sole(text);
    assert_eq!(
        said,
        "residents living within 500 metres of the plant to stay indoors"
    );
    // After a listener, a clause of the statement's own is not the listener's.
    let text = "The mayor told reporters the council expects to vote on Monday.";
    let (_, said) = sole(text);
    assert_eq!(said, "the council expects to vote on Monday");
}

#[test]
fn a_participle_after_an_agent_noun_keeps_the_phrase_together() {
    let text = "A loss adjuster working for another insurer said many growers had dropped cover.";
    assert_eq!(
        sole(text),
        (
            "A loss adjuster working for another insurer",
            "many growers had dropped cover"
        )
    );
    // Also before a relative clause set off by commas: the speaker is still on the left.
    let text = "A loss adjuster working for another insurer, who spoke on condition of \
                anonymity, said many growers had dropped cover.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "many growers had dropped cover");
    assert!(found[0].anonymous, "{found:?}");
}

#[test]
fn an_unlisted_verb_before_a_count_reports_nothing() {
    let text = "Kowhai Mutual, which insures some 1,100 vineyards in the region, said it had \
                received 212 claims.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
}

#[test]
fn a_body_named_after_its_description_is_the_source() {
    let text = "The storm hit Ireland, according to the national forecaster, Met Eireann.";
    let entities = [entity(text, "Met Eireann", EntityKind::Org, "Met Eireann")];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "The storm hit Ireland");
    assert_eq!(found[0].source, "Met Eireann");
}

#[test]
fn a_place_inside_an_indefinite_apposition_does_not_name_the_source() {
    let text = "The hackers stole data, according to Vireo Security, a Ghent-based firm.";
    let entities = [
        entity(text, "Vireo Security", EntityKind::Org, "Vireo Security"),
        entity(text, "Ghent", EntityKind::Gpe, "Ghent"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source, "Vireo Security");
}

#[test]
fn the_company_is_the_last_business_named_before_it() {
    let text = "Nordlys Shipping told Reuters profits fell. The company said it would cut jobs.";
    let entities = [
        entity(
            text,
            "Nordlys Shipping",
            EntityKind::Org,
            "Nordlys Shipping",
        ),
        entity(text, "Reuters", EntityKind::Org, "Reuters"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(by_cue(&found, text, "said").source, "Nordlys Shipping");
    // A public body is not "the company".
    let text = "The Finance Ministry fined Kestrel Air. The carrier said it would appeal.";
    let entities = [
        entity(
            text,
            "Finance Ministry",
            EntityKind::Org,
            "Finance Ministry",
        ),
        entity(text, "Kestrel Air", EntityKind::Org, "Kestrel Air"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(by_cue(&found, text, "said").source, "Kestrel Air");
}

#[test]
fn a_body_after_to_is_a_listener_only_after_a_word_of_speech() {
    // "belongs to" names the business "the company" stands for.
    let text = "The plant belongs to Dorst Chemie AG. The company said output had stopped.";
    let entities = [entity(
        text,
        "Dorst Chemie AG",
        EntityKind::Org,
        "Dorst Chemie AG",
    )];
    let found = run_with(text, &entities);
    assert_eq!(by_cue(&found, text, "said").source, "Dorst Chemie AG");
    // "said to the BBC" names whom the source spoke to.
    let text =
        "Kestrel Air cut fares, its chief said to the BBC. The carrier said demand was weak.";
    let entities = [
        entity(text, "Kestrel Air", EntityKind::Org, "Kestrel Air"),
        entity(text, "BBC", EntityKind::Org, "BBC"),
    ];
    let found = run_with(text, &entities);
    let last = last_statement(&found);
    assert_eq!(last.source, "Kestrel Air", "{found:?}");
}

#[test]
fn a_bare_spokesperson_speaks_for_a_body_named_before() {
    // The body named in the same sentence.
    let text = "Blast in Dar es Salaam\n\nMost were taken to Muhimbili National Hospital, \
                where 39 people were being treated, a spokeswoman said.";
    let entities = [entity(
        text,
        "Muhimbili National Hospital",
        EntityKind::Org,
        "Muhimbili National Hospital",
    )];
    let found = run_with(text, &entities);
    assert_eq!(found[0].source, "Muhimbili National Hospital", "{found:?}");
    // Else a body that spoke before, not the court it may appeal to.
    let text =
        "Fine upheld\n\nLumora said it was disappointed. The Court of Appeal sits in Dublin. \
                The company may appeal, a spokeswoman said.";
    let entities = [
        entity(text, "Lumora", EntityKind::Org, "Lumora"),
        entity(text, "Court of Appeal", EntityKind::Org, "Court of Appeal"),
        entity(text, "Dublin", EntityKind::Gpe, "Dublin"),
    ];
    let found = run_with(text, &entities);
    let last = last_statement(&found);
    assert_eq!(last.source, "Lumora", "{found:?}");
}

#[test]
fn a_definite_apposition_after_a_name_leaves_the_name_as_the_source() {
    let text = "IG Metall, Germany's largest union, said on Monday that wages must rise.";
    let entities = [
        entity(text, "IG Metall", EntityKind::Org, "IG Metall"),
        entity(text, "Germany", EntityKind::Gpe, "Germany"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found[0].source, "IG Metall", "{found:?}");
    let text = "Corey Lewandowski, Trump's campaign manager, said the rally would go ahead.";
    let entities = [
        entity(
            text,
            "Corey Lewandowski",
            EntityKind::Person,
            "Corey Lewandowski",
        ),
        entity(text, "Trump", EntityKind::Person, "Donald Trump"),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found[0].source, "Corey Lewandowski", "{found:?}");
}

#[test]
fn the_spokesman_is_the_spokesman_named_before() {
    let text = "Talks\n\nThe minister will meet NATO envoys, the prime minister's spokesman \
                said. Nothing is settled, the spokesman said.";
    let entities = [entity(
        text,
        "NATO",
        EntityKind::Org,
        "North Atlantic Treaty Organization",
    )];
    let found = run_with(text, &entities);
    let last = last_statement(&found);
    assert_eq!(last.source, found[0].source, "{found:?}");
    assert!(last.source.contains("spokesman"), "{found:?}");
}

#[test]
fn the_company_is_the_business_that_spoke_before() {
    let text = "Mine\n\nQazuran said output would rise. It signed a deal with Tianhe Nuclear \
                Fuel last year. The company said the deal was safe.";
    let entities = [
        entity(text, "Qazuran", EntityKind::Org, "Qazuran"),
        entity(
            text,
            "Tianhe Nuclear Fuel",
            EntityKind::Org,
            "Tianhe Nuclear Fuel",
        ),
    ];
    let found = run_with(text, &entities);
    let last = last_statement(&found);
    assert_eq!(last.source, "Qazuran", "{found:?}");
}

#[test]
fn their_union_and_the_mines_largest_union_are_the_union_named_before() {
    let text = "Strike\n\nTeachers walked out, the Union of Education Workers said. Their union \
                said the strike would go on. Miners are members of the Cerro Alto Workers' \
                Union. The mine's largest union said pay was too low.";
    let entities = [
        entity(
            text,
            "Union of Education Workers",
            EntityKind::Org,
            "Union of Education Workers",
        ),
        entity(
            text,
            "Cerro Alto Workers' Union",
            EntityKind::Org,
            "Cerro Alto Workers' Union",
        ),
    ];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1].source, "Union of Education Workers");
    assert_eq!(found[2].source, "Cerro Alto Workers' Union");
}

#[test]
fn a_conference_call_is_no_cue_and_no_content() {
    let text = "Recall\n\nChief executive Carla Reinholt told analysts on a conference call \
                that the recall should not affect targets. \"Safety comes first,\" she said.";
    let entities = [entity(
        text,
        "Carla Reinholt",
        EntityKind::Person,
        "Carla Reinholt",
    )];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().all(|a| a.source == "Carla Reinholt"),
        "{found:?}"
    );
    assert_eq!(
        found[0].content_span.of(text),
        "the recall should not affect targets"
    );
}

#[test]
fn the_authority_or_the_union_is_the_body_with_that_word_in_its_name() {
    let text = "The Panama Canal Authority cut draft limits. The authority said rain was scarce.";
    let entities = [entity(
        text,
        "Panama Canal Authority",
        EntityKind::Org,
        "Panama Canal Authority",
    )];
    let found = run_with(text, &entities);
    assert_eq!(
        by_cue(&found, text, "said").source,
        "Panama Canal Authority"
    );
    let text =
        "Members of the Nordic Transport Federation walked out. The union said talks had failed.";
    let entities = [entity(
        text,
        "Nordic Transport Federation",
        EntityKind::Org,
        "Nordic Transport Federation",
    )];
    let found = run_with(text, &entities);
    assert_eq!(
        by_cue(&found, text, "said").source,
        "Nordic Transport Federation"
    );
}

#[test]
fn a_pronoun_with_no_speaker_before_it_is_the_last_person_named_of_its_gender() {
    let text = "Rescuers reached the village after Maria Ortiz raised the alarm. She said the \
                road had gone.";
    let entities = [entity(
        text,
        "Maria Ortiz",
        EntityKind::Person,
        "Maria Ortiz",
    )];
    let found = run_with(text, &entities);
    assert_eq!(by_cue(&found, text, "said").source, "Maria Ortiz");
    // A person of unknown gender is not guessed at.
    let text = "Rescuers reached the village after Kiri Tane raised the alarm. She said the \
                road had gone.";
    let entities = [entity(text, "Kiri Tane", EntityKind::Person, "Kiri Tane")];
    let found = run_with(text, &entities);
    assert_eq!(by_cue(&found, text, "said").source, "She");
}

#[test]
fn a_pronoun_after_a_listener_or_a_time_is_no_part_of_a_source() {
    let text = "Veloro Motors told Reuters it expects a loss.";
    let told = run(text);
    let text_day = "Veloro Motors said on Monday it expects a loss.";
    let said = run_with_day(text_day, "Monday", "2024-10-21");
    for (text, found) in [(text, told), (text_day, said)] {
        assert!(
            found.iter().all(|f| f.source != "Reuters"
                && f.source_span.is_some_and(|s| !s.of(text).ends_with(" it"))),
            "{text}: {found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| content(text, f) == "it expects a loss"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_estimate_set_after_any_modifier_of_its_noun_is_a_statement() {
    for (text, said) in [
        (
            "It put the number missing at eight.",
            "the number missing at eight",
        ),
        (
            "The Red Cross put the death toll in the delta at 17, including three children.",
            "the death toll in the delta at 17, including three children",
        ),
        (
            "The survey put its magnitude slightly lower, at 6.2.",
            "its magnitude slightly lower, at 6.2",
        ),
        (
            "The association put the number of guests moved at close to 3,500.",
            "the number of guests moved at close to 3,500",
        ),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(content(text, &found[0]), said, "{text}");
    }
}

#[test]
fn what_surveyed_forecasters_had_expected_is_their_statement() {
    let text = "Most analysts polled by Reuters had expected the bank to keep rates on hold.";
    let entities = [entity(text, "Reuters", EntityKind::Org, "Reuters")];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(content(text, &found[0]), "the bank to keep rates on hold");
    assert!(found[0].anonymous, "{found:?}");
    assert_eq!(found[0].factuality.certainty, Certainty::Probable);
    // A free relative and a body's expectation are none.
    for text in [
        "Prices rose less than economists had expected.",
        "The company had expected a profit.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_gerund_after_a_preposition_with_nothing_after_it_is_a_noun() {
    let text = "Police have detained two security guards for questioning, police chief Mahfuzur \
                Rahman said.";
    let found = run(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue_span.of(text), "said");
    assert_eq!(
        content(text, &found[0]),
        "Police have detained two security guards for questioning"
    );
}

#[test]
fn a_fronted_phrase_with_a_finite_verb_after_it_is_the_statement() {
    let text = "In Paris the figure was 31 percent, the authority said.";
    assert_eq!(
        sole(text),
        ("the authority", "In Paris the figure was 31 percent")
    );
}

#[test]
fn unnamed_people_with_two_party_modifiers_stay_unnamed() {
    let text = "Liberal and conservative economists say the tax would help.";
    let entities = [entity(text, "Liberal", EntityKind::Norp, "Liberal")];
    let found = run_with(text, &entities);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].anonymous, "{found:?}");
    assert_eq!(
        found[0].source,
        "anonymous: Liberal and conservative economists"
    );
}

#[test]
fn he_after_a_member_named_by_the_body_they_speak_for_is_that_member() {
    let text = "Police urged people to stay home.\n\nA reporter for Agence France-Presse called \
                it \"absolute chaos.\"\n\n\"We saw people hit,\" he said.";
    let entities = [entity(
        text,
        "Agence France-Presse",
        EntityKind::Org,
        "Agence France-Presse",
    )];
    let found = run_with(text, &entities);
    let quote = found
        .iter()
        .find(|a| content(text, a).contains("We saw"))
        .expect("the quotation");
    assert_eq!(quote.source, "Agence France-Presse", "{found:?}");
}

#[test]
fn a_described_name_and_a_list_of_adjectives_stay_inside_the_object() {
    let text = "Sanders supported Charlie Crist, the former governor, against Rubio.";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "Charlie Crist, the former governor, against Rubio"
    );
    let text = "She called him a kind, loving and admirable person.";
    let found = run(text);
    assert_eq!(
        content(text, &found[0]),
        "him a kind, loving and admirable person"
    );
}

#[test]
fn analysts_at_a_named_firm_speak_for_it_and_doctors_at_a_hospital_for_themselves() {
    let text = "Analysts at Nordvik Securities said a cut was likely. Doctors at Kenyatta \
                National Hospital said ten people were hurt.";
    let entities = [
        entity(
            text,
            "Nordvik Securities",
            EntityKind::Org,
            "Nordvik Securities",
        ),
        entity(
            text,
            "Kenyatta National Hospital",
            EntityKind::Org,
            "Kenyatta National Hospital",
        ),
    ];
    let found = run_with(text, &entities);
    let analysts = by_cue(&found, text, "said");
    assert_eq!(analysts.source, "Nordvik Securities");
    assert!(!analysts.anonymous);
    let doctors = found
        .iter()
        .find(|a| content(text, a).contains("hurt"))
        .unwrap();
    assert!(doctors.anonymous, "{found:?}");
}

#[test]
fn the_head_noun_of_a_body_named_before_stands_for_it() {
    let text = "Quota set\n\nThe Norwegian Directorate of Fisheries set the quota on Monday. The directorate \
                said it would review it. The National Liberation Army attacked a base. The army \
                said two soldiers died.";
    let entities = [
        entity(
            text,
            "Norwegian Directorate of Fisheries",
            EntityKind::Org,
            "Norwegian Directorate of Fisheries",
        ),
        entity(
            text,
            "National Liberation Army",
            EntityKind::Org,
            "National Liberation Army",
        ),
    ];
    let found = run_with(text, &entities);
    let review = found
        .iter()
        .find(|a| content(text, a).contains("review"))
        .unwrap();
    assert_eq!(review.source, "Norwegian Directorate of Fisheries");
    // The state's army is no description of the rebels named before.
    let died = found
        .iter()
        .find(|a| content(text, a).contains("died"))
        .unwrap();
    assert_ne!(died.source, "National Liberation Army");
}

#[test]
fn a_named_subject_and_its_apposition_speak_what_follows_the_cue() {
    // The phrase after "said" opens the statement; it is no inverted speaker.
    let text = "Lena Marsh, a former adviser and the governor's chief strategist in the 2019 \
                race, said the way the agency treated its critics would sink any candidate.";
    let found = run(text);
    let said = by_cue(&found, text, "said");
    let source = said.source_span.map_or("", |s| s.of(text));
    assert!(source.starts_with("Lena Marsh"), "{source}");
    assert_eq!(
        content(text, said),
        "the way the agency treated its critics would sink any candidate"
    );
    // A clause before the comma still makes the cue inverted.
    let (source, content) = sole("Ferries will stop at noon, said the port authority.");
    assert_eq!(source, "the port authority");
    assert_eq!(content, "Ferries will stop at noon");
}

#[test]
fn a_spokesperson_named_by_a_bodys_noun_speaks_for_the_body_named_before() {
    let text = "Plant closed\n\nDorst Chemie AG shut its Leverkusen plant on Monday. A company \
                spokesman said the plant would reopen next week.";
    let entities = [entity(
        text,
        "Dorst Chemie AG",
        EntityKind::Org,
        "Dorst Chemie AG",
    )];
    let found = run_with(text, &entities);
    assert_eq!(by_cue(&found, text, "said").source, "Dorst Chemie AG");
    // With no body named before, the description stays.
    let text = "Plant closed\n\nA company spokesman said the plant would reopen next week.";
    let found = run(text);
    assert_eq!(by_cue(&found, text, "said").source, "company spokesman");
}

#[test]
fn a_spokesperson_named_by_two_words_of_a_bodys_name_speaks_for_it() {
    let text = "Ferry aground\n\nThe Maltese Coast Guard towed the ferry on Monday. The Bank \
                of Valletta froze its loans. A coast guard spokesman said no one was hurt. A \
                central bank spokeswoman said the loans were safe.";
    let entities = [
        entity(
            text,
            "Maltese Coast Guard",
            EntityKind::Org,
            "Maltese Coast Guard",
        ),
        entity(
            text,
            "Bank of Valletta",
            EntityKind::Org,
            "Bank of Valletta",
        ),
    ];
    let found = run_with(text, &entities);
    let source_of = |content_word: &str| {
        found
            .iter()
            .find(|a| a.content_span.of(text).contains(content_word))
            .map(|a| a.source.clone())
    };
    assert_eq!(source_of("no one").as_deref(), Some("Maltese Coast Guard"));
    // "central" is no word of the bank's name: the description stays.
    assert_eq!(
        source_of("loans were").as_deref(),
        Some("central bank spokeswoman")
    );
}

#[test]
fn a_spokesperson_for_a_bodys_noun_speaks_for_the_body_named_before() {
    let text = "Recall widened\n\nThe Danish Health Authority ordered the recall on Monday. A \
                spokeswoman for the authority said more batches could follow.";
    let entities = [entity(
        text,
        "Danish Health Authority",
        EntityKind::Org,
        "Danish Health Authority",
    )];
    let found = run_with(text, &entities);
    assert_eq!(
        by_cue(&found, text, "said").source,
        "Danish Health Authority"
    );
}

#[test]
fn a_document_a_body_put_out_speaks_for_the_body() {
    let text = "Exports slump\n\nThe Bank of Tarvik held its rate on Monday. Exports fell 9 \
                percent in May, Lorvan Statistics Office figures show. The bank's weekly \
                bulletin said ships were waiting. Prices rose, police figures showed. The \
                86-page report said repairs were overdue.";
    let entities = [
        entity(text, "Bank of Tarvik", EntityKind::Org, "Bank of Tarvik"),
        entity(
            text,
            "Lorvan Statistics Office",
            EntityKind::Org,
            "Lorvan Statistics Office",
        ),
    ];
    let found = run_with(text, &entities);
    let source_of = |cue: &str, content: &str| {
        found
            .iter()
            .find(|a| a.cue_span.of(text) == cue && a.content_span.of(text).contains(content))
            .map(|a| a.source.as_str())
    };
    assert_eq!(
        source_of("show", "Exports fell"),
        Some("Lorvan Statistics Office")
    );
    // A body noun stands for the body named before with it.
    assert_eq!(
        source_of("said", "ships were waiting"),
        Some("Bank of Tarvik")
    );
    // With none named, the body noun alone: the police put the figures out.
    assert_eq!(source_of("showed", "Prices rose"), Some("police"));
    // A document no body before it issued keeps its own words.
    assert_eq!(
        source_of("said", "repairs were overdue"),
        Some("86-page report")
    );
}

#[test]
fn the_agency_after_a_body_named_without_its_noun_is_that_body() {
    let text = "Quake toll rises\n\nThe death toll rose to 41, Kandora Relief said in a \
                statement. The agency said 300 people were still missing.";
    let entities = [entity(
        text,
        "Kandora Relief",
        EntityKind::Org,
        "Kandora Relief",
    )];
    let found = run_with(text, &entities);
    let agency = found
        .iter()
        .find(|f| f.source_span.is_some_and(|s| s.of(text) == "The agency"))
        .expect("the agency's statement");
    assert_eq!(agency.source, "Kandora Relief");
}
