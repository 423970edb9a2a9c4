//! Bahasa Melayu.

use super::{number, Clock, DateForm, Order, Strings, TickForm};

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
    problems: [
        "ralat sintaks JSON: teks berakhir terlalu awal (adakah fail terpotong?)",
        "ralat sintaks JSON: aksara tidak dijangka '{0}'",
        "ralat sintaks JSON: koma sebelum kurungan penutup tidak dibenarkan dalam JSON",
        "ralat sintaks JSON: jujukan lepas yang tidak sah dalam rentetan",
        "ralat sintaks JSON: nombor tidak sah",
        "ralat sintaks JSON: aksara kawalan mentah (tab, baris baharu) dalam rentetan mesti dilepaskan",
        "ralat sintaks JSON: sarangan lebih dalam daripada {0} aras",
        "ralat sintaks JSON: teks tidak dijangka selepas akhir data",
        "fail terlalu besar ({0} bait; hadnya {1})",
        "terlalu banyak peristiwa; hanya {0} yang pertama digunakan",
        "format \"{0}\" tidak disokong (dijangka \"relationship-timeline/1\")",
        "tiada \"format\"; dibaca sebagai \"relationship-timeline/1\"",
        "medan wajib \"{0}\" tiada",
        "dijangka {0}, ditemui {1}",
        "teks kosong",
        "tarikh \"{0}\" tidak sah (gunakan YYYY, YYYY-MM, YYYY-MM-DD atau YYYY-MM-DDTHH:MM)",
        "tarikh \"{0}\" tidak sah: waktu atau ofset UTC itu tidak wujud",
        "tarikh \"{0}\" tidak sah: tiada bulan {1}",
        "tarikh \"{0}\" tidak sah: hari {1} tidak wujud (bulan itu ada {2} hari)",
        "tarikh \"{0}\" tidak sah: tahun di luar julat",
        "tarikh tamat {1} lebih awal daripada tarikh mula {0}",
        "kunci \"{0}\" diberikan dua kali dalam objek ini; nilai terakhir digunakan",
        "separuh aksara dilepaskan bersendirian (surogat tunggal); ditunjukkan sebagai �",
        "fail ini teks UTF-16; ia dibaca begitu, tetapi simpan sebagai UTF-8",
        "id \"{0}\" digunakan lebih daripada sekali",
        "id \"{0}\" tidak sah (gunakan huruf, digit, '-', '_' atau '.', paling banyak 64 aksara)",
        "\"{1}\" bukan id dalam \"{0}\"",
        "medan tidak dikenali \"{0}\" diabaikan",
        "\"{0}\" tidak dilukis oleh garis masa ini; ia ditinggalkan",
        "\"{0}\" disimpan untuk susunan peristiwa tetapi tidak ditunjukkan (waktu ditunjukkan hingga saat)",
        "\"{0}\" tidak dibenamkan; butiran menunjukkan pautan kepadanya",
        "\"{0}\" ditunjukkan sebagai teks, tanpa penanda",
        "pautan \"{0}\" adalah relatif kepada halaman yang memaparkan fail asal, yang tidak diketahui di sini; ia ditinggalkan",
        "tahun 0 (TimelineJS mencetak \"0\"): tiada tahun 0 dalam kalendar, jadi ia dibaca sebagai 1 SM",
        "waktu menggunakan ofset UTC yang berbeza ({0}); setiap satu ditunjukkan dan diletakkan seperti ditulis, tidak ditukar",
        "format tidak jelas: mungkin {0}; tiada yang sepadan",
        "\"{0}\" dibaca sebagai \"{1}\", nama yang digunakan oleh format ini",
        "tiada satu pun daripada {0} peristiwa dapat ditunjukkan (lihat masalah di atas)",
        "\"{0}\" bukan tag bahasa (BCP 47: vi, en, zh-Hans, ms, ta, …)",
        "ulasan (// atau /* */) bukan sebahagian daripada JSON; ia dilangkau, tetapi alat lain mungkin menolak fail ini",
        "susun atur lama TimelineJS (\"timeline\" dengan slaid \"date\"); dibaca begitu",
        "jenis \"{0}\" tidak dikenali; ditunjukkan sebagai peristiwa biasa",
        "status \"{0}\" tidak dikenali (dijangka \"happened\" atau \"planned\")",
        "tiada teks dalam bahasa \"{0}\"",
        "peristiwa ini tidak memetik sebarang sumber",
        "pautan \"{0}\" bukan http, https atau mailto dan ditinggalkan",
        "peristiwa ini tidak lengkap kerana ralat di atas dan ditinggalkan",
        "garis masa tidak mempunyai peristiwa",
        "penanda dibuang daripada teks: {0}",
        "baris ini ada {0} sel tetapi pengepala ada {1}",
        "sel bertanda petik tidak pernah ditutup (tiada \"?)",
        "pengepala tiada lajur \"{0}\"",
    ],
    types: ["rentetan", "nombor", "benar/palsu", "tatasusunan", "objek", "kosong", "teks"],
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
