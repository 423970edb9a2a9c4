//! What JavaScript calls: `mount` and the [`Timeline`] handle's methods, the loading
//! and error [`Notice`], and the options they take, read once into [`Options`].
//!
//! Every method releases the widget's state before the page hears of a change, so a
//! handler of `rt-select` may call any method here, `destroy()` included.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::{mount_parsed, Effects, Mounted, Origin, Widget, CSS};
use crate::dom::{self, Listener, ResizeWatch};
use crate::i18n::{Lang, LoadError};
use crate::layout;
use crate::model;
use crate::parse::{self, Parsed};
use crate::view::{Facet, Msg};

/// A mounted timeline. Keep it to call `destroy()`; dropping it without `destroy()`
/// stops interaction but leaves the drawing in place.
#[wasm_bindgen]
pub struct Timeline {
    widget: Rc<RefCell<Widget>>,
    /// Emptied by `destroy()`, which a page may call from inside one of the widget's
    /// own events (hence a cell: the handle is borrowed then).
    listeners: RefCell<Vec<Listener>>,
    resize: RefCell<Option<ResizeWatch>>,
}

/// Mounts a timeline into `host`.
///
/// `options` (all optional): `dataset` — id of a bundled timeline (default
/// `"vietnam-singapore"`); `data` — a timeline as text, UTF-8 bytes or a JSON object,
/// instead of a bundled one; `lang` — `"vi"` or `"en"` (default: the `lang` of the
/// host element or its page, else English); `theme` — `"light"`, `"dark"` or `"auto"`
/// (default: follow the reader's system setting); `event` — id of an event to open at
/// once; `height` — a CSS length for the widget's height (its rows of cards fitted to it);
/// `headingLevel` — the level of the title's heading (1–9, default 2); `name` — what
/// titles a spreadsheet, which has no place for a title (the embed script gives the data
/// file's name; without one, the widget says "timeline" in the reader's language), and
/// names it in page addresses. A page address ending in `#<timeline-id>/<event-id>`
/// opens that event. Data may be native JSON, TimelineJS JSON, vis-timeline's items, CSV
/// or a spreadsheet's rows as JSON.
///
/// A static fragment from `relationship-timeline render` inside `host` is hidden
/// while the widget is mounted, and shown again by `destroy()`.
#[wasm_bindgen]
pub fn mount(host: &Element, options: JsValue) -> Result<Timeline, JsValue> {
    let options = Options::read(&options);
    let mounted = read_data(&options).and_then(|parsed| mount_parsed(host, &options, parsed));
    match mounted {
        Ok(Mounted { widget, listeners, resize }) => {
            Ok(Timeline { widget, listeners: RefCell::new(listeners), resize: RefCell::new(Some(resize)) })
        }
        Err(e) if e.is_instance_of::<js_sys::Error>() => Err(e),
        Err(e) => Err(JsError::new(&e.as_string().unwrap_or_else(|| "relationship-timeline: mount failed".into())).into()),
    }
}

/// Runs `f` on the widget and then its effects, once the widget is released; `None`
/// when the widget is busy (a call from inside one of its own redraws).
fn with_widget<T>(t: &Timeline, f: impl FnOnce(&mut Widget) -> (T, Effects)) -> Option<T> {
    let (value, effects) = {
        let mut w = t.widget.try_borrow_mut().ok()?;
        f(&mut w)
    };
    effects.run();
    Some(value)
}

// Reader-facing methods.
#[wasm_bindgen]
impl Timeline {
    /// Removes everything `mount` added, listeners and observers included. It may be
    /// called from a handler of the widget's own events.
    pub fn destroy(&self) {
        self.listeners.borrow_mut().clear();
        self.resize.borrow_mut().take();
        if let Ok(w) = self.widget.try_borrow() {
            dom::remove(&w.root);
            for fragment in &w.fragments {
                dom::remove_attr(fragment, "hidden");
            }
        }
    }

