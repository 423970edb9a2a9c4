// The five interface languages in real Chromium: chosen from the menu, dates in each
// language's own form, fallbacks and quotes marked with their language, no sideways
// overflow at 320, 375 and 1280 px, and no axe violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, BASE, violations } from "./browser.mjs";

const data = readFileSync(new URL("../data/five-languages.json", import.meta.url), "utf8");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


// The fixed dates of tests/data/five-languages.json, as each language writes them on a
// card: 2520 BCE, 11–13 March 2025 (a span), 12 March 2025, and 12 March 2025 at 14:30
// (a day with a time in the axis's short form, so the time fits the card).
const expected = {
  vi: { name: "Tiếng Việt", dates: ["2520 TCN", "11–13 tháng 3, 2025", "12 tháng 3, 2025", "12/3/2025, 14:30"] },
  en: { name: "English", dates: ["2520 BCE", "11–13 March 2025", "12 March 2025", "12 Mar 2025, 2:30 PM"] },
  "zh-Hans": { name: "中文", dates: ["公元前2520年", "2025年3月11日–13日", "2025年3月12日", "2025年3月12日 14:30"] },
  ms: { name: "Bahasa Melayu", dates: ["2520 SM", "11–13 Mac 2025", "12 Mac 2025", "12 Mac 2025, 2:30 PTG"] },
  ta: { name: "தமிழ்", dates: ["கி.மு. 2520", "11–13 மார்ச் 2025", "12 மார்ச் 2025", "12/3/2025, பிற்பகல் 2:30"] },
};

// The words each language writes with a year before year 1 and from year 1 on.
const eras = { vi: ["TCN", "SCN"], en: ["BCE", "CE"], "zh-Hans": ["公元前", "公元"], ms: ["SM", " M"], ta: ["கி.மு.", "கி.பி."] };

