//! Scan's own writer of `report.md.j2`, the session report in Markdown: the template's
//! lines in the template's order, with the same filters (`md_inline`, `md_cell`,
//! `md_heading`, `md_block`, `md_text`, `num`, `signed`, `pct`) and the same words
//! (`t`) in the context's language. Where the template leaves a line out (a block tag
//! alone on its line, the newline after a block tag) this writer writes nothing either;
//! the comments name the template's conditions where they are not plain.
//!
//! It takes every report: nothing in a session makes it decline.

use std::fmt::Write as _;

use super::{Page, fill, given, role_word, spread_cell, status_word, votes_cell, word};
use crate::analyse::report::{AnswerReport, ComparedWith, ItemReport, TeamReport};
use crate::i18n::Arg;
use crate::render::report::ReportContext;
use crate::render::{self, Lang, markdown, numbers};

/// Writes `report.md.j2` for `context`; always `true` (see the module's comment).
pub(super) fn write(context: &ReportContext, page: &mut Page) -> bool {
    let mut w = Writer {
        page,
        lang: context.lang,
    };
    w.report(context);
    true
}

/// A Markdown page being written, in its language: the template's pieces, filters and
/// words (the index page's writer writes with it too).
pub(super) struct Writer<'p, 'a> {
    pub(super) page: &'p mut Page<'a>,
    pub(super) lang: Lang,
}

impl Writer<'_, '_> {
    pub(super) fn s(&mut self, text: &str) {
        self.page.push_str(text);
    }

    /// `{{ t("key") }}`.
    pub(super) fn t(&mut self, key: &str) {
        self.page.push_str(&word(self.lang, key));
    }

    /// `{{ t("key", name=value, …) }}` as text: whole numbers as numbers, so Fluent
    /// chooses the plural, everything else as it prints.
    fn fill(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        fill(self.lang, key, args)
    }

