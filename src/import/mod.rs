//! Answers collected elsewhere (form exports as CSV, XLSX or ODS; session files the
//! form wrote) turned into teams' answers, and merged into a session file's text.
//!
//! `read` turns a file into rows, `columns` says what a header and a value mean, this
//! module gathers every respondent's values per team and item, and `edit` writes them
//! into the session with `toml_edit`, keeping the file's comments and layout.
//! What it does not own: the command line and writing the file (`commands::import`).

mod columns;
pub mod edit;
pub mod read;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use indexmap::IndexMap;

use crate::diag::{Code, Diagnostic};
use crate::i18n::Msg;
use crate::load::{self, Loaded, Loader};
use crate::model::{Answer, Definition, Role};
use crate::msg;

use columns::{Column, Labels, Value};
use read::{Cell, column_name, in_cell, in_file};

/// How rows are assigned to teams.
#[derive(Debug, Clone)]
pub enum TeamFrom {
    /// Every row to this team.
    Name(String),
    /// One team per distinct value of this column.
    Column(String),
    /// Not given: only session files can be imported then.
    Unset,
}

/// What the command line says about reading sources.
#[derive(Debug, Clone)]
pub struct Options {
    pub team: TeamFrom,
    /// `--map`: header text → what it means, written as a header would be (`A1`,
    /// `A1 toelichting`).
    pub map: IndexMap<String, String>,
    pub sheet: Option<String>,
}

/// One team's imported answers.
#[derive(Debug, Clone, Default)]
pub struct ImportedTeam {
    /// From a session file: the team's own type and role.
    pub kind: Option<String>,
    pub role: Option<Role>,
    /// Respondents (rows) that went into this team; 0 for a team from a session file.
    pub respondents: usize,
    /// Item code → answer, in definition order.
    pub answers: IndexMap<String, Answer>,
}

/// Everything the sources hold, or why they cannot be imported.
#[derive(Debug, Default)]
pub struct Imported {
    pub teams: IndexMap<String, ImportedTeam>,
    pub problems: Vec<Diagnostic>,
    /// What `--verbose` shows: ignored columns, encodings.
    pub notes: Vec<Msg>,
}

/// Per team and item, while rows are read.
#[derive(Default)]
struct Gather {
    votes: Vec<i64>,
    not_applicable: usize,
    texts: Vec<String>,
    examples: Vec<String>,
}

#[derive(Default)]
struct TeamGather {
    respondents: usize,
    items: Vec<Option<Gather>>,
}

/// Reads every source against the definition of the session they go into.
pub fn read_sources(
    sources: &[PathBuf],
    def: &Arc<Definition>,
    opts: &Options,
) -> anyhow::Result<Imported> {
    let mut out = Imported::default();
    let twin = twin(def);
    let labels = Labels::new(def, twin.as_deref());
    let codes: Vec<String> = def.items().map(|i| i.code.clone()).collect();
    let mut gathered: IndexMap<String, TeamGather> = IndexMap::new();
    for path in sources {
        let name = path.display().to_string();
        let is_toml = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if is_toml {
            read_session(path, &name, def, &mut out)?;
            continue;
        }
        if let TeamFrom::Unset = opts.team {
            out.problems.push(
                Diagnostic::file_error(
                    Code::ImportNoTeam,
                    &name,
                    in_file(&name, msg!("import-no-team-given")),
                )
                .with_help(msg!("import-no-team-given-help")),
            );
            continue;
        }
        let mut v = Rows {
            name: &name,
            def,
            labels: &labels,
            opts,
            plan: Vec::new(),
            blank_header: Vec::new(),
            first_column: 0,
            team_column: None,
            problems: Vec::new(),
            notes: Vec::new(),
            gathered: &mut gathered,
            items: codes.len(),
            header_ok: false,
        };
        read::read(path, &name, opts.sheet.as_deref(), &mut v)?;
        out.problems.append(&mut v.problems);
        out.notes.append(&mut v.notes);
    }
    let nl = def.language == "nl";
    for (team, g) in gathered {
        let mut answers = IndexMap::new();
        for (code, item) in codes.iter().zip(g.items) {
            let Some(item) = item else { continue };
            let answer = finish(item, nl);
            if !answer.is_unanswered() {
                answers.insert(code.clone(), answer);
            }
        }
        let entry = out.teams.entry(team).or_default();
        entry.respondents += g.respondents;
        for (code, a) in answers {
            entry.answers.insert(code, a);
        }
    }
    Ok(out)
}

