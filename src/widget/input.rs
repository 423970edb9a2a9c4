//! What the reader does, as messages: clicks on the widget's controls, keys, the
//! wheel, and pointers on the track (a mouse drag pans, two fingers pinch). Which key
//! means what is decided in [`View::key`](crate::view::View::key), natively tested;
//! this module reads the browser's events and keeps the state of a gesture.

use web_sys::Event;

use super::{Effects, Origin, Widget};
use crate::dom;
use crate::i18n::Lang;
use crate::layout;
use crate::view::{Axis, KeyPlace, Msg, ZOOM_STEP};

/// Pointers on the track, for a pinch or a mouse drag.
#[derive(Debug, Default)]
pub(super) struct Gesture {
    /// Pointers down on the track: id and position.
    pointers: Vec<(i32, f64, f64)>,
    /// Two pinching pointers at the last move: their distance and their midpoint's x.
    pinch: Option<(f64, f64)>,
    /// A mouse drag in progress: where it started and the scroll then.
    drag: Option<(f64, f64)>,
    /// Whether the last drag moved, so its closing click is not a selection.
    dragged: bool,
}

impl Gesture {
    /// The distance between two pinching pointers and their midpoint's x.
    fn pinch_now(&self) -> (f64, f64) {
        match self.pointers.as_slice() {
            [(_, x1, y1), (_, x2, y2), ..] => (((x1 - x2).powi(2) + (y1 - y2).powi(2)).sqrt(), (x1 + x2) / 2.0),
            _ => (0.0, 0.0),
        }
    }
}

impl Widget {
    /// Where the visible part of the track starts in the window: the view's 0, which a
    /// pointer's `clientX` is measured against (inside the viewport's padding).
    fn view_left(&self) -> Option<f64> {
        let parts = self.parts.as_ref()?;
        Some(dom::left(&parts.track) + dom::scroll_left(&parts.viewport))
    }

    pub(super) fn on_click(&mut self, event: &Event) -> Effects {
        if std::mem::take(&mut self.gesture.dragged) {
            return Effects::none();
        }
        let Some(target) = dom::closest(event, "[data-action]") else { return Effects::none() };
        let action = dom::data(&target, "action").unwrap_or_default();
        let index = |name: &str| dom::data(&target, name).and_then(|v| v.parse::<usize>().ok());
        let half = self.view.width / 2.0;
        let reader = Origin::Reader;
        match action.as_str() {
            "select" => match index("index") {
                Some(i) if self.view.selected == Some(i) => self.apply(Msg::Close, reader),
                Some(i) => self.apply(Msg::Select(i), reader),
                None => Effects::none(),
            },
            "cluster" => match index("cluster") {
                Some(c) => self.apply(Msg::OpenCluster(c), reader).and(self.announce_range()),
                None => Effects::none(),
            },
            "zoom-in" => self.apply(Msg::Zoom { factor: ZOOM_STEP, anchor: half }, reader).and(self.announce_range()),
            "zoom-out" => self.apply(Msg::Zoom { factor: 1.0 / ZOOM_STEP, anchor: half }, reader).and(self.announce_range()),
            "fit" => self.apply(Msg::Fit, reader).and(self.announce_range()),
            "axis" => {
                let axis = if self.view.axis == Axis::Story { Axis::Proportional } else { Axis::Story };
                self.apply(Msg::SetAxis(axis), reader).and(self.announce_range())
            }
            "lang" => {
                // The menu closes on a choice, the language shown included (a change
                // redraws it closed anyway).
                if let Some(menu) = dom::closest(event, ".rt-lang-menu") {
                    dom::remove_attr(&menu, "open");
                }
                match dom::data(&target, "lang").and_then(|l| Lang::from_tag(&l)) {
                    Some(lang) => self.apply(Msg::SetLang(lang), reader),
                    None => Effects::none(),
                }
            }
            "close" => self.apply(Msg::Close, reader),
            "earlier" | "later" => {
                // Move the list's window by focusing the first event beyond it.
                let drawn = self.parts.as_ref().map_or(&[][..], |p| p.drawn.as_slice());
                match self.view.beyond(drawn, action == "earlier") {
                    Some(t) => self.apply(Msg::Focus(crate::view::Move::To(t)), reader),
                    None => Effects::none(),
                }
            }
            "prev" | "next" => match self.view.selected {
                Some(i) => {
                    let to = if action == "prev" { i.saturating_sub(1) } else { i + 1 };
                    self.apply(Msg::Select(to), reader)
                }
                None => Effects::none(),
            },
            "filter" => {
                let facet = self.parts.as_ref().and_then(|p| p.filter_buttons.iter().find(|(_, b)| *b == target).map(|(f, _)| *f));
                match facet {
                    Some(facet) => self.apply(Msg::ToggleFilter(facet), reader).and(self.filters_changed()),
                    None => Effects::none(),
                }
            }
            "clear-filters" => self.apply(Msg::ClearFilters, reader).and(self.filters_changed()),
            "scrub" => match dom::fraction_along(event, &target) {
                Some(at) => self.apply(self.view.pan_to(at), reader).and(self.announce_range()),
                None => Effects::none(),
            },
            "full-summary" => {
                self.full_summary = self.view.selected;
                dom::logged(self.render_details());
                Effects::none()
            }
            "dismiss" => {
                self.notice_open = false;
                if let Some(n) = self.parts.as_mut().and_then(|p| p.notice.take()) {
                    dom::remove(&n);
                }
                // The notice's room goes to the lanes, in a box of fixed height.
                self.refit(None)
            }
            _ => Effects::none(),
        }
    }

