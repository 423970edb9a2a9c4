//! The timeline in a page: mounts into an element, draws the [`View`] into a shadow
//! root, and turns reader actions into [`Msg`]s.
//!
//! State lives in Rust behind the [`Timeline`] handle; listeners and the resize
//! observer are owned by it, and `destroy()` puts the host element back as it was.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, KeyboardEvent, ShadowRoot};

use crate::dom::{self, Listener, ResizeWatch};
use crate::i18n::{Lang, Strings};
use crate::layout::{self, Metrics, Slot};
use crate::model::{self, Status};
use crate::parse::{self, Parsed};
use crate::problem::Problem;
use crate::view::{Move, Msg, Redraw, View, ZOOM_STEP};

const CSS: &str = include_str!("widget.css");

/// Heights of the parts of the track, in pixels (kept in step with `widget.css`).
const BAND_HEIGHT: f64 = 30.0;
const ROW_HEIGHT: f64 = 76.0;
const AXIS_HEIGHT: f64 = 56.0;
/// Minimum distance between tick labels.
const TICK_SPACING: f64 = 80.0;
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
/// `"vietnam-singapore"`); `data` — a timeline as JSON text or object, instead of a
/// bundled one; `lang` — `"vi"` or `"en"` (default: the `lang` of the host element or
/// its page, else English).
#[wasm_bindgen]
pub fn mount(host: &Element, options: JsValue) -> Result<Timeline, JsError> {
    mount_inner(host, &options).map_err(|e| JsError::new(&e.as_string().unwrap_or_else(|| "relationship-timeline: mount failed".into())))
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
        }
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

fn option_string(options: &JsValue, name: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &JsValue::from_str(name)).ok().and_then(|v| v.as_string())
}

/// The data to show: `data` (text or object), else the bundled `dataset`.
fn read_data(options: &JsValue) -> Result<Parsed, JsValue> {
    if options.is_object() {
        let data = js_sys::Reflect::get(options, &JsValue::from_str("data"))?;
        if let Some(text) = data.as_string() {
            return Ok(parse::parse(&text));
        }
        if data.is_object() {
            let text = js_sys::JSON::stringify(&data)?.as_string().unwrap_or_default();
            return Ok(parse::parse(&text));
        }
    }
    let id = option_string(options, "dataset").unwrap_or_else(|| "vietnam-singapore".into());
    let text = crate::bundled::get(&id).ok_or_else(|| JsValue::from_str("relationship-timeline: unknown dataset"))?;
    Ok(parse::parse(text))
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
    let parsed = read_data(options)?;
    let lang = pick_lang(host, options);
    let root = dom::el(&doc, "div", "relationship-timeline")?;
    dom::append(host, &root)?;
    let shadow = dom::shadow(&root, CSS)?;
    let measured = dom::width(&root);
    let width = if measured > 0.0 { measured } else { FALLBACK_WIDTH };
    for p in &parsed.problems {
        dom::warn(&problem_line(p, Lang::En.strings()));
    }
    let view = View::new(&parsed.timeline, lang, width, Metrics::default());
    let mut widget = Widget {
        doc,
        root,
        shadow,
        timeline: parsed.timeline,
        problems: parsed.problems.into_iter().filter(Problem::is_error).collect(),
        view,
        today: dom::today(),
        parts: None,
        notice_open: true,
    };
    widget.render_all()?;
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
    let listeners = vec![
        on("click", false, Widget::on_click)?,
        on("keydown", false, Widget::on_key)?,
        on("focusin", false, Widget::on_focus)?,
        on("scroll", true, Widget::on_scroll)?,
    ];
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
    track: Element,
    bands: Element,
    axis: Element,
    clusters: Element,
    /// One `<li>` per event, in date order.
    items: Vec<Element>,
    /// The card button inside each item.
    cards: Vec<Element>,
    details: Element,
    live: Element,
    notice: Option<Element>,
}

struct Widget {
    doc: Document,
    /// Our element inside the host; the shadow root hangs off it.
    root: Element,
    shadow: ShadowRoot,
    timeline: model::Timeline,
    /// Errors found in the data (what was left out and why).
    problems: Vec<Problem>,
    view: View,
    today: i64,
    parts: Option<Parts>,
    notice_open: bool,
}

