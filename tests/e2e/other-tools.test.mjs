// Other people's timelines in real Chromium: TimelineJS's spreadsheet template and its
// JSON with times of day, drawn as TimelineJS would show them, with a notice that counts
// what happened and lists it exactly as `relationship-timeline validate` does.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, BASE } from "./browser.mjs";

const root = new URL("../../", import.meta.url);
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What `validate` prints for `text` saved as `name`: the problem lines without the
 * file name in front (the last line is the summary). */
function validate(name, text) {
  const file = join(mkdtempSync(join(tmpdir(), "rt-e2e-")), name);
  writeFileSync(file, text);
  const { stderr } = spawnSync("cargo", ["run", "-q", "--bin", "relationship-timeline", "--", "validate", file], { cwd: root, encoding: "utf8" });
  const lines = stderr.trim().split("\n").filter((l) => l.startsWith(file + ":") && /: (error|warning): /.test(l));
  return lines.map((l) => l.slice(file.length + 1));
}

/** Mounts `text` in a fresh page at `width` px; returns what a reader and the console see. */
async function mounted(text, { width = 1280, lang = "en" } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const consoleLines = [];
  page.on("console", (m) => consoleLines.push(m.text()));
  await page.goto(BASE + "/static.html");
  const seen = await page.evaluate(async ([data, lang]) => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    window.__host = host;
    window.__t = await mount(host, { data, lang });
    const shadow = host.firstElementChild.shadowRoot;
    const summary = shadow.querySelector(".rt-notice-summary");
    const list = shadow.querySelector(".rt-notice-list");
    // A timeline read without a problem has no notice.
    const closed = list ? !list.open : null;
    summary?.click();
    return {
      closed,
      open: list?.open ?? null,
      summary: summary?.textContent ?? null,
      items: [...shadow.querySelectorAll(".rt-notice li")].map((li) => li.textContent),
      cards: [...shadow.querySelectorAll(".rt-card")].map((c) => ({ text: c.textContent, left: c.getBoundingClientRect().left })),
      ticks: [...shadow.querySelectorAll(".rt-tick")].map((t) => t.textContent),
    };
  }, [text, lang]);
  return { page, seen, consoleLines: consoleLines.filter((l) => l.startsWith("relationship-timeline")) };
}

test("TimelineJS's spreadsheet template draws an election night in hours, and its notice is validate's list", async () => {
  const sheet = readFileSync(new URL("tests/data/timelinejs-sheet.csv", root), "utf8")
    .split("\n").filter((l) => !l.startsWith("-2520")).join("\n")
    .replace("2024,11,6,01:05", "2024,11,6,1:65");
  const expected = validate("sheet.csv", sheet);
  const { page, seen, consoleLines } = await mounted(sheet);
  assert.ok(seen.closed && seen.open, "the list is closed until the reader opens it");
  assert.match(seen.summary, /^3 of 4 events shown · 1 left out · \d+ warnings$/);
  assert.deepEqual(seen.items, expected, "same wording and places as validate");
  assert.ok(seen.ticks.some((t) => / (AM|PM)$/.test(t)), `hours on the axis: ${seen.ticks}`);
  assert.ok(seen.cards.some((c) => c.text.includes("5 Nov 2024, 8:30 PM")), "a card says its day in short, and its time");
  const lefts = seen.cards.map((c) => c.left);
  assert.equal(new Set(lefts).size, lefts.length, "each moment has a place of its own");
  assert.equal(consoleLines.length, 1, `one console line per mount: ${consoleLines.join("\n")}`);
  assert.match(consoleLines[0], /^relationship-timeline: 3 of 4 events shown · 1 left out/);
  // In Vietnamese, the same numbers and the same list in Vietnamese words, the row of the
  // sheet a problem is in among them (its column named as the sheet names it).
  await page.evaluate(() => window.__t.setLang("vi"));
  const vi = await page.evaluate(() => {
    const shadow = window.__host.firstElementChild.shadowRoot;
    return { summary: shadow.querySelector(".rt-notice-summary").textContent, items: [...shadow.querySelectorAll(".rt-notice li")].map((li) => li.textContent) };
  });
  assert.match(vi.summary, /^Hiển thị 3\/4 sự kiện · 1 bị bỏ qua · \d+ cảnh báo$/);
  assert.ok(vi.items.some((i) => i.includes("lỗi: ngày \"2024-11-6 1:65\" không hợp lệ") && i.endsWith("(dòng 7, Time)")), vi.items.join("\n"));
  await page.close();
});

