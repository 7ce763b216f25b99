//! The crisis view's second page: the signs of an opioid overdose and of alcohol
//! poisoning, what to do (the emergency number of the person's country first), and
//! that tolerance drops after a break. Plain words from public-health guidance
//! (REFERENCE.md: CDC, SAMHSA, NHS, NIAAA), and never a word on doses.

use super::action::Action;
use super::keymap::Mode;
use super::shared::Ctx;
use super::widgets::{Scroll, scrolled_column, two_column_panel, wrap_hanging};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

/// The page in `area`: what to do on the left, the signs and tolerance on the right,
/// the sources on the bottom border. Both columns scroll together (`scroll`) when one
/// doesn't fit.
pub fn render(cx: &Ctx, f: &mut Frame, area: Rect, scroll: &[Scroll; 2]) {
    let close = cx.keys.key(Mode::Safety, Action::Back);
    let [a, b] = two_column_panel(f, area, &t!("tui-safety-title", key = close));
    let sources = format!(" {} ", t!("tui-safety-sources"));
    if area.height > 2 && crate::domain::width(&sources) + 4 <= usize::from(area.width) {
        let border = Rect {
            x: area.x + 2,
            y: area.bottom() - 1,
            width: area.width - 4,
            height: 1,
        };
        f.render_widget(
            Line::styled(sources, cx.theme.dim()).right_aligned(),
            border,
        );
    }
    let pages = cx
        .keys
        .keys(Mode::Safety, &[Action::PageDown, Action::PageUp]);
    let t = &cx.theme;
    // A blank row between the steps where the column has room for it.
    let roomy = what_to_do(cx, a.width, true);
    let steps = if roomy.len() <= usize::from(a.height) {
        roomy
    } else {
        what_to_do(cx, a.width, false)
    };
    scrolled_column(f, a, steps, &scroll[0], &pages, t);
    scrolled_column(f, b, signs(cx, b.width), &scroll[1], &pages, t);
}

/// The emergency number first, then the steps in order (`roomy`: a blank row between
/// them), wrapped at `width`.
pub fn what_to_do(cx: &Ctx, width: u16, roomy: bool) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let w = usize::from(width);
    let number = crate::domain::crisis::emergency_number(cx.prefs.country.as_deref());
    let (call, first) = match number {
        Some(n) => (
            t!("tui-safety-call", number = n),
            t!("tui-safety-do-call", number = n),
        ),
        None => (t!("tui-safety-call-local"), t!("tui-safety-do-call-local")),
    };
    let mut lines = rows(&call, w, 0, t.accent());
    lines.push(Line::from(""));
    lines.push(Line::styled(t!("tui-safety-do"), t.accent()));
    let steps = [
        first,
        t!("tui-safety-do-naloxone"),
        t!("tui-safety-do-breathing"),
        t!("tui-safety-do-side"),
        t!("tui-safety-do-stay"),
    ];
    for (n, step) in steps.iter().enumerate() {
        if roomy && n > 0 {
            lines.push(Line::from(""));
        }
        lines.extend(rows(
            &format!("  {}. {step}", n + 1),
            w,
            5,
            Style::default(),
        ));
    }
    lines.extend(checklist(cx, w));
    lines
}

/// The person's own safer-use checklist (of their paths in effect today), if any.
fn checklist(cx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let steps = cx.data.safer_steps(cx.today);
    if steps.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::from("")];
    lines.extend(rows(
        &t!("tui-safety-checklist"),
        width,
        0,
        cx.theme.accent(),
    ));
    for s in steps {
        lines.extend(rows(
            &format!("  • {}", s.label()),
            width,
            4,
            Style::default(),
        ));
    }
    lines
}

/// The signs of each, then what a break does to tolerance, wrapped at `width`.
pub fn signs(cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let w = usize::from(width);
    let mut lines = Vec::new();
    let kinds = [
        (
            t!("tui-safety-opioid"),
            [
                t!("tui-safety-opioid-woken"),
                t!("tui-safety-opioid-breathing"),
                t!("tui-safety-opioid-pupils"),
                t!("tui-safety-opioid-lips"),
                t!("tui-safety-opioid-sounds"),
            ],
        ),
        (
            t!("tui-safety-alcohol"),
            [
                t!("tui-safety-alcohol-confusion"),
                t!("tui-safety-alcohol-vomiting"),
                t!("tui-safety-alcohol-breathing"),
                t!("tui-safety-alcohol-skin"),
                t!("tui-safety-alcohol-cold"),
            ],
        ),
    ];
    for (heading, signs) in kinds {
        lines.extend(rows(&heading, w, 0, t.accent()));
        for s in signs {
            lines.extend(rows(&format!("  • {s}"), w, 4, Style::default()));
        }
        lines.push(Line::from(""));
    }
    lines.extend(rows(&t!("harm-tolerance-after-break"), w, 0, t.accent()));
    lines.extend(rows(&t!("tui-safety-break-when"), w, 0, t.dim()));
    lines
}

/// `text` wrapped at `width`, its rows after the first `indent` in, in `style`.
fn rows(text: &str, width: usize, indent: usize, style: Style) -> Vec<Line<'static>> {
    wrap_hanging(text, width, indent)
        .into_iter()
        .map(|r| Line::styled(r, style))
        .collect()
}
