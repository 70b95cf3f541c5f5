//! The session report as one HTML page, as `templates/report.html.j2` (with
//! `_base.html.j2` and `_style.css`) writes it for the built-in templates: the same
//! bytes, written straight from the report instead of through template values.
//!
//! Each block below follows its block of the template, line by line, with the
//! template engine's rules: a block tag takes the newline after it (`trim_blocks`),
//! every `{{ }}` is HTML-escaped unless a filter made it safe (`markdown`,
//! `markdown_text`, `markdown_inline`, the chart), and a value is true when it is
//! there and not empty. The words, numbers, Markdown and charts come from the same
//! functions the template's filters call. The contents list is left as its marker:
//! the caller fills it in, as after the template.

use std::fmt::Write as _;

use minijinja::HtmlEscape;

use super::{Page, fill, given, role_word, spread_cell, status_word, votes_cell, word};
use crate::analyse::report::{
    ActionReport, AnswerReport, ComparedWith, CriterionReport, ItemReport, Report, TeamScore,
};
use crate::i18n::Arg;
use crate::render::report::ReportContext;
use crate::render::svg::ChartSvg;
use crate::render::{Lang, markdown_html, markdown_inline_html, markdown_text_html, numbers};

/// The stylesheet `_base.html.j2` includes: it has no template tags, so it is
/// written as it is.
const STYLE: &str = include_str!("../../../templates/_style.css");

/// Writes `report.html.j2` for `context` to `page`; `false` (nothing written) when a
/// chart cannot be drawn, where the template would fail.
pub(super) fn write(context: &ReportContext, page: &mut Page) -> bool {
    let lang = context.lang;
    // The charts are made first: the page is passed on as it is written.
    let Ok(criteria) = ChartSvg::of_chart(
        &context.charts.criteria,
        "chart-criteria",
        &word(lang, "summary_chart"),
        lang,
    ) else {
        return false;
    };
    let gaps = match &context.charts.gaps {
        None => None,
        Some(chart) => {
            match ChartSvg::of_chart(chart, "chart-gaps", &word(lang, "gaps_chart"), lang) {
                Ok(svg) => Some(svg),
                Err(_) => return false,
            }
        }
    };
    let mut w = Html { page, lang };
    w.page_start(context);
    w.header(context.report);
    w.summary(context);
    w.session(context.report);
    w.scores(context.report, &criteria);
    w.completeness(context.report);
    w.gaps(context.report, gaps.as_ref());
    w.targets(context.report);
    w.actions(context.report);
    w.notes(context.report);
    w.details(context.report);
    w.page_end(context);
    true
}

/// A page being written, in its language (the index page's writer writes with it
/// too).
pub(super) struct Html<'p, 'a> {
    pub(super) page: &'p mut Page<'a>,
    pub(super) lang: Lang,
}

impl Html<'_, '_> {
    /// Template text, as it is.
    pub(super) fn s(&mut self, text: &str) {
        self.page.push_str(text);
    }

    /// `{{ text }}`: escaped.
    pub(super) fn e(&mut self, text: &str) {
        let _ = write!(self.page, "{}", HtmlEscape(text));
    }

    /// `{{ t("key") }}`.
    pub(super) fn t(&mut self, key: &str) {
        self.e(&word(self.lang, key));
    }

