//! The documented JSON wire format, `crosscheck.findings.v1` (see `docs/findings.md`).
//!
//! Kept apart from the domain types so that refactoring the core never changes the schema.
//! Optional fields are omitted when empty; field order is fixed; scores are rounded to four
//! decimals so that output is byte-stable.

use serde::{Deserialize, Serialize};

use super::{Detail, Findings, Member};
use crate::corpus::Warning;

/// Schema tag of [`Report`].
pub const SCHEMA: &str = "crosscheck.findings.v1";

/// The whole JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Documents compared.
    pub documents: Vec<Document>,
    /// Findings of every kind.
    pub findings: Vec<Finding>,
    /// Claims with no counterpart.
    pub unique_claims: Vec<WireMember>,
    /// Inputs skipped or partly read.
    pub warnings: Vec<WireWarning>,
}

/// A document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Id.
    pub id: String,
    /// Source file.
    pub path: String,
    /// Outlet.
    pub outlet: String,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Topic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
}

/// A sentence of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index in the document.
    pub index: usize,
    /// Byte offset.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// Text.
    pub text: String,
    /// Attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A finding; kind-specific fields are present only for their kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Id, e.g. `shared-3`.
    pub id: String,
    /// `shared_claim`, `numeric_divergence`, `framing` or `contradiction`.
    pub kind: String,
    /// Strength 0..1.
    pub score: f64,
    /// One line.
    pub summary: String,
    /// numeric_divergence: what is counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// numeric_divergence: unit or currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// numeric_divergence: `conflict` or `compatible`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    /// framing: the referent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referent: Option<String>,
    /// Words or cues supporting the finding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// The sentences it rests on.
    pub members: Vec<WireMember>,
}

/// A sentence a finding rests on (also used for unique claims).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireMember {
    /// Document id.
    pub doc: String,
    /// Outlet.
    pub outlet: String,
    /// Sentence index.
    pub sentence: usize,
    /// The whole sentence.
    pub text: String,
    /// Byte offset in the document.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// Attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// numeric: value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// numeric: interval low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    /// numeric: interval high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// numeric: as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// numeric: qualifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// framing: label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// framing: tone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<String>,
}

/// A skipped or partly read input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireWarning {
    /// File.
    pub path: String,
    /// Line, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// What happened.
    pub message: String,
}

/// The `snake_case` name serde gives a unit enum variant.
pub fn snake_name<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl From<&Member> for WireMember {
    fn from(m: &Member) -> WireMember {
        let mut w = WireMember {
            doc: m.doc.clone(),
            outlet: m.outlet.clone(),
            sentence: m.sentence,
            text: m.text.clone(),
            start: m.start,
            end: m.end,
            source: m.source.clone(),
            value: None,
            low: None,
            high: None,
            as_written: None,
            qualifier: None,
            label: None,
            tone: None,
        };
        match &m.detail {
            Detail::None => {}
            Detail::Figure {
                value,
                low,
                high,
                as_written,
                qualifier,
            } => {
                (w.value, w.low, w.high) = (*value, *low, *high);
                w.as_written = Some(as_written.clone());
                w.qualifier = qualifier.as_ref().and_then(snake_name);
            }
            Detail::Label { label, tone } => {
                w.label = Some(label.clone());
                w.tone = snake_name(tone);
            }
        }
        w
    }
}

impl From<&Warning> for WireWarning {
    fn from(w: &Warning) -> WireWarning {
        WireWarning {
            path: w.path.clone(),
            line: w.line,
            message: w.message.clone(),
        }
    }
}

impl From<&Findings> for Report {
    fn from(f: &Findings) -> Report {
        let documents = f
            .documents
            .iter()
            .map(|d| Document {
                id: d.id.clone(),
                path: d.path.clone(),
                outlet: d.outlet.clone(),
                country: d.country.clone(),
                date: d.date.clone(),
                url: d.url.clone(),
                topic: d.topic.clone(),
                sentences: d
                    .sentences
                    .iter()
                    .enumerate()
                    .map(|(index, s)| Sentence {
                        index,
                        start: s.start,
                        end: s.end,
                        text: s.text.clone(),
                        source: s.source.clone(),
                    })
                    .collect(),
            })
            .collect();
        let findings = f
            .findings
            .iter()
            .map(|x| {
                let mut w = Finding {
                    id: x.id.clone(),
                    kind: x.kind.name().to_string(),
                    score: round(x.score),
                    summary: x.summary.clone(),
                    quantity: None,
                    unit: None,
                    verdict: None,
                    referent: None,
                    evidence: x.evidence.clone(),
                    members: x.members.iter().map(WireMember::from).collect(),
                };
                match &x.kind {
                    super::FindingKind::NumericDivergence {
                        quantity,
                        unit,
                        verdict,
                    } => {
                        w.quantity = Some(quantity.clone());
                        w.unit.clone_from(unit);
                        w.verdict = snake_name(verdict);
                    }
                    super::FindingKind::Framing { referent } => w.referent = Some(referent.clone()),
                    super::FindingKind::SharedClaim | super::FindingKind::Contradiction => {}
                }
                w
            })
            .collect();
        Report {
            schema: SCHEMA.to_string(),
            documents,
            findings,
            unique_claims: f
                .unique_claims
                .iter()
                .map(|u| WireMember::from(&u.member))
                .collect(),
            warnings: f.warnings.iter().map(WireWarning::from).collect(),
        }
    }
}
