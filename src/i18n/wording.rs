//! Problem messages as templates: what a problem says is one [`Wording`] and its
//! arguments, worked out once for every language; each language holds one sentence per
//! wording, with `{0}`, `{1}` where the arguments go. One formatter fills them all, so
//! a language is its sentences (data), not code.

#[cfg(feature = "importers")]
use super::importer_words::IMPORTER_PROBLEMS;
use super::number;
use crate::date::DateError;
use crate::json::SyntaxError;
#[cfg(feature = "importers")]
use crate::problem::Fate;
use crate::problem::ProblemKind;

/// Every sentence a problem can be worded with, in the order of each language's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    SyntaxEnd,
    SyntaxChar,
    SyntaxTrailingComma,
    SyntaxEscape,
    SyntaxNumber,
    SyntaxControl,
    SyntaxTooDeep,
    SyntaxTrailingText,
    InputTooLarge,
    TooManyEvents,
    UnsupportedFormat,
    MissingFormat,
    MissingField,
    WrongType,
    EmptyText,
    DateShape,
    DateTime,
    DateMonth,
    DateDay,
    DateYear,
    EndBeforeStart,
    DuplicateKey,
    LoneSurrogate,
    Utf16,
    NotUtf8,
    DuplicateId,
    InvalidId,
    UnknownReference,
    UnknownField,
    MixedOffsets,
    NoneUsable,
    NotLanguageTag,
    Comments,
    UnknownKind,
    UnknownStatus,
    MissingTranslation,
    NoCitation,
    UnsafeUrl,
    IncompleteEvent,
    NoEvents,
    // The problems only the importers report, last, in `IMPORTER_PROBLEMS`'s order: a
    // build without them has none.
    #[cfg(feature = "importers")]
    NotShownIgnored,
    #[cfg(feature = "importers")]
    NotShownOrderOnly,
    #[cfg(feature = "importers")]
    NotShownLinkOnly,
    #[cfg(feature = "importers")]
    NotShownTextOnly,
    #[cfg(feature = "importers")]
    RelativeLink,
    #[cfg(feature = "importers")]
    YearZero,
    #[cfg(feature = "importers")]
    UnsureFormat,
    #[cfg(feature = "importers")]
    ReadAs,
    #[cfg(feature = "importers")]
    OlderTimelineJs,
    #[cfg(feature = "importers")]
    HtmlRemoved,
    #[cfg(feature = "importers")]
    RowLength,
    #[cfg(feature = "importers")]
    UnclosedQuote,
    #[cfg(feature = "importers")]
    MissingColumn,
    #[cfg(feature = "importers")]
    ShortYear,
    #[cfg(feature = "importers")]
    MonthFirst,
    #[cfg(feature = "importers")]
    DayFirst,
    #[cfg(feature = "importers")]
    SerialDay,
    #[cfg(feature = "importers")]
    EitherWay,
    #[cfg(feature = "importers")]
    RoughDate,
    #[cfg(feature = "importers")]
    EpochTime,
    #[cfg(feature = "importers")]
    Script,
    #[cfg(feature = "importers")]
    WebPage,
    #[cfg(feature = "importers")]
    Workbook,
    #[cfg(feature = "importers")]
    CodePage,
    #[cfg(feature = "importers")]
    DataElsewhere,
    /// Not a problem: the row of a spreadsheet a problem is in ("row {0}").
    #[cfg(feature = "importers")]
    Row,
}

/// How many wordings come before the importers' (all a build without them has).
const FIRST_COUNT: usize = Wording::NoEvents as usize + 1;

/// How many wordings this build reads from each language file: without the importers,
/// not theirs.
#[cfg(feature = "importers")]
pub const COUNT: usize = FIRST_COUNT + IMPORTER_PROBLEMS.len();
#[cfg(not(feature = "importers"))]
pub const COUNT: usize = FIRST_COUNT;
#[cfg(feature = "importers")]
const _: () = assert!(Wording::Row as usize + 1 == COUNT);

