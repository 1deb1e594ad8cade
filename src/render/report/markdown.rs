//! The GitHub-flavoured Markdown report: the terminal report's sections as Markdown tables,
//! for issues, pull requests and wikis.

use std::io::{self, Write};

use super::format::{
    as_written, finding_outlets, labels_by_outlet, member_interval, place, quantity, referent,
    score, source, verdict,
};
use super::{count, diff, of_section, select, unique_by_outlet, Options, Section};
use crate::findings::{Findings, Member};

/// Writes the Markdown report of the findings `options` selects.
pub fn markdown(findings: &Findings, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let f = select(findings, options);
    writeln!(out, "# Cross-check report\n")?;
    writeln!(out, "## Documents ({})\n", f.documents.len())?;
    let rows = f.documents.iter().map(|d| {
        vec![
            cell(&d.id),
            cell(&d.outlet),
            cell(d.country.as_deref().unwrap_or("")),
            cell(d.date.as_deref().unwrap_or("")),
            d.sentences.len().to_string(),
        ]
    });
    table(out, &["id", "outlet", "country", "date", "sentences"], rows)?;
    writeln!(out, "## Findings\n")?;
    let rows = options
        .sections()
        .into_iter()
        .map(|s| vec![format!("`{}`", s.name()), count(&f, s).to_string()]);
    table(out, &["kind", "count"], rows)?;
    for section in options.sections() {
        if count(&f, section) == 0 {
            continue;
        }
        writeln!(out, "## {} ({})\n", section.title(), count(&f, section))?;
        match section {
            Section::SharedClaim => shared(&f, out)?,
            Section::Contradiction => contradictions(&f, out)?,
            Section::NumericDivergence => numeric(&f, out)?,
            Section::Framing => framing(&f, out)?,
            Section::UniqueClaim => unique(&f, out)?,
        }
    }
    if !f.warnings.is_empty() {
        writeln!(out, "## Warnings ({})\n", f.warnings.len())?;
        for w in &f.warnings {
            writeln!(out, "- {}", cell(&w.to_string()))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn table(
    out: &mut dyn Write,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    writeln!(out, "| {} |", header.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(header.len()))?;
    for row in rows {
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    writeln!(out)
}

/// Text made inert inside a table cell: Markdown and HTML metacharacters backslash-escaped
/// (so article text cannot open a link, emphasis or tag, or end the cell), line breaks as
/// `<br>`.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        for c in line.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
        if lines.peek().is_some() {
            out.push_str("<br>");
        }
    }
    out
}

/// An id as inline code (a backtick inside would end the span early).
fn code(id: &str) -> String {
    format!("`{}`", crate::render::one_line(id).replace('`', "'"))
}

fn sentence(m: &Member) -> String {
    format!(
        "**{}** {}: {}",
        cell(&m.outlet),
        code(&place(m)),
        cell(&m.text)
    )
}

fn finding(id: &str, summary: &str) -> String {
    format!("{} {}", code(id), cell(summary))
}

fn shared(f: &Findings, out: &mut dyn Write) -> io::Result<()> {
    let rows = of_section(f, Section::SharedClaim).map(|x| {
        let outlets: Vec<String> = finding_outlets(x).into_iter().map(cell).collect();
        let sentences: Vec<String> = x.members.iter().map(sentence).collect();
        vec![
            finding(&x.id, &x.summary),
            score(x.score),
            outlets.join("<br>"),
            sentences.join("<br>"),
        ]
    });
    table(out, &["finding", "score", "outlets", "sentences"], rows)
}

/// Strikes removed words and bolds added ones, escaping the words themselves.
fn word_diff(left: &str, right: &str) -> String {
    diff::words(left, right)
        .iter()
        .map(|(change, text)| match change {
            diff::Change::Equal => cell(text),
            diff::Change::Removed => format!("~~{}~~", cell(text)),
            diff::Change::Added => format!("**{}**", cell(text)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn contradictions(f: &Findings, out: &mut dyn Write) -> io::Result<()> {
    let rows = of_section(f, Section::Contradiction).map(|x| {
        let sentences: Vec<String> = x
            .members
            .iter()
            .map(|m| format!("{} (source: {})", sentence(m), cell(source(m))))
            .collect();
        let difference = match x.members.as_slice() {
            [left, right, ..] => word_diff(&left.text, &right.text),
            _ => String::new(),
        };
        vec![
            finding(&x.id, &x.summary),
            score(x.score),
            sentences.join("<br>"),
            difference,
        ]
    });
    table(
        out,
        &["finding", "score", "sentences", "word difference"],
        rows,
    )
}

fn numeric(f: &Findings, out: &mut dyn Write) -> io::Result<()> {
    let rows = of_section(f, Section::NumericDivergence).flat_map(|x| {
        x.members.iter().enumerate().map(move |(i, m)| {
            let (q, v) = if i == 0 {
                (
                    format!("{} {}", cell(&quantity(x)), code(&x.id)),
                    verdict(x),
                )
            } else {
                Default::default()
            };
            vec![
                q,
                format!("{} {}", cell(&m.outlet), code(&place(m))),
                cell(as_written(m)),
                cell(&member_interval(m)),
                cell(source(m)),
                v,
            ]
        })
    });
    table(out, &super::NUMERIC_COLUMNS, rows)
}

fn framing(f: &Findings, out: &mut dyn Write) -> io::Result<()> {
    let rows = of_section(f, Section::Framing).flat_map(|x| {
        labels_by_outlet(x)
            .into_iter()
            .enumerate()
            .map(move |(i, (outlet, labels, tones))| {
                let r = if i == 0 {
                    format!("{} {}", cell(referent(x)), code(&x.id))
                } else {
                    String::new()
                };
                let labels: Vec<String> = labels.into_iter().map(cell).collect();
                vec![r, cell(outlet), labels.join(", "), tones.join(", ")]
            })
    });
    table(out, &["referent", "outlet", "labels", "tone"], rows)
}

fn unique(f: &Findings, out: &mut dyn Write) -> io::Result<()> {
    for (outlet, members) in unique_by_outlet(f) {
        writeln!(out, "### Only in {} ({})\n", cell(outlet), members.len())?;
        let rows = members
            .into_iter()
            .map(|m| vec![code(&place(m)), cell(&m.text), cell(source(m))]);
        table(out, &["sentence", "text", "source"], rows)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::report::sample;

    #[test]
    fn snapshot() {
        let mut out = Vec::new();
        markdown(&sample::findings(), &Options::default(), &mut out).unwrap();
        insta::assert_snapshot!(String::from_utf8(out).unwrap());
    }

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(cell("<script>"), "\\<script\\>");
        assert_eq!(cell("[x](y) *z*"), "\\[x\\](y) \\*z\\*");
        assert_eq!(cell("R&D \\ ok"), "R\\&D \\\\ ok");
    }

    #[test]
    fn every_table_row_has_its_header_width() {
        let mut out = Vec::new();
        markdown(&sample::findings(), &Options::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        // Unescaped pipes only: escaped ones are `\|`.
        let pipes = |l: &str| l.matches('|').count() - l.matches("\\|").count();
        let mut tables = 0;
        for block in text.split("\n\n") {
            let counts: Vec<usize> = block
                .lines()
                .filter(|l| l.starts_with('|'))
                .map(pipes)
                .collect();
            if let Some(first) = counts.first() {
                tables += 1;
                assert!(counts.len() >= 3, "{block}");
                assert!(counts.iter().all(|c| c == first), "{block}");
            }
        }
        assert!(tables >= 8, "{tables}");
        assert!(text.contains("\\<script\\>alert(1)\\</script\\>"));
    }
}
