//! The widget in a real browser: each test mounts into a fresh container, does what a
//! reader does (click, key press) and checks what the reader sees.
#![cfg(target_arch = "wasm32")]

use relationship_timeline::parse::parse;
use relationship_timeline::widget::{mount, Timeline};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const DATA: &str = include_str!("../seeds/vietnam-singapore.json");

/// A container in the page, removed when the test ends (the page is shared by every
/// test of the run).
struct Container(Element);

impl std::ops::Deref for Container {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.0
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// A fresh container of the given width in the page, with a page address that opens
/// nothing (earlier tests leave their last opened event in it).
fn container(width: &str) -> Container {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(&path)).unwrap();
    let doc = window.document().unwrap();
    let el = doc.create_element("div").unwrap();
    el.dyn_ref::<HtmlElement>().unwrap().style().set_property("width", width).unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    Container(el)
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    o.into()
}

fn shadow(host: &Element) -> ShadowRoot {
    host.first_element_child().and_then(|root| root.shadow_root()).expect("the widget's shadow root")
}

fn query(host: &Element, selector: &str) -> Element {
    shadow(host).query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn query_all(host: &Element, selector: &str) -> Vec<Element> {
    let list = shadow(host).query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default()
}

fn click(e: &Element) {
    e.dyn_ref::<HtmlElement>().unwrap().click();
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn focused(host: &Element) -> Option<Element> {
    shadow(host).active_element()
}

fn mounted(width: &str, opts: &[(&str, &str)]) -> (Container, Timeline) {
    let host = container(width);
    let timeline = mount(&host, options(opts)).unwrap();
    (host, timeline)
}

#[wasm_bindgen_test]
fn mount_renders_one_card_per_event() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let expected = parse(DATA).timeline.events.len();
    assert_eq!(query_all(&host, ".rt-card").len(), expected);
    assert_eq!(query_all(&host, "ol.rt-events > li[data-id]").len(), expected);
    // Each card is a dated list item named by what it shows, in that order (no
    // aria-label that could differ from the visible text: WCAG 2.5.3).
    let first = &query_all(&host, ".rt-card")[0];
    assert_eq!(first.get_attribute("aria-label"), None);
    assert!(text(first).starts_with("1973 Diplomatic relations established"), "{}", text(first));
    assert_eq!(query(&host, ".rt-card time").get_attribute("datetime").unwrap(), "1973");
    // Wide: folded cards plus cluster counts account for every event.
    let visible = query_all(&host, "li.rt-event:not(.rt-folded)").len();
    let folded: usize = query_all(&host, ".rt-cluster-count").iter().map(|c| text(c)[1..].parse::<usize>().unwrap()).sum();
    assert_eq!(visible + folded, expected);
    // Tier bands and their legend are drawn.
    assert_eq!(query_all(&host, ".rt-band").len(), 3);
    assert_eq!(query_all(&host, ".rt-legend-item").len(), 3);
}

#[wasm_bindgen_test]
fn selecting_an_event_shows_its_source_quote() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let timeline = parse(DATA).timeline;
    let card = query(&host, "li[data-id='1973-diplomatic-relations'] .rt-card");
    click(&card);
    let panel = query(&host, ".rt-details.rt-open");
    let quotes: Vec<String> = query_all(&host, ".rt-details .rt-quote").iter().map(text).collect();
    let event = &timeline.events[0];
    assert_eq!(quotes.len(), event.citations.len());
    assert_eq!(quotes[0], event.citations[0].quote);
    assert!(text(&panel).contains(timeline.sources[event.citations[0].source].title.get("en")));
    assert_eq!(card.get_attribute("aria-expanded").as_deref(), Some("true"));
    // The panel is announced by its heading, which receives focus.
    assert_eq!(text(&query(&host, "#rt-details-title")), "Diplomatic relations established");
    assert_eq!(focused(&host).map(|e| e.id()), Some("rt-details-title".into()));
}

#[wasm_bindgen_test]
fn the_language_switch_changes_texts_and_dates() {
    let (host, t) = mounted("1000px", &[("lang", "vi")]);
    assert_eq!(text(&query(&host, ".rt-heading")), "Quan hệ Việt Nam – Singapore");
    let upgrade = "li[data-id='2025-03-12-comprehensive-strategic-partnership'] time";
    assert_eq!(text(&query(&host, upgrade)), "12 tháng 3, 2025");
    click(&query(&host, "button[data-lang='en']"));
    assert_eq!(t.lang(), "en");
    assert_eq!(text(&query(&host, ".rt-heading")), "Vietnam – Singapore relations");
    assert_eq!(text(&query(&host, upgrade)), "12 March 2025");
    assert_eq!(query(&host, "section.rt").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(query(&host, "button[data-lang='en']").get_attribute("aria-pressed").as_deref(), Some("true"));
    t.set_lang("vi").unwrap();
    assert_eq!(text(&query(&host, upgrade)), "12 tháng 3, 2025");
}

#[wasm_bindgen_test]
fn the_description_is_drawn_under_the_title_in_the_language_shown() {
    let mut timeline = parse(DATA).timeline;
    timeline.description = relationship_timeline::model::Text(vec![
        ("vi".into(), "Từ quan hệ ngoại giao đến Đối tác Chiến lược toàn diện".into()),
        ("en".into(), "<b>From</b> diplomatic relations to a Comprehensive Strategic Partnership".into()),
    ]);
    let data = relationship_timeline::write::to_json(&timeline);
    let (host, t) = mounted("1000px", &[("lang", "vi"), ("data", &data)]);
    let description = query(&host, "header.rt-head + p.rt-description");
    assert_eq!(text(&description), "Từ quan hệ ngoại giao đến Đối tác Chiến lược toàn diện");
    t.set_lang("en").unwrap();
    // Text, never markup.
    let description = query(&host, "p.rt-description");
    assert_eq!(text(&description), "<b>From</b> diplomatic relations to a Comprehensive Strategic Partnership");
    assert_eq!(description.child_element_count(), 0);
    // A timeline without one draws no empty paragraph.
    let (plain, _t) = mounted("1000px", &[("lang", "en")]);
    assert!(query_all(&plain, ".rt-description").is_empty());
}

#[wasm_bindgen_test]
fn the_page_language_is_the_default() {
    let host = container("1000px");
    host.set_attribute("lang", "en-GB").unwrap();
    let t = mount(&host, JsValue::UNDEFINED).unwrap();
    assert_eq!(t.lang(), "en");
}

#[wasm_bindgen_test]
fn destroy_leaves_the_host_as_it_was() {
    let host = container("1000px");
    let before = host.child_nodes().length();
    let t = mount(&host, options(&[])).unwrap();
    assert_eq!(host.child_nodes().length(), before + 1);
    // The shadow root hangs off the widget's own element in the host.
    let own = host.first_element_child().unwrap();
    assert!(own.shadow_root().is_some());
    t.destroy();
    assert_eq!(host.child_nodes().length(), before);
    assert_eq!(host.children().length(), 0);
    assert!(own.parent_node().is_none(), "the widget's element is gone from the page");
}

/// Runs `f` from inside each `rt-select` the host receives (as a page's handler would).
/// A `Fn` closure, as a page's function: the widget's answer to a call from inside the
/// handler is another `rt-select`, which runs the same handler again.
fn on_select(host: &Element, f: impl Fn(&web_sys::CustomEvent) + 'static) -> wasm_bindgen::closure::Closure<dyn Fn(web_sys::CustomEvent)> {
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| f(&e));
    host.add_event_listener_with_callback("rt-select", closure.as_ref().unchecked_ref()).unwrap();
    closure
}

