//! The outputs of `scan compare --at`: JSON, CSV and the workbook written directly,
//! Markdown and HTML through `compare-moments.md.j2` / `compare-moments.html.j2` with a
//! context in which every number (and every change as people see it) is computed.

use anyhow::Result;
use serde::Serialize;

use super::chart::{self, BarGroup, Chart};
use super::compare::{CHART_MAX_GROUPS, JsonDefinition, csv_header, stat_cells, total_word};
use super::table::{self, Cell, CsvStyle, Sheet};
use super::{Lang, Renderer};
use crate::analyse::moments::{MomentRow, MomentsComparison};

/// A number as people see it: rounded to one decimal, half away from zero (as
/// [`super::numbers::number`] shows it).
fn shown(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The change between two shown values, so the change people read adds up.
fn shown_change(first: Option<f64>, last: Option<f64>) -> Option<f64> {
    Some(shown(last?) - shown(first?))
}

/// What `compare-moments.*.j2` get.
#[derive(Debug, Serialize)]
pub struct Context<'a> {
    pub lang: Lang,
    #[serde(flatten)]
    pub comparison: &'a MomentsComparison,
    /// The word for the total row.
    pub total: String,
    /// Per criterion, then per item: the means per group and moment, the changes as
    /// shown, and the total.
    pub criteria_view: Vec<RowView>,
    pub items_view: Vec<RowView>,
    /// Per criterion: bars of the means per group (and the total), one per moment.
    pub criterion_charts: Vec<Option<Chart>>,
    /// Per group: its weakest items at the last moment it is shown.
    pub weakest_items: Vec<Vec<Weak>>,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    pub code: String,
    pub label: String,
    pub criterion: String,
    /// `[group][moment]`.
    pub means: Vec<Vec<Option<f64>>>,
    pub changes: Vec<Option<f64>>,
    pub total_means: Vec<Option<f64>>,
    pub total_change: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct Weak {
    pub code: String,
    pub label: String,
}

fn view(r: &MomentRow) -> RowView {
    let means: Vec<Vec<Option<f64>>> = r
        .stats
        .iter()
        .map(|per| {
            per.iter()
                .map(|s| s.as_ref().and_then(|s| s.mean))
                .collect()
        })
        .collect();
    let ends = |v: &[Option<f64>]| shown_change(v.first().copied()?, v.last().copied()?);
    let total_means: Vec<Option<f64>> = r
        .total
        .iter()
        .map(|s| s.as_ref().and_then(|s| s.mean))
        .collect();
    RowView {
        code: r.code.clone(),
        label: r.label.clone(),
        criterion: r.criterion.clone(),
        changes: means.iter().map(|m| ends(m)).collect(),
        total_change: ends(&total_means),
        means,
        total_means,
    }
}

impl<'a> Context<'a> {
    pub fn new(c: &'a MomentsComparison, lang: Lang) -> Context<'a> {
        let (min, max) = (c.definition.scale_min as f64, c.definition.scale_max as f64);
        let total = total_word(lang);
        let criteria_view: Vec<RowView> = c.criteria.iter().map(view).collect();
        let items_view: Vec<RowView> = c.items.iter().map(view).collect();
        let series: Vec<String> = c.moments.iter().map(|m| m.rev.clone()).collect();
        let criterion_charts = criteria_view
            .iter()
            .map(|k| {
                let anything = k.means.iter().flatten().any(Option::is_some);
                (anything && c.groups.len() <= CHART_MAX_GROUPS).then(|| {
                    let mut bars: Vec<BarGroup> = c
                        .groups
                        .iter()
                        .zip(&k.means)
                        .map(|(g, m)| BarGroup {
                            label: g.name.clone(),
                            values: m.clone(),
                        })
                        .collect();
                    bars.push(BarGroup {
                        label: total.clone(),
                        values: k.total_means.clone(),
                    });
                    chart::grouped_bars(&bars, &series, min, max)
                })
            })
            .collect();
        let weakest_items = c
            .weakest
            .iter()
            .map(|codes| {
                codes
                    .iter()
                    .map(|code| Weak {
                        code: code.clone(),
                        label: c
                            .items
                            .iter()
                            .find(|i| &i.code == code)
                            .map_or_else(String::new, |i| i.label.clone()),
                    })
                    .collect()
            })
            .collect();
        Context {
            lang,
            comparison: c,
            total,
            criteria_view,
            items_view,
            criterion_charts,
            weakest_items,
        }
    }
}

pub fn markdown(r: &Renderer, c: &MomentsComparison, lang: Lang) -> Result<String> {
    r.render("compare-moments.md.j2", &Context::new(c, lang))
}

pub fn html(r: &Renderer, c: &MomentsComparison, lang: Lang) -> Result<String> {
    r.render("compare-moments.html.j2", &Context::new(c, lang))
}

/// The comparison's JSON with the SPEC's additions for moments: `moments`, `files`,
/// `stats: {GROUP: {MOMENT: STATS}}`, `total: {MOMENT: STATS}`, `change: {GROUP:
/// number|null}`, `weakest: {GROUP: [codes]}`. A group not shown at a moment has
/// `null` there.
pub fn json(c: &MomentsComparison) -> Result<Vec<u8>> {
    let doc = JsonDoc {
        definition: JsonDefinition::of(&c.definition),
        by: c.by,
        role: c.role,
        moments: Seq(|| c.moments.iter().map(|m| m.rev.as_str())),
        files: Obj(|| c.moments.iter().map(|m| (m.rev.as_str(), m.files))),
        groups: Seq(|| c.groups.iter().map(|g| g.name.as_str())),
        items: Seq(|| c.items.iter().map(|r| json_row(c, r, true))),
        criteria: Seq(|| c.criteria.iter().map(|r| json_row(c, r, false))),
        weakest: Obj(|| c.groups.iter().map(|g| g.name.as_str()).zip(&c.weakest)),
        group_details: &c.groups,
        min_group: c.min_group,
        teams: Obj(|| c.moments.iter().map(|m| (m.rev.as_str(), m.teams))),
        left_out: Obj(|| c.moments.iter().map(|m| (m.rev.as_str(), &m.left_out))),
    };
    let mut out = serde_json::to_vec_pretty(&doc)?;
    out.push(b'\n');
    Ok(out)
}

/// An item's row (`label`) or a criterion's (`title`).
fn json_row<'a>(
    c: &'a MomentsComparison,
    r: &'a MomentRow,
    is_item: bool,
) -> JsonRow<'a, impl Serialize + 'a, impl Serialize + 'a> {
    JsonRow {
        code: &r.code,
        criterion: &r.criterion,
        stats: Obj(move || {
            c.groups
                .iter()
                .map(|g| g.name.as_str())
                .zip(r.stats.iter().map(move |s| PerMoment(c, s)))
        }),
        total: PerMoment(c, &r.total),
        change: Obj(move || c.groups.iter().map(|g| g.name.as_str()).zip(&r.change)),
        total_change: r.total_change,
        label: is_item.then_some(r.label.as_str()),
        title: (!is_item).then_some(r.label.as_str()),
    }
}

