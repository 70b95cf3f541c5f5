//! What the report templates receive: the analysis ([`crate::analyse::report`]) plus the
//! chart models and the language. Built here so templates only format.

use serde::Serialize;

use super::chart::{self, Chart};
use super::{Lang, numbers, words};
use crate::analyse::parents::ParentsReport;
use crate::analyse::report::{ComparedWith, Gap, Index, Report};
use crate::analyse::summary::GAPS;
use crate::analyse::summary::SOON_DAYS;
use crate::i18n::Arg;

/// The context of `report.md.j2`, `report.html.j2`.
#[derive(Debug, Serialize)]
pub struct ReportContext<'a> {
    pub lang: Lang,
    pub report: &'a Report,
    pub charts: ReportCharts,
    /// The summary as sentences for people (the data is `report.summary`).
    pub summary: SummaryView,
    /// When the report was made, only with `--stamp` (else output is byte-identical).
    pub stamp: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ReportCharts {
    /// Criterion scores per team.
    pub criteria: Chart,
    /// Professionals against parents per item, in the order of the gaps; none without gaps.
    pub gaps: Option<Chart>,
}

/// The summary in plain sentences, in the context's language. User text in them is
/// not escaped: templates escape a whole sentence (`md_inline`, HTML autoescape).
#[derive(Debug, Serialize)]
pub struct SummaryView {
    /// One sentence per professionals' team: its strongest and weakest criteria.
    pub teams: Vec<String>,
    /// One sentence per gap of the summary ("Parents rate … lower than the team: …").
    pub gaps: Vec<String>,
    /// The actions of the summary, in plan order.
    pub actions: Vec<SummaryActionView>,
    /// Whether the session has a date (without one, no action can be due soon).
    pub dated: bool,
    /// The window for actions, in days after the session date.
    pub days: i64,
}

#[derive(Debug, Serialize)]
pub struct SummaryActionView {
    pub title: String,
    pub item: Option<String>,
    pub owner: Option<String>,
    pub due: String,
    pub late: bool,
}

/// The context of `parents.md.j2`, `parents.html.j2`.
#[derive(Debug, Serialize)]
pub struct ParentsContext<'a> {
    pub lang: Lang,
    pub report: &'a ParentsReport,
    /// The largest gaps as plain sentences ("Parents rate … lower than the team").
    pub short: Vec<String>,
    /// How many organisation types the parents' groups have (with more than one, the
    /// gaps name the type).
    pub parent_types: usize,
    /// Per criterion code, the items no parents' group answered, as `A1, A2`.
    pub unanswered: std::collections::BTreeMap<String, String>,
    /// When the report was made, only with `--stamp`.
    pub stamp: Option<String>,
}

pub fn parents_context(report: &ParentsReport, lang: Lang) -> ParentsContext<'_> {
    let mut kinds: Vec<&str> = report
        .parent_teams
        .iter()
        .map(|t| t.kind.as_str())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let parent_types = kinds.len();
    let short = report
        .gaps
        .iter()
        .take(GAPS)
        .map(|g| gap_sentence(g, parent_types, lang))
        .collect();
    let unanswered = report
        .criteria
        .iter()
        .map(|c| {
            let codes: Vec<&str> = c
                .items
                .iter()
                .filter(|i| !i.answered)
                .map(|i| i.code.as_str())
                .collect();
            (c.code.clone(), codes.join(", "))
        })
        .collect();
    ParentsContext {
        lang,
        report,
        short,
        parent_types,
        unanswered,
        stamp: None,
    }
}

/// The context of `index.md.j2`, `index.html.j2`.
#[derive(Debug, Serialize)]
pub struct IndexContext<'a> {
    pub lang: Lang,
    pub index: &'a Index,
}

fn word(key: &str, lang: Lang) -> &'static str {
    words::word(key, lang).unwrap_or("")
}

pub fn report_context(report: &Report, lang: Lang) -> ReportContext<'_> {
    let (min, max) = (report.scale.min as f64, report.scale.max as f64);
    let series: Vec<String> = report.teams.iter().map(|t| t.name.clone()).collect();
    let groups: Vec<chart::BarGroup> = report
        .criteria
        .iter()
        .map(|c| chart::BarGroup {
            label: format!("{} {}", c.code, c.title),
            values: c.scores.iter().map(|s| s.score).collect(),
        })
        .collect();
    let criteria = chart::grouped_bars(&groups, &series, min, max);
    let gaps = if report.gaps.is_empty() {
        None
    } else {
        let rows: Vec<chart::DotRow> = report
            .gaps
            .iter()
            .map(|g| chart::DotRow {
                label: format!("{} {}", g.code, g.label),
                a: Some(g.professionals),
                b: Some(g.parents),
            })
            .collect();
        Some(chart::dots(
            &rows,
            [
                word("chart_professionals", lang),
                word("chart_parents", lang),
            ],
            min,
            max,
        ))
    };
    ReportContext {
        lang,
        report,
        charts: ReportCharts { criteria, gaps },
        summary: summary_view(report, lang),
        stamp: None,
    }
}

