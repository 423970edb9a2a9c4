//! Where things go on a horizontal time axis, given the width and zoom as arguments.
//!
//! Cards are stacked in rows so they never overlap; a run of events too dense for the
//! rows available becomes one cluster marker ("+N") that a reader can open by zooming
//! in. Ticks adapt their unit (centuries to days) to the zoom; tier bands show which
//! level the relationship held at each date. Nothing here reads the browser.

use crate::date::{civil_from_days, days_from_civil, Date};
use crate::model::TierPeriod;

/// `v` held within `lo..=hi` (`hi` wins when `lo > hi`; NaN becomes `lo`). Unlike
/// `f64::clamp` it cannot panic, so the wasm build carries no float formatting for the
/// panic message.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// Maps day numbers to pixels along the track: `x = (day - origin) * px_per_day`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub origin: f64,
    pub px_per_day: f64,
}

impl Scale {
    pub fn x(&self, day: f64) -> f64 {
        (day - self.origin) * self.px_per_day
    }

    pub fn day(&self, x: f64) -> f64 {
        self.origin + x / self.px_per_day
    }

    /// The scale that shows days `first..=last` in `width` pixels, leaving `margin`
    /// pixels on the left and `margin + card_width` on the right so the last card fits.
    pub fn fit(first: i64, last: i64, width: f64, card_width: f64, margin: f64) -> Scale {
        let days = ((last - first) as f64).max(1.0);
        let usable = (width - card_width - 2.0 * margin).max(1.0);
        let px_per_day = usable / days;
        Scale { origin: first as f64 - margin / px_per_day, px_per_day }
    }

    /// The same scale zoomed by `factor` around the day at `anchor_x`, which stays put.
    pub fn zoom(&self, factor: f64, anchor_x: f64) -> Scale {
        let anchor_day = self.day(anchor_x);
        let px_per_day = clamp(self.px_per_day * factor, MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        Scale { origin: anchor_day - anchor_x / px_per_day, px_per_day }
    }
}

/// Most zoomed out: 100,000 years across a phone screen.
pub const MIN_PX_PER_DAY: f64 = 1e-5;
/// Most zoomed in: a day is as wide as two cards.
pub const MAX_PX_PER_DAY: f64 = 400.0;

/// Sizes the placement works with, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    pub card_width: f64,
    /// Horizontal space kept between cards in one row.
    pub gap: f64,
    /// Rows available before dense runs are clustered.
    pub max_rows: usize,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics { card_width: 168.0, gap: 8.0, max_rows: 4 }
    }
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
    /// First and last day the folded events cover.
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
}

/// Places events given as `(first_day, last_day)` in date order of `first_day`.
///
/// Each event takes the first of `max_rows - 1` card rows that is free at its date; an
/// event no row has room for is folded into a cluster marker in a lane of its own (the
/// marker at the open cluster if it still covers that date, a new one otherwise).
/// Cards in a row keep their date order and never touch; markers never touch.
pub fn place(spans: &[(i64, i64)], scale: &Scale, metrics: &Metrics) -> Placement {
    let mut placement = Placement { slots: Vec::with_capacity(spans.len()), clusters: Vec::new(), rows: 1 };
    let footprint = metrics.card_width + metrics.gap;
    let card_rows = metrics.max_rows.max(2) - 1;
    let mut row_ends: Vec<f64> = Vec::with_capacity(card_rows.min(16));
    let mut lane_end = f64::NEG_INFINITY;
    for (i, span) in spans.iter().enumerate() {
        let x = scale.x(span.0 as f64);
        let free = row_ends.iter().position(|end| *end <= x);
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
                placement.clusters.push(Cluster { x, members: Vec::new(), start_day: span.0, end_day: span.1 });
                placement.clusters.len() - 1
            }
        };
        let c = &mut placement.clusters[cluster];
        c.members.push(i);
        c.start_day = c.start_day.min(span.0);
        c.end_day = c.end_day.max(span.1);
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
}

impl TickUnit {
    /// Rough length of one step in days, for choosing a unit.
    fn approx_days(self) -> f64 {
        match self {
            TickUnit::Years(n) => 365.2425 * f64::from(n),
            TickUnit::Months(n) => 30.436875 * f64::from(n),
            TickUnit::Days(n) => f64::from(n),
        }
    }
}

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
}

/// The finest unit whose ticks stay at least `min_spacing` pixels apart.
pub fn tick_unit(scale: &Scale, min_spacing: f64) -> TickUnit {
    TICK_UNITS
        .iter()
        .copied()
        .find(|u| u.approx_days() * scale.px_per_day >= min_spacing)
        .unwrap_or(TickUnit::Years(10000))
}

