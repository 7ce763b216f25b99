//! One render function per screen, plus the generic form. Each reads `App` only.

mod export;
mod journal;
mod plan;
mod progress;
mod selfcheck;
mod today;

use super::app::{App, Mode, Screen};
use super::checkin::{CheckinForm, HALT_LABELS, SETBACK_FIELD, SLIDER_LABELS, TEXT_LABELS};
use super::form::Form;
use super::view::Theme;
use crate::domain::GoalKind;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Sparkline, Wrap};

pub fn render(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let mode = match &app.mode {
        Mode::Asking(_, inner) => inner,
        m => m,
    };
    if let Mode::Assess(taking) = mode {
        return selfcheck::taking(taking, t, f, area);
    }
    if let Mode::Form(form, purpose) = mode {
        if *purpose == super::forms::Purpose::Export {
            return export::render(app, Some(form), t, f, area);
        }
        return generic_form(form, t, f, area);
    }
    match app.screen {
        Screen::Today => today::render(app, t, f, area),
        Screen::Checkin => checkin(app, t, f, area),
        Screen::Journal => journal::render(app, mode, t, f, area),
        Screen::Domains => domains(app, t, f, area),
        Screen::Goals => goals(app, t, f, area),
        Screen::Plan => plan::render(app, t, f, area),
        Screen::Progress => progress::render(app, t, f, area),
        Screen::Export => export::render(app, None, t, f, area),
    }
}

/// About how many rows `lines` take once wrapped at `width` (trailing spaces don't count).
pub fn wrapped_rows(lines: &[Line], width: u16) -> usize {
    let w = width.max(1) as usize;
    lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            Line::from(text.trim_end()).width().max(1).div_ceil(w)
        })
        .sum()
}

pub fn para(lines: Vec<Line<'static>>, title: &str) -> Paragraph<'static> {
    Paragraph::new(lines)
        .block(Block::bordered().title(format!(" {title} ")))
        .wrap(Wrap { trim: false })
}

/// Lines of a list with the selected row marked (by reverse video and a `›`) and
/// scrolled so it stays in view.
pub fn list(rows: Vec<String>, selected: usize, height: u16, t: &Theme) -> Vec<Line<'static>> {
    let h = height.saturating_sub(2).max(1) as usize;
    let first = selected.saturating_sub(h - 1);
    rows.into_iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(i, r)| {
            if i == selected {
                Line::styled(format!("› {r}"), t.selected())
            } else {
                Line::from(format!("  {r}"))
            }
        })
        .collect()
}

pub fn generic_form(form: &Form, t: &Theme, f: &mut Frame, area: Rect) {
    let mut lines = Vec::new();
    if let Some(intro) = &form.intro {
        lines.push(Line::styled(intro.clone(), t.calm()));
        lines.push(Line::from(""));
    }
    let width = form
        .fields
        .iter()
        .map(|x| x.label.chars().count())
        .max()
        .unwrap_or(10)
        + 2;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let value = field.display();
        let shown = if value.is_empty() && !field.hint.is_empty() {
            Span::styled(field.hint, t.dim())
        } else {
            Span::raw(value)
        };
        let cursor = if focused && !matches!(field.kind, super::form::Kind::Choice(_)) {
            "▏"
        } else {
            ""
        };
        let req = if field.required { "*" } else { " " };
        let label = format!(
            "{}{:<width$}{req}",
            if focused { "› " } else { "  " },
            field.label
        );
        let label_style = if focused { t.selected() } else { Style::new() };
        lines.push(Line::from(vec![
            Span::styled(label, label_style),
            Span::raw(" "),
            shown,
            Span::raw(cursor),
        ]));
    }
    lines.push(Line::from(""));
    if let Some(e) = &form.error {
        lines.push(Line::styled(format!("⚠ {e}"), t.accent()));
    }
    lines.push(Line::styled(
        "Tab/↑↓ moves · ←→ chooses · Enter saves · Esc leaves · * needed",
        t.dim(),
    ));
    f.render_widget(para(lines, &form.title), area);
}

fn bar(value: Option<u8>, lo: u8) -> String {
    let cells = (10 - lo + 1) as usize;
    match value {
        None => format!("{}  not set", "·".repeat(cells)),
        Some(v) => {
            let filled = (v - lo + 1) as usize;
            format!("{}{}  {v}", "■".repeat(filled), "·".repeat(cells - filled))
        }
    }
}

