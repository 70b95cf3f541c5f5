//! The harness the tests of both report writers share: the session files among the
//! examples and tests, the first line where two reports differ, and one generator of
//! sessions with hostile text that reaches every shape either template tells apart.

#![cfg(test)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::strategy::ValueTree;

use crate::load::{Input, Loaded, Loader};
use crate::model::Session;
use crate::render::Lang;
use crate::render::report::{ReportContext, report_context};
use crate::source::Source;

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// Every `.toml` file under `examples/` and `tests/` that loads as a session, as users
/// run them: the examples, the fixtures of reports, history, comparisons and more.
pub(super) fn session_files() -> Vec<(PathBuf, Box<Session>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    toml_files(&root.join("examples"), &mut files);
    toml_files(&root.join("tests"), &mut files);
    files.sort();
    let mut sessions = Vec::new();
    for file in files {
        let Ok(loaded) = Loader::new().load(&Input::File(file.clone())) else {
            continue;
        };
        if let Loaded::Session(session) = loaded.loaded {
            sessions.push((file, session));
        }
    }
    assert!(
        sessions.len() >= 40,
        "only {} sessions found",
        sessions.len()
    );
    sessions
}

/// The first line where two reports differ, for a message a person can read.
pub(super) fn first_difference(want: &str, got: &str) -> String {
    let (mut w, mut g) = (want.split_inclusive('\n'), got.split_inclusive('\n'));
    for line in 1.. {
        match (w.next(), g.next()) {
            (None, None) => break,
            (a, b) if a == b => continue,
            (a, b) => return format!("line {line}:\n template: {a:?}\n writer:   {b:?}"),
        }
    }
    "no line differs".to_string()
}

/// A session from the text of its file; the file must load without errors.
pub(super) fn load(text: &str) -> Session {
    load_named("generated.toml", text)
}

fn load_named(name: &str, text: &str) -> Session {
    let source = Source::new(name, text);
    let (loaded, diags) = Loader::new().load_source(&source, Path::new("."));
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    match loaded {
        Loaded::Session(s) => *s,
        _ => panic!("not a session: {diags:?}\n{text}"),
    }
}

/// A TOML basic string holding `s` exactly.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Pieces of user text that mean something to Markdown, HTML, templates or TOML, or
/// that are wide, invisible or long.
const PIECES: &[&str] = &[
    "word",
    "Ouders",
    " ",
    "  ",
    "|",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "{{",
    "}}",
    "{%",
    "*",
    "**",
    "_",
    "`",
    "```",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "-",
    "- ",
    "+ ",
    "1. ",
    "# ",
    "> ",
    "#",
    ".",
    ":",
    "!",
    ";",
    ",",
    "\\",
    "[x](https://example.org/a|b)",
    "https://example.org",
    "www.example.org",
    "<b>",
    "</b>",
    "<script>",
    "&amp;",
    "~",
    "=",
    "[",
    "]",
    "(",
    ")",
    "é",
    "ß",
    "日本",
    "„",
    "”",
    "–",
    "0",
    "2,5",
    "Onderbouwkoördinatieoverlegstructuurvergaderingverslaglegging",
    "Team",
    "1.5",
    "/",
    "{{ x }}",
    "{% if %}",
    "{#",
    "**b**",
    "_i_",
    "`code`",
    "[a](https://example.nl/a?b=1&c=2)",
    "<script>x</script>",
    "&#x27;",
    "ü",
    "„”",
    "…",
    "中文",
    "🙂",
    "\u{200b}",
    "\u{a0}",
];

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

/// Hostile user text of up to four pieces, for tests outside this harness (an
/// index's addresses).
pub(super) fn hostile_text() -> impl Strategy<Value = String> {
    text(4)
}

/// User text that is never empty: some letters between hostile pieces.
fn named(max: usize) -> impl Strategy<Value = String> {
    (text(max), text(max)).prop_map(|(a, b)| format!("{a}Q{b}"))
}

fn maybe<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    proptest::option::weighted(0.5, s)
}

