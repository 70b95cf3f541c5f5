//! Versions of a session file: read from a git commit (its definition file, when it
//! names one by path, from the same commit) or from the working tree, and turned into a
//! session when they validate. `scan history` and `scan diff` read their versions here.

use std::path::Path;

use anyhow::Result;

use crate::analyse::history::{DefinitionChange, VersionMeta};
use crate::diag::{Code, Diagnostic};
use crate::git::{self, Blob, Commit, FileChange, Repo};
use crate::i18n::{Lang, Msg, Val, run_lang};
use crate::load::{self, DefinitionFiles, Input, Loaded, Loader};
use crate::model::Session;
use crate::source::{MAX_FILE_SIZE, Source};
use crate::{msg, t};

/// Why a file has no commits, as the error the user sees (exit 2).
pub fn no_history(repo: &Repo, shallow: bool) -> Result<git::GitError> {
    let lang = run_lang();
    let missing = !Path::new(&repo.shown).exists();
    let file = repo.shown.as_str();
    let word = git::shell_word(&repo.shown);
    let (message, help) = if !repo.has_commits()? {
        (
            t!(lang, "history-no-commits", file = file),
            t!(lang, "history-commit-first-help", file = word),
        )
    } else if missing {
        // A typo in the name is likelier than a file that was never committed.
        (
            t!(lang, "history-file-missing", file = file),
            t!(lang, "history-file-missing-help"),
        )
    } else {
        (
            t!(lang, "history-never-committed", file = file),
            t!(lang, "history-commit-first-help", file = word),
        )
    };
    let message = if shallow {
        t!(lang, "git-shallow", message = message)
    } else {
        message
    };
    Ok(git::GitError::new(message)
        .help(help)
        .code(crate::diag::Code::NoHistory))
}

/// One version of the file, read and (when it validates) turned into a session.
pub struct LoadedVersion {
    pub meta: VersionMeta,
    pub session: Option<Box<Session>>,
    pub diags: Vec<Diagnostic>,
}

impl LoadedVersion {
    pub fn errors(&self) -> usize {
        self.diags.iter().filter(|d| d.is_error()).count()
    }
}

pub fn meta_of(c: &Commit, path: &str) -> VersionMeta {
    VersionMeta {
        commit: Some(c.hash.clone()),
        short: Some(c.short.clone()),
        date: Some(c.date.clone()),
        tags: c.tags.clone(),
        subject: Some(c.subject.clone()),
        path: path.to_string(),
    }
}

/// "commit abc1234 (nulmeting-2025)" or "the working tree", in `lang`.
pub fn version_label(meta: &VersionMeta, lang: Lang) -> String {
    version_msg(meta).render(lang)
}

