//! Hand-written sentences, one group per family of rules.

use super::find;
use model::TimexKind;
use proptest::prelude::*;

/// (text, value) of every expression found.
fn found(text: &str, published: Option<&str>) -> Vec<(String, String)> {
    find(text, published)
        .into_iter()
        .map(|t| (t.span.of(text).to_string(), t.value))
        .collect()
}

fn one(text: &str, published: &str) -> (String, String) {
    let all = found(text, Some(published));
    assert_eq!(all.len(), 1, "expected one timex in {text:?}, got {all:?}");
    all.into_iter().next().unwrap()
}

fn pair(span: &str, value: &str) -> (String, String) {
    (span.to_string(), value.to_string())
}

/// A Wednesday.
const WED: &str = "2024-10-23";

#[test]
fn weekday_in_past_context_is_the_last_one() {
    assert_eq!(
        one("The mayor said Tuesday that roads were closed.", WED),
        pair("Tuesday", "2024-10-22")
    );
    assert_eq!(
        one("Rebels attacked the town on Friday.", WED),
        pair("Friday", "2024-10-18")
    );
    // The anchor's own weekday is the anchor.
    assert_eq!(
        one("Officials told reporters on Wednesday.", WED),
        pair("Wednesday", "2024-10-23")
    );
}

#[test]
fn weekday_in_future_context_is_the_next_one() {
    assert_eq!(
        one("The council will vote on Friday.", WED),
        pair("Friday", "2024-10-25")
    );
    assert_eq!(
        one("Talks are set to resume Monday.", WED),
        pair("Monday", "2024-10-28")
    );
    // A deadline or schedule in the present tense lies ahead.
    assert_eq!(
        one("The curfew order expires Friday.", WED),
        pair("Friday", "2024-10-25")
    );
    assert_eq!(
        one("Early voting begins Monday in the capital.", WED),
        pair("Monday", "2024-10-28")
    );
    assert_eq!(
        one("He plans to meet next Tuesday.", WED),
        pair("next Tuesday", "2024-10-29")
    );
    assert_eq!(
        one("She left last Thursday.", WED),
        pair("last Thursday", "2024-10-17")
    );
}

