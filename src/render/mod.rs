//! Rendering: one minijinja environment with the built-in templates, the user's
//! `--template` override, and the filters every report needs. Owns how things look;
//! computes no statistics (analysis hands every number over, already computed).
//!
//! Templates are looked up by name (`report.html.j2`):
//!
//! 1. `builtin/NAME` is always the built-in template, so a user's template of the same
//!    name can `{% extends "builtin/report.html.j2" %}` it;
//! 2. with `--template DIR`, `DIR/NAME` when that file exists;
//! 3. with `--template FILE`, that file is rendered instead of the command's own
//!    template (and may extend or include any built-in by name);
//! 4. the built-in template `NAME`, embedded from `templates/`.
//!
//! Output is escaped for HTML when the template's name ends in `.html` or `.html.j2`;
//! Markdown templates (`.md.j2`) escape user text themselves with `md_inline`/`md_cell`.
//!
//! Filters and functions available to every template:
//!
//! | name | what it does |
//! | --- | --- |
//! | `x\|num` / `x\|num(2)` | a number for people ([`numbers::number`]); `none` → `–` |
//! | `x\|signed` | the same with `+` for positive values (gaps, distances) |
//! | `after\|shown_change(before)` | the difference of the two numbers as shown, signed |
//! | `x\|pct` | a share 0–1 as a whole percentage |
//! | `text\|markdown` | user Markdown → safe HTML (block) |
//! | `text\|markdown_inline` | user Markdown → safe HTML without the outer `<p>` |
//! | `text\|md_block` / `md_block("> ")` | user Markdown → cleaned Markdown, lines prefixed |
//! | `text\|md_inline` | plain user text in a Markdown line, escaped |
//! | `text\|md_heading` | plain user text in a Markdown heading, escaped |
//! | `text\|md_cell` | plain user text in a Markdown table cell, escaped, never empty |
//! | `t("key", n=…)` | the report's own words in the context's `lang` |

pub mod chart;
pub mod compare;
pub mod folder_history;
mod kept;
pub mod markdown;
mod measure;
pub mod moments;
pub mod numbers;
mod own;
pub mod progress;
pub mod report;
mod svg;
pub mod table;
mod toc;
pub mod words;

use std::path::{Component, Path, PathBuf};

use crate::i18n::Arg;
use anyhow::Result;
use kept::{Filter, kept};
use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior};
use serde::Serialize;

/// The built-in templates: (name, text), embedded from `templates/`.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "_base.html.j2",
        include_str!("../../templates/_base.html.j2"),
    ),
    (
        "_charts.html.j2",
        include_str!("../../templates/_charts.html.j2"),
    ),
    ("_style.css", include_str!("../../templates/_style.css")),
    ("report.md.j2", include_str!("../../templates/report.md.j2")),
    (
        "report.html.j2",
        include_str!("../../templates/report.html.j2"),
    ),
    ("index.md.j2", include_str!("../../templates/index.md.j2")),
    (
        "index.html.j2",
        include_str!("../../templates/index.html.j2"),
    ),
    (
        "parents.md.j2",
        include_str!("../../templates/parents.md.j2"),
    ),
    (
        "parents.html.j2",
        include_str!("../../templates/parents.html.j2"),
    ),
    (
        "worksheet.html.j2",
        include_str!("../../templates/worksheet.html.j2"),
    ),
    ("form.html.j2", include_str!("../../templates/form.html.j2")),
    (
        "parents-worksheet.html.j2",
        include_str!("../../templates/parents-worksheet.html.j2"),
    ),
    (
        "history.md.j2",
        include_str!("../../templates/history.md.j2"),
    ),
    (
        "history.html.j2",
        include_str!("../../templates/history.html.j2"),
    ),
    ("diff.md.j2", include_str!("../../templates/diff.md.j2")),
    ("diff.html.j2", include_str!("../../templates/diff.html.j2")),
    (
        "_progress.css",
        include_str!("../../templates/_progress.css"),
    ),
    (
        "compare.md.j2",
        include_str!("../../templates/compare.md.j2"),
    ),
    (
        "compare.html.j2",
        include_str!("../../templates/compare.html.j2"),
    ),
    (
        "history-folder.md.j2",
        include_str!("../../templates/history-folder.md.j2"),
    ),
    (
        "history-folder.html.j2",
        include_str!("../../templates/history-folder.html.j2"),
    ),
    (
        "compare-moments.md.j2",
        include_str!("../../templates/compare-moments.md.j2"),
    ),
    (
        "compare-moments.html.j2",
        include_str!("../../templates/compare-moments.html.j2"),
    ),
];

/// The prefix that always names a built-in template.
const BUILTIN_PREFIX: &str = "builtin/";

pub use crate::i18n::Lang;

/// The language of the report being rendered (its `lang` variable), English if unset.
///
/// The built-in templates never bind `lang` themselves (`builtin_templates_never_bind_lang`),
/// so while one of them renders on this thread the language is the context's, read once
/// ([`RenderLang`]); a user's template may bind it, so there every call looks it up.
fn lang_from_state(state: &State) -> Lang {
    if let Some(lang) = RENDER_LANG.get() {
        return lang;
    }
    lang_of_state(state)
}

/// The `lang` variable where a filter is called, English if unset: the slow path of
/// [`lang_from_state`].
fn lang_of_state(state: &State) -> Lang {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(Lang::parse))
        .unwrap_or(Lang::En)
}

