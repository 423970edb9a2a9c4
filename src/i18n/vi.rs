//! Tiếng Việt.

use super::{number, Clock, DateForm, Order, Strings, TickForm};
use crate::date::DateError;
use crate::json::SyntaxError;
use crate::problem::{Fate, ProblemKind};

pub static STRINGS: Strings = Strings {
    name: "Tiếng Việt",
    timeline: "Dòng thời gian",
    language: "Ngôn ngữ",
    zoom_in: "Phóng to",
    zoom_out: "Thu nhỏ",
    fit_all: "Xem toàn bộ",
    close: "Đóng",
    previous: "Sự kiện trước",
    next: "Sự kiện sau",
    details: "Chi tiết sự kiện",
    events: "Sự kiện",
    tiers: "Cấp độ quan hệ",
    tier: "Cấp độ quan hệ",
    pillars: "Lĩnh vực hợp tác",
    actors: "Nhân vật",
    place: "Địa điểm",
    sources: "Nguồn",
    note: "Ghi chú",
    today: "Hôm nay",
    dismiss: "Bỏ qua",
    no_events: "Không có sự kiện nào để hiển thị.",
    and_more: "sự kiện khác",
    filters: "Lọc",
    clear_filters: "Bỏ lọc",
    kind_group: "Loại sự kiện",
    status_group: "Trạng thái",
    axis: "Trục thời gian: dùng phím mũi tên để di chuyển",
    showing: "Đang xem",
    loading: "Đang tải dòng thời gian…",
    show_earlier: "Xem các sự kiện trước",
    show_later: "Xem các sự kiện sau",
    retry: "Thử lại",
    media: "Tư liệu",
    credit: "Nguồn ảnh",
    load_error,
    kinds: [
        "Thiết lập quan hệ",
        "Nâng cấp quan hệ",
        "Chuyến thăm",
        "Hội đàm",
        "Gặp gỡ",
        "Điện đàm",
        "Ký kết",
        "Chương trình",
        "Cam kết",
        "Dấu mốc",
        "Sự kiện",
    ],
    happened: "Đã diễn ra",
    planned: "Dự kiến",
    planned_word: "dự kiến",
    dates: DateForm {
        months: [
            "tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9",
            "tháng 10", "tháng 11", "tháng 12",
        ],
        day_month: " ",
        month_year: ", ",
        before_era: "TCN",
        short_ticks: TickForm::Numbers,
        clock: Clock::H24,
        date_time: ", ",
        order: Order::DayFirst,
        era_first: false,
    },
    problem,
    event_count,
    shown_count,
    to_scale: "Thời gian đúng tỉ lệ",
    to_scale_hint: "Khoảng thời gian bằng nhau, độ dài bằng nhau. Khi tắt: mỗi sự kiện đều có chỗ, những quãng dài không có sự kiện được rút ngắn và đánh dấu.",
    gap,
    more_problems,
    full_text: "Xem toàn văn",
    by_group: "Bên thực hiện",
    direction: "Từ → đến",
    visits: "Chuyến thăm",
    and: "và",
    outcome,
    error_word: "lỗi",
    warning_word: "cảnh báo",
};

fn outcome(shown: usize, given: usize, errors: usize, warnings: usize) -> String {
    let mut out = format!("Hiển thị {}/{} sự kiện", number(shown), number(given));
    let left = given.saturating_sub(shown);
    if left > 0 {
        out.push_str(&format!(" · {} bị bỏ qua", number(left)));
    } else if errors > 0 {
        out.push_str(&format!(" · {} lỗi", number(errors)));
    }
    if warnings > 0 {
        out.push_str(&format!(" · {} cảnh báo", number(warnings)));
    }
    out
}

fn event_count(n: usize) -> String {
    format!("{} sự kiện", number(n))
}

fn syntax(e: &SyntaxError) -> String {
    match e {
        SyntaxError::UnexpectedEnd => "văn bản kết thúc quá sớm (tệp có bị cắt ngắn?)".into(),
        SyntaxError::UnexpectedChar(c) => format!("ký tự không mong đợi '{}'", c.escape_debug()),
        SyntaxError::TrailingComma => "JSON không cho phép dấu phẩy ngay trước dấu đóng ngoặc".into(),
        SyntaxError::InvalidEscape => "chuỗi có ký tự thoát không hợp lệ".into(),
        SyntaxError::InvalidNumber => "số không hợp lệ".into(),
        SyntaxError::ControlCharacter => "ký tự điều khiển (tab, xuống dòng) trong chuỗi phải được thoát".into(),
        SyntaxError::TooDeep(n) => format!("lồng nhau sâu quá {} cấp", number(*n)),
        SyntaxError::TrailingText => "có văn bản thừa sau phần dữ liệu".into(),
    }
}

