//! Layout and keyboard navigation on arbitrary events and widths: cards never overlap
//! and every event can be focused, in date order, as a card.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::date::Date;
use relationship_timeline::i18n::Lang;
use relationship_timeline::layout::{Metrics, Slot};
use relationship_timeline::model::{Event, Kind, Status, Text, Timeline};
use relationship_timeline::view::{Move, Msg, View};

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let width = 200.0 + f64::from(u16::from_le_bytes([data[0], data[1]]) % 2400);
    let zooms = data[2] % 8;
    let mut events: Vec<Event> = data[3..]
        .chunks(4)
        .take(300)
        .enumerate()
        .map(|(i, c)| {
            let day = i64::from(i16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)])) * 37;
            let d = Date::from_day_number(day);
            let date = match c.get(2).unwrap_or(&0) % 3 {
                0 => Date::year(d.year),
                1 => Date::month(d.year, d.month.unwrap_or(1)),
                _ => d,
            };
            let span = i64::from(*c.get(3).unwrap_or(&0));
            Event {
                id: format!("e{i}"),
                date,
                end: (span > 200).then(|| Date::from_day_number(date.last_day() + span * 20)),
                kind: Kind::Other,
                status: Status::Happened,
                tier: None,
                pillars: vec![],
                by: Vec::new(),
                to: None,
                actors: vec![],
                place: None,
                title: Text::plain("x"),
                summary: Text::default(),
                note: None,
                display_date: None,
                media: None,
                citations: vec![],
            }
        })
        .collect();
    events.sort_by(|a, b| a.date.cmp(&b.date));
    let t = Timeline { events, ..Timeline::default() };
    let metrics = Metrics::default();
    let mut view = View::new(&t, Lang::En, width, metrics);
    for _ in 0..zooms {
        view.update(Msg::Zoom { factor: 2.0, anchor: width / 2.0 });
    }
    let mut last = vec![f64::NEG_INFINITY; metrics.max_rows];
    for slot in &view.placement().slots {
        if let Slot::Card { x, row } = slot {
            // Zoomed in all the way, a day may take more rows than usual.
            if *row >= last.len() {
                last.resize(*row + 1, f64::NEG_INFINITY);
            }
            assert!(*x >= last[*row] + metrics.card_width + metrics.gap - 1e-6);
            last[*row] = *x;
        }
    }
    view.update(Msg::Focus(Move::First));
    for i in 0..t.events.len() {
        assert_eq!(view.focused, i);
        if !view.is_narrow() {
            assert!(matches!(view.slot(i), Some(Slot::Card { .. })));
        }
        view.update(Msg::Focus(Move::Next));
    }
});
