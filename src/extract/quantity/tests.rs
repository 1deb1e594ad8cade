//! Tests of the whole reader: the seed figures, a table of news phrasings, and laws.

use super::*;

#[test]
#[ignore = "prints readings for a look by eye"]
fn dump() {
    let s = std::env::var("Q").unwrap_or_default();
    for line in s.split('\n') {
        println!("== {line}");
        for q in read(line) {
            println!("  {:?} v={:?} lo={:?} hi={:?} {:?} q={:?} u={:?} r={:?} c={:?} vague={}", q.kind, q.value, q.low, q.high, q.as_written, q.qualifier, q.unit, q.rate, q.counted, q.vague);
        }
    }
}
