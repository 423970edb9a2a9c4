// The studio in real Chromium, along each way in (template, paste, file, drop, URL), with
// problems compared line by line with `validate` on the same text and clicked through to
// their place, the copy buttons read back from the clipboard, the downloads, no request
// beyond its own files, and axe in both interface languages at 375 and 1280 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, BASE, violations } from "./browser.mjs";

const root = new URL("../../", import.meta.url);
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What the command line prints for `text` saved as `name`: `validate`'s problem lines
 * without the file name, or another command's standard output. */
function cli(command, name, text, ...rest) {
  const file = join(mkdtempSync(join(tmpdir(), "rt-studio-")), name);
  writeFileSync(file, text);
  const out = spawnSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", command, file, ...rest], { cwd: root, encoding: "utf8" });
  if (command !== "validate") return out.stdout;
  return out.stderr.split("\n").filter((l) => l.startsWith(file + ":") && /: (error|warning): /.test(l)).map((l) => l.slice(file.length + 1));
}

async function studio(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(BASE + "/studio.html");
  return { page, context, errors, requests };
}

const problems = (page) => page.locator("#problems button").allTextContents();
const settled = (page, text) => page.waitForFunction((t) => document.getElementById("outcome").textContent.includes(t), text, { timeout: 15000 });


test("the template: a preview of every kind of event, the code copied as shown, native JSON and the template downloaded", async () => {
  const { page, context, errors, requests } = await studio();
  await page.locator("#template").click();
  await settled(page, "10 of 10 events shown");
  assert.equal(await page.locator("#preview .rt-card").count(), 10);
  assert.deepEqual(await problems(page), [], "the template is valid");
  // Titled by its title row (not by the file's name), as the fragment, the conversion and
  // the embedded widget are.
  assert.equal(await page.locator("#preview .rt-heading").textContent(), "Example: Party A and Party B");
  assert.equal(await page.locator("#preview .rt-description").textContent(), "What this timeline tells, in a sentence or two.", "the title row's summary describes it");
  for (const id of ["code-element", "code-div", "code-fragment"]) {
    await page.locator(`[data-copy='${id}']`).click();
    await page.waitForFunction(() => document.getElementById("copied").textContent !== "");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.locator(`#${id}`).textContent(), id);
    await page.evaluate(() => { document.getElementById("copied").textContent = ""; });
  }
  assert.match(await page.locator("#code-element").textContent(), /<relationship-timeline src="\/data\/timeline-template\.csv" lang="en" height="600px">/);
  assert.match(await page.locator("#code-div").textContent(), /<div data-relationship-timeline data-src=/);
  const template = readFileSync(new URL("www/data/template.csv", root), "utf8");
  assert.equal(await page.locator("#code-fragment").textContent(), cli("render", "timeline-template.csv", template, "--lang", "en"), "the fragment is render's");
  const [json] = await Promise.all([page.waitForEvent("download"), page.locator("#download-json").click()]);
  assert.equal(json.suggestedFilename(), "timeline-template.json");
  assert.equal(readFileSync(await json.path(), "utf8"), cli("convert", "timeline-template.csv", template, "--to", "json"), "the same conversion as convert");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the CSV template" }).click()]);
  assert.equal(readFileSync(await csv.path(), "utf8"), template);
  const kinds = template.split("\n").slice(1).filter(Boolean).map((row) => row.split(",")[4]);
  assert.equal(kinds[0], "title", "the template starts with the title row");
  assert.deepEqual(new Set(kinds.slice(1)).size, 10, "one example row per kind of event");
  assert.ok(!kinds.slice(1).includes("title"));
  const columns = readFileSync(new URL("www/data/template-columns.csv", root), "utf8");
  for (const column of template.split("\n")[0].split(",")) {
    const base = column.replace(/_(en|vi)$/, "");
    assert.ok(columns.includes(base), `${column} is documented`);
  }
  assert.deepEqual(errors, []);
  assert.ok(requests.every((u) => u.startsWith(BASE)), `only the studio's own files: ${requests.filter((u) => !u.startsWith(BASE))}`);
  await context.close();
});

