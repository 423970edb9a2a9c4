//! Data files without what only their readers need: shared by `build.rs` (the English
//! words compiled into the module) and `cargo xtask build` (the language files fetched
//! beside it).

/// JSON without the white space between its tokens (strings kept as written).
pub fn compact_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// A compact language file (as [`compact_json`] writes it) without the wordings of the
/// problems named by `keys`: what the embed's first module, which never reports them,
/// reads. A key not there is left; a file whose `problems` are not texts alone is
/// returned as it is.
pub fn without_problems<'a>(words: &str, keys: impl IntoIterator<Item = &'a str>) -> String {
    let keys: Vec<&str> = keys.into_iter().collect();
    let open = "\"problems\":{";
    let Some(start) = words.find(open).map(|i| i + open.len()) else { return words.to_owned() };
    // Each entry is `"key":"value"`, then `,` or the object's closing `}`.
    let (mut kept, mut at) = (Vec::new(), start);
    while words[at..].starts_with('"') {
        let Some(key_end) = string_end(words, at) else { return words.to_owned() };
        let value = key_end + 1;
        let Some(end) = words[key_end..].starts_with(":\"").then(|| string_end(words, value)).flatten() else {
            return words.to_owned();
        };
        if !keys.contains(&&words[at + 1..key_end - 1]) {
            kept.push(&words[at..end]);
        }
        at = end + usize::from(words[end..].starts_with(','));
    }
    [&words[..start], &kept.join(","), &words[at..]].concat()
}

/// Where the JSON string that opens at byte `open` ends: just after its closing quote,
/// the first no backslash escapes.
fn string_end(text: &str, open: usize) -> Option<usize> {
    let mut escaped = false;
    text[open + 1..].char_indices().find_map(|(i, c)| {
        let end = c == '"' && !escaped;
        escaped = c == '\\' && !escaped;
        end.then_some(open + 1 + i + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_removed_with_their_commas_and_the_rest_kept() {
        let words = r#"{"name":"x","problems":{"a":"A \"q\"","b":"B","c":"C"},"after":"a"}"#;
        assert_eq!(without_problems(words, ["b"]), r#"{"name":"x","problems":{"a":"A \"q\"","c":"C"},"after":"a"}"#);
        assert_eq!(without_problems(words, ["a", "c"]), r#"{"name":"x","problems":{"b":"B"},"after":"a"}"#);
        assert_eq!(without_problems(words, ["after", "name"]), words, "only in problems");
        assert_eq!(without_problems(words, ["a", "b", "c"]), r#"{"name":"x","problems":{},"after":"a"}"#);
    }

    #[test]
    fn white_space_goes_between_tokens_and_stays_in_strings() {
        assert_eq!(compact_json("{\n  \"a b\": [1, 2],\n  \"c\": \"x \\\" y\"\n}\n"), "{\"a b\":[1,2],\"c\":\"x \\\" y\"}");
    }
}
