//! English.

use super::{number, Clock, DateForm, Order, Strings, TickForm};
use crate::date::DateError;
use crate::json::SyntaxError;
use crate::problem::{Fate, ProblemKind};

pub static STRINGS: Strings = Strings {
    name: "English",
    timeline: "Timeline",
    language: "Language",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    fit_all: "Show all",
    close: "Close",
    previous: "Previous event",
    next: "Next event",
    details: "Event details",
    events: "Events",
    tiers: "Level of relations",
    tier: "Level of relations",
    pillars: "Areas of cooperation",
    actors: "Who",
    place: "Where",
    sources: "Sources",
    note: "Note",
    today: "Today",
    dismiss: "Dismiss",
    no_events: "There are no events to show.",
    and_more: "more",
    filters: "Filter",
    clear_filters: "Clear filters",
    kind_group: "Kind of event",
    status_group: "Status",
    axis: "Time axis: use the arrow keys to move through time",
    showing: "Showing",
    loading: "Loading the timeline…",
    show_earlier: "Show earlier events",
    show_later: "Show later events",
    retry: "Try again",
    media: "Media",
    credit: "Credit",
    load_error,
    kinds: [
        "Relations established",
        "Upgrade",
        "Visit",
        "Talks",
        "Meeting",
        "Phone call",
        "Agreement",
        "Programme",
        "Commitment",
        "Milestone",
        "Event",
    ],
    happened: "Happened",
    planned: "Planned",
    planned_word: "planned",
    dates: DateForm {
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        day_month: " ",
        month_year: " ",
        before_era: "BCE",
        short_ticks: TickForm::ShortNames,
        clock: Clock::H12 { am: "AM", pm: "PM" },
        date_time: ", ",
        order: Order::DayFirst,
        era_first: false,
    },
    problem,
    event_count,
    shown_count,
    to_scale: "Time to scale",
    to_scale_hint: "Equal time, equal width. Off: every event gets room, and long quiet stretches are shortened and marked.",
    gap,
    more_problems,
    full_text: "Show the full text",
    by_group: "Who acted",
    direction: "From → to",
    visits: "Visits",
    and: "and",
    outcome,
    error_word: "error",
    warning_word: "warning",
};

fn outcome(shown: usize, given: usize, errors: usize, warnings: usize) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{} {}", number(n), if n == 1 { one } else { many });
    let mut out = format!("{} of {}", number(shown), plural(given, "event shown", "events shown"));
    let left = given.saturating_sub(shown);
    if left > 0 {
        out.push_str(&format!(" · {} left out", number(left)));
    } else if errors > 0 {
        out.push_str(" · ");
        out.push_str(&plural(errors, "error", "errors"));
    }
    if warnings > 0 {
        out.push_str(" · ");
        out.push_str(&plural(warnings, "warning", "warnings"));
    }
    out
}

fn event_count(n: usize) -> String {
    match n {
        1 => "1 event".to_owned(),
        n => format!("{} events", number(n)),
    }
}

fn syntax(e: &SyntaxError) -> String {
    match e {
        SyntaxError::UnexpectedEnd => "the text ends too early (is the file cut short?)".into(),
        SyntaxError::UnexpectedChar(c) => format!("unexpected character '{}'", c.escape_debug()),
        SyntaxError::TrailingComma => "a comma before a closing bracket is not allowed in JSON".into(),
        SyntaxError::InvalidEscape => "invalid escape sequence in a string".into(),
        SyntaxError::InvalidNumber => "invalid number".into(),
        SyntaxError::ControlCharacter => "a raw control character (tab, newline) inside a string must be escaped".into(),
        SyntaxError::TooDeep(n) => format!("nesting deeper than {} levels", number(*n)),
        SyntaxError::TrailingText => "unexpected text after the end of the data".into(),
    }
}

