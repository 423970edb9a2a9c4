//! Project tasks: `cargo xtask dev [--port N]` builds the widget and serves `www/`;
//! `cargo xtask test` runs every test. Both install what a fresh machine lacks (the
//! wasm target, wasm-pack, the matching wasm-bindgen-cli, Chromium and its driver,
//! the npm tools) and skip what is already there.

mod bench;
mod dist;
mod serve;
mod shrink;
mod size;

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  dev [--port N]   build the widget and serve www/ on http://127.0.0.1:N/ (default 8000)
  test             fmt and clippy, native tests, browser tests (headless Chromium), end-to-end checks
  build            build the widget into www/pkg-core (native data) and www/pkg (all formats;
                   an npm package), www/static.html and dist/
  size             the gzip size of the script-tag embed, part by part, against the budget
  bench [--browser-only]
                   native benchmarks, then the browser benchmark against TimelineJS3 and vis-timeline
  setup            install the tools the other tasks need
";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dev") => dev(&args[1..]),
        Some("test") => test(),
        Some("build") => setup(false).and_then(|_| build()).map(|_| ()),
        Some("setup") => setup(true),
        Some("bench") => bench(args.get(1).map(String::as_str) == Some("--browser-only")),
        Some("size") => setup(false).and_then(|_| build()).and_then(|own| size::check(&root(), own)),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Runs a command in the repository root, failing with its name if it fails.
fn run(cmd: &mut Command) -> Result {
    let mut shown = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        shown.push(' ');
        shown.push_str(&arg.to_string_lossy());
    }
    eprintln!("xtask: $ {shown}");
    if cmd.get_current_dir().is_none() {
        cmd.current_dir(root());
    }
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("failed ({status}): {shown}"))
    }
}

/// The output of a command, if it ran and succeeded.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).current_dir(root()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// PATH with the npm tools (wasm-opt) first, so wasm-pack finds a wasm-opt that
/// understands current rustc output instead of downloading one.
fn tool_path() -> String {
    let bin = root().join("node_modules/.bin");
    let cargo_bin = env::var("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|_| home().join(".cargo")).join("bin");
    let mut path = bin.to_string_lossy().into_owned();
    path.push(':');
    path.push_str(&cargo_bin.to_string_lossy());
    if let Ok(rest) = env::var("PATH") {
        path.push(':');
        path.push_str(&rest);
    }
    path
}

fn home() -> PathBuf {
    env::var("HOME").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("/root"))
}

/// The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")).and_then(|v| v.strip_suffix('"')) {
                return Ok(v.to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

/// Installs what is missing. `browser`: also Chromium and chromedriver.
fn setup(browser: bool) -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    // fmt and clippy come with rustup's default profile, but not with every install.
    let components = output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    for component in ["rustfmt", "clippy"] {
        if !components.lines().any(|l| l.starts_with(component)) {
            run(Command::new("rustup").args(["component", "add", component]))?;
        }
    }
    // The standard library's source, to build the widget with a standard library of its
    // own (see `build`). Without it the build still works, with the prebuilt one.
    if !own_std() {
        let added = Command::new("rustup").args(["component", "add", "rust-src"]).status().is_ok_and(|s| s.success());
        if !added {
            eprintln!("xtask: rust-src could not be added; the wasm is built with the prebuilt standard library (larger)");
        }
    }
    let path = tool_path();
    let has = |program: &str, expect: &str| {
        Command::new(program)
            .arg("--version")
            .env("PATH", &path)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .is_some_and(|o| String::from_utf8_lossy(&o.stdout).contains(expect))
    };
    if !has("wasm-pack", "wasm-pack") {
        run(Command::new("cargo").args(["install", "wasm-pack", "--locked"]))?;
    }
    if browser && !Command::new("cargo").args(["fuzz", "--version"]).env("PATH", &path).output().is_ok_and(|o| o.status.success()) {
        run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let version = wasm_bindgen_version()?;
    if !has("wasm-bindgen", &version) {
        // `--locked` fails for this crate on the registry mirror; see docs/development.md.
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version, "--force"]))?;
    }
    let stamp = root().join("node_modules/.package-lock.json");
    let lock = root().join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp).and_then(|m| m.modified()), std::fs::metadata(&lock).and_then(|m| m.modified())) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if !fresh {
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    // Chromium and its driver, and system fonts for the interface languages' scripts
    // (Chinese, Tamil): the widget uses the reader's fonts, never web fonts.
    let fonts = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/lohit-tamil/Lohit-Tamil.ttf"];
    let missing = !(Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists())
        || fonts.iter().any(|f| !Path::new(f).exists());
    if browser && missing {
        let sudo = output("id", &["-u"]).is_some_and(|id| id.trim() != "0");
        let apt = |args: &[&str]| {
            let mut cmd = if sudo { Command::new("sudo") } else { Command::new("apt-get") };
            if sudo {
                cmd.arg("apt-get");
            }
            cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            run(&mut cmd)
        };
        apt(&["update"])?;
        apt(&["install", "-y", "--no-install-recommends", "chromium", "chromium-driver", "fonts-wqy-microhei", "fonts-lohit-taml"])?;
    }
    Ok(())
}

