//! A [`Timeline`] back to text in the native format, so imported files (TimelineJS,
//! spreadsheets) can be converted and then edited like any other timeline.
//!
//! Strings are escaped as they are written; `<`, `>` and `&` are escaped too, so the
//! output can sit inside an HTML `<script type="application/json">` element.

use crate::model::{Event, Media, Text, Timeline};
use crate::parse::FORMAT;

/// The timeline as pretty-printed JSON text (two-space indent, one event per block).
pub fn to_json(t: &Timeline) -> String {
    let mut w = Writer { out: String::with_capacity(1024 + t.events.len() * 600), indent: 0 };
    w.open('{');
    w.key("format");
    w.string(FORMAT);
    w.key("id");
    w.string(&t.id);
    w.key("title");
    w.text(&t.title);
    if !t.description.is_empty() {
        w.key("description");
        w.text(&t.description);
    }
    w.list("parties", &t.parties, |w, x| w.named(&x.id, &x.name));
    w.list("tiers", &t.tiers, |w, x| w.named(&x.id, &x.name));
    w.list("pillars", &t.pillars, |w, x| w.named(&x.id, &x.name));
    w.list("sources", &t.sources, |w, s| {
        w.open('{');
        w.key("id");
        w.string(&s.id);
        if let Some(file) = &s.file {
            w.key("file");
            w.string(file);
        }
        if let Some(url) = &s.url {
            w.key("url");
            w.string(url);
        }
        w.key("title");
        w.text(&s.title);
        if let Some(p) = &s.publisher {
            w.key("publisher");
            w.string(p);
        }
        if let Some(d) = &s.published {
            w.key("published");
            w.string(&d.iso());
        }
        if let Some(lang) = &s.lang {
            w.key("lang");
            w.string(lang);
        }
        w.close('}');
    });
    if !t.eras.is_empty() {
        w.list("eras", &t.eras, |w, era| {
            w.open('{');
            w.key("tier");
            w.string(&t.tiers[era.tier].id);
            w.key("from");
            w.string(&era.from.iso());
            if let Some(until) = &era.until {
                w.key("until");
                w.string(&until.iso());
            }
            w.close('}');
        });
    }
    w.list("events", &t.events, |w, e| w.event(t, e));
    w.close('}');
    w.out.push('\n');
    w.out
}

struct Writer {
    out: String,
    indent: usize,
}

