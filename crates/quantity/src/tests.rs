use super::*;
use proptest::prelude::*;

fn one(text: &str) -> Quantity {
    let qs = find(text);
    assert_eq!(qs.len(), 1, "expected one quantity in {text:?}, got {qs:?}");
    qs.into_iter().next().unwrap()
}

fn covered<'a>(text: &'a str, q: &Quantity) -> &'a str {
    q.span.of(text)
}

fn values(text: &str) -> Vec<f64> {
    find(text).iter().map(|q| q.value).collect()
}

fn unit_of(text: &str) -> Option<String> {
    one(text).unit
}

fn units(text: &str) -> Vec<Option<String>> {
    find(text).into_iter().map(|q| q.unit).collect()
}

// ---------------------------------------------------------------- digits

#[test]
fn digits_with_thousands_groups_and_decimals() {
    assert_eq!(values("The convoy carried 10,000 rounds."), vec![10000.0]);
    assert_eq!(values("It weighed 2.75 kg in all."), vec![2.75]);
    assert_eq!(values("A rate of .5 percent was set."), vec![0.5]);
}

#[test]
fn digits_with_scale_words_and_abbreviations() {
    assert_eq!(one("The fund holds 1.5 million shares.").value, 1.5e6);
    assert_eq!(one("They raised $1.13bn last round.").value, 1.13e9);
    assert_eq!(one("A £600m contract was signed.").value, 6e8);
    assert_eq!(one("A grant of €5 bn was announced.").value, 5e9);
    assert_eq!(one("The app has 10k users.").value, 1e4);
    assert_eq!(one("There were 4 hundred million voters.").value, 4e8);
}

#[test]
fn lowercase_m_is_a_metre_without_money_and_a_million_with_it() {
    let q = one("The wall is 37m high.");
    assert_eq!((q.value, q.unit.as_deref()), (37.0, Some("metre")));
    let q = one("The wall cost $37m to build.");
    assert_eq!((q.value, q.unit.as_deref()), (37e6, Some("dollar")));
}

#[test]
fn negative_and_signed_numbers() {
    assert_eq!(one("The gain was minus-5 yards on the play.").value, -5.0);
    assert_eq!(one("Lows reach -12 degrees at night.").value, -12.0);
    assert_eq!(one("The index closed +0.4% higher.").value, 0.4);
}

#[test]
fn scientific_notation() {
    let q = one("Its mass is 2×10−3 kilograms.");
    assert!((q.value - 2e-3).abs() < 1e-12);
    assert_eq!(q.unit.as_deref(), Some("kilogram"));
}

// ---------------------------------------------------------------- words

#[test]
fn number_words() {
    assert_eq!(one("They sent two brigades north.").value, 2.0);
    assert_eq!(one("They bought a dozen eggs.").value, 12.0);
    assert_eq!(one("It has twenty-five members.").value, 25.0);
    assert_eq!(
        one("The hall seats one hundred and fifty guests.").value,
        150.0
    );
}

#[test]
fn composite_number_words() {
    assert_eq!(
        one("About two hundred thousand people fled.").value,
        200_000.0
    );
    assert_eq!(one("Some three million votes were cast.").value, 3e6);
    assert_eq!(one("Half a million homes lost power.").value, 5e5);
}

#[test]
fn fractions() {
    let q = one("Nearly two-thirds of voters agreed.");
    assert!((q.value - 2.0 / 3.0).abs() < 1e-12);
    assert!(q.approx);
    assert!((one("Only one-third of the funds arrived.").value - 1.0 / 3.0).abs() < 1e-12);
    assert!((one("A third of the staff resigned.").value - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(one("Half of the wells ran dry.").value, 0.5);
    let q = one("A cup is 1/16 of a gallon.");
    assert_eq!((q.value, q.unit.as_deref()), (0.0625, Some("gallon")));
    assert!((one("One out of four residents moved.").value - 0.25).abs() < 1e-12);
}

#[test]
fn a_bare_parallel_number_shares_the_unit() {
    assert_eq!(
        units("The index gained by 3 percent and the bond fell by 2."),
        vec![Some("percentage".into()), Some("percentage".into())]
    );
    assert_eq!(
        units("It closed at 2,100.5 points, and the other lost 1% to close at 1,950.25."),
        vec![
            Some("point".into()),
            Some("percentage".into()),
            Some("point".into())
        ]
    );
    // Another preposition, or another sentence: no parallel.
    assert_eq!(
        units("Shares rose 8% to 3.65 on the day."),
        vec![Some("percentage".into()), None]
    );
    assert_eq!(
        units("It grew by 3 percent. Sales fell by 2."),
        vec![Some("percentage".into()), None]
    );
}

#[test]
fn a_part_of_a_whole_shares_its_unit() {
    let qs = find("They have raised 40 million of the 90 million euros they need.");
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].unit.as_deref(), Some("euro"));
    assert_eq!(qs[0].value, 4e7);
    // A larger "part" is no part.
    let qs = find("Some 900 of the 90 soldiers left.");
    assert_eq!(qs[0].unit, None);
}

#[test]
fn fractions_of_a_group_are_shares_of_it() {
    assert_eq!(
        unit_of("Nearly two-thirds of voters agreed."),
        Some("% voter".into())
    );
    assert_eq!(
        unit_of("One out of four residents moved."),
        Some("% resident".into())
    );
    // A collective noun ends the group: "lives" is the verb.
    let text = "A third of the Dutch population lives near the coast.";
    let q = one(text);
    assert_eq!(q.unit.as_deref(), Some("% dutch population"));
    assert_eq!(covered(text, &q), "A third of the Dutch population");
    assert_eq!(
        unit_of("Half of all first-time buyers rent."),
        Some("% first-time buyer".into())
    );
    assert_eq!(
        unit_of("Half of the money is gone."),
        Some("% money".into())
    );
    // Without "of" before a noun, "a third" is an ordinal.
    assert!(find("Officials reported a third death.").is_empty());
    assert!((one("Costs fell by a third.").value - 1.0 / 3.0).abs() < 1e-12);
    // A fraction of a measure keeps the measure.
    assert_eq!(unit_of("The board is 3/4 inch thick."), Some("inch".into()));
    // A number in the group counts it; the fraction is a share of what that number
    // counts, also across a determiner and an adjective or two.
    let qs = find("About two-thirds of the combined 4.3M digital sales came late.");
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].unit.as_deref(), Some("% digital sale"));
    assert_eq!(qs[1].unit.as_deref(), Some("digital sale"));
}

#[test]
fn a_fraction_of_a_counted_whole_is_a_share_of_its_noun() {
    let qs = find("Half of the 400 nurses walked out on Monday.");
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].unit.as_deref(), Some("% nurse"));
    assert_eq!(qs[1].unit.as_deref(), Some("nurse"));
    let qs = find("A quarter of its 120 branches will shut.");
    assert_eq!(qs[0].unit.as_deref(), Some("% branch"));
    // A whole number taken from a whole is a part in the whole's unit, not a share.
    let qs = find("So far 30 of their 90 members have voted.");
    assert_eq!(qs[0].unit.as_deref(), Some("member"));
    // A fraction of an amount of money is no share of a group.
    let qs = find("Half of the $8 million grant is spent.");
    assert_eq!(qs[0].unit.as_deref(), Some("dollar"));
}

