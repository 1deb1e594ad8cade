//! Tests of the whole reader: the seed figures, a table of news phrasings, and laws that
//! hold for any input.

use super::{read, Qualifier, Quantity, QuantityKind};

mod laws;
mod seeds;
mod table;

/// One expected reading; every field not set is expected to be empty.
#[derive(Debug, Clone)]
struct Exp {
    kind: QuantityKind,
    text: &'static str,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<Qualifier>,
    unit: Option<&'static str>,
    rate: Option<&'static str>,
    counted: Option<&'static str>,
    vague: bool,
}

fn x(kind: QuantityKind, text: &'static str) -> Exp {
    Exp {
        kind,
        text,
        value: None,
        low: None,
        high: None,
        qualifier: None,
        unit: None,
        rate: None,
        counted: None,
        vague: false,
    }
}

use QuantityKind::{Count, Date, Duration, Measure, Money, Ordinal, Percent, Time};

fn count(text: &'static str, v: f64) -> Exp {
    x(Count, text).v(v)
}

impl Exp {
    fn v(mut self, v: f64) -> Self {
        self.value = Some(v);
        self
    }
    fn range(mut self, lo: f64, hi: f64) -> Self {
        self.low = Some(lo);
        self.high = Some(hi);
        self.qualifier = Some(Qualifier::Between);
        self
    }
    fn years(mut self, lo: f64, hi: f64) -> Self {
        self.low = Some(lo);
        self.high = Some(hi);
        self
    }
    fn vague(mut self, lo: f64) -> Self {
        self.low = Some(lo);
        self.vague = true;
        self
    }
    fn q(mut self, q: Qualifier) -> Self {
        self.qualifier = Some(q);
        self
    }
    fn u(mut self, u: &'static str) -> Self {
        self.unit = Some(u);
        self
    }
    fn r(mut self, r: &'static str) -> Self {
        self.rate = Some(r);
        self
    }
    fn c(mut self, c: &'static str) -> Self {
        self.counted = Some(c);
        self
    }

    fn matches(&self, q: &Quantity) -> bool {
        self.kind == q.kind
            && self.text == q.as_written
            && self.value == q.value
            && self.low == q.low
            && self.high == q.high
            && self.qualifier == q.qualifier
            && self.unit == q.unit.as_deref()
            && self.rate == q.rate.as_deref()
            && self.counted == q.counted.as_deref()
            && self.vague == q.vague
    }
}

/// The readings of `sentence` are exactly `want`, in order.
fn check(sentence: &str, want: &[Exp]) {
    let got = read(sentence);
    let ok = got.len() == want.len() && got.iter().zip(want).all(|(g, w)| w.matches(g));
    assert!(ok, "sentence: {sentence}\n want: {want:#?}\n got: {got:#?}",);
}

/// Failures of a whole table at once, so one run shows every miss.
fn check_all(cases: &[(&str, Vec<Exp>)]) {
    let mut failed = Vec::new();
    for (sentence, want) in cases {
        if std::panic::catch_unwind(|| check(sentence, want)).is_err() {
            failed.push(*sentence);
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed: {failed:#?}",
        failed.len(),
        cases.len()
    );
}

#[test]
#[ignore = "prints readings for a look by eye: Q='sentence' cargo test dump -- --ignored"]
fn dump() {
    let s = std::env::var("Q").unwrap_or_default();
    for line in s.split('\n') {
        println!("== {line}");
        for q in read(line) {
            println!(
                "  {:?} v={:?} lo={:?} hi={:?} {:?} q={:?} u={:?} r={:?} c={:?} vague={}",
                q.kind,
                q.value,
                q.low,
                q.high,
                q.as_written,
                q.qualifier,
                q.unit,
                q.rate,
                q.counted,
                q.vague
            );
        }
    }
}
