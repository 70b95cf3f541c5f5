//! Failures that stop a command and are about what the user gave it, but not about a
//! line of a scan file: an output that would replace an input, a folder that cannot be
//! written, a revision git does not know, a template that does not work. They carry a
//! [`Code`] like the problems in files, so `scan explain` can say more about them, and
//! they are shown the same way (`error[code]: …`, a hint, the pointer to `scan explain`).

use std::fmt;

use super::{Code, Diagnostic, Severity};
use crate::Exit;

/// A failure with a code, made where it happens (see the module's introduction).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: Code,
    pub message: String,
    pub help: Option<String>,
}

impl Failure {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// An error that knows its code and hint (a [`Failure`], a git failure, an error in
/// the user's template).
pub trait Coded {
    fn code(&self) -> Code;
    fn hint(&self) -> Option<&str>;
    /// The exit status it leads to.
    fn exit(&self) -> Exit {
        Exit::Failure
    }
}

impl Coded for Failure {
    fn code(&self) -> Code {
        self.code
    }
    fn hint(&self) -> Option<&str> {
        self.help.as_deref()
    }
}

/// The error `e` that stopped a command, whose coded error (itself, a context or a
/// cause) is `coded`, as a diagnostic, and the exit status it gives. Which error types
/// carry a code is for the caller to find (they live in higher layers: git, render).
pub fn diagnostic(e: &anyhow::Error, coded: &dyn Coded) -> (Diagnostic, Exit) {
    // A template's error shows the line of the template under the message.
    let text = format!("{e:#}");
    let mut lines = text.lines();
    let message = lines.next().unwrap_or_default().to_string();
    let d = Diagnostic::about_files(Severity::Error, coded.code(), message)
        .with_lines(lines.map(|l| l.to_string().into()).collect())
        .with_help_opt(coded.hint().map(|h| h.to_string().into()));
    (d, coded.exit())
}