#[test]
fn weekday_with_part_of_day_is_a_time() {
    let t = find("Shots rang out Monday morning.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].kind, TimexKind::Time);
    assert_eq!(t[0].value, "2024-10-21TMO");
}

#[test]
fn month_with_and_without_year() {
    assert_eq!(
        one("Troops will arrive by December.", WED),
        pair("December", "2024-12")
    );
    let by = find("Troops will arrive by December.", Some(WED));
    assert_eq!(by[0].modifier.as_deref(), Some("ON_OR_BEFORE"));
    assert_eq!(
        one("The plant closed in March 2016.", WED),
        pair("March 2016", "2016-03")
    );
    assert_eq!(
        one("Elections were held in June.", WED),
        pair("June", "2024-06")
    );
    // The nearest January lies after the anchor.
    assert_eq!(
        one("The rule takes effect in January.", WED),
        pair("January", "2025-01")
    );
    // "may" the verb is no month.
    assert!(found("Prices may rise.", Some(WED)).is_empty());
}

#[test]
fn day_of_month_forms() {
    assert_eq!(
        one("The vote came on Oct. 28.", WED),
        pair("Oct. 28", "2024-10-28")
    );
    assert_eq!(
        one("It happened on October 28, 2019, at dawn.", WED),
        pair("October 28, 2019", "2019-10-28")
    );
    assert_eq!(
        one("They met on 3 September 2021 in Oslo.", WED),
        pair("3 September 2021", "2021-09-03")
    );
    assert_eq!(
        one("Payment is due Jan. 3.", WED),
        pair("Jan. 3", "2025-01-03")
    );
    assert_eq!(
        one("The deal closed Friday, Oct. 4.", WED),
        pair("Friday, Oct. 4", "2024-10-04")
    );
}

#[test]
fn years_decades_and_centuries() {
    assert_eq!(one("The war began in 2016.", WED), pair("2016", "2016"));
    assert_eq!(
        one("Prices soared in the 1990s.", WED),
        pair("the 1990s", "199")
    );
    assert_eq!(
        one("Earnings rose in fiscal 1998.", WED),
        pair("fiscal 1998", "1998")
    );
    assert_eq!(
        one("A temple of the 11th century stands here.", WED),
        pair("the 11th century", "10")
    );
    // Numbers that are no years.
    assert!(found("It cost $2000 and 1,999 people came.", Some(WED)).is_empty());
}

#[test]
fn relative_years_months_weeks_days() {
    assert_eq!(one("Sales fell last year.", WED), pair("last year", "2023"));
    assert_eq!(
        one("Sales will rise next month.", WED),
        pair("next month", "2024-11")
    );
    assert_eq!(
        one("Rain fell this week.", WED),
        pair("this week", "2024-W43")
    );
    assert_eq!(
        one("He arrived yesterday.", WED),
        pair("yesterday", "2024-10-22")
    );
    assert_eq!(
        one("She leaves tomorrow.", WED),
        pair("tomorrow", "2024-10-24")
    );
    assert_eq!(one("It opens today.", WED), pair("today", "2024-10-23"));
    assert_eq!(
        one("The law passed two years ago.", WED),
        pair("two years ago", "2022")
    );
    let early = find("Talks stalled earlier this month.", Some(WED));
    assert_eq!(early.len(), 1);
    assert_eq!(early[0].value, "2024-10");
    assert_eq!(early[0].modifier.as_deref(), Some("START"));
    let start = find("Results come in early November.", Some(WED));
    assert_eq!(start[0].value, "2024-11");
    assert_eq!(start[0].modifier.as_deref(), Some("START"));
}

#[test]
fn reference_day_for_same_day_and_day_after() {
    let text = "The agency briefed lawmakers on Wednesday. The briefing came a day after \
                the minister spoke. A general spoke the same day.";
    let all = found(text, Some(WED));
    assert_eq!(
        all,
        vec![
            pair("Wednesday", "2024-10-23"),
            pair("a day after", "2024-10-22"),
            pair("the same day", "2024-10-22"),
        ]
    );
}

#[test]
fn a_day_after_in_apposition_to_a_day_dates_the_clause_after_it() {
    let text = "The river was falling on Wednesday, a day after it crested at the bridge.";
    assert_eq!(
        found(text, Some(WED)),
        vec![
            pair("Wednesday", "2024-10-23"),
            pair("a day after", "2024-10-22"),
        ]
    );
    // Without the apposition the count stays a duration.
    let text = "The river fell for a day after it crested.";
    assert_eq!(found(text, Some(WED)), vec![pair("a day", "P1D")]);
}

#[test]
fn quarters_and_halves() {
    assert_eq!(
        one("Profit rose in the third quarter.", WED),
        pair("the third quarter", "2024-Q3")
    );
    assert_eq!(
        one("Its third-quarter profit rose.", WED),
        pair("third-quarter", "2024-Q3")
    );
    assert_eq!(
        one("Sales slowed in the first half of 2023.", WED),
        pair("the first half of 2023", "2023-H1")
    );
    // With a quarter under report, a year earlier is that quarter a year before.
    let all = found(
        "Profit rose in the third quarter from $2 a year earlier.",
        Some(WED),
    );
    assert_eq!(all[1], pair("a year earlier", "2023-Q3"));
}

#[test]
fn a_forecast_weekday_lies_ahead() {
    assert_eq!(
        one("He warned that more rain was forecast for Tuesday.", WED),
        pair("Tuesday", "2024-10-29")
    );
}

#[test]
fn durations() {
    assert_eq!(
        one("The siege lasted three days.", WED),
        pair("three days", "P3D")
    );
    // "another" counts one more.
    assert_eq!(
        one(
            "If the port stays shut for another week, stores will run short.",
            WED
        ),
        pair("another week", "P1W")
    );
    assert_eq!(
        one("He served six months in jail.", WED),
        pair("six months", "P6M")
    );
    assert_eq!(one("It took a year to build.", WED), pair("a year", "P1Y"));
    assert_eq!(
        one("Exports grew over the past decade.", WED),
        pair("the past decade", "P10Y")
    );
    // "the past week" reaches back to the anchor: a duration; "last week" is the calendar's.
    assert_eq!(
        one("Bookings fell 30% in the past week.", WED),
        pair("the past week", "P1W")
    );
    assert_eq!(
        one("Bookings fell 30% last week.", WED),
        pair("last week", "2024-W42")
    );
    assert_eq!(
        one("It was signed for a 10-year term.", WED),
        pair("a 10-year term", "P10Y")
    );
    assert_eq!(
        one("The feud has run for decades.", WED),
        pair("decades", "PXY")
    );
    assert_eq!(
        one("Fighting grew in recent weeks.", WED),
        pair("recent weeks", "PXW")
    );
    assert_eq!(
        one("He spoke for twenty-four hours.", WED),
        pair("twenty-four hours", "PT24H")
    );
    let more = find("They stayed for more than two years.", Some(WED));
    assert_eq!(more[0].value, "P2Y");
    assert_eq!(more[0].modifier.as_deref(), Some("MORE_THAN"));
    // Ages are no durations, and a sum's rate is a set, not a duration.
    let t = find("A 6-year-old boy earns $5 a year.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].kind, TimexKind::Set);
}

#[test]
fn sets() {
    let every = find("Inspectors come every week.", Some(WED));
    assert_eq!(every.len(), 1);
    assert_eq!(every[0].kind, TimexKind::Set);
    assert_eq!(every[0].value, "P1W");
    assert_eq!(
        one("Flights leave each Thursday.", WED),
        pair("each Thursday", "XXXX-WXX-4")
    );
    assert_eq!(one("The paper appears daily.", WED), pair("daily", "P1D"));
}

#[test]
fn clock_times() {
    let t = find("The blast came at 3 p.m. near the port.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].kind, TimexKind::Time);
    assert_eq!(
        t[0].span.of("The blast came at 3 p.m. near the port."),
        "3 p.m."
    );
    assert_eq!(t[0].value, "2024-10-23T15:00");
    assert_eq!(
        one("He was shot at 7:15 pm.", WED),
        pair("7:15 pm", "2024-10-23T19:15")
    );
    assert_eq!(
        one("Talks end at noon Thursday.", WED),
        pair("noon Thursday", "2024-10-17T12:00")
    );
}

#[test]
fn present_past_and_future_references() {
    assert_eq!(
        one("Prices are now falling.", WED),
        pair("now", "PRESENT_REF")
    );
    assert_eq!(
        one("He is currently abroad.", WED),
        pair("currently", "PRESENT_REF")
    );
    assert_eq!(
        one("She recently resigned.", WED),
        pair("recently", "PAST_REF")
    );
    assert_eq!(
        one("Nobody knows the future.", WED),
        pair("the future", "FUTURE_REF")
    );
}

#[test]
fn seasons_weekends_and_holidays() {
    assert_eq!(
        one("Troops withdrew last fall.", WED),
        pair("last fall", "2023-FA")
    );
    assert_eq!(
        one("Protests grew this summer.", WED),
        pair("this summer", "2024-SU")
    );
    assert_eq!(
        one("Shops closed over the weekend.", WED),
        pair("the weekend", "2024-W42-WE")
    );
    // A weekend the clause looks ahead to is the coming one.
    assert_eq!(
        one("Forecasters expect no relief before the weekend.", WED),
        pair("the weekend", "2024-W43-WE")
    );
    assert_eq!(
        one("The crews must be freed by the weekend.", WED),
        pair("the weekend", "2024-W43-WE")
    );
    assert_eq!(
        one("He was found on Thanksgiving Day.", WED),
        pair("Thanksgiving Day", "2024-11-28")
    );
}

#[test]
fn unknown_anchor_invents_no_date() {
    let text = "On Tuesday, a day after the strike, he said last year was hard; \
                the vote is Oct. 23 and talks resume next month.";
    let all = found(text, None);
    assert!(all.contains(&pair("Tuesday", "XXXX-WXX-2")), "{all:?}");
    assert!(all.contains(&pair("last year", "PAST_REF")), "{all:?}");
    assert!(all.contains(&pair("Oct. 23", "XXXX-10-23")), "{all:?}");
    assert!(all.contains(&pair("next month", "FUTURE_REF")), "{all:?}");
    assert_eq!(
        found("It happened yesterday.", None),
        vec![pair("yesterday", "PAST_REF")]
    );
    // Explicit dates need no anchor.
    assert_eq!(
        found("It began in March 2016.", None),
        vec![pair("March 2016", "2016-03")]
    );
}

#[test]
fn non_ascii_text_keeps_char_boundaries() {
    let text = "Korea’s “spy” agency said on Tuesday — «3 p.m.» — and résumé 2016…";
    let all = find(text, Some(WED));
    assert!(all.iter().any(|t| t.span.of(text) == "Tuesday"));
    assert!(all.iter().any(|t| t.span.of(text) == "2016"));
}

#[test]
fn month_without_year_leans_to_the_past() {
    // Seven months back is still the past; eight back is the next occurrence.
    assert_eq!(
        one("The company cut its dividend in March.", WED),
        pair("March", "2024-03")
    );
    assert_eq!(
        one("The plant reopens in February.", WED),
        pair("February", "2025-02")
    );
    // Three to nine months back, a tense cue of the clause decides.
    assert_eq!(
        one("The plant reopened in February.", WED),
        pair("February", "2024-02")
    );
    assert_eq!(
        one("The crew will fly a mission in June.", WED),
        pair("June", "2025-06")
    );
    // A near month keeps the window whatever the tense.
    assert_eq!(
        one("The firm said it would close the deal in September.", WED),
        pair("September", "2024-09")
    );
    // Half a year away either way: the past one.
    assert_eq!(
        one("Shares peaked on April 12.", WED),
        pair("April 12", "2024-04-12")
    );
}

#[test]
fn spelled_out_years_and_decades() {
    assert_eq!(
        one("Prices crashed in the winter of nineteen ninety-four.", WED),
        pair("the winter of nineteen ninety-four", "1994-WI")
    );
    assert_eq!(
        one("He promised jobs by the year two thousand.", WED),
        pair("the year two thousand", "2000")
    );
    assert_eq!(
        one("It began in January nineteen ninety-seven.", WED),
        pair("January nineteen ninety-seven", "1997-01")
    );
    assert_eq!(
        one("The band toured in nineteen eighty-one.", WED),
        pair("nineteen eighty-one", "1981")
    );
    assert_eq!(
        one("Rents rose through the nineties.", WED),
        pair("the nineties", "199")
    );
    // A count, an age: no years.
    assert!(found("Some two thousand people came.", Some(WED)).is_empty());
    assert!(found("She is in her forties.", Some(WED)).is_empty());
}

#[test]
fn narrative_units_lean_on_the_last_point_named() {
    let all = found(
        "He was promoted in May 1995, and the following year he left. That year ended badly.",
        Some(WED),
    );
    assert_eq!(
        all,
        vec![
            pair("May 1995", "1995-05"),
            pair("the following year", "1996"),
            pair("That year", "1996"),
        ]
    );
    // Without a point named, the anchor is the narrative time.
    assert_eq!(
        one("Prices rose the following month.", WED),
        pair("the following month", "2024-11")
    );
}

#[test]
fn clock_time_with_zone_and_date() {
    assert_eq!(
        one("The offer expires at 5 p.m. EST Nov. 9.", WED),
        pair("5 p.m. EST Nov. 9", "2024-11-09T17:00")
    );
    assert_eq!(
        one(
            "The tender runs until 5 p.m. EST, Nov. 6 at the latest.",
            WED
        ),
        pair("5 p.m. EST, Nov. 6", "2024-11-06T17:00")
    );
}

#[test]
fn parts_of_the_day_before_a_day() {
    let t = find("Shares rose by mid-afternoon yesterday.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!(
        t[0].span.of("Shares rose by mid-afternoon yesterday."),
        "mid-afternoon yesterday"
    );
    assert_eq!(t[0].value, "2024-10-22TAF");
    assert_eq!(t[0].modifier.as_deref(), Some("MID"));
    assert_eq!(
        one("Fighting resumed afternoon Tuesday, witnesses said.", WED),
        pair("afternoon Tuesday", "2024-10-22TAF")
    );
}

#[test]
fn tense_cues_for_plans_and_prepositions() {
    assert_eq!(
        one("Protesters were planning a march on Saturday.", WED),
        pair("Saturday", "2024-10-26")
    );
    // A participle after a present "are" looks ahead.
    assert_eq!(
        one("Two more flights are planned for Thursday.", WED),
        pair("Thursday", "2024-10-24")
    );
    // After a plan's verb the infinitive reaches a day further off; without one it does not.
    assert_eq!(
        one(
            "The union planned to hold a rally in Kitwe on Saturday.",
            WED
        ),
        pair("Saturday", "2024-10-26")
    );
    assert_eq!(
        one("The union tried to hold a rally in Kitwe on Saturday.", WED),
        pair("Saturday", "2024-10-19")
    );
    // "to" right before the day is a preposition, not an infinitive.
    assert_eq!(
        found("Shares were bought from Oct. 14 to Monday.", Some(WED)),
        vec![pair("Oct. 14", "2024-10-14"), pair("Monday", "2024-10-21")]
    );
}

#[test]
fn a_decimal_point_ends_no_clause_for_the_tense_cue() {
    // WED is 2024-10-23: "would" looks ahead over "0.4"; a full stop still ends the look.
    assert_eq!(
        one(
            "The bank said it would lower its rate by 0.4 percentage points from Monday.",
            WED
        ),
        pair("Monday", "2024-10-28")
    );
    assert_eq!(
        found("It would help. Rates fell 0.4 points on Monday.", Some(WED)),
        vec![pair("Monday", "2024-10-21")]
    );
}

#[test]
fn a_quarter_named_by_its_closing_month() {
    // WED is 2024-10-23.
    assert_eq!(
        found(
            "Unemployment rose in the September quarter and may fall in the December quarter.",
            Some(WED)
        ),
        vec![
            pair("the September quarter", "2024-Q3"),
            pair("the December quarter", "2024-Q4")
        ]
    );
}

#[test]
fn days_later_count_from_the_last_day_named() {
    // WED is 2024-10-23.
    assert_eq!(
        found(
            "The storm hit on Sunday. Two days later, the river crested.",
            Some(WED)
        ),
        vec![
            pair("Sunday", "2024-10-20"),
            pair("Two days later", "2024-10-22")
        ]
    );
    // No day named: the count is a duration.
    assert_eq!(
        one("Two days later the river crested.", WED),
        pair("Two days", "P2D")
    );
    // A clock time on a named day names it for a count back.
    assert_eq!(
        found(
            "The cable was cut at 3:40 a.m. on Tuesday. The ship had left two days earlier.",
            Some(WED)
        )[1],
        pair("two days earlier", "2024-10-20")
    );
}

#[test]
fn forecasts_and_into_look_ahead_to_the_weekend_and_a_late_past_verb_back_past_by() {
    // WED is 2024-10-23, in week 43.
    assert_eq!(
        one("The office has forecast more rain over the weekend.", WED),
        pair("the weekend", "2024-W43-WE")
    );
    assert_eq!(
        one("Flights could stay suspended into the weekend.", WED),
        pair("the weekend", "2024-W43-WE")
    );
    // "over the weekend" alone is the one just past.
    assert_eq!(
        one("Protesters gathered over the weekend.", WED),
        pair("the weekend", "2024-W42-WE")
    );
    assert_eq!(
        one(
            "By Tuesday evening about 1,200 residents of villages near the border had fled.",
            WED
        ),
        pair("Tuesday evening", "2024-10-22TEV")
    );
}

#[test]
fn the_rest_of_the_week_is_the_anchors_week() {
    // WED is 2024-10-23, in week 43.
    assert_eq!(
        one("Pools stay open for the rest of the week.", WED),
        pair("the rest of the week", "2024-W43")
    );
}

#[test]
fn an_ordinal_second_and_an_ordered_deadline() {
    // WED is 2024-10-23.
    assert!(found(
        "A second, smaller slide blocked a road used by a second-division club.",
        Some(WED)
    )
    .is_empty());
    assert_eq!(
        one("The light flickered for a second.", WED),
        pair("a second", "PT1S")
    );
    // "had ordered the army to deploy helicopters by Saturday": the order's deadline lies ahead.
    assert_eq!(
        one(
            "The minister had ordered the army to deploy helicopters by Saturday.",
            WED
        ),
        pair("Saturday", "2024-10-26")
    );
}

#[test]
fn quarters_named_by_comparison() {
    let text = "Profit rose in the third quarter. In the 1988 period it lost money, \
                as in the 1988 second quarter. For the quarter a year ago, sales fell. \
                Sales for last year's quarter fell too. The current quarter began well. \
                Results trailed the corresponding period last year.";
    let all = found(text, Some("1989-10-26"));
    assert_eq!(
        all,
        vec![
            pair("the third quarter", "1989-Q3"),
            pair("the 1988 period", "1988-Q3"),
            pair("the 1988 second quarter", "1988-Q2"),
            pair("the quarter a year ago", "1988-Q3"),
            pair("last year's quarter", "1988-Q3"),
            pair("The current quarter", "1989-Q4"),
            pair("the corresponding period last year", "1988-Q3"),
        ]
    );
    assert_eq!(
        one("Sales slowed in the last half of 1989.", WED),
        pair("the last half of 1989", "1989-H2")
    );
}

#[test]
fn deadlines_past_seasons_and_previous_weekdays() {
    // After "by" a month lies ahead, even half a year away.
    assert_eq!(
        one("Flights will double by April.", WED),
        pair("April", "2025-04")
    );
    assert_eq!(
        one("Sales slowed this past spring.", WED),
        pair("this past spring", "2024-SP")
    );
    assert_eq!(
        found(
            "Shares fell Friday, down from the previous Friday.",
            Some(WED)
        ),
        vec![
            pair("Friday", "2024-10-18"),
            pair("the previous Friday", "2024-10-11")
        ]
    );
    let t = find("Then, a week or so ago, the general moved.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].value, "2024-W42");
    assert_eq!(t[0].modifier.as_deref(), Some("APPROX"));
    // "about" stays outside the span.
    assert_eq!(
        one("The talks lasted about five hours.", WED),
        pair("five hours", "PT5H")
    );
}

/// Time-flavoured words and odd characters, so random texts hit the grammar often.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("the".to_string()),
        Just("last".to_string()),
        Just("year".to_string()),
        Just("Oct.".to_string()),
        Just("Friday".to_string()),
        Just("three".to_string()),
        Just("days".to_string()),
        Just("ago".to_string()),
        Just("p.m.".to_string()),
        Just("-".to_string()),
        Just("’s".to_string()),
        Just("early".to_string()),
        Just("quarter".to_string()),
        Just("1990s".to_string()),
        Just("today".to_string()),
        Just("week".to_string()),
        Just("of".to_string()),
        Just("soon".to_string()),
        Just("apart".to_string()),
        Just("one day".to_string()),
        "[0-9]{1,5}",
        "\\PC{0,6}",
    ]
}

proptest! {
    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries(
        words in prop::collection::vec(piece(), 0..40),
        seps in prop::collection::vec(prop_oneof![Just(" "), Just(", "), Just(". "), Just("\n"), Just("")], 40),
        anchored in any::<bool>(),
    ) {
        let mut text = String::new();
        for (w, s) in words.iter().zip(seps.iter()) {
            text.push_str(w);
            text.push_str(s);
        }
        let published = anchored.then_some("2024-02-29");
        let all = find(&text, published);
        let mut last_end = 0;
        for t in &all {
            prop_assert!(t.span.start < t.span.end);
            prop_assert!(t.span.start >= last_end);
            prop_assert!(t.span.end <= text.len());
            prop_assert!(text.is_char_boundary(t.span.start));
            prop_assert!(text.is_char_boundary(t.span.end));
            prop_assert!(!t.value.is_empty());
            last_end = t.span.end;
        }
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}", published in prop_oneof![Just(None), Just(Some("1999-12-31")), Just(Some("garbage"))]) {
        let all = find(&text, published);
        for t in &all {
            prop_assert!(text.get(t.span.start..t.span.end).is_some());
        }
    }
}

#[test]
fn quarter_under_report_is_one_already_over() {
    // The fourth quarter has not ended on Nov. 2: an outlook, so "the latest quarter" and
    // "a year ago" stay on the third.
    let text = "Acme posted third-quarter profit. It expects fourth-quarter sales to fall. \
                Sales in the latest quarter rose from a year ago.";
    let all = found(text, Some("1989-11-02"));
    assert_eq!(
        all,
        vec![
            pair("third-quarter", "1989-Q3"),
            pair("fourth-quarter", "1989-Q4"),
            pair("the latest quarter", "1989-Q3"),
            pair("a year ago", "1988-Q3"),
        ]
    );
    // The first quarter named may be a fiscal one just reported.
    let all = found(
        "Acme reported fourth-quarter profit, up from a year earlier.",
        Some("1989-11-02"),
    );
    assert_eq!(all[1], pair("a year earlier", "1988-Q4"));
}

#[test]
fn year_to_date_results_compare_years() {
    let text = "Third-quarter profit rose from a year earlier. In the first nine months, \
                profit rose from a year earlier, and the 1988 period had a gain.";
    let all = found(text, Some("1989-10-26"));
    assert_eq!(
        all,
        vec![
            pair("Third-quarter", "1989-Q3"),
            pair("a year earlier", "1988-Q3"),
            pair("the first nine months", "P9M"),
            pair("a year earlier", "1988"),
            pair("the 1988 period", "1988"),
        ]
    );
    // "a year-earlier loss" is a comparison, not a count of a year.
    let all = found(
        "It lost $5 in the third quarter, compared with a year-earlier loss of $6.",
        Some("1989-10-26"),
    );
    assert_eq!(all[1], pair("year-earlier", "1988-Q3"));
}

#[test]
fn clock_time_before_a_weekday_reads_the_clause() {
    // Published on a Monday: the deadline lies ahead.
    assert_eq!(
        one(
            "Officials gave the family until 9 a.m. Tuesday to sign.",
            "2000-04-03"
        ),
        pair("9 a.m. Tuesday", "2000-04-04T09:00")
    );
    assert_eq!(
        one(
            "The father will leave at 4 a.m. EDT Thursday.",
            "2000-04-05"
        ),
        pair("4 a.m. EDT Thursday", "2000-04-06T04:00")
    );
    // "overnight": the night before, or the night to come in a clause that looks ahead.
    assert_eq!(
        one("A strong quake struck overnight.", "2026-09-22"),
        pair("overnight", "2026-09-21TNI")
    );
    assert_eq!(
        one(
            "The wind was expected to strengthen overnight.",
            "2025-07-08"
        ),
        pair("overnight", "2025-07-08TNI")
    );
    // A part of the day alone after a preposition of time: the night told of in the past is
    // the one before; a day named before dates the rest; no noun's modifier.
    assert_eq!(
        one(
            "Crews worked through the night to restore power.",
            "2026-01-22"
        ),
        pair("the night", "2026-01-21TNI")
    );
    assert_eq!(
        one("Aftershocks continued through the morning.", "2026-03-12"),
        pair("the morning", "2026-03-12TMO")
    );
    assert_eq!(
        found(
            "The fire was put out by late afternoon.",
            Some("2026-04-20")
        ),
        vec![pair("late afternoon", "2026-04-20TAF")]
    );
    assert_eq!(
        found("He worked through the night shift.", Some("2026-04-20")),
        vec![]
    );
    // A part of the day before "on" and a day is one time of that day.
    assert_eq!(
        one("Most were released at dawn on Sunday.", "2026-03-15"),
        pair("dawn on Sunday", "2026-03-15TMO")
    );
    // So is a clock time before "on" and a day.
    assert_eq!(
        found(
            "Rescuers searched early Wednesday. The call came at 4:30 p.m. on Tuesday.",
            Some(WED)
        ),
        vec![
            pair("early Wednesday", "2024-10-23"),
            pair("4:30 p.m. on Tuesday", "2024-10-22T16:30"),
        ]
    );
}

#[test]
fn word_before_a_month_day_and_closed_periods() {
    assert_eq!(
        one("He was shot last Oct. 23 at his home.", "1999-04-19"),
        pair("Oct. 23", "1998-10-23")
    );
    // Nine months back would be ahead by the window; "ended" closes it.
    assert_eq!(
        found(
            "Sales rose in the fiscal year ended Jan. 31.",
            Some("1989-10-31")
        )[1],
        pair("Jan. 31", "1989-01-31")
    );
}

#[test]
fn names_that_look_like_times() {
    assert!(found("Sun, Hewlett-Packard and others say so.", Some(WED)).is_empty());
    assert!(found("Baker spoke on ABC's \"This Week\" program.", Some(WED)).is_empty());
    assert!(found("He said on CBS's \"60 Minutes.\"", Some(WED)).is_empty());
    assert!(found("A second group of directors sold.", Some(WED)).is_empty());
    assert!(found("A second Tsurugi flight was set.", Some(WED)).is_empty());
    // The time readings stay.
    assert_eq!(
        one("A second later the line went dead.", WED),
        pair("A second", "PT1S")
    );
    assert_eq!(
        one("Flights resume Sun., Oct. 27.", WED),
        pair("Sun., Oct. 27", "2024-10-27")
    );
    assert_eq!(
        one("Prices Rose This Week", WED),
        pair("This Week", "2024-W43")
    );
}

#[test]
fn couples_and_year_ends() {
    assert_eq!(
        one("Over the next couple of years sales will grow.", WED),
        pair("the next couple of years", "P2Y")
    );
    let t = find("The deal should close by year end.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].value, "2024");
    assert_eq!(t[0].modifier.as_deref(), Some("END"));
    assert_eq!(
        one("Rules should be in place by year's end.", WED),
        pair("year's end", "2024")
    );
}

#[test]
fn tense_cues_for_prepositions_and_earliest_days() {
    // Published on a Monday.
    assert_eq!(
        one("The father could come as early as Tuesday.", "2000-04-03"),
        pair("Tuesday", "2000-04-04")
    );
    // A sentence-initial "Until" bounds a past span; the verb after decides.
    assert_eq!(
        one(
            "Until Thursday, they had not called him a suspect.",
            "1999-05-07"
        ),
        pair("Thursday", "1999-05-06")
    );
    // "is to resume": an infinitive a few words before; "to the court" is a preposition.
    assert_eq!(
        one(
            "The stock is to resume trading in Paris Tuesday.",
            "1989-10-27"
        ),
        pair("Tuesday", "1989-10-31")
    );
    assert_eq!(
        one("He sent it to the court on Tuesday.", "1989-10-27"),
        pair("Tuesday", "1989-10-24")
    );
}

#[test]
fn paired_days_and_that_quarter() {
    assert_eq!(
        found(
            "The summit on April 24 and 25 went well.",
            Some("1999-02-10")
        ),
        vec![pair("April 24", "1999-04-24"), pair("25", "1999-04-25")]
    );
    // A count after the pair is no day.
    assert_eq!(
        found("It rose on Oct. 3 and 5 percent later.", Some("1999-02-10")).len(),
        1
    );
    assert_eq!(
        found(
            "Sales for the third quarter rose. Results for that quarter included a gain.",
            Some("1989-10-26")
        )[1],
        pair("that quarter", "1989-Q3")
    );
}

#[test]
fn halves_and_kinds_of_days() {
    assert_eq!(
        one("But a minute and a half later, a pilot called.", WED),
        pair("a minute and a half", "PT1M30S")
    );
    assert_eq!(
        one("The project took two and a half years.", WED),
        pair("two and a half years", "P2Y6M")
    );
    assert_eq!(
        one("The index lagged for eight trading days.", WED),
        pair("eight trading days", "P8D")
    );
}

#[test]
fn contexts_that_name_no_time() {
    // Idioms, vague amounts, gaps between events, statistics of a day, fractions.
    assert!(found("The showdown felt like high noon.", Some(WED)).is_empty());
    // "the end of the week" is the anchor's week; "the week" alone stays unnumbered.
    assert_eq!(
        one("Stocks would run out by the end of the week.", "2026-03-12"),
        pair("the end of the week", "2026-W11")
    );
    // "the future of" something is what becomes of it.
    assert!(found("It matters to the future of our peoples.", Some(WED)).is_empty());
    // A sentence-opening "Now," turns the discourse; "for now" dates.
    assert!(found("It was late. Now, he says, it is over.", Some(WED)).is_empty());
    assert_eq!(
        found("It was late. For now, the plan stands.", Some(WED)).len(),
        1
    );
    assert!(found("The deal should close in a matter of weeks.", Some(WED)).is_empty());
    assert!(found("The two blasts went off minutes apart.", Some(WED)).is_empty());
    assert!(found("The empire ruled for hundreds of years.", Some(WED)).is_empty());
    assert!(found("Average daily volume fell sharply.", Some(WED)).is_empty());
    assert!(found("Banks hold more than a quarter of the market.", Some(WED)).is_empty());
    assert!(found("Guards stood there 24 hours a day.", Some(WED)).is_empty());
    // "the early hours of Thursday": only the day is the expression.
    assert_eq!(
        found(
            "Police raided the flat in the early hours of Thursday.",
            Some(WED)
        ),
        vec![pair("Thursday", "2024-10-17")]
    );
    // "a quarter of a century" stays a time.
    assert!(found("It took a quarter of a century.", Some(WED))
        .iter()
        .any(|(span, _)| span == "a quarter"));
}

#[test]
fn today_as_these_days_or_a_name() {
    assert!(found("Parents worry about today's youth.", Some(WED)).is_empty());
    assert!(found("Chips power many of today's personal computers.", Some(WED)).is_empty());
    assert!(found("You are listening to VOA Today.", Some(WED)).is_empty());
    // A capitalized noun after it is a name: the day of the event.
    assert_eq!(
        one("Fans packed today's World Cup final.", WED),
        pair("today", "2024-10-23")
    );
    // The day of the report stays: "today's session", "Today, the court ruled".
    assert_eq!(
        one("Shares rose in today's session.", WED),
        pair("today", "2024-10-23")
    );
    assert_eq!(
        one("Today, the court ruled.", WED),
        pair("Today", "2024-10-23")
    );
}

#[test]
fn ages_in_any_unit() {
    assert!(found("Their 6-month-old daughter was unhurt.", Some(WED)).is_empty());
    assert!(found("A two-week-old calf wandered off.", Some(WED)).is_empty());
    assert_eq!(
        one("The six-month truce held.", WED),
        pair("six-month", "P6M")
    );
}

#[test]
fn soon_ahead_but_not_in_the_past() {
    assert_eq!(
        one("The firm will soon begin layoffs.", WED),
        pair("soon", "FUTURE_REF")
    );
    // A bound set by another event, or a clause in the past: no reference to the future.
    assert!(found("Call me as soon as possible.", Some(WED)).is_empty());
    assert!(found("He died soon after the attack.", Some(WED)).is_empty());
    assert!(found("She was soon released by the police.", Some(WED)).is_empty());
    assert!(found("The rumor soon became a flood.", Some(WED)).is_empty());
}

#[test]
fn the_week_unnumbered_and_the_week_of_a_day() {
    assert_eq!(
        one("For the week, the index fell 2%.", WED),
        pair("the week", "2024-WXX")
    );
    // The week of a named day is that day's ISO week.
    assert_eq!(
        one("A hearing is set for the week of Nov. 4.", WED),
        pair("the week of Nov. 4", "2024-W45")
    );
    // "this week" and "last week" stay numbered.
    assert_eq!(
        one("Prices fell last week.", WED),
        pair("last week", "2024-W42")
    );
}

#[test]
fn one_day_after_a_modal_is_some_day() {
    assert_eq!(
        one("She hopes she will one day fly to Mars.", WED),
        pair("one day", "FUTURE_REF")
    );
    assert_eq!(
        one("The trial lasted one day.", WED),
        pair("one day", "P1D")
    );
}

#[test]
fn holidays_counted_from_a_later_day_and_months_as_modifiers() {
    // Election Day: the first Tuesday after the first Monday of November.
    assert_eq!(
        one("Polls close on Election Day.", WED),
        pair("Election Day", "2024-11-05")
    );
    assert_eq!(
        one("Voters went to the polls on Election Day.", "2022-10-20"),
        pair("Election Day", "2022-11-08")
    );
    assert_eq!(
        one("Parades mark Labor Day.", "2024-08-20"),
        pair("Labor Day", "2024-09-02")
    );
    // "the March accession": the month modifies a noun.
    assert_eq!(
        one("The March accession will follow.", "1999-02-10"),
        pair("March", "1999-03")
    );
    assert!(found("The march went ahead.", Some(WED)).is_empty());
}

#[test]
fn that_same_day_is_the_last_day_named() {
    assert_eq!(
        found(
            "Rebels struck on Oct. 3. Troops left that same day.",
            Some(WED)
        ),
        vec![
            pair("Oct. 3", "2024-10-03"),
            pair("that same day", "2024-10-03")
        ]
    );
}

#[test]
fn a_recurrence_word_inside_a_name_is_no_time() {
    assert!(found("She told the New York Daily News about it.", Some(WED)).is_empty());
    assert!(found("Weekly Standard editors disagreed.", Some(WED)).is_empty());
    // A weekday after "the" and before a capitalized word is a name too; before a time word
    // or a lower-case noun it is a day.
    assert!(found("She told the Sunday Times about it.", Some(WED)).is_empty());
    assert_eq!(
        found("The Sunday meeting was cancelled.", Some(WED)),
        vec![pair("Sunday", "2024-10-20")]
    );
    assert_eq!(
        one(
            "The pier is inspected daily by the Harbour Daily staff.",
            WED
        ),
        pair("daily", "P1D")
    );
}

#[test]
fn a_full_month_name_leaves_the_sentence_period() {
    assert_eq!(
        one("The plant closed last June.", WED),
        pair("last June", "2024-06")
    );
    assert_eq!(
        one("The firm moved last Sept. to Ohio.", WED),
        pair("last Sept.", "2024-09")
    );
}

#[test]
fn a_hyphenated_quarter_leaves_the_determiner_to_its_noun() {
    assert_eq!(
        one("Analysts blamed the third-quarter loss on fuel costs.", WED),
        pair("third-quarter", "2024-Q3")
    );
    assert_eq!(
        one(
            "It posted income for the fiscal second-quarter of $8 million.",
            WED
        ),
        pair("fiscal second-quarter", "2024-Q2")
    );
}

#[test]
fn no_approximator_before_a_possessive_day() {
    assert_eq!(
        one("Lawyers looked for a way around Monday's verdict.", WED),
        pair("Monday", "2024-10-21")
    );
}

#[test]
fn dates_open_at_one_end() {
    let text = "The mine will not turn a profit until 2027 or later.";
    let all = find(text, Some(WED));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].span.of(text), "2027 or later");
    assert_eq!(all[0].value, "2027");
    assert_eq!(all[0].modifier.as_deref(), Some("ON_OR_AFTER"));
    assert_eq!(
        one(
            "Its plans reach to 2030 and beyond, the minister said.",
            WED
        ),
        pair("2030 and beyond", "2030")
    );
}

