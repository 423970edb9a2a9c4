//! The timeline in a page: mounts into an element, draws the [`View`] into a shadow
//! root, and turns reader actions into [`Msg`]s.
//!
//! State lives in Rust behind the [`Timeline`] handle; listeners and the resize
//! observer are owned by it, and `destroy()` puts the host element back as it was.
//! The jobs are split: [`api`] is what JavaScript calls and the options it passes,
//! [`input`] turns pointer, wheel and key events into messages, [`render`] draws,
//! and [`effects`] holds what must reach the page once the state is released.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Event, ShadowRoot};

mod api;
mod effects;
mod input;
mod marks;
mod render;
#[cfg(feature = "importers")]
mod studio;

pub use api::{mount, show_notice, Notice, Timeline};

use crate::dom::{self, Listener, ResizeWatch};
use crate::i18n::{Lang, Strings};
use crate::layout::Metrics;
use crate::model;
use crate::parse::Parsed;
use crate::problem::Problem;
use crate::view::{self, Facet, Msg, Redraw, View};
use api::Options;
use effects::Effects;
use input::Gesture;

/// The styles, as `build.rs` folds them (comments and runs of white space out).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// Heights of the parts of the track, in pixels (kept in step with `widget.css`).
const BAND_HEIGHT: f64 = 30.0;
const ROW_HEIGHT: f64 = 76.0;
const AXIS_HEIGHT: f64 = 56.0;
/// How much of the gap under the last row of cards a box of fixed height may take for
/// one more row: the axis's line then comes 8 px under the cards instead of 12.
const LAST_ROW_SLACK: f64 = 4.0;
/// The box's padding (`.rt` in `widget.css`).
const SECTION_PADDING: f64 = 12.0;
/// Minimum distance between tick labels.
const TICK_SPACING: f64 = 80.0;
/// Most events the widget shows; the rest are listed as left out. Large timelines
/// draw only what is near the reader's view, so this is the parser's own limit.
pub const MAX_WIDGET_EVENTS: usize = crate::parse::MAX_EVENTS;

/// A length in whole CSS pixels: `412px`.
fn px(v: f64) -> String {
    let mut out = crate::i18n::number(v.round().max(0.0) as usize);
    out.push_str("px");
    out
}

/// Problems the console line quotes at mount; the notice and `problems()` have them all.
const CONSOLE_PROBLEMS: usize = 3;

/// The one console line of a mount: "relationship-timeline: 18 of 21 events shown ·
/// 3 left out · 2 warnings. 3:5: error: …; … (and N more: …)".
fn console_summary(parsed: &Parsed) -> String {
    let s = Lang::En.strings();
    let mut line = String::from("relationship-timeline: ");
    line.push_str(&crate::phrase::outcome(parsed.timeline.events.len(), parsed.given, &parsed.problems, s));
    line.push_str(". ");
    for (k, p) in parsed.problems.iter().take(CONSOLE_PROBLEMS).enumerate() {
        if k > 0 {
            line.push_str("; ");
        }
        line.push_str(&crate::phrase::problem_line(p, s));
    }
    if parsed.problems.len() > CONSOLE_PROBLEMS {
        line.push_str("; ");
        line.push_str(&s.more_problems(parsed.problems.len() - CONSOLE_PROBLEMS));
    }
    line
}

/// The event asking the page (the embed script) for a language's file, its code as
/// the detail; once `addLanguage` has it, `setLang` switches to it.
const LANGUAGE_NEEDED: &str = "rt-language-needed";

/// The language asked for: the option, else the page's (`lang` on the nearest
/// element), else English.
fn wanted_lang(host: &Element, option: Option<Lang>) -> Lang {
    option.or_else(|| dom::inherited_lang(host).and_then(|l| Lang::from_tag(&l))).unwrap_or(Lang::En)
}

/// Width assumed when the container has not been laid out yet.
const FALLBACK_WIDTH: f64 = 800.0;

/// Where a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// The reader, in the widget: a change of the open event is recorded in the
    /// page's history (Back returns to the previous one), and opened details take focus.
    Reader,
    /// The page: its address (a link, Back and Forward) or an option. Nothing is
    /// recorded and focus stays where the reader is.
    Page,
}

