//! The date parser on any text: never panics; a date it accepts prints back as itself.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relationship_timeline::date::Date;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(d) = Date::parse(&text) {
        assert_eq!(Date::parse(&d.iso()), Ok(d));
        assert!(d.first_day() <= d.last_day());
        assert_eq!(Date::from_day_number(d.first_day()).year, d.year);
    }
    let _ = relationship_timeline::extract::dates::find(&text);
});
