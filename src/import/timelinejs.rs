//! TimelineJS3 JSON (Knight Lab) to a [`Timeline`].
//!
//! Events keep their dates (years far in the past and BCE included), display dates,
//! headlines, texts and media credits; `group`s become pillars and `eras` become tiers
//! with explicit periods. TimelineJS texts are HTML: they become plain text that keeps
//! paragraphs and http(s) links, and each event says what markup was removed.

use std::collections::HashMap;

use super::html;
use crate::date::Date;
use crate::json::{Node, Pos, Value};
use crate::model::{Event, Kind, Media, Pillar, Status, Text, Tier, TierPeriod, Timeline};
use crate::parse::{is_safe_url, is_valid_id, Parsed, MAX_EVENTS};
use crate::problem::{Problem, ProblemKind};

/// Builds a timeline from a TimelineJS document already read as JSON.
pub fn import(root: &Node, mut problems: Vec<Problem>) -> Parsed {
    let mut t = Timeline::default();
    let mut b = Importer { problems: &mut problems };

    let headline = root.get("title").and_then(|t| t.get("text")).and_then(|t| t.get("headline"));
    let title = headline.and_then(|h| b.html(h, "title.text.headline")).unwrap_or_default();
    t.id = slug(&title).unwrap_or_else(|| "timeline".to_owned());
    t.title = Text::plain(if title.is_empty() { "Timeline" } else { &title });

    // Eras become tiers, in their order in the file.
    if let Some(eras) = root.get("eras").and_then(Node::as_array) {
        for (i, era) in eras.iter().enumerate() {
            let path = format!("eras[{i}]");
            let name = era
                .get("text")
                .and_then(|t| t.get("headline"))
                .and_then(|h| b.html(h, &format!("{path}.text.headline")))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| format!("Era {}", i + 1));
            let from = b.date(era, "start_date", &path, true);
            let until = b.date(era, "end_date", &path, false);
            let Some(from) = from else { continue };
            let tier = t.tiers.len();
            t.tiers.push(Tier { id: format!("era-{}", i + 1), name: Text::plain(&name) });
            t.eras.push(TierPeriod { tier, from, until });
        }
        crate::model::sort_periods(&mut t.eras);
    }

    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut ids: HashMap<String, ()> = HashMap::new();
    let events = root.get("events").and_then(Node::as_array).unwrap_or_default();
    for (i, node) in events.iter().enumerate() {
        let path = format!("events[{i}]");
        if i >= MAX_EVENTS {
            b.error(&path, node.pos, ProblemKind::TooManyEvents { limit: MAX_EVENTS });
            break;
        }
        if !node.is_complete() {
            b.error(&path, node.pos, ProblemKind::IncompleteEvent);
            continue;
        }
        if node.members().is_none() {
            b.error(&path, node.pos, ProblemKind::WrongType { expected: "object", found: node.type_name() });
            continue;
        }
        let date = b.date(node, "start_date", &path, true);
        let end = b.date(node, "end_date", &path, false);
        let (Some(date), end) = (date, end) else { continue };
        let end = match end {
            Some(e) if e.last_day() < date.first_day() => {
                let pos = node.get("end_date").map_or(node.pos, |n| n.pos);
                b.error(&format!("{path}.end_date"), pos, ProblemKind::EndBeforeStart { start: date.iso(), end: e.iso() });
                continue;
            }
            other => other,
        };
        let text = node.get("text");
        let headline = text.and_then(|t| t.get("headline")).and_then(|h| b.html(h, &format!("{path}.text.headline")));
        let body = text.and_then(|t| t.get("text")).and_then(|h| b.html(h, &format!("{path}.text.text")));
        let title = match headline.filter(|h| !h.is_empty()) {
            Some(h) => h,
            None => {
                // TimelineJS allows a slide with only media or text; name it by its date.
                date.iso()
            }
        };
        let wanted = node.get("unique_id").and_then(Node::as_str).filter(|id| is_valid_id(id) && !ids.contains_key(*id));
        let id = match wanted {
            Some(id) => id.to_owned(),
            None => format!("event-{}", i + 1),
        };
        ids.insert(id.clone(), ());
        let mut pillars = Vec::new();
        if let Some(group) = node.get("group").and_then(Node::as_str).map(str::trim).filter(|g| !g.is_empty()) {
            let next = t.pillars.len();
            let p = *groups.entry(group.to_owned()).or_insert(next);
            if p == next {
                let id = slug(group).filter(|s| !t.pillars.iter().any(|p| p.id == *s)).unwrap_or_else(|| format!("group-{}", next + 1));
                t.pillars.push(Pillar { id, name: Text::plain(group) });
            }
            pillars.push(p);
        }
        let display = node
            .get("display_date")
            .or_else(|| node.get("start_date").and_then(|d| d.get("display_date")))
            .and_then(Node::as_str)
            .map(|d| html::to_text(d).0)
            .filter(|d| !d.is_empty());
        let media = node.get("media").and_then(|m| b.media(m, &format!("{path}.media")));
        t.events.push(Event {
            id,
            date,
            end,
            kind: Kind::Other,
            status: Status::Happened,
            tier: None,
            pillars,
            by: Vec::new(),
            to: None,
            actors: Vec::new(),
            place: None,
            title: Text::plain(&title),
            summary: body.map(|s| Text::plain(&s)).unwrap_or_default(),
            note: None,
            display_date: display.map(|d| Text::plain(&d)),
            media,
            citations: Vec::new(),
        });
    }
    crate::model::sort_events(&mut t.events);
    if t.events.is_empty() {
        let pos = root.get("events").map_or(root.pos, |n| n.pos);
        b.error("events", pos, ProblemKind::NoEvents);
    }
    crate::problem::sort_problems(&mut problems);
    Parsed { timeline: t, problems }
}