test("a TimelineJS file of milliseconds keeps its order, draws five cards, and warns once", async () => {
  const events = [400, 100, 300, 0, 200].map((ms) => ({
    start_date: { year: 2015, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: ms },
    text: { headline: `ms ${ms}` },
  }));
  const text = JSON.stringify({ title: { text: { headline: "Milliseconds" } }, events });
  const expected = validate("ms.json", text);
  assert.equal(expected.length, 1);
  const { page, seen, consoleLines } = await mounted(text, { width: 375 });
  assert.equal(seen.summary, "5 of 5 events shown · 1 warning");
  assert.deepEqual(seen.items, expected);
  const titles = seen.cards.map((c) => c.text.match(/ms \d+/)?.[0]);
  assert.deepEqual(titles.filter(Boolean), ["ms 0", "ms 100", "ms 200", "ms 300", "ms 400"]);
  assert.equal(consoleLines.length, 1);
  await page.close();
});

test("TimelineJS data kept in a page's script is drawn whole, and its notice says where the data was read from", async () => {
  // Keys without quotes, single quotes, a trailing comma and code after the data, as a
  // page's script has them.
  const text = [
    "/* from the page that showed it */",
    "window.timeline = new TL.Timeline('timeline-embed', {",
    "  title: {text: {headline: 'Space race'}},",
    "  events: [",
    "    {start_date: {year: 1957, month: 10, day: 4}, text: {headline: 'Sputnik'}},",
    "    {start_date: {year: 1961, month: 4, day: 12}, text: {headline: \"Gagarin's orbit\"}},",
    "    {start_date: {year: 1969, month: 7, day: 20}, text: {headline: 'Moon landing'}},",
    "  ],",
    "}, {hash_bookmark: true});",
  ].join("\n");
  const expected = validate("timeline.js", text);
  assert.equal(expected.length, 1, expected.join("\n"));
  const { page, seen, consoleLines } = await mounted(text);
  assert.equal(seen.summary, "3 of 3 events shown · 1 warning");
  assert.deepEqual(seen.items, expected, "same wording and place as validate");
  assert.match(seen.items[0], /^2:1: warning: the data is inside a script; it was read from after "window\.timeline = new TL\.Timeline\('timeline-embed',"/);
  const titles = seen.cards.map((c) => c.text);
  for (const t of ["Sputnik", "Gagarin's orbit", "Moon landing"]) assert.ok(titles.some((c) => c.includes(t)), `${t} in ${titles}`);
  assert.equal(consoleLines.length, 1);
  await page.close();
});

test("vis-timeline's items are drawn with their groups as pillars, and its notice is validate's list", async () => {
  const items = JSON.stringify({
    groups: [{ id: 1, content: "Trade" }, { id: 2, content: "Defence" }],
    items: [
      { id: 1, group: 1, content: "Free trade agreement", start: "2013-03-11" },
      { id: 2, group: 2, content: "Defence talks", start: "2015-06-01", end: "2015-06-03", className: "green" },
      { id: 3, group: 1, content: "Trade <b>record</b>", start: 1735689600000, title: "<i>Over</i> 9 billion" },
      { id: 4, content: "A date no browser reads", start: "Sept. the 11th" },
      { id: 5, content: "A day as JavaScript reads it", start: "4/28/2016" },
      { content: "Partnership", start: "2013-01-01", end: "2025-03-12", type: "background" },
    ],
  }, null, 2);
  const expected = validate("ties.json", items);
  const { page, seen } = await mounted(items);
  assert.match(seen.summary, /^4 of 5 events shown · 1 left out · 1 warning$/);
  assert.deepEqual(seen.items, expected, "same wording and places as validate");
  assert.ok(expected.some((l) => l.includes("(items[3].start)")) && expected.some((l) => l.includes("(items[1].className)")), expected.join("\n"));
  assert.equal(seen.cards.length, 4);
  for (const [title, when] of [["Free trade agreement", "11 March 2013"], ["Defence talks", "1–3 June 2015"], ["Trade record", "1 January 2025"], ["A day as JavaScript reads it", "28 April 2016"]]) {
    assert.ok(seen.cards.some((c) => c.text.startsWith(when) && c.text.includes(title)), `${when} ${title}: ${seen.cards.map((c) => c.text)}`);
  }
  const shadow = await page.evaluate(() => {
    const s = window.__host.firstElementChild.shadowRoot;
    return { pillars: [...s.querySelectorAll(".rt-filter-group button, .rt-filter")].map((b) => b.textContent), bands: [...s.querySelectorAll(".rt-band")].map((b) => b.textContent) };
  });
  assert.ok(shadow.pillars.some((p) => p.includes("Trade")) && shadow.pillars.some((p) => p.includes("Defence")), shadow.pillars.join(" | "));
  assert.deepEqual(shadow.bands, ["Partnership"], "the background item is a period of the relationship");
  // The array a page hands to vis-timeline, passed as it is: titled by the name given.
  const handed = await page.evaluate(async () => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const t = await mount(host, { data: [{ id: 1, content: "A", start: "2014-04-20" }, { id: 2, content: "B", start: "2015-01-01" }], lang: "en", name: "Our ties" });
    const s = host.firstElementChild.shadowRoot;
    return { events: t.eventCount, heading: s.querySelector(".rt-heading").textContent, cards: s.querySelectorAll(".rt-card").length };
  });
  assert.deepEqual(handed, { events: 2, heading: "Our ties", cards: 2 });
  await page.close();
});

