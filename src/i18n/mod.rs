//! Words in the user's language: every message, hint and report word `scan` prints
//! comes from a Fluent catalogue (<https://projectfluent.org>), in Dutch and English.
//! This module owns the catalogues, the language type and the choice of language;
//! it does not know what the words are for.
//!
//! # Adding words
//!
//! 1. Pick the catalogue file of your area in `locales/en/` and the file of the same
//!    name in `locales/nl/` (or add a new pair: every `*.ftl` file of a language folder
//!    is embedded by `build.rs`, no list to edit). Message ids are unique across all files.
//! 2. Write the message in both, with the same variables:
//!
//!    ```ftl
//!    # locales/en/diagnostics.ftl
//!    score-out-of-range = score { $score } is outside the scale { $min }–{ $max }
//!    # locales/nl/diagnostics.ftl
//!    score-out-of-range = score { $score } valt buiten de schaal { $min }–{ $max }
//!    ```
//!
//!    Plurals are Fluent's job (`{ $n -> [one] 1 file *[other] { $n } files }`), never
//!    `if n == 1` in Rust. Numbers that people read with a decimal comma are formatted
//!    in Rust (`render::numbers::number`) and passed as text.
//! 3. Use it: `t!(lang, "score-out-of-range", score = 7, min = 1, max = 4)` or
//!    [`msg`]. The library fills the variables once: a team named `{ $to }` stays
//!    that text.
//!
//! The test `every_message_in_both_languages` fails when an id is missing from a
//! language or the variables differ; in a debug build (every test) a message id that
//! does not exist panics, so a typo fails the test that reaches it instead of printing
//! the id. Write Dutch for facilitators: plain and natural, not word for word.
//!
//! # Which language
//!
//! Messages (diagnostics, hints, notes) follow `--lang`, else `SCAN_LANG` (`nl` or
//! `en`; other values are ignored), else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`,
//! the first one set and not empty; `nl…` is Dutch, `C`/`POSIX` English), else English
//! ([`message_lang`]). A report's own words follow `--lang`, else the definition's
//! language: `SCAN_LANG` and the locale never change an output file.

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Arg;
pub use message::{Msg, Val};

mod message;

mod catalogues {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// A language `scan` speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// `nl` or `en`, with or without a region (`nl-BE`, `en_GB`), any case.
    pub fn parse(s: &str) -> Option<Lang> {
        let base = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `--lang` on the command line: one parser and one error message for every command.
    pub fn from_arg(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| {
            // `--lang` itself is wrong, so the message follows `SCAN_LANG` and the locale.
            let lang = message_lang(None, |name| std::env::var(name).ok());
            msg(
                lang,
                "unknown-language",
                &[("lang", Arg::from(s.to_string()))],
            )
        })
    }

