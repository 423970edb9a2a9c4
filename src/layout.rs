//! Where things go on a horizontal time axis, given the width and zoom as arguments.
//!
//! Time reaches the track through a [`TimeMap`]: proportional (one rate for all time)
//! or a *story* map that gives each event room for its card, stretching dense weeks
//! and compressing long quiet stretches into labelled [`Break`]s. Cards are stacked
//! in rows so they never overlap; a run of events too dense for the rows available
//! becomes one cluster marker ("+N") that a reader can open by zooming in. Ticks
//! adapt their unit (millennia to days) to the local rate; tier bands show which level
//! the relationship held at each date. Nothing here reads the browser.

use std::rc::Rc;

use crate::date::{civil_from_days, days_from_civil, Date};
use crate::model::TierPeriod;

/// `v` held within `lo..=hi` (`hi` wins when `lo > hi`; NaN becomes `lo`). Unlike
/// `f64::clamp` it cannot panic, so the wasm build carries no float formatting for the
/// panic message.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// A monotone, piecewise-linear map from time (day numbers; fractions order the
/// events of one day) to layout units. Outside its knots the end segments' rates go on.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMap {
    /// `(day, unit)` pairs, strictly increasing in both; at least two.
    knots: Vec<(f64, f64)>,
}

impl TimeMap {
    /// One unit per day everywhere: proportional time.
    pub fn proportional() -> TimeMap {
        TimeMap { knots: vec![(0.0, 0.0), (1.0, 1.0)] }
    }

    pub fn is_proportional(&self) -> bool {
        self.knots.len() == 2
    }

    /// The segment `(a, b)` of knots that holds `v` along coordinate `pick`.
    fn segment(&self, v: f64, pick: fn(&(f64, f64)) -> f64) -> ((f64, f64), (f64, f64)) {
        let k = &self.knots;
        let i = k.partition_point(|p| pick(p) <= v).max(1).min(k.len() - 1);
        (k[i - 1], k[i])
    }

    /// The unit at a day.
    pub fn unit(&self, day: f64) -> f64 {
        let ((d0, u0), (d1, u1)) = self.segment(day, |p| p.0);
        u0 + (day - d0) * (u1 - u0) / (d1 - d0)
    }

    /// The day at a unit.
    pub fn day(&self, unit: f64) -> f64 {
        let ((d0, u0), (d1, u1)) = self.segment(unit, |p| p.1);
        d0 + (unit - u0) * (d1 - d0) / (u1 - u0)
    }

    /// Units per day around `day`.
    pub fn rate(&self, day: f64) -> f64 {
        let ((d0, u0), (d1, u1)) = self.segment(day, |p| p.0);
        (u1 - u0) / (d1 - d0)
    }

    /// The knots whose segments overlap days `from..=to`, each segment once.
    fn segments_between(&self, from: f64, to: f64) -> impl Iterator<Item = ((f64, f64), (f64, f64))> + '_ {
        let k = &self.knots;
        let a = k.partition_point(|p| p.0 <= from).saturating_sub(1);
        let b = (k.partition_point(|p| p.0 < to) + 1).min(k.len());
        k[a..b].windows(2).map(|w| (w[0], w[1]))
    }

    /// The first and last knot's days.
    fn ends(&self) -> (f64, f64) {
        (self.knots[0].0, self.knots[self.knots.len() - 1].0)
    }
}

/// Maps time to pixels along the track: `x = (map.unit(day) - origin) * px_per_unit`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub map: Rc<TimeMap>,
    /// The unit at the track's left edge.
    pub origin: f64,
    pub px_per_unit: f64,
}

impl Scale {
    /// Proportional time: `x = (day - origin) * px_per_day`.
    pub fn proportional(origin: f64, px_per_day: f64) -> Scale {
        Scale { map: Rc::new(TimeMap::proportional()), origin, px_per_unit: px_per_day }
    }

    pub fn x(&self, day: f64) -> f64 {
        (self.map.unit(day) - self.origin) * self.px_per_unit
    }

    pub fn day(&self, x: f64) -> f64 {
        self.map.day(self.origin + x / self.px_per_unit)
    }

    /// Pixels per day around `day`.
    pub fn px_per_day(&self, day: f64) -> f64 {
        self.map.rate(day) * self.px_per_unit
    }

    /// The proportional scale that shows days `first..=last` in `width` pixels, leaving
    /// `margin` pixels on the left and `margin + card_width` on the right so the last
    /// card fits.
    pub fn fit(first: i64, last: i64, width: f64, card_width: f64, margin: f64) -> Scale {
        Scale::fit_times(first as f64, last as f64, 1.0, width, card_width, margin)
    }

    /// [`Scale::fit`] for times (days and fractions), showing at least `least` days.
    pub fn fit_times(first: f64, last: f64, least: f64, width: f64, card_width: f64, margin: f64) -> Scale {
        let days = (last - first).max(least);
        let usable = (width - card_width - 2.0 * margin).max(1.0);
        let px_per_day = usable / days;
        Scale::proportional(first - margin / px_per_day, px_per_day)
    }

    /// The same map at `px_per_unit`, with the day at `anchor_x` kept where it is.
    pub fn zoomed_to(&self, px_per_unit: f64, anchor_x: f64) -> Scale {
        let anchor_unit = self.origin + anchor_x / self.px_per_unit;
        Scale { map: Rc::clone(&self.map), origin: anchor_unit - anchor_x / px_per_unit, px_per_unit }
    }
}

