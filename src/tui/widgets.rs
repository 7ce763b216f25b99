//! Small drawing helpers every screen uses: a bordered paragraph, a list and a long text
//! that scroll with a position indicator, the two-column panel of help and crisis,
//! wrapped-row counting, and a cursor that pages and follows a record by its id when
//! the list is re-read and re-sorted.

use super::action::Action;
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// About how many rows `lines` take once wrapped at `width` (trailing spaces don't count).
pub fn wrapped_rows(lines: &[Line], width: u16) -> usize {
    let w = width.max(1) as usize;
    lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            Line::from(text.trim_end()).width().max(1).div_ceil(w)
        })
        .sum()
}

pub fn para(lines: Vec<Line<'static>>, title: &str) -> Paragraph<'static> {
    Paragraph::new(lines)
        .block(Block::bordered().title(format!(" {title} ")))
        .wrap(Wrap { trim: false })
}

/// Lines of a list with the selected row marked (by reverse video and a `›`) and
/// scrolled so it stays in view.
pub fn list(rows: Vec<String>, selected: usize, height: u16, t: &Theme) -> Vec<Line<'static>> {
    let h = height.saturating_sub(2).max(1) as usize;
    let first = selected.saturating_sub(h - 1);
    rows.into_iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(i, r)| {
            if i == selected {
                Line::styled(format!("› {r}"), t.selected())
            } else {
                Line::from(format!("  {r}"))
            }
        })
        .collect()
}

/// A bordered list with the selected row marked and kept in view; rows are cut at the
/// border, never wrapped, and when they don't all fit the bottom border says where the
/// cursor is ("12 of 340").
pub fn list_panel(
    rows: Vec<String>,
    selected: usize,
    height: u16,
    t: &Theme,
    title: &str,
) -> Paragraph<'static> {
    list_panel_of(rows, selected, height, t, title, false)
}

/// As `list_panel`, for a list read a page at a time: `more` when further rows exist
/// beyond those given ("12 of 50+").
pub fn list_panel_of(
    rows: Vec<String>,
    selected: usize,
    height: u16,
    t: &Theme,
    title: &str,
    more: bool,
) -> Paragraph<'static> {
    let n = rows.len();
    let fits = n <= height.saturating_sub(2) as usize && !more;
    let mut block = Block::bordered().title(format!(" {title} "));
    if !fits {
        let plus = if more { "+" } else { "" };
        let at = format!(" {} of {n}{plus} ", selected + 1);
        block = block.title_bottom(Line::from(at).right_aligned());
    }
    Paragraph::new(list(rows, selected, height, t)).block(block)
}

/// A bordered text that scrolls by `offset` lines (kept in range), and says which
/// lines show when they don't all fit. Returns the panel and the offset it used.
pub fn scrolled_panel(
    lines: Vec<Line<'static>>,
    offset: usize,
    area: Rect,
    title: &str,
) -> Paragraph<'static> {
    let inner_w = area.width.saturating_sub(2);
    let inner_h = area.height.saturating_sub(2) as usize;
    let total = wrapped_rows(&lines, inner_w);
    let top = offset.min(total.saturating_sub(inner_h));
    let mut block = Block::bordered().title(format!(" {title} "));
    if total > inner_h {
        let last = (top + inner_h).min(total);
        block = block.title_bottom(
            Line::from(format!(" lines {}–{last} of {total} ", top + 1)).right_aligned(),
        );
    }
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((top as u16, 0))
}

/// Draws `lines` in a column without a border of its own, from `offset` (kept in
/// range); when they don't all fit, its last row says which show and which keys page.
pub fn scrolled_column(
    f: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    offset: usize,
    pages: &str,
    t: &Theme,
) {
    let total = wrapped_rows(&lines, area.width);
    let rows = area.height as usize;
    if total <= rows {
        return f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
    }
    let [text, foot] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let shown = text.height as usize;
    let top = offset.min(total.saturating_sub(shown));
    let para = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((top as u16, 0));
    f.render_widget(para, text);
    let last = (top + shown).min(total);
    let note = format!("lines {}–{last} of {total} · {pages}", top + 1);
    f.render_widget(Line::styled(note, t.dim()), foot);
}

