//! A small static file server for the demo and the end-to-end tests: GET and HEAD
//! on 127.0.0.1, `.wasm` as `application/wasm`. It serves `www/` at `/`, the CDN
//! build `dist/` at `/dist/` and the benchmark pages `.bench/` at `/bench/`, and
//! nothing else of the repository.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// The Content-Security-Policy a strict newsroom page sends; pages whose name starts
/// with `csp` are served with it so the widget is tested under it.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// The studio runs under the same policy, and may also read the address an editor types.
pub const STUDIO_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' https: http:";

/// Serves the repository at `root` forever, one thread per connection.
pub fn serve(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            // Without this, a response written after the previous one's last packet
            // waits for a delayed ACK (~40 ms) on a kept-alive connection.
            let _ = stream.set_nodelay(true);
            let _ = handle(stream, &root);
        });
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// The file a request path names, if it stays inside `root`.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let mut file = root.to_path_buf();
    for part in Path::new(decoded.trim_start_matches('/')).components() {
        match part {
            Component::Normal(p) => file.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn handle(stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut stream = stream;
    loop {
        let mut request = String::new();
        if reader.read_line(&mut request)? == 0 {
            return Ok(());
        }
        let mut keep_alive = true;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
                break;
            }
            if header.to_ascii_lowercase().starts_with("connection: close") {
                keep_alive = false;
            }
        }
        let mut parts = request.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
        if method != "GET" && method != "HEAD" {
            respond(&mut stream, "405 Method Not Allowed", "text/plain", b"method not allowed\n", &[], method == "HEAD")?;
        } else {
            let found = if let Some(rest) = target.strip_prefix("/dist/") {
                resolve(&root.join("dist"), rest)
            } else if let Some(rest) = target.strip_prefix("/bench/") {
                resolve(&root.join(".bench"), rest)
            } else {
                resolve(&root.join("www"), target)
            };
            match found {
                Some(file) => {
                    let body = std::fs::read(&file)?;
                    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    let mut extra: Vec<(&str, &str)> = vec![("Cache-Control", "no-store")];
                    if name.starts_with("csp") && name.ends_with(".html") {
                        extra.push(("Content-Security-Policy", STRICT_CSP));
                    }
                    if name == "studio.html" {
                        extra.push(("Content-Security-Policy", STUDIO_CSP));
                    }
                    respond(&mut stream, "200 OK", content_type(&file), &body, &extra, method == "HEAD")?;
                }
                None => respond(&mut stream, "404 Not Found", "text/plain; charset=utf-8", b"not found\n", &[], method == "HEAD")?,
            }
        }
        if !keep_alive {
            return Ok(());
        }
    }
}

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8], extra: &[(&str, &str)], head: bool) -> std::io::Result<()> {
    let mut header =
        format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nX-Content-Type-Options: nosniff\r\n", body.len());
    for (name, value) in extra {
        header.push_str(name);
        header.push_str(": ");
        header.push_str(value);
        header.push_str("\r\n");
    }
    header.push_str("\r\n");
    // One write: the header and body leave together.
    let mut response = header.into_bytes();
    if !head {
        response.extend_from_slice(body);
    }
    stream.write_all(&response)?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_root() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        assert!(resolve(&root, "/main.rs").is_some());
        assert!(resolve(&root, "main.rs").is_some());
        assert!(resolve(&root, "/../Cargo.toml").is_none());
        assert!(resolve(&root, "/%2e%2e/Cargo.toml").is_none());
        assert!(resolve(&root, "/missing.js").is_none());
    }

    #[test]
    fn wasm_is_served_as_wasm() {
        assert_eq!(content_type(Path::new("a/b.wasm")), "application/wasm");
        assert_eq!(content_type(Path::new("index.html")), "text/html; charset=utf-8");
    }
}
