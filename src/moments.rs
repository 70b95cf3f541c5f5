//! Session files as they were at git revisions (measurement moments), fed into one
//! [`Compare`] per moment: what `scan compare --at` and `scan history DIR` share.
//!
//! Per repository: one `git ls-tree` per moment lists the `*.toml` files below the
//! named paths with their blob ids, and one `git cat-file --batch` process reads every
//! blob (and every definition file a session names by path, from the same revision).
//! A blob that is the same at several moments is read and parsed once, unless it names
//! its definition by a path (that file may differ between the moments). Files are
//! handled a chunk at a time in path order, parsed in parallel, and folded into the
//! moments' comparisons straight away, so memory does not grow with the number of
//! files. Knows nothing of output formats.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Result, bail};
use indexmap::IndexMap;
use rayon::prelude::*;

use crate::analyse::compare::{Compare, Options};
use crate::diag::{Code, Diagnostic};
use crate::git::{self, Batch, Blob, Place};
use crate::i18n::Msg;
use crate::load::{self, DefinitionFiles, Loaded, Loader};
use crate::model::Origin;
use crate::source::{MAX_FILE_SIZE, Source};

/// Files parsed together before they are folded in: bounds what is held at once.
const CHUNK: usize = 256;

/// One moment's comparison and what went into it.
pub struct Moment {
    /// The revision as typed.
    pub rev: String,
    pub compare: Compare,
    /// Session files that exist (and validate) at this moment.
    pub files: u64,
}

/// A file that does not validate at a moment: left out of that moment.
pub struct Broken {
    pub rev: String,
    /// The file's path from its repository's top folder.
    pub path: String,
    pub errors: Vec<Diagnostic>,
}

/// Reads every session file below `paths` at each revision in `revs` and compares
/// them per moment. `broken` hears of every file left out of a moment.
pub fn compare_at(
    paths: &[PathBuf],
    revs: &[String],
    options: Options,
    mut broken: impl FnMut(Broken),
) -> Result<Vec<Moment>> {
    let mut repos: IndexMap<PathBuf, Vec<String>> = IndexMap::new();
    for p in paths {
        if p == Path::new("-") {
            let lang = crate::i18n::run_lang();
            bail!(crate::i18n::with_help(
                lang,
                &crate::t!(lang, "moments-stdin"),
                &crate::t!(lang, "moments-stdin-help")
            ));
        }
        let place = Place::of(p)?;
        repos.entry(place.top).or_default().push(place.path);
    }
    let mut moments: Vec<Moment> = revs
        .iter()
        .map(|rev| Moment {
            rev: rev.clone(),
            compare: Compare::new(options),
            files: 0,
        })
        .collect();
    for (top, prefixes) in &repos {
        read_repository(top, prefixes, &mut moments, &mut broken)?;
    }
    Ok(moments)
}

/// A blob to parse: its id, its path (relative definitions start from its folder)
/// and the first moment it appears at.
struct Unit {
    blob: String,
    path: String,
    moment: usize,
}

