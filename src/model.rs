//! The relationship as the widget understands it: two parties, the tiers their
//! relationship passes through, the pillars of cooperation, the sources, and the dated
//! events, each citing the sources it comes from.
//!
//! Everything here is plain data, already validated: references are indexes into the
//! timeline's own lists, dates are real dates, events are in date order.

use std::borrow::Cow;

use crate::date::Date;

/// A BCP 47 language code (`vi`, `en`); empty for "every language".
pub type LangCode = Cow<'static, str>;

/// `code` as a [`LangCode`]: the usual ones (`""`, `vi`, `en`) without an allocation.
pub fn lang_code(code: &str) -> LangCode {
    match code {
        "" => Cow::Borrowed(""),
        "vi" => Cow::Borrowed("vi"),
        "en" => Cow::Borrowed("en"),
        other => Cow::Owned(other.to_owned()),
    }
}

/// Whether `tag` is a BCP 47 language tag in form: a language of 2–3 letters, then
/// subtags of 1–8 letters or digits (`vi`, `en-GB`, `zh-Hans`, `zh-Hans-SG`, `ta`).
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A language tag in its usual letter case: `zh-hans-sg` is `zh-Hans-SG`.
pub fn tag_case(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    for (i, part) in tag.split(['-', '_']).enumerate() {
        if i > 0 {
            out.push('-');
        }
        match (i, part.len()) {
            (0, _) => out.push_str(&part.to_ascii_lowercase()),
            (_, 4) if part.bytes().all(|b| b.is_ascii_alphabetic()) => {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            }
            (_, 2) => out.push_str(&part.to_ascii_uppercase()),
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    out
}

/// Whether two language tags name the same language for a reader: equal regardless of
/// case, or one the other's language with more detail (`zh` and `zh-Hans`).
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    a.eq_ignore_ascii_case(b) || (primary(a) == primary(b) && !primary(a).is_empty())
}

/// A text in one or more languages, keyed by language code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text(pub Vec<(LangCode, String)>);

impl Text {
    /// The same text in every language (a name, a place written one way).
    pub fn plain(text: &str) -> Self {
        Text(vec![(Cow::Borrowed(""), text.to_owned())])
    }

    pub fn new(pairs: &[(&str, &str)]) -> Self {
        Text(pairs.iter().map(|(l, t)| (lang_code(l), (*t).to_owned())).collect())
    }

    /// The text in `lang`; otherwise English, otherwise the first one given.
    pub fn get(&self, lang: &str) -> &str {
        self.pick(lang).0
    }

    /// The text in `lang` (the same tag in any case, else the same language: `zh` for
    /// `zh-Hans`), else one for every language, else English, else the first given; with
    /// the language it is in (`""` for every language), so a fallback is marked as what it is.
    pub fn pick(&self, lang: &str) -> (&str, &str) {
        let found = |ok: &dyn Fn(&str) -> bool| self.0.iter().find(|(l, t)| ok(l) && !t.is_empty()).map(|(l, t)| (t.as_str(), l.as_ref()));
        found(&|l| l.eq_ignore_ascii_case(lang))
            .or_else(|| found(&|l| !l.is_empty() && same_language(l, lang)))
            .or_else(|| found(&|l| l.is_empty()))
            .or_else(|| found(&|l| l.eq_ignore_ascii_case("en")))
            .or_else(|| self.0.first().map(|(l, t)| (t.as_str(), l.as_ref())))
            .unwrap_or(("", ""))
    }

    /// Whether the text was given in `lang` (or for every language).
    pub fn has(&self, lang: &str) -> bool {
        self.0.iter().any(|(l, t)| (l == lang || l.is_empty()) && !t.is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, t)| t.is_empty())
    }
}

/// One side of the relationship.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub id: String,
    pub name: Text,
}

/// A level the relationship can reach; tiers are ranked by their order in the file,
/// lowest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tier {
    pub id: String,
    pub name: Text,
}

