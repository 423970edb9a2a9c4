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
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(segments).collect()
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
    let a = s.find("https://");
    let b = s.find("http://");
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
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
    fn other_schemes_stay_text() {
        assert_eq!(paragraphs("javascript:alert(1) and https://"), [[Text("javascript:alert(1) and "), Text("https://")]]);
    }
}
