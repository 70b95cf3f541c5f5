//! Fuzzes the loader and validator: any bytes, as a session or definition file,
//! must give a verdict (a model, or at least one error) and never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scan::load::{Loaded, Loader, decode_source};

fuzz_target!(|data: &[u8]| {
    let loader = Loader::new();
    if let Ok(source) = decode_source("fuzz.toml".into(), data.to_vec()) {
        let (loaded, diags) = loader.load_source(&source, std::path::Path::new("."));
        if matches!(loaded, Loaded::Invalid) {
            assert!(diags.iter().any(|d| d.is_error()));
        }
        for d in &diags {
            let _ = scan::diag::render_human(d, scan::diag::Palette::PLAIN, scan::i18n::Lang::En);
        }
    }
});
