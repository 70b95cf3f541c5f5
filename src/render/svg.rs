//! The `chart` macro of `templates/_charts.html.j2`, written in Rust for the built-in
//! templates: `{% for part in to_svg(model, id, title) %}{{ part }}{% endfor %}`
//! writes the same bytes as `{{ charts.chart(model, id, title) }}`, without running a
//! template expression and a filter for every number of the chart.
//!
//! The SVG comes in parts of [`PART_ROWS`] rows each, made when the loop reaches them,
//! so a chart of thousands of teams is written as it is made instead of held in memory
//! whole (as a macro's output is). The macro stays in `_charts.html.j2` for users'
//! templates; `svg_equals_the_macro` proves the two equal on random models.

use std::fmt::{self, Write};
use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Value, ValueKind};
use minijinja::{Error, ErrorKind, HtmlEscape, State};

use super::chart::{Bar, Chart, Label, Legend, Point, Segment, Tick, ValueText};
use super::{Lang, numbers, words};
use crate::analyse::rows::Rows;

/// Rows of a chart (a bar, a label, a number) per part of its SVG.
pub const PART_ROWS: usize = 256;

/// The template function `to_svg(model, id, title)`: the parts of the SVG of a chart
/// model from [`super::chart`] (a value made from a [`super::chart::Chart`]).
pub fn to_svg(state: &State, model: Value, id: Value, title: Value) -> Result<Value, Error> {
    let lang = super::lang_from_state(state);
    let svg = ChartSvg::from_value(&model, &id, &title, lang, PART_ROWS)?;
    Ok(Value::from_object(svg))
}

/// A chart's SVG, in parts of `part_rows` rows.
#[derive(Debug)]
pub struct ChartSvg {
    width: f64,
    height: f64,
    /// `id` and `title` as the macro prints them (escaped unless safe).
    id: String,
    title: String,
    legend: Rows<Legend>,
    ticks: Rows<Tick>,
    labels: Rows<Label>,
    bars: Rows<Bar>,
    segments: Rows<Segment>,
    points: Rows<Point>,
    values: Rows<ValueText>,
    /// `t("missing")`, escaped.
    missing: String,
    lang: Lang,
    part_rows: usize,
}

fn not_a_chart(what: &str) -> Error {
    Error::new(
        ErrorKind::InvalidOperation,
        format!("to_svg: the model has no chart {what}"),
    )
}

/// The rows of the list `name` of a chart model.
fn rows<T: 'static>(model: &Value, name: &str) -> Result<Rows<T>, Error> {
    let list = model.get_attr(name)?;
    Rows::from_value(&list).ok_or_else(|| not_a_chart(name))
}

fn number(model: &Value, name: &str) -> Result<f64, Error> {
    let v = model.get_attr(name)?;
    if v.kind() != ValueKind::Number {
        return Err(not_a_chart(name));
    }
    f64::try_from(v)
}

/// `value` as `{{ value }}` prints it in an HTML template.
fn printed(value: &Value) -> Result<String, Error> {
    if value.is_undefined() {
        return Err(Error::new(
            ErrorKind::UndefinedError,
            "to_svg: an argument is undefined",
        ));
    }
    if value.is_safe() {
        return Ok(value.to_string());
    }
    Ok(match value.as_str() {
        Some(s) => HtmlEscape(s).to_string(),
        None if matches!(
            value.kind(),
            ValueKind::None | ValueKind::Bool | ValueKind::Number
        ) =>
        {
            value.to_string()
        }
        None => HtmlEscape(&value.to_string()).to_string(),
    })
}

/// `t("missing")`, as the template function `t` says it.
fn missing_word(lang: Lang) -> Result<String, Error> {
    match words::word("missing", lang) {
        Some(text) => Ok(text.to_string()),
        None => words::fill("missing", lang, &[]).map_err(|why| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("t(\"missing\"): {why}"),
            )
        }),
    }
}

