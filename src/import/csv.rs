//! A spreadsheet exported as CSV to a [`Timeline`]: one event per row, columns named in
//! the header row (see `docs/data-format.md` for the list).
//!
//! Quoted cells may hold commas, quotes (`""`) and line breaks; a byte-order mark and
//! CRLF line ends are fine; `;` and tab separators are detected. A row that is too long
//! or broken is reported by its row number (the header is row 1, as in the
//! spreadsheet) and left out; the other rows are kept.

use std::collections::HashMap;

use super::timelinejs::slug;
use crate::date::{Date, DateError, Time};
use crate::json::Pos;
use crate::model::{Citation, Event, Kind, Media, Party, Pillar, Source, Status, Text, Tier, Timeline};
use crate::parse::{is_safe_url, is_valid_id, Parsed, MAX_EVENTS};
use crate::problem::{Problem, ProblemKind};

/// One cell and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub pos: Pos,
}

/// A record: its cells, the row number (1-based, counting records, not lines).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// Splits CSV text into rows. Stops at an unclosed quote, reporting where it opened;
/// the rows before it are returned.
pub fn rows(text: &str) -> (Vec<Row>, Option<Pos>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // `sep=;` on a line of its own first: Excel's way of naming the separator (a
    // spreadsheet shows it no row, so the header is still row 1).
    let named = text.get(..4).filter(|s| s.eq_ignore_ascii_case("sep=")).and_then(|_| {
        let mut rest = text[4..].chars();
        let separator = rest.next()?;
        let line_end = rest.as_str().strip_prefix("\r\n").or_else(|| rest.as_str().strip_prefix(['\n', '\r']))?;
        Some((separator, line_end))
    });
    let (separator, text, first_line) = match named {
        Some((separator, rest)) => (separator, rest, 2),
        None => (detect_separator(text), text, 1),
    };
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut line, mut col) = (first_line, 1u32);
    let mut cell_pos = Pos { line, col };
    let mut quoted = false;
    let mut quote_pos = cell_pos;
    let mut at_cell_start = true;
    // Whether the cell began with a quote: a quoted `"NA"` is text, an unquoted one no value.
    let mut was_quoted = false;
    let mut chars = text.chars().peekable();
    let mut number = 0;
    while let Some(c) = chars.next() {
        let here = Pos { line, col };
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    col += 1;
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                was_quoted = true;
                quote_pos = here;
                at_cell_start = false;
            }
            c if c == separator => {
                cells.push(Cell { text: value(std::mem::take(&mut cell), std::mem::take(&mut was_quoted)), pos: cell_pos });
                cell_pos = Pos { line, col };
                at_cell_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(Cell { text: value(std::mem::take(&mut cell), std::mem::take(&mut was_quoted)), pos: cell_pos });
                number += 1;
                rows.push(Row { number, cells: std::mem::take(&mut cells) });
                if c == '\r' {
                    line += 1;
                    col = 1;
                }
                cell_pos = Pos { line, col };
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if quoted {
        return (rows, Some(quote_pos));
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(Cell { text: value(cell, was_quoted), pos: cell_pos });
        number += 1;
        rows.push(Row { number, cells });
    }
    // Blank lines are not rows worth reporting.
    rows.retain(|r| !(r.cells.len() == 1 && r.cells[0].text.trim().is_empty()));
    (rows, None)
}

/// Bytes as text, as [`crate::parse::decode`] reads them, except a sheet that is not
/// UTF-8: a spreadsheet program on Windows saves CSV in its code page, Windows-1252
/// (Western European) or, on a Vietnamese system, Windows-1258, so such bytes are read
/// in the one they look like ([`code_page`]), with a warning that says which and how to
/// save UTF-8, where they would be shown as �. JSON that is not UTF-8 is named as such
/// (it is damaged, or in an encoding no guess would get right), and so is a workbook.
pub fn decode(bytes: &[u8]) -> (String, Option<Problem>) {
    let (text, problem) = crate::parse::decode(bytes);
    let not_utf8 = problem.as_ref().filter(|p| p.kind == ProblemKind::NotUtf8).map(|p| p.pos);
    match not_utf8 {
        Some(pos) if super::detect(&text) == super::Format::Csv && !bytes.starts_with(b"PK\x03\x04") => {
            let (text, name) = code_page(bytes);
            (text, Some(Problem::warning("", pos, ProblemKind::CodePage(name))))
        }
        _ => (text, problem),
    }
}

/// The bytes 0x80–0x9F in Windows-1252; its other bytes are their own code points. The
/// five it leaves unassigned are kept as the C1 controls they are in Latin-1.
const WINDOWS_1252_HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";

/// Where Windows-1258 (Vietnamese) differs from Windows-1252: its letters ă, đ, ơ, ư, the
/// dong sign, and the five tones as combining marks (grave, hook, tilde, acute, dot).
const WINDOWS_1258: [(u8, char); 18] = [
    (0x8A, '\u{8a}'),
    (0x8E, '\u{8e}'),
    (0x9A, '\u{9a}'),
    (0x9E, '\u{9e}'),
    (0xC3, 'Ă'),
    (0xCC, '\u{300}'),
    (0xD0, 'Đ'),
    (0xD2, '\u{309}'),
    (0xD5, 'Ơ'),
    (0xDD, 'Ư'),
    (0xDE, '\u{303}'),
    (0xE3, 'ă'),
    (0xEC, '\u{301}'),
    (0xF0, 'đ'),
    (0xF2, '\u{323}'),
    (0xF5, 'ơ'),
    (0xFD, 'ư'),
    (0xFE, '₫'),
];

/// Each Vietnamese vowel and its five tones, in the order of [`TONES`]: Windows-1258 writes
/// a toned vowel as the vowel and a tone's combining mark, which are read as one letter.
const TONED: [&str; 24] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
    "AÀÁẢÃẠ",
    "ĂẰẮẲẴẶ",
    "ÂẦẤẨẪẬ",
    "EÈÉẺẼẸ",
    "ÊỀẾỂỄỆ",
    "IÌÍỈĨỊ",
    "OÒÓỎÕỌ",
    "ÔỒỐỔỖỘ",
    "ƠỜỚỞỠỢ",
    "UÙÚỦŨỤ",
    "ƯỪỨỬỮỰ",
    "YỲÝỶỸỴ",
];

/// The tones' combining marks: grave, acute, hook, tilde, dot below.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Bytes that are not UTF-8 read in the Windows code page they look like, and its name:
/// Windows-1258 when a tone's byte follows a vowel's (twice, or once in a text with đ or
/// Đ), as Vietnamese text has them on every line; else Windows-1252.
fn code_page(bytes: &[u8]) -> (String, &'static str) {
    let high: Vec<char> = WINDOWS_1252_HIGH.chars().collect();
    let in_1252 = |b: u8| if (0x80..0xA0).contains(&b) { high[usize::from(b - 0x80)] } else { char::from(b) };
    let in_1258 = |b: u8| WINDOWS_1258.iter().find(|(x, _)| *x == b).map_or_else(|| in_1252(b), |(_, c)| *c);
    let vowel = |c: char| TONED.iter().any(|t| t.starts_with(c));
    let toned = bytes.windows(2).filter(|w| TONES.contains(&in_1258(w[1])) && vowel(in_1258(w[0]))).count();
    let vietnamese = toned >= 2 || (toned == 1 && bytes.iter().any(|b| matches!(b, 0xD0 | 0xF0)));
    if !vietnamese {
        return (bytes.iter().map(|&b| in_1252(b)).collect(), "Windows-1252");
    }
    let text: String = bytes.iter().map(|&b| in_1258(b)).collect();
    (compose(&text).into_owned(), "Windows-1258")
}

/// Vietnamese written with combining marks (a tone after its vowel, as Windows-1258 and
/// some Vietnamese keyboards write it, or every mark apart, as decomposed Unicode has
/// it) as one letter each: `Ngày`, `Sự kiện` read as the sheet's words are matched.
/// Other text is returned as it is.
pub(crate) fn compose(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| ('\u{300}'..='\u{323}').contains(&c)) {
        return text.into();
    }
    // The marks that make ă, â, ê, ô, ơ, ư of a, e, o, u.
    let modified = |mark: char, base: char| -> Option<char> {
        let (from, to) = match mark {
            '\u{302}' => ("aAeEoO", "âÂêÊôÔ"),
            '\u{306}' => ("aA", "ăĂ"),
            '\u{31b}' => ("oOuU", "ơƠưƯ"),
            _ => return None,
        };
        from.chars().position(|c| c == base).and_then(|i| to.chars().nth(i))
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(mut base) = chars.next() {
        // A vowel's marks, in the order Unicode puts them (the dot below before the
        // circumflex: ệ is e, dot, circumflex).
        let mut tone = None;
        while let Some(&mark) = chars.peek() {
            if let Some(b) = modified(mark, base) {
                base = b;
            } else if let (None, Some(t)) = (tone, TONES.iter().position(|t| *t == mark)) {
                tone = Some(t);
            } else {
                break;
            }
            chars.next();
        }
        let toned = tone.and_then(|t| TONED.iter().find(|row| row.starts_with(base)).and_then(|row| row.chars().nth(t + 1)));
        match (toned, tone) {
            (Some(one), _) => out.push(one),
            (None, Some(t)) => {
                out.push(base);
                out.push(TONES[t]);
            }
            (None, None) => out.push(base),
        }
    }
    out.into()
}

/// A cell's text, or nothing for the marks tools write where a cell has no value: R's
/// `NA` (which `write.csv` and `readr` write unquoted, quoting text), `N/A`, a
/// spreadsheet's `#N/A`, a database's `NULL` and `\N`. Quoted, they are text.
fn value(text: String, quoted: bool) -> String {
    const NO_VALUE: [&str; 6] = ["NA", "N/A", "n/a", "#N/A", "NULL", "\\N"];
    if !quoted && NO_VALUE.contains(&text.trim()) {
        return String::new();
    }
    text
}

/// The separator of the header line: `,` unless `;` or tab is more frequent there.
fn detect_separator(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    let (commas, semis, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semis {
        '\t'
    } else if semis > commas {
        ';'
    } else {
        ','
    }
}

/// The columns this importer reads. `title`, `summary`, `place` and `note` may also
/// come per language: `title_vi`, `title_en`, …
const COLUMNS: &[&str] = &[
    "id",
    "date",
    "time",
    "end",
    "end_time",
    "kind",
    "status",
    "tier",
    "pillars",
    "by",
    "to",
    "actors",
    "place",
    "title",
    "summary",
    "note",
    "display_date",
    "media_url",
    "media_caption",
    "media_credit",
    "source",
    "source_title",
    "source_url",
    "source_date",
    "source_lang",
    "quote",
];

/// The columns of one citation: a source and the quote taken from it.
const CITATION_COLUMNS: [&str; 6] = ["source", "source_title", "source_url", "source_date", "source_lang", "quote"];

/// How many citations a row may hold: `source`, `quote`, … and the same columns
/// numbered `_2` to `_9` (`source_2`, `quote_2`, or `Source 2`, `Quote 2`).
const MAX_CITATIONS: u8 = 9;

/// What follows a column's name in a header cell.
#[derive(Debug, Clone, PartialEq)]
enum Suffix {
    None,
    /// A per-language column (`title_vi`, `summary_zh-Hans`).
    Lang(String),
    /// A citation column's number (`quote_2`): 2 to [`MAX_CITATIONS`].
    Citation(u8),
}

/// A header cell as a column: its name, and its language for a per-language column
/// (`title_vi`, `summary_zh-Hans`: any BCP 47 tag, in its usual case) or its number for
/// a citation column beyond the first (`source_2`, `quote 2`; `_1` is the first);
/// `None` for a column this reader does not know. Letter case does not matter, and a
/// space between words is an underscore: spreadsheets write `Source URL` or `Display
/// Date` as readily as `source_url`, and `Địa điểm` as `địa_điểm` (lowercasing beyond
/// ASCII costs this module nothing: its days in words are lowercased so already).
fn column_name(header: &str) -> Option<(&'static str, Suffix)> {
    let raw = header_key(header);
    let known = |name: &str| COLUMNS.iter().copied().find(|c| *c == canonical(name));
    if let Some(c) = known(&raw) {
        return Some((c, Suffix::None));
    }
    let (base, tag) = raw.rsplit_once('_')?;
    let column = known(base)?;
    if let [d @ b'1'..=b'9'] = tag.as_bytes() {
        let n = d - b'0';
        return CITATION_COLUMNS.contains(&column).then_some((column, if n == 1 { Suffix::None } else { Suffix::Citation(n) }));
    }
    // Only texts are written per language: `quote_vi` or `date_en` would never be read.
    (crate::model::is_lang_tag(tag) && TEXT_COLUMNS.contains(&column)).then(|| (column, Suffix::Lang(crate::model::tag_case(tag))))
}

/// A header cell's words, lower-case, joined by underscores (`Display Date` is
/// `display_date`, `Thời gian` is `thời_gian`).
fn header_key(header: &str) -> String {
    header.split_whitespace().collect::<Vec<_>>().join("_").to_lowercase()
}

/// Whether a header cell names `column` (`Start Date` and `Ngày` name `date`;
/// `Title VI` and `Headline` name `title`), or may stand for it in a sheet made with no
/// timeline in mind (`Year`, `Thời gian`; `Event`, `Sự kiện`).
pub(crate) fn names_column(header: &str, column: &str) -> bool {
    column_name(header).is_some_and(|(c, _)| c == column) || fallback_column(header).is_some_and(|c| c.contains(&column))
}

/// The columns that hold a text, plain or in a language of their own (`title_vi`).
const TEXT_COLUMNS: [&str; 7] = ["title", "summary", "place", "note", "display_date", "media_caption", "media_credit"];

/// Whether `row` is a title row: its `kind` cell says `title`.
fn is_title_row(row: &Row, columns: &HashMap<String, usize>) -> bool {
    columns.get("kind").and_then(|&i| row.cells.get(i)).is_some_and(|c| c.text.trim().eq_ignore_ascii_case("title"))
}

/// The key of a citation column in a group: `quote`, `quote_2`.
fn citation_key(name: &str, group: u8) -> std::borrow::Cow<'_, str> {
    if group == 1 {
        name.into()
    } else {
        format!("{name}_{group}").into()
    }
}

/// Other names spreadsheets use for the same columns.
fn canonical(name: &str) -> &str {
    match name {
        "start" | "start_date" => "date",
        "end_date" => "end",
        "start_time" => "time",
        "type" => "kind",
        // `Tag`: the group of TimelineJS's first spreadsheet template.
        "pillar" | "group" | "groups" | "tag" | "tags" => "pillars",
        "headline" => "title",
        "party" | "from" => "by",
        "text" | "description" => "summary",
        "media" => "media_url",
        // In Vietnamese, in the widget's own words where it has them.
        "ngày" => "date",
        "ngày_kết_thúc" | "kết_thúc" => "end",
        "giờ" => "time",
        "loại" | "loại_sự_kiện" => "kind",
        "trạng_thái" => "status",
        "cấp_độ" | "cấp_độ_quan_hệ" => "tier",
        "lĩnh_vực" | "lĩnh_vực_hợp_tác" => "pillars",
        "bên_thực_hiện" => "by",
        "nhân_vật" => "actors",
        "địa_điểm" => "place",
        "tiêu_đề" => "title",
        "tóm_tắt" | "nội_dung" | "mô_tả" => "summary",
        "ghi_chú" => "note",
        "nguồn" => "source",
        "trích_dẫn" => "quote",
        other => other,
    }
}

/// Names a sheet made without this widget in mind gives its columns (`Date | Event`,
/// `Thời gian | Sự kiện`, `日期 | 事件`), taken for a column only when no header cell
/// names it outright: `Year` is the date of a sheet without one. `Thời gian` and `时间`
/// ("time") are the date of a sheet without one too, and beside `Ngày` or `日期` the
/// time of day (the second column named).
fn fallback_column(header: &str) -> Option<[&'static str; 2]> {
    let column = match header_key(header).as_str() {
        "thời_gian" | "时间" => return Some(["date", "time"]),
        "when" | "year" | "năm" | "mốc" | "mốc_thời_gian" | "日期" | "年份" | "tarikh" | "tahun" => "date",
        "event" | "events" | "what" | "name" | "sự_kiện" | "tên" | "事件" | "标题" | "peristiwa" | "tajuk" => "title",
        "details" | "detail" | "chi_tiết" | "描述" | "内容" | "keterangan" | "penerangan" => "summary",
        "location" | "where" | "nơi" | "地点" | "tempat" => "place",
        "category" | "categories" | "topic" | "theme" | "chủ_đề" | "类别" | "kategori" => "pillars",
        _ => return None,
    };
    Some([column, column])
}

/// Whether a sheet's header is in a language that writes days day first: a header word
/// in Vietnamese or another language of accented Latin letters (`Ngày`, `Sự kiện`),
/// one in Malay (`Tarikh`), or texts first in `vi` or `ms` (`title_vi`).
fn headed_day_first(header: &Row, sheet_lang: Option<&str>) -> bool {
    const MALAY: [&str; 8] = ["tarikh", "tahun", "peristiwa", "tajuk", "keterangan", "penerangan", "tempat", "kategori"];
    let accented = |c: char| matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c.is_alphabetic();
    matches!(sheet_lang, Some("vi" | "ms"))
        || header.cells.iter().map(|c| header_key(&c.text)).any(|k| k.chars().any(accented) || MALAY.contains(&k.as_str()))
}

