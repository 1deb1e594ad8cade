//! `crosscheck match`: score sentence pairs from a TSV file.

use std::fs::File;
use std::io::{self, BufReader, Write};

use anyhow::Context;
use crosscheck::align::similarity::{
    self, LearnedMatcher, MatchFormat as LibFormat, MatchSummary, Matcher, PairScorer,
};

use super::args::{Global, MatchArgs, MatchFormat};
use super::{exit, output};

/// Malformed lines reported one by one before the rest are only counted.
const MAX_LINE_WARNINGS: usize = 20;

pub fn run(args: &MatchArgs, global: &Global) -> anyhow::Result<i32> {
    let threshold = super::report::threshold(args.threshold)?;
    // The learned combination by default: 76.4% against 71.8% for the lexical score
    // (10-fold cross-validated on MRPC train; data/matcher_weights.toml).
    let summary = if args.lexical {
        let mut matcher = Matcher::builder();
        if let Some(t) = threshold {
            matcher = matcher.threshold(t);
        }
        score(args, global, &matcher.build())?
    } else {
        let mut learned = LearnedMatcher::default();
        if let Some(t) = threshold {
            learned = learned.with_threshold(t);
        }
        score(args, global, &learned)?
    };
    if !global.quiet {
        // A binary or wrong file would bury the terminal under one line per row: the first
        // few say what is wrong, the count says how much.
        for m in summary.malformed.iter().take(MAX_LINE_WARNINGS) {
            eprintln!(
                "crosscheck: warning: {}:{}: {}; line skipped",
                args.pairs, m.line, m.message
            );
        }
        if summary.malformed.len() > MAX_LINE_WARNINGS {
            eprintln!(
                "crosscheck: warning: {}: {} more malformed lines skipped ({} in all)",
                args.pairs,
                summary.malformed.len() - MAX_LINE_WARNINGS,
                summary.malformed.len()
            );
        }
    }
    Ok(match (summary.scored, summary.malformed.is_empty()) {
        (0, _) => {
            eprintln!("crosscheck: no usable pair in {}", args.pairs);
            exit::USAGE
        }
        (_, true) => exit::OK,
        (_, false) => exit::SKIPPED,
    })
}

fn score(
    args: &MatchArgs,
    global: &Global,
    scorer: &impl PairScorer,
) -> anyhow::Result<MatchSummary> {
    let format = match args.format {
        MatchFormat::Tsv => LibFormat::Tsv,
        MatchFormat::Json => LibFormat::JsonLines,
    };
    let mut out = output::writer(global)?;
    let summary = if args.pairs == "-" {
        similarity::match_pairs(io::stdin().lock(), &mut out, scorer, format)?
    } else {
        let file =
            File::open(&args.pairs).with_context(|| format!("cannot read {}", args.pairs))?;
        similarity::match_pairs(BufReader::new(file), &mut out, scorer, format)?
    };
    out.flush()?;
    Ok(summary)
}
