//! The TimelineJS reader on any JSON: never panics; no markup survives in its texts.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::{import::timelinejs, json};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let (Some(root), _) = json::read(&text) {
        let parsed = timelinejs::import(&root, Vec::new());
        for e in &parsed.timeline.events {
            for s in [e.title.get("en"), e.summary.get("en")] {
                let lower = s.to_ascii_lowercase();
                assert!(!lower.contains("<script") || text.contains("&lt;script"), "{s}");
            }
        }
    }
});
