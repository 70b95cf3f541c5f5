//! The outputs of `scan compare`: JSON and CSV written directly (machines read them;
//! full precision), Markdown and HTML through the templates `compare.md.j2` and
//! `compare.html.j2` with a context in which every number, colour and chart coordinate
//! is already computed.

use anyhow::Result;
use serde::Serialize;

use crate::analyse::rows::{Made, Rows};

use super::chart::{self, BarGroup, Chart, DotRow};
use super::table::{self, Cell, CsvStyle, Sheet};
use super::{Lang, Renderer};
use crate::analyse::compare::{Comparison, GroupBy, ItemStats, Stats};

/// Above this many groups a bar chart of every group would be unreadable; the table
/// next to it still has every number.
pub const CHART_MAX_GROUPS: usize = 12;

/// What `compare.md.j2` and `compare.html.j2` get.
#[derive(Debug, Serialize)]
pub struct Context<'a> {
    pub lang: Lang,
    #[serde(flatten)]
    pub comparison: &'a Comparison,
    /// Whether `--examples` asked for the examples.
    pub show_examples: bool,
    /// Indexes into `items` in definition order (`items` itself is ordered by range).
    pub definition_order: Vec<usize>,
    /// The items that have a range (two groups or more with a mean), largest first,
    /// with the groups of the lowest and highest mean.
    pub differ: Vec<Differ>,
    /// Per item, per group: the background colour of its mean in the colour table
    /// (made when read).
    pub heat: Vec<Made<Option<&'static str>>>,
    /// The colour table's legend: (colour, from, to) on the scale.
    pub heat_legend: Vec<HeatStep>,
    /// Criterion means per group as bars; `None` with too many groups or nothing scored.
    pub criteria_chart: Option<Chart>,
    /// Per entry of `versus`: professionals (circle) and parents (square) per criterion.
    pub versus_charts: Vec<Chart>,
    /// Per group: its weakest items with their labels and means.
    pub weakest_items: Rows<Vec<Weak>>,
}

/// One of a group's weakest items.
#[derive(Debug, Serialize)]
pub struct Weak {
    pub code: String,
    pub label: String,
    pub mean: Option<f64>,
}

