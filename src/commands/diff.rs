//! `scan diff REV [REV] FILE`: what changed in a session file between two versions
//! in git, or between a version and the working tree.

use std::ffi::OsString;
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{choose_lang, emit, json, report_problems};
use crate::analyse::history;
use crate::analyse::progress::{DiffReport, Side};
use crate::cli::{DiffArgs, ProgressFormat};
use crate::git::{self, Commit, GitError, Repo};
use crate::render::{Renderer, progress};
use crate::versions::{
    LoadedVersion, definition_note, load_commit, load_worktree, no_history, version_label,
};
use crate::{Exit, Io};

pub fn run(args: DiffArgs, lang: Option<crate::i18n::Lang>, io: &mut Io) -> Result<Exit> {
    let rev = |s: &OsString| -> Result<String> {
        s.to_str().map(str::to_string).ok_or_else(|| {
            anyhow::anyhow!(
                "`{}` is not a revision name git understands",
                s.to_string_lossy()
            )
        })
    };
    let (older, newer, file) = match args.args.as_slice() {
        [a, f] => (rev(a)?, None, PathBuf::from(f)),
        [a, b, f] => (rev(a)?, Some(rev(b)?), PathBuf::from(f)),
        _ => bail!("give one or two revisions, then the file: `scan diff REV [REV] FILE`"),
    };
    if let Some(out) = &args.output {
        crate::output::check_target(out, std::slice::from_ref(&file))?;
    }
    let repo = Repo::open(&file)?;
    let shallow = repo.is_shallow()?;
    let history = repo.log_follow()?;
    if history.is_empty() {
        return Err(no_history(&repo, shallow)?.into());
    }
    let before = load_rev(&repo, &older, &history, shallow)?;
    let after = match &newer {
        Some(rev) => load_rev(&repo, rev, &history, shallow)?,
        None => {
            if !file.is_file() {
                bail!(
                    "`{}` is not in the working tree any more\n  = help: name a second revision to compare two commits, e.g. `scan diff {} HEAD {}`",
                    repo.shown,
                    git::shell_word(&older),
                    git::shell_word(&repo.shown)
                );
            }
            load_worktree(&repo, &file)?
        }
    };
    let mut notes = Vec::new();
    if let (Some(b), Some(a)) = (&before.session, &after.session)
        && let Some(change) = history::definition_change(&b.definition, &a.definition)
    {
        notes.push(definition_note(&change, &version_label(&after.meta)));
    }
    let versions = [before, after];
    let invalid: Vec<String> = report_problems(&versions, &notes, true, !args.quiet, false, io)?
        .iter()
        .map(|v| version_label(&v.meta))
        .collect();
    if !invalid.is_empty() {
        writeln!(
            io.err,
            "cannot compare: {} {} errors; fix them, or compare other versions (`scan history {}` lists them)",
            invalid.join(" and "),
            if invalid.len() == 1 { "has" } else { "have" },
            git::shell_word(&repo.shown)
        )?;
        return Ok(Exit::Problems);
    }
    let [before, after] = versions;
    let (Some(b), Some(a)) = (&before.session, &after.session) else {
        return Ok(Exit::Problems);
    };
    let report = DiffReport {
        file: repo.shown.clone(),
        diff: history::diff(b, a),
        before: Side {
            rev: Some(older),
            meta: before.meta,
        },
        after: Side {
            rev: newer,
            meta: after.meta,
        },
        notes,
    };
    let lang = choose_lang(lang, Some(a));
    let text = match args.format {
        ProgressFormat::Json => json(&report)?,
        ProgressFormat::Md | ProgressFormat::Html => {
            let renderer = Renderer::new(args.template.as_deref())?;
            let view = progress::diff(&report, a, lang);
            let name = match args.format {
                ProgressFormat::Html => "diff.html.j2",
                _ => "diff.md.j2",
            };
            renderer.render(name, &view)?
        }
    };
    emit(&text, args.output.as_deref(), io)?;
    Ok(Exit::Ok)
}

/// The file as it was in revision `rev`; a bad revision or a revision without the
/// file stops the command (exit 2).
fn load_rev(repo: &Repo, rev: &str, history: &[Commit], shallow: bool) -> Result<LoadedVersion> {
    let hash = repo.resolve(rev).map_err(|e| {
        if shallow {
            GitError {
                message: format!(
                    "{} (this is a shallow clone: earlier history is missing)",
                    e.message
                ),
                help: Some("`git fetch --unshallow` fetches the rest of the history".into()),
            }
        } else {
            e
        }
    })?;
    let Some(path) = repo.path_at(&hash, history)? else {
        let commit = repo.commit(&hash)?;
        return Err(GitError {
            message: format!(
                "`{}` did not exist in {} ({})",
                repo.shown,
                if rev == commit.short || rev == commit.hash {
                    format!("commit {}", commit.short)
                } else {
                    format!("`{rev}`, commit {}", commit.short)
                },
                commit.date
            ),
            help: Some(format!(
                "`scan history {}` lists the commits that changed it",
                git::shell_word(&repo.shown)
            )),
        }
        .into());
    };
    let mut commit = repo.commit(&hash)?;
    commit.path = path;
    load_commit(repo, &commit)
}
