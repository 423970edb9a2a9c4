// Free until seen, in real Chromium: no layout shift on any embed path when the page
// reserves the height as docs/embedding.md says, the static fragment upgraded in place,
// and nothing but the embed script fetched until the timeline comes near the viewport.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, BASE, dataset } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const hundred = JSON.stringify({
  format: "relationship-timeline/1",
  id: "hundred",
  title: { vi: "Một trăm sự kiện", en: "A hundred events" },
  events: Array.from({ length: 100 }, (_, i) => ({
    id: `e${i}`,
    date: `${1950 + Math.floor(i / 2)}-${String(1 + (i % 12)).padStart(2, "0")}`,
    kind: "visit",
    title: { vi: `Sự kiện ${i}`, en: `Event ${i}` },
    summary: { vi: "Tóm tắt.", en: "Summary." },
  })),
});
const article = `<p>${"The article goes on after the timeline, and none of it may move. ".repeat(30)}</p>`;

/** A page with the timeline at its top, embedded one way, its height reserved as documented. */
function page(kind, lang, data, { above = "", script = `<script type="module" src="/relationship-timeline.js" blocking="render"></script>`, extra = "" } = {}) {
  const src = data === "hundred" ? "/e2e-hundred.json" : null;
  const embed = {
    element: `<relationship-timeline ${src ? `src="${src}"` : `dataset="vietnam-singapore"`} lang="${lang}" height="600px" ${extra}></relationship-timeline>`,
    div: `<div data-relationship-timeline ${src ? `data-src="${src}"` : `data-dataset="vietnam-singapore"`} data-lang="${lang}" data-height="600px" ${extra}></div>`,
    mount: `<div id="box"></div><script type="module">
      import { mount } from "/relationship-timeline.js";
      mount(document.getElementById("box"), { ${src ? `src: "${src}"` : `dataset: "vietnam-singapore"`}, lang: "${lang}" });
    </script>`,
  }[kind];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/article.css"><link rel="stylesheet" href="/e2e-page.css">${script}</head>
<body><main class="story">${above}${embed}${article}</main></body></html>`;
}

/** Opens `html` as a page of the site; sums layout shifts (not caused by input) from the start. */
async function visit(html, { width = 1280, javaScriptEnabled = true, hash = "" } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const p = await context.newPage();
  const requests = [];
  p.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await p.route(BASE + "/e2e-page.html", (r) => r.fulfill({ contentType: "text/html", body: html }));
  await p.route(BASE + "/e2e-page.css", (r) => r.fulfill({ contentType: "text/css", body: "#box { height: 600px }" }));
  await p.route(BASE + "/e2e-hundred.json", (r) => r.fulfill({ contentType: "application/json", body: hundred }));
  await p.addInitScript(() => {
    window.__shift = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        window.__shifts.push(e.sources?.map((s) => s.node?.nodeName).join(","));
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await p.goto(BASE + "/e2e-page.html" + hash);
  return { p, context, requests };
}

const drawn = () => {
  const host = document.querySelector("relationship-timeline, [data-relationship-timeline], #box");
  return Boolean(host?.lastElementChild?.shadowRoot?.querySelector(".rt-card"));
};

for (const kind of ["element", "div", "mount"]) {
  test(`no layout shift: ${kind}, at 375 and 1280 px, in both languages, bundled and 100 events`, async () => {
    for (const width of [375, 1280]) {
      for (const lang of ["vi", "en"]) {
        for (const data of ["bundled", "hundred"]) {
          const { p, context } = await visit(page(kind, lang, data), { width });
          await p.waitForFunction(drawn, null, { timeout: 15000 });
          await p.waitForTimeout(300);
          const seen = await p.evaluate(() => ({
            shift: window.__shift,
            sources: window.__shifts,
            height: document.querySelector("main").children[0].getBoundingClientRect().height,
            text: document.querySelector("main > p:last-of-type").getBoundingClientRect().top,
          }));
          assert.equal(seen.shift, 0, `${kind} ${lang} ${data} ${width}px: CLS ${seen.shift} (${seen.sources})`);
          assert.equal(Math.round(seen.height), 600, "the widget fills the height reserved for it");
          await context.close();
        }
      }
    }
  });
}

test("the static fragment reads styled without JavaScript, and the widget takes its place with no flash and no shift", async () => {
  for (const width of [375, 1280]) {
    // Without JavaScript: the fragment, styled, in the box it reserves.
    const noJs = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const still = await noJs.newPage();
    await still.goto(BASE + "/static.html");
    const fragment = await still.evaluate(() => {
      const f = document.querySelector("[data-relationship-timeline-static]");
      const style = getComputedStyle(f);
      return { items: f.querySelectorAll("ol > li").length, height: f.getBoundingClientRect().height, overflow: style.overflowY, border: style.borderTopWidth };
    });
    assert.ok(fragment.items >= 20, "every event, readable");
    assert.equal(fragment.overflow, "auto");
    assert.equal(fragment.border, "1px", "styled by relationship-timeline.css");
    await noJs.close();

    // With JavaScript: every frame shows the fragment or the widget, never neither, and nothing moves.
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: "layout-shift", buffered: true });
      window.__blank = 0;
      window.__frames = 0;
      const frame = () => {
        const host = document.querySelector("relationship-timeline");
        const f = host?.querySelector("[data-relationship-timeline-static]");
        const fragmentShown = f && !f.hidden && f.getBoundingClientRect().height > 0;
        const widgetShown = Boolean(host?.querySelector(".relationship-timeline")?.shadowRoot?.querySelector(".rt-card"));
        if (host && !fragmentShown && !widgetShown) window.__blank++;
        window.__frames++;
        if (!widgetShown) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await p.goto(BASE + "/static.html");
    const before = await p.evaluate(() => document.querySelector("relationship-timeline").getBoundingClientRect().height);
    await p.waitForFunction(() => Boolean(document.querySelector("relationship-timeline .relationship-timeline")?.shadowRoot?.querySelector(".rt-card")), null, { timeout: 15000 });
    await p.waitForTimeout(300);
    const after = await p.evaluate(() => ({
      shift: window.__shift,
      blank: window.__blank,
      frames: window.__frames,
      height: document.querySelector("relationship-timeline").getBoundingClientRect().height,
      hidden: document.querySelector("[data-relationship-timeline-static]").hidden,
    }));
    assert.equal(after.shift, 0, `${width}px: CLS ${after.shift}`);
    assert.equal(after.blank, 0, `${width}px: ${after.blank} of ${after.frames} frames showed neither the fragment nor the widget`);
    assert.ok(after.hidden, "the fragment gave way");
    assert.equal(Math.round(after.height), Math.round(before), "the widget takes the fragment's box");
    await context.close();
  }
});

test("a timeline the reader never scrolls to costs nothing beyond the embed script; scrolling to it draws it", async () => {
  const spacer = `<div style="height: 3000px">Far above the timeline.</div>`;
  const html = page("element", "en", "bundled", { above: spacer, script: `<script type="module" src="/relationship-timeline.js"></script>` });
  const { p, context, requests } = await visit(html);
  await p.waitForLoadState("load");
  await p.waitForTimeout(1500);
  const ours = requests.filter((r) => !r.startsWith("/e2e-") && r !== "/article.css" && r !== "/favicon.ico");
  assert.deepEqual(ours, ["/relationship-timeline.js"], `only the embed script: ${ours}`);
  await p.evaluate(() => document.querySelector("relationship-timeline").scrollIntoView());
  await p.waitForFunction(drawn, null, { timeout: 15000 });
  assert.ok(requests.some((r) => r.includes("pkg-core/")) && requests.some((r) => r.includes("data/vietnam-singapore")), "fetched once near");
  await context.close();
});

test("loading=eager, a deep link to an event and printing each load the timeline at once", async () => {
  const spacer = `<div style="height: 3000px">Far above.</div>`;
  const script = `<script type="module" src="/relationship-timeline.js"></script>`;
  const eager = await visit(page("element", "en", "bundled", { above: spacer, script, extra: `loading="eager"` }));
  await eager.p.waitForFunction(drawn, null, { timeout: 15000 });
  await eager.context.close();

  const linked = await visit(page("element", "en", "bundled", { above: spacer, script }), { hash: "#vietnam-singapore/2013-strategic-partnership" });
  await linked.p.waitForFunction(drawn, null, { timeout: 15000 });
  const title = dataset.events.find((e) => e.id === "2013-strategic-partnership").title.en;
  await linked.p.waitForFunction((title) => {
    const details = document.querySelector("relationship-timeline .relationship-timeline").shadowRoot.querySelector(".rt-details");
    return details && !details.hidden && details.textContent.includes(title);
  }, title, { timeout: 5000 });
  await linked.context.close();

  const printed = await visit(page("element", "en", "bundled", { above: spacer, script }));
  await printed.p.waitForTimeout(800);
  assert.ok(!printed.requests.some((r) => r.includes("pkg-core/")));
  await printed.p.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await printed.p.waitForFunction(drawn, null, { timeout: 15000 });
  await printed.context.close();
});

test("a timeline already in view starts loading at once, without waiting for the observer's first report", async () => {
  // An IntersectionObserver that never reports: only the embed's own check can start
  // the load. In view, it does; far below, nothing is fetched.
  const silence = `<script>window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} };</script>`;
  const script = `${silence}<script type="module" src="/relationship-timeline.js"></script>`;
  const inView = await visit(page("element", "en", "bundled", { script }));
  await inView.p.waitForFunction(drawn, null, { timeout: 15000 });
  await inView.context.close();
  const below = await visit(page("element", "en", "bundled", { above: `<div style="height: 3000px">Far above.</div>`, script }));
  await below.p.waitForLoadState("load");
  await below.p.waitForTimeout(1000);
  assert.ok(!below.requests.some((r) => r.includes("pkg-core/")), "far below, nothing but the embed script");
  await below.context.close();
});