/// The weakest items of each group, with what people need to read them.
pub fn weak_items(c: &Comparison) -> Rows<Vec<Weak>> {
    c.weakest
        .iter()
        .enumerate()
        .map(|(g, codes)| {
            codes
                .iter()
                .filter_map(|code| {
                    let item = c.items.iter().find(|i| &i.code == code)?;
                    Some(Weak {
                        code: code.clone(),
                        label: item.label.clone(),
                        mean: item.stats.get(g)?.mean,
                    })
                })
                .collect()
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct Differ {
    pub code: String,
    pub label: String,
    pub range: f64,
    /// `None` when every group has the same mean.
    pub extremes: Option<Extremes>,
}

#[derive(Debug, Serialize)]
pub struct Extremes {
    pub low: String,
    pub low_mean: f64,
    pub high: String,
    pub high_mean: f64,
}

#[derive(Debug, Serialize)]
pub struct HeatStep {
    pub colour: &'static str,
    pub from: f64,
    pub to: f64,
}

/// Light tints from orange (low) through grey to blue (high): dark text keeps a
/// contrast above 7:1 on each, and the number is always written in the cell.
const HEAT: [&str; 5] = ["#f6c6a0", "#fbe4d2", "#eeeeee", "#d3e3f5", "#acc9ec"];

fn heat_step(mean: f64, min: f64, max: f64) -> usize {
    if max <= min {
        return 2;
    }
    let share = ((mean - min) / (max - min)).clamp(0.0, 1.0);
    ((share * HEAT.len() as f64).floor() as usize).min(HEAT.len() - 1)
}

/// The groups with the lowest and highest mean of an item; the first group in group
/// order wins a tie, so the output is stable. `None` when every group has the same mean.
fn extremes(c: &Comparison, item: &ItemStats) -> Option<Extremes> {
    let means: Vec<(usize, f64)> = item
        .stats
        .iter()
        .enumerate()
        .filter_map(|(g, s)| s.mean.map(|m| (g, m)))
        .collect();
    let low = means
        .iter()
        .copied()
        .reduce(|a, b| if b.1 < a.1 { b } else { a })?;
    let high = means
        .iter()
        .copied()
        .reduce(|a, b| if b.1 > a.1 { b } else { a })?;
    if low.1 == high.1 {
        return None;
    }
    Some(Extremes {
        low: c.groups.get(low.0)?.name.clone(),
        low_mean: low.1,
        high: c.groups.get(high.0)?.name.clone(),
        high_mean: high.1,
    })
}

impl<'a> Context<'a> {
    pub fn new(c: &'a Comparison, lang: Lang, show_examples: bool) -> Context<'a> {
        let (min, max) = (c.definition.scale_min as f64, c.definition.scale_max as f64);
        let mut definition_order: Vec<usize> = (0..c.items.len()).collect();
        definition_order.sort_by_key(|&i| c.items[i].position);
        let differ = c
            .items
            .iter()
            .filter_map(|item| {
                Some(Differ {
                    code: item.code.clone(),
                    label: item.label.clone(),
                    range: item.range?,
                    extremes: extremes(c, item),
                })
            })
            .collect();
        let heat = c
            .items
            .iter()
            .map(|item| {
                let stats = item.stats.clone();
                Made::new(stats.len(), move |g| {
                    let mean = stats.get(g).and_then(|s| s.mean);
                    mean.map(|m| HEAT[heat_step(m, min, max)])
                })
            })
            .collect();
        let width = (max - min) / HEAT.len() as f64;
        let heat_legend = HEAT
            .iter()
            .enumerate()
            .map(|(i, colour)| HeatStep {
                colour,
                from: min + width * i as f64,
                to: min + width * (i + 1) as f64,
            })
            .collect();
        // Roles are shown in the output's language, as the templates show them.
        let names: Vec<String> = c
            .groups
            .iter()
            .map(|g| match c.by {
                GroupBy::Role => super::words::word(&format!("role_{}", g.key), lang)
                    .map_or_else(|| g.name.clone(), str::to_string),
                _ => g.name.clone(),
            })
            .collect();
        let anything_scored = c
            .criteria
            .iter()
            .any(|k| k.stats.iter().any(|s| s.mean.is_some()));
        let criteria_chart =
            (!names.is_empty() && names.len() <= CHART_MAX_GROUPS && anything_scored).then(|| {
                let groups: Vec<BarGroup> = c
                    .criteria
                    .iter()
                    .map(|k| BarGroup {
                        label: format!("{} {}", k.code, k.title),
                        values: k.stats.iter().map(|s| s.mean).collect(),
                    })
                    .collect();
                chart::grouped_bars(&groups, &names, min, max)
            });
        let versus_charts = c
            .versus
            .iter()
            .map(|v| {
                let rows: Vec<DotRow> = v
                    .criteria
                    .iter()
                    .map(|g| DotRow {
                        label: format!("{} {}", g.code, g.label),
                        a: g.professionals,
                        b: g.parents,
                    })
                    .collect();
                let words = [
                    super::words::word("role_professionals", lang).unwrap_or("professionals"),
                    super::words::word("role_parents", lang).unwrap_or("parents"),
                ];
                chart::dots(&rows, words, min, max)
            })
            .collect();
        Context {
            lang,
            comparison: c,
            show_examples,
            definition_order,
            differ,
            heat,
            heat_legend,
            criteria_chart,
            versus_charts,
            weakest_items: weak_items(c),
        }
    }
}

/// Markdown through `compare.md.j2`.
pub fn markdown(r: &Renderer, c: &Comparison, lang: Lang, examples: bool) -> Result<String> {
    r.render("compare.md.j2", &Context::new(c, lang, examples))
}

/// [`markdown`] written to `out` as it is made.
pub fn markdown_to(
    r: &Renderer,
    c: &Comparison,
    lang: Lang,
    examples: bool,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    r.render_to("compare.md.j2", &Context::new(c, lang, examples), out)
}

/// HTML through `compare.html.j2`.
pub fn html(r: &Renderer, c: &Comparison, lang: Lang, examples: bool) -> Result<String> {
    r.render("compare.html.j2", &Context::new(c, lang, examples))
}

/// The SPEC's JSON shape (`definition`, `by`, `role`, `groups`, `items`, `criteria`),
/// with added keys after those: labels, ranges, what was left out, professionals
/// against parents, and the examples when asked for.
pub fn json(c: &Comparison) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    json_to(c, &mut out)?;
    Ok(out)
}

/// [`json`] written straight to `out`: the document is serialised as it goes, never
/// held in memory (with a group per team it is many times larger than the input).
pub fn json_to(c: &Comparison, out: &mut dyn std::io::Write) -> Result<()> {
    let doc = JsonDoc {
        definition: JsonDefinition::of(&c.definition),
        by: c.by,
        role: c.role,
        groups: Seq(|| c.groups.iter().map(|g| g.name.as_str())),
        items: Seq(|| {
            c.items.iter().map(|item| JsonItem {
                code: &item.code,
                criterion: &item.criterion,
                stats: MadePerGroup(c, &item.stats),
                total: &item.total,
                label: &item.label,
                range: item.range,
                examples: (!item.examples.is_empty()).then_some(MadePerGroup(c, &item.examples)),
            })
        }),
        criteria: Seq(|| {
            c.criteria.iter().map(|crit| JsonCriterion {
                code: &crit.code,
                stats: MadePerGroup(c, &crit.stats),
                total: &crit.total,
                title: &crit.title,
                range: crit.range,
            })
        }),
        weakest: PerGroup(c, &c.weakest),
        group_details: &c.groups,
        min_group: c.min_group,
        left_out: c.left_out,
        sessions: c.sessions,
        teams: c.teams,
        versus: Seq(|| {
            c.versus.iter().map(|v| JsonVersus {
                // Grouped by role, professionals and parents are set against each other
                // over all teams: no group.
                group: (c.by != GroupBy::Role).then_some(v.name.as_str()),
                kind: &v.kind,
                type_label: &v.type_label,
                compared_with: v.compared_with,
                professionals: v.professionals,
                parents: v.parents,
                criteria: &v.criteria,
                items: &v.items,
            })
        }),
        versus_left_out: c.versus_left_out,
    };
    // As an I/O error, so a reader that hangs up (`| head`) is still recognised.
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// The compare JSON document; fields in the order of the output.
#[derive(Serialize)]
struct JsonDoc<'a, G, I, C, V> {
    definition: JsonDefinition<'a>,
    by: GroupBy,
    role: crate::analyse::compare::RoleFilter,
    groups: G,
    items: I,
    criteria: C,
    weakest: PerGroup<'a, Vec<String>>,
    group_details: &'a [crate::analyse::compare::Group],
    min_group: u64,
    left_out: crate::analyse::compare::LeftOut,
    sessions: u64,
    teams: u64,
    versus: V,
    versus_left_out: usize,
}

/// The `definition` object of a comparison's JSON, with or without moments.
#[derive(Serialize)]
pub(super) struct JsonDefinition<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
    versions: &'a [String],
}

impl<'a> JsonDefinition<'a> {
    pub(super) fn of(d: &'a crate::analyse::compare::DefinitionInfo) -> Self {
        JsonDefinition {
            id: &d.id,
            version: &d.version,
            title: &d.title,
            versions: &d.versions,
        }
    }
}

#[derive(Serialize)]
struct JsonItem<'a> {
    code: &'a str,
    criterion: &'a str,
    stats: MadePerGroup<'a, Stats>,
    total: &'a Stats,
    label: &'a str,
    range: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    examples: Option<MadePerGroup<'a, Vec<crate::analyse::compare::ExampleCount>>>,
}

#[derive(Serialize)]
struct JsonCriterion<'a> {
    code: &'a str,
    stats: MadePerGroup<'a, Stats>,
    total: &'a Stats,
    title: &'a str,
    range: Option<f64>,
}