#[derive(Debug, Clone)]
struct Item {
    title: Option<String>,
    question: String,
    help: Option<String>,
}

#[derive(Debug, Clone)]
struct Criterion {
    title: String,
    description: Option<String>,
    items: Vec<Item>,
}

#[derive(Debug, Clone)]
struct Answer {
    /// 0: none; 1: a score; 2: votes; 3: not applicable; 4: a score and votes.
    how: u8,
    score: i64,
    votes: Vec<i64>,
    text: Option<String>,
    examples: Vec<String>,
}

#[derive(Debug, Clone)]
struct Team {
    name: String,
    kind: usize,
    role: usize,
    date: Option<usize>,
    participants: Option<u64>,
    answers: Vec<Answer>,
}

#[derive(Debug, Clone)]
struct Action {
    title: String,
    item: Option<usize>,
    owner: Option<String>,
    due: Option<usize>,
    status: usize,
    notes: Option<String>,
}

/// A generated session: its definition, its session, and a stamp for its report.
#[derive(Debug, Clone)]
pub(super) struct Generated {
    file: String,
    language: &'static str,
    version: &'static str,
    title: String,
    min: i64,
    labels: Vec<String>,
    types: Vec<String>,
    criteria: Vec<Criterion>,
    organisation: String,
    location: Option<String>,
    date: Option<usize>,
    facilitator: Option<String>,
    guests: Vec<String>,
    notes: Option<String>,
    teams: Vec<Team>,
    targets: Vec<(usize, i64)>,
    actions: Vec<Action>,
    /// None, empty or hostile: the stamp a report of the session is given.
    pub(super) stamp: Option<String>,
}

/// Dates around the session's (the first two), for teams and actions due.
const DATES: &[&str] = &[
    "2026-03-10",
    "2026-03-01",
    "2026-02-20",
    "2026-03-09",
    "2026-03-11",
    "2026-03-25",
    "2026-04-15",
    "2026-06-30",
    "2027-01-01",
];

fn item() -> impl Strategy<Value = Item> {
    (maybe(named(4)), named(6), maybe(text(8))).prop_map(|(title, question, help)| Item {
        title,
        question,
        help,
    })
}

fn criterion() -> impl Strategy<Value = Criterion> {
    (
        named(4),
        maybe(text(10)),
        proptest::collection::vec(item(), 1..4),
    )
        .prop_map(|(title, description, items)| Criterion {
            title,
            description,
            items,
        })
}

fn answer() -> impl Strategy<Value = Answer> {
    (
        0u8..5,
        0i64..6,
        proptest::collection::vec(0i64..6, 1..5),
        maybe(text(10)),
        proptest::collection::vec(text(4), 0..3),
    )
        .prop_map(|(how, score, votes, text, examples)| Answer {
            how,
            score,
            votes,
            text,
            examples,
        })
}

fn team() -> impl Strategy<Value = Team> {
    (
        named(4),
        0usize..3,
        0usize..4,
        maybe(0..DATES.len()),
        maybe(0u64..40),
        proptest::collection::vec(answer(), 12),
    )
        .prop_map(|(name, kind, role, date, participants, answers)| Team {
            name,
            kind,
            role,
            date,
            participants,
            answers,
        })
}

fn action() -> impl Strategy<Value = Action> {
    (
        named(4),
        maybe(0usize..16),
        maybe(text(4)),
        maybe(0..DATES.len()),
        0usize..3,
        maybe(text(8)),
    )
        .prop_map(|(title, item, owner, due, status, notes)| Action {
            title,
            item,
            owner,
            due,
            status,
            notes,
        })
}

