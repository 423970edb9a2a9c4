// The relationship at first sight, in real Chromium: every event of the demo legible
// without opening a cluster, proportional time one click away, the parties drawn,
// and the gestures readers expect (Ctrl + wheel, a plain wheel, a pinch on the phone
// list, one Tab out of the widget), heading levels that follow the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, dataset, BASE } from "./browser.mjs";

const N = dataset.events.length;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * A page in `lang` at `width` px holding `data` inline in the element, served under
 * `/e2e-NAME.html`; its context is closed by the caller.
 */
async function pageWithData(name, data, lang, width) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/relationship-timeline.js"></script></head><body>
<relationship-timeline lang="${lang}"><script type="application/json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script></relationship-timeline>
</body></html>`;
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.route(`**/e2e-${name}.html`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  const page = await context.newPage();
  await page.goto(`${BASE}/e2e-${name}.html`);
  return { context, page };
}

/**
 * The cards a reader can read in the widget under `scope`: drawn, inside the visible
 * part of the track, overlapping no other card, with their date and first line of
 * title inside the card.
 */
async function legibleCards(page, scope = "relationship-timeline") {
  return page.locator(scope).first().evaluate((host) => {
    const root = host.querySelector(".relationship-timeline").shadowRoot;
    const view = root.querySelector(".rt-viewport").getBoundingClientRect();
    const boxes = [];
    for (const card of root.querySelectorAll(".rt-card")) {
      const r = card.getBoundingClientRect();
      if (r.width === 0 || r.left < view.left - 1 || r.right > view.right + 1) continue;
      const inside = (el) => {
        const b = el.getBoundingClientRect();
        return el.textContent.trim() !== "" && b.height > 0 && b.top >= r.top - 1 && b.top + 12 <= r.bottom + 1;
      };
      if (!inside(card.querySelector(".rt-when")) || !inside(card.querySelector(".rt-title"))) continue;
      boxes.push(r);
    }
    const overlaps = boxes.filter((a, i) => boxes.some((b, j) => i !== j && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
    const clusters = [...root.querySelectorAll(".rt-cluster")].filter((c) => c.getBoundingClientRect().width > 0).length;
    return { legible: boxes.length - overlaps.length, clusters };
  });
}

for (const width of [1024, 1280]) {
  test(`at ${width} px the demo's first view shows every event legibly, with no cluster`, async () => {
    const { page, errors } = await open(browser, "/", { width });
    await page.locator("relationship-timeline").scrollIntoViewIfNeeded();
    const seen = await legibleCards(page);
    console.log(`first view in Chromium, demo article at ${width} px: ${seen.legible} of ${N} events legible, ${seen.clusters} clusters`);
    assert.deepEqual(seen, { legible: N, clusters: 0 });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("proportional time is one button away, and the story axis one more", async () => {
  const { page } = await open(browser, "/", { width: 1280 });
  const toggle = page.locator("button[data-action='axis']");
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.ok(await page.locator(".rt-break").count() > 0, "the story axis marks its compressed stretches");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator(".rt-break").count(), 0);
  // In proportional time the spring of 2025 is too dense for 960 px: it folds.
  assert.ok((await legibleCards(page)).clusters > 0);
  await toggle.click();
  assert.deepEqual(await legibleCards(page), { legible: N, clusters: 0 });
  await page.close();
});

