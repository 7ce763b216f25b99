//! Progress: headline figures, mood/craving/domain charts over 30/90/365 days, a year
//! calendar, milestones, and the growth timeline. No red, no "reset".

use super::para;
use crate::domain::{days, run_words};
use crate::tui::app::App;
use crate::tui::view::Theme;
use chrono::Duration;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Sparkline};

const PANES: [&str; 6] = [
    "30 days",
    "90 days",
    "365 days",
    "Year calendar",
    "Growth timeline",
    "Self-checks",
];

pub fn render(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let s = &app.data.stats;
    let mut head = vec![Line::styled(
        format!("Day {} of your recovery", s.days_in_recovery),
        t.accent(),
    )];
    for c in &s.commitments {
        let next = c.next_milestone.as_ref().map_or("–".into(), |m| {
            format!("{} ({} to go)", m.days, m.days_to_go)
        });
        head.push(Line::from(format!(
            "  {}: {} on track · {} · longest {} · next {next}",
            c.name,
            days(c.days_on_track),
            run_words(c.current_run),
            c.longest_run
        )));
    }
    let adherence: Vec<String> = s
        .adherence
        .iter()
        .map(|a| format!("{}% of {} days", a.percent, a.window_days))
        .collect();
    head.push(Line::from(format!(
        "  Checked in {}",
        adherence.join(" · ")
    )));
    let tabs: Vec<Span> = PANES
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i == app.tab {
                Span::styled(format!("[{p}] "), t.accent())
            } else {
                Span::styled(format!(" {p}  "), t.dim())
            }
        })
        .collect();
    head.push(Line::from(tabs));
    // Rows the head takes once long lines wrap, so the view tabs stay in sight.
    let rows = super::wrapped_rows(&head, area.width.saturating_sub(2));
    let h = (rows as u16 + 2).min(area.height / 2);
    let [top, pane] = Layout::vertical([Constraint::Length(h), Constraint::Min(3)]).areas(area);
    f.render_widget(para(head, "Progress · ←→ view"), top);
    match app.tab {
        i @ 0..=2 => charts(app, t, f, pane, [30, 90, 365][i]),
        3 => calendar(app, t, f, pane),
        4 => timeline(app, t, f, pane),
        _ => super::selfcheck::pane(app, t, f, pane),
    }
}

/// Fits `values` to exactly `width` columns: each column averages the values that fall
/// in it, or repeats the nearest one when there are fewer values than columns.
pub fn fit(values: &[u64], width: usize) -> Vec<u64> {
    let n = values.len();
    if n == 0 {
        return Vec::new();
    }
    (0..width)
        .map(|c| {
            let (a, b) = (
                c * n / width,
                ((c + 1) * n / width).max(c * n / width + 1).min(n),
            );
            values[a..b].iter().sum::<u64>() / (b - a) as u64
        })
        .collect()
}

fn charts(app: &App, t: &Theme, f: &mut Frame, area: Rect, days: i64) {
    let from = app.today - Duration::days(days - 1);
    let recent: Vec<_> = app
        .data
        .checkins
        .iter()
        .filter(|c| c.date >= from)
        .collect();
    let [row, domains] = Layout::vertical([Constraint::Length(6), Constraint::Min(3)]).areas(area);
    let [mood, craving] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(row);
    let w = mood.width.saturating_sub(2) as usize;
    let m: Vec<u64> = recent
        .iter()
        .map(|c| u64::from(c.mood.unwrap_or(0)))
        .collect();
    let cr: Vec<u64> = recent
        .iter()
        .map(|c| u64::from(c.craving.unwrap_or(0)))
        .collect();
    let avg = |v: &[u64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<u64>() as f64 / v.len() as f64
        }
    };
    let title = format!(" Mood, {days} days · avg {:.1} ", avg(&m));
    f.render_widget(
        Sparkline::default()
            .data(fit(&m, w))
            .max(10)
            .style(t.good())
            .block(Block::bordered().title(title)),
        mood,
    );
    let title = format!(" Craving, {days} days · avg {:.1} ", avg(&cr));
    f.render_widget(
        Sparkline::default()
            .data(fit(&cr, w))
            .max(10)
            .style(t.calm())
            .block(Block::bordered().title(title)),
        craving,
    );
    let lines: Vec<Line> = app
        .domains
        .iter()
        .map(|d| {
            let v: Vec<f64> = recent
                .iter()
                .filter_map(|c| c.rating(*d))
                .map(f64::from)
                .collect();
            let a = if v.is_empty() {
                0.0
            } else {
                v.iter().sum::<f64>() / v.len() as f64
            };
            let filled = (a.round() as usize).min(10);
            Line::from(format!(
                "  {:<10} {}{} {a:.1}",
                d.title(),
                "■".repeat(filled),
                "·".repeat(10 - filled)
            ))
        })
        .collect();
    f.render_widget(
        para(lines, &format!("Domains, average of the last {days} days")),
        domains,
    );
}