    pub(super) fn t_with(&mut self, key: &str, args: &[(&str, Arg<'_>)]) {
        let text = self.fill(key, args);
        self.page.push_str(&text);
    }

    /// `{{ x|md_inline }}`.
    pub(super) fn inline(&mut self, text: &str) {
        self.page.push_str(&markdown::inline(text));
    }

    /// `{% for x in list %}{{ x|md_inline }}{% if not loop.last %}; {% endif %}{% endfor %}`
    fn inline_list(&mut self, list: &[String]) {
        for (i, x) in list.iter().enumerate() {
            if i > 0 {
                self.s("; ");
            }
            self.inline(x);
        }
    }

    /// `{{ x|md_cell }}`.
    fn cell(&mut self, text: &str) {
        self.page.push_str(&markdown::cell(text));
    }

    /// `{{ x|md_heading }}`.
    pub(super) fn heading(&mut self, text: &str) {
        self.page.push_str(&markdown::heading(text));
    }

    /// `{{ x|num }}`.
    pub(super) fn num(&mut self, x: Option<f64>) {
        match x {
            Some(x) => self.page.push_str(&numbers::number(x, 1, self.lang)),
            None => self.page.push_str(numbers::MISSING),
        }
    }

    /// `{{ x|signed }}`.
    fn signed(&mut self, x: Option<f64>) {
        match x {
            Some(x) => self.page.push_str(&numbers::signed(x, 1, self.lang)),
            None => self.page.push_str(numbers::MISSING),
        }
    }

    /// `{{ x }}` of a whole number.
    fn int(&mut self, n: impl std::fmt::Display) {
        let _ = write!(self.page, "{n}");
    }

    /// The head of a table of numbers: `| {{ t(first) }} |{% for c in cells %} {{
    /// c|md_cell }} |{% endfor %}`, then `| --- |` and a right-aligned ` ---: |` for each.
    pub(super) fn numbers_table_head<'x>(
        &mut self,
        first: &str,
        cells: impl Iterator<Item = &'x str>,
    ) {
        self.s("| ");
        self.t(first);
        self.s(" |");
        let mut columns = 0;
        for cell in cells {
            self.s(" ");
            self.cell(cell);
            self.s(" |");
            columns += 1;
        }
        self.s("\n| --- |");
        for _ in 0..columns {
            self.s(" ---: |");
        }
        self.s("\n");
    }

    /// `{% if s.score is not none and s.scored < s.items %} · {{ t("coverage", …) }}{% endif %}`
    pub(super) fn coverage(&mut self, score: Option<f64>, scored: usize, items: usize) {
        if score.is_some() && scored < items {
            self.s(" · ");
            self.t_with(
                "coverage",
                &[
                    ("n", Arg::from(scored as i64)),
                    ("total", Arg::from(items as i64)),
                ],
            );
        }
    }

    fn report(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("# ");
        self.heading(&r.session.organisation);
        self.s("\n\n");
        let title = markdown::inline(&r.definition.title);
        self.t_with("report_of", &[("title", Arg::from(title))]);
        if let Some(location) = given(&r.session.location) {
            self.s(" · ");
            self.inline(location);
        }
        if let Some(date) = given(&r.session.date) {
            self.s(" · ");
            self.s(date);
        }
        self.s("\n\n## ");
        self.t("sum_heading");
        self.s("\n\n");
        self.t("sum_intro");
        self.s("\n\n");
        self.summary(context);
        self.session(context);
        self.page.spill();
        self.teams_table(context);
        self.scores_and_completeness(context);
        self.gaps(context);
        self.targets(context);
        self.actions(context);
        if let Some(notes) = given(&r.session.notes) {
            self.s("## ");
            self.t("notes");
            self.s("\n\n");
            self.s(&render::md_text(notes, ""));
            self.s("\n\n");
        }
        self.s("## ");
        self.t("details_heading");
        self.s("\n");
        self.details(context);
        if let Some(stamp) = given(&context.stamp) {
            self.s("\n");
            self.t("generated_by");
            self.s(" ");
            self.t("generated_on");
            self.s(" ");
            self.s(stamp);
            self.s(".\n");
        }
    }

    fn summary(&mut self, context: &ReportContext) {
        let (r, summary) = (context.report, &context.summary);
        self.s("### ");
        self.t("sum_teams");
        self.s("\n\n");
        for line in &summary.teams {
            self.s("- ");
            self.inline(line);
            self.s("\n");
        }
        if summary.teams.is_empty() {
            self.t("sum_no_teams");
            self.s("\n");
        }
        self.s("\n### ");
        self.t("sum_gaps");
        self.s("\n\n");
        if !r.has_parents {
            self.t("no_parents");
            self.s("\n");
        } else if summary.gaps.is_empty() {
            self.t("sum_gaps_none");
            self.s("\n");
        } else {
            for line in &summary.gaps {
                self.s("- ");
                self.inline(line);
                self.s("\n");
            }
        }
        self.s("\n### ");
        self.t("sum_actions");
        self.s("\n\n");
        let days = [("days", Arg::from(summary.days))];
        if !summary.dated {
            self.t("sum_actions_no_date");
            self.s("\n");
        } else if summary.actions.is_empty() {
            self.t_with("sum_actions_none", &days);
            self.s("\n");
        } else {
            self.t_with("sum_actions_intro", &days);
            self.s("\n\n");
            for a in &summary.actions {
                self.s("- ");
                if a.late {
                    self.s("**");
                    self.t("sum_late");
                    self.s(":** ");
                }
                self.inline(&a.title);
                if let Some(item) = given(&a.item) {
                    self.s(" · ");
                    self.inline(item);
                }
                if let Some(owner) = given(&a.owner) {
                    self.s(" · ");
                    self.inline(owner);
                }
                self.s(" · ");
                self.t_with("sum_due_on", &[("due", Arg::from(a.due.as_str()))]);
                self.s("\n");
            }
        }
        self.s("\n");
    }

    fn session(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("## ");
        self.t("session");
        self.s("\n\n- **");
        self.t("definition");
        self.s(":** ");
        self.inline(&r.definition.title);
        self.s(" (");
        self.inline(&r.definition.id);
        self.s(", ");
        self.t("version");
        self.s(" ");
        self.inline(&r.definition.version);
        self.s(")\n- **");
        self.t("file");
        self.s(":** ");
        self.inline(&r.file);
        self.s("\n");
        let info = &r.session;
        if let Some(date) = given(&info.date) {
            self.s("- **");
            self.t("date");
            self.s(":** ");
            self.s(date);
            self.s("\n");
        }
        if let Some(location) = given(&info.location) {
            self.s("- **");
            self.t("location");
            self.s(":** ");
            self.inline(location);
            self.s("\n");
        }
        if let Some(facilitator) = given(&info.facilitator) {
            self.s("- **");
            self.t("facilitator");
            self.s(":** ");
            self.inline(facilitator);
            self.s("\n");
        }
        if !info.guests.is_empty() {
            self.s("- **");
            self.t("guests");
            self.s(":** ");
            self.inline_list(&info.guests);
            self.s("\n");
        }
        self.s("\n### ");
        self.t("who_took_part");
        self.s("\n\n");
    }

    /// Who took part: a row per team, with the date and participants columns only
    /// when some team has them.
    fn teams_table(&mut self, context: &ReportContext) {
        let teams: &[TeamReport] = &context.report.teams;
        if teams.is_empty() {
            self.t("no_teams");
            self.s("\n\n");
            return;
        }
        // `selectattr("date")`: a date that is there and not empty.
        let dated = teams.iter().any(|t| given(&t.date).is_some());
        // `selectattr("participants", "defined")`.
        let counted = teams.iter().any(|t| t.participants.is_some());
        self.s("| ");
        self.t("team");
        self.s(" | ");
        self.t("type");
        self.s(" | ");
        self.t("role");
        self.s(" |");
        if dated {
            self.s(" ");
            self.t("date");
            self.s(" |");
        }
        if counted {
            self.s(" ");
            self.t("participants");
            self.s(" |");
        }
        self.s("\n| --- | --- | --- |");
        if dated {
            self.s(" --- |");
        }
        if counted {
            self.s(" ---: |");
        }
        self.s("\n");
        for team in teams {
            self.s("| ");
            self.cell(&team.name);
            self.s(" | ");
            self.cell(&team.type_label);
            self.s(" | ");
            self.t(role_word(team.role));
            self.s(" |");
            if dated {
                self.s(" ");
                // `is defined`: any date, the empty one too.
                match &team.date {
                    Some(date) => self.s(date),
                    None => self.s("–"),
                }
                self.s(" |");
            }
            if counted {
                self.s(" ");
                match team.participants {
                    Some(n) => self.int(n),
                    None => self.s("–"),
                }
                self.s(" |");
            }
            self.s("\n");
            self.page.spill();
        }
        self.s("\n");
    }

    fn scores_and_completeness(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("## ");
        self.t("summary");
        self.s("\n\n");
        if r.teams.is_empty() {
            self.t("no_teams");
            self.s("\n");
        } else {
            self.numbers_table_head("criterion", r.teams.iter().map(|t| t.name.as_str()));
            self.page.spill();
            for c in &r.criteria {
                self.s("| ");
                self.cell(&c.code);
                self.s(" ");
                self.inline(&c.title);
                self.s(" |");
                for s in c.scores.iter() {
                    self.s(" ");
                    self.num(s.score);
                    if let Some(label) = given(&s.label) {
                        self.s(" ");
                        self.inline(label);
                    }
                    self.coverage(s.score, s.scored, s.items);
                    self.s(" |");
                }
                self.s("\n");
                self.page.spill();
            }
        }
        self.s("\n### ");
        self.t("how_scores");
        self.s("\n\n");
        self.t("how_scores_text");
        self.s("\n\n");
        self.t_with(
            "scale_is",
            &[
                ("min", Arg::from(r.scale.min)),
                ("max", Arg::from(r.scale.max)),
            ],
        );
        self.s("\n\n");
        for step in &r.scale.steps {
            self.s("- ");
            self.int(step.value);
            self.s(": ");
            self.inline(&step.label);
            self.s("\n");
        }
        self.s("\n## ");
        self.t("completeness");
        self.s("\n\n");
        if r.teams.is_empty() {
            self.t("no_teams");
            self.s("\n");
        } else {
            self.s("| ");
            self.t("team");
            self.s(" | ");
            self.t("answered");
            self.s(" | ");
            self.t("not_applicable");
            self.s(" | ");
            self.t("scored");
            self.s(" | ");
            self.t("completeness");
            self.s(" |\n| --- | ---: | ---: | ---: | ---: |\n");
            for team in &r.teams {
                self.s("| ");
                self.cell(&team.name);
                self.s(" | ");
                self.t_with(
                    "of_items",
                    &[
                        ("n", Arg::from(team.answered as i64)),
                        ("total", Arg::from(team.total as i64)),
                    ],
                );
                self.s(" | ");
                self.int(team.na);
                self.s(" | ");
                self.int(team.scored);
                self.s(" | ");
                self.s(&numbers::percent(team.completeness));
                self.s(" |\n");
                self.page.spill();
            }
        }
        self.s("\n");
    }

    fn gaps(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("## ");
        self.t("gaps_heading");
        self.s("\n\n");
        if !r.has_parents {
            self.t("no_parents");
            self.s("\n");
        } else if r.gaps.is_empty() {
            self.t("gaps_none");
            self.s("\n");
        } else {
            self.t("gaps_intro");
            self.s(" ");
            self.t("gap_explained");
            self.s("\n\n| ");
            let types = r.parent_types > 1;
            self.t("item");
            self.s(" | ");
            if types {
                self.t("gaps_parents_type");
                self.s(" | ");
            }
            self.t("professionals");
            self.s(" | ");
            self.t("parents");
            self.s(" | ");
            self.t("gap");
            if types {
                self.s(" |\n| --- | --- | ---: | ---: | ---: |\n");
            } else {
                self.s(" |\n| --- | ---: | ---: | ---: |\n");
            }
            for g in &r.gaps {
                self.s("| ");
                self.cell(&g.code);
                self.s(" ");
                self.cell(&g.label);
                self.s(" | ");
                if types {
                    self.cell(&g.type_label);
                    self.s(" | ");
                }
                self.num(Some(g.professionals));
                if g.compared_with == ComparedWith::All {
                    self.s(" (");
                    self.t("gaps_all_short");
                    self.s(")");
                }
                self.s(" | ");
                self.num(Some(g.parents));
                self.s(" | ");
                self.signed(Some(g.gap));
                self.s(" |\n");
                self.page.spill();
            }
            for f in &r.gaps_compared_with_all {
                self.s("\n");
                let type_label = markdown::inline(&f.type_label);
                self.t_with(
                    "gaps_fallback",
                    &[
                        ("type", Arg::from(type_label)),
                        ("codes", Arg::from(f.codes.join(", "))),
                    ],
                );
                self.s("\n");
            }
        }
        self.s("\n");
    }

    fn targets(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("## ");
        self.t("targets_heading");
        self.s("\n\n");
        if r.targets.is_empty() {
            self.t("targets_none");
            self.s("\n\n");
            return;
        }
        self.t("targets_intro");
        self.s("\n\n| ");
        self.t("item_or_criterion");
        self.s(" | ");
        self.t("team");
        self.s(" | ");
        self.t("target");
        self.s(" | ");
        self.t("now");
        self.s(" | ");
        self.t("to_go");
        self.s(" |\n| --- | --- | ---: | ---: | ---: |\n");
        for tg in &r.targets {
            for row in &tg.teams {
                self.s("| ");
                self.cell(&tg.code);
                self.s(" ");
                self.inline(&tg.label);
                self.s(" | ");
                self.cell(&row.team);
                self.s(" | ");
                self.num(Some(tg.target));
                self.s(" | ");
                self.num(row.score);
                self.s(" | ");
                if row.reached {
                    self.t("reached");
                } else {
                    self.signed(row.distance);
                }
                self.s(" |\n");
                self.page.spill();
            }
            if tg.teams.is_empty() {
                self.s("| ");
                self.cell(&tg.code);
                self.s(" ");
                self.inline(&tg.label);
                self.s(" | – | ");
                self.num(Some(tg.target));
                self.s(" | – | – |\n");
            }
        }
        self.s("\n");
    }

    fn actions(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("## ");
        self.t("actions_heading");
        self.s("\n\n");
        if r.action_groups.is_empty() {
            self.t("actions_none");
            self.s("\n");
        }
        for (i, group) in r.action_groups.iter().enumerate() {
            self.s("### ");
            self.t(status_word(group.status));
            self.s("\n\n");
            for a in &group.actions {
                self.s("- **");
                self.inline(&a.title);
                self.s("**");
                if let Some(item) = given(&a.item) {
                    self.s(" · ");
                    self.t("about");
                    self.s(" ");
                    self.inline(item);
                    if let Some(label) = given(&a.item_label) {
                        self.s(" ");
                        self.inline(label);
                    }
                }
                if let Some(owner) = given(&a.owner) {
                    self.s(" · ");
                    self.t("owner");
                    self.s(": ");
                    self.inline(owner);
                }
                if let Some(due) = given(&a.due) {
                    self.s(" · ");
                    self.t("due");
                    self.s(": ");
                    self.s(due);
                }
                self.s("\n");
                // `is defined`: any notes, empty ones too.
                if let Some(notes) = &a.notes {
                    self.s("\n");
                    self.s(&render::md_text(notes, "  "));
                    self.s("\n\n");
                }
                self.page.spill();
            }
            if i + 1 < r.action_groups.len() {
                self.s("\n");
            }
        }
        self.s("\n");
    }

    fn details(&mut self, context: &ReportContext) {
        for c in &context.report.criteria {
            self.s("\n### ");
            self.heading(&c.code);
            self.s(" ");
            self.heading(&c.title);
            self.s("\n");
            if let Some(description) = given(&c.description) {
                self.s("\n");
                self.s(&render::md_block(description, ""));
                self.s("\n");
            }
            if !c.scores.is_empty() {
                self.s("\n| ");
                self.t("team");
                self.s(" | ");
                self.t("score");
                self.s(" | ");
                self.t("label");
                self.s(" |\n| --- | ---: | --- |\n");
                for s in c.scores.iter() {
                    self.s("| ");
                    self.cell(&s.team);
                    self.s(" | ");
                    self.num(s.score);
                    self.coverage(s.score, s.scored, s.items);
                    self.s(" | ");
                    self.cell(s.label.as_deref().unwrap_or(""));
                    self.s(" |\n");
                    self.page.spill();
                }
            }
            for item in &c.items {
                self.item(item);
            }
        }
    }

    fn item(&mut self, item: &ItemReport) {
        self.s("\n#### ");
        self.heading(&item.code);
        self.s(" ");
        self.heading(&item.label);
        self.s("\n");
        if given(&item.title).is_some() {
            self.s("\n");
            self.s(&render::md_block(&item.question, ""));
            self.s("\n");
        }
        if let Some(help) = given(&item.help) {
            self.s("\n");
            self.s(&render::md_block(help, "> "));
            self.s("\n");
        }
        self.s("\n");
        if !item.answered {
            self.t("nobody_answered");
            self.s("\n");
            self.page.spill();
            return;
        }
        self.s("| ");
        self.t("team");
        self.s(" | ");
        self.t("score");
        self.s(" | ");
        self.t("label");
        self.s(" | ");
        self.t("votes");
        self.s(" | ");
        self.t("spread");
        self.s(" |\n| --- | ---: | --- | --- | --- |\n");
        // The answers with text or examples, for the list below the table.
        let mut told: Vec<AnswerReport> = Vec::new();
        for a in item.answers.iter() {
            self.s("| ");
            self.cell(&a.team);
            self.s(" | ");
            if a.na {
                self.t("na_short");
            } else {
                self.num(a.score);
            }
            self.s(" | ");
            if a.na {
                self.t("not_applicable");
            } else if !a.answered {
                self.t("not_answered");
            } else if let Some(label) = given(&a.label) {
                self.cell(label);
            } else {
                self.s("–");
            }
            self.s(" | ");
            votes_cell(&a, self.lang, self.page);
            self.s(" | ");
            spread_cell(&a, self.lang, self.page);
            self.s(" |\n");
            self.page.spill();
            if given(&a.text).is_some() || !a.examples.is_empty() {
                told.push(a);
            }
        }
        for (i, a) in told.iter().enumerate() {
            if i == 0 {
                self.s("\n");
            }
            self.s("- **");
            self.inline(&a.team);
            self.s("**");
            if a.na {
                self.s(" (");
                self.t("not_applicable");
                self.s(")");
            }
            self.s(":\n");
            if let Some(text) = given(&a.text) {
                self.s("\n");
                self.s(&render::md_text(text, "  "));
                self.s("\n");
            }
            if !a.examples.is_empty() {
                self.s("\n  *");
                self.t("examples");
                self.s(":* ");
                self.inline_list(&a.examples);
                self.s("\n");
            }
            if i + 1 < told.len() {
                self.s("\n");
            }
            self.page.spill();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::super::Page;
    use super::super::testing::{self, first_difference, generated};
    use crate::model::Session;
    use crate::render::report::{ReportContext, report_context};
    use crate::render::{Lang, Renderer};

    fn renderer() -> &'static Renderer {
        static RENDERER: OnceLock<Renderer> = OnceLock::new();
        RENDERER.get_or_init(|| Renderer::new(None).expect("the built-in templates load"))
    }

    /// The report as the template writes it.
    fn template(context: &ReportContext) -> String {
        renderer()
            .render("report.md.j2", context)
            .expect("the built-in template renders")
    }

    /// The report as scan's writer writes it, in memory.
    fn own(context: &ReportContext) -> String {
        let mut page = Page::in_memory();
        assert!(super::write(context, &mut page), "the writer declined");
        page.into_text()
    }

    /// The report as scan's writer writes it to a stream, in parts.
    fn own_streamed(context: &ReportContext) -> String {
        let mut out: Vec<u8> = Vec::new();
        let mut page = Page::streaming(&mut out);
        assert!(super::write(context, &mut page), "the writer declined");
        page.finish().expect("a vector takes every part");
        String::from_utf8(out).expect("the parts are whole characters")
    }

    /// Both languages, each stamp: the writer writes what the template writes, in
    /// memory and streamed.
    fn compare(session: &Session, stamps: &[Option<String>], what: &str) {
        let report = crate::analyse::report::report(session);
        for lang in Lang::ALL {
            for stamp in stamps {
                let mut context = report_context(&report, lang);
                context.stamp = stamp.clone();
                let want = template(&context);
                let got = own(&context);
                assert!(
                    want == got,
                    "{what} ({lang:?}, stamp {stamp:?}): {}",
                    first_difference(&want, &got)
                );
                let streamed = own_streamed(&context);
                assert!(
                    streamed == want,
                    "{what} ({lang:?}, stamp {stamp:?}) streamed: {}",
                    first_difference(&want, &streamed)
                );
            }
        }
    }

    /// Every session among the examples and the test files, as users run them.
    #[test]
    fn every_example_and_test_session_as_the_template_writes_it() {
        let stamps = [None, Some("2026-12-02 14:35 UTC | *now* <b>".to_string())];
        for (file, session) in testing::session_files() {
            compare(&session, &stamps, &file.display().to_string());
        }
    }

    /// A page far larger than a part: the parts join up to the template's text.
    #[test]
    fn a_long_report_streamed_in_parts() {
        let mut text = String::from(
            "definition = \"partnerschapscan-en\"\n[session]\norganisation = \"Many\"\ndate = 2026-03-10\n",
        );
        for t in 0..120 {
            let role = if t % 4 == 3 {
                "parents"
            } else {
                "professionals"
            };
            text.push_str(&format!(
                "[[team]]\nname = \"Team {t} | x\"\ntype = \"primary\"\nrole = \"{role}\"\nparticipants = {t}\n"
            ));
            for item in ["A1", "A2", "B1", "C3"] {
                text.push_str(&format!(
                    "[team.answers.{item}]\nscore = {}\ntext = \"Answer *{t}* on {item}, with words enough to fill a line.\"\nexamples = [\"e{t}\"]\n",
                    1 + t % 4
                ));
            }
        }
        let session = testing::load(&text);
        let report = crate::analyse::report::report(&session);
        let context = report_context(&report, Lang::Nl);
        let want = template(&context);
        assert!(want.len() > 2 * 64 * 1024, "{} bytes", want.len());
        assert_eq!(own_streamed(&context), want);
    }

    /// The shapes of a report that the template tells apart, as far as `context` has
    /// them: what the generated sessions must reach.
    fn shapes(context: &ReportContext) -> Vec<&'static str> {
        let r = context.report;
        let mut seen = Vec::new();
        let mut see = |shape: &'static str, there: bool| {
            if there {
                seen.push(shape);
            }
        };
        let summary = &context.summary;
        see("summary without teams", summary.teams.is_empty());
        see("summary with teams", !summary.teams.is_empty());
        see("no parents", !r.has_parents);
        see(
            "parents, no summary gaps",
            r.has_parents && summary.gaps.is_empty(),
        );
        see("summary gaps", !summary.gaps.is_empty());
        see("no date", !summary.dated);
        see(
            "dated, no actions due",
            summary.dated && summary.actions.is_empty(),
        );
        see("actions due", !summary.actions.is_empty());
        see("late action", summary.actions.iter().any(|a| a.late));
        see(
            "due action not late",
            summary.actions.iter().any(|a| !a.late),
        );
        see(
            "due action with item",
            summary.actions.iter().any(|a| a.item.is_some()),
        );
        see(
            "due action with owner",
            summary.actions.iter().any(|a| a.owner.is_some()),
        );
        let info = &r.session;
        see("location", info.location.is_some());
        see("no location", info.location.is_none());
        see("facilitator", info.facilitator.is_some());
        see("guests", info.guests.len() > 1);
        see("session notes", info.notes.is_some());
        see("no teams", r.teams.is_empty());
        see("one team", r.teams.len() == 1);
        see("many teams", r.teams.len() > 3);
        let dated = r.teams.iter().filter(|t| t.date.is_some()).count();
        see("dates on some teams", dated > 0 && dated < r.teams.len());
        let counted = r.teams.iter().filter(|t| t.participants.is_some()).count();
        see(
            "participants on some teams",
            counted > 0 && counted < r.teams.len(),
        );
        for role in ["professionals", "parents", "partners"] {
            see(role, r.teams.iter().any(|t| t.role.as_str() == role));
        }
        for c in &r.criteria {
            see("criterion description", c.description.is_some());
            for s in c.scores.iter() {
                see("criterion label", s.label.is_some());
                see("criterion without score", s.score.is_none());
                see(
                    "criterion coverage",
                    s.score.is_some() && s.scored < s.items,
                );
            }
            for item in &c.items {
                see("item title", item.title.is_some());
                see("item help", item.help.is_some());
                see("nobody answered", !item.answered);
                let mut told = 0;
                for a in item.answers.iter() {
                    see("not applicable", a.na);
                    see("not answered", !a.answered);
                    see("answer label", a.label.is_some());
                    see(
                        "answered, no label",
                        a.answered && !a.na && a.label.is_none(),
                    );
                    see("votes", !a.votes.is_empty());
                    see("spread", a.spread.is_some());
                    see("answer text", a.text.is_some());
                    see("examples", a.examples.len() > 1);
                    see("not applicable, told", a.na && a.text.is_some());
                    told += usize::from(a.text.is_some() || !a.examples.is_empty());
                }
                see("several told", told > 1);
            }
        }
        see("several parent types", r.parent_types > 1);
        see("one parent type", r.parent_types == 1);
        see("gaps", !r.gaps.is_empty());
        see("gap against all", !r.gaps_compared_with_all.is_empty());
        see("no targets", r.targets.is_empty());
        for tg in &r.targets {
            see("target reached", tg.teams.iter().any(|t| t.reached));
            see(
                "target to go",
                tg.teams.iter().any(|t| t.distance.is_some_and(|d| d > 0.0)),
            );
            see(
                "target, no score",
                tg.teams.iter().any(|t| t.score.is_none()),
            );
            see("target, no teams", tg.teams.is_empty());
        }
        see("no actions", r.action_groups.is_empty());
        see("every status", r.action_groups.len() == 3);
        for a in &r.actions {
            see("action notes", a.notes.is_some());
            see("action item", a.item.is_some());
            see("action item label", a.item_label.is_some());
            see("action owner", a.owner.is_some());
            see("action due", a.due.is_some());
        }
        seen
    }

