//! Progress › Self-checks: the scales on the left with the latest score and a "due"
//! mark, the selected one's band, trend and when it is suggested again on the right,
//! and its history below, which pages and where a result can be deleted.

use super::hints;
use crate::catalog::{DateForm, date};
use crate::domain::Assessment;
use crate::domain::scales::{self, not_a_diagnosis};
use crate::tui::action::{Action, Screen};
use crate::tui::keymap::Mode;
use crate::tui::shared::Ctx;
use crate::tui::widgets::{list, list_panel, para, para_in};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

const MODE: Mode = Mode::Screen(Screen::Progress);

/// The results of the scale at `selected`, newest first.
fn results(cx: &Ctx, selected: usize) -> Vec<&Assessment> {
    let s = &scales::all()[selected.min(scales::all().len() - 1)];
    let mut mine: Vec<&Assessment> = cx
        .data
        .assessments
        .iter()
        .filter(|a| a.instrument == s.name)
        .collect();
    mine.reverse();
    mine
}

pub fn result_ids(cx: &Ctx, selected: usize) -> Vec<Option<i64>> {
    results(cx, selected).iter().map(|a| Some(a.id)).collect()
}

/// The Progress tab: the scales on the left, the selected one's results on the right,
/// its history below them with `result` under the cursor.
pub fn pane(cx: &Ctx, selected: usize, result: usize, f: &mut Frame, area: Rect) {
    let t = &cx.theme;
    let history = &cx.data.assessments;
    let due = scales::due(history, cx.today);
    let rows: Vec<String> = scales::all()
        .iter()
        .map(|s| {
            let last = history.iter().rev().find(|a| a.instrument == s.name);
            let mark = if due.iter().any(|(d, _)| d.name == s.name) {
                format!(" · {}", t!("selfchecks-due"))
            } else {
                String::new()
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
    f.render_widget(para(rows, &t!("selfchecks-scales")), left);
    let s = scales::all()[selected.min(scales::all().len() - 1)].shown();
    let enter = cx.keys.key(MODE, Action::Open);
    let mut mine = results(cx, selected);
    mine.reverse();
    let mut lines = vec![Line::styled(
        format!("{} · {}", s.title, s.about_text()),
        t.accent(),
    )];
    match mine.last() {
        Some(a) => {
            lines.push(Line::from(t!(
                "selfchecks-latest",
                date = date(a.date, DateForm::DayMonShortYear),
                score = scales::score_text(a),
                band = scales::band_text(&a.band)
            )));
            let band = s.bands.iter().find(|b| b.label == a.band);
            if let Some(note) = band.and_then(|b| b.note_text()) {
                lines.push(Line::from(note));
            }
            if let Some(tr) = scales::trend(&mine) {
                lines.push(Line::from(t!("selfchecks-trend", trend = tr)));
            }
            if cx
                .data
                .self_harm_answer(cx.today)
                .is_some_and(|h| h.instrument == s.name)
            {
                let key = cx.keys.key(MODE, Action::Crisis);
                lines.push(Line::styled(crate::tui::crisis::way_back(&key), t.calm()));
            }
            let next = s.due_after(a.date);
            lines.push(Line::styled(
                if next <= cx.today {
                    t!("selfchecks-a-while", key = &enter)
                } else {
                    let from = date(next, DateForm::DayMonShort);
                    t!("selfchecks-suggested", date = from)
                },
                t.dim(),
            ));
        }
        None => lines.push(Line::from(t!(
            "selfchecks-not-taken",
            count = s.items.len(),
            key = &enter
        ))),
    }
    lines.extend(foot(s, t));
    let keys: [(&[Action], String); 2] = [
        (&[Action::Open], t!("selfchecks-hint-take")),
        (&[Action::Up, Action::Down], t!("selfchecks-hint-scale")),
    ];
    let title = hints(cx, MODE, &keys);
    with_history(cx, selected, result, (lines, &title), f, right);
}

/// Under a scale's results: what a screening aid is, the scale's attribution, and the
/// line saying it is shown in English when the language in effect has no version.
fn foot(s: &'static scales::Scale, t: &crate::tui::theme::Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(""),
        Line::styled(not_a_diagnosis(), t.calm()),
        Line::styled(s.attribution.clone(), t.dim()),
    ];
    if let Some(note) = s.english_note() {
        lines.push(Line::styled(note, t.dim()));
    }
    lines
}

/// The scale's `about` panel, with its results below it when there are any.
fn with_history(
    cx: &Ctx,
    selected: usize,
    result: usize,
    (about, title): (Vec<Line<'static>>, &str),
    f: &mut Frame,
    area: Rect,
) {
    let rows: Vec<String> = results(cx, selected)
        .iter()
        .map(|a| {
            let band = scales::band_text(&a.band);
            format!("{}  {}  {band}", a.date, scales::score_text(a))
        })
        .collect();
    if rows.is_empty() {
        return f.render_widget(para_in(about, title, area, 0), area);
    }
    let [top, past] = Layout::vertical([Constraint::Min(4), Constraint::Length(8)]).areas(area);
    f.render_widget(para_in(about, title, top, 0), top);
    let keys: [(&[Action], String); 2] = [
        (
            &[Action::PageDown, Action::PageUp],
            t!("selfchecks-hint-page"),
        ),
        (&[Action::Delete], t!("selfchecks-hint-delete")),
    ];
    let title = t!("selfchecks-history", hints = hints(cx, MODE, &keys));
    f.render_widget(list_panel(rows, result, past, &cx.theme, &title), past);
}
