// relationship-timeline: the script-tag embed.
//
//   <script type="module" src="relationship-timeline.js"></script>
//   <relationship-timeline dataset="vietnam-singapore" lang="vi"></relationship-timeline>
//
// For CMSs that strip unknown tags, the same options as data- attributes:
//   <div data-relationship-timeline data-src="/data/timeline.csv" data-lang="en"></div>
//
// From code: `import { mount } from "./relationship-timeline.js"`.
// Events on the element: rt-ready, rt-select, rt-error (all bubble).
//
// The first module reads the native format only (the smallest download); data in
// another format (CSV, TimelineJS, vis-timeline's items) loads the module with the
// importers, once.
//
// The module is imported on first use, and its wasm fetched at the same time (not
// after the glue has loaded): the page pays one round trip less.
let core;

/**
 * Imports a build's glue and initialises it, its wasm fetched at the same time. A
 * failure is a network failure to the page (`rt-error` kind `network`), marked as the
 * widget's own file rather than the data.
 */
async function load(importGlue, wasmUrl) {
  try {
    const wasm = fetch(wasmUrl);
    wasm.catch(() => {}); // reported by the initialisation below, if the import succeeds
    const module = await importGlue();
    await module.default({ module_or_path: wasm });
    return module;
  } catch (error) {
    throw new LoadFailure("network", 0, error, true);
  }
}

/**
 * `promise` (the widget's own module loading), or a timeout of the widget's own files
 * after `ms`: a server that takes the request and never answers must not leave a blank
 * box. The load goes on; a retry waits for it again.
 */
function within(promise, ms, module = true) {
  // By hand, not Promise.race: that walks an array's iterator, which a page may break.
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new LoadFailure("timeout", 0, undefined, module)), Math.min(ms, MAX_TIMEOUT));
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); },
    );
  });
}

let loading;
function ready() {
  if (!loading) {
    loading = load(
      () => import("./pkg-core/relationship_timeline.js"),
      new URL("./pkg-core/relationship_timeline_bg.wasm", import.meta.url),
    ).then((module) => { core = module; });
    loading.catch(() => { loading = undefined; }); // a later mount tries again
  }
  return loading;
}

const showNotice = (element, options) => core.showNotice(element, options);

/**
 * The notice when the widget's own module could not be loaded (so its notices are not
 * there either): one line of text and a retry button, in the light DOM, as text.
 */
function moduleNotice(element, lang, page = false) {
  const vi = String(lang || element.closest("[lang]")?.lang || "en").toLowerCase().startsWith("vi");
  const box = document.createElement("p");
  box.setAttribute("role", "alert");
  box.className = "relationship-timeline-unavailable";
  box.textContent = page
    ? vi
      ? "Trang này không cho dòng thời gian hiển thị (xem bảng điều khiển của trình duyệt). "
      : "This page does not let the timeline show itself (see the browser's console). "
    : vi
      ? "Không tải được dòng thời gian: mất kết nối, hoặc trang này không cho chạy tệp của nó. "
      : "The timeline could not be loaded: no connection, or this page does not allow its files. ";
  const retry = document.createElement("button");
  retry.type = "button";
  retry.textContent = vi ? "Thử lại" : "Try again";
  retry.addEventListener("click", () => element.dispatchEvent(new CustomEvent("rt-retry")));
  box.append(retry);
  element.append(box);
  return { destroy: () => box.remove(), free: () => {} };
}

let loadingImporters;
function importers() {
  if (!loadingImporters) {
    loadingImporters = load(
      () => import("./pkg/relationship_timeline.js"),
      new URL("./pkg/relationship_timeline_bg.wasm", import.meta.url),
    );
    loadingImporters.catch(() => { loadingImporters = undefined; });
  }
  return loadingImporters;
}

/**
 * The interface languages beyond English, as files beside this script: the first
 * module carries English only, and a reader downloads the words of the language shown.
 */