/// `A`, `A and B`, `A, B and C`.
fn and_list(parts: &[String], lang: Lang) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), word("and", lang)),
    }
}

/// The words for `key` with `args`; a missing variable is a bug of `scan` (it fails
/// the tests), never half a sentence in a release build.
fn fill(key: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> String {
    words::fill(key, lang, args).unwrap_or_else(|e| {
        debug_assert!(false, "{e}");
        String::new()
    })
}

/// How a gap reads, judged on the shown (rounded) values so the words never
/// contradict the numbers beside them. With parents of several types, the sentence
/// names the type; a comparison with all professionals' teams says so.
pub fn gap_sentence(g: &Gap, parent_types: usize, lang: Lang) -> String {
    let pros = numbers::number(g.professionals, 1, lang);
    let par = numbers::number(g.parents, 1, lang);
    let who = match g.compared_with {
        ComparedWith::All => word("sum_who_all", lang).to_string(),
        ComparedWith::Type => fill(
            "sum_who_teams",
            lang,
            &[("n", Arg::from(g.professional_teams))],
        ),
    };
    let parents = if parent_types > 1 {
        fill(
            "sum_parents_of",
            lang,
            &[("type", Arg::from(g.type_label.as_str()))],
        )
    } else {
        word("sum_parents", lang).to_string()
    };
    // One decimal, as `numbers::number` shows them.
    let shown = |x: f64| (x * 10.0).round();
    let key = match shown(g.parents).total_cmp(&shown(g.professionals)) {
        std::cmp::Ordering::Less => "sum_gap_lower",
        std::cmp::Ordering::Greater => "sum_gap_higher",
        std::cmp::Ordering::Equal => "sum_gap_same",
    };
    let what = match lang {
        Lang::Nl => format!("„{}”", g.label),
        Lang::En => format!("“{}”", g.label),
    };
    fill(
        key,
        lang,
        &[
            ("who_parents", Arg::from(parents)),
            ("what", Arg::from(what)),
            ("code", Arg::from(g.code.as_str())),
            ("who", Arg::from(who)),
            ("parents", Arg::from(par)),
            ("pros", Arg::from(pros)),
        ],
    )
}

fn summary_view(report: &Report, lang: Lang) -> SummaryView {
    // The first team of each name, found without a search through every team.
    let mut by_name: std::collections::HashMap<&str, &crate::analyse::report::TeamReport> =
        std::collections::HashMap::new();
    for t in &report.teams {
        by_name.entry(t.name.as_str()).or_insert(t);
    }
    let named = |team: &str, codes: &[String]| -> Vec<String> {
        let t = by_name.get(team).copied();
        codes
            .iter()
            .map(|code| {
                let title = report
                    .criteria
                    .iter()
                    .find(|c| &c.code == code)
                    .map(|c| c.title.as_str())
                    .unwrap_or("");
                let tc = t.and_then(|t| t.criteria.iter().find(|c| &c.code == code));
                let mut score = tc
                    .and_then(|c| c.score)
                    .map(|s| numbers::number(s, 1, lang))
                    .unwrap_or_else(|| numbers::MISSING.to_string());
                if let Some(c) = tc.filter(|c| c.score.is_some() && c.scored < c.items) {
                    score.push_str(" · ");
                    score.push_str(&fill(
                        "coverage",
                        lang,
                        &[("n", Arg::from(c.scored)), ("total", Arg::from(c.items))],
                    ));
                }
                format!("{code} {title} ({score})")
            })
            .collect()
    };
    let teams = report
        .summary
        .teams
        .iter()
        .map(|t| {
            let strong = named(&t.name, &t.strongest);
            let weak = named(&t.name, &t.weakest);
            let key = match (strong.is_empty(), weak.is_empty()) {
                (true, _) => "sum_team_none",
                (false, true) => "sum_team_strong_only",
                (false, false) => "sum_team",
            };
            fill(
                key,
                lang,
                &[
                    ("team", Arg::from(t.name.as_str())),
                    ("strong", Arg::from(and_list(&strong, lang))),
                    ("weak", Arg::from(and_list(&weak, lang))),
                ],
            )
        })
        .collect();
    let gaps = report
        .summary
        .gaps
        .iter()
        .map(|g| gap_sentence(g, report.parent_types, lang))
        .collect();
    let actions = report
        .summary
        .actions
        .iter()
        .map(|a| SummaryActionView {
            title: a.title.clone(),
            item: a.item.clone(),
            owner: a.owner.clone(),
            due: a.due.clone(),
            late: a.late,
        })
        .collect();
    SummaryView {
        teams,
        gaps,
        actions,
        dated: report.session.date.is_some(),
        days: SOON_DAYS,
    }
}

pub fn index_context(index: &Index, lang: Lang) -> IndexContext<'_> {
    IndexContext { lang, index }
}
