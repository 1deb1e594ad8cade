//! `crosscheck stream`: JSON lines in, one findings line per topic out.

use serde_json::Value;

use crate::util::{crosscheck, fixture};

const FIXTURE: &str = "stream/two-topics.jsonl";

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn two_topics_give_two_lines_and_the_bad_line_is_named() {
    let out = crosscheck()
        .args(["stream", fixture(FIXTURE).to_str().unwrap()])
        .output()
        .unwrap();
    // One line was skipped: exit 1, the line named on stderr and in its chunk.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("two-topics.jsonl:4:"), "{stderr}");
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 2);
    let topics: Vec<_> = got.iter().map(|l| l["topic"].as_str()).collect();
    assert_eq!(topics, [Some("flood"), Some("election")]);
    let docs: Vec<_> = got
        .iter()
        .map(|l| l["documents"].as_array().map(Vec::len))
        .collect();
    assert_eq!(docs, [Some(3), Some(2)]);
    assert_eq!(got[0]["warnings"][0]["line"], 4);
    assert_eq!(got[1]["warnings"].as_array().map(Vec::len), Some(0));
    for l in &got {
        assert_eq!(l["schema"], "crosscheck.findings.v1");
    }
    // Three outlets on one flood share its claims; nothing is compared across topics.
    let flood = got[0]["findings"].as_array().unwrap();
    assert!(
        flood.iter().any(|f| f["kind"] == "shared_claim"),
        "{flood:?}"
    );
}

#[test]
fn stdin_and_file_agree_and_threads_do_not_matter() {
    let path = fixture(FIXTURE);
    let text = std::fs::read(&path).unwrap();
    let from_file = |threads: &str| {
        crosscheck()
            .args(["-j", threads, "stream", path.to_str().unwrap()])
            .output()
            .unwrap()
            .stdout
    };
    let one = from_file("1");
    assert_eq!(one, from_file("2"));
    let piped = crosscheck()
        .args(["stream", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    // Only where the articles came from may differ.
    let strip = |mut v: Vec<Value>| {
        for l in &mut v {
            for d in l["documents"].as_array_mut().unwrap() {
                d["path"] = Value::Null;
            }
            for w in l["warnings"].as_array_mut().unwrap() {
                w["path"] = Value::Null;
            }
        }
        v
    };
    assert_eq!(strip(lines(&piped.stdout)), strip(lines(&one)));
}

/// A chunk's findings are exactly what `report` finds for that topic alone: streaming
/// changes what is held in memory, not what is found.
#[test]
fn each_chunk_matches_a_report_of_its_topic_alone() {
    let path = fixture(FIXTURE);
    let text = std::fs::read_to_string(&path).unwrap();
    let out = crosscheck()
        .args(["stream", path.to_str().unwrap()])
        .output()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    for chunk in lines(&out.stdout) {
        let topic = chunk["topic"].as_str().unwrap();
        let tag = format!("\"topic\":\"{topic}\"");
        let only: String = text
            .lines()
            .filter(|l| l.contains(&tag) && l.ends_with('}'))
            .map(|l| format!("{l}\n"))
            .collect();
        let file = dir.path().join(format!("{topic}.jsonl"));
        std::fs::write(&file, only).unwrap();
        let report = crosscheck()
            .args(["report", "-f", "json", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(report.status.success());
        let report: Value = serde_json::from_slice(&report.stdout).unwrap();
        for key in ["findings", "unique_claims"] {
            assert_eq!(chunk[key], report[key], "{topic}: {key}");
        }
    }
}

#[test]
fn zero_batch_is_a_usage_error() {
    crosscheck()
        .args(["stream", "--batch", "0", fixture(FIXTURE).to_str().unwrap()])
        .assert()
        .code(2);
}