#[wasm_bindgen_test]
fn a_select_handler_may_destroy_the_widget() {
    let host = container("1000px");
    let t = std::rc::Rc::new(mount(&host, options(&[("lang", "en")])).unwrap());
    let own = host.first_element_child().unwrap();
    let card = query(&host, ".rt-card");
    let handle = std::rc::Rc::clone(&t);
    let _listener = on_select(&host, move |_| handle.destroy());
    click(&card);
    assert_eq!(host.children().length(), 0, "nothing left in the host");
    assert!(own.parent_node().is_none());
    // No listener is left: the page's address and keys reach nothing, and say nothing.
    let heard = std::rc::Rc::new(std::cell::Cell::new(0));
    let count = std::rc::Rc::clone(&heard);
    let _counter = on_select(&host, move |_| count.set(count.get() + 1));
    let window = web_sys::window().unwrap();
    window.location().set_hash("vietnam-singapore/2050-net-zero").unwrap();
    window.dispatch_event(&web_sys::Event::new("hashchange").unwrap()).unwrap();
    key(&card, "ArrowRight");
    click(&card);
    assert_eq!(heard.get(), 0);
}

fn get(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn the_page_hears_the_open_event_as_a_plain_object() {
    let (host, t) = mounted("1000px", &[("lang", "en")]);
    let details = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = std::rc::Rc::clone(&details);
    let _listener = on_select(&host, move |e| log.borrow_mut().push(e.detail()));
    click(&query(&host, "li[data-id='2025-03-to-lam-official-visit'] .rt-card"));
    let detail = details.borrow()[0].clone();
    assert_eq!(get(&detail, "id").as_string().as_deref(), Some("2025-03-to-lam-official-visit"));
    assert_eq!(get(&detail, "date").as_string().as_deref(), Some("2025-03-11"));
    assert_eq!(get(&detail, "end").as_string().as_deref(), Some("2025-03-13"));
    assert_eq!(get(&detail, "kind").as_string().as_deref(), Some("visit"));
    assert_eq!(get(&detail, "to").as_string().as_deref(), Some("sg"));
    assert_eq!(js_sys::Array::from(&get(&detail, "by")).get(0).as_string().as_deref(), Some("vn"));
    let sources = js_sys::Array::from(&get(&detail, "sources"));
    assert!(sources.length() > 0);
    assert!(get(&sources.get(0), "quote").as_string().is_some_and(|q| !q.is_empty()));
    // The same object from the handle, in the language shown; nothing for an unknown id.
    t.set_lang("vi").unwrap();
    let event = t.event("2025-03-to-lam-official-visit");
    assert_eq!(get(&event, "when").as_string().as_deref(), Some("11–13 tháng 3, 2025"));
    assert!(t.event("no-such-event").is_undefined());
    // Closing says so.
    key(&query(&host, ".rt-details"), "Escape");
    let closed = details.borrow().last().cloned().unwrap();
    assert!(get(&closed, "id").is_null());
}

#[wasm_bindgen_test]
fn problems_are_objects_with_their_place() {
    let host = container("1000px");
    let data = r#"{"format":"relationship-timeline/1","id":"t","title":"T","events":[
        {"id":"a","date":"2025-02-30","kind":"visit","title":"A"},
        {"id":"b","date":"2025","kind":"visit","title":"B"}]}"#;
    let t = mount(&host, options(&[("data", data), ("lang", "en")])).unwrap();
    let problems = js_sys::Array::from(&t.problems());
    let errors: Vec<JsValue> = problems.iter().filter(|p| get(p, "severity").as_string().as_deref() == Some("error")).collect();
    assert_eq!(errors.len(), 1);
    assert!(problems.length() > 1, "warnings too (no sources cited)");
    let p = errors[0].clone();
    assert_eq!(get(&p, "severity").as_string().as_deref(), Some("error"));
    assert_eq!(get(&p, "path").as_string().as_deref(), Some("events[0].date"));
    assert_eq!(get(&p, "line").as_f64(), Some(2.0));
    assert!(get(&p, "column").as_f64().is_some_and(|c| c > 1.0));
    assert!(get(&p, "message").as_string().is_some_and(|m| m.contains("2025-02-30")));
    t.destroy();
}

#[wasm_bindgen_test]
fn a_select_handler_may_select_switch_language_and_filter() {
    let (host, t) = mounted("1000px", &[("lang", "en")]);
    let t = std::rc::Rc::new(t);
    let handle = std::rc::Rc::clone(&t);
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = std::rc::Rc::clone(&seen);
    let _listener = on_select(&host, move |e| {
        let id = js_sys::Reflect::get(&e.detail(), &JsValue::from_str("id")).unwrap().as_string();
        log.borrow_mut().push(id.clone());
        // The first selection moves on to the upgrade, in Vietnamese, with visits only.
        if id.as_deref() == Some("1973-diplomatic-relations") {
            assert!(handle.select("2025-03-12-comprehensive-strategic-partnership"), "select() from a handler");
            handle.set_lang("vi").unwrap();
        }
        if id.as_deref() == Some("2025-03-12-comprehensive-strategic-partnership") {
            let filter = js_sys::Object::new();
            js_sys::Reflect::set(&filter, &JsValue::from_str("kinds"), &js_sys::Array::of1(&JsValue::from_str("upgrade"))).unwrap();
            handle.set_filter(filter.into()).unwrap();
        }
    });
    click(&query(&host, "li[data-id='1973-diplomatic-relations'] .rt-card"));
    let seen: Vec<Option<String>> = seen.borrow().clone();
    assert!(seen.len() >= 2, "{seen:?}");
    assert_eq!(
        seen[..2],
        [Some("1973-diplomatic-relations".to_owned()), Some("2025-03-12-comprehensive-strategic-partnership".to_owned())]
    );
    // What the page then shows: the upgrade open, in Vietnamese, only upgrades listed.
    assert_eq!(text(&query(&host, ".rt-details-title")), "Nâng cấp lên Đối tác Chiến lược toàn diện");
    assert_eq!(t.lang(), "vi");
    let listed = query_all(&host, "li.rt-event:not(.rt-filtered)");
    assert_eq!(listed.len(), 2, "the two upgrades");
    assert!(listed.iter().all(|li| li.class_list().contains("kind-upgrade")));
}

