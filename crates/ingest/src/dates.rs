//! Publication dates: many spellings in, ISO 8601 out.

use jiff::civil::{Date, DateTime, Time};
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::Offset;
use std::collections::HashMap;
use std::sync::LazyLock;

static MONTHS: LazyLock<HashMap<&'static str, i8>> = LazyLock::new(|| {
    data_pairs(include_str!("../data/months.txt"))
        .filter_map(|(name, number)| Some((name, number.parse().ok()?)))
        .collect()
});

static WEEKDAYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| data_lines(include_str!("../data/weekdays.txt")).collect());

/// Non-comment, non-blank lines of a data file, trimmed.
pub(crate) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// "key value" pairs of a data file.
pub(crate) fn data_pairs(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data_lines(data).filter_map(|line| {
        let (key, value) = line.split_once(char::is_whitespace)?;
        Some((key, value.trim()))
    })
}

/// A publication time: a calendar date, or a date-time with what is known of its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Published {
    Date(Date),
    /// Local date-time; with `Some(offset)` it names an instant.
    DateTime(DateTime, Option<Offset>),
}

impl Published {
    /// ISO 8601: `2024-10-23`, `2024-10-23T08:00:00Z`, `2024-10-23T10:00:00+02:00`, or
    /// `2024-10-23T08:00:00` when the offset is unknown.
    pub(crate) fn to_iso(self) -> String {
        match self {
            Published::Date(date) => date.strftime("%Y-%m-%d").to_string(),
            Published::DateTime(dt, offset) => {
                let base = dt.strftime("%Y-%m-%dT%H:%M:%S").to_string();
                match offset {
                    None => base,
                    Some(offset) if offset.seconds() == 0 => base + "Z",
                    Some(offset) => {
                        let seconds = offset.seconds();
                        let sign = if seconds < 0 { '-' } else { '+' };
                        let minutes = seconds.unsigned_abs() / 60;
                        format!("{base}{sign}{:02}:{:02}", minutes / 60, minutes % 60)
                    }
                }
            }
        }
    }

    /// Seconds since the Unix epoch (midnight UTC for a date, UTC for a date-time whose
    /// offset is unknown).
    pub(crate) fn unix_seconds(self) -> i64 {
        let (dt, offset) = match self {
            Published::Date(date) => (date.to_datetime(Time::midnight()), Offset::UTC),
            Published::DateTime(dt, offset) => (dt, offset.unwrap_or(Offset::UTC)),
        };
        offset
            .to_timestamp(dt)
            .map(|ts| ts.as_second())
            .unwrap_or(0)
    }
}

/// Normalizes a publication date written in any of the usual ways to ISO 8601; None when it
/// is not recognized (an unknown date stays unknown rather than guessed).
pub fn normalize_date(raw: &str) -> Option<String> {
    parse_published(raw).map(Published::to_iso)
}

/// Recognized spellings, tried in this order:
/// RFC 3339 / ISO 8601 (`2024-10-23T08:00:00Z`, `2024-10-23 08:00`, `2024-10-23`),
/// RFC 2822 (`Wed, 23 Oct 2024 08:00:00 GMT`), slashed ISO (`2024/10/23`), and English
/// month-name dates (`October 23, 2024`, `Oct. 23 2024`, `23 Oct 2024`,
/// `Wednesday, 23 October 2024`), whose trailing clock time, if any, is ignored.
pub(crate) fn parse_published(raw: &str) -> Option<Published> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 100 {
        return None;
    }
    parse_iso(raw)
        .or_else(|| parse_rfc2822(raw))
        .or_else(|| parse_slashed(raw))
        .or_else(|| parse_month_name(raw))
}

fn parse_iso(raw: &str) -> Option<Published> {
    if !raw.as_bytes().first()?.is_ascii_digit() {
        return None;
    }
    let pieces = Pieces::parse(raw).ok()?;
    let date = pieces.date();
    let Some(time) = pieces.time() else {
        return Some(Published::Date(date));
    };
    let offset = match pieces.offset() {
        Some(PiecesOffset::Zulu) => Some(Offset::UTC),
        Some(PiecesOffset::Numeric(numeric)) => Some(numeric.offset()),
        // "-00:00": an instant whose local offset is unknown; RFC 3339 reads it as UTC.
        Some(_) => Some(Offset::UTC),
        None => None,
    };
    // Drop sub-second digits: no news date needs them and they make ids of dates noisy.
    let time = time.with().subsec_nanosecond(0).build().ok()?;
    Some(Published::DateTime(date.to_datetime(time), offset))
}

fn parse_rfc2822(raw: &str) -> Option<Published> {
    let zoned = jiff::fmt::rfc2822::DateTimeParser::new()
        .relaxed_weekday(true)
        .parse_zoned(raw)
        .ok()?;
    Some(Published::DateTime(zoned.datetime(), Some(zoned.offset())))
}

