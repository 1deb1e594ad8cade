//! Every input format, and every kind of bad input, through the binary.

use std::io::Read;
use std::process::{Command as Process, Stdio};

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{crosscheck, fixture};

fn claims_json(args: &[&str]) -> (i32, Value, String) {
    let out = crosscheck()
        .arg("claims")
        .arg("--format=json")
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap(),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ids_and_outlets(v: &Value) -> Vec<(String, String)> {
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["outlet"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_format_loads_with_its_metadata() {
    let dir = fixture("formats");
    let (code, v, stderr) = claims_json(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        ids_and_outlets(&v),
        [
            ("front".into(), "Harbour Gazette".into()),
            ("page".into(), "Pacific Herald".into()),
            ("plain".into(), "Valparaíso Daily".into()),
            ("wire-1".into(), "Andes Wire".into()),
            ("wire:2".into(), "Coastal Radio".into()),
        ]
    );
    // The front matter is not text; the heading is its own sentence.
    let front = &v["documents"][0]["sentences"];
    assert_eq!(front[0]["text"], "Port strike enters second week");
    assert_eq!(
        front[1]["text"],
        "About 3,000 dockworkers remained off the job on Friday, union leaders said."
    );
}

#[test]
fn stdin_reads_json_lines() {
    crosscheck()
        .args(["claims", "-f", "json", "-"])
        .write_stdin("{\"outlet\":\"Piped\",\"text\":\"One claim. Another claim.\"}\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"outlet\": \"Piped\""))
        .stdout(predicate::str::contains("Another claim."));
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_processed() {
    let dir = fixture("bad");
    let (code, v, stderr) = claims_json(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1, "some inputs skipped: {stderr}");
    for expected in [
        "binary.txt: binary file",
        "empty.txt: empty file",
        "latin1.txt:2: invalid UTF-8",
        "unclosed.md:1: front matter opened with `---` is never closed",
        "badline.md:3: front matter line is not `key: value`",
        "broken.jsonl:2: not a JSON article object",
        "broken.jsonl:3: article has no \"text\"",
        "corpus.toml:4: malformed manifest",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    let ids: Vec<String> = ids_and_outlets(&v).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["badline", "a", "broken:1", "latin1", "unclosed"]);
    // Nothing silently lost: the bad byte is replaced, the rest of the line kept.
    let latin = &v["documents"][3]["sentences"][1]["text"];
    assert_eq!(latin, "Line two has a bad byte: caf\u{FFFD} au lait.");
}

#[test]
fn a_missing_file_is_skipped_and_the_rest_processed() {
    let good = fixture("formats/plain.txt");
    let (code, v, stderr) = claims_json(&["no/such/file.txt", good.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no/such/file.txt: cannot read"), "{stderr}");
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn no_usable_input_exits_2() {
    let empty = fixture("bad/emptydir");
    crosscheck()
        .args(["claims", empty.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("directory holds no articles"))
        .stderr(predicate::str::contains("no usable input"));
}

#[test]
fn quiet_hides_warnings_but_not_the_exit_code() {
    let dir = fixture("bad");
    crosscheck()
        .args(["-q", "claims", dir.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr("");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    let mut child = Process::new(bin)
        .args(["claims", "-f", "json"])
        .current_dir(crate::util::root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: the reader goes away like `head` does.
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// No bytes make the loader panic, whatever the format; each article's sentences lie
    /// inside its text.
    #[test]
    fn the_loader_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600), ext in 0usize..5) {
        let dir = tempfile::tempdir().unwrap();
        let name = ["a.txt", "a.md", "a.jsonl", "a.html", "corpus.toml"][ext];
        std::fs::write(dir.path().join(name), &bytes).unwrap();
        let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(dir.path().to_path_buf())]);
        for a in crosscheck::extract::extract_all(corpus.articles) {
            for c in &a.claims {
                proptest::prop_assert_eq!(&a.article.text[c.start..c.end], c.text.as_str());
            }
        }
    }
}
