//! TimelineJS3 JSON (Knight Lab) to a [`Timeline`].
//!
//! Events keep their dates (years far in the past and BCE included), display dates,
//! headlines, texts and media credits; `group`s become pillars and `eras` become tiers
//! with explicit periods. TimelineJS texts are HTML: they become plain text that keeps
//! paragraphs and http(s) links, and each event says what markup was removed.

use std::collections::HashMap;

use super::html;
use crate::date::{Date, DateError, Time};
use crate::json::{Node, Pos, Value};
use crate::model::{Event, Kind, Media, Pillar, Status, Text, Tier, TierPeriod, Timeline};
use crate::parse::{is_safe_url, is_valid_id, Parsed, MAX_EVENTS};
use crate::problem::{Fate, Problem, ProblemKind};

/// Builds a timeline from a TimelineJS document already read as JSON: the current
/// layout, or the older one (`{"timeline": {"date": […]}}`), read as such. `name` (a
/// file's name) titles a timeline without a title slide, as it titles a spreadsheet.
pub fn import(root: &Node, name: &str, mut problems: Vec<Problem>) -> Parsed {
    if let Some(old) = root.get("timeline").filter(|t| t.members().is_some()) {
        problems.push(Problem::warning("timeline", old.pos, ProblemKind::OlderTimelineJs));
        let modern = older::modern(old);
        let mut parsed = import_modern(&modern, name, problems);
        for p in &mut parsed.problems {
            p.path = older::path(&p.path);
            if let ProblemKind::NotShown { field, .. } | ProblemKind::UnknownField(field) = &mut p.kind {
                *field = older::path(&format!(".{field}")).trim_start_matches('.').to_owned();
            }
        }
        return parsed;
    }
    import_modern(root, name, problems)
}

/// The fields of an event this importer reads, and those TimelineJS has that the
/// timeline does not draw (each reported once, with what became of it).
const EVENT_FIELDS: [&str; 7] = ["start_date", "end_date", "text", "media", "group", "display_date", "unique_id"];
const EVENT_NOT_DRAWN: [&str; 2] = ["background", "autolink"];
const DATE_FIELDS: [&str; 8] = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"];
const MEDIA_FIELDS: [&str; 3] = ["url", "caption", "credit"];
const MEDIA_NOT_DRAWN: [&str; 4] = ["thumbnail", "alt", "title", "link"];

