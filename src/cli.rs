//! The `relationship-timeline` command: check and list timeline files.
//!
//! Each command is a function from arguments and file contents to output and an exit
//! code, so it is tested without spawning a process; `main.rs` only wires it to the
//! real file system and streams.
//!
//! Exit codes: 0 success; 1 the data has errors (what is valid is still printed);
//! 2 usage error or unreadable file.

use crate::i18n::Lang;
use crate::import::{self, Format};
use crate::parse::Parsed;
use crate::problem::Problem;

/// The JSON Schema of the native format, for editors' autocompletion.
pub const SCHEMA: &str = include_str!("../docs/relationship-timeline.schema.json");

/// What a command printed and how it ended.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub const USAGE: &str = "\
usage: relationship-timeline <command> [arguments]

commands:
  list FILE                  one line per event in date order: DATE<TAB>ID<TAB>English title
  validate FILE              check FILE; print FILE:LINE:COL: problems; exit 1 on errors
  convert FILE --to json     a TimelineJS, vis-timeline or CSV file (or a native one) as native JSON
  render FILE [--lang L]     the whole timeline as a static HTML fragment (no JavaScript)
  schema                     the JSON Schema of the native format
  extract ARTICLE... [--lang vi|en] [--year YYYY]
                             a draft timeline from plain-text news articles, as native JSON
  help                       show this text

FILE may be native JSON, TimelineJS JSON, vis-timeline items or CSV; the format is
detected. L is a
language of the widget: vi, en, zh-Hans, ms or ta.

exit codes: 0 ok, 1 the data has errors, 2 usage or file error
";

/// Runs the command in `args` (without the program name); `read` loads a file's bytes.
pub fn run(args: &[String], read: &dyn Fn(&str) -> std::io::Result<Input>) -> Outcome {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["list", file] => with_file(file, read, list),
        ["validate", file] => with_file(file, read, validate),
        ["convert", file, "--to", "json"] | ["convert", "--to", "json", file] => with_file(file, read, convert),
        ["convert", _, "--to", other] | ["convert", "--to", other, _] => {
            Outcome { code: 2, stdout: String::new(), stderr: format!("convert: unknown target format \"{other}\" (only json)\n") }
        }
        ["render", file] => with_file(file, read, |f, p, _| render(f, p, Lang::Vi)),
        ["render", file, "--lang", lang] | ["render", "--lang", lang, file] => match Lang::from_tag(lang) {
            Some(l) => with_file(file, read, move |f, p, _| render(f, p, l)),
            None => Outcome {
                code: 2,
                stdout: String::new(),
                stderr: format!("render: unknown language \"{lang}\" (vi, en, zh-Hans, ms or ta)\n"),
            },
        },
        ["schema"] => Outcome { code: 0, stdout: SCHEMA.to_owned(), stderr: String::new() },
        ["extract", rest @ ..] if !rest.is_empty() => extract(rest, read),
        ["help" | "--help" | "-h"] => Outcome { code: 0, stdout: USAGE.to_owned(), stderr: String::new() },
        ["--version" | "-V"] => {
            Outcome { code: 0, stdout: format!("relationship-timeline {}\n", env!("CARGO_PKG_VERSION")), stderr: String::new() }
        }
        _ => Outcome { code: 2, stdout: String::new(), stderr: USAGE.to_owned() },
    }
}

/// A file as read: its first bytes (at most one more than the input limit, so a huge
/// file or an endless device is never read whole) and its size.
pub struct Input {
    pub bytes: Vec<u8>,
    /// The whole file's size: its length when the system knows it, else what was read.
    pub size: u64,
}

/// Reads at most [`MAX_INPUT_BYTES`](crate::parse::MAX_INPUT_BYTES) + 1 bytes of `path`.
pub fn read_bounded(path: &str) -> std::io::Result<Input> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let known = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut bytes = Vec::new();
    file.take(crate::parse::MAX_INPUT_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(Input { size: known.max(bytes.len() as u64), bytes })
}

fn with_file(file: &str, read: &dyn Fn(&str) -> std::io::Result<Input>, command: impl Fn(&str, &Parsed, Format) -> Outcome) -> Outcome {
    let input = match read(file) {
        Ok(input) => input,
        Err(e) => return Outcome { code: 2, stdout: String::new(), stderr: format!("{}: cannot read: {e}\n", terminal_safe(file)) },
    };
    if input.bytes.len() > crate::parse::MAX_INPUT_BYTES {
        let parsed = crate::parse::too_large(usize::try_from(input.size).unwrap_or(usize::MAX));
        return command(file, &parsed, Format::Native);
    }
    let (text, encoding) = import::csv::decode(&input.bytes);
    // A spreadsheet has no title of its own: it takes the file's name.
    let name = std::path::Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or("timeline");
    let (mut parsed, format) = import::parse_named(&text, name);
    // A workbook is not text at all: its own problem says so, and what to do.
    if let Some(problem) = encoding.filter(|_| !import::csv::is_workbook(&parsed.problems)) {
        parsed.problems.insert(0, problem);
    }
    command(file, &parsed, format)
}

