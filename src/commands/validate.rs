//! `scan validate`: every problem in every file, rustc-style or as JSON.

use anyhow::Result;

use crate::cli::{DiagFormat, ValidateArgs};
use crate::diag::{Diagnostic, Reporter, Show};
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
    let show = match args.format {
        DiagFormat::Json => Show::Json,
        DiagFormat::Human if !args.quiet => Show::All,
        DiagFormat::Human => Show::Nothing,
    };
    let mut reporter = Reporter::new(io.lang, io.palette, show, args.strict);
    for d in per_file {
        for d in d? {
            reporter.report(io.err, &d)?;
        }
    }
    reporter.finish(io.out, io.err, inputs.len())?;
    Ok(reporter.exit())
}