    /// The default for a definition's `language`: its own when known, else English.
    pub fn for_definition(language: &str) -> Lang {
        Lang::parse(language).unwrap_or(Lang::En)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    fn id(self) -> LanguageIdentifier {
        LanguageIdentifier::from_parts(self.as_str().parse().unwrap_or_default(), None, None, &[])
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language of messages: `--lang`, else `SCAN_LANG`, else the locale, else English.
/// `var` reads an environment variable (a parameter, so tests need no process state).
pub fn message_lang(cli: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = cli {
        return lang;
    }
    match var("SCAN_LANG").as_deref().map(str::trim) {
        Some("nl") => return Lang::Nl,
        Some("en") => return Lang::En,
        _ => {}
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|v| !v.is_empty())
        .map_or(Lang::En, |locale| locale_lang(&locale))
}

/// The language a POSIX locale asks for: `nl_NL.UTF-8`, `nl_BE@euro` → Dutch; `C`,
/// `POSIX` and everything else → English.
fn locale_lang(locale: &str) -> Lang {
    let name = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let Ok(requested) = name.parse::<LanguageIdentifier>() else {
        return Lang::En;
    };
    let available = [Lang::En.id(), Lang::Nl.id()];
    let default = Lang::En.id();
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    match chosen.first() {
        Some(id) if **id == Lang::Nl.id() => Lang::Nl,
        _ => Lang::En,
    }
}

/// The message language of this run, for failures found deep inside the library
/// (a file that cannot be written, a git call that fails) where no `Io` is at hand.
static RUN_LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the message language of this run; the program does this once, before `run`.
/// Later calls change nothing, so a run speaks one language.
pub fn set_run_lang(lang: Lang) {
    let _ = RUN_LANG.set(lang);
}

/// The message language of this run ([`set_run_lang`]); English when nothing set it
/// (a library user, a unit test).
pub fn run_lang() -> Lang {
    RUN_LANG.get().copied().unwrap_or(Lang::En)
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle that holds message `id` in `lang`: one bundle per catalogue file, built
/// when a message of that file is first asked for (a run reads only the files of the
/// messages and words it shows, not every catalogue of both languages: parsing them
/// all was a fifth of a one-session report), and shared by every thread (the
/// concurrent bundle is `Sync`, so rayon workers can format too). Messages never
/// refer to each other, so a file is a whole catalogue of its own.
fn bundle(lang: Lang, id: &str) -> Option<&'static Bundle> {
    static BUNDLES: [OnceLock<Bundle>; CATALOGUE_FILES] =
        [const { OnceLock::new() }; CATALOGUE_FILES];
    let file = file_of(lang, id)?;
    Some(BUNDLES[file].get_or_init(|| build(lang, catalogues::CATALOGUES[file].2)))
}

/// How many catalogue files there are, of both languages.
pub const CATALOGUE_FILES: usize = catalogues::CATALOGUES.len();

/// The catalogue file (an index below [`CATALOGUE_FILES`]) that holds message `id` in
/// `lang`, looked up in the table of messages made when scan was built.
pub fn file_of(lang: Lang, id: &str) -> Option<usize> {
    let lang = lang.as_str();
    catalogues::MESSAGES
        .binary_search_by(|(l, i, _)| (*l, *i).cmp(&(lang, id)))
        .ok()
        .map(|at| catalogues::MESSAGES[at].2)
}

/// The ids of the messages in catalogue file `file`, sorted.
pub fn ids_of_file(file: usize) -> impl Iterator<Item = &'static str> {
    catalogues::MESSAGES
        .iter()
        .filter(move |(_, _, f)| *f == file)
        .map(|(_, id, _)| *id)
}

/// The catalogue files of `lang` whose name starts with `prefix`.
pub fn files_named(lang: Lang, prefix: &str) -> impl Iterator<Item = usize> {
    catalogues::CATALOGUES
        .iter()
        .enumerate()
        .filter(move |(_, (folder, file, _))| *folder == lang.as_str() && file.starts_with(prefix))
        .map(|(file, _)| file)
}

fn build(lang: Lang, text: &str) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.id()]);
    // Isolation marks around placeables would end up in terminals, tables and files.
    bundle.set_use_isolating(false);
    // A broken catalogue fails `catalogues_parse`; here the good entries still load.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    bundle.add_resource_overriding(resource);
    bundle
}

