//! What the reader is looking at — language, zoom, the focused and the open event — and
//! how it changes with what they do. The DOM shell turns reader actions into [`Msg`]s and
//! redraws from the [`View`]; everything here is plain Rust, tested natively.

use crate::i18n::Lang;
use crate::layout::{self, Metrics, Placement, Scale, Slot};
use crate::model::Timeline;

/// Containers narrower than this (in CSS pixels) get the vertical list layout.
pub const NARROW_BELOW: f64 = 600.0;

/// Space kept at each end of the track, in pixels.
pub const MARGIN: f64 = 16.0;

/// How much one zoom step magnifies.
pub const ZOOM_STEP: f64 = 2.0;

/// Something the reader did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Msg {
    /// Open the details of event `i`.
    Select(usize),
    Close,
    /// Move the keyboard focus in date order.
    Focus(Move),
    /// Zoom by a factor around a point of the visible area (pixels from its left edge).
    Zoom { factor: f64, anchor: f64 },
    /// Show the whole timeline.
    Fit,
    /// Zoom so cluster `i` of the current placement opens into cards.
    OpenCluster(usize),
    SetLang(Lang),
    /// The container is now this wide.
    Resize { width: f64 },
    /// The reader scrolled the visible area to this offset.
    Scrolled(f64),
}

/// Where keyboard focus goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
    To(usize),
}

/// What must be redrawn after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Redraw {
    /// Every text (the language changed).
    pub texts: bool,
    /// Positions, ticks, bands and clusters (zoom or width changed).
    pub layout: bool,
    /// The details panel and selection marks.
    pub details: bool,
    /// Move DOM focus to the focused card.
    pub focus: bool,
}

/// The reader's view of one timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub lang: Lang,
    /// Width of the container, in CSS pixels.
    pub width: f64,
    pub scale: Scale,
    /// Horizontal scroll of the visible area over the track, in pixels.
    pub scroll: f64,
    /// Whether the reader zoomed away from "show all" (a resize then keeps the zoom).
    pub zoomed: bool,
    /// The event holding the single tab stop.
    pub focused: usize,
    pub selected: Option<usize>,
    pub metrics: Metrics,
    /// `(first_day, last_day)` of each event, in date order.
    spans: Vec<(i64, i64)>,
    first_day: i64,
    last_day: i64,
    placement: Placement,
}

impl View {
    pub fn new(timeline: &Timeline, lang: Lang, width: f64, metrics: Metrics) -> View {
        let spans: Vec<(i64, i64)> = timeline.events.iter().map(|e| (e.start_day(), e.end_day())).collect();
        let first_day = spans.iter().map(|s| s.0).min().unwrap_or(0);
        let last_day = spans.iter().map(|s| s.0.max(s.1)).max().unwrap_or(first_day + 1);
        let mut view = View {
            lang,
            width,
            scale: Scale { origin: 0.0, px_per_day: 1.0 },
            scroll: 0.0,
            zoomed: false,
            focused: 0,
            selected: None,
            metrics,
            spans,
            first_day,
            last_day,
            placement: Placement::default(),
        };
        view.fit();
        view
    }

    pub fn is_narrow(&self) -> bool {
        self.width < NARROW_BELOW
    }

    pub fn placement(&self) -> &Placement {
        &self.placement
    }

    /// Days covered by the track: first event start to last event end.
    pub fn day_range(&self) -> (i64, i64) {
        (self.first_day, self.last_day)
    }

    /// Width of the whole track at the current zoom.
    pub fn track_width(&self) -> f64 {
        (self.scale.x(self.last_day as f64) + self.metrics.card_width + MARGIN).max(self.width)
    }

    /// The scale that fits everything: also the most zoomed-out the view goes.
    fn fit_scale(&self) -> Scale {
        Scale::fit(self.first_day, self.last_day, self.width, self.metrics.card_width, MARGIN)
    }

    /// A scale with `px_per_day` whose track starts at the first event.
    fn scale_with(&self, px_per_day: f64) -> Scale {
        let min = self.fit_scale().px_per_day;
        let px_per_day = px_per_day.clamp(min, layout::MAX_PX_PER_DAY.max(min));
        Scale { origin: self.first_day as f64 - MARGIN / px_per_day, px_per_day }
    }

