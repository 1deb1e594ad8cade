//! Raw command-line arguments (clap). Validation into library configuration happens in the
//! command modules, one place per command.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Inputs: files or directories (walked recursively, sorted) of .txt/.md (optional front matter),
.html and .jsonl articles, or - for JSON lines on stdin. A corpus.toml beside the files gives
their outlet, country and date. With no input, the bundled seeds/ corpus is used.

Exit codes: 0 every input processed; 1 some inputs skipped (each named on stderr);
2 usage error or no usable input.";

const COMPARE_HELP: &str = "\
LEFT and RIGHT are two article files, or two document ids or outlet names within the corpus
given with --corpus (default: the bundled seeds/). The two sides are compared whatever their
topics.

Examples:
  crosscheck compare 'Daily Sabah' Echorouk
  crosscheck compare left.md right.html --format markdown

Exit codes: 0 every input processed; 1 some inputs skipped (each named on stderr);
2 usage error or no usable input.";

const STREAM_HELP: &str = "\
INPUT is a JSON-lines file (one article per line, as `report` reads) or - for stdin (the
default). Consecutive articles with the same \"topic\" form one chunk; give the input grouped
or sorted by topic (a topic seen again later is a new chunk). Articles without a topic are
taken --batch at a time and their topics found within the batch. Each chunk is written as one
line: {\"schema\":\"crosscheck.findings.v1\",\"chunk\",\"topic\",\"documents\",\"findings\",
\"unique_claims\",\"warnings\"}. Word weights (IDF) are fitted per chunk. See docs/scaling.md.

Example:
  jq -c -s 'sort_by(.topic)[]' corpus.jsonl | crosscheck stream > findings.jsonl

Exit codes: 0 every line processed; 1 some lines skipped (each named on stderr and in its
chunk's \"warnings\"); 2 usage error or unreadable input.";

/// Compare news reports from different outlets claim by claim: shared claims, numeric
/// divergences, framing and contradictions. Offline and deterministic.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: Global,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Worker threads (default: one per core). Output does not depend on it.
    #[arg(short = 'j', long, global = true, value_name = "N")]
    pub threads: Option<usize>,
    /// Do not print warnings about skipped inputs (the exit code still says so).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print each stage's time and peak memory on stderr when done.
    #[arg(long, global = true)]
    pub timings: bool,
    /// Write output to FILE instead of standard output.
    #[arg(short, long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Every finding for a corpus: shared claims, contradictions, numeric divergences,
    /// framings and each outlet's unique claims. The main job.
    #[command(after_help = AFTER_HELP)]
    Report(ReportArgs),
    /// Two outlets side by side: aligned sentences with score, verdict and word diff, then
    /// what only one side says.
    #[command(after_help = COMPARE_HELP)]
    Compare(CompareArgs),
    /// Split articles into sentences and show each sentence's figures and attribution.
    #[command(after_help = AFTER_HELP)]
    Claims(ClaimsArgs),
    /// Score the findings for a corpus against a gold file (precision, recall, F1 per kind).
    #[command(after_help = AFTER_HELP)]
    Eval(EvalArgs),
    /// Audit the figures: every quantity reported more than once, with each outlet's figure,
    /// its interval, its source and the verdict (conflicts first).
    #[command(after_help = AFTER_HELP)]
    Numbers(NumbersArgs),
    /// Score sentence pairs from a TSV file (`id<TAB>left<TAB>right`): same claim or not.
    #[command(name = "match")]
    Match(MatchArgs),
    /// How each outlet labels the same actors (titles, group nouns, loaded terms), referents
    /// labelled most differently first; then each outlet's loaded terms per 1,000 words.
    #[command(after_help = AFTER_HELP)]
    Framing(FramingArgs),
    /// JSON lines in, one findings line per topic out: each run of consecutive articles with
    /// the same topic is analysed alone, so memory is bounded by the largest topic.
    #[command(after_help = STREAM_HELP)]
    Stream(StreamArgs),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables for a terminal (comfy-table).
    Table,
    /// JSON, one pretty-printed document with a `schema` tag.
    Json,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Article files or directories; `-` reads JSON lines from stdin. Default: seeds/.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Knobs of the analysis shared by the commands that compare documents.
#[derive(Debug, Args)]
pub struct AnalysisArgs {
    /// Article files or directories; `-` reads JSON lines from stdin. Default: seeds/.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Similarity (0..1) at which sentences of two outlets count as the same claim
    /// (default 0.40, calibrated on STS-B).
    #[arg(long, value_name = "SCORE")]
    pub threshold: Option<f64>,
}

/// Formats of `crosscheck report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Tables for a terminal: overview, then one section per kind of finding.
    Table,
    /// GitHub-flavoured Markdown with the same sections.
    Markdown,
    /// The `crosscheck.findings.v1` JSON document (see docs/findings.md).
    Json,
    /// RFC 4180 CSV, one row per finding member (unique claims included).
    Csv,
    /// One self-contained HTML page with charts and word diffs; works offline and mailed.
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Only these outlets (comma-separated names, case-insensitive).
    #[arg(long, value_delimiter = ',', value_name = "A,B")]
    pub outlets: Vec<String>,
    /// Only these sections: shared, contradiction, numeric, framing, unique (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "KINDS")]
    pub kinds: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The gold file (format of fixtures/gold/seeds.json).
    #[arg(long, value_name = "GOLD.json")]
    pub gold: PathBuf,
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Formats of `crosscheck match`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatchFormat {
    /// `id<TAB>score<TAB>same` lines.
    Tsv,
    /// One JSON object per line: `{"id", "score", "same"}`.
    Json,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Pairs file: `id<TAB>left<TAB>right` per line; `-` for stdin.
    #[arg(value_name = "PAIRS.tsv")]
    pub pairs: String,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = MatchFormat::Tsv)]
    pub format: MatchFormat,
    /// Score (0..1) at which a pair is called the same claim (default: calibrated on MRPC).
    #[arg(long, value_name = "SCORE")]
    pub threshold: Option<f64>,
    /// Score with the lexical matcher (IDF-weighted Dice of stems and figures) instead of
    /// the learned combination of lexical measures (the default, fitted on MRPC train).
    #[arg(long)]
    pub lexical: bool,
}

