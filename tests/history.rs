//! `scan history` and `scan diff` on throwaway git repositories: several commits
//! with changed scores, tags, a rename, an invalid version, removed and renamed
//! teams, and the ways git can be missing or incomplete.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::common::{code, root, scan, text};

/// A git repository in a temporary folder, with fixed identities and dates so the
/// commit hashes are the same on every run.
pub struct Repo {
    dir: tempfile::TempDir,
}

/// The environment every git and scan call in these tests gets: no user or system
/// configuration, fixed identity.
fn git_env(cmd: &mut Command) -> &mut Command {
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Sanne")
        .env("GIT_AUTHOR_EMAIL", "sanne@example.org")
        .env("GIT_COMMITTER_NAME", "Sanne")
        .env("GIT_COMMITTER_EMAIL", "sanne@example.org")
        .env("LC_ALL", "C")
}

impl Repo {
    pub fn new() -> Repo {
        let dir = tempfile::tempdir().expect("temp dir");
        let repo = Repo { dir };
        repo.git(&["init", "-q"]);
        repo
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn git(&self, args: &[&str]) -> String {
        self.git_at(args, "2025-01-01T12:00:00+01:00")
    }

    fn git_at(&self, args: &[&str], date: &str) -> String {
        let out = git_env(&mut Command::new("git"))
            .current_dir(self.path())
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .args(args)
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
        text(&out.stdout).trim_end().to_string()
    }

    pub fn write(&self, rel: &str, content: &str) {
        let p = self.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(p, content).expect("write");
    }

    /// Adds everything and commits with the author date `date` (`YYYY-MM-DD`, noon
    /// in Amsterdam's winter time); returns the short hash.
    pub fn commit(&self, message: &str, date: &str) -> String {
        self.git(&["add", "-A"]);
        self.git_at(
            &["commit", "-q", "-m", message],
            &format!("{date}T12:00:00+01:00"),
        );
        self.git(&["rev-parse", "--short", "HEAD"])
    }

    /// Runs scan in the repository.
    pub fn scan(&self, args: &[&str]) -> Output {
        scan_in(self.path(), args)
    }
}

pub fn scan_in(dir: &Path, args: &[&str]) -> Output {
    git_env(&mut scan())
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("scan runs")
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "JSON: {e}\nstdout: {}\nstderr: {}",
            text(&o.stdout),
            text(&o.stderr)
        )
    })
}

/// A team for [`session`]: name, type, role, answers (item, score, text).
pub struct T<'a>(
    pub &'a str,
    pub &'a str,
    pub &'a str,
    pub &'a [(&'a str, i64, &'a str)],
);

/// A session file on the built-in Partnerschapscan (or `definition`), with actions
/// (title, status).
pub fn session(definition: &str, teams: &[T], actions: &[(&str, &str)]) -> String {
    let mut s = format!(
        "definition = \"{definition}\"\n\n[session]\norganisation = \"Kindcentrum De Regenboog\"\n"
    );
    for T(name, kind, role, answers) in teams {
        s.push_str(&format!(
            "\n[[team]]\nname = \"{name}\"\ntype = \"{kind}\"\nrole = \"{role}\"\n"
        ));
        for (item, score, text) in *answers {
            s.push_str(&format!("\n  [team.answers.{item}]\n"));
            if *score > 0 {
                s.push_str(&format!("  score = {score}\n"));
            }
            if !text.is_empty() {
                s.push_str(&format!("  text = \"{text}\"\n"));
            }
        }
    }
    for (title, status) in actions {
        s.push_str(&format!(
            "\n[[action]]\ntitle = \"{title}\"\nstatus = \"{status}\"\n"
        ));
    }
    s
}

const OPVANG: &str = "Kinderopvang De Regenboog";
const SCHOOL: &str = "Basisschool De Regenboog";
const OUDERS: &str = "Ouderavond";

