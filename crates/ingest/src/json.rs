//! JSON Lines, a single JSON object, or an array (or stream) of objects.

use crate::dates::{from_unix_seconds, normalize_date};
use crate::fields::{field_of, Field};
use crate::{invalid_utf8, Draft, ErrorKind, IngestError, Outcome};
use model::{Origin, SourceFormat};
use serde_json::{Map, Value};

/// Reads JSON input. Policy:
///
/// * a file opening with `[` is one JSON array; its elements are `item 1`, `item 2`...;
/// * a file whose first line is a complete JSON value is JSON Lines: each non-blank line is
///   one article (`line N`), independent of the others;
/// * otherwise (a pretty-printed object, or several) the whole file is read as a stream of
///   JSON values; if that fails too, it falls back to JSON Lines so that each bad line is
///   reported and each good line still read.
#[cfg(test)]
pub(crate) fn read_json(bytes: &[u8], whole: &Origin) -> Vec<Outcome> {
    read_json_with(bytes, whole, false)
}

/// As `read_json`; with `verbatim`, each `text` is kept exactly as given (see
/// [`crate::Options::verbatim_json_text`]).
pub(crate) fn read_json_with(bytes: &[u8], whole: &Origin, verbatim: bool) -> Vec<Outcome> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    if bytes.get(start) == Some(&b'[') {
        return match serde_json::from_slice::<Vec<Value>>(bytes) {
            Ok(values) => items(values, whole, verbatim),
            Err(error) => vec![Err(IngestError::new(
                whole,
                ErrorKind::Malformed,
                json_message(&error, "not a valid JSON array"),
            ))],
        };
    }
    let first_line = bytes[start..].split(|&b| b == b'\n').next().unwrap_or(&[]);
    if serde_json::from_slice::<serde::de::IgnoredAny>(first_line).is_err() {
        let stream: Result<Vec<Value>, _> = serde_json::Deserializer::from_slice(bytes)
            .into_iter::<Value>()
            .collect();
        if let Ok(values) = stream {
            if values.len() == 1 {
                let value = values.into_iter().next().unwrap_or(Value::Null);
                return vec![document(value, whole.clone(), verbatim)];
            }
            return items(values, whole, verbatim);
        }
    }
    json_lines(bytes, whole, verbatim)
}

fn items(values: Vec<Value>, whole: &Origin, verbatim: bool) -> Vec<Outcome> {
    values
        .into_iter()
        .enumerate()
        .map(|(index, value)| {
            document(
                value,
                locate(whole, format!("item {}", index + 1)),
                verbatim,
            )
        })
        .collect()
}

fn locate(whole: &Origin, locator: String) -> Origin {
    Origin {
        path: whole.path.clone(),
        locator: Some(locator),
    }
}

fn json_lines(bytes: &[u8], whole: &Origin, verbatim: bool) -> Vec<Outcome> {
    let mut out = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let origin = locate(whole, format!("line {}", index + 1));
        let text = match std::str::from_utf8(line) {
            Ok(text) => text,
            Err(error) => {
                out.push(Err(invalid_utf8(&origin, line, &error)));
                continue;
            }
        };
        match serde_json::from_str::<Value>(text) {
            Ok(value) => out.push(document(value, origin, verbatim)),
            Err(error) => out.push(Err(IngestError::new(
                &origin,
                ErrorKind::Malformed,
                json_message(&error, "not valid JSON"),
            ))),
        }
    }
    if out.is_empty() {
        out.push(Err(IngestError::new(
            whole,
            ErrorKind::Empty,
            "empty input: no JSON lines",
        )));
    }
    out
}

/// "not valid JSON (expected value at column 1)": serde_json's message with its line number
/// dropped when the locator already says the line.
fn json_message(error: &serde_json::Error, what: &str) -> String {
    let full = error.to_string();
    let reason = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(reason, _)| reason);
    format!(
        "{what} ({reason} at line {} column {})",
        error.line(),
        error.column()
    )
    .replace(" at line 1 column ", " at column ")
}

fn document(value: Value, origin: Origin, verbatim: bool) -> Outcome {
    let Value::Object(object) = value else {
        return Err(IngestError::new(
            &origin,
            ErrorKind::MissingField,
            format!(
                "expected a JSON object with a \"text\" field, found {}",
                kind_of(&value)
            ),
        ));
    };
    let draft = draft_of(&object, &origin)?;
    if verbatim {
        draft.finish_verbatim(SourceFormat::Jsonl, origin)
    } else {
        draft.finish(SourceFormat::Jsonl, origin)
    }
}

