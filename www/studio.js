// The studio: an editor's data in, what `validate` says of it beside the text, a live
// preview, and the code for the page out. It runs on the widget's own module with the
// importers (the same reading as the command line) and asks for nothing but its own
// files and the address the editor types.
import { tools } from "./relationship-timeline.js";

const STRINGS = {
  en: {
    title: "Timeline studio",
    intro: "Open a spreadsheet, a TimelineJS file or JSON, fix what it reports, and copy the code for your page. Nothing leaves this browser.",
    in: "1. Your data", open: "Open a file", template: "Start from the template",
    url: "Or the address of a file (a Google Sheet, a published spreadsheet's CSV link, a JSON file)", load: "Load",
    paste: "The text (paste here, or drop a file on it)", problems: "What validate says",
    preview: "2. Preview", lang: "Language", theme: "Theme", auto: "Follow the reader", light: "Light", dark: "Dark",
    height: "Height", event: "Event to open first", none: "None", width: "Width", phone: "Phone (375 px)", desktop: "Desktop",
    out: "3. For your page", element: "The element and its script tag",
    "element-note": "Paste this into your page or your CMS's HTML block. Put the data file at the address in src.",
    div: "For a CMS that removes unknown tags", "div-note": "The same as a div with data- attributes.",
    fragment: "The static fragment",
    "fragment-note": "Put it inside the element: readers without JavaScript and search engines read it, and the timeline takes its place.",
    copy: "Copy", "download-json": "Download as native JSON", "download-template": "Download the CSV template",
    "download-columns": "What each column means",
    copied: "Copied to the clipboard.", "copy-failed": "The browser did not allow copying: the text is selected, press Ctrl+C (⌘C).",
    loading: "Loading…", loaded: (what) => `Read ${what}.`, empty: "Paste or open a timeline to begin.",
    none_found: "No problems: every event can be shown.",
    "url-http": (status) => `The server answered ${status}: check the address (is the file published, and is the link the file's, not its page's?).`,
    "url-network": "The file could not be read from that address: you may be offline, or its server does not let other sites read it (CORS). Download the file and open it here instead; for a Google Sheet, use File → Share → Publish to the web → CSV.",
    "url-html": "That address gives a web page, not data. Publish the spreadsheet as CSV and use that link.",
    "url-empty": "That address gives an empty file.",
    "url-sheet": "That Google Sheet could not be read: in Google Sheets, use File → Share → Publish to the web (or share it with anyone who has the link), then load its address again.",
    format: (f) => `Read as ${f}.`, "other-lang": "Tiếng Việt",
  },
  vi: {
    title: "Xưởng dòng thời gian",
    intro: "Mở bảng tính, tệp TimelineJS hoặc JSON, sửa những lỗi được báo, rồi sao chép mã cho trang của bạn. Không dữ liệu nào rời khỏi trình duyệt này.",
    in: "1. Dữ liệu của bạn", open: "Mở tệp", template: "Bắt đầu từ mẫu",
    url: "Hoặc địa chỉ của tệp (một trang Google Sheets, đường dẫn CSV của bảng tính đã xuất bản, tệp JSON)", load: "Tải",
    paste: "Nội dung (dán vào đây, hoặc thả tệp lên đây)", problems: "Kết quả kiểm tra (validate)",
    preview: "2. Xem trước", lang: "Ngôn ngữ", theme: "Giao diện", auto: "Theo người đọc", light: "Sáng", dark: "Tối",
    height: "Chiều cao", event: "Sự kiện mở sẵn", none: "Không", width: "Chiều rộng", phone: "Điện thoại (375 px)", desktop: "Máy tính",
    out: "3. Cho trang của bạn", element: "Thẻ và thẻ script của nó",
    "element-note": "Dán đoạn này vào trang hoặc khối HTML của CMS. Đặt tệp dữ liệu ở địa chỉ trong src.",
    div: "Cho CMS xóa thẻ lạ", "div-note": "Cùng nội dung, dưới dạng div với các thuộc tính data-.",
    fragment: "Bản tĩnh",
    "fragment-note": "Đặt bên trong thẻ: người đọc không bật JavaScript và công cụ tìm kiếm đọc được, và dòng thời gian sẽ thế chỗ nó.",
    copy: "Sao chép", "download-json": "Tải về dạng JSON gốc", "download-template": "Tải mẫu CSV",
    "download-columns": "Ý nghĩa từng cột",
    copied: "Đã sao chép.", "copy-failed": "Trình duyệt không cho sao chép: nội dung đã được chọn, hãy nhấn Ctrl+C (⌘C).",
    loading: "Đang tải…", loaded: (what) => `Đã đọc ${what}.`, empty: "Dán hoặc mở một dòng thời gian để bắt đầu.",
    none_found: "Không có lỗi: mọi sự kiện đều hiển thị được.",
    "url-http": (status) => `Máy chủ trả lời ${status}: hãy kiểm tra địa chỉ (tệp đã được xuất bản chưa, và đường dẫn có phải của tệp chứ không phải của trang?).`,
    "url-network": "Không đọc được tệp từ địa chỉ đó: có thể bạn đang ngoại tuyến, hoặc máy chủ không cho trang khác đọc (CORS). Hãy tải tệp về rồi mở ở đây; với Google Sheets, dùng Tệp → Chia sẻ → Xuất bản lên web → CSV.",
    "url-html": "Địa chỉ đó trả về một trang web, không phải dữ liệu. Hãy xuất bản bảng tính dưới dạng CSV và dùng đường dẫn đó.",
    "url-empty": "Địa chỉ đó trả về một tệp trống.",
    "url-sheet": "Không đọc được trang Google Sheets đó: trong Google Sheets, hãy dùng Tệp → Chia sẻ → Xuất bản lên web (hoặc chia sẻ cho bất kỳ ai có đường liên kết), rồi tải lại địa chỉ của nó.",
    format: (f) => `Đọc dưới dạng ${{ "spreadsheet rows (JSON)": "các dòng của bảng tính (JSON)", "vis-timeline items (JSON)": "các mục của vis-timeline (JSON)", "relationship-timeline JSON": "JSON của relationship-timeline" }[f] ?? f}.`,
    "other-lang": "English",
  },
};

