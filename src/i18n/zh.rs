//! 简体中文 (zh-Hans).

use super::{number, Clock, DateForm, Order, Strings, TickForm};
use crate::date::DateError;
use crate::json::SyntaxError;
use crate::problem::{Fate, ProblemKind};

pub static STRINGS: Strings = Strings {
    name: "中文",
    timeline: "时间线",
    language: "语言",
    zoom_in: "放大",
    zoom_out: "缩小",
    fit_all: "显示全部",
    close: "关闭",
    previous: "上一个事件",
    next: "下一个事件",
    details: "事件详情",
    events: "事件",
    tiers: "关系级别",
    tier: "关系级别",
    pillars: "合作领域",
    actors: "人物",
    place: "地点",
    sources: "来源",
    note: "注",
    today: "今天",
    dismiss: "关闭提示",
    no_events: "没有可显示的事件。",
    and_more: "更多",
    filters: "筛选",
    clear_filters: "清除筛选",
    kind_group: "事件类型",
    status_group: "状态",
    axis: "时间轴：用方向键在时间中移动",
    showing: "显示",
    loading: "正在加载时间线…",
    show_earlier: "显示更早的事件",
    show_later: "显示更晚的事件",
    retry: "重试",
    media: "媒体",
    credit: "来源",
    load_error,
    kinds: ["建立关系", "关系升级", "访问", "会谈", "会见", "通电话", "签署协议", "合作计划", "承诺", "里程碑", "事件"],
    happened: "已发生",
    planned: "计划中",
    planned_word: "计划中",
    dates: DateForm {
        months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
        day_month: "",
        month_year: "",
        before_era: "公元前",
        short_ticks: TickForm::Numbers,
        clock: Clock::H24,
        date_time: " ",
        order: Order::YearFirst { year: "年", month: "月", day: "日" },
        era_first: true,
    },
    problem,
    event_count,
    shown_count,
    to_scale: "按比例显示时间",
    to_scale_hint: "时间相同，宽度相同。关闭时：每个事件都有位置，漫长的平静时期会被缩短并标出。",
    gap,
    more_problems,
    full_text: "显示全文",
    by_group: "行动方",
    direction: "从 → 到",
    visits: "访问",
    and: "和",
    outcome,
    error_word: "错误",
    warning_word: "警告",
};

fn outcome(shown: usize, given: usize, errors: usize, warnings: usize) -> String {
    let mut out = format!("显示 {} 个事件中的 {} 个", number(given), number(shown));
    let left = given.saturating_sub(shown);
    if left > 0 {
        out.push_str(&format!(" · {} 个未显示", number(left)));
    } else if errors > 0 {
        out.push_str(&format!(" · {} 个错误", number(errors)));
    }
    if warnings > 0 {
        out.push_str(&format!(" · {} 个警告", number(warnings)));
    }
    out
}

fn event_count(n: usize) -> String {
    format!("{} 个事件", number(n))
}

fn shown_count(shown: usize, total: usize) -> String {
    format!("显示 {} 个事件中的 {} 个", number(total), number(shown))
}

fn syntax(e: &SyntaxError) -> String {
    match e {
        SyntaxError::UnexpectedEnd => "文本过早结束（文件是否不完整？）".into(),
        SyntaxError::UnexpectedChar(c) => format!("意外的字符 '{}'", c.escape_debug()),
        SyntaxError::TrailingComma => "JSON 不允许在右括号前加逗号".into(),
        SyntaxError::InvalidEscape => "字符串中有无效的转义序列".into(),
        SyntaxError::InvalidNumber => "无效的数字".into(),
        SyntaxError::ControlCharacter => "字符串中的控制字符（制表符、换行符）必须转义".into(),
        SyntaxError::TooDeep(n) => format!("嵌套超过 {} 层", number(*n)),
        SyntaxError::TrailingText => "数据结束后还有多余的文本".into(),
    }
}

fn type_name(t: &str) -> &str {
    match t {
        "string" => "字符串",
        "number" => "数字",
        "boolean" => "布尔值",
        "array" => "数组",
        "object" => "对象",
        "null" => "空值",
        "text" => "文本",
        other => other,
    }
}

