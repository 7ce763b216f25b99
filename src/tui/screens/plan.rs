//! Plan: the relapse-prevention plan by section (add, edit, reorder, delete in place),
//! and triggers with their coping steps and how well each has worked.

use super::{list, para};
use crate::tui::app::{App, PlanRow, plan_rows};
use crate::tui::view::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

pub fn render(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let tabs = ["My plan", "Triggers and coping"];
    let spans: Vec<Span> = tabs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if i == app.tab {
                Span::styled(format!("[{s}] "), t.accent())
            } else {
                Span::styled(format!(" {s}  "), t.dim())
            }
        })
        .chain([Span::styled("  ←→ switch", t.dim())])
        .collect();
    f.render_widget(Line::from(spans), head);
    if app.tab == 0 {
        plan(app, t, f, body);
    } else {
        triggers(app, t, f, body);
    }
}

fn plan(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let rows: Vec<String> = plan_rows(&app.data.plan)
        .into_iter()
        .map(|r| match r {
            PlanRow::Section(s) => {
                let empty = !app.data.plan.iter().any(|i| i.section == s);
                format!(
                    "{}{}",
                    s.title(),
                    if empty { "  (empty: a adds)" } else { "" }
                )
            }
            PlanRow::Item(n) => {
                let i = &app.data.plan[n];
                let stage = i.stage.map(|x| format!("[{x}] ")).unwrap_or_default();
                let detail = i
                    .detail
                    .as_deref()
                    .map(|d| format!(" — {d}"))
                    .unwrap_or_default();
                format!("  {}. {stage}{}{detail}", i.position, i.text)
            }
        })
        .collect();
    let title = "a add · Enter/e edit · K/J move · d delete";
    f.render_widget(para(list(rows, app.selected, area.height, t), title), area);
}

fn triggers(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let d = &app.data;
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let name = |id: i64| {
        d.coping
            .iter()
            .find(|c| c.id == id)
            .map_or("?".to_string(), |c| c.name.clone())
    };
    let rows: Vec<String> = d
        .triggers
        .iter()
        .map(|tr| {
            let coping: Vec<String> = tr.coping_ids.iter().map(|c| name(*c)).collect();
            let plan = if coping.is_empty() {
                "no coping step yet".to_string()
            } else {
                format!("→ {}", coping.join(", "))
            };
            format!("{} ({}, {})  {plan}", tr.name, tr.category, tr.origin)
        })
        .collect();
    let lines = if rows.is_empty() {
        vec![Line::from(
            "No triggers named yet. Press a to add one with a coping step.",
        )]
    } else {
        list(rows, app.selected, top.height, t)
    };
    f.render_widget(para(lines, "Triggers · a add"), top);
    let mut effects: Vec<_> = d.effects.iter().filter(|e| e.uses > 0).collect();
    effects.sort_by(|a, b| {
        b.mean_urge_drop
            .unwrap_or(0.0)
            .total_cmp(&a.mean_urge_drop.unwrap_or(0.0))
    });
    let mut lines: Vec<Line> = effects
        .iter()
        .map(|e| {
            let drop = e
                .mean_urge_drop
                .map_or("–".into(), |x| format!("{x:+.1}").replace('+', "−"));
            Line::from(format!(
                "  {:<24} urge {drop} on average · used {} times · {} passed",
                name(e.coping_id),
                e.uses,
                e.passed
            ))
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled(
            "  Log encounters (or use the urge-surfing timer) to see what works for you.",
            t.dim(),
        ));
    }
    f.render_widget(para(lines, "What has worked"), bottom);
}
