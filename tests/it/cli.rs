//! The binary, driven as a user would.

use predicates::prelude::*;

use crate::util::crosscheck;

#[test]
fn claims_defaults_to_the_seeds() {
    crosscheck()
        .arg("claims")
        .assert()
        .success()
        .stdout(predicate::str::contains("Daily Sabah"))
        .stdout(predicate::str::contains("The operation ended in failure."));
}

#[test]
fn claims_json_has_the_schema() {
    let out = crosscheck()
        .args(["claims", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "crosscheck.claims.v1");
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    let s = &v["documents"][0]["sentences"][0];
    for key in ["index", "text", "start", "end", "source", "quantities"] {
        assert!(s.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn help_documents_exit_codes() {
    crosscheck()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
}

#[test]
fn usage_error_exits_2() {
    crosscheck().arg("--no-such-flag").assert().code(2);
}