fn problem(p: &ProblemKind) -> String {
    match p {
        ProblemKind::Syntax(e) => format!("JSON 语法错误：{}", syntax(e)),
        ProblemKind::InputTooLarge { bytes, limit } => format!("文件太大（{} 字节；上限为 {}）", number(*bytes), number(*limit)),
        ProblemKind::TooManyEvents { limit } => format!("事件太多；只使用前 {} 个", number(*limit)),
        ProblemKind::UnsupportedFormat(f) => format!("不支持的格式 \"{f}\"（应为 \"relationship-timeline/1\"）"),
        ProblemKind::MissingFormat => "未给出 \"format\"；按 \"relationship-timeline/1\" 读取".into(),
        ProblemKind::MissingField(name) => format!("缺少必填字段 \"{name}\""),
        ProblemKind::WrongType { expected, found } => format!("应为{}，实际为{}", type_name(expected), type_name(found)),
        ProblemKind::EmptyText => "文本为空".into(),
        ProblemKind::InvalidDate { text, error } => match error {
            DateError::Shape => format!("无效的日期 \"{text}\"（请用 YYYY、YYYY-MM、YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）"),
            DateError::TimeOutOfRange => format!("无效的日期 \"{text}\"：该时刻或 UTC 时差不存在"),
            DateError::MonthOutOfRange(m) => format!("无效的日期 \"{text}\"：没有 {} 月", number(usize::from(*m))),
            DateError::DayOutOfRange { day, days_in_month } => format!(
                "无效的日期 \"{text}\"：没有 {} 日（该月只有 {} 天）",
                number(usize::from(*day)),
                number(usize::from(*days_in_month))
            ),
            DateError::YearOutOfRange(_) => format!("无效的日期 \"{text}\"：年份超出范围"),
        },
        ProblemKind::EndBeforeStart { start, end } => format!("结束日期 {end} 早于开始日期 {start}"),
        ProblemKind::DuplicateKey(k) => format!("键 \"{k}\" 在同一对象中出现两次；使用最后一个值"),
        ProblemKind::LoneSurrogate => "单独转义的半个字符（孤立代理项）；显示为 \u{fffd}".into(),
        ProblemKind::Utf16 => "文件是 UTF-16 文本；已按此读取，但请保存为 UTF-8".into(),
        ProblemKind::DuplicateId(id) => format!("标识 \"{id}\" 被使用了多次"),
        ProblemKind::InvalidId(id) => format!("无效的标识 \"{id}\"（请用字母、数字、'-'、'_' 或 '.'，最多 64 个字符）"),
        ProblemKind::UnknownReference { list, id } => format!("\"{id}\" 不是 \"{list}\" 中的标识"),
        ProblemKind::UnknownField(name) => format!("未知字段 \"{name}\" 被忽略"),
        ProblemKind::NotShown { field, fate } => match fate {
            Fate::Ignored => format!("此时间线不显示 \"{field}\"；已略去"),
            Fate::OrderOnly => format!("\"{field}\" 只用于事件的先后顺序，不显示（时间显示到秒）"),
            Fate::LinkOnly => format!("\"{field}\" 不嵌入显示；详情中提供指向它的链接"),
            Fate::TextOnly => format!("\"{field}\" 以纯文本显示，不带标记"),
        },
        ProblemKind::RelativeLink(url) => format!("链接 \"{url}\" 是相对于显示原文件的页面的，此处无法得知该页面；已略去"),
        ProblemKind::YearZero => "0 年（TimelineJS 显示为 \"0\"）：历法中没有 0 年，因此按公元前 1 年读取".into(),
        ProblemKind::MixedOffsets(list) => format!("各时刻使用不同的 UTC 时差（{list}）；均按原样显示和排列，不作换算"),
        ProblemKind::UnsureFormat(list) => format!("格式不明：可能是 {list}；都不符合"),
        ProblemKind::ReadAs { field, as_field } => format!("\"{field}\" 按 \"{as_field}\" 读取，这是该格式使用的名称"),
        ProblemKind::NoneUsable(n) => format!("{} 个事件都无法显示（见上面的问题）", number(*n)),
        ProblemKind::NotLanguageTag(t) => format!("\"{t}\" 不是语言标记（BCP 47：vi、en、zh-Hans、ms、ta 等）"),
        ProblemKind::Comments => "注释（// 或 /* */）不属于 JSON；已跳过，但其他工具可能拒绝该文件".into(),
        ProblemKind::OlderTimelineJs => "TimelineJS 的旧版结构（带 \"date\" 幻灯片的 \"timeline\"）；已按此读取".into(),
        ProblemKind::UnknownKind(kind) => format!("未知类型 \"{kind}\"；按普通事件显示"),
        ProblemKind::UnknownStatus(s) => format!("未知状态 \"{s}\"（应为 \"happened\" 或 \"planned\"）"),
        ProblemKind::MissingTranslation(lang) => format!("没有 \"{lang}\" 语言的文本"),
        ProblemKind::NoCitation => "该事件没有引用任何来源".into(),
        ProblemKind::UnsafeUrl(url) => format!("链接 \"{url}\" 不是 http、https 或 mailto，已略去"),
        ProblemKind::IncompleteEvent => "由于上面的错误，该事件不完整，已略去".into(),
        ProblemKind::NoEvents => "时间线中没有事件".into(),
        ProblemKind::HtmlRemoved(what) => format!("已从文本中删除标记：{what}"),
        ProblemKind::RowLength { found, expected } => format!("该行有 {} 个单元格，但标题行有 {} 个", number(*found), number(*expected)),
        ProblemKind::UnclosedQuote => "带引号的单元格没有结束（缺少 \"？）".into(),
        ProblemKind::MissingColumn(name) => format!("标题行中没有 \"{name}\" 列"),
    }
}

fn load_error(e: super::LoadError) -> String {
    match e {
        super::LoadError::Http(status) => format!("无法加载时间线：服务器返回 {}。", number(usize::from(status))),
        super::LoadError::Network => "无法加载时间线：没有网络连接，或数据所在的服务器不允许此页面读取（CORS）。".into(),
        super::LoadError::Module => "无法加载时间线：读取此类文件的组件部分未能下载（没有网络连接，或此页面不允许加载它的文件）。".into(),
        super::LoadError::Timeout => "无法加载时间线：服务器响应时间过长。".into(),
        super::LoadError::Invalid => "无法读取时间线的数据。".into(),
    }
}

fn gap(days: f64) -> String {
    let (unit, n) = super::gap_parts(days);
    let mut out = number(n);
    out.push_str(match unit {
        super::GapUnit::Years => " 年",
        super::GapUnit::Months => " 个月",
        super::GapUnit::Days => " 天",
        super::GapUnit::Hours => " 小时",
        super::GapUnit::Minutes => " 分钟",
    });
    out
}

fn more_problems(n: usize) -> String {
    format!("… 另有 {} 项（relationship-timeline validate 会列出所有问题）", number(n))
}
