// Hostile data and hostile pages, in real Chromium: injection vectors in every field of
// every format, broken inputs, an aggressive host page, and a thousand mount/destroy cycles.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, open, dataset, BASE } from "./browser.mjs";

const vectors = JSON.parse(readFileSync(new URL("../data/xss-vectors.json", import.meta.url), "utf8"));
const root = new URL("../../", import.meta.url);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// ---------- the data, in each format, with a vector in every text and URL field ----------

function nativeJson() {
  const v = (i) => vectors[i % vectors.length];
  return JSON.stringify({
    format: "relationship-timeline/1",
    id: "hostile",
    title: { vi: v(0), en: v(1) },
    parties: [{ id: "a", name: v(2) }, { id: "b", name: v(3) }],
    tiers: [{ id: "t", name: { vi: v(4), en: v(5) } }],
    pillars: [{ id: "p", name: v(6) }],
    sources: vectors.map((x, i) => ({ id: `s${i}`, title: x, url: x, publisher: x, published: "2020" })),
    events: vectors.map((x, i) => ({
      id: `e${i}`,
      date: `${1950 + i}`,
      kind: "visit",
      tier: i === 0 ? "t" : undefined,
      pillars: ["p"],
      actors: [x, { vi: x, en: x }],
      place: x,
      title: { vi: x, en: x },
      summary: { vi: x, en: x + " https://example.org/ok " + x },
      note: x,
      display_date: i % 2 ? x : undefined,
      media: { url: x, caption: x, credit: x },
      sources: [{ source: `s${i}`, quote: x }],
    })),
  });
}

function csvCell(x) {
  return `"${String(x).replaceAll('"', '""')}"`;
}

function csv() {
  const header = "id,date,kind,tier,pillars,actors,place_vi,place_en,title_vi,title_en,summary_vi,summary_en,note,display_date,media_url,media_caption,media_credit,source,source_title,source_url,quote";
  const rows = vectors.map((x, i) =>
    [`e${i}`, `${1950 + i}`, "visit", x, x, x, x, x, x, x, x, x, x, x, x, x, x, `src ${i}`, x, x, x].map(csvCell).join(","),
  );
  return [header, ...rows].join("\r\n");
}

function timelineJs() {
  return JSON.stringify({
    title: { text: { headline: vectors[0], text: vectors[1] }, media: { url: vectors[2], credit: vectors[3] } },
    eras: [{ start_date: { year: 1900 }, end_date: { year: 2100 }, text: { headline: vectors[4] } }],
    events: vectors.map((x, i) => ({
      start_date: { year: 1950 + i, display_date: x },
      text: { headline: x, text: `<p>${x}</p>` },
      media: { url: x, caption: x, credit: x },
      group: x,
      unique_id: x,
    })),
  });
}

/** Mounts `data` with the JS API, opens every event and the print view, and reports what a reader and an attacker would see. */
async function mountHostile(page, data, lang) {
  return page.evaluate(async ({ data, lang }) => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.querySelector("main").append(host);
    const t = await mount(host, { data, lang });
    const shadow = host.firstElementChild.shadowRoot;
    const ids = [...shadow.querySelectorAll("li[data-id]")].map((li) => li.dataset.id);
    const bad = new Set();
    const inspect = () => {
      for (const el of shadow.querySelectorAll("*")) {
        if (["script", "iframe", "object", "embed", "img", "svg", "math", "style", "link", "base", "form", "meta", "video", "audio", "template"].includes(el.localName)) bad.add(`<${el.localName}>`);
        for (const a of el.attributes) {
          if (a.name.startsWith("on")) bad.add(`${a.name} attribute`);
          if (["href", "src", "action", "formaction", "xlink:href"].includes(a.name) && !/^(https?:|mailto:)/i.test(a.value)) bad.add(`${a.name}=${a.value}`);
        }
      }
    };
    for (const id of ids) {
      t.select(id);
      inspect();
    }
    window.dispatchEvent(new Event("beforeprint"));
    inspect();
    window.dispatchEvent(new Event("afterprint"));
    shadow.querySelector(".rt-filters")?.setAttribute("open", "");
    inspect();
    const titles = [...shadow.querySelectorAll(".rt-card .rt-title")].map((e) => e.textContent);
    const quotes = [];
    for (const id of ids) {
      t.select(id);
      quotes.push(...[...shadow.querySelectorAll(".rt-quote")].map((q) => q.textContent));
    }
    const heading = shadow.querySelector(".rt-heading").textContent;
    t.destroy();
    t.free();
    host.remove();
    return { count: ids.length, bad: [...bad], titles, quotes, heading, xss: window.__xss ?? null };
  }, { data, lang });
}

