//! Tests of the learned similarity: the weights file, laws of the score, news pairs.

use proptest::prelude::*;

use super::*;

use crate::align::similarity::tests::BACKGROUND;

const SAME: &[(&str, &str)] = &[
    (
        "Floods in eastern Bangladesh have killed at least 40 people, officials said.",
        "At least 40 people have died in flooding in eastern Bangladesh, according to officials.",
    ),
    (
        "Rebels loyal to Moammar Gadhafi shelled the port of Sabrata overnight.",
        "Forces loyal to Muammar Gaddafi shelled the port of Sabratha overnight.",
    ),
];

const DIFFERENT: &[(&str, &str)] = &[
    (
        "Floods in eastern Bangladesh have killed at least 40 people, officials said.",
        "The central bank raised its main interest rate by half a point to 5.25 percent.",
    ),
    (
        "The earthquake destroyed hundreds of homes in the mountain villages.",
        "The football club signed a new striker from a rival team.",
    ),
];

fn scorer_and_model(extra: &[&str]) -> (LearnedMatcher, Model) {
    let scorer = LearnedMatcher::default();
    let all = BACKGROUND
        .iter()
        .chain(extra)
        .chain(SAME.iter().chain(DIFFERENT).flat_map(|(a, b)| [a, b]));
    let model = scorer.fit(all);
    (scorer, model)
}

#[test]
fn embedded_weights_parse_with_every_feature() {
    let weights = Weights::parse(BUILTIN_TOML).expect("data/matcher_weights.toml parses");
    assert_eq!(weights.coefficients().1.len(), FEATURE_COUNT);
    assert_eq!(FEATURE_NAMES.len(), FEATURE_COUNT);
    assert!((0.0..=1.0).contains(&weights.threshold()));
    assert_eq!(&weights, Weights::builtin());
    // A fitted file, not the fallback.
    assert_ne!(weights, Weights::dice_only());
}

#[test]
fn weights_file_round_trips_and_rejects_bad_files() {
    let weights = Weights::builtin().clone().with_threshold(0.42);
    let text = weights.to_toml("made by a test\n\nsecond line");
    assert!(text.starts_with("# made by a test\n#\n# second line\n"));
    assert_eq!(Weights::parse(&text), Ok(weights));
    let missing = text.replace("\njaccard = ", "\n# jaccard = ");
    assert!(Weights::parse(&missing).is_err());
    let unknown = format!("{text}bogus = 1.0\n");
    assert!(Weights::parse(&unknown).is_err());
    let nan = text.replace("\ndice = ", "\ndice = nan\n# ");
    assert!(Weights::parse(&nan).is_err());
    assert!(Weights::parse("not = [toml").is_err());
    let threshold = text.replace("threshold = 0.42", "threshold = 1.5");
    assert!(Weights::parse(&threshold).is_err());
}

#[test]
fn same_claims_score_above_different_ones() {
    let (scorer, model) = scorer_and_model(&[]);
    for (a, b) in SAME {
        let p = scorer.score(
            &model.vectorize_with_surface(a),
            &model.vectorize_with_surface(b),
        );
        assert!(scorer.same(p), "{p:.3}: {a} / {b}");
    }
    for (a, b) in DIFFERENT {
        let p = scorer.score(
            &model.vectorize_with_surface(a),
            &model.vectorize_with_surface(b),
        );
        assert!(p < 0.2, "{p:.3}: {a} / {b}");
    }
}

#[test]
fn a_sentence_against_itself_scores_high() {
    let (scorer, model) = scorer_and_model(&[]);
    for s in BACKGROUND.iter().chain(SAME.iter().map(|(a, _)| a)) {
        let v = model.vectorize_with_surface(s);
        let p = scorer.score(&v, &v);
        assert!(p > 0.8, "{p:.3}: {s}");
    }
}

#[test]
fn features_are_finite_on_empty_and_odd_input() {
    let (scorer, model) = scorer_and_model(&[]);
    let odd = [
        "",
        " ",
        "...",
        "the of and",
        "12345678901234567890123456789",
        "Ünïcödé — “quotes” 💥 日本語",
        "a",
    ];
    for a in odd {
        for b in odd.iter().chain(BACKGROUND) {
            let (va, vb) = (
                model.vectorize_with_surface(a),
                model.vectorize_with_surface(b),
            );
            let f = scorer.features(&va, &vb);
            assert!(f.values().iter().all(|v| v.is_finite()), "{a:?}/{b:?}");
            let p = scorer.score(&va, &vb);
            assert!((0.0..=1.0).contains(&p), "{a:?}/{b:?}");
        }
    }
}

#[test]
fn fitting_separates_a_feature_that_decides() {
    // Same claim exactly when the first feature is above 0.5, with a noisy second one.
    let pairs: Vec<(Features, bool)> = (0..200)
        .map(|i| {
            let x = f64::from(i) / 200.0;
            let mut v = [0.0; FEATURE_COUNT];
            v[0] = x;
            v[1] = f64::from(i % 7) / 7.0;
            (Features::from_values(v), x > 0.5)
        })
        .collect();
    let weights = LogisticRegression::default().fit(&pairs);
    let correct = pairs
        .iter()
        .filter(|(x, y)| (weights.probability(x) >= 0.5) == *y)
        .count();
    assert!(correct >= 196, "{correct}");
    assert!(weights.coefficients().1[0] > 0.0);
    // Deterministic: the same fit twice gives the same bits.
    assert_eq!(weights, LogisticRegression::default().fit(&pairs));
    // A left-out feature gets no weight.
    let without = LogisticRegression::default().without(1).fit(&pairs);
    assert_eq!(without.coefficients().1[1], 0.0);
}

#[test]
fn best_threshold_maximises_accuracy() {
    let scored = [(0.1, false), (0.3, false), (0.35, true), (0.6, true)];
    assert_eq!(best_threshold(&scored), 0.31);
    assert_eq!(best_threshold(&[]), 0.5);
}

proptest! {
    #[test]
    fn score_is_symmetric(
        a in "[A-Za-z0-9 ,.]{0,80}",
        b in "[A-Za-z0-9 ,.]{0,80}",
        i in 0usize..6,
    ) {
        let (scorer, model) = scorer_and_model(&[&a, &b]);
        let (va, vb) = (model.vectorize_with_surface(&a), model.vectorize_with_surface(&b));
        let bg = model.vectorize_with_surface(BACKGROUND[i]);
        prop_assert_eq!(scorer.features(&va, &vb), scorer.features(&vb, &va));
        prop_assert_eq!(scorer.score(&va, &vb).to_bits(), scorer.score(&vb, &va).to_bits());
        prop_assert_eq!(scorer.score(&va, &bg).to_bits(), scorer.score(&bg, &va).to_bits());
    }
}

#[test]
fn vectors_without_their_surface_score_lower() {
    let (scorer, model) = scorer_and_model(&[]);
    let (a, b) = SAME[0];
    let full = scorer.score(
        &model.vectorize_with_surface(a),
        &model.vectorize_with_surface(b),
    );
    let bare = scorer.score(&model.vectorize(a), &model.vectorize(b));
    assert!(model.vectorize_with_surface(a).has_surface());
    assert!(!model.vectorize(a).has_surface());
    assert!(bare < full, "{bare} / {full}");
}
