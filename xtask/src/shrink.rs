//! After wasm-pack: the names the module and its glue share — every import, every
//! export — become short ones (`a`, `b`, … `ba`), and the glue loses its doc comments
//! (the `.d.ts` beside it keeps them). wasm-bindgen names each import after the method
//! it wraps plus a 16-digit hash (`__wbg_setAttribute_f75317b2b5cabfb4`), written once
//! in the wasm and once in the glue: random digits that gzip cannot shrink.
//!
//! The rewrite is checked, not hoped for: every import must be found as a key of the
//! glue's import object and every export as `wasm.name`, or the build stops.

use std::collections::HashMap;
use std::path::Path;

/// Shortens the names in `dir`'s `relationship_timeline_bg.wasm` and
/// `relationship_timeline.js`, in place. Returns the (wasm, glue) sizes before and after.
pub fn shorten(dir: &Path) -> Result<[(usize, usize); 2], String> {
    let wasm_path = dir.join("relationship_timeline_bg.wasm");
    let glue_path = dir.join("relationship_timeline.js");
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let glue = std::fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    // Exports the glue never calls keep their names: something else may. So does
    // `memory`: `init()` hands the exports to the page, which may read its size.
    let used = |name: &str| name != "memory" && replace_words(&glue, name, name, |before, _| before.ends_with("wasm.")).1 > 0;
    let (new_wasm, renames) = rename_in_module(&wasm, &used)?;
    let new_glue = rename_in_glue(&strip_doc_comments(&glue), &renames)?;
    std::fs::write(&wasm_path, &new_wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    std::fs::write(&glue_path, &new_glue).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    Ok([(wasm.len(), glue.len()), (new_wasm.len(), new_glue.len())])
}

/// The names a module uses, old → new, for imports and for exports apart.
#[derive(Debug, Default, PartialEq)]
pub struct Renames {
    pub module: Vec<(String, String)>,
    pub imports: Vec<(String, String)>,
    pub exports: Vec<(String, String)>,
}

/// `a`…`z`, then `ba`, `bb`…: short, distinct, never a JS keyword of one or two letters
/// (`do`, `if`, `in` are skipped).
fn short_name(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn names() -> impl Iterator<Item = String> {
    (0..).map(short_name).filter(|n| !matches!(n.as_str(), "do" | "if" | "in"))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("wasm: the module ends early")?;
        self.at += 1;
        Ok(b)
    }
    fn leb(&mut self) -> Result<u32, String> {
        let (mut value, mut shift) = (0u32, 0);
        loop {
            let b = self.byte()?;
            value |= u32::from(b & 0x7f).checked_shl(shift).ok_or("wasm: a number is too long")?;
            if b & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
        }
    }
    fn sleb(&mut self) -> Result<i32, String> {
        let (mut value, mut shift) = (0i32, 0);
        loop {
            let b = self.byte()?;
            value |= i32::from(b & 0x7f).checked_shl(shift).ok_or("wasm: a number is too long")?;
            shift += 7;
            if b & 0x80 == 0 {
                if shift < 32 && b & 0x40 != 0 {
                    value |= -1 << shift;
                }
                return Ok(value);
            }
        }
    }
    fn name(&mut self) -> Result<String, String> {
        let len = self.leb()? as usize;
        let bytes = self.bytes.get(self.at..self.at + len).ok_or("wasm: a name runs past the end")?;
        self.at += len;
        String::from_utf8(bytes.to_vec()).map_err(|_| "wasm: a name is not UTF-8".to_owned())
    }
    /// Reads an import's kind and what follows it; whether it imports a function.
    fn import_kind(&mut self) -> Result<bool, String> {
        let kind = self.byte()?;
        match kind {
            0 => {
                self.leb()?;
            }
            1 => {
                self.byte()?;
                self.limits()?;
            }
            2 => self.limits()?,
            3 => {
                self.byte()?;
                self.byte()?;
            }
            4 => {
                self.byte()?;
                self.leb()?;
            }
            other => return Err(format!("wasm: unknown import kind {other}")),
        }
        Ok(kind == 0)
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

fn push_leb(out: &mut Vec<u8>, mut n: u32) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

/// Rewrites the import section (section 2) and the export section (section 7); every
/// other section is copied as it is.
/// Exports are renamed when `rename_export` says so.
pub fn rename_in_module(wasm: &[u8], rename_export: &dyn Fn(&str) -> bool) -> Result<(Vec<u8>, Renames), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("wasm: not a version-1 module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut r = Reader { bytes: wasm, at: 8 };
    let mut renames = Renames::default();
    let mut fresh = names();
    let mut modules: HashMap<String, String> = HashMap::new();
    while r.at < wasm.len() {
        let id = r.byte()?;
        let len = r.leb()? as usize;
        let start = r.at;
        let body = wasm.get(start..start + len).ok_or("wasm: a section runs past the end")?;
        let mut section = Vec::new();
        match id {
            2 => {
                let mut s = Reader { bytes: body, at: 0 };
                let count = s.leb()?;
                push_leb(&mut section, count);
                for _ in 0..count {
                    let module = s.name()?;
                    let field = s.name()?;
                    let desc_start = s.at;
                    s.import_kind()?;
                    // Only the glue's own module is renamed; anything else (none today)
                    // keeps its names.
                    let ours = module.ends_with("_bg.js");
                    let (module_name, field_name) = if ours {
                        let m = modules.entry(module.clone()).or_insert_with(|| {
                            let short = fresh.next().unwrap_or_default();
                            renames.module.push((module.clone(), short.clone()));
                            short
                        });
                        let short = fresh.next().unwrap_or_default();
                        renames.imports.push((field, short.clone()));
                        (m.clone(), short)
                    } else {
                        (module, field)
                    };
                    push_name(&mut section, &module_name);
                    push_name(&mut section, &field_name);
                    section.extend_from_slice(&body[desc_start..s.at]);
                }
            }
            7 => {
                let mut s = Reader { bytes: body, at: 0 };
                let count = s.leb()?;
                push_leb(&mut section, count);
                for _ in 0..count {
                    let name = s.name()?;
                    let kind = s.byte()?;
                    let index = s.leb()?;
                    let new = if rename_export(&name) {
                        let short = fresh.next().unwrap_or_default();
                        renames.exports.push((name, short.clone()));
                        short
                    } else {
                        name
                    };
                    push_name(&mut section, &new);
                    section.push(kind);
                    push_leb(&mut section, index);
                }
            }
            _ => section.extend_from_slice(body),
        }
        r.at = start + len;
        out.push(id);
        push_leb(&mut out, section.len() as u32);
        out.extend_from_slice(&section);
    }
    Ok((out, renames))
}

/// Whether a function (by its demangled name, crate hashes taken out) runs only when
/// the program panics: the panic machinery itself and the functions that start a panic
/// (`unwrap` on `None`, an index out of bounds, a string cut inside a character).
pub fn panics_only(name: &str) -> bool {
    let plain = without_hashes(name);
    const STARTS: [&str; 11] = [
        "core::panicking::",
        "std::panicking::",
        // The frame that marks where a panic's backtrace ends: it runs the panic handler.
        "std::sys::backtrace::__rust_end_short_backtrace",
        "core::result::unwrap_failed",
        "core::option::expect_failed",
        "core::option::unwrap_failed",
        "core::str::slice_error_fail",
        "core::slice::index::slice_",
        "alloc::raw_vec::capacity_overflow",
        "alloc::raw_vec::handle_error",
        "alloc::alloc::handle_alloc_error",
    ];
    STARTS.iter().any(|start| plain.starts_with(start))
}

/// The sections of a module after its header: each one's id and where its body is.
fn sections(wasm: &[u8]) -> Result<Vec<(u8, std::ops::Range<usize>)>, String> {
    let mut out = Vec::new();
    let mut r = Reader { bytes: wasm, at: 8 };
    while r.at < wasm.len() {
        let id = r.byte()?;
        let len = r.leb()? as usize;
        let body = r.at..r.at + len;
        if body.end > wasm.len() {
            return Err("wasm: a section runs past the end".into());
        }
        r.at = body.end;
        out.push((id, body));
    }
    Ok(out)
}

/// The function names of a module's `name` section, by function index.
fn function_names(wasm: &[u8]) -> Result<HashMap<u32, String>, String> {
    let mut names = HashMap::new();
    for (_, range) in sections(wasm)?.into_iter().filter(|(id, _)| *id == 0) {
        let body = &wasm[range];
        let mut s = Reader { bytes: body, at: 0 };
        if s.name()? != "name" {
            continue;
        }
        while s.at < body.len() {
            let sub = s.byte()?;
            let size = s.leb()? as usize;
            let end = s.at + size;
            if sub == 1 {
                let count = s.leb()?;
                for _ in 0..count {
                    let index = s.leb()?;
                    names.insert(index, s.name()?);
                }
            }
            s.at = end;
        }
    }
    Ok(names)
}

/// Replaces the body of every function that runs only when the program panics (see
/// [`panics_only`]) with `unreachable`, which is what a panic ends in anyway in this
/// build (`panic = "abort"`, and nothing prints a message): the formatting of panic
/// messages, and everything only they use, becomes dead code for `wasm-opt` to drop.
/// Needs the `name` section (wasm-bindgen's output has it). Returns the module and how
/// many functions were cut.
pub fn snip_panics(wasm: &[u8]) -> Result<(Vec<u8>, usize), String> {
    let names = function_names(wasm)?;
    if names.is_empty() {
        return Err("wasm: no function names to find the panic code by".into());
    }
    replace_bodies(wasm, &|index| names.get(&index).is_some_and(|n| panics_only(n)))
}

/// Whether a function (by its demangled name) belongs to `core::fmt`'s machinery: the
/// writer (`core::fmt::write`), the formatter's methods, the standard types' `Debug`,
/// `Display` and `fmt::Write` impls, and the panic payloads that format a message.
pub fn formatting_only(name: &str) -> bool {
    let plain = without_hashes(name);
    const STARTS: [&str; 4] = ["core::fmt::", "<core::fmt::", "alloc::fmt::", "std::panicking::"];
    const IMPLS: [&str; 4] =
        [" as core::fmt::Debug>::", " as core::fmt::Display>::", " as core::fmt::Write>::", " as core::panic::PanicPayload>::"];
    let standard = ["<core::", "<alloc::", "<std::", "<char ", "<str ", "<&", "<u", "<i", "<bool "].iter().any(|p| plain.starts_with(p));
    STARTS.iter().any(|p| plain.starts_with(p)) || (standard && IMPLS.iter().any(|i| plain.contains(i)))
}

/// After [`snip_panics`]: if no function outside `core::fmt`'s machinery (see
/// [`formatting_only`]) calls into it — the case of the first module, which writes its
/// numbers, dates and messages without `format!` — the machinery is left only to the
/// panic messages' arguments, which hold pointers to `Debug` functions (a char's, a
/// range's) in the data and so keep them, and `core::fmt::write`, in the module. Their
/// bodies become `unreachable` too, and `wasm-opt` drops what only they used (the
/// formatter's padding, counting chars). A direct call from anywhere else keeps them
/// all: the returned error names it (the build with the importers formats its messages).
/// Calls through a `dyn Display` or `dyn Debug` are not seen; the first module makes none.
pub fn snip_formatting(wasm: &[u8]) -> Result<(Vec<u8>, Result<usize, String>), String> {
    let names = function_names(wasm)?;
    let fmt = |index: u32| names.get(&index).is_some_and(|n| formatting_only(n));
    let name = |index: u32| names.get(&index).map_or_else(|| format!("function {index}"), |n| without_hashes(n));
    let outside: Vec<(u32, u32)> = direct_calls(wasm)?.into_iter().filter(|&(a, b)| fmt(b) && !fmt(a)).collect();
    if let Some(&(a, b)) = outside.first() {
        let more = match outside.len() {
            1 => String::new(),
            n => format!(" (and {} more calls)", n - 1),
        };
        return Ok((wasm.to_vec(), Err(format!("{} calls {}{more}", name(a), name(b)))));
    }
    let (out, cut) = replace_bodies(wasm, &fmt)?;
    Ok((out, Ok(cut)))
}

fn without_hashes(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    let mut skip = false;
    for c in name.chars() {
        match c {
            '[' => skip = true,
            ']' => skip = false,
            c if !skip => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// How many functions a module imports (they come first in the function index space).
fn imported_functions(wasm: &[u8]) -> Result<u32, String> {
    let mut imported = 0;
    for (_, range) in sections(wasm)?.into_iter().filter(|(id, _)| *id == 2) {
        let mut s = Reader { bytes: &wasm[range], at: 0 };
        for _ in 0..s.leb()? {
            s.name()?;
            s.name()?;
            if s.import_kind()? {
                imported += 1;
            }
        }
    }
    Ok(imported)
}

/// The defined functions' bodies, by function index.
fn bodies(wasm: &[u8]) -> Result<Vec<(u32, &[u8])>, String> {
    let imported = imported_functions(wasm)?;
    let mut out = Vec::new();
    for (_, range) in sections(wasm)?.into_iter().filter(|(id, _)| *id == 10) {
        let body = &wasm[range];
        let mut s = Reader { bytes: body, at: 0 };
        for i in 0..s.leb()? {
            let size = s.leb()? as usize;
            let code = body.get(s.at..s.at + size).ok_or("wasm: a function runs past the end")?;
            s.at += size;
            out.push((imported + i, code));
        }
    }
    Ok(out)
}

/// Every direct call in the module, (caller, callee) by function index. Reads each
/// instruction of the features the build enables (MVP, sign extension, saturating
/// conversions, bulk memory, reference types, multi-value); another one is an error.
pub fn direct_calls(wasm: &[u8]) -> Result<Vec<(u32, u32)>, String> {
    let mut calls = Vec::new();
    for (index, code) in bodies(wasm)? {
        let mut r = Reader { bytes: code, at: 0 };
        for _ in 0..r.leb()? {
            r.leb()?;
            r.byte()?;
        }
        while r.at < code.len() {
            let op = r.byte()?;
            match op {
                0x00 | 0x01 | 0x05 | 0x0b | 0x0f | 0x1a | 0x1b | 0x45..=0xc4 | 0xd1 => {}
                0x02..=0x04 => {
                    let b = *code.get(r.at).ok_or("wasm: a block runs past the end")?;
                    if b == 0x40 || matches!(b, 0x6f..=0x7f) {
                        r.at += 1;
                    } else {
                        r.sleb()?;
                    }
                }
                0x10 | 0x12 => calls.push((index, r.leb()?)),
                0x0c | 0x0d | 0x20..=0x26 | 0x3f | 0x40 | 0xd2 => {
                    r.leb()?;
                }
                0x11 | 0x13 | 0x28..=0x3e => {
                    r.leb()?;
                    r.leb()?;
                }
                0x0e => {
                    for _ in 0..=r.leb()? {
                        r.leb()?;
                    }
                }
                0x1c => {
                    for _ in 0..r.leb()? {
                        r.byte()?;
                    }
                }
                0x41 => {
                    r.sleb()?;
                }
                0x42 => while r.byte()? & 0x80 != 0 {},
                0x43 => r.at += 4,
                0x44 => r.at += 8,
                0xd0 => {
                    r.byte()?;
                }
                0xfc => {
                    let immediates = match r.leb()? {
                        0..=7 => 0,
                        9 | 11 | 13 | 15..=17 => 1,
                        8 | 10 | 12 | 14 => 2,
                        other => return Err(format!("wasm: unknown instruction 0xfc {other}")),
                    };
                    for _ in 0..immediates {
                        r.leb()?;
                    }
                }
                other => return Err(format!("wasm: unknown instruction 0x{other:02x}")),
            }
        }
    }
    Ok(calls)
}

/// The module with the body of every defined function `cut` picks replaced by
/// `unreachable`; how many were.
fn replace_bodies(wasm: &[u8], cut: &dyn Fn(u32) -> bool) -> Result<(Vec<u8>, usize), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("wasm: not a version-1 module".into());
    }
    let imported = imported_functions(wasm)?;
    let mut out = wasm[..8].to_vec();
    let mut count = 0;
    for (id, range) in sections(wasm)? {
        let body = &wasm[range];
        let mut section = Vec::new();
        if id == 10 {
            let mut s = Reader { bytes: body, at: 0 };
            let n = s.leb()?;
            push_leb(&mut section, n);
            for i in 0..n {
                let size = s.leb()? as usize;
                let code = body.get(s.at..s.at + size).ok_or("wasm: a function runs past the end")?;
                s.at += size;
                if cut(imported + i) {
                    // No locals; `unreachable`; `end`.
                    section.extend_from_slice(&[3, 0, 0x00, 0x0b]);
                    count += 1;
                } else {
                    push_leb(&mut section, size as u32);
                    section.extend_from_slice(code);
                }
            }
        } else {
            section.extend_from_slice(body);
        }
        out.push(id);
        push_leb(&mut out, section.len() as u32);
        out.extend_from_slice(&section);
    }
    Ok((out, count))
}

/// Blanks the file names of the module's panic locations: every `core::panic::Location`
/// in its data (a pointer and length of a file name ending in `.rs`, a line, a column)
/// has its file name's bytes set to zero. Only a panic's message reads them, and with
/// the panic code cut ([`snip_panics`]) none is ever written; zeros compress to nothing,
/// and `wasm-opt` leaves runs of them out of the file (memory starts zeroed). Names
/// like `/rustc/<hash>/library/core/src/slice/index.rs` and `src/view.rs`: about 1.7 KB
/// of the first module. Returns the module and how many bytes were blanked.
pub fn blank_panic_locations(wasm: &[u8]) -> Result<(Vec<u8>, usize), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("wasm: not a version-1 module".into());
    }
    // Active data segments: (address in memory, offset in the module, length).
    let mut segments = Vec::new();
    for (_, range) in sections(wasm)?.into_iter().filter(|(id, _)| *id == 11) {
        let mut s = Reader { bytes: wasm, at: range.start };
        for _ in 0..s.leb()? {
            // Flags 0: active, memory 0, an `i32.const` offset (what rustc writes).
            if s.byte()? != 0 || s.byte()? != 0x41 {
                return Err("wasm: a data segment of a kind not expected".into());
            }
            let address = s.sleb()?;
            if s.byte()? != 0x0b {
                return Err("wasm: a data segment's offset is not a constant".into());
            }
            let size = s.leb()? as usize;
            segments.push((address as u32 as usize, s.at, size));
            s.at += size;
        }
    }
    let in_module = |address: usize, len: usize| {
        segments.iter().find(|(at, _, size)| *at <= address && address + len <= at + size).map(|(at, offset, _)| offset + address - at)
    };
    let word = |at: usize| u32::from_le_bytes([wasm[at], wasm[at + 1], wasm[at + 2], wasm[at + 3]]) as usize;
    let mut names = Vec::new();
    for &(address, offset, size) in &segments {
        // Locations are 4-aligned in memory: pointer, length, line, column.
        let mut at = offset + (4 - address % 4) % 4;
        while at + 16 <= offset + size {
            let (pointer, len, line, column) = (word(at), word(at + 4), word(at + 8), word(at + 12));
            if (1..512).contains(&len) && (1..1_000_000).contains(&line) && (1..10_000).contains(&column) {
                if let Some(name) = in_module(pointer, len) {
                    let text = &wasm[name..name + len];
                    let text = text.strip_suffix(b"\0").unwrap_or(text);
                    if text.ends_with(b".rs") && text.iter().all(|b| b.is_ascii_graphic()) {
                        names.push((name, len));
                    }
                }
            }
            at += 4;
        }
    }
    names.sort_unstable();
    names.dedup();
    let mut out = wasm.to_vec();
    let mut blanked = 0;
    for (name, len) in names {
        out[name..name + len].fill(0);
        blanked += len;
    }
    Ok((out, blanked))
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Replaces whole-word occurrences of `old` that `keep` accepts (given the text before
/// and after); returns how many were replaced.
fn replace_words(text: &str, old: &str, new: &str, keep: impl Fn(&str, &str) -> bool) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut done = 0;
    let mut before_len = 0;
    while let Some(i) = rest.find(old) {
        let (head, tail) = rest.split_at(i);
        let after = &tail[old.len()..];
        let prev = text[..before_len + i].chars().next_back();
        let next = after.chars().next();
        let whole = !prev.is_some_and(is_ident) && !next.is_some_and(is_ident);
        out.push_str(head);
        if whole && keep(&text[..before_len + i], after) {
            out.push_str(new);
            done += 1;
        } else {
            out.push_str(old);
        }
        before_len += i + old.len();
        rest = after;
    }
    out.push_str(rest);
    (out, done)
}

/// Renames in the glue: import keys (`name: function`), the import module's key, and
/// `wasm.name` for exports. Each must be found, or the glue is not the one expected.
pub fn rename_in_glue(glue: &str, renames: &Renames) -> Result<String, String> {
    let mut text = glue.to_owned();
    for (old, new) in &renames.module {
        let quoted = format!("\"{old}\":");
        if !text.contains(&quoted) {
            return Err(format!("glue: no import object for \"{old}\""));
        }
        text = text.replace(&quoted, &format!("{new}:"));
    }
    for (old, new) in &renames.imports {
        let (next, n) = replace_words(&text, old, new, |_, after| after.starts_with(':'));
        if n != 1 {
            return Err(format!("glue: the import {old} is defined {n} times, not once"));
        }
        text = next;
    }
    for (old, new) in &renames.exports {
        let (next, n) = replace_words(&text, old, new, |before, _| before.ends_with("wasm."));
        if n == 0 {
            return Err(format!("glue: the export {old} is never used"));
        }
        text = next;
    }
    Ok(text)
}

/// `source` (an ES module) minified by esbuild (the npm tools' copy): local names
/// shortened, comments and white space out; exports, strings and `import.meta` as they
/// were. What the readers download of the glue and the embed script.
pub fn minify(root: &Path, source: &str) -> Result<String, String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let esbuild = root.join("node_modules/.bin/esbuild");
    let mut child = Command::new(&esbuild)
        .args(["--minify", "--format=esm", "--target=es2020", "--log-level=warning"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{} (npm ci installs it): {e}", esbuild.display()))?;
    child.stdin.take().ok_or("esbuild: no stdin")?.write_all(source.as_bytes()).map_err(|e| format!("esbuild: {e}"))?;
    let out = child.wait_with_output().map_err(|e| format!("esbuild: {e}"))?;
    if !out.status.success() {
        return Err("esbuild could not minify a script (its message is above)".into());
    }
    String::from_utf8(out.stdout).map_err(|e| format!("esbuild: {e}"))
}

/// Minifies a file in place; returns its sizes before and after.
pub fn minify_file(root: &Path, file: &Path) -> Result<(usize, usize), String> {
    let source = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let small = minify(root, &source)?;
    std::fs::write(file, &small).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((source.len(), small.len()))
}

/// Drops `/** … */` blocks that stand on lines of their own (wasm-bindgen's copies of
/// the doc comments); the `.d.ts` keeps them for editors.
pub fn strip_doc_comments(glue: &str) -> String {
    let mut out = String::with_capacity(glue.len());
    let mut inside = false;
    for line in glue.lines() {
        let t = line.trim_start();
        if !inside && t.starts_with("/**") {
            inside = !t.trim_end().ends_with("*/");
            continue;
        }
        if inside {
            inside = !t.trim_end().ends_with("*/");
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with two imports from the glue's module, a memory import from elsewhere
    /// and two exports, written by hand.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        push_leb(&mut imports, 3);
        for (m, f) in [("./x_bg.js", "__wbg_set_0123456789abcdef"), ("./x_bg.js", "__wbg_get_fedcba9876543210")] {
            push_name(&mut imports, m);
            push_name(&mut imports, f);
            imports.extend_from_slice(&[0, 0]);
        }
        push_name(&mut imports, "env");
        push_name(&mut imports, "mem");
        imports.extend_from_slice(&[2, 1, 1, 2]);
        let mut exports = Vec::new();
        push_leb(&mut exports, 2);
        push_name(&mut exports, "memory");
        exports.extend_from_slice(&[2, 0]);
        push_name(&mut exports, "timeline_destroy");
        exports.extend_from_slice(&[0, 2]);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in [(2u8, imports), (7, exports), (0, b"\x04name".to_vec())] {
            wasm.push(id);
            push_leb(&mut wasm, body.len() as u32);
            wasm.extend_from_slice(&body);
        }
        wasm
    }

    #[test]
    fn names_become_short_in_the_module_and_the_glue_alike() {
        let (wasm, renames) = rename_in_module(&module(), &|_| true).unwrap();
        assert_eq!(renames.module, [("./x_bg.js".to_owned(), "a".to_owned())]);
        assert_eq!(renames.imports.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(), ["b", "c"]);
        assert_eq!(renames.exports.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(), ["d", "e"]);
        // The renamed module holds none of the old names and still reads as a module.
        assert!(!wasm.windows(5).any(|w| w == b"__wbg" || w == b"x_bg." || w == b"timel"));
        let (_, again) = rename_in_module(&wasm, &|_| true).unwrap();
        assert_eq!(again.exports.iter().map(|(o, _)| o.as_str()).collect::<Vec<_>>(), ["d", "e"]);
        assert!(wasm.windows(3).any(|w| w == b"env"), "another module's import keeps its names");
        assert!(wasm.ends_with(b"\x04name"), "other sections are copied");

        let glue = "/**\n * Docs.\n */\nfunction f() {\n    const ret = wasm.timeline_destroy(1);\n    wasm.timeline_destroy_all(); // not this one\n}\nconst i = {\n    __wbg_set_0123456789abcdef: function(a) {},\n    __wbg_get_fedcba9876543210: function() { return wasm.memory; },\n};\nreturn { \"./x_bg.js\": i };\n";
        let out = rename_in_glue(&strip_doc_comments(glue), &renames).unwrap();
        assert!(!out.contains("Docs."), "{out}");
        assert!(out.contains("wasm.e(1)") && out.contains("wasm.timeline_destroy_all()"), "{out}");
        assert!(out.contains("    b: function(a)") && out.contains("    c: function() { return wasm.d; }"), "{out}");
        assert!(out.contains("return { a: i }"), "{out}");
    }

    #[test]
    fn a_glue_that_does_not_match_stops_the_build() {
        let (_, renames) = rename_in_module(&module(), &|_| true).unwrap();
        let err = rename_in_glue("const i = {};\nreturn { \"./x_bg.js\": i };\n", &renames).unwrap_err();
        assert!(err.contains("__wbg_set_0123456789abcdef"), "{err}");
    }

    /// A module importing `imports` functions (of type 0) ahead of the given function
    /// bodies, the bodies named in its name section by their function index.
    fn module_of(imports: u32, functions: &[(&str, &[u8])]) -> Vec<u8> {
        let mut imported = Vec::new();
        push_leb(&mut imported, imports);
        for i in 0..imports {
            push_name(&mut imported, "./x_bg.js");
            push_name(&mut imported, &short_name(i as usize));
            imported.extend_from_slice(&[0, 0]);
        }
        let mut code = Vec::new();
        push_leb(&mut code, functions.len() as u32);
        for (_, body) in functions {
            push_leb(&mut code, body.len() as u32);
            code.extend_from_slice(body);
        }
        let mut sub = Vec::new();
        push_leb(&mut sub, functions.len() as u32);
        for (i, (name, _)) in functions.iter().enumerate() {
            push_leb(&mut sub, imports + i as u32);
            push_name(&mut sub, name);
        }
        let mut names = Vec::new();
        push_name(&mut names, "name");
        names.push(1);
        push_leb(&mut names, sub.len() as u32);
        names.extend_from_slice(&sub);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in [(2u8, imported), (10, code), (0, names)] {
            wasm.push(id);
            push_leb(&mut wasm, body.len() as u32);
            wasm.extend_from_slice(&body);
        }
        wasm
    }

    #[test]
    fn calls_are_found_past_every_kind_of_immediate() {
        // One local; a block with a type; i64 and f64 constants; a load; br_table;
        // memory.copy; `call 1`; end.
        let caller: &[u8] = &[
            1, 1, 0x7f, 0x02, 0x40, 0x42, 0x80, 0x01, 0x1a, 0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x1a, 0x41, 0, 0x28, 2, 8, 0x1a, 0x41, 0,
            0x0e, 1, 0, 0, 0x0b, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 10, 0, 0, 0x10, 1, 0x0b,
        ];
        let wasm = module_of(0, &[("a", caller), ("b", &[0, 0x0b])]);
        assert_eq!(direct_calls(&wasm).unwrap(), vec![(0, 1)]);
        let unknown = module_of(0, &[("a", &[0, 0xfd, 0, 0x0b])]);
        assert!(direct_calls(&unknown).unwrap_err().contains("0xfd"));
    }

    #[test]
    fn formatting_is_cut_only_when_nothing_else_calls_it() {
        assert!(formatting_only("core[c5930c85a12de822]::fmt::write"));
        assert!(formatting_only("<char as core[c5930c85a12de822]::fmt::Debug>::fmt"));
        assert!(formatting_only("<core[c5930c85a12de822]::fmt::Formatter>::pad_integral"));
        assert!(!formatting_only("<relationship_timeline::date::Date as core::fmt::Debug>::fmt"), "our own types are not the standard's");
        assert!(!formatting_only("core[c5930c85a12de822]::str::count::do_count_chars"));

        let write: &[u8] = &[0, 0x41, 7, 0x1a, 0x0b];
        let debug: &[u8] = &[0, 0x10, 1, 0x0b]; // calls `write`
        let calls_write: &[u8] = &[0, 0x10, 1, 0x0b];
        let quiet: &[u8] = &[0, 0x41, 1, 0x1a, 0x0b];
        let fmt_write = "core[0123]::fmt::write";
        let char_debug = "<char as core[0123]::fmt::Debug>::fmt";

        let wasm = module_of(0, &[("relationship_timeline::f", quiet), (fmt_write, write), (char_debug, debug)]);
        let (out, cut) = snip_formatting(&wasm).unwrap();
        assert_eq!(cut, Ok(2));
        assert!(out.windows(quiet.len()).any(|w| w == quiet), "the rest is kept as it was");
        assert!(!out.windows(write.len()).any(|w| w == write), "`write`'s body is gone");

        let wasm = module_of(0, &[("relationship_timeline::f", calls_write), (fmt_write, write), (char_debug, debug)]);
        let (out, cut) = snip_formatting(&wasm).unwrap();
        assert_eq!(cut, Err("relationship_timeline::f calls core::fmt::write".into()));
        assert_eq!(out, wasm, "nothing is cut");
    }

    #[test]
    fn panic_code_is_cut_and_nothing_else() {
        assert!(panics_only("core[c5930c85a12de822]::panicking::panic_fmt"));
        assert!(panics_only("std[a543996e6e7dbf1e]::panicking::panic_with_hook"));
        assert!(panics_only("core[c5930c85a12de822]::str::slice_error_fail_rt"));
        assert!(panics_only("core[c5930c85a12de822]::slice::index::slice_index_fail"));
        assert!(!panics_only("<core[c5930c85a12de822]::fmt::Formatter>::pad_integral"), "format! still uses it");
        assert!(!panics_only("relationship_timeline::parse::Builder::timeline"));
        assert!(!panics_only("core[c5930c85a12de822]::str::count::do_count_chars"));

        // One imported function, then two defined: `f` (index 1) and the panic (index 2).
        let f = [0u8, 0x41, 0x01, 0x1a, 0x0b]; // no locals; i32.const 1; drop; end
        let panic = [0u8, 0x41, 0x02, 0x1a, 0x41, 0x03, 0x1a, 0x0b];
        let wasm = module_of(1, &[("relationship_timeline::f", &f), ("core[0123]::panicking::panic_fmt", &panic)]);
        let (out, cut) = snip_panics(&wasm).unwrap();
        assert_eq!(cut, 1);
        assert!(out.windows(f.len()).any(|w| w == f), "the other function is kept as it was");
        assert!(!out.windows(panic.len()).any(|w| w == panic), "the panic's body is gone");
        assert!(out.windows(4).any(|w| w == [3, 0, 0x00, 0x0b]), "it is `unreachable`");
        assert_eq!(out.len(), wasm.len() - panic.len() + 3);
    }

    #[test]
    fn only_the_file_names_of_panic_locations_are_blanked() {
        // Memory at 1 MiB, as rustc lays it out: a file name, another text that ends
        // in ".rs" but that no location points to, then a location (pointer, length,
        // line, column) of the first, 4-aligned.
        let base = 0x10_0000u32;
        let mut data = b"src/view.rs".to_vec();
        data.extend_from_slice(b"other.rs.");
        while !data.len().is_multiple_of(4) {
            data.push(b'.');
        }
        for word in [base, 11, 412, 17] {
            data.extend_from_slice(&word.to_le_bytes());
        }
        let mut section = Vec::new();
        push_leb(&mut section, 1);
        section.extend_from_slice(&[0, 0x41]);
        // `i32.const 1048576` as signed LEB128.
        section.extend_from_slice(&[0x80, 0x80, 0xc0, 0x00, 0x0b]);
        push_leb(&mut section, data.len() as u32);
        section.extend_from_slice(&data);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.push(11);
        push_leb(&mut wasm, section.len() as u32);
        wasm.extend_from_slice(&section);
        let (out, blanked) = blank_panic_locations(&wasm).unwrap();
        assert_eq!(blanked, 11);
        assert_eq!(out.len(), wasm.len());
        assert!(!out.windows(11).any(|w| w == b"src/view.rs"), "the location's file name is gone");
        assert!(out.windows(11).any(|w| w == [0; 11]), "zeroed in place");
        assert!(out.windows(8).any(|w| w == b"other.rs"), "a text no location points to stays");
        assert!(out.ends_with(&[0x9c, 1, 0, 0, 17, 0, 0, 0]), "the location itself stays");
    }

    #[test]
    fn short_names_are_distinct_and_never_keywords() {
        let all: Vec<String> = names().take(2000).collect();
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
        assert!(!all.iter().any(|n| ["do", "if", "in"].contains(&n.as_str())));
        assert_eq!(&all[..3], ["a", "b", "c"]);
    }
}
