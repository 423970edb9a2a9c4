// Accessibility of every page in www/: axe-core (WCAG 2.0, 2.1 A and AA, 2.2 AA rules) in both
// languages, both layouts and both colour schemes, with the details and filters open;
// no sideways scrolling at 320 px; touch targets at least 44 × 44 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { BASE, launch, open, violations } from "./browser.mjs";

// Every page that shows a timeline; the studio, empty until an editor brings data, has
// its own checks in studio.test.mjs.
const pages = readdirSync(new URL("../../www/", import.meta.url)).filter((f) => f.endsWith(".html") && !f.includes(".template.") && f !== "studio.html");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


for (const file of pages) {
  for (const [layout, width] of [["wide", 1280], ["narrow", 375]]) {
    for (const scheme of ["light", "dark"]) {
      test(`${file}: no axe violations, ${layout} layout, ${scheme} scheme, both languages`, async () => {
        const { page, errors } = await open(browser, "/" + file, { width });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        for (const lang of ["vi", "en"]) {
          await page.locator(".rt-lang-summary").first().click();
          await page.locator(`button[data-lang='${lang}']`).first().click();
          assert.deepEqual(await violations(page), [], `${lang}, closed`);
          await page.locator(".rt-filters summary").first().click();
          await page.locator(".rt-card:visible").first().click();
          await page.locator(".rt-details.rt-open").first().waitFor();
          assert.deepEqual(await violations(page), [], `${lang}, details and filters open`);
          await page.keyboard.press("Escape");
          await page.locator(".rt-filters summary").first().click();
        }
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
}

test("at 320 px nothing scrolls sideways and every control is at least 44 × 44 px", async () => {
  const { page } = await open(browser, "/", { width: 320, height: 700 });
  await page.locator(".rt-filters summary").click();
  await page.locator(".rt-card").first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  const small = await page.locator("relationship-timeline button:visible, relationship-timeline summary:visible, relationship-timeline [role=slider]:visible")
    .evaluateAll((els) => els.map((e) => [e.className || e.tagName, e.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44).map(([name, r]) => `${name} ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert.deepEqual(small, []);
  await page.close();
});

test("wide: every control is at least 44 × 44 px", async () => {
  const { page } = await open(browser, "/", { width: 1280 });
  await page.locator(".rt-filters summary").click();
  const small = await page.locator("relationship-timeline button:visible, relationship-timeline summary:visible, relationship-timeline [role=slider]:visible")
    .evaluateAll((els) => els.map((e) => [e.className || e.tagName, e.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44).map(([name, r]) => `${name} ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert.deepEqual(small, []);
  await page.close();
});

for (const [layout, width] of [["wide", 1280], ["narrow", 375]]) {
  test(`a notice of many problems: no axe violations, its list scrolled from the keyboard, ${layout} layout`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(BASE + "/static.html");
    // Twenty events whose dates do not read, and one that does: a list longer than the
    // notice's room.
    const rows = ["date,title", "2025-03-12,Hội đàm", ...Array.from({ length: 20 }, (_, i) => `not a date ${i},Sự kiện ${i}`)].join("\n");
    await page.evaluate(async (data) => {
      const { mount } = await import("/relationship-timeline.js");
      const host = document.createElement("div");
      document.body.append(host);
      await mount(host, { data, lang: "vi" });
    }, rows);
    const summary = page.locator(".rt-notice-summary");
    await summary.click();
    assert.deepEqual(await violations(page), []);
    // The list scrolls within the notice, and a reader on the keyboard scrolls it from
    // the summary, which stays in sight.
    await summary.focus();
    const scrolled = () => page.evaluate(() => {
      const shadow = document.querySelector("body > div:last-of-type").firstElementChild.shadowRoot;
      const list = shadow.querySelector(".rt-notice-list");
      const top = shadow.querySelector(".rt-notice-summary").getBoundingClientRect().top - list.getBoundingClientRect().top;
      return { overflows: list.scrollHeight > list.clientHeight, scrollTop: list.scrollTop, summaryAtTop: Math.abs(top) < 1 };
    });
    assert.equal((await scrolled()).overflows, true, "the list is longer than the notice's room");
    await page.keyboard.press("End");
    // Keyboard scrolling is animated: wait for it to end.
    await page.waitForFunction(() => {
      const list = document.querySelector("body > div:last-of-type").firstElementChild.shadowRoot.querySelector(".rt-notice-list");
      return list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
    }, null, { timeout: 3000 }).catch(() => {});
    const after = await scrolled();
    assert.ok(after.scrollTop > 0 && after.summaryAtTop, JSON.stringify(after));
    await page.close();
  });
}

/** The element that has the focus, inside shadow roots; its ring (outline) and every
 * scroller around it that would cut part of the ring off. */
const focusRing = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const grow = (parseFloat(cs.outlineWidth) || 0) + (parseFloat(cs.outlineOffset) || 0);
  const b = el.getBoundingClientRect();
  const ring = { l: b.left - grow, t: b.top - grow, r: b.right + grow, b: b.bottom + grow };
  const cutBy = [];
  for (let a = el.parentNode; a; a = a.parentNode ?? a.host) {
    if (!(a instanceof Element)) continue;
    const s = getComputedStyle(a);
    if (s.overflowX === "visible" && s.overflowY === "visible") continue;
    const ab = a.getBoundingClientRect();
    const l = ab.left + a.clientLeft, t = ab.top + a.clientTop;
    if (ring.l < l - 0.5 || ring.t < t - 0.5 || ring.r > l + a.clientWidth + 0.5 || ring.b > t + a.clientHeight + 0.5) cutBy.push(a.className || a.tagName);
  }
  const name = `${el.className || el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 24)}"`;
  return { name, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) || 0, cutBy };
};

for (const [layout, width] of [["wide", 1280], ["narrow", 375]]) {
  test(`every stop of the Tab order shows a whole focus ring, with a notice, the filters and the details open, ${layout} layout`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(BASE + "/static.html");
    const rows = ["date,title,pillar", "2025-03-12,Hội đàm,Kinh tế", "2025-03-13,Gặp gỡ,Quốc phòng", "2025-04-01,Ký kết,Kinh tế",
      ...Array.from({ length: 6 }, (_, i) => `not a date ${i},Sự kiện ${i},`)].join("\n");
    await page.evaluate(async (data) => {
      document.body.replaceChildren();
      const { mount } = await import("/relationship-timeline.js");
      const host = document.createElement("div");
      document.body.append(host);
      await mount(host, { data, lang: "vi" });
    }, rows);
    await page.locator(".rt-filters summary").click();
    await page.locator(".rt-card:visible").first().click();
    await page.locator(".rt-details.rt-open").waitFor();
    // On from the details, round the page and back, as a reader on the keyboard goes.
    await page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; a?.blur(); });
    const stops = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(focusRing);
      // Past the last stop the focus leaves the page, then comes round to the first.
      if (!ring) continue;
      if (stops.some((s) => s.name === ring.name)) break;
      stops.push(ring);
    }
    const names = stops.map((s) => s.name).join(", ");
    for (const part of ["rt-lang-summary", "rt-notice-summary", "rt-dismiss", "rt-filter", "rt-card", "rt-close", "rt-step"]) {
      assert.ok(names.includes(part), `${part} is a stop: ${names}`);
    }
    const bad = stops.filter((s) => s.style === "none" || s.width < 2 || s.cutBy.length > 0);
    assert.deepEqual(bad, [], "rings drawn 2 px or wider and cut by no scroller");
    await page.close();
  });
}

