//! Markdown output read the way GitHub reads it: with every GFM extension (extended
//! autolinks `www.`, `http(s)://`, `ftp://`, e-mail; tables; strikethrough; task
//! lists; footnotes), by two independent parsers: comrak (the one scan writes with)
//! and markdown-rs. Whatever user text goes in, neither may find raw HTML, an image,
//! or a link outside http, https, mailto and relative addresses.

use comrak::nodes::NodeValue;
use proptest::prelude::*;
use scan::render::markdown::{cell, heading, inline, text_to_markdown, to_markdown};

/// Whether a link target is one a report may hold.
fn allowed_url(url: &str) -> bool {
    let url = url.to_ascii_lowercase();
    url.starts_with("https://")
        || url.starts_with("http://")
        || url.starts_with("mailto:")
        || (!url.contains(':') && url.ends_with(".md"))
}

/// The one raw HTML block scan writes itself: comrak's separator between two lists.
fn own_html(html: &str) -> bool {
    html.trim() == "<!-- end list -->"
}

/// comrak with every GFM extension on.
fn comrak_problems(md: &str) -> Vec<String> {
    let arena = comrak::Arena::new();
    let mut o = comrak::Options::default();
    o.extension.table = true;
    o.extension.autolink = true;
    o.extension.strikethrough = true;
    o.extension.tasklist = true;
    o.extension.footnotes = true;
    let root = comrak::parse_document(&arena, md, &o);
    let mut problems = Vec::new();
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::HtmlBlock(b) if !own_html(&b.literal) => {
                problems.push(format!("comrak: raw HTML block {:?}", b.literal));
            }
            NodeValue::HtmlInline(h) => problems.push(format!("comrak: raw HTML {h:?}")),
            NodeValue::Image(i) => problems.push(format!("comrak: image {:?}", i.url)),
            NodeValue::Link(l) if !allowed_url(&l.url) => {
                problems.push(format!("comrak: link to {:?}", l.url));
            }
            _ => {}
        }
    }
    problems
}

/// markdown-rs in GFM mode (its own tokenizer, its own extended autolinks).
fn markdown_rs_problems(md: &str) -> Vec<String> {
    use markdown::mdast::Node;
    let tree = match markdown::to_mdast(md, &markdown::ParseOptions::gfm()) {
        Ok(tree) => tree,
        Err(e) => return vec![format!("markdown-rs: does not parse: {e}")],
    };
    let mut problems = Vec::new();
    // An explicit stack: the trees of hostile text can be deep.
    let mut stack = vec![&tree];
    while let Some(node) = stack.pop() {
        match node {
            Node::Html(h) if !own_html(&h.value) => {
                problems.push(format!("markdown-rs: raw HTML {:?}", h.value));
            }
            Node::Image(i) => problems.push(format!("markdown-rs: image {:?}", i.url)),
            Node::ImageReference(i) => {
                problems.push(format!("markdown-rs: image reference {:?}", i.identifier));
            }
            Node::Link(l) if !allowed_url(&l.url) => {
                problems.push(format!("markdown-rs: link to {:?}", l.url));
            }
            Node::Definition(d) if !allowed_url(&d.url) => {
                problems.push(format!("markdown-rs: link definition {:?}", d.url));
            }
            _ => {}
        }
        if let Some(children) = node.children() {
            stack.extend(children.iter());
        }
    }
    problems
}

/// Panics when either parser finds raw HTML, an image or a link it should not.
pub(crate) fn assert_gfm_safe(md: &str, what: &str) {
    let mut problems = comrak_problems(md);
    problems.extend(markdown_rs_problems(md));
    assert!(
        problems.is_empty(),
        "{what}: {problems:?}\n--- Markdown ---\n{md}"
    );
}

/// Plain text and answers placed as a report places them: a heading, a table row, a
/// list item, a quoted answer.
fn as_in_a_report(text: &str) -> String {
    format!(
        "# Report\n\n## {}\n\n| Team | Score |\n| --- | --- |\n| {} | 3 |\n\n- {}\n\n{}\n\n> {}\n\n{}\n\n- x\n\n{}\n",
        heading(text),
        cell(text),
        inline(text),
        to_markdown(text, ""),
        to_markdown(text, "> ").trim_start_matches("> "),
        // Answers and notes, line breaks kept: alone, and inside a list item.
        text_to_markdown(text, ""),
        text_to_markdown(text, "  "),
    )
}

/// The pieces attackers build with: every extended-autolink trigger next to every
/// character whose escape an autolink could swallow, raw HTML, images, script links,
/// line endings of every kind.
const HOSTILE: &[&str] = &[
    "www.",
    "www.e.x",
    "WWW.E.X",
    "http://",
    "https://",
    "ftp://",
    "ftp://e.x",
    "http://e.x",
    "https://e.x/a_b",
    "mailto:",
    "xmpp:",
    "javascript:",
    "javascript:alert(1)",
    "a@b.c",
    "x.y",
    "@",
    ".",
    ":",
    "/",
    "\\",
    "<",
    ">",
    "<img src=x onerror=alert(1)>",
    "<a href=javascript:alert(1)>",
    "<script>",
    "[",
    "]",
    "(",
    ")",
    "![i](http://e.x/i.png)",
    "[x](javascript:alert(1))",
    "[x]: javascript:alert(1)",
    "!",
    "*",
    "_",
    "~",
    "`",
    "&",
    "&lt;",
    "#",
    "|",
    "\"",
    "'",
    " ",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u{11}",
    "\0",
    "-",
    "a",
    "é",
];

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(HOSTILE), 1..14).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, .. ProptestConfig::default() })]

    /// Any text, in every place a report puts user text, stays text for both parsers.
    #[test]
    fn hostile_text_stays_text_under_two_gfm_parsers(text in hostile_text()) {
        assert_gfm_safe(&as_in_a_report(&text), &format!("{text:?}"));
    }
}