    /// Shows only events matching `filter`: `{ pillars: [ids], kinds: [kinds],
    /// status: ["happened" | "planned"], parties: [ids] }`; an empty or missing list
    /// filters nothing. Unknown ids are an error, and the filter is left as it was.
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, filter: JsValue) -> Result<(), JsError> {
        let facets = {
            let Ok(w) = self.widget.try_borrow() else { return Ok(()) };
            facets(&w.timeline, &filter)?
        };
        with_widget(self, |w| {
            let mut effects = w.apply(Msg::ClearFilters, Origin::Page);
            for facet in facets {
                effects = effects.and(w.apply(Msg::ToggleFilter(facet), Origin::Page));
            }
            ((), effects.and(w.filters_changed()))
        });
        Ok(())
    }

    /// Opens the event with this id; returns whether it exists.
    pub fn select(&self, id: &str) -> bool {
        with_widget(self, |w| match w.timeline.event_index(id) {
            Some(i) => (true, w.apply(Msg::Select(i), Origin::Reader)),
            None => (false, Effects::none()),
        })
        .unwrap_or(false)
    }

    /// Switches the language (`vi`, `en`, `zh-Hans`, `ms`, `ta`, or a tag of one of them);
    /// other tags are an error. A language whose file has not been handed over
    /// (`addLanguage`) is asked for with `rt-language-needed`, and the language stays.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) -> Result<(), JsError> {
        let lang = Lang::from_tag(lang).ok_or_else(|| JsError::new("relationship-timeline: unsupported language"))?;
        with_widget(self, |w| ((), w.apply(Msg::SetLang(lang), Origin::Page)));
        Ok(())
    }

    /// The language shown.
    #[wasm_bindgen(getter)]
    pub fn lang(&self) -> String {
        self.widget.try_borrow().map(|w| w.view.lang.code().to_owned()).unwrap_or_default()
    }

    /// How many events were read and shown.
    #[wasm_bindgen(getter, js_name = eventCount)]
    pub fn event_count(&self) -> usize {
        self.widget.try_borrow().map(|w| w.timeline.events.len()).unwrap_or(0)
    }

    /// The problems found in the data that left something out, in the widget's
    /// language: `{ severity, message, line, column, path }` each.
    pub fn problems(&self) -> JsValue {
        let Ok(w) = self.widget.try_borrow() else { return js_sys::Array::new().into() };
        dom::from_json(&crate::detail::array(w.problems.iter().map(|p| crate::detail::problem(p, w.view.lang).to_json())))
    }

    /// The event with this id, as `rt-select` tells it (`undefined` when there is none):
    /// id, dates, kind, status, title and summary in the widget's language, parties,
    /// place and sources.
    pub fn event(&self, id: &str) -> JsValue {
        let Ok(w) = self.widget.try_borrow() else { return JsValue::UNDEFINED };
        match w.timeline.event_index(id).and_then(|i| crate::detail::event(&w.timeline, i, w.view.lang)) {
            Some(event) => dom::from_json(&event.to_json()),
            None => JsValue::UNDEFINED,
        }
    }
}

/// The facets a `setFilter` object names, or the first unknown one as an error.
fn facets(timeline: &model::Timeline, filter: &JsValue) -> Result<Vec<Facet>, JsError> {
    let list = |name: &str| -> Vec<String> {
        option(filter, name)
            .filter(js_sys::Array::is_array)
            .map(|v| js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).collect())
            .unwrap_or_default()
    };
    let mut facets = Vec::new();
    for id in list("pillars") {
        let p = timeline.pillars.iter().position(|p| p.id == id).ok_or_else(|| JsError::new("setFilter: unknown pillar"))?;
        facets.push(Facet::Pillar(p));
    }
    for code in list("kinds") {
        facets.push(Facet::Kind(model::Kind::from_code(&code).ok_or_else(|| JsError::new("setFilter: unknown kind"))?));
    }
    for code in list("status") {
        let status = match code.as_str() {
            "happened" => model::Status::Happened,
            "planned" => model::Status::Planned,
            _ => return Err(JsError::new("setFilter: unknown status")),
        };
        facets.push(Facet::Status(status));
    }
    for id in list("parties") {
        let p = timeline.parties.iter().position(|p| p.id == id).ok_or_else(|| JsError::new("setFilter: unknown party"))?;
        facets.push(Facet::Party(p));
    }
    Ok(facets)
}

