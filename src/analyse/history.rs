//! Progress over time: how a session's scores moved across its versions, and what
//! changed between two versions.
//!
//! Pure functions over checked sessions; where the versions come from (git, the
//! working tree) is the caller's business, described by [`VersionMeta`]. Scores are
//! computed by [`crate::analyse::score`], never here.
//!
//! Teams are matched by name. A team that disappears while a team of the same type
//! and role with mostly the same answers appears is reported as *probably renamed*
//! (both names are shown, so a reader can judge); any other disappearance is reported
//! as removed, and an appearance as added: no team is ever dropped silently.
//! Criteria and items are matched by code, also across definition versions.

use std::collections::{HashMap, VecDeque};

use indexmap::IndexMap;
use serde::Serialize;

use crate::analyse::rows::Rows;
use crate::analyse::score::{self, item_score};
use crate::analyse::text_change::{self, TextChange};
use crate::model::{Action, Answer, Definition, Role, Session, Status, Team};

/// Two scores closer than this are the same (means like 2.666… differ in the last bits).
const SAME: f64 = 1e-9;
/// Share of answers two teams must have in common to be taken for one renamed team.
const RENAME_SIMILARITY: f64 = 0.5;

/// Where one version comes from.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VersionMeta {
    /// The full commit hash; `None` for the working tree.
    pub commit: Option<String>,
    pub short: Option<String>,
    /// `YYYY-MM-DD` (the author date of the commit).
    pub date: Option<String>,
    /// Tags naming this version (measurement moments), sorted.
    pub tags: Vec<String>,
    /// The first line of the commit message.
    pub subject: Option<String>,
    /// The file's path in that version (it may have been renamed since).
    pub path: String,
}

/// One version handed to [`history`]: its origin and, when it validated, the session.
pub struct VersionInput<'a> {
    pub meta: VersionMeta,
    pub session: Option<&'a Session>,
    /// Errors that kept an invalid version from being read.
    pub errors: usize,
}

/// A definition by id and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DefinitionRef {
    pub id: String,
    pub version: String,
}

impl DefinitionRef {
    fn of(def: &Definition) -> Self {
        DefinitionRef {
            id: def.id.clone(),
            version: def.version.clone(),
        }
    }
}

/// A criterion as listed in a history or a diff.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionRef {
    pub code: String,
    pub title: String,
}

/// What differs between the definitions of two versions. Scores are still compared
/// by criterion and item code; this says where that comparison is shaky.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DefinitionChange {
    pub before: DefinitionRef,
    pub after: DefinitionRef,
    /// `[min, max]` before and after, when the scale changed.
    pub scale: Option<[[i64; 2]; 2]>,
    pub criteria_added: Vec<String>,
    pub criteria_removed: Vec<String>,
    pub items_added: Vec<String>,
    pub items_removed: Vec<String>,
}

/// `None` when the two definitions are the same id and version with the same
/// scale and codes.
pub fn definition_change(before: &Definition, after: &Definition) -> Option<DefinitionChange> {
    let codes = |d: &Definition| -> (Vec<String>, Vec<String>) {
        (
            d.criteria.iter().map(|c| c.code.clone()).collect(),
            d.items().map(|i| i.code.clone()).collect(),
        )
    };
    let (crit_b, items_b) = codes(before);
    let (crit_a, items_a) = codes(after);
    let minus = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter().filter(|c| !y.contains(c)).cloned().collect()
    };
    let scale_b = [before.scale.min, before.scale.max];
    let scale_a = [after.scale.min, after.scale.max];
    let change = DefinitionChange {
        before: DefinitionRef::of(before),
        after: DefinitionRef::of(after),
        scale: (scale_b != scale_a).then_some([scale_b, scale_a]),
        criteria_added: minus(&crit_a, &crit_b),
        criteria_removed: minus(&crit_b, &crit_a),
        items_added: minus(&items_a, &items_b),
        items_removed: minus(&items_b, &items_a),
    };
    let same = change.before == change.after
        && change.scale.is_none()
        && change.criteria_added.is_empty()
        && change.criteria_removed.is_empty()
        && change.items_added.is_empty()
        && change.items_removed.is_empty();
    (!same).then_some(change)
}

/// How a team of one version relates to the teams of the version before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TeamStatus {
    /// Same name, same answers.
    Unchanged,
    /// Same name, something in its answers changed.
    Changed,
    /// A new name, probably the new name of a team that disappeared.
    Renamed,
    Added,
    Removed,
}

/// The teams of two sessions paired up: by name first, then probable renames.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamPairs {
    /// (index before, index after); either side `None` for removed or added teams.
    pub pairs: Vec<(Option<usize>, Option<usize>)>,
    /// Indices into `pairs` that are renames rather than the same name, ascending.
    pub renamed: Vec<usize>,
}

