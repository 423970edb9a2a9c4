//! vis-timeline's items read as a timeline: a JSON array of
//! `{id, content, start, end?, group?, type?, title?}`, or an object holding `items`
//! (and `groups`, `[{id, content}]`), as pages that use vis-timeline keep them.
//!
//! `content` (HTML) is the event's title and `title` (its tooltip, HTML) its summary,
//! both as text; `start` and `end` are ISO dates and times or milliseconds since 1970
//! (UTC); a group is a pillar named by the group's `content`; a `background` item is a
//! period of the relationship, as TimelineJS's eras are. What vis-timeline uses for
//! looks or editing (`className`, `style`, `editable`, …) is named once and left out.
//! The timeline is titled by the name given (the file's), as a spreadsheet is.

use std::collections::HashMap;

use super::csv::{either_way, sheet_date, DayOrder};
use super::html;
use super::timelinejs::{event_id, group_pillar, imported_event};
use crate::date::{civil_from_days, Date, DateError, Time};
use crate::json::{integral, Node, Value};
use crate::model::{Text, Tier, TierPeriod};
use crate::parse::{Parsed, MAX_EVENTS};
use crate::problem::{Fate, Problem, ProblemKind};

/// An item's fields this reader uses.
const ITEM_FIELDS: [&str; 7] = ["id", "content", "start", "end", "group", "type", "title"];

/// A group's fields this reader uses.
const GROUP_FIELDS: [&str; 2] = ["id", "content"];

