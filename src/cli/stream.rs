//! `crosscheck stream`: JSON lines in, one findings line per topic out (the map step of a
//! distributed run; see `docs/scaling.md`).

use std::fs::File;
use std::io::{self, BufReader};

use anyhow::Context;

use crosscheck::pipeline::{self, StreamOptions};
use crosscheck::timings::Timer;

use super::args::{AnalysisArgs, Global, StreamArgs};
use super::{exit, output, report};

pub fn run(args: &StreamArgs, global: &Global) -> anyhow::Result<i32> {
    anyhow::ensure!(args.batch > 0, "--batch must be at least 1");
    let config = report::config(&AnalysisArgs {
        inputs: Vec::new(),
        threshold: args.threshold,
    })?;
    let options = StreamOptions {
        source: args.input.clone(),
        batch: args.batch,
    };
    let mut timer = Timer::new();
    let out = output::writer(global)?;
    let summary = if args.input == "-" {
        pipeline::stream(io::stdin().lock(), out, &config, &options)
    } else {
        let file =
            File::open(&args.input).with_context(|| format!("cannot read {}", args.input))?;
        pipeline::stream(BufReader::new(file), out, &config, &options)
    }
    .with_context(|| format!("streaming {}", args.input))?;
    timer.stage("stream");
    if !global.quiet {
        for w in &summary.warnings {
            eprintln!("crosscheck: warning: {w}");
        }
    }
    if global.timings {
        output::print_timings(&timer);
        eprintln!(
            "{} chunks, {} articles, largest chunk {} articles",
            summary.chunks, summary.articles, summary.largest_chunk
        );
    }
    Ok(if summary.warnings.is_empty() {
        exit::OK
    } else {
        exit::SKIPPED
    })
}
