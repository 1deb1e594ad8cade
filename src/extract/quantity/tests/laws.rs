//! Laws that hold for any input: no panic, valid spans, order; and a rough speed figure.

use super::*;
use proptest::prelude::*;

/// Fragments that exercise the reader's branches, mixed with arbitrary text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "20,000",
            "16 000",
            "$",
            "US",
            "€",
            "£",
            "-",
            "–",
            "between",
            "and",
            "from",
            "to",
            "2.7",
            "million",
            "bn",
            "k",
            "MiG",
            "one",
            "of",
            "a",
            "dozen",
            "hundreds",
            "tens",
            "%",
            "per",
            "cent",
            "April",
            "2019",
            "10:52",
            "am",
            "p.m.",
            "years",
            "-old",
            "more",
            "than",
            "some",
            "each",
            "USD",
            "3rd",
            "second",
            "twenty",
            "five",
            "thousand",
            ",",
            ".",
            "1.2.3",
            "99999999999999999999",
            "é",
            "🙂",
            "number",
            "is",
            "at",
            "men",
            "s",
        ])
        .prop_map(str::to_string),
        "\\PC{0,6}",
        "[0-9.,: -]{1,8}",
    ]
}

fn laws_hold(s: &str) -> Result<(), TestCaseError> {
    let qs = read(s);
    let mut last_end = 0;
    for q in &qs {
        prop_assert!(q.start <= q.end && q.end <= s.len());
        prop_assert!(s.is_char_boundary(q.start) && s.is_char_boundary(q.end));
        prop_assert_eq!(&q.as_written, &s[q.start..q.end]);
        prop_assert!(q.start >= last_end, "overlap or disorder in {:?}", qs);
        last_end = q.end;
    }
    prop_assert_eq!(qs, read(s));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_valid_ordered_spans(s in "\\PC{0,80}") {
        laws_hold(&s)?;
    }

    #[test]
    fn number_talk_gives_valid_ordered_spans(
        parts in prop::collection::vec(fragment(), 0..14),
        glue in prop::collection::vec(prop::sample::select(vec!["", " ", "  ", "\u{a0}"]), 14),
    ) {
        let mut s = String::new();
        for (p, g) in parts.iter().zip(glue.iter()) {
            s.push_str(p);
            s.push_str(g);
        }
        laws_hold(&s)?;
    }
}

#[test]
#[ignore = "timing, not a check: cargo test --release --lib quantity::tests::laws::speed -- --ignored --nocapture"]
fn speed() {
    let sentences: Vec<&str> = super::seeds::ALL_SEED_PARAGRAPHS
        .iter()
        .flat_map(|t| t.split(['\n', '.']))
        .filter(|s| !s.trim().is_empty())
        .collect();
    let rounds = 2_000;
    let start = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for s in &sentences {
            n += read(s).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let total = rounds * sentences.len();
    println!(
        "{total} sentences in {secs:.2}s: {:.0} sentences/s ({n} quantities)",
        total as f64 / secs
    );
}
