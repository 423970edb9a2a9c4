//! HTML to safe text on any input: never panics, never lets a tag through.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::import::html;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (text, _) = html::to_text(&input);
    // Whatever looks like a tag in the output was written as an entity in the input.
    if text.contains("<script") {
        assert!(input.contains("&lt;") || input.contains("&#"), "{input:?} -> {text:?}");
    }
});