test("pasted text with problems: validate's lines, each selecting its place in the text", async () => {
  const { page, context, errors } = await studio();
  const text = readFileSync(new URL("seeds/vietnam-singapore.json", root), "utf8")
    .replace("\"date\": \"2013\"", "\"date\": \"2013-02-30\"")
    .replace("\"kind\": \"visit\"", "\"kind\": \"state-visit\"");
  await page.locator("#text").fill(text);
  await settled(page, "events shown");
  const expected = cli("validate", "pasted.json", text);
  assert.equal(expected.length, 2);
  assert.deepEqual(await problems(page), expected, "the same lines as validate");
  for (const [i, line] of expected.entries()) {
    const [row, column] = line.split(":").map(Number);
    await page.locator("#problems button").nth(i).click();
    const at = await page.evaluate(() => ({ start: document.getElementById("text").selectionStart, focused: document.activeElement.id }));
    const lines = text.split("\n");
    const offset = lines.slice(0, row - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    assert.equal(at.start, offset, `${line} selects line ${row}, column ${column}`);
    assert.equal(at.focused, "text");
  }
  assert.match(await page.locator("#outcome").textContent(), /20 of 21 events shown · 1 left out · 1 warning/);
  assert.equal(await page.locator("#preview .rt-card").count(), 20, "the valid events are drawn");
  assert.match(await page.locator("#code-element").textContent(), /src="\/data\/timeline\.json"/, "pasted JSON is a .json file in the page's code");
  // A pasted sheet without a title row has no file name to take one from: it is a
  // "Timeline", in the preview's language.
  await page.locator("#text").fill("date,title,kind\n2013-09-11,Strategic Partnership,upgrade\n2025-03-12,Comprehensive Strategic Partnership,upgrade\n");
  await settled(page, "2 of 2 events shown");
  await page.locator("#preview .rt-heading", { hasText: /^Timeline$/ }).waitFor();
  assert.match(await page.locator("#code-element").textContent(), /src="\/data\/timeline\.csv"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file opened or dropped: TimelineJS's spreadsheet, with the same problems as validate", async () => {
  const { page, context, errors } = await studio();
  const file = new URL("tests/data/timelinejs-sheet.csv", root).pathname;
  await page.locator("#file").setInputFiles(file);
  await settled(page, "5 of 5 events shown");
  const text = readFileSync(file, "utf8");
  assert.equal(await page.locator("#text").inputValue(), text);
  assert.deepEqual(await problems(page), cli("validate", "timelinejs-sheet.csv", text));
  // Dropped on the text: a TimelineJS JSON file.
  const json = readFileSync(new URL("www/data/timelinejs-history.json", root), "utf8");
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "history.json", { type: "application/json" }));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, json);
  await settled(page, "Read as TimelineJS JSON");
  assert.deepEqual(await problems(page), cli("validate", "history.json", json));
  assert.match(await page.locator("#code-element").textContent(), /src="\/data\/history\.json"/);
  // A sheet Excel saved on Windows (Windows-1252): its letters, and how it was read said.
  await page.locator("#file").setInputFiles({
    name: "latin1.csv",
    mimeType: "text/csv",
    buffer: Buffer.concat([Buffer.from("date,title\n2020,Caf"), Buffer.from([0xe9]), Buffer.from(" opened\n")]),
  });
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("Windows-1252"));
  assert.equal(await page.locator("#text").inputValue(), "date,title\n2020,Café opened\n");
  assert.match(await page.locator("#status").textContent(), /^Read latin1\.csv\. 2:9: warning: the file is not UTF-8 text; it was read as Windows-1252/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an address: read when it gives data; a 404 or a web page is said in plain words", async () => {
  const { page, context } = await studio();
  await page.locator("#url").fill(BASE + "/data/spreadsheet.csv");
  await page.locator("#url-form button").click();
  await settled(page, "6 of 6 events shown");
  assert.match(await page.locator("#code-element").textContent(), new RegExp(`src="${BASE}/data/spreadsheet\\.csv"`));
  // A sheet served in Windows-1252 is read as a file of it is.
  await context.route("https://sheets.example/latin1.csv", (route) => route.fulfill({
    status: 200, contentType: "text/csv", headers: { "access-control-allow-origin": "*" },
    body: Buffer.concat([Buffer.from("date,title\n2020,Caf"), Buffer.from([0xe9]), Buffer.from(" opened\n")]),
  }));
  await page.locator("#url").fill("https://sheets.example/latin1.csv");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("Windows-1252"));
  assert.equal(await page.locator("#text").inputValue(), "date,title\n2020,Café opened\n");
  await page.locator("#url").fill(BASE + "/data/no-such-file.csv");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("404"));
  assert.match(await page.locator("#status").textContent(), /The server answered 404: check the address/);
  await page.locator("#url").fill(BASE + "/index.html");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("web page"));
  await page.locator("#url").fill("https://elsewhere.invalid/timeline.csv");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("CORS"), null, { timeout: 15000 });
  await context.close();
});

