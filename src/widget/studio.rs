//! The editors' studio's view of a text (`www/studio.html`): the same reading, the same
//! problem lines and the same conversions as the command line's `validate`, `convert`
//! and `render`, run in the browser. Only in the build with the importers.

use wasm_bindgen::prelude::*;

use crate::i18n::Lang;
use crate::import::parse_named;

/// One problem as `validate` prints it (without the file name), and its place.
#[derive(serde::Serialize)]
struct Line {
    severity: &'static str,
    line: u32,
    column: u32,
    /// `LINE:COL: severity: message (path)`.
    text: String,
}

/// An event the preview may open first.
#[derive(serde::Serialize)]
struct Choice {
    id: String,
    title: String,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    format: &'static str,
    /// "18 of 21 events shown · 3 left out", as the notice says it.
    outcome: String,
    errors: usize,
    events: Vec<Choice>,
    problems: Vec<Line>,
}

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
    let report = Report {
        format: format.name(),
        outcome: crate::phrase::outcome(parsed.timeline.events.len(), parsed.given, &parsed.problems, s),
        errors: parsed.errors().count(),
        events: parsed.timeline.events.iter().map(|e| Choice { id: e.id.clone(), title: e.title.get(lang.code()).to_owned() }).collect(),
        problems: parsed
            .problems
            .iter()
            .map(|p| Line {
                severity: if p.is_error() { "error" } else { "warning" },
                line: p.pos.line,
                column: p.pos.col,
                text: crate::phrase::problem_line(p, s),
            })
            .collect(),
    };
    serde_wasm_bindgen::to_value(&report).map_err(|e| JsError::new(&e.to_string()))
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
