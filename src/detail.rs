//! What the page learns of an event and of a problem: plain values, in the reader's
//! language, that the widget hands to JavaScript (`rt-select`'s detail,
//! `timeline.event(id)`, `timeline.problems()`) through serde.

use crate::i18n::Lang;
use crate::model::Timeline;
use crate::problem::{Problem, Severity};

/// One event, as the page sees it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize))]
pub struct EventDetail {
    pub id: String,
    /// ISO dates at the data's precision: `2025-03-12`, `2025-03`, `2025`.
    pub date: String,
    pub end: Option<String>,
    /// The dates as the widget words them.
    pub when: String,
    pub kind: &'static str,
    pub status: &'static str,
    pub title: String,
    pub summary: String,
    /// Ids of the parties that acted, and of the one a visit or call went to.
    pub by: Vec<String>,
    pub to: Option<String>,
    pub place: Option<String>,
    pub sources: Vec<SourceDetail>,
}

/// A citation of an event: the source's title, the quote and the source's link (only
/// one the widget would show).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize))]
pub struct SourceDetail {
    pub title: String,
    pub quote: String,
    pub url: Option<String>,
}

/// Event `i` of `timeline`, its texts in `lang`.
pub fn event(timeline: &Timeline, i: usize, lang: Lang) -> Option<EventDetail> {
    let e = timeline.events.get(i)?;
    let code = lang.code();
    let s = lang.strings();
    let party = |p: usize| timeline.parties[p].id.clone();
    Some(EventDetail {
        id: e.id.clone(),
        date: e.date.iso(),
        end: e.end.map(|d| d.iso()),
        when: crate::phrase::when(e, code, s),
        kind: e.kind.code(),
        status: e.status.code(),
        title: e.title.get(code).to_owned(),
        summary: e.summary.get(code).to_owned(),
        by: e.by.iter().map(|p| party(*p)).collect(),
        to: e.to.map(party),
        place: e.place.as_ref().map(|p| p.get(code).to_owned()),
        sources: e
            .citations
            .iter()
            .map(|c| {
                let source = &timeline.sources[c.source];
                SourceDetail {
                    title: source.title.get(code).to_owned(),
                    quote: c.quote.clone(),
                    url: source.url.as_deref().and_then(crate::phrase::safe_link).map(str::to_owned),
                }
            })
            .collect(),
    })
}

/// One problem in the data, as the page sees it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize))]
pub struct ProblemDetail {
    /// `"error"` (the entry was left out) or `"warning"`.
    pub severity: &'static str,
    /// What is wrong, in the reader's language.
    pub message: String,
    pub line: u32,
    pub column: u32,
    /// Where in the data: `events[3].date`.
    pub path: String,
}

pub fn problem(p: &Problem, lang: Lang) -> ProblemDetail {
    ProblemDetail {
        severity: match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        message: lang.strings().problem(&p.kind),
        line: p.pos.line,
        column: p.pos.col,
        path: p.path.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn an_event_is_told_in_the_readers_language_with_its_sources() {
        let t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        let i = t.event_index("2025-03-to-lam-official-visit").unwrap();
        let d = event(&t, i, Lang::En).unwrap();
        assert_eq!((d.date.as_str(), d.end.as_deref(), d.kind, d.status), ("2025-03-11", Some("2025-03-13"), "visit", "happened"));
        assert_eq!(d.when, "11–13 March 2025");
        assert_eq!((d.by.as_slice(), d.to.as_deref()), (&["vn".to_owned()][..], Some("sg")));
        assert_eq!(d.title, t.events[i].title.get("en"));
        assert!(!d.sources.is_empty() && d.sources.iter().all(|s| !s.quote.is_empty() && !s.title.is_empty()));
        let vi = event(&t, i, Lang::Vi).unwrap();
        assert_eq!(vi.when, "11–13 tháng 3, 2025");
        assert_eq!(event(&t, 10_000, Lang::En), None);
    }

    #[test]
    fn a_problem_says_where_it_is() {
        let parsed = parse(
            r#"{"format":"relationship-timeline/1","id":"t","title":"T","events":[{"id":"a","date":"2025-02-30","kind":"visit","title":"A"}]}"#,
        );
        let p = parsed.problems.iter().find(|p| p.path.contains("date")).unwrap();
        let d = problem(p, Lang::En);
        assert_eq!((d.severity, d.line, d.path.as_str()), ("error", 1, "events[0].date"));
        assert!(d.column > 1 && d.message.contains("2025-02-30"), "{d:?}");
    }
}