    pub(super) fn on_key(&mut self, event: &Event) -> Effects {
        let Some(key) = dom::plain_key(event) else { return Effects::none() };
        let place = if dom::closest(event, ".rt-card").is_some() {
            KeyPlace::Card
        } else if dom::closest(event, ".rt-scrubber").is_some() {
            KeyPlace::Axis
        } else {
            KeyPlace::Elsewhere
        };
        let Some(msg) = self.view.key(&key, place) else { return Effects::none() };
        dom::prevent_default(event);
        let effects = self.apply(msg, Origin::Reader);
        if matches!(msg, Msg::Zoom { .. } | Msg::Pan(_)) {
            return effects.and(self.announce_range());
        }
        effects
    }

    /// Ctrl/⌘ + wheel (and trackpad pinch, which browsers send as such) over the track
    /// zooms around the pointer; a plain wheel scrolls as usual.
    pub(super) fn on_wheel(&mut self, event: &Event) -> Effects {
        let Some(wheel) = dom::wheel(event) else { return Effects::none() };
        if !wheel.zoom || self.view.is_narrow() || dom::closest(event, ".rt-viewport").is_none() {
            return Effects::none();
        }
        let Some(left) = self.view_left() else { return Effects::none() };
        dom::prevent_default(event);
        let factor = layout::clamp(1.0 - wheel.delta_y * 0.01, 0.5, 2.0);
        self.apply(Msg::Zoom { factor, anchor: wheel.client_x - left }, Origin::Reader)
    }

    pub(super) fn on_pointer_down(&mut self, event: &Event) -> Effects {
        let Some(p) = dom::pointer(event) else { return Effects::none() };
        if self.view.is_narrow() || dom::closest(event, ".rt-viewport").is_none() {
            return Effects::none();
        }
        let g = &mut self.gesture;
        g.pointers.retain(|(id, _, _)| *id != p.id);
        g.pointers.push((p.id, p.x, p.y));
        if g.pointers.len() == 2 {
            g.drag = None;
            g.pinch = Some(g.pinch_now());
        } else if p.main_mouse_button && dom::closest(event, "button").is_none() {
            g.drag = Some((p.x, self.view.scroll));
            g.dragged = false;
        }
        Effects::none()
    }

