//! Limits that hold by construction: user templates end with a template error (file,
//! line, exit 1) however much work they ask for, while the built-in templates keep
//! ample headroom on the largest legitimate files.

use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// Runs scan and kills it after `limit`: a template that never ends fails the test
/// instead of hanging it (a guard, not a timing).
fn run_bounded(args: &[&str], envs: &[(&str, &str)], limit: Duration) -> Output {
    // Output goes to files, so a child that writes much never waits on a full pipe.
    let dir = tempfile::tempdir().expect("tmp");
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let mut cmd = scan();
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("out"))
        .stderr(std::fs::File::create(&err_path).expect("err"));
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("scan runs");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("scan {args:?} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: std::fs::read(&out_path).expect("read"),
        stderr: std::fs::read(&err_path).expect("read"),
    }
}

/// Template bodies that never end or grow without bound, by kind of runaway.
fn runaway_bodies() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let loops = |depth: usize, body: &str| {
        let open = "{% for i in range(100000) %}".repeat(depth);
        let close = "{% endfor %}".repeat(depth);
        format!("{open}{body}{close}")
    };
    out.push(("nested loops, no output", loops(2, "")));
    out.push(("nested loops writing", loops(2, "x")));
    out.push(("three nested loops writing", loops(3, "{{ i }}")));
    out.push((
        "nested loops writing the context",
        loops(2, "{{ report|tojson }}"),
    ));
    // `set` inside a loop only lasts one round; a namespace keeps the value.
    for n in [40, 64] {
        out.push((
            "string doubling",
            format!("{{% set ns = namespace(s=\"ab\") %}}{{% for i in range({n}) %}}{{% set ns.s = ns.s ~ ns.s %}}{{% endfor %}}{{{{ ns.s|length }}}}"),
        ));
        out.push((
            "list doubling",
            format!("{{% set ns = namespace(l=[1, 2]) %}}{{% for i in range({n}) %}}{{% set ns.l = ns.l + ns.l %}}{{% endfor %}}{{{{ ns.l|length }}}}"),
        ));
        out.push((
            "join doubling",
            format!("{{% set ns = namespace(s=\"ab\") %}}{{% for i in range({n}) %}}{{% set ns.s = [ns.s, ns.s]|join %}}{{% endfor %}}{{{{ ns.s|length }}}}"),
        ));
    }
    out.push((
        "string repeat",
        "{{ \"x\" * 99999999 }}{{ \"y\" * 99999999 }}".to_string(),
    ));
    out.push((
        "macro recursion",
        "{% macro f(n) %}{{ f(n + 1) }}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}".to_string(),
    ));
    out.push((
        "captured doubling",
        "{% set ns = namespace(s=\"ab\") %}{% for i in range(100) %}{% set s %}{{ ns.s }}{{ ns.s }}{% endset %}{% set ns.s = s %}{% endfor %}".to_string(),
    ));
    out
}

#[test]
fn runaway_user_templates_end_in_a_template_error_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let out_dir = dir.path().join("out");
    for (n, (kind, body)) in runaway_bodies().into_iter().enumerate() {
        for ext in ["md.j2", "html.j2"] {
            let name = format!("runaway-{n}.{ext}");
            let path = dir.path().join(&name);
            // Line 3 holds the runaway.
            std::fs::write(&path, format!("# start\n\n{body}\nend\n")).expect("write");
            let p = path.to_string_lossy().into_owned();
            let format = if ext == "md.j2" { "md" } else { "html" };
            let mut cases: Vec<Vec<String>> = vec![vec![
                "report".into(),
                "--format".into(),
                format.into(),
                "--template".into(),
                p.clone(),
                "examples/vo-het-baken.toml".into(),
            ]];
            // Once per kind also in a folder run, where reports are rendered on worker
            // threads with smaller stacks.
            if ext == "md.j2" && n % 4 == 0 {
                cases.push(vec![
                    "report".into(),
                    "--template".into(),
                    p.clone(),
                    "-o".into(),
                    out_dir.to_string_lossy().into_owned(),
                    "examples".into(),
                ]);
            }
            for args in cases {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let o = run_bounded(&args, &[], Duration::from_secs(120));
                let err = text(&o.stderr);
                assert_eq!(code(&o), 1, "{kind} ({name}): exit 1\n{err}");
                assert!(err.contains(&name), "{kind}: names the template\n{err}");
                assert!(
                    err.contains("line 3")
                        || err.contains("writes more than")
                        || err.contains("ran for more than"),
                    "{kind}: names the line or the output limit\n{err}"
                );
                assert!(!err.contains("panicked"), "{err}");
            }
        }
    }
}

