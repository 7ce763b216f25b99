//! Drawing: the frame around every screen, the overlays, and the too-small message.
//! Reads `App` only; never touches the store.

use super::app::{App, Ask, Mode, Screen};
use super::crisis::{SURF_MINUTES, Surf};
use super::keymap::{EDITOR, FORM};
use super::screens;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// Styles for the chosen theme. Without colour (NO_COLOR or `theme = "no-colour"`),
/// emphasis carries the meaning; high contrast uses bright colours and no dim grey.
pub struct Theme {
    pub color: bool,
    pub high_contrast: bool,
}

impl Theme {
    pub fn accent(&self) -> Style {
        if self.color && self.high_contrast {
            Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD)
        } else if self.color {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
    pub fn good(&self) -> Style {
        if self.color && self.high_contrast {
            Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD)
        } else if self.color {
            Style::new().fg(Color::Green)
        } else {
            Style::new()
        }
    }
    pub fn calm(&self) -> Style {
        if self.color && self.high_contrast {
            Style::new().fg(Color::LightCyan)
        } else if self.color {
            Style::new().fg(Color::Magenta)
        } else {
            Style::new()
        }
    }
    pub fn dim(&self) -> Style {
        if self.high_contrast {
            Style::new().fg(Color::White)
        } else if self.color {
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
    if app.locked {
        return super::lock::draw_locked(
            f,
            app.lock_input.chars().count(),
            app.lock_note.as_deref(),
            app.encrypted,
        );
    }
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
    let theme = Theme {
        color: app.color,
        high_contrast: app.high_contrast,
    };
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    f.render_widget(tab_bar(app, &theme, area.width), tabs);
    screens::render(app, &theme, f, body);
    f.render_widget(status_line(app, &theme), status);
    if app.crisis {
        crisis(app, &theme, f, area);
    }
    if app.help {
        help(app, &theme, f, area);
    }
}

/// The screen tabs: every title with room around it, every title packed tight, or
/// (on narrow terminals) numbers with only the current screen named.
fn tab_bar(app: &App, t: &Theme, width: u16) -> Line<'static> {
    let label = |i: usize, s: &Screen| format!("{} {}", i + 1, s.title());
    let layouts: [(&str, &str, bool); 3] = [
        (" tend ", " ", true),
        ("tend ", "", true),
        (" tend ", "", false),
    ];
    for (k, (head, pad, named)) in layouts.iter().enumerate() {
        let mut spans = vec![Span::styled(head.to_string(), t.accent())];
        for (i, s) in Screen::ALL.iter().enumerate() {
            let text = if *s == app.screen {
                Span::styled(
                    format!("[{}]", label(i, s)),
                    t.accent().add_modifier(Modifier::REVERSED),
                )
            } else if *named {
                Span::styled(format!("{pad}{}{pad}", label(i, s)), t.dim())
            } else {
                Span::styled(format!(" {} ", i + 1), t.dim())
            };
            if i > 0 && *named {
                spans.push(Span::raw(" "));
            }
            spans.push(text);
        }
        let line = Line::from(spans);
        if line.width() <= usize::from(width) || k == layouts.len() - 1 {
            return line;
        }
    }
    unreachable!("the last layout is always returned")
}

fn status_line(app: &App, t: &Theme) -> Line<'static> {
    if let Mode::Asking(ask, inner) = &app.mode {
        let q = match ask {
            Ask::Discard if matches!(**inner, Mode::Assess(_)) => {
                "Leave this self-check without saving your answers? y leaves · any other key keeps them"
            }
            Ask::Discard => {
                "Leave without saving what you wrote? y leaves · any other key keeps it"
            }
            Ask::DeleteEntry(_) => "Delete this entry for good? y deletes · any other key keeps it",
            Ask::DeletePlanItem(_) => {
                "Remove this from your plan? y removes · any other key keeps it"
            }
            Ask::OfferGrowth => {
                "Would you like to write a growth entry about the setback? Enter yes · Esc not now"
            }
        };
        return Line::styled(format!(" {q}"), t.accent());
    }
    if let Some(m) = &app.message {
        return Line::styled(format!(" {m}"), t.good());
    }
    let hint = match (&app.mode, app.crisis, app.help) {
        (_, _, true) => "Esc closes help",
        (_, true, _) if app.surf.is_some() => {
            "←→ or a digit sets the urge · Enter next · Esc stops"
        }
        (_, true, _) => "u urge-surfing timer · Esc closes",
        (Mode::Checkin(_), _, _) => {
            "Tab/↑↓ field · ←→ adjust · Space mark · Enter save · Esc leave"
        }
        (Mode::Form(..), _, _) => "Tab/↑↓ field · ←→ choose · Enter save · Esc leave",
        (Mode::Write(..), _, _) => "Ctrl-S save · Esc leave",
        (Mode::Read(_), _, _) => "↑↓ previous/next · Enter edit · e $EDITOR · Esc list",
        (Mode::Searching(_), _, _) => "type words · Enter search · Esc cancel",
        (Mode::Assess(_), _, _) => {
            "a number answers · ↑↓ Enter choose · Backspace back · Esc leave · ! crisis plan"
        }
        _ => {
            use super::app::Action as A;
            let line = format!(
                "1-8 screens · Tab next · {} help · {} crisis plan · {} quit",
                app.key_for(A::Help),
                app.key_for(A::Crisis),
                app.key_for(A::Quit)
            );
            return Line::styled(format!(" {line}"), t.dim());
        }
    };
    Line::styled(format!(" {hint}"), t.dim())
}

