//! The first view: how many events a reader sees as legible cards before touching
//! anything (a card whose date and title are inside the visible area, overlapping no
//! other). The bundled timeline must show all of them at the widths of the demo
//! article on desktops; other shapes of data print their share (`--nocapture`).

use relationship_timeline::generate::{shaped_timeline_json, Shape};
use relationship_timeline::i18n::Lang;
use relationship_timeline::layout::{Metrics, Slot};
use relationship_timeline::model::Timeline;
use relationship_timeline::parse::parse;
use relationship_timeline::view::{Axis, Msg, View};

/// The widget's width on the demo article at page widths of 1024 and 1280 px (the
/// article column widened by 140 px each side), and the page widths themselves.
const DESKTOP_WIDTHS: [f64; 3] = [960.0, 1024.0, 1280.0];

fn bundled() -> Timeline {
    parse(relationship_timeline::bundled::VIETNAM_SINGAPORE).timeline
}

/// The share of events a reader sees as legible cards, checked as a reader would:
/// inside the visible area and overlapping no other card.
fn legible_share(view: &View, events: usize) -> f64 {
    let m = view.metrics;
    let cards: Vec<(usize, f64, usize)> = view
        .shown()
        .iter()
        .filter_map(|i| match view.slot(*i) {
            Some(Slot::Card { x, row }) => Some((*i, x, row)),
            _ => None,
        })
        .collect();
    for (a, xa, ra) in &cards {
        for (b, xb, rb) in &cards {
            assert!(a == b || ra != rb || (xa - xb).abs() >= m.card_width, "cards {a} and {b} overlap");
        }
    }
    let legible = view.legible().count();
    assert!(legible <= cards.len());
    legible as f64 / events as f64
}

#[test]
fn the_bundled_timeline_shows_every_event_at_desktop_widths() {
    let t = bundled();
    for width in DESKTOP_WIDTHS {
        let view = View::new(&t, Lang::Vi, width, Metrics::default());
        let share = legible_share(&view, t.events.len());
        println!("first view, bundled ({} events), {width} px: {:.0} % legible, {:?} axis", t.events.len(), share * 100.0, view.axis);
        assert_eq!(share, 1.0, "at {width} px only {:.0} % of events are legible", share * 100.0);
        assert!(view.placement().clusters.is_empty());
        // The quiet decades are compressed, and the axis says where.
        assert!(!view.breaks().is_empty());
    }
}

/// The axis under the bundled timeline's first view marks the years of its compressed
/// stretches and its widened day; a stretch of days that starts on 1 January is marked
/// by its year ("2023"), not by "1/1/2023", which is no event's day.
#[test]
fn the_bundled_timelines_axis_marks_its_years_and_its_busy_day() {
    let t = bundled();
    let strings = Lang::En.strings();
    for width in DESKTOP_WIDTHS {
        let view = View::new(&t, Lang::En, width, Metrics::default());
        let (from, to) = view.day_range();
        let ticks = relationship_timeline::layout::ticks(&view.scale, from, to, 80.0, view.timed_at());
        let labels: Vec<String> = ticks.iter().map(|k| strings.tick(&k.date)).collect();
        println!("axis, bundled, {width} px: {labels:?}");
        // No event of this timeline is on a 1 January: such a day's mark is a stretch's
        // first day standing where its year's mark was.
        assert!(!ticks.iter().any(|k| k.date.day == Some(1) && k.date.month == Some(1)), "{width} px: {labels:?}");
        assert!(ticks.iter().any(|k| k.date == relationship_timeline::date::Date::year(2000)), "{width} px: {labels:?}");
        // On the demo article, the day the story is about is marked.
        if width < 1280.0 {
            assert!(ticks.iter().any(|k| k.date == relationship_timeline::date::Date::day(2025, 3, 12)), "{width} px: {labels:?}");
        }
    }
}

#[test]
fn the_proportional_axis_is_one_message_away_and_back() {
    let t = bundled();
    let mut view = View::new(&t, Lang::En, 960.0, Metrics::default());
    assert_eq!(view.axis, Axis::Story);
    view.update(Msg::SetAxis(Axis::Proportional));
    assert_eq!(view.axis, Axis::Proportional);
    assert!(view.breaks().is_empty());
    // In proportional time 1973–2050 in 960 px, the spring of 2025 folds.
    assert!(!view.placement().clusters.is_empty());
    let (a, b) = (view.scale.x(t.events[0].start_day() as f64), view.scale.x(t.events[2].start_day() as f64));
    let (c, d) = (view.scale.x(t.events[2].start_day() as f64), view.scale.x(t.events[3].start_day() as f64));
    let days = |i: usize, j: usize| (t.events[j].start_day() - t.events[i].start_day()) as f64;
    assert!(((b - a) / days(0, 2) - (d - c) / days(2, 3)).abs() < 1e-9, "one rate for all time");
    view.update(Msg::SetAxis(Axis::Story));
    assert!(view.placement().clusters.is_empty());
}

