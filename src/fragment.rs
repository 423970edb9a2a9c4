//! The whole timeline as a static HTML fragment: a dated list with summaries and
//! sources that reads well with no JavaScript (search engines, AMP-like pages, readers
//! who block scripts). The widget, loading on a page that holds the fragment, takes its
//! place. Every string is escaped as it is written.

use crate::i18n::Lang;
use crate::model::{Status, Timeline};
use crate::prose::{self, Segment};

/// The attribute that marks the fragment, holding the timeline's id.
pub const MARK: &str = "data-relationship-timeline-static";

/// The fragment for `t` in `lang`.
pub fn render(t: &Timeline, lang: Lang) -> String {
    let s = lang.strings();
    let code = lang.code();
    let mut h = Html(String::with_capacity(2048 + t.events.len() * 900));
    h.raw("<section class=\"relationship-timeline-static\" ");
    h.raw(MARK);
    h.raw("=\"");
    h.attr(&t.id);
    h.raw("\" lang=\"");
    h.attr(code);
    h.raw("\" aria-labelledby=\"rt-static-");
    h.attr(&t.id);
    h.raw("\">\n<h2 id=\"rt-static-");
    h.attr(&t.id);
    h.raw("\"");
    // Data without a title (pasted, or a sheet without a file name) is called a
    // timeline in the page's language, as the widget calls it: never an empty heading.
    let (title, title_lang) = match t.title.pick(code) {
        ("", _) => (s.timeline, code),
        picked => picked,
    };
    h.lang(title_lang, code);
    h.raw(">");
    h.text(title);
    h.raw("</h2>\n");
    if !t.description.is_empty() {
        let (text, text_lang) = t.description.pick(code);
        h.raw("<p");
        h.lang(text_lang, code);
        h.raw(">");
        h.text(text);
        h.raw("</p>\n");
    }
    h.raw("<ol>\n");
    let periods = t.tier_periods();
    for e in &t.events {
        h.raw("<li id=\"");
        h.attr(&t.id);
        h.raw("/");
        h.attr(&e.id);
        h.raw("\" data-kind=\"");
        h.attr(e.kind.code());
        h.raw("\" data-status=\"");
        h.attr(e.status.code());
        h.raw("\">\n<p><time datetime=\"");
        h.attr(&e.date.iso());
        h.raw("\">");
        h.text(&crate::phrase::when(e, code, s));
        h.raw("</time>");
        // An event of no known kind (most of another tool's) is not labelled "Event".
        if e.kind != crate::model::Kind::Other {
            h.raw(" · ");
            h.text(s.kind(e.kind));
        }
        if e.status == Status::Planned {
            h.raw(" · ");
            h.text(s.planned);
        }
        if let Some(tier) = crate::model::tier_at(&periods, e.start_day()) {
            h.raw(" · ");
            h.text(t.tiers[tier].name.get(code));
        }
        h.raw("</p>\n<h3");
        let (title, title_lang) = e.title.pick(code);
        h.lang(title_lang, code);
        h.raw(">");
        h.text(title);
        h.raw("</h3>\n");
        let (summary, summary_lang) = e.summary.pick(code);
        h.prose(summary, if crate::model::same_language(summary_lang, code) { "" } else { summary_lang });
        if let Some(place) = &e.place {
            h.raw("<p>");
            h.text(s.place);
            h.raw(": ");
            h.data_text(place, code);
            h.raw("</p>\n");
        }
        if let Some(note) = &e.note {
            h.raw("<p><small>");
            h.text(s.note);
            h.raw(": ");
            h.data_text(note, code);
            h.raw("</small></p>\n");
        }
        if !e.citations.is_empty() {
            h.raw("<ul>\n");
            for c in &e.citations {
                let src = &t.sources[c.source];
                // Quotes stay in the language of the article they come from.
                h.raw("<li><blockquote");
                if let Some(l) = &src.lang {
                    h.raw(" lang=\"");
                    h.attr(l);
                    h.raw("\"");
                }
                h.raw(">");
                h.text(&c.quote);
                h.raw("</blockquote> — <cite>");
                match src.url.as_deref().and_then(crate::phrase::safe_link) {
                    Some(url) => {
                        h.raw("<a href=\"");
                        h.attr(url);
                        h.raw("\">");
                        h.text(src.title.get(code));
                        h.raw("</a>");
                    }
                    _ => h.text(src.title.get(code)),
                }
                h.raw("</cite>");
                h.text(&crate::phrase::citation_tail(src, s));
                h.raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</li>\n");
    }
    h.raw("</ol>\n</section>\n");
    h.0
}

struct Html(String);

impl Html {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    /// Text content: `&`, `<` and `>` escaped.
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                c => self.0.push(c),
            }
        }
    }

    /// An attribute value inside double quotes: quotes escaped as well.
    fn attr(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
    }

    /// A data text in the fragment's language `code`, in a span marked with its own
    /// language when it is a fallback.
    fn data_text(&mut self, text: &crate::model::Text, code: &str) {
        let (text, lang) = text.pick(code);
        self.raw("<span");
        self.lang(lang, code);
        self.raw(">");
        self.text(text);
        self.raw("</span>");
    }

    /// ` lang="…"` for a data text in another language than the fragment's.
    fn lang(&mut self, text_lang: &str, shown: &str) {
        if !text_lang.is_empty() && !crate::model::same_language(text_lang, shown) {
            self.raw(" lang=\"");
            self.attr(text_lang);
            self.raw("\"");
        }
    }

    /// Paragraphs of a data text, marked with its language `lang` (empty: the fragment's).
    fn prose(&mut self, text: &str, lang: &str) {
        for paragraph in prose::paragraphs(text) {
            self.raw("<p");
            self.lang(lang, "");
            self.raw(">");
            for segment in paragraph {
                match segment {
                    Segment::Text(t) => self.text(t),
                    Segment::Link(url) => {
                        self.raw("<a href=\"");
                        self.attr(url);
                        self.raw("\" rel=\"noopener noreferrer\">");
                        self.text(url);
                        self.raw("</a>");
                    }
                }
            }
            self.raw("</p>\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;
    use crate::parse::parse;

    #[test]
    fn every_event_is_there_with_its_date_and_sources() {
        let t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        let html = render(&t, Lang::Vi);
        assert_eq!(html.matches("<li id=\"vietnam-singapore/").count(), t.events.len());
        for e in &t.events {
            assert!(html.contains(&format!("id=\"vietnam-singapore/{}\"", e.id)));
            assert!(html.contains(&format!("<time datetime=\"{}\">", e.date.iso())));
            assert!(html.contains(&format!("<h3>{}</h3>", e.title.get("vi"))));
            for c in &e.citations {
                assert!(html.contains(&c.quote), "{}", e.id);
            }
        }
        assert!(html.contains("12 tháng 3, 2025"));
        assert!(render(&t, Lang::En).contains("12 March 2025"));
        // Each event says its kind; one of no known kind says none ("Event").
        let mut t = t;
        assert!(render(&t, Lang::En).contains("</time> · Visit"));
        for e in &mut t.events {
            e.kind = crate::model::Kind::Other;
        }
        let html = render(&t, Lang::En);
        assert!(!html.contains(Lang::En.strings().kind(crate::model::Kind::Other)), "{html}");
    }

    #[test]
    fn a_timeline_without_a_title_is_called_one_in_the_pages_language() {
        let mut t = crate::parse::parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        t.title = Text::default();
        assert!(render(&t, Lang::Vi).contains(&format!(">{}</h2>", Lang::Vi.strings().timeline)));
        assert!(render(&t, Lang::En).contains(">Timeline</h2>"));
    }

    #[test]
    fn the_description_follows_the_title_in_the_language_shown_and_as_text() {
        let mut t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        assert!(!render(&t, Lang::Vi).contains("</h2>\n<p"), "no description, no paragraph");
        t.description = Text(vec![("vi".into(), "Năm mươi năm <b>quan hệ</b>".into()), ("en".into(), "Fifty years".into())]);
        assert!(render(&t, Lang::Vi).contains("</h2>\n<p>Năm mươi năm &lt;b&gt;quan hệ&lt;/b&gt;</p>\n<ol>"));
        assert!(render(&t, Lang::En).contains("</h2>\n<p>Fifty years</p>"));
        // A language it is not written in gets a fallback, marked with its language.
        assert!(render(&t, Lang::Ms).contains("<p lang=\"en\">Fifty years</p>"), "{}", render(&t, Lang::Ms));
    }

    #[test]
    fn data_cannot_break_out_of_text_or_attributes() {
        let mut t = parse(crate::bundled::VIETNAM_SINGAPORE).timeline;
        t.events[0].title = Text::plain("<script>alert(1)</script>");
        t.events[0].summary = Text::plain("see https://x.test/\"onmouseover=alert(1) and <img src=x onerror=alert(2)>");
        t.id = "a\"b".into();
        let html = render(&t, Lang::En);
        assert!(!html.contains("<script>") && !html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        // The link ends where the URL ends; the rest stays text, outside any tag.
        assert!(
            html.contains("<a href=\"https://x.test/\" rel=\"noopener noreferrer\">https://x.test/</a>&quot;onmouseover")
                || html.contains("<a href=\"https://x.test/\" rel=\"noopener noreferrer\">https://x.test/</a>\"onmouseover")
        );
        let tags: Vec<&str> = html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")).collect();
        assert!(tags.iter().all(|t| !t.contains("onmouseover") && !t.contains("onerror")), "{tags:?}");
        assert!(html.contains("data-relationship-timeline-static=\"a&quot;b\""));
    }
}