    fn relayout(&mut self) {
        self.placement = layout::place(&self.spans, &self.scale, &self.metrics);
        let max = (self.track_width() - self.width).max(0.0);
        self.scroll = self.scroll.clamp(0.0, max);
    }

    fn fit(&mut self) {
        self.scale = self.fit_scale();
        self.scroll = 0.0;
        self.zoomed = false;
        self.relayout();
    }

    /// Zooms so days `from..=to` fill the visible width, scrolled to them.
    fn zoom_to(&mut self, from: i64, to: i64) {
        let days = ((to - from) as f64).max(1.0);
        let usable = (self.width - self.metrics.card_width - 2.0 * MARGIN).max(1.0);
        self.scale = self.scale_with(usable / days);
        self.zoomed = self.scale != self.fit_scale();
        self.scroll = self.scale.x(from as f64) - MARGIN;
        self.relayout();
    }

    /// Zooms around `anchor` (pixels from the visible area's left edge).
    fn zoom(&mut self, factor: f64, anchor: f64) {
        let day = self.scale.day(self.scroll + anchor);
        self.scale = self.scale_with(self.scale.px_per_day * factor);
        self.zoomed = self.scale != self.fit_scale();
        self.scroll = self.scale.x(day) - anchor;
        self.relayout();
    }

    /// Scrolls (without zooming) so event `i` is inside the visible area, if it is not.
    /// A folded event is revealed by showing its cluster.
    fn reveal(&mut self, i: usize) {
        let x = match self.placement.slots.get(i) {
            Some(Slot::Card { x, .. }) => *x,
            Some(Slot::Clustered { cluster }) => self.placement.clusters[*cluster].x,
            None => return,
        };
        if x < self.scroll + MARGIN || x + self.metrics.card_width > self.scroll + self.width - MARGIN {
            self.scroll = x - (self.width - self.metrics.card_width) / 2.0;
            self.relayout();
        }
    }

    /// Makes sure event `i` is a card on screen: opens its cluster, then scrolls to it.
    fn show(&mut self, i: usize) -> bool {
        let mut changed = false;
        // Each pass zooms in at least ZOOM_STEP-fold, so this ends at the zoom limit.
        for _ in 0..64 {
            match self.placement.slots.get(i) {
                Some(Slot::Clustered { cluster }) => {
                    let c = &self.placement.clusters[*cluster];
                    let before = self.scale.px_per_day;
                    let (from, to) = (c.start_day, c.end_day);
                    self.zoom_to(from, to);
                    if self.scale.px_per_day < before * ZOOM_STEP {
                        self.scale = self.scale_with(before * ZOOM_STEP);
                        self.zoomed = true;
                        self.relayout();
                    }
                    changed = true;
                    if self.scale.px_per_day >= layout::MAX_PX_PER_DAY {
                        break;
                    }
                }
                _ => break,
            }
        }
        let scroll = self.scroll;
        self.reveal(i);
        changed || self.scroll != scroll
    }