for (const [lang, { name, dates }] of Object.entries(expected)) {
  test(`${name}: dates in its own form, fallbacks and quotes marked, no overflow, no axe violations`, async () => {
    for (const width of [320, 375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(BASE + "/static.html");
      await page.evaluate(async ([data, lang]) => {
        document.documentElement.lang = lang;
        const main = document.querySelector("main");
        main.replaceChildren();
        const h1 = document.createElement("h1");
        h1.textContent = "relationship-timeline";
        const host = document.createElement("div");
        main.append(h1, host);
        const { mount } = await import("/relationship-timeline.js");
        window.__t = await mount(host, { data });
        window.__host = host;
      }, [data, lang]);
      const seen = await page.evaluate(() => {
        const shadow = window.__host.firstElementChild.shadowRoot;
        const section = shadow.querySelector("section.rt");
        return {
          lang: section.lang,
          menu: shadow.querySelector(".rt-lang-summary").textContent,
          dates: [...shadow.querySelectorAll(".rt-when")].map((t) => t.textContent),
          ticks: [...shadow.querySelectorAll(".rt-tick")].map((t) => t.textContent),
          titleLangs: [...shadow.querySelectorAll(".rt-title")].map((t) => t.lang),
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          widgetOverflow: section.scrollWidth - section.clientWidth,
        };
      });
      assert.equal(seen.lang, lang, "follows the page's lang");
      assert.equal(seen.menu, name, "the menu names the language in itself");
      assert.deepEqual(seen.dates, dates, `${lang} at ${width}px`);
      if (width === 1280) {
        // From 2520 BCE to 2025: every year on the axis says its era.
        const [bce, ce] = eras[lang];
        assert.ok(seen.ticks.some((t) => t.includes(ce) && !t.includes(bce)), `${lang}: ${seen.ticks.join(" | ")}`);
        assert.ok(!seen.ticks.some((t) => /^\d+$/.test(t)), `${lang}: a year without its era: ${seen.ticks.join(" | ")}`);
      }
      assert.equal(seen.titleLangs[0], lang === "en" ? "" : "en", "an English-only title is marked as English");
      assert.ok(seen.titleLangs.slice(1).every((l) => l === ""), "titles in the widget's language carry no mark");
      assert.ok(seen.pageOverflow <= 0, `${lang} at ${width}px: the page scrolls sideways by ${seen.pageOverflow}px`);
      assert.ok(seen.widgetOverflow <= 0, `${lang} at ${width}px: the widget overflows by ${seen.widgetOverflow}px`);
      // The details: the quote in its source's language, the summary in the reader's.
      await page.locator(".rt-card").nth(2).click();
      const details = await page.evaluate(() => {
        const shadow = window.__host.firstElementChild.shadowRoot;
        return { quote: shadow.querySelector(".rt-quote")?.lang, summary: shadow.querySelector(".rt-summary")?.lang };
      });
      assert.equal(details.quote, "vi", "a quote keeps its article's language");
      assert.equal(details.summary, "", "the summary is in the widget's language");
      if (width !== 320) assert.deepEqual(await violations(page), [], `${lang} at ${width}px`);
      await context.close();
    }
  });
}

test("the demo article switches to each language from the menu, with no axe violations at 375 and 1280 px", async () => {
  for (const width of [375, 1280]) {
    const { page, errors } = await open(browser, "/", { width });
    for (const [lang, { name }] of Object.entries(expected)) {
      await page.locator(".rt-lang-summary").click();
      await page.locator(`button[data-lang='${lang}']`).click();
      // A language beyond the first module's English arrives as a file, then switches.
      await page.locator(`section.rt[lang='${lang}']`).waitFor({ timeout: 10000 });
      assert.equal(await page.locator(".rt-lang-summary").textContent(), name);
      assert.equal(await page.locator("section.rt").getAttribute("lang"), lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang} at ${width}px: ${overflow}px sideways`);
      assert.deepEqual(await violations(page), [], `${lang} at ${width}px`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

/** A page holding one timeline of the bundled data, in `lang`, and what it fetched. */
async function pageIn(lang, { block } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  const warnings = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  if (block) await page.route(`**/lang/${block}.json`, (r) => r.abort());
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head>
<body><main><h1>t</h1><relationship-timeline loading="eager"></relationship-timeline></main>
<script type="module" src="/relationship-timeline.js"></script></body></html>`;
  await page.route(BASE + "/e2e-lang.html", (r) => r.fulfill({ contentType: "text/html", body: html }));
  await page.goto(BASE + "/e2e-lang.html");
  await page.locator(".rt-card").first().waitFor({ timeout: 15000 });
  const shown = () => page.evaluate(() => {
    const shadow = document.querySelector("relationship-timeline").firstElementChild.shadowRoot;
    return { lang: shadow.querySelector("section.rt").lang, axis: shadow.querySelector("[data-action='zoom-in']").getAttribute("aria-label") };
  });
  return { context, page, requests, warnings, shown };
}

test("a reader downloads the words of the language shown, and only those", async () => {
  const langFiles = (requests) => requests.filter((r) => r.includes("/lang/"));
  // English is in the first module: no language file.
  const en = await pageIn("en");
  assert.deepEqual(langFiles(en.requests), []);
  assert.deepEqual(await en.shown(), { lang: "en", axis: "Zoom in" });
  await en.context.close();
  // A Vietnamese page: its one file, fetched while the module loads, and Vietnamese
  // from the first drawing (the first card was waited for above).
  const vi = await pageIn("vi");
  assert.deepEqual(langFiles(vi.requests), ["/lang/vi.json"]);
  assert.deepEqual(await vi.shown(), { lang: "vi", axis: "Phóng to" });
  // Tamil chosen from the menu: its file, then the switch; Vietnamese is not fetched again.
  await vi.page.locator(".rt-lang-summary").click();
  await vi.page.locator("button[data-lang='ta']").click();
  await vi.page.locator("section.rt[lang='ta']").waitFor({ timeout: 10000 });
  assert.deepEqual(langFiles(vi.requests), ["/lang/vi.json", "/lang/ta.json"]);
  assert.equal((await vi.shown()).axis, "பெரிதாக்கு");
  // Back to Vietnamese: already here, switched at once.
  await vi.page.locator(".rt-lang-summary").click();
  await vi.page.locator("button[data-lang='vi']").click();
  assert.equal((await vi.shown()).lang, "vi");
  assert.equal(langFiles(vi.requests).length, 2);
  await vi.context.close();
});

test("a language file that does not arrive leaves the timeline in English, said on the console", async () => {
  const ms = await pageIn("ms", { block: "ms" });
  assert.deepEqual(await ms.shown(), { lang: "en", axis: "Zoom in" });
  assert.ok(ms.warnings.some((w) => w.includes("\"ms\"")), ms.warnings.join("\n"));
  assert.equal(await ms.page.locator(".rt-card").count() > 0, true, "the events are drawn");
  // Chosen from the menu while its file still cannot come: the language stays.
  await ms.page.locator(".rt-lang-summary").click();
  await ms.page.locator("button[data-lang='ms']").click();
  await ms.page.waitForTimeout(300);
  assert.equal((await ms.shown()).lang, "en");
  await ms.context.close();
});
