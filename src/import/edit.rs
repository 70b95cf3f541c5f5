//! Imported answers written into a session file's text, keeping its comments and
//! layout: the text is edited with `toml_edit`, values that do not change keep the
//! way they were written (and their comments), and a file that was in `scan fmt`'s
//! layout is put in that layout again.

use std::str::FromStr;

use anyhow::{Context, Result, bail};
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use super::{ImportedTeam, merge_examples};
use crate::diag::{Code, Diagnostic};
use crate::model::{Answer, Role, Session};
use crate::toml_layout;

/// What the command line says about teams that are not in the session yet, and
/// about answers that are.
pub struct Plan<'a> {
    pub replace: bool,
    /// `--type`, already checked against the definition.
    pub kind: Option<&'a str>,
    /// `--role` (parents when not given).
    pub role: Role,
}

/// What happened to one team, for the summary.
#[derive(Debug)]
pub struct TeamChange {
    pub name: String,
    pub added: bool,
    pub kind: String,
    pub role: Role,
    pub respondents: usize,
    /// Items that got answers.
    pub items: usize,
    /// Items that got votes.
    pub voted: usize,
}

/// Why nothing can be written.
pub enum Refusal {
    /// Answers that exist already (exit 1).
    Problems(Vec<Diagnostic>),
    /// A team that is not in the session yet and whose organisation type no one gave
    /// (exit 2: `--type` is missing).
    NeedsType(crate::i18n::Msg),
}

/// The session's new text, and the same text with each votes array cut down to its
/// smallest and largest vote. The second is what is validated: it has every key,
/// table and value of the first, and a vote is on the scale when the extremes are,
/// so checking it checks the first without building a value for every vote.
pub struct Edited {
    pub text: String,
    pub check: String,
    pub changes: Vec<TeamChange>,
}

