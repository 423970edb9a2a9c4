// Every way a newsroom embeds the timeline, in real Chromium over the served pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { launch, open, dataset, BASE } from "./browser.mjs";

const origin = new URL(BASE).origin;
const N = dataset.events.length;
// How many events the spreadsheet holds, by the command-line tool's count.
const CSV_EVENTS = execFileSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", "list", "www/data/spreadsheet.csv"], {
  cwd: new URL("../../", import.meta.url),
  encoding: "utf8",
}).trim().split("\n").length;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Cards in the widget(s) matched by `scope` (light-DOM selector of the host). */
async function cards(page, scope = "body") {
  return page.locator(`${scope} .rt-card`).count();
}

function offOrigin(requests) {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
}

test("the CMS page's data- div is upgraded like the element", async () => {
  const { page, errors, requests } = await open(browser, "/cms.html");
  assert.equal(await cards(page, "[data-relationship-timeline]"), N);
  assert.equal(await page.locator(".rt-heading").textContent(), dataset.title.en, "data-lang is applied");
  assert.deepEqual(errors, []);
  assert.deepEqual(offOrigin(requests), []);
  // A div a CMS adds later is upgraded too; removing it cleans up.
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.id = "late";
    div.dataset.relationshipTimeline = "";
    div.dataset.loading = "eager";
    div.dataset.dataset = "vietnam-singapore";
    document.querySelector("main").append(div);
  });
  await page.locator("#late .rt-card").first().waitFor();
  assert.equal(await cards(page, "#late"), N);
  const leftover = await page.evaluate(async () => {
    const div = document.querySelector("#late");
    div.remove();
    await new Promise((r) => setTimeout(r, 50));
    return div.childElementCount;
  });
  assert.equal(leftover, 0);
  await page.close();
});

// What the command line calls the spreadsheet: its title row titles it.
const CSV_TITLE = JSON.parse(execFileSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", "convert", "www/data/spreadsheet.csv", "--to", "json"], {
  cwd: new URL("../../", import.meta.url),
  encoding: "utf8",
})).title;

/** The demo spreadsheet without its title row, as `/data/untitled-sheet.csv`. */
const UNTITLED = readFileSync(new URL("../../www/data/spreadsheet.csv", import.meta.url), "utf8")
  .split("\n").filter((line) => !/^,,,title,/.test(line)).join("\n");
const serveUntitled = (page) => page.route("**/data/untitled-sheet.csv", (route) => route.fulfill({ contentType: "text/csv", body: UNTITLED }));

test("src= loads a spreadsheet, titled as the command line titles it (its title row, else its file name), and reports ready", async () => {
  const { page, errors, requests } = await open(browser, "/spreadsheet.html");
  assert.equal(await cards(page), CSV_EVENTS);
  assert.ok(requests.some((u) => u.endsWith("/data/spreadsheet.csv")));
  assert.equal(CSV_TITLE.en, "Vietnam – Singapore relations");
  assert.equal(await page.locator(".rt-heading").textContent(), CSV_TITLE.en);
  // The file name tells this timeline's events apart in the page's address.
  await page.locator(".rt-card").first().click();
  assert.match(await page.evaluate(() => location.hash), /^#spreadsheet\//);
  // A name the page gives does not replace the sheet's own title…
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("name", "Another name"));
  await page.locator(".rt-heading", { hasText: CSV_TITLE.en }).waitFor();
  // …and titles a sheet without a title row, which its file name titles otherwise.
  assert.ok(!UNTITLED.includes(",title,") && UNTITLED.split("\n").length > 5);
  await serveUntitled(page);
  await page.evaluate(() => {
    const el = document.querySelector("relationship-timeline");
    el.removeAttribute("name");
    el.setAttribute("src", "data/untitled-sheet.csv");
  });
  await page.locator(".rt-heading", { hasText: "untitled-sheet" }).waitFor();
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("name", "Việt Nam – Singapore"));
  await page.locator(".rt-heading", { hasText: "Việt Nam – Singapore" }).waitFor();
  // An address that names no file (a published Google Sheet's) titles nothing: the
  // widget says "timeline" in the reader's language, not "pub".
  await page.route("**/sheets/d/e/2PACX/pub?output=csv", (route) => route.fulfill({ contentType: "text/csv", body: UNTITLED }));
  await page.evaluate(() => {
    const el = document.querySelector("relationship-timeline");
    el.removeAttribute("name");
    el.setAttribute("lang", "vi");
    el.setAttribute("src", "sheets/d/e/2PACX/pub?output=csv");
  });
  await page.locator(".rt-heading", { hasText: "Dòng thời gian" }).waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(offOrigin(requests), []);
  await page.close();
});

