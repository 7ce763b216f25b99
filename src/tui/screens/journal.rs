//! Journal: the list (newest first, or search results or a filter), a preview on wide
//! terminals, reading one entry, and the built-in editor.

use super::{list, para};
use crate::domain::one_line;
use crate::tui::app::{App, Mode};
use crate::tui::view::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

pub fn render(app: &App, mode: &Mode, t: &Theme, f: &mut Frame, area: Rect) {
    let entries = &app.data.journal;
    match mode {
        Mode::Write(ta, id) => {
            let [head, body] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
            let what = id.map_or("New entry".to_string(), |i| format!("Editing entry {i}"));
            f.render_widget(
                Line::styled(format!(" {what} · Ctrl-S saves · Esc leaves"), t.accent()),
                head,
            );
            f.render_widget(&**ta, body);
            return;
        }
        Mode::Read(i) if *i < entries.len() => {
            let e = &entries[*i];
            let heading = e
                .title
                .clone()
                .unwrap_or_else(|| e.date.format("%A %-d %B %Y").to_string());
            let mut lines = vec![Line::styled(heading, t.accent())];
            let mut meta = vec![e.date.to_string()];
            meta.extend(e.mood.map(|m| format!("mood {m}")));
            meta.extend(e.domain.map(|d| d.to_string()));
            meta.extend(e.tags.iter().map(|g| format!("#{g}")));
            lines.push(Line::styled(meta.join(" · "), t.dim()));
            lines.push(Line::from(""));
            lines.extend(e.body.lines().map(|l| Line::from(l.to_string())));
            f.render_widget(
                para(
                    lines,
                    &format!("Entry {} · Enter edits here · e in $EDITOR", e.id),
                ),
                area,
            );
            return;
        }
        _ => {}
    }
    let v = &app.journal_view;
    let mut what = Vec::new();
    if let Mode::Searching(q) = mode {
        what.push(format!("search: {q}▏"));
    } else if let Some(q) = &v.search {
        what.push(format!("matching “{q}”"));
    }
    what.extend(v.domain.map(|d| format!("domain: {d}")));
    what.extend(v.tag.as_ref().map(|g| format!("tag: #{g}")));
    what.extend(v.month.map(|m| m.format("%B %Y").to_string()));
    let title = if what.is_empty() {
        "Journal · / search · f t [ ] filter · n new".to_string()
    } else {
        format!("Journal · {} · Esc clears", what.join(" · "))
    };
    if entries.is_empty() {
        let text = if what.is_empty() {
            "No entries yet. Press n to write your first."
        } else {
            "No entries match."
        };
        f.render_widget(para(vec![Line::from(text)], &title), area);
        return;
    }
    let wide = area.width >= 100;
    let [left, preview] = if wide {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        [area, Rect::default()]
    };
    let max = left.width.saturating_sub(18) as usize;
    let rows: Vec<String> = entries
        .iter()
        .map(|e| {
            format!(
                "{}  {}",
                e.date,
                one_line(e.title.as_deref().unwrap_or(&e.body), max)
            )
        })
        .collect();
    f.render_widget(para(list(rows, app.selected, left.height, t), &title), left);
    if wide && let Some(e) = entries.get(app.selected) {
        let lines: Vec<Line> = e.body.lines().map(|l| Line::from(l.to_string())).collect();
        f.render_widget(para(lines, &format!("{} · Enter reads", e.date)), preview);
    }
}
