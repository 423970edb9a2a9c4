//! Calendar dates at the precision a source gives them: a year, a month or a day.
//!
//! News facts come as "in 2013", "in October 2024" or "on 12 March 2025"; the timeline
//! keeps that precision instead of inventing a day. Years may be negative (astronomical
//! numbering: year 0 is 1 BCE) so that history files imported from other tools work.

use std::cmp::Ordering;

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A proleptic Gregorian date known to a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i32,
    /// 1–12 when the month is known.
    pub month: Option<u8>,
    /// 1–31 when the day is known (only with a month).
    pub day: Option<u8>,
}

/// Why a date text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Shape,
    MonthOutOfRange(u8),
    /// The day does not exist in that month (2025-02-30).
    DayOutOfRange {
        day: u8,
        days_in_month: u8,
    },
    /// Outside the years the timeline can place (see [`MIN_YEAR`], [`MAX_YEAR`]).
    YearOutOfRange(i64),
}

/// The earliest and latest years accepted: wide enough for archaeology and long-range
/// targets, narrow enough that day arithmetic never overflows.
pub const MIN_YEAR: i32 = -99_999;
pub const MAX_YEAR: i32 = 99_999;

impl Date {
    pub fn year(year: i32) -> Self {
        Date { year, month: None, day: None }
    }

    pub fn month(year: i32, month: u8) -> Self {
        Date { year, month: Some(month), day: None }
    }

    pub fn day(year: i32, month: u8, day: u8) -> Self {
        Date { year, month: Some(month), day: Some(day) }
    }

    /// Builds a date from parts, checking ranges (month 1–12, a day that exists).
    pub fn checked(year: i64, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        if year < i64::from(MIN_YEAR) || year > i64::from(MAX_YEAR) {
            return Err(DateError::YearOutOfRange(year));
        }
        let year = year as i32;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::MonthOutOfRange(m));
            }
        }
        match (month, day) {
            (None, Some(_)) => Err(DateError::Shape),
            (Some(m), Some(d)) => {
                let last = days_in_month(year, m);
                if d == 0 || d > last {
                    Err(DateError::DayOutOfRange { day: d, days_in_month: last })
                } else {
                    Ok(Date::day(year, m, d))
                }
            }
            _ => Ok(Date { year, month, day: None }),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a leading `-` marks years before year 0.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mut parts = body.split('-');
        let year_text = parts.next().unwrap_or("");
        if year_text.len() < 4 || year_text.len() > 6 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::Shape);
        }
        let mut year: i64 = year_text.parse().map_err(|_| DateError::Shape)?;
        if negative {
            year = -year;
        }
        let two_digits = |p: Option<&str>| -> Result<Option<u8>, DateError> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => p.parse().map(Some).map_err(|_| DateError::Shape),
                Some(_) => Err(DateError::Shape),
            }
        };
        let month = two_digits(parts.next())?;
        let day = two_digits(parts.next())?;
        if parts.next().is_some() {
            return Err(DateError::Shape);
        }
        Date::checked(year, month, day)
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Day number (days since 1970-01-01) of the first day this date covers.
    pub fn first_day(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Day number of the last day this date covers (31 December for a year).
    pub fn last_day(&self) -> i64 {
        match (self.month, self.day) {
            (Some(m), Some(d)) => days_from_civil(self.year, m, d),
            (Some(m), None) => days_from_civil(self.year, m, days_in_month(self.year, m)),
            _ => days_from_civil(self.year, 12, 31),
        }
    }

    /// The date as ISO 8601 text at its precision: `2013`, `2024-10`, `2025-03-12`.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(10);
        if self.year < 0 {
            out.push('-');
        }
        push_padded(&mut out, self.year.unsigned_abs(), 4);
        if let Some(m) = self.month {
            out.push('-');
            push_padded(&mut out, u32::from(m), 2);
            if let Some(d) = self.day {
                out.push('-');
                push_padded(&mut out, u32::from(d), 2);
            }
        }
        out
    }

    /// The calendar date of a day number, at day precision.
    pub fn from_day_number(days: i64) -> Self {
        let (y, m, d) = civil_from_days(days);
        Date::day(y, m, d)
    }
}

impl Date {
    /// A number in the same order as the dates themselves (see `Ord`).
    pub fn sort_key(&self) -> i64 {
        self.first_day() * 4 + self.precision() as i64
    }
}

impl Ord for Date {
    /// Earlier first; a coarser date sorts before finer dates it contains
    /// (`2025` < `2025-03` < `2025-03-12`), so a year's summary leads that year.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day().cmp(&other.first_day()).then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Writes `n` with at least `width` digits, without pulling in formatting machinery.
pub fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut len = 0;
    let mut rest = n;
    loop {
        digits[len] = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for i in (0..len).rev() {
        out.push(char::from(digits[i]));
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("2013"), Ok(Date::year(2013)));
        assert_eq!(Date::parse("2024-10"), Ok(Date::month(2024, 10)));
        assert_eq!(Date::parse("2025-03-12"), Ok(Date::day(2025, 3, 12)));
        assert_eq!(Date::parse("-0500"), Ok(Date::year(-500)));
        assert_eq!(Date::parse("2025-03-12").unwrap().precision(), Precision::Day);
    }

    #[test]
    fn refuses_dates_that_do_not_exist() {
        assert_eq!(Date::parse("2025-02-30"), Err(DateError::DayOutOfRange { day: 30, days_in_month: 28 }));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Ok(Some(29)));
        assert_eq!(Date::parse("2025-13"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(Date::parse("2025-00-01"), Err(DateError::MonthOutOfRange(0)));
        assert_eq!(Date::parse("2025-01-00"), Err(DateError::DayOutOfRange { day: 0, days_in_month: 31 }));
        for bad in ["", "25", "2025/03/12", "2025-3-12", "2025-03-12T00:00", "12/3/2025", "２０２５"] {
            assert_eq!(Date::parse(bad), Err(DateError::Shape), "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2025, 3, 12), 20_159);
        for days in [-800_000, -1, 0, 1, 20_159, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn periods_cover_their_days_and_sort_coarse_first() {
        let year = Date::year(2024);
        assert_eq!(year.last_day() - year.first_day(), 365);
        assert_eq!(Date::month(2025, 2).last_day(), days_from_civil(2025, 2, 28));
        let mut dates = [Date::day(2025, 3, 12), Date::year(2025), Date::month(2025, 3), Date::year(1973)];
        dates.sort();
        let iso: Vec<_> = dates.iter().map(Date::iso).collect();
        assert_eq!(iso, ["1973", "2025", "2025-03", "2025-03-12"]);
    }

    #[test]
    fn iso_text_keeps_precision_and_sign() {
        assert_eq!(Date::day(2025, 3, 2).iso(), "2025-03-02");
        assert_eq!(Date::year(-44).iso(), "-0044");
        assert_eq!(Date::month(812, 7).iso(), "0812-07");
    }
}
