//! Reading an import source into a header row and data rows: CSV (delimiter sniffed;
//! UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 as a fallback) and
//! workbooks (XLSX, ODS, XLS through calamine). Rows are handed to a visitor one at a
//! time, so a CSV never exists as a table in memory.
//!
//! What it does not own: what a header or a value means (see `columns` and `values`).

use std::borrow::Cow;
use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader};

use crate::diag::{Code, Diagnostic};
use crate::i18n::Msg;
use crate::msg;

/// Workbooks and CSV files larger than this (CSV: on disk; workbooks: unpacked)
/// are refused. A zip file of a few kilobytes can unpack to gigabytes.
pub const MAX_SOURCE_SIZE: u64 = 100 * 1024 * 1024;

/// One cell as the source holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Number(f64),
    Text(Cow<'a, str>),
    /// A date, a boolean or an error value, as shown.
    Other(String),
}

impl Cell<'_> {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// What reads rows: called once with the headers, then once per data row with its
/// row number as a spreadsheet shows it (the header row is row `first_row - 1`).
pub trait Visitor {
    /// `columns` gives, per header, the column's index in the sheet (for its letter).
    fn headers(&mut self, headers: &[String], first_column: usize);
    fn row(&mut self, row: usize, cells: &[Cell]);
    fn problem(&mut self, d: Diagnostic);
    fn note(&mut self, text: Msg);
}

/// The kind of file, by its first bytes (never by its name alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Magic {
    Zip,
    Ole,
    Text,
}