std::thread_local! {
    /// The context's language while a built-in template renders on this thread.
    static RENDER_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Sets [`RENDER_LANG`] for one render of the built-in templates and restores what was
/// there before when dropped.
struct RenderLang(Option<Lang>);

impl RenderLang {
    /// The language of `context` (its top-level `lang`, as `lang_of_state` reads it when
    /// nothing shadows it), for the filters of this thread.
    fn set(context: &Value) -> RenderLang {
        let lang = context
            .get_attr("lang")
            .ok()
            .and_then(|v| v.as_str().and_then(Lang::parse))
            .unwrap_or(Lang::En);
        RenderLang(RENDER_LANG.replace(Some(lang)))
    }
}

impl Drop for RenderLang {
    fn drop(&mut self) {
        RENDER_LANG.set(self.0);
    }
}

/// Where the user's templates come from.
#[derive(Debug, Clone)]
enum User {
    None,
    /// A folder: `DIR/NAME` overrides the built-in `NAME`.
    Dir(PathBuf),
    /// One file, rendered instead of the command's template; `name` is how templates and
    /// messages call it.
    File {
        path: PathBuf,
        name: String,
    },
}

/// The template environment, built once and shareable across threads.
pub struct Renderer {
    env: Environment<'static>,
    user: User,
    /// `env` with a fuel budget, one per power of two of the budget (see [`Limits`]),
    /// made when first needed; each compiles the templates it renders once.
    fueled: std::sync::Mutex<Vec<(u64, std::sync::Arc<Environment<'static>>)>>,
}

/// The work, output and time a template may have, for a context of `size` bytes (as
/// JSON). minijinja charges one fuel per instruction and about one per 64 bytes of data
/// a template makes, so fuel bounds time and memory together; the output has its own
/// cap, and a user's template a deadline (see [`Renderer::render`]). The built-in
/// templates use at most about 0.6 fuel per byte of context (`compare --by team` over
/// 6,000 teams: 18 million of a budget of 128 million; `SCAN_TEMPLATE_FUEL=1` prints
/// what each render used), so they never run out; a user's template that loops or
/// doubles text without end stops with a template error instead of hanging or running
/// out of memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub fuel: u64,
    pub output: usize,
    /// How long a user's template may run.
    pub time: std::time::Duration,
}

impl Limits {
    /// Fuel for any template, however small its context.
    pub const BASE_FUEL: u64 = 2_000_000;
    /// Fuel per byte of context.
    pub const FUEL_PER_BYTE: u64 = 2;
    /// Output for any template, however small its context.
    pub const BASE_OUTPUT: usize = 64 * 1024 * 1024;
    /// Output per byte of context.
    pub const OUTPUT_PER_BYTE: usize = 2;

    pub fn for_context(size: usize) -> Limits {
        Limits {
            fuel: Self::BASE_FUEL.saturating_add(Self::FUEL_PER_BYTE.saturating_mul(size as u64)),
            output: Self::BASE_OUTPUT.saturating_add(Self::OUTPUT_PER_BYTE.saturating_mul(size)),
            time: std::time::Duration::from_secs(20 + (size / (1024 * 1024)) as u64),
        }
    }
}

/// The language of messages from the environment (`SCAN_LANG`, the locale): a renderer
/// is made before any message and does not know `--lang`.
fn message_lang() -> Lang {
    crate::i18n::run_lang()
}

/// The size of a context as JSON, counted without keeping the text.
fn context_size<S: Serialize>(context: &S) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut n = Count(0);
    // A context that cannot be serialised fails again, with a message, when rendered.
    let _ = serde_json::to_writer(&mut n, context);
    n.0
}

/// A template's output, refused beyond `cap` bytes (the render then fails).
struct CappedOutput {
    text: String,
    cap: usize,
    over: bool,
}

impl CappedOutput {
    fn new(cap: usize) -> Self {
        CappedOutput {
            text: String::new(),
            cap,
            over: false,
        }
    }
}

impl std::io::Write for &mut CappedOutput {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if self.text.len() + b.len() > self.cap {
            self.over = true;
            return Err(std::io::Error::other("template output too large"));
        }
        // minijinja writes whole UTF-8 strings.
        let s = std::str::from_utf8(b).map_err(std::io::Error::other)?;
        self.text.push_str(s);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An output that keeps the first I/O error, which the template engine would
/// otherwise report as its own.
struct Sink<'a> {
    out: &'a mut dyn std::io::Write,
    failed: Option<std::io::Error>,
}

impl std::io::Write for &mut Sink<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.out.write_all(b).map_err(|e| {
            let again = std::io::Error::new(e.kind(), e.to_string());
            self.failed.get_or_insert(e);
            again
        })?;
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// For template authors (`SCAN_TEMPLATE_FUEL=1`): how much of the budget a template used.
fn tell_fuel(entry: &str, done: &Result<minijinja::Captured<'_>, Error>) {
    if std::env::var_os("SCAN_TEMPLATE_FUEL").is_some_and(|v| v == "1")
        && let Ok(c) = done
        && let Some((used, left)) = c.state().fuel_levels()
    {
        eprintln!("template fuel: {entry} used {used} of {}", used + left);
    }
}

/// Renders `entry` with `env`'s fuel into output capped at `limits.output`.
fn render_capped(
    env: &Environment<'static>,
    entry: &str,
    value: Value,
    limits: Limits,
) -> (Result<(), Error>, CappedOutput) {
    let mut out = CappedOutput::new(limits.output);
    let uncapped = limits.output == usize::MAX;
    let result = env.get_template(entry).and_then(|t| {
        let done = if uncapped {
            // Nothing to refuse: minijinja writes into a string of its own.
            t.render_captured(value)
        } else {
            t.render_captured_to(value, &mut out)
        };
        tell_fuel(entry, &done);
        done.map(|captured| {
            if uncapped {
                out.text = captured.into_output();
            }
        })
    });
    (result, out)
}

/// An error in a template the user gave (`--template`): an input error, exit 1.
#[derive(Debug)]
pub struct TemplateError(pub anyhow::Error);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#}", self.0)
    }
}

impl std::error::Error for TemplateError {}

impl crate::diag::failure::Coded for TemplateError {
    fn code(&self) -> crate::diag::Code {
        crate::diag::Code::TemplateError
    }
    fn hint(&self) -> Option<&str> {
        None
    }
    fn exit(&self) -> crate::Exit {
        crate::Exit::Problems
    }
}