fn form_lines(form: &CheckinForm, t: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mark = |i: usize| if form.focus == i { "› " } else { "  " };
    let style = |i: usize| {
        if form.focus == i {
            t.selected()
        } else {
            Style::new()
        }
    };
    for (i, label) in SLIDER_LABELS.iter().enumerate() {
        let lo = if i == 1 { 0 } else { 1 };
        lines.push(Line::styled(
            format!("{}{label:<11}{}", mark(i), bar(form.sliders[i], lo)),
            style(i),
        ));
    }
    let mut halt = vec![Span::raw("  HALT       ")];
    for (j, label) in HALT_LABELS.iter().enumerate() {
        let check = if form.halt[j] { "[x]" } else { "[ ]" };
        halt.push(Span::styled(
            format!("{}{check} {label} ", mark(7 + j).trim_end()),
            style(7 + j),
        ));
    }
    lines.push(Line::from(halt));
    let sleep = form
        .sleep
        .map_or("not set".into(), |s| format!("{s} hours"));
    lines.push(Line::styled(
        format!("{}{:<11}{sleep}", mark(11), "Sleep"),
        style(11),
    ));
    for (j, label) in TEXT_LABELS.iter().enumerate() {
        let cursor = if form.focus == 12 + j { "▏" } else { "" };
        lines.push(Line::styled(
            format!("{}{label:<11}{}{cursor}", mark(12 + j), form.texts[j]),
            style(12 + j),
        ));
    }
    let check = if form.setback { "[x]" } else { "[ ]" };
    lines.push(Line::styled(
        format!("{}{check} I had a setback today", mark(SETBACK_FIELD)),
        style(SETBACK_FIELD),
    ));
    lines
}

fn checkin(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let form = match &app.mode {
        Mode::Checkin(form) => Some(form),
        Mode::Asking(_, inner) => match &**inner {
            Mode::Checkin(form) => Some(form),
            _ => None,
        },
        _ => None,
    };
    if let Some(form) = form {
        let mut lines = vec![Line::styled(
            format!("How are you today, {}?", app.today.format("%A")),
            t.accent(),
        )];
        lines.extend(form_lines(form, t));
        f.render_widget(para(lines, "Check-in · ←→ or a digit sets a slider"), area);
        return;
    }
    let mut lines = Vec::new();
    match &app.data.today_checkin {
        Some(c) => {
            lines.push(Line::styled(
                format!("✓ You checked in today. {c}"),
                t.good(),
            ));
            let shown = CheckinForm {
                focus: usize::MAX,
                ..CheckinForm::from_checkin(Some(c))
            };
            lines.extend(form_lines(&shown, t).into_iter().take(SETBACK_FIELD));
            lines.push(Line::styled("Enter updates today's check-in.", t.dim()));
        }
        None => {
            lines.push(Line::styled("○ No check-in yet today.", t.calm()));
            lines.push(Line::from(
                "Press Enter: rate mood, craving and the five domains, mark HALT, add a few words.",
            ));
        }
    }
    let skip = usize::from(app.data.today_checkin.is_some());
    let recent: Vec<Line> = app
        .data
        .checkins
        .iter()
        .rev()
        .skip(skip)
        .take(7)
        .map(|c| Line::from(format!("  {c}")))
        .collect();
    if !recent.is_empty() {
        lines.push(Line::styled("Recent days", t.accent()));
        lines.extend(recent);
    }
    f.render_widget(para(lines, "Check-in"), area);
}