test("a Google Sheet's own address, as an editor copies it, is read as its tab's CSV; one nobody may read says how to publish it", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const sheet = readFileSync(new URL("../../www/data/spreadsheet.csv", import.meta.url), "utf8");
  // Google as it answers: the CSV of a sheet published to the web; anything else (a
  // sheet's page, or one not published), its sign-in page.
  const asked = [];
  let readable = true;
  await page.route("https://docs.google.com/**", (route) => {
    const url = route.request().url();
    asked.push(url);
    const csv = readable && /\/pub\?(.+&)?output=csv/.test(url);
    route.fulfill(csv
      ? { status: 200, contentType: "text/csv", headers: { "access-control-allow-origin": "*" }, body: sheet }
      : { status: 200, contentType: "text/html", headers: { "access-control-allow-origin": "*" }, body: "<!DOCTYPE html><html><body>Sign in</body></html>" });
  });
  await page.goto(BASE + "/static.html");
  const key = "1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk";
  await page.evaluate(async (key) => {
    await import("/relationship-timeline.js");
    const el = document.createElement("relationship-timeline");
    el.id = "sheet";
    el.setAttribute("lang", "en");
    el.setAttribute("loading", "eager");
    el.setAttribute("src", `https://docs.google.com/spreadsheets/d/${key}/edit#gid=42`);
    document.body.append(el);
  }, key);
  await page.locator("#sheet .rt-card").first().waitFor();
  assert.equal(await cards(page, "#sheet"), CSV_EVENTS);
  assert.deepEqual(asked, [`https://docs.google.com/spreadsheets/d/${key}/pub?output=csv&gid=42&single=true`], "the tab, as CSV");
  assert.equal(await page.locator("#sheet .rt-heading").textContent(), CSV_TITLE.en, "titled by its title row");
  // mount() with the address of the page a sheet is published as: the same.
  asked.length = 0;
  const published = await page.evaluate(async () => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const t = await mount(host, { url: "https://docs.google.com/spreadsheets/d/e/2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWF/pubhtml?gid=7", lang: "en" });
    return t.eventCount;
  });
  assert.equal(published, CSV_EVENTS);
  assert.deepEqual(asked, ["https://docs.google.com/spreadsheets/d/e/2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWF/pub?output=csv&gid=7&single=true"]);
  // A sheet not published: its sign-in page, named as a web page with the way to publish.
  readable = false;
  await page.evaluate((key) => document.getElementById("sheet").setAttribute("src", `https://docs.google.com/spreadsheets/d/${key}/edit`), key);
  await page.locator("#sheet .rt-notice", { hasText: "Publish to the web" }).waitFor();
  // Addresses that are the CSV already, or not a sheet's, are read as they are.
  asked.length = 0;
  readable = true;
  await page.evaluate(() => document.getElementById("sheet").setAttribute("src", "https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv"));
  await page.locator("#sheet .rt-card").first().waitFor();
  assert.deepEqual(asked, ["https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv"]);
  await page.close();
});

