//! `--help` and usage errors in the language of messages.
//!
//! The English texts are the doc comments of [`super::Cli`] (clap's derive makes them the
//! help). For Dutch, the built command tree is walked once and every text is replaced
//! from `locales/<lang>/help.ftl`: `cmd-<path>` (about, `.long` about, `.after` help),
//! `arg-<path>-<id>` (help, `.long` help) and `val-<path>-<id>-<value>` (a possible
//! value), where `<path>` is the command's name after `scan` (`scan` itself, `new`,
//! `templates-list`). The English catalogue holds the doc comments word for word (a test
//! keeps them equal), so both languages list the same texts. clap's own words (the
//! headings, `[default: …]`, its usage errors) are written in Dutch here, since clap
//! speaks English only.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::{self, Lang};

/// The command tree of `scan`, built, with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    match lang {
        Lang::En => cmd,
        Lang::Nl => translate(cmd, "scan", lang),
    }
}

/// Reads the command line `args` (the program name first), with `--help` and usage
/// errors in the language of messages (`--lang`, else `SCAN_LANG` or the locale, read
/// through `var`). `Err` is clap's: [`usage_error`] words it, or `exit` shows it.
pub fn parse(
    args: &[std::ffi::OsString],
    var: impl Fn(&str) -> Option<String>,
) -> Result<Cli, (clap::Error, Lang)> {
    let lang = lang_in_args(args).unwrap_or_else(|| i18n::message_lang(None, var));
    command(lang)
        .try_get_matches_from(args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m))
        .map_err(|e| (e, lang))
}

/// The language a command line asks for with `--lang` (before `--`), if any. `--help`
/// must be in that language before clap has parsed anything.
pub fn lang_in_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<Lang> {
    let mut args = args.iter().map(|a| a.as_ref().to_str().unwrap_or(""));
    while let Some(arg) = args.next() {
        match arg {
            "--" => return None,
            "--lang" => return args.next().and_then(Lang::parse),
            _ => {
                if let Some(value) = arg.strip_prefix("--lang=") {
                    return Lang::parse(value);
                }
            }
        }
    }
    None
}

/// The text `id` (or its attribute `attr`) in `lang`, if the catalogue has it.
fn text(lang: Lang, id: &str, attr: Option<&str>) -> Option<String> {
    i18n::lookup_attribute(lang, id, attr).ok()
}

fn translate(cmd: Command, path: &str, lang: Lang) -> Command {
    let id = cmd_id(path);
    // clap writes "Usage:" itself; the template writes the heading in `lang`.
    let mut cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            word(lang, "help-heading-usage")
        ))
        .subcommand_help_heading(word(lang, "help-heading-commands"));
    if let Some(about) = text(lang, &id, None) {
        cmd = cmd.about(about);
    }
    if let Some(long) = text(lang, &id, Some("long")) {
        cmd = cmd.long_about(long);
    }
    if let Some(after) = text(lang, &id, Some("after")) {
        cmd = cmd.after_help(after);
    }
    cmd = cmd.mut_args(|arg| translate_arg(arg, path, lang));
    let mut cmd = cmd.mut_subcommands(|sub| {
        let sub_path = if path == "scan" {
            sub.get_name().to_string()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        translate(sub, &sub_path, lang)
    });
    // The usage line is clap's (with the value names above in `lang`); its own
    // placeholders for options and a command are written in `lang` too.
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let usage = usage
        .replace("[OPTIONS]", &format!("[{}]", word(lang, "usage-options")))
        .replace("<COMMAND>", &format!("<{}>", word(lang, "usage-command")))
        .replace(
            "\n       ",
            &format!(
                "\n{}",
                " ".repeat(word(lang, "help-heading-usage").chars().count() + 2)
            ),
        );
    cmd.override_usage(usage)
}

/// The catalogue id of the command at `path`. The `help` command repeats every
/// command's about under `help-…`: those read the command's own id.
fn cmd_id(path: &str) -> String {
    let parts: Vec<&str> = path.split('-').collect();
    if parts.last() == Some(&"help") {
        return "cmd-help".to_string();
    }
    let parts: Vec<&str> = parts.into_iter().filter(|p| *p != "help").collect();
    format!("cmd-{}", parts.join("-"))
}

/// The catalogue id of the argument `name` of the command at `path`; `--lang`, `--help`
/// and `--version` read the same in every command.
fn arg_id(path: &str, name: &str) -> String {
    match name {
        "lang" | "help" | "version" => format!("arg-{name}"),
        _ => format!("arg-{path}-{name}"),
    }
}

