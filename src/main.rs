//! The `crosscheck` command: turns flags into a configuration and a result into an exit
//! code. All logic lives in the library.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
