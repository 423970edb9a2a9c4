//! A small JSON reader that remembers where every value starts.
//!
//! Editors need errors that point at a line and column, and a reader should lose one
//! event, not the whole timeline, when a file is cut short. So this reader keeps the
//! position of every value and key, and on a syntax error it returns the error together
//! with everything it completed before it: containers that were still open are closed
//! and marked `complete: false`, so the model builder can skip them.
//!
//! Numbers are kept as their source text: the format needs only integers, and leaving
//! float parsing out keeps the wasm build small.

use std::borrow::Cow;

/// 1-based line and column (in characters) of a place in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// A JSON value with the position where it starts. Strings without escapes (nearly
/// all of them) are borrowed from the text, not copied.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub pos: Pos,
    pub value: Value<'a>,
}

/// The member name of an object, with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Key<'a> {
    pub name: Cow<'a, str>,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number exactly as written.
    Number(&'a str),
    String(Cow<'a, str>),
    Array {
        items: Vec<Node<'a>>,
        complete: bool,
    },
    Object {
        members: Vec<(Key<'a>, Node<'a>)>,
        complete: bool,
    },
}

/// What follows an item of an array or object.
enum Next {
    Item,
    Closed,
    Broken,
}

/// What went wrong while reading JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    UnexpectedEnd,
    UnexpectedChar(char),
    TrailingComma,
    InvalidEscape,
    InvalidNumber,
    ControlCharacter,
    TooDeep(usize),
    TrailingText,
}

/// A syntax error and where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub pos: Pos,
    pub error: SyntaxError,
}

/// The deepest nesting of arrays and objects accepted before reading stops: deep enough
/// for any real timeline, shallow enough that hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// Reads `text` as one JSON document. Returns what could be read (if anything) and the
/// first syntax error (if any). A leading byte-order mark is skipped.
pub fn read(text: &str) -> (Option<Node<'_>>, Option<JsonError>) {
    let read = read_noting(text);
    (read.root, read.error)
}

/// What reading JSON found that it read anyway, and that an editor should hear of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A `\uD800`–`\uDFFF` escape without its other half, read as U+FFFD.
    LoneSurrogate(Pos),
    /// A key given twice in one object: the last value counts.
    DuplicateKey(Pos, String),
    /// The first of the document's `//` or `/* */` comments, which JSON does not have;
    /// they are skipped.
    Comment(Pos),
    /// A comma before a closing bracket (the place of the comma). JSON has none and
    /// `JSON.parse` refuses the file, so it is an error; but hand-edited files and
    /// TimelineJS data copied out of a script often have one, and what follows it is
    /// read as if it were not there, so no event after it is lost.
    TrailingComma(Pos),
    /// The data is inside a script (`var data = {…};`, `new TL.Timeline('id', {…})`):
    /// where the script starts, and its words before the data. Only the data is read.
    #[cfg(feature = "importers")]
    Script(Pos, String),
}

/// The document, where reading stopped (if it did), and the notes of what was read
/// anyway.
pub struct Read<'a> {
    pub root: Option<Node<'a>>,
    pub error: Option<JsonError>,
    pub notes: Vec<Note>,
}

/// Reads a JSON document as [`read`] does, with its [`Note`]s.
pub fn read_noting(text: &str) -> Read<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::new(text);
    reader.skip_space();
    let root = reader.value(0);
    if reader.error.is_none() {
        reader.skip_space();
        if reader.at < reader.src.len() {
            reader.fail(SyntaxError::TrailingText);
        }
    }
    Read { root, error: reader.error, notes: reader.notes }
}

/// Reads the JSON value at byte `start` of a script that holds it (`var data = {…};`),
/// with the script's own positions; its keys may go without quotes and its strings in
/// single quotes, as a script's (`{start_date: {year: 2013}, text: {headline: 'A'}}`).
/// Also returns the byte where the reading stopped (past the value, or where it
/// broke): what follows is the script's, not read here.
#[cfg(feature = "importers")]
pub fn read_script(text: &str, start: usize) -> (Read<'_>, usize) {
    let mut reader = Reader::at(text, start);
    reader.script = true;
    let root = reader.value(0);
    let end = reader.at;
    (Read { root, error: reader.error, notes: reader.notes }, end)
}

