//! Made-up timelines of any size, the same for the same seed: test and benchmark input
//! that looks like real data (mixed precisions, spans, planned events, tiers, pillars).

use crate::date::push_padded;

/// A small, fast, deterministic generator (xorshift64*); not for anything secret.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const KINDS: [&str; 8] = ["visit", "talks", "meeting", "call", "agreement", "programme", "commitment", "milestone"];
const PILLARS: [&str; 6] = ["peace-security", "economy", "energy-green", "people", "digital", "regional"];

/// When the events of a generated timeline happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Evenly over 1950–2060, at mixed precisions.
    Spread,
    /// As real relationships are: one event in ten decades back (1960–2015), the rest
    /// in the last three years (2023–2025), to the day, some on the same day.
    Clumped,
    /// Every event on one day (a summit's programme, a live blog).
    OneDay,
}

/// A timeline of `events` events in the native format, spread over 1950–2060.
pub fn timeline_json(events: usize, seed: u64) -> String {
    shaped_timeline_json(events, seed, Shape::Spread)
}

/// A timeline of `events` events in the native format, dated as `shape` says.
pub fn shaped_timeline_json(events: usize, seed: u64, shape: Shape) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = String::with_capacity(600 + events * 420);
    out.push_str(
        r#"{"format":"relationship-timeline/1","id":"generated","title":{"vi":"Dữ liệu thử","en":"Generated data"},"parties":[{"id":"a","name":"A"},{"id":"b","name":"B"}],"tiers":[{"id":"t0","name":{"vi":"Quan hệ ngoại giao","en":"Diplomatic relations"}},{"id":"t1","name":{"vi":"Đối tác","en":"Partnership"}},{"id":"t2","name":{"vi":"Đối tác toàn diện","en":"Comprehensive partnership"}}],"pillars":["#,
    );
    for (i, p) in PILLARS.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"id":""#);
        out.push_str(p);
        out.push_str(r#"","name":""#);
        out.push_str(p);
        out.push_str(r#""}"#);
    }
    out.push_str(r#"],"sources":[{"id":"s","title":"Generated source","published":"2025"}],"events":["#);
    for i in 0..events {
        if i > 0 {
            out.push(',');
        }
        let (year, precision) = match shape {
            Shape::Spread => (1950 + rng.below(110) as u32, rng.below(10)),
            Shape::Clumped if rng.below(10) == 0 => (1960 + rng.below(56) as u32, rng.below(4)),
            Shape::Clumped => (2023 + rng.below(3) as u32, 5 + rng.below(5)),
            Shape::OneDay => (2025, 9),
        };
        let mut date = String::new();
        push_padded(&mut date, year, 4);
        let (month, day) = match shape {
            Shape::OneDay => (3, 12),
            _ => (1 + rng.below(12) as u32, 1 + rng.below(28) as u32),
        };
        if precision >= 3 {
            date.push('-');
            push_padded(&mut date, month, 2);
        }
        if precision >= 5 {
            date.push('-');
            push_padded(&mut date, day, 2);
        }
        let mut id = String::from("e");
        push_padded(&mut id, i as u32, 1);
        out.push_str(r#"{"id":""#);
        out.push_str(&id);
        out.push_str(r#"","date":""#);
        out.push_str(&date);
        out.push('"');
        if shape == Shape::Spread && rng.below(8) == 0 {
            out.push_str(r#","end":""#);
            push_padded(&mut out, year + 1 + rng.below(4) as u32, 4);
            out.push('"');
        }
        out.push_str(r#","kind":""#);
        out.push_str(KINDS[rng.below(KINDS.len() as u64) as usize]);
        out.push('"');
        if year > 2026 || rng.below(10) == 0 {
            out.push_str(r#","status":"planned""#);
        }
        if i < 3 {
            out.push_str(r#","tier":"t"#);
            push_padded(&mut out, i as u32, 1);
            out.push('"');
        }
        out.push_str(r#","pillars":[""#);
        out.push_str(PILLARS[rng.below(PILLARS.len() as u64) as usize]);
        out.push_str(r#""],"title":{"vi":"Sự kiện "#);
        out.push_str(&id);
        out.push_str(r#"","en":"Event "#);
        out.push_str(&id);
        out.push_str(r#""},"summary":{"vi":"Tóm tắt sự kiện thử nghiệm số "#);
        out.push_str(&id);
        out.push_str(r#".","en":"Summary of generated event "#);
        out.push_str(&id);
        out.push_str(r#"."},"sources":[{"source":"s","quote":"Generated quote "#);
        out.push_str(&id);
        out.push_str(r#""}]}"#);
    }
    out.push_str("]}");
    out
}

/// A lean timeline: events with only an id, a date, a kind and a short title (about
/// 70 bytes each, so 100,000 of them fit the input limit), for benchmarks at scale.
pub fn minimal_timeline_json(events: usize, seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = String::with_capacity(100 + events * 72);
    out.push_str(r#"{"format":"relationship-timeline/1","id":"minimal","title":"Generated","events":["#);
    for i in 0..events {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"id":"e"#);
        push_padded(&mut out, i as u32, 1);
        out.push_str(r#"","date":""#);
        push_padded(&mut out, 1950 + rng.below(110) as u32, 4);
        if rng.below(2) == 0 {
            out.push('-');
            push_padded(&mut out, 1 + rng.below(12) as u32, 2);
        }
        out.push_str(r#"","kind":""#);
        out.push_str(KINDS[rng.below(KINDS.len() as u64) as usize]);
        out.push_str(r#"","title":"E"#);
        push_padded(&mut out, i as u32, 1);
        out.push_str(r#""}"#);
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hundred_thousand_minimal_events_fit_the_input_limit() {
        let text = minimal_timeline_json(100_000, 1);
        assert!(text.len() < crate::parse::MAX_INPUT_BYTES, "{} bytes", text.len());
        let parsed = crate::parse::parse(&text);
        assert_eq!(parsed.timeline.events.len(), 100_000);
        assert!(parsed.is_valid());
    }

    #[test]
    fn generated_timelines_are_valid_and_repeatable() {
        let text = timeline_json(500, 7);
        assert_eq!(text, timeline_json(500, 7));
        assert_ne!(text, timeline_json(500, 8));
        let parsed = crate::parse::parse(&text);
        assert!(parsed.problems.is_empty(), "{:?}", &parsed.problems[..parsed.problems.len().min(3)]);
        assert_eq!(parsed.timeline.events.len(), 500);
        assert!(parsed.timeline.events.iter().any(|e| e.end.is_some()));
        assert!(parsed.timeline.events.iter().any(|e| e.status == crate::model::Status::Planned));
    }
}
