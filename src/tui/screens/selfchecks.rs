//! Progress › Self-checks: the scales on the left with the latest score and a "due"
//! mark, the selected one's band, trend and when it is suggested again on the right.

use crate::domain::Assessment;
use crate::domain::scales::{self, NOT_A_DIAGNOSIS};
use crate::tui::action::{Action, Screen};
use crate::tui::keymap::{Hint, Mode};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{list, para};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

const MODE: Mode = Mode::Screen(Screen::Progress);

/// The Progress tab: the scales on the left, the selected one's results on the right.
pub fn pane(cx: &Ctx, selected: usize, f: &mut Frame, area: Rect) {
    let t = &cx.theme;
    let history = &cx.data.assessments;
    let due = scales::due(history, cx.today);
    let rows: Vec<String> = scales::all()
        .iter()
        .map(|s| {
            let last = history.iter().rev().find(|a| a.instrument == s.name);
            let mark = if due.iter().any(|(d, _)| d.name == s.name) {
                " · due"
            } else {
                ""
            };
            match last {
                Some(a) => format!("{:<8}{:>4}{mark}", s.name, a.score),
                None => format!("{:<8}   –", s.name),
            }
        })
        .collect();
    let [left, right] =
        Layout::horizontal([Constraint::Length(22), Constraint::Min(20)]).areas(area);
    let rows = list(rows, selected, left.height, t);
    f.render_widget(para(rows, "Scales"), left);
    let s = &scales::all()[selected.min(scales::all().len() - 1)];
    let enter = cx.keys.key(MODE, Action::Open);
    let mine: Vec<&Assessment> = history.iter().filter(|a| a.instrument == s.name).collect();
    let mut lines = vec![Line::styled(
        format!("{} · {}", s.title, s.about),
        t.accent(),
    )];
    match mine.last() {
        Some(a) => {
            lines.push(Line::from(format!(
                "Latest ({}): {} · {}",
                a.date.format("%-d %b %Y"),
                scales::score_text(a),
                a.band
            )));
            let band = s.bands.iter().find(|b| b.label == a.band);
            if let Some(note) = band.and_then(|b| b.note.clone()) {
                lines.push(Line::from(note));
            }
            if let Some(tr) = scales::trend(&mine) {
                lines.push(Line::from(format!("Trend: {tr}")));
            }
            let next = s.due_after(a.date);
            lines.push(Line::styled(
                if next <= cx.today {
                    format!("It has been a while: {enter} takes it again, if you'd like.")
                } else {
                    format!("Suggested again from {}.", next.format("%-d %b"))
                },
                t.dim(),
            ));
        }
        None => lines.push(Line::from(format!(
            "Not taken yet. {} items, about a minute: {enter} starts.",
            s.items.len()
        ))),
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(NOT_A_DIAGNOSIS, t.calm()));
    lines.push(Line::styled(s.attribution.clone(), t.dim()));
    let hints = [
        Hint::Keys(&[Action::Open], "take"),
        Hint::Keys(&[Action::Up, Action::Down], "scale"),
    ];
    f.render_widget(para(lines, &cx.keys.hints(MODE, &hints)), right);
}