#[test]
fn ratios_of_two_whole_numbers_are_shares() {
    let text = "About one in five shoppers switched to discount chains.";
    let q = one(text);
    assert!((q.value - 0.2).abs() < 1e-12);
    assert_eq!(covered(text, &q), "About one in five shoppers");
    assert_eq!(q.unit.as_deref(), Some("% shopper"));
    assert!((one("Roughly 3 in 10 nurses quit.").value - 0.3).abs() < 1e-12);
    // A count within a duration is no ratio.
    assert_eq!(values("He scored 5 in 10 days."), vec![5.0, 10.0]);
    // Fifths and tenths are shares too, but "a fifth term" is an ordinal.
    assert!((one("Exports were roughly a fifth of the total.").value - 0.2).abs() < 1e-12);
    assert!((one("Two-fifths of voters agreed.").value - 0.4).abs() < 1e-12);
    assert!(find("She won a fifth term.").is_empty());
}

#[test]
fn a_change_by_two_close_values_is_a_range_of_its_size() {
    let text = "The company plans to cut output by 20% to 30% from July.";
    let q = one(text);
    assert_eq!((q.value, q.high), (20.0, Some(30.0)));
    assert_eq!(covered(text, &q), "20% to 30%");
    // A result far above the change is the change's outcome.
    assert_eq!(
        values("Sales rose by $43.6 billion to $419.2 billion."),
        vec![43.6e9, 419.2e9]
    );
}

#[test]
fn vague_plurals_are_approximate_low_ends() {
    let q = one("Tens of thousands of people marched.");
    assert_eq!(
        (q.value, q.approx, q.unit.as_deref()),
        (10_000.0, true, Some("people"))
    );
    let q = one("Hundreds of soldiers crossed the river.");
    assert_eq!(
        (q.value, q.approx, q.unit.as_deref()),
        (100.0, true, Some("soldier"))
    );
    let q = one("It cost tens of millions of dollars.");
    assert_eq!((q.value, q.unit.as_deref()), (1e7, Some("dollar")));
    // The range spans one order of magnitude.
    assert_eq!(one("Dozens of homes burned.").high, Some(120.0));
    assert_eq!(one("Thousands of people fled.").high, Some(10_000.0));
}

// ---------------------------------------------------------------- ranges

#[test]
fn between_and_range() {
    let text = "Officials said between 10,000 and 12,000 troops were deployed.";
    let q = one(text);
    assert_eq!((q.value, q.high), (10_000.0, Some(12_000.0)));
    assert_eq!(q.unit.as_deref(), Some("troop"));
    assert_eq!(covered(text, &q), "between 10,000 and 12,000 troops");
}

#[test]
fn hyphen_and_from_to_ranges() {
    let q = one("A force of 10,000-12,000 soldiers gathered.");
    assert_eq!(
        (q.value, q.high, q.unit.as_deref()),
        (10_000.0, Some(12_000.0), Some("soldier"))
    );
    // "went" is a change word: only the new value is a figure, with its unit.
    let q = one("Growth went from 5 to 7 percent, the bank said.");
    assert_eq!(
        (q.value, q.high, q.unit.as_deref()),
        (7.0, None, Some("percentage"))
    );
    let q = one("Prices range from 5 to 7 percent this season.");
    assert_eq!(
        (q.value, q.high, q.unit.as_deref()),
        (5.0, Some(7.0), Some("percentage"))
    );
}

#[test]
fn range_scale_applies_to_the_low_end() {
    let q = one("There are 1 to 2 thousand workers there.");
    assert_eq!((q.value, q.high), (1000.0, Some(2000.0)));
    let q = one("A fine of $3 billion to $5 billion is expected.");
    assert_eq!(
        (q.value, q.high, q.unit.as_deref()),
        (3e9, Some(5e9), Some("dollar"))
    );
}

#[test]
fn change_from_to_keeps_only_the_new_value() {
    let q = one("Sales rose from $5 million to $7 million.");
    assert_eq!(
        (q.value, q.high, q.unit.as_deref()),
        (7e6, None, Some("dollar"))
    );
    // Words and years between the two values do not hide the change.
    let text = "The price slid from $80 a barrel in 2019 to $45.50 on Friday.";
    let q = one(text);
    assert_eq!((q.value, covered(text, &q)), (45.5, "$45.50"));
    let q = one("Range grew from up to 240 miles to 290 miles.");
    assert_eq!(q.value, 290.0);
    // A change from one range to another keeps the new range.
    let q = one("The bank cut its forecast from 5 to 7 per cent to 3 to 4 per cent.");
    assert_eq!((q.value, q.high), (3.0, Some(4.0)));
    // The old value may itself be a range; the new one after it stays whole.
    let qs = find("Sales are set to climb from 24.5 to 30-32 billion euros within 8 years.");
    assert_eq!((qs[0].value, qs[0].high), (30e9, Some(32e9)));
    assert_eq!(qs.len(), 2);
    let q = one("The forecast is now down from the $50 to $60 billion it had projected.");
    assert_eq!((q.value, q.high), (50e9, Some(60e9)));
    // "from" then another clause: no change, both kept.
    assert_eq!(
        values("It fell from 9 points; analysts expect 12 percent next."),
        vec![9.0, 12.0]
    );
}

// ---------------------------------------------------------------- money

#[test]
fn money_symbols_and_scales() {
    let q = one("The package is worth $2 billion.");
    assert_eq!((q.value, q.unit.as_deref()), (2e9, Some("dollar")));
    assert_eq!(currency_code("dollar"), Some("USD"));
    assert_eq!(
        unit_of("They paid £600m for it."),
        Some("pound sterling".into())
    );
    assert_eq!(unit_of("They paid €5 bn for it."), Some("euro".into()));
    assert_eq!(
        unit_of("He paid HK$300 for the ticket."),
        Some("hong kong dollar".into())
    );
    assert_eq!(
        unit_of("He paid A$30 for the ticket."),
        Some("australian dollar".into())
    );
}

#[test]
fn money_names_after_the_number() {
    let q = one("The bill came to 2 million dollars.");
    assert_eq!((q.value, q.unit.as_deref()), (2e6, Some("dollar")));
    assert_eq!(
        unit_of("A bowl costs 800 yen there."),
        Some("japanese yen".into())
    );
    assert_eq!(
        unit_of("A bowl costs 9,000 won there."),
        Some("south korean won".into())
    );
    assert_eq!(currency_code("south korean won"), Some("KRW"));
    assert_eq!(unit_of("It sold for 1,200€ online."), Some("euro".into()));
}

#[test]
fn a_lowercase_a_before_a_dollar_sign_is_no_currency_code() {
    let q = one("They pay a $3500 a month rent.");
    assert_eq!(q.unit.as_deref(), Some("dollar per month"));
}

#[test]
fn rates() {
    assert_eq!(
        unit_of("Oil traded at $58.24 per barrel."),
        Some("dollar per barrel".into())
    );
    assert_eq!(
        unit_of("Gold sold at $1,271 an ounce."),
        Some("dollar per ounce".into())
    );
    // "a year earlier" dates the figure; it is no rate.
    assert_eq!(
        unit_of("Revenue was $6.7 billion a year earlier."),
        Some("dollar".into())
    );
    // A conversion in brackets between the amount and its rate.
    let text = "It is a 4 billion rupees ($48 million) a year trade.";
    let qs = find(text);
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].unit.as_deref(), Some("indian rupee per year"));
    assert_eq!(covered(text, &qs[0]), "4 billion rupees");
    assert_eq!(qs[1].unit.as_deref(), Some("dollar"));
}