impl Renderer {
    /// The environment, with the user's `--template` FILE or DIR when given.
    pub fn new(user_template: Option<&Path>) -> Result<Renderer> {
        let user = match user_template {
            None => User::None,
            Some(p) if p.is_dir() => User::Dir(p.to_path_buf()),
            Some(p) if p.is_file() => {
                let file_name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "template".to_string());
                // The file's own name, unless that would hide the built-in it extends.
                let name = format!("user/{file_name}");
                User::File {
                    path: p.to_path_buf(),
                    name,
                }
            }
            Some(p) => {
                let id = if p.exists() {
                    "template-not-file-or-folder"
                } else {
                    "template-missing"
                };
                let message = crate::t!(message_lang(), id, path = p.display().to_string());
                return Err(
                    crate::diag::Failure::new(crate::diag::Code::TemplateError, message).into(),
                );
            }
        };
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Error messages show the template line and name the unknown value, in release
        // builds too.
        env.set_debug(true);
        env.set_auto_reload(false);
        let mut syntax = minijinja::syntax::SyntaxConfig::builder();
        syntax.keep_trailing_newline(true);
        syntax.trim_blocks(true).lstrip_blocks(true);
        env.set_syntax(
            syntax
                .build()
                .map_err(|e| anyhow::anyhow!("template syntax settings: {e}"))?,
        );
        env.set_auto_escape_callback(escape_for);
        let loader_user = user.clone();
        env.set_loader(move |name| load(&loader_user, name));
        register(&mut env);
        Ok(Renderer {
            env,
            user,
            fueled: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// The session report (`report.md.j2`, `report.html.j2`): with the built-in
    /// templates, scan's own writer makes the same bytes ([`own`]); else, or where it
    /// declines, [`Renderer::render`].
    pub fn render_report(&self, name: &str, context: &report::ReportContext) -> Result<String> {
        if matches!(self.user, User::None) {
            thread_local! {
                /// The length of the last page this thread wrote.
                static LAST: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
            }
            let last = LAST.get();
            let mut page = own::Page::in_memory_with(last + last / 8);
            if own::write(name, context, &mut page) {
                let text = page.into_text();
                LAST.set(text.len());
                return Ok(if escape_for(name) == AutoEscape::Html {
                    fill_toc(text)
                } else {
                    text
                });
            }
        }
        self.render(name, context)
    }

    /// The index of a folder of reports (`index.md.j2`, `index.html.j2`): with the
    /// built-in templates, scan's own writer makes the same bytes ([`own::index`]);
    /// else [`Renderer::render`].
    pub fn render_index(&self, name: &str, context: &report::IndexContext) -> Result<String> {
        if matches!(self.user, User::None) {
            let mut page = own::Page::in_memory_with(0);
            if own::index::write(name, context, &mut page) {
                return Ok(page.into_text());
            }
        }
        self.render(name, context)
    }

    /// [`Renderer::render_report`] written to `out` as [`Renderer::render_to`] does.
    pub fn render_report_to(
        &self,
        name: &str,
        context: &report::ReportContext,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        if matches!(self.user, User::None) {
            if escape_for(name) == AutoEscape::Html {
                let mut spool = toc::Spool::new()?;
                let mut page = own::Page::streaming(&mut spool);
                if own::write(name, context, &mut page) {
                    page.finish()?;
                    return Ok(spool.copy_to(out)?);
                }
            } else {
                let mut page = own::Page::streaming(out);
                if own::write(name, context, &mut page) {
                    return Ok(page.finish()?);
                }
                // Declined before writing: `out` is untouched.
                return self.render_to(name, context, out);
            }
        }
        self.render_to(name, context, out)
    }

    /// Renders the template the command asked for (`report.md.j2`), or the user's
    /// `--template FILE` in its place.
    pub fn render<S: Serialize>(&self, name: &str, context: &S) -> Result<String> {
        let entry = match &self.user {
            User::File {
                name: user_name,
                path,
            } => {
                if escape_for(user_name) != escape_for(name) {
                    let message = crate::t!(
                        message_lang(),
                        "template-wrong-kind",
                        path = path.display().to_string(),
                        ending = if escape_for(name) == AutoEscape::Html {
                            ".html.j2"
                        } else {
                            ".md.j2"
                        },
                        builtin = name
                    );
                    let code = crate::diag::Code::TemplateError;
                    return Err(crate::diag::Failure::new(code, message).into());
                }
                user_name.as_str()
            }
            _ => name,
        };
        let size = match self.user {
            // Counted, not written: at least the JSON's length (see `measure`).
            User::None => measure::size_bound(context).unwrap_or(0),
            _ => context_size(context),
        };
        let mut limits = Limits::for_context(size);
        if matches!(self.user, User::None) {
            // The built-in templates write each piece of the context a bounded number
            // of times (a group's name once per item, at most): their output is
            // linear in the input by construction, and a long name in a file of a few
            // MiB may rightly make a report larger than the cap for users' templates.
            limits.output = usize::MAX;
        }
        let env = self.env_with_fuel(limits.fuel);
        let value = Value::from(minijinja::value::Serde(context));
        let (result, out) = if matches!(self.user, User::None) {
            let _lang = RenderLang::set(&value);
            render_capped(&env, entry, value, limits)
        } else {
            // A user's template runs on its own thread with a deadline: fuel bounds the
            // work minijinja counts, the deadline what it does not (a few operations on
            // lazy lists can loop without charging fuel). Past the deadline the thread is
            // left behind and ends with the process.
            let (tx, rx) = std::sync::mpsc::channel();
            let name = entry.to_string();
            std::thread::Builder::new()
                .name("template".into())
                .stack_size(64 * 1024 * 1024)
                .spawn(move || {
                    let _ = tx.send(render_capped(&env, &name, value, limits));
                })?;
            match rx.recv_timeout(limits.time) {
                Ok(done) => done,
                Err(_) => {
                    return Err(self.template_error(anyhow::anyhow!(
                        "{}: {}",
                        self.origin(entry),
                        crate::t!(
                            message_lang(),
                            "template-too-slow",
                            seconds = limits.time.as_secs().to_string()
                        )
                    )));
                }
            }
        };
        let result = match result {
            Ok(()) => Ok(out.text),
            Err(_) if out.over => {
                return Err(self.template_error(anyhow::anyhow!(
                    "{}: {}",
                    self.origin(entry),
                    crate::t!(
                        message_lang(),
                        "template-output-too-large",
                        limit = (limits.output / (1024 * 1024)).to_string()
                    )
                )));
            }
            Err(e) => Err(e),
        };
        match result {
            Ok(text) if escape_for(entry) == AutoEscape::Html => Ok(fill_toc(text)),
            Ok(text) => Ok(text),
            Err(e) if e.kind() == ErrorKind::OutOfFuel => {
                let ctx = None;
                Err(self.template_error(self.explain(&e, ctx)))
            }
            Err(e) => {
                Err(self
                    .template_error(self.explain(&e, serde_json::to_value(context).ok().as_ref())))
            }
        }
    }

    /// Whether [`Renderer::render_to`] writes as it makes: the built-in templates (no
    /// `--template`), which cannot fail on any input.
    pub fn streams(&self) -> bool {
        matches!(self.user, User::None)
    }

    /// [`Renderer::render`] written to `out`, never held in memory whole for a built-in
    /// template: Markdown is written as it is made; an HTML page goes to a temporary
    /// file first (its contents list is known at the end), then to `out`. A user's
    /// template is made in memory (within its limits), then written.
    pub fn render_to<S: Serialize>(
        &self,
        name: &str,
        context: &S,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        if !matches!(self.user, User::None) {
            let text = self.render(name, context)?;
            out.write_all(text.as_bytes())?;
            return Ok(());
        }
        // Counted, not written: at least the JSON's length (see `measure`).
        let limits = Limits::for_context(measure::size_bound(context).unwrap_or(0));
        let env = self.env_with_fuel(limits.fuel);
        let value = Value::from(minijinja::value::Serde(context));
        let _lang = RenderLang::set(&value);
        let html = escape_for(name) == AutoEscape::Html;
        let mut spool = if html { Some(toc::Spool::new()?) } else { None };
        let mut sink = Sink {
            out: match spool.as_mut() {
                Some(spool) => spool as &mut dyn std::io::Write,
                None => out,
            },
            failed: None,
        };
        let result = env.get_template(name).and_then(|t| {
            let done = t.render_captured_to(value, &mut sink);
            tell_fuel(name, &done);
            done.map(|_| ())
        });
        let failed = sink.failed.take();
        match result {
            Ok(()) => match spool {
                // The page is complete: now it is written, with its contents list.
                Some(spool) => Ok(spool.copy_to(out)?),
                None => Ok(()),
            },
            // A reader that hangs up (`| head`) is an I/O error, as for any output.
            Err(_) if failed.is_some() => {
                Err(failed.map_or_else(|| anyhow::anyhow!("write failed"), Into::into))
            }
            Err(e) if e.kind() == ErrorKind::OutOfFuel => {
                Err(self.template_error(self.explain(&e, None)))
            }
            Err(e) => {
                Err(self
                    .template_error(self.explain(&e, serde_json::to_value(context).ok().as_ref())))
            }
        }
    }

    /// The environment with at least `fuel` (rounded up to a power of two).
    fn env_with_fuel(&self, fuel: u64) -> std::sync::Arc<Environment<'static>> {
        let fuel = fuel.checked_next_power_of_two().unwrap_or(u64::MAX);
        let mut fueled = self
            .fueled
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, env)) = fueled.iter().find(|(f, _)| *f == fuel) {
            return env.clone();
        }
        let mut env = self.env.clone();
        env.set_fuel(Some(fuel));
        let env = std::sync::Arc::new(env);
        fueled.push((fuel, env.clone()));
        env
    }

    /// A template error: the user's input when a user template is in play, else a
    /// failure of scan.
    fn template_error(&self, e: anyhow::Error) -> anyhow::Error {
        match self.user {
            User::None => e,
            _ => anyhow::Error::new(TemplateError(e)),
        }
    }

    /// The names of the built-in templates a user may override or export (partials
    /// starting with `_` included).
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        BUILTIN_TEMPLATES.iter().map(|(n, _)| *n)
    }

    /// Where a template comes from, as a user would recognise it.
    fn origin(&self, name: &str) -> String {
        let lang = message_lang();
        let builtin = |name: &str| crate::t!(lang, "template-builtin", name = name);
        let user =
            |path: &Path| crate::t!(lang, "template-user", path = path.display().to_string());
        if let Some(b) = name.strip_prefix(BUILTIN_PREFIX) {
            return builtin(b);
        }
        match &self.user {
            User::File {
                path,
                name: user_name,
            } if user_name == name => user(path),
            User::Dir(dir) => match user_path(dir, name) {
                Some(p) if p.is_file() => user(&p),
                _ => builtin(name),
            },
            _ => builtin(name),
        }
    }

    /// A minijinja error as one clear message: which template, which line, what; for a
    /// value that does not exist, its name and the closest one that does (`context` is
    /// what the template was given).
    fn explain(&self, e: &Error, context: Option<&serde_json::Value>) -> anyhow::Error {
        // The innermost error that knows its template says the most.
        let mut best: &Error = e;
        let mut cur: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
        while let Some(c) = cur {
            if let Some(inner) = c.downcast_ref::<Error>()
                && inner.name().is_some()
            {
                best = inner;
            }
            cur = c.source();
        }
        let lang = message_lang();
        let what = match best.kind() {
            ErrorKind::TemplateNotFound => crate::t!(lang, "template-not-found"),
            ErrorKind::UndefinedError => crate::t!(lang, "template-undefined"),
            ErrorKind::SyntaxError => crate::t!(lang, "template-syntax"),
            ErrorKind::UnknownFilter => crate::t!(lang, "template-unknown-filter"),
            ErrorKind::UnknownFunction => crate::t!(lang, "template-unknown-function"),
            ErrorKind::UnknownTest => crate::t!(lang, "template-unknown-test"),
            ErrorKind::InvalidOperation => crate::t!(lang, "template-invalid-operation"),
            ErrorKind::BadEscape => crate::t!(lang, "template-bad-escape"),
            ErrorKind::OutOfFuel => crate::t!(lang, "template-out-of-fuel"),
            other => format!("{other}"),
        };
        let mut detail = best.detail().map(|d| format!(": {d}")).unwrap_or_default();
        if best.kind() == ErrorKind::UndefinedError
            && let Some(unknown) = self
                .unknown_name(best, context)
                .or_else(|| self.unknown_name(e, context))
        {
            detail = format!(": `{}`", unknown.name);
            if let Some(close) = unknown.suggestion {
                detail.push_str(&format!(
                    " ({})",
                    crate::t!(lang, "did-you-mean", suggestion = close)
                ));
            }
        }
        match (best.name(), best.line()) {
            (Some(name), Some(line)) => {
                let shown = best
                    .template_source()
                    .or_else(|| e.template_source().filter(|_| e.name() == Some(name)))
                    .and_then(|src| src.lines().nth(line.saturating_sub(1)))
                    .map(|l| format!("\n{line:>4} | {}", l.trim_end()))
                    .unwrap_or_default();
                let at = crate::t!(
                    lang,
                    "template-at-line",
                    origin = self.origin(name),
                    line = line
                );
                anyhow::anyhow!("{at}: {what}{detail}{shown}")
            }
            (Some(name), None) => anyhow::anyhow!("{}: {what}{detail}", self.origin(name)),
            _ => anyhow::anyhow!("{}: {what}{detail}", crate::t!(lang, "template-error")),
        }
    }
}

