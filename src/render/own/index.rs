//! The index page of a folder of reports (`index.md.j2`, `index.html.j2` with
//! `_base.html.j2`), as the built-in templates write it: the same bytes, written
//! straight from the index. A batch of thousands of sessions made this page through
//! the template engine on one thread after all the reports (a row and a table row per
//! session, a cell per criterion), while the other cores had nothing left to do.
//!
//! Each part below follows its template line by line, with the engine's rules
//! (`trim_blocks`: a block tag takes the newline after it; `{{ }}` escaped in HTML; a
//! text is true when it is there and not empty), and the same filters (`md_inline`,
//! `md_heading`, `md_cell`, `num`, `pct`) and words (`t`).

use std::fmt::Write as _;

use minijinja::HtmlEscape;

use super::{Page, fill, given, word};
use crate::analyse::report::{Comparison, ComparisonRow, IndexEntry};
use crate::i18n::Arg;
use crate::render::report::IndexContext;
use crate::render::{Lang, markdown, numbers};

/// Writes the built-in index template `name` for `context` to `page`, or declines
/// (`false`, nothing written) for any other template.
pub(crate) fn write(name: &str, context: &IndexContext, page: &mut Page) -> bool {
    match name {
        "index.md.j2" => md(context, page),
        "index.html.j2" => html(context, page),
        _ => return false,
    }
    true
}

/// `{{ x|pct }}`.
fn pct(x: Option<f64>) -> String {
    match x {
        Some(x) => numbers::percent(x),
        None => numbers::MISSING.to_string(),
    }
}

/// `{{ x|num }}`.
fn num(x: Option<f64>, lang: Lang) -> String {
    match x {
        Some(x) => numbers::number(x, 1, lang),
        None => numbers::MISSING.to_string(),
    }
}

/// The words of an entry after its name, place and date, the same in both templates:
/// `{{ t("index_teams", …) }} · {{ t("index_completeness", …) }}{% if
/// e.completeness_parents is not none %} · {{ t("index_completeness_parents", …) }}{%
/// endif %} · {{ t("index_actions", …) }}`.
fn entry_words(e: &IndexEntry, lang: Lang) -> String {
    let mut out = fill(lang, "index_teams", &[("teams", Arg::from(e.teams as i64))]);
    out.push_str(" · ");
    let completeness = pct(e.completeness);
    out.push_str(&fill(
        lang,
        "index_completeness",
        &[("completeness", Arg::from(completeness.as_str()))],
    ));
    if let Some(parents) = e.completeness_parents {
        out.push_str(" · ");
        let parents = pct(Some(parents));
        out.push_str(&fill(
            lang,
            "index_completeness_parents",
            &[("completeness", Arg::from(parents.as_str()))],
        ));
    }
    out.push_str(" · ");
    out.push_str(&fill(
        lang,
        "index_actions",
        &[
            ("done", Arg::from(e.actions_done as i64)),
            ("actions", Arg::from(e.actions as i64)),
        ],
    ));
    out
}

/// `t("index_compare_caption", title=…, id=…, version=…)`.
fn caption(cmp: &Comparison, lang: Lang) -> String {
    let d = &cmp.definition;
    fill(
        lang,
        "index_compare_caption",
        &[
            ("title", Arg::from(d.title.as_str())),
            ("id", Arg::from(d.id.as_str())),
            ("version", Arg::from(d.version.as_str())),
        ],
    )
}

/// A score cell's text, the same in both templates: `{{ s|num }}{% if s is not none
/// and row.coverage[i][0] < row.coverage[i][1] %} · {{ t("coverage", n=…, total=…)
/// }}{% endif %}`.
fn score_cell(row: &ComparisonRow, i: usize, lang: Lang, out: &mut String) {
    let score = row.scores[i];
    out.push_str(&num(score, lang));
    if let (Some(_), Some(&[n, total])) = (score, row.coverage.get(i))
        && n < total
    {
        out.push_str(" · ");
        out.push_str(&fill(
            lang,
            "coverage",
            &[
                ("n", Arg::from(n as i64)),
                ("total", Arg::from(total as i64)),
            ],
        ));
    }
}

