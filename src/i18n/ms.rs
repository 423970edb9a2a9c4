//! Bahasa Melayu.

use super::{number, Clock, DateForm, Order, Strings, TickForm};
use crate::date::DateError;
use crate::json::SyntaxError;
use crate::problem::{Fate, ProblemKind};

pub static STRINGS: Strings = Strings {
    name: "Bahasa Melayu",
    timeline: "Garis masa",
    language: "Bahasa",
    zoom_in: "Zum masuk",
    zoom_out: "Zum keluar",
    fit_all: "Tunjukkan semua",
    close: "Tutup",
    previous: "Peristiwa sebelumnya",
    next: "Peristiwa seterusnya",
    details: "Butiran peristiwa",
    events: "Peristiwa",
    tiers: "Tahap hubungan",
    tier: "Tahap hubungan",
    pillars: "Bidang kerjasama",
    actors: "Siapa",
    place: "Di mana",
    sources: "Sumber",
    note: "Nota",
    today: "Hari ini",
    dismiss: "Tolak",
    no_events: "Tiada peristiwa untuk ditunjukkan.",
    and_more: "lagi",
    filters: "Tapis",
    clear_filters: "Kosongkan penapis",
    kind_group: "Jenis peristiwa",
    status_group: "Status",
    axis: "Paksi masa: gunakan kekunci anak panah untuk bergerak melalui masa",
    showing: "Menunjukkan",
    loading: "Memuatkan garis masa…",
    show_earlier: "Tunjukkan peristiwa lebih awal",
    show_later: "Tunjukkan peristiwa kemudian",
    retry: "Cuba lagi",
    media: "Media",
    credit: "Kredit",
    load_error,
    kinds: [
        "Hubungan dijalinkan",
        "Peningkatan",
        "Lawatan",
        "Rundingan",
        "Pertemuan",
        "Panggilan telefon",
        "Perjanjian",
        "Program",
        "Komitmen",
        "Peristiwa penting",
        "Peristiwa",
    ],
    happened: "Telah berlaku",
    planned: "Dirancang",
    planned_word: "dirancang",
    dates: DateForm {
        months: ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
        day_month: " ",
        month_year: " ",
        before_era: "SM",
        short_ticks: TickForm::ShortNames,
        clock: Clock::H12 { am: "PG", pm: "PTG" },
        date_time: ", ",
        order: Order::DayFirst,
        era_first: false,
    },
    problem,
    event_count,
    shown_count,
    to_scale: "Masa mengikut skala",
    to_scale_hint: "Masa yang sama, lebar yang sama. Jika dimatikan: setiap peristiwa mendapat ruang, dan tempoh lengang yang panjang dipendekkan dan ditandakan.",
    gap,
    more_problems,
    full_text: "Tunjukkan teks penuh",
    by_group: "Siapa yang bertindak",
    direction: "Dari → ke",
    visits: "Lawatan",
    and: "dan",
    outcome,
    error_word: "ralat",
    warning_word: "amaran",
};

fn outcome(shown: usize, given: usize, errors: usize, warnings: usize) -> String {
    let mut out = format!("{} daripada {} peristiwa ditunjukkan", number(shown), number(given));
    let left = given.saturating_sub(shown);
    if left > 0 {
        out.push_str(&format!(" · {} ditinggalkan", number(left)));
    } else if errors > 0 {
        out.push_str(&format!(" · {} ralat", number(errors)));
    }
    if warnings > 0 {
        out.push_str(&format!(" · {} amaran", number(warnings)));
    }
    out
}

/// Malay nouns do not change with the count.
fn event_count(n: usize) -> String {
    format!("{} peristiwa", number(n))
}

fn shown_count(shown: usize, total: usize) -> String {
    format!("{} daripada {} peristiwa ditunjukkan", number(shown), number(total))
}

fn syntax(e: &SyntaxError) -> String {
    match e {
        SyntaxError::UnexpectedEnd => "teks berakhir terlalu awal (adakah fail terpotong?)".into(),
        SyntaxError::UnexpectedChar(c) => format!("aksara tidak dijangka '{}'", c.escape_debug()),
        SyntaxError::TrailingComma => "koma sebelum kurungan penutup tidak dibenarkan dalam JSON".into(),
        SyntaxError::InvalidEscape => "jujukan lepas yang tidak sah dalam rentetan".into(),
        SyntaxError::InvalidNumber => "nombor tidak sah".into(),
        SyntaxError::ControlCharacter => "aksara kawalan mentah (tab, baris baharu) dalam rentetan mesti dilepaskan".into(),
        SyntaxError::TooDeep(n) => format!("sarangan lebih dalam daripada {} aras", number(*n)),
        SyntaxError::TrailingText => "teks tidak dijangka selepas akhir data".into(),
    }
}

