//! The contexts of the `history` and `diff` templates: the analysis regrouped the
//! way the pages read (a table per team, a chart per criterion), with labels looked
//! up and chart coordinates computed, so the templates only lay things out.

use serde::Serialize;

use crate::analyse::history::{
    DefinitionChange, ScoreMove, TeamDiff, TeamStatus, Version, VersionMeta,
};
use crate::analyse::progress::{DiffReport, HistoryReport};
use crate::analyse::rows::Made;
use crate::model::Session;
use crate::render::chart::{self, Trend, TrendSeries};
use crate::render::{Lang, words};
use indexmap::IndexMap;

/// Context of `history.md.j2` / `history.html.j2`.
#[derive(Debug, Serialize)]
pub struct HistoryView<'a> {
    pub lang: &'static str,
    /// Everything `--format json` prints.
    pub report: &'a HistoryReport,
    /// The organisation, from the newest readable version.
    pub organisation: Option<String>,
    /// Dates of the first and the last version (`null` for the working tree).
    pub from: Option<String>,
    pub to: Option<String>,
    pub versions: Vec<VersionRow<'a>>,
    pub teams: Vec<TeamTable>,
    pub trends: Vec<TrendView>,
    /// In a shallow clone: the date of the oldest commit git has.
    pub shallow_since: Option<String>,
}

/// One row of the versions table, with what changed in it.
#[derive(Debug, Serialize)]
pub struct VersionRow<'a> {
    #[serde(flatten)]
    pub version: &'a Version,
    /// The first readable version has nothing to compare with.
    pub first: bool,
    /// What changed since the previous readable version, each a `t()` key with its
    /// values; empty when nothing did.
    pub changes: Vec<ChangeNote>,
}

/// One thing that changed in a version, for `t(key, n=…, name=…, from=…, to=…, what=…)`.
#[derive(Debug, Serialize)]
pub struct ChangeNote {
    pub key: &'static str,
    pub n: usize,
    pub name: String,
    pub from: String,
    pub to: String,
    pub what: String,
}

impl ChangeNote {
    fn new(key: &'static str) -> Self {
        ChangeNote {
            key,
            n: 0,
            name: String::new(),
            from: String::new(),
            to: String::new(),
            what: String::new(),
        }
    }
}

fn changes(v: &Version, previous_path: Option<&str>) -> Vec<ChangeNote> {
    let mut out = Vec::new();
    if let Some(p) = previous_path.filter(|p| *p != v.meta.path) {
        out.push(ChangeNote {
            from: p.to_string(),
            to: v.meta.path.clone(),
            ..ChangeNote::new("hist_moved")
        });
    }
    if let Some(c) = &v.definition_change {
        out.push(ChangeNote {
            what: definition_summary(c),
            ..ChangeNote::new("hist_definition_changed")
        });
    }
    let items: usize = v.teams.iter().map(|t| t.items_changed).sum();
    if items > 0 {
        out.push(ChangeNote {
            n: items,
            ..ChangeNote::new("hist_items_changed")
        });
    }
    for t in &v.teams {
        match (t.status, &t.renamed_from) {
            (TeamStatus::Added, _) => out.push(ChangeNote {
                name: t.name.clone(),
                ..ChangeNote::new("hist_team_added")
            }),
            (TeamStatus::Renamed, Some(from)) => out.push(ChangeNote {
                from: from.clone(),
                to: t.name.clone(),
                ..ChangeNote::new("hist_team_renamed")
            }),
            _ => {}
        }
    }
    for name in &v.removed_teams {
        out.push(ChangeNote {
            name: name.clone(),
            ..ChangeNote::new("hist_team_removed")
        });
    }
    if v.actions_changed > 0 {
        out.push(ChangeNote {
            n: v.actions_changed,
            ..ChangeNote::new("hist_actions_changed")
        });
    }
    out
}

/// One team's scores per criterion in every version it is in.
#[derive(Debug, Serialize)]
pub struct TeamTable {
    pub name: String,
    /// The type's label from the definition (or its id).
    pub kind: String,
    pub role: String,
    pub earlier_names: Vec<String>,
    pub rows: Vec<TeamRow>,
}

#[derive(Debug, Serialize)]
pub struct TeamRow {
    #[serde(flatten)]
    pub meta: VersionMeta,
    pub name: String,
    pub status: TeamStatus,
    pub completeness: f64,
    /// Aligned with the history's criteria.
    pub cells: Vec<Cell>,
}

/// A score and, when it moved since the previous version, by how much.
#[derive(Debug, Serialize)]
pub struct Cell {
    pub score: Option<f64>,
    /// The score of the previous version (for the change as people see it).
    pub before: Option<f64>,
    /// `null` when the score did not move (or there was none before).
    pub change: Option<f64>,
}

impl From<&ScoreMove> for Cell {
    fn from(m: &ScoreMove) -> Cell {
        Cell {
            score: m.after,
            before: m.before,
            change: m.change.filter(|_| m.moved()),
        }
    }
}

