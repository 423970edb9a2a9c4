//! Plain text with structure: paragraphs separated by a blank line, and http(s) URLs
//! that a reader can follow. The widget and the static HTML share this reading, so a
//! link is a link wherever the text is shown.

/// A piece of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// An `http`/`https` URL, to be shown as a link with itself as the label.
    Link(&'a str),
}

/// Paragraphs of `text`, each a list of segments. Single line breaks stay inside a
/// paragraph (as text).
pub fn paragraphs(text: &str) -> Vec<Vec<Segment<'_>>> {
    // By hand rather than `split("\n\n")` and `find("https://")`: a substring search
    // brings a sizeable routine into the wasm build for two short, fixed patterns.
    let bytes = text.as_bytes();
    let mut blocks = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i + 1 < bytes.len() {
        if bytes[i] == b'\n' && bytes[i + 1] == b'\n' {
            blocks.push(&text[start..i]);
            i += 2;
            start = i;
        } else {
            i += 1;
        }
    }
    blocks.push(&text[start..]);
    blocks.into_iter().map(str::trim).filter(|p| !p.is_empty()).map(segments).collect()
}

fn segments(p: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = p;
    while let Some(at) = find_url(rest) {
        let (before, from) = rest.split_at(at);
        let len = from.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"')).unwrap_or(from.len());
        // Punctuation that ends a sentence or closes a bracket is not part of the URL.
        let url = from[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'']);
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        if url.len() > "https://".len() {
            out.push(Segment::Link(url));
        } else {
            out.push(Segment::Text(url));
        }
        rest = &from[url.len()..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

fn find_url(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    (0..bytes.len()).find(|&i| bytes[i..].starts_with(b"https://") || bytes[i..].starts_with(b"http://"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::*;

    #[test]
    fn paragraphs_and_links() {
        let p = paragraphs("One (https://example.org/a?b=1).\n\n  Two http://x.test/y, then text.\nSame paragraph.");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0], [Text("One ("), Link("https://example.org/a?b=1"), Text(").")]);
        assert_eq!(p[1], [Text("Two "), Link("http://x.test/y"), Text(", then text.\nSame paragraph.")]);
    }

    #[test]
    fn blank_lines_split_as_a_substring_search_would() {
        for text in ["", "\n", "\n\n", "\n\n\n", "a\n\nb", "a\n\n\nb\n\n", "é\n\nü\n\n\n\nx", "http://a.b\n\nhttps://c.d/e", "xhttp://a.bc"]
        {
            let expected: Vec<Vec<Segment>> = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(segments).collect();
            assert_eq!(paragraphs(text), expected, "{text:?}");
        }
        assert_eq!(paragraphs("xhttp://a.bc"), [[Text("x"), Link("http://a.bc")]]);
    }

    #[test]
    fn other_schemes_stay_text() {
        assert_eq!(paragraphs("javascript:alert(1) and https://"), [[Text("javascript:alert(1) and "), Text("https://")]]);
    }
}
