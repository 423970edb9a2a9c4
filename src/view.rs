//! What the reader is looking at — language, zoom, the focused and the open event — and
//! how it changes with what they do. The DOM shell turns reader actions into [`Msg`]s and
//! redraws from the [`View`]; everything here is plain Rust, tested natively.

use crate::date::Date;
use crate::i18n::Lang;
use std::rc::Rc;

use crate::layout::{self, Break, Item, Metrics, Placement, Scale, Slot};
use crate::model::{Kind, Status, Timeline};

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
    Zoom {
        factor: f64,
        anchor: f64,
    },
    /// Show the whole timeline.
    Fit,
    /// Zoom so cluster `i` of the current placement opens into cards.
    OpenCluster(usize),
    SetLang(Lang),
    /// The container is now this wide.
    Resize {
        width: f64,
    },
    /// The height the page fixed leaves the track this many lanes (rows of cards, and
    /// the row of cluster markers below them): the rest fold into clusters rather than
    /// push the axis out of sight. Never fewer than two, nor more than the default.
    Lanes(usize),
    /// The reader scrolled the visible area to this offset.
    Scrolled(f64),
    /// Pan by a number of pixels (negative: towards the past).
    Pan(f64),
    /// Turn one filter option on or off.
    ToggleFilter(Facet),
    ClearFilters,
    /// Show time on this kind of axis (and show all).
    SetAxis(Axis),
}

/// How time maps onto the track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// Equal time, equal width: gaps and spans at their true proportions.
    Proportional,
    /// Room for every event: dense stretches widened, long quiet ones compressed into
    /// labelled breaks ([`layout::story`]).
    Story,
}

/// One option a reader can filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    /// Index into the timeline's pillars.
    Pillar(usize),
    Kind(Kind),
    Status(Status),
    /// Index into the timeline's parties: the events that party acted in.
    Party(usize),
}

/// The filter options switched on. Options of one group widen the selection (either
/// pillar); groups narrow it (a pillar and a kind). An empty group filters nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub on: Vec<Facet>,
}

/// What an event can be filtered by.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Facets {
    pillars: Vec<usize>,
    kind: Kind,
    status: Status,
    by: Vec<usize>,
}

impl Facets {
    fn has(&self, facet: Facet) -> bool {
        match facet {
            Facet::Pillar(p) => self.pillars.contains(&p),
            Facet::Kind(k) => self.kind == k,
            Facet::Status(s) => self.status == s,
            Facet::Party(p) => self.by.contains(&p),
        }
    }
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.on.is_empty()
    }

    fn matches(&self, f: &Facets) -> bool {
        if self.on.is_empty() {
            return true;
        }
        // Within a group any option on will do; a group with none on filters nothing.
        let group = |of_group: fn(&Facet) -> bool| {
            let mut on = self.on.iter().filter(|facet| of_group(facet)).peekable();
            on.peek().is_none() || on.any(|facet| f.has(*facet))
        };
        group(|facet| matches!(facet, Facet::Pillar(_)))
            && group(|facet| matches!(facet, Facet::Kind(_)))
            && group(|facet| matches!(facet, Facet::Status(_)))
            && group(|facet| matches!(facet, Facet::Party(_)))
    }
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

impl Redraw {
    /// What either asks to redraw.
    pub fn or(self, other: Redraw) -> Redraw {
        Redraw {
            texts: self.texts || other.texts,
            layout: self.layout || other.layout,
            details: self.details || other.details,
            focus: self.focus || other.focus,
        }
    }
}

/// The reader's view of one timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub lang: Lang,
    /// Width of the container, in CSS pixels.
    pub width: f64,
    pub axis: Axis,
    pub scale: Scale,
    /// Horizontal scroll of the visible area over the track, in pixels.
    pub scroll: f64,
    /// Whether the reader zoomed away from "show all" (a resize then keeps the zoom).
    pub zoomed: bool,
    /// Whether the reader chose the axis. Until then, and while "show all", the view
    /// takes whichever axis shows more events each time its room changes (a box whose
    /// height allows fewer lanes than the first fit assumed, a new width).
    axis_chosen: bool,
    /// The event holding the single tab stop.
    pub focused: usize,
    pub selected: Option<usize>,
    pub metrics: Metrics,
    pub filter: Filter,
    /// `(first_day, last_day)` of each event, in date order.
    spans: Vec<(i64, i64)>,
    /// Where each event sits in time: its first day, and the events that share that
    /// day spread across it in their order, so each has a place of its own.
    times: Vec<f64>,
    /// Where the events with times of day sit, in order: the days the axis marks in
    /// hours and minutes. With any, the view zooms and words ranges down to minutes.
    timed_at: Vec<f64>,
    facets: Vec<Facets>,
    /// Events that pass the filter, in date order.
    shown: Vec<usize>,
    /// For each event, its position in `shown`.
    shown_at: Vec<Option<usize>>,
    first_day: i64,
    last_day: i64,
    /// The times the track runs between: the first and last days, or with times of
    /// day, the first and last moments.
    first_at: f64,
    last_at: f64,
    /// The scale that shows everything on the current axis, and the story axis's
    /// breaks at this width.
    fitted: Scale,
    breaks: Vec<Break>,
    /// The most zoomed in the current axis goes, in pixels per unit.
    max_zoom: f64,
    /// How many pillars and parties the timeline names (filter options).
    pillars: usize,
    parties: usize,
    /// Placement of the shown events (slot `k` is event `shown[k]`).
    placement: Placement,
}