fn draft_of(object: &Map<String, Value>, origin: &Origin) -> Result<Draft, IngestError> {
    let mut draft = Draft::default();
    let mut text = None;
    for (key, value) in object {
        let Some(field) = field_of(key) else { continue };
        match field {
            Field::Text => {
                if text.is_none() {
                    text = Some((key, value));
                }
            }
            Field::Id => fill(&mut draft.id, scalar(value)),
            Field::Title => fill(&mut draft.title, string(value)),
            Field::Source => fill(&mut draft.source, source_name(value)),
            Field::Url => fill(&mut draft.url, string(value)),
            Field::Published => {
                if draft.published.is_none() {
                    draft.published = published(value);
                }
            }
            Field::Ignore => {}
        }
    }
    match text {
        Some((_, Value::String(body))) => draft.text = body.clone(),
        Some((key, other)) => {
            return Err(IngestError::new(
                origin,
                ErrorKind::MissingField,
                format!("\"{key}\" must be a string, found {}", kind_of(other)),
            ))
        }
        None => {
            return Err(IngestError::new(
                origin,
                ErrorKind::MissingField,
                "no \"text\" field: every article needs its text",
            ))
        }
    }
    Ok(draft)
}

fn fill(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

fn string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// Ids may be numbers.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A source is a name, or an object with one (`{"name": "Coastal Herald"}`).
fn source_name(value: &Value) -> Option<String> {
    match value {
        Value::Object(object) => object.get("name").and_then(string),
        other => string(other),
    }
}

/// A date string, or a Unix time in seconds (or milliseconds, for values past year 5000).
fn published(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => normalize_date(s),
        Value::Number(n) => {
            let seconds = n.as_i64()?;
            let seconds = if seconds.abs() > 100_000_000_000 {
                seconds / 1000
            } else {
                seconds
            };
            from_unix_seconds(seconds).map(|p| p.to_iso())
        }
        _ => None,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole() -> Origin {
        Origin {
            path: "batch.jsonl".into(),
            locator: None,
        }
    }

    #[test]
    fn bad_lines_do_not_stop_good_ones() {
        let input = b"{\"id\": \"a1\", \"text\": \"First story.\"}\n{broken\n\n{\"title\": \"No body\"}\n{\"text\": \"Fourth story.\", \"date\": \"2022-05-06\"}\n";
        let out = read_json(input, &whole());
        assert_eq!(out.len(), 4);
        assert_eq!(out[0].as_ref().unwrap().id, "a1");
        let bad = out[1].as_ref().unwrap_err();
        assert_eq!(bad.locator.as_deref(), Some("line 2"));
        assert_eq!(bad.kind, ErrorKind::Malformed);
        assert!(
            bad.message.starts_with("not valid JSON ("),
            "{}",
            bad.message
        );
        let missing = out[2].as_ref().unwrap_err();
        assert_eq!(missing.locator.as_deref(), Some("line 4"));
        assert_eq!(missing.kind, ErrorKind::MissingField);
        let fourth = out[3].as_ref().unwrap();
        assert_eq!(fourth.published.as_deref(), Some("2022-05-06"));
        assert_eq!(fourth.origin.locator.as_deref(), Some("line 5"));
    }

    #[test]
    fn array_of_objects_gives_items() {
        let out = read_json(
            b"[{\"text\": \"One.\"}, {\"text\": 5}, {\"text\": \"Three.\", \"id\": 17}]",
            &whole(),
        );
        assert_eq!(out.len(), 3);
        assert_eq!(
            out[0].as_ref().unwrap().origin.locator.as_deref(),
            Some("item 1")
        );
        assert!(out[1]
            .as_ref()
            .unwrap_err()
            .message
            .contains("must be a string"));
        assert_eq!(out[2].as_ref().unwrap().id, "17");
    }

    #[test]
    fn pretty_printed_single_object() {
        let out = read_json(
            b"{\n  \"headline\": \"Dam opens\",\n  \"text\": \"The dam opened.\",\n  \"publisher\": {\"name\": \"Valley Post\"},\n  \"published\": 1666512000\n}\n",
            &whole(),
        );
        assert_eq!(out.len(), 1);
        let doc = out[0].as_ref().unwrap();
        assert_eq!(doc.title.as_deref(), Some("Dam opens"));
        assert_eq!(doc.source.as_deref(), Some("Valley Post"));
        assert_eq!(doc.published.as_deref(), Some("2022-10-23T08:00:00Z"));
        assert_eq!(doc.origin.locator, None);
    }

    #[test]
    fn non_object_line_is_reported() {
        let out = read_json(b"{\"text\": \"Fine.\"}\n[1, 2]\n", &whole());
        assert!(out[0].is_ok());
        let error = out[1].as_ref().unwrap_err();
        assert!(
            error.message.contains("found an array"),
            "{}",
            error.message
        );
    }

    #[test]
    fn empty_text_is_an_empty_article() {
        let out = read_json(b"{\"text\": \"  \\n \"}\n", &whole());
        assert_eq!(out[0].as_ref().unwrap_err().kind, ErrorKind::Empty);
    }
}
