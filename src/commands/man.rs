//! `scan man DIR` (hidden): man pages generated from the clap definition, one for
//! `scan` and one per command (`scan-validate.1`, …), for packagers.

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};
use crate::{Exit, Io, output};

pub fn run(args: ManArgs, io: &mut Io) -> Result<Exit> {
    output::create_folder(&args.dir)?;
    let mut cmd = Cli::command();
    // Sets each subcommand's `bin_name` (`scan validate`), which the pages show.
    cmd.build();
    let mut pages = vec![("scan.1".to_string(), cmd.clone())];
    // clap's own `help` command needs no page of its own.
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        // After `build`, a subcommand's display name is `scan-validate`.
        let name = sub
            .get_display_name()
            .map_or_else(|| format!("scan-{}", sub.get_name()), str::to_string);
        pages.push((format!("{name}.1"), sub.clone()));
    }
    for (file, page) in &pages {
        let mut buf = Vec::new();
        clap_mangen::Man::new(page.clone())
            .render(&mut buf)
            .with_context(|| crate::t!(io.lang, "man-cannot-render", file = file.as_str()))?;
        output::write_atomic(&args.dir.join(file), &buf, true)?;
    }
    writeln!(
        io.err,
        "{}",
        crate::t!(
            io.lang,
            "man-wrote",
            pages = pages.len(),
            folder = args.dir.display().to_string()
        )
    )?;
    Ok(Exit::Ok)
}
