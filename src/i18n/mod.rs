//! Everything the reader sees that is not data: labels, date wording, problem messages.
//!
//! Each language is one file holding one [`Strings`] value; adding a language is adding
//! a file and a line to [`Lang`].

mod en;
mod vi;

use crate::date::Date;
use crate::model::{Kind, Status};
use crate::problem::ProblemKind;

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 code (`vi`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `vi`, `vi-VN` or `en-GB`; `None` for others.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &vi::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

/// Why a data file could not be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered with this HTTP status.
    Http(u16),
    /// No answer: offline, blocked by CORS, or the address does not exist.
    Network,
    /// Part of the widget itself (the reader for CSV or TimelineJS data) did not download.
    Module,
    Timeout,
    /// The file was read but holds no timeline the widget can show.
    Invalid,
}

/// The words of one language.
pub struct Strings {
    /// The language's own name, for the language switch.
    pub name: &'static str,
    pub timeline: &'static str,
    pub language: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub fit_all: &'static str,
    pub close: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub details: &'static str,
    pub events: &'static str,
    pub tiers: &'static str,
    pub tier: &'static str,
    pub pillars: &'static str,
    pub actors: &'static str,
    pub place: &'static str,
    pub sources: &'static str,
    pub note: &'static str,
    pub today: &'static str,
    pub problems_title: &'static str,
    pub dismiss: &'static str,
    pub no_events: &'static str,
    pub and_more: &'static str,
    pub filters: &'static str,
    pub clear_filters: &'static str,
    pub kind_group: &'static str,
    pub status_group: &'static str,
    pub axis: &'static str,
    /// Starts the sentence announcing the visible range ("Showing 2024 – 2030").
    pub showing: &'static str,
    pub loading: &'static str,
    pub show_earlier: &'static str,
    pub show_later: &'static str,
    pub retry: &'static str,
    pub media: &'static str,
    pub credit: &'static str,
    /// Why data could not be loaded: HTTP status, network/CORS, timeout, unreadable data.
    pub load_error: fn(LoadError) -> String,
    pub kinds: [&'static str; Kind::ALL.len()],
    pub happened: &'static str,
    pub planned: &'static str,
    /// "planned" inside a sentence (lowercase where the language has case).
    pub planned_word: &'static str,
    /// How this language writes dates: one table, read by [`Strings::date`],
    /// [`Strings::tick`] and [`Strings::span`].
    pub dates: DateForm,
    /// Wording of a problem found in the data.
    pub problem: fn(&ProblemKind) -> String,
    /// "N events shown" style summary.
    pub event_count: fn(usize) -> String,
    /// "N of M events shown", after filtering.
    pub shown_count: fn(usize, usize) -> String,
    /// The toggle between the story axis and proportional time, and what it does.
    pub to_scale: &'static str,
    pub to_scale_hint: &'static str,
    /// The length of a compressed stretch of the axis, from its days ("23 years").
    pub gap: fn(i64) -> String,
    /// Who acted and whom it concerned: the filter group, the details' terms, the
    /// legend's count of visits each way.
    pub by_group: &'static str,
    pub direction: &'static str,
    pub visits: &'static str,
    /// The button under a summary too long to lay out at once.
    pub full_text: &'static str,
    /// "… and 12 more": the problems a notice does not list.
    pub more_problems: fn(usize) -> String,
    /// "and", joining the parties that acted together.
    pub and: &'static str,
}

/// How a language writes a date, for the one date function every language shares.
#[derive(Debug)]
pub struct DateForm {
    pub months: [&'static str; 12],
    /// Between the day and the month ("12 March", "12 tháng 3").
    pub day_month: &'static str,
    /// Between the month and the year ("March 2025", "tháng 3, 2025").
    pub month_year: &'static str,
    /// After a year before year 1 ("44 BCE", "44 TCN").
    pub before_era: &'static str,
    /// How the axis abbreviates: month names cut to three letters ("11 Mar",
    /// "Mar 2025"), or numbers ("11/3", "3/2025").
    pub short_ticks: TickForm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickForm {
    ShortNames,
    Numbers,
}

impl Strings {
    /// A date at its own precision: "12 March 2025", "October 2024", "44 BCE".
    pub fn date(&self, d: &Date) -> String {
        let f = &self.dates;
        let mut out = String::new();
        if let Some(day) = d.day {
            out.push_str(&number(usize::from(day)));
            out.push_str(f.day_month);
        }
        if let Some(m) = d.month {
            out.push_str(f.months[usize::from(m.clamp(1, 12)) - 1]);
            out.push_str(f.month_year);
        }
        push_year(&mut out, d.year, f.before_era);
        out
    }

    /// A date as a tick on the axis, as short as it can be read: a day without its
    /// year, a month with it.
    pub fn tick(&self, d: &Date) -> String {
        let f = &self.dates;
        let mut out = String::new();
        match (f.short_ticks, d.day, d.month) {
            (TickForm::ShortNames, day, Some(m)) => {
                if let Some(day) = day {
                    out.push_str(&number(usize::from(day)));
                    out.push(' ');
                }
                let name = f.months[usize::from(m.clamp(1, 12)) - 1];
                out.push_str(name.get(..3).unwrap_or(name));
                if day.is_some() {
                    return out;
                }
                out.push(' ');
            }
            (TickForm::Numbers, Some(day), Some(m)) => {
                out.push_str(&number(usize::from(day)));
                out.push('/');
                out.push_str(&number(usize::from(m)));
                return out;
            }
            (TickForm::Numbers, None, Some(m)) => {
                out.push_str(&number(usize::from(m)));
                out.push('/');
            }
            _ => {}
        }
        push_year(&mut out, d.year, f.before_era);
        out
    }

    /// Two dates as one span, sharing what they share: "11–13 March 2025".
    pub fn span(&self, a: &Date, b: &Date) -> String {
        if let (Some(d1), Some(d2), true, true) = (a.day, b.day, a.year == b.year, a.month == b.month) {
            let mut out = number(usize::from(d1));
            out.push('–');
            out.push_str(&self.date(&Date { day: Some(d2), ..*b }));
            return out;
        }
        let mut out = self.date(a);
        out.push_str(" – ");
        out.push_str(&self.date(b));
        out
    }

    pub fn kind(&self, kind: Kind) -> &'static str {
        let i = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(Kind::ALL.len() - 1);
        self.kinds[i]
    }

    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Happened => self.happened,
            Status::Planned => self.planned,
        }
    }

