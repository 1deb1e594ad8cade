//! `corpus.toml` on arbitrary bytes, beside one article file. The manifest is read from
//! disk by `corpus::load`, so the input is written to a temporary directory.
#![no_main]

use libfuzzer_sys::fuzz_target;

use crosscheck::corpus::{self, Input, MANIFEST};

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    if std::fs::write(dir.path().join(MANIFEST), data).is_err()
        || std::fs::write(dir.path().join("a.txt"), "One sentence. Another one.").is_err()
    {
        return;
    }
    let corpus = corpus::load(&[Input::Path(dir.path().to_path_buf())]);
    // The article loads whatever the manifest says.
    assert_eq!(corpus.articles.len(), 1);
});