test("the parties: who went where in the details, a filter per party, visits counted each way", async () => {
  const { page } = await open(browser, "/", { width: 1280 });
  await page.locator(".rt-lang-summary").first().click();
  await page.locator("button[data-lang='en']").click();
  assert.equal(await page.locator(".rt-visits").textContent(), "Visits: Vietnam → Singapore 1 · Singapore → Vietnam 1");
  await page.locator("li[data-id='2025-03-to-lam-official-visit'] .rt-card").click();
  const facts = await page.locator(".rt-facts").textContent();
  assert.match(facts, /From → to\s*Vietnam → Singapore/);
  await page.locator(".rt-lang-summary").first().click();
  await page.locator("button[data-lang='vi']").click();
  assert.match(await page.locator(".rt-facts").textContent(), /Từ → đến\s*Việt Nam → Singapore/);
  assert.equal(await page.locator(".rt-visits").textContent(), "Chuyến thăm: Việt Nam → Singapore 1 · Singapore → Việt Nam 1");
  await page.keyboard.press("Escape");
  // Singapore's actions alone.
  await page.locator(".rt-filters summary").click();
  const singapore = page.locator("button[data-action='filter']", { hasText: "Singapore" });
  const count = Number((await singapore.locator(".rt-count").textContent()).trim());
  const acted = dataset.events.filter((e) => [].concat(e.by ?? []).includes("sg")).length;
  assert.equal(count, acted);
  await singapore.click();
  assert.equal(await page.locator("li.rt-event:not(.rt-filtered)").count(), acted);
  await page.close();
});

/** Whether the page scrolled and the track grew after one wheel turn over the track. */
async function wheelOverTrack(page, ctrl) {
  await page.locator(".rt-viewport").scrollIntoViewIfNeeded();
  const track = page.locator(".rt-track");
  const box = await page.locator(".rt-viewport").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = { y: await page.evaluate(() => window.scrollY), w: (await track.boundingBox()).width };
  if (ctrl) await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  if (ctrl) await page.keyboard.up("Control");
  await page.waitForTimeout(300);
  const after = { y: await page.evaluate(() => window.scrollY), w: (await track.boundingBox()).width };
  return { scrolled: after.y !== before.y, zoomed: after.w > before.w * 1.2 };
}

test("Ctrl + wheel over the track zooms the widget and not the page; a plain wheel scrolls the page", async () => {
  const { page } = await open(browser, "/", { width: 1280, height: 700 });
  await page.locator("relationship-timeline").scrollIntoViewIfNeeded();
  assert.deepEqual(await wheelOverTrack(page, true), { scrolled: false, zoomed: true });
  await page.locator("button[data-action='fit']").click();
  assert.deepEqual(await wheelOverTrack(page, false), { scrolled: true, zoomed: false });
  await page.close();
});

/** The left edge of the card with `id`, in the window. */
const cardLeft = (page, id) =>
  page.locator("relationship-timeline .relationship-timeline").evaluate((host, id) => host.shadowRoot.querySelector(`li[data-id="${id}"] .rt-card`).getBoundingClientRect().left, id);

/** A card in the right part of the view, away from its middle: where the reader zooms. */
const aimAt = (page) =>
  page.locator("relationship-timeline .relationship-timeline").evaluate((host) => {
    const view = host.shadowRoot.querySelector(".rt-viewport").getBoundingClientRect();
    const cards = [...host.shadowRoot.querySelectorAll("li.rt-event:not(.rt-folded) .rt-card")].map((c) => ({ id: c.closest("li").dataset.id, r: c.getBoundingClientRect() }));
    const target = view.left + view.width * 0.75;
    cards.sort((a, b) => Math.abs(a.r.left - target) - Math.abs(b.r.left - target));
    const { id, r } = cards[0];
    return { id, x: r.left + 2, y: r.top + r.height / 2 };
  });

test("real gestures zoom into what is under them: a two-finger pinch on a touch screen, Ctrl + wheel under the pointer", async () => {
  for (const how of ["pinch", "wheel"]) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, hasTouch: how === "pinch" });
    const page = await context.newPage();
    await page.goto(BASE + "/");
    await page.locator("relationship-timeline").scrollIntoViewIfNeeded();
    await page.locator("relationship-timeline .rt-card").first().waitFor();
    const aim = await aimAt(page);
    const track = page.locator("relationship-timeline .rt-track");
    const width = (await track.boundingBox()).width;
    if (how === "pinch") {
      const cdp = await context.newCDPSession(page);
      const fingers = (d) => [{ x: aim.x - d, y: aim.y, id: 1 }, { x: aim.x + d, y: aim.y, id: 2 }];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(30) });
      for (let d = 35; d <= 90; d += 5) {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(d) });
        await page.waitForTimeout(16);
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    } else {
      await page.mouse.move(aim.x, aim.y);
      await page.keyboard.down("Control");
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
      await page.keyboard.up("Control");
    }
    await page.waitForTimeout(300);
    assert.ok((await track.boundingBox()).width > width * 1.5, `${how}: zoomed in`);
    const left = await cardLeft(page, aim.id);
    assert.ok(Math.abs(left - (aim.x - 2)) < 12, `${how}: the card under it stays there (${aim.x - 2} → ${left})`);
    await context.close();
  }
});

