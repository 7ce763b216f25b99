//! One render function per screen. Each reads `App` only.

use super::app::{App, CheckinForm, HALT_LABELS, Mode, SLIDER_LABELS, Screen, TEXT_LABELS};
use super::view::Theme;
use crate::domain::{GoalKind, GoalStatus, LifeDomain, PlanSection};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Sparkline, Wrap};

pub fn render(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    match app.screen {
        Screen::Today => today(app, t, f, area),
        Screen::Checkin => checkin(app, t, f, area),
        Screen::Journal => journal(app, t, f, area),
        Screen::Domains => domains(app, t, f, area),
        Screen::Goals => goals(app, t, f, area),
        Screen::Plan => plan(app, t, f, area),
        Screen::Progress => progress(app, t, f, area),
    }
}

fn para(lines: Vec<Line<'static>>, title: &str) -> Paragraph<'static> {
    Paragraph::new(lines)
        .block(Block::bordered().title(format!(" {title} ")))
        .wrap(Wrap { trim: false })
}

fn today(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let d = &app.data;
    let name = d
        .profile
        .display_name
        .as_deref()
        .map(|n| format!(", {n}"))
        .unwrap_or_default();
    let mut lines = vec![Line::styled(
        format!("Welcome back{name}. {}", app.today.format("%A %-d %B %Y")),
        t.accent(),
    )];
    if d.stats.commitments.is_empty() {
        lines.push(Line::from(
            "Add what you are working toward: `tend commitment add NAME --start DATE`.",
        ));
    }
    for c in &d.stats.commitments {
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", c.name), t.accent()),
            Span::raw(format!(
                "day {} · current run {} days · {} days on track",
                c.days_in_recovery, c.current_run, c.days_on_track
            )),
        ]));
    }
    lines.push(Line::from(""));
    match &d.today_checkin {
        Some(c) => {
            let mood = c.mood.map_or("–".into(), |m| m.to_string());
            let craving = c.craving.map_or("–".into(), |m| m.to_string());
            lines.push(Line::styled(
                format!("✓ Checked in today: mood {mood}, craving {craving}. Enter to update."),
                t.good(),
            ));
            if let Some(i) = &c.intention {
                lines.push(Line::from(format!("  Today's intention: {i}")));
            }
        }
        None => lines.push(Line::styled(
            "○ Today's check-in is waiting: press Enter (about 30 seconds).",
            t.calm(),
        )),
    }
    let habits: Vec<String> = d
        .goals
        .iter()
        .filter(|(g, _)| g.status == GoalStatus::Active)
        .map(|(g, p)| match g.kind {
            GoalKind::Habit => format!(
                "  {} {}/{} this week",
                if p.done >= p.target { "✓" } else { "·" },
                p.done,
                p.target
            ),
            GoalKind::Milestone => format!("  · {}/{} steps", p.done, p.target),
        })
        .zip(
            d.goals
                .iter()
                .filter(|(g, _)| g.status == GoalStatus::Active),
        )
        .map(|(m, (g, _))| format!("{m}  {}", g.title))
        .collect();
    if !habits.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled("This week", t.accent()));
        lines.extend(habits.into_iter().map(Line::from));
    }
    // One of the person's own reasons or lessons, a different one each day.
    let reasons: Vec<String> = d
        .plan
        .iter()
        .filter(|i| i.section == PlanSection::Reasons)
        .map(|i| i.text.clone())
        .collect();
    let lessons: Vec<String> = d
        .setbacks
        .iter()
        .filter_map(|s| s.learned.clone())
        .collect();
    let pool: Vec<&String> = reasons.iter().chain(lessons.iter()).collect();
    if !pool.is_empty() {
        use chrono::Datelike;
        let pick = pool[app.today.num_days_from_ce() as usize % pool.len()];
        lines.push(Line::from(""));
        lines.push(Line::styled("In your own words", t.accent()));
        lines.push(Line::styled(format!("  “{pick}”"), t.calm()));
    }
    if let Some(e) = d.on_this_day.first() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!("On this day, {}", e.date.format("%Y")),
            t.accent(),
        ));
        lines.push(Line::from(format!(
            "  {}",
            crate::domain::one_line(&e.body, 200)
        )));
    }
    f.render_widget(para(lines, "Today"), area);
}