/// A scroll offset after PageUp, PageDown, First, Last, Up or Down.
pub fn scroll_by(offset: usize, action: Action) -> Option<usize> {
    Some(match action {
        Action::Up => offset.saturating_sub(1),
        Action::Down => offset + 1,
        Action::PageUp => offset.saturating_sub(PAGE),
        Action::PageDown => offset + PAGE,
        Action::First => 0,
        // Drawing keeps it in range.
        Action::Last => usize::MAX / 2,
        _ => return None,
    })
}

/// Clears `area` and draws one bordered panel over it (its border where the screen's
/// was, so no corner pokes through); returns its two columns.
pub fn two_column_panel(f: &mut Frame, area: Rect, title: &str) -> [Rect; 2] {
    f.render_widget(Clear, area);
    let block = Block::bordered().title(format!(" {} ", title.trim()));
    let inner = block.inner(area);
    f.render_widget(block, area);
    Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .spacing(2)
        .areas(inner)
}

/// The row under the cursor, and the id of the record on it: after a reload (which
/// may re-sort), the cursor moves to where that record went.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cursor {
    pub index: usize,
    pub id: Option<i64>,
}

/// Rows a PageUp or PageDown moves through a list.
pub const PAGE: usize = 10;

impl Cursor {
    /// Moves by a row, a page, or to either end, for Up, Down, PageUp, PageDown,
    /// First and Last; false for any other action (the screen decides what it does).
    pub fn apply(&mut self, action: Action, ids: &[Option<i64>]) -> bool {
        let last = ids.len().saturating_sub(1);
        self.index = match action {
            Action::Up => self.index.saturating_sub(1),
            Action::Down => (self.index + 1).min(last),
            Action::PageUp => self.index.saturating_sub(PAGE),
            Action::PageDown => (self.index + PAGE).min(last),
            Action::First => 0,
            Action::Last => last,
            _ => return false,
        };
        self.id = ids.get(self.index).copied().flatten();
        true
    }

    /// Moves one row, within `len` rows whose ids are `ids`.
    pub fn step(&mut self, down: bool, ids: &[Option<i64>]) {
        let last = ids.len().saturating_sub(1);
        self.index = if down {
            (self.index + 1).min(last)
        } else {
            self.index.saturating_sub(1)
        };
        self.id = ids.get(self.index).copied().flatten();
    }

    /// Puts the cursor on the record with this id (or keeps the row when it is gone).
    pub fn follow(&mut self, ids: &[Option<i64>]) {
        if let Some(i) = self
            .id
            .and_then(|id| ids.iter().position(|x| *x == Some(id)))
        {
            self.index = i;
        }
        self.index = self.index.min(ids.len().saturating_sub(1));
        self.id = ids.get(self.index).copied().flatten();
    }

    /// Points at the record with `id`.
    pub fn on(&mut self, id: i64, ids: &[Option<i64>]) {
        self.id = Some(id);
        self.follow(ids);
    }
}

#[cfg(test)]
mod tests {
    use super::Cursor;

    #[test]
    fn the_cursor_follows_its_record_through_a_re_sort() {
        let mut c = Cursor::default();
        c.step(true, &[Some(1), Some(2), Some(3)]);
        assert_eq!((c.index, c.id), (1, Some(2)));
        c.follow(&[Some(2), Some(3), Some(1)]);
        assert_eq!((c.index, c.id), (0, Some(2)));
        c.follow(&[Some(3)]);
        assert_eq!(
            (c.index, c.id),
            (0, Some(3)),
            "gone: the row stays, in range"
        );
    }
}