/// The autolink class, spelled out: every extended-autolink form directly before raw
/// HTML or a script link, with and without text between.
#[test]
fn extended_autolinks_cannot_swallow_an_escape() {
    let links = [
        "www.e.x",
        "WwW.e.x",
        "http://e.x",
        "https://e.x",
        "ftp://e.x",
        "mailto:a@b.c",
        "xmpp:a@b.c",
        "a@b.c",
        "a.b@c.d",
        "x.www.e.x",
        "(www.e.x",
        "*www.e.x",
        "_www.e.x",
        "~www.e.x",
    ];
    let payloads = [
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "![i](https://e.x/i.png)",
        "[x](javascript:alert(1))",
        "\\<img src=x onerror=alert(1)\\>",
        "`<img src=x onerror=alert(1)>`",
    ];
    for link in links {
        for glue in ["", "/", "\\", ".", "_", "-", ")", "&", "?q="] {
            for payload in payloads {
                let text = format!("{link}{glue}{payload}");
                assert_gfm_safe(&as_in_a_report(&text), &text);
            }
        }
    }
}

/// A lone carriage return ends a line for CommonMark: it must not open a fenced block
/// or a quote that the escaping did not see.
#[test]
fn a_lone_carriage_return_is_a_line_ending() {
    for cr in ["\r", "\r\n", "\n"] {
        for text in [
            format!("a{cr}```{cr}<img src=x onerror=alert(1)>"),
            format!("a{cr}> <img src=x onerror=alert(1)>"),
            format!("a{cr}    <img src=x onerror=alert(1)>"),
            format!("a{cr}<div>{cr}<img src=x onerror=alert(1)>"),
            format!("a{cr}[x]: javascript:alert(1){cr}[x]"),
        ] {
            assert_gfm_safe(&as_in_a_report(&text), &format!("{text:?}"));
        }
    }
}

/// Long runs of each adversarial pattern, as one text.
pub(crate) const PATTERNS: &[(&str, &str)] = &[
    ("url-fragments", "http://ab|"),
    ("empty-urls", "http:// "),
    ("www", "www."),
    ("ftp", "ftp://a"),
    ("emails", "a@b.c"),
    ("nested-emphasis", "*a _b "),
    ("emphasis-run", "*"),
    ("underscore-run", "_"),
    ("nested-images", "![a "),
    ("brackets", "["),
    ("angles", "<"),
    ("backticks", "`"),
    ("nested-lists", "- "),
    ("nested-quotes", "> "),
    ("entities", "&a"),
    ("mixed", "*[<`_!http://x.y\\"),
];

/// Every Markdown writer on `text`, on a thread with a small stack (like the workers
/// of `-o DIR`): no recursion whose depth follows the input may overflow it.
fn on_a_small_stack(text: String) -> Vec<String> {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            vec![
                inline(&text),
                cell(&text),
                heading(&text),
                to_markdown(&text, "> "),
                scan::render::markdown::to_html(&text),
                text_to_markdown(&text, "  "),
                scan::render::markdown::text_to_html(&text),
                scan::render::markdown::to_html_inline(&text),
            ]
        })
        .expect("thread")
        .join()
        .expect("no stack overflow")
}

/// Big generated inputs of every adversarial pattern go through every Markdown and
/// HTML writer on a small stack without a crash; what comes out stays safe (checked
/// at the smaller size: the checking parsers are slow on these shapes in debug builds).
#[test]
fn long_adversarial_runs_need_no_deep_stack() {
    for (name, piece) in PATTERNS {
        for n in [1_000, 20_000] {
            let outs = on_a_small_stack(piece.repeat(n));
            if n == 1_000 {
                let md = format!(
                    "# R\n\n{}\n\n| a |\n| --- |\n| {} |\n\n{}\n",
                    outs[0], outs[1], outs[3]
                );
                assert_gfm_safe(&md, &format!("{name} × {n}"));
            }
        }
    }
}

/// Found by fuzzing: an autolink that ends in control characters was written as a link
/// whose address no parser accepts, and the text after it was then read as raw HTML.
#[test]
fn control_characters_in_an_address_stay_inside_the_link() {
    for control in ["\u{11}", "\0", "\u{1}", "\u{7f}", "\u{85}"] {
        for link in ["www.e.", "http://", "http://e.x/", "https://e.x/a", "a@b."] {
            let text = format!("{link}{control}{control}'<img src=x onerror=alert(1)\t>");
            assert_gfm_safe(&as_in_a_report(&text), &format!("{text:?}"));
            // After other control characters, where comrak makes no link of its own
            // and scan's own linking of addresses in text takes over.
            let text = format!(
                "w[:\u{4}{control}\u{3}{link}{control}{control}'<img src=x onerror=alert(1)>"
            );
            assert_gfm_safe(&as_in_a_report(&text), &format!("{text:?}"));
        }
    }
}