/// The line and column of byte `at` of `text`.
#[cfg(feature = "importers")]
pub fn pos_of(text: &str, at: usize) -> Pos {
    Reader::at(text, at).pos()
}

impl<'a> Node<'a> {
    /// The members of an object, or `None` for any other value.
    pub fn members(&self) -> Option<&[(Key<'a>, Node<'a>)]> {
        match &self.value {
            Value::Object { members, .. } => Some(members),
            _ => None,
        }
    }

    /// The value of member `name` of an object.
    /// The value of member `name`; of a key given twice, the last (as `JSON.parse`).
    pub fn get(&self, name: &str) -> Option<&Node<'a>> {
        self.members()?.iter().rev().find(|(k, _)| k.name == name).map(|(_, v)| v)
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node<'a>]> {
        match &self.value {
            Value::Array { items, .. } => Some(items),
            _ => None,
        }
    }

    /// Whether the reader finished this value (false for containers cut short by an error).
    pub fn is_complete(&self) -> bool {
        match &self.value {
            Value::Array { complete, .. } | Value::Object { complete, .. } => *complete,
            _ => true,
        }
    }

    /// The integer this number or numeric string holds, if it is one. A JSON number is
    /// an integer when its value is one, however it is written (`2000`, `2000.0`, `2e3`),
    /// as in JavaScript, where the files' writers and TimelineJS read it so; a string
    /// must hold the digits alone (`"2000"`, `"-44"`).
    pub fn as_integer(&self) -> Option<i64> {
        match &self.value {
            Value::Number(n) => integral(n),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// A short English name of this value's type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array { .. } => "array",
            Value::Object { .. } => "object",
        }
    }
}

/// The exact integer a JSON number's text stands for, or None when it has a fraction or
/// does not fit an i64. Read from the digits, without floating point: `2.5e1` is 25,
/// `1e-1` and `0.5` are not integers.
pub(crate) fn integral(number: &str) -> Option<i64> {
    let (negative, rest) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], rest[at + 1..].trim_start_matches('+').parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The fraction's trailing zeros say nothing; each digit left moves the point.
    let fraction = fraction.trim_end_matches('0');
    let shift = exponent.checked_sub(i32::try_from(fraction.len()).ok()?)?;
    let digits = whole.bytes().chain(fraction.bytes());
    let mut value: i64 = 0;
    for digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(i64::from(digit - b'0'))?;
    }
    let value = if value == 0 {
        0
    } else if shift >= 0 {
        // Overflows within 19 steps whatever the exponent says.
        (0..shift).try_fold(value, |v, _| v.checked_mul(10))?
    } else {
        // A negative shift divides: exact only over the value's own trailing zeros.
        let mut v = value;
        for _ in 0..shift.unsigned_abs() {
            if v % 10 != 0 {
                return None;
            }
            v /= 10;
        }
        v
    };
    Some(if negative { -value } else { value })
}

/// How many bytes at the start of `rest` a string holds as they are: up to a quote, a
/// backslash or a control byte (so no line break either).
fn plain_run(rest: &[u8]) -> usize {
    rest.iter().position(|b| *b == b'"' || *b == b'\\' || *b < 0x20).unwrap_or(rest.len())
}

