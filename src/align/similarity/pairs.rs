//! Scoring a file of sentence pairs (`id<TAB>left<TAB>right` per line), the
//! engine of `crosscheck match`: a way to check or calibrate the claim
//! similarity on any labelled set without the rest of the pipeline.

use std::io::{self, BufRead, Write};

use serde::Serialize;

use super::{LearnedMatcher, Matcher, Model, Vector};

/// A claim-similarity scorer [`match_pairs`] can drive: the lexical [`Matcher`] or the
/// [`LearnedMatcher`].
pub trait PairScorer {
    /// Fits the vocabulary on the sentences of the pairs file.
    fn fit_sentences(&self, sentences: &[&str]) -> Model;
    /// Prepares one sentence with what this scorer reads.
    fn vectorize(&self, model: &Model, sentence: &str) -> Vector;
    /// The similarity of two prepared sentences, 0..1.
    fn score(&self, left: &Vector, right: &Vector) -> f64;
    /// Whether a score says "same claim".
    fn same(&self, score: f64) -> bool;
}

impl PairScorer for Matcher {
    fn fit_sentences(&self, sentences: &[&str]) -> Model {
        self.fit(sentences)
    }
    fn vectorize(&self, model: &Model, sentence: &str) -> Vector {
        model.vectorize(sentence)
    }
    fn score(&self, left: &Vector, right: &Vector) -> f64 {
        Matcher::score(self, left, right)
    }
    fn same(&self, score: f64) -> bool {
        Matcher::same(self, score)
    }
}

impl PairScorer for LearnedMatcher {
    fn fit_sentences(&self, sentences: &[&str]) -> Model {
        self.fit(sentences)
    }
    fn vectorize(&self, model: &Model, sentence: &str) -> Vector {
        model.vectorize_with_surface(sentence)
    }
    fn score(&self, left: &Vector, right: &Vector) -> f64 {
        LearnedMatcher::score(self, left, right)
    }
    fn same(&self, score: f64) -> bool {
        LearnedMatcher::same(self, score)
    }
}

/// How [`match_pairs`] writes its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchFormat {
    /// `id<TAB>score<TAB>same` with the score to 4 decimals and `same` as 1 or 0.
    Tsv,
    /// One JSON object per line: `{"id":"..","score":0.1234,"same":true}`.
    JsonLines,
}

/// A line that could not be read as a pair, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MalformedLine {
    /// 1-based line number in the input.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// What [`match_pairs`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchSummary {
    /// Pairs scored and written.
    pub scored: usize,
    /// Lines skipped, in input order.
    pub malformed: Vec<MalformedLine>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    id: &'a str,
    score: f64,
    same: bool,
}

struct Pair {
    id: String,
    left: String,
    right: String,
}

