//! The hand-made findings every renderer test reads (`fixtures/report/sample_findings.rs`).

use crate::corpus::Warning;
use crate::extract::quantity::Qualifier;
use crate::findings::{
    Detail, DocumentInfo, Finding, FindingKind, Findings, Member, SentenceInfo, Tone, UniqueClaim,
    Verdict,
};

include!("../../../fixtures/report/sample_findings.rs");

/// The sample findings.
pub fn findings() -> Findings {
    sample_findings()
}