#[test]
fn us_and_imperial_measures() {
    assert_eq!(
        unit_of("One US fluid ounce is small."),
        Some("ounce".into())
    );
    assert_eq!(unit_of("Add 2 fl oz of milk."), Some("ounce".into()));
    assert_eq!(unit_of("It holds 5 UK gallons."), Some("gallon".into()));
}

// ---------------------------------------------------------------- percent

#[test]
fn percentages() {
    assert_eq!(
        unit_of("Turnout was 76% on Sunday."),
        Some("percentage".into())
    );
    assert_eq!(
        unit_of("Turnout was 12 percent on Sunday."),
        Some("percentage".into())
    );
    assert_eq!(
        unit_of("Turnout was 12 per cent on Sunday."),
        Some("percentage".into())
    );
    assert_eq!(
        unit_of("Yields hit 4.1pc on Sunday."),
        Some("percentage".into())
    );
    assert_eq!(
        unit_of("Rates rose 2 percentage points."),
        Some("percentage point".into())
    );
}

// ---------------------------------------------------------------- approximation

#[test]
fn approximation_cues_set_approx_and_open_the_span() {
    for cue in [
        "approximately",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "roughly",
        "more than",
        "over",
        "at least",
        "up to",
        "fewer than",
        "less than",
        "an estimated",
    ] {
        let text = format!("Reports said {cue} 300 soldiers died.");
        let q = one(&text);
        assert!(q.approx, "{cue}");
        assert_eq!(covered(&text, &q), format!("{cue} 300 soldiers"));
    }
    assert!(!one("Reports said 300 soldiers died.").approx);
}

// ---------------------------------------------------------------- units and heads

#[test]
fn counted_noun_skips_nationalities() {
    let text = "The agency said 3,000 North Korean soldiers had arrived.";
    let q = one(text);
    assert_eq!(q.unit.as_deref(), Some("soldier"));
    assert_eq!(covered(text, &q), "3,000 North Korean soldiers");
    assert_eq!(
        unit_of("Some 12,000 troops were moved."),
        Some("troop".into())
    );
    assert_eq!(
        unit_of("They counted 1,000 Americans."),
        Some("american".into())
    );
    // Before a place noun the nationality classifies it and stays.
    assert_eq!(
        unit_of("A poll of seven European countries ran."),
        Some("european country".into())
    );
    assert_eq!(
        unit_of("Floods hit three South Korean cities."),
        Some("south korean city".into())
    );
}

#[test]
fn modifiers_joined_by_and_share_one_head() {
    assert_eq!(
        unit_of("It sold 2.1M print and digital copies."),
        Some("print digital copy".into())
    );
    assert_eq!(
        unit_of("He fixed dozens of Ford and Toyota trucks."),
        Some("ford toyota truck".into())
    );
    // "and" before a function word ends the phrase.
    assert_eq!(
        unit_of("They won 3 games and the cup."),
        Some("game".into())
    );
}

#[test]
fn counted_noun_phrases_keep_other_modifiers_and_singularize() {
    assert_eq!(
        unit_of("They flew 14 first-team players home."),
        Some("first-team player".into())
    );
    assert_eq!(
        unit_of("The port moved 9 shipping containers."),
        Some("shipping container".into())
    );
    assert_eq!(
        unit_of("We met 60 commercial fishermen there."),
        Some("commercial fisherman".into())
    );
    assert_eq!(
        unit_of("They found 3 viruses in the hive."),
        Some("virus".into())
    );
    assert_eq!(unit_of("There were 5 bosses to beat."), Some("boss".into()));
    assert_eq!(
        unit_of("They sold 40 batteries yesterday."),
        Some("battery".into())
    );
    assert_eq!(
        unit_of("He has one solution for that."),
        Some("solution".into())
    );
}

#[test]
fn measure_nouns_are_their_own_unit() {
    assert_eq!(
        unit_of("They gave up 517 rushing yards."),
        Some("yard".into())
    );
    assert_eq!(
        unit_of("The road runs 20 km east."),
        Some("kilometre".into())
    );
    assert_eq!(
        unit_of("The car tops 155mph on the straight."),
        Some("mile per hour".into())
    );
    assert_eq!(
        unit_of("They pumped 52,000 barrels a day."),
        Some("barrel per day".into())
    );
    assert_eq!(
        unit_of("He is a 50-year-old farmer."),
        Some("year of age".into())
    );
    assert_eq!(
        unit_of("The engine makes 296 hp."),
        Some("horsepower".into())
    );
    assert_eq!(
        unit_of("They shipped 5 tonnes of grain."),
        Some("tonne".into())
    );
}

#[test]
fn a_scale_joined_by_a_hyphen_scales_the_figure() {
    let found = find("The cabinet approved a 150-billion-baht package and a $2-billion deal.");
    let got: Vec<(f64, Option<String>)> = found.iter().map(|q| (q.value, q.unit.clone())).collect();
    assert_eq!(
        got,
        vec![
            (150e9, Some("thai baht".into())),
            (2e9, Some("dollar".into()))
        ]
    );
}

#[test]
fn francs_tugriks_and_kyats() {
    assert_eq!(
        units("The Zurich lender pays 18.50 francs and 12 billion tugrik and 3 million kyats."),
        vec![
            Some("swiss franc".into()),
            Some("mongolian tugrik".into()),
            Some("myanmar kyat".into())
        ]
    );
}

#[test]
fn durations_keep_their_time_unit() {
    // The extract crate drops these where a timex covers them.
    assert_eq!(
        unit_of("He served three years in prison."),
        Some("year".into())
    );
}

#[test]
fn a_bare_number_after_and_counts_what_the_conjunct_before_counts() {
    assert_eq!(
        units("The river rose 2.5 metres in March and 1.8 in April."),
        vec![Some("metre".into()), Some("metre".into())]
    );
    assert_eq!(
        units("Police held 14 people on Friday and 6 on Saturday."),
        vec![Some("people".into()), Some("people".into())]
    );
    assert_eq!(
        units("Turnout was 61% in the north but 48 in the south."),
        vec![Some("percentage".into()), Some("percentage".into())]
    );
    // A part of something else follows: no ellipsis; the part counts what it is part of.
    assert_eq!(
        units("The chain shut 40 stores and 3 of its warehouses."),
        vec![Some("store".into()), Some("warehouse".into())]
    );
    // Money is not carried (its scale may be left unsaid too), nor across a sentence.
    assert_eq!(
        units("Tickets cost $15 and 300 were sold."),
        vec![Some("dollar".into()), None]
    );
    assert_eq!(
        units("It gained 4 kg. And 2 in the next week."),
        vec![Some("kilogram".into()), None]
    );
}

