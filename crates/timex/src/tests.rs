//! Hand-written sentences, one group per family of rules.

use super::find;
use model::TimexKind;

/// (text, value) of every expression found.
fn found(text: &str, published: Option<&str>) -> Vec<(String, String)> {
    find(text, published)
        .into_iter()
        .map(|t| (t.span.of(text).to_string(), t.value))
        .collect()
}

fn one(text: &str, published: &str) -> (String, String) {
    let all = found(text, Some(published));
    assert_eq!(all.len(), 1, "expected one timex in {text:?}, got {all:?}");
    all.into_iter().next().unwrap()
}

fn pair(span: &str, value: &str) -> (String, String) {
    (span.to_string(), value.to_string())
}

const WED: &str = "2024-10-23";

#[test]
fn placeholder() {
    assert_eq!(one("The mayor spoke on Tuesday.", WED), pair("Tuesday", "2024-10-22"));
}
