//! The problems only the importers report (a spreadsheet, a TimelineJS or vis-timeline
//! file, markup in their texts), by their key in the language files and their
//! `ProblemKind`. The embed's first module reads the native format alone, so these
//! kinds and their wordings are built only with the importers: its English (`build.rs`)
//! and the language files fetched beside it (`cargo xtask build`) leave them out; the
//! module with the importers, the command line and `src/i18n/` keep them whole.
//! In the order of their wordings (`wording::Wording`), after every other one. The last
//! is not a problem but where one is: a spreadsheet's row ("row 4, date"), which only
//! the importers name (its kind is left blank).

pub const IMPORTER_PROBLEMS: [(&str, &str); 26] = [
    ("not_shown_ignored", "NotShown"),
    ("not_shown_order_only", "NotShown"),
    ("not_shown_link_only", "NotShown"),
    ("not_shown_text_only", "NotShown"),
    ("relative_link", "RelativeLink"),
    ("year_zero", "YearZero"),
    ("unsure_format", "UnsureFormat"),
    ("read_as", "ReadAs"),
    ("older_timeline_js", "OlderTimelineJs"),
    ("html_removed", "HtmlRemoved"),
    ("row_length", "RowLength"),
    ("unclosed_quote", "UnclosedQuote"),
    ("missing_column", "MissingColumn"),
    ("short_year", "ShortYear"),
    ("month_first", "MonthFirst"),
    ("day_first", "DayFirst"),
    ("serial_day", "SerialDay"),
    ("either_way", "EitherWay"),
    ("rough_date", "RoughDate"),
    ("epoch_time", "EpochTime"),
    ("script", "Script"),
    ("web_page", "WebPage"),
    ("workbook", "Workbook"),
    ("code_page", "CodePage"),
    ("data_elsewhere", "DataElsewhere"),
    ("row", ""),
];
