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


// The fixed dates of tests/data/five-languages.json, as each language writes them:
// 2520 BCE, 11–13 March 2025 (a span), 12 March 2025, and 12 March 2025 at 14:30.
const expected = {
  vi: { name: "Tiếng Việt", dates: ["2520 TCN", "11–13 tháng 3, 2025", "12 tháng 3, 2025", "12 tháng 3, 2025, 14:30"] },
  en: { name: "English", dates: ["2520 BCE", "11–13 March 2025", "12 March 2025", "12 March 2025, 2:30 PM"] },
  "zh-Hans": { name: "中文", dates: ["公元前2520年", "2025年3月11日–13日", "2025年3月12日", "2025年3月12日 14:30"] },
  ms: { name: "Bahasa Melayu", dates: ["2520 SM", "11–13 Mac 2025", "12 Mac 2025", "12 Mac 2025, 2:30 PTG"] },
  ta: { name: "தமிழ்", dates: ["கி.மு. 2520", "11–13 மார்ச் 2025", "12 மார்ச் 2025", "12 மார்ச் 2025, பிற்பகல் 2:30"] },
};

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
          titleLangs: [...shadow.querySelectorAll(".rt-title")].map((t) => t.lang),
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          widgetOverflow: section.scrollWidth - section.clientWidth,
        };
      });
      assert.equal(seen.lang, lang, "follows the page's lang");
      assert.equal(seen.menu, name, "the menu names the language in itself");
      assert.deepEqual(seen.dates, dates, `${lang} at ${width}px`);
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