/// Most zoomed out in proportional time: 100,000 years across a phone screen.
pub const MIN_PX_PER_DAY: f64 = 1e-5;
/// Most zoomed in in proportional time: a day is as wide as two cards.
pub const MAX_PX_PER_DAY: f64 = 400.0;
/// The same for events with times of day: a quarter of an hour is as wide as two cards.
pub const MAX_PX_PER_DAY_TIMED: f64 = 400.0 * 96.0;
/// The widest track any zoom makes, in pixels (browsers stop scrolling near 2^25).
pub const MAX_TRACK_PX: f64 = 16_000_000.0;

/// Sizes the placement works with, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    pub card_width: f64,
    /// Horizontal space kept between cards in one row.
    pub gap: f64,
    /// Lanes available: card rows plus one for cluster markers.
    pub max_rows: usize,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics { card_width: 168.0, gap: 8.0, max_rows: 7 }
    }
}

impl Metrics {
    /// Width a card takes in its row, gap included.
    pub fn footprint(&self) -> f64 {
        self.card_width + self.gap
    }

    /// Rows of cards before events fold into clusters.
    pub fn card_rows(&self) -> usize {
        self.max_rows.max(2) - 1
    }
}

/// A long quiet stretch drawn shorter than its share of time, between two days.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Break {
    pub from: f64,
    pub to: f64,
}

/// A story axis fitted to a width.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Units are pixels at this fit: the first time is at 0, the last at the usable width.
    pub map: TimeMap,
    pub breaks: Vec<Break>,
}

/// The story axis for events at `times` (sorted; one per event, distinct) within days
/// `first..=last`, for a track `width` pixels wide with `margin` at each end.
///
/// Every gap between two events gets at least the step that lets cards share
/// `rows` rows without touching (the fewest rows that fit, up to the metrics'
/// limit), so no event is folded while the width allows it. What width is left goes to
/// time in proportion, except that no single gap takes more than an eighth of the
/// width. Gaps drawn far shorter than the typical one are reported as [`Break`]s. `None` when
/// there are fewer than two distinct times (the proportional fit is as good).
pub fn story(times: &[f64], first: f64, last: f64, width: f64, metrics: &Metrics, margin: f64) -> Option<Story> {
    let mut days: Vec<f64> = Vec::with_capacity(times.len() + 2);
    // Knots at every event time, plus the ends (a span may run past the last start).
    for d in std::iter::once(first).chain(times.iter().copied()).chain(std::iter::once(last)) {
        if days.last().is_none_or(|prev| d > *prev) {
            days.push(d);
        }
    }
    let event_gaps = times.len().checked_sub(1).filter(|g| *g > 0)?;
    let usable = (width - metrics.card_width - 2.0 * margin).max(1.0);
    let footprint = metrics.footprint();
    let rows = (1..=metrics.card_rows()).find(|r| event_gaps as f64 * footprint / *r as f64 <= usable).unwrap_or(metrics.card_rows());
    let step = (footprint / rows as f64).min(usable / event_gaps as f64);
    let cap = step.max(usable / 8.0);
    let (t0, t1) = (times[0], times[times.len() - 1]);
    let gaps: Vec<(f64, f64)> = days
        .windows(2)
        .map(|w| {
            let between_events = w[0] >= t0 && w[1] <= t1;
            (w[1] - w[0], if between_events { step } else { 0.0 })
        })
        .collect();
    let width_at = |r: f64, (g, min): (f64, f64)| clamp(r * g, min, cap.max(min));
    let total = |r: f64| gaps.iter().map(|g| width_at(r, *g)).sum::<f64>();
    // The rate in px/day for time that is not stretched or compressed: the largest
    // whose widths still fit (bisection; the total only grows with the rate).
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    while total(hi) < usable && hi < 1e12 {
        hi *= 4.0;
    }
    for _ in 0..60 {
        let mid = (lo + hi) / 2.0;
        if total(mid) <= usable {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let rate = lo;
    let sum = total(rate).max(1e-9);
    // Where even capped gaps leave room, everything widens alike.
    let stretch = (usable / sum).max(1.0);
    let widths: Vec<f64> = gaps.iter().map(|g| (width_at(rate, *g) * stretch).max(1e-6)).collect();
    // A gap between events drawn at under an eighth of the typical rate (the median
    // over gaps between events) is a break: the axis says so, with its length.
    // Positive floats order as their bits do: the widget's one sort routine serves.
    let mut rates: Vec<(i64, usize)> =
        gaps.iter().zip(&widths).filter(|(g, _)| g.1 > 0.0).map(|(g, w)| ((w / g.0).to_bits() as i64, 0)).collect();
    crate::model::sort_keys(&mut rates);
    let typical = rates.get(rates.len() / 2).map_or(0.0, |r| f64::from_bits(r.0 as u64));
    let mut knots = Vec::with_capacity(days.len());
    let mut breaks = Vec::new();
    let mut unit = 0.0;
    knots.push((days[0], 0.0));
    for ((w, g), wide) in days.windows(2).zip(&gaps).zip(&widths) {
        if g.1 > 0.0 && wide / g.0 < typical / 8.0 {
            breaks.push(Break { from: w[0], to: w[1] });
        }
        unit += wide;
        knots.push((w[1], unit));
    }
    Some(Story { map: TimeMap { knots }, breaks })
}

/// Where one event is shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Slot {
    /// A card whose left edge is at `x`, in row `row` (0 is nearest the axis).
    Card { x: f64, row: usize },
    /// Folded into cluster number `cluster` of [`Placement::clusters`].
    Clustered { cluster: usize },
}

/// Events too dense to show as cards at this zoom, shown as one "+N" marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub x: f64,
    /// Indexes (in date order) of the events folded into the marker.
    pub members: Vec<usize>,
    /// First and last time the folded events cover (their first days, ordered within
    /// a day) and the days they cover.
    pub first: f64,
    pub last: f64,
    pub start_day: i64,
    pub end_day: i64,
}

