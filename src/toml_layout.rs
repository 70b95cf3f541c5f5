//! `scan fmt`'s engine: a session file's text → the same file in one canonical layout.
//!
//! Owns the layout and the promise that formatting never loses a word. The text is
//! read with `toml_edit` (which keeps comments and the way values were written), turned
//! into a small tree of tables and key-values that carry their comments, sorted, and
//! printed. Before anything is returned, the result is parsed again and compared with
//! the input: the same values (as TOML data) and the same comments, or an error and
//! the file is left alone.
//!
//! The layout, in short:
//! - `definition` first, then `[session]`, an inline definition (`[scan]`, `[scale]`,
//!   `[types]`, `[[criterion]]`), the `[[team]]`s in file order, `[targets]`, and the
//!   `[[action]]`s in file order;
//! - a team's answers as `[team.answers.CODE]` tables in the definition's order, and
//!   targets in the definition's order (criteria and items interleaved: A, A1, A2, B …);
//! - keys of a table in a fixed order (`ORDER` below); answers and `[[criterion.item]]`
//!   indented two spaces, everything else at the margin;
//! - text in double quotes, `"""` blocks for text over several lines (text already in
//!   double quotes is kept as written, so line continuations stay); whole numbers in
//!   plain digits; lists on one line when they fit in 100 columns and hold no comment,
//!   else one entry per line;
//! - one blank line before each table header; comments stay with what they describe
//!   (a comment block directly above a key or header belongs to it; one directly below
//!   a table's last line, followed by a blank line, belongs to that table);
//! - line endings (LF or CRLF) as the file had them; a file with both gets the kind
//!   of its first line everywhere.
//!
//! What it does not own: deciding whether a file is valid (the caller formats only
//! files that validate) and reading or writing files.

use anyhow::{Context, Result, bail};
use toml_edit::{Array, DocumentMut, InlineTable, Item, RawString, TableLike, Value};

use crate::model::Definition;

/// Lists longer than this many columns are written one entry per line.
const WIDTH: usize = 100;

/// Formats a valid session file's text. `def` is the definition it uses (for the order
/// of answers and targets). Fails, changing nothing, when the result would not hold
/// exactly the same values and comments as the input.
pub fn format_session(text: &str, def: &Definition) -> Result<String> {
    // The file's own line endings are kept: the tree is printed with `\n` and turned
    // into CRLF at the end, so values are rendered for the line ending they will get.
    // A file with both kinds gets the first line's kind everywhere (`mixed_line_endings`
    // lets the caller say so). A line break inside a `"""` text changes with it, which
    // `scan` reads as the same text (CRLF in a value is LF once loaded).
    let crlf = first_line_crlf(text);
    let text = &same_line_endings(text, crlf);
    let doc: DocumentMut = text
        .parse()
        .context("scan fmt cannot read the layout of this file")?;
    let mut tree = Tree::new(def, crlf);
    tree.build(&doc);
    // Each stage is dropped as soon as the next has what it needs, so memory holds
    // at most two of them at a time.
    drop(doc);
    let mut out = tree.print();
    drop(tree);
    if crlf {
        out = out.replace('\n', "\r\n");
    }
    check_same(text, &out)?;
    Ok(out)
}

/// Whether the first line of a text ends in CRLF (a text without a line break: no).
fn first_line_crlf(text: &str) -> bool {
    text.find('\n').is_some_and(|i| text[..i].ends_with('\r'))
}

/// When a text's lines end both in CRLF and in LF: whether `scan fmt` makes them all
/// CRLF (`Some(true)`, the first line's kind) or all LF (`Some(false)`). `None` when
/// every line ends the same way.
pub fn mixed_line_endings(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    let (mut crlf, mut lf) = (false, false);
    for (i, _) in b.iter().enumerate().filter(|(_, c)| **c == b'\n') {
        if i > 0 && b[i - 1] == b'\r' {
            crlf = true;
        } else {
            lf = true;
        }
        if crlf && lf {
            return Some(first_line_crlf(text));
        }
    }
    None
}

