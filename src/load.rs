//! Finding and reading inputs, and resolving the definition a session refers to.
//!
//! Owns everything between a command-line argument and a checked model: walking
//! directories (honouring `.gitignore`), reading with a size limit, decoding, parsing,
//! looking up built-in or file definitions (each definition file is read once per run),
//! and validation. Commands get back models plus diagnostics.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::{Context, Result, bail};

use crate::diag::{Code, Diagnostic, Failure, did_you_mean};
use crate::i18n::{Msg, Val, run_lang};
use crate::model::{Definition, Origin, Session};
use crate::parse::{self, RawFile};
use crate::source::{DecodeError, MAX_FILE_SIZE, Source, decode};
use crate::validate;
use crate::{msg, t};

/// The built-in definitions, embedded in the binary: (id, file name, text).
pub const BUILTINS: &[(&str, &str, &str)] = &[
    (
        "partnerschapscan",
        "scans/partnerschapscan.toml",
        include_str!("../scans/partnerschapscan.toml"),
    ),
    (
        "partnerschapscan-en",
        "scans/partnerschapscan-en.toml",
        include_str!("../scans/partnerschapscan-en.toml"),
    ),
];

/// A built-in definition by id, parsed once per process.
pub fn builtin(id: &str) -> Option<Arc<Definition>> {
    static PARSED: OnceLock<Vec<Option<Arc<Definition>>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        BUILTINS
            .iter()
            .map(|(_, name, text)| {
                let source = Source::new(*name, *text);
                let mut diags = Vec::new();
                match parse::parse(&source, &mut diags)? {
                    RawFile::Definition(raw) => {
                        validate::definition(&raw, &source, Origin::Builtin, &mut diags)
                            .map(Arc::new)
                    }
                    RawFile::Session(_) => None,
                }
            })
            .collect()
    });
    let index = BUILTINS.iter().position(|(bid, _, _)| *bid == id)?;
    parsed[index].clone()
}

pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|(id, _, _)| *id)
}

/// A definition named on the command line (`scan new`, `scan schema --for`): a
/// built-in id or the path of a definition file.
pub enum NamedDefinition {
    /// The definition; `path` is the file it was read from (`None` for a built-in),
    /// `diags` the file's warnings.
    Found {
        definition: Arc<Definition>,
        path: Option<PathBuf>,
        diags: Vec<Diagnostic>,
    },
    /// The file has errors (they are in the diagnostics).
    Invalid(Vec<Diagnostic>),
}

/// Resolves a definition named on the command line. A name that is neither a
/// built-in id nor a file, and a session file given instead of a definition, are
/// usage errors (with a hint); a definition file with errors is [`NamedDefinition::Invalid`].
pub fn named_definition(name: &str) -> Result<NamedDefinition> {
    if let Some(definition) = builtin(name) {
        return Ok(NamedDefinition::Found {
            definition,
            path: None,
            diags: Vec::new(),
        });
    }
    let path = PathBuf::from(name);
    if !path.is_file() {
        let lang = run_lang();
        let hint = match did_you_mean(name, builtin_ids()) {
            Some(s) => t!(lang, "did-you-mean", suggestion = s),
            None => t!(
                lang,
                "named-definition-builtins",
                builtins = builtin_ids().collect::<Vec<_>>().join(", ")
            ),
        };
        bail!(t!(
            lang,
            "named-definition-missing",
            name = name,
            hint = hint
        ));
    }
    let report = Loader::new().load(&Input::File(path.clone()))?;
    match report.loaded {
        Loaded::Definition(definition) => Ok(NamedDefinition::Found {
            definition,
            path: Some(path),
            diags: report.diags,
        }),
        Loaded::Session(_) => bail!(t!(
            run_lang(),
            "named-definition-is-session",
            path = path.display().to_string()
        )),
        Loaded::Invalid => Ok(NamedDefinition::Invalid(report.diags)),
    }
}

/// One input named on the command line or found in a directory.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Expands files, directories and `-` into a sorted, de-duplicated list of inputs.
/// A directory yields every `*.toml` below it, honouring `.gitignore`, except TOML
/// files that are not about a scan (see [`collect_inputs_and_skipped`]).
pub fn collect_inputs(args: &[PathBuf]) -> Result<Vec<Input>> {
    Ok(collect_inputs_and_skipped(args)?.0)
}

/// The top-level keys of session and definition files.
const SCAN_KEYS: [&str; 9] = [
    "definition",
    "session",
    "team",
    "targets",
    "action",
    "scan",
    "scale",
    "types",
    "criterion",
];

