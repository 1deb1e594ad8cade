//! The text/Markdown loader (front matter, decoding) on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let corpus = crosscheck::corpus::load_bytes("fuzz.md", data);
    for w in &corpus.warnings {
        assert_eq!(w.path, "fuzz.md");
    }
});
