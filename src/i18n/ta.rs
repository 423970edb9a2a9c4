//! தமிழ் (Tamil).

use super::{number, Clock, DateForm, Order, Strings, TickForm};
use crate::date::DateError;
use crate::json::SyntaxError;
use crate::problem::{Fate, ProblemKind};

pub static STRINGS: Strings = Strings {
    name: "தமிழ்",
    timeline: "காலவரிசை",
    language: "மொழி",
    zoom_in: "பெரிதாக்கு",
    zoom_out: "சிறிதாக்கு",
    fit_all: "அனைத்தையும் காட்டு",
    close: "மூடு",
    previous: "முந்தைய நிகழ்வு",
    next: "அடுத்த நிகழ்வு",
    details: "நிகழ்வு விவரங்கள்",
    events: "நிகழ்வுகள்",
    tiers: "உறவின் நிலை",
    tier: "உறவின் நிலை",
    pillars: "ஒத்துழைப்புத் துறைகள்",
    actors: "யார்",
    place: "எங்கே",
    sources: "ஆதாரங்கள்",
    note: "குறிப்பு",
    today: "இன்று",
    dismiss: "மூடு",
    no_events: "காட்ட நிகழ்வுகள் எதுவும் இல்லை.",
    and_more: "மேலும்",
    filters: "வடிகட்டு",
    clear_filters: "வடிகட்டிகளை நீக்கு",
    kind_group: "நிகழ்வின் வகை",
    status_group: "நிலை",
    axis: "கால அச்சு: காலத்தில் நகர அம்புக்குறி விசைகளைப் பயன்படுத்தவும்",
    showing: "காட்டப்படுவது",
    loading: "காலவரிசை ஏற்றப்படுகிறது…",
    show_earlier: "முந்தைய நிகழ்வுகளைக் காட்டு",
    show_later: "பிந்தைய நிகழ்வுகளைக் காட்டு",
    retry: "மீண்டும் முயல்க",
    media: "ஊடகம்",
    credit: "நன்றி",
    load_error,
    kinds: [
        "உறவு நிறுவப்பட்டது",
        "தரம் உயர்வு",
        "பயணம்",
        "பேச்சுவார்த்தை",
        "சந்திப்பு",
        "தொலைபேசி அழைப்பு",
        "ஒப்பந்தம்",
        "திட்டம்",
        "உறுதிமொழி",
        "மைல்கல்",
        "நிகழ்வு",
    ],
    happened: "நடந்தது",
    planned: "திட்டமிடப்பட்டது",
    planned_word: "திட்டமிடப்பட்டது",
    dates: DateForm {
        months: ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"],
        day_month: " ",
        month_year: " ",
        before_era: "கி.மு.",
        // Cutting a Tamil month name to a few bytes would split its letters: numbers.
        short_ticks: TickForm::Numbers,
        clock: Clock::H12Before { am: "முற்பகல்", pm: "பிற்பகல்" },
        date_time: ", ",
        order: Order::DayFirst,
        era_first: true,
    },
    problem,
    event_count,
    shown_count,
    to_scale: "அளவுக்கேற்ற காலம்",
    to_scale_hint: "சம காலத்துக்குச் சம அகலம். அணைத்தால்: ஒவ்வொரு நிகழ்வுக்கும் இடம் கிடைக்கும்; நீண்ட அமைதியான காலங்கள் சுருக்கப்பட்டுக் குறிக்கப்படும்.",
    gap,
    more_problems,
    full_text: "முழு உரையைக் காட்டு",
    by_group: "செயல்பட்டவர்",
    direction: "இருந்து → வரை",
    visits: "பயணங்கள்",
    and: "மற்றும்",
    outcome,
    error_word: "பிழை",
    warning_word: "எச்சரிக்கை",
};

/// A count with its noun: Tamil has a singular and a plural.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

fn outcome(shown: usize, given: usize, errors: usize, warnings: usize) -> String {
    let mut out = format!("{} இல் {} காட்டப்படுகின்றன", count(given, "நிகழ்வு", "நிகழ்வுகள்"), number(shown));
    let left = given.saturating_sub(shown);
    if left > 0 {
        out.push_str(&format!(" · {} விடுபட்டன", number(left)));
    } else if errors > 0 {
        out.push_str(" · ");
        out.push_str(&count(errors, "பிழை", "பிழைகள்"));
    }
    if warnings > 0 {
        out.push_str(" · ");
        out.push_str(&count(warnings, "எச்சரிக்கை", "எச்சரிக்கைகள்"));
    }
    out
}

