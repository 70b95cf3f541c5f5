//! User text in reports, made safe.
//!
//! Answers, questions and notes are Markdown written by users. Into HTML they go
//! through comrak with raw HTML escaped (shown as text), dangerous links
//! (`javascript:`, `vbscript:`, `data:`, `file:`) turned into plain text, images
//! replaced by their alt text (a self-contained report loads nothing) and headings
//! turned into bold paragraphs (an answer must not break the report's outline).
//! Into Markdown output the same cleaned tree is written back as CommonMark.
//!
//! Plain user text (names, labels, examples) in Markdown output is escaped so that it
//! cannot start a heading, list or quote, close a table cell (`|`), open code, emphasis,
//! a link or raw HTML, or look like a `{{ … }}` template tag; newlines become spaces.

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options};

fn options() -> Options<'static> {
    let mut o = Options::default();
    o.extension.strikethrough = true;
    o.extension.table = true;
    o.extension.autolink = true;
    o.render.escape = true;
    o.render.r#unsafe = false;
    // No line wrapping when writing Markdown back: answers stay one line per paragraph.
    o.render.width = 0;
    o.render.prefer_fenced = true;
    o
}

/// Whether a link target may stay a link: `http:`, `https:`, `mailto:` or a relative
/// address (no scheme). Everything else (`javascript:`, `data:`, `ftp:`, `file:`, …)
/// is shown as its text.
fn safe_url(url: &str) -> bool {
    // The scheme, white space and control characters left out, in ASCII lower case:
    // at most six characters can match.
    let mut scheme = [0u8; 6];
    let mut len = 0;
    let mut other = false; // longer than six characters, or not ASCII
    for c in url.chars() {
        if c.is_whitespace() || c.is_control() {
            continue;
        }
        match c {
            ':' => {
                return !other && matches!(&scheme[..len], b"http" | b"https" | b"mailto");
            }
            '/' | '?' | '#' => return true,
            _ if c.is_ascii() && len < scheme.len() => {
                scheme[len] = c.to_ascii_lowercase() as u8;
                len += 1;
            }
            _ => other = true,
        }
    }
    true
}

/// Characters of an address that cannot stand in a Markdown link destination as they
/// are: control characters (a destination with one is no destination, and the text
/// around it is read as something else), spaces, brackets, quotes, backslashes.
fn needs_encoding(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c, '<' | '>' | '`' | '"' | '\\' | '[' | ']' | '(' | ')')
}

/// An address with every character of [`needs_encoding`], and `%` itself, percent-encoded
/// (as UTF-8).
fn percent_encode(url: &str) -> String {
    let mut out = String::with_capacity(url.len() + 8);
    for c in url.chars() {
        if needs_encoding(c) || c == '%' {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What is around a node in the tree, for decisions that depend on its ancestors.
#[derive(Clone, Copy, Default)]
struct Around {
    /// Inside a link or an image.
    in_link: bool,
    /// Inside an image (whose content becomes plain text).
    in_image: bool,
    /// Inside a list item.
    in_item: bool,
    /// Inside a list (not counting the node itself).
    in_list: bool,
}

/// Every node under `root` (document order) with what is around it: one pass with an
/// explicit stack, so neither time nor stack depth grows with the nesting of the text
/// (asking each node for its ancestors would be quadratic in `- - - - …`).
fn walk<'a>(root: &'a AstNode<'a>) -> Vec<(&'a AstNode<'a>, Around)> {
    let mut out = Vec::new();
    let mut stack = vec![(root, Around::default())];
    while let Some((node, around)) = stack.pop() {
        out.push((node, around));
        let inner = {
            let value = &node.data().value;
            Around {
                in_link: around.in_link
                    || matches!(value, NodeValue::Link(_) | NodeValue::Image(_)),
                in_image: around.in_image || matches!(value, NodeValue::Image(_)),
                in_item: around.in_item || matches!(value, NodeValue::Item(_)),
                in_list: around.in_list || matches!(value, NodeValue::List(_)),
            }
        };
        stack.extend(node.reverse_children().map(|c| (c, inner)));
    }
    out
}

/// The text content of a node (for an image's alt text).
fn plain_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        match &d.data().value {
            NodeValue::Text(t) => out.push_str(t),
            NodeValue::Code(c) => out.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => out.push(' '),
            NodeValue::Paragraph | NodeValue::Item(_) | NodeValue::Heading(_)
                if !out.is_empty() && !out.ends_with(' ') =>
            {
                out.push(' ');
            }
            _ => {}
        }
    }
    out
}

/// Whether [`clean_surveyed`] changes this node: most nodes of most answers (paragraphs,
/// text, emphasis, lists, links to safe addresses) it leaves as they are.
fn needs_cleaning(value: &NodeValue) -> bool {
    match value {
        NodeValue::Image(_)
        | NodeValue::HtmlInline(_)
        | NodeValue::HtmlBlock(_)
        | NodeValue::Heading(_) => true,
        NodeValue::Link(link) => !safe_url(&link.url) || link.url.chars().any(needs_encoding),
        NodeValue::CodeBlock(code) => code.info.trim().is_empty(),
        _ => false,
    }
}

/// [`clean_surveyed`] without a survey, looking at the tree itself: what the tests
/// hold the answers' paths to.
#[cfg(test)]
fn clean<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    if root.descendants().any(|n| needs_cleaning(&n.data().value)) {
        clean_nodes(arena, root);
    }
    linkify(arena, root);
}

/// Rewrites the tree so nothing unsafe or structure-breaking is left, told by a
/// [`Survey`] of the tree what there is: a tree with nothing to clean and no address
/// is left as it is without another walk.
fn clean_surveyed<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>, survey: Survey) {
    if survey.to_clean {
        clean_nodes(arena, root);
        linkify(arena, root);
    } else if survey.addresses {
        linkify(arena, root);
    }
}

/// The work of [`clean_surveyed`] on a tree that has something to clean.
fn clean_nodes<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    // Collect first: the tree is changed while walking it.
    // An image's content becomes its plain text, so what is inside it needs no work
    // (nested images would otherwise be flattened once per level).
    let nodes: Vec<&'a AstNode<'a>> = walk(root)
        .into_iter()
        .filter(|(_, around)| !around.in_image)
        .map(|(n, _)| n)
        .collect();
    for node in nodes {
        let replacement = {
            let data = node.data();
            match &data.value {
                NodeValue::Image(_) => Some(Replace::Text(plain_text(node))),
                NodeValue::Link(link) if !safe_url(&link.url) => Some(Replace::Unwrap),
                NodeValue::HtmlInline(raw) => Some(Replace::Text(raw.clone())),
                NodeValue::HtmlBlock(block) => Some(Replace::Paragraph(block.literal.clone())),
                NodeValue::Heading(_) => Some(Replace::Strong),
                _ => None,
            }
        };
        // An address with `<`, `>` or spaces cannot be written back as `<…>`: comrak
        // would close the autolink early and leave the rest (`[x](javascript:…)`) to
        // be read as Markdown. Percent-encoded, it is written as `[text](address)`,
        // brackets encoded too, so no parser can end the link early.
        if let NodeValue::Link(link) = &mut node.data_mut().value
            && link.url.chars().any(needs_encoding)
        {
            link.url = percent_encode(&link.url);
        }
        // Fenced code without a language: say `text`, as Markdown linters ask.
        if let NodeValue::CodeBlock(code) = &mut node.data_mut().value
            && code.info.trim().is_empty()
        {
            code.info = "text".to_string();
            code.fenced = true;
        }
        match replacement {
            None => {}
            Some(Replace::Text(text)) => {
                let text_node = arena.alloc(AstNode::from(NodeValue::Text(text.into())));
                node.insert_before(text_node);
                node.detach();
            }
            Some(Replace::Unwrap) => {
                let children: Vec<_> = node.children().collect();
                for c in children {
                    node.insert_before(c);
                }
                node.detach();
            }
            Some(Replace::Paragraph(text)) => {
                let p = arena.alloc(AstNode::from(NodeValue::Paragraph));
                for (i, line) in text.trim_end().lines().enumerate() {
                    if i > 0 {
                        p.append(arena.alloc(AstNode::from(NodeValue::SoftBreak)));
                    }
                    p.append(arena.alloc(AstNode::from(NodeValue::Text(line.to_string().into()))));
                }
                node.insert_before(p);
                node.detach();
            }
            Some(Replace::Strong) => {
                let p = arena.alloc(AstNode::from(NodeValue::Paragraph));
                let strong = arena.alloc(AstNode::from(NodeValue::Strong));
                let ends_in_punctuation = plain_text(node)
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_punctuation());
                let children: Vec<_> = node.children().collect();
                for c in children {
                    strong.append(c);
                }
                p.append(strong);
                // A paragraph of bold text alone reads (and lints) as a fake heading;
                // a colon makes it the lead-in it was meant to be.
                if !ends_in_punctuation {
                    p.append(arena.alloc(AstNode::from(NodeValue::Text(":".into()))));
                }
                node.insert_before(p);
                node.detach();
            }
        }
    }
}

/// Web addresses left in plain text (e.g. inside raw HTML shown as text) become links,
/// so Markdown output has no bare URLs. Only `http:` and `https:` are recognised.
fn linkify<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    // Most trees hold no address at all: one look at every text, without collecting.
    if !root
        .descendants()
        .any(|n| matches!(&n.data().value, NodeValue::Text(t) if has_address_mark(t)))
    {
        return;
    }
    let texts: Vec<&'a AstNode<'a>> = walk(root)
        .into_iter()
        .filter(|(n, around)| !around.in_link && matches!(n.data().value, NodeValue::Text(_)))
        .map(|(n, _)| n)
        .collect();
    for node in texts {
        let text = match &node.data().value {
            // Most text holds no address: skip it without copying.
            NodeValue::Text(t) if has_address_mark(t) => t.to_string(),
            _ => continue,
        };
        let pieces = split_urls(&text);
        if !pieces.iter().any(|(_, is_url)| *is_url) {
            continue;
        }
        for (piece, is_url) in pieces {
            let new: &'a AstNode<'a> = if is_url {
                let link: &'a AstNode<'a> = arena.alloc(AstNode::from(NodeValue::Link(Box::new(
                    comrak::nodes::NodeLink {
                        url: piece.clone(),
                        title: String::new(),
                    },
                ))));
                link.append(arena.alloc(AstNode::from(NodeValue::Text(piece.into()))));
                link
            } else {
                arena.alloc(AstNode::from(NodeValue::Text(piece.into())))
            };
            node.insert_before(new);
        }
        node.detach();
    }
}

/// Text cut into (piece, is_url) around `http://` and `https://` addresses. Linear:
/// the text is lower-cased once and every search starts where the last one ended.
fn split_urls(text: &str) -> Vec<(String, bool)> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut pos = 0; // start of the text not yet pushed
    let mut from = 0; // where to look for the next address
    while let Some(found) = lower[from..].find("http") {
        let start = from + found;
        let after = &lower[start + 4..];
        let scheme = if after.starts_with("s://") {
            "https://".len()
        } else if after.starts_with("://") {
            "http://".len()
        } else {
            from = start + 4;
            continue;
        };
        let tail = &text[start..];
        let end = tail[scheme..]
            .find(|c: char| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '<' | '>' | '"' | '\'' | '\\' | '`')
            })
            .map_or(tail.len(), |e| e + scheme);
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        if url.len() <= scheme {
            from = start + scheme;
            continue;
        }
        if start > pos {
            out.push((text[pos..start].to_string(), false));
        }
        out.push((url.to_string(), true));
        pos = start + url.len();
        from = pos;
    }
    if pos < text.len() {
        out.push((text[pos..].to_string(), false));
    }
    out
}

enum Replace {
    Text(String),
    Unwrap,
    Paragraph(String),
    Strong,
}

/// The longest text read as Markdown (64 KiB, far beyond any real answer). Longer
/// text is shown as written, every line escaped: so no Markdown parser's worst case
/// on a huge hostile text can cost more than a bounded amount per 64 KiB.
pub const MARKDOWN_MAX_BYTES: usize = 64 * 1024;

/// The deepest nesting (quotes in lists in emphasis …) kept as Markdown. Deeper text
/// is shown as written, every line escaped, so that no reader of the report (a parser
/// that recurses per level) needs a deep stack either.
pub const MARKDOWN_MAX_DEPTH: usize = 16;

/// What one look at a parsed tree finds, so that the steps after the parse need not
/// walk the tree again to learn it.
#[derive(Debug, Clone, Copy)]
struct Survey {
    /// A line break inside a paragraph ([`hard_breaks`] has work).
    soft_breaks: bool,
    /// A node [`clean_surveyed`] changes ([`needs_cleaning`]).
    to_clean: bool,
    /// A text with `://`, where [`linkify`] may find an address.
    addresses: bool,
}

impl Survey {
    /// Nothing known: every step looks for itself.
    #[cfg(test)]
    const UNKNOWN: Survey = Survey {
        soft_breaks: true,
        to_clean: true,
        addresses: true,
    };
}

/// Whether a text holds `://`, where an address may start (see [`split_urls`]).
fn has_address_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).any(|at| bytes[at + 1..].starts_with(b"//"))
}

/// `text` parsed, or `None` when it is too long or too deeply nested to keep as
/// Markdown (see [`MARKDOWN_MAX_BYTES`], [`MARKDOWN_MAX_DEPTH`]); with what the walk
/// that measures its depth saw on the way.
fn parse<'a>(
    arena: &'a Arena<'a>,
    text: &str,
    opts: &Options,
) -> Option<(&'a AstNode<'a>, Survey)> {
    if text.len() > MARKDOWN_MAX_BYTES {
        return None;
    }
    let root = comrak::parse_document(arena, text, opts);
    let mut survey = Survey {
        soft_breaks: false,
        to_clean: false,
        addresses: false,
    };
    let mut stack = vec![(root, 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MARKDOWN_MAX_DEPTH {
            return None;
        }
        {
            let value = &node.data().value;
            match value {
                NodeValue::SoftBreak => survey.soft_breaks = true,
                NodeValue::Text(t) if !survey.addresses => survey.addresses = has_address_mark(t),
                _ => {}
            }
            survey.to_clean = survey.to_clean || needs_cleaning(value);
        }
        stack.extend(node.children().map(|c| (c, depth + 1)));
    }
    Some((root, survey))
}

/// Text shown as written in HTML: escaped, line breaks kept.
fn verbatim_html(text: &str) -> String {
    let mut out = String::from("<p>");
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("<br>\n");
        }
        out.push_str(&escape_html(line));
    }
    out.push_str("</p>\n");
    out
}

