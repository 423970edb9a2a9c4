//! A draft timeline from news articles: every dated sentence that reports a kind of
//! event the lexicon knows becomes an event, quoting that sentence verbatim.
//!
//! The steps: cut each article where related-news blocks start; split it into
//! sentences (keeping their place in the text, so quotes stay verbatim); find date
//! expressions; give each a year when the text leaves it out (see [`infer_year`]);
//! classify by the nearest lexicon phrase; merge the same event reported by several
//! articles. Each event carries a confidence and the reason it was picked.

pub mod dates;
pub mod lexicon;

use std::collections::BTreeMap;

use crate::date::Date;
use crate::i18n::Lang;
use crate::model::{Citation, Event, Kind, Source, Status, Text, Timeline};
use dates::Mention;
use lexicon::Language;

/// An article: its file name and text.
#[derive(Debug, Clone)]
pub struct Article {
    pub name: String,
    pub text: String,
}

/// What the editor tells the extractor.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The articles' language; detected per article when not given.
    pub lang: Option<Language>,
    /// The year for dates written without one, before any other inference.
    pub year: Option<i32>,
}

/// Why an event was picked, and how sure the extractor is.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    pub confidence: f64,
    pub reasons: Vec<String>,
}

/// A draft: a timeline in the native model, plus a [`Pick`] per event.
#[derive(Debug, Clone)]
pub struct Draft {
    pub timeline: Timeline,
    pub picks: Vec<Pick>,
}

/// A sentence of an article: its byte range in the article's text.
#[derive(Debug, Clone, Copy)]
struct Sentence {
    start: usize,
    end: usize,
}

/// Where the article proper ends: at the first line that opens a related-news block.
pub fn article_end(text: &str, lang: Language) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if lang.boilerplate().iter().chain(other(lang).boilerplate()).any(|b| trimmed.eq_ignore_ascii_case(b) || trimmed == *b) {
            return offset;
        }
        offset += line.len();
    }
    text.len()
}

fn other(lang: Language) -> Language {
    match lang {
        Language::Vi => Language::En,
        Language::En => Language::Vi,
    }
}

/// Sentences of `text[from..to]`: ends at `.`, `!`, `?` or `…` followed by a space, and
/// at line breaks.
fn sentences(text: &str, from: usize, to: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let body = &text[from..to];
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let end = match c {
            '\n' => Some(i),
            '.' | '!' | '?' | '…' if next.is_none_or(char::is_whitespace) => Some(i + c.len_utf8()),
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(&mut out, body, start, end, from);
            start = end;
        }
    }
    push_trimmed(&mut out, body, start, body.len(), from);
    out
}

fn push_trimmed(out: &mut Vec<Sentence>, body: &str, start: usize, end: usize, base: usize) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().count() >= 12 {
        out.push(Sentence { start: base + start + lead, end: base + start + lead + trimmed.len() });
    }
}

/// A date with a known year from an article: for inferring the years others leave out.
#[derive(Debug, Clone)]
struct Known {
    article: usize,
    first: Date,
    last: Date,
    text: String,
}

/// How a missing year was found, for the event's note.
#[derive(Debug, Clone, PartialEq)]
pub enum Inference {
    Option,
    SameArticle(String),
    OtherArticle { file: String, text: String },
    ArticleDate(Date),
}

