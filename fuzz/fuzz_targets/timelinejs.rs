//! The readers of other tools' JSON — TimelineJS's, vis-timeline's items, a
//! spreadsheet's rows — on any JSON: never panic; media links are safe, spans run forwards, ids are unique, texts
//! carry no control or direction-override characters. And the format's detection on any
//! text (data kept in a script among it): never panics, places every problem.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::import::{csv, timelinejs, vis};
use relationship_timeline::json;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if !text.starts_with(['{', '[']) {
        for p in &relationship_timeline::import::parse_any(&text).0.problems {
            assert!(p.pos.line >= 1 && p.pos.col >= 1, "{p:?}");
        }
    }
    if let (Some(root), _) = json::read(&text) {
        // A spreadsheet's rows as JSON: never panics, and its spans run forwards.
        for e in &csv::import_rows(&root, "t", Vec::new()).timeline.events {
            assert!(e.end.is_none_or(|end| end.last_day() >= e.date.first_day()));
        }
        for parsed in [timelinejs::import(&root, "t", Vec::new()), vis::import(&root, "t", Vec::new())] {
            let mut ids = std::collections::HashSet::new();
            for e in &parsed.timeline.events {
                assert!(ids.insert(e.id.clone()), "{} twice", e.id);
                assert!(e.end.is_none_or(|end| end.last_day() >= e.date.first_day()));
                if let Some(url) = e.media.as_ref().and_then(|m| m.url.as_deref()) {
                    assert!(relationship_timeline::parse::is_safe_url(url), "{url}");
                }
                for s in [e.title.get("en"), e.summary.get("en")] {
                    assert!(s.chars().all(|c| c == '\n' || !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c))), "{s:?}");
                }
            }
        }
    }
});