const LANGUAGES = Object.assign(Object.create(null), {
  vi: "./lang/vi.json",
  "zh-Hans": "./lang/zh-Hans.json",
  ms: "./lang/ms.json",
  ta: "./lang/ta.json",
});

/** The language file a tag asks for (`vi-VN` → `vi`, any `zh` → `zh-Hans`), or null. */
function languageOf(tag) {
  const primary = String(tag ?? "").split(/[-_]/)[0].toLowerCase();
  const code = primary === "zh" ? "zh-Hans" : primary;
  return LANGUAGES[code] ? code : null;
}

const languages = Object.create(null);
/** Fetches a language's file once and hands it to the first module. */
function language(code) {
  if (!languages[code]) {
    languages[code] = (async () => {
      const bytes = await fetchData(new URL(LANGUAGES[code], import.meta.url), DEFAULT_TIMEOUT);
      await ready();
      core.addLanguage(new TextDecoder().decode(bytes));
    })();
    languages[code].catch(() => { delete languages[code]; }); // a later need tries again
  }
  return languages[code];
}

/**
 * The language file the widget in `element` will ask for (its `lang` option, else the
 * page's language there), fetched while the module loads. Resolves either way: without
 * its file the widget starts in English and switches when the file arrives.
 */
function wordsFor(element, lang) {
  const code = languageOf(lang ?? element.closest("[lang]")?.lang);
  if (!code) return null;
  return within(language(code), DEFAULT_TIMEOUT).catch((error) => {
    console.warn(`relationship-timeline: the words for "${code}" could not be loaded; the timeline starts in English.`, error);
  });
}

/** The handle now mounted in each element, for the language a widget asks for later. */
const mounted = new WeakMap();
/** Answers `rt-language-needed` (a language chosen in the menu, or asked for before its file was here): the file, then the switch. */
function followLanguages(element) {
  if (mounted.has(element)) return;
  mounted.set(element, null);
  element.addEventListener("rt-language-needed", (event) => {
    const code = languageOf(event.detail);
    if (event.target !== element || !code) return;
    language(code).then(
      () => {
        try {
          mounted.get(element)?.setLang(code);
        } catch {
          // The timeline was taken down meanwhile.
        }
      },
      (error) => console.warn(`relationship-timeline: the words for "${code}" could not be loaded; the timeline stays in its language.`, error),
    );
  });
}

/**
 * Mounts with the small module, or, when the data needs an importer, with the full
 * one (the small module throws before touching the page). `stale` says whether the
 * mount is still wanted after the full module has loaded; if not, null.
 */
async function mountWasm(element, options, stale = () => false) {
  // The handle comes in a box without a prototype: a page that set
  // Object.prototype.then would make the handle itself a "thenable" that an await
  // never gets past.
  followLanguages(element);
  try {
    const handle = core.mount(element, options);
    mounted.set(element, handle);
    return { __proto__: null, handle };
  } catch (error) {
    if (error?.name !== "ImporterNeeded") throw error;
  }
  const full = await within(importers(), DEFAULT_TIMEOUT);
  const handle = stale() ? null : full.mount(element, options);
  mounted.set(element, handle);
  return { __proto__: null, handle };
}

/**
 * The bundled timelines, as data files next to this script (the widget's first module
 * does not carry them): fetched in parallel with the module.
 */
const DATASETS = Object.assign(Object.create(null), {
  "vietnam-singapore": "./data/vietnam-singapore.json",
});

/** The address of a bundled timeline's file, or an error naming the unknown id. */
function datasetUrl(id) {
  const file = DATASETS[id ?? "vietnam-singapore"];
  if (!file) {
    const error = new Error(`relationship-timeline: unknown dataset "${id}"`);
    error.relationshipTimeline = "data";
    throw error;
  }
  return new URL(file, import.meta.url);
}

/** Options read from attributes (without the data- prefix on the div form). */
const OPTIONS = ["dataset", "src", "lang", "event", "theme", "height", "timeout", "heading-level", "loading", "name"];

