//! Render a finished [`Findings`] (`crosscheck report`): terminal table, Markdown, CSV,
//! JSON and one self-contained HTML page. Every renderer is pure and deterministic: it
//! reads `&Findings`, writes to any `io::Write`, and never re-runs a stage.

pub mod charts;
pub mod csv;
pub mod diff;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;

mod format;
#[cfg(test)]
mod sample;

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use crate::findings::{Finding, FindingKind, Findings};

pub use self::csv::csv;
pub use self::html::html;
pub use self::json::json;
pub use self::markdown::markdown;
pub use self::table::table;

/// A part of the report: one per finding kind, plus the claims only one outlet makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Claims several outlets carry.
    SharedClaim,
    /// Claims that cannot both be true.
    Contradiction,
    /// Figures for the same quantity that differ.
    NumericDivergence,
    /// The same referent named in different words.
    Framing,
    /// Claims with no counterpart elsewhere.
    UniqueClaim,
}

impl Section {
    /// Every section, in the order reports show them.
    pub const ALL: [Section; 5] = [
        Section::SharedClaim,
        Section::Contradiction,
        Section::NumericDivergence,
        Section::Framing,
        Section::UniqueClaim,
    ];

    /// Wire name: `shared_claim`, `contradiction`, `numeric_divergence`, `framing`,
    /// `unique_claim`.
    pub fn name(self) -> &'static str {
        match self {
            Section::SharedClaim => "shared_claim",
            Section::Contradiction => "contradiction",
            Section::NumericDivergence => "numeric_divergence",
            Section::Framing => "framing",
            Section::UniqueClaim => "unique_claim",
        }
    }

    /// Heading for people.
    pub fn title(self) -> &'static str {
        match self {
            Section::SharedClaim => "Shared claims",
            Section::Contradiction => "Contradictions",
            Section::NumericDivergence => "Numeric divergences",
            Section::Framing => "Framings",
            Section::UniqueClaim => "Unique claims",
        }
    }

    /// The section a finding belongs to.
    pub fn of(kind: &FindingKind) -> Section {
        match kind {
            FindingKind::SharedClaim => Section::SharedClaim,
            FindingKind::NumericDivergence { .. } => Section::NumericDivergence,
            FindingKind::Framing { .. } => Section::Framing,
            FindingKind::Contradiction => Section::Contradiction,
        }
    }
}

/// A `--kinds` value that names no section.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown kind `{0}` (expected shared_claim, contradiction, numeric_divergence, framing or unique_claim)")]
pub struct UnknownSection(pub String);

impl FromStr for Section {
    type Err = UnknownSection;

    /// Accepts the wire names, their plurals, `-` for `_`, and the first word alone
    /// (`shared`, `numeric`, `unique`), case-insensitively.
    fn from_str(s: &str) -> Result<Section, UnknownSection> {
        let key = s.trim().to_ascii_lowercase().replace('-', "_");
        let key = key.strip_suffix('s').unwrap_or(&key);
        Ok(match key {
            "shared_claim" | "shared" => Section::SharedClaim,
            "contradiction" => Section::Contradiction,
            "numeric_divergence" | "numeric" | "divergence" => Section::NumericDivergence,
            "framing" => Section::Framing,
            "unique_claim" | "unique" => Section::UniqueClaim,
            _ => return Err(UnknownSection(s.to_string())),
        })
    }
}

/// What a report shows. `Options::default()` shows everything, 100 columns wide, without
/// colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Sections to show, in [`Section::ALL`] order whatever order they are given in.
    /// Empty: all.
    pub kinds: Vec<Section>,
    /// Outlets to restrict to (compared case-insensitively). Empty: all. See [`select`].
    pub outlets: Vec<String>,
    /// Width of terminal tables, in columns.
    pub width: u16,
    /// ANSI colour in terminal output (word differences).
    pub color: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            kinds: Vec::new(),
            outlets: Vec::new(),
            width: 100,
            color: false,
        }
    }
}

