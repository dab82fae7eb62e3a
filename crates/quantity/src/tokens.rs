//! A small tokenizer of its own: numbers, letter runs and single symbols, each knowing
//! whether white space precedes it. Quantities need finer pieces than the shared
//! segmenter gives ("$1.13bn" is `$` `1.13` `bn`), so this crate cuts its own.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Digits with inner `,` groups of three and `.` decimals: "10,000", "1.5", ".001".
    Num,
    /// A run of letters: "million", "km", "Korean".
    Word,
    /// Any other single non-space character: "$", "%", "-", ".".
    Sym,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No white space between this token and the one before it.
    pub glued: bool,
}

fn is_digit(b: Option<&u8>) -> bool {
    matches!(b, Some(b'0'..=b'9'))
}

/// Length in bytes of the number starting at `i` (which holds a digit, or a `.` before one).
fn number_len(bytes: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < bytes.len() {
        let b = bytes[j];
        if b.is_ascii_digit() || (b == b'.' && is_digit(bytes.get(j + 1))) {
            j += 1;
        } else if b == b','
            && j > i
            && bytes[j - 1].is_ascii_digit()
            && bytes
                .get(j + 1..j + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !is_digit(bytes.get(j + 4))
        {
            // A thousands group: exactly three digits after the comma.
            j += 4;
        } else {
            break;
        }
    }
    j - i
}

/// Cuts `text` into tokens. Every token lies on char boundaries.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut glued = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit()
            || (b == b'.' && is_digit(bytes.get(i + 1)) && !prev_is_digit(bytes, i))
        {
            let len = number_len(bytes, i);
            toks.push(Tok {
                start: i,
                end: i + len,
                kind: Kind::Num,
                glued,
            });
            i += len;
            glued = true;
            continue;
        }
        // Decode one char (the text is valid UTF-8, so this cannot fail).
        let ch = if b.is_ascii() {
            char::from(b)
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let len = ch.len_utf8();
        if ch.is_whitespace() {
            i += len;
            glued = false;
            continue;
        }
        if ch.is_alphabetic() {
            let mut j = i + len;
            loop {
                // ASCII letters, the common case, a byte at a time.
                while bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
                    j += 1;
                }
                match text[j..].chars().next() {
                    Some(c) if c.is_alphabetic() => j += c.len_utf8(),
                    _ => break,
                }
            }
            toks.push(Tok {
                start: i,
                end: j,
                kind: Kind::Word,
                glued,
            });
            i = j;
        } else {
            toks.push(Tok {
                start: i,
                end: i + len,
                kind: Kind::Sym,
                glued,
            });
            i += len;
        }
        glued = true;
    }
    toks
}

fn prev_is_digit(bytes: &[u8], i: usize) -> bool {
    i > 0 && bytes[i - 1].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn splits_money_and_scale() {
        assert_eq!(
            texts("$1.13bn in aid"),
            vec!["$", "1.13", "bn", "in", "aid"]
        );
    }

    #[test]
    fn keeps_thousands_groups_but_not_list_commas() {
        assert_eq!(
            texts("10,000 and 4, 5"),
            vec!["10,000", "and", "4", ",", "5"]
        );
        assert_eq!(texts("1,20"), vec!["1", ",", "20"]);
    }

    #[test]
    fn marks_glue() {
        let t = tokenize("US $5");
        assert!(!t[1].glued && t[2].glued);
    }

    #[test]
    fn leading_decimal_point() {
        assert_eq!(texts("to .001 per"), vec!["to", ".001", "per"]);
    }
}
