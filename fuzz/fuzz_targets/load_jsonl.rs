//! The JSON-lines loader on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let corpus = crosscheck::corpus::load_bytes("fuzz.jsonl", data);
    for w in &corpus.warnings {
        assert_eq!(w.path, "fuzz.jsonl");
    }
});
