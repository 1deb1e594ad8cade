//! Render read sentences (`crosscheck claims`): a table for people, `crosscheck.claims.v1`
//! JSON for programs.

use std::io::{self, Write};

use serde::Serialize;

use super::table::{new_table, Cell};
use crate::extract::quantity::Quantity;
use crate::extract::Document;

/// Schema tag of the claims JSON.
pub const SCHEMA: &str = "crosscheck.claims.v1";

#[derive(Serialize)]
struct Report<'a> {
    schema: &'static str,
    documents: Vec<WireDocument<'a>>,
}

#[derive(Serialize)]
struct WireDocument<'a> {
    id: &'a str,
    outlet: &'a str,
    sentences: Vec<WireSentence<'a>>,
}

#[derive(Serialize)]
struct WireSentence<'a> {
    index: usize,
    text: &'a str,
    start: usize,
    end: usize,
    source: Option<String>,
    quantities: Vec<WireQuantity<'a>>,
}

#[derive(Serialize)]
struct WireQuantity<'a> {
    kind: String,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    as_written: &'a str,
    qualifier: Option<String>,
    unit: Option<&'a str>,
    rate: Option<&'a str>,
    counted: Option<&'a str>,
    vague: bool,
}

fn wire_quantity(q: &Quantity) -> WireQuantity<'_> {
    use crate::findings::wire::snake_name;
    WireQuantity {
        kind: snake_name(&q.kind).unwrap_or_default(),
        value: q.value,
        low: q.low,
        high: q.high,
        as_written: &q.as_written,
        qualifier: q.qualifier.as_ref().and_then(snake_name),
        unit: q.unit.as_deref(),
        rate: q.rate.as_deref(),
        counted: q.counted.as_deref(),
        vague: q.vague,
    }
}

/// Writes `documents` as `crosscheck.claims.v1` JSON (one document, pretty-printed).
pub fn json(documents: &[Document], out: &mut dyn Write) -> io::Result<()> {
    let report = Report {
        schema: SCHEMA,
        documents: documents
            .iter()
            .map(|d| WireDocument {
                id: &d.article.id,
                outlet: &d.article.outlet,
                sentences: d
                    .claims
                    .iter()
                    .map(|c| WireSentence {
                        index: c.index,
                        text: &c.text,
                        start: c.start,
                        end: c.end,
                        source: c.source.as_ref().map(|s| s.display()),
                        quantities: c.quantities.iter().map(wire_quantity).collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// Short human form of a quantity: `more than 20,000 [count: foreign fighters]`.
pub fn describe(q: &Quantity) -> String {
    let kind = crate::findings::wire::snake_name(&q.kind).unwrap_or_default();
    let mut parts = vec![kind];
    if let Some(unit) = &q.unit {
        parts.push(unit.clone());
    }
    if let Some(rate) = &q.rate {
        parts.push(format!("per {rate}"));
    }
    if let Some(counted) = &q.counted {
        parts.push(counted.clone());
    }
    if q.vague {
        parts.push("vague".into());
    }
    format!("{} [{}]", q.as_written, parts.join("; "))
}

/// Writes one table per document: sentence index, text, figures, attribution.
pub fn table(documents: &[Document], width: u16, out: &mut dyn Write) -> io::Result<()> {
    for d in documents {
        let a = &d.article;
        let meta: Vec<&str> = [a.country.as_deref(), a.date.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        writeln!(out, "{} — {} ({})", a.id, a.outlet, meta.join(", "))?;
        let mut t = new_table(width, &["#", "sentence", "quantities", "source"]);
        for c in &d.claims {
            let figures: Vec<String> = c.quantities.iter().map(describe).collect();
            t.add_row(vec![
                Cell::new(c.index),
                Cell::new(super::one_line(&c.text)),
                Cell::new(figures.join("\n")),
                Cell::new(c.source.as_ref().map(|s| s.display()).unwrap_or_default()),
            ]);
        }
        writeln!(out, "{t}\n")?;
    }
    Ok(())
}
