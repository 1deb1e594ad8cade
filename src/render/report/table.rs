//! The terminal report: an overview, then one table per section, wrapped to a fixed width
//! so output does not depend on the terminal.

use std::io::{self, Write};

use super::format::{
    as_written, finding_outlets, labels_by_outlet, member_interval, place, quantity, referent,
    score, source, verdict,
};
use super::{count, diff, of_section, select, unique_by_outlet, Options, Section};
use crate::findings::Findings;
use crate::render::one_line;
use crate::render::table::{new_table, Cell};

/// Writes the terminal report of the findings `options` selects.
pub fn table(findings: &Findings, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let f = select(findings, options);
    let width = options.width;
    overview(&f, options, out)?;
    for section in options.sections() {
        if count(&f, section) == 0 {
            continue;
        }
        writeln!(out, "\n{} ({})", section.title(), count(&f, section))?;
        match section {
            Section::SharedClaim => shared(&f, width, out)?,
            Section::Contradiction => contradictions(&f, options, out)?,
            Section::NumericDivergence => numeric(&f, width, out)?,
            Section::Framing => framing(&f, width, out)?,
            Section::UniqueClaim => unique(&f, width, out)?,
        }
    }
    if !f.warnings.is_empty() {
        writeln!(out, "\nWarnings ({})", f.warnings.len())?;
        for w in &f.warnings {
            writeln!(out, "  {w}")?;
        }
    }
    Ok(())
}

fn overview(f: &Findings, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "Documents ({})", f.documents.len())?;
    let mut t = new_table(
        options.width,
        &["id", "outlet", "country", "date", "sentences"],
    );
    for d in &f.documents {
        t.add_row(vec![
            Cell::new(&d.id),
            Cell::new(one_line(&d.outlet)),
            Cell::new(d.country.as_deref().unwrap_or("")),
            Cell::new(d.date.as_deref().unwrap_or("")),
            Cell::new(d.sentences.len()),
        ]);
    }
    writeln!(out, "{t}")?;
    writeln!(out, "\nFindings")?;
    let mut t = new_table(options.width, &["kind", "count"]);
    for section in options.sections() {
        t.add_row(vec![
            Cell::new(section.name()),
            Cell::new(count(f, section)),
        ]);
    }
    writeln!(out, "{t}")
}

/// `Outlet [doc#s]: sentence (source)` lines, one per member.
fn sentences<'a>(members: impl Iterator<Item = &'a crate::findings::Member>) -> String {
    members
        .map(|m| {
            let attribution = m
                .source
                .as_deref()
                .map(|s| format!(" (source: {})", one_line(s)))
                .unwrap_or_default();
            format!(
                "{} [{}]: {}{attribution}",
                one_line(&m.outlet),
                place(m),
                one_line(&m.text)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn shared(f: &Findings, width: u16, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(width, &["finding", "score", "outlets", "sentences"]);
    for x in of_section(f, Section::SharedClaim) {
        t.add_row(vec![
            Cell::new(format!("{}\n{}", x.id, one_line(&x.summary))),
            Cell::new(score(x.score)),
            Cell::new(finding_outlets(x).join("\n")),
            Cell::new(sentences(x.members.iter())),
        ]);
    }
    writeln!(out, "{t}")
}

fn contradictions(f: &Findings, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(
        options.width,
        &["finding", "score", "outlet", "sentence", "source"],
    );
    let mut diffs = Vec::new();
    for x in of_section(f, Section::Contradiction) {
        for (i, m) in x.members.iter().enumerate() {
            let (id, sc) = if i == 0 {
                (
                    format!("{}\n{}", x.id, one_line(&x.summary)),
                    score(x.score),
                )
            } else {
                Default::default()
            };
            t.add_row(vec![
                Cell::new(id),
                Cell::new(sc),
                Cell::new(one_line(&m.outlet)),
                Cell::new(format!("[{}] {}", place(m), one_line(&m.text))),
                Cell::new(one_line(source(m))),
            ]);
        }
        if let [left, right, ..] = x.members.as_slice() {
            let d = diff::words(&left.text, &right.text);
            let shown = if options.color {
                diff::ansi(&d)
            } else {
                diff::plain(&d)
            };
            diffs.push(format!(
                "  {}: {} vs {}: {shown}",
                x.id,
                one_line(&left.outlet),
                one_line(&right.outlet)
            ));
        }
    }
    writeln!(out, "{t}")?;
    // Word differences stay outside the table: ANSI codes would throw off its wrapping.
    if !diffs.is_empty() {
        writeln!(out, "Word differences:")?;
        for line in diffs {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn numeric(f: &Findings, width: u16, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(width, &super::NUMERIC_COLUMNS);
    for x in of_section(f, Section::NumericDivergence) {
        for (i, m) in x.members.iter().enumerate() {
            let (q, v) = if i == 0 {
                (format!("{}\n[{}]", quantity(x), x.id), verdict(x))
            } else {
                Default::default()
            };
            t.add_row(vec![
                Cell::new(one_line(&q)),
                Cell::new(format!("{} [{}]", one_line(&m.outlet), place(m))),
                Cell::new(one_line(as_written(m))),
                Cell::new(member_interval(m)),
                Cell::new(one_line(source(m))),
                Cell::new(v),
            ]);
        }
    }
    writeln!(out, "{t}")
}

fn framing(f: &Findings, width: u16, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(width, &["referent", "outlet", "labels", "tone"]);
    for x in of_section(f, Section::Framing) {
        for (i, (outlet, labels, tones)) in labels_by_outlet(x).into_iter().enumerate() {
            let r = if i == 0 {
                format!("{}\n[{}]", one_line(referent(x)), x.id)
            } else {
                String::new()
            };
            t.add_row(vec![
                Cell::new(r),
                Cell::new(one_line(outlet)),
                Cell::new(
                    labels
                        .iter()
                        .map(|l| one_line(l))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Cell::new(tones.join(", ")),
            ]);
        }
    }
    writeln!(out, "{t}")
}

fn unique(f: &Findings, width: u16, out: &mut dyn Write) -> io::Result<()> {
    for (outlet, members) in unique_by_outlet(f) {
        writeln!(out, "Only in {} ({})", one_line(outlet), members.len())?;
        let mut t = new_table(width, &["sentence", "text", "source"]);
        for m in members {
            t.add_row(vec![
                Cell::new(place(m)),
                Cell::new(one_line(&m.text)),
                Cell::new(one_line(source(m))),
            ]);
        }
        writeln!(out, "{t}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::report::sample;

    fn rendered(options: &Options) -> String {
        let mut out = Vec::new();
        table(&sample::findings(), options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(rendered(&Options::default()));
    }

    #[test]
    fn snapshot_narrow_one_outlet_pair() {
        let o = Options::default()
            .width(60)
            .outlets(["Post & Courier", "Valley Voice"])
            .kinds([Section::Contradiction, Section::UniqueClaim]);
        insta::assert_snapshot!(rendered(&o));
    }

    #[test]
    fn colour_only_when_asked() {
        assert!(!rendered(&Options::default()).contains('\x1b'));
        assert!(rendered(&Options::default().color(true)).contains("\x1b[31;9m"));
    }

    #[test]
    fn lines_fit_the_width() {
        for width in [60u16, 100, 140] {
            let text = rendered(&Options::default().width(width));
            for line in text.lines().filter(|l| !l.starts_with("  ")) {
                assert!(
                    line.chars().count() <= usize::from(width),
                    "{width}: {line}"
                );
            }
        }
    }
}
