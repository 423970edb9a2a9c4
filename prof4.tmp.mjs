import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu", ...(process.argv[4] ? [process.argv[4]] : [])] });
const under = process.argv[3] ?? "parse_text";
const n = process.argv[2] ?? "10000";
const agg = {}; const R = 3;
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
  const leaf = byId.get(profile.samples[i]);
  let node = leaf, inside = false;
  while (node) { if (node.callFrame.functionName.includes(under)) { inside = true; break; } node = byId.get(parent.get(node.id)); }
  if (!inside) continue;
  const k = leaf.callFrame.functionName.replace(/\[[0-9a-f]+\]/g, "").slice(0, 110);
  agg[k] = (agg[k] ?? 0) + profile.timeDeltas[i] / 1000 / R;
}
await p.close(); }
let tot = 0; for (const v of Object.values(agg)) tot += v; console.log("total", tot.toFixed(1));
for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(6), k);
await b.close();