/// Where each event (its first day and, when the data gives one, its time of day as a
/// fraction of the day; in date order) sits in time. Events of a day without times
/// are spread across it in order; events with times sit at them. Every event gets a
/// place of its own: events at the same moment keep their order a hair apart.
fn times_of(starts: &[(i64, Option<f64>)]) -> Vec<f64> {
    /// A hundredth of a second, in days: far below any time the axis labels.
    const APART: f64 = 1.0 / 8_640_000.0;
    let mut times: Vec<f64> = Vec::with_capacity(starts.len());
    let mut run = 0;
    while run < starts.len() {
        let day = starts[run].0;
        let len = starts[run..].iter().take_while(|s| s.0 == day).count();
        let timed = starts[run..run + len].iter().any(|s| s.1.is_some());
        for (k, (_, fraction)) in starts[run..run + len].iter().enumerate() {
            let at = match (timed, fraction) {
                (false, _) => k as f64 / len as f64,
                (true, Some(f)) => *f,
                // A day's untimed events lead the timed ones (coarse first).
                (true, None) => 0.0,
            };
            let t = day as f64 + at;
            times.push(match times.last() {
                Some(prev) if t <= *prev => prev + APART,
                _ => t,
            });
        }
        run += len;
    }
    times
}

impl View {
    pub fn new(timeline: &Timeline, lang: Lang, width: f64, metrics: Metrics) -> View {
        let spans: Vec<(i64, i64)> = timeline.events.iter().map(|e| (e.start_day(), e.end_day())).collect();
        let starts: Vec<(i64, Option<f64>)> =
            timeline.events.iter().map(|e| (e.start_day(), e.date.time.map(|_| e.date.day_fraction()))).collect();
        let first_day = spans.iter().map(|s| s.0).min().unwrap_or(0);
        let last_day = spans.iter().map(|s| s.0.max(s.1)).max().unwrap_or(first_day + 1);
        let facets = timeline
            .events
            .iter()
            .map(|e| Facets { pillars: e.pillars.clone(), kind: e.kind, status: e.status, by: e.by.clone() })
            .collect();
        let times = times_of(&starts);
        let mut timed_at = Vec::new();
        for (t, s) in times.iter().zip(&starts) {
            if s.1.is_some() {
                timed_at.push(*t);
            }
        }
        let timed = !timed_at.is_empty();
        let (first_at, last_at) = match (timed, times.first(), times.last()) {
            (true, Some(a), Some(b)) => (*a, b.max(last_day as f64)),
            _ => (first_day as f64, last_day as f64),
        };
        let fitted = Scale::fit(first_day, last_day, width, metrics.card_width, MARGIN);
        let mut view = View {
            lang,
            width,
            axis: Axis::Proportional,
            scale: fitted.clone(),
            scroll: 0.0,
            zoomed: false,
            axis_chosen: false,
            focused: 0,
            selected: None,
            metrics,
            filter: Filter::default(),
            shown: (0..spans.len()).collect(),
            shown_at: (0..spans.len()).map(Some).collect(),
            times,
            timed_at,
            spans,
            facets,
            first_day,
            last_day,
            first_at,
            last_at,
            fitted,
            breaks: Vec::new(),
            max_zoom: layout::MAX_PX_PER_DAY,
            pillars: timeline.pillars.len(),
            parties: timeline.parties.len(),
            placement: Placement::default(),
        };
        view.choose_axis();
        view
    }

    /// Fits everything on the axis that shows more of it: proportional time when it has
    /// room for every card, the story axis when that shows more cards.
    ///
    /// Lays the events out twice at most: the proportional placement is kept aside
    /// while the story axis is tried, and put back (with its scale, which is quick to
    /// fit again) if the story axis shows no more cards.
    fn choose_axis(&mut self) {
        self.axis = Axis::Proportional;
        self.fit();
        if self.placement.clusters.is_empty() {
            return;
        }
        let proportional = std::mem::take(&mut self.placement);
        self.axis = Axis::Story;
        self.fit();
        if self.placement.cards() <= proportional.cards() {
            self.axis = Axis::Proportional;
            self.refit();
            self.scale = self.fitted.clone();
            self.scroll = 0.0;
            self.placement = proportional;
        }
    }

    pub fn is_narrow(&self) -> bool {
        self.width < NARROW_BELOW
    }

    /// Placement of the shown events; its slot `k` belongs to `shown()[k]`.
    pub fn placement(&self) -> &Placement {
        &self.placement
    }

    /// The stretches the story axis compresses (none on the proportional axis).
    pub fn breaks(&self) -> &[Break] {
        &self.breaks
    }

    /// Where event `i` sits in time (see [`View::times`]).
    pub fn time(&self, i: usize) -> f64 {
        self.times.get(i).copied().unwrap_or(0.0)
    }

    /// The events that pass the filter, in date order.
    pub fn shown(&self) -> &[usize] {
        &self.shown
    }

    pub fn is_shown(&self, i: usize) -> bool {
        self.shown_at.get(i).is_some_and(Option::is_some)
    }

    /// Where event `i` is drawn; `None` when the filter hides it.
    pub fn slot(&self, i: usize) -> Option<Slot> {
        let k = (*self.shown_at.get(i)?)?;
        self.placement.slots.get(k).copied()
    }