#[derive(Serialize)]
struct JsonVersus<'a> {
    group: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'a str,
    type_label: &'a str,
    compared_with: crate::analyse::report::ComparedWith,
    professionals: u64,
    parents: u64,
    criteria: &'a [crate::analyse::compare::Gap],
    items: &'a [crate::analyse::compare::Gap],
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

/// One value per group, keyed by the group's name, in group order (names are unique,
/// see `group_names`).
struct PerGroup<'a, T>(&'a Comparison, &'a [T]);

impl<T: Serialize> Serialize for PerGroup<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.groups.iter().map(|g| g.name.as_str()).zip(self.1))
    }
}

/// [`PerGroup`] of values made as they are written.
struct MadePerGroup<'a, T>(&'a Comparison, &'a Made<T>);

impl<T: Serialize> Serialize for MadePerGroup<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(
            self.0
                .groups
                .iter()
                .map(|g| g.name.as_str())
                .zip(self.1.iter()),
        )
    }
}

/// The columns of the statistics, after kind, code, label, criterion and group (and
/// moment, across moments), in the order of [`stat_cells`].
pub const STAT_COLUMNS: [&str; 12] = [
    "teams",
    "answered",
    "scored",
    "mean",
    "median",
    "min",
    "max",
    "sd",
    "completeness",
    "words",
    "examples",
    "voters",
];

/// The gap (professionals − parents) of an item or criterion in a group, when the group
/// has exactly one professionals-and-parents view (one parents' type); empty otherwise.
pub fn csv_gap(c: &Comparison, kind: &str, code: &str, group: &str) -> Option<f64> {
    if c.by == GroupBy::Role {
        return None;
    }
    let mut views = c.versus.iter().filter(|v| v.key == group);
    let v = views.next()?;
    if views.next().is_some() {
        return None;
    }
    let list = if kind == "item" {
        &v.items
    } else {
        &v.criteria
    };
    list.iter().find(|g| g.code == code).and_then(|g| g.gap)
}