/// An area of cooperation events belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pillar {
    pub id: String,
    pub name: Text,
}

/// An article or document the events are taken from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    /// File name of the text under the data's `seeds/` folder, when bundled.
    pub file: Option<String>,
    /// Where the source can be read; only `http`, `https` and `mailto` are kept.
    pub url: Option<String>,
    pub title: Text,
    pub publisher: Option<String>,
    pub published: Option<Date>,
    /// The language its quotes are in (a BCP 47 tag), when known.
    pub lang: Option<String>,
}

/// What happened, in the relationship's own vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Relations are established.
    Establishment,
    /// The relationship reaches a higher tier.
    Upgrade,
    Visit,
    Talks,
    Meeting,
    Call,
    Agreement,
    Programme,
    Commitment,
    /// A figure or anniversary worth marking.
    Milestone,
    /// A kind this version does not know; kept so no event is lost.
    Other,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Establishment,
        Kind::Upgrade,
        Kind::Visit,
        Kind::Talks,
        Kind::Meeting,
        Kind::Call,
        Kind::Agreement,
        Kind::Programme,
        Kind::Commitment,
        Kind::Milestone,
        Kind::Other,
    ];

    /// The word used for this kind in data files.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Establishment => "establishment",
            Kind::Upgrade => "upgrade",
            Kind::Visit => "visit",
            Kind::Talks => "talks",
            Kind::Meeting => "meeting",
            Kind::Call => "call",
            Kind::Agreement => "agreement",
            Kind::Programme => "programme",
            Kind::Commitment => "commitment",
            Kind::Milestone => "milestone",
            Kind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.code() == code)
    }
}

/// Whether an event took place or is a plan, target or commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Happened,
    Planned,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Happened => "happened",
            Status::Planned => "planned",
        }
    }
}

/// A picture, video or document that goes with an event. The widget links to it and
/// credits it; it never loads it (no third-party requests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    /// Only `http`, `https` and `mailto` links are kept.
    pub url: Option<String>,
    pub caption: Option<Text>,
    pub credit: Option<Text>,
}

/// A verbatim quote from a source, backing an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Index into [`Timeline::sources`].
    pub source: usize,
    pub quote: String,
}

/// One dated fact about the relationship.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    pub date: Date,
    /// Last date of a span (a three-day visit, a five-year programme).
    pub end: Option<Date>,
    pub kind: Kind,
    pub status: Status,
    /// Index into [`Timeline::tiers`] of the tier this event brings the relationship to.
    pub tier: Option<usize>,
    /// Indexes into [`Timeline::pillars`].
    pub pillars: Vec<usize>,
    /// Indexes into [`Timeline::parties`] of the side or sides that acted: who made
    /// the visit or the call, who signed or pledged. Empty when the data does not say.
    pub by: Vec<usize>,
    /// Index into [`Timeline::parties`] of the side a visit, call or message went to.
    pub to: Option<usize>,
    pub actors: Vec<Text>,
    /// Boxed, as `note`, `display_date` and `media` are: few events have them, and every
    /// event is moved as it is read and put in date order.
    pub place: Option<Box<Text>>,
    pub title: Text,
    pub summary: Text,
    /// How a date or fact not stated outright was worked out.
    pub note: Option<Box<Text>>,
    /// Wording of the date to show instead of the computed one ("Spring 1973").
    pub display_date: Option<Box<Text>>,
    pub media: Option<Box<Media>>,
    pub citations: Vec<Citation>,
}

impl Event {
    /// Day number of the first day the event covers.
    pub fn start_day(&self) -> i64 {
        self.date.first_day()
    }

    /// Day number of the last day the event covers.
    pub fn end_day(&self) -> i64 {
        self.end.unwrap_or(self.date).last_day()
    }

    /// Where the event ends on the axis (days, fractions the time of day): at its end's
    /// time when it has one, else at the close of its last day.
    pub fn end_at(&self) -> f64 {
        match self.end.filter(|e| e.time.is_some()) {
            Some(e) => e.first_day() as f64 + e.day_fraction(),
            None => self.end_day() as f64 + 1.0,
        }
    }
}

