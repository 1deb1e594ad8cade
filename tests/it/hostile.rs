//! Hostile inputs through the binary: each is processed, or skipped with a message naming
//! the file, and never panics or hangs. Small cases live in `fixtures/hostile/`; large
//! ones are generated into a temporary directory so that no huge file is committed.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{crosscheck, fixture};

/// Wall-clock guard: a hang fails the test instead of blocking the suite.
const GUARD: Duration = Duration::from_secs(60);

struct Run {
    code: i32,
    json: Value,
    stderr: String,
}

/// `crosscheck <command> --format=json <paths>` under the guard.
fn run(command: &str, paths: &[&Path]) -> Run {
    let out = crosscheck()
        .arg(command)
        .arg("--format=json")
        .args(paths)
        .timeout(GUARD)
        .output()
        .expect("crosscheck ran within the guard");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let code = out.status.code().expect("exited, not killed");
    Run {
        code,
        json: serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        stderr,
    }
}

fn claims(paths: &[&Path]) -> Run {
    run("claims", paths)
}

/// Each sentence of each document: its text and its figures' values.
fn sentences(v: &Value) -> Vec<(String, Vec<f64>)> {
    v["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["sentences"].as_array().cloned().unwrap_or_default())
        .map(|s| {
            let values = s["quantities"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|q| q["value"].as_f64())
                .collect();
            (s["text"].as_str().unwrap_or_default().to_string(), values)
        })
        .collect()
}

fn texts(v: &Value) -> Vec<String> {
    sentences(v).into_iter().map(|(t, _)| t).collect()
}

/// A scratch file holding `bytes`.
fn scratch(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn good() -> PathBuf {
    fixture("formats/plain.txt")
}

/// A skipped input: exit 1, a warning naming the file, and the good file still processed.
fn assert_skipped(path: &Path, message: &str) {
    let r = claims(&[path, &good()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let name = path.display().to_string();
    assert!(
        r.stderr.contains(&format!("{name}: {message}")),
        "want {name}: {message} in:\n{}",
        r.stderr
    );
    assert_eq!(r.json["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(r.json["documents"][0]["id"], "plain");
}

#[test]
fn a_huge_single_line_is_one_sentence_with_every_figure() {
    let dir = tempfile::tempdir().unwrap();
    let clause = "officials said 300 people fled the town and ";
    let n = 4_000_000 / clause.len();
    let text = format!("{}then it ended.", clause.repeat(n));
    let path = scratch(&dir, "line.txt", text.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = sentences(&r.json);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].0.len(), text.len());
    assert_eq!(s[0].1.len(), n);
    assert!(s[0].1.iter().all(|&v| v == 300.0));
}

#[test]
fn a_50_mb_file_is_read_within_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::with_capacity(50 << 20);
    let mut n = 0;
    while text.len() < 50 << 20 {
        n += 1;
        text.push_str(&format!(
            "Officials said {n} people were displaced on Monday as floodwater rose across \
             the low-lying districts of the river valley, and the agency reported that \
             shelters in schools and sports halls were filling faster than volunteers could \
             register the families arriving there.\n\n"
        ));
    }
    let path = scratch(&dir, "big.txt", text.as_bytes());
    let out = dir.path().join("out.json");
    let started = Instant::now();
    // `claims` only: the point is loading and reading 50 MB; a report would compare
    // every sentence of one article with itself, which the tool never does anyway.
    let result = crosscheck()
        .args(["claims", "--format=json", "--output"])
        .arg(&out)
        .arg(&path)
        .timeout(GUARD)
        .output()
        .expect("crosscheck ran within the guard");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(0), "{stderr}");
    // Some 150 MB of JSON: count the sentences line by line rather than parse it whole.
    let last = format!("\"text\": \"Officials said {n} people were displaced");
    let (mut count, mut seen_last) = (0, false);
    for line in BufReader::new(File::open(&out).unwrap()).lines() {
        let line = line.unwrap();
        count += usize::from(line.trim_start().starts_with("\"index\":"));
        seen_last |= line.trim_start().starts_with(&last);
    }
    assert_eq!(count, n);
    assert!(seen_last);
    eprintln!("50 MB, {n} sentences: {took:?}");
}

#[test]
fn deeply_nested_html_keeps_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let html = format!(
        "<html><body>{}<p>Rescuers found 40 survivors in the rubble.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let path = scratch(&dir, "deep.html", html.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        sentences(&r.json),
        [(
            "Rescuers found 40 survivors in the rubble.".into(),
            vec![40.0]
        )]
    );
}

#[test]
fn html_with_10000_paragraphs_gives_10000_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let body: String = (1..=10_000)
        .map(|i| format!("<p>Station {i} reported {i} arrivals.</p>\n"))
        .collect();
    let html = format!("<html><body><article>{body}</article></body></html>");
    let path = scratch(&dir, "many.html", html.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = sentences(&r.json);
    assert_eq!(s.len(), 10_000);
    assert_eq!(s[9_999].0, "Station 10000 reported 10000 arrivals.");
    assert!(s[9_999].1.contains(&10_000.0), "{:?}", s[9_999]);
}

#[test]
fn zero_width_and_bidi_controls_leave_sentences_and_figures_intact() {
    let r = run("report", &[&fixture("hostile/zero_width_rtl.txt"), &good()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = claims(&[&fixture("hostile/zero_width_rtl.txt")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = sentences(&r.json);
    assert_eq!(s.len(), 3, "{s:?}");
    assert_eq!(s[0], ("Border\u{200b} crossing reopens".into(), vec![]));
    assert_eq!(s[1].1, [1_200.0, 45.0]);
    assert!(s[1].0.contains("\u{202b}الجيش قال\u{202c}"));
    assert_eq!(s[2].1, [300.0]);
}

#[test]
fn arabic_indic_and_persian_digits_are_read() {
    let r = claims(&[&fixture("hostile/arabic_digits.txt")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = sentences(&r.json);
    assert_eq!(s.len(), 3, "{s:?}");
    assert_eq!(s[0].1, [300.0]);
    assert_eq!(s[1].1, [25_000.0]);
    assert_eq!(s[2].1, [1_200.0]);
    let q = &r.json["documents"][0]["sentences"][1]["quantities"][0];
    assert_eq!(q["as_written"], "٢٥,٠٠٠");
    assert_eq!(q["counted"], "fighters");
}

#[test]
fn mixed_line_endings_all_break_lines() {
    let r = claims(&[&fixture("hostile/mixed_endings.txt")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        texts(&r.json),
        [
            "Port strike ends",
            "Workers went back on Monday, after 12 days.",
            "Unions claimed victory",
            "The ministry said 3,000 dockworkers returned.",
            "Talks resume in May.",
            "Officials said 40 ships waited.",
            "Shipping agents welcomed it",
        ]
    );
}

#[test]
fn nul_bytes_mark_a_binary_file_which_is_skipped() {
    assert_skipped(
        &fixture("hostile/nul_bytes.txt"),
        "binary file (contains NUL bytes); skipped",
    );
}

#[test]
fn a_file_of_only_white_space_is_skipped() {
    assert_skipped(
        &fixture("hostile/whitespace_only.md"),
        "empty file; skipped",
    );
}

#[test]
fn an_extremely_long_word_is_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let word = "a".repeat(2_000_000);
    let digits = "7".repeat(1_000_000);
    let text = format!("{word}\n\n{digits} people\n\nPolice stopped 5 cars.\n");
    let path = scratch(&dir, "word.txt", text.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = sentences(&r.json);
    assert_eq!(s.len(), 3);
    assert_eq!(s[0].0.len(), word.len());
    // A million-digit run is no figure anyone wrote; it is not read as one.
    assert!(s[1].1.is_empty(), "{:?}", &s[1].1);
    assert_eq!(s[2], ("Police stopped 5 cars.".into(), vec![5.0]));
}

#[test]
fn a_10_mb_json_line_loads_beside_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let big = "Crowds gathered in the square ".repeat(10_000_000 / 30);
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "big", "outlet": "Wire", "text": format!("{big}at noon.")}),
        serde_json::json!({"id": "small", "outlet": "Wire", "text": "Police said 200 were held."})
    );
    assert!(lines.len() > 10_000_000);
    let path = scratch(&dir, "big.jsonl", lines.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = sentences(&r.json);
    assert_eq!(s.len(), 2);
    assert!(s[0].0.ends_with("at noon."));
    assert_eq!(s[1], ("Police said 200 were held.".into(), vec![200.0]));
}

#[test]
fn invalid_utf8_in_a_json_line_is_replaced_and_named() {
    let path = fixture("hostile/bad_utf8.jsonl");
    let r = claims(&[&path]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "{}:2: invalid UTF-8; bad bytes replaced with U+FFFD",
            path.display()
        )),
        "{}",
        r.stderr
    );
    let ids: Vec<&str> = r.json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["id"].as_str())
        .collect();
    assert_eq!(ids, ["ok-1", "bad-2", "ok-3"]);
    let s = sentences(&r.json);
    assert_eq!(
        s[1],
        (
            "Police counted 2,000 caf\u{FFFD} protesters \u{FFFD}\u{FFFD} in the square.".into(),
            vec![2_000.0]
        )
    );
}

#[test]
fn a_front_matter_of_100000_lines_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("---\n");
    for i in 0..100_000 {
        text.push_str(&format!("tag{i}: value {i}\n"));
    }
    text.push_str("outlet: Long Header Times\n---\nThe council approved 3 budgets.\n");
    let path = scratch(&dir, "front.md", text.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json["documents"][0]["outlet"], "Long Header Times");
    assert_eq!(
        sentences(&r.json),
        [("The council approved 3 budgets.".into(), vec![3.0])]
    );
}

#[test]
fn a_stray_nul_late_in_json_lines_costs_no_other_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines: String = (1..=200)
        .map(|i| format!("{{\"id\":\"a{i}\",\"text\":\"Crews cleared {i} roads overnight.\"}}\n"))
        .collect();
    lines.push_str("{\"id\":\"nul\",\"text\":\"Some 70 homes\u{0}were hit.\"}\n");
    let path = scratch(&dir, "wire.jsonl", lines.as_bytes());
    let r = claims(&[&path]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("{}:201: NUL bytes replaced", path.display())),
        "{}",
        r.stderr
    );
    let s = sentences(&r.json);
    assert_eq!(s.len(), 201);
    assert_eq!(
        s[200],
        ("Some 70 homes\u{FFFD}were hit.".into(), vec![70.0])
    );
}