#[wasm_bindgen_test]
fn arrow_keys_move_in_date_order_and_escape_returns_focus() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let cards = query_all(&host, ".rt-card");
    let tab_stops: Vec<&Element> = cards.iter().filter(|c| c.get_attribute("tabindex").as_deref() == Some("0")).collect();
    assert_eq!(tab_stops.len(), 1, "one tab stop into the timeline");
    cards[0].dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key(&cards[0], "ArrowRight");
    assert_eq!(focused(&host).as_ref(), Some(&cards[1]));
    key(&cards[1], "End");
    let last = cards.last().unwrap();
    assert_eq!(focused(&host).as_ref(), Some(last));
    // The last event may have been folded: moving there unfolds it.
    assert!(!last.parent_element().unwrap().class_list().contains("rt-folded"));
    key(last, "Home");
    assert_eq!(focused(&host).as_ref(), Some(&cards[0]));
    click(&cards[0]);
    key(&query(&host, "#rt-details-title"), "Escape");
    assert!(query_all(&host, ".rt-details.rt-open").is_empty());
    assert_eq!(focused(&host).as_ref(), Some(&cards[0]));
}

#[wasm_bindgen_test]
fn data_given_as_utf8_bytes_reads_like_text_and_bad_bytes_lose_nothing_else() {
    let host = container("1000px");
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"lang".into(), &"vi".into()).unwrap();
    // One byte that is not UTF-8 inside an event's summary.
    let mut bytes = DATA.as_bytes().to_vec();
    let summary = DATA.find("\"summary\"").unwrap();
    let at = summary + DATA[summary..].find("\"vi\": \"").unwrap() + "\"vi\": \"".len();
    bytes.insert(at, 0xFF);
    js_sys::Reflect::set(&o, &"data".into(), &js_sys::Uint8Array::from(&bytes[..]).into()).unwrap();
    let t = mount(&host, o.into()).unwrap();
    let expected = parse(DATA).timeline.events.len();
    assert_eq!(t.event_count(), expected);
    assert_eq!(query_all(&host, ".rt-card").len(), expected);
    // Vietnamese text arrives intact (the bytes are decoded as UTF-8, not Latin-1).
    let first = parse(DATA).timeline.events[0].title.get("vi").to_owned();
    assert!(query_all(&host, ".rt-card").iter().any(|c| text(c).contains(&first)), "{first}");
    // The bad byte is reported where it is, as `validate` reports it.
    let problems = js_sys::Array::from(&t.problems());
    assert_eq!(problems.length(), 1);
    assert!(get(&problems.get(0), "message").as_string().is_some_and(|m| m.contains("UTF-8")));
    let summary = text(&query(&host, ".rt-notice-summary"));
    assert_eq!(summary, format!("Hiển thị {expected}/{expected} sự kiện · 1 lỗi"), "in the page's language");
    assert!(text(&query(&host, ".rt-notice")).contains("UTF-8"));
}

#[wasm_bindgen_test]
fn a_notice_lists_the_first_problems_and_counts_the_rest() {
    let mut events = String::new();
    for i in 0..500 {
        events.push_str(&format!(r#"{{"id":"bad{i}","date":"2025-02-30","kind":"visit","title":"B"}},"#));
    }
    let data = format!(
        r#"{{"format":"relationship-timeline/1","id":"t","title":"T","events":[{events}{{"id":"ok","date":"2025","kind":"visit","title":"Kept"}}]}}"#
    );
    let (host, t) = mounted("1000px", &[("lang", "en"), ("data", &data)]);
    assert_eq!(t.event_count(), 1);
    let problems = js_sys::Array::from(&t.problems());
    let errors = problems.iter().filter(|p| get(p, "severity").as_string().as_deref() == Some("error")).count();
    assert_eq!(errors, 500, "every problem for the page");
    assert_eq!(query_all(&host, ".rt-notice li").len(), 20);
    let summary = text(&query(&host, ".rt-notice-summary"));
    assert!(summary.starts_with("1 of 501 events shown · 500 left out · "), "{summary}");
    let more = problems.length() as usize - 20;
    assert!(text(&query(&host, ".rt-notice-more")).contains(&format!("{more} more")));
}

#[wasm_bindgen_test]
fn utf16_bytes_read_as_the_command_line_reads_them() {
    let host = container("1000px");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(DATA.encode_utf16().flat_map(u16::to_le_bytes));
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"data".into(), &js_sys::Uint8Array::from(&bytes[..]).into()).unwrap();
    let t = mount(&host, o.into()).unwrap();
    assert_eq!(t.event_count(), parse(DATA).timeline.events.len());
}

#[wasm_bindgen_test]
fn a_bad_event_is_skipped_and_named_while_the_rest_render() {
    let broken = DATA.replacen("\"date\": \"2013\"", "\"date\": \"2013-02-30\"", 1);
    let (host, t) = mounted("1000px", &[("lang", "en"), ("data", &broken)]);
    let expected = parse(DATA).timeline.events.len() - 1;
    assert_eq!(query_all(&host, ".rt-card").len(), expected);
    assert_eq!(t.event_count(), expected);
    let notice = text(&query(&host, ".rt-notice"));
    assert!(notice.contains("events[2].date") && notice.contains("2013-02-30"), "{notice}");
    click(&query(&host, ".rt-dismiss"));
    assert!(query_all(&host, ".rt-notice").is_empty());
}

#[wasm_bindgen_test]
fn data_is_shown_as_text_never_as_markup() {
    let hostile = "<img src=x onerror=\"window.__rt_pwned=1\"><script>window.__rt_pwned=1</script>";
    let data = DATA.replacen("\"Diplomatic relations established\"", &format!("{:?}", hostile), 1);
    let (host, _t) = mounted("1000px", &[("lang", "en"), ("data", &data)]);
    let card = query(&host, "li[data-id='1973-diplomatic-relations'] .rt-title");
    assert_eq!(text(&card), hostile);
    click(&query(&host, "li[data-id='1973-diplomatic-relations'] .rt-card"));
    assert!(query_all(&host, "img, script").is_empty());
    let pwned = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__rt_pwned")).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
fn narrow_containers_get_the_dated_list() {
    let (host, _t) = mounted("360px", &[("lang", "en")]);
    assert!(query(&host, "section.rt").class_list().contains("rt-narrow"));
    assert!(query_all(&host, ".rt-folded").is_empty());
    assert!(query_all(&host, ".rt-cluster").is_empty());
    // Details open in place, inside the chosen item.
    click(&query(&host, "li[data-id='2050-net-zero'] .rt-card"));
    assert!(shadow(&host).query_selector("li[data-id='2050-net-zero'] .rt-details.rt-open").unwrap().is_some());
}

#[wasm_bindgen_test]
fn zoom_buttons_change_the_visible_range() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let track = query(&host, ".rt-track");
    let width = |e: &Element| e.get_bounding_client_rect().width();
    let before = width(&track);
    click(&query(&host, "button[data-action='zoom-in']"));
    assert!(width(&track) > before * 1.5);
    let said = text(&query(&host, ".rt-live"));
    assert!(said.starts_with("Showing ") && said.len() > 12, "the new range is announced: {said}");
    click(&query(&host, "button[data-action='fit']"));
    assert!((width(&track) - before).abs() < 1.0);
    // In proportional time the spring of 2025 folds; opening a cluster shows its
    // events as cards.
    click(&query(&host, "button[data-action='axis']"));
    let clusters = query_all(&host, ".rt-cluster");
    assert!(!clusters.is_empty());
    let folded_before: Vec<String> = query_all(&host, ".rt-folded").iter().filter_map(|e| e.get_attribute("data-id")).collect();
    click(&clusters[0]);
    let folded_after = query_all(&host, ".rt-folded").len();
    assert!(folded_after < folded_before.len());
    // The cards it opened into are inside the visible area, not scrolled away.
    let viewport = query(&host, ".rt-viewport").get_bounding_client_rect();
    let opened: Vec<Element> = folded_before
        .iter()
        .map(|id| query(&host, &format!("li[data-id='{id}']")))
        .filter(|li| !li.class_list().contains("rt-folded"))
        .collect();
    assert!(!opened.is_empty());
    let inside = opened.iter().filter(|li| {
        let r = li.get_bounding_client_rect();
        r.left() >= viewport.left() - 1.0 && r.right() <= viewport.right() + 1.0
    });
    assert!(inside.count() >= 1, "opened cards are off screen");
}

// ---- Exploring time, filters, links, print, themes (the reader's timeline) ----

use relationship_timeline::generate::timeline_json;
use relationship_timeline::i18n::Lang;
use web_sys::{PointerEvent, PointerEventInit, WheelEvent, WheelEventInit};

fn rect(e: &Element) -> (f64, f64, f64, f64) {
    let r = e.get_bounding_client_rect();
    (r.left(), r.top(), r.right(), r.bottom())
}

fn track_width(host: &Element) -> f64 {
    query(host, ".rt-track").get_bounding_client_rect().width()
}

fn scroll_left(host: &Element) -> i32 {
    query(host, ".rt-viewport").scroll_left()
}

/// Every drawn card and cluster marker, as rectangles; none may overlap another.
fn assert_no_overlap(host: &Element, context: &str) {
    let mut boxes: Vec<(f64, f64, f64, f64)> = query_all(host, "li.rt-event:not(.rt-folded):not(.rt-filtered) > .rt-card")
        .iter()
        .chain(query_all(host, ".rt-cluster").iter())
        .map(rect)
        .collect();
    assert!(!boxes.is_empty());
    boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            if b.0 >= a.2 - 0.5 {
                break;
            }
            let overlap_y = a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5;
            assert!(!overlap_y, "{context}: {a:?} overlaps {b:?}");
        }
    }
}