#[test]
fn vague_periods_ahead_and_coordinated() {
    assert_eq!(
        one("Shops expect slow sales in the months ahead.", WED),
        pair("the months ahead", "PXM")
    );
    assert_eq!(
        one(
            "The party unveiled its plans months ahead of the vote.",
            WED
        ),
        pair("months", "PXM")
    );
    assert_eq!(
        one("The repairs could take weeks or months to finish.", WED),
        pair("weeks or months", "PXW")
    );
}

#[test]
fn parts_of_a_day_counted_from_the_last_day() {
    assert_eq!(
        found(
            "The hikers reached the hut on Monday and left that night.",
            Some(WED)
        ),
        vec![
            pair("Monday", "2024-10-21"),
            pair("that night", "2024-10-21TNI")
        ]
    );
    assert_eq!(
        one("The crew rested, and the next morning it set off.", WED),
        pair("the next morning", "2024-10-24TMO")
    );
}

#[test]
fn this_coming_weekday_and_spoken_days_of_the_month() {
    assert_eq!(
        one("The vote takes place this coming Sunday.", WED),
        pair("this coming Sunday", "2024-10-27")
    );
    assert_eq!(
        one("The summit ended on October twenty-first.", WED),
        pair("October twenty-first", "2024-10-21")
    );
    assert_eq!(
        one("The fair opened on October fifth, organizers said.", WED),
        pair("October fifth", "2024-10-05")
    );
    // An ordinal before a hyphen or a noun belongs to what follows.
    assert_eq!(
        one("In October second-round voting was calm.", WED),
        pair("October", "2024-10")
    );
}

