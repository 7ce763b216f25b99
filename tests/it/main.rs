//! Library-level integration tests: the store, the data files, sync, the counselor
//! summary and the full-screen app rendered headless (TestBackend snapshots), all
//! through `tend`'s library in this process. One crate, so SQLCipher links once.
//! Slow tests return at once unless `TEND_SLOW_TESTS=1` (`common::skip_slow`).

// A test that is a table of cases reads best whole, however long the table.
#![allow(clippy::too_many_lines)]

#[path = "../common/mod.rs"]
mod common;

mod import_connections;
mod import_fuzz;
mod import_tend;
mod import_tui;
mod medications;
mod report;
mod report_care;
mod report_use;
mod stamps;
mod sync_cases;
mod sync_converge;
mod sync_years;
mod tui;
mod tui_charts;
mod tui_checkin_days;
mod tui_connections;
mod tui_corrections;
mod tui_journal;
mod tui_kept;
mod tui_medications;
mod tui_pseudo;
mod tui_safety;
mod tui_setbacks;
mod tui_spanish;
mod tui_sweep;
mod tui_today;
mod tui_trackers;
mod tui_use_figures;
mod tui_uses;
mod tui_writer;