/// Text shown as written in Markdown: every line escaped as plain text; with `breaks`,
/// a line followed by another in the same paragraph ends in a hard break.
fn verbatim_markdown(text: &str, breaks: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&inline(line));
        let next = lines.get(i + 1).is_some_and(|n| !n.trim().is_empty());
        if breaks && next && !line.trim().is_empty() {
            out.push('\\');
        }
    }
    out
}

/// Every line break inside a paragraph made a hard one: answers and notes are written
/// like a message, and a reader expects a new line where the writer began one (as
/// GitHub shows a comment).
fn hard_breaks<'a>(root: &'a AstNode<'a>) {
    for node in root.descendants() {
        let mut data = node.data_mut();
        if matches!(data.value, NodeValue::SoftBreak) {
            data.value = NodeValue::LineBreak;
        }
    }
}

/// User Markdown → safe HTML (block level: paragraphs, lists, …).
pub fn to_html(text: &str) -> String {
    html(text, false)
}

/// A team's answer or a note → safe HTML, its line breaks kept: a single line break
/// inside a paragraph is a `<br>`, a blank line starts a new paragraph.
pub fn text_to_html(text: &str) -> String {
    html(text, true)
}

fn html(text: &str, breaks: bool) -> String {
    match plain_blocks(text) {
        Some(blocks) => plain_html(&blocks, breaks),
        None => parsed_html(text, breaks),
    }
}

/// An answer as HTML through comrak: the path every answer can take.
fn parsed_html(text: &str, breaks: bool) -> String {
    let opts = options();
    let arena = Arena::new();
    let Some((root, survey)) = parse(&arena, text, &opts) else {
        return verbatim_html(text);
    };
    clean_surveyed(&arena, root, survey);
    // Cleaning makes raw HTML lines a paragraph with line breaks.
    if breaks && (survey.soft_breaks || survey.to_clean) {
        hard_breaks(root);
    }
    if let Some(out) = html_by_scan(root, text.len()) {
        return out;
    }
    let mut out = String::new();
    if comrak::format_html(root, &opts, &mut out).is_err() {
        return escape_html(text);
    }
    out
}

/// User Markdown → safe inline HTML (for a question inside a heading): the content of
/// a single paragraph, or, for anything longer, its plain text.
pub fn to_html_inline(text: &str) -> String {
    let opts = options();
    let arena = Arena::new();
    let Some((root, survey)) = parse(&arena, text, &opts) else {
        return escape_html(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    };
    clean_surveyed(&arena, root, survey);
    let children: Vec<_> = root.children().collect();
    if let [only] = children.as_slice()
        && matches!(only.data().value, NodeValue::Paragraph)
    {
        let mut out = String::new();
        if comrak::format_html(root, &opts, &mut out).is_ok() {
            let trimmed = out.trim_end();
            if let Some(inner) = trimmed
                .strip_prefix("<p>")
                .and_then(|s| s.strip_suffix("</p>"))
            {
                return inner.to_string();
            }
        }
    }
    escape_html(plain_text(root).trim())
}

/// User Markdown → cleaned CommonMark for a Markdown report (block level). Every line
/// gets `prefix` (e.g. `"> "` to quote it); blank lines get the prefix trimmed.
pub fn to_markdown(text: &str, prefix: &str) -> String {
    markdown(text, prefix, false)
}

/// A team's answer or a note → cleaned CommonMark, its line breaks kept: a single line
/// break inside a paragraph ends in a hard break (`\` at the end of the line, which
/// every CommonMark reader and GitHub show as a new line).
pub fn text_to_markdown(text: &str, prefix: &str) -> String {
    markdown(text, prefix, true)
}

fn markdown(text: &str, prefix: &str, breaks: bool) -> String {
    // Values are normalised when read; text from elsewhere (a commit subject) too.
    let normalised;
    let text = if text.contains('\r') {
        normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        normalised.as_str()
    } else {
        text
    };
    let out = plain_markdown(text, breaks).unwrap_or_else(|| parsed_markdown(text, breaks));
    let out = escape_template_tags(out.trim_end());
    let mut lines = String::with_capacity(out.len() + 16 * prefix.len());
    let tabs = memchr::memchr(b'\t', out.as_bytes()).is_some();
    for (n, l) in out.lines().enumerate() {
        if n > 0 {
            lines.push('\n');
        }
        let l = l.trim_end();
        if l.is_empty() {
            lines.push_str(prefix.trim_end());
        } else {
            lines.push_str(prefix);
            if tabs && l.contains('\t') {
                lines.push_str(&l.replace('\t', "    "));
            } else {
                lines.push_str(l);
            }
        }
    }
    lines
}

/// An answer as tidied Markdown through comrak (before template tags are escaped and
/// lines prefixed): the path every answer can take.
fn parsed_markdown(text: &str, breaks: bool) -> String {
    let opts = options();
    let arena = Arena::new();
    match parse(&arena, text, &opts) {
        None => verbatim_markdown(text, breaks),
        Some((root, survey)) => {
            let soft = breaks && survey.soft_breaks;
            let tidy = if soft { None } else { plain_source(root, text) };
            match tidy {
                Some(tidy) => tidy,
                None => {
                    if soft {
                        hard_breaks(root);
                    }
                    written_back(&arena, root, text, &opts, survey)
                }
            }
        }
    }
}

/// An answer as tidied Markdown without parsing it, when it is plain (see
/// [`plain_blocks`]) and [`plain_source`] would take it: what [`parsed_markdown`] gives
/// (`plain_answers_equal_comrak_without_parsing`).
fn plain_markdown(text: &str, breaks: bool) -> Option<String> {
    let blocks = plain_blocks(text)?;
    // A line break inside a paragraph is written as a hard break by comrak.
    if breaks
        && blocks
            .iter()
            .any(|b| matches!(b, PlainBlock::Paragraph(lines) if lines.len() > 1))
    {
        return None;
    }
    if has_autolink_start(text) {
        return None;
    }
    plain_lines(text)
}

/// A block of a plain answer: a paragraph's lines, or a tight list's one-line items.
enum PlainBlock<'t> {
    Paragraph(Vec<&'t str>),
    List(Vec<&'t str>),
}

/// The blocks of an answer so plain that its tree is known without parsing it:
/// paragraphs of letters, digits, spaces and `.,;?()%-`, with words in `**strong**`,
/// and tight lists of one-line `- ` items after a blank line. Any other character, and
/// any line that CommonMark could read as something else (indented, ending in a space,
/// starting with a digit, a marker or punctuation, a list straight after a paragraph or
/// after another list, a line straight after an item), `www.`, or a `*` that is not a
/// `**` opening before a letter or digit or closing after one, give `None`: the
/// answer then goes through comrak. So no raw HTML, link, image, autolink, entity,
/// heading, code or table can be in it: nothing to clean.
fn plain_blocks(text: &str) -> Option<Vec<PlainBlock<'_>>> {
    if text.len() > MARKDOWN_MAX_BYTES {
        return None;
    }
    // A byte at a time, a character only where one is not ASCII: most answers show a
    // byte that is not allowed early, and are turned away for little.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if !PLAIN_ASCII[b as usize] {
                return None;
            }
            i += 1;
        } else {
            let c = text[i..].chars().next()?;
            if !c.is_alphanumeric() {
                return None;
            }
            i += c.len_utf8();
        }
    }
    if text
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        return None;
    }
    // A line may start with a letter, `(` or a `**` opening.
    let starts_well = |line: &str| {
        let rest = line.strip_prefix("**").unwrap_or(line);
        rest.starts_with(|c: char| c == '(' || (c.is_alphanumeric() && !c.is_numeric()))
    };
    let mut blocks: Vec<PlainBlock<'_>> = Vec::new();
    let mut current: Option<PlainBlock<'_>> = None;
    let mut after_blank = true;
    for line in text.split('\n') {
        if line.is_empty() {
            blocks.extend(current.take());
            after_blank = true;
            continue;
        }
        if line.ends_with(' ') {
            return None;
        }
        if let Some(item) = line.strip_prefix("- ") {
            if !starts_well(item) || !strong_pairs(item) {
                return None;
            }
            match &mut current {
                Some(PlainBlock::List(items)) => items.push(item),
                // After a blank line, and not after a list: that would be one loose list.
                None if after_blank && !matches!(blocks.last(), Some(PlainBlock::List(_))) => {
                    current = Some(PlainBlock::List(vec![item]));
                }
                _ => return None,
            }
        } else {
            if !starts_well(line) {
                return None;
            }
            match &mut current {
                Some(PlainBlock::Paragraph(lines)) => lines.push(line),
                None => current = Some(PlainBlock::Paragraph(vec![line])),
                // A line straight after an item continues it.
                Some(PlainBlock::List(_)) => return None,
            }
        }
        after_blank = false;
    }
    blocks.extend(current);
    let paragraphs_pair = blocks.iter().all(|b| match b {
        PlainBlock::Paragraph(lines) => strong_pairs(&lines.join("\n")),
        PlainBlock::List(_) => true,
    });
    (paragraphs_pair && !blocks.is_empty()).then_some(blocks)
}

/// The ASCII bytes a plain answer may hold (see [`plain_blocks`]).
const PLAIN_ASCII: [bool; 256] = alphanumerics_and(b" \n.,;?()%-*");

/// Whether every `*` in `text` (one paragraph or item) is part of a `**` that opens
/// (after the start, a space or punctuation, before a letter or digit) or closes
/// (after a letter or digit, before the end, a space or punctuation), opening and
/// closing in turn and all closed: then each pair is strong emphasis, as CommonMark
/// reads it.
fn strong_pairs(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut open = false;
    let mut i = 0;
    while let Some(at) = text[i..].find('*') {
        let at = i + at;
        if bytes.get(at + 1) != Some(&b'*') || bytes.get(at + 2) == Some(&b'*') {
            return false;
        }
        let before = text[..at].chars().next_back();
        let after = text[at + 2..].chars().next();
        if !open && !word(before) && word(after) {
            open = true;
        } else if open && word(before) && !word(after) {
            open = false;
        } else {
            return false;
        }
        i = at + 2;
    }
    !open
}

/// Plain text with its `**` pairs as `<strong>`; `breaks` writes a line break as `<br />`.
fn plain_inline_html(text: &str, breaks: bool, out: &mut String) {
    let mut open = false;
    for (n, piece) in text.split("**").enumerate() {
        if n > 0 {
            out.push_str(if open { "</strong>" } else { "<strong>" });
            open = !open;
        }
        if breaks {
            out.push_str(&piece.replace('\n', "<br />\n"));
        } else {
            out.push_str(piece);
        }
    }
}

/// A plain answer as HTML, as comrak writes its tree (`plain_answers_equal_comrak_without_parsing`).
fn plain_html(blocks: &[PlainBlock<'_>], breaks: bool) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            PlainBlock::Paragraph(lines) => {
                out.push_str("<p>");
                plain_inline_html(&lines.join("\n"), breaks, &mut out);
                out.push_str("</p>\n");
            }
            PlainBlock::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str("<li>");
                    plain_inline_html(item, breaks, &mut out);
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out
}

/// The cleaned tree written back as CommonMark: by scan (see [`written_by_scan`]), or
/// by comrak where scan's writer declines.
fn written_back<'a>(
    arena: &'a Arena<'a>,
    root: &'a AstNode<'a>,
    text: &str,
    opts: &Options,
    survey: Survey,
) -> String {
    clean_surveyed(arena, root, survey);
    match written_by_scan(root, text.len()) {
        Some(out) => out,
        None => {
            guard_autolinks(arena, root);
            written_by_comrak(root, text, opts)
        }
    }
}

/// The cleaned tree written back as CommonMark by comrak, with the middles of long
/// texts written by scan (see [`stand_ins`]).
fn written_by_comrak<'a>(root: &'a AstNode<'a>, text: &str, opts: &Options) -> String {
    let middles = stand_ins(root, text);
    let mut out = String::new();
    if comrak::format_commonmark(root, opts, &mut out).is_err() {
        return inline(text);
    }
    if middles.is_empty() {
        out
    } else {
        put_back(&out, &middles)
    }
}

/// The deepest tree [`written_by_scan`] writes (it recurses once per level); deeper
/// trees are written by comrak. [`parse`] already keeps trees far shallower.
const WRITER_MAX_DEPTH: usize = 48;

/// A cleaned answer tree written as CommonMark by scan itself: the same bytes as
/// [`guard_autolinks`] and then comrak's `format_commonmark` with [`options`] give
/// (`own_writer_equals_comrak_on_random_answers`), for the trees answers are made of
/// (paragraphs, line breaks, lists, block quotes, rules, emphasis, strong,
/// strikethrough, links, code spans); the autolink escapes are put in as it writes. Any
/// other node (a table, a code block, …) gives `None`, and comrak writes the tree.
/// comrak's writer handles text a character at a time, each in a string of its own;
/// here a text is copied in runs between the bytes that need an escape.
#[inline(never)] // its own entry in a profile
fn written_by_scan<'a>(root: &'a AstNode<'a>, size: usize) -> Option<String> {
    let mut w = Writer {
        out: String::with_capacity(size + size / 8 + 16),
        prefix: String::new(),
        need_cr: 0,
        begin_line: true,
        begin_content: true,
        in_tight_item: false,
        numbers: Vec::new(),
    };
    w.node(root, 0)?;
    if !w.out.is_empty() && !w.out.ends_with('\n') {
        w.out.push('\n');
    }
    Some(w.out)
}

/// The state of [`written_by_scan`], as comrak's writer keeps it: what to put before
/// every line (`> ` in a quote, spaces in a list item), how many line breaks are owed
/// before the next output, whether the next character starts a line or the content
/// of a block (where `-`, `+`, `=` and a number's `.` or `)` would start a block).
struct Writer {
    out: String,
    prefix: String,
    /// 1: a line break is owed; 2: a blank line.
    need_cr: u8,
    begin_line: bool,
    begin_content: bool,
    /// Inside an item of a tight list: no blank lines between its blocks.
    in_tight_item: bool,
    /// The next number of each ordered list around the node.
    numbers: Vec<usize>,
}