/// Pairs the teams of `before` and `after`, in the order of `after` with removed
/// teams last (in their old order).
///
/// A team keeps the first unmatched team of its name. Of the rest, pairs of the same
/// type and role at least [`RENAME_SIMILARITY`] alike are renames, the most alike
/// first (ties: earlier teams first). Near-linear: teams with the same answers are found
/// by hashing, and other pairs are only compared when they agree on some item (an
/// index of answers, scores and texts), since no other pair can be alike enough. At
/// most [`RENAME_COMPARISONS`] such comparisons are made (plus 64 per team): a file
/// where more are needed (thousands of teams renamed at once, each with other answers
/// than before) gets the renames found within that work, and its other teams are
/// shown as removed and added.
pub fn pair_teams(before: &[Team], after: &[Team]) -> TeamPairs {
    let mut matched_before = vec![false; before.len()];
    let mut link: Vec<Option<usize>> = vec![None; after.len()];
    let mut by_name: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (bi, b) in before.iter().enumerate() {
        by_name.entry(b.name.as_str()).or_default().push_back(bi);
    }
    for (ai, a) in after.iter().enumerate() {
        if let Some(bi) = by_name
            .get_mut(a.name.as_str())
            .and_then(VecDeque::pop_front)
        {
            matched_before[bi] = true;
            link[ai] = Some(bi);
        }
    }
    drop(by_name);
    let mut renamed_after = vec![false; after.len()];
    // Exactly alike (the same answers; two teams without answers are alike too): the
    // earliest such team of the same type and role. These pairs come first among the
    // renames, so taking them first changes nothing.
    let mut alike: HashMap<AlikeKey, VecDeque<usize>> = HashMap::new();
    for (bi, b) in before.iter().enumerate() {
        if !matched_before[bi] {
            alike.entry(alike_key(b)).or_default().push_back(bi);
        }
    }
    for (ai, a) in after.iter().enumerate() {
        if link[ai].is_some() {
            continue;
        }
        if let Some(bi) = alike.get_mut(&alike_key(a)).and_then(VecDeque::pop_front) {
            matched_before[bi] = true;
            link[ai] = Some(bi);
            renamed_after[ai] = true;
        }
    }
    drop(alike);
    // Partly alike: only pairs that agree on some item can be alike enough.
    let index = AgreementIndex::new(before, &matched_before);
    let mut budget = RENAME_COMPARISONS + 64 * (before.len() + after.len());
    let mut seen = vec![usize::MAX; before.len()];
    let mut found = Vec::new();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    'teams: for (ai, a) in after.iter().enumerate() {
        if link[ai].is_some() {
            continue;
        }
        found.clear();
        index.candidates(a, |bi| {
            if seen[bi] != ai {
                seen[bi] = ai;
                found.push(bi);
            }
        });
        found.sort_unstable();
        for &bi in &found {
            let b = &before[bi];
            if a.kind != b.kind || a.role != b.role {
                continue;
            }
            if budget == 0 {
                break 'teams;
            }
            budget -= 1;
            let s = similarity(b, a);
            if s >= RENAME_SIMILARITY {
                candidates.push((s, ai, bi));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (_, ai, bi) in candidates {
        if link[ai].is_none() && !matched_before[bi] {
            link[ai] = Some(bi);
            matched_before[bi] = true;
            renamed_after[ai] = true;
        }
    }
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    let mut renamed = Vec::new();
    for (ai, l) in link.iter().enumerate() {
        if renamed_after[ai] {
            renamed.push(pairs.len());
        }
        pairs.push((*l, Some(ai)));
    }
    for (bi, m) in matched_before.iter().enumerate() {
        if !m {
            pairs.push((Some(bi), None));
        }
    }
    TeamPairs { pairs, renamed }
}

/// Comparisons of partly alike teams `pair_teams` makes at most (plus 64 per team).
pub const RENAME_COMPARISONS: usize = 1_000_000;

type AlikeKey<'a> = (&'a str, Role, Vec<(&'a str, &'a Answer)>);

/// What makes two teams exactly alike: type, role and the answers that say something
/// (by item code, in code order).
fn alike_key(t: &Team) -> AlikeKey<'_> {
    let mut answers: Vec<(&str, &Answer)> = t
        .answers
        .iter()
        .filter(|(_, a)| !a.is_unanswered())
        .map(|(c, a)| (c.as_str(), a))
        .collect();
    answers.sort_unstable_by(|x, y| x.0.cmp(y.0));
    (t.kind.as_str(), t.role, answers)
}

