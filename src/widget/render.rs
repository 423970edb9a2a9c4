//! Drawing the view: builds the widget's elements and updates them as the view
//! changes. Every string from the data goes in as text or as an attribute value.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::marks::Marks;
use super::{Parts, Placed, Widget, AXIS_HEIGHT, BAND_HEIGHT, LAST_ROW_SLACK, ROW_HEIGHT, TICK_SPACING};

/// Problems the notice lists; the rest are counted (`problems()` has them all).
const NOTICE_PROBLEMS: usize = 20;

/// The least room between two break marks drawn on the axis, in pixels: a mark's own
/// width with its padding (closer ones would overlap and read as one anyway).
const BREAK_MARK_SPACING: f64 = 24.0;

/// Room a break's label takes on the axis, in pixels ("// 23 years", "// 23 ஆண்டுகள்"):
/// the mark and padding, and each character at the label's 12 px, wide ones (CJK) full.
fn break_label_width(label: &str) -> f64 {
    24.0 + label.chars().map(|c| if c >= '\u{2E80}' { 12.0 } else { 7.0 }).sum::<f64>()
}

use crate::dom;
use crate::i18n::Lang;
use crate::layout::{self, Slot};
use crate::model::{self, Kind, Status};
use crate::phrase::{self, capped, room};
use crate::view::{self, Axis, Facet, FacetGroup};

impl Widget {
    /// Builds every element from scratch (at mount and when the language changes).
    pub(super) fn render_all(&mut self) -> Result<(), JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        // Data without a title (a spreadsheet handed over without a name) is called a
        // timeline, in the reader's language.
        let (title, title_lang) = match self.timeline.title.pick(lang) {
            ("", _) => (s.timeline, lang),
            picked => picked,
        };
        // Clear the shadow root.
        dom::clear_shadow(&self.shadow);

        let section = dom::el(doc, "section", "rt");
        dom::attr(&section, "lang", lang);
        // Its own direction, whatever the page's `dir`: both languages run left to right.
        dom::attr(&section, "dir", "ltr");
        dom::attr(&section, "aria-labelledby", "rt-title");

        let head = dom::el(doc, "header", "rt-head");
        let h = dom::heading(doc, self.heading_level, "rt-heading", &capped(title, room::NAME));
        mark(&h, title_lang, lang);
        dom::attr(&h, "id", "rt-title");
        dom::append(&head, &h);
        let controls = dom::el(doc, "div", "rt-controls");
        // The interface languages, each named in itself, in a menu: five buttons would
        // not fit beside the title on a phone.
        let menu = dom::el(doc, "details", "rt-lang-menu");
        let current = dom::text_el(doc, "summary", "rt-lang-summary", s.name);
        dom::attr(&current, "title", s.language);
        dom::append(&menu, &current);
        let langs = dom::el(doc, "div", "rt-langs");
        dom::attr(&langs, "role", "group");
        dom::attr(&langs, "aria-label", s.language);
        for l in Lang::ALL {
            let b = dom::button(doc, "rt-lang", "lang", l.name());
            dom::attr(&b, "data-lang", l.code());
            dom::attr(&b, "lang", l.code());
            dom::attr(&b, "aria-pressed", if l == self.view.lang { "true" } else { "false" });
            dom::append(&langs, &b);
        }
        dom::append(&menu, &langs);
        dom::append(&controls, &menu);
        let axis_toggle = dom::button(doc, "rt-axis-toggle", "axis", s.to_scale);
        dom::attr(&axis_toggle, "title", s.to_scale_hint);
        dom::append(&controls, &axis_toggle);
        let zoom = dom::el(doc, "div", "rt-zoom");
        for (action, label, symbol) in [("zoom-out", s.zoom_out, "−"), ("fit", s.fit_all, "⤢"), ("zoom-in", s.zoom_in, "+")] {
            let b = dom::button(doc, "rt-zoom-button", action, symbol);
            dom::attr(&b, "aria-label", label);
            dom::attr(&b, "title", label);
            dom::append(&zoom, &b);
        }
        dom::append(&controls, &zoom);
        dom::append(&head, &controls);
        dom::append(&section, &head);
        if !self.timeline.description.is_empty() {
            let (text, text_lang) = self.timeline.description.pick(lang);
            let p = dom::text_el(doc, "p", "rt-description", &capped(text, room::SUMMARY));
            mark(&p, text_lang, lang);
            dom::append(&section, &p);
        }

        let notice = if !self.problems.is_empty() && self.notice_open { Some(self.render_notice()?) } else { None };
        if let Some(n) = &notice {
            dom::append(&section, n);
        }

        // Tier legend.
        if !self.timeline.tiers.is_empty() {
            let legend = dom::el(doc, "ul", "rt-legend");
            dom::attr(&legend, "aria-label", s.tiers);
            for (i, tier) in self.timeline.tiers.iter().enumerate() {
                let li = dom::el(doc, "li", &tier_class("rt-legend-item", Some(i)));
                dom::append(&li, &dom::el(doc, "span", "rt-swatch"));
                let (name, name_lang) = tier.name.pick(lang);
                let label = dom::text_el(doc, "span", "", &capped(name, room::NAME));
                mark(&label, name_lang, lang);
                dom::append(&li, &label);
                dom::append(&legend, &li);
            }
            dom::append(&section, &legend);
        }
        if let Some(line) = self.render_visits() {
            dom::append(&section, &line);
        }

        let (filters, filter_buttons, clear_filters) = match self.render_filters()? {
            Some((d, b, c)) => {
                dom::append(&section, &d);
                (Some(d), b, Some(c))
            }
            None => (None, Vec::new(), None),
        };