fn translate_arg(arg: Arg, path: &str, lang: Lang) -> Arg {
    let name = arg.get_id().as_str().to_string();
    let id = arg_id(path, &name);
    let heading = if arg.is_positional() {
        "help-heading-arguments"
    } else {
        "help-heading-options"
    };
    let mut arg = arg.help_heading(word(lang, heading));
    // `<FILE|DIR>` → `<BESTAND|MAP>`, a word at a time (`SESSION.toml` keeps `.toml`).
    let names: Vec<String> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|n| value_name(n.as_str(), lang))
        .collect();
    if !names.is_empty() {
        arg = arg.value_names(names);
    }
    let Some(short) = text(lang, &id, None) else {
        return arg;
    };
    let long = text(lang, &id, Some("long"));
    // clap's "[possible values: …]" and "[default: …]", in `lang`.
    let values: Vec<(String, Option<String>)> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| {
                let value_id = format!("val-{path}-{name}-{}", v.get_name());
                (v.get_name().to_string(), text(lang, &value_id, None))
            })
            .collect()
    };
    // clap shows no default for a flag (`false`), only for options that take a value.
    let defaults: Vec<String> = if arg.is_hide_default_value_set() || !takes_value(&arg) {
        Vec::new()
    } else {
        arg.get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect()
    };
    let default_note = (!defaults.is_empty())
        .then(|| format!("[{}: {}]", word(lang, "help-default"), defaults.join(", ")));
    let mut notes = Vec::new();
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
        notes.push(format!(
            "[{}: {}]",
            word(lang, "help-possible-values"),
            names.join(", ")
        ));
    }
    notes.extend(default_note.clone());
    let with_notes = |text: &str| {
        if notes.is_empty() {
            text.to_string()
        } else {
            format!("{text} {}", notes.join(" "))
        }
    };
    let mut arg = arg
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(with_notes(&short));
    if values.iter().any(|(_, help)| help.is_some()) {
        // As clap does: the long help lists every value with what it means.
        let mut text = long.unwrap_or(short);
        text.push_str(&format!("\n\n{}:", word(lang, "help-possible-values-long")));
        for (value, help) in &values {
            match help {
                Some(h) => text.push_str(&format!("\n- {value}: {h}")),
                None => text.push_str(&format!("\n- {value}")),
            }
        }
        if let Some(note) = default_note {
            text.push_str(&format!("\n\n{note}"));
        }
        arg = arg.long_help(text);
    } else if let Some(long) = long {
        arg = arg.long_help(with_notes(&long));
    }
    arg
}

fn value_name(name: &str, lang: Lang) -> String {
    let mut out = String::new();
    let mut word_start = None;
    for (i, c) in name.char_indices().chain([(name.len(), '|')]) {
        if c.is_ascii_uppercase() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            let w = &name[start..i];
            out.push_str(
                &text(lang, &format!("value-name-{w}"), None).unwrap_or_else(|| w.to_string()),
            );
        }
        if i < name.len() {
            out.push(c);
        }
    }
    out
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// One of clap's own words in `lang`.
fn word(lang: Lang, id: &str) -> String {
    i18n::msg(lang, id, &[])
}

