//! Snapshots of every output format on the seeds (insta): any change to what users see
//! shows up as a reviewed diff. Update with `INSTA_UPDATE=always cargo test` and review.

use serde_json::Value;

use crate::util::{crosscheck, root};

fn stdout(args: &[&str]) -> String {
    let out = crosscheck().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn report_in_every_format() {
    for format in ["table", "markdown", "csv", "json", "html"] {
        insta::assert_snapshot!(
            format!("report_{format}"),
            stdout(&["report", "--format", format])
        );
    }
}

#[test]
fn other_commands() {
    insta::assert_snapshot!("claims_table", stdout(&["claims"]));
    insta::assert_snapshot!(
        "numbers_table",
        stdout(&["numbers", "--min-verdict", "agree"])
    );
    insta::assert_snapshot!("framing_table", stdout(&["framing"]));
    insta::assert_snapshot!(
        "compare_table",
        stdout(&["compare", "Daily Sabah", "unnamed pro-GNA Libyan outlet"])
    );
    insta::assert_snapshot!(
        "eval_table",
        stdout(&["eval", "--gold", "fixtures/gold/seeds.json"])
    );
}

#[test]
fn report_json_validates_against_the_documented_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/findings.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let report: Value = serde_json::from_str(&stdout(&["report", "--format", "json"])).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(
        !report["findings"].as_array().unwrap().is_empty(),
        "the seeds yield findings"
    );
}
