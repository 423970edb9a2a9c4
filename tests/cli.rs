//! The command-line tool as an editor uses it: a real process, real files.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_relationship-timeline");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/vietnam-singapore.json");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// `convert FILE --to json`, which must succeed: the JSON, and what it said on stderr.
fn to_json(file: &str) -> (String, String) {
    let (code, json, err) = run(&["convert", file, "--to", "json"]);
    assert_eq!(code, 0, "{err}");
    (json, err)
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
    let broken = original.replacen("\"date\": \"2013\"", "\"date\": \"2013-02-30\"", 1).replacen(
        "\"tier\": \"strategic\"",
        "\"tier\": \"alliance\"",
        1,
    );
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
 "title": "T", "events": [{"id": "a", "date": "2020", "kind": "visit", "title": "A"#
        .to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(br#""}]}"#);
    let file = temp_file("bad-utf8.json", &bytes);
    let (code, out, err) = run(&["list", &file]);
    assert_eq!(code, 1);
    assert!(err.starts_with(&format!("{file}:2:")), "{err}");
    assert!(out.contains("\ta\t"), "the event is still listed: {out}");
}

const TIMELINEJS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/timelinejs-history.json");
const SPREADSHEET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/spreadsheet.csv");

#[test]
fn convert_turns_timelinejs_and_csv_into_valid_native_json() {
    for (file, events) in [(TIMELINEJS, 6), (SPREADSHEET, 6), (DATA, 21)] {
        let (code, out, err) = run(&["convert", file, "--to", "json"]);
        assert_eq!(code, 0, "{file}: {err}");
        let parsed = relationship_timeline::parse::parse(&out);
        assert!(parsed.is_valid(), "{file}: {:?}", parsed.problems);
        assert_eq!(parsed.timeline.events.len(), events, "{file}");
        // The converted file validates as native JSON.
        let native = temp_file("converted.json", out.as_bytes());
        let (code, out, _) = run(&["validate", &native]);
        assert_eq!(code, 0);
        assert!(out.contains("valid relationship-timeline JSON"), "{out}");
    }
    assert_eq!(run(&["convert", DATA, "--to", "yaml"]).0, 2);
}

#[test]
fn validate_names_the_row_and_the_problem_in_a_broken_spreadsheet() {
    let csv = "id,date,title_en,title_vi\nok,2020,Fine,Ổn\nbad,2020-13-01,Month 13,Tháng 13\nlong,2021,a,b,c\nshort,2022,Short\n";
    let file = temp_file("broken.csv", csv.as_bytes());
    let (code, out, err) = run(&["validate", &file]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with(&format!("{file}:3:5: error: invalid date \"2020-13-01\"")), "{}", lines[0]);
    assert!(lines[0].ends_with("(row 3, date)"));
    assert!(
        lines[1].starts_with(&format!("{file}:4:")) && lines[1].contains("5 cells but the header has 4") && lines[1].ends_with("(row 4)")
    );
    assert!(lines[2].contains("warning") && lines[2].ends_with("(row 5)"));
    let (_, listed, _) = run(&["list", &file]);
    assert_eq!(listed.lines().count(), 2, "the good and the short rows are kept: {listed}");
}

#[test]
fn validate_names_broken_timelinejs_events() {
    let text = std::fs::read_to_string(TIMELINEJS).unwrap().replacen("\"year\": 1889", "\"year\": \"eighteen\"", 1);
    let file = temp_file("broken-timelinejs.json", text.as_bytes());
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 1);
    let line = text.lines().position(|l| l.contains("eighteen")).unwrap() + 1;
    assert!(err.lines().any(|l| l.starts_with(&format!("{file}:{line}:")) && l.ends_with("(events[5].start_date.year)")), "{err}");
}

#[test]
fn render_writes_every_event_with_its_date_and_sources() {
    let (code, html, _) = run(&["render", DATA, "--lang", "vi"]);
    assert_eq!(code, 0);
    let t = relationship_timeline::parse::parse(&std::fs::read_to_string(DATA).unwrap()).timeline;
    assert!(html.starts_with("<section class=\"relationship-timeline-static\""));
    assert_eq!(html.matches("<li id=").count(), t.events.len());
    for e in &t.events {
        assert!(html.contains(&format!("<time datetime=\"{}\">", e.date.iso())), "{}", e.id);
        assert!(html.contains(&e.citations[0].quote), "{}", e.id);
    }
    assert!(html.contains("lang=\"vi\""));
    let (_, english, _) = run(&["render", DATA, "--lang", "en"]);
    assert!(english.contains("Diplomatic relations established"));
    assert_eq!(run(&["render", DATA, "--lang", "fr"]).0, 2);
}

#[test]
fn schema_describes_every_field_the_reader_accepts() {
    let (code, schema, _) = run(&["schema"]);
    assert_eq!(code, 0);
    let (root, err) = relationship_timeline::json::read(&schema);
    assert!(err.is_none());
    let root = root.unwrap();
    let names = |node: &relationship_timeline::json::Node| -> Vec<String> {
        let mut n: Vec<String> = node.members().unwrap().iter().map(|(k, _)| k.name.to_string()).collect();
        n.sort();
        n
    };
    let mut top: Vec<String> = relationship_timeline::parse::TOP_FIELDS.iter().map(|s| s.to_string()).collect();
    top.sort();
    assert_eq!(names(root.get("properties").unwrap()), top);
    let event = root.get("properties").unwrap().get("events").unwrap().get("items").unwrap().get("properties").unwrap();
    let mut fields: Vec<String> = relationship_timeline::parse::EVENT_FIELDS.iter().map(|s| s.to_string()).collect();
    fields.sort();
    assert_eq!(names(event), fields);
    let kinds = event.get("kind").unwrap().get("enum").unwrap().as_array().unwrap();
    assert_eq!(kinds.len(), relationship_timeline::model::Kind::ALL.len());
}

#[test]
fn a_sheets_plain_column_beside_its_per_language_ones_converts_to_a_text_that_validates_clean() {
    let csv = "date,title,title_vi,source,quote\n2025-03-12,Talks,Hội đàm,s,q\n";
    let file = temp_file("mixed.csv", csv.as_bytes());
    let (out, _) = to_json(&file);
    assert!(out.contains(r#""": "Talks""#), "the plain column is the text for every other language: {out}");
    let native = temp_file("mixed.json", out.as_bytes());
    let (code, _, err) = run(&["validate", &native]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("language tag"), "{err}");
    let t = relationship_timeline::parse::parse(&out).timeline;
    assert_eq!((t.events[0].title.get("vi"), t.events[0].title.get("en"), t.events[0].title.get("ta")), ("Hội đàm", "Talks", "Talks"));
    // A key that is no language tag is still named.
    let odd = temp_file("odd.json", br#"{"format":"relationship-timeline/1","id":"t","title":{"vi":"T","english":"T"},"events":[{"id":"e","date":"2020","kind":"visit","title":"E"}]}"#);
    assert!(run(&["validate", &odd]).2.contains("\"english\" is not a language tag"));
}

#[test]
fn parties_and_directions_survive_csv_and_convert() {
    let csv = "date,title,kind,by,to\n2025-03-11,State visit,visit,Vietnam,Singapore\n2025-03-26,Return visit,visit,Singapore,Vietnam\n2025-03-12,Joint statement,agreement,Vietnam; Singapore,\n";
    let file = temp_file("parties.csv", csv.as_bytes());
    let (out, _) = to_json(&file);
    let t = relationship_timeline::parse::parse(&out).timeline;
    let names: Vec<&str> = t.parties.iter().map(|p| p.name.get("en")).collect();
    assert_eq!(names, ["Vietnam", "Singapore"]);
    let by_id = |id: &str| t.events.iter().find(|e| e.title.get("en") == id).unwrap();
    assert_eq!((by_id("State visit").by.as_slice(), by_id("State visit").to), (&[0][..], Some(1)));
    assert_eq!((by_id("Return visit").by.as_slice(), by_id("Return visit").to), (&[1][..], Some(0)));
    assert_eq!((by_id("Joint statement").by.as_slice(), by_id("Joint statement").to), (&[0, 1][..], None));
    // The bundled data keeps its directions through convert, and a party that does
    // not exist is named.
    let (_, out, _) = run(&["convert", DATA, "--to", "json"]);
    let again = relationship_timeline::parse::parse(&out).timeline;
    let original = relationship_timeline::parse::parse(&std::fs::read_to_string(DATA).unwrap()).timeline;
    for (a, b) in again.events.iter().zip(&original.events) {
        assert_eq!((&a.by, a.to), (&b.by, b.to), "{}", a.id);
    }
    let bad = temp_file("bad-party.json", br#"{"format":"relationship-timeline/1","id":"t","title":"T","parties":[{"id":"a","name":"A"}],"events":[{"id":"e","date":"2020","kind":"visit","title":"E","by":"a","to":"zz"}]}"#);
    let (code, out, err) = run(&["validate", &bad]);
    assert_eq!(code, 1);
    let said = out + &err;
    assert!(said.contains("events[0].to") && said.contains("zz"), "{said}");
}

#[test]
fn terminal_controls_in_the_data_are_shown_not_obeyed() {
    // A title and an unknown field that would clear the screen, hide the summary and
    // reorder text, and a link that starts with an ideographic space.
    let file = temp_file(
        "escapes.json",
        "{\"format\":\"relationship-timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{\"id\":\"a\",\"date\":\"2020\",\"kind\":\"visit\",\"title\":\"A\\u001b[2J\\u0000\\u0008\\u007f\\u202e\",\"x\\u001b[8m\":1,\"media\":{\"url\":\"\\u3000https://x.test\"}}]}".as_bytes(),
    );
    for command in ["validate", "list", "render", "convert"] {
        let mut args = vec![command, file.as_str()];
        if command == "convert" {
            args.extend(["--to", "json"]);
        }
        let (_, out, err) = run(&args);
        let shown = if command == "list" { out.clone() + &err } else { err.clone() };
        for c in ['\u{1b}', '\u{0}', '\u{8}', '\u{7f}', '\u{202e}'] {
            assert!(!shown.contains(c), "{command}: {c:?} reached the terminal: {shown:?}");
        }
        assert!(err.contains("\\u{1b}[8m"), "{command}: the unknown field is named visibly: {err}");
    }
    // The link with a leading ideographic space is refused, not written as relative.
    let (_, _, err) = run(&["validate", &file]);
    assert!(err.contains("media.url"), "{err}");
}

#[test]
fn a_file_over_the_limit_is_not_read_whole() {
    // A sparse file of 1 GiB reads as nothing but "too large", at once.
    let path = std::env::temp_dir().join(format!("rt-cli-{}-huge.json", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(1 << 30).unwrap();
    let started = std::time::Instant::now();
    let (code, _, err) = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("too large") && err.contains("1073741824"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "read the whole file?");
    std::fs::remove_file(&path).unwrap();
    // An endless device stops at the limit too.
    if std::path::Path::new("/dev/zero").exists() {
        let (code, _, err) = run(&["validate", "/dev/zero"]);
        assert_eq!(code, 1);
        assert!(err.contains("too large"), "{err}");
    }
}

#[test]
fn encodings_lone_surrogates_and_repeated_keys_read_as_json_parse_reads_them() {
    let native = r#"{"format":"relationship-timeline/1","id":"t","title":"T","events":[
{"id":"a","date":"2020","kind":"visit","title":"cut \ud83d","title":"Last wins"},
{"id":"b","date":"2021","kind":"visit","title":"after"}]}"#;
    // UTF-16 with and without a byte-order mark: read, with a warning.
    let mut le = vec![0xFF, 0xFE];
    le.extend(native.encode_utf16().flat_map(u16::to_le_bytes));
    let be: Vec<u8> = native.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (name, bytes) in [("le.json", le), ("be.json", be)] {
        let file = temp_file(name, &bytes);
        let (code, out, err) = run(&["list", &file]);
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(out.lines().count(), 2, "{name}: both events: {out}");
        assert!(err.contains("UTF-16"), "{name}: {err}");
    }
    // The repeated key: the last value, as JSON.parse takes it, and a warning at it.
    let file = temp_file("keys.json", native.as_bytes());
    let (code, out, err) = run(&["list", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Last wins") && !out.contains("cut"), "{out}");
    assert!(err.contains(":2:") && err.contains("\"title\" is given twice"), "{err}");
    // A lone surrogate is U+FFFD with a warning, and every later event is kept.
    let lone = native.replace(r#","title":"Last wins""#, "");
    let file = temp_file("lone.json", lone.as_bytes());
    let (code, out, err) = run(&["list", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("cut \u{fffd}") && out.contains("after"), "{out}");
    assert!(err.contains("lone surrogate"), "{err}");
    // Invalid UTF-8: replaced and reported as an error where it first occurs.
    let mut bad = native.as_bytes().to_vec();
    let at = native.find("after").unwrap();
    bad[at] = 0xFF;
    let file = temp_file("bad.json", &bad);
    let (code, out, err) = run(&["list", &file]);
    assert_eq!(code, 1);
    assert!(out.contains('\u{fffd}') && err.contains("UTF-8"), "{out} {err}");
}

#[test]
fn an_empty_timelinejs_end_date_is_no_end() {
    // As TimelineJS reads them: `{}`, empty fields, "" and null all mean "no end".
    let file = temp_file(
        "empty-ends.json",
        br#"{"title":{"text":{"headline":"Ends"}},"events":[
{"start_date":{"year":2001},"end_date":{},"text":{"headline":"a"}},
{"start_date":{"year":2002},"end_date":{"year":"","month":"","day":""},"text":{"headline":"b"}},
{"start_date":{"year":2003},"end_date":"","text":{"headline":"c"}},
{"start_date":{"year":2004},"end_date":null,"text":{"headline":"d"}},
{"start_date":{"year":2005},"end_date":{"year":2007},"text":{"headline":"e"}}]}"#,
    );
    let (code, out, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("5 events") && err.is_empty(), "{out}{err}");
    let (_, listed, _) = run(&["list", &file]);
    assert_eq!(listed.lines().filter(|l| l.contains('/')).count(), 1, "only the real span has an end: {listed}");
}

const SHEET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/timelinejs-sheet.csv");

#[test]
fn the_timelinejs_spreadsheet_template_imports_like_its_json() {
    // TimelineJS's Google Sheets columns, saved as CSV: a title row, an era row, HTML
    // in Text, a 24-hour and a 12-hour time, a BCE year, and one column of our own.
    let (code, out, err) = run(&["validate", SHEET]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid CSV: 5 events"), "{out}");
    assert!(err.contains("unknown field \"Editor's note\" is ignored (row 1, Editor's note)"), "{err}");
    assert!(err.contains("\"Background\" is not drawn by this timeline; it is left out (row 5, Background)"), "{err}");
    assert!(err.contains("\"Media Thumbnail\" is not drawn"), "{err}");
    assert!(err.contains("\"Media <blockquote>\" is not embedded; the details show a link to it (row 6, Media)"), "{err}");
    assert!(err.contains("\"images/ward3.jpg\" is relative to the page") && err.contains("(row 7, Media)"), "{err}");
    let (_, listed, _) = run(&["list", SHEET]);
    let first: Vec<&str> = listed.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(first, ["-2519", "2024-11-05T19:00", "2024-11-05T20:30", "2024-11-05T21:15/2024-11-05T23:40", "2024-11-06T01:05"]);
    let (_, html, _) = run(&["render", SHEET, "--lang", "en"]);
    assert!(html.contains("Election night in Riverton"), "the title row titles the timeline");
    assert!(html.contains(">2520 BCE<"), "-2520 is shown as TimelineJS shows it");
    assert!(html.contains("5 November 2024, 8:30 PM") && html.contains("5 November 2024, 9:15 PM – 11:40 PM"), "{html}");
    assert!(html.contains("Ballot boxes are sealed."), "HTML in Text becomes text");
    let (_, json, _) = run(&["convert", SHEET, "--to", "json"]);
    assert!(json.contains("\"https://example.org/photos/boxes.jpg\""), "a protocol-relative link is read as https");
    assert!(json.contains("\"https://example.org/post/1\""), "an embed's address is linked");
    // Any letter case, and a sheet broken in one row names the row and column.
    let text = std::fs::read_to_string(SHEET).unwrap();
    let lower = text.replacen("Year,Month,Day,Time", "year,MONTH,day,time", 1).replacen("8:30 PM", "25:30", 1);
    let file = temp_file("sheet-lower.csv", lower.as_bytes());
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 1);
    assert!(err.contains(":6:11: error: invalid date \"2024-11-5 25:30\"") && err.contains("(row 6, Time)"), "{err}");
    let (_, listed, _) = run(&["list", &file]);
    assert_eq!(listed.lines().count(), 4, "the other events are kept: {listed}");
}

#[test]
fn times_of_day_are_read_in_every_format_listed_and_converted_back() {
    let native = temp_file(
        "times.json",
        br#"{"format": "relationship-timeline/1", "id": "night", "title": {"en": "Night"}, "events": [
{"id": "c", "date": "2024-11-05T21:15:30+07:00", "end": "2024-11-05T23:40+07:00", "kind": "other", "title": {"en": "Recount"}},
{"id": "a", "date": "2024-11-05T19:00+07:00", "kind": "other", "title": {"en": "Polls close"}},
{"id": "b", "date": "2024-11-05T19:00+07:00", "kind": "other", "title": {"en": "Exit poll"}},
{"id": "d", "date": "2024-11-05", "kind": "other", "title": {"en": "Election day"}}]}"#,
    );
    let (code, _, err) = run(&["validate", &native]);
    assert_eq!(code, 0, "{err}");
    let (_, listed, _) = run(&["list", &native]);
    let ids: Vec<&str> = listed.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    assert_eq!(ids, ["d", "a", "b", "c"], "the day first, then by time; one minute keeps the file's order");
    assert!(listed.contains("2024-11-05T21:15:30+07:00/2024-11-05T23:40+07:00"), "{listed}");
    let (_, html, _) = run(&["render", &native, "--lang", "en"]);
    assert!(html.contains("5 November 2024, 9:15:30 PM UTC+7"), "shown in its own offset, as written");
    let (_, html_vi, _) = run(&["render", &native, "--lang", "vi"]);
    assert!(html_vi.contains("5 tháng 11, 2024, 21:15:30 UTC+7"));
    let (code, json, _) = run(&["convert", &native, "--to", "json"]);
    assert_eq!(code, 0);
    let again = relationship_timeline::parse::parse(&json);
    assert_eq!(again.timeline, relationship_timeline::parse::parse(&std::fs::read_to_string(&native).unwrap()).timeline);
    // A mix of offsets is said, not silently converted.
    let mixed = temp_file("mixed.json", std::fs::read_to_string(&native).unwrap().replacen("19:00+07:00", "12:00Z", 1).as_bytes());
    let (code, _, err) = run(&["validate", &mixed]);
    assert_eq!(code, 0);
    assert!(err.contains("different UTC offsets (12:00Z, 19:00+07:00)") && err.contains("not converted"), "{err}");
    // A CSV time column, a date-time cell, and an end before its start within a day.
    let csv = temp_file(
        "times.csv",
        "date,time,end,end_time,title\n2024-11-05,19:00,,,Polls close\n2024-11-05 20:30,,,,First results\n2024-11-05,9:15 PM,2024-11-05,21:00,Backwards\n2024,10:00,,,No day\n".as_bytes(),
    );
    let (code, listed, err) = run(&["list", &csv]);
    assert_eq!(code, 1);
    assert_eq!(listed.lines().map(|l| l.split('\t').next().unwrap()).collect::<Vec<_>>(), ["2024-11-05T19:00", "2024-11-05T20:30"]);
    assert!(err.contains("the end date 2024-11-05T21:00 is before the start date 2024-11-05T21:15 (row 4, end)"), "{err}");
    assert!(err.contains("(row 5, time)"), "{err}");
    // A time written as Vietnamese and French write it, in the time column and before the
    // day; a day either way, in a sheet whose days do not tell the order, names both readings.
    let csv = temp_file("gio.csv", "date,time,title\n13/3/2025,19h30,Tiệc chiêu đãi\nlúc 8h ngày 14/3/2025,,Họp báo\n".as_bytes());
    let (code, listed, err) = run(&["list", &csv]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(listed.lines().map(|l| l.split('\t').next().unwrap()).collect::<Vec<_>>(), ["2025-03-13T19:30", "2025-03-14T08:00"]);
    let csv = temp_file("either.csv", "date,title\n2/4/2025,Không rõ\n2025-05-01,Rõ\n".as_bytes());
    let (code, _, err) = run(&["validate", &csv]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "\"2/4/2025\" could be 2025-04-02 (day first) or 2025-02-04 (month first), and the other days of its column do not tell which"
        ),
        "{err}"
    );
}

#[test]
fn timelinejs_times_to_the_millisecond_keep_their_order_and_say_what_is_shown() {
    // Five events at different milliseconds of one second, given out of order.
    let events: Vec<String> = [400, 100, 300, 0, 200]
        .iter()
        .map(|ms| format!(r#"{{"start_date": {{"year": 2015, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "millisecond": {ms}}}, "text": {{"headline": "ms {ms}"}}}}"#))
        .collect();
    let file =
        temp_file("ms.json", format!(r#"{{"title": {{"text": {{"headline": "Ms"}}}}, "events": [{}]}}"#, events.join(",")).as_bytes());
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("\"millisecond\" is kept for the order of events but not shown").count(), 1, "once, not per event: {err}");
    let (_, listed, _) = run(&["list", &file]);
    let titles: Vec<&str> = listed.lines().map(|l| l.split('\t').nth(2).unwrap()).collect();
    assert_eq!(titles, ["ms 0", "ms 100", "ms 200", "ms 300", "ms 400"]);
    let (_, html, _) = run(&["render", &file, "--lang", "en"]);
    assert_eq!(html.matches("1 January 2015, 12:00:00 AM").count(), 5, "the time shown to the second");
}

#[test]
fn timelinejs_years_are_labelled_as_timelinejs_labels_them() {
    let file = temp_file(
        "bce.json",
        br#"{"title": {"text": {"headline": "Deep time"}}, "events": [
{"start_date": {"year": -2520}, "text": {"headline": "-2520"}},
{"start_date": {"year": -1}, "text": {"headline": "-1"}},
{"start_date": {"year": 0}, "text": {"headline": "0"}},
{"start_date": {"year": 1}, "text": {"headline": "1"}}]}"#,
    );
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 0);
    assert!(err.contains("year 0 (TimelineJS prints \"0\")") && err.contains("read as 1 BCE"), "{err}");
    let (_, html, _) = run(&["render", &file, "--lang", "en"]);
    let labels: Vec<&str> = html.split("<time").skip(1).map(|t| t.split('>').nth(1).unwrap().split('<').next().unwrap()).collect();
    assert_eq!(labels, ["2520 BCE", "1 BCE", "1 BCE", "1"]);
    // Native files number years as ISO 8601 does: -0044 is 45 BCE.
    let (_, converted, _) = run(&["convert", &file, "--to", "json"]);
    assert!(converted.contains("\"-2519\""), "converted to ISO numbering, same label");
}

#[test]
fn older_timelinejs_files_and_date_for_start_date_are_read() {
    let older = temp_file(
        "older.json",
        br#"{"timeline": {"headline": "Old layout", "type": "default", "text": "<p>Intro</p>", "date": [
  {"startDate": "2011,12,12", "endDate": "2011,12,14", "headline": "First", "text": "<p>One</p>", "tag": "Politics",
   "asset": {"media": "https://example.org/a.jpg", "credit": "Desk", "caption": "A"}},
  {"startDate": "2012,1,26,14,30", "headline": "Second", "classname": "special"},
  {"startDate": "not a date", "headline": "Third"}
], "era": [{"startDate": "2011,1,1", "endDate": "2012,12,31", "headline": "Years"}]}}"#,
    );
    let (code, _, err) = run(&["validate", &older]);
    assert_eq!(code, 1);
    assert!(err.contains("TimelineJS's older layout"), "{err}");
    assert!(
        err.contains("invalid date \"not a date\"") && err.contains("(timeline.date[2].startDate.year)"),
        "named as the older file names it: {err}"
    );
    assert!(!err.contains("timeline.text"), "its text describes the timeline: {err}");
    let (_, json, _) = run(&["convert", &older, "--to", "json"]);
    assert!(json.contains("\"description\": \"Intro\""), "{json}");
    assert!(err.contains("unknown field \"classname\" is ignored (timeline.date[1].classname)"), "{err}");
    assert_eq!(err.matches(": error: ").count(), 1, "{err}");
    let (_, listed, _) = run(&["list", &older]);
    assert_eq!(
        listed.lines().collect::<Vec<_>>(),
        ["2011-12-12/2011-12-14\t2011-12-12-first\tFirst", "2012-01-26T14:30\t2012-01-26-second\tSecond"]
    );
    // Six events dated with `date` instead of `start_date`: read, and said once.
    let events: Vec<String> = (0..6).map(|i| format!(r#"{{"date": {{"year": {}}}, "text": {{"headline": "E{i}"}}}}"#, 2000 + i)).collect();
    let file =
        temp_file("date-key.json", format!(r#"{{"title": {{"text": {{"headline": "D"}}}}, "events": [{}]}}"#, events.join(",")).as_bytes());
    let (code, out, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("6 events"), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("\"date\" is read as \"start_date\""), "{err}");
    // None usable is not "no events".
    let broken =
        temp_file("none.json", br#"{"title": {"text": {"headline": "N"}}, "events": [{"start_date": {"year": "x"}}, {"text": {}}]}"#);
    let (_, _, err) = run(&["validate", &broken]);
    assert!(err.contains("none of the 2 events could be shown") && !err.contains("has no events"), "{err}");
}

#[test]
fn json_with_comments_is_read_as_json_and_unclear_files_name_the_candidates() {
    let text = std::fs::read_to_string(TIMELINEJS).unwrap();
    let file = temp_file(
        "comments.json",
        format!("// exported from our CMS\n/* v2 */\n{}", text.replacen("\"eras\"", "// eras\n\"eras\"", 1)).as_bytes(),
    );
    let (code, out, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid TimelineJS JSON: 6 events"), "{out}");
    assert!(err.contains(":1:1: warning: comments (// or /* */) are not part of JSON"), "{err}");
    // A web page saved or fetched for data (a sheet's own page) is named as one.
    let page = temp_file("sheet.csv", b"\n<!DOCTYPE html>\n<html lang=\"en\"><body>Sign in</body></html>\n");
    let (code, _, err) = run(&["validate", &page]);
    assert_eq!(code, 1);
    assert!(err.contains("sheet.csv:2:1: error: this is a web page (HTML), not timeline data"), "{err}");
    // So is a workbook saved as .xlsx and given as is.
    let workbook =
        temp_file("timeline.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01\x00\x00[Content_Types].xml\xec\x9a");
    let (code, _, err) = run(&["validate", &workbook]);
    assert_eq!(code, 1);
    assert!(err.contains("timeline.xlsx:1:1: error: this is a spreadsheet workbook (.xlsx or .ods), not text: save it as CSV"), "{err}");
    assert_eq!(err.lines().count(), 2, "one problem, and the numbers: {err}");
    let unclear = temp_file("unclear.txt", b"Election night\nPolls close at seven\n");
    let (code, _, err) = run(&["validate", &unclear]);
    assert_eq!(code, 1);
    assert!(err.contains("the format is unclear") && err.contains("TimelineJS spreadsheet") && err.contains("JSON"), "{err}");
    assert!(err.ends_with(": 1 error; 0 events\n"), "its lines are not events left out: {err}");
}

#[test]
fn fields_not_drawn_are_each_named_once_with_their_fate() {
    let events: Vec<String> = (0..50)
        .map(|i| format!(r##"{{"start_date": {{"year": {}}}, "background": {{"color": "#123"}}, "media": {{"url": "<iframe src=\"https://example.org/v/{i}\"></iframe>"}}, "text": {{"headline": "E{i}"}}}}"##, 1900 + i))
        .collect();
    let file = temp_file(
        "dropped.json",
        format!(r#"{{"title": {{"text": {{"headline": "T", "text": "Sub"}}, "media": {{"url": "https://example.org/t.jpg"}}}}, "events": [{}]}}"#, events.join(",")).as_bytes(),
    );
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.lines().count(), 3, "one line per field, not per event: {err}");
    assert!(err.contains("\"background\" is not drawn by this timeline; it is left out (events[0].background)"), "{err}");
    assert!(err.contains("\"media.url <iframe>\" is not embedded; the details show a link to it"), "{err}");
    assert!(err.contains("\"title.media\" is not drawn") && !err.contains("title.text.text"), "{err}");
    let (_, json, _) = run(&["convert", &file, "--to", "json"]);
    assert!(json.contains("https://example.org/v/49"), "each embed keeps its own link");
    assert!(json.contains("\"description\": \"Sub\""), "the title slide's text describes the timeline: {json}");
}

const FIVE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/five-languages.json");

#[test]
fn render_writes_every_interface_language_with_fallbacks_and_quotes_marked() {
    for (lang, day, bce) in [
        ("vi", "12 tháng 3, 2025", "2520 TCN"),
        ("en", "12 March 2025", "2520 BCE"),
        ("zh-Hans", "2025年3月12日", "公元前2520年"),
        ("zh-SG", "2025年3月12日", "公元前2520年"),
        ("ms", "12 Mac 2025", "2520 SM"),
        ("ta", "12 மார்ச் 2025", "கி.மு. 2520"),
    ] {
        let (code, html, err) = run(&["render", FIVE, "--lang", lang]);
        assert_eq!(code, 0, "{lang}: {err}");
        assert!(html.contains(&format!(">{day}</time>")) && html.contains(&format!(">{bce}</time>")), "{lang}: {html}");
        // The English-only title is marked as English everywhere but in English.
        assert_eq!(html.contains("<h3 lang=\"en\">A founding legend"), lang != "en", "{lang}");
        assert!(html.contains("<blockquote lang=\"vi\">"), "quotes keep their article's language");
        assert!(!html.contains("<blockquote>"), "no quote without its language");
    }
    assert_eq!(run(&["render", FIVE, "--lang", "fr"]).0, 2);
    // A spreadsheet with columns in any language tag, and its quotes' language.
    let csv = temp_file(
        "langs.csv",
        "date,title_en,title_zh-Hans,title_TA,source,source_lang,quote\n2025,Visit,访问,பயணம்,Straits Times,en,the visit\n2024,Talks,会谈,பேச்சு,Lianhe Zaobao,zh-hans,会谈\n2023,Call,通话,அழைப்பு,,,\n"
            .as_bytes(),
    );
    let (code, _, err) = run(&["validate", &csv]);
    assert_eq!(code, 0, "{err}");
    let (_, html, _) = run(&["render", &csv, "--lang", "ta"]);
    assert!(
        html.contains("பயணம்") && html.contains("<blockquote lang=\"en\">the visit") && html.contains("<blockquote lang=\"zh-Hans\">会谈"),
        "{html}"
    );
    let (_, json, _) = run(&["convert", &csv, "--to", "json"]);
    assert!(json.contains("\"zh-Hans\": \"访问\"") && json.contains("\"ta\": \"பயணம்\""), "{json}");
    // A key that is not a language tag is named.
    let bad = temp_file(
        "bad-tag.json",
        std::fs::read_to_string(FIVE).unwrap().replacen("\"ms\": \"Lima bahasa\"", "\"malay\": \"Lima bahasa\"", 1).as_bytes(),
    );
    let (_, _, err) = run(&["validate", &bad]);
    assert!(err.contains("\"malay\" is not a language tag") && err.contains("(title.malay)"), "{err}");
}

#[test]
fn a_sheet_saved_in_a_legacy_code_page_is_read_in_it_and_said_so_where_it_goes_wrong() {
    // Windows-1252, as a spreadsheet's plain "CSV" export writes it: é is one byte, 0xE9,
    // and the curly quotes and the euro sign are in 0x80–0x9F.
    let file = temp_file("latin1.csv", b"date;title;summary;;\r\n2020;Caf\xe9 opened;\x93A caf\xe9\x94 for \x805;;\r\n2021;Second;;;\r\n");
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(":2:9: warning: the file is not UTF-8 text; it was read as Windows-1252") && err.contains("\"CSV UTF-8\""),
        "{err}"
    );
    assert_eq!(err.matches(": error: ").count() + err.matches(": warning: ").count(), 1, "the empty columns are not reported: {err}");
    let (_, listed, _) = run(&["list", &file]);
    assert_eq!(listed.lines().collect::<Vec<_>>(), ["2020\t2020-cafe-opened\tCafé opened", "2021\t2021-second\tSecond"]);
    let (_, json, _) = run(&["convert", &file, "--to", "json"]);
    assert!(json.contains("\"“A café” for €5\""), "{json}");
    // JSON that is not UTF-8 is damaged (or in an encoding no guess gets right): named
    // as such, not read in another.
    let file = temp_file("latin1.json", b"{\"events\": [{\"start_date\": {\"year\": 2020}, \"text\": {\"headline\": \"Caf\xe9\"}}]}");
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 1);
    assert!(err.contains("error: the file is not UTF-8 text"), "{err}");
}

#[test]
fn vis_timeline_items_validate_and_convert_like_any_format() {
    let file = temp_file(
        "ties.json",
        br#"[{"id": 1, "content": "Relations established", "start": "1973-08-01"},
 {"id": 2, "content": "Strategic Partnership", "start": "2013-09-11", "group": "Politics"},
 {"id": 3, "content": "Bad", "start": "Sept. the 11th"}]"#,
    );
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 1);
    assert!(err.contains(":3:39: error: invalid date \"Sept. the 11th\"") && err.contains("([2].start)"), "{err}");
    assert!(err.contains("2 of 3 events shown"), "{err}");
    let (_, listed, _) = run(&["list", &file]);
    assert_eq!(listed.lines().collect::<Vec<_>>(), ["1973-08-01\t1\tRelations established", "2013-09-11\t2\tStrategic Partnership"]);
    let (_, json, _) = run(&["convert", &file, "--to", "json"]);
    let parsed = relationship_timeline::parse::parse(&json);
    assert_eq!((parsed.timeline.title.get("en"), parsed.timeline.events.len()), ("ties", 2), "titled by its file name");
    assert_eq!(parsed.timeline.pillars[0].name.get("en"), "Politics");
}

#[test]
fn years_beyond_the_timeline_are_named_with_the_years_it_places_and_the_rest_is_kept() {
    // A TimelineJS file on its cosmological scale: the universe's years are beyond the
    // timeline's; the moon landing is not.
    let file = temp_file(
        "cosmos.json",
        br#"{"scale": "cosmological", "events": [
  {"start_date": {"year": "-13800000000"}, "text": {"headline": "Big Bang"}},
  {"start_date": {"year": -300000}, "text": {"headline": "Homo sapiens"}},
  {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon landing"}}]}"#,
    );
    let (code, _, err) = run(&["validate", &file]);
    assert_ne!(code, 0);
    assert!(
        err.contains(
            ":2:18: error: invalid date \"-13800000000\": the year is out of range (the timeline places years from 100000 BCE to 99999)"
        ),
        "{err}"
    );
    assert!(err.contains(":3:18: error: invalid date \"-300000\""), "{err}");
    assert!(err.contains("1 of 3 events shown"), "{err}");
}

#[test]
fn a_trailing_comma_is_an_error_where_it_is_and_no_event_after_it_is_lost() {
    // TimelineJS data copied out of a script, where a comma before `}` or `]` is allowed.
    let file = temp_file(
        "pasted.json",
        br#"{"title": {"text": {"headline": "Space"}},
 "events": [
  {"start_date": {"year": 1957, "month": 10, "day": 4}, "text": {"headline": "Sputnik"},},
  {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon landing"}},
 ]}"#,
    );
    let (code, listed, err) = run(&["list", &file]);
    assert_eq!(code, 1, "still an error: JSON.parse refuses the file");
    assert_eq!(listed.lines().map(|l| l.rsplit('\t').next().unwrap()).collect::<Vec<_>>(), ["Sputnik", "Moon landing"]);
    let (_, _, err_v) = run(&["validate", &file]);
    for e in [&err, &err_v] {
        assert!(e.contains(":3:88: error: JSON syntax error: a comma before a closing bracket is not allowed in JSON"), "{e}");
        assert!(e.contains(":4:94: error: JSON syntax error"), "{e}");
    }
    // The closing numbers count the errors once.
    assert!(err_v.ends_with(": 2 errors; 2 of 2 events shown\n"), "{err_v}");
}

#[test]
fn timelinejs_data_kept_in_a_script_is_read_whole_and_converts_to_json() {
    // As such data is kept in a page's script: a comment, a variable, keys without
    // quotes, single quotes, a trailing comma and the code after it.
    let file = temp_file(
        "timeline_data.js",
        "// the timeline of our page\nvar timeline_json_data = {\n  title: {text: {headline: 'Space race'}},\n  \"events\": [\n    {start_date: {year: 1957, month: 10, day: 4}, text: {headline: 'Sputnik \\'1\\''}},\n    {start_date: {year: '1969', month: 7, day: 20}, text: {headline: \"Moon landing\", text: 'Tranquility'}},\n  ]\n};\nwindow.timeline = new TL.Timeline('timeline-embed', timeline_json_data);\n".as_bytes(),
    );
    let (code, listed, err) = run(&["list", &file]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(listed.lines().map(|l| l.rsplit('\t').next().unwrap()).collect::<Vec<_>>(), ["Sputnik '1'", "Moon landing"]);
    let (code, _, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.lines().filter(|l| l.contains(": warning: ")).count(), 1, "{err}");
    assert!(err.contains(":2:1: warning: the data is inside a script; it was read from after \"var timeline_json_data =\""), "{err}");
    let (json, _) = to_json(&file);
    let converted = temp_file("converted.json", json.as_bytes());
    let (code, out, err) = run(&["validate", &converted]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("valid relationship-timeline JSON: 2 events") && !err.contains("script"),
        "the conversion is plain JSON: {out}{err}"
    );
    // vis-timeline's example page: the data on a later line, its items in a DataSet,
    // days written as JavaScript dates.
    let vis = temp_file(
        "vis.js",
        b"var container = document.getElementById('visualization');\n\n// Create a DataSet\nvar items = new vis.DataSet([\n  {id: 1, content: 'item 1', start: '2014-04-20'},\n  {id: 4, content: 'item 4', start: '2014-04-16', end: '2014-04-19'},\n  {id: 5, content: 'months from 0', start: new Date(2014, 3, 21), end: Date.UTC(2014, 3, 22, 9, 30)}\n]);\nvar timeline = new vis.Timeline(container, items, {});\n",
    );
    let (code, listed, err) = run(&["list", &vis]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        listed.lines().map(|l| l.split('\t').next().unwrap()).collect::<Vec<_>>(),
        ["2014-04-16/2014-04-19", "2014-04-20", "2014-04-21/2014-04-22T09:30Z"]
    );
    let (_, _, err) = run(&["validate", &vis]);
    assert!(
        err.contains("vis.js:4:1: warning: the data is inside a script; it was read from after \"var items = new vis.DataSet(\""),
        "{err}"
    );
    // Its groups and items as two statements: the groups are the pillars.
    let grouped = temp_file(
        "groups.js",
        b"var groups = new vis.DataSet([\n  {id: 1, content: 'Vietnam'},\n  {id: 2, content: 'Singapore'}\n]);\n\nvar items = new vis.DataSet([\n  {id: 1, group: 2, content: 'Prime Minister visits', start: '2025-03-26'},\n]);\nvar timeline = new vis.Timeline(container, items, groups, {});\n",
    );
    let (json, err) = to_json(&grouped);
    assert!(json.contains("\"pillars\": [\n        \"singapore\"\n      ]"), "{json}");
    assert!(
        err.contains("groups.js:1:1: warning: the data is inside a script")
            && err.contains("groups.js:6:1: warning: the data is inside a script; it was read from after \"var items = new vis.DataSet(\""),
        "{err}"
    );
    // A TimelineJS page's script that shows a sheet from its address: that address.
    let elsewhere = temp_file(
        "embed.html",
        b"<script>\n  var timeline = new TL.Timeline('timeline-embed', 'https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/pubhtml');\n</script>\n",
    );
    let (code, _, err) = run(&["validate", &elsewhere]);
    assert_eq!(code, 1);
    assert!(err.contains("embed.html:2:18: error: this script shows data from another address, \"https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/pubhtml\""), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
    // Data broken inside the script is named where it breaks, and what came before it
    // is kept.
    let cut = temp_file(
        "cut.js",
        b"callback({\"events\": [{\"start_date\": {\"year\": 1957}, \"text\": {\"headline\": \"A\"}}, {\"start_date\": {\"year\": 19",
    );
    let (code, listed, err) = run(&["list", &cut]);
    assert_eq!(code, 1);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(err.contains("cut.js:1:1: warning: the data is inside a script; it was read from after \"callback(\""), "{err}");
}