/// Whether a sheet's header names `column`, plain or in one of its languages.
fn has_column(columns: &HashMap<String, usize>, langs: &[String], column: &str) -> bool {
    columns.contains_key(column) || langs.iter().any(|l| columns.contains_key(&format!("{column}_{l}")))
}

/// A header cell not read as a column, said where it is.
fn unknown_column(cell: &Cell, kind: ProblemKind) -> Problem {
    Problem::warning(format!("row 1, {}", cell.text.trim().to_ascii_lowercase()), cell.pos, kind)
}

/// The order of day and month in a sheet's days written as a spreadsheet exports them
/// (`12/3/2025` or `3/12/2025`), told by the sheet's own dates as a reader tells it: a
/// first number above 12 can only be a day, and so can a second one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayOrder {
    DayFirst,
    MonthFirst,
    /// No date tells, or dates tell both ways: each is read only if it tells itself.
    Unknown,
}

/// A day written `D/M/YYYY` or `M/D/YYYY` (or with `-`, or a two-digit year),
/// `D.M.YYYY`, or `YYYY/M/D`:
/// its two small numbers, its year, how it is ordered, and what follows it (a time).
struct LocalDay<'a> {
    first: u32,
    second: u32,
    year: &'a str,
    /// `YYYY/M/D`: year, month, day, whatever the sheet's order.
    year_first: bool,
    /// Day first whatever the sheet's order: written `D.M.YYYY`, or after "ngày"
    /// ("day": Vietnamese writes the day before the month).
    day_first: bool,
    rest: &'a str,
}

/// Whether `s` is ASCII digits alone, as many as `len` allows.
fn figures(s: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn local_day(text: &str) -> Option<LocalDay<'_>> {
    // `ngày 12/3/2025`: "day" in Vietnamese, as articles and sheets write it before a date.
    let (said_day, text) = match ["ngày ", "Ngày "].iter().find_map(|w| text.strip_prefix(w)) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let end = text.find(' ').unwrap_or(text.len());
    let (day, rest) = text.split_at(end);
    let separator = day.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let mut parts = day.split(separator);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let small = |s: &str| s.parse::<u32>().ok();
    if figures(a, 4..=4) && figures(b, 1..=2) && figures(c, 1..=2) {
        return Some(LocalDay { first: small(c)?, second: small(b)?, year: a, year_first: true, day_first: false, rest });
    }
    // Two-digit years too (`3/4/25`: a spreadsheet's short date format).
    if figures(a, 1..=2) && figures(b, 1..=2) && (figures(c, 4..=4) || figures(c, 2..=2)) {
        return Some(LocalDay {
            first: small(a)?,
            second: small(b)?,
            year: c,
            year_first: false,
            day_first: said_day || separator == '.',
            rest,
        });
    }
    None
}

/// A cell's day without the time of day beside it ([`split_clock`]), for telling its
/// order.
fn day_part(text: &str) -> std::borrow::Cow<'_, str> {
    split_clock(text).map_or(std::borrow::Cow::Borrowed(text), |(day, _)| day.into())
}

/// How the sheet's days that are not in ISO form are ordered, from those that tell.
fn day_order<'a>(days: impl Iterator<Item = &'a str>) -> DayOrder {
    let (mut day_first, mut month_first) = (false, false);
    for text in days {
        let day = day_part(text);
        let Some(day) = local_day(&day).filter(|d| !d.year_first && !d.day_first) else { continue };
        day_first |= day.first > 12 && day.second <= 12;
        month_first |= day.second > 12 && day.first <= 12;
    }
    match (day_first, month_first) {
        (true, false) => DayOrder::DayFirst,
        (false, true) => DayOrder::MonthFirst,
        _ => DayOrder::Unknown,
    }
}

/// A day as a spreadsheet exports it (`13/3/2025 14:30`), written as the date reader
/// reads it (`2025-03-13 14:30`); None for text in another form, or a day whose order
/// nothing tells (`3/4/2025` in a sheet without a day above 12): that is read as
/// written, and named as the invalid date it then is, with the form to use.
fn iso_day(text: &str, order: DayOrder) -> Option<String> {
    let d = local_day(text)?;
    let day_first = if d.year_first || d.day_first {
        true
    } else {
        match order {
            DayOrder::DayFirst => true,
            DayOrder::MonthFirst => false,
            DayOrder::Unknown if d.first > 12 => true,
            DayOrder::Unknown if d.second > 12 => false,
            DayOrder::Unknown => return None,
        }
    };
    let (day, month) = if day_first { (d.first, d.second) } else { (d.second, d.first) };
    // A two-digit year as spreadsheets read one: 30–99 are the 1900s, 00–29 the 2000s.
    let year = match d.year.parse::<u32>() {
        Ok(yy) if d.year.len() == 2 => (if yy < 30 { 2000 + yy } else { 1900 + yy }).to_string(),
        _ => d.year.to_owned(),
    };
    Some(format!("{year}-{month:02}-{day:02}{}", d.rest))
}

/// Whether `text` is a day written with slashes whose first two numbers could each be
/// the month (`4/5/2014`, not `4/13/2014` or `2014/4/5`): read month first, it is
/// another day than read day first.
pub(crate) fn either_way(text: &str) -> bool {
    local_day(&day_part(text)).is_some_and(|d| !d.year_first && !d.day_first && d.first != d.second && d.first <= 12 && d.second <= 12)
}

/// The year a day written with a two-digit year (`3/4/25`) was read as; None for a
/// day written otherwise.
fn short_year(text: &str, day: &Date) -> Option<u16> {
    // Only `21-Apr-14` is read with a short year in words: a day without letters is not read again.
    let short = local_day(text).is_some_and(|d| d.year.len() == 2)
        || (text.bytes().any(|b| b.is_ascii_alphabetic()) && worded(text).is_some_and(|w| w.short_year));
    short.then(|| u16::try_from(day.year).ok()).flatten()
}

/// English month names, as a spreadsheet's "March 12, 2025" format writes them.
const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Malay month names, as the widget writes them in Malay ("12 Mac 2025") and Malay
/// spreadsheets format them. None begins with three letters an English name begins
/// with unless it is the same month ("Jun", "Julai"/"July", "Sep").
const MONTHS_MS: [&str; 12] =
    ["januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november", "disember"];

/// Month names in other languages newsrooms write days in (Spanish, French, German,
/// Portuguese, Italian, Dutch, Indonesian: "12 de marzo de 2025", "12 mars 2025",
/// "12. März 2025"), read after the English and the Malay ones, by their first three
/// letters or more as those are. Where three letters begin two months (French "juin",
/// "juillet"), the first is read and the longer abbreviation tells.
const MONTHS_MORE: [[&str; 12]; 7] = [
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
];

/// Tamil month names, as the widget writes them in Tamil ("12 மார்ச் 2025"): matched
/// whole, never by their first letters.
const MONTHS_TA: [&str; 12] = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"];

/// English weekday names, which a day in words may begin with (`Mon, 21 Apr 2014`).
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A day or a month written in words, as spreadsheets format dates and as this widget
/// writes them in its languages — `12 March 2025`, `March 12, 2025`, `Mar 12 2025`,
/// `March 2025`, `12 tháng 3, 2025`, `tháng 3 năm 2025`, `12 Mac 2025`, `Ogos 2025`,
/// `12 மார்ச் 2025`, `2025年3月12日`, `2025年3月` — as ISO text (`2025-03-12`,
/// `2025-03`); None for anything else. Also a spreadsheet's `21-Apr-2014` and
/// `21-Apr-14`, a day after its weekday (`Thứ Hai, ngày 12 tháng 3 năm 2025`), and
/// the forms of e-mail, feeds and scripts with a time and a zone
/// (`Mon, 21 Apr 2014 10:00:00 GMT`, `Mon Apr 21 2014 10:00:00 GMT+0700 (…)`).
fn worded_day(text: &str) -> Option<String> {
    let w = worded(text)?;
    Some(match w.day {
        Some(day) => format!("{:04}-{:02}-{day:02}{}", w.year, w.month, w.clock),
        None => format!("{:04}-{:02}", w.year, w.month),
    })
}

/// A day in words, read: see [`worded_day`].
struct Worded {
    year: u32,
    month: u32,
    day: Option<u32>,
    /// Written with two digits (`21-Apr-14`), read as spreadsheets read them.
    short_year: bool,
    /// The time and zone as ISO text (`T10:00:00Z`), or nothing.
    clock: String,
}

fn worded(text: &str) -> Option<Worded> {
    let number = |w: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> { figures(w, len).then(|| w.parse().ok()).flatten() };
    if let Some((year, rest)) = text.split_once('年') {
        // Chinese: 2025年3月12日 (or 号), 2025年3月; spaces allowed between the parts.
        let (month, rest) = rest.split_once('月')?;
        let rest = rest.trim();
        let day = match rest.strip_suffix('日').or_else(|| rest.strip_suffix('号')) {
            Some(day) => Some(number(day.trim(), 1..=2)?),
            None if rest.is_empty() => None,
            None => return None,
        };
        return Some(Worded {
            year: number(year.trim(), 4..=4)?,
            month: number(month.trim(), 1..=2)?,
            day,
            short_year: false,
            clock: String::new(),
        });
    }
    // A zone's name in brackets, as scripts write it after the offset, says nothing more.
    let lower = text.split('(').next().unwrap_or("").to_lowercase().replace(',', " ");
    let mut words: Vec<&str> =
        lower.split_whitespace().map(|w| ordinal(w.trim_end_matches('.'))).filter(|w| !matches!(*w, "năm" | "ngày" | "de")).collect();
    // A weekday first: English, or Vietnamese ("thứ hai", "thứ 2", "chủ nhật").
    match words.as_slice() {
        ["thứ", _, ..] | ["chủ", "nhật", ..] => drop(words.drain(..2)),
        [first, ..] if first.len() >= 3 && WEEKDAYS.iter().any(|d| d.starts_with(first)) => drop(words.remove(0)),
        _ => {}
    }
    // A time (and a zone) after the day.
    let clock = match words.iter().position(|w| w.contains(':')) {
        Some(at) => {
            let clock = time_and_zone(&words[at..])?;
            words.truncate(at);
            clock
        }
        None => String::new(),
    };
    // A spreadsheet's `21-Apr-2014` and `21-Apr-14`: the only form read with a short year.
    let hyphenated: Vec<&str> = match words.as_slice() {
        [one] if one.contains('-') && one.bytes().any(|b| b.is_ascii_alphabetic()) => one.split('-').collect(),
        _ => Vec::new(),
    };
    let short_year = hyphenated.last().is_some_and(|y| number(y, 2..=2).is_some());
    let words = if hyphenated.is_empty() { words } else { hyphenated };
    let month = |w: &str| -> Option<u32> {
        let by_start = |names: &[&str; 12]| (w.len() >= 3).then(|| names.iter().position(|m| m.starts_with(w))).flatten();
        by_start(&MONTHS)
            .or_else(|| by_start(&MONTHS_MS))
            .or_else(|| MONTHS_MORE.iter().find_map(by_start))
            .or_else(|| MONTHS_TA.iter().position(|m| *m == w))
            .map(|i| i as u32 + 1)
    };
    let (day, month, year) = match words.as_slice() {
        // A month and its year with a slash: `3/2025`, `03/2025`, `tháng 3/2025`.
        [my] | ["tháng", my] if clock.is_empty() => {
            let (m, y) = my.split_once('/')?;
            (None, number(m, 1..=2)?, y)
        }
        [d, m, y] if month(m).is_some() => (Some(number(d, 1..=2)?), month(m)?, *y),
        [m, d, y] if month(m).is_some() => (Some(number(d, 1..=2)?), month(m)?, *y),
        [m, y] if month(m).is_some() => (None, month(m)?, *y),
        [d, "tháng", m, y] => (Some(number(d, 1..=2)?), number(m, 1..=2)?, *y),
        ["tháng", m, y] => (None, number(m, 1..=2)?, *y),
        _ => return None,
    };
    let year = match (short_year, day) {
        (true, Some(_)) => number(year, 2..=2).map(|yy| if yy < 30 { 2000 + yy } else { 1900 + yy })?,
        _ => number(year, 4..=4)?,
    };
    if day.is_none() && !clock.is_empty() {
        return None;
    }
    Some(Worded { year, month, day, short_year, clock })
}

/// A day's number without its English ordinal ending: `1st`, `2nd`, `23rd`, `12th`
/// as `1`, `2`, `23`, `12` ("1st August 1973", "March 12th, 2025"), or the French
/// first's (`1er mars 2025`).
fn ordinal(word: &str) -> &str {
    ["st", "nd", "rd", "th", "er"].iter().find_map(|end| word.strip_suffix(end).filter(|n| figures(n, 1..=2))).unwrap_or(word)
}

/// `10:00:00` and a zone as [`zone_word`] reads one (`GMT`, `+0700`, `GMT+07:00`, `ICT`)
/// as ISO text: `T10:00:00Z`, `T10:00:00+07:00`; None for anything else.
fn time_and_zone(words: &[&str]) -> Option<String> {
    let (time, zone) = match words {
        [time] => (*time, None),
        [time, zone] => (*time, Some(zone_word(zone)?)),
        _ => return None,
    };
    if !time.bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return None;
    }
    let offset = zone.unwrap_or_default();
    Some(format!("T{time}{offset}"))
}

/// Reads a date cell: ISO forms as they are, a spreadsheet's local form in the sheet's
/// order, a day in words, any of these days with a time of day beside it
/// ([`split_clock`]).
pub(crate) fn sheet_date(text: &str, order: DayOrder) -> Result<Date, crate::date::DateError> {
    // `năm 1973`: "the year" in Vietnamese, before a year alone.
    let text = ["năm ", "Năm "].iter().find_map(|w| text.strip_prefix(w)).map_or(text, str::trim_start);
    // A year written as a decimal ("1969.0"), as data tools write the whole numbers of a
    // column with empty cells, is that year.
    let whole = |(year, fraction): &(&str, &str)| {
        (1..=4).contains(&year.len())
            && year.bytes().all(|b| b.is_ascii_digit())
            && !fraction.is_empty()
            && fraction.bytes().all(|b| b == b'0')
    };
    let text = text.split_once('.').filter(whole).map_or(text, |(year, _)| year);
    if let Some(read) = era_date(text, order) {
        return read;
    }
    let read = match iso_day(text, order).or_else(|| worded_day(text)) {
        Some(iso) => Date::parse(&iso),
        None => Date::parse(padded_year(text).as_deref().unwrap_or(text)),
    };
    match read {
        Err(error) => day_and_clock(text, order).ok_or(error),
        read => read,
    }
}

/// A year written with fewer than four figures, as a sheet holds it (`476`, `-776`,
/// `-44-03-15`): padded to four (`0476`, `-0776`: the native format's numbering, in
/// which `-0776` is 777 BCE), the rest as written. A number of one or two figures
/// without a sign is no year (a day's number, most likely: `12` alone stays an error,
/// and `12–14 March 2025` a span of days); `AD 79` or `0079` says that year.
fn padded_year(text: &str) -> Option<String> {
    let (sign, rest) = text.strip_prefix('-').map_or(("", text), |rest| ("-", rest));
    let figures = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[figures..];
    let least = if sign.is_empty() { 3 } else { 1 };
    ((least..=3).contains(&figures) && (after.is_empty() || after.starts_with('-')))
        .then(|| format!("{sign}{:0>4}{after}", &rest[..figures]))
}

/// The words that name an era after a year or before it, and whether it is the era
/// before year 1: English, with or without dots, Vietnamese (`TCN`, "trước Công
/// nguyên"; `SCN`, "sau Công nguyên") and Chinese (公元前, 公元, before the year).
const ERAS: [(&str, bool); 14] = [
    ("bce", true),
    ("bc", true),
    ("tcn", true),
    ("trước công nguyên", true),
    ("公元前", true),
    ("ce", false),
    ("ad", false),
    ("scn", false),
    ("sau công nguyên", false),
    ("公元", false),
    ("b.c.e.", true),
    ("b.c.", true),
    ("c.e.", false),
    ("a.d.", false),
];

/// Lower-case text without the era it names after it or before it (a word of its own,
/// but for Chinese), and whether that era is the one before year 1; None when it names
/// none.
pub(crate) fn without_era(lower: &str) -> Option<(&str, bool)> {
    ERAS.iter().find_map(|&(word, before)| {
        let spaced = |r: &str| r.is_empty() || r.starts_with(' ') || r.ends_with(' ') || !word.is_ascii();
        let rest = match (lower.strip_suffix(word), lower.strip_prefix(word)) {
            (Some(r), _) if spaced(r) && !r.ends_with(|c: char| c.is_alphabetic()) => r,
            (_, Some(r)) if spaced(r) && !r.starts_with(|c: char| c.is_alphabetic()) => r,
            _ => return None,
        };
        Some((rest.trim(), before))
    })
}

/// A date with its era named (`776 BC`, `44 BCE`, `15 March 44 BC`, `AD 476`, `476 CE`,
/// `776 TCN`, `公元前776年`): the year as written, counted back from year 1 when it is
/// before it (776 BC is the native format's `-0775`). None when no era is named.
fn era_date(text: &str, order: DayOrder) -> Option<Result<Date, DateError>> {
    let lower = text.to_lowercase();
    let (rest, before) = without_era(&lower)?;
    let rest = rest.trim_end_matches('年').trim_end_matches(',').trim();
    let year_of = |y: i64| if before { 1 - y } else { y };
    if figures(rest, 1..=6) {
        let year: i64 = rest.parse().ok()?;
        return Some(if year == 0 { Err(DateError::Shape) } else { Date::checked(year_of(year), None, None) });
    }
    // A day or a month before the year: the year, the last number, read in four figures.
    let at = rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let year = &rest[at..];
    if !figures(year, 1..=4) || year.bytes().all(|b| b == b'0') {
        return Some(Err(DateError::Shape));
    }
    let date = sheet_date(&format!("{}{year:0>4}", &rest[..at]), order);
    Some(date.and_then(|d| {
        let read = Date::checked(year_of(i64::from(d.year)), d.month, d.day)?;
        Ok(match d.time {
            Some(time) => read.at(time),
            None => read,
        })
    }))
}

