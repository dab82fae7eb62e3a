//! Whatever the text (and whatever segmentation it comes with), `find` does not panic and
//! returns sorted, non-overlapping spans on char boundaries inside the text.

use model::{Segmentation, Sentence, Span, Token, TokenKind};
use proptest::prelude::*;

fn check(text: &str, segmentation: &Segmentation) {
    let found = ner::find(text, segmentation);
    let mut last_end = 0;
    for e in &found {
        assert!(e.span.start < e.span.end, "empty span {e:?}");
        assert!(e.span.end <= text.len());
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert!(e.span.start >= last_end, "overlap or disorder at {e:?}");
        last_end = e.span.end;
        assert!(!e.canonical.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_with_its_segmentation(text in "\\PC{0,200}") {
        check(&text, &text::segment(&text));
    }

    #[test]
    fn name_like_text(words in prop::collection::vec(
        prop::sample::select(vec!["Kim", "North", "Korea", "(", ")", "NIS", "the", "said", ".",
            "Gen.", "Lt.", "U.S.", "government", "Ukrainian", "and", "Russia", "Party", "é",
            "Zoë", "“", "”", "-", "South", "Democratic", "August", "69", "\n"]), 0..40)) {
        let text = words.join(" ");
        check(&text, &text::segment(&text));
        check(&text, &Segmentation::default());
    }

    #[test]
    fn bogus_segmentations_are_survived(text in "[a-zA-Zé (). ]{0,60}", cuts in prop::collection::vec((0usize..80, 0usize..80), 0..12)) {
        let tokens: Vec<Token> = cuts
            .iter()
            .map(|&(a, b)| Token { span: Span { start: a.min(b), end: a.max(b) }, kind: TokenKind::Word })
            .collect();
        let sentences = vec![Sentence { span: Span { start: 0, end: text.len() }, first_token: 3, end_token: 99 }];
        check(&text, &Segmentation { tokens, sentences });
    }
}

/// Found by `name_like_text`: two repairs grew "South and South" and "Korea" into each other.
#[test]
fn names_grown_into_each_other_do_not_overlap() {
    let text = "North “ Kim Korea NIS ) South and South Korea government North";
    check(text, &text::segment(text));
}
