//! The timeline in a page: mounts into an element, draws the [`View`] into a shadow
//! root, and turns reader actions into [`Msg`]s.
//!
//! State lives in Rust behind the [`Timeline`] handle; listeners and the resize
//! observer are owned by it, and `destroy()` puts the host element back as it was.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, KeyboardEvent, PointerEvent, ShadowRoot, WheelEvent};

mod render;

use crate::dom::{self, Listener, ResizeWatch};
use crate::i18n::{Lang, LoadError, Strings};
use crate::import;
use crate::layout::{self, Metrics};
use crate::model;
use crate::parse::{self, Parsed};
use crate::problem::Problem;
use crate::view::{self, Axis, Facet, Move, Msg, Redraw, View, ZOOM_STEP};

const CSS: &str = include_str!("widget.css");

/// Heights of the parts of the track, in pixels (kept in step with `widget.css`).
const BAND_HEIGHT: f64 = 30.0;
const ROW_HEIGHT: f64 = 76.0;
const AXIS_HEIGHT: f64 = 56.0;
/// Minimum distance between tick labels.
const TICK_SPACING: f64 = 80.0;
/// Most events the widget shows; the rest are listed as left out. Large timelines
/// draw only what is near the reader's view, so this is the parser's own limit.
pub const MAX_WIDGET_EVENTS: usize = crate::parse::MAX_EVENTS;

/// Problems written to the console at mount; the notice and `problems()` have them all.
const CONSOLE_PROBLEMS: usize = 20;

/// Timelines with more events than this draw only the events near the visible part
/// (plus the focused and the open one), so a page never holds thousands of cards.
pub const DRAW_ALL_UP_TO: usize = 300;

/// In the list layout of a large timeline, how many events are drawn around the
/// focused one.
const LIST_WINDOW: usize = 120;

/// Width assumed when the container has not been laid out yet.
const FALLBACK_WIDTH: f64 = 800.0;

/// A mounted timeline. Keep it to call `destroy()`; dropping it without `destroy()`
/// stops interaction but leaves the drawing in place.
#[wasm_bindgen]
pub struct Timeline {
    widget: Rc<RefCell<Widget>>,
    listeners: Vec<Listener>,
    resize: Option<ResizeWatch>,
}

/// Mounts a timeline into `host`.
///
/// `options` (all optional): `dataset` — id of a bundled timeline (default
/// `"vietnam-singapore"`); `data` — a timeline as text, UTF-8 bytes or a JSON object, instead of a
/// bundled one; `lang` — `"vi"` or `"en"` (default: the `lang` of the host element or
/// its page, else English); `theme` — `"light"`, `"dark"` or `"auto"` (default: follow
/// the reader's system setting).
///
/// `event` — id of an event to open at once; `height` — a CSS length for the widget's
/// height (it scrolls inside). A page address ending in `#<timeline-id>/<event-id>`
/// opens that event. Data may be native JSON, TimelineJS JSON or CSV.
///
/// A static fragment from `relationship-timeline render` inside `host` is hidden
/// while the widget is mounted, and shown again by `destroy()`.
#[wasm_bindgen]
pub fn mount(host: &Element, options: JsValue) -> Result<Timeline, JsValue> {
    mount_inner(host, &options).map_err(|e| {
        if e.is_instance_of::<js_sys::Error>() {
            e
        } else {
            JsError::new(&e.as_string().unwrap_or_else(|| "relationship-timeline: mount failed".into())).into()
        }
    })
}

// Reader-facing methods.
#[wasm_bindgen]
impl Timeline {
    /// Removes everything `mount` added, listeners and observers included.
    pub fn destroy(&mut self) {
        self.listeners.clear();
        self.resize = None;
        if let Ok(w) = self.widget.try_borrow() {
            w.root.remove();
            for fragment in &w.fragments {
                let _ = fragment.remove_attribute("hidden");
            }
        }
    }