fn problem(p: &ProblemKind) -> String {
    match p {
        ProblemKind::Syntax(e) => format!("JSON syntax error: {}", syntax(e)),
        ProblemKind::InputTooLarge { bytes, limit } => {
            format!("the file is too large ({} bytes; the limit is {})", number(*bytes), number(*limit))
        }
        ProblemKind::TooManyEvents { limit } => format!("too many events; only the first {} are used", number(*limit)),
        ProblemKind::UnsupportedFormat(f) => format!("unsupported format \"{f}\" (expected \"relationship-timeline/1\")"),
        ProblemKind::MissingFormat => "no \"format\" given; reading it as \"relationship-timeline/1\"".into(),
        ProblemKind::MissingField(name) => format!("required field \"{name}\" is missing"),
        ProblemKind::WrongType { expected, found } => format!("expected {expected}, found {found}"),
        ProblemKind::EmptyText => "the text is empty".into(),
        ProblemKind::InvalidDate { text, error } => match error {
            DateError::Shape => format!("invalid date \"{text}\" (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"),
            DateError::TimeOutOfRange => format!("invalid date \"{text}\": that time of day or UTC offset does not exist"),
            DateError::MonthOutOfRange(m) => format!("invalid date \"{text}\": there is no month {}", number(usize::from(*m))),
            DateError::DayOutOfRange { day, days_in_month } => format!(
                "invalid date \"{text}\": day {} does not exist (that month has {} days)",
                number(usize::from(*day)),
                number(usize::from(*days_in_month))
            ),
            DateError::YearOutOfRange(_) => format!("invalid date \"{text}\": the year is out of range"),
        },
        ProblemKind::EndBeforeStart { start, end } => format!("the end date {end} is before the start date {start}"),
        ProblemKind::DuplicateKey(k) => format!("the key \"{k}\" is given twice in this object; the last value is used"),
        ProblemKind::LoneSurrogate => "half of a character escaped alone (a lone surrogate); shown as \u{fffd}".into(),
        ProblemKind::Utf16 => "the file is UTF-16 text; it was read as such, but save it as UTF-8".into(),
        ProblemKind::DuplicateId(id) => format!("the id \"{id}\" is used more than once"),
        ProblemKind::InvalidId(id) => {
            format!("invalid id \"{id}\" (use letters, digits, '-', '_' or '.', at most 64 characters)")
        }
        ProblemKind::UnknownReference { list, id } => format!("\"{id}\" is not an id in \"{list}\""),
        ProblemKind::UnknownField(name) => format!("unknown field \"{name}\" is ignored"),
        ProblemKind::NotShown { field, fate } => match fate {
            Fate::Ignored => format!("\"{field}\" is not drawn by this timeline; it is left out"),
            Fate::OrderOnly => format!("\"{field}\" is kept for the order of events but not shown (times are shown to the second)"),
            Fate::LinkOnly => format!("\"{field}\" is not embedded; the details show a link to it"),
            Fate::TextOnly => format!("\"{field}\" is shown as text, without its markup"),
        },
        ProblemKind::RelativeLink(url) => {
            format!("the link \"{url}\" is relative to the page that showed the original file, which is not known here; it is left out")
        }
        ProblemKind::YearZero => "year 0 (TimelineJS prints \"0\"): there is no year 0 in the calendar, so it is read as 1 BCE".into(),
        ProblemKind::MixedOffsets(list) => {
            format!("times of day use different UTC offsets ({list}); each is shown and placed as written, not converted")
        }
        ProblemKind::UnsureFormat(list) => format!("the format is unclear: it could be {list}; none of them fits"),
        ProblemKind::ReadAs { field, as_field } => format!("\"{field}\" is read as \"{as_field}\", the name this format gives it"),
        ProblemKind::NoneUsable(n) => format!("none of the {} events could be shown (see the problems above)", number(*n)),
        ProblemKind::NotLanguageTag(t) => format!("\"{t}\" is not a language tag (BCP 47: vi, en, zh-Hans, ms, ta, …)"),
        ProblemKind::Comments => {
            "comments (// or /* */) are not part of JSON; they were skipped, but other tools may refuse the file".into()
        }
        ProblemKind::OlderTimelineJs => "TimelineJS's older layout (\"timeline\" with \"date\" slides); read as such".into(),
        ProblemKind::UnknownKind(kind) => format!("unknown kind \"{kind}\"; shown as a plain event"),
        ProblemKind::UnknownStatus(s) => format!("unknown status \"{s}\" (expected \"happened\" or \"planned\")"),
        ProblemKind::MissingTranslation(lang) => format!("no text in language \"{lang}\""),
        ProblemKind::NoCitation => "the event cites no source".into(),
        ProblemKind::UnsafeUrl(url) => format!("link \"{url}\" is not http, https or mailto and is left out"),
        ProblemKind::IncompleteEvent => "the event is incomplete because of the error above and is left out".into(),
        ProblemKind::NoEvents => "the timeline has no events".into(),
        ProblemKind::HtmlRemoved(what) => format!("markup removed from the text: {what}"),
        ProblemKind::RowLength { found, expected } => {
            format!("the row has {} cells but the header has {}", number(*found), number(*expected))
        }
        ProblemKind::UnclosedQuote => "a quoted cell is never closed (a missing \"?)".into(),
        ProblemKind::MissingColumn(name) => format!("the header has no \"{name}\" column"),
    }
}

fn shown_count(shown: usize, total: usize) -> String {
    format!("{} of {} events shown", number(shown), number(total))
}

fn load_error(e: super::LoadError) -> String {
    match e {
        super::LoadError::Http(status) => format!("The timeline could not be loaded: the server answered {}.", number(usize::from(status))),
        super::LoadError::Network => "The timeline could not be loaded: no connection, or the data's server does not allow this page to read it (CORS).".into(),
        super::LoadError::Module => "The timeline could not be loaded: the part of the widget that reads this kind of file did not download (no connection, or this page does not allow its files).".into(),
        super::LoadError::Timeout => "The timeline could not be loaded: the server took too long to answer.".into(),
        super::LoadError::Invalid => "The timeline's data could not be read.".into(),
    }
}

fn gap(days: f64) -> String {
    let (unit, n) = super::gap_parts(days);
    let word = match (unit, n) {
        (super::GapUnit::Years, 1) => "year",
        (super::GapUnit::Years, _) => "years",
        (super::GapUnit::Months, 1) => "month",
        (super::GapUnit::Months, _) => "months",
        (super::GapUnit::Days, 1) => "day",
        (super::GapUnit::Days, _) => "days",
        (super::GapUnit::Hours, 1) => "hour",
        (super::GapUnit::Hours, _) => "hours",
        (super::GapUnit::Minutes, 1) => "minute",
        (super::GapUnit::Minutes, _) => "minutes",
    };
    let mut out = number(n);
    out.push(' ');
    out.push_str(word);
    out
}

fn more_problems(n: usize) -> String {
    let mut out = String::from("… and ");
    out.push_str(&number(n));
    out.push_str(" more (relationship-timeline validate lists every problem)");
    out
}
