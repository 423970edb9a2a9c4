//! 简体中文 (zh-Hans).

use super::{number, Clock, DateForm, Order, Strings, TickForm};

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
    problems: [
        "JSON 语法错误：文本过早结束（文件是否不完整？）",
        "JSON 语法错误：意外的字符 '{0}'",
        "JSON 语法错误：JSON 不允许在右括号前加逗号",
        "JSON 语法错误：字符串中有无效的转义序列",
        "JSON 语法错误：无效的数字",
        "JSON 语法错误：字符串中的控制字符（制表符、换行符）必须转义",
        "JSON 语法错误：嵌套超过 {0} 层",
        "JSON 语法错误：数据结束后还有多余的文本",
        "文件太大（{0} 字节；上限为 {1}）",
        "事件太多；只使用前 {0} 个",
        "不支持的格式 \"{0}\"（应为 \"relationship-timeline/1\"）",
        "未给出 \"format\"；按 \"relationship-timeline/1\" 读取",
        "缺少必填字段 \"{0}\"",
        "应为{0}，实际为{1}",
        "文本为空",
        "无效的日期 \"{0}\"（请用 YYYY、YYYY-MM、YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）",
        "无效的日期 \"{0}\"：该时刻或 UTC 时差不存在",
        "无效的日期 \"{0}\"：没有 {1} 月",
        "无效的日期 \"{0}\"：没有 {1} 日（该月只有 {2} 天）",
        "无效的日期 \"{0}\"：年份超出范围",
        "结束日期 {1} 早于开始日期 {0}",
        "键 \"{0}\" 在同一对象中出现两次；使用最后一个值",
        "单独转义的半个字符（孤立代理项）；显示为 �",
        "文件是 UTF-16 文本；已按此读取，但请保存为 UTF-8",
        "标识 \"{0}\" 被使用了多次",
        "无效的标识 \"{0}\"（请用字母、数字、'-'、'_' 或 '.'，最多 64 个字符）",
        "\"{1}\" 不是 \"{0}\" 中的标识",
        "未知字段 \"{0}\" 被忽略",
        "此时间线不显示 \"{0}\"；已略去",
        "\"{0}\" 只用于事件的先后顺序，不显示（时间显示到秒）",
        "\"{0}\" 不嵌入显示；详情中提供指向它的链接",
        "\"{0}\" 以纯文本显示，不带标记",
        "链接 \"{0}\" 是相对于显示原文件的页面的，此处无法得知该页面；已略去",
        "0 年（TimelineJS 显示为 \"0\"）：历法中没有 0 年，因此按公元前 1 年读取",
        "各时刻使用不同的 UTC 时差（{0}）；均按原样显示和排列，不作换算",
        "格式不明：可能是 {0}；都不符合",
        "\"{0}\" 按 \"{1}\" 读取，这是该格式使用的名称",
        "{0} 个事件都无法显示（见上面的问题）",
        "\"{0}\" 不是语言标记（BCP 47：vi、en、zh-Hans、ms、ta 等）",
        "注释（// 或 /* */）不属于 JSON；已跳过，但其他工具可能拒绝该文件",
        "TimelineJS 的旧版结构（带 \"date\" 幻灯片的 \"timeline\"）；已按此读取",
        "未知类型 \"{0}\"；按普通事件显示",
        "未知状态 \"{0}\"（应为 \"happened\" 或 \"planned\"）",
        "没有 \"{0}\" 语言的文本",
        "该事件没有引用任何来源",
        "链接 \"{0}\" 不是 http、https 或 mailto，已略去",
        "由于上面的错误，该事件不完整，已略去",
        "时间线中没有事件",
        "已从文本中删除标记：{0}",
        "该行有 {0} 个单元格，但标题行有 {1} 个",
        "带引号的单元格没有结束（缺少 \"？）",
        "标题行中没有 \"{0}\" 列",
    ],
    types: ["字符串", "数字", "布尔值", "数组", "对象", "空值", "文本"],
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