for (const [format, make] of [["native JSON", nativeJson], ["CSV", csv], ["TimelineJS", timelineJs]]) {
  test(`${vectors.length} injection vectors in every field of ${format}: nothing runs, nothing becomes markup`, async () => {
    assert.ok(vectors.length >= 50);
    const { page, errors } = await open(browser, "/cms.html");
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    const seen = await mountHostile(page, make(), "en");
    await page.waitForTimeout(200); // anything scheduled by an injected handler would have run
    assert.equal(seen.count, vectors.length, "every event is shown");
    assert.deepEqual(seen.bad, []);
    assert.equal(seen.xss, null, "the sentinel is untouched");
    assert.equal(await page.evaluate(() => window.__xss ?? null), null);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(new URL(BASE).origin)), [], "no vector made a request");
    if (format !== "TimelineJS") {
      // Text is shown literally (a null byte or a direction override is text too);
      // spreadsheet cells lose only their surrounding spaces.
      const expected = vectors.map((v) => (format === "CSV" ? v.trim() : v)).sort();
      assert.deepEqual([...seen.titles].sort(), expected);
      assert.deepEqual([...seen.quotes].sort(), expected);
    } else {
      // TimelineJS texts are HTML: the widget shows exactly the safe text the importer
      // makes of them (as `convert` writes it), as text.
      const dir = mkdtempSync(join(tmpdir(), "rt-tljs-"));
      const file = join(dir, "hostile-timelinejs.json");
      writeFileSync(file, make());
      let out;
      try {
        out = execFileSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", "convert", file, "--to", "json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (e) {
        out = e.stdout;
      }
      const converted = JSON.parse(out).events.map((e) => (typeof e.title === "string" ? e.title : e.title.en));
      assert.deepEqual([...seen.titles].sort(), converted.sort());
    }
    assert.deepEqual(errors.filter((e) => !e.includes("relationship-timeline")), []);
    await page.close();
  });
}

test("the static fragment of hostile data runs nothing either", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rt-hostile-"));
  const file = join(dir, "hostile.json");
  writeFileSync(file, nativeJson());
  let html;
  try {
    html = execFileSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", "render", file, "--lang", "en"], { cwd: root, encoding: "utf8" });
  } catch (e) {
    html = e.stdout; // exit 1: the data has problems (unsafe links dropped); the fragment is still written
  }
  const page = await browser.newPage();
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(BASE + "/cms.html");
  await page.evaluate((html) => { document.querySelector("main").insertAdjacentHTML("beforeend", html); }, html);
  await page.waitForTimeout(200);
  const found = await page.evaluate(() => {
    const section = document.querySelector("[data-relationship-timeline-static]");
    const bad = [];
    for (const el of section.querySelectorAll("*")) {
      if (!["section", "h2", "ol", "li", "p", "time", "h3", "small", "ul", "blockquote", "cite", "a", "span"].includes(el.localName)) bad.push(el.localName);
      for (const a of el.attributes) if (a.name.startsWith("on")) bad.push(a.name);
    }
    return { bad, items: section.querySelectorAll("ol > li").length, xss: window.__xss ?? null };
  });
  assert.deepEqual(found.bad, []);
  assert.equal(found.items, vectors.length);
  assert.equal(found.xss, null);
  assert.deepEqual(dialogs, []);
  await page.close();
});

// ---------- broken input: the valid events and a notice, never a blank box ----------

const native = readFileSync(new URL("seeds/vietnam-singapore.json", root), "utf8");
const N = dataset.events.length;
const badInputs = [
  ["truncated JSON", native.slice(0, Math.floor(native.length * 0.6))],
  ["trailing comma", native.replace(/\}\s*\]\s*\}\s*$/, "},]}")],
  ["a wrong type", native.replace('"date": "2013"', '"date": ["2013"]')],
  ["30 February", native.replace('"date": "2013"', '"date": "2025-02-30"')],
  ["month 13", native.replace('"date": "2013"', '"date": "2013-13"')],
  ["year beyond range", native.replace('"date": "2013"', '"date": "123456"')],
  ["end before start", native.replace('"end": "2025-03-13"', '"end": "2025-03-01"')],
  ["duplicate ids", native.replace('"id": "1996-vsip"', '"id": "1973-diplomatic-relations"')],
  ["dangling references", native.replace('"tier": "strategic"', '"tier": "alliance"').replace('"source": "s004"', '"source": "s999"')],
  ["an empty timeline", JSON.stringify({ format: "relationship-timeline/1", id: "x", title: "x", events: [] })],
  ["10,000-deep nesting", "[".repeat(10000)],
  ["a byte-order mark", "\ufeff" + native],
  ["ragged CSV rows", "date,title\n2020,a\n2021,b,extra,cells\n2022,c\n"],
  ["an unclosed CSV quote", "date,title\n2020,a\n2021,\"never closed\n2022,c\n"],
  ["TimelineJS without dates", JSON.stringify({ title: { text: { headline: "T" } }, events: [{ text: { headline: "no date" } }, { start_date: { year: 2001 }, text: { headline: "ok" } }] })],
  ["a 20 MB file", native + " ".repeat(20 * 1024 * 1024)],
];