/// Builds a timeline from a TimelineJS document in the current layout.
pub fn import_modern(root: &Node, name: &str, mut problems: Vec<Problem>) -> Parsed {
    let mut t = Timeline::default();
    let mut b = Importer { problems: &mut problems, told: Vec::new() };

    let title_slide = root.get("title");
    let headline = title_slide.and_then(|t| t.get("text")).and_then(|t| t.get("headline"));
    let title = headline.and_then(|h| b.html(h, "title.text.headline")).unwrap_or_default();
    let title = if title.is_empty() { name.to_owned() } else { title };
    t.id = slug(&title).unwrap_or_else(|| "timeline".to_owned());
    t.title = Text::plain(&title);
    if let Some(slide) = title_slide {
        // The title slide's headline titles the timeline and its text describes it
        // under the title; its picture and background have no place.
        let text = slide.get("text").and_then(|t| t.get("text")).filter(|n| !absent(n));
        if let Some(description) = text.and_then(|n| b.html(n, "title.text.text")).filter(|d| !d.trim().is_empty()) {
            t.description = Text::plain(description.trim());
        }
        for (field, node) in [("title.media", slide.get("media")), ("title.background", slide.get("background"))] {
            if let Some(node) = node.filter(|n| !absent(n)) {
                b.once(field, field, node.pos, Fate::Ignored);
            }
        }
    }
    for (key, node) in root.members().unwrap_or_default() {
        if !["title", "events", "eras", "scale"].contains(&key.name.as_ref()) {
            b.unknown(&key.name, &key.name, node.pos);
        }
    }

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
        let Some(members) = node.members() else {
            b.error(&path, node.pos, ProblemKind::WrongType { expected: "object", found: node.type_name() });
            continue;
        };
        for (key, value) in members {
            let name = key.name.as_ref();
            if EVENT_NOT_DRAWN.contains(&name) && !absent(value) {
                b.once(name, &format!("{path}.{name}"), value.pos, Fate::Ignored);
            } else if name == "date" && node.get("start_date").is_none() {
                b.read_as("date", "start_date", &format!("{path}.date"), key.pos);
            } else if !EVENT_FIELDS.contains(&name) && !EVENT_NOT_DRAWN.contains(&name) && !absent(value) {
                b.unknown(name, &format!("{path}.{name}"), key.pos);
            }
        }
        let start = if node.get("start_date").is_none() && node.get("date").is_some() { "date" } else { "start_date" };
        let date = b.date(node, start, &path, true);
        let end = b.date(node, "end_date", &path, false);
        let (Some(date), end) = (date, end) else { continue };
        let end = match end {
            Some(e) if e.ends_before(&date) => {
                let pos = node.get("end_date").map_or(node.pos, |n| n.pos);
                b.error(&format!("{path}.end_date"), pos, ProblemKind::EndBeforeStart { start: date.iso(), end: e.iso() });
                continue;
            }
            other => other,
        };
        let text = node.get("text");
        let headline = text.and_then(|t| t.get("headline")).and_then(|h| b.html(h, &format!("{path}.text.headline")));
        let body = text.and_then(|t| t.get("text")).and_then(|h| b.html(h, &format!("{path}.text.text")));
        // TimelineJS allows a slide with only text or media: it is named by the start of
        // its text, or else by its date.
        let title = headline.filter(|h| !h.is_empty()).or_else(|| body.as_deref().and_then(excerpt)).unwrap_or_else(|| date.iso());
        let given = node.get("unique_id").and_then(|n| Some((n, n.as_str()?)));
        let id = event_id(given, &mut ids, &format!("{path}.unique_id"), b.problems);
        let group = node.get("group").and_then(Node::as_str).map(str::trim).filter(|g| !g.is_empty());
        let pillars: Vec<usize> = group.map(|g| group_pillar(&mut t.pillars, &mut groups, g, g)).into_iter().collect();
        let display = node
            .get("display_date")
            .or_else(|| node.get(start).and_then(|d| d.get("display_date")))
            .and_then(Node::as_str)
            .map(|d| html::to_text(d).0)
            .filter(|d| !d.is_empty());
        let media = node.get("media").and_then(|m| b.media(m, &format!("{path}.media")));
        let mut event = imported_event(id, date, end, pillars, &title, body.as_deref());
        event.display_date = display.map(|d| Box::new(Text::plain(&d)));
        event.media = media.map(Box::new);
        t.events.push(event);
    }
    super::csv::name_events(&mut t.events, "en");
    crate::model::sort_events(&mut t.events);
    let events_pos = root.get("events").map_or(root.pos, |n| n.pos);
    if t.events.is_empty() {
        let kind = if events.is_empty() { ProblemKind::NoEvents } else { ProblemKind::NoneUsable(events.len()) };
        b.error("events", events_pos, kind);
    }
    if let Some(kind) = crate::model::mixed_offsets(&t) {
        problems.push(Problem::warning("events", events_pos, kind));
    }
    crate::problem::sort_problems(&mut problems);
    Parsed { given: events.len().max(t.events.len()), timeline: t, problems }
}