#[test]
fn words_that_add_to_the_counted_things_are_passed_over() {
    assert_eq!(
        unit_of("Police questioned four other suspects."),
        Some("suspect".into())
    );
    assert_eq!(
        unit_of("The club wants three more strikers."),
        Some("striker".into())
    );
    assert_eq!(unit_of("Doctors saw two such cases."), Some("case".into()));
    assert_eq!(
        unit_of("The party won 12 fewer seats."),
        Some("seat".into())
    );
}

#[test]
fn a_rank_modifier_before_the_number_joins_the_counted_noun() {
    assert_eq!(
        unit_of("The top three finishers go through."),
        Some("top finisher".into())
    );
    assert_eq!(
        unit_of("She is among the top 20 earners in the league."),
        Some("top earner".into())
    );
    // A measure keeps its own name; other words before the number stay out.
    assert_eq!(
        unit_of("Frost reached the top 10 centimetres of soil."),
        Some("centimetre".into())
    );
    assert_eq!(
        unit_of("They lost the last two matches."),
        Some("match".into())
    );
}

#[test]
fn or_alternatives_share_the_unit() {
    // Two guesses at one amount make a range, approximate.
    let text = "It took three or four days.";
    let q = one(text);
    assert_eq!((q.value, q.high, q.approx), (3.0, Some(4.0), true));
    assert_eq!(q.unit.as_deref(), Some("day"));
    assert_eq!(covered(text, &q), "three or four days");
    // "a pick or two": the number counts the noun before "or".
    let q = one("They want another pick or two in the draft.");
    assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("pick")));
    assert_eq!(
        unit_of("Wait a minute or two, please."),
        Some("minute".into())
    );
}

// ---------------------------------------------------------------- not quantities

#[test]
fn years_are_not_quantities() {
    assert!(find("The war began in 1998.").is_empty());
    assert!(find("Sales fell in 2016 and 2017.").is_empty());
    assert!(find("Between 1600 and 1900 the river moved.").is_empty());
    assert!(find("They lived through the 1990s.").is_empty());
    // A year before the verb that spells the Korean currency.
    assert!(find("A party founded in 2023 won the most seats.").is_empty());
}

#[test]
fn dates_are_not_quantities() {
    assert!(find("It happened on Oct. 28 near the border.").is_empty());
    assert!(find("It happened on 28 October near the border.").is_empty());
    assert!(find("It happened on September 22 2019 at noon.").is_empty());
    assert!(find("The 4th of July parade was cancelled.").is_empty());
}

#[test]
fn clock_times_are_not_quantities() {
    assert!(find("The blast came at 3 p.m. local time.").is_empty());
    assert!(find("The blast came at 15:00 local time.").is_empty());
    assert!(find("The blast came at 5am local time.").is_empty());
    assert!(find("Updated 10:27 PM EDT.").is_empty());
    assert!(find("No contact since 04:10 local time.").is_empty());
}

#[test]
fn ordinals_are_not_quantities() {
    assert!(find("He finished 3rd in the race.").is_empty());
    assert!(find("She was the first to arrive.").is_empty());
    assert!(find("A 96th-minute winner sealed it.").is_empty());
}

#[test]
fn identifiers_and_phone_numbers_are_not_quantities() {
    assert!(find("Call 555-123-4567 for details.").is_empty());
    assert!(find("The postcode is M21 9AB.").is_empty());
    assert!(find("Agent 007 was not involved.").is_empty());
    assert!(find("Version 1.2.3 fixed it.").is_empty());
    assert!(find("The TA-35 index rose.").is_empty());
    assert!(find("He bought the new iPhone 11 today.").is_empty());
    assert!(find("They play in the Big 12 conference.").is_empty());
    assert!(find("It supports 5G networks.").is_empty());
    assert!(find("The office is at 49 Zorro Ranch Road.").is_empty());
}

#[test]
fn one_of_the_superlative_is_one_item() {
    let text = "It was one of the best board games, and it sold well.";
    let q = one(text);
    assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("good board game")));
    assert_eq!(covered(text, &q), "one of the best board games");
    assert_eq!(
        unit_of("She is one of the richest bankers here."),
        Some("rich banker".into())
    );
    assert_eq!(
        unit_of("He was one of the most gifted pupils."),
        Some("gifted pupil".into())
    );
    assert_eq!(
        unit_of("It is one of the biggest dams."),
        Some("big dam".into())
    );
    // The clause describing the item keeps its content words, up to a clause break.
    let text = "It was one of the happiest days of her career, but it ended.";
    let q = one(text);
    assert_eq!(q.unit.as_deref(), Some("happy day career"));
    assert_eq!(covered(text, &q), "one of the happiest days of her career");
    assert_eq!(
        unit_of("It was one of the oldest trees ever to stand in Kent."),
        Some("old tree stand kent".into())
    );
    assert_eq!(
        unit_of("It is one of the tallest towers to ever rise."),
        Some("tall tower rise".into())
    );
    // An -est word that is no superlative: still the pronoun.
    assert!(find("It is one of the interest groups.").is_empty());
}

#[test]
fn pronoun_one_is_not_a_quantity() {
    assert!(find("No one came to the meeting.").is_empty());
    assert!(find("He is the one who called.").is_empty());
    assert!(find("They lose each one they sign.").is_empty());
}

#[test]
fn scores_and_slashes_are_not_quantities() {
    assert!(find("They won the game 3-2 on penalties.").is_empty());
    assert!(find("It ended 89-89 after regulation.").is_empty());
    assert!(find("The shop is open 24/7 now.").is_empty());
    assert!(find("It was filed on 10/23/2024 in court.").is_empty());
}

#[test]
fn a_bare_number_after_an_age_cue_is_an_age() {
    assert_eq!(
        unit_of("The novelist turned 70 in the spring."),
        Some("year of age".into())
    );
    assert_eq!(
        unit_of("The former mayor died aged 91 at home."),
        Some("year of age".into())
    );
    assert_eq!(
        unit_of("Pupils under the age of 12 ride the ferry free."),
        Some("year of age".into())
    );
    assert_eq!(
        unit_of("She will be 30 when the lease ends."),
        Some("year of age".into())
    );
    let q = one("He was about 60 when he retired.");
    assert_eq!((q.unit.as_deref(), q.approx), (Some("year of age"), true));
    // A range of ages.
    let q = one("Workers aged 18 to 24 get the bonus.");
    assert_eq!((q.value, q.high), (18.0, Some(24.0)));
    assert_eq!(q.unit.as_deref(), Some("year of age"));
    // No age: a counted noun, a fraction, a number too large to be one, no cue.
    assert_eq!(
        unit_of("The fleet turned 40 ships away."),
        Some("ship".into())
    );
    assert_eq!(unit_of("The index turned 150 on Friday."), None);
    assert_eq!(unit_of("The vote was 12 in favour."), None);
    // A part of a whole is no age.
    let parts = find("She was 3 of 10 finalists.");
    assert!(
        parts
            .iter()
            .all(|q| q.unit.as_deref() != Some("year of age")),
        "{parts:?}"
    );
}