/// The version of the file in commit `c`, at the path it had there. Messages about
/// it name the file as `path@short`; a definition file it names by a relative path
/// is read from the same commit.
pub fn load_commit(repo: &Repo, c: &Commit) -> Result<LoadedVersion> {
    let shown = if c.path == repo.path {
        repo.shown.clone()
    } else {
        c.path.clone()
    };
    let name = format!("{shown}@{}", c.short);
    let meta = meta_of(c, &c.path);
    let source = match repo.read(&c.hash, &c.path)? {
        Blob::Bytes(bytes) => load::decode_source(name.clone(), bytes).map_err(|d| *d),
        Blob::Missing => Err(Diagnostic::file_error(
            Code::MissingInCommit,
            &name,
            msg!(
                "version-missing",
                path = c.path.as_str(),
                short = c.short.as_str()
            ),
        )),
        Blob::TooLarge => Err(load::file_too_large(&name, None, MAX_FILE_SIZE)),
    };
    let source = match source {
        Ok(s) => s,
        Err(d) => {
            return Ok(LoadedVersion {
                meta,
                session: None,
                diags: vec![d],
            });
        }
    };
    let loader = Loader::with_definition_files(CommitFiles {
        repo: repo.clone(),
        hash: c.hash.clone(),
        short: c.short.clone(),
    });
    let base = Path::new(&c.path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    Ok(from_loaded(meta, loader.load_source(&source, &base), &name))
}

fn from_loaded(
    meta: VersionMeta,
    (loaded, diags): (Loaded, Vec<Diagnostic>),
    name: &str,
) -> LoadedVersion {
    let session = match loaded {
        Loaded::Session(s) if !diags.iter().any(Diagnostic::is_error) => Some(s),
        Loaded::Session(_) | Loaded::Invalid => None,
        Loaded::Definition(_) => {
            let mut diags = diags;
            diags.push(Diagnostic::file_error(
                Code::NotASession,
                name,
                msg!("version-is-definition"),
            ));
            return LoadedVersion {
                meta,
                session: None,
                diags,
            };
        }
    };
    LoadedVersion {
        meta,
        session,
        diags,
    }
}

/// The file in the working tree (read as `scan validate` reads it).
pub fn load_worktree(repo: &Repo, file: &Path) -> Result<LoadedVersion> {
    let report = Loader::new().load(&Input::File(file.to_path_buf()))?;
    let meta = VersionMeta {
        path: repo.path.clone(),
        ..VersionMeta::default()
    };
    Ok(from_loaded(
        meta,
        (report.loaded, report.diags),
        &repo.shown,
    ))
}

/// The working tree's version when it differs from the newest commit's (in more
/// than line endings); `None` when the file is gone or unchanged.
pub fn load_worktree_if_changed(
    repo: &Repo,
    file: &Path,
    newest: Option<&Commit>,
) -> Result<Option<LoadedVersion>> {
    if !file.is_file() {
        return Ok(None);
    }
    if let Some(c) = newest.filter(|c| c.change != FileChange::Deleted)
        && let Blob::Bytes(committed) = repo.read(&c.hash, &c.path)?
        && let Ok(on_disk) = std::fs::read(file)
        && same_text(&committed, &on_disk)
    {
        return Ok(None);
    }
    load_worktree(repo, file).map(Some)
}

fn same_text(a: &[u8], b: &[u8]) -> bool {
    let strip = |x: &[u8]| -> Vec<u8> {
        let x = x.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(x);
        let mut out = Vec::with_capacity(x.len());
        for (i, &byte) in x.iter().enumerate() {
            if !(byte == b'\r' && x.get(i + 1) == Some(&b'\n')) {
                out.push(byte);
            }
        }
        out
    };
    a == b || strip(a) == strip(b)
}

/// Definition files named by a relative path, read from one commit.
pub struct CommitFiles {
    pub repo: Repo,
    pub hash: String,
    pub short: String,
}

impl DefinitionFiles for CommitFiles {
    fn exists(&self, path: &Path) -> bool {
        git::normalize(path).is_some_and(|p| self.repo.exists(&self.hash, &p).unwrap_or(false))
    }

    fn read(&self, path: &Path) -> std::result::Result<Source, Box<Diagnostic>> {
        let shown = format!("{}@{}", path.display(), self.short);
        let unreadable = |why: Msg| Box::new(Diagnostic::file_error(Code::Unreadable, &shown, why));
        let Some(p) = git::normalize(path) else {
            return Err(unreadable(msg!("version-path-outside")));
        };
        match self.repo.read(&self.hash, &p) {
            Ok(Blob::Bytes(bytes)) => load::decode_source(shown, bytes),
            Ok(Blob::Missing) => Err(unreadable(msg!(
                "version-missing",
                path = p.as_str(),
                short = self.short.as_str()
            ))),
            Ok(Blob::TooLarge) => Err(Box::new(load::file_too_large(&shown, None, MAX_FILE_SIZE))),
            Err(e) => Err(unreadable(Msg::from(e.to_string()))),
        }
    }
}

/// The warning for a definition that differs from the previous version's; `at` names
/// the version ([`version_msg`]).
pub fn definition_note(change: &DefinitionChange, at: Msg) -> Msg {
    let mut parts = Vec::new();
    if change.before != change.after {
        parts.push(msg!(
            "definition-change-version",
            before = format!("{} {}", change.before.id, change.before.version),
            after = format!("{} {}", change.after.id, change.after.version)
        ));
    }
    if let Some([[a, b], [c, d]]) = change.scale {
        parts.push(msg!(
            "definition-change-scale",
            before = format!("{a}–{b}"),
            after = format!("{c}–{d}")
        ));
    }
    let lists = [
        ("definition-change-criteria-added", &change.criteria_added),
        (
            "definition-change-criteria-removed",
            &change.criteria_removed,
        ),
        ("definition-change-items-added", &change.items_added),
        ("definition-change-items-removed", &change.items_removed),
    ];
    for (id, codes) in lists {
        if !codes.is_empty() {
            parts.push(msg!(id, codes = codes.join(", ")));
        }
    }
    msg!("definition-changed", at = at, parts = Val::Parts(parts))
}

/// [`version_label`] as a message, put into words where it is shown.
pub fn version_msg(meta: &VersionMeta) -> Msg {
    match (&meta.short, meta.tags.is_empty()) {
        (Some(s), true) => msg!("version-commit", short = s.as_str()),
        (Some(s), false) => msg!(
            "version-commit-tagged",
            short = s.as_str(),
            tags = meta.tags.join(", ")
        ),
        (None, _) => msg!("version-working-tree"),
    }
}