/// The story of one session file over a year and a half:
///
/// 1. 2025-01-15 `nulmeting-2025`: three teams, one action planned.
/// 2. 2025-06-01: the childcare team raises A1 and rewrites its text; the school
///    answers A2 for the first time; the action is being done.
/// 3. 2025-09-01: the file moves to `sessies/regenboog.toml` (`git mv`).
/// 4. 2025-12-01: a score of 9 slips in (invalid version).
/// 5. 2026-02-01 `meting-2026` (annotated): fixed; the school's team is renamed;
///    the parents' team is gone; the action is done and a new one is planned.
pub fn story() -> (Repo, Vec<String>) {
    let repo = Repo::new();
    let mut hashes = Vec::new();
    let v1 = session(
        "partnerschapscan",
        &[
            T(
                OPVANG,
                "childcare",
                "professionals",
                &[
                    ("A1", 2, "We vertellen ouders bij de intake waarom."),
                    ("A2", 2, ""),
                ],
            ),
            T(SCHOOL, "primary", "professionals", &[("A1", 3, "")]),
            T(
                OUDERS,
                "childcare",
                "parents",
                &[("A1", 1, "Weinig van gemerkt.")],
            ),
        ],
        &[("Koffieochtend", "planned")],
    );
    repo.write("regenboog.toml", &v1);
    hashes.push(repo.commit("Nulmeting", "2025-01-15"));
    repo.git(&["tag", "nulmeting-2025"]);

    let v2 = session(
        "partnerschapscan",
        &[
            T(
                OPVANG,
                "childcare",
                "professionals",
                &[
                    (
                        "A1",
                        3,
                        "We vertellen ouders bij de intake en op de ouderavond waarom.",
                    ),
                    ("A2", 2, ""),
                ],
            ),
            T(
                SCHOOL,
                "primary",
                "professionals",
                &[("A1", 3, ""), ("A2", 2, "Staat in de schoolgids.")],
            ),
            T(
                OUDERS,
                "childcare",
                "parents",
                &[("A1", 1, "Weinig van gemerkt.")],
            ),
        ],
        &[("Koffieochtend", "doing")],
    );
    repo.write("regenboog.toml", &v2);
    hashes.push(repo.commit("Scores na teamoverleg", "2025-06-01"));

    std::fs::create_dir_all(repo.path().join("sessies")).expect("folder");
    repo.git(&["mv", "regenboog.toml", "sessies/regenboog.toml"]);
    hashes.push(repo.commit("Sessies in een eigen map", "2025-09-01"));

    repo.write(
        "sessies/regenboog.toml",
        &v2.replace("score = 3", "score = 9"),
    );
    hashes.push(repo.commit("Tikfout", "2025-12-01"));

    let v5 = session(
        "partnerschapscan",
        &[
            T(
                OPVANG,
                "childcare",
                "professionals",
                &[
                    (
                        "A1",
                        4,
                        "We vertellen ouders bij de intake en op de ouderavond waarom.",
                    ),
                    ("A2", 3, ""),
                ],
            ),
            T(
                "Team basisschool",
                "primary",
                "professionals",
                &[("A1", 3, ""), ("A2", 2, "Staat in de schoolgids.")],
            ),
        ],
        &[("Koffieochtend", "done"), ("Inloopspreekuur", "planned")],
    );
    repo.write("sessies/regenboog.toml", &v5);
    hashes.push(repo.commit("Meting 2026", "2026-02-01"));
    repo.git(&["tag", "-a", "meting-2026", "-m", "Meting 2026"]);
    (repo, hashes)
}

fn criterion<'a>(team: &'a Value, code: &str) -> &'a Value {
    team["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|c| c["code"] == code)
        .unwrap_or_else(|| panic!("criterion {code} in {team}"))
}

fn team<'a>(version: &'a Value, name: &str) -> &'a Value {
    version["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("team {name} in {version}"))
}