fn problem(p: &ProblemKind) -> String {
    match p {
        ProblemKind::Syntax(e) => format!("lỗi cú pháp JSON: {}", syntax(e)),
        ProblemKind::InputTooLarge { bytes, limit } => {
            format!("tệp quá lớn ({} byte; giới hạn là {})", number(*bytes), number(*limit))
        }
        ProblemKind::TooManyEvents { limit } => format!("quá nhiều sự kiện; chỉ dùng {} sự kiện đầu tiên", number(*limit)),
        ProblemKind::UnsupportedFormat(f) => format!("định dạng \"{f}\" không được hỗ trợ (cần \"relationship-timeline/1\")"),
        ProblemKind::MissingFormat => "thiếu \"format\"; đọc như \"relationship-timeline/1\"".into(),
        ProblemKind::MissingField(name) => format!("thiếu trường bắt buộc \"{name}\""),
        ProblemKind::WrongType { expected, found } => {
            format!("cần kiểu {}, nhưng gặp {}", type_name(expected), type_name(found))
        }
        ProblemKind::EmptyText => "văn bản trống".into(),
        ProblemKind::InvalidDate { text, error } => match error {
            DateError::Shape => format!("ngày \"{text}\" không hợp lệ (dùng YYYY, YYYY-MM, YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM)"),
            DateError::TimeOutOfRange => format!("ngày \"{text}\" không hợp lệ: không có giờ hoặc múi giờ UTC đó"),
            DateError::MonthOutOfRange(m) => format!("ngày \"{text}\" không hợp lệ: không có tháng {}", number(usize::from(*m))),
            DateError::DayOutOfRange { day, days_in_month } => format!(
                "ngày \"{text}\" không hợp lệ: không có ngày {} (tháng đó có {} ngày)",
                number(usize::from(*day)),
                number(usize::from(*days_in_month))
            ),
            DateError::YearOutOfRange(_) => format!("ngày \"{text}\" không hợp lệ: năm nằm ngoài phạm vi"),
        },
        ProblemKind::EndBeforeStart { start, end } => format!("ngày kết thúc {end} trước ngày bắt đầu {start}"),
        ProblemKind::DuplicateKey(k) => format!("khóa \"{k}\" xuất hiện hai lần trong cùng đối tượng; dùng giá trị sau cùng"),
        ProblemKind::LoneSurrogate => "một nửa ký tự được mã hóa riêng (surrogate lẻ); hiển thị thành \u{fffd}".into(),
        ProblemKind::Utf16 => "tệp là văn bản UTF-16; đã đọc được, nhưng hãy lưu lại dưới dạng UTF-8".into(),
        ProblemKind::DuplicateId(id) => format!("mã \"{id}\" bị dùng nhiều lần"),
        ProblemKind::InvalidId(id) => {
            format!("mã \"{id}\" không hợp lệ (dùng chữ, số, '-', '_' hoặc '.', tối đa 64 ký tự)")
        }
        ProblemKind::UnknownReference { list, id } => format!("\"{id}\" không phải là mã trong \"{list}\""),
        ProblemKind::UnknownField(name) => format!("trường lạ \"{name}\" bị bỏ qua"),
        ProblemKind::NotShown { field, fate } => match fate {
            Fate::Ignored => format!("dòng thời gian này không vẽ \"{field}\"; trường này bị bỏ qua"),
            Fate::OrderOnly => format!("\"{field}\" chỉ dùng để xếp thứ tự sự kiện, không hiển thị (giờ hiển thị đến giây)"),
            Fate::LinkOnly => format!("\"{field}\" không được nhúng; phần chi tiết hiển thị đường dẫn tới nó"),
            Fate::TextOnly => format!("\"{field}\" hiển thị dạng văn bản, bỏ định dạng"),
        },
        ProblemKind::RelativeLink(url) => {
            format!("đường dẫn \"{url}\" là đường dẫn tương đối với trang đã hiển thị tệp gốc, trang này không xác định được; đường dẫn bị bỏ qua")
        }
        ProblemKind::YearZero => "năm 0 (TimelineJS ghi là \"0\"): lịch không có năm 0, nên được đọc là năm 1 TCN".into(),
        ProblemKind::MixedOffsets(list) => {
            format!("các giờ dùng múi giờ UTC khác nhau ({list}); mỗi giờ hiển thị và đặt đúng như đã ghi, không quy đổi")
        }
        ProblemKind::UnsureFormat(list) => format!("không rõ định dạng: có thể là {list}; không định dạng nào khớp"),
        ProblemKind::ReadAs { field, as_field } => format!("\"{field}\" được đọc là \"{as_field}\", tên mà định dạng này dùng"),
        ProblemKind::NoneUsable(n) => format!("không hiển thị được sự kiện nào trong {} sự kiện (xem các lỗi ở trên)", number(*n)),
        ProblemKind::NotLanguageTag(t) => format!("\"{t}\" không phải mã ngôn ngữ (BCP 47: vi, en, zh-Hans, ms, ta, …)"),
        ProblemKind::Comments => "chú thích (// hoặc /* */) không thuộc JSON; đã bỏ qua, nhưng công cụ khác có thể từ chối tệp".into(),
        ProblemKind::OlderTimelineJs => "bố cục cũ của TimelineJS (\"timeline\" với các trang \"date\"); đã đọc theo bố cục đó".into(),
        ProblemKind::UnknownKind(kind) => format!("loại \"{kind}\" không xác định; hiển thị như sự kiện thường"),
        ProblemKind::UnknownStatus(s) => format!("trạng thái \"{s}\" không xác định (cần \"happened\" hoặc \"planned\")"),
        ProblemKind::MissingTranslation(lang) => format!("chưa có văn bản bằng ngôn ngữ \"{lang}\""),
        ProblemKind::NoCitation => "sự kiện không dẫn nguồn nào".into(),
        ProblemKind::UnsafeUrl(url) => format!("liên kết \"{url}\" không phải http, https hay mailto nên bị bỏ"),
        ProblemKind::IncompleteEvent => "sự kiện không đầy đủ do lỗi ở trên nên bị bỏ qua".into(),
        ProblemKind::NoEvents => "dòng thời gian không có sự kiện nào".into(),
        ProblemKind::HtmlRemoved(what) => format!("đã gỡ mã HTML khỏi văn bản: {what}"),
        ProblemKind::RowLength { found, expected } => {
            format!("dòng có {} ô nhưng dòng tiêu đề có {}", number(*found), number(*expected))
        }
        ProblemKind::UnclosedQuote => "một ô trong ngoặc kép không được đóng (thiếu dấu \"?)".into(),
        ProblemKind::MissingColumn(name) => format!("dòng tiêu đề không có cột \"{name}\""),
    }
}

