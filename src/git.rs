//! Reading a file's past from git, by running the `git` program.
//!
//! Owns every call to git: finding the repository a file lives in, the commits that
//! changed it (following renames), the tags that name measurement moments, the file's
//! bytes in a commit, and whether the clone is shallow. No libgit2: the `git` the user
//! already has is the truth, and it adds no dependencies.
//!
//! Every call runs from the repository's top folder with `LC_ALL=C`,
//! `-c core.quotepath=off` and literal pathspecs, and asks for NUL-separated output,
//! so paths with spaces, accents or glob characters come through unchanged. Knows
//! nothing of scan files: it hands out bytes and commit facts.
//!
//! Dates are the *author* date (when the change was written, which survives a
//! rebase), as `YYYY-MM-DD` in the commit's own time zone: the same commit shows the
//! same date on every machine.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fmt;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

use crate::diag::Code;
use crate::diag::failure::Coded;
use crate::i18n::{Arg, msg, run_lang};
use crate::source::MAX_FILE_SIZE;

/// A failure that stops a git-based command (exit 2), in plain words with a hint and
/// a code that `scan explain` explains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError {
    pub message: String,
    pub help: Option<String>,
    pub code: Code,
}

impl GitError {
    /// A failure of git itself (`git-failed`) unless [`code`](Self::code) says otherwise.
    pub fn new(message: impl Into<String>) -> Self {
        GitError {
            message: message.into(),
            help: None,
            code: Code::GitFailed,
        }
    }

    /// True when git itself could not be found (not when a git command failed).
    fn is_missing_git(&self) -> bool {
        self.code == Code::GitMissing
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn code(mut self, code: Code) -> Self {
        self.code = code;
        self
    }

    /// The message `id` of `locales/*/git.ftl` in the run's language.
    fn t(id: &str, args: &[(&str, Arg<'_>)]) -> Self {
        GitError::new(msg(run_lang(), id, args))
    }

    /// The hint `id` in the run's language.
    fn hint(self, id: &str, args: &[(&str, Arg<'_>)]) -> Self {
        self.help(msg(run_lang(), id, args))
    }
}

/// The message alone: the hint and the code are shown by the diagnostic it becomes.
impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for GitError {}

impl Coded for GitError {
    fn code(&self) -> Code {
        self.code
    }
    fn hint(&self) -> Option<&str> {
        self.help.as_deref()
    }
}

pub type Result<T> = std::result::Result<T, GitError>;

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    /// Git's own abbreviation (`%h`), unique in this repository.
    pub short: String,
    /// The author date, `YYYY-MM-DD`, in the commit's own time zone.
    pub date: String,
    /// The author date in full (ISO 8601 with the offset).
    pub datetime: String,
    /// The first line of the message.
    pub subject: String,
    /// The file's path in this commit, relative to the repository's top folder.
    pub path: String,
    /// What the commit did to the file.
    pub change: FileChange,
    /// Tags pointing at this commit, sorted.
    pub tags: Vec<String>,
}

/// What a commit did to the followed file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileChange {
    Added,
    Modified,
    /// Renamed or copied into this path.
    Renamed,
    Deleted,
    /// A merge, or a change git does not describe per file.
    Other,
}

/// The file's bytes in one commit.
#[derive(Debug)]
pub enum Blob {
    Bytes(Vec<u8>),
    /// No such path in that commit.
    Missing,
    /// Larger than scan reads.
    TooLarge,
}

/// `word` as one word for a POSIX shell, for the commands that hints suggest: left as
/// it is when it is plain, in single quotes otherwise (a path with a space would
/// otherwise become two arguments when the hint is copied).
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ',' | ':' | '@' | '+')
        });
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// The repository a file lives in, and the file's path inside it.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The top folder of the working tree; every git call runs here.
    pub top: PathBuf,
    /// The file's path relative to `top`, with `/` separators.
    pub path: String,
    /// The file as the user named it, for messages.
    pub shown: String,
}

