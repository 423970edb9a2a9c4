//! Every raw `web_sys` call the widget makes, in one place.
//!
//! Render code asks this module for elements and never writes HTML: every string from
//! the data goes in through `set_text_content` or an attribute value. Listeners and
//! observers are owned values that detach themselves when dropped.
//!
//! Creating an element with one of the widget's own tag names, setting an attribute
//! with a fixed valid name, appending an element the widget created, toggling a class
//! and setting a style property on its own elements cannot throw, so their helpers return no `Result`:
//! the wasm build then carries no error path for each of their hundreds of calls.
//! Calls that can fail (reading the history, focusing, dispatching) still return one.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, Event, EventTarget, HtmlElement, ResizeObserver, ShadowRoot};

/// The page's document.
pub fn document() -> Result<Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("relationship-timeline: no document"))
}

pub fn window() -> Result<web_sys::Window, JsValue> {
    web_sys::window().ok_or_else(|| JsValue::from_str("relationship-timeline: no window"))
}

/// The fragment of the page's address, with its `#` (empty when there is none).
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's full address without its fragment. Absolute, so a `<base href>` that
/// points elsewhere cannot send history entries to another origin.
pub fn location_without_hash() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let href = location.href().unwrap_or_default();
    match href.find('#') {
        Some(at) => href[..at].to_owned(),
        None => href,
    }
}

/// The state object of the current history entry, if it is an object.
pub fn history_state() -> Option<js_sys::Object> {
    let state = window().ok()?.history().ok()?.state().ok()?;
    state.dyn_into::<js_sys::Object>().ok()
}

/// Adds a history entry for `url` (same document: the page does not scroll or load)
/// whose state is the current one with `key` set to `value` (a string, or null).
/// Other widgets' keys are kept, so each restores its own state on Back.
pub fn push_history(key: &str, value: Option<&str>, url: &str) -> Result<(), JsValue> {
    let state = js_sys::Object::new();
    if let Some(current) = history_state() {
        js_sys::Object::assign(&state, &current);
    }
    let value = value.map_or(JsValue::NULL, JsValue::from_str);
    js_sys::Reflect::set(&state, &JsValue::from_str(key), &value)?;
    window()?.history()?.push_state_with_url(&state, "", Some(url))
}

/// The value under `key` in the current history entry's state: `Some(None)` when the
/// state says "nothing open", `None` when it does not mention the key.
pub fn history_value(key: &str) -> Option<Option<String>> {
    let state = history_state()?;
    let key = JsValue::from_str(key);
    if !js_sys::Reflect::has(&state, &key).unwrap_or(false) {
        return None;
    }
    Some(js_sys::Reflect::get(&state, &key).ok().and_then(|v| v.as_string()))
}

/// Sets a length as a percentage of the containing block (`fraction` 0–1).
pub fn set_fraction(e: &Element, property: &str, fraction: f64) {
    let hundredths = if fraction.is_finite() { (crate::layout::clamp(fraction, 0.0, 1.0) * 10_000.0).round() as u32 } else { 0 };
    let mut text = String::with_capacity(8);
    crate::date::push_padded(&mut text, hundredths / 100, 1);
    text.push('.');
    crate::date::push_padded(&mut text, hundredths % 100, 2);
    text.push('%');
    ignored(style(e).set_property(property, &text));
}

/// The element children of `parent` that match `selector`.
pub fn children_matching(parent: &Element, selector: &str) -> Result<Vec<Element>, JsValue> {
    let mut out = Vec::new();
    let children = parent.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            if child.matches(selector)? {
                out.push(child);
            }
        }
    }
    Ok(out)
}

/// Sets a CSS property through the object model (allowed under a strict CSP).
pub fn set_style(e: &Element, property: &str, value: &str) {
    ignored(style(e).set_property(property, value));
}

/// The inline style of an element the widget created (an HTML element, so no check).
fn style(e: &Element) -> web_sys::CssStyleDeclaration {
    e.unchecked_ref::<HtmlElement>().style()
}