    pub(super) fn on_pointer_move(&mut self, event: &Event) -> Effects {
        let Some(p) = dom::pointer(event) else { return Effects::none() };
        let g = &mut self.gesture;
        if let Some(entry) = g.pointers.iter_mut().find(|(id, _, _)| *id == p.id) {
            entry.1 = p.x;
            entry.2 = p.y;
        }
        if let (Some((before, was_mid)), 2) = (g.pinch, g.pointers.len()) {
            let (now, mid) = g.pinch_now();
            g.pinch = Some((now, mid));
            let Some(left) = self.view_left() else { return Effects::none() };
            if before > 0.0 && now > 0.0 {
                dom::prevent_default(event);
                // What was under the fingers stays under them: zoomed about where they
                // were, and moved with them (a browser sends one finger's move at a
                // time, so the midpoint wanders even in a pinch that stays put).
                let redraw = self.view.update(Msg::Zoom { factor: now / before, anchor: was_mid - left });
                let redraw = redraw.or(self.view.update(Msg::Pan(was_mid - mid)));
                dom::logged(self.redraw(redraw, false));
                return Effects::none();
            }
        } else if let Some((start, scroll)) = g.drag {
            if (start - p.x).abs() > 4.0 {
                g.dragged = true;
            }
            let to = scroll + (start - p.x);
            return self.apply(Msg::Pan(to - self.view.scroll), Origin::Reader);
        }
        Effects::none()
    }

    pub(super) fn on_pointer_up(&mut self, event: &Event) -> Effects {
        let Some(p) = dom::pointer(event) else { return Effects::none() };
        let g = &mut self.gesture;
        g.pointers.retain(|(id, _, _)| *id != p.id);
        if g.pointers.len() < 2 {
            g.pinch = None;
        }
        if g.drag.take().is_some() && g.dragged {
            return self.announce_range();
        }
        Effects::none()
    }

    /// Focus moved onto a card (by Tab or a click): it takes the tab stop.
    pub(super) fn on_focus(&mut self, event: &Event) -> Effects {
        let Some(card) = dom::closest(event, ".rt-card") else { return Effects::none() };
        if let Some(i) = dom::data(&card, "index").and_then(|v| v.parse::<usize>().ok()) {
            if i != self.view.focused {
                let redraw = self.view.update(Msg::Focus(crate::view::Move::To(i)));
                // The reader put focus where it is: it stays there.
                dom::logged(self.redraw(crate::view::Redraw { focus: false, ..redraw }, false));
                dom::logged(self.render_focus(false));
            }
        }
        Effects::none()
    }

    /// The filters closed: the room they took goes back to the lanes (in a box of
    /// fixed height).
    pub(super) fn on_toggle(&mut self, event: &Event) -> Effects {
        match self.parts.as_ref().and_then(|p| p.filters.as_ref()) {
            Some(filters) if dom::targets(event, filters) => self.refit(None),
            _ => Effects::none(),
        }
    }

    pub(super) fn on_scroll(&mut self, event: &Event) -> Effects {
        let Some(parts) = &self.parts else { return Effects::none() };
        if dom::targets(event, &parts.viewport) {
            let x = dom::scroll_left(&parts.viewport);
            // A scroll the widget made comes back in whole pixels: the view keeps its
            // own position (rounded at every step of a pinch, it would drift).
            if parts.scroll_shown.replace(x as i32) == x as i32 {
                return Effects::none();
            }
            let windowed = parts.windowed;
            self.view.update(Msg::Scrolled(x));
            // What comes into view is drawn as it comes.
            if windowed && !self.view.is_narrow() {
                dom::logged(self.render_layout());
            } else if self.tab_stop_in_view() {
                dom::logged(self.render_focus(false));
            }
        }
        Effects::none()
    }
}
