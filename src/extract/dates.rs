//! Date expressions in Vietnamese and English news text, found over tokens.
//!
//! Vietnamese: `Ngày 12/3`, `Trưa 12/3`, `Chiều 30-1`, `ngày 11 đến ngày 13/3/2025`,
//! `tháng 10/2024`, `tháng 10 năm 2024`, `(10-2025)`, `năm 2013`, `(năm 2023)`,
//! `giai đoạn 2025-2030`, `vào năm 2050`. English: `12 March 2025`, `March 12, 2025`,
//! `March 11-13, 2025`, `11–13 March 2025`, `in October 2024`, `in 2013`, `by 2050`,
//! `2025–2030`. A day and month without a year is found with `year: None`, for the
//! caller to infer.

/// A piece of text: a number, a word (lowercased) or a punctuation mark.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num { value: u32, digits: usize },
    Word(String),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut value: u64 = u64::from(c as u8 - b'0');
            let mut digits = 1;
            while let Some((j, d)) = chars.peek().copied() {
                if !d.is_ascii_digit() {
                    break;
                }
                value = (value * 10 + u64::from(d as u8 - b'0')).min(u64::from(u32::MAX));
                digits += 1;
                end = j + 1;
                chars.next();
            }
            out.push(Token { tok: Tok::Num { value: value as u32, digits }, start: i, end });
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            let mut word: String = c.to_lowercase().collect();
            while let Some((j, d)) = chars.peek().copied() {
                if !d.is_alphabetic() {
                    break;
                }
                word.extend(d.to_lowercase());
                end = j + d.len_utf8();
                chars.next();
            }
            out.push(Token { tok: Tok::Word(word), start: i, end });
        } else if !c.is_whitespace() {
            out.push(Token { tok: Tok::Punct(c), start: i, end: i + c.len_utf8() });
        }
    }
    out
}

/// A date found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub day: Option<u8>,
    pub month: Option<u8>,
    /// `None` when the text leaves it out ("12/3").
    pub year: Option<i32>,
    /// The last day, month and year of a span ("11 đến 13/3", "2025-2030").
    pub end: Option<(Option<u8>, Option<u8>, Option<i32>)>,
    /// Byte range of the expression in the text it was found in.
    pub start: usize,
    pub stop: usize,
}

const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

fn month_word(w: &str) -> Option<u8> {
    MONTHS.iter().position(|m| *m == w || (w.len() == 3 && m.starts_with(w) && w != "may") || (w == "sept")).map(|i| i as u8 + 1)
}

/// Words that announce a day written as `30-1` (a bare `30-1` could be anything).
const DAY_CUES: [&str; 9] = ["ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "rạng", "khuya"];

fn num(t: Option<&Token>) -> Option<(u32, usize)> {
    match t.map(|t| &t.tok) {
        Some(Tok::Num { value, digits }) => Some((*value, *digits)),
        _ => None,
    }
}

fn word(t: Option<&Token>) -> Option<&str> {
    match t.map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    }
}

fn punct(t: Option<&Token>, set: &[char]) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Punct(c)) if set.contains(c))
}

fn day(v: (u32, usize)) -> Option<u8> {
    (v.1 <= 2 && (1..=31).contains(&v.0)).then_some(v.0 as u8)
}

fn month(v: (u32, usize)) -> Option<u8> {
    (v.1 <= 2 && (1..=12).contains(&v.0)).then_some(v.0 as u8)
}

fn year(v: (u32, usize)) -> Option<i32> {
    (v.1 == 4 && (1000..=2999).contains(&v.0)).then_some(v.0 as i32)
}

const DASHES: [char; 3] = ['-', '–', '—'];