fn magic(bytes: &[u8]) -> Magic {
    if bytes.starts_with(b"PK\x03\x04") {
        Magic::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Magic::Ole
    } else {
        Magic::Text
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Reads one spreadsheet or CSV source. `Err` is for failures of the tool (the file
/// cannot be opened); problems with its content go to the visitor.
pub fn read(
    path: &Path,
    name: &str,
    sheet: Option<&str>,
    v: &mut dyn Visitor,
) -> anyhow::Result<()> {
    use anyhow::Context;
    let mut file = fs::File::open(path).with_context(|| format!("cannot open `{name}`"))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_SOURCE_SIZE {
        v.problem(too_large(name, Some(len)));
        return Ok(());
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.by_ref()
        .take(MAX_SOURCE_SIZE + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read `{name}`"))?;
    if bytes.len() as u64 > MAX_SOURCE_SIZE {
        v.problem(too_large(name, None));
        return Ok(());
    }
    let ext = extension(path);
    let claims_workbook = matches!(ext.as_str(), "xlsx" | "xlsm" | "ods" | "xls");
    match magic(&bytes) {
        Magic::Text if claims_workbook => {
            v.problem(
                file_problem(name, msg!("import-not-workbook", ext = ext.as_str()))
                    .with_help(msg!("import-not-workbook-help")),
            );
            Ok(())
        }
        Magic::Text => {
            if bytes.is_empty() {
                v.problem(file_problem(name, msg!("import-empty-file")));
                return Ok(());
            }
            read_csv(bytes, name, v);
            Ok(())
        }
        Magic::Ole => {
            if is_encrypted(&bytes) {
                v.problem(password(name));
            } else {
                workbook(
                    calamine::Xls::new(Cursor::new(bytes))
                        .map(calamine::Sheets::Xls)
                        .map_err(calamine::Error::Xls),
                    name,
                    sheet,
                    v,
                );
            }
            Ok(())
        }
        Magic::Zip => {
            match unpacked_size(&bytes) {
                Ok(size) if size > MAX_SOURCE_SIZE => {
                    v.problem(
                        file_problem(
                            name,
                            msg!(
                                "import-unpacks-too-large",
                                limit = MAX_SOURCE_SIZE / (1024 * 1024)
                            ),
                        )
                        .with_help(msg!("import-unpacks-too-large-help")),
                    );
                    return Ok(());
                }
                Ok(_) => {}
                Err(()) => {
                    v.problem(damaged(name));
                    return Ok(());
                }
            }
            let is_ods = bytes.get(30..38) == Some(b"mimetype")
                || bytes
                    .windows(46)
                    .take(200)
                    .any(|w| w == b"application/vnd.oasis.opendocument.spreadsheet");
            if is_ods && ods_encrypted(&bytes) {
                v.problem(password(name));
            } else if is_ods {
                workbook(
                    calamine::Ods::new(Cursor::new(bytes))
                        .map(calamine::Sheets::Ods)
                        .map_err(calamine::Error::Ods),
                    name,
                    sheet,
                    v,
                );
            } else {
                xlsx(calamine::Xlsx::new(Cursor::new(bytes)), name, sheet, v);
            }
            Ok(())
        }
    }
}

/// `file: message`, the way every problem with a source is shown.
pub fn in_file(name: &str, message: Msg) -> Msg {
    msg!("import-in-file", file = name, message = message)
}

/// `file: B7: message`, a problem with one cell.
pub fn in_cell(name: &str, cell: &str, message: Msg) -> Msg {
    msg!(
        "import-in-cell",
        file = name,
        cell = cell,
        message = message
    )
}

fn file_problem(name: &str, message: Msg) -> Diagnostic {
    Diagnostic::file_error(Code::ImportFile, name, in_file(name, message))
}

fn too_large(name: &str, len: Option<u64>) -> Diagnostic {
    crate::load::file_too_large(name, len, MAX_SOURCE_SIZE).with_help(msg!("import-too-large-help"))
}

fn password(name: &str) -> Diagnostic {
    file_problem(name, msg!("import-password")).with_help(msg!("import-password-help"))
}

fn damaged(name: &str) -> Diagnostic {
    file_problem(name, msg!("import-damaged")).with_help(msg!("import-damaged-help"))
}

/// An encrypted Office file is an OLE container with a stream `EncryptedPackage`
/// (its name is stored in UTF-16).
fn is_encrypted(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

/// An ODS file saved with a password keeps its parts encrypted, and says so in its
/// manifest (`manifest:encryption-data`).
fn ods_encrypted(bytes: &[u8]) -> bool {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return false;
    };
    let Ok(entry) = zip.by_name("META-INF/manifest.xml") else {
        return false;
    };
    let mut manifest = String::new();
    entry
        .take(MAX_SOURCE_SIZE)
        .read_to_string(&mut manifest)
        .is_ok()
        && manifest.contains("encryption-data")
}

/// The size of a zip file's content once unpacked, counted by unpacking it (the sizes
/// a zip file declares can lie), stopping as soon as it passes the limit.
fn unpacked_size(bytes: &[u8]) -> Result<u64, ()> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ())?;
    let mut total: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|_| ())?;
        loop {
            match entry.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    total += n as u64;
                    if total > MAX_SOURCE_SIZE {
                        return Ok(total);
                    }
                }
                Err(_) => return Err(()),
            }
        }
    }
    Ok(total)
}

/// Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA.
pub fn column_name(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The sheet to read: `--sheet NAME`, or the first. `None` when there is none (the
/// visitor has been told why).
fn choose_sheet(
    names: &[String],
    name: &str,
    sheet: Option<&str>,
    v: &mut dyn Visitor,
) -> Option<String> {
    match sheet {
        Some(s) => match names.iter().find(|n| n.as_str() == s) {
            Some(n) => Some(n.clone()),
            None => {
                let sheets = names.join(", ");
                let help = match crate::diag::did_you_mean(s, names.iter().map(String::as_str)) {
                    Some(m) => msg!(
                        "import-no-such-sheet-did-you-mean",
                        suggestion = m,
                        sheets = sheets
                    ),
                    None => msg!("import-no-such-sheet-help", sheets = sheets),
                };
                v.problem(
                    file_problem(name, msg!("import-no-such-sheet", sheet = s)).with_help(help),
                );
                None
            }
        },
        None => {
            let first = names.first().cloned();
            if first.is_none() {
                v.problem(file_problem(name, msg!("import-no-sheets")));
            }
            first
        }
    }
}

/// Why a workbook cannot be opened or read, from calamine's error.
fn unreadable(name: &str, error: &dyn std::fmt::Display) -> Diagnostic {
    if error.to_string().to_lowercase().contains("password") {
        password(name)
    } else {
        damaged(name)
    }
}

/// The merged cells that take in the header row, as a problem.
fn merged_header(
    name: &str,
    merged: &[calamine::Dimensions],
    header_row: u32,
) -> Option<Diagnostic> {
    let m = merged
        .iter()
        .find(|m| m.start.0 <= header_row && m.end.0 >= header_row)?;
    let from = format!("{}{}", column_name(m.start.1 as usize), m.start.0 + 1);
    let to = format!("{}{}", column_name(m.end.1 as usize), m.end.0 + 1);
    Some(
        Diagnostic::file_error(
            Code::ImportFile,
            name,
            in_cell(
                name,
                &from,
                msg!("import-merged-header", from = from.as_str(), to = to),
            ),
        )
        .with_help(msg!("import-merged-header-help")),
    )
}

/// A workbook of any kind, opened, and the sheet to read from it; `None` when either
/// fails (the problem is told to the visitor).
fn open_sheet<RS, B, E>(
    opened: Result<B, E>,
    name: &str,
    sheet: Option<&str>,
    v: &mut dyn Visitor,
) -> Option<(B, String)>
where
    RS: std::io::Read + std::io::Seek,
    B: Reader<RS>,
    E: std::fmt::Display,
{
    let book = match opened {
        Ok(b) => b,
        Err(e) => {
            v.problem(unreadable(name, &e));
            return None;
        }
    };
    let chosen = choose_sheet(&book.sheet_names(), name, sheet, v)?;
    Some((book, chosen))
}

/// An XLSX workbook, read cell by cell as its sheet is unpacked: only one row is in
/// memory at a time, so a sheet of forty thousand respondents costs no more than
/// one of forty.
fn xlsx<RS: std::io::Read + std::io::Seek>(
    opened: Result<calamine::Xlsx<RS>, calamine::XlsxError>,
    name: &str,
    sheet: Option<&str>,
    v: &mut dyn Visitor,
) {
    let Some((mut book, chosen)) = open_sheet(opened, name, sheet, v) else {
        return;
    };
    let merged = book.merge_cells_by_sheet_name(&chosen).unwrap_or_default();
    let mut reader = match book.worksheet_cells_reader(&chosen) {
        Ok(r) => r,
        Err(e) => {
            v.problem(unreadable(name, &e));
            return;
        }
    };
    // The row being gathered (0-based), its cells from column A on.
    let mut current: Option<u32> = None;
    let mut row: Vec<calamine::DataRef> = Vec::new();
    let mut header_seen = false;
    let mut flush = |at: u32, row: &[calamine::DataRef], v: &mut dyn Visitor| -> bool {
        if !header_seen {
            if let Some(d) = merged_header(name, &merged, at) {
                v.problem(d);
                return false;
            }
            let headers: Vec<String> = row.iter().map(data_ref_text).collect();
            if headers.iter().all(|h| h.trim().is_empty()) {
                v.problem(file_problem(
                    name,
                    msg!("import-no-header-row", sheet = chosen.as_str()),
                ));
                return false;
            }
            v.headers(&headers, 0);
            header_seen = true;
            return true;
        }
        let cells: Vec<Cell> = row.iter().map(data_ref_cell).collect();
        v.row(at as usize + 1, &cells);
        true
    };
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => {
                v.problem(unreadable(name, &e));
                return;
            }
        };
        let (r, c) = cell.get_position();
        let value = cell.get_value();
        if matches!(value, calamine::DataRef::Empty) {
            continue;
        }
        if current != Some(r) {
            if let Some(at) = current
                && !flush(at, &row, v)
            {
                return;
            }
            row.clear();
            current = Some(r);
        }
        let c = c as usize;
        if c >= MAX_COLUMNS {
            continue;
        }
        if row.len() <= c {
            row.resize(c + 1, calamine::DataRef::Empty);
        }
        row[c] = value.clone();
    }
    match current {
        Some(at) => {
            flush(at, &row, v);
        }
        None => v.problem(
            file_problem(name, msg!("import-empty-sheet", sheet = chosen.as_str()))
                .with_help(msg!("import-empty-sheet-help")),
        ),
    }
}

