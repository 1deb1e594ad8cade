//! Write one BASIL event (the same story told by Fox News, The New York Times and
//! HuffPost) as crosscheck JSON lines, so that the hand-made gold files under
//! `fixtures/gold/basil/` can be scored without copying article text into the repository.
//!
//! ```sh
//! cargo run --release --example basil_event -- 005a2961-0c2e-4575-8eec-770ba52a08e0 \
//!     --data ../shared/data > target/basil-005a2961.jsonl
//! cargo run --release --example basil_event -- --list    # every event id
//! ```
//!
//! Ids are `<triplet-uuid>_<n>`, `n` being the number in BASIL's file name, so a gold file
//! names its documents the same way on every rebuild. Lines come out in file-name order.

use std::io::Write;
use std::path::PathBuf;

#[path = "support/basil.rs"]
mod basil;

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut uuid, mut data) = (None::<String>, PathBuf::from("../shared/data"));
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            "--list" => uuid = Some("--list".into()),
            other if uuid.is_none() && !other.starts_with('-') => uuid = Some(other.to_string()),
            other => {
                eprintln!(
                    "unknown argument {other}; usage: basil_event TRIPLET_UUID|--list [--data DIR]"
                );
                std::process::exit(2);
            }
        }
    }
    let Some(uuid) = uuid else {
        eprintln!("usage: basil_event TRIPLET_UUID|--list [--data DIR]");
        std::process::exit(2);
    };
    if uuid == "--list" {
        for id in basil::event_ids(&data) {
            println!("{id}");
        }
        return;
    }
    let (lines, errors) = basil::event_lines(&data, &uuid);
    for e in &errors {
        eprintln!("basil_event: {e}");
    }
    if lines.is_empty() {
        std::process::exit(2);
    }
    let mut out = std::io::stdout().lock();
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            // A closed pipe ends the run quietly.
            return;
        }
    }
}