#[test]
fn history_lists_every_version_following_the_rename() {
    let (repo, hashes) = story();
    let o = repo.scan(&["history", "--format", "json", "sessies/regenboog.toml"]);
    // One commit does not validate: named, shown, the rest still reported. A commit
    // cannot be changed any more, so that is a warning: exit 0 (1 with --strict).
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!("sessies/regenboog.toml@{}", hashes[3])),
        "{err}"
    );
    assert!(err.contains("warning[score-out-of-range]"), "{err}");
    assert!(
        err.contains("warning[unreadable-versions]: 1 of 5 versions could not be read"),
        "{err}"
    );
    let strict = repo.scan(&["history", "--strict", "-q", "sessies/regenboog.toml"]);
    assert_eq!(code(&strict), 1, "{}", text(&strict.stderr));
    assert!(
        text(&strict.stderr)
            .contains("error[unreadable-versions]: 1 of 5 versions could not be read")
    );

    let v = json(&o);
    let versions = v["versions"].as_array().expect("versions");
    let shorts: Vec<&str> = versions
        .iter()
        .map(|x| x["short"].as_str().expect("short"))
        .collect();
    assert_eq!(shorts, hashes);
    let dates: Vec<&str> = versions
        .iter()
        .map(|x| x["date"].as_str().expect("date"))
        .collect();
    assert_eq!(
        dates,
        [
            "2025-01-15",
            "2025-06-01",
            "2025-09-01",
            "2025-12-01",
            "2026-02-01"
        ]
    );
    assert_eq!(versions[0]["tags"], serde_json::json!(["nulmeting-2025"]));
    assert_eq!(versions[1]["tags"], serde_json::json!([]));
    assert_eq!(versions[4]["tags"], serde_json::json!(["meting-2026"]));
    assert_eq!(versions[0]["path"], "regenboog.toml");
    assert_eq!(versions[2]["path"], "sessies/regenboog.toml");
    assert_eq!(versions[3]["valid"], false);
    assert_eq!(versions[3]["errors"], 2, "two scores of 9");
    assert_eq!(versions[4]["compared_with"], hashes[2]);

    // Scores per team and criterion, and the change since the previous version.
    let opvang = team(&versions[0], OPVANG);
    assert_eq!(criterion(opvang, "A")["after"], 2.0);
    assert_eq!(criterion(opvang, "A")["change"], Value::Null);
    assert_eq!(criterion(opvang, "B")["after"], Value::Null);
    let opvang = team(&versions[1], OPVANG);
    assert_eq!(criterion(opvang, "A")["after"], 2.5);
    assert_eq!(criterion(opvang, "A")["change"], 0.5);
    assert_eq!(opvang["status"], "changed");
    assert_eq!(opvang["items_changed"], 1);
    assert_eq!(team(&versions[2], OPVANG)["status"], "unchanged");
    let opvang = team(&versions[4], OPVANG);
    assert_eq!(criterion(opvang, "A")["before"], 2.5);
    assert_eq!(criterion(opvang, "A")["after"], 3.5);
    assert_eq!(criterion(opvang, "A")["change"], 1.0);

    // The renamed and the removed team are reported, not dropped.
    let renamed = team(&versions[4], "Team basisschool");
    assert_eq!(renamed["status"], "renamed");
    assert_eq!(renamed["renamed_from"], SCHOOL);
    assert_eq!(versions[4]["removed_teams"], serde_json::json!([OUDERS]));
    let lines = v["teams"].as_array().expect("team lines");
    assert_eq!(lines.len(), 3, "{lines:?}");
    let school = lines
        .iter()
        .find(|l| l["name"] == "Team basisschool")
        .expect("line");
    assert_eq!(school["earlier_names"], serde_json::json!([SCHOOL]));
    // Criterion A of the school over the five versions (the invalid one has none).
    assert_eq!(
        school["scores"][0],
        serde_json::json!([3.0, 2.5, 2.5, null, 2.5])
    );
    assert_eq!(versions[4]["actions"], serde_json::json!([1, 0, 1]));
    assert_eq!(versions[4]["actions_changed"], 2);
    assert_eq!(v["shallow"], false);
}