/// Every line break of a text as CRLF (`crlf`) or as LF. A carriage return that is not
/// followed by LF is not a line break and is left alone (TOML allows it nowhere but in a
/// comment, where it stays). Linear: one pass.
fn same_line_endings(text: &str, crlf: bool) -> std::borrow::Cow<'_, str> {
    if mixed_line_endings(text).is_none() {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut rest = text;
    while let Some(i) = rest.find('\n') {
        let line = &rest[..i];
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
        out.push_str(if crlf { "\r\n" } else { "\n" });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out.into()
}

/// The promise, checked: same TOML data, same comments.
fn check_same(before: &str, after: &str) -> Result<()> {
    // One text parsed at a time, each reduced to a canonical form before the other.
    let canonical = |t: &str| {
        toml::from_str::<toml::Table>(t).ok().map(|table| {
            let mut out = Vec::new();
            canonical_table(&table, &mut out);
            out
        })
    };
    let a = canonical(before);
    let same_values = a.is_some() && a == canonical(after);
    if !same_values {
        bail!(
            "scan fmt could not lay out this file without changing a value, so it left the file as it is (please report this, with the file)"
        );
    }
    let mut a = comments(before);
    let mut b = comments(after);
    a.sort();
    b.sort();
    if a != b {
        bail!(
            "scan fmt could not lay out this file without losing a comment, so it left the file as it is (please report this, with the file)"
        );
    }
    Ok(())
}

/// A TOML table as bytes that are equal exactly when the tables hold the same data:
/// keys in sorted order, every value tagged with its type and every length written out.
fn canonical_table(table: &toml::Table, out: &mut Vec<u8>) {
    let mut keys: Vec<&String> = table.keys().collect();
    keys.sort_unstable();
    out.push(b'{');
    out.extend_from_slice(&keys.len().to_le_bytes());
    for key in keys {
        canonical_bytes(key.as_bytes(), out);
        canonical_value(&table[key.as_str()], out);
    }
}

fn canonical_bytes(b: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(&b.len().to_le_bytes());
    out.extend_from_slice(b);
}

fn canonical_value(v: &toml::Value, out: &mut Vec<u8>) {
    match v {
        toml::Value::String(s) => {
            out.push(b's');
            canonical_bytes(s.as_bytes(), out);
        }
        toml::Value::Integer(i) => {
            out.push(b'i');
            out.extend_from_slice(&i.to_le_bytes());
        }
        toml::Value::Float(f) => {
            out.push(b'f');
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        toml::Value::Boolean(b) => out.extend_from_slice(if *b { b"T" } else { b"F" }),
        toml::Value::Datetime(d) => {
            out.push(b'd');
            canonical_bytes(d.to_string().as_bytes(), out);
        }
        toml::Value::Array(a) => {
            out.push(b'[');
            out.extend_from_slice(&a.len().to_le_bytes());
            for x in a {
                canonical_value(x, out);
            }
        }
        toml::Value::Table(t) => canonical_table(t, out),
    }
}

/// Every comment in a TOML text (from `#` to the end of the line, trailing spaces
/// trimmed), found by a small scanner that skips strings. Independent of `toml_edit`,
/// so it can check the formatter.
pub fn comments(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let starts = |i: usize, s: &[u8]| b.get(i..i + s.len()) == Some(s);
    while i < b.len() {
        if starts(i, b"\"\"\"") || starts(i, b"'''") {
            let quote = b[i];
            let delim = [quote; 3];
            i += 3;
            while i < b.len() && !starts(i, &delim) {
                i += if quote == b'"' && b[i] == b'\\' { 2 } else { 1 };
            }
            i += 3;
            // Up to two quotes may stand right before the closing delimiter.
            let mut extra = 0;
            while extra < 2 && b.get(i) == Some(&quote) {
                i += 1;
                extra += 1;
            }
        } else if b[i] == b'"' || b[i] == b'\'' {
            let quote = b[i];
            i += 1;
            while i < b.len() && b[i] != quote && b[i] != b'\n' {
                i += if quote == b'"' && b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else if b[i] == b'#' {
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            out.push(text[i..end].trim_end().to_string());
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The kinds of table in a session file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Root,
    Session,
    Scan,
    Scale,
    Types,
    Criterion,
    Item,
    Team,
    /// `team.answers`: a container of answer tables, printed without its own header.
    Answers,
    Answer,
    Targets,
    Action,
}

/// How a key of a table is laid out.
enum Sub {
    Value,
    Table(Kind),
    /// An array of tables: `[[key]]`.
    Array(Kind),
    /// A table of tables: `[key.CODE]` each.
    Map(Kind),
}

fn sub(kind: Kind, key: &str) -> Sub {
    match (kind, key) {
        (Kind::Root, "session") => Sub::Table(Kind::Session),
        (Kind::Root, "scan") => Sub::Table(Kind::Scan),
        (Kind::Root, "scale") => Sub::Table(Kind::Scale),
        (Kind::Root, "types") => Sub::Table(Kind::Types),
        (Kind::Root, "targets") => Sub::Table(Kind::Targets),
        (Kind::Root, "criterion") => Sub::Array(Kind::Criterion),
        (Kind::Root, "team") => Sub::Array(Kind::Team),
        (Kind::Root, "action") => Sub::Array(Kind::Action),
        (Kind::Criterion, "item") => Sub::Array(Kind::Item),
        (Kind::Team, "answers") => Sub::Map(Kind::Answer),
        _ => Sub::Value,
    }
}

/// The order of keys in each table. Each list holds exactly the parser's keys for that
/// table (a test checks this), in the order people read them.
const ORDER: &[(Kind, &[&str])] = &[
    (
        Kind::Root,
        &[
            "definition",
            "session",
            "scan",
            "scale",
            "types",
            "criterion",
            "team",
            "targets",
            "action",
        ],
    ),
    (
        Kind::Session,
        &[
            "organisation",
            "location",
            "date",
            "facilitator",
            "guests",
            "notes",
        ],
    ),
    (
        Kind::Scan,
        &["id", "version", "title", "language", "description"],
    ),
    (Kind::Scale, &["min", "max", "labels"]),
    (Kind::Criterion, &["code", "title", "description", "item"]),
    (
        Kind::Item,
        &["code", "title", "question", "help", "parents"],
    ),
    (
        Kind::Team,
        &["name", "type", "role", "date", "participants", "answers"],
    ),
    // `na` first: an answer that does not apply says so before it says why.
    (Kind::Answer, &["na", "score", "votes", "text", "examples"]),
    (
        Kind::Action,
        &["title", "item", "owner", "due", "status", "notes"],
    ),
];

fn key_rank(kind: Kind, key: &str) -> Option<usize> {
    ORDER
        .iter()
        .find(|(k, _)| *k == kind)
        .and_then(|(_, keys)| keys.iter().position(|k| *k == key))
}

fn indent_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Answer | Kind::Item => "  ",
        _ => "",
    }
}

/// Comment lines in groups; a blank line separates groups.
type Groups = Vec<Vec<String>>;

/// What a piece of whitespace-and-comments text (a toml_edit "decor") holds.
#[derive(Default)]
struct Decor {
    /// A comment at the end of the line the text starts on.
    eol: Option<String>,
    groups: Groups,
    /// The text starts with a blank line.
    starts_blank: bool,
    /// A blank line follows the first group.
    first_then_blank: bool,
}

fn raw(r: Option<&RawString>) -> &str {
    r.and_then(RawString::as_str).unwrap_or("")
}

/// Reads decor text. `mid_line`: the text starts in the middle of a line (after a
/// value or a comma), so a comment on that first line ends that line.
fn parse_decor(text: &str, mid_line: bool) -> Decor {
    let mut d = Decor::default();
    let pieces: Vec<&str> = text.split('\n').collect();
    let mut lines = &pieces[..];
    if mid_line {
        if let Some((first, rest)) = lines.split_first() {
            if first.contains('#') {
                let spaces = first.len() - first.trim_start().len();
                let comment = first.trim();
                d.eol = Some(if spaces == 0 {
                    format!(" {comment}")
                } else {
                    first.trim_end().to_string()
                });
            }
            lines = rest;
        }
    }
    let mut current: Vec<String> = Vec::new();
    let mut seen_line = false;
    let count = lines.len();
    for (n, line) in lines.iter().enumerate() {
        let t = line.trim();
        let is_last = n + 1 == count;
        if is_last && !t.contains('#') {
            // The indentation before the key or header that follows.
            break;
        }
        if t.is_empty() {
            if !seen_line {
                d.starts_blank = true;
            }
            if !current.is_empty() {
                if d.groups.is_empty() {
                    d.first_then_blank = true;
                }
                d.groups.push(std::mem::take(&mut current));
            } else if d.groups.len() == 1 {
                d.first_then_blank = true;
            }
        } else {
            current.push(t.to_string());
        }
        seen_line = true;
    }
    if !current.is_empty() {
        d.groups.push(current);
    }
    d
}

#[derive(Default)]
struct Entry {
    /// The key as printed (bare, or in double quotes).
    key: String,
    value: Option<Value>,
    /// Place in the table's key order (targets: in the definition's order).
    rank: usize,
    leading: Groups,
    eol: Option<String>,
    after: Groups,
}

#[derive(Default)]
struct Node {
    kind: Option<Kind>,
    /// The header as printed, like `[team.answers.A1]`; `None` for the root.
    header: Option<String>,
    /// Where a table with a header stood in the file, and its raw prefix.
    position: Option<isize>,
    raw_prefix: String,
    leading: Groups,
    eol: Option<String>,
    /// Comments right under the header, before the first key.
    header_after: Groups,
    entries: Vec<Entry>,
    /// Comments after the table's last key.
    after: Groups,
    children: Vec<usize>,
    /// Sort key among siblings: the key's place (answers: the item's place in the
    /// definition), then file order.
    rank: (usize, usize),
}

/// A unit of a table's body that a comment block can follow.
#[derive(Clone, Copy)]
enum Unit {
    Entry(usize, usize),
    Node(usize),
}

struct Tree<'d> {
    def: &'d Definition,
    nodes: Vec<Node>,
    /// Comments at the end of the file, after a blank line.
    footer: Groups,
    crlf: bool,
}

impl<'d> Tree<'d> {
    fn new(def: &'d Definition, crlf: bool) -> Self {
        Tree {
            def,
            nodes: vec![Node {
                kind: Some(Kind::Root),
                ..Node::default()
            }],
            footer: Vec::new(),
            crlf,
        }
    }

    fn build(&mut self, doc: &DocumentMut) {
        self.table(0, Kind::Root, &[], doc.as_table());
        self.attach_by_position(doc);
        self.sort(0);
    }

    fn new_node(&mut self, kind: Kind, header: String, rank: (usize, usize)) -> usize {
        self.nodes.push(Node {
            kind: Some(kind),
            header: Some(header),
            rank,
            ..Node::default()
        });
        self.nodes.len() - 1
    }

    fn push_after(&mut self, unit: Unit, group: Vec<String>) {
        match unit {
            Unit::Entry(n, e) => self.nodes[n].entries[e].after.push(group),
            Unit::Node(n) => self.nodes[n].after.push(group),
        }
    }

    /// Comments before a key-value line of node `id`: the first block, when a blank
    /// line parts it from the key, belongs to what came before.
    fn key_prefix(
        &mut self,
        id: usize,
        prev: Option<Unit>,
        first_in_file: bool,
        text: &str,
    ) -> Groups {
        let d = parse_decor(text, false);
        let mut groups = d.groups;
        let directive = first_in_file
            && groups
                .first()
                .and_then(|g| g.first())
                .is_some_and(|l| l.starts_with("#:"));
        if !groups.is_empty() && !d.starts_blank && (d.first_then_blank || directive) {
            let first = groups.remove(0);
            match prev {
                Some(unit) => self.push_after(unit, first),
                None => self.nodes[id].header_after.push(first),
            }
        }
        groups
    }

    /// A child node of `id` for a sub-table: under its own header when the file has one,
    /// else (an inline or dotted table) with the comments around its key.
    #[allow(clippy::too_many_arguments)]
    fn sub_table(
        &mut self,
        id: usize,
        kind: Kind,
        header: String,
        rank: usize,
        item: &Item,
        prev: &mut Option<Unit>,
        first_in_file: bool,
        key_prefix: &str,
    ) -> usize {
        let child = self.new_node(kind, header, (rank, 0));
        self.nodes[id].children.push(child);
        if let Some(t) = item
            .as_table()
            .filter(|t| !t.is_implicit() && !t.is_dotted())
        {
            self.headed(child, t);
        } else {
            let leading = self.key_prefix(id, *prev, first_in_file, key_prefix);
            self.nodes[child].leading = leading;
            self.inline_eol(child, item);
            *prev = Some(Unit::Node(child));
        }
        child
    }

    /// Fills node `id` from a table (or inline table) at `path`.
    fn table(&mut self, id: usize, kind: Kind, path: &[String], tbl: &dyn TableLike) {
        let mut prev: Option<Unit> = None;
        for (n, (key, item)) in tbl.iter().enumerate() {
            let k = tbl.key(key);
            let key_prefix = raw(k.and_then(|k| k.leaf_decor().prefix())).to_string();
            let first_in_file = kind == Kind::Root && n == 0;
            let mut child_path = path.to_vec();
            child_path.push(key.to_string());
            let rank = key_rank(kind, key).unwrap_or(usize::MAX);
            match (sub(kind, key), item) {
                (Sub::Table(ck), item) if item.is_table_like() => {
                    let header = format!("[{}]", header_path(&child_path));
                    let child = self.sub_table(
                        id,
                        ck,
                        header,
                        rank,
                        item,
                        &mut prev,
                        first_in_file,
                        &key_prefix,
                    );
                    if let Some(t) = item.as_table_like() {
                        self.table(child, ck, &child_path, t);
                    }
                }
                (Sub::Array(ck), Item::ArrayOfTables(aot)) => {
                    for (i, t) in aot.iter().enumerate() {
                        let child = self.new_node(
                            ck,
                            format!("[[{}]]", header_path(&child_path)),
                            (rank, i),
                        );
                        self.nodes[id].children.push(child);
                        self.headed(child, t);
                        self.table(child, ck, &child_path, t);
                    }
                }
                (Sub::Array(ck), Item::Value(Value::Array(arr)))
                    if !arr.is_empty() && arr.iter().all(Value::is_inline_table) =>
                {
                    let leading = self.key_prefix(id, prev, first_in_file, &key_prefix);
                    let mut last: Option<usize> = None;
                    for (i, v) in arr.iter().enumerate() {
                        let child = self.new_node(
                            ck,
                            format!("[[{}]]", header_path(&child_path)),
                            (rank, i),
                        );
                        self.nodes[id].children.push(child);
                        if i == 0 {
                            self.nodes[child].leading = leading.clone();
                        }
                        let pre = parse_decor(raw(v.decor().prefix()), true);
                        match (pre.eol, last) {
                            (Some(c), Some(l)) => {
                                self.nodes[l].after.push(vec![c.trim().to_string()])
                            }
                            (Some(c), None) => {
                                self.nodes[child].leading.push(vec![c.trim().to_string()])
                            }
                            _ => {}
                        }
                        self.nodes[child].leading.extend(pre.groups);
                        let post = parse_decor(raw(v.decor().suffix()), true);
                        self.nodes[child].eol = post.eol;
                        self.nodes[child].after.extend(post.groups);
                        if let Some(t) = v.as_inline_table() {
                            self.table(child, ck, &child_path, t);
                        }
                        last = Some(child);
                    }
                    let trailing = parse_decor(arr.trailing().as_str().unwrap_or(""), true);
                    if let Some(l) = last {
                        if let Some(c) = trailing.eol {
                            self.nodes[l].after.push(vec![c.trim().to_string()]);
                        }
                        self.nodes[l].after.extend(trailing.groups);
                        let outer = parse_decor(raw(arr.decor().suffix()), true);
                        if let Some(c) = outer.eol {
                            self.nodes[l].after.push(vec![c.trim().to_string()]);
                        }
                        prev = Some(Unit::Node(l));
                    }
                }
                (Sub::Map(ck), item) if item.is_table_like() => {
                    let header = format!("[{}]", header_path(&child_path));
                    let container = self.sub_table(
                        id,
                        Kind::Answers,
                        header,
                        rank,
                        item,
                        &mut prev,
                        first_in_file,
                        &key_prefix,
                    );
                    if let Some(t) = item.as_table_like() {
                        self.map(container, ck, &child_path, t);
                    }
                }
                (_, item) => {
                    let leading = self.key_prefix(id, prev, first_in_file, &key_prefix);
                    let value = item.as_value().cloned();
                    let eol = value
                        .as_ref()
                        .and_then(|v| parse_decor(raw(v.decor().suffix()), true).eol);
                    let rank = match kind {
                        Kind::Targets => self.code_rank(key),
                        _ => rank,
                    };
                    self.nodes[id].entries.push(Entry {
                        key: render_key(key),
                        value,
                        rank,
                        leading,
                        eol,
                        after: Vec::new(),
                    });
                    prev = Some(Unit::Entry(id, self.nodes[id].entries.len() - 1));
                }
            }
        }
    }

    /// A table of answer tables: each becomes `[team.answers.CODE]`.
    fn map(&mut self, id: usize, kind: Kind, path: &[String], tbl: &dyn TableLike) {
        let mut prev: Option<Unit> = None;
        for (key, item) in tbl.iter() {
            let k = tbl.key(key);
            let key_prefix = raw(k.and_then(|k| k.leaf_decor().prefix())).to_string();
            let mut child_path = path.to_vec();
            child_path.push(key.to_string());
            let rank = self.def.item_index(key).unwrap_or(usize::MAX);
            match item.as_table_like() {
                Some(t) => {
                    let child =
                        self.new_node(kind, format!("[{}]", header_path(&child_path)), (rank, 0));
                    self.nodes[id].children.push(child);
                    if let Some(t) = item
                        .as_table()
                        .filter(|t| !t.is_implicit() && !t.is_dotted())
                    {
                        self.headed(child, t);
                    } else {
                        let leading = self.key_prefix(id, prev, false, &key_prefix);
                        self.nodes[child].leading = leading;
                        self.inline_eol(child, item);
                        prev = Some(Unit::Node(child));
                    }
                    self.table(child, kind, &child_path, t);
                }
                None => {
                    let leading = self.key_prefix(id, prev, false, &key_prefix);
                    let value = item.as_value().cloned();
                    let eol = value
                        .as_ref()
                        .and_then(|v| parse_decor(raw(v.decor().suffix()), true).eol);
                    self.nodes[id].entries.push(Entry {
                        key: render_key(key),
                        value,
                        rank,
                        leading,
                        eol,
                        after: Vec::new(),
                    });
                    prev = Some(Unit::Entry(id, self.nodes[id].entries.len() - 1));
                }
            }
        }
    }

    /// A table written with its own header: its position and comments.
    fn headed(&mut self, id: usize, t: &toml_edit::Table) {
        let node = &mut self.nodes[id];
        node.position = t.position();
        node.raw_prefix = raw(t.decor().prefix()).to_string();
        let suffix = parse_decor(raw(t.decor().suffix()), true);
        node.eol = suffix.eol;
        node.after.extend(suffix.groups);
    }

    /// The end-of-line comment of an inline table becomes its header's.
    fn inline_eol(&mut self, id: usize, item: &Item) {
        if let Some(v) = item.as_value() {
            let d = parse_decor(raw(v.decor().suffix()), true);
            self.nodes[id].eol = d.eol;
            self.nodes[id].after.extend(d.groups);
        }
    }

    /// Comments before table headers, in file order: a block right under the previous
    /// table's last line, with a blank line after it, stays with that table.
    fn attach_by_position(&mut self, doc: &DocumentMut) {
        let mut headed: Vec<(isize, usize)> = self
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.position.map(|p| (p, i)))
            .collect();
        headed.sort();
        let root_has_entries = !self.nodes[0].entries.is_empty()
            || self.nodes[0]
                .children
                .iter()
                .any(|&c| self.nodes[c].position.is_none());
        let mut prev = 0;
        for (n, &(_, id)) in headed.iter().enumerate() {
            let text = std::mem::take(&mut self.nodes[id].raw_prefix);
            let d = parse_decor(&text, false);
            let mut groups = d.groups;
            let directive = n == 0
                && !root_has_entries
                && groups
                    .first()
                    .and_then(|g| g.first())
                    .is_some_and(|l| l.starts_with("#:"));
            if !groups.is_empty() && !d.starts_blank && (d.first_then_blank || directive) {
                let first = groups.remove(0);
                self.nodes[prev].after.push(first);
            }
            let mut leading = groups;
            leading.append(&mut self.nodes[id].leading);
            self.nodes[id].leading = leading;
            prev = id;
        }
        let d = parse_decor(doc.trailing().as_str().unwrap_or(""), false);
        let mut groups = d.groups;
        if !groups.is_empty() && !d.starts_blank {
            let first = groups.remove(0);
            self.nodes[prev].after.push(first);
        }
        self.footer = groups;
    }

    /// Item and criterion codes in definition order: A, A1, A2, B, …
    fn code_rank(&self, code: &str) -> usize {
        self.def.code_rank(code).unwrap_or(usize::MAX)
    }

    fn sort(&mut self, id: usize) {
        let mut children = std::mem::take(&mut self.nodes[id].children);
        children.sort_by_key(|&c| self.nodes[c].rank);
        for &c in &children {
            self.sort(c);
        }
        self.nodes[id].children = children;
        self.nodes[id].entries.sort_by_key(|e| e.rank);
    }
}

impl Tree<'_> {
    fn print(&self) -> String {
        let mut p = Printer::default();
        self.print_node(0, &mut p, Vec::new());
        if !self.footer.is_empty() {
            p.blank();
            p.groups(&self.footer, "");
        }
        p.out
    }

    /// `extra`: comments to print above this node's own (from a container above it).
    fn print_node(&self, id: usize, p: &mut Printer, extra: Groups) {
        let n = &self.nodes[id];
        let kind = n.kind.unwrap_or(Kind::Root);
        let indent = indent_of(kind);
        let headless = kind == Kind::Answers && n.entries.is_empty() && !n.children.is_empty();
        let mut leading = extra;
        leading.extend(n.leading.iter().cloned());
        if headless {
            // `[team.answers]` itself is not printed; its comments go above the first
            // answer, as that answer's own (so a second run reads them the same way).
            if let Some(c) = &n.eol {
                leading.push(vec![c.trim().to_string()]);
            }
            leading.extend(n.header_after.iter().cloned());
            leading.extend(n.after.iter().cloned());
            for (i, &c) in n.children.iter().enumerate() {
                let extra = if i == 0 {
                    std::mem::take(&mut leading)
                } else {
                    Vec::new()
                };
                self.print_node(c, p, extra);
            }
            return;
        }
        if let Some(header) = &n.header {
            p.blank();
            p.groups(&leading, indent);
            p.line(&format!(
                "{indent}{header}{}",
                n.eol.as_deref().unwrap_or("")
            ));
        }
        if !n.header_after.is_empty() {
            p.groups(&n.header_after, indent);
            p.blank();
        }
        for e in &n.entries {
            let Some(value) = &e.value else { continue };
            p.groups(&e.leading, indent);
            let start = format!("{indent}{} = ", e.key);
            let text = render_value(value, indent, start.chars().count(), self.crlf);
            p.line(&format!("{start}{text}{}", e.eol.as_deref().unwrap_or("")));
            if !e.after.is_empty() {
                p.groups(&e.after, indent);
                p.blank();
            }
        }
        if !n.after.is_empty() {
            p.groups(&n.after, indent);
            p.blank();
        }
        for &c in &n.children {
            self.print_node(c, p, Vec::new());
        }
    }
}

/// Writes lines; a blank line is asked for, and written only before the next line.
#[derive(Default)]
struct Printer {
    out: String,
    blank: bool,
}

impl Printer {
    fn blank(&mut self) {
        self.blank = true;
    }

    fn line(&mut self, text: &str) {
        if self.blank && !self.out.is_empty() {
            self.out.push('\n');
        }
        self.blank = false;
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn groups(&mut self, groups: &Groups, indent: &str) {
        for (i, group) in groups.iter().enumerate() {
            if i > 0 {
                self.blank();
            }
            for line in group {
                self.line(&format!("{indent}{line}"));
            }
        }
    }
}

fn header_path(path: &[String]) -> String {
    path.iter()
        .map(|k| render_key(k))
        .collect::<Vec<_>>()
        .join(".")
}

/// A key bare when TOML allows it, else in double quotes.
fn render_key(key: &str) -> String {
    if !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        key.to_string()
    } else {
        basic_string(key)
    }
}

/// `used`: the columns the line already has before the value; `crlf`: the file will
/// have CRLF line endings.
fn render_value(v: &Value, indent: &str, used: usize, crlf: bool) -> String {
    match v {
        Value::String(s) => render_string(
            s.value(),
            s.as_repr().and_then(|r| r.as_raw().as_str()),
            crlf,
        ),
        Value::Integer(i) => i.value().to_string(),
        Value::Float(f) => f.display_repr().into_owned(),
        Value::Boolean(b) => b.value().to_string(),
        Value::Datetime(d) => d.display_repr().into_owned(),
        Value::Array(a) => render_array(a, indent, used, crlf),
        Value::InlineTable(t) => render_inline_table(t, indent, used, crlf),
    }
}

/// Text in double quotes. Text already in double quotes keeps its form (escapes and
/// line continuations are the writer's choice), except that a one-line string holding
/// line breaks becomes a `"""` block, and a `"""` block on one line a plain string.
fn render_string(value: &str, written: Option<&str>, crlf: bool) -> String {
    // A line break that can be written as a line break of the file.
    let has_break = if crlf {
        value.contains("\r\n")
    } else {
        value.contains('\n')
    };
    let block = |w: &str| w.starts_with("\"\"\"") && w.contains('\n');
    let one_line = |w: &str| w.starts_with('"') && !w.starts_with("\"\"\"");
    if let Some(w) = written
        && (block(w) || (one_line(w) && !has_break))
    {
        // Printed with `\n`; CRLF comes back at the end.
        return w.replace("\r\n", "\n");
    }
    if has_break {
        multi_line_string(value, crlf)
    } else {
        basic_string(value)
    }
}

fn escape_control(c: char, out: &mut String) {
    match c {
        '\u{8}' => out.push_str("\\b"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\u{c}' => out.push_str("\\f"),
        '\r' => out.push_str("\\r"),
        c => out.push_str(&format!("\\u{:04X}", c as u32)),
    }
}

pub(crate) fn basic_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_ascii_control() => escape_control(c, &mut out),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A `"""` block. In a CRLF file a line break of the file is `\r\n`, so only those
/// pairs are written as breaks, and a lone `\n` as an escape.
pub(crate) fn multi_line_string(value: &str, crlf: bool) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    // The line break right after the opening quotes is not part of the text.
    out.push_str("\"\"\"\n");
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A quote next to another, or at the end, could close the block.
            '"' if matches!(chars.peek(), Some('"') | None) => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\r' if crlf && chars.peek() == Some(&'\n') => {
                chars.next();
                out.push('\n');
            }
            '\n' if !crlf => out.push(c),
            '\t' => out.push(c),
            c if c.is_ascii_control() => escape_control(c, &mut out),
            c => out.push(c),
        }
    }
    out.push_str("\"\"\"");
    out
}

