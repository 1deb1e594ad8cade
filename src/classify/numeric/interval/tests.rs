//! The interval of each hedge, the verdict on pairs of figures, and rate normalisation.

use super::*;
use crate::classify::numeric::scale;
use crate::extract::quantity::read;
use Verdict::*;

/// The first figure of a phrase, as an interval.
fn iv(phrase: &str) -> Interval {
    let q = read(phrase);
    Interval::of(&q[0]).unwrap_or_else(|| panic!("no interval for {phrase:?}"))
}

#[test]
fn each_hedge_gives_its_interval() {
    let inf = f64::INFINITY;
    let cases: &[(&str, f64, f64)] = &[
        ("350 members", 345.0, 355.0),
        ("exactly 350 members", 350.0, 350.0),
        ("about 500 people", 450.0, 550.0),
        ("nearly 500 people", 450.0, 500.0),
        ("more than 20,000 fighters", 20_000.0, inf),
        ("at least 16,000 volunteers", 16_000.0, inf),
        ("up to 150,000 dollars", 0.0, 150_000.0),
        ("fewer than 50 people", 0.0, 50.0),
        ("between 25,000 and 50,000 dollars", 25_000.0, 50_000.0),
        ("hundreds of people", 100.0, 2_000.0),
        ("20,000 men", 19_500.0, 20_500.0),
        ("16,500 men", 16_450.0, 16_550.0),
        ("7 people", 7.0, 7.0),
    ];
    for &(phrase, lo, hi) in cases {
        let i = iv(phrase);
        assert_eq!((i.low, i.high), (lo, hi), "{phrase}");
    }
    assert!(iv("more than 20,000 fighters").low_open);
    assert!(!iv("at least 16,000 volunteers").low_open);
    assert_eq!(iv("at least 16,000 volunteers").notation(), "[16000, ∞)");
    assert_eq!(iv("fewer than 50 people").notation(), "[0, 50)");
}

#[test]
fn rounding_steps() {
    for (v, step) in [
        (20_000.0, 1_000.0),
        (16_000.0, 1_000.0),
        (16_500.0, 100.0),
        (350.0, 10.0),
        (15.0, 1.0),
        (7.0, 0.0),
        (2.5, 0.0),
        (1_500_000.0, 100_000.0),
    ] {
        assert_eq!(rounding_step(v), step, "{v}");
    }
}

#[test]
fn verdicts_on_pairs_of_figures() {
    let cases: &[(&str, &str, Verdict)] = &[
        ("20,000 fighters", "20,000 fighters", Agree),
        ("20,000 fighters", "20,300 fighters", Agree),
        ("about 500 people", "500 people", Agree),
        ("some 500 people", "about 500 people", Agree),
        ("more than 20,000 fighters", "20,000 fighters", Agree),
        (
            "at least 16,000 volunteers",
            "more than 16,000 volunteers",
            Agree,
        ),
        ("up to 150,000 dollars", "150,000 dollars", Agree),
        (
            "thousands of volunteers",
            "at least 16,000 volunteers",
            Agree,
        ),
        ("hundreds of people", "350 people", Agree),
        (
            "between 300 and 400 protesters",
            "between 300 and 400 protesters",
            Agree,
        ),
        (
            "at least 16,000 volunteers",
            "20,000 volunteers",
            Compatible,
        ),
        ("about 500 people", "520 people", Compatible),
        ("nearly 500 migrants", "480 migrants", Compatible),
        (
            "between 25,000 and 50,000 dollars",
            "30,000 dollars",
            Compatible,
        ),
        ("up to 150,000 dollars", "100,000 dollars", Compatible),
        ("fewer than 50 people", "more than 40 people", Compatible),
        ("hundreds of people", "thousands of people", Compatible),
        ("350 members", "500 members", Conflict),
        ("500 people", "520 people", Conflict),
        ("about 10,000 protesters", "100,000 protesters", Conflict),
        ("at least 100 dead", "up to 50 dead", Conflict),
        ("fewer than 50 people", "70 people", Conflict),
        (
            "between 25,000 and 50,000 dollars",
            "60,000 dollars",
            Conflict,
        ),
        ("dozens of people", "3,000 people", Conflict),
    ];
    for &(a, b, want) in cases {
        assert_eq!(iv(a).verdict(&iv(b)), want, "{a} vs {b}");
        assert_eq!(iv(b).verdict(&iv(a)), want, "{b} vs {a} (symmetry)");
    }
}

#[test]
fn ratio_of_intervals_apart() {
    // 20 is [19.5, 20.5] with its rounding.
    let r = iv("20 mercenaries").ratio(&iv("more than 20,000 fighters"));
    assert!((r - 20_000.0 / 20.5).abs() < 1e-9, "{r}");
    assert_eq!(
        iv("at least 16,000 volunteers").ratio(&iv("20,000 men")),
        1.0
    );
}

/// The verdict of the first money or measure figures of two sentences, on their best
/// common basis.
fn normalised(left: &str, right: &str) -> Option<Verdict> {
    let (lq, rq) = (read(left), read(right));
    let pick = |qs: &[crate::extract::quantity::Quantity]| {
        qs.iter()
            .find(|q| q.kind != QuantityKind::Duration)
            .or(qs.first())
            .cloned()
    };
    let (l, r) = (pick(&lq)?, pick(&rq)?);
    if scale::dimension(&l)?.0 != scale::dimension(&r)?.0 {
        return None;
    }
    scale::compare(&scale::readings(&l, &lq), &scale::readings(&r, &rq)).map(|c| c.0)
}

#[test]
fn rates_and_units_are_normalised_before_comparing() {
    let cases: &[(&str, &str, Option<Verdict>)] = &[
        (
            "They were promised $1,000 a month for three months.",
            "They will be paid $3,000 for each of them over 3 months.",
            Some(Agree),
        ),
        (
            "They were promised $1,000 a month for three months.",
            "They will be paid $5,000 for each of them over 3 months.",
            Some(Conflict),
        ),
        (
            "Workers earn $10 a day.",
            "Workers earn $300 a month.",
            Some(Agree),
        ),
        (
            "Workers earn $10 a day.",
            "Workers earn $600 a month.",
            Some(Conflict),
        ),
        (
            "The salary is $2,000 a year.",
            "The salary is $2,000.",
            None,
        ),
        (
            "The convoy is 64 km long.",
            "The convoy is 40 miles long.",
            Some(Agree),
        ),
        (
            "The ship carried 2 tonnes of aid.",
            "The ship carried 2,000 kg of aid.",
            Some(Agree),
        ),
        ("The fine was €5 million.", "The fine was $5 million.", None),
        (
            "The march lasted two weeks.",
            "The march lasted 14 days.",
            Some(Agree),
        ),
    ];
    for &(a, b, want) in cases {
        assert_eq!(normalised(a, b), want, "{a} / {b}");
        assert_eq!(normalised(b, a), want, "{b} / {a} (symmetry)");
    }
}

#[test]
fn a_duration_is_not_its_own_period() {
    let q = read("The march lasted two weeks.");
    let r = scale::readings(&q[0], &q);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].basis, scale::Basis::Total);
    assert_eq!(r[0].interval.centre, 14.0);
}
