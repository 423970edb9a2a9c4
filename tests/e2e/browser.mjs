// Shared set-up for the end-to-end checks: Debian's Chromium driven by playwright-core,
// against the pages `cargo xtask test` serves at RT_BASE_URL.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

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
