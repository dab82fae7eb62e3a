//! Behaviour of `ner::find` on hand-written sentences, through the shipped model.

use model::{Entity, EntityKind, Segmentation};

fn entities(text: &str) -> Vec<(String, EntityKind, String)> {
    let found: Vec<Entity> = ner::find(text, &text::segment(text));
    found
        .into_iter()
        .map(|e| (e.span.of(text).to_string(), e.kind, e.canonical))
        .collect()
}

fn has(found: &[(String, EntityKind, String)], surface: &str, kind: EntityKind) -> bool {
    found.iter().any(|(s, k, _)| s == surface && *k == kind)
}

fn canonical_of<'a>(found: &'a [(String, EntityKind, String)], surface: &str) -> Option<&'a str> {
    found
        .iter()
        .find(|(s, _, _)| s == surface)
        .map(|(_, _, c)| c.as_str())
}

#[test]
fn shipped_model_tags_a_plain_sentence() {
    let found = entities("Maria Lopez, a spokeswoman for Siemens, spoke in Berlin on Monday.");
    assert!(has(&found, "Maria Lopez", EntityKind::Person), "{found:?}");
    assert!(has(&found, "Siemens", EntityKind::Org), "{found:?}");
    assert!(has(&found, "Berlin", EntityKind::Gpe), "{found:?}");
    assert!(!found.iter().any(|(s, _, _)| s == "Monday"), "{found:?}");
}

#[test]
fn military_titles_stay_outside_the_person() {
    let found = entities("The briefing was led by Lt. Gen. Oleh Marchenko, who spoke for an hour.");
    assert!(
        has(&found, "Oleh Marchenko", EntityKind::Person),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(s, _, _)| s.contains("Gen.")),
        "{found:?}"
    );
}

#[test]
fn organisation_role_and_person_are_separate() {
    let found = entities("State Department spokesperson Laura Finch said the talks would resume.");
    assert!(
        has(&found, "State Department", EntityKind::Org),
        "{found:?}"
    );
    assert!(has(&found, "Laura Finch", EntityKind::Person), "{found:?}");
}

#[test]
fn parenthesised_acronym_takes_the_full_name() {
    let text = "The report came from the National Water Authority (NWA) on Friday. \
                Later the NWA said reservoirs were low.";
    let found = entities(text);
    assert!(
        has(&found, "National Water Authority", EntityKind::Org),
        "{found:?}"
    );
    let acronyms: Vec<_> = found.iter().filter(|(s, _, _)| s == "NWA").collect();
    assert_eq!(acronyms.len(), 2, "{found:?}");
    for (_, kind, canonical) in acronyms {
        assert_eq!(*kind, EntityKind::Org);
        assert_eq!(canonical, "National Water Authority");
    }
}

#[test]
fn surname_takes_the_full_name() {
    let text = "Prime Minister Anders Holmqvist visited the port. Holmqvist later met workers.";
    let found = entities(text);
    assert!(
        has(&found, "Anders Holmqvist", EntityKind::Person),
        "{found:?}"
    );
    assert_eq!(
        canonical_of(&found, "Holmqvist"),
        Some("Anders Holmqvist"),
        "{found:?}"
    );
}

#[test]
fn nationality_is_norp_and_country_is_gpe() {
    let text = "Ukrainian engineers repaired the bridge, officials in Ukraine said.";
    let found = entities(text);
    assert!(has(&found, "Ukrainian", EntityKind::Norp), "{found:?}");
    assert_eq!(canonical_of(&found, "Ukrainian"), Some("Ukraine"));
    assert!(has(&found, "Ukraine", EntityKind::Gpe), "{found:?}");
}

#[test]
fn capital_named_for_its_government_is_the_country() {
    let found = entities("Talks stalled after Tokyo rejected the proposal from Canberra.");
    assert!(has(&found, "Tokyo", EntityKind::Gpe), "{found:?}");
    assert_eq!(canonical_of(&found, "Tokyo"), Some("Japan"));
}