/// Dispatches a bubbling, composed `CustomEvent` on `target` with `detail`.
pub fn dispatch(target: &Element, kind: &str, detail: &JsValue) -> Result<(), JsValue> {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    let event = web_sys::CustomEvent::new_with_event_init_dict(kind, &init)?;
    target.dispatch_event(&event).map(|_| ())
}

/// Plain objects and arrays for the page, from JSON the widget wrote.
pub fn from_json(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `document.createElement` without a check for a thrown error: the widget only
    /// asks for its own fixed, valid tag names, for which it cannot throw. (Each checked
    /// call site costs code in the wasm build, and there are a hundred of them.)
    type PlainDocument;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &PlainDocument, tag: &str) -> Element;
}

/// Creates an element with a class (`""` for none).
pub fn el(doc: &Document, tag: &str, class: &str) -> Element {
    let e = doc.unchecked_ref::<PlainDocument>().create_element(tag);
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// Creates an element holding `text` as text.
pub fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Element {
    let e = el(doc, tag, class);
    e.set_text_content(Some(text));
    e
}

/// A heading at `level` (1–6 as `<h1>`–`<h6>`; deeper as an element with the
/// heading role, since HTML has no `<h7>`).
pub fn heading(doc: &Document, level: u8, class: &str, text: &str) -> Element {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    match TAGS.get(usize::from(level.max(1)) - 1) {
        Some(tag) => text_el(doc, tag, class, text),
        None => {
            let e = text_el(doc, "div", class, text);
            attr(&e, "role", "heading");
            attr(&e, "aria-level", &crate::i18n::number(usize::from(level)));
            e
        }
    }
}

/// A `<button type="button">` that says what it does in `data-action`.
pub fn button(doc: &Document, class: &str, action: &str, text: &str) -> Element {
    let b = text_el(doc, "button", class, text);
    attr(&b, "type", "button");
    attr(&b, "data-action", action);
    b
}

pub fn append(parent: &Element, child: &Element) {
    ignored(parent.append_child(child));
}

pub fn set_text(e: &Element, text: &str) {
    e.set_text_content(Some(text));
}

/// Removes every child.
pub fn clear(e: &Element) {
    e.set_text_content(None);
}

pub fn attr(e: &Element, name: &str, value: &str) {
    ignored(e.set_attribute(name, value));
}

pub fn toggle_class(e: &Element, class: &str, on: bool) {
    ignored(e.class_list().toggle_with_force(class, on));
}

/// Sets a length in pixels through the CSS object model (allowed under a strict CSP,
/// unlike `style` attributes in markup).
pub fn set_px(e: &Element, property: &str, px: f64) {
    ignored(style(e).set_property(property, &px_text(px)));
}

/// Moves an element by `x`, `y` pixels with a transform (which, unlike `left` and
/// `top`, changes no layout).
pub fn set_translate(e: &Element, x: f64, y: f64) {
    let mut text = String::from("translate(");
    text.push_str(&px_text(x));
    text.push(',');
    text.push_str(&px_text(y));
    text.push(')');
    ignored(style(e).set_property("transform", &text));
}

pub fn unset(e: &Element, property: &str) {
    ignored(style(e).remove_property(property));
}

/// `12px`, rounded to whole pixels, written without float formatting.
fn px_text(px: f64) -> String {
    let v = whole_px(px);
    let mut out = String::with_capacity(12);
    if v < 0 {
        out.push('-');
    }
    crate::date::push_padded(&mut out, v.unsigned_abs(), 1);
    out.push_str("px");
    out
}

pub fn focus(e: &Element) -> Result<(), JsValue> {
    match e.dyn_ref::<HtmlElement>() {
        Some(h) => h.focus(),
        None => Ok(()),
    }
}

pub fn width(e: &Element) -> f64 {
    e.get_bounding_client_rect().width()
}

pub fn height(e: &Element) -> f64 {
    e.get_bounding_client_rect().height()
}

/// Where `e`'s top edge is in the window, in pixels.
pub fn top(e: &Element) -> f64 {
    e.get_bounding_client_rect().top()
}

/// Where the inside of `e`'s border ends, at the bottom, in the window (its padding
/// included, a horizontal scroll bar not).
pub fn content_bottom(e: &Element) -> f64 {
    top(e) + f64::from(e.client_top()) + f64::from(e.client_height())
}

pub fn scroll_top(e: &Element) -> f64 {
    f64::from(e.scroll_top())
}

pub fn has_attr(e: &Element, name: &str) -> bool {
    e.has_attribute(name)
}

pub fn scroll_left(e: &Element) -> f64 {
    f64::from(e.scroll_left())
}

/// `x` rounded to a whole pixel, as scroll positions are set.
pub fn whole_px(x: f64) -> i32 {
    if x.is_finite() {
        crate::layout::clamp(x.round(), -1e9, 1e9) as i32
    } else {
        0
    }
}

pub fn set_scroll_left(e: &Element, x: i32) {
    e.set_scroll_left(x);
}

/// The nearest element at or above the event's target matching `selector`, looking
/// through the shadow root the event came from.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    let target = event.composed_path().get(0).dyn_into::<Element>().ok()?;
    target.closest(selector).ok().flatten()
}

