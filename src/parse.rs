//! Text in the native format (`relationship-timeline/1`, see `docs/data-format.md`) to
//! a [`Timeline`], collecting every problem on the way.
//!
//! A bad event is reported with its path and line:column and left out; the good ones are
//! kept. Unknown fields are warnings. Nothing here panics on any input.

use crate::date::Date;
use crate::json::{self, Node, Pos, Value};
use crate::model::{Citation, Event, Kind, Media, Party, Pillar, Source, Status, Text, Tier, TierPeriod, Timeline};
use crate::problem::{Problem, ProblemKind, Severity};

/// The format name and major version this reader understands.
pub const FORMAT: &str = "relationship-timeline/1";

/// Largest input accepted, in bytes: far above any real timeline, low enough that a
/// hostile file cannot freeze a reader's tab.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Most events read from one file; the rest are reported and left out.
pub const MAX_EVENTS: usize = 100_000;

/// Longest id accepted.
pub const MAX_ID_CHARS: usize = 64;

/// The fields a timeline document may have at the top level.
pub const TOP_FIELDS: &[&str] =
    &["$schema", "format", "id", "title", "description", "parties", "tiers", "pillars", "sources", "eras", "events"];

/// The fields an event may have.
pub const EVENT_FIELDS: &[&str] = &[
    "id",
    "date",
    "end",
    "kind",
    "status",
    "tier",
    "pillars",
    "by",
    "to",
    "actors",
    "place",
    "title",
    "summary",
    "note",
    "display_date",
    "media",
    "sources",
    "draft",
];

/// The languages every text should be given in; a missing one is a warning.
pub const LANGUAGES: [&str; 2] = ["vi", "en"];

/// A timeline and everything found wrong while reading it.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub timeline: Timeline,
    pub problems: Vec<Problem>,
    /// How many events the data gave (rows, slides), shown or not: with the
    /// timeline's own count, "18 of 21 shown".
    pub given: usize,
}

impl Parsed {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }
}

/// Reads a timeline in the native format.
pub fn parse(text: &str) -> Parsed {
    if text.len() > MAX_INPUT_BYTES {
        return too_large(text.len());
    }
    let read = json::read_noting(text);
    from_json(read.root, read.error, &read.notes)
}

/// The result for an input of `bytes` over [`MAX_INPUT_BYTES`], in any format: not read.
pub fn too_large(bytes: usize) -> Parsed {
    let mut b = Builder::default();
    b.error("", Pos { line: 1, col: 1 }, ProblemKind::InputTooLarge { bytes, limit: MAX_INPUT_BYTES });
    b.finish(Timeline::default())
}

/// Builds a timeline from native data already read as JSON (`syntax`: where reading
/// stopped, if it did; `root` then holds what came before).
pub fn from_json(root: Option<Node>, syntax: Option<json::JsonError>, notes: &[json::Note]) -> Parsed {
    let mut b = Builder::default();
    b.notes(notes);
    if let Some(e) = &syntax {
        b.error("", e.pos, ProblemKind::Syntax(e.error.clone()));
    }
    let given = root.as_ref().and_then(|r| r.get("events")).and_then(Node::as_array).map_or(0, <[Node]>::len);
    let timeline = match root {
        Some(mut root) => b.timeline(&mut root, syntax.is_none()),
        None => Timeline::default(),
    };
    let mut parsed = b.finish(timeline);
    parsed.given = given.max(parsed.timeline.events.len());
    parsed
}

#[derive(Default)]
struct Builder {
    problems: Vec<Problem>,
    /// How many of `problems` are errors (kept so checking is O(1) per event).
    errors: usize,
}

/// A field of an object: its value, and where it is. The path text
/// (`events[3].pillars[1]`) is only written when a problem needs it.
struct Field<'a> {
    node: &'a Node<'a>,
    parent: &'a str,
    name: &'a str,
    index: Option<usize>,
}

impl Field<'_> {
    fn path(&self) -> String {
        let p = join(self.parent, self.name);
        match self.index {
            Some(i) => index(&p, i),
            None => p,
        }
    }

    /// Item `i` of this field's array.
    fn item<'b>(&'b self, node: &'b Node, i: usize) -> Field<'b> {
        Field { node, parent: self.parent, name: self.name, index: Some(i) }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        let mut p = String::with_capacity(path.len() + 1 + name.len());
        p.push_str(path);
        p.push('.');
        p.push_str(name);
        p
    }
}