const $ = (id) => document.getElementById(id);
const text = $("text");
let ui = document.documentElement.lang === "vi" ? "vi" : "en";
let core = null;
let handle = null;
// Pasted or typed text has no name of its own (`pasted`): its file is named for what it
// holds, JSON or a spreadsheet, in the code for the page.
let source = { name: "timeline.csv", url: null, pasted: true };
let timer = 0;

const t = (key, ...args) => {
  const value = STRINGS[ui][key];
  return typeof value === "function" ? value(...args) : value;
};

function translate() {
  document.documentElement.lang = ui;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  const other = ui === "en" ? "vi" : "en";
  $("ui-lang").textContent = t("other-lang");
  $("ui-lang").lang = other;
}

/**
 * The file's name without its extension: it titles a spreadsheet, as `validate` does.
 * Pasted text and a sheet's CSV address name no file: such a sheet has no title, and
 * the timeline says "Timeline" in the reader's language.
 */
const stem = () => (source.pasted || source.url?.includes("docs.google.com") ? "" : source.name.replace(/\.[^.]*$/, ""));

function say(message) {
  $("status").textContent = message;
}

function gutter() {
  const lines = text.value.split("\n").length;
  let numbers = "";
  for (let i = 1; i <= lines; i++) numbers += i + "\n";
  $("gutter").textContent = numbers;
  $("gutter").scrollTop = text.scrollTop;
}

/** Selects line `line`, from column `column` to the line's end, and brings it into view. */
function select(line, column) {
  const lines = text.value.split("\n");
  let start = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
  const length = (lines[line - 1] ?? "").length;
  const from = start + Math.min(Math.max(column - 1, 0), length);
  const to = Math.max(start + length, from + 1);
  text.focus();
  text.setSelectionRange(from, Math.min(to, text.value.length));
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  gutter();
}

function snippets(lang) {
  const script = new URL("relationship-timeline.js", location.href).href;
  const src = source.url ?? `/data/${source.name}`;
  const height = $("opt-height").value.trim() || "600px";
  const event = $("opt-event").value;
  const theme = $("opt-theme").value;
  const extra = (prefix) => (event ? ` ${prefix}event="${event}"` : "") + (theme !== "auto" ? ` ${prefix}theme="${theme}"` : "");
  $("code-element").textContent =
    `<script type="module" src="${script}" blocking="render"></script>\n` +
    `<relationship-timeline src="${src}" lang="${lang}" height="${height}"${extra("")}></relationship-timeline>`;
  $("code-div").textContent =
    `<script type="module" src="${script}" blocking="render"></script>\n` +
    `<div data-relationship-timeline data-src="${src}" data-lang="${lang}" data-height="${height}"${extra("data-")}></div>`;
  $("code-fragment").textContent = text.value.trim() ? core.staticFragment(text.value, lang, stem()) : "";
}