fn calendar(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let [cal, miles] = Layout::vertical([Constraint::Length(11), Constraint::Min(3)]).areas(area);
    // Columns are weeks (oldest left), rows Monday to Sunday; shade by mood.
    let weeks = (cal.width.saturating_sub(8) as i64).min(53);
    let first = crate::domain::time::week_start(app.today) - Duration::weeks(weeks - 1);
    let mood = |date| {
        app.data
            .checkins
            .iter()
            .find(|c| c.date == date)
            .map(|c| c.mood)
    };
    let mut lines = Vec::new();
    for row in 0..7 {
        let mut s = format!(
            "{} ",
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][row]
        );
        for w in 0..weeks {
            let day = first + Duration::weeks(w) + Duration::days(row as i64);
            s.push(match mood(day) {
                _ if day > app.today => ' ',
                None => '·',
                Some(None) => '○',
                Some(Some(m)) if m <= 3 => '░',
                Some(Some(m)) if m <= 5 => '▒',
                Some(Some(m)) if m <= 7 => '▓',
                Some(Some(_)) => '█',
            });
        }
        lines.push(Line::from(s));
    }
    lines.push(Line::styled(
        "· no check-in  ░ mood 1–3  ▒ 4–5  ▓ 6–7  █ 8–10",
        t.dim(),
    ));
    f.render_widget(
        para(
            lines,
            &format!("Your year since {}", first.format("%-d %b %Y")),
        ),
        cal,
    );
    let mut lines = Vec::new();
    for c in &app.data.stats.commitments {
        let reached: Vec<String> = c
            .milestones
            .iter()
            .rev()
            .take(4)
            .map(|m| format!("{} days ({})", m.days, m.reached_on.format("%b %Y")))
            .collect();
        lines.push(Line::from(format!(
            "  {}: {}",
            c.name,
            if reached.is_empty() {
                "first milestone ahead".into()
            } else {
                reached.join(" · ")
            }
        )));
    }
    f.render_widget(para(lines, "Milestones reached (days on track)"), miles);
}

fn timeline(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let bounce: std::collections::HashMap<i64, Option<i64>> = app
        .data
        .stats
        .commitments
        .iter()
        .flat_map(|c| c.bounce_backs.iter().map(|b| (b.setback_id, b.days)))
        .collect();
    let mut lines = Vec::new();
    for sb in app.data.setbacks.iter().rev() {
        let back = match bounce.get(&sb.id).copied().flatten() {
            Some(d) => format!(" · mood back to your usual in {d} days"),
            None => String::new(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("◆ {} {}", sb.date, sb.kind.label()), t.calm()),
            Span::raw(back),
        ]));
        if let Some(l) = &sb.learned {
            lines.push(Line::from(format!("    learned: {l}")));
        }
        if let Some(n) = &sb.next_time {
            lines.push(Line::styled(format!("    next time: {n}"), t.dim()));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            "No setbacks recorded. If one comes, it will show here as a growth entry.",
            t.dim(),
        ));
    }
    f.render_widget(
        para(
            lines,
            "Growth timeline · newest first · g adds a growth entry",
        ),
        area,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn charts_span_their_width() {
        assert_eq!(super::fit(&[1, 2, 3], 6), [1, 1, 2, 2, 3, 3]);
        assert_eq!(super::fit(&[2, 4, 6, 8], 2), [3, 7]);
        assert_eq!(super::fit(&[5; 90], 78).len(), 78);
        assert!(super::fit(&[], 10).is_empty());
    }
}
