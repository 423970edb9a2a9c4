//! The readers of other tools' JSON — TimelineJS's, vis-timeline's items, a
//! spreadsheet's rows — on any JSON: never panic; media links are safe, spans run forwards, ids are unique, texts
//! carry no control or direction-override characters.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::import::{csv, timelinejs, vis};
use relationship_timeline::json;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
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