#[test]
fn a_few_events_far_apart_keep_proportional_time() {
    let text = r#"{"format":"relationship-timeline/1","id":"t","title":"T","events":[
        {"id":"a","date":"1990","kind":"visit","title":"A"},
        {"id":"b","date":"2000","kind":"visit","title":"B"},
        {"id":"c","date":"2010","kind":"visit","title":"C"}]}"#;
    let view = View::new(&parse(text).timeline, Lang::En, 1280.0, Metrics::default());
    assert_eq!(view.axis, Axis::Proportional);
    assert_eq!(legible_share(&view, 3), 1.0);
}

#[test]
fn clumped_relationships_print_their_first_view_share() {
    for n in [20, 50, 100] {
        let t = parse(&shaped_timeline_json(n, 7, Shape::Clumped)).timeline;
        assert_eq!(t.events.len(), n);
        for width in DESKTOP_WIDTHS {
            let view = View::new(&t, Lang::En, width, Metrics::default());
            let share = legible_share(&view, n);
            let proportional = {
                let mut v = view.clone();
                v.update(Msg::SetAxis(Axis::Proportional));
                legible_share(&v, n)
            };
            println!(
                "first view, clumped {n} events, {width} px: {:.0} % legible ({:.0} % in proportional time)",
                share * 100.0,
                proportional * 100.0
            );
            // Never fewer than proportional time shows, and all of twenty.
            assert!(share >= proportional);
            if n == 20 {
                assert_eq!(share, 1.0, "20 clumped events at {width} px");
            }
        }
    }
}

#[test]
fn a_cluster_stands_only_where_its_events_cannot_be_cards() {
    // A cluster appears only when the rows are full: at the marker, every card row is
    // taken by a card within one card width before it.
    for (n, shape) in [(100, Shape::Clumped), (300, Shape::Spread), (500, Shape::OneDay)] {
        let t = parse(&shaped_timeline_json(n, 3, shape)).timeline;
        let view = View::new(&t, Lang::En, 960.0, Metrics::default());
        let m = view.metrics;
        let p = view.placement();
        for c in &p.clusters {
            let busy = (0..p.rows)
                .filter(|row| {
                    view.shown().iter().any(
                        |i| matches!(view.slot(*i), Some(Slot::Card { x, row: r }) if r == *row && x <= c.x && c.x < x + m.footprint()),
                    )
                })
                .count();
            assert_eq!(busy, m.card_rows(), "{shape:?}: a cluster at {} with a free row", c.x);
        }
    }
}