    /// Shows only events matching `filter`: `{ pillars: [ids], kinds: [kinds],
    /// status: ["happened" | "planned"], parties: [ids] }`; an empty or missing list filters nothing.
    /// Unknown ids are an error, and the filter is left as it was.
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, filter: JsValue) -> Result<(), JsError> {
        let Ok(mut w) = self.widget.try_borrow_mut() else { return Ok(()) };
        let list = |name: &str| -> Vec<String> {
            option(&filter, name)
                .filter(js_sys::Array::is_array)
                .map(|v| js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).collect())
                .unwrap_or_default()
        };
        let mut facets = Vec::new();
        for id in list("pillars") {
            let p = w.timeline.pillars.iter().position(|p| p.id == id).ok_or_else(|| JsError::new("setFilter: unknown pillar"))?;
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
            let p = w.timeline.parties.iter().position(|p| p.id == id).ok_or_else(|| JsError::new("setFilter: unknown party"))?;
            facets.push(Facet::Party(p));
        }
        w.apply(Msg::ClearFilters);
        for facet in facets {
            w.apply(Msg::ToggleFilter(facet));
        }
        w.filters_changed();
        Ok(())
    }

    /// Opens the event with this id; returns whether it exists.
    pub fn select(&self, id: &str) -> bool {
        let Ok(mut w) = self.widget.try_borrow_mut() else { return false };
        let Some(i) = w.timeline.event_index(id) else { return false };
        w.apply(Msg::Select(i));
        true
    }

    /// Switches the language (`"vi"` or `"en"`); other tags are an error.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) -> Result<(), JsError> {
        let lang = Lang::from_tag(lang).ok_or_else(|| JsError::new("relationship-timeline: unsupported language"))?;
        if let Ok(mut w) = self.widget.try_borrow_mut() {
            w.apply(Msg::SetLang(lang));
        }
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

    /// The problems found in the data, one line each, in the widget's language.
    pub fn problems(&self) -> Vec<String> {
        let Ok(w) = self.widget.try_borrow() else { return Vec::new() };
        w.problems.iter().map(|p| problem_line(p, w.view.lang.strings())).collect()
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
/// download), `"timeout"` or `"invalid"`; `status` —
/// the HTTP status; `lang` as for `mount`.
#[wasm_bindgen(js_name = showNotice)]
pub fn show_notice(host: &Element, options: JsValue) -> Result<Notice, JsError> {
    notice_inner(host, &options).map_err(|e| JsError::new(&e.as_string().unwrap_or_else(|| "relationship-timeline: notice failed".into())))
}

#[wasm_bindgen]
impl Notice {
    /// Removes the message.
    pub fn destroy(&self) {
        self.root.remove();
    }
}

fn notice_inner(host: &Element, options: &JsValue) -> Result<Notice, JsValue> {
    let doc = dom::document()?;
    let s = pick_lang(host, options).strings();
    let root = dom::el(&doc, "div", "relationship-timeline");
    if let Some(theme) = option_string(options, "theme").filter(|t| t == "light" || t == "dark") {
        dom::attr(&root, "data-theme", &theme);
    }
    dom::append(host, &root);
    let shadow = dom::shadow(&root, CSS)?;
    let section = dom::el(&doc, "section", "rt rt-message");
    let loading = option_string(options, "state").as_deref() != Some("error");
    if loading {
        let p = dom::text_el(&doc, "p", "rt-loading", s.loading);
        dom::attr(&p, "role", "status");
        dom::append(&section, &p);
    } else {
        let status = option(options, "status").and_then(|v| v.as_f64()).unwrap_or(0.0);
        let error = match option_string(options, "error").as_deref() {
            Some("http") => LoadError::Http(layout::clamp(status, 0.0, 999.0) as u16),
            Some("timeout") => LoadError::Timeout,
            Some("invalid") => LoadError::Invalid,
            Some("module") => LoadError::Module,
            _ => LoadError::Network,
        };
        let p = dom::text_el(&doc, "p", "rt-error", &(s.load_error)(error));
        dom::attr(&p, "role", "alert");
        dom::append(&section, &p);
        let retry = dom::button(&doc, "rt-retry", "retry", s.retry);
        dom::append(&section, &retry);
    }
    shadow.append_child(&section)?;
    let retry = shadow.query_selector(".rt-retry")?.map(|button| {
        let host = host.clone();
        Listener::new(&button, "click", false, move |_| {
            if let Err(e) = dom::dispatch(&host, "rt-retry", None) {
                dom::error(&e);
            }
        })
    });
    Ok(Notice { root, _retry: retry.transpose()? })
}

fn problem_line(p: &Problem, s: &Strings) -> String {
    let mut line = String::new();
    if !p.path.is_empty() {
        line.push_str(&p.path);
        line.push(' ');
    }
    line.push('(');
    line.push_str(&crate::i18n::number(p.pos.line as usize));
    line.push(':');
    line.push_str(&crate::i18n::number(p.pos.col as usize));
    line.push_str("): ");
    line.push_str(&(s.problem)(&p.kind));
    line
}

/// The `headingLevel` option (1–9; default 2): the level of the widget's title.
fn heading_level(options: &JsValue) -> u8 {
    // A number, or the attribute's text: one digit (no number parsing in the wasm build).
    let value = option(options, "headingLevel");
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

fn option_string(options: &JsValue, name: &str) -> Option<String> {
    option(options, name).and_then(|v| v.as_string())
}

/// The data to show: `data` (text, UTF-8 bytes or object), else the bundled `dataset`.
fn read_data(options: &JsValue) -> Result<Parsed, JsValue> {
    if let Some(data) = option(options, "data") {
        if let Some(text) = data.as_string() {
            return parse_text(&text);
        }
        // Bytes as fetched (UTF-8): no decoding to a JS string and encoding back.
        if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
            let text = match String::from_utf8(bytes.to_vec()) {
                Ok(text) => text,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            };
            return parse_text(&text);
        }
        if data.is_object() {
            let text = js_sys::JSON::stringify(&data)?.as_string().unwrap_or_default();
            return parse_text(&text);
        }
    }
    let id = option_string(options, "dataset").unwrap_or_else(|| "vietnam-singapore".into());
    let text = crate::bundled::get(&id).ok_or_else(|| JsValue::from_str("relationship-timeline: unknown dataset"))?;
    Ok(parse::parse(text))
}

/// Data in any format this build reads.
#[cfg(feature = "importers")]
fn parse_text(text: &str) -> Result<Parsed, JsValue> {
    Ok(import::parse_any(text).0)
}

/// Data in the native format; anything else throws an `Error` named `ImporterNeeded`
/// (its message names the format), and the embed script mounts again with the build
/// that has the importers.
#[cfg(not(feature = "importers"))]
fn parse_text(text: &str) -> Result<Parsed, JsValue> {
    import::parse_native(text).map_err(|format| {
        let error = js_sys::Error::new(format.name());
        error.set_name("ImporterNeeded");
        error.into()
    })
}

/// The language asked for, else the host's or page's `lang`, else English.
fn pick_lang(host: &Element, options: &JsValue) -> Lang {
    option_string(options, "lang")
        .and_then(|l| Lang::from_tag(&l))
        .or_else(|| host.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")).and_then(|l| Lang::from_tag(&l)))
        .unwrap_or(Lang::En)
}

fn mount_inner(host: &Element, options: &JsValue) -> Result<Timeline, JsValue> {
    let doc = dom::document()?;
    let mut parsed = read_data(options)?;
    if parsed.timeline.events.len() > MAX_WIDGET_EVENTS {
        let first_left_out = &parsed.timeline.events[MAX_WIDGET_EVENTS];
        let problem = Problem::error(
            first_left_out.id.clone(),
            crate::json::Pos { line: 1, col: 1 },
            crate::problem::ProblemKind::TooManyEvents { limit: MAX_WIDGET_EVENTS },
        );
        parsed.timeline.events.truncate(MAX_WIDGET_EVENTS);
        parsed.problems.insert(0, problem);
    }
    let lang = pick_lang(host, options);
    let root = dom::el(&doc, "div", "relationship-timeline");
    if let Some(theme) = option_string(options, "theme").filter(|t| t == "light" || t == "dark") {
        dom::attr(&root, "data-theme", &theme);
    }
    // A static fragment of the same timeline gives way to the widget.
    let fragments = dom::children_matching(host, "[data-relationship-timeline-static]")?;
    for fragment in &fragments {
        dom::attr(fragment, "hidden", "");
    }
    dom::append(host, &root);
    let shadow = dom::shadow(&root, CSS)?;
    let measured = dom::width(&root);
    let width = if measured > 0.0 { measured } else { FALLBACK_WIDTH };
    // A few lines for the developer's console; thousands would slow the page down.
    for p in parsed.problems.iter().take(CONSOLE_PROBLEMS) {
        dom::warn(&problem_line(p, Lang::En.strings()));
    }
    if parsed.problems.len() > CONSOLE_PROBLEMS {
        let mut more = String::from("relationship-timeline: … and ");
        more.push_str(&crate::i18n::number(parsed.problems.len() - CONSOLE_PROBLEMS));
        more.push_str(" more problems (relationship-timeline validate FILE lists them all)");
        dom::warn(&more);
    }
    let view = View::new(&parsed.timeline, lang, width, Metrics::default());
    let periods = parsed.timeline.tier_periods();
    let mut widget = Widget {
        doc,
        host: host.clone(),
        fragments,
        root,
        shadow,
        timeline: parsed.timeline,
        problems: parsed.problems.into_iter().filter(Problem::is_error).collect(),
        view,
        today: dom::today(),
        parts: None,
        periods,
        notice_open: true,
        pointers: Vec::new(),
        pinch: None,
        drag: None,
        dragged: false,
        heading_level: heading_level(options),
    };
    widget.render_all()?;
    if let Some(height) = option_string(options, "height").filter(|h| is_css_length(h)) {
        if let Some(parts) = &widget.parts {
            dom::set_style(&parts.section, "height", &height);
            dom::toggle_class(&parts.section, "rt-fixed-height", true);
        }
    }
    if let Some(i) = option_string(options, "event").and_then(|id| widget.timeline.event_index(&id)) {
        widget.open_quietly(Some(i));
    }
    widget.follow_link();
    let shadow_target: web_sys::EventTarget = widget.shadow.clone().into();
    let root = widget.root.clone();
    let widget = Rc::new(RefCell::new(widget));

    let on = |kind: &'static str, capture: bool, handler: fn(&mut Widget, &Event)| {
        let w = Rc::clone(&widget);
        Listener::new(&shadow_target, kind, capture, move |event: Event| {
            // A handler that triggers another event (focus moves focus) finds the widget
            // busy and leaves it to the outer one.
            if let Ok(mut w) = w.try_borrow_mut() {
                handler(&mut w, &event);
            }
        })
    };
    let mut listeners = vec![
        on("click", false, Widget::on_click)?,
        on("keydown", false, Widget::on_key)?,
        on("focusin", false, Widget::on_focus)?,
        on("scroll", true, Widget::on_scroll)?,
        on("pointerdown", false, Widget::on_pointer_down)?,
        on("pointermove", false, Widget::on_pointer_move)?,
        on("pointerup", false, Widget::on_pointer_up)?,
        on("pointercancel", false, Widget::on_pointer_up)?,
    ];
    // Wheel listeners on a shadow root are passive in Chromium: Ctrl + wheel could not
    // be kept from zooming the page. On the widget's own element it can.
    {
        let w = Rc::clone(&widget);
        let root_target: &web_sys::EventTarget = root.as_ref();
        listeners.push(Listener::active(root_target, "wheel", move |event: Event| {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.on_wheel(&event);
            }
        })?);
    }
    // The page's address and printing concern the whole window.
    let window: web_sys::EventTarget = dom::window()?.into();
    let on_window = |kind: &'static str, handler: fn(&mut Widget)| {
        let w = Rc::clone(&widget);
        Listener::new(&window, kind, false, move |_: Event| {
            if let Ok(mut w) = w.try_borrow_mut() {
                handler(&mut w);
            }
        })
    };
    listeners.push(on_window("popstate", Widget::follow_history)?);
    listeners.push(on_window("hashchange", Widget::follow_link)?);
    listeners.push(on_window("beforeprint", Widget::before_print)?);
    listeners.push(on_window("afterprint", Widget::after_print)?);
    let w = Rc::clone(&widget);
    let resize = ResizeWatch::new(&root, move |width| {
        if width > 0.0 {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.apply(Msg::Resize { width });
            }
        }
    })?;
    Ok(Timeline { widget, listeners, resize: Some(resize) })
}

