//! `scan diff REV [REV] FILE`: what changed in a session file between two versions
//! in git, or between a version and the working tree.

use std::ffi::OsString;
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{choose_lang, emit, json, report_problems};
use crate::analyse::history;
use crate::analyse::progress::{DiffReport, Side};
use crate::cli::{DiffArgs, ProgressFormat};
use crate::diag::{Reporter, Show};
use crate::git::{self, Commit, GitError, Repo};
use crate::i18n::{Lang, run_lang, with_help};
use crate::render::{Renderer, progress};
use crate::versions::{
    LoadedVersion, definition_note, load_commit, load_worktree, no_history, version_label,
    version_msg,
};
use crate::{Exit, Io, t};

pub fn run(args: DiffArgs, lang: Option<crate::i18n::Lang>, io: &mut Io) -> Result<Exit> {
    let rev = |s: &OsString| -> Result<String> {
        s.to_str().map(str::to_string).ok_or_else(|| {
            anyhow::anyhow!(t!(
                run_lang(),
                "diff-bad-revision",
                rev = s.to_string_lossy().into_owned()
            ))
        })
    };
    let (older, newer, file) = match args.args.as_slice() {
        [a, f] => (rev(a)?, None, PathBuf::from(f)),
        [a, b, f] => (rev(a)?, Some(rev(b)?), PathBuf::from(f)),
        _ => bail!(t!(io.lang, "diff-usage")),
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
                bail!(with_help(
                    io.lang,
                    &t!(io.lang, "diff-not-in-work-tree", file = repo.shown.as_str()),
                    &t!(
                        io.lang,
                        "diff-not-in-work-tree-help",
                        rev = git::shell_word(&older),
                        file = git::shell_word(&repo.shown)
                    )
                ));
            }
            load_worktree(&repo, &file)?
        }
    };
    let mut notes = Vec::new();
    if let (Some(b), Some(a)) = (&before.session, &after.session)
        && let Some(change) = history::definition_change(&b.definition, &a.definition)
    {
        notes.push(definition_note(&change, version_msg(&after.meta)));
    }
    let versions = [before, after];
    let mut reporter = Reporter::new(io.lang, io.palette, Show::All, false);
    let invalid: Vec<String> = report_problems(
        &versions,
        &notes,
        true,
        !args.quiet,
        false,
        &mut reporter,
        io,
    )?
    .iter()
    .map(|v| version_label(&v.meta, io.lang))
    .collect();
    if !invalid.is_empty() {
        let and = format!(" {} ", t!(io.lang, "list-and"));
        writeln!(
            io.err,
            "{}",
            t!(
                io.lang,
                "diff-cannot-compare",
                versions = invalid.join(&and),
                count = invalid.len(),
                file = git::shell_word(&repo.shown)
            )
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
        // The notes in the JSON stay in English, whatever the language of messages.
        notes: notes.iter().map(|n| n.render(Lang::En)).collect(),
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
            GitError::new(t!(run_lang(), "git-shallow", message = e.message))
                .help(t!(run_lang(), "git-shallow-help"))
                .code(e.code)
        } else {
            e
        }
    })?;
    let Some(path) = repo.path_at(&hash, history)? else {
        let commit = repo.commit(&hash)?;
        let lang = run_lang();
        let (file, short, date) = (
            repo.shown.as_str(),
            commit.short.as_str(),
            commit.date.as_str(),
        );
        let message = if rev == commit.short || rev == commit.hash {
            t!(
                lang,
                "diff-did-not-exist",
                file = file,
                short = short,
                date = date
            )
        } else {
            t!(
                lang,
                "diff-did-not-exist-rev",
                file = file,
                rev = rev,
                short = short,
                date = date
            )
        };
        let help = t!(
            lang,
            "diff-history-help",
            file = git::shell_word(&repo.shown)
        );
        return Err(GitError::new(message)
            .help(help)
            .code(crate::diag::Code::UnknownRevision)
            .into());
    };
    let mut commit = repo.commit(&hash)?;
    commit.path = path;
    load_commit(repo, &commit)
}