#[test]
fn holidays_after_last_and_next() {
    assert_eq!(
        one("The family came home last Thanksgiving.", WED),
        pair("last Thanksgiving", "2023-11-23")
    );
    assert_eq!(
        one("They hope to meet again next Christmas.", WED),
        pair("next Christmas", "2024-12-25")
    );
}

#[test]
fn a_participle_after_a_future_be_points_ahead() {
    assert_eq!(
        one("The winner will be announced Friday.", WED),
        pair("Friday", "2024-10-25")
    );
    assert_eq!(
        one("The winner was announced Friday.", WED),
        pair("Friday", "2024-10-18")
    );
}

#[test]
fn a_fiscal_year_ended_on_a_day_is_a_duration() {
    assert_eq!(
        found("In the fiscal year ended June 30, sales rose.", Some(WED)),
        vec![
            pair("the fiscal year", "P1Y"),
            pair("June 30", "2024-06-30")
        ]
    );
}

#[test]
fn a_month_after_since_has_begun() {
    // Three months ahead of the anchor would be next year's January without "since".
    assert_eq!(
        one("Since January, the ferry has run twice a day.", WED),
        pair("January", "2024-01")
    );
    assert_eq!(
        one("The ferry will run again in January.", WED),
        pair("January", "2025-01")
    );
}