/// `index.md.j2`.
fn md(context: &IndexContext, page: &mut Page) {
    let (lang, ix) = (context.lang, context.index);
    let mut out = String::with_capacity(256 + ix.reports.len() * 256);
    out.push_str("# ");
    out.push_str(&word(lang, "index_title"));
    out.push_str("\n\n");
    out.push_str(&fill(
        lang,
        "index_intro",
        &[("n", Arg::from(ix.reports.len() as i64))],
    ));
    out.push_str("\n\n");
    for e in &ix.reports {
        out.push_str("- [");
        out.push_str(&markdown::inline(&e.organisation));
        out.push_str("](");
        out.push_str(&e.href);
        out.push(')');
        if let Some(location) = given(&e.location) {
            out.push_str(" · ");
            out.push_str(&markdown::inline(location));
        }
        if let Some(date) = given(&e.date) {
            out.push_str(" · ");
            out.push_str(date);
        }
        out.push_str(": ");
        out.push_str(&entry_words(e, lang));
        out.push_str(" (");
        out.push_str(&markdown::inline(&e.file));
        out.push_str(")\n");
    }
    out.push_str("\n## ");
    out.push_str(&word(lang, "index_compare"));
    out.push_str("\n\n");
    if ix.comparisons.is_empty() {
        out.push_str(&word(lang, "index_compare_none"));
        out.push('\n');
    } else {
        out.push_str(&word(lang, "index_compare_intro"));
        out.push('\n');
    }
    for cmp in &ix.comparisons {
        out.push_str("\n### ");
        out.push_str(&markdown::heading(&caption(cmp, lang)));
        out.push_str("\n\n| ");
        out.push_str(&word(lang, "report"));
        out.push_str(" |");
        for c in &cmp.criteria {
            out.push(' ');
            out.push_str(&markdown::cell(&c.code));
            out.push_str(" |");
        }
        out.push_str("\n| --- |");
        for _ in &cmp.criteria {
            out.push_str(" ---: |");
        }
        out.push('\n');
        for row in &cmp.rows {
            out.push_str("| [");
            out.push_str(&markdown::inline(&row.organisation));
            out.push_str("](");
            out.push_str(&row.href);
            out.push(')');
            if let Some(date) = given(&row.date) {
                out.push_str(" (");
                out.push_str(date);
                out.push(')');
            }
            out.push_str(" |");
            for i in 0..row.scores.len() {
                out.push(' ');
                score_cell(row, i, lang, &mut out);
                out.push_str(" |");
            }
            out.push('\n');
        }
        out.push('\n');
        for c in &cmp.criteria {
            out.push_str("- ");
            out.push_str(&markdown::inline(&c.code));
            out.push_str(": ");
            out.push_str(&markdown::inline(&c.title));
            out.push('\n');
        }
    }
    page.push_str(&out);
}