/// Columns past this are not read (a spreadsheet has at most 16,384).
const MAX_COLUMNS: usize = 16_384;

fn data_ref_cell<'a>(d: &'a calamine::DataRef<'a>) -> Cell<'a> {
    use calamine::DataRef as D;
    match d {
        D::Empty => Cell::Empty,
        D::Int(n) => Cell::Number(*n as f64),
        D::Float(f) => Cell::Number(*f),
        D::String(s) => Cell::Text(Cow::Borrowed(s.as_str())),
        D::SharedString(s) => Cell::Text(Cow::Borrowed(s)),
        other => Cell::Other(data_ref_text(other)),
    }
}

fn data_ref_text(d: &calamine::DataRef) -> String {
    use calamine::DataRef as D;
    match d {
        D::Empty => String::new(),
        D::String(s) | D::DateTimeIso(s) | D::DurationIso(s) => s.clone(),
        D::SharedString(s) => (*s).to_string(),
        D::Float(f) => f.to_string(),
        D::Int(n) => n.to_string(),
        D::Bool(b) => b.to_string(),
        D::DateTime(dt) => dt.as_f64().to_string(),
        D::Error(e) => format!("#{e:?}"),
    }
}

fn workbook<RS: std::io::Read + std::io::Seek>(
    opened: Result<calamine::Sheets<RS>, calamine::Error>,
    name: &str,
    sheet: Option<&str>,
    v: &mut dyn Visitor,
) {
    let Some((mut book, chosen)) = open_sheet(opened, name, sheet, v) else {
        return;
    };
    let range = match book.worksheet_range(&chosen) {
        Ok(r) => r,
        Err(e) => {
            v.problem(unreadable(name, &e));
            return;
        }
    };
    let Some((row0, col0)) = range.start() else {
        v.problem(
            file_problem(name, msg!("import-empty-sheet", sheet = chosen.as_str()))
                .with_help(msg!("import-empty-sheet-help")),
        );
        return;
    };
    let merged = match &book {
        calamine::Sheets::Xls(x) => x.merge_cells_by_sheet_name(&chosen).unwrap_or_default(),
        _ => Vec::new(),
    };
    if let Some(d) = merged_header(name, &merged, row0) {
        v.problem(d);
        return;
    }
    let (row0, col0) = (row0 as usize, col0 as usize);
    let mut rows = range.rows();
    let Some(header_row) = rows.next() else {
        return;
    };
    let headers: Vec<String> = header_row.iter().map(data_text).collect();
    if headers.iter().all(|h| h.trim().is_empty()) {
        v.problem(file_problem(
            name,
            msg!("import-no-header-row", sheet = chosen.as_str()),
        ));
        return;
    }
    v.headers(&headers, col0);
    let mut cells = Vec::with_capacity(headers.len());
    for (i, row) in rows.enumerate() {
        cells.clear();
        cells.extend(row.iter().map(|d| match d {
            Data::Empty => Cell::Empty,
            Data::Int(n) => Cell::Number(*n as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::String(s) => Cell::Text(Cow::Borrowed(s.as_str())),
            other => Cell::Other(data_text(other)),
        }));
        v.row(row0 + i + 2, &cells);
    }
}

fn data_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(n) => n.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Bytes of a text file → text, and how it was read (for `--verbose`).
fn decode_text(bytes: Vec<u8>) -> (String, &'static str) {
    // The second value is the catalogue id of the encoding's name.
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            "import-encoding-utf8-bom",
        );
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        let (text, _) = encoding_rs::UTF_16LE.decode_with_bom_removal(&bytes);
        return (text.into_owned(), "import-encoding-utf16le");
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _) = encoding_rs::UTF_16BE.decode_with_bom_removal(&bytes);
        return (text.into_owned(), "import-encoding-utf16be");
    }
    match String::from_utf8(bytes) {
        Ok(text) => (text, "import-encoding-utf8"),
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            (text.into_owned(), "import-encoding-windows-1252")
        }
    }
}