impl Cluster {
    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

/// Where every event goes at one scale.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Placement {
    /// One slot per event, in the order given.
    pub slots: Vec<Slot>,
    pub clusters: Vec<Cluster>,
    /// Rows of cards in use (at least 1).
    pub rows: usize,
}

impl Placement {
    /// Rows in all: the card rows, plus one for clusters when there are any.
    pub fn lanes(&self) -> usize {
        self.rows + usize::from(!self.clusters.is_empty())
    }

    pub fn cards(&self) -> usize {
        self.slots.iter().filter(|s| matches!(s, Slot::Card { .. })).count()
    }
}

/// One event to place: its time on the axis (see [`TimeMap`]) and the days it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub at: f64,
    pub first_day: i64,
    pub last_day: i64,
}

/// Places `items` (in order of `at`).
///
/// Each event takes the first of the card rows that is free at its date; an event no
/// row has room for is folded into a cluster marker in a lane of its own (the marker
/// at the open cluster if it still covers that date, a new one otherwise). Cards in a
/// row keep their date order and never touch; markers never touch.
pub fn place(items: &[Item], scale: &Scale, metrics: &Metrics) -> Placement {
    let mut placement = Placement { slots: Vec::with_capacity(items.len()), clusters: Vec::new(), rows: 1 };
    let footprint = metrics.footprint();
    let card_rows = metrics.card_rows();
    let mut row_ends: Vec<f64> = Vec::with_capacity(card_rows.min(16));
    let mut lane_end = f64::NEG_INFINITY;
    for (i, item) in items.iter().enumerate() {
        let x = scale.x(item.at);
        // A hair of tolerance: cards exactly one footprint apart share a row.
        let free = row_ends.iter().position(|end| *end <= x + 1e-6);
        let row = match free {
            Some(r) => Some(r),
            None if row_ends.len() < card_rows => {
                row_ends.push(f64::NEG_INFINITY);
                Some(row_ends.len() - 1)
            }
            None => None,
        };
        if let Some(row) = row {
            row_ends[row] = x + footprint;
            placement.slots.push(Slot::Card { x, row });
            continue;
        }
        let open = placement.clusters.len().checked_sub(1).filter(|_| lane_end > x);
        let cluster = match open {
            Some(c) => c,
            None => {
                lane_end = x + footprint;
                placement.clusters.push(Cluster {
                    x,
                    members: Vec::new(),
                    first: item.at,
                    last: item.at,
                    start_day: item.first_day,
                    end_day: item.last_day,
                });
                placement.clusters.len() - 1
            }
        };
        let c = &mut placement.clusters[cluster];
        c.members.push(i);
        c.last = c.last.max(item.at);
        c.start_day = c.start_day.min(item.first_day);
        c.end_day = c.end_day.max(item.last_day);
        placement.slots.push(Slot::Clustered { cluster });
    }
    placement.rows = row_ends.len().max(1);
    placement
}

/// The step between ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickUnit {
    Years(u32),
    Months(u32),
    Days(u32),
    Minutes(u32),
}

impl TickUnit {
    /// Rough length of one step in days, for choosing a unit.
    fn approx_days(self) -> f64 {
        match self {
            TickUnit::Years(n) => 365.2425 * f64::from(n),
            TickUnit::Months(n) => 30.436875 * f64::from(n),
            TickUnit::Days(n) => f64::from(n),
            TickUnit::Minutes(n) => f64::from(n) / 1440.0,
        }
    }
}

/// Units finer than a day, for events with times of day.
const TIME_UNITS: [TickUnit; 10] = [
    TickUnit::Minutes(1),
    TickUnit::Minutes(5),
    TickUnit::Minutes(10),
    TickUnit::Minutes(15),
    TickUnit::Minutes(30),
    TickUnit::Minutes(60),
    TickUnit::Minutes(120),
    TickUnit::Minutes(180),
    TickUnit::Minutes(360),
    TickUnit::Minutes(720),
];

const TICK_UNITS: [TickUnit; 20] = [
    TickUnit::Days(1),
    TickUnit::Days(2),
    TickUnit::Days(7),
    TickUnit::Days(14),
    TickUnit::Months(1),
    TickUnit::Months(3),
    TickUnit::Months(6),
    TickUnit::Years(1),
    TickUnit::Years(2),
    TickUnit::Years(5),
    TickUnit::Years(10),
    TickUnit::Years(20),
    TickUnit::Years(50),
    TickUnit::Years(100),
    TickUnit::Years(200),
    TickUnit::Years(500),
    TickUnit::Years(1000),
    TickUnit::Years(2000),
    TickUnit::Years(5000),
    TickUnit::Years(10000),
];