impl Repo {
    /// Finds the repository holding `file` (which need not exist any more in the
    /// working tree; its folder must).
    pub fn open(file: &Path) -> Result<Repo> {
        let shown = file.display().to_string();
        let name = file.file_name().ok_or_else(|| {
            GitError::t("git-not-a-file-name", &[("file", sh(&shown))])
                .hint("git-not-a-file-name-help", &[])
                .code(Code::Unreadable)
        })?;
        let dir = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Err(GitError::t(
                "git-folder-of-file-missing",
                &[
                    ("file", sh(&shown)),
                    ("folder", sh(&dir.display().to_string())),
                ],
            )
            .code(Code::Unreadable));
        }
        if file.is_dir() {
            return Err(GitError::t("git-is-a-folder", &[("file", sh(&shown))])
                .hint("git-is-a-folder-help", &[])
                .code(Code::Unreadable));
        }
        let top = run_in(&dir, &["rev-parse", "--show-toplevel"]).map_err(|e| {
            if e.message.contains("not a git repository") {
                GitError::t("git-not-in-repository", &[("file", sh(&shown))])
                    .hint("git-not-in-repository-help", &[])
                    .code(Code::NoHistory)
            } else if e.message.contains("must be run in a work tree") {
                GitError::t("git-not-in-work-tree", &[("file", sh(&shown))])
                    .hint("git-not-in-work-tree-help", &[])
                    .code(Code::NoHistory)
            } else {
                e
            }
        })?;
        let prefix = run_in(&dir, &["rev-parse", "--show-prefix"])?;
        let top = PathBuf::from(line(&top));
        let name = name.to_str().ok_or_else(|| {
            GitError::t("git-name-not-utf8", &[("file", sh(&shown))]).code(Code::Unreadable)
        })?;
        Ok(Repo {
            top,
            path: format!("{}{name}", line(&prefix)),
            shown,
        })
    }

    fn git(&self, args: &[&str]) -> Result<Vec<u8>> {
        run_bytes(&self.top, args)
    }

    /// Whether this is a shallow clone (earlier history is missing).
    pub fn is_shallow(&self) -> Result<bool> {
        let out = self.git(&["rev-parse", "--is-shallow-repository"])?;
        Ok(line(&out) == "true")
    }

    /// Every commit that changed the file, newest first, following renames, each
    /// with the path the file had in it.
    pub fn log_follow(&self) -> Result<Vec<Commit>> {
        if !self.has_commits()? {
            return Ok(Vec::new());
        }
        const MARK: &str = "@@scan-commit";
        let format = format!("--format={MARK}%x00%H%x00%h%x00%aI%x00%s");
        let out = self.git(&[
            "log",
            "--follow",
            "--name-status",
            "-z",
            "--no-show-signature",
            "--no-color",
            "--no-ext-diff",
            &format,
            "--",
            &self.path,
        ])?;
        let tokens: Vec<String> = out
            .split(|&b| b == 0)
            .map(|t| String::from_utf8_lossy(t).into_owned())
            .collect();
        let mut commits = Vec::new();
        let mut current = self.path.clone();
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].trim_start_matches('\n') != MARK {
                i += 1;
                continue;
            }
            let field = |k: usize| tokens.get(i + k).cloned().unwrap_or_default();
            let (hash, short, datetime, subject) = (field(1), field(2), field(3), field(4));
            i += 5;
            // Zero or more status entries: `M`, `A`, `D`, `T` with one path;
            // `R<score>` and `C<score>` with the old and the new path. A merge has none.
            let mut entries: Vec<(char, String, String)> = Vec::new();
            while let Some(status) = tokens.get(i).map(|t| t.trim_start_matches('\n')) {
                let Some(kind) = status_kind(status) else {
                    break;
                };
                let first = tokens.get(i + 1).cloned().unwrap_or_default();
                if matches!(kind, 'R' | 'C') {
                    let second = tokens.get(i + 2).cloned().unwrap_or_default();
                    entries.push((kind, first, second));
                    i += 3;
                } else {
                    entries.push((kind, first.clone(), first));
                    i += 2;
                }
            }
            // `--follow` lists only the followed file; prefer the entry for the path
            // we are at, should git ever list more.
            let entry = match entries.iter().find(|(_, _, to)| *to == current) {
                Some(e) => Some(e),
                None if entries.len() == 1 => entries.first(),
                None => None,
            };
            let (change, path, older) = match entry {
                Some((kind, from, to)) => (
                    match kind {
                        'A' => FileChange::Added,
                        'D' => FileChange::Deleted,
                        'R' | 'C' => FileChange::Renamed,
                        _ => FileChange::Modified,
                    },
                    to.clone(),
                    from.clone(),
                ),
                None => (FileChange::Other, current.clone(), current.clone()),
            };
            commits.push(Commit {
                date: datetime.chars().take(10).collect(),
                hash,
                short,
                datetime,
                subject,
                path,
                change,
                tags: Vec::new(),
            });
            current = older;
        }
        let tags = self.tags()?;
        for c in &mut commits {
            if let Some(names) = tags.get(&c.hash) {
                c.tags = names.clone();
            }
        }
        Ok(commits)
    }

    /// Tags by the commit they point at (annotated tags peeled), names sorted.
    pub fn tags(&self) -> Result<BTreeMap<String, Vec<String>>> {
        let out = self.git(&[
            "for-each-ref",
            "--format=%(objectname)%00%(*objectname)%00%(refname:strip=2)",
            "refs/tags",
        ])?;
        let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in String::from_utf8_lossy(&out).lines() {
            let mut parts = row.split('\0');
            let (Some(object), Some(peeled), Some(name)) =
                (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let target = if peeled.is_empty() { object } else { peeled };
            map.entry(target.to_string())
                .or_default()
                .push(name.to_string());
        }
        for names in map.values_mut() {
            names.sort();
        }
        Ok(map)
    }

    /// The full hash of the commit a revision names (a hash, tag, branch, `HEAD~2`).
    pub fn resolve(&self, rev: &str) -> Result<String> {
        let bad = || {
            GitError::t("git-not-a-commit", &[("rev", sh(rev))])
                .hint("git-not-a-commit-help", &[])
                .code(Code::UnknownRevision)
        };
        if rev.is_empty() || rev.starts_with('-') {
            return Err(bad());
        }
        let spec = format!("{rev}^{{commit}}");
        match self.git(&["rev-parse", "--verify", "--quiet", &spec]) {
            Ok(out) => Ok(line(&out).to_string()),
            Err(e) if e.is_missing_git() => Err(e),
            Err(_) => Err(bad()),
        }
    }

    /// Facts about one commit (its tags included); `path` is left empty.
    pub fn commit(&self, hash: &str) -> Result<Commit> {
        let out = self.git(&[
            "show",
            "-s",
            "-z",
            "--no-show-signature",
            "--format=%H%x00%h%x00%aI%x00%s",
            hash,
            "--",
        ])?;
        let text = String::from_utf8_lossy(&out);
        let mut parts = text.split('\0');
        let mut next = || parts.next().unwrap_or_default().to_string();
        let (hash, short, datetime, subject) = (next(), next(), next(), next());
        let tags = self.tags()?.remove(&hash).unwrap_or_default();
        Ok(Commit {
            date: datetime.chars().take(10).collect(),
            hash,
            short,
            datetime,
            subject,
            path: String::new(),
            change: FileChange::Other,
            tags,
        })
    }

    /// Whether the file was ever committed (in any commit reachable from HEAD).
    pub fn has_commits(&self) -> Result<bool> {
        // `HEAD`, not `HEAD^{commit}`: a branch without commits has no `HEAD` yet, but
        // a damaged repository does (reading it then fails, and says so).
        match self.git(&["rev-parse", "--verify", "--quiet", "HEAD"]) {
            Ok(_) => Ok(true),
            Err(e) if e.is_missing_git() => Err(e),
            Err(_) => Ok(false),
        }
    }

    /// The file's bytes at `hash:path` (path relative to the top folder).
    pub fn read(&self, hash: &str, path: &str) -> Result<Blob> {
        let object = format!("{hash}:{path}");
        // `-e` first: a missing path is an answer, not a failure.
        let exists = Command::new("git")
            .current_dir(&self.top)
            .args(base_args())
            .args(["cat-file", "-e", &object])
            .envs(env())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(spawn_error)?;
        if !exists.success() {
            return Ok(Blob::Missing);
        }
        let mut child = Command::new("git")
            .current_dir(&self.top)
            .args(base_args())
            .args(["cat-file", "blob", &object])
            .envs(env())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(spawn_error)?;
        let mut bytes = Vec::new();
        if let Some(out) = child.stdout.take() {
            out.take(MAX_FILE_SIZE + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| GitError::t("git-cannot-read", &[("reason", sh(&e.to_string()))]))?;
        }
        if bytes.len() as u64 > MAX_FILE_SIZE {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(Blob::TooLarge);
        }
        let status = child
            .wait()
            .map_err(|e| GitError::t("git-did-not-finish", &[("reason", sh(&e.to_string()))]))?;
        if !status.success() {
            return Ok(Blob::Missing);
        }
        Ok(Blob::Bytes(bytes))
    }

    /// Where the file was in commit `hash`: its current path if it existed there,
    /// else the path it had in the newest commit of its (rename-following) history
    /// that is an ancestor of `hash`.
    pub fn path_at(&self, hash: &str, history: &[Commit]) -> Result<Option<String>> {
        if self.exists(hash, &self.path)? {
            return Ok(Some(self.path.clone()));
        }
        for c in history {
            if c.change == FileChange::Deleted {
                continue;
            }
            let ancestor = c.hash == hash || self.is_ancestor(&c.hash, hash)?;
            if ancestor && self.exists(hash, &c.path)? {
                return Ok(Some(c.path.clone()));
            }
        }
        Ok(None)
    }

    /// Whether `path` exists in commit `hash`.
    pub fn exists(&self, hash: &str, path: &str) -> Result<bool> {
        let object = format!("{hash}:{path}");
        Command::new("git")
            .current_dir(&self.top)
            .args(base_args())
            .args(["cat-file", "-e", &object])
            .envs(env())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .map_err(spawn_error)
    }

    fn is_ancestor(&self, older: &str, newer: &str) -> Result<bool> {
        Command::new("git")
            .current_dir(&self.top)
            .args(base_args())
            .args(["merge-base", "--is-ancestor", older, newer])
            .envs(env())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .map_err(spawn_error)
    }
}