/// Reads `id<TAB>left<TAB>right` lines, fits `scorer` on all their sentences,
/// and writes one result per pair in input order. Blank lines are ignored; a
/// line without exactly three fields, or not UTF-8, is recorded in the summary
/// with its line number and skipped. Only I/O failures are errors.
pub fn match_pairs(
    mut reader: impl BufRead,
    mut writer: impl Write,
    scorer: &impl PairScorer,
    format: MatchFormat,
) -> io::Result<MatchSummary> {
    let mut summary = MatchSummary::default();
    let mut pairs = Vec::new();
    let mut buffer = Vec::new();
    let mut line = 0;
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer)? == 0 {
            break;
        }
        line += 1;
        let mut malformed = |message: String| {
            summary.malformed.push(MalformedLine { line, message });
        };
        let Ok(text) = std::str::from_utf8(&buffer) else {
            malformed("not valid UTF-8".to_string());
            continue;
        };
        let text = text.trim_end_matches(['\n', '\r']);
        let text = if line == 1 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if text.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = text.split('\t').collect();
        match fields[..] {
            [id, left, right] => pairs.push(Pair {
                id: id.to_string(),
                left: left.to_string(),
                right: right.to_string(),
            }),
            _ => malformed(format!(
                "expected 3 tab-separated fields (id, left, right), found {}",
                fields.len()
            )),
        }
    }
    let sentences: Vec<&str> = pairs
        .iter()
        .flat_map(|p| [p.left.as_str(), p.right.as_str()])
        .collect();
    let model = scorer.fit_sentences(&sentences);
    for pair in &pairs {
        let score = scorer.score(
            &scorer.vectorize(&model, &pair.left),
            &scorer.vectorize(&model, &pair.right),
        );
        let rounded = (score * 1e4).round() / 1e4;
        let same = scorer.same(score);
        match format {
            MatchFormat::Tsv => writeln!(writer, "{}\t{rounded:.4}\t{}", pair.id, u8::from(same))?,
            MatchFormat::JsonLines => {
                let row = JsonRow {
                    id: &pair.id,
                    score: rounded,
                    same,
                };
                serde_json::to_writer(&mut writer, &row)?;
                writeln!(writer)?;
            }
        }
        summary.scored += 1;
    }
    writer.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, format: MatchFormat) -> (String, MatchSummary) {
        let mut out = Vec::new();
        let summary = match_pairs(input.as_bytes(), &mut out, &Matcher::default(), format)
            .expect("in-memory I/O");
        (String::from_utf8(out).expect("UTF-8 output"), summary)
    }

    const INPUT: &str =
        "\u{feff}p1\tRebels seized the port of Sabratha.\tRebels captured Sabrata's port.\n\
        \n\
        bad line without tabs\n\
        p2\tThe central bank raised rates.\tHeavy snow closed the mountain roads.\n";

    #[test]
    fn tsv_rows_in_input_order_and_malformed_lines_reported() {
        let (out, summary) = run(INPUT, MatchFormat::Tsv);
        let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][0], "p1");
        assert_eq!(rows[0][2], "1");
        assert_eq!(rows[1][0], "p2");
        assert_eq!(rows[1][1], "0.0000");
        assert_eq!(rows[1][2], "0");
        assert_eq!(summary.scored, 2);
        assert_eq!(summary.malformed.len(), 1);
        assert_eq!(summary.malformed[0].line, 3);
    }

    #[test]
    fn json_lines_rows() {
        let (out, _) = run(INPUT, MatchFormat::JsonLines);
        let first: serde_json::Value =
            serde_json::from_str(out.lines().next().unwrap_or_default()).expect("JSON row");
        assert_eq!(first["id"], "p1");
        assert_eq!(first["same"], true);
        let score = first["score"].as_f64().unwrap_or(-1.0);
        assert!((0.5..=1.0).contains(&score), "{score}");
    }

    #[test]
    fn learned_scorer_drives_the_same_rows() {
        let mut out = Vec::new();
        let summary = match_pairs(
            INPUT.as_bytes(),
            &mut out,
            &LearnedMatcher::default(),
            MatchFormat::Tsv,
        )
        .expect("in-memory I/O");
        assert_eq!(summary.scored, 2);
        let out = String::from_utf8(out).expect("UTF-8 output");
        let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!((rows[0][0], rows[0][2]), ("p1", "1"));
        assert_eq!((rows[1][0], rows[1][2]), ("p2", "0"));
    }

    #[test]
    fn invalid_utf8_is_skipped_not_fatal() {
        let mut input = b"x\t\xff\xfe\ty\n".to_vec();
        input.extend_from_slice(b"ok\ta b\ta b\n");
        let mut out = Vec::new();
        let summary = match_pairs(&input[..], &mut out, &Matcher::default(), MatchFormat::Tsv)
            .expect("in-memory I/O");
        assert_eq!(summary.scored, 1);
        assert_eq!(summary.malformed[0].line, 1);
        assert_eq!(
            String::from_utf8(out).ok().as_deref(),
            Some("ok\t1.0000\t1\n")
        );
    }
}
