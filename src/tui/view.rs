//! Drawing: the frame around every screen, the overlays, and the too-small message.
//! Reads `App` only; never touches the store.

use super::app::{App, Mode, Screen};
use super::keymap::{EDITOR, FORM, NORMAL};
use super::screens;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// Styles that honour NO_COLOR: without colour, emphasis carries the meaning.
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn accent(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
    pub fn good(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Green)
        } else {
            Style::new()
        }
    }
    pub fn calm(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Magenta)
        } else {
            Style::new()
        }
    }
    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = vec![
            Line::from("tend needs a little more room."),
            Line::from(format!(
                "Make the window at least {MIN_WIDTH}×{MIN_HEIGHT} (it is {}×{}).",
                area.width, area.height
            )),
            Line::from("q quits."),
        ];
        f.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let theme = Theme { color: app.color };
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    f.render_widget(tab_bar(app, &theme), tabs);
    screens::render(app, &theme, f, body);
    f.render_widget(status_line(app, &theme), status);
    if app.crisis {
        crisis(app, &theme, f, area);
    }
    if app.help {
        help(&theme, f, area);
    }
}

fn tab_bar(app: &App, t: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(" tend ", t.accent())];
    for (i, s) in Screen::ALL.iter().enumerate() {
        let label = format!(" {} {} ", i + 1, s.title());
        if *s == app.screen {
            spans.push(Span::styled(
                format!("[{}]", label.trim()),
                t.accent().add_modifier(Modifier::REVERSED),
            ));
        } else {
            spans.push(Span::styled(label, t.dim()));
        }
    }
    Line::from(spans)
}

fn status_line(app: &App, t: &Theme) -> Line<'static> {
    if let Mode::ConfirmDiscard(_) = app.mode {
        return Line::styled(
            " Leave without saving what you wrote? y leaves · any other key keeps writing",
            t.accent(),
        );
    }
    if let Some(m) = &app.message {
        return Line::styled(format!(" {m}"), t.good());
    }
    let hint = match app.mode {
        Mode::Checkin(_) => "Tab/↑↓ field · ←→ adjust · Space mark · Ctrl-S save · Esc leave",
        Mode::Write(_) => "Ctrl-S save · Esc leave",
        Mode::Read(_) => "↑↓ previous/next entry · Esc back to the list",
        _ => "1-7 screens · Tab next · ? help · ! crisis plan · q quit",
    };
    Line::styled(format!(" {hint}"), t.dim())
}

/// A centred rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn help(t: &Theme, f: &mut Frame, area: Rect) {
    let mut lines = Vec::new();
    for (title, table) in [
        ("Anywhere", NORMAL),
        ("In a form", FORM),
        ("Writing", EDITOR),
    ] {
        lines.push(Line::styled(title, t.accent()));
        let mut seen: Vec<&str> = Vec::new();
        for (_, _, what) in table.iter() {
            if seen.contains(what) {
                continue;
            }
            seen.push(what);
            let keys: Vec<String> = table
                .iter()
                .filter(|(_, _, w)| w == what)
                .map(|(k, _, _)| k.label())
                .collect();
            lines.push(Line::from(format!("  {:<16}{what}", keys.join(" / "))));
        }
    }
    let r = centered(area, 64, area.height - 2);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(" Help · Esc closes "))
            .wrap(Wrap { trim: false }),
        r,
    );
}

fn crisis(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    use crate::domain::PlanSection as S;
    let section = |lines: &mut Vec<Line<'static>>, section: S, heading: &str| {
        lines.push(Line::styled(heading.to_string(), t.accent()));
        let items: Vec<_> = app
            .data
            .plan
            .iter()
            .filter(|i| i.section == section)
            .collect();
        if items.is_empty() {
            lines.push(Line::styled(
                "  (nothing yet: add it on the Plan screen)",
                t.dim(),
            ));
        }
        for i in items {
            lines.push(Line::from(format!("  • {}", i.text)));
            if let Some(d) = &i.detail {
                lines.push(Line::styled(format!("    {d}"), t.accent()));
            }
        }
        lines.push(Line::from(""));
    };
    let mut left = vec![
        Line::styled("You are not alone. Breathe out slowly.", t.calm()),
        Line::styled("HALT: hungry, angry, lonely, tired?", t.accent()),
        Line::from("Eat, rest, reach out. Urges rise, peak and pass within 15–20 minutes."),
        Line::from(""),
    ];
    section(&mut left, S::Reasons, "Your reasons");
    section(&mut left, S::CopingSteps, "Your coping steps");
    let mut right = Vec::new();
    section(&mut right, S::Supports, "People to call");
    section(&mut right, S::Contacts, "Professional and crisis contacts");
    let r = Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width - 2,
        height: area.height - 2,
    };
    f.render_widget(Clear, r);
    let block = Block::bordered().title(" Your plan, right now · Esc closes ");
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [a, b] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
    f.render_widget(Paragraph::new(left).wrap(Wrap { trim: false }), a);
    f.render_widget(Paragraph::new(right).wrap(Wrap { trim: false }), b);
}