/// `FILE:LINE:COL: error: message (path)` — the form editors and CI annotate.
pub fn problem_line(file: &str, p: &Problem, lang: Lang) -> String {
    // The very line the widget's notice lists, with the file in front.
    terminal_safe(&format!("{file}:{}", crate::phrase::problem_line(p, lang.strings())))
}

/// Text that cannot steer a terminal: control characters (C0, DEL, C1) and the
/// characters that reorder text (bidi embeddings, overrides, isolates and marks) are
/// shown as `\u{…}`, so data can neither hide lines nor disguise them.
pub fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if c.is_control() || bidi {
            out.push_str("\\u{");
            out.push_str(&format!("{:x}", c as u32));
            out.push('}');
        } else {
            out.push(c);
        }
    }
    out
}

fn problems_text(file: &str, parsed: &Parsed) -> String {
    let mut out = String::new();
    for p in &parsed.problems {
        out.push_str(&problem_line(file, p, Lang::En));
        out.push('\n');
    }
    out
}

fn code(parsed: &Parsed) -> i32 {
    if parsed.is_valid() {
        0
    } else {
        1
    }
}

fn list(file: &str, parsed: &Parsed, _: Format) -> Outcome {
    let mut stdout = String::new();
    for e in &parsed.timeline.events {
        stdout.push_str(&e.date.iso());
        if let Some(end) = &e.end {
            stdout.push('/');
            stdout.push_str(&end.iso());
        }
        stdout.push('\t');
        stdout.push_str(&terminal_safe(&e.id));
        stdout.push('\t');
        // One line per event, whatever the title holds.
        stdout.push_str(&terminal_safe(e.title.get("en")));
        stdout.push('\n');
    }
    Outcome { code: code(parsed), stdout, stderr: problems_text(file, parsed) }
}

fn validate(file: &str, parsed: &Parsed, format: Format) -> Outcome {
    let errors = parsed.errors().count();
    let warnings = parsed.problems.len() - errors;
    let stdout = if errors == 0 {
        format!("{file}: valid {}: {}, {}\n", format.name(), count(parsed.timeline.events.len(), "event"), count(warnings, "warning"))
    } else {
        String::new()
    };
    let mut stderr = problems_text(file, parsed);
    if errors > 0 {
        // In the numbers the widget's notice gives, the errors counted once, first.
        let shown = parsed.timeline.events.len();
        let outcome = Lang::En.strings().outcome(shown, parsed.given.max(shown), 0, warnings);
        stderr.push_str(&format!("{file}: {}; {outcome}\n", count(errors, "error")));
    }
    Outcome { code: code(parsed), stdout, stderr }
}

/// The timeline in the native format on stdout; problems on stderr. What could not be
/// read is reported and left out, so the exit code says whether anything was.
fn convert(file: &str, parsed: &Parsed, _: Format) -> Outcome {
    Outcome { code: code(parsed), stdout: crate::write::to_json(&parsed.timeline), stderr: problems_text(file, parsed) }
}

fn render(file: &str, parsed: &Parsed, lang: Lang) -> Outcome {
    Outcome { code: code(parsed), stdout: crate::fragment::render(&parsed.timeline, lang), stderr: problems_text(file, parsed) }
}

fn extract(args: &[&str], read: &dyn Fn(&str) -> std::io::Result<Input>) -> Outcome {
    use crate::extract::{self, lexicon::Language, Article, Options};
    let usage = |why: String| Outcome { code: 2, stdout: String::new(), stderr: format!("extract: {why}\n{USAGE}") };
    let mut opts = Options::default();
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--lang" => match args.next().and_then(|l| Language::from_code(l)) {
                Some(l) => opts.lang = Some(l),
                None => return usage("--lang takes vi or en".into()),
            },
            "--year" => match args.next().and_then(|y| y.parse::<i32>().ok()).filter(|y| (1000..=2999).contains(y)) {
                Some(y) => opts.year = Some(y),
                None => return usage("--year takes a four-digit year".into()),
            },
            flag if flag.starts_with("--") => return usage(format!("unknown option {flag}")),
            file => files.push(file),
        }
    }
    if files.is_empty() {
        return usage("no article given".into());
    }
    let mut articles = Vec::new();
    for file in files {
        let bytes = match read(file) {
            Ok(input) => input.bytes,
            Err(e) => return Outcome { code: 2, stdout: String::new(), stderr: format!("{file}: cannot read: {e}\n") },
        };
        let name = std::path::Path::new(file).file_name().and_then(|n| n.to_str()).unwrap_or(file).to_owned();
        articles.push(Article { name, text: String::from_utf8_lossy(&bytes).into_owned() });
    }
    let draft = extract::extract(&articles, &opts);
    let stderr = format!("extract: {} from {}\n", count(draft.timeline.events.len(), "event"), count(articles.len(), "article"));
    Outcome { code: 0, stdout: extract::to_json(&draft), stderr }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
