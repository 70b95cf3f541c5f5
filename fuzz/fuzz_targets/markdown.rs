//! Fuzzes the Markdown escaping: any text, written by every Markdown writer into the
//! places a report puts user text, must parse (comrak with every GFM extension) to no
//! raw HTML, no image and no link other than http, https, mailto or a relative address, and must not
//! crash on a small stack.
#![no_main]

use comrak::nodes::NodeValue;
use libfuzzer_sys::fuzz_target;
use scan::render::markdown::{cell, heading, inline, to_markdown};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let md = format!(
        "# R\n\n## {}\n\n| a | b |\n| --- | --- |\n| {} | 3 |\n\n- {}\n\n{}\n\n{}\n",
        heading(text),
        cell(text),
        inline(text),
        to_markdown(text, ""),
        to_markdown(text, "> "),
    );
    let arena = comrak::Arena::new();
    let mut o = comrak::Options::default();
    o.extension.table = true;
    o.extension.autolink = true;
    o.extension.strikethrough = true;
    o.extension.tasklist = true;
    o.extension.footnotes = true;
    let root = comrak::parse_document(&arena, &md, &o);
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::HtmlBlock(b) => {
                assert_eq!(b.literal.trim(), "<!-- end list -->", "raw HTML in {md:?}")
            }
            NodeValue::HtmlInline(h) => panic!("raw HTML {h:?} in {md:?}"),
            NodeValue::Image(_) => panic!("an image in {md:?}"),
            NodeValue::Link(l) => {
                let url = l.url.to_ascii_lowercase();
                // The scheme: what comes before a `:` that precedes any `/`, `?`, `#`;
                // none for a relative address.
                let scheme = url
                    .find([':', '/', '?', '#'])
                    .filter(|&i| url[i..].starts_with(':'))
                    .map(|i| &url[..i]);
                assert!(
                    matches!(scheme, None | Some("http" | "https" | "mailto")),
                    "link to {url:?} in {md:?}"
                );
            }
            _ => {}
        }
    }
});