impl ChartSvg {
    fn from_value(
        model: &Value,
        id: &Value,
        title: &Value,
        lang: Lang,
        part_rows: usize,
    ) -> Result<ChartSvg, Error> {
        Ok(ChartSvg {
            width: number(model, "width")?,
            height: number(model, "height")?,
            id: printed(id)?,
            title: printed(title)?,
            legend: rows(model, "legend")?,
            ticks: rows(model, "ticks")?,
            labels: rows(model, "labels")?,
            bars: rows(model, "bars")?,
            segments: rows(model, "segments")?,
            points: rows(model, "points")?,
            values: rows(model, "values")?,
            missing: HtmlEscape(&missing_word(lang)?).to_string(),
            lang,
            part_rows: part_rows.max(1),
        })
    }

    /// The SVG of `chart` as `to_svg(chart, id, title)` writes it in an HTML template
    /// where `id` and `title` are plain text (escaped here, as the template prints
    /// them), for scan's own writers of a page.
    pub(crate) fn of_chart(
        chart: &Chart,
        id: &str,
        title: &str,
        lang: Lang,
    ) -> Result<ChartSvg, Error> {
        Ok(ChartSvg {
            width: chart.width,
            height: chart.height,
            id: HtmlEscape(id).to_string(),
            title: HtmlEscape(title).to_string(),
            legend: chart.legend.clone(),
            ticks: chart.ticks.clone(),
            labels: chart.labels.clone(),
            bars: chart.bars.clone(),
            segments: chart.segments.clone(),
            points: chart.points.clone(),
            values: chart.values.clone(),
            missing: HtmlEscape(&missing_word(lang)?).to_string(),
            lang,
            part_rows: PART_ROWS,
        })
    }

    fn rows(&self) -> usize {
        self.legend.len()
            + self.ticks.len()
            + self.labels.len()
            + self.bars.len()
            + self.segments.len()
            + self.points.len()
            + self.values.len()
    }

    pub(crate) fn parts(&self) -> usize {
        self.rows().div_ceil(self.part_rows).max(1)
    }

    /// Part `i`: the head in the first, the end in the last, rows in between.
    pub(crate) fn write_part<W: Write>(&self, w: &mut W, i: usize) -> fmt::Result {
        if i == 0 {
            self.write_head(w)?;
        }
        let start = i * self.part_rows;
        let end = (start + self.part_rows).min(self.rows());
        for row in start..end {
            self.write_row(w, row)?;
        }
        if i + 1 == self.parts() {
            w.write_str("</svg>\n")?;
        }
        Ok(())
    }

    fn write_head<W: Write>(&self, w: &mut W) -> fmt::Result {
        w.write_str("<svg class=\"chart\" viewBox=\"0 0 ")?;
        float(w, self.width)?;
        w.write_char(' ')?;
        float(w, self.height)?;
        w.write_str("\" width=\"")?;
        float(w, self.width)?;
        w.write_str("\" height=\"")?;
        float(w, self.height)?;
        w.write_str("\" role=\"img\" aria-labelledby=\"")?;
        w.write_str(&self.id)?;
        w.write_str("-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"")?;
        w.write_str(&self.id)?;
        w.write_str("-title\">")?;
        w.write_str(&self.title)?;
        w.write_str("</title>\n")
    }

    /// Row `row` of all the chart's lists one after the other, in the macro's order.
    fn write_row<W: Write>(&self, w: &mut W, mut row: usize) -> fmt::Result {
        if let Some(l) = self.legend.get(row) {
            return legend(w, l);
        }
        row -= self.legend.len();
        if let Some(k) = self.ticks.get(row) {
            return tick(w, k);
        }
        row -= self.ticks.len();
        if let Some(l) = self.labels.get(row) {
            return label(w, l);
        }
        row -= self.labels.len();
        if let Some(b) = self.bars.get(row) {
            return bar(w, b);
        }
        row -= self.bars.len();
        if let Some(s) = self.segments.get(row) {
            return segment(w, s);
        }
        row -= self.segments.len();
        if let Some(p) = self.points.get(row) {
            return point(w, p);
        }
        row -= self.points.len();
        match self.values.get(row) {
            Some(v) => self.value(w, v),
            None => Ok(()),
        }
    }

    fn value<W: Write>(&self, w: &mut W, v: &ValueText) -> fmt::Result {
        w.write_str("<text class=\"value\" x=\"")?;
        float(w, v.x)?;
        w.write_str("\" y=\"")?;
        float(w, v.y)?;
        w.write_str("\">")?;
        text(w, &v.prefix)?;
        match v.value {
            None => w.write_str(&self.missing)?,
            Some(x) => text(w, &numbers::number(x, 1, self.lang))?,
        }
        w.write_str("</text>\n")
    }
}

impl Object for ChartSvg {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let i = key.as_usize()?;
        if i >= self.parts() {
            return None;
        }
        let mut out = String::new();
        self.write_part(&mut out, i).ok()?;
        Some(Value::from_safe_string(out))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.parts())
    }
}

