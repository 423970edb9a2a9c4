//! A language as a file: `src/i18n/CODE.json`, one key per [`Strings`] field, read
//! once and kept for the life of the page or program.
//!
//! Which files are built in: every one in the command line and in the full module (the
//! one with the importers, also the npm package's); only English in the embed's first
//! module, which is handed the page's language by the embed script ([`add`]) — a
//! reader downloads the words of one language, not five.

use std::cell::Cell;
use std::sync::OnceLock;

use super::wording::{self, TYPES};
use super::{Clock, DateForm, Lang, Order, Strings, TickForm};
use crate::json::{self, Node};
use crate::model::Kind;

/// The languages read so far, in [`Lang::ALL`]'s order.
static READ: [OnceLock<Strings>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// The file of `lang` when it is built in.
pub(crate) fn built_in(lang: Lang) -> Option<&'static str> {
    match lang {
        // Compacted by `build.rs` (the source is `en.json`).
        Lang::En => Some(include_str!(concat!(env!("OUT_DIR"), "/en.min.json"))),
        #[cfg(any(feature = "importers", not(target_arch = "wasm32")))]
        Lang::Vi => Some(include_str!("vi.json")),
        #[cfg(any(feature = "importers", not(target_arch = "wasm32")))]
        Lang::ZhHans => Some(include_str!("zh-Hans.json")),
        #[cfg(any(feature = "importers", not(target_arch = "wasm32")))]
        Lang::Ms => Some(include_str!("ms.json")),
        #[cfg(any(feature = "importers", not(target_arch = "wasm32")))]
        Lang::Ta => Some(include_str!("ta.json")),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

/// The words of `lang`: read (once) from its built-in file, or handed over by [`add`];
/// `None` when neither. A built-in file that does not read is a build error the tests
/// catch; it reads as `None` here.
pub fn strings(lang: Lang) -> Option<&'static Strings> {
    let cell = &READ[lang.index()];
    if let Some(s) = cell.get() {
        return Some(s);
    }
    let s = read(built_in(lang)?).ok()?;
    Some(cell.get_or_init(|| s))
}

/// Takes a language file handed over at run time; returns its language. A language
/// already here keeps the words it has.
pub fn add(text: &str) -> Result<Lang, String> {
    // Its words are read (and kept for good) only for a language not here yet, so a page
    // that hands the same file over again and again does not grow. In the full module
    // (the npm package's) only: the embed script hands the first module each file once.
    #[cfg(feature = "importers")]
    {
        let named = |root: Node| root.get("code").and_then(Node::as_str).and_then(|code| Lang::from_tag(code).filter(|l| l.code() == code));
        if let Some(lang) = json::read(text).0.and_then(named).filter(|l| READ[l.index()].get().is_some()) {
            return Ok(lang);
        }
    }
    let strings = read(text)?;
    let lang =
        Lang::from_tag(strings.code).filter(|l| l.code() == strings.code).ok_or_else(|| quoted("unknown language ", strings.code, ""))?;
    let _ = READ[lang.index()].set(strings);
    Ok(lang)
}

/// `before"key"after`: an error's words without `format!`, whose machinery the wasm
/// build would otherwise carry for these few messages alone.
fn quoted(before: &str, key: &str, after: &str) -> String {
    crate::phrase::joined(&[before, "\"", key, "\"", after])
}

/// A text kept for the life of the program: a language is read at most once.
fn keep(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// Reads a language file; the error names the first key missing or of the wrong shape.
pub fn read(text: &str) -> Result<Strings, String> {
    let (root, error) = json::read(text);
    let root = match (root, error) {
        (Some(root), None) => root,
        _ => return Err("the language file is not JSON".into()),
    };
    let f = Fields { root: &root, missing: Cell::new(None) };
    let forms = |key: &'static str| f.list::<2>(key);
    // A missing key is named before a wrong value of it.
    let order = match f.word("order") {
        "day-first" => Order::DayFirst,
        "year-first" => Order::YearFirst { year: f.word("year_unit"), month: f.word("month_unit"), day: f.word("day_unit") },
        _ => return Err(f.missing().unwrap_or_else(|| "\"order\" is \"day-first\" or \"year-first\"".into())),
    };
    let clock = match f.word("clock") {
        "24" => Clock::H24,
        "12" => Clock::H12 { am: f.word("am"), pm: f.word("pm") },
        "12-before" => Clock::H12Before { am: f.word("am"), pm: f.word("pm") },
        _ => return Err(f.missing().unwrap_or_else(|| "\"clock\" is \"24\", \"12\" or \"12-before\"".into())),
    };
    let problems_node = root.get("problems").ok_or("no \"problems\"")?;
    let mut problems = [""; wording::COUNT];
    for (slot, name) in problems.iter_mut().zip(wording::names()) {
        *slot = problems_node.get(name).and_then(Node::as_str).map(keep).ok_or_else(|| quoted("no problem ", name, ""))?;
    }
    let strings = Strings {
        code: f.word("code"),
        name: f.word("name"),
        timeline: f.word("timeline"),
        language: f.word("language"),
        zoom_in: f.word("zoom_in"),
        zoom_out: f.word("zoom_out"),
        fit_all: f.word("fit_all"),
        close: f.word("close"),
        previous: f.word("previous"),
        next: f.word("next"),
        details: f.word("details"),
        events: f.word("events"),
        tiers: f.word("tiers"),
        tier: f.word("tier"),
        pillars: f.word("pillars"),
        actors: f.word("actors"),
        place: f.word("place"),
        sources: f.word("sources"),
        note: f.word("note"),
        today: f.word("today"),
        dismiss: f.word("dismiss"),
        no_events: f.word("no_events"),
        and_more: f.word("and_more"),
        filters: f.word("filters"),
        clear_filters: f.word("clear_filters"),
        kind_group: f.word("kind_group"),
        status_group: f.word("status_group"),
        axis: f.word("axis"),
        showing: f.word("showing"),
        loading: f.word("loading"),
        show_earlier: f.word("show_earlier"),
        show_later: f.word("show_later"),
        retry: f.word("retry"),
        media: f.word("media"),
        credit: f.word("credit"),
        load_errors: f.list("load_errors"),
        kinds: f.list::<{ Kind::ALL.len() }>("kinds"),
        happened: f.word("happened"),
        planned: f.word("planned"),
        planned_word: f.word("planned_word"),
        dates: DateForm {
            months: f.list("months"),
            day_month: f.word("day_month"),
            month_year: f.word("month_year"),
            before_era: f.word("before_era"),
            common_era: f.word("common_era"),
            short_ticks: match f.word("short_ticks") {
                "names" => TickForm::ShortNames,
                "numbers" => TickForm::Numbers,
                _ => return Err(f.missing().unwrap_or_else(|| "\"short_ticks\" is \"names\" or \"numbers\"".into())),
            },
            clock,
            date_time: f.word("date_time"),
            order,
            era_first: matches!(root.get("era_first").map(|n| &n.value), Some(json::Value::Bool(true))),
        },
        problems,
        types: f.list::<{ TYPES.len() }>("types"),
        count_events: forms("count_events"),
        count_shown: forms("count_shown"),
        count_errors: forms("count_errors"),
        count_warnings: forms("count_warnings"),
        count_units: [forms("count_years"), forms("count_months"), forms("count_days"), forms("count_hours"), forms("count_minutes")],
        left_out: f.word("left_out"),
        to_scale: f.word("to_scale"),
        to_scale_hint: f.word("to_scale_hint"),
        more: f.word("more_problems"),
        full_text: f.word("full_text"),
        by_group: f.word("by_group"),
        direction: f.word("direction"),
        visits: f.word("visits"),
        and: f.word("and"),
        error_word: f.word("error_word"),
        warning_word: f.word("warning_word"),
    };
    match f.missing() {
        Some(error) => Err(error),
        None => Ok(strings),
    }
}

/// The members of a language file's object. A text or list that is missing reads as
/// empty, and the first one missing is kept for the error: a read per text with its
/// own early return was most of this reader's size in the wasm (a language has about
/// a hundred texts).
struct Fields<'a, 'b> {
    root: &'b Node<'a>,
    /// The first key missing or of the wrong shape, and the length of list it should
    /// have been (0 for a text).
    missing: Cell<Option<(&'static str, usize)>>,
}

impl Fields<'_, '_> {
    #[inline(never)]
    fn word(&self, key: &'static str) -> &'static str {
        match self.root.get(key).and_then(Node::as_str) {
            Some(text) => keep(text),
            None => {
                self.miss(key, 0);
                ""
            }
        }
    }

    fn list<const N: usize>(&self, key: &'static str) -> [&'static str; N] {
        let mut out = [""; N];
        self.fill(key, &mut out);
        out
    }

    /// The texts of the list `key` into `out`, which it must fill exactly.
    #[inline(never)]
    fn fill(&self, key: &'static str, out: &mut [&'static str]) {
        let items = self.root.get(key).and_then(Node::as_array).filter(|a| a.len() == out.len());
        match items.filter(|items| items.iter().all(|item| item.as_str().is_some())) {
            Some(items) => {
                for (slot, item) in out.iter_mut().zip(items) {
                    *slot = item.as_str().map(keep).unwrap_or_default();
                }
            }
            None => self.miss(key, out.len()),
        }
    }

    fn miss(&self, key: &'static str, len: usize) {
        if self.missing.get().is_none() {
            self.missing.set(Some((key, len)));
        }
    }

    /// The error for the first key missing, if one was.
    fn missing(&self) -> Option<String> {
        self.missing.get().map(|(key, len)| match len {
            0 => quoted("no text ", key, ""),
            _ => quoted("", key, &crate::phrase::joined(&[" is not a list of ", &crate::i18n::number(len), " texts"])),
        })
    }
}

/// No words at all: only if even English's file did not read (the tests see to it that
/// it does).
pub static EMPTY: Strings = Strings {
    code: "en",
    name: "",
    timeline: "",
    language: "",
    zoom_in: "",
    zoom_out: "",
    fit_all: "",
    close: "",
    previous: "",
    next: "",
    details: "",
    events: "",
    tiers: "",
    tier: "",
    pillars: "",
    actors: "",
    place: "",
    sources: "",
    note: "",
    today: "",
    dismiss: "",
    no_events: "",
    and_more: "",
    filters: "",
    clear_filters: "",
    kind_group: "",
    status_group: "",
    axis: "",
    showing: "",
    loading: "",
    show_earlier: "",
    show_later: "",
    retry: "",
    media: "",
    credit: "",
    load_errors: [""; 5],
    kinds: [""; Kind::ALL.len()],
    happened: "",
    planned: "",
    planned_word: "",
    dates: DateForm {
        months: [""; 12],
        day_month: " ",
        month_year: " ",
        before_era: "",
        common_era: "",
        short_ticks: TickForm::Numbers,
        clock: Clock::H24,
        date_time: " ",
        order: Order::DayFirst,
        era_first: false,
    },
    problems: [""; wording::COUNT],
    types: TYPES,
    count_events: ["{0}"; 2],
    count_shown: ["{0}/{1}"; 2],
    count_errors: ["{0}"; 2],
    count_warnings: ["{0}"; 2],
    count_units: [["{0}"; 2]; 5],
    left_out: "{0}",
    to_scale: "",
    to_scale_hint: "",
    more: "{0}",
    full_text: "",
    by_group: "",
    direction: "",
    visits: "",
    and: "",
    error_word: "",
    warning_word: "",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_file_reads_as_its_language() {
        for lang in Lang::ALL {
            let s = read(built_in(lang).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            assert_eq!(s.code, lang.code());
            assert_eq!(s.name, lang.name());
            assert!(lang.available());
        }
    }

    #[test]
    fn a_broken_file_names_what_is_wrong() {
        // The source as written (the build carries it compacted).
        let en = include_str!("en.json");
        assert_eq!(read("{").err().as_deref(), Some("the language file is not JSON"));
        let without = en.replace("\"zoom_in\"", "\"zoom_inn\"");
        assert_eq!(read(&without).err().as_deref(), Some("no text \"zoom_in\""));
        let short = en.replacen("\"January\", ", "", 1);
        assert_eq!(read(&short).err().as_deref(), Some("\"months\" is not a list of 12 texts"));
        let no_problem = en.replace("\"no_events\": \"the timeline", "\"no_event\": \"the timeline");
        assert_eq!(read(&no_problem).err().as_deref(), Some("no problem \"no_events\""));
        assert!(add("{\"code\": \"fr\"}").is_err());
        // Handing over a language already here changes nothing, and (with the importers,
        // as the npm package is built) its file is not read again, whatever it holds.
        assert_eq!(add(en), Ok(Lang::En));
        #[cfg(feature = "importers")]
        assert_eq!(add(&without), Ok(Lang::En));
        assert_eq!(Lang::En.strings().zoom_in, "Zoom in");
    }
}
