//! The one plain type every stage fills and every renderer reads: [`Findings`].
//!
//! Domain types here are free to change; the documented JSON lives in [`wire`] and is
//! converted from them, so refactoring the core never changes the schema.

pub mod wire;

use crate::corpus::Warning;
use crate::extract::quantity::Qualifier;

/// How two figures for the same quantity relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Same figure, or within rounding.
    Agree,
    /// Different figures whose intervals overlap.
    Compatible,
    /// Disjoint intervals: the sources cannot both be right.
    Conflict,
}

/// Tone of a label or loaded term.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Disparaging: `warlord`, `regime`, `thugs`.
    Pejorative,
    /// Conferring legitimacy: `internationally recognised`, `liberation`.
    Legitimising,
    /// Softening: `collateral damage`, `neutralised`.
    Euphemistic,
    /// No evident slant.
    Neutral,
}

/// What a finding says, with the fields particular to its kind.
#[derive(Debug, Clone, PartialEq)]
pub enum FindingKind {
    /// Outlets report the same claim with compatible details.
    SharedClaim,
    /// Figures for the same quantity differ.
    NumericDivergence {
        /// What is counted, in words.
        quantity: String,
        /// Unit or currency, if any.
        unit: Option<String>,
        /// Conflict or compatible.
        verdict: Verdict,
    },
    /// Outlets name the same referent in different words.
    Framing {
        /// The actor or act named.
        referent: String,
    },
    /// Same subject and predicate, opposite polarity.
    Contradiction,
}

impl FindingKind {
    /// The kind's wire name: `shared_claim`, `numeric_divergence`, `framing`, `contradiction`.
    pub fn name(&self) -> &'static str {
        match self {
            FindingKind::SharedClaim => "shared_claim",
            FindingKind::NumericDivergence { .. } => "numeric_divergence",
            FindingKind::Framing { .. } => "framing",
            FindingKind::Contradiction => "contradiction",
        }
    }
}

/// What a member contributes beyond its sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Nothing beyond the sentence.
    None,
    /// A figure (numeric divergences).
    Figure {
        /// Single value, if not a range.
        value: Option<f64>,
        /// Interval low end.
        low: Option<f64>,
        /// Interval high end.
        high: Option<f64>,
        /// As written in the sentence.
        as_written: String,
        /// Hedge word.
        qualifier: Option<Qualifier>,
    },
    /// A label (framings).
    Label {
        /// The words used.
        label: String,
        /// Their tone.
        tone: Tone,
    },
}

/// One sentence a finding rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// Document id.
    pub doc: String,
    /// The document's outlet.
    pub outlet: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// The whole sentence as it stands in the document.
    pub text: String,
    /// Byte offset of the sentence in the document text.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// Who the sentence is attributed to (`None`: the outlet's own voice).
    pub source: Option<String>,
    /// Kind-specific detail.
    pub detail: Detail,
}

/// One finding: a claim, figure or framing seen across documents, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable id within one run, e.g. `shared-3`.
    pub id: String,
    /// What it is.
    pub kind: FindingKind,
    /// Strength, 0..1 (similarity for claims, spread for figures...).
    pub score: f64,
    /// One line for people.
    pub summary: String,
    /// The sentences it rests on.
    pub members: Vec<Member>,
    /// Which words or cues support it.
    pub evidence: Vec<String>,
}

/// A sentence with no counterpart in the other documents of its topic.
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueClaim {
    /// The sentence.
    pub member: Member,
}

/// A document as listed in the findings.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentInfo {
    /// Id.
    pub id: String,
    /// File it came from.
    pub path: String,
    /// Outlet.
    pub outlet: String,
    /// Outlet's country.
    pub country: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// Topic it was compared within.
    pub topic: Option<String>,
    /// Its sentences: (start, end, text, source).
    pub sentences: Vec<SentenceInfo>,
}

/// A sentence as listed with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceInfo {
    /// Byte offset in the document.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// Attribution, if any.
    pub source: Option<String>,
}

/// Everything a run found, ready for any renderer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// The documents compared.
    pub documents: Vec<DocumentInfo>,
    /// Findings, sorted by kind then score (highest first) then id.
    pub findings: Vec<Finding>,
    /// Claims only one document makes.
    pub unique_claims: Vec<UniqueClaim>,
    /// Inputs skipped or partly read.
    pub warnings: Vec<Warning>,
}
