//! The year calendar, like a contributions graph: a column a week (two cells when the
//! width allows), a row a weekday, month labels above, each day shaded by mood, growth
//! entries marked, a legend; and a day cursor that shows that day's check-in and
//! journal titles. Shaded by amount instead (`Amounts`), it is the use calendar; it
//! can be shaded by one of the person's own trackers too (`ByTracker`).

use super::amounts::{Amounts, Shade};
use super::by_tracker::{ByTracker, day_answers};
use crate::catalog::{DateForm, date};
use crate::domain::{Checkin, LifeDomain, time};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{para_in, wrapped_rows};
use chrono::{Datelike, Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// The grid's rows: its border, the months and a row a weekday.
const CALENDAR_ROWS: u16 = 10;

/// How the calendar lays out in a width: weeks shown and cells per week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    pub weeks: i64,
    pub cell: u16,
    /// The Monday of the first column.
    pub first: NaiveDate,
}

impl Grid {
    /// The most of the last 53 weeks that fit `inner` columns, after the weekday labels.
    pub fn new(today: NaiveDate, inner: u16) -> Grid {
        let room = inner.saturating_sub(4);
        let cell = if room >= 53 * 2 { 2 } else { 1 };
        let weeks = i64::from(room / cell).clamp(1, 53);
        let first = time::week_start(today) - Duration::weeks(weeks - 1);
        Grid { weeks, cell, first }
    }

    /// The row of month names over the week columns, each over the first week that
    /// starts in it.
    fn months(&self) -> String {
        let mut row = String::from("    ");
        let mut last = None;
        for w in 0..self.weeks {
            let monday = self.first + Duration::weeks(w);
            if last == Some(monday.month()) {
                continue;
            }
            last = Some(monday.month());
            let at = 4 + (w as usize) * usize::from(self.cell);
            // A label over its own first week or not at all, a space after the one
            // before; the first column's month only if the next does not crowd it.
            let crowded = w == 0 && (monday + Duration::weeks(3)).month() != monday.month();
            if !crowded && (w == 0 || row.chars().count() < at) {
                row.extend(std::iter::repeat_n(' ', at - row.chars().count()));
                row.push_str(&date(monday, DateForm::MonthAbbr));
            }
        }
        row
    }
}

/// The mark of one day.
fn mark(cx: &Ctx, day: NaiveDate) -> char {
    if day > cx.today {
        return ' ';
    }
    if cx.data.setbacks.iter().any(|s| s.date == day) {
        return '◆';
    }
    match cx
        .data
        .checkins
        .iter()
        .find(|c| c.date == day)
        .map(|c| c.mood)
    {
        None => '·',
        Some(None) => '○',
        Some(Some(m)) if m <= 3 => '░',
        Some(Some(m)) if m <= 5 => '▒',
        Some(Some(m)) if m <= 7 => '▓',
        Some(Some(_)) => '█',
    }
}

/// What shades the days, besides mood: a commitment's amount or a tracker.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shades<'a> {
    pub amounts: Option<&'a Amounts>,
    pub tracker: Option<&'a ByTracker>,
}

/// A day's mark and style: by mood, by amount on the use calendar, or by a tracker's
/// answer (a safety answer in the accent colour).
fn cell(cx: &Ctx, day: NaiveDate, shades: Shades) -> (char, Style) {
    let t = &cx.theme;
    if let Some(b) = shades.tracker {
        let (mark, safety) = b.mark(day, cx.today);
        let style = match mark {
            _ if safety => t.accent(),
            ' ' | '·' => Style::new(),
            _ => t.calm(),
        };
        return (mark, style);
    }
    let Some(a) = shades.amounts else {
        return (mark(cx, day), Style::new());
    };
    let shade = a.shade(day, cx.today);
    let style = match shade {
        Shade::UseFree => t.good(),
        Shade::Some => t.calm(),
        Shade::OverPlan | Shade::Heavy => t.accent(),
        Shade::Future | Shade::Uncounted => Style::new(),
    };
    (shade.mark(), style)
}

/// The calendar, with `cursor` (a day and its journal titles) when walking the days,
/// shaded by the day's amount of one commitment when `amounts` is given.
pub fn calendar(
    cx: &Ctx,
    f: &mut Frame,
    area: Rect,
    cursor: Option<(NaiveDate, &[String])>,
    hint: &str,
    shades: Shades,
) {
    let amounts = shades.amounts;
    let t = &cx.theme;
    let [cal, below] =
        Layout::vertical([Constraint::Length(CALENDAR_ROWS), Constraint::Min(3)]).areas(area);
    let grid = Grid::new(cx.today, cal.width.saturating_sub(2));
    let mut lines = vec![Line::styled(grid.months(), t.dim())];
    for row in 0..7 {
        let name = date(grid.first + Duration::days(row), DateForm::WeekdayAbbr);
        let mut spans = vec![Span::raw(format!("{name} "))];
        for w in 0..grid.weeks {
            let day = grid.first + Duration::weeks(w) + Duration::days(row);
            let (c, shade) = cell(cx, day, shades);
            let text = if grid.cell == 2 {
                let by_mood = amounts.is_none() && shades.tracker.is_none();
                let met = by_mood && cx.data.connection_days.iter().any(|(d, _)| *d == day);
                let fill = if met {
                    '•'
                } else if matches!(c, '░' | '▒' | '▓' | '█') {
                    c
                } else {
                    ' '
                };
                format!("{c}{fill}")
            } else {
                c.to_string()
            };
            let style = if cursor.is_some_and(|(d, _)| d == day) {
                t.selected()
            } else {
                shade
            };
            spans.push(Span::styled(text, style));
        }
        lines.push(Line::from(spans));
    }
    let since = date(grid.first, DateForm::DayMonShortYear);
    let title = match (amounts, shades.tracker) {
        (_, Some(b)) => t!(
            "progress-tracker-title",
            name = &b.tracker.name,
            hint = hint
        ),
        (Some(a), _) => t!(
            "progress-amount-title",
            name = &a.name,
            unit = a.unit.label(),
            hint = hint
        ),
        (None, None) => t!("progress-year-since", date = since, hint = hint),
    };
    let title = crate::tui::widgets::fit_title(&title, cal.width);
    // The wide legend names connections too, which only two-cell weeks show.
    let legend = if let Some(b) = shades.tracker {
        b.legend()
    } else if let Some(a) = amounts {
        a.legend(cx.today, usize::from(cal.width.saturating_sub(4)))
    } else if grid.cell == 2 {
        t!("progress-legend-wide")
    } else {
        t!("progress-legend")
    };
    let block = Block::bordered()
        .title(title)
        .title_bottom(Line::styled(format!(" {legend} "), t.dim()));
    f.render_widget(Paragraph::new(lines).block(block), cal);
    // What doesn't fit below (many commitments, a long day) is named on the border.
    let (lines, title) = match cursor {
        Some((day, titles)) => (
            day_lines(cx, day, titles, amounts),
            date(day, DateForm::Long),
        ),
        None => (milestone_lines(cx), t!("progress-milestones")),
    };
    f.render_widget(para_in(lines, &title, below, 0), below);
}

