//! Property tests: no bytes and no TOML make `scan` panic, and validation always
//! ends with a verdict (a model or at least one error).

use proptest::prelude::*;
use scan::load::{Loaded, Loader, decode_source};
use std::path::Path;

fn check(bytes: Vec<u8>) {
    let loader = Loader::new();
    if let Ok(source) = decode_source("prop.toml".into(), bytes) {
        let (loaded, diags) = loader.load_source(&source, Path::new("tests/fixtures/defs"));
        if let Loaded::Invalid = loaded {
            assert!(
                diags.iter().any(|d| d.is_error()),
                "invalid without an error"
            );
        }
        // Every message exists in both languages with its variables (a debug build
        // panics on a missing one).
        for d in &diags {
            for lang in scan::i18n::Lang::ALL {
                let _ = scan::diag::render_human(d, scan::diag::Palette::PLAIN, lang);
            }
        }
    }
}

/// TOML-ish text built from the format's own words, so the parser gets far.
fn tomlish() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "definition",
        "session",
        "organisation",
        "team",
        "name",
        "type",
        "role",
        "answers",
        "score",
        "votes",
        "text",
        "examples",
        "na",
        "targets",
        "action",
        "title",
        "item",
        "status",
        "due",
        "date",
        "scan",
        "scale",
        "min",
        "max",
        "labels",
        "types",
        "criterion",
        "code",
        "question",
        "A1",
        "A",
        "C5",
        "exmples",
        "\"A1\"",
    ]);
    let value = prop::sample::select(vec![
        "\"partnerschapscan\"",
        "\"../defs/mini.toml\"",
        "1",
        "4",
        "7",
        "-3",
        "2.5",
        "true",
        "\"primary\"",
        "\"parents\"",
        "[1, 2, 9]",
        "[]",
        "[\"a\", 1]",
        "2026-11-20",
        "{ score = 3 }",
        "\"\"",
        "\"\"\"\nx\n\"\"\"",
        "9223372036854775807",
        "0x10",
        "inf",
        "{}",
        "[[1]]",
    ]);
    let line = prop_oneof![
        (key.clone(), value).prop_map(|(k, v)| format!("{k} = {v}")),
        key.clone().prop_map(|k| format!("[{k}]")),
        key.clone().prop_map(|k| format!("[[{k}]]")),
        (key.clone(), key.clone()).prop_map(|(a, b)| format!("[team.{a}.{b}]")),
        Just("[[criterion.item]]".to_string()),
    ];
    prop::collection::vec(line, 0..40).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(bytes);
    }

    #[test]
    fn arbitrary_toml_never_panics(text in tomlish()) {
        check(text.into_bytes());
    }

    #[test]
    fn session_prefix_with_arbitrary_tail_never_panics(tail in tomlish()) {
        let text = format!("definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n{tail}");
        check(text.into_bytes());
    }
}

// ---------------------------------------------------------------------------------
// Arbitrary *valid* sessions (inline definition included) whose every text is built
// from hostile pieces: every report and comparison format renders, is safe, keeps its
// tables whole and is the same twice.

mod structured {
    use std::path::Path;
    use std::sync::LazyLock;

    use proptest::prelude::*;
    use scan::analyse::compare::{Compare, GroupBy, Options, RoleFilter};
    use scan::load::{Loaded, Loader};
    use scan::model::Session;
    use scan::render::{Lang, Renderer};
    use scan::source::Source;
    use toml::{Table, Value};

    use crate::hostile::{assert_markdown_structure, assert_safe_html};

    static RENDERER: LazyLock<Renderer> =
        LazyLock::new(|| Renderer::new(None).expect("built-in templates"));

