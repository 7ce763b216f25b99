//! The summary page's use parts: a commitment's path with its figure at a glance, and
//! the use calendar (only when the person shares the amounts) as printable month grids,
//! Monday first, each day's amount in its cell.

use super::section;
use crate::catalog::{self, DateForm};
use crate::report::html_escape as esc;
use crate::report::model::{CommitmentLine, PathLine, Summary, UseCalendar};
use crate::report::use_calendar::{day_mark, legend};
use chrono::{Datelike, Duration, NaiveDate};
use std::fmt::Write;

/// A commitment's figure box when it has a path to show.
pub fn path_figure(b: &mut String, c: &CommitmentLine, p: &PathLine, run: &str) {
    let mut more = vec![p.text.clone()];
    more.extend(p.over.clone());
    if p.path == crate::domain::usage::Path::Abstain {
        more.push(run.to_string());
    }
    let changed = p
        .changed
        .as_deref()
        .map(|c| format!("<br>{}", esc(c)))
        .unwrap_or_default();
    let _ = write!(
        b,
        "<div class=\"figure\"><b>{}%</b>{}<br>{}{changed}</div>",
        p.percent,
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
    let mut b = String::new();
    if s.uses.is_empty() {
        let _ = write!(b, "<p>{}</p>", t!("summary-use-none"));
    }
    for c in &s.uses {
        calendar(&mut b, s, c);
    }
    section(o, &t!("summary-use-heading"), &t!("summary-use-how"), &b);
}

fn calendar(b: &mut String, s: &Summary, c: &UseCalendar) {
    let _ = write!(
        b,
        "<div class=\"tlfb\"><h3>{}</h3><p class=\"meta\">{}</p><table class=\"facts\"><tbody>",
        t!(
            "summary-use-for",
            name = esc(&c.name),
            unit = c.unit.label()
        ),
        legend(c)
    );
    for (name, value) in &c.facts {
        let _ = write!(b, "<tr><th>{name}</th><td>{value}</td></tr>");
    }
    b.push_str("</tbody></table><div class=\"months\">");
    let mut first = s.from.with_day(1).expect("the first of a month");
    while first <= s.to {
        month(b, s, c, first);
        first = (first + Duration::days(32)).with_day(1).expect("a month");
    }
    b.push_str("</div></div>");
}

/// One month's grid: the range's days with their marks, the others empty.
fn month(b: &mut String, s: &Summary, c: &UseCalendar, first: NaiveDate) {
    let _ = write!(
        b,
        "<table class=\"month\"><caption>{}</caption><thead><tr>",
        catalog::date(first, DateForm::MonthYear)
    );
    for wd in 0..7 {
        let day = chrono::Weekday::try_from(wd as u8).expect("0 to 6");
        let _ = write!(b, "<th>{}</th>", catalog::weekday(day, true));
    }
    b.push_str("</tr></thead><tbody><tr>");
    let lead = first.weekday().num_days_from_monday();
    for _ in 0..lead {
        b.push_str("<td class=\"out\"></td>");
    }
    let mut d = first;
    while d.month() == first.month() {
        if d != first && d.weekday() == chrono::Weekday::Mon {
            b.push_str("</tr><tr>");
        }
        let i = (d - s.from).num_days();
        let at = usize::try_from(i).ok().filter(|_| d <= s.to);
        let amount = at.and_then(|i| c.amounts[i]);
        let heavy = at.is_some_and(|i| c.heavy[i]);
        let class = match (at, amount, heavy) {
            (None, ..) => "out",
            (_, _, true) => "heavy",
            (_, Some(a), _) if a <= 0.0 => "free",
            _ => "",
        };
        let _ = write!(
            b,
            "<td class=\"{class}\"><i>{}</i>{}</td>",
            d.day(),
            day_mark(amount, heavy)
        );
        d += Duration::days(1);
    }
    let trail = (7 - (d - Duration::days(1)).weekday().num_days_from_monday() - 1) % 7;
    for _ in 0..trail {
        b.push_str("<td class=\"out\"></td>");
    }
    b.push_str("</tr></tbody></table>");
}
