//! The parents' report (`scan report --audience parents`): what parents said, the
//! professionals' criterion scores beside it, the gaps and the action plan. Made from
//! the session report ([`super::report::Report`]), so every figure is the same one the
//! team sees; it only leaves things out.
//!
//! What it never holds (the privacy rule): a professionals' (or partners') answer text
//! or example, anyone's individual votes (per item only how many parents voted), the
//! session notes, item scores of professionals' teams other than through the gaps.
//! It is also the `--format json` output, so it holds nothing its Markdown and HTML do
//! not show.

use serde::Serialize;

use super::report::{DefinitionRef, Gap, GapFallback, Report, ScaleInfo};
use crate::model::{Definition, Role, Status};

#[derive(Debug, Clone, Serialize)]
pub struct ParentsReport {
    /// Always `parents`, so a script can tell this report from the team's.
    pub audience: &'static str,
    pub definition: DefinitionRef,
    pub session: ParentsSession,
    pub scale: ScaleInfo,
    /// The parents' groups (teams with the role `parents`).
    pub parent_teams: Vec<TeamName>,
    /// The professionals' teams whose criterion scores are shown.
    pub professional_teams: Vec<TeamName>,
    pub criteria: Vec<ParentsCriterion>,
    /// The report's gaps (professionals − parents), largest first.
    pub gaps: Vec<Gap>,
    /// Parents' types compared with all professionals' teams on some items (no team
    /// of their own type scored them).
    pub gaps_compared_with_all: Vec<GapFallback>,
    pub actions: Vec<ParentsAction>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParentsSession {
    pub organisation: String,
    pub location: Option<String>,
    pub date: Option<String>,
    pub facilitator: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamName {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub type_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParentsCriterion {
    pub code: String,
    pub title: String,
    /// The criterion score of each parents' group, in team order.
    pub parents: Vec<CriterionScore>,
    /// The criterion score of each professionals' team, in team order.
    pub professionals: Vec<CriterionScore>,
    pub items: Vec<ParentsItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionScore {
    pub team: String,
    pub score: Option<f64>,
    /// Items in the criterion.
    pub items: usize,
    /// Items of the criterion with a score (shown when fewer than `items`).
    pub scored: usize,
    pub label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParentsItem {
    pub code: String,
    pub label: String,
    pub question: String,
    /// Whether any parents' group answered it.
    pub answered: bool,
    /// One per parents' group that answered the item, in team order.
    pub answers: Vec<ParentsAnswer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParentsAnswer {
    pub team: String,
    pub na: bool,
    pub score: Option<f64>,
    pub label: Option<String>,
    /// How many parents voted (their votes themselves are never shown).
    pub voters: usize,
    /// Whether the score is one the group agreed on (not a mean of votes).
    pub agreed: bool,
    pub text: Option<String>,
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParentsAction {
    pub title: String,
    pub item: Option<String>,
    pub item_label: Option<String>,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub status: Status,
}

/// The parents' report of a session report; `def` is the report's definition (for
/// the questions in parents' words).
pub fn parents_report(r: &Report, def: &Definition) -> ParentsReport {
    let names = |role: Role| -> Vec<TeamName> {
        r.teams
            .iter()
            .filter(|t| t.role == role)
            .map(|t| TeamName {
                name: t.name.clone(),
                kind: t.kind.clone(),
                type_label: t.type_label.clone(),
            })
            .collect()
    };
    let criteria = r
        .criteria
        .iter()
        .map(|c| {
            let scores = |role: Role| -> Vec<CriterionScore> {
                c.scores
                    .iter()
                    .filter(|s| s.role == role)
                    .map(|s| CriterionScore {
                        team: s.team.clone(),
                        score: s.score,
                        items: s.items,
                        scored: s.scored,
                        label: s.label.clone(),
                    })
                    .collect()
            };
            let items = c
                .items
                .iter()
                .map(|i| {
                    let answers: Vec<ParentsAnswer> = i
                        .answers
                        .iter()
                        .filter(|a| a.role == Role::Parents && a.answered)
                        .map(|a| ParentsAnswer {
                            team: a.team.clone(),
                            na: a.na,
                            score: a.score,
                            label: a.label.clone(),
                            voters: a.votes.len(),
                            agreed: a.agreed,
                            text: a.text.clone(),
                            examples: a.examples.clone(),
                        })
                        .collect();
                    ParentsItem {
                        code: i.code.clone(),
                        label: i.label.clone(),
                        question: def
                            .item(&i.code)
                            .map(|(_, item)| item.parents_question())
                            .unwrap_or(&i.question)
                            .to_string(),
                        answered: !answers.is_empty(),
                        answers,
                    }
                })
                .collect();
            ParentsCriterion {
                code: c.code.clone(),
                title: c.title.clone(),
                parents: scores(Role::Parents),
                professionals: scores(Role::Professionals),
                items,
            }
        })
        .collect();
    ParentsReport {
        audience: "parents",
        definition: r.definition.clone(),
        session: ParentsSession {
            organisation: r.session.organisation.clone(),
            location: r.session.location.clone(),
            date: r.session.date.clone(),
            facilitator: r.session.facilitator.clone(),
        },
        scale: r.scale.clone(),
        parent_teams: names(Role::Parents),
        professional_teams: names(Role::Professionals),
        criteria,
        gaps: r.gaps.clone(),
        gaps_compared_with_all: r.gaps_compared_with_all.clone(),
        actions: r
            .actions
            .iter()
            .map(|a| ParentsAction {
                title: a.title.clone(),
                item: a.item.clone(),
                item_label: a.item_label.clone(),
                owner: a.owner.clone(),
                due: a.due.clone(),
                status: a.status,
            })
            .collect(),
    }
}
