//! The gold-file format (as in `fixtures/gold/seeds.json`): what a careful analyst found.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A hand-made reference for one corpus.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Gold {
    /// Documents by file name, with their metadata (unused in scoring).
    #[serde(default)]
    pub documents: BTreeMap<String, serde_json::Value>,
    /// Claims several outlets make.
    #[serde(default)]
    pub shared_claims: Vec<GoldClaim>,
    /// Groups of figures for one quantity (`strict`: the same quantity; otherwise only
    /// comparable figures that must not be called a conflict).
    #[serde(default)]
    pub numeric_divergences: Vec<GoldNumbers>,
    /// Figures that look alike but count different things: never a divergence.
    #[serde(default)]
    pub numeric_traps: Vec<GoldNumbers>,
    /// Referents named differently across outlets.
    #[serde(default)]
    pub framings: Vec<GoldFraming>,
    /// Claims that contradict each other.
    #[serde(default)]
    pub contradictions: Vec<GoldContradiction>,
}

/// A sentence (or a clause of one) in a document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldText {
    /// Document file name (`000_x.txt`) or id.
    pub doc: String,
    /// Verbatim text.
    pub text: String,
}

/// A shared claim.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    /// Id (`s1`).
    pub id: String,
    /// Its sentences.
    pub sentences: Vec<GoldText>,
}

/// A numeric group.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldNumbers {
    /// Id (`n1`), empty for traps.
    #[serde(default)]
    pub id: String,
    /// Whether the figures count the same quantity.
    #[serde(default)]
    pub strict: bool,
    /// The figures' sentences.
    pub values: Vec<GoldValue>,
}

/// One figure.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldValue {
    /// Document.
    pub doc: String,
    /// Sentence or clause.
    pub text: String,
    /// The figure.
    #[serde(default)]
    pub value: Option<f64>,
}

/// A framing.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFraming {
    /// Id (`f1`).
    pub id: String,
    /// The referent.
    pub referent: String,
    /// Labels by document.
    pub labels: Vec<GoldLabel>,
}

/// A label in a document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldLabel {
    /// Document.
    pub doc: String,
    /// The label.
    pub label: String,
    /// Where it stands.
    pub text: String,
}

/// A contradiction.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldContradiction {
    /// Id (`c1`).
    pub id: String,
    /// Sentences on either side.
    pub sides: Vec<GoldText>,
}

impl Gold {
    /// Parses a gold file.
    pub fn from_json(text: &str) -> Result<Gold, serde_json::Error> {
        serde_json::from_str(text)
    }
}