/// One criterion over time: a chart and the same numbers as a table.
#[derive(Debug, Serialize)]
pub struct TrendView {
    pub id: String,
    pub code: String,
    pub title: String,
    pub chart: Trend,
    /// Column heads of the table: team names.
    pub series: Vec<String>,
    /// One row per readable version: its label and a score per team.
    pub rows: Vec<TrendRow>,
}

#[derive(Debug, Serialize)]
pub struct TrendRow {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

/// The label of a version on a chart's axis: its tag, else its date.
fn moment(meta: &VersionMeta, lang: Lang) -> String {
    if let Some(tag) = meta.tags.first() {
        return tag.clone();
    }
    match &meta.date {
        Some(d) => d.clone(),
        None => words::word("hist_worktree", lang)
            .unwrap_or("working tree")
            .to_string(),
    }
}

/// "eigen 1.0 → eigen 1.1; scale 1–4 → 1–5; +A2; −B3"
fn definition_summary(c: &DefinitionChange) -> String {
    let mut parts = Vec::new();
    if c.before != c.after {
        parts.push(format!(
            "{} {} → {} {}",
            c.before.id, c.before.version, c.after.id, c.after.version
        ));
    }
    if let Some([[a, b], [x, y]]) = c.scale {
        parts.push(format!("{a}–{b} → {x}–{y}"));
    }
    let codes: Vec<String> = c
        .criteria_added
        .iter()
        .chain(&c.items_added)
        .map(|k| format!("+{k}"))
        .chain(
            c.criteria_removed
                .iter()
                .chain(&c.items_removed)
                .map(|k| format!("−{k}")),
        )
        .collect();
    if !codes.is_empty() {
        parts.push(codes.join(" "));
    }
    parts.join("; ")
}

pub fn history<'a>(
    report: &'a HistoryReport,
    newest: Option<&Session>,
    lang: Lang,
    shallow_since: Option<&str>,
) -> HistoryView<'a> {
    let h = &report.history;
    let type_label = |kind: &str| -> String {
        newest
            .and_then(|s| s.definition.types.get(kind).cloned())
            .unwrap_or_else(|| kind.to_string())
    };
    let mut seen_valid = false;
    let mut previous_path: Option<&str> = None;
    let versions: Vec<VersionRow> = h
        .versions
        .iter()
        .map(|v| {
            let first = v.valid && !seen_valid;
            seen_valid |= v.valid;
            let changes = if first || !v.valid {
                Vec::new()
            } else {
                changes(v, previous_path)
            };
            if v.valid {
                previous_path = Some(&v.meta.path);
            }
            VersionRow {
                version: v,
                first,
                changes,
            }
        })
        .collect();
    let teams = h
        .teams
        .iter()
        .enumerate()
        .map(|(li, line)| TeamTable {
            name: line.name.clone(),
            kind: type_label(&line.kind),
            role: line.role.clone(),
            earlier_names: line.earlier_names.clone(),
            rows: h
                .versions
                .iter()
                .filter_map(|v| {
                    let t = v.teams.iter().find(|t| t.line == li)?;
                    Some(TeamRow {
                        meta: v.meta.clone(),
                        name: t.name.clone(),
                        status: t.status,
                        completeness: t.completeness,
                        cells: t.criteria.iter().map(Cell::from).collect(),
                    })
                })
                .collect(),
        })
        .collect();
    // Charts over the readable versions only: an unreadable one has no scores, and
    // a gap for it would break every line.
    let readable: Vec<usize> = (0..h.versions.len())
        .filter(|&i| h.versions.get(i).is_some_and(|v| v.valid))
        .collect();
    let moments: Vec<String> = readable
        .iter()
        .filter_map(|&i| h.versions.get(i))
        .map(|v| moment(&v.meta, lang))
        .collect();
    let [min, max] = h.scale.unwrap_or([1, 4]);
    let trends = h
        .criteria
        .iter()
        .enumerate()
        .filter_map(|(ci, c)| {
            let series: Vec<TrendSeries> = h
                .teams
                .iter()
                .filter_map(|line| {
                    let all = line.scores.get(ci)?;
                    let values: Vec<Option<f64>> = readable
                        .iter()
                        .map(|&i| all.get(i).copied().flatten())
                        .collect();
                    values.iter().any(Option::is_some).then(|| TrendSeries {
                        name: line.name.clone(),
                        values,
                    })
                })
                .collect();
            if series.is_empty() {
                return None;
            }
            // Scores outside the newest scale (an older definition) stay visible.
            let seen = series
                .iter()
                .flat_map(|s| s.values.iter().flatten().copied());
            let lo = seen.clone().fold(min as f64, f64::min).floor();
            let hi = seen.fold(max as f64, f64::max).ceil();
            let rows = moments
                .iter()
                .enumerate()
                .map(|(mi, label)| TrendRow {
                    label: label.clone(),
                    values: series
                        .iter()
                        .map(|s| s.values.get(mi).copied().flatten())
                        .collect(),
                })
                .collect();
            Some(TrendView {
                id: format!("trend-{ci}"),
                code: c.code.clone(),
                title: c.title.clone(),
                chart: chart::trend(&moments, &series, lo, hi),
                series: series.iter().map(|s| s.name.clone()).collect(),
                rows,
            })
        })
        .collect();
    HistoryView {
        lang: lang.as_str(),
        report,
        organisation: newest.map(|s| s.info.organisation.clone()),
        from: h.versions.first().and_then(|v| v.meta.date.clone()),
        to: h.versions.last().and_then(|v| v.meta.date.clone()),
        versions,
        teams,
        trends,
        shallow_since: shallow_since.map(str::to_string),
    }
}

