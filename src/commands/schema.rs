//! `scan schema`: the JSON Schema of session or definition files, for editors.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Result, bail};

use crate::cli::SchemaArgs;
use crate::diag::{self, did_you_mean};
use crate::load::{self, Input, Loaded, Loader};
use crate::model::Definition;
use crate::{Exit, Io, output, schema};

pub fn run(args: SchemaArgs, io: &mut Io) -> Result<Exit> {
    let mut inputs = Vec::new();
    let value = if args.definition {
        schema::definition()
    } else if let Some(name) = &args.for_definition {
        let def = match resolve(name, io)? {
            Ok(def) => def,
            Err(exit) => return Ok(exit),
        };
        if load::builtin(name).is_none() {
            inputs.push(PathBuf::from(name));
        }
        schema::for_definition(&def)?
    } else {
        schema::session()
    };
    let mut text = serde_json::to_string_pretty(&value)?;
    text.push('\n');
    match &args.output {
        Some(path) => {
            output::check_target(path, &inputs)?;
            output::write_output(path, text.as_bytes())?;
            writeln!(io.err, "wrote {}", path.display())?;
        }
        None => io.out.write_all(text.as_bytes())?,
    }
    Ok(Exit::Ok)
}

/// A built-in id or the path of a definition file; its problems are shown and end
/// the run with exit 1.
fn resolve(name: &str, io: &mut Io) -> Result<std::result::Result<Arc<Definition>, Exit>> {
    if let Some(def) = load::builtin(name) {
        return Ok(Ok(def));
    }
    let path = PathBuf::from(name);
    if !path.is_file() {
        let hint = match did_you_mean(name, load::builtin_ids()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "the built-in definitions are {}; or give the path of a definition file",
                load::builtin_ids().collect::<Vec<_>>().join(", ")
            ),
        };
        bail!("there is no built-in definition or definition file `{name}`: {hint}");
    }
    let report = Loader::new().load(&Input::File(path.clone()))?;
    for d in report.diags.iter().filter(|d| d.is_error()) {
        writeln!(io.err, "{}", diag::render_human(d, io.palette, io.lang))?;
    }
    match report.loaded {
        Loaded::Definition(def) => Ok(Ok(def)),
        Loaded::Session(_) => bail!(
            "`{}` is a session file, not a definition; name the definition it uses",
            path.display()
        ),
        Loaded::Invalid => Ok(Err(Exit::Problems)),
    }
}
