//! `scan fmt`: rewrites session files into one layout (see `format`), or with
//! `--check` shows what would change. Never touches a file that does not validate,
//! writes atomically, and only when something changed.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cli::FmtArgs;
use crate::diag::{Diagnostic, Reporter, Show};
use crate::load::{self, Input, Loaded, Loader};
use crate::source::MAX_FILE_SIZE;
use crate::{Exit, Io, output, t, toml_layout};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What happened to one input.
enum Outcome {
    Unchanged,
    Changed,
    /// A definition file: not formatted.
    Skipped,
    /// Errors in the file; shown, file left alone.
    Invalid,
    /// Formatting could not keep its promise; file left alone.
    Failed,
}

pub fn run(args: FmtArgs, io: &mut Io) -> Result<Exit> {
    let inputs = super::inputs(&args.paths, args.verbose, io)?;
    load::require_inputs(&inputs)?;
    let loader = Loader::new();
    // Problems are shown even with `--quiet`: they are why a file was left alone.
    let mut reporter = Reporter::new(io.lang, io.palette, Show::All, false);
    let mut outcomes = Vec::with_capacity(inputs.len());
    for input in &inputs {
        outcomes.push(one(input, &loader, &args, &mut reporter, io)?);
    }
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let changed = count(|o| matches!(o, Outcome::Changed));
    let unchanged = count(|o| matches!(o, Outcome::Unchanged));
    let invalid = count(|o| matches!(o, Outcome::Invalid));
    let failed = count(|o| matches!(o, Outcome::Failed));
    let only_stdin = inputs.iter().all(|i| *i == Input::Stdin);
    if !args.quiet && !only_stdin {
        let lang = io.lang;
        let mut parts = Vec::new();
        if changed > 0 {
            parts.push(if args.check {
                t!(lang, "fmt-not-formatted", files = changed)
            } else {
                t!(lang, "fmt-reformatted", files = changed)
            });
        }
        if unchanged > 0 {
            parts.push(t!(lang, "fmt-already-formatted", files = unchanged));
        }
        if invalid > 0 {
            parts.push(t!(lang, "fmt-left-invalid", files = invalid));
        }
        if failed > 0 {
            parts.push(t!(lang, "fmt-failed", files = failed));
        }
        if parts.is_empty() {
            parts.push(t!(lang, "fmt-nothing"));
        }
        writeln!(io.err, "{}", parts.join(", "))?;
    }
    Ok(if failed > 0 {
        Exit::Failure
    } else if invalid > 0 || (args.check && changed > 0) {
        Exit::Problems
    } else {
        Exit::Ok
    })
}

fn one(
    input: &Input,
    loader: &Loader,
    args: &FmtArgs,
    reporter: &mut Reporter,
    io: &mut Io,
) -> Result<Outcome> {
    let name = input.name();
    let bytes = match read_bytes(input)? {
        Ok(b) => b,
        Err(d) => return show(&[d], reporter, io).map(|()| Outcome::Invalid),
    };
    let had_bom = bytes.starts_with(BOM);
    let source = match load::decode_source(name.clone(), bytes.clone()) {
        Ok(s) => s,
        Err(d) => return show(&[*d], reporter, io).map(|()| Outcome::Invalid),
    };
    let base = match input {
        Input::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
        Input::Stdin => PathBuf::new(),
    };
    let (loaded, diags) = loader.load_source(&source, &base);
    let errors: Vec<Diagnostic> = diags.into_iter().filter(Diagnostic::is_error).collect();
    if !errors.is_empty() {
        show(&errors, reporter, io)?;
        return Ok(Outcome::Invalid);
    }
    let session = match loaded {
        Loaded::Session(s) => s,
        Loaded::Definition(_) | Loaded::Invalid => {
            if *input == Input::Stdin && !args.check {
                io.out.write_all(&bytes)?;
            }
            return Ok(Outcome::Skipped);
        }
    };
    // Only the definition is needed from here on (the order of answers and targets).
    let definition = session.definition.clone();
    drop(session);
    let formatted = match toml_layout::format_session(&source.text, &definition) {
        Ok(f) => f,
        Err(e) => {
            writeln!(
                io.err,
                "{}: {name}: {e:#}",
                crate::t!(io.lang, "severity-error")
            )?;
            return Ok(Outcome::Failed);
        }
    };
    if let Some(crlf) = toml_layout::mixed_line_endings(&source.text)
        && !args.quiet
    {
        let crlf = if crlf { "yes" } else { "no" };
        writeln!(
            io.err,
            "{}",
            crate::t!(
                io.lang,
                "fmt-mixed-line-endings",
                file = name.as_str(),
                crlf = crlf
            )
        )?;
    }
    let mut new_bytes = Vec::with_capacity(formatted.len() + 3);
    if had_bom {
        new_bytes.extend_from_slice(BOM);
    }
    new_bytes.extend_from_slice(formatted.as_bytes());
    let changed = new_bytes != bytes;
    if args.check {
        if changed {
            write_diff(&name, &source.text, &formatted, io)?;
        }
    } else {
        match input {
            Input::Stdin => io.out.write_all(&new_bytes)?,
            Input::File(path) if changed => output::rewrite_in_place(path, &new_bytes)?,
            Input::File(_) => {}
        }
    }
    Ok(if changed {
        Outcome::Changed
    } else {
        Outcome::Unchanged
    })
}

fn show(diags: &[Diagnostic], reporter: &mut Reporter, io: &mut Io) -> Result<()> {
    for d in diags {
        reporter.report(&mut *io.err, d)?;
    }
    Ok(())
}

/// A unified diff, the way `git diff` shows it.
fn write_diff(name: &str, before: &str, after: &str, io: &mut Io) -> Result<()> {
    let before = before.replace("\r\n", "\n");
    let after = after.replace("\r\n", "\n");
    let diff = similar::TextDiff::from_lines(&before, &after);
    write!(
        io.out,
        "{}",
        diff.unified_diff()
            .context_radius(3)
            .header(name, &format!("{name} (formatted)"))
    )?;
    Ok(())
}

/// The bytes of an input, with the same size limit as every other command.
fn read_bytes(input: &Input) -> Result<std::result::Result<Vec<u8>, Diagnostic>> {
    let name = input.name();
    let mut bytes = Vec::new();
    match input {
        Input::Stdin => {
            std::io::stdin()
                .take(MAX_FILE_SIZE + 1)
                .read_to_end(&mut bytes)
                .with_context(|| crate::t!(crate::i18n::run_lang(), "input-cannot-read-stdin"))?;
        }
        Input::File(path) => {
            fs::File::open(path)
                .with_context(|| {
                    crate::t!(
                        crate::i18n::run_lang(),
                        "input-cannot-open",
                        path = path.display().to_string()
                    )
                })?
                .take(MAX_FILE_SIZE + 1)
                .read_to_end(&mut bytes)
                .with_context(|| crate::load::cannot_read(path))?;
        }
    }
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Ok(Err(crate::load::file_too_large(&name, None, MAX_FILE_SIZE)));
    }
    Ok(Ok(bytes))
}