    /// The events folded into cluster `c`.
    pub fn cluster_events(&self, c: usize) -> impl Iterator<Item = usize> + '_ {
        self.placement.clusters.get(c).into_iter().flat_map(|cl| cl.members.iter().map(|k| self.shown[*k]))
    }

    /// Shown events whose start lies between `x0` and `x1` on the track, in date order.
    pub fn shown_between(&self, x0: f64, x1: f64) -> &[usize] {
        let (t0, t1) = (self.scale.day(x0), self.scale.day(x1));
        let a = self.shown.partition_point(|i| self.times[*i] < t0);
        let b = self.shown.partition_point(|i| self.times[*i] <= t1);
        &self.shown[a..b.max(a)]
    }

    /// Shown events drawn as cards that a reader sees whole in the visible area.
    pub fn legible(&self) -> impl Iterator<Item = usize> + '_ {
        let (left, right) = (self.scroll, self.scroll + self.width);
        self.shown.iter().copied().filter(move |i| match self.slot(*i) {
            Some(Slot::Card { x, .. }) => x >= left - 0.5 && x + self.metrics.card_width <= right + 0.5,
            _ => false,
        })
    }

    /// How many events have this facet (whatever else is filtered).
    pub fn count(&self, facet: Facet) -> usize {
        self.facets.iter().filter(|f| f.has(facet)).count()
    }

    fn apply_filter(&mut self) {
        self.shown = (0..self.facets.len()).filter(|i| self.filter.matches(&self.facets[*i])).collect();
        self.shown_at = vec![None; self.facets.len()];
        for (k, i) in self.shown.iter().enumerate() {
            self.shown_at[*i] = Some(k);
        }
        if self.selected.is_some_and(|i| !self.is_shown(i)) {
            self.selected = None;
        }
        if !self.is_shown(self.focused) {
            // The nearest shown event in date order takes the tab stop.
            let next = self.shown.iter().copied().find(|i| *i > self.focused);
            let previous = self.shown.iter().copied().rev().find(|i| *i < self.focused);
            self.focused = next.or(previous).unwrap_or(0);
        }
        self.relayout();
    }

    /// Whether the events carry times of day (ticks and labels go down to minutes).
    pub fn timed(&self) -> bool {
        !self.timed_at.is_empty()
    }

    /// Where the events with times of day sit, in order.
    pub fn timed_at(&self) -> &[f64] {
        &self.timed_at
    }

    /// The dates at two times on the axis, for wording a range: days, or moments to
    /// the minute when the events have times of day.
    pub fn moments(&self, from: f64, to: f64) -> (Date, Date) {
        if self.timed() {
            (Date::from_time(from), Date::from_time(to))
        } else {
            (Date::from_day_number(from.round() as i64), Date::from_day_number(to.round() as i64))
        }
    }

    /// Days covered by the track: first event start to last event end.
    pub fn day_range(&self) -> (i64, i64) {
        (self.first_day, self.last_day)
    }

    /// Width of the whole track at the current zoom.
    pub fn track_width(&self) -> f64 {
        (self.scale.x(self.last_at) + self.metrics.card_width + MARGIN).max(self.width)
    }

    /// Works out the scale that fits everything on the current axis (also the most
    /// zoomed-out the view goes) and how far in it may zoom.
    fn refit(&mut self) {
        let usable = (self.width - self.metrics.card_width - 2.0 * MARGIN).max(1.0);
        let story = match self.axis {
            Axis::Story => layout::story(&self.times, self.first_at, self.last_at, self.width, &self.metrics, MARGIN),
            Axis::Proportional => None,
        };
        let (fitted, breaks, deepest) = match story {
            Some(story) => {
                // Deep enough that neighbours in time get a card each in every row.
                let units: Vec<f64> = self.times.iter().map(|t| story.map.unit(*t)).collect();
                let closest = units.windows(2).map(|w| w[1] - w[0]).fold(f64::INFINITY, f64::min);
                let needed = self.metrics.footprint() / self.metrics.card_rows() as f64 / closest * 1.001;
                let scale = Scale { map: Rc::new(story.map), origin: -MARGIN, px_per_unit: 1.0 };
                (scale, story.breaks, needed.max(4.0))
            }
            None => {
                self.axis = Axis::Proportional;
                // A day at least; with times of day, an hour at least.
                let least = if self.timed() { 1.0 / 24.0 } else { 1.0 };
                let scale = Scale::fit_times(self.first_at, self.last_at, least, self.width, self.metrics.card_width, MARGIN);
                let deepest = if self.timed() { layout::MAX_PX_PER_DAY_TIMED } else { layout::MAX_PX_PER_DAY } / scale.px_per_unit;
                (scale, Vec::new(), deepest)
            }
        };
        // No zoom makes a track wider than browsers scroll.
        let widest = layout::MAX_TRACK_PX / usable;
        self.max_zoom = fitted.px_per_unit * deepest.min(widest).max(1.0);
        self.fitted = fitted;
        self.breaks = breaks;
    }

    /// The current axis at `px_per_unit` (held between "show all" and the deepest
    /// zoom), with the day at `anchor` pixels into the visible area kept in place.
    fn zoom_to_rate(&mut self, px_per_unit: f64, anchor: f64) {
        let px = layout::clamp(px_per_unit, self.fitted.px_per_unit, self.max_zoom);
        let time = self.scale.day(self.scroll + anchor);
        // The track still starts at the first event, less the margin.
        let origin = self.fitted.map.unit(self.first_at) - MARGIN / px;
        self.scale = Scale { map: Rc::clone(&self.fitted.map), origin, px_per_unit: px };
        self.zoomed = px > self.fitted.px_per_unit * 1.000_001;
        self.scroll = self.scale.x(time) - anchor;
    }

    fn relayout(&mut self) {
        let items: Vec<Item> =
            self.shown.iter().map(|i| Item { at: self.times[*i], first_day: self.spans[*i].0, last_day: self.spans[*i].1 }).collect();
        self.placement = layout::place(&items, &self.scale, &self.metrics);
        let max = (self.track_width() - self.width).max(0.0);
        self.scroll = layout::clamp(self.scroll, 0.0, max);
    }

    fn fit(&mut self) {
        self.refit();
        self.scale = self.fitted.clone();
        self.scroll = 0.0;
        self.zoomed = false;
        self.relayout();
    }

    /// Fits again after `change` (to the width, or to the lanes), keeping a zoom
    /// relative to "show all", near the same place.
    fn refit_keeping_zoom(&mut self, change: impl FnOnce(&mut View)) {
        let ratio = self.scale.px_per_unit / self.fitted.px_per_unit;
        let (zoomed, scroll) = (self.zoomed, self.scroll);
        change(self);
        if zoomed || self.axis_chosen {
            self.fit();
        } else {
            self.choose_axis();
        }
        if zoomed {
            self.zoom_to_rate(self.fitted.px_per_unit * ratio, 0.0);
            self.scroll = scroll;
            self.relayout();
        }
    }

    /// Zooms so times `from..=to` fill the visible width, scrolled to them.
    fn zoom_to(&mut self, from: f64, to: f64) {
        let units = (self.fitted.map.unit(to) - self.fitted.map.unit(from)).max(1e-9);
        let usable = (self.width - self.metrics.card_width - 2.0 * MARGIN).max(1.0);
        self.zoom_to_rate(usable / units, 0.0);
        self.scroll = self.scale.x(from) - MARGIN;
        self.relayout();
    }

    /// Zooms around `anchor` (pixels from the visible area's left edge).
    fn zoom(&mut self, factor: f64, anchor: f64) {
        self.zoom_to_rate(self.scale.px_per_unit * factor, anchor);
        self.relayout();
    }

    /// Scrolls (without zooming) so event `i` is inside the visible area, if it is not.
    /// A folded event is revealed by showing its cluster.
    fn reveal(&mut self, i: usize) {
        let x = match self.slot(i) {
            Some(Slot::Card { x, .. }) => x,
            Some(Slot::Clustered { cluster }) => self.placement.clusters[cluster].x,
            None => return,
        };
        if x < self.scroll + MARGIN || x + self.metrics.card_width > self.scroll + self.width - MARGIN {
            self.scroll = x - (self.width - self.metrics.card_width) / 2.0;
            self.relayout();
        }
    }

    /// Makes sure event `i` is a card on screen: opens its cluster, then scrolls to it.
    /// Where proportional time cannot part the events (many on one day), the story
    /// axis does.
    fn show(&mut self, i: usize) -> bool {
        let mut changed = false;
        // Each pass zooms in at least ZOOM_STEP-fold, so this ends at the zoom limit.
        for _ in 0..128 {
            let Some(Slot::Clustered { cluster }) = self.slot(i) else { break };
            if self.scale.px_per_unit >= self.max_zoom * 0.999 {
                if self.axis == Axis::Story {
                    break;
                }
                self.axis = Axis::Story;
                self.fit();
                changed = true;
                continue;
            }
            let c = &self.placement.clusters[cluster];
            let before = self.scale.px_per_unit;
            let (from, to) = (c.first, c.last);
            self.zoom_to(from, to);
            if self.scale.px_per_unit < before * ZOOM_STEP {
                let anchor = self.scale.x(self.times[i]) - self.scroll;
                self.zoom(ZOOM_STEP * before / self.scale.px_per_unit, anchor);
            }
            changed = true;
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
            Msg::Select(i) if i < n && self.is_shown(i) => {
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
            Msg::Focus(to) if !self.shown.is_empty() => {
                let shown = &self.shown;
                let here = self.shown_at[self.focused.min(n - 1)];
                let target = match to {
                    Move::Next => here.map_or(shown[0], |k| shown[(k + 1).min(shown.len() - 1)]),
                    Move::Previous => here.map_or(shown[0], |k| shown[k.saturating_sub(1)]),
                    Move::First => shown[0],
                    Move::Last => shown[shown.len() - 1],
                    Move::To(i) if self.is_shown(i) => i,
                    Move::To(_) => return redraw,
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
                // The day under the anchor stays where it is, whatever is focused: a
                // pinch or a Ctrl + wheel zooms into what is under the fingers or the
                // pointer (a zoom by key is anchored on the focused card).
                self.zoom(factor, anchor);
                redraw.layout = true;
            }
            Msg::Fit => {
                self.fit();
                redraw.layout = true;
            }
            Msg::SetAxis(axis) => {
                self.axis_chosen = true;
                if axis != self.axis {
                    self.axis = axis;
                    self.fit();
                    self.reveal(self.focused);
                    redraw.layout = true;
                }
            }
            Msg::OpenCluster(c) => {
                let first = self.cluster_events(c).next();
                if let Some(first) = first {
                    if let Some(cluster) = self.placement.clusters.get(c) {
                        let (from, to) = (cluster.first, cluster.last);
                        self.zoom_to(from, to);
                    }
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
                    self.refit_keeping_zoom(|view| view.width = width);
                    redraw.layout = true;
                }
            }
            Msg::Lanes(lanes) => {
                let lanes = lanes.clamp(2, Metrics::default().max_rows);
                if lanes != self.metrics.max_rows {
                    self.refit_keeping_zoom(|view| view.metrics.max_rows = lanes);
                    redraw.layout = true;
                }
            }
            Msg::Scrolled(x) => {
                self.scroll = x;
            }
            Msg::Pan(dx) => {
                let max = (self.track_width() - self.width).max(0.0);
                let to = layout::clamp(self.scroll + dx, 0.0, max);
                if to != self.scroll {
                    self.scroll = to;
                    redraw.layout = true;
                }
            }
            Msg::ToggleFilter(facet) => {
                match self.filter.on.iter().position(|f| *f == facet) {
                    Some(at) => {
                        self.filter.on.remove(at);
                    }
                    None => self.filter.on.push(facet),
                }
                let had = self.selected;
                self.apply_filter();
                redraw.layout = true;
                redraw.details = had != self.selected;
            }
            Msg::ClearFilters => {
                if !self.filter.is_empty() {
                    self.filter.on.clear();
                    self.apply_filter();
                    redraw.layout = true;
                }
            }
        }
        redraw
    }
}

/// Which filter groups the reader is offered, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetGroup {
    Pillars,
    Kinds,
    Statuses,
    Parties,
}

