//! The `cadrage` binary: parses flags, runs a subcommand, maps errors to exit codes.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: start-up builds the lexicons' matcher from about 250,000 small allocations, and
/// the analysis allocates per sentence; see docs/performance.md for the measurements.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let code = match cli::run(args) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => 0,
        Err(err) => {
            let code = err
                .downcast_ref::<cadrage::Error>()
                .map(cadrage::Error::exit_code)
                .unwrap_or(cadrage::error::exit::FAILURE);
            eprintln!("cadrage: {err:#}");
            code
        }
    };
    ExitCode::from(code as u8)
}

/// A closed pipe (`cadrage score … | head`) is not an error: stop quietly, as ripgrep does.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<csv::Error>().is_some_and(|c| {
                matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}
