//! Chart models: every coordinate of a chart computed here, drawn by the `chart` macro
//! in `templates/_charts.html.j2` as inline SVG. No JavaScript, no fonts, no network.
//!
//! A chart never relies on colour alone: every bar carries its label and its number,
//! and the two series of a dot chart differ in shape (circle, square) as well. The
//! numbers are also in a table next to every chart (the template's job).
//! Coordinates are rounded to 0.1 px so the SVG is small and output is stable.

use serde::Serialize;

/// Width of every chart's coordinate system; the SVG scales to the page.
pub const WIDTH: f64 = 640.0;
/// Where the plot starts (room for labels on the left).
const LEFT: f64 = 210.0;
/// Room for numbers to the right of the plot.
const RIGHT: f64 = 70.0;
const TOP: f64 = 28.0;
const BAR: f64 = 14.0;
const BAR_GAP: f64 = 4.0;
const GROUP_HEAD: f64 = 20.0;
const GROUP_GAP: f64 = 10.0;
const ROW: f64 = 22.0;
/// Characters of a label shown in a chart; the table beside it has the whole text.
const LABEL_CHARS: usize = 30;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    /// Gridlines with a label (the scale's values).
    pub ticks: Vec<Tick>,
    /// Text on the left: group headings (`strong`) and row labels.
    pub labels: Vec<Label>,
    pub bars: Vec<Bar>,
    pub points: Vec<Point>,
    pub segments: Vec<Segment>,
    /// Numbers written next to the marks (`value: None` prints "no score").
    pub values: Vec<ValueText>,
    pub legend: Vec<Legend>,
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
                    // A score at the minimum still shows a sliver.
                    width: r((end - xs.left).max(2.0)),
                    height: BAR,
                    series: i,
                });
            }
            values.push(ValueText {
                x: r(end.max(xs.left + 2.0) + 6.0),
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
        ticks: xs.ticks(TOP, bottom),
        labels,
        bars,
        points: Vec::new(),
        segments: Vec::new(),
        values,
        legend: Vec::new(),
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
            y: r(cy - 1.0),
            value: row.a,
            prefix: "○ ".to_string(),
        });
        values.push(ValueText {
            x: r(xs.left + xs.width + 10.0),
            y: r(cy + 10.0),
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
        ticks: xs.ticks(top, bottom),
        labels,
        bars: Vec::new(),
        points,
        segments,
        values,
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
        assert_eq!(c.bars[1].width, 2.0);
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
}
