//! `scan list`: the built-in definitions (and templates).

use anyhow::Result;

use crate::cli::ListArgs;
use crate::load;
use crate::{Exit, Io};

pub fn run(args: ListArgs, io: &mut Io) -> Result<Exit> {
    let defs: Vec<_> = load::builtin_ids().filter_map(load::builtin).collect();
    if args.json {
        let list: Vec<_> = defs
            .iter()
            .map(|d| {
                serde_json::json!({
                    "id": d.id, "version": d.version, "title": d.title, "language": d.language,
                    "criteria": d.criteria.len(), "items": d.item_count(),
                })
            })
            .collect();
        let templates: Vec<_> = crate::render::BUILTIN_TEMPLATES
            .iter()
            .map(|(name, _)| serde_json::json!({ "name": name, "about": template_about(name) }))
            .collect();
        serde_json::to_writer_pretty(
            &mut *io.out,
            &serde_json::json!({ "definitions": list, "templates": templates }),
        )?;
        writeln!(io.out)?;
        return Ok(Exit::Ok);
    }
    let rows: Vec<[String; 6]> = defs
        .iter()
        .map(|d| {
            [
                d.id.clone(),
                d.version.clone(),
                d.title.clone(),
                d.language.clone(),
                d.criteria.len().to_string(),
                d.item_count().to_string(),
            ]
        })
        .collect();
    writeln!(io.out, "Built-in definitions:\n")?;
    let header = ["id", "version", "title", "language", "criteria", "items"].map(String::from);
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        writeln!(io.out, "  {}", line.join("  ").trim_end())?;
    }
    writeln!(
        io.out,
        "\nUse one with `definition = \"ID\"` in a session file, or `scan new --definition ID`."
    )?;
    writeln!(io.out, "\nBuilt-in templates:\n")?;
    let width = crate::render::BUILTIN_TEMPLATES
        .iter()
        .map(|(n, _)| n.chars().count())
        .max()
        .unwrap_or(0);
    for (name, _) in crate::render::BUILTIN_TEMPLATES {
        let pad = " ".repeat(width - name.chars().count());
        writeln!(io.out, "  {name}{pad}  {}", template_about(name))?;
    }
    writeln!(
        io.out,
        "\nCopy them with `scan templates export DIR`, change them, and use them with `--template DIR`."
    )?;
    Ok(Exit::Ok)
}

/// What a built-in template is for, in a few words.
fn template_about(name: &str) -> &'static str {
    match name {
        "report.md.j2" => "scan report (Markdown)",
        "report.html.j2" => "scan report --format html",
        "index.md.j2" => "index of many reports (Markdown)",
        "index.html.j2" => "index of many reports (HTML)",
        "worksheet.html.j2" => "scan new --format html (printable worksheet)",
        "form.html.j2" => "scan new --format form (a form to fill in on screen)",
        "parents.md.j2" => "scan report --audience parents (Markdown)",
        "parents.html.j2" => "scan report --audience parents --format html",
        "parents-worksheet.html.j2" => "scan new --format html --parents (parents' evening)",
        "compare.md.j2" => "scan compare (Markdown)",
        "compare.html.j2" => "scan compare --format html",
        "compare-moments.md.j2" => "scan compare --at (Markdown)",
        "compare-moments.html.j2" => "scan compare --at --format html (charts per criterion)",
        "history.md.j2" => "scan history (Markdown)",
        "history.html.j2" => "scan history --format html (trend charts)",
        "history-folder.md.j2" => "scan history FOLDER (Markdown)",
        "history-folder.html.j2" => "scan history FOLDER --format html",
        "diff.md.j2" => "scan diff (Markdown)",
        "diff.html.j2" => "scan diff --format html",
        "_progress.css" => "extra styles of the history and diff pages",
        "_base.html.j2" => "page layout every HTML output extends",
        "_charts.html.j2" => "macro that draws a chart as inline SVG",
        "_style.css" => "stylesheet of every HTML output (screen, phone, A4)",
        _ => "part of the HTML outputs",
    }
}