/// Where a key was pressed, for [`View::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPlace {
    /// On an event's card.
    Card,
    /// On the time-axis slider.
    Axis,
    /// Anywhere else in the widget.
    Elsewhere,
}

/// Timelines with more events than this draw only the events near the visible part
/// (plus the focused and the open one), so a page never holds thousands of cards.
pub const DRAW_ALL_UP_TO: usize = 300;

/// How far beyond each side of the visible part the track is drawn (events, ticks,
/// markers), as a share of the view's width: enough for a pan to show no gap before
/// the next layout, which every scroll brings.
pub const DRAW_MARGIN: f64 = 0.5;

/// In the list layout of a large timeline: events drawn around the focused one, and
/// how many of them come before it.
pub const LIST_WINDOW: usize = 120;
pub const LIST_BEFORE: usize = 40;

impl View {
    /// The message a key press (`key` as `KeyboardEvent.key` names it, without Alt,
    /// Ctrl or Meta) stands for. Escape with nothing open stands for nothing, so the
    /// page keeps the key.
    pub fn key(&self, key: &str, place: KeyPlace) -> Option<Msg> {
        let (axis, card) = (place == KeyPlace::Axis, place == KeyPlace::Card);
        let page = self.width * 0.9;
        let quarter = self.width / 4.0;
        let msg = match key {
            "Escape" if self.selected.is_some() => Msg::Close,
            "ArrowLeft" | "ArrowDown" if axis => Msg::Pan(-quarter),
            "ArrowRight" | "ArrowUp" if axis => Msg::Pan(quarter),
            "PageUp" if axis => Msg::Pan(-page),
            "PageDown" if axis => Msg::Pan(page),
            "Home" if axis => Msg::Pan(-1e12),
            "End" if axis => Msg::Pan(1e12),
            "ArrowRight" | "ArrowDown" if card => Msg::Focus(Move::Next),
            "ArrowLeft" | "ArrowUp" if card => Msg::Focus(Move::Previous),
            "Home" if card => Msg::Focus(Move::First),
            "End" if card => Msg::Focus(Move::Last),
            "+" | "=" => Msg::Zoom { factor: ZOOM_STEP, anchor: self.key_anchor(place) },
            "-" | "_" => Msg::Zoom { factor: 1.0 / ZOOM_STEP, anchor: self.key_anchor(place) },
            _ => return None,
        };
        Some(msg)
    }

