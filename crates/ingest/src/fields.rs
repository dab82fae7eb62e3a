//! Names under which document fields appear in header blocks and JSON objects.

use crate::dates::data_pairs;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Id,
    Title,
    Published,
    Source,
    Url,
    Text,
    /// A known key whose value we do not keep (author, section...).
    Ignore,
}

static FIELDS: LazyLock<HashMap<String, Field>> = LazyLock::new(|| {
    data_pairs(include_str!("../data/field_names.txt"))
        .filter_map(|(alias, field)| {
            let field = match field {
                "id" => Field::Id,
                "title" => Field::Title,
                "published" => Field::Published,
                "source" => Field::Source,
                "url" => Field::Url,
                "text" => Field::Text,
                "ignore" => Field::Ignore,
                _ => return None,
            };
            Some((fold_key(alias), field))
        })
        .collect()
});

/// Keys compare case-insensitively and ignoring spaces, `_` and `-`
/// ("Published At", "published_at", "publishedAt" are one key).
fn fold_key(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a key names, if any.
pub(crate) fn field_of(key: &str) -> Option<Field> {
    if key.len() > 40 {
        return None;
    }
    FIELDS.get(&fold_key(key)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_fold_case_and_separators() {
        assert_eq!(field_of("Title"), Some(Field::Title));
        assert_eq!(field_of("PUBLISHED_AT"), Some(Field::Published));
        assert_eq!(field_of("datePublished"), Some(Field::Published));
        assert_eq!(field_of("date"), Some(Field::Published));
        assert_eq!(field_of("Link"), Some(Field::Url));
        assert_eq!(field_of("Author"), Some(Field::Ignore));
        assert_eq!(field_of("Washington"), None);
    }
}