/// A labelled mark on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub x: f64,
    /// The date the tick stands for, at the precision of its unit.
    pub date: Date,
    /// Whether a day's tick says its year: the first tick, and a day whose year is not
    /// the one the tick before it said ("2024 | 12 Mar 2025 | 2026"; "30 Dec | 31 Dec
    /// | 1 Jan 2026"). Years and months always say theirs.
    pub with_year: bool,
}

/// The finest unit whose ticks stay at least `min_spacing` pixels apart at a rate;
/// hours and minutes only when `timed`.
fn unit_for(px_per_day: f64, min_spacing: f64, timed: bool) -> TickUnit {
    let fine: &[TickUnit] = if timed { &TIME_UNITS } else { &[] };
    fine.iter().chain(TICK_UNITS.iter()).copied().find(|u| u.approx_days() * px_per_day >= min_spacing).unwrap_or(TickUnit::Years(10000))
}

/// The finest unit whose ticks stay at least `min_spacing` pixels apart around `day`.
pub fn tick_unit(scale: &Scale, day: f64, min_spacing: f64, timed: bool) -> TickUnit {
    unit_for(scale.px_per_day(day), min_spacing, timed)
}

/// Ticks between days `from` and `to` (inclusive), at least `min_spacing` apart. Each
/// stretch of the map gets the unit that suits its own rate, so a story axis marks
/// years where it is compressed and days where it is stretched, and hours and minutes
/// only over days that hold one of the `timed` moments (the events with times of day,
/// in order): a day of untimed events, however wide, is not marked in hours that none
/// of them has.
pub fn ticks(scale: &Scale, from: i64, to: i64, min_spacing: f64, timed: &[f64]) -> Vec<Tick> {
    let mut out: Vec<Tick> = Vec::new();
    let (lo, hi) = scale.map.ends();
    // Before the first knot and after the last, proportional time goes on; a story
    // axis marks no time beyond the events it was made for.
    let proportional = scale.map.is_proportional();
    let mut bounds: Vec<(f64, f64)> = Vec::new();
    if proportional && (from as f64) < lo {
        bounds.push((from as f64, lo.min(to as f64 + 1.0)));
    }
    for ((d0, _), (d1, _)) in scale.map.segments_between(from as f64, to as f64 + 1.0) {
        let (a, b) = (d0.max(from as f64).max(lo), d1.min(to as f64 + 1.0).min(hi));
        if a < b {
            bounds.push((a, b));
        }
    }
    if proportional && (to as f64 + 1.0) > hi {
        bounds.push((hi.max(from as f64), to as f64 + 1.0));
    }
    // The timed moments not before the current stretch's first day (the stretches come
    // in order, so each moment is passed over once).
    let mut rest = timed;
    for (a, b) in bounds {
        while let [t, later @ ..] = rest {
            if *t >= a.floor() {
                break;
            }
            rest = later;
        }
        // Hours where a day of this stretch holds a time of day.
        let hours = rest.first().is_some_and(|t| *t < b.ceil());
        let unit = unit_for(scale.px_per_day((a + b) / 2.0), min_spacing, hours);
        if let TickUnit::Minutes(n) = unit {
            day_before_hours(&mut out, scale, a, n, min_spacing);
        }
        let marks = match unit {
            TickUnit::Minutes(n) => minute_ticks(n, a, b.min(to as f64 + 1.0)),
            _ => unit_ticks(unit, a.ceil() as i64, (b.ceil() as i64 - 1).min(to)).into_iter().map(|(d, day)| (d, day as f64)).collect(),
        };
        for mut tick in marks {
            let x = scale.x(tick.1);
            // A stretch of days that starts on a year's (or a month's) first day: its
            // first mark says the year (the month), not "1 Jan". Hours keep their day.
            if let (Some(1), Some(m), TickUnit::Days(_), true) = (tick.0.day, tick.0.month, unit, tick.1 <= a.ceil()) {
                tick.0 = if m == 1 { Date::year(tick.0.year) } else { Date::month(tick.0.year, m) };
            }
            // A day too close after its own year's or month's tick (a widened day just
            // after it) says more than it: the coarser tick gives way. One of an
            // earlier year stays (the first day of a stretch says less than "2000"),
            // and so does one whose first day it is.
            if tick.0.day.is_some()
                && out.last().is_some_and(|t| {
                    t.date.day.is_none()
                        && t.date.year == tick.0.year
                        && t.date.first_day() as f64 != tick.1.floor()
                        && x - t.x < min_spacing
                })
            {
                out.pop();
            }
            if out.last().is_none_or(|t| x - t.x >= min_spacing) {
                let with_year = tick.0.day.is_some() && out.last().is_none_or(|t| t.date.year != tick.0.year);
                out.push(Tick { x, date: tick.0, with_year });
            }
        }
    }
    out
}