    /// Whether event `i` is a card wholly inside the visible part of the track.
    fn is_card_in_view(&self, i: usize) -> bool {
        matches!(self.slot(i), Some(Slot::Card { x, .. }) if x >= self.scroll && x + self.metrics.card_width <= self.scroll + self.width)
    }

    /// Moves the focus (the card in the tab order) to the first card wholly in view when
    /// the focused one is not, and no event is open; whether it moved. After the reader
    /// moved the track by pointer, finger or slider, Tab lands on a card in sight rather
    /// than scrolling back to one left behind.
    pub fn focus_in_view(&mut self) -> bool {
        if self.selected.is_some() || self.is_narrow() {
            return false;
        }
        if self.is_card_in_view(self.focused) {
            return false;
        }
        match self.shown_between(self.scroll, self.scroll + self.width).iter().copied().find(|&i| self.is_card_in_view(i)) {
            Some(i) => {
                self.focused = i;
                true
            }
            None => false,
        }
    }

    /// Where a zoom by key stays put: the focused card when the key is pressed on it
    /// and it is in view (a zoom never loses it), else the middle of the view.
    fn key_anchor(&self, place: KeyPlace) -> f64 {
        if let (KeyPlace::Card, Some(Slot::Card { x, .. })) = (place, self.slot(self.focused)) {
            // A card starts at its day: that point stays put.
            let at = x - self.scroll;
            if (0.0..=self.width).contains(&at) {
                return at;
            }
        }
        self.width / 2.0
    }