#[test]
fn tags_only_compares_measurement_moments() {
    let (repo, hashes) = story();
    let o = repo.scan(&[
        "history",
        "--tags-only",
        "--format",
        "json",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(code(&o), 0, "the invalid version is not tagged");
    let v = json(&o);
    let versions = v["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["short"], hashes[0]);
    assert_eq!(versions[1]["short"], hashes[4]);
    assert_eq!(versions[1]["compared_with"], hashes[0]);
    let opvang = team(&versions[1], OPVANG);
    assert_eq!(criterion(opvang, "A")["change"], 1.5);
}

#[test]
fn uncommitted_changes_are_the_last_version() {
    let (repo, _) = story();
    let path = repo.path().join("sessies/regenboog.toml");
    let now = std::fs::read_to_string(&path)
        .expect("file")
        .replace("score = 4", "score = 2");
    std::fs::write(&path, now).expect("write");
    let o = repo.scan(&["history", "--format", "json", "sessies/regenboog.toml"]);
    let v = json(&o);
    let versions = v["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 6);
    let last = &versions[5];
    assert_eq!(last["commit"], Value::Null);
    assert_eq!(last["date"], Value::Null);
    assert_eq!(criterion(team(last, OPVANG), "A")["change"], -1.0);

    // Line endings alone are no change.
    let (repo, _) = story();
    let path = repo.path().join("sessies/regenboog.toml");
    let crlf = std::fs::read_to_string(&path)
        .expect("file")
        .replace('\n', "\r\n");
    std::fs::write(&path, crlf).expect("write");
    let o = repo.scan(&["history", "--format", "json", "sessies/regenboog.toml"]);
    assert_eq!(json(&o)["versions"].as_array().map(Vec::len), Some(5));
}

#[test]
fn diff_between_two_tags() {
    let (repo, _) = story();
    let o = repo.scan(&[
        "diff",
        "nulmeting-2025",
        "meting-2026",
        "--format",
        "json",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json(&o);
    assert_eq!(v["before"]["rev"], "nulmeting-2025");
    assert_eq!(v["before"]["path"], "regenboog.toml");
    assert_eq!(v["after"]["tags"], serde_json::json!(["meting-2026"]));

    let opvang = team(&v, OPVANG);
    assert_eq!(opvang["status"], "changed");
    let items = opvang["items"].as_array().expect("items");
    let a1 = &items[0];
    assert_eq!(a1["code"], "A1");
    assert_eq!(a1["answer"], "changed");
    assert_eq!(a1["score"]["before"], 2.0);
    assert_eq!(a1["score"]["after"], 4.0);
    assert_eq!(a1["score"]["change"], 2.0);
    assert_eq!(a1["text"]["added_words"], 4);
    assert_eq!(a1["text"]["removed_words"], 0);
    assert_eq!(
        a1["text"]["added"],
        serde_json::json!(["en op de ouderavond"])
    );
    assert_eq!(items[1]["code"], "A2");
    assert_eq!(items[1]["text"], Value::Null);

    // The school's team under its new name, with the answer it added.
    let school = team(&v, "Team basisschool");
    assert_eq!(school["status"], "renamed");
    assert_eq!(school["renamed_from"], SCHOOL);
    let a2 = &school["items"][0];
    assert_eq!(a2["code"], "A2");
    assert_eq!(a2["answer"], "added");
    assert_eq!(a2["score"]["before"], Value::Null);
    assert_eq!(a2["score"]["after"], 2.0);
    assert_eq!(a2["text"]["added_words"], 4);

    let parents = team(&v, OUDERS);
    assert_eq!(parents["status"], "removed");
    assert_eq!(criterion(parents, "A")["before"], 1.0);
    assert_eq!(criterion(parents, "A")["after"], Value::Null);

    let actions = v["actions"].as_array().expect("actions");
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0]["title"], "Koffieochtend");
    assert_eq!(actions[0]["change"], "changed");
    assert_eq!(actions[0]["status_before"], "planned");
    assert_eq!(actions[0]["status_after"], "done");
    assert_eq!(actions[1]["change"], "added");
    assert_eq!(v["summary"]["teams_removed"], 1);
    assert_eq!(v["summary"]["teams_renamed"], 1);
    assert_eq!(v["summary"]["scores_up"], 2);
}

#[test]
fn diff_against_the_working_tree_and_removed_answers() {
    let (repo, _) = story();
    let mut now =
        std::fs::read_to_string(repo.path().join("sessies/regenboog.toml")).expect("file");
    // The childcare team's A2 answer is taken out; a team is added.
    now = now.replace("  [team.answers.A2]\n  score = 3\n", "");
    now.push_str("\n[[team]]\nname = \"Bso\"\ntype = \"childcare\"\n");
    repo.write("sessies/regenboog.toml", &now);
    let o = repo.scan(&["diff", "HEAD", "--format", "json", "sessies/regenboog.toml"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json(&o);
    assert_eq!(v["after"]["rev"], Value::Null);
    assert_eq!(v["after"]["commit"], Value::Null);
    let opvang = team(&v, OPVANG);
    let a2 = &opvang["items"][0];
    assert_eq!(a2["code"], "A2");
    assert_eq!(a2["answer"], "removed");
    assert_eq!(a2["score"]["before"], 3.0);
    assert_eq!(team(&v, "Bso")["status"], "added");
    assert_eq!(v["summary"]["answers_removed"], 1);
    assert_eq!(v["summary"]["teams_added"], 1);
}

#[test]
fn diff_with_an_invalid_version_names_it_and_fails() {
    let (repo, hashes) = story();
    let o = repo.scan(&[
        "diff",
        &hashes[3],
        "--format",
        "json",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty());
    let err = text(&o.stderr);
    assert!(err.contains(&format!("@{}", hashes[3])), "{err}");
    assert!(
        err.contains(&format!("cannot compare: commit {} has errors", hashes[3])),
        "{err}"
    );
}

#[test]
fn the_definition_file_is_read_from_the_same_commit() {
    let repo = Repo::new();
    let def = |version: &str, extra: &str| {
        format!(
            "[scan]\nid = \"eigen\"\nversion = \"{version}\"\ntitle = \"Eigen\"\nlanguage = \"nl\"\n\n[scale]\nmin = 1\nmax = 4\nlabels = [\"a\", \"b\", \"c\", \"d\"]\n\n[types]\nsport = \"Sport\"\n\n[[criterion]]\ncode = \"A\"\ntitle = \"Visie\"\n  [[criterion.item]]\n  code = \"A1\"\n  question = \"Waarom?\"\n{extra}"
        )
    };
    let s = |score: i64, extra: &str| {
        session(
            "defs/eigen.toml",
            &[T(
                "Trainers",
                "sport",
                "professionals",
                &[("A1", score, "")],
            )],
            &[],
        ) + extra
    };
    repo.write("club/defs/eigen.toml", &def("1.0", ""));
    repo.write("club/zwaluwen.toml", &s(2, ""));
    let first = repo.commit("Eerste meting", "2025-03-01");
    let b2 = "  [[criterion.item]]\n  code = \"A2\"\n  question = \"Hoe?\"\n";
    repo.write("club/defs/eigen.toml", &def("1.1", b2));
    repo.write(
        "club/zwaluwen.toml",
        // The team is the last table, so its A2 answer can follow.
        &s(3, "\n  [team.answers.A2]\n  score = 4\n"),
    );
    repo.commit("Tweede meting, nieuwe vraag", "2025-10-01");
    // Today's definition is gone from the working tree: history still reads it.
    repo.git(&["rm", "-q", "club/defs/eigen.toml"]);
    repo.commit("Definitie verhuisd", "2025-11-01");

    let o = repo.scan(&["history", "--format", "json", "club/zwaluwen.toml"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json(&o);
    let versions = v["versions"].as_array().expect("versions");
    assert_eq!(
        versions.len(),
        2,
        "the commit that only moved the definition did not change the file"
    );
    assert_eq!(versions[0]["short"], first);
    assert_eq!(versions[0]["definition"]["version"], "1.0");
    assert_eq!(versions[1]["definition"]["version"], "1.1");
    let change = &versions[1]["definition_change"];
    assert_eq!(change["items_added"], serde_json::json!(["A2"]));
    assert_eq!(
        criterion(team(&versions[1], "Trainers"), "A")["change"],
        1.5
    );
    let err = text(&o.stderr);
    assert!(
        err.contains("note: the definition changed in commit")
            && err.contains("eigen 1.0 → eigen 1.1"),
        "{err}"
    );
}

#[test]
fn not_a_repository_no_history_and_bad_revisions() {
    let plain = tempfile::tempdir().expect("temp");
    std::fs::copy(
        root().join("examples/vo-het-baken.toml"),
        plain.path().join("baken.toml"),
    )
    .expect("copy");
    let o = scan_in(plain.path(), &["history", "baken.toml"]);
    assert_eq!(code(&o), 2);
    let err = text(&o.stderr);
    assert!(
        err.contains("`baken.toml` is not in a git repository"),
        "{err}"
    );
    assert!(err.contains("help:"), "{err}");

    let (repo, _) = story();
    repo.write("nieuw.toml", "definition = \"partnerschapscan\"\n");
    let o = repo.scan(&["history", "nieuw.toml"]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("`nieuw.toml` has no history in git: it has never been committed"),
        "{}",
        text(&o.stderr)
    );

    let o = repo.scan(&["diff", "nergens-2024", "sessies/regenboog.toml"]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("`nergens-2024` is not a commit in this repository"),
        "{}",
        text(&o.stderr)
    );

    let o = repo.scan(&["diff", "--", "-x", "sessies/regenboog.toml"]);
    assert_eq!(code(&o), 2, "an option-like revision is refused");

    // A tag from before the file existed.
    repo.git(&["tag", "leeg", "HEAD"]);
    let empty_repo = Repo::new();
    empty_repo.write("a.txt", "x");
    empty_repo.commit("begin", "2024-01-01");
    empty_repo.write(
        "s.toml",
        &std::fs::read_to_string(repo.path().join("sessies/regenboog.toml")).expect("file"),
    );
    empty_repo.commit("sessie", "2024-02-01");
    let o = empty_repo.scan(&["diff", "HEAD~1", "s.toml"]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("`s.toml` did not exist in `HEAD~1`"),
        "{}",
        text(&o.stderr)
    );

    // An empty repository.
    let fresh = Repo::new();
    fresh.write("s.toml", "definition = \"partnerschapscan\"\n");
    let o = fresh.scan(&["history", "s.toml"]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("has no commits yet"),
        "{}",
        text(&o.stderr)
    );

    // A folder: the history of every organisation below it.
    let o = repo.scan(&["history", "sessies", "--lang", "en"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).starts_with("# History of sessies\n"),
        "{}",
        text(&o.stdout)
    );
}

#[test]
fn a_shallow_clone_says_that_history_is_missing() {
    let (repo, hashes) = story();
    let clone = tempfile::tempdir().expect("temp");
    let url = format!("file://{}", repo.path().display());
    let out = git_env(&mut Command::new("git"))
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(clone.path().join("c"))
        .output()
        .expect("git clone");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let dir: PathBuf = clone.path().join("c");
    let o = scan_in(
        &dir,
        &["history", "--format", "json", "sessies/regenboog.toml"],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json(&o);
    assert_eq!(v["shallow"], true);
    assert_eq!(v["versions"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["versions"][0]["short"], hashes[4]);
    let err = text(&o.stderr);
    assert!(err.contains("shallow clone"), "{err}");
    assert!(err.contains("git fetch --unshallow"), "{err}");

    let md = text(&scan_in(&dir, &["history", "-q", "sessies/regenboog.toml"]).stdout);
    assert!(
        md.contains("Eén versie van sessies/regenboog.toml in git, van 2026-02-01."),
        "{md}"
    );
    assert!(md.contains("> Dit is een ondiepe kopie (shallow clone) van de repository: versies van vóór 2026-02-01 ontbreken"), "{md}");

    let o = scan_in(&dir, &["diff", &hashes[0], "sessies/regenboog.toml"]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("earlier history is missing"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn without_git_the_message_says_so() {
    let (repo, _) = story();
    let empty = tempfile::tempdir().expect("temp");
    let o = git_env(&mut scan())
        .current_dir(repo.path())
        .env("PATH", empty.path())
        .args(["history", "sessies/regenboog.toml"])
        .output()
        .expect("scan runs");
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("git is not installed"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn outputs_are_deterministic() {
    let (repo, _) = story();
    for args in [
        &["history", "--format", "json", "sessies/regenboog.toml"][..],
        &[
            "diff",
            "nulmeting-2025",
            "--format",
            "json",
            "sessies/regenboog.toml",
        ][..],
    ] {
        let a = repo.scan(args);
        let b = git_env(&mut scan())
            .current_dir(repo.path())
            .env("TZ", "Pacific/Auckland")
            .args(args)
            .output()
            .expect("scan runs");
        assert!(!a.stdout.is_empty());
        assert_eq!(text(&a.stdout), text(&b.stdout), "{args:?}");
    }
    // Two repositories built the same way give the same commits.
    let (again, _) = story();
    let a = repo.scan(&["history", "--format", "json", "sessies/regenboog.toml"]);
    let b = again.scan(&["history", "--format", "json", "sessies/regenboog.toml"]);
    assert_eq!(text(&a.stdout), text(&b.stdout));
}

#[test]
fn a_broken_working_tree_is_still_an_error() {
    let (repo, _) = story();
    let path = repo.path().join("sessies/regenboog.toml");
    let now = std::fs::read_to_string(&path).expect("file");
    std::fs::write(&path, now.replace("score = 4", "score = 7")).expect("write");
    let o = repo.scan(&["history", "-q", "sessies/regenboog.toml"]);
    assert_eq!(code(&o), 1, "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("error[unreadable-versions]: 2 of 6 versions could not be read")
    );
}

/// Changes shown between rounded numbers are the difference of the shown numbers:
/// criterion A goes from 17/6 = 2.83 (shown 2,8) to 19/6 = 3.17 (shown 3,2), so the
/// change reads +0,4, not the exact +0,33 rounded to +0,3.
#[test]
fn shown_changes_add_up() {
    let repo = Repo::new();
    let items = |a: i64| -> Vec<(&'static str, i64, &'static str)> {
        vec![
            ("A1", 3, ""),
            ("A2", 3, ""),
            ("A3", 3, ""),
            ("A4", 3, ""),
            ("A5", 3, ""),
            ("A6", a, ""),
        ]
    };
    let before = items(2);
    repo.write(
        "s.toml",
        &session(
            "partnerschapscan",
            &[T(OPVANG, "childcare", "professionals", &before)],
            &[],
        ),
    );
    let first = repo.commit("Eerste meting", "2025-01-15");
    let after = items(4);
    repo.write(
        "s.toml",
        &session(
            "partnerschapscan",
            &[T(OPVANG, "childcare", "professionals", &after)],
            &[],
        ),
    );
    repo.commit("Tweede meting", "2025-06-01");
    // Exact scores: 17/6 → 19/6.
    let o = repo.scan(&["history", "--format", "json", "s.toml"]);
    let v = json(&o);
    let last = &v["versions"][1];
    let a = criterion(team(last, OPVANG), "A");
    let exact = a["change"].as_f64().expect("exact change");
    assert!(
        (exact - 2.0 / 6.0).abs() < 1e-12,
        "JSON keeps the exact change: {a}"
    );

    let md = text(&repo.scan(&["history", "s.toml"]).stdout);
    assert!(md.contains("3,2 (+0,4)"), "{md}");
    assert!(!md.contains("(+0,3)"), "{md}");
    let html = text(&repo.scan(&["history", "--format", "html", "s.toml"]).stdout);
    assert!(html.contains("(+0,4)"), "{html}");
    let diff = text(&repo.scan(&["diff", &first, "HEAD", "s.toml"]).stdout);
    assert!(
        diff.contains("2,8 → 3,2 (+0,4)") || diff.contains("| +0,4 |"),
        "{diff}"
    );
    assert!(!diff.contains("+0,3"), "{diff}");
}

#[test]
fn history_in_markdown_and_html() {
    let (repo, hashes) = story();
    let o = repo.scan(&["history", "-q", "sessies/regenboog.toml"]);
    assert_eq!(code(&o), 0);
    let md = text(&o.stdout);
    // Dutch by default: the definition is Dutch.
    assert!(
        md.starts_with("# Voortgang in de tijd: Kindcentrum De Regenboog\n"),
        "{md}"
    );
    assert!(
        md.contains("5 versies van sessies/regenboog.toml in git, van 2025-01-15 tot 2026-02-01."),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "| 2025-01-15 | {} | nulmeting-2025 | Nulmeting | 1 / 0 / 0 | eerste versie |",
            hashes[0]
        )),
        "{md}"
    );
    assert!(
        md.contains("bestand verplaatst: regenboog.toml → sessies/regenboog.toml"),
        "{md}"
    );
    assert!(md.contains("**niet te lezen (fouten: 2)**"), "{md}");
    assert!(
        md.contains("team waarschijnlijk hernoemd: Basisschool De Regenboog → Team basisschool"),
        "{md}"
    );
    assert!(md.contains("team verwijderd: Ouderavond"), "{md}");
    // The childcare team's criterion A, with the change since the previous version.
    assert!(
        md.contains(&format!("| 2025-06-01 | {} | 2,5 (+0,5) |", hashes[1])),
        "{md}"
    );
    assert!(md.contains("eerder: Basisschool De Regenboog"), "{md}");

    let o = repo.scan(&[
        "history",
        "-q",
        "--lang",
        "en",
        "--format",
        "html",
        "sessies/regenboog.toml",
    ]);
    let html = text(&o.stdout);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{html}"
    );
    assert!(
        html.contains("<h1>Progress over time: Kindcentrum De Regenboog</h1>"),
        "{html}"
    );
    // A trend chart per criterion with a score, accessible, with its numbers beside it.
    assert_eq!(
        html.matches("<svg class=\"chart\"").count(),
        1,
        "only criterion A has scores"
    );
    assert!(
        html.contains("role=\"img\" aria-labelledby=\"trend-0-title\""),
        "{html}"
    );
    assert!(html.contains("<title id=\"trend-0-title\">A Visie op ouderpartnerschap: score per team in each version</title>"), "{html}");
    assert!(html.contains("<polyline class=\"trend-line l0\""), "{html}");
    assert!(
        html.contains("The numbers of this chart: A Visie op ouderpartnerschap"),
        "{html}"
    );
    assert!(html.contains(">nulmeting-2025</text>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(
        !html.contains("src=") && !html.contains("href=\"http"),
        "nothing is loaded from elsewhere"
    );
}

/// A team that was renamed and whose answers changed counts as changed too, and a
/// changed text reads as whole sentences before and after.
#[test]
fn diff_counts_a_renamed_team_with_changed_answers() {
    let repo = Repo::new();
    let answers = |a1: i64, text: &'static str| -> Vec<(&'static str, i64, &'static str)> {
        vec![
            ("A1", a1, text),
            ("A2", 2, ""),
            ("A3", 3, ""),
            ("A4", 2, ""),
            ("A5", 3, ""),
        ]
    };
    let before = answers(2, "Ouders komen soms. De deur staat open.");
    repo.write(
        "s.toml",
        &session(
            "partnerschapscan",
            &[T("Team onderbouw", "primary", "professionals", &before)],
            &[],
        ),
    );
    repo.commit("een", "2025-01-01");
    let after = answers(3, "Ouders komen elke week. De deur staat open.");
    repo.write(
        "s.toml",
        &session(
            "partnerschapscan",
            &[T("Team groep 1-2", "primary", "professionals", &after)],
            &[],
        ),
    );
    repo.commit("twee", "2025-02-01");
    let o = repo.scan(&["diff", "--format", "json", "HEAD~1", "HEAD", "s.toml"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json(&o);
    assert_eq!(v["summary"]["teams_renamed"], 1, "{v}");
    assert_eq!(v["summary"]["teams_changed"], 1, "{v}");
    let md = text(&repo.scan(&["diff", "HEAD~1", "HEAD", "s.toml"]).stdout);
    assert!(
        md.contains("| Teams met gewijzigde antwoorden | 1 |"),
        "{md}"
    );
    assert!(
        md.contains("er stond: “Ouders komen soms.”; nu staat er: “Ouders komen elke week.”"),
        "{md}"
    );
}

#[test]
fn diff_in_markdown_and_html() {
    let (repo, _) = story();
    let o = repo.scan(&[
        "diff",
        "nulmeting-2025",
        "meting-2026",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let md = text(&o.stdout);
    assert!(
        md.starts_with("# Wat er veranderde: Kindcentrum De Regenboog\n"),
        "{md}"
    );
    assert!(md.contains("van nulmeting-2025 ("), "{md}");
    assert!(md.contains("| Teams waarschijnlijk hernoemd | 1 |"), "{md}");
    assert!(
        md.contains("- **A1** Waarom partnerschap: antwoord gewijzigd; score 2,0 → 4,0 (+2,0); tekst: woorden +4 −0; er stond: “We vertellen ouders bij de intake waarom.”; nu staat er: “We vertellen ouders bij de intake en op de ouderavond waarom.”"),
        "{md}"
    );
    assert!(
        md.contains("waarschijnlijk hernoemd; was Basisschool De Regenboog"),
        "{md}"
    );
    assert!(
        md.contains("- **A2** Visie vastgelegd en gedeeld: antwoord erbij; score – → 2,0"),
        "{md}"
    );
    assert!(
        md.contains("Ouderavond\n\nKinderopvang · ouders · team verwijderd"),
        "{md}"
    );
    assert!(
        md.contains("| Koffieochtend | – | gepland | klaar | – |"),
        "{md}"
    );
    assert!(
        md.contains("| Inloopspreekuur | – | nieuw | gepland | – |"),
        "{md}"
    );

    let o = repo.scan(&[
        "diff",
        "--format",
        "html",
        "--lang",
        "en",
        "nulmeting-2025",
        "meting-2026",
        "sessies/regenboog.toml",
    ]);
    let html = text(&o.stdout);
    assert!(
        html.contains("<h1>What changed: Kindcentrum De Regenboog</h1>"),
        "{html}"
    );
    assert!(
        html.contains(
            "now it says: <ins>We vertellen ouders bij de intake en op de ouderavond waarom.</ins>"
        ),
        "{html}"
    );
    assert!(
        html.contains("<td class=\"num\">+2.0</td>") || html.contains("(+2.0)"),
        "{html}"
    );

    // The same version on both sides: nothing changed, and the page says so.
    let o = repo.scan(&["diff", "HEAD", "sessies/regenboog.toml"]);
    assert!(
        text(&o.stdout)
            .contains("Geen verschillen in de antwoorden, streefscores of het actieplan."),
        "{}",
        text(&o.stdout)
    );
}

#[test]
fn user_text_cannot_break_the_reports() {
    let repo = Repo::new();
    let evil = "Team <script>alert(1)</script> | *ster*";
    let s1 = session(
        "partnerschapscan",
        &[T(
            evil,
            "primary",
            "professionals",
            &[("A1", 2, "oud <b>vet</b>")],
        )],
        &[],
    );
    repo.write("s.toml", &s1);
    repo.commit("een", "2025-01-01");
    repo.write(
        "s.toml",
        &s1.replace("score = 2", "score = 3")
            .replace("oud", "nieuw | anders"),
    );
    repo.commit("twee", "2025-02-01");
    for args in [
        &["history", "--format", "html", "s.toml"][..],
        &["diff", "--format", "html", "HEAD~1", "HEAD", "s.toml"][..],
    ] {
        let html = text(&repo.scan(args).stdout);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("Team &lt;script&gt;"), "{html}");
    }
    let md = text(&repo.scan(&["history", "s.toml"]).stdout);
    assert!(
        md.contains("### Team \\<script\\>alert(1)\\</script\\> \\| \\*ster\\*"),
        "{md}"
    );
    let md = text(&repo.scan(&["diff", "HEAD~1", "HEAD", "s.toml"]).stdout);
    assert!(
        md.contains("nu staat er: “nieuw \\| anders \\<b\\>vet\\</b\\>”"),
        "{md}"
    );
}

#[test]
fn output_files_and_user_templates() {
    let (repo, _) = story();
    let o = repo.scan(&[
        "history",
        "-q",
        "--tags-only",
        "-o",
        "voortgang.md",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let written = std::fs::read_to_string(repo.path().join("voortgang.md")).expect("written");
    assert!(
        written.contains("Alleen versies met een tag worden getoond."),
        "{written}"
    );
    // Never over the session file itself.
    let o = repo.scan(&[
        "diff",
        "HEAD~1",
        "-o",
        "sessies/regenboog.toml",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("refusing to write"),
        "{}",
        text(&o.stderr)
    );

    // A user's template extends the built-in one.
    repo.write(
        "mijn/history.md.j2",
        "{% extends \"builtin/history.md.j2\" %}\n",
    );
    repo.write(
        "mijn/diff.md.j2",
        "Eigen: {{ report.summary.teams_renamed }} {{ t(\"diff_teams_renamed\") }}\n",
    );
    let o = repo.scan(&[
        "history",
        "-q",
        "--template",
        "mijn",
        "sessies/regenboog.toml",
    ]);
    assert!(
        text(&o.stdout).starts_with("# Voortgang in de tijd"),
        "{}",
        text(&o.stdout)
    );
    let o = repo.scan(&[
        "diff",
        "--template",
        "mijn",
        "nulmeting-2025",
        "meting-2026",
        "sessies/regenboog.toml",
    ]);
    assert_eq!(text(&o.stdout), "Eigen: 1 Teams waarschijnlijk hernoemd\n");
}
