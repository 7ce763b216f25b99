//! Small drawing helpers every screen uses: a bordered paragraph, a list with its
//! cursor kept in view, the two-column panel of help and crisis, wrapped-row counting, and a cursor that follows a record by
//! its id when the list is re-read and re-sorted.

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

impl Cursor {
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
