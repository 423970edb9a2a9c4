//! What the page learns of an event and of a problem: plain values, in the reader's
//! language, that the widget hands to JavaScript (`rt-select`'s detail,
//! `timeline.event(id)`, `timeline.problems()`) as JSON text the page's `JSON.parse`
//! turns into plain objects.

use crate::i18n::Lang;
use crate::model::Timeline;
use crate::problem::{Problem, Severity};
use crate::write::push_string;

/// A JSON object, written member by member.
pub struct Json(String);

impl Json {
    pub fn object() -> Self {
        Json(String::from("{"))
    }

    fn key(mut self, key: &str) -> Self {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        push_string(&mut self.0, key);
        self.0.push(':');
        self
    }

    pub fn text(self, key: &str, value: &str) -> Self {
        let mut out = self.key(key);
        push_string(&mut out.0, value);
        out
    }

    /// A text, or `null`.
    pub fn maybe(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.text(key, v),
            None => self.raw(key, "null"),
        }
    }

    pub fn number(self, key: &str, value: usize) -> Self {
        self.raw(key, &crate::i18n::number(value))
    }

    /// A value already written as JSON (an array, an object).
    pub fn raw(self, key: &str, json: &str) -> Self {
        let mut out = self.key(key);
        out.0.push_str(json);
        out
    }

    pub fn end(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// A JSON array of values already written as JSON.
pub fn array(items: impl IntoIterator<Item = String>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out
}

/// A JSON array of texts.
pub fn texts<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    array(items.into_iter().map(|t| {
        let mut out = String::new();
        push_string(&mut out, t);
        out
    }))
}

/// One event, as the page sees it.
#[derive(Debug, Clone, PartialEq)]
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
pub struct SourceDetail {
    pub title: String,
    pub quote: String,
    pub url: Option<String>,
}

impl EventDetail {
    pub fn to_json(&self) -> String {
        Json::object()
            .text("id", &self.id)
            .text("date", &self.date)
            .maybe("end", self.end.as_deref())
            .text("when", &self.when)
            .text("kind", self.kind)
            .text("status", self.status)
            .text("title", &self.title)
            .text("summary", &self.summary)
            .raw("by", &texts(&self.by))
            .maybe("to", self.to.as_deref())
            .maybe("place", self.place.as_deref())
            .raw("sources", &array(self.sources.iter().map(SourceDetail::to_json)))
            .end()
    }
}

impl SourceDetail {
    pub fn to_json(&self) -> String {
        Json::object().text("title", &self.title).text("quote", &self.quote).maybe("url", self.url.as_deref()).end()
    }
}

impl ProblemDetail {
    pub fn to_json(&self) -> String {
        Json::object()
            .text("severity", self.severity)
            .text("message", &self.message)
            .number("line", self.line as usize)
            .number("column", self.column as usize)
            .text("path", &self.path)
            .end()
    }
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
        // As the page gets it: JSON that reads back to the same values.
        let text = d.to_json();
        let (json, error) = crate::json::read(&text);
        let json = json.filter(|_| error.is_none()).unwrap();
        let field = |k: &str| json.get(k).and_then(|v| v.as_str()).map(str::to_owned);
        assert_eq!(field("when").as_deref(), Some("11–13 March 2025"));
        assert_eq!(field("title"), Some(d.title.clone()));
        assert_eq!(field("to").as_deref(), Some("sg"));
        let sources = json.get("sources").and_then(|v| v.as_array()).unwrap();
        assert_eq!(sources.len(), d.sources.len());
        assert_eq!(sources[0].get("quote").and_then(|v| v.as_str()), Some(d.sources[0].quote.as_str()));
        assert!(json.get("place").is_some() && json.get("by").and_then(|v| v.as_array()).is_some_and(|b| b.len() == 1));
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
        let text = d.to_json();
        let (json, error) = crate::json::read(&text);
        let json = json.filter(|_| error.is_none()).unwrap();
        assert_eq!(json.get("message").and_then(|v| v.as_str()), Some(d.message.as_str()));
        assert_eq!(json.get("path").and_then(|v| v.as_str()), Some("events[0].date"));
        assert_eq!(json.get("line").map(|v| &v.value), Some(&crate::json::Value::Number("1")));
    }
}
