//! `relationship-timeline extract` on the five seed articles, scored against the
//! curated timeline by event date (at its precision).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use relationship_timeline::extract::{article_end, lexicon::Language};
use relationship_timeline::parse::parse;

const BIN: &str = env!("CARGO_BIN_EXE_relationship-timeline");

fn seeds() -> Vec<String> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"));
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

fn draft() -> relationship_timeline::model::Timeline {
    let out = Command::new(BIN).arg("extract").args(seeds()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let parsed = parse(&String::from_utf8(out.stdout).unwrap());
    assert!(parsed.is_valid(), "{:?}", parsed.problems);
    parsed.timeline
}

#[test]
fn the_draft_scores_against_the_curated_timeline() {
    let draft = draft();
    let curated = parse(include_str!("../seeds/vietnam-singapore.json")).timeline;
    let drafted: Vec<String> = draft.events.iter().map(|e| e.date.iso()).collect();
    let wanted: Vec<String> = curated.events.iter().map(|e| e.date.iso()).collect();
    let found = wanted.iter().filter(|d| drafted.contains(d)).count();
    let right = drafted.iter().filter(|d| wanted.contains(d)).count();
    let recall = found as f64 / wanted.len() as f64;
    let precision = right as f64 / drafted.len() as f64;
    println!(
        "extract on the seeds: {} draft events; recall {:.0}% ({found}/{}), precision {:.0}% ({right}/{})",
        drafted.len(),
        recall * 100.0,
        wanted.len(),
        precision * 100.0,
        drafted.len()
    );
    assert!(recall >= 0.8, "recall {recall:.2}");
    assert!(precision >= 0.6, "precision {precision:.2}");
}

#[test]
fn every_draft_quote_stands_verbatim_in_its_article_outside_boilerplate() {
    let draft = draft();
    assert!(!draft.events.is_empty());
    for e in &draft.events {
        assert!(!e.citations.is_empty(), "{}", e.id);
        for c in &e.citations {
            let file = draft.sources[c.source].file.as_deref().unwrap();
            let text = std::fs::read_to_string(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).join(file)).unwrap();
            let at = text.find(&c.quote).unwrap_or_else(|| panic!("{}: quote not in {file}", e.id));
            assert!(at < article_end(&text, Language::Vi), "{}: quote from the related-news block of {file}", e.id);
        }
    }
}

#[test]
fn the_upgrade_reported_by_several_articles_is_one_event() {
    let draft = draft();
    let upgrades: Vec<_> = draft.events.iter().filter(|e| e.date.iso() == "2025-03-12").collect();
    assert!(!upgrades.is_empty());
    // Reports of the same day and kind, from any article, are one event.
    let kinds: Vec<_> = upgrades.iter().map(|e| e.kind).collect();
    let mut unique = kinds.clone();
    unique.dedup();
    assert_eq!(kinds, unique);
    let call = draft.events.iter().find(|e| e.date.iso() == "2026-01-30").expect("the 30 January call");
    assert_eq!(call.kind, relationship_timeline::model::Kind::Call);
    assert!(call.note.as_ref().unwrap().get("en").contains("2026-01-30"), "the year's origin is recorded");
}

#[test]
fn extract_refuses_bad_options() {
    for args in [vec!["extract"], vec!["extract", "--lang", "fr", "x.txt"], vec!["extract", "--year", "25", "x.txt"]] {
        let out = Command::new(BIN).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}