#[test]
fn irregular_past_forms_place_a_far_month_before_the_anchor() {
    // February lies eight months back: the tense of the clause decides, and "bought" is past.
    assert_eq!(
        one(
            "The cooperative bought the old mill in February for a modest sum.",
            WED
        ),
        pair("February", "2024-02")
    );
    assert_eq!(
        one(
            "Voters chose a new council in February after a long campaign.",
            WED
        ),
        pair("February", "2024-02")
    );
    // Without a cue the month stays the next one.
    assert_eq!(
        one("A new council in February is the hope of many.", WED),
        pair("February", "2025-02")
    );
}

#[test]
fn words_between_a_count_and_its_unit() {
    assert_eq!(
        one("The lease runs for an additional year.", WED),
        pair("an additional year", "P1Y")
    );
    assert_eq!(
        one("Shares fell for three straight weeks.", WED),
        pair("three straight weeks", "P3W")
    );
    assert_eq!(
        one("The bank has 30 calendar days to reply.", WED),
        pair("30 calendar days", "P30D")
    );
    // After an article a kind of year is named, not a year counted.
    assert!(found("The club moved to a calendar year.", Some(WED)).is_empty());
}

#[test]
fn an_adjective_of_length_is_a_duration() {
    assert_eq!(
        one("Delegates ended their third day-long session.", WED),
        pair("day-long", "P1D")
    );
    assert_eq!(
        one("The union called a week-long strike.", WED),
        pair("week-long", "P1W")
    );
    assert_eq!(
        one("Their years-long quarrel is over.", WED),
        pair("years-long", "PXY")
    );
}