/// The id of the `i`-th event (from 0) of a file: the one it gives itself (`given`: its
/// node and text) when that names it in page addresses. One that ids here do not allow
/// ("Slide 1") is written as one ("slide-1"); one used twice is a warning at `path`, and
/// that event, like one without an id, is left without one here, to be named by its day
/// and title once every given id is known ([`super::csv::name_events`]). `ids` holds
/// those taken so far, this one added.
pub(super) fn event_id(given: Option<(&Node, &str)>, ids: &mut HashMap<String, ()>, path: &str, problems: &mut Vec<Problem>) -> String {
    let wanted = given.map(|(n, id)| (n, id.trim())).filter(|(_, id)| !id.is_empty()).and_then(|(n, id)| {
        let id = if is_valid_id(id) { id.to_owned() } else { slug(id).filter(|s| is_valid_id(s))? };
        if ids.contains_key(&id) {
            problems.push(Problem::warning(path, n.pos, ProblemKind::DuplicateId(id)));
            return None;
        }
        Some(id)
    });
    let id = wanted.unwrap_or_default();
    if !id.is_empty() {
        ids.insert(id.clone(), ());
    }
    id
}

/// The pillar a group of another tool's file stands for (`key`, its name in the file):
/// made, named `name`, the first time the group is met. Returns its index.
pub(super) fn group_pillar(pillars: &mut Vec<Pillar>, groups: &mut HashMap<String, usize>, key: &str, name: &str) -> usize {
    let next = pillars.len();
    let p = *groups.entry(key.to_owned()).or_insert(next);
    if p == next {
        let id = slug(name).filter(|s| !pillars.iter().any(|p| p.id == *s)).unwrap_or_else(|| format!("group-{}", next + 1));
        pillars.push(Pillar { id, name: Text::plain(name) });
    }
    p
}

/// An event of another tool's file: what such files hold (dates, a title, a text,
/// groups), everything the native format adds left empty.
/// The start of a slide's text, to name a slide without a headline: its first line,
/// cut at a word before 80 characters.
fn excerpt(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let Some((cut, _)) = line.char_indices().nth(80) else { return Some(line.to_owned()) };
    let head = &line[..cut];
    let head = head.rfind(' ').filter(|&i| i > 20).map_or(head, |i| &head[..i]);
    Some(format!("{}…", head.trim_end()))
}

pub(super) fn imported_event(id: String, date: Date, end: Option<Date>, pillars: Vec<usize>, title: &str, summary: Option<&str>) -> Event {
    Event {
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
        title: Text::plain(title),
        summary: summary.map(Text::plain).unwrap_or_default(),
        note: None,
        display_date: None,
        media: None,
        citations: Vec::new(),
    }
}

/// What TimelineJS takes for "not given": `null`, `""`, `{}`, or an object of empty
/// fields (a spreadsheet export's blank end date).
fn absent(n: &Node) -> bool {
    match &n.value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Object { members, .. } => members.iter().all(|(_, v)| absent(v)),
        _ => false,
    }
}

/// A TimelineJS year as the model numbers years: TimelineJS shows year -2520 as
/// "2520 BCE" (no year 0 between 1 BCE and 1 CE), the model counts astronomically
/// (year 0 is 1 BCE), so a year before 1 moves one up.
pub fn model_year(year: i64) -> i64 {
    if year < 0 {
        year + 1
    } else {
        year
    }
}

struct Importer<'a> {
    problems: &'a mut Vec<Problem>,
    /// The fields already reported as not drawn or unknown: each is reported once.
    told: Vec<String>,
}