test("in forced colours (a contrast theme) the slider's thumb, its track and the spans' bars are still drawn", async () => {
  const { page, errors } = await open(browser, "/", { width: 1280 });
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  // A contrast theme keeps borders, in its own colours, and drops backgrounds and shadows.
  const drawn = await page.locator("relationship-timeline").first().evaluate((el) => {
    const root = (el.shadowRoot ? el : el.firstElementChild).shadowRoot;
    const canvas = getComputedStyle(root.querySelector("section.rt")).backgroundColor;
    const seen = (e, pseudo) => {
      const cs = getComputedStyle(e, pseudo);
      return ["Top", "Bottom"].some((side) => parseFloat(cs[`border${side}Width`]) >= 3 && cs[`border${side}Color`] !== canvas && cs[`border${side}Style`] === "solid");
    };
    return {
      thumb: seen(root.querySelector(".rt-thumb")),
      track: seen(root.querySelector(".rt-scrubber"), "::before"),
      bar: seen(root.querySelector(".rt-bar")),
      band: seen(root.querySelector(".rt-band")),
      forced: matchMedia("(forced-colors: active)").matches,
    };
  });
  assert.deepEqual(drawn, { thumb: true, track: true, bar: true, band: true, forced: true });
  assert.deepEqual(errors, []);
  await page.close();
});
