//! Unit tests per rule family, on sentences written for these tests, plus property tests
//! and a sanity check on the shared seed article where it is present.

use super::*;
use model::TokenKind;

fn tokens(text: &str) -> Vec<&str> {
    segment(text)
        .tokens
        .iter()
        .map(|t| t.span.of(text))
        .collect()
}

fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
    segment(text)
        .tokens
        .iter()
        .map(|t| (t.span.of(text), t.kind))
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| s.span.of(text))
        .collect()
}

// ---- tokens: punctuation, words, numbers ----

#[test]
fn punctuation_is_split_from_words() {
    assert_eq!(tokens("Hello, world!"), ["Hello", ",", "world", "!"]);
    assert_eq!(tokens("(see above);"), ["(", "see", "above", ")", ";"]);
}

#[test]
fn mojibake_letters_stay_inside_their_word() {
    // "François" decoded once and twice as Latin-1.
    assert_eq!(
        tokens("President Fran\u{c3}\u{a7}ois Hollande"),
        ["President", "Fran\u{c3}\u{a7}ois", "Hollande"]
    );
    assert_eq!(
        tokens("Fran\u{c3}\u{83}\u{c2}\u{a7}ois said"),
        ["Fran\u{c3}\u{83}\u{c2}\u{a7}ois", "said"]
    );
    // A next-line control (U+0085) still separates.
    assert_eq!(tokens("A\u{85}a"), ["A", "a"]);
    // A symbol between a number and a letter, or after a space, still splits.
    assert_eq!(
        tokens("20\u{b0}C and \u{a7}5"),
        ["20", "\u{b0}", "C", "and", "\u{a7}", "5"]
    );
}

#[test]
fn numbers_keep_separators_and_decimals() {
    assert_eq!(
        kinds("10,000 troops, 1.5 percent, at 3:30"),
        [
            ("10,000", TokenKind::Number),
            ("troops", TokenKind::Word),
            (",", TokenKind::Punct),
            ("1.5", TokenKind::Number),
            ("percent", TokenKind::Word),
            (",", TokenKind::Punct),
            ("at", TokenKind::Word),
            ("3:30", TokenKind::Number),
        ]
    );
    assert_eq!(
        tokens("on 10/23/2024 and 2024-10-23"),
        ["on", "10/23/2024", "and", "2024-10-23"]
    );
}

#[test]
fn decimals_without_leading_zero_are_numbers() {
    assert_eq!(
        kinds("hit .596 (.5)"),
        [
            ("hit", TokenKind::Word),
            (".596", TokenKind::Number),
            ("(", TokenKind::Punct),
            (".5", TokenKind::Number),
            (")", TokenKind::Punct),
        ]
    );
}

#[test]
fn units_written_onto_numbers_split_off() {
    assert_eq!(
        kinds("$1.5bn for 10km at 5pm"),
        [
            ("$", TokenKind::Symbol),
            ("1.5", TokenKind::Number),
            ("bn", TokenKind::Word),
            ("for", TokenKind::Word),
            ("10", TokenKind::Number),
            ("km", TokenKind::Word),
            ("at", TokenKind::Word),
            ("5", TokenKind::Number),
            ("pm", TokenKind::Word),
        ]
    );
    // Ordinals, decades and codes stay whole.
    assert_eq!(tokens("3rd 1990s 4x4 G7"), ["3rd", "1990s", "4x4", "G7"]);
}

#[test]
fn a_comma_between_numbers_in_a_list_splits() {
    // Not a thousands separator: only two digits follow.
    assert_eq!(
        tokens("scores of 3,12 and 4"),
        ["scores", "of", "3", ",", "12", "and", "4"]
    );
    assert_eq!(tokens("in 2023, 2024"), ["in", "2023", ",", "2024"]);
}

#[test]
fn a_number_ending_a_sentence_leaves_its_period() {
    assert_eq!(tokens("It rose to 5."), ["It", "rose", "to", "5", "."]);
    assert_eq!(
        sentences("It rose to 5. Then it fell."),
        ["It rose to 5.", "Then it fell."]
    );
}