/// Bytes that [`Writer::text`] looks at: those escaped with a backslash wherever they
/// stand, `&` (escaped before a letter) and control characters (written as numeric
/// character references).
const TEXT_SPECIAL: [bool; 256] = {
    let mut table = ESCAPED_IN_MIDDLE;
    table[b'&' as usize] = true;
    let mut i = 0;
    while i < 0x20 {
        table[i] = true;
        i += 1;
    }
    table
};

/// A table of the bytes in `list`.
const fn byte_table(list: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < list.len() {
        table[list[i] as usize] = true;
        i += 1;
    }
    table
}

/// A [`byte_table`] of `list` and the ASCII letters and digits.
const fn alphanumerics_and(list: &[u8]) -> [bool; 256] {
    let mut table = byte_table(list);
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = true;
        }
        b += 1;
    }
    table
}

/// The bytes comrak escapes in a link's address: with a backslash, white space as
/// `%XX` (which [`Writer::destination`] leaves to comrak).
const ESCAPED_IN_URL: [bool; 256] = byte_table(b"`<>\\()\t\n\r ");

/// The bytes comrak escapes with a backslash in a link's title.
const ESCAPED_IN_TITLE: [bool; 256] = byte_table(b"`<>\"\\");

/// Whether a list's items are tight (`node` is an item's child).
fn tight_item_child<'a>(node: &'a AstNode<'a>) -> bool {
    let Some(item) = node.parent() else {
        return false;
    };
    if !matches!(item.data().value, NodeValue::Item(_)) {
        return false;
    }
    item.parent()
        .is_some_and(|list| matches!(&list.data().value, NodeValue::List(l) if l.tight))
}

/// Whether comrak writes a link as `<address>`: its address has a scheme, it has no
/// title and its first child, as [`guard_autolinks`] leaves it, is a text equal to the
/// address (without `mailto:`).
fn is_autolink<'a>(node: &'a AstNode<'a>, link: &comrak::nodes::NodeLink) -> bool {
    let url = link.url.as_str();
    if !link.title.is_empty() || !has_scheme(url) {
        return false;
    }
    let address = url.strip_prefix("mailto:").unwrap_or(url);
    let Some(first) = node
        .first_child()
        .filter(|c| matches!(c.data().value, NodeValue::Text(_)))
    else {
        return false;
    };
    // The first child's run of text, as `guard_autolinks` joins it.
    let (text, next) = text_run_from(first);
    if next.is_none() && reads_as_address(link, &text) {
        // The whole text of the link, left without escapes.
        return address == text;
    }
    match next_autolink_start(&text, 0) {
        Some(at) => at > 0 && address == &text[..at],
        None => address == text,
    }
}

/// The text of `first` and of the text nodes right after it, joined (one run of text to
/// a reader), and the node after them.
fn text_run_from<'a>(first: &'a AstNode<'a>) -> (String, Option<&'a AstNode<'a>>) {
    let mut text = String::new();
    let mut next = Some(first);
    while let Some(n) = next {
        match &n.data().value {
            NodeValue::Text(t) => text.push_str(t),
            _ => break,
        }
        next = n.next_sibling();
    }
    (text, next)
}

/// Whether `text`, the whole text of a link, reads as its address (also without
/// `mailto:`): [`guard_autolinks`] leaves it as it is.
fn reads_as_address(link: &comrak::nodes::NodeLink, text: &str) -> bool {
    link.title.is_empty() && (link.url == text || link.url.strip_prefix("mailto:") == Some(text))
}

/// The byte offset of the first `:` or `.` at or after `from` where
/// [`starts_autolink`] holds (the characters it looks at are single bytes).
fn next_autolink_start(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', b'.', &bytes[from..])
        .map(|i| i + from)
        .find(|&i| {
            if bytes[i] == b':' {
                i > 0
                    && bytes[i - 1].is_ascii_alphabetic()
                    && text[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(|c| !c.is_whitespace())
            } else {
                i >= 3
                    && bytes[i - 3..i]
                        .iter()
                        .all(|c| c.eq_ignore_ascii_case(&b'w'))
            }
        })
}

/// Whether an address starts with a scheme as CommonMark defines it: a letter, then
/// 1 to 31 letters, digits, `.`, `+` or `-`, then `:`.
fn has_scheme(url: &str) -> bool {
    let b = url.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-'))
        .count();
    (1..=31).contains(&rest) && b.get(1 + rest) == Some(&b':')
}

/// The length of the shortest run of backticks not in `code`: the fence of a code span.
fn code_fence(code: &[u8]) -> usize {
    let mut small = 0u64; // runs of 1 to 63
    let mut long: Vec<usize> = Vec::new();
    let mut run = 0;
    for &b in code.iter().chain(std::iter::once(&0)) {
        if b == b'`' {
            run += 1;
            continue;
        }
        if run > 0 && run < 64 {
            small |= 1 << run;
        } else if run > 0 {
            long.push(run);
        }
        run = 0;
    }
    let mut n = 1;
    while (n < 64 && small & (1 << n) != 0) || (n >= 64 && long.contains(&n)) {
        n += 1;
    }
    n
}

impl Writer {
    /// The line breaks owed, before anything is written.
    fn flush(&mut self) {
        // Most pieces of a paragraph owe nothing.
        if self.need_cr == 0 {
            return;
        }
        if self.in_tight_item && self.need_cr > 1 {
            self.need_cr = 1;
        }
        let b = self.out.as_bytes();
        let mut breaks_written = match b {
            [.., b'\n', b'\n'] => 2,
            [.., b'\n'] => 1,
            _ => 0,
        };
        while self.need_cr > 0 {
            if self.out.is_empty() {
            } else if breaks_written > 0 {
                breaks_written -= 1;
            } else {
                self.out.push('\n');
                self.begin_line = true;
                self.begin_content = true;
                if self.need_cr > 1 {
                    self.out.push_str(&self.prefix);
                }
            }
            self.need_cr -= 1;
        }
    }

    /// Writes `s` as it is (syntax, an address of an autolink, a code span).
    fn literal(&mut self, s: &str) {
        self.flush();
        // Mostly a byte or two of syntax: a search for a byte, not for a character.
        if memchr::memchr(b'\n', s.as_bytes()).is_none() {
            if s.is_empty() {
                return;
            }
            if self.begin_line {
                self.out.push_str(&self.prefix);
            }
            self.out.push_str(s);
            self.begin_line = false;
            self.begin_content = self.begin_content && s.bytes().all(|b| b.is_ascii_digit());
            return;
        }
        for c in s.chars() {
            if self.begin_line {
                self.out.push_str(&self.prefix);
            }
            self.out.push(c);
            if c == '\n' {
                self.begin_line = true;
                self.begin_content = true;
            } else {
                self.begin_line = false;
                self.begin_content = self.begin_content && c.is_ascii_digit();
            }
        }
    }

    /// A byte of text that needs an escape (see [`TEXT_SPECIAL`]), escaped.
    fn escaped(&mut self, c: u8) {
        match c {
            0 => self.out.push('\u{fffd}'),
            1..0x20 => {
                self.out.push_str("&#");
                push_number(&mut self.out, usize::from(c));
                self.out.push(';');
            }
            _ => {
                self.out.push('\\');
                self.out.push(char::from(c));
            }
        }
    }

    /// Writes the text of a text node, escaped as comrak escapes text.
    fn text(&mut self, s: &str) {
        self.flush();
        if s.is_empty() {
            return;
        }
        if self.begin_line {
            self.out.push_str(&self.prefix);
        }
        self.begin_line = false;
        let bytes = s.as_bytes();
        let mut i = 0;
        // At the start of a block's content each character is decided on its own.
        while self.begin_content && i < bytes.len() {
            let c = bytes[i];
            if c >= 0x80 {
                self.begin_content = false;
                break;
            }
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            let follows_digit = self.out.as_bytes().last().is_some_and(u8::is_ascii_digit);
            let escape = ESCAPED_IN_MIDDLE[usize::from(c)]
                || c < 0x20
                || (c == b'&' && next.is_ascii_alphabetic())
                || (matches!(c, b'-' | b'+' | b'=') && !follows_digit)
                || (matches!(c, b'.' | b')')
                    && follows_digit
                    && matches!(next, 0 | b' ' | b'\t' | b'\n' | b'\r'));
            if escape {
                self.escaped(c);
            } else {
                self.out.push(char::from(c));
            }
            self.begin_content = c.is_ascii_digit();
            i += 1;
        }
        // Elsewhere: runs copied as they are, between the bytes that need an escape.
        let mut run = i;
        while i < bytes.len() {
            let c = bytes[i];
            if TEXT_SPECIAL[usize::from(c)]
                && (c != b'&' || bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
            {
                self.out.push_str(&s[run..i]);
                self.escaped(c);
                run = i + 1;
            }
            i += 1;
        }
        self.out.push_str(&s[run..]);
    }

    /// Writes a link's address (`title` false) or title, with a backslash before each
    /// byte comrak escapes there; `None` for white space in an address, which comrak
    /// would write as `%XX`.
    fn destination(&mut self, s: &str, title: bool) -> Option<()> {
        self.flush();
        if s.is_empty() {
            return Some(());
        }
        if self.begin_line {
            self.out.push_str(&self.prefix);
        }
        self.begin_line = false;
        let table = if title {
            &ESCAPED_IN_TITLE
        } else {
            &ESCAPED_IN_URL
        };
        let mut run = 0;
        for (i, c) in s.bytes().enumerate() {
            if table[usize::from(c)] {
                if !title && matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                    return None;
                }
                self.out.push_str(&s[run..i]);
                self.out.push('\\');
                run = i;
            }
        }
        self.out.push_str(&s[run..]);
        self.begin_content = self.begin_content && s.bytes().all(|b| b.is_ascii_digit());
        Some(())
    }

    fn children<'a>(&mut self, node: &'a AstNode<'a>, depth: usize) -> Option<()> {
        for child in node.children() {
            self.node(child, depth + 1)?;
        }
        Some(())
    }

    fn cr(&mut self) {
        self.need_cr = self.need_cr.max(1);
    }

    fn blank_line(&mut self) {
        self.need_cr = self.need_cr.max(2);
    }

    fn node<'a>(&mut self, node: &'a AstNode<'a>, depth: usize) -> Option<()> {
        if depth > WRITER_MAX_DEPTH {
            return None;
        }
        if node
            .parent()
            .is_some_and(|p| matches!(p.data().value, NodeValue::Item(_)))
        {
            self.in_tight_item = tight_item_child(node);
        }
        let data = node.data();
        match &data.value {
            NodeValue::Document => self.children(node, depth)?,
            NodeValue::Paragraph => {
                self.children(node, depth)?;
                self.blank_line();
            }
            NodeValue::BlockQuote => {
                self.literal("> ");
                self.begin_content = true;
                self.prefix.push_str("> ");
                self.children(node, depth)?;
                self.prefix.truncate(self.prefix.len().saturating_sub(2));
                self.blank_line();
            }
            NodeValue::List(list) => {
                let ordered = list.list_type == comrak::nodes::ListType::Ordered;
                if ordered {
                    self.numbers.push(list.start);
                }
                self.children(node, depth)?;
                if ordered {
                    self.numbers.pop();
                }
                self.in_tight_item = tight_item_child(node);
                let next = node.next_sibling();
                if next.is_some_and(|n| {
                    matches!(n.data().value, NodeValue::List(_) | NodeValue::CodeBlock(_))
                }) {
                    self.cr();
                    self.literal("<!-- end list -->");
                    self.blank_line();
                }
            }
            NodeValue::Item(_) => {
                let parent = node.parent()?;
                let list = match &parent.data().value {
                    NodeValue::List(list) => *list,
                    _ => return None,
                };
                let width = if list.list_type == comrak::nodes::ListType::Bullet {
                    self.literal("- ");
                    2
                } else {
                    let number = self.numbers.last_mut()?;
                    let n = *number;
                    *number += 1;
                    let mut marker = [0u8; 24];
                    let len = marker_of(n, list.delimiter, &mut marker);
                    let marker = std::str::from_utf8(&marker[..len]).ok()?;
                    self.literal(marker);
                    len
                };
                self.begin_content = true;
                for _ in 0..width {
                    self.prefix.push(' ');
                }
                self.children(node, depth)?;
                self.prefix
                    .truncate(self.prefix.len().saturating_sub(width));
                self.cr();
            }
            NodeValue::ThematicBreak => {
                self.blank_line();
                self.literal("-----");
                self.blank_line();
            }
            NodeValue::Text(t) => {
                // A text right after another was written with it.
                if !node
                    .previous_sibling()
                    .is_some_and(|p| matches!(p.data().value, NodeValue::Text(_)))
                {
                    self.text_run(node, t);
                }
            }
            NodeValue::SoftBreak => self.cr(),
            NodeValue::LineBreak => {
                if node.next_sibling().is_some_and(|n| !n.data().value.block()) {
                    self.literal("\\");
                }
                self.cr();
            }
            NodeValue::Code(code) => {
                let bytes = code.literal.as_bytes();
                let (&first, &last) = (bytes.first()?, bytes.last()?);
                let fence = "`".repeat(code_fence(bytes));
                let all_space = bytes.iter().all(|&c| matches!(c, b' ' | b'\r' | b'\n'));
                let pad = first == b'`'
                    || last == b'`'
                    || (!all_space && (first == b' ' || last == b' '));
                self.literal(&fence);
                if pad {
                    self.literal(" ");
                }
                self.literal(&code.literal);
                if pad {
                    self.literal(" ");
                }
                self.literal(&fence);
            }
            NodeValue::HtmlInline(raw) => self.literal(raw),
            NodeValue::Strong => {
                let nested = node
                    .parent()
                    .is_some_and(|p| matches!(p.data().value, NodeValue::Strong));
                if !nested {
                    self.literal("**");
                }
                self.children(node, depth)?;
                if !nested {
                    self.literal("**");
                }
            }
            NodeValue::Emph => {
                let delimiter = if node
                    .parent()
                    .is_some_and(|p| matches!(p.data().value, NodeValue::Emph))
                    && node.next_sibling().is_none()
                    && node.previous_sibling().is_none()
                {
                    "_"
                } else {
                    "*"
                };
                self.literal(delimiter);
                self.children(node, depth)?;
                self.literal(delimiter);
            }
            NodeValue::Strikethrough => {
                self.literal("~~");
                self.children(node, depth)?;
                self.literal("~~");
            }
            NodeValue::Link(link) => {
                if is_autolink(node, link) {
                    self.literal("<");
                    self.literal(link.url.strip_prefix("mailto:").unwrap_or(&link.url));
                    self.literal(">");
                } else {
                    self.literal("[");
                    self.children(node, depth)?;
                    self.literal("](");
                    self.destination(&link.url, false)?;
                    if !link.title.is_empty() {
                        self.literal(" \"");
                        self.destination(&link.title, true)?;
                        self.literal("\"");
                    }
                    self.literal(")");
                }
            }
            _ => return None,
        }
        Some(())
    }

    /// A text node and the text nodes right after it, which are one run of text to a
    /// reader (comrak splits text where an autolink might start, raw HTML shown as text
    /// is a node of its own): written as one text, with the escapes of
    /// [`guard_autolinks`] where GitHub's extended autolinks could start, except in the
    /// whole text of a link that reads as its address.
    fn text_run<'a>(&mut self, node: &'a AstNode<'a>, t: &str) {
        let joined;
        let mut after = node.next_sibling();
        let t = if after.is_some_and(|n| matches!(n.data().value, NodeValue::Text(_))) {
            (joined, after) = text_run_from(node);
            joined.as_str()
        } else {
            t
        };
        let first = node.previous_sibling().is_none();
        let last = after.is_none();
        let parent = node.parent();
        let in_emphasis = parent.is_some_and(|p| {
            matches!(
                p.data().value,
                NodeValue::Emph | NodeValue::Strong | NodeValue::Strikethrough
            )
        });
        let as_address = first
            && last
            && parent.is_some_and(|p| match &p.data().value {
                NodeValue::Link(link) => reads_as_address(link, t),
                _ => false,
            });
        let mut start = 0;
        let mut written = false;
        if !as_address {
            while let Some(at) = next_autolink_start(t, start) {
                if at > start {
                    self.text_piece(&t[start..at], in_emphasis, first && !written, false);
                }
                self.literal(if t.as_bytes()[at] == b':' {
                    "\\:"
                } else {
                    "\\."
                });
                written = true;
                start = at + 1;
            }
        }
        if start < t.len() || !written {
            self.text_piece(&t[start..], in_emphasis, first && !written, last);
        }
    }

    /// A piece of text: white space at the edge of emphasis (`first` or `last` inside
    /// it) written as a character reference (it would keep the emphasis from being
    /// read back), the rest escaped.
    fn text_piece(&mut self, t: &str, in_emphasis: bool, first: bool, last: bool) {
        if !in_emphasis {
            self.text(t);
            return;
        }
        let leading = t.chars().next().filter(|c| c.is_whitespace() && first);
        let trailing = t.chars().next_back().filter(|c| c.is_whitespace() && last);
        if let Some(c) = leading {
            self.character_reference(c);
            if c.len_utf8() == t.len() {
                return;
            }
        }
        let from = leading.map_or(0, char::len_utf8);
        let to = t.len() - trailing.map_or(0, char::len_utf8);
        self.text(&t[from..to]);
        if let Some(c) = trailing {
            self.character_reference(c);
        }
    }

    fn character_reference(&mut self, c: char) {
        let mut buf = String::with_capacity(12);
        buf.push_str("&#");
        push_number(&mut buf, c as usize);
        buf.push(';');
        self.literal(&buf);
    }
}