/// The built-in definition in the other language, whose scale labels are accepted too.
fn twin(def: &Definition) -> Option<Arc<Definition>> {
    if def.origin != crate::model::Origin::Builtin {
        return None;
    }
    let other = match def.id.strip_suffix("-en") {
        Some(base) => base.to_string(),
        None => format!("{}-en", def.id),
    };
    load::builtin(&other)
}

/// What the respondents said about one item, as one answer.
fn finish(g: Gather, nl: bool) -> Answer {
    let mut text = String::new();
    let na = g.votes.is_empty() && g.not_applicable > 0;
    if na {
        text.push_str(if nl {
            "n.v.t. volgens alle respondenten"
        } else {
            "n/a according to all respondents"
        });
    }
    if !g.texts.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&bullets(&g.texts));
    }
    Answer {
        score: None,
        votes: g.votes,
        text: (!text.is_empty()).then_some(text),
        examples: g.examples,
        na,
    }
}

/// One Markdown bullet per respondent; a respondent's further lines are indented so
/// they stay in the bullet.
fn bullets(texts: &[String]) -> String {
    let mut out = String::new();
    for t in texts {
        let mut lines = t.lines().map(str::trim_end);
        out.push_str("- ");
        out.push_str(lines.next().unwrap_or(""));
        out.push('\n');
        for l in lines {
            if l.trim().is_empty() {
                out.push('\n');
            } else {
                out.push_str("  ");
                out.push_str(l);
                out.push('\n');
            }
        }
    }
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

/// Adds `new` examples to `list`, leaving out any already there (in any case).
pub fn merge_examples<'a>(list: &mut Vec<String>, new: impl IntoIterator<Item = &'a str>) {
    for e in new {
        if !list.iter().any(|x| x.to_lowercase() == e.to_lowercase()) {
            list.push(e.to_string());
        }
    }
}

/// A session file as a source: its teams, with their own type and role.
fn read_session(
    path: &Path,
    name: &str,
    def: &Definition,
    out: &mut Imported,
) -> anyhow::Result<()> {
    let report = Loader::new().load(&load::Input::File(path.to_path_buf()))?;
    let errors: Vec<Diagnostic> = report
        .diags
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if !errors.is_empty() {
        out.problems.extend(errors);
        return Ok(());
    }
    match report.loaded {
        Loaded::Session(s) => {
            if s.definition.id != def.id {
                out.problems.push(
                    Diagnostic::file_error(
                        Code::ImportDefinition,
                        name,
                        in_file(
                            name,
                            msg!(
                                "import-other-definition",
                                found = s.definition.id.as_str(),
                                session = def.id.as_str()
                            ),
                        ),
                    )
                    .with_help(msg!(
                        "import-other-definition-help",
                        found = s.definition.id.as_str(),
                        session = def.id.as_str()
                    )),
                );
                return Ok(());
            }
            for t in s.teams {
                let entry = out.teams.entry(t.name).or_default();
                entry.kind = Some(t.kind);
                entry.role = Some(t.role);
                for (code, a) in t.answers {
                    if !a.is_unanswered() {
                        entry.answers.insert(code, a);
                    }
                }
            }
        }
        Loaded::Definition(_) | Loaded::Invalid => out.problems.push(Diagnostic::file_error(
            Code::ImportFile,
            name,
            in_file(name, msg!("import-not-session")),
        )),
    }
    Ok(())
}

/// Reads the rows of one spreadsheet or CSV source.
struct Rows<'a> {
    name: &'a str,
    def: &'a Definition,
    labels: &'a Labels,
    opts: &'a Options,
    plan: Vec<Column>,
    /// Per column of the header row: its header is blank (a merged header cell leaves
    /// the cells after its first one blank).
    blank_header: Vec<bool>,
    first_column: usize,
    team_column: Option<usize>,
    problems: Vec<Diagnostic>,
    notes: Vec<Msg>,
    gathered: &'a mut IndexMap<String, TeamGather>,
    items: usize,
    header_ok: bool,
}

impl Rows<'_> {
    fn cell(&self, column: usize, row: usize) -> String {
        format!("{}{row}", column_name(self.first_column + column))
    }

    fn value_problem(&mut self, code: Code, cell: &str, message: Msg) {
        self.problems.push(Diagnostic::file_error(
            code,
            self.name,
            in_cell(self.name, cell, message),
        ));
    }
}