#[test]
fn hyphenated_words_stay_whole() {
    assert_eq!(
        tokens("Kim Sun-won, a high-ranking aide"),
        ["Kim", "Sun-won", ",", "a", "high-ranking", "aide"]
    );
}

#[test]
fn dashes_are_separate_punctuation() {
    assert_eq!(
        kinds("troops\u{2014}thousands\u{2013}more -- later"),
        [
            ("troops", TokenKind::Word),
            ("\u{2014}", TokenKind::Punct),
            ("thousands", TokenKind::Word),
            ("\u{2013}", TokenKind::Punct),
            ("more", TokenKind::Word),
            ("--", TokenKind::Punct),
            ("later", TokenKind::Word),
        ]
    );
    assert_eq!(tokens("well-\u{2014}"), ["well", "-", "\u{2014}"]);
}

#[test]
fn currency_and_percent_are_symbols() {
    assert_eq!(
        kinds("$1.5 billion, 5%"),
        [
            ("$", TokenKind::Symbol),
            ("1.5", TokenKind::Number),
            ("billion", TokenKind::Word),
            (",", TokenKind::Punct),
            ("5", TokenKind::Number),
            ("%", TokenKind::Symbol),
        ]
    );
    assert_eq!(
        tokens("\u{20AC}20 or \u{00A3}3"),
        ["\u{20AC}", "20", "or", "\u{00A3}", "3"]
    );
}

#[test]
fn urls_and_emails_are_whole() {
    assert_eq!(
        tokens("See https://example.org/a/b?c=1. Or mail desk@news-site.example.com."),
        [
            "See",
            "https://example.org/a/b?c=1",
            ".",
            "Or",
            "mail",
            "desk@news-site.example.com",
            "."
        ]
    );
    assert_eq!(tokens("(www.example.com)"), ["(", "www.example.com", ")"]);
}

#[test]
fn ampersand_names_stay_whole() {
    assert_eq!(tokens("AT&T and S&P rose"), ["AT&T", "and", "S&P", "rose"]);
    assert_eq!(tokens("salt & pepper"), ["salt", "&", "pepper"]);
}

#[test]
fn run_on_sentences_split_at_the_period() {
    assert_eq!(
        tokens("it ended.The next"),
        ["it", "ended", ".", "The", "next"]
    );
    assert_eq!(
        tokens("visit example.com now"),
        ["visit", "example.com", "now"]
    );
}

// ---- tokens: quotes, contractions, possessives ----

#[test]
fn quotes_of_every_style_are_quote_tokens() {
    let text = "\u{201C}Yes\u{201D} \"no\" \u{2018}maybe\u{2019} \u{00AB}non\u{00BB}";
    let quotes: Vec<&str> = segment(text)
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Quote)
        .map(|t| t.span.of(text))
        .collect();
    assert_eq!(
        quotes,
        ["\u{201C}", "\u{201D}", "\"", "\"", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"]
    );
}

#[test]
fn contractions_split_with_each_apostrophe() {
    for apostrophe in ['\'', '\u{2019}', '\u{02B9}', '\u{02BC}'] {
        let text = format!("They don{apostrophe}t know, we{apostrophe}ll see.");
        assert_eq!(
            tokens(&text),
            [
                "They",
                "do",
                &format!("n{apostrophe}t"),
                "know",
                ",",
                "we",
                &format!("{apostrophe}ll"),
                "see",
                "."
            ],
            "apostrophe {apostrophe:?}"
        );
    }
    assert_eq!(tokens("can't"), ["ca", "n't"]);
}

#[test]
fn possessives_split_with_each_apostrophe() {
    for apostrophe in ['\'', '\u{2019}', '\u{02B9}', '\u{02BC}'] {
        let text = format!("South Korea{apostrophe}s spy agency");
        let expected_clitic = format!("{apostrophe}s");
        assert_eq!(
            tokens(&text),
            ["South", "Korea", expected_clitic.as_str(), "spy", "agency"],
            "apostrophe {apostrophe:?}"
        );
    }
}

