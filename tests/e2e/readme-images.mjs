// The images of the README and of docs/studio.md, for reviewers: `node
// tests/e2e/readme-images.mjs` against a running `cargo xtask dev` (RT_BASE_URL, default
// http://127.0.0.1:8000) writes docs/img/desktop.png and phone.png (the demo article, its
// timeline at the top of the window) and studio-1280.png and studio-375.png (TimelineJS's
// spreadsheet with a bad time, its problem clicked). Not a test: what they show is
// checked in first-view.test.mjs and studio.test.mjs.
import { readFileSync } from "node:fs";
import { launch, BASE } from "./browser.mjs";

const out = (name) => new URL(`../../docs/img/${name}.png`, import.meta.url).pathname;
const browser = await launch();
for (const [name, width] of [["desktop", 1280], ["phone", 375]]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(BASE + "/");
  const widget = page.locator("relationship-timeline");
  await widget.scrollIntoViewIfNeeded();
  await page.locator(".rt-card").first().waitFor();
  await page.evaluate(() => window.scrollBy(0, document.querySelector("relationship-timeline").getBoundingClientRect().top - 16));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out(name) });
  await page.close();
}
// A bad time of day in TimelineJS's sheet (row 7, Time), opened as a file, its problem clicked.
const sheet = readFileSync(new URL("../data/timelinejs-sheet.csv", import.meta.url), "utf8").replace("8:30 PM", "25:30");
for (const [width, full] of [[1280, true], [375, false]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(BASE + "/studio.html");
  await page.locator("#file").setInputFiles({ name: "election-night.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
  await page.locator("#preview .rt-card").first().waitFor();
  await page.locator("#problems button.error").first().click();
  await page.waitForTimeout(300);
  if (!full) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out(`studio-${width}`), fullPage: full });
  await page.close();
}
await browser.close();
