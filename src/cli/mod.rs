//! Command-line layer: raw clap arguments ([`args`]), validated into library calls here.

mod args;
mod claims;
mod compare;
mod eval;
mod exit;
mod framing;
mod match_pairs;
mod numbers;
mod output;
mod report;
mod stream;

use clap::Parser;

use args::{Cli, Command};

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
        }
    };
    if let Some(n) = cli.global.threads {
        // Only fails if a pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let result = match &cli.command {
        Command::Report(a) => report::run(a, &cli.global),
        Command::Compare(a) => compare::run(a, &cli.global),
        Command::Claims(a) => claims::run(a, &cli.global),
        Command::Eval(a) => eval::run(a, &cli.global),
        Command::Match(a) => match_pairs::run(a, &cli.global),
        Command::Framing(a) => framing::run(a, &cli.global),
        Command::Stream(a) => stream::run(a, &cli.global),
        Command::Numbers(a) => numbers::run(a, &cli.global),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => exit::OK,
        Err(e) => {
            eprintln!("crosscheck: {e:#}");
            exit::USAGE
        }
    }
}
