//! The side-by-side view of two documents (`crosscheck compare`): each aligned pair with its
//! score, verdict and word diff, then what only one side says. Pure: reads a [`Comparison`].

use std::io::{self, Write};

use serde::Serialize;

use super::report::diff;
use super::table::{new_table, Cell};
use crate::findings::{Finding, Findings, Member};

/// Which rows to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// Every aligned pair and every unique claim.
    All,
    /// Shared claims only.
    Shared,
    /// Contradictions only.
    Contradiction,
    /// Unique claims only.
    Unique,
}

/// One aligned pair: a sentence from each side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Left sentence.
    pub left: String,
    /// Right sentence.
    pub right: String,
    /// Similarity, 0..1.
    pub score: f64,
    /// `shared_claim`, `contradiction`, `numeric_divergence` (with its verdict) or `framing`.
    pub verdict: String,
    /// Word diff, `[-removed-]{+added+}` markers.
    pub diff: String,
    /// The finding it comes from.
    pub finding: String,
}

/// Two documents lined up, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Left side's label (outlet, document).
    pub left: String,
    /// Right side's label.
    pub right: String,
    /// Aligned pairs, strongest first.
    pub rows: Vec<Row>,
    /// Sentences only the left side has.
    pub only_left: Vec<String>,
    /// Sentences only the right side has.
    pub only_right: Vec<String>,
}

fn sides<'a>(f: &'a Finding, left: &[String]) -> Option<(&'a Member, &'a Member)> {
    let l = f.members.iter().find(|m| left.contains(&m.doc))?;
    let r = f.members.iter().find(|m| !left.contains(&m.doc))?;
    Some((l, r))
}

impl Comparison {
    /// Lines up `findings` between the documents `left` (ids) and all others, keeping the
    /// `top` strongest pairs (all when `None`) and the rows `only` asks for.
    pub fn new(
        findings: &Findings,
        left: &[String],
        labels: (String, String),
        only: Only,
        top: Option<usize>,
    ) -> Comparison {
        let wanted = |f: &Finding| match only {
            Only::All => f.kind.name() != "framing",
            Only::Shared => f.kind.name() == "shared_claim",
            Only::Contradiction => f.kind.name() == "contradiction",
            Only::Unique => false,
        };
        let mut rows: Vec<Row> = findings
            .findings
            .iter()
            .filter(|f| wanted(f))
            .filter_map(|f| {
                let (l, r) = sides(f, left)?;
                let verdict = match &f.kind {
                    crate::findings::FindingKind::NumericDivergence { verdict, .. } => {
                        format!(
                            "numeric_divergence ({})",
                            crate::findings::wire::snake_name(verdict).unwrap_or_default()
                        )
                    }
                    k => k.name().to_string(),
                };
                Some(Row {
                    left: super::one_line(&l.text),
                    right: super::one_line(&r.text),
                    score: f.score,
                    verdict,
                    diff: diff::plain(&diff::words(
                        &super::one_line(&l.text),
                        &super::one_line(&r.text),
                    )),
                    finding: f.id.clone(),
                })
            })
            .collect();
        rows.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.finding.cmp(&b.finding))
        });
        if let Some(n) = top {
            rows.truncate(n);
        }
        let show_unique = matches!(only, Only::All | Only::Unique);
        let unique = |is_left: bool| -> Vec<String> {
            if !show_unique {
                return Vec::new();
            }
            findings
                .unique_claims
                .iter()
                .filter(|u| left.contains(&u.member.doc) == is_left)
                .map(|u| super::one_line(&u.member.text))
                .collect()
        };
        Comparison {
            left: labels.0,
            right: labels.1,
            rows,
            only_left: unique(true),
            only_right: unique(false),
        }
    }
}

/// Terminal table: left | right | score | verdict, each pair followed by its word diff
/// (coloured when `color`), then the unique claims of each side.
pub fn table(c: &Comparison, width: u16, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(width, &[&c.left, &c.right, "score", "verdict"]);
    for r in &c.rows {
        t.add_row(vec![
            Cell::new(&r.left),
            Cell::new(&r.right),
            Cell::new(format!("{:.2}", r.score)),
            Cell::new(&r.verdict),
        ]);
    }
    writeln!(out, "{t}")?;
    if !c.rows.is_empty() {
        writeln!(out, "\nWord differences ([-left only-] {{+right only+}}):")?;
        for r in &c.rows {
            let d = diff::words(&r.left, &r.right);
            writeln!(
                out,
                "{}: {}",
                r.finding,
                if color {
                    diff::ansi(&d)
                } else {
                    r.diff.clone()
                }
            )?;
        }
    }
    for (label, claims) in [(&c.left, &c.only_left), (&c.right, &c.only_right)] {
        if claims.is_empty() {
            continue;
        }
        writeln!(out, "\nOnly in {label} ({}):", claims.len())?;
        for s in claims {
            writeln!(out, "- {s}")?;
        }
    }
    Ok(())
}

/// Markdown: the pairs table, then the unique claims as lists.
pub fn markdown(c: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let cell = |s: &str| s.replace('|', "\\|");
    writeln!(out, "# {} vs {}\n", cell(&c.left), cell(&c.right))?;
    writeln!(
        out,
        "| {} | {} | score | verdict | diff |\n|---|---|---|---|---|",
        cell(&c.left),
        cell(&c.right)
    )?;
    for r in &c.rows {
        writeln!(
            out,
            "| {} | {} | {:.2} | {} | {} |",
            cell(&r.left),
            cell(&r.right),
            r.score,
            r.verdict,
            cell(&r.diff)
        )?;
    }
    for (label, claims) in [(&c.left, &c.only_left), (&c.right, &c.only_right)] {
        writeln!(out, "\n## Only in {}\n", cell(label))?;
        for s in claims {
            writeln!(out, "- {}", cell(s))?;
        }
    }
    Ok(())
}

/// CSV (RFC 4180): one row per pair or unique claim.
pub fn csv(c: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record([
        "kind", "finding", "left", "right", "score", "verdict", "diff",
    ])?;
    for r in &c.rows {
        w.write_record([
            "pair",
            &r.finding,
            &r.left,
            &r.right,
            &format!("{:.4}", r.score),
            &r.verdict,
            &r.diff,
        ])?;
    }
    for s in &c.only_left {
        w.write_record(["only_left", "", s, "", "", "", ""])?;
    }
    for s in &c.only_right {
        w.write_record(["only_right", "", "", s, "", "", ""])?;
    }
    w.flush()
}
