//! `scan new --format form`: one self-contained HTML page to fill in one team's
//! answers on screen, offline. The page shows the session file of what is filled in
//! (a built-in definition by its id, a definition file inline, so the file validates
//! wherever it is saved).

use anyhow::{Result, bail};
use serde::Serialize;

use crate::cli::{NewArgs, RoleArg};
use crate::i18n::Lang;
use crate::model::{Definition, Origin, Role};
use crate::output;
use crate::render::Renderer;
use crate::{Exit, Io, t};

#[derive(Serialize)]
struct FormContext<'a> {
    lang: Lang,
    definition: &'a Definition,
    scale: Vec<Step<'a>>,
    organisation: &'a str,
    team: &'a str,
    type_label: &'a str,
    role_label: &'static str,
    /// `FormData` as JSON that cannot end the script element it stands in.
    data: String,
}

#[derive(Serialize)]
struct Step<'a> {
    value: i64,
    label: &'a str,
}

/// What the page's script needs, written into the page as JSON.
#[derive(Serialize)]
struct FormData<'a> {
    /// The definition's id (for the local storage key and `definition = …`).
    definition: &'a str,
    /// A definition file's tables, carried in the session file the page writes.
    inline: Option<String>,
    /// The team name the page was made for (the local storage key).
    team: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    role: &'static str,
    items: Vec<&'a str>,
    words: Words,
}

#[derive(Serialize)]
struct Words {
    copied: &'static str,
    downloaded: &'static str,
}

pub fn run(args: &NewArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    let (Some(org), [kind]) = (args.org.as_deref(), args.types.as_slice()) else {
        bail!(t!(io.lang, "form-usage"));
    };
    if let Some(out) = &args.output
        && out.exists()
    {
        let message = t!(io.lang, "new-exists", path = out.display().to_string());
        return Err(crate::diag::Failure::new(crate::diag::Code::OutputRefused, message).into());
    }
    let renderer = Renderer::new(args.template.as_deref())?;
    let (def, _) = match super::named_definition(&args.definition, false, io)? {
        Ok(found) => found,
        Err(exit) => return Ok(exit),
    };
    let type_label = super::type_label(&def, kind, io.lang)?;
    let team = match args.teams.as_slice() {
        [] => type_label,
        [one] => one.as_str(),
        _ => bail!(t!(io.lang, "form-one-team")),
    };
    let role = match args.role {
        Some(RoleArg::Parents) => Role::Parents,
        Some(RoleArg::Partners) => Role::Partners,
        Some(RoleArg::Professionals) | None => Role::Professionals,
    };
    let lang = lang.unwrap_or_else(|| Lang::for_definition(&def.language));
    let word = |key: &str| crate::render::words::word(key, lang).unwrap_or("");
    let context = FormContext {
        lang,
        definition: &def,
        scale: def
            .scale
            .labels
            .iter()
            .enumerate()
            .map(|(i, label)| Step {
                value: def.scale.min + i as i64,
                label,
            })
            .collect(),
        organisation: org,
        team,
        type_label,
        role_label: role_label(role, lang),
        data: script_json(&FormData {
            definition: &def.id,
            inline: match def.origin {
                Origin::Builtin => None,
                _ => Some(definition_toml(&def)?),
            },
            team,
            kind,
            role: role.as_str(),
            items: def.items().map(|i| i.code.as_str()).collect(),
            words: Words {
                copied: word("form_copied"),
                downloaded: word("form_downloaded"),
            },
        })?,
    };
    let html = renderer.render("form.html.j2", &context)?;
    match &args.output {
        Some(path) => {
            output::check_target(path, &[])?;
            output::write_atomic(path, html.as_bytes(), false)?;
            writeln!(
                io.err,
                "{}",
                crate::t!(io.lang, "output-wrote", path = path.display().to_string())
            )?;
        }
        None => io.out.write_all(html.as_bytes())?,
    }
    Ok(Exit::Ok)
}

/// JSON for a `<script>` element: `<`, `>`, `&` and `'` as `\u` escapes (so a
/// `</script>` or `<!--` in a label stays text), and the line separators JavaScript
/// once did not allow in strings.
fn script_json<T: Serialize>(value: &T) -> Result<String> {
    let json = serde_json::to_string(value)?;
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' | '>' | '&' | '\'' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

fn role_label(role: Role, lang: Lang) -> &'static str {
    match (role, lang) {
        (Role::Professionals, Lang::Nl) => "professionals",
        (Role::Parents, Lang::Nl) => "ouders",
        (Role::Partners, Lang::Nl) => "partners",
        (Role::Professionals, Lang::En) => "professionals",
        (Role::Parents, Lang::En) => "parents",
        (Role::Partners, Lang::En) => "partners",
    }
}

/// A definition as the tables a session file can carry inline.
pub fn definition_toml(def: &Definition) -> Result<String> {
    use toml::{Table, Value};
    let s = |v: &str| Value::String(v.to_string());
    let mut root = Table::new();
    let mut scan = Table::new();
    scan.insert("id".into(), s(&def.id));
    scan.insert("version".into(), s(&def.version));
    scan.insert("title".into(), s(&def.title));
    scan.insert("language".into(), s(&def.language));
    if let Some(d) = &def.description {
        scan.insert("description".into(), s(d));
    }
    root.insert("scan".into(), Value::Table(scan));
    let mut scale = Table::new();
    scale.insert("min".into(), Value::Integer(def.scale.min));
    scale.insert("max".into(), Value::Integer(def.scale.max));
    scale.insert(
        "labels".into(),
        Value::Array(def.scale.labels.iter().map(|l| s(l)).collect()),
    );
    root.insert("scale".into(), Value::Table(scale));
    let types: Table = def.types.iter().map(|(k, v)| (k.clone(), s(v))).collect();
    root.insert("types".into(), Value::Table(types));
    let mut criteria = Vec::new();
    for c in &def.criteria {
        let mut t = Table::new();
        t.insert("code".into(), s(&c.code));
        t.insert("title".into(), s(&c.title));
        if let Some(d) = &c.description {
            t.insert("description".into(), s(d));
        }
        let mut items = Vec::new();
        for i in &c.items {
            let mut it = Table::new();
            it.insert("code".into(), s(&i.code));
            if let Some(title) = &i.title {
                it.insert("title".into(), s(title));
            }
            it.insert("question".into(), s(&i.question));
            if let Some(h) = &i.help {
                it.insert("help".into(), s(h));
            }
            items.push(Value::Table(it));
        }
        t.insert("item".into(), Value::Array(items));
        criteria.push(Value::Table(t));
    }
    root.insert("criterion".into(), Value::Array(criteria));
    Ok(toml::to_string(&root)?)
}
