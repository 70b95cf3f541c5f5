//! Writing results: atomically, never over an input, and quietly on a closed pipe.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::diag::{Code, Failure};
use crate::i18n::{Arg, msg, run_lang};
use crate::t;

/// True when an error comes from writing to a pipe whose reader has gone (`scan … | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Names Windows keeps for devices. With any extension (`aux.md`, `con.tar.gz`) they
/// still name the device, so a report must never be called that, on any platform:
/// the same inputs give the same file names everywhere.
const DEVICE_NAMES: [&str; 6] = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"];

/// True when Windows would take a file called `name` for a device (`CON`, `aux.md`,
/// `com1.html`, `LPT¹`): the part before the first dot, trailing spaces dropped, in
/// any case.
pub fn is_device_name(name: &str) -> bool {
    let base = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches(' ');
    let upper = base.to_uppercase();
    if DEVICE_NAMES.contains(&upper.as_str()) {
        return true;
    }
    let mut chars = upper.chars();
    let prefix: String = chars.by_ref().take(3).collect();
    let rest: Vec<char> = chars.collect();
    (prefix == "COM" || prefix == "LPT")
        && matches!(rest.as_slice(), [c] if c.is_ascii_digit() || matches!(c, '¹' | '²' | '³'))
}

/// A name that is a file name on every platform, from one made of letters, digits,
/// `-`, `_` and `.` (see `scan report -o DIR`): a device name of Windows gets a `_`
/// after its first part (`con` → `con_`, `aux.2026` → `aux_.2026`).
pub fn portable_name(name: String) -> String {
    if !is_device_name(&name) {
        return name;
    }
    match name.find('.') {
        Some(dot) => format!("{}_{}", &name[..dot], &name[dot..]),
        None => format!("{name}_"),
    }
}

/// The longest file name, extension included, that `scan report -o DIR` derives from
/// user text, in bytes of UTF-8. Linux and macOS folders hold names of 255 bytes, Windows
/// ones 255 UTF-16 units (never more than the bytes); the room left keeps a name valid
/// where letters are stored decomposed (macOS) or copied with a longer extension.
pub const NAME_BYTES: usize = 200;

/// `name` cut to at most `max` bytes at a character boundary, without a `-` or `.` at
/// the end (a name Windows refuses ends in a dot).
pub fn fit_name(name: &str, max: usize) -> &str {
    let mut end = name.len().min(max);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].trim_end_matches(['-', '.'])
}

/// The key under which Windows and macOS folders take two names for the same file
/// (they ignore case). Folding both ways also catches letters whose lower cases differ
/// but whose upper cases agree (`σ`, `ς`), so names with different keys are different
/// files everywhere.
pub fn case_key(name: &str) -> String {
    name.to_lowercase().to_uppercase()
}

/// A path as reports, indexes and comparisons show it: with `/` between folders on
/// every platform, so that the same files give the same output on Windows
/// (`examples\sportclub\x.toml`, as a folder walk there finds it) and elsewhere.
/// Messages keep the path as the user typed it. Only Windows separates folders with
/// `\`; elsewhere it is part of a name and is kept.
pub fn portable_path(shown: &str) -> String {
    if cfg!(windows) {
        shown.replace('\\', "/")
    } else {
        shown.to_string()
    }
}

/// Refuses an output target that is one of the inputs, or a `.toml` file: outputs
/// are reports and schemas, and a `.toml` name is where scan files live (a report
/// there would be read as a broken scan file by the next `scan validate .`).
pub fn check_target(target: &Path, inputs: &[PathBuf]) -> Result<()> {
    check_target_in(target, &InputSet::new(inputs))
}

/// The inputs of a run, resolved once (links and `..` followed), so that checking
/// each of many outputs against them costs one lookup, not one per input.
#[derive(Debug, Default)]
pub struct InputSet(std::collections::HashSet<PathBuf>);

impl InputSet {
    pub fn new(inputs: &[PathBuf]) -> Self {
        let folders = Folders::default();
        InputSet(
            inputs
                .iter()
                .filter_map(|i| folders.canonicalize(i).ok())
                .collect(),
        )
    }
}

/// Folders resolved once (links and `..` followed), so that resolving many files in
/// them costs one look at each file instead of one per part of its path. Shared by
/// the threads of a run.
#[derive(Debug, Default)]
pub struct Folders(std::sync::Mutex<std::collections::HashMap<PathBuf, Option<PathBuf>>>);

impl Folders {
    /// What [`fs::canonicalize`] gives for `path`: a file that is not itself a link is
    /// its resolved folder joined with its name; anything else is resolved whole.
    /// Only on Linux, where resolving keeps a name as it is given; Windows and macOS
    /// also spell each name as the disk does, so there every path is resolved whole.
    pub fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        if !cfg!(target_os = "linux") {
            return fs::canonicalize(path);
        }
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return fs::canonicalize(path);
        };
        if fs::symlink_metadata(path)?.file_type().is_symlink() {
            return fs::canonicalize(path);
        }
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let real = {
            let mut known = self.0.lock().unwrap_or_else(|e| e.into_inner());
            known
                .entry(parent.to_path_buf())
                .or_insert_with(|| fs::canonicalize(parent).ok())
                .clone()
        };
        match real {
            Some(folder) => Ok(folder.join(name)),
            None => fs::canonicalize(path),
        }
    }
}

