//! Where output goes, how inputs default, and how warnings reach the user.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crosscheck::corpus::{self, Corpus, Input};

use super::args::Global;
use super::exit;

/// The bundled corpus: `seeds/` in the working directory, else the one this binary was
/// built from (so `cargo run -- report` works from anywhere in the checkout).
pub fn default_inputs() -> Vec<Input> {
    let local = PathBuf::from("seeds");
    if local.is_dir() {
        return vec![Input::Path(local)];
    }
    vec![Input::Path(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
    )]
}

/// Loads the inputs named on the command line (or the seeds), prints each warning to
/// stderr unless `--quiet`, and fails when nothing usable was found.
pub fn load(inputs: &[String], global: &Global) -> anyhow::Result<Corpus> {
    let inputs: Vec<Input> = if inputs.is_empty() {
        default_inputs()
    } else {
        inputs.iter().map(|s| Input::from(s.as_str())).collect()
    };
    let corpus = corpus::load(&inputs);
    if !global.quiet {
        for w in &corpus.warnings {
            eprintln!("crosscheck: warning: {w}");
        }
    }
    if corpus.articles.is_empty() {
        anyhow::bail!("no usable input: no article could be read from the inputs given");
    }
    Ok(corpus)
}

/// Exit code for a run that got this far: some inputs skipped or not.
pub fn code(corpus: &Corpus) -> i32 {
    if corpus.warnings.is_empty() {
        exit::OK
    } else {
        exit::SKIPPED
    }
}

/// Standard output (buffered) or the `--output` file.
pub fn writer(global: &Global) -> anyhow::Result<Box<dyn Write>> {
    Ok(match &global.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Table width: the terminal's when writing to one, else a fixed 120 so files and pipes get
/// the same bytes on every machine.
pub fn width(global: &Global) -> u16 {
    if global.output.is_none() && io::stdout().is_terminal() {
        if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
            return w;
        }
    }
    120
}

/// A closed pipe (`| head`) is not an error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Writes a stage table to stderr: stage, time in ms, peak memory in MiB.
pub fn print_timings(timer: &crosscheck::timings::Timer) {
    let total: std::time::Duration = timer.stages().iter().map(|s| s.elapsed).sum();
    eprintln!("{:<12} {:>10} {:>12}", "stage", "ms", "peak MiB");
    for s in timer.stages() {
        let peak = s.peak_bytes.map_or_else(
            || "-".to_string(),
            |b| format!("{:.1}", b as f64 / 1_048_576.0),
        );
        eprintln!(
            "{:<12} {:>10.1} {:>12}",
            s.stage,
            s.elapsed.as_secs_f64() * 1000.0,
            peak
        );
    }
    eprintln!("{:<12} {:>10.1}", "total", total.as_secs_f64() * 1000.0);
}

/// Corpora at least this large get a progress bar (on a terminal, without `--quiet`).
const PROGRESS_FROM: usize = 500;

/// Makes `timer` drive a progress bar on stderr when stderr is a terminal, the corpus is
/// large and `--quiet` is off; leaves it silent otherwise.
pub fn progress(timer: &mut crosscheck::timings::Timer, articles: usize, global: &Global) {
    if global.quiet || articles < PROGRESS_FROM || !io::stderr().is_terminal() {
        return;
    }
    let stages = [
        "load",
        "extract",
        "vectorize",
        "align",
        "classify",
        "numbers",
        "framing",
    ];
    let bar = indicatif::ProgressBar::new(stages.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(format!("{articles} articles: extract"));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    timer.observe(move |stage| {
        bar.inc(1);
        let next = stages.iter().skip_while(|s| **s != stage).nth(1);
        match next {
            Some(next) => bar.set_message(format!("{articles} articles: {next}")),
            None => bar.finish_and_clear(),
        }
    });
}