struct Importer<'a> {
    problems: &'a mut Vec<Problem>,
}

impl Importer<'_> {
    fn error(&mut self, path: &str, pos: Pos, kind: ProblemKind) {
        self.problems.push(Problem::error(path, pos, kind));
    }

    /// Plain text from an HTML string field, reporting removed markup.
    fn html(&mut self, node: &Node, path: &str) -> Option<String> {
        let s = node.as_str()?;
        let (text, removed) = html::to_text(s);
        if !removed.is_empty() {
            self.problems.push(Problem::warning(path, node.pos, ProblemKind::HtmlRemoved(removed.join(", "))));
        }
        Some(text)
    }

    /// A TimelineJS date object `{year, month?, day?, …}` in member `name` of `obj`.
    fn date(&mut self, obj: &Node, name: &str, path: &str, required: bool) -> Option<Date> {
        let path = format!("{path}.{name}");
        // What TimelineJS takes for "no date" is none here either: `null`, `""`, `{}`,
        // or an object of empty fields (a spreadsheet export's blank end date).
        let absent = |n: &Node| match &n.value {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            Value::Object { members, .. } => {
                members.iter().all(|(_, v)| matches!(&v.value, Value::Null) || matches!(&v.value, Value::String(s) if s.trim().is_empty()))
            }
            _ => false,
        };
        let Some(node) = obj.get(name).filter(|n| required || !absent(n)) else {
            if required {
                self.error(&path, obj.pos, ProblemKind::MissingField("start_date"));
            }
            return None;
        };
        if node.members().is_none() {
            self.error(&path, node.pos, ProblemKind::WrongType { expected: "object", found: node.type_name() });
            return None;
        }
        let part = |key: &str| node.get(key).filter(|v| !matches!(&v.value, Value::String(s) if s.trim().is_empty()));
        let Some(year_node) = part("year") else {
            self.error(&path, node.pos, ProblemKind::MissingField("year"));
            return None;
        };
        let text = |n: &Node| match &n.value {
            Value::Number(s) => s.trim().to_owned(),
            Value::String(s) => s.trim().to_owned(),
            _ => String::new(),
        };
        let Some(year) = year_node.as_integer() else {
            let t = text(year_node);
            self.error(&format!("{path}.year"), year_node.pos, ProblemKind::InvalidDate { text: t, error: crate::date::DateError::Shape });
            return None;
        };
        let small = |n: Option<&Node>| -> Result<Option<u8>, String> {
            match n {
                None => Ok(None),
                Some(n) => n.as_integer().and_then(|v| u8::try_from(v).ok()).map(Some).ok_or_else(|| text(n)),
            }
        };
        let written = |y: i64, m: Option<u8>, d: Option<u8>| {
            let mut s = y.to_string();
            if let Some(m) = m {
                s.push('-');
                s.push_str(&m.to_string());
            }
            if let Some(d) = d {
                s.push('-');
                s.push_str(&d.to_string());
            }
            s
        };
        let (month, day) = match (small(part("month")), small(part("day"))) {
            (Ok(m), Ok(d)) => (m, d),
            (Err(bad), _) | (_, Err(bad)) => {
                self.error(&path, node.pos, ProblemKind::InvalidDate { text: bad, error: crate::date::DateError::Shape });
                return None;
            }
        };
        match Date::checked(year, month, if month.is_some() { day } else { None }) {
            Ok(d) => Some(d),
            Err(error) => {
                self.error(&path, node.pos, ProblemKind::InvalidDate { text: written(year, month, day), error });
                None
            }
        }
    }

    fn media(&mut self, node: &Node, path: &str) -> Option<Media> {
        node.members()?;
        let url = node.get("url").and_then(Node::as_str).map(crate::parse::trim_link).filter(|u| !u.is_empty()).and_then(|u| {
            if is_safe_url(u) {
                Some(u.to_owned())
            } else {
                let pos = node.get("url").map_or(node.pos, |n| n.pos);
                self.problems.push(Problem::warning(format!("{path}.url"), pos, ProblemKind::UnsafeUrl(u.to_owned())));
                None
            }
        });
        let caption = node.get("caption").and_then(|c| self.html(c, &format!("{path}.caption"))).filter(|c| !c.is_empty());
        let credit = node.get("credit").and_then(|c| self.html(c, &format!("{path}.credit"))).filter(|c| !c.is_empty());
        if url.is_none() && caption.is_none() && credit.is_none() {
            return None;
        }
        Some(Media { url, caption: caption.map(|c| Text::plain(&c)), credit: credit.map(|c| Text::plain(&c)) })
    }
}