impl Importer<'_> {
    fn error(&mut self, path: &str, pos: Pos, kind: ProblemKind) {
        self.problems.push(Problem::error(path, pos, kind));
    }

    /// Whether `field` is reported for the first time (and marks it reported).
    fn first(&mut self, field: &str) -> bool {
        if self.told.iter().any(|t| t == field) {
            return false;
        }
        self.told.push(field.to_owned());
        true
    }

    /// Reports, once per file, a field the timeline does not draw and its fate.
    /// Reports, once per file, a field the timeline does not draw and its fate, at its
    /// first place (`path`).
    fn once(&mut self, field: &str, path: &str, pos: Pos, fate: Fate) {
        if self.first(field) {
            self.problems.push(Problem::warning(path, pos, ProblemKind::NotShown { field: field.to_owned(), fate }));
        }
    }

    fn unknown(&mut self, field: &str, path: &str, pos: Pos) {
        if self.first(field) {
            self.problems.push(Problem::warning(path, pos, ProblemKind::UnknownField(field.to_owned())));
        }
    }

    fn read_as(&mut self, field: &str, as_field: &'static str, path: &str, pos: Pos) {
        if self.first(field) {
            self.problems.push(Problem::warning(path, pos, ProblemKind::ReadAs { field: field.to_owned(), as_field }));
        }
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

    /// A TimelineJS date object `{year, month?, day?, hour?, minute?, second?,
    /// millisecond?}` in member `name` of `obj`.
    fn date(&mut self, obj: &Node, name: &str, path: &str, required: bool) -> Option<Date> {
        let path = format!("{path}.{name}");
        let Some(node) = obj.get(name).filter(|n| required || !absent(n)) else {
            if required {
                self.error(&path, obj.pos, ProblemKind::MissingField("start_date"));
            }
            return None;
        };
        let Some(members) = node.members() else {
            self.error(&path, node.pos, ProblemKind::WrongType { expected: "object", found: node.type_name() });
            return None;
        };
        for (key, _) in members {
            if !DATE_FIELDS.contains(&key.name.as_ref()) {
                self.unknown(&format!("{name}.{}", key.name), &format!("{path}.{}", key.name), key.pos);
            }
        }
        let part = |key: &str| node.get(key).filter(|v| !absent(v));
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
            self.error(&format!("{path}.year"), year_node.pos, ProblemKind::InvalidDate { text: t, error: DateError::Shape });
            return None;
        };
        let small = |key: &str, max: i64| -> Result<Option<u16>, DateError> {
            match part(key) {
                None => Ok(None),
                Some(n) => match n.as_integer() {
                    Some(v) if (0..=max).contains(&v) => Ok(Some(v as u16)),
                    Some(_) if max < 255 => Err(DateError::TimeOutOfRange),
                    Some(v) if key == "month" => Err(DateError::MonthOutOfRange(v.clamp(0, 255) as u8)),
                    _ => Err(DateError::Shape),
                },
            }
        };
        let written = || {
            let mut s = year.to_string();
            for key in ["month", "day"] {
                if let Some(n) = part(key) {
                    s.push('-');
                    s.push_str(&text(n));
                }
            }
            for (i, key) in ["hour", "minute", "second"].iter().enumerate() {
                if let Some(n) = part(key) {
                    s.push(if i == 0 { ' ' } else { ':' });
                    s.push_str(&text(n));
                }
            }
            s
        };
        let mut got: [Option<u16>; 6] = [None; 6];
        for (k, (key, max)) in
            [("month", 255), ("day", 255), ("hour", 23), ("minute", 59), ("second", 59), ("millisecond", 999)].iter().enumerate()
        {
            match small(key, *max) {
                Ok(v) => got[k] = v,
                Err(error) => {
                    let pos = part(key).map_or(node.pos, |n| n.pos);
                    self.error(&format!("{path}.{key}"), pos, ProblemKind::InvalidDate { text: written(), error });
                    return None;
                }
            }
        }
        let [month, day, hour, minute, second, milli] = got;
        let (month, day) = (month.map(|m| m as u8), day.map(|d| d as u8));
        if year == 0 && self.first("year 0") {
            self.problems.push(Problem::warning(format!("{path}.year"), year_node.pos, ProblemKind::YearZero));
        }
        let date = match Date::checked(model_year(year), month, if month.is_some() { day } else { None }) {
            Ok(d) => d,
            Err(error) => {
                self.error(&path, node.pos, ProblemKind::InvalidDate { text: written(), error });
                return None;
            }
        };
        if milli.is_some_and(|ms| ms > 0) {
            self.once("millisecond", &format!("{path}.millisecond"), part("millisecond").map_or(node.pos, |n| n.pos), Fate::OrderOnly);
        }
        match (hour, date.day) {
            (None, _) if minute.is_some() || second.is_some() => {
                self.error(&path, node.pos, ProblemKind::InvalidDate { text: written(), error: DateError::Shape });
                None
            }
            (None, _) => Some(date),
            (Some(_), None) => {
                // A time without a day has nothing to stand on.
                self.once("hour", &format!("{path}.hour"), part("hour").map_or(node.pos, |n| n.pos), Fate::Ignored);
                Some(date)
            }
            (Some(h), Some(_)) => Some(date.at(Time {
                minute: h * 60 + minute.unwrap_or(0),
                second: second.map(|s| s as u8),
                milli: milli.unwrap_or(0),
                offset: None,
            })),
        }
    }

    /// A link as a browser on an https page reads it: `//host/x` is `https://host/x`;
    /// a relative one (`images/a.jpg`) is reported, as its page is not known here.
    fn link(&mut self, node: &Node, path: &str) -> Option<String> {
        let raw = crate::parse::trim_link(node.as_str()?);
        if raw.is_empty() {
            return None;
        }
        let url = match raw.strip_prefix("//") {
            Some(rest) => format!("https://{rest}"),
            None => raw.to_owned(),
        };
        if is_safe_url(&url) {
            return Some(url);
        }
        let has_scheme = url.split(['/', '?', '#']).next().is_some_and(|head| head.contains(':'));
        let kind = if has_scheme { ProblemKind::UnsafeUrl(url) } else { ProblemKind::RelativeLink(url) };
        self.problems.push(Problem::warning(path, node.pos, kind));
        None
    }

    fn media(&mut self, node: &Node, path: &str) -> Option<Media> {
        let members = node.members()?;
        for (key, value) in members {
            let name = key.name.as_ref();
            if MEDIA_NOT_DRAWN.contains(&name) && !absent(value) {
                self.once(&format!("media.{name}"), &format!("{path}.{name}"), value.pos, Fate::Ignored);
            } else if !MEDIA_FIELDS.contains(&name) && !MEDIA_NOT_DRAWN.contains(&name) {
                self.unknown(&format!("media.{name}"), &format!("{path}.{name}"), key.pos);
            }
        }
        let url = match node.get("url") {
            // Embedded markup (a blockquote, an iframe): its address, as a link.
            Some(u) if u.as_str().is_some_and(|s| s.trim_start().starts_with('<')) => {
                let markup = u.as_str().unwrap_or("");
                let tag: String =
                    markup.trim_start()[1..].chars().take_while(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
                let field = format!("media.url <{tag}>");
                let found = html::first_link(markup);
                self.once(&field, &format!("{path}.url"), u.pos, if found.is_some() { Fate::LinkOnly } else { Fate::Ignored });
                found
                    .map(|href| if let Some(rest) = href.strip_prefix("//") { format!("https://{rest}") } else { href })
                    .filter(|h| is_safe_url(h))
            }
            Some(u) => self.link(u, &format!("{path}.url")),
            None => None,
        };
        let caption = node.get("caption").and_then(|c| self.html(c, &format!("{path}.caption"))).filter(|c| !c.is_empty());
        let credit = node.get("credit").and_then(|c| self.html(c, &format!("{path}.credit"))).filter(|c| !c.is_empty());
        if url.is_none() && caption.is_none() && credit.is_none() {
            return None;
        }
        Some(Media { url, caption: caption.map(|c| Text::plain(&c)), credit: credit.map(|c| Text::plain(&c)) })
    }
}

