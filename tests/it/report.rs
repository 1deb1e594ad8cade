//! `crosscheck report` and `crosscheck compare` through the binary.

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{crosscheck, fixture};

#[test]
fn report_defaults_to_a_table_of_the_seeds() {
    crosscheck()
        .arg("report")
        .assert()
        .success()
        .stdout(predicate::str::contains("Documents (5)"))
        .stdout(predicate::str::contains("Daily Sabah"));
}

#[test]
fn report_json_is_the_findings_schema() {
    let out = crosscheck()
        .args(["report", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "crosscheck.findings.v1");
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    for key in ["findings", "unique_claims", "warnings"] {
        assert!(v[key].is_array(), "{key}");
    }
}

#[test]
fn report_is_deterministic_across_thread_counts() {
    let run = |threads: &str| {
        crosscheck()
            .args(["-j", threads, "report", "-f", "json"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn every_report_format_renders() {
    for (format, marker) in [
        ("markdown", "| "),
        ("csv", "finding,kind,score"),
        ("html", "<html"),
    ] {
        crosscheck()
            .args(["report", "--format", format])
            .assert()
            .success()
            .stdout(predicate::str::contains(marker));
    }
}

#[test]
fn html_goes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.html");
    crosscheck()
        .args(["report", "-f", "html", "-o", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
    assert!(!html.contains("src=\"http"));
}

#[test]
fn unknown_outlet_or_section_is_a_usage_error() {
    crosscheck()
        .args(["report", "--outlets", "Nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no outlet named \"Nobody\""));
    crosscheck()
        .args(["report", "--kinds", "gossip"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown section"));
}

#[test]
fn outlets_and_kinds_restrict_the_report() {
    let out = crosscheck()
        .args([
            "report",
            "-f",
            "json",
            "--outlets",
            "Daily Sabah,Echorouk",
            "--kinds",
            "unique",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["findings"].as_array().unwrap().is_empty());
    let outlets: std::collections::BTreeSet<&str> = v["unique_claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(
        outlets.into_iter().collect::<Vec<_>>(),
        ["Daily Sabah", "Echorouk"]
    );
}

#[test]
fn compare_two_outlets_of_the_seeds() {
    crosscheck()
        .args(["compare", "Daily Sabah", "Echorouk"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Only in Daily Sabah"))
        .stdout(predicate::str::contains("Only in Echorouk"));
}

#[test]
fn compare_two_files_in_every_format() {
    let (l, r) = (fixture("formats/front.md"), fixture("formats/page.html"));
    for format in ["table", "markdown", "csv", "json"] {
        crosscheck()
            .args([
                "compare",
                l.to_str().unwrap(),
                r.to_str().unwrap(),
                "--format",
                format,
            ])
            .assert()
            .success();
    }
}

#[test]
fn compare_names_the_missing_side() {
    crosscheck()
        .args(["compare", "Daily Sabah", "Nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no document or outlet named \"Nobody\"",
        ));
}
