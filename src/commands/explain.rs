//! `scan explain CODE` and `scan explain --list`: the explanations of diagnostic codes.

use anyhow::Result;

use crate::cli::ExplainArgs;
use crate::diag::{Code, explain};
use crate::{Exit, Io, t};

pub fn run(args: &ExplainArgs, io: &mut Io) -> Result<Exit> {
    let lang = io.lang;
    if args.list {
        let width = Code::ALL
            .iter()
            .map(|c| c.as_str().len())
            .max()
            .unwrap_or(0);
        for &code in Code::ALL {
            let title = explain::title(code, lang).unwrap_or_default();
            writeln!(io.out, "{:width$}  {title}", code.as_str())?;
        }
        return Ok(Exit::Ok);
    }
    let name = args.code.as_deref().unwrap_or_default();
    // `error[unknown-key]` pasted whole is fine too.
    let bare = name
        .rsplit_once('[')
        .map_or(name, |(_, rest)| rest.trim_end_matches([']', ':']));
    let Some(code) = Code::parse(bare) else {
        let names = Code::ALL.iter().map(|c| c.as_str());
        let message = match crate::diag::did_you_mean(bare, names) {
            Some(s) => t!(
                lang,
                "explain-unknown-did-you-mean",
                code = name,
                suggestion = s
            ),
            None => t!(lang, "explain-unknown", code = name),
        };
        anyhow::bail!(message);
    };
    match explain::for_reader(code, lang) {
        Some(text) => write!(io.out, "{text}")?,
        None => anyhow::bail!(t!(lang, "explain-unknown", code = name)),
    }
    Ok(Exit::Ok)
}
