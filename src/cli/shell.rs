//! `tend completions` and `tend man`: what a shell needs to know about tend.

use crate::error::Result;

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    #[arg(value_parser = clap::value_parser!(clap_complete::Shell))]
    shell: clap_complete::Shell,
}

/// The completion script for one shell.
pub fn completions(a: &CompletionsArgs) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut super::command(), "tend", &mut buf);
    String::from_utf8(buf).expect("completions are text")
}

/// The manual page, in roff.
pub fn man() -> Result<String> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(super::command()).render(&mut buf)?;
    Ok(String::from_utf8(buf).expect("the man page is text"))
}