test("a Google Sheet's own address, as TimelineJS takes it, or a TimelineJS embed is read as the sheet's CSV; a sheet nobody may read is said so", async () => {
  const { page, context } = await studio();
  const sheet = readFileSync(new URL("tests/data/timelinejs-sheet.csv", root), "utf8");
  const asked = [];
  // Google as it answers: the export of a sheet shared by link, or its sign-in page; the
  // CSV of a sheet published to the web.
  let shared = true;
  await context.route("https://docs.google.com/**", (route) => {
    const url = route.request().url();
    asked.push(url);
    const csv = shared ? /\/export\?format=csv/.test(url) : /\/pub\?output=csv/.test(url);
    route.fulfill(csv
      ? { status: 200, contentType: "text/csv", headers: { "access-control-allow-origin": "*" }, body: sheet }
      : { status: 200, contentType: "text/html", headers: { "access-control-allow-origin": "*" }, body: "<!DOCTYPE html><html><body>Sign in</body></html>" });
  });
  const edit = "https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/edit#gid=42";
  await page.locator("#url").fill(edit);
  await page.locator("#url-form button").click();
  await settled(page, "events shown");
  const exported = "https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/export?format=csv&gid=42";
  assert.deepEqual(asked, [exported], "the sheet's tab, as CSV");
  assert.deepEqual(await problems(page), cli("validate", "timeline.csv", sheet), "read as the sheet itself");
  assert.ok((await page.locator("#code-element").textContent()).includes(`src="${exported}"`), "the page's code reads the CSV");
  // Published to the web but not shared: the export is a sign-in page, the published CSV
  // is read.
  shared = false;
  asked.length = 0;
  await page.locator("#url").fill("https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/edit?usp=sharing");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("code-element").textContent.includes("output=csv"));
  assert.equal(asked.length, 2, asked.join("\n"));
  assert.match(asked[1], /\/d\/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk\/pub\?output=csv$/);
  // A TimelineJS embed's code pasted, or the address of its page: the sheet it shows.
  shared = true;
  asked.length = 0;
  const key = "1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk";
  await page.locator("#text").fill(`<iframe src='https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=${key}&font=Default&lang=en&initial_zoom=2&height=650' width='100%' height='650' webkitallowfullscreen mozallowfullscreen allowfullscreen frameborder='0'></iframe>`);
  await page.waitForFunction(() => document.getElementById("text").value.startsWith("Year,"), null, { timeout: 15000 });
  assert.deepEqual(asked, [`https://docs.google.com/spreadsheets/d/${key}/export?format=csv`]);
  await settled(page, "events shown");
  // The script that makes one, from the sheet's address.
  asked.length = 0;
  await page.locator("#text").fill(`<script>\n  var timeline = new TL.Timeline('timeline-embed', 'https://docs.google.com/spreadsheets/d/${key}/pubhtml?gid=7');\n</script>`);
  await page.waitForFunction(() => document.getElementById("text").value.startsWith("Year,"), null, { timeout: 15000 });
  assert.deepEqual(asked, [`https://docs.google.com/spreadsheets/d/${key}/export?format=csv&gid=7`]);
  shared = false;
  asked.length = 0;
  await page.locator("#url").fill("https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=v2%3A2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWF&font=Default&lang=en");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("code-element").textContent.includes("2PACX"));
  assert.deepEqual(asked, ["https://docs.google.com/spreadsheets/d/e/2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWF/pub?output=csv"]);
  // A sheet neither shared nor published: how to make it readable, not "a web page".
  await context.unroute("https://docs.google.com/**");
  await context.route("https://docs.google.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", headers: { "access-control-allow-origin": "*" }, body: "<!doctype html><p>Sign in</p>" }));
  await page.locator("#url").fill("https://docs.google.com/spreadsheets/d/e/2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWF/pubhtml");
  await page.locator("#url-form button").click();
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("Publish to the web"));
  assert.match(await page.locator("#status").textContent(), /^That Google Sheet could not be read/);
  await context.close();
});

test("the studio in Vietnamese and English at 375 and 1280 px: stacked on a phone, no overflow, no axe violations", async () => {
  for (const width of [375, 1280]) {
    const { page, context, errors } = await studio(width);
    await page.locator("#template").click();
    await settled(page, "10 of 10");
    for (const ui of ["en", "vi"]) {
      if (ui === "vi") {
        await page.locator("#ui-lang").click();
        await settled(page, "Hiển thị 10/10 sự kiện");
        assert.equal(await page.locator("h1").textContent(), "Xưởng dòng thời gian");
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `${ui} at ${width}px: ${overflow}px sideways`);
      assert.deepEqual(await violations(page), [], `${ui} at ${width}px`);
    }
    await page.locator("input[value=phone]").check();
    const box = await page.locator("#preview").boundingBox();
    assert.ok(box.width <= 375, "the phone preview is a phone's width");
    assert.deepEqual(errors, []);
    await context.close();
  }
});
