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
/// reads. Each is removed with its comma; a key not there is left.
pub fn without_problems<'a>(words: &str, keys: impl IntoIterator<Item = &'a str>) -> String {
    let mut words = words.to_owned();
    let Some(problems) = words.find("\"problems\":{") else { return words };
    for key in keys {
        // Within the problems' object: up to its closing brace outside a string.
        let (mut in_string, mut escaped) = (false, false);
        let end = words[problems..]
            .char_indices()
            .find_map(|(i, c)| {
                let closes = c == '}' && !in_string;
                if in_string {
                    in_string = c != '"' || escaped;
                    escaped = c == '\\' && !escaped;
                } else {
                    in_string = c == '"';
                }
                closes.then_some(problems + i)
            })
            .unwrap_or(words.len());
        let field = ["\"", key, "\":\""].concat();
        let Some(at) = words[problems..end].find(&field).map(|i| problems + i) else { continue };
        // The value ends at the first quote no backslash escapes.
        let mut escaped = false;
        let Some(len) = words[at + field.len()..].char_indices().find_map(|(i, c)| {
            let end = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            end.then_some(i + 1)
        }) else {
            continue;
        };
        let mut range = at..at + field.len() + len;
        if words[range.end..].starts_with(',') {
            range.end += 1;
        } else if words[..range.start].ends_with(',') {
            range.start -= 1;
        }
        words.replace_range(range, "");
    }
    words
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
