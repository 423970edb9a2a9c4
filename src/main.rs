//! The `relationship-timeline` command-line tool; see `cli` for the commands.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = relationship_timeline::cli::run(&args, &relationship_timeline::cli::read_bounded);
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}
