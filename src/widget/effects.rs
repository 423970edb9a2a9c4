//! What a change of the widget's state asks of the page — an event for its handlers,
//! a history entry, a sentence for screen readers — held until the state is released.
//!
//! A page's `rt-select` handler may call straight back into the widget (`destroy()`,
//! `select()`, `setLang()`): it must find the widget free, so nothing here runs while
//! the widget's state is borrowed. Handlers return [`Effects`]; their caller runs them
//! once the borrow has ended.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::dom;

/// Effects to run once the widget's state is released, in this order: the history
/// entry, the announcement, then the events (a handler may destroy the widget).
#[must_use = "effects do nothing until run, after the widget's state is released"]
#[derive(Default)]
pub(super) struct Effects {
    history: Option<HistoryEntry>,
    announce: Option<(Element, String)>,
    events: Vec<PageEvent>,
}

struct HistoryEntry {
    key: String,
    value: Option<String>,
    url: String,
}

/// A bubbling, composed event on the host element.
struct PageEvent {
    target: Element,
    kind: &'static str,
    detail: JsValue,
}

impl Effects {
    pub(super) fn none() -> Effects {
        Effects::default()
    }

    /// A history entry for `url` whose state holds `key: value`.
    pub(super) fn history(mut self, key: String, value: Option<String>, url: String) -> Effects {
        self.history = Some(HistoryEntry { key, value, url });
        self
    }

    /// Words for the polite live region (the last one said wins).
    pub(super) fn announce(mut self, live: &Element, text: String) -> Effects {
        self.announce = Some((live.clone(), text));
        self
    }

    /// An event for the page, on `target`.
    pub(super) fn event(mut self, target: &Element, kind: &'static str, detail: JsValue) -> Effects {
        self.events.push(PageEvent { target: target.clone(), kind, detail });
        self
    }

    /// These effects, then `later`'s.
    pub(super) fn and(mut self, later: Effects) -> Effects {
        if later.history.is_some() {
            self.history = later.history;
        }
        if later.announce.is_some() {
            self.announce = later.announce;
        }
        self.events.extend(later.events);
        self
    }

    /// Runs the effects. Call it with the widget's state released.
    pub(super) fn run(self) {
        if let Some(h) = self.history {
            dom::logged(dom::push_history(&h.key, h.value.as_deref(), &h.url));
        }
        if let Some((live, text)) = self.announce {
            dom::set_text(&live, &text);
        }
        for e in self.events {
            dom::logged(dom::dispatch(&e.target, e.kind, &e.detail));
        }
    }
}