/// A cleaned answer tree written as HTML by scan itself: the same bytes as comrak's
/// `format_html` with [`options`] gives (`own_html_equals_comrak_on_random_answers`),
/// for the trees answers are made of (paragraphs, line breaks, lists, block quotes,
/// rules, emphasis, strong, strikethrough, links, code spans). Any other node (a table,
/// a code block, …) gives `None`, and comrak writes the tree. comrak's writer goes
/// through a formatter for every piece of output; here text is copied in runs between
/// the bytes that need an escape.
#[inline(never)] // its own entry in a profile
fn html_by_scan<'a>(root: &'a AstNode<'a>, size: usize) -> Option<String> {
    let mut out = String::with_capacity(size + size / 4 + 16);
    html_node(root, 0, &mut out)?;
    Some(out)
}

/// Starts a new line unless the output is at the start of one (comrak's `cr`).
fn html_cr(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// The bytes [`html_escape_into`] replaces.
const HTML_SPECIAL: [bool; 256] = byte_table(b"\"&<>\0");

/// Text in HTML as comrak escapes it: `"`, `&`, `<`, `>` as entities, NUL as U+FFFD.
/// Most text has none of them: one look at each byte in a table, runs copied whole.
fn html_escape_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !HTML_SPECIAL[usize::from(b)] {
            continue;
        }
        out.push_str(&s[run..i]);
        out.push_str(match b {
            b'"' => "&quot;",
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "\u{fffd}",
        });
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

/// The bytes comrak leaves as they are in a link's `href`.
const HREF_SAFE: [bool; 256] = alphanumerics_and(b"-_.+!*(),#@?=;:/$~");

/// A link's address in an `href` attribute as comrak writes it: `&` and `'` as
/// entities, `%` kept before two hex digits, every other byte outside [`HREF_SAFE`]
/// percent-encoded. `None` for `[`, where comrak looks for an IPv6 host.
fn href_into(url: &str, out: &mut String) -> Option<()> {
    let bytes = url.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let kept_percent = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if HREF_SAFE[usize::from(b)] || kept_percent {
            i += if kept_percent { 3 } else { 1 };
            continue;
        }
        if i > run {
            out.push_str(&url[run..i]);
        }
        match b {
            b'[' => return None,
            b'&' => out.push_str("&amp;"),
            b'\'' => out.push_str("&#x27;"),
            b'%' => out.push_str("%25"),
            0 => out.push_str("%EF%BF%BD"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
        i += 1;
        run = i;
    }
    out.push_str(&url[run..]);
    Some(())
}

fn html_children<'a>(node: &'a AstNode<'a>, depth: usize, out: &mut String) -> Option<()> {
    for child in node.children() {
        html_node(child, depth + 1, out)?;
    }
    Some(())
}

/// One node and what is under it, as comrak's HTML writer writes them.
fn html_node<'a>(node: &'a AstNode<'a>, depth: usize, out: &mut String) -> Option<()> {
    if depth > WRITER_MAX_DEPTH {
        return None;
    }
    let data = node.data();
    match &data.value {
        NodeValue::Document => html_children(node, depth, out)?,
        NodeValue::Paragraph => {
            let tight = node
                .parent()
                .and_then(|p| p.parent())
                .is_some_and(|l| matches!(&l.data().value, NodeValue::List(l) if l.tight));
            if tight {
                if node
                    .previous_sibling()
                    .is_some_and(|p| matches!(p.data().value, NodeValue::Paragraph))
                {
                    out.push('\n');
                }
                html_children(node, depth, out)?;
            } else {
                html_cr(out);
                out.push_str("<p>");
                html_children(node, depth, out)?;
                out.push_str("</p>\n");
            }
        }
        NodeValue::BlockQuote => {
            html_cr(out);
            out.push_str("<blockquote>\n");
            html_children(node, depth, out)?;
            html_cr(out);
            out.push_str("</blockquote>\n");
        }
        NodeValue::List(list) => {
            if list.is_task_list {
                return None;
            }
            html_cr(out);
            let ordered = list.list_type == comrak::nodes::ListType::Ordered;
            if !ordered {
                out.push_str("<ul>\n");
            } else if list.start == 1 {
                out.push_str("<ol>\n");
            } else {
                out.push_str("<ol start=\"");
                push_number(out, list.start);
                out.push_str("\">\n");
            }
            html_children(node, depth, out)?;
            out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
        }
        NodeValue::Item(_) => {
            html_cr(out);
            out.push_str("<li>");
            html_children(node, depth, out)?;
            out.push_str("</li>\n");
        }
        NodeValue::ThematicBreak => {
            html_cr(out);
            out.push_str("<hr />\n");
        }
        NodeValue::Text(t) => html_escape_into(t, out),
        NodeValue::SoftBreak => out.push('\n'),
        NodeValue::LineBreak => out.push_str("<br />\n"),
        NodeValue::Code(code) => {
            out.push_str("<code>");
            html_escape_into(&code.literal, out);
            out.push_str("</code>");
        }
        NodeValue::Strong => {
            out.push_str("<strong>");
            html_children(node, depth, out)?;
            out.push_str("</strong>");
        }
        NodeValue::Emph => {
            out.push_str("<em>");
            html_children(node, depth, out)?;
            out.push_str("</em>");
        }
        NodeValue::Strikethrough => {
            out.push_str("<del>");
            html_children(node, depth, out)?;
            out.push_str("</del>");
        }
        NodeValue::Link(link) => {
            out.push_str("<a href=\"");
            if !comrak::html::dangerous_url(&link.url) {
                href_into(&link.url, out)?;
            }
            if !link.title.is_empty() {
                out.push_str("\" title=\"");
                html_escape_into(&link.title, out);
            }
            out.push_str("\">");
            html_children(node, depth, out)?;
            out.push_str("</a>");
        }
        _ => return None,
    }
    Some(())
}

/// The marker of an ordered list's item (`12. `, `3) `) into `buf`; its length.
fn marker_of(n: usize, delimiter: comrak::nodes::ListDelimType, buf: &mut [u8; 24]) -> usize {
    let (digits, len) = decimal(n);
    buf[..len].copy_from_slice(&digits[20 - len..]);
    buf[len] = if delimiter == comrak::nodes::ListDelimType::Paren {
        b')'
    } else {
        b'.'
    };
    buf[len + 1] = b' ';
    len + 2
}

/// `n` in decimal digits.
fn push_number(out: &mut String, n: usize) {
    let (digits, len) = decimal(n);
    for &d in &digits[20 - len..] {
        out.push(char::from(d));
    }
}

/// The decimal digits of `n`, at the end of the array, and how many there are.
fn decimal(mut n: usize) -> ([u8; 20], usize) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        len += 1;
        digits[20 - len] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return (digits, len);
        }
    }
}

/// The first of the private-use characters that stand in for the middles of texts
/// while comrak writes the tree (see [`stand_ins`]).
const STAND_IN: u32 = 0xE000;
/// How many stand-ins there are (the Basic Multilingual Plane's private-use area).
const STAND_INS: usize = 0x1900;

fn stand_in_index(c: char) -> Option<usize> {
    (c as u32)
        .checked_sub(STAND_IN)
        .map(|i| i as usize)
        .filter(|&i| i < STAND_INS)
}

/// Text whose middle is written by scan instead of comrak: comrak's CommonMark writer
/// handles text one character at a time, each in a new string, which made it the
/// costliest step of a Markdown report on answers of several paragraphs.
const STAND_IN_MIN_CHARS: usize = 8;

/// Replaces the middle of each long text node by one private-use character, and gives
/// the middles, escaped as comrak's writer escapes them, in the order of those
/// characters. The start of each text (its leading digits, the character after them
/// and one more) and its last character stay, so comrak makes every decision that
/// depends on where the text stands (the start of a line, a list number before it,
/// white space at the edge of emphasis) on the same characters; inside the middle no
/// such decision is left, and a character is escaped or not by itself alone (`&` by
/// the one after it). Nothing is replaced when the text could hold one of these
/// characters already, or the tree has a table (inside which `|` is escaped too);
/// the text of a link is left as it is (comrak compares it with the address).
#[inline(never)] // its own entry in a profile
fn stand_ins<'a>(root: &'a AstNode<'a>, text: &str) -> Vec<String> {
    let mut middles = Vec::new();
    if has_stand_in(text) {
        return middles;
    }
    if root
        .descendants()
        .any(|n| matches!(n.data().value, NodeValue::Table(_)))
    {
        return middles;
    }
    // Links whose address is written by scan: comrak writes them as `[text](address)`
    // whatever their text, so their text may have stand-ins too.
    let mut stood_in: Vec<&'a AstNode<'a>> = Vec::new();
    for node in root.descendants() {
        if middles.len() == STAND_INS {
            break;
        }
        if let Some(address) = stand_in_address(node) {
            let Some(marker) = char::from_u32(STAND_IN + middles.len() as u32) else {
                break;
            };
            if let NodeValue::Link(link) = &mut node.data_mut().value {
                link.url = marker.to_string();
            }
            middles.push(address);
            stood_in.push(node);
            continue;
        }
        if node.parent().is_some_and(|p| {
            matches!(p.data().value, NodeValue::Image(_))
                || (matches!(p.data().value, NodeValue::Link(_))
                    && !stood_in.iter().any(|l| std::ptr::eq(*l, p)))
        }) {
            continue;
        }
        let mut data = node.data_mut();
        let NodeValue::Text(t) = &mut data.value else {
            continue;
        };
        let Some((from, to)) = middle_of(t) else {
            continue;
        };
        let bytes = t.as_bytes();
        let mut middle = String::with_capacity(to - from + 16);
        let mut run = from; // start of the bytes not yet copied
        for i in from..to {
            let c = bytes[i];
            // `bytes[i + 1]` is the first byte of the next character (at most the last
            // character's, at `to`): an ASCII letter exactly when that character is one.
            if ESCAPED_IN_MIDDLE[usize::from(c)]
                || (c == b'&' && bytes[i + 1].is_ascii_alphabetic())
            {
                middle.push_str(&t[run..i]);
                middle.push('\\');
                run = i;
            }
        }
        middle.push_str(&t[run..to]);
        let Some(marker) = char::from_u32(STAND_IN + middles.len() as u32) else {
            continue;
        };
        let mut short = String::with_capacity(from + 8 + t.len() - to);
        short.push_str(&t[..from]);
        short.push(marker);
        short.push_str(&t[to..]);
        *t = short.into();
        middles.push(middle);
    }
    middles
}

/// Where the middle of a text starts and ends (byte offsets) when it can have a
/// stand-in (see [`stand_ins`]): the start skips the
/// leading digits, the character after them, one more and any `&` after that; the end
/// is the start of the last character; the middle is at least
/// [`STAND_IN_MIN_CHARS`] characters long and holds no control character.
fn middle_of(t: &str) -> Option<(usize, usize)> {
    let last = t.chars().next_back()?;
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    // Index (in characters) of the first character of the middle.
    let mut start = digits + 2;
    let mut after = t.char_indices().skip(digits + 1);
    let mut from = None;
    loop {
        match after.next() {
            Some((_, '&')) => start += 1,
            Some((_, _)) => {
                from = after.next().map(|(i, _)| i);
                break;
            }
            None => break,
        }
    }
    // The last character's index must be at least `start + STAND_IN_MIN_CHARS`: a text
    // has at least a quarter as many characters as bytes, so long texts need no count
    // (characters are counted as the bytes that start one).
    let needed = start + STAND_IN_MIN_CHARS + 1;
    if t.len() / 4 < needed && t.bytes().filter(|&b| (b & 0xC0) != 0x80).count() < needed {
        return None;
    }
    let from = from?;
    let to = t.len() - last.len_utf8();
    if t.as_bytes()[from..to].iter().any(|&b| b < 0x20) {
        return None;
    }
    Some((from, to))
}

