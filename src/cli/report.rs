//! `crosscheck report`: every finding for a corpus, in the format asked for.

use std::io::{IsTerminal, Write};

use crosscheck::align::Aligner;
use crosscheck::findings::Findings;
use crosscheck::pipeline::{self, Config};
use crosscheck::render::report::{self, Options, Section};
use crosscheck::timings::Timer;

use super::args::{AnalysisArgs, Global, ReportArgs, ReportFormat};
use super::output;

/// `--threshold`, checked to lie in 0..1.
pub fn threshold(threshold: Option<f64>) -> anyhow::Result<Option<f64>> {
    if let Some(t) = threshold {
        anyhow::ensure!(
            (0.0..=1.0).contains(&t),
            "--threshold must be between 0 and 1, got {t}"
        );
    }
    Ok(threshold)
}

/// The validated configuration for an analysis, from its flags: `--threshold` sets the
/// score at which two sentences of different outlets count as one claim.
pub fn config(args: &AnalysisArgs) -> anyhow::Result<Config> {
    let mut aligner = Aligner::builder();
    if let Some(t) = threshold(args.threshold)? {
        aligner = aligner.shared(t);
    }
    Ok(Config {
        aligner: aligner.build(),
        ..Config::default()
    })
}

/// Loads the inputs and runs the pipeline; returns the findings and the exit code so far.
/// With `--timings`, each stage's time and peak memory go to stderr.
pub fn analyze(args: &AnalysisArgs, global: &Global) -> anyhow::Result<(Findings, i32)> {
    let config = config(args)?;
    let mut timer = Timer::new();
    let corpus = output::load(&args.inputs, global)?;
    output::progress(&mut timer, corpus.articles.len(), global);
    timer.stage("load");
    let code = output::code(&corpus);
    let findings = pipeline::analyze_timed(corpus, &config, &mut timer);
    if global.timings {
        output::print_timings(&timer);
    }
    Ok((findings, code))
}

/// Rendering options from `--kinds`, `--outlets` and where the output goes.
fn options(args: &ReportArgs, global: &Global) -> anyhow::Result<Options> {
    let kinds: Vec<Section> = args
        .kinds
        .iter()
        .map(|k| k.parse::<Section>().map_err(|_| anyhow::anyhow!("--kinds: unknown section {k:?}; use shared, contradiction, numeric, framing or unique")))
        .collect::<anyhow::Result<_>>()?;
    let mut options = Options::default().width(output::width(global));
    if !kinds.is_empty() {
        options = options.kinds(kinds);
    }
    if !args.outlets.is_empty() {
        options = options.outlets(args.outlets.iter().cloned());
    }
    let terminal = global.output.is_none() && std::io::stdout().is_terminal();
    Ok(options.color(terminal && std::env::var_os("NO_COLOR").is_none()))
}

pub fn run(args: &ReportArgs, global: &Global) -> anyhow::Result<i32> {
    let options = options(args, global)?;
    let (findings, code) = analyze(&args.analysis, global)?;
    if !args.outlets.is_empty() {
        let known = report::outlets(&findings);
        for o in &args.outlets {
            anyhow::ensure!(
                known.iter().any(|k| k.eq_ignore_ascii_case(o)),
                "--outlets: no outlet named {o:?}; the corpus has: {}",
                known.join(", ")
            );
        }
    }
    let mut out = output::writer(global)?;
    match args.format {
        ReportFormat::Table => report::table(&findings, &options, &mut out)?,
        ReportFormat::Markdown => report::markdown(&findings, &options, &mut out)?,
        ReportFormat::Json => report::json(&report::select(&findings, &options), &mut out)?,
        ReportFormat::Csv => report::csv(&findings, &options, &mut out)?,
        ReportFormat::Html => report::html(&findings, &options, &mut out)?,
    }
    out.flush()?;
    Ok(code)
}
