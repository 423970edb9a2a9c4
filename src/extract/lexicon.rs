//! Words that say what kind of event a sentence reports, per language, and the
//! headings that start blocks which are not part of an article.
//!
//! Rules are tried in order; the first whose phrase occurs in the sentence (lowercased)
//! decides the kind. To add a language, add its rules, its boilerplate headings and its
//! name to [`Language`] (see `docs/extract.md`).

use crate::model::Kind;

/// A language articles can be read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Vi,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Vi => "vi",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "vi" => Some(Language::Vi),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// Vietnamese when the text uses its letters with marks (ư, ơ, đ, ạ, …).
    pub fn detect(text: &str) -> Language {
        let marked = text
            .chars()
            .filter(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c.to_lowercase().next().unwrap_or(*c)))
            .count();
        if marked * 50 > text.chars().filter(|c| c.is_alphabetic()).count().max(1) {
            Language::Vi
        } else {
            Language::En
        }
    }

    pub fn rules(self) -> &'static [(Kind, &'static [&'static str])] {
        match self {
            Language::Vi => VI,
            Language::En => EN,
        }
    }

    /// Headings of related-news and similar blocks; the article ends where one starts.
    pub fn boilerplate(self) -> &'static [&'static str] {
        match self {
            Language::Vi => {
                &["Có thể bạn quan tâm", "Tin khác", "Xem thêm", "Tin cùng chuyên mục", "Tin liên quan", "Bài liên quan", "Đọc thêm"]
            }
            Language::En => &["Related news", "Related articles", "Read more", "More news", "You may also like", "See also"],
        }
    }

    /// Words that make a dated sentence forward-looking.
    pub fn future(self) -> &'static [&'static str] {
        match self {
            Language::Vi => &["sẽ", "mục tiêu", "phấn đấu", "dự kiến", "kế hoạch", "cam kết"],
            Language::En => &["will", "target", "aim", "plan", "commit", "by 20"],
        }
    }
}

const VI: &[(Kind, &[&str])] = &[
    (Kind::Establishment, &["thiết lập quan hệ ngoại giao"]),
    (Kind::Upgrade, &["nâng cấp quan hệ", "nâng quan hệ", "nâng cấp lên", "thiết lập quan hệ đối tác"]),
    (Kind::Call, &["điện đàm"]),
    (Kind::Talks, &["hội đàm"]),
    (Kind::Visit, &["thăm chính thức", "chuyến thăm", "thăm cấp nhà nước", "thăm làm việc"]),
    (Kind::Meeting, &["hội kiến", "đã tiếp", "tiếp thủ tướng", "tiếp tổng bí thư", "gặp gỡ", "hội nghị"]),
    (Kind::Programme, &["chương trình hành động", "kế hoạch hành động"]),
    (Kind::Agreement, &["ký kết", "hiệp định", "bản ghi nhớ", "thỏa thuận", "đối tác kinh tế", "ký tháng", "ký năm"]),
    (Kind::Commitment, &["mục tiêu", "sẽ nâng", "sẽ ", "cam kết", "phấn đấu", "hiện thực hóa", "phối hợp chặt chẽ"]),
    (Kind::Milestone, &["kim ngạch", "tỷ usd", "tỉ usd", "kỷ niệm"]),
];

const EN: &[(Kind, &[&str])] = &[
    (
        Kind::Establishment,
        &["established diplomatic relations", "diplomatic relations were established", "establishment of diplomatic relations"],
    ),
    (Kind::Upgrade, &["upgrade", "elevated relations", "elevated ties", "strategic partnership"]),
    (Kind::Call, &["phone call", "by phone", "telephone", "phone talks"]),
    (Kind::Talks, &["held talks", "talks with", " talks"]),
    (Kind::Visit, &["state visit", "official visit", "visited", "visit to"]),
    (Kind::Meeting, &["met with", "received", "meeting", "summit"]),
    (Kind::Programme, &["action programme", "action program", "action plan"]),
    (Kind::Agreement, &["signed", "agreement", "memorandum", "treaty", "deal"]),
    (Kind::Commitment, &["target", "aim to", "aims to", "will ", "commit", "pledge"]),
    (Kind::Milestone, &["trade", "billion", "anniversary"]),
];

/// The kind a sentence reports and the phrase that said so.
pub fn kind_of(sentence: &str, lang: Language) -> Option<(Kind, &'static str)> {
    let lower = sentence.to_lowercase();
    for (kind, phrases) in lang.rules() {
        if let Some(p) = phrases.iter().find(|p| lower.contains(*p)) {
            return Some((*kind, p));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_pick_kinds() {
        assert_eq!(kind_of("Tổng Bí thư Tô Lâm đã điện đàm với Thủ tướng", Language::Vi).map(|k| k.0), Some(Kind::Call));
        assert_eq!(kind_of("hai nhà lãnh đạo nhất trí nâng cấp quan hệ", Language::Vi).map(|k| k.0), Some(Kind::Upgrade));
        assert_eq!(kind_of("Hiệp định Tương trợ tư pháp về hình sự (ký tháng 10/2024)", Language::Vi).map(|k| k.0), Some(Kind::Agreement));
        assert_eq!(kind_of("The leaders held talks in Singapore", Language::En).map(|k| k.0), Some(Kind::Talks));
        assert_eq!(kind_of("Hôm nay trời đẹp", Language::Vi), None);
    }

    #[test]
    fn languages_are_recognised() {
        assert_eq!(Language::detect("Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Singapore"), Language::Vi);
        assert_eq!(Language::detect("The two leaders held talks in Singapore"), Language::En);
    }
}
