//! English.

use super::{number, Clock, DateForm, Order, Strings, TickForm};

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
    problems: [
        "JSON syntax error: the text ends too early (is the file cut short?)",
        "JSON syntax error: unexpected character '{0}'",
        "JSON syntax error: a comma before a closing bracket is not allowed in JSON",
        "JSON syntax error: invalid escape sequence in a string",
        "JSON syntax error: invalid number",
        "JSON syntax error: a raw control character (tab, newline) inside a string must be escaped",
        "JSON syntax error: nesting deeper than {0} levels",
        "JSON syntax error: unexpected text after the end of the data",
        "the file is too large ({0} bytes; the limit is {1})",
        "too many events; only the first {0} are used",
        "unsupported format \"{0}\" (expected \"relationship-timeline/1\")",
        "no \"format\" given; reading it as \"relationship-timeline/1\"",
        "required field \"{0}\" is missing",
        "expected {0}, found {1}",
        "the text is empty",
        "invalid date \"{0}\" (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        "invalid date \"{0}\": that time of day or UTC offset does not exist",
        "invalid date \"{0}\": there is no month {1}",
        "invalid date \"{0}\": day {1} does not exist (that month has {2} days)",
        "invalid date \"{0}\": the year is out of range",
        "the end date {1} is before the start date {0}",
        "the key \"{0}\" is given twice in this object; the last value is used",
        "half of a character escaped alone (a lone surrogate); shown as �",
        "the file is UTF-16 text; it was read as such, but save it as UTF-8",
        "the id \"{0}\" is used more than once",
        "invalid id \"{0}\" (use letters, digits, '-', '_' or '.', at most 64 characters)",
        "\"{1}\" is not an id in \"{0}\"",
        "unknown field \"{0}\" is ignored",
        "\"{0}\" is not drawn by this timeline; it is left out",
        "\"{0}\" is kept for the order of events but not shown (times are shown to the second)",
        "\"{0}\" is not embedded; the details show a link to it",
        "\"{0}\" is shown as text, without its markup",
        "the link \"{0}\" is relative to the page that showed the original file, which is not known here; it is left out",
        "year 0 (TimelineJS prints \"0\"): there is no year 0 in the calendar, so it is read as 1 BCE",
        "times of day use different UTC offsets ({0}); each is shown and placed as written, not converted",
        "the format is unclear: it could be {0}; none of them fits",
        "\"{0}\" is read as \"{1}\", the name this format gives it",
        "none of the {0} events could be shown (see the problems above)",
        "\"{0}\" is not a language tag (BCP 47: vi, en, zh-Hans, ms, ta, …)",
        "comments (// or /* */) are not part of JSON; they were skipped, but other tools may refuse the file",
        "TimelineJS's older layout (\"timeline\" with \"date\" slides); read as such",
        "unknown kind \"{0}\"; shown as a plain event",
        "unknown status \"{0}\" (expected \"happened\" or \"planned\")",
        "no text in language \"{0}\"",
        "the event cites no source",
        "link \"{0}\" is not http, https or mailto and is left out",
        "the event is incomplete because of the error above and is left out",
        "the timeline has no events",
        "markup removed from the text: {0}",
        "the row has {0} cells but the header has {1}",
        "a quoted cell is never closed (a missing \"?)",
        "the header has no \"{0}\" column",
    ],
    types: ["string", "number", "boolean", "array", "object", "null", "text"],
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
