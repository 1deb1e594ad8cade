//! `crosscheck match` on a small pairs file.

use predicates::prelude::*;

use crate::util::{crosscheck, fixture};

#[test]
fn scores_pairs_and_names_the_bad_line() {
    let pairs = fixture("match/pairs.tsv");
    let out = crosscheck()
        .args(["match", pairs.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a malformed line was skipped");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows.iter().map(|r| r[0]).collect::<Vec<_>>(),
        ["p1", "p2", "p3"]
    );
    let score = |r: &Vec<&str>| r[1].parse::<f64>().unwrap();
    assert!(score(&rows[0]) > score(&rows[1]));
    assert_eq!(rows[0][2], "1");
    assert_eq!(rows[1][2], "0");
    assert!(String::from_utf8_lossy(&out.stderr).contains("pairs.tsv:3:"));
}

#[test]
fn json_lines_and_threshold() {
    let pairs = fixture("match/pairs.tsv");
    crosscheck()
        .args([
            "-q",
            "match",
            "--format",
            "json",
            "--threshold",
            "0.99",
            pairs.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"id\":\"p1\""))
        .stdout(predicate::str::contains("\"same\":false"));
    crosscheck()
        .args(["match", "--threshold", "2", pairs.to_str().unwrap()])
        .assert()
        .code(2);
}

#[test]
fn a_file_of_bad_lines_gives_a_few_warnings_and_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pairs.tsv");
    let mut text = String::from("ok\tThe dam broke at dawn.\tThe dam burst at dawn.\n");
    for i in 0..100 {
        text.push_str(&format!("bad line {i} without tabs\n"));
    }
    std::fs::write(&path, text).unwrap();
    let out = crosscheck()
        .args(["match", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("line skipped").count(), 20, "{stderr}");
    assert!(
        stderr.contains("80 more malformed lines skipped (100 in all)"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}