/// Below this many tenths, a float that is a whole number of tenths is written as
/// one: its shortest form is that number of tenths (see [`float`]).
const EXACT_TENTHS: f64 = (1u64 << 40) as f64;

/// A number as minijinja prints a float: Rust's shortest form, with `.0` when whole
/// (`float_is_what_minijinja_prints`).
///
/// A chart's coordinates are rounded to tenths, and those are written without the
/// general algorithm: when `v` is the float nearest to `n / 10` for a whole `n` below
/// 2^40, any other decimal with at most one digit after the point is at least 0.1 from
/// `n / 10` while floats that large are less than 0.001 apart, so the shortest decimal
/// that reads back as `v` is `n / 10` itself.
fn float<W: Write>(w: &mut W, v: f64) -> fmt::Result {
    let tenths = (v * 10.0).round();
    if tenths.abs() < EXACT_TENTHS && tenths / 10.0 == v && v != 0.0 {
        // Whole and below 2^40: the cast is exact. Zero keeps its sign below.
        let n = tenths as i64;
        if n < 0 {
            w.write_char('-')?;
        }
        let n = n.unsigned_abs();
        whole(w, n / 10)?;
        w.write_char('.')?;
        return w.write_char(char::from(b'0' + (n % 10) as u8));
    }
    if v.is_nan() {
        return w.write_str("NaN");
    }
    if v.is_infinite() {
        return w.write_str(if v.is_sign_negative() { "-inf" } else { "inf" });
    }
    let mut dot = Dot { w, dot: false };
    write!(dot, "{v}")?;
    if !dot.dot {
        w.write_str(".0")?;
    }
    Ok(())
}

/// A whole number in decimal.
fn whole<W: Write>(w: &mut W, mut n: u64) -> fmt::Result {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    w.write_str(std::str::from_utf8(&digits[at..]).map_err(|_| fmt::Error)?)
}

/// Writes through, noting whether a `.` went by.
struct Dot<'a, W> {
    w: &'a mut W,
    dot: bool,
}

impl<W: Write> Write for Dot<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.dot |= s.contains('.');
        self.w.write_str(s)
    }
}

/// Text as HTML autoescape prints it.
fn text<W: Write>(w: &mut W, s: &str) -> fmt::Result {
    write!(w, "{}", HtmlEscape(s))
}

fn series<W: Write>(w: &mut W, s: usize) -> fmt::Result {
    write!(w, "{}", s % 6)
}

fn legend<W: Write>(w: &mut W, l: &Legend) -> fmt::Result {
    w.write_str("<g class=\"legend s")?;
    series(w, l.series)?;
    w.write_str("\">\n")?;
    if l.shape == "square" {
        w.write_str("<rect class=\"mark\" x=\"")?;
        float(w, l.x)?;
        w.write_str("\" y=\"")?;
        float(w, l.y - 9.0)?;
        w.write_str("\" width=\"10\" height=\"10\"/>")?;
    } else {
        w.write_str("<circle class=\"mark\" cx=\"")?;
        float(w, l.x + 5.0)?;
        w.write_str("\" cy=\"")?;
        float(w, l.y - 4.0)?;
        w.write_str("\" r=\"5\"/>")?;
    }
    w.write_str("<text x=\"")?;
    float(w, l.x + 16.0)?;
    w.write_str("\" y=\"")?;
    float(w, l.y)?;
    w.write_str("\">")?;
    text(w, &l.text)?;
    w.write_str("</text>\n</g>\n")
}