/// The name a template used that does not exist, and the closest existing one.
struct Unknown {
    name: String,
    suggestion: Option<String>,
}

impl Renderer {
    /// Which name in the failing expression does not exist. A name the template reads
    /// from its context (not one it set itself) is looked up there; for an attribute
    /// (`r.sesion`) the first part that is no key anywhere in the context is the
    /// unknown one. Suggestions come from the context's keys.
    fn unknown_name(&self, e: &Error, context: Option<&serde_json::Value>) -> Option<Unknown> {
        // The failing expression, else what minijinja names in backticks ("`r.sesion`
        // is undefined"), else its whole line.
        let source = e.template_source();
        let expr = source
            .zip(e.range())
            .and_then(|(s, r)| s.get(r))
            .or_else(|| e.detail().and_then(|d| d.split('`').nth(1)))
            .or_else(|| source.and_then(|s| s.lines().nth(e.line()?.checked_sub(1)?)))?;
        let context = context?;
        let mut keys: Vec<&str> = Vec::new();
        collect_keys(context, 0, &mut keys);
        keys.sort_unstable();
        keys.dedup();
        let top: Vec<&str> = match context {
            serde_json::Value::Object(m) => m.keys().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let from_context: std::collections::HashSet<String> = e
            .name()
            .and_then(|n| self.env.get_template(n).ok())
            .map(|t| t.undeclared_variables(false))
            .unwrap_or_default();
        let unknown = |part: &str| Unknown {
            name: part.to_string(),
            suggestion: crate::diag::did_you_mean(part, keys.iter().copied()).map(str::to_string),
        };
        for path in dotted_paths(expr) {
            // `.sesion.date`: the span of an attribute, without the value it belongs to.
            if let Some(attributes) = path.strip_prefix('.') {
                if let Some(part) = attributes.split('.').find(|p| !keys.contains(p)) {
                    return Some(unknown(part));
                }
                continue;
            }
            let mut parts = path.split('.');
            let Some(root) = parts.next() else { continue };
            if from_context.contains(root) && !top.contains(&root) {
                // A name that exists deeper down (`organisation` of `session`) is
                // suggested with the way to it; else the closest name at the top.
                let suggestion = path_to(context, root, 0)
                    .or_else(|| {
                        crate::diag::did_you_mean(root, top.iter().copied()).map(str::to_string)
                    })
                    .or_else(|| {
                        crate::diag::did_you_mean(root, keys.iter().copied()).map(str::to_string)
                    })
                    .filter(|s| s != root);
                return Some(Unknown {
                    name: root.to_string(),
                    suggestion,
                });
            }
            if let Some(part) = parts.find(|p| !keys.contains(p)) {
                return Some(Unknown {
                    name: part.to_string(),
                    suggestion: crate::diag::did_you_mean(part, keys.iter().copied())
                        .map(str::to_string),
                });
            }
        }
        None
    }
}

/// The dotted way to the first key called `name` below the top of a context, at most
/// a few levels deep (`session.organisation`); lists are not entered, since a path into
/// one needs a loop.
fn path_to(v: &serde_json::Value, name: &str, depth: usize) -> Option<String> {
    let serde_json::Value::Object(m) = v else {
        return None;
    };
    if depth > 0 && m.contains_key(name) {
        return Some(name.to_string());
    }
    if depth > 3 {
        return None;
    }
    m.iter()
        .find_map(|(k, child)| path_to(child, name, depth + 1).map(|p| format!("{k}.{p}")))
}

/// Every object key in a context, a few levels deep (enough for `report.session.date`).
fn collect_keys<'a>(v: &'a serde_json::Value, depth: usize, out: &mut Vec<&'a str>) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Object(m) => {
            for (k, child) in m {
                out.push(k);
                collect_keys(child, depth + 1, out);
            }
        }
        // The first element stands for the others: they have the same shape.
        serde_json::Value::Array(items) => {
            if let Some(first) = items.first() {
                collect_keys(first, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// The dotted names in an expression (`r.sesion.date|num` → `r.sesion.date`), without
/// the insides of strings.
fn dotted_paths(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut after_pipe = false;
    for c in expr.chars().chain(std::iter::once(' ')) {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        if c.is_alphanumeric() || c == '_' || c == '.' {
            current.push(c);
            continue;
        }
        if !current.is_empty() {
            let starts_alpha = current
                .trim_start_matches('.')
                .chars()
                .next()
                .is_some_and(|f| !f.is_ascii_digit());
            // A filter or test name is not a value.
            if starts_alpha && !after_pipe {
                out.push(current.trim_end_matches('.').to_string());
            }
            current.clear();
        }
        after_pipe = c == '|';
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
    }
    out
}

use toc::TOC_MARKER;

/// Replaces the contents marker with a list of the sections that rendered (every
/// `<h2 id="…">` after it), so a template that leaves a section out leaves no dead
/// link. Heading text is copied without its tags (it is already escaped).
fn fill_toc(mut html: String) -> String {
    // Pages are long: both marks are found with memchr's vectorised search.
    let Some(at) = memchr::memmem::find(html.as_bytes(), TOC_MARKER.as_bytes()) else {
        return html;
    };
    let after = &html[at + TOC_MARKER.len()..];
    let mut items = String::new();
    let mut rest = after;
    let heading = memchr::memmem::Finder::new("<h2 id=\"");
    while let Some(pos) = heading.find(rest.as_bytes()) {
        rest = &rest[pos + 8..];
        let Some(end_id) = rest.find('"') else { break };
        let id = &rest[..end_id];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let Some(close) = rest.find("</h2>") else {
            break;
        };
        if close < open_end {
            break;
        }
        let inner = &rest[open_end + 1..close];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        items.push_str(&format!("<li><a href=\"#{id}\">{}</a></li>\n", text.trim()));
        rest = &rest[close..];
    }
    let list = if items.is_empty() {
        String::new()
    } else {
        format!("<ul class=\"toc\">\n{items}</ul>")
    };
    // In place: a page of many teams is not held twice.
    html.replace_range(at..at + TOC_MARKER.len(), &list);
    html
}

/// HTML escaping by name; everything else (Markdown, CSS, text) is written as is.
fn escape_for(name: &str) -> AutoEscape {
    let base = name.strip_suffix(".j2").unwrap_or(name);
    if base.ends_with(".html") || base.ends_with(".htm") || base.ends_with(".svg") {
        AutoEscape::Html
    } else {
        AutoEscape::None
    }
}

/// `DIR/NAME` for a plain relative name; `None` for names that would leave DIR.
fn user_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let rel = Path::new(name);
    if name.is_empty() || !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(dir.join(rel))
}

fn builtin_text(name: &str) -> Option<&'static str> {
    BUILTIN_TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
}

fn read_user(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| {
        Error::new(
            ErrorKind::InvalidOperation,
            format!("cannot read the template `{}`: {e}", path.display()),
        )
    })
}

