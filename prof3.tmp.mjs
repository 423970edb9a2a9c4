import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const keys = ["parse_text", "json::read", "Builder>::timeline", "View>::new", "View>::fit", "choose_axis", "render_all", "render_layout", "mount externref", "Talc", "refit", "sort_keys", "sort_events", "tier_periods", "console_summary", "(garbage collector)", "j ", "fetchData", "instantiate", "(program)", "js-to-wasm", "Builder>::event"];
const n = process.argv[2] ?? "10000";
const agg = {};
const R = 3;
for (let run = 0; run < R; run++) {
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 }); await cdp.send("Profiler.start");
await p.goto(`http://127.0.0.1:8123/bench/ours-${n}.html`);
await p.waitForFunction(() => document.querySelector("relationship-timeline")?.firstElementChild?.shadowRoot?.querySelector(".rt-card"), null, { polling: 10 });
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const parent = new Map(); for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
for (let i = 0; i < profile.samples.length; i++) {
  const seen = new Set();
  let node = byId.get(profile.samples[i]);
  while (node) { const name = node.callFrame.functionName + " " ; for (const k of keys) if (name.includes(k) && !seen.has(k)) { seen.add(k); agg[k] = (agg[k] ?? 0) + profile.timeDeltas[i] / 1000 / R; } node = byId.get(parent.get(node.id)); }
}
await p.close(); }
for (const k of keys) console.log((agg[k] ?? 0).toFixed(1).padStart(7), k);
await b.close();
