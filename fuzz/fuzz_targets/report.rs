//! Fuzzes the reports: any bytes that load as a valid session (built-in or inline
//! definition) must render as Markdown, HTML and JSON without a panic or a template
//! error, and the same way twice.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use scan::load::{Loaded, Loader, decode_source};
use scan::render::{Lang, Renderer};

static RENDERER: LazyLock<Renderer> =
    LazyLock::new(|| Renderer::new(None).expect("the built-in templates load"));

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source("fuzz.toml".into(), data.to_vec()) else {
        return;
    };
    let (loaded, _) = Loader::new().load_source(&source, std::path::Path::new("."));
    let Loaded::Session(session) = loaded else {
        return;
    };
    let report = scan::analyse::report::report(&session);
    for lang in [Lang::Nl, Lang::En] {
        let context = scan::render::report::report_context(&report, lang);
        let md = RENDERER.render("report.md.j2", &context).expect("Markdown renders");
        let html = RENDERER.render("report.html.j2", &context).expect("HTML renders");
        assert!(!html.to_ascii_lowercase().contains("<script"), "no script in HTML");
        let again = RENDERER.render("report.md.j2", &context).expect("Markdown renders");
        assert_eq!(md, again, "deterministic");
    }
    serde_json::to_string(&report).expect("JSON");
});