    /// The pan that centres the view on `fraction` (0–1) of the whole track: a click
    /// on the time-axis slider.
    pub fn pan_to(&self, fraction: f64) -> Msg {
        let to = fraction * self.track_width() - self.width / 2.0;
        Msg::Pan(to - self.scroll)
    }

    /// The part of the track drawn now, in pixels: the visible part and a margin on
    /// each side.
    pub fn drawn_span(&self) -> (f64, f64) {
        (self.scroll - DRAW_MARGIN * self.width, self.scroll + (1.0 + DRAW_MARGIN) * self.width)
    }

    /// The events to draw: every event of a small timeline; of a large one, the cards
    /// near the visible part (the list layout: a window around the focused event),
    /// plus the focused and the open event; `all` for printing. In index order.
    pub fn drawn(&self, all: bool) -> Vec<usize> {
        let n = self.spans.len();
        if all || n <= DRAW_ALL_UP_TO {
            return (0..n).collect();
        }
        let mut wanted: Vec<usize> = if self.is_narrow() {
            let shown = self.shown();
            let at = shown.iter().position(|i| *i >= self.focused).unwrap_or(0);
            let start = at.saturating_sub(LIST_BEFORE);
            shown[start..(start + LIST_WINDOW).min(shown.len())].to_vec()
        } else {
            let (from, to) = self.drawn_span();
            self.shown_between(from, to).iter().copied().filter(|i| matches!(self.slot(*i), Some(Slot::Card { .. }))).collect()
        };
        for i in std::iter::once(self.focused).chain(self.selected).filter(|i| *i < n) {
            if let Err(at) = wanted.binary_search(&i) {
                wanted.insert(at, i);
            }
        }
        wanted
    }

    /// The first shown event before (`earlier`) or after the drawn ones (`drawn` in
    /// index order): where "show earlier / later events" moves the list's window.
    pub fn beyond(&self, drawn: &[usize], earlier: bool) -> Option<usize> {
        let drawn = || drawn.iter().copied().filter(|i| self.is_shown(*i));
        if earlier {
            let first = drawn().next()?;
            self.shown.iter().rev().find(|i| **i < first).copied()
        } else {
            let last = drawn().next_back()?;
            self.shown.iter().find(|i| **i > last).copied()
        }
    }

    /// The filter groups worth offering and their options, each found in the data:
    /// a group with a single option filters nothing and is left out, except parties
    /// (one party's actions apart from the rest is still a view).
    pub fn filter_groups(&self) -> Vec<(FacetGroup, Vec<Facet>)> {
        let present = |facets: Vec<Facet>| -> Vec<Facet> { facets.into_iter().filter(|f| self.count(*f) > 0).collect() };
        let groups = [
            (FacetGroup::Pillars, present((0..self.pillars).map(Facet::Pillar).collect())),
            (FacetGroup::Kinds, present(Kind::ALL.iter().map(|k| Facet::Kind(*k)).collect())),
            (FacetGroup::Statuses, present(vec![Facet::Status(Status::Happened), Facet::Status(Status::Planned)])),
            (FacetGroup::Parties, present((0..self.parties).map(Facet::Party).collect())),
        ];
        groups.into_iter().filter(|(g, o)| o.len() > 1 || (*g == FacetGroup::Parties && !o.is_empty())).collect()
    }
}

/// The event id a page address's fragment names for this timeline:
/// `#<timeline-id>/<event-id>`.
pub fn deep_link<'a>(hash: &'a str, timeline_id: &str) -> Option<&'a str> {
    let rest = hash.strip_prefix('#')?.strip_prefix(timeline_id)?.strip_prefix('/')?;
    (!rest.is_empty() && crate::parse::is_valid_id(rest)).then_some(rest)
}