/// The wasm build is optimised for size (native release builds for speed: Cargo.toml).
/// `z` and `s`/`3` gave the same cold mount time in the browser; `z` is the smallest.
const WASM_OPT_LEVEL: &str = "z";

/// wasm-opt's settings for both builds (it runs after `shrink::snip_panics`). The
/// `producers` and `target_features` sections (which compilers made the module, which
/// features it uses: 260 bytes no browser reads) are left out.
const WASM_OPT_FLAGS: [&str; 9] = [
    "-Oz",
    "--converge",
    "--strip-producers",
    "--strip-target-features",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
];

/// Whether the standard library's source is installed (rustup's `rust-src`), so the
/// wasm can be built with a standard library of its own.
fn own_std() -> bool {
    output("rustc", &["--print", "sysroot"])
        .is_some_and(|sysroot| Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/std/Cargo.toml").exists())
}

/// `wasm-pack build` into `out_dir`, size-optimised. With the standard library's source
/// at hand, the standard library is compiled with the widget, for size: its
/// `optimize_for_size` choices (smaller sort and formatting code), and a panic that
/// stops at once (`-Cpanic=immediate-abort`: no panic message is built, none was ever
/// shown). These are unstable options of the stable compiler, enabled for this build
/// as cargo-fuzz's are (`RUSTC_BOOTSTRAP`); measured in docs/performance.md.
///
/// Those options may change from one compiler to the next: if the build with them fails
/// (`own`: the source is there), it is made again with the prebuilt standard library, and
/// says so. Returns whether the standard library was built with the widget.
fn wasm_pack(out_dir: &str, cargo_args: &[&str], own: bool) -> Result<bool> {
    let command = |own: bool| {
        let mut command = Command::new("wasm-pack");
        command.args(["build", ".", "--release", "--target", "web", "--out-dir", out_dir, "--"]).args(cargo_args);
        command.env("PATH", tool_path()).env("CARGO_PROFILE_RELEASE_OPT_LEVEL", WASM_OPT_LEVEL);
        if own {
            command
                .args(["-Zbuild-std=std,panic_abort", "-Zbuild-std-features=optimize_for_size"])
                .env("RUSTC_BOOTSTRAP", "1")
                .env("RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort");
        }
        command
    };
    if own {
        match run(&mut command(true)) {
            Ok(()) => return Ok(true),
            Err(e) => eprintln!("xtask: {e}\nxtask: building {out_dir} again with the prebuilt standard library (larger)"),
        }
    }
    run(&mut command(false)).map(|()| false)
}

/// Builds the widget (release, size-optimised) twice: into `www/pkg-core` without the
/// importers (what the embed loads first) and into `www/pkg` with them (loaded only for
/// CSV, TimelineJS or vis-timeline data; also the complete npm package); then the static
/// page and the CDN folder `dist/`. Returns whether the first module was built with its
/// own standard library (the size check holds each kind of build to its own budget).
fn build() -> Result<bool> {
    // Asked once a build: whether rustup's `rust-src` is there.
    let source = own_std();
    let own = wasm_pack("www/pkg-core", &["--no-default-features"], source)?;
    shorten("www/pkg-core")?;
    wasm_pack("www/pkg", &[], source)?;
    shorten("www/pkg")?;
    // The package's own page, for those who install it (wasm-pack copies the project's).
    let readme = root().join("docs/npm-package.md");
    std::fs::copy(&readme, root().join("www/pkg/README.md")).map_err(|e| format!("{}: {e}", readme.display()))?;
    static_page()?;
    datasets()?;
    language_files()?;
    dist::build(&root())?;
    Ok(own)
}

/// Short names for what the module and its glue share, and no doc comments in the glue
/// (see `shrink.rs`).
fn shorten(dir: &str) -> Result {
    // The panic code cut while the function names are there, then wasm-opt.
    let file = root().join(dir).join("relationship_timeline_bg.wasm");
    let module = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let (snipped, cut) = shrink::snip_panics(&module)?;
    let (snipped, formatting) = shrink::snip_formatting(&snipped)?;
    match formatting {
        Ok(0) => println!("{dir}: no core::fmt left to cut"),
        Ok(n) => println!("{dir}: core::fmt is left to the panic messages alone: its {n} functions cut"),
        Err(why) => println!("{dir}: core::fmt kept: {why}"),
    }
    let (blanked, blank) = shrink::blank_panic_locations(&snipped)?;
    std::fs::write(&file, &blanked).map_err(|e| format!("{}: {e}", file.display()))?;
    let wasm_opt = |extra: &[&str]| {
        run(Command::new("wasm-opt").arg(&file).arg("-o").arg(&file).args(WASM_OPT_FLAGS).args(extra).env("PATH", tool_path()))
    };
    wasm_opt(&[])?;
    println!("{dir}: {cut} functions that only panic cut, {blank} bytes of their file names blanked, before wasm-opt");
    let [(wasm, glue), (wasm_after, glue_after)] = shrink::shorten(&root().join(dir))?;
    println!("{dir}: short names: wasm {wasm} → {wasm_after} bytes, glue {glue} → {glue_after} bytes (raw)");
    // wasm-opt once more on the module with its short names (which finds more to fold), told
    // the features the module's stripped section no longer says: multi-value returns.
    wasm_opt(&["--enable-multivalue"])?;
    let again = std::fs::metadata(&file).map_err(|e| format!("{}: {e}", file.display()))?.len();
    println!("{dir}: wasm-opt again: {wasm_after} → {again} bytes (raw)");
    let (_, glue_small) = shrink::minify_file(&root(), &root().join(dir).join("relationship_timeline.js"))?;
    println!("{dir}: glue minified: {glue_after} → {glue_small} bytes (raw)");
    Ok(())
}

/// The interface languages beyond English as files beside the embed (`www/lang/CODE.json`,
/// from `src/i18n/`, compacted and without the importers' problems): the embed's first
/// module carries English only.
fn language_files() -> Result {
    let dir = root().join("www/lang");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for code in dist::LANGUAGE_FILES {
        // Compacted as the English built into the module is: the reader fetches it.
        let from = root().join("src/i18n").join(format!("{code}.json"));
        let text = std::fs::read_to_string(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        let to = dir.join(format!("{code}.json"));
        // Without the problems only the importers report: the module with the importers
        // has every language built in, and the first module never words them.
        let importers = relationship_timeline::i18n::importer_words::IMPORTER_PROBLEMS.iter().map(|(key, _)| *key);
        let words = relationship_timeline::minify::without_problems(&relationship_timeline::minify::compact_json(&text), importers);
        std::fs::write(&to, words).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(())
}

/// The bundled timelines as data files beside the embed (`www/data/ID.json`): the
/// embed's first module does not carry them, it fetches them.
fn datasets() -> Result {
    for id in relationship_timeline::bundled::IDS {
        let text = relationship_timeline::bundled::get(id).ok_or_else(|| format!("no bundled dataset {id}"))?;
        let path = root().join("www/data").join(format!("{id}.json"));
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// `www/static.html`: the template with the bundled timeline's static fragment in it.
fn static_page() -> Result {
    use relationship_timeline::{fragment, i18n::Lang, parse};
    let template = std::fs::read_to_string(root().join("www/static.template.html")).map_err(|e| format!("static template: {e}"))?;
    let timeline = parse::parse(relationship_timeline::bundled::VIETNAM_SINGAPORE).timeline;
    let page = template.replace("<!-- relationship-timeline:static -->", &fragment::render(&timeline, Lang::Vi));
    std::fs::write(root().join("www/static.html"), page).map_err(|e| format!("www/static.html: {e}"))
}

fn dev(args: &[String]) -> Result {
    let port = match args {
        [] => 8000,
        [flag, n] if flag == "--port" => n.parse().map_err(|_| format!("not a port: {n}"))?,
        _ => return Err(format!("unknown arguments {args:?}\n{USAGE}")),
    };
    setup(false)?;
    build()?;
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    println!("relationship-timeline demo: http://127.0.0.1:{port}/  (Ctrl+C to stop)");
    serve::serve(listener, root());
    Ok(())
}

fn bench(browser_only: bool) -> Result {
    setup(true)?;
    let path = tool_path();
    if !browser_only {
        // A target folder of its own: the library built for the bench (unwinding) and
        // the one built for the widget and xtask (aborting) would otherwise share the
        // cdylib's file name and can clash.
        run(Command::new("cargo")
            .args(["bench", "--bench", "core", "--", "--noplot"])
            .env("CARGO_TARGET_DIR", root().join("target/bench"))
            .env("PATH", &path))?;
    }
    let native = bench::native_table(&root());
    build()?;
    if !bench::peers_installed(&root()) {
        run(Command::new("npm").args(bench::peer_args()))?;
    }
    bench::prepare(&root())?;
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("cannot listen: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let repo = root();
    std::thread::spawn(move || serve::serve(listener, repo));
    println!("\nNative core (criterion medians, generated events):\n\n{native}");
    let runs = std::env::var("RT_BENCH_RUNS").unwrap_or_else(|_| "5".into());
    println!("Browser (headless Chromium, medians of {runs} runs; this can take several minutes):");
    run(Command::new("node").args(["bench/browser.mjs"]).env("RT_BASE_URL", format!("http://{addr}")).env("PATH", &path))?;
    Ok(())
}

/// Fuzz targets, each for 50,000 runs from the committed corpus with a fixed seed: a
/// smoke run that catches a crash the corpus nearly reaches, the same on every machine.
/// Long runs: see docs/reliability.md.
const FUZZ_TARGETS: [&str; 6] = ["json", "csv", "timelinejs", "date", "html", "layout"];

fn fuzz_smoke(path: &str) -> Result {
    let fuzz = root().join("fuzz");
    // cargo-fuzz needs nightly features; the stable compiler provides them when asked.
    run(Command::new("cargo").args(["fuzz", "build", "-O"]).current_dir(&fuzz).env("PATH", path).env("RUSTC_BOOTSTRAP", "1"))?;
    for target in FUZZ_TARGETS {
        let status = Command::new("cargo")
            .args(["fuzz", "run", "-O", target, "--", "-runs=50000", "-max_len=4096", "-seed=1", "-rss_limit_mb=2048"])
            .current_dir(&fuzz)
            .env("PATH", path)
            .env("RUSTC_BOOTSTRAP", "1")
            .stderr(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("cargo fuzz: {e}"))?;
        if !status.success() {
            return Err(format!("fuzz target {target} crashed: see fuzz/artifacts/{target}/ (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O {target} <artifact>)"));
        }
        eprintln!("xtask: fuzz smoke: {target}: no crash in 50,000 runs");
    }
    Ok(())
}

/// The house style and lints, for the native code and both wasm builds: `cargo fmt
/// --check` and clippy with warnings as errors.
fn hygiene(path: &str) -> Result {
    run(Command::new("cargo").args(["fmt", "--all", "--check"]).env("PATH", path))?;
    run(Command::new("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]).env("PATH", path))?;
    run(Command::new("cargo")
        .args(["clippy", "--target", "wasm32-unknown-unknown", "--lib", "--tests", "--", "-D", "warnings"])
        .env("PATH", path))?;
    run(Command::new("cargo")
        .args(["clippy", "--target", "wasm32-unknown-unknown", "--lib", "--no-default-features", "--", "-D", "warnings"])
        .env("PATH", path))
}

fn test() -> Result {
    setup(true)?;
    let path = tool_path();
    hygiene(&path)?;
    run(Command::new("cargo").args(["test", "--workspace"]).env("PATH", &path))?;
    // The core as the embed's first module has it: without the importers.
    run(Command::new("cargo").args(["test", "--lib", "--no-default-features"]).env("PATH", &path))?;
    fuzz_smoke(&path)?;
    run(Command::new("wasm-pack")
        .args(["test", "--headless", "--chrome", "--", "--test", "web"])
        .env("PATH", &path)
        .env("CHROMEDRIVER", "/usr/bin/chromedriver"))?;
    let own = build()?;
    size::check(&root(), own)?;
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("cannot listen: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let repo = root();
    std::thread::spawn(move || serve::serve(listener, repo));
    run(Command::new("node")
        .args(["--test", "--test-concurrency=1", "tests/e2e/"])
        .env("RT_BASE_URL", format!("http://{addr}"))
        .env("PATH", &path))
}
