//! Writes a Microsoft Forms-like export of N respondents for `bench/import`:
//! `answers.csv` (Dutch Excel: `;`, UTF-8 with BOM) and `answers.xlsx`, 30 columns
//! each (ID, start and completion time, e-mail, name; a score for each of the 24
//! items of the built-in Partnerschapscan, as numbers, scale labels and `n.v.t.`;
//! one text column).
//!
//! ```sh
//! cargo run --release --example gen-import -- DIR N
//! ```
//!
//! Deterministic: the same N gives the same files.

use std::fmt::Write as _;
use std::path::PathBuf;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const ITEMS: [&str; 24] = [
    "A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "C5", "D1",
    "D2", "D3", "D4", "E1", "E2", "E3", "E4", "E5",
];
const LABELS: [&str; 4] = ["Nog niet", "In ontwikkeling", "Grotendeels", "Volledig"];

enum Cell {
    Number(f64),
    Text(String),
    Time(u32),
    Empty,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: gen-import DIR N";
    let dir = PathBuf::from(args.next().ok_or(usage)?);
    let n: u32 = args.next().ok_or(usage)?.parse()?;
    std::fs::create_dir_all(&dir)?;
    let mut headers: Vec<String> = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
        .map(String::from)
        .to_vec();
    headers.extend(
        ITEMS
            .iter()
            .map(|c| format!("{c}. Hoe staat het ervoor met dit punt?")),
    );
    headers.push("A1 toelichting".to_string());

    // A small linear congruential generator: the same figures on every machine.
    let mut seed: u64 = 2026;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as u32
    };
    let row = |r: u32, next: &mut dyn FnMut() -> u32| -> Vec<Cell> {
        let mut cells = vec![
            Cell::Number(f64::from(r + 1)),
            Cell::Time(r),
            Cell::Time(r + 1),
            Cell::Text(format!("ouder{r}@example.org")),
            Cell::Text(format!("Fam. Jansen-{r}")),
        ];
        for _ in ITEMS {
            let v = next() % 12;
            cells.push(match v {
                0 => Cell::Empty,
                1 => Cell::Text("n.v.t.".to_string()),
                2..=5 => Cell::Text(LABELS[(v - 2) as usize].to_string()),
                _ => Cell::Number(f64::from(1 + v % 4)),
            });
        }
        cells.push(if r % 5 == 0 {
            Cell::Text(format!(
                "Ouder {r}: de koffieochtenden helpen, \"echt\"; meer graag."
            ))
        } else {
            Cell::Empty
        });
        cells
    };

    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Form1")?;
    let time = Format::new().set_num_format("dd-mm-yyyy hh:mm:ss");
    let mut csv = String::from("\u{feff}");
    csv.push_str(&headers.join(";"));
    csv.push_str("\r\n");
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, h)?;
    }
    for r in 0..n {
        let cells = row(r, &mut next);
        for (c, cell) in cells.iter().enumerate() {
            if c > 0 {
                csv.push(';');
            }
            let (row, col) = (r + 1, c as u16);
            match cell {
                Cell::Number(v) => {
                    ws.write_number(row, col, *v)?;
                    write!(csv, "{v}")?;
                }
                Cell::Text(t) => {
                    ws.write_string(row, col, t)?;
                    if t.contains([';', '"']) {
                        write!(csv, "\"{}\"", t.replace('"', "\"\""))?;
                    } else {
                        csv.push_str(t);
                    }
                }
                Cell::Time(t) => {
                    let at = ExcelDateTime::from_ymd(2026, 11, 12)?.and_hms(
                        19,
                        (t / 60 % 60) as u8,
                        (t % 60) as u8,
                    )?;
                    ws.write_datetime_with_format(row, col, &at, &time)?;
                    write!(csv, "12-11-2026 19:{:02}:{:02}", t / 60 % 60, t % 60)?;
                }
                Cell::Empty => {}
            }
        }
        csv.push_str("\r\n");
    }
    book.save(dir.join("answers.xlsx"))?;
    std::fs::write(dir.join("answers.csv"), csv)?;
    Ok(())
}
