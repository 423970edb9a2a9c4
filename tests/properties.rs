//! Properties of layout and navigation for arbitrary events and container widths.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use relationship_timeline::date::Date;
use relationship_timeline::i18n::Lang;
use relationship_timeline::json::Pos;
use relationship_timeline::layout::{place, Item, Metrics, Scale, Slot};
use relationship_timeline::model::{Event, Kind, Status, Text, Timeline};
use relationship_timeline::problem::{Problem, ProblemKind};
use relationship_timeline::view::{Move, Msg, View};

/// Events from (day offset, span length, precision) triples, in date order.
fn timeline(specs: &[(i64, i64, u8)]) -> Timeline {
    let mut events: Vec<Event> = specs
        .iter()
        .enumerate()
        .map(|(i, (offset, length, precision))| {
            let d = Date::from_day_number(*offset);
            let date = match precision % 3 {
                0 => Date::year(d.year),
                1 => Date::month(d.year, d.month.unwrap_or(1)),
                _ => d,
            };
            let end = (*length > 0).then(|| Date::from_day_number(date.last_day() + length));
            Event {
                id: format!("e{i}"),
                date,
                end,
                kind: Kind::Visit,
                status: Status::Happened,
                tier: None,
                pillars: vec![],
                by: Vec::new(),
                to: None,
                actors: vec![],
                place: None,
                title: Text::plain("t"),
                summary: Text::default(),
                note: None,
                display_date: None,
                media: None,
                citations: vec![],
            }
        })
        .collect();
    events.sort_by_key(|a| a.date);
    Timeline { events, ..Timeline::default() }
}