impl Writer {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    /// Starts an object or array; the first member follows on a new line.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.indent += 1;
        self.out.push('\u{0}');
    }

    fn close(&mut self, bracket: char) {
        self.indent -= 1;
        if self.out.ends_with('\u{0}') {
            self.out.pop();
        } else {
            self.newline();
        }
        self.out.push(bracket);
    }

    /// Separates members: nothing before the first, a comma before the others.
    fn member(&mut self) {
        if self.out.ends_with('\u{0}') {
            self.out.pop();
        } else {
            self.out.push(',');
        }
        self.newline();
    }

    fn key(&mut self, key: &str) {
        self.member();
        self.raw_string(key);
        self.out.push_str(": ");
    }

    fn string(&mut self, s: &str) {
        self.raw_string(s);
    }

    fn raw_string(&mut self, s: &str) {
        push_string(&mut self.out, s);
    }

    /// A text: one string when it is the same in every language, else an object.
    fn text(&mut self, t: &Text) {
        if let [(lang, s)] = t.0.as_slice() {
            if lang.is_empty() {
                self.string(s);
                return;
            }
        }
        self.open('{');
        for (lang, s) in &t.0 {
            self.key(lang);
            self.string(s);
        }
        self.close('}');
    }

    /// `{"id": …, "name": …}`: a party, a tier or a pillar.
    fn named(&mut self, id: &str, name: &Text) {
        self.open('{');
        self.key("id");
        self.string(id);
        self.key("name");
        self.text(name);
        self.close('}');
    }

    fn list<T>(&mut self, name: &str, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        if items.is_empty() && name != "events" {
            return;
        }
        self.key(name);
        self.open('[');
        for item in items {
            self.member();
            each(self, item);
        }
        self.close(']');
    }

    fn event(&mut self, t: &Timeline, e: &Event) {
        self.open('{');
        self.key("id");
        self.string(&e.id);
        self.key("date");
        self.string(&e.date.iso());
        if let Some(end) = &e.end {
            self.key("end");
            self.string(&end.iso());
        }
        self.key("kind");
        self.string(e.kind.code());
        self.key("status");
        self.string(e.status.code());
        if let Some(tier) = e.tier {
            self.key("tier");
            self.string(&t.tiers[tier].id);
        }
        if !e.pillars.is_empty() {
            self.key("pillars");
            self.open('[');
            for p in &e.pillars {
                self.member();
                self.string(&t.pillars[*p].id);
            }
            self.close(']');
        }
        if !e.by.is_empty() {
            self.key("by");
            self.open('[');
            for p in &e.by {
                self.member();
                self.string(&t.parties[*p].id);
            }
            self.close(']');
        }
        if let Some(to) = e.to {
            self.key("to");
            self.string(&t.parties[to].id);
        }
        if !e.actors.is_empty() {
            self.key("actors");
            self.open('[');
            for a in &e.actors {
                self.member();
                self.text(a);
            }
            self.close(']');
        }
        if let Some(place) = &e.place {
            self.key("place");
            self.text(place);
        }
        self.key("title");
        self.text(&e.title);
        if !e.summary.is_empty() {
            self.key("summary");
            self.text(&e.summary);
        }
        if let Some(note) = &e.note {
            self.key("note");
            self.text(note);
        }
        if let Some(d) = &e.display_date {
            self.key("display_date");
            self.text(d);
        }
        if let Some(m) = &e.media {
            self.key("media");
            self.media(m);
        }
        if !e.citations.is_empty() {
            self.key("sources");
            self.open('[');
            for c in &e.citations {
                self.member();
                self.open('{');
                self.key("source");
                self.string(&t.sources[c.source].id);
                self.key("quote");
                self.string(&c.quote);
                self.close('}');
            }
            self.close(']');
        }
        self.close('}');
    }

    fn media(&mut self, m: &Media) {
        self.open('{');
        if let Some(url) = &m.url {
            self.key("url");
            self.string(url);
        }
        if let Some(c) = &m.caption {
            self.key("caption");
            self.text(c);
        }
        if let Some(c) = &m.credit {
            self.key("credit");
            self.text(c);
        }
        self.close('}');
    }
}

/// `s` as a JSON string, safe inside an HTML `<script>` element too (`<`, `>` and `&`
/// escaped), and for JavaScript (U+2028 and U+2029 escaped).
pub fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str("\\u");
                let code = c as u32;
                for shift in [12, 8, 4, 0] {
                    let digit = (code >> shift) & 0xF;
                    out.push(char::from_digit(digit, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn the_bundled_timeline_round_trips() {
        let original = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        let text = to_json(&original);
        let again = parse(&text);
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.timeline, original);
    }

    #[test]
    fn generated_timelines_round_trip() {
        let original = parse(&crate::generate::timeline_json(300, 3)).timeline;
        assert_eq!(parse(&to_json(&original)).timeline, original);
    }

    #[test]
    fn a_description_round_trips_and_none_is_not_written() {
        let mut t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        assert!(!to_json(&t).contains("\"description\""));
        t.description = Text(vec![("vi".into(), "Năm mươi năm".into()), ("en".into(), "Fifty years".into())]);
        assert_eq!(parse(&to_json(&t)).timeline.description, t.description);
    }

    #[test]
    fn texts_keep_every_language_key_even_an_empty_one() {
        // Found by fuzzing: `{"vi": "…", "": "…"}` must not come back as `"und"`.
        let mut t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        t.events[0].summary = Text(vec![("vi".into(), "a".into()), ("".into(), "b".into())]);
        assert_eq!(parse(&to_json(&t)).timeline.events[0].summary, t.events[0].summary);
    }

    #[test]
    fn strings_are_escaped_for_json_and_for_html_script_elements() {
        let mut t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        t.events[0].title = Text::plain("</script><b>\"quoted\"\\ \u{1}\ttab\nline");
        let text = to_json(&t);
        assert!(!text.contains("</script>") && !text.contains("<b>"));
        assert_eq!(parse(&text).timeline.events[0].title, t.events[0].title);
    }
}
