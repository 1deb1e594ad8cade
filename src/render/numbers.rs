//! Render the numeric audit (`crosscheck numbers`): one row per figure, grouped by
//! quantity, conflicts first; as a terminal table, Markdown, CSV, or the findings JSON
//! restricted to numeric divergences.

use std::io::{self, Write};

use super::one_line;
use super::table::{new_table, Cell};
use crate::classify::numeric::{NumericAudit, QuantityGroup};
use crate::findings::{wire, Findings, Verdict};

/// Column titles, in order.
pub const HEADER: [&str; 6] = [
    "quantity",
    "outlet",
    "figure as written",
    "normalised interval",
    "attributed to",
    "verdict",
];

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Agree => "agree",
        Verdict::Compatible => "compatible",
        Verdict::Conflict => "conflict",
    }
}

fn shown(audit: &NumericAudit, min: Verdict) -> impl Iterator<Item = &QuantityGroup> {
    audit.groups.iter().filter(move |g| g.verdict >= min)
}

/// The six cells of every figure row of `g`.
fn rows(g: &QuantityGroup) -> impl Iterator<Item = [String; 6]> + '_ {
    let quantity = match &g.unit {
        Some(u) if !u.is_empty() => format!("{} ({u})", g.quantity),
        _ => g.quantity.clone(),
    };
    g.figures.iter().map(move |f| {
        [
            quantity.clone(),
            f.member.outlet.clone(),
            match &f.member.detail {
                crate::findings::Detail::Figure { as_written, .. } => one_line(as_written),
                _ => f.display.clone(),
            },
            f.interval.clone(),
            f.attributed_to.clone(),
            verdict_name(g.verdict).to_string(),
        ]
    })
}

/// A terminal table, `width` columns wide; the quantity and verdict are written on the
/// first row of each group only.
pub fn table(
    audit: &NumericAudit,
    min: Verdict,
    width: u16,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut t = new_table(width, &HEADER);
    let mut any = false;
    for g in shown(audit, min) {
        for (i, row) in rows(g).enumerate() {
            any = true;
            t.add_row(row.iter().enumerate().map(|(c, cell)| {
                if i > 0 && (c == 0 || c == 5) {
                    Cell::new("")
                } else {
                    Cell::new(cell)
                }
            }));
        }
    }
    if any {
        writeln!(out, "{t}")
    } else {
        writeln!(out, "No figures at or above `{}`.", verdict_name(min))
    }
}

fn md_cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

/// A Markdown table, one row per figure.
pub fn markdown(audit: &NumericAudit, min: Verdict, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "| {} |", HEADER.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(HEADER.len()))?;
    for g in shown(audit, min) {
        for row in rows(g) {
            let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
    }
    Ok(())
}

/// CSV with a header row; `group` numbers the quantity groups from 1, and each row also
/// gives the document, sentence index and the sentence itself.
pub fn csv(audit: &NumericAudit, min: Verdict, out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    let mut header = vec!["group"];
    header.extend(HEADER);
    header.extend(["doc", "sentence", "text"]);
    w.write_record(&header)?;
    for (n, g) in shown(audit, min).enumerate() {
        for (row, f) in rows(g).zip(&g.figures) {
            let mut record = vec![(n + 1).to_string()];
            record.extend(row);
            record.push(f.member.doc.clone());
            record.push(f.member.sentence.to_string());
            record.push(one_line(&f.member.text));
            w.write_record(&record)?;
        }
    }
    w.flush()
}

/// The findings JSON (`crosscheck.findings.v1`) with only the numeric divergences at or
/// above `min` (agreements are never findings) and no unique claims.
pub fn json(findings: &Findings, min: Verdict, out: &mut dyn Write) -> io::Result<()> {
    let mut report = wire::Report::from(findings);
    let rank = |v: &Option<String>| match v.as_deref() {
        Some("conflict") => Verdict::Conflict,
        Some("compatible") => Verdict::Compatible,
        _ => Verdict::Agree,
    };
    report
        .findings
        .retain(|f| f.kind == "numeric_divergence" && rank(&f.verdict) >= min);
    report.unique_claims.clear();
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
