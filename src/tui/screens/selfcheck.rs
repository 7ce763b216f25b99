//! Self-checks: the scale being taken (one item at a time), and the Progress tab that
//! lists the scales with the latest score, its band, the trend and when it is due.

use super::{list, para};
use crate::domain::Assessment;
use crate::domain::scales::{self, NOT_A_DIAGNOSIS};
use crate::tui::app::App;
use crate::tui::assess::Taking;
use crate::tui::view::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// One item of the scale being taken, with its answers and where the person is. When
/// the window is short the scale's heading goes first, then the answers scroll so the
/// marked one stays in sight; the screening-aid line and attribution always show.
pub fn taking(t: &Taking, th: &Theme, f: &mut Frame, area: Rect) {
    let s = t.scale;
    let i = t.item().min(s.items.len() - 1);
    let dots: String = (0..s.items.len())
        .map(|k| if k < t.answers.len() { '●' } else { '○' })
        .collect();
    let block = Block::bordered().title(format!(
        " Self-check · {} · item {} of {} {dots} ",
        s.name,
        i + 1,
        s.items.len()
    ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let rows = |lines: &[Line]| super::wrapped_rows(lines, inner.width);
    let foot = vec![
        Line::styled(NOT_A_DIAGNOSIS, th.calm()),
        Line::styled(s.attribution.clone(), th.dim()),
    ];
    let [body, bottom] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(rows(&foot) as u16)]).areas(inner);
    let header = vec![
        Line::styled(s.title.clone(), th.accent()),
        Line::from(s.question.clone()),
        Line::from(""),
    ];
    let item = vec![
        Line::styled(s.items[i].text.clone(), th.accent()),
        Line::from(""),
    ];
    let mut answers = Vec::new();
    let mut through_mark = 0;
    for (k, (v, label)) in s.answers_for(i).iter().enumerate() {
        if k == t.mark {
            answers.push(Line::styled(format!("› {v}  {label}"), th.selected()));
            through_mark = rows(&answers);
        } else {
            answers.push(Line::from(format!("  {v}  {label}")));
        }
    }
    let wrap = Wrap { trim: false };
    if rows(&header) + rows(&item) + rows(&answers) <= body.height as usize {
        let all = [header, item, answers].concat();
        f.render_widget(Paragraph::new(all).wrap(wrap), body);
    } else {
        // Short on room: the item stays, the answers scroll under it.
        let [top, list] =
            Layout::vertical([Constraint::Length(rows(&item) as u16), Constraint::Min(1)])
                .areas(body);
        let scroll = through_mark.saturating_sub(list.height as usize);
        f.render_widget(Paragraph::new(item).wrap(wrap), top);
        f.render_widget(
            Paragraph::new(answers)
                .wrap(wrap)
                .scroll((scroll as u16, 0)),
            list,
        );
    }
    f.render_widget(Paragraph::new(foot).wrap(wrap), bottom);
}

/// The Progress tab: the scales on the left, the selected one's results on the right.
pub fn pane(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let history = &app.data.assessments;
    let due = scales::due(history, app.today);
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
    let rows = list(rows, app.selected, left.height, t);
    f.render_widget(para(rows, "Scales"), left);
    let s = &scales::all()[app.selected.min(scales::all().len() - 1)];
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
                if next <= app.today {
                    "It has been a while: Enter takes it again, if you'd like.".to_string()
                } else {
                    format!("Suggested again from {}.", next.format("%-d %b"))
                },
                t.dim(),
            ));
        }
        None => lines.push(Line::from(format!(
            "Not taken yet. {} items, about a minute: Enter starts.",
            s.items.len()
        ))),
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(NOT_A_DIAGNOSIS, t.calm()));
    lines.push(Line::styled(s.attribution.clone(), t.dim()));
    f.render_widget(para(lines, "Enter take · ↑↓ scale"), right);
}
