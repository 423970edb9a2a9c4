//! Calendar dates at the precision a source gives them: a year, a month, a day, or a
//! day and a time of day.
//!
//! News facts come as "in 2013", "in October 2024", "on 12 March 2025" or "at 14:30 on
//! election night"; the timeline keeps that precision instead of inventing a day or an
//! hour. A time of day is kept as the source wrote it, in its own UTC offset when it
//! gives one: it is never converted to another zone. Years may be negative (astronomical
//! numbering: year 0 is 1 BCE) so that history files imported from other tools work.

use std::cmp::Ordering;

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
    /// A day and a time of day (minutes, perhaps seconds).
    Time,
}

/// A time of day as the source wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    /// Minutes since midnight, 0–1439.
    pub minute: u16,
    /// 0–59 when the source gives seconds (shown then, even when 0).
    pub second: Option<u8>,
    /// Thousandths of a second, 0–999: kept for the order of events, never shown.
    pub milli: u16,
    /// The UTC offset the source gives, in minutes (`Z` is 0); `None` when it gives none.
    pub offset: Option<i16>,
}

impl Time {
    pub fn new(hour: u8, minute: u8) -> Time {
        Time { minute: u16::from(hour) * 60 + u16::from(minute), second: None, milli: 0, offset: None }
    }

    pub fn hour(&self) -> u8 {
        (self.minute / 60) as u8
    }

    /// Milliseconds since midnight, wall time as written.
    pub fn millis(&self) -> u32 {
        (u32::from(self.minute) * 60 + u32::from(self.second.unwrap_or(0))) * 1000 + u32::from(self.milli)
    }

    /// The time as ISO 8601 text: `14:30`, `14:30:05`, `14:30:05.250+07:00`.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(16);
        push_padded(&mut out, u32::from(self.hour()), 2);
        out.push(':');
        push_padded(&mut out, u32::from(self.minute % 60), 2);
        if self.second.is_some() || self.milli > 0 {
            out.push(':');
            push_padded(&mut out, u32::from(self.second.unwrap_or(0)), 2);
            if self.milli > 0 {
                out.push('.');
                push_padded(&mut out, u32::from(self.milli), 3);
            }
        }
        if let Some(offset) = self.offset {
            push_offset(&mut out, offset, true);
        }
        out
    }
}

/// Writes a UTC offset: `Z`/`+07:00` (ISO) or `+7`/`+5:30`/`` (for "UTC+7" in labels).
pub fn push_offset(out: &mut String, offset: i16, iso: bool) {
    if offset == 0 && iso {
        out.push('Z');
        return;
    }
    if offset == 0 {
        return;
    }
    out.push(if offset < 0 { '-' } else { '+' });
    let (h, m) = (u32::from(offset.unsigned_abs() / 60), u32::from(offset.unsigned_abs() % 60));
    push_padded(out, h, if iso { 2 } else { 1 });
    if iso || m > 0 {
        out.push(':');
        push_padded(out, m, 2);
    }
}

/// A proleptic Gregorian date known to a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i32,
    /// 1–12 when the month is known.
    pub month: Option<u8>,
    /// 1–31 when the day is known (only with a month).
    pub day: Option<u8>,
    /// The time of day, when known (only with a day).
    pub time: Option<Time>,
}