fn type_name(t: &str) -> &str {
    match t {
        "string" => "rentetan",
        "number" => "nombor",
        "boolean" => "benar/palsu",
        "array" => "tatasusunan",
        "object" => "objek",
        "null" => "kosong",
        "text" => "teks",
        other => other,
    }
}

fn problem(p: &ProblemKind) -> String {
    match p {
        ProblemKind::Syntax(e) => format!("ralat sintaks JSON: {}", syntax(e)),
        ProblemKind::InputTooLarge { bytes, limit } => {
            format!("fail terlalu besar ({} bait; hadnya {})", number(*bytes), number(*limit))
        }
        ProblemKind::TooManyEvents { limit } => format!("terlalu banyak peristiwa; hanya {} yang pertama digunakan", number(*limit)),
        ProblemKind::UnsupportedFormat(f) => format!("format \"{f}\" tidak disokong (dijangka \"relationship-timeline/1\")"),
        ProblemKind::MissingFormat => "tiada \"format\"; dibaca sebagai \"relationship-timeline/1\"".into(),
        ProblemKind::MissingField(name) => format!("medan wajib \"{name}\" tiada"),
        ProblemKind::WrongType { expected, found } => format!("dijangka {}, ditemui {}", type_name(expected), type_name(found)),
        ProblemKind::EmptyText => "teks kosong".into(),
        ProblemKind::InvalidDate { text, error } => match error {
            DateError::Shape => format!("tarikh \"{text}\" tidak sah (gunakan YYYY, YYYY-MM, YYYY-MM-DD atau YYYY-MM-DDTHH:MM)"),
            DateError::TimeOutOfRange => format!("tarikh \"{text}\" tidak sah: waktu atau ofset UTC itu tidak wujud"),
            DateError::MonthOutOfRange(m) => format!("tarikh \"{text}\" tidak sah: tiada bulan {}", number(usize::from(*m))),
            DateError::DayOutOfRange { day, days_in_month } => format!(
                "tarikh \"{text}\" tidak sah: hari {} tidak wujud (bulan itu ada {} hari)",
                number(usize::from(*day)),
                number(usize::from(*days_in_month))
            ),
            DateError::YearOutOfRange(_) => format!("tarikh \"{text}\" tidak sah: tahun di luar julat"),
        },
        ProblemKind::EndBeforeStart { start, end } => format!("tarikh tamat {end} lebih awal daripada tarikh mula {start}"),
        ProblemKind::DuplicateKey(k) => format!("kunci \"{k}\" diberikan dua kali dalam objek ini; nilai terakhir digunakan"),
        ProblemKind::LoneSurrogate => "separuh aksara dilepaskan bersendirian (surogat tunggal); ditunjukkan sebagai \u{fffd}".into(),
        ProblemKind::Utf16 => "fail ini teks UTF-16; ia dibaca begitu, tetapi simpan sebagai UTF-8".into(),
        ProblemKind::DuplicateId(id) => format!("id \"{id}\" digunakan lebih daripada sekali"),
        ProblemKind::InvalidId(id) => {
            format!("id \"{id}\" tidak sah (gunakan huruf, digit, '-', '_' atau '.', paling banyak 64 aksara)")
        }
        ProblemKind::UnknownReference { list, id } => format!("\"{id}\" bukan id dalam \"{list}\""),
        ProblemKind::UnknownField(name) => format!("medan tidak dikenali \"{name}\" diabaikan"),
        ProblemKind::NotShown { field, fate } => match fate {
            Fate::Ignored => format!("\"{field}\" tidak dilukis oleh garis masa ini; ia ditinggalkan"),
            Fate::OrderOnly => {
                format!("\"{field}\" disimpan untuk susunan peristiwa tetapi tidak ditunjukkan (waktu ditunjukkan hingga saat)")
            }
            Fate::LinkOnly => format!("\"{field}\" tidak dibenamkan; butiran menunjukkan pautan kepadanya"),
            Fate::TextOnly => format!("\"{field}\" ditunjukkan sebagai teks, tanpa penanda"),
        },
        ProblemKind::RelativeLink(url) => {
            format!(
                "pautan \"{url}\" adalah relatif kepada halaman yang memaparkan fail asal, yang tidak diketahui di sini; ia ditinggalkan"
            )
        }
        ProblemKind::YearZero => "tahun 0 (TimelineJS mencetak \"0\"): tiada tahun 0 dalam kalendar, jadi ia dibaca sebagai 1 SM".into(),
        ProblemKind::MixedOffsets(list) => {
            format!(
                "waktu menggunakan ofset UTC yang berbeza ({list}); setiap satu ditunjukkan dan diletakkan seperti ditulis, tidak ditukar"
            )
        }
        ProblemKind::UnsureFormat(list) => format!("format tidak jelas: mungkin {list}; tiada yang sepadan"),
        ProblemKind::ReadAs { field, as_field } => {
            format!("\"{field}\" dibaca sebagai \"{as_field}\", nama yang digunakan oleh format ini")
        }
        ProblemKind::NoneUsable(n) => format!("tiada satu pun daripada {} peristiwa dapat ditunjukkan (lihat masalah di atas)", number(*n)),
        ProblemKind::NotLanguageTag(t) => format!("\"{t}\" bukan tag bahasa (BCP 47: vi, en, zh-Hans, ms, ta, …)"),
        ProblemKind::Comments => {
            "ulasan (// atau /* */) bukan sebahagian daripada JSON; ia dilangkau, tetapi alat lain mungkin menolak fail ini".into()
        }
        ProblemKind::OlderTimelineJs => "susun atur lama TimelineJS (\"timeline\" dengan slaid \"date\"); dibaca begitu".into(),
        ProblemKind::UnknownKind(kind) => format!("jenis \"{kind}\" tidak dikenali; ditunjukkan sebagai peristiwa biasa"),
        ProblemKind::UnknownStatus(s) => format!("status \"{s}\" tidak dikenali (dijangka \"happened\" atau \"planned\")"),
        ProblemKind::MissingTranslation(lang) => format!("tiada teks dalam bahasa \"{lang}\""),
        ProblemKind::NoCitation => "peristiwa ini tidak memetik sebarang sumber".into(),
        ProblemKind::UnsafeUrl(url) => format!("pautan \"{url}\" bukan http, https atau mailto dan ditinggalkan"),
        ProblemKind::IncompleteEvent => "peristiwa ini tidak lengkap kerana ralat di atas dan ditinggalkan".into(),
        ProblemKind::NoEvents => "garis masa tidak mempunyai peristiwa".into(),
        ProblemKind::HtmlRemoved(what) => format!("penanda dibuang daripada teks: {what}"),
        ProblemKind::RowLength { found, expected } => {
            format!("baris ini ada {} sel tetapi pengepala ada {}", number(*found), number(*expected))
        }
        ProblemKind::UnclosedQuote => "sel bertanda petik tidak pernah ditutup (tiada \"?)".into(),
        ProblemKind::MissingColumn(name) => format!("pengepala tiada lajur \"{name}\""),
    }
}