fn bar(value: Option<u8>, lo: u8, hi: u8) -> String {
    match value {
        None => format!("{}  not set", "·".repeat((hi - lo + 1) as usize)),
        Some(v) => {
            let filled = (v - lo + 1) as usize;
            format!(
                "{}{}  {v}",
                "■".repeat(filled),
                "·".repeat((hi - lo + 1) as usize - filled)
            )
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
            ratatui::style::Style::new()
        }
    };
    for (i, label) in SLIDER_LABELS.iter().enumerate() {
        let lo = if i == 1 { 0 } else { 1 };
        lines.push(Line::styled(
            format!("{}{label:<11}{}", mark(i), bar(form.sliders[i], lo, 10)),
            style(i),
        ));
    }
    let mut halt = vec![Span::raw("  HALT       ")];
    for (j, label) in HALT_LABELS.iter().enumerate() {
        let i = 7 + j;
        let check = if form.halt[j] { "[x]" } else { "[ ]" };
        halt.push(Span::styled(
            format!("{}{check} {label}  ", mark(i).trim_end()),
            style(i),
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
        let i = 12 + j;
        let cursor = if form.focus == i { "▏" } else { "" };
        lines.push(Line::styled(
            format!("{}{label:<11}{}{cursor}", mark(i), form.texts[j]),
            style(i),
        ));
    }
    lines
}

fn checkin(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let form = match &app.mode {
        Mode::Checkin(form) => Some(form),
        Mode::ConfirmDiscard(inner) => match &**inner {
            Mode::Checkin(form) => Some(form),
            _ => None,
        },
        _ => None,
    };
    if let Some(form) = form {
        let mut lines = vec![
            Line::styled(
                format!("How are you today, {}?", app.today.format("%A")),
                t.accent(),
            ),
            Line::from(""),
        ];
        lines.extend(form_lines(form, t));
        f.render_widget(para(lines, "Check-in"), area);
        return;
    }
    let mut lines = Vec::new();
    match &app.data.today_checkin {
        Some(c) => {
            lines.push(Line::styled(
                format!("✓ You checked in today. {c}"),
                t.good(),
            ));
            lines.extend(form_lines(
                &CheckinForm {
                    focus: usize::MAX,
                    ..CheckinForm::from_checkin(Some(c))
                },
                t,
            ));
            lines.push(Line::from(""));
            lines.push(Line::styled("Enter updates today's check-in.", t.dim()));
        }
        None => {
            lines.push(Line::styled("○ No check-in yet today.", t.calm()));
            lines.push(Line::from("Press Enter: rate mood, craving and the five domains, mark HALT, and add a few words."));
        }
    }
    let recent: Vec<Line> = app
        .data
        .checkins
        .iter()
        .rev()
        .skip(usize::from(app.data.today_checkin.is_some()))
        .take(7)
        .map(|c| Line::from(format!("  {c}")))
        .collect();
    if !recent.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled("Recent days", t.accent()));
        lines.extend(recent);
    }
    f.render_widget(para(lines, "Check-in"), area);
}

