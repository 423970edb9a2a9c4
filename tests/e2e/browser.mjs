// Shared set-up for the end-to-end checks: Debian's Chromium driven by playwright-core,
// against the pages `cargo xtask test` serves at RT_BASE_URL.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.0, 2.1 A/AA and 2.2 AA violations on `page`, one line each. Run
 * through the driver, so a page's Content-Security-Policy does not block it. */
export async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

export const BASE = process.env.RT_BASE_URL ?? "http://127.0.0.1:8000";

export const dataset = JSON.parse(
  readFileSync(new URL("../../seeds/vietnam-singapore.json", import.meta.url), "utf8"),
);

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A page that records console errors, page errors and every request URL. */
export async function open(browser, path, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(BASE + path);
  // The timeline loads when it comes near the viewport, as a reader scrolls to it.
  await page.evaluate(() => document.querySelector("relationship-timeline, [data-relationship-timeline]")?.scrollIntoView({ block: "nearest" }));
  await page.locator(".rt-card").first().waitFor({ timeout: 15000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  return { page, errors, requests };
}
