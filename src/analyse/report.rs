//! The analysis behind `scan report`: everything a session report shows, computed from
//! a checked session as plain serialisable data (also the `--format json` output).
//! Templates only format these numbers; nothing here knows about templates.
//!
//! Definitions (besides the SPEC's item and criterion scores, see [`super::score`]):
//!
//! - **Vote spread** of an answer with votes: the lowest and highest vote and their
//!   population standard deviation.
//! - **Gap** of an item for the parents of one type T: the mean item score of the
//!   professionals' teams of type T that scored the item (`compared_with = "type"`), or,
//!   when no such team scored it, of all professionals' teams that scored it
//!   (`compared_with = "all"`), minus the mean item score of the type-T parents' teams
//!   that scored it. One entry per (item, parents' type), only where both sides have a
//!   score. Sorted by the size of the gap (absolute value, largest first), then in
//!   definition order, then in the definition's order of types. Positive: professionals
//!   rate the item higher than parents do.
//! - **Distance to a target**: target minus the current score, for every professional
//!   team (the teams whose own rating the organisation's plan is about), where the
//!   current score is the team's item score for an item target and its criterion score
//!   for a criterion target. Positive: still to go; zero or negative: reached.
//! - **Completeness** of a team: answered items / items of the definition (`na` counts
//!   as answered).

use serde::Serialize;

use std::sync::Arc;

