//! Which item a column header belongs to, and the meaning of a cell's value.
//!
//! Headers: a group path (`groep_a/`) is dropped; the rest is split into tokens on
//! spaces and `.`, `-`, `)`, `_`, `:` with brackets stripped. The header belongs to an
//! item when its first token is the item's code (any case) or when it ends in
//! `[CODE]`; a next token `toelichting`, `text`, `tekst`, `uitleg` or `comment` makes
//! it the item's text column, `voorbeelden` or `examples` its examples column.

use crate::model::{Definition, Scale};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Not about the scan (ID, times, e-mail, name): never read.
    Ignored,
    Team,
    Score(usize),
    Text(usize),
    Examples(usize),
}

const TEXT_WORDS: &[&str] = &["toelichting", "text", "tekst", "uitleg", "comment"];
const EXAMPLE_WORDS: &[&str] = &["voorbeelden", "examples"];

/// The meaning of a header: `Ok(None)` when it is about none of the items,
/// `Err(token)` when its first word looks like an item code this definition lacks.
pub fn classify(header: &str, def: &Definition) -> Result<Option<Column>, String> {
    let h = header.trim();
    let codes: Vec<&str> = def.items().map(|i| i.code.as_str()).collect();
    let index = |t: &str| codes.iter().position(|c| c.eq_ignore_ascii_case(t));
    // LimeSurvey: `A[A1]`, `Visie [A1]`.
    if let Some(inner) = h
        .strip_suffix(']')
        .and_then(|s| s.rsplit_once('['))
        .map(|(_, i)| i.trim())
        && let Some(i) = index(inner)
    {
        return Ok(Some(Column::Score(i)));
    }
    // A group path: a prefix without spaces that ends in `/`.
    let word_end = h.find(char::is_whitespace).unwrap_or(h.len());
    let rest = match h[..word_end].rfind('/') {
        Some(slash) => &h[slash + 1..],
        None => h,
    };
    let mut tokens = rest
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '.' | '-' | ')' | '_' | ':' | '[' | ']' | '(')
        })
        .filter(|t| !t.is_empty());
    let Some(first) = tokens.next() else {
        return Ok(None);
    };
    let Some(i) = index(first) else {
        if looks_like_code(first, def) {
            return Err(first.to_string());
        }
        return Ok(None);
    };
    let next = tokens.next().map(str::to_lowercase);
    Ok(Some(match next.as_deref() {
        Some(w) if TEXT_WORDS.contains(&w) => Column::Text(i),
        Some(w) if EXAMPLE_WORDS.contains(&w) => Column::Examples(i),
        _ => Column::Score(i),
    }))
}

/// A criterion code of this definition followed by digits (`A9`, `c12`).
fn looks_like_code(token: &str, def: &Definition) -> bool {
    def.criteria.iter().any(|c| {
        token.len() > c.code.len()
            && token.is_char_boundary(c.code.len())
            && token[..c.code.len()].eq_ignore_ascii_case(&c.code)
            && token[c.code.len()..].bytes().all(|b| b.is_ascii_digit())
    })
}

/// A cell's value for an item's score column.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Vote(i64),
    /// Not applicable (`n.v.t.`, `nvt`, `n/a`, `na`).
    NotApplicable,
    Empty,
    /// Not a score; the message says why.
    Bad(crate::i18n::Msg),
}

/// The scale's labels (and those of a built-in definition's twin), lower case, with
/// their scores.
pub struct Labels {
    scale: Scale,
    labels: Vec<(String, i64)>,
    shown: String,
}

impl Labels {
    pub fn new(def: &Definition, twin: Option<&Definition>) -> Self {
        let mut labels = Vec::new();
        for d in std::iter::once(def).chain(twin) {
            if d.scale.min != def.scale.min || d.scale.max != def.scale.max {
                continue;
            }
            for (n, l) in d.scale.labels.iter().enumerate() {
                let score = def.scale.min.saturating_add(n as i64);
                labels.push((l.trim().to_lowercase(), score));
            }
        }
        Labels {
            shown: def.scale.labels.join(", "),
            scale: def.scale.clone(),
            labels,
        }
    }

    fn range(&self) -> String {
        self.scale.range_text()
    }

