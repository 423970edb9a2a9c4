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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_goes_between_tokens_and_stays_in_strings() {
        assert_eq!(compact_json("{\n  \"a b\": [1, 2],\n  \"c\": \"x \\\" y\"\n}\n"), "{\"a b\":[1,2],\"c\":\"x \\\" y\"}");
    }
}
