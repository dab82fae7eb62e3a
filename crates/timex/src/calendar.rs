//! Calendar points at several granularities, their arithmetic and their TIMEX3 values.

use crate::lexicon::Unit;
use jiff::civil::Date;
use jiff::ToSpan;

/// A calendar point, as precise as the expression that named it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Day(Date),
    Week(i16, i8),
    Weekend(i16, i8),
    Month(i16, i8),
    Quarter(i16, i8),
    Half(i16, i8),
    Season(i16, &'static str),
    Year(i16),
    /// The decade by its first three digits: 199 for the 1990s.
    Decade(i16),
    /// The century by its first two digits: 19 for the 1900s.
    Century(i16),
}

impl Point {
    pub fn value(&self) -> String {
        match *self {
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{s}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
        }
    }
}

/// The year a point lies in, where it lies in one.
pub fn year_of(p: Point) -> Option<i16> {
    match p {
        Point::Day(d) => Some(d.year()),
        Point::Week(y, _)
        | Point::Weekend(y, _)
        | Point::Month(y, _)
        | Point::Quarter(y, _)
        | Point::Half(y, _)
        | Point::Season(y, _)
        | Point::Year(y) => Some(y),
        Point::Decade(_) | Point::Century(_) => None,
    }
}

/// The month a point lies in, where it lies in one.
pub fn month_of(p: Point) -> Option<(i16, i8)> {
    match p {
        Point::Day(d) => Some((d.year(), d.month())),
        Point::Month(y, m) => Some((y, m)),
        _ => None,
    }
}

/// Parses the date part of an ISO 8601 date or date-time.
pub fn parse_anchor(published: &str) -> Option<Date> {
    let s = published.trim();
    let date = s.get(..10)?;
    let mut parts = date.split('-');
    let year: i16 = parts.next()?.parse().ok()?;
    let month: i8 = parts.next()?.parse().ok()?;
    let day: i8 = parts.next()?.parse().ok()?;
    Date::new(year, month, day).ok()
}

pub fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

pub fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.months()).ok()
}

pub fn week_of(d: Date) -> (i16, i8) {
    let iso = d.iso_week_date();
    (iso.year(), iso.week())
}

pub fn quarter_of(d: Date) -> i8 {
    (d.month() - 1) / 3 + 1
}

/// ISO weekday number, Monday = 1.
pub fn weekday_of(d: Date) -> i8 {
    d.weekday().to_monday_one_offset()
}

/// The point `n` units away from `anchor`, at the granularity of the unit.
pub fn shift(anchor: Date, unit: Unit, n: i64) -> Option<Point> {
    Some(match unit {
        Unit::Day => Point::Day(add_days(anchor, n)?),
        Unit::Week => {
            let (y, w) = week_of(add_days(anchor, 7 * n)?);
            Point::Week(y, w)
        }
        Unit::Fortnight => {
            let (y, w) = week_of(add_days(anchor, 14 * n)?);
            Point::Week(y, w)
        }
        Unit::Month => {
            let d = add_months(anchor, n)?;
            Point::Month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = add_months(anchor, 3 * n)?;
            Point::Quarter(d.year(), quarter_of(d))
        }
        Unit::Year => Point::Year(year_plus(anchor.year(), n)?),
        Unit::Decade => Point::Decade(year_plus(anchor.year(), 10 * n)? / 10),
        Unit::Century => Point::Century(year_plus(anchor.year(), 100 * n)? / 100),
        Unit::Millennium | Unit::Hour | Unit::Minute | Unit::Second => return None,
    })
}

fn year_plus(year: i16, n: i64) -> Option<i16> {
    let y = i64::from(year) + n;
    if (1..=9999).contains(&y) {
        i16::try_from(y).ok()
    } else {
        None
    }
}

/// Shifts a point by whole years, keeping its granularity ("a year earlier" than a quarter
/// is the same quarter of the year before).
pub fn shift_years(p: Point, n: i64) -> Option<Point> {
    Some(match p {
        Point::Day(d) => Point::Day(d.checked_add(n.years()).ok()?),
        Point::Week(y, w) => Point::Week(year_plus(y, n)?, w),
        Point::Weekend(y, w) => Point::Weekend(year_plus(y, n)?, w),
        Point::Month(y, m) => Point::Month(year_plus(y, n)?, m),
        Point::Quarter(y, q) => Point::Quarter(year_plus(y, n)?, q),
        Point::Half(y, h) => Point::Half(year_plus(y, n)?, h),
        Point::Season(y, s) => Point::Season(year_plus(y, n)?, s),
        Point::Year(y) => Point::Year(year_plus(y, n)?),
        Point::Decade(_) | Point::Century(_) => return None,
    })
}

