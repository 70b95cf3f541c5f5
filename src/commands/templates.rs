//! `scan templates export DIR`: the built-in templates as files, a start for your own.

use anyhow::Result;

use crate::cli::{TemplatesArgs, TemplatesCommand};
use crate::output;
use crate::render::BUILTIN_TEMPLATES;
use crate::{Exit, Io};

pub fn run(args: TemplatesArgs, io: &mut Io) -> Result<Exit> {
    match args.command {
        TemplatesCommand::Export(export) => {
            let dir = export.dir;
            output::create_folder(&dir)?;
            let (mut written, mut kept) = (0usize, 0usize);
            for (name, text) in BUILTIN_TEMPLATES {
                let target = dir.join(name);
                if target.exists() {
                    writeln!(
                        io.err,
                        "{}",
                        crate::t!(
                            io.lang,
                            "templates-kept",
                            path = target.display().to_string()
                        )
                    )?;
                    kept += 1;
                    continue;
                }
                output::write_atomic(&target, text.as_bytes(), false)?;
                written += 1;
            }
            writeln!(
                io.err,
                "{}",
                crate::t!(
                    io.lang,
                    "templates-wrote",
                    written = written,
                    kept = kept,
                    folder = dir.display().to_string()
                )
            )?;
            Ok(Exit::Ok)
        }
    }
}