#[test]
fn appositive_ages_are_ages() {
    let qs = find("Maddon, 66, has left the club. The woman, 64, was rescued.");
    let got: Vec<(f64, Option<&str>)> = qs.iter().map(|q| (q.value, q.unit.as_deref())).collect();
    assert_eq!(
        got,
        vec![(66.0, Some("year of age")), (64.0, Some("year of age"))]
    );
    // An age a limit is raised to.
    assert_eq!(
        unit_of("Voters rejected raising the retirement age to 67."),
        Some("year of age".into())
    );
    // An age that ends the sentence after a speaker named so.
    assert_eq!(
        unit_of("“We kept looking,” said the ranger, Ana Ruiz, 47. “Then it snowed.”"),
        Some("year of age".into())
    );
    // Without a speaker, a figure after a name and a comma ends a sentence as any figure.
    assert_eq!(unit_of("The bill passed in Lisbon, 47."), None);
    // A figure in a list after a year is no age.
    let qs = find("In 2021, 45, 46 and 47 units were sold.");
    assert!(
        qs.iter().all(|q| q.unit.as_deref() != Some("year of age")),
        "{qs:?}"
    );
}

#[test]
fn one_and_a_noun_before_a_described_speaker_count_nothing() {
    assert!(find(
        "One farmer in Sayakhed, a village of roughly 2,300 people where the water reached \
         the roofs, said the warning came late."
    )
    .iter()
    .all(|q| q.value != 1.0));
    // After "one" a participle is no counted noun.
    assert!(find("One London-based analyst said one postponed meeting was held.").is_empty());
    // A count stays: "One soldier in the unit was wounded."
    assert_eq!(find("One soldier in the unit was wounded.").len(), 1);
    assert_eq!(
        unit_of("There were more than 600 measles cases."),
        Some("measles case".into())
    );
}

#[test]
fn a_state_of_the_counted_things_is_no_kind_of_them() {
    assert_eq!(
        unit_of("Police arrested two former aides."),
        Some("aide".into())
    );
    assert_eq!(
        unit_of("There were 1,460 suspected cases."),
        Some("case".into())
    );
    // Two such words in a row, and words of an earlier time.
    assert_eq!(
        unit_of("Police charged two other former employees."),
        Some("employee".into())
    );
    assert_eq!(unit_of("Two earlier bans had failed."), Some("ban".into()));
    // A kind stays: "two heavy-lift helicopters".
    assert_eq!(
        unit_of("The army sent two heavy-lift helicopters."),
        Some("heavy-lift helicopter".into())
    );
}

#[test]
fn hyphen_compounds_count_their_noun() {
    assert_eq!(
        unit_of("It comes as a 10-page report."),
        Some("page".into())
    );
    let qs = find("They sell two-, three- and four-bedroom flats.");
    let got: Vec<(f64, Option<&str>)> = qs.iter().map(|q| (q.value, q.unit.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            (2.0, Some("bedroom")),
            (3.0, Some("bedroom")),
            (4.0, Some("bedroom"))
        ]
    );
    // An attributive duration is a time, left to the timex layer; an age stays.
    assert_eq!(
        values("She won a three-year $40,000 grant."),
        vec![40_000.0]
    );
    assert_eq!(
        unit_of("A 50-year-old man was hurt."),
        Some("year of age".into())
    );
    // A score's noun counts nothing.
    assert!(find("They secured a 3-1 win on Sunday.").is_empty());
}

#[test]
fn change_by_and_to() {
    // The size of a change given as a range.
    let q = one("Temperatures dropped by 2 to 2.5 degrees.");
    assert_eq!((q.value, q.high), (2.0, Some(2.5)));
    // A change and its result, each with its unit.
    assert_eq!(
        values("The deficit rose by $12.5 billion to $300 billion."),
        vec![12.5e9, 300e9]
    );
    // The new value of a change takes the old value's unit.
    let q = one("Fuel use climbed from 31 mpg to 35 for the hybrid.");
    assert_eq!(
        (q.value, q.unit.as_deref()),
        (35.0, Some("mile per gallon"))
    );
    // A rate on the high end of a range is the unit of both.
    let q = one("Shares were priced between $20 and $24 per share.");
    assert_eq!(q.unit.as_deref(), Some("dollar per share"));
}

#[test]
fn labels_before_numbers_are_not_quantities() {
    assert!(find("The category 4 storm hit the coast.").is_empty());
    assert!(find("Patients with type 2 diabetes were enrolled.").is_empty());
    assert!(find("the sp 500 slipped while bonds held.").is_empty());
    assert_eq!(
        values("They sit in the bottom three after 9 games."),
        vec![9.0]
    );
}

#[test]
fn product_and_code_names_are_not_quantities() {
    assert!(find("Reviewers liked the Pixel 9 Pro cameras.").is_empty());
    assert!(find("The airline grounded its 737 Max jets.").is_empty());
    assert!(find("Homes in the 10027 ZIP Code sold fast.").is_empty());
    // A capitalized noun that is no model word stays a count.
    assert_eq!(values("They ordered 40 Airbus planes."), vec![40.0]);
    // A model number inside a counted phrase belongs to the unit.
    let text = "The airline grounded two new 737 Max jets.";
    let q = one(text);
    assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("new 737 max jet")));
    assert_eq!(covered(text, &q), "two new 737 Max jets");
}

#[test]
fn street_number_spans_are_addresses() {
    assert!(find("The shop at 14-16 Harbour Street reopened.").is_empty());
}

#[test]
fn pence_and_multiples_follow_the_data() {
    assert_eq!(
        unit_of("Shares closed at 212.5p on Monday."),
        Some("point".into())
    );
    assert_eq!(
        unit_of("It trades at 8.5 times earnings."),
        Some("count".into())
    );
    assert_eq!(
        unit_of("Gas settled at US$2.80 per mmBTU."),
        Some("dollar per mega british thermal unit".into())
    );
}

#[test]
fn text_without_numbers_is_empty() {
    assert!(find("").is_empty());
    assert!(find("Nothing to count here.").is_empty());
}

#[test]
fn seed_style_sentence() {
    let text = "North Korea has sent approximately 10,000 soldiers to Russia, \
                including 12,000 soldiers in two brigades.";
    let qs = find(text);
    let got: Vec<(&str, f64, Option<&str>, bool)> = qs
        .iter()
        .map(|q| (covered(text, q), q.value, q.unit.as_deref(), q.approx))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "approximately 10,000 soldiers",
                10000.0,
                Some("soldier"),
                true
            ),
            ("12,000 soldiers", 12000.0, Some("soldier"), false),
            ("two brigades", 2.0, Some("brigade"), false),
        ]
    );
}

// ---------------------------------------------------------------- data files

#[test]
fn every_lexicon_loads() {
    let lex = &*LEXICON;
    assert!(lex.number_words.len() > 30);
    assert!(lex.months.contains("oct"));
    assert!(lex.nationalities.contains("korean"));
    assert_eq!(lex.irregular.get("people"), Some(&"people"));
    assert!(lex.np_stop.contains("of"));
    assert!(lex.label_words.contains("category"));
    assert!(lex.model_words.contains("pro"));
    assert_eq!(lex.superlatives.get("best"), Some(&"good"));
    assert_eq!(lex.superlatives.get("interest"), Some(&""));
    assert!(lex
        .age_cues
        .forward("aged", &crate::tokens::tokenize("aged"), 0)
        .is_some());
    assert!(lex.group_determiners.contains("its"));
    assert!(lex.count_adders.contains("other"));
    assert!(lex.pre_numeral_modifiers.contains("top"));
    assert!(lex.lexicon_units.contains("kilometre") && lex.lexicon_units.contains("euro"));
    assert!(lex.money_units.contains("dollar") && !lex.money_units.contains("mile"));
}

