//! The summary a session report opens with, read in a minute: per professionals' team
//! its strongest and weakest criteria, the largest gaps between professionals and
//! parents, and the actions that are late or due soon. Built from the report's own
//! figures (it computes no second gap); knows nothing of templates.
//!
//! Rules (SPEC, "Version 2: precise rules", Summary):
//!
//! - **Teams**: professionals' teams only, criteria with a score only. Strongest: the
//!   two highest criterion scores; weakest: the two lowest; ties in definition order.
//!   With fewer than four scored criteria the two lists share what there is without
//!   naming a criterion twice: the strongest take the larger half (3 → 2 + 1,
//!   2 → 1 + 1, 1 → 1 + 0).
//! - **Gaps**: the first three entries of the report's gaps (already in their order).
//! - **Actions**: not done, with a due date at most [`SOON_DAYS`] days after the session
//!   date (both ends inclusive); `late` when due before the session date. Without a
//!   session date the list is empty: today's date is never used, so a report made
//!   again next year says the same.

use serde::Serialize;

use super::report::{ActionReport, Gap, TeamReport};
use crate::model::{Role, Status};

/// How far after the session date an action counts as due soon.
pub const SOON_DAYS: i64 = 90;

/// How many gaps the summary shows.
pub const GAPS: usize = 3;

/// How many strongest (and weakest) criteria a team gets.
pub const PER_SIDE: usize = 2;

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub teams: Vec<SummaryTeam>,
    pub gaps: Vec<Gap>,
    pub actions: Vec<SummaryAction>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SummaryTeam {
    pub name: String,
    /// Criterion codes, highest score first.
    pub strongest: Vec<String>,
    /// Criterion codes, lowest score first.
    pub weakest: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SummaryAction {
    pub title: String,
    /// `YYYY-MM-DD`
    pub due: String,
    pub status: Status,
    /// Due before the session date.
    pub late: bool,
    pub item: Option<String>,
    pub owner: Option<String>,
}

/// The summary of a report's teams, gaps and actions; `date` is the session date.
pub fn summary(
    teams: &[TeamReport],
    gaps: &[Gap],
    actions: &[ActionReport],
    date: Option<&str>,
) -> Summary {
    Summary {
        teams: teams
            .iter()
            .filter(|t| t.role == Role::Professionals)
            .map(team)
            .collect(),
        gaps: gaps.iter().take(GAPS).cloned().collect(),
        actions: due_soon(actions, date),
    }
}

fn team(t: &TeamReport) -> SummaryTeam {
    // Definition order is the order of `t.criteria`; a stable sort keeps it for ties.
    let mut scored: Vec<(&str, f64)> = t
        .criteria
        .iter()
        .filter_map(|c| c.score.map(|s| (c.code.as_str(), s)))
        .collect();
    let n = scored.len();
    let strong_n = n.div_ceil(2).min(PER_SIDE);
    let weak_n = (n - strong_n).min(PER_SIDE);
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let strongest: Vec<String> = scored[..strong_n]
        .iter()
        .map(|(c, _)| c.to_string())
        .collect();
    // Ascending with ties in definition order, leaving out what is already strongest.
    let mut by_rank: Vec<(usize, &str, f64)> = t
        .criteria
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.score.map(|s| (i, c.code.as_str(), s)))
        .collect();
    by_rank.sort_by(|a, b| a.2.total_cmp(&b.2).then(a.0.cmp(&b.0)));
    let weakest = by_rank
        .into_iter()
        .filter(|(_, c, _)| !strongest.iter().any(|s| s == c))
        .take(weak_n)
        .map(|(_, c, _)| c.to_string())
        .collect();
    SummaryTeam {
        name: t.name.clone(),
        strongest,
        weakest,
    }
}

fn due_soon(actions: &[ActionReport], date: Option<&str>) -> Vec<SummaryAction> {
    let Some(session) = date.and_then(day_number) else {
        return Vec::new();
    };
    actions
        .iter()
        .filter(|a| a.status != Status::Done)
        .filter_map(|a| {
            let due = a.due.as_deref()?;
            let day = day_number(due)?;
            (day <= session + SOON_DAYS).then(|| SummaryAction {
                title: a.title.clone(),
                due: due.to_string(),
                status: a.status,
                late: day < session,
                item: a.item.clone(),
                owner: a.owner.clone(),
            })
        })
        .collect()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian calendar);
