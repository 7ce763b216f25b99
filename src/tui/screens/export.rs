//! Export: choose the range and what to share, see the summary as the counselor will,
//! write the file. The preview is the Markdown rendering of the same summary.

use super::para;
use crate::tui::app::App;
use crate::tui::form::Form;
use crate::tui::view::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

pub fn render(app: &App, form: Option<&Form>, t: &Theme, f: &mut Frame, area: Rect) {
    let wide = area.width >= 110;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        Layout::vertical([
            Constraint::Length(if form.is_some() { 14 } else { 6 }),
            Constraint::Min(3),
        ])
        .areas(area)
    };
    match form {
        Some(form) => super::generic_form(form, t, f, left),
        None => {
            let lines = vec![
                Line::styled("Make a summary to share with your counselor.", t.accent()),
                Line::from("Enter chooses the dates and what to share, then writes the file."),
                Line::styled(
                    "Journal text and notes stay out unless you say yes.",
                    t.calm(),
                ),
            ];
            f.render_widget(para(lines, "Export · Enter to start"), left);
        }
    }
    let lines: Vec<Line> = app
        .export_preview
        .lines()
        .skip(app.export_scroll)
        .map(|l| Line::from(l.to_string()))
        .collect();
    f.render_widget(para(lines, "Preview · PgUp/PgDn scroll"), right);
}