#[test]
fn singularize_rules() {
    assert_eq!(singularize("soldiers").as_deref(), Some("soldier"));
    assert_eq!(singularize("countries").as_deref(), Some("country"));
    assert_eq!(singularize("boxes").as_deref(), Some("box"));
    assert_eq!(singularize("houses").as_deref(), Some("house"));
    assert_eq!(singularize("fishermen").as_deref(), Some("fisherman"));
    assert_eq!(singularize("first-team"), None);
    assert_eq!(singularize("news"), None);
    assert_eq!(singularize("boss"), None);
}

// ---------------------------------------------------------------- properties

fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let qs = find(text);
    let mut last_end = 0;
    for q in &qs {
        prop_assert!(q.span.start < q.span.end, "empty span {:?}", q.span);
        prop_assert!(q.span.end <= text.len());
        prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        prop_assert!(q.span.start >= last_end, "overlap or disorder in {:?}", qs);
        prop_assert!(q.value.is_finite());
        prop_assert!(q.high.is_none_or(f64::is_finite));
        last_end = q.span.end;
    }
    Ok(())
}

proptest! {
    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        check_invariants(&text)?;
    }

    #[test]
    fn spans_sorted_disjoint_on_boundaries_for_number_like_text(
        text in r"([0-9]{1,7}([.,][0-9]{1,3})?|[$£€¥%\-–/:×]|km|bn|m|million|between|and|to|from|about|one|two|dozen|half|a|of|tens|thousands|years?|Oct|é|’|—| ){0,40}"
    ) {
        check_invariants(&text)?;
    }
}

#[test]
fn partitives_naira_rand_and_o_plurals() {
    assert_eq!(
        unit_of("About 610,000 of the vehicles were sold."),
        Some("vehicle".into())
    );
    assert_eq!(
        unit_of("Petrol hit 1,050 naira a litre."),
        Some("nigerian naira per litre".into())
    );
    let qs = find("He steered R2.3 billion in contracts; the drug R18 failed.");
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].value, 2.3e9);
    assert_eq!(qs[0].unit.as_deref(), Some("south african rand"));
    assert_eq!(unit_of("He lost two buffaloes."), Some("buffalo".into()));
}

#[test]
fn currencies_named_after_the_number() {
    assert_eq!(
        unit_of("The government released 30 million taka in cash."),
        Some("bangladeshi taka".into())
    );
    assert_eq!(
        unit_of("The fine was 2 million zlotys."),
        Some("polish zloty".into())
    );
    assert_eq!(unit_of("A meal costs 40 baht."), Some("thai baht".into()));
}

#[test]
fn a_rate_keeps_its_period_before_a_start_year() {
    assert_eq!(
        unit_of("The cuts should save €3 billion a year from 2029."),
        Some("euro per year".into())
    );
    // "a year from now" dates the amount.
    assert_eq!(
        unit_of("Prices will be $5 higher a year from now."),
        Some("dollar".into())
    );
}

#[test]
fn half_of_one_unit() {
    let text = "The bank cut its rate by half a percentage point on Wednesday.";
    let q = one(text);
    assert_eq!(covered(text, &q), "half a percentage point");
    assert_eq!(
        (q.value, q.unit.as_deref()),
        (0.5, Some("percentage point"))
    );
    assert_eq!(one("The walk took half an hour.").value, 0.5);
    // A point of a score is no measure: nothing.
    assert!(find("She won half a point in the final.").is_empty());
}

#[test]
fn fraction_of_a_point_and_invariable_plurals_and_bare_kroner() {
    let text = "The bank made a quarter-point cut after a half-percentage-point rise.";
    let found = find(text);
    assert_eq!(found.len(), 2, "{found:?}");
    // (A cut is of a rate: its points are percentage points.)
    assert_eq!(
        (found[0].value, found[0].unit.as_deref()),
        (0.25, Some("percentage point"))
    );
    assert_eq!(covered(text, &found[1]), "half-percentage-point");
    assert_eq!(
        (found[1].value, found[1].unit.as_deref()),
        (0.5, Some("percentage point"))
    );
    assert_eq!(
        unit_of("About 54,000 salmon escaped."),
        Some("salmon".into())
    );
    assert_eq!(unit_of("The ship carried 22 crew."), Some("crew".into()));
    assert_eq!(
        unit_of("The fine was 9.5 million kroner."),
        Some("krone".into())
    );
}

#[test]
fn a_bare_number_after_a_verb_that_harms_people_or_a_toll_counts_people() {
    assert_eq!(
        units("The blast killed at least 11 and injured 58 on Monday."),
        vec![Some("people".to_string()), Some("people".to_string())]
    );
    assert_eq!(
        unit_of("Officials put the death toll at 11 on Tuesday."),
        Some("people".to_string())
    );
    assert_eq!(
        unit_of("Cholera has sickened more than 2,100 since August."),
        Some("people".to_string())
    );
    // A part of a whole keeps the whole's unit.
    assert_eq!(
        units("The storm killed 3 of the 40 crew."),
        vec![Some("crew".to_string()), Some("crew".to_string())]
    );
}

#[test]
fn scaled_figures_carry_no_binary_noise() {
    assert_eq!(
        values("Oanh raised 8.7 trillion dong through bond sales."),
        vec![8.7e12]
    );
    assert_eq!(values("The fund lost 0.3 billion euros."), vec![3e8]);
    assert_eq!(values("It costs 2.35 million dollars."), vec![2_350_000.0]);
}

#[test]
fn others_count_what_the_sentence_counted_before_else_people() {
    assert_eq!(
        units("The avalanche killed three skiers and injured five others."),
        vec![Some("skier".to_string()), Some("skier".to_string())]
    );
    let q = one("Rescuers freed about a dozen others on Wednesday.");
    assert_eq!(q.unit.as_deref(), Some("people"));
    assert_eq!(
        covered("Rescuers freed about a dozen others on Wednesday.", &q),
        "about a dozen others"
    );
    assert_eq!(
        units("Prices rose 5% and 3 others fell."),
        vec![Some("percentage".to_string()), Some("people".to_string())]
    );
}

#[test]
fn a_part_of_them_counts_what_the_figure_before_counted() {
    assert_eq!(
        units("The tram derailed, injuring 23 passengers, four of them seriously."),
        vec![Some("passenger".to_string()), Some("passenger".to_string())]
    );
    // The group may be counted in the sentence before.
    assert_eq!(
        units("Rescuers pulled 11 hikers from the snow. Seven of them were alive."),
        vec![Some("hiker".to_string()), Some("hiker".to_string())]
    );
    // Never from two sentences back, nor from a smaller figure.
    assert_eq!(
        units("Ten boats sank. The port shut. Three of them were ours."),
        vec![Some("boat".to_string()), None]
    );
    assert_eq!(
        units("Two buses crashed, and 40 of them were hurt."),
        vec![Some("bus".to_string()), None]
    );
}