/// A stretch of time during which the relationship stood at one tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierPeriod {
    /// Index into [`Timeline::tiers`].
    pub tier: usize,
    pub from: Date,
    /// The date the next tier was reached; `None` while it still holds.
    pub until: Option<Date>,
}

/// The tier of `periods` (in date order) that held on a day (a day number).
pub fn tier_at(periods: &[TierPeriod], day: i64) -> Option<usize> {
    periods.iter().rev().find(|p| p.from.first_day() <= day && p.until.is_none_or(|u| day < u.first_day())).map(|p| p.tier)
}

/// A whole relationship, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    pub id: String,
    pub title: Text,
    /// A sentence or two under the title that says what the timeline tells (a
    /// TimelineJS title slide's text); empty when there is none.
    pub description: Text,
    pub parties: Vec<Party>,
    pub tiers: Vec<Tier>,
    pub pillars: Vec<Pillar>,
    pub sources: Vec<Source>,
    /// In date order (events on the same date keep their order in the file).
    pub events: Vec<Event>,
    /// Tier periods given outright (eras), instead of derived from upgrade events.
    pub eras: Vec<TierPeriod>,
}

/// Puts events in date order — coarser dates first on the same day, and events with
/// equal dates in the order given.
pub fn sort_events(events: &mut [Event]) {
    sort_stable_by(events, |e| e.date.sort_key());
}

/// Puts tier periods in the order of their start dates (equal starts as given).
pub fn sort_periods(periods: &mut [TierPeriod]) {
    sort_stable_by(periods, |p| p.from.sort_key());
}

/// Sorts `items` by `key`, equal keys in the order given. Keys are computed once and
/// (key, index) pairs sorted, so the items (large, for events) move only once.
pub fn sort_stable_by<T>(items: &mut [T], key: impl Fn(&T) -> i64) {
    let mut order: Vec<(i64, usize)> = items.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    if order.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    sort_keys(&mut order);
    permute(items, &order);
}

/// Sorts `(key, index)` pairs; with the index in the pair, the order is stable. Every
/// sort in the widget goes through here, so its wasm carries one sort routine, not
/// one per kind of thing sorted.
pub fn sort_keys(keys: &mut [(i64, usize)]) {
    keys.sort_unstable();
}

