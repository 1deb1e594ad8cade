//! Calibration of the claim similarity on public paraphrase sets: accuracy and
//! F1 on MRPC train at the default threshold (with a threshold sweep), Pearson
//! correlation with the STS-B dev gold, and scoring speed; for the lexical `Matcher`
//! and the learned `LearnedMatcher`.
//!
//! `cargo run --release --example eval_match -- [DATA_DIR]` (default `../shared/data`),
//! where DATA_DIR holds `mrpc/msr_paraphrase_train.txt` and `stsb/sts-dev.csv`.

use std::path::{Path, PathBuf};
use std::time::Instant;

#[path = "support/scoring.rs"]
mod scoring;
use scoring::accuracy_f1;

use crosscheck::align::similarity::{LearnedMatcher, Matcher, Model, Vector};

struct Pair {
    left: String,
    right: String,
    gold: f64,
}

/// Tab-separated rows; `gold`, `left`, `right` are field indexes. Rows whose
/// gold is not a number (a header) or that lack fields are skipped and counted.
fn read(path: &Path, gold: usize, left: usize, right: usize) -> Option<(Vec<Pair>, usize)> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut skipped = 0;
    let mut pairs = Vec::new();
    for line in text.trim_start_matches('\u{feff}').lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let row = (|| {
            Some(Pair {
                gold: fields.get(gold)?.trim().parse().ok()?,
                left: fields.get(left)?.to_string(),
                right: fields.get(right)?.to_string(),
            })
        })();
        match row {
            Some(pair) => pairs.push(pair),
            None => skipped += 1,
        }
    }
    Some((pairs, skipped))
}

fn scores(matcher: &Matcher, pairs: &[Pair]) -> (Model, Vec<(Vector, Vector)>, Vec<f64>) {
    let model = matcher.fit(pairs.iter().flat_map(|p| [&p.left, &p.right]));
    let vectors: Vec<(Vector, Vector)> = pairs
        .iter()
        .map(|p| (model.vectorize(&p.left), model.vectorize(&p.right)))
        .collect();
    let scores = vectors.iter().map(|(a, b)| matcher.score(a, b)).collect();
    (model, vectors, scores)
}

/// Probabilities of the learned scorer (vectors with their surface), and its speed on
/// the first 2,000 x 2,000 MRPC sentences when `speed` is set.
fn learned_scores(pairs: &[Pair], speed: bool) -> Vec<f64> {
    let learned = LearnedMatcher::default();
    let model = learned.fit(pairs.iter().flat_map(|p| [&p.left, &p.right]));
    let start = Instant::now();
    let vectors: Vec<(Vector, Vector)> = pairs
        .iter()
        .map(|p| {
            (
                model.vectorize_with_surface(&p.left),
                model.vectorize_with_surface(&p.right),
            )
        })
        .collect();
    if speed {
        println!(
            "  learned: vectorising with surface {:.1} k sentences/s",
            2.0 * pairs.len() as f64 / start.elapsed().as_secs_f64() / 1e3
        );
        let n = vectors.len().min(2000);
        let start = Instant::now();
        let mut sum = 0.0;
        for (a, _) in &vectors[..n] {
            for (_, b) in &vectors[..n] {
                sum += learned.score(a, b);
            }
        }
        println!(
            "  learned: speed {:.2} M pairs/s single thread (mean probability {:.4})",
            (n * n) as f64 / start.elapsed().as_secs_f64() / 1e6,
            sum / (n * n) as f64
        );
    }
    vectors.iter().map(|(a, b)| learned.score(a, b)).collect()
}

/// `(score, gold)` pairs for [`accuracy_f1`]: gold at 0.5 and up means the same claim.
fn verdicts(scores: &[f64], pairs: &[Pair]) -> Vec<(f64, bool)> {
    scores
        .iter()
        .zip(pairs)
        .map(|(&s, p)| (s, p.gold >= 0.5))
        .collect()
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    sxy / (sxx * syy).sqrt()
}