#[test]
fn a_bare_figure_a_counted_subject_reaches_counts_its_noun() {
    assert_eq!(
        unit_of("Cholera cases pass 4,000 in the capital."),
        Some("case".into())
    );
    assert_eq!(unit_of("Dengue deaths climb to 310."), Some("death".into()));
    assert_eq!(
        unit_of("Mining deaths in South Africa fell to 42 last year."),
        Some("death".into())
    );
    // A subject that is no plural count, or no verb of reaching: no unit.
    assert_eq!(unit_of("The index rose to 310."), None);
    assert_eq!(unit_of("Doctors said 310 were treated."), None);
}

#[test]
fn a_figure_put_for_the_number_of_something_counts_it() {
    assert_eq!(
        unit_of("The police put the number of injured at 14."),
        Some("people".into())
    );
    assert_eq!(
        unit_of("Officials put the number of suspected cases at 2,146."),
        Some("case".into())
    );
    assert_eq!(
        unit_of("She said 17 of the injured had been brought there."),
        Some("people".into())
    );
}

#[test]
fn a_vote_tally_counts_votes() {
    let s = |u: &str| Some(u.to_string());
    assert_eq!(
        units("The House backed the motion 138 to 97."),
        vec![s("vote"), s("vote")]
    );
    assert_eq!(
        units("The bill passed by 27 votes to 21."),
        vec![s("vote"), s("vote")]
    );
    // No verb of a vote: a plain range of figures.
    assert_ne!(units("Prices rose 5 to 6 percent.")[0], s("vote"));
}

#[test]
fn short_plurals_in_uses_are_singular_whole() {
    assert_eq!(
        unit_of("The city will add 120 electric buses by 2028."),
        Some("electric bus".into())
    );
}

#[test]
fn one_and_a_noun_that_introduce_a_speaker_count_nothing() {
    assert!(values("One mother, who asked not to be named, said prices rose.").is_empty());
    assert!(values("One driver from Poland said the queue had grown.").is_empty());
    assert!(values("One mother in Dawakin Tofa, north of Kano, said she walked.").is_empty());
    // A count stays a count, whoever reports it.
    assert_eq!(values("One soldier was wounded, he said."), vec![1.0]);
    assert_eq!(values("One carriage rolled onto its side."), vec![1.0]);
}

#[test]
fn invariant_plurals_and_ly_adjectives_inside_counted_phrases() {
    assert_eq!(
        unit_of("Rescuers saved 23 crew members."),
        Some("crew member".into())
    );
    assert_eq!(unit_of("About 40 police were hurt."), Some("police".into()));
    assert_eq!(
        unit_of("The firm cut 14 weekly services."),
        Some("weekly service".into())
    );
    assert_eq!(
        unit_of("Hackers demanded 50 bitcoin."),
        Some("bitcoin".into())
    );
}