impl Options {
    /// Shows only `kinds`.
    pub fn kinds(mut self, kinds: impl IntoIterator<Item = Section>) -> Options {
        self.kinds = kinds.into_iter().collect();
        self
    }

    /// Restricts to `outlets`.
    pub fn outlets<S: Into<String>>(mut self, outlets: impl IntoIterator<Item = S>) -> Options {
        self.outlets = outlets.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the table width.
    pub fn width(mut self, width: u16) -> Options {
        self.width = width;
        self
    }

    /// Turns ANSI colour on or off.
    pub fn color(mut self, color: bool) -> Options {
        self.color = color;
        self
    }

    /// The sections to show, in report order.
    pub fn sections(&self) -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| self.kinds.is_empty() || self.kinds.contains(s))
            .collect()
    }

    fn wants_outlet(&self, outlet: &str) -> bool {
        self.outlets.is_empty()
            || self
                .outlets
                .iter()
                .any(|o| o.trim().to_lowercase() == outlet.trim().to_lowercase())
    }
}

/// The part of `findings` that `options` asks for.
///
/// With outlets given: documents of other outlets are dropped, and so are members from
/// them; a finding stays if it keeps all its members or members from at least two
/// documents (a comparison needs two sides). Unique claims stay if their outlet is
/// selected. Findings of unselected kinds are dropped. Warnings always stay. Order is kept.
pub fn select(findings: &Findings, options: &Options) -> Findings {
    let sections = options.sections();
    let documents = findings
        .documents
        .iter()
        .filter(|d| options.wants_outlet(&d.outlet))
        .cloned()
        .collect();
    let kept = findings
        .findings
        .iter()
        .filter(|f| sections.contains(&Section::of(&f.kind)))
        .filter_map(|f| {
            let members: Vec<_> = f
                .members
                .iter()
                .filter(|m| options.wants_outlet(&m.outlet))
                .cloned()
                .collect();
            let docs: BTreeSet<&str> = members.iter().map(|m| m.doc.as_str()).collect();
            let whole = members.len() == f.members.len();
            (!members.is_empty() && (whole || docs.len() >= 2)).then(|| Finding {
                members,
                ..f.clone()
            })
        })
        .collect();
    let unique_claims = if sections.contains(&Section::UniqueClaim) {
        findings
            .unique_claims
            .iter()
            .filter(|u| options.wants_outlet(&u.member.outlet))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    Findings {
        documents,
        findings: kept,
        unique_claims,
        warnings: findings.warnings.clone(),
    }
}

/// Findings of one section, in their given order.
pub fn of_section(findings: &Findings, section: Section) -> impl Iterator<Item = &Finding> {
    findings
        .findings
        .iter()
        .filter(move |f| Section::of(&f.kind) == section)
}

/// How many items a section holds.
pub fn count(findings: &Findings, section: Section) -> usize {
    match section {
        Section::UniqueClaim => findings.unique_claims.len(),
        _ => of_section(findings, section).count(),
    }
}

/// Every outlet named by a document or a member, sorted, each once.
pub fn outlets(findings: &Findings) -> Vec<String> {
    let mut set: BTreeSet<&str> = findings
        .documents
        .iter()
        .map(|d| d.outlet.as_str())
        .collect();
    for f in &findings.findings {
        set.extend(f.members.iter().map(|m| m.outlet.as_str()));
    }
    set.extend(
        findings
            .unique_claims
            .iter()
            .map(|u| u.member.outlet.as_str()),
    );
    set.into_iter().map(String::from).collect()
}

/// Unique claims grouped by outlet (outlets sorted, claims in their given order).
pub fn unique_by_outlet(findings: &Findings) -> BTreeMap<&str, Vec<&crate::findings::Member>> {
    let mut map: BTreeMap<&str, Vec<_>> = BTreeMap::new();
    for u in &findings.unique_claims {
        map.entry(u.member.outlet.as_str())
            .or_default()
            .push(&u.member);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_parse_from_wire_names_and_aliases() {
        let cases = [
            ("shared_claim", Section::SharedClaim),
            ("shared-claims", Section::SharedClaim),
            ("Shared", Section::SharedClaim),
            ("contradictions", Section::Contradiction),
            ("numeric", Section::NumericDivergence),
            ("numeric_divergence", Section::NumericDivergence),
            ("framing", Section::Framing),
            ("unique", Section::UniqueClaim),
            ("unique_claim", Section::UniqueClaim),
        ];
        for (text, want) in cases {
            assert_eq!(text.parse::<Section>(), Ok(want), "{text}");
        }
        assert!("agreement".parse::<Section>().is_err());
        assert!("".parse::<Section>().is_err());
        for s in Section::ALL {
            assert_eq!(s.name().parse::<Section>(), Ok(s));
        }
    }

    #[test]
    fn sections_come_in_report_order_whatever_the_order_asked() {
        let o = Options::default().kinds([Section::UniqueClaim, Section::SharedClaim]);
        assert_eq!(o.sections(), [Section::SharedClaim, Section::UniqueClaim]);
        assert_eq!(Options::default().sections(), Section::ALL);
    }

    #[test]
    fn select_by_outlet_keeps_two_sided_findings_only() {
        let f = sample::findings();
        let o = Options::default().outlets(["post & courier", "Valley Voice"]);
        let s = select(&f, &o);
        assert_eq!(s.documents.len(), 2);
        // shared-3 is Ledger + Courier only: one side left, so it goes.
        let ids: Vec<&str> = s.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!ids.contains(&"shared-3"), "{ids:?}");
        assert!(ids.contains(&"contradiction-1"));
        for f in &s.findings {
            assert!(f.members.iter().all(|m| m.outlet != "Northern Ledger"));
        }
        assert_eq!(s.unique_claims.len(), 2);
        assert_eq!(s.warnings, f.warnings);
    }

    #[test]
    fn select_by_kind_drops_other_kinds() {
        let f = sample::findings();
        let s = select(&f, &Options::default().kinds([Section::Framing]));
        assert!(s
            .findings
            .iter()
            .all(|f| Section::of(&f.kind) == Section::Framing));
        assert_eq!(count(&s, Section::Framing), 2);
        assert!(s.unique_claims.is_empty());
        assert_eq!(s.documents.len(), 3);
    }

    #[test]
    fn default_selection_is_identity() {
        let f = sample::findings();
        assert_eq!(select(&f, &Options::default()), f);
    }

    #[test]
    fn outlets_are_sorted_and_distinct() {
        let f = sample::findings();
        assert_eq!(
            outlets(&f),
            ["Northern Ledger", "Post & Courier", "Valley Voice"]
        );
    }
}

#[cfg(test)]
mod determinism {
    use super::*;

    #[test]
    fn every_format_renders_the_same_bytes_twice() {
        let f = sample::findings();
        let o = Options::default();
        type Render = fn(&Findings, &Options, &mut Vec<u8>);
        let renderers: [(&str, Render); 5] = [
            ("table", |f, o, out| table(f, o, out).unwrap()),
            ("markdown", |f, o, out| markdown(f, o, out).unwrap()),
            ("csv", |f, o, out| csv(f, o, out).unwrap()),
            ("json", |f, _, out| json(f, out).unwrap()),
            ("html", |f, o, out| html(f, o, out).unwrap()),
        ];
        for (name, render) in renderers {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            render(&f, &o, &mut a);
            render(&f.clone(), &o, &mut b);
            assert!(!a.is_empty(), "{name}");
            assert_eq!(a, b, "{name}");
        }
    }
}

/// Column heads of the numeric-divergence section, shared by the table and Markdown forms.
pub(crate) const NUMERIC_COLUMNS: [&str; 6] = [
    "quantity",
    "outlet",
    "figure as written",
    "interval",
    "source",
    "verdict",
];