    pub fn number(&self, f: f64, written: &str) -> Value {
        if !f.is_finite() || f.fract() != 0.0 {
            return Value::Bad(crate::msg!(
                "import-not-whole",
                value = written,
                scale = self.range()
            ));
        }
        if f < self.scale.min as f64 || f > self.scale.max as f64 {
            return Value::Bad(crate::msg!(
                "import-not-on-scale",
                value = written,
                scale = self.range()
            ));
        }
        Value::Vote(f as i64)
    }

    pub fn text(&self, raw: &str) -> Value {
        let t = raw.trim();
        if t.is_empty() {
            return Value::Empty;
        }
        let squeezed: String = t
            .chars()
            .filter(|c| !matches!(c, '.' | '/' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        if squeezed == "nvt" || squeezed == "na" {
            return Value::NotApplicable;
        }
        if let Some(f) = parse_number(t) {
            return self.number(f, t);
        }
        let lower = t.to_lowercase();
        if let Some((_, score)) = self.labels.iter().find(|(l, _)| *l == lower) {
            return Value::Vote(*score);
        }
        Value::Bad(crate::msg!(
            "import-not-a-score",
            value = t,
            scale = self.range(),
            labels = self.shown.as_str()
        ))
    }
}

/// `3`, `3,0`, `3.0`, `-1`: digits with at most one decimal sign.
fn parse_number(t: &str) -> Option<f64> {
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (int, frac) = match body.find([',', '.']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty()
        || !digits(int)
        || !digits(frac)
        || (body.len() > int.len() && frac.is_empty())
    {
        return None;
    }
    t.replace(',', ".").parse().ok()
}

/// Examples as a respondent typed them: split on `;`, `,` and new lines.
pub fn split_examples(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', ',', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def() -> std::sync::Arc<Definition> {
        crate::load::builtin("partnerschapscan").unwrap()
    }

    #[test]
    fn headers_name_items_in_every_form_the_tools_write() {
        let d = def();
        let a1 = d.item_index("A1").unwrap();
        for h in [
            "A1",
            "a1",
            "A1.",
            "A1 - Waarom wilt u partnerschap?",
            "A1) Waarom",
            "[A1] Waarom",
            "groep_a/A1",
            "A[A1]",
            "Visie [A1]",
            "A1: Waarom",
        ] {
            assert_eq!(classify(h, &d), Ok(Some(Column::Score(a1))), "{h}");
        }
        assert_eq!(classify("A1 toelichting", &d), Ok(Some(Column::Text(a1))));
        assert_eq!(
            classify("groep_a/A1_toelichting", &d),
            Ok(Some(Column::Text(a1)))
        );
        assert_eq!(
            classify("A1. Voorbeelden", &d),
            Ok(Some(Column::Examples(a1)))
        );
        for h in [
            "ID",
            "Begintijd",
            "E-mail",
            "Naam",
            "_uuid",
            "submitdate",
            "start",
            "A",
            "Tijdstempel",
        ] {
            assert_eq!(classify(h, &d), Ok(None), "{h}");
        }
        assert_eq!(classify("A9 Iets", &d), Err("A9".into()));
    }

    #[test]
    fn values_are_numbers_labels_or_not_applicable() {
        let d = def();
        let en = crate::load::builtin("partnerschapscan-en").unwrap();
        let l = Labels::new(&d, Some(&en));
        assert_eq!(l.text("3"), Value::Vote(3));
        assert_eq!(l.text("3,0"), Value::Vote(3));
        assert_eq!(l.text("3.0"), Value::Vote(3));
        assert_eq!(l.text("grotendeels"), Value::Vote(3));
        assert_eq!(l.text(&en.scale.labels[0].to_uppercase()), Value::Vote(1));
        for na in ["n.v.t.", "NVT", "n/a", "na", "N.v.t"] {
            assert_eq!(l.text(na), Value::NotApplicable, "{na}");
        }
        assert_eq!(l.text("  "), Value::Empty);
        let en = |v: Value| match v {
            Value::Bad(m) => m.render(crate::i18n::Lang::En),
            _ => String::new(),
        };
        assert!(en(l.text("3,5")).contains("whole number"));
        assert_eq!(en(l.text("7")), "7 is not on the scale 1–4");
        assert!(matches!(l.text("veel"), Value::Bad(_)));
        assert!(matches!(l.number(2.5, "2.5"), Value::Bad(_)));
    }

    #[test]
    fn examples_are_split_on_separators() {
        let got: Vec<&str> = split_examples("koffie; rondleiding,\nnieuwsbrief ;").collect();
        assert_eq!(got, ["koffie", "rondleiding", "nieuwsbrief"]);
    }
}