    const PIECES: &[&str] = &[
        "a",
        "Team",
        "ouder",
        " ",
        "  ",
        "\n",
        "\n\n",
        "|",
        "||",
        "`",
        "```",
        "{{",
        "}}",
        "{%",
        "%}",
        "{#",
        "#",
        "# ",
        "- ",
        "1. ",
        "> ",
        "*",
        "_",
        "~",
        "\\",
        "\"",
        "'",
        "<",
        ">",
        "&",
        "&amp;",
        "<script>",
        "</style>",
        "</svg>",
        "<!--",
        "-->",
        "]]>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "![i](http://e.x/i.png)",
        "http://e.x/a_b",
        "=",
        "+",
        "@",
        "\u{202e}",
        "\u{2066}",
        "\u{200b}",
        "é",
        "😀",
        "\t",
        "7*7",
        "\r\n",
        ":",
        "www.e.x",
        "ftp://e.x",
        "mailto:",
        "a@b.c",
        ".",
        "\r",
        "---",
        "===",
    ];

    fn words() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..8).prop_map(|p| p.concat())
    }

    /// Non-empty after trimming, as required names and labels must be.
    fn name() -> impl Strategy<Value = String> {
        words().prop_map(|w| format!("n{w}"))
    }

    #[derive(Debug, Clone)]
    struct Def {
        table: Table,
        items: Vec<String>,
        types: Vec<String>,
        min: i64,
        max: i64,
    }

    fn definition() -> impl Strategy<Value = Def> {
        (
            0i64..3,
            1i64..4,
            prop::collection::vec(prop::collection::vec(name(), 1..3), 1..3),
            prop::collection::vec(name(), 1..3),
            name(),
            prop::collection::vec(name(), 6),
            prop::bool::ANY,
        )
            .prop_map(|(min, span, criteria, type_labels, title, labels, nl)| {
                let max = min + span;
                let mut t = Table::new();
                let mut scan = Table::new();
                scan.insert("id".into(), "prop-scan".into());
                scan.insert("version".into(), "1".into());
                scan.insert("title".into(), title.into());
                scan.insert("language".into(), if nl { "nl" } else { "en" }.into());
                t.insert("scan".into(), scan.into());
                let mut scale = Table::new();
                scale.insert("min".into(), min.into());
                scale.insert("max".into(), max.into());
                let labels: Vec<Value> = labels
                    .into_iter()
                    .take((max - min + 1) as usize)
                    .map(Value::from)
                    .collect();
                scale.insert("labels".into(), labels.into());
                t.insert("scale".into(), scale.into());
                let mut types = Table::new();
                let mut type_ids = Vec::new();
                for (i, label) in type_labels.into_iter().enumerate() {
                    let id = format!("t{i}");
                    types.insert(id.clone(), label.into());
                    type_ids.push(id);
                }
                t.insert("types".into(), types.into());
                let mut items = Vec::new();
                let mut crits = Vec::new();
                for (c, texts) in criteria.into_iter().enumerate() {
                    let code = char::from(b'A' + c as u8).to_string();
                    let mut crit = Table::new();
                    crit.insert("code".into(), code.clone().into());
                    crit.insert("title".into(), texts[0].clone().into());
                    crit.insert("description".into(), texts[0].clone().into());
                    let mut its = Vec::new();
                    for (i, text) in texts.iter().enumerate() {
                        let item = format!("{code}{}", i + 1);
                        let mut it = Table::new();
                        it.insert("code".into(), item.clone().into());
                        it.insert("title".into(), text.clone().into());
                        it.insert("question".into(), format!("{text}?").into());
                        it.insert("help".into(), text.clone().into());
                        its.push(Value::from(it));
                        items.push(item);
                    }
                    crit.insert("item".into(), its.into());
                    crits.push(Value::from(crit));
                }
                t.insert("criterion".into(), crits.into());
                Def {
                    table: t,
                    items,
                    types: type_ids,
                    min,
                    max,
                }
            })
    }

    #[derive(Debug, Clone)]
    struct RawAnswer {
        score: Option<i64>,
        votes: Vec<i64>,
        text: Option<String>,
        examples: Vec<String>,
        na: bool,
    }

    fn answer() -> impl Strategy<Value = RawAnswer> {
        (
            prop::option::of(0i64..8),
            prop::collection::vec(0i64..8, 0..4),
            prop::option::of(words()),
            prop::collection::vec(name(), 0..3),
            prop::bool::weighted(0.15),
        )
            .prop_map(|(score, votes, text, examples, na)| RawAnswer {
                score,
                votes,
                text,
                examples,
                na,
            })
    }

    type RawTeam = (String, usize, usize, Vec<Option<RawAnswer>>);

    fn team() -> impl Strategy<Value = RawTeam> {
        (
            name(),
            0usize..3,
            0usize..3,
            prop::collection::vec(prop::option::of(answer()), 9),
        )
    }

    type RawSession = (
        String,
        String,
        Vec<String>,
        Vec<RawTeam>,
        Vec<(String, String)>,
    );

    fn session_parts() -> impl Strategy<Value = RawSession> {
        (
            name(),
            words(),
            prop::collection::vec(name(), 0..3),
            prop::collection::vec(team(), 0..4),
            prop::collection::vec((name(), words()), 0..3),
        )
    }

    /// A session file for `def`, valid by construction (scores on the scale, `na`
    /// without a score, unique team names).
    fn session_text(def: &Def, raw: &RawSession) -> String {
        let (org, notes, guests, teams, actions) = raw;
        let mut t = def.table.clone();
        let mut info = Table::new();
        info.insert("organisation".into(), org.clone().into());
        info.insert("location".into(), notes.clone().into());
        info.insert("facilitator".into(), notes.clone().into());
        let guests: Vec<Value> = guests.iter().cloned().map(Value::from).collect();
        info.insert("guests".into(), guests.into());
        info.insert("notes".into(), notes.clone().into());
        t.insert("session".into(), info.into());
        let on_scale = |x: i64| def.min + x.rem_euclid(def.max - def.min + 1);
        let mut team_values = Vec::new();
        for (n, (name, kind, role, answers)) in teams.iter().enumerate() {
            let mut tm = Table::new();
            tm.insert("name".into(), format!("{name} {n}").into());
            tm.insert(
                "type".into(),
                def.types[kind % def.types.len()].clone().into(),
            );
            tm.insert(
                "role".into(),
                ["professionals", "parents", "partners"][role % 3].into(),
            );
            let mut ans = Table::new();
            for (item, a) in def.items.iter().zip(answers) {
                let Some(a) = a else { continue };
                let mut at = Table::new();
                if a.na {
                    at.insert("na".into(), true.into());
                    at.insert(
                        "text".into(),
                        format!("x{}", a.text.clone().unwrap_or_default()).into(),
                    );
                } else {
                    if let Some(s) = a.score {
                        at.insert("score".into(), on_scale(s).into());
                    }
                    if !a.votes.is_empty() {
                        let v: Vec<Value> = a.votes.iter().map(|&x| on_scale(x).into()).collect();
                        at.insert("votes".into(), v.into());
                    }
                    if let Some(text) = &a.text
                        && !text.trim().is_empty()
                    {
                        at.insert("text".into(), text.clone().into());
                    }
                    if !a.examples.is_empty() {
                        let e: Vec<Value> = a.examples.iter().cloned().map(Value::from).collect();
                        at.insert("examples".into(), e.into());
                    }
                }
                if !at.is_empty() {
                    ans.insert(item.clone(), at.into());
                }
            }
            tm.insert("answers".into(), ans.into());
            team_values.push(Value::from(tm));
        }
        t.insert("team".into(), team_values.into());
        let mut acts = Vec::new();
        for (i, (title, owner)) in actions.iter().enumerate() {
            let mut a = Table::new();
            a.insert("title".into(), title.clone().into());
            a.insert("owner".into(), owner.clone().into());
            a.insert("item".into(), def.items[i % def.items.len()].clone().into());
            a.insert("status".into(), ["planned", "doing", "done"][i % 3].into());
            acts.push(Value::from(a));
        }
        t.insert("action".into(), acts.into());
        toml::to_string(&t).expect("TOML")
    }

    fn load(text: &str) -> Session {
        let (loaded, diags) =
            Loader::new().load_source(&Source::new("prop.toml", text), Path::new("."));
        match loaded {
            Loaded::Session(s) => *s,
            _ => panic!(
                "a generated session is valid: {:?}\n{text}",
                diags.iter().map(|d| d.message.clone()).collect::<Vec<_>>()
            ),
        }
    }

    fn render_report(session: &Session, lang: Lang) -> (String, String, String) {
        let report = scan::analyse::report::report(session);
        let ctx = scan::render::report::report_context(&report, lang);
        let md = RENDERER
            .render("report.md.j2", &ctx)
            .expect("Markdown renders");
        let html = RENDERER
            .render("report.html.j2", &ctx)
            .expect("HTML renders");
        let json = serde_json::to_string(&report).expect("JSON");
        (md, html, json)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

        #[test]
        fn any_valid_session_reports_safely_in_every_format(
            def in definition(),
            raw in session_parts(),
            nl in prop::bool::ANY,
        ) {
            let text = session_text(&def, &raw);
            let session = load(&text);
            let lang = if nl { Lang::Nl } else { Lang::En };
            let (md, html, json) = render_report(&session, lang);
            assert_markdown_structure(&md, "report md");
            assert_safe_html(&html, "report html");
            let v: serde_json::Value = serde_json::from_str(&json).expect("JSON parses");
            // Line endings inside values are read as LF (a lone CR too).
            let organisation = raw.0.replace("\r\n", "\n").replace('\r', "\n");
            prop_assert_eq!(v["session"]["organisation"].as_str(), Some(organisation.as_str()));
            prop_assert_eq!((md, html, json), render_report(&load(&text), lang), "deterministic");
        }

        #[test]
        fn any_valid_sessions_compare_safely_in_every_format(
            def in definition(),
            raws in prop::collection::vec(session_parts(), 1..4),
            by in prop::sample::select(vec![GroupBy::Type, GroupBy::Team, GroupBy::Organisation, GroupBy::Role, GroupBy::File]),
            role in prop::sample::select(vec![RoleFilter::Professionals, RoleFilter::Parents, RoleFilter::Partners, RoleFilter::All]),
            examples in prop::bool::ANY,
        ) {
            let sessions: Vec<Session> = raws.iter().map(|r| load(&session_text(&def, r))).collect();
            let compare = || {
                let mut c = Compare::new(Options { by, role, examples });
                for s in &sessions {
                    c.add(s);
                }
                c.finish(0)
            };
            let Some(comparison) = compare() else { return Ok(()) };
            let md = scan::render::compare::markdown(&RENDERER, &comparison, Lang::En, examples).expect("Markdown");
            let html = scan::render::compare::html(&RENDERER, &comparison, Lang::Nl, examples).expect("HTML");
            let json = scan::render::compare::json(&comparison).expect("JSON");
            let csv = scan::render::compare::csv(&comparison, scan::render::Lang::En, scan::render::table::CsvStyle::Plain).expect("CSV");
            assert_markdown_structure(&md, "compare md");
            assert_safe_html(&html, "compare html");
            let v: serde_json::Value = serde_json::from_slice(&json).expect("JSON parses");
            prop_assert!(v["groups"].is_array());
            let mut reader = csv::Reader::from_reader(csv.as_slice());
            for row in reader.records() {
                prop_assert_eq!(row.expect("CSV row").len(), 18);
            }
            let again = compare().expect("the same comparison");
            prop_assert_eq!(md, scan::render::compare::markdown(&RENDERER, &again, Lang::En, examples).expect("md"));
            prop_assert_eq!(html, scan::render::compare::html(&RENDERER, &again, Lang::Nl, examples).expect("html"));
            prop_assert_eq!(csv, scan::render::compare::csv(&again, scan::render::Lang::En, scan::render::table::CsvStyle::Plain).expect("CSV"));
        }
    }
}
