// Types for the relationship-timeline embed (relationship-timeline.js).

/**
 * The editors' tools (the studio page): the module with every importer, whose
 * `checkText(text, lang, name)`, `toNativeJson(text, name)` and
 * `staticFragment(text, lang, name)` say and write what the command line's `validate`,
 * `convert` and `render` do, and whose `mount` draws any format.
 */
export function tools(): Promise<{
  checkText(text: string, lang: string, name: string): {
    format: string;
    outcome: string;
    errors: number;
    events: { id: string; title: string }[];
    problems: { severity: "error" | "warning"; line: number; column: number; text: string }[];
  };
  toNativeJson(text: string, name: string): string;
  staticFragment(text: string, lang: string, name: string): string;
  mount(element: Element, options: MountOptions): TimelineHandle;
}>;

/** Options of `mount()`; the custom element takes the same ones as attributes. */
export interface MountOptions {
  /** Id of a timeline bundled with the widget, e.g. "vietnam-singapore". */
  dataset?: string;
  /** A timeline: native JSON, TimelineJS JSON, vis-timeline's items or CSV as text or UTF-8 bytes, or a parsed JSON object. */
  data?: string | Uint8Array | object;
  /** Where to load the data from (same formats as `data`; a Google Sheet's own address is read as its tab's CSV, as `src` is). */
  url?: string | URL;
  /** Milliseconds to wait for `url` before giving up (default 15000). */
  timeout?: number;
  /** "vi" or "en"; default: the `lang` of the element or page, else English. */
  lang?: "vi" | "en" | string;
  /** Id of an event to open at once. */
  event?: string;
  /** "light", "dark" or "auto" (follow the reader's system; the default). */
  theme?: "light" | "dark" | "auto";
  /** A CSS length for the widget's height, e.g. "480px": its rows of cards are fitted to it, the axis always in sight. */
  height?: string;
  /**
   * The heading level of the widget's title (1–9, default 2), so it fits the page's
   * outline; the open event's title is one level below, its "Sources" two. The
   * element takes it as the `heading-level` attribute.
   */
  headingLevel?: number;
  /**
   * What titles data whose format has no title (a spreadsheet), and names it in the
   * page address of an open event. Default: the file name of `url` (or of the
   * element's `src`) without its extension, else "Timeline".
   */
  name?: string;
}

/** What `setFilter()` takes; an empty or missing list filters nothing. */
export interface Filter {
  pillars?: string[];
  kinds?: Array<
    | "establishment" | "upgrade" | "visit" | "talks" | "meeting" | "call"
    | "agreement" | "programme" | "commitment" | "milestone" | "other"
  >;
  status?: Array<"happened" | "planned">;
  /** Ids of parties: the events each acted in (`by` in the data). */
  parties?: string[];
}

/** A mounted timeline. */
export interface TimelineHandle {
  /** Removes everything the widget added, listeners included. */
  destroy(): void;
  /** Frees the handle's memory; call after `destroy()`. */
  free(): void;
  /** Opens the event with this id; false if there is none. */
  select(id: string): boolean;
  /** Switches the language ("vi" or "en"); throws for others. */
  setLang(lang: string): void;
  /** Shows only the matching events; throws for unknown ids. */
  setFilter(filter: Filter): void;
  /** The language shown. */
  readonly lang: string;
  /** How many events were read. */
  readonly eventCount: number;
  /** What in the data left something out, in the widget's language. */
  problems(): Problem[];
  /** The event with this id, as `rt-select` tells it; undefined if there is none. */
  event(id: string): TimelineEvent | undefined;
}

/** A problem in the data: where it is and what it is. */
export interface Problem {
  severity: "error" | "warning";
  /** What is wrong, in the widget's language. */
  message: string;
  line: number;
  column: number;
  /** Where in the data, e.g. `events[3].date`; empty for the whole file. */
  path: string;
}

/** An event as the page sees it, its texts in the widget's language. */
export interface TimelineEvent {
  id: string;
  /** ISO date at the data's precision: "2025-03-12", "2025-03" or "2025". */
  date: string;
  end: string | null;
  /** The dates as the widget words them. */
  when: string;
  kind: string;
  status: "happened" | "planned";
  title: string;
  summary: string;
  /** Ids of the parties that acted, and of the one a visit or call went to. */
  by: string[];
  to: string | null;
  place: string | null;
  sources: Array<{ title: string; quote: string; url: string | null }>;
}

/** Mounts a timeline into `element`. Rejects when `url` cannot be loaded. */
export function mount(element: Element, options?: MountOptions): Promise<TimelineHandle>;

/** Detail of `rt-ready`. */
export interface ReadyDetail {
  events: number;
  problems: Problem[];
}

/** Detail of `rt-select`: the open event, or `{ id: null }` when the details close. */
export type SelectDetail = TimelineEvent | { id: null };

/** Detail of `rt-error`. */
export interface ErrorDetail {
  kind: "http" | "network" | "timeout" | "invalid";
  /** The HTTP status, for kind "http". */
  status: number;
  error: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    "relationship-timeline": HTMLElement & { readonly timeline: TimelineHandle | null };
  }
  interface HTMLElementEventMap {
    "rt-ready": CustomEvent<ReadyDetail>;
    "rt-select": CustomEvent<SelectDetail>;
    "rt-error": CustomEvent<ErrorDetail>;
  }
}