/// `index.html.j2` in `_base.html.j2`.
fn html(context: &IndexContext, page: &mut Page) {
    let (lang, ix) = (context.lang, context.index);
    let mut out = String::with_capacity(super::html::STYLE.len() + 1024 + ix.reports.len() * 512);
    let e = |out: &mut String, text: &str| {
        let _ = write!(out, "{}", HtmlEscape(text));
    };
    let title = word(lang, "index_title");
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    e(&mut out, lang.as_str());
    out.push_str(concat!(
        "\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<meta name=\"generator\" content=\"scan\">\n<title>"
    ));
    e(&mut out, &title);
    out.push_str("</title>\n<style>\n");
    out.push_str(super::html::STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header class=\"page-header\">\n<h1>");
    e(&mut out, &title);
    out.push_str("</h1>\n<p>");
    let intro = fill(
        lang,
        "index_intro",
        &[("n", Arg::from(ix.reports.len() as i64))],
    );
    e(&mut out, &intro);
    out.push_str("</p>\n</header>\n<main id=\"main\">\n");
    out.push_str("<section aria-labelledby=\"reports-h\">\n<h2 id=\"reports-h\">");
    e(&mut out, &word(lang, "index_caption"));
    out.push_str("</h2>\n<ul class=\"reports\">\n");
    for entry in &ix.reports {
        out.push_str("<li><a href=\"");
        e(&mut out, &entry.href);
        out.push_str("\">");
        e(&mut out, &entry.organisation);
        out.push_str("</a>");
        if let Some(location) = given(&entry.location) {
            out.push_str(" · ");
            e(&mut out, location);
        }
        if let Some(date) = given(&entry.date) {
            out.push_str(" · <time datetime=\"");
            e(&mut out, date);
            out.push_str("\">");
            e(&mut out, date);
            out.push_str("</time>");
        }
        out.push_str(": ");
        e(&mut out, &entry_words(entry, lang));
        out.push_str(" <span class=\"muted\">(");
        e(&mut out, &entry.file);
        out.push_str(")</span></li>\n");
    }
    out.push_str(
        "</ul>\n</section>\n<section aria-labelledby=\"compare-h\">\n<h2 id=\"compare-h\">",
    );
    e(&mut out, &word(lang, "index_compare"));
    out.push_str("</h2>\n<p>");
    if ix.comparisons.is_empty() {
        e(&mut out, &word(lang, "index_compare_none"));
    } else {
        e(&mut out, &word(lang, "index_compare_intro"));
    }
    out.push_str("</p>\n");
    let mut cell = String::new();
    for (k, cmp) in ix.comparisons.iter().enumerate() {
        let k = k + 1;
        let _ = write!(
            out,
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"cap-compare-{k}\">\n<table>\n<caption id=\"cap-compare-{k}\">"
        );
        e(&mut out, &caption(cmp, lang));
        out.push_str("</caption>\n<thead><tr><th scope=\"col\">");
        e(&mut out, &word(lang, "report"));
        out.push_str("</th>");
        for c in &cmp.criteria {
            out.push_str("<th scope=\"col\" class=\"num\"><abbr title=\"");
            e(&mut out, &c.title);
            out.push_str("\">");
            e(&mut out, &c.code);
            out.push_str("</abbr></th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &cmp.rows {
            out.push_str("<tr><th scope=\"row\"><a href=\"");
            e(&mut out, &row.href);
            out.push_str("\">");
            e(&mut out, &row.organisation);
            out.push_str("</a>");
            if let Some(date) = given(&row.date) {
                out.push_str(" (");
                e(&mut out, date);
                out.push(')');
            }
            out.push_str("</th>");
            for i in 0..row.scores.len() {
                out.push_str("<td class=\"num\">");
                cell.clear();
                score_cell(row, i, lang, &mut cell);
                e(&mut out, &cell);
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</div>\n<ul>\n");
        for c in &cmp.criteria {
            out.push_str("<li><strong>");
            e(&mut out, &c.code);
            out.push_str("</strong> ");
            e(&mut out, &c.title);
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n</main>\n<footer class=\"page-footer\">\n<p>");
    e(&mut out, &word(lang, "generated_by"));
    out.push_str("</p></footer>\n</body>\n</html>\n");
    page.push_str(&out);
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use proptest::prelude::*;

    use super::super::Page;
    use super::super::testing::{self, first_difference, generated};
    use crate::analyse::report::{Index, index_of, index_part, report};
    use crate::render::report::index_context;
    use crate::render::{Lang, Renderer};

    static RENDERER: LazyLock<Renderer> = LazyLock::new(|| Renderer::new(None).unwrap());

    /// Both pages in both languages as the templates write them, and as scan's own
    /// writer writes them (itself, and through the renderer, as `report -o DIR` asks
    /// for them).
    fn compare(index: &Index, what: &str) -> Result<(), TestCaseError> {
        for name in ["index.md.j2", "index.html.j2"] {
            for lang in Lang::ALL {
                let context = index_context(index, lang);
                let template = RENDERER.render(name, &context).unwrap();
                let mut page = Page::in_memory();
                prop_assert!(super::write(name, &context, &mut page), "{name} declined");
                let own = page.into_text();
                prop_assert!(
                    template == own,
                    "{what} ({name}, {lang}): {}",
                    first_difference(&template, &own)
                );
                prop_assert!(RENDERER.render_index(name, &context).unwrap() == template);
            }
        }
        Ok(())
    }

    /// Addresses of reports as the index is given them: plain names, and names with
    /// what HTML and Markdown would read as syntax.
    fn href(i: usize) -> String {
        match i % 3 {
            0 => format!("session-{i}.md"),
            1 => format!("a b&c<{i}>\"'.html"),
            _ => format!("[x]({i})|*_.md"),
        }
    }

    /// Every example and test file that loads as a session: all in one index (a
    /// comparison for each definition that two of them use), and each alone.
    #[test]
    fn same_pages_as_the_templates_for_the_session_files() {
        let reports: Vec<_> = testing::session_files()
            .iter()
            .map(|(_, session)| report(session))
            .collect();
        let parts = reports
            .iter()
            .enumerate()
            .map(|(i, r)| index_part(r, href(i)))
            .collect();
        let index = index_of(parts);
        assert!(!index.comparisons.is_empty());
        compare(&index, "all session files").unwrap();
        for (i, r) in reports.iter().enumerate() {
            let alone = index_of(vec![index_part(r, href(i))]);
            assert!(alone.comparisons.is_empty());
            compare(&alone, &r.file).unwrap();
        }
    }

    #[test]
    fn other_templates_are_declined() {
        let index = index_of(Vec::new());
        let context = index_context(&index, Lang::En);
        for name in ["report.md.j2", "index.json", "index.md", ""] {
            let mut page = Page::in_memory();
            assert!(!super::write(name, &context, &mut page), "{name}");
            assert!(page.into_text().is_empty(), "{name}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Indexes of generated sessions with hostile text in every name, one to five
        /// of them (sessions of the same definition id and version are compared).
        #[test]
        fn same_pages_as_the_templates_for_generated_sessions(
            sessions in proptest::collection::vec(generated(), 1..6),
            names in proptest::collection::vec(testing::hostile_text(), 6),
        ) {
            let reports: Vec<_> = sessions.iter().map(|g| report(&g.session())).collect();
            let parts = reports
                .iter()
                .zip(&names)
                .map(|(r, name)| index_part(r, name.clone()))
                .collect();
            compare(&index_of(parts), "generated")?;
        }
    }
}
