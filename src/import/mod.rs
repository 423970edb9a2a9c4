//! Reading timelines in the formats editors bring: the native JSON format, TimelineJS3
//! JSON, vis-timeline's items, and spreadsheets saved as CSV. [`parse_any`] tells them
//! apart.

#[cfg(feature = "importers")]
pub mod csv;
#[cfg(feature = "importers")]
pub mod html;
#[cfg(feature = "importers")]
pub mod rough;
#[cfg(feature = "importers")]
pub mod script;
#[cfg(feature = "importers")]
pub mod timelinejs;
#[cfg(feature = "importers")]
pub mod vis;

use crate::json;
use crate::parse::{self, Parsed, MAX_INPUT_BYTES};
#[cfg(feature = "importers")]
use crate::problem::{Problem, ProblemKind};

/// The formats a timeline can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Native,
    TimelineJs,
    VisTimeline,
    Csv,
    /// A spreadsheet's rows as a JSON list of objects.
    Rows,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "relationship-timeline JSON",
            Format::TimelineJs => "TimelineJS JSON",
            Format::VisTimeline => "vis-timeline items (JSON)",
            Format::Csv => "CSV",
            Format::Rows => "spreadsheet rows (JSON)",
        }
    }
}

/// Which format `text` is in: JSON that looks like TimelineJS, other JSON (native), or
/// anything else (CSV).
pub fn detect(text: &str) -> Format {
    match sort(text) {
        Sorted::Csv => Format::Csv,
        Sorted::TimelineJs(..) => Format::TimelineJs,
        Sorted::VisTimeline(..) => Format::VisTimeline,
        Sorted::Rows(..) => Format::Rows,
        Sorted::TooLarge | Sorted::Native(..) => Format::Native,
    }
}

