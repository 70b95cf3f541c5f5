//! Chart models: every coordinate of a chart computed here, drawn by the `chart` macro
//! in `templates/_charts.html.j2` as inline SVG (by `to_svg` of [`super::svg`] in
//! the built-in report, the same bytes). No JavaScript, no fonts, no network.
//!
//! A chart never relies on colour alone: every bar carries its label and its number,
//! and the two series of a dot chart differ in shape (circle, square) as well. The
//! numbers are also in a table next to every chart (the template's job).
//! Coordinates are rounded to 0.1 px so the SVG is small and output is stable.

use serde::Serialize;

use crate::analyse::rows::Rows;

/// Width of every chart's coordinate system; the SVG scales to the page.
pub const WIDTH: f64 = 720.0;
/// Where the plot starts (room for labels on the left).
const LEFT: f64 = 230.0;
/// Room for numbers to the right of the plot.
const RIGHT: f64 = 70.0;
const TOP: f64 = 28.0;
const BAR: f64 = 14.0;
const BAR_GAP: f64 = 4.0;
const GROUP_HEAD: f64 = 20.0;
const GROUP_GAP: f64 = 10.0;
const ROW: f64 = 24.0;
/// Characters of a label shown in a chart; the table beside it has the whole text.
const LABEL_CHARS: usize = 28;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    /// Gridlines with a label (the scale's values).
    pub ticks: Rows<Tick>,
    /// Text on the left: group headings (`strong`) and row labels.
    pub labels: Rows<Label>,
    pub bars: Rows<Bar>,
    pub points: Rows<Point>,
    pub segments: Rows<Segment>,
    /// Numbers written next to the marks (`value: None` prints "no score").
    pub values: Rows<ValueText>,
    pub legend: Rows<Legend>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tick {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
    pub label: String,
    pub label_x: f64,
    pub label_y: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub strong: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Index into the series (colour class `s0`, `s1`, …; cycles in CSS).
    pub series: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub series: usize,
    /// `circle` or `square`.
    pub shape: &'static str,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Segment {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ValueText {
    pub x: f64,
    pub y: f64,
    pub value: Option<f64>,
    /// Text before the number (e.g. the series' mark in a dot chart).
    pub prefix: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Legend {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub series: usize,
    pub shape: &'static str,
}

/// One group of bars (e.g. a criterion), one value per series (e.g. per team).
#[derive(Debug, Clone)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

/// One row of a dot chart: two values on one line (e.g. professionals and parents).
#[derive(Debug, Clone)]
pub struct DotRow {
    pub label: String,
    pub a: Option<f64>,
    pub b: Option<f64>,
}

fn r(x: f64) -> f64 {
    let v = (x * 10.0).round() / 10.0;
    if v == 0.0 { 0.0 } else { v }
}

/// Text cut to `max` characters, with "…" when cut.
fn cut(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let kept: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// A label cut to fit the chart; the table next to the chart has the whole text.
pub fn short(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= LABEL_CHARS {
        flat
    } else {
        let cut: String = flat.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Maps a score on `min..=max` onto the plot's x range.
struct XScale {
    min: f64,
    max: f64,
    left: f64,
    width: f64,
}

impl XScale {
    fn new(min: f64, max: f64) -> XScale {
        let (min, max) = if max > min {
            (min, max)
        } else {
            (min, min + 1.0)
        };
        XScale {
            min,
            max,
            left: LEFT,
            width: WIDTH - LEFT - RIGHT,
        }
    }
    fn x(&self, v: f64) -> f64 {
        let v = v.clamp(self.min, self.max);
        self.left + (v - self.min) / (self.max - self.min) * self.width
    }
    /// Gridlines at whole numbers (at most ~10 of them).
    fn ticks(&self, top: f64, bottom: f64) -> Vec<Tick> {
        let span = self.max - self.min;
        let step = (span / 10.0).ceil().max(1.0);
        let mut out = Vec::new();
        let mut v = self.min.ceil();
        while v <= self.max + 1e-9 {
            let x = r(self.x(v));
            out.push(Tick {
                x1: x,
                y1: r(top),
                x2: x,
                y2: r(bottom),
                label: format!("{v}"),
                label_x: x,
                label_y: r(top - 8.0),
            });
            v += step;
        }
        out
    }
}

/// The width of the bar of a score at the scale's minimum (a stub).
const MIN_BAR: f64 = 6.0;

/// Horizontal bars in groups: per group a heading, then one labelled bar per series,
/// each with its number. Bars start at the scale's minimum.
pub fn grouped_bars(groups: &[BarGroup], series: &[String], min: f64, max: f64) -> Chart {
    let xs = XScale::new(min, max);
    let mut labels = Vec::new();
    let mut bars = Vec::new();
    let mut values = Vec::new();
    let mut y = TOP + 4.0;
    for g in groups {
        labels.push(Label {
            x: 0.0,
            y: r(y + 14.0),
            text: short(&g.label),
            strong: true,
        });
        y += GROUP_HEAD;
        for (i, v) in g.values.iter().enumerate() {
            let name = series.get(i).map_or(String::new(), |s| short(s));
            labels.push(Label {
                x: 12.0,
                y: r(y + BAR - 3.0),
                text: name,
                strong: false,
            });
            let end = v.map_or(xs.left, |v| xs.x(v));
            if v.is_some() {
                bars.push(Bar {
                    x: r(xs.left),
                    y: r(y),
                    // A score at the scale's minimum still shows a stub, so that every
                    // score has a bar and "no score" (no bar) stays distinct.
                    width: r((end - xs.left).max(MIN_BAR)),
                    height: BAR,
                    series: i,
                });
            }
            values.push(ValueText {
                x: r(end.max(xs.left + MIN_BAR) + 6.0),
                y: r(y + BAR - 3.0),
                value: *v,
                prefix: String::new(),
            });
            y += BAR + BAR_GAP;
        }
        y += GROUP_GAP;
    }
    let bottom = y;
    let height = bottom + 8.0;
    Chart {
        width: WIDTH,
        height: r(height),
        plot: Rect {
            x: r(xs.left),
            y: TOP,
            width: r(xs.width),
            height: r(bottom - TOP),
        },
        ticks: xs.ticks(TOP, bottom).into(),
        labels: labels.into(),
        bars: bars.into(),
        points: Rows::default(),
        segments: Rows::default(),
        values: values.into(),
        legend: Rows::default(),
    }
}

/// Two values per row on one line: a circle for `a`, a square for `b`, a line between
/// them, and both numbers at the right (`○ 3.0  □ 2.0` style prefixes from the caller).
pub fn dots(rows: &[DotRow], names: [&str; 2], min: f64, max: f64) -> Chart {
    let xs = XScale::new(min, max);
    let legend_y = 14.0;
    let legend = vec![
        Legend {
            x: r(xs.left),
            y: legend_y,
            text: short(names[0]),
            series: 0,
            shape: "circle",
        },
        Legend {
            x: r(xs.left + xs.width / 2.0),
            y: legend_y,
            text: short(names[1]),
            series: 1,
            shape: "square",
        },
    ];
    let top = TOP + 16.0;
    let mut labels = Vec::new();
    let mut points = Vec::new();
    let mut segments = Vec::new();
    let mut values = Vec::new();
    let mut y = top + 4.0;
    for row in rows {
        let cy = y + ROW / 2.0;
        labels.push(Label {
            x: 0.0,
            y: r(cy + 4.0),
            text: short(&row.label),
            strong: false,
        });
        if let (Some(a), Some(b)) = (row.a, row.b) {
            segments.push(Segment {
                x1: r(xs.x(a)),
                y1: r(cy),
                x2: r(xs.x(b)),
                y2: r(cy),
            });
        }
        for (series, v, shape) in [(0, row.a, "circle"), (1, row.b, "square")] {
            if let Some(v) = v {
                points.push(Point {
                    x: r(xs.x(v)),
                    y: r(cy),
                    series,
                    shape,
                });
            }
        }
        values.push(ValueText {
            x: r(xs.left + xs.width + 10.0),
            y: r(cy - 2.0),
            value: row.a,
            prefix: "○ ".to_string(),
        });
        values.push(ValueText {
            x: r(xs.left + xs.width + 10.0),
            y: r(cy + 11.0),
            value: row.b,
            prefix: "□ ".to_string(),
        });
        y += ROW + 6.0;
    }
    let bottom = y;
    Chart {
        width: WIDTH,
        height: r(bottom + 8.0),
        plot: Rect {
            x: r(xs.left),
            y: r(top),
            width: r(xs.width),
            height: r(bottom - top),
        },
        ticks: xs.ticks(top, bottom).into(),
        labels: labels.into(),
        bars: Rows::default(),
        points: points.into(),
        segments: segments.into(),
        values: values.into(),
        legend: legend.into(),
    }
}

/// A trend: one line per series over ordered moments (e.g. a team's score per
/// version). Moments are evenly spaced; a missing value breaks the line. Series
/// differ in colour, marker shape and dash pattern, so colour is never the only cue.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Trend {
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    /// Horizontal gridlines at the scale's values, labelled on the left.
    pub ticks: Vec<Tick>,
    /// The moments' labels under the plot, drawn slanted around (x, y).
    pub moments: Vec<Label>,
    pub lines: Vec<TrendLine>,
    pub points: Vec<Point>,
    pub legend: Vec<Legend>,
}

/// One unbroken stretch of a series' line.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TrendLine {
    pub series: usize,
    /// SVG `points`: `x,y x,y …`.
    pub points: String,
    /// SVG `stroke-dasharray`, empty for a solid line.
    pub dash: &'static str,
}

/// One series of a trend: its name and a value per moment.
#[derive(Debug, Clone)]
pub struct TrendSeries {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

const TREND_SHAPES: [&str; 4] = ["circle", "square", "diamond", "triangle"];
const TREND_DASHES: [&str; 3] = ["", "7 4", "2 3"];
const TREND_LEFT: f64 = 40.0;
const TREND_RIGHT: f64 = 24.0;
/// Room inside the plot before the first moment, for its slanted label.
const TREND_FIRST: f64 = 60.0;
/// Characters of a moment's label (a tag, a date).
const MOMENT_CHARS: usize = 18;
const TREND_PLOT_HEIGHT: f64 = 170.0;
/// Room under the plot for slanted moment labels.
const TREND_BOTTOM: f64 = 92.0;

/// The trend chart of `series` over `moments` on the scale `min..=max`.
pub fn trend(moments: &[String], series: &[TrendSeries], min: f64, max: f64) -> Trend {
    let (min, max) = if max > min {
        (min, max)
    } else {
        (min, min + 1.0)
    };
    // The legend flows over as many rows as it needs.
    let mut legend = Vec::new();
    let (mut lx, mut ly) = (TREND_LEFT, 16.0);
    for (i, s) in series.iter().enumerate() {
        let text = short(&s.name);
        let w = 16.0 + text.chars().count() as f64 * 7.0 + 18.0;
        if lx + w > WIDTH && lx > TREND_LEFT {
            lx = TREND_LEFT;
            ly += 18.0;
        }
        legend.push(Legend {
            x: r(lx),
            y: r(ly),
            text,
            series: i,
            shape: TREND_SHAPES[i % TREND_SHAPES.len()],
        });
        lx += w;
    }
    let top = ly + 20.0;
    let bottom = top + TREND_PLOT_HEIGHT;
    let left = TREND_LEFT;
    let width = WIDTH - TREND_LEFT - TREND_RIGHT;
    let y_of = |v: f64| bottom - (v.clamp(min, max) - min) / (max - min) * TREND_PLOT_HEIGHT;
    let x_of = |i: usize| {
        if moments.len() <= 1 {
            left + width / 2.0
        } else {
            left + TREND_FIRST
                + i as f64 * (width - TREND_FIRST - 12.0) / (moments.len() - 1) as f64
        }
    };
    let step = ((max - min) / 10.0).ceil().max(1.0);
    let mut ticks = Vec::new();
    let mut v = min.ceil();
    while v <= max + 1e-9 {
        let y = r(y_of(v));
        ticks.push(Tick {
            x1: r(left),
            y1: y,
            x2: r(left + width),
            y2: y,
            label: format!("{v}"),
            label_x: r(left - 8.0),
            label_y: r(y + 4.0),
        });
        v += step;
    }
    let labels = moments
        .iter()
        .enumerate()
        .map(|(i, m)| Label {
            x: r(x_of(i)),
            y: r(bottom + 16.0),
            text: cut(m, MOMENT_CHARS),
            strong: false,
        })
        .collect();
    let mut lines = Vec::new();
    let mut points = Vec::new();
    for (si, s) in series.iter().enumerate() {
        let mut run: Vec<String> = Vec::new();
        let mut flush = |run: &mut Vec<String>| {
            if run.len() > 1 {
                lines.push(TrendLine {
                    series: si,
                    points: run.join(" "),
                    dash: TREND_DASHES[si % TREND_DASHES.len()],
                });
            }
            run.clear();
        };
        for (i, v) in s.values.iter().enumerate().take(moments.len()) {
            match v {
                Some(v) if v.is_finite() => {
                    let (x, y) = (r(x_of(i)), r(y_of(*v)));
                    run.push(format!("{x},{y}"));
                    points.push(Point {
                        x,
                        y,
                        series: si,
                        shape: TREND_SHAPES[si % TREND_SHAPES.len()],
                    });
                }
                _ => flush(&mut run),
            }
        }
        flush(&mut run);
    }
    Trend {
        width: WIDTH,
        height: r(bottom + TREND_BOTTOM),
        plot: Rect {
            x: r(left),
            y: r(top),
            width: r(width),
            height: TREND_PLOT_HEIGHT,
        },
        ticks,
        moments: labels,
        lines,
        points,
        legend,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_from_min_to_max() {
        let c = grouped_bars(
            &[BarGroup {
                label: "A".into(),
                values: vec![Some(4.0), Some(1.0), None],
            }],
            &["x".into(), "y".into(), "z".into()],
            1.0,
            4.0,
        );
        assert_eq!(c.bars.len(), 2, "no bar for a missing score");
        assert_eq!(c.bars[0].width, WIDTH - LEFT - RIGHT);
        assert_eq!(
            c.bars[1].width, MIN_BAR,
            "a score at the minimum has a stub"
        );
        assert_eq!(
            c.values.len(),
            3,
            "every series gets its number, or 'no score'"
        );
        assert_eq!(c.ticks.len(), 4);
        assert_eq!(c.ticks[0].label, "1");
        assert_eq!(c.labels.len(), 4);
        assert!(c.height > c.plot.y + c.plot.height);
    }

    #[test]
    fn dots_mark_both_series_by_shape() {
        let c = dots(
            &[
                DotRow {
                    label: "A1".into(),
                    a: Some(3.0),
                    b: Some(2.0),
                },
                DotRow {
                    label: "A2".into(),
                    a: Some(3.0),
                    b: None,
                },
            ],
            ["professionals", "ouders"],
            1.0,
            4.0,
        );
        assert_eq!(c.points.len(), 3);
        assert_eq!(c.segments.len(), 1);
        assert_eq!(c.points[1].shape, "square");
        assert!(c.points[1].x < c.points[0].x);
        assert_eq!(c.legend.len(), 2);
    }

    #[test]
    fn long_labels_are_cut() {
        let s = short(&"woord ".repeat(20));
        assert!(s.chars().count() <= LABEL_CHARS);
        assert!(s.ends_with('…'));
    }

    #[test]
    fn trends_break_at_missing_values() {
        let moments: Vec<String> = ["2025", "2026", "2027", "2028"].map(String::from).to_vec();
        let t = trend(
            &moments,
            &[
                TrendSeries {
                    name: "Opvang".into(),
                    values: vec![Some(1.0), Some(2.0), None, Some(4.0)],
                },
                TrendSeries {
                    name: "School".into(),
                    values: vec![Some(4.0), Some(4.0), Some(4.0), Some(4.0)],
                },
            ],
            1.0,
            4.0,
        );
        assert_eq!(
            t.lines.len(),
            2,
            "one stretch before the gap; the lone point after it has no line"
        );
        assert_eq!(t.lines[0].points.split(' ').count(), 2);
        assert_eq!(t.points.len(), 7);
        assert_eq!(t.points[4].shape, "square");
        assert_eq!(t.lines[1].dash, "7 4");
        // Higher scores are higher up; the scale's ends are the plot's edges.
        assert_eq!(t.points[0].y, t.plot.y + t.plot.height);
        assert_eq!(t.points[3].y, t.plot.y);
        assert_eq!(t.ticks.len(), 4);
        assert_eq!(t.moments.len(), 4);
        assert!(t.moments[0].x < t.moments[3].x);
        assert_eq!(t.legend.len(), 2);
    }
}