/// The loader: `builtin/NAME`, then the user's file or folder, then the built-ins.
fn load(user: &User, name: &str) -> Result<Option<String>, Error> {
    if let Some(b) = name.strip_prefix(BUILTIN_PREFIX) {
        return Ok(builtin_text(b).map(str::to_string));
    }
    match user {
        User::File {
            path,
            name: user_name,
        } if user_name == name => {
            return read_user(path).map(Some);
        }
        User::Dir(dir) => {
            if let Some(p) = user_path(dir, name)
                && p.is_file()
            {
                return read_user(&p).map(Some);
            }
        }
        _ => {}
    }
    Ok(builtin_text(name).map(str::to_string))
}

fn number_arg(v: &Value) -> Option<f64> {
    if v.is_none() || v.is_undefined() {
        return None;
    }
    f64::try_from(v.clone()).ok()
}

fn register(env: &mut Environment<'static>) {
    // Named to come after `t` in the globals, which are searched in name order: `t`
    // is called thousands of times a report.
    env.add_function("to_svg", svg::to_svg);
    env.add_filter("num", |state: &State, v: Value, decimals: Option<usize>| {
        let lang = lang_from_state(state);
        match number_arg(&v) {
            Some(x) => numbers::number(x, decimals.unwrap_or(1), lang),
            None => numbers::MISSING.to_string(),
        }
    });
    env.add_filter(
        "signed",
        |state: &State, v: Value, decimals: Option<usize>| {
            let lang = lang_from_state(state);
            match number_arg(&v) {
                Some(x) => numbers::signed(x, decimals.unwrap_or(1), lang),
                None => numbers::MISSING.to_string(),
            }
        },
    );
    env.add_filter(
        "shown_change",
        |state: &State, after: Value, before: Value, decimals: Option<usize>| {
            let lang = lang_from_state(state);
            match (number_arg(&before), number_arg(&after)) {
                (Some(b), Some(a)) => numbers::shown_change(b, a, decimals.unwrap_or(1), lang),
                _ => numbers::MISSING.to_string(),
            }
        },
    );
    env.add_filter("pct", |v: Value| match number_arg(&v) {
        Some(x) => numbers::percent(x),
        None => numbers::MISSING.to_string(),
    });
    env.add_filter("markdown", safe_html_filter(markdown_html));
    env.add_filter("markdown_text", safe_html_filter(markdown_text_html));
    env.add_filter("markdown_inline", safe_html_filter(markdown_inline_html));
    env.add_filter(
        "md_block",
        |text: Option<&Value>, prefix: Option<&Value>| -> Result<String, Error> {
            let (text, prefix) = (text_arg(text)?, text_arg(prefix)?);
            Ok(md_block(&text, &prefix))
        },
    );
    env.add_filter(
        "md_text",
        |text: Option<&Value>, prefix: Option<&Value>| -> Result<String, Error> {
            let (text, prefix) = (text_arg(text)?, text_arg(prefix)?);
            Ok(md_text(&text, &prefix))
        },
    );
    env.add_filter(
        "md_inline",
        |text: Option<&Value>| -> Result<String, Error> { Ok(markdown::inline(&text_arg(text)?)) },
    );
    env.add_filter(
        "md_heading",
        |text: Option<&Value>| -> Result<String, Error> { Ok(markdown::heading(&text_arg(text)?)) },
    );
    env.add_filter("md_cell", |text: Option<&Value>| -> Result<String, Error> {
        Ok(markdown::cell(&text_arg(text)?))
    });
    env.add_function(
        "t",
        |state: &State, key: &Value, kwargs: Kwargs| -> Result<Value, Error> {
            let lang = lang_from_state(state);
            // As a text argument of any function: undefined is an error (the
            // environment is strict), any other value as it prints.
            if key.is_undefined() {
                return Err(Error::from(ErrorKind::UndefinedError));
            }
            let key = match key.as_str() {
                Some(key) => std::borrow::Cow::Borrowed(key),
                None => std::borrow::Cow::Owned(key.to_string()),
            };
            let fail = |why: String| {
                Error::new(ErrorKind::InvalidOperation, format!("t(\"{key}\"): {why}"))
            };
            let names: Vec<&str> = kwargs.args().collect();
            if names.is_empty()
                && let Some(text) = words::word_value(&key, lang)
            {
                return Ok(text);
            }
            let mut args = Vec::with_capacity(names.len());
            for name in names {
                let v: Value = kwargs.get(name)?;
                // Whole numbers stay numbers, so Fluent can choose "1 vote" or "3 votes".
                let arg = match v.as_i64() {
                    Some(n) if v.is_integer() => Arg::from(n),
                    _ => Arg::from(v.to_string()),
                };
                args.push((name, arg));
            }
            words::fill(&key, lang, &args)
                .map(Value::from)
                .map_err(fail)
        },
    );
}