/// Whether a TOML file met in a folder walk is some other tool's (`.taplo.toml`,
/// `Cargo.toml`, `pyproject.toml`): it parses and has none of the scan's top-level
/// keys. A file that does not parse, cannot be read or is too large is not skipped:
/// it is checked and its problem reported as before.
fn other_toml(path: &Path) -> bool {
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let Ok(meta) = file.metadata() else {
        return false;
    };
    if meta.len() > MAX_FILE_SIZE {
        return false;
    }
    // Shortcut for the common case, a scan file: a first line (after comments) that
    // starts with one of the keys (`definition =`, `[session]`, `[scan]`, …) means it
    // is checked. The whole lines of a first part are looked at before the rest is
    // read.
    let mut bytes = Vec::with_capacity(HEAD.min(meta.len() + 1) as usize);
    if (&mut file).take(HEAD).read_to_end(&mut bytes).is_err() {
        return false;
    }
    if let Ok(head) = std::str::from_utf8(head_lines(&bytes))
        && starts_with_key(head.strip_prefix('\u{feff}').unwrap_or(head))
    {
        return false;
    }
    if bytes.len() as u64 >= HEAD && file.read_to_end(&mut bytes).is_err() {
        return false;
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if beyond_toml_1_0(text) {
        return false;
    }
    match text.parse::<toml::Table>() {
        Ok(table) => !SCAN_KEYS.iter().any(|k| table.contains_key(*k)),
        Err(_) => false,
    }
}

/// How much of a TOML file met in a folder walk is read first, to find a scan key.
const HEAD: u64 = 8 * 1024;

/// The whole lines of the first part of a file, `bytes` as read up to [`HEAD`]: all
/// of them when the file is shorter, else up to the last line break.
fn head_lines(bytes: &[u8]) -> &[u8] {
    if (bytes.len() as u64) < HEAD {
        return bytes;
    }
    let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    &bytes[..end]
}

/// Whether the first line of `text` that is neither blank nor a comment begins with
/// one of the scan's top-level keys: a table header (`[session]`, `[[team]]`,
/// `[session.x]`) or a key (`definition =`, `session.date =`, `"scan" =`). Nothing
/// before that line can hold it inside a string, an array or another table, so a yes
/// is certain: a file that parses then has that key at its top level. A file whose
/// first line is something else (`[tool]`, then `team = …`) is left to the whole-file
/// check. Scan files begin with their key (`definition = …`, `[scan]`).
fn starts_with_key(text: &str) -> bool {
    let Some(line) = text
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
    else {
        return false;
    };
    let name = line
        .strip_prefix("[[")
        .or_else(|| line.strip_prefix('['))
        .unwrap_or(line)
        .trim_start();
    SCAN_KEYS.iter().any(|key| {
        let rest = match name.chars().next() {
            // A quoted key is the key only when the quote closes right after it.
            Some(quote @ ('"' | '\'')) => name[1..]
                .strip_prefix(key)
                .and_then(|r| r.strip_prefix(quote)),
            _ => name.strip_prefix(key),
        };
        rest.is_some_and(|r| r.trim_start().starts_with(['=', '.', ']']))
    })
}

/// Whether a text may use what TOML 1.1 added and TOML 1.0 (the format of scan files)
/// does not have: `\e` and `\x` escapes, a byte-order mark after the start, times
/// without seconds, inline tables over several lines or with a trailing comma. The
/// TOML parser accepts those; a file that may hold them does not count as parsing, so
/// it is checked rather than skipped. Errs on the side of checking.
fn beyond_toml_1_0(text: &str) -> bool {
    if text.contains("\\e") || text.contains("\\x") || text.contains('\u{feff}') {
        return true;
    }
    let b = text.as_bytes();
    let time_without_seconds = b.windows(5).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
            && b.get(i + 5) != Some(&b':')
    });
    let open_inline_table = text
        .lines()
        .any(|l| l.matches('{').count() != l.matches('}').count());
    let trailing_comma = text.split('}').any(|part| part.trim_end().ends_with(','));
    time_without_seconds || open_inline_table || trailing_comma
}