/// Where a folder or file named on the command line lives in git.
#[derive(Debug, Clone)]
pub struct Place {
    /// The top folder of the working tree.
    pub top: PathBuf,
    /// The path from the top folder, `/`-separated; empty for the top folder itself.
    pub path: String,
}

impl Place {
    /// The repository holding `path` (a file or folder; a file need not exist any
    /// more, its folder must).
    pub fn of(path: &Path) -> Result<Place> {
        let shown = path.display().to_string();
        let (dir, name) = if path.is_dir() {
            (path.to_path_buf(), None)
        } else {
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            (dir, path.file_name().and_then(|n| n.to_str()))
        };
        if !dir.is_dir() {
            return Err(GitError::t(
                "git-folder-missing",
                &[("folder", sh(&dir.display().to_string()))],
            )
            .code(Code::Unreadable));
        }
        let top = run_in(&dir, &["rev-parse", "--show-toplevel"]).map_err(|e| {
            if e.message.contains("not a git repository") {
                GitError::t("git-not-in-repository", &[("file", sh(&shown))])
                    .hint("git-not-in-repository-help", &[])
                    .code(Code::NoHistory)
            } else {
                e
            }
        })?;
        let prefix = line(&run_in(&dir, &["rev-parse", "--show-prefix"])?);
        let mut rel = prefix.trim_end_matches('/').to_string();
        if let Some(name) = name {
            if !rel.is_empty() {
                rel.push('/');
            }
            rel.push_str(name);
        }
        Ok(Place {
            top: PathBuf::from(line(&top)),
            path: rel,
        })
    }
}