#[test]
fn former_roles_and_the_past_before_a_count_are_no_times() {
    assert!(found("Ms. Rowe, formerly a teacher, leads the board.", Some(WED)).is_empty());
    assert!(found(
        "Floods have crossed the valley for the past three summers.",
        Some(WED)
    )
    .iter()
    .all(|(_, value)| value != "PAST_REF"));
    assert_eq!(
        one("Historians study the past.", WED),
        pair("the past", "PAST_REF")
    );
}

#[test]
fn weeks_seasons_and_quarters_ahead() {
    // "earlier in the week" is the anchor's week, as "earlier this week" is.
    assert_eq!(
        one(
            "Lawmakers approved the bill earlier in the week.",
            "2026-03-15"
        ),
        pair("earlier in the week", "2026-W11")
    );
    // In April, "next winter" begins in December of the same year.
    assert_eq!(
        one("Prices will fall next winter.", "2026-04-14"),
        pair("next winter", "2026-WI")
    );
    // A quarter not yet begun is last year's report, unless the clause looks ahead.
    assert_eq!(
        one(
            "The government would hold an auction in the third quarter.",
            "2026-04-14"
        ),
        pair("the third quarter", "2026-Q3")
    );
    assert_eq!(
        one("Profit fell in the third quarter.", "2026-04-14"),
        pair("the third quarter", "2025-Q3")
    );
}

#[test]
fn fiscal_years_are_their_calendar_number() {
    // As TempEval-3 writes "fiscal 1989": the year, the words of the fiscal year inside.
    assert_eq!(
        one(
            "The plan for fiscal year 2027 cuts library budgets.",
            "2026-05-14"
        ),
        pair("fiscal year 2027", "2027")
    );
}

#[test]
fn a_second_before_a_comparative_is_an_ordinal() {
    assert_eq!(
        found("The union could call a second, longer stoppage.", Some(WED)),
        vec![]
    );
    assert_eq!(
        one("The flash lasted a second.", WED),
        pair("a second", "PT1S")
    );
}

#[test]
fn a_clock_time_does_not_lean_on_a_day_still_to_come() {
    // Published on a Tuesday: landfall is Wednesday's, the advisory this morning's.
    assert_eq!(
        found(
            "The storm will make landfall late Wednesday. An advisory issued at 5 a.m. said so.",
            Some("2026-09-15")
        ),
        vec![
            pair("late Wednesday", "2026-09-16"),
            pair("5 a.m.", "2026-09-15T05:00"),
        ]
    );
}

#[test]
fn a_half_of_the_year_is_the_anchors() {
    assert_eq!(
        one(
            "The deal should close in the second half of the year.",
            "2026-03-10"
        ),
        pair("the second half of the year", "2026-H2")
    );
}

#[test]
fn likelihoods_and_conditions_look_ahead() {
    // WED is a Wednesday: Saturday ahead, not behind.
    assert_eq!(
        one("Rain was likely to reach the coast from Saturday.", WED),
        pair("Saturday", "2024-10-26")
    );
    assert_eq!(
        one(
            "The union threatened a strike if talks on Friday failed.",
            WED
        ),
        pair("Friday", "2024-10-25")
    );
}

#[test]
fn seasons_after_time_prepositions_and_in_sets() {
    assert_eq!(
        one("The judge expects a decision by spring.", WED),
        pair("spring", "2024-SP")
    );
    let all = found("Volunteers walk the routes each spring.", Some(WED));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].1, "XXXX-SP");
    // "spring" the verb stays no time.
    assert!(found("Prices spring back.", Some(WED)).is_empty());
    // "to" before a plural noun is a preposition: Thursday lies behind.
    assert_eq!(
        one("The agency said so in a note to clients on Thursday.", WED),
        pair("Thursday", "2024-10-17")
    );
}

#[test]
fn a_scheduled_event_of_a_day_may_lie_ahead() {
    // WED: the unions will bring a plan to Friday's meeting (ahead); Monday's ruling is done.
    assert_eq!(
        one("The unions will bring a plan to Friday's meeting.", WED),
        pair("Friday", "2024-10-25")
    );
    assert_eq!(
        one("They will look for ways around Monday's ruling.", WED),
        pair("Monday", "2024-10-21")
    );
}

#[test]
fn an_infinitive_after_a_verb_of_deeds_is_no_plan() {
    // "failed to reach ... on Wednesday" tells of Wednesday past; "planned to" looks ahead.
    assert_eq!(
        one("The rocket failed to reach orbit on Monday.", WED),
        pair("Monday", "2024-10-21")
    );
    assert_eq!(
        one("They planned to leave on Monday.", WED),
        pair("Monday", "2024-10-28")
    );
}

#[test]
fn a_quarter_of_something_is_a_fraction_and_a_deadline_with_a_past_perfect_lies_behind() {
    assert!(found(
        "The bank raised its rate by a quarter of a point.",
        Some(WED)
    )
    .is_empty());
    assert_eq!(
        one("It turned a profit after several quarters of losses.", WED),
        pair("several quarters", "PXQ")
    );
    assert_eq!(
        one(
            "By Monday evening all the hospitals had switched to paper.",
            WED
        ),
        pair("Monday evening", "2024-10-21TEV")
    );
}

#[test]
fn a_weekday_after_since_lies_behind() {
    // Published on a Thursday; the infinitive "to handle" is no plan.
    assert_eq!(
        one(
            "Crosswinds had made the stretch hard to handle since Monday.",
            "2026-04-23"
        ),
        pair("Monday", "2026-04-20")
    );
}

#[test]
fn a_year_earlier_after_a_month_in_the_sentence_is_that_month_a_year_before() {
    assert_eq!(
        found(
            "Consumer prices rose 2.9% in May from a year earlier.",
            Some("2026-06-16")
        ),
        vec![pair("May", "2026-05"), pair("a year earlier", "2025-05")]
    );
    // Without a month before it, the year before.
    assert_eq!(
        one("Profit fell 10% from a year earlier.", "2026-06-16"),
        pair("a year earlier", "2025")
    );
    // A year named before it in the sentence is what it is a year before.
    assert_eq!(
        found(
            "Profit reached 2 billion euros in 2024, up 18% from a year earlier.",
            Some("2026-06-16")
        ),
        vec![pair("2024", "2024"), pair("a year earlier", "2023")]
    );
}