/// The names in a language file's `problems` of the wordings this build reads, in
/// [`Wording`]'s order: the importers' last, from [`IMPORTER_PROBLEMS`].
pub fn names() -> impl Iterator<Item = &'static str> {
    #[cfg(feature = "importers")]
    let importers = IMPORTER_PROBLEMS.iter().map(|(name, _)| *name);
    #[cfg(not(feature = "importers"))]
    let importers = std::iter::empty();
    FIRST_NAMES.into_iter().chain(importers)
}

/// The names of the wordings before the importers'.
const FIRST_NAMES: [&str; FIRST_COUNT] = [
    "syntax_end",
    "syntax_char",
    "syntax_trailing_comma",
    "syntax_escape",
    "syntax_number",
    "syntax_control",
    "syntax_too_deep",
    "syntax_trailing_text",
    "input_too_large",
    "too_many_events",
    "unsupported_format",
    "missing_format",
    "missing_field",
    "wrong_type",
    "empty_text",
    "date_shape",
    "date_time",
    "date_month",
    "date_day",
    "date_year",
    "end_before_start",
    "duplicate_key",
    "lone_surrogate",
    "utf16",
    "not_utf8",
    "duplicate_id",
    "invalid_id",
    "unknown_reference",
    "unknown_field",
    "mixed_offsets",
    "none_usable",
    "not_language_tag",
    "comments",
    "unknown_kind",
    "unknown_status",
    "missing_translation",
    "no_citation",
    "unsafe_url",
    "incomplete_event",
    "no_events",
];

/// The JSON types a "wrong type" problem names, in the order of each language's
/// `types` table; other names (`UTF-8 text`) are shown as they are.
pub const TYPES: [&str; 7] = ["string", "number", "boolean", "array", "object", "null", "text"];

/// A type's name in a language (`types` in [`TYPES`]'s order).
fn type_name(name: &'static str, types: &[&'static str; TYPES.len()]) -> String {
    TYPES.iter().position(|t| *t == name).map_or(name, |i| types[i]).to_owned()
}

/// A character as a problem quotes it: itself, or `\u{…}` when it would not be seen
/// (control and format characters, spaces other than the plain one, a byte-order
/// mark, private use and noncharacters). Written by hand: `char::escape_debug` brings
/// Unicode's printable tables into the wasm build (about 2 KB).
fn shown_char(c: char) -> String {
    let unseen = c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
        // Private use and the noncharacters (U+FFFE, U+FFFF and their like in every plane).
        || matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..)
        || (c as u32) & 0xfffe == 0xfffe;
    if !unseen {
        return c.to_string();
    }
    let mut out = String::from("\\u{");
    let code = c as u32;
    let digits = (code.max(1).ilog2() / 4 + 1) as usize;
    for k in (0..digits).rev() {
        out.push(char::from_digit((code >> (4 * k)) & 0xf, 16).unwrap_or('0'));
    }
    out.push('}');
    out
}

