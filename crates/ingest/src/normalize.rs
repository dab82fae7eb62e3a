//! Text normalization and stable ids.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes a document text: whitespace tidied, then Unicode NFC.
///
/// * `\r\n`, lone `\r`, U+0085, U+2028 become `\n`; U+2029 (paragraph separator) becomes `\n\n`;
/// * runs of horizontal whitespace (space, tab, no-break and other Unicode spaces, vertical tab,
///   form feed) become one ASCII space; spaces at the start and end of every line are removed;
/// * other control characters and U+FEFF (byte-order mark, zero-width no-break space) are removed;
/// * three or more newlines become one blank line (`\n\n`); single and double newlines are kept
///   as given, so paragraphs stay `\n\n` or `\n`;
/// * no leading or trailing newlines.
///
/// Tidying runs before NFC because removing a character (a stray control between a letter and
/// its accent) can make a pair composable; NFC never creates whitespace or controls, so the
/// result is a fixed point: `normalize_text(normalize_text(x)) == normalize_text(x)`.
pub fn normalize_text(s: &str) -> String {
    let tidy = tidy_whitespace(s);
    if tidy.is_ascii() || is_nfc_quick(tidy.chars()) == IsNormalized::Yes {
        tidy
    } else {
        tidy.nfc().collect()
    }
}

/// Whether [`normalize_text`] leaves anything of `s`, without normalizing it: tidying keeps
/// every character that is not whitespace or a removed control, and NFC empties nothing.
/// Most texts answer at their first character.
pub(crate) fn keeps_any_char(s: &str) -> bool {
    s.chars().any(|c| matches!(classify(c), CharClass::Keep))
}

/// Normalizes a one-line field (title, source, url): every whitespace run, newlines included,
/// becomes one space, trimmed, NFC. Empty gives None.
pub fn normalize_line(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || is_removed(c)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        return None;
    }
    if out.is_ascii() || is_nfc_quick(out.chars()) == IsNormalized::Yes {
        Some(out)
    } else {
        Some(out.nfc().collect())
    }
}

/// What a character counts as while tidying.
enum CharClass {
    Newline,
    ParagraphBreak,
    Space,
    Removed,
    Keep,
}

fn is_removed(c: char) -> bool {
    c == '\u{feff}' || (c.is_control() && c != '\n' && c != '\t')
}

fn classify(c: char) -> CharClass {
    match c {
        '\n' | '\r' | '\u{85}' | '\u{2028}' => CharClass::Newline,
        '\u{2029}' => CharClass::ParagraphBreak,
        ' ' | '\t' | '\u{0b}' | '\u{0c}' => CharClass::Space,
        c if c.is_ascii() => {
            if c.is_ascii_control() {
                CharClass::Removed
            } else {
                CharClass::Keep
            }
        }
        c if c.is_whitespace() => CharClass::Space,
        c if is_removed(c) => CharClass::Removed,
        _ => CharClass::Keep,
    }
}

fn tidy_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Newlines seen since the last kept character; flushed (capped at two) before the next one.
    let mut pending_newlines = 0usize;
    let mut pending_space = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match classify(c) {
            CharClass::Newline => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                pending_newlines += 1;
                pending_space = false;
            }
            CharClass::ParagraphBreak => {
                pending_newlines += 2;
                pending_space = false;
            }
            CharClass::Space => pending_space = true,
            CharClass::Removed => {}
            CharClass::Keep => {
                if !out.is_empty() {
                    if pending_newlines > 0 {
                        out.push_str(if pending_newlines >= 2 { "\n\n" } else { "\n" });
                    } else if pending_space {
                        out.push(' ');
                    }
                }
                pending_newlines = 0;
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

/// A stable id for a normalized text: `d-` and 16 hex digits of a 64-bit FNV-1a hash of its
/// UTF-8 bytes, passed through a bit mixer so that near-identical texts get unrelated ids.
/// The same on every run and platform.
pub fn text_id(normalized: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for &byte in normalized.as_bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(PRIME);
    }
    // splitmix64 finalizer
    hash ^= hash >> 30;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^= hash >> 27;
    hash = hash.wrapping_mul(0x94d0_49bb_1331_11eb);
    hash ^= hash >> 31;
    format!("d-{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lone_cr_become_newlines() {
        assert_eq!(normalize_text("One.\r\nTwo.\rThree."), "One.\nTwo.\nThree.");
    }

    #[test]
    fn horizontal_runs_collapse_and_line_edges_are_trimmed() {
        assert_eq!(
            normalize_text("  The  minister\t\tsaid \u{a0}so.   \n   Then left.  "),
            "The minister said so.\nThen left."
        );
    }

    #[test]
    fn three_or_more_newlines_become_one_blank_line() {
        assert_eq!(normalize_text("A.\n\n\n\nB.\n \n \nC."), "A.\n\nB.\n\nC.");
        assert_eq!(normalize_text("A.\n\nB.\nC."), "A.\n\nB.\nC.");
    }

    #[test]
    fn leading_and_trailing_blank_lines_are_removed() {
        assert_eq!(
            normalize_text("\n\n  \nTitle\n\nBody.\n\n\n"),
            "Title\n\nBody."
        );
        assert_eq!(normalize_text(" \n\t\n"), "");
    }

    #[test]
    fn keeps_any_char_tells_whether_normalizing_leaves_text() {
        let cases = [
            "",
            " \n\t\r\n",
            "\u{feff}\u{1}\u{2029} \u{a0}\u{85}",
            "\u{2028}\u{7f}\u{3000}x",
            "\u{301}",
            "  A.  ",
            "\u{200b}",
        ];
        for s in cases {
            assert_eq!(keeps_any_char(s), !normalize_text(s).is_empty(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn keeps_any_char_agrees_with_normalizing(s in "[ \t\n\r\u{a0}\u{85}\u{2028}\u{2029}\u{feff}\u{1}\u{7f}\u{301}\u{3000}a.]{0,12}|\\PC{0,4}") {
            proptest::prop_assert_eq!(keeps_any_char(&s), !normalize_text(&s).is_empty());
        }
    }

    #[test]
    fn output_is_nfc() {
        // "e" + combining acute becomes the precomposed letter.
        assert_eq!(normalize_text("Caf\u{65}\u{301} owner"), "Caf\u{e9} owner");
    }

    #[test]
    fn stray_controls_and_bom_are_removed_before_composition() {
        assert_eq!(normalize_text("\u{feff}Cafe\u{1}\u{301}"), "Caf\u{e9}");
    }

    #[test]
    fn unicode_separators_become_breaks() {
        assert_eq!(normalize_text("A.\u{2029}B.\u{2028}C."), "A.\n\nB.\nC.");
    }

    #[test]
    fn line_fields_collapse_newlines() {
        assert_eq!(
            normalize_line("  Troops\n  sent   north ").as_deref(),
            Some("Troops sent north")
        );
        assert_eq!(normalize_line(" \n\t"), None);
    }

    #[test]
    fn text_id_is_stable_and_discriminating() {
        let a = text_id("The agency said so.");
        assert_eq!(a, text_id("The agency said so."));
        assert_ne!(a, text_id("The agency said no."));
        assert!(a.starts_with("d-"));
        assert_eq!(a.len(), 18);
        assert!(a[2..].chars().all(|c| c.is_ascii_hexdigit()));
        // Pinned so that a change of the hash (which would change every stored id) is noticed.
        assert_eq!(text_id(""), "d-f52a15e9a9b5e89b");
        assert_eq!(text_id("Caf\u{e9}"), "d-05bbc803ed6abe4b");
    }
}