/// A day and a time of day in one cell, the time read as a sheet's `time` column reads
/// it ([`parse_clock`]). None when the day is not a day (a month, a year) or has a time
/// already.
fn day_and_clock(text: &str, order: DayOrder) -> Option<Date> {
    let (day, clock) = split_clock(text)?;
    let date = sheet_date(&day, order).ok().filter(|d| d.day.is_some() && d.time.is_none())?;
    parse_clock(&clock).ok().map(|time| date.at(time))
}

/// A cell of a day and a time of day, split: the day's text and the time's (`10:30`,
/// `2:30:00 PM`). The time comes after the day, as spreadsheets export one
/// (`3/12/2025 2:30:00 PM`, `2025-03-12 9:05`, `12 March 2025 2:30 PM`), or before it,
/// as Vietnamese writes it (`10:00 ngày 12/3/2025`, `lúc 10h30 ngày 12/3/2025`). None
/// for a cell without one time and words beside it.
fn split_clock(text: &str) -> Option<(String, String)> {
    if !text.contains([':', 'h', 'H', 'm', 'M']) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let half = |w: &&str| matches!(w.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m." | "p.m.");
    // A time, or an hour alone before its half of the day (`9 am`).
    let hour = |i: usize| figures(words[i], 1..=2) && words.get(i + 1).is_some_and(half);
    let at = (0..words.len()).position(|i| clock_word(words[i]).is_some() || hour(i))?;
    let mut end = if words.get(at + 1).is_some_and(half) { at + 2 } else { at + 1 };
    // A zone after the time (`2025-03-12 09:00:00 +0700`, `9:00 AM UTC`).
    if words.get(end).is_some_and(|w| zone_word(w).is_some()) {
        end += 1;
    }
    // One time only: the day is read again without it, once.
    if words[end..].iter().any(|w| clock_word(w).is_some()) {
        return None;
    }
    // After the day, alone or after "at" (`Mar 12, 2025 @ 9:00`), or before it, alone
    // or after "lúc" ("at").
    let day = match (&words[..at], &words[end..]) {
        ([day @ .., "@" | "at" | "lúc"], []) | (day, []) | ([] | ["lúc" | "Lúc"], day) if !day.is_empty() => day,
        _ => return None,
    };
    let mut clock = clock_word(words[at]).unwrap_or_else(|| words[at].to_owned());
    for word in &words[at + 1..end] {
        clock.push(' ');
        clock.push_str(word);
    }
    Some((day.join(" "), clock))
}

/// Zones by the abbreviation a sheet may write after a time, those that name one zone
/// only, with their offsets. Not read: those that name two or more (`IST`: India,
/// Ireland, Israel; `CST`: China, the American Central; `PST`: the American Pacific and
/// the Philippines; `MST`: the American Mountain and Malaysia; `EST`, written for
/// Australia's too).
const ZONES: [(&str, &str); 15] = [
    ("ict", "+07:00"),
    ("wib", "+07:00"),
    ("wita", "+08:00"),
    ("wit", "+09:00"),
    ("sgt", "+08:00"),
    ("myt", "+08:00"),
    ("pht", "+08:00"),
    ("hkt", "+08:00"),
    ("awst", "+08:00"),
    ("jst", "+09:00"),
    ("kst", "+09:00"),
    ("aest", "+10:00"),
    ("aedt", "+11:00"),
    ("cet", "+01:00"),
    ("cest", "+02:00"),
];

/// A word that is a UTC offset or names UTC — `+0700`, `+07:00`, `-05`, `UTC`, `GMT`,
/// `Z`, `UTC+7`, `GMT+07:00` — or a zone that one abbreviation names (`ICT`, `SGT`:
/// [`ZONES`]), as ISO text (`+07:00`, `Z`); None for any other word.
fn zone_word(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    if let Some((_, offset)) = ZONES.iter().find(|(name, _)| *name == lower) {
        return Some((*offset).to_owned());
    }
    let named = lower.strip_prefix("utc").or_else(|| lower.strip_prefix("gmt"));
    let rest = named.unwrap_or(&lower);
    if (rest.is_empty() && named.is_some()) || rest == "z" {
        return Some("Z".into());
    }
    let body = rest.strip_prefix(['+', '-'])?;
    let (hour, minute) = match body.split_once(':') {
        Some(parts) => parts,
        // Four figures, "0700" (a byte count alone could cut a character in two).
        None if body.len() == 4 && body.is_ascii() => body.split_at(2),
        None => (body, "00"),
    };
    (figures(hour, 1..=2) && figures(minute, 2..=2)).then(|| format!("{}{hour:0>2}:{minute}", &rest[..1]))
}

/// A word that is a time of day: `14:30`, `9:05:00`, `9am`, `11pm`, or `10h30`, `10h`,
/// as Vietnamese and French write it, given as `10:30`.
fn clock_word(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    if let Some(hour) = lower.strip_suffix("am").or_else(|| lower.strip_suffix("pm")) {
        if figures(hour, 1..=2) {
            return Some(word.to_owned());
        }
    }
    if let Some((hour, minute)) = word.split_once(['h', 'H']) {
        return (figures(hour, 1..=2) && (minute.is_empty() || figures(minute, 2..=2)))
            .then(|| format!("{hour}:{}", if minute.is_empty() { "00" } else { minute }));
    }
    let (hour, rest) = word.split_once(':')?;
    (figures(hour, 1..=2) && rest.bytes().next().is_some_and(|b| b.is_ascii_digit())).then(|| word.to_owned())
}

/// A kind by its code (`visit`), or by its name as the widget shows it in any of its
/// languages ("Chuyến thăm", "Visit", "访问"), in any letter case.
fn kind_of(text: &str) -> Option<Kind> {
    Kind::from_code(text).or_else(|| {
        let text = text.to_lowercase();
        shown_names().kinds.iter().find(|(name, _)| *name == text).map(|(_, kind)| *kind)
    })
}

/// A status by the name the widget shows for it in any of its languages ("Dự kiến").
fn status_named(text: &str) -> Option<Status> {
    let text = text.to_lowercase();
    shown_names().statuses.iter().find(|(name, _)| *name == text).map(|(_, status)| *status)
}

/// The names the widget shows for kinds and statuses, in each of its languages,
/// lowercased.
#[derive(Default)]
struct ShownNames {
    kinds: Vec<(String, Kind)>,
    statuses: Vec<(String, Status)>,
}

/// Read from the built-in language files, once, the first time a sheet needs them (and
/// held for the program's life, as the languages' words are).
fn shown_names() -> &'static ShownNames {
    static NAMES: std::sync::OnceLock<ShownNames> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = ShownNames::default();
        for lang in crate::i18n::Lang::ALL {
            let Some(root) = crate::i18n::file::built_in(lang).and_then(|text| crate::json::read(text).0) else { continue };
            let kinds = root.get("kinds").and_then(crate::json::Node::as_array).unwrap_or_default();
            for (kind, name) in Kind::ALL.into_iter().zip(kinds) {
                names.kinds.extend(name.as_str().map(|n| (n.to_lowercase(), kind)));
            }
            for (key, status) in [("happened", Status::Happened), ("planned", Status::Planned)] {
                names.statuses.extend(root.get(key).and_then(crate::json::Node::as_str).map(|n| (n.to_lowercase(), status)));
            }
        }
        names
    })
}

/// A spreadsheet's day number (`45728`, or `45728.75` with a time of day): days since
/// 30 December 1899, as a date cell formatted as a number exports it. Five to seven
/// figures, up to 31 December 9999: a number of four is a year.
fn serial_day(text: &str) -> Option<Date> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if !figures(whole, 5..=7) || !figures(fraction, 0..=usize::MAX) {
        return None;
    }
    let n: i64 = whole.parse().ok().filter(|n| (1..=2_958_465).contains(n))?;
    let (year, month, day) = crate::date::civil_from_days(n - 25_569);
    let date = Date::checked(i64::from(year), Some(month), Some(day)).ok()?;
    // The fraction of the day, to the minute, from its first nine figures.
    let fraction = &fraction[..fraction.len().min(9)];
    let (part, whole_day) = (fraction.parse::<u64>().unwrap_or(0), 10u64.pow(fraction.len() as u32));
    let minute = ((part * 1440 + whole_day / 2) / whole_day).min(1439) as u16;
    if minute == 0 {
        return Some(date);
    }
    Some(date.at(Time { minute, second: None, milli: 0, offset: None }))
}

/// What is wrong with a date cell that does not read: a day that could be read either
/// way (`12/3/2025` in a column whose other days do not tell) is said so, with both.
fn date_problem(text: &str, error: DateError) -> ProblemKind {
    if let (DateError::Shape, true) = (error, either_way(text)) {
        if let (Ok(d), Ok(m)) = (sheet_date(text, DayOrder::DayFirst), sheet_date(text, DayOrder::MonthFirst)) {
            return ProblemKind::EitherWay { text: text.into(), day_first: d.iso(), month_first: m.iso() };
        }
    }
    ProblemKind::InvalidDate { text: text.into(), error }
}

/// A day written as eight figures, `20250312`, as databases and news-event datasets
/// (GDELT's `SQLDATE`) export one: a number of four is a year, of five to seven a day
/// number ([`serial_day`]).
fn figures_day(text: &str) -> Option<Date> {
    if !figures(text, 8..=8) {
        return None;
    }
    let part = |range: std::ops::Range<usize>| text[range].parse::<u8>().ok();
    Date::checked(text[..4].parse().ok()?, Some(part(4..6)?), Some(part(6..8)?)).ok()
}

/// A time as programs count it, from 1 January 1970 (UTC): thirteen figures are
/// milliseconds (`1741737600000`, as JavaScript and many exports write it), ten are
/// seconds (`1741737600`, Unix time): 2001 to 2286 either way.
fn epoch_time(text: &str) -> Option<Date> {
    let scale = match text.len() {
        13 => 1,
        10 => 1000,
        _ => return None,
    };
    let count: i64 = figures(text, 10..=13).then(|| text.parse().ok()).flatten()?;
    super::vis::from_millis(count * scale).ok()
}

/// A date cell of a spreadsheet in this widget's layout: a day number, a day in eight
/// figures or a time since 1970, else as [`sheet_date`] reads it.
fn cell_date(text: &str, order: DayOrder) -> Result<Date, DateError> {
    serial_day(text).or_else(|| figures_day(text)).or_else(|| epoch_time(text)).map_or_else(|| sheet_date(text, order), Ok)
}

/// How a row whose dates are a period in words shows them: its cells as written,
/// `date – end`.
fn rough_shown(date: Option<&Cell>, end: Option<&Cell>) -> String {
    let mut shown = date.map_or("", |c| c.text.trim()).to_owned();
    if let Some(end) = end.map(|c| c.text.trim()).filter(|e| !e.is_empty()) {
        shown.push_str(" – ");
        shown.push_str(end);
    }
    shown
}

/// The column a date cell is in: `date`, which may hold a span when the row has no
/// `end` of its own, or `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateColumn {
    Date { span: bool },
    End,
}

/// A date cell, read as [`cell_date`] reads it; else, in `date` where it may be one, as
/// a span written in the cell ([`rough::span`]: the date and its end); else as a
/// period in words ([`rough::period`]: "c. 1973", "1970s", "Q1 2025", "cuối năm 2025"),
/// placed at its start, or at its end in `end`, with a warning (and `rough` set: the
/// row shows its dates as written); else None, with the error.
fn date_cell(
    c: &Cell,
    order: DayOrder,
    column: DateColumn,
    path: String,
    problems: &mut Vec<Problem>,
    rough: &mut bool,
) -> Option<(Date, Option<Date>)> {
    let text = c.text.trim();
    let error = match cell_date(text, order) {
        Ok(date) => return Some((date, None)),
        Err(error) => error,
    };
    let exact = |t: &str| sheet_date(t, order).ok();
    if let Some(span) = (column == DateColumn::Date { span: true }).then(|| super::rough::span(text, &exact)).flatten() {
        return Some((span.start, Some(span.end)));
    }
    let Some(period) = super::rough::period(text, &exact) else {
        problems.push(Problem::error(path, c.pos, date_problem(text, error)));
        return None;
    };
    let placed = if column == DateColumn::End { period.end } else { period.start };
    problems.push(Problem::warning(path, c.pos, ProblemKind::RoughDate { text: text.into(), placed: placed.iso() }));
    *rough = true;
    Some((placed, None))
}

/// Reads a CSV timeline. `name` (a file name, say) titles the timeline, which a
/// spreadsheet cannot hold.
pub fn import(text: &str, name: &str) -> Parsed {
    let text = &compose(text);
    let body = text.trim_start_matches('\u{feff}');
    // A workbook (its ZIP archive's first bytes) or the page of a sheet or a file, not
    // their text: no row of it is an event.
    let not_text = match web_page(body) {
        Some(at) => Some((crate::json::pos_of(body, at), ProblemKind::WebPage)),
        None => body.starts_with("PK\u{3}\u{4}").then_some((Pos { line: 1, col: 1 }, ProblemKind::Workbook)),
    };
    if let Some((pos, kind)) = not_text {
        return Parsed { timeline: titled(name), problems: vec![Problem::error("", pos, kind)], given: 0 };
    }
    let mut problems = Vec::new();
    let (rows, unclosed) = rows(text);
    if let Some(pos) = unclosed {
        let row = rows.len() + 1;
        problems.push(Problem::error(format!("row {row}"), pos, ProblemKind::UnclosedQuote));
    }
    let mut parsed = table(rows, name, problems);
    // Text that is no sheet may be a TimelineJS script that shows one from its address.
    if let Some(unsure) = parsed.problems.iter_mut().find(|p| p.kind == ProblemKind::UnsureFormat) {
        if let Some((at, address)) = super::script::data_address(body) {
            *unsure = Problem::error("", crate::json::pos_of(body, at), ProblemKind::DataElsewhere(address.into()));
        }
    }
    parsed
}

/// Whether `problems` say the data was a workbook, not text: the encoding's problem of
/// its bytes then says nothing more (the command line and the widget leave it out).
pub fn is_workbook(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.kind == ProblemKind::Workbook)
}

/// Where a web page (HTML) starts, if `text` is one: `<!DOCTYPE html>`, `<html>`,
/// `<head>` or `<body>` first, after white space and comments, in any letter case.
fn web_page(text: &str) -> Option<usize> {
    let mut rest = text.trim_start();
    while let Some(comment) = rest.strip_prefix("<!--") {
        rest = comment.split_once("-->").map_or("", |(_, after)| after).trim_start();
    }
    let start = text.len() - rest.len();
    let head = rest.get(..14).unwrap_or(rest).to_ascii_lowercase();
    let tag = ["<!doctype html", "<html", "<head", "<body"].iter().find(|t| head.starts_with(**t))?;
    let next = rest.as_bytes().get(tag.len()).copied();
    next.is_none_or(|b| b == b'>' || b.is_ascii_whitespace()).then_some(start)
}

/// A spreadsheet exported as JSON: a list of objects, one a row, keyed by the
/// columns' names (`[{"date": "2025-03-12", "title": "…"}, …]`, as sheet-to-JSON tools
/// write them). Read as the CSV it stands for; problems are named by the item and key
/// (`[3].date`). A list of texts or numbers is written as the cell's `;`-separated list
/// (`"pillars": ["trade", "defence"]`).
pub fn import_rows(root: &crate::json::Node, name: &str, problems: Vec<Problem>) -> Parsed {
    use crate::json::{Node, Value};
    let (items, prefix) = super::vis_items(root).unwrap_or_default();
    // A list of events kept under a title of its own is titled by it.
    let name = root.get("title").and_then(Node::as_str).filter(|t| !t.trim().is_empty()).unwrap_or(name);
    // The columns: every key, in the order first given, where first given.
    let mut keys: Vec<(&str, Pos)> = Vec::new();
    for item in items {
        for (key, _) in item.members().unwrap_or_default() {
            if !keys.iter().any(|(k, _)| *k == key.name.as_ref()) {
                keys.push((key.name.as_ref(), key.pos));
            }
        }
    }
    let text = |node: &Node| -> String {
        match &node.value {
            Value::String(s) => s.to_string(),
            Value::Number(n) => (*n).to_owned(),
            Value::Bool(b) => b.to_string(),
            Value::Array { items, .. } => {
                let scalar = |i: &Node| match &i.value {
                    Value::String(s) => Some(s.to_string()),
                    Value::Number(n) => Some((*n).to_owned()),
                    _ => None,
                };
                items.iter().filter_map(scalar).collect::<Vec<_>>().join("; ")
            }
            Value::Null | Value::Object { .. } => String::new(),
        }
    };
    // Keys and cells in decomposed Vietnamese read as a sheet's do (`compose`).
    let header = Row { number: 1, cells: keys.iter().map(|(k, pos)| Cell { text: compose(k).into_owned(), pos: *pos }).collect() };
    let mut rows = vec![header];
    for (i, item) in items.iter().enumerate() {
        let cells = keys
            .iter()
            .map(|(k, _)| match item.get(k) {
                Some(node) => Cell { text: compose(&text(node)).into_owned(), pos: node.pos },
                None => Cell { text: String::new(), pos: item.pos },
            })
            .collect();
        rows.push(Row { number: i + 2, cells });
    }
    let mut parsed = table(rows, name, problems);
    for p in &mut parsed.problems {
        let path = item_path(&p.path);
        // Under an object, a column is each event's key: `events[*].date`.
        p.path = match (prefix, path.starts_with('[') || path.is_empty()) {
            ("", _) => path,
            (_, true) => format!("{prefix}{path}"),
            (_, false) => format!("{prefix}[*].{path}"),
        };
    }
    parsed
}