/// The widget, built and drawn, and its listeners on the page: what [`Timeline`] holds.
struct Mounted {
    widget: Rc<RefCell<Widget>>,
    listeners: Vec<Listener>,
    resize: ResizeWatch,
}

/// Builds the widget in `host` from parsed data and starts listening.
fn mount_parsed(host: &Element, options: &Options, mut parsed: Parsed) -> Result<Mounted, JsValue> {
    let doc = dom::document()?;
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
    // A language whose words are not here yet (the embed fetches its file) starts in
    // English, and the page is asked for it: see `LANGUAGE_NEEDED`.
    let wanted = wanted_lang(host, options.lang);
    let lang = wanted.here();
    if lang != wanted {
        Effects::none().event(host, LANGUAGE_NEEDED, JsValue::from_str(wanted.code())).run();
    }
    let root = dom::el(&doc, "div", "relationship-timeline");
    if let Some(theme) = options.theme {
        dom::attr(&root, "data-theme", theme);
    }
    // The height the page gave the box, with whatever it holds (a static fragment):
    // the widget takes exactly that, so nothing around it moves (no layout shift).
    let held = dom::height(host);
    // A static fragment of the same timeline gives way to the widget, in the same
    // task: no frame shows neither.
    let fragments = dom::children_matching(host, "[data-relationship-timeline-static]")?;
    for fragment in &fragments {
        dom::attr(fragment, "hidden", "");
    }
    // Whether the page's styles fix the box's height: a very tall probe in it leaves it
    // as it was (a `min-height`, or a height from content, would grow).
    dom::append(host, &root);
    dom::set_style(&root, "height", "100000px");
    let reserved = dom::height(host) < 50_000.0 && dom::height(host) >= 1.0;
    let had_fragment = !fragments.is_empty();
    dom::set_style(&root, "height", "");
    let shadow = dom::shadow(&root, CSS)?;
    let measured = dom::width(&root);
    let width = if measured > 0.0 { measured } else { FALLBACK_WIDTH };
    // One line for the developer's console, whatever the data: the numbers and the
    // first few problems (thousands of lines would slow the page down).
    if !parsed.problems.is_empty() {
        dom::warn(&console_summary(&parsed));
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
        given: parsed.given,
        problems: parsed.problems,
        view,
        today: dom::today(),
        parts: None,
        periods,
        notice_open: true,
        gesture: Gesture::default(),
        heading_level: options.heading_level,
        full_summary: None,
        fixed_height: false,
        fill: 0.0,
    };
    widget.render_all()?;
    let fixed = match &options.height {
        Some(height) => Some(height.clone()),
        None if reserved => Some("100%".to_owned()),
        // The box a static fragment took (a min-height alone holds nothing to fill).
        None if held >= 1.0 && had_fragment => Some(px(held)),
        None => None,
    };
    if let (Some(height), Some(parts)) = (fixed, &widget.parts) {
        if height == "100%" {
            dom::set_style(&widget.root, "height", "100%");
        }
        dom::set_style(&parts.section, "height", &height);
        dom::toggle_class(&parts.section, "rt-fixed-height", true);
        widget.fixed_height = true;
    }
    // Events said at mount reach no handler yet: the page has no handle to call back.
    let mut effects = widget.refit(None);
    if let Some(i) = options.event.as_deref().and_then(|id| widget.timeline.event_index(id)) {
        effects = effects.and(widget.open(Some(i)));
    }
    effects = effects.and(widget.follow_link());
    let shadow_target: web_sys::EventTarget = widget.shadow.clone().into();
    let root = widget.root.clone();
    let widget = Rc::new(RefCell::new(widget));
    effects.run();

    let mut listeners = vec![
        listen(&widget, &shadow_target, "click", Widget::on_click)?,
        listen(&widget, &shadow_target, "keydown", Widget::on_key)?,
        listen(&widget, &shadow_target, "focusin", Widget::on_focus)?,
        listen(&widget, &shadow_target, "pointerdown", Widget::on_pointer_down)?,
        listen(&widget, &shadow_target, "pointermove", Widget::on_pointer_move)?,
        listen(&widget, &shadow_target, "pointerup", Widget::on_pointer_up)?,
        listen(&widget, &shadow_target, "pointercancel", Widget::on_pointer_up)?,
        listen(&widget, &shadow_target, "scroll", Widget::on_scroll)?,
        listen(&widget, &shadow_target, "toggle", Widget::on_toggle)?,
    ];
    // Wheel listeners on a shadow root are passive in Chromium: Ctrl + wheel could not
    // be kept from zooming the page. On the widget's own element it can.
    let w = Rc::clone(&widget);
    listeners.push(Listener::active(root.as_ref(), "wheel", move |event: Event| {
        handle(&w, |w| w.on_wheel(&event));
    })?);
    // The page's address and printing concern the whole window.
    let window: web_sys::EventTarget = dom::window()?.into();
    let on_window = |kind: &'static str, handler: fn(&mut Widget) -> Effects| {
        let w = Rc::clone(&widget);
        Listener::new(&window, kind, false, move |_: Event| handle(&w, handler))
    };
    listeners.push(on_window("popstate", Widget::follow_history)?);
    listeners.push(on_window("hashchange", Widget::follow_link)?);
    listeners.push(on_window("beforeprint", Widget::before_print)?);
    listeners.push(on_window("afterprint", Widget::after_print)?);
    let w = Rc::clone(&widget);
    let resize = ResizeWatch::new(&root, move |width| {
        if width > 0.0 {
            handle(&w, |w| w.refit(Some(width)));
        }
    })?;
    Ok(Mounted { widget, listeners, resize })
}

