//! Marks on the track (ticks, compressed stretches, bands, cluster markers) kept from
//! one layout to the next. A zoom or a pan draws mostly the marks it drew before, a
//! little further along: moving those instead of making them anew spares the wasm
//! module the strings and the browser their text layout, which is most of a step's
//! cost at 10,000 events.

use web_sys::Element;

use crate::dom;

/// One parent's marks, found again by what they show.
pub(super) struct Marks {
    parent: Element,
    /// Drawn at the last layout and not asked for again yet: what each shows (its
    /// class and text), the element, and where it was put.
    shown: Vec<Mark>,
    /// Where the search for the next mark starts in `shown`.
    cursor: usize,
    /// Drawn by the layout running now.
    next: Vec<Mark>,
    /// What the mark being placed shows, and where it goes.
    key: String,
    left: f64,
    /// Whether this layout added a mark (the order of the kept ones may then be off).
    added: bool,
}

struct Mark {
    key: String,
    element: Element,
    left: f64,
}

impl Marks {
    pub(super) fn new(parent: Element) -> Marks {
        Marks { parent, shown: Vec::new(), cursor: 0, next: Vec::new(), key: String::new(), left: 0.0, added: false }
    }

    /// Starts a layout: every mark drawn is kept only if asked for again.
    pub(super) fn begin(&mut self) {
        self.shown.append(&mut self.next);
        self.cursor = 0;
        self.added = false;
    }

    /// Keeps the mark of class `class` showing `text` that the last layout drew, moved
    /// to `left`, and says so; `false` when there is none (`add` then puts a new one).
    pub(super) fn keep(&mut self, class: &str, text: &str, left: f64) -> bool {
        let key = &mut self.key;
        key.clear();
        key.push_str(class);
        key.push('\n');
        key.push_str(text);
        // Marks asked for again come in the order they were drawn (along the axis), so
        // the search starts where the last one was found.
        let n = self.shown.len();
        let Some(at) = (0..n).map(|k| (self.cursor + k) % n).find(|&j| self.shown[j].key == *key) else {
            self.left = left;
            return false;
        };
        self.cursor = at;
        let mut mark = self.shown.remove(at);
        let left = dom::whole_px(left);
        if dom::whole_px(mark.left) != left {
            dom::set_px(&mark.element, "left", f64::from(left));
            mark.left = f64::from(left);
        }
        self.next.push(mark);
        true
    }

    /// Puts `element` (made with its class and text) where `keep` found no mark.
    pub(super) fn add(&mut self, element: Element) {
        dom::set_px(&element, "left", self.left);
        dom::append(&self.parent, &element);
        self.next.push(Mark { key: self.key.clone(), element, left: self.left });
        self.added = true;
    }

    /// The mark placed last.
    pub(super) fn last(&self) -> &Element {
        &self.next[self.next.len() - 1].element
    }

    /// Puts the marks of this layout in the order they were placed, if a new one came
    /// among them (for marks a screen reader reads, in the order they are drawn).
    pub(super) fn keep_order(&self) {
        if self.added {
            for mark in &self.next {
                dom::append(&self.parent, &mark.element);
            }
        }
    }

    /// Ends a layout: the marks not asked for again leave the page.
    pub(super) fn end(&mut self) {
        for mark in self.shown.drain(..) {
            dom::remove(&mark.element);
        }
    }

    /// Removes every mark.
    pub(super) fn clear(&mut self) {
        self.begin();
        self.end();
    }
}