/// TimelineJS's older layout (`{"timeline": {"headline", "date": […], "era": […]}}`,
/// dates as `"2011,12,12"` strings, media under `asset`, groups as `tag`), rewritten
/// in the current layout so one importer reads both; positions stay those of the file.
mod older {
    use std::borrow::Cow;

    use crate::json::{Key, Node, Pos, Value};

    fn object<'a>(pos: Pos, members: Vec<(&'static str, Node<'a>)>) -> Node<'a> {
        let members = members.into_iter().map(|(k, v)| (Key { name: Cow::Borrowed(k), pos: v.pos }, v)).collect();
        Node { pos, value: Value::Object { members, complete: true } }
    }

    /// The fields of an older slide that have a place in the current layout.
    const MAPPED: [&str; 6] = ["startDate", "endDate", "headline", "text", "asset", "tag"];

    fn string<'a>(pos: Pos, s: &str) -> Node<'a> {
        Node { pos, value: Value::String(Cow::Owned(s.to_owned())) }
    }

    /// `"2011,12,12"`, `"2011,12,12,10,30"` or `"2011"` as a date object; other text
    /// as a year, which the importer then reports as the invalid date it is.
    fn date<'a>(node: &Node<'a>) -> Node<'a> {
        let Some(text) = node.as_str() else { return node.clone() };
        let names = ["year", "month", "day", "hour", "minute", "second"];
        let parts: Vec<&str> = text.split([',', '/']).map(str::trim).collect();
        let numeric = parts.len() <= names.len()
            && parts.iter().all(|p| p.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()) && !p.is_empty());
        if !numeric {
            return object(node.pos, vec![("year", string(node.pos, text))]);
        }
        object(node.pos, names.iter().zip(&parts).map(|(n, p)| (*n, string(node.pos, p))).collect())
    }

    /// One slide (`date` or `era` entry) in the current layout.
    fn slide<'a>(old: &Node<'a>) -> Node<'a> {
        let mut members: Vec<(&'static str, Node<'a>)> = Vec::new();
        for (from, to) in [("startDate", "start_date"), ("endDate", "end_date")] {
            if let Some(d) = old.get(from) {
                members.push((to, date(d)));
            }
        }
        let mut text = Vec::new();
        for (from, to) in [("headline", "headline"), ("text", "text")] {
            if let Some(t) = old.get(from) {
                text.push((to, t.clone()));
            }
        }
        if !text.is_empty() {
            members.push(("text", object(old.pos, text)));
        }
        if let Some(asset) = old.get("asset") {
            let mut media = Vec::new();
            for (from, to) in [("media", "url"), ("credit", "credit"), ("caption", "caption"), ("thumbnail", "thumbnail")] {
                if let Some(v) = asset.get(from) {
                    media.push((to, v.clone()));
                }
            }
            members.push(("media", object(asset.pos, media)));
        }
        if let Some(tag) = old.get("tag") {
            members.push(("group", tag.clone()));
        }
        let mut node = object(old.pos, members);
        // Fields without a place go on under their own names, to be reported.
        if let (Value::Object { members, .. }, Some(old)) = (&mut node.value, old.members()) {
            for (key, value) in
                old.iter().filter(|(k, _)| !MAPPED.contains(&k.name.as_ref()) && !["date", "era", "type"].contains(&k.name.as_ref()))
            {
                members.push((key.clone(), value.clone()));
            }
        }
        node
    }

    pub fn modern<'a>(timeline: &Node<'a>) -> Node<'a> {
        let list = |name: &str| -> Node<'a> {
            let node = timeline.get(name);
            let items = node.and_then(Node::as_array).unwrap_or_default().iter().map(slide).collect();
            Node { pos: node.map_or(timeline.pos, |n| n.pos), value: Value::Array { items, complete: true } }
        };
        let title = slide(timeline);
        object(timeline.pos, vec![("title", title), ("events", list("date")), ("eras", list("era"))])
    }

    /// A problem's place in the current layout, named as the older file names it.
    pub fn path(modern: &str) -> String {
        let mut out = modern.to_owned();
        for (from, to) in [
            ("title.text.", "timeline."),
            ("title.media", "timeline.asset"),
            ("events[", "timeline.date["),
            ("eras[", "timeline.era["),
            ("events", "timeline.date"),
            (".start_date", ".startDate"),
            (".end_date", ".endDate"),
            (".text.headline", ".headline"),
            (".text.text", ".text"),
            (".media", ".asset"),
            (".group", ".tag"),
        ] {
            if let Some(i) = out.find(from) {
                if from == "events" && out.starts_with("timeline.") {
                    continue;
                }
                out.replace_range(i..i + from.len(), to);
            }
        }
        out
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
        assert_eq!(t.description.get("en"), "How people learned to work metals.", "the title slide's text, as text");
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
    fn a_slide_without_a_headline_is_named_by_the_start_of_its_text_or_else_its_date() {
        let long = "The first crewed landing on the Moon, watched live by some six hundred million people around the world";
        let text = format!(
            r#"{{"events": [
          {{"start_date": {{"year": 1969, "month": 7, "day": 20}}, "text": {{"text": "<p>{long}</p><p>Second paragraph</p>"}}}},
          {{"start_date": {{"year": 1970}}, "text": {{"headline": "", "text": "<p>Short one</p>"}}}},
          {{"start_date": {{"year": 1971, "month": 4}}, "media": {{"url": "https://example.org/a.jpg"}}}}
        ]}}"#
        );
        let parsed = crate::import::parse_named(&text, "Space race").0;
        // Without a title slide, the timeline is titled by the name given (a file's), as a spreadsheet is.
        assert_eq!((parsed.timeline.title.get("en"), parsed.timeline.id.as_str()), ("Space race", "space-race"));
        let titles: Vec<&str> = parsed.timeline.events.iter().map(|e| e.title.get("en")).collect();
        assert_eq!(titles, ["The first crewed landing on the Moon, watched live by some six hundred million…", "Short one", "1971-04"]);
        assert!(titles[0].chars().count() <= 81);
        // The text is kept whole in the details.
        assert!(parsed.timeline.events[0].summary.get("en").ends_with("Second paragraph"));
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

    #[test]
    fn dates_written_as_decimal_numbers_are_read_as_their_integers() {
        // Files written by tools that hold every number as a float (Python, Godot,
        // spreadsheet exports): TimelineJS, in JavaScript, reads 2000.0 as 2000.
        let text = r#"{"events": [
          {"start_date": {"year": 2000.0, "month": 2.0, "day": 29.0, "hour": 14.0}, "text": {"headline": "leap"}},
          {"start_date": {"year": 1.973e3}, "end_date": {"year": 2025.0, "month": 3.0}, "text": {"headline": "span"}},
          {"start_date": {"year": 2000.5}, "text": {"headline": "half a year"}}
        ]}"#;
        let parsed = parse_any(text).0;
        let t = &parsed.timeline;
        assert_eq!(t.events.len(), 2, "{:#?}", parsed.problems);
        // In date order.
        assert_eq!(t.events[0].date, Date::year(1973));
        assert_eq!(t.events[0].end.map(|d| (d.year, d.month)), Some((2025, Some(3))));
        assert_eq!((t.events[1].date.year, t.events[1].date.month, t.events[1].date.day), (2000, Some(2), Some(29)));
        // A year with a fraction is still named, with the text as written.
        assert_eq!(parsed.problems.len(), 1, "{:#?}", parsed.problems);
        assert_eq!(parsed.problems[0].path, "events[2].start_date.year");
        assert!(matches!(&parsed.problems[0].kind, ProblemKind::InvalidDate { text, .. } if text == "2000.5"));
    }

    #[test]
    fn slide_ids_are_kept_as_ids_said_when_repeated_and_never_shared() {
        let text = r#"{"events": [
          {"start_date": {"year": 2001}, "text": {"headline": "a"}, "unique_id": "Slide 1"},
          {"start_date": {"year": 2002}, "text": {"headline": "b"}, "unique_id": "event-3"},
          {"start_date": {"year": 2003}, "text": {"headline": "c"}},
          {"start_date": {"year": 2004}, "text": {"headline": "d"}, "unique_id": "slide-1"},
          {"start_date": {"year": 2005}, "text": {"headline": "e"}, "unique_id": "  "}
        ]}"#;
        let parsed = parse_any(text).0;
        let ids: Vec<&str> = parsed.timeline.events.iter().map(|e| e.id.as_str()).collect();
        // Those without one (or with one taken) are named by their day and title.
        assert_eq!(ids, ["slide-1", "event-3", "2003-c", "2004-d", "2005-e"]);
        let found: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(found, [("events[3].unique_id", &ProblemKind::DuplicateId("slide-1".into()))]);
    }
}
