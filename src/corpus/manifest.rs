//! `corpus.toml`: metadata for the article files beside it.
//!
//! ```toml
//! topic = "libya-mercenaries"      # optional default for every file
//!
//! [[article]]
//! file = "000_fe5e45343888b5df.txt"
//! outlet = "Echorouk"
//! country = "Algeria"
//! date = "2022-03"
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{Article, Warning};

/// Name of the manifest file looked for beside article files.
pub const MANIFEST: &str = "corpus.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    topic: Option<String>,
    #[serde(default)]
    article: Vec<Entry>,
}

/// Metadata for one file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Entry {
    file: String,
    id: Option<String>,
    outlet: Option<String>,
    country: Option<String>,
    date: Option<String>,
    url: Option<String>,
    title: Option<String>,
    topic: Option<String>,
}

/// A parsed manifest: entries by file name.
#[derive(Debug, Default)]
pub(super) struct Manifest {
    entries: BTreeMap<String, Entry>,
}

impl Manifest {
    /// Reads `dir/corpus.toml` if there is one. A malformed manifest is reported (with its
    /// line) and ignored: the articles still load, without its metadata.
    pub(super) fn load(dir: &Path, warnings: &mut Vec<Warning>) -> Manifest {
        let path = dir.join(MANIFEST);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Manifest::default(),
            Err(e) => {
                warnings.push(warn(&path, None, format!("cannot read manifest: {e}")));
                return Manifest::default();
            }
        };
        let raw: Raw = match toml::from_str(&text) {
            Ok(r) => r,
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| text.get(..s.start).map_or(1, |t| t.lines().count().max(1)));
                let msg = e.message().trim().to_string();
                warnings.push(warn(
                    &path,
                    line,
                    format!("malformed manifest, ignored: {msg}"),
                ));
                return Manifest::default();
            }
        };
        let mut entries = BTreeMap::new();
        for mut entry in raw.article {
            if entry.topic.is_none() {
                entry.topic.clone_from(&raw.topic);
            }
            if !dir.join(&entry.file).exists() {
                warnings.push(warn(
                    &path,
                    None,
                    format!("names {:?}, which does not exist", entry.file),
                ));
            }
            entries.insert(entry.file.clone(), entry);
        }
        Manifest { entries }
    }

    /// Fills `article`'s metadata from the entry for `file_name`, if any.
    pub(super) fn apply(&self, file_name: &str, article: &mut Article) {
        let Some(e) = self.entries.get(file_name) else {
            return;
        };
        if let Some(id) = &e.id {
            article.id.clone_from(id);
        }
        if let Some(outlet) = &e.outlet {
            article.outlet.clone_from(outlet);
        }
        for (field, value) in [
            (&mut article.country, &e.country),
            (&mut article.date, &e.date),
            (&mut article.url, &e.url),
            (&mut article.title, &e.title),
            (&mut article.topic, &e.topic),
        ] {
            if value.is_some() {
                field.clone_from(value);
            }
        }
    }
}

fn warn(path: &Path, line: Option<usize>, message: String) -> Warning {
    Warning {
        path: path.display().to_string(),
        line,
        message,
    }
}
