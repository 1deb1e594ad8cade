//! `crosscheck claims`: sentences with their figures and attribution.

use crosscheck::extract;
use crosscheck::render::claims;

use super::args::{ClaimsArgs, Format, Global};
use super::output;

pub fn run(args: &ClaimsArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = output::load(&args.inputs, global)?;
    let code = output::code(&corpus);
    let documents = extract::extract_all(corpus.articles);
    let mut out = output::writer(global)?;
    match args.format {
        Format::Table => claims::table(&documents, output::width(global), &mut out)?,
        Format::Json => claims::json(&documents, &mut out)?,
    }
    out.flush()?;
    Ok(code)
}
