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
                // As a browser reads an address (the WHATWG URL standard): tabs and
                // line breaks anywhere are dropped, controls and spaces at the ends
                // trimmed; the scheme is what comes before a `:` that precedes any `/`,
                // `?`, `#`, and only when it is a letter and then letters, digits, `+`,
                // `-` or `.`. Anything else (`htt%00ps://…`) is a relative address.
                let url: String = l
                    .url
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .collect::<String>()
                    .trim_matches(|c: char| c <= ' ')
                    .to_ascii_lowercase();
                let scheme = url
                    .find([':', '/', '?', '#'])
                    .filter(|&i| url[i..].starts_with(':'))
                    .map(|i| &url[..i])
                    .filter(|s| {
                        s.starts_with(|c: char| c.is_ascii_alphabetic())
                            && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                    });
                assert!(
                    matches!(scheme, None | Some("http" | "https" | "mailto")),
                    "link to {url:?} in {md:?}"
                );
            }
            _ => {}
        }
    }
});
