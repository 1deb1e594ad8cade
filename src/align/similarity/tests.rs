//! Tests of the claim similarity: laws, news pairs, fuzzy names, figures.

use proptest::prelude::*;

use super::*;

/// Background sentences so that IDF has something to be rare against (shared with the
/// learned matcher's tests).
pub(super) const BACKGROUND: &[&str] = &[
    "Officials said on Tuesday that the talks would continue.",
    "The government said the decision was final.",
    "Police said several people were arrested after the match.",
    "The minister told reporters the economy was recovering.",
    "The company said its profits had risen in the second quarter.",
    "Witnesses said the situation in the city was calm.",
];

/// (left, right, same claim?) news-style pairs on varied topics.
const PAIRS: &[(&str, &str, bool)] = &[
    (
        "Floods in eastern Bangladesh have killed at least 40 people, officials said.",
        "At least 40 people have died in flooding in eastern Bangladesh, according to officials.",
        true,
    ),
    (
        "The central bank raised its main interest rate by half a point to 5.25 percent.",
        "Policymakers at the central bank lifted the key interest rate to 5.25 percent.",
        true,
    ),
    (
        "Opposition candidate Maria Lopez won the presidential runoff with 52 percent of the vote.",
        "Lopez, the opposition candidate, took 52 percent in the presidential runoff.",
        true,
    ),
    (
        "Rebels loyal to Moammar Gadhafi shelled the port of Sabrata overnight.",
        "Forces loyal to Muammar Gaddafi shelled the port of Sabratha overnight.",
        true,
    ),
    (
        "Thousands of protesters marched through the capital demanding new elections.",
        "Protesters marched in their thousands through the capital to demand fresh elections.",
        true,
    ),
    (
        "Floods in eastern Bangladesh have killed at least 40 people, officials said.",
        "The central bank raised its main interest rate by half a point to 5.25 percent.",
        false,
    ),
    (
        "Opposition candidate Maria Lopez won the presidential runoff with 52 percent of the vote.",
        "Thousands of protesters marched through the capital demanding new elections.",
        false,
    ),
    (
        "The earthquake destroyed hundreds of homes in the mountain villages.",
        "The football club signed a new striker from a rival team.",
        false,
    ),
    (
        "Iran tested a new ballistic missile, the defence ministry said.",
        "Iraq opened a new border crossing, the interior ministry said.",
        false,
    ),
];

fn model_for(sentences: &[&str]) -> (Matcher, Model) {
    let matcher = Matcher::default();
    let all = BACKGROUND.iter().chain(sentences).copied();
    let model = matcher.fit(all);
    (matcher, model)
}

fn score(left: &str, right: &str) -> f64 {
    let (matcher, model) = model_for(&[left, right]);
    matcher.score(&model.vectorize(left), &model.vectorize(right))
}

#[test]
fn every_paraphrase_scores_above_every_non_paraphrase() {
    let sentences: Vec<&str> = PAIRS.iter().flat_map(|p| [p.0, p.1]).collect();
    let (matcher, model) = model_for(&sentences);
    let scored: Vec<(f64, bool)> = PAIRS
        .iter()
        .map(|(l, r, same)| {
            (
                matcher.score(&model.vectorize(l), &model.vectorize(r)),
                *same,
            )
        })
        .collect();
    let lowest_same = scored
        .iter()
        .filter(|s| s.1)
        .map(|s| s.0)
        .fold(1.0, f64::min);
    let highest_other = scored
        .iter()
        .filter(|s| !s.1)
        .map(|s| s.0)
        .fold(0.0, f64::max);
    assert!(lowest_same > highest_other, "{scored:?}");
    for (score, same) in scored {
        assert_eq!(matcher.same(score), same, "score {score}");
    }
}