#[wasm_bindgen_test]
fn cards_never_overlap_at_five_zoom_levels() {
    let generated = timeline_json(500, 42);
    for (name, data) in [("bundled", DATA.to_owned()), ("500 generated", generated)] {
        let (host, _t) = mounted("1100px", &[("lang", "en"), ("data", &data)]);
        for level in 0..5 {
            assert_no_overlap(&host, &format!("{name}, zoom level {level}"));
            click(&query(&host, "button[data-action='zoom-in']"));
        }
        // Spread over the track too: the far end at the deepest zoom.
        key(&query(&host, ".rt-scrubber"), "End");
        assert_no_overlap(&host, &format!("{name}, zoomed, at the end"));
    }
}

#[wasm_bindgen_test]
fn keyboard_order_is_date_order() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let events = parse(DATA).timeline.events;
    let cards = query_all(&host, ".rt-card");
    cards[0].dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    let mut visited = Vec::new();
    for _ in 0..events.len() {
        let now = focused(&host).unwrap();
        visited.push(now.parent_element().unwrap().get_attribute("data-id").unwrap());
        key(&now, "ArrowRight");
    }
    let expected: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
    assert_eq!(visited, expected);
    let days: Vec<i64> = events.iter().map(|e| e.start_day()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]));
}

#[wasm_bindgen_test]
fn ctrl_wheel_zooms_and_a_plain_wheel_does_not() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let viewport = query(&host, ".rt-viewport");
    let before = track_width(&host);
    let wheel = |ctrl: bool| {
        let init = WheelEventInit::new();
        init.set_delta_y(-100.0);
        init.set_ctrl_key(ctrl);
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_composed(true);
        init.set_client_x(viewport.get_bounding_client_rect().left() as i32 + 500);
        let event = WheelEvent::new_with_event_init_dict("wheel", &init).unwrap();
        viewport.dispatch_event(&event).unwrap();
        event.default_prevented()
    };
    assert!(!wheel(false));
    assert_eq!(track_width(&host), before);
    assert!(wheel(true), "the page must not zoom as well");
    assert!(track_width(&host) > before * 1.5);
}

fn pointer(target: &Element, kind: &str, id: i32, x: f64, pointer_type: &str) {
    let init = PointerEventInit::new();
    init.set_pointer_id(id);
    init.set_pointer_type(pointer_type);
    init.set_is_primary(id == 1);
    init.set_client_x(x as i32);
    init.set_client_y(target.get_bounding_client_rect().top() as i32 + 60);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
fn pinching_zooms_and_dragging_pans() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let track = query(&host, ".rt-track");
    let left = track.get_bounding_client_rect().left();
    let before = track_width(&host);
    pointer(&track, "pointerdown", 1, left + 400.0, "touch");
    pointer(&track, "pointerdown", 2, left + 500.0, "touch");
    pointer(&track, "pointermove", 2, left + 700.0, "touch");
    pointer(&track, "pointerup", 1, left + 400.0, "touch");
    pointer(&track, "pointerup", 2, left + 700.0, "touch");
    let after = track_width(&host);
    assert!(after > before * 2.5, "pinch apart to three times the distance: {before} → {after}");
    // A mouse drag to the left moves later in time.
    let start = scroll_left(&host);
    pointer(&track, "pointerdown", 7, left + 600.0, "mouse");
    pointer(&track, "pointermove", 7, left + 300.0, "mouse");
    pointer(&track, "pointerup", 7, left + 300.0, "mouse");
    assert!((scroll_left(&host) - start - 300).abs() <= 2, "{start} → {}", scroll_left(&host));
}