async function refresh() {
  core ??= await tools();
  gutter();
  const lang = $("opt-lang").value;
  const list = $("problems");
  list.replaceChildren();
  if (!text.value.trim()) {
    $("outcome").textContent = t("empty");
    return;
  }
  // A TimelineJS embed's code pasted: the studio reads the data it shows instead.
  const embedded = /^\s*<iframe\b/i.test(text.value) && timelinejsSource(text.value);
  if (embedded) return fromUrl(embedded);
  const report = core.checkText(text.value, ui, stem());
  // So for the script that makes one from an address, as the reader finds it.
  const elsewhere = report.dataAt && sourceAddress(report.dataAt);
  if (elsewhere) return fromUrl(elsewhere);
  if (source.pasted) source.name = /JSON/.test(report.format) ? "timeline.json" : "timeline.csv";
  $("outcome").textContent = `${t("format", report.format)} ${report.outcome}`;
  if (!report.problems.length) {
    const li = document.createElement("li");
    li.textContent = t("none_found");
    list.append(li);
  }
  for (const p of report.problems) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = `problem ${p.severity}`;
    b.textContent = p.text;
    b.addEventListener("click", () => select(p.line, p.column));
    li.append(b);
    list.append(li);
  }
  // The event the preview opens first: one of those that can be shown.
  const chosen = $("opt-event").value;
  const events = $("opt-event");
  events.replaceChildren(new Option(t("none"), ""));
  events.options[0].dataset.t = "none";
  for (const e of report.events) events.append(new Option(e.title, e.id, false, e.id === chosen));
  snippets(lang);
  preview(lang);
}

function preview(lang) {
  if (handle) {
    handle.destroy();
    handle.free();
    handle = null;
  }
  const box = $("preview");
  box.replaceChildren();
  try {
    handle = core.mount(box, {
      data: text.value,
      lang,
      theme: $("opt-theme").value,
      height: $("opt-height").value.trim() || undefined,
      event: $("opt-event").value || undefined,
      name: stem(),
    });
  } catch (error) {
    box.textContent = String(error?.message ?? error);
  }
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(() => refresh().catch((e) => say(String(e?.message ?? e))), 300);
}

function show(value, name, url = null) {
  text.value = value;
  source = { name: name.replace(/[^\w.-]+/g, "-") || "timeline.csv", url, pasted: false };
  text.scrollTop = 0;
  say(t("loaded", name));
  refresh().catch((e) => say(String(e?.message ?? e)));
}

/**
 * The CSV addresses of a Google Sheet given by the address of its page, as TimelineJS
 * takes it (`…/spreadsheets/d/ID/edit#gid=0`), or by its published page
 * (`…/spreadsheets/d/e/ID/pubhtml`): the sheet's tab (`gid`) kept; first the export of a
 * sheet shared with anyone who has the link, then the CSV of a sheet published to the
 * web. Any other address is read as it is.
 */
function sheetAddresses(address) {
  let url;
  try {
    url = new URL(address, location.href);
  } catch {
    return [address];
  }
  const path = url.pathname.match(/^\/spreadsheets\/d\/(e\/)?([\w-]+)(\/[\w]*)?\/?$/);
  if (url.hostname !== "docs.google.com" || !path) return [address];
  const [, published, id, page = ""] = path;
  const gid = url.searchParams.get("gid") ?? url.hash.match(/gid=(\d+)/)?.[1];
  if (/^\/(export|pub)$/.test(page) && /csv/.test(url.search)) return [address];
  const tab = gid ? `&gid=${gid}` : "";
  const base = `https://docs.google.com/spreadsheets/d/${published ?? ""}${id}`;
  const csv = `${base}/pub?output=csv${tab}${gid ? "&single=true" : ""}`;
  return published ? [csv] : [`${base}/export?format=csv${tab}`, csv];
}

/**
 * The data address of a TimelineJS embed (its iframe code, or the address of its page:
 * `https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=…`). `null`
 * for anything else.
 */
