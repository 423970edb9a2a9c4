//! Native benchmarks of the core: parse, layout, a zoom step, and the static render,
//! at 20, 1,000, 10,000 and 100,000 generated events (id, date, kind and title each,
//! so 100,000 fit the 8 MiB input limit). `cargo xtask bench` runs them.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use relationship_timeline::generate::{minimal_timeline_json, shaped_timeline_json, Shape};
use relationship_timeline::i18n::Lang;
use relationship_timeline::layout::Metrics;
use relationship_timeline::view::{Msg, View};
use relationship_timeline::{fragment, parse};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 4] = [20, 1_000, 10_000, 100_000];

fn core(c: &mut Criterion) {
    let mut group = c.benchmark_group("core");
    group.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
    for n in SIZES {
        let text = minimal_timeline_json(n, 1);
        // The model and view are what the widget keeps, so freeing them is not timed.
        group.bench_with_input(BenchmarkId::new("parse", n), &text, |b, text| b.iter_with_large_drop(|| parse::parse(black_box(text))));
        let timeline = parse::parse(&text).timeline;
        group.bench_with_input(BenchmarkId::new("parse+layout", n), &text, |b, text| {
            b.iter_with_large_drop(|| {
                let parsed = parse::parse(black_box(text));
                let view = View::new(&parsed.timeline, Lang::En, 1280.0, Metrics::default());
                (parsed, view)
            })
        });
        group.bench_with_input(BenchmarkId::new("layout", n), &timeline, |b, t| {
            b.iter_with_large_drop(|| View::new(black_box(t), Lang::En, 1280.0, Metrics::default()))
        });
        let view = View::new(&timeline, Lang::En, 1280.0, Metrics::default());
        group.bench_with_input(BenchmarkId::new("zoom step", n), &view, |b, view| {
            b.iter_batched(|| view.clone(), |mut v| v.update(Msg::Zoom { factor: 1.25, anchor: 640.0 }), criterion::BatchSize::LargeInput)
        });
        group.bench_with_input(BenchmarkId::new("static render", n), &timeline, |b, t| b.iter(|| fragment::render(black_box(t), Lang::Vi)));
    }
    // Every event on one day: the story axis parts them, windowing keeps the page small.
    let one_day = parse::parse(&shaped_timeline_json(5_000, 1, Shape::OneDay)).timeline;
    group.bench_with_input(BenchmarkId::new("layout, one day", 5_000), &one_day, |b, t| {
        b.iter_with_large_drop(|| View::new(black_box(t), Lang::En, 1280.0, Metrics::default()))
    });
    group.finish();
}

criterion_group!(benches, core);
criterion_main!(benches);