#[wasm_bindgen_test]
fn the_time_axis_slider_pans_with_arrow_keys() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    click(&query(&host, "button[data-action='zoom-in']"));
    click(&query(&host, "button[data-action='zoom-in']"));
    let slider = query(&host, ".rt-scrubber");
    assert_eq!(slider.get_attribute("role").as_deref(), Some("slider"));
    key(&slider, "Home");
    assert_eq!(scroll_left(&host), 0);
    let text_before = slider.get_attribute("aria-valuetext").unwrap();
    key(&slider, "ArrowRight");
    assert!(scroll_left(&host) > 200);
    assert_ne!(slider.get_attribute("aria-valuetext").unwrap(), text_before);
    key(&slider, "End");
    assert_eq!(slider.get_attribute("aria-valuenow").as_deref(), Some("100"));
}

#[wasm_bindgen_test]
fn filters_change_the_visible_set_and_say_so() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let timeline = parse(DATA).timeline;
    let economy = timeline.pillars.iter().position(|p| p.id == "economy").unwrap();
    let expected: Vec<&str> = timeline.events.iter().filter(|e| e.pillars.contains(&economy)).map(|e| e.id.as_str()).collect();
    let button = query_all(&host, ".rt-filter").into_iter().find(|b| text(b).starts_with("Economic cooperation")).unwrap();
    assert!(text(&button).ends_with(&format!(" {}", expected.len())), "count on the filter: {}", text(&button));
    let track = track_width(&host);
    click(&button);
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    let shown: Vec<String> =
        query_all(&host, "li.rt-event:not(.rt-filtered)").iter().map(|li| li.get_attribute("data-id").unwrap()).collect();
    assert_eq!(shown, expected);
    assert_eq!(track_width(&host), track, "the axis keeps its scale");
    let live = text(&query(&host, ".rt-live"));
    assert_eq!(live, Lang::En.strings().shown_count(expected.len(), timeline.events.len()));
    click(&query(&host, "button[data-action='clear-filters']"));
    assert!(query_all(&host, ".rt-filtered").is_empty());
    assert_eq!(text(&query(&host, ".rt-live")), Lang::En.strings().shown_count(timeline.events.len(), timeline.events.len()));
}

fn set_address(url: &str) {
    web_sys::window().unwrap().history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(url)).unwrap();
}

fn address_hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// Waits for the next `popstate` after `history.back()`.
async fn back() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        window.add_event_listener_with_callback_and_add_event_listener_options("popstate", &resolve, &options).unwrap();
    });
    web_sys::window().unwrap().history().unwrap().back().unwrap();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn deep_links_open_events_and_back_returns_to_the_previous_one() {
    let host = container("1000px");
    set_address("#vietnam-singapore/2013-strategic-partnership");
    let _t = mount(&host, options(&[("lang", "en")])).unwrap();
    assert_eq!(text(&query(&host, ".rt-details.rt-open h3")), "Strategic Partnership established");
    let history = web_sys::window().unwrap().history().unwrap();
    let entries = history.length().unwrap();
    click(&query(&host, "li[data-id='1973-diplomatic-relations'] .rt-card"));
    assert_eq!(address_hash(), "#vietnam-singapore/1973-diplomatic-relations");
    // A history entry, not an anchor: nothing in the page has that id to jump to.
    assert_eq!(history.length().unwrap(), entries + 1);
    let doc = web_sys::window().unwrap().document().unwrap();
    assert!(doc.get_element_by_id("vietnam-singapore/1973-diplomatic-relations").is_none());
    click(&query(&host, "button[data-action='next']"));
    assert_eq!(address_hash(), "#vietnam-singapore/1996-vsip");
    back().await;
    assert_eq!(text(&query(&host, ".rt-details.rt-open h3")), "Diplomatic relations established");
}

#[wasm_bindgen_test]
async fn two_timelines_on_one_page_keep_their_own_state() {
    let copy = DATA.replacen("\"id\": \"vietnam-singapore\"", "\"id\": \"second\"", 1);
    let (a, _ta) = mounted("1000px", &[("lang", "en")]);
    let (b, _tb) = mounted("1000px", &[("lang", "en"), ("data", &copy)]);
    click(&query(&a, "li[data-id='2013-strategic-partnership'] .rt-card"));
    assert!(query_all(&b, ".rt-details.rt-open").is_empty(), "opening in one does not open the other");
    click(&query(&b, "li[data-id='2050-net-zero'] .rt-card"));
    assert_eq!(address_hash(), "#second/2050-net-zero");
    assert_eq!(text(&query(&a, ".rt-details.rt-open h3")), "Strategic Partnership established");
    click(&query(&b, "button[data-lang='vi']"));
    assert_eq!(text(&query(&a, ".rt-heading")), "Vietnam – Singapore relations", "languages are separate too");
    back().await;
    assert!(query_all(&b, ".rt-details.rt-open").is_empty(), "Back undoes the second timeline's step");
    assert_eq!(text(&query(&a, ".rt-details.rt-open h3")), "Strategic Partnership established");
}

#[wasm_bindgen_test]
fn printing_lists_every_event_with_its_sources() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let events = parse(DATA).timeline.events;
    let window = web_sys::window().unwrap();
    window.dispatch_event(&web_sys::Event::new("beforeprint").unwrap()).unwrap();
    let blocks = query_all(&host, "li.rt-event .rt-print");
    assert_eq!(blocks.len(), events.len());
    for (block, event) in blocks.iter().zip(&events) {
        assert!(text(block).contains(&event.citations[0].quote), "{}", event.id);
    }
    window.dispatch_event(&web_sys::Event::new("afterprint").unwrap()).unwrap();
    assert!(query_all(&host, ".rt-print").is_empty());
}

#[wasm_bindgen_test]
fn a_theme_can_be_forced() {
    let background = |host: &Element| {
        let section = query(host, "section.rt");
        web_sys::window().unwrap().get_computed_style(&section).unwrap().unwrap().get_property_value("background-color").unwrap()
    };
    let (dark, _a) = mounted("1000px", &[("theme", "dark")]);
    let (light, _b) = mounted("1000px", &[("theme", "light")]);
    assert_eq!(background(&dark), "rgb(22, 24, 29)");
    assert_eq!(background(&light), "rgb(255, 255, 255)");
}

