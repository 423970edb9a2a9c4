//! HTML to safe text on any input: never panics; the text has no control or
//! direction-override characters and no blank runs longer than a paragraph break.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::import::html;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (text, _) = html::to_text(&input);
    let hidden = |c: char| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
    assert!(text.chars().all(|c| c == '\n' || !hidden(c)), "{text:?}");
    assert!(!text.contains("\n\n\n") && text.trim() == text, "{text:?}");
});
