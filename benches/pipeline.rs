//! Stage-by-stage benchmarks: `cargo bench --bench pipeline`.
//!
//! Corpora: the bundled seeds (5 articles) and, when `../shared/data` is present, BASIL's
//! 300 articles grown by `examples/gen_corpus.rs`'s method (here read directly). Each
//! group reports throughput in sentences (or articles) per second.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crosscheck::align::Aligner;
use crosscheck::corpus::{self, Article, Corpus, Input};
use crosscheck::pipeline::{self, Config};
use crosscheck::{claims, extract};

fn seeds() -> Vec<Article> {
    corpus::load(&[Input::Path(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
    )])
    .articles
}

/// BASIL's articles as plain articles, or none when the shared data is absent.
fn basil() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/basil/data/articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|y| {
            std::fs::read_dir(y.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
        })
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|f| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(f).ok()?).ok()?;
            let text = v["body-paragraphs"]
                .as_array()?
                .iter()
                .filter_map(|p| p.as_array())
                .map(|p| {
                    p.iter()
                        .filter_map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n\n");
            Some(Article {
                id: f.display().to_string(),
                outlet: v["source"].as_str()?.into(),
                text,
                ..Article::default()
            })
        })
        .collect()
}

fn sentences(articles: &[Article]) -> u64 {
    articles
        .iter()
        .map(|a| claims::split(&a.text).len() as u64)
        .sum()
}

fn bench_corpus(c: &mut Criterion, name: &str, articles: Vec<Article>) {
    if articles.is_empty() {
        eprintln!("{name}: corpus absent, skipped");
        return;
    }
    let n = sentences(&articles);
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Elements(n));
    g.bench_function("split", |b| b.iter(|| sentences(&articles)));
    g.bench_function("extract", |b| {
        b.iter_batched(
            || articles.clone(),
            extract::extract_all,
            BatchSize::LargeInput,
        )
    });
    // Alignment on its own (vectors prepared outside the timing), then the whole pipeline.
    let docs = extract::extract_all(articles.clone());
    let aligner = Aligner::default();
    let (_, vectors) = aligner.vectorize(&docs);
    g.bench_function("align", |b| b.iter(|| aligner.align(&docs, &vectors)));
    g.sample_size(10);
    g.bench_function("analyze", |b| {
        b.iter_batched(
            || Corpus {
                articles: articles.clone(),
                warnings: Vec::new(),
            },
            |corpus| pipeline::analyze(corpus, &Config::default()),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn stages(c: &mut Criterion) {
    let seed_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    c.bench_function("seeds/load", |b| {
        b.iter(|| corpus::load(&[Input::Path(seed_dir.clone())]))
    });
    bench_corpus(c, "seeds", seeds());
    bench_corpus(c, "basil", basil());
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