/// The options `mount` takes, read once. Only the object's own properties count, so
/// a page that extends `Object.prototype` cannot inject options; values of the wrong
/// kind are ignored.
pub(super) struct Options {
    /// The data itself: text, UTF-8 bytes or an object.
    data: Option<JsValue>,
    /// A bundled timeline's id.
    dataset: Option<String>,
    pub(super) lang: Option<Lang>,
    pub(super) event: Option<String>,
    pub(super) theme: Option<&'static str>,
    /// A checked CSS length.
    pub(super) height: Option<String>,
    pub(super) heading_level: u8,
    /// What titles data whose format has no title (a spreadsheet): the file's name.
    /// The first module reads no spreadsheet (the embed mounts again with the full one).
    #[cfg(feature = "importers")]
    name: Option<String>,
}

impl Options {
    pub(super) fn read(options: &JsValue) -> Options {
        let text = |name: &str| option(options, name).and_then(|v| v.as_string());
        Options {
            data: option(options, "data"),
            dataset: text("dataset"),
            lang: text("lang").and_then(|l| Lang::from_tag(&l)),
            event: text("event"),
            theme: text("theme").and_then(|t| ["light", "dark"].into_iter().find(|x| *x == t)),
            height: text("height").filter(|h| is_css_length(h)),
            heading_level: heading_level(option(options, "headingLevel")),
            #[cfg(feature = "importers")]
            name: text("name").filter(|n| !n.trim().is_empty()),
        }
    }
}

/// A message in place of a timeline: loading, or why it could not be loaded, with a
/// "try again" button that dispatches `rt-retry` on the host element.
#[wasm_bindgen]
pub struct Notice {
    root: Element,
    _retry: Option<Listener>,
}

/// Shows a loading or error message in `host`. `options`: `state` — `"loading"` or
/// `"error"`; `error` — `"http"`, `"network"`, `"module"` (the importers' module did not
/// download), `"timeout"` or `"invalid"`; `status` — the HTTP status; `lang` as for
/// `mount`.
#[wasm_bindgen(js_name = showNotice)]
pub fn show_notice(host: &Element, options: JsValue) -> Result<Notice, JsError> {
    notice(host, &options).map_err(|e| JsError::new(&e.as_string().unwrap_or_else(|| "relationship-timeline: notice failed".into())))
}

#[wasm_bindgen]
impl Notice {
    /// Removes the message.
    pub fn destroy(&self) {
        dom::remove(&self.root);
    }
}

fn notice(host: &Element, options: &JsValue) -> Result<Notice, JsValue> {
    let doc = dom::document()?;
    let common = Options::read(options);
    let lang = super::wanted_lang(host, common.lang).here();
    let s = lang.strings();
    let root = dom::el(&doc, "div", "relationship-timeline");
    if let Some(theme) = common.theme {
        dom::attr(&root, "data-theme", theme);
    }
    dom::append(host, &root);
    let shadow = dom::shadow(&root, CSS)?;
    let section = dom::el(&doc, "section", "rt rt-message");
    let text = |name: &str| option(options, name).and_then(|v| v.as_string());
    let mut retry = None;
    if text("state").as_deref() != Some("error") {
        let p = dom::text_el(&doc, "p", "rt-loading", s.loading);
        dom::attr(&p, "role", "status");
        dom::append(&section, &p);
    } else {
        let status = option(options, "status").and_then(|v| v.as_f64()).unwrap_or(0.0);
        let error = match text("error").as_deref() {
            Some("http") => LoadError::Http(layout::clamp(status, 0.0, 999.0) as u16),
            Some("timeout") => LoadError::Timeout,
            Some("invalid") => LoadError::Invalid,
            Some("module") => LoadError::Module,
            _ => LoadError::Network,
        };
        let p = dom::text_el(&doc, "p", "rt-error", &s.load_error(error));
        dom::attr(&p, "role", "alert");
        dom::append(&section, &p);
        let button = dom::button(&doc, "rt-retry", "retry", s.retry);
        dom::append(&section, &button);
        let host = host.clone();
        retry = Some(Listener::new(button.as_ref(), "click", false, move |_| {
            dom::logged(dom::dispatch(&host, "rt-retry", &JsValue::NULL));
        })?);
    }
    dom::append_to_shadow(&shadow, &section);
    Ok(Notice { root, _retry: retry })
}

/// The `headingLevel` option (1–9; default 2): a number, or the attribute's text (one
/// digit: no number parsing in the wasm build).
fn heading_level(value: Option<JsValue>) -> u8 {
    let level = value.as_ref().and_then(JsValue::as_f64).or_else(|| match value.and_then(|v| v.as_string())?.trim().as_bytes() {
        [d @ b'1'..=b'9'] => Some(f64::from(d - b'0')),
        _ => None,
    });
    match level {
        Some(l) if (1.0..=9.0).contains(&l) && l.fract() == 0.0 => l as u8,
        _ => 2,
    }
}

