//! Drawing the frame: the tab bar, the current screen, the status line, then the
//! overlays bottom-up; or, on a window too small, a message saying so. Reads `App`
//! only; never touches the store.

use super::action::{Action, Screen};
use super::app::App;
use super::overlay::Areas;
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    let cx = &app.cx;
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let areas = Areas {
        full: area,
        body,
        status,
    };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        match app.top() {
            Some(top) if app.locked() => top.render(cx, f, areas),
            _ => too_small(app, f),
        }
        return;
    }
    f.render_widget(tab_bar(app.screen, &cx.theme, area.width), tabs);
    app.screens.render(app.screen, cx, f, body);
    f.render_widget(status_line(app, status.width), status);
    for o in &app.overlays {
        o.render(cx, f, areas);
    }
    settle_cells(f.buffer_mut());
}

/// The last pass over every frame, whatever drew it: no cell may hold a character that
/// reorders text (bidi controls) or joins glyphs in ways terminals disagree on (zero-width
/// joiners and spaces), so stored text can't scramble a line or push a border out of
/// place. Controls themselves never get this far: drawing already drops them.
fn settle_cells(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        if let Some(settled) = crate::safe_text::for_cell(cell.symbol()) {
            cell.set_symbol(&settled);
        }
    }
}

fn too_small(app: &App, f: &mut Frame) {
    let area = f.area();
    let q = app.cx.keys.key(app.mode(), Action::Quit);
    let text = vec![
        Line::from(t!("tui-too-small")),
        Line::from(t!(
            "tui-too-small-size",
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT,
            width = area.width,
            height = area.height
        )),
        Line::from(t!("tui-too-small-quit", key = q)),
    ];
    f.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// The screen tabs: every title with room around it, every title packed tight, the
/// other screens by their short names (without the app's name if need be), or (on
/// narrow terminals) numbers with only the current screen named.
fn tab_bar(current: Screen, t: &Theme, width: u16) -> Line<'static> {
    // (before the tabs, around each, which names: 2 every title, 1 short, 0 numbers)
    let layouts: [(&str, &str, u8); 5] = [
        (" tend ", " ", 2),
        ("tend ", "", 2),
        ("tend ", "", 1),
        ("", "", 1),
        (" tend ", "", 0),
    ];
    for (k, (head, pad, named)) in layouts.iter().enumerate() {
        let mut spans = vec![Span::styled(head.to_string(), t.accent())];
        for (i, s) in Screen::ALL.iter().enumerate() {
            let n = i + 1;
            let text = if *s == current {
                Span::styled(
                    format!("[{n} {}]", s.title()),
                    t.accent().add_modifier(Modifier::REVERSED),
                )
            } else if *named == 2 {
                Span::styled(format!("{pad}{n} {}{pad}", s.title()), t.dim())
            } else if *named == 1 {
                Span::styled(format!("{n} {}", s.short_title()), t.dim())
            } else {
                Span::styled(format!(" {n} "), t.dim())
            };
            if i > 0 && *named > 0 {
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

/// The message of the last action, or the hints of where the keys go now, in
/// `width` columns: a message too long ends in "…" after a whole word, hints after a
/// whole hint (help lists every key in full).
fn status_line(app: &App, width: u16) -> Line<'static> {
    let t = &app.cx.theme;
    let room = usize::from(width).saturating_sub(1);
    match &app.cx.message {
        Some(m) => Line::styled(format!(" {}", crate::domain::shorten(m, room)), t.good()),
        None => {
            let footer = app.footer();
            let items: Vec<&str> = footer.split(super::keymap::BETWEEN).collect();
            let hints = crate::domain::shorten_items(&items, super::keymap::BETWEEN, room);
            Line::styled(format!(" {hints}"), t.dim())
        }
    }
}
