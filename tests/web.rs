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

/// A fresh container of the given width in the page.
fn container(width: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    el.dyn_ref::<HtmlElement>().unwrap().style().set_property("width", width).unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
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

fn mounted(width: &str, opts: &[(&str, &str)]) -> (Element, Timeline) {
    let host = container(width);
    let timeline = mount(&host, options(opts)).map_err(JsValue::from).unwrap();
    (host, timeline)
}

#[wasm_bindgen_test]
fn mount_renders_one_card_per_event() {
    let (host, _t) = mounted("1000px", &[("lang", "en")]);
    let expected = parse(DATA).timeline.events.len();
    assert_eq!(query_all(&host, ".rt-card").len(), expected);
    assert_eq!(query_all(&host, "ol.rt-events > li[data-id]").len(), expected);
    // Each card is a dated list item named "title, date".
    let first = &query_all(&host, ".rt-card")[0];
    assert_eq!(first.get_attribute("aria-label").unwrap(), "Diplomatic relations established, 1973");
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
fn the_page_language_is_the_default() {
    let host = container("1000px");
    host.set_attribute("lang", "en-GB").unwrap();
    let t = mount(&host, JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
    assert_eq!(t.lang(), "en");
}

#[wasm_bindgen_test]
fn destroy_leaves_the_host_as_it_was() {
    let host = container("1000px");
    let before = host.child_nodes().length();
    let mut t = mount(&host, options(&[])).map_err(JsValue::from).unwrap();
    assert_eq!(host.child_nodes().length(), before + 1);
    t.destroy();
    assert_eq!(host.child_nodes().length(), before);
    assert_eq!(host.children().length(), 0);
    assert!(host.shadow_root().is_none());
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
    assert!(!text(&query(&host, ".rt-live")).is_empty(), "the new range is announced");
    click(&query(&host, "button[data-action='fit']"));
    assert!((width(&track) - before).abs() < 1.0);
    // Opening a cluster shows its events as cards.
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
