//! Load a corpus: text, Markdown (with front matter), HTML and JSON-lines articles, with
//! their outlet, date and country. Problems with single inputs become [`Warning`]s: one bad
//! file never stops the rest of the corpus from loading.

mod frontmatter;
pub mod html;
mod jsonl;
mod manifest;
mod read;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use manifest::Manifest;
pub use manifest::MANIFEST;
use read::Format;
/// One article as loaded, its text normalised to NFC.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// Stable identifier: the file stem unless given.
    pub id: String,
    /// Where it came from (`-` for standard input).
    pub path: String,
    /// The outlet that published it (`unknown` when not given).
    pub outlet: String,
    /// The outlet's country, if known.
    pub country: Option<String>,
    /// Publication date as given (`2022-03-21`, `2022-03`).
    pub date: Option<String>,
    /// Source address.
    pub url: Option<String>,
    /// Headline, if given apart from the text.
    pub title: Option<String>,
    /// The story it covers; articles are only compared within a topic.
    pub topic: Option<String>,
    /// The article's text (NFC).
    pub text: String,
}

/// A problem with one input: it was skipped, or part of it was.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Warning {
    /// The file (or `-`).
    pub path: String,
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// What is wrong and what was done about it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Articles loaded from all inputs, with what went wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles in input order (directories sorted by path).
    pub articles: Vec<Article>,
    /// Inputs or lines that were skipped, each naming the file.
    pub warnings: Vec<Warning>,
}

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file, or a directory walked recursively in sorted order.
    Path(PathBuf),
    /// JSON lines on standard input (`-` on the command line).
    Stdin,
}

impl From<&str> for Input {
    fn from(s: &str) -> Input {
        if s == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(s))
        }
    }
}

/// One file to read, with the manifest directory it belongs to.
struct Job {
    path: PathBuf,
    /// A file named explicitly is read even with an unknown extension (as text).
    format: Format,
}

/// Loads every input into one corpus, in input order (directories sorted by path).
/// Files are read in parallel; the result does not depend on the thread count.
pub fn load(inputs: &[Input]) -> Corpus {
    let mut corpus = Corpus::default();
    let mut jobs = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => {
                let mut raw = Vec::new();
                match std::io::stdin().read_to_end(&mut raw) {
                    Ok(_) => {
                        let template = Article {
                            id: "stdin".into(),
                            path: "-".into(),
                            ..Article::default()
                        };
                        read_bytes(&template, Format::JsonLines, &raw, &mut corpus);
                    }
                    Err(e) => corpus.warnings.push(Warning {
                        path: "-".into(),
                        line: None,
                        message: format!("cannot read standard input: {e}"),
                    }),
                }
            }
            Input::Path(path) => plan(path, &mut jobs, &mut corpus.warnings),
        }
    }
    let manifests = manifests(&jobs, &mut corpus.warnings);
    let loaded: Vec<Corpus> = jobs
        .par_iter()
        .map(|job| {
            let mut part = Corpus::default();
            let shown = job.path.display().to_string();
            let stem = job
                .path
                .file_stem()
                .map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
            let mut template = Article {
                id: stem,
                path: shown.clone(),
                ..Article::default()
            };
            if let (Some(dir), Some(name)) = (job.path.parent(), job.path.file_name()) {
                if let Some(m) = manifests.get(dir) {
                    m.apply(&name.to_string_lossy(), &mut template);
                }
            }
            match std::fs::read(&job.path) {
                Ok(bytes) => read_bytes(&template, job.format, &bytes, &mut part),
                Err(e) => part.warnings.push(Warning {
                    path: shown,
                    line: None,
                    message: format!("cannot read: {e}; skipped"),
                }),
            }
            part
        })
        .collect();
    for part in loaded {
        corpus.articles.extend(part.articles);
        corpus.warnings.extend(part.warnings);
    }
    corpus
}