/// The fragment that opens `event_id` in timeline `timeline_id`.
pub fn link(timeline_id: &str, event_id: &str) -> String {
    let mut out = String::with_capacity(2 + timeline_id.len() + event_id.len());
    out.push('#');
    out.push_str(timeline_id);
    out.push('/');
    out.push_str(event_id);
    out
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
            assert!(matches!(view.slot(i), Some(Slot::Card { .. })), "event {i} still folded");
            let Some(Slot::Card { x, .. }) = view.slot(i) else { unreachable!() };
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
        // Through update too, with the focused event far from the pointer: the zoom
        // stays where the reader pointed, it does not jump to the focused card.
        view.update(Msg::Focus(Move::To(0)));
        let day = view.scale.day(view.scroll + 900.0);
        view.update(Msg::Zoom { factor: ZOOM_STEP * ZOOM_STEP, anchor: 900.0 });
        assert!((view.scale.day(view.scroll + 900.0) - day).abs() < 1e-6);
        assert!(view.scroll > 0.0);
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

    #[test]
    fn fewer_lanes_fold_more_events_and_never_use_more_lanes_than_given() {
        let t = crate::parse::parse(&crate::generate::timeline_json(2_000, 3)).timeline;
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        let lanes = |view: &View| view.placement().lanes();
        let folded = |view: &View| view.shown().iter().filter(|&&i| matches!(view.slot(i), Some(Slot::Clustered { .. }))).count();
        assert_eq!(lanes(&view), Metrics::default().max_rows, "2,000 events fill every lane");
        let before = folded(&view);
        let r = view.update(Msg::Lanes(3));
        assert!(r.layout);
        assert_eq!(lanes(&view), 3);
        assert!(folded(&view) > before, "fewer rows of cards fold more events: {} against {before}", folded(&view));
        // None fewer than two (a row of cards and the clusters), none more than the default.
        view.update(Msg::Lanes(0));
        assert_eq!(view.metrics.max_rows, 2);
        assert!(lanes(&view) <= 2);
        assert!(!view.update(Msg::Lanes(1)).layout, "already at the least");
        view.update(Msg::Lanes(50));
        assert_eq!(view.metrics.max_rows, Metrics::default().max_rows);
        assert_eq!(folded(&view), before, "back to the default, as first drawn");
    }

    #[test]
    fn filters_narrow_within_groups_and_keep_the_scale() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        let scale = view.scale.clone();
        let economy = t.pillars.iter().position(|p| p.id == "economy").unwrap();
        view.update(Msg::ToggleFilter(Facet::Pillar(economy)));
        let expected: Vec<usize> = (0..t.events.len()).filter(|i| t.events[*i].pillars.contains(&economy)).collect();
        assert_eq!(view.shown(), expected.as_slice());
        assert_eq!(view.count(Facet::Pillar(economy)), expected.len());
        assert_eq!(view.scale, scale, "the axis keeps its scale");
        assert!(t.events.iter().enumerate().all(|(i, _)| view.slot(i).is_some() == expected.contains(&i)));
        // A second group narrows: economic commitments only.
        view.update(Msg::ToggleFilter(Facet::Status(Status::Planned)));
        assert!(view.shown().iter().all(|i| t.events[*i].status == Status::Planned && t.events[*i].pillars.contains(&economy)));
        assert!(!view.shown().is_empty());
        // The tab stop is always on a shown event, and keys move among shown events.
        assert!(view.is_shown(view.focused));
        view.update(Msg::Focus(Move::Last));
        assert_eq!(view.focused, *view.shown().last().unwrap());
        view.update(Msg::ClearFilters);
        assert_eq!(view.shown().len(), t.events.len());
    }

    #[test]
    fn options_of_one_group_widen_the_selection() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        view.update(Msg::ToggleFilter(Facet::Kind(Kind::Visit)));
        let visits = view.shown().len();
        view.update(Msg::ToggleFilter(Facet::Kind(Kind::Call)));
        assert_eq!(view.shown().len(), visits + view.count(Facet::Kind(Kind::Call)));
        view.update(Msg::ToggleFilter(Facet::Kind(Kind::Visit)));
        assert_eq!(view.shown().len(), view.count(Facet::Kind(Kind::Call)));
    }

    #[test]
    fn a_hidden_selection_closes() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1280.0, Metrics::default());
        view.update(Msg::Select(0));
        view.update(Msg::ToggleFilter(Facet::Status(Status::Planned)));
        assert_eq!(view.selected, None);
        assert_eq!(view.update(Msg::Select(0)), Redraw::default(), "a hidden event cannot be opened");
    }

    #[test]
    fn deep_links_name_one_timeline_and_one_event() {
        assert_eq!(deep_link("#vietnam-singapore/1973-diplomatic-relations", "vietnam-singapore"), Some("1973-diplomatic-relations"));
        assert_eq!(deep_link("#other/1973-diplomatic-relations", "vietnam-singapore"), None);
        assert_eq!(deep_link("#vietnam-singapore/", "vietnam-singapore"), None);
        assert_eq!(deep_link("#vietnam-singapore/a/b", "vietnam-singapore"), None);
        assert_eq!(deep_link("", "vietnam-singapore"), None);
        assert_eq!(link("t", "e"), "#t/e");
    }

    #[test]
    fn many_events_on_one_day_all_become_cards_at_full_zoom() {
        // Found by fuzzing: six events on one day stayed folded at the deepest zoom.
        let mut t = bundled();
        let day = t.events[5].date;
        for e in t.events.iter_mut().take(6) {
            e.date = day;
            e.end = None;
        }
        let mut view = View::new(&t, Lang::En, 800.0, Metrics::default());
        for i in 0..t.events.len() {
            view.update(Msg::Focus(Move::To(i)));
            assert!(matches!(view.slot(i), Some(Slot::Card { .. })), "event {i}");
        }
    }

    /// Moved away from the card in the tab order, the focus goes to the first card in
    /// sight; with an event open it stays with it.
    #[test]
    fn the_focus_follows_the_track_unless_an_event_is_open() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        view.update(Msg::Zoom { factor: 8.0, anchor: 0.0 });
        assert!(!view.focus_in_view(), "the first card is in sight at the start");
        assert_eq!(view.focused, 0);
        view.update(Msg::Pan(1e12));
        assert!(view.focus_in_view());
        // Checked on the slots themselves, not through the view's own test.
        let (from, to) = (view.scroll, view.scroll + view.width);
        let whole =
            |view: &View, i: usize| matches!(view.slot(i), Some(Slot::Card { x, .. }) if x >= from && x + view.metrics.card_width <= to);
        assert!(whole(&view, view.focused));
        assert!(view.shown().iter().take_while(|i| **i != view.focused).all(|i| !whole(&view, *i)), "the first one in date order");
        view.update(Msg::Select(0));
        view.update(Msg::Pan(1e12));
        assert!(!view.focus_in_view());
        assert_eq!(view.focused, 0);
    }

    /// A zoom by key on a card keeps that card where it is, in and out; elsewhere it
    /// zooms about the middle.
    #[test]
    fn a_zoom_by_key_keeps_the_focused_card_in_place() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        let focused = t.events.len() * 3 / 4;
        view.update(Msg::Focus(Move::To(focused)));
        let on_screen = |view: &View| match view.slot(focused) {
            Some(Slot::Card { x, .. }) => Some(x - view.scroll),
            _ => None,
        };
        let before = on_screen(&view).expect("a card in the first view");
        for key in ["+", "+", "+", "-"] {
            let msg = view.key(key, KeyPlace::Card).unwrap();
            view.update(msg);
            let now = on_screen(&view).unwrap_or(f64::NAN);
            assert!((now - before).abs() < 1.0, "after {key}: {before} → {now}");
        }
        assert!(view.zoomed);
        assert_eq!(view.key("+", KeyPlace::Elsewhere), Some(Msg::Zoom { factor: ZOOM_STEP, anchor: 500.0 }));
    }

    #[test]
    fn keys_stand_for_messages_by_where_they_are_pressed() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        assert_eq!(view.key("ArrowRight", KeyPlace::Card), Some(Msg::Focus(Move::Next)));
        assert_eq!(view.key("ArrowRight", KeyPlace::Axis), Some(Msg::Pan(250.0)));
        assert_eq!(view.key("ArrowRight", KeyPlace::Elsewhere), None);
        assert_eq!(view.key("End", KeyPlace::Card), Some(Msg::Focus(Move::Last)));
        assert_eq!(view.key("+", KeyPlace::Elsewhere), Some(Msg::Zoom { factor: ZOOM_STEP, anchor: 500.0 }));
        // Escape belongs to the page unless the details are open.
        assert_eq!(view.key("Escape", KeyPlace::Card), None);
        view.update(Msg::Select(2));
        assert_eq!(view.key("Escape", KeyPlace::Card), Some(Msg::Close));
        assert_eq!(view.key("a", KeyPlace::Card), None);
    }

    #[test]
    fn a_large_timeline_draws_a_window_with_the_focused_and_open_events() {
        let t = parse(&crate::generate::timeline_json(2_000, 5)).timeline;
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        view.update(Msg::Zoom { factor: 64.0, anchor: 0.0 });
        view.update(Msg::Select(1_500));
        view.focused = 1_500;
        view.update(Msg::Pan(-1e12));
        let drawn = view.drawn(false);
        assert!(drawn.len() < 300, "{}", drawn.len());
        assert!(drawn.windows(2).all(|w| w[0] < w[1]));
        assert!(drawn.binary_search(&1_500).is_ok(), "the open event is drawn");
        assert_eq!(view.drawn(true).len(), 2_000);
        // The list layout draws a window around the focused event.
        view.update(Msg::Resize { width: 400.0 });
        let drawn = view.drawn(false);
        assert_eq!(drawn.len(), LIST_WINDOW);
        assert_eq!(view.beyond(&drawn, true), Some(drawn[0] - 1));
        assert_eq!(view.beyond(&drawn, false), Some(drawn[drawn.len() - 1] + 1));
        // A small timeline draws every event.
        let small = View::new(&bundled(), Lang::En, 1000.0, Metrics::default());
        assert_eq!(small.drawn(false).len(), bundled().events.len());
    }

    #[test]
    fn filter_groups_offer_what_the_data_has() {
        let t = bundled();
        let view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        let groups = view.filter_groups();
        let names: Vec<FacetGroup> = groups.iter().map(|g| g.0).collect();
        assert_eq!(names, [FacetGroup::Pillars, FacetGroup::Kinds, FacetGroup::Statuses, FacetGroup::Parties]);
        assert_eq!(groups[3].1, [Facet::Party(0), Facet::Party(1)]);
        assert!(groups.iter().all(|(_, options)| options.iter().all(|f| view.count(*f) > 0)));
        // Data with one kind and no parties offers neither.
        let text = r#"{"format":"relationship-timeline/1","id":"t","title":"T","events":[
            {"id":"a","date":"1990","kind":"visit","title":"A"},{"id":"b","date":"2000","kind":"visit","title":"B","status":"planned"}]}"#;
        let one = View::new(&parse(text).timeline, Lang::En, 1000.0, Metrics::default());
        assert_eq!(one.filter_groups().iter().map(|g| g.0).collect::<Vec<_>>(), [FacetGroup::Statuses]);
    }

    #[test]
    fn a_slider_click_centres_that_part_of_time() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        view.update(Msg::Zoom { factor: 8.0, anchor: 0.0 });
        let msg = view.pan_to(0.5);
        view.update(msg);
        assert!((view.scroll + view.width / 2.0 - view.track_width() / 2.0).abs() < 1.0);
    }

    #[test]
    fn panning_stays_on_the_track() {
        let t = bundled();
        let mut view = View::new(&t, Lang::En, 1000.0, Metrics::default());
        view.update(Msg::Zoom { factor: 8.0, anchor: 0.0 });
        view.update(Msg::Pan(-1e9));
        assert_eq!(view.scroll, 0.0);
        view.update(Msg::Pan(1e9));
        assert_eq!(view.scroll, view.track_width() - view.width);
    }
}