test("native data loads only the small module; other formats load the importers once", async () => {
  const modules = (requests) => requests.filter((u) => /\/pkg(-core)?\/relationship_timeline(_bg\.wasm|\.js)$/.test(u)).map((u) => new URL(u).pathname);
  const native = await open(browser, "/index.html");
  assert.deepEqual(modules(native.requests).sort(), ["/pkg-core/relationship_timeline.js", "/pkg-core/relationship_timeline_bg.wasm"]);
  assert.deepEqual(native.errors, []);
  await native.page.close();
  const csv = await open(browser, "/spreadsheet.html");
  assert.equal(await cards(csv.page), CSV_EVENTS);
  const loaded = modules(csv.requests);
  assert.equal(loaded.filter((u) => u === "/pkg/relationship_timeline_bg.wasm").length, 1, loaded.join("\n"));
  assert.equal(loaded.filter((u) => u === "/pkg/relationship_timeline.js").length, 1, loaded.join("\n"));
  assert.deepEqual(csv.errors, []);
  await csv.page.close();
});

/**
 * The spreadsheet page with the wasm of one build (`pkg-core`: the widget's own module,
 * `pkg`: the importers') failing to download until `unblock()`; `rt-error` kinds are
 * collected in `window.__errors`.
 */
async function spreadsheetWithout(folder) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("rt-error", (e) => window.__errors.push(e.detail.kind));
  });
  let blocked = true;
  await context.route(`**/${folder}/relationship_timeline_bg.wasm`, (route) => (blocked ? route.abort() : route.continue()));
  const page = await context.newPage();
  await page.goto(BASE + "/spreadsheet.html");
  return { context, page, unblock: () => { blocked = false; } };
}

test("when the widget's own module cannot load, the element says so, and a retry works", async () => {
  const { context, page, unblock } = await spreadsheetWithout("pkg-core");
  const notice = page.locator("relationship-timeline > [role='alert']");
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be loaded/);
  assert.deepEqual(await page.evaluate(() => window.__errors), ["network"]);
  assert.equal(await cards(page), 0);
  unblock();
  await notice.locator("button").click();
  await page.locator(".rt-card").first().waitFor();
  assert.equal(await cards(page), CSV_EVENTS);
  assert.equal(await notice.count(), 0, "the notice is gone once the timeline shows");
  await context.close();
});

test("when only the reader for spreadsheets cannot load, the widget says that, not that the data failed", async () => {
  const { context, page, unblock } = await spreadsheetWithout("pkg");
  const message = page.locator(".rt-error");
  await message.waitFor();
  assert.match(await message.textContent(), /part of the widget that reads this kind of file/);
  assert.doesNotMatch(await message.textContent(), /CORS/);
  assert.deepEqual(await page.evaluate(() => window.__errors), ["network"]);
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("lang", "vi"));
  await page.getByText(/phần đọc loại tệp này/).waitFor();
  unblock();
  await page.locator(".rt-retry").click();
  await page.locator(".rt-card").first().waitFor();
  assert.equal(await cards(page), CSV_EVENTS);
  await context.close();
});