/// Elements kept between redraws.
struct Parts {
    section: Element,
    viewport: Element,
    /// The viewport's scroll position as last set or read, in whole pixels: setting
    /// it again to the same value would only force a layout (a new viewport is at 0).
    scroll_shown: std::cell::Cell<i32>,
    track: Element,
    bands: Element,
    axis: Element,
    clusters: Element,
    /// The `<ol>` of events.
    list: Element,
    /// One `<li>` per event in date order, for the events drawn now.
    items: Vec<Option<Element>>,
    /// The card button inside each drawn item.
    cards: Vec<Option<Element>>,
    /// Indexes of the drawn items: every event of a small timeline, the window of a
    /// large one. Loops over items go through this, not over every event.
    /// Kept sorted: a plain vector costs the wasm build less than a set.
    drawn: Vec<usize>,
    /// Whether only the events near what the reader sees are drawn (large timelines).
    windowed: bool,
    /// "Show earlier / later events" in the list layout of a large timeline.
    earlier: Element,
    later: Element,
    details: Element,
    live: Element,
    notice: Option<Element>,
    /// The filter disclosure and its option buttons, with the facet each one toggles.
    filters: Option<Element>,
    filter_buttons: Vec<(Facet, Element)>,
    clear_filters: Option<Element>,
    /// The time-axis slider under the track and the thumb showing the visible part.
    scrubber: Element,
    thumb: Element,
    /// "Time to scale": pressed while the axis is proportional.
    axis_toggle: Element,
}