/// Runs `f` on the widget, then its effects once the widget is released. A handler
/// that triggers another event (focus moves focus) finds the widget busy and leaves
/// it to the outer one.
fn handle(widget: &Rc<RefCell<Widget>>, f: impl FnOnce(&mut Widget) -> Effects) {
    let effects = match widget.try_borrow_mut() {
        Ok(mut w) => f(&mut w),
        Err(_) => return,
    };
    effects.run();
}

/// A listener on `target` that hands its events to `handler`. Events that do not bubble
/// (scroll, a `<details>`' toggle) are caught on their way down to their element.
fn listen(
    widget: &Rc<RefCell<Widget>>,
    target: &web_sys::EventTarget,
    kind: &'static str,
    handler: fn(&mut Widget, &Event) -> Effects,
) -> Result<Listener, JsValue> {
    let w = Rc::clone(widget);
    let capture = matches!(kind, "scroll" | "toggle");
    Listener::new(target, kind, capture, move |event: Event| handle(&w, |w| handler(w, &event)))
}

/// Elements kept between redraws.
struct Parts {
    section: Element,
    viewport: Element,
    /// The viewport's scroll position as last set or read, in whole pixels: setting
    /// it again to the same value would only force a layout (a new viewport is at 0).
    scroll_shown: std::cell::Cell<i32>,
    track: Element,
    /// The tier bands over the track, the ticks and compressed stretches under it, and
    /// the markers of folded events.
    bands: marks::Marks,
    axis: marks::Marks,
    clusters: marks::Marks,
    /// The `<ol>` of events.
    list: Element,
    /// Where each drawn item was last put on the track (`None`: as made).
    placed: Vec<Option<Placed>>,
    /// One `<li>` per event in date order, for the events drawn now.
    items: Vec<Option<Element>>,
    /// The card button inside each drawn item.
    cards: Vec<Option<Element>>,
    /// The card in the tab order (roving tab stop), once one is.
    tab_stop: std::cell::Cell<Option<usize>>,
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

/// What the track layout last set on a drawn item, so that the next sets only what
/// changed. NaN: not set.
#[derive(Clone, Copy)]
struct Placed {
    filtered: bool,
    folded: bool,
    left: f64,
    top: f64,
    /// The width of a span's bar.
    bar: f64,
}

impl Placed {
    /// An item as it is made.
    const FRESH: Placed = Placed { filtered: false, folded: false, left: f64::NAN, top: f64::NAN, bar: f64::NAN };
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
    /// Problems found in the data: what was left out and why, and the warnings.
    problems: Vec<Problem>,
    /// How many events the data gave, shown or not.
    given: usize,
    view: View,
    today: i64,
    parts: Option<Parts>,
    /// The tier periods, worked out once (every drawn event looks its tier up).
    periods: Vec<model::TierPeriod>,
    notice_open: bool,
    /// Pointers on the track: a pinch or a drag in progress.
    gesture: Gesture,
    /// The level of the widget's title heading; the details' headings go below it.
    heading_level: u8,
    /// The event whose whole summary the reader asked for (others show its start).
    full_summary: Option<usize>,
    /// Whether the page fixed the box's height: then the track gets the lanes that
    /// room holds ([`Widget::refit`]).
    fixed_height: bool,
    /// In a box of fixed height, the height the track takes: all the room below the
    /// controls, so the axis sits at the box's foot whatever the lanes leave over (0:
    /// the track's own height).
    fill: f64,
}

impl Widget {
    fn strings(&self) -> &'static Strings {
        self.view.lang.strings()
    }