/// [`collect_inputs`], and the TOML files of folder walks that were skipped because
/// they are not about a scan (for `--verbose`). Files named on the command line are
/// never skipped.
pub fn collect_inputs_and_skipped(args: &[PathBuf]) -> Result<(Vec<Input>, Vec<PathBuf>)> {
    let mut skipped = Vec::new();
    let mut out = Vec::new();
    let mut stdin_seen = false;
    for arg in args {
        if arg.as_os_str() == "-" {
            if !stdin_seen {
                out.push(Input::Stdin);
                stdin_seen = true;
            }
            continue;
        }
        let meta = fs::metadata(arg).map_err(|e| missing_or_unreadable(arg, &e))?;
        if meta.is_dir() {
            let mut found = walk_toml(arg)?;
            found.sort();
            // Each file is opened to see whether it is a scan file: on all cores, in
            // the order of the walk.
            let other: Vec<bool> = {
                use rayon::prelude::*;
                found.par_iter().map(|p| other_toml(p)).collect()
            };
            for (path, other) in found.into_iter().zip(other) {
                if other {
                    skipped.push(path);
                } else {
                    out.push(Input::File(path));
                }
            }
        } else {
            out.push(Input::File(arg.clone()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|i| seen.insert(i.clone()));
    Ok((out, skipped))
}

fn walk_toml(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut types = ignore::types::TypesBuilder::new();
    types.add("toml", "*.toml").context("file type")?;
    types.select("toml");
    let types = types.build().context("file type")?;
    let walker = ignore::WalkBuilder::new(dir)
        .types(types)
        .require_git(false)
        .follow_links(false)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    let mut files = Vec::new();
    for entry in walker {
        let entry = entry.map_err(|e| {
            let folder = t!(run_lang(), "input-cannot-read-folder", folder = shown(dir));
            Failure::new(Code::Unreadable, format!("{folder}: {e}"))
        })?;
        if entry.file_type().is_some_and(|t| t.is_file()) {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// Reads an input's text. Problems with the content (too large, not UTF-8) are
/// diagnostics; problems reaching it at all are errors of the tool (exit 2).
pub fn read_input(input: &Input) -> Result<std::result::Result<Source, Diagnostic>> {
    let name = input.name();
    let bytes = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_FILE_SIZE + 1)
                .read_to_end(&mut bytes)
                .with_context(|| t!(run_lang(), "input-cannot-read-stdin"))?;
            bytes
        }
        Input::File(path) => {
            let file = fs::File::open(path)
                .with_context(|| t!(run_lang(), "input-cannot-open", path = shown(path)))?;
            let len = file.metadata().map(|m| m.len()).unwrap_or(0);
            if len > MAX_FILE_SIZE {
                return Ok(Err(too_large(&name, Some(len))));
            }
            let mut bytes = Vec::with_capacity(len as usize);
            file.take(MAX_FILE_SIZE + 1)
                .read_to_end(&mut bytes)
                .with_context(|| cannot_read(path))?;
            bytes
        }
    };
    if bytes.len() as u64 > MAX_FILE_SIZE {
        // Reading stopped at the limit, so the true size is unknown: say "more than".
        return Ok(Err(too_large(&name, None)));
    }
    let extension = match input {
        Input::File(path) => path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase(),
        Input::Stdin => String::new(),
    };
    if let Some(kind) = spreadsheet_kind(&extension, &bytes) {
        return Ok(Err(Diagnostic::file_error(
            Code::Spreadsheet,
            &name,
            msg!("spreadsheet", kind = msg!(kind)),
        )
        .with_help(msg!("spreadsheet-help", file = name.as_str()))));
    }
    Ok(decode_source(name, bytes).map_err(|d| *d))
}

/// The catalogue id of the kind of spreadsheet a file is, by its first bytes (a
/// workbook is a zip or an old Office file) or, for text, by its name (`.csv`): such a
/// file holds answers for `scan import`, not a session.
fn spreadsheet_kind(extension: &str, bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"PK\x03\x04") {
        let head = &bytes[..bytes.len().min(4096)];
        let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        return if has(b"application/vnd.oasis.opendocument.spreadsheet") || extension == "ods" {
            Some("spreadsheet-ods")
        } else if has(b"xl/") || matches!(extension, "xlsx" | "xlsm") {
            Some("spreadsheet-xlsx")
        } else {
            None
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // Also how a password-protected .xlsx is packed; a Word file too, so the name decides.
        return match extension {
            "xls" => Some("spreadsheet-xls"),
            "xlsx" | "xlsm" => Some("spreadsheet-xlsx"),
            _ => None,
        };
    }
    match extension {
        "csv" | "tsv" => Some("spreadsheet-csv"),
        "xlsx" | "xlsm" => Some("spreadsheet-xlsx"),
        "xls" => Some("spreadsheet-xls"),
        "ods" => Some("spreadsheet-ods"),
        _ => None,
    }
}

/// The one diagnostic for a file larger than scan reads (a session or definition file,
/// a version in git, an import source): its size when known (`None` when reading
/// stopped at the limit), and the limit in bytes.
pub fn file_too_large(name: &str, len: Option<u64>, limit: u64) -> Diagnostic {
    let limit = limit / (1024 * 1024);
    let message = match len {
        Some(len) => msg!(
            "file-too-large",
            size = format!("{:.1}", len as f64 / (1024.0 * 1024.0)),
            limit = limit
        ),
        None => msg!("file-too-large-unknown-size", limit = limit),
    };
    Diagnostic::file_error(Code::FileTooLarge, name, message).with_help(msg!("file-too-large-help"))
}

fn too_large(name: &str, len: Option<u64>) -> Diagnostic {
    file_too_large(name, len, MAX_FILE_SIZE)
}

/// Bytes → `Source`, or an `encoding` diagnostic.
pub fn decode_source(name: String, bytes: Vec<u8>) -> std::result::Result<Source, Box<Diagnostic>> {
    match decode(bytes) {
        Ok(text) => Ok(Source::new(name, text)),
        Err(DecodeError::Utf16) => Err(Box::new(
            Diagnostic::file_error(Code::Encoding, &name, msg!("encoding-utf16"))
                .with_help(msg!("encoding-help")),
        )),
        Err(DecodeError::InvalidUtf8 {
            line,
            column,
            line_text,
            ..
        }) => Err(Box::new(
            Diagnostic::file_error(Code::Encoding, &name, msg!("encoding-not-utf8"))
                .with_line_col(line, column, &line_text)
                .with_help(msg!("encoding-help")),
        )),
        Err(DecodeError::Nul {
            line,
            column,
            line_text,
        }) => Err(Box::new(
            Diagnostic::file_error(Code::Encoding, &name, msg!("encoding-nul"))
                .with_line_col(line, column, &line_text)
                .with_help(msg!("encoding-nul-help")),
        )),
    }
}

/// What one input turned out to be.
#[derive(Debug)]
pub enum Loaded {
    Session(Box<Session>),
    Definition(Arc<Definition>),
    /// Errors kept it from being either; see the diagnostics.
    Invalid,
}

/// The result of loading one input.
#[derive(Debug)]
pub struct FileReport {
    pub input: Input,
    pub loaded: Loaded,
    pub diags: Vec<Diagnostic>,
}

/// Loads inputs, sharing definition files between sessions.
#[derive(Default)]
pub struct Loader {
    /// Definition files read, by resolved path and whether their lines may be shown.
    files: Mutex<HashMap<(PathBuf, Trust), DefinitionResult>>,
    /// Definition paths checked on the file system ([`check_definition_path`]), by the
    /// path as named (folder joined with the name) and the session's folder: the many
    /// sessions of a folder name one definition, which is looked up once.
    checked: Mutex<HashMap<(PathBuf, PathBuf), Checked>>,
    /// Where definition files named by a path are read; the file system when `None`.
    reader: Option<Box<dyn DefinitionFiles>>,
}

/// A definition path checked: its resolved path and trust, or why it cannot be read.
type Checked = std::result::Result<(PathBuf, Trust), Msg>;

/// Reads the definition files sessions name by path from somewhere other than the
/// file system: `scan history` reads them from the same commit as the session.
pub trait DefinitionFiles: Send + Sync {
    /// Whether there is a file at `path` (the session's folder joined with the name).
    fn exists(&self, path: &Path) -> bool;
    /// Its text, or a diagnostic saying why it cannot be read.
    fn read(&self, path: &Path) -> std::result::Result<Source, Box<Diagnostic>>;
}

type DefinitionResult = std::result::Result<Arc<Definition>, Vec<Diagnostic>>;

impl Loader {
    pub fn new() -> Self {
        Self::default()
    }

    /// A loader that reads definition files through `reader` instead of from disk.
    pub fn with_definition_files(reader: impl DefinitionFiles + 'static) -> Self {
        Loader {
            reader: Some(Box::new(reader)),
            ..Self::default()
        }
    }

    /// Reads, parses and validates one input. `Err` only for failures of the tool.
    pub fn load(&self, input: &Input) -> Result<FileReport> {
        let source = match read_input(input)? {
            Ok(s) => s,
            Err(d) => {
                return Ok(FileReport {
                    input: input.clone(),
                    loaded: Loaded::Invalid,
                    diags: vec![d],
                });
            }
        };
        let base = match input {
            Input::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            Input::Stdin => PathBuf::new(),
        };
        let (loaded, diags) = self.load_source(&source, &base);
        Ok(FileReport {
            input: input.clone(),
            loaded,
            diags,
        })
    }

    /// Parses and validates text; `base` is the folder relative definition paths start from.
    pub fn load_source(&self, source: &Source, base: &Path) -> (Loaded, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        // Only what TOML counts as blank: a form feed or a vertical tab is a character
        // to name (the parser does), not an empty file.
        if source.text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
            diags.push(
                Diagnostic::file_error(Code::EmptyFile, &source.name, msg!("empty-file"))
                    .with_help(msg!("empty-file-help")),
            );
            return (Loaded::Invalid, diags);
        }
        let loaded = match parse::parse(source, &mut diags) {
            None => Loaded::Invalid,
            Some(RawFile::Definition(raw)) => {
                match validate::definition(
                    &raw,
                    source,
                    Origin::File(source.name.clone()),
                    &mut diags,
                ) {
                    Some(def) => Loaded::Definition(Arc::new(def)),
                    None => Loaded::Invalid,
                }
            }
            Some(RawFile::Session(raw)) => {
                let def = self.resolve(&raw, source, base, &mut diags);
                match def.and_then(|def| validate::session(&raw, source, def, &mut diags)) {
                    Some(s) => Loaded::Session(Box::new(s)),
                    None => Loaded::Invalid,
                }
            }
        };
        if let Loaded::Invalid = loaded
            && !diags.iter().any(Diagnostic::is_error)
        {
            // Every path to Invalid reports an error; this keeps that promise.
            diags.push(Diagnostic::file_error(
                Code::InvalidFile,
                &source.name,
                msg!("invalid-file"),
            ));
        }
        // In file order, so a reader can fix them top to bottom; problems of a
        // definition file it uses come first.
        diags.sort_by_cached_key(|d| (d.file == source.name, d.file.clone(), d.line(), d.column()));
        (loaded, diags)
    }

    /// The definition a session uses: inline, built-in or a file beside it.
    fn resolve(
        &self,
        raw: &parse::RawSession,
        source: &Source,
        base: &Path,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Arc<Definition>> {
        match (&raw.definition, &raw.inline) {
            (Some(d), Some(inline)) => {
                diags.push(
                    Diagnostic::error(
                        Code::DefinitionConflict,
                        source,
                        d.span.clone(),
                        msg!("definition-conflict"),
                    )
                    .with_help(msg!("definition-conflict-help")),
                );
                let _ = validate::definition(
                    inline,
                    source,
                    Origin::Inline(source.name.clone()),
                    diags,
                );
                None
            }
            (None, Some(inline)) => {
                validate::definition(inline, source, Origin::Inline(source.name.clone()), diags)
                    .map(Arc::new)
            }
            (None, None) => {
                diags.push(
                    Diagnostic::error(
                        Code::MissingKey,
                        source,
                        0..0,
                        msg!("missing-key-definition"),
                    )
                    .with_help(msg!("missing-key-definition-help")),
                );
                None
            }
            (Some(d), None) => self.named(&d.value, d.span.clone(), source, base, diags),
        }
    }

    fn named(
        &self,
        name: &str,
        span: std::ops::Range<usize>,
        source: &Source,
        base: &Path,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Arc<Definition>> {
        if let Some(def) = builtin(name) {
            return Some(def);
        }
        let looks_like_path = name.ends_with(".toml") || name.contains('/') || name.contains('\\');
        if !looks_like_path {
            let help = match did_you_mean(name, builtin_ids()) {
                Some(s) => msg!("did-you-mean", suggestion = s),
                None => msg!(
                    "unknown-definition-help",
                    builtins = Val::and(&builtin_ids().collect::<Vec<_>>())
                ),
            };
            diags.push(
                Diagnostic::error(
                    Code::UnknownDefinition,
                    source,
                    span,
                    msg!("unknown-definition", name = name),
                )
                .with_help(help),
            );
            return None;
        }
        let path = base.join(name);
        if !has_toml_extension(Path::new(name)) {
            diags.push(
                Diagnostic::error(
                    Code::UnknownDefinition,
                    source,
                    span,
                    msg!("definition-not-toml", name = name),
                )
                .with_help(msg!("definition-not-toml-help")),
            );
            return None;
        }
        let checked = match &self.reader {
            Some(reader) => {
                if reader.exists(&path) {
                    let resolved = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                    Ok((resolved, Trust::Inside))
                } else {
                    Err(msg!(
                        "unknown-definition-file",
                        path = path.display().to_string()
                    ))
                }
            }
            None => self.check_path(&path, base),
        };
        let key = match checked {
            Ok(key) => key,
            Err(message) => {
                diags.push(
                    Diagnostic::error(Code::UnknownDefinition, source, span, message)
                        .with_help(msg!("unknown-definition-path-help")),
                );
                return None;
            }
        };
        let cached = self.files.lock().ok().and_then(|m| m.get(&key).cloned());
        let result = match cached {
            Some(r) => r,
            None => {
                let r = self.load_definition_file(&path, key.1);
                if let Ok(mut m) = self.files.lock() {
                    m.insert(key, r.clone());
                }
                r
            }
        };
        match result {
            Ok(def) => Some(def),
            Err(inner) => {
                let shown = inner.iter().filter(|d| d.is_error()).count();
                diags.extend(inner);
                diags.push(
                    Diagnostic::error(
                        Code::DefinitionInvalid,
                        source,
                        span,
                        msg!(
                            "definition-invalid",
                            path = path.display().to_string(),
                            errors = shown
                        ),
                    )
                    .with_help(msg!("definition-invalid-help")),
                );
                None
            }
        }
    }

    /// [`check_definition_path`], once per path and session folder.
    fn check_path(&self, path: &Path, base: &Path) -> Checked {
        let key = (path.to_path_buf(), base.to_path_buf());
        if let Some(known) = self.checked.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return known;
        }
        let checked = check_definition_path(path, base);
        if let Ok(mut m) = self.checked.lock() {
            m.insert(key, checked.clone());
        }
        checked
    }

    /// The definition files read so far (resolved paths): inputs too, which no output
    /// may replace.
    pub fn definition_files(&self) -> Vec<PathBuf> {
        self.files
            .lock()
            .map(|m| m.keys().map(|(p, _)| p.clone()).collect())
            .unwrap_or_default()
    }

    /// Reads and checks a definition file. Its problems are shown with its lines only
    /// when it is a definition (it has a `[scan]` table) inside the session's work tree
    /// (or folder); otherwise they are summed up without a byte of the file, so that
    /// naming a file as a definition cannot print its content (`/proc/self/environ`,
    /// a credentials file) into a log.
    fn load_definition_file(&self, path: &Path, trust: Trust) -> DefinitionResult {
        let input = Input::File(path.to_path_buf());
        let read = match &self.reader {
            Some(reader) => Ok(reader.read(path).map_err(|d| *d)),
            None => read_input(&input),
        };
        let source = match read {
            Ok(Ok(s)) => s,
            Ok(Err(d)) => {
                // Not text: the diagnostic may quote a line. Too large, or not readable
                // (a version git does not have): it says why, and shows no content.
                return Err(vec![if d.code == Code::Unreadable
                    || (trust == Trust::Inside && d.code == Code::FileTooLarge)
                {
                    d
                } else {
                    hidden(path, d.code)
                }]);
            }
            Err(e) => {
                return Err(vec![Diagnostic::file_error(
                    Code::Unreadable,
                    &input.name(),
                    format!("{e:#}"),
                )]);
            }
        };
        let result = self.check_definition_source(&source);
        let shown = trust == Trust::Inside && has_scan_table(&source.text);
        match result {
            Ok(def) => Ok(def),
            Err(_) if !has_scan_table(&source.text) => {
                Err(vec![hidden(path, Code::NotADefinition)])
            }
            Err(diags) if shown => Err(diags),
            Err(_) => Err(vec![hidden(path, Code::DefinitionInvalid)]),
        }
    }

    fn check_definition_source(&self, source: &Source) -> DefinitionResult {
        let mut diags = Vec::new();
        match parse::parse(source, &mut diags) {
            Some(RawFile::Definition(raw)) => {
                match validate::definition(
                    &raw,
                    source,
                    Origin::File(source.name.clone()),
                    &mut diags,
                ) {
                    Some(def) if !diags.iter().any(Diagnostic::is_error) => Ok(Arc::new(def)),
                    _ => Err(diags),
                }
            }
            Some(RawFile::Session(_)) => Err(vec![
                Diagnostic::file_error(
                    Code::NotADefinition,
                    &source.name,
                    msg!("not-a-definition"),
                )
                .with_help(msg!("not-a-definition-help")),
            ]),
            None => Err(diags),
        }
    }
}

/// Whether a definition file's diagnostics may show its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Trust {
    /// In the session's git work tree (outside git: the session's folder).
    Inside,
    Outside,
}

fn has_toml_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// Whether a text has a `[scan]` table (or a `scan` key), judged line by line so
/// that a file which does not even parse can be judged too.
fn has_scan_table(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("[scan]")
            || l.strip_prefix("scan")
                .is_some_and(|r| r.trim_start().starts_with(['=', '.']))
    })
}