/// The address of a link that comrak writes as `[text](address)` with every character
/// of the address as it is: then one stand-in can take its place (comrak writes a link
/// as `<address>` only when its text is its address, which a stand-in never is).
fn stand_in_address<'a>(node: &'a AstNode<'a>) -> Option<String> {
    let data = node.data();
    let NodeValue::Link(link) = &data.value else {
        return None;
    };
    if link.url.len() < STAND_IN_MIN_CHARS
        || link.url.chars().any(|c| {
            c.is_ascii_control()
                || c.is_whitespace()
                || matches!(c, '`' | '<' | '>' | '\\' | '(' | ')')
        })
    {
        return None;
    }
    // Whether comrak may write it as `<address>`: its first child is a text that is the
    // address (without `mailto:`). Such links keep their address.
    let autolink = node.first_child().is_some_and(|c| match &c.data().value {
        NodeValue::Text(t) => {
            let t: &str = t;
            link.url == t || link.url.strip_prefix("mailto:") == Some(t)
        }
        _ => false,
    });
    if autolink {
        return None;
    }
    Some(link.url.clone())
}

/// Whether `text` holds a character that could be taken for a stand-in. Every one is
/// written in UTF-8 as three bytes starting with 0xEE or 0xEF (U+E000 to U+F8FF), bytes
/// that only ever start a character; only there is a character decoded.
fn has_stand_in(text: &str) -> bool {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == 0xEE || b == 0xEF)
        .any(|(i, _)| text[i..].chars().next().and_then(stand_in_index).is_some())
}

/// The bytes (all ASCII) that comrak's CommonMark writer escapes wherever they stand
/// in the middle of a text (`&` only before a letter, see [`stand_ins`]).
const ESCAPED_IN_MIDDLE: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"*_[]#<>\\`~!@";
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// comrak's output with each stand-in replaced by its middle.
#[inline(never)] // its own entry in a profile
fn put_back(out: &str, middles: &[String]) -> String {
    let mut full =
        String::with_capacity(out.len() + middles.iter().map(String::len).sum::<usize>());
    let mut rest = out;
    // Every stand-in is written in UTF-8 as three bytes starting with 0xEE or 0xEF
    // (U+E000 to U+F8FF), bytes that only ever start a character.
    while let Some((i, c, index)) = rest
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == 0xEE || b == 0xEF)
        .find_map(|(i, _)| {
            let c = rest[i..].chars().next()?;
            stand_in_index(c).map(|x| (i, c, x))
        })
    {
        full.push_str(&rest[..i]);
        match middles.get(index) {
            Some(m) => full.push_str(m),
            None => full.push(c),
        }
        rest = &rest[i + c.len_utf8()..];
    }
    full.push_str(rest);
    full
}

/// Text that GitHub's extended autolinks could start from (see [`starts_autolink`])
/// gets its `:` or `.` written as an escape, also inside a link's text (some parsers
/// autolink there too). comrak's writer does not know these autolinks, so the escape
/// goes in as a raw node, which it writes as it is.
#[inline(never)] // its own entry in a profile
fn guard_autolinks<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    // Neighbouring text nodes (comrak splits text where an autolink might start, and
    // raw HTML shown as text is a node of its own) are one run of text to a reader.
    let all: Vec<&'a AstNode<'a>> = root.descendants().collect();
    for node in all {
        let Some(previous) = node.previous_sibling() else {
            continue;
        };
        if !matches!(node.data().value, NodeValue::Text(_))
            || !matches!(previous.data().value, NodeValue::Text(_))
        {
            continue;
        }
        let text = match &mut node.data_mut().value {
            NodeValue::Text(t) => std::mem::take(t),
            _ => continue,
        };
        if let NodeValue::Text(p) = &mut previous.data_mut().value {
            // In place: a run of many small nodes is joined in linear time.
            p.to_mut().push_str(&text);
            node.detach();
        }
    }
    let texts: Vec<&'a AstNode<'a>> = root
        .descendants()
        .filter(|n| matches!(&n.data().value, NodeValue::Text(t) if has_autolink_start(t)))
        .filter(|n| !written_as_autolink(n))
        .collect();
    for node in texts {
        let chars: Vec<char> = match &node.data().value {
            NodeValue::Text(t) => t.chars().collect(),
            _ => continue,
        };
        if !(0..chars.len()).any(|i| starts_autolink(&chars, i)) {
            continue;
        }
        let mut piece = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if starts_autolink(&chars, i) {
                if !piece.is_empty() {
                    let text = std::mem::take(&mut piece);
                    node.insert_before(arena.alloc(AstNode::from(NodeValue::Text(text.into()))));
                }
                let escaped = format!("\\{c}");
                node.insert_before(arena.alloc(AstNode::from(NodeValue::HtmlInline(escaped))));
            } else {
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            node.insert_before(arena.alloc(AstNode::from(NodeValue::Text(piece.into()))));
        }
        node.detach();
    }
}

/// Whether `text` is the whole text of a link that comrak writes as `<address>`,
/// inside which nothing is read as Markdown.
fn written_as_autolink<'a>(text: &'a AstNode<'a>) -> bool {
    let Some(parent) = text.parent() else {
        return false;
    };
    if text.previous_sibling().is_some() || text.next_sibling().is_some() {
        return false;
    }
    match (&parent.data().value, &text.data().value) {
        (NodeValue::Link(link), NodeValue::Text(t)) => {
            link.title.is_empty()
                && (link.url == t.as_ref() || link.url.strip_prefix("mailto:") == Some(t.as_ref()))
        }
        _ => false,
    }
}

/// Characters that mean something in Markdown when they stand in text; comrak's
/// writer escapes them, so text holding them takes the full path.
const MARKDOWN_SIGNIFICANT: &[char] = &[
    '*', '_', '#', '<', '>', '[', ']', '`', '|', '~', '\\', '{', '}', '&', '=', '+', '!',
];

/// Whether a byte of text is one of [`MARKDOWN_SIGNIFICANT`] (all ASCII), looked up in
/// a table (`significant_table_is_the_list`).
fn significant(b: u8) -> bool {
    SIGNIFICANT[b as usize]
}

/// [`MARKDOWN_SIGNIFICANT`] as a table of bytes.
const SIGNIFICANT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < MARKDOWN_SIGNIFICANT.len() {
        t[MARKDOWN_SIGNIFICANT[i] as usize] = true;
        i += 1;
    }
    t
};

/// Bytes that keep an answer's source from being its tidied Markdown (see
/// [`plain_source`]).
const NOT_IN_PLAIN_SOURCE: [bool; 256] = byte_table(b"\r\t_\\[<`&");

/// The user's own text, tidied, when it is so plain that writing its parse tree back
/// with comrak would give the same Markdown: paragraphs of ordinary words with
/// `*emphasis*` or `**strong**`, and simple one-line `- ` lists after a blank line.
/// Nothing to clean (no HTML, links, images, headings, code, tables) and no
/// character comrak would escape. Writing CommonMark with comrak is the costliest
/// step of a Markdown report (see BENCHMARKS.md), and most answers are this plain.
#[inline(never)] // its own entry in a profile
fn plain_source<'a>(root: &'a AstNode<'a>, text: &str) -> Option<String> {
    if text.bytes().any(|b| NOT_IN_PLAIN_SOURCE[b as usize]) {
        return None;
    }
    if has_autolink_start(text) {
        return None;
    }
    for (node, around) in walk(root) {
        match &node.data().value {
            NodeValue::Document | NodeValue::Paragraph | NodeValue::Strong | NodeValue::Emph => {}
            NodeValue::Text(t) if !t.bytes().any(significant) => {}
            // A soft break inside a list item would be re-indented by comrak.
            NodeValue::SoftBreak if !around.in_item => {}
            NodeValue::List(list)
                if list.list_type == comrak::nodes::ListType::Bullet
                    && list.bullet_char == b'-'
                    && list.tight
                    && !around.in_list => {}
            NodeValue::Item(_) => {}
            _ => return None,
        }
    }
    plain_lines(text)
}

/// The text of a plain answer tidied as comrak writes it back: lines without trailing
/// blanks, one blank line between blocks; `None` where a line would not be written
/// back as it stands (see [`plain_source`]).
fn plain_lines(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<&str> = None; // the previous line, `Some("")` when blank
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if previous.is_some_and(|p| !p.is_empty()) {
                out.push('\n');
            }
            previous = previous.map(|_| "");
            continue;
        }
        if line.starts_with(char::is_whitespace) || line.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let item = line.starts_with("- ");
        let content = line.strip_prefix("- ").unwrap_or(line);
        if content
            .starts_with(|c: char| c.is_ascii_digit() || c.is_whitespace() || "-+*#>=".contains(c))
        {
            return None;
        }
        match previous {
            // A list must follow a blank line or another item, as comrak writes it.
            Some(p) if item && !p.is_empty() && !p.starts_with("- ") => return None,
            // A line straight after an item would continue it.
            Some(p) if !item && p.starts_with("- ") => return None,
            _ => {}
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    Some(out)
}

/// `{{`, `{%`, `{#` and their closing pairs shown as text to Markdown tools that run a
/// template engine over the file (Jekyll, Hugo): a backslash before a brace is a valid
/// CommonMark escape. Code (fenced blocks, backtick spans) is left as written.
#[inline(never)] // its own entry in a profile
fn escape_template_tags(s: &str) -> std::borrow::Cow<'_, str> {
    // Both braces found with one fast search, not a character at a time.
    if memchr::memchr2(b'{', b'}', s.as_bytes()).is_none() {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut in_fence = false;
    for (n, line) in s.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start_matches(['>', ' ']);
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            out.push_str(line);
            continue;
        }
        if in_fence {
            out.push_str(line);
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut code_run = 0usize;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '`' {
                let run = chars[i..].iter().take_while(|&&x| x == '`').count();
                if code_run == 0 {
                    code_run = run;
                } else if code_run == run {
                    code_run = 0;
                }
                out.extend(std::iter::repeat_n('`', run));
                i += run;
                continue;
            }
            let prev = if i > 0 { chars.get(i - 1) } else { None };
            let next = chars.get(i + 1);
            // Both characters of a delimiter are escaped (`\{\%`), so that no
            // `{{`, `{%`, `%}` or `}}` is left for a template engine to find.
            let tag = match c {
                '{' => matches!(next, Some('{' | '%' | '#')) || prev == Some(&'{'),
                '}' => matches!(prev, Some('}' | '%' | '#')) || next == Some(&'}'),
                '%' | '#' => prev == Some(&'{') || next == Some(&'}'),
                _ => false,
            };
            let escaped_already = prev == Some(&'\\');
            if tag && code_run == 0 && !escaped_already {
                out.push('\\');
            }
            out.push(c);
            i += 1;
        }
    }
    out.into()
}

/// Plain user text (a name, a label, an example) inside a line of Markdown: one line,
/// with every character that could start Markdown syntax escaped.
pub fn inline(text: &str) -> String {
    // Names, labels and examples are mostly words and single spaces: nothing to escape
    // or join.
    let plain = !text.starts_with(['-', ' ']) && !text.ends_with(' ') && !text.contains("  ");
    if plain && plain_words(text, true) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, w) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        token(w, i == 0, &mut out);
    }
    out
}

/// Characters that end a web address inside plain text: they cannot stand in an
/// autolink (`<`, `>`, `\\`, whitespace, control characters), would close a table cell
/// (`|`), or are template or quoting syntax around the address rather than part of it.
fn ends_url(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '<' | '>' | '|' | '`' | '\\' | '"' | '\'' | '{' | '}' | '[' | ']'
        )
}

/// The next web address in `word` at or after byte `from`: `http://` or `https://` with
/// something after it, as (start, length without trailing punctuation). `lower` is the
/// word in ASCII lower case (computed once per word: each call is linear in what it
/// skips, so a word full of addresses is read a bounded number of times).
fn next_url(word: &str, lower: &str, mut from: usize) -> Option<(usize, usize)> {
    while let Some(found) = lower[from..].find("http") {
        let start = from + found;
        let after = &lower[start + 4..];
        let scheme = if after.starts_with("s://") {
            "https://".len()
        } else if after.starts_with("://") {
            "http://".len()
        } else {
            from = start + 4;
            continue;
        };
        let rest = &word[start..];
        let end = rest[scheme..]
            .find(ends_url)
            .map_or(rest.len(), |e| e + scheme);
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        if url.len() > scheme {
            return Some((start, url.len()));
        }
        // `http://` with nothing after it is text; look on after it.
        from = start + scheme;
    }
    None
}

/// One whitespace-free word of plain text: a web address in it (also inside other
/// text, `src=https://…`) or a whole-word mail address becomes an autolink
/// (`<https://…>`), so Markdown tools do not see a bare URL; the rest is escaped.
/// A loop, not recursion: a word of a hundred thousand addresses is as safe as one.
fn token(word: &str, first: bool, out: &mut String) {
    if plain_words(word, first) {
        out.push_str(word);
        return;
    }
    token_escaped(word, first, out);
}

/// Whether every word of `text` (words split at single spaces) is letters, digits and
/// marks that start no Markdown syntax where they stand (`-` not first in a word; `.`
/// not after `www` nor ending a first word of digits, which would start a numbered
/// list; `:` only last in a word, where no address can follow it): [`token_escaped`]
/// would write it unchanged, with no copy in lower case and no list of its characters
/// (`plain_words_are_written_as_they_are`). `first`: the text starts the line. Read a
/// byte at a time, since all but letters beyond ASCII are single bytes.
fn plain_words(text: &str, first: bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if PLAIN_BYTES[b as usize] {
            i += 1;
            continue;
        }
        let plain = match b {
            b'-' => i > 0 && bytes[i - 1] != b' ',
            b'.' => {
                !(i >= 3
                    && bytes[i - 3..i]
                        .iter()
                        .all(|b| b.eq_ignore_ascii_case(&b'w')))
            }
            b':' => bytes.get(i + 1).is_none_or(|&next| next == b' '),
            0x80.. => match text[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => {
                    i += c.len_utf8();
                    continue;
                }
                _ => false,
            },
            _ => false,
        };
        if !plain {
            return false;
        }
        i += 1;
    }
    let first_word = bytes.split(|&b| b == b' ').next().unwrap_or_default();
    !(first
        && first_word.len() > 1
        && first_word.ends_with(b".")
        && first_word[..first_word.len() - 1]
            .iter()
            .all(u8::is_ascii_digit))
}

