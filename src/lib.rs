//! tend: a private, offline recovery journal and goal tracker for the terminal.
//!
//! `domain` holds the pure rules, `store` the SQLite file, `cli` the commands; the
//! binary in main.rs only parses and reports.

pub mod cli;
pub mod clock;
pub mod demo;
pub mod domain;
pub mod editor;
pub mod error;
pub mod files;
pub mod import;
pub mod import_file;
pub mod paths;
pub mod report;
pub mod safe_text;
pub mod secret;
pub mod settings;
pub mod signals;
pub mod store;
pub mod sync;
pub mod tui;
