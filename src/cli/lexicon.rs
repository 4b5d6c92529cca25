//! `cadrage lexicon`: list, check, test, explain and import lexicons.

#[derive(Debug, clap::Args)]
pub struct LexiconArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

pub fn run(args: LexiconArgs) -> anyhow::Result<i32> {
    let _ = args;
    eprintln!("cadrage lexicon: not available yet in this version");
    Ok(cadrage::error::exit::UNAVAILABLE)
}
