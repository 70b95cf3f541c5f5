//! Comparisons at several measurement moments, side by side: every statistic per
//! group and moment, and the change of the mean from the first moment to the last.
//!
//! Built from one finished [`Comparison`] per moment (each with its own `--min-group`,
//! so a group too small at one moment is hidden at that moment only). Pure.

use std::collections::HashMap;

use serde::Serialize;

use super::compare::{
    Comparison, DefinitionInfo, GroupBy, LeftOut, RoleFilter, Stats, group_names, sort_groups,
};
use crate::model::Definition;

/// One moment: the revision as typed and what was compared there.
#[derive(Debug, Clone, Serialize)]
pub struct MomentInfo {
    pub rev: String,
    /// Session files at this moment (that validate).
    pub files: u64,
    /// Teams in the groups shown.
    pub teams: u64,
    pub left_out: LeftOut,
}

#[derive(Debug, Clone, Serialize)]
pub struct MomentGroup {
    pub name: String,
    pub key: String,
    /// The labels of its teams' organisation types, at any moment.
    pub types: Vec<String>,
    /// Teams per moment; `None` where the group is not shown.
    pub teams: Vec<Option<u64>>,
}

/// An item or criterion across the moments.
#[derive(Debug, Clone, Serialize)]
pub struct MomentRow {
    pub code: String,
    /// The item's label or the criterion's title.
    pub label: String,
    pub criterion: String,
    /// `[group][moment]`; `None` where the group is not shown at that moment.
    pub stats: Vec<Vec<Option<Stats>>>,
    /// Per moment, over the teams of the groups shown then.
    pub total: Vec<Option<Stats>>,
    /// Per group: mean at the last moment minus mean at the first.
    pub change: Vec<Option<f64>>,
    pub total_change: Option<f64>,
    /// `[group][moment]`: professionals − parents, as in the comparison of that moment.
    pub gap: Vec<Vec<Option<f64>>>,
}

/// Several moments side by side.
#[derive(Debug, Clone, Serialize)]
pub struct MomentsComparison {
    pub definition: DefinitionInfo,
    pub by: GroupBy,
    pub role: RoleFilter,
    pub min_group: u64,
    pub moments: Vec<MomentInfo>,
    /// In the documented group order; every group shown at some moment.
    pub groups: Vec<MomentGroup>,
    /// In definition order.
    pub items: Vec<MomentRow>,
    pub criteria: Vec<MomentRow>,
    /// Per group: its weakest items at the last moment it is shown.
    pub weakest: Vec<Vec<String>>,
}

/// Why moments cannot be set side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MomentsError {
    /// No moment has a session file.
    Empty,
    /// Moments use different definitions (ids): (rev, id) of each.
    Mixed(Vec<(String, String)>),
}