    /// Fits the track again, drawn once: to `width` when the box changed size, and, in
    /// a box of fixed height, to the lanes the room below the controls holds (the
    /// notice dismissed or the filters closed change that room too).
    pub(super) fn refit(&mut self, width: Option<f64>) -> Effects {
        let was_narrow = self.view.is_narrow();
        let mut redraw = Redraw::default();
        if let Some(width) = width {
            redraw = self.view.update(Msg::Resize { width });
        }
        if was_narrow != self.view.is_narrow() {
            // The controls take another shape in the other layout: the room is
            // measured once they have it.
            dom::logged(self.redraw(redraw, false));
            redraw = Redraw::default();
        }
        if let Some((lanes, fill)) = self.room_in_lanes() {
            redraw = redraw.or(self.view.update(Msg::Lanes(lanes)));
            if fill != self.fill {
                self.fill = fill;
                redraw.layout = true;
            }
        }
        if redraw.layout {
            dom::logged(self.redraw(redraw, false));
        }
        Effects::none()
    }

    /// With a height the page fixed, as many lanes as the room below the controls
    /// holds: the axis stays in sight and what does not fit folds into clusters, rather
    /// than the box scrolling the axis away; and the height of that room, in whole
    /// pixels, for the track to fill. `None` while the filters are open (they take the
    /// room for a while), in the list layout (no lanes there) and in a box whose height
    /// follows its content.
    fn room_in_lanes(&self) -> Option<(usize, f64)> {
        let parts = self.parts.as_ref()?;
        if !self.fixed_height || self.view.is_narrow() || parts.filters.as_ref().is_some_and(|f| dom::has_attr(f, "open")) {
            return None;
        }
        // Measured within the box, whatever it is scrolled to; what the viewport
        // takes beyond the track (a scroll bar) is not room for lanes. A resize keeps
        // the zoom, so whether that scroll bar is there does not change with it.
        let bottom = dom::content_bottom(&parts.section) - SECTION_PADDING;
        let top = dom::top(&parts.viewport) + dom::scroll_top(&parts.section);
        let beyond_track = dom::height(&parts.viewport) - dom::height(&parts.track);
        let track = (bottom - top - beyond_track).floor();
        let lanes = ((track - BAND_HEIGHT - AXIS_HEIGHT + LAST_ROW_SLACK) / ROW_HEIGHT).floor().max(0.0) as usize;
        Some((lanes, track))
    }

    /// Applies a message and redraws what it changed. A change of the open event is
    /// told to the page (`rt-select`); one the reader made is also recorded in the
    /// page's history, and the details it opens take focus. An event the page names
    /// is shown even if a filter hides it.
    fn apply(&mut self, msg: Msg, origin: Origin) -> Effects {
        if let Msg::SetLang(lang) = msg {
            if !lang.available() {
                // The embed fetches its words and sets the language again.
                return Effects::none().event(&self.host, LANGUAGE_NEEDED, JsValue::from_str(lang.code()));
            }
        }
        let before = self.view.selected;
        let mut redraw = Redraw::default();
        let mut filters_cleared = false;
        if let (Origin::Page, Msg::Select(i)) = (origin, msg) {
            if !self.view.is_shown(i) {
                redraw = self.view.update(Msg::ClearFilters);
                filters_cleared = true;
            }
        }
        redraw = redraw.or(self.view.update(msg));
        if origin == Origin::Page && msg == Msg::Close {
            // Focus goes back to the card only if it was in the widget.
            redraw.focus = dom::has_focus_within(&self.shadow);
        }
        let focus_details = origin == Origin::Reader && matches!(msg, Msg::Select(_));
        dom::logged(self.redraw(redraw, focus_details));
        let mut effects = Effects::none();
        if filters_cleared {
            effects = effects.and(self.filters_changed());
        }
        if self.view.selected == before {
            return effects;
        }
        if origin == Origin::Reader {
            effects = effects.and(self.link());
        }
        effects.event(&self.host, "rt-select", self.selection())
    }

