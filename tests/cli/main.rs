//! Black-box tests of the `tend` binary: each runs it as a person or a script would,
//! in a clean environment (`common::Env`), on the command line or in a
//! pseudo-terminal, and reads what it printed and what it left on disk.
//! Slow tests return at once unless `TEND_SLOW_TESTS=1` (`common::skip_slow`).

// A test that is a table of cases reads best whole, however long the table.
#![allow(clippy::too_many_lines)]

#[path = "../common/mod.rs"]
mod common;

mod assess;
mod commands;
mod compressed;
mod connections;
mod copies;
mod corrections;
mod e2e_pty;
mod export_cli;
mod hostile;
mod import_sources;
mod import_terminal;
mod json;
mod med;
mod paths;
mod pseudo;
mod report_privacy;
mod safety;
mod secrets;
mod settings;
mod shell;
mod spanish;
mod speed;
mod stats;
mod sync_cli;
mod sync_way_out;
mod trackers;
mod uses;