fn index(path: &str, i: usize) -> String {
    let mut p = String::with_capacity(path.len() + 8);
    push_index(&mut p, path, i);
    p
}

/// Appends `path[i]` to `out`.
fn push_index(out: &mut String, path: &str, i: usize) {
    out.push_str(path);
    out.push('[');
    crate::date::push_padded(out, i as u32, 1);
    out.push(']');
}

/// Ids appear in deep links (`#timeline/event`) and in HTML attributes, so they are
/// kept to a small, safe alphabet.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().count() <= MAX_ID_CHARS && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Whether a link may be shown: `http`, `https` and `mailto` only, the scheme at
/// the very start. Nothing is trimmed here: what is checked is what is written (a
/// link starting with any other character, even a space, would be relative). Readers
/// trim a link's ASCII spaces and controls with [`trim_link`] before checking it.
pub fn is_safe_url(url: &str) -> bool {
    // Schemes are ASCII: comparing bytes without regard to ASCII case is exact, and
    // needs no Unicode case tables in the wasm build.
    let url = url.as_bytes();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| url.len() >= scheme.len() && url[..scheme.len()].eq_ignore_ascii_case(scheme.as_bytes()))
}

/// Text from a file's bytes, read the same way by the command line and the widget:
/// UTF-8 (a byte-order mark skipped by the readers); UTF-16 with a byte-order mark, or
/// plainly UTF-16 (every other byte zero), read as such with a warning; invalid UTF-8
/// replaced by U+FFFD and reported, as an error, where it first occurs.
pub fn decode(bytes: &[u8]) -> (String, Option<Problem>) {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some((true, 2)),
        [0xFE, 0xFF, ..] => Some((false, 2)),
        [a, 0, ..] if *a != 0 => Some((true, 0)),
        [0, b, ..] if *b != 0 => Some((false, 0)),
        _ => None,
    };
    if let Some((little, skip)) = utf16 {
        let units = bytes[skip..].chunks(2).map(|c| {
            let pair = [c[0], c.get(1).copied().unwrap_or(0)];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        let text: String = char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect();
        return (text, Some(Problem::warning("", Pos { line: 1, col: 1 }, ProblemKind::Utf16)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(e) => {
            // Where the first byte that is not UTF-8 is: its line, and its column in
            // characters.
            let good = &bytes[..e.valid_up_to()];
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let line = good.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let col = good[line_start..].iter().filter(|b| (**b & 0xC0) != 0x80).count() as u32 + 1;
            (lossy(bytes), Some(Problem::error("", Pos { line, col }, ProblemKind::NotUtf8)))
        }
    }
}

/// `bytes` as text, each run that is not UTF-8 read as one U+FFFD, as browsers read it.
/// (The standard library's `from_utf8_lossy` does the same, with an iterator of its own
/// the first module need not carry.)
fn lossy(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                out.push_str(text);
                return out;
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                out.push('\u{fffd}');
                bytes = &rest[e.error_len().map_or(rest.len(), usize::from)..];
            }
        }
    }
}

/// The JSON reader's notes as problems (no path: the reader does not know the data's
/// shape): warnings, but for a trailing comma, which JSON does not allow.
pub fn notes_as_problems(notes: &[json::Note]) -> impl Iterator<Item = Problem> + '_ {
    notes.iter().map(|n| match n {
        json::Note::LoneSurrogate(pos) => Problem::warning("", *pos, ProblemKind::LoneSurrogate),
        json::Note::DuplicateKey(pos, name) => Problem::warning("", *pos, ProblemKind::DuplicateKey(name.clone())),
        json::Note::Comment(pos) => Problem::warning("", *pos, ProblemKind::Comments),
        json::Note::TrailingComma(pos) => Problem::error("", *pos, ProblemKind::Syntax(json::SyntaxError::TrailingComma)),
        #[cfg(feature = "importers")]
        json::Note::Script(pos, words) => crate::import::script::problem(*pos, words),
    })
}

