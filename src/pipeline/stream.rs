//! Streaming mode: JSON-lines articles in, one `crosscheck.findings.v1` line per topic out,
//! so memory is bounded by the largest topic rather than the corpus.
//!
//! Articles are only compared within a topic, so each topic is a self-contained job: the
//! map step of a distributed run (Spark `mapPartitions`, `dask.bag.map_partitions`), where
//! the engine's partitioning delivers each topic's articles together. The input is read
//! line by line; consecutive articles with the same `topic` form one chunk, run through
//! [`analyze`](super::analyze) and written out before the next chunk is read. A topic
//! that reappears after another one is a new chunk (sort or group the input by topic
//! first). Articles without a topic are cut into batches of [`StreamOptions::batch`], and
//! topics are found by similarity within each batch. Corpus-wide statistics (the matcher's
//! IDF weights) are fitted per chunk, as any map over partitions would fit them.

use std::io::{self, BufRead, Write};

use serde::Serialize;

use super::{analyze, Config};
use crate::corpus::{self, Article, Warning};
use crate::findings::wire::{self, Report};

/// Knobs of [`stream`].
#[derive(Debug, Clone)]
pub struct StreamOptions {
    /// Where the input comes from, as warnings and document paths name it (`-` for stdin).
    pub source: String,
    /// Articles per chunk when they carry no `topic` (at least 1).
    pub batch: usize,
}

impl Default for StreamOptions {
    fn default() -> StreamOptions {
        StreamOptions {
            source: "-".into(),
            batch: 500,
        }
    }
}

/// What a [`stream`] run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamSummary {
    /// Output lines written (one per chunk, plus one for warnings left with no chunk).
    pub chunks: usize,
    /// Articles read and analysed.
    pub articles: usize,
    /// Documents in the largest chunk: what bounds the memory of the run.
    pub largest_chunk: usize,
    /// Every line skipped, in input order (each is also in its chunk's output line).
    pub warnings: Vec<Warning>,
}

/// One output line: the wire report of one chunk, tagged with its topic.
#[derive(Serialize)]
struct TopicLine<'a> {
    schema: &'static str,
    /// 1-based position of the chunk in the output, so a repeated topic stays apart.
    chunk: usize,
    /// `None` for a batch of articles without a topic.
    topic: Option<&'a str>,
    documents: &'a [wire::Document],
    findings: &'a [wire::Finding],
    unique_claims: &'a [wire::WireMember],
    warnings: &'a [wire::WireWarning],
}

/// The chunk being gathered: its topic key, its articles and the lines skipped meanwhile.
#[derive(Default)]
struct Chunk {
    key: Option<String>,
    articles: Vec<Article>,
    warnings: Vec<Warning>,
}

/// Reads JSON-lines articles from `input` and writes one JSON line per topic chunk to
/// `output`: `{"schema", "chunk", "topic", "documents", "findings", "unique_claims",
/// "warnings"}`, the `crosscheck.findings.v1` report of that chunk plus its topic.
///
/// Bad lines (not JSON, no `text`, invalid UTF-8) are skipped and reported with their line
/// number in the `warnings` of the chunk open when they were read, and in the summary.
/// Output is deterministic: the same input gives the same bytes. Errors are I/O errors of
/// `input` or `output` only.
pub fn stream(
    input: impl BufRead,
    mut output: impl Write,
    config: &Config,
    options: &StreamOptions,
) -> io::Result<StreamSummary> {
    let batch = options.batch.max(1);
    let template = template(&options.source);
    let mut summary = StreamSummary::default();
    let mut chunk = Chunk::default();
    for (no, line) in Lines::new(input).enumerate() {
        let no = no + 1;
        let (text, bad_utf8) = line?;
        if bad_utf8 {
            chunk.warnings.push(Warning {
                path: options.source.clone(),
                line: Some(no),
                message: "invalid UTF-8; bad bytes replaced with U+FFFD".into(),
            });
        }
        let article = match corpus::read_json_line(&template, &text, no) {
            Ok(Some(a)) => a,
            Ok(None) => continue,
            Err(w) => {
                chunk.warnings.push(w);
                continue;
            }
        };
        let full = article.topic.is_none() && chunk.articles.len() >= batch;
        if !chunk.articles.is_empty() && (article.topic != chunk.key || full) {
            flush(&mut chunk, &mut output, config, &mut summary)?;
        }
        chunk.key.clone_from(&article.topic);
        chunk.articles.push(article);
    }
    if !chunk.articles.is_empty() || !chunk.warnings.is_empty() {
        flush(&mut chunk, &mut output, config, &mut summary)?;
    }
    output.flush()?;
    Ok(summary)
}

/// Analyses the chunk, writes its line and leaves the chunk empty for the next topic.
fn flush(
    chunk: &mut Chunk,
    output: &mut impl Write,
    config: &Config,
    summary: &mut StreamSummary,
) -> io::Result<()> {
    let Chunk {
        key,
        articles,
        warnings,
    } = std::mem::take(chunk);
    summary.chunks += 1;
    summary.articles += articles.len();
    summary.largest_chunk = summary.largest_chunk.max(articles.len());
    summary.warnings.extend(warnings.iter().cloned());
    let findings = analyze(corpus::Corpus { articles, warnings }, config);
    let report = Report::from(&findings);
    let line = TopicLine {
        schema: wire::SCHEMA,
        chunk: summary.chunks,
        topic: key.as_deref(),
        documents: &report.documents,
        findings: &report.findings,
        unique_claims: &report.unique_claims,
        warnings: &report.warnings,
    };
    serde_json::to_writer(&mut *output, &line)?;
    // One line at a time, so a consumer downstream of a pipe can start on it at once.
    output.write_all(b"\n")?;
    output.flush()
}

