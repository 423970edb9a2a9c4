fn main() {
    let text = relationship_timeline::generate::minimal_timeline_json(20_000, 1);
    let p = relationship_timeline::parse::parse(&text);
    assert_eq!(p.timeline.events.len(), 20_000);
}
