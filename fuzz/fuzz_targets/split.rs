//! The sentence splitter: spans are in order, non-empty, on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for span in crosscheck::claims::split(text) {
        assert!(
            last <= span.start && span.start < span.end,
            "{span:?} after {last}"
        );
        assert!(
            text.get(span.start..span.end).is_some(),
            "{span:?} off a char boundary"
        );
        last = span.end;
    }
});
