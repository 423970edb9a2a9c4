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
