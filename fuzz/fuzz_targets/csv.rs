//! The spreadsheet reader on any text: never panics, reports rows by number.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::import::csv;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = csv::import(&text, "fuzz");
    for e in &parsed.timeline.events {
        assert!(e.end.is_none_or(|end| end.last_day() >= e.date.first_day()));
    }
    let _ = relationship_timeline::write::to_json(&parsed.timeline);
});