test("on the phone list nothing forbids a pinch: no touch-action limits zooming the page", async () => {
  const { page } = await open(browser, "/", { width: 375 });
  const limiting = await page.locator("relationship-timeline .relationship-timeline").evaluate((host) => {
    const all = [host, ...host.shadowRoot.querySelectorAll("*")];
    for (let e = host.parentElement; e; e = e.parentElement) all.push(e);
    return all
      .map((e) => [e.className || e.localName, getComputedStyle(e).touchAction])
      .filter(([, t]) => !["auto", "manipulation"].includes(t) && !t.includes("pinch-zoom"))
      .map(([name, t]) => `${name}: ${t}`);
  });
  assert.deepEqual(limiting, []);
  await page.close();
});

for (const axis of ["story", "proportional"]) {
  test(`from an event card one Tab leaves the widget (${axis} axis)`, async () => {
    const { page } = await open(browser, "/", { width: 1280 });
    if (axis === "proportional") {
      await page.locator("button[data-action='axis']").click();
      assert.ok((await legibleCards(page)).clusters > 0, "clusters are drawn, and must not be tab stops");
    }
    await page.locator(".rt-card[tabindex='0']").focus();
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => {
      const host = document.querySelector("relationship-timeline");
      return host.contains(document.activeElement) || document.activeElement === host;
    });
    assert.equal(inside, false, "focus is still inside the widget");
    await page.close();
  });
}

test("heading levels follow the page: the heading-level attribute and the headingLevel option", async () => {
  const { page, errors } = await open(browser, "/cms.html");
  const levels = await page.evaluate(async () => {
    const { mount } = await import("/relationship-timeline.js");
    const out = {};
    const tags = (box) => {
      const root = box.querySelector(".relationship-timeline").shadowRoot;
      root.querySelector(".rt-card").click();
      const name = (e) => (e.getAttribute("role") === "heading" ? `level ${e.getAttribute("aria-level")}` : e.localName);
      return [".rt-heading", ".rt-details-title", ".rt-sources-title"].map((s) => name(root.querySelector(s)));
    };
    for (const level of [undefined, 3, 5]) {
      const box = document.createElement("div");
      document.querySelector("main").append(box);
      const options = level === undefined ? { lang: "en" } : { lang: "en", headingLevel: level };
      const t = await mount(box, options);
      out[level ?? "default"] = tags(box);
      t.destroy();
      box.remove();
      // The open event went into the address; the next mount would open it itself.
      history.replaceState(null, "", location.pathname);
    }
    const el = document.createElement("relationship-timeline");
      el.setAttribute("loading", "eager"); // appended below the fold: load now
    el.setAttribute("dataset", "vietnam-singapore");
    el.setAttribute("heading-level", "4");
    document.querySelector("main").append(el);
    await new Promise((resolve) => el.addEventListener("rt-ready", resolve, { once: true }));
    out.attribute = tags(el);
    return out;
  });
  assert.deepEqual(levels, {
    default: ["h2", "h3", "h4"],
    3: ["h3", "h4", "h5"],
    5: ["h5", "h6", "level 7"],
    attribute: ["h4", "h5", "h6"],
  });
  assert.deepEqual(errors, []);
  await page.close();
});

