//! Writing prompts, from the catalog: one for each day, in turn.

use chrono::{Datelike, NaiveDate};

/// How many prompts there are.
const COUNT: usize = 14;

/// The `i`th prompt, counting from 0.
fn prompt(i: usize) -> String {
    match i {
        0 => t!("tui-prompt-1"),
        1 => t!("tui-prompt-2"),
        2 => t!("tui-prompt-3"),
        3 => t!("tui-prompt-4"),
        4 => t!("tui-prompt-5"),
        5 => t!("tui-prompt-6"),
        6 => t!("tui-prompt-7"),
        7 => t!("tui-prompt-8"),
        8 => t!("tui-prompt-9"),
        9 => t!("tui-prompt-10"),
        10 => t!("tui-prompt-11"),
        11 => t!("tui-prompt-12"),
        12 => t!("tui-prompt-13"),
        _ => t!("tui-prompt-14"),
    }
}

/// The prompt for `date`: the same all day, a different one tomorrow.
pub fn for_day(date: NaiveDate) -> String {
    prompt(date.num_days_from_ce() as usize % COUNT)
}