/// What a team's answer to one item can agree on with another team's (see
/// [`similarity`]): the whole answer, the score, or the text.
#[derive(PartialEq, Eq, Hash)]
enum Agreement<'a> {
    Whole(&'a str, &'a Answer),
    /// A score in steps of a millionth (scores closer than [`SAME`] fall in the same
    /// step or the next one).
    Score(&'a str, i64),
    Text(&'a str, String),
    /// An answer with a blank text: it agrees in text with every team that gave no
    /// answer to that item.
    BlankText(&'a str),
}

fn score_step(s: f64) -> i64 {
    // `as` saturates: huge scores share the end steps, which only adds candidates.
    (s * 1e6).floor() as i64
}

/// The unmatched teams before, by what their answers could agree on.
struct AgreementIndex<'a> {
    teams: HashMap<Agreement<'a>, Vec<usize>>,
    /// Items for which some team has an answer with a blank text.
    blank_text: Vec<&'a str>,
}

impl<'a> AgreementIndex<'a> {
    fn new(before: &'a [Team], matched: &[bool]) -> Self {
        let mut teams: HashMap<Agreement<'a>, Vec<usize>> = HashMap::new();
        let mut blank_text = Vec::new();
        for (bi, b) in before.iter().enumerate().filter(|(bi, _)| !matched[*bi]) {
            for (code, x) in &b.answers {
                let code = code.as_str();
                let answered = !x.is_unanswered();
                let mut add = |k| teams.entry(k).or_default().push(bi);
                if answered {
                    add(Agreement::Whole(code, x));
                    if let Some(s) = item_score(x) {
                        add(Agreement::Score(code, score_step(s)));
                    }
                }
                if x.text.is_some() {
                    let text = norm_text(x);
                    if answered && text.is_empty() {
                        add(Agreement::BlankText(code));
                        blank_text.push(code);
                    }
                    add(Agreement::Text(code, text));
                }
            }
        }
        blank_text.sort_unstable();
        blank_text.dedup();
        AgreementIndex { teams, blank_text }
    }

    /// Calls `found` with every team before that agrees with `a` on some item (a team
    /// may come more than once).
    fn candidates(&self, a: &Team, mut found: impl FnMut(usize)) {
        let mut look = |k: &Agreement| {
            for &bi in self.teams.get(k).into_iter().flatten() {
                found(bi);
            }
        };
        for (code, y) in &a.answers {
            let code = code.as_str();
            if y.is_unanswered() {
                continue;
            }
            look(&Agreement::Whole(code, y));
            if let Some(s) = item_score(y) {
                let step = score_step(s);
                for st in [step.saturating_sub(1), step, step.saturating_add(1)] {
                    look(&Agreement::Score(code, st));
                }
            }
            look(&Agreement::Text(code, norm_text(y)));
        }
        for &code in &self.blank_text {
            if a.answers.get(code).is_none_or(Answer::is_unanswered) {
                look(&Agreement::BlankText(code));
            }
        }
    }
}

/// Share of the items either team answered on which they agree: 1 for the same
/// answer, ½ for the same score or the same text alone. Two empty teams are alike.
fn similarity(a: &Team, b: &Team) -> f64 {
    let mut codes: Vec<&String> = a.answers.keys().collect();
    codes.extend(b.answers.keys().filter(|k| !a.answers.contains_key(*k)));
    let mut union = 0usize;
    let mut agree = 0.0;
    for code in codes {
        let (x, y) = (answer_of(a, code), answer_of(b, code));
        if x.is_unanswered() && y.is_unanswered() {
            continue;
        }
        union += 1;
        if x == y {
            agree += 1.0;
        } else if (item_score(&x).is_some() && same(item_score(&x), item_score(&y)))
            || (x.text.is_some() && norm_text(&x) == norm_text(&y))
        {
            agree += 0.5;
        }
    }
    if union == 0 {
        1.0
    } else {
        agree / union as f64
    }
}

fn answer_of(team: &Team, code: &str) -> Answer {
    team.answers.get(code).cloned().unwrap_or_default()
}

fn norm_text(a: &Answer) -> String {
    a.text
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < SAME,
        (None, None) => true,
        _ => false,
    }
}

fn change(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    Some(after? - before?)
}

/// Whether two answers differ in anything a reader would notice (text compared by
/// its words, not its line breaks).
fn answers_differ(a: &Answer, b: &Answer) -> bool {
    a.score != b.score
        || a.votes != b.votes
        || a.na != b.na
        || a.examples != b.examples
        || norm_text(a) != norm_text(b)
}

// ---------------------------------------------------------------------------
// History

/// A session's scores over its versions, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    /// The definition of the newest readable version.
    pub definition: Option<DefinitionRef>,
    /// Every criterion met in any version: the newest definition's order, then
    /// criteria only older versions had.
    pub criteria: Vec<CriterionRef>,
    /// The scale of the newest readable version.
    pub scale: Option<[i64; 2]>,
    /// Each team over time, under its newest name, in order of first appearance.
    pub teams: Vec<TeamLine>,
    pub versions: Vec<Version>,
    /// Versions that could not be read.
    pub invalid: usize,
}

/// One team followed across versions (through probable renames).
#[derive(Debug, Clone, Serialize)]
pub struct TeamLine {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub role: String,
    /// Older names, oldest first, when the team was (probably) renamed.
    pub earlier_names: Vec<String>,
    /// Per criterion (the order of `History::criteria`): the score in each version
    /// (the order of `History::versions`), `null` where there is none.
    pub scores: Vec<Vec<Option<f64>>>,
}

/// One version of the file.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    #[serde(flatten)]
    pub meta: VersionMeta,
    /// Whether it could be read; invalid versions have no teams.
    pub valid: bool,
    pub errors: usize,
    pub definition: Option<DefinitionRef>,
    /// The readable version this one is compared with (its short hash, or `null`
    /// for the first one).
    pub compared_with: Option<String>,
    pub teams: Vec<VersionTeam>,
    /// Teams the previous version had that this one has not (and were not renamed).
    pub removed_teams: Vec<String>,
    pub definition_change: Option<DefinitionChange>,
    /// The action plan's actions by status: planned, doing, done; `null` for a version
    /// that could not be read (its plan is unknown, not empty).
    pub actions: Option<[usize; 3]>,
    /// Actions added, removed or changed (status, owner, due) since the previous version.
    pub actions_changed: usize,
}

