//! Check-in: today's check-in at a glance (or the invitation to start it) and the
//! last week of days. The form itself is an overlay (`tui::checkin`).

use super::Handled;
use crate::tui::action::{Action, Screen};
use crate::tui::checkin::{CheckinForm, SETBACK_FIELD, lines_of};
use crate::tui::keymap::Mode;
use crate::tui::shared::Ctx;
use crate::tui::widgets::para;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

pub fn handle(action: Action, cx: &Ctx) -> Handled {
    match action {
        Action::Open | Action::Edit => Some(super::today::check_in(cx)),
        _ => None,
    }
}

pub fn render(cx: &Ctx, f: &mut Frame, area: Rect) {
    let t = &cx.theme;
    let enter = cx.keys.key(Mode::Screen(Screen::Checkin), Action::Open);
    let mut lines = Vec::new();
    match &cx.data.today_checkin {
        Some(c) => {
            lines.push(Line::styled(
                format!("✓ You checked in today. {c}"),
                t.good(),
            ));
            let shown = CheckinForm {
                focus: usize::MAX,
                ..CheckinForm::from_checkin(Some(c))
            };
            lines.extend(lines_of(&shown, t).into_iter().take(SETBACK_FIELD));
            lines.push(Line::styled(
                format!("{enter} updates today's check-in."),
                t.dim(),
            ));
        }
        None => {
            lines.push(Line::styled("○ No check-in yet today.", t.calm()));
            lines.push(Line::from(format!(
                "Press {enter}: rate mood, craving and the five domains, mark HALT, add a few words."
            )));
        }
    }
    let skip = usize::from(cx.data.today_checkin.is_some());
    let recent: Vec<Line> = cx
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