/// One line of a JSON-lines stream read on its own, for callers that never hold the whole
/// stream (`pipeline::stream`): `no` is the 1-based line number, `template` gives the path
/// and the defaults (id `template.id:no`). `Ok(None)` for a blank line; a malformed line or
/// one without `text` is a [`Warning`] naming the line. The article is finished as
/// [`load`] finishes it (NFC text, outlet defaulting to the id).
pub fn read_json_line(
    template: &Article,
    line: &str,
    no: usize,
) -> Result<Option<Article>, Warning> {
    let mut article = jsonl::parse_line(template, line, no)?;
    if let Some(a) = &mut article {
        read::finish(a);
    }
    Ok(article)
}

/// Loads one in-memory file as if it were a file named `name` given on the command line:
/// the format follows the extension (`.jsonl`, `.html`...; anything else is text with
/// optional front matter), the id is the name's stem, and problems become warnings naming
/// `name`. No manifest is consulted. For embedding and fuzzing: [`load`] reads paths.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Corpus {
    let path = Path::new(name);
    let template = Article {
        id: path
            .file_stem()
            .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned()),
        path: name.to_string(),
        ..Article::default()
    };
    let mut corpus = Corpus::default();
    read_bytes(
        &template,
        Format::of(path).unwrap_or(Format::Text),
        bytes,
        &mut corpus,
    );
    corpus
}

/// Reads one input's bytes into `corpus`; `template` carries the id, path and manifest
/// metadata that the file's own fields (front matter, JSON) may override.
fn read_bytes(template: &Article, format: Format, bytes: &[u8], corpus: &mut Corpus) {
    if let Some(text) = read::decode(&template.path, bytes, &mut corpus.warnings) {
        let articles = read::articles(template, format, &text, &mut corpus.warnings);
        corpus.articles.extend(articles);
    }
}

/// Expands `path` into files to read.
fn plan(path: &Path, jobs: &mut Vec<Job>, warnings: &mut Vec<Warning>) {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            warnings.push(Warning {
                path: shown,
                line: None,
                message: format!("cannot read: {e}; skipped"),
            });
            return;
        }
    };
    if meta.is_file() {
        let format = Format::of(path).unwrap_or(Format::Text);
        jobs.push(Job {
            path: path.to_path_buf(),
            format,
        });
        return;
    }
    let before = jobs.len();
    walk(path, jobs, warnings);
    if jobs.len() == before {
        warnings.push(Warning {
            path: shown,
            line: None,
            message: "directory holds no articles (.txt, .md, .html, .jsonl)".into(),
        });
    }
}

fn walk(dir: &Path, jobs: &mut Vec<Job>, warnings: &mut Vec<Warning>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            warnings.push(Warning {
                path: dir.display().to_string(),
                line: None,
                message: format!("cannot list directory: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, jobs, warnings);
        } else if let Some(format) = Format::of(&path) {
            jobs.push(Job { path, format });
        }
    }
}

/// The manifest of every directory that holds a job, read once each.
fn manifests(jobs: &[Job], warnings: &mut Vec<Warning>) -> BTreeMap<PathBuf, Manifest> {
    let mut out = BTreeMap::new();
    for job in jobs {
        if let Some(dir) = job.path.parent() {
            if !out.contains_key(dir) {
                out.insert(dir.to_path_buf(), Manifest::load(dir, warnings));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_bytes_picks_the_format_by_name_and_names_the_input() {
        let c = load_bytes("w.jsonl", b"{\"text\":\"A.\",\"outlet\":\"X\"}\nnot json\n");
        assert_eq!(c.articles.len(), 1);
        assert_eq!(c.articles[0].id, "w:1");
        assert_eq!(c.warnings[0].to_string().split(':').next(), Some("w.jsonl"));
        let c = load_bytes("notes", b"---\noutlet: Y\n---\nBody.");
        assert_eq!(
            (c.articles[0].id.as_str(), c.articles[0].outlet.as_str()),
            ("notes", "Y")
        );
        let c = load_bytes("p.html", b"<p>Para one.</p><p>Para two.</p>");
        assert_eq!(c.articles[0].text, "Para one.\n\nPara two.");
        assert!(load_bytes("x.md", b"a\0b").articles.is_empty());
    }
}