/// The bytes [`plain_words`] takes wherever they stand: ASCII letters and digits, the
/// space, and `,;?'"(%`.
const PLAIN_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    let marks = b" ,;?'\"(%";
    let mut i = 0;
    while i < marks.len() {
        t[marks[i] as usize] = true;
        i += 1;
    }
    t
};

/// A word of plain text written for Markdown: addresses as autolinks, every character
/// that could start syntax escaped.
fn token_escaped(word: &str, first: bool, out: &mut String) {
    let lower = word.to_ascii_lowercase();
    let mut pos = 0;
    while let Some((start, len)) = next_url(word, &lower, pos) {
        escape_plain(&word[pos..start], first && pos == 0, out);
        out.push('<');
        out.push_str(&word[start..start + len]);
        out.push('>');
        pos = start + len;
    }
    let word = &word[pos..];
    let first = first && pos == 0;
    let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    let tail = &word[core.len()..];
    let email = pos == 0
        && core.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'))
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && domain
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        });
    if email {
        out.push('<');
        out.push_str(core);
        out.push('>');
        escape_plain(tail, false, out);
    } else {
        escape_plain(word, first, out);
    }
}

/// Invisible characters that reorder the text around them (bidirectional overrides,
/// embeddings, isolates and marks): the trick that makes `exe.png` read as `gnp.exe`.
/// In Markdown they are written as character references, which keeps the text (a
/// renderer shows the same characters) but lets a reader of the plain file see them,
/// and keeps them from reordering the rest of a table row.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Where GitHub's extended autolinks could start in plain text: the `:` of a scheme
/// (`http:`, `ftp:`, `mailto:`, `xmpp:`, any letters before a colon with text after
/// it) and the `.` of `www.`. An autolink runs on over a backslash (`www.x.nl\<img …>`
/// would lose the escape of `<`), so these characters are escaped themselves, which no
/// autolink starts from. `chars[i]` is the character in question.
fn starts_autolink(chars: &[char], i: usize) -> bool {
    match chars[i] {
        ':' => {
            i > 0
                && chars[i - 1].is_ascii_alphabetic()
                && chars.get(i + 1).is_some_and(|c| !c.is_whitespace())
        }
        '.' => i >= 3 && chars[i - 3..i].iter().all(|c| c.eq_ignore_ascii_case(&'w')),
        _ => false,
    }
}

/// Whether [`starts_autolink`] holds anywhere in `text` (see [`next_autolink_start`]).
fn has_autolink_start(text: &str) -> bool {
    next_autolink_start(text, 0).is_some()
}

fn escape_plain(flat: &str, word_start: bool, out: &mut String) {
    if flat.is_empty() {
        return;
    }
    let chars: Vec<char> = flat.chars().collect();
    // Whether the word is one character repeated, computed once (not per character).
    let all_same = chars.iter().all(|&x| x == chars[0]);
    for (i, &c) in chars.iter().enumerate() {
        let at_start = word_start && i == 0;
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '{' | '}' => true,
            // `{%` and `%}` (and `{#`, `#}`) would still open and close a template tag
            // for Jekyll's Liquid with only the brace escaped.
            '%' | '#' if (i > 0 && chars[i - 1] == '{') || chars.get(i + 1) == Some(&'}') => true,
            // Only where they would start a block: a word of only `#`, `-`, `+` or
            // `=` at the start is a heading, list item, rule or underline.
            '#' | '-' | '+' | '=' => at_start && all_same,
            '!' => chars.get(i + 1) == Some(&'['),
            '&' => looks_like_entity(&chars[i..]),
            ':' | '.' if starts_autolink(&chars, i) => true,
            // "1." or "1)" as the first word would make a numbered list.
            '.' | ')' => {
                word_start
                    && i > 0
                    && i + 1 == chars.len()
                    && chars[..i].iter().all(char::is_ascii_digit)
            }
            _ => false,
        };
        if is_bidi_control(c) {
            out.push_str(&format!("&#x{:X};", u32::from(c)));
            continue;
        }
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

fn looks_like_entity(rest: &[char]) -> bool {
    let body: String = rest.iter().skip(1).take(32).collect();
    match body.find(';') {
        Some(end) if end > 0 => body[..end]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '#'),
        _ => false,
    }
}

/// Plain user text in a Markdown heading: [`inline`] without trailing `.,;:!`, which
/// Markdown linters flag in headings.
pub fn heading(text: &str) -> String {
    inline(text.trim_end().trim_end_matches(['.', ',', ';', ':', '!']))
}

/// Plain user text inside a Markdown table cell: [`inline`], and never empty (an
/// empty cell is shown as an en dash so the table stays readable as plain text).
pub fn cell(text: &str) -> String {
    let s = inline(text);
    if s.is_empty() { "–".to_string() } else { s }
}

