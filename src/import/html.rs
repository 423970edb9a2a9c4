//! HTML text from other tools (TimelineJS fields are HTML) to plain text that keeps
//! paragraphs and http(s) links, and says what it removed.
//!
//! The output is text, never markup: paragraphs are separated by a blank line and a
//! link becomes `label (https://…)`; the widget turns such URLs back into links as it
//! renders. Scripts, styles, embedded objects and their content are dropped; so are
//! event-handler attributes and links to anything but `http(s)`/`mailto`.

use crate::parse::is_safe_url;

/// Plain text from `html`, and a list of what was removed (empty when nothing was).
pub fn to_text(html: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(html.len());
    let mut removed: Vec<String> = Vec::new();
    let mut note = |what: String| {
        if !removed.contains(&what) {
            removed.push(what);
        }
    };
    let mut link: Option<(String, usize)> = None; // href, where its label starts in `out`
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        let Some(tag) = read_tag(rest) else {
            // A lone '<' is text.
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if tag.comment {
            continue;
        }
        for attr in &tag.attributes {
            if attr.0.starts_with("on") {
                note(format!("{} attribute", attr.0));
            }
        }
        let name = tag.name.as_str();
        match name {
            "script" | "style" | "iframe" | "object" | "embed" | "noscript" | "template" | "svg" | "math" | "textarea" | "select"
            | "frameset" | "frame" | "applet" => {
                note(format!("<{name}>"));
                if !tag.closing && !tag.self_closing {
                    rest = skip_element(rest, name);
                }
            }
            "p" | "div" | "section" | "article" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "table" | "tr" => {
                paragraph(&mut out)
            }
            "br" | "li" | "hr" => line(&mut out),
            "a" if !tag.closing => {
                // Browsers drop tabs and line breaks inside URLs; no control or
                // direction character belongs in one shown to a reader.
                let href = tag
                    .attributes
                    .iter()
                    .find(|a| a.0 == "href")
                    .map(|a| a.1.chars().filter(|c| !c.is_control() && !is_bidi_override(*c)).collect::<String>().trim().to_owned());
                // `//host/x` is read as a browser on an https page reads it.
                let href = href.map(|h| match h.strip_prefix("//") {
                    Some(rest) => format!("https://{rest}"),
                    None => h,
                });
                match href {
                    Some(h) if is_safe_url(&h) => link = Some((h, out.len())),
                    Some(h) if !h.is_empty() && !h.split(['/', '?', '#']).next().is_some_and(|head| head.contains(':')) => note(format!(
                        "relative link \"{}\" (relative to the original page, not known here)",
                        h.chars().take(40).collect::<String>()
                    )),
                    Some(h) if !h.is_empty() => note(format!("link to \"{}\"", h.chars().take(40).collect::<String>())),
                    _ => {}
                }
            }
            "a" => {
                if let Some((href, start)) = link.take() {
                    let label = out[start..].trim().to_owned();
                    if label.is_empty() {
                        out.push_str(&href);
                    } else if label != href {
                        out.push_str(" (");
                        out.push_str(&href);
                        out.push(')');
                    }
                }
            }
            "img" | "video" | "audio" | "source" | "picture" | "canvas" | "input" | "button" | "form" | "link" | "meta" | "base" => {
                note(format!("<{name}>"))
            }
            _ => {}
        }
    }
    push_decoded(&mut out, rest);
    (tidy(&out), removed)
}

/// The first address an embed's markup points to (`src`, else `href`, else
/// `cite`), for a link in its place.
pub fn first_link(html: &str) -> Option<String> {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let Some(tag) = read_tag(rest) else {
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        for wanted in ["src", "href", "cite"] {
            if let Some(v) = tag.attributes.iter().find(|a| a.0 == wanted).map(|a| a.1.trim().to_owned()).filter(|v| !v.is_empty()) {
                return Some(v);
            }
        }
    }
    None
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    comment: bool,
    attributes: Vec<(String, String)>,
    /// Bytes the tag takes in the source.
    len: usize,
}

/// Reads a tag at the start of `s` (which starts with `<`); `None` if it is not one.
fn read_tag(s: &str) -> Option<Tag> {
    if let Some(body) = s.strip_prefix("<!--") {
        let end = body.find("-->").map_or(s.len(), |e| 4 + e + 3);
        return Some(Tag { name: String::new(), closing: false, self_closing: false, comment: true, attributes: vec![], len: end });
    }
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if bytes.get(i).is_some_and(|b| *b == b'!' || *b == b'?') {
        let end = s.find('>').map_or(s.len(), |e| e + 1);
        return Some(Tag { name: String::new(), closing: false, self_closing: false, comment: true, attributes: vec![], len: end });
    }
    let start = i;
    while bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-') {
        i += 1;
    }
    if i == start {
        return None;
    }
    let name = s[start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            if bytes[i] == b'/' {
                self_closing = true;
            }
            i += 1;
        }
        match bytes.get(i) {
            None => return Some(Tag { name, closing, self_closing, comment: false, attributes, len: s.len() }),
            Some(b'>') => return Some(Tag { name, closing, self_closing, comment: false, attributes, len: i + 1 }),
            _ => {}
        }
        self_closing = false;
        let a = i;
        while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'=' && *b != b'>' && *b != b'/') {
            i += 1;
        }
        let attr = s[a..i].to_ascii_lowercase();
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(q @ (b'"' | b'\'')) => {
                    let q = *q as char;
                    let v = i + 1;
                    let end = s[v..].find(q).map_or(s.len(), |e| v + e);
                    value = decode(&s[v..end]);
                    i = (end + 1).min(s.len());
                }
                _ => {
                    let v = i;
                    while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>') {
                        i += 1;
                    }
                    value = decode(&s[v..i]);
                }
            }
        }
        if i == a {
            i += 1; // a stray character: move on
        }
        if !attr.is_empty() {
            attributes.push((attr, value));
        }
    }
}

