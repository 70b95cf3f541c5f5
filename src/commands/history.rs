//! `scan history FILE`: a session file's scores across its git history.

use anyhow::{Result, bail};

use super::{choose_lang, emit, json, report_problems};
use crate::analyse::history::{self, VersionInput};
use crate::analyse::progress::HistoryReport;
use crate::cli::{HistoryArgs, ProgressFormat};
use crate::git::{self, FileChange, Repo};
use crate::i18n::Lang;
use crate::output;
use crate::render::{Renderer, progress as view};
use crate::versions::{
    LoadedVersion, definition_note, load_commit, load_worktree_if_changed, meta_of, no_history,
    version_label,
};
use crate::{Exit, Io};

pub fn run(args: HistoryArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    if let Some(out) = &args.output {
        output::check_target(out, std::slice::from_ref(&args.file))?;
    }
    let repo = Repo::open(&args.file)?;
    let commits = repo.log_follow()?;
    let shallow = repo.is_shallow()?;
    if commits.is_empty() {
        return Err(no_history(&repo, shallow)?.into());
    }
    let mut notes = Vec::new();
    let mut deleted = Vec::new();
    let mut versions: Vec<LoadedVersion> = Vec::new();
    for c in commits.iter().rev() {
        if c.change == FileChange::Deleted {
            deleted.push(meta_of(c, &c.path));
            notes.push(format!(
                "`{}` was deleted in commit {} ({})",
                c.path, c.short, c.date
            ));
            continue;
        }
        if args.tags_only && c.tags.is_empty() {
            continue;
        }
        versions.push(load_commit(&repo, c)?);
    }
    if !args.tags_only
        && let Some(v) = load_worktree_if_changed(&repo, &args.file, commits.first())?
    {
        versions.push(v);
    }
    if versions.is_empty() {
        let what = if args.tags_only {
            format!(
                "none of the {} commits that changed `{}` has a tag",
                commits.len(),
                repo.shown
            )
        } else {
            format!("`{}` has no readable version in git", repo.shown)
        };
        bail!(
            "{what}\n  = help: tag a measurement moment with `git tag nulmeting-2025 COMMIT` (`scan history {}` lists the commits)",
            git::shell_word(&repo.shown)
        );
    }
    if shallow && let Some(first) = commits.last() {
        notes.push(format!(
            "this is a shallow clone: history before {} ({}) is missing; `git fetch --unshallow` fetches it",
            first.short, first.date
        ));
    }
    let inputs: Vec<VersionInput> = versions
        .iter()
        .map(|v| VersionInput {
            meta: v.meta.clone(),
            session: v.session.as_deref(),
            errors: v.errors(),
        })
        .collect();
    let hist = history::history(&inputs);
    for v in &hist.versions {
        if let Some(change) = &v.definition_change {
            notes.push(definition_note(change, &version_label(&v.meta)));
        }
    }
    let invalid = report_problems(&versions, &notes, !args.quiet, !args.quiet, true, io)?;
    // A commit cannot be changed any more: its problems are warnings (errors with
    // --strict); the working tree's are errors, since they can still be fixed.
    let broken_now = invalid.iter().any(|v| v.meta.commit.is_none());
    let invalid = invalid.len();
    if invalid > 0 {
        writeln!(
            io.err,
            "{}: {invalid} of {} versions could not be read; they are listed without scores, and each version is compared with the last readable one before it",
            if broken_now || args.strict {
                "error"
            } else {
                "warning"
            },
            versions.len()
        )?;
    }
    let report = HistoryReport {
        file: repo.shown.clone(),
        path: repo.path.clone(),
        shallow,
        tags_only: args.tags_only,
        history: hist,
        deleted,
        notes,
    };
    let newest = versions.iter().rev().find_map(|v| v.session.as_deref());
    let lang = choose_lang(lang, newest);
    let text = match args.format {
        ProgressFormat::Json => json(&report)?,
        ProgressFormat::Md | ProgressFormat::Html => {
            let renderer = Renderer::new(args.template.as_deref())?;
            let view = view::history(
                &report,
                newest,
                lang,
                shallow
                    .then(|| commits.last().map(|c| c.date.as_str()))
                    .flatten(),
            );
            let name = match args.format {
                ProgressFormat::Html => "history.html.j2",
                _ => "history.md.j2",
            };
            renderer.render(name, &view)?
        }
    };
    emit(&text, args.output.as_deref(), io)?;
    Ok(if broken_now || (invalid > 0 && args.strict) {
        Exit::Problems
    } else {
        Exit::Ok
    })
}
