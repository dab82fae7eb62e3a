//! Plain text, with an optional header block.

use crate::fields::{field_of, Field};
use crate::{normalize_date, normalize_line, Draft, Outcome};
use model::{Origin, SourceFormat};

/// Reads a plain-text article.
///
/// A header block is recognized when every line before the first blank line is a
/// `Key: value` line with a known key (`data/field_names.txt`), or when at least two such lines
/// open the text (the blank line after them may be missing); otherwise the text has no header
/// and is kept whole ("Note: ..." opening an article stays text). With a header, the
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
    let mut line_start = text.len() - text.trim_start().len();
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |at| line_start + at);
        let next_start = (line_end + 1).min(text.len());
        let line = &text[line_start..line_end];
        if line.trim().is_empty() {
            return if fields.is_empty() {
                None
            } else {
                Some((fields, &text[next_start..]))
            };
        }
        let header_line = line
            .split_once(':')
            .and_then(|(key, value)| Some((field_of(key.trim())?, value.trim())))
            .filter(|(field, _)| *field != Field::Text);
        match header_line {
            Some(pair) => fields.push(pair),
            // Two or more header lines are a header even when the blank line after them is
            // missing; a single "Key: value" line may just be how the article opens.
            None if fields.len() >= 2 => return Some((fields, &text[line_start..])),
            None => return None,
        }
        line_start = next_start;
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
    fn two_header_lines_need_no_blank_line() {
        let doc = read_text(
            "Title: Harbor reopens\r\nDate: 2023-03-04\r\nThe harbor reopened.",
            &origin(),
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Harbor reopens"));
        assert_eq!(doc.published.as_deref(), Some("2023-03-04"));
        assert_eq!(doc.text, "The harbor reopened.");
    }

    #[test]
    fn one_key_line_without_blank_line_is_text() {
        let doc = read_text("Source: a ministry memo\nThe memo was leaked.", &origin()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Source: a ministry memo"));
        assert_eq!(doc.text, "Source: a ministry memo\nThe memo was leaked.");
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