/// Why a date text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS][offset]`.
    Shape,
    /// A time of day that does not exist (25:00, 14:61) or an offset beyond ±18:00.
    TimeOutOfRange,
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
        Date { year, month: None, day: None, time: None }
    }

    pub fn month(year: i32, month: u8) -> Self {
        Date { year, month: Some(month), day: None, time: None }
    }

    pub fn day(year: i32, month: u8, day: u8) -> Self {
        Date { year, month: Some(month), day: Some(day), time: None }
    }

    /// The same date at a time of day (only a date known to the day takes one).
    pub fn at(self, time: Time) -> Self {
        Date { time: self.day.map(|_| time), ..self }
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
            _ => Ok(Date { year, month, day: None, time: None }),
        }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a day with a time of day,
    /// `YYYY-MM-DDTHH:MM`, `…:SS` or `…:SS.fff`, then an optional offset (`Z`, `+07:00`,
    /// `-0500`); a space may stand for the `T`. A leading `-` marks years before year 0.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        if let Some(split) = text.find(['T', ' ']) {
            let date = Date::parse_day(&text[..split])?;
            if date.day.is_none() {
                return Err(DateError::Shape);
            }
            return Ok(date.at(Time::parse(&text[split + 1..])?));
        }
        Date::parse_day(text)
    }

    fn parse_day(text: &str) -> Result<Self, DateError> {
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
            (Some(_), Some(_)) if self.time.is_some() => Precision::Time,
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
                if let Some(t) = self.time {
                    out.push('T');
                    out.push_str(&t.iso());
                }
            }
        }
        out
    }

    /// Whether a span from `start` to this date would run backwards: it ends on a day
    /// before the start's, or on the same day at an earlier time.
    pub fn ends_before(&self, start: &Date) -> bool {
        self.last_day() < start.first_day() || (self.time.is_some() && start.time.is_some() && self.sort_key() < start.sort_key())
    }

    /// Where in its first day the date falls, from 0 (midnight, or no time given) to
    /// just under 1.
    pub fn day_fraction(&self) -> f64 {
        self.time.map_or(0.0, |t| f64::from(t.millis()) / 86_400_000.0)
    }

    /// The moment at a time on the axis (a day number, its fraction the time of day),
    /// to the minute.
    pub fn from_time(at: f64) -> Self {
        let minutes = (at * 1440.0).round() as i64;
        Date::from_day_number(minutes.div_euclid(1440)).at(Time {
            minute: minutes.rem_euclid(1440) as u16,
            second: None,
            milli: 0,
            offset: None,
        })
    }

    /// The calendar date of a day number, at day precision.
    pub fn from_day_number(days: i64) -> Self {
        let (y, m, d) = civil_from_days(days);
        Date::day(y, m, d)
    }
}

impl Date {
    /// A number in the same order as the dates themselves (see `Ord`), up to the
    /// offsets of times of day, which are placed as written.
    pub fn sort_key(&self) -> i64 {
        const SLOTS: i64 = 86_400_000 + Precision::Time as i64;
        let slot = match self.time {
            Some(t) => Precision::Time as i64 + i64::from(t.millis()),
            None => self.precision() as i64,
        };
        self.first_day() * SLOTS + slot
    }
}