/// Before hours that start at time `from` (a stretch of a story axis after a break, the
/// first stretch of a zoomed view), their day, when no tick has said it: without it,
/// "2000 | 8:00 PM | 9:00 PM" leaves the day to guess. The day's tick stands at its
/// midnight, where the map puts it; a coarser tick too close before it (the year, the
/// month the hours fall in) gives way.
fn day_before_hours(out: &mut Vec<Tick>, scale: &Scale, from: f64, n: u32, min_spacing: f64) {
    let day = from.floor();
    let date = Date::from_day_number(day as i64);
    let said = |t: &Tick| t.date.day.is_some() && (t.date.year, t.date.month, t.date.day) == (date.year, date.month, date.day);
    // The first mark of the hours is this midnight: it says the day itself.
    let midnight_marked = (from * 1440.0 / f64::from(n)).ceil() * f64::from(n) / 1440.0 <= day;
    if midnight_marked || out.last().is_some_and(said) {
        return;
    }
    let x = scale.x(day);
    while out.last().is_some_and(|t| x - t.x < min_spacing) {
        out.pop();
    }
    let with_year = out.last().is_none_or(|t| t.date.year != date.year);
    out.push(Tick { x, date, with_year });
}

/// Marks every `n` minutes from time `from` to before time `to` (days, fractions
/// within): midnight as its day, other marks as the time of day.
fn minute_ticks(n: u32, from: f64, to: f64) -> Vec<(Date, f64)> {
    let step = f64::from(n) / 1440.0;
    let mut out = Vec::new();
    let mut k = (from / step).ceil() as i64;
    loop {
        let at = k as f64 * step;
        if at >= to || out.len() > 10_000 {
            break;
        }
        let minutes = (at * 1440.0).round() as i64;
        let (day, minute) = (minutes.div_euclid(1440), minutes.rem_euclid(1440) as u16);
        let date = Date::from_day_number(day);
        out.push((if minute == 0 { date } else { date.at(crate::date::Time { minute, second: None, milli: 0, offset: None }) }, at));
        k += 1;
    }
    out
}

/// The dates (and their day numbers) at `unit` from day `from` to day `to`.
fn unit_ticks(unit: TickUnit, from: i64, to: i64) -> Vec<(Date, i64)> {
    let mut out = Vec::new();
    if from > to {
        return out;
    }
    let (y0, m0, _) = civil_from_days(from);
    match unit {
        TickUnit::Years(n) => {
            // Round years as a reader counts them: before year 1 in years BCE ("2000 BCE",
            // "1000 BCE", not "2001 BCE"), then year 1, then round years CE.
            let n = n as i32;
            let mut year = if y0 <= 1 { 1 - (1 - y0).div_euclid(n) * n } else { y0.div_euclid(n) * n };
            loop {
                let day = days_from_civil(year, 1, 1);
                if day > to {
                    break;
                }
                if day >= from {
                    out.push((Date::year(year), day));
                }
                year = if year == 1 && n > 1 { n } else { year + n };
            }
        }
        TickUnit::Months(n) => {
            let n = n as i32;
            let mut index = (y0 * 12 + i32::from(m0) - 1).div_euclid(n) * n;
            loop {
                let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
                let day = days_from_civil(year, month, 1);
                if day > to {
                    break;
                }
                if day >= from {
                    let date = if month == 1 { Date::year(year) } else { Date::month(year, month) };
                    out.push((date, day));
                }
                index += n;
            }
        }
        TickUnit::Minutes(_) => {}
        TickUnit::Days(n) => {
            let n = i64::from(n);
            let mut day = from.div_euclid(n) * n;
            while day <= to {
                if day >= from {
                    out.push((Date::from_day_number(day), day));
                }
                day += n;
            }
        }
    }
    out
}

/// A stretch of the axis coloured by the tier that held then.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub tier: usize,
    pub x: f64,
    pub width: f64,
}