/// The year for day `d` of month `m` (`d` may be absent) in article `article`, in
/// this order: the `--year` option; a dated expression with a year in the same article
/// covering that day (or, failing that, that month); the same in the other articles;
/// the article's own date line (the year before, if the date would be after it).
fn infer_year(
    d: Option<u8>,
    m: u8,
    article: usize,
    known: &[Known],
    names: &[String],
    opts: &Options,
    article_date: Option<Date>,
) -> Option<(i32, Inference)> {
    if let Some(y) = opts.year {
        return Some((y, Inference::Option));
    }
    // The year in which `k` (a dated expression with a month) covers day `d` of month
    // `m` — or, when `same_day` is false, any day of month `m`.
    let covers = |k: &Known, same_day: bool| -> Option<i32> {
        k.first.month?;
        (k.first.year..=k.last.year).find(|y| {
            let probe = match d {
                Some(d) if same_day => Date::checked(i64::from(*y), Some(m), Some(d)).ok(),
                _ => Date::checked(i64::from(*y), Some(m), None).ok(),
            };
            probe.is_some_and(|p| p.first_day() <= k.last.last_day() && p.last_day() >= k.first.first_day())
        })
    };
    for same_day in [true, false] {
        if let Some((y, k)) = known.iter().filter(|k| k.article == article).find_map(|k| covers(k, same_day).map(|y| (y, k))) {
            return Some((y, Inference::SameArticle(k.text.clone())));
        }
    }
    for same_day in [true, false] {
        let mut years: Vec<(i32, &Known)> =
            known.iter().filter(|k| k.article != article).filter_map(|k| covers(k, same_day).map(|y| (y, k))).collect();
        years.sort_by_key(|(y, _)| *y);
        years.dedup_by_key(|(y, _)| *y);
        if let [(y, k)] = years.as_slice() {
            return Some((*y, Inference::OtherArticle { file: names[k.article].clone(), text: k.text.clone() }));
        }
    }
    let date = article_date?;
    let mut y = date.year;
    let this = Date::checked(i64::from(y), Some(m), d).ok()?;
    if this.first_day() > date.last_day() {
        y -= 1;
    }
    Some((y, Inference::ArticleDate(date)))
}

fn note(inference: &Inference, year: i32) -> Text {
    let y = year.to_string();
    match inference {
        Inference::Option => {
            Text::new(&[("vi", &format!("Năm {y} lấy theo tùy chọn --year.")), ("en", &format!("Year {y} taken from the --year option."))])
        }
        Inference::SameArticle(t) => Text::new(&[
            ("vi", &format!("Năm {y} suy ra từ «{t}» trong cùng bài.")),
            ("en", &format!("Year {y} inferred from “{t}” in the same article.")),
        ]),
        Inference::OtherArticle { file, text } => Text::new(&[
            ("vi", &format!("Năm {y} suy ra từ «{text}» trong bài {file}.")),
            ("en", &format!("Year {y} inferred from “{text}” in {file}.")),
        ]),
        Inference::ArticleDate(d) => Text::new(&[
            ("vi", &format!("Năm {y} suy ra từ ngày của bài báo ({}).", d.iso())),
            ("en", &format!("Year {y} inferred from the article's date ({}).", d.iso())),
        ]),
    }
}

/// Dates a mention stands for, once its year is known.
fn dates_of(m: &Mention, year: i32) -> Option<(Date, Option<Date>)> {
    let first = Date::checked(i64::from(m.year.unwrap_or(year)), m.month, m.day).ok()?;
    let end = match m.end {
        Some((d, mo, y)) => Some(Date::checked(i64::from(y.unwrap_or(year)), mo, d).ok()?),
        None => None,
    };
    Some((first, end.filter(|e| e.last_day() > first.last_day())))
}