/// The message `id` in `lang` with its variables filled in.
///
/// A missing id is a bug of `scan`: it panics in debug builds (so tests catch it) and
/// falls back to English, then to the id, in a release build.
pub fn msg(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let found = bundle(lang, id).and_then(|b| Some((b, b.get_message(id)?.value()?)));
    let Some((bundle, pattern)) = found else {
        debug_assert!(false, "no message `{id}` in the `{lang}` catalogue");
        return if lang == Lang::En {
            id.to_string()
        } else {
            msg(Lang::En, id, args)
        };
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message `{id}` in `{lang}`: {errors:?}");
    text.into_owned()
}

/// The message `id` in `lang` with `args`, for words asked for by name (a template's
/// `t("id", n=3)`): `Err` says what is wrong (no such message, a variable without a
/// value) instead of printing half a sentence.
pub fn lookup(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Result<String, String> {
    let found = bundle(lang, id).and_then(|b| Some((b, b.get_message(id)?.value()?)));
    let Some((bundle, pattern)) = found else {
        return Err(format!("there are no words for `{id}`"));
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    match errors.first() {
        None => Ok(text.into_owned()),
        Some(fluent_bundle::FluentError::ResolverError(
            fluent_bundle::resolver::ResolverError::Reference(
                fluent_bundle::resolver::errors::ReferenceKind::Variable { id: name },
            ),
        )) => Err(format!("the words `{id}` need a value for `{name}`")),
        Some(e) => Err(format!("the words `{id}`: {e}")),
    }
}

/// The message `id`, or its attribute `attr`, in `lang`, without variables; `Err` when
/// the catalogue does not have it.
pub fn lookup_attribute(lang: Lang, id: &str, attr: Option<&str>) -> Result<String, String> {
    let Some(attr) = attr else {
        return lookup(lang, id, &[]);
    };
    let found = bundle(lang, id).and_then(|b| Some((b, b.get_message(id)?.get_attribute(attr)?)));
    let Some((bundle, attribute)) = found else {
        return Err(format!("there are no words for `{id}.{attr}`"));
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(attribute.value(), None, &mut errors);
    match errors.first() {
        None => Ok(text.into_owned()),
        Some(e) => Err(format!("the words `{id}.{attr}`: {e}")),
    }
}

/// The ids of every message in the catalogues of `lang` whose file name starts with
/// `prefix` (the report words live in `words-*.ftl`).
pub fn ids_in_files(lang: Lang, prefix: &str) -> Vec<String> {
    let mut ids: Vec<String> = files_named(lang, prefix)
        .flat_map(ids_of_file)
        .map(str::to_string)
        .collect();
    ids.sort();
    ids
}

/// A message and its hint as one text, the way a failure that stops a command shows
/// them: "message\n  = help: hint" (`= tip:` in Dutch).
pub fn with_help(lang: Lang, message: &str, help: &str) -> String {
    format!("{message}\n  = {}: {help}", msg(lang, "help-label", &[]))
}

/// Whether `id` exists in `lang`'s catalogues.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang, id).is_some_and(|b| b.has_message(id))
}

/// Every message id of `lang`, sorted (for tests and `scan explain --list`).
pub fn ids(lang: Lang) -> Vec<String> {
    ids_in_files(lang, "")
}

/// The explanation of the diagnostic code `code` in `lang` (`explain/<lang>/<code>.md`).
pub fn explanation(lang: Lang, code: &str) -> Option<&'static str> {
    catalogues::EXPLANATIONS
        .iter()
        .find(|(folder, file, _)| {
            *folder == lang.as_str() && file.strip_suffix(".md") == Some(code)
        })
        .map(|(_, _, text)| *text)
}

/// The codes that have an explanation in `lang`.
pub fn explained(lang: Lang) -> impl Iterator<Item = &'static str> {
    catalogues::EXPLANATIONS
        .iter()
        .filter(move |(folder, _, _)| *folder == lang.as_str())
        .filter_map(|(_, file, _)| file.strip_suffix(".md"))
}

/// `msg` with named arguments: `t!(lang, "diagnostics-summary", errors = 2, files = 3)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::msg(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Variables a pattern uses, through selectors and variants.
    fn variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, into);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(inline) => inline_variables(inline, into),
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, into);
                for v in variants {
                    variables(&v.value, into);
                }
            }
        }
    }

    fn inline_variables(e: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, into);
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_variables(a, into);
                }
            }
            _ => {}
        }
    }

    /// id → (file, variables of the value and of each attribute).
    fn catalogue(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
        let mut out = BTreeMap::new();
        for (folder, file, text) in catalogues::CATALOGUES {
            if *folder != lang.as_str() {
                continue;
            }
            let resource = FluentResource::try_new((*text).to_string())
                .unwrap_or_else(|(_, e)| panic!("locales/{folder}/{file}: {e:?}"));
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables(v, &mut vars);
                    }
                    for a in &m.attributes {
                        variables(&a.value, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    let previous = out.insert(id.clone(), (file.to_string(), vars));
                    assert!(previous.is_none(), "`{id}` twice in locales/{folder}");
                }
            }
        }
        out
    }

    /// What Fluent's own parser reads as the messages of a file: the oracle of
    /// [`ids_at_line_starts`].
    fn message_ids(text: &str) -> Vec<String> {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn message_table_is_what_fluent_reads() {
        for (file, (folder, name, text)) in catalogues::CATALOGUES.iter().enumerate() {
            let mut table: Vec<&str> = ids_of_file(file).collect();
            let mut parsed = message_ids(text);
            table.sort_unstable();
            parsed.sort();
            assert_eq!(table, parsed, "locales/{folder}/{name}");
            let lang = Lang::parse(folder).expect("a language folder");
            for id in &parsed {
                assert_eq!(
                    file_of(lang, id),
                    Some(file),
                    "{id} in locales/{folder}/{name}"
                );
            }
        }
        assert!(
            catalogues::MESSAGES.is_sorted(),
            "sorted, for the binary search"
        );
        assert_eq!(file_of(Lang::En, "no-such-message"), None);
        assert_eq!(file_of(Lang::En, ""), None);
        for lang in Lang::ALL {
            let files: Vec<usize> = files_named(lang, "words-").collect();
            assert!(files.len() > 3, "{lang}: the word files");
            for file in files {
                let (folder, name, _) = catalogues::CATALOGUES[file];
                assert_eq!((folder, name.starts_with("words-")), (lang.as_str(), true));
            }
        }
    }

    #[test]
    fn catalogues_parse() {
        for (folder, file, text) in catalogues::CATALOGUES {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_string()) {
                panic!("locales/{folder}/{file}: {errors:?}");
            }
        }
        let folders: BTreeSet<&str> = catalogues::CATALOGUES.iter().map(|c| c.0).collect();
        assert_eq!(folders, BTreeSet::from(["en", "nl"]));
    }

    #[test]
    fn every_message_in_both_languages() {
        let en = catalogue(Lang::En);
        let nl = catalogue(Lang::Nl);
        assert!(!en.is_empty(), "catalogues are embedded");
        for (id, (file, vars)) in &en {
            let Some((nl_file, nl_vars)) = nl.get(id) else {
                panic!("`{id}` (locales/en/{file}) is missing from locales/nl/");
            };
            assert_eq!(file, nl_file, "`{id}` lives in files of the same name");
            assert_eq!(vars, nl_vars, "`{id}` uses the same variables in nl and en");
        }
        for id in nl.keys() {
            assert!(en.contains_key(id), "`{id}` is missing from locales/en/");
        }
        assert_eq!(ids(Lang::En), en.keys().cloned().collect::<Vec<_>>());
    }

    #[test]
    fn fills_variables_once_without_isolation_marks() {
        let text = t!(
            Lang::En,
            "diagnostics-summary",
            errors = 1,
            warnings = 2,
            files = 1
        );
        assert_eq!(text, "1 error, 2 warnings in 1 file");
        let text = t!(
            Lang::Nl,
            "diagnostics-summary",
            errors = 0,
            warnings = 1,
            files = 3
        );
        assert_eq!(text, "0 fouten, 1 waarschuwing in 3 bestanden");
        assert!(!text.contains('\u{2068}'));
    }

    #[test]
    fn formats_from_many_threads() {
        let texts: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|i| {
                    s.spawn(move || {
                        t!(
                            Lang::Nl,
                            "diagnostics-summary",
                            errors = i,
                            warnings = 0,
                            files = 1
                        )
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(texts[1], "1 fout, 0 waarschuwingen in 1 bestand");
    }

    #[test]
    #[should_panic(expected = "no message `no-such-message`")]
    fn a_missing_message_fails_in_tests() {
        let _ = msg(Lang::En, "no-such-message", &[]);
    }

    #[test]
    fn language_of_messages() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(message_lang(None, env(&[])), Lang::En);
        assert_eq!(
            message_lang(None, env(&[("LANG", "nl_NL.UTF-8")])),
            Lang::Nl
        );
        assert_eq!(message_lang(None, env(&[("LANG", "nl_BE@euro")])), Lang::Nl);
        assert_eq!(message_lang(None, env(&[("LANG", "nl")])), Lang::Nl);
        assert_eq!(
            message_lang(None, env(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(message_lang(None, env(&[("LANG", "C")])), Lang::En);
        assert_eq!(message_lang(None, env(&[("LANG", "POSIX")])), Lang::En);
        assert_eq!(message_lang(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
        // LC_ALL wins over LANG; an empty one counts as unset.
        assert_eq!(
            message_lang(None, env(&[("LC_ALL", "C"), ("LANG", "nl_NL.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            message_lang(None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_NL.UTF-8")])),
            Lang::Nl
        );
        // SCAN_LANG before the locale; only `nl` and `en` count.
        assert_eq!(
            message_lang(None, env(&[("SCAN_LANG", "en"), ("LANG", "nl_NL.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            message_lang(None, env(&[("SCAN_LANG", "fr"), ("LANG", "nl_NL.UTF-8")])),
            Lang::Nl
        );
        assert_eq!(message_lang(None, env(&[("SCAN_LANG", "nl")])), Lang::Nl);
        // --lang before everything.
        assert_eq!(
            message_lang(Some(Lang::En), env(&[("SCAN_LANG", "nl"), ("LANG", "nl")])),
            Lang::En
        );
    }

    #[test]
    fn lang_argument() {
        assert_eq!(Lang::from_arg("nl-BE"), Ok(Lang::Nl));
        assert_eq!(Lang::from_arg("EN"), Ok(Lang::En));
        assert!(Lang::from_arg("fr").is_err());
    }
}