test("inline JSON needs no request for data", async () => {
  const { page, errors, requests } = await open(browser, "/inline.html");
  const inline = JSON.parse(await page.locator("relationship-timeline > script").textContent());
  assert.equal(await cards(page), inline.events.length);
  // The page's language file (its interface words) is the only JSON fetched.
  assert.deepEqual(requests.filter((u) => /\.(json|csv)$/.test(u) && !/\/lang\/[a-zA-Z-]+\.json$/.test(u)), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a TimelineJS file is shown directly, its scripts never run", async () => {
  const { page, errors, requests } = await open(browser, "/timelinejs.html");
  assert.equal(await cards(page), 6);
  assert.equal(await page.locator(".rt-heading").textContent(), "Bronze to Steel: a short history");
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.locator(".rt-card:visible").first().click();
  const opened = await page.evaluate(() => {
    const el = document.querySelector("relationship-timeline");
    const ids = [...el.firstElementChild.shadowRoot.querySelectorAll("li[data-id]")].map((li) => li.dataset.id);
    return ids.filter((id) => el.timeline.select(id)).length;
  });
  assert.equal(opened, 6, "every event's details open");
  assert.equal(await page.locator(".rt-details .rt-media a").count(), 0, "the javascript: media link is gone");
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator("relationship-timeline script, relationship-timeline [onclick]").count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(offOrigin(requests), [], "media are linked, never loaded");
  await page.close();
});

test("two timelines on one page render independently", async () => {
  const { page, errors } = await open(browser, "/two.html");
  await page.locator("#second .rt-card").first().waitFor();
  assert.equal(await cards(page, "#first"), N);
  assert.equal(await cards(page, "#second"), CSV_EVENTS);
  await page.locator("#second .rt-lang-summary").click();
  await page.locator("#second button[data-lang='vi']").click();
  assert.equal(await page.locator("#first button[data-lang='vi']").getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("#first .rt-heading").textContent(), dataset.title.vi);
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * The demo's page served under its strict policy (and `extra` directives after it),
 * each violation and console error kept; its two timelines drawn.
 */
async function underPolicy(extra = "") {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (extra) {
    await context.route("**/csp.html", async (route) => {
      const response = await route.fetch();
      const policy = `${response.headers()["content-security-policy"]}; ${extra}`;
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
    });
  }
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  const response = await page.goto(BASE + "/csp.html");
  await page.locator("#bundled .rt-card").first().waitFor();
  await page.locator("#spreadsheet .rt-card").first().waitFor();
  assert.equal(await cards(page, "#bundled"), N);
  // The importers' module, loaded by a dynamic import, is allowed too.
  assert.equal(await cards(page, "#spreadsheet"), CSV_EVENTS);
  return { context, page, errors, response };
}

test("under a strict Content-Security-Policy nothing is blocked", async () => {
  const { context, page, errors, response } = await underPolicy();
  assert.match(response.headers()["content-security-policy"], /style-src 'self'/);
  await page.locator("#bundled .rt-card").first().click();
  await page.locator("#bundled button[data-action='zoom-in']").click();
  // Styles applied: the shadow root's constructed sheet is in force.
  const display = await page.locator("#bundled .rt-details.rt-open").evaluate((e) => getComputedStyle(e).display);
  assert.equal(display, "block");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("under a policy that also requires Trusted Types nothing is blocked", async () => {
  // No string may become markup or script.
  const { context, page, errors } = await underPolicy("require-trusted-types-for 'script'; trusted-types 'none'");
  assert.ok(await page.evaluate(() => typeof trustedTypes === "object"), "the browser enforces Trusted Types");
  await page.locator("#bundled .rt-card").first().click();
  await page.locator("#bundled .rt-details.rt-open").waitFor();
  await page.locator("#bundled .rt-lang-summary").click();
  await page.locator("#bundled button[data-lang='en']").click();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the static fragment reads without JavaScript and is replaced, not duplicated, with it", async () => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(BASE + "/static.html");
  const items = plain.locator("[data-relationship-timeline-static] > ol > li");
  assert.equal(await items.count(), N);
  for (const e of dataset.events) {
    const item = plain.locator(`[id='vietnam-singapore/${e.id}']`);
    assert.equal(await item.locator("time").getAttribute("datetime"), e.date);
    assert.ok((await item.textContent()).includes(e.sources[0].quote), e.id);
  }
  await noJs.close();

  const { page, errors } = await open(browser, "/static.html");
  assert.equal(await page.locator("[data-relationship-timeline-static]").isVisible(), false);
  assert.equal(await page.locator("[data-relationship-timeline-static]").count(), 1);
  assert.equal(await cards(page), N);
  const titles = await page.getByText(dataset.events[0].title.vi, { exact: true }).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  assert.equal(titles, 1, "each event is shown once");
  // Taking the widget away brings the fragment back.
  await page.evaluate(() => document.querySelector("relationship-timeline").timeline.destroy());
  assert.equal(await page.locator("[data-relationship-timeline-static]").isVisible(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the CDN build with content-hashed names works like the source", async () => {
  const { page, errors, requests } = await open(browser, "/cdn.html");
  assert.equal(await cards(page), N);
  // The embed, the small module's glue and wasm, and the bundled timeline's data file:
  // each content-hashed, nothing else.
  const assets = requests.filter((u) => u.includes("/dist/assets/"));
  assert.equal(assets.length, 4, assets.join("\n"));
  assert.ok(assets.every((u) => /\.[0-9a-f]{10}\.(js|wasm|json)$/.test(u)), assets.join("\n"));
  assert.equal(assets.filter((u) => /\/vietnam-singapore\.[0-9a-f]{10}\.json$/.test(u)).length, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("data still on its way shows a loading notice, which the timeline replaces", async () => {
  const page = await browser.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/data/spreadsheet.csv*", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(BASE + "/spreadsheet.html");
  const loading = page.locator(".rt-loading");
  await loading.waitFor();
  assert.equal(await loading.textContent(), "Loading the timeline…");
  assert.equal(await cards(page), 0);
  release();
  await page.locator(".rt-card").first().waitFor();
  assert.equal(await page.locator(".rt-loading").count(), 0, "the notice is gone");
  assert.equal(await cards(page), CSV_EVENTS);
  await page.close();
});

test("loading errors are explained in the widget's language, with a retry that works", async () => {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  const events = [];
  await page.exposeFunction("__rtEvent", (e) => events.push(e));
  await page.addInitScript(() => ["rt-error", "rt-ready"].forEach((t) =>
    document.addEventListener(t, (e) => window.__rtEvent(`${t}:${e.detail.kind ?? e.detail.events}`))));
  let mode = "500";
  await page.route("**/data/spreadsheet.csv*", (route) => {
    if (mode === "500") return route.fulfill({ status: 500, body: "oops" });
    if (mode === "network") return route.abort("failed");
    if (mode === "hang") return; // never answers
    if (mode === "invalid") return route.fulfill({ status: 200, body: "{ \"format\": " });
    if (mode === "workbook") return route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from("504b0304140006000800000021006200ee9d685e01000000", "hex") });
    if (mode === "page") return route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html>\n<html><body>Sign in to continue</body></html>" });
    return route.continue();
  });
  await page.goto(BASE + "/spreadsheet.html");
  const message = page.locator(".rt-error");
  await message.waitFor();
  assert.match(await message.textContent(), /500/);
  assert.equal(await page.locator(".rt-error").getAttribute("role"), "alert");
  assert.ok(consoleErrors.some((e) => e.includes("relationship-timeline")), "and a console error");

  mode = "network";
  await page.locator(".rt-retry").click();
  await page.getByText(/CORS/).waitFor();

  // Vietnamese, and a timeout when the server never answers.
  mode = "hang";
  await page.evaluate(() => {
    const el = document.querySelector("relationship-timeline");
    el.setAttribute("timeout", "300");
    el.setAttribute("lang", "vi");
  });
  await page.getByText(/phản hồi quá lâu/).waitFor();

  // Data that holds nothing readable: the widget lists why, in its language.
  mode = "invalid";
  await page.locator(".rt-retry").click();
  await page.locator(".rt-notice").waitFor();
  assert.match(await page.locator(".rt-notice").textContent(), /lỗi cú pháp JSON/);
  assert.equal(await page.locator(".rt-empty").count(), 1);
  // A web page where the data should be (a sheet's own page): said to be one.
  mode = "page";
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("src", "data/spreadsheet.csv?page"));
  await page.locator(".rt-notice li", { hasText: "đây là một trang web (HTML), không phải dữ liệu" }).waitFor({ state: "attached" });
  assert.equal(await page.locator(".rt-notice li").count(), 1, "one problem: the page, not its lines");
  // A workbook given as it is: said to be one, and how to save it as CSV (one problem,
  // not its bytes' encoding as well).
  mode = "workbook";
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("src", "data/spreadsheet.csv?xlsx"));
  await page.locator(".rt-notice li", { hasText: "đây là tệp bảng tính (.xlsx hoặc .ods)" }).waitFor({ state: "attached" });
  assert.equal(await page.locator(".rt-notice li").count(), 1);
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("lang", "en"));

  mode = "ok";
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("src", "data/spreadsheet.csv?again"));
  await page.locator(".rt-card").first().waitFor();
  assert.equal(await cards(page), CSV_EVENTS);
  assert.deepEqual(events, ["rt-error:http", "rt-error:network", "rt-error:timeout", "rt-error:invalid", "rt-error:invalid", "rt-error:invalid", `rt-ready:${CSV_EVENTS}`]);
  await page.close();
});

test("the JS API mounts from a URL, filters, selects and reports selections", async () => {
  const { page, errors } = await open(browser, "/cms.html");
  await serveUntitled(page);
  const result = await page.evaluate(async () => {
    const { mount } = await import("/relationship-timeline.js");
    const box = document.createElement("div");
    document.querySelector("main").append(box);
    const selected = [];
    box.addEventListener("rt-select", (e) => selected.push(e.detail.id));
    const t = await mount(box, { url: "data/spreadsheet.csv", lang: "en" });
    const count = t.eventCount;
    t.setFilter({ kinds: ["upgrade"] });
    const shown = box.firstElementChild.shadowRoot.querySelectorAll("li.rt-event:not(.rt-filtered)").length;
    let unknown = "";
    try { t.setFilter({ pillars: ["nope"] }); } catch (e) { unknown = String(e.message ?? e); }
    const found = t.select("csp");
    const title = box.firstElementChild.shadowRoot.querySelector(".rt-heading").textContent;
    t.destroy();
    t.free();
    // A sheet without a title row: its file name in the URL titles it.
    const untitled = await mount(box, { url: "data/untitled-sheet.csv", lang: "en" });
    const fileTitle = box.firstElementChild.shadowRoot.querySelector(".rt-heading").textContent;
    untitled.destroy();
    untitled.free();
    return { count, shown, unknown, found, selected, title, fileTitle, left: box.childElementCount };
  });
  assert.deepEqual(result, {
    count: CSV_EVENTS, shown: 2, unknown: "setFilter: unknown pillar", found: true, selected: ["csp"],
    title: "Vietnam – Singapore relations", fileTitle: "untitled-sheet", left: 0,
  });
  assert.deepEqual(errors, []);
  await page.close();
});

test("attribute changes after load take effect, and removal cleans up", async () => {
  const { page } = await open(browser, "/csp.html");
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("lang", "vi"));
  // Vietnamese words are a file on this English page: fetched, then switched to.
  await page.locator("#bundled section.rt[lang='vi']").waitFor();
  assert.equal(await page.locator("#bundled .rt-heading").textContent(), dataset.title.vi);
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("event", "2013-strategic-partnership"));
  await page.locator("#bundled .rt-details.rt-open").waitFor();
  assert.equal(await page.locator("#bundled .rt-details.rt-open h3").textContent(), dataset.events.find((e) => e.id === "2013-strategic-partnership").title.vi);
  await page.evaluate(() => document.querySelector("relationship-timeline").setAttribute("height", "300px"));
  await page.locator("#bundled section.rt.rt-fixed-height").waitFor();
  assert.equal(Math.round((await page.locator("#bundled section.rt").boundingBox()).height), 300);
  const left = await page.evaluate(() => {
    const el = document.querySelector("relationship-timeline");
    el.remove();
    return el.childElementCount;
  });
  assert.equal(left, 0);
  await page.close();
});

test("the npm package produced by the build is complete", () => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: new URL("../../www/pkg/", import.meta.url), encoding: "utf8" });
  const [pack] = JSON.parse(out);
  assert.equal(pack.name, "relationship-timeline");
  assert.match(pack.version, /^\d+\.\d+\.\d+$/);
  const files = pack.files.map((f) => f.path).sort();
  for (const f of ["README.md", "package.json", "relationship_timeline.js", "relationship_timeline.d.ts", "relationship_timeline_bg.wasm"]) {
    assert.ok(files.includes(f), `${f} missing from ${files}`);
  }
  // Its page speaks to those who install it, not to those who build the project, and
  // every name it shows them is one the module exports.
  const readme = readFileSync(new URL("../../www/pkg/README.md", import.meta.url), "utf8");
  assert.match(readme, /npm install relationship-timeline/);
  assert.doesNotMatch(readme, /cargo|xtask|\]\((?!https?:)[^)]*\)/, "no build commands, no links into the repository");
  const types = readFileSync(new URL("../../www/pkg/relationship_timeline.d.ts", import.meta.url), "utf8");
  for (const name of ["mount", "checkText", "toNativeJson"]) assert.match(types, new RegExp(`export function ${name}\\(`), name);
  for (const method of ["destroy", "select", "setFilter", "setLang", "event", "problems"]) {
    assert.ok(readme.includes(method) && types.includes(`${method}(`), method);
  }
});