struct Reader<'a> {
    text: &'a str,
    src: &'a [u8],
    at: usize,
    /// Line of `at`, and where that line starts: lines are counted as whitespace is
    /// skipped; columns are worked out only where a position is needed.
    line: u32,
    line_start: usize,
    /// The last column worked out (byte offset, column), to count on from there: a
    /// file on one long line would otherwise be counted from its start each time.
    col_cache: (usize, u32),
    error: Option<JsonError>,
    notes: Vec<Note>,
    /// Items and members of the containers being read, innermost last: each container
    /// takes its own off the top when it closes, in one allocation of the right size.
    items: Vec<Node<'a>>,
    members: Vec<(Key<'a>, Node<'a>)>,
    /// Whether the text is a script's (keys may go without quotes).
    #[cfg(feature = "importers")]
    script: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text,
            src: text.as_bytes(),
            at: 0,
            line: 1,
            line_start: 0,
            col_cache: (0, 1),
            error: None,
            items: Vec::new(),
            members: Vec::new(),
            notes: Vec::new(),
            #[cfg(feature = "importers")]
            script: false,
        }
    }

    /// A reader of `text` moved to byte `start`, its lines counted.
    #[cfg(feature = "importers")]
    fn at(text: &'a str, start: usize) -> Self {
        let mut reader = Reader::new(text);
        while reader.at < start.min(text.len()) {
            reader.bump();
        }
        reader
    }

    fn pos(&mut self) -> Pos {
        let (from, mut col) =
            if self.col_cache.0 >= self.line_start && self.col_cache.0 <= self.at { self.col_cache } else { (self.line_start, 1) };
        // Columns count characters: every byte that does not continue one starts one.
        col += self.src[from..self.at].iter().filter(|b| **b & 0xC0 != 0x80).count() as u32;
        self.col_cache = (self.at, col);
        Pos { line: self.line, col }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.at).copied()
    }

    /// Moves past one byte, counting lines.
    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            self.at += 1;
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.at;
            }
        }
    }

    fn fail(&mut self, error: SyntaxError) {
        if self.error.is_none() {
            self.error = Some(JsonError { pos: self.pos(), error });
        }
    }

    fn fail_here(&mut self) {
        match self.current_char() {
            Some(c) => self.fail(SyntaxError::UnexpectedChar(c)),
            None => self.fail(SyntaxError::UnexpectedEnd),
        }
    }

    fn current_char(&self) -> Option<char> {
        let rest = self.src.get(self.at..)?;
        let len = match rest.first()? {
            b if *b < 0x80 => 1,
            b if *b >= 0xF0 => 4,
            b if *b >= 0xE0 => 3,
            _ => 2,
        };
        std::str::from_utf8(rest.get(..len)?).ok()?.chars().next()
    }

    fn skip_space(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.bump(),
                Some(b'/') if matches!(self.src.get(self.at + 1), Some(b'/' | b'*')) => self.comment(),
                _ => return,
            }
        }
    }

    /// Skips a `//` or `/* */` comment (JSON has none; editors' files sometimes do),
    /// noting the first. An unclosed `/*` runs to the end.
    fn comment(&mut self) {
        if !self.notes.iter().any(|n| matches!(n, Note::Comment(_))) {
            let at = self.pos();
            self.notes.push(Note::Comment(at));
        }
        let block = self.src.get(self.at + 1) == Some(&b'*');
        self.bump();
        self.bump();
        while let Some(b) = self.peek() {
            if !block && b == b'\n' {
                return;
            }
            if block && b == b'*' && self.src.get(self.at + 1) == Some(&b'/') {
                self.bump();
                self.bump();
                return;
            }
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node<'a>> {
        let pos = self.pos();
        let value = match self.peek() {
            None => {
                self.fail(SyntaxError::UnexpectedEnd);
                return None;
            }
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            #[cfg(feature = "importers")]
            Some(b'\'') if self.script => Value::String(self.single_quoted()?),
            #[cfg(feature = "importers")]
            Some(b'n' | b'D' | b'm') if self.script && !self.src[self.at..].starts_with(b"null") => self.script_date()?,
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => {
                self.fail_here();
                return None;
            }
        };
        Some(Node { pos, value })
    }

    fn literal(&mut self, word: &str, value: Value<'a>) -> Option<Value<'a>> {
        for expected in word.bytes() {
            if self.peek() != Some(expected) {
                self.fail_here();
                return None;
            }
            self.bump();
        }
        Some(value)
    }

    fn number(&mut self) -> Option<Value<'a>> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let digits = |r: &mut Self| {
            let from = r.at;
            while let Some(b'0'..=b'9') = r.peek() {
                r.bump();
            }
            r.at > from
        };
        if !digits(self) {
            self.fail(SyntaxError::InvalidNumber);
            return None;
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !digits(self) {
                self.fail(SyntaxError::InvalidNumber);
                return None;
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !digits(self) {
                self.fail(SyntaxError::InvalidNumber);
                return None;
            }
        }
        // The slice holds only ASCII digits and signs, so it is on character boundaries.
        Some(Value::Number(&self.text[start..self.at]))
    }

    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.bump(); // opening quote
                     // Most strings hold no escape: borrow them.
        let start = self.at;
        let rest = &self.src[start..];
        let run = plain_run(rest);
        if rest.get(run) == Some(&b'"') {
            self.at += run + 1;
            // Both ends are next to an ASCII quote, so on character boundaries.
            return Some(Cow::Borrowed(&self.text[start..start + run]));
        }
        let mut out = Vec::new();
        loop {
            // Copy a run of plain bytes at once.
            let rest = &self.src[self.at..];
            let run = plain_run(rest);
            out.extend_from_slice(&rest[..run]);
            self.at += run;
            match self.peek() {
                None => {
                    self.fail(SyntaxError::UnexpectedEnd);
                    return None;
                }
                Some(b'"') => {
                    self.bump();
                    break;
                }
                Some(b'\\') => {
                    self.bump();
                    let c = self.escape()?;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) if b < 0x20 => {
                    self.fail(SyntaxError::ControlCharacter);
                    return None;
                }
                Some(b) => {
                    out.push(b);
                    self.bump();
                }
            }
        }
        // The input is a `&str` and escapes are pushed as whole characters, so the bytes
        // between quotes are valid UTF-8; the fallback is never taken.
        Some(Cow::Owned(String::from_utf8(out).unwrap_or_default()))
    }

    fn escape(&mut self) -> Option<char> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump();
                let at = self.pos();
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) {
                    // A pair when a low half follows; a lone half otherwise, and the
                    // escape after it (if any) is read on its own.
                    if let Some(low) = self.low_surrogate_ahead() {
                        self.at += 6;
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        return Some(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                }
                return Some(char::from_u32(high).unwrap_or_else(|| {
                    self.notes.push(Note::LoneSurrogate(at));
                    '\u{fffd}'
                }));
            }
            _ => {
                self.fail(SyntaxError::InvalidEscape);
                return None;
            }
        };
        self.bump();
        Some(c)
    }

    /// The low half of a surrogate pair if `\uDC00`–`\uDFFF` comes next (not consumed).
    fn low_surrogate_ahead(&self) -> Option<u32> {
        let next = self.src.get(self.at..self.at + 6)?;
        if next[0] != b'\\' || next[1] != b'u' {
            return None;
        }
        let mut code = 0;
        for b in &next[2..] {
            code = code * 16 + char::from(*b).to_digit(16)?;
        }
        (0xDC00..0xE000).contains(&code).then_some(code)
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => {
                    self.fail(SyntaxError::InvalidEscape);
                    return None;
                }
            };
            code = code * 16 + u32::from(digit);
            self.bump();
        }
        Some(code)
    }

    fn enter(&mut self, depth: usize) -> bool {
        if depth >= MAX_DEPTH {
            self.fail(SyntaxError::TooDeep(MAX_DEPTH));
            return false;
        }
        self.bump(); // '[' or '{'
        self.skip_space();
        true
    }

    /// After an item of an array or object (closed by `close`): another item, the
    /// end, or a syntax error (set here, or already set inside the item).
    fn after_item(&mut self, close: u8) -> Next {
        if self.error.is_some() {
            return Next::Broken;
        }
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                let comma = self.pos();
                self.bump();
                self.skip_space();
                if self.peek() == Some(close) {
                    self.notes.push(Note::TrailingComma(comma));
                    self.bump();
                    return Next::Closed;
                }
                Next::Item
            }
            Some(b) if b == close => {
                self.bump();
                Next::Closed
            }
            _ => {
                self.fail_here();
                Next::Broken
            }
        }
    }

    /// Notes each key of the object being closed (its members from `start`) that an
    /// earlier key of the same object already gave. Sorted by a hash of the name, not
    /// compared pair by pair: an object of many keys stays linear-ish.
    fn note_repeated_keys(&mut self, start: usize) {
        let members = &self.members[start..];
        if members.len() < 2 {
            return;
        }
        let mut keys: Vec<(i64, usize)> = members.iter().enumerate().map(|(i, (k, _))| (fnv(k.name.as_bytes()), i)).collect();
        crate::model::sort_keys(&mut keys);
        // In document order, through the same sort (one sort routine in the wasm build).
        let mut repeated: Vec<(i64, usize)> = Vec::new();
        for run in keys.chunk_by(|a, b| a.0 == b.0) {
            for (k, (_, i)) in run.iter().enumerate() {
                if run[..k].iter().any(|(_, j)| members[*j].0.name == members[*i].0.name) {
                    repeated.push((*i as i64, 0));
                }
            }
        }
        crate::model::sort_keys(&mut repeated);
        for (i, _) in repeated {
            let i = i as usize;
            let key = &members[i].0;
            self.notes.push(Note::DuplicateKey(key.pos, key.name.to_string()));
        }
    }

    /// A script's string in single quotes (`'Hà Nội'`, `'it\'s'`), with JSON's escapes.
    #[cfg(feature = "importers")]
    fn single_quoted(&mut self) -> Option<Cow<'a, str>> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.current_char() {
                None => {
                    self.fail(SyntaxError::UnexpectedEnd);
                    return None;
                }
                Some('\'') => {
                    self.bump();
                    return Some(Cow::Owned(out));
                }
                Some('\\') if self.src.get(self.at + 1) == Some(&b'\'') => {
                    self.at += 2;
                    out.push('\'');
                }
                Some('\\') => {
                    self.bump();
                    out.push(self.escape()?);
                }
                Some(c) if c < ' ' => {
                    self.fail(SyntaxError::ControlCharacter);
                    return None;
                }
                Some(c) => {
                    self.at += c.len_utf8();
                    out.push(c);
                }
            }
        }
    }

    /// A date as a script writes one, read as JavaScript reads it: `new Date(2013, 3,
    /// 20)` (months from 0; hours, minutes, seconds after the day) is the day `2013-04-20`
    /// (with its time of day, if one is given), `Date.UTC(…)` the same in UTC, `new
    /// Date(1366416000000)` that count of milliseconds, and `new Date('2013-04-20')`,
    /// `moment('2013-04-20')` or `moment.utc(…)` their text. Anything else in a call is a
    /// syntax error where it is.
    #[cfg(feature = "importers")]
    fn script_date(&mut self) -> Option<Value<'a>> {
        if self.src[self.at..].starts_with(b"new") {
            self.at += 3;
            self.skip_space();
        }
        let rest = &self.src[self.at..];
        let callee = [&b"Date.UTC"[..], b"Date", b"moment.utc", b"moment"].into_iter().find(|c| rest.starts_with(c));
        let Some(callee) = callee else {
            self.fail_here();
            return None;
        };
        let utc = callee == b"Date.UTC";
        self.at += callee.len();
        self.skip_space();
        if self.peek() != Some(b'(') {
            self.fail_here();
            return None;
        }
        self.bump();
        self.skip_space();
        if matches!(self.peek(), Some(b'"' | b'\'')) {
            let text = if self.peek() == Some(b'"') { self.string()? } else { self.single_quoted()? };
            return self.close_call().then_some(Value::String(text));
        }
        // Year, month (from 0), day, hours, minutes, seconds, milliseconds.
        let mut parts: Vec<i64> = Vec::new();
        let mut first = "";
        loop {
            let start = self.at;
            if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
                // `new Date()`, the moment the page runs, or an expression.
                self.fail_here();
                return None;
            }
            let Some(Value::Number(n)) = self.number() else { return None };
            match integral(n) {
                Some(v) if parts.len() < 7 => parts.push(v),
                _ => {
                    self.at = start;
                    self.fail(SyntaxError::InvalidNumber);
                    return None;
                }
            }
            if parts.len() == 1 {
                first = n;
            }
            self.skip_space();
            if self.peek() != Some(b',') {
                break;
            }
            self.bump();
            self.skip_space();
        }
        if parts.len() == 1 && !utc {
            // A count of milliseconds since 1970, as a number.
            return self.close_call().then_some(Value::Number(first));
        }
        if !self.close_call() {
            return None;
        }
        let month = parts.get(1).copied().unwrap_or(0);
        let (year, month) = (parts[0].saturating_add(month.div_euclid(12)), month.rem_euclid(12) + 1);
        if !(0..=9999).contains(&year) {
            self.fail(SyntaxError::InvalidNumber);
            return None;
        }
        let two = |n: i64| if (0..10).contains(&n) { format!("0{n}") } else { n.to_string() };
        let mut day = format!("{year:04}-{}-{}", two(month), two(parts.get(2).copied().unwrap_or(1)));
        if parts.len() > 3 {
            day = format!("{day}T{}:{}", two(parts[3]), two(parts.get(4).copied().unwrap_or(0)));
            if let Some(second) = parts.get(5).filter(|s| **s != 0) {
                day = format!("{day}:{}", two(*second));
            }
        }
        if utc {
            day.push('Z');
        }
        Some(Value::String(Cow::Owned(day)))
    }

    /// The `)` that ends a script's call, after white space: false (and an error where
    /// the reader is) when something else comes.
    #[cfg(feature = "importers")]
    fn close_call(&mut self) -> bool {
        self.skip_space();
        if self.peek() == Some(b')') {
            self.bump();
            return true;
        }
        self.fail_here();
        false
    }

    /// A script's key without quotes (`start_date: {…}`): a JavaScript name, ASCII.
    #[cfg(feature = "importers")]
    fn name(&mut self) -> Cow<'a, str> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$') {
            self.bump();
        }
        Cow::Borrowed(&self.text[start..self.at])
    }

    fn array(&mut self, depth: usize) -> Option<Value<'a>> {
        if !self.enter(depth) {
            return None;
        }
        let start = self.items.len();
        let done = |r: &mut Self, complete: bool| Some(Value::Array { items: r.items.drain(start..).collect(), complete });
        if self.peek() == Some(b']') {
            self.bump();
            return done(self, true);
        }
        loop {
            match self.value(depth + 1) {
                Some(node) => self.items.push(node),
                None => return done(self, false),
            }
            match self.after_item(b']') {
                Next::Item => {}
                Next::Closed => return done(self, true),
                Next::Broken => return done(self, false),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Value<'a>> {
        if !self.enter(depth) {
            return None;
        }
        let start = self.members.len();
        let done = |r: &mut Self, complete: bool| {
            r.note_repeated_keys(start);
            Some(Value::Object { members: r.members.drain(start..).collect(), complete })
        };
        if self.peek() == Some(b'}') {
            self.bump();
            return done(self, true);
        }
        loop {
            let key_pos = self.pos();
            let name = match self.peek() {
                Some(b'"') => self.string(),
                #[cfg(feature = "importers")]
                Some(b'\'') if self.script => self.single_quoted(),
                #[cfg(feature = "importers")]
                Some(b) if self.script && (b.is_ascii_alphabetic() || b == b'_' || b == b'$') => Some(self.name()),
                _ => {
                    self.fail_here();
                    None
                }
            };
            let Some(name) = name else {
                return done(self, false);
            };
            self.skip_space();
            if self.peek() != Some(b':') {
                self.fail_here();
                return done(self, false);
            }
            self.bump();
            self.skip_space();
            let key = Key { name, pos: key_pos };
            match self.value(depth + 1) {
                Some(node) => self.members.push((key, node)),
                None => return done(self, false),
            }
            match self.after_item(b'}') {
                Next::Item => {}
                Next::Closed => return done(self, true),
                Next::Broken => return done(self, false),
            }
        }
    }
}

