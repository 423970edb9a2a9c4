//! Reading timelines in the formats editors bring: the native JSON format, TimelineJS3
//! JSON, and spreadsheets saved as CSV. [`parse_any`] tells them apart.

pub mod csv;
pub mod html;
pub mod timelinejs;

use crate::json;
use crate::parse::{self, Parsed, MAX_INPUT_BYTES};
use crate::problem::{Problem, ProblemKind};

/// The formats a timeline can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Native,
    TimelineJs,
    Csv,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "relationship-timeline JSON",
            Format::TimelineJs => "TimelineJS JSON",
            Format::Csv => "CSV",
        }
    }
}

/// Which format `text` is in: JSON that looks like TimelineJS, other JSON (native), or
/// anything else (CSV).
pub fn detect(text: &str) -> Format {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if !(start.starts_with('{') || start.starts_with('[')) {
        return Format::Csv;
    }
    match json::read(text).0 {
        Some(root) if timelinejs::looks_like(&root) => Format::TimelineJs,
        _ => Format::Native,
    }
}

/// Reads a timeline in any supported format; `name` titles a spreadsheet, which has no
/// place for a title of its own.
pub fn parse_named(text: &str, name: &str) -> (Parsed, Format) {
    if text.len() > MAX_INPUT_BYTES {
        let problem = Problem::error(
            "",
            json::Pos { line: 1, col: 1 },
            ProblemKind::InputTooLarge { bytes: text.len(), limit: MAX_INPUT_BYTES },
        );
        return (Parsed { problems: vec![problem], ..Parsed::default() }, Format::Native);
    }
    match detect(text) {
        Format::Csv => (csv::import(text, name), Format::Csv),
        Format::Native => (parse::parse(text), Format::Native),
        Format::TimelineJs => {
            let (root, syntax) = json::read(text);
            let mut problems = Vec::new();
            if let Some(e) = syntax {
                problems.push(Problem::error("", e.pos, ProblemKind::Syntax(e.error)));
            }
            match root {
                Some(root) => (timelinejs::import(&root, problems), Format::TimelineJs),
                None => (Parsed { problems, ..Parsed::default() }, Format::TimelineJs),
            }
        }
    }
}

/// Reads a timeline in any supported format.
pub fn parse_any(text: &str) -> (Parsed, Format) {
    parse_named(text, "Timeline")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(detect(crate::bundled::VIETNAM_SINGAPORE), Format::Native);
        assert_eq!(detect(include_str!("../../www/data/timelinejs-history.json")), Format::TimelineJs);
        assert_eq!(detect(include_str!("../../www/data/spreadsheet.csv")), Format::Csv);
        assert_eq!(detect("\u{feff}  {\"events\": []}"), Format::Native);
        assert_eq!(detect("{not json"), Format::Native, "broken JSON is reported as JSON, not read as CSV");
    }
}
