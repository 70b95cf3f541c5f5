//! Every command speaks the user's language: a list of typical failures (and a few
//! closing lines), each run in English and with a Dutch locale. The Dutch run must
//! say something else than the English one, with the same exit code, and contain no
//! English words outside the `quoted` names, paths and commands.

use std::path::Path;
use std::process::{Output, Stdio};

use crate::common::{code, root, scan, text};
use crate::history::Repo;

/// Words that only English messages use (Dutch ones never do), so one of them in a
/// Dutch message is a message nobody translated.
const ENGLISH: &[&str] = &[
    "the", "and", "or", "to", "for", "with", "from", "not", "does", "cannot", "found", "already",
    "exists", "file", "files", "folder", "wrote", "compared", "help", "error", "warning", "note",
    "there", "give", "must", "refusing", "which", "this", "that", "has", "have", "were", "only",
    "none", "name", "write", "read", "never",
];

/// Where a case runs.
#[derive(Clone, Copy)]
enum Place {
    /// The repository's own folder (examples and fixtures at hand).
    Root,
    /// An empty folder outside any git repository, with one session file `a.toml`.
    Plain,
    /// A git repository with `a.toml` committed once and `b.toml` never committed.
    Git,
}

struct Case {
    place: Place,
    args: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Usage errors: clap's own messages.
    Case {
        place: Place::Root,
        args: &["validate"],
    },
    Case {
        place: Place::Root,
        args: &["report", "--fromat", "html", "examples/"],
    },
    Case {
        place: Place::Root,
        args: &["raport"],
    },
    Case {
        place: Place::Root,
        args: &["compare", "--by", "tpye", "examples/"],
    },
    Case {
        place: Place::Root,
        args: &["validate", "--strict", "--strict", "examples/"],
    },
    // Files that are not there, or not what they should be.
    Case {
        place: Place::Root,
        args: &["validate", "nothing"],
    },
    Case {
        place: Place::Plain,
        args: &["validate", "empty/"],
    },
    Case {
        place: Place::Root,
        args: &["report", "scans/partnerschapscan.toml"],
    },
    Case {
        place: Place::Root,
        args: &["report", "examples/"],
    },
    Case {
        place: Place::Root,
        args: &[
            "report",
            "examples/vo-het-baken.toml",
            "--template",
            "nope.md.j2",
        ],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "--template", "bad.md.j2"],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "-o", "a.toml"],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "-o", "out.toml"],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "-o", "out.xyz"],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "-o", "empty"],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "a.toml", "b/a.toml"],
    },
    Case {
        place: Place::Plain,
        args: &["report", "a.toml", "-o", "missing/r.md"],
    },
    Case {
        place: Place::Root,
        args: &["fmt", "--check", "nothing.toml"],
    },
    Case {
        place: Place::Root,
        args: &["schema", "--for", "nergens"],
    },
    // The English run writes the templates, the Dutch one keeps them.
    Case {
        place: Place::Plain,
        args: &["templates", "export", "tpl"],
    },
    // scan new: what it needs, and never over a file.
    Case {
        place: Place::Root,
        args: &["new"],
    },
    Case {
        place: Place::Plain,
        args: &[
            "new",
            "--org",
            "De Regenboog",
            "--type",
            "kinderopvang",
            "-o",
            "a.toml",
        ],
    },
    Case {
        place: Place::Root,
        args: &[
            "new",
            "--format",
            "form",
            "--org",
            "X",
            "--type",
            "kinderopvang",
            "--type",
            "onderwijs",
        ],
    },
    Case {
        place: Place::Root,
        args: &[
            "new",
            "--format",
            "form",
            "--org",
            "X",
            "--type",
            "kinderopvang",
            "--team",
            "A",
            "--team",
            "B",
        ],
    },
    Case {
        place: Place::Root,
        args: &[
            "new",
            "--org",
            "X",
            "--type",
            "kinderopvang",
            "--type",
            "onderwijs",
            "--team",
            "A",
            "--team",
            "B",
            "--team",
            "C",
        ],
    },
    // scan compare.
    Case {
        place: Place::Root,
        args: &["compare", "examples/", "--excel"],
    },
    Case {
        place: Place::Root,
        args: &["compare", "examples/", "--format", "xlsx"],
    },
    Case {
        place: Place::Root,
        args: &["compare", "examples/"],
    },
    Case {
        place: Place::Root,
        args: &["compare", "scans/"],
    },
    Case {
        place: Place::Root,
        args: &[
            "compare",
            "tests/fixtures/compare",
            "--min-group",
            "2",
            "--format",
            "csv",
        ],
    },
    Case {
        place: Place::Plain,
        args: &["compare", "--at", "HEAD", "a.toml"],
    },
    Case {
        place: Place::Plain,
        args: &["compare", "--at", "HEAD", "-"],
    },
    // git: history, diff, --at.
    Case {
        place: Place::Plain,
        args: &["history", "a.toml"],
    },
    Case {
        place: Place::Plain,
        args: &["diff", "HEAD", "a.toml"],
    },
    Case {
        place: Place::Root,
        args: &["diff", "a.toml"],
    },
    Case {
        place: Place::Git,
        args: &["history", "b.toml"],
    },
    Case {
        place: Place::Git,
        args: &["history", "c.toml"],
    },
    Case {
        place: Place::Git,
        args: &["history", "a.toml", "--tags-only"],
    },
    Case {
        place: Place::Git,
        args: &["diff", "nope", "a.toml"],
    },
    Case {
        place: Place::Git,
        args: &["diff", "HEAD", "b.toml"],
    },
    Case {
        place: Place::Git,
        args: &["compare", "--at", "nope", "a.toml"],
    },
    // Answers from form exports that cannot be imported (nothing is written).
    Case {
        place: Place::Root,
        args: &[
            "import",
            "tests/fixtures/import/out-of-scale.csv",
            "tests/fixtures/import/unknown-item.csv",
            "tests/fixtures/import/row-too-long.csv",
            "tests/fixtures/import/duplicate-column.csv",
            "tests/fixtures/import/no-items.csv",
            "tests/fixtures/import/renamed.xlsx",
            "tests/fixtures/import/password.xlsx",
            "tests/fixtures/import/password.ods",
            "tests/fixtures/import/english-team.toml",
            "--into",
            "tests/fixtures/import/session.toml",
            "--team",
            "Ouders",
        ],
    },
    Case {
        place: Place::Root,
        args: &[
            "import",
            "tests/fixtures/import/google-forms.ods",
            "--into",
            "tests/fixtures/import/session.toml",
            "--team",
            "Ouders",
            "-v",
        ],
    },
    Case {
        place: Place::Root,
        args: &[
            "import",
            "tests/fixtures/import/more-votes.csv",
            "--into",
            "tests/fixtures/import/session.toml",
            "--team",
            "Nieuw team",
        ],
    },
    Case {
        place: Place::Plain,
        args: &[
            "import",
            "a.csv",
            "--into",
            "nieuw.toml",
            "--team",
            "Ouders",
        ],
    },
];