/**
 * The file name in an address, without its extension: it titles a spreadsheet, which
 * has no place for a title, as `relationship-timeline validate FILE` does. An address
 * whose last part has no extension names no file (a published Google Sheet's
 * `…/pub?output=csv`): the widget then says "timeline" in the reader's language.
 */
function fileStem(address) {
  try {
    return decodeURIComponent(new URL(address, document.baseURI).pathname.split("/").pop()).match(/(.+)\.[^.]*$/)?.[1] ?? "";
  } catch {
    return "";
  }
}

/**
 * Gives the element the height the page asked for (`height`), at once, through the
 * CSSOM (which a strict style-src allows): what follows it on the page never moves
 * when the timeline arrives. Our element is a block.
 */
function reserve(element, options) {
  if (element.localName === "relationship-timeline" && !element.style.display) element.style.display = "block";
  if (options.height && element.style.height !== options.height) element.style.height = options.height;
}

/** An address that opens an event (`#timeline/event`): the timeline loads at once. */
const deepLinked = () => /^#[^/]+\/./.test(location.hash);

/** The most data the widget reads, in bytes (its parser's limit). */
const MAX_DATA_BYTES = 8 * 1024 * 1024;

/** A data file over MAX_DATA_BYTES: the data cannot be used (`rt-error` kind "invalid"). */
function tooLarge() {
  const error = new LoadFailure("invalid", 0, new Error(`relationship-timeline: the data file is larger than ${MAX_DATA_BYTES} bytes`));
  return error;
}

/** How long a data file (and the widget's own files) may take, in milliseconds. */
const DEFAULT_TIMEOUT = 15000;

/** The longest wait a timer can express (2^31 − 1 ms); longer ones would fire at once. */
const MAX_TIMEOUT = 2147483647;