use super::rows::{Made, Rows};
use super::score;
use super::summary::{self, Summary};
use crate::model::{Definition, Role, Session, SessionInfo, Status, Team};

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// What a team reads first: strongest and weakest criteria, the largest gaps, the
    /// actions due soon (see [`super::summary`]).
    pub summary: Summary,
    /// The session file's name as given.
    pub file: String,
    pub definition: DefinitionRef,
    pub session: SessionInfo,
    pub scale: ScaleInfo,
    pub teams: Rows<TeamReport>,
    /// The definition's criteria and items with every team's answer (for reading).
    pub criteria: Rows<CriterionReport>,
    pub gaps: Vec<Gap>,
    /// Per parents' type that was set against all professionals' teams for some items
    /// (no professionals' team of its own type scored them): which items.
    pub gaps_compared_with_all: Vec<GapFallback>,
    /// How many parents' types took part (a type column in the gaps table when > 1).
    pub parent_types: usize,
    pub targets: Vec<Target>,
    /// The action plan in file order.
    pub actions: Vec<ActionReport>,
    /// The same actions grouped by status: doing, planned, done (empty groups left out).
    pub action_groups: Vec<ActionGroup>,
    /// Whether any team has the role `parents`.
    pub has_parents: bool,
    /// Whether any answer has votes.
    pub has_votes: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DefinitionRef {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScaleInfo {
    pub min: i64,
    pub max: i64,
    pub steps: Vec<ScaleStep>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScaleStep {
    pub value: i64,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamReport {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// The type's label from the definition.
    pub type_label: String,
    pub role: Role,
    /// When this team answered (`YYYY-MM-DD`), when the file says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How many people took part, when the file says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<u64>,
    /// Answered items / items of the definition, 0–1.
    pub completeness: f64,
    pub answered: usize,
    pub total: usize,
    /// Items answered with `na`.
    pub na: usize,
    /// Items with a score.
    pub scored: usize,
    /// Made when read (see [`Made`]).
    pub items: Made<TeamItem>,
    pub criteria: Rows<TeamCriterion>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamItem {
    pub code: String,
    pub score: Option<f64>,
    pub answered: bool,
    pub na: bool,
    pub votes: Vec<i64>,
    /// How many voted (the length of `votes`): forty parents of an imported form are
    /// not one team.
    pub voters: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamCriterion {
    pub code: String,
    pub score: Option<f64>,
    /// Items in the criterion.
    pub items: usize,
    /// Items of the criterion with a score (the score rests on these).
    pub scored: usize,
    /// The label of the nearest whole score.
    pub label: Option<String>,
    pub answered: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionReport {
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    /// Every team's criterion score, in team order; made when read (see [`Made`]).
    pub scores: Made<TeamScore>,
    pub target: Option<f64>,
    pub items: Rows<ItemReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamScore {
    pub team: String,
    pub role: Role,
    pub score: Option<f64>,
    /// Items in the criterion.
    pub items: usize,
    /// Items of the criterion with a score.
    pub scored: usize,
    pub label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemReport {
    pub code: String,
    /// The item's short title, or its question when it has none.
    pub label: String,
    pub title: Option<String>,
    pub question: String,
    pub help: Option<String>,
    pub target: Option<f64>,
    /// Whether any team answered it.
    pub answered: bool,
    /// Every team's answer, in team order (unanswered ones included); made when read
    /// (see [`Made`]).
    pub answers: Made<AnswerReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnswerReport {
    pub team: String,
    pub role: Role,
    pub answered: bool,
    pub na: bool,
    pub score: Option<f64>,
    /// The label of the score (of the nearest whole score for a mean of votes).
    pub label: Option<String>,
    /// Whether the score is the team's own `score` (not a mean of votes).
    pub agreed: bool,
    pub votes: Vec<i64>,
    /// How many voted (the length of `votes`).
    pub voters: usize,
    pub spread: Option<Spread>,
    pub text: Option<String>,
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Spread {
    pub min: i64,
    pub max: i64,
    /// Population standard deviation.
    pub sd: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub code: String,
    pub criterion: String,
    pub label: String,
    /// The parents' type (a key of the definition's types).
    #[serde(rename = "type")]
    pub kind: String,
    /// The type's label from the definition.
    pub type_label: String,
    /// Mean item score of the professionals' teams compared with (see `compared_with`).
    pub professionals: f64,
    /// Mean item score of the parents' teams of this type.
    pub parents: f64,
    /// `professionals - parents`: positive when the professionals rate the item higher.
    pub gap: f64,
    pub professional_teams: usize,
    pub parent_teams: usize,
    /// `type`: the professionals' teams of the parents' own type; `all`: no team of
    /// that type scored the item, so all professionals' teams that did.
    pub compared_with: ComparedWith,
}

/// The items on which the parents of one type were compared with all professionals.
#[derive(Debug, Clone, Serialize)]
pub struct GapFallback {
    #[serde(rename = "type")]
    pub kind: String,
    pub type_label: String,
    /// In definition order.
    pub codes: Vec<String>,
}

/// Which professionals' teams a parents' team is set against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ComparedWith {
    Type,
    All,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub code: String,
    /// `item` or `criterion`.
    pub kind: &'static str,
    pub label: String,
    pub target: f64,
    /// One row per professional team.
    pub teams: Vec<TargetTeam>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TargetTeam {
    pub team: String,
    pub score: Option<f64>,
    /// `target - score`; none without a score.
    pub distance: Option<f64>,
    pub reached: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionReport {
    pub title: String,
    pub item: Option<String>,
    /// The title of the item or criterion the action is about.
    pub item_label: Option<String>,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub status: Status,
    /// Markdown, when the file has notes for this action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionGroup {
    pub status: Status,
    pub actions: Vec<ActionReport>,
}

/// The order in which the plan is shown: what is under way first.
const STATUS_ORDER: [Status; 3] = [Status::Doing, Status::Planned, Status::Done];

fn label_near(def: &Definition, score: Option<f64>) -> Option<String> {
    score.and_then(|s| def.scale.label_near(s).map(str::to_string))
}

fn spread(votes: &[i64]) -> Option<Spread> {
    let min = *votes.iter().min()?;
    let max = *votes.iter().max()?;
    let xs: Vec<f64> = votes.iter().map(|&v| v as f64).collect();
    Some(Spread {
        min,
        max,
        sd: score::sd(&xs)?,
    })
}

/// Items of a criterion on which a team has a score.
fn scored_items(team: &Team, c: &crate::model::Criterion) -> usize {
    c.items
        .iter()
        .filter(|i| score::team_item_score(team, &i.code).is_some())
        .count()
}

fn team_item(team: &Team, code: &str) -> TeamItem {
    let answer = team.answers.get(code);
    TeamItem {
        code: code.to_string(),
        score: answer.and_then(score::item_score),
        answered: score::answered(team, code),
        na: answer.is_some_and(|a| a.na),
        votes: answer.map(|a| a.votes.clone()).unwrap_or_default(),
        voters: answer.map_or(0, |a| a.votes.len()),
    }
}

/// Team `t` of `teams` (the report's shared copy of the session's teams); `codes` are
/// the definition's item codes in order.
fn team_report(
    teams: &Arc<Vec<Team>>,
    t: usize,
    codes: &Arc<Vec<String>>,
    def: &Definition,
) -> TeamReport {
    let team = &teams[t];
    let (mut answered, mut na, mut scored) = (0, 0, 0);
    for code in codes.iter() {
        let answer = team.answers.get(code);
        answered += usize::from(score::answered(team, code));
        na += usize::from(answer.is_some_and(|a| a.na));
        scored += usize::from(answer.and_then(score::item_score).is_some());
    }
    let items = {
        let (teams, codes) = (Arc::clone(teams), Arc::clone(codes));
        Made::new(codes.len(), move |i| team_item(&teams[t], &codes[i]))
    };
    let criteria = def
        .criteria
        .iter()
        .map(|c| {
            let s = score::criterion_score(team, c);
            TeamCriterion {
                code: c.code.clone(),
                score: s,
                items: c.items.len(),
                scored: scored_items(team, c),
                label: label_near(def, s),
                answered: score::criterion_answered(team, c),
            }
        })
        .collect();
    TeamReport {
        name: team.name.clone(),
        kind: team.kind.clone(),
        type_label: def
            .types
            .get(&team.kind)
            .cloned()
            .unwrap_or_else(|| team.kind.clone()),
        role: team.role,
        date: team.date.clone(),
        participants: team.participants,
        completeness: score::completeness(team, def),
        answered,
        total: codes.len(),
        na,
        scored,
        items,
        criteria,
    }
}

/// Team `team`'s score for the definition's criterion number `ci`.
fn team_score(team: &Team, def: &Definition, ci: usize) -> TeamScore {
    let c = &def.criteria[ci];
    let s = score::criterion_score(team, c);
    TeamScore {
        team: team.name.clone(),
        role: team.role,
        score: s,
        items: c.items.len(),
        scored: scored_items(team, c),
        label: label_near(def, s),
    }
}

fn answer_report(team: &Team, code: &str, def: &Definition) -> AnswerReport {
    let answer = team.answers.get(code);
    let s = answer.and_then(score::item_score);
    let votes = answer.map(|a| a.votes.clone()).unwrap_or_default();
    AnswerReport {
        team: team.name.clone(),
        role: team.role,
        answered: score::answered(team, code),
        na: answer.is_some_and(|a| a.na),
        score: s,
        label: label_near(def, s),
        agreed: answer.is_some_and(|a| a.score.is_some() && !a.na),
        spread: spread(&votes),
        voters: votes.len(),
        votes,
        text: answer
            .and_then(|a| a.text.clone())
            .filter(|t| !t.trim().is_empty()),
        examples: answer.map(|a| a.examples.clone()).unwrap_or_default(),
    }
}

/// The keys of [`AnswerReport`] as JSON writes them.
const ANSWER_KEYS: [&str; 12] = [
    "team", "role", "answered", "na", "score", "label", "agreed", "votes", "voters", "spread",
    "text", "examples",
];

/// At least the length of `answer_report(team, code, def)` as JSON, without making it
/// (no copy of the answer's text, votes and examples): for the count of a report's
/// length for the template's fuel. Each field is counted as JSON writes it, or as the
/// longest it can be (`false` for a flag, the longest number for a fractional one);
/// `answer_json_bound_is_at_least_the_json` proves it.
fn answer_json_bound(team: &Team, code: &str, def: &Definition) -> usize {
    use super::json_len::{FLOAT, signed_len, string_len, unsigned_len};
    let answer = team.answers.get(code);
    // `"key":` per key, a comma between fields, the braces.
    let keys: usize = ANSWER_KEYS.iter().map(|k| k.len() + 3).sum::<usize>() + 11 + 2;
    let flags = 3 * "false".len();
    let role = team.role.as_str().len() + 2;
    let label = answer
        .and_then(score::item_score)
        .and_then(|s| def.scale.label_near(s))
        .map_or(4, string_len);
    let votes: &[i64] = answer.map_or(&[], |a| &a.votes);
    let list = |lens: usize, n: usize| lens.saturating_add(2 + n.saturating_sub(1));
    let vote_lens = votes
        .iter()
        .fold(0usize, |sum, &v| sum.saturating_add(signed_len(v.into())));
    let spread = match (votes.iter().min(), votes.iter().max()) {
        (Some(&min), Some(&max)) => {
            // {"min":…,"max":…,"sd":…}
            2 + 6 + signed_len(min.into()) + 1 + 6 + signed_len(max.into()) + 1 + 5 + FLOAT
        }
        _ => 4,
    };
    let text = answer
        .and_then(|a| a.text.as_deref())
        .map_or(4, |t| string_len(t).max(4));
    let examples: &[String] = answer.map_or(&[], |a| &a.examples);
    let example_lens = examples
        .iter()
        .fold(0usize, |sum, e| sum.saturating_add(string_len(e)));
    [
        keys,
        flags,
        string_len(&team.name),
        role,
        FLOAT,
        label,
        list(vote_lens, votes.len()),
        unsigned_len(votes.len() as u128),
        spread,
        text,
        list(example_lens, examples.len()),
    ]
    .into_iter()
    .fold(0, usize::saturating_add)
}

/// The mean item score of the teams that pass `keep` and have one, and how many they are.
fn mean_of(session: &Session, code: &str, keep: impl Fn(&Team) -> bool) -> Option<(f64, usize)> {
    let scores: Vec<f64> = session
        .teams
        .iter()
        .filter(|t| keep(t))
        .filter_map(|t| score::team_item_score(t, code))
        .collect();
    score::mean(&scores).map(|m| (m, scores.len()))
}

/// The parents' types of a session in the definition's order of types (types the
/// definition does not know last, by name).
fn parent_types(session: &Session) -> Vec<&str> {
    let def = &session.definition;
    let mut kinds: Vec<&str> = Vec::new();
    for t in session.teams.iter().filter(|t| t.role == Role::Parents) {
        if !kinds.contains(&t.kind.as_str()) {
            kinds.push(&t.kind);
        }
    }
    kinds.sort_by_key(|k| (def.types.get_index_of(*k).unwrap_or(usize::MAX), *k));
    kinds
}

/// Professionals against parents per item and parents' type, largest gaps first.
pub fn gaps(session: &Session) -> Vec<Gap> {
    let def = &session.definition;
    let kinds = parent_types(session);
    let mut out: Vec<(usize, usize, Gap)> = Vec::new();
    for (index, (criterion, item)) in def
        .criteria
        .iter()
        .flat_map(|c| c.items.iter().map(move |i| (c, i)))
        .enumerate()
    {
        for (kind_rank, kind) in kinds.iter().enumerate() {
            let Some((par, par_n)) = mean_of(session, &item.code, |t| {
                t.role == Role::Parents && t.kind == *kind
            }) else {
                continue;
            };
            let own = mean_of(session, &item.code, |t| {
                t.role == Role::Professionals && t.kind == *kind
            });
            let (pro, pro_n, compared_with) = match own {
                Some((m, n)) => (m, n, ComparedWith::Type),
                None => match mean_of(session, &item.code, |t| t.role == Role::Professionals) {
                    Some((m, n)) => (m, n, ComparedWith::All),
                    None => continue,
                },
            };
            out.push((
                index,
                kind_rank,
                Gap {
                    code: item.code.clone(),
                    criterion: criterion.code.clone(),
                    label: item.label().to_string(),
                    kind: kind.to_string(),
                    type_label: def
                        .types
                        .get(*kind)
                        .cloned()
                        .unwrap_or_else(|| kind.to_string()),
                    professionals: pro,
                    parents: par,
                    gap: pro - par,
                    professional_teams: pro_n,
                    parent_teams: par_n,
                    compared_with,
                },
            ));
        }
    }
    out.sort_by(|(ia, ka, a), (ib, kb, b)| {
        b.gap
            .abs()
            .total_cmp(&a.gap.abs())
            .then(ia.cmp(ib))
            .then(ka.cmp(kb))
    });
    out.into_iter().map(|(_, _, g)| g).collect()
}

/// The parents' types compared with all professionals on some items, in type order.
fn fallbacks(session: &Session, gaps: &[Gap]) -> Vec<GapFallback> {
    let def = &session.definition;
    parent_types(session)
        .into_iter()
        .filter_map(|kind| {
            let mut codes: Vec<&String> = gaps
                .iter()
                .filter(|g| g.kind == kind && g.compared_with == ComparedWith::All)
                .map(|g| &g.code)
                .collect();
            codes.sort_by_key(|c| def.item_index(c));
            let first = gaps.iter().find(|g| g.kind == kind)?;
            (!codes.is_empty()).then(|| GapFallback {
                kind: kind.to_string(),
                type_label: first.type_label.clone(),
                codes: codes.into_iter().cloned().collect(),
            })
        })
        .collect()
}

/// Every target, in definition order, with each professional team's distance to it.
pub fn targets(session: &Session) -> Vec<Target> {
    let def = &session.definition;
    let mut codes: Vec<(usize, &String, f64)> = session
        .targets
        .iter()
        .map(|(code, &target)| (target_order(def, code), code, target))
        .collect();
    codes.sort_by_key(|(order, _, _)| *order);
    codes
        .into_iter()
        .filter_map(|(_, code, target)| {
            let (kind, label) = if let Some(c) = def.criterion(code) {
                ("criterion", c.title.clone())
            } else {
                let (_, item) = def.item(code)?;
                ("item", item.label().to_string())
            };
            let teams = session
                .teams
                .iter()
                .filter(|t| t.role == Role::Professionals)
                .map(|t| {
                    let current = match def.criterion(code) {
                        Some(c) => score::criterion_score(t, c),
                        None => score::team_item_score(t, code),
                    };
                    let distance = current.map(|s| target - s);
                    TargetTeam {
                        team: t.name.clone(),
                        score: current,
                        distance,
                        reached: distance.is_some_and(|d| d <= 0.0),
                    }
                })
                .collect();
            Some(Target {
                code: code.clone(),
                kind,
                label,
                target,
                teams,
            })
        })
        .collect()
}

/// A criterion comes before its items; items in definition order.
fn target_order(def: &Definition, code: &str) -> usize {
    def.code_rank(code).unwrap_or(usize::MAX)
}

fn action_label(def: &Definition, code: &str) -> Option<String> {
    def.criterion(code)
        .map(|c| c.title.clone())
        .or_else(|| def.item(code).map(|(_, i)| i.label().to_string()))
}

/// The whole report of one session.
pub fn report(session: &Session) -> Report {
    let def = &session.definition;
    // The rows per team and item are made from these when read.
    let shared: Arc<Vec<Team>> = Arc::new(session.teams.clone());
    let codes: Arc<Vec<String>> = Arc::new(def.items().map(|i| i.code.clone()).collect());
    let teams: Vec<TeamReport> = (0..shared.len())
        .map(|t| team_report(&shared, t, &codes, def))
        .collect();
    let criteria = def
        .criteria
        .iter()
        .enumerate()
        .map(|(ci, c)| CriterionReport {
            code: c.code.clone(),
            title: c.title.clone(),
            description: c.description.clone(),
            scores: {
                let (teams, def) = (Arc::clone(&shared), Arc::clone(def));
                Made::new(teams.len(), move |t| team_score(&teams[t], &def, ci))
            },
            target: session.targets.get(&c.code).copied(),
            items: c
                .items
                .iter()
                .map(|i| {
                    let answers = {
                        let (teams, def, code) =
                            (Arc::clone(&shared), Arc::clone(def), i.code.clone());
                        let sized = (Arc::clone(&teams), Arc::clone(&def), code.clone());
                        Made::new(teams.len(), move |t| answer_report(&teams[t], &code, &def))
                            .with_size(move |t| {
                                let (teams, def, code) = &sized;
                                answer_json_bound(&teams[t], code, def)
                            })
                    };
                    ItemReport {
                        code: i.code.clone(),
                        label: i.label().to_string(),
                        title: i.title.clone(),
                        question: i.question.clone(),
                        help: i.help.clone(),
                        target: session.targets.get(&i.code).copied(),
                        answered: session.teams.iter().any(|t| score::answered(t, &i.code)),
                        answers,
                    }
                })
                .collect(),
        })
        .collect();
    let gaps = gaps(session);
    let actions: Vec<ActionReport> = session
        .actions
        .iter()
        .map(|a| ActionReport {
            title: a.title.clone(),
            item: a.item.clone(),
            item_label: a.item.as_deref().and_then(|c| action_label(def, c)),
            owner: a.owner.clone(),
            due: a.due.clone(),
            status: a.status,
            notes: a.notes.clone(),
        })
        .collect();
    let action_groups = STATUS_ORDER
        .iter()
        .map(|&status| ActionGroup {
            status,
            actions: actions
                .iter()
                .filter(|a| a.status == status)
                .cloned()
                .collect(),
        })
        .filter(|g| !g.actions.is_empty())
        .collect();
    Report {
        summary: summary::summary(&teams, &gaps, &actions, session.info.date.as_deref()),
        file: session.file.clone(),
        definition: DefinitionRef {
            id: def.id.clone(),
            version: def.version.clone(),
            title: def.title.clone(),
            language: def.language.clone(),
        },
        session: session.info.clone(),
        scale: ScaleInfo {
            min: def.scale.min,
            max: def.scale.max,
            steps: def
                .scale
                .labels
                .iter()
                .enumerate()
                .map(|(i, l)| ScaleStep {
                    value: def.scale.min + i as i64,
                    label: l.clone(),
                })
                .collect(),
        },
        has_parents: session.teams.iter().any(|t| t.role == Role::Parents),
        has_votes: session
            .teams
            .iter()
            .any(|t| t.answers.values().any(|a| !a.votes.is_empty())),
        teams: teams.into(),
        criteria,
        gaps_compared_with_all: fallbacks(session, &gaps),
        parent_types: parent_types(session).len(),
        gaps,
        targets: targets(session),
        actions,
        action_groups,
    }
}

/// The index page of many reports: one line each, and the criterion scores of reports
/// that share a definition side by side.
#[derive(Debug, Clone, Serialize)]
pub struct Index {
    pub reports: Vec<IndexEntry>,
    /// One table per definition (id and version) used by at least two reports, in the
    /// order of their first report.
    pub comparisons: Vec<Comparison>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    pub file: String,
    /// The report's file name, relative to the index.
    pub href: String,
    pub organisation: String,
    pub location: Option<String>,
    pub date: Option<String>,
    pub definition: DefinitionRef,
    pub teams: usize,
    pub professional_teams: usize,
    pub parent_teams: usize,
    /// Mean completeness over the professionals' teams, 0–1; none without them.
    pub completeness: Option<f64>,
    /// Mean completeness over the parents' teams, 0–1; none without them.
    pub completeness_parents: Option<f64>,
    pub actions: usize,
    pub actions_done: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub definition: DefinitionRef,
    pub criteria: Vec<IndexCriterion>,
    pub rows: Vec<ComparisonRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexCriterion {
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    pub organisation: String,
    pub date: Option<String>,
    pub href: String,
    /// Per criterion: the mean of the professional teams' criterion scores.
    pub scores: Vec<Option<f64>>,
    /// Per criterion: `[scored, items]`, the items some professionals' team scored (the
    /// mean rests on these) and the items of the criterion.
    pub coverage: Vec<[usize; 2]>,
}

/// The mean of the professional teams' scores for a criterion.
fn professional_mean(r: &Report, code: &str) -> Option<f64> {
    let scores: Vec<f64> = r
        .teams
        .iter()
        .filter(|t| t.role == Role::Professionals)
        .filter_map(|t| {
            t.criteria
                .iter()
                .find(|tc| tc.code == code)
                .and_then(|tc| tc.score)
        })
        .collect();
    score::mean(&scores)
}

/// What the index keeps of one report: its line in the list and, for the comparison
/// of reports on the same definition, the professionals' criterion scores. Small, so a
/// folder of reports can be written one by one without keeping the reports.
#[derive(Debug, Clone)]
pub struct IndexPart {
    pub entry: IndexEntry,
    pub criteria: Vec<IndexCriterion>,
    /// Per criterion: the mean of the professional teams' criterion scores.
    pub scores: Vec<Option<f64>>,
    /// Per criterion: `[scored, items]` (see [`ComparisonRow::coverage`]).
    pub coverage: Vec<[usize; 2]>,
}

/// The items of a criterion that some professionals' team scored, and its items.
fn professional_coverage(c: &CriterionReport) -> [usize; 2] {
    let scored = c
        .items
        .iter()
        .filter(|i| {
            i.answers
                .iter()
                .any(|a| a.role == Role::Professionals && a.score.is_some())
        })
        .count();
    [scored, c.items.len()]
}

/// The mean completeness of the teams with `role`.
fn role_completeness(r: &Report, role: Role) -> Option<f64> {
    let xs: Vec<f64> = r
        .teams
        .iter()
        .filter(|t| t.role == role)
        .map(|t| t.completeness)
        .collect();
    score::mean(&xs)
}

/// The index line of one report, whose file is called `href`.
pub fn index_part(r: &Report, href: String) -> IndexPart {
    IndexPart {
        entry: IndexEntry {
            file: r.file.clone(),
            href,
            organisation: r.session.organisation.clone(),
            location: r.session.location.clone(),
            date: r.session.date.clone(),
            definition: r.definition.clone(),
            teams: r.teams.len(),
            professional_teams: r
                .teams
                .iter()
                .filter(|t| t.role == Role::Professionals)
                .count(),
            parent_teams: r.teams.iter().filter(|t| t.role == Role::Parents).count(),
            completeness: role_completeness(r, Role::Professionals),
            completeness_parents: role_completeness(r, Role::Parents),
            actions: r.actions.len(),
            actions_done: r
                .actions
                .iter()
                .filter(|a| a.status == Status::Done)
                .count(),
        },
        criteria: r
            .criteria
            .iter()
            .map(|c| IndexCriterion {
                code: c.code.clone(),
                title: c.title.clone(),
            })
            .collect(),
        scores: r
            .criteria
            .iter()
            .map(|c| professional_mean(r, &c.code))
            .collect(),
        coverage: r.criteria.iter().map(professional_coverage).collect(),
    }
}

/// The index of many reports; `reports` pairs each report with its file name.
pub fn index(reports: &[(&Report, String)]) -> Index {
    index_of(
        reports
            .iter()
            .map(|(r, href)| index_part(r, href.clone()))
            .collect(),
    )
}

/// The index from the parts of the reports, in report order.
pub fn index_of(parts: Vec<IndexPart>) -> Index {
    let mut keys: Vec<(&str, &str)> = Vec::new();
    for p in &parts {
        let key = (
            p.entry.definition.id.as_str(),
            p.entry.definition.version.as_str(),
        );
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let comparisons = keys
        .into_iter()
        .filter_map(|(id, version)| {
            let members: Vec<&IndexPart> = parts
                .iter()
                .filter(|p| p.entry.definition.id == id && p.entry.definition.version == version)
                .collect();
            let first = members.first()?;
            if members.len() < 2 {
                return None;
            }
            Some(Comparison {
                definition: first.entry.definition.clone(),
                criteria: first.criteria.clone(),
                rows: members
                    .iter()
                    .map(|p| ComparisonRow {
                        organisation: p.entry.organisation.clone(),
                        date: p.entry.date.clone(),
                        href: p.entry.href.clone(),
                        scores: p.scores.clone(),
                        coverage: p.coverage.clone(),
                    })
                    .collect(),
            })
        })
        .collect();
    Index {
        reports: parts.into_iter().map(|p| p.entry).collect(),
        comparisons,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::{Loaded, Loader};
    use crate::source::Source;

    fn any_text() -> impl proptest::strategy::Strategy<Value = String> {
        "[a-z \"\\\\\u{0}-\u{1f}\u{7f}é…\u{2028}]{0,40}"
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The bound counted for an answer's row is never below its JSON.
        #[test]
        fn answer_json_bound_is_at_least_the_json(
            name in any_text(),
            role in proptest::sample::select(Role::ALL.to_vec()),
            answer in proptest::option::of((
                proptest::option::of(proptest::prelude::any::<i64>()),
                proptest::collection::vec(
                    proptest::prop_oneof![
                        proptest::prelude::any::<i64>(),
                        -3i64..8,
                    ],
                    0..6,
                ),
                proptest::option::of(any_text()),
                proptest::collection::vec(any_text(), 0..4),
                proptest::prelude::any::<bool>(),
            )),
            code in proptest::sample::select(vec!["A1", "B2", "Z9"]),
        ) {
            let def = crate::load::builtin("partnerschapscan").unwrap();
            let mut answers = crate::model::Answers::default();
            if let Some((score, votes, text, examples, na)) = answer {
                answers.insert(code.to_string(), crate::model::Answer { score, votes, text, examples, na });
            }
            let team = Team {
                name,
                kind: "primary".into(),
                role,
                date: None,
                participants: None,
                answers,
            };
            for asked in ["A1", "B2", "Z9"] {
                let json = serde_json::to_string(&answer_report(&team, asked, &def)).unwrap();
                let bound = answer_json_bound(&team, asked, &def);
                proptest::prop_assert!(bound >= json.len(), "{} < {}: {}", bound, json.len(), json);
            }
        }
    }

    fn session(toml: &str) -> Session {
        let source = Source::new("test.toml", toml);
        let (loaded, diags) = Loader::new().load_source(&source, Path::new("."));
        match loaded {
            Loaded::Session(s) => *s,
            _ => panic!("not a session: {diags:?}"),
        }
    }

    const TEAMS: &str = r#"
definition = "partnerschapscan-en"
[session]
organisation = "O"
[targets]
A = 3
A1 = 2
[[team]]
name = "P1"
type = "primary"
[team.answers.A1]
score = 4
[team.answers.A2]
votes = [1, 2, 2, 4]
[team.answers.A3]
score = 2
[team.answers.A4]
na = true
text = "n/a"
[[team]]
name = "P2"
type = "primary"
[team.answers.A1]
score = 2
[team.answers.A3]
score = 3
[[team]]
name = "Ouders"
type = "primary"
role = "parents"
[team.answers.A1]
score = 2
[team.answers.A2]
score = 3
[team.answers.A3]
score = 3
[team.answers.A4]
score = 1
[[action]]
title = "later"
status = "done"
[[action]]
title = "now"
item = "A"
status = "doing"
"#;

    #[test]
    fn gaps_are_professionals_minus_parents_largest_first_then_definition_order() {
        let s = session(TEAMS);
        let g = gaps(&s);
        let codes: Vec<&str> = g.iter().map(|g| g.code.as_str()).collect();
        // A1: mean(4, 2) - 2 = 1; A2: 2.25 - 3 = -0.75; A3: mean(2, 3) - 3 = -0.5.
        // A4: the professionals have no score (na), so no gap.
        assert_eq!(codes, ["A1", "A2", "A3"]);
        assert_eq!(g[0].gap, 1.0);
        assert_eq!(g[0].professional_teams, 2);
        assert_eq!(g[1].professionals, 2.25);
        assert_eq!(g[1].gap, -0.75);
        assert_eq!(g[2].gap, -0.5);
    }

    #[test]
    fn equal_gaps_keep_definition_order() {
        let s = session(&TEAMS.replace("votes = [1, 2, 2, 4]", "score = 4"));
        // A1: +1, A2: 4 - 3 = +1 → A1 first.
        let codes: Vec<String> = gaps(&s).into_iter().map(|g| g.code).collect();
        assert_eq!(codes, ["A1", "A2", "A3"]);
    }

    #[test]
    fn targets_have_a_distance_per_professional_team() {
        let s = session(TEAMS);
        let t = targets(&s);
        assert_eq!(t.len(), 2);
        assert_eq!((t[0].code.as_str(), t[0].kind), ("A", "criterion"));
        assert_eq!((t[1].code.as_str(), t[1].kind), ("A1", "item"));
        let names: Vec<&str> = t[0].teams.iter().map(|r| r.team.as_str()).collect();
        assert_eq!(
            names,
            ["P1", "P2"],
            "parents are not measured against targets"
        );
        // P1's criterion A: mean(4, 2.25, 2) = 2.75 → 0.25 to go.
        assert!((t[0].teams[0].distance.unwrap() - 0.25).abs() < 1e-12);
        assert!(!t[0].teams[0].reached);
        // A1 = 2: P1 has 4 (reached, -2), P2 has 2 (reached, 0).
        assert_eq!(t[1].teams[0].distance, Some(-2.0));
        assert!(t[1].teams[0].reached && t[1].teams[1].reached);
    }

    #[test]
    fn the_report_counts_completeness_spread_and_groups_actions() {
        let r = report(&session(TEAMS));
        let p1 = &r.teams[0];
        assert_eq!((p1.answered, p1.na, p1.scored, p1.total), (4, 1, 3, 24));
        assert_eq!(p1.completeness, 4.0 / 24.0);
        let a2 = r.criteria[0].items[1].answers.get(0).expect("a team");
        assert_eq!(a2.score, Some(2.25));
        assert!(!a2.agreed);
        let spread = a2.spread.as_ref().expect("votes");
        assert_eq!((spread.min, spread.max), (1, 4));
        assert!((spread.sd - (1.1875f64).sqrt()).abs() < 1e-12);
        assert_eq!(
            a2.label.as_deref(),
            Some("Developing"),
            "2.25 is nearest to 2"
        );
        let statuses: Vec<Status> = r.action_groups.iter().map(|g| g.status).collect();
        assert_eq!(statuses, [Status::Doing, Status::Done]);
        assert_eq!(
            r.actions[1].item_label.as_deref(),
            Some(r.criteria[0].title.as_str())
        );
        assert!(r.has_parents && r.has_votes);
    }

    #[test]
    fn the_index_compares_reports_of_the_same_definition_only() {
        let a = report(&session(TEAMS));
        let b = report(&session(
            &TEAMS.replace("organisation = \"O\"", "organisation = \"B\""),
        ));
        let c = report(&session(
            &TEAMS.replace("partnerschapscan-en", "partnerschapscan"),
        ));
        let ix = index(&[
            (&a, "a.md".into()),
            (&c, "c.md".into()),
            (&b, "b.md".into()),
        ]);
        assert_eq!(ix.reports.len(), 3);
        assert_eq!(
            ix.comparisons.len(),
            1,
            "c's definition has only one report"
        );
        let cmp = &ix.comparisons[0];
        assert_eq!(cmp.definition.id, "partnerschapscan-en");
        let hrefs: Vec<&str> = cmp.rows.iter().map(|r| r.href.as_str()).collect();
        assert_eq!(hrefs, ["a.md", "b.md"]);
        // Criterion A of the professionals: mean(2.75, 2.5).
        assert_eq!(cmp.rows[0].scores[0], Some(2.625));
        assert_eq!(cmp.rows[0].scores[1], None);
    }
}