#[test]
fn a_tense_far_back_in_a_long_clause_still_dates_the_weekday() {
    // "had swept" is 14 words before the deadline: the day is the one just past.
    assert_eq!(
        one(
            "The flames had swept through more than 3,000 hectares of pine forest and mastic \
             groves by Monday evening.",
            WED
        ),
        pair("Monday evening", "2024-10-21TEV")
    );
    // "will have" a dozen words back: the coming Friday.
    assert_eq!(
        found(
            "Most homes will have their water supply cut off for eight hours every night from \
             Friday.",
            Some(WED)
        )
        .last()
        .cloned(),
        Some(pair("Friday", "2024-10-25"))
    );
}

#[test]
fn a_clock_time_that_recurs_daily_lies_on_no_one_day() {
    assert_eq!(
        found(
            "Water will be cut between 9 p.m. and 5 a.m. every night.",
            Some(WED)
        ),
        vec![
            pair("9 p.m.", "XXXX-XX-XXT21:00"),
            pair("5 a.m.", "XXXX-XX-XXT05:00"),
            pair("every night", "P1D")
        ]
    );
    // A day named with the time keeps it; without a recurrence the time is the anchor's.
    assert_eq!(
        one("The curfew begins at 10 p.m. on Friday.", WED),
        pair("10 p.m. on Friday", "2024-10-25T22:00")
    );
    assert_eq!(
        one("The blast came at 9 p.m.", WED),
        pair("9 p.m.", "2024-10-23T21:00")
    );
}

#[test]
fn the_period_of_a_sum_s_rate_is_a_set() {
    let t = find("Teachers earn £51,200 a year.", Some(WED));
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].value.as_str(), t[0].kind), ("P1Y", TimexKind::Set));
    let t = find("Traders lost about 18 million shillings a day.", Some(WED));
    assert_eq!((t[0].value.as_str(), t[0].kind), ("P1D", TimexKind::Set));
    // A count of things is no sum; a comparison is a date.
    assert!(find("It sells four flights a week.", Some(WED)).is_empty());
    assert_eq!(
        one("Profit fell from $163 million a year earlier.", WED).1,
        "2023"
    );
}

#[test]
fn to_before_a_figure_marks_no_plan() {
    // "raised ... to 45 percent on Thursday": "to" before a figure is a preposition; the
    // past tense dates the day.
    assert_eq!(
        one(
            "The bank raised its key rate by 750 basis points to 45 percent on Thursday.",
            WED
        ),
        pair("Thursday", "2024-10-17")
    );
}

#[test]
fn a_fraction_of_a_point_is_no_quarter_year() {
    assert!(found("The bank made a quarter-point cut.", Some(WED)).is_empty());
    assert!(found("It was a quarter-percentage-point rise.", Some(WED)).is_empty());
    assert_eq!(
        one("Profit rose in the quarter.", WED).0,
        "the quarter".to_string()
    );
}

#[test]
fn current_the_noun_is_no_present() {
    assert!(found("But the current is still too strong.", Some(WED)).is_empty());
    assert_eq!(
        one("The current government is weak.", WED),
        pair("current", "PRESENT_REF")
    );
}

#[test]
fn past_and_into_before_a_month_are_prepositions() {
    let feb = "2026-02-12";
    assert_eq!(
        one("The ban stays if the suspension holds past September.", feb),
        pair("September", "2026-09")
    );
    assert_eq!(
        one("She did not rule out extending the drive into March.", feb),
        pair("March", "2026-03")
    );
    assert_eq!(
        one("Sales rose this past September.", feb),
        pair("this past September", "2025-09")
    );
    // So is "past" before a holiday.
    assert_eq!(
        one("The campaign will not keep this pace past Labor Day.", feb),
        pair("Labor Day", "2026-09-07")
    );
}

#[test]
fn coming_looks_ahead_only_right_before_the_expression() {
    let tue = "2026-03-10";
    assert_eq!(
        one(
            "On Monday evening, workers coming off their shift said they were angry.",
            tue
        ),
        pair("Monday evening", "2026-03-09TEV")
    );
    assert_eq!(
        one("The vote is this coming Monday.", tue),
        pair("this coming Monday", "2026-03-16")
    );
}

#[test]
fn a_participle_after_a_determiner_is_no_past_and_a_commoditys_rate_recurs() {
    assert_eq!(
        one(
            "The government will stop all exports of unprocessed ore from January 1.",
            "2026-09-09"
        ),
        pair("January 1", "2027-01-01")
    );
    assert_eq!(
        one("The field will pump 170,000 barrels a day.", "2026-06-01"),
        pair("a day", "P1D")
    );
}

#[test]
fn a_deadline_followed_by_a_simple_past_verb_lies_behind() {
    assert_eq!(
        one("By Monday evening the slick stretched 12 kilometres.", WED),
        pair("Monday evening", "2024-10-21TEV")
    );
    // A deadline ahead stays ahead, also with a past cue after its comma.
    assert_eq!(
        one("It must be finished by Friday, he added.", WED),
        pair("Friday", "2024-10-25")
    );
}

#[test]
fn a_clock_time_takes_the_events_day_not_the_reports() {
    // Published on a Wednesday; the report's Tuesday dates no blast.
    assert_eq!(
        found(
            "A blast hit the depot on Monday night, police said on Tuesday. It happened at 9:40 p.m.",
            Some(WED)
        ),
        vec![
            pair("Monday night", "2024-10-21TNI"),
            pair("Tuesday", "2024-10-22"),
            pair("9:40 p.m.", "2024-10-21T21:40")
        ]
    );
    // After a night, a time before noon is the morning after.
    assert_eq!(
        found(
            "The quake struck overnight, officials said. It hit at 3:17 a.m.",
            Some(WED)
        )
        .last()
        .cloned(),
        Some(pair("3:17 a.m.", "2024-10-23T03:17"))
    );
}

#[test]
fn a_duration_with_a_period_after_it_recurs_but_all_day_is_no_time() {
    assert_eq!(
        found(
            "Suburbs will be without power for up to 10 hours a day.",
            Some(WED)
        ),
        vec![pair("up to 10 hours", "PT10H"), pair("a day", "P1D")]
    );
    assert!(found("Guards stood there 24 hours a day.", Some(WED)).is_empty());
}

#[test]
fn over_the_weekend_is_the_weekend_just_past() {
    assert_eq!(
        one(
            "The utility said it would extend the cuts after breakdowns over the weekend left \
             the grid short.",
            WED
        ),
        pair("the weekend", "2024-W42-WE")
    );
}

#[test]
fn a_participle_after_a_determiner_tells_no_tense() {
    // "scheduled" is a future cue as a verb; "a scheduled check" is an adjective, and the
    // past perfect dates the day.
    assert_eq!(
        one(
            "The cracks had been found during a scheduled check on Monday evening.",
            WED
        ),
        pair("Monday evening", "2024-10-21TEV")
    );
}

#[test]
fn a_participle_after_a_determiner_and_a_modifier_tells_no_tense() {
    // "controlled" in "a single controlled blast" is an adjective: the plan dates the day.
    assert_eq!(
        one(
            "The operator expects to bring the tower down in a single controlled blast on Saturday.",
            WED
        ),
        pair("Saturday", "2024-10-26")
    );
    // Without a determiner before the modifier the participle is still a verb.
    assert_eq!(
        one("The crew first controlled the blaze on Saturday.", WED),
        pair("Saturday", "2024-10-19")
    );
}

#[test]
fn a_deadline_in_a_condition_lies_ahead() {
    // "was paid" is the tense of a condition ("unless"), not of a day gone by.
    assert_eq!(
        one(
            "The gang threatened to publish the files unless a ransom was paid by Friday.",
            WED
        ),
        pair("Friday", "2024-10-25")
    );
    assert_eq!(
        one("The ship had docked by Friday.", WED),
        pair("Friday", "2024-10-18")
    );
}

#[test]
fn a_possibility_looks_ahead_but_a_denied_one_looks_back() {
    assert_eq!(
        one("It warned that disruptions could last into Thursday.", WED),
        pair("Thursday", "2024-10-24")
    );
    assert_eq!(
        one("Officials could not be reached on Monday.", WED),
        pair("Monday", "2024-10-21")
    );
    assert_eq!(
        one("You could hear the snow settling on Sunday.", WED),
        pair("Sunday", "2024-10-20")
    );
}