#[wasm_bindgen_test]
fn a_large_timeline_draws_only_what_is_near_the_view() {
    use relationship_timeline::view::DRAW_ALL_UP_TO;
    let n = 5_000;
    assert!(n > DRAW_ALL_UP_TO);
    let data = timeline_json(n, 9);
    let (host, t) = mounted("1000px", &[("lang", "en"), ("data", &data)]);
    assert_eq!(t.event_count(), n);
    let nodes = shadow(&host).query_selector_all("*").unwrap().length();
    assert!(nodes < 2_000, "{nodes} elements for {n} events");
    let drawn = query_all(&host, "li.rt-event");
    assert!(!drawn.is_empty());
    assert_eq!(drawn[0].get_attribute("aria-setsize").as_deref(), Some("5000"));
    // Keyboard: End reaches the last event, drawn as a focused card.
    let first = query(&host, ".rt-card[tabindex='0']");
    first.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key(&first, "End");
    let last = focused(&host).unwrap();
    let expected = parse(&data).timeline.events.last().unwrap().id.clone();
    assert_eq!(last.parent_element().unwrap().get_attribute("data-id"), Some(expected));
    // Scrolling draws what comes into view; the DOM stays small.
    key(&query(&host, ".rt-scrubber"), "Home");
    for _ in 0..6 {
        click(&query(&host, "button[data-action='zoom-in']"));
    }
    key(&query(&host, ".rt-scrubber"), "PageDown");
    assert!(shadow(&host).query_selector_all("*").unwrap().length() < 2_000);
    assert_no_overlap(&host, "large, zoomed");
    // The list layout shows a window with ways to see earlier and later events.
    let (narrow, _t2) = mounted("360px", &[("lang", "en"), ("data", &data)]);
    assert!(query_all(&narrow, "li.rt-event").len() <= 130);
    let later = query(&narrow, "button[data-action='later']");
    assert!(!later.has_attribute("hidden"));
    let before = query_all(&narrow, "li.rt-event")[0].get_attribute("data-id");
    click(&later);
    assert_ne!(query_all(&narrow, "li.rt-event")[0].get_attribute("data-id"), before);
    assert!(!query(&narrow, "button[data-action='earlier']").has_attribute("hidden"));
}

/// An election night in TimelineJS's spreadsheet layout: the cards carry their times,
/// the axis is marked in hours, and the notice counts what happened and lists it as
/// `validate` words it, in both languages.
#[wasm_bindgen_test]
fn a_timed_timelinejs_sheet_is_drawn_in_hours_with_its_problems_counted() {
    // The night alone (without the sheet's founding legend in 2520 BCE).
    let sheet: String =
        include_str!("data/timelinejs-sheet.csv").lines().filter(|l| !l.starts_with("-2520")).map(|l| format!("{l}\n")).collect();
    let sheet = sheet.replacen("2024,11,6,01:05", "2024,11,6,1:65", 1);
    let (host, t) = mounted("1280px", &[("lang", "en"), ("data", &sheet)]);
    assert_eq!(t.event_count(), 3);
    let cards = query_all(&host, ".rt-card");
    assert!(cards.iter().any(|c| text(c).contains("5 Nov 2024, 8:30 PM")), "a card shows its time, its day in short");
    let ticks: Vec<String> = query_all(&host, ".rt-tick").iter().map(text).collect();
    assert!(ticks.iter().any(|t| t.ends_with(" PM")), "hours on the axis: {ticks:?}");
    let parsed = relationship_timeline::import::parse_any(&sheet).0;
    let summary = query(&host, ".rt-notice-summary");
    let warnings = parsed.problems.iter().filter(|p| !p.is_error()).count();
    assert_eq!(text(&summary), format!("3 of 4 events shown · 1 left out · {warnings} warnings"));
    let list = query(&host, ".rt-notice-list");
    assert!(!list.has_attribute("open"), "closed until the reader opens it");
    click(&summary);
    assert!(list.has_attribute("open"));
    let items: Vec<String> = query_all(&host, ".rt-notice li").iter().map(text).collect();
    let expected: Vec<String> =
        parsed.problems.iter().map(|p| relationship_timeline::phrase::problem_line(p, Lang::En.strings())).collect();
    assert_eq!(items, expected, "the notice lists what validate says, where it says it");
    assert!(items.iter().any(|i| i.contains("error: invalid date \"2024-11-6 1:65\"") && i.ends_with("(row 7, Time)")), "{items:?}");
    t.set_lang("vi").unwrap();
    assert_eq!(text(&query(&host, ".rt-notice-summary")), format!("Hiển thị 3/4 sự kiện · 1 bị bỏ qua · {warnings} cảnh báo"));
    assert!(query_all(&host, ".rt-notice li").iter().any(|li| text(li).contains("lỗi: ngày \"2024-11-6 1:65\" không hợp lệ")));
    assert!(query_all(&host, ".rt-card").iter().any(|c| text(c).contains("5/11/2024, 20:30")));
    t.destroy();
}

/// A large timeline zoomed out has thousands of compressed stretches: the axis marks
/// only as many as can be told apart (one per 12 px at most), not one element each.
#[wasm_bindgen_test]
fn break_marks_stay_few_on_a_large_timeline() {
    let data = timeline_json(10_000, 7);
    let (host, t) = mounted("1280px", &[("lang", "en"), ("data", &data)]);
    assert_eq!(t.event_count(), 10_000);
    let marks = query_all(&host, ".rt-break");
    let width = track_width(&host);
    assert!(marks.len() >= 20, "the axis has many compressed stretches: {}", marks.len());
    assert!(marks.len() as f64 <= width / 24.0 + 2.0, "{} marks on a {width} px track", marks.len());
    // None over another, bare or with its length, at the first view and zoomed in.
    let no_overlap = |when: &str| {
        let mut boxes: Vec<(f64, f64, String)> = query_all(&host, ".rt-break")
            .iter()
            .map(|m| {
                let r = m.get_bounding_client_rect();
                (r.left(), r.right(), text(m))
            })
            .collect();
        boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
        for w in boxes.windows(2) {
            assert!(w[0].1 <= w[1].0 + 0.5, "{when}: marks overlap: {:?} and {:?}", w[0], w[1]);
        }
        assert!(boxes.iter().any(|b| !b.2.is_empty()), "{when}: some marks say their length");
    };
    no_overlap("first view");
    for _ in 0..3 {
        click(&query(&host, "button[data-action='zoom-in']"));
    }
    no_overlap("zoomed in");
    t.destroy();
}

/// The lengths written on the axis's compressed stretches never run into each other
/// (a gap of at least 4 px between them), in a language whose words are long (Tamil) as
/// in English.
#[wasm_bindgen_test]
fn break_labels_do_not_overlap_in_any_language() {
    for (lang, width) in [("en", "960px"), ("ta", "960px"), ("ta", "760px"), ("zh-Hans", "960px"), ("ms", "700px")] {
        let (host, t) = mounted(width, &[("lang", lang)]);
        let labels: Vec<(f64, f64)> = query_all(&host, ".rt-break")
            .iter()
            .filter(|m| !m.text_content().unwrap_or_default().is_empty())
            .map(|m| {
                let r = m.get_bounding_client_rect();
                (r.left(), r.right())
            })
            .collect();
        assert!(labels.len() >= 2, "{lang} at {width}: {} labels", labels.len());
        for pair in labels.windows(2) {
            assert!(pair[0].1 + 4.0 <= pair[1].0, "{lang} at {width}: labels touch or overlap: {:?}", pair);
        }
        t.destroy();
    }
}