/// A sheet's place (`row 5, date`) as the JSON rows name it (`[3].date`).
fn item_path(path: &str) -> String {
    let Some(rest) = path.strip_prefix("row ") else { return path.to_owned() };
    let (number, column) = rest.split_once(", ").unwrap_or((rest, ""));
    match number.parse::<usize>() {
        Ok(1) => column.to_owned(),
        Ok(n) if column.is_empty() => format!("[{}]", n - 2),
        Ok(n) => format!("[{}].{column}", n - 2),
        Err(_) => path.to_owned(),
    }
}

/// An empty timeline titled by `name` (its file's), as a sheet or vis-timeline's items,
/// which have no title of their own (but a sheet's title row), are titled.
pub(super) fn titled(name: &str) -> Timeline {
    Timeline { id: slug(name).unwrap_or_else(|| "timeline".into()), title: Text::plain(name), ..Timeline::default() }
}

/// Reads a sheet's rows, the first naming the columns.
fn table(mut rows: Vec<Row>, name: &str, mut problems: Vec<Problem>) -> Parsed {
    let mut t = titled(name);
    if rows.is_empty() {
        problems.push(Problem::error("", Pos { line: 1, col: 1 }, ProblemKind::NoEvents));
        return Parsed { timeline: t, problems, given: 0 };
    }
    let header = rows.remove(0);
    if sheet::is_timelinejs(&header) {
        return sheet::import(&header, &rows, name, problems);
    }
    // Where the header starts (rows read as JSON may have no column at all).
    let header_at = header.cells.first().map_or(Pos { line: 1, col: 1 }, |c| c.pos);
    let known = |cell: &Cell| column_name(&cell.text).is_some() || fallback_column(&cell.text).is_some();
    if !header.cells.iter().any(known) {
        // Not one column this reader knows: perhaps not a spreadsheet at all, so its
        // lines are not counted as events left out.
        problems.push(Problem::error("row 1", header_at, ProblemKind::UnsureFormat));
        return finish(t, problems, 0);
    }
    let mut columns: HashMap<String, usize> = HashMap::new();
    // The languages of the per-language columns (`title_vi`, `title_zh-Hans`), in order.
    let mut langs: Vec<String> = Vec::new();
    // Cells named as other sheets name a column, read as it when no cell names it.
    let mut fallbacks: Vec<([&'static str; 2], usize)> = Vec::new();
    for (i, cell) in header.cells.iter().enumerate() {
        let named = column_name(&cell.text);
        if let (None, Some(candidates)) = (&named, fallback_column(&cell.text)) {
            fallbacks.push((candidates, i));
            continue;
        }
        let Some((base, suffix)) = named else {
            let raw = cell.text.trim().to_ascii_lowercase();
            if raw.is_empty() {
                // A column without a name: the empty columns a spreadsheet's export
                // leaves at the end of each row are nothing to report; one that holds
                // something is named by its number.
                if rows.iter().any(|r| r.cells.get(i).is_some_and(|c| !c.text.trim().is_empty())) {
                    let place = format!("column {}", i + 1);
                    problems.push(Problem::warning(format!("row 1, {place}"), cell.pos, ProblemKind::UnknownField(place)));
                }
                continue;
            }
            let field = cell.text.trim().to_owned();
            // TimelineJS's columns that have no place here are said so, not called unknown.
            let kind = match raw.split_whitespace().collect::<Vec<_>>().as_slice() {
                ["media", "thumbnail"] | ["background"] => ProblemKind::NotShown { field, fate: crate::problem::Fate::Ignored },
                _ => ProblemKind::UnknownField(field),
            };
            problems.push(unknown_column(cell, kind));
            continue;
        };
        let key = match suffix {
            Suffix::Lang(l) => {
                if !langs.contains(&l) {
                    langs.push(l.clone());
                }
                format!("{base}_{l}")
            }
            Suffix::Citation(n) => citation_key(base, n).into_owned(),
            Suffix::None => base.to_owned(),
        };
        columns.entry(key).or_insert(i);
    }
    for (candidates, i) in fallbacks {
        match candidates.into_iter().find(|c| !has_column(&columns, &langs, c)) {
            Some(column) => {
                columns.insert(column.to_owned(), i);
            }
            None => {
                let cell = &header.cells[i];
                problems.push(unknown_column(cell, ProblemKind::UnknownField(cell.text.trim().to_owned())));
            }
        }
    }
    // The citations the header has room for: each group's source or quote column.
    let groups: Vec<u8> =
        (1..=MAX_CITATIONS).filter(|&n| ["source", "quote"].iter().any(|c| columns.contains_key(citation_key(c, n).as_ref()))).collect();
    // Quotes are taken to be in the sheet's first language unless `source_lang` says.
    let sheet_lang: Option<String> = langs.first().cloned();
    let has = |c: &str| has_column(&columns, &langs, c);
    for required in ["date", "title"] {
        if !has(required) {
            let name = if required == "date" { "date" } else { "title" };
            problems.push(Problem::error("row 1", header_at, ProblemKind::MissingColumn(name)));
        }
    }
    if !has("date") || !has("title") {
        return finish(t, problems, rows.len());
    }

    let mut tiers: HashMap<String, usize> = HashMap::new();
    let mut pillars: HashMap<String, usize> = HashMap::new();
    let mut parties: HashMap<String, usize> = HashMap::new();
    let mut sources: HashMap<String, usize> = HashMap::new();
    let width = header.cells.len();
    // A title row is not an event: it is not counted among the events given.
    let given = rows.iter().filter(|r| !is_title_row(r, &columns)).count();
    let date_cells = ["date", "end", "source_date"].map(|c| columns.get(c).copied());
    let order = day_order(rows.iter().flat_map(|r| date_cells.iter().flatten().filter_map(|&i| r.cells.get(i))).map(|c| c.text.trim()));
    // A sheet made for TimelineJS (its first template: `Start Date`, …, `Headline`) was
    // read by JavaScript's dates, month first, when its own dates do not tell.
    let made_for_timelinejs = header.cells.iter().any(|c| c.text.trim().eq_ignore_ascii_case("headline"));
    let assumed_month_first = order == DayOrder::Unknown && made_for_timelinejs;
    // A sheet headed in a language that writes days day first is read so.
    let assumed_day_first = order == DayOrder::Unknown && !made_for_timelinejs && headed_day_first(&header, sheet_lang.as_deref());
    let order = match (assumed_month_first, assumed_day_first) {
        (true, _) => DayOrder::MonthFirst,
        (_, true) => DayOrder::DayFirst,
        _ => order,
    };
    // Which of the sheet-wide readings have been said (a short year, a day number, a
    // count since 1970, a day read month first or day first: the last two only when
    // assumed).
    let mut told_once = [false, false, false, !assumed_month_first, !assumed_day_first];
    let markup: std::cell::RefCell<Vec<Problem>> = std::cell::RefCell::new(Vec::new());
    let mut titled = false;
    for row in rows {
        let where_ = |column: &str| format!("row {}, {column}", row.number);
        if t.events.len() >= MAX_EVENTS {
            problems.push(Problem::error(
                format!("row {}", row.number),
                row.cells[0].pos,
                ProblemKind::TooManyEvents { limit: MAX_EVENTS },
            ));
            break;
        }
        if row.cells.len() > width {
            let extra = &row.cells[width];
            problems.push(Problem::error(
                format!("row {}", row.number),
                extra.pos,
                ProblemKind::RowLength { found: row.cells.len(), expected: width },
            ));
            continue;
        }
        if row.cells.len() < width {
            // Short rows are common when trailing cells are empty; read them as empty.
            problems.push(Problem::warning(
                format!("row {}", row.number),
                row.cells[0].pos,
                ProblemKind::RowLength { found: row.cells.len(), expected: width },
            ));
        }
        let cell = |key: &str| -> Option<&Cell> {
            let i = *columns.get(key)?;
            row.cells.get(i).filter(|c| !c.text.trim().is_empty())
        };
        // A sheet made for TimelineJS holds HTML, as its slides do: read as text, the
        // markup removed and said so.
        let plain = |c: &Cell, key: &str| -> String {
            if !made_for_timelinejs {
                return c.text.trim().to_owned();
            }
            let (text, removed) = super::html::to_text(c.text.trim());
            if !removed.is_empty() {
                markup.borrow_mut().push(Problem::warning(where_(key), c.pos, ProblemKind::HtmlRemoved(removed.join(", "))));
            }
            text
        };
        let text = |key: &str| -> Option<Text> {
            let mut pairs: Vec<(crate::model::LangCode, String)> = Vec::new();
            if let Some(c) = cell(key) {
                pairs.push(("".into(), plain(c, key)));
            }
            for lang in &langs {
                let key = format!("{key}_{lang}");
                if let Some(c) = cell(&key) {
                    pairs.push((crate::model::lang_code(lang), plain(c, &key)));
                }
            }
            // A per-language text takes over from the plain one in its language; the
            // plain one stays for the others (`Tiêu đề` beside `Tiêu đề EN`).
            (!pairs.is_empty()).then_some(Text(pairs))
        };
        let row_pos = row.cells[0].pos;
        // A row of kind `title` titles the timeline (as TimelineJS's title slide does),
        // and its summary describes it: the one place a sheet has for them. It needs no
        // date and is not an event.
        if is_title_row(&row, &columns) {
            match (titled, text("title")) {
                (false, Some(title)) => {
                    t.title = title;
                    t.description = text("summary").unwrap_or_default();
                    titled = true;
                }
                // The first title row titles the timeline; a later one is left out, and said so.
                (true, _) => problems.push(Problem::warning(
                    where_("kind"),
                    row_pos,
                    ProblemKind::NotShown { field: "title".into(), fate: crate::problem::Fate::Ignored },
                )),
                (false, None) => problems.push(Problem::warning(where_("title"), row_pos, ProblemKind::MissingField("title"))),
            }
            continue;
        }
        let mut bad = false;
        // A date given as a period ("c. 1973", "Q1 2025") is placed at its start (an
        // end at its end), shown as written and said so.
        let mut rough = false;
        let mut spanned = None;
        let date = match cell("date") {
            None => {
                problems.push(Problem::error(where_("date"), row_pos, ProblemKind::MissingField("date")));
                bad = true;
                None
            }
            Some(c) => {
                // Without an end of its own, a span may be written in the date cell.
                let column = DateColumn::Date { span: cell("end").is_none() };
                let read = date_cell(c, order, column, where_("date"), &mut problems, &mut rough);
                bad |= read.is_none();
                spanned = read.and_then(|(_, end)| end);
                read.map(|(date, _)| date)
            }
        };
        let end = match cell("end") {
            None => spanned,
            Some(c) => match date_cell(c, order, DateColumn::End, where_("end"), &mut problems, &mut rough).map(|(end, _)| end) {
                Some(e) if date.is_some_and(|d| e.last_day() < d.first_day()) => {
                    let start = date.map(|d| d.iso()).unwrap_or_default();
                    problems.push(Problem::error(where_("end"), c.pos, ProblemKind::EndBeforeStart { start, end: e.iso() }));
                    bad = true;
                    None
                }
                Some(e) => Some(e),
                None => {
                    bad = true;
                    None
                }
            },
        };
        // A two-digit year is read as spreadsheets read it, and said so once a sheet; so
        // are a day number, a count since 1970, and a day read month first because
        // TimelineJS read it so. Each is looked for until it is said.
        for (field, day) in [("date", date), ("end", end)] {
            let (Some(c), Some(day)) = (cell(field), day) else { continue };
            let text = c.text.trim();
            let readings: [&dyn Fn() -> Option<ProblemKind>; 5] = [
                &|| short_year(text, &day).map(|year| ProblemKind::ShortYear { text: text.into(), year }),
                &|| serial_day(text).map(|_| ProblemKind::SerialDay { text: text.into(), day: day.iso() }),
                &|| epoch_time(text).map(|_| ProblemKind::EpochTime { text: text.into(), day: day.iso() }),
                &|| either_way(text).then(|| ProblemKind::MonthFirst { text: text.into(), day: day.iso() }),
                &|| either_way(text).then(|| ProblemKind::DayFirst { text: text.into(), day: day.iso() }),
            ];
            for (told, reading) in told_once.iter_mut().zip(readings) {
                if let Some(kind) = (!*told).then(reading).flatten() {
                    problems.push(Problem::warning(where_(field), c.pos, kind));
                    *told = true;
                }
            }
        }
        // A `time` column sets the time of day of the date (and `end_time` of the end).
        let (date, end) = match (
            at_time(date, cell("time"), &where_("time"), &mut problems),
            at_time(end, cell("end_time"), &where_("end_time"), &mut problems),
        ) {
            (Ok(d), Ok(e)) => (d, e),
            _ => {
                bad = true;
                (None, None)
            }
        };
        if let (Some(d), Some(e)) = (date, end) {
            if e.ends_before(&d) {
                let pos = cell("end_time").or(cell("end")).map_or(row_pos, |c| c.pos);
                problems.push(Problem::error(where_("end"), pos, ProblemKind::EndBeforeStart { start: d.iso(), end: e.iso() }));
                bad = true;
            }
        }
        let title = text("title");
        if title.is_none() {
            problems.push(Problem::error(where_("title"), row_pos, ProblemKind::MissingField("title")));
            bad = true;
        }
        let id = match cell("id") {
            Some(c) if is_valid_id(c.text.trim()) => {
                let id = c.text.trim().to_owned();
                if t.events.iter().any(|e| e.id == id) {
                    problems.push(Problem::error(where_("id"), c.pos, ProblemKind::DuplicateId(id)));
                    bad = true;
                }
                c.text.trim().to_owned()
            }
            Some(c) => {
                problems.push(Problem::error(where_("id"), c.pos, ProblemKind::InvalidId(c.text.trim().into())));
                bad = true;
                String::new()
            }
            // Named after the loop by its day and title, which inserting a row does not
            // change (a link to an event stays on it when the sheet grows).
            None => String::new(),
        };
        let kind = match cell("kind") {
            None => Kind::Other,
            Some(c) => kind_of(c.text.trim()).unwrap_or_else(|| {
                problems.push(Problem::warning(where_("kind"), c.pos, ProblemKind::UnknownKind(c.text.trim().into())));
                Kind::Other
            }),
        };
        let status = match cell("status").map(|c| (c, c.text.trim())) {
            None | Some((_, "happened")) => Status::Happened,
            Some((_, "planned")) => Status::Planned,
            Some((c, word)) => status_named(word).unwrap_or_else(|| {
                problems.push(Problem::warning(where_("status"), c.pos, ProblemKind::UnknownStatus(word.into())));
                Status::Happened
            }),
        };
        let (Some(date), Some(title), false) = (date, title, bad) else { continue };

        let tier = cell("tier").map(|c| named(&mut t.tiers, &mut tiers, c.text.trim(), "tier", |x| &x.id, |id, name| Tier { id, name }));
        let event_pillars = cell("pillars").map_or(Vec::new(), |c| {
            names(&c.text).map(|n| named(&mut t.pillars, &mut pillars, n, "pillar", |x| &x.id, |id, name| Pillar { id, name })).collect()
        });
        // Parties by name, as they are written: `by` may name both sides ("A; B").
        let by = cell("by").map_or(Vec::new(), |c| {
            names(&c.text).map(|n| named(&mut t.parties, &mut parties, n, "party", |x| &x.id, |id, name| Party { id, name })).collect()
        });
        let to = cell("to")
            .map(|c| c.text.trim())
            .filter(|n| !n.is_empty())
            .map(|n| named(&mut t.parties, &mut parties, n, "party", |x| &x.id, |id, name| Party { id, name }));
        let actors = cell("actors")
            .map(|c| c.text.split(';').map(str::trim).filter(|a| !a.is_empty()).map(Text::plain).collect())
            .unwrap_or_default();
        let mut citations = Vec::new();
        // Whether a citation of this row was named as incomplete (then not also as missing).
        let mut incomplete = false;
        for &group in &groups {
            let key = |name: &'static str| citation_key(name, group);
            let quote = cell(&key("quote"));
            let Some(c) = cell(&key("source")) else {
                // A quote without its source would be lost without a word.
                if let Some(q) = quote {
                    problems.push(Problem::warning(where_(&key("source")), q.pos, ProblemKind::MissingField("source")));
                    incomplete = true;
                }
                continue;
            };
            let name = c.text.trim();
            let next = t.sources.len();
            let i = *sources.entry(name.to_owned()).or_insert(next);
            if i == next {
                let id = unique(slug(name), "source", next, |id| t.sources.iter().any(|x| x.id == id));
                let url = link(cell(&key("source_url")), &where_(&key("source_url")), &mut problems);
                let published = cell(&key("source_date")).and_then(|d| cell_date(d.text.trim(), order).ok());
                let title = cell(&key("source_title")).map_or_else(|| Text::plain(name), |c| Text::plain(c.text.trim()));
                let lang = match cell(&key("source_lang")) {
                    Some(c) if crate::model::is_lang_tag(c.text.trim()) => Some(crate::model::tag_case(c.text.trim())),
                    Some(c) => {
                        problems.push(Problem::warning(
                            where_(&key("source_lang")),
                            c.pos,
                            ProblemKind::NotLanguageTag(c.text.trim().into()),
                        ));
                        sheet_lang.clone()
                    }
                    None => sheet_lang.clone(),
                };
                t.sources.push(Source { id, file: None, url, title, publisher: None, published, lang });
            }
            match quote {
                Some(q) => citations.push(Citation { source: i, quote: q.text.trim().to_owned() }),
                // A citation is a quote: the source alone says nothing the event can show.
                None => {
                    problems.push(Problem::warning(where_(&key("quote")), c.pos, ProblemKind::MissingField("quote")));
                    incomplete = true;
                }
            }
        }
        // As in the native format: a sheet that cites its sources says which rows do not.
        if citations.is_empty() && !groups.is_empty() && !incomplete {
            problems.push(Problem::warning(format!("row {}", row.number), row_pos, ProblemKind::NoCitation));
        }
        let media_url = link(cell("media_url"), &where_("media_url"), &mut problems);
        let caption = text("media_caption");
        let credit = text("media_credit");
        let media = (media_url.is_some() || caption.is_some() || credit.is_some()).then_some(Media { url: media_url, caption, credit });
        t.events.push(Event {
            id,
            date,
            end,
            kind,
            status,
            tier,
            pillars: event_pillars,
            by,
            to,
            actors,
            place: text("place").map(Box::new),
            title,
            summary: text("summary").unwrap_or_default(),
            note: text("note").map(Box::new),
            // A period's words shown as written, unless the sheet says how to show it.
            display_date: text("display_date")
                .or_else(|| rough.then(|| Text::plain(&rough_shown(cell("date"), cell("end")))))
                .map(Box::new),
            media: media.map(Box::new),
            citations,
        });
    }
    name_events(&mut t.events, sheet_lang.as_deref().unwrap_or("en"));
    crate::model::sort_events(&mut t.events);
    // A sheet's days exported with a time (a date column formatted as date and time:
    // `3/13/2025 0:00`) are days; times its own column gives are kept.
    if !has("time") && !has("end_time") {
        super::midnights_as_days(&mut t);
    }
    problems.append(&mut markup.borrow_mut());
    if t.events.is_empty() && !problems.iter().any(|p| p.is_error()) {
        problems.push(Problem::error("", Pos { line: 1, col: 1 }, ProblemKind::NoEvents));
    }
    finish(t, problems, given)
}

/// Ids for the events a sheet gives none: the day and the title (`2025-03-12-talks`),
/// as the bundled timeline's are, so that a link to an event (`#timeline/2025-03-12-talks`)
/// keeps opening it when rows are added, moved or removed; `-2`, `-3` after one taken,
/// by an id the sheet gives or by an event before. Titles in scripts without Latin
/// letters leave the day alone.
pub(crate) fn name_events(events: &mut [Event], lang: &str) {
    let mut taken: std::collections::HashSet<String> = events.iter().map(|e| e.id.clone()).filter(|id| !id.is_empty()).collect();
    // The next number to try after each name: many events of one day and title (a
    // hostile file's thousands) are named in one pass, not each from `-2` again.
    let mut next: HashMap<String, usize> = HashMap::new();
    for event in events.iter_mut().filter(|e| e.id.is_empty()) {
        let day = Date { time: None, ..event.date }.iso();
        let base = slug(&format!("{day} {}", event.title.get(lang))).unwrap_or_else(|| "event".into());
        let base = if event.date.year <= 0 { format!("bce-{base}") } else { base };
        let again = next.entry(base.clone()).or_insert(1);
        let mut id = base.clone();
        while taken.contains(&id) {
            *again += 1;
            id = format!("{base}-{again}");
        }
        taken.insert(id.clone());
        event.id = id;
    }
}

/// `date` at the time of day in `cell` (`14:30`, `14:30:05`, `2:30 PM`, with an
/// optional offset): an error when the date has no day to stand on, or the time no
/// shape.
fn at_time(date: Option<Date>, cell: Option<&Cell>, path: &str, problems: &mut Vec<Problem>) -> Result<Option<Date>, ()> {
    let (Some(date), Some(cell)) = (date, cell) else { return Ok(date) };
    let text = cell.text.trim();
    let fail = |problems: &mut Vec<Problem>, error| {
        let written = format!("{} {text}", date.iso());
        problems.push(Problem::error(path, cell.pos, ProblemKind::InvalidDate { text: written, error }));
        Err(())
    };
    if date.day.is_none() || date.time.is_some() {
        return fail(problems, DateError::Shape);
    }
    match parse_clock(text) {
        Ok(t) => Ok(Some(date.at(t))),
        Err(e) => fail(problems, e),
    }
}

/// A time of day as spreadsheets write it: `14:30`, `9:05`, `14:30:05`, `2:30 PM`,
/// `12:00 am`, with an optional offset (`Z`, `+07:00`) after a 24-hour time.
pub fn parse_clock(text: &str) -> Result<Time, DateError> {
    // A zone after the time: `14:30 +07:00`, `2:30 PM GMT+7`, `9:00 UTC`.
    let text = text.trim();
    if let Some((clock, zone)) = text.rsplit_once(' ').and_then(|(c, z)| Some((c, zone_word(z)?))) {
        let offset = Time::parse(&format!("00:00{zone}"))?.offset;
        return parse_clock(clock).map(|time| Time { offset, ..time });
    }
    let lower = text.to_ascii_lowercase();
    let (clock, half) = match lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m.")) {
        Some(c) => (c.trim(), Some(12)),
        None => match lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m.")) {
            Some(c) => (c.trim(), Some(0)),
            None => (lower.as_str(), None),
        },
    };
    // "10h30", "10h": a time as Vietnamese and French write it.
    let worded = if clock.contains('h') { clock_word(clock) } else { None };
    let clock = worded.as_deref().unwrap_or(clock);
    // One-digit hours are common in sheets: "9:05" is "09:05".
    let padded = match clock.find(':') {
        Some(1) => format!("0{clock}"),
        Some(_) => clock.to_owned(),
        // "2 PM": an hour alone.
        None if half.is_some() && !clock.is_empty() && clock.len() <= 2 && clock.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{clock:0>2}:00")
        }
        None => return Err(DateError::Shape),
    };
    let mut time = Time::parse(&padded.to_ascii_uppercase())?;
    if let Some(add) = half {
        let hour = time.hour();
        if !(1..=12).contains(&hour) {
            return Err(DateError::TimeOutOfRange);
        }
        time.minute = (u16::from(hour % 12) + add) * 60 + time.minute % 60;
    }
    Ok(time)
}

