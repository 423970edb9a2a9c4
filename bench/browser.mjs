// Browser benchmark: this widget, TimelineJS3 and vis-timeline on the same generated
// data, in one headless Chromium, on one machine. `cargo xtask bench` prepares the
// pages under .bench/ and serves them; this prints one table of medians.
//
//   ready   navigation start → the first event element in the DOM
//   nodes   elements in the page (shadow roots included) once drawn
//   moves   20 programmatic moves to the next event, each followed by one frame
//   heap    JS heap (+ wasm memory for this widget) after drawing, after GC
//   painted navigation start → the first frame after the first event is in the DOM
//   CLS     layout shifts without input, summed, from the start to the end of the run
//   input   the longest input event's handling (Event Timing) during 10 drags and 10
//           Ctrl+wheel steps over the timeline: what a reader feels as lag
//
// Two profiles (RT_BENCH_PROFILES, default "desktop,phone"): a desktop at 1280 px, and
// a phone at 375 px with the CPU slowed 4× through the DevTools protocol.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BASE = process.env.RT_BASE_URL;
// A size, or a size and a shape ("5000-one-day": every event on one day;
// "10-long-text": titles of 20,000 letters without a space).
const SIZES = (process.env.RT_BENCH_SIZES ?? "10,100,1000,5000,10000,5000-one-day,10-long-text").split(",");
const RUNS = Number(process.env.RT_BENCH_RUNS ?? 5);
// A library whose first run at a size takes longer than this to be ready
// (RT_BENCH_SLOW_MS) is measured once there: TimelineJS at 5,000 events takes minutes a
// run (its 20 moves alone, 50 s on the desktop), and a ready time of 10 s is far from
// anyone's target. With it, a full run of every size and both profiles at 3 runs takes
// about an hour on a quiet two-core machine, twice that on a busy one (TimelineJS's one
// run at 10,000 events on the slowed phone, 11 to 37 minutes, is a fifth to a quarter).
const SLOW_MS = Number(process.env.RT_BENCH_SLOW_MS ?? 10000);
const PROFILES = {
  desktop: { width: 1280, height: 800, cpu: 1 },
  phone: { width: 375, height: 800, cpu: 4 },
};
const RUN_PROFILES = (process.env.RT_BENCH_PROFILES ?? "desktop,phone").split(",");
// Which libraries (RT_BENCH_LIBS, a comma-separated list of name prefixes; default all).
const ONLY = process.env.RT_BENCH_LIBS?.split(",");
const root = new URL("../", import.meta.url);

