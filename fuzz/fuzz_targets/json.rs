//! The native reader on any text: never panics; what it keeps is valid, writes back
//! and reads again to the same timeline.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::{parse, write};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = parse::parse(&text);
    for p in &parsed.problems {
        assert!(p.pos.line >= 1 && p.pos.col >= 1);
    }
    if !parsed.timeline.events.is_empty() {
        let again = parse::parse(&write::to_json(&parsed.timeline));
        assert_eq!(again.timeline, parsed.timeline);
    }
});
