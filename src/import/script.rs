//! Timeline data kept inside a script, as TimelineJS and vis-timeline data often is: the
//! value of a variable (`var timeline_json_data = {…};`, `window.data = […]`, `export
//! default {…}`, `export const data = {…}`, `module.exports = {…}`) or an argument of a
//! call (`new TL.Timeline('embed', {…})`, `new vis.DataSet([…])`, a JSONP callback
//! `load({…})`), in the script's first statement or on a later line of a text that
//! starts as a script does. This finds where the data starts; the JSON reader reads it
//! as a script writes it (`json::read_script`: keys without quotes, single quotes,
//! JavaScript dates); the script's words around it are not read.

use crate::json::Pos;
use crate::problem::{Problem, ProblemKind};

/// The most words a script may have before its data: `timeline = new TL.Timeline(
/// 'timeline-embed',` is eight.
const MOST_WORDS: usize = 12;

/// Where the data of a script starts: the byte of its `{` or `[` in `text`, and the
/// script's words before it (as written, for the editor to recognise). `text` starts
/// with the script, after any white space and comments; `None` when it is not one of
/// the forms above, which leaves it to be read as a spreadsheet.
pub fn data_start(text: &str) -> Option<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut words = 0;
    let mut call = false;
    // What the last word was: the data may follow `=`, `(`, a comma inside a call, or
    // `export default`.
    let mut after = Word::None;
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let b = *bytes.get(at)?;
        if matches!(b, b'{' | b'[') {
            return matches!(after, Word::Equals | Word::Open | Word::Comma | Word::Default).then(|| (at, text[..at].trim_end()));
        }
        words += 1;
        if words > MOST_WORDS {
            return None;
        }
        after = match b {
            b'=' if after == Word::Name && bytes.get(at + 1) != Some(&b'=') => Word::Equals,
            b'(' if after == Word::Name => {
                call = true;
                Word::Open
            }
            b',' if call && matches!(after, Word::Name | Word::Text) => Word::Comma,
            b'\'' | b'"' | b'`' if after == Word::Open => {
                let end = bytes[at + 1..].iter().position(|c| *c == b || *c == b'\n')?;
                if bytes[at + 1 + end] != b {
                    return None;
                }
                at += end + 1;
                Word::Text
            }
            _ if name_start(b) && after != Word::Name => {
                let len =
                    bytes[at..].iter().position(|c| !(name_start(*c) || c.is_ascii_digit() || *c == b'.')).unwrap_or(bytes.len() - at);
                let name = &text[at..at + len];
                at += len - 1;
                match name {
                    "default" if after == Word::Export => Word::Default,
                    "export" if words == 1 => Word::Export,
                    "var" | "let" | "const" if words == 1 || after == Word::Export => Word::Declare,
                    "new" if matches!(after, Word::Equals | Word::None) => Word::New,
                    _ if matches!(after, Word::None | Word::Declare | Word::New | Word::Equals | Word::Comma | Word::Open) => Word::Name,
                    _ => return None,
                }
            }
            _ => return None,
        };
        at += 1;
    }
}

/// The address a TimelineJS script shows its data from (`new TL.Timeline('embed',
/// 'https://docs.google.com/…')`, a Google Sheet's key alone among them), with where the
/// script's call starts; `None` for any other text.
pub fn data_address(text: &str) -> Option<(usize, &str)> {
    let call = text.find("TL.Timeline(")?;
    let start = text[..call].rfind("new").filter(|n| text[n + 3..call].trim().is_empty()).unwrap_or(call);
    // The first two arguments, each quoted: the element's id, then the address.
    let mut at = call + "TL.Timeline(".len();
    let mut quoted = || {
        let bytes = text.as_bytes();
        while bytes.get(at).is_some_and(|b| b.is_ascii_whitespace() || *b == b',') {
            at += 1;
        }
        let q = *bytes.get(at).filter(|q| matches!(q, b'\'' | b'"' | b'`'))?;
        let end = at + 1 + bytes[at + 1..].iter().position(|b| *b == q || *b == b'\n')?;
        let arg = (bytes[end] == q).then(|| &text[at + 1..end]);
        at = end + 1;
        arg
    };
    quoted()?;
    let address = quoted()?;
    let key = address.len() >= 20 && address.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (address.starts_with("https://") || address.starts_with("http://") || key).then_some((start, address))
}

/// The address `problems` say a script shows its data from, if they say so.
pub fn elsewhere(problems: &[Problem]) -> Option<&str> {
    problems.iter().find_map(|p| match &p.kind {
        ProblemKind::DataElsewhere(address) => Some(address.as_str()),
        _ => None,
    })
}

/// The warning of data read from a script: where the script starts, and its words
/// before the data.
pub fn problem(pos: Pos, words: &str) -> Problem {
    Problem::warning("", pos, ProblemKind::Script(words.to_owned()))
}

/// The words a script's first statement may start with for its later lines to be
/// searched for the data (`var container = document.getElementById('timeline');` and
/// then `var items = new vis.DataSet([…])`). A spreadsheet starts with none of them.
const SCRIPT_WORDS: [&str; 9] = ["var", "let", "const", "import", "export", "function", "window", "document", "\"use strict\""];