test("a bundled timeline is a data file fetched beside the first module; an unknown one is named", async () => {
  const { page, errors, requests } = await open(browser, "/");
  assert.equal(requests.filter((u) => u.endsWith("/data/vietnam-singapore.json")).length, 1);
  assert.equal(requests.filter((u) => u.includes("/pkg/")).length, 0, "native data needs no importers");
  const failure = await page.evaluate(async () => {
    const el = document.createElement("relationship-timeline");
      el.setAttribute("loading", "eager"); // appended below the fold: load now
    el.setAttribute("dataset", "no-such-timeline");
    const heard = new Promise((resolve) => el.addEventListener("rt-error", (e) => resolve({ kind: e.detail.kind, message: String(e.detail.error?.message) }), { once: true }));
    document.querySelector("main").append(el);
    return heard;
  });
  assert.equal(failure.kind, "invalid");
  assert.match(failure.message, /no-such-timeline/);
  assert.deepEqual(errors.filter((e) => !e.includes("could not show the timeline")), []);
  await page.close();
});

test("handlers of rt-ready, rt-select and rt-error may call back into the widget", async () => {
  const { page, errors } = await open(browser, "/cms.html");
  const result = await page.evaluate(async () => {
    const add = (attrs, inline) => {
      const el = document.createElement("relationship-timeline");
      el.setAttribute("loading", "eager"); // appended below the fold: load now
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      if (inline) {
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = inline;
        el.append(script);
      }
      return el;
    };
    const shadowOf = (el) => el.querySelector(".relationship-timeline")?.shadowRoot;
    const out = {};
    // rt-ready: select, switch language and filter at once.
    const a = add({ dataset: "vietnam-singapore", lang: "vi" });
    const readyA = new Promise((resolve) => a.addEventListener("rt-ready", () => {
      a.timeline.setLang("en");
      a.timeline.setFilter({ kinds: ["visit"] });
      out.selected = a.timeline.select("2025-03-lawrence-wong-official-visit");
      resolve();
    }, { once: true }));
    document.querySelector("main").append(a);
    await readyA;
    const rootA = shadowOf(a);
    out.title = rootA.querySelector(".rt-details-title")?.textContent;
    out.lang = a.timeline.lang;
    out.shown = rootA.querySelectorAll("li.rt-event:not(.rt-filtered)").length;
    // rt-select: destroy from inside the handler.
    a.addEventListener("rt-select", () => a.timeline.destroy(), { once: true });
    rootA.querySelector("li[data-id='2025-03-to-lam-official-visit'] .rt-card").click();
    out.leftAfterSelect = a.querySelectorAll(".relationship-timeline").length;
    // rt-ready: destroy at once.
    const b = add({ dataset: "vietnam-singapore" });
    const readyB = new Promise((resolve) => b.addEventListener("rt-ready", () => { b.timeline.destroy(); resolve(); }, { once: true }));
    document.querySelector("main").append(b);
    await readyB;
    out.leftAfterReady = b.querySelectorAll(".relationship-timeline").length;
    // rt-error (data with no event that can be shown): destroy from the handler.
    const c = add({}, JSON.stringify({ format: "relationship-timeline/1", id: "x", title: "X", events: [{ id: "e", date: "2025-02-30", kind: "visit", title: "E" }] }));
    const failed = new Promise((resolve) => c.addEventListener("rt-error", (e) => { out.errorKind = e.detail.kind; c.timeline?.destroy(); resolve(); }, { once: true }));
    document.querySelector("main").append(c);
    await failed;
    out.leftAfterError = c.querySelectorAll(".relationship-timeline").length;
    return out;
  });
  assert.deepEqual(result, {
    selected: true,
    title: dataset.events.find((e) => e.id === "2025-03-lawrence-wong-official-visit").title.en,
    lang: "en",
    shown: dataset.events.filter((e) => e.kind === "visit").length,
    leftAfterSelect: 0,
    leftAfterReady: 0,
    errorKind: "invalid",
    leftAfterError: 0,
  });
  assert.deepEqual(errors.filter((e) => !/could not show|holds no event/.test(e)), []);
  await page.close();
});

