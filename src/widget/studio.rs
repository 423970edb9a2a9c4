//! The editors' studio's view of a text (`www/studio.html`): the same reading, the same
//! problem lines and the same conversions as the command line's `validate`, `convert`
//! and `render`, run in the browser. Only in the build with the importers.

use wasm_bindgen::prelude::*;

use crate::detail::{array, Json};
use crate::i18n::Lang;
use crate::import::parse_named;

fn lang_of(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or(Lang::En)
}

/// What `validate` says of `text`, in `lang`: the format found, the numbers, every
/// problem with its place, and the events that can be shown. `name` (the file's name
/// without its extension) titles a spreadsheet, as on the command line.
#[wasm_bindgen(js_name = checkText)]
pub fn check_text(text: &str, lang: &str, name: &str) -> Result<JsValue, JsError> {
    let lang = lang_of(lang);
    let s = lang.strings();
    let (parsed, format) = parse_named(text, name);
    // { format, outcome, errors, events: [{ id, title }], problems: [{ severity, line,
    // column, text }], dataAt? }; a problem's text is `LINE:COL: severity: message
    // (path)`; `dataAt`, the address a TimelineJS script shows its data from.
    let events = parsed.timeline.events.iter().map(|e| Json::object().text("id", &e.id).text("title", e.title.get(lang.code())).end());
    let problems = parsed.problems.iter().map(|p| {
        Json::object()
            .text("severity", if p.is_error() { "error" } else { "warning" })
            .number("line", p.pos.line as usize)
            .number("column", p.pos.col as usize)
            .text("text", &crate::phrase::problem_line(p, s))
            .end()
    });
    let report = Json::object()
        .text("format", format.name())
        .text("outcome", &crate::phrase::outcome(parsed.timeline.events.len(), parsed.given, &parsed.problems, s))
        .number("errors", parsed.errors().count())
        .raw("events", &array(events))
        .raw("problems", &array(problems))
        .maybe("dataAt", crate::import::script::elsewhere(&parsed.problems))
        .end();
    js_sys::JSON::parse(&report).map_err(|_| JsError::new("relationship-timeline: the report could not be read"))
}

/// A file's bytes as the text `validate` reads in them (UTF-8; UTF-16 by its mark; a
/// sheet that is not UTF-8 in Windows-1252), and what it says of how they were read, in
/// `lang` (`LINE:COL: severity: message`), or null: `{ text, note }`.
#[wasm_bindgen(js_name = fileText)]
pub fn file_text(bytes: &[u8], lang: &str) -> Result<JsValue, JsError> {
    let (text, problem) = crate::import::csv::decode(bytes);
    let note = problem.map(|p| crate::phrase::problem_line(&p, lang_of(lang).strings()));
    let report = Json::object().text("text", &text).maybe("note", note.as_deref()).end();
    js_sys::JSON::parse(&report).map_err(|_| JsError::new("relationship-timeline: the file could not be read"))
}

/// `text` as native JSON: what `convert FILE --to json` writes.
#[wasm_bindgen(js_name = toNativeJson)]
pub fn to_native_json(text: &str, name: &str) -> String {
    crate::write::to_json(&parse_named(text, name).0.timeline)
}

/// The static fragment of `text` in `lang`: what `render FILE --lang L` writes.
#[wasm_bindgen(js_name = staticFragment)]
pub fn static_fragment(text: &str, lang: &str, name: &str) -> String {
    crate::fragment::render(&parse_named(text, name).0.timeline, lang_of(lang))
}