function timelinejsSource(text) {
  const found = text.match(/knightlab\.com\/libs\/timeline3?\/[^'"\s<>]*?[?&](?:amp;)?source=([^&'"\s<>]+)/);
  if (!found) return null;
  try {
    return sourceAddress(decodeURIComponent(found[1]));
  } catch {
    return null;
  }
}

/**
 * The address of a TimelineJS timeline's source, as its embed or its script names it: a
 * Google Sheet by its key or published id (`v2:2PACX-…`), or a file's address.
 */
function sourceAddress(source) {
  if (/^https?:\/\//.test(source)) return source;
  const published = source.match(/^v2:([\w-]+)$/);
  if (published) return `https://docs.google.com/spreadsheets/d/e/${published[1]}/pubhtml`;
  return /^[\w-]{20,}$/.test(source) ? `https://docs.google.com/spreadsheets/d/${source}/edit` : null;
}

/** The text at `address`, or the key of what went wrong (said to the editor). */
async function read(address) {
  let response;
  try {
    response = await fetch(address, { credentials: "omit" });
  } catch {
    return { problem: "url-network" };
  }
  if (!response.ok) return { problem: "url-http", status: response.status };
  // Its bytes, read as a file's are (a sheet in Windows-1252 keeps its letters).
  core ??= await tools();
  const { text: body, note } = core.fileText(new Uint8Array(await response.arrayBuffer()), ui);
  if (!body.trim()) return { problem: "url-empty" };
  if (/^\s*<(!doctype|html|head|body)\b/i.test(body)) return { problem: "url-html" };
  return { body, note };
}

async function fromUrl(address) {
  say(t("loading"));
  // A TimelineJS embed's address: the data it shows.
  address = timelinejsSource(address) ?? address;
  const addresses = sheetAddresses(address);
  let got;
  for (const candidate of addresses) {
    got = await read(candidate);
    if (got.body !== undefined) {
      // An address that names no file (a sheet's CSV export) is a timeline.csv.
      const last = new URL(candidate, location.href).pathname.split("/").pop();
      const name = last.includes(".") ? last : "timeline.csv";
      show(got.body, name, candidate);
      if (got.note) say(`${t("loaded", name)} ${got.note}`);
      return;
    }
  }
  // A sheet neither shared nor published: say how to make it readable.
  if (addresses[0] !== address) return say(t("url-sheet"));
  say(t(got.problem, got.status));
}

async function copy(id) {
  const pre = $(id);
  try {
    await navigator.clipboard.writeText(pre.textContent);
    $("copied").textContent = t("copied");
  } catch {
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $("copied").textContent = t("copy-failed");
  }
}

function download() {
  if (!core || !text.value.trim()) return;
  const blob = new Blob([core.toNativeJson(text.value, stem() || "timeline")], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = source.name.replace(/\.[^.]*$/, "") + ".json";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

translate();
text.addEventListener("input", later);
text.addEventListener("scroll", () => { $("gutter").scrollTop = text.scrollTop; });
/**
 * Shows a file's text as `validate` reads its bytes: a sheet Excel saved on Windows
 * (Windows-1252) with its letters, UTF-16 by its mark; how it was read is said.
 */
async function openFile(file) {
  core ??= await tools();
  const { text: read, note } = core.fileText(new Uint8Array(await file.arrayBuffer()), ui);
  show(read, file.name);
  if (note) say(`${t("loaded", file.name)} ${note}`);
}

$("file").addEventListener("change", (e) => {
  const file = e.target.files?.[0];
  if (file) openFile(file).catch((error) => say(String(error?.message ?? error)));
});
$("drop").addEventListener("dragover", (e) => e.preventDefault());
$("drop").addEventListener("drop", async (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files?.[0];
  if (file) openFile(file).catch((error) => say(String(error?.message ?? error)));
});
$("template").addEventListener("click", async () => {
  const response = await fetch("data/template.csv");
  show(await response.text(), "timeline-template.csv");
});
$("url-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const address = $("url").value.trim();
  if (address) fromUrl(address);
});
for (const id of ["opt-lang", "opt-theme", "opt-height", "opt-event"]) $(id).addEventListener("change", () => refresh());
for (const radio of document.querySelectorAll("input[name=width]")) {
  radio.addEventListener("change", () => {
    $("frame").classList.toggle("phone", radio.value === "phone" && radio.checked);
    refresh();
  });
}
for (const b of document.querySelectorAll("[data-copy]")) b.addEventListener("click", () => copy(b.dataset.copy));
$("download-json").addEventListener("click", download);
$("ui-lang").addEventListener("click", () => {
  ui = ui === "en" ? "vi" : "en";
  translate();
  refresh();
});
refresh().catch((e) => say(String(e?.message ?? e)));