    /// Applies what the reader did; says what to redraw.
    pub fn update(&mut self, msg: Msg) -> Redraw {
        let n = self.spans.len();
        let mut redraw = Redraw::default();
        match msg {
            Msg::Select(i) if i < n => {
                self.selected = Some(i);
                self.focused = i;
                redraw.layout = !self.is_narrow() && self.show(i);
                redraw.details = true;
            }
            Msg::Select(_) => {}
            Msg::Close => {
                if self.selected.take().is_some() {
                    redraw.details = true;
                    redraw.focus = true;
                }
            }
            Msg::Focus(to) if n > 0 => {
                let target = match to {
                    Move::Next => (self.focused + 1).min(n - 1),
                    Move::Previous => self.focused.saturating_sub(1),
                    Move::First => 0,
                    Move::Last => n - 1,
                    Move::To(i) => i.min(n - 1),
                };
                self.focused = target;
                redraw.layout = !self.is_narrow() && self.show(target);
                redraw.focus = true;
                if self.selected.is_some() && self.selected != Some(target) {
                    self.selected = Some(target);
                    redraw.details = true;
                }
            }
            Msg::Focus(_) => {}
            Msg::Zoom { factor, anchor } => {
                self.zoom(factor, anchor);
                // Zooming never loses the focused event: it (or its cluster) stays in view.
                self.reveal(self.focused);
                redraw.layout = true;
            }
            Msg::Fit => {
                self.fit();
                redraw.layout = true;
            }
            Msg::OpenCluster(c) => {
                if let Some(cluster) = self.placement.clusters.get(c).cloned() {
                    let first = cluster.members.first().copied().unwrap_or(0);
                    self.zoom_to(cluster.start_day, cluster.end_day);
                    self.focused = first;
                    self.show(first);
                    redraw.layout = true;
                    redraw.focus = true;
                }
            }
            Msg::SetLang(lang) => {
                if lang != self.lang {
                    self.lang = lang;
                    redraw.texts = true;
                }
            }
            Msg::Resize { width } => {
                if (width - self.width).abs() >= 1.0 {
                    self.width = width;
                    if self.zoomed {
                        self.scale = self.scale_with(self.scale.px_per_day);
                        self.relayout();
                    } else {
                        self.fit();
                    }
                    redraw.layout = true;
                }
            }
            Msg::Scrolled(x) => {
                self.scroll = x;
            }
        }
        redraw
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn bundled() -> Timeline {
        parse(crate::bundled::VIETNAM_SINGAPORE).timeline
    }

    fn cards_visible(view: &View) -> usize {
        view.placement().slots.iter().filter(|s| matches!(s, Slot::Card { .. })).count()
    }

    #[test]
    fn starts_fitted_with_every_event_a_card_or_in_a_cluster() {
        let t = bundled();
        let view = View::new(&t, Lang::Vi, 1280.0, Metrics::default());
        assert!(!view.zoomed);
        assert_eq!(view.track_width(), 1280.0);
        let clustered: usize = view.placement().clusters.iter().map(|c| c.len()).sum();
        assert_eq!(cards_visible(&view) + clustered, t.events.len());
    }

    #[test]
    fn opening_clusters_eventually_shows_every_event_as_a_card() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        for i in 0..t.events.len() {
            view.update(Msg::Focus(Move::To(i)));
            assert!(matches!(view.placement().slots[i], Slot::Card { .. }), "event {i} still folded");
            let Slot::Card { x, .. } = view.placement().slots[i] else { unreachable!() };
            assert!(x >= view.scroll && x + view.metrics.card_width <= view.scroll + view.width, "event {i} off screen");
        }
    }

    #[test]
    fn keyboard_moves_in_date_order_and_stops_at_the_ends() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        view.update(Msg::Focus(Move::Previous));
        assert_eq!(view.focused, 0);
        view.update(Msg::Focus(Move::Last));
        assert_eq!(view.focused, t.events.len() - 1);
        view.update(Msg::Focus(Move::Next));
        assert_eq!(view.focused, t.events.len() - 1);
        view.update(Msg::Focus(Move::First));
        view.update(Msg::Focus(Move::Next));
        assert_eq!(view.focused, 1);
    }

    #[test]
    fn zoom_keeps_the_day_under_the_pointer_and_fit_resets() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        let anchor = 500.0;
        let day = view.scale.day(view.scroll + anchor);
        view.zoom(ZOOM_STEP, anchor);
        assert!(view.zoomed && view.track_width() > 1000.0);
        assert!((view.scale.day(view.scroll + anchor) - day).abs() < 1e-6);
        // Through update, the focused event is brought back into view as well.
        view.update(Msg::Focus(Move::To(10)));
        view.update(Msg::Zoom { factor: ZOOM_STEP, anchor });
        let x = match view.placement().slots[10] {
            Slot::Card { x, .. } => x,
            Slot::Clustered { cluster } => view.placement().clusters[cluster].x,
        };
        assert!(x >= view.scroll && x <= view.scroll + view.width);
        view.update(Msg::Fit);
        assert!(!view.zoomed);
        assert_eq!(view.scroll, 0.0);
        // Zooming out past "show all" is not possible.
        view.update(Msg::Zoom { factor: 1.0 / ZOOM_STEP, anchor });
        assert!(!view.zoomed);
    }

    #[test]
    fn escape_closes_and_asks_to_refocus_the_card() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 400.0, Metrics::default());
        view.update(Msg::Select(3));
        assert_eq!((view.selected, view.focused), (Some(3), 3));
        let r = view.update(Msg::Close);
        assert!(r.focus && r.details);
        assert_eq!((view.selected, view.focused), (None, 3));
    }

    #[test]
    fn narrow_containers_use_the_list() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        assert!(!view.is_narrow());
        let r = view.update(Msg::Resize { width: 320.0 });
        assert!(view.is_narrow() && r.layout);
    }
}