/// The one error about a definition file whose content must not be shown.
fn hidden(path: &Path, code: Code) -> Diagnostic {
    let shown = path.display().to_string();
    let message = if code == Code::DefinitionInvalid {
        msg!("definition-hidden-invalid", path = &shown)
    } else {
        msg!("definition-hidden-not-definition", path = &shown)
    };
    Diagnostic::file_error(
        if code == Code::DefinitionInvalid {
            Code::DefinitionInvalid
        } else {
            Code::NotADefinition
        },
        &shown,
        message,
    )
    .with_help(msg!("definition-hidden-help", path = &shown))
}

/// Where a definition named by a path may be read from: a regular `.toml` file
/// (links followed), never under `/proc`, `/sys` or `/dev`, never a folder, pipe or
/// device (refused before opening, so reading cannot block). Says whether it is
/// inside the session's work tree, and its resolved path.
fn check_definition_path(path: &Path, base: &Path) -> Checked {
    let shown = path.display().to_string();
    let not_found = || msg!("unknown-definition-file", path = &shown);
    let real = fs::canonicalize(path).map_err(|_| not_found())?;
    if ["/proc", "/sys", "/dev"]
        .iter()
        .any(|system| real.starts_with(system))
    {
        return Err(msg!("definition-system-file", path = &shown));
    }
    let meta = fs::metadata(&real).map_err(|_| not_found())?;
    if !meta.is_file() {
        return Err(msg!("definition-not-regular", path = &shown));
    }
    if !has_toml_extension(&real) {
        return Err(msg!(
            "definition-not-toml-target",
            path = &shown,
            target = real.display().to_string()
        ));
    }
    let home = trusted_root(base);
    let trust = if home.is_some_and(|h| real.starts_with(h)) {
        Trust::Inside
    } else {
        Trust::Outside
    };
    Ok((real, trust))
}