/// A plain CSS length: a positive number (digits, at most one `.`) and a unit
/// (`480px`, `30em`, `70vh`). Checked by hand: parsing floats costs the wasm build
/// several kilobytes.
fn is_css_length(s: &str) -> bool {
    let number = s.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
    let unit = &s[number.len()..];
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let dots = number.bytes().filter(|b| *b == b'.').count();
    digits > 0
        && digits <= 5
        && dots <= 1
        && digits + dots == number.len()
        && number.bytes().any(|b| b.is_ascii_digit() && b != b'0')
        && ["px", "em", "rem", "vh", "svh", "dvh", "%"].contains(&unit)
}

/// An option the caller set on the options object itself. Inherited properties are
/// ignored, so a page that extends `Object.prototype` cannot inject options.
fn option(options: &JsValue, name: &str) -> Option<JsValue> {
    // Not `dyn_ref`: that is an `instanceof Object` test, which objects made with
    // `Object.create(null)` (as the embed script makes them) fail.
    if !options.is_object() {
        return None;
    }
    let object: &js_sys::Object = options.unchecked_ref();
    let key = JsValue::from_str(name);
    if !js_sys::Object::has_own(object, &key) {
        return None;
    }
    js_sys::Reflect::get(options, &key).ok()
}

/// The data to show: `data` (text, UTF-8 bytes or object), else the bundled `dataset`.
fn read_data(options: &Options) -> Result<Parsed, JsValue> {
    if let Some(data) = &options.data {
        if let Some(text) = data.as_string() {
            return parse_text(&text, options);
        }
        // Bytes as fetched (UTF-8): no decoding to a JS string and encoding back.
        if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
            // Read as the command line reads a file: the same encodings, the same problems.
            #[cfg(feature = "importers")]
            let (text, encoding) = crate::import::csv::decode(&bytes.to_vec());
            #[cfg(not(feature = "importers"))]
            let (text, encoding) = parse::decode(&bytes.to_vec());
            let mut parsed = parse_text(&text, options)?;
            // A workbook is not text at all: its own problem says so, and what to do.
            #[cfg(feature = "importers")]
            let encoding = encoding.filter(|_| !crate::import::csv::is_workbook(&parsed.problems));
            if let Some(problem) = encoding {
                parsed.problems.push(problem);
                crate::problem::sort_problems(&mut parsed.problems);
            }
            return Ok(parsed);
        }
        if data.is_object() {
            let text = js_sys::JSON::stringify(data)?.as_string().unwrap_or_default();
            return parse_text(&text, options);
        }
    }
    let id = options.dataset.as_deref().unwrap_or("vietnam-singapore");
    let text = crate::bundled::get(id).ok_or_else(|| JsValue::from_str("relationship-timeline: unknown dataset"))?;
    Ok(parse::parse(text))
}

/// Data in any format this build reads; the `name` option titles a spreadsheet.
#[cfg(feature = "importers")]
fn parse_text(text: &str, options: &Options) -> Result<Parsed, JsValue> {
    let (parsed, _) = match &options.name {
        Some(name) => crate::import::parse_named(text, name),
        None => crate::import::parse_any(text),
    };
    Ok(parsed)
}

/// Hands over a language's file (`lang/CODE.json` beside the embed script) to the
/// build that does not carry it; returns its code. The embed script does this before it
/// mounts, and on `rt-language-needed`.
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(text: &str) -> Result<String, JsError> {
    crate::i18n::file::add(text)
        .map(|l| l.code().to_owned())
        .map_err(|e| JsError::new(&crate::phrase::joined(&["relationship-timeline: ", &e])))
}

/// Data in the native format; anything else throws an `Error` named `ImporterNeeded`,
/// and the embed script mounts again with the build that has the importers (which
/// tells the formats apart; naming the format here would carry its names in this
/// build for no reader).
#[cfg(not(feature = "importers"))]
fn parse_text(text: &str, _: &Options) -> Result<Parsed, JsValue> {
    crate::import::parse_native(text).map_err(|_| {
        let error = js_sys::Error::new("");
        error.set_name("ImporterNeeded");
        error.into()
    })
}