/// A link without the ASCII spaces and control characters around it, as browsers
/// read an `href`; other white space (an ideographic space, say) stays, and fails the
/// check.
pub fn trim_link(url: &str) -> &str {
    // By bytes: what is trimmed is ASCII, which no other character's bytes contain, so
    // both ends fall between characters (and no char-pattern trimmer is compiled in).
    let kept = |b: &u8| !(b.is_ascii_whitespace() || b.is_ascii_control());
    let bytes = url.as_bytes();
    let start = bytes.iter().position(kept).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(kept).map_or(start, |last| last + 1);
    url.get(start..end).unwrap_or("")
}

impl Builder {
    fn finish(mut self, timeline: Timeline) -> Parsed {
        // Problems read in document order, whatever order the checks ran in.
        crate::problem::sort_problems(&mut self.problems);
        let given = timeline.events.len();
        Parsed { timeline, problems: self.problems, given }
    }

    // `error`, `warn`, `wrong_type`, `field` and `str` are called from dozens of places:
    // kept out of line, the first module is 0.2 KB gzip smaller (docs/performance.md).
    #[inline(never)]
    fn error(&mut self, path: &str, pos: Pos, kind: ProblemKind) {
        self.errors += 1;
        self.problems.push(Problem::error(path, pos, kind));
    }

    #[inline(never)]
    fn warn(&mut self, path: &str, pos: Pos, kind: ProblemKind) {
        self.problems.push(Problem::warning(path, pos, kind));
    }

    /// What the JSON reader read anyway, as warnings.
    fn notes(&mut self, notes: &[json::Note]) {
        for problem in notes_as_problems(notes) {
            self.errors += usize::from(problem.severity == Severity::Error);
            self.problems.push(problem);
        }
    }

    #[inline(never)]
    fn wrong_type(&mut self, path: &str, node: &Node, expected: &'static str) {
        self.error(path, node.pos, ProblemKind::WrongType { expected, found: node.type_name() });
    }

    /// Warns about members not in `known`.
    fn known_fields(&mut self, obj: &Node, path: &str, known: &[&str]) {
        for (key, _) in obj.members().unwrap_or_default() {
            if !known.contains(&key.name.as_ref()) {
                self.warn(&join(path, &key.name), key.pos, ProblemKind::UnknownField(key.name.to_string()));
            }
        }
    }