/// A usage error (an unknown option, a missing argument, a wrong value) in `lang`, in
/// the shape clap gives it: the problem, a tip where clap has one, the usage line and
/// where to read more. `None` for what is not an error (`--help`, `--version`) and for
/// kinds clap words best itself.
pub fn usage_error(err: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let strings = |kind: ContextKind| -> Vec<String> {
        match err.get(kind) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
            Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
            Some(ContextValue::Number(n)) => vec![n.to_string()],
            _ => Vec::new(),
        }
    };
    let one = |kind: ContextKind| strings(kind).into_iter().next().unwrap_or_default();
    let quoted = |v: Vec<String>| {
        v.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // `a`, `b` or `c`
    let either = |v: Vec<String>| match v.split_last() {
        Some((last, init)) if !init.is_empty() => format!(
            "{} {} `{last}`",
            quoted(init.to_vec()),
            word(lang, "usage-or")
        ),
        _ => quoted(v),
    };
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, i18n::Arg)> = args
            .iter()
            .map(|(k, v)| (*k, i18n::Arg::from(v.clone())))
            .collect();
        i18n::msg(lang, id, &args)
    };
    let mut tips = Vec::new();
    // "Did you mean `x`?" when clap has a suggestion of `kind`.
    let mut suggest = |kind: ContextKind, id: &str, var: &str| {
        let similar = strings(kind);
        if !similar.is_empty() {
            tips.push(t(id, &[(var, either(similar))]));
        }
    };
    let problem = match err.kind() {
        ErrorKind::UnknownArgument => {
            suggest(
                ContextKind::SuggestedArg,
                "usage-tip-similar-option",
                "option",
            );
            if let Some(s) = strings(ContextKind::TrailingArg).first() {
                tips.push(t("usage-tip-trailing", &[("value", s.clone())]));
            }
            t(
                "usage-unknown-argument",
                &[("argument", one(ContextKind::InvalidArg))],
            )
        }
        ErrorKind::InvalidSubcommand => {
            suggest(
                ContextKind::SuggestedSubcommand,
                "usage-tip-similar-command",
                "command",
            );
            t(
                "usage-unknown-command",
                &[("command", one(ContextKind::InvalidSubcommand))],
            )
        }
        ErrorKind::InvalidValue => {
            let valid = strings(ContextKind::ValidValue);
            let value = one(ContextKind::InvalidValue);
            suggest(
                ContextKind::SuggestedValue,
                "usage-tip-similar-value",
                "value",
            );
            let mut text = if value.is_empty() {
                t(
                    "usage-value-missing",
                    &[("argument", one(ContextKind::InvalidArg))],
                )
            } else {
                t(
                    "usage-invalid-value",
                    &[("value", value), ("argument", one(ContextKind::InvalidArg))],
                )
            };
            if !valid.is_empty() {
                text.push_str(&format!(
                    "\n  [{}: {}]",
                    word(lang, "help-possible-values"),
                    quoted(valid)
                ));
            }
            text
        }
        ErrorKind::MissingRequiredArgument => t(
            "usage-missing-arguments",
            &[("arguments", strings(ContextKind::InvalidArg).join("\n  "))],
        ),
        ErrorKind::ArgumentConflict => {
            let (argument, prior) = (one(ContextKind::InvalidArg), strings(ContextKind::PriorArg));
            // clap reports a flag given twice as a conflict with itself.
            if prior == [argument.clone()] {
                t("usage-given-twice", &[("argument", argument)])
            } else {
                t(
                    "usage-conflict",
                    &[("argument", argument), ("other", quoted(prior))],
                )
            }
        }
        ErrorKind::ValueValidation => {
            // The value parser's own message (`--lang fr`) is already in `lang`.
            let source = std::error::Error::source(err)
                .map(|e| e.to_string())
                .unwrap_or_default();
            t(
                "usage-invalid-value-because",
                &[
                    ("value", one(ContextKind::InvalidValue)),
                    ("argument", one(ContextKind::InvalidArg)),
                    ("reason", source),
                ],
            )
        }
        _ => return None,
    };
    let mut out = format!("{}: {problem}\n", word(lang, "severity-error"));
    for tip in tips {
        out.push_str(&format!("\n  {}: {tip}\n", word(lang, "help-label")));
    }
    let usage = one(ContextKind::Usage);
    if let Some(line) = usage.strip_prefix("Usage: ") {
        out.push_str(&format!("\n{}: {line}\n", word(lang, "help-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", word(lang, "usage-more")));
    Some(out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    type Key = (String, Option<&'static str>);

    /// Every text of `scan`'s help in English, as clap has it from the doc comments:
    /// (catalogue id, attribute) → text.
    fn texts() -> BTreeMap<Key, String> {
        fn walk(cmd: &Command, path: &str, out: &mut BTreeMap<Key, String>) {
            let id = cmd_id(path);
            let mut put = |id: &str, attr, text: String| {
                out.entry((id.to_string(), attr)).or_insert(text);
            };
            if let Some(a) = cmd.get_about() {
                put(&id, None, a.to_string());
            }
            if let Some(a) = cmd.get_long_about() {
                put(&id, Some("long"), a.to_string());
            }
            if let Some(a) = cmd.get_after_help() {
                put(&id, Some("after"), a.to_string());
            }
            for arg in cmd.get_arguments() {
                let name = arg.get_id().as_str();
                let arg_id = arg_id(path, name);
                if let Some(h) = arg.get_help() {
                    put(&arg_id, None, h.to_string());
                }
                if let Some(h) = arg.get_long_help() {
                    put(&arg_id, Some("long"), h.to_string());
                }
                for v in arg.get_possible_values() {
                    if let Some(h) = v.get_help() {
                        put(
                            &format!("val-{path}-{name}-{}", v.get_name()),
                            None,
                            h.to_string(),
                        );
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = if path == "scan" {
                    sub.get_name().to_string()
                } else {
                    format!("{path}-{}", sub.get_name())
                };
                walk(sub, &sub_path, out);
            }
        }
        let mut out = BTreeMap::new();
        walk(&command(Lang::En), "scan", &mut out);
        out
    }

    /// The English catalogue is the doc comments word for word, and has nothing else;
    /// the Dutch one has every text.
    #[test]
    fn catalogues_cover_every_help_text() {
        let texts = texts();
        assert!(texts.len() > 140, "{}", texts.len());
        for ((id, attr), english) in &texts {
            let shown = format!("{id}{}", attr.map(|a| format!(".{a}")).unwrap_or_default());
            assert_eq!(
                i18n::lookup_attribute(Lang::En, id, *attr).as_ref(),
                Ok(english),
                "locales/en/help.ftl: `{shown}` differs from the doc comment in src/cli.rs"
            );
            assert!(
                i18n::lookup_attribute(Lang::Nl, id, *attr).is_ok(),
                "locales/nl/help.ftl has no `{shown}`"
            );
        }
        for id in i18n::ids_in_files(Lang::En, "help.") {
            for attr in [None, Some("long"), Some("after")] {
                let in_catalogue = i18n::lookup_attribute(Lang::En, &id, attr).is_ok();
                assert_eq!(
                    in_catalogue,
                    texts.contains_key(&(id.clone(), attr)),
                    "locales/en/help.ftl: `{id}` {attr:?} is not a text of the help"
                );
            }
        }
    }

    /// The Dutch help of every command has no English words of clap's left.
    #[test]
    fn dutch_help_of_every_command() {
        fn check(cmd: &mut Command, shown: &str) {
            for help in [cmd.render_help(), cmd.render_long_help()] {
                let help = help.to_string();
                assert!(help.contains("Gebruik: "), "scan {shown}:\n{help}");
                for english in [
                    "Usage:",
                    "Options:",
                    "Arguments:",
                    "Commands:",
                    "[default:",
                    "possible values",
                    "Print help",
                ] {
                    assert!(
                        !help.contains(english),
                        "`{english}` in scan {shown}:\n{help}"
                    );
                }
            }
            for sub in cmd.get_subcommands_mut() {
                let name = format!("{shown} {}", sub.get_name());
                check(sub, name.trim());
            }
        }
        check(&mut command(Lang::Nl), "");
    }

    #[test]
    fn the_language_of_the_help_comes_from_the_command_line_first() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_in_args(&args(&["scan", "--lang", "nl", "new"])),
            Some(Lang::Nl)
        );
        assert_eq!(
            lang_in_args(&args(&["scan", "new", "--lang=en-GB"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_in_args(&args(&["scan", "new", "--", "--lang", "nl"])),
            None
        );
        assert_eq!(lang_in_args(&args(&["scan", "--lang"])), None);
        let dutch = |name: &str| (name == "LANG").then(|| "nl_NL.UTF-8".to_string());
        let Err((e, lang)) = parse(&args(&["scan", "validate"]), dutch) else {
            panic!("a usage error");
        };
        assert_eq!(lang, Lang::Nl);
        let text = usage_error(&e, lang).expect("in Dutch");
        assert!(
            text.starts_with("fout: deze verplichte argumenten ontbreken:\n  <PAD>..."),
            "{text}"
        );
        assert!(
            text.contains("Gebruik: scan validate [OPTIES] <PAD>..."),
            "{text}"
        );
        let Err((e, lang)) = parse(&args(&["scan", "--lang", "en", "validate"]), dutch) else {
            panic!("a usage error");
        };
        assert_eq!(
            (lang, usage_error(&e, lang)),
            (Lang::En, None),
            "clap's own English"
        );
        assert_eq!(cmd_id("help-templates-export"), "cmd-templates-export");
        assert_eq!(cmd_id("templates-help"), "cmd-help");
        assert_eq!(value_name("SESSION.toml", Lang::Nl), "SESSIE.toml");
        assert_eq!(value_name("FILE|DIR", Lang::Nl), "BESTAND|MAP");
    }
}