/// Defaults for articles of `source`: ids `stdin:N` or `STEM:N`, as `corpus::load` names them.
fn template(source: &str) -> Article {
    let id = if source == "-" {
        "stdin".to_string()
    } else {
        std::path::Path::new(source)
            .file_stem()
            .map_or_else(|| source.to_string(), |s| s.to_string_lossy().into_owned())
    };
    Article {
        id,
        path: source.to_string(),
        ..Article::default()
    }
}

/// Lines of a byte stream as text, one buffer reused; each with whether bytes that are not
/// UTF-8 had to be replaced. A byte-order mark on the first line is dropped.
struct Lines<R> {
    input: R,
    buf: Vec<u8>,
    first: bool,
}

impl<R: BufRead> Lines<R> {
    fn new(input: R) -> Lines<R> {
        Lines {
            input,
            buf: Vec::new(),
            first: true,
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = io::Result<(String, bool)>;

    fn next(&mut self) -> Option<Self::Item> {
        self.buf.clear();
        match self.input.read_until(b'\n', &mut self.buf) {
            Ok(0) => None,
            Ok(_) => {
                let mut bytes = self.buf.as_slice();
                if std::mem::take(&mut self.first) {
                    bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                }
                let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
                let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
                Some(Ok(match std::str::from_utf8(bytes) {
                    Ok(s) => (s.to_string(), false),
                    Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
                }))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, batch: usize) -> (Vec<serde_json::Value>, StreamSummary) {
        let mut out = Vec::new();
        let options = StreamOptions {
            source: "in.jsonl".into(),
            batch,
        };
        let summary = stream(input.as_bytes(), &mut out, &Config::default(), &options).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, summary)
    }

    fn article(id: &str, topic: Option<&str>) -> String {
        let mut v = serde_json::json!({"id": id, "outlet": id, "text": "Ten people died in the flood on Monday."});
        if let Some(t) = topic {
            v["topic"] = t.into();
        }
        v.to_string()
    }

    #[test]
    fn chunks_follow_topic_changes_and_batches() {
        // (articles as (id, topic), batch size, topics of the output lines)
        type Case<'a> = (
            &'a [(&'a str, Option<&'a str>)],
            usize,
            &'a [Option<&'a str>],
        );
        let cases: &[Case] = &[
            (&[("a", Some("x")), ("b", Some("x"))], 10, &[Some("x")]),
            (
                &[("a", Some("x")), ("b", Some("y")), ("c", Some("x"))],
                10,
                &[Some("x"), Some("y"), Some("x")],
            ),
            (&[("a", None), ("b", None), ("c", None)], 2, &[None, None]),
            (
                &[("a", None), ("b", Some("y")), ("c", None)],
                10,
                &[None, Some("y"), None],
            ),
            (&[], 10, &[]),
        ];
        for (articles, batch, topics) in cases {
            let input: String = articles
                .iter()
                .map(|(id, t)| article(id, *t) + "\n")
                .collect();
            let (lines, summary) = run(&input, *batch);
            let got: Vec<Option<&str>> = lines.iter().map(|l| l["topic"].as_str()).collect();
            assert_eq!(&got, topics, "{articles:?}");
            assert_eq!(summary.chunks, topics.len());
            assert_eq!(summary.articles, articles.len());
            for (i, l) in lines.iter().enumerate() {
                assert_eq!(l["schema"], wire::SCHEMA);
                assert_eq!(l["chunk"], i + 1);
            }
        }
    }

    #[test]
    fn bad_lines_are_reported_in_their_chunk() {
        let input = format!(
            "{}\nnot json\n{}\n\n{{\"id\":\"n\"}}\n",
            article("a", Some("x")),
            article("b", Some("y"))
        );
        let (lines, summary) = run(&input, 10);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["warnings"][0]["line"], 2);
        assert_eq!(lines[1]["warnings"][0]["line"], 5);
        let at: Vec<_> = summary.warnings.iter().map(|w| w.line).collect();
        assert_eq!(at, [Some(2), Some(5)]);
    }

    #[test]
    fn warnings_without_articles_still_get_a_line() {
        let (lines, summary) = run("oops\n\n", 10);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0]["documents"].as_array().map(Vec::len), Some(0));
        assert_eq!(summary.warnings.len(), 1);
    }

    #[test]
    fn invalid_utf8_and_bom_do_not_stop_the_stream() {
        let mut input = b"\xEF\xBB\xBF".to_vec();
        input.extend(article("a", Some("x")).as_bytes());
        input.extend(b"\r\n{\"id\":\"b\",\"topic\":\"x\",\"text\":\"Bad \xFF byte here.\"}\n");
        let mut out = Vec::new();
        let s = stream(
            input.as_slice(),
            &mut out,
            &Config::default(),
            &StreamOptions::default(),
        )
        .unwrap();
        assert_eq!((s.chunks, s.articles, s.largest_chunk), (1, 2, 2));
        assert_eq!(s.warnings[0].line, Some(2));
    }
}