/// Formats of `crosscheck compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Side-by-side table with word diffs (coloured on a terminal).
    Table,
    /// Markdown table and lists.
    Markdown,
    /// CSV, one row per pair or unique claim.
    Csv,
    /// The `crosscheck.findings.v1` JSON of the two sides.
    Json,
}

/// Rows `compare` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnlyArg {
    /// Shared claims.
    Shared,
    /// Contradictions.
    Contradiction,
    /// What only one side says.
    Unique,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Left side: a file, or a document id or outlet name in the corpus.
    pub left: String,
    /// Right side: a file, or a document id or outlet name in the corpus.
    pub right: String,
    /// Corpus in which LEFT and RIGHT are looked up (files or directories). Default: seeds/.
    #[arg(long, value_name = "INPUT", num_args = 1..)]
    pub corpus: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
    /// Similarity (0..1) at which sentences of two outlets count as the same claim
    /// (default 0.40, calibrated on STS-B).
    #[arg(long, value_name = "SCORE")]
    pub threshold: Option<f64>,
    /// Show only the N strongest pairs.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Show only one kind of row.
    #[arg(long, value_enum)]
    pub only: Option<OnlyArg>,
}

/// Formats of `crosscheck framing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FramingFormat {
    /// Tables for a terminal: per referent, outlet | labels used (with counts) | tone.
    Table,
    /// The same tables in Markdown, for reports and issues.
    Markdown,
    /// One row per referent, outlet and label, then one per outlet and tone
    /// (`record` column: `label` or `profile`).
    Csv,
    /// `crosscheck.findings.v1` framing findings, plus a top-level `profiles` field.
    Json,
}

#[derive(Debug, Args)]
pub struct FramingArgs {
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FramingFormat::Table)]
    pub format: FramingFormat,
    /// Extra loaded terms: a TOML file in the format of data/lexicon.toml, added to the
    /// built-in list (its tones win where both know a term).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StreamArgs {
    /// A JSON-lines file, or - for standard input.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub input: String,
    /// Articles per chunk for articles without a topic.
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub batch: usize,
    /// Similarity (0..1) at which sentences of two outlets count as the same claim
    /// (default 0.40, calibrated on STS-B).
    #[arg(long, value_name = "SCORE")]
    pub threshold: Option<f64>,
}

/// Formats of `crosscheck numbers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NumbersFormat {
    /// A table for a terminal, one row per figure, grouped by quantity.
    Table,
    /// A Markdown table (for reports and issues).
    Markdown,
    /// CSV with a header row, one row per figure.
    Csv,
    /// The findings JSON (`crosscheck.findings.v1`), numeric divergences only.
    Json,
}

/// Lowest verdict `crosscheck numbers` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinVerdict {
    /// Every group, agreements included.
    Agree,
    /// Compatible and conflicting figures.
    Compatible,
    /// Conflicts only.
    Conflict,
}

#[derive(Debug, Args)]
pub struct NumbersArgs {
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = NumbersFormat::Table)]
    pub format: NumbersFormat,
    /// Lowest verdict to list.
    #[arg(long, value_enum, default_value_t = MinVerdict::Compatible)]
    pub min_verdict: MinVerdict,
}
