//! Every fact the bundled timeline shows is traceable to a verbatim quote in a seed
//! article, and every reference in it resolves.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

use relationship_timeline::json::{self, Node};
use relationship_timeline::model::{Kind, Status};
use relationship_timeline::parse::{parse, LANGUAGES};

const DATA: &str = include_str!("../seeds/vietnam-singapore.json");

fn seeds() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
}

#[test]
fn bundled_data_parses_without_problems() {
    let parsed = parse(DATA);
    assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
    assert!(parsed.timeline.events.len() >= 20);
}

#[test]
fn every_quote_stands_verbatim_in_its_cited_seed() {
    let timeline = parse(DATA).timeline;
    let mut checked = 0;
    for event in &timeline.events {
        assert!(!event.citations.is_empty(), "{} cites nothing", event.id);
        for cite in &event.citations {
            let source = &timeline.sources[cite.source];
            let file = source.file.as_deref().unwrap_or_else(|| panic!("source {} names no file", source.id));
            let text = std::fs::read_to_string(seeds().join(file)).unwrap();
            assert!(cite.quote.chars().count() >= 15, "{}: quote too short to prove anything", event.id);
            assert!(text.contains(&cite.quote), "{}: quote not found in {}: {:?}", event.id, file, cite.quote);
            checked += 1;
        }
    }
    assert!(checked > timeline.events.len());
}

#[test]
fn all_five_seed_articles_are_bundled_and_cited() {
    let timeline = parse(DATA).timeline;
    let mut seed_files: Vec<String> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    seed_files.sort();
    assert_eq!(seed_files.len(), 5);
    let files: Vec<&str> = timeline.sources.iter().filter_map(|s| s.file.as_deref()).collect();
    for seed in &seed_files {
        assert!(files.contains(&seed.as_str()), "{seed} is not a source");
    }
    let cited: HashSet<usize> = timeline.events.iter().flat_map(|e| e.citations.iter().map(|c| c.source)).collect();
    assert_eq!(cited.len(), timeline.sources.len(), "a source is never cited");
}

/// The raw document, to check references as written (the parser drops bad ones).
fn raw_events() -> Vec<Node<'static>> {
    let (root, err) = json::read(DATA);
    assert!(err.is_none());
    root.unwrap().get("events").unwrap().as_array().unwrap().to_vec()
}

#[test]
fn ids_are_unique_and_references_resolve() {
    let (root, _) = json::read(DATA);
    let root = root.unwrap();
    let ids = |list: &str| -> Vec<String> {
        root.get(list).unwrap().as_array().unwrap().iter().map(|n| n.get("id").unwrap().as_str().unwrap().to_owned()).collect()
    };
    let (tiers, pillars, sources, parties) = (ids("tiers"), ids("pillars"), ids("sources"), ids("parties"));
    let events = ids("events");
    let unique: HashSet<&String> = events.iter().collect();
    assert_eq!(unique.len(), events.len(), "duplicate event id");
    for event in raw_events() {
        let id = event.get("id").unwrap().as_str().unwrap();
        if let Some(t) = event.get("tier") {
            assert!(tiers.contains(&t.as_str().unwrap().to_owned()), "{id}: tier");
        }
        for p in event.get("pillars").and_then(Node::as_array).unwrap_or_default() {
            assert!(pillars.contains(&p.as_str().unwrap().to_owned()), "{id}: pillar");
        }
        let by = event.get("by").map(|b| b.as_array().map_or_else(|| vec![b.clone()], <[_]>::to_vec)).unwrap_or_default();
        for p in by.iter().chain(event.get("to")) {
            assert!(parties.contains(&p.as_str().unwrap().to_owned()), "{id}: party");
        }
        for s in event.get("sources").unwrap().as_array().unwrap() {
            assert!(sources.contains(&s.get("source").unwrap().as_str().unwrap().to_owned()), "{id}: source");
        }
    }
}

