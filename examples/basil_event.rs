//! Write one BASIL event (the same story told by Fox News, The New York Times and
//! HuffPost) as crosscheck JSON lines, so that the hand-made gold files under
//! `fixtures/gold/basil/` can be scored without copying article text into the repository.
//!
//! ```sh
//! cargo run --release --example basil_event -- 005a2961-0c2e-4575-8eec-770ba52a08e0 \
//!     --data ../shared/data > target/basil-005a2961.jsonl
//! ```
//!
//! Ids are `<triplet-uuid>_<n>`, `n` being the number in BASIL's file name, so a gold file
//! names its documents the same way on every rebuild. Lines come out in file-name order.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};

/// BASIL's source codes (any case) as outlet names.
fn outlet(source: &str) -> String {
    match source.to_ascii_lowercase().as_str() {
        "fox" => "Fox News".into(),
        "nyt" => "New York Times".into(),
        "hpo" => "HuffPost".into(),
        other => other.to_string(),
    }
}

/// The article files of event `uuid`, in any year folder, sorted by name.
fn event_files(articles: &Path, uuid: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(years) = std::fs::read_dir(articles) else {
        return files;
    };
    for y in years.flatten() {
        let Ok(entries) = std::fs::read_dir(y.path()) else {
            continue;
        };
        files.extend(entries.flatten().map(|e| e.path()).filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{uuid}_")) && n.ends_with(".json"))
        }));
    }
    files.sort();
    files
}

/// BASIL stores paragraphs as lists of sentences; paragraphs are joined by a blank line.
fn body(v: &Value) -> String {
    v["body-paragraphs"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p.as_array())
                .map(|ss| {
                    ss.iter()
                        .filter_map(|s| s.as_str())
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut uuid, mut data) = (None::<String>, PathBuf::from("../shared/data"));
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            other if uuid.is_none() && !other.starts_with('-') => uuid = Some(other.to_string()),
            other => {
                eprintln!("unknown argument {other}; usage: basil_event TRIPLET_UUID [--data DIR]");
                std::process::exit(2);
            }
        }
    }
    let Some(uuid) = uuid else {
        eprintln!("usage: basil_event TRIPLET_UUID [--data DIR]");
        std::process::exit(2);
    };
    let files = event_files(&data.join("basil/data/articles"), &uuid);
    if files.is_empty() {
        eprintln!(
            "basil_event: no articles of event {uuid} under {}",
            data.join("basil/data/articles").display()
        );
        std::process::exit(2);
    }
    let mut out = std::io::stdout().lock();
    for f in files {
        let Some(v) = std::fs::read_to_string(&f)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        else {
            eprintln!(
                "basil_event: {} is not a JSON article; skipped",
                f.display()
            );
            continue;
        };
        // `<uuid>_<n>.json` -> `<uuid>_<n>`: stable across rebuilds and machines.
        let id = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let s = |k: &str| v[k].as_str().unwrap_or("").trim().to_string();
        let line = serde_json::json!({
            "id": id,
            "outlet": outlet(&s("source")),
            "date": s("date"),
            "title": s("title"),
            "topic": uuid,
            "text": body(&v),
        });
        if writeln!(out, "{line}").is_err() {
            // A closed pipe ends the run quietly.
            return;
        }
    }
}