test("5,000 events on one day keep the page under 2,000 nodes at every zoom, and every one can be reached", async () => {
  const { page, errors } = await open(browser, "/cms.html");
  const result = await page.evaluate(async () => {
    const { mount } = await import("/relationship-timeline.js");
    const events = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, date: "2025-03-12", kind: "meeting", title: `Session ${i}` }));
    const data = JSON.stringify({ format: "relationship-timeline/1", id: "day", title: "One day", events });
    const box = document.createElement("div");
    box.style.width = "960px";
    document.querySelector("main").append(box);
    const t = await mount(box, { data, lang: "en" });
    const root = box.querySelector(".relationship-timeline").shadowRoot;
    const nodes = [root.querySelectorAll("*").length];
    for (let i = 0; i < 14; i++) {
      root.querySelector("button[data-action='zoom-in']").click();
      nodes.push(root.querySelectorAll("*").length);
    }
    const reached = t.select("e4321") && root.querySelector("li[data-id='e4321'] .rt-card") !== null;
    nodes.push(root.querySelectorAll("*").length);
    t.destroy();
    return { most: Math.max(...nodes), reached };
  });
  assert.ok(result.most <= 2000, `${result.most} nodes`);
  assert.ok(result.reached, "a selected event is drawn");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a card whose date has a time of day shows it whole and keeps its title's two lines inside the card", async () => {
  // "12 March 2025, 9:30 AM" is wider than a card: wrapped, it pushed the title's second
  // line out of the card's fixed height; on one line, it lost its time to an ellipsis.
  // On the track the date stays on one line, its day in short: "12 Mar 2025, 9:30 AM".
  const data = {
    format: "relationship-timeline/1", id: "times", title: "Times of day",
    events: [
      { id: "a", date: "2025-03-12T09:30", kind: "talks", title: "Talks between the two leaders at the Parliament House, in the morning" },
      { id: "b", date: "2025-03-12T14:00", kind: "meeting", title: "A meeting with the press after the talks, announcing the upgrade" },
      { id: "c", date: "2025-03-13", kind: "visit", title: "A short one" },
    ],
  };
  for (const width of [1280, 375]) {
    const { context, page } = await pageWithData("times", data, "en", width);
    await page.locator(".rt-card").first().waitFor();
    const cards = await page.evaluate(() => {
      const host = [...document.querySelector("relationship-timeline").children].find((c) => c.shadowRoot);
      return [...host.shadowRoot.querySelectorAll(".rt-card")].map((card) => {
        const c = card.getBoundingClientRect();
        const when = card.querySelector(".rt-when");
        const w = when.getBoundingClientRect();
        const title = card.querySelector(".rt-title");
        const t = title.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(when).fontSize) * 1.6;
        const titleLine = parseFloat(getComputedStyle(title).lineHeight);
        return {
          when: when.textContent, long: title.textContent.length > 40, whole: when.scrollWidth <= when.clientWidth,
          whenLines: Math.round(w.height / line + 0.4), titleInside: t.bottom <= c.bottom + 0.5, titleLines: t.height / titleLine,
        };
      });
    });
    assert.equal(cards.length, 3);
    for (const card of cards) {
      assert.ok(card.titleInside, `${width} px: the title of "${card.when}" ends inside its card`);
      // Two whole lines, not one and a part cut off by the card's edge.
      if (card.long) assert.ok(card.titleLines > 1.95, `${width} px: the title of "${card.when}" shows ${card.titleLines.toFixed(2)} lines`);
      if (width === 1280) assert.equal(card.whenLines, 1, `the date "${card.when}" is one line on the track`);
      assert.ok(card.whole, `${width} px: the date "${card.when}" is not cut`);
    }
    assert.ok(cards.some((c) => c.when === "12 Mar 2025, 9:30 AM"), `the time is written: ${cards.map((c) => c.when)}`);
    await context.close();
  }
});