/// The CSV header, in the order of the columns: the statistics, then the group's gap
/// between professionals and parents ([`csv_gap`]).
pub fn csv_header(moments: bool) -> Vec<String> {
    let mut h: Vec<String> = ["kind", "code", "label", "criterion", "group"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    if moments {
        h.push("moment".into());
    }
    h.extend(STAT_COLUMNS.iter().map(|s| s.to_string()));
    h.push("gap".into());
    h
}

/// A statistic's cells, in the order of [`STAT_COLUMNS`].
pub fn stat_cells(s: &Stats) -> impl Iterator<Item = Cell> {
    [
        Cell::Count(s.teams),
        Cell::Count(s.answered),
        Cell::Count(s.scored),
        Cell::Number(s.mean),
        Cell::Number(s.median),
        Cell::Number(s.min),
        Cell::Number(s.max),
        Cell::Number(s.sd),
        Cell::Number(s.completeness),
        Cell::Number(s.words),
        Cell::Number(s.examples),
        Cell::Count(s.voters),
    ]
    .into_iter()
}

/// What the word "Total" is in a comparison's language.
pub fn total_word(lang: Lang) -> String {
    super::words::word("cmp_total", lang)
        .unwrap_or("Total")
        .to_string()
}

/// One row per (kind, code, group), then the total of the groups shown, for items
/// (in the order of the other outputs: where groups differ most first) and then
/// criteria. `only`: just items or just criteria (the workbook's sheets).
fn stat_rows(c: &Comparison, lang: Lang, only: Option<&str>) -> Vec<Vec<Cell>> {
    let rows = c
        .items
        .iter()
        .map(|i| ("item", &i.code, &i.label, &i.criterion, &i.stats, &i.total))
        .chain(
            c.criteria
                .iter()
                .map(|k| ("criterion", &k.code, &k.title, &k.code, &k.stats, &k.total)),
        )
        .filter(|r| only.is_none_or(|o| o == r.0));
    let total = total_word(lang);
    let mut out = Vec::new();
    for (kind, code, label, criterion, stats, sum) in rows {
        let names = c
            .groups
            .iter()
            .map(|g| (g.name.as_str(), Some(g.key.as_str())));
        for ((name, key), s) in names
            .zip(stats.iter())
            .chain(std::iter::once(((total.as_str(), None), sum.clone())))
        {
            let mut row = vec![
                Cell::text(kind),
                Cell::text(code.as_str()),
                Cell::text(label.as_str()),
                Cell::text(criterion.as_str()),
                Cell::text(name),
            ];
            row.extend(stat_cells(&s));
            row.push(Cell::Number(key.and_then(|k| csv_gap(c, kind, code, k))));
            out.push(row);
        }
    }
    out
}

/// `--format csv`: one row per (item or criterion, group) with a header row, the
/// groups' total after each item's and criterion's groups.
pub fn csv(c: &Comparison, lang: Lang, style: CsvStyle) -> Result<Vec<u8>> {
    table::csv(
        &Sheet {
            name: String::new(),
            header: csv_header(false),
            rows: stat_rows(c, lang, None),
        },
        style,
    )
}

/// `--format xlsx`: sheets of criteria, items and groups.
pub fn xlsx(c: &Comparison, lang: Lang) -> Result<Vec<u8>> {
    let word = |k: &str| super::words::word(k, lang).unwrap_or("").to_string();
    let mut groups = Vec::new();
    for (g, weakest) in c.groups.iter().zip(&c.weakest) {
        let mut row = vec![
            Cell::text(g.name.as_str()),
            Cell::text(g.key.as_str()),
            Cell::Count(g.teams),
            Cell::text(g.types.join(", ")),
        ];
        for i in 0..crate::analyse::compare::WEAKEST {
            row.push(Cell::text(weakest.get(i).map_or("", String::as_str)));
        }
        groups.push(row);
    }
    groups.push(vec![
        Cell::text(total_word(lang)),
        Cell::text(""),
        Cell::Count(c.teams),
        Cell::text(""),
        Cell::text(""),
        Cell::text(""),
        Cell::text(""),
    ]);
    table::xlsx(&[
        Sheet {
            name: word("xlsx_criteria"),
            header: csv_header(false),
            rows: stat_rows(c, lang, Some("criterion")),
        },
        Sheet {
            name: word("xlsx_items"),
            header: csv_header(false),
            rows: stat_rows(c, lang, Some("item")),
        },
        Sheet {
            name: word("xlsx_groups"),
            header: [
                "group",
                "key",
                "teams",
                "types",
                "weakest_1",
                "weakest_2",
                "weakest_3",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            rows: groups,
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_steps_cover_the_scale() {
        assert_eq!(heat_step(1.0, 1.0, 4.0), 0);
        assert_eq!(heat_step(4.0, 1.0, 4.0), 4);
        assert_eq!(heat_step(2.5, 1.0, 4.0), 2);
        assert_eq!(heat_step(9.0, 1.0, 4.0), 4);
        assert_eq!(heat_step(3.0, 3.0, 3.0), 2);
    }
}