/// Clears a bordered panel one cell inside `area` and returns its two columns.
fn two_column_panel(f: &mut Frame, area: Rect, title: &str) -> [Rect; 2] {
    let r = Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width - 2,
        height: area.height - 2,
    };
    f.render_widget(Clear, r);
    let block = Block::bordered().title(title.to_string());
    let inner = block.inner(r);
    f.render_widget(block, r);
    Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .spacing(2)
        .areas(inner)
}

/// The help lines, generated from the keymap tables.
pub fn help_lines(
    t: &Theme,
    normal: &[(super::keymap::Key, super::app::Action, &str)],
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (title, table) in [
        ("Anywhere", normal),
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
            lines.push(Line::from(format!("  {:<15}{what}", keys.join(" / "))));
        }
    }
    lines
}

fn help(app: &App, t: &Theme, f: &mut Frame, area: Rect) {
    let lines = help_lines(t, &app.keys);
    let [a, b] = two_column_panel(f, area, " Help · ↑↓ scroll · Esc closes ");
    let per_column = a.height as usize;
    let skip = app
        .help_scroll
        .min(lines.len().saturating_sub(per_column * 2));
    let mut shown = lines.into_iter().skip(skip);
    let left: Vec<Line> = shown.by_ref().take(per_column).collect();
    let right: Vec<Line> = shown.take(per_column).collect();
    f.render_widget(Paragraph::new(left), a);
    f.render_widget(Paragraph::new(right), b);
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
    let mut left = Vec::new();
    if let Some(note) = app.crisis_note {
        left.push(Line::styled(note, t.accent()));
        left.push(Line::from(""));
    }
    left.extend([
        Line::styled("You are not alone. Breathe out slowly.", t.calm()),
        Line::styled("HALT: hungry, angry, lonely, tired?", t.accent()),
        Line::from("Eat, rest, reach out. Urges rise, peak and pass within 15–20 minutes."),
        Line::from(""),
    ]);
    section(&mut left, S::Reasons, "Your reasons");
    section(&mut left, S::CopingSteps, "Your coping steps");
    let mut right = Vec::new();
    if let Some(surf) = &app.surf {
        surf_lines(surf, t, &mut right);
    } else {
        right.push(Line::styled(
            "Press u to ride out an urge with a timer.",
            t.calm(),
        ));
        right.push(Line::from(""));
    }
    section(&mut right, S::Supports, "People to call");
    section(&mut right, S::Contacts, "Professional and crisis contacts");
    let [a, b] = two_column_panel(f, area, " Your plan, right now · Esc closes ");
    f.render_widget(Paragraph::new(left).wrap(Wrap { trim: false }), a);
    f.render_widget(Paragraph::new(right).wrap(Wrap { trim: false }), b);
}

fn surf_lines(s: &Surf, t: &Theme, out: &mut Vec<Line<'static>>) {
    out.push(Line::styled("Urge surfing", t.accent()));
    match s {
        Surf::Before { urge } => {
            out.push(Line::from(format!(
                "How strong is the urge now? {urge} of 10"
            )));
            out.push(Line::styled(
                "←→ or a digit · Enter starts the timer",
                t.dim(),
            ));
        }
        Surf::Riding { elapsed_secs, .. } => {
            let total = SURF_MINUTES * 60;
            let done = (*elapsed_secs).min(total);
            let filled = (done * 30 / total) as usize;
            out.push(Line::from(format!(
                "{}{}",
                "━".repeat(filled),
                "─".repeat(30 - filled)
            )));
            out.push(Line::from(format!(
                "{}:{:02} of {SURF_MINUTES}:00",
                done / 60,
                done % 60
            )));
            out.push(Line::styled(
                "Breathe. Notice the urge like a wave: it rises, peaks and passes.",
                t.calm(),
            ));
            out.push(Line::styled("Enter when it has eased", t.dim()));
        }
        Surf::After { before, urge, .. } => {
            out.push(Line::from(format!(
                "And now? {urge} of 10 (it was {before})"
            )));
            out.push(Line::styled("←→ or a digit · Enter logs it", t.dim()));
        }
    }
    out.push(Line::from(""));
}
