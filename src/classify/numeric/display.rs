//! Figures and groups in words for people: `16,000+`, `~500`, `USD 1,000/month`, and the
//! one-line summary of a divergence.

use super::interval::{trim, Interval};
use super::pairing::member;
use super::scale::{base_unit, dimension, Basis};
use super::{AuditedFigure, QuantityGroup};
use crate::extract::quantity::{Qualifier, Quantity, QuantityKind};
use crate::extract::Document;

/// A number with thousands separators: `20000` -> `20,000`.
pub fn grouped(v: f64) -> String {
    let s = trim(v);
    let (sign, rest) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, ""), |(i, f)| (i, f));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    format!("{sign}{out}")
}

/// A figure for people, with its hedge, unit and rate.
pub fn short(q: &Quantity) -> String {
    let core = match (q.value, q.low, q.high) {
        (_, Some(lo), Some(hi)) => format!("{}-{}", grouped(lo), grouped(hi)),
        (_, Some(_), None) if q.vague => q.as_written.to_lowercase(),
        (Some(v), _, _) => {
            let v = grouped(v);
            match q.qualifier {
                Some(Qualifier::About) => format!("~{v}"),
                Some(Qualifier::Nearly) => format!("nearly {v}"),
                Some(Qualifier::MoreThan) => format!(">{v}"),
                Some(Qualifier::AtLeast) => format!("{v}+"),
                Some(Qualifier::UpTo) => format!("<={v}"),
                Some(Qualifier::FewerThan) => format!("<{v}"),
                Some(Qualifier::Exactly | Qualifier::Between) | None => v,
            }
        }
        _ => q.as_written.clone(),
    };
    let unit = q.unit.as_deref().unwrap_or("");
    let with_unit = match q.kind {
        QuantityKind::Money if !unit.is_empty() => format!("{unit} {core}"),
        QuantityKind::Percent => format!("{core}{unit}"),
        QuantityKind::Measure | QuantityKind::Duration if !unit.is_empty() => {
            format!("{core} {unit}")
        }
        _ => core,
    };
    match q.rate.as_deref() {
        Some(r) => format!("{with_unit}/{r}"),
        None => with_unit,
    }
}

/// One figure of a group, ready for the `numbers` table.
pub fn figure(
    docs: &[Document],
    doc: usize,
    sentence: usize,
    q: &Quantity,
    source: Option<String>,
    interval: Option<(Interval, Basis)>,
) -> AuditedFigure {
    let m = member(docs, doc, sentence, q);
    let dimension = dimension(q).map(|d| d.0).unwrap_or_default();
    let interval = interval.map_or_else(String::new, |(iv, basis)| {
        let unit = base_unit(&dimension, &basis);
        if unit.is_empty() {
            iv.notation()
        } else {
            format!("{} {unit}", iv.notation())
        }
    });
    AuditedFigure {
        display: short(q),
        interval,
        attributed_to: source.unwrap_or_else(|| m.outlet.clone()),
        member: m,
    }
}

/// `foreign volunteers: 16,000+ (Focus) vs 20,000 (Dmytro Kuleba via The Times)`.
pub fn summary(g: &QuantityGroup) -> String {
    let parts: Vec<String> = g
        .figures
        .iter()
        .map(|f| format!("{} ({})", f.display, f.attributed_to))
        .collect();
    format!("{}: {}", g.quantity, parts.join(" vs "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(20_000.0), "20,000");
        assert_eq!(grouped(350.0), "350");
        assert_eq!(grouped(1_234_567.5), "1,234,567.5");
        assert_eq!(grouped(-4_000.0), "-4,000");
    }
}