/// `moments`: (revision, files, comparison or `None` when that moment had no session).
pub fn combine(
    moments: Vec<(String, u64, Option<Comparison>)>,
    gap: impl Fn(&Comparison, &str, &str, &str) -> Option<f64>,
) -> Result<MomentsComparison, MomentsError> {
    let Some(last) = moments.iter().rev().find_map(|m| m.2.as_ref()) else {
        return Err(MomentsError::Empty);
    };
    let ids: Vec<(String, String)> = moments
        .iter()
        .filter_map(|(rev, _, c)| Some((rev.clone(), c.as_ref()?.definition.id.clone())))
        .collect();
    if ids.iter().any(|(_, id)| *id != ids[0].1) {
        return Err(MomentsError::Mixed(ids));
    }
    let defs: Vec<&Definition> = std::iter::once(&*last.reference)
        .chain(
            moments
                .iter()
                .rev()
                .filter_map(|m| m.2.as_ref().map(|c| &*c.reference)),
        )
        .collect();
    let (by, role, min_group) = (last.by, last.role, last.min_group);
    let mut definition = last.definition.clone();
    definition.versions = Vec::new();
    for c in moments.iter().filter_map(|m| m.2.as_ref()) {
        for v in &c.definition.versions {
            if !definition.versions.contains(v) {
                definition.versions.push(v.clone());
            }
        }
    }

    let mut keys: Vec<String> = Vec::new();
    for c in moments.iter().filter_map(|m| m.2.as_ref()) {
        for g in &c.groups {
            if !keys.contains(&g.key) {
                keys.push(g.key.clone());
            }
        }
    }
    sort_groups(&mut keys, by, &defs);
    let names = group_names(&keys, by, &defs);
    // Per moment: group key → index in that moment's groups.
    let group_index: Vec<HashMap<&str, usize>> = moments
        .iter()
        .map(|m| {
            m.2.as_ref()
                .map(|c| {
                    c.groups
                        .iter()
                        .enumerate()
                        .map(|(i, g)| (g.key.as_str(), i))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let at = |m: usize, key: &str| -> Option<(&Comparison, usize)> {
        let c = moments[m].2.as_ref()?;
        Some((c, *group_index[m].get(key)?))
    };
    let groups: Vec<MomentGroup> = keys
        .iter()
        .zip(&names)
        .map(|(key, name)| {
            let mut types: Vec<String> = Vec::new();
            let teams = (0..moments.len())
                .map(|m| {
                    let (c, gi) = at(m, key)?;
                    for t in &c.groups[gi].types {
                        if !types.contains(t) {
                            types.push(t.clone());
                        }
                    }
                    Some(c.groups[gi].teams)
                })
                .collect();
            MomentGroup {
                name: name.clone(),
                key: key.clone(),
                types,
                teams,
            }
        })
        .collect();

    let change = |stats: &[Option<Stats>]| -> Option<f64> {
        let first = stats.first()?.as_ref()?.mean?;
        let last = stats.last()?.as_ref()?.mean?;
        Some(last - first)
    };
    let rows = |kind: &str| -> Vec<MomentRow> {
        // Codes in the newest definition's order, then codes only older moments know.
        let mut codes: Vec<(String, String, String)> = Vec::new();
        for c in moments.iter().rev().filter_map(|m| m.2.as_ref()) {
            let list: Vec<(String, String, String)> = if kind == "item" {
                let mut items: Vec<&super::compare::ItemStats> = c.items.iter().collect();
                items.sort_by_key(|i| i.position);
                items
                    .into_iter()
                    .map(|i| (i.code.clone(), i.label.clone(), i.criterion.clone()))
                    .collect()
            } else {
                c.criteria
                    .iter()
                    .map(|k| (k.code.clone(), k.title.clone(), k.code.clone()))
                    .collect()
            };
            for entry in list {
                if !codes.iter().any(|(code, _, _)| *code == entry.0) {
                    codes.push(entry);
                }
            }
        }
        codes
            .into_iter()
            .map(|(code, label, criterion)| {
                let find = |c: &Comparison| -> Option<(Vec<Stats>, Stats)> {
                    if kind == "item" {
                        let i = c.items.iter().find(|i| i.code == code)?;
                        Some((i.stats.iter().collect(), i.total.clone()))
                    } else {
                        let k = c.criteria.iter().find(|k| k.code == code)?;
                        Some((k.stats.iter().collect(), k.total.clone()))
                    }
                };
                let found: Vec<Option<(Vec<Stats>, Stats)>> = moments
                    .iter()
                    .map(|m| m.2.as_ref().and_then(find))
                    .collect();
                let stats: Vec<Vec<Option<Stats>>> = keys
                    .iter()
                    .map(|key| {
                        (0..moments.len())
                            .map(|m| {
                                let (_, gi) = at(m, key)?;
                                found[m].as_ref()?.0.get(gi).cloned()
                            })
                            .collect()
                    })
                    .collect();
                let gap = keys
                    .iter()
                    .map(|key| {
                        (0..moments.len())
                            .map(|m| {
                                let (c, _) = at(m, key)?;
                                gap(c, kind, &code, key)
                            })
                            .collect()
                    })
                    .collect();
                let total: Vec<Option<Stats>> = found
                    .iter()
                    .map(|f| f.as_ref().map(|(_, t)| t.clone()))
                    .collect();
                MomentRow {
                    change: stats.iter().map(|s| change(s)).collect(),
                    total_change: change(&total),
                    code,
                    label,
                    criterion,
                    stats,
                    total,
                    gap,
                }
            })
            .collect()
    };
    let items = rows("item");
    let criteria = rows("criterion");
    let weakest = keys
        .iter()
        .map(|key| {
            (0..moments.len())
                .rev()
                .find_map(|m| {
                    let (c, gi) = at(m, key)?;
                    c.weakest.get(gi).cloned()
                })
                .unwrap_or_default()
        })
        .collect();
    let infos = moments
        .iter()
        .map(|(rev, files, c)| MomentInfo {
            rev: rev.clone(),
            files: *files,
            teams: c.as_ref().map_or(0, |c| c.teams),
            left_out: c.as_ref().map(|c| c.left_out).unwrap_or_default(),
        })
        .collect();
    Ok(MomentsComparison {
        definition,
        by,
        role,
        min_group,
        moments: infos,
        groups,
        items,
        criteria,
        weakest,
    })
}
