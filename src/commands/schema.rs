//! `scan schema`: the JSON Schema of session or definition files, for editors.

use std::path::PathBuf;

use anyhow::Result;

use crate::cli::SchemaArgs;
use crate::load;
use crate::{Exit, Io, output, schema};

pub fn run(args: SchemaArgs, io: &mut Io) -> Result<Exit> {
    let mut inputs = Vec::new();
    let value = if args.definition {
        schema::definition()
    } else if let Some(name) = &args.for_definition {
        let def = match super::named_definition(name, true, io)? {
            Ok((def, _)) => def,
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
            writeln!(
                io.err,
                "{}",
                crate::t!(io.lang, "output-wrote", path = path.display().to_string())
            )?;
        }
        None => io.out.write_all(text.as_bytes())?,
    }
    Ok(Exit::Ok)
}
