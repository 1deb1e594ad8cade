//! Fixture helpers.

use std::path::PathBuf;

use assert_cmd::Command;

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("fixtures").join(rel)
}

/// The `crosscheck` binary, run from the project root.
pub fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("binary builds");
    cmd.current_dir(root());
    cmd
}

/// The seed corpus, loaded and read by the library.
pub fn seed_documents() -> Vec<crosscheck::extract::Document> {
    let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(root().join("seeds"))]);
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    crosscheck::extract::extract_all(corpus.articles)
}
