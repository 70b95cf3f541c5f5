//! Scan's own writer of `report.md.j2`, the session report in Markdown: the template's
//! lines in the template's order, with the same filters (`md_inline`, `md_cell`,
//! `md_heading`, `md_block`, `md_text`, `num`, `signed`, `pct`) and the same words
//! (`t`) in the context's language. Where the template leaves a line out (a block tag
//! alone on its line, the newline after a block tag) this writer writes nothing either;
//! the comments name the template's conditions where they are not plain.
//!
//! It takes every report: nothing in a session makes it decline.

use std::fmt::Write as _;

use super::Page;
use crate::analyse::report::{AnswerReport, ComparedWith, ItemReport, TeamReport};
use crate::i18n::Arg;
use crate::model::{Role, Status};
use crate::render::report::ReportContext;
use crate::render::{self, Lang, markdown, numbers, words};

/// Writes `report.md.j2` for `context`; always `true` (see the module's comment).
pub(super) fn write(context: &ReportContext, page: &mut Page) -> bool {
    let mut w = Writer {
        page,
        lang: context.lang,
    };
    w.report(context);
    true
}

struct Writer<'p, 'a> {
    page: &'p mut Page<'a>,
    lang: Lang,
}

/// Whether a text the template tests (`{% if x %}`) is there: none and the empty
/// text are false.
fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().filter(|s| !s.is_empty())
}

fn role_word(role: Role) -> &'static str {
    match role {
        Role::Professionals => "role_professionals",
        Role::Parents => "role_parents",
        Role::Partners => "role_partners",
    }
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Planned => "status_planned",
        Status::Doing => "status_doing",
        Status::Done => "status_done",
    }
}

impl Writer<'_, '_> {
    fn s(&mut self, text: &str) {
        self.page.push_str(text);
    }

    /// `{{ t("key") }}`.
    fn t(&mut self, key: &str) {
        match words::word(key, self.lang) {
            Some(word) => self.page.push_str(word),
            None => {
                let text = self.fill(key, &[]);
                self.page.push_str(&text);
            }
        }
    }

    /// `{{ t("key", name=value, …) }}` as text: whole numbers as numbers, so Fluent
    /// chooses the plural, everything else as it prints.
    fn fill(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        // The words exist and get every value they ask for (the tests render them all):
        // a failure here is a bug of scan, never half a sentence in a release build.
        words::fill(key, self.lang, args).unwrap_or_else(|e| {
            debug_assert!(false, "{e}");
            String::new()
        })
    }

    fn t_with(&mut self, key: &str, args: &[(&str, Arg<'_>)]) {
        let text = self.fill(key, args);
        self.page.push_str(&text);
    }

    /// `{{ x|md_inline }}`.
    fn inline(&mut self, text: &str) {
        self.page.push_str(&markdown::inline(text));
    }

    /// `{{ x|md_cell }}`.
    fn cell(&mut self, text: &str) {
        self.page.push_str(&markdown::cell(text));
    }

    /// `{{ x|md_heading }}`.
    fn heading(&mut self, text: &str) {
        self.page.push_str(&markdown::heading(text));
    }

    /// `{{ x|num }}`.
    fn num(&mut self, x: Option<f64>) {
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

    /// `{% if s.score is not none and s.scored < s.items %} · {{ t("coverage", …) }}{% endif %}`
    fn coverage(&mut self, score: Option<f64>, scored: usize, items: usize) {
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
        self.completeness(context);
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
            for (i, g) in info.guests.iter().enumerate() {
                if i > 0 {
                    self.s("; ");
                }
                self.inline(g);
            }
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

    fn completeness(&mut self, context: &ReportContext) {
        let r = context.report;
        self.s("## ");
        self.t("summary");
        self.s("\n\n");
        if r.teams.is_empty() {
            self.t("no_teams");
            self.s("\n");
        } else {
            self.s("| ");
            self.t("criterion");
            self.s(" |");
            for team in &r.teams {
                self.s(" ");
                self.cell(&team.name);
                self.s(" |");
            }
            self.s("\n| --- |");
            for _ in &r.teams {
                self.s(" ---: |");
            }
            self.s("\n");
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
            if a.votes.is_empty() {
                self.s("–");
            } else {
                self.t_with("rep_voters", &[("n", Arg::from(a.voters as i64))]);
                self.s(": ");
                for (i, v) in a.votes.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.int(v);
                }
            }
            self.s(" | ");
            match &a.spread {
                Some(spread) => {
                    self.int(spread.min);
                    self.s("–");
                    self.int(spread.max);
                    self.s(", ");
                    self.t("sd_words");
                    self.s(" ");
                    self.num(Some(spread.sd));
                }
                None => self.s("–"),
            }
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
                for (j, e) in a.examples.iter().enumerate() {
                    if j > 0 {
                        self.s("; ");
                    }
                    self.inline(e);
                }
                self.s("\n");
            }
            if i + 1 < told.len() {
                self.s("\n");
            }
            self.page.spill();
        }
    }
}
