//! Phrases the widget, the static fragment and the command line all say, each built
//! in one place: where a problem is and what it is, an event's "when", a source's
//! citation line, and a link that may be shown.

use crate::date::Date;
use crate::i18n::Strings;
use crate::model::{Event, Source};
use crate::problem::Problem;

/// `LINE:COL`, where a problem is in the file.
pub fn location(p: &Problem) -> String {
    let mut out = crate::i18n::number(p.pos.line as usize);
    out.push(':');
    out.push_str(&crate::i18n::number(p.pos.col as usize));
    out
}

/// `message (path)`: what a problem is, and in which part of the data (a
/// spreadsheet's row in the reader's words: see [`Strings::place`]).
pub fn problem_message(p: &Problem, s: &Strings) -> String {
    let mut out = s.problem(&p.kind);
    if !p.path.is_empty() {
        out.push_str(" (");
        #[cfg(feature = "importers")]
        out.push_str(&s.place(&p.path));
        #[cfg(not(feature = "importers"))]
        out.push_str(&p.path);
        out.push(')');
    }
    out
}

/// `LINE:COL: error: message (path)`: a problem as the widget lists it, worded as
/// `validate` words it (which puts the file name in front).
pub fn problem_line(p: &Problem, s: &Strings) -> String {
    let mut out = location(p);
    out.push_str(": ");
    out.push_str(if p.is_error() { s.error_word } else { s.warning_word });
    out.push_str(": ");
    out.push_str(&problem_message(p, s));
    out
}

/// The outcome of reading the data in numbers ("18 of 21 events shown · 3 left out
/// · 2 warnings"), for the notice and the console.
pub fn outcome(shown: usize, given: usize, problems: &[Problem], s: &Strings) -> String {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    s.outcome(shown, given.max(shown), errors, problems.len() - errors)
}

/// When an event happened, as shown: the data's own wording, else its dates.
pub fn when(event: &Event, lang: &str, s: &Strings) -> String {
    match &event.display_date {
        Some(d) => capped(d.get(lang), room::NAME).into_owned(),
        None => s.when(&event.date, event.end.as_ref()),
    }
}

/// When an event happened, as its card on the track says it: the data's own wording,
/// else its dates, a day with a time of day in short (see [`Strings::card_when`]); in
/// the pieces the card may put on two lines ([`Strings::card_when_parts`]).
///
/// Times that would take the date past two lines of the card (a span over two days
/// with times and their UTC offsets, or in the longer words of Tamil) are left to the
/// details: the card says the days, and keeps the date whole for the list and print.
pub fn card_when(event: &Event, lang: &str, s: &Strings) -> CardWhen {
    if let Some(d) = &event.display_date {
        return CardWhen { parts: vec![capped(d.get(lang), room::NAME).into_owned()], whole: None };
    }
    let parts = s.card_when_parts(&event.date, event.end.as_ref());
    if event.date.time.is_none() || card_lines(&parts) <= 2 {
        return CardWhen { parts, whole: None };
    }
    let day = |d: &Date| Date { time: None, ..*d };
    CardWhen { parts: s.card_when_parts(&day(&event.date), event.end.as_ref().map(day).as_ref()), whole: Some(joined(&parts)) }
}

/// A card's date (see [`card_when`]).
pub struct CardWhen {
    /// What the card on the track says, in the pieces it may put on two lines.
    pub parts: Vec<String>,
    /// The date with its times where `parts` leaves them out: the list and print,
    /// which have the room, say it whole.
    pub whole: Option<String>,
}

/// The parts one after the other (the standard library's `concat` brings a routine of
/// its own into the wasm build).
pub fn joined<S: AsRef<str>>(parts: &[S]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part.as_ref());
    }
    out
}

/// Width of the text in a card on the track, in pixels: 168 less its 4 px edge and 8 px
/// padding each side, less one for rounding (kept in step with `widget.css`).
const CARD_TEXT_PX: u32 = 147;

/// Size of the card's date line, in pixels (`.rt-when`: 0.75 of 16).
const CARD_WHEN_PX: u32 = 12;

/// Whether a card's date (its `parts` one after the other) fits on one line, by the
/// widths of a wide sans-serif's characters in hundredths of an em (DejaVu Sans, whose
/// figures are wider than most system fonts'): an estimate that errs toward two lines,
/// which cost the title its second line, rather than toward a date cut short.
pub fn fits_card_line(parts: &[String]) -> bool {
    parts.iter().map(|p| width(p)).sum::<u32>() <= LINE
}

/// A card's line in the units of [`width`].
const LINE: u32 = CARD_TEXT_PX * 100 / CARD_WHEN_PX;