/// Every date expression in `text`, left to right, not overlapping.
pub fn find(text: &str) -> Vec<Mention> {
    let t = tokens(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match match_at(&t, i) {
            Some((mut m, next)) => {
                m.start = t[i].start;
                m.stop = t[next - 1].end;
                out.push(m);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

fn mention(day: Option<u8>, month: Option<u8>, year: Option<i32>) -> Mention {
    Mention { day, month, year, end: None, start: 0, stop: 0 }
}

/// The longest date expression starting at token `i`, and the token after it.
fn match_at(t: &[Token], i: usize) -> Option<(Mention, usize)> {
    let at = |k: usize| t.get(k);
    // "ngày 11 đến ngày 13/3/2025", "từ 11 đến 13/3"
    if let Some(w) = word(at(i)) {
        let d1_at = if w == "ngày" { i + 1 } else { usize::MAX };
        if let Some(d1) = num(at(d1_at)).and_then(day) {
            let mut k = d1_at + 1;
            if matches!(word(at(k)), Some("đến" | "tới")) || punct(at(k), &DASHES) {
                k += 1;
                if word(at(k)) == Some("ngày") {
                    k += 1;
                }
                if let (Some(d2), true, Some(m)) = (num(at(k)).and_then(day), punct(at(k + 1), &['/']), num(at(k + 2)).and_then(month)) {
                    let mut next = k + 3;
                    let mut y = None;
                    if punct(at(next), &['/']) {
                        if let Some(yy) = num(at(next + 1)).and_then(year) {
                            y = Some(yy);
                            next += 2;
                        }
                    }
                    if d2 > d1 {
                        let mut m1 = mention(Some(d1), Some(m), y);
                        m1.end = Some((Some(d2), Some(m), y));
                        return Some((m1, next));
                    }
                }
            }
        }
    }
    // "tháng 10/2024", "tháng 10-2024", "tháng 10 năm 2024"
    if word(at(i)) == Some("tháng") {
        if let Some(m) = num(at(i + 1)).and_then(month) {
            if punct(at(i + 2), &['/', '-']) {
                if let Some(y) = num(at(i + 3)).and_then(year) {
                    return Some((mention(None, Some(m), Some(y)), i + 4));
                }
            }
            if word(at(i + 2)) == Some("năm") {
                if let Some(y) = num(at(i + 3)).and_then(year) {
                    return Some((mention(None, Some(m), Some(y)), i + 4));
                }
            }
        }
    }
    // "(10-2025)"
    if punct(at(i), &['(']) {
        if let (Some(m), true, Some(y), true) =
            (num(at(i + 1)).and_then(month), punct(at(i + 2), &['-', '/']), num(at(i + 3)).and_then(year), punct(at(i + 4), &[')']))
        {
            return Some((mention(None, Some(m), Some(y)), i + 5));
        }
    }
    // "năm 2013", "vào năm 2050"; "in 2013", "by 2050"
    if matches!(word(at(i)), Some("năm" | "in" | "by" | "since" | "until" | "from")) {
        if let Some(y) = num(at(i + 1)).and_then(year) {
            if let Some(m) = year_span(t, i + 1) {
                return Some(m);
            }
            return Some((mention(None, None, Some(y)), i + 2));
        }
    }
    if let Some(m) = year_span(t, i) {
        return Some(m);
    }
    // "12/3", "13/3/2025"
    if let (Some(d), true, Some(m)) = (num(at(i)).and_then(day), punct(at(i + 1), &['/']), num(at(i + 2)).and_then(month)) {
        // Not part of a longer number pattern ("248/CĐ", "1/2/3/4").
        let before_ok = !punct(at(i.wrapping_sub(1)), &['/']);
        if before_ok {
            if punct(at(i + 3), &['/']) {
                if let Some(y) = num(at(i + 4)).and_then(year) {
                    return Some((mention(Some(d), Some(m), Some(y)), i + 5));
                }
            }
            if !punct(at(i + 3), &['/']) || num(at(i + 4)).is_none() {
                return Some((mention(Some(d), Some(m), None), i + 3));
            }
        }
    }
    // "Chiều 30-1", "ngày 30-1-2026"
    if word(at(i)).is_some_and(|w| DAY_CUES.contains(&w)) {
        if let (Some(d), true, Some(m)) = (num(at(i + 1)).and_then(day), punct(at(i + 2), &['-']), num(at(i + 3)).and_then(month)) {
            if punct(at(i + 4), &['-']) {
                if let Some(y) = num(at(i + 5)).and_then(year) {
                    return Some((mention(Some(d), Some(m), Some(y)), i + 6));
                }
            }
            return Some((mention(Some(d), Some(m), None), i + 4));
        }
    }
    // English: "11–13 March 2025", "12 March 2025", "12 March"
    if let Some(d1) = num(at(i)).and_then(day) {
        if punct(at(i + 1), &DASHES) {
            if let (Some(d2), Some(m)) = (num(at(i + 2)).and_then(day), word(at(i + 3)).and_then(month_word)) {
                let y = num(at(i + 4)).and_then(year);
                let mut m1 = mention(Some(d1), Some(m), y);
                m1.end = Some((Some(d2), Some(m), y));
                return Some((m1, i + 4 + usize::from(y.is_some())));
            }
        }
        if let Some(m) = word(at(i + 1)).and_then(month_word) {
            let y = num(at(i + 2)).and_then(year);
            return Some((mention(Some(d1), Some(m), y), i + 2 + usize::from(y.is_some())));
        }
    }
    // English: "March 11-13, 2025", "March 12, 2025", "October 2024", "March 12"
    if let Some(m) = word(at(i)).and_then(month_word) {
        if let Some(d1) = num(at(i + 1)).and_then(day) {
            let (end, mut k) = if punct(at(i + 2), &DASHES) {
                match num(at(i + 3)).and_then(day) {
                    Some(d2) => (Some(d2), i + 4),
                    None => (None, i + 2),
                }
            } else {
                (None, i + 2)
            };
            let comma = punct(at(k), &[',']);
            let y = num(at(k + usize::from(comma))).and_then(year);
            if y.is_some() {
                k += 1 + usize::from(comma);
            }
            let mut m1 = mention(Some(d1), Some(m), y);
            if let Some(d2) = end {
                m1.end = Some((Some(d2), Some(m), y));
            }
            return Some((m1, k));
        }
        if let Some(y) = num(at(i + 1)).and_then(year) {
            return Some((mention(None, Some(m), Some(y)), i + 2));
        }
    }
    None
}

/// "2025-2030", "2021 – 2025": a span of years.
fn year_span(t: &[Token], i: usize) -> Option<(Mention, usize)> {
    let y1 = num(t.get(i)).and_then(year)?;
    if !punct(t.get(i + 1), &DASHES) {
        return None;
    }
    let y2 = num(t.get(i + 2)).and_then(year)?;
    if y2 <= y1 || y2 - y1 > 100 {
        return None;
    }
    let mut m = mention(None, None, Some(y1));
    m.end = Some((None, None, Some(y2)));
    Some((m, i + 3))
}

/// The date line some article texts start with: `date 2026-01-30`.
pub fn article_date(text: &str) -> Option<crate::date::Date> {
    let head: String = text.chars().take(200).collect();
    let at = head.find("date ")?;
    let rest = head[at + 5..].trim_start();
    let iso: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
    crate::date::Date::parse(&iso).ok().filter(|d| d.day.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Mention {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn ymd(m: &Mention) -> (Option<i32>, Option<u8>, Option<u8>) {
        (m.year, m.month, m.day)
    }

    #[test]
    fn vietnamese_days() {
        for text in ["Ngày 12/3, hai bên hội đàm", "Trưa 12/3, ngay sau hội đàm"] {
            assert_eq!(ymd(&one(text)), (None, Some(3), Some(12)), "{text}");
        }
        let m = one("Chiều 30-1, tại Trụ sở");
        assert_eq!(ymd(&m), (None, Some(1), Some(30)));
        assert_eq!(&"Chiều 30-1, tại Trụ sở"[m.start..m.stop], "Chiều 30-1");
        assert_eq!(ymd(&one("ngày 1/1/2026 tại Hà Nội")), (Some(2026), Some(1), Some(1)));
    }

    #[test]
    fn vietnamese_spans() {
        let m = one("đã thăm chính thức Singapore từ ngày 11 đến ngày 13/3/2025.");
        assert_eq!(ymd(&m), (Some(2025), Some(3), Some(11)));
        assert_eq!(m.end, Some((Some(13), Some(3), Some(2025))));
        let m = one("triển khai Chương trình Hành động giai đoạn 2025-2030");
        assert_eq!((m.year, m.end), (Some(2025), Some((None, None, Some(2030)))));
        let m = one("Chương trình Hành động 2025-2030,");
        assert_eq!(m.end.and_then(|e| e.2), Some(2030));
    }

    #[test]
    fn vietnamese_months_and_years() {
        assert_eq!(ymd(&one("(ký tháng 10/2024)")), (Some(2024), Some(10), None));
        assert_eq!(ymd(&one("tháng 10 năm 2024")), (Some(2024), Some(10), None));
        assert_eq!(ymd(&one("Việt Nam - Singapore (10-2025), đề ra")), (Some(2025), Some(10), None));
        assert_eq!(ymd(&one("Đối tác Chiến lược (năm 2013)")), (Some(2013), None, None));
        assert_eq!(ymd(&one("thiết lập quan hệ ngoại giao năm 1973")), (Some(1973), None, None));
        assert_eq!(ymd(&one("phát thải ròng bằng “0” vào năm 2050")), (Some(2050), None, None));
        assert_eq!(ymd(&one("phối hợp chặt chẽ trong năm 2027 khi")), (Some(2027), None, None));
    }

    #[test]
    fn english_forms() {
        assert_eq!(ymd(&one("upgraded on 12 March 2025 in Singapore")), (Some(2025), Some(3), Some(12)));
        assert_eq!(ymd(&one("on March 12, 2025, the two")), (Some(2025), Some(3), Some(12)));
        let m = one("visited Singapore on March 11-13, 2025.");
        assert_eq!((ymd(&m), m.end), ((Some(2025), Some(3), Some(11)), Some((Some(13), Some(3), Some(2025)))));
        let m = one("a visit on 11–13 March 2025");
        assert_eq!(m.end, Some((Some(13), Some(3), Some(2025))));
        assert_eq!(ymd(&one("signed in October 2024")), (Some(2024), Some(10), None));
        assert_eq!(ymd(&one("established in 2013")), (Some(2013), None, None));
        assert_eq!(ymd(&one("net zero by 2050")), (Some(2050), None, None));
        assert_eq!(ymd(&one("On 26 March, the leaders met")), (None, Some(3), Some(26)));
        assert_eq!(one("the 2025–2030 programme").end.and_then(|e| e.2), Some(2030));
    }

    #[test]
    fn numbers_that_are_not_dates() {
        for text in [
            "Công điện số 248/CĐ-TTg",
            "hơn 50 năm quan hệ",
            "4.400 dự án trị giá 90 tỉ USD",
            "Nghị quyết số 418/NQ-CP",
            "30 khu công nghiệp",
            "tỷ lệ 3/4/5",
            "May I?",
        ] {
            assert!(find(text).is_empty(), "{text}: {:?}", find(text));
        }
    }

    #[test]
    fn the_article_date_line() {
        assert_eq!(article_date(" date 2026-01-30 Chiều 30-1, tại"), Some(crate::date::Date::day(2026, 1, 30)));
        assert_eq!(article_date("Không có dòng ngày"), None);
    }
}