    #[inline(never)]
    fn field<'a>(&mut self, obj: &'a Node, path: &'a str, name: &'static str, required: bool) -> Option<Field<'a>> {
        match obj.get(name) {
            Some(node) => Some(Field { node, parent: path, name, index: None }),
            None => {
                if required {
                    self.error(path, obj.pos, ProblemKind::MissingField(name));
                }
                None
            }
        }
    }

    fn string(&mut self, f: &Field) -> Option<String> {
        self.str(f).map(str::to_owned)
    }

    /// The field's string, borrowed from the document.
    #[inline(never)]
    fn str<'a>(&mut self, f: &Field<'a>) -> Option<&'a str> {
        match f.node.as_str() {
            Some(s) => Some(s),
            None => {
                self.wrong_type(&f.path(), f.node, "string");
                None
            }
        }
    }

    fn id(&mut self, f: &Field) -> Option<String> {
        let id = self.string(f)?;
        if is_valid_id(&id) {
            Some(id)
        } else {
            self.error(&f.path(), f.node.pos, ProblemKind::InvalidId(id));
            None
        }
    }

    fn date(&mut self, f: &Field) -> Option<Date> {
        let text: &str = match &f.node.value {
            Value::String(s) => s,
            // A bare year is a common slip; accept it as the year it says.
            Value::Number(n) => n,
            _ => {
                self.wrong_type(&f.path(), f.node, "string");
                return None;
            }
        };
        match Date::parse(text.trim()) {
            Ok(d) => Some(d),
            Err(error) => {
                self.error(&f.path(), f.node.pos, ProblemKind::InvalidDate { text: text.to_owned(), error });
                None
            }
        }
    }

    /// A text: one string for every language, or an object of language → string.
    fn text(&mut self, f: &Field, translate: bool) -> Option<Text> {
        let text = match &f.node.value {
            Value::String(s) => Text::plain(s.as_ref()),
            Value::Object { members, .. } => {
                let mut pairs = Vec::with_capacity(members.len());
                for (key, value) in members {
                    // `""`: the text for every language the others do not name, as a
                    // sheet's plain column beside its `title_vi` converts.
                    if !key.name.is_empty() && !crate::model::is_lang_tag(&key.name) {
                        self.warn(&join(&f.path(), &key.name), key.pos, ProblemKind::NotLanguageTag(key.name.to_string()));
                    }
                    match value.as_str() {
                        Some(s) => pairs.push((crate::model::lang_code(&key.name), s.to_owned())),
                        None => self.wrong_type(&join(&f.path(), &key.name), value, "string"),
                    }
                }
                Text(pairs)
            }
            _ => {
                self.wrong_type(&f.path(), f.node, "text");
                return None;
            }
        };
        if text.is_empty() {
            self.error(&f.path(), f.node.pos, ProblemKind::EmptyText);
            return None;
        }
        if translate {
            for lang in LANGUAGES {
                if !text.has(lang) {
                    self.warn(&f.path(), f.node.pos, ProblemKind::MissingTranslation(lang.to_owned()));
                }
            }
        }
        Some(text)
    }

    /// A language tag (`vi`, `zh-Hans`), in its usual case; another text is a warning.
    fn lang_tag(&mut self, f: &Field) -> Option<String> {
        let s = self.string(f)?;
        if crate::model::is_lang_tag(&s) {
            Some(crate::model::tag_case(&s))
        } else {
            self.warn(&f.path(), f.node.pos, ProblemKind::NotLanguageTag(s));
            None
        }
    }

    fn array<'a>(&mut self, f: &Field<'a>) -> &'a [Node<'a>] {
        match f.node.as_array() {
            Some(items) => items,
            None => {
                self.wrong_type(&f.path(), f.node, "array");
                &[]
            }
        }
    }

    fn object<'a>(&mut self, node: &'a Node<'a>, path: &str) -> Option<&'a Node<'a>> {
        if node.members().is_some() {
            Some(node)
        } else {
            self.wrong_type(path, node, "object");
            None
        }
    }

    fn timeline(&mut self, root: &mut Node, complete: bool) -> Timeline {
        if self.object(root, "").is_none() {
            return Timeline::default();
        }
        self.known_fields(root, "", TOP_FIELDS);
        match self.field(root, "", "format", false) {
            None => self.warn("format", root.pos, ProblemKind::MissingFormat),
            Some(f) => {
                if let Some(format) = self.string(&f) {
                    if format != FORMAT {
                        self.error(&f.path(), f.node.pos, ProblemKind::UnsupportedFormat(format));
                        return Timeline::default();
                    }
                }
            }
        }
        let mut timeline = Timeline::default();
        if let Some(f) = self.field(root, "", "id", true) {
            timeline.id = self.id(&f).unwrap_or_default();
        }
        if let Some(f) = self.field(root, "", "title", true) {
            timeline.title = self.text(&f, true).unwrap_or_default();
        }
        if let Some(f) = self.field(root, "", "description", false) {
            timeline.description = self.text(&f, true).unwrap_or_default();
        }
        timeline.parties = self.named_list(root, "parties", |b, obj, path, id, name| {
            b.known_fields(obj, path, &["id", "name"]);
            Some(Party { id, name })
        });
        timeline.tiers = self.named_list(root, "tiers", |b, obj, path, id, name| {
            b.known_fields(obj, path, &["id", "name", "description"]);
            Some(Tier { id, name })
        });
        timeline.pillars = self.named_list(root, "pillars", |b, obj, path, id, name| {
            b.known_fields(obj, path, &["id", "name", "description"]);
            Some(Pillar { id, name })
        });
        timeline.sources = self.sources(root);
        // A source that does not say its language is taken to be in the file's first
        // language (the first of its title's): the one its editors wrote it in.
        let first = timeline.title.0.first().map(|(l, _)| l.to_string()).filter(|l| crate::model::is_lang_tag(l));
        for source in timeline.sources.iter_mut().filter(|s| s.lang.is_none()) {
            source.lang = first.clone();
        }

        let refs = Refs {
            parties: IdIndex::new(timeline.parties.iter().map(|p| p.id.as_str())),
            tiers: IdIndex::new(timeline.tiers.iter().map(|t| t.id.as_str())),
            pillars: IdIndex::new(timeline.pillars.iter().map(|p| p.id.as_str())),
            sources: IdIndex::new(timeline.sources.iter().map(|s| s.id.as_str())),
        };
        timeline.eras = self.eras(root, &refs.tiers);
        // The events' JSON is taken out of the document and each event's freed once it
        // is read, so the model grows into memory the document gives back (wasm memory
        // never shrinks: this keeps the peak near the document's size, not the sum).
        let events_path = self.field(root, "", "events", true).map(|f| {
            self.array(&f);
            f.path()
        });
        let items = match events_path {
            Some(_) => take_items(root, "events"),
            None => Vec::new(),
        };
        let events_path = events_path.unwrap_or_default();
        // Where each kept event came from: its index in the file and its id's position.
        let mut origins: Vec<(usize, Pos)> = Vec::with_capacity(items.len().min(MAX_EVENTS));
        timeline.events.reserve(origins.capacity());
        let mut path = String::new();
        for (i, node) in items.into_iter().enumerate() {
            path.clear();
            push_index(&mut path, &events_path, i);
            if i >= MAX_EVENTS {
                self.error(&path, node.pos, ProblemKind::TooManyEvents { limit: MAX_EVENTS });
                break;
            }
            if !node.is_complete() {
                self.error(&path, node.pos, ProblemKind::IncompleteEvent);
                continue;
            }
            let Some(event) = self.event(&node, &path, &refs) else { continue };
            origins.push((i, node.get("id").map_or(node.pos, |n| n.pos)));
            timeline.events.push(event);
        }
        // An id used again: the later events with it are left out.
        let first = first_occurrences(&timeline.events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>());
        for (k, _) in first.iter().enumerate().filter(|(_, first)| !**first) {
            let (i, pos) = origins[k];
            let id = timeline.events[k].id.clone();
            self.error(&join(&index(&events_path, i), "id"), pos, ProblemKind::DuplicateId(id));
        }
        let mut first = first.into_iter();
        timeline.events.retain(|_| first.next().unwrap_or(true));
        // Stable: events on the same date keep the order the editor gave them.
        crate::model::sort_events(&mut timeline.events);
        if timeline.events.is_empty() && complete {
            let given = root.get("events").and_then(Node::as_array).map_or(0, <[Node]>::len);
            let kind = if given > 0 { ProblemKind::NoneUsable(given) } else { ProblemKind::NoEvents };
            self.error("events", root.get("events").map_or(root.pos, |n| n.pos), kind);
        }
        if let Some(kind) = crate::model::mixed_offsets(&timeline) {
            self.problems.push(Problem::warning("events", root.get("events").map_or(root.pos, |n| n.pos), kind));
        }
        timeline
    }

    /// A list of `{id, name, ...}` objects (parties, tiers, pillars).
    fn named_list<T>(
        &mut self,
        root: &Node,
        name: &'static str,
        make: impl Fn(&mut Self, &Node, &str, String, Text) -> Option<T>,
    ) -> Vec<T> {
        let Some(f) = self.field(root, "", name, false) else { return Vec::new() };
        let mut out = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        for (i, node) in self.array(&f).iter().enumerate() {
            let path = index(&f.path(), i);
            let Some(obj) = self.object(node, &path) else { continue };
            let id = self.field(obj, &path, "id", true).and_then(|f| self.id(&f));
            let text = self.field(obj, &path, "name", true).and_then(|f| self.text(&f, true));
            let (Some(id), Some(text)) = (id, text) else { continue };
            if ids.contains(&id) {
                let pos = obj.get("id").map_or(obj.pos, |n| n.pos);
                self.error(&join(&path, "id"), pos, ProblemKind::DuplicateId(id));
                continue;
            }
            ids.push(id.clone());
            if let Some(item) = make(self, obj, &path, id, text) {
                out.push(item);
            }
        }
        out
    }

    fn sources(&mut self, root: &Node) -> Vec<Source> {
        let Some(f) = self.field(root, "", "sources", false) else { return Vec::new() };
        let mut out: Vec<Source> = Vec::new();
        for (i, node) in self.array(&f).iter().enumerate() {
            let path = index(&f.path(), i);
            let Some(obj) = self.object(node, &path) else { continue };
            self.known_fields(obj, &path, &["id", "file", "url", "title", "publisher", "published", "lang"]);
            let id = self.field(obj, &path, "id", true).and_then(|f| self.id(&f));
            let title = self.field(obj, &path, "title", true).and_then(|f| self.text(&f, false));
            let (Some(id), Some(title)) = (id, title) else { continue };
            if out.iter().any(|s| s.id == id) {
                let pos = obj.get("id").map_or(obj.pos, |n| n.pos);
                self.error(&join(&path, "id"), pos, ProblemKind::DuplicateId(id));
                continue;
            }
            let file = self.field(obj, &path, "file", false).and_then(|f| self.string(&f));
            let url = self.field(obj, &path, "url", false).and_then(|f| self.link(&f));
            let publisher = self.field(obj, &path, "publisher", false).and_then(|f| self.string(&f));
            let published = self.field(obj, &path, "published", false).and_then(|f| self.date(&f));
            let lang = self.field(obj, &path, "lang", false).and_then(|f| self.lang_tag(&f));
            out.push(Source { id, file, url, title, publisher, published, lang });
        }
        out
    }

    fn event(&mut self, node: &Node, path: &str, refs: &Refs) -> Option<Event> {
        let obj = self.object(node, path)?;
        self.known_fields(obj, path, EVENT_FIELDS);
        let errors_before = self.error_count();
        let id = self.field(obj, path, "id", true).and_then(|f| self.id(&f));
        let date = self.field(obj, path, "date", true).and_then(|f| self.date(&f));
        let title = self.field(obj, path, "title", true).and_then(|f| self.text(&f, true));
        let kind = match self.field(obj, path, "kind", true) {
            Some(f) => self.str(&f).map(|code| {
                Kind::from_code(code).unwrap_or_else(|| {
                    self.warn(&f.path(), f.node.pos, ProblemKind::UnknownKind(code.to_owned()));
                    Kind::Other
                })
            }),
            None => None,
        };
        let end = match self.field(obj, path, "end", false) {
            Some(f) => match (self.date(&f), date) {
                (Some(end), Some(start)) if end.last_day() < start.first_day() => {
                    self.error(&f.path(), f.node.pos, ProblemKind::EndBeforeStart { start: start.iso(), end: end.iso() });
                    None
                }
                (end, _) => end,
            },
            None => None,
        };
        // Required parts decide whether the event is kept; the optional ones below are
        // still checked so an editor sees every problem in one pass.
        let required_ok = self.error_count() == errors_before;
        let status = match self.field(obj, path, "status", false) {
            None => Status::Happened,
            Some(f) => match self.str(&f) {
                Some("happened") | None => Status::Happened,
                Some("planned") => Status::Planned,
                Some(other) => {
                    self.warn(&f.path(), f.node.pos, ProblemKind::UnknownStatus(other.to_owned()));
                    Status::Happened
                }
            },
        };
        let tier = self.field(obj, path, "tier", false).and_then(|f| self.reference(&f, &refs.tiers, "tiers"));
        let mut pillars = Vec::new();
        if let Some(f) = self.field(obj, path, "pillars", false) {
            for (i, item) in self.array(&f).iter().enumerate() {
                let f = f.item(item, i);
                if let Some(p) = self.reference(&f, &refs.pillars, "pillars") {
                    if !pillars.contains(&p) {
                        pillars.push(p);
                    }
                }
            }
        }
        // `by`: one party id or a list of them; `to`: one party id.
        let mut by = Vec::new();
        if let Some(f) = self.field(obj, path, "by", false) {
            if f.node.as_array().is_some() {
                for (i, item) in self.array(&f).iter().enumerate() {
                    let f = f.item(item, i);
                    if let Some(p) = self.reference(&f, &refs.parties, "parties") {
                        if !by.contains(&p) {
                            by.push(p);
                        }
                    }
                }
            } else {
                by.extend(self.reference(&f, &refs.parties, "parties"));
            }
        }
        let to = self.field(obj, path, "to", false).and_then(|f| self.reference(&f, &refs.parties, "parties"));
        let mut actors = Vec::new();
        if let Some(f) = self.field(obj, path, "actors", false) {
            for (i, item) in self.array(&f).iter().enumerate() {
                let f = f.item(item, i);
                actors.extend(self.text(&f, false));
            }
        }
        let place = self.field(obj, path, "place", false).and_then(|f| self.text(&f, false)).map(Box::new);
        let summary = self.field(obj, path, "summary", false).and_then(|f| self.text(&f, true)).unwrap_or_default();
        let note = self.field(obj, path, "note", false).and_then(|f| self.text(&f, true)).map(Box::new);
        let display_date = self.field(obj, path, "display_date", false).and_then(|f| self.text(&f, false)).map(Box::new);
        let media = self.field(obj, path, "media", false).and_then(|f| self.media(&f)).map(Box::new);
        let citations = self.citations(obj, path, refs);
        if !required_ok {
            return None;
        }
        let (id, date, title, kind) = (id?, date?, title?, kind?);
        Some(Event {
            id,
            date,
            end,
            kind,
            status,
            tier,
            pillars,
            by,
            to,
            actors,
            place,
            title,
            summary,
            note,
            display_date,
            media,
            citations,
        })
    }

    /// A link that may be shown; any other is left out with a warning.
    fn link(&mut self, f: &Field) -> Option<String> {
        let url = self.string(f)?;
        if is_safe_url(trim_link(&url)) {
            Some(trim_link(&url).to_owned())
        } else {
            self.warn(&f.path(), f.node.pos, ProblemKind::UnsafeUrl(url));
            None
        }
    }

    fn media(&mut self, f: &Field) -> Option<Media> {
        let obj = self.object(f.node, &f.path())?;
        self.known_fields(obj, &f.path(), &["url", "caption", "credit"]);
        let url = self.field(obj, &f.path(), "url", false).and_then(|u| self.link(&u));
        let caption = self.field(obj, &f.path(), "caption", false).and_then(|c| self.text(&c, false));
        let credit = self.field(obj, &f.path(), "credit", false).and_then(|c| self.text(&c, false));
        Some(Media { url, caption, credit })
    }

    /// Tier periods given outright: `[{tier, from, until?}]`.
    fn eras(&mut self, root: &Node, tiers: &IdIndex) -> Vec<TierPeriod> {
        let Some(f) = self.field(root, "", "eras", false) else { return Vec::new() };
        let mut out = Vec::new();
        for (i, node) in self.array(&f).iter().enumerate() {
            let path = index(&f.path(), i);
            let Some(obj) = self.object(node, &path) else { continue };
            self.known_fields(obj, &path, &["tier", "from", "until"]);
            let tier = self.field(obj, &path, "tier", true).and_then(|t| self.reference(&t, tiers, "tiers"));
            let from = self.field(obj, &path, "from", true).and_then(|d| self.date(&d));
            let until = match self.field(obj, &path, "until", false) {
                Some(u) => match (self.date(&u), from) {
                    (Some(until), Some(from)) if until.last_day() < from.first_day() => {
                        self.error(&u.path(), u.node.pos, ProblemKind::EndBeforeStart { start: from.iso(), end: until.iso() });
                        continue;
                    }
                    (until, _) => until,
                },
                None => None,
            };
            if let (Some(tier), Some(from)) = (tier, from) {
                out.push(TierPeriod { tier, from, until });
            }
        }
        crate::model::sort_periods(&mut out);
        out
    }

    fn citations(&mut self, obj: &Node, path: &str, refs: &Refs) -> Vec<Citation> {
        let mut out = Vec::new();
        match self.field(obj, path, "sources", false) {
            None => self.warn(path, obj.pos, ProblemKind::NoCitation),
            Some(f) => {
                for (i, item) in self.array(&f).iter().enumerate() {
                    let cpath = index(&f.path(), i);
                    let Some(cite) = self.object(item, &cpath) else { continue };
                    self.known_fields(cite, &cpath, &["source", "quote"]);
                    let source = self.field(cite, &cpath, "source", true).and_then(|f| self.reference(&f, &refs.sources, "sources"));
                    let quote = self.field(cite, &cpath, "quote", true).and_then(|f| self.string(&f));
                    if let (Some(source), Some(quote)) = (source, quote) {
                        out.push(Citation { source, quote });
                    }
                }
                if out.is_empty() {
                    self.warn(&f.path(), f.node.pos, ProblemKind::NoCitation);
                }
            }
        }
        out
    }

    fn reference(&mut self, f: &Field, ids: &IdIndex, list: &'static str) -> Option<usize> {
        let id = self.str(f)?;
        match ids.get(id) {
            Some(i) => Some(i),
            None => {
                self.error(&f.path(), f.node.pos, ProblemKind::UnknownReference { list, id: id.to_owned() });
                None
            }
        }
    }

    fn error_count(&self) -> usize {
        self.errors
    }
}