fn tick<W: Write>(w: &mut W, k: &Tick) -> fmt::Result {
    w.write_str("<line class=\"grid\" x1=\"")?;
    float(w, k.x1)?;
    w.write_str("\" y1=\"")?;
    float(w, k.y1)?;
    w.write_str("\" x2=\"")?;
    float(w, k.x2)?;
    w.write_str("\" y2=\"")?;
    float(w, k.y2)?;
    w.write_str("\"/>\n<text class=\"tick\" x=\"")?;
    float(w, k.label_x)?;
    w.write_str("\" y=\"")?;
    float(w, k.label_y)?;
    w.write_str("\" text-anchor=\"middle\">")?;
    text(w, &k.label)?;
    w.write_str("</text>\n")
}

fn label<W: Write>(w: &mut W, l: &Label) -> fmt::Result {
    w.write_str(if l.strong {
        "<text class=\"group\" x=\""
    } else {
        "<text class=\"label\" x=\""
    })?;
    float(w, l.x)?;
    w.write_str("\" y=\"")?;
    float(w, l.y)?;
    w.write_str("\">")?;
    text(w, &l.text)?;
    w.write_str("</text>\n")
}

fn bar<W: Write>(w: &mut W, b: &Bar) -> fmt::Result {
    w.write_str("<rect class=\"bar s")?;
    series(w, b.series)?;
    w.write_str("\" x=\"")?;
    float(w, b.x)?;
    w.write_str("\" y=\"")?;
    float(w, b.y)?;
    w.write_str("\" width=\"")?;
    float(w, b.width)?;
    w.write_str("\" height=\"")?;
    float(w, b.height)?;
    w.write_str("\"/>\n")
}

fn segment<W: Write>(w: &mut W, s: &Segment) -> fmt::Result {
    w.write_str("<line class=\"link\" x1=\"")?;
    float(w, s.x1)?;
    w.write_str("\" y1=\"")?;
    float(w, s.y1)?;
    w.write_str("\" x2=\"")?;
    float(w, s.x2)?;
    w.write_str("\" y2=\"")?;
    float(w, s.y2)?;
    w.write_str("\"/>\n")
}