/// The data of a script, in its first statement or, for a text that starts as a script
/// does (`SCRIPT_WORDS`), on the first later line that holds it: where that statement
/// starts, where the data starts (bytes of `text`), and the words before the data.
pub fn find(text: &str) -> Option<(usize, usize, &str)> {
    if let Some((at, words)) = data_start(text) {
        return Some((0, at, words));
    }
    let first = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '"' || c == ' ')).next()?;
    if !SCRIPT_WORDS.iter().any(|w| first.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with(' '))) {
        return None;
    }
    later(text, 0)
}

/// The first data statement on a line of `text` after byte `from`: as [`find`] gives it.
pub fn later(text: &str, mut from: usize) -> Option<(usize, usize, &str)> {
    while let Some(line) = text.get(from..)?.find('\n') {
        from += line + 1;
        let rest = &text[from..];
        let statement = from + (rest.len() - rest.trim_start().len());
        if let Some((at, words)) = data_start(&text[statement..]) {
            return Some((statement, statement + at, words));
        }
        // On from the statement: blank lines are passed once, not once per line.
        from = statement;
    }
    None
}

/// What a script's last word before its data was.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    None,
    /// `var`, `let` or `const`.
    Declare,
    Export,
    Default,
    New,
    /// A name or a path of names (`TL.Timeline`, `window.data`).
    Name,
    Equals,
    /// A call's `(`.
    Open,
    /// A quoted argument of a call.
    Text,
    Comma,
}

/// Whether `b` may start a script's name (ASCII only: a name in another script is not
/// the kind of file this reads).
fn name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The data's start for each script form, and the words before it.
    #[test]
    fn the_data_is_found_after_the_script_words() {
        for (script, words) in [
            ("var timeline_json_data = {\"events\": []};", "var timeline_json_data ="),
            ("const data=[{\"start\": \"2025\"}]", "const data="),
            ("window.timelineData = {}", "window.timelineData ="),
            ("export default {}", "export default"),
            ("export const timeline = {}", "export const timeline ="),
            ("module.exports = {}", "module.exports ="),
            ("timeline = new TL.Timeline('timeline-embed', {}, {})", "timeline = new TL.Timeline('timeline-embed',"),
            ("new TL.Timeline(\"embed\",\n  {})", "new TL.Timeline(\"embed\","),
            ("window.timeline = new TL.Timeline(`embed`, {})", "window.timeline = new TL.Timeline(`embed`,"),
            ("callback([])", "callback("),
        ] {
            let (at, before) = data_start(script).unwrap_or_else(|| panic!("{script}"));
            assert!(matches!(script.as_bytes()[at], b'{' | b'['), "{script}");
            assert_eq!(before, words, "{script}");
        }
    }

    /// The statements before the one holding the data, as an example page's script has
    /// them, are passed over; the warning's place is the data's statement.
    #[test]
    fn the_data_is_found_on_a_later_line_of_a_script() {
        let script =
            "var container = document.getElementById('visualization');\n\n  // items\n  var items = new vis.DataSet([\n {id: 1}]);";
        let (from, at, words) = find(script).unwrap();
        assert!(script[from..].starts_with("var items"));
        assert_eq!((&script[at..at + 1], words), ("[", "var items = new vis.DataSet("));
        // A sheet whose later row would read as a script is still a sheet.
        assert_eq!(find("Date,Title\nx = [1],2025-03-12"), None);
        assert_eq!(find("variable,date\nx = [1],2025"), None);
    }

    /// A TimelineJS script that shows data from an address names it; one holding its
    /// data, or calling anything else, does not.
    #[test]
    fn the_address_a_timelinejs_script_shows_is_found() {
        let script = "<script>\n  window.timeline = new TL.Timeline('timeline-embed', \"https://docs.google.com/spreadsheets/d/1xuY4/pubhtml\", {hash_bookmark: true});\n</script>";
        let (at, address) = data_address(script).unwrap();
        assert!(script[at..].starts_with("new TL.Timeline("));
        assert_eq!(address, "https://docs.google.com/spreadsheets/d/1xuY4/pubhtml");
        let key = "timeline = new TL.Timeline(`embed`, '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk')";
        assert_eq!(data_address(key).map(|(_, a)| a), Some("1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk"));
        for other in [
            "new TL.Timeline('embed', {\"events\": []})",
            "new TL.Timeline('embed', data)",
            "new TL.Timeline('embed', 'short')",
            "load('https://x.org/a.json')",
        ] {
            assert_eq!(data_address(other), None, "{other}");
        }
    }

    /// A spreadsheet, plain text, or script code that does not hand over data as a
    /// value is not taken for a script.
    #[test]
    fn other_text_is_not_a_script() {
        for text in [
            "Date,Title\n2025-03-12,{visit}",
            "Year,Month,Day,Headline\n2025,3,12,Visit",
            "Title (VI),Date\n[Hà Nội],2025",
            "date;title\n2025;[a]",
            "if (x) {}",
            "a == {}",
            "var = {}",
            "f('unclosed, {}",
            "x = y = z = w = v = u = t = s = r = q = p = o = {}",
            "{\"events\": []}",
        ] {
            assert_eq!(data_start(text), None, "{text}");
        }
    }
}