/// The session's git work tree (the nearest folder up with `.git`), else its folder;
/// resolved, as the definition's path is.
fn trusted_root(base: &Path) -> Option<PathBuf> {
    let base = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let folder = fs::canonicalize(base).ok()?;
    let repo = folder.ancestors().find(|a| a.join(".git").exists());
    Some(repo.unwrap_or(&folder).to_path_buf())
}

/// Loads every input in parallel, in input order.
pub fn load_all(loader: &Loader, inputs: &[Input]) -> Result<Vec<FileReport>> {
    use rayon::prelude::*;
    let reports: Vec<Result<FileReport>> = inputs.par_iter().map(|i| loader.load(i)).collect();
    reports.into_iter().collect()
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// "cannot read `FILE`", the context of a failed read (the system's reason follows).
pub(crate) fn cannot_read(path: &Path) -> String {
    t!(run_lang(), "input-cannot-read", path = shown(path))
}

/// A path named on the command line that is not there (with the name of a file beside
/// it that looks like it, if one does) or cannot be looked at.
fn missing_or_unreadable(arg: &Path, e: &std::io::Error) -> anyhow::Error {
    if arg.exists() {
        let message = format!("{}: {e}", cannot_read(arg));
        return Failure::new(Code::Unreadable, message).into();
    }
    let lang = run_lang();
    let folder = match arg.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = arg.file_name().map(|n| n.to_string_lossy().into_owned());
    let beside: Vec<String> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    let help = match name.and_then(|n| did_you_mean(&n, beside.iter().map(String::as_str))) {
        Some(near) => t!(
            lang,
            "input-missing-did-you-mean",
            path = shown(&folder.join(near))
        ),
        None => t!(lang, "input-missing-help"),
    };
    Failure::new(
        Code::Unreadable,
        t!(lang, "input-missing", path = shown(arg)),
    )
    .help(help)
    .into()
}

/// Fails when the paths given hold no scan file.
pub fn require_inputs(inputs: &[Input]) -> Result<()> {
    if inputs.is_empty() {
        let lang = run_lang();
        let failure = Failure::new(Code::NoScanFiles, t!(lang, "input-none-found"))
            .help(t!(lang, "input-none-found-help"));
        return Err(failure.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_kind;

    #[test]
    fn spreadsheets_are_known_by_their_bytes_and_csv_by_its_name() {
        let ods = b"PK\x03\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet";
        assert_eq!(spreadsheet_kind("toml", ods), Some("spreadsheet-ods"));
        assert_eq!(
            spreadsheet_kind("", b"PK\x03\x04....[Content_Types].xml xl/workbook.xml"),
            Some("spreadsheet-xlsx")
        );
        // A zip that is no workbook (a Word file) is left to the usual encoding message.
        assert_eq!(
            spreadsheet_kind("docx", b"PK\x03\x04....word/document.xml"),
            None
        );
        assert_eq!(
            spreadsheet_kind("csv", b"team;A1\nX;3\n"),
            Some("spreadsheet-csv")
        );
        assert_eq!(spreadsheet_kind("toml", b"team;A1\nX;3\n"), None);
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(spreadsheet_kind("xls", &ole), Some("spreadsheet-xls"));
        assert_eq!(spreadsheet_kind("doc", &ole), None);
    }
}

#[cfg(test)]
mod walk_tests {
    use super::{HEAD, SCAN_KEYS, beyond_toml_1_0, head_lines, other_toml, starts_with_key};
    use std::fs;

    /// What the whole-file check alone says of a text: skipped when it parses and
    /// has none of the scan's top-level keys.
    fn skipped_by_whole_file_check(text: &str) -> bool {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        !beyond_toml_1_0(text)
            && text
                .parse::<toml::Table>()
                .is_ok_and(|t| !SCAN_KEYS.iter().any(|k| t.contains_key(*k)))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, .. Default::default() })]

        /// The first look never changes what the TOML parser's whole-file check
        /// decides, on texts made of lines that look like scan keys in every place
        /// they can stand: headers, keys, inside strings and arrays, after a first
        /// part of comments.
        #[test]
        fn the_first_look_agrees_with_the_whole_file_check(lines in proptest::collection::vec(
            proptest::sample::select(vec![
                "", "   ", "# comment", "# [session]", "[session]", "[tool]", "[[team]]",
                "[tool.x]", "[ \"scan\" ]", "definition = \"d.toml\"", "team = 1", "x = 1",
                "\"session\" = 1", "\"session.x\" = 1", "'scan ' = 2", "note = \"\"\"",
                "\"\"\"", "x = [", "  [\"session\"],", "]", "session.date = 1",
                "scale . x = 2", "sessions = 3", "LONG",
            ]),
            0..10,
        )) {
            let long = "# a comment of some length, to fill the first part\n"
                .repeat(HEAD as usize / 40);
            let text: String = lines
                .iter()
                .map(|l| if *l == "LONG" { long.clone() } else { format!("{l}\n") })
                .collect();
            let tmp = tempfile::tempdir().unwrap();
            let path = tmp.path().join("f.toml");
            fs::write(&path, &text).unwrap();
            proptest::prop_assert_eq!(
                other_toml(&path),
                skipped_by_whole_file_check(&text),
                "for {:?}",
                text
            );
        }
    }

    /// A TOML file met in a folder walk is skipped when it has none of the scan's keys,
    /// wherever its first key stands: in the first part read, across its end, or far
    /// after it.
    #[test]
    fn other_tools_files_are_skipped_wherever_the_keys_stand() {
        let tmp = tempfile::tempdir().unwrap();
        let head = HEAD as usize;
        let comment = |n: usize| {
            let mut s = String::new();
            while s.len() < n {
                s.push_str("# a comment of some length, to fill the first part\n");
            }
            s.truncate(n.saturating_sub(1));
            s.push('\n');
            s
        };
        let cases: Vec<(&str, String, bool)> = vec![
            ("cargo", "[package]\nname = \"x\"\n".into(), true),
            (
                "taplo",
                format!("{}[formatting]\nalign_entries = true\n", comment(head * 2)),
                true,
            ),
            (
                "session",
                "definition = \"d.toml\"\n[session]\n".into(),
                false,
            ),
            (
                "bom",
                "\u{feff}[session]\ndate = 2026-01-01\n".into(),
                false,
            ),
            ("late", format!("{}[session]\n", comment(head * 3)), false),
            // `[session]` begins a few bytes before the end of the first part.
            ("across", format!("{}[session]\n", comment(head - 4)), false),
            ("just-after", format!("{}[[team]]\n", comment(head)), false),
            (
                "dotted",
                format!("{}session.date = 2026-01-01\n", comment(head + 7)),
                false,
            ),
            ("broken", format!("{}[package\n", comment(head * 2)), false),
            // Exactly one first part long, the key on its last line.
            ("exact", format!("{}[session]\n", comment(head - 10)), false),
            // The scan's key names inside another tool's tables are not scan keys.
            (
                "nested",
                "[tool]\nteam = \"x\"\n[tool.scale]\nsession.date = 1\n".into(),
                true,
            ),
            ("quoted", "\"definition\" = \"d.toml\"\n".into(), false),
            // A line in a string that looks like a key is not one.
            (
                "in-string",
                "[tool]\nnote = \"\"\"\n[session]\n\"\"\"\n".into(),
                true,
            ),
            ("in-array", "x = [\n  [\"session\"],\n]\n".into(), true),
            // Keys after the first line are found by the whole-file check.
            (
                "second",
                "title = \"x\"\ndefinition = \"d.toml\"\n".into(),
                false,
            ),
        ];
        for (name, text, skipped) in cases {
            let path = tmp.path().join(format!("{name}.toml"));
            fs::write(&path, &text).unwrap();
            assert_eq!(other_toml(&path), skipped, "{name}");
        }
        // Bytes that are not UTF-8 after a key line: checked, as before.
        let path = tmp.path().join("bytes.toml");
        let mut bytes = b"[session]\n".to_vec();
        bytes.extend(comment(head * 2).into_bytes());
        bytes.extend([0xff, 0xfe, b'\n']);
        fs::write(&path, bytes).unwrap();
        assert!(!other_toml(&path));
        assert!(!other_toml(&tmp.path().join("missing.toml")));
    }

    /// The first part of a file is looked at in whole lines: all of a shorter file,
    /// else up to the last line break.
    #[test]
    fn the_first_part_is_cut_after_its_last_line_break() {
        let head = HEAD as usize;
        let short = b"a\nb";
        assert_eq!(head_lines(short), short);
        let mut full = vec![b'x'; head];
        assert_eq!(head_lines(&full), b"");
        full[0] = b'\n';
        assert_eq!(head_lines(&full), b"\n");
        full[head - 2] = b'\n';
        assert_eq!(head_lines(&full).len(), head - 1);
        full[head - 1] = b'\n';
        assert_eq!(head_lines(&full).len(), head);
        let almost = vec![b'x'; head - 1];
        assert_eq!(head_lines(&almost).len(), head - 1);
    }

    #[test]
    fn scan_keys_count_on_the_first_line_that_is_not_a_comment() {
        for yes in [
            "definition = \"d.toml\"",
            "[session]",
            "  [[ team ]]",
            "[session.extra]",
            "session.date = 2026-01-01",
            "session . date = 2026-01-01",
            "'scan' = 1",
            "[\"scale\"]",
            "# x\n\n   # y\n[targets]",
            "[scale]\n[tool]",
        ] {
            assert!(starts_with_key(yes), "{yes:?}");
        }
        for no in [
            "",
            "# [session]",
            "[tool]\nteam = 1",
            "[tool]\n[tool.x]\ndefinition = 1",
            "title = 1\ndefinition = 2",
            "x = [\n[\"session\"],\n]",
            "note = \"\"\"\n[session]\n\"\"\"",
            "sessions = 1",
            "session-x = 1",
            "[teams]",
            "\"session.x\" = 1",
            "\"session\\u0020\" = 1",
            "'scan ' = 1",
            "name = \"session\"",
        ] {
            assert!(!starts_with_key(no), "{no:?}");
        }
    }
}
