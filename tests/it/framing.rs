//! Framing: the seed framings found, and `crosscheck framing` in every format.

use predicates::prelude::*;

use crate::util::{crosscheck, root};

fn seed_scores() -> crosscheck::eval::Scores {
    let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(root().join("seeds"))]);
    let findings = crosscheck::pipeline::analyze(corpus, &Default::default());
    let gold = std::fs::read_to_string(root().join("fixtures/gold/seeds.json")).expect("gold");
    let gold = crosscheck::eval::gold::Gold::from_json(&gold).expect("gold parses");
    crosscheck::eval::evaluate(&findings, &gold)
}

#[test]
fn seed_framings_of_titles_names_and_fighters_are_found() {
    let scores = seed_scores();
    let framing = scores.kind("framing").expect("framing scored");
    for id in ["f1", "f4", "f5"] {
        assert!(
            framing.items.contains(&format!("{id} found")),
            "{id} missed: {:?}",
            framing.items
        );
    }
    assert!(framing.precision >= 0.5, "{framing:?}");
}

#[test]
fn table_lists_referents_and_the_outlet_profile() {
    crosscheck()
        .arg("framing")
        .assert()
        .success()
        .stdout(predicate::str::contains("Khalifa Haftar"))
        .stdout(predicate::str::contains("putschist Gen."))
        .stdout(predicate::str::contains("Zionist entity"))
        .stdout(predicate::str::contains("Loaded terms per 1,000 words"));
}

#[test]
fn markdown_has_a_section_per_referent() {
    crosscheck()
        .args(["framing", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains("## Khalifa Haftar (score"))
        .stdout(predicate::str::contains("| outlet | labels used | tone |"))
        .stdout(predicate::str::contains("| Daily Sabah |"));
}

#[test]
fn csv_has_label_and_profile_records() {
    let out = crosscheck()
        .args(["framing", "--format", "csv"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("record,referent,score,outlet,label,tone,count,words,per_1000_words")
    );
    assert!(text.contains("label,Khalifa Haftar,"));
    assert!(text.contains(",Daily Sabah,putschist Gen.,pejorative,2,,"));
    assert!(text
        .lines()
        .any(|l| l.starts_with("profile,,,Echorouk,,pejorative,")));
}

#[test]
fn json_is_findings_v1_with_profiles() {
    let out = crosscheck()
        .args(["framing", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["schema"], "crosscheck.findings.v1");
    let findings = v["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["kind"] == "framing"));
    let scores: Vec<f64> = findings
        .iter()
        .map(|f| f["score"].as_f64().unwrap_or(0.0))
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let israel = findings
        .iter()
        .find(|f| f["referent"] == "Israel")
        .expect("Israel framed");
    assert!(israel["members"]
        .as_array()
        .expect("members")
        .iter()
        .any(|m| m["label"] == "Zionist entity" && m["tone"] == "pejorative"));
    let profiles = v["profiles"].as_array().expect("profiles");
    assert_eq!(profiles.len(), 5);
    assert!(profiles[0]["words"].as_u64().unwrap_or(0) > 100);
    assert!(profiles[0]["per_1000_words"]["pejorative"].is_number());
}

#[test]
fn user_lexicon_adds_terms() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("mine.toml");
    // Nothing in the built-in list calls a leader "moody"; a user's file can.
    std::fs::write(&file, "pejorative = [\"moody\"]\n").expect("write");
    let with = crosscheck()
        .args(["framing", "--format", "csv", "--lexicon"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(with.status.success());
    let text = String::from_utf8(with.stdout).expect("utf-8");
    assert!(
        text.lines().any(|l| l.starts_with("label,Khalifa Haftar,")
            && l.contains("moody")
            && l.contains(",pejorative,")),
        "{text}"
    );
}

#[test]
fn malformed_lexicon_is_a_usage_error_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "pejorative = [\"thug\"]\nfurious = [\"x\"]\n").expect("write");
    crosscheck()
        .args(["framing", "--lexicon"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:2:", file.display())))
        .stderr(predicate::str::contains("furious"));
    let file = dir.path().join("broken.toml");
    std::fs::write(&file, "\n\npejorative = [\"thug\"\n").expect("write");
    crosscheck()
        .args(["framing", "--lexicon"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.toml:"));
}