pub(super) fn generated() -> impl Strategy<Value = Generated> {
    let definition = (
        (
            text(3),
            proptest::sample::select(&["en", "nl"][..]),
            proptest::sample::select(&["1.0", "1.<0>"][..]),
        ),
        named(4),
        0i64..2,
        proptest::collection::vec(named(3), 2..6),
        proptest::collection::vec(named(3), 1..4),
        proptest::collection::vec(criterion(), 1..4),
    );
    let info = (
        named(4),
        maybe(text(4)),
        maybe(0usize..2),
        maybe(text(4)),
        proptest::collection::vec(named(3), 0..3),
        maybe(text(12)),
    );
    let teams = prop_oneof![
        1 => proptest::collection::vec(team(), 0..1),
        2 => proptest::collection::vec(team(), 1..2),
        6 => proptest::collection::vec(team(), 2..8),
    ];
    let plan = (
        proptest::collection::vec((0usize..20, 0i64..12), 0..4),
        proptest::collection::vec(action(), 0..6),
        prop_oneof![
            Just(None),
            Just(Some(String::new())),
            text(8).prop_map(Some)
        ],
    );
    (definition, info, teams, plan).prop_map(
        |(
            ((file, language, version), title, min, labels, types, criteria),
            (organisation, location, date, facilitator, guests, notes),
            teams,
            (targets, actions, stamp),
        )| Generated {
            file,
            language,
            version,
            title,
            min,
            labels,
            types,
            criteria,
            organisation,
            location,
            date,
            facilitator,
            guests,
            notes,
            teams,
            targets,
            actions,
            stamp,
        },
    )
}

impl Generated {
    fn codes(&self) -> Vec<String> {
        let mut codes = Vec::new();
        for (c, criterion) in self.criteria.iter().enumerate() {
            let code = (b'A' + c as u8) as char;
            codes.push(code.to_string());
            for i in 0..criterion.items.len() {
                codes.push(format!("{code}{}", i + 1));
            }
        }
        codes
    }

    /// The session, loaded from its file as a user's is.
    pub(super) fn session(&self) -> Session {
        load_named(&format!("{}.toml", self.file), &self.toml())
    }