fn load_error(e: super::LoadError) -> String {
    match e {
        super::LoadError::Http(status) => format!("Garis masa tidak dapat dimuatkan: pelayan menjawab {}.", number(usize::from(status))),
        super::LoadError::Network => "Garis masa tidak dapat dimuatkan: tiada sambungan, atau pelayan data tidak membenarkan halaman ini membacanya (CORS).".into(),
        super::LoadError::Module => "Garis masa tidak dapat dimuatkan: bahagian widget yang membaca jenis fail ini tidak dimuat turun (tiada sambungan, atau halaman ini tidak membenarkan failnya).".into(),
        super::LoadError::Timeout => "Garis masa tidak dapat dimuatkan: pelayan mengambil masa terlalu lama untuk menjawab.".into(),
        super::LoadError::Invalid => "Data garis masa tidak dapat dibaca.".into(),
    }
}

fn gap(days: f64) -> String {
    let (unit, n) = super::gap_parts(days);
    let mut out = number(n);
    out.push_str(match unit {
        super::GapUnit::Years => " tahun",
        super::GapUnit::Months => " bulan",
        super::GapUnit::Days => " hari",
        super::GapUnit::Hours => " jam",
        super::GapUnit::Minutes => " minit",
    });
    out
}

fn more_problems(n: usize) -> String {
    format!("… dan {} lagi (relationship-timeline validate menyenaraikan setiap masalah)", number(n))
}
