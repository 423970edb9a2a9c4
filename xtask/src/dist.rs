//! `dist/`: the script-tag embed for a CDN. Every file but the entry has its content's
//! hash in its name, so it can be cached for a year; the entry
//! (`relationship-timeline.js`) is tiny and should be cached briefly. See
//! `docs/embedding.md`.

use std::fs;
use std::path::Path;

/// The interface languages the embed fetches as files (English is in its first module).
pub const LANGUAGE_FILES: [&str; 4] = ["vi", "zh-Hans", "ms", "ta"];

/// FNV-1a, 64 bits: enough to tell builds apart in a file name (not for security).
fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")[..10].to_owned()
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn build(root: &Path) -> Result<(), String> {
    let out = root.join("dist");
    let assets = out.join("assets");
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("dist: {e}"))?;
    }
    fs::create_dir_all(&assets).map_err(|e| format!("dist: {e}"))?;

    // Both builds: the small one the embed loads first, the one with the importers.
    let source = String::from_utf8(read(&root.join("www/relationship-timeline.js"))?).map_err(|e| e.to_string())?;
    let mut embed = source;
    let mut assets_written = Vec::new();
    for (folder, suffix) in [("pkg-core", ".core"), ("pkg", "")] {
        let pkg = root.join("www").join(folder);
        let wasm = read(&pkg.join("relationship_timeline_bg.wasm"))?;
        let glue = read(&pkg.join("relationship_timeline.js"))?;
        let wasm_name = format!("relationship_timeline_bg{suffix}.{}.wasm", hash(&wasm));
        let glue_name = format!("relationship_timeline{suffix}.{}.js", hash(&glue));
        write(&assets.join(&wasm_name), &wasm)?;
        write(&assets.join(&glue_name), &glue)?;
        for (file, name) in [("relationship_timeline.js", &glue_name), ("relationship_timeline_bg.wasm", &wasm_name)] {
            let needle = format!("\"./{folder}/{file}\"");
            if !embed.contains(&needle) {
                return Err(format!("www/relationship-timeline.js no longer refers to {needle}"));
            }
            embed = embed.replace(&needle, &format!("\"./{name}\""));
            assets_written.push(name.clone());
        }
    }
    // The bundled timelines' files and the interface languages' files, content-hashed
    // like the code: (where it is, the name it is shipped under, what the embed calls it).
    let datasets =
        relationship_timeline::bundled::IDS.iter().map(|id| (format!("www/data/{id}.json"), id.to_string(), format!("./data/{id}.json")));
    let languages =
        LANGUAGE_FILES.iter().map(|code| (format!("www/lang/{code}.json"), format!("lang-{code}"), format!("./lang/{code}.json")));
    for (file, stem, path) in datasets.chain(languages) {
        let bytes = read(&root.join(file))?;
        let name = format!("{stem}.{}.json", hash(&bytes));
        let needle = format!("\"{path}\"");
        if !embed.contains(&needle) {
            return Err(format!("www/relationship-timeline.js no longer refers to {needle}"));
        }
        embed = embed.replace(&needle, &format!("\"./{name}\""));
        write(&assets.join(&name), &bytes)?;
        assets_written.push(name);
    }
    let embed = crate::shrink::minify(root, &embed)?;
    let embed_name = format!("relationship-timeline.{}.js", hash(embed.as_bytes()));
    write(&assets.join(&embed_name), embed.as_bytes())?;

    let entry = format!(
        "// relationship-timeline: load this file; it pulls in the content-hashed assets.\nexport * from \"./assets/{embed_name}\";\n"
    );
    write(&out.join("relationship-timeline.js"), entry.as_bytes())?;
    write(&out.join("relationship-timeline.d.ts"), &read(&root.join("www/relationship-timeline.d.ts"))?)?;
    // The static fragment's styles, under a name pages can link for good.
    write(&out.join("relationship-timeline.css"), &read(&root.join("www/relationship-timeline.css"))?)?;
    // The editors' studio, beside the entry it loads the widget through, with its template.
    for file in ["studio.html", "studio.css", "studio.js", "favicon.svg", "data/template.csv", "data/template-columns.csv"] {
        if let Some(dir) = out.join(file).parent() {
            fs::create_dir_all(dir).map_err(|e| format!("dist: {e}"))?;
        }
        write(&out.join(file), &read(&root.join("www").join(file))?)?;
    }
    let listed: Vec<String> = std::iter::once(&embed_name).chain(&assets_written).map(|name| format!("    \"assets/{name}\"")).collect();
    let manifest = format!("{{\n  \"entry\": \"relationship-timeline.js\",\n  \"assets\": [\n{}\n  ]\n}}\n", listed.join(",\n"));
    write(&out.join("manifest.json"), manifest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::hash;

    #[test]
    fn names_change_with_content() {
        assert_eq!(hash(b"a"), hash(b"a"));
        assert_ne!(hash(b"a"), hash(b"b"));
        assert_eq!(hash(b"").len(), 10);
    }
}