/// A session of many teams with answers: the largest shape a real scan takes (a whole
/// region's teams in one file).
fn many_teams(dir: &Path, teams: usize) -> String {
    let mut s = String::from(
        "definition = \"partnerschapscan\"\n\n[session]\norganisation = \"Regio\"\ndate = 2026-11-20\n",
    );
    let codes = ["A1", "A2", "B1", "C3", "D1", "E2"];
    for i in 0..teams {
        let (kind, role) = match i % 5 {
            0 => ("childcare", "professionals"),
            4 => ("primary", "parents"),
            _ => ("primary", "professionals"),
        };
        s.push_str(&format!(
            "\n[[team]]\nname = \"Team {i}\"\ntype = \"{kind}\"\nrole = \"{role}\"\n"
        ));
        for (k, code) in codes.iter().enumerate() {
            if (i + k) % 3 == 0 {
                continue;
            }
            s.push_str(&format!(
                "\n[team.answers.{code}]\nscore = {}\nvotes = [{}, {}]\ntext = \"Wij doen dit met *alle* ouders, team {i}.\"\nexamples = [\"koffieochtend\"]\n",
                1 + (i + k) % 4,
                1 + i % 4,
                1 + k % 4
            ));
        }
    }
    let path = dir.join(format!("teams-{teams}.toml"));
    std::fs::write(&path, s).expect("write");
    path.to_string_lossy().into_owned()
}

/// `SCAN_TEMPLATE_FUEL=1` makes scan say how much of its budget each template used.
fn fuel_used(err: &str) -> Vec<(String, u64, u64)> {
    err.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("template fuel: ")?;
            let (name, nums) = rest.split_once(" used ")?;
            let (used, budget) = nums.split_once(" of ")?;
            Some((name.to_string(), used.parse().ok()?, budget.parse().ok()?))
        })
        .collect()
}

#[test]
fn builtin_templates_keep_headroom_on_thousands_of_teams() {
    let dir = tempfile::tempdir().expect("tmp");
    for teams in [2_000] {
        let file = many_teams(dir.path(), teams);
        let out = dir.path().join(format!("out-{teams}"));
        let out_s = out.to_string_lossy().into_owned();
        // With whether a template writes the page: scan's own writers of the session
        // report use no template, so no fuel (the headroom of their templates is
        // checked in the crate, `render::own`).
        let runs: Vec<(Vec<&str>, bool)> = vec![
            (vec!["report", &file], false),
            (vec!["report", "--format", "html", &file], false),
            (vec!["report", "--audience", "parents", &file], true),
            (
                vec!["report", "--format", "html", "-o", &out_s, &file],
                false,
            ),
            (vec!["compare", "--by", "team", "--examples", &file], true),
        ];
        for (args, templated) in runs {
            let o = run_bounded(
                &args,
                &[("SCAN_TEMPLATE_FUEL", "1")],
                Duration::from_secs(600),
            );
            let err = text(&o.stderr);
            assert!(code(&o) <= 1, "{args:?}: {err}");
            let used = fuel_used(&err);
            assert_eq!(
                !used.is_empty(),
                templated,
                "{args:?}: fuel reported\n{err}"
            );
            for (name, used, budget) in used {
                // At most a quarter: the budget is not what keeps a real report short.
                assert!(
                    used * 4 <= budget,
                    "{teams} teams, {args:?}: {name} used {used} of {budget} fuel"
                );
            }
        }
    }
}

/// A team name of 4 MiB: `compare --by team` writes it once per item and the report
/// in several sections, more than the output cap of users' templates; the built-in
/// templates write it in full.
#[test]
fn builtin_templates_write_a_very_long_name_in_full() {
    let dir = tempfile::tempdir().expect("tmp");
    let name = "Team".to_string() + &"a".repeat(4 * 1024 * 1024);
    let file = dir.path().join("long.toml");
    let mut s =
        String::from("definition = \"partnerschapscan\"\n\n[session]\norganisation = \"X\"\n");
    s.push_str(&format!(
        "\n[[team]]\nname = \"{name}\"\ntype = \"primary\"\n"
    ));
    for code in ["A1", "A2", "B1", "C3", "D1", "E2"] {
        s.push_str(&format!("\n[team.answers.{code}]\nscore = 3\n"));
    }
    std::fs::write(&file, s).expect("write");
    let file = file.to_string_lossy().into_owned();
    for args in [
        vec!["compare", "--by", "team", &file],
        vec!["report", &file],
    ] {
        let o = run_bounded(&args, &[], Duration::from_secs(600));
        let err = text(&o.stderr);
        assert_eq!(code(&o), 0, "{args:?}: {err}");
        let copies = o
            .stdout
            .windows(name.len())
            .filter(|w| *w == name.as_bytes())
            .count();
        assert!(copies >= 1, "{args:?}: the name in full");
    }
}