/// The delimiter of a CSV text: the most frequent of `;`, `,` and tab outside quotes
/// on its first line (a comma when none is there). Excel's `sep=X` line is honoured.
fn sniff(text: &str) -> (u8, usize) {
    let first = text.split('\n').next().unwrap_or("").trim_end_matches('\r');
    if let Some(rest) = first.strip_prefix("sep=")
        && rest.len() == 1
    {
        return (rest.as_bytes()[0], first.len() + 1);
    }
    let (mut semi, mut comma, mut tab) = (0, 0, 0);
    let mut quoted = false;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            ',' if !quoted => comma += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    let delim = if tab > semi && tab > comma {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    };
    (delim, 0)
}

fn read_csv(bytes: Vec<u8>, name: &str, v: &mut dyn Visitor) {
    let (text, encoding) = decode_text(bytes);
    let (delim, skip) = sniff(&text);
    let separator = match delim {
        b'\t' => Msg::Id("import-separator-tab", Vec::new()),
        d => Msg::Text(format!("`{}`", d as char)),
    };
    v.note(in_file(
        name,
        msg!(
            "import-read-as",
            encoding = Msg::Id(encoding, Vec::new()),
            separator = separator
        ),
    ));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(&text.as_bytes()[skip..]);
    let mut record = csv::StringRecord::new();
    let mut width = None;
    let mut row = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(row + 1, |p| p.record() as usize + 1);
                v.problem(file_problem(
                    name,
                    msg!("import-csv-unreadable", row = at, error = e.to_string()),
                ));
                return;
            }
        }
        row += 1;
        match width {
            None => {
                let headers: Vec<String> = record.iter().map(str::to_string).collect();
                if headers.iter().all(|h| h.trim().is_empty()) {
                    v.problem(
                        file_problem(name, msg!("import-first-row-empty"))
                            .with_help(msg!("import-first-row-empty-help")),
                    );
                    return;
                }
                width = Some(headers.len());
                v.headers(&headers, 0);
            }
            Some(w) => {
                if record.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if record.len() != w {
                    v.problem(
                        Diagnostic::file_error(
                            Code::ImportRow,
                            name,
                            in_file(
                                name,
                                msg!(
                                    "import-row-width",
                                    row = row,
                                    cells = record.len(),
                                    width = w
                                ),
                            ),
                        )
                        .with_help(msg!("import-row-width-help")),
                    );
                    continue;
                }
                let cells: Vec<Cell> = record
                    .iter()
                    .map(|c| {
                        if c.trim().is_empty() {
                            Cell::Empty
                        } else {
                            Cell::Text(Cow::Borrowed(c))
                        }
                    })
                    .collect();
                v.row(row, &cells);
            }
        }
    }
    if width.is_none() {
        v.problem(file_problem(name, msg!("import-empty-file")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_follow_spreadsheets() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn delimiters_are_sniffed_outside_quotes() {
        assert_eq!(sniff("a;b;c\n1,5;2;3").0, b';');
        assert_eq!(sniff("\"a;b\",c,d\n").0, b',');
        assert_eq!(sniff("a\tb\tc").0, b'\t');
        assert_eq!(sniff("sep=;\na;b"), (b';', 6));
    }

    #[test]
    fn encodings_are_recognised() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("A1\tB1".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode_text(utf16).0, "A1\tB1");
        assert_eq!(decode_text(b"\xEF\xBB\xBFx".to_vec()).0, "x");
        assert_eq!(decode_text(b"caf\xE9".to_vec()).0, "café");
    }
}