#[test]
fn lower_case_common_text_has_no_entities() {
    let found = entities(
        "the river rose slowly overnight and the farmers moved their cattle to higher ground.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn works_without_a_segmentation() {
    let text = "Maria Lopez flew to Madrid.";
    let found = ner::find(text, &Segmentation::default());
    assert!(
        found.iter().any(|e| e.span.of(text) == "Madrid"),
        "{found:?}"
    );
}

#[test]
fn an_unknown_word_opening_the_sentence_before_a_name_is_part_of_it() {
    // Sentence-initial capitals say nothing to the tagger; a word no lexicon lists and the
    // unlabeled text never writes in lower case belongs to the name after it.
    let found = entities("Scheldt Container Services said its cranes went offline on Monday.");
    assert!(
        has(&found, "Scheldt Container Services", EntityKind::Org),
        "{found:?}"
    );
    // A common word stays out ("yesterday" is written in lower case).
    let found = entities("Yesterday Scheldt Container Services said its cranes went offline.");
    assert!(
        !found.iter().any(|(s, _, _)| s.starts_with("Yesterday")),
        "{found:?}"
    );
}

#[test]
fn a_nationality_before_a_body_the_tagger_took_for_a_person_joins_it() {
    let found = entities("The Norwegian Offshore Directorate said it had sent inspectors.");
    assert!(
        has(&found, "Norwegian Offshore Directorate", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn an_institution_of_a_place_is_one_body() {
    let found = entities("A poll by the Public Policy Institute of California found wide support.");
    assert!(
        has(
            &found,
            "Public Policy Institute of California",
            EntityKind::Org
        ),
        "{found:?}"
    );
}

#[test]
fn an_inspectorate_named_for_its_remit_is_one_body() {
    // ("Inspectorate" is an institution's head: its name goes on through "for" and its
    // remit, which the tagger took for a person.)
    let found = entities(
        "Inspectors from the Regional Inspectorate for Environmental Protection in Opole took \
         samples on Friday.",
    );
    assert!(
        has(
            &found,
            "Regional Inspectorate for Environmental Protection",
            EntityKind::Org
        ),
        "{found:?}"
    );
}

#[test]
fn a_place_before_its_governors_title_and_name_is_a_place() {
    let found = entities("Westlock Mayor Gail Lindqvist said 60 homes had no heat.");
    assert!(has(&found, "Westlock", EntityKind::Gpe), "{found:?}");
    assert!(
        has(&found, "Gail Lindqvist", EntityKind::Person),
        "{found:?}"
    );
    // The office's own adjective is no place.
    let found = entities("Regional Governor Ana Ruiz said the road was shut.");
    assert!(found.iter().all(|e| e.0 != "Regional"), "{found:?}");
}

#[test]
fn an_acronym_before_one_who_speaks_for_it_is_a_body() {
    let found = entities("A FINMA spokesman declined to say when the review would end.");
    assert!(has(&found, "FINMA", EntityKind::Org), "{found:?}");
}

#[test]
fn a_chamber_ends_before_its_party_role() {
    let found = entities("Assembly Minority Leader Dana Pruitt said the governor had listened.");
    assert!(has(&found, "Dana Pruitt", EntityKind::Person), "{found:?}");
    assert!(
        !found.iter().any(|(s, _, _)| s.contains("Minority")),
        "{found:?}"
    );
}

#[test]
fn a_known_city_alone_before_a_dateline_dash_is_a_place() {
    let found =
        entities("Heat wave pushes demand to record\n\nMADRID \u{2014} Demand hit a record.");
    assert!(has(&found, "MADRID", EntityKind::Gpe), "{found:?}");
}

#[test]
fn a_name_after_a_company_noun_is_a_company_in_all_its_mentions() {
    let found = entities(
        "Veloro Motors is in advanced talks to buy the battery startup Ionpath for about $1.8 \
         billion. Ionpath's founder, Sara Lindqvist, said the company was not for sale. In a \
         filing on Thursday, Ionpath said its revenue had tripled.",
    );
    let ionpath: Vec<_> = found.iter().filter(|(s, _, _)| s == "Ionpath").collect();
    assert_eq!(ionpath.len(), 3, "{found:?}");
    assert!(
        ionpath.iter().all(|(_, k, _)| *k == EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn a_name_after_an_exchange_or_a_club_noun_is_a_body_up_to_the_line_break() {
    let found = entities(
        "Gulf fund bids for Italian club Virtus Genova\n\nGENOA, Italy \u{2014} The founder of \
         the cryptocurrency exchange Quorra was charged. Quorra's auditor had quit.",
    );
    assert!(has(&found, "Virtus Genova", EntityKind::Org), "{found:?}");
    assert!(has(&found, "GENOA", EntityKind::Gpe), "{found:?}");
    let quorra: Vec<_> = found.iter().filter(|(s, _, _)| s == "Quorra").collect();
    assert_eq!(quorra.len(), 2, "{found:?}");
    assert!(
        quorra.iter().all(|(_, k, _)| *k == EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn a_place_before_area_is_a_place_of_its_own() {
    let found = entities("Trucks queued outside the Rosario-area ports on Thursday.");
    assert!(has(&found, "Rosario", EntityKind::Gpe), "{found:?}");
}

#[test]
fn a_platform_an_app_and_a_motor_tanker_name_what_follows() {
    let found = entities(
        "A court ordered the video-sharing platform Loopit to pay a fine. Pirates seized the \
         MT Coral Venture off Lagos.",
    );
    assert!(has(&found, "Loopit", EntityKind::Org), "{found:?}");
    assert!(
        has(&found, "MT Coral Venture", EntityKind::Product),
        "{found:?}"
    );
}

#[test]
fn a_name_ending_in_a_ministry_is_a_body() {
    // The tagger takes this one for a MISC in this article (eval/own/).
    let text = "Ukraine says it downed 40 drones overnight; Russia reports strikes on energy sites\n\nKYIV — Ukraine's air force said on Saturday that it had shot down 40 of the 55 drones Russia launched overnight, while Russian state media reported that Ukrainian forces had attacked two power plants in the Belgorod region.\n\nRegional governor Pavel Sorokin wrote on Telegram that one worker was injured and that power had been cut to about 12,000 homes. Reuters could not independently verify the reports from either side.\n\nThe Russian Defense Ministry said in a statement that its forces had taken control of the village of Novopil, citing reports from its troops. A spokesman for Ukraine's armed forces, Dmytro Koval, rejected the claim, telling the Associated Press that fighting for the village was continuing.\n\n\"They announce victories that do not exist,\" Koval said.\n";
    let found = entities(text);
    assert!(
        has(&found, "Russian Defense Ministry", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn islands_are_typed_by_whether_they_govern_themselves() {
    let found = entities("The ash cloud drifted towards Bali and Lombok, the agency said.");
    assert!(has(&found, "Bali", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Lombok", EntityKind::Loc), "{found:?}");
    let found = entities("Cases spread into the Democratic Republic of Congo last week.");
    assert!(
        has(&found, "Democratic Republic of Congo", EntityKind::Gpe),
        "{found:?}"
    );
}

#[test]
fn spits_groups_and_ownership_compounds() {
    let found = entities("Volunteers at Farewell Spit said the Māori community helped.");
    assert!(has(&found, "Farewell Spit", EntityKind::Loc), "{found:?}");
    assert!(has(&found, "Māori", EntityKind::Norp), "{found:?}");
    let found = entities("The Canadian-owned company appealed the ruling.");
    assert!(has(&found, "Canadian", EntityKind::Norp), "{found:?}");
}

#[test]
fn ranges_deltas_passes_and_italian_particles() {
    let found = entities("Rescuers flew over the Dolomites and the Niger Delta.");
    assert!(has(&found, "Dolomites", EntityKind::Loc), "{found:?}");
    assert!(has(&found, "Niger Delta", EntityKind::Loc), "{found:?}");
    let found = entities("The company is a subsidiary of Toronto-listed Norhaven Resources.");
    assert!(
        has(&found, "Norhaven Resources", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn cities_often_in_the_news_are_places() {
    let found = entities("The bus fell near Ayacucho, and a ferry left Tangier on Monday.");
    assert!(has(&found, "Ayacucho", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Tangier", EntityKind::Gpe), "{found:?}");
    let found = entities("West African leaders met in Abuja.");
    assert!(has(&found, "West African", EntityKind::Norp), "{found:?}");
}

#[test]
fn bodies_named_with_a_possessive_plural_or_a_joined_first_part() {
    let found = entities("According to the Norwegian Fishermen's Association, crews caught fish.");
    assert!(
        has(&found, "Norwegian Fishermen's Association", EntityKind::Org),
        "{found:?}"
    );
    let found = entities("The Kenya Farmers' Union protested on Monday.");
    assert!(
        has(&found, "Kenya Farmers' Union", EntityKind::Org),
        "{found:?}"
    );
    // A country's possessive before a body stays apart.
    let found = entities("Kenya's Energy Ministry said so.");
    assert!(has(&found, "Kenya", EntityKind::Gpe), "{found:?}");
    let found = entities("According to the National Search and Rescue Agency, nine are missing.");
    assert!(
        has(&found, "National Search and Rescue Agency", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn natural_features_after_of_or_such_as_and_roads_ports_mountains() {
    let found =
        entities("The boat sank off the island of Varaldsøy near the valley of the Imja Khola.");
    assert!(has(&found, "Varaldsøy", EntityKind::Loc), "{found:?}");
    assert!(has(&found, "Imja Khola", EntityKind::Loc), "{found:?}");
    let found = entities("Salmon swam into rivers such as the Etneelva, officials said.");
    assert!(has(&found, "Etneelva", EntityKind::Loc), "{found:?}");
    let found =
        entities("Protesters blocked Ikorodu Road before the Sherpa guides reached Everest.");
    assert!(
        has(&found, "Ikorodu Road", EntityKind::Facility),
        "{found:?}"
    );
    assert!(has(&found, "Sherpa", EntityKind::Norp), "{found:?}");
    assert!(has(&found, "Everest", EntityKind::Loc), "{found:?}");
    let found = entities("NNPC did not respond. Roughly 1 in 3 workers belong to a union.");
    assert!(!found.iter().any(|e| e.0 == "Roughly"), "{found:?}");
}

#[test]
fn known_places_grow_right_and_lists_after_such_as_share_a_type() {
    let found = entities("Cocoa was smuggled into Côte d'Ivoire and Togo last year.");
    assert!(has(&found, "Côte d'Ivoire", EntityKind::Gpe), "{found:?}");
    let found = entities("Revenue goes to mining regions such as Antofagasta and Atacama.");
    assert!(has(&found, "Atacama", EntityKind::Gpe), "{found:?}");
    let found = entities("Tankers crossed the Gulf of Bothnia and the Bay of Bengal.");
    assert!(has(&found, "Gulf of Bothnia", EntityKind::Loc), "{found:?}");
    assert!(has(&found, "Bay of Bengal", EntityKind::Loc), "{found:?}");
}

#[test]
fn remits_joined_by_and_police_ranks_and_long_vietnamese_names() {
    let found =
        entities("A spokesperson for the Ministry of Economic Affairs and Employment said so.");
    assert!(
        has(
            &found,
            "Ministry of Economic Affairs and Employment",
            EntityKind::Org
        ),
        "{found:?}"
    );
    let found = entities("The team commander, Inspector Rakesh Yadav, said the slope moved.");
    assert!(has(&found, "Rakesh Yadav", EntityKind::Person), "{found:?}");
    let found = entities("A court sentenced Le Thi Hong Nhung to life in prison.");
    assert!(
        has(&found, "Le Thi Hong Nhung", EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn trade_heads_streets_and_a_name_before_dam() {
    let found =
        entities("Maghrebia Phosphates posted a profit, analysts at Harbourline Commodities said.");
    assert!(
        has(&found, "Maghrebia Phosphates", EntityKind::Org),
        "{found:?}"
    );
    assert!(
        has(&found, "Harbourline Commodities", EntityKind::Org),
        "{found:?}"
    );
    let found = entities("The tram hit a car on Swanston Street on Monday.");
    assert!(
        has(&found, "Swanston Street", EntityKind::Facility),
        "{found:?}"
    );
    let found = entities("Water poured from the Castelo de Bode dam, while the Mosul dam held.");
    assert!(
        has(&found, "Castelo de Bode", EntityKind::Facility),
        "{found:?}"
    );
    assert!(has(&found, "Mosul", EntityKind::Gpe), "{found:?}");
}

#[test]
fn a_company_of_a_name_and_a_head_is_its_name_alone_but_a_region_stays_one() {
    let found = entities("Maghrebia Phosphates posted a profit. Maghrebia said sales rose.");
    assert_eq!(
        found
            .iter()
            .filter(|e| e.0 == "Maghrebia" && e.1 == EntityKind::Org)
            .count(),
        1,
        "{found:?}"
    );
    let found = entities(
        "Students at Central Luzon State University said the farms in Central Luzon were hit.",
    );
    assert!(has(&found, "Central Luzon", EntityKind::Gpe), "{found:?}");
}

#[test]
fn greek_islands_trade_heads_plazas_and_a_possessive_plural_taken_for_a_person() {
    let found = entities("Ferries to Paros and Amorgos in the Cyclades stopped on Monday.");
    assert!(has(&found, "Paros", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Cyclades", EntityKind::Loc), "{found:?}");
    let found = entities("Rupali Knit Fashions owns the plant near Rana Plaza.");
    assert!(
        has(&found, "Rupali Knit Fashions", EntityKind::Org),
        "{found:?}"
    );
    assert!(has(&found, "Rana Plaza", EntityKind::Facility), "{found:?}");
    let found = entities("The Panhellenic Seamen's Federation called the strike.");
    assert!(
        has(&found, "Panhellenic Seamen's Federation", EntityKind::Org),
        "{found:?}"
    );
    let found = entities("Peter Jones's Foundation gave money.");
    assert!(has(&found, "Peter Jones", EntityKind::Person), "{found:?}");
}

#[test]
fn a_peoples_party_terminals_and_assurers() {
    let found = entities("The Republican People's Party objected.");
    assert!(
        has(&found, "Republican People's Party", EntityKind::Org),
        "{found:?}"
    );
    let found =
        entities("Ships waited at Durban Container Terminal while Valcourt Assurances paid.");
    assert!(
        has(&found, "Durban Container Terminal", EntityKind::Facility),
        "{found:?}"
    );
    assert!(
        has(&found, "Valcourt Assurances", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn federal_states_wadis_portuguese_trades_and_a_dam_taken_for_a_person() {
    let found = entities("Mud from the Córrego Fundo dam in Minas Gerais reached the Wadi Adai.");
    assert!(
        has(&found, "Córrego Fundo", EntityKind::Facility),
        "{found:?}"
    );
    assert!(has(&found, "Minas Gerais", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Wadi Adai", EntityKind::Loc), "{found:?}");
    let found = entities("Mineração Serra Dourada said workers in Lower Saxony struck.");
    assert!(
        has(&found, "Mineração Serra Dourada", EntityKind::Org),
        "{found:?}"
    );
    assert!(has(&found, "Lower Saxony", EntityKind::Gpe), "{found:?}");
}

#[test]
fn an_arabic_family_name_goes_on_through_al() {
    let found = entities("Lt. Col. Saif bin Hamad Al Rawahi, a civil defence officer, said so.");
    assert!(
        has(&found, "Saif bin Hamad Al Rawahi", EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn lakes_forces_and_second_surnames() {
    let found =
        entities("Boats crossed Lake Albert while troops of the Ground Self-Defense Force waited.");
    assert!(has(&found, "Lake Albert", EntityKind::Loc), "{found:?}");
    assert!(
        has(&found, "Ground Self-Defense Force", EntityKind::Org),
        "{found:?}"
    );
    let found = entities("The minister, Rosa Cáceres Huamán, resigned.");
    assert!(
        has(&found, "Rosa Cáceres Huamán", EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn hyphened_arabic_family_names_austrian_states_and_periods() {
    let found = entities("Energy Minister Khalid al-Mutairi said output would rise.");
    assert!(
        has(&found, "Khalid al-Mutairi", EntityKind::Person),
        "{found:?}"
    );
    let found = entities("Floods hit Lower Austria, and the Soviet-era pipes burst.");
    assert!(has(&found, "Lower Austria", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Soviet", EntityKind::Norp), "{found:?}");
}

#[test]
fn places_known_only_after_tagging_are_places_after_a_preposition_of_place() {
    // Names of `data/known_after_tagging.txt`, which no tagger gazetteer lists.
    let found = entities("The family had been driving to Kozhikode when the slope gave way.");
    assert!(has(&found, "Kozhikode", EntityKind::Gpe), "{found:?}");
    let found = entities("Exporters across West Africa said the levy would hurt them.");
    assert!(has(&found, "West Africa", EntityKind::Loc), "{found:?}");
}

#[test]
fn structures_named_after_places_holidays_and_portfolio_titles() {
    let found = entities(
        "VANCOUVER — Grain deliveries to the Port of Vancouver stopped during the Labour Day \
         weekend. A spokesman for Labour Minister Anita Sandhu and Labor Secretary Julie Su \
         declined to comment.",
    );
    assert!(
        has(&found, "Port of Vancouver", EntityKind::Facility),
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e.0.contains("Day")), "{found:?}");
    assert!(!found.iter().any(|e| e.0.starts_with("Labo")), "{found:?}");
    assert!(has(&found, "Anita Sandhu", EntityKind::Person), "{found:?}");
    assert!(has(&found, "Julie Su", EntityKind::Person), "{found:?}");
    // An organisation's head closing the name makes it the body that runs the structure.
    let found = entities("The Port of Rotterdam Authority said 40 ships were waiting.");
    assert!(
        has(&found, "Port of Rotterdam Authority", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn bodies_named_in_other_languages_and_chambers_of_commerce() {
    let found = entities(
        "Rijnzorg Ziekenhuizen, which runs four hospitals, said the attack was contained. \
         Armadores Atlánticos, a Vigo association, objected. Carolina Vélez, an economist at \
         Andes Consultores, agreed. The Argentine Chamber of Commerce and Services said sales \
         fell. Wages were below 5,000 CFA francs a day.",
    );
    assert!(
        has(&found, "Rijnzorg Ziekenhuizen", EntityKind::Org),
        "{found:?}"
    );
    assert!(
        has(&found, "Armadores Atlánticos", EntityKind::Org),
        "{found:?}"
    );
    assert!(
        has(&found, "Andes Consultores", EntityKind::Org),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "Argentine Chamber of Commerce and Services",
            EntityKind::Org
        ),
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e.0 == "CFA"), "{found:?}");
}

#[test]
fn names_known_after_tagging_take_their_canonical_field() {
    // `Côte d’Ivoire | COUNTRY | Ivory Coast` in `data/known_after_tagging.txt`.
    let found = entities(
        "Cocoa smuggled out of Côte d’Ivoire rose. The Democratic Republic of Congo said so.",
    );
    assert_eq!(
        canonical_of(&found, "Côte d’Ivoire"),
        Some("Ivory Coast"),
        "{found:?}"
    );
    assert_eq!(
        canonical_of(&found, "Democratic Republic of Congo"),
        Some("Democratic Republic of the Congo"),
        "{found:?}"
    );
}

#[test]
fn places_with_lower_case_words_departments_and_bodies_after_for_the() {
    let found = entities(
        "The port of Dar es Salaam was closed. A cholera outbreak in Haiti's Artibonite \
         department has killed 63 people, according to the UN Office for the Coordination of \
         Humanitarian Affairs. All 47 crew members were safe.",
    );
    assert!(has(&found, "Dar es Salaam", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Artibonite", EntityKind::Gpe), "{found:?}");
    assert!(
        has(
            &found,
            "UN Office for the Coordination of Humanitarian Affairs",
            EntityKind::Org
        ),
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e.0 == "All"), "{found:?}");
}

#[test]
fn a_lone_opener_joins_the_name_after_its_particle_and_a_word_bridges_a_possessive_plural() {
    let found =
        entities("Ignacio Fuenzalida, an economist at Banco del Pacífico Sur, was less sure.");
    assert!(
        has(&found, "Banco del Pacífico Sur", EntityKind::Org),
        "{found:?}"
    );
    let found = entities("The Negeri Sembilan Inshore Fishermen's Association said it would sue.");
    assert!(
        has(
            &found,
            "Negeri Sembilan Inshore Fishermen's Association",
            EntityKind::Org
        ),
        "{found:?}"
    );
}

#[test]
fn stages_power_stations_hamlets_and_vietnamese_names() {
    let found = entities(
        "Eskom moved to Stage 6 on Monday after units at the Tutuka power station failed. \
         Residents of the hamlet of La Forclaz left. The court jailed Ha Thi Kim Oanh and Le \
         Quang Vinh. Nineteen people were hurt.",
    );
    assert!(!found.iter().any(|e| e.0 == "Stage"), "{found:?}");
    assert!(has(&found, "Tutuka", EntityKind::Facility), "{found:?}");
    assert!(has(&found, "La Forclaz", EntityKind::Gpe), "{found:?}");
    assert!(
        has(&found, "Ha Thi Kim Oanh", EntityKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Le Quang Vinh", EntityKind::Person),
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e.0 == "Nineteen"), "{found:?}");
}

#[test]
fn a_place_adjective_opening_the_sentence_is_no_part_of_the_name() {
    let found = entities(
        "Title\n\nNeighbouring Kanchanaburi has reported 12 cases. Nearby Ratchaburi has too.",
    );
    assert!(has(&found, "Kanchanaburi", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Ratchaburi", EntityKind::Gpe), "{found:?}");
    // A body's name that opens with such a word keeps it.
    let found = entities("Title\n\nRural Development Agency officials met on Monday.");
    assert!(
        has(&found, "Rural Development Agency", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn a_name_opening_with_an_acronym_is_a_body() {
    let found = entities(
        "Title\n\nCERT Polska, the national emergency team, said the attack began on Monday.",
    );
    assert!(has(&found, "CERT Polska", EntityKind::Org), "{found:?}");
    // Two capitals are a person's initials.
    let found = entities("Title\n\nThe award went to TJ Sandoval, a nurse.");
    assert!(
        !found
            .iter()
            .any(|(s, k, _)| s.contains("Sandoval") && *k == EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn an_outlet_named_before_its_noun_is_an_organisation() {
    let found = entities("Title\n\nThe minister told the Digi24 television station on Saturday that cuts would follow.");
    assert!(has(&found, "Digi24", EntityKind::Org), "{found:?}");
    // A nationality before the noun stays one; the outlet's name follows.
    let found = entities("Title\n\nPolice told the Yugoslav news agency Tanjug about the arrest.");
    assert!(!has(&found, "Yugoslav", EntityKind::Org), "{found:?}");
}

#[test]
fn credit_grades_are_no_bodies_and_detention_centres_are_structures() {
    let found = entities(
        "Title\n\nThe agency lowered the country's rating by one notch to BB+ from BBB- on Friday.",
    );
    assert!(
        !found.iter().any(|(s, _, _)| s.starts_with("BB")),
        "{found:?}"
    );
    let found =
        entities("Title\n\nThe men are held at the Menogeia detention centre near Larnaca.");
    assert!(has(&found, "Menogeia", EntityKind::Facility), "{found:?}");
}

#[test]
fn congresses_of_bodies_and_plants_named_with_their_kind() {
    let found = entities(
        "Title\n\nDeclan Moran, a research officer at the Irish Congress of Trade Unions, said so.",
    );
    assert!(
        has(&found, "Irish Congress of Trade Unions", EntityKind::Org),
        "{found:?}"
    );
    let found = entities(
        "Title\n\nA court suspended the licence for the Cachoeira Alta hydroelectric dam.",
    );
    assert!(
        has(&found, "Cachoeira Alta", EntityKind::Facility),
        "{found:?}"
    );
}

#[test]
fn parliaments_rail_companies_and_volcanoes() {
    let found = entities("Title\n\nNetwork Rail said the line would stay closed. The Sejm voted on Friday. Officials raised the alert for Mayon Volcano.");
    assert!(has(&found, "Network Rail", EntityKind::Org), "{found:?}");
    assert!(has(&found, "Sejm", EntityKind::Org), "{found:?}");
    assert!(has(&found, "Mayon Volcano", EntityKind::Loc), "{found:?}");
}

#[test]
fn a_single_word_and_a_body_named_by_its_remit_are_one_name() {
    let found = entities(
        "Officials said so. The Ethics and Anti-Corruption Commission opened an inquiry. \
         Energy and Water Ministry officials said the dam was safe.",
    );
    assert!(
        has(
            &found,
            "Ethics and Anti-Corruption Commission",
            EntityKind::Org
        ),
        "{found:?}"
    );
    assert!(
        has(&found, "Energy and Water Ministry", EntityKind::Org),
        "{found:?}"
    );
    // A country before "and" names a country of its own.
    let found = entities("Kenya and European Commission officials met in Nairobi.");
    assert!(has(&found, "Kenya", EntityKind::Gpe), "{found:?}");
    assert!(
        has(&found, "European Commission", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn a_name_inside_a_dateline_part_is_the_whole_part() {
    let found = entities("ST. PAUL, Minn. — Voters went to the polls on Tuesday.");
    assert!(has(&found, "ST. PAUL", EntityKind::Gpe), "{found:?}");
    let found = entities("HA LONG, Vietnam — At least six people died when the bridge fell.");
    assert!(has(&found, "HA LONG", EntityKind::Gpe), "{found:?}");
}

#[test]
fn headlands_gates_and_bodies_of_peace_and_security() {
    let found = entities(
        "Ships sailed around the Cape of Good Hope. Crowds gathered at the Brandenburg Gate.",
    );
    assert!(
        has(&found, "Cape of Good Hope", EntityKind::Loc),
        "{found:?}"
    );
    assert!(
        has(&found, "Brandenburg Gate", EntityKind::Facility),
        "{found:?}"
    );
}

#[test]
fn a_body_named_before_its_leader_and_a_confederation() {
    let found = entities("Alliance Sociale leader Nadia Benali denied the claim.");
    assert!(
        has(&found, "Alliance Sociale", EntityKind::Org),
        "{found:?}"
    );
    assert!(has(&found, "Nadia Benali", EntityKind::Person), "{found:?}");
    let found = entities("The Brazilian Football Confederation said it had postponed matches.");
    assert!(
        has(&found, "Brazilian Football Confederation", EntityKind::Org),
        "{found:?}"
    );
}

#[test]
fn names_that_open_facilities_and_laws_joined_by_and_stay_whole() {
    let found = entities(
        "The cargo plane crashed shortly after take-off from Jomo Kenyatta International \
         Airport on Friday night.",
    );
    assert!(
        has(
            &found,
            "Jomo Kenyatta International Airport",
            EntityKind::Facility
        ),
        "{found:?}"
    );
    let found = entities(
        "Prosecutors charged the two men under the Computer Misuse and Cybercrimes Act on Monday.",
    );
    assert!(
        has(
            &found,
            "Computer Misuse and Cybercrimes Act",
            EntityKind::Law
        ),
        "{found:?}"
    );
}

#[test]
fn a_party_known_by_name_is_a_body_even_where_the_tagger_saw_a_person() {
    let found = entities(
        "The coalition of Fianna Fáil, Fine Gael and independent TDs would oppose the motion.",
    );
    assert!(has(&found, "Fianna Fáil", EntityKind::Org), "{found:?}");
    assert!(has(&found, "Fine Gael", EntityKind::Org), "{found:?}");
    // Members named by the initials of their seat are people, no name.
    assert!(!found.iter().any(|(s, _, _)| s == "TDs"), "{found:?}");
}

#[test]
fn a_possessive_ending_stays_outside_the_name() {
    let found = entities("The harvest made the country Africa’s biggest exporter of the fruit.");
    assert!(has(&found, "Africa", EntityKind::Loc), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|(s, _, _)| s.ends_with('s') && s.contains('’')),
        "{found:?}"
    );
}

#[test]
fn titles_of_clerks_and_undersecretaries_stay_outside_the_person() {
    let found = entities("County Clerk Renee Addington said the count would take ten days.");
    assert!(
        has(&found, "Renee Addington", EntityKind::Person),
        "{found:?}"
    );
    let found = entities("The viaduct, the Hollenbach Viaduct, will come down in one blast.");
    assert!(
        has(&found, "Hollenbach Viaduct", EntityKind::Facility),
        "{found:?}"
    );
    let found = entities("It entered the Philippine area of responsibility this year.");
    assert!(has(&found, "Philippine", EntityKind::Norp), "{found:?}");
}

#[test]
fn a_name_after_an_occupation_a_landform_alone_and_a_committee_in_full() {
    let found = entities("In a village nearby, farmer Slamet said he had left at dawn.");
    assert!(has(&found, "Slamet", EntityKind::Person), "{found:?}");
    let found = entities(
        "Ash from East Java volcano shuts airports\n\nMount Raung in East Java erupted on \
         Friday. Raung’s last major eruption was in 2015.",
    );
    assert!(has(&found, "East Java", EntityKind::Gpe), "{found:?}");
    assert!(has(&found, "Raung", EntityKind::Loc), "{found:?}");
    let found = entities(
        "Cole, who chairs the Senate Energy and Natural Resources Committee, said he expected \
         a vote. Evacuees will receive C$1,250 each.",
    );
    assert!(
        has(
            &found,
            "Senate Energy and Natural Resources Committee",
            EntityKind::Org
        ),
        "{found:?}"
    );
    assert!(!found.iter().any(|(s, _, _)| s.contains('$')), "{found:?}");
}

#[test]
fn a_split_body_name_and_a_surname_particle_are_restored() {
    let found =
        entities("Italy's National Anti-Corruption Authority (ANAC) said it had opened a review.");
    assert!(
        has(
            &found,
            "National Anti-Corruption Authority",
            EntityKind::Org
        ),
        "{found:?}"
    );
    let found = entities(
        "Eskom chief executive Pieter van Wyk said the units tripped. According to van Wyk, \
         demand must fall.",
    );
    assert!(has(&found, "van Wyk", EntityKind::Person), "{found:?}");
}

#[test]
fn clergy_county_offices_and_flag_ranks_stay_outside_the_person() {
    for (text, name) in [
        (
            "Bishop Kari Lunde said the church would open its hall.",
            "Kari Lunde",
        ),
        (
            "Washoe County Registrar Thomas Eberle said the count was done.",
            "Thomas Eberle",
        ),
        (
            "Vice-Admiral Hélène Kerbrat said the frigate had sailed.",
            "Hélène Kerbrat",
        ),
    ] {
        let found = entities(text);
        assert!(has(&found, name, EntityKind::Person), "{text}: {found:?}");
    }
    // A given name before a title word makes it a surname.
    let found = entities("The novel by Stephen King sold well in Boston.");
    assert!(has(&found, "Stephen King", EntityKind::Person), "{found:?}");
}

#[test]
fn an_article_opening_a_sentence_before_an_acronym_is_no_person() {
    let found = entities("Talks went on. An IMF spokeswoman said the review would continue.");
    assert!(!has(&found, "An", EntityKind::Person), "{found:?}");
    assert!(has(&found, "IMF", EntityKind::Org), "{found:?}");
}

#[test]
fn people_from_a_known_city_are_from_the_city() {
    let found = entities("Two students from Lyon, who asked not to be named, said they had left.");
    assert!(has(&found, "Lyon", EntityKind::Gpe), "{found:?}");
}
