//! `scan` turns a partnership scan, written down in TOML, into reports people act on.
//!
//! The work is a pipeline, and the modules follow it:
//!
//! ```text
//!  load      find files (dirs, .gitignore, stdin), read with a size limit, decode;
//!   │        resolve the definition a session or the command line names
//!  parse     TOML → raw structs with spans; unknown keys and wrong types → diagnostics
//!   │
//!  validate  raw → checked model (model/); every broken rule → a diagnostic
//!   │
//!  analyse   scores, comparisons, history and diff: pure functions over the model,
//!   │        and the documents they make (report, compare, history, diff)
//!  render    those documents → Markdown, HTML, JSON, CSV (templates, charts, words);
//!            knows no files and no git
//! ```
//!
//! Beside the pipeline: `versions` reads the versions of a session file from git
//! (`git`) or the working tree and loads each through `load`; `diag` holds diagnostics
//! (problems in the user's files, and failures about outputs, git revisions and
//! templates, as data with a code), the one reporter that shows and counts them, and
//! their rendering; `i18n` speaks Dutch and English (Fluent catalogues in `locales/`);
//! `output` writes files
//! atomically; `toml_layout` lays out session files for `scan fmt`; `schema` makes
//! the JSON Schemas for editors. On top, `commands` has one module per subcommand,
//! each calling the library modules above (never another command); `cli` is the
//! command line. The test `layering` reads `src/` and keeps it so.

#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod analyse;
pub mod cli;
pub mod commands;
pub mod diag;
pub mod git;
pub mod i18n;
pub mod import;
pub mod load;
pub mod model;
pub mod moments;
pub mod output;
pub mod parse;
pub mod render;
pub mod schema;
pub mod source;
pub mod toml_layout;
pub mod validate;
pub mod versions;

use std::io::Write;

pub use commands::run;

/// How a run ended, as the process exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done; warnings allowed.
    Ok,
    /// 1: the input has errors (or warnings with `--strict`).
    Problems,
    /// 2: usage error, unreadable file, or a failure of the tool.
    Failure,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Problems => 1,
            Exit::Failure => 2,
        }
    }
}

/// Where a command writes: handed down so tests can capture it.
pub struct Io<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub palette: diag::Palette,
    /// The language of messages (diagnostics, hints, notes): see [`i18n::message_lang`].
    pub lang: i18n::Lang,
}