#[test]
fn plural_possessive_apostrophe_is_split() {
    assert_eq!(
        kinds("the soldiers' families"),
        [
            ("the", TokenKind::Word),
            ("soldiers", TokenKind::Word),
            ("'", TokenKind::Word),
            ("families", TokenKind::Word),
        ]
    );
    // Ending a quotation it is a quote mark.
    assert_eq!(
        kinds("'two cars'."),
        [
            ("'", TokenKind::Quote),
            ("two", TokenKind::Word),
            ("cars", TokenKind::Word),
            ("'", TokenKind::Quote),
            (".", TokenKind::Punct),
        ]
    );
}

#[test]
fn names_with_apostrophes_stay_whole() {
    assert_eq!(tokens("O'Brien's view"), ["O'Brien", "'s", "view"]);
}

#[test]
fn clitics_written_apart_are_words() {
    // CoNLL-style pre-tokenized text.
    assert_eq!(
        kinds("England 's team do n't"),
        [
            ("England", TokenKind::Word),
            ("'s", TokenKind::Word),
            ("team", TokenKind::Word),
            ("do", TokenKind::Word),
            ("n't", TokenKind::Word),
        ]
    );
    assert_eq!(tokens("the '90s"), ["the", "'90s"]);
    assert_eq!(tokens("'sure'"), ["'", "sure", "'"]);
}

// ---- tokens: abbreviations and initials ----

#[test]
fn titles_and_abbreviations_keep_their_period() {
    assert_eq!(
        tokens("Lt. Gen. Ross met Rep. Lee, Sen. Park and Dr. Mo of Acme Inc. in the U.S."),
        [
            "Lt.", "Gen.", "Ross", "met", "Rep.", "Lee", ",", "Sen.", "Park", "and", "Dr.", "Mo",
            "of", "Acme", "Inc.", "in", "the", "U.S."
        ]
    );
    assert_eq!(
        tokens("at 3 p.m. on Sept. 5, e.g. today"),
        ["at", "3", "p.m.", "on", "Sept.", "5", ",", "e.g.", "today"]
    );
}

#[test]
fn dotted_abbreviations_before_a_comma_keep_their_period() {
    assert_eq!(
        tokens("the U.N., the E.U."),
        ["the", "U.N.", ",", "the", "E.U."]
    );
}

#[test]
fn all_capitals_abbreviations_keep_their_period() {
    assert_eq!(
        tokens("ST. LOUIS AND GEN. LEE"),
        ["ST.", "LOUIS", "AND", "GEN.", "LEE"]
    );
    assert_eq!(sentences("ST. LOUIS 2024-10-23"), ["ST. LOUIS 2024-10-23"]);
}

#[test]
fn party_state_tags_keep_their_period() {
    assert_eq!(
        tokens("Sen. Lee (R-Wis.) said"),
        ["Sen.", "Lee", "(", "R-Wis.", ")", "said"]
    );
}

#[test]
fn all_capitals_title_is_only_an_abbreviation() {
    assert_eq!(
        sentences("He filed with the SEC. The agency agreed."),
        ["He filed with the SEC.", "The agency agreed."]
    );
}

#[test]
fn numbering_abbreviations_keep_their_period_only_before_a_number() {
    assert_eq!(tokens("No. 1 pick"), ["No.", "1", "pick"]);
    assert_eq!(
        tokens("He said No. Then"),
        ["He", "said", "No", ".", "Then"]
    );
}