struct Element {
    leading: Groups,
    text: String,
    eol: Option<String>,
    after: Groups,
}

fn render_array(a: &Array, indent: &str, used: usize, crlf: bool) -> String {
    let inner = format!("{indent}  ");
    let mut open_eol: Option<String> = None;
    let mut elements: Vec<Element> = Vec::new();
    for v in a.iter() {
        let pre = parse_decor(raw(v.decor().prefix()), true);
        let mut leading = Groups::new();
        if let Some(c) = pre.eol {
            match elements.last_mut() {
                None => open_eol = Some(c),
                Some(last) if last.eol.is_none() => last.eol = Some(c),
                Some(_) => leading.push(vec![c.trim().to_string()]),
            }
        }
        leading.extend(pre.groups);
        let post = parse_decor(raw(v.decor().suffix()), true);
        elements.push(Element {
            leading,
            text: render_value(v, &inner, inner.len(), crlf),
            eol: post.eol,
            after: post.groups,
        });
    }
    let trailing = parse_decor(a.trailing().as_str().unwrap_or(""), true);
    let mut trailing_groups = trailing.groups;
    if let Some(c) = trailing.eol {
        match elements.last_mut() {
            Some(last) if last.eol.is_none() => last.eol = Some(c),
            None if open_eol.is_none() => open_eol = Some(c),
            _ => trailing_groups.insert(0, vec![c.trim().to_string()]),
        }
    }
    let has_comments = open_eol.is_some()
        || !trailing_groups.is_empty()
        || elements
            .iter()
            .any(|e| !e.leading.is_empty() || e.eol.is_some() || !e.after.is_empty());
    if !has_comments && elements.iter().all(|e| !e.text.contains('\n')) {
        let one = format!(
            "[{}]",
            elements
                .iter()
                .map(|e| e.text.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        if elements.len() <= 1 || used + one.chars().count() <= WIDTH {
            return one;
        }
    }
    let mut out = String::from("[");
    out.push_str(open_eol.as_deref().unwrap_or(""));
    out.push('\n');
    let comment_lines = |out: &mut String, groups: &Groups| {
        for line in groups.iter().flatten() {
            out.push_str(&format!("{inner}{line}\n"));
        }
    };
    for e in &elements {
        comment_lines(&mut out, &e.leading);
        out.push_str(&format!(
            "{inner}{},{}\n",
            e.text,
            e.eol.as_deref().unwrap_or("")
        ));
        comment_lines(&mut out, &e.after);
    }
    comment_lines(&mut out, &trailing_groups);
    out.push_str(indent);
    out.push(']');
    out
}

/// An array of whole numbers laid out as `render_array` lays out one without
/// comments, written straight from the numbers: an import's votes can run to tens of
/// thousands, too many to build as a document first. `used`: the columns the line
/// already has before the value.
pub fn integer_array(values: &[i64], indent: &str, used: usize) -> String {
    use std::fmt::Write as _;
    let mut one = String::with_capacity(values.len() * 3 + 2);
    one.push('[');
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            one.push_str(", ");
        }
        let _ = write!(one, "{v}");
    }
    one.push(']');
    if values.len() <= 1 || used + one.chars().count() <= WIDTH {
        return one;
    }
    let mut out = String::with_capacity(values.len() * (indent.len() + 6) + 4);
    out.push_str("[\n");
    for v in values {
        let _ = writeln!(out, "{indent}  {v},");
    }
    out.push_str(indent);
    out.push(']');
    out
}

