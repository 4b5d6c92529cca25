//! The `cadrage` binary: parses flags, runs a subcommand, maps errors to exit codes.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let code = match cli::run(args) {
        Ok(code) => code,
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
