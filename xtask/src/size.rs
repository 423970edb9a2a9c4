//! The size of the code a reader downloads for the script-tag embed — wasm (with the
//! styles and strings compiled in, no dataset), the wasm glue and the embed script —
//! gzip-compressed, part by part, against a budget; the bundled timeline's data file,
//! fetched beside it, is reported apart. Sizes are deterministic,
//! so unlike timings they are checked by the test command.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

/// The enforced budget, in bytes of gzip. It guards against growth; the project's
/// target is 50 KB (see docs/performance.md for where the size goes and what each lever
/// bought). Lowered from 123 to 106 KB when the import names were shortened, serde
/// left, the languages beyond English became files fetched beside the module, and the
/// panic code was cut; to 105 KB when the glue and the embed script were minified; to
/// 104.5 KB when a language file's reader lost its early return per text; back to 105 KB
/// for the gestures anchored under the pointer and the tab stop that follows the track
/// (the panic locations blanked and the styles minified further paid for the rest); to
/// 102 KB when `core::fmt` left the first module (`shrink::snip_formatting`); to
/// 101.75 KB when the `producers` and `target_features` sections were left out; to
/// 96.25 KB when the standard library was built with the widget (`own_std` in
/// main.rs), with a timeline's description and the new problem wordings in it; to
/// 95.25 KB when two of the standard library's string searchers left the first module,
/// and kept there when a card's date wider than the card was put on two lines between
/// its parts (+0.6) and round BCE years marked the axis: the tiers' colours written once
/// in the styles and the English of the problems only the importers report left blank
/// in the first module paid for them (-0.6); to 95.1 KB when the standard library's
/// `join` left the first module (-0.6), with the axis chosen in two layouts and a card's
/// times left to the details past two lines (+0.4) paid from it; to 95.2 KB for the era
/// words on an axis that crosses year 1 (+0.1), and kept there when a spreadsheet's day
/// numbers got their warning and a timeline without a title its word in the reader's
/// language, paid for by the importers' error no longer naming the format and a link
/// trimmed by bytes; to 94.75 KB when the problems only the importers report left the
/// first module (their kinds, wordings and names built only with the importers, their
/// English left out rather than blank: -0.5), with a spreadsheet's day that could be
/// read either way named with both readings paid from it; to 94.87 KB when the axis
/// stopped marking hours over days whose events have no times (+0.14: those marks
/// placed the events at times the data does not give), the styles' duplicate rules
/// written once paying for the rest of that round; kept there when the track's scroller
/// stopped widening the page in a flex row, a float or a table cell (`contain:
/// inline-size`, +12), a span across year 1 said both eras and a cluster of whole
/// months or years said them so, paid for by wasm-opt run to convergence and once more
/// after the names are shortened (-89); to 94.91 KB when the first module learned to hand
/// a list of events written without the native format's ids and kinds to the importers
/// (+35), rather than leave out every event of it; to 95.05 KB when the embed script
/// learned to read a Google Sheet's own address as its published CSV (+143), as the
/// studio does, instead of failing on the sheet's page; to 95.08 KB when a widened day
/// just after a year's tick got its own mark on the story axis (+28); to 95.15 KB when
/// the word "today" at the track's end went before its line instead of past the
/// widget's edge (+66); to 95.17 KB when events of no known kind (most of another
/// tool's) stopped being labelled "Event" one by one (+19); to 95.18 KB when a stretch
/// of days starting on 1 January was marked by its year, not "1 Jan" (+15).
pub const BUDGET: usize = 95 * 1024 + 180;

/// The budget of a build with the prebuilt standard library, where rustup could not add
/// its source: the same code, ~6 KB larger.
pub const BUDGET_PREBUILT_STD: usize = 101 * 1024;

/// gzip -9 size of `bytes` (the system's gzip, as servers use).
fn gzip_size(bytes: &[u8]) -> Result<usize, String> {
    let mut child =
        Command::new("gzip").args(["-9", "-c"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().map_err(|e| format!("gzip: {e}"))?;
    child.stdin.take().ok_or("gzip: no stdin")?.write_all(bytes).map_err(|e| format!("gzip: {e}"))?;
    let out = child.wait_with_output().map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len())
}

pub fn check(root: &Path, own_std: bool) -> Result<(), String> {
    let budget = if own_std { BUDGET } else { BUDGET_PREBUILT_STD };
    let parts = [
        ("widget (wasm, with styles and strings)", "www/pkg-core/relationship_timeline_bg.wasm"),
        ("wasm glue", "www/pkg-core/relationship_timeline.js"),
    ];
    let mut total = 0;
    println!("payload of the script-tag embed (gzip -9):");
    for (name, file) in parts {
        let bytes = std::fs::read(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        let size = gzip_size(&bytes)?;
        total += size;
        println!("  {:>8.1} KB  {name}  ({:.1} KB raw)", size as f64 / 1024.0, bytes.len() as f64 / 1024.0);
    }
    // The embed script as the CDN build ships it (minified).
    let source = std::fs::read_to_string(root.join("www/relationship-timeline.js")).map_err(|e| format!("embed script: {e}"))?;
    let shipped = crate::shrink::minify(root, &source)?;
    let size = gzip_size(shipped.as_bytes())?;
    total += size;
    println!("  {:>8.1} KB  embed script, as dist/ ships it  ({:.1} KB raw)", size as f64 / 1024.0, shipped.len() as f64 / 1024.0);
    let how = if own_std { "" } else { " (built with the prebuilt standard library)" };
    println!("  {:>8.1} KB  total; budget {:.2} KB{how}", total as f64 / 1024.0, budget as f64 / 1024.0);
    let data = std::fs::read(root.join("www/data/vietnam-singapore.json")).map_err(|e| format!("bundled data: {e}"))?;
    println!(
        "  ({:.1} KB of data beside it, fetched in parallel: the bundled Vietnam – Singapore timeline)",
        gzip_size(&data)? as f64 / 1024.0
    );
    let mut words = Vec::new();
    for code in crate::dist::LANGUAGE_FILES {
        let bytes = std::fs::read(root.join("www/lang").join(format!("{code}.json"))).map_err(|e| format!("language {code}: {e}"))?;
        words.push(format!("{code} {:.1}", gzip_size(&bytes)? as f64 / 1024.0));
    }
    println!("  (KB of words beside it, fetched only for a reader in that language: {}; English is in the wasm)", words.join(", "));
    // Not part of the embed's payload: loaded only for CSV, TimelineJS, vis-timeline data or a sheet's rows as JSON.
    let mut importers = 0;
    for file in ["www/pkg/relationship_timeline_bg.wasm", "www/pkg/relationship_timeline.js"] {
        importers += gzip_size(&std::fs::read(root.join(file)).map_err(|e| format!("{file}: {e}"))?)?;
    }
    println!(
        "  ({:.1} KB more, only for CSV, TimelineJS, vis-timeline data or a sheet's rows as JSON: the module with the importers)",
        importers as f64 / 1024.0
    );
    if total > budget {
        return Err(format!("the embed is {total} bytes gzip, over the budget of {budget}{how}"));
    }
    Ok(())
}
