//! Tiếng Việt.

use super::{number, Clock, DateForm, Order, Strings, TickForm};

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
    problems: [
        "lỗi cú pháp JSON: văn bản kết thúc quá sớm (tệp có bị cắt ngắn?)",
        "lỗi cú pháp JSON: ký tự không mong đợi '{0}'",
        "lỗi cú pháp JSON: JSON không cho phép dấu phẩy ngay trước dấu đóng ngoặc",
        "lỗi cú pháp JSON: chuỗi có ký tự thoát không hợp lệ",
        "lỗi cú pháp JSON: số không hợp lệ",
        "lỗi cú pháp JSON: ký tự điều khiển (tab, xuống dòng) trong chuỗi phải được thoát",
        "lỗi cú pháp JSON: lồng nhau sâu quá {0} cấp",
        "lỗi cú pháp JSON: có văn bản thừa sau phần dữ liệu",
        "tệp quá lớn ({0} byte; giới hạn là {1})",
        "quá nhiều sự kiện; chỉ dùng {0} sự kiện đầu tiên",
        "định dạng \"{0}\" không được hỗ trợ (cần \"relationship-timeline/1\")",
        "thiếu \"format\"; đọc như \"relationship-timeline/1\"",
        "thiếu trường bắt buộc \"{0}\"",
        "cần kiểu {0}, nhưng gặp {1}",
        "văn bản trống",
        "ngày \"{0}\" không hợp lệ (dùng YYYY, YYYY-MM, YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM)",
        "ngày \"{0}\" không hợp lệ: không có giờ hoặc múi giờ UTC đó",
        "ngày \"{0}\" không hợp lệ: không có tháng {1}",
        "ngày \"{0}\" không hợp lệ: không có ngày {1} (tháng đó có {2} ngày)",
        "ngày \"{0}\" không hợp lệ: năm nằm ngoài phạm vi",
        "ngày kết thúc {1} trước ngày bắt đầu {0}",
        "khóa \"{0}\" xuất hiện hai lần trong cùng đối tượng; dùng giá trị sau cùng",
        "một nửa ký tự được mã hóa riêng (surrogate lẻ); hiển thị thành �",
        "tệp là văn bản UTF-16; đã đọc được, nhưng hãy lưu lại dưới dạng UTF-8",
        "mã \"{0}\" bị dùng nhiều lần",
        "mã \"{0}\" không hợp lệ (dùng chữ, số, '-', '_' hoặc '.', tối đa 64 ký tự)",
        "\"{1}\" không phải là mã trong \"{0}\"",
        "trường lạ \"{0}\" bị bỏ qua",
        "dòng thời gian này không vẽ \"{0}\"; trường này bị bỏ qua",
        "\"{0}\" chỉ dùng để xếp thứ tự sự kiện, không hiển thị (giờ hiển thị đến giây)",
        "\"{0}\" không được nhúng; phần chi tiết hiển thị đường dẫn tới nó",
        "\"{0}\" hiển thị dạng văn bản, bỏ định dạng",
        "đường dẫn \"{0}\" là đường dẫn tương đối với trang đã hiển thị tệp gốc, trang này không xác định được; đường dẫn bị bỏ qua",
        "năm 0 (TimelineJS ghi là \"0\"): lịch không có năm 0, nên được đọc là năm 1 TCN",
        "các giờ dùng múi giờ UTC khác nhau ({0}); mỗi giờ hiển thị và đặt đúng như đã ghi, không quy đổi",
        "không rõ định dạng: có thể là {0}; không định dạng nào khớp",
        "\"{0}\" được đọc là \"{1}\", tên mà định dạng này dùng",
        "không hiển thị được sự kiện nào trong {0} sự kiện (xem các lỗi ở trên)",
        "\"{0}\" không phải mã ngôn ngữ (BCP 47: vi, en, zh-Hans, ms, ta, …)",
        "chú thích (// hoặc /* */) không thuộc JSON; đã bỏ qua, nhưng công cụ khác có thể từ chối tệp",
        "bố cục cũ của TimelineJS (\"timeline\" với các trang \"date\"); đã đọc theo bố cục đó",
        "loại \"{0}\" không xác định; hiển thị như sự kiện thường",
        "trạng thái \"{0}\" không xác định (cần \"happened\" hoặc \"planned\")",
        "chưa có văn bản bằng ngôn ngữ \"{0}\"",
        "sự kiện không dẫn nguồn nào",
        "liên kết \"{0}\" không phải http, https hay mailto nên bị bỏ",
        "sự kiện không đầy đủ do lỗi ở trên nên bị bỏ qua",
        "dòng thời gian không có sự kiện nào",
        "đã gỡ mã HTML khỏi văn bản: {0}",
        "dòng có {0} ô nhưng dòng tiêu đề có {1}",
        "một ô trong ngoặc kép không được đóng (thiếu dấu \"?)",
        "dòng tiêu đề không có cột \"{0}\"",
    ],
    types: ["chuỗi", "số", "đúng/sai", "mảng", "đối tượng", "rỗng", "văn bản"],
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
