//! `scan completions SHELL`: shell completions generated from the clap definition.

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::{Exit, Io};

pub fn run(args: CompletionsArgs, io: &mut Io) -> Result<Exit> {
    let mut cmd = Cli::command();
    // clap_complete writes through `Write` without returning errors; write to memory
    // first so a closed pipe or a full disk is reported, not ignored.
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "scan", &mut buf);
    io.out.write_all(&buf)?;
    Ok(Exit::Ok)
}