        // A slider over the whole of time, the visible part as its thumb: arrow keys
        // and clicks move along it. It comes before the events, so from a card one Tab
        // leaves the widget.
        let scrubber = dom::el(doc, "div", "rt-scrubber");
        for (name, value) in
            [("role", "slider"), ("tabindex", "0"), ("data-action", "scrub"), ("aria-valuemin", "0"), ("aria-valuemax", "100")]
        {
            dom::attr(&scrubber, name, value);
        }
        dom::attr(&scrubber, "aria-label", s.axis);
        let thumb = dom::el(doc, "div", "rt-thumb");
        dom::append(&scrubber, &thumb);
        dom::append(&section, &scrubber);

        let viewport = dom::el(doc, "div", "rt-viewport");
        let track = dom::el(doc, "div", "rt-track");
        let bands = dom::el(doc, "div", "rt-bands");
        dom::attr(&bands, "aria-hidden", "true");
        let axis = dom::el(doc, "div", "rt-axis");
        dom::attr(&axis, "aria-hidden", "true");
        let clusters = dom::el(doc, "div", "rt-clusters");
        let list = dom::el(doc, "ol", "rt-events");
        dom::attr(&list, "aria-label", s.events);
        let n = self.timeline.events.len();
        let windowed = n > view::DRAW_ALL_UP_TO;
        let mut items = vec![None; n];
        let mut cards = vec![None; n];
        let mut drawn = Vec::new();
        if !windowed {
            for (i, event) in self.timeline.events.iter().enumerate() {
                let (li, card) = self.render_item(i, event)?;
                dom::append(&list, &li);
                items[i] = Some(li);
                cards[i] = Some(card);
                drawn.push(i);
            }
        }
        let earlier = dom::button(doc, "rt-more", "earlier", s.show_earlier);
        let later = dom::button(doc, "rt-more", "later", s.show_later);
        dom::attr(&earlier, "hidden", "");
        dom::attr(&later, "hidden", "");
        if self.timeline.events.is_empty() {
            dom::append(&list, &dom::text_el(doc, "li", "rt-empty", s.no_events));
        }
        for part in [&bands, &earlier, &list, &later, &clusters, &axis] {
            dom::append(&track, part);
        }
        dom::append(&viewport, &track);
        dom::append(&section, &viewport);

        let details = dom::el(doc, "div", "rt-details");
        dom::attr(&details, "role", "region");
        dom::attr(&details, "aria-labelledby", "rt-details-title");
        dom::attr(&details, "id", "rt-details");
        dom::append(&section, &details);

        let live = dom::el(doc, "p", "rt-live");
        dom::attr(&live, "aria-live", "polite");
        dom::append(&section, &live);