    /// A date, or a span when `end` is given.
    /// A range worded at the precision that matters: years when it spans years,
    /// months when it spans months, days otherwise.
    pub fn coarse_range(&self, from: Date, to: Date) -> String {
        let (from, to) = if to.year - from.year >= 2 {
            (Date::year(from.year), Date::year(to.year))
        } else if (to.year - from.year) * 12 + i32::from(to.month.unwrap_or(1)) - i32::from(from.month.unwrap_or(1)) >= 2 {
            (Date::month(from.year, from.month.unwrap_or(1)), Date::month(to.year, to.month.unwrap_or(1)))
        } else {
            (from, to)
        };
        self.when(&from, Some(&to))
    }

    pub fn when(&self, date: &Date, end: Option<&Date>) -> String {
        match end {
            Some(end) if end != date => self.span(date, end),
            _ => self.date(date),
        }
    }
}

/// Writes a year; years before year 1 get the era suffix (`44 BCE`, `44 TCN`).
pub(crate) fn push_year(out: &mut String, year: i32, before_era: &str) {
    if year <= 0 {
        crate::date::push_padded(out, (1 - year) as u32, 1);
        out.push(' ');
        out.push_str(before_era);
    } else {
        crate::date::push_padded(out, year as u32, 1);
    }
}

