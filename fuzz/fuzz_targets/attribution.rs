//! The attribution reader, one sentence per line, carrying the attribution in force over
//! sentences as the pipeline does.
#![no_main]

use libfuzzer_sys::fuzz_target;

use crosscheck::extract::attribution;

fuzz_target!(|text: &str| {
    let mut previous = None;
    for sentence in text.lines() {
        let _ = attribution::read(sentence);
        let current = attribution::read_in_context(sentence, previous.as_ref());
        if let Some(a) = &current {
            let _ = a.display();
            previous = current;
        }
    }
});