/// The JSON document across moments; fields in the order of the output.
#[derive(Serialize)]
struct JsonDoc<'a, Mo, F, G, I, C, W, T, L> {
    definition: JsonDefinition<'a>,
    by: crate::analyse::compare::GroupBy,
    role: crate::analyse::compare::RoleFilter,
    moments: Mo,
    files: F,
    groups: G,
    items: I,
    criteria: C,
    weakest: W,
    group_details: &'a [crate::analyse::moments::MomentGroup],
    min_group: u64,
    teams: T,
    left_out: L,
}

/// An item (with its `label`) or a criterion (with its `title`).
#[derive(Serialize)]
struct JsonRow<'a, S, Ch> {
    code: &'a str,
    criterion: &'a str,
    stats: S,
    total: PerMoment<'a>,
    change: Ch,
    total_change: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
}

/// A list made while it is written.
struct Seq<F>(F);

impl<F, T, X> Serialize for Seq<F>
where
    F: Fn() -> T,
    T: Iterator<Item = X>,
    X: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// An object made while it is written, from (key, value) pairs in order.
struct Obj<F>(F);

impl<F, T, K, V> Serialize for Obj<F>
where
    F: Fn() -> T,
    T: Iterator<Item = (K, V)>,
    K: Serialize,
    V: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map((self.0)())
    }
}

/// One value per moment, keyed by the moment's revision; `null` where a group is
/// not shown at a moment.
struct PerMoment<'a>(
    &'a MomentsComparison,
    &'a [Option<crate::analyse::compare::Stats>],
);

impl Serialize for PerMoment<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.moments.iter().map(|m| m.rev.as_str()).zip(self.1))
    }
}