/// A span worded with a language's `date`: `11–13 March 2025` when only the day
/// differs, `A – B` otherwise.
/// Whole years, else whole months, else days, in a gap of `days` days: the unit and
/// the count a gap label names.
pub(crate) fn gap_parts(days: i64) -> (GapUnit, usize) {
    let days = days.max(1) as f64;
    if days >= 365.2425 * 1.5 {
        (GapUnit::Years, (days / 365.2425).round() as usize)
    } else if days >= 45.0 {
        (GapUnit::Months, (days / 30.436875).round() as usize)
    } else {
        (GapUnit::Days, days.round() as usize)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GapUnit {
    Years,
    Months,
    Days,
}

pub(crate) fn number(n: usize) -> String {
    let mut out = String::new();
    crate::date::push_padded(&mut out, n as u32, 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::DateError;

    #[test]
    fn dates_read_naturally_in_each_language() {
        let d = Date::day(2025, 3, 12);
        assert_eq!(Lang::Vi.strings().date(&d), "12 tháng 3, 2025");
        assert_eq!(Lang::En.strings().date(&d), "12 March 2025");
        assert_eq!(Lang::Vi.strings().date(&Date::month(2024, 10)), "tháng 10, 2024");
        assert_eq!(Lang::En.strings().date(&Date::month(2024, 10)), "October 2024");
        assert_eq!(Lang::En.strings().date(&Date::year(-43)), "44 BCE");
        assert_eq!(Lang::Vi.strings().date(&Date::year(-43)), "44 TCN");
    }

    #[test]
    fn ranges_are_worded_at_the_precision_that_matters() {
        let en = Lang::En.strings();
        assert_eq!(en.coarse_range(Date::day(1973, 5, 2), Date::day(2025, 3, 12)), "1973 – 2025");
        assert_eq!(en.coarse_range(Date::day(2025, 1, 2), Date::day(2025, 6, 12)), "January 2025 – June 2025");
        assert_eq!(en.coarse_range(Date::day(2025, 3, 11), Date::day(2025, 3, 13)), "11–13 March 2025");
        assert_eq!((en.gap)(8_400), "23 years");
        assert_eq!((en.gap)(31), "31 days");
        assert_eq!((Lang::Vi.strings().gap)(120), "4 tháng");
    }

    #[test]
    fn spans_share_what_they_share() {
        let (a, b) = (Date::day(2025, 3, 11), Date::day(2025, 3, 13));
        assert_eq!(Lang::En.strings().when(&a, Some(&b)), "11–13 March 2025");
        assert_eq!(Lang::Vi.strings().when(&a, Some(&b)), "11–13 tháng 3, 2025");
        let (c, d) = (Date::year(2025), Date::year(2030));
        assert_eq!(Lang::En.strings().when(&c, Some(&d)), "2025 – 2030");
        assert_eq!(Lang::En.strings().when(&c, Some(&c)), "2025");
    }

    #[test]
    fn ticks_are_short() {
        assert_eq!(Lang::Vi.strings().tick(&Date::day(2025, 3, 11)), "11/3");
        assert_eq!(Lang::En.strings().tick(&Date::day(2025, 3, 11)), "11 Mar");
        assert_eq!(Lang::Vi.strings().tick(&Date::month(2025, 3)), "3/2025");
        assert_eq!(Lang::En.strings().tick(&Date::month(2025, 3)), "Mar 2025");
        assert_eq!(Lang::En.strings().tick(&Date::year(2025)), "2025");
    }

    #[test]
    fn load_errors_are_worded() {
        let en = (Lang::En.strings().load_error)(LoadError::Http(404));
        assert!(en.contains("404"), "{en}");
        let vi = (Lang::Vi.strings().load_error)(LoadError::Timeout);
        assert_ne!(vi, (Lang::En.strings().load_error)(LoadError::Timeout));
        // Every reason worded differently, in both languages.
        for lang in [Lang::En, Lang::Vi] {
            let all = [LoadError::Http(500), LoadError::Network, LoadError::Module, LoadError::Timeout, LoadError::Invalid];
            let words: Vec<String> = all.into_iter().map(lang.strings().load_error).collect();
            for (i, w) in words.iter().enumerate() {
                assert!(!words[..i].contains(w), "{w}");
            }
        }
    }

    #[test]
    fn counts_are_worded() {
        assert_eq!((Lang::En.strings().shown_count)(7, 21), "7 of 21 events shown");
        assert_eq!((Lang::Vi.strings().shown_count)(7, 21), "Hiển thị 7/21 sự kiện");
        assert_eq!((Lang::En.strings().event_count)(1), "1 event");
    }

    #[test]
    fn tags_pick_languages() {
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn every_problem_has_words_in_every_language() {
        let kinds = [
            ProblemKind::InvalidDate { text: "2025-02-30".into(), error: DateError::DayOutOfRange { day: 30, days_in_month: 28 } },
            ProblemKind::DuplicateId("x".into()),
            ProblemKind::UnknownReference { list: "tiers", id: "y".into() },
        ];
        for lang in Lang::ALL {
            for kind in &kinds {
                let text = (lang.strings().problem)(kind);
                assert!(text.len() > 10, "{text}");
            }
        }
        let vi = (Lang::Vi.strings().problem)(&kinds[0]);
        let en = (Lang::En.strings().problem)(&kinds[0]);
        assert_ne!(vi, en);
        assert!(en.contains("2025-02-30") && en.contains("28"), "{en}");
    }
}