/// The value of `data-NAME`.
pub fn data(e: &Element, name: &str) -> Option<String> {
    let mut attr = String::with_capacity(5 + name.len());
    attr.push_str("data-");
    attr.push_str(name);
    e.get_attribute(&attr)
}

/// An open shadow root on `host` styled by `css` through a constructed stylesheet
/// (not a `<style>` element, so a strict `style-src` policy allows it).
pub fn shadow(host: &Element, css: &str) -> Result<ShadowRoot, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(root)
}

/// Today as a day number (days since 1970-01-01, UTC).
pub fn today() -> i64 {
    (js_sys::Date::now() / 86_400_000.0).floor() as i64
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

pub fn error(message: &JsValue) {
    web_sys::console::error_1(message);
}

/// Reports a failed browser call on the console and goes on: the widget keeps working
/// with what it has drawn.
pub fn logged(result: Result<(), JsValue>) {
    if let Err(e) = result {
        error(&e);
    }
}

/// An error dropped on purpose (a call whose failure changes nothing for the reader),
/// still shown on the console in debug builds.
pub fn ignored<T>(result: Result<T, JsValue>) {
    if let (Err(e), true) = (result, cfg!(debug_assertions)) {
        web_sys::console::debug_2(&JsValue::from_str("relationship-timeline: ignored"), &e);
    }
}

/// An event listener that is removed when this value is dropped.
#[must_use = "a listener is removed as soon as it is dropped"]
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(target: &EventTarget, kind: &'static str, capture: bool, f: impl FnMut(Event) + 'static) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        target.add_event_listener_with_callback_and_bool(kind, closure.as_ref().unchecked_ref(), capture)?;
        Ok(Listener { target: target.clone(), kind, capture, closure })
    }

    /// A listener that may cancel what the browser would do (`passive: false`): a
    /// wheel listener is otherwise passive on some targets, and Ctrl + wheel would
    /// zoom the page instead of the timeline.
    pub fn active(target: &EventTarget, kind: &'static str, f: impl FnMut(Event) + 'static) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(false);
        target.add_event_listener_with_callback_and_add_event_listener_options(kind, closure.as_ref().unchecked_ref(), &options)?;
        Ok(Listener { target: target.clone(), kind, capture: false, closure })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        ignored(self.target.remove_event_listener_with_callback_and_bool(self.kind, self.closure.as_ref().unchecked_ref(), self.capture));
    }
}

/// A ResizeObserver on one element, disconnected when dropped; calls back with the
/// element's new content width.
#[must_use = "the observer is disconnected as soon as it is dropped"]
pub struct ResizeWatch {
    observer: ResizeObserver,
    _closure: Closure<dyn FnMut(js_sys::Array)>,
}