impl InputSet {
    /// Inputs already resolved (such as [`crate::load::Loader::definition_files`]).
    pub fn of_resolved(inputs: Vec<PathBuf>) -> Self {
        InputSet(inputs.into_iter().collect())
    }
}

/// [`check_target`] against inputs resolved by [`InputSet::new`].
pub fn check_target_in(target: &Path, inputs: &InputSet) -> Result<()> {
    check_target_in_all(target, &Folders::default(), &[inputs])
}

/// [`check_target_in`] against several sets of inputs, the target resolved once (its
/// folder through `folders`).
pub fn check_target_in_all(target: &Path, folders: &Folders, sets: &[&InputSet]) -> Result<()> {
    let resolved = folders.canonicalize(target);
    if let Ok(t) = &resolved
        && sets.iter().any(|inputs| inputs.0.contains(t))
    {
        return Err(refused("output-is-input", target));
    }
    // A link named `report.md` that points at a `.toml` file counts as that file.
    let real = resolved.unwrap_or_else(|_| target.to_path_buf());
    if [target, real.as_path()].iter().any(|p| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    }) {
        return Err(refused("output-is-toml", target));
    }
    Ok(())
}

/// What kind of thing a path names, following links: nothing yet, a regular file, a
/// folder, or something that cannot be replaced by a file (a device such as
/// `/dev/null`, a named pipe, a socket).
enum Kind {
    Missing,
    File,
    Folder,
    Stream,
    /// A block device (Unix only; Windows has no such files in a folder).
    #[cfg_attr(not(unix), allow(dead_code))]
    Disk,
}

fn kind(path: &Path) -> Kind {
    kind_of(fs::metadata(path).ok().as_ref())
}

/// [`kind`] from what the file system said of a path (`None`: nothing there).
fn kind_of(meta: Option<&fs::Metadata>) -> Kind {
    let Some(meta) = meta else {
        return Kind::Missing;
    };
    let t = meta.file_type();
    if t.is_file() {
        return Kind::File;
    }
    if t.is_dir() {
        return Kind::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_block_device() {
            return Kind::Disk;
        }
    }
    Kind::Stream
}

/// Writes a result to the file the user named with `-o FILE`. Like the shell's `>`,
/// a link is followed: the file it points to is replaced, atomically, as by
/// [`write_atomic`]. A device or a named pipe (`-o /dev/stdout`, `-o /dev/null`, a
/// FIFO) cannot be replaced by a file, so it is written to directly; a disk device is
/// refused.
pub fn write_output(target: &Path, bytes: &[u8]) -> Result<()> {
    write_output_with(target, |w| Ok(w.write_all(bytes)?))
}

/// [`write_output`] with the contents written by `fill`, so a large output need not
/// be held in memory first.
pub fn write_output_with(
    target: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match kind(target) {
        Kind::Stream => {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(target)
                .with_context(|| cannot_write(target))?;
            let mut out = io::BufWriter::new(file);
            fill(&mut out)
                .and_then(|()| Ok(out.flush()?))
                .with_context(|| cannot_write(target))
        }
        Kind::Disk => Err(refused("output-is-disk", target)),
        Kind::Missing | Kind::File | Kind::Folder => {
            let is_link = fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink());
            match is_link.then(|| fs::canonicalize(target)) {
                Some(Ok(real)) => write_atomic_with(&real, true, fill),
                _ => write_atomic_with(target, true, fill),
            }
        }
    }
}

/// Rewrites an input file in place (`scan fmt`), atomically. A link is followed, so
/// the file it points to is rewritten and the link stays a link; anything but a
/// regular file (a device, a pipe) is refused, since a file cannot take its place.
pub fn rewrite_in_place(path: &Path, bytes: &[u8]) -> Result<()> {
    let real = fs::canonicalize(path).with_context(|| cannot_write(path))?;
    if !matches!(kind(&real), Kind::File) {
        return Err(refused("output-rewrite-not-file", path));
    }
    // Only a link is resolved: otherwise the path stays as the user typed it, so a
    // message names it that way (on Windows a resolved path reads `\\?\C:\…`).
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    write_atomic(if is_link { &real } else { path }, bytes, true)
}

/// Creates the output folder `-o DIR` (and its parents) when it is not there yet;
/// says plainly when a file stands where the folder should be.
pub fn create_folder(dir: &Path) -> Result<()> {
    if let Some(file) = dir
        .ancestors()
        .find(|a| !a.as_os_str().is_empty() && fs::metadata(a).is_ok_and(|m| !m.is_dir()))
    {
        let at = [("folder", dir), ("file", file)];
        return Err(unwritable("output-folder-is-file", &at).into());
    }
    fs::create_dir_all(dir)
        .with_context(|| unwritable("output-cannot-create-folder", &[("folder", dir)]))
}

