//! The `crosscheck.findings.v1` JSON report (schema: `docs/findings.md`,
//! `docs/findings.schema.json`).

use std::io::{self, Write};

use crate::findings::wire::Report;
use crate::findings::Findings;

/// Writes `findings` as one pretty-printed `crosscheck.findings.v1` document and a final
/// newline. To honour report options, pass `select(findings, options)`.
pub fn json(findings: &Findings, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Report::from(findings))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::report::sample;

    fn rendered() -> String {
        let mut out = Vec::new();
        json(&sample::findings(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(rendered());
    }

    #[test]
    fn round_trips_through_the_wire_type() {
        let text = rendered();
        let back: Report = serde_json::from_str(&text).unwrap();
        assert_eq!(back, Report::from(&sample::findings()));
        assert_eq!(back.schema, crate::findings::wire::SCHEMA);
    }

    #[test]
    fn validates_against_the_published_schema() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../docs/findings.schema.json")).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let instance: serde_json::Value = serde_json::from_str(&rendered()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn schema_rejects_what_the_format_forbids() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../docs/findings.schema.json")).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let good: serde_json::Value = serde_json::from_str(&rendered()).unwrap();
        type Breakage = fn(&mut serde_json::Value);
        let breakages: [(&str, Breakage); 5] = [
            ("wrong schema tag", |v| {
                v["schema"] = "crosscheck.findings.v2".into()
            }),
            ("unknown kind", |v| {
                v["findings"][0]["kind"] = "agreement".into()
            }),
            ("score above 1", |v| v["findings"][0]["score"] = 1.5.into()),
            ("member without text", |v| {
                v["findings"][0]["members"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("text");
            }),
            ("unknown tone", |v| {
                v["findings"][5]["members"][0]["tone"] = "angry".into()
            }),
        ];
        for (what, breakage) in breakages {
            let mut bad = good.clone();
            breakage(&mut bad);
            assert!(!validator.is_valid(&bad), "schema accepted {what}");
        }
    }
}