fn event_count(n: usize) -> String {
    count(n, "நிகழ்வு", "நிகழ்வுகள்")
}

fn shown_count(shown: usize, total: usize) -> String {
    format!("{} இல் {} காட்டப்படுகின்றன", count(total, "நிகழ்வு", "நிகழ்வுகள்"), number(shown))
}

fn syntax(e: &SyntaxError) -> String {
    match e {
        SyntaxError::UnexpectedEnd => "உரை முன்கூட்டியே முடிகிறது (கோப்பு துண்டிக்கப்பட்டதா?)".into(),
        SyntaxError::UnexpectedChar(c) => format!("எதிர்பாராத எழுத்து '{}'", c.escape_debug()),
        SyntaxError::TrailingComma => "JSON இல் மூடும் அடைப்புக்குறிக்கு முன் காற்புள்ளி அனுமதிக்கப்படாது".into(),
        SyntaxError::InvalidEscape => "சரத்தில் தவறான விடுபடு வரிசை".into(),
        SyntaxError::InvalidNumber => "தவறான எண்".into(),
        SyntaxError::ControlCharacter => "சரத்தினுள் உள்ள கட்டுப்பாட்டு எழுத்து (தத்தல், புதிய வரி) விடுபடுத்தப்பட வேண்டும்".into(),
        SyntaxError::TooDeep(n) => format!("{} நிலைகளுக்கு மேல் உள்ளமைவு", number(*n)),
        SyntaxError::TrailingText => "தரவு முடிந்த பின் எதிர்பாராத உரை".into(),
    }
}

fn type_name(t: &str) -> &str {
    match t {
        "string" => "சரம்",
        "number" => "எண்",
        "boolean" => "சரி/தவறு",
        "array" => "அணி",
        "object" => "பொருள்",
        "null" => "வெற்று",
        "text" => "உரை",
        other => other,
    }
}

