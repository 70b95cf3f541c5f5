//! The index page of a folder of reports (`index.md.j2`, `index.html.j2` with
//! `_base.html.j2`), as the built-in templates write it: the same bytes, written
//! straight from the index. A batch of thousands of sessions made this page through
//! the template engine on one thread after all the reports (a row and a table row per
//! session, a cell per criterion), while the other cores had nothing left to do.
//!
//! Each part below follows its template line by line, with the engine's rules
//! (`trim_blocks`: a block tag takes the newline after it; `{{ }}` escaped in HTML; a
//! text is true when it is there and not empty), written with the session report's
//! writers ([`md::Writer`], [`html::Html`]): the same filters (`md_inline`,
//! `md_heading`, `md_cell`, `num`, `pct`), words (`t`) and page frame.

use super::html::Html;
use super::md::Writer;
use super::{Page, fill, given};
use crate::analyse::report::{Comparison, ComparisonRow, IndexEntry};
use crate::i18n::Arg;
use crate::render::report::IndexContext;
use crate::render::{Lang, numbers};

/// Writes the built-in index template `name` for `context` to `page`, or declines
/// (`false`, nothing written) for any other template.
pub(crate) fn write(name: &str, context: &IndexContext, page: &mut Page) -> bool {
    let lang = context.lang;
    match name {
        "index.md.j2" => md(context, &mut Writer { page, lang }),
        "index.html.j2" => html(context, &mut Html { page, lang }),
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

/// A row's score for criterion `i` and its `[scored, items]` (`row.coverage[i]`, made
/// with the scores; none scored of none when it is missing, which adds no words).
fn score(row: &ComparisonRow, i: usize) -> (Option<f64>, usize, usize) {
    let [scored, items] = row.coverage.get(i).copied().unwrap_or_default();
    (row.scores[i], scored, items)
}

/// `index.md.j2`.
fn md(context: &IndexContext, w: &mut Writer) {
    let ix = context.index;
    w.s("# ");
    w.t("index_title");
    w.s("\n\n");
    w.t_with("index_intro", &[("n", Arg::from(ix.reports.len() as i64))]);
    w.s("\n\n");
    for e in &ix.reports {
        w.s("- [");
        w.inline(&e.organisation);
        w.s("](");
        w.s(&e.href);
        w.s(")");
        if let Some(location) = given(&e.location) {
            w.s(" · ");
            w.inline(location);
        }
        if let Some(date) = given(&e.date) {
            w.s(" · ");
            w.s(date);
        }
        w.s(": ");
        w.s(&entry_words(e, w.lang));
        w.s(" (");
        w.inline(&e.file);
        w.s(")\n");
    }
    w.s("\n## ");
    w.t("index_compare");
    w.s("\n\n");
    w.t(if ix.comparisons.is_empty() {
        "index_compare_none"
    } else {
        "index_compare_intro"
    });
    w.s("\n");
    for cmp in &ix.comparisons {
        w.s("\n### ");
        w.heading(&caption(cmp, w.lang));
        w.s("\n\n");
        w.numbers_table_head("report", cmp.criteria.iter().map(|c| c.code.as_str()));
        for row in &cmp.rows {
            w.s("| [");
            w.inline(&row.organisation);
            w.s("](");
            w.s(&row.href);
            w.s(")");
            if let Some(date) = given(&row.date) {
                w.s(" (");
                w.s(date);
                w.s(")");
            }
            w.s(" |");
            for i in 0..row.scores.len() {
                let (score, scored, items) = score(row, i);
                w.s(" ");
                w.num(score);
                w.coverage(score, scored, items);
                w.s(" |");
            }
            w.s("\n");
        }
        w.s("\n");
        for c in &cmp.criteria {
            w.s("- ");
            w.inline(&c.code);
            w.s(": ");
            w.inline(&c.title);
            w.s("\n");
        }
    }
}

/// `index.html.j2` in `_base.html.j2`.
fn html(context: &IndexContext, w: &mut Html) {
    let ix = context.index;
    let title = super::word(w.lang, "index_title");
    w.base_start(&[&title]);
    w.s("<h1>");
    w.e(&title);
    w.s("</h1>\n<p>");
    w.tf("index_intro", &[("n", Arg::from(ix.reports.len() as i64))]);
    w.s("</p>\n</header>\n<main id=\"main\">\n");
    w.s("<section aria-labelledby=\"reports-h\">\n<h2 id=\"reports-h\">");
    w.t("index_caption");
    w.s("</h2>\n<ul class=\"reports\">\n");
    for entry in &ix.reports {
        w.s("<li><a href=\"");
        w.e(&entry.href);
        w.s("\">");
        w.e(&entry.organisation);
        w.s("</a>");
        if let Some(location) = given(&entry.location) {
            w.s(" · ");
            w.e(location);
        }
        if let Some(date) = given(&entry.date) {
            w.s(" · <time datetime=\"");
            w.e(date);
            w.s("\">");
            w.e(date);
            w.s("</time>");
        }
        w.s(": ");
        w.e(&entry_words(entry, w.lang));
        w.s(" <span class=\"muted\">(");
        w.e(&entry.file);
        w.s(")</span></li>\n");
    }
    w.s("</ul>\n</section>\n<section aria-labelledby=\"compare-h\">\n<h2 id=\"compare-h\">");
    w.t("index_compare");
    w.s("</h2>\n<p>");
    w.t(if ix.comparisons.is_empty() {
        "index_compare_none"
    } else {
        "index_compare_intro"
    });
    w.s("</p>\n");
    for (k, cmp) in ix.comparisons.iter().enumerate() {
        let k = (k + 1).to_string();
        w.s("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"cap-compare-");
        w.s(&k);
        w.s("\">\n<table>\n<caption id=\"cap-compare-");
        w.s(&k);
        w.s("\">");
        w.e(&caption(cmp, w.lang));
        w.s("</caption>\n<thead><tr><th scope=\"col\">");
        w.t("report");
        w.s("</th>");
        for c in &cmp.criteria {
            w.s("<th scope=\"col\" class=\"num\"><abbr title=\"");
            w.e(&c.title);
            w.s("\">");
            w.e(&c.code);
            w.s("</abbr></th>");
        }
        w.s("</tr></thead>\n<tbody>\n");
        for row in &cmp.rows {
            w.s("<tr><th scope=\"row\"><a href=\"");
            w.e(&row.href);
            w.s("\">");
            w.e(&row.organisation);
            w.s("</a>");
            if let Some(date) = given(&row.date) {
                w.s(" (");
                w.e(date);
                w.s(")");
            }
            w.s("</th>");
            for i in 0..row.scores.len() {
                let (score, scored, items) = score(row, i);
                w.s("<td class=\"num\">");
                w.score_with_coverage(score, scored, items);
                w.s("</td>");
            }
            w.s("</tr>\n");
        }
        w.s("</tbody>\n</table>\n</div>\n<ul>\n");
        for c in &cmp.criteria {
            w.s("<li><strong>");
            w.e(&c.code);
            w.s("</strong> ");
            w.e(&c.title);
            w.s("</li>\n");
        }
        w.s("</ul>\n");
    }
    w.s("</section>\n");
    w.base_end(None);
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