fn parse_slashed(raw: &str) -> Option<Published> {
    let mut parts = raw.splitn(3, '/');
    let year: i16 = parse_digits(parts.next()?, 4, 4)?;
    let month: i8 = parse_digits(parts.next()?, 1, 2)?;
    let day: i8 = parse_digits(parts.next()?, 1, 2)?;
    Date::new(year, month, day).ok().map(Published::Date)
}

fn parse_digits<T: std::str::FromStr>(s: &str, min: usize, max: usize) -> Option<T> {
    if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Month-name dates: the first month name fixes the month, the first 1-2 digit number the day
/// and the first 4 digit number the year; words before the month must be weekdays, and
/// anything after the year (a clock time) is ignored.
fn parse_month_name(raw: &str) -> Option<Published> {
    let mut month = None;
    let mut day = None;
    let mut year = None;
    for word in raw.split(|c: char| c.is_whitespace() || c == ',') {
        if year.is_some() {
            break;
        }
        let word = word.trim_end_matches('.');
        if word.is_empty() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if let Some(&number) = MONTHS.get(lower.as_str()) {
            if month.is_some() {
                return None;
            }
            month = Some(number);
        } else if WEEKDAYS.contains(&lower.as_str()) && month.is_none() && day.is_none() {
            continue;
        } else if let Some(number) = parse_digits::<i8>(strip_ordinal(&lower), 1, 2) {
            if day.is_some() {
                return None;
            }
            day = Some(number);
        } else if let Some(number) = parse_digits::<i16>(word, 4, 4) {
            year = Some(number);
        } else {
            return None;
        }
    }
    Date::new(year?, month?, day?).ok().map(Published::Date)
}

/// "23rd" -> "23".
fn strip_ordinal(word: &str) -> &str {
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            return stem;
        }
    }
    word
}

/// A date from a number of seconds since the Unix epoch (JSON sometimes carries these).
pub(crate) fn from_unix_seconds(seconds: i64) -> Option<Published> {
    let ts = jiff::Timestamp::from_second(seconds).ok()?;
    let dt = Offset::UTC.to_datetime(ts);
    Some(Published::DateTime(dt, Some(Offset::UTC)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(raw: &str) -> Option<String> {
        normalize_date(raw)
    }

    #[test]
    fn rfc3339_keeps_time_and_offset() {
        assert_eq!(
            iso("2024-10-23T08:00:00Z").as_deref(),
            Some("2024-10-23T08:00:00Z")
        );
        assert_eq!(
            iso("2024-10-23T10:00:00+02:00").as_deref(),
            Some("2024-10-23T10:00:00+02:00")
        );
        assert_eq!(
            iso("2024-10-23T08:00:00.123456Z").as_deref(),
            Some("2024-10-23T08:00:00Z")
        );
        assert_eq!(
            iso("2024-10-23 08:30").as_deref(),
            Some("2024-10-23T08:30:00")
        );
    }

    #[test]
    fn plain_iso_date_stays_a_date() {
        assert_eq!(iso("2024-10-23").as_deref(), Some("2024-10-23"));
        assert_eq!(iso(" 2024/10/23 ").as_deref(), Some("2024-10-23"));
    }

    #[test]
    fn rfc2822_dates_from_feeds() {
        assert_eq!(
            iso("Wed, 23 Oct 2024 08:00:00 GMT").as_deref(),
            Some("2024-10-23T08:00:00Z")
        );
        assert_eq!(
            iso("Wed, 23 Oct 2024 04:00:00 -0400").as_deref(),
            Some("2024-10-23T04:00:00-04:00")
        );
        // A wrong weekday is a common feed mistake; the date itself wins.
        assert_eq!(
            iso("Mon, 23 Oct 2024 08:00:00 +0000").as_deref(),
            Some("2024-10-23T08:00:00Z")
        );
    }

    #[test]
    fn month_name_dates() {
        assert_eq!(iso("October 23, 2024").as_deref(), Some("2024-10-23"));
        assert_eq!(iso("Oct. 23, 2024").as_deref(), Some("2024-10-23"));
        assert_eq!(iso("23 Oct 2024").as_deref(), Some("2024-10-23"));
        assert_eq!(
            iso("Wednesday, 23rd October 2024").as_deref(),
            Some("2024-10-23")
        );
        assert_eq!(
            iso("October 23, 2024 8:15 AM").as_deref(),
            Some("2024-10-23")
        );
    }

    #[test]
    fn impossible_or_unknown_dates_are_none() {
        assert_eq!(iso("February 30, 2024"), None);
        assert_eq!(iso("2024-13-01"), None);
        assert_eq!(iso("last Tuesday"), None);
        assert_eq!(iso("May 2024"), None);
        assert_eq!(iso(""), None);
    }

    #[test]
    fn unix_seconds_round_trip() {
        let published = from_unix_seconds(1_729_670_400).unwrap();
        assert_eq!(published.to_iso(), "2024-10-23T08:00:00Z");
        assert_eq!(published.unix_seconds(), 1_729_670_400);
    }
}