fn matcher_from_env() -> Matcher {
    let knob = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<f64>().ok());
    let mut builder = Matcher::builder();
    if let Some(v) = knob("EVAL_FUZZY") {
        builder = builder.fuzzy(v);
    }
    if let Some(v) = knob("EVAL_NUMBER_CONFLICT") {
        builder = builder.number_conflict(v);
    }
    builder.build()
}

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/data".into()),
    );
    let matcher = matcher_from_env();
    let mrpc_path = dir.join("mrpc/msr_paraphrase_train.txt");
    let stsb_path = dir.join("stsb/sts-dev.csv");
    let mut found = false;

    if let Some((pairs, skipped)) = read(&mrpc_path, 0, 3, 4) {
        found = true;
        let (_, vectors, scores) = scores(&matcher, &pairs);
        let positives = pairs.iter().filter(|p| p.gold >= 0.5).count();
        println!(
            "MRPC train: {} pairs ({} same, {} skipped lines) from {}",
            pairs.len(),
            positives,
            skipped,
            mrpc_path.display()
        );
        let scored = verdicts(&scores, &pairs);
        let (acc, f1) = accuracy_f1(&scored, matcher.threshold());
        println!(
            "  default threshold {:.2}: accuracy {:.2}%  F1 {:.2}",
            matcher.threshold(),
            acc * 100.0,
            f1 * 100.0
        );
        let mut best = (0.0, 0.0, 0.0);
        for step in 20..=80 {
            let t = f64::from(step) / 100.0;
            let (acc, f1) = accuracy_f1(&scored, t);
            if std::env::var("EVAL_SWEEP").is_ok() && step % 5 == 0 {
                println!(
                    "    threshold {t:.2}: accuracy {:.2}%  F1 {:.2}",
                    acc * 100.0,
                    f1 * 100.0
                );
            }
            if acc > best.1 {
                best = (t, acc, f1);
            }
        }
        println!(
            "  sweep 0.20..0.80: best accuracy at {:.2}: {:.2}%  F1 {:.2}",
            best.0,
            best.1 * 100.0,
            best.2 * 100.0
        );
        speed(&matcher, &vectors);
        let learned = learned_scores(&pairs, true);
        let threshold = LearnedMatcher::default().threshold();
        let (acc, f1) = accuracy_f1(&verdicts(&learned, &pairs), threshold);
        println!(
            "  learned at {threshold:.2} (fitted on this file: train-on-train, see \
             data/matcher_weights.toml for 10-fold CV): accuracy {:.2}%  F1 {:.2}",
            acc * 100.0,
            f1 * 100.0
        );
    } else {
        println!("MRPC absent: no {}", mrpc_path.display());
    }

    // STS-B rows: genre file year id score s1 s2 [extra fields].
    if let Some((pairs, skipped)) = read(&stsb_path, 4, 5, 6) {
        found = true;
        let (_, _, scores) = scores(&matcher, &pairs);
        let gold: Vec<f64> = pairs.iter().map(|p| p.gold).collect();
        println!(
            "STS-B dev: {} pairs ({} skipped lines): Pearson {:.4}; learned probability {:.4}",
            pairs.len(),
            skipped,
            pearson(&scores, &gold),
            pearson(&learned_scores(&pairs, false), &gold)
        );
    } else {
        println!("STS-B absent: no {}", stsb_path.display());
    }
    if !found {
        eprintln!("no evaluation data under {}", dir.display());
        std::process::exit(2);
    }
}

/// Every left sentence against every right sentence of MRPC (all pairs, not
/// only the labelled ones), single thread, pre-vectorised.
fn speed(matcher: &Matcher, vectors: &[(Vector, Vector)]) {
    let n = vectors.len().min(2000);
    let start = Instant::now();
    let mut sum = 0.0;
    for (a, _) in &vectors[..n] {
        for (_, b) in &vectors[..n] {
            sum += matcher.score(a, b);
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    let pairs = (n * n) as f64;
    println!(
        "  speed: {:.1} M pairs/s single thread ({} x {} MRPC sentences, mean score {:.4})",
        pairs / elapsed / 1e6,
        n,
        n,
        sum / pairs
    );
}
