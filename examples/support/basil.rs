//! Reading BASIL (Fan et al., 2019: 100 events, each told by Fox News, The New York Times
//! and HuffPost) as crosscheck JSON lines, shared by the `basil_event` example and the
//! quality tests that score the BASIL gold files, so that no article text is copied into
//! the repository.

use serde_json::Value;
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

/// The JSON lines of event `uuid` under `data` (the shared data folder), one article per
/// line in file-name order: ids `<uuid>_<n>`, outlets by name, the event as topic. An
/// article file that is not JSON is reported in the error list and left out.
pub fn event_lines(data: &Path, uuid: &str) -> (Vec<String>, Vec<String>) {
    let (mut lines, mut errors) = (Vec::new(), Vec::new());
    let articles = data.join("basil/data/articles");
    let files = event_files(&articles, uuid);
    if files.is_empty() {
        errors.push(format!(
            "no articles of event {uuid} under {}",
            articles.display()
        ));
    }
    for f in files {
        let Some(v) = std::fs::read_to_string(&f)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        else {
            errors.push(format!("{} is not a JSON article; skipped", f.display()));
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
        lines.push(line.to_string());
    }
    (lines, errors)
}

/// The triplet ids of every BASIL event under `data`, sorted.
pub fn event_ids(data: &Path) -> Vec<String> {
    let mut ids = std::collections::BTreeSet::new();
    let Ok(years) = std::fs::read_dir(data.join("basil/data/articles")) else {
        return Vec::new();
    };
    for y in years.flatten() {
        let Ok(entries) = std::fs::read_dir(y.path()) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            if let Some((id, _)) = name.to_str().and_then(|n| n.rsplit_once('_')) {
                ids.insert(id.to_string());
            }
        }
    }
    ids.into_iter().collect()
}