impl Widget {
    fn strings(&self) -> &'static Strings {
        self.view.lang.strings()
    }

    fn apply(&mut self, msg: Msg) {
        let opened = matches!(msg, Msg::Select(_)) || (self.view.selected.is_some() && matches!(msg, Msg::Focus(_)));
        let redraw = self.view.update(msg);
        if let Err(e) = self.redraw(redraw, opened && matches!(msg, Msg::Select(_))) {
            dom::error(&e);
        }
    }

    fn redraw(&mut self, r: Redraw, focus_details: bool) -> Result<(), JsValue> {
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
                if let Some(heading) = parts.details.query_selector("h3")? {
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

    /// Builds every element from scratch (at mount and when the language changes).
    fn render_all(&mut self) -> Result<(), JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        let title = self.timeline.title.get(lang);
        // Clear the shadow root.
        while let Some(child) = self.shadow.first_child() {
            self.shadow.remove_child(&child)?;
        }

        let section = dom::el(doc, "section", "rt")?;
        dom::attr(&section, "lang", lang)?;
        dom::attr(&section, "aria-labelledby", "rt-title")?;

        let head = dom::el(doc, "header", "rt-head")?;
        let h = dom::text_el(doc, "h2", "rt-heading", title)?;
        dom::attr(&h, "id", "rt-title")?;
        dom::append(&head, &h)?;
        let controls = dom::el(doc, "div", "rt-controls")?;
        let langs = dom::el(doc, "div", "rt-langs")?;
        dom::attr(&langs, "role", "group")?;
        dom::attr(&langs, "aria-label", s.language)?;
        for l in Lang::ALL {
            let b = dom::button(doc, "rt-lang", "lang", l.strings().name)?;
            dom::attr(&b, "data-lang", l.code())?;
            dom::attr(&b, "lang", l.code())?;
            dom::attr(&b, "aria-pressed", if l == self.view.lang { "true" } else { "false" })?;
            dom::append(&langs, &b)?;
        }
        dom::append(&controls, &langs)?;
        let zoom = dom::el(doc, "div", "rt-zoom")?;
        for (action, label, symbol) in [("zoom-out", s.zoom_out, "−"), ("fit", s.fit_all, "⤢"), ("zoom-in", s.zoom_in, "+")] {
            let b = dom::button(doc, "rt-zoom-button", action, symbol)?;
            dom::attr(&b, "aria-label", label)?;
            dom::attr(&b, "title", label)?;
            dom::append(&zoom, &b)?;
        }
        dom::append(&controls, &zoom)?;
        dom::append(&head, &controls)?;
        dom::append(&section, &head)?;

        let notice = if !self.problems.is_empty() && self.notice_open { Some(self.render_notice()?) } else { None };
        if let Some(n) = &notice {
            dom::append(&section, n)?;
        }

        // Tier legend.
        if !self.timeline.tiers.is_empty() {
            let legend = dom::el(doc, "ul", "rt-legend")?;
            dom::attr(&legend, "aria-label", s.tiers)?;
            for (i, tier) in self.timeline.tiers.iter().enumerate() {
                let li = dom::el(doc, "li", &tier_class("rt-legend-item", i))?;
                dom::append(&li, &dom::el(doc, "span", "rt-swatch")?)?;
                dom::append(&li, &dom::text_el(doc, "span", "", tier.name.get(lang))?)?;
                dom::append(&legend, &li)?;
            }
            dom::append(&section, &legend)?;
        }

        let viewport = dom::el(doc, "div", "rt-viewport")?;
        let track = dom::el(doc, "div", "rt-track")?;
        let bands = dom::el(doc, "div", "rt-bands")?;
        dom::attr(&bands, "aria-hidden", "true")?;
        let axis = dom::el(doc, "div", "rt-axis")?;
        dom::attr(&axis, "aria-hidden", "true")?;
        let clusters = dom::el(doc, "div", "rt-clusters")?;
        let list = dom::el(doc, "ol", "rt-events")?;
        dom::attr(&list, "aria-label", s.events)?;
        let mut items = Vec::with_capacity(self.timeline.events.len());
        let mut cards = Vec::with_capacity(self.timeline.events.len());
        for (i, event) in self.timeline.events.iter().enumerate() {
            let (li, card) = self.render_item(i, event)?;
            dom::append(&list, &li)?;
            items.push(li);
            cards.push(card);
        }
        if self.timeline.events.is_empty() {
            dom::append(&list, &dom::text_el(doc, "li", "rt-empty", s.no_events)?)?;
        }
        for part in [&bands, &list, &clusters, &axis] {
            dom::append(&track, part)?;
        }
        dom::append(&viewport, &track)?;
        dom::append(&section, &viewport)?;

        let details = dom::el(doc, "div", "rt-details")?;
        dom::attr(&details, "role", "region")?;
        dom::attr(&details, "aria-labelledby", "rt-details-title")?;
        dom::attr(&details, "id", "rt-details")?;
        dom::append(&section, &details)?;

        let live = dom::el(doc, "p", "rt-live")?;
        dom::attr(&live, "aria-live", "polite")?;
        dom::append(&section, &live)?;

        self.shadow.append_child(&section)?;
        self.parts = Some(Parts { section, viewport, track, bands, axis, clusters, items, cards, details, live, notice });
        self.render_layout()?;
        self.render_details()?;
        self.render_focus(false)
    }

    fn render_notice(&self) -> Result<Element, JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let notice = dom::el(doc, "div", "rt-notice")?;
        dom::attr(&notice, "role", "note")?;
        let head = dom::el(doc, "div", "rt-notice-head")?;
        dom::append(&head, &dom::text_el(doc, "strong", "", s.problems_title)?)?;
        dom::append(&head, &dom::button(doc, "rt-dismiss", "dismiss", s.dismiss)?)?;
        dom::append(&notice, &head)?;
        let list = dom::el(doc, "ul", "")?;
        for p in &self.problems {
            dom::append(&list, &dom::text_el(doc, "li", "", &problem_line(p, s))?)?;
        }
        dom::append(&notice, &list)?;
        Ok(notice)
    }

    /// One event's list item and its card button.
    fn render_item(&self, i: usize, event: &model::Event) -> Result<(Element, Element), JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        let mut class = String::from("rt-event kind-");
        class.push_str(event.kind.code());
        if event.status == Status::Planned {
            class.push_str(" rt-planned");
        }
        if event.end.is_some() {
            class.push_str(" rt-span");
        }
        let tier = self.timeline.tier_on(event.start_day());
        let li = dom::el(doc, "li", &tier_class(&class, tier.unwrap_or(usize::MAX)))?;
        let card = dom::el(doc, "button", "rt-card")?;
        dom::attr(&card, "type", "button")?;
        dom::attr(&card, "data-action", "select")?;
        dom::attr(&card, "data-index", &crate::i18n::number(i))?;
        dom::attr(&card, "aria-controls", "rt-details")?;
        let when = s.when(&event.date, event.end.as_ref());
        let title = event.title.get(lang);
        let mut label = String::with_capacity(title.len() + when.len() + 16);
        label.push_str(title);
        label.push_str(", ");
        label.push_str(&when);
        if event.status == Status::Planned {
            label.push_str(", ");
            label.push_str(&s.planned.to_lowercase());
        }
        dom::attr(&card, "aria-label", &label)?;
        let time = dom::text_el(doc, "time", "rt-when", &when)?;
        let mut datetime = event.date.iso();
        if let Some(end) = &event.end {
            datetime.push('/');
            datetime.push_str(&end.iso());
        }
        // `<time datetime>` takes a single date; a span keeps its start there.
        dom::attr(&time, "datetime", &event.date.iso())?;
        dom::attr(&li, "data-when", &datetime)?;
        dom::attr(&li, "data-id", &event.id)?;
        dom::append(&card, &time)?;
        dom::append(&card, &dom::text_el(doc, "span", "rt-title", title)?)?;
        let meta = dom::text_el(doc, "span", "rt-kind", s.kind(event.kind))?;
        if event.status == Status::Planned {
            dom::append(&meta, &dom::text_el(doc, "span", "rt-badge", s.planned)?)?;
        }
        dom::append(&card, &meta)?;
        dom::append(&li, &card)?;
        if event.end.is_some() {
            dom::append(&li, &dom::el(doc, "span", "rt-bar")?)?;
        }
        Ok((li, card))
    }

    /// Positions, ticks, bands and clusters for the current zoom and width.
    fn render_layout(&mut self) -> Result<(), JsValue> {
        let Some(parts) = &self.parts else { return Ok(()) };
        let doc = &self.doc;
        let s = self.strings();
        let view = &self.view;
        let narrow = view.is_narrow();
        dom::toggle_class(&parts.section, "rt-narrow", narrow)?;
        let placement = view.placement();
        if narrow {
            dom::unset(&parts.track, "width")?;
            dom::unset(&parts.track, "height")?;
            for item in &parts.items {
                dom::unset(item, "left")?;
                dom::unset(item, "top")?;
                dom::toggle_class(item, "rt-folded", false)?;
            }
            dom::clear(&parts.bands);
            dom::clear(&parts.axis);
            dom::clear(&parts.clusters);
            return Ok(());
        }
        let scale = view.scale;
        let track_width = view.track_width();
        let rows = placement.lanes().max(1) as f64;
        dom::set_px(&parts.track, "width", track_width)?;
        dom::set_px(&parts.track, "height", BAND_HEIGHT + rows * ROW_HEIGHT + AXIS_HEIGHT)?;

        for ((item, slot), event) in parts.items.iter().zip(&placement.slots).zip(&self.timeline.events) {
            match slot {
                Slot::Card { x, row } => {
                    dom::toggle_class(item, "rt-folded", false)?;
                    dom::set_px(item, "left", *x)?;
                    dom::set_px(item, "top", BAND_HEIGHT + *row as f64 * ROW_HEIGHT)?;
                    if event.end.is_some() {
                        if let Some(bar) = item.query_selector(".rt-bar")? {
                            let w = scale.x(event.end_day() as f64 + 1.0) - scale.x(event.start_day() as f64);
                            dom::set_px(&bar, "width", w.max(4.0))?;
                        }
                    }
                }
                Slot::Clustered { .. } => dom::toggle_class(item, "rt-folded", true)?,
            }
        }

        let (first, last) = view.day_range();
        let from = scale.day(0.0).floor() as i64;
        let to = scale.day(track_width).ceil() as i64;
        dom::clear(&parts.bands);
        for band in layout::bands(&self.timeline.tier_periods(), &scale, to.max(last)) {
            let b = dom::el(doc, "div", &tier_class("rt-band", band.tier))?;
            dom::set_px(&b, "left", band.x)?;
            dom::set_px(&b, "width", band.width)?;
            let name = self.timeline.tiers[band.tier].name.get(view.lang.code());
            dom::append(&b, &dom::text_el(doc, "span", "rt-band-label", name)?)?;
            dom::append(&parts.bands, &b)?;
        }

        dom::clear(&parts.axis);
        for tick in layout::ticks(&scale, from.max(first - 400_000), to, TICK_SPACING) {
            let t = dom::text_el(doc, "span", "rt-tick", &(s.tick)(&tick.date))?;
            dom::set_px(&t, "left", tick.x)?;
            dom::append(&parts.axis, &t)?;
        }
        if self.today >= from && self.today <= to {
            let today = dom::text_el(doc, "span", "rt-today", s.today)?;
            dom::set_px(&today, "left", scale.x(self.today as f64))?;
            dom::append(&parts.axis, &today)?;
        }

        dom::clear(&parts.clusters);
        for (c, cluster) in placement.clusters.iter().enumerate() {
            let mut count = String::from("+");
            count.push_str(&crate::i18n::number(cluster.len()));
            let b = dom::button(doc, "rt-cluster", "cluster", "")?;
            dom::attr(&b, "data-cluster", &crate::i18n::number(c))?;
            let from = crate::date::Date::from_day_number(cluster.start_day);
            let to = crate::date::Date::from_day_number(cluster.end_day);
            let range = coarse_range(s, from, to);
            dom::append(&b, &dom::text_el(doc, "span", "rt-cluster-count", &count)?)?;
            dom::append(&b, &dom::text_el(doc, "span", "rt-cluster-range", &range)?)?;
            let mut label = (s.event_count)(cluster.len());
            label.push_str(", ");
            label.push_str(&range);
            label.push_str(". ");
            label.push_str(s.zoom_in);
            dom::attr(&b, "aria-label", &label)?;
            dom::set_px(&b, "left", cluster.x)?;
            dom::set_px(&b, "top", BAND_HEIGHT + placement.rows as f64 * ROW_HEIGHT)?;
            dom::append(&parts.clusters, &b)?;
        }
        dom::set_scroll_left(&parts.viewport, view.scroll);
        Ok(())
    }

    /// The details panel of the selected event (empty and hidden when none is).
    fn render_details(&mut self) -> Result<(), JsValue> {
        let Some(parts) = &self.parts else { return Ok(()) };
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        let panel = &parts.details;
        dom::clear(panel);
        for (i, card) in parts.cards.iter().enumerate() {
            dom::attr(card, "aria-expanded", if self.view.selected == Some(i) { "true" } else { "false" })?;
            dom::toggle_class(&parts.items[i], "rt-selected", self.view.selected == Some(i))?;
        }
        let Some(i) = self.view.selected else {
            dom::toggle_class(panel, "rt-open", false)?;
            // Back to its place after the track (in the list layout it moves into the item).
            parts.section.insert_before(panel, Some(&parts.live))?;
            return Ok(());
        };
        let event = &self.timeline.events[i];
        dom::toggle_class(panel, "rt-open", true)?;
        if self.view.is_narrow() {
            dom::append(&parts.items[i], panel)?;
        } else {
            parts.section.insert_before(panel, Some(&parts.live))?;
        }

        let head = dom::el(doc, "div", "rt-details-head")?;
        let h = dom::text_el(doc, "h3", "", event.title.get(lang))?;
        dom::attr(&h, "id", "rt-details-title")?;
        dom::attr(&h, "tabindex", "-1")?;
        dom::append(&head, &h)?;
        let close = dom::button(doc, "rt-close", "close", "×")?;
        dom::attr(&close, "aria-label", s.close)?;
        dom::append(&head, &close)?;
        dom::append(panel, &head)?;

        let when = dom::el(doc, "p", "rt-details-when")?;
        let time = dom::text_el(doc, "time", "", &s.when(&event.date, event.end.as_ref()))?;
        dom::attr(&time, "datetime", &event.date.iso())?;
        dom::append(&when, &time)?;
        let mut kind = String::from(" · ");
        kind.push_str(s.kind(event.kind));
        kind.push_str(" · ");
        kind.push_str(s.status(event.status));
        dom::append(&when, &dom::text_el(doc, "span", "", &kind)?)?;
        dom::append(panel, &when)?;

        if !event.summary.is_empty() {
            dom::append(panel, &dom::text_el(doc, "p", "rt-summary", event.summary.get(lang))?)?;
        }

        let facts = dom::el(doc, "dl", "rt-facts")?;
        let fact = |term: &str, value: &str| -> Result<(), JsValue> {
            dom::append(&facts, &dom::text_el(doc, "dt", "", term)?)?;
            dom::append(&facts, &dom::text_el(doc, "dd", "", value)?)
        };
        if let Some(t) = self.timeline.tier_on(event.start_day()) {
            fact(s.tier, self.timeline.tiers[t].name.get(lang))?;
        }
        if !event.actors.is_empty() {
            let names: Vec<&str> = event.actors.iter().map(|a| a.get(lang)).collect();
            fact(s.actors, &names.join("; "))?;
        }
        if let Some(place) = &event.place {
            fact(s.place, place.get(lang))?;
        }
        dom::append(panel, &facts)?;

        if !event.pillars.is_empty() {
            let chips = dom::el(doc, "ul", "rt-chips")?;
            dom::attr(&chips, "aria-label", s.pillars)?;
            for p in &event.pillars {
                dom::append(&chips, &dom::text_el(doc, "li", "rt-chip", self.timeline.pillars[*p].name.get(lang))?)?;
            }
            dom::append(panel, &chips)?;
        }

        if let Some(note) = &event.note {
            let p = dom::el(doc, "p", "rt-note")?;
            dom::append(&p, &dom::text_el(doc, "strong", "", s.note)?)?;
            dom::append(&p, &dom::text_el(doc, "span", "", note.get(lang))?)?;
            dom::append(panel, &p)?;
        }

        if !event.citations.is_empty() {
            dom::append(panel, &dom::text_el(doc, "h4", "", s.sources)?)?;
            let list = dom::el(doc, "ul", "rt-sources")?;
            for cite in &event.citations {
                let source = &self.timeline.sources[cite.source];
                let li = dom::el(doc, "li", "")?;
                let quote = dom::text_el(doc, "blockquote", "rt-quote", &cite.quote)?;
                // Quotes stay in the language of the article they come from.
                dom::attr(&quote, "lang", "vi")?;
                dom::append(&li, &quote)?;
                let by = dom::el(doc, "p", "rt-cite")?;
                let title_el = match &source.url {
                    Some(url) if parse::is_safe_url(url) => {
                        let a = dom::text_el(doc, "a", "", source.title.get(lang))?;
                        dom::attr(&a, "href", url)?;
                        dom::attr(&a, "rel", "noopener noreferrer")?;
                        a
                    }
                    _ => dom::text_el(doc, "cite", "", source.title.get(lang))?,
                };
                dom::append(&by, &title_el)?;
                if let Some(date) = &source.published {
                    let mut text = String::from(" · ");
                    if let Some(publisher) = &source.publisher {
                        text.push_str(publisher);
                        text.push_str(" · ");
                    }
                    text.push_str(&(s.date)(date));
                    dom::append(&by, &dom::text_el(doc, "span", "", &text)?)?;
                }
                dom::append(&li, &by)?;
                dom::append(&list, &li)?;
            }
            dom::append(panel, &list)?;
        }

        let nav = dom::el(doc, "div", "rt-details-nav")?;
        let prev = dom::button(doc, "rt-step", "prev", &prefixed("← ", s.previous))?;
        let next = dom::button(doc, "rt-step", "next", &prefixed("", s.next))?;
        next.append_with_str_1(" →")?;
        if i == 0 {
            dom::attr(&prev, "disabled", "")?;
        }
        if i + 1 >= self.timeline.events.len() {
            dom::attr(&next, "disabled", "")?;
        }
        dom::append(&nav, &prev)?;
        dom::append(&nav, &next)?;
        dom::append(panel, &nav)?;
        Ok(())
    }

    /// Roving tab stop: only the focused card is in the tab order.
    fn render_focus(&self, move_focus: bool) -> Result<(), JsValue> {
        let Some(parts) = &self.parts else { return Ok(()) };
        for (i, card) in parts.cards.iter().enumerate() {
            dom::attr(card, "tabindex", if i == self.view.focused { "0" } else { "-1" })?;
        }
        if move_focus {
            if let Some(card) = parts.cards.get(self.view.focused) {
                dom::focus(card)?;
            }
        }
        Ok(())
    }

    fn announce(&self, text: &str) {
        if let Some(parts) = &self.parts {
            dom::set_text(&parts.live, text);
        }
    }

    fn on_click(&mut self, event: &Event) {
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
            "prev" | "next" => {
                if let Some(i) = self.view.selected {
                    let to = if action == "prev" { i.saturating_sub(1) } else { i + 1 };
                    self.apply(Msg::Select(to));
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
        self.announce(&coarse_range(s, from, to));
    }

    fn on_key(&mut self, event: &Event) {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
        if key.alt_key() || key.ctrl_key() || key.meta_key() {
            return;
        }
        let on_card = dom::closest(event, ".rt-card").is_some();
        let msg = match key.key().as_str() {
            "Escape" => Some(Msg::Close),
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
            if matches!(msg, Msg::Zoom { .. }) {
                self.announce_range();
            }
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
            self.view.update(Msg::Scrolled(x));
        }
    }
}

/// A range worded at the precision that matters: years when it spans years, months
/// when it spans months, days otherwise.
fn coarse_range(s: &Strings, from: crate::date::Date, to: crate::date::Date) -> String {
    use crate::date::Date;
    let (from, to) = if to.year - from.year >= 2 {
        (Date::year(from.year), Date::year(to.year))
    } else if (to.year - from.year) * 12 + i32::from(to.month.unwrap_or(1)) - i32::from(from.month.unwrap_or(1)) >= 2 {
        (Date::month(from.year, from.month.unwrap_or(1)), Date::month(to.year, to.month.unwrap_or(1)))
    } else {
        (from, to)
    };
    s.when(&from, Some(&to))
}

fn tier_class(base: &str, tier: usize) -> String {
    let mut class = String::from(base);
    if tier != usize::MAX {
        class.push_str(" tier-");
        class.push_str(&crate::i18n::number(tier % 6));
    }
    class
}

fn prefixed(prefix: &str, text: &str) -> String {
    let mut out = String::from(prefix);
    out.push_str(text);
    out
}