test("a spreadsheet's rows as JSON (a sheet-to-JSON tool's list of objects) are drawn as the sheet they stand for", async () => {
  const rows = JSON.stringify([
    { Date: "2013-09-11", Title: "Strategic Partnership", Summary: "Ties <b>upgraded</b>", Pillars: ["Politics", "Defence"], Source: "VnExpress", Quote: "nâng cấp" },
    { Date: "2025-02-30", Title: "A day that does not exist" },
    { Date: "2025-03-12", Title: "Comprehensive Strategic Partnership", Pillars: "Politics", Source: "VnExpress", Quote: "toàn diện", Extra: 1 },
  ], null, 2);
  const expected = validate("rows.json", rows);
  assert.ok(expected.some((l) => l.endsWith("([1].date)")) && expected.some((l) => l.endsWith("(extra)")), expected.join("\n"));
  const { page, seen } = await mounted(rows);
  assert.equal(seen.summary, "2 of 3 events shown · 1 left out · 1 warning");
  assert.deepEqual(seen.items, expected, "same wording and places as validate");
  assert.equal(seen.cards.length, 2);
  assert.ok(seen.cards.some((c) => c.text.startsWith("11 September 2013") && c.text.includes("Strategic Partnership")), seen.cards.map((c) => c.text).join(" | "));
  const pillars = await page.evaluate(() => [...window.__host.firstElementChild.shadowRoot.querySelectorAll(".rt-filter-group button, .rt-filter")].map((b) => b.textContent));
  assert.ok(pillars.some((p) => p.includes("Politics")) && pillars.some((p) => p.includes("Defence")), pillars.join(" | "));
  // The same list handed to mount as an array, as a page holds it.
  const handed = await page.evaluate(async (rows) => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const t = await mount(host, { data: JSON.parse(rows), lang: "en", name: "Ties" });
    // Without a name, a sheet is called a timeline in the reader's language.
    const other = document.createElement("div");
    document.body.append(other);
    await mount(other, { data: JSON.parse(rows), lang: "vi" });
    const heading = (h) => h.firstElementChild.shadowRoot.querySelector(".rt-heading").textContent;
    return { events: t.eventCount, heading: heading(host), unnamed: heading(other) };
  }, rows);
  assert.deepEqual(handed, { events: 2, heading: "Ties", unnamed: "Dòng thời gian" });
  await page.close();
});

