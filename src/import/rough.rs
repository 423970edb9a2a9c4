//! Dates a spreadsheet gives in words other than a day's. A period — "c. 1973",
//! "1970s", "19th century", "Q1 2025", "early 2026", "cuối năm 2025", "những năm 1970", "2025年第一季度" —
//! which editors write when the source says no more: the timeline places such an
//! event at the period's start, shows the cell as written, and says so
//! (`ProblemKind::RoughDate`). And a span in one cell — "11–13/3/2025", "2013 – 2025" —
//! which is read as its two dates.

use crate::date::Date;

/// A period named in words: its first and its last date, each known to the year or
/// the month the words give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

impl Period {
    fn at(date: Date) -> Self {
        Period { start: date, end: date }
    }

    fn months(year: i32, first: u8, last: u8) -> Self {
        Period { start: Date::month(year, first), end: Date::month(year, last) }
    }
}

/// What stands between the two dates of a span written in one cell ("12 March 2025 –
/// 14 March 2025", "2025-03-12/2025-03-14", "từ 11/3/2025 đến 13/3/2025").
const BETWEEN: [&str; 12] = [" – ", " — ", " - ", "–", "—", "→", " to ", " until ", " đến ", " hingga ", " sehingga ", "至"];

/// A span written in one cell: two dates with a dash, an arrow or a word between
/// them, or ISO's `start/end`; the first date's day alone before a dash shares the
/// rest of the second's ("11–13/3/2025", "12–14 March 2025", "March 12–14, 2025").
/// None unless both ends read and the second is not before the first.
pub fn span(text: &str, exact: &dyn Fn(&str) -> Option<Date>) -> Option<Period> {
    let text = text.trim();
    let text = ["từ ", "Từ ", "from ", "From "].iter().find_map(|w| text.strip_prefix(w)).unwrap_or(text);
    // "between 1770 and 1775", "giữa năm 1770 và 1775": its two ends.
    let between = ["between ", "Between ", "giữa ", "Giữa "].iter().find_map(|w| text.strip_prefix(w));
    if let Some((first, second)) = between.and_then(|t| t.split_once(" and ").or_else(|| t.split_once(" và "))) {
        let (start, end) = (exact(first.trim())?, exact(second.trim())?);
        return (start.first_day() <= end.last_day()).then_some(Period { start, end });
    }
    let iso = |t: &str| t.len() >= 7 && t.as_bytes()[4] == b'-' && t.bytes().take(4).all(|b| b.is_ascii_digit());
    let halves = BETWEEN
        .iter()
        .find_map(|sep| text.split_once(sep))
        .or_else(|| text.split_once('/').filter(|(a, b)| iso(a) && iso(b)))
        // Two years with a bare hyphen ("2001-2002"), which no day is.
        .or_else(|| text.split_once('-').filter(|(a, b)| year(a).is_some() && year(b).is_some()));
    let (first, second) = halves?;
    let (first, second) = (first.trim(), second.trim());
    // The second year in two figures takes the first's century ("1861–65").
    let short = (year(first).is_some() && second.len() == 2 && second.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{}{second}", &first[..2]));
    let second = short.as_deref().unwrap_or(second);
    let end = exact(second).or_else(|| month_day_then_year(first, second).and_then(|(_, end)| exact(&end)))?;
    // A year alone before a year with its era shares the era ("221–206 BC").
    let era = second.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
    let shared = !era.is_empty() && !era.contains(|c: char| c.is_ascii_digit()) && first.bytes().all(|b| b.is_ascii_digit());
    let start = shared
        .then(|| exact(&format!("{first} {era}")))
        .flatten()
        .or_else(|| exact(first))
        .or_else(|| {
            // The day alone: the rest is the second date's ("11–13/3/2025", "12–14 March 2025").
            let day: u8 = first.parse().ok().filter(|d| (1..=31).contains(d))?;
            Some(Date { day: Some(day), ..end }).filter(|d| end.day.is_some() && d.time.is_none() && d.first_day() <= end.first_day())
        })
        .or_else(|| exact(&month_day_then_year(first, second)?.0))
        // The first without the year the second ends with ("13 Mar – 2 Apr 2025",
        // "Jan–Mar 2001", "January to March 2001").
        .or_else(|| exact(&format!("{first} {}", second.rsplit(' ').next().filter(|y| year(y).is_some())?)))?;
    (start.first_day() <= end.last_day() && Date::checked(i64::from(start.year), start.month, start.day).is_ok())
        .then_some(Period { start, end })
}

/// "March 12" and "14, 2025": the two days written out, "March 12, 2025" and "March 14,
/// 2025".
fn month_day_then_year(first: &str, second: &str) -> Option<(String, String)> {
    let (month, _) = first.split_once(' ')?;
    let (_, year) = second.split_once(", ")?;
    Some((format!("{first}, {year}"), format!("{month} {second}")))
}

/// "About": the date after it is the date meant, not known to be exact.
const ABOUT: [&str; 15] = [
    "c.",
    "c",
    "ca.",
    "circa",
    "~",
    "about",
    "around",
    "approx.",
    "approximately",
    "vào khoảng",
    "khoảng",
    "sekitar",
    "kira-kira",
    "约",
    "சுமார்",
];

/// Words for the start, the middle and the end of a year or a month: the period is
/// that year or month (where in it, the words say to the reader, not to the axis).
const PART: [&str; 18] = [
    "early",
    "mid",
    "late",
    "the beginning of",
    "beginning of",
    "the start of",
    "start of",
    "the middle of",
    "middle of",
    "the end of",
    "end of",
    "đầu",
    "giữa",
    "cuối",
    "awal",
    "pertengahan",
    "akhir",
    "hujung",
];

/// The seasons, in English and Vietnamese; which months they are depends on the
/// hemisphere, so a season is its year.
const SEASONS: [&str; 10] = ["spring", "summer", "autumn", "fall", "winter", "mùa xuân", "mùa hè", "mùa hạ", "mùa thu", "mùa đông"];

/// Reads a period in words, `exact` reading the dates inside it (a year, a month, a
/// day as the sheet writes them). None for text that names no period.
pub fn period(text: &str, exact: &dyn Fn(&str) -> Option<Date>) -> Option<Period> {
    let lower = text.trim().to_lowercase();
    // A date its source is unsure of, as catalogues mark one: "1776?", "[1776]",
    // "1776 (approx.)", "1776 (?)": the date meant, not known to be exact. One such
    // mark is read (text of many is read no deeper, whatever its length).
    let unsure = (lower.ends_with('?') && !lower.ends_with("(?)"))
        .then(|| lower.trim_end_matches('?'))
        .or_else(|| lower.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
        .or_else(|| UNSURE.iter().find_map(|w| lower.strip_suffix(w)))
        .map(str::trim);
    if let Some(date) = unsure.and_then(exact) {
        return Some(Period::at(date));
    }
    let lower = unsure.unwrap_or(&lower);
    if let Some(rest) = after_any(lower, &ABOUT) {
        return exact(rest).map(Period::at).or_else(|| named(rest, exact));
    }
    named(lower, exact).or_else(|| {
        // Two periods as one span ("1990s–2000s", "19th–20th century"): from the first's
        // start to the second's end; the first may share the second's last word.
        let (first, second) = BETWEEN.iter().find_map(|sep| lower.split_once(sep))?;
        let (first, second) = (first.trim(), second.trim());
        let end = named(second, exact)?.end;
        let shared = second.rsplit(' ').next().map(|last| format!("{first} {last}"));
        let start = named(first, exact).or_else(|| named(shared.as_deref()?, exact))?.start;
        (start.first_day() <= end.last_day()).then_some(Period { start, end })
    })
}

/// What follows a date its source is unsure of, in brackets.
const UNSURE: [&str; 6] = ["(?)", "(approx.)", "(approximately)", "(circa)", "(est.)", "(khoảng)"];

/// `text` without one of `words` and the space after it (a word ending in a dot or a
/// sign needs none: "c.1973", "~1973"); None if it starts with none of them.
fn after_any<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| {
        let rest = text.strip_prefix(w)?;
        let joined = w.ends_with(['.', '~']) || !w.is_ascii() || *w == "c" && rest.starts_with(|c: char| c.is_ascii_digit());
        match rest.strip_prefix([' ', '-']) {
            Some(rest) => Some(rest.trim_start()),
            None if joined && !rest.is_empty() => Some(rest),
            None => None,
        }
    })
}