/// Today inside a compressed stretch of the story axis: its line never runs through a
/// break mark, and its label stays on the axis.
#[wasm_bindgen_test]
fn the_today_line_never_runs_through_a_break_mark() {
    let year = js_sys::Date::new_0().get_full_year() as i32;
    // Two busy years, forty years before today and twenty after: the quiet stretch
    // between them, today's date inside it, is compressed.
    // (More events than proportional time could show without folding some, so the
    // first view is the story axis.)
    let event = |y: i32, m: u32, d: u32| {
        format!(r#"{{"id":"e{y}-{m}-{d}","date":"{y}-{m:02}-{d:02}","kind":"visit","title":"Visit {d}/{m}/{y}"}}"#)
    };
    let events: Vec<String> =
        [year - 40, year + 20].iter().flat_map(|&y| (1..=12).flat_map(move |m| [1, 15].map(|d| event(y, m, d)))).collect();
    let data = format!(r#"{{"format":"relationship-timeline/1","id":"t","title":"T","events":[{}]}}"#, events.join(","));
    for width in ["960px", "600px"] {
        let (host, t) = mounted(width, &[("lang", "en"), ("data", &data)]);
        let today = query(&host, ".rt-today");
        assert_eq!(text(&today), "Today");
        let line = today.get_bounding_client_rect();
        let (x, top, bottom) = (line.left() + 1.0, line.top(), line.bottom());
        let marks = query_all(&host, ".rt-break");
        assert!(!marks.is_empty(), "{width}: the stretch around today is compressed: {:?}", track_state(&host));
        for mark in &marks {
            let r = mark.get_bounding_client_rect();
            let crosses = x >= r.left() && x <= r.right() && top < r.bottom() && bottom > r.top();
            assert!(
                !crosses,
                "{width}: today's line ({x}, {top}–{bottom}) runs through \"{}\" at {:?}",
                text(mark),
                (r.left(), r.right(), r.top(), r.bottom())
            );
        }
        // The label sits where it does anywhere else on the axis: below the tick labels.
        let axis = query(&host, ".rt-axis").get_bounding_client_rect();
        assert!(bottom > axis.top() + 30.0, "{width}: today's label stays below the axis line");
        t.destroy();
    }
}

/// Waits for `n` frames: a resize observer's callback and a `<details>`' toggle event
/// have run by then.
async fn frames(n: usize) {
    for _ in 0..n {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// The rows of cards drawn on the track.
fn rows_of_cards(host: &Element) -> usize {
    let mut tops: Vec<i64> = query_all(host, "li.rt-event:not(.rt-folded):not(.rt-filtered)")
        .iter()
        .map(|e| e.get_bounding_client_rect().top().round() as i64)
        .collect();
    tops.sort_unstable();
    tops.dedup();
    tops.len()
}

/// Whether the axis ends inside the box and the box does not scroll.
fn axis_in_sight(host: &Element) -> bool {
    let section = query(host, "section.rt");
    let axis = query(host, ".rt-axis").get_bounding_client_rect();
    axis.bottom() <= section.get_bounding_client_rect().bottom() + 0.5 && section.scroll_height() <= section.client_height() + 1
}

/// A height the page fixed: the track gets the lanes that room holds, so the axis is in
/// sight without scrolling the box, and the events that do not fit fold into clusters.
#[wasm_bindgen_test]
fn a_fixed_height_keeps_the_axis_in_sight() {
    let data = timeline_json(2_000, 3);
    let lanes = rows_of_cards;
    let mut rows_at = Vec::new();
    for height in ["480px", "600px", "900px"] {
        let (host, t) = mounted("1280px", &[("lang", "en"), ("data", &data), ("height", height)]);
        let section = query(&host, "section.rt");
        let (box_, axis) = (section.get_bounding_client_rect(), query(&host, ".rt-axis").get_bounding_client_rect());
        assert!(axis.bottom() <= box_.bottom() + 0.5, "{height}: the axis ends at {} in a box ending at {}", axis.bottom(), box_.bottom());
        // At the box's foot (its border and padding below it, and the track's scroll
        // bar if it has one), not above an empty strip.
        let viewport = query(&host, ".rt-viewport");
        let (view_top, view_bottom) = (viewport.get_bounding_client_rect().top(), viewport.get_bounding_client_rect().bottom());
        let foot = box_.bottom() - f64::from(section.client_top()) - 12.0;
        assert!((foot - view_bottom).abs() <= 1.0, "{height}: the track's view ends at {view_bottom}, the room at {foot}");
        let inside = view_top + f64::from(viewport.client_height());
        assert!((inside - axis.bottom()).abs() <= 1.0, "{height}: the axis ends at {}, the track's view at {inside}", axis.bottom());
        assert!(
            section.scroll_height() <= section.client_height() + 1,
            "{height}: the box scrolls ({} in {})",
            section.scroll_height(),
            section.client_height()
        );
        assert!(!query_all(&host, ".rt-cluster").is_empty(), "{height}: what does not fit is folded, and counted");
        rows_at.push(lanes(&host));
        t.destroy();
    }
    assert!(rows_at[0] >= 1 && rows_at[0] < rows_at[1] && rows_at[1] < rows_at[2], "more room, more rows of cards: {rows_at:?}");
    // Without a fixed height the box grows to the default lanes instead.
    let (host, t) = mounted("1280px", &[("lang", "en"), ("data", &data)]);
    assert!(lanes(&host) >= rows_at[2], "{} rows unfixed against {rows_at:?}", lanes(&host));
    t.destroy();
}

/// After the reader scrolls the track away from the card in the tab order, Tab lands on
/// a card in sight instead of scrolling back; a card that has the focus keeps it.
#[wasm_bindgen_test]
async fn the_tab_stop_follows_the_track_into_sight() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    for _ in 0..2 {
        click(&query(&host, "button[data-action='zoom-in']"));
    }
    let viewport = query(&host, ".rt-viewport");
    let stop = || query(&host, ".rt-card[tabindex='0']");
    let in_sight = |card: &Element| {
        let (v, c) = (viewport.get_bounding_client_rect(), card.get_bounding_client_rect());
        c.left() >= v.left() - 1.0 && c.right() <= v.right() + 1.0
    };
    assert_eq!(query_all(&host, ".rt-card[tabindex='0']").len(), 1);
    viewport.set_scroll_left(viewport.scroll_width());
    frames(2).await;
    assert!(in_sight(&stop()), "the stop is {} after the scroll", text(&stop()));
    let card = stop();
    card.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    viewport.set_scroll_left(0);
    frames(2).await;
    assert!(!in_sight(&card));
    assert_eq!(stop().get_attribute("data-index"), card.get_attribute("data-index"), "the focused card keeps the stop");
    assert_eq!(query_all(&host, ".rt-card[tabindex='0']").len(), 1);
}

/// A box whose height the page fixes and later changes (a layout that gives the box
/// the rest of the window, say): the lanes follow the new room, and the room the
/// filters took while open goes back to the lanes when they close.
#[wasm_bindgen_test]
async fn a_box_the_page_resizes_gets_the_lanes_its_new_room_holds() {
    let data = timeline_json(2_000, 3);
    let host = container("1280px");
    let style = host.dyn_ref::<HtmlElement>().unwrap().style();
    style.set_property("height", "480px").unwrap();
    let _t = mount(&host, options(&[("lang", "en"), ("data", &data)])).unwrap();
    frames(2).await;
    let small = rows_of_cards(&host);
    assert!(axis_in_sight(&host), "480 px");
    style.set_property("height", "760px").unwrap();
    style.set_property("width", "1100px").unwrap();
    frames(2).await;
    let taller = rows_of_cards(&host);
    assert!(taller > small, "rows at 480 px: {small}, at 760 px: {taller}");
    assert!(axis_in_sight(&host), "760 px");
    // While the filters are open they take the room; closed, it is the lanes' again.
    let summary = query(&host, ".rt-filters summary");
    click(&summary);
    frames(2).await;
    assert!(query(&host, ".rt-filters").has_attribute("open"));
    style.set_property("height", "1000px").unwrap();
    frames(2).await;
    click(&summary);
    frames(2).await;
    assert!(!query(&host, ".rt-filters").has_attribute("open"));
    let tallest = rows_of_cards(&host);
    assert!(tallest > taller, "rows at 760 px: {taller}, at 1000 px once the filters closed: {tallest}");
    assert!(axis_in_sight(&host), "1000 px");
}

/// A day's tick among years says its year ("2024 | 12/3/2025 | 2026"); a bare "12/3"
/// only follows a tick that said the year (the bundled timeline's days are in 2025) or
/// another day.
#[wasm_bindgen_test]
fn a_day_tick_among_years_says_its_year() {
    for width in ["960px", "1280px"] {
        let (host, t) = mounted(width, &[("lang", "vi")]);
        let mut marks: Vec<(f64, String)> =
            query_all(&host, ".rt-tick").iter().map(|e| (e.get_bounding_client_rect().left(), text(e))).collect();
        marks.sort_by(|a, b| a.0.total_cmp(&b.0));
        let ticks: Vec<String> = marks.into_iter().map(|m| m.1).collect();
        let is_day = |t: &str| t.split('/').count() >= 2 && t.split('/').nth(1).is_some_and(|m| m.len() <= 2);
        assert!(ticks.iter().any(|t| is_day(t)), "{width}: days on the axis: {ticks:?}");
        for (k, tick) in ticks.iter().enumerate() {
            if is_day(tick) && !tick.ends_with("/2025") {
                let before = k.checked_sub(1).map(|j| ticks[j].as_str()).unwrap_or("");
                assert!(is_day(before) || before.ends_with("2025"), "{width}: a bare day after {before:?}: {ticks:?}");
            }
        }
        if width == "960px" {
            assert!(ticks.iter().any(|t| t.ends_with("/2025") && is_day(t)), "{width}: a day with its year: {ticks:?}");
        }
        t.destroy();
    }
}

/// What the track shows, as text: every mark, marker and drawn item with its class,
/// what it says and where it is, sorted (the order of elements is not compared).
fn track_state(host: &Element) -> Vec<String> {
    let mut state: Vec<String> = query_all(host, ".rt-band, .rt-tick, .rt-break, .rt-today, .rt-cluster, li.rt-event")
        .iter()
        .map(|e| {
            let said = e.get_attribute("aria-label").unwrap_or_else(|| text(e));
            let style = e.get_attribute("style").unwrap_or_default();
            format!("{} | {said} | {style} | {:?}", e.class_name(), e.get_attribute("data-cluster"))
        })
        .collect();
    state.sort();
    state
}

/// Zooms and pans move the marks and cards they keep instead of making them anew,
/// and leave the track as a drawing from scratch would.
#[wasm_bindgen_test]
fn zooms_and_pans_keep_what_stays_and_end_as_a_fresh_drawing() {
    let data = timeline_json(5_000, 4);
    let (host, t) = mounted("1000px", &[("lang", "en"), ("data", &data)]);
    let zoom_in = || click(&query(&host, "button[data-action='zoom-in']"));
    for _ in 0..3 {
        zoom_in();
    }
    // A pan keeps every tick and card in the page as the same element.
    let ticks = query_all(&host, ".rt-tick");
    let cards = query_all(&host, "li.rt-event");
    key(&query(&host, ".rt-scrubber"), "ArrowRight");
    let after = query_all(&host, ".rt-tick");
    let kept = ticks.iter().filter(|tick| after.contains(tick)).count();
    assert!(kept * 2 > ticks.len(), "{kept} of {} ticks kept through a pan", ticks.len());
    let cards_after = query_all(&host, "li.rt-event");
    assert!(cards.iter().filter(|c| cards_after.contains(c)).count() * 2 > cards.len(), "cards kept through a pan");
    // A zoom keeps the ticks whose date stays on the axis, moved.
    let before: Vec<(String, Option<String>)> = after.iter().map(|t| (text(t), t.get_attribute("style"))).collect();
    zoom_in();
    let zoomed = query_all(&host, ".rt-tick");
    let moved = zoomed
        .iter()
        .filter(|t| after.contains(t))
        .filter(|t| before.iter().any(|(label, style)| *label == text(t) && *style != t.get_attribute("style")))
        .count();
    assert!(moved > 0, "ticks kept through a zoom are moved");
    // More steps, out and in, filtered and not; then the same view drawn from scratch
    // (a language switch draws everything anew) must be what the steps left.
    for _ in 0..2 {
        click(&query(&host, "button[data-action='zoom-out']"));
    }
    key(&query(&host, ".rt-scrubber"), "PageDown");
    click(&query(&host, "button[data-action='axis']"));
    zoom_in();
    t.set_filter(js_sys::JSON::parse(r#"{"kinds": ["visit"]}"#).unwrap()).unwrap();
    key(&query(&host, ".rt-scrubber"), "PageUp");
    t.set_filter(JsValue::NULL).unwrap();
    let stepped = track_state(&host);
    assert!(stepped.iter().any(|s| s.starts_with("rt-tick")) && stepped.iter().any(|s| s.starts_with("rt-event")));
    t.set_lang("vi").unwrap();
    t.set_lang("en").unwrap();
    assert_eq!(track_state(&host), stepped);
    // Cluster markers are read in the order they are drawn.
    let lefts: Vec<f64> = query_all(&host, ".rt-cluster").iter().map(|c| c.get_bounding_client_rect().left()).collect();
    assert!(lefts.windows(2).all(|w| w[0] <= w[1]), "{lefts:?}");
}
