//! `cargo xtask bench`: the native benchmarks (criterion) and the browser benchmark
//! against TimelineJS3 and vis-timeline, installed from npm into `.bench/` (ignored).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use relationship_timeline::generate::{shaped_timeline_json, Shape};
use relationship_timeline::parse;

pub const SIZES: [usize; 5] = [10, 100, 1_000, 5_000, 10_000];

/// Every case the browser compares: each size spread over the years, and 5,000 events
/// on one day (a summit's programme, a live blog), by file name.
fn cases() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = SIZES.iter().map(|n| (n.to_string(), shaped_timeline_json(*n, 1, Shape::Spread))).collect();
    out.push(("5000-one-day".into(), shaped_timeline_json(5_000, 1, Shape::OneDay)));
    // Pathological text: ten events whose titles are 20,000 letters without a space.
    let mut long = shaped_timeline_json(10, 1, Shape::Spread);
    for i in 0..10 {
        let id = format!("\"en\":\"Event e{i}\"");
        long = long.replacen(&id, &format!("\"en\":\"{}\"", "W".repeat(20_000)), 1);
    }
    out.push(("10-long-text".into(), long));
    out
}
const PEERS: [&str; 2] = ["@knight-lab/timelinejs@3.9.11", "vis-timeline@8.5.4"];

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Data in the three libraries' formats and one page per library and size.
pub fn prepare(root: &Path) -> Result<(), String> {
    let dir = root.join(".bench");
    let data = dir.join("data");
    fs::create_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
    for (n, native) in cases() {
        let t = parse::parse(&native).timeline;
        write(&data.join(format!("native-{n}.json")), &native)?;
        let mut tl = String::from("{\"title\":{\"text\":{\"headline\":\"Generated data\"}},\"events\":[");
        let mut vis = String::from("[");
        for (i, e) in t.events.iter().enumerate() {
            let sep = if i > 0 { "," } else { "" };
            let (m, d) = (e.date.month.unwrap_or(1), e.date.day.unwrap_or(1));
            let _ = write!(
                tl,
                "{sep}{{\"unique_id\":\"{}\",\"start_date\":{{\"year\":{}{}{}}},\"text\":{{\"headline\":\"{}\"}}}}",
                e.id,
                e.date.year,
                e.date.month.map(|m| format!(",\"month\":{m}")).unwrap_or_default(),
                e.date.day.map(|d| format!(",\"day\":{d}")).unwrap_or_default(),
                e.title.get("en")
            );
            let _ = write!(
                vis,
                "{sep}{{\"id\":\"{}\",\"content\":\"{}\",\"start\":\"{:04}-{m:02}-{d:02}\"}}",
                e.id,
                e.title.get("en"),
                e.date.year
            );
        }
        tl.push_str("]}");
        vis.push(']');
        write(&data.join(format!("timelinejs-{n}.json")), &tl)?;
        write(&data.join(format!("vis-{n}.json")), &vis)?;

        let head = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>bench</title>";
        write(
            &dir.join(format!("ours-{n}.html")),
            &format!("{head}<script type=\"module\" src=\"/relationship-timeline.js\" blocking=\"render\"></script></head><body><relationship-timeline src=\"/bench/data/native-{n}.json\" lang=\"en\" height=\"600px\"></relationship-timeline></body></html>"),
        )?;
        // The same with the static fragment inside, as a CMS or a build step puts it:
        // the events are readable when the HTML is parsed.
        let fragment = relationship_timeline::fragment::render(&t, relationship_timeline::i18n::Lang::En);
        write(
            &dir.join(format!("ours-static-{n}.html")),
            &format!("{head}<link rel=\"stylesheet\" href=\"/relationship-timeline.css\"><script type=\"module\" src=\"/relationship-timeline.js\"></script></head><body><relationship-timeline src=\"/bench/data/native-{n}.json\" lang=\"en\">{fragment}</relationship-timeline></body></html>"),
        )?;
        write(
            &dir.join(format!("timelinejs-{n}.html")),
            &format!("{head}<link rel=\"stylesheet\" href=\"/bench/node_modules/@knight-lab/timelinejs/dist/css/timeline.css\"><script src=\"/bench/node_modules/@knight-lab/timelinejs/dist/js/timeline.js\"></script></head><body><div id=\"tl\" style=\"height:600px\"></div><script>window.timeline = new TL.Timeline('tl', '/bench/data/timelinejs-{n}.json');</script></body></html>"),
        )?;
        write(
            &dir.join(format!("vis-{n}.html")),
            &format!("{head}<link rel=\"stylesheet\" href=\"/bench/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css\"><script src=\"/bench/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js\"></script></head><body><div id=\"vis\"></div><script>fetch('/bench/data/vis-{n}.json').then(r => r.json()).then(items => {{ window.timeline = new vis.Timeline(document.getElementById('vis'), items, {{}}); }});</script></body></html>"),
        )?;
    }
    // The floor of any script-tag embed (bench/browser.mjs): a module script that draws
    // one card in a shadow root, with nothing to fetch.
    write(
        &dir.join("floor.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>floor</title><script type=\"module\" src=\"/bench/floor.js\"></script></head><body><relationship-timeline></relationship-timeline></body></html>",
    )?;
    write(
        &dir.join("floor.js"),
        "customElements.define(\"relationship-timeline\", class extends HTMLElement {\n  connectedCallback() {\n    const box = document.createElement(\"div\");\n    this.append(box);\n    const card = document.createElement(\"button\");\n    card.className = \"rt-card\";\n    card.textContent = \"1973\";\n    box.attachShadow({ mode: \"open\" }).append(card);\n  }\n});\n",
    )?;
    write(&dir.join("empty.html"), "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>empty</title></head><body><div class=\"ready\">ready</div></body></html>")?;
    Ok(())
}

/// Whether the peers are installed in `.bench/node_modules`.
pub fn peers_installed(root: &Path) -> bool {
    root.join(".bench/node_modules/@knight-lab/timelinejs/dist/js/timeline.js").exists()
        && root.join(".bench/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js").exists()
}

pub fn peer_args() -> Vec<&'static str> {
    let mut args = vec!["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", ".bench"];
    args.extend(PEERS);
    args
}

/// Median times from criterion's reports, as a table.
pub fn native_table(root: &Path) -> String {
    let mut out = String::from("| benchmark | 20 | 1,000 | 10,000 | 100,000 |\n|---|---:|---:|---:|---:|\n");
    for name in ["parse", "layout", "parse+layout", "zoom step", "static render"] {
        let _ = write!(out, "| {name} |");
        for n in [20, 1_000, 10_000, 100_000] {
            let file = root.join(format!("target/bench/criterion/core/{name}/{n}/new/estimates.json"));
            let median = fs::read_to_string(&file).ok().and_then(|text| {
                let (node, _) = relationship_timeline::json::read(&text);
                let point = node?.get("median")?.get("point_estimate")?.clone();
                match point.value {
                    relationship_timeline::json::Value::Number(s) => s.parse::<f64>().ok(),
                    _ => None,
                }
            });
            let cell = match median {
                Some(ns) if ns >= 1e6 => format!(" {:.1} ms |", ns / 1e6),
                Some(ns) => format!(" {:.1} µs |", ns / 1e3),
                None => " – |".into(),
            };
            out.push_str(&cell);
        }
        out.push('\n');
    }
    out
}