test("a card says two times of one day with the day once, and in Vietnamese the span fits the card whole", async () => {
  // "13/3/2025, 21:15 – 13/3/2025, 23:40" and then "13/3/2025, 21:15 – 23:40" were
  // wider than a card and ended in an ellipsis; the day and the half of the day are
  // said once.
  const data = {
    format: "relationship-timeline/1", id: "dinner", title: "A dinner",
    events: [
      { id: "a", date: "2025-03-12", kind: "visit", title: "The visit begins" },
      { id: "d", date: "2025-03-13T21:15", end: "2025-03-13T23:40", kind: "meeting", title: "A dinner for the two delegations, at the end of the visit" },
    ],
  };
  for (const [lang, width, expected] of [["vi", 1280, "13/3/2025, 21:15–23:40"], ["en", 375, "13 Mar 2025, 9:15–11:40 PM"]]) {
    const { context, page } = await pageWithData("dinner", data, lang, width);
    await page.locator(".rt-card").nth(1).waitFor();
    // The Vietnamese words arrive after the first drawing: wait for the card in them.
    await page.waitForFunction((text) => {
      const host = [...document.querySelector("relationship-timeline").children].find((c) => c.shadowRoot);
      return [...host.shadowRoot.querySelectorAll(".rt-when")].some((w) => w.textContent === text);
    }, expected);
    const when = await page.evaluate((text) => {
      const host = [...document.querySelector("relationship-timeline").children].find((c) => c.shadowRoot);
      const w = [...host.shadowRoot.querySelectorAll(".rt-when")].find((w) => w.textContent === text);
      return { whole: w.scrollWidth <= w.clientWidth, lines: Math.round(w.getBoundingClientRect().height / (parseFloat(getComputedStyle(w).fontSize) * 1.6) + 0.4) };
    }, expected);
    assert.ok(when.whole, `${lang} at ${width} px: "${expected}" is not cut`);
    assert.equal(when.lines, 1, `${lang} at ${width} px: "${expected}" is one line`);
    await context.close();
  }
});

const LONG_WHEN = "Late summer 1973, in the weeks after the two governments exchanged notes and before the embassies opened";