fn domains(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let d = app.domains[app.tab.min(app.domains.len() - 1)];
    let tabs: Vec<Span> = app
        .domains
        .iter()
        .map(|x| {
            if *x == d {
                Span::styled(format!("[{}] ", x.title()), t.accent())
            } else {
                Span::styled(format!(" {}  ", x.title()), t.dim())
            }
        })
        .collect();
    let [head, chart, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(6),
        Constraint::Min(1),
    ])
    .areas(area);
    f.render_widget(Line::from(tabs), head);
    let w = chart.width.saturating_sub(2) as usize;
    let values: Vec<u64> = app
        .data
        .checkins
        .iter()
        .rev()
        .take(90)
        .rev()
        .map(|c| u64::from(c.rating(d).unwrap_or(0)))
        .collect();
    let recent: Vec<f64> = app
        .data
        .checkins
        .iter()
        .rev()
        .take(30)
        .filter_map(|c| c.rating(d))
        .map(f64::from)
        .collect();
    let avg = if recent.is_empty() {
        "no ratings yet".to_string()
    } else {
        format!(
            "{:.1} on average over your last 30 check-ins",
            recent.iter().sum::<f64>() / recent.len() as f64
        )
    };
    let title = format!(" {} · {avg} · last {} days ", d.title(), values.len());
    f.render_widget(
        Sparkline::default()
            .data(progress::fit(&values, w))
            .max(10)
            .style(t.calm())
            .block(Block::bordered().title(title)),
        chart,
    );
    let mut lines = vec![Line::styled("Goals", t.accent())];
    let goals: Vec<_> = app
        .data
        .goals
        .iter()
        .filter(|(g, _, _)| g.domain == d)
        .collect();
    if goals.is_empty() {
        lines.push(Line::styled(
            "  none in this domain yet (add one on Goals, 5)",
            t.dim(),
        ));
    }
    for (g, p, _) in goals {
        lines.push(Line::from(format!(
            "  {} ({}/{}, {})",
            g.title,
            p.done,
            p.target,
            g.status.label()
        )));
    }
    lines.push(Line::styled("Coping steps for this domain", t.accent()));
    let coping: Vec<_> = app
        .data
        .coping
        .iter()
        .filter(|c| c.domain == Some(d))
        .collect();
    if coping.is_empty() {
        lines.push(Line::styled("  none yet", t.dim()));
    }
    for c in coping {
        lines.push(Line::from(format!("  • {}", c.name)));
    }
    lines.push(Line::styled("Recent entries", t.accent()));
    for e in app
        .data
        .journal
        .iter()
        .filter(|e| e.domain == Some(d))
        .take(5)
    {
        lines.push(Line::from(format!(
            "  {}  {}",
            e.date,
            crate::domain::one_line(e.title.as_deref().unwrap_or(&e.body), 60)
        )));
    }
    f.render_widget(para(lines, "←→ domain"), rest);
}

fn goals(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    if app.data.goals.is_empty() {
        let lines = vec![Line::from(
            "No goals yet. Press a to add one: a habit (times a week) or a milestone (steps).",
        )];
        f.render_widget(para(lines, "Goals"), area);
        return;
    }
    let [top, bottom] = Layout::vertical([Constraint::Min(5), Constraint::Length(7)]).areas(area);
    let rows: Vec<String> = app
        .data
        .goals
        .iter()
        .map(|(g, p, _)| {
            let measure = match g.kind {
                GoalKind::Habit => format!("{}/{} this week", p.done, p.target),
                GoalKind::Milestone => format!("{}/{} steps", p.done, p.target),
            };
            format!(
                "{:<9} {:<10} {}  ({measure})",
                g.status.label(),
                g.domain.title(),
                g.title
            )
        })
        .collect();
    let title = "Goals · a add · e edit · Space log today · s status";
    f.render_widget(para(list(rows, app.selected, top.height, t), title), top);
    let Some((g, _, dates)) = app.data.goals.get(app.selected) else {
        return;
    };
    let mut lines = Vec::new();
    if let Some(w) = &g.why {
        lines.push(Line::styled(format!("Why: {w}"), t.calm()));
    }
    match g.kind {
        GoalKind::Habit => {
            let start = crate::domain::time::week_start(app.today);
            let days: Vec<Span> = (0..7)
                .map(|i| {
                    let day = start + chrono::Duration::days(i);
                    let mark = if dates.contains(&day) {
                        "✓"
                    } else if day > app.today {
                        " "
                    } else {
                        "·"
                    };
                    let style = if day == app.today {
                        t.accent()
                    } else {
                        Style::new()
                    };
                    Span::styled(format!(" {} {mark} ", day.format("%a")), style)
                })
                .collect();
            lines.push(Line::from(days));
        }
        GoalKind::Milestone => {
            for s in &g.steps {
                let mark = s.done_on.map_or("[ ]".to_string(), |d| format!("[x] {d}"));
                lines.push(Line::from(format!("  {}. {} {mark}", s.position, s.title)));
            }
        }
    }
    f.render_widget(para(lines, &g.title), bottom);
}
