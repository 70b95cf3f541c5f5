//! Writing results: atomically, never over an input, and quietly on a closed pipe.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// True when an error comes from writing to a pipe whose reader has gone (`scan … | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Refuses an output target that is one of the inputs, or a `.toml` file: outputs
/// are reports and schemas, and a `.toml` name is where scan files live (a report
/// there would be read as a broken scan file by the next `scan validate .`).
pub fn check_target(target: &Path, inputs: &[PathBuf]) -> Result<()> {
    if let Ok(t) = fs::canonicalize(target) {
        for input in inputs {
            if fs::canonicalize(input).is_ok_and(|i| i == t) {
                bail!(
                    "refusing to write to `{}`: it is one of the input files",
                    target.display()
                );
            }
        }
    }
    if target
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    {
        bail!(
            "refusing to write to `{}`: `.toml` files are scan files; give the output a name ending in .md, .html or .json",
            target.display()
        );
    }
    Ok(())
}

/// Writes `bytes` to `target` whole or not at all: a temporary file in the same
/// folder, then a rename. With `overwrite = false` an existing target is an error.
pub fn write_atomic(target: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        bail!(
            "cannot write `{}`: the folder `{}` does not exist",
            target.display(),
            dir.display()
        );
    }
    if target.is_dir() {
        bail!("cannot write `{}`: it is a folder", target.display());
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
        .with_context(|| format!("cannot write in `{}`", dir.display()))?;
    // A file rewritten in place (`scan fmt`) keeps its own permissions.
    if overwrite && let Ok(meta) = fs::metadata(target) {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .with_context(|| format!("cannot write `{}`", target.display()))?;
    }
    tmp.write_all(bytes)
        .and_then(|()| tmp.flush())
        .with_context(|| format!("cannot write `{}`", target.display()))?;
    if overwrite {
        tmp.persist(target)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write `{}`", target.display()))?;
    } else {
        tmp.persist_noclobber(target).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                anyhow::anyhow!("`{}` already exists; scan never overwrites it (choose another name or remove it first)", target.display())
            } else {
                anyhow::Error::new(e.error).context(format!("cannot write `{}`", target.display()))
            }
        })?;
    }
    Ok(())
}