/// One file in a commit's tree: its path from the top folder and its blob id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeFile {
    pub path: String,
    pub blob: String,
}

/// The full hash of the commit `rev` names in the repository at `top`.
pub fn resolve_in(top: &Path, rev: &str) -> Result<String> {
    let bad = || {
        GitError::t("git-not-a-commit", &[("rev", sh(rev))])
            .hint("git-at-not-a-commit-help", &[])
            .code(Code::UnknownRevision)
    };
    if rev.is_empty() || rev.starts_with('-') {
        return Err(bad());
    }
    let spec = format!("{rev}^{{commit}}");
    match run_bytes(top, &["rev-parse", "--verify", "--quiet", &spec]) {
        Ok(out) => Ok(line(&out)),
        Err(e) if e.is_missing_git() => Err(e),
        Err(_) => Err(bad()),
    }
}

/// Every file below `paths` (files or folders from the top folder; empty means the
/// whole tree) in commit `hash`, in git's order (sorted by path). One `git ls-tree`.
pub fn list_tree(top: &Path, hash: &str, paths: &[String]) -> Result<Vec<TreeFile>> {
    let mut args: Vec<&str> = vec!["ls-tree", "-r", "-z", "--full-tree", hash];
    if !paths.iter().any(String::is_empty) {
        args.push("--");
        args.extend(paths.iter().map(String::as_str));
    }
    let out = run_bytes(top, &args)?;
    let mut files = Vec::new();
    for entry in out.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        let text = String::from_utf8_lossy(entry);
        let Some((meta, path)) = text.split_once('\t') else {
            continue;
        };
        let mut parts = meta.split(' ');
        let (_mode, kind, blob) = (parts.next(), parts.next(), parts.next());
        if kind == Some("blob")
            && let Some(blob) = blob
        {
            files.push(TreeFile {
                path: path.to_string(),
                blob: blob.to_string(),
            });
        }
    }
    Ok(files)
}