/// Context of `diff.md.j2` / `diff.html.j2`.
#[derive(Debug, Serialize)]
pub struct DiffView<'a> {
    pub lang: &'static str,
    /// Everything `--format json` prints.
    pub report: &'a DiffReport,
    pub organisation: String,
    /// "nulmeting-2025 (634fba3, 2025-01-15)" or the working tree's words.
    pub before_label: String,
    pub after_label: String,
    pub definition_changed: Option<String>,
    /// Teams with any change (added, removed, renamed, changed answers), each made
    /// when the template reads it: every team of a large file renamed would otherwise
    /// be held twice more (as rows, and as template values).
    pub teams: Made<DiffTeamView>,
    /// Names of the teams whose answers did not change.
    pub unchanged: Vec<String>,
    /// The summary as (word key, count) rows.
    pub summary: Vec<(&'static str, usize)>,
    /// Nothing changed at all.
    pub nothing: bool,
}

/// One team in a diff, with the criteria worth showing.
#[derive(Debug, Serialize)]
pub struct DiffTeamView {
    #[serde(flatten)]
    pub team: TeamDiff,
    /// The type's label from the definition (or its id).
    pub kind_label: String,
    /// Criteria whose score moved (for an added or removed team: those with a score).
    pub moved: Vec<ScoreMove>,
}

impl DiffTeamView {
    fn of(t: &TeamDiff, types: &IndexMap<String, String>) -> DiffTeamView {
        DiffTeamView {
            team: t.clone(),
            kind_label: types
                .get(&t.kind)
                .cloned()
                .unwrap_or_else(|| t.kind.clone()),
            moved: t
                .criteria
                .iter()
                .filter(|c| match t.status {
                    TeamStatus::Added | TeamStatus::Removed => {
                        c.before.is_some() || c.after.is_some()
                    }
                    _ => c.moved(),
                })
                .cloned()
                .collect(),
        }
    }
}

fn side_label(rev: Option<&str>, meta: &VersionMeta, lang: Lang) -> String {
    let Some(short) = &meta.short else {
        return words::word("hist_worktree_long", lang)
            .unwrap_or("the working tree")
            .to_string();
    };
    let date = meta.date.clone().unwrap_or_default();
    match rev {
        Some(r) if r != short && meta.commit.as_deref() != Some(r) => {
            format!("{r} ({short}, {date})")
        }
        _ => format!("{short} ({date})"),
    }
}

pub fn diff<'a>(report: &'a DiffReport, after: &Session, lang: Lang) -> DiffView<'a> {
    let d = &report.diff;
    let s = &d.summary;
    // Which teams are shown; each is made when the template reads it.
    let shown: Vec<usize> = d
        .teams
        .iter()
        .enumerate()
        .filter(|(_, t)| t.status != TeamStatus::Unchanged)
        .map(|(i, _)| i)
        .collect();
    let rows = d.teams.clone();
    let definition = std::sync::Arc::clone(&after.definition);
    let teams = Made::new(shown.len(), move |i| {
        DiffTeamView::of(&rows[shown[i]], &definition.types)
    });
    let nothing = teams.is_empty() && d.targets.is_empty() && d.actions.is_empty();
    DiffView {
        lang: lang.as_str(),
        report,
        organisation: after.info.organisation.clone(),
        before_label: side_label(report.before.rev.as_deref(), &report.before.meta, lang),
        after_label: side_label(report.after.rev.as_deref(), &report.after.meta, lang),
        definition_changed: d.definition_change.as_ref().map(definition_summary),
        unchanged: d
            .teams
            .iter()
            .filter(|t| t.status == TeamStatus::Unchanged)
            .map(|t| t.name.clone())
            .collect(),
        teams,
        summary: vec![
            ("diff_teams_changed", s.teams_changed),
            ("diff_teams_added", s.teams_added),
            ("diff_teams_removed", s.teams_removed),
            ("diff_teams_renamed", s.teams_renamed),
            ("diff_items_changed", s.items_changed),
            ("diff_scores_up", s.scores_up),
            ("diff_scores_down", s.scores_down),
            ("diff_answers_added", s.answers_added),
            ("diff_answers_removed", s.answers_removed),
            ("diff_texts_changed", s.texts_changed),
            ("diff_actions_changed", s.actions_changed),
        ],
        nothing,
    }
}