/// Moves `order[k].1` to position `k`, for every `k`, in place, cycle by cycle: the
/// items (a few hundred bytes each for events) are neither copied out nor reallocated.
fn permute<T>(items: &mut [T], order: &[(i64, usize)]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut k = start;
        while !placed[k] {
            placed[k] = true;
            let from = order[k].1;
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

impl Timeline {
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    /// The tier the relationship stood at over time, from the events that reached one.
    /// Planned upgrades are not counted: a band shows what holds, not what is hoped.
    pub fn tier_periods(&self) -> Vec<TierPeriod> {
        if !self.eras.is_empty() {
            return self.eras.clone();
        }
        let mut periods: Vec<TierPeriod> = Vec::new();
        for event in &self.events {
            let Some(tier) = event.tier else { continue };
            if event.status != Status::Happened {
                continue;
            }
            if let Some(last) = periods.last_mut() {
                if last.tier == tier {
                    continue;
                }
                last.until = Some(event.date);
            }
            periods.push(TierPeriod { tier, from: event.date, until: None });
        }
        periods
    }

    /// The tier that held on a day (a day number), if any had been reached. Works out
    /// the periods each time: in a loop, take [`Timeline::tier_periods`] once and use
    /// [`tier_at`].
    pub fn tier_on(&self, day: i64) -> Option<usize> {
        tier_at(&self.tier_periods(), day)
    }

    /// First and last day covered by any event, or `None` for an empty timeline.
    pub fn day_range(&self) -> Option<(i64, i64)> {
        let start = self.events.iter().map(Event::start_day).min()?;
        let end = self.events.iter().map(Event::end_day).max()?;
        Some((start, end))
    }
}

/// A warning when the events' times of day carry different UTC offsets (`+07:00`,
/// `Z`, none): they are placed and shown as written, not converted, and the reader
/// should know. Each offset is named by the first time written with it (`09:00Z`,
/// `14:30+07:00`, `10:00`), so a time that gives none needs no word of any language.
pub fn mixed_offsets(timeline: &Timeline) -> Option<crate::problem::ProblemKind> {
    let mut seen: Vec<Option<i16>> = Vec::new();
    let mut names = String::new();
    for t in timeline.events.iter().flat_map(|e| [Some(e.date), e.end]).flatten().filter_map(|d| d.time) {
        if !seen.contains(&t.offset) {
            if !seen.is_empty() {
                names.push_str(", ");
            }
            names.push_str(&t.iso());
            seen.push(t.offset);
        }
    }
    if seen.len() < 2 {
        return None;
    }
    Some(crate::problem::ProblemKind::MixedOffsets(names))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, date: Date, tier: Option<usize>, status: Status) -> Event {
        Event {
            id: id.into(),
            date,
            end: None,
            kind: Kind::Upgrade,
            status,
            tier,
            pillars: vec![],
            by: Vec::new(),
            to: None,
            actors: vec![],
            place: None,
            title: Text::plain(id),
            summary: Text::default(),
            note: None,
            display_date: None,
            media: None,
            citations: vec![],
        }
    }

    #[test]
    fn texts_are_found_by_language_tag_and_say_which_they_are() {
        let t = Text::new(&[("zh", "访问"), ("ms", "Lawatan"), ("en", "Visit"), ("vi", "Chuyến thăm")]);
        assert_eq!(t.pick("zh-Hans"), ("访问", "zh"));
        assert_eq!(t.pick("MS"), ("Lawatan", "ms"));
        assert_eq!(t.pick("ta"), ("Visit", "en"), "a fallback says it is English");
        assert_eq!(Text::new(&[("vi", "Chỉ tiếng Việt")]).pick("ta"), ("Chỉ tiếng Việt", "vi"));
        assert_eq!(Text::plain("VSIP").pick("zh-Hans"), ("VSIP", ""));
        assert!(is_lang_tag("zh-Hans-SG") && is_lang_tag("ta") && !is_lang_tag("english") && !is_lang_tag("url_x"));
        assert_eq!(tag_case("zh-hans-sg"), "zh-Hans-SG");
    }

    #[test]
    fn text_falls_back_to_english_then_first() {
        let t = Text::new(&[("vi", "Chuyến thăm"), ("en", "Visit")]);
        assert_eq!(t.get("vi"), "Chuyến thăm");
        assert_eq!(t.get("fr"), "Visit");
        assert_eq!(Text::new(&[("vi", "Chỉ tiếng Việt")]).get("en"), "Chỉ tiếng Việt");
        assert_eq!(Text::plain("VSIP").get("vi"), "VSIP");
    }

    #[test]
    fn tier_periods_follow_happened_upgrades() {
        let timeline = Timeline {
            events: vec![
                event("a", Date::year(1973), Some(0), Status::Happened),
                event("b", Date::year(2013), Some(1), Status::Happened),
                event("c", Date::day(2025, 3, 12), Some(2), Status::Happened),
                event("d", Date::year(2030), Some(3), Status::Planned),
            ],
            ..Timeline::default()
        };
        let periods = timeline.tier_periods();
        assert_eq!(periods.len(), 3);
        assert_eq!(periods[0].until, Some(Date::year(2013)));
        assert_eq!(periods[2], TierPeriod { tier: 2, from: Date::day(2025, 3, 12), until: None });
        assert_eq!(timeline.tier_on(Date::year(2020).first_day()), Some(1));
        assert_eq!(timeline.tier_on(Date::year(1960).first_day()), None);
    }
}