fn problem(p: &ProblemKind) -> String {
    match p {
        ProblemKind::Syntax(e) => format!("JSON தொடரியல் பிழை: {}", syntax(e)),
        ProblemKind::InputTooLarge { bytes, limit } => {
            format!("கோப்பு மிகப் பெரியது ({} பைட்டுகள்; வரம்பு {})", number(*bytes), number(*limit))
        }
        ProblemKind::TooManyEvents { limit } => format!("நிகழ்வுகள் மிக அதிகம்; முதல் {} மட்டும் பயன்படுத்தப்படுகின்றன", number(*limit)),
        ProblemKind::UnsupportedFormat(f) => format!("ஆதரிக்கப்படாத வடிவம் \"{f}\" (எதிர்பார்த்தது \"relationship-timeline/1\")"),
        ProblemKind::MissingFormat => "\"format\" கொடுக்கப்படவில்லை; \"relationship-timeline/1\" ஆகப் படிக்கப்படுகிறது".into(),
        ProblemKind::MissingField(name) => format!("தேவையான புலம் \"{name}\" இல்லை"),
        ProblemKind::WrongType { expected, found } => format!("{} எதிர்பார்க்கப்பட்டது, {} கிடைத்தது", type_name(expected), type_name(found)),
        ProblemKind::EmptyText => "உரை வெறுமையாக உள்ளது".into(),
        ProblemKind::InvalidDate { text, error } => match error {
            DateError::Shape => format!("தவறான தேதி \"{text}\" (YYYY, YYYY-MM, YYYY-MM-DD அல்லது YYYY-MM-DDTHH:MM பயன்படுத்தவும்)"),
            DateError::TimeOutOfRange => format!("தவறான தேதி \"{text}\": அந்த நேரமோ UTC வேறுபாடோ இல்லை"),
            DateError::MonthOutOfRange(m) => format!("தவறான தேதி \"{text}\": {} ஆம் மாதம் இல்லை", number(usize::from(*m))),
            DateError::DayOutOfRange { day, days_in_month } => format!(
                "தவறான தேதி \"{text}\": {} ஆம் நாள் இல்லை (அந்த மாதத்தில் {} நாட்கள்)",
                number(usize::from(*day)),
                number(usize::from(*days_in_month))
            ),
            DateError::YearOutOfRange(_) => format!("தவறான தேதி \"{text}\": ஆண்டு வரம்புக்கு வெளியே உள்ளது"),
        },
        ProblemKind::EndBeforeStart { start, end } => format!("முடிவுத் தேதி {end} தொடக்கத் தேதி {start} க்கு முன் உள்ளது"),
        ProblemKind::DuplicateKey(k) => format!("\"{k}\" என்ற திறவுகோல் இந்தப் பொருளில் இருமுறை உள்ளது; கடைசி மதிப்பு பயன்படுத்தப்படுகிறது"),
        ProblemKind::LoneSurrogate => "ஒரு எழுத்தின் பாதி தனியாக விடுபடுத்தப்பட்டுள்ளது (தனி மாற்றுக்குறி); \u{fffd} ஆகக் காட்டப்படுகிறது".into(),
        ProblemKind::Utf16 => "கோப்பு UTF-16 உரை; அவ்வாறே படிக்கப்பட்டது, ஆனால் UTF-8 ஆகச் சேமிக்கவும்".into(),
        ProblemKind::DuplicateId(id) => format!("\"{id}\" என்ற அடையாளம் ஒன்றுக்கு மேற்பட்ட முறை பயன்படுத்தப்பட்டுள்ளது"),
        ProblemKind::InvalidId(id) => {
            format!("தவறான அடையாளம் \"{id}\" (எழுத்துகள், இலக்கங்கள், '-', '_' அல்லது '.' பயன்படுத்தவும்; அதிகபட்சம் 64 எழுத்துகள்)")
        }
        ProblemKind::UnknownReference { list, id } => format!("\"{id}\" என்பது \"{list}\" இல் உள்ள அடையாளம் அல்ல"),
        ProblemKind::UnknownField(name) => format!("அறியப்படாத புலம் \"{name}\" புறக்கணிக்கப்படுகிறது"),
        ProblemKind::NotShown { field, fate } => match fate {
            Fate::Ignored => format!("\"{field}\" இந்தக் காலவரிசையில் வரையப்படுவதில்லை; அது விடப்படுகிறது"),
            Fate::OrderOnly => format!("\"{field}\" நிகழ்வுகளின் வரிசைக்காக வைக்கப்படுகிறது, காட்டப்படுவதில்லை (நேரம் வினாடி வரை காட்டப்படும்)"),
            Fate::LinkOnly => format!("\"{field}\" உட்பொதிக்கப்படுவதில்லை; விவரங்களில் அதற்கான இணைப்பு காட்டப்படும்"),
            Fate::TextOnly => format!("\"{field}\" குறியீடுகள் இன்றி உரையாகக் காட்டப்படுகிறது"),
        },
        ProblemKind::RelativeLink(url) => {
            format!("\"{url}\" என்ற இணைப்பு மூலக் கோப்பைக் காட்டிய பக்கத்தைச் சார்ந்தது; அப்பக்கம் இங்கு தெரியாது; அது விடப்படுகிறது")
        }
        ProblemKind::YearZero => "ஆண்டு 0 (TimelineJS \"0\" என அச்சிடுகிறது): நாட்காட்டியில் ஆண்டு 0 இல்லை, எனவே கி.மு. 1 ஆகப் படிக்கப்படுகிறது".into(),
        ProblemKind::MixedOffsets(list) => {
            format!("நேரங்கள் வெவ்வேறு UTC வேறுபாடுகளைப் பயன்படுத்துகின்றன ({list}); ஒவ்வொன்றும் எழுதியபடியே காட்டப்பட்டு வைக்கப்படுகிறது, மாற்றப்படுவதில்லை")
        }
        ProblemKind::UnsureFormat(list) => format!("வடிவம் தெளிவாக இல்லை: அது {list} ஆக இருக்கலாம்; எதுவும் பொருந்தவில்லை"),
        ProblemKind::ReadAs { field, as_field } => {
            format!("\"{field}\" ஆனது \"{as_field}\" ஆகப் படிக்கப்படுகிறது; இந்த வடிவம் அதற்கு இடும் பெயர் அது")
        }
        ProblemKind::NoneUsable(n) => format!("{} நிகழ்வுகளில் எதையும் காட்ட முடியவில்லை (மேலே உள்ள சிக்கல்களைப் பார்க்கவும்)", number(*n)),
        ProblemKind::NotLanguageTag(t) => format!("\"{t}\" என்பது மொழிக் குறி அல்ல (BCP 47: vi, en, zh-Hans, ms, ta, …)"),
        ProblemKind::Comments => "குறிப்புரைகள் (// அல்லது /* */) JSON இன் பகுதி அல்ல; அவை தவிர்க்கப்பட்டன, ஆனால் பிற கருவிகள் கோப்பை மறுக்கலாம்".into(),
        ProblemKind::OlderTimelineJs => "TimelineJS இன் பழைய அமைப்பு (\"date\" படவில்லைகளுடன் \"timeline\"); அவ்வாறே படிக்கப்பட்டது".into(),
        ProblemKind::UnknownKind(kind) => format!("அறியப்படாத வகை \"{kind}\"; சாதாரண நிகழ்வாகக் காட்டப்படுகிறது"),
        ProblemKind::UnknownStatus(s) => format!("அறியப்படாத நிலை \"{s}\" (\"happened\" அல்லது \"planned\" எதிர்பார்க்கப்பட்டது)"),
        ProblemKind::MissingTranslation(lang) => format!("\"{lang}\" மொழியில் உரை இல்லை"),
        ProblemKind::NoCitation => "இந்த நிகழ்வு எந்த ஆதாரத்தையும் மேற்கோள் காட்டவில்லை".into(),
        ProblemKind::UnsafeUrl(url) => format!("\"{url}\" என்ற இணைப்பு http, https அல்லது mailto அல்ல; அது விடப்படுகிறது"),
        ProblemKind::IncompleteEvent => "மேலே உள்ள பிழையால் இந்த நிகழ்வு முழுமையற்றது; அது விடப்படுகிறது".into(),
        ProblemKind::NoEvents => "காலவரிசையில் நிகழ்வுகள் இல்லை".into(),
        ProblemKind::HtmlRemoved(what) => format!("உரையிலிருந்து குறியீடுகள் நீக்கப்பட்டன: {what}"),
        ProblemKind::RowLength { found, expected } => {
            format!("இந்த வரிசையில் {} கலங்கள் உள்ளன, ஆனால் தலைப்பு வரிசையில் {}", number(*found), number(*expected))
        }
        ProblemKind::UnclosedQuote => "மேற்கோளிட்ட கலம் மூடப்படவே இல்லை (\" விடுபட்டதா?)".into(),
        ProblemKind::MissingColumn(name) => format!("தலைப்பு வரிசையில் \"{name}\" நெடுவரிசை இல்லை"),
    }
}