const LIBS = {
  "relationship-timeline": {
    page: (n) => `/bench/ours-${n}.html`,
    area: "relationship-timeline",
    ready: () => document.querySelector("relationship-timeline")?.firstElementChild?.shadowRoot?.querySelector(".rt-card"),
    move: async (ids) => {
      const t = document.querySelector("relationship-timeline").timeline;
      for (const id of ids) {
        t.select(id);
        await new Promise(requestAnimationFrame);
      }
    },
    // 10 zoom-in steps, 10 pans by a quarter of the view, 10 zoom-out steps. Each
    // step's work: the handler and the layout it causes (read back at once), in ms.
    frames: async () => {
      const shadow = document.querySelector("relationship-timeline").firstElementChild.shadowRoot;
      const viewport = shadow.querySelector(".rt-viewport");
      const track = shadow.querySelector(".rt-track");
      const step = (action) => {
        const t0 = performance.now();
        action();
        track.getBoundingClientRect();
        return performance.now() - t0;
      };
      const work = [];
      const zoom = (which) => () => shadow.querySelector(`button[data-action='${which}']`).click();
      const pan = () => {
        viewport.scrollLeft += viewport.clientWidth / 4;
        viewport.dispatchEvent(new Event("scroll"));
      };
      for (const action of [...Array(10).fill(zoom("zoom-in")), ...Array(10).fill(pan), ...Array(10).fill(zoom("zoom-out"))]) {
        work.push(step(action));
        await new Promise(requestAnimationFrame);
      }
      return work;
    },
  },
  "relationship-timeline, static fragment": {
    page: (n) => `/bench/ours-static-${n}.html`,
    area: "relationship-timeline",
    // The first event a reader can see: the fragment's, at HTML-parse time.
    ready: () => document.querySelector("[data-relationship-timeline-static] li"),
    move: async () => {},
  },
  "TimelineJS 3.9.11": {
    page: (n) => `/bench/timelinejs-${n}.html`,
    area: ".tl-timenav",
    ready: () => document.querySelector(".tl-timemarker, .tl-slide-content"),
    move: async (ids) => {
      for (const _ of ids) {
        window.timeline.goToNext();
        await new Promise(requestAnimationFrame);
      }
    },
  },
  "vis-timeline 8.5.4": {
    page: (n) => `/bench/vis-${n}.html`,
    area: ".vis-timeline",
    ready: () => document.querySelector(".vis-item"),
    move: async (ids) => {
      for (const id of ids) {
        window.timeline.focus(id, { animation: false });
        await new Promise(requestAnimationFrame);
      }
    },
  },
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A library not ready in 3 minutes: its next runs at that size would not be either. */
class NotReady extends Error {}

// A run's page is closed whatever happens: a page left running after a timeout (TimelineJS
// still drawing 10,000 events) would slow every run after it.
async function measure(browser, name, lib, n, ids, profile = PROFILES.desktop) {
  const context = await browser.newContext({ viewport: { width: profile.width, height: profile.height } });
  try {
    return await measureIn(context, name, lib, n, ids, profile);
  } finally {
    await context.close().catch(() => {});
  }
}

async function measureIn(context, name, lib, n, ids, profile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  // Bodies are read after the timings: reading them during the load competes with
  // the page for the CPU.
  const responses = [];
  page.on("response", (r) => {
    const url = r.url();
    if (!url.includes("/data/") && /\.(js|mjs|wasm|css|woff2?|ttf)(\?|$)/.test(url)) responses.push(r);
  });
  await page.addInitScript((readySource) => {
    const ready = new Function(`return (${readySource})()`);
    const poll = () => {
      if (ready()) {
        window.__ready = performance.now();
        // The next frame, and the task after it: the event is on screen.
        requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });
    window.__input = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__input = Math.max(window.__input, e.duration); })
      .observe({ type: "event", buffered: true, durationThreshold: 16 });
  }, lib.ready.toString());
  // Not waiting for the load event: TimelineJS holds it past Playwright's 30 s default
  // at 5,000 events on the slowed phone; ready is timed in the page either way.
  await page.goto(BASE + lib.page(n), { waitUntil: "commit", timeout: 180000 });
  // Only the wait running out is "not ready": a page or browser that crashed is a
  // failed run like any other.
  await page.waitForFunction(() => window.__ready, null, { timeout: 180000, polling: 50 }).catch((e) => {
    throw e?.name === "TimeoutError" ? new NotReady() : e;
  });
  const ready = await page.evaluate(() => window.__ready);
  await page.waitForFunction(() => window.__painted, null, { timeout: 60000, polling: 50 });
  const painted = await page.evaluate(() => window.__painted);
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  // Pan and zoom as a reader does: drags and Ctrl+wheel over the timeline.
  const area = await page.locator(lib.area).first().boundingBox().catch(() => null);
  let input = null;
  if (area) {
    const x = area.x + area.width / 2;
    const y = area.y + Math.min(area.height / 2, 200);
    await page.evaluate(() => { window.__input = 0; });
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - 120, y, { steps: 4 });
      await page.mouse.up();
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, i < 5 ? -120 : 120);
      await page.keyboard.up("Control");
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(300);
    input = await page.evaluate(() => window.__input);
  }
  const nodes = await page.evaluate(() => {
    const count = (root) => [...root.querySelectorAll("*")].reduce((n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
    return count(document);
  });
  const moveIds = ids.slice(1, 21);
  const moves = await page.evaluate(async ({ move, ids }) => {
    const fn = new Function(`return (${move})`)();
    const t0 = performance.now();
    await fn(ids);
    return performance.now() - t0;
  }, { move: lib.move.toString(), ids: moveIds });
  // Pan and zoom frames (this widget only: the peers have no comparable steps):
  // the longest step's work, and long tasks (> 50 ms) seen meanwhile.
  let frames = null;
  if (lib.frames) {
    frames = await page.evaluate(async (source) => {
      let long = 0;
      const observer = new PerformanceObserver((list) => { long += list.getEntries().length; });
      observer.observe({ type: "longtask" });
      const work = await new Function(`return (${source})`)()();
      await new Promise(requestAnimationFrame);
      observer.disconnect();
      return { max: Math.max(...work), long };
    }, lib.frames.toString());
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = name.startsWith("relationship")
    ? await page.evaluate(async () => (await (await import("/pkg-core/relationship_timeline.js")).default()).memory.buffer.byteLength)
    : 0;
  const payload = new Map();
  for (const r of responses) {
    try {
      payload.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
    } catch {
      // a failed request (fonts from a CDN, offline) carries no bytes
    }
  }
  const bytes = [...payload.values()].reduce((a, b) => a + b, 0);
  return { ready, painted, cls, input, nodes, moves, heap: usedSize + wasm, bytes, frameMax: frames?.max, longTasks: frames?.long };
}

async function emptyPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const poll = () => (document.querySelector(".ready") ? (window.__ready = performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
  await page.goto(BASE + "/bench/empty.html");
  await page.waitForFunction(() => window.__ready);
  const ready = await page.evaluate(() => window.__ready);
  await context.close();
  return ready;
}

// The floor of any script-tag embed: a page whose module script defines the element and
// draws one card in its shadow root, with no data and no code to fetch. Whatever a
// widget does to read data and draw comes on top of it, on each profile.
async function floorPage(browser, profile) {
  const context = await browser.newContext({ viewport: { width: profile.width, height: profile.height } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    await page.addInitScript(() => {
      const poll = () => (document.querySelector("relationship-timeline")?.firstElementChild?.shadowRoot?.querySelector(".rt-card") ? (window.__ready = performance.now()) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
    await page.goto(BASE + "/bench/floor.html", { waitUntil: "commit" });
    await page.waitForFunction(() => window.__ready);
    return await page.evaluate(() => window.__ready);
  } finally {
    await context.close().catch(() => {});
  }
}

const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let browser = await launch();
const empties = [];
for (let i = 0; i < RUNS; i++) empties.push(await emptyPage(browser));
const empty = median(empties);
// Printed at once too, so a run stopped early keeps it.
console.error(`measured the empty page (${RUNS} runs): ${JSON.stringify({ ready: empty, readyMin: Math.min(...empties), readyMax: Math.max(...empties) })}`);

const rows = [];
const floors = {};
for (const profileName of RUN_PROFILES) {
  const profile = PROFILES[profileName];
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await floorPage(browser, profile));
  floors[profileName] = { ready: median(times), min: Math.min(...times), max: Math.max(...times) };
  console.error(`measured the module-script floor, ${profileName} (${RUNS} runs): ${JSON.stringify(floors[profileName])}`);
  for (const n of SIZES) {
    const data = JSON.parse(readFileSync(new URL(`.bench/data/native-${n}.json`, root), "utf8"));
    const ids = data.events.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((e) => e.id);
    for (const [name, lib] of Object.entries(LIBS)) {
      if (ONLY && !ONLY.some((prefix) => name.startsWith(prefix))) continue;
      const runs = [];
      const started = Date.now();
      let why = "failed";
      for (let i = 0; i < RUNS; i++) {
        try {
          runs.push(await measure(browser, name, lib, n, ids, profile));
          if (runs[0].ready > SLOW_MS) break;
        } catch (e) {
          console.error(`${name} at ${n} (${profileName}): ${e instanceof NotReady ? "not ready in 3 min" : e.message.split("\n")[0]}`);
          // A library that takes the browser down with it (vis-timeline at 10,000
          // events on the slowed phone) fails its own row, not the ones after it.
          if (!browser.isConnected()) browser = await launch();
          if (e instanceof NotReady) {
            why = "not ready in 3 min";
            break;
          }
        }
      }
      if (!runs.length) {
        rows.push({ profile: profileName, n, name, failed: why });
        console.error(`measured ${name} at ${n} events, ${profileName}: ${JSON.stringify(rows[rows.length - 1])}`);
        continue;
      }
      const pick = (k) => runs.map((r) => r[k]);
      rows.push({
        profile: profileName, n, name, runs: runs.length,
        ready: median(pick("ready")), readyMin: Math.min(...pick("ready")), readyMax: Math.max(...pick("ready")),
        painted: median(pick("painted")), cls: Math.max(...pick("cls")),
        input: pick("input").every((x) => x === null) ? null : Math.max(...pick("input").filter((x) => x !== null)),
        nodes: median(pick("nodes")), moves: median(pick("moves")), heap: median(pick("heap")), bytes: median(pick("bytes")),
        frameMax: lib.frames ? Math.max(...pick("frameMax")) : undefined, longTasks: lib.frames ? Math.max(...pick("longTasks")) : undefined,
      });
      // Each row as soon as it is measured, so a run stopped early keeps what it has.
      console.error(`measured ${name} at ${n} events, ${profileName} (${runs.length} runs, ${Math.round((Date.now() - started) / 1000)} s): ${JSON.stringify(rows[rows.length - 1])}`);
    }
  }
}
await browser.close();

const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString("en") : x.toFixed(1));
const label = (n) => (/^\d+$/.test(n) ? Number(n).toLocaleString("en") : n.replace(/^(\d+)/, (d) => Number(d).toLocaleString("en")).replaceAll("-", " "));
// A row measured fewer times than asked (a slow library, a failed run) says so.
const named = (r) => (r.runs < RUNS ? `${r.name} (${r.runs} run${r.runs > 1 ? "s" : ""})` : r.name);
const ours = (n, profile = "desktop") => rows.find((r) => r.n === n && r.profile === profile && r.name.startsWith("relationship"));
console.log(`\nEmpty page ready: median ${fmt(empty)} ms (min ${fmt(Math.min(...empties))}, max ${fmt(Math.max(...empties))}), ${RUNS} runs`);
console.log("\n| events | library | ready, median ms (min–max) | × empty page | ours faster by | DOM nodes | 20 moves, ms | heap + wasm, MB | payload gzip, KB |");
console.log("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows.filter((r) => r.profile === "desktop")) {
  if (r.failed) {
    console.log(`| ${label(r.n)} | ${r.name} | ${r.failed} | | | | | | |`);
    continue;
  }
  const o = ours(r.n);
  const faster = r === o || !o || o.failed ? "" : `${(r.ready / o.ready).toFixed(1)}×`;
  console.log(`| ${label(r.n)} | ${named(r)} | ${fmt(r.ready)} (${fmt(r.readyMin)}–${fmt(r.readyMax)}) | ${(r.ready / empty).toFixed(1)} | ${faster} | ${r.nodes.toLocaleString("en")} | ${fmt(r.moves)} | ${(r.heap / 1048576).toFixed(1)} | ${(r.bytes / 1024).toFixed(1)} |`);
}
console.log("\nPan and zoom (this widget): 10 zoom-in steps, 10 pans, 10 zoom-out steps per run; the longest step's work (handler + layout) over all runs, and long tasks (> 50 ms) in any run.\n");
console.log("| events | longest step, ms | long tasks |");
console.log("|---:|---:|---:|");
for (const r of rows.filter((r) => !r.failed && r.frameMax !== undefined)) {
  console.log(`| ${label(r.n)} (${r.profile}) | ${r.frameMax.toFixed(1)} | ${r.longTasks} |`);
}
for (const profileName of RUN_PROFILES) {
  const p = PROFILES[profileName];
  console.log(`\nReaders' view, ${profileName}: ${p.width} px${p.cpu > 1 ? `, CPU slowed ${p.cpu}×` : ""}; medians of ${RUNS} runs (CLS and input: the worst run). Input: the longest event handling (Event Timing, ≥ 16 ms reported) over 10 drags and 10 Ctrl+wheel steps.\n`);
  console.log("| events | library | ready, ms | ours faster by | first event painted, ms | CLS | longest input, ms |");
  console.log("|---:|---|---:|---:|---:|---:|---:|");
  for (const r of rows.filter((r) => r.profile === profileName)) {
    if (r.failed) {
      console.log(`| ${label(r.n)} | ${r.name} | ${r.failed} | | | | |`);
      continue;
    }
    const o = ours(r.n, profileName);
    const faster = r === o || !o || o.failed ? "" : `${(r.ready / o.ready).toFixed(1)}×`;
    const input = r.input === null ? "—" : r.input < 16 ? "< 16" : fmt(r.input);
    console.log(`| ${label(r.n)} | ${named(r)} | ${fmt(r.ready)} | ${faster} | ${fmt(r.painted)} | ${r.cls.toFixed(3)} | ${input} |`);
  }
  const f = floors[profileName];
  console.log(`\nThe module-script floor, ${profileName}: ready ${fmt(f.ready)} ms (${fmt(f.min)}–${fmt(f.max)}), a page whose module script draws one card in a shadow root and fetches nothing: no script-tag embed is ready sooner.`);
}
