import { chromium } from "playwright-core";
const flags = process.argv[3] ? [process.argv[3]] : [];
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu", ...flags] });
const n = process.argv[2] ?? "10000";
const times = [];
for (let run = 0; run < 7; run++) {
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.addInitScript(() => { const o = new MutationObserver(() => {}); window.__t0 = 0; });
await p.goto(`http://127.0.0.1:8123/bench/ours-${n}.html`);
await p.waitForFunction(() => document.querySelector("relationship-timeline")?.firstElementChild?.shadowRoot?.querySelector(".rt-card"), null, { polling: 5 });
const t = await p.evaluate(() => performance.now());
times.push(t); await p.close(); }
times.sort((a,b)=>a-b); console.log(n, flags.join(" "), "median", times[3].toFixed(0), times.map(x=>x.toFixed(0)).join(" "));
await b.close();
