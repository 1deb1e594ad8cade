//! The quantity reader: `as_written` is `sentence[start..end]`, figures in order and
//! never overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|sentence: &str| {
    let mut last = 0;
    for q in crosscheck::extract::quantity::read(sentence) {
        assert!(last <= q.start && q.start <= q.end, "{q:?} after {last}");
        assert_eq!(sentence.get(q.start..q.end), Some(q.as_written.as_str()));
        last = q.end;
    }
});