/// A wedding day in thirteen timed events (hours apart, two in one minute): each gets
/// a card of its own at its time, in the file's order within the minute, and the axis
/// is marked in hours, not one column of thirteen cards under one date.
#[test]
fn a_day_of_timed_events_reads_like_a_day() {
    let times = ["09:00", "10:15", "11:00", "11:30", "12:00", "12:00", "13:45", "15:00", "16:20", "17:00", "18:30", "20:00", "23:15"];
    let events: Vec<String> = times
        .iter()
        .enumerate()
        .map(|(i, t)| format!(r#"{{"id": "e{i}", "date": "2014-06-18T{t}", "kind": "other", "title": {{"en": "Moment {i}"}}}}"#))
        .collect();
    let json = format!(
        r#"{{"format": "relationship-timeline/1", "id": "wedding", "title": {{"en": "A day"}}, "events": [{}]}}"#,
        events.join(",")
    );
    let parsed = parse(&json);
    assert!(parsed.is_valid(), "{:?}", parsed.problems);
    let t = parsed.timeline;
    assert_eq!(t.events[4].id, "e4");
    assert_eq!(t.events[5].id, "e5", "two events in one minute keep the file's order");
    for width in [375.0, 1280.0] {
        let view = View::new(&t, Lang::En, width, Metrics::default());
        let xs: Vec<f64> = (0..t.events.len())
            .filter_map(|i| match view.slot(i) {
                Some(Slot::Card { x, .. }) => Some(x),
                _ => None,
            })
            .collect();
        if width >= 1280.0 {
            assert_eq!(xs.len(), times.len(), "every moment is a card at {width} px");
            let spread = xs[xs.len() - 1] - xs[0];
            assert!(spread > width / 2.0, "spread across the day, not one column: {xs:?}");
            assert!(view.placement().rows < times.len() / 2, "{} rows", view.placement().rows);
        }
        assert!(xs.windows(2).all(|w| w[1] > w[0]), "cards in time order at {width} px: {xs:?}");
        let ticks =
            relationship_timeline::layout::ticks(&view.scale, t.events[0].start_day(), t.events[0].start_day(), 72.0, view.timed_at());
        let labels: Vec<String> = ticks.iter().map(|k| Lang::En.strings().tick(&k.date)).collect();
        assert!(labels.iter().any(|l| l.ends_with(" AM") || l.ends_with(" PM")), "ticks in hours at {width} px: {labels:?}");
    }
}

/// An election night (TimelineJS's sheet: a founding legend in 2520 BCE, then five
/// moments of one night) in a box whose fixed height leaves two or three lanes: the
/// first fit, made before the box's room is known, had every card in proportional time
/// over seven rows; in the rows the box holds, that folds the night into a "+3" while the
/// story axis shows every moment. The view takes the axis again when its room changes,
/// until the reader chooses one.
#[test]
fn a_box_with_room_for_few_lanes_gets_the_axis_that_shows_every_event() {
    let sheet = include_str!("data/timelinejs-sheet.csv");
    let t = relationship_timeline::import::parse_any(sheet).0.timeline;
    let n = t.events.len();
    for (width, lanes) in [(1194.0, 2), (1194.0, 3), (700.0, 3)] {
        let mut view = View::new(&t, Lang::En, width, Metrics::default());
        assert_eq!(legible_share(&view, n), 1.0, "{width} px, seven lanes");
        view.update(Msg::Lanes(lanes));
        assert_eq!(legible_share(&view, n), 1.0, "{width} px, {lanes} lanes: {:?} axis", view.axis);
        assert!(view.placement().clusters.is_empty());
        assert_eq!(view.axis, Axis::Story);
        // The room given back: proportional time has room for every card again.
        view.update(Msg::Lanes(7));
        assert_eq!((view.axis, legible_share(&view, n)), (Axis::Proportional, 1.0));
    }
    // Once the reader has chosen the axis, a change of room keeps it.
    let mut view = View::new(&t, Lang::En, 1194.0, Metrics::default());
    view.update(Msg::SetAxis(Axis::Proportional));
    view.update(Msg::Lanes(2));
    assert_eq!(view.axis, Axis::Proportional);
    assert!(!view.placement().clusters.is_empty());
}

/// Where the first fit keeps proportional time (the story axis shows no more cards),
/// the view is the proportional fit itself: the same placement, scale and scroll as a
/// reader asking for proportional time gets, with no breaks left from the story axis
/// tried in between.
#[test]
fn the_axis_kept_after_trying_the_other_is_fitted_as_if_chosen() {
    let mut kept_with_clusters = 0;
    for shape in [Shape::Spread, Shape::Clumped, Shape::OneDay] {
        for events in [12, 60, 400] {
            let t = parse(&shaped_timeline_json(events, 7, shape)).timeline;
            for width in [700.0, 960.0, 1400.0] {
                for lanes in [2, 3, 7] {
                    let mut view = View::new(&t, Lang::En, width, Metrics::default());
                    view.update(Msg::Lanes(lanes));
                    let mut chosen = view.clone();
                    let other = if view.axis == Axis::Story { Axis::Proportional } else { Axis::Story };
                    chosen.update(Msg::SetAxis(other));
                    chosen.update(Msg::SetAxis(view.axis));
                    assert_eq!(view.placement(), chosen.placement(), "{shape:?}, {events} events, {width} px, {lanes} lanes");
                    assert_eq!((view.scale.px_per_unit, view.scroll), (chosen.scale.px_per_unit, chosen.scroll));
                    assert_eq!(view.breaks().len(), chosen.breaks().len());
                    if view.axis == Axis::Proportional {
                        assert!(view.breaks().is_empty());
                        kept_with_clusters += usize::from(!view.placement().clusters.is_empty());
                    }
                }
            }
        }
    }
    assert!(kept_with_clusters > 0, "no case kept proportional time over a story axis it tried");
}
