//! `scan history FOLDER`: per organisation, its criterion scores at each moment of
//! the folder's history, and the change since its first moment.
//!
//! Built from the comparison of the moments grouped by organisation (professionals'
//! teams), so every score is the one `scan compare --at --by organisation` shows.
//! Pure: knows nothing of git or output formats.

use serde::Serialize;

use super::compare::DefinitionInfo;
use super::moments::MomentsComparison;

/// One moment of the folder's history: a commit, named by its tags or its short hash.
#[derive(Debug, Clone, Serialize)]
pub struct FolderMoment {
    /// Its tags joined with `, `, else the short hash.
    pub rev: String,
    pub commit: String,
    /// The author date, `YYYY-MM-DD`.
    pub date: String,
    pub tags: Vec<String>,
    /// Session files below the folder that validate at this moment.
    pub files: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionInfo {
    pub code: String,
    pub title: String,
}

/// An organisation at one moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgRow {
    /// Index into [`FolderHistory::moments`].
    pub moment: usize,
    /// Its professionals' teams at that moment.
    pub teams: u64,
    /// Per criterion (in [`FolderHistory::criteria`] order): the mean of its teams'
    /// criterion scores; `None` without a score.
    pub scores: Vec<Option<f64>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrgHistory {
    pub name: String,
    /// The labels of its teams' organisation types, at any moment.
    pub types: Vec<String>,
    /// The moments it is listed at, oldest first (never empty).
    pub rows: Vec<OrgRow>,
    /// Per criterion: the score at its last row minus the score at its first row;
    /// `None` without a score at either, or with one row only.
    pub change: Vec<Option<f64>>,
    /// Whether it has a session file at the folder's last moment.
    pub at_last: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct FolderHistory {
    pub definition: DefinitionInfo,
    /// The folder as the user named it.
    pub folder: String,
    pub tags_only: bool,
    pub moments: Vec<FolderMoment>,
    pub criteria: Vec<CriterionInfo>,
    /// By name.
    pub organisations: Vec<OrgHistory>,
}

/// `c` must be grouped by organisation, with one moment per entry of `moments` in the
/// same order. With `every_version` (all commits, not only tags), an organisation is
/// listed at a moment when it appears there, when its teams or scores changed (as a
/// file's history lists the commits that changed it) and at the last moment it
/// exists; at tags every moment is listed.
pub fn folder_history(
    c: &MomentsComparison,
    folder: String,
    moments: Vec<FolderMoment>,
    every_version: bool,
) -> FolderHistory {
    let criteria: Vec<CriterionInfo> = c
        .criteria
        .iter()
        .map(|k| CriterionInfo {
            code: k.code.clone(),
            title: k.label.clone(),
        })
        .collect();
    let last = moments.len().saturating_sub(1);
    let organisations = c
        .groups
        .iter()
        .enumerate()
        .filter_map(|(g, group)| {
            let mut rows: Vec<OrgRow> = Vec::new();
            let mut seen: Option<usize> = None;
            for (m, teams) in group.teams.iter().enumerate() {
                let Some(teams) = *teams else { continue };
                let row = OrgRow {
                    moment: m,
                    teams,
                    scores: c
                        .criteria
                        .iter()
                        .map(|k| k.stats[g][m].as_ref().and_then(|s| s.mean))
                        .collect(),
                };
                let same = rows
                    .last()
                    .is_some_and(|r| r.teams == row.teams && r.scores == row.scores);
                // A gap (the organisation was absent in between) is always listed.
                let adjacent = seen.is_some_and(|s| s + 1 == m);
                seen = Some(m);
                if every_version && same && adjacent {
                    continue;
                }
                rows.push(row);
            }
            // Its last moment is listed even when nothing changed since the row
            // before, so the change is read up to where it was last measured.
            if let (Some(end), Some(seen)) = (rows.last(), seen)
                && end.moment != seen
            {
                let row = OrgRow {
                    moment: seen,
                    ..end.clone()
                };
                rows.push(row);
            }
            let (first, end) = (rows.first()?, rows.last()?);
            // One moment has no change to show.
            let change = first
                .scores
                .iter()
                .zip(&end.scores)
                .map(|(a, b)| (rows.len() > 1).then(|| Some((*b)? - (*a)?)).flatten())
                .collect();
            Some(OrgHistory {
                name: group.name.clone(),
                types: group.types.clone(),
                at_last: group.teams.get(last).copied().flatten().is_some(),
                change,
                rows,
            })
        })
        .collect();
    FolderHistory {
        definition: c.definition.clone(),
        folder,
        tags_only: !every_version,
        moments,
        criteria,
        organisations,
    }
}
