//! The CSV report (RFC 4180): one row per sentence a finding rests on, for spreadsheets.

use std::io::{self, Write};

use super::format::{qualifier, referent};
use super::{select, Options};
use crate::findings::wire::snake_name;
use crate::findings::{Detail, Findings, Member};

/// Column names, in order.
pub const HEADER: [&str; 22] = [
    "finding",
    "kind",
    "score",
    "summary",
    "doc",
    "outlet",
    "sentence",
    "start",
    "end",
    "source",
    "text",
    "value",
    "low",
    "high",
    "as_written",
    "qualifier",
    "label",
    "tone",
    "verdict",
    "quantity",
    "unit",
    "referent",
];

/// Writes the findings `options` selects as CSV with a header row: one row per member,
/// then one per unique claim (kind `unique_claim`, finding id `unique-N`, no score).
/// Scores have four decimals, like the JSON.
pub fn csv(findings: &Findings, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let findings = select(findings, options);
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(HEADER)?;
    for f in &findings.findings {
        let (verdict, quantity, unit) = match &f.kind {
            crate::findings::FindingKind::NumericDivergence {
                quantity,
                unit,
                verdict,
            } => (
                snake_name(verdict).unwrap_or_default(),
                quantity.as_str(),
                unit.as_deref().unwrap_or(""),
            ),
            _ => (String::new(), "", ""),
        };
        for m in &f.members {
            let head = [
                f.id.clone(),
                f.kind.name().to_string(),
                format!("{:.4}", f.score),
                f.summary.clone(),
            ];
            let tail = [
                verdict.clone(),
                quantity.to_string(),
                unit.to_string(),
                referent(f).to_string(),
            ];
            w.write_record(head.into_iter().chain(member(m)).chain(tail))?;
        }
    }
    for (i, u) in findings.unique_claims.iter().enumerate() {
        let head = [
            format!("unique-{}", i + 1),
            "unique_claim".to_string(),
            String::new(),
            String::new(),
        ];
        let tail = std::iter::repeat_n(String::new(), 4);
        w.write_record(head.into_iter().chain(member(&u.member)).chain(tail))?;
    }
    w.flush()
}

/// The 14 member columns, `doc` to `tone`.
fn member(m: &Member) -> [String; 14] {
    let num = |x: &Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
    let (value, low, high, as_written) = match &m.detail {
        Detail::Figure {
            value,
            low,
            high,
            as_written,
            ..
        } => (num(value), num(low), num(high), as_written.clone()),
        _ => Default::default(),
    };
    let (label, tone) = match &m.detail {
        Detail::Label { label, tone } => (label.clone(), snake_name(tone).unwrap_or_default()),
        _ => Default::default(),
    };
    [
        m.doc.clone(),
        m.outlet.clone(),
        m.sentence.to_string(),
        m.start.to_string(),
        m.end.to_string(),
        m.source.clone().unwrap_or_default(),
        m.text.clone(),
        value,
        low,
        high,
        as_written,
        qualifier(m),
        label,
        tone,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::report::{sample, Section};

    fn rendered(options: &Options) -> String {
        let mut out = Vec::new();
        csv(&sample::findings(), options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(rendered(&Options::default()));
    }

    #[test]
    fn every_row_has_every_column_and_reads_back() {
        let text = rendered(&Options::default());
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), HEADER);
        let rows: Vec<::csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let f = sample::findings();
        let members: usize = f.findings.iter().map(|f| f.members.len()).sum();
        assert_eq!(rows.len(), members + f.unique_claims.len());
        // The HTML-hostile sentence survives quoting byte for byte.
        let hostile = &f.unique_claims[1].member.text;
        assert!(rows.iter().any(|r| &r[10] == hostile));
        assert!(rows.iter().all(|r| r.len() == HEADER.len()));
        assert_eq!(rows.last().unwrap()[1].to_string(), "unique_claim");
    }

    #[test]
    fn lines_end_in_crlf_and_quotes_are_doubled() {
        let text = rendered(&Options::default());
        assert!(text.ends_with("\r\n"));
        assert!(text.contains(r#"""Help us"""#));
    }

    #[test]
    fn options_restrict_rows() {
        let text = rendered(&Options::default().kinds([Section::NumericDivergence]));
        let rows: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(rows.len(), 6);
        assert!(rows.iter().all(|r| r.contains("numeric_divergence")));
    }
}
