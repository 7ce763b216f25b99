//! The Markdown summary's use parts: a commitment's path with its figure at a glance,
//! and the use calendar (only when the person shares the amounts) as a compact table,
//! one row per Monday-to-Sunday week with each day's amount and the week's total.

use super::{header, heading};
use crate::catalog;
use crate::domain::usage::{Path, show_amount};
use crate::report::md_escape as esc;
use crate::report::model::{CommitmentLine, PathLine, Summary, UseCalendar};
use crate::report::use_calendar::{day_mark, legend};
use chrono::{Datelike, Weekday};
use std::fmt::Write;

/// A commitment's row at a glance when it has a path to show.
pub fn path_row(o: &mut String, c: &CommitmentLine, p: &PathLine, run: &str) {
    let mut more = vec![format!("{} ({}%)", p.text, p.percent)];
    more.extend(p.over.clone());
    if p.path == Path::Abstain {
        more.push(run.to_string());
    }
    more.extend(p.changed.clone());
    let _ = writeln!(
        o,
        "| {} | {} |",
        t!(
            "summary-path-figure",
            figure = &p.figure,
            name = esc(&c.name),
            path = p.path.label()
        ),
        more.join(" · ")
    );
}

/// The use calendar of each commitment with use in the range.
pub fn uses(o: &mut String, s: &Summary) {
    if !s.includes.uses {
        return;
    }
    heading(o, &t!("summary-use-heading"), &t!("summary-use-how"));
    if s.uses.is_empty() {
        let _ = writeln!(o, "{}\n", t!("summary-use-none"));
    }
    for c in &s.uses {
        calendar(o, s, c);
    }
}

fn calendar(o: &mut String, s: &Summary, c: &UseCalendar) {
    let for_whom = t!(
        "summary-use-for",
        name = esc(&c.name),
        unit = c.unit.label()
    );
    let _ = writeln!(o, "### {for_whom}\n\n_{}_\n", legend(c));
    header(o, &[t!("summary-col-figure"), t!("summary-col-value")]);
    for (name, value) in &c.facts {
        let _ = writeln!(o, "| {name} | {value} |");
    }
    let _ = writeln!(o);
    let mut columns = vec![t!("summary-use-col-week")];
    columns.extend((0..7).map(|i| catalog::weekday(Weekday::try_from(i).expect("0 to 6"), true)));
    columns.push(t!("summary-use-col-total"));
    header(o, &columns);
    for week in &s.weeks {
        let first = s.days[week.days.start].date;
        let mut cells = vec![first.to_string()];
        cells.extend((0..first.weekday().num_days_from_monday()).map(|_| String::new()));
        let mut total = None;
        for i in week.days.clone() {
            cells.push(day_mark(c.amounts[i], c.heavy[i]));
            if let Some(a) = c.amounts[i] {
                total = Some(total.unwrap_or(0.0) + a);
            }
        }
        cells.resize(8, String::new());
        cells.push(total.map_or(String::new(), show_amount));
        let _ = writeln!(o, "| {} |", cells.join(" | "));
    }
    let _ = writeln!(o);
}