#[inline(never)]
fn named(text: &str, exact: &dyn Fn(&str) -> Option<Date>) -> Option<Period> {
    if let Some(decade) = decade(text) {
        return Some(decade);
    }
    if let Some(century) = century(text) {
        return Some(century);
    }
    if let Some(quarter) = quarter_or_half(text) {
        return Some(quarter);
    }
    if let Some(period) = chinese(text) {
        return Some(period);
    }
    if let Some(rest) = after_any(text.strip_prefix("the ").unwrap_or(text), &PART) {
        // "early 2026", "late March 2025", "cuối năm 2025", "đầu tháng 3/2025".
        let rest = rest.strip_prefix("of ").or_else(|| rest.strip_prefix("the ")).unwrap_or(rest);
        return exact(rest).map(Period::at).or_else(|| decade(rest)).or_else(|| century(rest));
    }
    if let Some(rest) = after_any(text, &SEASONS) {
        let rest = rest.strip_prefix("of ").or_else(|| rest.strip_prefix("năm ")).unwrap_or(rest);
        return year(rest).map(|y| Period::at(Date::year(y)));
    }
    None
}

/// A year of four figures.
fn year(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// "1970s", "1970's", "the 1970s", "những năm 1970", "thập niên 1970", "1970年代",
/// "20世纪70年代", "1970-an", "tahun 1970-an" ("the 70s", whose century is not said, is not read).
fn decade(text: &str) -> Option<Period> {
    let text = text.strip_prefix("the ").unwrap_or(text);
    let original = text;
    // "20世纪70年代", "上世纪70年代": a century's decade, as Chinese writes it.
    if let Some(at) = text.strip_suffix("年代").and_then(|t| t.find("世纪")) {
        let (of, decade) = text[..text.len() - "年代".len()].split_at(at + "世纪".len());
        let century = century(of).filter(|c| c.start.year > 0)?;
        let d: i32 = decade.parse().ok().filter(|d| decade.len() == 2 && d % 10 == 0)?;
        let first = century.start.year - 1 + d;
        return Some(Period { start: Date::year(first), end: Date::year(first + 9) });
    }
    let (worded, text) = match ["những năm ", "thập niên ", "thập kỷ ", "tahun "].iter().find_map(|w| text.strip_prefix(w)) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    // Only these words say ten years whatever the year.
    let ten = ["thập niên ", "thập kỷ "].iter().any(|w| original.starts_with(w));
    let (ended, figures) = match ["'s", "’s", "年代", "-an", "s"].iter().find_map(|end| text.strip_suffix(end)) {
        Some(figures) => (true, figures),
        None => (false, text),
    };
    // A bare year ("1970") is a year: only words around it make it a decade.
    if !worded && !ended {
        return None;
    }
    let first = year(figures).filter(|y| y % 10 == 0)?;
    // "the 1800s" are the hundred years 1800–1899, as the words are read; "the 2000s"
    // are read as the ten years they name more often than the century.
    let years = if first % 100 == 0 && first < 2000 && !ten { 99 } else { 9 };
    Some(Period { start: Date::year(first), end: Date::year(first + years) })
}

/// A century: "19th century", "the 5th century BC", "thế kỷ 19", "thế kỷ XIX", "thế kỷ
/// 5 TCN", "19世纪", "公元前5世纪", "上世纪" ("the last century", the 20th as written in
/// this one), "abad ke-19", "19ஆம் நூற்றாண்டு". Its hundred years as counted from year
/// 1: the 19th century is 1801–1900, the 5th BC 500–401 BC.
fn century(text: &str) -> Option<Period> {
    let (text, before) = crate::import::csv::without_era(text).unwrap_or((text, false));
    let text = text.strip_prefix("the ").unwrap_or(text);
    // "5th c.": the century abbreviated, after an English ordinal only.
    let abbreviated = ["c.", "c"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .map(|n| n.trim_end())
        .filter(|n| ["st", "nd", "rd", "th"].iter().any(|o| n.ends_with(o)))
        .map(|n| n.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']));
    // After the number, its English ordinal's letters ("19th", "21st-century").
    let number = ["century", "世纪", "ஆம் நூற்றாண்டு", " நூற்றாண்டு"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .map(|n| n.trim_end_matches([' ', '-']).trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']))
        .or(abbreviated)
        .or_else(|| ["thế kỷ ", "thế kỉ ", "abad ke-", "abad ke ", "abad "].iter().find_map(|w| text.strip_prefix(w)))?;
    let n: i32 = match (number, number.parse()) {
        ("上", _) => 20,
        ("本", _) => 21,
        (_, Ok(n)) => n,
        (_, Err(_)) => roman(number)?,
    };
    if !(1..=100).contains(&n) {
        return None;
    }
    let (first, last) = if before { (1 - 100 * n, -100 * (n - 1)) } else { (100 * (n - 1) + 1, 100 * n) };
    Some(Period { start: Date::year(first), end: Date::year(last) })
}

/// A number in Roman numerals, as Vietnamese writes centuries (`XIX`), up to 100.
fn roman(text: &str) -> Option<i32> {
    let values: Vec<i32> = text
        .chars()
        .map(|c| ["i", "v", "x", "l", "c"].iter().zip([1, 5, 10, 50, 100]).find(|(r, _)| r.starts_with(c)).map(|(_, v)| v))
        .collect::<Option<_>>()?;
    let mut n = 0;
    for (i, v) in values.iter().enumerate() {
        n += if values.get(i + 1).is_some_and(|next| next > v) { -v } else { *v };
    }
    (!values.is_empty()).then_some(n)
}

/// "Q1 2025", "2025 Q1", "Q1/2025", "quý 1/2025", "quý I năm 2025", "H2 2025",
/// "first half of 2025", "nửa đầu năm 2025": the months of that quarter or half.
fn quarter_or_half(text: &str) -> Option<Period> {
    let spaced = text.replace(['/', ','], " ");
    let words: Vec<&str> = spaced.split_whitespace().filter(|w| !matches!(*w, "năm" | "of" | "the")).collect();
    let roman = |w: &str| ["i", "ii", "iii", "iv"].iter().position(|r| *r == w).map(|i| i as u8 + 1);
    let number = |w: &str| w.parse::<u8>().ok().or_else(|| roman(w));
    let (part, of, y) = match words.as_slice() {
        [q, y] | [y, q] if q.len() == 2 && (q.starts_with('q') || q.starts_with('h')) && year(y).is_some() => {
            (number(&q[1..])?, if q.starts_with('q') { 4 } else { 2 }, *y)
        }
        ["quý", n, y] | [y, "quý", n] => (number(n)?, 4, *y),
        [n, "quarter", y] => {
            (["1st", "2nd", "3rd", "4th"].iter().chain(&["first", "second", "third", "fourth"]).position(|w| w == n)? as u8 % 4 + 1, 4, *y)
        }
        ["first", "half", y] | ["nửa", "đầu", y] => (1, 2, *y),
        ["second", "half", y] | ["nửa", "cuối" | "sau", y] => (2, 2, *y),
        _ => return None,
    };
    let months = 12 / of;
    if part == 0 || part > of {
        return None;
    }
    let first = (part - 1) * months + 1;
    Some(Period::months(year(y)?, first, first + months - 1))
}

/// A year's part in Chinese: "2025年初" (early), "2025年中", "2025年底", "2025年末" (the
/// year); "2025年第一季度", "2025年第1季度", "2025年一季度" (a quarter); "2025年上半年",
/// "2025年下半年" (a half).
fn chinese(text: &str) -> Option<Period> {
    let (y, part) = text.split_once('年')?;
    let y = year(y.trim())?;
    let part = part.trim();
    if matches!(part, "初" | "中" | "底" | "末") {
        return Some(Period::at(Date::year(y)));
    }
    let (first, last) = match part {
        "上半年" => (1, 6),
        "下半年" => (7, 12),
        _ => {
            let n = part.strip_prefix('第').unwrap_or(part).strip_suffix("季度")?;
            let q = ["一", "二", "三", "四"].iter().position(|c| *c == n).map(|i| i as u8 + 1).or_else(|| n.parse().ok())?;
            if !(1..=4).contains(&q) {
                return None;
            }
            (q * 3 - 2, q * 3)
        }
    };
    Some(Period::months(y, first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date as a sheet whose days do not tell their order reads it.
    fn exact(text: &str) -> Option<Date> {
        crate::import::csv::sheet_date(text, crate::import::csv::DayOrder::Unknown).ok()
    }

    fn read(text: &str) -> Option<(String, String)> {
        period(text, &exact).map(|p| (p.start.iso(), p.end.iso()))
    }

    fn span_of(text: &str) -> Option<(String, String)> {
        span(text, &exact).map(|p| (p.start.iso(), p.end.iso()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_owned(), b.to_owned()))
    }

    #[test]
    fn about_a_date_is_that_date() {
        for text in [
            "c. 1973",
            "c.1973",
            "c1973",
            "c 1973",
            "ca. 1973",
            "circa 1973",
            "~1973",
            "about 1973",
            "khoảng năm 1973",
            "Khoảng 1973",
            "约1973年3月",
        ] {
            let want = if text.contains('月') { pair("1973-03", "1973-03") } else { pair("1973", "1973") };
            assert_eq!(read(text), want, "{text}");
        }
        assert_eq!(read("c. March 1973"), pair("1973-03", "1973-03"));
        assert_eq!(read("circa 12 March 1973"), pair("1973-03-12", "1973-03-12"));
    }

    #[test]
    fn a_date_its_source_is_unsure_of_is_that_date() {
        for text in ["1776?", "1776 ?", "[1776]", "1776 (approx.)", "1776 (?)", "[c. 1776]", "1776 (khoảng)"] {
            assert_eq!(read(text), pair("1776", "1776"), "{text}");
        }
        assert_eq!(read("[July 1776]"), pair("1776-07", "1776-07"));
        assert_eq!(read("1770s?"), pair("1770", "1779"));
        assert_eq!(read("[?]"), None);
        assert_eq!(read("?"), None);
        // Marks upon marks are read no deeper than one: no depth for a long text to fill.
        assert_eq!(read(&format!("{}1776{}", "[".repeat(100_000), "]".repeat(100_000))), None);
        assert_eq!(read(&format!("1776{}", "?".repeat(100_000))), pair("1776", "1776"));
    }

    #[test]
    fn a_century_runs_its_hundred_years() {
        for text in [
            "19th century",
            "the 19th century",
            "19th-century",
            "thế kỷ 19",
            "Thế kỉ XIX",
            "19世纪",
            "abad ke-19",
            "19ஆம் நூற்றாண்டு",
            "XIX century",
        ] {
            assert_eq!(read(text), pair("1801", "1900"), "{text}");
        }
        for text in ["5th century BC", "the 5th century BCE", "thế kỷ 5 TCN", "thế kỷ V TCN", "公元前5世纪", "5th c. BC", "5th c BCE"]
        {
            assert_eq!(read(text), pair("-0499", "-0400"), "{text}");
        }
        assert_eq!(read("1st century AD"), pair("0001", "0100"));
        assert_eq!(read("21st century"), pair("2001", "2100"));
        // Its part, or about it: the century the words name.
        for text in ["early 20th century", "the end of the 20th century", "đầu thế kỷ XX", "c. 20th century"] {
            assert_eq!(read(text), pair("1901", "2000"), "{text}");
        }
        for text in ["0th century", "century", "thế kỷ", "thế kỷ ABC", "first century", "101st century", "5 c.", "c."] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_span_of_years_before_year_1_shares_its_era() {
        assert_eq!(span_of("221–206 BC"), pair("-0220", "-0205"));
        assert_eq!(span_of("221 BC – 206 BC"), pair("-0220", "-0205"));
        assert_eq!(span_of("202 BC – AD 220"), pair("-0201", "0220"));
        assert_eq!(span_of("776–700 TCN"), pair("-0775", "-0699"));
        // Days before a month keep their reading; years after year 1 theirs.
        assert_eq!(span_of("12–14 March 2025"), pair("2025-03-12", "2025-03-14"));
        assert_eq!(span_of("1945–1991"), pair("1945", "1991"));
        // The end's year in two figures, in the start's century.
        assert_eq!(span_of("1861–65"), pair("1861", "1865"));
        assert_eq!(span_of("1998–03"), None, "not before its start");
        // An era that would put the start after the end is no span.
        assert_eq!(span_of("206–221 BC"), None);
        assert_eq!(span_of("between 1770 and 1775"), pair("1770", "1775"));
        assert_eq!(span_of("giữa năm 1770 và năm 1775"), pair("1770", "1775"));
        assert_eq!(span_of("between 1775 and 1770"), None);
    }

    #[test]
    fn a_decade_runs_its_ten_years() {
        for text in ["1970s", "1970's", "the 1970s", "những năm 1970", "Thập niên 1970", "1970年代", "tahun 1970-an"] {
            assert_eq!(read(text), pair("1970", "1979"), "{text}");
        }
        assert_eq!(read("c. 1970s"), pair("1970", "1979"));
        assert_eq!(read("20世纪70年代"), pair("1970", "1979"));
        assert_eq!(read("19世纪00年代"), pair("1800", "1809"));
        assert_eq!(read("20世纪75年代"), None);
        assert_eq!(read("上世纪70年代"), pair("1970", "1979"));
        assert_eq!(read("本世纪10年代"), pair("2010", "2019"));
        assert_eq!(read("公元前5世纪10年代"), None, "no decades counted back");
        assert_eq!(read("2000000000世纪70年代"), None, "no century past the 100th");
        for text in ["mid-1770s", "the late 1770s", "early 1770s", "cuối những năm 1770"] {
            assert_eq!(read(text), pair("1770", "1779"), "{text}");
        }
        // A year, or a year not at a decade's start, is no decade.
        assert_eq!(read("1970"), None);
        assert_eq!(read("1975s"), None);
    }

    #[test]
    fn the_hundreds_before_2000_are_their_hundred_years() {
        for text in ["1800s", "the 1800's", "những năm 1800", "1800年代", "tahun 1800-an", "mid-1800s"] {
            assert_eq!(read(text), pair("1800", "1899"), "{text}");
        }
        assert_eq!(read("early 1900s"), pair("1900", "1999"));
        // Words that say a decade keep it one, and the 2000s are read as their ten years.
        assert_eq!(read("thập niên 1800"), pair("1800", "1809"));
        assert_eq!(read("2000s"), pair("2000", "2009"));
        assert_eq!(read("1810s"), pair("1810", "1819"));
    }

    #[test]
    fn quarters_and_halves_are_their_months() {
        for text in ["Q1 2025", "q1/2025", "2025 Q1", "quý 1/2025", "Quý I năm 2025", "năm 2025 quý 1"] {
            assert_eq!(read(text), pair("2025-01", "2025-03"), "{text}");
        }
        assert_eq!(read("Q4 2025"), pair("2025-10", "2025-12"));
        assert_eq!(read("1st quarter 2001"), pair("2001-01", "2001-03"));
        assert_eq!(read("the third quarter of 2001"), pair("2001-07", "2001-09"));
        assert_eq!(read("5th quarter 2001"), None);
        assert_eq!(read("H2 2025"), pair("2025-07", "2025-12"));
        assert_eq!(read("first half of 2025"), pair("2025-01", "2025-06"));
        assert_eq!(read("nửa cuối năm 2025"), pair("2025-07", "2025-12"));
        assert_eq!(read("2025年第一季度"), pair("2025-01", "2025-03"));
        assert_eq!(read("2025年第4季度"), pair("2025-10", "2025-12"));
        assert_eq!(read("2025年下半年"), pair("2025-07", "2025-12"));
        assert_eq!(read("2025年第五季度"), None);
        assert_eq!(read("Q5 2025"), None);
        assert_eq!(read("Q0 2025"), None);
    }

    #[test]
    fn the_start_middle_or_end_of_a_year_or_month_is_that_year_or_month() {
        for (text, want) in [
            ("early 2026", "2026"),
            ("mid-2025", "2025"),
            ("late 2025", "2025"),
            ("end of 2025", "2025"),
            ("the beginning of 2025", "2025"),
            ("late March 2025", "2025-03"),
            ("Đầu năm 2026", "2026"),
            ("cuối năm 2025", "2025"),
            ("giữa tháng 3/2025", "2025-03"),
            ("cuối tháng 3 năm 2025", "2025-03"),
            ("awal 2025", "2025"),
            ("pertengahan 2025", "2025"),
            ("hujung Mac 2025", "2025-03"),
            ("2025年底", "2025"),
            ("2026年初", "2026"),
            ("Spring 2025", "2025"),
            ("mùa thu năm 2025", "2025"),
        ] {
            assert_eq!(read(text), pair(want, want), "{text}");
        }
    }

    fn two(text: &str) -> Option<(String, String)> {
        let exact = |t: &str| crate::import::csv::sheet_date(t, crate::import::csv::DayOrder::DayFirst).ok();
        span(text, &exact).map(|p| (p.start.iso(), p.end.iso()))
    }

    #[test]
    fn a_span_in_one_cell_is_its_two_dates() {
        for text in [
            "12 March 2025 – 14 March 2025",
            "2025-03-12 - 2025-03-14",
            "2025-03-12/2025-03-14",
            "12/3/2025–14/3/2025",
            "12–14/3/2025",
            "12–14 March 2025",
            "March 12–14, 2025",
            "March 12, 2025 → March 14, 2025",
            "12/3/2025 to 14/3/2025",
            "từ 12/3/2025 đến 14/3/2025",
            "2025年3月12日至2025年3月14日",
        ] {
            assert_eq!(two(text), pair("2025-03-12", "2025-03-14"), "{text}");
        }
        assert_eq!(two("2013 – 2025"), pair("2013", "2025"));
        assert_eq!(two("2001-2002"), pair("2001", "2002"), "two years with a bare hyphen");
        // The first end without the year the second ends with.
        assert_eq!(two("13 Mar – 2 Apr 2025"), pair("2025-03-13", "2025-04-02"));
        for text in ["Jan–Mar 2001", "January to March 2001"] {
            assert_eq!(two(text), pair("2001-01", "2001-03"), "{text}");
        }
        assert_eq!(two("March 2025 - May 2025"), pair("2025-03", "2025-05"));
        // An end before the start, a day that does not exist, or one side that is no
        // date: no span.
        for text in ["14 March 2025 – 12 March 2025", "31–30/4/2025", "32–14/3/2025", "soon – 2025", "2025-03-12", "12/3/2025", "2025/03"]
        {
            assert_eq!(two(text), None, "{text}");
        }
    }

    #[test]
    fn two_periods_are_one_from_the_first_start_to_the_second_end() {
        assert_eq!(read("1990s–2000s"), pair("1990", "2009"));
        assert_eq!(read("19th–20th century"), pair("1801", "2000"));
        assert_eq!(read("early 1990s – late 2000s"), pair("1990", "2009"));
        assert_eq!(read("2000s–1990s"), None, "not backwards");
        assert_eq!(read("1990s – soon"), None);
    }

    #[test]
    fn other_text_names_no_period() {
        for text in ["", "soon", "c.", "early", "late last year", "about time", "2025", "Q1", "đầu", "1st August 1973x"] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