#[test]
fn transliterated_names_count_as_shared() {
    let (left, right) = (PAIRS[3].0, PAIRS[3].1);
    let (_, model) = model_for(&[left, right]);
    let (a, b) = (model.vectorize(left), model.vectorize(right));
    let with = Matcher::default().evidence(&a, &b);
    let without = Matcher::builder().fuzzy(2.0).build().evidence(&a, &b);
    assert_eq!(with.fuzzy_names, 3, "Moammar, Gadhafi, Sabrata");
    assert_eq!(without.fuzzy_names, 0);
    assert!(with.score > without.score + 0.2, "{with:?} {without:?}");
}

#[test]
fn figures_in_conflict_lower_the_score() {
    let (same, other) = (
        "The storm killed 12 people in the coastal province.",
        "The storm killed 31 people in the coastal province.",
    );
    let (_, model) = model_for(&[same, other]);
    let (a, b) = (model.vectorize(same), model.vectorize(other));
    let penalised = Matcher::default().evidence(&a, &b);
    let neutral = Matcher::builder()
        .number_conflict(0.0)
        .build()
        .evidence(&a, &b);
    assert_eq!(penalised.numbers, NumberAgreement::Conflict);
    assert!(penalised.score < neutral.score);
    assert_eq!(penalised.lexical, neutral.lexical);
    let shared = Matcher::default().evidence(&a, &a);
    assert_eq!(shared.numbers, NumberAgreement::Shared);
}

#[test]
fn scale_words_join_their_figure() {
    let (_, model) = model_for(&[]);
    let a = model.vectorize("It sold for $2.5 billion.");
    let b = model.vectorize("It sold for 2,500 million dollars.");
    assert_eq!(a.numbers().len(), 1);
    assert_eq!(a.numbers(), b.numbers());
}

#[test]
fn vectors_expose_sorted_terms_with_rarer_words_weighing_more() {
    let (_, model) = model_for(&[]);
    let vector = model.vectorize("Officials said the avalanche buried the village.");
    let ids: Vec<u32> = vector.terms().iter().map(Term::id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let said = model.vectorize("said").terms()[0];
    let avalanche = model.vectorize("avalanche").terms()[0];
    assert!(avalanche.weight() > said.weight());
    assert!(model.vectorize("the of and").terms().len() == 3);
    assert!(model.vectorize("...").is_empty());
}

#[test]
fn unrelated_and_empty_sentences() {
    assert_eq!(score("", "Something happened."), 0.0);
    assert_eq!(score("!!!", "!!!"), 0.0);
    assert_eq!(score("Snow fell.", "Markets rallied."), 0.0);
}

#[test]
fn builder_clamps_knobs() {
    let m = Matcher::builder()
        .threshold(7.0)
        .number_conflict(f64::NAN)
        .build();
    assert_eq!(m.threshold(), 1.0);
    assert_eq!(m.number_conflict, Matcher::default().number_conflict);
}

fn sentence() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "Gaddafi",
        "Gadhafi",
        "troops",
        "killed",
        "the",
        "12",
        "1,200",
        "two",
        "million",
        "Iran",
        "Iraq",
        "protest",
        "said",
        "al-Zour",
        "Deir",
        "élection",
        "东京",
        "don't",
    ]);
    prop_oneof![
        prop::collection::vec(word, 0..12).prop_map(|w| w.join(" ")),
        "\\PC{0,60}",
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn score_laws(a in sentence(), b in sentence(), c in sentence()) {
        let matcher = Matcher::default();
        let model = matcher.fit([&a, &b, &c]);
        let (va, vb) = (model.vectorize(&a), model.vectorize(&b));
        let ab = matcher.score(&va, &vb);
        prop_assert_eq!(ab.to_bits(), matcher.score(&vb, &va).to_bits());
        prop_assert!((0.0..=1.0).contains(&ab));
        if crate::text::tokens(&a).next().is_some() {
            prop_assert_eq!(matcher.score(&va, &va), 1.0);
        }
        // Sentences the model never saw vectorise and score too.
        let vc = matcher.fit([&a]).vectorize(&c);
        prop_assert!((0.0..=1.0).contains(&matcher.score(&va, &vc)));
    }
}
