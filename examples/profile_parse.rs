fn main() {
    let text = relationship_timeline::generate::timeline_json(2000, 1);
    for _ in 0..3 {
        let p = relationship_timeline::parse::parse(&text);
        assert_eq!(p.timeline.events.len(), 2000);
    }
}
