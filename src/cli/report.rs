//! `crosscheck report`: every finding for a corpus.

use crosscheck::align::similarity::Matcher;
use crosscheck::align::Aligner;
use crosscheck::findings::{wire, Findings};
use crosscheck::pipeline::{self, Config};

use super::args::{AnalysisArgs, Format, Global, ReportArgs};
use super::output;

/// The validated configuration for an analysis, from its flags.
pub fn config(args: &AnalysisArgs) -> anyhow::Result<Config> {
    let mut matcher = Matcher::builder();
    if let Some(t) = args.threshold {
        anyhow::ensure!(
            (0.0..=1.0).contains(&t),
            "--threshold must be between 0 and 1, got {t}"
        );
        matcher = matcher.threshold(t);
    }
    Ok(Config {
        aligner: Aligner::builder().matcher(matcher.build()).build(),
        ..Config::default()
    })
}

/// Loads the inputs and runs the pipeline; returns the findings and the exit code so far.
pub fn analyze(args: &AnalysisArgs, global: &Global) -> anyhow::Result<(Findings, i32)> {
    let config = config(args)?;
    let corpus = output::load(&args.inputs, global)?;
    let code = output::code(&corpus);
    Ok((pipeline::analyze(corpus, &config), code))
}

pub fn run(args: &ReportArgs, global: &Global) -> anyhow::Result<i32> {
    let (findings, code) = analyze(&args.analysis, global)?;
    let mut out = output::writer(global)?;
    match args.format {
        Format::Json | Format::Table => {
            serde_json::to_writer_pretty(&mut out, &wire::Report::from(&findings))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(code)
}

use std::io::Write as _;