/// Ticks between days `from` and `to` (inclusive) at the unit that suits the scale.
pub fn ticks(scale: &Scale, from: i64, to: i64, min_spacing: f64) -> Vec<Tick> {
    let unit = tick_unit(scale, min_spacing);
    let mut out = Vec::new();
    let (y0, m0, d0) = civil_from_days(from);
    match unit {
        TickUnit::Years(n) => {
            let n = n as i32;
            let mut year = y0.div_euclid(n) * n;
            loop {
                let day = days_from_civil(year, 1, 1);
                if day > to {
                    break;
                }
                if day >= from {
                    out.push(Tick { x: scale.x(day as f64), date: Date::year(year) });
                }
                year += n;
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
                    out.push(Tick { x: scale.x(day as f64), date });
                }
                index += n;
            }
        }
        TickUnit::Days(n) => {
            let _ = d0;
            let n = i64::from(n);
            let mut day = from.div_euclid(n) * n;
            while day <= to {
                if day >= from {
                    let date = Date::from_day_number(day);
                    out.push(Tick { x: scale.x(day as f64), date });
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
        let z = s.zoom(2.5, anchor);
        assert!((z.day(anchor) - before).abs() < 1e-9);
        assert!((z.px_per_day - 2.5 * s.px_per_day).abs() < 1e-12);
    }

    #[test]
    fn distant_events_share_row_zero_and_close_ones_stack() {
        let m = Metrics { card_width: 100.0, gap: 0.0, max_rows: 3 };
        let s = Scale { origin: 0.0, px_per_day: 1.0 };
        let p = place(&[(0, 0), (50, 50), (200, 200)], &s, &m);
        assert_eq!(p.slots, [Slot::Card { x: 0.0, row: 0 }, Slot::Card { x: 50.0, row: 1 }, Slot::Card { x: 200.0, row: 0 }]);
        assert_eq!((p.rows, p.lanes()), (2, 2));
    }

    #[test]
    fn overflow_folds_into_one_marker_and_rows_free_up_again() {
        let m = Metrics { card_width: 100.0, gap: 0.0, max_rows: 3 };
        let s = Scale { origin: 0.0, px_per_day: 1.0 };
        let p = place(&[(0, 0), (10, 12), (20, 20), (30, 35), (150, 150), (160, 160)], &s, &m);
        assert_eq!(p.clusters.len(), 1);
        assert_eq!(p.clusters[0].members, [2, 3]);
        assert_eq!((p.clusters[0].start_day, p.clusters[0].end_day), (20, 35));
        assert_eq!(p.slots[4], Slot::Card { x: 150.0, row: 0 });
        assert_eq!(p.slots[5], Slot::Card { x: 160.0, row: 1 });
        assert_eq!(p.lanes(), 3);
        // Zoomed in far enough, the same events all get cards.
        let p = place(&[(0, 0), (10, 12), (20, 20), (30, 35)], &Scale { origin: 0.0, px_per_day: 20.0 }, &m);
        assert!(p.clusters.is_empty());
    }

    #[test]
    fn cards_in_a_row_never_touch_and_keep_date_order() {
        let m = Metrics::default();
        let spans: Vec<(i64, i64)> = (0..500).map(|i| (i * 7 % 3000 + i / 3, i * 7 % 3000 + i / 3)).collect();
        let mut spans = spans;
        spans.sort();
        for ppd in [0.05, 0.5, 2.0, 10.0, 60.0] {
            let p = place(&spans, &Scale { origin: 0.0, px_per_day: ppd }, &m);
            let mut last_in_row = vec![f64::NEG_INFINITY; m.max_rows];
            for slot in &p.slots {
                if let Slot::Card { x, row } = slot {
                    assert!(*x >= last_in_row[*row] + m.card_width + m.gap - 1e-9 || last_in_row[*row] == f64::NEG_INFINITY);
                    last_in_row[*row] = *x;
                }
            }
            let markers: Vec<f64> = p.clusters.iter().map(|c| c.x).collect();
            assert!(markers.windows(2).all(|w| w[1] - w[0] >= m.card_width + m.gap));
            let folded: usize = p.clusters.iter().map(Cluster::len).sum();
            assert_eq!(folded + p.slots.iter().filter(|s| matches!(s, Slot::Card { .. })).count(), spans.len());
        }
    }

    #[test]
    fn ticks_adapt_from_decades_to_days() {
        let wide = Scale::fit(day(1973, 1, 1), day(2050, 1, 1), 1200.0, 160.0, 0.0);
        assert!(matches!(tick_unit(&wide, 80.0), TickUnit::Years(5) | TickUnit::Years(10)));
        let month = Scale::fit(day(2025, 3, 1), day(2025, 3, 31), 1200.0, 160.0, 0.0);
        assert!(matches!(tick_unit(&month, 60.0), TickUnit::Days(2) | TickUnit::Days(1)));
        let t = ticks(&wide, day(1973, 1, 1), day(2050, 1, 1), 80.0);
        assert!(t.len() >= 7);
        assert!(t.iter().all(|t| t.date.month.is_none() && t.date.year % 5 == 0));
        assert!(t.windows(2).all(|w| w[1].x - w[0].x >= 80.0));
    }

    #[test]
    fn month_ticks_name_january_by_its_year() {
        let s = Scale::fit(day(2024, 10, 1), day(2025, 6, 1), 1200.0, 0.0, 0.0);
        let t = ticks(&s, day(2024, 10, 1), day(2025, 6, 1), 100.0);
        assert!(t.iter().any(|t| t.date == Date::year(2025)));
        assert!(t.iter().any(|t| t.date == Date::month(2024, 11) || t.date == Date::month(2025, 4)));
    }

    #[test]
    fn bands_run_until_the_next_tier() {
        let periods = [
            TierPeriod { tier: 0, from: Date::year(1973), until: Some(Date::year(2013)) },
            TierPeriod { tier: 1, from: Date::year(2013), until: None },
        ];
        let s = Scale { origin: day(1973, 1, 1) as f64, px_per_day: 0.01 };
        let b = bands(&periods, &s, day(2030, 1, 1));
        assert_eq!(b.len(), 2);
        assert!((b[0].x + b[0].width - b[1].x).abs() < 1e-9);
        assert!(b[1].width > 0.0);
    }
}
