//! `crosscheck eval`: score the findings for a corpus against a gold file.

use std::io::Write;

use anyhow::Context;
use crosscheck::eval::{self, gold::Gold};
use crosscheck::render::table::{new_table, Cell};

use super::args::{EvalArgs, Format, Global};
use super::{output, report};

pub fn run(args: &EvalArgs, global: &Global) -> anyhow::Result<i32> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read gold file {}", args.gold.display()))?;
    let gold = Gold::from_json(&text)
        .with_context(|| format!("{}: not a gold file", args.gold.display()))?;
    let (findings, code) = report::analyze(&args.analysis, global)?;
    let scores = eval::evaluate(&findings, &gold);
    let mut out = output::writer(global)?;
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &scores)?;
            writeln!(out)?;
        }
        Format::Table => {
            let mut t = new_table(
                output::width(global),
                &[
                    "kind",
                    "gold",
                    "found",
                    "recall",
                    "predicted",
                    "correct",
                    "precision",
                    "F1",
                    "items",
                ],
            );
            for k in &scores.kinds {
                t.add_row(vec![
                    Cell::new(&k.kind),
                    Cell::new(k.gold),
                    Cell::new(k.found),
                    Cell::new(format!("{:.2}", k.recall)),
                    Cell::new(k.predicted),
                    Cell::new(k.correct),
                    Cell::new(format!("{:.2}", k.precision)),
                    Cell::new(format!("{:.2}", k.f1)),
                    Cell::new(k.items.join(", ")),
                ]);
            }
            writeln!(out, "{t}")?;
            writeln!(
                out,
                "numeric traps reported: {}; comparable figures called conflicts: {}",
                scores.trap_alarms, scores.false_conflicts
            )?;
            for u in &scores.unlocated {
                writeln!(out, "gold text not found in any sentence: {u}")?;
            }
        }
    }
    out.flush()?;
    Ok(code)
}