/// How many lines of a card a date in `parts` takes: broken between its parts when each
/// fits a line (as the card draws them), else between words, as text wraps.
pub fn card_lines(parts: &[String]) -> u32 {
    let whole = parts.iter().all(|p| width(p) <= LINE);
    let (mut lines, mut used) = (1, 0);
    let mut place = |piece: &str| {
        // A space at the end of a line takes no room.
        let (all, shown) = (width(piece), width(piece.trim_end()));
        if used > 0 && used + shown > LINE {
            lines += 1;
            used = 0;
        }
        // A piece wider than a line by itself breaks anywhere.
        let more = shown.saturating_sub(1) / LINE;
        lines += more;
        used = if more > 0 { shown - more * LINE } else { used + all };
    };
    for part in parts {
        let mut rest = part.as_str();
        while !rest.is_empty() {
            let end = if whole { rest.len() } else { rest.bytes().position(|b| b == b' ').map_or(rest.len(), |i| i + 1) };
            place(&rest[..end]);
            rest = &rest[end..];
        }
    }
    lines
}

/// The width of `text` in hundredths of an em, by the widths of a wide sans-serif's
/// characters (see [`fits_card_line`]).
fn width(text: &str) -> u32 {
    let mut em = 0;
    for c in text.chars() {
        em += match c {
            ' ' | ',' | '.' => 32,
            ':' | '/' => 34,
            '–' => 50,
            'a'..='z' => 58,
            'A'..='Z' => 72,
            // Combining marks: drawn over the letter before.
            '\u{300}'..='\u{36f}' => 0,
            // Han, kana, Hangul and full-width forms: a square each.
            '\u{2e80}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{ff00}'..='\u{ffef}' => 100,
            // Figures (0.64) and the rest.
            _ => 64,
        };
    }
    em
}

/// What follows a quote's source title: ` · publisher · date` (empty without a date).
pub fn citation_tail(source: &Source, s: &Strings) -> String {
    let mut out = String::new();
    if let Some(date) = &source.published {
        out.push_str(" · ");
        if let Some(publisher) = &source.publisher {
            out.push_str(publisher);
            out.push_str(" · ");
        }
        out.push_str(&s.date(date));
    }
    out
}

/// The link to write for `url`, if it may be shown (http, https or mailto): the very
/// text that passed the check, so what is checked is what is written.
pub fn safe_link(url: &str) -> Option<&str> {
    crate::parse::is_safe_url(url).then_some(url)
}

/// Most characters of a text field laid out at once, by where it is shown: a title of
/// 100,000 letters must not hold the page while the browser looks for places to break
/// it. What is cut ends with "…"; the details offer the whole summary on demand.
pub mod room {
    /// A card's title (it shows two lines).
    pub const CARD: usize = 160;
    /// Names: tiers, pillars, parties, the timeline's title.
    pub const NAME: usize = 200;
    /// The open event's title, place, people, and each quote and note.
    pub const LINE: usize = 600;
    /// The open event's summary before "show the full text".
    pub const SUMMARY: usize = 4_000;
}

