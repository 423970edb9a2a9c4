// relationship-timeline: the script-tag embed.
//
//   <script type="module" src="relationship-timeline.js"></script>
//   <relationship-timeline dataset="vietnam-singapore" lang="vi"></relationship-timeline>
//
// Also usable from code: `import { mount } from "./relationship-timeline.js"`.
import init, { mount as mountWasm } from "./pkg/relationship_timeline.js";

let loading;
function ready() {
  loading ??= init({ module_or_path: new URL("./pkg/relationship_timeline_bg.wasm", import.meta.url) });
  return loading;
}

/**
 * Mounts a timeline into `element`.
 * @param {Element} element
 * @param {{dataset?: string, data?: string|object, lang?: string, theme?: "light"|"dark"|"auto"}} [options]
 * @returns {Promise<{destroy(): void, select(id: string): boolean, setLang(lang: string): void, lang: string, eventCount: number}>}
 */
export async function mount(element, options = {}) {
  await ready();
  return mountWasm(element, options);
}

const OPTIONS = ["dataset", "lang", "theme"];

class RelationshipTimelineElement extends HTMLElement {
  #handle = null;
  #generation = 0;

  static get observedAttributes() {
    return OPTIONS;
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#teardown();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === "lang" && this.#handle && after) {
      try {
        this.#handle.setLang(after);
        return;
      } catch {
        // An unsupported language: fall through to a full redraw, which picks a default.
      }
    }
    this.#render();
  }

  #teardown() {
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle.free();
      this.#handle = null;
    }
  }

  async #render() {
    const generation = ++this.#generation;
    const options = {};
    for (const name of OPTIONS) {
      const value = this.getAttribute(name);
      if (value) options[name] = value;
    }
    try {
      await ready();
      // Removed or re-rendered while the module loaded: the newer call wins.
      if (generation !== this.#generation) return;
      this.#teardown();
      this.#handle = mountWasm(this, options);
      this.dispatchEvent(new CustomEvent("rt-ready", { bubbles: true, detail: { events: this.#handle.eventCount } }));
    } catch (error) {
      console.error("relationship-timeline:", error);
      this.dispatchEvent(new CustomEvent("rt-error", { bubbles: true, detail: { error } }));
    }
  }

  /** The mounted timeline, or null before it is ready. */
  get timeline() {
    return this.#handle;
  }
}

if (!customElements.get("relationship-timeline")) {
  customElements.define("relationship-timeline", RelationshipTimelineElement);
}