fn journal(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let entries = &app.data.journal;
    match &app.mode {
        Mode::Write(ta) => {
            let [head, body] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
            f.render_widget(
                Line::styled(" New entry · Ctrl-S saves · Esc leaves", t.accent()),
                head,
            );
            f.render_widget(&**ta, body);
            return;
        }
        Mode::ConfirmDiscard(inner) => {
            if let Mode::Write(ta) = &**inner {
                f.render_widget(&**ta, area);
                return;
            }
        }
        Mode::Read(i) if *i < entries.len() => {
            let e = &entries[*i];
            let mut lines = vec![Line::styled(
                e.title
                    .clone()
                    .unwrap_or_else(|| e.date.format("%A %-d %B %Y").to_string()),
                t.accent(),
            )];
            let mut meta = vec![e.date.to_string()];
            meta.extend(e.mood.map(|m| format!("mood {m}")));
            meta.extend(e.domain.map(|d| d.to_string()));
            meta.extend(e.tags.iter().map(|g| format!("#{g}")));
            lines.push(Line::styled(meta.join(" · "), t.dim()));
            lines.push(Line::from(""));
            lines.extend(e.body.lines().map(|l| Line::from(l.to_string())));
            f.render_widget(para(lines, &format!("Entry {}", e.id)), area);
            return;
        }
        _ => {}
    }
    if entries.is_empty() {
        f.render_widget(
            para(
                vec![Line::from("No entries yet. Press e to write your first.")],
                "Journal",
            ),
            area,
        );
        return;
    }
    let wide = area.width >= 100;
    let [list_area, preview] = if wide {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        [area, Rect::default()]
    };
    let rows = list_area.height.saturating_sub(2) as usize;
    let first = app.selected.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = entries
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, e)| {
            let head = e
                .title
                .clone()
                .unwrap_or_else(|| crate::domain::one_line(&e.body, 40));
            let s = format!(
                "{}  {}",
                e.date,
                crate::domain::one_line(&head, list_area.width.saturating_sub(16) as usize)
            );
            if i == app.selected {
                Line::styled(s, t.selected())
            } else {
                Line::from(s)
            }
        })
        .collect();
    f.render_widget(para(lines, "Journal · Enter reads · e writes"), list_area);
    if wide && let Some(e) = entries.get(app.selected) {
        let lines: Vec<Line> = e.body.lines().map(|l| Line::from(l.to_string())).collect();
        f.render_widget(para(lines, &e.date.to_string()), preview);
    }
}