    /// `rt-select`'s detail: the open event as a plain object (see
    /// [`detail::event`](crate::detail::event)), or `{ id: null }` when none is open.
    fn selection(&self) -> JsValue {
        match self.view.selected.and_then(|i| crate::detail::event(&self.timeline, i, self.view.lang)) {
            Some(event) => dom::from_json(&event.to_json()),
            None => dom::from_json(r#"{"id":null}"#),
        }
    }

    /// Opens event `target`, or closes the details, as the page asks.
    fn open(&mut self, target: Option<usize>) -> Effects {
        match target {
            _ if self.view.selected == target => Effects::none(),
            Some(i) => self.apply(Msg::Select(i), Origin::Page),
            None => self.apply(Msg::Close, Origin::Page),
        }
    }

    /// Opens the event the page's address names (`#timeline/event`), if it names one
    /// of this timeline's: at load and when the reader edits the address.
    fn follow_link(&mut self) -> Effects {
        let hash = dom::location_hash();
        match view::deep_link(&hash, &self.timeline.id).and_then(|id| self.timeline.event_index(id)) {
            Some(i) => self.open(Some(i)),
            None => Effects::none(),
        }
    }

    /// Back and Forward: restores the event this timeline had open in that entry.
    fn follow_history(&mut self) -> Effects {
        let target = match dom::history_value(&self.history_key()) {
            Some(id) => id.and_then(|id| self.timeline.event_index(&id)),
            // An entry this timeline never wrote: a link typed or followed.
            None => view::deep_link(&dom::location_hash(), &self.timeline.id).and_then(|id| self.timeline.event_index(id)),
        };
        self.open(target)
    }

    /// This timeline's key in the history state.
    fn history_key(&self) -> String {
        let mut key = String::from("relationship-timeline:");
        key.push_str(&self.timeline.id);
        key
    }

    /// A history entry for the open event (`#timeline/event`), made without scrolling.
    fn link(&self) -> Effects {
        if self.timeline.id.is_empty() {
            return Effects::none();
        }
        let open = self.view.selected.map(|i| self.timeline.events[i].id.clone());
        let mut url = dom::location_without_hash();
        if let Some(id) = &open {
            url.push_str(&view::link(&self.timeline.id, id));
        }
        Effects::none().history(self.history_key(), open, url)
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
            if let Some(heading) = self.parts.as_ref().and_then(|p| dom::query(&p.details, "#rt-details-title")) {
                dom::focus(&heading)?;
            }
        } else if r.focus {
            self.render_focus(true)?;
        }
        Ok(())
    }

    /// After a full redraw, put focus back on the card if it was inside the widget.
    fn focus_card_if_inside(&mut self) -> Result<(), JsValue> {
        let inside = dom::has_focus_within(&self.shadow);
        self.render_focus(inside)
    }

    /// Words for screen-reader users, said politely.
    fn announce(&self, text: String) -> Effects {
        match &self.parts {
            Some(parts) => Effects::none().announce(&parts.live, text),
            None => Effects::none(),
        }
    }

    /// Tells screen-reader users what range is now shown, in a few words.
    fn announce_range(&self) -> Effects {
        let s = self.strings();
        let width = self.view.width.min(self.view.track_width());
        let (from, to) = self.view.moments(self.view.scale.day(self.view.scroll), self.view.scale.day(self.view.scroll + width));
        let mut sentence = String::from(s.showing);
        sentence.push(' ');
        sentence.push_str(&s.coarse_range(from, to));
        self.announce(sentence)
    }

    /// After a filter change: pressed states, and a short spoken summary.
    fn filters_changed(&self) -> Effects {
        dom::logged(self.render_filter_state());
        let s = self.strings();
        self.announce(s.shown_count(self.view.shown().len(), self.timeline.events.len()))
    }

    /// Printing shows every event as a dated list with its summary and sources.
    fn before_print(&mut self) -> Effects {
        dom::logged(self.render_print(true));
        Effects::none()
    }

    fn after_print(&mut self) -> Effects {
        dom::logged(self.render_print(false));
        Effects::none()
    }
}