impl Ord for Date {
    /// Earlier first; a coarser date sorts before finer dates it contains
    /// (`2025` < `2025-03` < `2025-03-12`), so a year's summary leads that year.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day().cmp(&other.first_day()).then(self.precision().cmp(&other.precision())).then(self.time.cmp(&other.time))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Time {
    /// Parses `HH:MM`, `HH:MM:SS` or `HH:MM:SS.f…` (thousandths kept), then an optional
    /// `Z`, `±HH:MM`, `±HHMM` or `±HH`.
    pub fn parse(text: &str) -> Result<Time, DateError> {
        let (clock, offset) = match text.find(['Z', 'z', '+', '-']) {
            Some(i) => (&text[..i], Some(&text[i..])),
            None => (text, None),
        };
        let digits = |s: &str, max: u32| -> Result<u32, DateError> {
            if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Shape);
            }
            let v = s.bytes().fold(0, |v, b| v * 10 + u32::from(b - b'0'));
            if v > max {
                return Err(DateError::TimeOutOfRange);
            }
            Ok(v)
        };
        let (hm, rest) = match clock.get(5..) {
            Some(rest) => (&clock[..5], rest),
            None => (clock, ""),
        };
        let (h, m) = hm.split_once(':').ok_or(DateError::Shape)?;
        let (hour, minute) = (digits(h, 23)?, digits(m, 59)?);
        let (mut second, mut milli) = (None, 0);
        if !rest.is_empty() {
            let rest = rest.strip_prefix(':').ok_or(DateError::Shape)?;
            let (s, fraction) = match rest.split_once(['.', ',']) {
                Some((s, f)) => (s, Some(f)),
                None => (rest, None),
            };
            second = Some(digits(s, 59)? as u8);
            if let Some(f) = fraction {
                if f.is_empty() || f.len() > 9 || !f.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(DateError::Shape);
                }
                milli = f.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0u16, |v, b| v * 10 + u16::from(b - b'0'));
            }
        }
        let offset = match offset {
            None => None,
            Some("Z" | "z") => Some(0),
            Some(o) => {
                let negative = o.starts_with('-');
                let body = &o[1..];
                let (oh, om) = match (body.len(), body.split_once(':')) {
                    (_, Some((h, m))) => (h, m),
                    // Four figures, "0700": a byte count alone could cut a character in two.
                    (4, None) if body.is_ascii() => body.split_at(2),
                    (2, None) => (body, "00"),
                    _ => return Err(DateError::Shape),
                };
                let minutes = (digits(oh, 18)? * 60 + digits(om, 59)?) as i16;
                if minutes > 18 * 60 {
                    return Err(DateError::TimeOutOfRange);
                }
                Some(if negative { -minutes } else { minutes })
            }
        };
        Ok(Time { minute: (hour * 60 + minute) as u16, second, milli, offset })
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
        for bad in ["", "25", "2025/03/12", "2025-3-12", "2025-03T10:00", "2025-03-12T9:00", "2025-03-12T", "12/3/2025", "２０２５"] {
            assert_eq!(Date::parse(bad), Err(DateError::Shape), "{bad}");
        }
    }

    #[test]
    fn times_of_day_parse_in_their_own_offset_and_write_back() {
        let t = Date::parse("2014-06-18T14:30").unwrap();
        assert_eq!(t, Date::day(2014, 6, 18).at(Time::new(14, 30)));
        assert_eq!(t.precision(), Precision::Time);
        assert_eq!(Date::parse("2014-06-18 14:30"), Ok(t), "a spreadsheet's space for the T");
        for text in
            ["2014-06-18T14:30", "2014-06-18T14:30:05", "2014-06-18T14:30:05.250+07:00", "2014-06-18T00:00Z", "2014-06-18T23:59-05:30"]
        {
            assert_eq!(Date::parse(text).unwrap().iso(), text);
        }
        let offset = Date::parse("2014-06-18T14:30+0700").unwrap().time.unwrap();
        assert_eq!((offset.offset, offset.hour()), (Some(420), 14), "kept in its own offset, not converted");
        assert_eq!(Date::parse("2014-06-18T14:30+07").unwrap().time.unwrap().offset, Some(420));
        assert_eq!(Date::parse("2014-06-18T24:00"), Err(DateError::TimeOutOfRange));
        assert_eq!(Date::parse("2014-06-18T10:60"), Err(DateError::TimeOutOfRange));
        assert_eq!(Date::parse("2014-06-18T10:00+19:00"), Err(DateError::TimeOutOfRange));
        assert_eq!(Date::parse("2014-06-18T10:00:00.1234567890"), Err(DateError::Shape));
        // An offset of four bytes that are not four figures (a byte the reader replaced
        // with U+FFFD, found by the fuzzer): an error, not a character cut in two.
        for text in ["2014-06-18T14:30-\u{fffd}0", "2014-06-18T14:30+0é0", "2014-06-18T14:30+é00"] {
            assert_eq!(Date::parse(text), Err(DateError::Shape), "{text}");
        }
    }

    #[test]
    fn times_sort_within_their_day_after_the_day_itself() {
        let mut dates: Vec<Date> =
            ["2014-06-18T14:30", "2014-06-18", "2014-06-18T09:05:00.500", "2014-06-18T09:05:00.250", "2014-06", "2014-06-19T00:00"]
                .iter()
                .map(|t| Date::parse(t).unwrap())
                .collect();
        dates.sort_by_key(Date::sort_key);
        let iso: Vec<_> = dates.iter().map(Date::iso).collect();
        assert_eq!(
            iso,
            ["2014-06", "2014-06-18", "2014-06-18T09:05:00.250", "2014-06-18T09:05:00.500", "2014-06-18T14:30", "2014-06-19T00:00"]
        );
        let mut by_ord = dates.clone();
        by_ord.reverse();
        by_ord.sort();
        assert_eq!(by_ord, dates);
        assert!((Date::parse("2014-06-18T18:00").unwrap().day_fraction() - 0.75).abs() < 1e-12);
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
