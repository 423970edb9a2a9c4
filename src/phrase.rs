//! Phrases the widget, the static fragment and the command line all say, each built
//! in one place: where a problem is and what it is, an event's "when", a source's
//! citation line, and a link that may be shown.

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

/// `message (path)`: what a problem is, and in which part of the data.
pub fn problem_message(p: &Problem, s: &Strings) -> String {
    let mut out = s.problem(&p.kind);
    if !p.path.is_empty() {
        out.push_str(" (");
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
pub fn card_when(event: &Event, lang: &str, s: &Strings) -> Vec<String> {
    match &event.display_date {
        Some(d) => vec![capped(d.get(lang), room::NAME).into_owned()],
        None => s.card_when_parts(&event.date, event.end.as_ref()),
    }
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
    let mut em = 0;
    for c in parts.iter().flat_map(|p| p.chars()) {
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
    em * CARD_WHEN_PX <= CARD_TEXT_PX * 100
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