/// An id from a name: lowercase ASCII letters and digits joined by `-`.
pub fn slug(name: &str) -> Option<String> {
    let mut out = String::new();
    for c in name.chars() {
        let c = fold(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    (!out.is_empty()).then_some(out)
}

/// Vietnamese (and common Latin) letters without their marks, for ids.
fn fold(c: char) -> char {
    const GROUPS: [(&str, char); 12] = [
        ("àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴäÄåÅ", 'a'),
        ("èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄëË", 'e'),
        ("ìíịỉĩÌÍỊỈĨïÏîÎ", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠöÖ", 'o'),
        ("ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮüÜûÛ", 'u'),
        ("ỳýỵỷỹỲÝỴỶỸÿ", 'y'),
        ("đĐ", 'd'),
        ("çÇ", 'c'),
        ("ñÑ", 'n'),
        ("ß", 's'),
        ("æÆ", 'a'),
        ("øØ", 'o'),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS.iter().find(|(set, _)| set.contains(c)).map_or(c, |(_, to)| *to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::parse_any;

    #[test]
    fn slugs_drop_marks() {
        assert_eq!(slug("Đối tác Chiến lược toàn diện").as_deref(), Some("doi-tac-chien-luoc-toan-dien"));
        assert_eq!(slug("  --  ").as_deref(), None);
    }

    #[test]
    fn a_realistic_file_imports_with_eras_groups_media_and_bce() {
        let text = include_str!("../../www/data/timelinejs-history.json");
        let parsed = parse_any(text).0;
        let t = &parsed.timeline;
        assert!(parsed.is_valid(), "{:#?}", parsed.problems);
        assert_eq!(t.title.get("en"), "Bronze to Steel: a short history");
        assert_eq!(t.events.len(), 6);
        assert_eq!(t.events[0].date, Date::year(-3299));
        assert_eq!(t.events[0].display_date.as_ref().map(|d| d.get("en")), Some("c. 3300 BCE"));
        assert_eq!(t.tiers.len(), 2);
        assert_eq!(t.tier_periods().len(), 2);
        assert_eq!(t.pillars.iter().map(|p| p.name.get("en")).collect::<Vec<_>>(), ["Metals", "Trade"]);
        let credit = t.events.iter().find_map(|e| e.media.as_ref()?.credit.as_ref()).unwrap();
        assert_eq!(credit.get("en"), "Photo: A. Archivist / Museum");
        let with_link = t.events.iter().find(|e| e.summary.get("en").contains("https://")).unwrap();
        assert!(with_link.summary.get("en").contains("(https://example.org/bessemer)"));
        // The script in one text is reported, not kept.
        assert!(parsed.problems.iter().any(|p| matches!(&p.kind, ProblemKind::HtmlRemoved(w) if w.contains("<script>"))));
        assert!(t.events.iter().all(|e| !e.summary.get("en").contains("alert")));
    }

    #[test]
    fn broken_events_are_named_and_the_rest_kept() {
        let text = r#"{"title": {"text": {"headline": "T"}}, "events": [
          {"start_date": {"year": "1990"}, "text": {"headline": "ok"}},
          {"text": {"headline": "no date"}},
          {"start_date": {"year": 2001, "month": 2, "day": 30}, "text": {"headline": "bad day"}},
          {"start_date": {"year": "abc"}, "text": {"headline": "bad year"}},
          {"start_date": {"year": 2000}, "end_date": {"year": 1999}, "text": {"headline": "backwards"}},
          {"start_date": {"year": -13800000000}, "text": {"headline": "big bang"}}
        ]}"#;
        let parsed = parse_any(text).0;
        assert_eq!(parsed.timeline.events.len(), 1);
        let paths: Vec<&str> = parsed.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            ["events[1].start_date", "events[2].start_date", "events[3].start_date.year", "events[4].end_date", "events[5].start_date"]
        );
        assert_eq!(parsed.problems[0].pos.line, 3);
    }
}