fn specs() -> impl Strategy<Value = Vec<(i64, i64, u8)>> {
    // From a few days to four centuries apart, some spans, mixed precisions.
    prop::collection::vec((-40_000i64..120_000, prop_oneof![Just(0i64), 1i64..2_000], 0u8..3), 1..120)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn bytes_that_are_not_utf8_read_as_browsers_read_them_and_the_first_is_placed(
        head in "[a-zé\n]{0,12}",
        tail in proptest::collection::vec(any::<u8>(), 0..40),
    ) {
        // Text, then bytes of any kind (some valid UTF-8, some not). Plain UTF-16 is
        // told apart by its zero bytes: those inputs are another reader's.
        let mut bytes = head.clone().into_bytes();
        bytes.extend(&tail);
        prop_assume!(!bytes.is_empty() && bytes[0] != 0 && bytes.get(1) != Some(&0) && !bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF]));
        let (text, problem) = relationship_timeline::parse::decode(&bytes);
        prop_assert_eq!(&text, &String::from_utf8_lossy(&bytes));
        match std::str::from_utf8(&bytes) {
            Ok(_) => prop_assert!(problem.is_none()),
            Err(e) => {
                let problem = problem.expect("a problem");
                prop_assert_eq!(problem.kind, ProblemKind::NotUtf8);
                let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap();
                let last_line = good.rsplit('\n').next().unwrap_or("");
                prop_assert_eq!(problem.pos, Pos { line: good.matches('\n').count() as u32 + 1, col: last_line.chars().count() as u32 + 1 });
            }
        }
    }

    #[test]
    fn events_are_put_in_date_order_keeping_the_given_order_of_equal_dates(specs in specs(), dup in 0usize..40) {
        // The events of `timeline` in shuffled order (by a fixed stride), some of them
        // on dates shared with others.
        let mut events = timeline(&specs).events;
        let n = events.len();
        for i in 0..dup.min(n / 2) {
            let date = events[i].date;
            events[n - 1 - i].date = date;
            events[n - 1 - i].end = None;
        }
        let stride = [7, 11, 13].into_iter().find(|s: &usize| !n.is_multiple_of(*s)).unwrap_or(1);
        let given: Vec<Event> = (0..n).map(|k| events[(k * stride) % n].clone()).collect();
        let mut expected = given.clone();
        expected.sort_by_key(|e| (e.date.first_day(), e.date.precision()));
        let mut sorted = given;
        relationship_timeline::model::sort_events(&mut sorted);
        let ids = |v: &[Event]| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ids(&sorted), ids(&expected));
    }

    #[test]
    fn problems_are_put_in_document_order_keeping_the_order_found(places in proptest::collection::vec((1u32..50, 1u32..5), 0..300)) {
        let given: Vec<Problem> = places
            .iter()
            .enumerate()
            .map(|(i, &(line, col))| Problem::warning(format!("p{i}"), Pos { line, col }, ProblemKind::NoCitation))
            .collect();
        let mut expected = given.clone();
        expected.sort_by_key(|p| (p.pos.line, p.pos.col));
        let mut sorted = given;
        relationship_timeline::problem::sort_problems(&mut sorted);
        let paths = |v: &[Problem]| v.iter().map(|p| p.path.clone()).collect::<Vec<_>>();
        prop_assert_eq!(paths(&sorted), paths(&expected));
    }

    #[test]
    fn cards_never_overlap_and_keep_date_order(specs in specs(), width in 200.0f64..2400.0, zoom in 0.0f64..1.0) {
        let t = timeline(&specs);
        let spans: Vec<(i64, i64)> = t.events.iter().map(|e| (e.start_day(), e.end_day())).collect();
        let metrics = Metrics::default();
        let first = spans.iter().map(|s| s.0).min().unwrap();
        let last = spans.iter().map(|s| s.1).max().unwrap();
        let fit = Scale::fit(first, last, width, metrics.card_width, 16.0);
        let scale = fit.zoomed_to(fit.px_per_unit * (1.0 + zoom * 200.0), 0.0);
        let items: Vec<Item> = spans.iter().map(|s| Item { at: s.0 as f64, first_day: s.0, last_day: s.1 }).collect();
        let p = place(&items, &scale, &metrics);
        prop_assert_eq!(p.slots.len(), spans.len());
        let mut last_x = vec![f64::NEG_INFINITY; metrics.max_rows];
        for (slot, span) in p.slots.iter().zip(&spans) {
            if let Slot::Card { x, row } = slot {
                prop_assert!((*x - scale.x(span.0 as f64)).abs() < 1e-6, "placed at its date");
                prop_assert!(*row < metrics.max_rows - 1);
                prop_assert!(*x >= last_x[*row] + metrics.card_width + metrics.gap - 1e-6, "overlap in row {}", row);
                last_x[*row] = *x;
            }
        }
        let folded: usize = p.clusters.iter().map(|c| c.len()).sum();
        let cards = p.slots.iter().filter(|s| matches!(s, Slot::Card { .. })).count();
        prop_assert_eq!(folded + cards, spans.len());
        for pair in p.clusters.windows(2) {
            prop_assert!(pair[1].x >= pair[0].x + metrics.card_width + metrics.gap - 1e-6);
        }
    }

    #[test]
    fn every_event_is_reachable_by_keyboard_in_date_order(specs in specs(), width in 320.0f64..2000.0) {
        let t = timeline(&specs);
        let mut view = View::new(&t, Lang::En, width, Metrics::default());
        let mut visited = vec![view.focused];
        for _ in 1..t.events.len() {
            view.update(Msg::Focus(Move::Next));
            visited.push(view.focused);
            // The focused event is shown as a card, inside the visible area.
            if !view.is_narrow() {
                match view.slot(view.focused) {
                    Some(Slot::Card { x, .. }) => {
                        prop_assert!(x >= view.scroll - 1e-6 && x <= view.scroll + view.width + 1e-6, "focused card off screen");
                    }
                    other => prop_assert!(false, "focused event not a card: {:?}", other),
                }
            }
        }
        let expected: Vec<usize> = (0..t.events.len()).collect();
        prop_assert_eq!(visited, expected);
    }
}