fn read_repository(
    top: &Path,
    prefixes: &[String],
    moments: &mut [Moment],
    broken: &mut impl FnMut(Broken),
) -> Result<()> {
    let batch = Arc::new(Mutex::new(Batch::start(top)?));
    let mut trees: Vec<BTreeMap<String, String>> = Vec::new();
    let mut loaders: Vec<Loader> = Vec::new();
    let mut hashes: Vec<String> = Vec::new();
    let mut definition_ids: HashMap<String, Option<String>> = HashMap::new();
    for m in moments.iter() {
        let hash = git::resolve_in(top, &m.rev)?;
        hashes.push(hash.clone());
        let files = git::list_tree(top, &hash, prefixes)?;
        trees.push(
            files
                .into_iter()
                .filter(|f| f.path.ends_with(".toml"))
                .map(|f| (f.path, f.blob))
                .collect(),
        );
        loaders.push(Loader::with_definition_files(TreeFiles {
            batch: batch.clone(),
            hash,
            rev: m.rev.clone(),
        }));
    }
    let paths: BTreeSet<&String> = trees.iter().flat_map(|t| t.keys()).collect();
    let paths: Vec<&String> = paths.into_iter().collect();
    for chunk in paths.chunks(CHUNK) {
        // Each distinct (blob, path) once, at the first moment it appears.
        let mut units: Vec<Unit> = Vec::new();
        let mut index: HashMap<(&str, &str), usize> = HashMap::new();
        let mut uses: Vec<Vec<Option<usize>>> = Vec::with_capacity(chunk.len());
        for path in chunk {
            let row = trees
                .iter()
                .enumerate()
                .map(|(m, tree)| {
                    let blob = tree.get(*path)?;
                    Some(
                        *index
                            .entry((blob.as_str(), path.as_str()))
                            .or_insert_with(|| {
                                units.push(Unit {
                                    blob: blob.clone(),
                                    path: (*path).clone(),
                                    moment: m,
                                });
                                units.len() - 1
                            }),
                    )
                })
                .collect();
            uses.push(row);
        }
        let sources: Vec<std::result::Result<Source, Box<Diagnostic>>> = {
            let mut batch = lock(&batch)?;
            units
                .iter()
                .map(|u| {
                    read_source(
                        &mut batch,
                        &u.blob,
                        &name_at(&u.path, &moments[u.moment].rev),
                    )
                })
                .collect::<Result<_>>()?
        };
        let loaded: Vec<(Loaded, Vec<Diagnostic>)> = units
            .par_iter()
            .zip(sources.par_iter())
            .map(|(u, source)| load_unit(&loaders[u.moment], source, &u.path))
            .collect();
        for (path, row) in chunk.iter().zip(uses) {
            for (m, unit) in row.into_iter().enumerate() {
                let Some(u) = unit else { continue };
                let mut again = None;
                let (result, diags) = match &loaded[u] {
                    // A definition named by path is read from each moment's own tree,
                    // unless it is the same file at both moments.
                    (Loaded::Session(s), _)
                        if m != units[u].moment
                            && !same_definition(
                                &s.definition.origin,
                                (&batch, &mut definition_ids),
                                (&hashes[units[u].moment], &moments[units[u].moment].rev),
                                &hashes[m],
                            )? =>
                    {
                        let source = {
                            let mut batch = lock(&batch)?;
                            read_source(
                                &mut batch,
                                &units[u].blob,
                                &name_at(path, &moments[m].rev),
                            )?
                        };
                        let (l, d) = again.insert(load_unit(&loaders[m], &source, path));
                        (&*l, &*d)
                    }
                    (l, d) => (l, d),
                };
                match result {
                    Loaded::Session(session) => {
                        let moment = &mut moments[m];
                        moment.files += 1;
                        moment.compare.add(session);
                    }
                    Loaded::Definition(_) => {}
                    Loaded::Invalid => broken(Broken {
                        rev: moments[m].rev.clone(),
                        path: (*path).clone(),
                        errors: diags.iter().filter(|d| d.is_error()).cloned().collect(),
                    }),
                }
            }
        }
    }
    Ok(())
}

/// Whether a session's definition is the same at the moment it was parsed at
/// (`first`: commit and revision as typed) and at commit `other`: always for a
/// built-in or inline definition; for a definition file, when its blob is the same.
fn same_definition(
    origin: &Origin,
    (batch, ids): (&Mutex<Batch>, &mut HashMap<String, Option<String>>),
    (first, first_rev): (&str, &str),
    other: &str,
) -> Result<bool> {
    let Origin::File(shown) = origin else {
        return Ok(true);
    };
    let suffix = format!("@{first_rev}");
    let Some(path) = shown
        .strip_suffix(&suffix)
        .and_then(|p| git::normalize(Path::new(p)))
    else {
        return Ok(false);
    };
    let mut id = |hash: &str| -> Result<Option<String>> {
        let object = format!("{hash}:{path}");
        if let Some(known) = ids.get(&object) {
            return Ok(known.clone());
        }
        let (found, _) = lock(batch)?.read_with_id(&object)?;
        ids.insert(object, found.clone());
        Ok(found)
    };
    let a = id(first)?;
    Ok(a.is_some() && a == id(other)?)
}

