// The demo article page, as a reader opens it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, dataset, BASE } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const N = dataset.events.length;

test("on a desktop the timeline accounts for every event, as cards or in clusters", async () => {
  const { page, errors, requests } = await open(browser, "/", { width: 1280 });
  assert.equal(await page.locator(".rt-card").count(), N);
  const visible = await page.locator("li.rt-event:not(.rt-folded)").count();
  const folded = (await page.locator(".rt-cluster-count").allTextContents())
    .reduce((sum, t) => sum + Number(t.slice(1)), 0);
  assert.equal(visible + folded, N);
  // Opening clusters (zooming in) eventually shows every event as a card.
  const seen = new Set();
  const cards = () => page.locator("li.rt-event:not(.rt-folded)").evaluateAll((els) => els.map((e) => e.dataset.id));
  for (let guard = 0; guard < 20; guard++) {
    (await cards()).forEach((id) => seen.add(id));
    if ((await page.locator(".rt-cluster").count()) === 0) break;
    await page.locator(".rt-cluster").first().click();
  }
  assert.deepEqual([...seen].sort(), dataset.events.map((e) => e.id).sort());
  assert.deepEqual(errors, []);
  const origin = new URL(BASE).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], "no request leaves the origin");
  await page.close();
});

test("on a phone every event is a card in a dated list, and the page does not scroll sideways", async () => {
  const { page, errors } = await open(browser, "/", { width: 375, height: 800 });
  assert.equal(await page.locator(".rt-card:visible").count(), N);
  const datetimes = await page.locator(".rt-card time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  assert.equal(datetimes.length, N);
  assert.ok(datetimes.every(Boolean), "every item carries a machine-readable date");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  assert.deepEqual(errors, []);
  await page.close();
});

// Layouts that size a box by its content (a flex row, a float, a table cell, …): the
// track's width, thousands of pixels, must not become the article's.
const shrinkToFit = {
  "a flex row": '<div style="display:flex">X</div>',
  "a centred flex column": '<div style="display:flex;flex-direction:column;align-items:center">X</div>',
  "an inline block": '<div style="display:inline-block">X</div>',
  "a float": '<div style="float:left">X</div>',
  "an absolutely placed box": '<div style="position:absolute;left:0;right:auto">X</div>',
  "a table cell": "<table><tr><td>X</td></tr></table>",
  "a grid's auto column": '<div style="display:grid;grid-template-columns:auto">X</div>',
};
for (const width of [375, 1280]) {
  test(`in a page's layouts that size a box by its content, the widget keeps to the column at ${width} px`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(BASE + "/static.html");
    for (const [name, html] of Object.entries(shrinkToFit)) {
      await page.evaluate(async (html) => {
        document.body.replaceChildren();
        const main = document.createElement("main");
        main.style.maxWidth = "760px";
        main.style.margin = "auto";
        main.innerHTML = html.replace("X", '<relationship-timeline dataset="vietnam-singapore" lang="en" loading="eager"></relationship-timeline>');
        document.body.append(main);
        await import("/relationship-timeline.js");
      }, html);
      await page.locator(".rt-card").first().waitFor();
      const { box, column, overflow } = await page.evaluate(() => ({
        box: document.querySelector("relationship-timeline").getBoundingClientRect().width,
        column: document.querySelector("main").getBoundingClientRect().width,
        overflow: document.documentElement.scrollWidth - innerWidth,
      }));
      assert.ok(box <= column + 0.5 && box >= Math.min(column, 320) - 0.5, `${name}: ${box}px wide in a column of ${column}px`);
      assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px`);
    }
    await page.close();
  });
}

test("a reader opens an event and reads its source quote", async () => {
  const { page, errors } = await open(browser, "/", { width: 1280 });
  const event = dataset.events.find((e) => e.id === "1973-diplomatic-relations");
  await page.locator("li[data-id='1973-diplomatic-relations'] .rt-card").click();
  const panel = page.locator(".rt-details.rt-open");
  await panel.waitFor();
  assert.equal(await panel.locator("h3").textContent(), event.title.vi, "the page is Vietnamese");
  assert.equal(await panel.locator(".rt-quote").first().textContent(), event.sources[0].quote);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".rt-details.rt-open").count(), 0);
  await page.locator(".rt-lang-summary").first().click();
  await page.locator("button[data-lang='en']").click();
  assert.equal(await page.locator(".rt-heading").textContent(), dataset.title.en);
  assert.deepEqual(errors, []);
  await page.close();
});
