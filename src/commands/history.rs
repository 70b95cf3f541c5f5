//! `scan history FILE`: a session file's scores across its git history.

use anyhow::Result;

use super::{choose_lang, emit, json, moments_problems, report_problems};
use crate::analyse::compare::{Comparison, GroupBy, Options, RoleFilter};
use crate::analyse::folder_history::{FolderMoment, folder_history};
use crate::analyse::history::{self, VersionInput};
use crate::analyse::moments::{MomentsError, combine};
use crate::analyse::progress::HistoryReport;
use crate::cli::{HistoryArgs, ProgressFormat};
use crate::diag::{Code, Failure, Reporter, Show};
use crate::git::{self, FileChange, Repo};
use crate::i18n::Lang;
use crate::output;
use crate::render::{self, Renderer, progress as view};
use crate::versions::{
    LoadedVersion, definition_note, load_commit, load_worktree_if_changed, meta_of, no_history,
    version_msg,
};
use crate::{Exit, Io, msg, t};

pub fn run(args: HistoryArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    if args.file.is_dir() {
        return run_folder(args, lang, io);
    }
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
            notes.push(msg!(
                "history-deleted",
                path = c.path.as_str(),
                short = c.short.as_str(),
                date = c.date.as_str()
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
            t!(
                io.lang,
                "history-no-tags",
                commits = commits.len(),
                file = repo.shown.as_str()
            )
        } else {
            t!(io.lang, "history-unreadable", file = repo.shown.as_str())
        };
        let help = t!(
            io.lang,
            "history-tag-help",
            file = git::shell_word(&repo.shown)
        );
        let code = if args.tags_only {
            Code::NoHistory
        } else {
            Code::UnreadableVersions
        };
        return Err(Failure::new(code, what).help(help).into());
    }
    if shallow && let Some(first) = commits.last() {
        notes.push(msg!(
            "history-shallow",
            short = first.short.as_str(),
            date = first.date.as_str()
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
            notes.push(definition_note(change, version_msg(&v.meta)));
        }
    }
    let mut reporter = Reporter::new(io.lang, io.palette, Show::All, args.strict);
    let invalid = report_problems(
        &versions,
        &notes,
        !args.quiet,
        !args.quiet,
        true,
        &mut reporter,
        io,
    )?;
    // A commit cannot be changed any more: its problems are warnings (errors with
    // --strict); the working tree's are errors, since they can still be fixed.
    let broken_now = invalid.iter().any(|v| v.meta.commit.is_none());
    let invalid = invalid.len();
    if invalid > 0 {
        let severity = if broken_now || args.strict {
            crate::diag::Severity::Error
        } else {
            crate::diag::Severity::Warning
        };
        let d = crate::diag::Diagnostic {
            severity,
            ..crate::diag::Diagnostic::file_error(
                crate::diag::Code::UnreadableVersions,
                &repo.shown,
                msg!(
                    "history-unreadable-versions",
                    invalid = invalid,
                    versions = versions.len()
                ),
            )
        };
        reporter.report(&mut *io.err, &d)?;
    }
    let report = HistoryReport {
        file: repo.shown.clone(),
        path: repo.path.clone(),
        shallow,
        tags_only: args.tags_only,
        history: hist,
        deleted,
        // The notes in the JSON stay in English, whatever the language of messages.
        notes: notes.iter().map(|n| n.render(Lang::En)).collect(),
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

/// `scan history FOLDER`: every organisation below the folder, at each moment of the
/// folder's history (every commit that changed it, or with `--tags-only` every tag).
fn run_folder(args: HistoryArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    if let Some(out) = &args.output {
        output::check_target(out, &[])?;
    }
    let place = git::Place::of(&args.file)?;
    let commits = git::folder_commits(&place.top, &place.path, args.tags_only)?;
    let shown = if place.path.is_empty() {
        place
            .top
            .file_name()
            .map_or_else(|| ".".to_string(), |n| n.to_string_lossy().into_owned())
    } else {
        place.path.clone()
    };
    if commits.is_empty() {
        let message = t!(
            io.lang,
            if args.tags_only {
                "history-folder-no-tags"
            } else {
                "history-folder-no-commits"
            },
            folder = git::shell_word(&shown)
        );
        return Err(Failure::new(Code::NoHistory, message).into());
    }
    let revs: Vec<String> = commits.iter().map(|c| c.hash.clone()).collect();
    let label = |c: &git::FolderCommit| {
        if c.tags.is_empty() {
            c.short.clone()
        } else {
            c.tags.join(", ")
        }
    };
    let options = Options {
        by: GroupBy::Organisation,
        role: RoleFilter::Professionals,
        examples: false,
    };
    let mut broken = Vec::new();
    let moments =
        crate::moments::compare_at(std::slice::from_ref(&args.file), &revs, options, |b| {
            broken.push(b)
        })?;
    let mut reporter = Reporter::new(io.lang, io.palette, Show::All, args.strict);
    if moments_problems(
        io,
        &mut reporter,
        &moments,
        &broken,
        args.quiet && !args.strict,
        |rev| {
            commits
                .iter()
                .find(|c| c.hash == rev)
                .map_or_else(|| rev.to_string(), label)
        },
    )? {
        return Ok(Exit::Problems);
    }
    // Moments without a session file below the folder (before it was made) are left out.
    let mut infos = Vec::new();
    let mut per: Vec<(String, u64, Option<Comparison>)> = Vec::new();
    for (c, m) in commits.iter().zip(moments) {
        if m.files == 0 {
            continue;
        }
        infos.push(FolderMoment {
            rev: label(c),
            commit: c.hash.clone(),
            date: c.date.clone(),
            tags: c.tags.clone(),
            files: m.files,
        });
        per.push((label(c), m.files, m.compare.finish(1)));
    }
    let count = per.len();
    let c = match combine(per, render::compare::csv_gap) {
        Ok(c) => c,
        Err(MomentsError::Empty) => {
            let message = t!(
                io.lang,
                "history-folder-empty",
                folder = git::shell_word(&shown)
            );
            return Err(Failure::new(Code::NoScanFiles, message).into());
        }
        Err(MomentsError::Mixed(list)) => {
            let list = list
                .iter()
                .map(|(rev, id)| format!("{rev}: {id}"))
                .collect::<Vec<_>>()
                .join(", ");
            let d = super::moments_mixed(list);
            reporter.report(&mut *io.err, &d)?;
            return Ok(Exit::Problems);
        }
    };
    let hist = folder_history(&c, shown, infos, !args.tags_only);
    let lang = lang.unwrap_or_else(|| Lang::for_definition(&c.definition.language));
    let text = match args.format {
        ProgressFormat::Json => String::from_utf8(render::folder_history::json(&hist)?)?,
        ProgressFormat::Md | ProgressFormat::Html => {
            let renderer = Renderer::new(args.template.as_deref())?;
            if args.format == ProgressFormat::Html {
                render::folder_history::html(&renderer, &hist, lang)?
            } else {
                render::folder_history::markdown(&renderer, &hist, lang)?
            }
        }
    };
    match &args.output {
        Some(target) => output::write_output(target, text.as_bytes())?,
        None => io.out.write_all(text.as_bytes())?,
    }
    if !args.quiet {
        writeln!(
            io.err,
            "{}",
            crate::t!(
                io.lang,
                "history-folder-done",
                organisations = hist.organisations.len(),
                moments = count
            )
        )?;
    }
    Ok(if args.strict && !broken.is_empty() {
        writeln!(io.err, "{}", crate::t!(io.lang, "moments-strict"))?;
        Exit::Problems
    } else {
        Exit::Ok
    })
}