struct Widget {
    doc: Document,
    /// The element the page gave; events for the page are dispatched on it.
    host: Element,
    /// Static fragments hidden while the widget shows.
    fragments: Vec<Element>,
    /// Our element inside the host; the shadow root hangs off it.
    root: Element,
    shadow: ShadowRoot,
    timeline: model::Timeline,
    /// Errors found in the data (what was left out and why).
    problems: Vec<Problem>,
    view: View,
    today: i64,
    parts: Option<Parts>,
    /// The tier periods, worked out once (every drawn event looks its tier up).
    periods: Vec<model::TierPeriod>,
    notice_open: bool,
    /// Pointers down on the track: id and position, for pinch zoom.
    pointers: Vec<(i32, f64, f64)>,
    /// Distance between two pinching pointers at the last move.
    pinch: Option<f64>,
    /// A mouse drag in progress: where it started and the scroll then.
    drag: Option<(f64, f64)>,
    /// Whether the last drag moved, so its closing click is not a selection.
    dragged: bool,
    /// The level of the widget's title heading; the details' headings go below it.
    heading_level: u8,
}

impl Widget {
    fn strings(&self) -> &'static Strings {
        self.view.lang.strings()
    }

    /// Applies something the reader did; a change of the open event is recorded in
    /// the page's history so Back returns to the previous one.
    fn apply(&mut self, msg: Msg) {
        let before = self.view.selected;
        self.update(msg, matches!(msg, Msg::Select(_)));
        if self.view.selected != before {
            self.push_link();
            self.tell_selection();
        }
    }

    /// `rt-select` on the host element, with the open event's id (or null) as detail.
    fn tell_selection(&self) {
        let id = self.view.selected.map(|i| self.timeline.events[i].id.as_str());
        if let Err(e) = dom::dispatch(&self.host, "rt-select", id) {
            dom::error(&e);
        }
    }

    /// Applies a change that came from the page (its address), moving no focus.
    fn update(&mut self, msg: Msg, focus_details: bool) {
        let redraw = self.view.update(msg);
        if let Err(e) = self.redraw(redraw, focus_details) {
            dom::error(&e);
        }
    }

    /// Opens the event the page's address names (`#timeline/event`), if it names one
    /// of this timeline's: at load and when the reader edits the address.
    fn follow_link(&mut self) {
        let hash = dom::location_hash();
        if let Some(i) = view::deep_link(&hash, &self.timeline.id).and_then(|id| self.timeline.event_index(id)) {
            self.open_quietly(Some(i));
        }
    }

    /// Back and Forward: restores the event this timeline had open in that entry.
    fn follow_history(&mut self) {
        match dom::history_value(&self.history_key()) {
            Some(id) => {
                let target = id.and_then(|id| self.timeline.event_index(&id));
                self.open_quietly(target);
            }
            // An entry this timeline never wrote: a link typed or followed.
            None => {
                let hash = dom::location_hash();
                let target = view::deep_link(&hash, &self.timeline.id).and_then(|id| self.timeline.event_index(id));
                self.open_quietly(target);
            }
        }
    }

    /// Opens event `target` (or closes the details) without recording history or
    /// taking focus from wherever the reader is.
    fn open_quietly(&mut self, target: Option<usize>) {
        if self.view.selected == target {
            return;
        }
        self.open_without_history(target);
        self.tell_selection();
    }

    fn open_without_history(&mut self, target: Option<usize>) {
        match target {
            Some(i) => {
                // A filter must not hide the event a link names.
                if !self.view.is_shown(i) {
                    self.update(Msg::ClearFilters, false);
                    if let Err(e) = self.render_filter_state() {
                        dom::error(&e);
                    }
                }
                self.update(Msg::Select(i), false);
            }
            None => {
                let focus = self.shadow.active_element().is_some();
                let redraw = self.view.update(Msg::Close);
                if let Err(e) = self.redraw(Redraw { focus, ..redraw }, false) {
                    dom::error(&e);
                }
            }
        }
    }

    /// This timeline's key in the history state.
    fn history_key(&self) -> String {
        let mut key = String::from("relationship-timeline:");
        key.push_str(&self.timeline.id);
        key
    }

    /// Records the open event in the address (`#timeline/event`) without scrolling.
    fn push_link(&self) {
        if self.timeline.id.is_empty() {
            return;
        }
        let open = self.view.selected.map(|i| self.timeline.events[i].id.as_str());
        let mut url = dom::location_without_hash();
        if let Some(id) = open {
            url.push_str(&view::link(&self.timeline.id, id));
        }
        if let Err(e) = dom::push_history(&self.history_key(), open, &url) {
            dom::error(&e);
        }
    }

    fn redraw(&mut self, r: Redraw, focus_details: bool) -> Result<(), JsValue> {
        // The focused and the open event are drawn before anything refers to them.
        if !r.texts && !r.layout {
            self.render_window(false)?;
        }
        if r.texts {
            self.render_all()?;
            return self.focus_card_if_inside();
        }
        if r.layout {
            self.render_layout()?;
        }
        if r.details {
            self.render_details()?;
        }
        if focus_details {
            if let Some(parts) = &self.parts {
                if let Some(heading) = parts.details.query_selector("#rt-details-title")? {
                    dom::focus(&heading)?;
                }
            }
        } else if r.focus {
            self.render_focus(true)?;
        }
        Ok(())
    }

    /// After a full redraw, put focus back on the card if it was inside the widget.
    fn focus_card_if_inside(&mut self) -> Result<(), JsValue> {
        let inside = self.shadow.active_element().is_some();
        self.render_focus(inside)
    }

    fn announce(&self, text: &str) {
        if let Some(parts) = &self.parts {
            dom::set_text(&parts.live, text);
        }
    }

    fn on_click(&mut self, event: &Event) {
        if std::mem::take(&mut self.dragged) {
            return;
        }
        let Some(target) = dom::closest(event, "[data-action]") else { return };
        let action = dom::data(&target, "action").unwrap_or_default();
        let index = |name: &str| dom::data(&target, name).and_then(|v| v.parse::<usize>().ok());
        let half = self.view.width / 2.0;
        match action.as_str() {
            "select" => {
                if let Some(i) = index("index") {
                    if self.view.selected == Some(i) {
                        self.apply(Msg::Close);
                    } else {
                        self.apply(Msg::Select(i));
                    }
                }
            }
            "cluster" => {
                if let Some(c) = index("cluster") {
                    self.apply(Msg::OpenCluster(c));
                    self.announce_range();
                }
            }
            "zoom-in" => {
                self.apply(Msg::Zoom { factor: ZOOM_STEP, anchor: half });
                self.announce_range();
            }
            "zoom-out" => {
                self.apply(Msg::Zoom { factor: 1.0 / ZOOM_STEP, anchor: half });
                self.announce_range();
            }
            "fit" => {
                self.apply(Msg::Fit);
                self.announce_range();
            }
            "lang" => {
                if let Some(lang) = dom::data(&target, "lang").and_then(|l| Lang::from_tag(&l)) {
                    self.apply(Msg::SetLang(lang));
                }
            }
            "close" => self.apply(Msg::Close),
            "axis" => {
                let axis = if self.view.axis == Axis::Story { Axis::Proportional } else { Axis::Story };
                self.apply(Msg::SetAxis(axis));
                self.announce_range();
            }
            "earlier" | "later" => {
                // Move the list's window by focusing the first event beyond it.
                let shown = self.view.shown();
                let drawn: Vec<usize> =
                    self.parts.as_ref().map_or(Vec::new(), |p| p.drawn.iter().copied().filter(|i| self.view.is_shown(*i)).collect());
                let target = if action == "earlier" {
                    drawn.first().and_then(|f| shown.iter().rev().find(|i| *i < f).copied())
                } else {
                    drawn.last().and_then(|l| shown.iter().find(|i| *i > l).copied())
                };
                if let Some(t) = target {
                    self.apply(Msg::Focus(Move::To(t)));
                }
            }
            "prev" | "next" => {
                if let Some(i) = self.view.selected {
                    let to = if action == "prev" { i.saturating_sub(1) } else { i + 1 };
                    self.apply(Msg::Select(to));
                }
            }
            "filter" => {
                let facet = self.parts.as_ref().and_then(|p| p.filter_buttons.iter().find(|(_, b)| *b == target).map(|(f, _)| *f));
                if let Some(facet) = facet {
                    self.apply(Msg::ToggleFilter(facet));
                    self.filters_changed();
                }
            }
            "clear-filters" => {
                self.apply(Msg::ClearFilters);
                self.filters_changed();
            }
            "scrub" => {
                if let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() {
                    let rect = target.get_bounding_client_rect();
                    if rect.width() > 0.0 {
                        let at = (f64::from(mouse.client_x()) - rect.left()) / rect.width();
                        let to = at * self.view.track_width() - self.view.width / 2.0;
                        self.apply(Msg::Pan(to - self.view.scroll));
                        self.announce_range();
                    }
                }
            }
            "dismiss" => {
                self.notice_open = false;
                if let Some(parts) = &mut self.parts {
                    if let Some(n) = parts.notice.take() {
                        n.remove();
                    }
                }
            }
            _ => {}
        }
    }

    /// Tells screen-reader users what range is now shown, in a few words.
    fn announce_range(&self) {
        let s = self.strings();
        let width = self.view.width.min(self.view.track_width());
        let from = crate::date::Date::from_day_number(self.view.scale.day(self.view.scroll).round() as i64);
        let to = crate::date::Date::from_day_number(self.view.scale.day(self.view.scroll + width).round() as i64);
        let mut sentence = String::from(s.showing);
        sentence.push(' ');
        sentence.push_str(&render::coarse_range(s, from, to));
        self.announce(&sentence);
    }

    fn on_key(&mut self, event: &Event) {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
        if key.alt_key() || key.ctrl_key() || key.meta_key() {
            return;
        }
        let on_card = dom::closest(event, ".rt-card").is_some();
        let on_axis = dom::closest(event, ".rt-scrubber").is_some();
        let page = self.view.width * 0.9;
        let msg = match key.key().as_str() {
            "Escape" => Some(Msg::Close),
            "ArrowLeft" | "ArrowDown" if on_axis => Some(Msg::Pan(-self.view.width / 4.0)),
            "ArrowRight" | "ArrowUp" if on_axis => Some(Msg::Pan(self.view.width / 4.0)),
            "PageUp" if on_axis => Some(Msg::Pan(-page)),
            "PageDown" if on_axis => Some(Msg::Pan(page)),
            "Home" if on_axis => Some(Msg::Pan(-1e12)),
            "End" if on_axis => Some(Msg::Pan(1e12)),
            "ArrowRight" | "ArrowDown" if on_card => Some(Msg::Focus(Move::Next)),
            "ArrowLeft" | "ArrowUp" if on_card => Some(Msg::Focus(Move::Previous)),
            "Home" if on_card => Some(Msg::Focus(Move::First)),
            "End" if on_card => Some(Msg::Focus(Move::Last)),
            "+" | "=" => Some(Msg::Zoom { factor: ZOOM_STEP, anchor: self.view.width / 2.0 }),
            "-" | "_" => Some(Msg::Zoom { factor: 1.0 / ZOOM_STEP, anchor: self.view.width / 2.0 }),
            _ => None,
        };
        if let Some(msg) = msg {
            if msg == Msg::Close && self.view.selected.is_none() {
                return;
            }
            event.prevent_default();
            self.apply(msg);
            if matches!(msg, Msg::Zoom { .. } | Msg::Pan(_)) {
                self.announce_range();
            }
        }
    }

    /// After a filter change: pressed states, and a short spoken summary.
    fn filters_changed(&self) {
        if let Err(e) = self.render_filter_state() {
            dom::error(&e);
        }
        let s = self.strings();
        self.announce(&(s.shown_count)(self.view.shown().len(), self.timeline.events.len()));
    }

    /// Ctrl/⌘ + wheel (and trackpad pinch, which browsers send as such) zooms around
    /// the pointer; a plain wheel scrolls as usual.
    fn on_wheel(&mut self, event: &Event) {
        let Some(wheel) = event.dyn_ref::<WheelEvent>() else { return };
        if !(wheel.ctrl_key() || wheel.meta_key()) || self.view.is_narrow() {
            return;
        }
        let Some(viewport) = self.parts.as_ref().map(|p| p.viewport.clone()) else { return };
        if dom::closest(event, ".rt-viewport").is_none() {
            return;
        }
        event.prevent_default();
        let factor = layout::clamp(1.0 - wheel.delta_y() * 0.01, 0.5, 2.0);
        let anchor = f64::from(wheel.client_x()) - viewport.get_bounding_client_rect().left();
        self.apply(Msg::Zoom { factor, anchor });
    }

    fn on_pointer_down(&mut self, event: &Event) {
        let Some(p) = event.dyn_ref::<PointerEvent>() else { return };
        if self.view.is_narrow() || dom::closest(event, ".rt-viewport").is_none() {
            return;
        }
        let (x, y) = (f64::from(p.client_x()), f64::from(p.client_y()));
        self.pointers.retain(|(id, _, _)| *id != p.pointer_id());
        self.pointers.push((p.pointer_id(), x, y));
        if self.pointers.len() == 2 {
            self.drag = None;
            self.pinch = Some(self.pinch_distance());
        } else if p.pointer_type() == "mouse" && p.button() == 0 && dom::closest(event, "button").is_none() {
            self.drag = Some((x, self.view.scroll));
            self.dragged = false;
        }
    }

    fn pinch_distance(&self) -> f64 {
        match self.pointers.as_slice() {
            [(_, x1, y1), (_, x2, y2), ..] => ((x1 - x2).powi(2) + (y1 - y2).powi(2)).sqrt(),
            _ => 0.0,
        }
    }

    fn on_pointer_move(&mut self, event: &Event) {
        let Some(p) = event.dyn_ref::<PointerEvent>() else { return };
        let (x, y) = (f64::from(p.client_x()), f64::from(p.client_y()));
        if let Some(entry) = self.pointers.iter_mut().find(|(id, _, _)| *id == p.pointer_id()) {
            entry.1 = x;
            entry.2 = y;
        }
        if let (Some(before), 2) = (self.pinch, self.pointers.len()) {
            let now = self.pinch_distance();
            if before > 0.0 && now > 0.0 {
                let Some(viewport) = self.parts.as_ref().map(|p| p.viewport.clone()) else { return };
                let mid = (self.pointers[0].1 + self.pointers[1].1) / 2.0;
                let anchor = mid - viewport.get_bounding_client_rect().left();
                event.prevent_default();
                self.apply(Msg::Zoom { factor: now / before, anchor });
            }
            self.pinch = Some(now);
        } else if let Some((start, scroll)) = self.drag {
            let to = scroll + (start - x);
            if (start - x).abs() > 4.0 {
                self.dragged = true;
            }
            self.apply(Msg::Pan(to - self.view.scroll));
        }
    }

    fn on_pointer_up(&mut self, event: &Event) {
        let Some(p) = event.dyn_ref::<PointerEvent>() else { return };
        self.pointers.retain(|(id, _, _)| *id != p.pointer_id());
        if self.pointers.len() < 2 {
            self.pinch = None;
        }
        if self.drag.take().is_some() && self.dragged {
            self.announce_range();
        }
    }

    /// Printing shows every event as a dated list with its summary and sources.
    fn before_print(&mut self) {
        if let Err(e) = self.render_print(true) {
            dom::error(&e);
        }
    }

    fn after_print(&mut self) {
        if let Err(e) = self.render_print(false) {
            dom::error(&e);
        }
    }

    fn on_focus(&mut self, event: &Event) {
        let Some(card) = dom::closest(event, ".rt-card") else { return };
        if let Some(i) = dom::data(&card, "index").and_then(|v| v.parse::<usize>().ok()) {
            if i != self.view.focused {
                self.view.focused = i;
                if let Err(e) = self.render_focus(false) {
                    dom::error(&e);
                }
            }
        }
    }

    fn on_scroll(&mut self, event: &Event) {
        let Some(parts) = &self.parts else { return };
        let from_viewport = event.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|t| t == parts.viewport);
        if from_viewport {
            let x = dom::scroll_left(&parts.viewport);
            parts.scroll_shown.set(x as i32);
            let windowed = parts.windowed;
            self.view.update(Msg::Scrolled(x));
            // What comes into view is drawn as it comes.
            if windowed && !self.view.is_narrow() {
                if let Err(e) = self.render_layout() {
                    dom::error(&e);
                }
            }
        }
    }
}
