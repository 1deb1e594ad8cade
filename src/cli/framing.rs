//! `crosscheck framing`: how each outlet labels the same referents, and its loaded terms.

use anyhow::Context;

use crosscheck::classify::framing::profiles;
use crosscheck::extract::lexicon::Lexicon;
use crosscheck::pipeline;
use crosscheck::render::framing;

use super::args::{FramingArgs, FramingFormat, Global};
use super::{output, report};

/// The built-in lexicon plus the user's file, if any; a bad file is an error naming it and
/// the line at fault.
fn lexicon(args: &FramingArgs) -> anyhow::Result<Lexicon> {
    let mut lexicon = Lexicon::default();
    if let Some(path) = &args.lexicon {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read --lexicon {}", path.display()))?;
        let user = Lexicon::from_toml(&text).map_err(|e| {
            // `FILE:LINE: message`, the form editors and terminals link to.
            let (line, message) = e
                .strip_prefix("line ")
                .and_then(|rest| rest.split_once(": "))
                .unwrap_or(("1", e.as_str()));
            anyhow::anyhow!("--lexicon {}:{line}: {message}", path.display())
        })?;
        lexicon.extend(user);
    }
    Ok(lexicon)
}

pub fn run(args: &FramingArgs, global: &Global) -> anyhow::Result<i32> {
    let mut config = report::config(&args.analysis)?;
    config.lexicon = lexicon(args)?;
    let corpus = output::load(&args.analysis.inputs, global)?;
    let code = output::code(&corpus);
    let findings = pipeline::analyze(corpus, &config);
    let profiles = profiles(&findings.documents, &config.lexicon);
    let mut out = output::writer(global)?;
    match args.format {
        FramingFormat::Table => {
            framing::table(&findings, &profiles, output::width(global), &mut out)?;
        }
        FramingFormat::Markdown => framing::markdown(&findings, &profiles, &mut out)?,
        FramingFormat::Csv => framing::csv(&findings, &profiles, &mut out)?,
        FramingFormat::Json => framing::json(&findings, &profiles, &mut out)?,
    }
    out.flush()?;
    Ok(code)
}
