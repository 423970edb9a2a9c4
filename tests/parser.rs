//! Parser errors say where they are, and a bad event costs only itself.
#![cfg(not(target_arch = "wasm32"))]

use relationship_timeline::json::Pos;
use relationship_timeline::parse::parse;
use relationship_timeline::problem::{ProblemKind, Severity};

/// A small valid document with `events` spliced in.
fn doc(events: &str) -> String {
    format!(
        r#"{{
  "format": "relationship-timeline/1",
  "id": "t",
  "title": {{"vi": "Thử", "en": "Test"}},
  "tiers": [{{"id": "low", "name": {{"vi": "Thấp", "en": "Low"}}}}],
  "pillars": [{{"id": "eco", "name": {{"vi": "Kinh tế", "en": "Economy"}}}}],
  "sources": [{{"id": "s1", "title": "Source"}}],
  "events": [
{events}
  ]
}}"#
    )
}

fn event(id: &str, date: &str) -> String {
    format!(
        r#"    {{"id": "{id}", "date": "{date}", "kind": "visit", "title": {{"vi": "V {id}", "en": "E {id}"}}, "summary": {{"vi": "t", "en": "s"}}, "sources": [{{"source": "s1", "quote": "q"}}]}}"#
    )
}

/// The line (1-based) of the first line in `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> u32 {
    text.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1
}

#[test]
fn one_bad_event_is_reported_and_the_others_kept() {
    let text = doc(&[event("a", "2020"), event("b", "2025-02-30"), event("c", "2021-05")].join(",\n"));
    let parsed = parse(&text);
    let ids: Vec<&str> = parsed.timeline.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(parsed.problems.len(), 1);
    let p = &parsed.problems[0];
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.path, "events[1].date");
    let line = line_of(&text, "2025-02-30");
    let col = text.lines().nth(line as usize - 1).unwrap().find("\"2025-02-30\"").unwrap() as u32 + 1;
    assert_eq!(p.pos, Pos { line, col });
    assert!(matches!(p.kind, ProblemKind::InvalidDate { .. }));
}

#[test]
fn every_problem_is_collected_not_just_the_first() {
    let bad = [
        event("a", "2025-13"),
        r#"    {"id": "b", "date": "2020", "end": "2019", "kind": "visit", "title": "B", "sources": []}"#.to_owned(),
        event("a2", "2020").replace("\"a2\"", "\"has space\""),
        r#"    {"id": "d", "date": "2020", "kind": "visit", "title": "D", "tier": "missing", "pillars": ["eco", "nope"], "sources": [{"source": "s9", "quote": "q"}]}"#.to_owned(),
        event("ok", "2020"),
        event("ok", "2021"),
        r#"    {"date": "2020", "kind": "visit", "title": "no id"}"#.to_owned(),
        r#"    {"id": "w", "date": 2020, "kind": "wedding", "title": {"vi": "Chỉ tiếng Việt"}, "colour": "red", "sources": [{"source": "s1", "quote": "q"}]}"#.to_owned(),
    ];
    let parsed = parse(&doc(&bad.join(",\n")));
    let found: Vec<(&str, Severity)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.severity)).collect();
    use Severity::*;
    for expected in [
        ("events[0].date", Error),
        ("events[1].end", Error),
        ("events[2].id", Error),
        ("events[3].tier", Error),
        ("events[3].pillars[1]", Error),
        ("events[3].sources[0].source", Error),
        ("events[5].id", Error),
        ("events[6]", Error),
        ("events[7].kind", Warning),
        ("events[7].title", Warning),
        ("events[7].colour", Warning),
    ] {
        assert!(found.contains(&expected), "missing {expected:?} in {found:#?}");
    }
    let kept: Vec<&str> = parsed.timeline.events.iter().map(|e| e.id.as_str()).collect();
    // d keeps its valid pillar and loses the dangling references; w is kept with warnings.
    assert_eq!(kept, ["d", "ok", "w"]);
    let d = &parsed.timeline.events[0];
    assert_eq!((d.tier, d.pillars.as_slice(), d.citations.len()), (None, &[0][..], 0));
    let kinds: Vec<&ProblemKind> = parsed.problems.iter().map(|p| &p.kind).collect();
    assert!(kinds.contains(&&ProblemKind::DuplicateId("ok".into())));
    assert!(kinds.contains(&&ProblemKind::EndBeforeStart { start: "2020".into(), end: "2019".into() }));
    assert!(kinds.contains(&&ProblemKind::MissingField("id")));
    assert!(kinds.contains(&&ProblemKind::UnknownReference { list: "tiers", id: "missing".into() }));
    assert!(kinds.contains(&&ProblemKind::MissingTranslation("en".into())));
    // Problems come in document order.
    assert!(parsed.problems.windows(2).all(|w| (w[0].pos.line, w[0].pos.col) <= (w[1].pos.line, w[1].pos.col)));
}

#[test]
fn syntax_errors_point_at_the_place_and_keep_what_came_before() {
    let text = doc(&[event("a", "2020"), event("b", "2021")].join(",\n")).replacen("\"b\", \"date\"", "\"b\" \"date\"", 1);
    let parsed = parse(&text);
    let syntax = parsed.problems.iter().find(|p| matches!(p.kind, ProblemKind::Syntax(_))).unwrap();
    let line = line_of(&text, "\"b\" \"date\"");
    assert_eq!(syntax.pos.line, line);
    assert_eq!(syntax.pos.col, text.lines().nth(line as usize - 1).unwrap().find("\"b\" ").unwrap() as u32 + 5);
    assert_eq!(parsed.timeline.events.len(), 1, "the event before the error is kept");
    assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::IncompleteEvent && p.path == "events[1]"));
}