#[test]
fn a_magnitude_and_a_rate_of_a_named_material() {
    let found = find("A magnitude 6.4 earthquake struck, and aftershocks of magnitude 5 or more.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].unit.as_deref(), Some("magnitude"));
    assert_eq!(found[1].unit.as_deref(), Some("magnitude"));
    assert_eq!(
        unit_of("The refinery processes about 100,000 barrels of crude oil a day."),
        Some("barrel per day".into())
    );
    // A share of something a year is no rate of percentages.
    assert_eq!(
        unit_of("Exports fell 3 percent of output a year."),
        Some("percentage".into())
    );
}

#[test]
fn a_part_of_an_owned_whole_takes_its_unit() {
    let found = find("Cases were found in 11 of the country's 47 counties.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].unit.as_deref(), Some("county"));
}

#[test]
fn a_plural_only_modifier_and_a_nationality_before_islands() {
    assert_eq!(
        unit_of("About 15,000 heavy goods vehicles use the road."),
        Some("heavy goods vehicle".into())
    );
    assert_eq!(
        unit_of("Ferries serve more than 20 Scottish islands."),
        Some("scottish island".into())
    );
}

#[test]
fn a_currency_several_countries_name_takes_the_documents_country() {
    let text = "Officials in Kathmandu said Nepal would pay 400,000 rupees to each family.";
    assert_eq!(find(text)[0].unit.as_deref(), Some("nepalese rupee"));
    // The country named most often wins; a figure that names its own keeps it.
    let text = "Chile and Chile's ports lost 60 billion pesos, Mexico said, and 5 Mexican pesos.";
    let found = find(text);
    assert_eq!(found[0].unit.as_deref(), Some("chilean peso"));
    assert_eq!(found[1].unit.as_deref(), Some("mexican peso"));
    // No country named: the default.
    assert_eq!(
        find("The fine was 400,000 rupees.")[0].unit.as_deref(),
        Some("indian rupee")
    );
    assert_eq!(currency_code("kenyan shilling"), Some("KES"));
}

#[test]
fn a_bare_figure_before_what_befell_people_counts_people() {
    assert_eq!(
        unit_of("Two dead after a trawler sinks."),
        Some("people".into())
    );
    assert_eq!(
        units("The quake left 9 injured and 12,000 evacuated."),
        vec![Some("people".to_string()), Some("people".to_string())]
    );
    // What a whole figure before it in the sentence counts, where one does.
    assert_eq!(
        units("An avalanche killed four skiers, and two missing."),
        vec![Some("skier".to_string()), Some("skier".to_string())]
    );
    // Never a measure or a figure that counts nothing whole.
    assert_eq!(
        units("A magnitude 6.8 quake struck; at least 9 injured."),
        vec![Some("magnitude".to_string()), Some("people".to_string())]
    );
    // A figure that counts something of its own keeps it.
    assert_eq!(
        unit_of("Rescuers found 3 missing climbers."),
        Some("climber".into())
    );
}

#[test]
fn ages_bounded_listed_or_told_of_a_relative() {
    assert_eq!(
        unit_of("Children under 16 may not hold accounts."),
        Some("year of age".into())
    );
    assert_eq!(
        unit_of("It urged people over 65 to stay in."),
        Some("year of age".into())
    );
    // Not a bound on anything else.
    assert_eq!(unit_of("Prices over 65 were cut."), None);
    assert_eq!(
        units("The suspects, aged 24, 31 and 39, were held."),
        vec![Some("year of age".to_string()); 3]
    );
    assert_eq!(
        unit_of("\"My mother is 81,\" she said."),
        Some("year of age".into())
    );
    // Not a list that does not start at an age.
    let shares = units("She sold 24, 31 and 39 of them.");
    assert_eq!(shares.len(), 3);
    assert!(!shares.contains(&Some("year of age".to_string())));
}

#[test]
fn gatherings_figures_and_votes_cast_count_what_they_are_of() {
    assert_eq!(
        unit_of("Police put the crowd at about 8,000."),
        Some("people".into())
    );
    assert_eq!(
        unit_of("It hosted a crowd of more than 60,000."),
        Some("people".into())
    );
    // The figure put at a number counts what the figure before it counted.
    assert_eq!(
        units("Police said 3,000 marchers came. Organisers put the figure at 15,000."),
        vec![Some("marcher".to_string()), Some("marcher".to_string())]
    );
    // Never from a measure, nor with nothing counted before it.
    assert_eq!(
        units("The river rose 4 metres. Officials put the figure at 5."),
        vec![Some("metre".to_string()), None]
    );
    assert_eq!(
        units("He won by 112 votes out of 28,046 cast."),
        vec![Some("vote".to_string()), Some("vote".to_string())]
    );
}

#[test]
fn a_toll_and_the_old_value_of_a_change_told_after_the_new() {
    assert_eq!(
        units("The death toll rose to 87 on Sunday from 52 a day earlier."),
        vec![Some("people".to_string()), Some("people".to_string())]
    );
    assert_eq!(
        units("Cases climbed to 1,200 cases, up from 900 last week."),
        vec![Some("case".to_string()), Some("case".to_string())]
    );
    // Not across a sentence.
    assert_eq!(
        units("Cases climbed to 1,200 cases. Shares fell from 900."),
        vec![Some("case".to_string()), None]
    );
}

#[test]
fn up_or_down_from_a_figure_counts_what_the_figure_before_counted() {
    assert_eq!(
        units("The bureau recorded 21 incidents last year, up from 18 in 2024."),
        vec![Some("incident".to_string()), Some("incident".to_string())]
    );
    // Never a span of time before it.
    assert_eq!(
        units("In the first nine months, 14,000 people came, up from about 5,000."),
        vec![
            Some("month".to_string()),
            Some("people".to_string()),
            Some("people".to_string())
        ]
    );
}

#[test]
fn energy_and_volume_rates() {
    assert_eq!(
        unit_of("Power averaged €60 per megawatt-hour."),
        Some("euro per megawatt-hour".into())
    );
    assert_eq!(
        unit_of("Particles peaked at 310 micrograms per cubic metre."),
        Some("microgram per cubic metre".into())
    );
    // A noun after "a" that only names a kind is no rate.
    assert_eq!(
        unit_of("It carried 80,000 tonnes of crude and hit a container ship."),
        Some("tonne".into())
    );
}

#[test]
fn a_parent_of_a_figure_counts_children_and_voting_tallies_votes() {
    assert_eq!(
        unit_of("Amina Ekai, a mother of three, said so."),
        Some("child".into())
    );
    assert_eq!(
        units("The parliament approved the tax, voting 146 to 119."),
        vec![Some("vote".to_string()), Some("vote".to_string())]
    );
    // What the figure counts, where it says so, wins.
    assert_eq!(unit_of("a father of three boys"), Some("boy".into()));
}

#[test]
fn a_bare_figure_counts_what_the_last_counted_figure_of_its_clause_counts() {
    assert_eq!(
        units("The camp was built for 250 people but held more than 900 last week."),
        vec![Some("people".to_string()), Some("people".to_string())]
    );
    // Never a span of time, an age or a figure that modifies a noun.
    assert_eq!(
        units("It will hire staff over the next two years, up to a total of 3,400."),
        vec![Some("year".to_string()), None]
    );
    assert_eq!(
        units("He won 131 votes in the 240-seat assembly, 10 more than needed."),
        vec![
            Some("vote".to_string()),
            Some("seat".to_string()),
            Some("vote".to_string())
        ]
    );
    // Not across a sentence.
    assert_eq!(
        units("They freed 30 fighters. The other 12 stay."),
        vec![Some("fighter".to_string()), None]
    );
    assert_eq!(
        units("It parked 23 aircraft and sent two to Perth."),
        vec![Some("aircraft".to_string()), Some("aircraft".to_string())]
    );
}

#[test]
fn more_currencies_named_after_the_number() {
    assert_eq!(
        unit_of("The ministry paid 3.1 million lei for the doses."),
        Some("romanian leu".to_string())
    );
    assert_eq!(
        unit_of("The campaign will cost some 166 million meticais."),
        Some("mozambican metical".to_string())
    );
}

#[test]
fn points_of_a_rate_or_a_poll_are_percentage_points() {
    assert_eq!(
        unit_of("The bank surprised markets with a half-point rate cut."),
        Some("percentage point".to_string())
    );
    assert_eq!(
        unit_of("She trailed by about 1 point in the latest poll."),
        Some("percentage point".to_string())
    );
    // An index's points and a table's stay points.
    assert_eq!(
        units("The index closed 0.8% lower at 84,215 points after the rate cut."),
        vec![Some("percentage".to_string()), Some("point".to_string())]
    );
    assert_eq!(
        unit_of("The side is five points above the relegation zone."),
        Some("point".to_string())
    );
}

#[test]
fn parts_of_groups_and_numbers_of_things_count_the_plural_noun() {
    assert_eq!(
        units("It ordered 14 of its vessels to stay in port."),
        vec![Some("vessel".to_string())]
    );
    assert_eq!(
        units("At least 14 of the deaths occurred at home."),
        vec![Some("death".to_string())]
    );
    assert_eq!(
        units("She put the number of people still in hospital at 19."),
        vec![Some("people".to_string())]
    );
    assert_eq!(
        units("Police put the death toll in Sylhet and Sunamganj at 14."),
        vec![Some("people".to_string())]
    );
    assert_eq!(
        units("It would lower the minimum age for candidates to 18."),
        vec![Some("year of age".to_string())]
    );
}

#[test]
fn describing_adjectives_and_peoples_stay_out_of_the_unit() {
    assert_eq!(
        unit_of("The carrier runs 40 daily trains from Catania."),
        Some("train".to_string())
    );
    assert_eq!(
        unit_of("Four Kyrgyz border guards were killed."),
        Some("border guard".to_string())
    );
    // NewsQuant keeps "new" and "eligible" in what is counted.
    assert_eq!(
        unit_of("Five new seasons of the show will stream."),
        Some("new season".to_string())
    );
}

#[test]
fn a_rate_per_dollar_is_in_the_currency_the_sentence_names() {
    let text = "The peso weakened 1.8% to 19.74 per dollar in Friday trading.";
    let found = find(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].unit.as_deref(), Some("peso per dollar"));
    assert_eq!(covered(text, &found[1]), "19.74 per dollar");
    assert_eq!(
        units("The pound has been held at about 89,500 to the dollar."),
        vec![Some("pound per dollar".to_string())]
    );
}

#[test]
fn money_per_any_one_thing_is_a_rate() {
    assert_eq!(
        unit_of("It will add a surcharge of $150 per container on the routes."),
        Some("dollar per container".to_string())
    );
    assert_eq!(
        unit_of("Fines of up to $10,000 per violation apply."),
        Some("dollar per violation".to_string())
    );
    // Not "per" a plural or a capitalised word.
    assert_eq!(
        unit_of("It paid $150 per Reuters estimates."),
        Some("dollar".to_string())
    );
}

#[test]
fn the_old_amount_of_a_rate_is_at_the_rate_too() {
    assert_eq!(
        units("The wage rises to C$17.60 an hour from C$16.75 on Oct. 1."),
        vec![
            Some("canadian dollar per hour".to_string()),
            Some("canadian dollar per hour".to_string())
        ]
    );
    // "a year from 2025" still leaves the rate.
    assert_eq!(
        units("It was $5 a year from 2025."),
        vec![Some("dollar per year".to_string())]
    );
}

#[test]
fn a_unit_read_from_context_is_marked_as_such() {
    let found = find("The camp was built for 250 people but held more than 900 last week.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(!found[0].unit_from_context, "{found:?}");
    assert!(found[1].unit_from_context, "{found:?}");
    assert_eq!(found[1].unit.as_deref(), Some("people"));
    // A figure with no unit at all is no inference.
    assert!(!one("The score was 4.").unit_from_context);
}
