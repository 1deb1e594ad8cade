//! Small text forms shared by every report format: figures, intervals, labels, anchors.

use std::collections::BTreeSet;

use crate::findings::wire::snake_name;
use crate::findings::{Detail, Finding, FindingKind, Member};

/// A figure for people: whole numbers with thousands separators (`20,000`), others with at
/// most four decimals and no trailing zeros.
pub fn figure(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        // Exact: |x| < 1e15 fits an i64 and has no fractional part.
        let n = x as i64;
        let digits = n.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        return if n < 0 {
            format!("-{grouped}")
        } else {
            grouped
        };
    }
    let s = format!("{x:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The interval a figure stands for: `18,000 – 22,000`, `≥ 30`, `≤ 10`, or the value.
pub fn interval(value: Option<f64>, low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => figure(l),
        (Some(l), Some(h)) => format!("{} – {}", figure(l), figure(h)),
        (Some(l), None) => format!("≥ {}", figure(l)),
        (None, Some(h)) => format!("≤ {}", figure(h)),
        (None, None) => value.map(figure).unwrap_or_default(),
    }
}

/// A member's figure as written, or empty.
pub fn as_written(m: &Member) -> &str {
    match &m.detail {
        Detail::Figure { as_written, .. } => as_written,
        _ => "",
    }
}

/// A member's interval, or empty.
pub fn member_interval(m: &Member) -> String {
    match &m.detail {
        Detail::Figure {
            value, low, high, ..
        } => interval(*value, *low, *high),
        _ => String::new(),
    }
}

/// A member's hedge word in wire form (`at_least`), or empty.
pub fn qualifier(m: &Member) -> String {
    match &m.detail {
        Detail::Figure {
            qualifier: Some(q), ..
        } => snake_name(q).unwrap_or_default(),
        _ => String::new(),
    }
}

/// A member's label and tone in wire form, or empty strings.
pub fn label(m: &Member) -> (&str, String) {
    match &m.detail {
        Detail::Label { label, tone } => (label, snake_name(tone).unwrap_or_default()),
        _ => ("", String::new()),
    }
}

/// Attribution for people: the source, or `(outlet's own voice)`.
pub fn source(m: &Member) -> &str {
    source_or_voice(m.source.as_deref())
}

/// Attribution for people from an optional source.
pub fn source_or_voice(source: Option<&str>) -> &str {
    source.unwrap_or("(outlet's own voice)")
}

/// `doc#sentence`: where a member sits, compactly.
pub fn place(m: &Member) -> String {
    format!("{}#{}", m.doc, m.sentence)
}

/// A score with two decimals.
pub fn score(x: f64) -> String {
    format!("{x:.2}")
}

/// The outlets a finding's members come from, sorted, each once.
pub fn finding_outlets(f: &Finding) -> Vec<&str> {
    let set: BTreeSet<&str> = f.members.iter().map(|m| m.outlet.as_str()).collect();
    set.into_iter().collect()
}

/// `quantity (unit)` of a numeric finding, or empty.
pub fn quantity(f: &Finding) -> String {
    match &f.kind {
        FindingKind::NumericDivergence {
            quantity,
            unit: Some(unit),
            ..
        } => format!("{quantity} ({unit})"),
        FindingKind::NumericDivergence { quantity, .. } => quantity.clone(),
        _ => String::new(),
    }
}

/// Verdict of a numeric finding in wire form, or empty.
pub fn verdict(f: &Finding) -> String {
    match &f.kind {
        FindingKind::NumericDivergence { verdict, .. } => snake_name(verdict).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Referent of a framing finding, or empty.
pub fn referent(f: &Finding) -> &str {
    match &f.kind {
        FindingKind::Framing { referent } => referent,
        _ => "",
    }
}

/// Per outlet (sorted), the distinct labels (in member order) and tones (sorted) its
/// members use.
pub fn labels_by_outlet(f: &Finding) -> Vec<(&str, Vec<&str>, Vec<String>)> {
    finding_outlets(f)
        .into_iter()
        .map(|outlet| {
            let mut labels: Vec<&str> = Vec::new();
            let mut tones = BTreeSet::new();
            for m in f.members.iter().filter(|m| m.outlet == outlet) {
                if let Detail::Label { label, tone } = &m.detail {
                    if !labels.contains(&label.as_str()) {
                        labels.push(label);
                    }
                    tones.insert(*tone);
                }
            }
            let tones = tones.iter().filter_map(snake_name).collect();
            (outlet, labels, tones)
        })
        .collect()
}

/// An HTML id for sentence `sentence` of document `doc`: `doc-ID-s-N`, where the id keeps
/// ASCII letters, digits and `-`, and writes any other byte as `_XX` so distinct ids never
/// collide.
pub fn anchor(doc: &str, sentence: usize) -> String {
    format!("doc-{}-s-{sentence}", id_part(doc))
}

/// An HTML id for a finding: `f-ID`, escaped as in [`anchor`].
pub fn finding_anchor(id: &str) -> String {
    format!("f-{}", id_part(id))
}

/// An HTML id for a document's sentence list: `doc-ID`.
pub fn document_anchor(doc: &str) -> String {
    format!("doc-{}", id_part(doc))
}

fn id_part(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("_{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_naturally() {
        let cases = [
            (0.0, "0"),
            (12.0, "12"),
            (1234.0, "1,234"),
            (20_000.0, "20,000"),
            (-1_500_000.0, "-1,500,000"),
            (2.5, "2.5"),
            (0.12345, "0.1235"),
            (1.5e20, "150000000000000000000"),
            (f64::NAN, "NaN"),
        ];
        for (x, want) in cases {
            assert_eq!(figure(x), want, "{x}");
        }
    }

    #[test]
    fn intervals_read_naturally() {
        assert_eq!(interval(Some(12.0), Some(12.0), Some(12.0)), "12");
        assert_eq!(interval(None, Some(5e3), Some(8e3)), "5,000 – 8,000");
        assert_eq!(interval(Some(30.0), Some(30.0), None), "≥ 30");
        assert_eq!(interval(None, None, Some(10.0)), "≤ 10");
        assert_eq!(interval(Some(7.0), None, None), "7");
        assert_eq!(interval(None, None, None), "");
    }

    #[test]
    fn anchors_are_safe_and_injective() {
        assert_eq!(anchor("ledger-1", 4), "doc-ledger-1-s-4");
        assert_eq!(anchor("a b", 0), "doc-a_20b-s-0");
        assert_ne!(anchor("a_20b", 0), anchor("a b", 0));
        assert_eq!(anchor("\"><x", 1), "doc-_22_3e_3cx-s-1");
        assert_eq!(finding_anchor("shared-1"), "f-shared-1");
    }
}