/// Minimal HTML escaping, for the rare fallback when comrak cannot format.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significant_table_is_the_list() {
        for b in 0..=255u8 {
            let listed = b.is_ascii() && MARKDOWN_SIGNIFICANT.contains(&char::from(b));
            assert_eq!(significant(b), listed, "byte {b}");
        }
    }

    #[test]
    fn answers_keep_their_line_breaks() {
        let text = "Eerste regel\ntweede regel\n\nNieuwe alinea";
        assert_eq!(
            text_to_html(text),
            "<p>Eerste regel<br />\ntweede regel</p>\n<p>Nieuwe alinea</p>\n"
        );
        assert_eq!(
            text_to_markdown(text, "  "),
            "  Eerste regel\\\n  tweede regel\n\n  Nieuwe alinea"
        );
        // Read back, the Markdown has the hard break: a new line, as written.
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, &text_to_markdown(text, ""), &options());
        assert!(
            root.descendants()
                .any(|n| matches!(n.data().value, NodeValue::LineBreak))
        );
        // Descriptions and questions of a definition are wrapped text: joined as before.
        assert_eq!(to_html("a\nb"), "<p>a\nb</p>\n");
        // Texts too long to parse keep their breaks as well.
        let long = format!("{}\nb", "a".repeat(MARKDOWN_MAX_BYTES));
        assert!(text_to_markdown(&long, "").contains("a\\\nb"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("Hallo <script>alert(1)</script> **wereld**");
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<strong>wereld</strong>"), "{html}");
        let block = to_html("<div onclick=\"x()\">hoi</div>\n");
        assert!(!block.contains("<div"), "{block}");
        assert!(block.contains("&lt;div"), "{block}");
    }

    #[test]
    fn dangerous_links_and_images_are_neutralised() {
        let html = to_html(
            "[klik](javascript:alert(1)) [ok](https://example.org) ![logo](https://evil.example/x.png)",
        );
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        assert!(html.contains("klik"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("logo"), "{html}");
        let md = to_markdown("[x](JavaScript:alert(1)) ![alt](http://x/y.png)", "");
        assert!(!md.to_lowercase().contains("javascript"), "{md}");
        assert!(!md.contains("!["), "{md}");
    }

    #[test]
    fn headings_in_answers_do_not_break_the_outline() {
        let html = to_html("# Groot\n\ntekst");
        assert!(!html.contains("<h1"), "{html}");
        assert!(html.contains("<strong>Groot</strong>"), "{html}");
        let md = to_markdown("# Groot\n\ntekst", "> ");
        assert_eq!(md, "> **Groot**:\n>\n> tekst");
        let code = to_markdown("```\nx\ty\n```", "");
        assert_eq!(code, "```text\nx    y\n```");
    }

    #[test]
    fn urls_in_raw_html_become_links_not_bare_text() {
        let md = to_markdown("<iframe src=\"https://evil.example\"></iframe>\nna", "");
        assert_eq!(
            md,
            "\\<iframe src=\"<https://evil.example>\"\\>\\</iframe\\>\nna"
        );
        let html = to_html("<iframe src=\"https://evil.example\">");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(split_urls("a http:// b").iter().all(|(_, url)| !url));
        assert_eq!(
            split_urls("zie https://x.nl/a."),
            [
                ("zie ".to_string(), false),
                ("https://x.nl/a".to_string(), true),
                (".".to_string(), false)
            ]
        );
    }

    #[test]
    fn inline_html_is_one_paragraph_or_plain_text() {
        assert_eq!(to_html_inline("Is het *echt*?"), "Is het <em>echt</em>?");
        assert_eq!(to_html_inline("- a\n- b <i>"), "a b &lt;i&gt;");
    }

    #[test]
    fn plain_text_cannot_break_markdown() {
        assert_eq!(inline("a | b\nc"), "a \\| b c");
        assert_eq!(inline("# kop"), "\\# kop");
        assert_eq!(inline("#hashtag"), "#hashtag");
        assert_eq!(inline("- lijst"), "\\- lijst");
        assert_eq!(inline("---"), "\\---");
        assert_eq!(inline("1.0"), "1.0");
        assert_eq!(inline("-5 graden"), "-5 graden");
        assert_eq!(inline("1. punt"), "1\\. punt");
        assert_eq!(inline("versie 1.0 - 2"), "versie 1.0 - 2");
        assert_eq!(inline("<b>vet</b>"), "\\<b\\>vet\\</b\\>");
        assert_eq!(inline("{{ geheim }}"), "\\{\\{ geheim \\}\\}");
        assert_eq!(inline("`code`"), "\\`code\\`");
        assert_eq!(inline("Tom & Jerry &amp;"), "Tom & Jerry \\&amp;");
        assert_eq!(inline("ouder-kind"), "ouder-kind");
        assert_eq!(cell("  "), "–");
        assert_eq!(inline("zie https://x.nl/a_b."), "zie <https://x.nl/a_b>.");
        assert_eq!(inline("mail a.b@x.nl"), "mail <a.b@x.nl>");
        assert_eq!(heading("Visie."), "Visie");
        assert_eq!(
            inline("<img src=https://x.nl/p.png>"),
            "\\<img src=<https://x.nl/p.png>\\>"
        );
        assert_eq!(
            inline("url(https://x.nl/a) =H(\"http://y.nl\",1)"),
            "url(<https://x.nl/a>) =H(\"<http://y.nl>\",1)"
        );
        assert_eq!(inline("https://{{x}}"), "https\\://\\{\\{x\\}\\}");
        assert_eq!(inline("www.x.nl<img>"), "www\\.x.nl\\<img\\>");
        assert_eq!(inline("ftp://x.nl"), "ftp\\://x.nl");
        assert_eq!(inline("om 12:30 of: later"), "om 12:30 of: later");
        assert_eq!(inline("a\u{202E}gnp.exe"), "a&#x202E;gnp.exe");
    }

    #[test]
    fn template_tags_in_markdown_answers_are_escaped() {
        assert_eq!(
            to_markdown("{{ x }} en {% y %}", ""),
            "\\{\\{ x \\}\\} en \\{\\% y \\%\\}"
        );
        assert_eq!(to_markdown("`{{ x }}`", ""), "`{{ x }}`");
    }

    /// The shortcut must give what comrak gives, wherever it is taken.
    #[test]
    fn plain_source_equals_comrak_where_taken() {
        let mut texts: Vec<String> = vec![
            "Een gewone zin.\nMet een tweede regel.".into(),
            "Wij **vinden** dit *belangrijk*.\n\n- eerste punt\n- tweede punt\n\nSlot.".into(),
            "Tekst\n\n\n\nna drie lege regels.  \n".into(),
            "- lijst aan het begin\n- nog een".into(),
            "Ouders zeggen: 50% komt, maar niet iedereen! Vraag? Ja.".into(),
        ];
        texts.extend(example_answers());
        let opts = options();
        let mut taken = 0;
        for text in &texts {
            let arena = Arena::new();
            let root = comrak::parse_document(&arena, text, &opts);
            if let Some(fast) = plain_source(root, text) {
                taken += 1;
                let arena2 = Arena::new();
                let root2 = comrak::parse_document(&arena2, text, &opts);
                let slow = written_back(&arena2, root2, text, &opts, Survey::UNKNOWN);
                assert_eq!(fast.trim_end(), slow.trim_end(), "for {text:?}");
            }
        }
        assert!(
            taken >= 5,
            "the shortcut is taken for plain answers ({taken} of {})",
            texts.len()
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, .. Default::default() })]
        /// Random answers built from words, emphasis, bullets, blank lines and the odd
        /// special character: where the shortcut is taken, it equals comrak.
        #[test]
        fn plain_source_equals_comrak_on_random_answers(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "ouders", "team", " ", " ", "\n", "\n", "\n\n", "- ", "\n- ", "**", "*", ".", ",", "!", "?",
                ":", "50%", "3", "1.", "#", "_", "<b>", "[x]", "(y)", "|", "  ", "\t", "é", "→", "-", "--", "> ",
                "www.voorbeeld.nl", "`", "{{", "&amp;", "=", "+",
            ]), 0..40)) {
            let text: String = parts.concat();
            let opts = options();
            let arena = Arena::new();
            let root = comrak::parse_document(&arena, &text, &opts);
            if let Some(fast) = plain_source(root, &text) {
                let arena2 = Arena::new();
                let root2 = comrak::parse_document(&arena2, &text, &opts);
                let slow = written_back(&arena2, root2, &text, &opts, Survey::UNKNOWN);
                proptest::prop_assert_eq!(fast.trim_end(), slow.trim_end(), "for {:?}", text);
            }
        }
    }

    /// The tree written back by comrak alone, with no stand-ins: the slow path.
    fn written_back_by_comrak(text: &str) -> String {
        let opts = options();
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, text, &opts);
        clean(&arena, root);
        guard_autolinks(&arena, root);
        let mut out = String::new();
        comrak::format_commonmark(root, &opts, &mut out).expect("comrak writes");
        out
    }

    fn written_back_with_stand_ins(text: &str) -> (String, usize) {
        let opts = options();
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, text, &opts);
        clean(&arena, root);
        guard_autolinks(&arena, root);
        let used = stand_ins(root, text).len();
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, text, &opts);
        clean(&arena, root);
        guard_autolinks(&arena, root);
        (written_by_comrak(root, text, &opts), used)
    }

    /// An answer's tree as [`parsed_markdown`] hands it to the writers: line breaks made
    /// hard (with `breaks`), cleaned, autolinks guarded.
    fn prepared<'a>(
        arena: &'a Arena<'a>,
        text: &str,
        breaks: bool,
        guard: bool,
    ) -> &'a AstNode<'a> {
        let root = comrak::parse_document(arena, text, &options());
        if breaks {
            hard_breaks(root);
        }
        clean(arena, root);
        if guard {
            guard_autolinks(arena, root);
        }
        root
    }

    /// scan's writer (`None` where it declines) and today's comrak path with stand-ins.
    fn own_and_comrak(text: &str, breaks: bool) -> (Option<String>, String) {
        let arena = Arena::new();
        let own = written_by_scan(prepared(&arena, text, breaks, false), text.len());
        let arena = Arena::new();
        let comrak = written_by_comrak(prepared(&arena, text, breaks, true), text, &options());
        (own, comrak)
    }

    /// The fence of a code span, as first written: the shortest run of backticks
    /// not in the code, found by trying each length in turn.
    fn code_fence_by_trying(code: &[u8]) -> usize {
        let runs: Vec<usize> = code
            .split(|&b| b != b'`')
            .map(<[u8]>::len)
            .filter(|&n| n > 0)
            .collect();
        (1..).find(|n| !runs.contains(n)).unwrap_or(1)
    }

    #[test]
    fn code_fence_is_the_shortest_unused_run() {
        let mut every: Vec<u8> = Vec::new();
        for n in 1..=70 {
            every.extend(std::iter::repeat_n(b'`', n));
            every.push(b'x');
            assert_eq!(
                code_fence(&every),
                code_fence_by_trying(&every),
                "runs 1 to {n}"
            );
        }
        assert_eq!(code_fence(&every), 71);
        for n in [63, 64, 65, 200] {
            let run = vec![b'`'; n];
            assert_eq!(code_fence(&run), 1);
            let mut code = every[..every.iter().position(|&b| b == b'x').unwrap_or(0)].to_vec();
            code.push(b'x');
            code.extend(&run);
            assert_eq!(code_fence(&code), code_fence_by_trying(&code), "run of {n}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Runs of backticks of every length up to 130, between other characters.
        #[test]
        fn code_fence_equals_trying_each_length(runs in proptest::collection::vec(0..130usize, 0..40)) {
            let mut code = Vec::new();
            for n in runs {
                code.extend(std::iter::repeat_n(b'`', n));
                code.push(b' ');
            }
            proptest::prop_assert_eq!(code_fence(&code), code_fence_by_trying(&code));
        }
    }

    /// Every answer's text in the example sessions.
    fn example_answers() -> Vec<String> {
        let mut texts = Vec::new();
        let root = env!("CARGO_MANIFEST_DIR");
        for file in [
            "examples/kindcentrum-de-regenboog.toml",
            "examples/vo-het-baken.toml",
            "examples/sportclub/vv-de-zwaluwen.toml",
        ] {
            let text = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
            let doc: toml::Table = toml::from_str(&text).unwrap();
            for team in doc["team"].as_array().unwrap() {
                for (_, a) in team
                    .get("answers")
                    .and_then(|a| a.as_table())
                    .into_iter()
                    .flatten()
                {
                    if let Some(t) = a.get("text").and_then(|t| t.as_str()) {
                        texts.push(t.to_string());
                    }
                }
            }
        }
        texts
    }

    /// Answers as facilitators write them: the realistic shape of `bench/gen_corpus.rs`
    /// and more, and every answer of the examples.
    fn realistic_answers() -> Vec<String> {
        let mut texts: Vec<String> = vec![
            "Bij *op* bibliotheek bij **meer** en we merken zorg. Waardering (zie www.example.nl/ouderavond) op klas *meedenken* wijk.\n\nKlas [spelen](https://www.example.nl/ontwikkeling/voorleesouder) planning.\n\n- Klas planning dat maatschappij activiteit groep & ouders.\n- Vertrouwen energie vaak!".into(),
            "1. Ouderavond luisteren *groep*.\n2. Op plek school planning energie, pedagogisch week?\n3. Leerkracht `nieuwsbrief` *afspraken* vaak buurt energie_taal.\n\n> Een ouder zei: 'we willen meer weten&nbsp;over de school'.".into(),
            "Eerste regel\ntweede regel met **nadruk**\n\n- punt een\n  - genest punt\n  - nog een\n- punt twee\n\n---\n\nZie <https://e.nl/a> of mail a@b.nl. Om 12:30 uur, 3) daarna #hashtag <b>vet</b>.".into(),
            "- los\n\n- lijstje\n\n  met een tweede alinea\n\n10. tien\n11. elf\n\n> citaat\n>\n> - in een lijst\n\n~~weg~~ en ***beide*** en _onder_ en [link *met nadruk*](/pad \"titel\")".into(),
        ];
        texts.extend(example_answers());
        texts
    }

    /// Answers as facilitators write them (the realistic shape of `bench/gen_corpus.rs`
    /// and more): scan's writer takes every one, so comrak's writer is not needed.
    #[test]
    fn own_writer_takes_answers_as_people_write_them() {
        let texts = realistic_answers();
        for text in &texts {
            for breaks in [false, true] {
                let (own, comrak) = own_and_comrak(text, breaks);
                assert_eq!(own.as_deref(), Some(comrak.as_str()), "for {text:?}");
            }
        }
    }

    /// The pieces random answers are made of: lists (nested, ordered, loose), quotes,
    /// links, code, tables, raw HTML, entities, rules, breaks and every character comrak
    /// escapes.
    fn answer_pieces() -> Vec<&'static str> {
        vec![
            "ouders",
            "team",
            "Leerkracht",
            "w",
            "www",
            " ",
            " ",
            "  ",
            "\n",
            "\n",
            "\n\n",
            "- ",
            "\n- ",
            "\n  - ",
            "\n    - ",
            "\n* ",
            "\n+ ",
            "\n1. ",
            "\n2) ",
            "\n10. ",
            "\n   3. ",
            "**",
            "*",
            "***",
            "_",
            "__",
            ".",
            ",",
            "!",
            "?",
            ":",
            ";",
            "50%",
            "3",
            "12",
            "1.",
            "2)",
            "#",
            "##",
            "<b>",
            "</b>",
            "[x]",
            "[",
            "]",
            "[link](https://e.nl/a_b)",
            "(y)",
            "(",
            ")",
            "|",
            "\t",
            "é",
            "→",
            "\u{a0}",
            "\u{3000}",
            "-",
            "--",
            "---",
            "\n---\n",
            "\n***\n",
            "+",
            "=",
            "\n===",
            "> ",
            "\n> ",
            "\n>\n> ",
            "www.voorbeeld.nl/x",
            "http://e.nl",
            "https://e.nl/a(b)",
            "a@b.nl",
            "ftp:x",
            "x:y",
            "`",
            "``",
            "`code`",
            "`` a`b ``",
            "` `",
            "{{",
            "&amp;",
            "&",
            "&x",
            "&#32;",
            "&#10;",
            "~",
            "~~",
            "~~weg~~",
            "\\",
            "\\\n",
            "  \n",
            "![img](a.png)",
            "![](b.png)",
            "<!-- c -->",
            "\n```\n",
            "\n    code\n",
            "\n| a | b |\n| - | - |\n",
            "\u{e001}",
            "\u{7f}",
            "\u{1}",
            "\u{0}",
            "    ",
            "[http://e.nl/abcdef](http://e.nl/abcdef)",
            "<https://e.nl/abcdef>",
            "<a@b.nl>",
            "[t *x*](https://e.nl/ab \"titel\")",
            "[x](/y 'ti\"t`el')",
            "[ (x) ](<a b c d e f g>)",
            "[mail](mailto:a@b.nl)",
            "[a@b.nl](mailto:a@b.nl)",
            "[](https://e.nl/abcdef)",
            "[`c`](https://e.nl/ab_cd%20ef)",
            "[x](javascript:alert(1))",
            "[y](/pad/naar/iets)",
            "[www.x.nl](www.x.nl)",
            "[*a* b](x:y)",
            "<x:y>",
            "* a *",
            "** b **",
            "*\u{a0}c\u{a0}*",
            "<div>\nblok\n</div>",
            "\n# kop\n",
            "kop\n---",
            "[^1]",
            "\n[x]: https://e.nl\n",
            "[x]",
            "- [ ] taak",
            "<span\nclass=\"x\">",
            "1986. ",
            "2026) ",
            "www.",
            "WwW.",
            "http:",
            "a:",
            ":b",
            "[http://e.nl *y*](http://e.nl)",
            "[mailto:a@b.nl](mailto:a@b.nl)",
            "[a:b](a:b)",
            "[x:y](x:y)",
            "[www.x *y*](www.x)",
            "[a:b](mailto:a)",
            "[awww.b](mailto:awww)",
            "[a:b *c*](mailto:a)",
            "[https://e.nl:x](https://e.nl)",
            "[x](/y \"mijn titel\")",
            "[x](/y \"a\nb\")",
            "\n> [x](/y 'a\n> b`<>\\\\')",
            "*www.x*",
            "* www.x *",
            "**a: b**",
            "<i>x</i>www.",
            "[w<b>ww.x</b>](https://e.nl)",
        ]
    }

    /// Random answers of [`answer_pieces`].
    fn piece_answers() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy as _;
        proptest::collection::vec(proptest::sample::select(answer_pieces()), 0..60)
            .prop_map(|p| p.concat())
    }

    /// The HTML of an answer from scan's writer (`None` where it declines) and from
    /// comrak's, of the same cleaned tree.
    fn own_and_comrak_html(text: &str, breaks: bool) -> (Option<String>, String) {
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, text, &options());
        clean(&arena, root);
        if breaks {
            hard_breaks(root);
        }
        let own = html_by_scan(root, text.len());
        let mut comrak = String::new();
        comrak::format_html(root, &options(), &mut comrak).expect("comrak writes");
        (own, comrak)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(4000),
            .. Default::default()
        })]
        /// Random answers, of pieces and plain with noise: wherever scan's HTML writer
        /// does not decline, it writes what comrak's writes, byte for byte.
        #[test]
        fn own_html_equals_comrak_on_random_answers(
            text in proptest::prop_oneof![
                piece_answers(),
                plain_answers(),
                answers_with_noise(),
            ],
            breaks in proptest::prelude::any::<bool>(),
        ) {
            if let (Some(own), comrak) = own_and_comrak_html(&text, breaks) {
                proptest::prop_assert_eq!(own, comrak, "for {:?}", text);
            }
        }
    }

    /// Answers as facilitators write them: scan's HTML writer takes every one that is
    /// not plain (plain ones skip the parser), so comrak's HTML writer is not needed.
    #[test]
    fn own_html_takes_answers_as_people_write_them() {
        let mut texts = realistic_answers();
        texts.push("Zie [de site](https://e.nl/a?b=1&c='x'%20y%zz \"titel & <meer>\"), `a < b` en ~~weg~~.\n\n3. drie\n4. vier\n\n***".into());
        let mut taken = 0;
        for text in &texts {
            for breaks in [false, true] {
                let (own, comrak) = own_and_comrak_html(text, breaks);
                assert_eq!(own.as_deref(), Some(comrak.as_str()), "for {text:?}");
                taken += 1;
            }
        }
        assert!(taken >= 20, "answers taken: {taken}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(4000),
            .. Default::default()
        })]
        /// Random answers with lists (nested, ordered, loose), quotes, links, code, tables,
        /// raw HTML, entities, rules, breaks and every character comrak escapes, at the
        /// start of a line and elsewhere: wherever scan's writer does not decline, it
        /// writes what comrak's path writes, byte for byte.
        #[test]
        fn own_writer_equals_comrak_on_random_answers(parts in proptest::collection::vec(
            proptest::sample::select(answer_pieces()), 0..60),
            breaks in proptest::prelude::any::<bool>(),
        ) {
            let text: String = parts.concat();
            if let (Some(own), comrak) = own_and_comrak(&text, breaks) {
                proptest::prop_assert_eq!(own, comrak, "for {:?}", text);
            }
        }
    }

    /// A tree and the CommonMark comrak writes of it, for comparing trees.
    fn commonmark_of<'a>(root: &'a AstNode<'a>) -> String {
        let mut out = String::new();
        comrak::format_commonmark(root, &options(), &mut out).expect("comrak writes");
        out
    }

    /// What the parse saw on its walk is what the later steps would find themselves.
    fn surveyed_equals_looked_for(text: &str) -> Result<(), String> {
        let opts = options();
        let arena = Arena::new();
        let Some((root, survey)) = parse(&arena, text, &opts) else {
            return Ok(());
        };
        let soft = root
            .descendants()
            .any(|n| matches!(n.data().value, NodeValue::SoftBreak));
        let dirty = root.descendants().any(|n| needs_cleaning(&n.data().value));
        let marked = root
            .descendants()
            .any(|n| matches!(&n.data().value, NodeValue::Text(t) if t.contains("://")));
        if (survey.soft_breaks, survey.to_clean, survey.addresses) != (soft, dirty, marked) {
            return Err(format!("{survey:?} for {text:?}"));
        }
        clean_surveyed(&arena, root, survey);
        let arena2 = Arena::new();
        let root2 = comrak::parse_document(&arena2, text, &opts);
        clean(&arena2, root2);
        if commonmark_of(root) != commonmark_of(root2) {
            return Err(format!("cleaned differently: {text:?}"));
        }
        Ok(())
    }

    /// [`parsed_html`] and [`parsed_markdown`] without a survey: every step looks for
    /// itself, in the same order.
    fn parsed_without_survey(text: &str, breaks: bool) -> (String, String) {
        let opts = options();
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, text, &opts);
        clean(&arena, root);
        if breaks {
            hard_breaks(root);
        }
        let html = html_by_scan(root, text.len()).unwrap_or_else(|| {
            let mut out = String::new();
            comrak::format_html(root, &opts, &mut out).expect("comrak writes");
            out
        });
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, text, &opts);
        let soft = breaks
            && root
                .descendants()
                .any(|n| matches!(n.data().value, NodeValue::SoftBreak));
        let tidy = if soft { None } else { plain_source(root, text) };
        let markdown = tidy.unwrap_or_else(|| {
            if soft {
                hard_breaks(root);
            }
            written_back(&arena, root, text, &opts, Survey::UNKNOWN)
        });
        (html, markdown)
    }

    /// The answers' paths with the survey give what they give without it.
    fn surveyed_paths_equal_unsurveyed(text: &str) -> Result<(), String> {
        if parse(&Arena::new(), text, &options()).is_none() {
            return Ok(());
        }
        for breaks in [false, true] {
            let (html, markdown) = parsed_without_survey(text, breaks);
            if parsed_html(text, breaks) != html {
                return Err(format!("HTML differs (breaks {breaks}) for {text:?}"));
            }
            if parsed_markdown(text, breaks) != markdown {
                return Err(format!("Markdown differs (breaks {breaks}) for {text:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn survey_sees_what_each_step_looks_for() {
        for text in [
            "",
            "plain",
            "a\nb",
            "see http://x.nl and https://y.nl/a?b",
            "time 10:30 and a:b//c",
            "ends with :",
            "<b>raw</b> http://x.nl",
            "# heading\n\n![img](http://x.nl/i.png)",
            "[link](javascript:alert(1))",
            "```\ncode\n```",
        ] {
            surveyed_equals_looked_for(text).unwrap();
            surveyed_paths_equal_unsurveyed(text).unwrap();
        }
        let raw = "<iframe src=\"https://x.example\"></iframe>\nnext line";
        surveyed_paths_equal_unsurveyed(raw).unwrap();
        for text in example_answers() {
            surveyed_equals_looked_for(&text).unwrap();
            surveyed_paths_equal_unsurveyed(&text).unwrap();
        }
    }

    proptest::proptest! {
        /// On random answers of every kind, the survey finds what each step would.
        #[test]
        fn survey_sees_what_each_step_looks_for_on_random_answers(text in piece_answers()) {
            if let Err(e) = surveyed_equals_looked_for(&text)
                .and_then(|()| surveyed_paths_equal_unsurveyed(&text))
            {
                proptest::prop_assert!(false, "{}", e);
            }
        }
    }

    #[test]
    fn stand_ins_are_taken_for_answers_of_several_paragraphs() {
        let texts = [
            "Bij *op* bibliotheek bij **meer** en we merken zorg. Waardering (zie www.example.nl/ouderavond) op klas *meedenken* wijk.\n\nKlas [spelen](https://www.example.nl/ontwikkeling/voorleesouder) planning.\n\n- Klas planning dat maatschappij activiteit groep & ouders.\n- Vertrouwen energie vaak!",
            "1. Ouderavond luisteren *groep*.\n2. Op plek school planning energie, pedagogisch week?\n3. Leerkracht `nieuwsbrief` *afspraken* vaak buurt energie_taal.\n\n> Een ouder: \"we willen meer weten&nbsp;over de school\".",
            "2026. Het jaar van de ouders; 3) mooi *  nadruk met spaties  * en #hashtag <b>vet</b> & co.\n| a | b |\n| - | - |\n| c | d |",
            "Een regel\nnog een regel die lang genoeg is \\ met een backslash\n\n```\ncode hier\n```",
        ];
        let mut taken = 0;
        for text in texts {
            let (fast, used) = written_back_with_stand_ins(text);
            taken += used;
            assert_eq!(fast, written_back_by_comrak(text), "for {text:?}");
        }
        assert!(taken >= 10, "stand-ins taken: {taken}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]
        /// Random answers with lists, links, code, quotes, tables, raw HTML, entities and
        /// every character comrak escapes: with stand-ins, the written Markdown is
        /// byte for byte comrak's own.
        #[test]
        fn stand_ins_equal_comrak_on_random_answers(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "ouders", "team", "Leerkracht", " ", " ", "  ", "\n", "\n", "\n\n", "- ", "\n- ", "\n* ", "\n1. ",
                "\n2) ", "**", "*", "_", "__", ".", ",", "!", "?", ":", ";", "50%", "3", "12", "1.", "2)", "#", "<b>",
                "</b>", "[x]", "[link](https://e.nl/a_b)", "(y)", "|", "\t", "é", "→", "-", "--", "+", "=", "> ",
                "\n> ", "www.voorbeeld.nl/x", "http://e.nl", "a@b.nl", "`", "`code`", "{{", "&amp;", "&", "&x",
                "~", "~~", "\\", "![img](a.png)", "<!-- c -->", "\n```\n", "\n| a | b |\n| - | - |\n",
                "\u{e001}", "\u{7f}", "\u{1}", "    ", "[http://e.nl/abcdef](http://e.nl/abcdef)",
                "<https://e.nl/abcdef>", "[t *x*](https://e.nl/ab \"titel\")", "[ (x) ](<a b c d e f g>)",
                "[mail](mailto:a@b.nl)", "[a@b.nl](mailto:a@b.nl)", "[](https://e.nl/abcdef)",
                "[`c`](https://e.nl/ab_cd%20ef)", "[x](javascript:alert(1))", "[y](/pad/naar/iets)",
            ]), 0..60)) {
            let text: String = parts.concat();
            let (fast, _) = written_back_with_stand_ins(&text);
            proptest::prop_assert_eq!(fast, written_back_by_comrak(&text), "for {:?}", text);
        }
    }

    /// Where the middle of a text starts and ends, as first written: with a vector of
    /// the text's characters.
    fn middle_by_chars(t: &str) -> Option<(usize, usize)> {
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        let digits = chars.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
        let mut start = digits + 2;
        while start <= chars.len() && chars[start - 1].1 == '&' {
            start += 1;
        }
        let end = chars.len().saturating_sub(1);
        if start + STAND_IN_MIN_CHARS > end {
            return None;
        }
        if chars[start..end].iter().any(|&(_, c)| (c as u32) < 0x20) {
            return None;
        }
        Some((chars[start].0, chars[end].0))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]
        /// Reading bytes finds the same middles, and the same places where an autolink
        /// could start, as reading characters.
        #[test]
        fn byte_scans_equal_char_scans(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "w", "W", "ww", "www", ".", ":", "&", "&&", "1", "23", " ", "\n", "\u{1}", "\t", "é", "→",
                "\u{a0}", "\u{3000}", "x:y", "http://e.nl", "ouders", "ß", "👍", "\u{e000}", "\u{f8ff}",
                "\u{f900}", "\u{d7ff}", "\u{ee00}", "\u{efff}", "\u{f000}",
            ]), 0..24)) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(middle_of(&text), middle_by_chars(&text), "for {:?}", text);
            let chars: Vec<char> = text.chars().collect();
            let by_chars = (0..chars.len()).any(|i| starts_autolink(&chars, i));
            proptest::prop_assert_eq!(has_autolink_start(&text), by_chars, "for {:?}", text);
            let stand_in = text.chars().any(|c| stand_in_index(c).is_some());
            proptest::prop_assert_eq!(has_stand_in(&text), stand_in, "for {:?}", text);
        }
    }

    /// Whether a link may stay a link, as first written: the address copied without
    /// white space and control characters, in lower case.
    fn safe_url_by_copy(url: &str) -> bool {
        let lower: String = url
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        match lower.find([':', '/', '?', '#']) {
            Some(i) if lower[i..].starts_with(':') => {
                matches!(&lower[..i], "http" | "https" | "mailto")
            }
            _ => true,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]
        /// The scheme read without a copy of the address gives the same verdict.
        #[test]
        fn safe_url_equals_the_copying_check(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "http", "HTTPS", "https", "mailto", "MailTo", "javascript", "java\tscript", "data", "ftp", "h",
                "ttp", "s", ":", "/", "//", "?", "#", " ", "\n", "\u{1}", "\u{7f}", "\u{a0}", "é", "ß", "x",
                "e.nl", "%3A", "\u{2028}",
            ]), 0..10)) {
            let url: String = parts.concat();
            proptest::prop_assert_eq!(safe_url(&url), safe_url_by_copy(&url), "for {:?}", url);
        }
    }

    proptest::proptest! {
        /// Where `inline` takes its shortcut, the full escaping gives the same text.
        #[test]
        fn inline_shortcut_equals_full_escaping(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Team", "onderbouw", " ", "  ", "-", "1", "2,6", "(", ")", "%", "'", "\"", "?", ";", "é", "A1", "ouder-kind",
                ".", ":", "www", "WwW", "w", "12", "1.", "http", "//", "x.nl", "\t",
            ]), 0..12)) {
            let text: String = parts.concat();
            let mut full = String::new();
            for (i, w) in text.split_whitespace().enumerate() {
                if i > 0 {
                    full.push(' ');
                }
                token_escaped(w, i == 0, &mut full);
            }
            proptest::prop_assert_eq!(inline(&text), full, "for {:?}", text);
        }
    }

    #[test]
    fn an_autolink_with_angle_brackets_cannot_smuggle_a_link() {
        let text = "http://e.x/a_b>[x](javascript:alert(1))";
        let md = to_markdown(text, "");
        let opts = options();
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, &md, &opts);
        for n in root.descendants() {
            if let NodeValue::Link(l) = &n.data().value {
                assert!(l.url.starts_with("http://e.x/"), "{md}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]

        /// A word taken as plain is what the escaping writes for it, first or not.
        #[test]
        fn plain_words_are_written_as_they_are(
            word in "[a-zA-Z0-9wWéß²٣,;?'\"(%\\-.:]{1,8}",
            first in proptest::prelude::any::<bool>(),
        ) {
            let mut fast = String::new();
            token(&word, first, &mut fast);
            let mut slow = String::new();
            token_escaped(&word, first, &mut slow);
            proptest::prop_assert_eq!(&fast, &slow);
            if plain_words(&word, first) {
                proptest::prop_assert_eq!(&fast, &word);
            }
        }
    }

    /// Answers built the way facilitators write plain ones: paragraphs of words, some
    /// in `**strong**`, and lists of `- ` items, with punctuation and accented letters.
    fn plain_answers() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = proptest::sample::select(vec![
            "ouders",
            "team",
            "Wij",
            "één",
            "Überall",
            "school",
            "50%",
            "x2",
            "(zie)",
            "klas-groep",
        ]);
        let token = (
            word,
            0..6usize,
            proptest::sample::select(vec!["", "", ".", ",", ";", "?", ")", "%"]),
        )
            .prop_map(|(w, kind, tail)| match kind {
                0 => format!("**{w}**{tail}"),
                1 => format!("**{w} {w}**{tail}"),
                _ => format!("{w}{tail}"),
            });
        let line = proptest::collection::vec(token, 1..8).prop_map(|t| t.join(" "));
        let block =
            (any::<bool>(), proptest::collection::vec(line, 1..4)).prop_map(|(list, lines)| {
                if list {
                    lines
                        .iter()
                        .map(|l| format!("- {l}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                } else {
                    lines.join("\n")
                }
            });
        (
            proptest::collection::vec(block, 1..5),
            proptest::sample::select(vec!["", "\n", "\n\n"]),
        )
            .prop_map(|(blocks, end)| blocks.join("\n\n") + end)
    }

    /// Random answers: plain ones, and the same with noise pieces put in.
    fn answers_with_noise() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let noise = proptest::sample::select(vec![
            "",
            "",
            "",
            "*",
            "**",
            "***",
            " ",
            "  ",
            "\n",
            "\n\n",
            "- ",
            "\n- ",
            "\n-",
            "1. ",
            "3",
            "#",
            "_",
            "www.",
            "WWW.",
            ":",
            "http://a.b",
            "<b>",
            "[x]",
            "&amp;",
            "`",
            "\t",
            "\r\n",
            "=",
            "+",
            "> ",
            "---",
            "\n---",
            "(",
            ")",
            "-",
            "é",
            "→",
            "\u{a0}",
            "!",
            "@",
            "~",
            "|",
            "{{",
        ]);
        (
            plain_answers(),
            proptest::collection::vec((0..400usize, noise), 0..4),
        )
            .prop_map(|(mut text, inserts)| {
                for (at, piece) in inserts {
                    let mut at = at.min(text.len());
                    while !text.is_char_boundary(at) {
                        at -= 1;
                    }
                    text.insert_str(at, piece);
                }
                text
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// Where an answer is taken as plain without parsing it, its HTML and its tidied
        /// Markdown are what comrak's path gives, with line breaks kept or not.
        #[test]
        fn plain_answers_equal_comrak_without_parsing(
            text in proptest::prop_oneof![plain_answers(), answers_with_noise()],
            breaks in proptest::prelude::any::<bool>(),
        ) {
            if let Some(blocks) = plain_blocks(&text) {
                proptest::prop_assert_eq!(
                    plain_html(&blocks, breaks),
                    parsed_html(&text, breaks),
                    "html for {:?}", text
                );
            }
            if let Some(fast) = plain_markdown(&text, breaks) {
                proptest::prop_assert_eq!(
                    fast,
                    parsed_markdown(&text, breaks),
                    "markdown for {:?}", text
                );
            }
        }
    }

    #[test]
    fn plain_answers_skip_the_parser() {
        let answer = "Voor **week** **school**. altijd. van samen niet meer (vragen) wijk 50% \
            **koffieochtend** en.\n\n- Wensen afspraken rapport lezen. **beleid** wensen met.\n";
        assert!(plain_blocks(answer).is_some());
        assert!(plain_markdown(answer, true).is_some());
        assert!(plain_blocks("Één keer per maand, ook ’s avonds.").is_none());
        assert!(plain_blocks("Één keer per maand, coördinator Björn.").is_some());
        assert_eq!(
            html(answer, false),
            "<p>Voor <strong>week</strong> <strong>school</strong>. altijd. van samen niet \
             meer (vragen) wijk 50% <strong>koffieochtend</strong> en.</p>\n<ul>\n<li>Wensen \
             afspraken rapport lezen. <strong>beleid</strong> wensen met.</li>\n</ul>\n"
        );
        for not_plain in [
            "Zie www.school.nl",
            "Eerst\n- dan een lijst",
            "- een\n\n- twee",
            "- een\nvervolg",
            "3 ouders",
            "a**b**",
            "**open",
            "regel \nmet spatie",
            "samen – niet alleen",
            "",
        ] {
            assert!(plain_blocks(not_plain).is_none(), "{not_plain:?}");
        }
    }
}