test("a date wider than its card takes two lines, broken between its parts, and the title keeps one line inside the card", async () => {
  // Spans across months and times with their day were cut by an ellipsis on the track
  // ("28 February 2025 – 2 Mar…", "5 Nov 2024, 9:15–11:4…") in every language.
  const spans = [
    ["1973-08-01", "1973-09-30"], ["2013-03", "2025-12"], ["2024-11-05T21:15", "2024-11-05T23:40"],
    ["2024-11-05T21:15", "2024-11-06T01:00"], ["2024-12-28", "2025-01-03"], ["2025-03-11", "2025-03-13"],
    // Past two lines with its times (in Tamil, and with UTC offsets in every language):
    // the card says the days, the details the times.
    ["2024-11-05T21:15+07:00", "2024-11-06T01:00+07:00"],
  ];
  const data = {
    format: "relationship-timeline/1", id: "spans", title: "Spans",
    events: [
      ...spans.map(([date, end], i) => ({ id: `e${i}`, date, end, kind: "visit", title: `A programme of cooperation between the two delegations, number ${i}` })),
      // The data's own wording, longer than two lines of a card: whole in the list.
      { id: "long", date: "1973-08", display_date: LONG_WHEN, kind: "other", title: "Relations are established" },
    ],
  };
  // Tamil: a time with its UTC offset is wider than a card by itself.
  data.events.push({ id: "offset", date: "2024-11-05T09:15+07:00", end: "2024-11-05T11:40+07:00", kind: "talks", title: "Talks in the morning" });
  for (const [lang, width] of [["en", 1280], ["vi", 1280], ["zh-Hans", 1280], ["ta", 1280], ["en", 375]]) {
    const { context, page } = await pageWithData("spans", data, lang, width);
    await page.locator(".rt-card").nth(spans.length + 1).waitFor();
    await page.waitForFunction((lang) => {
      const host = [...document.querySelector("relationship-timeline").children].find((c) => c.shadowRoot);
      return host.shadowRoot.querySelector(".rt")?.lang === lang;
    }, lang);
    const cards = await page.evaluate(() => {
      const host = [...document.querySelector("relationship-timeline").children].find((c) => c.shadowRoot);
      return [...host.shadowRoot.querySelectorAll(".rt-card")].map((card) => {
        const c = card.getBoundingClientRect();
        // The date shown: in short on the track, or whole in the list.
        const when = [...card.querySelectorAll(".rt-when")].find((w) => w.getClientRects().length > 0);
        const title = card.querySelector(".rt-title");
        const t = title.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(when).lineHeight) || parseFloat(getComputedStyle(when).fontSize) * 1.45;
        const parts = [...when.children].map((p) => ({ text: p.textContent, lines: Math.round(p.getBoundingClientRect().height / line) }));
        return {
          when: when.textContent, whole: when.scrollWidth <= when.clientWidth + 0.5 && when.scrollHeight <= when.clientHeight + 0.5,
          lines: Math.round(when.getBoundingClientRect().height / line), parts,
          titleInside: t.bottom <= c.bottom + 0.5, titleLines: t.height / parseFloat(getComputedStyle(title).lineHeight),
        };
      });
    });
    assert.equal(cards.length, spans.length + 2);
    for (const card of cards) {
      const at = `${lang} at ${width} px, "${card.when}"`;
      // On the track a date longer than two lines ends in an ellipsis (the details say
      // it whole); in the phone's list every date is whole.
      if (card.when !== LONG_WHEN || width === 375) assert.ok(card.whole, `${at}: the date is not cut`);
      assert.ok(card.titleInside, `${at}: the title ends inside the card`);
      assert.ok(card.titleLines > 0.95, `${at}: at least one whole line of title (${card.titleLines.toFixed(2)})`);
      // Each part whole on its line: no day or time broken in two.
      for (const part of card.parts) assert.equal(part.lines, 1, `${at}: "${part.text}" is on one line`);
      if (card.when === LONG_WHEN) assert.equal(card.parts.length, 0, "one part wraps as text does");
      if (width === 1280) assert.ok(card.lines <= 2, `${at}: at most two lines`);
    }
    // The span over two days with offsets: its days on the track, its times in the list.
    const said = cards.map((c) => c.when).join(" | ");
    if (width === 1280) assert.ok(!said.includes("UTC+7 –"), `${lang}: the track leaves a span's times past two lines to the details: ${said}`);
    else assert.ok(said.includes("5 Nov 2024, 9:15 PM UTC+7 – 6 Nov 2024, 1:00 AM UTC+7"), `the list says the times: ${said}`);
    if (lang === "en" && width === 1280) {
      const dinner = cards.find((c) => c.when === "5 Nov 2024, 9:15–11:40 PM");
      assert.ok(dinner, cards.map((c) => c.when).join(" | "));
      assert.equal(dinner.lines, 2, "the day, then the two times");
      assert.deepEqual(dinner.parts.map((p) => p.text), ["5 Nov 2024,", "9:15–11:40 PM"]);
      // A short span keeps one line, and its title two.
      const short = cards.find((c) => c.when === "11–13 March 2025");
      assert.ok(short && short.lines === 1 && short.titleLines > 1.95, JSON.stringify(short));
      // Printed, every date is whole.
      await page.emulateMedia({ media: "print" });
      const printed = await page.evaluate(() => {
        const host = [...document.querySelector("relationship-timeline").children].find((c) => c.shadowRoot);
        return [...host.shadowRoot.querySelectorAll(".rt-when")].filter((w) => w.scrollHeight > w.clientHeight + 0.5 || w.scrollWidth > w.clientWidth + 0.5).map((w) => w.textContent);
      });
      assert.deepEqual(printed, [], "printed dates are not cut");
      const shown = await page.locator("relationship-timeline .relationship-timeline").evaluate((host) =>
        [...host.shadowRoot.querySelectorAll(".rt-when")].filter((w) => w.getClientRects().length > 0).map((w) => w.textContent),
      );
      assert.ok(shown.includes("5 Nov 2024, 9:15 PM UTC+7 – 6 Nov 2024, 1:00 AM UTC+7"), `printed, the times are said: ${shown.join(" | ")}`);
      assert.equal(shown.length, cards.length, "one date a card");
    }
    await context.close();
  }
});