fn lock(batch: &Mutex<Batch>) -> Result<std::sync::MutexGuard<'_, Batch>> {
    batch
        .lock()
        .map_err(|_| anyhow::anyhow!(crate::t!(crate::i18n::run_lang(), "moments-thread-failed")))
}

/// How a file at a moment is named in messages: `path@REV`.
fn name_at(path: &str, rev: &str) -> String {
    format!("{path}@{rev}")
}

fn read_source(
    batch: &mut Batch,
    blob: &str,
    name: &str,
) -> Result<std::result::Result<Source, Box<Diagnostic>>> {
    Ok(match batch.read(blob)? {
        Blob::Bytes(bytes) => load::decode_source(name.to_string(), bytes),
        Blob::Missing => Err(Box::new(Diagnostic::file_error(
            Code::Unreadable,
            name,
            crate::msg!("moments-no-such-file"),
        ))),
        Blob::TooLarge => Err(Box::new(load::file_too_large(name, None, MAX_FILE_SIZE))),
    })
}

/// Parses and validates one version; a session is named by its path (not `path@REV`)
/// so that grouping by file sees the same file at every moment.
fn load_unit(
    loader: &Loader,
    source: &std::result::Result<Source, Box<Diagnostic>>,
    path: &str,
) -> (Loaded, Vec<Diagnostic>) {
    let source = match source {
        Ok(s) => s,
        Err(d) => return (Loaded::Invalid, vec![(**d).clone()]),
    };
    let base = Path::new(path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let (loaded, diags) = loader.load_source(source, &base);
    let loaded = match loaded {
        Loaded::Session(_) if diags.iter().any(Diagnostic::is_error) => Loaded::Invalid,
        Loaded::Session(mut s) => {
            s.file = path.to_string();
            Loaded::Session(s)
        }
        other => other,
    };
    (loaded, diags)
}

/// Definition files named by a relative path, read from the same revision.
struct TreeFiles {
    batch: Arc<Mutex<Batch>>,
    hash: String,
    rev: String,
}

impl DefinitionFiles for TreeFiles {
    fn exists(&self, path: &Path) -> bool {
        self.source(path).is_ok()
    }

    fn read(&self, path: &Path) -> std::result::Result<Source, Box<Diagnostic>> {
        self.source(path)
    }
}

impl TreeFiles {
    fn source(&self, path: &Path) -> std::result::Result<Source, Box<Diagnostic>> {
        let shown = name_at(&path.display().to_string(), &self.rev);
        let unreadable = |why: Msg| Box::new(Diagnostic::file_error(Code::Unreadable, &shown, why));
        let Some(p) = git::normalize(path) else {
            return Err(unreadable(crate::msg!("version-path-outside")));
        };
        let mut batch = self
            .batch
            .lock()
            .map_err(|_| unreadable(crate::msg!("moments-thread-failed")))?;
        match batch.read(&format!("{}:{p}", self.hash)) {
            Ok(Blob::Bytes(bytes)) => load::decode_source(shown, bytes),
            Ok(Blob::Missing) => Err(unreadable(crate::msg!(
                "moments-missing-at",
                path = p.as_str(),
                rev = self.rev.as_str()
            ))),
            Ok(Blob::TooLarge) => Err(Box::new(load::file_too_large(&shown, None, MAX_FILE_SIZE))),
            Err(e) => Err(unreadable(Msg::from(e.to_string()))),
        }
    }
}