/// Writes `bytes` to `target` whole or not at all: a temporary file in the same
/// folder, then a rename. With `overwrite = false` an existing target is an error.
/// A link at `target` is replaced by the new file, never written through; a device
/// or pipe there is never replaced (see [`write_output`] for those).
pub fn write_atomic(target: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    write_atomic_with(target, overwrite, |w| Ok(w.write_all(bytes)?))
}

/// [`write_atomic`] with the contents written by `fill` into the temporary file.
pub fn write_atomic_with(
    target: &Path,
    overwrite: bool,
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        if dir.exists() {
            let at = [("path", target), ("folder", dir.as_path())];
            return Err(unwritable("output-parent-is-file", &at).into());
        }
        let at = [("path", target), ("folder", dir.as_path())];
        return Err(unwritable("output-no-folder", &at).into());
    }
    // One look at the target, the link itself; only a link is followed.
    let own = fs::symlink_metadata(target).ok();
    let is_link = own.as_ref().is_some_and(|m| m.file_type().is_symlink());
    let followed = if is_link {
        fs::metadata(target).ok()
    } else {
        own
    };
    match kind_of(followed.as_ref()) {
        Kind::Folder if !is_link => {
            return Err(refused("output-is-folder", target));
        }
        Kind::Stream | Kind::Disk if !is_link => {
            return Err(refused("output-is-device", target));
        }
        _ => {}
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".scan-").suffix(".tmp");
    // A temporary file is private (0600); the file it becomes must not be. A new file
    // gets what any editor would give it (0666 less the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(&dir)
        .with_context(|| unwritable("output-cannot-write-in", &[("folder", dir.as_path())]))?;
    // A file rewritten in place (`scan fmt`) keeps its own permissions.
    if overwrite && let Some(meta) = &followed {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .with_context(|| cannot_write(target))?;
    }
    {
        let mut out = io::BufWriter::new(tmp.as_file_mut());
        fill(&mut out)
            .and_then(|()| Ok(out.flush()?))
            .with_context(|| cannot_write(target))?;
    }
    if overwrite {
        tmp.persist(target)
            .map_err(|e| e.error)
            .with_context(|| cannot_write(target))?;
    } else {
        tmp.persist_noclobber(target).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                refused("output-exists", target)
            } else {
                anyhow::Error::new(e.error).context(cannot_write(target))
            }
        })?;
    }
    Ok(())
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// "cannot write `FILE`", the context of a failed write (the system's reason follows).
fn cannot_write(path: &Path) -> Failure {
    unwritable("output-cannot-write", &[("path", path)])
}

/// An output scan will not write: the message `id` of `locales/*/writing.ftl`, which
/// names the output as `path`.
fn refused(id: &str, path: &Path) -> anyhow::Error {
    Failure::new(Code::OutputRefused, t!(run_lang(), id, path = shown(path))).into()
}

/// An output that cannot be written: the message `id` with the paths it names.
fn unwritable(id: &str, paths: &[(&str, &Path)]) -> Failure {
    let args: Vec<(&str, Arg)> = paths
        .iter()
        .map(|(name, p)| (*name, Arg::from(shown(p))))
        .collect();
    Failure::new(Code::OutputUnwritable, msg(run_lang(), id, &args))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Resolving through [`Folders`] gives what `fs::canonicalize` gives, for plain
    /// files, links to files and folders, links in the folder part, `.` and `..`,
    /// missing files and a file under a file.
    #[test]
    fn folders_resolve_as_canonicalize_does() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir_all(root.join("a/b")).unwrap();
        fs::write(root.join("a/b/f.toml"), "").unwrap();
        fs::write(root.join("a/g.md"), "").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::symlink;
            symlink(root.join("a/b"), root.join("linked")).unwrap();
            symlink(root.join("a/b/f.toml"), root.join("a/to-f.md")).unwrap();
            symlink("b/../g.md", root.join("a/relative.md")).unwrap();
            symlink(root.join("nowhere"), root.join("a/dangling.md")).unwrap();
        }
        let paths = [
            "a/b/f.toml",
            "a/b/../g.md",
            "a/./b/f.toml",
            "a/b/.",
            "a/b/..",
            "a/b",
            "linked/f.toml",
            "linked/../g.md",
            "a/to-f.md",
            "a/relative.md",
            "a/dangling.md",
            "a/missing.md",
            "missing/x.md",
            "a/g.md/x.md",
            "linked",
        ];
        let folders = Folders::default();
        for p in paths {
            let path = root.join(p);
            // Twice: the second time the folder is known.
            for _ in 0..2 {
                let expected = fs::canonicalize(&path).ok();
                assert_eq!(folders.canonicalize(&path).ok(), expected, "{p}");
            }
        }
        // A file named without a folder resolves against the current folder.
        let here = Folders::default()
            .canonicalize(Path::new("Cargo.toml"))
            .ok();
        assert_eq!(here, fs::canonicalize("Cargo.toml").ok());
    }
}