test("today at the track's end is said inside the widget, the word before its line", async () => {
  // The last event a year before today: today's line is at the track's right end, where
  // the word after it was cut off ("Tod").
  const day = (ago) => new Date(Date.now() - ago * 86400000).toISOString().slice(0, 10);
  const data = {
    format: "relationship-timeline/1", id: "recent", title: "Recent",
    events: [
      { id: "a", date: "1990", kind: "meeting", title: "Long ago" },
      { id: "m", date: "2001-06-01", kind: "meeting", title: "Middle" },
      { id: "p", date: day(944), kind: "meeting", title: "Before" },
      ...[1, 2, 3, 4, 5, 6].map((k) => ({ id: `b${k}`, date: day(697), kind: "talks", title: `Busy ${k}` })),
      { id: "c", date: day(365), kind: "visit", title: "A year ago" },
    ],
  };
  for (const width of [1280, 700]) {
    const { context, page } = await pageWithData("recent", data, "en", width);
    await page.locator(".rt-card").nth(1).waitFor();
    await page.locator(".rt-today").waitFor({ state: "attached" });
    const seen = await page.locator("relationship-timeline .relationship-timeline").evaluate((host) => {
      const root = host.shadowRoot;
      const view = root.querySelector(".rt-viewport").getBoundingClientRect();
      const today = root.querySelector(".rt-today");
      const word = document.createRange();
      word.selectNodeContents(today);
      const w = word.getBoundingClientRect();
      return { text: today.textContent, inside: w.left >= view.left && w.right <= view.right, right: w.right, viewRight: view.right, before: today.classList.contains("rt-before") };
    });
    assert.equal(seen.text, "Today");
    assert.ok(seen.inside, `the word is inside the track at ${width} px: ${JSON.stringify(seen)}`);
    await context.close();
  }
});

test("a tick's label that today's line meets stays readable: the line passes behind it", async () => {
  // From 500 BCE to this year at 1280 px, a tick every 200 years: today's line falls on
  // the label "2000 CE", which it struck through.
  const data = {
    format: "relationship-timeline/1", id: "ages", title: "Ages",
    events: [
      { id: "a", date: "-0500", kind: "meeting", title: "An ancient meeting" },
      { id: "b", date: "2024-11-07", kind: "visit", title: "A recent visit" },
    ],
  };
  const { context, page } = await pageWithData("ages", data, "en", 1280);
  await page.locator(".rt-card").nth(1).waitFor();
  const seen = await page.locator("relationship-timeline .relationship-timeline").evaluate((host) => {
    const root = host.shadowRoot;
    const line = root.querySelector(".rt-today").getBoundingClientRect();
    const x = line.left + 1;
    const met = [...root.querySelectorAll(".rt-tick")].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left + 4 <= x && x <= r.right;
    });
    // The word "Today" under the line: its first letter's top, which the label's
    // background must not cover.
    const today = root.querySelector(".rt-today");
    const word = document.createRange();
    word.selectNodeContents(today);
    const w = word.getBoundingClientRect();
    const wordTop = root.elementFromPoint(w.left + 3, w.top + 2);
    return {
      met: met.map((t) => {
        const r = t.getBoundingClientRect();
        const top = root.elementFromPoint(x, r.top + r.height / 3);
        return { label: t.textContent, onTop: top === t };
      }),
      todayWhole: wordTop === today,
    };
  });
  assert.equal(seen.met.length, 1, `today's line meets one label: ${JSON.stringify(seen)}`);
  assert.ok(seen.met[0].onTop, `"${seen.met[0].label}" is above today's line`);
  assert.ok(seen.todayWhole, "the word under today's line is not covered by the label");
  await context.close();
  // The marks of compressed stretches stay above the labels they touch (the bundled
  // timeline has one at the tick of 2000).
  const { page: demo } = await open(browser, "/", { width: 1280, height: 800 });
  await demo.locator("relationship-timeline").scrollIntoViewIfNeeded();
  await demo.locator("relationship-timeline .rt-break").first().waitFor();
  const hidden = await demo.locator("relationship-timeline .relationship-timeline").evaluate((host) => {
    const root = host.shadowRoot;
    return [...root.querySelectorAll(".rt-break")].filter((mark) => {
      const r = mark.getBoundingClientRect();
      // The lower part of the mark, where a tick's label would cover it.
      const top = root.elementFromPoint(r.left + r.width / 2, r.bottom - 3);
      return top !== mark && !mark.contains(top);
    }).map((mark) => mark.textContent || "//");
  });
  assert.deepEqual(hidden, [], "every break mark is whole");
  await demo.close();
});