/// Text of a string or number node (vis-timeline ids and groups may be either).
fn label(node: &Node) -> Option<String> {
    match &node.value {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some((*n).to_owned()),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

/// A vis-timeline date: an ISO text, or milliseconds since 1970-01-01 (UTC; a day
/// alone when at midnight), or a day as a browser's `Date` reads one, which
/// vis-timeline takes too: `4/28/2014` (month first, as JavaScript reads it),
/// `2014/04/28`, `April 28, 2014`, `April 2014` (a month, as written).
fn date(node: &Node) -> Result<Date, (String, DateError)> {
    match &node.value {
        Value::String(s) => sheet_date(s.trim(), DayOrder::MonthFirst).map_err(|e| (s.trim().to_owned(), e)),
        Value::Number(n) => from_millis(integral(n).ok_or_else(|| ((*n).to_owned(), DateError::Shape))?).map_err(|e| ((*n).to_owned(), e)),
        _ => Err((String::new(), DateError::Shape)),
    }
}

/// Milliseconds since 1970-01-01 (UTC) as a date: a day alone at midnight, else the
/// day at its time in UTC. Within JavaScript's dates (±8.64e15 ms).
pub(crate) fn from_millis(ms: i64) -> Result<Date, DateError> {
    if ms.unsigned_abs() > 8_640_000_000_000_000 {
        return Err(DateError::Shape);
    }
    let (days, of_day) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let (year, month, day) = civil_from_days(days);
    let date = Date::checked(i64::from(year), Some(month), Some(day))?;
    // Midnight is how a day alone is written in milliseconds.
    if of_day == 0 {
        return Ok(date);
    }
    let seconds = of_day / 1000;
    Ok(date.at(Time { minute: (seconds / 60) as u16, second: Some((seconds % 60) as u8), milli: (of_day % 1000) as u16, offset: Some(0) }))
}

/// Reads vis-timeline's items; `name` titles the timeline.
pub fn import(root: &Node, name: &str, mut problems: Vec<Problem>) -> Parsed {
    let mut t = super::csv::titled(name);
    let (list, prefix) = super::vis_items(root).unwrap_or_default();
    let at = |i: usize, field: &str| if field.is_empty() { format!("{prefix}[{i}]") } else { format!("{prefix}[{i}].{field}") };
    // Group ids → their names, from `groups` when the file has them.
    let mut group_names: HashMap<String, String> = HashMap::new();
    let mut told: Vec<String> = Vec::new();
    for (i, g) in root.get("groups").and_then(Node::as_array).unwrap_or_default().iter().enumerate() {
        if let (Some(id), Some(content)) = (g.get("id").and_then(label), g.get("content").and_then(Node::as_str)) {
            group_names.insert(id, html::to_text(content).0);
        }
        // A group is a pillar, named by its content: the rest of it (nesting, order,
        // styles, a tooltip) is said to be left out, each field once.
        for (key, _) in g.members().unwrap_or_default() {
            let field = format!("groups.{}", key.name);
            if !GROUP_FIELDS.contains(&key.name.as_ref()) && !told.contains(&field) {
                let kind = ProblemKind::NotShown { field: key.name.to_string(), fate: Fate::Ignored };
                problems.push(Problem::warning(format!("groups[{i}].{}", key.name), key.pos, kind));
                told.push(field);
            }
        }
    }
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut ids: HashMap<String, ()> = HashMap::new();
    let mut given = 0;
    // A day that reads either way is said once a file, at the first.
    let mut told_month_first = false;
    for (i, item) in list.iter().enumerate() {
        if t.events.len() >= MAX_EVENTS {
            problems.push(Problem::error(at(i, ""), item.pos, ProblemKind::TooManyEvents { limit: MAX_EVENTS }));
            break;
        }
        let Some(members) = item.members() else {
            problems.push(Problem::error(at(i, ""), item.pos, ProblemKind::WrongType { expected: "object", found: item.type_name() }));
            continue;
        };
        for (key, _) in members {
            if !ITEM_FIELDS.contains(&key.name.as_ref()) && !told.iter().any(|k| *k == key.name) {
                told.push(key.name.to_string());
                let kind = ProblemKind::NotShown { field: key.name.to_string(), fate: Fate::Ignored };
                problems.push(Problem::warning(at(i, &key.name), key.pos, kind));
            }
        }
        let text = |field: &str, problems: &mut Vec<Problem>| -> Option<String> {
            let node = item.get(field)?;
            let (text, removed) = html::to_text(node.as_str()?);
            if !removed.is_empty() {
                problems.push(Problem::warning(at(i, field), node.pos, ProblemKind::HtmlRemoved(removed.join(", "))));
            }
            Some(text.trim().to_owned()).filter(|t| !t.is_empty())
        };
        let background = item.get("type").and_then(Node::as_str) == Some("background");
        if !background {
            given += 1;
        }
        let mut read = |field: &str, problems: &mut Vec<Problem>| -> Option<Option<Date>> {
            let Some(node) = item.get(field).filter(|n| !matches!(n.value, Value::Null)) else { return Some(None) };
            match date(node) {
                Ok(d) => {
                    if let (false, Some(text)) = (told_month_first, node.as_str().map(str::trim).filter(|t| either_way(t))) {
                        let kind = ProblemKind::MonthFirst { text: text.to_owned(), day: d.iso() };
                        problems.push(Problem::warning(at(i, field), node.pos, kind));
                        told_month_first = true;
                    }
                    Some(Some(d))
                }
                Err((text, error)) => {
                    problems.push(Problem::error(at(i, field), node.pos, ProblemKind::InvalidDate { text, error }));
                    None
                }
            }
        };
        let (start, end) = (read("start", &mut problems), read("end", &mut problems));
        let (Some(start), Some(end)) = (start, end) else { continue };
        let Some(start) = start else {
            problems.push(Problem::error(at(i, ""), item.pos, ProblemKind::MissingField("start")));
            continue;
        };
        if let Some(e) = end.filter(|e| e.ends_before(&start)) {
            let pos = item.get("end").map_or(item.pos, |n| n.pos);
            problems.push(Problem::error(at(i, "end"), pos, ProblemKind::EndBeforeStart { start: start.iso(), end: e.iso() }));
            continue;
        }
        let title = text("content", &mut problems);
        if background {
            // A period of the relationship, named by its content, as TimelineJS's eras.
            let tier = t.tiers.len();
            let name = title.unwrap_or_else(|| format!("Era {}", tier + 1));
            t.tiers.push(Tier { id: format!("era-{}", tier + 1), name: Text::plain(&name) });
            t.eras.push(TierPeriod { tier, from: start, until: end });
            continue;
        }
        let pillars: Vec<usize> = item
            .get("group")
            .and_then(label)
            .map(|g| {
                let name = group_names.get(&g).filter(|n| !n.is_empty()).map_or(g.as_str(), String::as_str);
                group_pillar(&mut t.pillars, &mut groups, &g, name)
            })
            .into_iter()
            .collect();
        let own = item.get("id").and_then(|n| Some((n, label(n)?)));
        let id = event_id(own.as_ref().map(|(n, s)| (*n, s.as_str())), &mut ids, &at(i, "id"), &mut problems);
        let summary = text("title", &mut problems);
        // An item without content is named by its date, as TimelineJS's slides are.
        let title = title.unwrap_or_else(|| start.iso());
        t.events.push(imported_event(id, start, end, pillars, &title, summary.as_deref()));
    }
    super::csv::name_events(&mut t.events, "en");
    crate::model::sort_events(&mut t.events);
    crate::model::sort_periods(&mut t.eras);
    // Days written as date and time (`2014-04-20T00:00:00`, as scripts write a day) are days.
    super::midnights_as_days(&mut t);
    if t.events.is_empty() {
        let kind = if given == 0 { ProblemKind::NoEvents } else { ProblemKind::NoneUsable(given) };
        problems.push(Problem::error(prefix, root.pos, kind));
    }
    if let Some(kind) = crate::model::mixed_offsets(&t) {
        problems.push(Problem::warning(prefix, root.pos, kind));
    }
    crate::problem::sort_problems(&mut problems);
    Parsed { given: given.max(t.events.len()), timeline: t, problems }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{parse_named, Format};

    #[test]
    fn vis_timeline_items_read_as_a_timeline() {
        let text = r#"[
          {"id": 1, "content": "item <b>1</b>", "start": "2014-04-20"},
          {"id": 2, "content": "item 2", "start": "2014-04-14", "end": "2014-04-19", "group": "a", "title": "A <i>tip</i>"},
          {"id": "three", "content": "item 3", "start": 1403101800000, "className": "red", "style": "color: red"},
          {"id": 4, "content": "item 4", "start": "2014-06-18T14:30:00.000+07:00", "type": "point", "className": "blue"},
          {"id": 5, "content": "midnight", "start": 1403049600000},
          {"content": "Spring", "start": "2014-03-20", "end": "2014-06-21", "type": "background"},
          {"id": 6, "content": "bad", "start": "14 Aprill 2014"},
          {"id": 7, "content": "backwards", "start": "2014-05-02", "end": "2014-05-01"},
          {"id": 8, "content": "beyond JavaScript's dates", "start": 9e18},
          {"id": 9, "content": "as String(date) writes it", "start": "Wed Jun 18 2014 21:30:00 GMT+0700 (Indochina Time)"}
        ]"#;
        let (parsed, format) = parse_named(text, "Spring 2014");
        assert_eq!(format, Format::VisTimeline);
        let t = &parsed.timeline;
        assert_eq!((t.id.as_str(), t.title.get("en")), ("spring-2014", "Spring 2014"));
        let events: Vec<(&str, String, &str)> = t.events.iter().map(|e| (e.id.as_str(), e.date.iso(), e.title.get("en"))).collect();
        assert_eq!(
            events,
            [
                ("2", "2014-04-14".into(), "item 2"),
                ("1", "2014-04-20".into(), "item 1"),
                ("5", "2014-06-18".into(), "midnight"),
                // Milliseconds since 1970 are UTC; times are ordered as written.
                ("three", "2014-06-18T14:30:00Z".into(), "item 3"),
                ("4", "2014-06-18T14:30:00+07:00".into(), "item 4"),
                ("9", "2014-06-18T21:30:00+07:00".into(), "as String(date) writes it"),
            ]
        );
        let two = &t.events[0];
        assert_eq!(two.end.map(|d| d.iso()).as_deref(), Some("2014-04-19"));
        assert_eq!(two.summary.get("en"), "A tip");
        assert_eq!(t.pillars.iter().map(|p| p.name.get("en")).collect::<Vec<_>>(), ["a"]);
        assert_eq!((t.tiers.len(), t.eras.len()), (1, 1), "the background item is a period");
        assert_eq!(t.tiers[0].name.get("en"), "Spring");
        let found: Vec<(&str, bool)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.is_error())).collect();
        assert!(found.contains(&("[6].start", true)) && found.contains(&("[7].end", true)), "{found:?}");
        assert!(found.contains(&("[8].start", true)), "{found:?}");
        assert!(found.contains(&("[2].className", false)) && found.contains(&("[2].style", false)), "{found:?}");
        assert_eq!(found.iter().filter(|(p, _)| p.ends_with("className")).count(), 1, "named once");
        assert_eq!(parsed.given, 9);
    }

    #[test]
    fn items_all_at_midnight_are_days_and_one_other_time_keeps_them_all() {
        let days = |text: &str| -> Vec<String> { parse_named(text, "t").0.timeline.events.iter().map(|e| e.date.iso()).collect() };
        let midnights = r#"[{"content": "a", "start": "2014-04-20T00:00:00"}, {"content": "b", "start": "2014-04-21T00:00:00.000Z", "end": "2014-04-23T00:00:00Z"}]"#;
        assert_eq!(days(midnights), ["2014-04-20", "2014-04-21"]);
        let parsed = parse_named(midnights, "t").0;
        assert_eq!(parsed.timeline.events[1].end.map(|d| d.iso()).as_deref(), Some("2014-04-23"));
        assert!(parsed.problems.is_empty(), "no mixed offsets among days: {:#?}", parsed.problems);
        let timed = r#"[{"content": "a", "start": "2014-04-20T00:00:00"}, {"content": "b", "start": "2014-04-21T09:30:00"}]"#;
        assert_eq!(days(timed), ["2014-04-20T00:00:00", "2014-04-21T09:30:00"]);
    }

    #[test]
    fn items_and_groups_in_an_object_name_the_pillars() {
        let text = r#"{"groups": [{"id": 1, "content": "Trade"}, {"id": 2, "content": "<b>Defence</b>"}],
          "items": [{"id": "a", "group": 1, "content": "A", "start": "2020-01-01"},
                    {"id": "b", "group": 2, "content": "B", "start": "2021-01-01"},
                    {"id": "c", "group": 1, "content": "C", "start": "2022"}]}"#;
        let (parsed, format) = parse_named(text, "t");
        assert_eq!(format, Format::VisTimeline);
        assert!(parsed.is_valid() && parsed.problems.is_empty(), "{:#?}", parsed.problems);
        let t = &parsed.timeline;
        assert_eq!(t.pillars.iter().map(|p| p.name.get("en")).collect::<Vec<_>>(), ["Trade", "Defence"]);
        assert_eq!(t.events.iter().map(|e| e.pillars.clone()).collect::<Vec<_>>(), [vec![0], vec![1], vec![0]]);
        // What a group holds beyond its name is said to be left out, once a field.
        let nested = r#"{"groups": [{"id": 1, "content": "Trade", "nestedGroups": [2], "className": "x"}, {"id": 2, "content": "Rice", "className": "y"}],
          "items": [{"id": "a", "group": 2, "content": "A", "start": "2020-01-01"}]}"#;
        let (parsed, _) = parse_named(nested, "t");
        let found: Vec<(&str, bool)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.is_error())).collect();
        assert_eq!(found, [("groups[0].nestedGroups", false), ("groups[0].className", false)]);
        assert_eq!(parsed.timeline.pillars[0].name.get("en"), "Rice");
        // Days as a browser's Date reads them, which vis-timeline takes.
        let days = r#"[{"content": "a", "start": "4/28/2014"}, {"content": "b", "start": "2014/04/29"},
          {"content": "c", "start": "April 30, 2014"}, {"content": "d", "start": "May 2014", "end": "2014-06"}]"#;
        let (parsed, _) = parse_named(days, "t");
        assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
        let read: Vec<String> = parsed.timeline.events.iter().map(|e| e.date.iso()).collect();
        assert_eq!(read, ["2014-04-28", "2014-04-29", "2014-04-30", "2014-05"]);
        // A day that reads either way is read month first, as a browser reads it, and
        // said once a file, at the first; one that cannot be read day first is not said.
        let either = r#"[{"content": "a", "start": "4/13/2014"}, {"content": "b", "start": "4/5/2014", "end": "6/7/2014"},
          {"content": "c", "start": "5/5/2014"}, {"content": "d", "start": "8/9/2014"}]"#;
        let (parsed, _) = parse_named(either, "t");
        let said: Vec<(&str, &ProblemKind)> = parsed.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(said, [("[1].start", &ProblemKind::MonthFirst { text: "4/5/2014".into(), day: "2014-04-05".into() })]);
        assert!(!parsed.problems[0].is_error());
        let read: Vec<String> = parsed.timeline.events.iter().map(|e| e.date.iso()).collect();
        assert_eq!(read, ["2014-04-05", "2014-04-13", "2014-05-05", "2014-08-09"]);
        let line = crate::phrase::problem_line(&parsed.problems[0], crate::i18n::Lang::En.strings());
        assert!(line.contains("\"4/5/2014\" is read month first (2014-04-05)"), "{line}");
        // Nothing usable: said, not a blank timeline.
        let (parsed, _) = parse_named(r#"[{"content": "x", "start": "never"}]"#, "t");
        assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::NoneUsable(1)));
    }
}
