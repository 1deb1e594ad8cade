//! Put two figures on one scale before comparing them: units converted to a base unit,
//! rates given per time brought to one period, totals over a stated period.
//!
//! `$1,000 a month` in a sentence that also says `for three months` reads both as 1,000 per
//! month and as 3,000 for the whole period; `$3,000 for each of them` over `3 months` reads
//! as 3,000 for the period and 1,000 per month. Two figures are compared in every reading
//! they share a basis in, and the most favourable verdict stands: the writer's unstated
//! period is given the benefit of the doubt rather than turned into a conflict.

use super::interval::Interval;
use crate::extract::quantity::{Quantity, QuantityKind};
use crate::findings::Verdict;

/// Days in a time unit (`month` -> 30.44), for durations and rates.
pub fn days(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0 / 86_400.0,
        "minute" => 1.0 / 1_440.0,
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "week" => 7.0,
        "month" => 30.44,
        "year" => 365.25,
        "decade" => 3_652.5,
        "century" => 36_525.0,
        _ => return None,
    })
}

/// The dimension a figure is measured in and the factor to its base unit: `km` ->
/// (`length`, 1000). Money keeps its currency (no exchange rates offline).
pub fn dimension(q: &Quantity) -> Option<(String, f64)> {
    let unit = q.unit.as_deref().unwrap_or("");
    Some(match q.kind {
        QuantityKind::Count => ("count".to_string(), 1.0),
        QuantityKind::Money => (format!("money {unit}"), 1.0),
        QuantityKind::Percent => (format!("percent {unit}"), 1.0),
        QuantityKind::Duration => ("time".to_string(), days(unit)?),
        QuantityKind::Measure => {
            let (dim, k) = match unit {
                "km" => ("length", 1_000.0),
                "mile" => ("length", 1_609.344),
                "m" => ("length", 1.0),
                "cm" => ("length", 0.01),
                "mm" => ("length", 0.001),
                "ft" => ("length", 0.3048),
                "inch" => ("length", 0.0254),
                "kg" => ("mass", 1.0),
                "g" => ("mass", 0.001),
                "lb" => ("mass", 0.453_592),
                "tonne" => ("mass", 1_000.0),
                "litre" => ("volume", 1.0),
                "gallon" => ("volume", 3.785_41),
                "hectare" => ("area", 10_000.0),
                "acre" => ("area", 4_046.86),
                "mph" => ("speed", 1.609_344),
                "km/h" => ("speed", 1.0),
                "MW" => ("power", 1.0),
                "GW" => ("power", 1_000.0),
                other => return Some((format!("measure {other}"), 1.0)),
            };
            (dim.to_string(), k)
        }
        QuantityKind::Date | QuantityKind::Time | QuantityKind::Ordinal => return None,
    })
}

/// What a reading's value is per.
#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// The figure itself, or per item (`each`, `per person`): one payment, one count.
    Total,
    /// Per day, converted from any time rate.
    PerDay,
    /// Per some other noun (`per barrel`).
    Per(String),
}

/// A figure read on one basis, in its dimension's base unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// What the value is per.
    pub basis: Basis,
    /// The value.
    pub interval: Interval,
}

/// The first period stated in the sentence (`for three months`), in days.
fn period(others: &[Quantity]) -> Option<(f64, String)> {
    others.iter().find_map(|d| {
        let unit = d.unit.as_deref()?;
        (d.kind == QuantityKind::Duration)
            .then(|| Some((d.value? * days(unit)?, unit.to_string())))
            .flatten()
            .filter(|(p, _)| *p > 0.0)
    })
}

/// Every reading of `q`, given the other figures of its sentence.
pub fn readings(q: &Quantity, sentence: &[Quantity]) -> Vec<Reading> {
    let Some(base) = Interval::of(q) else {
        return Vec::new();
    };
    let Some((_, factor)) = dimension(q) else {
        return Vec::new();
    };
    let base = base.scaled(factor);
    let rate = q.rate.as_deref();
    let per_time = rate.and_then(days);
    // A duration is its own period: never read `three months` against itself.
    let period = if q.kind == QuantityKind::Duration {
        None
    } else {
        period(sentence)
    };
    let mut out = Vec::new();
    match (rate, per_time) {
        (_, Some(d)) => {
            out.push(Reading {
                basis: Basis::PerDay,
                interval: base.scaled(1.0 / d),
            });
            if let Some((p, _)) = period {
                out.push(Reading {
                    basis: Basis::Total,
                    interval: base.scaled(p / d),
                });
            }
        }
        (None | Some("each" | "person"), None) => {
            out.push(Reading {
                basis: Basis::Total,
                interval: base,
            });
            if let Some((p, unit)) = period {
                // Spread over the period it was paid for...
                out.push(Reading {
                    basis: Basis::PerDay,
                    interval: base.scaled(1.0 / p),
                });
                // ...or, with no rate written, per unit of that period (`a salary of
                // $1,000` beside `three-month contracts`).
                if rate.is_none() {
                    if let Some(d) = days(&unit) {
                        out.push(Reading {
                            basis: Basis::PerDay,
                            interval: base.scaled(1.0 / d),
                        });
                    }
                }
            }
        }
        (Some(other), None) => out.push(Reading {
            basis: Basis::Per(other.to_string()),
            interval: base,
        }),
    }
    out
}

/// The best verdict over the readings two figures share a basis in, with the two
/// intervals it was reached on and that basis; `None` when they share no basis.
pub fn compare(
    left: &[Reading],
    right: &[Reading],
) -> Option<(Verdict, (Interval, Basis), Interval)> {
    let mut best: Option<(Verdict, (Interval, Basis), Interval)> = None;
    for l in left {
        for r in right.iter().filter(|r| r.basis == l.basis) {
            let v = l.interval.verdict(&r.interval);
            if best.as_ref().is_none_or(|b| v < b.0) {
                best = Some((v, (l.interval, l.basis.clone()), r.interval));
            }
        }
    }
    best
}

/// The base unit of a dimension with the basis, for display: `USD/day`, `m`, `days`.
pub fn base_unit(dimension: &str, basis: &Basis) -> String {
    let unit = match dimension {
        "count" => "",
        "time" => "days",
        "length" => "m",
        "mass" => "kg",
        "volume" => "litres",
        "area" => "m²",
        "speed" => "km/h",
        "power" => "MW",
        other => other.split_once(' ').map_or(other, |(_, u)| u),
    };
    match basis {
        Basis::Total => unit.to_string(),
        Basis::PerDay if unit.is_empty() => "per day".to_string(),
        Basis::PerDay => format!("{unit}/day"),
        Basis::Per(x) if unit.is_empty() => format!("per {x}"),
        Basis::Per(x) => format!("{unit}/{x}"),
    }
}