test("a sheet saved in Windows-1252, as Excel's plain CSV is on Windows, shows its letters and says how it was read, as validate does", async () => {
  const bytes = [...Buffer.from("date,title\n2020,Caf", "latin1"), 0xe9, ...Buffer.from(" opened\n2021,", "latin1"), 0x93, ...Buffer.from("Quoted", "latin1"), 0x94, 0x0a];
  const expected = validate("latin1.csv", Buffer.from(bytes));
  assert.equal(expected.length, 1, expected.join("\n"));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(BASE + "/static.html");
  const seen = await page.evaluate(async (bytes) => {
    const { mount } = await import("/relationship-timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    await mount(host, { data: new Uint8Array(bytes), lang: "en" });
    const root = host.firstElementChild.shadowRoot;
    root.querySelector(".rt-notice-summary")?.click();
    return {
      titles: [...root.querySelectorAll(".rt-card .rt-title")].map((t) => t.textContent),
      items: [...root.querySelectorAll(".rt-notice li")].map((li) => li.textContent),
    };
  }, bytes);
  assert.deepEqual(seen.titles, ["Café opened", "“Quoted”"]);
  assert.deepEqual(seen.items, expected, "same wording and place as validate");
  await page.close();
});

test("events of no known kind, as other tools' are, are not each labelled \"Event\"", async () => {
  const tl = JSON.stringify({ events: [
    { start_date: { year: 1856, month: 8 }, text: { headline: "The Bessemer process" } },
    { start_date: { year: 1889 }, text: { headline: "A tower of wrought iron" } },
  ] });
  const { page } = await mounted(tl, { width: 375 });
  const seen = await page.evaluate(() => {
    const root = window.__host.firstElementChild.shadowRoot;
    root.querySelector(".rt-card").click();
    return {
      kinds: [...root.querySelectorAll(".rt-card .rt-kind")].map((k) => k.textContent),
      cards: [...root.querySelectorAll(".rt-card")].map((c) => c.textContent),
      details: root.querySelector(".rt-details-when")?.textContent ?? null,
    };
  });
  assert.deepEqual(seen.kinds, ["", ""], JSON.stringify(seen));
  assert.ok(seen.cards.every((c) => !c.includes("Event")), JSON.stringify(seen));
  assert.ok(seen.details && !seen.details.includes("Event") && seen.details.includes("Happened"), JSON.stringify(seen));
  await page.close();
});

test("a list of events written by hand, without ids or kinds, is drawn under its title, not left out event by event", async () => {
  const listed = JSON.stringify({
    title: "Our history",
    events: [
      { date: "2001-05-01", title: "Founded", description: "In a garage." },
      { date: "2020-13-01", title: "A month that does not exist" },
      { date: "2010", title: "Listed", category: "Finance", color: "red" },
    ],
  }, null, 2);
  const expected = validate("listed.json", listed);
  assert.ok(expected.some((l) => l.endsWith("(events[1].date)")) && expected.some((l) => l.endsWith("(events[*].color)")), expected.join("\n"));
  const { page, seen } = await mounted(listed);
  assert.equal(seen.summary, "2 of 3 events shown · 1 left out · 1 warning");
  assert.deepEqual(seen.items, expected, "same wording and places as validate");
  assert.deepEqual(seen.cards.map((c) => c.text.includes("Founded") || c.text.includes("Listed")), [true, true], seen.cards.map((c) => c.text).join(" | "));
  const heading = await page.evaluate(() => window.__host.firstElementChild.shadowRoot.querySelector(".rt-heading").textContent);
  assert.equal(heading, "Our history");
  await page.close();
});

test("a Vietnamese sheet's days with their times are drawn at those times, and a day that reads either way is named with both readings", async () => {
  const sheet = "date,time,title\n10:00 ngày 13/3/2025,,Hội đàm\nlúc 9h ngày 14/3/2025,,Họp báo\n15/3/2025,19h30,Tiệc chiêu đãi\n3/2025,,Cả tháng ba\n";
  const { page, seen } = await mounted(sheet, { lang: "vi" });
  assert.equal(seen.summary, null, "no notice: every day read");
  const dates = seen.cards.map((c) => c.text);
  for (const [day, title] of [["13/3/2025, 10:00", "Hội đàm"], ["14/3/2025, 09:00", "Họp báo"], ["15/3/2025, 19:30", "Tiệc chiêu đãi"], ["tháng 3, 2025", "Cả tháng ba"]]) {
    assert.ok(dates.some((t) => t.startsWith(day) && t.includes(title)), `${day} ${title}: ${dates.join(" | ")}`);
  }
  await page.close();
  // Nothing in this sheet tells whether 2/4 is the 2nd of April or the 4th of February.
  const either = "date,title\n2/4/2025,Không rõ\n2025-05-01,Rõ\n";
  const expected = validate("either.csv", either);
  assert.deepEqual(expected.map((l) => l.replace(/^\d+:\d+: /, "")), [
    'error: "2/4/2025" could be 2025-04-02 (day first) or 2025-02-04 (month first), and the other days of its column do not tell which; write days as YYYY-MM-DD (row 2, date)',
  ]);
  const english = await mounted(either);
  assert.deepEqual(english.seen.items, expected, "the notice says what validate says");
  await english.page.close();
  const vietnamese = await mounted(either, { lang: "vi" });
  assert.equal(vietnamese.seen.cards.length, 1);
  assert.ok(vietnamese.seen.items.length === 1 && vietnamese.seen.items[0].includes("2025-04-02 (ngày trước) hoặc 2025-02-04 (tháng trước)"), vietnamese.seen.items.join("\n"));
  await vietnamese.page.close();
});

test("a sheet's dates given as periods, spans or in words are drawn, a period placed at its start and shown as written, each said in the notice", async () => {
  const sheet = [
    "date,end,title",
    "c. 1973,,Thiết lập quan hệ",
    "những năm 1990,,Hợp tác kinh tế",
    "Q1 2025,,Chuẩn bị nâng cấp",
    "1st August 1973,,First of August",
    "năm 2013,,Đối tác chiến lược",
    "2023,cuối năm 2025,Kế hoạch hành động",
    "11–13/3/2025,,Thăm chính thức",
    "sometime,,Không rõ",
  ].join("\n");
  const { page, seen } = await mounted(sheet, { lang: "vi" });
  const cards = seen.cards.map((c) => c.text);
  assert.equal(cards.length, 7, `every row but the one without a date is drawn: ${cards.join(" | ")}`);
  for (const [shown, title] of [["c. 1973", "Thiết lập quan hệ"], ["những năm 1990", "Hợp tác kinh tế"], ["Q1 2025", "Chuẩn bị nâng cấp"], ["2023 – cuối năm 2025", "Kế hoạch hành động"]]) {
    assert.ok(cards.some((t) => t.startsWith(shown) && t.includes(title)), `${shown}: ${cards.join(" | ")}`);
  }
  // Days in words are days, drawn as the widget writes days.
  assert.ok(cards.some((t) => t.startsWith("1 tháng 8, 1973") && t.includes("First of August")), cards.join(" | "));
  assert.ok(cards.some((t) => t.startsWith("2013") && t.includes("Đối tác chiến lược")), cards.join(" | "));
  // A span written in one cell is a span: its card says both days, as the widget writes spans.
  assert.ok(cards.some((t) => t.startsWith("11–13 tháng 3, 2025") && t.includes("Thăm chính thức")), cards.join(" | "));
  // In time order: the period's start places it.
  const order = [...seen.cards].sort((a, b) => a.left - b.left).map((c) => c.text);
  assert.ok(order.findIndex((t) => t.includes("Thiết lập")) < order.findIndex((t) => t.includes("Hợp tác kinh tế")), order.join(" | "));
  assert.ok(order.findIndex((t) => t.includes("Hợp tác kinh tế")) < order.findIndex((t) => t.includes("Đối tác chiến lược")), order.join(" | "));
  // Each period is said, in Vietnamese, with where it is put; the row without a date is the one error.
  assert.match(seen.summary, /^Hiển thị 7\/8 sự kiện · 1 bị bỏ qua · 4 cảnh báo$/);
  assert.ok(seen.items.some((i) => i.includes('"những năm 1990" không phải là một ngày cụ thể: sự kiện được đặt tại 1990') && i.endsWith("(dòng 3, date)")), seen.items.join("\n"));
  assert.ok(seen.items.some((i) => i.includes('"cuối năm 2025"') && i.includes("2025") && i.endsWith("(dòng 7, end)")), seen.items.join("\n"));
  assert.ok(seen.items.some((i) => i.startsWith("9:1: lỗi: ") && i.endsWith("(dòng 9, date)")), seen.items.join("\n"));
  await page.close();
  // validate says the same, in English.
  const lines = validate("periods.csv", sheet);
  assert.equal(lines.filter((l) => / warning: ".*" is not one day: the event is placed at /.test(l)).length, 4, lines.join("\n"));
});
