//! Everything the reader sees that is not data: labels, date wording, problem messages.
//!
//! Each language is one JSON file (`src/i18n/CODE.json`) read into one [`Strings`]
//! value; adding a language is adding a file and a line to [`Lang`]. The command line
//! and the full module carry every file; the embed's first module carries English and
//! is handed the page's language as a data file beside it (see [`file`]).

pub mod file;
pub mod importer_words;
pub(crate) mod wording;

use crate::date::{Date, Time};
use crate::model::{Kind, Status};
use crate::problem::ProblemKind;

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Vi,
    En,
    /// Chinese in simplified characters, as written in Singapore and mainland China.
    ZhHans,
    Ms,
    Ta,
}

impl Lang {
    /// The languages of the relationship: Vietnamese, and Singapore's four official
    /// languages. The language menu lists them in this order.
    pub const ALL: [Lang; 5] = [Lang::Vi, Lang::En, Lang::ZhHans, Lang::Ms, Lang::Ta];

    /// The BCP 47 code (`vi`, `en`, `zh-Hans`, `ms`, `ta`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::Ms => "ms",
            Lang::Ta => "ta",
        }
    }

    /// Reads a language tag such as `vi`, `vi-VN`, `en-GB`, `zh`, `zh-SG`, `zh-Hans`
    /// or `ms-MY`; `None` for others. Every Chinese tag reads as simplified Chinese,
    /// the only Chinese the widget has.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if primary == "zh" {
            return Some(Lang::ZhHans);
        }
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// This language's words, or English's while its file has not been handed over
    /// (see [`Lang::available`]).
    pub fn strings(self) -> &'static Strings {
        file::strings(self).unwrap_or_else(|| file::strings(Lang::En).unwrap_or(&file::EMPTY))
    }

    /// Whether this language's words are here: built in, or handed over as a file.
    pub fn available(self) -> bool {
        file::strings(self).is_some()
    }

    /// This language if its words are here, else English (which always is).
    pub fn here(self) -> Lang {
        if self.available() {
            self
        } else {
            Lang::En
        }
    }

    /// The language's own name, for the language menu (known before its file is).
    pub fn name(self) -> &'static str {
        match self {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
            Lang::ZhHans => "中文",
            Lang::Ms => "Bahasa Melayu",
            Lang::Ta => "தமிழ்",
        }
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
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
    /// The language's BCP 47 code, as [`Lang::code`] gives it.
    pub code: &'static str,
    /// The language's own name.
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
    /// Why data could not be loaded, in [`LoadError`]'s order: HTTP status (`{0}`),
    /// network/CORS, the module, timeout, unreadable data.
    pub load_errors: [&'static str; 5],
    pub kinds: [&'static str; Kind::ALL.len()],
    pub happened: &'static str,
    pub planned: &'static str,
    /// "planned" inside a sentence (lowercase where the language has case).
    pub planned_word: &'static str,
    /// How this language writes dates: one table, read by [`Strings::date`],
    /// [`Strings::tick`] and [`Strings::span`].
    pub dates: DateForm,
    /// A sentence for each problem, in [`wording::Wording`]'s order, with `{0}`, `{1}`
    /// where its arguments go (see [`Strings::problem`]).
    pub problems: [&'static str; wording::COUNT],
    /// The JSON types a problem may name, in [`wording::TYPES`]'s order.
    pub types: [&'static str; wording::TYPES.len()],
    /// Counts, each as [one, more]: "{0} event", "{0} events".
    pub count_events: [&'static str; 2],
    /// "{0} of {1} events shown" (one or more by `{1}`).
    pub count_shown: [&'static str; 2],
    pub count_errors: [&'static str; 2],
    pub count_warnings: [&'static str; 2],
    /// The units of a compressed stretch of the axis: years, months, days, hours, minutes.
    pub count_units: [[&'static str; 2]; 5],
    /// "{0} left out".
    pub left_out: &'static str,
    /// The toggle between the story axis and proportional time, and what it does.
    pub to_scale: &'static str,
    pub to_scale_hint: &'static str,
    /// Who acted and whom it concerned: the filter group, the details' terms, the
    /// legend's count of visits each way.
    pub by_group: &'static str,
    pub direction: &'static str,
    pub visits: &'static str,
    /// The button under a summary too long to lay out at once.
    pub full_text: &'static str,
    /// "… and {0} more": the problems a notice does not list.
    pub more: &'static str,
    /// "and", joining the parties that acted together.
    pub and: &'static str,
    /// The severities, as a problem line names them ("error", "warning").
    pub error_word: &'static str,
    pub warning_word: &'static str,
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
    /// After a year from year 1 on, where the axis also shows years before it
    /// ("1000 CE", "1000 SCN").
    pub common_era: &'static str,
    /// How the axis abbreviates: month names cut to three letters ("11 Mar",
    /// "Mar 2025"), or numbers ("11/3", "3/2025").
    pub short_ticks: TickForm,
    /// How a time of day is written: "14:30", or "2:30 PM".
    pub clock: Clock,
    /// Between a date and its time of day ("12 March 2025, 14:30").
    pub date_time: &'static str,
    /// The order of a date's parts: the day first ("12 March 2025"), or the year first
    /// with a unit after each part ("2025年3月12日").
    pub order: Order,
    /// Whether the era word goes before the year ("公元前44年", "கி.மு. 44").
    pub era_first: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    DayFirst,
    YearFirst { year: &'static str, month: &'static str, day: &'static str },
}

/// A 24-hour clock, or a 12-hour one with the words for before and after noon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    H24,
    H12 {
        am: &'static str,
        pm: &'static str,
    },
    /// The 12-hour clock with the word for the half of the day in front ("பிற்பகல் 2:30").
    H12Before {
        am: &'static str,
        pm: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickForm {
    ShortNames,
    Numbers,
}

impl Strings {
    /// "21 events", "1 event".
    pub fn event_count(&self, n: usize) -> String {
        count(&self.count_events, n, &[])
    }

    /// "7 of 21 events shown", after filtering.
    pub fn shown_count(&self, shown: usize, total: usize) -> String {
        count(&self.count_shown, total, &[number(shown), number(total)])
    }

    /// The length of a compressed stretch of the axis, from its days ("23 years").
    pub fn gap(&self, days: f64) -> String {
        let (unit, n) = gap_parts(days);
        count(&self.count_units[unit as usize], n, &[])
    }

    /// "… and 12 more (…)": the problems a notice does not list.
    pub fn more_problems(&self, n: usize) -> String {
        wording::fill(self.more, &[number(n)])
    }

    /// What became of the data, in numbers: "21 of 21 events shown · 5 warnings",
    /// "18 of 21 events shown · 3 left out"; "0 events · 1 error" for text that gave none
    /// (a web page, a workbook), rather than "0 of 0 events shown".
    pub fn outcome(&self, shown: usize, given: usize, errors: usize, warnings: usize) -> String {
        let mut out = if given == 0 { self.event_count(0) } else { self.shown_count(shown, given) };
        let left = given.saturating_sub(shown);
        if left > 0 {
            out.push_str(" · ");
            out.push_str(&wording::fill(self.left_out, &[number(left)]));
        } else if errors > 0 {
            out.push_str(" · ");
            out.push_str(&count(&self.count_errors, errors, &[]));
        }
        if warnings > 0 {
            out.push_str(" · ");
            out.push_str(&count(&self.count_warnings, warnings, &[]));
        }
        out
    }

    /// Why data could not be loaded.
    pub fn load_error(&self, e: LoadError) -> String {
        match e {
            LoadError::Http(status) => wording::fill(self.load_errors[0], &[number(usize::from(status))]),
            LoadError::Network => self.load_errors[1].to_owned(),
            LoadError::Module => self.load_errors[2].to_owned(),
            LoadError::Timeout => self.load_errors[3].to_owned(),
            LoadError::Invalid => self.load_errors[4].to_owned(),
        }
    }

    /// What a problem found in the data is, in this language.
    pub fn problem(&self, p: &ProblemKind) -> String {
        let (w, args) = wording::parts(p, &self.types);
        wording::fill(self.problems[w as usize], &args)
    }

    /// Where a problem is, in this language: a spreadsheet's row in its words ("dòng
    /// 4, date"; the column is named as the sheet names it). A place in a JSON document
    /// (`events[3].date`) is the same in every language.
    #[cfg(feature = "importers")]
    pub fn place<'a>(&self, path: &'a str) -> std::borrow::Cow<'a, str> {
        let Some(rest) = path.strip_prefix("row ") else { return path.into() };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return path.into();
        }
        let mut out = wording::fill(self.problems[wording::Wording::Row as usize], &[rest[..digits].to_owned()]);
        out.push_str(&rest[digits..]);
        out.into()
    }

    /// A time of day as the source gave it: "14:30" or "2:30 PM", with seconds when
    /// given ("14:30:05") and the source's UTC offset when given ("14:30 UTC+7").
    pub fn time(&self, t: &Time) -> String {
        self.times(None, t)
    }

    /// Two times of one day, what they share said once: "9:15–11:40 PM",
    /// "11:15 AM–2:40 PM", "21:15–23:40", "பி.ப. 9:15–11:40".
    pub fn time_span(&self, from: &Time, to: &Time) -> String {
        self.times(Some(from), to)
    }

    /// `to` as [`Strings::time`] says it, after `from` when given: the half of the day
    /// and the offset written once when the two share them.
    fn times(&self, from: Option<&Time>, to: &Time) -> String {
        let clock = |out: &mut String, t: &Time, twelve: bool| {
            let h = u32::from(t.hour());
            let hour = if !twelve {
                h
            } else if h % 12 == 0 {
                12
            } else {
                h % 12
            };
            crate::date::push_padded(out, hour, if twelve { 1 } else { 2 });
            out.push(':');
            crate::date::push_padded(out, u32::from(t.minute % 60), 2);
            if let Some(sec) = t.second {
                out.push(':');
                crate::date::push_padded(out, u32::from(sec), 2);
            }
        };
        let half = |t: &Time, am: &'static str, pm: &'static str| if t.hour() < 12 { am } else { pm };
        let same_offset = from.is_some_and(|f| f.offset == to.offset);
        let shared = same_offset && from.is_some_and(|f| (f.hour() < 12) == (to.hour() < 12));
        let mut out = String::new();
        match self.dates.clock {
            Clock::H24 => {
                if let Some(from) = from {
                    clock(&mut out, from, false);
                    if !same_offset {
                        push_offset(&mut out, from);
                    }
                    out.push('–');
                }
                clock(&mut out, to, false);
            }
            Clock::H12 { am, pm } => {
                if let Some(from) = from {
                    clock(&mut out, from, true);
                    if !shared {
                        out.push(' ');
                        out.push_str(half(from, am, pm));
                        push_offset(&mut out, from);
                    }
                    out.push('–');
                }
                clock(&mut out, to, true);
                out.push(' ');
                out.push_str(half(to, am, pm));
            }
            Clock::H12Before { am, pm } => {
                if let Some(from) = from {
                    out.push_str(half(from, am, pm));
                    out.push(' ');
                    clock(&mut out, from, true);
                    if !shared {
                        push_offset(&mut out, from);
                    }
                    out.push('–');
                }
                if !shared {
                    out.push_str(half(to, am, pm));
                    out.push(' ');
                }
                clock(&mut out, to, true);
            }
        }
        push_offset(&mut out, to);
        out
    }

    /// A date at its own precision: "12 March 2025", "October 2024", "44 BCE",
    /// "12 March 2025, 14:30".
    pub fn date(&self, d: &Date) -> String {
        let mut out = self.day(d);
        if let Some(t) = &d.time {
            out.push_str(self.dates.date_time);
            out.push_str(&self.time(t));
        }
        out
    }

    /// A date without its time of day.
    fn day(&self, d: &Date) -> String {
        let f = &self.dates;
        let mut out = String::new();
        if let Order::YearFirst { year, month, day } = f.order {
            push_year(&mut out, d.year, f.before_era, f.era_first);
            out.push_str(year);
            if let Some(m) = d.month {
                out.push_str(&number(usize::from(m)));
                out.push_str(month);
                if let Some(dd) = d.day {
                    out.push_str(&number(usize::from(dd)));
                    out.push_str(day);
                }
            }
            return out;
        }
        if let Some(day) = d.day {
            out.push_str(&number(usize::from(day)));
            out.push_str(f.day_month);
        }
        if let Some(m) = d.month {
            out.push_str(f.months[usize::from(m.clamp(1, 12)) - 1]);
            out.push_str(f.month_year);
        }
        push_year(&mut out, d.year, f.before_era, f.era_first);
        out
    }

    /// A date as a tick on the axis, as short as it can be read: a day without its
    /// year, a month with it.
    pub fn tick(&self, d: &Date) -> String {
        let f = &self.dates;
        let mut out = String::new();
        if let Some(t) = d.time.filter(|t| t.minute > 0) {
            return self.time(&t);
        }
        if let Order::YearFirst { year, month, day } = f.order {
            // "3月12日", "2025年3月", "2025".
            match (d.month, d.day) {
                (Some(m), Some(dd)) => {
                    out.push_str(&number(usize::from(m)));
                    out.push_str(month);
                    out.push_str(&number(usize::from(dd)));
                    out.push_str(day);
                }
                (Some(m), None) => {
                    push_year(&mut out, d.year, f.before_era, f.era_first);
                    out.push_str(year);
                    out.push_str(&number(usize::from(m)));
                    out.push_str(month);
                }
                _ => push_year(&mut out, d.year, f.before_era, f.era_first),
            }
            return out;
        }
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
        push_year(&mut out, d.year, f.before_era, f.era_first);
        out
    }

    /// A tick on an axis that also shows years before year 1: a year from year 1 on
    /// says its era too ("1000 BCE | 1 CE | 1000 CE"). Other ticks as [`Strings::tick`].
    pub fn tick_across_eras(&self, d: &Date) -> String {
        if d.year <= 0 || d.month.is_some() || d.time.is_some() {
            return self.tick(d);
        }
        let mut out = String::new();
        push_in_era(&mut out, d.year as u32, self.dates.common_era, self.dates.era_first);
        out
    }

    /// A day's tick with its year, where the ticks around it do not say it: "12 Mar
    /// 2025", "12/3/2025", "2025年3月12日". Other ticks as [`Strings::tick`] writes them.
    pub fn tick_with_year(&self, d: &Date) -> String {
        let tick = self.tick(d);
        if d.day.is_none() || d.time.is_some_and(|t| t.minute > 0) {
            return tick;
        }
        let f = &self.dates;
        let mut out = String::new();
        if let Order::YearFirst { year, .. } = f.order {
            push_year(&mut out, d.year, f.before_era, f.era_first);
            out.push_str(year);
            out.push_str(&tick);
            return out;
        }
        out.push_str(&tick);
        out.push(if f.short_ticks == TickForm::Numbers { '/' } else { ' ' });
        push_year(&mut out, d.year, f.before_era, f.era_first);
        out
    }

    /// Two dates as one span, sharing what they share: "11–13 March 2025".
    pub fn span(&self, a: &Date, b: &Date) -> String {
        match self.span_ends(a, b) {
            (mut from, Some(to)) => {
                from.push_str(" – ");
                from.push_str(&to);
                from
            }
            (one, None) => one,
        }
    }

    /// [`Strings::span`] as its two ends, when it says them apart ("28 February 2025",
    /// "2 March 2025": joined by " – "), or as the one text that says both
    /// ("11–13 March 2025").
    fn span_ends(&self, a: &Date, b: &Date) -> (String, Option<String>) {
        if let (Some(t1), Some(t2), true) = (a.time, b.time, a.first_day() == b.first_day()) {
            // One day, two times: "12 March 2025, 09:00 – 14:30".
            return (self.date(a), (t1 != t2).then(|| self.time(&t2)));
        }
        let untimed = a.time.is_none() && b.time.is_none();
        if let (Order::YearFirst { day, .. }, Some(d2), true, true) =
            (self.dates.order, b.day, a.year == b.year && untimed, a.month == b.month && a.day.is_some())
        {
            // "2025年3月11日–13日".
            let mut out = self.date(a);
            out.push('–');
            out.push_str(&number(usize::from(d2)));
            out.push_str(day);
            return (out, None);
        }
        if let (Some(d1), Some(d2), true, true) = (a.day, b.day, a.year == b.year && untimed, a.month == b.month) {
            let mut out = number(usize::from(d1));
            out.push('–');
            out.push_str(&self.date(&Date { day: Some(d2), time: None, ..*b }));
            return (out, None);
        }
        // A span across year 1 says the later era too: "202 BCE – 220 CE", "公元前202年 – 公元220年".
        if a.year <= 0 && b.year > 0 && b.month.is_none() {
            let mut to = String::new();
            push_in_era(&mut to, b.year as u32, self.dates.common_era, self.dates.era_first);
            if let Order::YearFirst { year, .. } = self.dates.order {
                to.push_str(year);
            }
            return (self.date(a), Some(to));
        }
        (self.date(a), Some(self.date(b)))
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
    /// Whole months or years (from the first day of one to the last of another: what
    /// events dated only to the month or the year cover) are said as months or years:
    /// "October 2024", "2050", not "1–31 October 2024".
    pub fn coarse_range(&self, from: Date, to: Date) -> String {
        let next = Date::from_day_number(to.last_day() + 1);
        let whole_months = from.day == Some(1) && next.day == Some(1);
        let (from, to) = if from.time.is_some() && from.first_day() == to.first_day() {
            (from, to)
        } else if to.year - from.year >= 2 || whole_months && from.month == Some(1) && next.month == Some(1) {
            (Date::year(from.year), Date::year(to.year))
        } else if whole_months || (to.year - from.year) * 12 + i32::from(to.month.unwrap_or(1)) - i32::from(from.month.unwrap_or(1)) >= 2 {
            (Date::month(from.year, from.month.unwrap_or(1)), Date::month(to.year, to.month.unwrap_or(1)))
        } else {
            (Date { time: None, ..from }, Date { time: None, ..to })
        };
        self.when(&from, Some(&to))
    }

    /// A date as a card on the track shows it: as [`Strings::when`], except a day with a
    /// time of day, whose day takes the axis's short form ("5 Nov 2024, 8:30 PM",
    /// "5/11/2024, 20:30"), so that the time fits the card. The details say it in full.
    pub fn card_when(&self, date: &Date, end: Option<&Date>) -> String {
        crate::phrase::joined(&self.card_when_parts(date, end))
    }

    /// [`Strings::card_when`] in the pieces a card too narrow for it breaks it into, each
    /// whole on its line: a day and its time of day, the two ends of a span
    /// ("5 Nov 2024, " · "9:15–11:40 PM"; "28 February 2025 – " · "2 March 2025").
    pub fn card_when_parts(&self, date: &Date, end: Option<&Date>) -> Vec<String> {
        let Some(start) = date.time else {
            // Without a time of day, the two ends of a span said apart.
            return match end.filter(|e| *e != date).map(|end| self.span_ends(date, end)) {
                Some((mut from, Some(to))) => {
                    from.push_str(" – ");
                    vec![from, to]
                }
                Some((one, None)) => vec![one],
                None => vec![self.date(date)],
            };
        };
        let day = |d: &Date| self.tick_with_year(&Date { time: None, ..*d });
        let day_and = |d: &Date| {
            let mut out = day(d);
            out.push_str(self.dates.date_time);
            out
        };
        let mut parts = vec![day_and(date)];
        let Some(end) = end.filter(|e| *e != date) else {
            parts.push(self.time(&start));
            return parts;
        };
        match end.time {
            // One day, two times: "5 Nov 2024, 9:15–11:40 PM".
            Some(to) if end.first_day() == date.first_day() => parts.push(self.time_span(&start, &to)),
            to => {
                let mut from = self.time(&start);
                from.push_str(" – ");
                parts.push(from);
                match to {
                    Some(to) => {
                        parts.push(day_and(end));
                        parts.push(self.time(&to));
                    }
                    None => parts.push(day(end)),
                }
            }
        }
        parts
    }

    pub fn when(&self, date: &Date, end: Option<&Date>) -> String {
        match end {
            Some(end) if end != date => self.span(date, end),
            _ => self.date(date),
        }
    }
}

/// A time's UTC offset as the source gave it (" UTC+7"), nothing when it gave none.
fn push_offset(out: &mut String, t: &Time) {
    if let Some(offset) = t.offset {
        out.push_str(" UTC");
        crate::date::push_offset(out, offset, false);
    }
}

/// Writes a year; years before year 1 get the era word (`44 BCE`, `44 TCN`, or in
/// front: `公元前44`, `கி.மு. 44`).
pub(crate) fn push_year(out: &mut String, year: i32, before_era: &str, era_first: bool) {
    if year <= 0 {
        push_in_era(out, (1 - year) as u32, before_era, era_first);
    } else {
        crate::date::push_padded(out, year as u32, 1);
    }
}

/// Writes a year count with its era word, after it or in front (`44 BCE`, `公元前44`,
/// `கி.மு. 44`).
fn push_in_era(out: &mut String, year: u32, era: &str, era_first: bool) {
    if era_first {
        out.push_str(era);
        if era.ends_with('.') {
            out.push(' ');
        }
        crate::date::push_padded(out, year, 1);
    } else {
        crate::date::push_padded(out, year, 1);
        out.push(' ');
        out.push_str(era);
    }
}

/// A span worded with a language's `date`: `11–13 March 2025` when only the day
/// differs, `A – B` otherwise.
/// Whole years, else whole months, else days, in a gap of `days` days: the unit and
/// the count a gap label names.
pub(crate) fn gap_parts(days: f64) -> (GapUnit, usize) {
    if days < 1.0 {
        let minutes = (days * 1440.0).round().max(1.0);
        return if minutes >= 90.0 { (GapUnit::Hours, (minutes / 60.0).round() as usize) } else { (GapUnit::Minutes, minutes as usize) };
    }
    if days >= 365.2425 * 1.5 {
        (GapUnit::Years, (days / 365.2425).round() as usize)
    } else if days >= 45.0 {
        (GapUnit::Months, (days / 30.436875).round() as usize)
    } else {
        (GapUnit::Days, days.round() as usize)
    }
}

/// A count in its form for one or more; `{0}` is the count unless `args` are given.
fn count(forms: &[&'static str; 2], n: usize, args: &[String]) -> String {
    let form = forms[usize::from(n != 1)];
    if args.is_empty() {
        wording::fill(form, &[number(n)])
    } else {
        wording::fill(form, args)
    }
}

/// The units in the order of [`Strings::count_units`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GapUnit {
    Years,
    Months,
    Days,
    Hours,
    Minutes,
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

    #[cfg(feature = "importers")]
    #[test]
    fn the_wordings_the_first_module_leaves_out_are_of_problems_only_importers_report() {
        // They come last, in the list's order, so the first module reads the others at
        // the same places.
        let importers: Vec<&str> = importer_words::IMPORTER_PROBLEMS.iter().map(|(key, _)| *key).collect();
        let names: Vec<&str> = wording::names().collect();
        assert_eq!(names[wording::COUNT - importers.len()..], importers);
        assert_eq!(wording::Wording::NotShownIgnored as usize, wording::COUNT - importers.len());
        assert_eq!(wording::Wording::Row as usize, wording::COUNT - 1);
        // The first module is built without src/import/{csv,html,rough,script,timelinejs,vis}.rs
        // (and the kinds are built only with them): a problem those wordings say must
        // not be made anywhere else.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let importers = [
            "import/csv.rs",
            "import/html.rs",
            "import/rough.rs",
            "import/script.rs",
            "import/timelinejs.rs",
            "import/vis.rs",
            "i18n/wording.rs",
        ];
        let mut files = vec![root];
        let mut sources = Vec::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if path.extension().is_some_and(|e| e == "rs") && !importers.iter().any(|i| path.ends_with(i)) {
                sources.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
        assert!(sources.len() > 20, "the sources were found");
        let en = crate::json::read(include_str!("en.json")).0.unwrap();
        for (key, kind) in importer_words::IMPORTER_PROBLEMS {
            assert!(en.get("problems").and_then(|p| p.get(key)).is_some(), "en.json has the problem {key}");
            assert!(wording::names().any(|n| n == key), "{key} is a problem's key");
            if kind.is_empty() {
                continue;
            }
            let made = format!("ProblemKind::{kind}");
            for (path, text) in &sources {
                let made_here = text.match_indices(&made).any(|(i, _)| !text[i + made.len()..].starts_with(|c: char| c.is_alphanumeric()));
                assert!(!made_here, "{} makes {made}, whose English the first module leaves blank", path.display());
            }
        }
    }

    #[test]
    fn a_card_says_a_day_with_a_time_in_short_so_the_time_fits() {
        let at = |text: &str| Date::parse(text).unwrap();
        let (vi, en, zh) = (Lang::Vi.strings(), Lang::En.strings(), Lang::ZhHans.strings());
        assert_eq!(en.card_when(&at("2024-11-05T20:30"), None), "5 Nov 2024, 8:30 PM");
        assert_eq!(vi.card_when(&at("2024-11-05T20:30"), None), "5/11/2024, 20:30");
        assert!(zh.card_when(&at("2024-11-05T20:30"), None).starts_with("2024年11月5日"));
        // One day, two times; two days; a time to a day.
        assert_eq!(en.card_when(&at("2024-11-05T21:15"), Some(&at("2024-11-05T23:40"))), "5 Nov 2024, 9:15–11:40 PM");
        assert_eq!(en.card_when(&at("2024-11-05T22:00"), Some(&at("2024-11-06T01:30"))), "5 Nov 2024, 10:00 PM – 6 Nov 2024, 1:30 AM");
        // One day: the half of the day and the offset said once when the two share them.
        assert_eq!(vi.card_when(&at("2024-11-05T21:15"), Some(&at("2024-11-05T23:40"))), "5/11/2024, 21:15–23:40");
        assert_eq!(en.card_when(&at("2024-11-05T11:15"), Some(&at("2024-11-05T14:40"))), "5 Nov 2024, 11:15 AM–2:40 PM");
        assert_eq!(en.card_when(&at("2024-11-05T21:15+07:00"), Some(&at("2024-11-05T23:40+07:00"))), "5 Nov 2024, 9:15–11:40 PM UTC+7");
        assert_eq!(en.card_when(&at("2024-11-05T21:15+07:00"), Some(&at("2024-11-05T23:40Z"))), "5 Nov 2024, 9:15 PM UTC+7–11:40 PM UTC");
        assert_eq!(vi.card_when(&at("2024-11-05T21:15:05"), Some(&at("2024-11-05T23:40:00"))), "5/11/2024, 21:15:05–23:40:00");
        assert_eq!(vi.card_when(&at("2024-11-05T11:15+07:00"), Some(&at("2024-11-05T14:40+07:00"))), "5/11/2024, 11:15–14:40 UTC+7");
        let ta = Lang::Ta.strings();
        let (half, span) =
            (ta.time(&at("2024-11-05T21:15").time.unwrap()), ta.card_when(&at("2024-11-05T21:15"), Some(&at("2024-11-05T23:40"))));
        let word = half.split(' ').next().unwrap();
        assert!(span.ends_with(&format!("{half}–11:40")) && span.matches(word).count() == 1, "{span}");
        // A span's times as the details say them are still each whole.
        assert_eq!(en.time(&at("2024-11-05T23:40+07:00").time.unwrap()), "11:40 PM UTC+7");
        assert_eq!(en.card_when(&at("2024-11-05T22:00"), Some(&at("2024-11-07"))), "5 Nov 2024, 10:00 PM – 7 Nov 2024");
        // The pieces a narrow card puts on two lines: each a whole day, time or end.
        assert_eq!(en.card_when_parts(&at("2024-11-05T21:15"), Some(&at("2024-11-05T23:40"))), ["5 Nov 2024, ", "9:15–11:40 PM"]);
        assert_eq!(
            en.card_when_parts(&at("2024-11-05T22:00"), Some(&at("2024-11-06T01:30"))),
            ["5 Nov 2024, ", "10:00 PM – ", "6 Nov 2024, ", "1:30 AM"]
        );
        assert_eq!(en.card_when_parts(&at("2024-11-05T22:00"), Some(&at("2024-11-07"))), ["5 Nov 2024, ", "10:00 PM – ", "7 Nov 2024"]);
        assert_eq!(en.card_when_parts(&at("2025-02-28"), Some(&at("2025-03-02"))), ["28 February 2025 – ", "2 March 2025"]);
        assert_eq!(vi.card_when_parts(&at("2013-03"), Some(&at("2025-12"))), ["tháng 3, 2013 – ", "tháng 12, 2025"]);
        // A dash inside one end ("11–13 March 2025") is no place to break.
        assert_eq!(en.card_when_parts(&at("2025-03-11"), Some(&at("2025-03-13"))), ["11–13 March 2025"]);
        assert_eq!(zh.card_when_parts(&at("2024-11-05T20:30"), None).concat(), zh.card_when(&at("2024-11-05T20:30"), None));
        // Dates without a time stay as the details say them.
        for (a, b) in [("2025-03-12", None), ("2025-03-11", Some("2025-03-13")), ("2024-10", None), ("-0043", None)] {
            let (a, b) = (at(a), b.map(at));
            assert_eq!(en.card_when(&a, b.as_ref()), en.when(&a, b.as_ref()));
            assert_eq!(vi.card_when(&a, b.as_ref()), vi.when(&a, b.as_ref()));
        }
    }

    #[test]
    fn times_of_day_read_in_each_language_as_written() {
        let at = |text: &str| Date::parse(text).unwrap();
        let (vi, en) = (Lang::Vi.strings(), Lang::En.strings());
        assert_eq!(vi.date(&at("2014-06-18T14:30")), "18 tháng 6, 2014, 14:30");
        assert_eq!(en.date(&at("2014-06-18T14:30")), "18 June 2014, 2:30 PM");
        assert_eq!(en.date(&at("2014-06-18T00:05:09")), "18 June 2014, 12:05:09 AM");
        assert_eq!(vi.date(&at("2014-06-18T09:05+07:00")), "18 tháng 6, 2014, 09:05 UTC+7");
        assert_eq!(en.date(&at("2014-06-18T09:05-05:30")), "18 June 2014, 9:05 AM UTC-5:30");
        assert_eq!(en.date(&at("2014-06-18T12:00Z")), "18 June 2014, 12:00 PM UTC");
        assert_eq!(vi.span(&at("2014-06-18T09:00"), &at("2014-06-18T14:30")), "18 tháng 6, 2014, 09:00 – 14:30");
        assert_eq!(en.span(&at("2014-06-18T22:00"), &at("2014-06-19T01:30")), "18 June 2014, 10:00 PM – 19 June 2014, 1:30 AM");
        assert_eq!(vi.tick(&at("2014-06-18T14:30")), "14:30");
        assert_eq!(en.tick(&at("2014-06-18T14:30")), "2:30 PM");
        assert_eq!(en.tick(&at("2014-06-18T00:00")), "18 Jun", "midnight is marked by its day");
    }

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

    /// On an axis that also shows years before year 1, the years after it say their era.
    #[test]
    fn ticks_across_the_eras_name_both() {
        for (lang, bce, ce) in [
            (Lang::En, "1000 BCE", "1000 CE"),
            (Lang::Vi, "1000 TCN", "1000 SCN"),
            (Lang::ZhHans, "公元前1000", "公元1000"),
            (Lang::Ms, "1000 SM", "1000 M"),
            (Lang::Ta, "கி.மு. 1000", "கி.பி. 1000"),
        ] {
            let s = lang.strings();
            assert_eq!(s.tick_across_eras(&Date::year(-999)), bce, "{lang:?}");
            assert_eq!(s.tick_across_eras(&Date::year(1000)), ce, "{lang:?}");
            // Ticks finer than a year stay as they are.
            assert_eq!(s.tick_across_eras(&Date::month(1000, 3)), s.tick(&Date::month(1000, 3)), "{lang:?}");
        }
        assert_eq!(Lang::En.strings().tick(&Date::year(1000)), "1000", "an axis of one era names none");
    }

    /// The same fixed dates in every language: a day, a month, a year, a span within a
    /// month, a span across years, a year before 1, a time of day, a tick, a gap, a count.
    #[test]
    fn every_language_writes_dates_in_its_own_form() {
        let at = |t: &str| Date::parse(t).unwrap();
        let cases: [(Lang, [&str; 10]); 5] = [
            (
                Lang::Vi,
                [
                    "12 tháng 3, 2025",
                    "tháng 10, 2024",
                    "1973",
                    "11–13 tháng 3, 2025",
                    "2013 – 12 tháng 3, 2025",
                    "2520 TCN",
                    "12 tháng 3, 2025, 14:30",
                    "12/3",
                    "23 năm",
                    "21 sự kiện",
                ],
            ),
            (
                Lang::En,
                [
                    "12 March 2025",
                    "October 2024",
                    "1973",
                    "11–13 March 2025",
                    "2013 – 12 March 2025",
                    "2520 BCE",
                    "12 March 2025, 2:30 PM",
                    "12 Mar",
                    "23 years",
                    "21 events",
                ],
            ),
            (
                Lang::ZhHans,
                [
                    "2025年3月12日",
                    "2024年10月",
                    "1973年",
                    "2025年3月11日–13日",
                    "2013年 – 2025年3月12日",
                    "公元前2520年",
                    "2025年3月12日 14:30",
                    "3月12日",
                    "23 年",
                    "21 个事件",
                ],
            ),
            (
                Lang::Ms,
                [
                    "12 Mac 2025",
                    "Oktober 2024",
                    "1973",
                    "11–13 Mac 2025",
                    "2013 – 12 Mac 2025",
                    "2520 SM",
                    "12 Mac 2025, 2:30 PTG",
                    "12 Mac",
                    "23 tahun",
                    "21 peristiwa",
                ],
            ),
            (
                Lang::Ta,
                [
                    "12 மார்ச் 2025",
                    "அக்டோபர் 2024",
                    "1973",
                    "11–13 மார்ச் 2025",
                    "2013 – 12 மார்ச் 2025",
                    "கி.மு. 2520",
                    "12 மார்ச் 2025, பிற்பகல் 2:30",
                    "12/3",
                    "23 ஆண்டுகள்",
                    "21 நிகழ்வுகள்",
                ],
            ),
        ];
        for (lang, expected) in cases {
            let s = lang.strings();
            let seen = [
                s.date(&at("2025-03-12")),
                s.date(&at("2024-10")),
                s.date(&at("1973")),
                s.when(&at("2025-03-11"), Some(&at("2025-03-13"))),
                s.when(&at("2013"), Some(&at("2025-03-12"))),
                s.date(&Date::year(-2519)),
                s.date(&at("2025-03-12T14:30")),
                s.tick(&at("2025-03-12")),
                s.gap(8_400.0),
                s.event_count(21),
            ];
            assert_eq!(seen, expected.map(str::to_owned), "{}", lang.code());
            // Singular where the language has one.
            let one = s.event_count(1);
            assert!(one.starts_with('1') && !one.is_empty(), "{one}");
        }
        assert_eq!(Lang::Ta.strings().event_count(1), "1 நிகழ்வு");
        assert_eq!(Lang::En.strings().gap(365.0), "12 months");
    }

    /// Every language has every string: the `Strings` type makes each file fill every
    /// field and word every problem (the compiler checks the `match`es); this checks that
    /// none is left empty or copied from English where a word is expected.
    #[test]
    fn every_language_has_every_string() {
        let en = Lang::En.strings();
        for lang in Lang::ALL {
            let s = lang.strings();
            let words = [
                s.name,
                s.timeline,
                s.language,
                s.zoom_in,
                s.zoom_out,
                s.fit_all,
                s.close,
                s.previous,
                s.next,
                s.details,
                s.events,
                s.tiers,
                s.tier,
                s.pillars,
                s.actors,
                s.place,
                s.sources,
                s.note,
                s.today,
                s.dismiss,
                s.no_events,
                s.and_more,
                s.filters,
                s.clear_filters,
                s.kind_group,
                s.status_group,
                s.axis,
                s.showing,
                s.loading,
                s.show_earlier,
                s.show_later,
                s.retry,
                s.media,
                s.credit,
                s.happened,
                s.planned,
                s.planned_word,
                s.to_scale,
                s.to_scale_hint,
                s.full_text,
                s.by_group,
                s.direction,
                s.visits,
                s.and,
                s.error_word,
                s.warning_word,
            ];
            assert!(words.iter().all(|w| !w.is_empty()), "{}", lang.code());
            assert!(s.kinds.iter().all(|k| !k.is_empty()));
            assert!(s.dates.months.iter().all(|m| !m.is_empty()));
            if lang != Lang::En {
                assert_ne!(s.loading, en.loading, "{}", lang.code());
                assert_ne!(s.problem(&ProblemKind::NoEvents), en.problem(&ProblemKind::NoEvents), "{}", lang.code());
            }
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_tag("zh-SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("ms-MY"), Some(Lang::Ms));
        assert_eq!(Lang::from_tag("ta-SG"), Some(Lang::Ta));
    }

    #[test]
    fn ranges_are_worded_at_the_precision_that_matters() {
        let en = Lang::En.strings();
        assert_eq!(en.coarse_range(Date::day(1973, 5, 2), Date::day(2025, 3, 12)), "1973 – 2025");
        assert_eq!(en.coarse_range(Date::day(2025, 1, 2), Date::day(2025, 6, 12)), "January 2025 – June 2025");
        assert_eq!(en.coarse_range(Date::day(2025, 3, 11), Date::day(2025, 3, 13)), "11–13 March 2025");
        // What events dated to the month or the year cover is said so.
        assert_eq!(en.coarse_range(Date::day(2024, 10, 1), Date::day(2024, 10, 31)), "October 2024");
        assert_eq!(en.coarse_range(Date::day(2050, 1, 1), Date::day(2050, 12, 31)), "2050");
        assert_eq!(en.coarse_range(Date::day(2024, 2, 1), Date::day(2024, 3, 31)), "February 2024 – March 2024");
        assert_eq!(en.coarse_range(Date::day(2024, 2, 1), Date::day(2024, 2, 28)), "1–28 February 2024", "2024 is a leap year");
        assert_eq!(Lang::Vi.strings().coarse_range(Date::day(2025, 1, 1), Date::day(2026, 12, 31)), "2025 – 2026");
        assert_eq!(en.gap(8_400.0), "23 years");
        assert_eq!(en.gap(31.0), "31 days");
        assert_eq!(Lang::Vi.strings().gap(120.0), "4 tháng");
    }

    #[test]
    fn spans_share_what_they_share() {
        let (a, b) = (Date::day(2025, 3, 11), Date::day(2025, 3, 13));
        assert_eq!(Lang::En.strings().when(&a, Some(&b)), "11–13 March 2025");
        assert_eq!(Lang::Vi.strings().when(&a, Some(&b)), "11–13 tháng 3, 2025");
        let (c, d) = (Date::year(2025), Date::year(2030));
        assert_eq!(Lang::En.strings().when(&c, Some(&d)), "2025 – 2030");
        assert_eq!(Lang::En.strings().when(&c, Some(&c)), "2025");
        // Across year 1 both eras are said; before it, one is enough.
        let (han, end) = (Date::year(-201), Date::year(220));
        assert_eq!(Lang::En.strings().when(&han, Some(&end)), "202 BCE – 220 CE");
        assert_eq!(Lang::Vi.strings().when(&han, Some(&end)), "202 TCN – 220 SCN");
        assert_eq!(Lang::ZhHans.strings().when(&han, Some(&end)), "公元前202年 – 公元220年");
        assert_eq!(Lang::En.strings().when(&Date::year(-220), Some(&Date::year(-205))), "221 BCE – 206 BCE");
        assert_eq!(Lang::En.strings().when(&c, Some(&d)), "2025 – 2030", "after year 1, no era");
    }

    #[test]
    fn ticks_are_short() {
        assert_eq!(Lang::Vi.strings().tick(&Date::day(2025, 3, 11)), "11/3");
        assert_eq!(Lang::En.strings().tick(&Date::day(2025, 3, 11)), "11 Mar");
        assert_eq!(Lang::Vi.strings().tick(&Date::month(2025, 3)), "3/2025");
        // A day's tick with its year, where the ticks around it do not say it.
        assert_eq!(Lang::Vi.strings().tick_with_year(&Date::day(2025, 3, 11)), "11/3/2025");
        assert_eq!(Lang::En.strings().tick_with_year(&Date::day(2025, 3, 11)), "11 Mar 2025");
        assert_eq!(Lang::ZhHans.strings().tick_with_year(&Date::day(2025, 3, 11)), "2025年3月11日");
        assert_eq!(Lang::En.strings().tick_with_year(&Date::month(2025, 3)), "Mar 2025", "a month says its year anyway");
        assert_eq!(Lang::En.strings().tick(&Date::month(2025, 3)), "Mar 2025");
        assert_eq!(Lang::En.strings().tick(&Date::year(2025)), "2025");
    }

    #[test]
    fn load_errors_are_worded() {
        let en = Lang::En.strings().load_error(LoadError::Http(404));
        assert!(en.contains("404"), "{en}");
        let vi = Lang::Vi.strings().load_error(LoadError::Timeout);
        assert_ne!(vi, Lang::En.strings().load_error(LoadError::Timeout));
        // Every reason worded differently, in both languages.
        for lang in [Lang::En, Lang::Vi] {
            let all = [LoadError::Http(500), LoadError::Network, LoadError::Module, LoadError::Timeout, LoadError::Invalid];
            let words: Vec<String> = all.into_iter().map(|e| lang.strings().load_error(e)).collect();
            for (i, w) in words.iter().enumerate() {
                assert!(!words[..i].contains(w), "{w}");
            }
        }
    }

    #[test]
    fn counts_are_worded() {
        assert_eq!(Lang::En.strings().shown_count(7, 21), "7 of 21 events shown");
        assert_eq!(Lang::Vi.strings().shown_count(7, 21), "Hiển thị 7/21 sự kiện");
        assert_eq!(Lang::En.strings().event_count(1), "1 event");
        assert_eq!(Lang::En.strings().outcome(18, 21, 3, 2), "18 of 21 events shown · 3 left out · 2 warnings");
        // Text that gave no events (a web page given for data) is not "0 of 0 shown".
        assert_eq!(Lang::En.strings().outcome(0, 0, 1, 0), "0 events · 1 error");
        assert_eq!(Lang::Vi.strings().outcome(0, 0, 1, 0), "0 sự kiện · 1 lỗi");
    }

    #[test]
    fn tags_pick_languages() {
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    /// Every language's sentence for a problem has the same places for its arguments as
    /// the English one (so no language drops a value or shows a raw `{1}`), and no
    /// sentence is empty.
    #[test]
    fn every_problem_sentence_keeps_its_arguments() {
        let places = |t: &str| -> Vec<char> {
            let mut p: Vec<char> = t.as_bytes().windows(3).filter(|w| w[0] == b'{' && w[2] == b'}').map(|w| char::from(w[1])).collect();
            p.sort_unstable();
            p
        };
        let en = Lang::En.strings();
        assert!(en.problems.iter().any(|t| t.contains("{2}")), "the table is read with its arguments");
        for lang in Lang::ALL {
            let s = lang.strings();
            for (i, (t, e)) in s.problems.iter().zip(en.problems).enumerate() {
                // Sentences, but for the word of a spreadsheet's row ("第 {0} 行").
                #[cfg(feature = "importers")]
                let words = if i == wording::Wording::Row as usize { 1 } else { 3 };
                #[cfg(not(feature = "importers"))]
                let words = 3;
                assert!(t.chars().filter(|c| c.is_alphabetic()).count() > words, "{} #{i}", lang.code());
                assert_eq!(places(t), places(e), "{} #{i}: {t}", lang.code());
                if lang != Lang::En {
                    assert_ne!(*t, e, "{} #{i} is the English sentence", lang.code());
                }
            }
        }
        let wrong = ProblemKind::WrongType { expected: "object", found: "UTF-8 text" };
        assert_eq!(Lang::En.strings().problem(&wrong), "expected object, found UTF-8 text");
        assert!(Lang::Vi.strings().problem(&wrong).contains("đối tượng"), "type names are translated");
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
                let text = lang.strings().problem(kind);
                assert!(text.len() > 10, "{text}");
            }
        }
        let vi = Lang::Vi.strings().problem(&kinds[0]);
        let en = Lang::En.strings().problem(&kinds[0]);
        assert_ne!(vi, en);
        assert!(en.contains("2025-02-30") && en.contains("28"), "{en}");
    }
}