/// The TIMEX3 duration of `amount` units (None: an unknown number, written X).
pub fn duration(amount: Option<f64>, unit: Unit) -> String {
    let (time, letter, factor) = match unit {
        Unit::Second => (true, "S", 1.0),
        Unit::Minute => (true, "M", 1.0),
        Unit::Hour => (true, "H", 1.0),
        Unit::Day => (false, "D", 1.0),
        Unit::Week => (false, "W", 1.0),
        Unit::Fortnight => (false, "W", 2.0),
        Unit::Month => (false, "M", 1.0),
        Unit::Quarter => (false, "Q", 1.0),
        Unit::Year => (false, "Y", 1.0),
        Unit::Decade => (false, "DE", 1.0),
        Unit::Century => (false, "C", 1.0),
        Unit::Millennium => (false, "L", 1.0),
    };
    let t = if time { "T" } else { "" };
    let Some(amount) = amount else {
        // TimeBank writes an unknown number of decades in years ("decades": PXY).
        let letter = if unit == Unit::Decade { "Y" } else { letter };
        return format!("P{t}X{letter}");
    };
    let amount = amount * factor;
    // Decades are written in years when counted ("two decades" is P20Y), as TimeBank does.
    let (amount, letter) = if unit == Unit::Decade {
        (amount * 10.0, "Y")
    } else {
        (amount, letter)
    };
    if amount.fract() == 0.0 {
        return format!("P{t}{}{letter}", amount as i64);
    }
    // Half units go one unit down: "1 1/2 years" is P1Y6M, "half an hour" PT30M.
    let smaller = match unit {
        Unit::Year => Some((12.0, "M", false)),
        Unit::Month => Some((30.0, "D", false)),
        Unit::Day => Some((24.0, "H", true)),
        Unit::Hour => Some((60.0, "M", true)),
        Unit::Minute => Some((60.0, "S", true)),
        Unit::Week => Some((7.0, "D", false)),
        _ => None,
    };
    match smaller {
        Some((per, small, small_time)) => {
            let whole = amount.trunc() as i64;
            let rest = (amount.fract() * per).round() as i64;
            let whole_part = if whole > 0 {
                format!("{whole}{letter}")
            } else {
                String::new()
            };
            let sep = if small_time && !time { "T" } else { "" };
            format!("P{t}{whole_part}{sep}{rest}{small}")
        }
        None => format!("P{t}{amount}{letter}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn anchor_accepts_dates_and_date_times() {
        assert_eq!(parse_anchor("2024-10-23"), Some(date(2024, 10, 23)));
        assert_eq!(parse_anchor("1998-02-13T14:26:00"), Some(date(1998, 2, 13)));
        assert_eq!(parse_anchor("Oct 23"), None);
        assert_eq!(parse_anchor("2024-13-01"), None);
    }

    #[test]
    fn points_print_as_timex_values() {
        assert_eq!(Point::Week(2024, 3).value(), "2024-W03");
        assert_eq!(Point::Quarter(1989, 3).value(), "1989-Q3");
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(Point::Day(date(2024, 1, 5)).value(), "2024-01-05");
    }

    #[test]
    fn shifting_keeps_the_unit_granularity() {
        let d = date(2024, 10, 23);
        assert_eq!(shift(d, Unit::Week, 0), Some(Point::Week(2024, 43)));
        assert_eq!(shift(d, Unit::Month, -1), Some(Point::Month(2024, 9)));
        assert_eq!(shift(d, Unit::Quarter, -1), Some(Point::Quarter(2024, 3)));
        assert_eq!(shift(d, Unit::Year, 1), Some(Point::Year(2025)));
        assert_eq!(shift(d, Unit::Decade, -1), Some(Point::Decade(201)));
        assert_eq!(
            shift_years(Point::Quarter(1989, 3), -1),
            Some(Point::Quarter(1988, 3))
        );
    }

    #[test]
    fn durations_follow_timeml() {
        assert_eq!(duration(Some(3.0), Unit::Day), "P3D");
        assert_eq!(duration(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(duration(None, Unit::Year), "PXY");
        assert_eq!(duration(Some(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(Some(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration(Some(0.5), Unit::Hour), "PT30M");
    }
}
