//! `scan validate`: every problem in every file, rustc-style or as JSON.

use anyhow::Result;

use crate::cli::{DiagFormat, ValidateArgs};
use crate::diag::{self, Diagnostic, Reporter, Show};
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
        DiagFormat::Human if !args.quiet => Show::All,
        _ => Show::Nothing,
    };
    let mut reporter = Reporter::new(io.lang, io.palette, show, args.strict);
    let mut shown = Vec::new();
    for d in per_file {
        for d in d? {
            if reporter.report(io.err, &d)? {
                shown.push(d);
            }
        }
    }
    match args.format {
        DiagFormat::Json => diag::write_json(io.out, inputs.len(), &shown, io.lang)?,
        DiagFormat::Human => writeln!(io.err, "{}", reporter.summary(inputs.len()))?,
    }
    Ok(reporter.exit())
}