struct Refs {
    parties: IdIndex,
    tiers: IdIndex,
    pillars: IdIndex,
    sources: IdIndex,
}

/// The items of array member `name` of object `node`, taken out (the array is left empty).
fn take_items<'a>(node: &mut Node<'a>, name: &str) -> Vec<Node<'a>> {
    let Value::Object { members, .. } = &mut node.value else { return Vec::new() };
    match members.iter_mut().find(|(k, _)| k.name == name) {
        Some((_, Node { value: Value::Array { items, .. }, .. })) => std::mem::take(items),
        _ => Vec::new(),
    }
}

/// Ids looked up by value. Hashed and sorted through the crate's one sort routine: a
/// hash map would bring a second hashing and table implementation into the wasm build.
struct IdIndex {
    ids: Vec<String>,
    /// (hash, index into `ids`), sorted.
    keys: Vec<(i64, usize)>,
}

impl IdIndex {
    fn new<'a>(ids: impl Iterator<Item = &'a str>) -> Self {
        let ids: Vec<String> = ids.map(str::to_owned).collect();
        IdIndex { keys: hashed(ids.iter().map(String::as_str)), ids }
    }

    /// The index of the first `id` in the list.
    fn get(&self, id: &str) -> Option<usize> {
        let h = id_hash(id);
        let start = self.keys.partition_point(|k| k.0 < h);
        self.keys[start..].iter().take_while(|k| k.0 == h).map(|k| k.1).find(|&i| self.ids[i] == id)
    }
}

