//! Time expressions (TIMEX3), normalized against the publication date.
use model::Timex;

/// Finds the time expressions of `text`. `published` is an ISO 8601 date or date-time
/// (`2024-10-23`, `2024-10-23T08:00:00Z`) or None when unknown.
pub fn find(_text: &str, _published: Option<&str>) -> Vec<Timex> {
    Vec::new()
}