/// Bands for tier periods; the last one runs to `until_day`.
pub fn bands(periods: &[TierPeriod], scale: &Scale, until_day: i64) -> Vec<Band> {
    periods
        .iter()
        .map(|p| {
            let from = p.from.first_day();
            let to = p.until.map_or(until_day, |d| d.first_day()).max(from);
            let x = scale.x(from as f64);
            Band { tier: p.tier, x, width: scale.x(to as f64) - x }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> i64 {
        days_from_civil(y, m, d)
    }

    fn items(days: &[(i64, i64)]) -> Vec<Item> {
        days.iter().map(|(a, b)| Item { at: *a as f64, first_day: *a, last_day: *b }).collect()
    }

    fn m(max_rows: usize) -> Metrics {
        Metrics { card_width: 100.0, gap: 0.0, max_rows }
    }

    #[test]
    fn fit_puts_first_and_last_inside_the_width() {
        let (a, b) = (day(1973, 1, 1), day(2050, 1, 1));
        let s = Scale::fit(a, b, 1000.0, 160.0, 20.0);
        assert!((s.x(a as f64) - 20.0).abs() < 1e-6);
        assert!((s.x(b as f64) - (1000.0 - 160.0 - 20.0)).abs() < 1e-6);
    }

    #[test]
    fn zoom_keeps_the_anchor_day_in_place() {
        let s = Scale::fit(0, 1000, 800.0, 100.0, 0.0);
        let anchor = 300.0;
        let before = s.day(anchor);
        let z = s.zoomed_to(s.px_per_unit * 2.5, anchor);
        assert!((z.day(anchor) - before).abs() < 1e-9);
        assert!((z.px_per_day(0.0) - 2.5 * s.px_per_day(0.0)).abs() < 1e-12);
    }

    #[test]
    fn distant_events_share_row_zero_and_close_ones_stack() {
        let s = Scale::proportional(0.0, 1.0);
        let p = place(&items(&[(0, 0), (50, 50), (200, 200)]), &s, &m(3));
        assert_eq!(p.slots, [Slot::Card { x: 0.0, row: 0 }, Slot::Card { x: 50.0, row: 1 }, Slot::Card { x: 200.0, row: 0 }]);
        assert_eq!((p.rows, p.lanes()), (2, 2));
    }

    #[test]
    fn overflow_folds_into_one_marker_and_rows_free_up_again() {
        let s = Scale::proportional(0.0, 1.0);
        let p = place(&items(&[(0, 0), (10, 12), (20, 20), (30, 35), (150, 150), (160, 160)]), &s, &m(3));
        assert_eq!(p.clusters.len(), 1);
        assert_eq!(p.clusters[0].members, [2, 3]);
        assert_eq!((p.clusters[0].start_day, p.clusters[0].end_day), (20, 35));
        assert_eq!(p.slots[4], Slot::Card { x: 150.0, row: 0 });
        assert_eq!(p.slots[5], Slot::Card { x: 160.0, row: 1 });
        assert_eq!(p.lanes(), 3);
        // Zoomed in far enough, the same events all get cards.
        let p = place(&items(&[(0, 0), (10, 12), (20, 20), (30, 35)]), &Scale::proportional(0.0, 20.0), &m(3));
        assert!(p.clusters.is_empty());
    }

    #[test]
    fn cards_in_a_row_never_touch_and_keep_date_order() {
        let metrics = Metrics::default();
        let mut spans: Vec<(i64, i64)> = (0..500).map(|i| (i * 7 % 3000 + i / 3, i * 7 % 3000 + i / 3)).collect();
        spans.sort();
        for ppd in [0.05, 0.5, 2.0, 10.0, 60.0] {
            let p = place(&items(&spans), &Scale::proportional(0.0, ppd), &metrics);
            let mut last_in_row = vec![f64::NEG_INFINITY; metrics.max_rows];
            for slot in &p.slots {
                if let Slot::Card { x, row } = slot {
                    assert!(*x >= last_in_row[*row] + metrics.footprint() - 1e-9 || last_in_row[*row] == f64::NEG_INFINITY);
                    last_in_row[*row] = *x;
                }
            }
            let markers: Vec<f64> = p.clusters.iter().map(|c| c.x).collect();
            assert!(markers.windows(2).all(|w| w[1] - w[0] >= metrics.footprint()));
            let folded: usize = p.clusters.iter().map(Cluster::len).sum();
            assert_eq!(folded + p.cards(), spans.len());
        }
    }

    #[test]
    fn years_before_the_era_are_marked_at_round_years_bce() {
        // Astronomical year -2999 is 3000 BCE: the marks before year 1 are round in the
        // years a reader counts, then year 1, then round years again.
        let years = |unit, from: i32, to: i32| -> Vec<i32> {
            unit_ticks(unit, days_from_civil(from, 1, 1), days_from_civil(to, 1, 1)).into_iter().map(|(d, _)| d.year).collect()
        };
        assert_eq!(years(TickUnit::Years(1000), -3299, 1900), [-2999, -1999, -999, 1, 1000]);
        assert_eq!(years(TickUnit::Years(100), -250, 150), [-199, -99, 1, 100]);
        assert_eq!(years(TickUnit::Years(10), 1968, 2001), [1970, 1980, 1990, 2000]);
        assert_eq!(years(TickUnit::Years(1), -2, 2), [-2, -1, 0, 1, 2]);
        let label = crate::i18n::Lang::En.strings().date(&Date::year(-1999));
        assert_eq!(label, "2000 BCE");
    }

    #[test]
    fn ticks_adapt_from_decades_to_days() {
        let wide = Scale::fit(day(1973, 1, 1), day(2050, 1, 1), 1200.0, 160.0, 0.0);
        assert!(matches!(tick_unit(&wide, 0.0, 80.0, false), TickUnit::Years(5) | TickUnit::Years(10)));
        let month = Scale::fit(day(2025, 3, 1), day(2025, 3, 31), 1200.0, 160.0, 0.0);
        assert!(matches!(tick_unit(&month, 0.0, 60.0, false), TickUnit::Days(2) | TickUnit::Days(1)));
        let t = ticks(&wide, day(1973, 1, 1), day(2050, 1, 1), 80.0, &[]);
        assert!(t.len() >= 7);
        assert!(t.iter().all(|t| t.date.month.is_none() && t.date.year % 5 == 0));
        assert!(t.windows(2).all(|w| w[1].x - w[0].x >= 80.0));
    }

    #[test]
    fn a_single_day_with_times_is_marked_in_hours_and_days_without_them_are_not() {
        let d = day(2014, 6, 18);
        let one_day = Scale::proportional(d as f64, 1200.0);
        let timed = ticks(&one_day, d, d, 80.0, &[d as f64 + 0.4]);
        assert!(timed.len() >= 8, "{timed:?}");
        assert!(timed.iter().skip(1).all(|t| t.date.time.is_some_and(|t| t.minute % 60 == 0)), "{timed:?}");
        assert!(timed.windows(2).all(|w| w[1].x - w[0].x >= 80.0));
        assert_eq!(timed[0].date, Date::day(2014, 6, 18), "midnight is marked by its day");
        // Zoomed to an hour across 1,200 px: five-minute marks.
        let one_hour = Scale::proportional(d as f64 + 0.5, 1200.0 * 24.0);
        assert_eq!(tick_unit(&one_hour, d as f64 + 0.5, 80.0, true), TickUnit::Minutes(5));
        let untimed = ticks(&one_day, d, d + 1, 80.0, &[]);
        assert!(untimed.iter().all(|t| t.date.time.is_none()));
        // A time of day on another day does not mark this one in hours.
        let elsewhere = ticks(&one_day, d, d + 1, 80.0, &[d as f64 - 0.5, d as f64 + 2.5]);
        assert!(elsewhere.iter().all(|t| t.date.time.is_none()), "{elsewhere:?}");
    }

    #[test]
    fn a_stretched_day_of_untimed_events_is_not_marked_in_hours_that_none_has() {
        // Years of events, one with a time, then six on one day without times: the story
        // axis widens that day, and marks it by its day alone.
        let talk = day(2024, 5, 1) as f64 + 10.0 / 24.0;
        let busy = day(2025, 3, 12) as f64;
        let mut t = vec![day(1990, 1, 1) as f64, day(2001, 6, 1) as f64, talk];
        t.extend((0..6).map(|k| busy + k as f64 / 6.0));
        t.push(day(2025, 12, 1) as f64);
        let story = story(&t, t[0], t[t.len() - 1], 1280.0, &Metrics::default(), 16.0).unwrap();
        let scale = Scale { map: Rc::new(story.map), origin: -16.0, px_per_unit: 1.0 };
        assert!(scale.px_per_day(busy + 0.5) * TickUnit::Minutes(180).approx_days() >= 80.0, "the day is wide enough for hours");
        let marks = ticks(&scale, day(1990, 1, 1), day(2025, 12, 1), 80.0, &[talk]);
        assert!(marks.iter().all(|m| m.date.time.is_none()), "{marks:?}");
        assert_eq!(marks, ticks(&scale, day(1990, 1, 1), day(2025, 12, 1), 80.0, &[]), "as if no event had a time");
        // With a time on that day, its hours are marked.
        let timed = ticks(&scale, day(1990, 1, 1), day(2025, 12, 1), 80.0, &[talk, busy + 0.5]);
        assert!(timed.iter().any(|m| m.date.time.is_some()), "{timed:?}");
    }

    #[test]
    fn a_widened_day_just_after_a_year_tick_is_marked_by_its_day() {
        // Decades of events, then six on the third day of a year: the story axis widens
        // that day, a stretch away from the year's tick; the day's own mark says more
        // (its day and year) than the year's, which gives way to it.
        let busy = day(2025, 1, 3) as f64;
        let mut t = vec![day(1990, 1, 1) as f64, day(2001, 6, 1) as f64, day(2024, 5, 1) as f64];
        t.extend((0..6).map(|k| busy + k as f64 / 6.0));
        t.push(day(2025, 12, 1) as f64);
        let story = story(&t, t[0], t[t.len() - 1], 1280.0, &Metrics::default(), 16.0).unwrap();
        let scale = Scale { map: Rc::new(story.map), origin: -16.0, px_per_unit: 1.0 };
        let marks = ticks(&scale, day(1990, 1, 1), day(2025, 12, 1), 80.0, &[]);
        let busy_day = marks.iter().find(|m| m.date == Date::day(2025, 1, 3));
        assert!(busy_day.is_some_and(|m| m.with_year), "{marks:?}");
        assert!(marks.windows(2).all(|w| w[1].x - w[0].x >= 80.0), "{marks:?}");
    }

    #[test]
    fn a_day_tick_says_its_year_where_the_tick_before_does_not() {
        // Days across a new year: the first tick, and the first day of the new year.
        let s = Scale::fit(day(2024, 12, 20), day(2025, 1, 10), 1200.0, 0.0, 0.0);
        let t = ticks(&s, day(2024, 12, 20), day(2025, 1, 10), 80.0, &[]);
        assert!(t.iter().all(|t| t.date.day.is_some()), "{t:?}");
        let with_year: Vec<Date> = t.iter().filter(|t| t.with_year).map(|t| t.date).collect();
        assert_eq!(with_year.len(), 2, "{with_year:?}");
        assert_eq!(with_year[0], t[0].date);
        assert_eq!(with_year[1].year, 2025);
        assert!(t.iter().take_while(|t| t.date.year == 2024).skip(1).all(|t| !t.with_year));
        // Years never carry the flag: they say their year anyway.
        let wide = Scale::fit(day(1973, 1, 1), day(2050, 1, 1), 1200.0, 160.0, 0.0);
        assert!(ticks(&wide, day(1973, 1, 1), day(2050, 1, 1), 80.0, &[]).iter().all(|t| !t.with_year));
    }

    #[test]
    fn month_ticks_name_january_by_its_year() {
        let s = Scale::fit(day(2024, 10, 1), day(2025, 6, 1), 1200.0, 0.0, 0.0);
        let t = ticks(&s, day(2024, 10, 1), day(2025, 6, 1), 100.0, &[]);
        assert!(t.iter().any(|t| t.date == Date::year(2025)));
        assert!(t.iter().any(|t| t.date == Date::month(2024, 11) || t.date == Date::month(2025, 4)));
    }

    #[test]
    fn bands_run_until_the_next_tier() {
        let periods = [
            TierPeriod { tier: 0, from: Date::year(1973), until: Some(Date::year(2013)) },
            TierPeriod { tier: 1, from: Date::year(2013), until: None },
        ];
        let s = Scale::proportional(day(1973, 1, 1) as f64, 0.01);
        let b = bands(&periods, &s, day(2030, 1, 1));
        assert_eq!(b.len(), 2);
        assert!((b[0].x + b[0].width - b[1].x).abs() < 1e-9);
        assert!(b[1].width > 0.0);
    }

    /// Times as the view makes them: first days, events of one day in order within it.
    fn times(days: &[i64]) -> Vec<f64> {
        let mut out: Vec<f64> = Vec::new();
        for (i, d) in days.iter().enumerate() {
            let same = days[..i].iter().filter(|x| *x == d).count();
            let all = days.iter().filter(|x| *x == d).count();
            out.push(*d as f64 + same as f64 / all as f64);
        }
        out
    }

    #[test]
    fn a_story_axis_gives_every_event_a_card_when_the_width_allows() {
        // Two events decades back, then twelve in one spring, three on one day.
        let mut days = vec![day(1973, 8, 1), day(1996, 1, 1)];
        days.extend((0..9).map(|k| day(2025, 3, 1) + k * 3));
        days.extend([day(2025, 3, 12); 3]);
        days.sort();
        let t = times(&days);
        let metrics = Metrics::default();
        let story = story(&t, t[0], *t.last().unwrap(), 960.0, &metrics, 16.0).unwrap();
        let scale = Scale { map: Rc::new(story.map), origin: -16.0, px_per_unit: 1.0 };
        let it: Vec<Item> = t.iter().zip(&days).map(|(at, d)| Item { at: *at, first_day: *d, last_day: *d }).collect();
        let p = place(&it, &scale, &metrics);
        assert!(p.clusters.is_empty(), "{p:?}");
        // The map keeps time's order, and the last card ends inside the width.
        assert!(t.windows(2).all(|w| scale.x(w[1]) > scale.x(w[0])));
        assert!(scale.x(*t.last().unwrap()) + metrics.card_width <= 960.0 - 16.0 + 1e-6);
        // The 23 quiet years are compressed and said to be.
        assert!(story.breaks.iter().any(|b| b.from <= day(1973, 8, 1) as f64 && b.to >= day(1996, 1, 1) as f64));
        // Ticks stand at their own dates, in order, never closer than asked.
        let ticks = ticks(&scale, days[0], days[days.len() - 1], 80.0, &[]);
        assert!(ticks.len() >= 3);
        assert!(ticks.windows(2).all(|w| w[1].x - w[0].x >= 80.0 - 1e-9 && w[1].date > w[0].date));
        assert!(ticks.iter().all(|t| (scale.x(t.date.first_day() as f64) - t.x).abs() < 1e-6));
    }

    #[test]
    fn hours_after_a_break_are_told_their_day() {
        // One event long ago, then a night of results: after the break, the hours.
        let night = day(2000, 11, 7) as f64;
        let t = vec![day(-2000, 1, 1) as f64, night + 19.5 / 24.0, night + 21.0 / 24.0, night + 23.75 / 24.0, night + 1.0 + 2.25 / 24.0];
        let story = story(&t, t[0], t[4], 1280.0, &Metrics::default(), 16.0).unwrap();
        let scale = Scale { map: Rc::new(story.map), origin: -16.0, px_per_unit: 1.0 };
        let marks = ticks(&scale, day(-2000, 1, 1), day(2000, 11, 8), 80.0, &t[1..]);
        let first_hour = marks.iter().position(|t| t.date.time.is_some()).expect("hours are marked");
        // The tick before the first hour is the night's day, with its year; no year tick
        // crowds it.
        let before = &marks[first_hour - 1];
        assert_eq!(before.date, Date::day(2000, 11, 7), "{marks:?}");
        assert!(before.with_year);
        assert!((scale.x(night) - before.x).abs() < 1e-6);
        assert!(marks.windows(2).all(|w| w[1].x - w[0].x >= 80.0 - 1e-9 && w[1].date > w[0].date), "{marks:?}");
        // Zoomed into one day from its midnight, the midnight's own tick says the day,
        // once.
        let d = day(2014, 6, 18);
        let one_day = ticks(&Scale::proportional(d as f64, 1200.0), d, d, 80.0, &[d as f64 + 0.5]);
        assert_eq!(one_day.iter().filter(|t| t.date.time.is_none()).count(), 1, "{one_day:?}");
    }

    #[test]
    fn a_story_axis_too_narrow_for_every_card_still_keeps_order() {
        let days: Vec<i64> = (0..400).map(|k| day(2020, 1, 1) + k / 4).collect();
        let t = times(&days);
        let story = story(&t, t[0], t[t.len() - 1], 800.0, &Metrics::default(), 16.0).unwrap();
        let units: Vec<f64> = t.iter().map(|x| story.map.unit(*x)).collect();
        assert!(units.windows(2).all(|w| w[1] > w[0]));
        assert!((units[units.len() - 1] - (800.0 - 168.0 - 32.0)).abs() < 1e-6);
        assert!((story.map.day(units[100]) - t[100]).abs() < 1e-6);
    }
}