#[test]
fn in_the_afternoon_is_that_part_of_the_day_the_text_is_at() {
    assert_eq!(
        one(
            "The agency said it would consider a higher warning in the afternoon.",
            WED
        ),
        pair("the afternoon", "2024-10-23TAF")
    );
    assert_eq!(
        one("Shares fell 6.3% in afternoon trading.", WED),
        pair("afternoon", "2024-10-23TAF")
    );
}

#[test]
fn to_before_a_word_no_verb_list_knows_is_a_preposition() {
    assert_eq!(
        one(
            "The agency cut the country's rating to junk on Friday evening.",
            WED
        ),
        pair("Friday evening", "2024-10-18TEV")
    );
    // Before a verb it is an infinitive, and the plan looks ahead.
    assert_eq!(
        one("Trading is set to resume on Friday.", WED),
        pair("Friday", "2024-10-25")
    );
}

#[test]
fn a_past_deed_before_a_deadline_looks_back() {
    assert_eq!(
        one(
            "The strike left 23 ships waiting at anchor by Thursday evening.",
            WED
        ),
        pair("Thursday evening", "2024-10-17TEV")
    );
    // A request's deadline lies ahead, however it is tensed.
    assert_eq!(
        one("I have asked the railway for a full report by Monday.", WED),
        pair("Monday", "2024-10-28")
    );
}

#[test]
fn this_weekend_is_the_anchor_weeks_unless_a_monday_looks_back() {
    assert_eq!(
        one("The protest is planned for this weekend.", "2026-06-04"),
        pair("this weekend", "2026-W23-WE")
    );
    assert_eq!(
        one("Protesters marched this weekend.", "2026-06-01"),
        pair("this weekend", "2026-W22-WE")
    );
}

#[test]
fn a_forecast_made_in_a_month_and_a_request_to_act_on_a_day() {
    // "it forecast in June" tells when the forecast was made; "was forecast on" looks ahead.
    assert_eq!(
        one(
            "The estimate was cut from the 31 million tonnes it forecast in June.",
            "2026-09-03"
        ),
        pair("June", "2026-06")
    );
    // After a verb of a request the infinitive looks ahead, however far its day.
    assert_eq!(
        one(
            "The group urged fans to protest outside the stadium on Saturday.",
            "2026-08-20"
        ),
        pair("Saturday", "2026-08-22")
    );
}

#[test]
fn a_season_naming_a_kind_of_storm_is_no_time() {
    assert_eq!(
        found(
            "Winter Storm Hollis and a second winter storm hit this winter.",
            Some("2026-01-27")
        ),
        vec![pair("this winter", "2026-WI")]
    );
}

#[test]
fn expectations_duties_and_bounds_look_ahead() {
    assert_eq!(
        one(
            "So expect a lot of bargaining over the weekend.",
            "2026-04-15"
        ),
        pair("the weekend", "2026-W16-WE")
    );
    assert_eq!(
        one(
            "Water would be trucked in if the intake stayed closed beyond the weekend.",
            "2026-03-11"
        ),
        pair("the weekend", "2026-W11-WE")
    );
    assert_eq!(
        one(
            "Most homes should be reconnected by late Friday.",
            "2026-11-05"
        ),
        pair("late Friday", "2026-11-06")
    );
    // A kind of day between the count and its unit.
    assert_eq!(
        one("Pupils lost 11 school days.", "2026-11-25"),
        pair("11 school days", "P11D")
    );
}

#[test]
fn hyphen_compounds_a_timetable_and_a_headline_line() {
    // A time word glued to a hyphen and a word is no time; "post-1959" is a year.
    assert_eq!(
        found(
            "Night-time traffic rose, the plant makes 30 gigawatt-hours, and post-1959 law held.",
            Some("2026-05-21")
        ),
        vec![pair("1959", "1959")]
    );
    // A timetable in the present looks ahead.
    assert_eq!(
        one("Its programme with Zambia ends in October.", "2026-04-09"),
        pair("October", "2026-10")
    );
    // A headline's verb does not date the first sentence's day.
    assert_eq!(
        one(
            "Trial ends with clash\n\nThe department on Wednesday urged a judge to rule.",
            "2026-02-26"
        ),
        pair("Wednesday", "2026-02-25")
    );
}

#[test]
fn a_quarter_named_by_its_months() {
    assert_eq!(
        one("The bank swung to a loss in the April-June quarter.", WED),
        pair("the April-June quarter", "2024-Q2")
    );
    assert_eq!(
        one(
            "It expects a profit in the October to December quarter.",
            WED
        ),
        pair("the October to December quarter", "2024-Q4")
    );
    // Months that span no calendar quarter name none.
    assert!(found("Sales rose in the May-July quarter.", Some(WED))
        .iter()
        .all(|(_, value)| !value.contains('Q')));
}

#[test]
fn a_twenty_four_hour_clock_is_a_time() {
    assert_eq!(
        one("There has been no contact since 04:10.", WED),
        pair("04:10", "2024-10-23T04:10")
    );
    assert_eq!(
        one("The ship stopped at 14:30 local time on Tuesday.", WED),
        pair("14:30 local time on Tuesday", "2024-10-22T14:30")
    );
    // A one-digit hour with nothing after it may be a score.
    assert!(found("The score was 2:30 at the break.", Some(WED)).is_empty());
}

#[test]
fn the_coming_weekend_is_the_first_one_ahead() {
    // A Wednesday: this week's weekend; "next weekend" stays the one after.
    assert_eq!(
        one("Matches set for the coming weekend were called off.", WED),
        pair("the coming weekend", "2024-W43-WE")
    );
    assert_eq!(
        one("Matches set for next weekend were called off.", WED),
        pair("next weekend", "2024-W44-WE")
    );
}

#[test]
fn a_second_before_what_it_counts_is_an_ordinal() {
    let all = found(
        "The union said a second 48-hour stoppage would follow on Friday.",
        Some("2026-11-03"),
    );
    assert!(
        !all.iter().any(|(span, _)| span.contains("second")),
        "{all:?}"
    );
    assert_eq!(
        one("A second later the line went dead.", "2026-11-03"),
        pair("A second", "PT1S")
    );
    assert_eq!(
        one("Wait a second.", "2026-11-03"),
        pair("a second", "PT1S")
    );
}

#[test]
fn clock_times_with_a_point_or_a_part_of_the_day() {
    // "10.15 p.m.": a point between hour and minute, British style.
    assert_eq!(
        one("The leak began at 10.15 p.m. near the plant.", WED),
        pair("10.15 p.m.", "2024-10-23T22:15")
    );
    // An hour, in words or digits, before "in the morning" or "at night".
    assert_eq!(
        one("We heard it go at four in the morning.", WED),
        pair("four in the morning", "2024-10-23T04:00")
    );
    assert_eq!(
        one("The match ended at 11 at night.", WED),
        pair("11 at night", "2024-10-23T23:00")
    );
    // A decimal is no time; a count of hours stays a duration.
    assert!(found("Unemployment fell to 10.15 percent.", Some(WED)).is_empty());
    assert_eq!(
        found("He sleeps four hours in the morning.", Some(WED))[0],
        pair("four hours", "PT4H")
    );
}

#[test]
fn the_period_of_an_abbreviated_month_or_title_ends_no_clause_for_the_tense() {
    let found = found(
        "Officials will begin a recount of the Nov. 3 race on Monday.",
        Some("2026-11-21"),
    );
    assert_eq!(found[1], pair("Monday", "2026-11-23"), "{found:?}");
    let found = found_in("Gov. Ruiz will sign the bill on Friday.", "2026-11-21");
    assert_eq!(found, vec![pair("Friday", "2026-11-27")]);
}

#[test]
fn a_measure_a_day_recurs_as_a_sum_of_money_does() {
    let found = found_in("The plant treats 1,500 cubic metres a day.", "2026-11-21");
    assert_eq!(found, vec![pair("a day", "P1D")]);
}

fn found_in(text: &str, published: &str) -> Vec<(String, String)> {
    found(text, Some(published))
}

#[test]
fn a_count_with_a_thousands_comma_is_one_number() {
    let found = found_in(
        "The spills lasted a combined 41,000 hours, the regulator said.",
        "2026-02-11",
    );
    assert_eq!(found, vec![pair("41,000 hours", "PT41000H")]);
}

#[test]
fn declining_to_comment_on_a_day_is_a_deed_of_that_past_day() {
    let found = found_in("The office declined to comment on Saturday.", "2026-05-17");
    assert_eq!(found, vec![pair("Saturday", "2026-05-16")]);
}
