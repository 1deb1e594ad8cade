//! Writes the report of a small hand-made set of findings in any format, to try the
//! renderers without a corpus: `cargo run --example sample_report -- html target/sample.html`.
//! Formats: table, markdown, csv, json, html (default). Output: standard output, or the
//! file given second.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use crosscheck::corpus::Warning;
use crosscheck::extract::quantity::Qualifier;
use crosscheck::findings::{
    Detail, DocumentInfo, Finding, FindingKind, Findings, Member, SentenceInfo, Tone, UniqueClaim,
    Verdict,
};
use crosscheck::render::report::{self, Options};

include!("../fixtures/report/sample_findings.rs");

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let format = args.next().unwrap_or_else(|| "html".to_string());
    let mut out: Box<dyn Write> = match args.next() {
        Some(path) => Box::new(BufWriter::new(File::create(path)?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let findings = sample_findings();
    let options = Options::default();
    match format.as_str() {
        "table" => report::table(&findings, &options, &mut out)?,
        "markdown" => report::markdown(&findings, &options, &mut out)?,
        "csv" => report::csv(&findings, &options, &mut out)?,
        "json" => report::json(&findings, &mut out)?,
        "html" => report::html(&findings, &options, &mut out)?,
        other => {
            eprintln!("unknown format {other}: expected table, markdown, csv, json or html");
            std::process::exit(2);
        }
    }
    out.flush()
}