/// The names in a cell, separated by `;` or `|`, each once, in order.
fn names(cell: &str) -> impl Iterator<Item = &str> {
    let mut seen: Vec<&str> = Vec::new();
    cell.split([';', '|']).map(str::trim).filter(move |n| {
        let new = !n.is_empty() && !seen.contains(n);
        if new {
            seen.push(n);
        }
        new
    })
}

/// The index of the entry called `name` in `list` (tiers, pillars, parties), made on
/// first sight with an id of its own derived from the name.
fn named<T>(
    list: &mut Vec<T>,
    seen: &mut HashMap<String, usize>,
    name: &str,
    kind: &str,
    id_of: fn(&T) -> &String,
    make: fn(String, Text) -> T,
) -> usize {
    let next = list.len();
    let i = *seen.entry(name.to_owned()).or_insert(next);
    if i == next {
        let id = unique(slug(name), kind, next, |id| list.iter().any(|x| id_of(x) == id));
        list.push(make(id, Text::plain(name)));
    }
    i
}

/// The link in a cell, if it may be shown; any other is left out with a warning.
fn link(cell: Option<&Cell>, path: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let cell = cell?;
    let url = crate::parse::trim_link(&cell.text);
    if is_safe_url(url) {
        Some(url.to_owned())
    } else {
        problems.push(Problem::warning(path, cell.pos, ProblemKind::UnsafeUrl(url.to_owned())));
        None
    }
}

fn unique(wanted: Option<String>, prefix: &str, n: usize, taken: impl Fn(&str) -> bool) -> String {
    match wanted {
        Some(id) if !taken(&id) && is_valid_id(&id) => id,
        _ => format!("{prefix}-{}", n + 1),
    }
}

fn finish(timeline: Timeline, mut problems: Vec<Problem>, given: usize) -> Parsed {
    if let Some(kind) = crate::model::mixed_offsets(&timeline) {
        problems.push(Problem::warning("row 1", Pos { line: 1, col: 1 }, kind));
    }
    crate::problem::sort_problems(&mut problems);
    Parsed { given: given.max(timeline.events.len()), timeline, problems }
}

/// TimelineJS's Google Sheets template saved as CSV (`Year, Month, Day, Time, End
/// Year, …, Headline, Text, Media, …, Type, Group, Background`), read as TimelineJS
/// reads it: the row of `Type` `title` is the title slide, `era` rows are eras, the
/// others are events. Each row becomes the TimelineJS JSON slide it stands for, so one
/// importer reads both; problems are then named by row and column.
mod sheet {
    use std::borrow::Cow;

    use super::{parse_clock, Cell, Row};
    use crate::json::{Key, Node, Pos, Value};
    use crate::parse::Parsed;
    use crate::problem::{Problem, ProblemKind};

    /// The template's columns (lowercase), and where each goes in a slide.
    const COLUMNS: [(&str, &str); 23] = [
        ("year", "start_date.year"),
        ("month", "start_date.month"),
        ("day", "start_date.day"),
        ("time", "start_date.time"),
        ("end year", "end_date.year"),
        ("end month", "end_date.month"),
        ("end day", "end_date.day"),
        ("end time", "end_date.time"),
        ("display date", "display_date"),
        ("headline", "text.headline"),
        ("text", "text.text"),
        ("media", "media.url"),
        ("media credit", "media.credit"),
        ("media caption", "media.caption"),
        ("media thumbnail", "media.thumbnail"),
        ("type", "type"),
        ("group", "group"),
        ("background", "background"),
        // A sheet of its own with the date in three columns names the rest as it likes.
        ("title", "text.headline"),
        ("event", "text.headline"),
        ("description", "text.text"),
        ("details", "text.text"),
        ("category", "group"),
    ];

