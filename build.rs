//! The widget's styles without comments and runs of white space, and the English
//! words without the white space between their JSON's tokens: what the wasm build
//! carries (a few hundred bytes less for every reader). The sources stay readable in
//! `src/widget.css` and `src/i18n/en.json`.

#[path = "src/minify.rs"]
mod minify;

#[path = "src/i18n/importer_words.rs"]
mod importer_words;

fn main() {
    println!("cargo:rerun-if-changed=src/widget.css");
    println!("cargo:rerun-if-changed=src/i18n/en.json");
    println!("cargo:rerun-if-changed=src/i18n/importer_words.rs");
    let css = std::fs::read_to_string("src/widget.css").expect("src/widget.css");
    let mut out = String::with_capacity(css.len());
    let mut rest = css.as_str();
    // Comments out (none of the styles' strings holds "/*").
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    // White space folded to one space; none needed around braces and semicolons.
    let mut min = String::with_capacity(out.len());
    for word in out.split_whitespace() {
        let glue = !min.is_empty() && !min.ends_with(['{', '}', ';']) && !word.starts_with(['{', '}']);
        if glue {
            min.push(' ');
        }
        min.push_str(word);
    }
    // No space after a colon or a comma, or before `!important`; no `;` before `}`.
    // (The styles' strings — `content: "//"`, the font names — hold neither `: ` nor `, `.)
    // A fraction's leading zero goes too (`.8em`): none of the strings holds `:0.`, `,0.`, ` 0.` or `(0.`.
    let min = min.replace(": ", ":").replace(", ", ",").replace(" !important", "!important").replace(";}", "}");
    let min = min.replace(":0.", ":.").replace(",0.", ",.").replace(" 0.", " .").replace("(0.", "(.");
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("widget.min.css"), min).expect("widget.min.css");
    let words = std::fs::read_to_string("src/i18n/en.json").expect("src/i18n/en.json");
    let mut words = minify::compact_json(&words);
    if std::env::var_os("CARGO_FEATURE_IMPORTERS").is_none() {
        words = minify::without_problems(&words, importer_words::IMPORTER_PROBLEMS.iter().map(|(key, _)| *key));
    }
    std::fs::write(std::path::Path::new(&dir).join("en.min.json"), words).expect("en.min.json");
}
