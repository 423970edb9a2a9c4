// Types for the relationship-timeline embed (relationship-timeline.js).

/** Options of `mount()`; the custom element takes the same ones as attributes. */
export interface MountOptions {
  /** Id of a timeline bundled with the widget, e.g. "vietnam-singapore". */
  dataset?: string;
  /** A timeline: native JSON, TimelineJS JSON or CSV as text or UTF-8 bytes, or a parsed JSON object. */
  data?: string | Uint8Array | object;
  /** Where to load the data from (same formats as `data`). */
  url?: string | URL;
  /** Milliseconds to wait for `url` before giving up (default 15000). */
  timeout?: number;
  /** "vi" or "en"; default: the `lang` of the element or page, else English. */
  lang?: "vi" | "en" | string;
  /** Id of an event to open at once. */
  event?: string;
  /** "light", "dark" or "auto" (follow the reader's system; the default). */
  theme?: "light" | "dark" | "auto";
  /** A CSS length for the widget's height, e.g. "480px"; it scrolls inside. */
  height?: string;
  /**
   * The heading level of the widget's title (1–9, default 2), so it fits the page's
   * outline; the open event's title is one level below, its "Sources" two. The
   * element takes it as the `heading-level` attribute.
   */
  headingLevel?: number;
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
  /** What was wrong in the data, one line per problem, in the widget's language. */
  problems(): string[];
}

/** Mounts a timeline into `element`. Rejects when `url` cannot be loaded. */
export function mount(element: Element, options?: MountOptions): Promise<TimelineHandle>;

/** Detail of `rt-ready`. */
export interface ReadyDetail {
  events: number;
  problems: string[];
}

/** Detail of `rt-select`: the open event's id, or null when the details close. */
export interface SelectDetail {
  id: string | null;
}

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
