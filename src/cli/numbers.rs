//! `crosscheck numbers`: the numeric audit, one row per figure, grouped by quantity.

use std::io::Write as _;

use crosscheck::findings::Verdict;
use crosscheck::pipeline;
use crosscheck::render::numbers;

use super::args::{Global, MinVerdict, NumbersArgs, NumbersFormat};
use super::{output, report};

pub fn run(args: &NumbersArgs, global: &Global) -> anyhow::Result<i32> {
    let config = report::config(&args.analysis)?;
    let corpus = output::load(&args.analysis.inputs, global)?;
    let code = output::code(&corpus);
    let (findings, audit) = pipeline::analyze_with_audit(corpus, &config);
    let min = match args.min_verdict {
        MinVerdict::Agree => Verdict::Agree,
        MinVerdict::Compatible => Verdict::Compatible,
        MinVerdict::Conflict => Verdict::Conflict,
    };
    let mut out = output::writer(global)?;
    match args.format {
        NumbersFormat::Table => numbers::table(&audit, min, output::width(global), &mut out)?,
        NumbersFormat::Markdown => numbers::markdown(&audit, min, &mut out)?,
        NumbersFormat::Csv => numbers::csv(&audit, min, &mut out)?,
        NumbersFormat::Json => numbers::json(&findings, min, &mut out)?,
    }
    out.flush()?;
    Ok(code)
}
