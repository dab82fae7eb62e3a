//! Plain text, with an optional header block.

use crate::fields::{field_of, Field};
use crate::{normalize_date, normalize_line, Draft, Outcome};
use model::{Origin, SourceFormat};

/// Reads a plain-text article.
///
/// A header block is recognized only when every line before the first blank line is a
/// `Key: value` line with a known key (`data/field_names.txt`); otherwise the text has no
/// header and is kept whole ("Note: ..." opening an article stays text). With a header, the
/// text is what follows the blank line. The title is the header's `Title:`, else the first
/// non-blank line of the text, which stays in the text.
pub(crate) fn read_text(text: &str, origin: &Origin) -> Outcome {
    let mut draft = Draft::default();
    let body = match split_header(text) {
        Some((header, body)) => {
            for (field, value) in header {
                let slot = match field {
                    Field::Id => &mut draft.id,
                    Field::Title => &mut draft.title,
                    Field::Source => &mut draft.source,
                    Field::Url => &mut draft.url,
                    Field::Published => {
                        if draft.published.is_none() {
                            draft.published = normalize_date(value);
                        }
                        continue;
                    }
                    Field::Text | Field::Ignore => continue,
                };
                if slot.is_none() {
                    *slot = normalize_line(value);
                }
            }
            body
        }
        None => text,
    };
    if draft.title.is_none() {
        draft.title = body.lines().find_map(normalize_line);
    }
    draft.text = body.to_string();
    draft.finish(SourceFormat::Text, origin.clone())
}

/// The header's (field, value) pairs and the text after it, if the text opens with a header.
fn split_header(text: &str) -> Option<(Vec<(Field, &str)>, &str)> {
    let mut fields = Vec::new();
    // Skip blank lines before the header.
    let mut offset = text.len() - text.trim_start().len();
    let mut rest = &text[offset..];
    while !rest.is_empty() {
        let (line, next) = match rest.find('\n') {
            Some(end) => (&rest[..end], &rest[end + 1..]),
            None => (rest, ""),
        };
        offset += rest.len() - next.len();
        rest = next;
        if line.trim().is_empty() {
            return if fields.is_empty() {
                None
            } else {
                Some((fields, &text[offset..]))
            };
        }
        let (key, value) = line.split_once(':')?;
        let field = field_of(key.trim())?;
        if field == Field::Text {
            return None;
        }
        fields.push((field, value.trim()));
    }
    // Only header lines and no body: still a header (the empty text is reported by finish).
    if fields.is_empty() {
        None
    } else {
        Some((fields, ""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            path: "memo.txt".into(),
            locator: None,
        }
    }

    #[test]
    fn header_block_gives_fields_and_is_not_text() {
        let doc = read_text(
            "TITLE: Harbor reopens\npublished: March 4, 2023\nSource: Coastal Herald\nUrl: https://herald.example/harbor\n\nThe harbor reopened on Monday, officials said.\n",
            &origin(),
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Harbor reopens"));
        assert_eq!(doc.published.as_deref(), Some("2023-03-04"));
        assert_eq!(doc.source.as_deref(), Some("Coastal Herald"));
        assert_eq!(doc.url.as_deref(), Some("https://herald.example/harbor"));
        assert_eq!(doc.text, "The harbor reopened on Monday, officials said.");
    }

    #[test]
    fn without_header_first_line_is_title_and_stays_in_text() {
        let doc = read_text(
            "Harbor reopens after storm\nThe harbor reopened on Monday.\n",
            &origin(),
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Harbor reopens after storm"));
        assert_eq!(
            doc.text,
            "Harbor reopens after storm\nThe harbor reopened on Monday."
        );
        assert_eq!(doc.published, None);
    }

    #[test]
    fn unknown_key_means_no_header() {
        let doc = read_text(
            "Note: figures are provisional\n\nThe ministry said 40 people were hurt.",
            &origin(),
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Note: figures are provisional"));
        assert!(doc.text.starts_with("Note: figures"));
    }

    #[test]
    fn header_without_title_takes_first_body_line() {
        let doc = read_text(
            "Published: 2023-03-04\n\nHarbor reopens\n\nThe harbor reopened.",
            &origin(),
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Harbor reopens"));
        assert_eq!(doc.published.as_deref(), Some("2023-03-04"));
        assert_eq!(doc.text, "Harbor reopens\n\nThe harbor reopened.");
    }

    #[test]
    fn header_only_is_an_empty_article() {
        let error = read_text("Title: Nothing here\n\n   \n", &origin()).unwrap_err();
        assert_eq!(error.kind, crate::ErrorKind::Empty);
    }

    #[test]
    fn unparseable_header_date_stays_unknown() {
        let doc = read_text("Published: sometime soon\n\nBody.", &origin()).unwrap();
        assert_eq!(doc.published, None);
    }
}