/// FNV-1a: short ids, no adversary to fear beyond a slower lookup.
fn id_hash(id: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

/// (hash, index) of every id, sorted: equal ids end up next to each other, in list order.
fn hashed<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<(i64, usize)> {
    let mut keys: Vec<(i64, usize)> = ids.enumerate().map(|(i, id)| (id_hash(id), i)).collect();
    crate::model::sort_keys(&mut keys);
    keys
}

/// For each id, whether no earlier id in the list is the same.
fn first_occurrences(ids: &[&str]) -> Vec<bool> {
    let keys = hashed(ids.iter().copied());
    let mut first = vec![true; ids.len()];
    // Within a run of equal hashes (in list order), each id is compared with the
    // distinct ids seen earlier in the run: one of them, unless hashes collide.
    let mut distinct: Vec<usize> = Vec::new();
    for (k, &(h, i)) in keys.iter().enumerate() {
        if k == 0 || keys[k - 1].0 != h {
            distinct.clear();
        }
        if distinct.iter().any(|&d| ids[d] == ids[i]) {
            first[i] = false;
        } else {
            distinct.push(i);
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_pass_only_http_https_and_mailto_in_any_ascii_case() {
        for ok in ["https://example.org", "HTTP://x.test/a", "MailTo:a@b.test", "hTtPs://", "http://"] {
            assert!(is_safe_url(ok), "{ok}");
        }
        // What is checked is what is written: no white space of any kind before it.
        for spaced in ["  https://x.test", "\u{3000}https://x.test", "\u{a0}http://x.test"] {
            assert!(!is_safe_url(spaced), "{spaced:?}");
        }
        assert_eq!(trim_link(" \t https://x.test/a \n"), "https://x.test/a");
        assert_eq!(trim_link("\u{1}é x\u{7f} "), "é x", "ends between characters");
        assert_eq!(trim_link(" \t\u{0} "), "");
        assert!(!is_safe_url(trim_link("\u{3000}https://x.test")), "an ideographic space is not trimmed");
        for bad in [
            "javascript:alert(1)",
            "JavaScript:https://x",
            "http:/x",
            "ftp://x",
            "",
            "htt",
            "data:text/html,x",
            "\u{212A}https://x",
            "vbscript:x",
            "https:",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn ids_are_found_by_value_and_repeats_told_apart_from_firsts() {
        let names: Vec<String> = (0..500).map(|i| format!("id-{}", i % 200)).collect();
        let ids: Vec<&str> = names.iter().map(String::as_str).collect();
        let first = first_occurrences(&ids);
        for (i, f) in first.iter().enumerate() {
            assert_eq!(*f, i < 200, "{}", ids[i]);
        }
        let index = IdIndex::new(ids[..200].iter().copied());
        for (i, id) in ids[..200].iter().enumerate() {
            assert_eq!(index.get(id), Some(i));
        }
        assert_eq!(index.get("id-200"), None);
        assert_eq!(index.get(""), None);
        assert_eq!(first_occurrences(&[]), Vec::<bool>::new());
    }
}