/// `None` for anything else.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::report::TeamCriterion;

    fn team_with(role: Role, scores: &[Option<f64>]) -> TeamReport {
        TeamReport {
            name: "T".into(),
            kind: "primary".into(),
            type_label: "P".into(),
            role,
            date: None,
            participants: None,
            completeness: 1.0,
            answered: 0,
            total: 0,
            na: 0,
            scored: 0,
            items: Vec::new().into(),
            criteria: scores
                .iter()
                .enumerate()
                .map(|(i, &s)| TeamCriterion {
                    code: ((b'A' + i as u8) as char).to_string(),
                    score: s,
                    items: 1,
                    scored: usize::from(s.is_some()),
                    label: None,
                    answered: s.is_some(),
                })
                .collect(),
        }
    }

    fn codes(t: &SummaryTeam) -> (Vec<&str>, Vec<&str>) {
        (
            t.strongest.iter().map(String::as_str).collect(),
            t.weakest.iter().map(String::as_str).collect(),
        )
    }

    #[test]
    fn strongest_and_weakest_with_ties_in_definition_order() {
        let t = team(&team_with(
            Role::Professionals,
            &[Some(2.0), Some(3.0), None, Some(3.0), Some(1.5), Some(2.0)],
        ));
        // B and D tie at 3.0 → B first; E lowest; A and F tie at 2.0 → A first.
        assert_eq!(codes(&t), (vec!["B", "D"], vec!["E", "A"]));
    }

    #[test]
    fn fewer_than_four_scored_criteria_are_shared_without_repeats() {
        let three = team(&team_with(
            Role::Professionals,
            &[Some(1.0), Some(3.0), Some(2.0)],
        ));
        assert_eq!(codes(&three), (vec!["B", "C"], vec!["A"]));
        let two = team(&team_with(Role::Professionals, &[Some(2.0), Some(2.0)]));
        assert_eq!(codes(&two), (vec!["A"], vec!["B"]));
        let one = team(&team_with(Role::Professionals, &[None, Some(2.0)]));
        assert_eq!(codes(&one), (vec!["B"], vec![]));
        let none = team(&team_with(Role::Professionals, &[None]));
        assert_eq!(codes(&none), (vec![], vec![]));
    }

    #[test]
    fn only_professionals_teams_are_summarised() {
        let s = summary(
            &[
                team_with(Role::Parents, &[Some(1.0)]),
                team_with(Role::Professionals, &[Some(1.0)]),
                team_with(Role::Partners, &[Some(1.0)]),
            ],
            &[],
            &[],
            None,
        );
        assert_eq!(s.teams.len(), 1);
    }

    fn action(title: &str, due: Option<&str>, status: Status) -> ActionReport {
        ActionReport {
            title: title.into(),
            item: None,
            item_label: None,
            owner: None,
            due: due.map(str::to_string),
            status,
            notes: None,
        }
    }

    #[test]
    fn actions_late_or_due_within_ninety_days_of_the_session_date() {
        let actions = [
            action("late", Some("2026-11-19"), Status::Planned),
            action("same day", Some("2026-11-20"), Status::Doing),
            action("day 90", Some("2027-02-18"), Status::Planned),
            action("day 91", Some("2027-02-19"), Status::Planned),
            action("done late", Some("2026-01-01"), Status::Done),
            action("no date", None, Status::Planned),
        ];
        let s = summary(&[], &[], &actions, Some("2026-11-20"));
        let got: Vec<(&str, bool)> = s
            .actions
            .iter()
            .map(|a| (a.title.as_str(), a.late))
            .collect();
        assert_eq!(
            got,
            [("late", true), ("same day", false), ("day 90", false)]
        );
        assert!(summary(&[], &[], &actions, None).actions.is_empty());
    }

    #[test]
    fn day_numbers_count_leap_years() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(
            day_number("2024-03-01").zip(day_number("2024-02-28")),
            Some((19_783, 19_781))
        );
        assert_eq!(day_number("2026-13-01"), None);
        assert_eq!(day_number("soon"), None);
    }
}
