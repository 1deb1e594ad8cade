//! Render framings (`crosscheck framing`): per referent, each outlet's labels with counts
//! and tones, most divergent referent first; then each outlet's loaded-term profile. As a
//! terminal table, Markdown, CSV, or `crosscheck.findings.v1` JSON with an extra top-level
//! `profiles` field.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::table::{new_table, Cell};
use crate::classify::framing::OutletProfile;
use crate::extract::lexicon::Tone;
use crate::findings::{wire, Detail, Finding, FindingKind, Findings};

/// One outlet's labels for one referent, counted.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletLabels {
    /// The outlet.
    pub outlet: String,
    /// (label, tone, uses), most used first, then by label.
    pub labels: Vec<(String, Tone, usize)>,
}

impl OutletLabels {
    /// `putschist Gen. ×2, warlord`.
    pub fn labels_text(&self) -> String {
        let parts: Vec<String> = self
            .labels
            .iter()
            .map(|(l, _, n)| {
                if *n > 1 {
                    format!("{} ×{n}", super::one_line(l))
                } else {
                    super::one_line(l)
                }
            })
            .collect();
        parts.join(", ")
    }

    /// `pejorative 3, neutral 1`: uses by tone, most loaded first.
    pub fn tone_text(&self) -> String {
        Tone::ALL
            .iter()
            .filter_map(|t| {
                let n: usize = self.labels.iter().filter(|l| l.1 == *t).map(|l| l.2).sum();
                (n > 0).then(|| format!("{} {n}", t.key()))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The framing findings of `findings`, in their order.
pub fn framings(findings: &Findings) -> Vec<&Finding> {
    findings
        .findings
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::Framing { .. }))
        .collect()
}

/// The referent of a framing finding (empty for other kinds).
pub fn referent(f: &Finding) -> &str {
    match &f.kind {
        FindingKind::Framing { referent } => referent,
        _ => "",
    }
}

/// A framing's members grouped by outlet (sorted), labels counted.
pub fn by_outlet(f: &Finding) -> Vec<OutletLabels> {
    let mut counts: BTreeMap<&str, BTreeMap<(&str, Tone), usize>> = BTreeMap::new();
    for m in &f.members {
        if let Detail::Label { label, tone } = &m.detail {
            *counts
                .entry(&m.outlet)
                .or_default()
                .entry((label, *tone))
                .or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(outlet, labels)| {
            let mut labels: Vec<(String, Tone, usize)> = labels
                .into_iter()
                .map(|((l, t), n)| (l.to_string(), t, n))
                .collect();
            labels.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
            OutletLabels {
                outlet: outlet.to_string(),
                labels,
            }
        })
        .collect()
}

/// Terminal tables: one per referent, then the outlet profiles.
pub fn table(
    findings: &Findings,
    profiles: &[OutletProfile],
    width: u16,
    out: &mut dyn Write,
) -> io::Result<()> {
    let found = framings(findings);
    if found.is_empty() {
        writeln!(out, "No referent is labelled differently across outlets.\n")?;
    }
    for f in found {
        writeln!(out, "{} (score {:.2})", referent(f), f.score)?;
        let mut t = new_table(width, &["outlet", "labels used", "tone"]);
        for o in by_outlet(f) {
            t.add_row(vec![
                Cell::new(&o.outlet),
                Cell::new(o.labels_text()),
                Cell::new(o.tone_text()),
            ]);
        }
        writeln!(out, "{t}\n")?;
    }
    writeln!(out, "Loaded terms per 1,000 words, by outlet")?;
    let mut header = vec!["outlet", "documents", "words"];
    header.extend(Tone::ALL.iter().map(|t| t.key()));
    let mut t = new_table(width, &header);
    for p in profiles {
        let mut row = vec![
            Cell::new(&p.outlet),
            Cell::new(p.documents),
            Cell::new(p.words),
        ];
        row.extend(
            Tone::ALL
                .iter()
                .map(|tone| Cell::new(format!("{:.1}", p.per_thousand(*tone)))),
        );
        t.add_row(row);
    }
    writeln!(out, "{t}")
}

/// Escapes a cell of a Markdown table.
fn md(text: &str) -> String {
    super::one_line(text).replace('|', "\\|")
}

/// Markdown: a section per referent, then the profile table.
pub fn markdown(
    findings: &Findings,
    profiles: &[OutletProfile],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "# Framing\n")?;
    let found = framings(findings);
    if found.is_empty() {
        writeln!(out, "No referent is labelled differently across outlets.\n")?;
    }
    for f in found {
        writeln!(out, "## {} (score {:.2})\n", md(referent(f)), f.score)?;
        writeln!(out, "| outlet | labels used | tone |")?;
        writeln!(out, "|---|---|---|")?;
        for o in by_outlet(f) {
            writeln!(
                out,
                "| {} | {} | {} |",
                md(&o.outlet),
                md(&o.labels_text()),
                o.tone_text()
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## Loaded terms per 1,000 words\n")?;
    let keys: Vec<&str> = Tone::ALL.iter().map(|t| t.key()).collect();
    writeln!(out, "| outlet | documents | words | {} |", keys.join(" | "))?;
    writeln!(out, "|---|---:|---:|{}", "---:|".repeat(keys.len()))?;
    for p in profiles {
        let rates: Vec<String> = Tone::ALL
            .iter()
            .map(|t| format!("{:.1}", p.per_thousand(*t)))
            .collect();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            md(&p.outlet),
            p.documents,
            p.words,
            rates.join(" | ")
        )?;
    }
    Ok(())
}

/// CSV, one row per (referent, outlet, label) and then one per (outlet, tone). Columns:
/// `record,referent,score,outlet,label,tone,count,words,per_1000_words`; `record` is
/// `label` or `profile`, and fields that do not apply are empty.
pub fn csv(findings: &Findings, profiles: &[OutletProfile], out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record([
        "record",
        "referent",
        "score",
        "outlet",
        "label",
        "tone",
        "count",
        "words",
        "per_1000_words",
    ])?;
    for f in framings(findings) {
        let score = format!("{:.4}", f.score);
        for o in by_outlet(f) {
            for (label, tone, n) in &o.labels {
                w.write_record([
                    "label",
                    referent(f),
                    &score,
                    &o.outlet,
                    &super::one_line(label),
                    tone.key(),
                    &n.to_string(),
                    "",
                    "",
                ])?;
            }
        }
    }
    for p in profiles {
        for tone in Tone::ALL {
            w.write_record([
                "profile",
                "",
                "",
                &p.outlet,
                "",
                tone.key(),
                &p.count(tone).to_string(),
                &p.words.to_string(),
                &format!("{:.4}", p.per_thousand(tone)),
            ])?;
        }
    }
    w.flush()
}

#[derive(Serialize)]
struct FramingReport {
    #[serde(flatten)]
    report: wire::Report,
    profiles: Vec<WireProfile>,
}

#[derive(Serialize)]
struct WireProfile {
    outlet: String,
    documents: usize,
    words: usize,
    counts: BTreeMap<&'static str, usize>,
    per_1000_words: BTreeMap<&'static str, f64>,
}

/// JSON: the `crosscheck.findings.v1` report of the framing findings only, with one extra
/// top-level field, `profiles`: per outlet `{outlet, documents, words, counts: {tone: n},
/// per_1000_words: {tone: rate}}`.
pub fn json(
    findings: &Findings,
    profiles: &[OutletProfile],
    out: &mut dyn Write,
) -> io::Result<()> {
    let only = Findings {
        findings: framings(findings).into_iter().cloned().collect(),
        unique_claims: Vec::new(),
        ..findings.clone()
    };
    let report = FramingReport {
        report: wire::Report::from(&only),
        profiles: profiles
            .iter()
            .map(|p| WireProfile {
                outlet: p.outlet.clone(),
                documents: p.documents,
                words: p.words,
                counts: Tone::ALL.iter().map(|t| (t.key(), p.count(*t))).collect(),
                per_1000_words: Tone::ALL
                    .iter()
                    .map(|t| (t.key(), (p.per_thousand(*t) * 1e4).round() / 1e4))
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