/// The session's new text and what changed, or why it cannot change.
pub fn apply(
    text: &str,
    session: &Session,
    teams: &indexmap::IndexMap<String, ImportedTeam>,
    plan: &Plan,
) -> Result<std::result::Result<Edited, Refusal>> {
    let def = &session.definition;
    let mut problems = Vec::new();
    let mut changes = Vec::new();
    for (name, imported) in teams {
        let existing = session.teams.iter().find(|t| &t.name == name);
        match existing {
            Some(team) => {
                let taken: Vec<&str> = imported
                    .answers
                    .iter()
                    .filter(|(code, new)| {
                        team.answers.get(*code).is_some_and(|old| {
                            !old.votes.is_empty() || (old.score.is_some() && new.score.is_some())
                        })
                    })
                    .map(|(code, _)| code.as_str())
                    .collect();
                if !taken.is_empty() && !plan.replace {
                    problems.push(
                        Diagnostic::file_error(
                            Code::ImportReplace,
                            &session.file,
                            super::read::in_file(
                                &session.file,
                                crate::msg!(
                                    "import-already-voted",
                                    team = name,
                                    items = taken.join(", ")
                                ),
                            ),
                        )
                        .with_help(crate::msg!("import-already-voted-help")),
                    );
                }
                changes.push(TeamChange {
                    name: name.clone(),
                    added: false,
                    kind: team.kind.clone(),
                    role: team.role,
                    respondents: imported.respondents,
                    items: imported.answers.len(),
                    voted: imported
                        .answers
                        .values()
                        .filter(|a| !a.votes.is_empty())
                        .count(),
                });
            }
            None => {
                let Some(kind) = imported.kind.clone().or(plan.kind.map(str::to_string)) else {
                    let types: Vec<&str> = def.types.keys().map(String::as_str).collect();
                    return Ok(Err(Refusal::NeedsType(crate::msg!(
                        "import-new-team-needs-type",
                        team = name,
                        file = session.file.as_str(),
                        types = types.join(", ")
                    ))));
                };
                changes.push(TeamChange {
                    name: name.clone(),
                    added: true,
                    kind,
                    role: imported.role.unwrap_or(plan.role),
                    respondents: imported.respondents,
                    items: imported.answers.len(),
                    voted: imported
                        .answers
                        .values()
                        .filter(|a| !a.votes.is_empty())
                        .count(),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Ok(Err(Refusal::Problems(problems)));
    }
    let crlf = text.find('\n').is_some_and(|i| text[..i].ends_with('\r'));
    let was_formatted = toml_layout::format_session(text, def).is_ok_and(|f| f == text);
    let mut doc =
        DocumentMut::from_str(text).context("cannot read the layout of the session file")?;
    let mut votes = Votes::new(text, teams);
    // Comments at the end of the file: the first block belongs to the last table (a
    // new team goes after it), the rest stays at the end. Only when the teams are the
    // last tables of the file; otherwise new teams go before the tables that follow.
    let teams_last = !doc.contains_key("targets") && !doc.contains_key("action");
    let mut doc_trailing = if teams_last {
        doc.trailing().as_str().unwrap_or("").to_string()
    } else {
        String::new()
    };
    for (change, (name, imported)) in changes.iter().zip(teams) {
        let existing = session.teams.iter().find(|t| &t.name == name);
        let array = team_array(&mut doc)?;
        let found = array
            .iter()
            .position(|t| t.get("name").and_then(Item::as_str) == Some(name.as_str()));
        let index = match found {
            Some(i) => i,
            None => {
                let mut t = Table::new();
                if let Some(prefix) = last_table_comments(&mut doc_trailing) {
                    t.decor_mut().set_prefix(prefix);
                }
                t.insert("name", toml_edit::value(name.as_str()));
                t.insert("type", toml_edit::value(change.kind.as_str()));
                t.insert("role", toml_edit::value(change.role.as_str()));
                array.push(t);
                array.len() - 1
            }
        };
        let Some(team_table) = array.get_mut(index) else {
            bail!("the team `{name}` could not be found in the session file's layout");
        };
        if !team_table.contains_key("answers") {
            let mut answers = Table::new();
            answers.set_implicit(true);
            team_table.insert("answers", Item::Table(answers));
        }
        let Some(answers) = team_table
            .get_mut("answers")
            .and_then(Item::as_table_like_mut)
        else {
            bail!("`answers` of the team `{name}` is not a table");
        };
        for item in def.items() {
            let Some(new) = imported.answers.get(&item.code) else {
                continue;
            };
            let old = existing.and_then(|t| t.answers.get(&item.code));
            let merged = merge(old, new, plan.replace);
            if !answers.contains_key(&item.code) {
                answers.insert(&item.code, Item::Table(Table::new()));
            }
            let Some(table) = answers
                .get_mut(&item.code)
                .and_then(Item::as_table_like_mut)
            else {
                bail!(
                    "the answer {} of the team `{name}` is not a table",
                    item.code
                );
            };
            write_answer(table, old, merged, crlf, &mut votes)?;
        }
    }
    if teams_last {
        doc.set_trailing(doc_trailing);
    }
    let mut out = doc.to_string();
    drop(doc);
    if was_formatted {
        out = toml_layout::format_session(&out, def)?;
    }
    Ok(Ok(Edited {
        check: votes.splice(&out, was_formatted, crlf, true)?,
        text: votes.splice(&out, was_formatted, crlf, false)?,
        changes,
    }))
}

/// Takes the first block of comment lines (up to a blank line) from the end of
/// `trailing`, as the text that goes before a table appended after the last one.
fn last_table_comments(trailing: &mut String) -> Option<String> {
    if !trailing.contains('#') {
        return None;
    }
    let cut = trailing.find("\n\n").map_or(trailing.len(), |i| i + 1);
    let first = trailing[..cut].to_string();
    let rest = trailing[cut..].to_string();
    *trailing = rest;
    Some(format!("{first}\n"))
}

fn team_array(doc: &mut DocumentMut) -> Result<&mut ArrayOfTables> {
    if !doc.contains_key("team") {
        doc.insert("team", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    doc.get_mut("team")
        .and_then(Item::as_array_of_tables_mut)
        .context("`team` in the session file is not a list of [[team]] tables")
}

/// An existing answer and an imported one, as one. Without `replace`: votes are
/// added where there were none, the score and text are kept, imported text is added
/// after the text, examples are merged. With `replace`: the imported votes, text and
/// examples take the place of the old ones.
pub fn merge(old: Option<&Answer>, new: &Answer, replace: bool) -> Answer {
    let Some(old) = old else {
        return new.clone();
    };
    if replace {
        return Answer {
            score: new.score.or(old.score),
            votes: new.votes.clone(),
            text: new.text.clone(),
            examples: new.examples.clone(),
            na: new.na && new.score.or(old.score).is_none(),
        };
    }
    let text = match (&old.text, &new.text) {
        (Some(a), Some(b)) if !a.trim().is_empty() => Some(format!("{}\n\n{b}", a.trim_end())),
        (a, b) => b.clone().or_else(|| a.clone()),
    };
    let mut examples = old.examples.clone();
    merge_examples(&mut examples, new.examples.iter().map(String::as_str));
    let votes = if old.votes.is_empty() {
        new.votes.clone()
    } else {
        old.votes.clone()
    };
    let score = old.score.or(new.score);
    Answer {
        na: (old.na || new.na) && score.is_none() && votes.is_empty(),
        score,
        votes,
        text,
        examples,
    }
}

/// Writes the keys that changed; a key that keeps its value keeps its form and
/// comments, one that gets a new value keeps its comments.
fn write_answer(
    table: &mut dyn TableLike,
    old: Option<&Answer>,
    new: Answer,
    crlf: bool,
    votes: &mut Votes,
) -> Result<()> {
    let empty = Answer::default();
    let old = old.unwrap_or(&empty);
    if old.na != new.na {
        set(table, "na", new.na.then(|| Value::from(true)));
    }
    if old.score != new.score {
        set(table, "score", new.score.map(Value::from));
    }
    if old.votes != new.votes {
        let value = (!new.votes.is_empty()).then(|| votes.stand_in(new.votes.clone()));
        set(table, "votes", value);
    }
    if old.text != new.text {
        let value = match &new.text {
            Some(t) => Some(string_value(t, crlf)?),
            None => None,
        };
        set(table, "text", value);
    }
    if old.examples != new.examples {
        let value = (!new.examples.is_empty()).then(|| {
            let mut a: Array = new.examples.iter().map(String::as_str).collect();
            a.fmt();
            Value::Array(a)
        });
        set(table, "examples", value);
    }
    Ok(())
}

/// Votes written into the text after it is laid out. A form export of thousands of
/// respondents gives arrays of thousands of numbers; as values of the document they
/// would cost a hundred bytes or more each, several times over (the document, the
/// layout, its checks). The document holds a short stand-in string instead, which is
/// replaced by the numbers at the end.
struct Votes {
    /// Starts every stand-in; found nowhere in the session file or the imported text.
    prefix: String,
    lists: Vec<Vec<i64>>,
}

impl Votes {
    fn new(text: &str, teams: &indexmap::IndexMap<String, ImportedTeam>) -> Votes {
        let taken = |p: &str| {
            text.contains(p)
                || teams.values().flat_map(|t| t.answers.values()).any(|a| {
                    a.text.as_deref().is_some_and(|t| t.contains(p))
                        || a.examples.iter().any(|e| e.contains(p))
                })
        };
        let mut nonce = 0u32;
        let mut prefix = format!("scan-import-votes-{nonce}-");
        while taken(&prefix) {
            nonce += 1;
            prefix = format!("scan-import-votes-{nonce}-");
        }
        Votes {
            prefix,
            lists: Vec::new(),
        }
    }

    fn stand_in(&mut self, votes: Vec<i64>) -> Value {
        self.lists.push(votes);
        Value::from(format!("{}{}", self.prefix, self.lists.len() - 1))
    }

    /// The text with every stand-in replaced by its votes, laid out as `scan fmt`
    /// lays out an array when the file was in its layout, else on one line.
    /// `extremes`: each array as its smallest and largest vote only (for the check).
    fn splice(&self, text: &str, formatted: bool, crlf: bool, extremes: bool) -> Result<String> {
        if self.lists.is_empty() {
            return Ok(text.to_string());
        }
        let needle = format!("\"{}", self.prefix);
        let mut out = String::with_capacity(
            text.len() + self.lists.iter().map(|l| l.len() * 4).sum::<usize>(),
        );
        let mut rest = text;
        let mut done = 0;
        while let Some(at) = rest.find(&needle) {
            let after = &rest[at + needle.len()..];
            let end = after
                .find('"')
                .context("a stand-in for votes lost its closing quote")?;
            let index: usize = after[..end]
                .parse()
                .context("a stand-in for votes lost its number")?;
            let list = self
                .lists
                .get(index)
                .context("a stand-in for votes names no votes")?;
            let ends;
            let list = if extremes {
                let min = list.iter().min().copied().unwrap_or_default();
                let max = list.iter().max().copied().unwrap_or_default();
                ends = [min, max];
                &ends[..]
            } else {
                &list[..]
            };
            out.push_str(&rest[..at]);
            let line_start = out.rfind('\n').map_or(0, |i| i + 1);
            let line = &out[line_start..];
            let indent: String = line
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let array = if formatted {
                toml_layout::integer_array(list, &indent, line.chars().count())
            } else {
                let numbers: Vec<String> = list.iter().map(i64::to_string).collect();
                format!("[{}]", numbers.join(", "))
            };
            if crlf {
                out.push_str(&array.replace('\n', "\r\n"));
            } else {
                out.push_str(&array);
            }
            rest = &after[end + 1..];
            done += 1;
        }
        out.push_str(rest);
        if done != self.lists.len() {
            bail!("the session file's layout lost some of the imported votes");
        }
        Ok(out)
    }
}

/// Text as `scan fmt` writes it: double quotes, a `"""` block over several lines.
fn string_value(text: &str, crlf: bool) -> Result<Value> {
    let repr = if text.contains('\n') {
        if crlf {
            toml_layout::multi_line_string(&text.replace("\r\n", "\n").replace('\n', "\r\n"), true)
        } else {
            toml_layout::multi_line_string(text, false)
        }
    } else {
        toml_layout::basic_string(text)
    };
    Value::from_str(&repr).context("cannot write a text as TOML")
}

fn set(table: &mut dyn TableLike, key: &str, value: Option<Value>) {
    match value {
        None => {
            table.remove(key);
        }
        Some(mut v) => {
            if let Some(old) = table.get(key).and_then(Item::as_value) {
                let decor = old.decor().clone();
                *v.decor_mut() = decor;
            }
            table.insert(key, Item::Value(v));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(score: Option<i64>, votes: &[i64], text: Option<&str>, examples: &[&str]) -> Answer {
        Answer {
            score,
            votes: votes.to_vec(),
            text: text.map(str::to_string),
            examples: examples.iter().map(|s| s.to_string()).collect(),
            na: false,
        }
    }

    #[test]
    fn an_answer_without_votes_gets_them_and_keeps_its_score_and_text() {
        let old = answer(Some(3), &[], Some("Ons verhaal."), &["koffie"]);
        let new = answer(
            None,
            &[2, 4],
            Some("- Ouder één"),
            &["Koffie", "nieuwsbrief"],
        );
        let m = merge(Some(&old), &new, false);
        assert_eq!(m.score, Some(3));
        assert_eq!(m.votes, [2, 4]);
        assert_eq!(m.text.as_deref(), Some("Ons verhaal.\n\n- Ouder één"));
        assert_eq!(m.examples, ["koffie", "nieuwsbrief"]);
    }

    #[test]
    fn replace_takes_the_imported_votes_texts_and_examples() {
        let old = answer(Some(3), &[1, 1], Some("Oud."), &["oud"]);
        let new = answer(None, &[4], Some("Nieuw."), &["nieuw"]);
        let m = merge(Some(&old), &new, true);
        assert_eq!(m, answer(Some(3), &[4], Some("Nieuw."), &["nieuw"]));
    }
}