#[test]
fn initials_keep_their_period() {
    assert_eq!(tokens("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    assert_eq!(tokens("J.R.R. Tolkien"), ["J.R.R.", "Tolkien"]);
}

#[test]
fn ordinary_words_lose_their_period() {
    assert_eq!(tokens("he left."), ["he", "left", "."]);
    assert_eq!(tokens("Gene."), ["Gene", "."]);
}

#[test]
fn ellipses_are_one_token() {
    assert_eq!(
        tokens("Well... maybe\u{2026}"),
        ["Well", "...", "maybe", "\u{2026}"]
    );
}

// ---- sentences ----

#[test]
fn titles_never_end_a_sentence() {
    assert_eq!(
        sentences("The report came from Lt. Gen. Ross. Rep. Lee agreed."),
        ["The report came from Lt. Gen. Ross.", "Rep. Lee agreed."]
    );
}

#[test]
fn abbreviation_before_a_name_or_lower_case_word_does_not_end_a_sentence() {
    assert_eq!(
        sentences("The U.S. Congress met. The U.S. government said no."),
        ["The U.S. Congress met.", "The U.S. government said no."]
    );
    assert_eq!(
        sentences("Acme Inc. Chief Jones quit at 9 a.m. on Oct. 23."),
        ["Acme Inc. Chief Jones quit at 9 a.m. on Oct. 23."]
    );
}

#[test]
fn abbreviation_before_a_sentence_starter_ends_a_sentence() {
    assert_eq!(
        sentences("Troops arrived in the U.S. The agency said so."),
        ["Troops arrived in the U.S.", "The agency said so."]
    );
    assert_eq!(
        sentences("It closed at 5 p.m. But nobody left."),
        ["It closed at 5 p.m.", "But nobody left."]
    );
}

#[test]
fn abbreviation_before_an_opening_quote_ends_a_sentence() {
    assert_eq!(
        sentences("Aid reached the U.S. \u{201C}We are ready,\u{201D} he said."),
        [
            "Aid reached the U.S.",
            "\u{201C}We are ready,\u{201D} he said."
        ]
    );
    assert_eq!(
        sentences("Aid reached the U.S. \"We are ready,\" he said."),
        ["Aid reached the U.S.", "\"We are ready,\" he said."]
    );
    // Doubled apostrophes set as a quotation mark.
    assert_eq!(
        sentences("He said so of RT. ''Having them helps,'' he said."),
        ["He said so of RT.", "''Having them helps,'' he said."]
    );
}

#[test]
fn initials_do_not_end_a_sentence() {
    assert_eq!(
        sentences("John F. Kennedy spoke. J.R.R. Tolkien wrote."),
        ["John F. Kennedy spoke.", "J.R.R. Tolkien wrote."]
    );
}

#[test]
fn decimals_do_not_end_a_sentence() {
    assert_eq!(
        sentences("Growth was 3.5 percent. It was 2.1 before."),
        ["Growth was 3.5 percent.", "It was 2.1 before."]
    );
}

#[test]
fn ellipsis_ends_a_sentence_only_before_a_starter() {
    assert_eq!(
        sentences("We waited... and waited... The bus came."),
        ["We waited... and waited...", "The bus came."]
    );
    assert_eq!(
        sentences("Wait... Moscow said no."),
        ["Wait... Moscow said no."]
    );
}

#[test]
fn question_and_exclamation_end_sentences() {
    assert_eq!(
        sentences("Why now? Nobody knows! Really?! Yes."),
        ["Why now?", "Nobody knows!", "Really?!", "Yes."]
    );
}

#[test]
fn closing_quote_belongs_to_the_ending_sentence() {
    assert_eq!(
        sentences("He said, \u{201C}It is over.\u{201D} Then he left."),
        ["He said, \u{201C}It is over.\u{201D}", "Then he left."]
    );
    assert_eq!(
        sentences("He said, \"It is over.\" Then he left."),
        ["He said, \"It is over.\"", "Then he left."]
    );
}

#[test]
fn spaced_closing_quote_belongs_to_the_ending_sentence() {
    // Pre-tokenized text puts spaces around every quote mark.
    assert_eq!(
        sentences("\" We are ready . \" He left . \" Go . \"\nNext line"),
        [
            "\" We are ready . \"",
            "He left .",
            "\" Go . \"",
            "Next line"
        ]
    );
    assert_eq!(
        sentences("They left. \u{201C}We go.\u{201D} He nodded."),
        ["They left.", "\u{201C}We go.\u{201D}", "He nodded."]
    );
}

#[test]
fn quote_ending_in_a_question_continues_with_lower_case() {
    assert_eq!(
        sentences("\u{201C}Why?\u{201D} she asked. \u{201C}Go!\u{201D} he said."),
        [
            "\u{201C}Why?\u{201D} she asked.",
            "\u{201C}Go!\u{201D} he said."
        ]
    );
}

#[test]
fn multi_sentence_quote_is_split_inside() {
    assert_eq!(
        sentences("\u{201C}We will go. We will win,\u{201D} she said. Later, silence."),
        [
            "\u{201C}We will go.",
            "We will win,\u{201D} she said.",
            "Later, silence."
        ]
    );
}

#[test]
fn closing_bracket_belongs_to_the_ending_sentence() {
    assert_eq!(
        sentences("(He declined to comment.) The talks went on."),
        ["(He declined to comment.)", "The talks went on."]
    );
}

#[test]
fn headline_without_period_ends_at_the_line_break() {
    assert_eq!(
        sentences(
            "Spy agency says troops moving to front\nThe agency told lawmakers on Wednesday."
        ),
        [
            "Spy agency says troops moving to front",
            "The agency told lawmakers on Wednesday."
        ]
    );
    // Even when the headline ends in an abbreviation.
    assert_eq!(
        sentences("Talks stall in the U.S.\nNegotiators left."),
        ["Talks stall in the U.S.", "Negotiators left."]
    );
}

#[test]
fn blank_line_always_ends_a_sentence() {
    assert_eq!(
        sentences("One line\n\nthen more"),
        ["One line", "then more"]
    );
}

#[test]
fn hard_wrapped_lines_continue_the_sentence() {
    assert_eq!(
        sentences("The minister said the talks would resume in\nthe spring, officials said."),
        ["The minister said the talks would resume in\nthe spring, officials said."]
    );
}

#[test]
fn dateline_is_a_sentence_of_its_own() {
    assert_eq!(
        sentences("SEOUL, Oct. 23 (Newswire) -- The ministry said talks ended."),
        [
            "SEOUL, Oct. 23 (Newswire) --",
            "The ministry said talks ended."
        ]
    );
    assert_eq!(
        sentences("WASHINGTON (AP) \u{2014} Lawmakers met Tuesday."),
        ["WASHINGTON (AP) \u{2014}", "Lawmakers met Tuesday."]
    );
    assert_eq!(
        sentences("PARIS, France, 2024-10-23\nThe talks ended."),
        ["PARIS, France, 2024-10-23", "The talks ended."]
    );
}

#[test]
fn all_capitals_headline_with_a_hyphen_is_not_a_dateline() {
    assert_eq!(
        sentences("RUGBY - HOME SIDE WINS AT LAST ."),
        ["RUGBY - HOME SIDE WINS AT LAST ."]
    );
}

#[test]
fn list_items_are_sentences_without_their_numbers_split_off() {
    assert_eq!(
        sentences("Demands:\n1. Release the crew.\n2. Pay the fine.\n- Leave now"),
        [
            "Demands:",
            "1. Release the crew.",
            "2. Pay the fine.",
            "- Leave now"
        ]
    );
}

#[test]
fn period_before_lower_case_does_not_end_a_sentence() {
    assert_eq!(
        sentences("The approx. figure was given by Acme Corp. on Monday."),
        ["The approx. figure was given by Acme Corp. on Monday."]
    );
}

#[test]
fn empty_and_blank_texts_have_no_tokens() {
    assert_eq!(segment(""), model::Segmentation::default());
    assert_eq!(
        segment(" \n\t\u{00A0}\u{200B}"),
        model::Segmentation::default()
    );
}

// ---- helpers ----

#[test]
fn sentence_of_finds_the_containing_sentence() {
    let text = "One two. Three four.";
    let seg = segment(text);
    assert_eq!(sentence_of(&seg, 0), Some(0));
    assert_eq!(sentence_of(&seg, 7), Some(0));
    assert_eq!(sentence_of(&seg, 8), None); // the space between
    assert_eq!(sentence_of(&seg, 9), Some(1));
    assert_eq!(sentence_of(&seg, text.len()), None);
}

#[test]
fn token_at_finds_the_containing_token() {
    let text = "One two.";
    let seg = segment(text);
    assert_eq!(token_at(&seg, 5), Some(1));
    assert_eq!(token_text(text, &seg.tokens[1]), "two");
    assert_eq!(token_at(&seg, 3), None);
    assert_eq!(token_at(&seg, 7), Some(2));
}

// ---- properties ----

fn check_invariants(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    use proptest::prop_assert;
    let seg = segment(text);
    let mut previous_end = 0;
    for token in &seg.tokens {
        prop_assert!(token.span.start < token.span.end, "empty token");
        prop_assert!(
            token.span.start >= previous_end,
            "tokens overlap or unsorted"
        );
        prop_assert!(token.span.end <= text.len());
        prop_assert!(text.is_char_boundary(token.span.start));
        prop_assert!(text.is_char_boundary(token.span.end));
        prop_assert!(
            !token.span.of(text).chars().any(char::is_whitespace),
            "token covers whitespace"
        );
        previous_end = token.span.end;
    }
    let mut next_token = 0;
    for sentence in &seg.sentences {
        prop_assert!(
            sentence.first_token == next_token,
            "a token outside every sentence"
        );
        prop_assert!(sentence.first_token < sentence.end_token, "empty sentence");
        prop_assert!(sentence.end_token <= seg.tokens.len());
        prop_assert!(sentence.span.start == seg.tokens[sentence.first_token].span.start);
        prop_assert!(sentence.span.end == seg.tokens[sentence.end_token - 1].span.end);
        next_token = sentence.end_token;
    }
    prop_assert!(
        next_token == seg.tokens.len(),
        "trailing tokens outside every sentence"
    );
    Ok(())
}

proptest::proptest! {
    #[test]
    fn invariants_hold_on_any_string(text in "\\PC*") {
        check_invariants(&text)?;
    }

    #[test]
    fn invariants_hold_on_news_like_strings(
        text in "([A-Za-z]{1,6}|[0-9]{1,4}|[ .,;:!?'\"\u{2019}\u{02B9}\u{201C}\u{201D}$%()\n-]|U\\.S\\.|Lt\\.|\u{2026}|--|\u{2014}|@|/|&|https?://|www\\.){0,60}"
    ) {
        check_invariants(&text)?;
    }

    #[test]
    fn invariants_hold_on_any_chars(text in proptest::collection::vec(proptest::char::any(), 0..80)) {
        let text: String = text.into_iter().collect();
        check_invariants(&text)?;
    }
}

// ---- the shared seed article ----

#[test]
fn seed_article_lines_end_sentences_and_titles_do_not() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/nk-troops-2024-10-23.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("skipped: seed article {path} is absent");
        return;
    };
    let seg = segment(&text);
    let ends: std::collections::HashSet<usize> = seg.sentences.iter().map(|s| s.span.end).collect();
    // Every non-empty line ends a sentence.
    let mut offset = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        let trimmed_end = offset + line.trim_end().len();
        if !line.trim().is_empty() {
            assert!(
                ends.contains(&trimmed_end),
                "line not ending a sentence: {line:?}"
            );
            lines += 1;
        }
        offset += line.len();
    }
    // Sanity: at least one sentence per line, and not wildly more.
    assert!(seg.sentences.len() >= lines);
    assert!(seg.sentences.len() <= lines * 4);
    // No sentence ends after a title or "U.S." followed by a lower-case word or a name.
    for sentence in &seg.sentences[..seg.sentences.len() - 1] {
        let last = seg.tokens[sentence.end_token - 1].span.of(&text);
        let next = seg.tokens[sentence.end_token];
        let between = &text[sentence.span.end..next.span.start];
        if ["Lt.", "Gen.", "Rep.", "U.S."].contains(&last) && !between.contains('\n') {
            let next_word = next.span.of(&text);
            let is_starter = crate::lexicon::SENTENCE_STARTERS.contains(next_word);
            assert!(
                is_starter,
                "sentence ends after {last:?} before {next_word:?}"
            );
        }
    }
}