/// A team's scores in one version, and how they moved since the previous one.
#[derive(Debug, Clone, Serialize)]
pub struct VersionTeam {
    pub name: String,
    /// Index into `History::teams`.
    pub line: usize,
    pub status: TeamStatus,
    pub renamed_from: Option<String>,
    pub completeness: f64,
    /// Items whose answer changed since the previous version.
    pub items_changed: usize,
    /// Aligned with `History::criteria`.
    pub criteria: Vec<ScoreMove>,
}

/// A score before and after, and the difference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreMove {
    pub code: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// `after − before`; `null` unless both exist.
    pub change: Option<f64>,
}

impl ScoreMove {
    fn new(code: &str, before: Option<f64>, after: Option<f64>) -> Self {
        ScoreMove {
            code: code.to_string(),
            before,
            after,
            change: change(before, after),
        }
    }

    /// Whether the score is different (including appearing or disappearing).
    pub fn moved(&self) -> bool {
        !same(self.before, self.after)
    }
}

/// Criterion score of a team for a code, in its session's own definition.
fn criterion_score(session: &Session, team: &Team, code: &str) -> Option<f64> {
    session
        .definition
        .criterion(code)
        .and_then(|c| score::criterion_score(team, c))
}

/// The history of one file from its versions, oldest first.
pub fn history(versions: &[VersionInput]) -> History {
    let criteria = all_criteria(versions.iter().filter_map(|v| v.session));
    let newest = versions.iter().rev().find_map(|v| v.session);
    let mut lines: Vec<TeamLine> = Vec::new();
    let mut out: Vec<Version> = Vec::new();
    // The previous readable version, and the line each of its teams is on.
    let mut prev: Option<(&Session, Vec<usize>, String)> = None;
    for v in versions {
        let Some(session) = v.session else {
            out.push(Version {
                meta: v.meta.clone(),
                valid: false,
                errors: v.errors,
                definition: None,
                compared_with: prev.as_ref().map(|p| p.2.clone()),
                teams: Vec::new(),
                removed_teams: Vec::new(),
                definition_change: None,
                actions: None,
                actions_changed: 0,
            });
            continue;
        };
        let mut teams = Vec::new();
        let mut team_lines = vec![0usize; session.teams.len()];
        let mut removed_teams = Vec::new();
        let (pairs, renamed) = match &prev {
            Some((p, _, _)) => {
                let tp = pair_teams(&p.teams, &session.teams);
                (tp.pairs, tp.renamed)
            }
            None => (
                (0..session.teams.len()).map(|i| (None, Some(i))).collect(),
                Vec::new(),
            ),
        };
        for (k, (bi, ai)) in pairs.iter().enumerate() {
            let prev_team = prev
                .as_ref()
                .and_then(|(p, pl, _)| bi.and_then(|b| Some((*p, p.teams.get(b)?, *pl.get(b)?))));
            let Some(ai) = *ai else {
                if let Some((_, t, _)) = prev_team {
                    removed_teams.push(t.name.clone());
                }
                continue;
            };
            let Some(team) = session.teams.get(ai) else {
                continue;
            };
            let is_rename = renamed.binary_search(&k).is_ok();
            let line = match prev_team {
                Some((_, old, line)) => {
                    if let Some(l) = lines.get_mut(line)
                        && old.name != team.name
                    {
                        l.earlier_names.push(old.name.clone());
                        l.name = team.name.clone();
                    }
                    line
                }
                None => {
                    lines.push(TeamLine {
                        name: team.name.clone(),
                        kind: team.kind.clone(),
                        role: team.role.as_str().to_string(),
                        earlier_names: Vec::new(),
                        scores: vec![vec![None; versions.len()]; criteria.len()],
                    });
                    lines.len() - 1
                }
            };
            team_lines[ai] = line;
            if let Some(l) = lines.get_mut(line) {
                l.kind = team.kind.clone();
                l.role = team.role.as_str().to_string();
            }
            let moves: Vec<ScoreMove> = criteria
                .iter()
                .map(|c| {
                    let before = prev_team.and_then(|(p, t, _)| criterion_score(p, t, &c.code));
                    ScoreMove::new(&c.code, before, criterion_score(session, team, &c.code))
                })
                .collect();
            let items_changed = match prev_team {
                Some((_, old, _)) => changed_items(old, team),
                None => 0,
            };
            let status = match prev_team {
                None => TeamStatus::Added,
                Some(_) if is_rename => TeamStatus::Renamed,
                Some(_) if items_changed > 0 => TeamStatus::Changed,
                Some(_) => TeamStatus::Unchanged,
            };
            if let Some(l) = lines.get_mut(line) {
                for (ci, m) in moves.iter().enumerate() {
                    if let Some(slot) = l.scores.get_mut(ci).and_then(|s| s.get_mut(out.len())) {
                        *slot = m.after;
                    }
                }
            }
            teams.push(VersionTeam {
                name: team.name.clone(),
                line,
                status,
                renamed_from: prev_team
                    .filter(|_| is_rename)
                    .map(|(_, t, _)| t.name.clone()),
                completeness: score::completeness(team, &session.definition),
                items_changed,
                criteria: moves,
            });
        }
        let label = v
            .meta
            .short
            .clone()
            .unwrap_or_else(|| "working tree".to_string());
        out.push(Version {
            meta: v.meta.clone(),
            valid: true,
            errors: 0,
            definition: Some(DefinitionRef::of(&session.definition)),
            compared_with: prev.as_ref().map(|p| p.2.clone()),
            teams,
            removed_teams,
            definition_change: prev
                .as_ref()
                .and_then(|(p, _, _)| definition_change(&p.definition, &session.definition)),
            actions: Some(
                Status::ALL.map(|st| session.actions.iter().filter(|a| a.status == st).count()),
            ),
            actions_changed: prev.as_ref().map_or(0, |(p, _, _)| {
                action_diffs(&p.actions, &session.actions).len()
            }),
        });
        prev = Some((session, team_lines, label));
    }
    History {
        definition: newest.map(|s| DefinitionRef::of(&s.definition)),
        criteria,
        scale: newest.map(|s| [s.definition.scale.min, s.definition.scale.max]),
        teams: lines,
        invalid: versions.iter().filter(|v| v.session.is_none()).count(),
        versions: out,
    }
}