/// A filter that turns its text into safe HTML with `make` (`markdown`,
/// `markdown_text`, `markdown_inline`).
fn safe_html_filter(
    make: fn(&str) -> String,
) -> impl Fn(Option<&Value>) -> Result<Value, Error> + Send + Sync + 'static {
    move |text| Ok(Value::from_safe_string(make(&text_arg(text)?)))
}

/// `text|md_block(prefix)`: user Markdown as cleaned Markdown, each line prefixed.
fn md_block(text: &str, prefix: &str) -> String {
    kept(Filter::Markdown, text, prefix, || {
        markdown::to_markdown(text, prefix)
    })
}

/// `text|md_text(prefix)`: an answer or a note as cleaned Markdown, its line breaks
/// kept, each line prefixed.
fn md_text(text: &str, prefix: &str) -> String {
    kept(Filter::MarkdownText, text, prefix, || {
        markdown::text_to_markdown(text, prefix)
    })
}

/// The filter `text|markdown`: user Markdown as safe HTML (block).
pub(crate) fn markdown_html(text: &str) -> String {
    kept(Filter::Html, text, "", || markdown::to_html(text))
}

/// The filter `text|markdown_text`: a user's answer or note as safe HTML.
pub(crate) fn markdown_text_html(text: &str) -> String {
    kept(Filter::HtmlText, text, "", || markdown::text_to_html(text))
}