/// Rows the calendar needs in `width` to show its grid and, whole, what is below it.
pub fn rows_needed(
    cx: &Ctx,
    cursor: Option<(NaiveDate, &[String])>,
    width: u16,
    amounts: Option<&Amounts>,
) -> u16 {
    let below = match cursor {
        Some((day, titles)) => day_lines(cx, day, titles, amounts),
        None => milestone_lines(cx),
    };
    CALENDAR_ROWS + wrapped_rows(&below, width.saturating_sub(2)) as u16 + 2
}

/// What a day holds: on the use calendar its amount first, then its check-in, growth
/// entries and journal titles.
pub fn day_lines(
    cx: &Ctx,
    day: NaiveDate,
    titles: &[String],
    amounts: Option<&Amounts>,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some(a) = amounts {
        out.push(Line::from(a.day_words(day)));
    }
    match cx.data.checkins.iter().find(|c| c.date == day) {
        Some(c) => out.push(Line::from(t!(
            "progress-day-checkin",
            ratings = checkin_words(c)
        ))),
        None => out.push(Line::from(t!("progress-day-no-checkin"))),
    }
    out.extend(day_answers(cx, day).map(Line::from));
    for s in cx.data.setbacks.iter().filter(|s| s.date == day) {
        out.push(Line::from(t!("progress-day-growth", kind = s.kind.label())));
    }
    if let Some((_, n)) = cx.data.connection_days.iter().find(|(d, _)| *d == day) {
        out.push(Line::from(t!("progress-day-connections", count = *n)));
    }
    if titles.is_empty() {
        out.push(Line::from(t!("progress-day-no-entries")));
    } else {
        let titles = titles.join(" · ");
        out.push(Line::from(t!("progress-day-journal", titles = titles)));
    }
    out
}

/// "mood 6 · craving 3 · sleep 7.5 h · physical 5 · …".
fn checkin_words(c: &Checkin) -> String {
    let mut parts = Vec::new();
    if let Some(v) = c.mood {
        parts.push(t!("progress-rating-mood", value = v));
    }
    if let Some(v) = c.craving {
        parts.push(t!("progress-rating-craving", value = v));
    }
    if let Some(h) = c.sleep_hours {
        parts.push(t!("progress-rating-sleep", hours = h.to_string()));
    }
    for d in LifeDomain::ALL {
        if let Some(v) = c.rating(*d) {
            let domain = LifeDomain::label(*d);
            parts.push(t!("progress-rating-domain", domain = domain, value = v));
        }
    }
    if parts.is_empty() {
        t!("progress-no-ratings")
    } else {
        parts.join(" · ")
    }
}

/// Each commitment's milestones reached, the latest first.
fn milestone_lines(cx: &Ctx) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for c in &cx.data.stats.commitments {
        let reached: Vec<String> = c
            .milestones
            .iter()
            .rev()
            .take(4)
            .map(|m| {
                let on = date(m.reached_on, DateForm::MonShortYear);
                t!("progress-milestone-reached", days = m.days, date = on)
            })
            .collect();
        let reached = if reached.is_empty() {
            t!("progress-first-milestone-ahead")
        } else {
            reached.join(" · ")
        };
        let line = t!(
            "progress-milestones-line",
            name = &c.name,
            reached = reached
        );
        lines.push(Line::from(format!("  {line}")));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_uses_the_width() {
        let today: NaiveDate = "2026-11-23".parse().unwrap();
        let wide = Grid::new(today, 118);
        assert_eq!((wide.weeks, wide.cell), (53, 2));
        let narrow = Grid::new(today, 78);
        assert_eq!((narrow.weeks, narrow.cell), (53, 1));
        assert_eq!(narrow.first + Duration::weeks(52), time::week_start(today));
        let tiny = Grid::new(today, 30);
        assert_eq!(tiny.weeks, 26);
        let months = wide.months();
        // 24 Nov 2025 starts the first column, December the second: its label only.
        assert!(months.starts_with("      Dec       Jan"), "{months}");
        assert!(months.trim_end().ends_with("Nov"), "{months}");
    }
}