    /// The session file, its definition written in it.
    pub(super) fn toml(&self) -> String {
        let mut s = String::new();
        let line = |s: &mut String, key: &str, value: &str| {
            s.push_str(&format!("{key} = {}\n", quoted(value)));
        };
        s.push_str("[scan]\nid = \"generated\"\n");
        line(&mut s, "version", self.version);
        line(&mut s, "title", &self.title);
        s.push_str(&format!("language = \"{}\"\n\n[scale]\n", self.language));
        let max = self.min + self.labels.len() as i64 - 1;
        s.push_str(&format!("min = {}\nmax = {max}\nlabels = [", self.min));
        for (i, l) in self.labels.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&quoted(l));
        }
        s.push_str("]\n\n[types]\n");
        for (i, t) in self.types.iter().enumerate() {
            line(&mut s, &format!("t{i}"), t);
        }
        for (c, criterion) in self.criteria.iter().enumerate() {
            let code = (b'A' + c as u8) as char;
            s.push_str(&format!("\n[[criterion]]\ncode = \"{code}\"\n"));
            line(&mut s, "title", &criterion.title);
            if let Some(d) = &criterion.description {
                line(&mut s, "description", d);
            }
            for (i, item) in criterion.items.iter().enumerate() {
                s.push_str(&format!("[[criterion.item]]\ncode = \"{code}{}\"\n", i + 1));
                if let Some(t) = &item.title {
                    line(&mut s, "title", t);
                }
                line(&mut s, "question", &item.question);
                if let Some(h) = &item.help {
                    line(&mut s, "help", h);
                }
            }
        }
        s.push_str("\n[session]\n");
        line(&mut s, "organisation", &self.organisation);
        if let Some(l) = &self.location {
            line(&mut s, "location", l);
        }
        if let Some(d) = self.date {
            s.push_str(&format!("date = {}\n", DATES[d]));
        }
        if let Some(f) = &self.facilitator {
            line(&mut s, "facilitator", f);
        }
        if !self.guests.is_empty() {
            let guests: Vec<String> = self.guests.iter().map(|g| quoted(g)).collect();
            s.push_str(&format!("guests = [{}]\n", guests.join(", ")));
        }
        if let Some(n) = &self.notes {
            line(&mut s, "notes", n);
        }
        let items: Vec<String> = self.codes().into_iter().filter(|c| c.len() > 1).collect();
        let scale = self.labels.len() as i64;
        for (t, team) in self.teams.iter().enumerate() {
            s.push_str("\n[[team]]\n");
            // Names are unique in a session.
            line(&mut s, "name", &format!("{}{t}", team.name));
            s.push_str(&format!("type = \"t{}\"\n", team.kind % self.types.len()));
            // The fourth: no role written (professionals).
            if let Some(role) = ["professionals", "parents", "partners"].get(team.role) {
                s.push_str(&format!("role = \"{role}\"\n"));
            }
            if let Some(d) = team.date {
                s.push_str(&format!("date = {}\n", DATES[d]));
            }
            if let Some(p) = team.participants {
                s.push_str(&format!("participants = {p}\n"));
            }
            for (code, a) in items.iter().zip(&team.answers) {
                let score = self.min + a.score % scale;
                let votes: Vec<String> = a
                    .votes
                    .iter()
                    .map(|v| (self.min + v % scale).to_string())
                    .collect();
                let mut body = String::new();
                match a.how {
                    0 if a.text.is_none() && a.examples.is_empty() => continue,
                    0 => {}
                    1 => body.push_str(&format!("score = {score}\n")),
                    2 => body.push_str(&format!("votes = [{}]\n", votes.join(", "))),
                    3 => {
                        body.push_str("na = true\n");
                        // Not applicable says why.
                        if a.text.is_none() {
                            line(&mut body, "text", "Why not");
                        }
                    }
                    _ => body.push_str(&format!(
                        "score = {score}\nvotes = [{}]\n",
                        votes.join(", ")
                    )),
                }
                if let Some(text) = &a.text {
                    line(&mut body, "text", text);
                }
                if !a.examples.is_empty() {
                    let examples: Vec<String> = a.examples.iter().map(|e| quoted(e)).collect();
                    body.push_str(&format!("examples = [{}]\n", examples.join(", ")));
                }
                s.push_str(&format!("[team.answers.{code}]\n{body}"));
            }
        }
        let codes = self.codes();
        if !self.targets.is_empty() {
            s.push_str("\n[targets]\n");
            let mut seen = Vec::new();
            for &(code, target) in &self.targets {
                let code = &codes[code % codes.len()];
                if seen.contains(code) {
                    continue;
                }
                seen.push(code.clone());
                // Whole and half targets within the scale.
                let target = self.min as f64 + (target % (2 * scale - 1)) as f64 / 2.0;
                s.push_str(&format!("{code} = {target:?}\n"));
            }
        }
        for a in &self.actions {
            s.push_str("\n[[action]]\n");
            line(&mut s, "title", &a.title);
            if let Some(i) = a.item {
                s.push_str(&format!("item = \"{}\"\n", codes[i % codes.len()]));
            }
            if let Some(o) = &a.owner {
                line(&mut s, "owner", o);
            }
            if let Some(d) = a.due {
                s.push_str(&format!("due = {}\n", DATES[d]));
            }
            let status = ["planned", "doing", "done"][a.status];
            s.push_str(&format!("status = \"{status}\"\n"));
            if let Some(n) = &a.notes {
                line(&mut s, "notes", n);
            }
        }
        s
    }
}

/// What `see` finds in the reports of `cases` generated sessions (the same sessions
/// every run), in both languages, without a stamp and with the session's own.
pub(super) fn reached(
    cases: usize,
    see: impl Fn(&ReportContext) -> Vec<&'static str>,
) -> BTreeSet<&'static str> {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut seen = BTreeSet::new();
    for _ in 0..cases {
        let g = generated()
            .new_tree(&mut runner)
            .expect("a session is generated")
            .current();
        let report = crate::analyse::report::report(&g.session());
        for lang in Lang::ALL {
            for stamp in [None, g.stamp.clone()] {
                let mut context = report_context(&report, lang);
                context.stamp = stamp;
                seen.extend(see(&context));
            }
        }
    }
    seen
}
