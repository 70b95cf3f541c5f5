use std::io::{self, Write};
use std::process::ExitCode;

/// Many small strings are made and dropped per answer; mimalloc does that with about
/// half the instructions of the system allocator (see BENCHMARKS.md). It is built
/// without asking Linux for transparent huge pages (`no_thp` in Cargo.toml): with them,
/// a report of 1,000 sessions spent 4–10% of its CPU time zeroing 2 MiB pages and
/// peaked at about 95 MB instead of 32 MB.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match scan::cli::help::parse(&args, |name| std::env::var(name).ok()) {
        Ok(cli) => cli,
        Err((e, lang)) => match scan::cli::help::usage_error(&e, lang) {
            Some(text) => {
                let _ = io::stderr().write_all(text.as_bytes());
                return ExitCode::from(scan::Exit::Failure.code());
            }
            // `--help`, `--version`, and usage errors in English: as clap shows them.
            None => e.exit(),
        },
    };
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = stderr.lock();
    let palette = scan::diag::Palette::for_stderr();
    let lang = scan::i18n::message_lang(cli.lang, |name| std::env::var(name).ok());
    scan::i18n::set_run_lang(lang);
    let result = scan::run(
        cli,
        &mut scan::Io {
            out: &mut out,
            err: &mut err,
            palette,
            lang,
        },
    )
    .and_then(|exit| {
        out.flush()?;
        Ok(exit)
    });
    match result {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) if scan::output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        // A failure about the user's input (with a code) was shown by `run`.
        Err(e) => {
            let _ = writeln!(err, "{}: {e:#}", scan::t!(lang, "severity-error"));
            ExitCode::from(scan::Exit::Failure.code())
        }
    }
}
