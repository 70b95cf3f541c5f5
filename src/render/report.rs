//! What the report templates receive: the analysis ([`crate::analyse::report`]) plus the
//! chart models and the language. Built here so templates only format.

use serde::Serialize;

use super::chart::{self, Chart};
use super::{Lang, words};
use crate::analyse::report::{Index, Report};

/// The context of `report.md.j2`, `report.html.j2`.
#[derive(Debug, Serialize)]
pub struct ReportContext<'a> {
    pub lang: Lang,
    pub report: &'a Report,
    pub charts: ReportCharts,
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
        stamp: None,
    }
}

pub fn index_context(index: &Index, lang: Lang) -> IndexContext<'_> {
    IndexContext { lang, index }
}