/// `text`, or its first `max` characters and "…" when it is longer.
pub fn capped(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => {
            let mut out = String::with_capacity(at + 3);
            out.push_str(&text[..at]);
            out.push('…');
            std::borrow::Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::json::Pos;
    use crate::problem::ProblemKind;

    #[test]
    fn a_problem_says_where_and_what() {
        let p = Problem::error("events[3].to", Pos { line: 12, col: 7 }, ProblemKind::NoEvents);
        let line = problem_line(&p, Lang::En.strings());
        assert!(line.starts_with("12:7: "), "{line}");
        assert!(line.ends_with(" (events[3].to)"), "{line}");
        let bare = Problem::error("", Pos { line: 1, col: 1 }, ProblemKind::NoEvents);
        assert!(!problem_line(&bare, Lang::Vi.strings()).contains('('));
    }

    #[cfg(feature = "importers")]
    #[test]
    fn a_spreadsheet_row_is_said_in_the_readers_language_and_its_column_as_the_sheet_names_it() {
        let at = |path: &str| Problem::warning(path, Pos { line: 4, col: 1 }, ProblemKind::NoCitation);
        let said = |path: &str, lang: Lang| problem_line(&at(path), lang.strings());
        assert!(said("row 4, Ngày", Lang::Vi).ends_with(" (dòng 4, Ngày)"), "{}", said("row 4, Ngày", Lang::Vi));
        assert!(said("row 12", Lang::ZhHans).ends_with(" (第 12 行)"), "{}", said("row 12", Lang::ZhHans));
        assert!(said("row 4, date", Lang::Ms).ends_with(" (baris 4, date)"));
        assert!(said("row 4, date", Lang::En).ends_with(" (row 4, date)"));
        // A place in JSON, or a path that only starts like a row, is kept as it is.
        assert!(said("events[3].date", Lang::Vi).ends_with(" (events[3].date)"));
        assert!(said("row one", Lang::Vi).ends_with(" (row one)"));
    }

    #[test]
    fn a_card_date_wider_than_the_card_is_told_apart() {
        // Measured in Chromium with DejaVu Sans at 12 px, against 147 px of card: the
        // first three fit (125, 144 and 146 px), the rest do not (166 to 221 px).
        for fits in ["5 Nov 2024, 8:30 PM", "13/3/2025, 21:15–23:40", "2013年3月 – 2025年12月"] {
            assert!(fits_card_line(&[fits.to_owned()]), "{fits}");
        }
        for wide in
            ["5 Nov 2024, 9:15–11:40 PM", "March 2013 – December 2025", "28 tháng 2, 2025 – 2 tháng 3, 2025", "2024年11月5日 21:15–23:40"]
        {
            assert!(!fits_card_line(&[wide.to_owned()]), "{wide}");
        }
    }

    #[test]
    fn a_date_past_two_lines_of_a_card_leaves_its_times_to_the_details() {
        use crate::model::Event;
        let event = |date: &str, end: &str| {
            let text = format!(
                r#"{{"format":"relationship-timeline/1","id":"t","title":"T","events":[{{"id":"e","date":"{date}","end":"{end}","kind":"talks","title":"T"}}]}}"#
            );
            crate::parse::parse(&text).timeline.events.remove(0)
        };
        let said = |lang: Lang, e: &Event| card_when(e, "", lang.strings()).parts.concat();
        // Over two days with times: two lines in English, kept.
        let night = event("2024-11-05T21:15", "2024-11-06T01:00");
        assert_eq!(said(Lang::En, &night), "5 Nov 2024, 9:15 PM – 6 Nov 2024, 1:00 AM");
        // Measured in Chromium (Lohit Tamil, 12 px): 65, 86, 65 and 79 px, three lines
        // of 147; the card says the days.
        let ta = card_when(&night, "", Lang::Ta.strings());
        assert!(card_lines(&ta.parts) <= 2 && !ta.parts.concat().contains(':'), "{:?}", ta.parts);
        assert_eq!(ta.whole.as_deref(), Some("5/11/2024, பிற்பகல் 9:15 – 6/11/2024, முற்பகல் 1:00"));
        assert!(card_lines(&Lang::Ta.strings().card_when_parts(&night.date, night.end.as_ref())) > 2);
        // With their UTC offsets, in English too.
        let offsets = event("2024-11-05T21:15+07:00", "2024-11-06T01:00+07:00");
        let en = card_when(&offsets, "", Lang::En.strings());
        assert!(card_lines(&en.parts) <= 2 && !en.parts.concat().contains("UTC"), "{:?}", en.parts);
        assert!(card_when(&night, "", Lang::En.strings()).whole.is_none(), "what the card says whole has no second form");
        // One day, two times: kept in every language.
        let dinner = event("2024-11-05T09:15+07:00", "2024-11-05T11:40+07:00");
        for lang in Lang::ALL {
            assert!(said(lang, &dinner).contains("UTC+7"), "{lang:?}: {}", said(lang, &dinner));
        }
    }

    #[test]
    fn a_card_date_takes_the_lines_its_parts_fill() {
        let parts = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(card_lines(&parts(&["12 March 2025"])), 1);
        assert_eq!(card_lines(&parts(&["5 Nov 2024, ", "9:15–11:40 PM"])), 2);
        assert_eq!(card_lines(&parts(&["28 February 2025 – ", "2 March 2025"])), 2);
        // Without a space, a long text breaks anywhere: three lines of a card.
        assert_eq!(card_lines(&parts(&[&"x".repeat(60)])), 3);
    }

    #[test]
    fn long_texts_are_cut_at_a_character_with_an_ellipsis() {
        assert_eq!(capped("short", 10), "short");
        assert_eq!(capped("ăâđêôơư", 3), "ăâđ…");
        let long = "x".repeat(100_000);
        assert_eq!(capped(&long, room::CARD).chars().count(), room::CARD + 1);
    }

    #[test]
    fn only_allowed_links_are_written() {
        assert_eq!(safe_link("https://example.org/a"), Some("https://example.org/a"));
        assert_eq!(safe_link("javascript:alert(1)"), None);
    }
}