fn point<W: Write>(w: &mut W, p: &Point) -> fmt::Result {
    if p.shape == "square" {
        w.write_str("<rect class=\"mark s")?;
        series(w, p.series)?;
        w.write_str("\" x=\"")?;
        float(w, p.x - 4.0)?;
        w.write_str("\" y=\"")?;
        float(w, p.y - 4.0)?;
        w.write_str("\" width=\"8\" height=\"8\"/>")
    } else {
        w.write_str("<circle class=\"mark s")?;
        series(w, p.series)?;
        w.write_str("\" cx=\"")?;
        float(w, p.x)?;
        w.write_str("\" cy=\"")?;
        float(w, p.y)?;
        w.write_str("\" r=\"7\"/>")
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::LazyLock;

    use proptest::prelude::*;

    use super::*;
    use crate::analyse::report::report;
    use crate::load::{Input, Loaded, Loader};
    use crate::render::Renderer;
    use crate::render::chart::Chart;
    use crate::render::report::report_context;

    static RENDERER: LazyLock<Renderer> = LazyLock::new(|| Renderer::new(None).unwrap());

    const MACRO: &str =
        r#"{% import "_charts.html.j2" as charts %}{{ charts.chart(c, id, title) }}"#;
    const PARTS: &str = "{% for part in to_svg(c, id, title) %}{{ part }}{% endfor %}";

    fn context(chart: &Chart, id: &str, title: &Value, lang: Lang) -> Value {
        minijinja::context! {
            c => Value::from(minijinja::value::Serde(chart)),
            id => id,
            title => title.clone(),
            lang => lang.as_str(),
        }
    }

    /// The macro's SVG, and `to_svg`'s through the template function and in parts of
    /// `part_rows` rows.
    fn drawn(chart: &Chart, id: &str, title: &Value, lang: Lang, part_rows: usize) -> [String; 3] {
        let env = &RENDERER.env;
        let ctx = context(chart, id, title, lang);
        let by_macro = env
            .render_named_str("t.html.j2", MACRO, ctx.clone())
            .unwrap();
        let by_function = env
            .render_named_str("t.html.j2", PARTS, ctx.clone())
            .unwrap();
        let model = ctx.get_attr("c").unwrap();
        let svg = ChartSvg::from_value(&model, &Value::from(id), title, lang, part_rows).unwrap();
        let mut in_parts = String::new();
        for i in 0..svg.parts() {
            svg.write_part(&mut in_parts, i).unwrap();
        }
        [by_macro, by_function, in_parts]
    }

    fn coordinate() -> impl Strategy<Value = f64> {
        prop_oneof![
            4 => (-20_000i64..20_000).prop_map(|n| n as f64 / 10.0),
            1 => any::<f64>(),
            1 => Just(-0.0),
            1 => Just(f64::NAN),
            1 => Just(f64::INFINITY),
            1 => Just(f64::NEG_INFINITY),
            1 => (0u32..1_000_000).prop_map(|n| f64::from(n) * 1e15),
        ]
    }

    fn words() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9 <>&\"'/é…○□\\-]{0,12}"
    }

    fn shape() -> impl Strategy<Value = &'static str> {
        prop_oneof![Just("circle"), Just("square"), Just("diamond")]
    }

    fn chart() -> impl Strategy<Value = Chart> {
        let ticks = prop::collection::vec(
            (
                coordinate(),
                coordinate(),
                coordinate(),
                coordinate(),
                words(),
                coordinate(),
                coordinate(),
            )
                .prop_map(|(x1, y1, x2, y2, label, label_x, label_y)| Tick {
                    x1,
                    y1,
                    x2,
                    y2,
                    label,
                    label_x,
                    label_y,
                }),
            0..4,
        );
        let labels = prop::collection::vec(
            (coordinate(), coordinate(), words(), any::<bool>())
                .prop_map(|(x, y, text, strong)| Label { x, y, text, strong }),
            0..6,
        );
        let bars = prop::collection::vec(
            (
                coordinate(),
                coordinate(),
                coordinate(),
                coordinate(),
                any::<usize>(),
            )
                .prop_map(|(x, y, width, height, series)| Bar {
                    x,
                    y,
                    width,
                    height,
                    series,
                }),
            0..6,
        );
        let points = prop::collection::vec(
            (coordinate(), coordinate(), any::<usize>(), shape()).prop_map(
                |(x, y, series, shape)| Point {
                    x,
                    y,
                    series,
                    shape,
                },
            ),
            0..6,
        );
        let segments = prop::collection::vec(
            (coordinate(), coordinate(), coordinate(), coordinate())
                .prop_map(|(x1, y1, x2, y2)| Segment { x1, y1, x2, y2 }),
            0..4,
        );
        let values = prop::collection::vec(
            (
                coordinate(),
                coordinate(),
                prop::option::of(coordinate()),
                words(),
            )
                .prop_map(|(x, y, value, prefix)| ValueText {
                    x,
                    y,
                    value,
                    prefix,
                }),
            0..6,
        );
        let legend = prop::collection::vec(
            (coordinate(), coordinate(), words(), any::<usize>(), shape()).prop_map(
                |(x, y, text, series, shape)| Legend {
                    x,
                    y,
                    text,
                    series,
                    shape,
                },
            ),
            0..3,
        );
        (
            (coordinate(), coordinate()),
            ticks,
            labels,
            bars,
            points,
            segments,
            values,
            legend,
        )
            .prop_map(
                |((width, height), ticks, labels, bars, points, segments, values, legend)| Chart {
                    width,
                    height,
                    plot: crate::render::chart::Rect {
                        x: 0.0,
                        y: 0.0,
                        width,
                        height,
                    },
                    ticks: ticks.into(),
                    labels: labels.into(),
                    bars: bars.into(),
                    points: points.into(),
                    segments: segments.into(),
                    values: values.into(),
                    legend: legend.into(),
                },
            )
    }

    fn title() -> impl Strategy<Value = Value> {
        prop_oneof![
            words().prop_map(Value::from),
            words().prop_map(Value::from_safe_string),
            any::<i64>().prop_map(Value::from),
            coordinate().prop_map(Value::from),
            Just(Value::from(())),
            any::<bool>().prop_map(Value::from),
        ]
    }

    fn printed_float(v: f64) -> String {
        let mut out = String::new();
        float(&mut out, v).unwrap();
        out
    }

    #[test]
    fn float_is_what_minijinja_prints_at_the_edges() {
        for v in [
            0.0,
            -0.0,
            0.1,
            -0.1,
            0.05,
            -0.04,
            1.0,
            -1.0,
            36.6,
            1e15,
            1e21,
            1e-7,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            EXACT_TENTHS / 10.0,
            EXACT_TENTHS / 10.0 - 0.1,
            -(EXACT_TENTHS / 10.0) + 0.1,
            0.30000000000000004,
        ] {
            assert_eq!(printed_float(v), Value::from(v).to_string(), "{v:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Tenths, the fast path, anywhere below and around its limit; and any float.
        #[test]
        fn float_is_what_minijinja_prints(
            v in prop_oneof![
                (-(1i64 << 41)..(1i64 << 41)).prop_map(|n| n as f64 / 10.0),
                (-100_000i64..100_000).prop_map(|n| n as f64 / 10.0),
                (-100_000i64..100_000).prop_map(|n| n as f64 / 100.0),
                (-1_000_000.0f64..1_000_000.0),
                any::<f64>(),
                (-(1i64 << 41)..(1i64 << 41)).prop_map(|n| (n as f64 / 10.0).next_up()),
            ]
        ) {
            prop_assert_eq!(printed_float(v), Value::from(v).to_string());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// `to_svg` writes what the `chart` macro writes, in any number of parts.
        #[test]
        fn svg_equals_the_macro(
            chart in chart(),
            id in words(),
            title in title(),
            nl in any::<bool>(),
            part_rows in 1usize..8,
        ) {
            let lang = if nl { Lang::Nl } else { Lang::En };
            let [by_macro, by_function, in_parts] = drawn(&chart, &id, &title, lang, part_rows);
            prop_assert_eq!(&by_function, &by_macro);
            prop_assert_eq!(&in_parts, &by_macro);
        }
    }

    /// Every chart of the example sessions' reports, in both languages.
    #[test]
    fn svg_equals_the_macro_on_the_examples() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut charts = 0;
        for file in [
            "examples/kindcentrum-de-regenboog.toml",
            "examples/vo-het-baken.toml",
            "examples/sportclub/vv-de-zwaluwen.toml",
        ] {
            let loaded = Loader::new()
                .load(&Input::File(root.join(file)))
                .unwrap()
                .loaded;
            let Loaded::Session(session) = loaded else {
                panic!("{file} is no session");
            };
            let report = report(&session);
            for lang in Lang::ALL {
                let ctx = report_context(&report, lang);
                let title = Value::from(crate::render::words::word("summary_chart", lang));
                for chart in std::iter::once(&ctx.charts.criteria).chain(&ctx.charts.gaps) {
                    for part_rows in [1, 7, PART_ROWS] {
                        let [by_macro, by_function, in_parts] =
                            drawn(chart, "chart-x", &title, lang, part_rows);
                        assert_eq!(by_function, by_macro, "{file}");
                        assert_eq!(in_parts, by_macro, "{file}");
                    }
                    charts += 1;
                }
            }
        }
        assert!(charts >= 8, "{charts} charts");
    }
}