impl read::Visitor for Rows<'_> {
    fn headers(&mut self, headers: &[String], first_column: usize) {
        self.first_column = first_column;
        let mut ignored = Vec::new();
        let mut seen: IndexMap<(u8, usize), usize> = IndexMap::new();
        let codes: Vec<&str> = self.def.items().map(|i| i.code.as_str()).collect();
        let header_row = 1;
        for (col, h) in headers.iter().enumerate() {
            let h_trim = h.trim();
            let team_header = match &self.opts.team {
                TeamFrom::Column(t) => t.trim().eq_ignore_ascii_case(h_trim),
                _ => false,
            };
            let meaning = if team_header {
                Ok(Some(Column::Team))
            } else if let Some(mapped) = self.opts.map.get(h_trim) {
                match columns::classify(mapped, self.def) {
                    Ok(Some(c)) => Ok(Some(c)),
                    _ => Err(mapped.clone()),
                }
            } else {
                columns::classify(h_trim, self.def)
            };
            let column = match meaning {
                Ok(Some(c)) => c,
                Ok(None) => {
                    if !h_trim.is_empty() {
                        ignored.push(format!("{} (`{h_trim}`)", column_name(first_column + col)));
                    }
                    Column::Ignored
                }
                Err(token) => {
                    let help = match crate::diag::did_you_mean(
                        &token.to_uppercase(),
                        codes.iter().copied(),
                    ) {
                        Some(s) => msg!(
                            "import-unknown-item-did-you-mean",
                            suggestion = s,
                            header = h_trim
                        ),
                        None => msg!("import-unknown-item-help", header = h_trim),
                    };
                    let cell = format!("{}{header_row}", column_name(first_column + col));
                    self.problems.push(
                        Diagnostic::file_error(
                            Code::ImportUnknownItem,
                            self.name,
                            in_cell(
                                self.name,
                                &cell,
                                msg!(
                                    "import-unknown-item",
                                    token = token.as_str(),
                                    definition = self.def.id.as_str()
                                ),
                            ),
                        )
                        .with_help(help),
                    );
                    Column::Ignored
                }
            };
            let key = match column {
                Column::Score(i) => Some((0, i)),
                Column::Text(i) => Some((1, i)),
                Column::Examples(i) => Some((2, i)),
                Column::Team => Some((3, 0)),
                Column::Ignored => None,
            };
            if let Some(key) = key {
                if let Some(&other) = seen.get(&key) {
                    let cell = format!("{}{header_row}", column_name(first_column + col));
                    self.problems.push(
                        Diagnostic::file_error(
                            Code::ImportDuplicateColumn,
                            self.name,
                            in_cell(
                                self.name,
                                &cell,
                                msg!(
                                    "import-duplicate-column",
                                    column = column_name(first_column + other),
                                    header = headers[other].trim()
                                ),
                            ),
                        )
                        .with_help(msg!("import-duplicate-column-help")),
                    );
                } else {
                    seen.insert(key, col);
                }
            }
            if column == Column::Team {
                self.team_column = Some(col);
            }
            self.plan.push(column);
            self.blank_header.push(h_trim.is_empty());
        }
        if let TeamFrom::Column(t) = &self.opts.team
            && self.team_column.is_none()
        {
            let names: Vec<&str> = headers.iter().map(|h| h.trim()).collect();
            let help = match crate::diag::did_you_mean(t, names.iter().copied()) {
                Some(s) => msg!("import-no-team-column-did-you-mean", suggestion = s),
                None => msg!("import-no-team-column-help"),
            };
            self.problems.push(
                Diagnostic::file_error(
                    Code::ImportNoTeam,
                    self.name,
                    in_file(self.name, msg!("import-no-team-column", column = t)),
                )
                .with_help(help),
            );
            return;
        }
        if !self
            .plan
            .iter()
            .any(|c| matches!(c, Column::Score(_) | Column::Text(_) | Column::Examples(_)))
        {
            self.problems.push(
                Diagnostic::file_error(
                    Code::ImportNoItems,
                    self.name,
                    in_file(
                        self.name,
                        msg!("import-no-items", definition = self.def.id.as_str()),
                    ),
                )
                .with_help(msg!("import-no-items-help")),
            );
            return;
        }
        if !ignored.is_empty() {
            self.notes.push(in_file(
                self.name,
                msg!("import-left-out", columns = ignored.join(", ")),
            ));
        }
        self.header_ok = true;
    }

    fn row(&mut self, row: usize, cells: &[Cell]) {
        if !self.header_ok || cells.iter().all(Cell::is_empty) {
            return;
        }
        // A cell under no header: the header row has merged or missing cells. A merged
        // header cell keeps its text in its first column and leaves the others blank.
        for (col, c) in cells.iter().enumerate() {
            let blank = self.blank_header.get(col).copied().unwrap_or(true);
            if blank && !c.is_empty() {
                let cell = self.cell(col, row);
                self.value_problem(Code::ImportRow, &cell, msg!("import-cell-without-header"));
                return;
            }
        }
        let team = match (&self.opts.team, self.team_column) {
            (TeamFrom::Name(n), _) => n.clone(),
            (_, Some(col)) => {
                let value = match cells.get(col) {
                    Some(Cell::Text(t)) => t.trim().to_string(),
                    Some(Cell::Number(f)) => f.to_string(),
                    Some(Cell::Other(s)) => s.clone(),
                    _ => String::new(),
                };
                if value.is_empty() {
                    let cell = self.cell(col, row);
                    self.value_problem(Code::ImportNoTeam, &cell, msg!("import-row-without-team"));
                    return;
                }
                value
            }
            _ => return,
        };
        let items = self.items;
        let mut bad = Vec::new();
        let team_entry = self.gathered.entry(team).or_insert_with(|| TeamGather {
            respondents: 0,
            items: (0..items).map(|_| None).collect(),
        });
        team_entry.respondents += 1;
        for (col, (column, cell)) in self.plan.iter().zip(cells).enumerate() {
            let (item, what) = match column {
                Column::Score(i) => (*i, 0),
                Column::Text(i) => (*i, 1),
                Column::Examples(i) => (*i, 2),
                Column::Ignored | Column::Team => continue,
            };
            if cell.is_empty() {
                continue;
            }
            let g = team_entry.items[item].get_or_insert_with(Gather::default);
            let text = match cell {
                Cell::Text(t) => Some(t.as_ref()),
                _ => None,
            };
            match what {
                0 => {
                    let value = match cell {
                        Cell::Number(f) => self.labels.number(*f, &f.to_string()),
                        Cell::Text(t) => self.labels.text(t),
                        Cell::Other(s) => {
                            Value::Bad(msg!("import-not-a-score-kind", value = s.as_str()))
                        }
                        Cell::Empty => Value::Empty,
                    };
                    match value {
                        Value::Vote(v) => g.votes.push(v),
                        Value::NotApplicable => g.not_applicable += 1,
                        Value::Empty => {}
                        Value::Bad(m) => bad.push((col, m)),
                    }
                }
                1 => {
                    let t = match (text, cell) {
                        (Some(t), _) => t.trim().to_string(),
                        (None, Cell::Number(f)) => f.to_string(),
                        (None, Cell::Other(s)) => s.clone(),
                        _ => String::new(),
                    };
                    if !t.is_empty() {
                        g.texts.push(t.replace("\r\n", "\n"));
                    }
                }
                _ => {
                    if let Some(t) = text {
                        merge_examples(&mut g.examples, columns::split_examples(t));
                    } else if let Cell::Number(f) = cell {
                        merge_examples(&mut g.examples, [f.to_string().as_str()]);
                    }
                }
            }
        }
        for (col, m) in bad {
            let cell = self.cell(col, row);
            self.value_problem(Code::ImportValue, &cell, m);
        }
    }

    fn problem(&mut self, d: Diagnostic) {
        self.problems.push(d);
    }

    fn note(&mut self, text: Msg) {
        self.notes.push(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_become_one_bullet_per_respondent() {
        let got = bullets(&["Goed.".into(), "Eerste regel\nTweede regel".into()]);
        assert_eq!(got, "- Goed.\n- Eerste regel\n  Tweede regel");
    }

    #[test]
    fn not_applicable_only_when_nobody_voted() {
        let g = Gather {
            not_applicable: 2,
            ..Gather::default()
        };
        let a = finish(g, true);
        assert!(a.na);
        assert_eq!(a.text.as_deref(), Some("n.v.t. volgens alle respondenten"));
        let g = Gather {
            votes: vec![3],
            not_applicable: 2,
            ..Gather::default()
        };
        let a = finish(g, true);
        assert!(!a.na);
        assert_eq!(a.votes, [3]);
        assert_eq!(a.text, None);
    }

    #[test]
    fn examples_merge_without_duplicates() {
        let mut list = vec!["Koffieochtend".to_string()];
        merge_examples(&mut list, ["koffieochtend", "nieuwsbrief", "Nieuwsbrief"]);
        assert_eq!(list, ["Koffieochtend", "nieuwsbrief"]);
    }
}