/// Criteria of all sessions: the newest's order first, then older ones' extras.
fn all_criteria<'a>(sessions: impl DoubleEndedIterator<Item = &'a Session>) -> Vec<CriterionRef> {
    let mut out: IndexMap<String, String> = IndexMap::new();
    for s in sessions.rev() {
        for c in &s.definition.criteria {
            out.entry(c.code.clone()).or_insert_with(|| c.title.clone());
        }
    }
    out.into_iter()
        .map(|(code, title)| CriterionRef { code, title })
        .collect()
}

/// Items (by code, in either team) whose answers differ.
fn changed_items(before: &Team, after: &Team) -> usize {
    let mut codes: Vec<&String> = before.answers.keys().collect();
    codes.extend(
        after
            .answers
            .keys()
            .filter(|k| !before.answers.contains_key(*k)),
    );
    codes
        .into_iter()
        .filter(|c| answers_differ(&answer_of(before, c), &answer_of(after, c)))
        .count()
}

// ---------------------------------------------------------------------------
// Diff of two versions

/// What changed between two versions of a session.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub definition: DefinitionRef,
    pub definition_change: Option<DefinitionChange>,
    /// The criteria of the newer version, then those only the older one had.
    pub criteria: Vec<CriterionRef>,
    pub summary: DiffSummary,
    /// Every team of either version: the newer version's order, removed teams last.
    /// Shared, and read by templates one row at a time (see [`Rows`]).
    pub teams: Rows<TeamDiff>,
    pub targets: Vec<ScoreMove>,
    pub actions: Vec<ActionDiff>,
}

/// Counts for the first lines of a diff report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DiffSummary {
    pub teams_added: usize,
    pub teams_removed: usize,
    pub teams_renamed: usize,
    pub teams_changed: usize,
    pub items_changed: usize,
    pub scores_up: usize,
    pub scores_down: usize,
    pub answers_added: usize,
    pub answers_removed: usize,
    pub texts_changed: usize,
    pub actions_changed: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamDiff {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub role: String,
    pub status: TeamStatus,
    pub renamed_from: Option<String>,
    /// Answered items before and after.
    pub answered_before: Option<usize>,
    pub answered_after: Option<usize>,
    /// Every criterion (aligned with `Diff::criteria`), before and after.
    pub criteria: Vec<ScoreMove>,
    /// Items whose answer changed, in definition order; empty for added and
    /// removed teams (their criteria say enough).
    pub items: Vec<ItemDiff>,
}