/// The filter `text|markdown_inline`: user Markdown as safe HTML without the outer `<p>`.
pub(crate) fn markdown_inline_html(text: &str) -> String {
    kept(Filter::HtmlInline, text, "", || {
        markdown::to_html_inline(text)
    })
}

/// A filter's or function's text argument as the template gave it: a string as it is
/// (not copied), none or undefined as empty, any other value as it prints.
fn text_arg(value: Option<&Value>) -> Result<std::borrow::Cow<'_, str>, Error> {
    use std::borrow::Cow;
    match value {
        None => Ok(Cow::Borrowed("")),
        Some(v) if v.is_none() || v.is_undefined() => Ok(Cow::Borrowed("")),
        Some(v) => match v.as_str() {
            Some(text) => Ok(Cow::Borrowed(text)),
            None if v.is_kwargs() => Err(Error::new(
                ErrorKind::InvalidOperation,
                "cannot convert kwargs to string",
            )),
            None => Ok(Cow::Owned(v.to_string())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_and_escaped_by_name() {
        let r = Renderer::new(None).unwrap();
        let html = r
            .env
            .render_named_str("x.html.j2", "{{ v }}", minijinja::context! { v => "<b>" })
            .unwrap();
        assert_eq!(html, "&lt;b&gt;");
        let md = r
            .env
            .render_named_str("x.md.j2", "{{ v }}", minijinja::context! { v => "<b>" })
            .unwrap();
        assert_eq!(md, "<b>");
        assert!(
            r.env
                .render_named_str("x.md.j2", "{{ nope }}", minijinja::context! {})
                .is_err()
        );
    }

    #[test]
    fn user_folder_overrides_and_extends_builtins() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("_style.css"),
            "{% include \"builtin/_style.css\" %}\n/* mine */",
        )
        .unwrap();
        let r = Renderer::new(Some(dir.path())).unwrap();
        let css = r.render("_style.css", &()).unwrap();
        assert!(css.ends_with("/* mine */"));
        assert!(css.len() > 100, "the built-in stylesheet came first");
        // Names that would leave the folder are never read from it.
        assert!(user_path(dir.path(), "../x").is_none());
        assert!(user_path(dir.path(), "/etc/passwd").is_none());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.md.j2");
        std::fs::write(&file, "line one\n{{ missing_value }}\n").unwrap();
        let r = Renderer::new(Some(&file)).unwrap();
        let err = r.render("report.md.j2", &()).unwrap_err().to_string();
        assert!(err.contains("mine.md.j2"), "{err}");
        assert!(err.contains("line 2"), "{err}");
        assert!(err.contains("missing_value"), "{err}");
        assert!(err.contains("   2 | {{ missing_value }}"), "{err}");
        let wrong = r.render("report.html.j2", &()).unwrap_err().to_string();
        assert!(wrong.contains(".html.j2"), "{wrong}");
    }

    /// The language read once per render ([`RenderLang`]) is the one every filter
    /// would look up, because no built-in template binds `lang` (`set`, `with`, a loop
    /// or macro variable): outside comments it is only ever printed, `{{ lang }}`.
    #[test]
    fn builtin_templates_never_bind_lang() {
        for (name, text) in BUILTIN_TEMPLATES {
            let mut rest = *text;
            let mut code = String::new();
            // Drop the comments: they may say anything.
            while let Some(start) = rest.find("{#") {
                code.push_str(&rest[..start]);
                let end = rest[start..]
                    .find("#}")
                    .map_or(rest.len(), |e| start + e + 2);
                rest = &rest[end..];
            }
            code.push_str(rest);
            let ident = |c: char| c.is_alphanumeric() || c == '_';
            for (at, _) in code.match_indices("lang") {
                let before = code[..at].chars().next_back();
                let after = code[at + 4..].chars().next();
                if before.is_some_and(ident) || after.is_some_and(ident) {
                    continue;
                }
                let printed = code[..at].trim_end().ends_with("{{")
                    && code[at + 4..].trim_start().starts_with("}}");
                let attribute = code[..at].ends_with("<html ") && after == Some('=');
                assert!(
                    printed || attribute,
                    "{name}: `lang` used other than printed at byte {at}"
                );
            }
        }
        // The fast path and the lookup agree.
        let r = Renderer::new(None).unwrap();
        let t = "{{ t('team') }} {{ 2.5|num }}{% for x in [1] %}{{ t('missing') }}{% endfor %}";
        let slow = r
            .env
            .render_named_str("x.md.j2", t, minijinja::context! { lang => "nl" })
            .unwrap();
        let fast = {
            let value = minijinja::context! { lang => "nl" };
            let _lang = RenderLang::set(&value);
            r.env.render_named_str("x.md.j2", t, value.clone()).unwrap()
        };
        assert_eq!(slow, "Team 2,5geen score");
        assert_eq!(fast, slow);
        // A user's template may bind `lang`; without the fast path it is followed.
        let bound = r
            .env
            .render_named_str(
                "x.md.j2",
                "{% set lang = 'nl' %}{{ t('missing') }}",
                minijinja::context! { lang => "en" },
            )
            .unwrap();
        assert_eq!(bound, "geen score");
    }

    #[test]
    fn words_and_numbers_follow_lang() {
        let r = Renderer::new(None).unwrap();
        let out = r
            .env
            .render_named_str(
                "x.md.j2",
                "{{ t('team') }} {{ x|num }} {{ none|num }} {{ 0.5|pct }}",
                minijinja::context! { lang => "nl", x => 2.6667, none => () },
            )
            .unwrap();
        assert_eq!(out, "Team 2,7 – 50%");
        assert!(
            r.env
                .render_named_str(
                    "x.md.j2",
                    "{{ t('no-such') }}",
                    minijinja::context! { lang => "en" }
                )
                .is_err()
        );
        let render = |src: &str| {
            r.env
                .render_named_str("x.md.j2", src, minijinja::context! { lang => "nl" })
                .map_err(|e| e.to_string())
        };
        // Fluent chooses the plural; a value is filled in once.
        assert_eq!(
            render("{{ t('rep_voters', n=1) }}, {{ t('rep_voters', n=12) }}").unwrap(),
            "1 stem, 12 stemmen"
        );
        assert_eq!(
            render("{{ t('hist_team_added', name='{ $name }') }}").unwrap(),
            "team erbij: { $name }"
        );
        // A word that needs a value and gets none is a template error, not half a sentence.
        let missing = render("{{ t('rep_voters') }}").unwrap_err();
        assert!(missing.contains("need a value for `n`"), "{missing}");
        // Messages are not report words.
        assert!(render("{{ t('diagnostics-summary', errors=1) }}").is_err());
    }

    #[test]
    fn charts_draw_as_accessible_svg() {
        let r = Renderer::new(None).unwrap();
        let c = chart::grouped_bars(
            &[chart::BarGroup {
                label: "A <Visie>".into(),
                values: vec![Some(2.5), None],
            }],
            &["Team 1".into(), "Ouders".into()],
            1.0,
            4.0,
        );
        let svg = r
            .env
            .render_named_str(
                "x.html.j2",
                "{% import '_charts.html.j2' as charts %}{{ charts.chart(c, 'c1', 'Scores') }}",
                minijinja::context! { c => minijinja::value::Value::from(minijinja::value::Serde(&c)), lang => "nl" },
            )
            .unwrap();
        assert!(
            svg.contains(r#"role="img" aria-labelledby="c1-title""#),
            "{svg}"
        );
        assert!(
            svg.contains(r#"<title id="c1-title">Scores</title>"#),
            "{svg}"
        );
        assert!(
            svg.contains(">2,5</text>"),
            "numbers are written, not only drawn: {svg}"
        );
        assert!(svg.contains(">geen score</text>"), "{svg}");
        assert!(svg.contains("A &lt;Visie&gt;"), "labels are escaped: {svg}");
    }

    #[test]
    fn base_page_is_complete() {
        let r = Renderer::new(None).unwrap();
        let html = r
            .env
            .render_named_str(
                "x.html.j2",
                "{% extends '_base.html.j2' %}{% block title %}T{% endblock %}{% block main %}<p>m</p>{% endblock %}",
                minijinja::context! { lang => "en" },
            )
            .unwrap();
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
            "{html}"
        );
        assert!(
            html.contains("<style>") && html.contains("@media print"),
            "{html}"
        );
        assert!(html.contains("<main id=\"main\">\n<p>m</p>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
    }
}