test("broken inputs: the CLI names file:line:col, the widget keeps what is valid and says what it skipped", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rt-bad-"));
  const { page, errors } = await open(browser, "/cms.html");
  for (const [name, text] of badInputs) {
    const file = join(dir, name.replace(/\W+/g, "-") + (text.startsWith("date,") ? ".csv" : ".json"));
    writeFileSync(file, text);
    let listed = "";
    let stderr = "";
    let code = 0;
    try {
      listed = execFileSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", "list", file], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      listed = e.stdout;
      stderr = e.stderr;
      code = e.status;
    }
    const valid = listed.trim() ? listed.trim().split("\n").length : 0;
    if (name !== "a byte-order mark") {
      assert.equal(code, 1, `${name}: exit code`);
      assert.match(stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: error: `, "m"), `${name}: ${stderr}`);
    } else {
      assert.equal(valid, N);
    }
    const seen = await page.evaluate(async (text) => {
      const { mount } = await import("/relationship-timeline.js");
      const host = document.createElement("div");
      document.querySelector("main").append(host);
      const t = await mount(host, { data: text, lang: "vi" });
      const shadow = host.firstElementChild.shadowRoot;
      const result = {
        cards: shadow.querySelectorAll(".rt-card").length,
        notice: [...shadow.querySelectorAll(".rt-notice li")].map((li) => li.textContent),
        empty: shadow.querySelectorAll(".rt-empty").length,
        frame: shadow.querySelector("section.rt")?.getBoundingClientRect().height ?? 0,
      };
      t.destroy();
      t.free();
      host.remove();
      return result;
    }, text);
    assert.equal(seen.cards, valid, `${name}: the widget shows what the CLI lists`);
    assert.ok(seen.frame > 40, `${name}: never a blank box`);
    if (name !== "a byte-order mark") {
      assert.ok(seen.notice.length > 0, `${name}: a notice lists what was skipped`);
      assert.ok(seen.cards > 0 || seen.empty === 1, `${name}: no events is said in words`);
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// ---------- a hostile host page ----------

test("on a hostile page (global CSS, polluted prototypes, a second wasm module, a foreign <base>) the widget still works", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(BASE + "/test/hostile.html");
  await page.locator("#first .rt-card").first().waitFor();
  await page.waitForFunction(() => window.__second);
  for (const id of ["#first", "#second"]) {
    assert.equal(await page.locator(`${id} .rt-card`).count(), N, id);
    const box = await page.locator(`${id} section.rt`).boundingBox();
    assert.ok(box && box.height > 150 && box.width > 300, `${id} is drawn: ${JSON.stringify(box)}`);
  }
  const look = await page.locator("#first section.rt").evaluate((e) => {
    const s = getComputedStyle(e);
    return { fontSize: s.fontSize, display: s.display, color: s.color };
  });
  assert.deepEqual(look, { fontSize: "16px", display: "block", color: "rgb(26, 26, 26)" });
  // The second module speaks its own language; the first its own.
  assert.equal(await page.locator("#second .rt-heading").textContent(), dataset.title.vi);
  assert.equal(await page.locator("#first .rt-heading").textContent(), dataset.title.en);
  // Opening an event writes history on this page's own address, not the <base>.
  await page.locator("#first .rt-card:visible").first().click();
  assert.match(page.url(), /^http:\/\/127\.0\.0\.1:\d+\/test\/hostile\.html#vietnam-singapore\//);
  // The failing widget says why, and harms nobody.
  await page.locator("#failing .rt-error").waitFor();
  assert.match(await page.locator("#failing .rt-error").textContent(), /404/);
  assert.equal(await page.locator("#first .rt-card").count(), N);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

// ---------- lifecycle ----------

test("a thousand mounts and destroys leave heap, listeners, observers and timers as they were", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // Count observers and timers the page creates and ends.
    const live = { observers: 0, timers: 0 };
    window.__live = live;
    const RO = window.ResizeObserver;
    window.ResizeObserver = class extends RO {
      #on = false;
      observe(...a) { if (!this.#on) { this.#on = true; live.observers++; } return super.observe(...a); }
      disconnect() { if (this.#on) { this.#on = false; live.observers--; } return super.disconnect(); }
    };
    const pending = new Set();
    const set = window.setTimeout, clear = window.clearTimeout;
    window.setTimeout = (f, ms, ...a) => { const id = set(() => { pending.delete(id); live.timers = pending.size; typeof f === "function" && f(...a); }, ms); pending.add(id); live.timers = pending.size; return id; };
    window.clearTimeout = (id) => { pending.delete(id); live.timers = pending.size; return clear(id); };
  });
  const page = await context.newPage();
  await page.goto(BASE + "/cms.html");
  await page.locator(".rt-card").first().waitFor();
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const listeners = {};
    for (const target of ["window", "document"]) {
      const { result } = await cdp.send("Runtime.evaluate", { expression: target });
      const { listeners: found } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
      listeners[target] = found.length;
    }
    const live = await page.evaluate(async () => {
      // The module these mounts use (native data: the one without the importers).
      const glue = await import("/pkg-core/relationship_timeline.js");
      const wasm = await glue.default();
      return { ...window.__live, wasm: wasm.memory.buffer.byteLength };
    });
    return { heap: usedSize, listeners, ...live };
  };
  const cycle = (n) => page.evaluate(async (n) => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.querySelector("main").append(host);
    for (let i = 0; i < n; i++) {
      const t = await mount(host, { dataset: "vietnam-singapore", lang: i % 2 ? "vi" : "en" });
      t.select("2013-strategic-partnership");
      t.destroy();
      t.free();
    }
    host.remove();
  }, n);
  // Warm up: code, caches and the first growth of wasm memory. V8's own bookkeeping
  // (inline caches, optimised code) keeps growing for the first few hundred cycles
  // and then levels off; a leak keeps growing.
  await cycle(300);
  const before = await measure();
  await cycle(1000);
  const afterward = await measure();
  console.log(`1000 mount/destroy cycles: JS heap ${before.heap} → ${afterward.heap} bytes; wasm memory ${before.wasm} → ${afterward.wasm} bytes; listeners ${JSON.stringify(before.listeners)} → ${JSON.stringify(afterward.listeners)}`);
  assert.ok(afterward.heap <= before.heap * 1.1, `JS heap grew: ${before.heap} → ${afterward.heap}`);
  assert.deepEqual(afterward.listeners, before.listeners);
  assert.equal(afterward.observers, before.observers, "no observer survives destroy");
  assert.equal(afterward.timers, before.timers, "no timer survives destroy");
  assert.ok(afterward.wasm <= before.wasm * 1.1, `wasm memory grew: ${before.wasm} → ${afterward.wasm}`);
  await context.close();
});

test("text of any length draws at once: what is laid out is capped, the rest shown on demand", async () => {
  const { page, errors } = await open(browser, "/cms.html");
  const result = await page.evaluate(async () => {
    const { mount } = await import("/relationship-timeline.js");
    const long = (n, c) => c.repeat(n);
    const data = JSON.stringify({
      format: "relationship-timeline/1", id: "long", title: long(50000, "T"),
      tiers: [{ id: "t", name: long(50000, "N") }],
      events: [
        { id: "a", date: "2020", kind: "visit", tier: "t", title: long(100000, "W"), summary: long(100000, "S"), place: long(50000, "P") },
        { id: "b", date: "2021", kind: "visit", title: "Ordinary" },
      ],
    });
    const box = document.createElement("div");
    box.style.width = "1000px";
    document.querySelector("main").append(box);
    const started = performance.now();
    const t = await mount(box, { data, lang: "en" });
    // The page paints again soon after: nothing holds the main thread.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const painted = performance.now() - started;
    const root = box.querySelector(".relationship-timeline").shadowRoot;
    const card = root.querySelector("li[data-id='a'] .rt-title").textContent.length;
    t.select("a");
    const summary = () => root.querySelector(".rt-summary").textContent.length;
    const before = summary();
    const more = root.querySelector("button[data-action='full-summary']");
    more.click();
    const after = summary();
    return { painted, card, before, hasMore: Boolean(more), after, longest: Math.max(...[...root.querySelectorAll("*")].filter((e) => e !== root.querySelector(".rt-summary")).map((e) => [...e.childNodes].filter((n) => n.nodeType === 3).reduce((m, n) => Math.max(m, n.length), 0))) };
  });
  assert.ok(result.painted < 5000, `painted after ${result.painted} ms`);
  assert.ok(result.card <= 161, `card title of ${result.card} characters`);
  assert.ok(result.before <= 4001 && result.hasMore, "the summary's start, and a button for the rest");
  assert.equal(result.after, 100000, "the whole summary on demand");
  assert.ok(result.longest <= 601, `a text node of ${result.longest} characters outside the summary`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page's inherited styles stop at the widget: same boxes, same order, same text", async () => {
  const { page } = await open(browser, "/cms.html");
  const hostile = "direction: rtl; font-style: italic; letter-spacing: 7px; word-spacing: 30px; text-transform: uppercase; text-indent: 80px; white-space: pre; -webkit-text-fill-color: red; line-height: 4; text-align: right; font-weight: 900; text-shadow: 2px 2px red";
  const layouts = await page.evaluate(async (hostile) => {
    const { mount } = await import("/relationship-timeline.js");
    const measure = async (style, dir) => {
      const wrap = document.createElement("div");
      wrap.setAttribute("style", style);
      if (dir) wrap.setAttribute("dir", dir);
      const box = document.createElement("div");
      box.style.width = "1000px";
      wrap.append(box);
      document.querySelector("main").append(wrap);
      await mount(box, { lang: "en" });
      const root = box.querySelector(".relationship-timeline").shadowRoot;
      const origin = root.querySelector(".rt").getBoundingClientRect();
      const cards = [...root.querySelectorAll(".rt-card")].map((c) => {
        const r = c.getBoundingClientRect();
        return [Math.round(r.left - origin.left), Math.round(r.top - origin.top), Math.round(r.width), Math.round(r.height), c.textContent];
      });
      const ticks = [...root.querySelectorAll(".rt-tick")].map((t) => t.textContent);
      const style0 = getComputedStyle(root.querySelector(".rt-title"));
      const out = { width: Math.round(origin.width), height: Math.round(origin.height), cards, ticks, fill: style0.webkitTextFillColor, transform: style0.textTransform };
      wrap.remove();
      return out;
    };
    const plain = await measure("", "");
    const bad = await measure(hostile, "rtl");
    const vertical = await measure("writing-mode: vertical-rl", "");
    return { plain, bad, vertical };
  }, hostile);
  assert.deepEqual(layouts.bad, layouts.plain);
  // A vertical page: the widget still reads across, no wider than the page.
  assert.deepEqual(layouts.vertical.cards.map((c) => c[4]), layouts.plain.cards.map((c) => c[4]));
  assert.ok(layouts.vertical.cards.every((c) => c[2] > c[3]), "cards are wider than tall");
  assert.ok(layouts.vertical.width <= 1280, `the widget is ${layouts.vertical.width} px wide`);
  await page.close();
});

test("inline JSON escaped as the docs say keeps the page whole, whatever the strings hold", async () => {
  // The worst strings for an HTML parser inside a <script>, escaped as docs/embedding.md
  // says (and as `convert` writes): the article after the widget must still run.
  const worst = ["<!--<script>", "</script><script>window.__xss = 1</script>", "<script>", "-->", "<!--", "</SCRIPT >", "]]>", "&lt;&amp;"];
  const data = {
    format: "relationship-timeline/1", id: "worst", title: worst.join(" "),
    events: worst.map((w, i) => ({ id: `e${i}`, date: `${2000 + i}`, kind: "visit", title: w, summary: w })),
  };
  const safe = JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>inline</title>
<script type="module" src="/relationship-timeline.js"></script></head><body><main>
<relationship-timeline><script type="application/json">${safe}</script></relationship-timeline>
<p id="after">The article goes on.</p>
<script>window.__laterScriptRan = true;</script>
</main></body></html>`;
  const context = await browser.newContext();
  await context.route("**/inline-worst.html", (route) => route.fulfill({ contentType: "text/html", body: html }));
  const page = await context.newPage();
  await page.goto(BASE + "/inline-worst.html");
  await page.locator(".rt-card").first().waitFor();
  assert.equal(await page.evaluate(() => window.__laterScriptRan), true, "the script after the widget ran");
  assert.equal(await page.locator("#after").count(), 1);
  assert.equal(await page.evaluate(() => window.__xss ?? null), null);
  const titles = await page.locator(".rt-card .rt-title").allTextContents();
  assert.deepEqual(titles, worst);
  await context.close();
});

/** A page whose head runs `patch` before the embed, with one timeline in it. */
async function patchedPage(patch, attrs = 'dataset="vietnam-singapore"') {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>patched</title>
<script>${patch}</script>
<script type="module" src="/relationship-timeline.js"></script></head><body><main>
<relationship-timeline id="t" ${attrs}></relationship-timeline></main>
<script>document.addEventListener("rt-error", (e) => { document.body.dataset.errors = (document.body.dataset.errors ?? "") + e.detail.kind; });</script>
</body></html>`;
  const context = await browser.newContext();
  await context.route("**/patched.html", (route) => route.fulfill({ contentType: "text/html", body: html }));
  const page = await context.newPage();
  const console = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && console.push(m.text()));
  await page.goto(BASE + "/patched.html");
  return { context, page, console };
}

test("hostile pages may stop the widget, but never silently", async () => {
  // Works anyway: the tag taken by someone else, patched Array.prototype.find and iterators.
  for (const patch of [
    'customElements.define("relationship-timeline", class extends HTMLElement {});',
    "Array.prototype.find = () => undefined;",
    "Array.prototype[Symbol.iterator] = function* () {};",
  ]) {
    const { context, page, console } = await patchedPage(patch);
    await page.locator("#t .rt-card").first().waitFor({ timeout: 15000 });
    if (patch.includes("customElements")) assert.ok(console.some((l) => l.includes("another script defines")), console.join("\n"));
    await context.close();
  }
  // Stopped, and said: a message in the element, a console line and rt-error.
  for (const [patch, kind] of [
    ["Element.prototype.attachShadow = () => { throw new Error('no shadow roots here'); };", "page"],
    ["Object.prototype.then = function () {};", "timeout"],
  ]) {
    const { context, page, console } = await patchedPage(patch, 'dataset="vietnam-singapore" timeout="1500"');
    const message = page.locator("#t > [role='alert']");
    await message.waitFor({ timeout: 15000 });
    assert.ok((await message.textContent()).length > 20);
    assert.ok(console.some((l) => l.includes("relationship-timeline")), console.join("\n"));
    // Read in Playwright's own world: the page's patched Object.prototype cannot reach it.
    assert.equal(await page.locator("body").getAttribute("data-errors"), kind, patch);
    await context.close();
  }
  // A broken CustomEvent: the drawn timeline stays, and the console says what failed.
  const { context, page, console } = await patchedPage("window.CustomEvent = function () { throw new Error('no events'); };");
  await page.locator("#t .rt-card").first().waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator("#t .rt-error, #t [role='alert']").count(), 0, "no error notice over the timeline");
  assert.ok(console.some((l) => l.includes("could not send rt-ready")), console.join("\n"));
  await page.locator("#t .rt-card").first().click();
  await page.locator("#t .rt-details.rt-open").waitFor();
  await context.close();
});

test("a data file over the limit is refused before it reaches the widget's memory", async () => {
  const context = await browser.newContext();
  const big = Buffer.alloc(20 * 1024 * 1024, 0x20);
  // One file announces its length, the other does not (chunked): both are refused.
  await context.route("**/huge-announced.json", (route) => route.fulfill({ body: big, headers: { "content-type": "application/json", "content-length": String(big.length) } }));
  await context.route("**/huge-streamed.json", (route) => route.fulfill({ body: big, headers: { "content-type": "application/json" } }));
  const page = await context.newPage();
  await page.goto(BASE + "/cms.html");
  const results = await page.evaluate(async () => {
    const out = [];
    for (const src of ["/huge-announced.json", "/huge-streamed.json"]) {
      const el = document.createElement("relationship-timeline");
      el.setAttribute("loading", "eager"); // appended below the fold: load now
      el.setAttribute("src", src);
      const heard = new Promise((resolve) => el.addEventListener("rt-error", (e) => resolve({ kind: e.detail.kind, message: String(e.detail.error?.cause?.message ?? e.detail.error?.message) }), { once: true }));
      document.querySelector("main").append(el);
      out.push(await heard);
    }
    return out;
  });
  for (const r of results) {
    assert.equal(r.kind, "invalid");
    assert.match(r.message, /larger than 8388608 bytes/);
  }
  await context.close();
});