fn domains(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let d = LifeDomain::ALL[app.tab.min(4)];
    let tabs: Vec<Span> = LifeDomain::ALL
        .iter()
        .map(|x| {
            if *x == d {
                Span::styled(format!("[{}] ", x.title()), t.accent())
            } else {
                Span::styled(format!(" {} ", x.title()), t.dim())
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
    let values: Vec<u64> = app
        .data
        .checkins
        .iter()
        .rev()
        .take(chart.width.saturating_sub(2) as usize)
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
            "{:.1} average over the last 30 days",
            recent.iter().sum::<f64>() / recent.len() as f64
        )
    };
    f.render_widget(
        Sparkline::default()
            .data(&values)
            .max(10)
            .style(t.calm())
            .block(Block::bordered().title(format!(" {} · {avg} ", d.title()))),
        chart,
    );
    let mut lines = vec![Line::styled("Goals", t.accent())];
    let goals: Vec<_> = app
        .data
        .goals
        .iter()
        .filter(|(g, _)| g.domain == d)
        .collect();
    if goals.is_empty() {
        lines.push(Line::styled("  none in this domain", t.dim()));
    }
    for (g, p) in goals {
        lines.push(Line::from(format!(
            "  {} ({}/{}, {})",
            g.title,
            p.done,
            p.target,
            g.status.label()
        )));
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
    let mut lines = Vec::new();
    if app.data.goals.is_empty() {
        lines.push(Line::from(
            "No goals yet: `tend goal add \"Walk daily\" --domain physical --per-week 5`.",
        ));
    }
    for (i, (g, p)) in app.data.goals.iter().enumerate() {
        let measure = match g.kind {
            GoalKind::Habit => format!("{}/{} this week", p.done, p.target),
            GoalKind::Milestone => format!("{}/{} steps", p.done, p.target),
        };
        let s = format!(
            "{:<9} {:<10} {}  ({measure})",
            g.status.label(),
            g.domain.title(),
            g.title
        );
        lines.push(if i == app.selected {
            Line::styled(s, t.selected())
        } else {
            Line::from(s)
        });
    }
    f.render_widget(para(lines, "Goals"), area);
}

fn plan(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let mut lines = Vec::new();
    for s in PlanSection::ALL {
        lines.push(Line::styled(s.title(), t.accent()));
        let items: Vec<_> = app.data.plan.iter().filter(|i| i.section == *s).collect();
        if items.is_empty() {
            lines.push(Line::styled("  nothing yet", t.dim()));
        }
        for i in items {
            let stage = i.stage.map(|x| format!("[{x}] ")).unwrap_or_default();
            let detail = i
                .detail
                .as_deref()
                .map(|d| format!(" — {d}"))
                .unwrap_or_default();
            lines.push(Line::from(format!(
                "  {}. {stage}{}{detail}",
                i.position, i.text
            )));
        }
    }
    let skip = app.selected.min(lines.len().saturating_sub(1));
    f.render_widget(
        para(lines.into_iter().skip(skip).collect(), "Plan · ↑↓ scroll"),
        area,
    );
}

fn progress(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let days = [30, 90, 365][app.tab.min(2)];
    let s = &app.data.stats;
    let mut head = vec![Line::styled(
        format!("Day {} of your recovery", s.days_in_recovery),
        t.accent(),
    )];
    for c in &s.commitments {
        head.push(Line::from(format!(
            "  {}: {} days on track · current run {} · longest {} · next milestone {}",
            c.name,
            c.days_on_track,
            c.current_run,
            c.longest_run,
            c.next_milestone.as_ref().map_or("–".into(), |m| format!(
                "{} days ({} to go)",
                m.days, m.days_to_go
            ))
        )));
    }
    let adherence: Vec<String> = s
        .adherence
        .iter()
        .map(|a| format!("{}% of {} days", a.percent, a.window_days))
        .collect();
    head.push(Line::from(format!(
        "  Checked in: {}",
        adherence.join(" · ")
    )));
    let h = head.len() as u16 + 2;
    let [top, chart, timeline] = Layout::vertical([
        Constraint::Length(h),
        Constraint::Length(7),
        Constraint::Min(3),
    ])
    .areas(area);
    f.render_widget(para(head, "Progress"), top);
    let from = app.today - chrono::Duration::days(days - 1);
    let moods: Vec<u64> = app
        .data
        .checkins
        .iter()
        .filter(|c| c.date >= from)
        .map(|c| u64::from(c.mood.unwrap_or(0)))
        .collect();
    let width = chart.width.saturating_sub(2) as usize;
    let step = moods.len().div_ceil(width.max(1)).max(1);
    let squeezed: Vec<u64> = moods
        .chunks(step)
        .map(|c| c.iter().sum::<u64>() / c.len() as u64)
        .collect();
    f.render_widget(
        Sparkline::default()
            .data(&squeezed)
            .max(10)
            .style(t.good())
            .block(Block::bordered().title(format!(" Mood, last {days} days · ←→ range "))),
        chart,
    );
    let mut lines = Vec::new();
    let bounce: std::collections::HashMap<i64, Option<i64>> = s
        .commitments
        .iter()
        .flat_map(|c| c.bounce_backs.iter().map(|b| (b.setback_id, b.days)))
        .collect();
    for sb in app.data.setbacks.iter().rev() {
        let back = match bounce.get(&sb.id).copied().flatten() {
            Some(d) => format!(" · back to your usual mood in {d} days"),
            None => String::new(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("  ◆ {} {}", sb.date, sb.kind.label()), t.calm()),
            Span::raw(back),
        ]));
        if let Some(l) = &sb.learned {
            lines.push(Line::from(format!("      learned: {l}")));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            "  No setbacks recorded. If one comes, it will show here as a growth entry.",
            t.dim(),
        ));
    }
    f.render_widget(para(lines, "Growth timeline"), timeline);
}
