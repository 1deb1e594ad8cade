//! `crosscheck compare LEFT RIGHT`: two outlets side by side.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crosscheck::corpus::{self, Article, Corpus, Input};
use crosscheck::pipeline;
use crosscheck::render::compare::{self, Comparison, Only};
use crosscheck::render::report;

use super::args::{AnalysisArgs, CompareArgs, CompareFormat, Global, OnlyArg};
use super::output;

/// The articles of one side: a file, or the documents of the corpus with that id or outlet.
fn side(name: &str, corpus: &[Article]) -> Vec<Article> {
    let by_id: Vec<Article> = corpus.iter().filter(|a| a.id == name).cloned().collect();
    if !by_id.is_empty() {
        return by_id;
    }
    corpus
        .iter()
        .filter(|a| a.outlet.eq_ignore_ascii_case(name))
        .cloned()
        .collect()
}

fn print_warnings(c: &Corpus, global: &Global) {
    if !global.quiet {
        for w in &c.warnings {
            eprintln!("crosscheck: warning: {w}");
        }
    }
}

pub fn run(args: &CompareArgs, global: &Global) -> anyhow::Result<i32> {
    let analysis = AnalysisArgs {
        inputs: Vec::new(),
        threshold: args.threshold,
    };
    let config = super::report::config(&analysis)?;
    let files = Path::new(&args.left).is_file() && Path::new(&args.right).is_file();
    let (mut left, mut right, warnings) = if files {
        let l = corpus::load(&[Input::from(args.left.as_str())]);
        let r = corpus::load(&[Input::from(args.right.as_str())]);
        print_warnings(&l, global);
        print_warnings(&r, global);
        let warnings = [l.warnings, r.warnings].concat();
        (l.articles, r.articles, warnings)
    } else {
        let all = output::load(&args.corpus, global)?;
        let (l, r) = (
            side(&args.left, &all.articles),
            side(&args.right, &all.articles),
        );
        let known = || {
            let mut names: Vec<&str> = all.articles.iter().map(|a| a.outlet.as_str()).collect();
            names.sort_unstable();
            names.dedup();
            names.join(", ")
        };
        anyhow::ensure!(
            !l.is_empty(),
            "no document or outlet named {:?}; outlets: {}",
            args.left,
            known()
        );
        anyhow::ensure!(
            !r.is_empty(),
            "no document or outlet named {:?}; outlets: {}",
            args.right,
            known()
        );
        (l, r, all.warnings)
    };
    anyhow::ensure!(
        !left.is_empty() && !right.is_empty(),
        "no usable input on one side"
    );
    // The user asked for these two: compare them whatever their topics. Two files of the
    // same stem or outlet would look like one side; keep them apart.
    for (i, a) in left.iter_mut().chain(right.iter_mut()).enumerate() {
        a.topic = Some("compare".into());
        if files && i >= 1 && a.outlet == a.id {
            a.outlet = a.path.clone();
        }
    }
    let left_ids: Vec<String> = left.iter().map(|a| a.id.clone()).collect();
    let labels = (label(&left), label(&right));
    let code = if warnings.is_empty() {
        super::exit::OK
    } else {
        super::exit::SKIPPED
    };
    let articles = [std::mem::take(&mut left), std::mem::take(&mut right)].concat();
    let findings = pipeline::analyze(Corpus { articles, warnings }, &config);
    let only = match args.only {
        None => Only::All,
        Some(OnlyArg::Shared) => Only::Shared,
        Some(OnlyArg::Contradiction) => Only::Contradiction,
        Some(OnlyArg::Unique) => Only::Unique,
    };
    let comparison = Comparison::new(&findings, &left_ids, labels, only, args.top);
    let mut out = output::writer(global)?;
    match args.format {
        CompareFormat::Table => {
            let color = global.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            compare::table(&comparison, output::width(global), color, &mut out)?;
        }
        CompareFormat::Markdown => compare::markdown(&comparison, &mut out)?,
        CompareFormat::Csv => compare::csv(&comparison, &mut out)?,
        CompareFormat::Json => report::json(&findings, &mut out)?,
    }
    out.flush()?;
    Ok(code)
}

fn label(side: &[Article]) -> String {
    match side {
        [one] if one.outlet != one.id => format!("{} ({})", one.outlet, one.id),
        [one] => one.id.clone(),
        many => format!("{} ({} documents)", many[0].outlet, many.len()),
    }
}