/// FNV-1a of `bytes`, as a sort key (not for security).
fn fnv(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A script's dates read as JavaScript reads them; what a script computes is an
    /// error where it is, and what came before it is kept.
    #[cfg(feature = "importers")]
    #[test]
    fn a_scripts_dates_are_read_as_javascript_reads_them() {
        fn value(script: &str) -> Value<'_> {
            let (read, _) = read_script(script, 0);
            assert_eq!(read.error, None, "{script}");
            read.root.unwrap().value
        }
        let text = |s: &str| Value::String(Cow::Owned(s.to_owned()));
        assert_eq!(value("new Date(2001, 9)"), text("2001-10-01"), "months from 0");
        assert_eq!(value("new Date(2013, 12, 1)"), text("2014-01-01"), "month 12 is the next January");
        assert_eq!(value("new  Date(2013,-1,5)"), text("2012-12-05"));
        assert!(read_script("new Date(9223372036854775807, 9223372036854775807)", 0).0.error.is_some(), "no overflow");
        assert_eq!(value("new Date(2013, 3, 20, 9, 5)"), text("2013-04-20T09:05"));
        assert_eq!(value("new Date(2013, 3, 20, 21, 30, 15)"), text("2013-04-20T21:30:15"));
        assert_eq!(value("Date.UTC(2023, 10, 1, 14, 30)"), text("2023-11-01T14:30Z"));
        assert_eq!(value("new Date(1366416000000)"), Value::Number("1366416000000"));
        assert_eq!(value("new Date('2013-04-25')"), text("2013-04-25"));
        assert_eq!(value("moment(\"2013-04-20\")"), text("2013-04-20"));
        assert_eq!(value("moment.utc( '2013-04-20T10:00Z' )"), text("2013-04-20T10:00Z"));
        let Value::Object { members, complete: true } = value("{start: new Date(2011, 0), end: null}") else { panic!("an object") };
        assert_eq!((members[0].1.as_str(), &members[1].1.value), (Some("2011-01-01"), &Value::Null), "null is still null");
        for (script, col) in
            [("new Date()", 10), ("new Date(x)", 10), ("new Date(2013, 3.5)", 16), ("moment('a', 'DD/MM')", 11), ("Math.max(1)", 1)]
        {
            let (read, _) = read_script(script, 0);
            assert_eq!(read.error.map(|e| e.pos.col), Some(col), "{script}");
        }
        let (read, _) = read_script("[{start: new Date(2011, 0)}, {start: new Date()}]", 0);
        assert_eq!(read.root.unwrap().as_array().map(|items| items.iter().filter(|i| i.is_complete()).count()), Some(1));
        // Outside a script, none of it is JSON.
        assert!(read_noting("new Date(2001, 9)").error.is_some());
    }

    #[test]
    fn a_repeated_key_is_noted_once_per_repetition_in_small_and_large_objects_alike() {
        // In the document's order, the first of each name never noted, however many
        // keys the object has.
        for n in [2, 5, 16, 17, 40] {
            let names: Vec<String> = (0..n).map(|i| format!("k{}", if i % 3 == 2 { i / 3 } else { i })).collect();
            let text = format!("{{{}}}", names.iter().map(|k| format!("\"{k}\":0")).collect::<Vec<_>>().join(","));
            let noted: Vec<String> = read_noting(&text)
                .notes
                .into_iter()
                .map(|note| match note {
                    Note::DuplicateKey(_, name) => name,
                    other => panic!("{other:?}"),
                })
                .collect();
            let expected: Vec<String> = names.iter().enumerate().filter(|(i, k)| names[..*i].contains(k)).map(|(_, k)| k.clone()).collect();
            assert_eq!(noted, expected, "{n} keys");
            assert!(n < 3 || !expected.is_empty());
        }
    }

    #[test]
    fn a_number_is_an_integer_when_its_value_is_one() {
        let read_integer = |text: &str| read(text).0.and_then(|n| n.as_integer());
        for (text, want) in [
            ("2000", Some(2000)),
            ("2000.0", Some(2000)),
            ("2000.000", Some(2000)),
            ("-44.0", Some(-44)),
            ("2e3", Some(2000)),
            ("2.5E1", Some(25)),
            ("12500e-2", Some(125)),
            ("0.0", Some(0)),
            ("-0", Some(0)),
            ("0e999999999", Some(0)),
            ("\"1990\"", Some(1990)),
            ("\" 7 \"", Some(7)),
            ("2000.5", None),
            ("1e-1", None),
            ("125e-2", None),
            ("1e999999999", None),
            ("1e-2147483648", None),
            ("9223372036854775807", Some(i64::MAX)),
            ("9223372036854775808", None),
            ("\"2000.0\"", None),
            ("\"abc\"", None),
            ("true", None),
        ] {
            assert_eq!(read_integer(text), want, "{text}");
        }
    }

    #[test]
    fn reads_values_with_positions() {
        let (root, err) = read("{\n  \"a\": [1, \"x\", true, null],\n  \"b\": {\"c\": -2.5e3}\n}");
        assert_eq!(err, None);
        let root = root.unwrap();
        let a = root.get("a").unwrap();
        assert_eq!(a.pos, Pos { line: 2, col: 8 });
        let items = a.as_array().unwrap();
        assert_eq!(items[1].as_str(), Some("x"));
        assert_eq!(items[1].pos, Pos { line: 2, col: 12 });
        let c = root.get("b").unwrap().get("c").unwrap();
        assert_eq!(c.value, Value::Number("-2.5e3"));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let (_, err) = read("{\"tiêu đề\": x}");
        assert_eq!(err, Some(JsonError { pos: Pos { line: 1, col: 13 }, error: SyntaxError::UnexpectedChar('x') }));
    }

    #[test]
    fn decodes_escapes_and_surrogate_pairs() {
        let (root, err) = read(r#""a\"b\\\/\n\u00e9\ud83d\ude00""#);
        assert_eq!(err, None);
        assert_eq!(root.unwrap().as_str(), Some("a\"b\\/\né😀"));
    }

    #[test]
    fn a_trailing_comma_is_noted_where_it_is_and_what_follows_is_read() {
        let read = read_noting("{\"a\": [1, 2,\n ],\n \"b\": {\"c\": 3, },\n \"d\": 4}");
        assert_eq!(read.error, None);
        assert_eq!(read.notes, [Note::TrailingComma(Pos { line: 1, col: 12 }), Note::TrailingComma(Pos { line: 3, col: 14 })]);
        let root = read.root.unwrap();
        assert!(root.is_complete());
        assert_eq!(root.get("a").unwrap().as_array().unwrap().len(), 2);
        assert_eq!(root.get("b").unwrap().members().unwrap().len(), 1);
        assert_eq!(root.get("d").unwrap().value, Value::Number("4"));
        // Only before a closing bracket: two commas in a row are still broken JSON.
        assert_eq!(read_noting("[1,,2]").error.map(|e| e.error), Some(SyntaxError::UnexpectedChar(',')));
    }

    #[test]
    fn truncated_text_keeps_completed_values() {
        let (root, err) = read("{\"events\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c");
        assert_eq!(err.unwrap().error, SyntaxError::UnexpectedEnd);
        let events = root.unwrap();
        let events = events.get("events").unwrap().as_array().unwrap();
        assert_eq!(events.len(), 3);
        assert!(events[0].is_complete() && events[1].is_complete());
        assert!(!events[2].is_complete());
    }

    #[test]
    fn deep_nesting_stops_at_the_limit() {
        let text = "[".repeat(10_000);
        let (_, err) = read(&text);
        assert_eq!(err.unwrap().error, SyntaxError::TooDeep(MAX_DEPTH));
    }

    #[test]
    fn bom_is_skipped_and_trailing_text_rejected() {
        let (root, err) = read("\u{feff}[]");
        assert!(root.is_some() && err.is_none());
        let (_, err) = read("[] x");
        assert_eq!(err.unwrap().error, SyntaxError::TrailingText);
    }

    #[test]
    fn raw_control_characters_in_strings_are_errors() {
        let (_, err) = read("\"a\tb\"");
        assert_eq!(err.unwrap().error, SyntaxError::ControlCharacter);
    }
}