test("a server that never answers for the widget's own files gets a message and a retry within the timeout", async () => {
  const context = await browser.newContext();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  // The glue is requested, accepted and never answered until released.
  await context.route("**/pkg-core/relationship_timeline.js", async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await page.goto(BASE + "/cms.html", { waitUntil: "domcontentloaded" });
  const started = Date.now();
  const kind = await page.evaluate(() => {
    const el = document.createElement("relationship-timeline");
      el.setAttribute("loading", "eager"); // appended below the fold: load now
    el.setAttribute("dataset", "vietnam-singapore");
    el.setAttribute("timeout", "1500");
    el.id = "stalled";
    const heard = new Promise((resolve) => el.addEventListener("rt-error", (e) => resolve(e.detail.kind), { once: true }));
    document.querySelector("main").append(el);
    return heard;
  });
  assert.equal(kind, "timeout");
  assert.ok(Date.now() - started < 10000, "said within the element's timeout");
  const notice = page.locator("#stalled > [role='alert']");
  assert.match(await notice.textContent(), /could not be loaded/);
  release();
  await notice.locator("button").click();
  await page.locator("#stalled .rt-card").first().waitFor();
  await context.close();
});

test("a timeout too large for a timer waits instead of failing at once", async () => {
  const { page } = await open(browser, "/cms.html");
  const kinds = await page.evaluate(async () => {
    const out = [];
    for (const timeout of ["2147483648", "Infinity", "1e300"]) {
      const el = document.createElement("relationship-timeline");
      el.setAttribute("loading", "eager"); // appended below the fold: load now
      el.setAttribute("dataset", "vietnam-singapore");
      el.setAttribute("timeout", timeout);
      const heard = new Promise((resolve) => {
        el.addEventListener("rt-ready", () => resolve("ready"), { once: true });
        el.addEventListener("rt-error", (e) => resolve(e.detail.kind), { once: true });
      });
      document.querySelector("main").append(el);
      out.push(await heard);
    }
    return out;
  });
  assert.deepEqual(kinds, ["ready", "ready", "ready"]);
  await page.close();
});
