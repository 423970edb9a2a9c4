//! relationship-timeline: how a relationship between two parties evolved, as an
//! accessible, interactive timeline.
//!
//! The crate is a pure core and a thin browser shell:
//!
//! ```text
//! text ──parse──▶ model ──layout(width, zoom)──▶ positions ──render──▶ DOM
//! ```
//!
//! [`json`], [`date`], [`parse`], [`model`], [`layout`], [`view`] and [`i18n`] know nothing of the
//! browser and are tested natively; [`cli`] is the command-line tool built on them.
//! Only `widget` and `dom` (compiled for wasm32) touch `web_sys`.

#[cfg(feature = "importers")]
pub mod cli;
pub mod date;
pub mod detail;
pub mod extract;
pub mod fragment;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod json;
pub mod layout;
pub mod minify;
pub mod model;
pub mod parse;
pub mod phrase;
pub mod problem;
pub mod prose;
pub mod view;
pub mod write;

/// The wasm build's allocator (see Cargo.toml).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub mod widget;

/// The bundled datasets. The command line and the complete wasm build (the npm
/// package) compile them in; the embed's first module does not: the embed fetches a
/// bundled dataset as a data file (`www/data/`), in parallel with the module, and
/// passes it in as data.
pub mod bundled {
    /// Vietnam – Singapore, from diplomatic relations (1973) to the Comprehensive
    /// Strategic Partnership (2025) and the commitments beyond it.
    #[cfg(any(not(target_arch = "wasm32"), feature = "importers"))]
    pub const VIETNAM_SINGAPORE: &str = include_str!("../seeds/vietnam-singapore.json");

    /// Every bundled dataset's id.
    pub const IDS: [&str; 1] = ["vietnam-singapore"];

    /// The bundled dataset with this id, where this build carries it.
    pub fn get(id: &str) -> Option<&'static str> {
        #[cfg(any(not(target_arch = "wasm32"), feature = "importers"))]
        if id == "vietnam-singapore" {
            return Some(VIETNAM_SINGAPORE);
        }
        let _ = id;
        None
    }
}
