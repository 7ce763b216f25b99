//! Drawing the editor: its head, the title line, the text wrapped at the window's width
//! with the cursor always in sight (and marks when more is above or below), the tags
//! with those the text carries, and the mood and domain.

use super::{Focus, View, Writer};
use crate::domain::width;
use crate::tui::action::Action;
use crate::tui::fields::Field;
use crate::tui::keymap::Mode;
use crate::tui::shared::Ctx;
use crate::tui::wrap::{self, Wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

impl Writer {
    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let t = &cx.theme;
        let one = Constraint::Length(1);
        let [head, title, above, text, below, tags, meta] =
            Layout::vertical([one, one, one, Constraint::Min(1), one, one, one]).areas(area);
        let what = self
            .entry
            .map_or(t!("tui-writer-new"), |i| t!("tui-writer-editing", id = i));
        let key = |a| cx.keys.key(Mode::Writing, a);
        let keys = t!(
            "tui-writer-head-keys",
            save = key(Action::Save),
            leave = key(Action::Back)
        );
        let size = size_note(self.area.lines());
        f.render_widget(
            Line::styled(format!(" {what} · {keys}{size}"), t.accent()),
            head,
        );
        let labels = [&self.title as &dyn Field, &self.tags, &self.mood];
        let pad = labels.iter().map(|l| width(l.label())).max().unwrap_or(5);
        f.render_widget(self.field(&self.title, Focus::Title, pad, cx), title);
        let rule = Line::styled("─".repeat(usize::from(area.width)), t.dim());
        f.render_widget(rule.clone(), above);
        self.draw_text(cx, f, text);
        f.render_widget(rule, below);
        f.render_widget(self.tags_line(pad, cx), tags);
        let mut meta_line = self.field(&self.mood, Focus::Mood, pad, cx);
        meta_line.spans.push(Span::raw("     "));
        let domain = self.field(&self.domain, Focus::Domain, 0, cx);
        meta_line.spans.extend(domain.spans);
        f.render_widget(meta_line, meta);
    }

    /// The tags field, then the tags the title and text carry (in place of the hint,
    /// when the field is empty).
    fn tags_line(&self, pad: usize, cx: &Ctx) -> Line<'static> {
        let mut line = self.field(&self.tags, Focus::Tags, pad, cx);
        let body = self.body();
        let inline = crate::domain::tags::merged(Vec::new(), &[self.title.raw(), &body]);
        if inline.is_empty() {
            return line;
        }
        let list: Vec<String> = inline.iter().map(|g| format!("#{g}")).collect();
        let note = t!("tui-writer-tags-inline", tags = list.join(" "));
        if self.tags.raw().is_empty() && self.focus != Focus::Tags {
            line.spans.truncate(1);
            line.spans.push(Span::styled(note, cx.theme.dim()));
        } else {
            line.spans
                .push(Span::styled(format!("  · {note}"), cx.theme.dim()));
        }
        line
    }

    /// One field: its label (marked when it has the keys), its value or hint, and a
    /// cursor in text being typed.
    fn field(&self, field: &dyn Field, at: Focus, pad: usize, cx: &Ctx) -> Line<'static> {
        let t = &cx.theme;
        let focused = self.focus == at;
        let mark = if focused { "› " } else { "  " };
        let label = format!("{mark}{:<pad$} ", field.label());
        let label = Span::styled(label, if focused { t.selected() } else { t.dim() });
        let value = field.shown();
        let at = field.cursor_at().filter(|_| focused).unwrap_or(value.len());
        let (before, after) = value.split_at_checked(at).unwrap_or((&value, ""));
        let mut spans = vec![label];
        if value.is_empty() && !focused {
            spans.push(Span::styled(field.hint(), t.dim()));
            return Line::from(spans);
        }
        spans.push(Span::raw(before.to_string()));
        if focused && field.takes_text() {
            spans.push(Span::raw("▏"));
        }
        spans.push(Span::raw(after.to_string()));
        if value.is_empty() {
            spans.push(Span::styled(field.hint(), t.dim()));
        }
        Line::from(spans)
    }

    /// The text, wrapped, from the first row the cursor lets stay in sight; the
    /// cursor's cell reversed. The column right of the text is kept for the cursor.
    fn draw_text(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let cols = usize::from(area.width.saturating_sub(3)).max(1);
        let height = usize::from(area.height).max(1);
        let rect = Rect {
            x: area.x + 2.min(area.width),
            width: area.width.saturating_sub(2),
            ..area
        };
        let focused = self.focus == Focus::Body;
        let cursor = Style::new().add_modifier(Modifier::REVERSED);
        if self.body_is_empty() {
            let prompt = format!(" {}", self.prompt);
            let lines: Vec<Line> = wrap::rows(&prompt, cols)
                .iter()
                .take(height)
                .map(|r| Line::styled(slice(&prompt, *r), cx.theme.dim()))
                .collect();
            f.render_widget(Paragraph::new(lines), rect);
            if focused && rect.width > 0 {
                f.buffer_mut()[(rect.x, rect.y)].set_style(cursor);
            }
            self.view.set(View {
                top: (0, 0),
                width: cols,
                height,
            });
            return;
        }
        let lines = self.area.lines();
        let w = Wrapped { lines, width: cols };
        let (spot, col) = w.cursor(self.cursor());
        let v = self.view.get();
        let top = if v.width == cols { v.top } else { spot };
        let top = w.top(top, spot, height);
        self.view.set(View {
            top,
            width: cols,
            height,
        });
        let shown = w.visible(top, height);
        let rows: Vec<Line> = shown
            .iter()
            .map(|((l, _), r)| Line::from(slice(&lines[*l], *r)))
            .collect();
        f.render_widget(Paragraph::new(rows), rect);
        let at = shown.iter().position(|(s, _)| *s == spot);
        if let (true, Some(i), Ok(col)) = (focused, at, u16::try_from(col)) {
            let (x, y) = (rect.x.saturating_add(col), rect.y + i as u16);
            if x < rect.right() {
                f.buffer_mut()[(x, y)].set_style(cursor);
            }
        }
        let dim = cx.theme.dim();
        if top > (0, 0) {
            f.buffer_mut()[(area.x, area.y)]
                .set_symbol("↑")
                .set_style(dim);
        }
        let last = shown.last().map(|((l, _), r)| (*l, r.end));
        let end = (lines.len() - 1, lines[lines.len() - 1].chars().count());
        if last.is_some_and(|l| l < end) && area.height > 0 {
            f.buffer_mut()[(area.x, area.bottom() - 1)]
                .set_symbol("↓")
                .set_style(dim);
        }
    }
}

/// The characters of `row`, as they are drawn.
fn slice(line: &str, row: wrap::Row) -> String {
    line.chars()
        .skip(row.start)
        .take(row.end - row.start)
        .map(wrap::shown)
        .collect()
}

/// A warning once the text nears the 1 MB an entry may hold (from 90%), and the
/// refusal to come once it is over; nothing before.
fn size_note(lines: &[String]) -> String {
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let limit = crate::domain::MAX_TEXT_BYTES;
    let mb = crate::catalog::decimal(bytes as f64 / limit as f64, 2);
    if bytes > limit {
        format!(" · {}", t!("tui-writer-over-limit", size = mb))
    } else if bytes * 10 >= limit * 9 {
        format!(" · {}", t!("tui-writer-near-limit", size = mb))
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::size_note;

    #[test]
    fn the_editor_warns_as_an_entry_nears_one_megabyte() {
        let line = "x".repeat(1023);
        let lines = |n: usize| vec![line.clone(); n];
        assert_eq!(size_note(&lines(900)), "");
        assert_eq!(
            size_note(&lines(950)),
            " · 0.93 MB of the 1 MB an entry holds"
        );
        assert!(size_note(&lines(1100)).contains("over the 1 MB an entry holds"));
    }
}
