// Screenshots of the demo article in each interface language at 375 and 1280 px, for
// reviewers: `node tests/e2e/screenshots.mjs` against a running `cargo xtask dev`
// (RT_BASE_URL, default http://127.0.0.1:8000) writes docs/img/lang-<code>-<width>.png.
// Not a test: the checks are in languages.test.mjs.
import { launch, open } from "./browser.mjs";

const browser = await launch();
for (const lang of ["vi", "en", "zh-Hans", "ms", "ta"]) {
  for (const width of [375, 1280]) {
    const { page } = await open(browser, "/", { width, height: width < 600 ? 900 : 800 });
    await page.locator(".rt-lang-summary").click();
    await page.locator(`button[data-lang='${lang}']`).click();
    await page.locator(`section.rt[lang='${lang}']`).waitFor(); // its words may come as a file
    await page.locator(".rt-card:visible").nth(2).click();
    const widget = page.locator("relationship-timeline");
    await widget.scrollIntoViewIfNeeded();
    await widget.screenshot({ path: new URL(`../../docs/img/lang-${lang}-${width}.png`, import.meta.url).pathname });
    await page.close();
  }
}
await browser.close();