    /// `{{ t("key", name=value, …) }}`.
    pub(super) fn tf(&mut self, key: &str, args: &[(&str, Arg<'_>)]) {
        self.e(&fill(self.lang, key, args));
    }

    /// `{{ n }}` of a whole number.
    fn int(&mut self, n: impl std::fmt::Display) {
        let _ = write!(self.page, "{n}");
    }

    /// `{{ x|num }}`.
    pub(super) fn num(&mut self, x: Option<f64>) {
        match x {
            Some(x) => self.s(&numbers::number(x, 1, self.lang)),
            None => self.s(numbers::MISSING),
        }
    }

    /// `{{ x|signed }}`.
    fn signed(&mut self, x: Option<f64>) {
        match x {
            Some(x) => self.s(&numbers::signed(x, 1, self.lang)),
            None => self.s(numbers::MISSING),
        }
    }

    /// `{{ s.label or "–" }}`.
    fn label_or_dash(&mut self, label: &Option<String>) {
        match given(label) {
            Some(label) => self.e(label),
            None => self.s("–"),
        }
    }

    /// `{{ x.score|num }}{% if x.score is not none and x.scored < x.items %} · {{
    /// t("coverage", n=x.scored, total=x.items) }}{% endif %}`.
    pub(super) fn score_with_coverage(&mut self, score: Option<f64>, scored: usize, items: usize) {
        self.num(score);
        if score.is_some() && scored < items {
            self.s(" · ");
            self.tf(
                "coverage",
                &[
                    ("n", Arg::from(scored as i64)),
                    ("total", Arg::from(items as i64)),
                ],
            );
        }
    }

    /// The opening of a table in its scrolling region, up to its caption's text.
    fn table_start(&mut self, caption_id: &str) {
        self.s("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"");
        self.s(caption_id);
        self.s("\">\n<table>\n<caption id=\"");
        self.s(caption_id);
        self.s("\">");
    }

    /// [`Html::table_start`] for an id with user text in it (`cap-c-{{ c.code }}`).
    fn table_start_for(&mut self, prefix: &str, code: &str) {
        self.s("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"");
        self.s(prefix);
        self.e(code);
        self.s("\">\n<table>\n<caption id=\"");
        self.s(prefix);
        self.e(code);
        self.s("\">");
    }

    fn table_end(&mut self) {
        self.s("</tbody>\n</table>\n</div>\n");
        self.page.spill();
    }

    /// `<th scope="col">{{ t(key) }}</th>`, with `class="num"` for numbers.
    fn col(&mut self, key: &str, num: bool) {
        self.s(if num {
            "<th scope=\"col\" class=\"num\">"
        } else {
            "<th scope=\"col\">"
        });
        self.t(key);
        self.s("</th>");
    }

    /// `_base.html.j2` up to its header block.
    fn page_start(&mut self, context: &ReportContext) {
        let r = context.report;
        self.base_start(&[&r.session.organisation, " – ", &r.definition.title]);
    }

    /// `_base.html.j2` up to its `header` block, the title's parts escaped each.
    pub(super) fn base_start(&mut self, title: &[&str]) {
        self.s("<!DOCTYPE html>\n<html lang=\"");
        self.e(self.lang.as_str());
        self.s(concat!(
            "\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<meta name=\"generator\" content=\"scan\">\n<title>"
        ));
        for part in title {
            self.e(part);
        }
        self.s("</title>\n<style>\n");
        self.s(STYLE);
        self.s("</style>\n</head>\n<body>\n<header class=\"page-header\">\n");
    }

    fn header(&mut self, r: &Report) {
        self.s("<h1>");
        self.e(&r.session.organisation);
        self.s("</h1>\n<p>");
        self.tf(
            "report_of",
            &[("title", Arg::from(r.definition.title.as_str()))],
        );
        if let Some(location) = given(&r.session.location) {
            self.s(" · ");
            self.e(location);
        }
        if let Some(date) = given(&r.session.date) {
            self.s(" · <time datetime=\"");
            self.e(date);
            self.s("\">");
            self.e(date);
            self.s("</time>");
        }
        self.s("</p><nav aria-label=\"");
        self.t("contents");
        self.s("\">\n<!--scan:toc-->\n</nav>\n</header>\n<main id=\"main\">\n");
        self.page.spill();
    }

    fn summary(&mut self, context: &ReportContext) {
        let (r, summary) = (context.report, &context.summary);
        self.s("<section id=\"summary\" class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">");
        self.t("sum_heading");
        self.s("</h2>\n<p>");
        self.t("sum_intro");
        self.s("</p>\n<h3>");
        self.t("sum_teams");
        self.s("</h3>\n");
        if summary.teams.is_empty() {
            self.s("<p>");
            self.t("sum_no_teams");
            self.s("</p>\n");
        } else {
            self.lines(&summary.teams);
        }
        self.s("<h3>");
        self.t("sum_gaps");
        self.s("</h3>\n");
        if !r.has_parents {
            self.s("<p>");
            self.t("no_parents");
            self.s("</p>\n");
        } else if summary.gaps.is_empty() {
            self.s("<p>");
            self.t("sum_gaps_none");
            self.s("</p>\n");
        } else {
            self.lines(&summary.gaps);
        }
        self.s("<h3>");
        self.t("sum_actions");
        self.s("</h3>\n");
        let days = [("days", Arg::from(summary.days))];
        if !summary.dated {
            self.s("<p>");
            self.t("sum_actions_no_date");
            self.s("</p>\n");
        } else if summary.actions.is_empty() {
            self.s("<p>");
            self.tf("sum_actions_none", &days);
            self.s("</p>\n");
        } else {
            self.s("<p>");
            self.tf("sum_actions_intro", &days);
            self.s("</p>\n<ul class=\"actions\">\n");
            for a in &summary.actions {
                self.s("<li>");
                if a.late {
                    self.s("<strong class=\"late\">");
                    self.t("sum_late");
                    self.s(":</strong> ");
                }
                self.e(&a.title);
                if let Some(item) = given(&a.item) {
                    self.s(" · ");
                    self.e(item);
                }
                if let Some(owner) = given(&a.owner) {
                    self.s(" · ");
                    self.e(owner);
                }
                self.s(" · ");
                self.tf("sum_due_on", &[("due", Arg::from(a.due.as_str()))]);
                self.s("</li>\n");
                self.page.spill();
            }
            self.s("</ul>\n");
        }
        self.s("</section>\n");
        self.page.spill();
    }

    /// `<ul>` with a `<li>` per line.
    fn lines(&mut self, lines: &[String]) {
        self.s("<ul>\n");
        for line in lines {
            self.s("<li>");
            self.e(line);
            self.s("</li>\n");
            self.page.spill();
        }
        self.s("</ul>\n");
    }

    fn session(&mut self, r: &Report) {
        self.s("<section id=\"session\" aria-labelledby=\"session-h\">\n<h2 id=\"session-h\">");
        self.t("session");
        self.s("</h2>\n<dl class=\"facts\">\n<dt>");
        self.t("definition");
        self.s("</dt><dd>");
        self.e(&r.definition.title);
        self.s(" (");
        self.e(&r.definition.id);
        self.s(", ");
        self.t("version");
        self.s(" ");
        self.e(&r.definition.version);
        self.s(")</dd>\n<dt>");
        self.t("file");
        self.s("</dt><dd>");
        self.e(&r.file);
        self.s("</dd>\n");
        let facts = [
            ("date", &r.session.date),
            ("location", &r.session.location),
            ("facilitator", &r.session.facilitator),
        ];
        for (key, value) in facts {
            if let Some(value) = given(value) {
                self.s("<dt>");
                self.t(key);
                self.s("</dt><dd>");
                self.e(value);
                self.s("</dd>\n");
            }
        }
        if !r.session.guests.is_empty() {
            self.s("<dt>");
            self.t("guests");
            self.s("</dt><dd>");
            self.e(&r.session.guests.join("; "));
            self.s("</dd>\n");
        }
        self.s("</dl>\n");
        if r.teams.is_empty() {
            self.no_teams();
        } else {
            self.table_start("cap-session");
            self.t("who_took_part");
            self.s("</caption>\n<thead><tr>");
            let dated = r.teams.iter().any(|t| given(&t.date).is_some());
            let counted = r.teams.iter().any(|t| t.participants.is_some());
            self.col("team", false);
            self.col("type", false);
            self.col("role", false);
            if dated {
                self.col("date", false);
            }
            if counted {
                self.col("participants", true);
            }
            self.s("</tr></thead>\n<tbody>\n");
            for team in r.teams.iter() {
                self.s("<tr><th scope=\"row\">");
                self.e(&team.name);
                self.s("</th><td>");
                self.e(&team.type_label);
                self.s("</td><td>");
                self.t(role_word(team.role));
                self.s("</td>");
                if dated {
                    self.s("<td>");
                    match &team.date {
                        Some(date) => {
                            self.s("<time datetime=\"");
                            self.e(date);
                            self.s("\">");
                            self.e(date);
                            self.s("</time>");
                        }
                        None => self.s("–"),
                    }
                    self.s("</td>");
                }
                if counted {
                    self.s("<td class=\"num\">");
                    match team.participants {
                        Some(n) => self.int(n),
                        None => self.s("–"),
                    }
                    self.s("</td>");
                }
                self.s("</tr>\n");
                self.page.spill();
            }
            self.table_end();
        }
        self.s("</section>\n");
    }

    fn no_teams(&mut self) {
        self.s("<p>");
        self.t("no_teams");
        self.s("</p>\n");
    }

    fn scores(&mut self, r: &Report, chart: &ChartSvg) {
        self.s("<section id=\"scores\" aria-labelledby=\"scores-h\">\n<h2 id=\"scores-h\">");
        self.t("summary");
        self.s("</h2>\n");
        let scale = [
            ("min", Arg::from(r.scale.min)),
            ("max", Arg::from(r.scale.max)),
        ];
        if r.teams.is_empty() {
            self.no_teams();
        } else {
            self.table_start("cap-scores");
            self.tf("summary_caption", &scale);
            self.s("</caption>\n<thead><tr>");
            self.col("criterion", false);
            for team in r.teams.iter() {
                self.s("<th scope=\"col\" class=\"num\">");
                self.e(&team.name);
                self.s("</th>");
            }
            self.s("</tr></thead>\n<tbody>\n");
            for c in r.criteria.iter() {
                self.s("<tr><th scope=\"row\">");
                self.e(&c.code);
                self.s(" ");
                self.e(&c.title);
                self.s("</th>");
                for s in c.scores.iter() {
                    self.s("<td class=\"num\">");
                    self.score_with_coverage(s.score, s.scored, s.items);
                    if let Some(label) = given(&s.label) {
                        self.s("<br><span class=\"muted\">");
                        self.e(label);
                        self.s("</span>");
                    }
                    self.s("</td>");
                    self.page.spill();
                }
                self.s("</tr>\n");
            }
            self.table_end();
            self.s("<figure>\n<figcaption>");
            self.t("summary_chart");
            self.s("</figcaption>\n");
            self.chart(chart);
            self.s("</figure>\n");
        }
        self.s("<h3>");
        self.t("how_scores");
        self.s("</h3>\n<p>");
        self.t("how_scores_text");
        self.s("</p>\n<p>");
        self.tf("scale_is", &scale);
        self.s(" ");
        for (i, step) in r.scale.steps.iter().enumerate() {
            self.s("<strong>");
            self.int(step.value);
            self.s("</strong> ");
            self.e(&step.label);
            if i + 1 < r.scale.steps.len() {
                self.s(" · ");
            }
        }
        self.s("</p>\n</section>\n");
        self.page.spill();
    }

    /// `{% for part in to_svg(…) %}{{ part }}{% endfor +%}` and its newline.
    fn chart(&mut self, svg: &ChartSvg) {
        for i in 0..svg.parts() {
            let _ = svg.write_part(self.page, i);
            self.page.spill();
        }
        self.s("\n");
    }

    fn completeness(&mut self, r: &Report) {
        self.s("<section id=\"completeness\" aria-labelledby=\"completeness-h\">\n<h2 id=\"completeness-h\">");
        self.t("completeness");
        self.s("</h2>\n");
        if r.teams.is_empty() {
            self.no_teams();
        } else {
            self.table_start("cap-completeness");
            self.t("completeness_caption");
            self.s("</caption>\n<thead><tr>");
            self.col("team", false);
            self.col("answered", true);
            self.col("not_applicable", true);
            self.col("scored", true);
            self.col("completeness", true);
            self.s("</tr></thead>\n<tbody>\n");
            for team in r.teams.iter() {
                self.s("<tr><th scope=\"row\">");
                self.e(&team.name);
                self.s("</th><td class=\"num\">");
                self.tf(
                    "of_items",
                    &[
                        ("n", Arg::from(team.answered as i64)),
                        ("total", Arg::from(team.total as i64)),
                    ],
                );
                self.s("</td><td class=\"num\">");
                self.int(team.na);
                self.s("</td><td class=\"num\">");
                self.int(team.scored);
                self.s("</td><td class=\"num\">");
                self.s(&numbers::percent(team.completeness));
                self.s("</td></tr>\n");
                self.page.spill();
            }
            self.table_end();
        }
        self.s("</section>\n");
    }

    fn gaps(&mut self, r: &Report, chart: Option<&ChartSvg>) {
        self.s("<section id=\"gaps\" aria-labelledby=\"gaps-h\">\n<h2 id=\"gaps-h\">");
        self.t("gaps_heading");
        self.s("</h2>\n");
        if !r.has_parents {
            self.s("<p>");
            self.t("no_parents");
            self.s("</p>\n");
        } else if r.gaps.is_empty() {
            self.s("<p>");
            self.t("gaps_none");
            self.s("</p>\n");
        } else {
            self.s("<p>");
            self.t("gaps_intro");
            self.s(" ");
            self.t("gap_explained");
            self.s("</p>\n");
            self.table_start("cap-gaps");
            self.t("gaps_caption");
            self.s("</caption>\n<thead><tr>");
            let types = r.parent_types > 1;
            self.col("item", false);
            if types {
                self.col("gaps_parents_type", false);
            }
            self.col("professionals", true);
            self.col("parents", true);
            self.col("gap", true);
            self.s("</tr></thead>\n<tbody>\n");
            for g in &r.gaps {
                self.s("<tr><th scope=\"row\"><a href=\"#item-");
                self.e(&g.code);
                self.s("\">");
                self.e(&g.code);
                self.s("</a> ");
                self.e(&g.label);
                self.s("</th>");
                if types {
                    self.s("<td>");
                    self.e(&g.type_label);
                    self.s("</td>");
                }
                self.s("<td class=\"num\">");
                self.num(Some(g.professionals));
                if g.compared_with == ComparedWith::All {
                    self.s(" (");
                    self.t("gaps_all_short");
                    self.s(")");
                }
                self.s("</td><td class=\"num\">");
                self.num(Some(g.parents));
                self.s("</td><td class=\"num\">");
                self.signed(Some(g.gap));
                self.s("</td></tr>\n");
                self.page.spill();
            }
            self.table_end();
            for f in &r.gaps_compared_with_all {
                self.s("<p>");
                let codes = f.codes.join(", ");
                self.tf(
                    "gaps_fallback",
                    &[
                        ("type", Arg::from(f.type_label.as_str())),
                        ("codes", Arg::from(codes)),
                    ],
                );
                self.s("</p>\n");
            }
            if let Some(chart) = chart {
                self.s("<figure>\n<figcaption>");
                self.t("gaps_chart");
                self.s("</figcaption>\n");
                self.chart(chart);
                self.s("</figure>\n");
            }
        }
        self.s("</section>\n");
        self.page.spill();
    }

    fn targets(&mut self, r: &Report) {
        self.s("<section id=\"targets\" aria-labelledby=\"targets-h\">\n<h2 id=\"targets-h\">");
        self.t("targets_heading");
        self.s("</h2>\n");
        if r.targets.is_empty() {
            self.s("<p>");
            self.t("targets_none");
            self.s("</p>\n");
        } else {
            self.s("<p>");
            self.t("targets_intro");
            self.s("</p>\n");
            self.table_start("cap-targets");
            self.t("targets_caption");
            self.s("</caption>\n<thead><tr>");
            self.col("item_or_criterion", false);
            self.col("team", false);
            self.col("target", true);
            self.col("now", true);
            self.col("to_go", true);
            self.s("</tr></thead>\n<tbody>\n");
            for tg in &r.targets {
                let head = |w: &mut Self| {
                    w.s("<tr><th scope=\"row\">");
                    w.e(&tg.code);
                    w.s(" ");
                    w.e(&tg.label);
                    w.s("</th><td>");
                };
                if tg.teams.is_empty() {
                    head(self);
                    self.t("targets_no_team");
                    self.s("</td><td class=\"num\">");
                    self.num(Some(tg.target));
                    self.s("</td><td class=\"num\">–</td><td class=\"num\">–</td></tr>\n");
                }
                for row in &tg.teams {
                    head(self);
                    self.e(&row.team);
                    self.s("</td><td class=\"num\">");
                    self.num(Some(tg.target));
                    self.s("</td><td class=\"num\">");
                    self.num(row.score);
                    self.s("</td><td class=\"num\">");
                    if row.reached {
                        self.t("reached");
                    } else {
                        self.signed(row.distance);
                    }
                    self.s("</td></tr>\n");
                    self.page.spill();
                }
            }
            self.table_end();
        }
        self.s("</section>\n");
    }

    fn actions(&mut self, r: &Report) {
        self.s("<section id=\"actions\" aria-labelledby=\"actions-h\">\n<h2 id=\"actions-h\">");
        self.t("actions_heading");
        self.s("</h2>\n");
        if r.action_groups.is_empty() {
            self.s("<p>");
            self.t("actions_none");
            self.s("</p>\n");
        }
        for group in &r.action_groups {
            self.s("<h3>");
            self.t(status_word(group.status));
            self.s("</h3>\n<ul class=\"actions\">\n");
            for a in &group.actions {
                self.action(a);
            }
            self.s("</ul>\n");
        }
        self.s("</section>\n");
        self.page.spill();
    }

    fn action(&mut self, a: &ActionReport) {
        self.s("<li><strong>");
        self.e(&a.title);
        self.s("</strong>");
        if let Some(item) = given(&a.item) {
            self.s(" · ");
            self.t("about");
            self.s(" ");
            self.e(item);
            if let Some(label) = given(&a.item_label) {
                self.s(" ");
                self.e(label);
            }
        }
        if let Some(owner) = given(&a.owner) {
            self.s(" · ");
            self.t("owner");
            self.s(": ");
            self.e(owner);
        }
        if let Some(due) = given(&a.due) {
            self.s(" · ");
            self.t("due");
            self.s(": <time datetime=\"");
            self.e(due);
            self.s("\">");
            self.e(due);
            self.s("</time>");
        }
        // `is defined`: notes written as empty are still asked for.
        if let Some(notes) = &a.notes {
            self.s(&markdown_text_html(notes));
        }
        self.s("</li>\n");
        self.page.spill();
    }

    fn notes(&mut self, r: &Report) {
        if let Some(notes) = given(&r.session.notes) {
            self.s("<section id=\"notes\" aria-labelledby=\"notes-h\">\n<h2 id=\"notes-h\">");
            self.t("notes");
            self.s("</h2>\n");
            self.s(&markdown_text_html(notes));
            self.s("\n</section>\n");
            self.page.spill();
        }
    }

    fn details(&mut self, r: &Report) {
        self.s("<section id=\"details\" class=\"page-break\" aria-labelledby=\"details-h\">\n<h2 id=\"details-h\">");
        self.t("details_heading");
        self.s("</h2>\n");
        for c in r.criteria.iter() {
            self.criterion(c);
        }
        self.s("</section>\n");
    }

    fn criterion(&mut self, c: &CriterionReport) {
        self.s("<section class=\"criterion\" id=\"criterion-");
        self.e(&c.code);
        self.s("\" aria-labelledby=\"criterion-");
        self.e(&c.code);
        self.s("-h\">\n<h3 id=\"criterion-");
        self.e(&c.code);
        self.s("-h\">");
        self.e(&c.code);
        self.s(" ");
        self.e(&c.title);
        self.s("</h3>\n");
        if let Some(description) = given(&c.description) {
            self.s(&markdown_html(description));
        }
        if !c.scores.is_empty() {
            self.table_start_for("cap-c-", &c.code);
            self.tf(
                "criterion_scores_caption",
                &[("code", Arg::from(c.code.as_str()))],
            );
            self.s("</caption>\n<thead><tr>");
            self.col("team", false);
            self.col("score", true);
            self.col("label", false);
            self.s("</tr></thead>\n<tbody>\n");
            for s in c.scores.iter() {
                self.criterion_score(&s);
            }
            self.table_end();
        }
        for item in c.items.iter() {
            self.item(item);
        }
        self.s("</section>\n");
        self.page.spill();
    }

    fn criterion_score(&mut self, s: &TeamScore) {
        self.s("<tr><th scope=\"row\">");
        self.e(&s.team);
        self.s("</th><td class=\"num\">");
        self.score_with_coverage(s.score, s.scored, s.items);
        self.s("</td><td>");
        self.label_or_dash(&s.label);
        self.s("</td></tr>\n");
        self.page.spill();
    }

    fn item(&mut self, item: &ItemReport) {
        self.s("<article class=\"item\" id=\"item-");
        self.e(&item.code);
        self.s("\" aria-labelledby=\"item-");
        self.e(&item.code);
        self.s("-h\">\n<h4 id=\"item-");
        self.e(&item.code);
        self.s("-h\">");
        self.e(&item.code);
        self.s(" ");
        self.s(&markdown_inline_html(&item.label));
        self.s("</h4>\n");
        if given(&item.title).is_some() {
            self.s("<div class=\"question\">");
            self.s(&markdown_html(&item.question));
            self.s("</div>");
        }
        if let Some(help) = given(&item.help) {
            self.s("<div class=\"help muted\">");
            self.s(&markdown_html(help));
            self.s("</div>");
        }
        if !item.answered {
            self.s("<p>");
            self.t("nobody_answered");
            self.s("</p>\n");
        } else {
            self.table_start_for("cap-i-", &item.code);
            self.tf("scores_caption", &[("code", Arg::from(item.code.as_str()))]);
            self.s("</caption>\n<thead><tr>");
            self.col("team", false);
            self.col("score", true);
            self.col("label", false);
            self.col("votes", false);
            self.col("spread", false);
            self.s("</tr></thead>\n<tbody>\n");
            // The answers with words are written after the table: found here, made
            // again there, as the template reads them twice.
            let mut worded = Vec::new();
            for (i, a) in item.answers.iter().enumerate() {
                self.answer_row(&a);
                if given(&a.text).is_some() || !a.examples.is_empty() {
                    worded.push(i);
                }
            }
            self.table_end();
            for i in worded {
                if let Some(a) = item.answers.get(i) {
                    self.answer_words(&a);
                }
            }
        }
        self.s("</article>\n");
        self.page.spill();
    }

    fn answer_row(&mut self, a: &AnswerReport) {
        self.s("<tr><th scope=\"row\">");
        self.e(&a.team);
        self.s("</th><td class=\"num\">");
        if a.na {
            self.t("na_short");
        } else {
            self.num(a.score);
        }
        self.s("</td><td>");
        if a.na {
            self.t("not_applicable");
        } else if !a.answered {
            self.t("not_answered");
        } else {
            self.label_or_dash(&a.label);
        }
        self.s("</td><td>");
        let mut cell = String::new();
        votes_cell(a, self.lang, &mut cell);
        self.e(&cell);
        self.s("</td><td>");
        cell.clear();
        spread_cell(a, self.lang, &mut cell);
        self.e(&cell);
        self.s("</td></tr>\n");
        self.page.spill();
    }

    fn answer_words(&mut self, a: &AnswerReport) {
        self.s("<div class=\"answer\">\n<p class=\"who\"><strong>");
        self.e(&a.team);
        self.s("</strong>");
        if a.na {
            self.s(" (");
            self.t("not_applicable");
            self.s(")");
        }
        self.s("</p>\n");
        if let Some(text) = given(&a.text) {
            self.s(&markdown_text_html(text));
        }
        if !a.examples.is_empty() {
            self.s("<p class=\"examples\"><span class=\"label\">");
            self.t("examples");
            self.s(":</span> ");
            for (i, e) in a.examples.iter().enumerate() {
                if i > 0 {
                    self.s(" ");
                }
                self.s("<span class=\"tag\">");
                self.e(e);
                self.s("</span>");
            }
            self.s("</p>\n");
        }
        self.s("</div>\n");
        self.page.spill();
    }

    /// The rest of `_base.html.j2`: the footer.
    fn page_end(&mut self, context: &ReportContext) {
        self.base_end(given(&context.stamp));
    }

    /// `_base.html.j2` from the end of its `main` block, with the stamp if there is one.
    pub(super) fn base_end(&mut self, stamp: Option<&str>) {
        self.s("</main>\n<footer class=\"page-footer\">\n<p>");
        self.t("generated_by");
        if let Some(stamp) = stamp {
            self.s(" ");
            self.t("generated_on");
            self.s(" ");
            self.e(stamp);
        }
        self.s("</p></footer>\n</body>\n</html>\n");
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;
    use std::sync::LazyLock;

    use proptest::prelude::*;

    use super::super::Page;
    use super::super::testing::{self, first_difference, generated};
    use crate::analyse::report::report;
    use crate::model::Session;
    use crate::render::report::{ReportContext, report_context};
    use crate::render::{Lang, Renderer, fill_toc};

    const NAME: &str = "report.html.j2";

    static RENDERER: LazyLock<Renderer> = LazyLock::new(|| Renderer::new(None).unwrap());

    /// The page as the template writes it, and as scan's own writer writes it in
    /// memory and streamed (through the renderer, contents list and all).
    fn compare(context: &ReportContext, what: &str) -> Result<(), TestCaseError> {
        let template = RENDERER.render(NAME, context).unwrap();
        let mut page = Page::in_memory();
        prop_assert!(super::super::write(NAME, context, &mut page), "declined");
        let own = fill_toc(page.into_text());
        prop_assert!(
            template == own,
            "{what}: {}",
            first_difference(&template, &own)
        );
        let mut streamed = Vec::new();
        RENDERER
            .render_report_to(NAME, context, &mut streamed)
            .unwrap();
        prop_assert!(template.as_bytes() == streamed, "{what}: streamed");
        prop_assert!(RENDERER.render_report(NAME, context).unwrap() == template);
        Ok(())
    }

    /// Every context of a session: both languages, with and without a stamp.
    fn compare_session(
        session: &Session,
        stamps: &[Option<String>],
        what: &str,
    ) -> Result<(), TestCaseError> {
        let report = report(session);
        for lang in Lang::ALL {
            for stamp in stamps {
                let mut context = report_context(&report, lang);
                context.stamp = stamp.clone();
                compare(&context, &format!("{what} ({lang}, {stamp:?})"))?;
            }
        }
        Ok(())
    }

    /// Every example and test file that loads as a session.
    #[test]
    fn same_page_as_the_template_for_every_session_file() {
        let stamps = [None, Some("2026-12-02 14:35 <&\"'/>".to_string())];
        for (file, session) in testing::session_files() {
            compare_session(&session, &stamps, &file.display().to_string()).unwrap();
        }
    }

    /// A session of 2,000 teams, as `tests/limits.rs` makes it: the template still
    /// renders it within a quarter of the fuel a built-in template gets (what that
    /// test asked of it before scan wrote the page itself), and the writer writes the
    /// same page, streamed in many parts.
    #[test]
    fn thousands_of_teams_within_a_quarter_of_the_fuel() {
        let mut s = String::from(
            "definition = \"partnerschapscan\"\n\n[session]\norganisation = \"Regio\"\ndate = 2026-11-20\n",
        );
        let codes = ["A1", "A2", "B1", "C3", "D1", "E2"];
        for i in 0..2_000 {
            let (kind, role) = match i % 5 {
                0 => ("childcare", "professionals"),
                4 => ("primary", "parents"),
                _ => ("primary", "professionals"),
            };
            let _ = write!(
                s,
                "\n[[team]]\nname = \"Team {i}\"\ntype = \"{kind}\"\nrole = \"{role}\"\n"
            );
            for (k, code) in codes.iter().enumerate() {
                if (i + k) % 3 == 0 {
                    continue;
                }
                let _ = write!(
                    s,
                    "\n[team.answers.{code}]\nscore = {}\nvotes = [{}, {}]\ntext = \"Wij doen dit met *alle* ouders, team {i}.\"\nexamples = [\"koffieochtend\"]\n",
                    1 + (i + k) % 4,
                    1 + i % 4,
                    1 + k % 4
                );
            }
        }
        let session = testing::load(&s);
        let report = report(&session);
        let context = report_context(&report, Lang::Nl);
        let size = crate::render::measure::size_bound(&context).unwrap_or(0);
        let budget = crate::render::Limits::for_context(size)
            .fuel
            .checked_next_power_of_two()
            .unwrap_or(u64::MAX);
        let mut env = RENDERER.env.clone();
        env.set_fuel(Some(budget / 4));
        let value = minijinja::Value::from(minijinja::value::Serde(&context));
        let rendered = env.get_template(NAME).unwrap().render(value);
        assert!(rendered.is_ok(), "{:?}", rendered.err());
        compare(&context, "2,000 teams").unwrap();
    }

    /// The branches of the template a context takes, by name.
    fn branches(context: &ReportContext) -> Vec<&'static str> {
        let r = context.report;
        let mut b = Vec::new();
        let mut on = |yes: bool, name: &'static str| {
            if yes {
                b.push(name);
            }
        };
        on(r.teams.is_empty(), "no teams");
        on(r.teams.len() == 1, "one team");
        on(r.teams.len() > 2, "many teams");
        on(r.has_parents, "parents");
        on(!r.has_parents && !r.teams.is_empty(), "no parents");
        on(r.parent_types > 1, "several parent types");
        on(!r.gaps.is_empty(), "gaps");
        on(r.has_parents && r.gaps.is_empty(), "parents without gaps");
        on(
            !r.gaps_compared_with_all.is_empty(),
            "gaps compared with all",
        );
        on(context.charts.gaps.is_some(), "gaps chart");
        let dated = r.teams.iter().filter(|t| t.date.is_some()).count();
        on(dated > 0 && dated < r.teams.len(), "dates on some teams");
        let counted = r.teams.iter().filter(|t| t.participants.is_some()).count();
        on(
            counted > 0 && counted < r.teams.len(),
            "participants on some teams",
        );
        on(!r.session.guests.is_empty(), "guests");
        on(r.session.location.is_none(), "no location");
        on(r.session.date.is_none(), "no date");
        on(r.session.facilitator.is_some(), "facilitator");
        on(r.session.notes.is_some(), "session notes");
        for c in r.criteria.iter() {
            on(c.description.is_some(), "criterion description");
            for s in c.scores.iter() {
                on(
                    s.score.is_some() && s.scored < s.items,
                    "criterion coverage",
                );
                on(s.label.is_some(), "criterion label");
                on(s.score.is_none(), "criterion without score");
            }
            for item in c.items.iter() {
                on(item.title.is_some(), "item title");
                on(item.title.is_none(), "item without title");
                on(item.help.is_some(), "item help");
                on(!item.answered, "nobody answered");
                for a in item.answers.iter() {
                    on(a.na, "not applicable");
                    on(!a.answered, "not answered");
                    on(a.answered && !a.na && a.label.is_some(), "answer label");
                    on(!a.votes.is_empty(), "votes");
                    on(a.spread.is_some(), "spread");
                    on(a.text.is_some(), "answer text");
                    on(a.examples.len() > 1, "examples");
                    on(a.na && a.text.is_some(), "not applicable with words");
                }
            }
        }
        for t in &r.targets {
            on(t.teams.is_empty(), "target without teams");
            on(t.teams.iter().any(|t| t.reached), "target reached");
            on(t.teams.iter().any(|t| !t.reached), "target not reached");
        }
        for g in &r.action_groups {
            on(g.status == crate::model::Status::Planned, "planned");
            on(g.status == crate::model::Status::Doing, "doing");
            on(g.status == crate::model::Status::Done, "done");
            for a in &g.actions {
                on(a.notes.is_some(), "action notes");
                on(a.item.is_some() && a.item_label.is_some(), "action item");
                on(a.owner.is_some(), "action owner");
                on(a.due.is_some(), "action due");
                on(
                    a.item.is_none() && a.owner.is_none() && a.due.is_none(),
                    "bare action",
                );
            }
        }
        on(r.action_groups.is_empty(), "no actions");
        let summary = &context.summary;
        on(summary.actions.iter().any(|a| a.late), "late action");
        on(summary.actions.iter().any(|a| !a.late), "action due soon");
        on(summary.dated && summary.actions.is_empty(), "no action due");
        on(!summary.gaps.is_empty(), "summary gaps");
        on(!summary.teams.is_empty(), "summary teams");
        on(
            context.stamp.as_deref().is_some_and(|s| !s.is_empty()),
            "stamp",
        );
        b
    }

    /// The generated sessions take every branch of the template (see [`branches`]).
    #[test]
    fn generated_sessions_take_every_branch() {
        let seen = testing::reached(400, branches);
        let every = [
            "no teams",
            "one team",
            "many teams",
            "parents",
            "no parents",
            "several parent types",
            "gaps",
            "parents without gaps",
            "gaps compared with all",
            "gaps chart",
            "dates on some teams",
            "participants on some teams",
            "guests",
            "no location",
            "no date",
            "facilitator",
            "session notes",
            "criterion description",
            "criterion coverage",
            "criterion label",
            "criterion without score",
            "item title",
            "item without title",
            "item help",
            "nobody answered",
            "not applicable",
            "not answered",
            "answer label",
            "votes",
            "spread",
            "answer text",
            "examples",
            "not applicable with words",
            "target without teams",
            "target reached",
            "target not reached",
            "planned",
            "doing",
            "done",
            "action notes",
            "action item",
            "action owner",
            "action due",
            "bare action",
            "no actions",
            "late action",
            "action due soon",
            "no action due",
            "summary gaps",
            "summary teams",
            "stamp",
        ];
        let missed: Vec<&str> = every.into_iter().filter(|b| !seen.contains(b)).collect();
        assert!(missed.is_empty(), "branches never reached: {missed:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Generated sessions with hostile text, loaded as a user's file is: the same
        /// page as the template, without a stamp, with one full of `<&"'/>` and with
        /// the session's own.
        #[test]
        fn same_page_as_the_template_for_generated_sessions(g in generated()) {
            let stamps = [None, Some("2026-12-02 14:35 <&\"'/>".to_string()), g.stamp.clone()];
            compare_session(&g.session(), &stamps, &g.toml())?;
        }
    }
}