fn render_inline_table(t: &InlineTable, indent: &str, used: usize, crlf: bool) -> String {
    if t.is_empty() {
        return "{}".to_string();
    }
    let parts: Vec<String> = t
        .iter()
        .map(|(k, v)| {
            format!(
                "{} = {}",
                render_key(k),
                render_value(v, indent, used, crlf)
            )
        })
        .collect();
    format!("{{ {} }}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    #[test]
    fn key_orders_hold_exactly_the_parsers_keys() {
        let parser: &[(Kind, &[&str])] = &[
            (Kind::Root, parse::SESSION_FILE_KEYS),
            (Kind::Session, parse::SESSION_KEYS),
            (Kind::Scan, parse::SCAN_KEYS),
            (Kind::Scale, parse::SCALE_KEYS),
            (Kind::Criterion, parse::CRITERION_KEYS),
            (Kind::Item, parse::ITEM_KEYS),
            (Kind::Team, parse::TEAM_KEYS),
            (Kind::Answer, parse::ANSWER_KEYS),
            (Kind::Action, parse::ACTION_KEYS),
        ];
        assert_eq!(parser.len(), ORDER.len());
        for (kind, keys) in parser {
            let (_, order) = ORDER.iter().find(|(k, _)| k == kind).expect("order");
            let mut a: Vec<&str> = order.to_vec();
            let mut b: Vec<&str> = keys.to_vec();
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{kind:?}");
        }
    }

    #[test]
    fn comments_are_found_outside_strings_only() {
        let text = "a = \"# no\" # yes 1\nb = '''\n# no\n''' # yes 2\nc = \"\"\"x\"\"\"\"\" # yes 3\n# yes 4\r\nd = 'x#' #yes 5";
        assert_eq!(
            comments(text),
            ["# yes 1", "# yes 2", "# yes 3", "# yes 4", "#yes 5"]
        );
    }

    #[test]
    fn integer_arrays_are_laid_out_as_render_array_lays_them_out() {
        for (n, indent, used) in [
            (0, "", 8),
            (1, "", 8),
            (5, "", 8),
            (40, "", 8),
            (40, "  ", 10),
        ] {
            let values: Vec<i64> = (0..n).map(|i| 1 + i % 4).collect();
            let array: Array = values.iter().copied().collect();
            assert_eq!(
                integer_array(&values, indent, used),
                render_array(&array, indent, used, false),
                "{n} values"
            );
        }
    }

    #[test]
    fn strings_are_written_in_double_quotes_with_the_same_text() {
        for value in [
            "plain",
            "with \"quotes\" and \\ backslash",
            "tab\there",
            "bell\u{7}",
            "line\nbreak",
            "ends with quote\"",
            "three \"\"\" quotes\n",
            "\nstarts with a break",
            "crlf\r\ninside",
            "lone\rcarriage return",
            "",
        ] {
            for crlf in [false, true] {
                let mut written = render_string(value, None, crlf);
                if crlf {
                    written = written.replace('\n', "\r\n");
                }
                let parsed: toml::Table =
                    toml::from_str(&format!("x = {written}")).expect("valid TOML");
                assert_eq!(parsed["x"].as_str(), Some(value), "{written:?}");
                assert!(written.starts_with('"'), "{written}");
            }
        }
    }

    #[test]
    fn decor_is_read_into_groups_and_end_of_line_comments() {
        let d = parse_decor("# a\n# b\n\n# c\n  ", false);
        assert_eq!(d.groups, vec![vec!["# a", "# b"], vec!["# c"]]);
        assert!(d.first_then_blank && !d.starts_blank && d.eol.is_none());
        let d = parse_decor("  # end\n\n  # next\n  ", true);
        assert_eq!(d.eol.as_deref(), Some("  # end"));
        assert_eq!(d.groups, vec![vec!["# next"]]);
        assert!(d.starts_blank);
    }
}