fn run(place: &Path, args: &[&str], dutch: bool) -> Output {
    let mut cmd = scan();
    cmd.current_dir(place)
        .args(args)
        .stdin(Stdio::null())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    if dutch {
        cmd.env("LC_ALL", "").env("LANG", "nl_NL.UTF-8");
    }
    cmd.output().expect("scan runs")
}

/// The words of messages outside `quoted` parts and outside the lines of the user's
/// file that a diagnostic shows (`12 | name = "…"`).
fn words(message: &str) -> Vec<String> {
    message
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            !(t.starts_with('|')
                || t.starts_with("-->")
                || t.split_once(" |")
                    .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit())))
        })
        // A diagnostic's code (`fout[import-file]`) is the same in every language.
        .map(|l| match (l.find('['), l.find("]:")) {
            (Some(open), Some(close))
                if open < close && l[..open].chars().all(char::is_alphabetic) =>
            {
                format!("{}{}", &l[..open], &l[close + 1..])
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        .split('`')
        .step_by(2)
        .flat_map(|s| s.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The marker words of [`ENGLISH`] in `message`.
fn english_words(message: &str) -> Vec<String> {
    words(message)
        .into_iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

fn session() -> String {
    std::fs::read_to_string(root().join("examples/vo-het-baken.toml")).expect("example")
}

#[test]
fn every_command_speaks_dutch_under_a_dutch_locale() {
    let plain = tempfile::tempdir().expect("temp dir");
    std::fs::write(plain.path().join("a.toml"), session()).expect("write");
    std::fs::create_dir(plain.path().join("empty")).expect("folder");
    std::fs::create_dir(plain.path().join("b")).expect("folder");
    std::fs::write(plain.path().join("b/a.toml"), session()).expect("write");
    std::fs::write(plain.path().join("bad.md.j2"), "{{ nothing_here }}\n").expect("write");
    let git = Repo::new();
    git.write("a.toml", &session());
    git.commit("nulmeting", "2025-01-10");
    git.write("b.toml", &session());

    let mut failures = Vec::new();
    for case in CASES {
        let dir = match case.place {
            Place::Root => root(),
            Place::Plain => plain.path().to_path_buf(),
            Place::Git => git.path().to_path_buf(),
        };
        let en = run(&dir, case.args, false);
        let nl = run(&dir, case.args, true);
        let (en_err, nl_err) = (text(&en.stderr), text(&nl.stderr));
        let shown = case.args.join(" ");
        assert!(!en_err.is_empty(), "scan {shown} says nothing");
        assert_eq!(code(&en), code(&nl), "scan {shown}: same exit code in both");
        if en_err == nl_err {
            failures.push(format!(
                "scan {shown}: the same in both languages:\n{en_err}"
            ));
            continue;
        }
        let english = english_words(&nl_err);
        if !english.is_empty() {
            failures.push(format!(
                "scan {shown}: English words {english:?} in:\n{nl_err}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_marker_words_catch_an_english_message() {
    let english = words("error: `nothing` does not exist");
    assert!(english.iter().any(|w| ENGLISH.contains(&w.as_str())));
    let dutch = words("fout: `nothing` bestaat niet, zie `the file`");
    assert!(
        !dutch.iter().any(|w| ENGLISH.contains(&w.as_str())),
        "{dutch:?}"
    );
}

/// `scan COMMAND --help` under a Dutch locale: clap's words and every text of the help
/// in Dutch. Options (`--format`) and their values are the same in both languages; the
/// usage line says `[OPTIES]` and `<OPDRACHT>`.
#[test]
fn the_help_of_every_command_is_dutch_under_a_dutch_locale() {
    let commands = [
        vec![],
        vec!["new"],
        vec!["validate"],
        vec!["list"],
        vec!["compare"],
        vec!["report"],
        vec!["templates"],
        vec!["templates", "export"],
        vec!["fmt"],
        vec!["schema"],
        vec!["completions"],
        vec!["history"],
        vec!["diff"],
        vec!["import"],
        vec!["explain"],
    ];
    let mut failures = Vec::new();
    for command in commands {
        for flag in ["-h", "--help"] {
            let mut args = command.clone();
            args.push(flag);
            let en = run(&root(), &args, false);
            let nl = run(&root(), &args, true);
            let shown = args.join(" ");
            assert_eq!((code(&en), code(&nl)), (0, 0), "scan {shown}");
            let help = text(&nl.stdout);
            assert_ne!(help, text(&en.stdout), "scan {shown}");
            for usage in help.lines().filter(|l| l.starts_with("Gebruik: ")) {
                if usage.contains("[OPTIONS]") || usage.contains("<COMMAND>") {
                    failures.push(format!("scan {shown}: English in the usage line {usage:?}"));
                }
            }
            let prose: String = help
                .lines()
                .filter(|l| !l.starts_with("Gebruik: ") && !l.trim_start().starts_with("scan "))
                .map(|l| {
                    // A command's name starts its line in the list of commands.
                    let l = match l.strip_prefix("  ") {
                        Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase()) => {
                            rest.split_once(' ').map_or("", |(_, help)| help)
                        }
                        _ => l,
                    };
                    // `- md: Markdown …` explains a value as it is typed.
                    let l = match l.trim_start().strip_prefix("- ") {
                        Some(rest) => rest.split_once(": ").map_or("", |(_, help)| help),
                        None => l,
                    };
                    // `[mogelijke waarden: md, html]` lists the values as they are typed.
                    let mut kept = String::new();
                    let mut depth = 0;
                    for c in l.chars() {
                        match c {
                            '[' => depth += 1,
                            ']' => depth -= 1,
                            _ if depth == 0 => kept.push(c),
                            _ => {}
                        }
                    }
                    kept.split_whitespace()
                        .filter(|w| !w.starts_with(['-', '\'', '<']))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n");
            let english = english_words(&prose);
            if !english.is_empty() {
                failures.push(format!(
                    "scan {shown}: English words {english:?} in:\n{help}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