/// Skips past the end of element `name` (its content is dropped with it).
fn skip_element<'a>(s: &'a str, name: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let mut close = String::from("</");
    close.push_str(name);
    match lower.find(&close) {
        Some(at) => {
            let after = &s[at..];
            let end = after.find('>').map_or(after.len(), |e| e + 1);
            &after[end..]
        }
        None => "",
    }
}

fn paragraph(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
}

fn line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn push_decoded(out: &mut String, text: &str) {
    // Whitespace in HTML text collapses to single spaces.
    let decoded = decode(text);
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.ends_with(' ') && !out.ends_with('\n') && !out.is_empty() {
                out.push(' ');
            }
        } else if c == '\u{a0}' {
            out.push(' ');
        } else if !c.is_control() && !is_bidi_override(c) {
            out.push(c);
        }
    }
}

/// Directional overrides can make text read differently than it is stored.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Decodes character references (`&amp;`, `&#233;`, `&#x1F600;`).
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // A reference is short: look for its `;` within a dozen characters (not bytes:
        // slicing bytes could cut a character in two).
        let end = rest.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                _ => {
                    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        name.strip_prefix('#').and_then(|d| d.parse().ok())
                    };
                    code.and_then(char::from_u32).filter(|c| *c != '\0')
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Trims each line and the whole text, and keeps at most one blank line in a row.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_links_survive() {
        let (text, removed) =
            to_text("<p>Hai nước <b>ký kết</b> hiệp định.</p><p>Xem <a href=\"https://example.org/a?b=1&amp;c=2\">bài gốc</a>.</p>");
        assert_eq!(text, "Hai nước ký kết hiệp định.\n\nXem bài gốc (https://example.org/a?b=1&c=2).");
        assert!(removed.is_empty());
    }

    #[test]
    fn scripts_handlers_and_unsafe_links_are_removed_and_reported() {
        let (text, removed) = to_text(
            "Hi<script>alert(1)</script> <img src=x onerror=alert(2)><a href=\"JaVaScRiPt:alert(3)\">click</a><svg onload=alert(4)><circle/></svg><style>*{}</style>!",
        );
        assert_eq!(text, "Hi click!");
        for what in ["<script>", "<img>", "onerror attribute", "<svg>", "onload attribute", "<style>"] {
            assert!(removed.iter().any(|r| r == what), "{what} not reported in {removed:?}");
        }
        assert!(removed.iter().any(|r| r.starts_with("link to")));
    }

    #[test]
    fn entities_are_decoded_once_and_markup_in_them_stays_text() {
        let (text, _) = to_text("&lt;script&gt;x&lt;/script&gt; &amp;amp; caf&#233; &#x1F600; &bogus; a < b");
        assert_eq!(text, "<script>x</script> &amp; café 😀 &bogus; a < b");
    }

    #[test]
    fn a_reference_next_to_wide_characters_does_not_split_them() {
        // Found by fuzzing: a `&#…` followed by multi-byte characters, no `;` near.
        let (text, _) = to_text("<i>x</i> &#119ő\u{fffd}\u{fffd}w.__x)ss=2");
        assert_eq!(text, "x &#119ő\u{fffd}\u{fffd}w.__x)ss=2");
        assert_eq!(decode("&#233ế;"), "&#233ế;");
    }

    #[test]
    fn control_characters_in_link_targets_are_dropped() {
        // Found by fuzzing: a DEL or NUL inside href reached the text.
        let (text, _) = to_text("<a href=\"https://e\u{7f}xample.org/\t\0x\">site</a>");
        assert_eq!(text, "site (https://example.org/x)");
        let (text, removed) = to_text("<a href=\"java\tscript:alert(1)\">x</a>");
        assert_eq!(text, "x");
        assert_eq!(removed.len(), 1);
    }

    #[test]
    fn comments_breaks_and_bidi_overrides() {
        let (text, _) = to_text("one<!-- <script>bad</script> --><br>two\u{202e}evil\u{202c}<br/>three");
        assert_eq!(text, "one\ntwoevil\nthree");
    }

    #[test]
    fn unterminated_markup_ends_the_text() {
        let (text, removed) = to_text("ok <script>never closed");
        assert_eq!(text, "ok");
        assert_eq!(removed, ["<script>"]);
        assert_eq!(to_text("a <b").0, "a");
    }
}