/// `text` told apart, its JSON (if it is JSON) read once, for the reader to use.
enum Sorted<'a> {
    TooLarge,
    Csv,
    #[cfg_attr(not(feature = "importers"), allow(dead_code))]
    TimelineJs(json::Node<'a>, Option<json::JsonError>, Vec<json::Note>),
    #[cfg_attr(not(feature = "importers"), allow(dead_code))]
    VisTimeline(json::Node<'a>, Option<json::JsonError>, Vec<json::Note>),
    #[cfg_attr(not(feature = "importers"), allow(dead_code))]
    Rows(json::Node<'a>, Option<json::JsonError>, Vec<json::Note>),
    Native(Option<json::Node<'a>>, Option<json::JsonError>, Vec<json::Note>),
}

fn sort(text: &str) -> Sorted<'_> {
    if text.len() > MAX_INPUT_BYTES {
        return Sorted::TooLarge;
    }
    let start = after_comments(text.trim_start_matches('\u{feff}'));
    let read = if start.starts_with('{') || start.starts_with('[') {
        json::read_noting(text)
    } else {
        match in_script(text, start) {
            Some(read) => read,
            None => return Sorted::Csv,
        }
    };
    match read.root {
        Some(root) if looks_like_timelinejs(&root) => Sorted::TimelineJs(root, read.error, read.notes),
        Some(root) if looks_like_vis(&root) => Sorted::VisTimeline(root, read.error, read.notes),
        #[cfg(feature = "importers")]
        Some(root) if looks_like_rows(&root) => Sorted::Rows(root, read.error, read.notes),
        root => Sorted::Native(root, read.error, read.notes),
    }
}

/// The data of a script that holds it (`var data = {…};`), read with a note that names
/// the script's words; `None` for text that is not such a script. `start` is `text`
/// from the script's first word.
#[cfg(feature = "importers")]
fn in_script<'a>(text: &'a str, start: &'a str) -> Option<json::Read<'a>> {
    let (from, at, words) = script::find(start)?;
    let text = text.trim_start_matches('\u{feff}');
    let offset = text.len() - start.len();
    let (mut read, end) = json::read_script(text, offset + at);
    // vis-timeline's groups and items, as its pages keep them: two statements, read as
    // one object (`{"groups": […], "items": […]}`) that its reader takes.
    if read.error.is_none() {
        if let Some((next_from, next, next_words)) = script::later(start, end - offset) {
            let group = |w: &str| w.to_ascii_lowercase().contains("group");
            if group(words) != group(next_words) {
                let (mut second, _) = json::read_script(text, offset + next);
                second.notes.insert(0, json::Note::Script(json::pos_of(text, offset + next_from), next_words.to_owned()));
                read = two_lists(read, second, group(words));
            }
        }
    }
    // A trailing comma and a comment are a script's own syntax: the note of the script
    // says what other tools would make of the file.
    read.notes.retain(|n| !matches!(n, json::Note::TrailingComma(_) | json::Note::Comment(_)));
    read.notes.insert(0, json::Note::Script(json::pos_of(text, offset + from), words.to_owned()));
    Some(read)
}

/// A script's groups and items (`groups_first`: in that order) as one object holding
/// both, when both are lists; the first alone otherwise.
#[cfg(feature = "importers")]
fn two_lists<'a>(first: json::Read<'a>, second: json::Read<'a>, groups_first: bool) -> json::Read<'a> {
    match (first.root, second.root) {
        (Some(a), Some(b)) if a.as_array().is_some() && b.as_array().is_some() => {
            let (groups, items) = if groups_first { (a, b) } else { (b, a) };
            let key = |name: &'static str, node: &json::Node| json::Key { name: name.into(), pos: node.pos };
            let pos = items.pos;
            let members = vec![(key("groups", &groups), groups), (key("items", &items), items)];
            let mut notes = first.notes;
            notes.extend(second.notes);
            let root = json::Node { pos, value: json::Value::Object { members, complete: true } };
            json::Read { root: Some(root), error: first.error.or(second.error), notes }
        }
        (root, _) => json::Read { root, error: first.error, notes: first.notes },
    }
}

/// The first module reads JSON alone: a script is left to the importers.
#[cfg(not(feature = "importers"))]
fn in_script<'a>(_: &str, _: &str) -> Option<json::Read<'a>> {
    None
}

/// `text` from its first character that is neither white space nor inside a leading
/// `//` or `/* */` comment: JSON with comments is still JSON, never a spreadsheet.
fn after_comments(text: &str) -> &str {
    let mut rest = text.trim_start();
    loop {
        if let Some(line) = rest.strip_prefix("//") {
            rest = line.find('\n').map_or("", |i| &line[i..]).trim_start();
        } else if let Some(block) = rest.strip_prefix("/*") {
            // By bytes: a string search would bring the standard library's two-way
            // searcher into the first module for this one use.
            rest = block.as_bytes().windows(2).position(|w| w == b"*/").map_or("", |i| &block[i + 2..]).trim_start();
        } else {
            return rest;
        }
    }
}

/// Whether a JSON document looks like TimelineJS: events with `start_date` objects
/// (or date objects with a `year`, under `date`), a `title` slide with
/// `text.headline`, eras, or the older layout's `timeline` object.
fn looks_like_timelinejs(root: &json::Node) -> bool {
    if root.get("format").is_some() {
        return false;
    }
    if root.get("timeline").is_some_and(|t| t.get("date").is_some() || t.get("headline").is_some()) {
        return true;
    }
    let events_have_start = root
        .get("events")
        .and_then(json::Node::as_array)
        .is_some_and(|e| e.iter().any(|ev| ev.get("start_date").is_some() || ev.get("date").is_some_and(|d| d.get("year").is_some())));
    let title_slide = root.get("title").and_then(|t| t.get("text")).is_some();
    events_have_start || title_slide || root.get("eras").and_then(json::Node::as_array).is_some_and(|e| !e.is_empty())
}

/// The items of what may be a vis-timeline file or a spreadsheet's rows — a list, or an
/// object (not the native format) holding one as `items`, or as `events` none of which
/// has the native format's `kind` (`{"events": [{"date": …, "title": …}]}`, as people
/// write a list of events) — and the path their problems are named under.
fn vis_items<'a, 'n>(root: &'a json::Node<'n>) -> Option<(&'a [json::Node<'n>], &'static str)> {
    match (root.as_array(), root.get("events")) {
        (Some(items), _) => Some((items, "")),
        _ if root.get("format").is_some() => None,
        (_, None) => Some((root.get("items")?.as_array()?, "items")),
        (_, Some(events)) => events.as_array().filter(|e| !e.iter().any(|i| i.get("kind").is_some())).map(|e| (e, "events")),
    }
}

/// Whether a JSON document is vis-timeline's items: one of them has a `start` and a
/// `content`.
#[cfg(feature = "importers")]
fn looks_like_vis(root: &json::Node) -> bool {
    vis_items(root).is_some_and(|(items, _)| items.iter().any(|i| i.get("start").is_some() && i.get("content").is_some()))
}

/// The first module's test, for the least code: any list of objects (vis-timeline's
/// items or a spreadsheet's rows) asks for the importers, whose tests tell them apart,
/// or name a list of something else as the wrong shape.
#[cfg(not(feature = "importers"))]
fn looks_like_vis(root: &json::Node) -> bool {
    vis_items(root).is_some_and(|(items, _)| items.iter().any(|i| i.members().is_some()))
}

/// Whether a JSON document is a spreadsheet's rows: a list of objects (alone, or a list
/// of events as [`vis_items`] finds one), one of which has
/// a date and a title under any of the names a sheet's columns may have (the sheet
/// reader's own: `Date`, `Start Date`, `Ngày`; `Title`, `Title VI`, `Headline`, …).
#[cfg(feature = "importers")]
fn looks_like_rows(root: &json::Node) -> bool {
    vis_items(root).is_some_and(|(items, _)| {
        items.iter().filter_map(json::Node::members).any(|members| {
            let has = |column: &str| members.iter().any(|(key, _)| csv::names_column(&csv::compose(&key.name), column));
            has("date") && has("title")
        })
    })
}

/// When every time of day in `timeline` is midnight, as a tool writes a day it keeps as
/// a date and time (`3/13/2025 0:00`, `2014-04-20T00:00:00Z`), its events are on those
/// days, without a time a card would show as "12:00 AM"; one other time keeps them all.
#[cfg(feature = "importers")]
fn midnights_as_days(timeline: &mut crate::model::Timeline) {
    let mut times = timeline.events.iter().flat_map(|e| [Some(e.date), e.end]).flatten().filter_map(|d| d.time).peekable();
    if times.peek().is_none() || times.any(|t| t.minute != 0 || t.second.unwrap_or(0) != 0 || t.milli != 0) {
        return;
    }
    for event in &mut timeline.events {
        event.date.time = None;
        if let Some(end) = &mut event.end {
            end.time = None;
        }
    }
}

/// Reads a timeline in the native format; for data that needs an importer, says which.
/// The widget's smallest build uses this, and loads the importers only when needed.
pub fn parse_native(text: &str) -> Result<Parsed, Format> {
    match sort(text) {
        Sorted::TooLarge => Ok(parse::too_large(text.len())),
        Sorted::Native(root, syntax, notes) => Ok(parse::from_json(root, syntax, &notes)),
        Sorted::Csv => Err(Format::Csv),
        Sorted::TimelineJs(..) => Err(Format::TimelineJs),
        Sorted::VisTimeline(..) => Err(Format::VisTimeline),
        Sorted::Rows(..) => Err(Format::Rows),
    }
}

/// Reads a timeline in any supported format; `name` titles a spreadsheet, which has no
/// place for a title of its own.
#[cfg(feature = "importers")]
pub fn parse_named(text: &str, name: &str) -> (Parsed, Format) {
    match sort(text) {
        Sorted::TooLarge => (parse::too_large(text.len()), Format::Native),
        Sorted::Csv => (csv::import(text, name), Format::Csv),
        Sorted::Native(root, syntax, notes) => (parse::from_json(root, syntax, &notes), Format::Native),
        Sorted::TimelineJs(root, syntax, notes) => (timelinejs::import(&root, name, read_problems(syntax, &notes)), Format::TimelineJs),
        Sorted::VisTimeline(root, syntax, notes) => (vis::import(&root, name, read_problems(syntax, &notes)), Format::VisTimeline),
        Sorted::Rows(root, syntax, notes) => (csv::import_rows(&root, name, read_problems(syntax, &notes)), Format::Rows),
    }
}

/// What reading the JSON found: where it stopped (if it did), and what it read anyway.
#[cfg(feature = "importers")]
fn read_problems(syntax: Option<json::JsonError>, notes: &[json::Note]) -> Vec<Problem> {
    let mut problems: Vec<Problem> = syntax.map(|e| Problem::error("", e.pos, ProblemKind::Syntax(e.error))).into_iter().collect();
    problems.extend(parse::notes_as_problems(notes));
    problems
}

/// Reads a timeline in any supported format.
#[cfg(feature = "importers")]
pub fn parse_any(text: &str) -> (Parsed, Format) {
    parse_named(text, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first module reads the native format alone and names the format of any other
    /// data, to load the module with the importers: a spreadsheet, a script, another
    /// tool's JSON, any list of objects.
    #[cfg(not(feature = "importers"))]
    #[test]
    fn the_first_module_hands_other_formats_over() {
        assert!(parse_native(crate::bundled::VIETNAM_SINGAPORE).is_ok_and(|p| p.timeline.events.len() == 21));
        for (text, format) in [
            ("date,title\n2014,a\n", Format::Csv),
            ("var data = {\"events\": []};", Format::Csv),
            ("{\"events\": [{\"start_date\": {\"year\": 2014}}]}", Format::TimelineJs),
            ("[{\"content\": \"a\", \"start\": \"2014\"}]", Format::VisTimeline),
            ("[{\"date\": \"2014\", \"title\": \"a\"}]", Format::VisTimeline),
        ] {
            assert_eq!(parse_native(text).err(), Some(format), "{text}");
        }
        // Broken JSON and a list of something else are the native format's to report.
        assert!(parse_native("{not json").is_ok_and(|p| !p.problems.is_empty()));
        assert!(parse_native("[1, 2]").is_ok_and(|p| !p.problems.is_empty()));
    }

    #[cfg(feature = "importers")]
    #[test]
    fn formats_are_told_apart() {
        assert_eq!(detect(crate::bundled::VIETNAM_SINGAPORE), Format::Native);
        assert_eq!(detect(include_str!("../../www/data/timelinejs-history.json")), Format::TimelineJs);
        assert_eq!(detect(include_str!("../../www/data/spreadsheet.csv")), Format::Csv);
        assert_eq!(detect("\u{feff}  {\"events\": []}"), Format::Native);
        assert_eq!(detect("{not json"), Format::Native, "broken JSON is reported as JSON, not read as CSV");
        assert_eq!(detect("// from our CMS\n/* v2 */ {\"events\": []}"), Format::Native, "JSON with comments is JSON");
        assert_eq!(
            detect("/* a * b / c **/\n/**/[{\"content\": \"x\", \"start\": \"2020\"}]"),
            Format::VisTimeline,
            "comments end at their own */"
        );
        assert_eq!(detect("{\"timeline\": {\"headline\": \"x\", \"date\": []}}"), Format::TimelineJs, "the older layout");
        assert_eq!(detect("{\"events\": [{\"date\": {\"year\": 1990}}]}"), Format::TimelineJs);
        // vis-timeline's items, alone or with their groups; other lists are not.
        assert_eq!(detect("[{\"id\": 1, \"content\": \"a\", \"start\": \"2014-04-20\"}]"), Format::VisTimeline);
        assert_eq!(detect("{\"items\": [{\"content\": \"a\", \"start\": 0}], \"groups\": []}"), Format::VisTimeline);
        assert_eq!(detect("[{\"id\": 1, \"date\": \"2014\"}]"), Format::Native, "a list of something else is named as the wrong shape");
        // A spreadsheet's rows, as sheet-to-JSON tools write them: a date and a title
        // under any of a sheet's names for them.
        assert_eq!(detect("[{\"Date\": \"2014\", \"Title\": \"a\"}]"), Format::Rows);
        assert_eq!(detect("[{\"x\": 1}, {\"start date\": \"2014\", \"Title VI\": \"a\"}]"), Format::Rows);
        assert_eq!(detect("[{\"start\": \"2014\", \"Headline\": \"a\"}]"), Format::Rows);
        assert_eq!(detect("[{\"Ngày\": \"2014\", \"Tiêu đề\": \"a\"}]"), Format::Rows, "headed in Vietnamese, as a sheet may be");
        assert_eq!(detect("[{\"Year\": 1973, \"Event\": \"a\"}]"), Format::Rows, "headed as a sheet made with no timeline in mind");
        assert_eq!(detect("[{\"Thời gian\": \"1973\", \"Sự kiện\": \"a\"}]"), Format::Rows);
        assert_eq!(
            parse_native("[{\"date\": \"2014\", \"title\": \"a\"}]").err(),
            Some(Format::Rows),
            "the first module asks for the importers"
        );
        assert_eq!(
            parse_native("[{\"content\": \"a\", \"start\": \"2014\"}]").err(),
            Some(Format::VisTimeline),
            "the first module asks for the importers"
        );
        // A list of events as people write one, under `events` with a title beside it
        // but without the native format's ids and kinds, is read as a sheet's rows,
        // titled by its title and named where it is; a native file stays native.
        let listed = "{\"title\": \"Our history\", \"events\": [\n{\"date\": \"2001-05-01\", \"title\": \"a\", \"description\": \"b\"},\n{\"date\": \"2020-13-01\", \"title\": \"c\"}]}";
        assert_eq!(detect(listed), Format::Rows);
        assert_eq!(parse_native(listed).err(), Some(Format::Rows), "the first module asks for the importers");
        let (parsed, _) = parse_any(listed);
        assert_eq!(parsed.timeline.title.get("en"), "Our history");
        let shown: Vec<(&str, &str)> = parsed.timeline.events.iter().map(|e| (e.title.get("en"), e.summary.get("en"))).collect();
        assert_eq!(shown, [("a", "b")]);
        let named: Vec<&str> = parsed.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(named, ["events[1].date"]);
        let unknown = parse_any("{\"events\": [{\"date\": \"2001\", \"title\": \"a\", \"color\": \"red\"}]}").0;
        assert_eq!(unknown.problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(), ["events[*].color"]);
        let native =
            "{\"id\": \"t\", \"title\": \"T\", \"events\": [{\"id\": \"a\", \"date\": \"2001\", \"kind\": \"visit\", \"title\": \"a\"}]}";
        assert_eq!(detect(native), Format::Native);
        assert!(parse_native(native).is_ok());
        // Handed over without a name, a sheet has no title: the widget calls it a
        // timeline in the reader's language.
        for text in
            ["date,title\n2014,a\n", "[{\"date\": \"2014\", \"title\": \"a\"}]", "{\"events\": [{\"start_date\": {\"year\": 2014}}]}"]
        {
            let t = parse_any(text).0.timeline;
            assert_eq!((t.title.get("en"), t.id.as_str()), ("", "timeline"), "{text}");
        }
    }
}