    /// The generated sessions reach every shape of the report (see [`shapes`]).
    #[test]
    fn generated_sessions_reach_every_shape() {
        let seen = testing::reached(400, shapes);
        let all = [
            "summary without teams",
            "summary with teams",
            "no parents",
            "parents, no summary gaps",
            "summary gaps",
            "no date",
            "dated, no actions due",
            "actions due",
            "late action",
            "due action not late",
            "due action with item",
            "due action with owner",
            "location",
            "no location",
            "facilitator",
            "guests",
            "session notes",
            "no teams",
            "one team",
            "many teams",
            "dates on some teams",
            "participants on some teams",
            "professionals",
            "parents",
            "partners",
            "criterion description",
            "criterion label",
            "criterion without score",
            "criterion coverage",
            "item title",
            "item help",
            "nobody answered",
            "not applicable",
            "not answered",
            "answer label",
            "answered, no label",
            "votes",
            "spread",
            "answer text",
            "examples",
            "not applicable, told",
            "several told",
            "several parent types",
            "one parent type",
            "gaps",
            "gap against all",
            "no targets",
            "target reached",
            "target to go",
            "target, no score",
            "target, no teams",
            "no actions",
            "every status",
            "action notes",
            "action item",
            "action item label",
            "action owner",
            "action due",
        ];
        let missed: Vec<&str> = all.into_iter().filter(|s| !seen.contains(s)).collect();
        assert!(missed.is_empty(), "never generated: {missed:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Generated sessions with hostile text, every shape the template tells apart:
        /// the writer writes what the template writes.
        #[test]
        fn generated_sessions_as_the_template_writes_them(g in generated()) {
            let text = g.toml();
            let stamps = [None, Some("2026-12-02 14:35 UTC | *now* <b>".to_string()), g.stamp.clone()];
            compare(&g.session(), &stamps, &text);
        }
    }
}