/// A short title: the kind, then the start of the sentence.
fn title(kind: Kind, sentence: &str, lang: Language) -> String {
    let strings = if lang == Language::Vi { Lang::Vi.strings() } else { Lang::En.strings() };
    let mut out = String::from(strings.kind(kind));
    out.push_str(": ");
    for (words, w) in sentence.split_whitespace().enumerate() {
        if words == 12 {
            out.push('…');
            break;
        }
        if words > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A draft timeline from `articles`.
pub fn extract(articles: &[Article], opts: &Options) -> Draft {
    let langs: Vec<Language> = articles.iter().map(|a| opts.lang.unwrap_or_else(|| Language::detect(&a.text))).collect();
    let names: Vec<String> = articles.iter().map(|a| a.name.clone()).collect();
    let article_dates: Vec<Option<Date>> = articles.iter().map(|a| dates::article_date(&a.text)).collect();

    // Pass 1: sentences, their dates, and the dates that carry a year.
    struct Found {
        article: usize,
        sentence: Sentence,
        mentions: Vec<Mention>,
    }
    let mut found = Vec::new();
    let mut known = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        let text = &article.text;
        let end = article_end(text, langs[a]);
        // Skip a leading `date YYYY-MM-DD` line marker.
        let start = match article_dates[a] {
            Some(d) => text.find(&d.iso()).map_or(0, |at| at + d.iso().len()),
            None => 0,
        };
        for s in sentences(text, start.min(end), end) {
            let sentence = &text[s.start..s.end];
            let mentions = dates::find(sentence);
            for m in &mentions {
                if let (Some(_), Some((first, last))) = (m.year, dates_of(m, 0)) {
                    known.push(Known { article: a, first, last: last.unwrap_or(first), text: sentence[m.start..m.stop].to_owned() });
                }
            }
            if !mentions.is_empty() {
                found.push(Found { article: a, sentence: s, mentions });
            }
        }
    }

    // Pass 2: events, merged by (dates, kind).
    struct Candidate {
        date: Date,
        end: Option<Date>,
        kind: Kind,
        lang: Language,
        sentence: String,
        citations: Vec<(usize, String)>,
        note: Option<Text>,
        pick: Pick,
        planned: bool,
    }
    let mut merged: BTreeMap<(i64, u8, i64, String), Candidate> = BTreeMap::new();
    for f in &found {
        let text = &articles[f.article].text;
        let sentence = &text[f.sentence.start..f.sentence.end];
        let lang = langs[f.article];
        let mut previous_stop = 0;
        for m in &f.mentions {
            // The phrase nearest before the date (within its clause) names the kind;
            // a sentence that opens with its date is classified as a whole.
            let opens_with_date = sentence[..m.start].chars().count() <= 12;
            let window_start = floor_char(sentence, previous_stop.max(m.start.saturating_sub(160)));
            let local = if opens_with_date { None } else { lexicon::kind_of(&sentence[window_start..m.stop], lang) };
            previous_stop = m.stop;
            let (kind, phrase, near) = match local {
                Some((k, p)) => (k, p, true),
                None => match lexicon::kind_of(sentence, lang) {
                    Some((k, p)) => (k, p, opens_with_date),
                    None => continue,
                },
            };
            let (year, inference) = match (m.year, m.month) {
                (Some(y), _) => (y, None),
                (None, Some(month)) => match infer_year(m.day, month, f.article, &known, &names, opts, article_dates[f.article]) {
                    Some((y, how)) => (y, Some(how)),
                    None => continue,
                },
                (None, None) => continue,
            };
            let Some((date, end)) = dates_of(m, year) else { continue };
            let future = lang.future().iter().any(|w| sentence.to_lowercase().contains(w));
            let after_article = article_dates[f.article].is_some_and(|d| date.first_day() > d.last_day());
            let planned = kind == Kind::Commitment
                || after_article
                || (future && m.day.is_none() && m.month.is_none() && kind != Kind::Establishment && kind != Kind::Upgrade);
            let mut confidence: f64 = 0.35;
            confidence += if near { 0.3 } else { 0.15 };
            confidence += match (m.day, m.month) {
                (Some(_), _) => 0.15,
                (None, Some(_)) => 0.1,
                _ => 0.05,
            };
            confidence += match &inference {
                None => 0.1,
                Some(Inference::Option | Inference::SameArticle(_)) => 0.05,
                Some(_) => 0.0,
            };
            let expression = &sentence[m.start..m.stop];
            let mut reason = format!("{}: date “{expression}”, “{phrase}” → {}", names[f.article], kind.code());
            if let Some(how) = &inference {
                reason.push_str(match how {
                    Inference::Option => "; year from --year",
                    Inference::SameArticle(_) => "; year from the same article",
                    Inference::OtherArticle { .. } => "; year from another article",
                    Inference::ArticleDate(_) => "; year from the article's date",
                });
            }
            let key = (date.first_day(), date.precision() as u8, end.map_or(i64::MIN, |e| e.last_day()), kind.code().to_owned());
            let entry = merged.entry(key).or_insert_with(|| Candidate {
                date,
                end,
                kind,
                lang,
                sentence: sentence.to_owned(),
                citations: Vec::new(),
                note: inference.as_ref().map(|how| note(how, year)),
                pick: Pick { confidence: 0.0, reasons: Vec::new() },
                planned,
            });
            if !entry.citations.iter().any(|(a, q)| *a == f.article && q == sentence) {
                entry.citations.push((f.article, sentence.to_owned()));
            }
            // Several articles reporting it make it more likely.
            let sources = entry.citations.iter().map(|(a, _)| *a).collect::<std::collections::BTreeSet<_>>().len();
            entry.pick.confidence = entry.pick.confidence.max(confidence.min(0.95)).max((0.5 + 0.15 * sources as f64).min(0.95));
            if !entry.pick.reasons.contains(&reason) {
                entry.pick.reasons.push(reason);
            }
            if entry.note.is_none() && inference.is_some() {
                entry.note = inference.as_ref().map(|how| note(how, year));
            }
        }
    }

    let mut timeline = Timeline {
        id: "draft".into(),
        title: Text::new(&[("vi", "Bản nháp dòng thời gian"), ("en", "Draft timeline")]),
        ..Timeline::default()
    };
    for (a, article) in articles.iter().enumerate() {
        let heading = article.text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with("date ")).unwrap_or(&article.name);
        let heading: String = heading.chars().take(160).collect();
        timeline.sources.push(Source {
            id: format!("a{}", a + 1),
            file: Some(article.name.clone()),
            url: None,
            title: Text::plain(&heading),
            publisher: None,
            published: article_dates[a],
            // The articles the extractor reads are Vietnamese news.
            lang: Some("vi".into()),
        });
    }
    let mut picks = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut candidates: Vec<Candidate> = merged.into_values().collect();
    candidates.sort_by_key(|a| a.date);
    for c in candidates {
        let mut id = format!("{}-{}", c.date.iso(), c.kind.code());
        if ids.contains(&id) {
            id = format!("{id}-{}", ids.len() + 1);
        }
        ids.push(id.clone());
        let lang = c.lang.code();
        timeline.events.push(Event {
            id,
            date: c.date,
            end: c.end,
            kind: c.kind,
            status: if c.planned { Status::Planned } else { Status::Happened },
            tier: None,
            pillars: Vec::new(),
            by: Vec::new(),
            to: None,
            actors: Vec::new(),
            place: None,
            title: Text::new(&[(lang, &title(c.kind, &c.sentence, c.lang))]),
            summary: Text::new(&[(lang, &c.sentence)]),
            note: c.note.map(Box::new),
            display_date: None,
            media: None,
            citations: c.citations.into_iter().map(|(a, quote)| Citation { source: a, quote }).collect(),
        });
        picks.push(c.pick);
    }
    Draft { timeline, picks }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The draft as native JSON, each event with `"draft": {"confidence", "reasons"}`.
pub fn to_json(draft: &Draft) -> String {
    let base = crate::write::to_json(&draft.timeline);
    // Insert each event's pick after its id line: the writer puts `"id"` first.
    let mut out = String::with_capacity(base.len() + draft.picks.len() * 200);
    let mut picks = draft.picks.iter();
    let mut in_events = false;
    for line in base.split_inclusive('\n') {
        out.push_str(line);
        if line.trim_start().starts_with("\"events\": [") {
            in_events = true;
        }
        if in_events && line.starts_with("      \"id\": ") {
            if let Some(p) = picks.next() {
                out.push_str("      \"draft\": {\"confidence\": ");
                out.push_str(&format!("{:.2}", p.confidence));
                out.push_str(", \"reasons\": [");
                for (i, r) in p.reasons.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&json_string(r));
                }
                out.push_str("]},\n");
            }
        }
    }
    out
}