impl ResizeWatch {
    pub fn new(target: &Element, mut f: impl FnMut(f64) + 'static) -> Result<ResizeWatch, JsValue> {
        let closure = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                f(entry.content_rect().width());
            }
        });
        let observer = ResizeObserver::new(closure.as_ref().unchecked_ref())?;
        observer.observe(target);
        Ok(ResizeWatch { observer, _closure: closure })
    }
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The element's first descendant matching `selector` (a selector of the widget's own).
pub fn query(e: &Element, selector: &str) -> Option<Element> {
    e.query_selector(selector).ok().flatten()
}

/// Takes an element out of the page.
pub fn remove(e: &Element) {
    e.remove();
}

pub fn remove_attr(e: &Element, name: &str) {
    ignored(e.remove_attribute(name));
}

/// Appends `text` as a text node.
pub fn append_text(e: &Element, text: &str) {
    ignored(e.append_with_str_1(text));
}

/// Puts `child` into `parent` before `next` (at the end when `None`).
pub fn insert_before(parent: &Element, child: &Element, next: Option<&Element>) {
    ignored(parent.insert_before(child, next.map(AsRef::as_ref)));
}

/// Removes everything in a shadow root.
pub fn clear_shadow(shadow: &ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        ignored(shadow.remove_child(&child));
    }
}

pub fn append_to_shadow(shadow: &ShadowRoot, child: &Element) {
    ignored(shadow.append_child(child));
}

/// Whether the keyboard focus is inside the shadow root.
pub fn has_focus_within(shadow: &ShadowRoot) -> bool {
    shadow.active_element().is_some()
}

/// Whether the element focused in `shadow` has the attribute `name`.
pub fn focus_has_attr(shadow: &ShadowRoot, name: &str) -> bool {
    shadow.active_element().is_some_and(|e| e.has_attribute(name))
}

/// The `lang` of the nearest element at or above `e` that sets one.
pub fn inherited_lang(e: &Element) -> Option<String> {
    e.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang"))
}

/// Whether the event was sent to `e` itself.
pub fn targets(event: &Event, e: &Element) -> bool {
    event.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|t| t == *e)
}

pub fn prevent_default(event: &Event) {
    event.prevent_default();
}

/// The left edge of an element, in viewport pixels.
pub fn left(e: &Element) -> f64 {
    e.get_bounding_client_rect().left()
}

/// Where a mouse event's pointer is along `e`, from 0 (left edge) to 1 (right edge).
pub fn fraction_along(event: &Event, e: &Element) -> Option<f64> {
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    let rect = e.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| (f64::from(mouse.client_x()) - rect.left()) / rect.width())
}

/// A key press without Alt, Ctrl or Meta: the key's name.
pub fn plain_key(event: &Event) -> Option<String> {
    let key = event.dyn_ref::<web_sys::KeyboardEvent>()?;
    (!(key.alt_key() || key.ctrl_key() || key.meta_key())).then(|| key.key())
}

/// A wheel turn: whether it asks to zoom (Ctrl or ⌘ held, or a trackpad pinch, which
/// browsers send so), how far, and where the pointer is.
pub struct Wheel {
    pub zoom: bool,
    pub delta_y: f64,
    pub client_x: f64,
}

pub fn wheel(event: &Event) -> Option<Wheel> {
    let w = event.dyn_ref::<web_sys::WheelEvent>()?;
    Some(Wheel { zoom: w.ctrl_key() || w.meta_key(), delta_y: w.delta_y(), client_x: f64::from(w.client_x()) })
}

/// A pointer event's pointer.
pub struct Pointer {
    pub id: i32,
    pub x: f64,
    pub y: f64,
    /// A mouse with its main button: a drag pans.
    pub main_mouse_button: bool,
}

pub fn pointer(event: &Event) -> Option<Pointer> {
    let p = event.dyn_ref::<web_sys::PointerEvent>()?;
    Some(Pointer {
        id: p.pointer_id(),
        x: f64::from(p.client_x()),
        y: f64::from(p.client_y()),
        main_mouse_button: p.pointer_type() == "mouse" && p.button() == 0,
    })
}