/** The `timeout` option as a usable wait: positive, at most MAX_TIMEOUT, else the default. */
function waitFor(timeout) {
  const ms = Number(timeout);
  return ms > 0 ? Math.min(ms, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
}

/** Why a load failed; `module`: one of the widget's own files, not the data. */
class LoadFailure extends Error {
  constructor(kind, status = 0, cause = undefined, module = false) {
    super(kind === "http" ? `HTTP ${status}` : kind, { cause });
    this.kind = kind;
    this.status = status;
    this.module = module;
  }
}

/**
 * Where to read data given at `address`: a Google Sheet's page, as an editor copies it
 * (`…/spreadsheets/d/ID/edit#gid=0`, `…/spreadsheets/d/e/ID/pubhtml`), is read as its
 * tab's CSV as published to the web, which is what a page may read of it (and what
 * TimelineJS asks of a sheet). Any other address as it is.
 */
function dataAddress(address) {
  const url = new URL(address, document.baseURI);
  const sheet = url.href.match(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/(e\/)?[\w-]+/);
  if (!sheet || /csv/.test(url.search)) return url;
  const gid = /gid=(\d+)/.exec(url.search + url.hash)?.[1];
  return sheet[0] + "/pub?output=csv" + (gid ? "&gid=" + gid + "&single=true" : "");
}

/** Fetches a data file as bytes (the widget reads UTF-8 itself), telling HTTP errors, network/CORS failures and timeouts apart. */
async function fetchData(url, timeout, signal) {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener("abort", abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeout);
  try {
    let response;
    try {
      response = await fetch(dataAddress(url), { signal: controller.signal, credentials: "same-origin" });
    } catch (error) {
      throw new LoadFailure(timedOut ? "timeout" : "network", 0, error);
    }
    if (!response.ok) throw new LoadFailure("http", response.status);
    // No more than the widget reads (8 MiB) is taken: a larger file is refused by its
    // announced length, or when the count passes the limit, before it reaches the
    // widget's memory (which never shrinks).
    if (Number(response.headers.get("content-length")) > MAX_DATA_BYTES) {
      controller.abort();
      throw tooLarge();
    }
    try {
      if (!response.body) return new Uint8Array(await response.arrayBuffer());
      const reader = response.body.getReader();
      const chunks = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > MAX_DATA_BYTES) {
          controller.abort();
          throw tooLarge();
        }
        chunks[chunks.length] = value;
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (let i = 0; i < chunks.length; i++) {
        bytes.set(chunks[i], at);
        at += chunks[i].length;
      }
      return bytes;
    } catch (error) {
      if (error instanceof LoadFailure) throw error;
      throw new LoadFailure(timedOut ? "timeout" : "network", 0, error);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

/**
 * The editors' tools, for the studio page: the module with the importers (loaded once),
 * whose `checkText`, `toNativeJson` and `staticFragment` say and write what the command
 * line's `validate`, `convert` and `render` do, and whose `mount` draws any format.
 */
export async function tools() {
  return within(importers(), DEFAULT_TIMEOUT);
}

/**
 * Mounts a timeline into `element`.
 * @param {Element} element
 * @param {import("./relationship-timeline").MountOptions} [options]
 * @returns {Promise<import("./relationship-timeline").TimelineHandle>}
 */
export async function mount(element, options = {}) {
  // Own properties only, in an object without a prototype: a page that extends
  // Object.prototype cannot slip options in.
  const own = Object.assign(Object.create(null), options);
  const { url, timeout } = own;
  delete own.url;
  delete own.timeout;
  const wait = waitFor(timeout);
  // The data (a bundled timeline's file, unless data or a URL is given) is fetched
  // while the module loads.
  const data = url ? fetchData(url, wait) : own.data === undefined ? fetchData(datasetUrl(own.dataset), wait) : null;
  if (url && own.name === undefined) own.name = fileStem(url);
  data?.catch(() => {});
  const words = wordsFor(element, own.lang);
  await within(ready(), wait);
  await words;
  if (data) own.data = await data;
  return (await mountWasm(element, own)).handle;
}

/** One embedded timeline: reads its options, loads its data, mounts, reports. */
class Embed {
  #element;
  #read;
  #handle = null;
  #notice = null;
  #generation = 0;
  #abort = null;
  /** Whether the element has come near the viewport (or needs no waiting). */
  #near = false;
  /** Stops waiting for the viewport. */
  #unwatch = null;
  #onRetry = () => this.render();

  constructor(element, read) {
    this.#element = element;
    this.#read = read;
    element.addEventListener("rt-retry", this.#onRetry);
  }

  get handle() {
    return this.#handle;
  }

  /**
   * Resolves when the element comes within about one viewport of being seen, when the
   * page is printed, or at once: `loading="eager"`, a deep link, a browser without
   * IntersectionObserver. Until then nothing but this script is fetched.
   */
  #whenNear(options) {
    if (this.#near || options.loading === "eager" || typeof IntersectionObserver !== "function" || deepLinked() || this.#inReach()) {
      this.#near = true;
      return null;
    }
    return new Promise((resolve) => {
      const near = () => {
        this.#unwatch?.();
        this.#near = true;
        resolve();
      };
      const observer = new IntersectionObserver((entries) => {
        for (let i = 0; i < entries.length; i++) if (entries[i].isIntersecting) return near();
      }, { rootMargin: "100% 0px 100% 0px" });
      observer.observe(this.#element);
      const linked = () => deepLinked() && near();
      addEventListener("beforeprint", near);
      addEventListener("hashchange", linked);
      this.#unwatch = () => {
        this.#unwatch = null;
        observer.disconnect();
        removeEventListener("beforeprint", near);
        removeEventListener("hashchange", linked);
        resolve();
      };
    });
  }

  /**
   * Whether the element is already within one viewport of being seen (the observer's
   * margin): then the load starts now, not at the observer's first report a frame later.
   * An element not laid out (in a hidden part of the page) is left to the observer.
   */
  #inReach() {
    const box = this.#element.getBoundingClientRect();
    const height = innerHeight;
    return (box.width > 0 || box.height > 0) && box.bottom >= -height && box.top <= 2 * height;
  }

  #clear() {
    this.#abort?.abort();
    this.#abort = null;
    this.#notice?.destroy();
    this.#notice?.free();
    this.#notice = null;
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle.free();
      this.#handle = null;
    }
  }

  destroy() {
    this.#generation++;
    this.#unwatch?.();
    this.#clear();
    this.#element.removeEventListener("rt-retry", this.#onRetry);
  }

  /** A changed language is applied in place; anything else redraws. */
  setLang(lang) {
    try {
      this.#handle?.setLang(lang);
      return Boolean(this.#handle);
    } catch {
      return false;
    }
  }

  /** Tells the page; a page that broke `CustomEvent` or its handlers hears of it on the console, and the drawn timeline stays. */
  #emit(type, detail) {
    try {
      this.#element.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    } catch (error) {
      console.error(`relationship-timeline: could not send ${type} to the page:`, error);
    }
  }

  async render() {
    const generation = ++this.#generation;
    const options = this.#read();
    const stale = () => generation !== this.#generation || !this.#element.isConnected;
    reserve(this.#element, options);
    const near = this.#whenNear(options);
    if (near) {
      await near;
      if (stale()) return;
    }
    delete options.loading;
    // A plain loop: a page may have patched Array.prototype.find or the iterators.
    const inlineData = () => {
      const children = this.#element.children;
      for (let i = 0; i < children.length; i++) {
        if (children[i].localName === "script" && children[i].type === "application/json") return children[i];
      }
      return null;
    };
    // The data file is fetched while the module loads, not after.
    let fetching = null;
    let fetched = false;
    let abort = null;
    try {
      // A bundled timeline is a data file like any other.
      const given = inlineData();
      if (!options.src && !given && DATASETS[options.dataset ?? "vietnam-singapore"]) options.src = datasetUrl(options.dataset);
      if (options.src && !given) {
        const address = new URL(options.src, document.baseURI);
        options.name ??= fileStem(address);
        abort = new AbortController();
        fetching = fetchData(address, waitFor(options.timeout), abort.signal);
        // Awaited below; until then a failure must not be reported as unhandled.
        fetching.then(() => { fetched = true; }, () => {});
      }
      const words = wordsFor(this.#element, options.lang);
      await within(ready(), waitFor(options.timeout));
      await words;
      if (stale()) {
        abort?.abort();
        return;
      }
      this.#clear();
      const inline = inlineData();
      if (inline) {
        abort?.abort();
        options.data = inline.textContent;
      } else if (fetching) {
        // The loading notice only while the data is still on its way: drawing it and
        // taking it away again costs a style and layout pass for nothing.
        // Over a static fragment, the fragment is the loading state: a notice would
        // move what follows it.
        if (!fetched && !this.#element.querySelector("[data-relationship-timeline-static]")) {
          this.#notice = showNotice(this.#element, Object.assign(Object.create(null), { state: "loading", lang: options.lang, theme: options.theme }));
          this.#abort = abort;
        }
        // The fetch has its own timeout; this one catches a page whose patched
        // built-ins keep the fetch's promise from ever settling.
        const text = await within(fetching, waitFor(options.timeout) + 1000, false);
        if (stale()) return;
        this.#clear();
        options.data = text;
      } else {
        datasetUrl(options.dataset); // names the unknown dataset
      }
      delete options.src;
      delete options.timeout;
      // In a box without a prototype: a page that set Object.prototype.then would make
      // the handle itself a "thenable" that awaiting never gets past.
      this.#handle = (await mountWasm(this.#element, options, stale)).handle;
      if (!this.#handle) return;
      const problems = this.#handle.problems();
      // The widget has written its one console line (the numbers, the first problems).
      if (this.#handle.eventCount === 0 && problems.length) {
        // Nothing could be read: the widget lists why; the page hears about it too.
        const lines = problems.map((p) => `${p.line}:${p.column}: ${p.message}${p.path ? ` (${p.path})` : ""}`).join("; ");
        this.#emit("rt-error", { kind: "invalid", status: 0, error: new Error(lines) });
        return;
      }
      this.#emit("rt-ready", { events: this.#handle.eventCount, problems });
    } catch (error) {
      if (stale()) return;
      this.#clear();
      // Data problems never throw (the widget lists them); anything else thrown while
      // mounting is the page refusing what the widget needs (a shadow root, say).
      const kind = error instanceof LoadFailure ? error.kind : error?.relationshipTimeline === "data" ? "invalid" : "page";
      const status = error instanceof LoadFailure ? error.status : 0;
      console.error("relationship-timeline: could not show the timeline:", error);
      let notice = null;
      if (core && kind !== "page") {
        try {
          notice = showNotice(this.#element, Object.assign(Object.create(null), { state: "error", error: error instanceof LoadFailure && error.module ? "module" : kind, status, lang: options.lang, theme: options.theme }));
        } catch {
          // The widget's own notice needs what failed: the plain one below says it.
        }
      }
      this.#notice = notice ?? moduleNotice(this.#element, options.lang, kind === "page");
      this.#emit("rt-error", { kind, status, error });
    }
  }
}

function attributeOptions(element, prefix) {
  const options = Object.create(null);
  // Index loops here and below: a page may have broken arrays' iterators.
  for (let i = 0; i < OPTIONS.length; i++) {
    const name = OPTIONS[i];
    const value = element.getAttribute(prefix + name);
    // heading-level → headingLevel, as mount() takes it.
    if (value) options[name.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = value;
  }
  return options;
}

class RelationshipTimelineElement extends HTMLElement {
  #embed = null;

  static get observedAttributes() {
    return OPTIONS;
  }

  connectedCallback() {
    this.#embed ??= new Embed(this, () => attributeOptions(this, ""));
    this.#embed.render();
  }

  disconnectedCallback() {
    this.#embed?.destroy();
    this.#embed = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#embed) return;
    if (name === "lang" && after && this.#embed.setLang(after)) return;
    this.#embed.render();
  }

  /** The mounted timeline (select, setLang, setFilter, …), or null before it is ready. */
  get timeline() {
    return this.#embed?.handle ?? null;
  }
}

// The tag may already belong to someone else's script: then our elements are upgraded
// like the data- form below (their attributes without the prefix), and the console
// says why.
// (Another copy of this script — the CDN build beside the source — is not someone else.)
const MARK = Symbol.for("relationship-timeline");
RelationshipTimelineElement[MARK] = true;
const defined = customElements.get("relationship-timeline");
const ours = !defined || defined[MARK] === true;
if (!defined) {
  customElements.define("relationship-timeline", RelationshipTimelineElement);
} else if (!ours) {
  console.warn("relationship-timeline: another script defines <relationship-timeline>; the timelines are drawn inside its elements");
}

// The data- attribute form: upgraded when found, and whenever a CMS adds one later.
const divs = new Map();
const SELECTOR = ours ? "[data-relationship-timeline]" : "[data-relationship-timeline], relationship-timeline";

function upgrade(element) {
  const tag = element.localName === "relationship-timeline";
  if (divs.has(element) || (tag && ours)) return;
  const embed = new Embed(element, () => attributeOptions(element, tag ? "" : "data-"));
  divs.set(element, embed);
  embed.render();
}

function sweep() {
  document.querySelectorAll(SELECTOR).forEach(upgrade);
  for (const [element, embed] of divs) {
    if (!element.isConnected) {
      embed.destroy();
      divs.delete(element);
    }
  }
}

new MutationObserver((records) => {
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (record.type === "attributes") {
      const embed = divs.get(record.target);
      if (embed && !(record.attributeName === "data-lang" && embed.setLang(record.target.getAttribute("data-lang")))) {
        embed.render();
      }
    }
  }
  sweep();
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: OPTIONS.map((o) => "data-" + o),
});

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", sweep, { once: true });
} else {
  sweep();
}