fn json_string(s: &str) -> String {
    let t = Timeline { title: Text::plain(s), ..Timeline::default() };
    let written = crate::write::to_json(&t);
    let line = written.lines().find(|l| l.trim_start().starts_with("\"title\": ")).unwrap_or("\"\"");
    line.trim_start().trim_start_matches("\"title\": ").trim_end_matches(',').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, text: &str) -> Article {
        Article { name: name.into(), text: text.into() }
    }

    #[test]
    fn quotes_are_whole_sentences_verbatim() {
        let a = article("a.txt", "Mở đầu bài.\nNgày 12/3/2025, hai bên hội đàm tại Hà Nội. Câu khác không có ngày.");
        let d = extract(std::slice::from_ref(&a), &Options::default());
        assert_eq!(d.timeline.events.len(), 1);
        let e = &d.timeline.events[0];
        assert_eq!(e.citations[0].quote, "Ngày 12/3/2025, hai bên hội đàm tại Hà Nội.");
        assert!(a.text.contains(&e.citations[0].quote));
        assert_eq!((e.kind, e.date), (Kind::Talks, Date::day(2025, 3, 12)));
    }

    #[test]
    fn missing_years_come_from_the_option_first() {
        let a = article("a.txt", "Chiều 30-1, tại Trụ sở, hai bên điện đàm thân mật.");
        let d = extract(std::slice::from_ref(&a), &Options { year: Some(2024), ..Options::default() });
        assert_eq!(d.timeline.events[0].date, Date::day(2024, 1, 30));
        assert!(d.timeline.events[0].note.as_ref().unwrap().get("en").contains("--year"));
    }

    #[test]
    fn missing_years_come_from_the_article_date_line() {
        let a = article("a.txt", " date 2026-01-30 Chiều 30-1, tại Trụ sở, hai bên điện đàm.\nNgày 12/3, hai bên hội đàm lần nữa.");
        let d = extract(&[a], &Options::default());
        let dates: Vec<String> = d.timeline.events.iter().map(|e| e.date.iso()).collect();
        // 12 March would be after the article's date: it is the year before.
        assert_eq!(dates, ["2025-03-12", "2026-01-30"]);
        assert!(d.timeline.events[1].note.as_ref().unwrap().get("en").contains("article's date (2026-01-30)"));
    }

    #[test]
    fn missing_years_come_from_other_dates_in_the_article_then_other_articles() {
        let same = article("a.txt", "Chuyến thăm diễn ra từ ngày 11 đến ngày 13/3/2025. Ngày 12/3, hai bên hội đàm.");
        let d = extract(&[same], &Options::default());
        let talks = d.timeline.events.iter().find(|e| e.kind == Kind::Talks).unwrap();
        assert_eq!(talks.date, Date::day(2025, 3, 12));
        assert!(talks.note.as_ref().unwrap().get("en").contains("same article"));

        let first = article("a.txt", "Ngày 12/3, hai bên hội đàm tại Singapore.");
        let second = article("b.txt", "Đoàn đã thăm chính thức Singapore từ ngày 11 đến ngày 13/3/2025.");
        let d = extract(&[first, second], &Options::default());
        let talks = d.timeline.events.iter().find(|e| e.kind == Kind::Talks).unwrap();
        assert_eq!(talks.date, Date::day(2025, 3, 12));
        assert!(talks.note.as_ref().unwrap().get("en").contains("b.txt"));
    }

    #[test]
    fn an_unplaceable_date_is_left_out() {
        let d = extract(&[article("a.txt", "Ngày 12/3, hai bên hội đàm tại Singapore.")], &Options::default());
        assert!(d.timeline.events.is_empty());
    }

    #[test]
    fn the_same_event_in_two_articles_is_one_event_citing_both() {
        let a = article("a.txt", "Ngày 12/3/2025, hai nước nâng cấp quan hệ lên Đối tác Chiến lược toàn diện.");
        let b = article("b.txt", "Trưa 12/3/2025, hai bên chính thức công bố nâng cấp quan hệ.");
        let d = extract(&[a, b], &Options::default());
        assert_eq!(d.timeline.events.len(), 1);
        assert_eq!(d.timeline.events[0].citations.len(), 2);
        assert!(d.picks[0].reasons.len() == 2);
    }

    #[test]
    fn related_news_blocks_are_ignored() {
        let text = "Ngày 12/3/2025, hai bên hội đàm.\n\nTin khác\n\nNgày 1/1/2026, một cuộc hội đàm khác.";
        assert_eq!(article_end(text, Language::Vi), text.find("Tin khác").unwrap());
        let d = extract(&[article("a.txt", text)], &Options::default());
        assert_eq!(d.timeline.events.len(), 1);
    }

    #[test]
    fn english_articles_work_the_same_way() {
        let a = article("en.txt", "The leaders held talks on 12 March 2025. They aim to reach net zero by 2050.");
        let d = extract(&[a], &Options::default());
        let got: Vec<(String, Kind, Status)> = d.timeline.events.iter().map(|e| (e.date.iso(), e.kind, e.status)).collect();
        assert_eq!(got, [("2025-03-12".into(), Kind::Talks, Status::Happened), ("2050".into(), Kind::Commitment, Status::Planned)]);
    }

    #[test]
    fn the_draft_is_valid_native_json_with_picks() {
        let a = article("a.txt", "Ngày 12/3/2025, hai bên hội đàm. Hai nước đặt mục tiêu vào năm 2050 về \"phát thải\".");
        let d = extract(&[a], &Options::default());
        let json = to_json(&d);
        let parsed = crate::parse::parse(&json);
        assert!(parsed.is_valid(), "{:?}\n{json}", parsed.problems);
        assert!(!parsed.problems.iter().any(|p| matches!(p.kind, crate::problem::ProblemKind::UnknownField(_))));
        assert_eq!(parsed.timeline.events.len(), 2);
        assert_eq!(json.matches("\"draft\": {\"confidence\": ").count(), 2);
    }
}
