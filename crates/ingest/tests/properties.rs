//! Properties of normalization and of reading arbitrary bytes.

use ingest::{normalize_text, read_bytes, Options};
use proptest::prelude::*;
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Strings rich in what normalization must handle: whitespace of every kind, line breaks,
/// combining marks, controls, and ordinary letters.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just("\t".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{2000}".to_string()),
        Just("\u{2029}".to_string()),
        Just("\u{301}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{1}".to_string()),
        Just("e".to_string()),
        Just("\u{212b}".to_string()),
        "[a-zA-Z .,]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn check_normal_form(out: &str) -> Result<(), TestCaseError> {
    prop_assert!(is_nfc(out), "not NFC: {out:?}");
    prop_assert!(!out.contains('\r'));
    prop_assert!(!out.contains("\n\n\n"));
    prop_assert!(!out.starts_with('\n') && !out.ends_with('\n'));
    for line in out.split('\n') {
        prop_assert!(!line.ends_with([' ', '\t']), "trailing space in {line:?}");
        prop_assert!(!line.contains("  "), "double space in {line:?}");
        prop_assert!(!line.contains('\t'));
    }
    Ok(())
}

proptest! {
    #[test]
    fn normalize_is_idempotent(text in messy_text()) {
        let once = normalize_text(&text);
        prop_assert_eq!(normalize_text(&once), once);
    }

    #[test]
    fn normalize_output_is_tidy_nfc(text in messy_text()) {
        check_normal_form(&normalize_text(&text))?;
    }

    #[test]
    fn normalize_any_string(text in any::<String>()) {
        let once = normalize_text(&text);
        check_normal_form(&once)?;
        prop_assert_eq!(normalize_text(&once), once.clone());
        // Normalization never invents text: NFC of the input still holds the same letters.
        let letters = |s: &str| s.nfc().filter(|c| c.is_alphanumeric()).count();
        prop_assert!(letters(&once) <= letters(&text));
    }

    #[test]
    fn reading_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300),
                                      hint in prop_oneof![Just(None), Just(Some("html")), Just(Some("jsonl")), Just(Some("xml"))]) {
        for outcome in read_bytes("fuzz", &bytes, hint, &Options::default()) {
            match outcome {
                Ok(doc) => {
                    prop_assert!(!doc.text.is_empty());
                    prop_assert_eq!(normalize_text(&doc.text), doc.text.clone());
                }
                Err(error) => {
                    prop_assert_eq!(error.path.as_str(), "fuzz");
                    prop_assert!(!error.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn reading_any_string_gives_normalized_documents(text in any::<String>(),
                                                     hint in prop_oneof![Just(None), Just(Some("txt")), Just(Some("json"))]) {
        for outcome in read_bytes("fuzz", text.as_bytes(), hint, &Options::default()) {
            match outcome {
                Ok(doc) => {
                    prop_assert_eq!(normalize_text(&doc.text), doc.text.clone());
                    prop_assert!(doc.id.starts_with("d-") || doc.format == model::SourceFormat::Jsonl);
                }
                Err(error) => prop_assert!(!error.message.is_empty()),
            }
        }
    }

    #[test]
    fn reading_markup_like_text_never_panics(text in "[<>a-z/\"= \n{}\\[\\]:,p]{0,200}") {
        for hint in [None, Some("html"), Some("rss")] {
            for outcome in read_bytes("fuzz", text.as_bytes(), hint, &Options::default()) {
                match outcome {
                    Ok(doc) => prop_assert!(!doc.text.is_empty()),
                    Err(error) => prop_assert!(!error.message.is_empty()),
                }
            }
        }
    }
}
