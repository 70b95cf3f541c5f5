//! Fuzzes the definition reference: a session names, as its definition, a file
//! outside its folder whose bytes are the fuzzer's input with a secret marker in
//! every line. Whatever those bytes are, no diagnostic may show any of them.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use scan::load::{Input, Loader};

const SECRET: &str = "Zq9SECRETx7";

struct Dirs {
    _tmp: tempfile::TempDir,
    secret: std::path::PathBuf,
    session: std::path::PathBuf,
}

static DIRS: LazyLock<Dirs> = LazyLock::new(|| {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join("home")).expect("dir");
    std::fs::create_dir_all(tmp.path().join("work")).expect("dir");
    let secret = tmp.path().join("home/credentials.toml");
    let session = tmp.path().join("work/s.toml");
    std::fs::write(
        &session,
        "definition = \"../home/credentials.toml\"\n[session]\norganisation = \"X\"\n",
    )
    .expect("write");
    Dirs { _tmp: tmp, secret, session }
});

fuzz_target!(|data: &[u8]| {
    // The secret on every line, and in every value the fuzzer makes.
    let mut bytes = Vec::with_capacity(data.len() * 2 + SECRET.len());
    bytes.extend_from_slice(SECRET.as_bytes());
    for &b in data {
        bytes.push(b);
        if b == b'\n' || b == b'"' || b == b'=' {
            bytes.extend_from_slice(SECRET.as_bytes());
        }
    }
    std::fs::write(&DIRS.secret, &bytes).expect("write");
    let report = Loader::new()
        .load(&Input::File(DIRS.session.clone()))
        .expect("loads");
    for lang in scan::i18n::Lang::ALL {
        for d in &report.diags {
            let shown = scan::diag::render_human(d, scan::diag::Palette::PLAIN, lang);
            assert!(!shown.contains(SECRET), "secret shown: {shown}");
        }
        let mut reporter = scan::diag::Reporter::new(
            lang,
            scan::diag::Palette::PLAIN,
            scan::diag::Show::Json,
            false,
        );
        let (mut json, mut err) = (Vec::new(), Vec::new());
        for d in &report.diags {
            reporter.report(&mut err, d).expect("kept");
        }
        reporter.finish(&mut json, &mut err, 1).expect("JSON");
        let json = String::from_utf8_lossy(&json);
        assert!(!json.contains(SECRET), "secret in JSON: {json}");
    }
});
