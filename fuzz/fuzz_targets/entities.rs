//! Entity mentions and the labels attached to them: spans on character boundaries, the
//! mention's text as written.
#![no_main]

use libfuzzer_sys::fuzz_target;

use crosscheck::extract::{entities, labels};

fuzz_target!(|sentence: &str| {
    let mentions = entities::mentions(sentence);
    for m in &mentions {
        assert!(
            sentence.get(m.start..m.end).is_some(),
            "{m:?} off a char boundary"
        );
        if let Some(i) = m.expansion {
            assert!(i < mentions.len(), "{m:?}");
        }
    }
    for label in labels::labels(sentence, &mentions) {
        assert!(sentence.get(label.start..label.end).is_some(), "{label:?}");
        if let Some(i) = label.mention {
            assert!(i < mentions.len(), "{label:?}");
        }
    }
});