/// How one answer changed.
#[derive(Debug, Clone, Serialize)]
pub struct ItemDiff {
    pub code: String,
    pub criterion: Option<String>,
    /// The item's short label (its title, or its question).
    pub label: String,
    /// `added` (answered now, not before), `removed`, or `changed`.
    pub answer: AnswerChange,
    pub score: ScoreMove,
    pub na_before: bool,
    pub na_after: bool,
    /// Votes before and after, when they changed.
    pub votes: Option<[Vec<i64>; 2]>,
    pub text: Option<TextChange>,
    pub examples_added: Vec<String>,
    pub examples_removed: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AnswerChange {
    Added,
    Removed,
    Changed,
}

/// An action of the plan that was added, removed or changed.
#[derive(Debug, Clone, Serialize)]
pub struct ActionDiff {
    pub title: String,
    pub item: Option<String>,
    pub change: AnswerChange,
    pub status_before: Option<String>,
    pub status_after: Option<String>,
    /// `[before, after]` when they differ.
    pub owner: Option<[Option<String>; 2]>,
    pub due: Option<[Option<String>; 2]>,
}

/// What changed from `before` to `after`.
pub fn diff(before: &Session, after: &Session) -> Diff {
    let criteria = all_criteria([before, after].into_iter());
    let pairs = pair_teams(&before.teams, &after.teams);
    let mut summary = DiffSummary::default();
    let mut teams = Vec::new();
    for (k, (bi, ai)) in pairs.pairs.iter().enumerate() {
        let b = bi.and_then(|i| before.teams.get(i));
        let a = ai.and_then(|i| after.teams.get(i));
        let Some(team) = a.or(b) else {
            continue;
        };
        let moves: Vec<ScoreMove> = criteria
            .iter()
            .map(|c| {
                ScoreMove::new(
                    &c.code,
                    b.and_then(|t| criterion_score(before, t, &c.code)),
                    a.and_then(|t| criterion_score(after, t, &c.code)),
                )
            })
            .collect();
        let items = match (b, a) {
            (Some(b), Some(a)) => item_diffs(before, b, after, a),
            _ => Vec::new(),
        };
        let status = match (b, a) {
            (None, _) => TeamStatus::Added,
            (_, None) => TeamStatus::Removed,
            _ if pairs.renamed.binary_search(&k).is_ok() => TeamStatus::Renamed,
            _ if items.is_empty() => TeamStatus::Unchanged,
            _ => TeamStatus::Changed,
        };
        match status {
            TeamStatus::Added => summary.teams_added += 1,
            TeamStatus::Removed => summary.teams_removed += 1,
            TeamStatus::Renamed => summary.teams_renamed += 1,
            TeamStatus::Changed | TeamStatus::Unchanged => {}
        }
        // Every team whose answers changed, renamed ones included.
        if !items.is_empty() {
            summary.teams_changed += 1;
        }
        for item in &items {
            summary.items_changed += 1;
            match item.score.change {
                Some(c) if c > SAME => summary.scores_up += 1,
                Some(c) if c < -SAME => summary.scores_down += 1,
                _ => {}
            }
            match item.answer {
                AnswerChange::Added => summary.answers_added += 1,
                AnswerChange::Removed => summary.answers_removed += 1,
                AnswerChange::Changed => {}
            }
            if item.text.is_some() {
                summary.texts_changed += 1;
            }
        }
        let answered = |s: &Session, t: &Team| {
            s.definition
                .items()
                .filter(|i| score::answered(t, &i.code))
                .count()
        };
        teams.push(TeamDiff {
            name: team.name.clone(),
            kind: team.kind.clone(),
            role: team.role.as_str().to_string(),
            status,
            renamed_from: b
                .filter(|_| status == TeamStatus::Renamed)
                .map(|t| t.name.clone()),
            answered_before: b.map(|t| answered(before, t)),
            answered_after: a.map(|t| answered(after, t)),
            criteria: moves,
            items,
        });
    }
    let actions = action_diffs(&before.actions, &after.actions);
    summary.actions_changed = actions.len();
    Diff {
        definition: DefinitionRef::of(&after.definition),
        definition_change: definition_change(&before.definition, &after.definition),
        criteria,
        summary,
        teams: teams.into(),
        targets: target_moves(before, after),
        actions,
    }
}

fn item_diffs(before: &Session, b: &Team, after: &Session, a: &Team) -> Vec<ItemDiff> {
    // Definition order of the newer version, then codes only the older one has.
    let mut codes: Vec<String> = after.definition.items().map(|i| i.code.clone()).collect();
    codes.extend(
        before
            .definition
            .items()
            .map(|i| i.code.clone())
            .filter(|c| !codes.contains(c))
            .collect::<Vec<_>>(),
    );
    let mut out = Vec::new();
    for code in codes {
        let (x, y) = (answer_of(b, &code), answer_of(a, &code));
        if !answers_differ(&x, &y) {
            continue;
        }
        let (was, is) = (!x.is_unanswered(), !y.is_unanswered());
        let answer = match (was, is) {
            (false, true) => AnswerChange::Added,
            (true, false) => AnswerChange::Removed,
            _ => AnswerChange::Changed,
        };
        let found = after
            .definition
            .item(&code)
            .or_else(|| before.definition.item(&code));
        let text = match (x.text.as_deref(), y.text.as_deref()) {
            (None, None) => None,
            (t, u) => text_change::diff(t.unwrap_or(""), u.unwrap_or("")),
        };
        out.push(ItemDiff {
            criterion: found.map(|(c, _)| c.code.clone()),
            label: found
                .map(|(_, i)| i.label().to_string())
                .unwrap_or_default(),
            answer,
            score: ScoreMove::new(&code, item_score(&x), item_score(&y)),
            na_before: x.na,
            na_after: y.na,
            votes: (x.votes != y.votes).then(|| [x.votes.clone(), y.votes.clone()]),
            text,
            examples_added: y
                .examples
                .iter()
                .filter(|e| !x.examples.contains(e))
                .cloned()
                .collect(),
            examples_removed: x
                .examples
                .iter()
                .filter(|e| !y.examples.contains(e))
                .cloned()
                .collect(),
            code,
        });
    }
    out
}

fn target_moves(before: &Session, after: &Session) -> Vec<ScoreMove> {
    let mut codes: Vec<&String> = after.targets.keys().collect();
    codes.extend(
        before
            .targets
            .keys()
            .filter(|k| !after.targets.contains_key(*k)),
    );
    codes
        .into_iter()
        .map(|c| {
            ScoreMove::new(
                c,
                before.targets.get(c).copied(),
                after.targets.get(c).copied(),
            )
        })
        .filter(ScoreMove::moved)
        .collect()
}

/// Actions matched by title (the n-th action of a title with the n-th of the same
/// title); the newer plan's order, removed actions last.
fn action_diffs(before: &[Action], after: &[Action]) -> Vec<ActionDiff> {
    let mut used = vec![false; before.len()];
    let mut by_title: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (i, b) in before.iter().enumerate() {
        by_title.entry(b.title.as_str()).or_default().push_back(i);
    }
    let mut out = Vec::new();
    for a in after {
        let found = by_title
            .get_mut(a.title.as_str())
            .and_then(VecDeque::pop_front);
        let Some(bi) = found else {
            out.push(ActionDiff {
                title: a.title.clone(),
                item: a.item.clone(),
                change: AnswerChange::Added,
                status_before: None,
                status_after: Some(a.status.as_str().to_string()),
                owner: None,
                due: None,
            });
            continue;
        };
        used[bi] = true;
        let Some(b) = before.get(bi) else {
            continue;
        };
        let owner = (b.owner != a.owner).then(|| [b.owner.clone(), a.owner.clone()]);
        let due = (b.due != a.due).then(|| [b.due.clone(), a.due.clone()]);
        if b.status != a.status || owner.is_some() || due.is_some() || b.item != a.item {
            out.push(ActionDiff {
                title: a.title.clone(),
                item: a.item.clone(),
                change: AnswerChange::Changed,
                status_before: Some(b.status.as_str().to_string()),
                status_after: Some(a.status.as_str().to_string()),
                owner,
                due,
            });
        }
    }
    for (i, b) in before.iter().enumerate() {
        if !used[i] {
            out.push(ActionDiff {
                title: b.title.clone(),
                item: b.item.clone(),
                change: AnswerChange::Removed,
                status_before: Some(b.status.as_str().to_string()),
                status_after: None,
                owner: None,
                due: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn team(name: &str, kind: &str, answers: &[(&str, i64, &str)]) -> Team {
        Team {
            name: name.into(),
            kind: kind.into(),
            role: Role::Professionals,
            date: None,
            participants: None,
            answers: answers
                .iter()
                .map(|(code, score, text)| {
                    (
                        code.to_string(),
                        Answer {
                            score: Some(*score),
                            text: (!text.is_empty()).then(|| text.to_string()),
                            ..Answer::default()
                        },
                    )
                })
                .collect(),
        }
    }

    /// The pairing as first written: every pair compared, then the best first. The
    /// near-linear `pair_teams` must give the same pairs.
    fn pair_teams_by_every_pair(before: &[Team], after: &[Team]) -> TeamPairs {
        let mut matched_before = vec![false; before.len()];
        let mut link: Vec<Option<usize>> = vec![None; after.len()];
        for (ai, a) in after.iter().enumerate() {
            if let Some(bi) = before
                .iter()
                .enumerate()
                .position(|(bi, b)| !matched_before[bi] && b.name == a.name)
            {
                matched_before[bi] = true;
                link[ai] = Some(bi);
            }
        }
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for (ai, a) in after.iter().enumerate() {
            if link[ai].is_some() {
                continue;
            }
            for (bi, b) in before.iter().enumerate() {
                if matched_before[bi] || a.kind != b.kind || a.role != b.role {
                    continue;
                }
                let s = similarity(b, a);
                if s >= RENAME_SIMILARITY {
                    candidates.push((s, ai, bi));
                }
            }
        }
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut renamed_after = vec![false; after.len()];
        for (_, ai, bi) in candidates {
            if link[ai].is_none() && !matched_before[bi] {
                link[ai] = Some(bi);
                matched_before[bi] = true;
                renamed_after[ai] = true;
            }
        }
        let mut pairs = Vec::new();
        let mut renamed = Vec::new();
        for (ai, l) in link.iter().enumerate() {
            if renamed_after[ai] {
                renamed.push(pairs.len());
            }
            pairs.push((*l, Some(ai)));
        }
        for (bi, m) in matched_before.iter().enumerate() {
            if !m {
                pairs.push((Some(bi), None));
            }
        }
        TeamPairs { pairs, renamed }
    }

    /// Teams read from a byte tape: few names, types, roles and answer shapes, so that
    /// equal names, equal answers, half agreements and blank texts are common.
    fn tape_teams(tape: &[u8], pos: &mut usize, n: usize) -> Vec<Team> {
        let mut next = |m: usize| {
            let b = tape.get(*pos).copied().unwrap_or(0);
            *pos += 1;
            usize::from(b) % m
        };
        let texts = [
            None,
            Some(""),
            Some("  "),
            Some("x"),
            Some("x  y"),
            Some("x y"),
            Some("z"),
        ];
        let votes: [&[i64]; 5] = [&[], &[2], &[1, 3], &[3, 1], &[1, 2]];
        (0..n)
            .map(|_| {
                let mut answers = crate::model::Answers::default();
                for code in ["A1", "A2", "A3"] {
                    if next(3) == 0 {
                        continue;
                    }
                    let score = [None, Some(1), Some(2), Some(3)][next(4)];
                    answers.insert(
                        code.to_string(),
                        Answer {
                            score,
                            votes: votes[next(5)].to_vec(),
                            text: texts[next(texts.len())].map(str::to_string),
                            examples: if next(4) == 0 {
                                vec!["e".into()]
                            } else {
                                vec![]
                            },
                            na: next(6) == 0,
                        },
                    );
                }
                Team {
                    name: ["a", "b", "c", "d", "e", "f"][next(6)].to_string(),
                    kind: ["primary", "childcare"][next(2)].to_string(),
                    role: [Role::Professionals, Role::Parents][next(2)],
                    date: None,
                    participants: None,
                    answers,
                }
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]

        #[test]
        fn pairing_by_index_equals_comparing_every_pair(
            tape in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
            nb in 0usize..12,
            na in 0usize..12,
        ) {
            let mut pos = 0;
            let before = tape_teams(&tape, &mut pos, nb);
            let after = tape_teams(&tape, &mut pos, na);
            proptest::prop_assert_eq!(
                pair_teams(&before, &after),
                pair_teams_by_every_pair(&before, &after)
            );
        }
    }

    #[test]
    fn every_team_renamed_is_paired_in_linear_work() {
        // Thousands of teams, every one renamed with its answers kept: each finds its
        // old self (by a hash of its answers; comparing every pair took minutes).
        for n in [2_000, 20_000] {
            let before: Vec<Team> = (0..n)
                .map(|i| {
                    team(
                        &format!("old {i}"),
                        "primary",
                        &[("A1", 1 + (i % 4) as i64, &format!("t{i}"))],
                    )
                })
                .collect();
            let after: Vec<Team> = before
                .iter()
                .enumerate()
                .map(|(i, t)| Team {
                    name: format!("new {i}"),
                    ..t.clone()
                })
                .collect();
            let p = pair_teams(&before, &after);
            assert_eq!(p.renamed.len(), n as usize);
            assert!(
                p.pairs
                    .iter()
                    .enumerate()
                    .all(|(i, pair)| *pair == (Some(i), Some(i)))
            );
        }
    }

    #[test]
    fn teams_pair_by_name_then_by_likeness() {
        let before = [
            team("Opvang", "childcare", &[("A1", 2, "x")]),
            team("School", "primary", &[("A1", 3, "y"), ("A2", 2, "")]),
            team("Bso", "childcare", &[("A1", 1, "z")]),
        ];
        let after = [
            team("Team school", "primary", &[("A1", 3, "y"), ("A2", 3, "")]),
            team("Opvang", "childcare", &[("A1", 3, "x")]),
            team("Nieuw", "childcare", &[("A1", 4, "heel anders")]),
        ];
        let p = pair_teams(&before, &after);
        assert_eq!(
            p.pairs,
            [
                (Some(1), Some(0)),
                (Some(0), Some(1)),
                (None, Some(2)),
                (Some(2), None)
            ]
        );
        assert_eq!(
            p.renamed,
            [0],
            "the school kept most answers: probably renamed"
        );
    }

    #[test]
    fn a_rename_needs_the_same_type_and_role() {
        let before = [team("School", "primary", &[("A1", 3, "y")])];
        let after = [team("Opvang", "childcare", &[("A1", 3, "y")])];
        let p = pair_teams(&before, &after);
        assert_eq!(p.pairs, [(None, Some(0)), (Some(0), None)]);
        assert!(p.renamed.is_empty());
    }

    #[test]
    fn half_alike_is_the_threshold() {
        let a = team("a", "primary", &[("A1", 3, "x"), ("A2", 2, "y")]);
        // Same score, other text on A1 (½); A2 gone (0): ¼ alike.
        let b = team("b", "primary", &[("A1", 3, "anders")]);
        assert_eq!(similarity(&a, &b), 0.25);
        let c = team("c", "primary", &[("A1", 3, "x"), ("A2", 4, "z")]);
        assert_eq!(similarity(&a, &c), 0.5);
    }

    #[test]
    fn actions_match_by_title() {
        let act = |title: &str, status: Status| Action {
            title: title.into(),
            item: None,
            owner: None,
            due: None,
            status,
            notes: None,
        };
        let before = [act("Koffie", Status::Planned), act("Weg", Status::Doing)];
        let after = [act("Koffie", Status::Done), act("Nieuw", Status::Planned)];
        let d = action_diffs(&before, &after);
        let summary: Vec<(&str, AnswerChange)> =
            d.iter().map(|a| (a.title.as_str(), a.change)).collect();
        assert_eq!(
            summary,
            [
                ("Koffie", AnswerChange::Changed),
                ("Nieuw", AnswerChange::Added),
                ("Weg", AnswerChange::Removed)
            ]
        );
        assert_eq!(d[0].status_before.as_deref(), Some("planned"));
        assert_eq!(d[0].status_after.as_deref(), Some("done"));
        assert!(action_diffs(&after, &after).is_empty());
    }

    #[test]
    fn same_definition_is_no_change() {
        let def = crate::load::builtin("partnerschapscan").unwrap();
        assert_eq!(definition_change(&def, &def), None);
        let en = crate::load::builtin("partnerschapscan-en").unwrap();
        let c = definition_change(&def, &en).unwrap();
        assert_eq!(c.after.id, "partnerschapscan-en");
        assert!(
            c.items_added.is_empty(),
            "the translation has the same codes"
        );
    }
}