/// One row per (kind, code, group, moment) where the group is shown, then the total
/// per moment; items then criteria, in definition order.
fn stat_rows(c: &MomentsComparison, lang: Lang, only: Option<&str>) -> Vec<Vec<Cell>> {
    let total = total_word(lang);
    let kinds = [("item", &c.items), ("criterion", &c.criteria)];
    let mut out = Vec::new();
    for (kind, rows) in kinds {
        if only.is_some_and(|o| o != kind) {
            continue;
        }
        for r in rows.iter() {
            let head = |group: &str, moment: &str| {
                vec![
                    Cell::text(kind),
                    Cell::text(r.code.as_str()),
                    Cell::text(r.label.as_str()),
                    Cell::text(r.criterion.as_str()),
                    Cell::text(group),
                    Cell::text(moment),
                ]
            };
            for (gi, g) in c.groups.iter().enumerate() {
                for (mi, m) in c.moments.iter().enumerate() {
                    let Some(s) = r.stats[gi][mi].as_ref() else {
                        continue;
                    };
                    let mut row = head(&g.name, &m.rev);
                    row.extend(stat_cells(s));
                    row.push(Cell::Number(r.gap[gi][mi]));
                    out.push(row);
                }
            }
            for (mi, m) in c.moments.iter().enumerate() {
                let Some(s) = r.total[mi].as_ref() else {
                    continue;
                };
                let mut row = head(&total, &m.rev);
                row.extend(stat_cells(s));
                row.push(Cell::Number(None));
                out.push(row);
            }
        }
    }
    out
}

pub fn csv(c: &MomentsComparison, lang: Lang, style: CsvStyle) -> Result<Vec<u8>> {
    table::csv(
        &Sheet {
            name: String::new(),
            header: csv_header(true),
            rows: stat_rows(c, lang, None),
        },
        style,
    )
}

/// Sheets of criteria, items, groups and changes (exact: last mean minus first).
pub fn xlsx(c: &MomentsComparison, lang: Lang) -> Result<Vec<u8>> {
    let word = |k: &str| super::words::word(k, lang).unwrap_or("").to_string();
    let total = total_word(lang);
    let (first, last) = (
        c.moments.first().map_or("", |m| m.rev.as_str()),
        c.moments.last().map_or("", |m| m.rev.as_str()),
    );
    let mut changes = Vec::new();
    for (kind, rows) in [("item", &c.items), ("criterion", &c.criteria)] {
        for r in rows.iter() {
            let mean = |s: Option<&crate::analyse::compare::Stats>| s.and_then(|s| s.mean);
            let lines = c
                .groups
                .iter()
                .enumerate()
                .map(|(gi, g)| {
                    (
                        g.name.as_str(),
                        mean(r.stats[gi].first().and_then(Option::as_ref)),
                        mean(r.stats[gi].last().and_then(Option::as_ref)),
                        r.change[gi],
                    )
                })
                .chain(std::iter::once((
                    total.as_str(),
                    mean(r.total.first().and_then(Option::as_ref)),
                    mean(r.total.last().and_then(Option::as_ref)),
                    r.total_change,
                )));
            for (group, a, b, change) in lines {
                changes.push(vec![
                    Cell::text(kind),
                    Cell::text(r.code.as_str()),
                    Cell::text(r.label.as_str()),
                    Cell::text(group),
                    Cell::Number(a),
                    Cell::Number(b),
                    Cell::Number(change),
                ]);
            }
        }
    }
    let mut groups = Vec::new();
    for (g, weakest) in c.groups.iter().zip(&c.weakest) {
        let mut row = vec![
            Cell::text(g.name.as_str()),
            Cell::text(g.key.as_str()),
            Cell::text(g.types.join(", ")),
        ];
        for t in &g.teams {
            row.push(t.map_or(Cell::text(""), Cell::Count));
        }
        for i in 0..crate::analyse::compare::WEAKEST {
            row.push(Cell::text(weakest.get(i).map_or("", String::as_str)));
        }
        groups.push(row);
    }
    let mut group_header: Vec<String> = ["group", "key", "types"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    group_header.extend(c.moments.iter().map(|m| format!("teams {}", m.rev)));
    group_header.extend(["weakest_1", "weakest_2", "weakest_3"].map(String::from));
    table::xlsx(&[
        Sheet {
            name: word("xlsx_criteria"),
            header: csv_header(true),
            rows: stat_rows(c, lang, Some("criterion")),
        },
        Sheet {
            name: word("xlsx_items"),
            header: csv_header(true),
            rows: stat_rows(c, lang, Some("item")),
        },
        Sheet {
            name: word("xlsx_groups"),
            header: group_header,
            rows: groups,
        },
        Sheet {
            name: word("xlsx_changes"),
            header: vec![
                "kind".into(),
                "code".into(),
                "label".into(),
                "group".into(),
                format!("mean {first}"),
                format!("mean {last}"),
                "change".into(),
            ],
            rows: changes,
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_add_up_as_shown() {
        // 2.84 and 3.16 are shown as 2.8 and 3.2: the change shown is +0.4.
        let c = shown_change(Some(2.84), Some(3.16)).unwrap();
        assert_eq!(super::super::numbers::signed(c, 1, Lang::En), "+0.4");
        assert_eq!(shown_change(None, Some(1.0)), None);
    }
}
