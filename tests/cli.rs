//! The command-line tool as an editor uses it: a real process, real files.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_relationship-timeline");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/vietnam-singapore.json");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn temp_file(name: &str, contents: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("rt-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn validate_accepts_the_bundled_dataset() {
    let (code, out, err) = run(&["validate", DATA]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid"), "{out}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn validate_names_file_line_and_column_of_each_problem() {
    let original = std::fs::read_to_string(DATA).unwrap();
    let broken = original.replacen("\"date\": \"2013\"", "\"date\": \"2013-02-30\"", 1).replacen("\"tier\": \"strategic\"", "\"tier\": \"alliance\"", 1);
    assert_ne!(broken, original);
    let file = temp_file("broken.json", broken.as_bytes());
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(lines.len(), 2, "{err}");
    let date_line = broken.lines().position(|l| l.contains("2013-02-30")).unwrap() + 1;
    let col = broken.lines().nth(date_line - 1).unwrap().find("\"2013-02-30\"").unwrap() + 1;
    assert!(lines[0].starts_with(&format!("{file}:{date_line}:{col}: error: ")), "{}", lines[0]);
    assert!(lines[0].contains("2013-02-30"));
    let tier_line = broken.lines().position(|l| l.contains("\"alliance\"")).unwrap() + 1;
    assert!(lines[1].starts_with(&format!("{file}:{tier_line}:")), "{}", lines[1]);
}

#[test]
fn list_prints_every_event_in_date_order_with_spans() {
    let (code, out, _) = run(&["list", DATA]);
    assert_eq!(code, 0);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    let events = relationship_timeline::parse::parse(&std::fs::read_to_string(DATA).unwrap()).timeline.events;
    assert_eq!(rows.len(), events.len());
    assert!(rows.iter().all(|r| r.len() == 3));
    assert_eq!(rows[0], ["1973", "1973-diplomatic-relations", "Diplomatic relations established"]);
    assert!(rows.iter().any(|r| r[0] == "2025-03-11/2025-03-13"));
    assert!(rows.iter().any(|r| r[0] == "2024-10"));
    let starts: Vec<String> = rows.iter().map(|r| r[0].split('/').next().unwrap().to_owned()).collect();
    let days: Vec<i64> = starts.iter().map(|s| relationship_timeline::date::Date::parse(s).unwrap().first_day()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "not in date order: {starts:?}");
}

#[test]
fn unreadable_files_and_bad_usage_exit_2() {
    assert_eq!(run(&["validate", "/nonexistent/file.json"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(run(&[]).0, 2);
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("validate FILE"));
}

#[test]
fn invalid_utf8_is_located() {
    let mut bytes = br#"{"format": "relationship-timeline/1", "id": "x",
 "title": "T", "events": [{"id": "a", "date": "2020", "kind": "visit", "title": "A"#.to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(br#""}]}"#);
    let file = temp_file("bad-utf8.json", &bytes);
    let (code, out, err) = run(&["list", &file]);
    assert_eq!(code, 1);
    assert!(err.starts_with(&format!("{file}:2:")), "{err}");
    assert!(out.contains("\ta\t"), "the event is still listed: {out}");
}