fn type_name(t: &str) -> &str {
    match t {
        "string" => "chuỗi",
        "number" => "số",
        "boolean" => "đúng/sai",
        "array" => "mảng",
        "object" => "đối tượng",
        "null" => "rỗng",
        "text" => "văn bản",
        other => other,
    }
}

fn shown_count(shown: usize, total: usize) -> String {
    format!("Hiển thị {}/{} sự kiện", number(shown), number(total))
}

fn load_error(e: super::LoadError) -> String {
    match e {
        super::LoadError::Http(status) => format!("Không tải được dòng thời gian: máy chủ trả lời mã {}.", number(usize::from(status))),
        super::LoadError::Network => "Không tải được dòng thời gian: mất kết nối, hoặc máy chủ dữ liệu không cho trang này đọc (CORS).".into(),
        super::LoadError::Module => "Không tải được dòng thời gian: phần đọc loại tệp này của tiện ích không tải về được (mất kết nối, hoặc trang này không cho chạy tệp của nó).".into(),
        super::LoadError::Timeout => "Không tải được dòng thời gian: máy chủ phản hồi quá lâu.".into(),
        super::LoadError::Invalid => "Không đọc được dữ liệu của dòng thời gian.".into(),
    }
}

fn gap(days: f64) -> String {
    let (unit, n) = super::gap_parts(days);
    let mut out = number(n);
    out.push_str(match unit {
        super::GapUnit::Years => " năm",
        super::GapUnit::Months => " tháng",
        super::GapUnit::Days => " ngày",
        super::GapUnit::Hours => " giờ",
        super::GapUnit::Minutes => " phút",
    });
    out
}

fn more_problems(n: usize) -> String {
    let mut out = String::from("… và ");
    out.push_str(&number(n));
    out.push_str(" mục khác (relationship-timeline validate liệt kê mọi lỗi)");
    out
}