/// The wording of a problem and its arguments, as text.
pub fn parts(p: &ProblemKind, types: &[&'static str; TYPES.len()]) -> (Wording, Vec<String>) {
    use Wording as W;
    let text = |s: &str| vec![s.to_owned()];
    let n = |v: usize| number(v);
    match p {
        ProblemKind::Syntax(e) => match e {
            SyntaxError::UnexpectedEnd => (W::SyntaxEnd, vec![]),
            SyntaxError::UnexpectedChar(c) => (W::SyntaxChar, vec![shown_char(*c)]),
            SyntaxError::TrailingComma => (W::SyntaxTrailingComma, vec![]),
            SyntaxError::InvalidEscape => (W::SyntaxEscape, vec![]),
            SyntaxError::InvalidNumber => (W::SyntaxNumber, vec![]),
            SyntaxError::ControlCharacter => (W::SyntaxControl, vec![]),
            SyntaxError::TooDeep(d) => (W::SyntaxTooDeep, vec![n(*d)]),
            SyntaxError::TrailingText => (W::SyntaxTrailingText, vec![]),
        },
        ProblemKind::InputTooLarge { bytes, limit } => (W::InputTooLarge, vec![n(*bytes), n(*limit)]),
        ProblemKind::TooManyEvents { limit } => (W::TooManyEvents, vec![n(*limit)]),
        ProblemKind::UnsupportedFormat(f) => (W::UnsupportedFormat, text(f)),
        ProblemKind::MissingFormat => (W::MissingFormat, vec![]),
        ProblemKind::MissingField(name) => (W::MissingField, text(name)),
        ProblemKind::WrongType { expected, found } => (W::WrongType, vec![type_name(expected, types), type_name(found, types)]),
        ProblemKind::EmptyText => (W::EmptyText, vec![]),
        ProblemKind::InvalidDate { text: t, error } => match error {
            DateError::Shape => (W::DateShape, text(t)),
            DateError::TimeOutOfRange => (W::DateTime, text(t)),
            DateError::MonthOutOfRange(m) => (W::DateMonth, vec![t.clone(), n(usize::from(*m))]),
            DateError::DayOutOfRange { day, days_in_month } => {
                (W::DateDay, vec![t.clone(), n(usize::from(*day)), n(usize::from(*days_in_month))])
            }
            DateError::YearOutOfRange(_) => (W::DateYear, text(t)),
        },
        ProblemKind::EndBeforeStart { start, end } => (W::EndBeforeStart, vec![start.clone(), end.clone()]),
        ProblemKind::DuplicateKey(k) => (W::DuplicateKey, text(k)),
        ProblemKind::LoneSurrogate => (W::LoneSurrogate, vec![]),
        ProblemKind::Utf16 => (W::Utf16, vec![]),
        ProblemKind::NotUtf8 => (W::NotUtf8, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::ShortYear { text, year } => (W::ShortYear, vec![text.clone(), number(usize::from(*year))]),
        #[cfg(feature = "importers")]
        ProblemKind::MonthFirst { text, day } => (W::MonthFirst, vec![text.clone(), day.clone()]),
        #[cfg(feature = "importers")]
        ProblemKind::DayFirst { text, day } => (W::DayFirst, vec![text.clone(), day.clone()]),
        #[cfg(feature = "importers")]
        ProblemKind::SerialDay { text, day } => (W::SerialDay, vec![text.clone(), day.clone()]),
        #[cfg(feature = "importers")]
        ProblemKind::RoughDate { text, placed } => (W::RoughDate, vec![text.clone(), placed.clone()]),
        #[cfg(feature = "importers")]
        ProblemKind::EpochTime { text, day } => (W::EpochTime, vec![text.clone(), day.clone()]),
        #[cfg(feature = "importers")]
        ProblemKind::Script(words) => (W::Script, text(words)),
        #[cfg(feature = "importers")]
        ProblemKind::WebPage => (W::WebPage, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::Workbook => (W::Workbook, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::CodePage(name) => (W::CodePage, vec![(*name).to_owned()]),
        #[cfg(feature = "importers")]
        ProblemKind::DataElsewhere(address) => (W::DataElsewhere, text(address)),
        #[cfg(feature = "importers")]
        ProblemKind::EitherWay { text, day_first, month_first } => {
            (W::EitherWay, vec![text.clone(), day_first.clone(), month_first.clone()])
        }
        ProblemKind::DuplicateId(id) => (W::DuplicateId, text(id)),
        ProblemKind::InvalidId(id) => (W::InvalidId, text(id)),
        ProblemKind::UnknownReference { list, id } => (W::UnknownReference, vec![(*list).to_owned(), id.clone()]),
        ProblemKind::UnknownField(name) => (W::UnknownField, text(name)),
        #[cfg(feature = "importers")]
        ProblemKind::NotShown { field, fate } => {
            let w = match fate {
                Fate::Ignored => W::NotShownIgnored,
                Fate::OrderOnly => W::NotShownOrderOnly,
                Fate::LinkOnly => W::NotShownLinkOnly,
                Fate::TextOnly => W::NotShownTextOnly,
            };
            (w, text(field))
        }
        #[cfg(feature = "importers")]
        ProblemKind::RelativeLink(url) => (W::RelativeLink, text(url)),
        #[cfg(feature = "importers")]
        ProblemKind::YearZero => (W::YearZero, vec![]),
        ProblemKind::MixedOffsets(list) => (W::MixedOffsets, text(list)),
        #[cfg(feature = "importers")]
        ProblemKind::UnsureFormat => (W::UnsureFormat, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::ReadAs { field, as_field } => (W::ReadAs, vec![field.clone(), (*as_field).to_owned()]),
        ProblemKind::NoneUsable(count) => (W::NoneUsable, vec![n(*count)]),
        ProblemKind::NotLanguageTag(t) => (W::NotLanguageTag, text(t)),
        ProblemKind::Comments => (W::Comments, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::OlderTimelineJs => (W::OlderTimelineJs, vec![]),
        ProblemKind::UnknownKind(kind) => (W::UnknownKind, text(kind)),
        ProblemKind::UnknownStatus(s) => (W::UnknownStatus, text(s)),
        ProblemKind::MissingTranslation(lang) => (W::MissingTranslation, text(lang)),
        ProblemKind::NoCitation => (W::NoCitation, vec![]),
        ProblemKind::UnsafeUrl(url) => (W::UnsafeUrl, text(url)),
        ProblemKind::IncompleteEvent => (W::IncompleteEvent, vec![]),
        ProblemKind::NoEvents => (W::NoEvents, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::HtmlRemoved(what) => (W::HtmlRemoved, text(what)),
        #[cfg(feature = "importers")]
        ProblemKind::RowLength { found, expected } => (W::RowLength, vec![n(*found), n(*expected)]),
        #[cfg(feature = "importers")]
        ProblemKind::UnclosedQuote => (W::UnclosedQuote, vec![]),
        #[cfg(feature = "importers")]
        ProblemKind::MissingColumn(name) => (W::MissingColumn, text(name)),
    }
}

/// A template with its arguments in place: `{0}` … `{9}` are replaced, anything else
/// (a lone brace included) is kept as written. Arguments are never read as templates.
pub fn fill(template: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(String::len).sum::<usize>());
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let b = tail.as_bytes();
        match (b.get(1), b.get(2)) {
            (Some(d @ b'0'..=b'9'), Some(b'}')) => {
                out.push_str(args.get(usize::from(d - b'0')).map_or("", String::as_str));
                rest = &tail[3..];
            }
            _ => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unexpected_character_is_quoted_so_it_can_be_seen() {
        assert_eq!(shown_char('x'), "x");
        assert_eq!(shown_char('é'), "é");
        assert_eq!(shown_char('\t'), "\\u{9}");
        assert_eq!(shown_char('\u{feff}'), "\\u{feff}");
        assert_eq!(shown_char('\u{200b}'), "\\u{200b}");
        assert_eq!(shown_char('\u{a0}'), "\\u{a0}");
        assert_eq!(shown_char('\u{0}'), "\\u{0}");
        assert_eq!(shown_char('\u{10ffff}'), "\\u{10ffff}");
    }

    #[test]
    fn templates_are_filled_and_nothing_else_is_touched() {
        let args = ["a{1}".to_owned(), "b".to_owned()];
        assert_eq!(fill("{0} and {1}", &args), "a{1} and b");
        assert_eq!(fill("{ {x} {9} {1", &args), "{ {x}  {1");
        assert_eq!(fill("no braces", &[]), "no braces");
    }
}
