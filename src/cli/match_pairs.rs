//! `crosscheck match`: score sentence pairs from a TSV file.

use std::fs::File;
use std::io::{self, BufReader, Write};

use anyhow::Context;
use crosscheck::align::similarity::{self, MatchFormat as LibFormat, Matcher};

use super::args::{Global, MatchArgs, MatchFormat};
use super::{exit, output};

pub fn run(args: &MatchArgs, global: &Global) -> anyhow::Result<i32> {
    let mut matcher = Matcher::builder();
    if let Some(t) = super::report::threshold(args.threshold)? {
        matcher = matcher.threshold(t);
    }
    let matcher = matcher.build();
    let format = match args.format {
        MatchFormat::Tsv => LibFormat::Tsv,
        MatchFormat::Json => LibFormat::JsonLines,
    };
    let mut out = output::writer(global)?;
    let summary = if args.pairs == "-" {
        similarity::match_pairs(io::stdin().lock(), &mut out, &matcher, format)?
    } else {
        let file =
            File::open(&args.pairs).with_context(|| format!("cannot read {}", args.pairs))?;
        similarity::match_pairs(BufReader::new(file), &mut out, &matcher, format)?
    };
    out.flush()?;
    if !global.quiet {
        for m in &summary.malformed {
            eprintln!(
                "crosscheck: warning: {}:{}: {}; line skipped",
                args.pairs, m.line, m.message
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
