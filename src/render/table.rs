//! Tables of numbers for spreadsheets: what `--format csv` and `--format xlsx` share.
//!
//! A comparison becomes [`Sheet`]s of typed [`Cell`]s once; CSV writes them as text
//! (full precision, optionally for Excel in the user's language), the workbook writes
//! numbers as numbers with a one-decimal display format. Knows nothing of how the
//! numbers were computed.

use anyhow::{Context as _, Result};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

use super::Lang;

/// One cell of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A count (teams, files): shown without decimals.
    Count(u64),
    /// A statistic; `None` is an empty cell.
    Number(Option<f64>),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
}

/// One sheet: a name, a header row and rows of the same length.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A text field as a spreadsheet will show it, never run it: a CSV is opened in Excel
/// or LibreOffice, which treat a field starting with `=`, `+`, `-` or `@` (or a tab or
/// carriage return before one) as a formula, so a team called `=HYPERLINK(…)` would
/// become a link and worse. A leading `'` makes such a field text, as OWASP advises
/// (CSV injection); every other field is written as it is.
pub fn spreadsheet_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// How a CSV is written: plain (`,`, decimal point, no BOM: for scripts) or for a
/// spreadsheet program opening it by double-click in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvStyle {
    Plain,
    /// A UTF-8 BOM (so Excel reads UTF-8); in Dutch `;` between fields and a decimal
    /// comma, as a Dutch Excel expects; in English `,` and a decimal point.
    Excel(Lang),
}

/// RFC 4180, written by the `csv` crate: a header row, CRLF line ends, fields quoted
/// where they hold the separator, a quote or a line break. Numbers at full precision;
/// a missing number is an empty field. Text that a spreadsheet would run as a formula
/// gets a leading `'` ([`spreadsheet_text`]).
pub fn csv(sheet: &Sheet, style: CsvStyle) -> Result<Vec<u8>> {
    let (sep, comma) = match style {
        CsvStyle::Excel(Lang::Nl) => (b';', true),
        _ => (b',', false),
    };
    let mut out = Vec::new();
    if matches!(style, CsvStyle::Excel(_)) {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = writer(sep, out);
    w.write_record(&sheet.header)?;
    for row in &sheet.rows {
        w.write_record(row.iter().map(|cell| match cell {
            Cell::Text(t) => spreadsheet_text(t),
            Cell::Count(n) => n.to_string(),
            Cell::Number(None) => String::new(),
            Cell::Number(Some(x)) if comma => x.to_string().replace('.', ","),
            Cell::Number(Some(x)) => x.to_string(),
        }))?;
    }
    w.into_inner()
        .map_err(|e| anyhow::anyhow!("writing the CSV: {}", e.error()))
}

/// A CSV writer after RFC 4180 with `sep` between fields.
fn writer(sep: u8, out: Vec<u8>) -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .delimiter(sep)
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(out)
}

/// The fixed creation date of every workbook, so the same input gives the same bytes
/// (a workbook can be committed and diffed like the other outputs).
const FIXED_DATE: (u16, u8, u8) = (2000, 1, 1);

/// Widest column, in characters: longer labels wrap in the cell rather than push
/// the numbers off the screen.
const MAX_WIDTH: usize = 60;

/// One workbook of the sheets: a bold, frozen header row; numbers as numbers (full
/// precision) shown with one decimal; counts as whole numbers; columns as wide as
/// their contents.
pub fn xlsx(sheets: &[Sheet]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let date = ExcelDateTime::from_ymd(FIXED_DATE.0, FIXED_DATE.1, FIXED_DATE.2)
        .context("the workbook's fixed date")?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&date));
    let bold = Format::new().set_bold();
    let one_decimal = Format::new().set_num_format("0.0");
    let whole = Format::new().set_num_format("0");
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)
            .with_context(|| format!("the sheet name `{}`", sheet.name))?;
        let mut widths: Vec<usize> = sheet.header.iter().map(|h| h.chars().count()).collect();
        for (col, h) in sheet.header.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, h, &bold)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (col, cell) in row.iter().enumerate() {
                let c = col as u16;
                let shown = match cell {
                    Cell::Text(t) => {
                        ws.write_string(r, c, t)?;
                        t.chars().count()
                    }
                    Cell::Count(n) => {
                        ws.write_number_with_format(r, c, *n as f64, &whole)?;
                        n.to_string().len()
                    }
                    Cell::Number(Some(x)) => {
                        ws.write_number_with_format(r, c, *x, &one_decimal)?;
                        format!("{x:.1}").len()
                    }
                    Cell::Number(None) => 0,
                };
                if let Some(w) = widths.get_mut(col) {
                    *w = (*w).max(shown);
                }
            }
        }
        for (col, w) in widths.iter().enumerate() {
            ws.set_column_width(col as u16, (*w).clamp(4, MAX_WIDTH) as f64 + 2.0)?;
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer().context("writing the workbook")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            name: "S".into(),
            header: vec!["a".into(), "b".into(), "c".into()],
            rows: vec![vec![
                Cell::text("x;y"),
                Cell::Number(Some(2.5)),
                Cell::Number(None),
            ]],
        }
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        let mut w = writer(b',', Vec::new());
        w.write_record(["a", "b,c", "d\"e", "f\ng", "h\ri", "j;k", ""])
            .unwrap();
        let s = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(s, "a,\"b,c\",\"d\"\"e\",\"f\ng\",\"h\ri\",j;k,\r\n");
    }

    #[test]
    fn excel_csv_follows_the_language() {
        let plain = String::from_utf8(csv(&sheet(), CsvStyle::Plain).unwrap()).unwrap();
        assert_eq!(plain, "a,b,c\r\nx;y,2.5,\r\n");
        let nl = String::from_utf8(csv(&sheet(), CsvStyle::Excel(Lang::Nl)).unwrap()).unwrap();
        assert_eq!(nl, "\u{feff}a;b;c\r\n\"x;y\";2,5;\r\n");
        let en = String::from_utf8(csv(&sheet(), CsvStyle::Excel(Lang::En)).unwrap()).unwrap();
        assert_eq!(en, "\u{feff}a,b,c\r\nx;y,2.5,\r\n");
    }

    #[test]
    fn formulas_are_shown_as_text() {
        assert_eq!(spreadsheet_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for s in ["+1", "-A1", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(spreadsheet_text(s), format!("'{s}"));
        }
        assert_eq!(spreadsheet_text("Team 1"), "Team 1");
        assert_eq!(spreadsheet_text("a=b"), "a=b");
    }

    #[test]
    fn workbooks_are_the_same_bytes_every_time() {
        let a = xlsx(&[sheet()]).unwrap();
        let b = xlsx(&[sheet()]).unwrap();
        assert!(a.starts_with(b"PK"));
        assert_eq!(a, b);
    }
}