    fn name(cell: &Cell) -> String {
        cell.text.trim().to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Whether a header is TimelineJS's, or laid out as it is: a `Year` and a `Headline`
    /// column (any case), or a `Year`, a `Month` or `Day` and a `Title` or `Event`; and
    /// no `date` column of the native spreadsheet layout.
    pub fn is_timelinejs(header: &Row) -> bool {
        let names: Vec<String> = header.cells.iter().map(name).collect();
        let has = |n: &str| names.iter().any(|x| x == n);
        let titled = has("headline") || ((has("month") || has("day")) && (has("title") || has("event")));
        has("year") && titled && !has("date")
    }

    fn object<'a>(pos: Pos, members: Vec<(String, Node<'a>)>) -> Node<'a> {
        let members = members.into_iter().map(|(k, v)| (Key { name: Cow::Owned(k), pos: v.pos }, v)).collect();
        Node { pos, value: Value::Object { members, complete: true } }
    }

    fn string<'a>(pos: Pos, s: &str) -> Node<'a> {
        Node { pos, value: Value::String(Cow::Owned(s.to_owned())) }
    }

    pub fn import(header: &Row, rows: &[Row], file_name: &str, mut problems: Vec<Problem>) -> Parsed {
        // Column index → its place in a slide; other columns are named once and left out.
        let mut places: Vec<Option<&'static str>> = Vec::new();
        for cell in &header.cells {
            let n = name(cell);
            let place = COLUMNS.iter().find(|(c, _)| *c == n).map(|(_, p)| *p);
            if place.is_none() && !n.is_empty() {
                problems.push(Problem::warning(
                    format!("row 1, {}", cell.text.trim()),
                    cell.pos,
                    ProblemKind::UnknownField(cell.text.trim().to_owned()),
                ));
            }
            places.push(place);
        }
        let mut title: Option<Node> = None;
        let mut events: Vec<Node> = Vec::new();
        let mut eras: Vec<Node> = Vec::new();
        // For each slide, its row number, to name problems as the sheet does.
        let mut event_rows: Vec<usize> = Vec::new();
        let mut era_rows: Vec<usize> = Vec::new();
        let mut title_row = 0;
        let width = header.cells.len();
        for row in rows {
            let pos = row.cells.first().map_or(Pos { line: 1, col: 1 }, |c| c.pos);
            if row.cells.len() > width {
                let kind = ProblemKind::RowLength { found: row.cells.len(), expected: width };
                problems.push(Problem::error(format!("row {}", row.number), row.cells[width].pos, kind));
                continue;
            }
            // A short row is read with its last cells empty, and said so: its cells may
            // stand under the wrong columns.
            if row.cells.len() < width {
                let kind = ProblemKind::RowLength { found: row.cells.len(), expected: width };
                problems.push(Problem::warning(format!("row {}", row.number), pos, kind));
            }
            // Slide parts: (group, field, node), grouped into objects below.
            let mut groups: Vec<(String, Vec<(String, Node)>)> = Vec::new();
            let mut kind = String::new();
            for (i, cell) in row.cells.iter().enumerate() {
                let Some(Some(place)) = places.get(i) else { continue };
                let text = cell.text.trim();
                if text.is_empty() {
                    continue;
                }
                if *place == "type" {
                    kind = text.to_ascii_lowercase();
                    continue;
                }
                let (group, field) = place.split_once('.').unwrap_or(("", place));
                let mut parts: Vec<(String, Node)> = Vec::new();
                if field == "time" {
                    // "14:30", "2:30 PM": hour, minute and second, as TimelineJS's JSON has them.
                    match parse_clock(text) {
                        Ok(t) => {
                            parts.push(("hour".into(), string(cell.pos, &t.hour().to_string())));
                            parts.push(("minute".into(), string(cell.pos, &(t.minute % 60).to_string())));
                            if let Some(sec) = t.second {
                                parts.push(("second".into(), string(cell.pos, &sec.to_string())));
                            }
                        }
                        // Left as written: the importer reports the date it spoils.
                        Err(_) => parts.push(("hour".into(), string(cell.pos, text))),
                    }
                } else if group.ends_with("date") && crate::json::integral(text).is_some() {
                    // A number cell (`2000`, or `2000.0` from a sheet that keeps every
                    // number as a decimal) is read as the number it is.
                    parts.push((field.to_owned(), Node { pos: cell.pos, value: Value::Number(text) }));
                } else if group.ends_with("date") && text.bytes().any(|b| b == b',' || b == b' ') {
                    // With thousands' commas or spaces (`1,973`, a number formatted by the
                    // sheet), read without them, as TimelineJS reads them.
                    let digits: String = text.chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
                    parts.push((field.to_owned(), string(cell.pos, &digits)));
                } else {
                    parts.push((field.to_owned(), string(cell.pos, text)));
                }
                match groups.iter_mut().find(|(g, _)| g == group) {
                    Some((_, members)) => members.extend(parts),
                    None => groups.push((group.to_owned(), parts)),
                }
            }
            let mut members: Vec<(String, Node)> = Vec::new();
            for (group, parts) in groups {
                if group.is_empty() {
                    members.extend(parts);
                } else {
                    let at = parts.first().map_or(pos, |p| p.1.pos);
                    members.push((group, object(at, parts)));
                }
            }
            let slide = object(pos, members);
            match kind.as_str() {
                "title" if title.is_none() => {
                    title = Some(slide);
                    title_row = row.number;
                }
                "era" => {
                    eras.push(slide);
                    era_rows.push(row.number);
                }
                _ => {
                    events.push(slide);
                    event_rows.push(row.number);
                }
            }
        }
        let at = Pos { line: 1, col: 1 };
        let mut doc = vec![
            ("events".to_owned(), Node { pos: at, value: Value::Array { items: events, complete: true } }),
            ("eras".to_owned(), Node { pos: at, value: Value::Array { items: eras, complete: true } }),
        ];
        if let Some(t) = title {
            doc.push(("title".to_owned(), t));
        }
        let mut parsed = super::super::timelinejs::import_modern(&object(at, doc), file_name, problems);
        for p in &mut parsed.problems {
            p.path = rename(&p.path, &event_rows, &era_rows, title_row);
            // A field is named as the sheet's header names it.
            if let ProblemKind::NotShown { field, .. } | ProblemKind::UnknownField(field) = &mut p.kind {
                if let Some(tag) = field.strip_prefix("media.url ") {
                    *field = format!("Media {tag}");
                } else if !field.contains(' ') {
                    *field = column(field.strip_prefix("title.").unwrap_or(field)).to_owned();
                }
            }
        }
        parsed
    }

    /// A slide's problem path (`events[3].start_date.year`) as the sheet names the
    /// place: `row 5, Year`.
    fn rename(path: &str, events: &[usize], eras: &[usize], title: usize) -> String {
        let (row, rest) = if let Some(rest) = path.strip_prefix("events[") {
            let (i, rest) = rest.split_once(']').unwrap_or((rest, ""));
            (i.parse::<usize>().ok().and_then(|i| events.get(i)).copied(), rest)
        } else if let Some(rest) = path.strip_prefix("eras[") {
            let (i, rest) = rest.split_once(']').unwrap_or((rest, ""));
            (i.parse::<usize>().ok().and_then(|i| eras.get(i)).copied(), rest)
        } else if let Some(rest) = path.strip_prefix("title") {
            (Some(title), rest)
        } else if path == "events" {
            return "row 2".to_owned();
        } else {
            // A field reported once for the whole sheet: its column.
            (None, path)
        };
        let column = column(rest.trim_start_matches('.'));
        match (row, column.is_empty()) {
            (Some(r), true) => format!("row {r}"),
            (Some(r), false) => format!("row {r}, {column}"),
            (None, _) => column.to_owned(),
        }
    }

    /// The sheet's column for a slide's field (`text.headline` is `Headline`).
    fn column(field: &str) -> &str {
        match field {
            "" => "",
            r if r.starts_with("start_date.hour") || r.starts_with("start_date.minute") => "Time",
            r if r.starts_with("end_date.hour") || r.starts_with("end_date.minute") => "End Time",
            r if r.starts_with("start_date.month") => "Month",
            r if r.starts_with("start_date.day") => "Day",
            r if r.starts_with("start_date") => "Year",
            r if r.starts_with("end_date") => "End Year",
            "text.headline" => "Headline",
            "text.text" => "Text",
            r if r.starts_with("media.url") || r == "media" => "Media",
            "media.credit" => "Media Credit",
            "media.caption" => "Media Caption",
            "media.thumbnail" => "Media Thumbnail",
            "group" => "Group",
            "background" => "Background",
            "display_date" => "Display Date",
            "millisecond" | "year 0" => "Time",
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A web page given for data (a sheet's page, a 404 page) is said to be one, at its
    /// first tag, and a workbook (.xlsx) one; a sheet whose first cell holds markup is
    /// still a sheet.
    #[test]
    fn a_web_page_or_a_workbook_is_named_as_one_not_read_as_rows() {
        for (text, col) in [
            ("<!DOCTYPE html>\n<html><body>Sign in</body></html>", 1),
            ("\u{feff}  <HTML lang=\"vi\">", 3),
            ("<!-- cached -->\n<head><title>404</title></head>", 1),
            ("<body>", 1),
        ] {
            let parsed = import(text, "t");
            assert_eq!(parsed.problems.len(), 1, "{text}");
            let p = &parsed.problems[0];
            assert_eq!((&p.kind, p.severity, p.pos.col), (&ProblemKind::WebPage, crate::problem::Severity::Error, col), "{text}");
            assert_eq!(parsed.given, 0, "no row of a page is an event: {text}");
        }
        // A workbook's archive, as a browser or the command line reads its bytes.
        let xlsx = [&b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01"[..], b"[Content_Types].xml"].concat();
        let (text, _) = crate::parse::decode(&xlsx);
        assert_eq!(import(&text, "t").problems.iter().map(|p| &p.kind).collect::<Vec<_>>(), [&ProblemKind::Workbook]);
        for text in ["<b>Date</b>,Title\n2025,Visit", "<htmlish>,Date\n", "Date,Title\n<html>,x", "PK,Date\n"] {
            assert!(!import(text, "t").problems.iter().any(|p| p.kind == ProblemKind::WebPage), "{text}");
        }
    }

    #[test]
    fn years_of_three_figures_and_years_with_their_era_are_read() {
        let read = |text: &str| sheet_date(text, DayOrder::Unknown).map(|d| d.iso());
        for (text, want) in [
            ("476", "0476"),
            ("-776", "-0776"),
            ("-44-03-15", "-0044-03-15"),
            ("776 BC", "-0775"),
            ("776 bce", "-0775"),
            ("44 B.C.", "-0043"),
            ("776 TCN", "-0775"),
            ("221 trước Công nguyên", "-0220"),
            ("公元前221年", "-0220"),
            ("12000 BC", "-11999"),
            ("AD 79", "0079"),
            ("79 AD", "0079"),
            ("476 CE", "0476"),
            ("A.D. 1066", "1066"),
            ("40 sau Công nguyên", "0040"),
            ("公元476年", "0476"),
            ("15 March 44 BC", "-0043-03-15"),
            ("March 15, 44 BC", "-0043-03-15"),
            ("1 tháng 5 năm 40 TCN", "-0039-05-01"),
            ("14 October 1066 AD", "1066-10-14"),
            ("March 0044", "0044-03"),
        ] {
            assert_eq!(read(text).as_deref(), Ok(want), "{text}");
        }
        // No year 0 before or after year 1, no era alone, no era inside a word, and a
        // number of one or two figures alone is no year (a day's number, more likely).
        for text in ["0 BC", "BC", "AD", "44 BCX", "Nice", "12", "7", "3/4/125", "44 BC BC"] {
            assert!(read(text).is_err(), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn excels_separator_line_names_the_separator_and_is_no_row() {
        for text in ["sep=;\ndate;title\n2020;a, b\n", "\u{feff}SEP=;\r\ndate;title\r\n2020;a, b\r\n"] {
            let parsed = import(text, "t");
            assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
            assert_eq!(parsed.timeline.events[0].title.get("en"), "a, b");
        }
        // Its rows keep their numbers as a spreadsheet shows them, and lines as the file has them.
        let parsed = import("sep=,\ndate,title\n2021-13,b\n", "t");
        assert_eq!((parsed.problems[0].path.as_str(), parsed.problems[0].pos.line), ("row 2, date", 3));
    }

    #[test]
    fn quoted_cells_hold_separators_quotes_and_line_breaks() {
        let (rows, unclosed) = rows("\u{feff}a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\r\n");
        assert_eq!(unclosed, None);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].cells[1].text, "x, \"y\"\nz");
        assert_eq!(rows[1].cells[2].text, "3");
        assert_eq!(rows[1].cells[2].pos, Pos { line: 3, col: 4 });
    }

    #[test]
    fn an_unquoted_mark_of_no_value_is_an_empty_cell_and_a_quoted_one_is_text() {
        // As R's write.csv writes a sheet: text quoted, a missing value as NA.
        let sheet =
            "\"id\",\"date\",\"end\",\"title\",\"summary\"\n\"a\",\"2025-03-12\",NA,\"NA\",NA\n\"b\",\"2025-03-13\",#N/A,\"Visit\",NULL\n";
        let (read, _) = rows(sheet);
        let cells: Vec<Vec<&str>> = read[1..].iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(cells, [["a", "2025-03-12", "", "NA", ""], ["b", "2025-03-13", "", "Visit", ""]]);
        let parsed = import(sheet, "t");
        assert_eq!(parsed.timeline.events.len(), 2, "{:#?}", parsed.problems);
        assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
        assert_eq!(parsed.timeline.events.iter().map(|e| e.title.get("en")).collect::<Vec<_>>(), ["NA", "Visit"]);
        assert_eq!(rows("a,b\nN/A,\\N\n").0[1].cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["", ""]);
        assert_eq!(rows("a,b\nNAN,na\n").0[1].cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["NAN", "na"]);
    }

    #[test]
    fn a_sheet_that_is_not_utf8_is_read_in_the_windows_code_page_it_looks_like() {
        // Western European, as Excel's plain CSV on Windows: é, curly quotes, the euro.
        let (text, problem) = decode(b"date,title\n2020,Caf\xe9 \x93opened\x94 for \x805\n");
        assert_eq!(text, "date,title\n2020,Café “opened” for €5\n");
        assert_eq!(problem.map(|p| (p.kind, p.pos)), Some((ProblemKind::CodePage("Windows-1252"), Pos { line: 2, col: 9 })));
        // Vietnamese (Windows-1258): ơ, ư, đ as letters of their own, each tone a mark
        // after its vowel, read as one letter: "Sự kiện", "Đối tác", "lược".
        let sheet = b"Ng\xe0y,S\xfd\xf2 ki\xea\xf2n\n12/3/2025,\xd0\xf4\xeci t\xe1c Chi\xea\xecn l\xfd\xf5\xf2c\n";
        let (text, problem) = decode(sheet);
        assert_eq!(text, "Ngày,Sự kiện\n12/3/2025,Đối tác Chiến lược\n");
        assert_eq!(problem.map(|p| p.kind), Some(ProblemKind::CodePage("Windows-1258")));
        let parsed = import(&text, "t");
        assert_eq!(parsed.timeline.events[0].title.get("vi"), "Đối tác Chiến lược");
        // One accented letter after a vowel in Western text is not taken for Vietnamese.
        assert_eq!(decode(b"title\nPo\xec e poi\n").1.map(|p| p.kind), Some(ProblemKind::CodePage("Windows-1252")));
        // JSON that is not UTF-8 stays an error; so does a workbook's zip.
        assert_eq!(decode(b"{\"a\": \"Caf\xe9\"}").1.map(|p| p.kind), Some(ProblemKind::NotUtf8));
        assert_eq!(decode(b"date,title\n2020,Caf\xc3\xa9\n").1, None, "UTF-8 is UTF-8");
        // Each byte is read as one character (a tone after a vowel aside), and 0x80–0x9F
        // as Windows-1252 has them; every byte in a row reads without a fault.
        let high: Vec<u8> = b"title\n".iter().copied().chain(0x80..=0xBF).collect();
        assert_eq!(decode(&high).0.chars().count(), high.len());
        assert!(decode(&high).0.contains("€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ"));
        let every: Vec<u8> = b"title\n".iter().copied().chain(0x80..=0xFF).collect();
        assert!(decode(&every).0.chars().count() >= every.len() - 1);
        let vietnamese: Vec<u8> = b"title\na\xf2\xd0a\xec\n".iter().copied().chain(0x80..=0xFF).collect();
        assert_eq!(decode(&vietnamese).1.map(|p| p.kind), Some(ProblemKind::CodePage("Windows-1258")));
    }

    #[test]
    fn vietnamese_written_with_combining_marks_is_read_as_one_letter_each() {
        // Decomposed, every mark apart, in Unicode's order: ự is u, horn, dot; ệ is e, dot,
        // circumflex; ố is o, circumflex, acute.
        assert_eq!(
            compose("Nga\u{300}y, Su\u{31b}\u{323} kie\u{323}\u{302}n, \u{110}o\u{302}\u{301}i ta\u{301}c, a\u{323}\u{306}"),
            "Ngày, Sự kiện, Đối tác, ặ"
        );
        // A tone's mark after a precomposed vowel, as some Vietnamese keyboards write it.
        assert_eq!(compose("Vi\u{ea}\u{323}t Nam"), "Việt Nam");
        // Marks on other letters, and text without marks, are left as they are.
        assert_eq!(compose("n\u{301} x\u{302}\u{300}"), "n\u{301} x\u{302}\u{300}");
        assert!(matches!(compose("Café"), std::borrow::Cow::Borrowed(_)));
        // A sheet so written reads its Vietnamese headers and words, as CSV or as rows.
        let sheet = "Nga\u{300}y,Su\u{31b}\u{323} kie\u{323}\u{302}n,Loa\u{323}i\n2025-03-12,Ho\u{323}\u{302}i \u{111}a\u{300}m,Ho\u{323}\u{302}i \u{111}a\u{300}m\n";
        let rows = r#"[{"Nga\u0300y": "2025-03-12", "Su\u031b\u0323 kie\u0323\u0302n": "Ho\u0323\u0302i \u0111a\u0300m", "Loa\u0323i": "Ho\u0323\u0302i \u0111a\u0300m"}]"#;
        for parsed in [import(sheet, "t"), crate::import::parse_any(rows).0] {
            assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
            let event = &parsed.timeline.events[0];
            assert_eq!((event.title.get("vi"), event.kind), ("Hội đàm", Kind::Talks));
        }
    }

    #[test]
    fn semicolons_and_tabs_are_detected() {
        assert_eq!(rows("a;b\n1;2").0[1].cells[1].text, "2");
        assert_eq!(rows("a\tb\n1\t2").0[1].cells[1].text, "2");
    }

    #[test]
    fn an_unclosed_quote_is_located() {
        let (rows, unclosed) = rows("a,b\n1,2\n3,\"never\n4,5\n");
        assert_eq!(rows.len(), 2);
        assert_eq!(unclosed, Some(Pos { line: 3, col: 3 }));
    }

    #[test]
    fn a_realistic_spreadsheet_imports() {
        let parsed = import(include_str!("../../www/data/spreadsheet.csv"), "Vietnam – Singapore (spreadsheet)");
        let t = &parsed.timeline;
        assert!(parsed.is_valid(), "{:#?}", parsed.problems);
        assert_eq!(t.events.len(), 6);
        assert_eq!(t.id, "vietnam-singapore-spreadsheet");
        assert_eq!(t.title.get("en"), "Vietnam – Singapore relations", "its title row titles it");
        let upgrade = t.events.iter().find(|e| e.id == "csp").unwrap();
        assert_eq!(upgrade.title.get("vi"), "Nâng cấp lên Đối tác Chiến lược toàn diện");
        assert_eq!(upgrade.title.get("en"), "Upgrade to a Comprehensive Strategic Partnership");
        assert_eq!(upgrade.summary.get("en"), "Announced at a press briefing, noon.\nSix pillars, one framework.");
        assert_eq!(upgrade.kind, Kind::Upgrade);
        assert_eq!(
            t.tiers.iter().map(|x| x.name.get("en")).collect::<Vec<_>>(),
            ["Diplomatic relations", "Strategic Partnership", "Comprehensive Strategic Partnership"]
        );
        assert_eq!(t.tier_periods().len(), 3);
        assert_eq!(upgrade.pillars.len(), 2);
        assert_eq!(upgrade.citations[0].quote, "nâng cấp quan hệ Việt Nam - Singapore lên Đối tác Chiến lược toàn diện");
        let visit = t.events.iter().find(|e| e.kind == Kind::Visit).unwrap();
        assert_eq!(visit.end, Some(Date::day(2025, 3, 13)));
        assert!(t.events.iter().any(|e| e.status == Status::Planned));
        // Every row cites a source, the visit two (the numbered columns).
        assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
        assert!(t.events.iter().all(|e| !e.citations.is_empty()));
        let cited: Vec<&str> = visit.citations.iter().map(|c| t.sources[c.source].id.as_str()).collect();
        assert_eq!(cited, ["joint-statement", "press-briefing"]);
        assert_eq!(visit.citations[1].quote, "hai bên đã có cuộc hội đàm rất thành công");
    }

    #[test]
    fn a_row_cites_more_than_one_source_through_numbered_columns() {
        let text = "date,title,source,quote,Source 2,Quote 2,source_url_3,source_3,quote_3\n\
                    2020,a,A,first,B,second,https://example.org/c,C,third\n\
                    2021,b,,,A,again,,,\n";
        let parsed = import(text, "t");
        assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
        let t = &parsed.timeline;
        let quotes =
            |i: usize| t.events[i].citations.iter().map(|c| (t.sources[c.source].id.as_str(), c.quote.as_str())).collect::<Vec<_>>();
        assert_eq!(quotes(0), [("a", "first"), ("b", "second"), ("c", "third")]);
        // A source named again is the same source, whichever column names it.
        assert_eq!(quotes(1), [("a", "again")]);
        assert_eq!(t.sources.len(), 3);
        assert_eq!(t.sources[2].url.as_deref(), Some("https://example.org/c"));
        // `_1` is the first citation's column; a number beyond the last is not a column.
        let parsed = import("date,title,source_1,quote_1,quote_10\n2020,a,A,first,x\n", "t");
        assert_eq!(parsed.timeline.events[0].citations.len(), 1);
        assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::UnknownField("quote_10".into())));
    }

    #[test]
    fn a_title_row_titles_the_timeline_and_is_not_an_event() {
        let text = "kind,date,title_en,title_vi,summary\n\
                    title,,Vietnam – Singapore,Việt Nam – Singapore,Fifty years of ties\n\
                    visit,2020,A visit,Chuyến thăm,\n\
                    Title,,Again,Lần nữa,\n";
        let parsed = import(text, "file-name");
        let t = &parsed.timeline;
        assert_eq!((t.title.get("en"), t.title.get("vi")), ("Vietnam – Singapore", "Việt Nam – Singapore"));
        assert_eq!(t.description.get("en"), "Fifty years of ties", "its summary describes the timeline");
        assert_eq!(t.id, "file-name", "the id, in page addresses, stays the file's");
        assert_eq!((t.events.len(), parsed.given), (1, 1));
        let found: Vec<(&str, bool)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.is_error())).collect();
        assert_eq!(found, [("row 4, kind", false)], "a second title row is left out, and said so");
        // Without one, the name given (a file's) titles it.
        assert_eq!(import("date,title\n2020,a\n", "file-name").timeline.title.get("en"), "file-name");
    }

    #[test]
    fn kinds_and_statuses_are_read_by_their_codes_or_the_widgets_words_in_any_of_its_languages() {
        let text = "id,date,title,kind,status\na,2020,A,visit,planned\nb,2021,B,Chuyến thăm,Dự kiến\nc,2022,C,PHONE CALL,Happened\n\
                    d,2023,D,访问,计划中\ne,2024,E,Lawatan,Dirancang\nf,2025,F,பயணம்,நடந்தது\ng,2026,G,a state visit,soon\n";
        let parsed = import(text, "t");
        let read: Vec<(&str, Kind, Status)> = parsed.timeline.events.iter().map(|e| (e.id.as_str(), e.kind, e.status)).collect();
        use Status::{Happened, Planned};
        assert_eq!(
            read,
            [
                ("a", Kind::Visit, Planned),
                ("b", Kind::Visit, Planned),
                ("c", Kind::Call, Happened),
                ("d", Kind::Visit, Planned),
                ("e", Kind::Visit, Planned),
                ("f", Kind::Visit, Happened),
                ("g", Kind::Other, Happened)
            ]
        );
        let said: Vec<&ProblemKind> = parsed.problems.iter().map(|p| &p.kind).collect();
        assert_eq!(said, [&ProblemKind::UnknownKind("a state visit".into()), &ProblemKind::UnknownStatus("soon".into())]);
    }

    #[test]
    fn a_sheet_headed_in_vietnamese_is_read_as_one_headed_in_english() {
        let text = "Ngày,Ngày kết thúc,Tiêu đề,Tiêu đề EN,Tóm tắt,Loại,Lĩnh vực,Địa điểm,Nguồn,Trích dẫn,Nguồn 2,Trích dẫn 2\n\
                    11/3/2025,13/3/2025,Thăm chính thức,Official visit,Hai bên ký kết,Chuyến thăm,Chính trị,Singapore,VnExpress,thăm chính thức,VOV,ký kết\n";
        let parsed = import(text, "t");
        assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
        let e = &parsed.timeline.events[0];
        assert_eq!((e.date.iso(), e.end.map(|d| d.iso())), ("2025-03-11".into(), Some("2025-03-13".into())));
        assert_eq!((e.title.get("vi"), e.title.get("en"), e.summary.get("vi")), ("Thăm chính thức", "Official visit", "Hai bên ký kết"));
        assert_eq!((e.kind, e.place.as_ref().map(|p| p.get("vi"))), (Kind::Visit, Some("Singapore")));
        assert_eq!(parsed.timeline.pillars[0].name.get("vi"), "Chính trị");
        assert_eq!(e.citations.iter().map(|c| c.quote.as_str()).collect::<Vec<_>>(), ["thăm chính thức", "ký kết"]);
    }

    #[test]
    fn column_names_are_read_in_any_letter_case_with_spaces_between_words() {
        let text = "Start Date, End  Date ,Title VI,Display Date,Source,Source URL,Source Title,Quote,Media Caption\n\
                    2020,2021,Một,Spring 2020,A,https://example.org/a,An article,said,A photo\n";
        let parsed = import(text, "t");
        assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
        let e = &parsed.timeline.events[0];
        assert_eq!((e.date, e.end), (Date::year(2020), Some(Date::year(2021))));
        assert_eq!(e.title.get("vi"), "Một");
        assert_eq!(e.display_date.as_ref().map(|d| d.get("en")), Some("Spring 2020"));
        assert_eq!(e.media.as_ref().and_then(|m| m.caption.as_ref()).map(|c| c.get("en")), Some("A photo"));
        let source = &parsed.timeline.sources[0];
        assert_eq!((source.url.as_deref(), source.title.get("en")), (Some("https://example.org/a"), "An article"));
    }

    #[test]
    fn a_sheets_rows_as_json_are_read_as_the_sheet_and_named_by_item_and_key() {
        let text = r#"[
          {"Date": "2013-09-11", "Title VI": "Đối tác", "Title EN": "Partners", "Pillars": ["Politics", "Defence"], "by": "vn", "Source": "s", "Quote": "q"},
          {"Date": "2025-02-30", "Title EN": "Bad day"},
          {"Title EN": "No date", "Extra": true},
          {"Date": 1973, "Title EN": "Ties", "Summary": null, "Pillars": [7, {"x": 1}]}
        ]"#;
        let (parsed, format) = crate::import::parse_named(text, "Ties");
        assert_eq!(format, crate::import::Format::Rows);
        let t = &parsed.timeline;
        assert_eq!(t.title.get("en"), "Ties");
        let events: Vec<(String, &str, &str)> = t.events.iter().map(|e| (e.date.iso(), e.title.get("vi"), e.title.get("en"))).collect();
        assert_eq!(events, [("1973".into(), "Ties", "Ties"), ("2013-09-11".into(), "Đối tác", "Partners")]);
        assert_eq!(t.pillars.iter().map(|p| p.name.get("en")).collect::<Vec<_>>(), ["Politics", "Defence", "7"]);
        let said: Vec<(&str, bool, u32)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.is_error(), p.pos.line)).collect();
        assert_eq!(said, [("[1].date", true, 3), ("[2].date", true, 4), ("extra", false, 4), ("[3]", false, 5)]);
        // A list with no keys at all has no columns: said so, nothing read.
        for text in ["[2]", "[{}, 3]", "[]"] {
            let parsed = import_rows(&crate::json::read(text).0.unwrap(), "t", Vec::new());
            assert!(parsed.timeline.events.is_empty() && !parsed.is_valid(), "{text}");
        }
    }

    #[test]
    fn day_numbers_of_a_date_column_formatted_as_numbers_are_read_as_days_and_said_so_once() {
        let text = "date,end,title,source,quote,source_date\n45728,45730.75,Visit,s,q,45727\n45728.5,,Noon,s,q,\n2025,,A year,s,q,\n1973-08-01,,A day,s,q,\n";
        let parsed = import(text, "t");
        let when: Vec<(String, Option<String>)> = parsed.timeline.events.iter().map(|e| (e.date.iso(), e.end.map(|d| d.iso()))).collect();
        assert_eq!(
            when,
            [
                ("1973-08-01".into(), None),
                ("2025".into(), None),
                ("2025-03-12".into(), Some("2025-03-14T18:00".into())),
                ("2025-03-12T12:00".into(), None)
            ]
        );
        assert_eq!(parsed.timeline.sources[0].published.map(|d| d.iso()).as_deref(), Some("2025-03-11"));
        let said: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(said, [("row 2, date", &ProblemKind::SerialDay { text: "45728".into(), day: "2025-03-12".into() })]);
        // Four figures are a year; a number past 31 December 9999, or with other
        // characters, is not a day.
        for text in ["2958466", "12345678", "45728.5.1", "4572x"] {
            let parsed = import(&format!("id,date,title\na,{text},x\n"), "t");
            assert!(parsed.timeline.events.is_empty() && parsed.problems.iter().any(|p| p.path == "row 2, date" && p.is_error()), "{text}");
        }
    }

    #[test]
    fn a_count_since_1970_in_milliseconds_or_seconds_is_read_in_utc_and_said_so_once() {
        let text = "date,end,title\n1741737600000,1741800600000,Visit\n1741737600,,Seconds\n2025,,A year\n";
        let parsed = import(text, "t");
        let when: Vec<(String, Option<String>)> = parsed.timeline.events.iter().map(|e| (e.date.iso(), e.end.map(|d| d.iso()))).collect();
        assert_eq!(when, [("2025".into(), None), ("2025-03-12".into(), Some("2025-03-12T17:30:00Z".into())), ("2025-03-12".into(), None)]);
        let said: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(said, [("row 2, date", &ProblemKind::EpochTime { text: "1741737600000".into(), day: "2025-03-12".into() })]);
        // Eleven or twelve figures, or nine, are no such count.
        for text in ["17417376000", "174173760000", "174173760"] {
            let parsed = import(&format!("id,date,title\na,{text},x\n"), "t");
            assert!(parsed.timeline.events.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_sheet_of_timelinejs_first_template_is_read_as_timelinejs_read_it() {
        // `Start Date`, …, `Tag`: days as JavaScript reads them (month first) unless the
        // sheet's own days tell, texts as HTML, the tag as a pillar.
        let text = "Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag\n\
                    ,,An old sheet,<p>Its <i>intro</i></p>,,,,,title,\n\
                    1/5/2011,,First,one <b>bold</b> word<script>x()</script>,,,,https://example.org/t.jpg,,Politics\n\
                    2/3/2011,2/6/2011,Second,two,https://example.org/a.jpg,AP,A photo,,,Economy\n";
        let parsed = import(text, "t");
        let t = &parsed.timeline;
        assert_eq!((t.title.get("en"), t.description.get("en")), ("An old sheet", "Its intro"));
        let events: Vec<(String, &str, &str)> = t.events.iter().map(|e| (e.date.iso(), e.title.get("en"), e.summary.get("en"))).collect();
        assert_eq!(events, [("2011-01-05".into(), "First", "one bold word"), ("2011-02-03".into(), "Second", "two")]);
        assert_eq!(t.events[1].end.map(|d| d.iso()).as_deref(), Some("2011-02-06"));
        assert_eq!(t.pillars.iter().map(|p| p.name.get("en")).collect::<Vec<_>>(), ["Politics", "Economy"]);
        let said: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(
            said,
            [
                ("row 1, media thumbnail", &ProblemKind::NotShown { field: "Media Thumbnail".into(), fate: crate::problem::Fate::Ignored }),
                ("row 3, date", &ProblemKind::MonthFirst { text: "1/5/2011".into(), day: "2011-01-05".into() }),
                ("row 3, summary", &ProblemKind::HtmlRemoved("<script>".into())),
            ]
        );
        // A day above 12 tells the order, as in any sheet; a sheet not made for TimelineJS
        // still names a day that does not tell, and its texts are not HTML.
        let told = import(&text.replace("2/3/2011", "13/3/2011"), "t");
        assert_eq!(told.timeline.events.iter().find(|e| e.title.get("en") == "First").map(|e| e.date.iso()).as_deref(), Some("2011-05-01"));
        assert!(!told.problems.iter().any(|p| matches!(p.kind, ProblemKind::MonthFirst { .. })));
        let plain = import("date,title,summary\n1/5/2011,A,<b>b</b>\n2020,B,<b>b</b>\n", "t");
        assert_eq!(plain.timeline.events.iter().map(|e| e.summary.get("en")).collect::<Vec<_>>(), ["<b>b</b>"]);
        assert!(plain.problems.iter().any(|p| p.path == "row 2, date" && p.is_error()));
    }

    #[test]
    fn a_timelinejs_sheet_with_numbers_written_as_decimals_reads_them_as_integers() {
        // A sheet saved by a tool that keeps every number as a decimal (`2000.0`).
        // And a sheet that formats them with thousands' commas, which TimelineJS leaves out.
        let text = "Year,Month,Day,End Year,Headline\n2000.0,2.0,29.0,2001.0,Leap\n\"1,973\",,,,Ties\n2000.5,,,,Half\n";
        let parsed = import(text, "t");
        let dates: Vec<(i32, Option<u8>, Option<u8>)> =
            parsed.timeline.events.iter().map(|e| (e.date.year, e.date.month, e.date.day)).collect();
        assert_eq!(dates, [(1973, None, None), (2000, Some(2), Some(29))]);
        assert_eq!(parsed.timeline.events[1].end, Some(Date::year(2001)));
        assert_eq!(parsed.problems.len(), 1, "{:#?}", parsed.problems);
        assert_eq!(parsed.problems[0].path, "row 4, Year");
    }

    #[test]
    fn days_exported_with_midnight_are_days_unless_the_sheet_gives_times() {
        let read = |text: &str| -> (Vec<String>, usize) {
            let parsed = import(text, "t");
            (parsed.timeline.events.iter().map(|e| e.date.iso()).collect(), parsed.problems.len())
        };
        // A date column formatted as date and time, as Excel and data tools export it.
        let exported = "date,end,title\n\"3/13/2025 0:00\",\"3/14/2025 0:00\",a\n2025-03-15 00:00:00,,b\n2025-03-16T00:00:00Z,,c\n";
        assert_eq!(read(exported), (vec!["2025-03-13".into(), "2025-03-15".into(), "2025-03-16".into()], 0));
        assert_eq!(import(exported, "t").timeline.events[0].end.map(|d| d.iso()).as_deref(), Some("2025-03-14"));
        // One other time keeps every time; so does a time column, which says them on purpose.
        let timed = "date,title\n2025-03-15 00:00,a\n2025-03-16 09:30,b\n";
        assert_eq!(read(timed).0, ["2025-03-15T00:00", "2025-03-16T09:30"]);
        assert_eq!(read("date,time,title\n2025-03-15,0:00,a\n").0, ["2025-03-15T00:00"]);
    }

    #[test]
    fn events_without_ids_are_named_by_day_and_title_and_never_share_one() {
        let text = "id,date,title\n,2025-03-12,Hội đàm cấp cao\n2025-03-12-hoi-dam-cap-cao-2,2025-03-13,Given\n,2025-03-12,Hội đàm cấp cao\n,2025-03-12,Hội đàm cấp cao\n,-0500,Thales\n,2025-03-14,会谈\n,2025-03-14T09:30,会谈\n";
        let parsed = import(text, "t");
        let mut ids: Vec<&str> = parsed.timeline.events.iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(
            ids,
            [
                "2025-03-12-hoi-dam-cap-cao",
                "2025-03-12-hoi-dam-cap-cao-2",
                "2025-03-12-hoi-dam-cap-cao-3",
                "2025-03-12-hoi-dam-cap-cao-4",
                "2025-03-14",
                "2025-03-14-2",
                "bce-0500-thales"
            ],
            "the given id kept, the others around it"
        );
        // Thousands of one day and title, as a hostile file has them: each its own.
        let many = format!("date,title\n{}", "2025-03-12,Same\n".repeat(10_000));
        let events = import(&many, "t").timeline.events;
        let unique: std::collections::HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(unique.len(), 10_000);
        assert!(unique.contains("2025-03-12-same") && unique.contains("2025-03-12-same-10000"));
    }

    #[test]
    fn a_timelinejs_sheet_row_shorter_than_its_header_is_read_and_named() {
        // Cells left out in the middle put the rest under the wrong columns: the warning
        // tells the editor why the row reads amiss.
        let text = "Year,Month,Day,Display Date,Headline,Text\n1905,,,1905 CE,Bharat Mata,Icon\n-2300,,c. 2500 BCE,Dancing Girl\n";
        let parsed = import(text, "t");
        assert_eq!(parsed.timeline.events.len(), 1, "{:#?}", parsed.problems);
        let said: Vec<(&str, crate::problem::Severity)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.severity)).collect();
        assert!(said.contains(&("row 3", crate::problem::Severity::Warning)), "{said:?}");
        let short = parsed.problems.iter().find(|p| p.path == "row 3").map(|p| &p.kind);
        assert_eq!(short, Some(&ProblemKind::RowLength { found: 4, expected: 6 }));
    }

    #[test]
    fn days_as_a_spreadsheet_exports_them_are_read_in_the_order_the_sheet_shows() {
        let dates = |text: &str| -> (Vec<String>, Vec<String>) {
            let parsed = import(text, "t");
            let mut events: Vec<&Event> = parsed.timeline.events.iter().collect();
            events.sort_by(|a, b| a.id.cmp(&b.id));
            (events.iter().map(|e| e.date.iso()).collect(), parsed.problems.iter().map(|p| p.path.clone()).collect())
        };
        // A day above 12 tells the order of the whole sheet, the end column's too.
        let day_first = "id,date,end,title\na,13/03/2025,,x\nb,3/4/2025,5/4/2025,y\nc,2025-01-02,,z\nd,ngày 2/9/1945,,w\n";
        assert_eq!(dates(day_first), (["2025-03-13", "2025-04-03", "2025-01-02", "1945-09-02"].map(String::from).to_vec(), vec![]));
        assert_eq!(dates("id,date,title\na,Ngày 26/3/2025 14:30,x\n").0, ["2025-03-26T14:30"]);
        let month_first = "id,date,title\na,3/13/2025 14:30,x\nb,3/4/2025,y\n";
        assert_eq!(dates(month_first), (vec!["2025-03-13T14:30".into(), "2025-03-04".into()], vec![]));
        // Dotted days are day first; year-first forms are year, month, day.
        assert_eq!(dates("id,date,title\na,3.4.2025,x\nb,2025/4/3,y\nc,2025-4-3,z\n").0, ["2025-04-03", "2025-04-03", "2025-04-03"]);
        // Nothing tells, or the sheet tells both ways: a day that does not tell itself is
        // named, with the form to use; one that does is read.
        assert_eq!(dates("id,date,title\na,3/4/2025,x\n"), (vec![], vec!["row 2, date".into()]));
        let both = "id,date,title\na,13/3/2025,x\nb,3/13/2025,y\nc,3/4/2025,z\n";
        assert_eq!(dates(both), (vec!["2025-03-13".into(), "2025-03-13".into()], vec!["row 4, date".into()]));
        // A sheet headed in Vietnamese or Malay, or with its texts first in Vietnamese, is
        // read day first as those languages write days, and said so once.
        for sheet in [
            "Ngày,Sự kiện\n3/4/2025,x\n5/6/2025,y\n",
            "Tarikh,Peristiwa\n3/4/2025,x\n5/6/2025,y\n",
            "date,title_vi,title_en\n3/4/2025,x,x\n5/6/2025,y,y\n",
        ] {
            let parsed = import(sheet, "t");
            let days: Vec<String> = parsed.timeline.events.iter().map(|e| e.date.iso()).collect();
            assert_eq!(days, ["2025-04-03", "2025-06-05"], "{sheet}");
            let said: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
            let day = ProblemKind::DayFirst { text: "3/4/2025".into(), day: "2025-04-03".into() };
            assert_eq!(said, [("row 2, date", &day)], "{sheet}");
        }
        // Its own days still tell first: a second number above 12 is a day.
        assert_eq!(dates("Ngày,Sự kiện\n3/13/2025,x\n3/4/2025,y\n").0, ["2025-03-04", "2025-03-13"]);
        // Days and months in words, in English or as the widget writes them in Vietnamese.
        let worded = "id,date,title\na,12 March 2025,x\nb,\"March 13, 2025\",y\nc,Mar. 14 2025,z\nd,April 2025,w\ne,15 tháng 3 2025,v\nf,tháng 5 năm 2025,u\n";
        assert_eq!(
            dates(worded),
            (["2025-03-12", "2025-03-13", "2025-03-14", "2025-04", "2025-03-15", "2025-05"].map(String::from).to_vec(), vec![])
        );
        // As the widget writes days in Malay, Tamil and Chinese, and as Malay sheets do.
        let worded = "id,date,title\na,12 Mac 2025,x\nb,Ogos 2025,y\nc,3 Dis. 2025,z\nd,12 மார்ச் 2025,w\ne,மே 2025,v\nf,2025年3月12日,u\ng,2025 年 4 月,t\nh,2025年5月1号,s\n";
        assert_eq!(
            dates(worded),
            (
                ["2025-03-12", "2025-08", "2025-12-03", "2025-03-12", "2025-05", "2025-03-12", "2025-04", "2025-05-01"]
                    .map(String::from)
                    .to_vec(),
                vec![]
            )
        );
        // In the other languages newsrooms write days in, and a year as data tools write a
        // whole number in a column with empty cells.
        let worded = "id,date,title\na,12 de marzo de 2025,x\nb,1er mars 2025,y\nc,12. März 2025,z\nd,12 de março de 2025,w\n\
            e,12 marzo 2025,v\nf,12 maart 2025,u\ng,12 Maret 2025,t\nh,août 2025,s\ni,juil. 2025,r\nj,1969.0,q\nk,dicembre 2025,p\n";
        assert_eq!(
            dates(worded),
            (
                [
                    "2025-03-12",
                    "2025-03-01",
                    "2025-03-12",
                    "2025-03-12",
                    "2025-03-12",
                    "2025-03-12",
                    "2025-03-12",
                    "2025-08",
                    "2025-07",
                    "1969",
                    "2025-12"
                ]
                .map(String::from)
                .to_vec(),
                vec![]
            )
        );
        assert_eq!(dates("id,date,title\na,12.5,x\nb,1969.5,y\n").1, ["row 2, date", "row 3, date"], "no other decimal is a year");
        // A spreadsheet's d-mmm-yyyy, a weekday first, and days with a time and a zone as
        // e-mail, feeds and scripts write them.
        let worded = "id,date,title\na,21-Apr-2014,x\nb,\"Mon, 21 Apr 2014 10:00:00 GMT\",y\n\
            c,Mon Apr 21 2014 10:00:00 GMT+0700 (Indochina Time),z\nd,Tue Apr 22 2014 09:30 GMT-0500,w\n\
            e,\"Thứ Hai, ngày 12 tháng 3 năm 2025\",v\nf,\"Monday, April 21, 2014\",u\ng,\"Sun, 20 Apr 2014 23:00:00 +0100\",t\n";
        assert_eq!(
            dates(worded).0,
            [
                "2014-04-21",
                "2014-04-21T10:00:00Z",
                "2014-04-21T10:00:00+07:00",
                "2014-04-22T09:30-05:00",
                "2025-03-12",
                "2014-04-21",
                "2014-04-20T23:00:00+01:00"
            ]
        );
        // Two-digit years as spreadsheets read them: 30–99 the 1900s, 00–29 the 2000s,
        // said once a sheet, where the first is.
        let short = "id,date,title\na,2020-01-01,w\nb,8/1/73,x\nc,3/12/25,y\nd,12/31/29,z\n";
        assert_eq!(dates(short).0, ["2020-01-01", "1973-08-01", "2025-03-12", "2029-12-31"]);
        let said: Vec<(String, ProblemKind)> = import(short, "t").problems.into_iter().map(|p| (p.path, p.kind)).collect();
        assert_eq!(said, [("row 3, date".to_owned(), ProblemKind::ShortYear { text: "8/1/73".into(), year: 1973 })]);
        let short = "id,date,title\na,21-Apr-14,x\nb,3-Mar-98,y\n";
        assert_eq!(dates(short).0, ["2014-04-21", "1998-03-03"]);
        let said: Vec<(String, ProblemKind)> = import(short, "t").problems.into_iter().map(|p| (p.path, p.kind)).collect();
        assert_eq!(said, [("row 2, date".to_owned(), ProblemKind::ShortYear { text: "21-Apr-14".into(), year: 2014 })]);
        // A day and a time of day in one cell, as spreadsheets export them (a 12-hour
        // clock, a one-digit hour) and as Vietnamese writes them (the time first, `10h30`);
        // a month and its year with a slash; a day in eight figures.
        let timed = "id,date,title\na,3/13/2025 2:30:00 PM,x\nb,2025-03-12 9:05,y\nc,12 March 2025 2:30 PM,z\n\
            d,10:00 ngày 13/3/2025,w\ne,lúc 10h30 ngày 13/3/2025,v\nf,13/3/2025 8h,u\ng,3/2025,t\nh,tháng 03/2025,s\ni,20250312,r\n";
        assert_eq!(
            dates(timed),
            (
                [
                    "2025-03-13T14:30:00",
                    "2025-03-12T09:05",
                    "2025-03-12T14:30",
                    "2025-03-13T10:00",
                    "2025-03-13T10:30",
                    "2025-03-13T08:00",
                    "2025-03",
                    "2025-03",
                    "2025-03-12"
                ]
                .map(String::from)
                .to_vec(),
                vec![]
            )
        );
        // A day after its time tells the sheet's order, and is told it, as any other.
        let vietnamese = "id,date,title\na,10:00 ngày 13/3/2025,x\nb,lúc 9h ngày 3/4/2025,y\n";
        assert_eq!(dates(vietnamese), (vec!["2025-03-13T10:00".into(), "2025-04-03T09:00".into()], vec![]));
        // A day that could be read either way, in a column whose other days do not tell,
        // is named with both readings.
        let said: Vec<(String, ProblemKind)> =
            import("id,date,end,title\na,12/3/2025 10:00,2/4/2025,x\n", "t").problems.into_iter().map(|p| (p.path, p.kind)).collect();
        let either = |text: &str, day_first: &str, month_first: &str| ProblemKind::EitherWay {
            text: text.into(),
            day_first: day_first.into(),
            month_first: month_first.into(),
        };
        assert_eq!(
            said,
            [
                ("row 2, date".to_owned(), either("12/3/2025 10:00", "2025-03-12T10:00", "2025-12-03T10:00")),
                ("row 2, end".to_owned(), either("2/4/2025", "2025-04-02", "2025-02-04")),
            ]
        );
        // Times as other tools export them: an hour with its half of the day, after "@",
        // with a zone; and in the time column with a zone.
        let exported = "id,date,title\na,\"March 12, 2025 9am\",x\nb,\"Mar 12, 2025 @ 9:00\",y\nc,2025-03-12 09:00:00 +0700,z\nd,12 March 2025 2:30 PM GMT+7,w\ne,2025-03-12 9:00 UTC,v\nf,12 March 2025 9 pm,u\n";
        assert_eq!(
            dates(exported).0,
            [
                "2025-03-12T09:00",
                "2025-03-12T09:00",
                "2025-03-12T09:00:00+07:00",
                "2025-03-12T14:30+07:00",
                "2025-03-12T09:00Z",
                "2025-03-12T21:00"
            ]
        );
        let clocks =
            "id,date,time,title\na,2025-03-12,14:30 +07:00,x\nb,2025-03-12,2:30 PM UTC,y\nc,2025-03-12,9 pm,z\nd,2025-03-12,14:30 SGT,w\n";
        assert_eq!(dates(clocks).0, ["2025-03-12T14:30+07:00", "2025-03-12T14:30Z", "2025-03-12T21:00", "2025-03-12T14:30+08:00"]);
        assert_eq!(dates("id,date,title\na,12 Mar 2025 14:30 ICT,x\n").0, ["2025-03-12T14:30+07:00"]);
        // An abbreviation that names more than one zone is not read.
        assert!(dates("id,date,title\na,12 Mar 2025 14:30 IST,x\n").0.is_empty());
        // Not a zone: a word that only looks like one is no time.
        assert!(dates("id,date,title\na,2025-03-12 9:00 +7x,x\n").0.is_empty());
        assert!(dates("id,date,title\na,2025-03-12 9:00 GMT+0ăm,x\n").0.is_empty());
        // A span written in the date cell, when the row gives no end of its own.
        let spans = "id,date,end,title\na,11–13/3/2025,,x\nb,\"March 12, 2025 → March 14, 2025\",,y\nc,2013 – 2025,2026,z\n";
        let parsed = import(spans, "t");
        let ends: Vec<(String, Option<String>)> = parsed.timeline.events.iter().map(|e| (e.date.iso(), e.end.map(|d| d.iso()))).collect();
        assert_eq!(
            ends,
            [("2025-03-11".to_owned(), Some("2025-03-13".to_owned())), ("2025-03-12".to_owned(), Some("2025-03-14".to_owned()))]
        );
        assert_eq!(parsed.problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(), ["row 4, date"], "a span beside an end is no date");
        // After "ngày" ("day"), a day is day first, as Vietnamese writes every day.
        assert_eq!(
            dates("date,title\n10:00 ngày 2/4/2025,x\nngày 3/5/2025,y\n"),
            (vec!["2025-04-02T10:00".into(), "2025-05-03".into()], vec![])
        );
        let said: Vec<ProblemKind> = import("date,title\n10:00 2/4/2025,x\n", "t").problems.into_iter().map(|p| p.kind).collect();
        assert_eq!(said, [either("10:00 2/4/2025", "2025-04-02T10:00", "2025-02-04T10:00")]);
        // Not a day: a month with a two-digit year, an unknown word, a day that does not
        // exist, three-digit years, a time with no day or two times, eight figures that
        // are no day.
        for text in [
            "3/25",
            "13/2025",
            "20251312",
            "2025031",
            "10:00",
            "10:00 11:00 13/3/2025",
            "13/3/2025 10:00 ngày",
            "March 2025 2:30 PM",
            "13/3/2025 25h",
            "13/13/2025",
            "Marx 3 2025",
            "Ma 3 2025",
            "31 April 2025",
            "3 March 25",
            "3/4/125",
            "மா 3 2025",
            "2025年13月",
            "2025年3月12",
            "25年3月12日",
            "Apr-14",
            "21-Apr",
            "21-Apr-125",
            "April 2025 10:00",
            "Mon, 21 Apr 2014 10:00:00 PST",
            "Mon, 21 Apr 2014 25:00:00 GMT",
            "Mon, 30 Feb 2014",
            "Thứ Hai",
        ] {
            assert_eq!(dates(&format!("id,date,title\na,\"{text}\",x\n")).1, ["row 2, date"], "{text}");
        }
    }

    #[test]
    fn empty_columns_left_by_an_export_are_not_reported_and_a_nameless_one_with_data_is_named() {
        let parsed = import("date;title;;\r\n2020;a;;\r\n2021;b;;\r\n\r\n", "t");
        assert_eq!((parsed.timeline.events.len(), parsed.problems.len()), (2, 0), "{:?}", parsed.problems);
        let parsed = import("date,title,,\n2020,a,,kept?\n", "t");
        let found: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(found, [("row 1, column 4", &ProblemKind::UnknownField("column 4".into()))]);
    }

    #[test]
    fn a_language_tag_after_a_column_that_is_not_a_text_is_named_not_dropped() {
        let parsed = import("date,title_vi,place_en,quote_vi,date_en\n2020,a,Hà Nội,x,2021\n", "t");
        let unknown: Vec<&ProblemKind> =
            parsed.problems.iter().map(|p| &p.kind).filter(|k| matches!(k, ProblemKind::UnknownField(_))).collect();
        assert_eq!(unknown, [&ProblemKind::UnknownField("quote_vi".into()), &ProblemKind::UnknownField("date_en".into())]);
        assert_eq!(parsed.timeline.events[0].place.as_ref().map(|p| p.get("en")), Some("Hà Nội"));
    }

    #[test]
    fn a_citation_missing_its_source_or_its_quote_is_named_and_uncited_rows_are_counted() {
        let text = "date,title,source,quote,source_2,quote_2\n\
                    2020,quote without source,,lost,,\n\
                    2021,source without quote,A,,B,kept\n\
                    2022,nothing cited,,,,\n";
        let parsed = import(text, "t");
        assert!(parsed.is_valid(), "warnings only: {:#?}", parsed.problems);
        let found: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(
            found,
            [
                ("row 2, source", &ProblemKind::MissingField("source")),
                ("row 3, quote", &ProblemKind::MissingField("quote")),
                ("row 4", &ProblemKind::NoCitation),
            ]
        );
        assert_eq!(parsed.timeline.events.len(), 3, "every row is still shown");
        assert_eq!(parsed.timeline.events[1].citations.len(), 1);
        // A sheet with no citation columns at all is not told, row by row, that it cites nothing.
        assert!(import("date,title\n2020,a\n", "t").problems.is_empty());
    }

    #[test]
    fn broken_rows_are_named_by_row_number_and_the_rest_kept() {
        let text = "date,title,end,kind\n2020,ok,,visit\n2021,too,many,cells,here\n2025-02-30,bad day,,\n,no date,,\n2020,backwards,2019,\n2022,short\n2023,\"never closed\n";
        let parsed = import(text, "t");
        let ids: Vec<&str> = parsed.timeline.events.iter().map(|e| e.id.as_str()).collect();
        // Events without an id are named by their day and title.
        assert_eq!(ids, ["2020-ok", "2022-short"]);
        let found: Vec<(&str, bool)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.is_error())).collect();
        assert_eq!(
            found,
            [("row 3", true), ("row 4, date", true), ("row 5, date", true), ("row 6, end", true), ("row 7", false), ("row 8", true),]
        );
        assert_eq!(parsed.problems[0].kind, ProblemKind::RowLength { found: 5, expected: 4 });
        assert_eq!(parsed.problems[5].kind, ProblemKind::UnclosedQuote);
        assert_eq!(parsed.problems[5].pos, Pos { line: 8, col: 6 });
    }

    #[test]
    fn a_header_without_dates_says_so() {
        let parsed = import("happened,title\n2020,x\n", "t");
        assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::MissingColumn("date")));
        assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::UnknownField("happened".into())));
    }

    #[test]
    fn a_sheet_with_its_date_in_year_month_and_day_columns_is_read_as_timelinejs_lays_it_out() {
        let parsed =
            import("Year,Month,Day,Event,Description,Category\n1776,7,4,Declaration,Signed,Politics\n-776,,,First Olympics,,Sport\n", "t");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let dates: Vec<String> = parsed.timeline.events.iter().map(|e| e.date.iso()).collect();
        // TimelineJS's years before 1 as TimelineJS counts them: -776 is 776 BCE.
        assert_eq!(dates, ["-0775", "1776-07-04"]);
        let declaration = &parsed.timeline.events[1];
        assert_eq!((declaration.title.get("en"), declaration.summary.get("en")), ("Declaration", "Signed"));
        assert_eq!(parsed.timeline.pillars.len(), 2);
        let parsed = import("Year,Month,Title\n2025,3,Upgrade\n", "t");
        assert_eq!(parsed.timeline.events[0].date, Date::month(2025, 3));
        // A year and a title alone are the native layout's date and title.
        let parsed = import("Year,Title\n2025,Upgrade\n", "t");
        assert_eq!(parsed.timeline.events[0].date, Date::year(2025));
    }

    #[test]
    fn columns_named_as_other_sheets_name_them_are_read_where_no_cell_names_them_outright() {
        for (text, title) in [
            ("Date\tEvent\n1776-07-04\tDeclaration\n", "Declaration"),
            ("Year,Event,Details\n1776,Declaration,Signed\n", "Declaration"),
            ("Thời gian,Sự kiện,Chi tiết\n2025-03-12,Nâng cấp,Đối tác\n", "Nâng cấp"),
            ("日期,事件\n2025年3月12日,升级\n", "升级"),
            ("Tarikh,Peristiwa\n2025-03-12,Lawatan\n", "Lawatan"),
            ("When,What,Where,Category\n2025-03-12,Talks,Hà Nội,Economy\n", "Talks"),
        ] {
            let parsed = import(text, "t");
            assert!(parsed.problems.is_empty(), "{text}: {:?}", parsed.problems);
            assert_eq!(parsed.timeline.events.len(), 1, "{text}");
            assert_eq!(parsed.timeline.events[0].title.get("en"), title, "{text}");
        }
        let parsed = import("When,What,Where,Category,Details\n2025-03-12,Talks,Hà Nội,Economy,Long\n", "t");
        let e = &parsed.timeline.events[0];
        assert_eq!(
            (e.place.as_ref().map(|p| p.get("en")), e.summary.get("en"), parsed.timeline.pillars.len()),
            (Some("Hà Nội"), "Long", 1)
        );
        // Beside a cell that names the column, such a cell is not read as it: "Thời gian"
        // ("time") beside "Ngày" is the time of day, and "Event" beside "Title" unknown.
        let parsed = import("Ngày,Thời gian,Tiêu đề\n2025-03-12,10:00,Hội đàm\n", "t");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.timeline.events[0].date, Date::day(2025, 3, 12).at(Time::new(10, 0)));
        let parsed = import("Date,Title,Event\n2025-03-12,Talks,Meeting\n", "t");
        assert_eq!(parsed.timeline.events[0].title.get("en"), "Talks");
        assert_eq!(parsed.problems.iter().map(|p| &p.kind).collect::<Vec<_>>(), [&ProblemKind::UnknownField("Event".into())]);
    }
}