/// A commit that is a moment of a folder's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderCommit {
    pub hash: String,
    /// Git's own abbreviation (`%h`).
    pub short: String,
    /// The author date, `YYYY-MM-DD`, in the commit's own time zone.
    pub date: String,
    /// Tags pointing at this commit, sorted.
    pub tags: Vec<String>,
}

/// The commits of `HEAD`'s history, oldest first: with `tagged`, every commit a tag
/// points at; otherwise every commit that changed something below `path` (a folder
/// from the top folder; empty for the whole tree). One `git log` and one
/// `git for-each-ref`.
pub fn folder_commits(top: &Path, path: &str, tagged: bool) -> Result<Vec<FolderCommit>> {
    if run_bytes(top, &["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).is_err() {
        return Ok(Vec::new());
    }
    let mut args = vec![
        "log",
        "--reverse",
        "-z",
        "--no-show-signature",
        "--no-color",
        "--format=%H%x1f%h%x1f%aI",
    ];
    if tagged {
        args.push("--simplify-by-decoration");
    }
    args.push("HEAD");
    if !tagged && !path.is_empty() {
        args.extend(["--", path]);
    }
    let out = run_bytes(top, &args)?;
    let tags = Repo {
        top: top.to_path_buf(),
        path: String::new(),
        shown: String::new(),
    }
    .tags()?;
    let mut commits = Vec::new();
    for record in out.split(|&b| b == 0) {
        let record = String::from_utf8_lossy(record);
        let mut parts = record.trim_matches('\n').split('\x1f');
        let (Some(hash), Some(short), Some(datetime)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let names = tags.get(hash).cloned().unwrap_or_default();
        if tagged && names.is_empty() {
            continue;
        }
        commits.push(FolderCommit {
            hash: hash.to_string(),
            short: short.to_string(),
            date: datetime.chars().take(10).collect(),
            tags: names,
        });
    }
    Ok(commits)
}

/// One `git cat-file --batch` process: objects are asked for one at a time over a
/// pipe, so reading a thousand files at three moments costs one process, not three
/// thousand.
pub struct Batch {
    child: std::process::Child,
    input: std::process::ChildStdin,
    output: io::BufReader<std::process::ChildStdout>,
}

impl Batch {
    pub fn start(top: &Path) -> Result<Batch> {
        let mut child = Command::new("git")
            .current_dir(top)
            .args(base_args())
            .args(["cat-file", "--batch"])
            .envs(env())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(spawn_error)?;
        let (Some(input), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(GitError::t("git-cat-file-failed", &[]));
        };
        Ok(Batch {
            child,
            input,
            output: io::BufReader::new(output),
        })
    }

    /// The bytes of a blob named by id or `commit:path`; `Missing` when there is no
    /// such blob.
    pub fn read(&mut self, object: &str) -> Result<Blob> {
        self.read_with_id(object).map(|(_, blob)| blob)
    }

    /// [`Batch::read`], with the blob's id (`None` when it is missing).
    pub fn read_with_id(&mut self, object: &str) -> Result<(Option<String>, Blob)> {
        use std::io::{BufRead, Write};
        let broken =
            |e: io::Error| GitError::t("git-cannot-read", &[("reason", sh(&e.to_string()))]);
        if object.contains(['\n', '\r']) {
            return Ok((None, Blob::Missing));
        }
        writeln!(self.input, "{object}").map_err(broken)?;
        self.input.flush().map_err(broken)?;
        let mut header = String::new();
        self.output.read_line(&mut header).map_err(broken)?;
        let header = header.trim_end();
        if header.is_empty() {
            return Err(GitError::t("git-cat-file-ended", &[]));
        }
        let mut parts = header.rsplitn(3, ' ');
        let (size, kind, id) = (parts.next(), parts.next(), parts.next());
        let id = id.map(str::to_string);
        let Some(size) = size.and_then(|n| n.parse::<u64>().ok()) else {
            // `<object> missing` or `<object> ambiguous`.
            return Ok((None, Blob::Missing));
        };
        let mut bytes = Vec::new();
        if size > MAX_FILE_SIZE {
            // Read past it without keeping it.
            io::copy(&mut (&mut self.output).take(size), &mut io::sink()).map_err(broken)?;
        } else {
            (&mut self.output)
                .take(size)
                .read_to_end(&mut bytes)
                .map_err(broken)?;
        }
        let mut newline = [0u8; 1];
        self.output.read_exact(&mut newline).map_err(broken)?;
        if kind != Some("blob") {
            return Ok((None, Blob::Missing));
        }
        if size > MAX_FILE_SIZE {
            return Ok((id, Blob::TooLarge));
        }
        Ok((id, Blob::Bytes(bytes)))
    }
}

impl Drop for Batch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A relative path (the session's folder joined with a definition's name) as a
/// path from the top folder with `/` separators; `None` when it climbs out of the
/// repository or is absolute.
pub fn normalize(path: &Path) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

/// `git` options every call gets, before the subcommand.
fn base_args() -> [&'static str; 7] {
    [
        "-c",
        "core.quotepath=off",
        "-c",
        "log.showSignature=false",
        "--literal-pathspecs",
        "--no-pager",
        "--no-replace-objects",
    ]
}

/// The environment every call gets: C locale messages, and no prompts.
fn env() -> [(&'static str, &'static str); 3] {
    [
        ("LC_ALL", "C"),
        ("GIT_TERMINAL_PROMPT", "0"),
        ("GIT_OPTIONAL_LOCKS", "0"),
    ]
}

fn spawn_error(e: io::Error) -> GitError {
    if e.kind() == io::ErrorKind::NotFound {
        let e = if cfg!(windows) {
            GitError::t("git-missing-windows", &[]).hint("git-missing-windows-help", &[])
        } else {
            GitError::t("git-missing", &[]).hint("git-missing-help", &[])
        };
        e.code(Code::GitMissing)
    } else {
        GitError::t("git-cannot-run", &[("reason", sh(&e.to_string()))])
    }
}

fn run_in(dir: &Path, args: &[&str]) -> Result<String> {
    run_bytes(dir, args).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn run_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(base_args())
        .args(args.iter().map(OsStr::new))
        .envs(env())
        .stdin(Stdio::null())
        .output()
        .map_err(spawn_error)?;
    if out.status.success() {
        return Ok(out.stdout);
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr
        .lines()
        .map(|l| l.trim_start_matches("fatal: ").trim())
        .find(|l| !l.is_empty())
        .unwrap_or("no message");
    Err(GitError::t(
        "git-failed",
        &[
            ("command", sh(args.first().copied().unwrap_or_default())),
            ("reason", sh(first)),
        ],
    ))
}

/// A text as a message variable.
fn sh(text: &str) -> Arg<'static> {
    Arg::from(text.to_string())
}

/// The text without its trailing line ending.
fn line(s: &(impl AsRef<[u8]> + ?Sized)) -> String {
    let text = String::from_utf8_lossy(s.as_ref());
    text.strip_suffix('\n').unwrap_or(&text).to_string()
}

/// `M`, `A`, `D`, `T`, `R100`, `C075` → the letter; anything else is not a status.
fn status_kind(token: &str) -> Option<char> {
    let mut chars = token.chars();
    let kind = chars.next()?;
    let rest = chars.as_str();
    let valid = match kind {
        'R' | 'C' => rest.chars().all(|c| c.is_ascii_digit()),
        'A' | 'D' | 'M' | 'T' | 'U' | 'X' => rest.is_empty(),
        _ => false,
    };
    valid.then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_paths_survive_being_pasted_into_a_shell() {
        assert_eq!(
            shell_word("sessies/regenboog.toml"),
            "sessies/regenboog.toml"
        );
        assert_eq!(shell_word("map één/sessie.toml"), "'map één/sessie.toml'");
        assert_eq!(shell_word("it's.toml"), "'it'\\''s.toml'");
        assert_eq!(shell_word("HEAD~1"), "'HEAD~1'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn normalizes_paths_inside_the_repository_only() {
        let n = |p: &str| normalize(Path::new(p));
        assert_eq!(n("a/b/def.toml").as_deref(), Some("a/b/def.toml"));
        assert_eq!(n("a/b/../d/./def.toml").as_deref(), Some("a/d/def.toml"));
        assert_eq!(n("def.toml").as_deref(), Some("def.toml"));
        assert_eq!(n("../def.toml"), None);
        assert_eq!(n("/etc/def.toml"), None);
    }

    #[test]
    fn status_tokens() {
        assert_eq!(status_kind("R100"), Some('R'));
        assert_eq!(status_kind("M"), Some('M'));
        assert_eq!(status_kind("Mx"), None);
        assert_eq!(status_kind("@@scan-commit"), None);
        assert_eq!(status_kind(""), None);
    }

    #[test]
    fn errors_carry_their_code_and_hint_apart_from_the_message() {
        let e = GitError::new("x is wrong")
            .help("do y")
            .code(Code::UnknownRevision);
        assert_eq!(e.to_string(), "x is wrong");
        assert_eq!(Coded::code(&e), Code::UnknownRevision);
        assert_eq!(Coded::hint(&e), Some("do y"));
        assert_eq!(Coded::exit(&e), crate::Exit::Failure);
        assert_eq!(GitError::new("x").code, Code::GitFailed);
    }
}
