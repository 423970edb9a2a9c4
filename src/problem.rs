//! Problems found in a data file, as values: where they are, how bad they are, and what
//! they are, in a form every language can word (see `i18n`).

use crate::date::DateError;
use crate::json::{Pos, SyntaxError};

/// How a problem affects the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Kept as given, or with a safe default; worth a look.
    Warning,
    /// The value (an event, a reference, the whole file) was not used.
    Error,
}

/// What is wrong, with the details a message needs. The kinds only the importers report
/// (a spreadsheet's, TimelineJS's and vis-timeline's) are left out of a build without
/// them: the embed's first module carries no code for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Syntax(SyntaxError),
    InputTooLarge {
        bytes: usize,
        limit: usize,
    },
    TooManyEvents {
        limit: usize,
    },
    UnsupportedFormat(String),
    MissingFormat,
    MissingField(&'static str),
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    EmptyText,
    InvalidDate {
        text: String,
        error: DateError,
    },
    EndBeforeStart {
        start: String,
        end: String,
    },
    DuplicateId(String),
    /// A key given twice in one object; the last value counts, as in `JSON.parse`.
    DuplicateKey(String),
    /// Half of a surrogate pair escaped alone (`"\ud83d"`), read as U+FFFD.
    LoneSurrogate,
    /// The text came as UTF-16 and was read as such; UTF-8 is expected.
    Utf16,
    /// The text is not UTF-8 (a spreadsheet saved in a legacy code page, say): read
    /// with the invalid bytes replaced by U+FFFD; the position is the first of them.
    NotUtf8,
    InvalidId(String),
    UnknownReference {
        list: &'static str,
        id: String,
    },
    UnknownField(String),
    UnknownKind(String),
    UnknownStatus(String),
    MissingTranslation(String),
    NoCitation,
    UnsafeUrl(String),
    /// An event the text ended (or broke) inside of; it is left out.
    IncompleteEvent,
    NoEvents,
    /// Markup removed from an imported HTML text (what, comma-separated).
    #[cfg(feature = "importers")]
    HtmlRemoved(String),
    /// A spreadsheet row with another number of cells than the header.
    #[cfg(feature = "importers")]
    RowLength {
        found: usize,
        expected: usize,
    },
    /// A quoted spreadsheet cell that never closes.
    #[cfg(feature = "importers")]
    UnclosedQuote,
    /// A column the spreadsheet needs is not in its header.
    #[cfg(feature = "importers")]
    MissingColumn(&'static str),
    /// A field another tool's format has and this timeline does not draw: its name,
    /// and what became of it.
    #[cfg(feature = "importers")]
    NotShown {
        field: String,
        fate: Fate,
    },
    /// A link relative to a page this file does not know (`images/a.jpg`): left out.
    #[cfg(feature = "importers")]
    RelativeLink(String),
    /// A TimelineJS year 0, which TimelineJS prints as "0": there is no year 0, so it
    /// is read as 1 BCE, like year -1.
    #[cfg(feature = "importers")]
    YearZero,
    /// A spreadsheet's day with a two-digit year (`3/4/25`): the text, and the year it
    /// was read as (as spreadsheets read one: 30–99 the 1900s, 00–29 the 2000s).
    #[cfg(feature = "importers")]
    ShortYear {
        text: String,
        year: u16,
    },
    /// A vis-timeline day written with slashes that could be read either way
    /// (`4/5/2014`): the text, and the day it was read as, month first, as a browser
    /// and so vis-timeline read it.
    #[cfg(feature = "importers")]
    MonthFirst {
        text: String,
        day: String,
    },
    /// A spreadsheet's day written with slashes that could be read either way
    /// (`3/4/2025`), in a sheet headed in a language that writes days day first
    /// (`Ngày`, `Tarikh`) whose other days do not tell: the text, and the day it was read
    /// as.
    #[cfg(feature = "importers")]
    DayFirst {
        text: String,
        day: String,
    },
    /// A spreadsheet's day written as its day number (`45728`, days since 30 December
    /// 1899, as a date cell formatted as a number exports): the text, and the day (and
    /// time) it was read as.
    #[cfg(feature = "importers")]
    SerialDay {
        text: String,
        day: String,
    },
    /// A web page (HTML) given for data: the address of a page, not of its data.
    #[cfg(feature = "importers")]
    WebPage,
    /// A spreadsheet's workbook (.xlsx, .ods: a ZIP archive) given for its text.
    #[cfg(feature = "importers")]
    Workbook,
    /// A sheet whose bytes are not UTF-8, read in the code page a spreadsheet program on
    /// Windows saves CSV in: its name (`Windows-1252`, Western European, or
    /// `Windows-1258`, Vietnamese).
    #[cfg(feature = "importers")]
    CodePage(&'static str),
    /// A script that shows data from an address (`new TL.Timeline('embed', 'https://…')`)
    /// rather than holding it: the address.
    #[cfg(feature = "importers")]
    DataElsewhere(String),
    /// Data inside a script (`var data = {…};`): the script's words before it. Only the
    /// data is read.
    #[cfg(feature = "importers")]
    Script(String),
    /// A spreadsheet's date written as a count since 1970 (`1741737600000` milliseconds,
    /// `1741737600` seconds, UTC): the text, and the day (and time) it was read as.
    #[cfg(feature = "importers")]
    EpochTime {
        text: String,
        day: String,
    },
    /// A spreadsheet's day written with slashes that could be read either way
    /// (`12/3/2025`) in a column whose other days do not tell the order: the text, and
    /// the day it is read day first and month first.
    #[cfg(feature = "importers")]
    EitherWay {
        text: String,
        day_first: String,
        month_first: String,
    },
    /// A spreadsheet's date given as a period ("c. 1973", "1970s", "Q1 2025", "cuối
    /// năm 2025"): the text, and the date the event is placed at (the period's start,
    /// or its end in the `end` column). The card shows the text as written.
    #[cfg(feature = "importers")]
    RoughDate {
        text: String,
        placed: String,
    },
    /// Times of day with different UTC offsets (a time written with each offset); they are
    /// placed as written, not converted.
    MixedOffsets(String),
    /// The text fits none of the formats it could be (their names).
    #[cfg(feature = "importers")]
    UnsureFormat,
    /// A field read under the name the format gives it (`date` for `start_date`).
    #[cfg(feature = "importers")]
    ReadAs {
        field: String,
        as_field: &'static str,
    },
    /// Events were given, and none of them (how many) could be shown.
    NoneUsable(usize),
    /// A text's key or a source's `lang` that is not a BCP 47 language tag.
    NotLanguageTag(String),
    /// Comments in a JSON file (JSON has none): skipped.
    Comments,
    /// A file in TimelineJS's older layout (`{"timeline": {"date": […]}}`), read as such.
    #[cfg(feature = "importers")]
    OlderTimelineJs,
}

/// What became of a field the timeline does not draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Left out.
    Ignored,
    /// Kept for the order of events, not shown (milliseconds).
    OrderOnly,
    /// Shown as a link to its address, not embedded (iframes, blockquotes, embeds).
    LinkOnly,
    /// Its text is kept, its markup is not.
    TextOnly,
}

/// One problem: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where in the document, as a path: `events[3].date`.
    pub path: String,
    /// Line and column in the text (1-based).
    pub pos: Pos,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn error(path: impl Into<String>, pos: Pos, kind: ProblemKind) -> Self {
        Problem { severity: Severity::Error, path: path.into(), pos, kind }
    }

    pub fn warning(path: impl Into<String>, pos: Pos, kind: ProblemKind) -> Self {
        Problem { severity: Severity::Warning, path: path.into(), pos, kind }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Puts problems in document order (by line, then column; equal places as found).
pub fn sort_problems(problems: &mut [Problem]) {
    crate::model::sort_stable_by(problems, |p| (p.pos.line as i64) << 32 | p.pos.col as i64);
}