#[test]
fn trailing_commas_and_truncation_are_syntax_errors() {
    // A comma left before a closing bracket is an error where it is, and every event
    // after it is still read: in an event's list, in a list inside it, after the last event.
    let events = [
        event("a", "2020").replace(r#""kind": "visit","#, r#""kind": "visit", "pillars": ["eco",],"#),
        event("b", "2021").replace(r#""q"}]}"#, r#""q"},]}"#),
        event("c", "2022"),
    ];
    let trailing = doc(&format!("{},", events.join(",\n")));
    let parsed = parse(&trailing);
    let commas: Vec<(u32, u32)> = parsed
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Syntax(relationship_timeline::json::SyntaxError::TrailingComma))
        .map(|p| (p.pos.line, p.pos.col))
        .collect();
    // The 1-based line and column of the comma that ends the first `needle`.
    let comma_of = |needle: &str| {
        let line = line_of(&trailing, needle);
        let text = trailing.lines().nth(line as usize - 1).unwrap();
        (line, (text.find(needle).unwrap() + needle.len()) as u32)
    };
    assert_eq!(
        commas,
        [
            comma_of(r#"["eco","#),
            comma_of(r#""q"},"#),
            comma_of(r#""E c"}, "summary": {"vi": "t", "en": "s"}, "sources": [{"source": "s1", "quote": "q"}]},"#)
        ]
    );
    assert_eq!(parsed.timeline.events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(parsed.timeline.events[0].pillars, [0]);
    assert_eq!(parsed.timeline.events[1].citations.len(), 1);
    assert!(!parsed.is_valid(), "still an error: other tools refuse the file");
    let full = doc(&[event("a", "2020"), event("b", "2021")].join(",\n"));
    let cut = &full[..full.find("E b").unwrap()];
    let parsed = parse(cut);
    assert_eq!(parsed.timeline.events.len(), 1);
    assert!(!parsed.is_valid());
}

#[test]
fn wrong_types_and_formats_are_named() {
    let parsed = parse(&doc(r#"    {"id": "a", "date": ["2020"], "kind": "visit", "title": "A"}"#));
    let p = parsed.problems.iter().find(|p| p.path == "events[0].date").unwrap();
    assert_eq!(p.kind, ProblemKind::WrongType { expected: "string", found: "array" });
    let parsed = parse(r#"{"format": "relationship-timeline/2", "events": []}"#);
    assert_eq!(parsed.problems[0].kind, ProblemKind::UnsupportedFormat("relationship-timeline/2".into()));
    let parsed = parse("[1, 2]");
    assert_eq!(parsed.problems[0].kind, ProblemKind::WrongType { expected: "object", found: "array" });
    let parsed = parse(&doc(""));
    assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::NoEvents));
}

#[test]
fn unsafe_source_links_are_dropped_with_a_warning() {
    let text = doc(&event("a", "2020")).replace(r#""title": "Source""#, r#""title": "Source", "url": "JaVaScRiPt:alert(1)""#);
    let parsed = parse(&text);
    assert_eq!(parsed.timeline.sources[0].url, None);
    assert!(parsed.problems.iter().any(|p| matches!(p.kind, ProblemKind::UnsafeUrl(_)) && p.severity == Severity::Warning));
}

#[test]
fn a_timeline_description_is_read_in_each_language_and_checked_like_any_text() {
    let text = doc(&event("a", "2020")).replacen(
        r#""title": {"vi": "Thử", "en": "Test"},"#,
        r#""title": {"vi": "Thử", "en": "Test"}, "description": {"vi": "Năm mươi năm", "en": "Fifty years"},"#,
        1,
    );
    let parsed = parse(&text);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let d = &parsed.timeline.description;
    assert_eq!((d.get("vi"), d.get("en")), ("Năm mươi năm", "Fifty years"));
    // Optional: none is empty, not a problem; a wrong type is named where it is.
    assert!(parse(&doc(&event("a", "2020"))).timeline.description.is_empty());
    let wrong = doc(&event("a", "2020")).replacen(r#""id": "t","#, r#""id": "t", "description": 5,"#, 1);
    let parsed = parse(&wrong);
    assert_eq!(parsed.problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(), ["description"]);
    assert_eq!(parsed.timeline.events.len(), 1);
}

#[test]
fn mixed_offsets_are_named_by_a_time_written_with_each_in_every_language() {
    let text = doc(&[
        event("a", "2025-03-12T09:00Z"),
        event("b", "2025-03-12T14:30+07:00"),
        event("c", "2025-03-12T16:45+07:00"),
        event("d", "2025-03-13T10:00"),
    ]
    .join(",\n"));
    let parsed = parse(&text);
    assert_eq!(parsed.timeline.events.len(), 4);
    let kinds: Vec<&ProblemKind> = parsed.problems.iter().map(|p| &p.kind).collect();
    assert_eq!(kinds, [&ProblemKind::MixedOffsets("09:00Z, 14:30+07:00, 10:00".into())]);
    assert_eq!(parsed.problems[0].severity, Severity::Warning);
    // A time that gives no offset is shown as written, not named by an English word.
    for lang in relationship_timeline::i18n::Lang::ALL {
        let said = lang.strings().problem(&parsed.problems[0].kind);
        assert!(said.contains("(09:00Z, 14:30+07:00, 10:00)") || said.contains("（09:00Z, 14:30+07:00, 10:00）"), "{said}");
        assert!(!said.contains("none"), "{said}");
    }
    // One offset throughout (or none throughout) is no mix.
    let same = parse(&doc(&[event("a", "2025-03-12T09:00"), event("b", "2025-03-12T10:00")].join(",\n")));
    assert!(same.problems.is_empty(), "{:?}", same.problems);
}
