//! The whole pipeline in one call: load -> split -> extract -> align -> classify ->
//! [`Findings`]. Renderers take it from there.

use crate::align::Aligner;
use crate::classify;
use crate::classify::numeric::{Auditor, NumericAudit};
use crate::corpus::Corpus;
use crate::extract::lexicon::Lexicon;
use crate::extract::{self, Document};
use crate::findings::{DocumentInfo, Finding, Findings, SentenceInfo};
use crate::timings::Timer;

pub mod stream;
pub use stream::{stream, StreamOptions, StreamSummary};

/// What a run computes, and with which knobs.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Alignment and claim-similarity knobs.
    pub aligner: Aligner,
    /// Numeric-audit knobs.
    pub numeric: Auditor,
    /// Loaded terms for the framing stage (built-in, plus any user file).
    pub lexicon: Lexicon,
}

/// Reads, aligns and classifies a loaded corpus.
pub fn analyze(corpus: Corpus, config: &Config) -> Findings {
    analyze_timed(corpus, config, &mut Timer::new())
}

/// [`analyze`], recording each stage's time and peak memory in `timer`.
pub fn analyze_timed(corpus: Corpus, config: &Config, timer: &mut Timer) -> Findings {
    analyze_full(corpus, config, timer).0
}

/// [`analyze`], also returning the numeric audit: every group of figures for one
/// quantity, agreements included (the `numbers` command's table).
pub fn analyze_with_audit(corpus: Corpus, config: &Config) -> (Findings, NumericAudit) {
    analyze_full(corpus, config, &mut Timer::new())
}

fn analyze_full(corpus: Corpus, config: &Config, timer: &mut Timer) -> (Findings, NumericAudit) {
    let docs = extract::extract_all(corpus.articles);
    timer.stage("extract");
    let (_, vectors) = config.aligner.vectorize(&docs);
    timer.stage("vectorize");
    let alignment = config.aligner.align(&docs, &vectors);
    timer.stage("align");
    let claims = classify::claims::classify(&docs, &vectors, &alignment, &config.aligner);
    timer.stage("classify");
    let mut findings: Vec<Finding> = Vec::new();
    findings.extend(claims.shared);
    findings.extend(claims.contradictions);
    let audit = config
        .numeric
        .audit(&docs, &vectors, &alignment.topics, config.aligner.matcher());
    findings.extend(audit.findings());
    timer.stage("numeric");
    findings.extend(classify::framing::classify(
        &docs,
        &alignment.topics,
        &config.lexicon,
    ));
    timer.stage("framing");
    let mut out = Findings {
        documents: docs.iter().map(document_info).collect(),
        findings,
        unique_claims: claims.unique,
        warnings: corpus.warnings,
    };
    number(&mut out);
    (out, audit)
}

fn document_info(d: &Document) -> DocumentInfo {
    let a = &d.article;
    DocumentInfo {
        id: a.id.clone(),
        path: a.path.clone(),
        outlet: a.outlet.clone(),
        country: a.country.clone(),
        date: a.date.clone(),
        url: a.url.clone(),
        topic: a.topic.clone(),
        sentences: d
            .claims
            .iter()
            .map(|c| SentenceInfo {
                start: c.start,
                end: c.end,
                text: c.text.clone(),
                source: c.source.as_ref().map(|s| s.display()),
            })
            .collect(),
    }
}

/// Sorts findings (kind, then score, strongest first, then members) and gives them ids
/// (`shared-1`, `contradiction-2`...) in that order, so ids are stable run to run.
fn number(f: &mut Findings) {
    let rank = |k: &str| {
        [
            "shared_claim",
            "contradiction",
            "numeric_divergence",
            "framing",
        ]
        .iter()
        .position(|x| *x == k)
    };
    let first = |x: &Finding| x.members.first().map(|m| (m.doc.clone(), m.sentence));
    f.findings.sort_by(|a, b| {
        rank(a.kind.name())
            .cmp(&rank(b.kind.name()))
            .then(b.score.total_cmp(&a.score))
            .then_with(|| first(a).cmp(&first(b)))
            .then_with(|| a.summary.cmp(&b.summary))
    });
    let mut counters = std::collections::BTreeMap::new();
    for x in &mut f.findings {
        let prefix = match x.kind.name() {
            "shared_claim" => "shared",
            "numeric_divergence" => "numeric",
            other => other,
        };
        let n = counters.entry(prefix).or_insert(0);
        *n += 1;
        x.id = format!("{prefix}-{n}");
    }
    f.unique_claims.sort_by(|a, b| {
        (&a.member.doc, a.member.sentence).cmp(&(&b.member.doc, b.member.sentence))
    });
}
