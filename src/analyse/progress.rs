//! The documents of `scan history` and `scan diff`: what their JSON holds and what
//! their templates are given, built from [`crate::analyse::history`].

use serde::Serialize;

use crate::analyse::history::{Diff, History, VersionMeta};

/// The JSON document of `scan history --format json` (and the context of its templates).
#[derive(Debug, Serialize)]
pub struct HistoryReport {
    /// The file as named on the command line.
    pub file: String,
    /// Its path from the repository's top folder.
    pub path: String,
    /// True in a shallow clone: versions before the first one are missing.
    pub shallow: bool,
    pub tags_only: bool,
    #[serde(flatten)]
    pub history: History,
    /// Commits that deleted the file (it came back later).
    pub deleted: Vec<VersionMeta>,
    /// Things a reader should know (a deleted file, a changed definition, a shallow clone).
    pub notes: Vec<String>,
}

/// The JSON document of `scan diff --format json` (and the context of its templates).
#[derive(Debug, Serialize)]
pub struct DiffReport {
    pub file: String,
    pub before: Side,
    pub after: Side,
    #[serde(flatten)]
    pub diff: Diff,
    pub notes: Vec<String>,
}

/// One side of a diff: the revision as the user named it, and where it points.
#[derive(Debug, Serialize)]
pub struct Side {
    /// As given on the command line; `null` for the working tree.
    pub rev: Option<String>,
    #[serde(flatten)]
    pub meta: VersionMeta,
}