#[test]
fn every_visit_says_who_went_where() {
    // The quotes of both state visits name the visitor and the country visited.
    let timeline = parse(DATA).timeline;
    let party = |id: &str| timeline.parties.iter().position(|p| p.id == id).unwrap();
    let mut ways = Vec::new();
    for e in timeline.events.iter().filter(|e| e.kind == relationship_timeline::model::Kind::Visit) {
        assert_eq!(e.by.len(), 1, "{}: one visitor", e.id);
        let to = e.to.unwrap_or_else(|| panic!("{}: visited whom", e.id));
        assert_ne!(e.by[0], to, "{}", e.id);
        ways.push((e.by[0], to));
    }
    assert!(ways.contains(&(party("vn"), party("sg"))) && ways.contains(&(party("sg"), party("vn"))));
}

#[test]
fn every_text_is_in_vietnamese_and_english() {
    let timeline = parse(DATA).timeline;
    for e in &timeline.events {
        for lang in LANGUAGES {
            assert!(e.title.has(lang) && e.summary.has(lang), "{}: {lang}", e.id);
            assert_ne!(e.title.get("vi"), e.title.get("en"), "{}: title untranslated", e.id);
        }
    }
}

#[test]
fn the_relationship_passes_through_its_three_tiers_in_order() {
    let timeline = parse(DATA).timeline;
    let tiers: Vec<&str> = timeline.tier_periods().iter().map(|p| timeline.tiers[p.tier].id.as_str()).collect();
    assert_eq!(tiers, ["diplomatic", "strategic", "comprehensive-strategic"]);
    let dates: Vec<String> = timeline.tier_periods().iter().map(|p| p.from.iso()).collect();
    assert_eq!(dates, ["1973", "2013", "2025-03-12"]);
}

#[test]
fn the_milestones_named_by_the_articles_are_there() {
    let timeline = parse(DATA).timeline;
    let has = |date: &str, kind: Kind| timeline.events.iter().any(|e| e.date.iso() == date && e.kind == kind);
    assert!(has("2023", Kind::Agreement), "Green Economy–Digital Economy Partnership");
    assert!(has("2024-10", Kind::Agreement), "mutual legal assistance treaty");
    assert!(has("2025-03-11", Kind::Visit), "the 11–13 March 2025 visit");
    assert!(has("2025-03-12", Kind::Talks));
    assert!(has("2025-03-26", Kind::Meeting));
    assert!(has("2025-10", Kind::Programme));
    assert!(has("2026-01-30", Kind::Call));
    let visit = timeline.events.iter().find(|e| e.date.iso() == "2025-03-11").unwrap();
    assert_eq!(visit.end.map(|d| d.iso()).as_deref(), Some("2025-03-13"));
    for (year, what) in [("2026", "30 VSIP parks"), ("2027", "ASEAN chair / APEC"), ("2050", "net zero")] {
        let e = timeline.events.iter().find(|e| e.date.iso() == year && e.kind == Kind::Commitment);
        assert_eq!(e.map(|e| e.status), Some(Status::Planned), "{what}");
    }
}

#[test]
fn inferred_years_say_so() {
    let timeline = parse(DATA).timeline;
    // Articles that write "12/3" or "26/3" without a year: the event must explain the year.
    for e in &timeline.events {
        let dated_without_year = e.citations.iter().any(|c| {
            let q = &c.quote;
            (q.contains("12/3") || q.contains("26/3")) && !q.contains("/2025")
        });
        if dated_without_year {
            assert!(e.note.as_ref().is_some_and(|n| n.get("en").contains("2025")), "{} infers its year silently", e.id);
        }
    }
}

#[test]
fn nothing_comes_from_the_related_news_blocks() {
    for file in ["001_fdd705d9c6741ef8.txt", "003_ab1b027640b0a96c.txt"] {
        let text = std::fs::read_to_string(seeds().join(file)).unwrap();
        let boilerplate = &text[text.find("Có thể bạn quan tâm").unwrap()..];
        for e in parse(DATA).timeline.events {
            for c in &e.citations {
                assert!(!boilerplate.contains(&c.quote) || text.find(&c.quote) < text.find("Có thể bạn quan tâm"), "{}", e.id);
            }
        }
    }
}
