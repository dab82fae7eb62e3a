//! Portfolios of ministries and departments (`data/portfolios.txt`): "health" before
//! "ministry" is the "Ministry of Health". Attribution files sources under this one name and
//! fusion names a minister's ministry with it, so the two meet.

use std::sync::LazyLock;

/// A portfolio: the word that names it before "ministry" ("health"), its name after
/// "Ministry of" ("Health"), and the one country that has such a body, where only one does.
#[derive(Debug)]
pub struct Portfolio {
    pub word: &'static str,
    pub name: &'static str,
    pub country: Option<&'static str>,
}

static PORTFOLIOS: LazyLock<Vec<Portfolio>> = LazyLock::new(|| {
    include_str!("../data/portfolios.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut fields = l.split('|').map(str::trim);
            Some(Portfolio {
                word: fields.next()?,
                name: fields.next()?,
                country: fields.next(),
            })
        })
        .collect()
});

/// The portfolio a word names before "ministry", in any case ("Health", "interior").
pub fn by_word(word: &str) -> Option<&'static Portfolio> {
    let lower = word.to_lowercase();
    PORTFOLIOS.iter().find(|p| p.word == lower)
}

/// The portfolio of a name after "Ministry of" ("the Interior").
pub fn by_name(name: &str) -> Option<&'static Portfolio> {
    PORTFOLIOS.iter().find(|p| p.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portfolios_are_found_by_word_and_by_name() {
        assert_eq!(by_word("Interior").map(|p| p.name), Some("the Interior"));
        assert_eq!(by_word("foreign").map(|p| p.name), Some("Foreign Affairs"));
        assert_eq!(
            by_name("State").and_then(|p| p.country),
            Some("United States")
        );
        assert_eq!(by_word("health").and_then(|p| p.country), None);
        assert!(by_word("meteorological").is_none());
    }
}
