//! `scan validate`: every problem in every file, rustc-style or as JSON.

use anyhow::Result;

use crate::cli::{DiagFormat, ValidateArgs};
use crate::diag::{self, Diagnostic};
use crate::load::{self, Loader};
use crate::{Exit, Io};

pub fn run(args: ValidateArgs, io: &mut Io) -> Result<Exit> {
    let inputs = super::inputs(&args.paths, args.verbose, io)?;
    load::require_inputs(&inputs)?;
    let loader = Loader::new();
    // Keep only the diagnostics of each file, not its model: memory stays flat.
    let per_file: Vec<Result<Vec<Diagnostic>>> = {
        use rayon::prelude::*;
        inputs
            .par_iter()
            .map(|i| loader.load(i).map(|r| r.diags))
            .collect()
    };
    let mut diags = Vec::new();
    for d in per_file {
        diags.extend(d?);
    }
    super::dedup(&mut diags);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    match args.format {
        DiagFormat::Json => diag::write_json(io.out, inputs.len(), &diags)?,
        DiagFormat::Human => {
            if !args.quiet {
                for d in &diags {
                    writeln!(io.err, "{}", diag::render_human(d, io.palette))?;
                }
            }
            writeln!(
                io.err,
                "{}",
                diag::summary(io.lang, inputs.len(), errors, warnings)
            )?;
        }
    }
    Ok(if errors > 0 || (args.strict && warnings > 0) {
        Exit::Problems
    } else {
        Exit::Ok
    })
}