        dom::append_to_shadow(&self.shadow, &section);
        self.parts = Some(Parts {
            section,
            viewport,
            scroll_shown: std::cell::Cell::new(0),
            track,
            bands: Marks::new(bands),
            axis: Marks::new(axis),
            clusters: Marks::new(clusters),
            list,
            placed: vec![None; n],
            tab_stop: std::cell::Cell::new(None),
            items,
            cards,
            drawn,
            windowed,
            earlier,
            later,
            details,
            live,
            notice,
            filters,
            filter_buttons,
            clear_filters,
            scrubber,
            thumb,
            axis_toggle,
        });
        self.render_filter_state()?;
        self.render_layout()?;
        self.render_details()?;
        self.render_focus(false)
    }

    pub(super) fn render_notice(&self) -> Result<Element, JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let notice = dom::el(doc, "div", "rt-notice");
        dom::attr(&notice, "role", "note");
        // What happened in numbers; the list, worded as `validate` words it, opens
        // from it.
        let list = dom::el(doc, "details", "rt-notice-list");
        let outcome = phrase::outcome(self.timeline.events.len(), self.given, &self.problems, s);
        dom::append(&list, &dom::text_el(doc, "summary", "rt-notice-summary", &outcome));
        let items = dom::el(doc, "ul", "");
        // The first few, and how many more: a file of 100,000 bad events must not
        // become a notice 100,000 lines long.
        for p in self.problems.iter().take(NOTICE_PROBLEMS) {
            let class = if p.is_error() { "rt-problem-error" } else { "rt-problem-warning" };
            dom::append(&items, &dom::text_el(doc, "li", class, &phrase::problem_line(p, s)));
        }
        dom::append(&list, &items);
        if self.problems.len() > NOTICE_PROBLEMS {
            dom::append(&list, &dom::text_el(doc, "p", "rt-notice-more", &s.more_problems(self.problems.len() - NOTICE_PROBLEMS)));
        }
        dom::append(&notice, &list);
        dom::append(&notice, &dom::button(doc, "rt-dismiss", "dismiss", s.dismiss));
        Ok(notice)
    }

    /// One event's list item and its card button.
    pub(super) fn render_item(&self, i: usize, event: &model::Event) -> Result<(Element, Element), JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        let mut class = String::from("rt-event kind-");
        class.push_str(event.kind.code());
        if event.status == Status::Planned {
            class.push_str(" rt-planned");
        }
        if event.end.is_some() {
            class.push_str(" rt-span");
        }
        // A date wider than the card takes two lines, broken between its parts, and
        // the title one.
        let phrase::CardWhen { parts: when, whole } = phrase::card_when(event, lang, s);
        let fits = phrase::fits_card_line(&when);
        if !fits {
            class.push_str(" rt-long-when");
        }
        let tier = model::tier_at(&self.periods, event.start_day());
        let li = dom::el(doc, "li", &tier_class(&class, tier));
        let card = dom::el(doc, "button", "rt-card");
        dom::attr(&card, "type", "button");
        dom::attr(&card, "data-action", "select");
        dom::attr(&card, "data-index", &crate::i18n::number(i));
        dom::attr(&card, "aria-controls", "rt-details");
        dom::attr(&card, "tabindex", "-1");
        // The card is named by what it shows, in the order shown (WCAG 2.5.3).
        let (title, title_lang) = event.title.pick(lang);
        // A date of one part (the data's own wording), or with a part wider than a line
        // by itself (a Tamil time with its UTC offset), wraps as any text does: one text.
        let whole_parts = !fits && when.len() > 1 && when.iter().all(|part| phrase::fits_card_line(std::slice::from_ref(part)));
        let time = if whole_parts {
            let time = dom::el(doc, "time", "rt-when");
            for part in &when {
                // Each part is kept whole on its line; the space after it is where a
                // line may break.
                let word = part.strip_suffix(' ');
                dom::append(&time, &dom::text_el(doc, "span", "", word.unwrap_or(part)));
                if word.is_some() {
                    dom::append_text(&time, " ");
                }
            }
            time
        } else {
            dom::text_el(doc, "time", "rt-when", &phrase::joined(&when))
        };
        let mut datetime = event.date.iso();
        if let Some(end) = &event.end {
            datetime.push('/');
            datetime.push_str(&end.iso());
        }
        // `<time datetime>` takes a single date; a span keeps its start there.
        dom::attr(&time, "datetime", &event.date.iso());
        dom::attr(&li, "data-when", &datetime);
        dom::attr(&li, "data-id", &event.id);
        if self.timeline.events.len() > view::DRAW_ALL_UP_TO {
            // Only some items are in the page: tell assistive technology where this one is.
            dom::attr(&li, "aria-setsize", &crate::i18n::number(self.timeline.events.len()));
            dom::attr(&li, "aria-posinset", &crate::i18n::number(i + 1));
        }
        dom::append(&card, &time);
        // The list and print say whole what the track's card says in short.
        if let Some(whole) = whole {
            dom::toggle_class(&time, "rt-when-short", true);
            dom::append(&card, &dom::text_el(doc, "span", "rt-when rt-when-whole", &whole));
        }
        // A space between date and title in the name read out, none on screen.
        dom::append_text(&card, " ");
        let title_el = dom::text_el(doc, "span", "rt-title", &capped(title, room::CARD));
        mark(&title_el, title_lang, lang);
        dom::append(&card, &title_el);
        // An event of no known kind (most of another tool's) is not labelled "Event".
        let meta = dom::text_el(doc, "span", "rt-kind", if event.kind == Kind::Other { "" } else { s.kind(event.kind) });
        if event.status == Status::Planned {
            dom::append(&meta, &dom::text_el(doc, "span", "rt-badge", s.planned));
        }
        dom::append(&card, &meta);
        dom::append(&li, &card);
        if event.end.is_some() {
            dom::append(&li, &dom::el(doc, "span", "rt-bar"));
        }
        Ok((li, card))
    }

    /// Positions, ticks, bands and clusters for the current zoom and width.
    pub(super) fn render_layout(&mut self) -> Result<(), JsValue> {
        self.tab_stop_in_view();
        self.render_window(false)?;
        let s = self.strings();
        let Some(parts) = self.parts.as_mut() else { return Ok(()) };
        let doc = &self.doc;
        let view = &self.view;
        let narrow = view.is_narrow();
        dom::toggle_class(&parts.section, "rt-narrow", narrow);
        let placement = view.placement();
        if narrow {
            dom::unset(&parts.track, "width");
            dom::unset(&parts.track, "height");
            for &i in &parts.drawn {
                let Some(item) = &parts.items[i] else { continue };
                let was = parts.placed[i].unwrap_or(Placed::FRESH);
                let now = Placed { filtered: !view.is_shown(i), ..Placed::FRESH };
                if was.filtered != now.filtered {
                    dom::toggle_class(item, "rt-filtered", now.filtered);
                }
                if was.folded || !was.left.is_nan() {
                    dom::unset(item, "transform");
                    dom::toggle_class(item, "rt-folded", false);
                }
                parts.placed[i] = Some(now);
            }
            parts.bands.clear();
            parts.axis.clear();
            parts.clusters.clear();
            return Ok(());
        }
        let scale = &view.scale;
        let track_width = view.track_width();
        let rows = placement.lanes().max(1) as f64;
        dom::set_px(&parts.track, "width", track_width);
        // In a box of fixed height the track fills the room, its axis at the foot.
        let natural = BAND_HEIGHT + rows * ROW_HEIGHT + AXIS_HEIGHT;
        dom::set_px(&parts.track, "height", if self.fill + LAST_ROW_SLACK >= natural { self.fill } else { natural });

        // Each drawn item gets what changed since it was last placed: a zoom moves
        // them, a pan leaves them where they are.
        for &i in &parts.drawn {
            let Some(item) = &parts.items[i] else { continue };
            let event = &self.timeline.events[i];
            let was = parts.placed[i].unwrap_or(Placed::FRESH);
            let mut now = Placed { filtered: !view.is_shown(i), ..was };
            match view.slot(i) {
                Some(Slot::Card { x, row }) => {
                    now.folded = false;
                    // Compared as drawn, in whole pixels.
                    now.left = f64::from(dom::whole_px(x));
                    now.top = f64::from(dom::whole_px(BAND_HEIGHT + row as f64 * ROW_HEIGHT));
                    if event.end.is_some() {
                        now.bar = f64::from(dom::whole_px((scale.x(event.end_at()) - x).max(4.0)));
                    }
                }
                Some(Slot::Clustered { .. }) => now.folded = true,
                None => {}
            }
            if now.filtered != was.filtered {
                dom::toggle_class(item, "rt-filtered", now.filtered);
            }
            if now.folded != was.folded {
                dom::toggle_class(item, "rt-folded", now.folded);
            }
            if now.left != was.left || now.top != was.top {
                dom::set_translate(item, now.left, now.top);
            }
            if now.bar != was.bar {
                if let Some(bar) = dom::query(item, ".rt-bar") {
                    dom::set_px(&bar, "width", now.bar);
                }
            }
            parts.placed[i] = Some(now);
        }
        let visible = view.width.min(track_width);
        dom::set_fraction(&parts.thumb, "left", view.scroll / track_width);
        dom::set_fraction(&parts.thumb, "width", visible / track_width);
        let max = (track_width - view.width).max(0.0);
        let percent = if max > 0.0 { (view.scroll / max * 100.0).round() as usize } else { 0 };
        dom::attr(&parts.scrubber, "aria-valuenow", &crate::i18n::number(percent));
        let (from, to) = view.moments(scale.day(view.scroll), scale.day(view.scroll + visible));
        dom::attr(&parts.scrubber, "aria-valuetext", &s.coarse_range(from, to));

        let (first, last) = view.day_range();
        // Ticks and markers only around what the reader sees: a track zoomed to days
        // over centuries would otherwise hold hundreds of thousands of them.
        let (window_left, window_right) = view.drawn_span();
        let (window_left, window_right) = (window_left.max(0.0), window_right.min(track_width));
        let from = scale.day(window_left).floor() as i64;
        let to = scale.day(window_right).ceil() as i64;
        let track_end = scale.day(track_width).ceil() as i64;
        let bands = &mut parts.bands;
        bands.begin();
        for band in layout::bands(&self.periods, scale, track_end.max(last)) {
            let class = tier_class("rt-band", Some(band.tier));
            let name = capped(self.timeline.tiers[band.tier].name.get(view.lang.code()), room::NAME);
            if !bands.keep(&class, &name, band.x) {
                let b = dom::el(doc, "div", &class);
                dom::append(&b, &dom::text_el(doc, "span", "rt-band-label", &name));
                bands.add(b);
            }
            dom::set_px(bands.last(), "width", band.width);
        }
        bands.end();

        dom::attr(&parts.axis_toggle, "aria-pressed", if view.axis == Axis::Proportional { "true" } else { "false" });
        let axis = &mut parts.axis;
        axis.begin();
        // Compressed stretches of the story axis, each with its length.
        // Where the last mark drawn (with its length, or bare) ends: the next is drawn
        // with its length where that fits after it, bare where only a mark does, and not
        // at all where not even that does. Thousands of breaks in a large timeline,
        // zoomed out, draw a few dozen marks, none over another or over a length.
        let mut drawn_to = f64::NEG_INFINITY;
        // Whether today's line would run through a break mark (today inside a
        // compressed stretch, or beside one): then it starts below the marks.
        let today_x = scale.x(self.today as f64);
        let mut today_under_mark = false;
        let bare = BREAK_MARK_SPACING / 2.0;
        for b in view.breaks() {
            let (x0, x1) = (scale.x(b.from), scale.x(b.to));
            if x1 < window_left || x0 > window_right {
                continue;
            }
            let mid = (x0 + x1) / 2.0;
            if mid - bare < drawn_to {
                continue;
            }
            let mut label = s.gap(if view.timed() { b.to - b.from } else { b.to.floor() - b.from.floor() });
            let mut half = break_label_width(&label) / 2.0;
            if mid - half < drawn_to {
                label.clear();
                half = bare;
            }
            drawn_to = mid + half;
            today_under_mark |= (today_x - mid).abs() <= half;
            if !axis.keep("rt-break", &label, mid) {
                axis.add(dom::text_el(doc, "span", "rt-break", &label));
            }
        }
        // A timeline that begins before year 1 marks the years after it too.
        let across_eras = view.day_range().0 < crate::date::Date::year(1).first_day();
        for tick in layout::ticks(scale, from.max(first - 400_000), to, TICK_SPACING, view.timed_at()) {
            let label = if tick.with_year {
                s.tick_with_year(&tick.date)
            } else if across_eras {
                s.tick_across_eras(&tick.date)
            } else {
                s.tick(&tick.date)
            };
            if !axis.keep("rt-tick", &label, tick.x) {
                axis.add(dom::text_el(doc, "span", "rt-tick", &label));
            }
        }
        // Near the track's end, the word goes before the line, inside the track (the
        // longest of the languages' words for today is under 64 px).
        let today_class = match (today_under_mark, today_x + 64.0 > track_width) {
            (false, false) => "rt-today",
            (true, false) => "rt-today rt-under-break",
            (false, true) => "rt-today rt-before",
            (true, true) => "rt-today rt-under-break rt-before",
        };
        if self.today >= from && self.today <= to && !axis.keep(today_class, s.today, today_x) {
            axis.add(dom::text_el(doc, "span", today_class, s.today));
        }
        axis.end();

        let clusters = &mut parts.clusters;
        clusters.begin();
        let top = BAND_HEIGHT + placement.rows as f64 * ROW_HEIGHT;
        for (c, cluster) in placement.clusters.iter().enumerate() {
            if cluster.x + 200.0 < window_left || cluster.x > window_right {
                continue;
            }
            let mut count = String::from("+");
            count.push_str(&crate::i18n::number(cluster.len()));
            let (from, to) = if view.timed() {
                (crate::date::Date::from_time(cluster.first), crate::date::Date::from_time(cluster.last))
            } else {
                (crate::date::Date::from_day_number(cluster.start_day), crate::date::Date::from_day_number(cluster.end_day))
            };
            let range = s.coarse_range(from, to);
            // The name starts with what the marker shows (WCAG 2.5.3), then says it.
            let mut label = count.clone();
            label.push(' ');
            label.push_str(&range);
            label.push_str(": ");
            label.push_str(&s.event_count(cluster.len()));
            label.push_str(". ");
            label.push_str(s.zoom_in);
            if !clusters.keep("rt-cluster", &label, cluster.x) {
                let b = dom::button(doc, "rt-cluster", "cluster", "");
                // Not a tab stop: the arrow keys reach the events folded in it.
                dom::attr(&b, "tabindex", "-1");
                dom::append(&b, &dom::text_el(doc, "span", "rt-cluster-count", &count));
                dom::append_text(&b, " ");
                dom::append(&b, &dom::text_el(doc, "span", "rt-cluster-range", &range));
                dom::attr(&b, "aria-label", &label);
                clusters.add(b);
            }
            dom::attr(clusters.last(), "data-cluster", &crate::i18n::number(c));
            dom::set_px(clusters.last(), "top", top);
        }
        clusters.end();
        // Read in the order they are drawn.
        clusters.keep_order();
        let scroll = dom::whole_px(view.scroll);
        if parts.scroll_shown.replace(scroll) != scroll {
            dom::set_scroll_left(&parts.viewport, scroll);
        }
        self.render_focus(false)
    }

    /// After the track moved (a pointer, a finger, the slider, a zoom button), the card
    /// in the tab order is one in sight — unless focus is on a card, where the keyboard
    /// moves it itself. Decided before the cards are drawn, so the one it leaves is not
    /// drawn for it.
    pub(super) fn tab_stop_in_view(&mut self) -> bool {
        // Cards are the elements with an event's index.
        !dom::focus_has_attr(&self.shadow, "data-index") && self.view.focus_in_view()
    }

    /// The details panel of the selected event (empty and hidden when none is).
    pub(super) fn render_details(&mut self) -> Result<(), JsValue> {
        let Some(parts) = &self.parts else { return Ok(()) };
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        let panel = &parts.details;
        dom::clear(panel);
        for &i in &parts.drawn {
            let (Some(card), Some(item)) = (&parts.cards[i], &parts.items[i]) else { continue };
            dom::attr(card, "aria-expanded", if self.view.selected == Some(i) { "true" } else { "false" });
            dom::toggle_class(item, "rt-selected", self.view.selected == Some(i));
        }
        let Some(i) = self.view.selected else {
            dom::toggle_class(panel, "rt-open", false);
            // Back to its place after the track (in the list layout it moves into the item).
            dom::insert_before(&parts.section, panel, Some(&parts.live));
            return Ok(());
        };
        let event = &self.timeline.events[i];
        dom::toggle_class(panel, "rt-open", true);
        if let (true, Some(item)) = (self.view.is_narrow(), &parts.items[i]) {
            dom::append(item, panel);
        } else {
            dom::insert_before(&parts.section, panel, Some(&parts.live));
        }

        let head = dom::el(doc, "div", "rt-details-head");
        let (title, title_lang) = event.title.pick(lang);
        let h = dom::heading(doc, self.heading_level.saturating_add(1), "rt-details-title", &capped(title, room::LINE));
        mark(&h, title_lang, lang);
        dom::attr(&h, "id", "rt-details-title");
        dom::attr(&h, "tabindex", "-1");
        dom::append(&head, &h);
        let close = dom::button(doc, "rt-close", "close", "×");
        dom::attr(&close, "aria-label", s.close);
        dom::append(&head, &close);
        dom::append(panel, &head);

        let when = dom::el(doc, "p", "rt-details-when");
        let label = phrase::when(event, lang, s);
        let time = dom::text_el(doc, "time", "", &label);
        dom::attr(&time, "datetime", &event.date.iso());
        dom::append(&when, &time);
        let mut kind = String::from(" · ");
        if event.kind != Kind::Other {
            kind.push_str(s.kind(event.kind));
            kind.push_str(" · ");
        }
        kind.push_str(s.status(event.status));
        dom::append(&when, &dom::text_el(doc, "span", "", &kind));
        dom::append(panel, &when);

        // A summary longer than the details lay out at once: the rest on demand.
        let (summary, summary_lang) = event.summary.pick(lang);
        let summary_lang = if model::same_language(summary_lang, lang) { "" } else { summary_lang };
        if self.full_summary == Some(i) {
            self.render_prose(panel, summary, "rt-summary", summary_lang)?;
        } else {
            self.render_prose(panel, &capped(summary, room::SUMMARY), "rt-summary", summary_lang)?;
            if summary.chars().nth(room::SUMMARY).is_some() {
                dom::append(panel, &dom::button(doc, "rt-more-text", "full-summary", s.full_text));
            }
        }

        let facts = dom::el(doc, "dl", "rt-facts");
        // Each value marked with its own language when it is not the one shown.
        let fact = |term: &str, value: &str, value_lang: &str| -> Result<(), JsValue> {
            dom::append(&facts, &dom::text_el(doc, "dt", "", term));
            let dd = dom::text_el(doc, "dd", "", value);
            mark(&dd, value_lang, lang);
            dom::append(&facts, &dd);
            Ok(())
        };
        if let Some(t) = model::tier_at(&self.periods, event.start_day()) {
            let (name, name_lang) = self.timeline.tiers[t].name.pick(lang);
            fact(s.tier, &capped(name, room::NAME), name_lang)?;
        }
        if let Some(who) = self.direction(event) {
            fact(s.direction, &who, "")?;
        } else if !event.by.is_empty() {
            fact(s.by_group, &self.party_names(&event.by), "")?;
        }
        if !event.actors.is_empty() {
            let names: Vec<(&str, &str)> = event.actors.iter().map(|a| a.pick(lang)).collect();
            // One language for the list when all share it.
            let shared = names.first().map(|n| n.1).filter(|l| names.iter().all(|n| n.1 == *l)).unwrap_or("");
            let mut joined = String::new();
            for (k, n) in names.iter().enumerate() {
                if k > 0 {
                    joined.push_str("; ");
                }
                joined.push_str(n.0);
            }
            fact(s.actors, &capped(&joined, room::LINE), shared)?;
        }
        if let Some(place) = &event.place {
            let (place, place_lang) = place.pick(lang);
            fact(s.place, &capped(place, room::LINE), place_lang)?;
        }
        dom::append(panel, &facts);

        if !event.pillars.is_empty() {
            let chips = dom::el(doc, "ul", "rt-chips");
            dom::attr(&chips, "aria-label", s.pillars);
            for p in &event.pillars {
                let (name, name_lang) = self.timeline.pillars[*p].name.pick(lang);
                let chip = dom::text_el(doc, "li", "rt-chip", &capped(name, room::NAME));
                mark(&chip, name_lang, lang);
                dom::append(&chips, &chip);
            }
            dom::append(panel, &chips);
        }

        if let Some(media) = &event.media {
            let p = dom::el(doc, "p", "rt-media");
            let caption = capped(media.caption.as_ref().map(|c| c.get(lang)).unwrap_or(s.media), room::LINE);
            let caption = caption.as_ref();
            // The word "Media" alone, with nothing to open, says nothing: a credit
            // without a link or caption stands by itself.
            let link = media.url.as_deref().filter(|u| phrase::safe_link(u).is_some());
            match link {
                Some(url) => {
                    let a = dom::text_el(doc, "a", "", caption);
                    dom::attr(&a, "href", url);
                    dom::attr(&a, "rel", "noopener noreferrer");
                    dom::append(&p, &a);
                }
                None if media.caption.is_some() => dom::append(&p, &dom::text_el(doc, "span", "", caption)),
                None => {}
            }
            let shown = link.is_some() || media.caption.is_some();
            if let Some(credit) = &media.credit {
                let mut text = String::from(if shown { " · " } else { "" });
                text.push_str(s.credit);
                text.push_str(": ");
                text.push_str(&capped(credit.get(lang), room::LINE));
                dom::append(&p, &dom::text_el(doc, "span", "", &text));
            }
            dom::append(panel, &p);
        }

        if let Some(note) = &event.note {
            let p = dom::el(doc, "p", "rt-note");
            dom::append(&p, &dom::text_el(doc, "strong", "", s.note));
            let (note, note_lang) = note.pick(lang);
            let span = dom::text_el(doc, "span", "", &capped(note, room::LINE));
            mark(&span, note_lang, lang);
            dom::append(&p, &span);
            dom::append(panel, &p);
        }

        if !event.citations.is_empty() {
            dom::append(panel, &dom::heading(doc, self.heading_level.saturating_add(2), "rt-sources-title", s.sources));
            let list = dom::el(doc, "ul", "rt-sources");
            for cite in &event.citations {
                let source = &self.timeline.sources[cite.source];
                let li = dom::el(doc, "li", "");
                let quote = dom::text_el(doc, "blockquote", "rt-quote", &capped(&cite.quote, room::LINE));
                // Quotes stay in the language of the article they come from.
                if let Some(l) = &source.lang {
                    dom::attr(&quote, "lang", l);
                }
                dom::append(&li, &quote);
                let by = dom::el(doc, "p", "rt-cite");
                let (source_title, source_lang) = source.title.pick(lang);
                let title_el = match &source.url {
                    Some(url) if phrase::safe_link(url).is_some() => {
                        let a = dom::text_el(doc, "a", "", &capped(source_title, room::LINE));
                        dom::attr(&a, "href", url);
                        dom::attr(&a, "rel", "noopener noreferrer");
                        a
                    }
                    _ => dom::text_el(doc, "cite", "", &capped(source_title, room::LINE)),
                };
                mark(&title_el, source_lang, lang);
                dom::append(&by, &title_el);
                let tail = phrase::citation_tail(source, s);
                if !tail.is_empty() {
                    dom::append(&by, &dom::text_el(doc, "span", "", &tail));
                }
                dom::append(&li, &by);
                dom::append(&list, &li);
            }
            dom::append(panel, &list);
        }

        let nav = dom::el(doc, "div", "rt-details-nav");
        let prev = dom::button(doc, "rt-step", "prev", &prefixed("← ", s.previous));
        let next = dom::button(doc, "rt-step", "next", &prefixed("", s.next));
        dom::append_text(&next, " →");
        if i == 0 {
            dom::attr(&prev, "disabled", "");
        }
        if i + 1 >= self.timeline.events.len() {
            dom::attr(&next, "disabled", "");
        }
        dom::append(&nav, &prev);
        dom::append(&nav, &next);
        dom::append(panel, &nav);
        Ok(())
    }

    /// The filter disclosure: one toggle per pillar, kind and status found in the data,
    /// each with its count, and "clear filters". `None` when there is nothing to filter.
    #[allow(clippy::type_complexity)]
    fn render_filters(&self) -> Result<Option<(Element, Vec<(Facet, Element)>, Element)>, JsValue> {
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        // What to offer is the view's decision; here each option gets its name.
        let groups: Vec<(&str, Vec<(Facet, String)>)> = self
            .view
            .filter_groups()
            .into_iter()
            .map(|(group, facets)| {
                let label = match group {
                    FacetGroup::Pillars => s.pillars,
                    FacetGroup::Kinds => s.kind_group,
                    FacetGroup::Statuses => s.status_group,
                    FacetGroup::Parties => s.by_group,
                };
                let named = facets
                    .into_iter()
                    .map(|f| {
                        let name = match f {
                            Facet::Pillar(i) => self.timeline.pillars[i].name.get(lang),
                            Facet::Kind(k) => s.kind(k),
                            Facet::Status(st) => s.status(st),
                            Facet::Party(i) => self.timeline.parties[i].name.get(lang),
                        };
                        (f, capped(name, room::NAME).into_owned())
                    })
                    .collect();
                (label, named)
            })
            .collect();
        if groups.is_empty() {
            return Ok(None);
        }
        let details = dom::el(doc, "details", "rt-filters");
        let summary = dom::text_el(doc, "summary", "", s.filters);
        dom::append(&details, &summary);
        let body = dom::el(doc, "div", "rt-filter-body");
        let mut buttons = Vec::new();
        for (label, options) in groups {
            let group = dom::el(doc, "div", "rt-filter-group");
            dom::attr(&group, "role", "group");
            dom::attr(&group, "aria-label", label);
            dom::append(&group, &dom::text_el(doc, "span", "rt-filter-label", label));
            for (facet, name) in options {
                let b = dom::button(doc, "rt-filter", "filter", &name);
                let mut count = String::from(" ");
                count.push_str(&crate::i18n::number(self.view.count(facet)));
                dom::append(&b, &dom::text_el(doc, "span", "rt-count", &count));
                dom::append(&group, &b);
                buttons.push((facet, b));
            }
            dom::append(&body, &group);
        }
        let clear = dom::button(doc, "rt-clear", "clear-filters", s.clear_filters);
        dom::append(&body, &clear);
        dom::append(&details, &body);
        Ok(Some((details, buttons, clear)))
    }

    /// Pressed states of the filter toggles and whether "clear" has anything to clear.
    pub(super) fn render_filter_state(&self) -> Result<(), JsValue> {
        let Some(parts) = &self.parts else { return Ok(()) };
        for (facet, button) in &parts.filter_buttons {
            let on = self.view.filter.on.contains(facet);
            dom::attr(button, "aria-pressed", if on { "true" } else { "false" });
        }
        if let Some(clear) = &parts.clear_filters {
            if self.view.filter.is_empty() {
                dom::attr(clear, "disabled", "");
            } else {
                dom::remove_attr(clear, "disabled");
            }
        }
        if let Some(filters) = &parts.filters {
            dom::toggle_class(filters, "rt-active", !self.view.filter.is_empty());
        }
        Ok(())
    }

    /// While printing, each event carries its summary and sources in its list item.
    pub(super) fn render_print(&mut self, on: bool) -> Result<(), JsValue> {
        // Printing lists every event, so every event is drawn while it lasts.
        self.render_window(on)?;
        let Some(parts) = &self.parts else { return Ok(()) };
        let doc = &self.doc;
        let s = self.strings();
        let lang = self.view.lang.code();
        for &i in &parts.drawn {
            let (Some(item), event) = (&parts.items[i], &self.timeline.events[i]) else { continue };
            if let Some(old) = dom::query(item, ".rt-print") {
                dom::remove(&old);
            }
            if !on {
                continue;
            }
            let block = dom::el(doc, "div", "rt-print");
            if !event.summary.is_empty() {
                dom::append(&block, &dom::text_el(doc, "p", "", &capped(event.summary.get(lang), room::SUMMARY)));
            }
            let list = dom::el(doc, "ul", "");
            for cite in &event.citations {
                let source = &self.timeline.sources[cite.source];
                let mut line = String::from("“");
                line.push_str(&capped(&cite.quote, room::LINE));
                line.push_str("” — ");
                line.push_str(&capped(source.title.get(lang), room::LINE));
                line.push_str(&phrase::citation_tail(source, s));
                dom::append(&list, &dom::text_el(doc, "li", "", &line));
            }
            dom::append(&block, &list);
            dom::append(item, &block);
        }
        dom::toggle_class(&parts.section, "rt-printing", on);
        Ok(())
    }

    /// Paragraphs of text into `parent`, with http(s) URLs as links (never as markup).
    /// Paragraphs of a data text, marked with its language when that is not the one
    /// shown (`lang`; empty: the widget's).
    fn render_prose(&self, parent: &Element, text: &str, class: &str, lang: &str) -> Result<(), JsValue> {
        for paragraph in crate::prose::paragraphs(text) {
            let p = dom::el(&self.doc, "p", class);
            if !lang.is_empty() {
                dom::attr(&p, "lang", lang);
            }
            for segment in paragraph {
                match segment {
                    crate::prose::Segment::Text(t) => {
                        dom::append_text(&p, t);
                    }
                    crate::prose::Segment::Link(url) => {
                        let a = dom::text_el(&self.doc, "a", "", url);
                        dom::attr(&a, "href", url);
                        dom::attr(&a, "rel", "noopener noreferrer");
                        dom::append(&p, &a);
                    }
                }
            }
            dom::append(parent, &p);
        }
        Ok(())
    }

    /// For a large timeline, draws the events near what the reader sees (or around the
    /// focused event in the list layout), the focused and the open one, and removes
    /// the others; `all` draws every event (for printing). Which events: `View::drawn`.
    pub(super) fn render_window(&mut self, all: bool) -> Result<(), JsValue> {
        if !self.parts.as_ref().is_some_and(|p| p.windowed) {
            return Ok(());
        }
        let wanted = self.view.drawn(all);
        // New items are made first (they read the widget), then put in place.
        let mut made = Vec::new();
        if let Some(parts) = &self.parts {
            for &i in &wanted {
                if parts.items[i].is_none() {
                    made.push((i, self.render_item(i, &self.timeline.events[i])?));
                }
            }
        }
        let view = &self.view;
        let Some(parts) = self.parts.as_mut() else { return Ok(()) };
        for &i in &parts.drawn {
            if wanted.binary_search(&i).is_err() {
                if let Some(item) = parts.items[i].take() {
                    dom::remove(&item);
                }
                parts.placed[i] = None;
                parts.cards[i] = None;
            }
        }
        let fresh: Vec<usize> = made.iter().map(|(i, _)| *i).collect();
        for (i, (li, card)) in made {
            parts.items[i] = Some(li);
            parts.placed[i] = None;
            parts.cards[i] = Some(card);
        }
        // Each new item goes in date order: before the next drawn one.
        let mut next: Option<&Element> = None;
        for &i in wanted.iter().rev() {
            if let Some(item) = &parts.items[i] {
                if fresh.binary_search(&i).is_ok() {
                    dom::insert_before(&parts.list, item, next);
                }
                next = Some(item);
            }
        }
        let narrow = view.is_narrow() && !all;
        let hidden_before = narrow && view.beyond(&wanted, true).is_some();
        let hidden_after = narrow && view.beyond(&wanted, false).is_some();
        for (button, on) in [(&parts.earlier, hidden_before), (&parts.later, hidden_after)] {
            if on {
                dom::remove_attr(button, "hidden");
            } else {
                dom::attr(button, "hidden", "");
            }
        }
        parts.drawn = wanted;
        self.render_focus(false)
    }

    /// Roving tab stop: only the focused card is in the tab order. Cards are made
    /// out of it (`render_item`); this moves the stop when the focused event changes.
    pub(super) fn render_focus(&self, move_focus: bool) -> Result<(), JsValue> {
        let Some(parts) = &self.parts else { return Ok(()) };
        let focused = self.view.focused;
        let card = |i: usize| parts.cards.get(i).and_then(Option::as_ref);
        if parts.tab_stop.get() != Some(focused) {
            if let Some(old) = parts.tab_stop.get().and_then(card) {
                dom::attr(old, "tabindex", "-1");
            }
            let new = card(focused);
            if let Some(new) = new {
                dom::attr(new, "tabindex", "0");
            }
            parts.tab_stop.set(new.map(|_| focused));
        }
        if move_focus {
            if let Some(card) = card(focused) {
                dom::focus(card)?;
            }
        }
        Ok(())
    }

    pub(super) fn direction(&self, event: &model::Event) -> Option<String> {
        let to = event.to?;
        if event.by.is_empty() {
            return None;
        }
        let mut out = self.party_names(&event.by);
        out.push_str(" → ");
        out.push_str(&capped(self.timeline.parties[to].name.get(self.view.lang.code()), room::NAME));
        Some(out)
    }

    /// Party names joined as a sentence would: "Vietnam and Singapore".
    pub(super) fn party_names(&self, parties: &[usize]) -> String {
        let lang = self.view.lang.code();
        let mut out = String::new();
        for (k, p) in parties.iter().enumerate() {
            if k > 0 {
                out.push_str(if k + 1 == parties.len() { " " } else { ", " });
                if k + 1 == parties.len() {
                    out.push_str(self.strings().and);
                    out.push(' ');
                }
            }
            out.push_str(&capped(self.timeline.parties[*p].name.get(lang), room::NAME));
        }
        out
    }

    /// "Visits: Vietnam → Singapore 2 · Singapore → Vietnam 1", from the visits whose
    /// data says who went where; `None` when none does.
    fn render_visits(&self) -> Option<Element> {
        let mut ways: Vec<((usize, usize), usize)> = Vec::new();
        for e in &self.timeline.events {
            if let (Kind::Visit, [from], Some(to)) = (e.kind, e.by.as_slice(), e.to) {
                match ways.iter_mut().find(|(w, _)| *w == (*from, to)) {
                    Some((_, n)) => *n += 1,
                    None => ways.push(((*from, to), 1)),
                }
            }
        }
        if ways.is_empty() {
            return None;
        }
        let s = self.strings();
        let lang = self.view.lang.code();
        let mut line = String::from(s.visits);
        line.push_str(": ");
        for (k, ((from, to), n)) in ways.iter().enumerate() {
            if k > 0 {
                line.push_str(" · ");
            }
            line.push_str(&capped(self.timeline.parties[*from].name.get(lang), room::NAME));
            line.push_str(" → ");
            line.push_str(&capped(self.timeline.parties[*to].name.get(lang), room::NAME));
            line.push(' ');
            line.push_str(&crate::i18n::number(*n));
        }
        Some(dom::text_el(&self.doc, "p", "rt-visits", &line))
    }
}

/// `base` and the class of the tier, if there is one (six colours, then round again).
fn tier_class(base: &str, tier: Option<usize>) -> String {
    let mut class = String::from(base);
    if let Some(tier) = tier {
        class.push_str(" tier-");
        class.push_str(&crate::i18n::number(tier % 6));
    }
    class
}

fn prefixed(prefix: &str, text: &str) -> String {
    let mut out = String::from(prefix);
    out.push_str(text);
    out
}

/// Marks an element holding a data text with the text's own language when it is not
/// the one shown (a fallback: English in a Tamil widget), so a screen reader reads it
/// as what it is. A text for every language (a name) takes the widget's.
fn mark(e: &Element, text_lang: &str, shown: &str) {
    if !text_lang.is_empty() && !model::same_language(text_lang, shown) {
        dom::attr(e, "lang", text_lang);
    }
}