fn load_error(e: super::LoadError) -> String {
    match e {
        super::LoadError::Http(status) => format!("காலவரிசையை ஏற்ற முடியவில்லை: சேவையகம் {} என்று பதிலளித்தது.", number(usize::from(status))),
        super::LoadError::Network => {
            "காலவரிசையை ஏற்ற முடியவில்லை: இணைப்பு இல்லை, அல்லது தரவின் சேவையகம் இப்பக்கம் அதைப் படிக்க அனுமதிக்கவில்லை (CORS).".into()
        }
        super::LoadError::Module => {
            "காலவரிசையை ஏற்ற முடியவில்லை: இவ்வகைக் கோப்பைப் படிக்கும் பகுதி பதிவிறக்கப்படவில்லை (இணைப்பு இல்லை, அல்லது இப்பக்கம் அதன் கோப்புகளை அனுமதிக்கவில்லை)."
                .into()
        }
        super::LoadError::Timeout => "காலவரிசையை ஏற்ற முடியவில்லை: சேவையகம் பதிலளிக்க அதிக நேரம் எடுத்தது.".into(),
        super::LoadError::Invalid => "காலவரிசையின் தரவைப் படிக்க முடியவில்லை.".into(),
    }
}

fn gap(days: f64) -> String {
    let (unit, n) = super::gap_parts(days);
    let (one, many) = match unit {
        super::GapUnit::Years => ("ஆண்டு", "ஆண்டுகள்"),
        super::GapUnit::Months => ("மாதம்", "மாதங்கள்"),
        super::GapUnit::Days => ("நாள்", "நாட்கள்"),
        super::GapUnit::Hours => ("மணிநேரம்", "மணிநேரங்கள்"),
        super::GapUnit::Minutes => ("நிமிடம்", "நிமிடங்கள்"),
    };
    count(n, one, many)
}

fn more_problems(n: usize) -> String {
    format!("… மேலும் {} (relationship-timeline validate எல்லாச் சிக்கல்களையும் பட்டியலிடும்)", number(n))
}
