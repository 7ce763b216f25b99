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

/// How many rows `lines` take once wrapped at `width` the way `para` wraps them: word
/// by word, a word longer than a row broken across rows (trailing spaces don't count).
pub fn wrapped_rows(lines: &[Line], width: u16) -> usize {
    let w = usize::from(width.max(1));
    lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            rows_of(text.trim_end(), w)
        })
        .sum()
}

/// Rows one line of text takes, wrapped greedily by words at `w` columns.
fn rows_of(text: &str, w: usize) -> usize {
    let mut rows = 1;
    let mut used = 0;
    for word in text.split_inclusive(' ') {
        let len = crate::domain::width(word);
        let bare = crate::domain::width(word.trim_end());
        if used + bare <= w {
            used += len;
        } else if bare <= w {
            rows += 1;
            used = len;
        } else {
            // A word longer than a row: on a row of its own, broken at the edge.
            if used > 0 {
                rows += 1;
            }
            rows += bare.div_ceil(w) - 1;
            used = match bare % w {
                0 => w,
                r => r + (len - bare),
            };
        }
    }
    rows
}

/// `text` wrapped at `width` columns by words (a word wider than a row is cut across
/// rows), each row after the first starting `indent` spaces in: a line of help whose
/// words go on under themselves rather than under the keys.
pub fn wrap_hanging(text: &str, width: usize, indent: usize) -> Vec<String> {
    let width = width.max(indent + 1);
    let mut rows = Vec::new();
    let mut rest = text.trim_end();
    loop {
        let lead = if rows.is_empty() { 0 } else { indent };
        let room = width - lead;
        if crate::domain::width(rest) <= room {
            rows.push(format!("{}{rest}", " ".repeat(lead)));
            return rows;
        }
        let (mut start, mut after) = crate::domain::split_to_fit(rest, room);
        if start.is_empty() {
            // Not one character fits (a wide one in a row of one): it goes alone.
            let one = rest.chars().next().map_or(0, char::len_utf8);
            (start, after) = rest.split_at_checked(one).unwrap_or((rest, ""));
        }
        rows.push(format!("{}{}", " ".repeat(lead), start.trim_end()));
        rest = after.trim_start();
        if rest.is_empty() {
            return rows;
        }
    }
}

/// A box's title for a box `width` wide: " title " whole when it fits, else as many of
/// its parts (split at the hints' " · ") as fit, then "…".
pub fn fit_title(title: &str, width: u16) -> String {
    let between = super::keymap::BETWEEN;
    let parts: Vec<&str> = title.trim().split(between).collect();
    let room = usize::from(width.saturating_sub(4));
    format!(" {} ", crate::domain::shorten_items(&parts, between, room))
}

pub fn para(lines: Vec<Line<'static>>, title: &str) -> Paragraph<'static> {
    Paragraph::new(lines)
        .block(Block::bordered().title(format!(" {title} ")))
        .wrap(Wrap { trim: false })
}

/// Lines of a list with the selected row marked (by reverse video and a `›`) and
/// scrolled so it stays in view.
pub fn list(rows: Vec<String>, selected: usize, height: u16, t: &Theme) -> Vec<Line<'static>> {
    list_quiet(rows, selected, height, t, None)
}

/// As `list`, with row `quiet` (never selected) dimmed.
fn list_quiet(
    rows: Vec<String>,
    selected: usize,
    height: u16,
    t: &Theme,
    quiet: Option<usize>,
) -> Vec<Line<'static>> {
    let h = height.saturating_sub(2).max(1) as usize;
    let first = selected.saturating_sub(h - 1);
    rows.into_iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(i, r)| {
            if i == selected {
                Line::styled(format!("› {r}"), t.selected())
            } else if Some(i) == quiet {
                Line::styled(format!("  {r}"), t.dim())
            } else {
                Line::from(format!("  {r}"))
            }
        })
        .collect()
}

/// A bordered list filling `area`, with the selected row marked and kept in view; a row
/// too long ends in "…", never wrapped, and when they don't all fit the bottom border
/// says where the cursor is ("12 of 340").
pub fn list_panel(
    rows: Vec<String>,
    selected: usize,
    area: Rect,
    t: &Theme,
    title: &str,
) -> Paragraph<'static> {
    list_panel_of(rows, selected, area, t, title, false)
}

/// As `list_panel`, with one quiet row among the others: a dim line of words that
/// the cursor passes by (`selected` counts the rows without it) and the position
/// doesn't count.
pub fn list_panel_quiet(
    mut rows: Vec<String>,
    selected: usize,
    area: Rect,
    t: &Theme,
    title: &str,
    quiet: (usize, String),
) -> Paragraph<'static> {
    let (at, words) = quiet;
    let at = at.min(rows.len());
    rows.insert(at, words);
    let shown = if selected >= at {
        selected + 1
    } else {
        selected
    };
    panel(rows, (shown, selected), area, t, title, (false, Some(at)))
}

/// As `list_panel`, for a list read a page at a time: `more` when further rows exist
/// beyond those given ("12 of 50+").
pub fn list_panel_of(
    rows: Vec<String>,
    selected: usize,
    area: Rect,
    t: &Theme,
    title: &str,
    more: bool,
) -> Paragraph<'static> {
    panel(rows, (selected, selected), area, t, title, (more, None))
}

/// A list panel: `selected` is the row marked and the row the position names (they
/// differ by the quiet row, when there is one before it); `more` as in `list_panel_of`.
fn panel(
    rows: Vec<String>,
    selected: (usize, usize),
    area: Rect,
    t: &Theme,
    title: &str,
    (more, quiet): (bool, Option<usize>),
) -> Paragraph<'static> {
    let (selected, named) = selected;
    let height = area.height;
    // Inside the border, after the cursor mark: a row longer ends in "…".
    let room = usize::from(area.width.saturating_sub(4));
    let rows: Vec<String> = rows
        .into_iter()
        .map(|r| {
            if crate::domain::width(&r) > room {
                crate::domain::one_line(&r, room)
            } else {
                r
            }
        })
        .collect();
    let n = rows.len();
    let fits = n <= height.saturating_sub(2) as usize && !more;
    let total = n - usize::from(quiet.is_some());
    let mut block = Block::bordered().title(fit_title(title, area.width));
    if !fits {
        let at = if more {
            t!("tui-list-at-more", at = named + 1, total = total)
        } else {
            t!("tui-list-at", at = named + 1, total = total)
        };
        block = block.title_bottom(Line::from(format!(" {at} ")).right_aligned());
    }
    Paragraph::new(list_quiet(rows, selected, height, t, quiet)).block(block)
}

/// A bordered text that scrolls by `offset` lines (kept in range), and says which
/// lines show when they don't all fit. Returns the panel and the offset it used.
pub fn scrolled_panel(
    lines: Vec<Line<'static>>,
    scroll: &Scroll,
    area: Rect,
    title: &str,
) -> Paragraph<'static> {
    let inner_w = area.width.saturating_sub(2);
    let inner_h = area.height.saturating_sub(2) as usize;
    let total = wrapped_rows(&lines, inner_w);
    let top = scroll.fit(total, inner_h);
    let mut block = Block::bordered().title(fit_title(title, area.width));
    if total > inner_h {
        let last = (top + inner_h).min(total);
        let shown = lines_shown(top + 1, last, total);
        block = block.title_bottom(Line::from(format!(" {shown} ")).right_aligned());
    }
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((top as u16, 0))
}

/// A bordered text as `para` makes it, in `area`, from its row `top`: when its lines
/// don't all show there, the bottom border says which do ("lines 1–20 of 27"), so none
/// is out of sight without a word.
pub fn para_in(
    lines: Vec<Line<'static>>,
    title: &str,
    area: Rect,
    top: usize,
) -> Paragraph<'static> {
    let inner_h = usize::from(area.height.saturating_sub(2));
    let total = wrapped_rows(&lines, area.width.saturating_sub(2));
    let mut block = Block::bordered().title(fit_title(title, area.width));
    if total > inner_h || top > 0 {
        let shown = lines_shown(top + 1, (top + inner_h).min(total), total);
        block = block.title_bottom(Line::from(format!(" {shown} ")).right_aligned());
    }
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((u16::try_from(top).unwrap_or(u16::MAX), 0))
}

/// Draws `lines` in a column without a border of its own, from `offset` (kept in
/// range); when they don't all fit, its last row says which show and which keys page.
pub fn scrolled_column(
    f: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    scroll: &Scroll,
    pages: &str,
    t: &Theme,
) {
    let total = wrapped_rows(&lines, area.width);
    let rows = area.height as usize;
    if total <= rows {
        scroll.fit(total, rows);
        return f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
    }
    let [text, foot] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let shown = text.height as usize;
    let top = scroll.fit(total, shown);
    let para = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((top as u16, 0));
    f.render_widget(para, text);
    let last = (top + shown).min(total);
    let note = format!("{} · {pages}", lines_shown(top + 1, last, total));
    f.render_widget(Line::styled(note, t.dim()), foot);
}

/// "lines 3–20 of 45": which rows of a long text show.
pub fn lines_shown(first: usize, last: usize, total: usize) -> String {
    t!("tui-lines-shown", first = first, last = last, total = total)
}

/// How far a long text is scrolled. Drawing tells it how many rows there are and how
/// many show (`fit`), so a page is a screenful and End, then PgUp, moves from the end.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scroll {
    offset: usize,
    max: std::cell::Cell<usize>,
    page: std::cell::Cell<usize>,
}

impl Scroll {
    /// Moves for Up, Down, PageUp, PageDown, First and Last; false for other actions.
    pub fn apply(&mut self, action: Action) -> bool {
        let page = self.page.get().max(1);
        let max = self.max.get();
        self.offset = match action {
            Action::Up => self.offset.saturating_sub(1),
            Action::Down => self.offset + 1,
            Action::PageUp => self.offset.saturating_sub(page),
            Action::PageDown => self.offset + page,
            Action::First => 0,
            Action::Last => max,
            _ => return false,
        }
        .min(max);
        true
    }

    /// Called when drawing: `total` rows, `shown` of them in view. Returns the first
    /// row to show.
    pub fn fit(&self, total: usize, shown: usize) -> usize {
        self.max.set(total.saturating_sub(shown));
        self.page.set(shown.saturating_sub(1).max(1));
        self.offset.min(self.max.get())
    }
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
    use super::{Cursor, rows_of, wrap_hanging};

    #[test]
    fn help_lines_wrap_under_their_words() {
        let line = "  Esc            close the words and go back";
        assert_eq!(
            wrap_hanging(line, 30, 17),
            [
                "  Esc            close the",
                "                 words and go",
                "                 back"
            ]
        );
        assert_eq!(wrap_hanging("short", 30, 17), ["short"]);
        // A word wider than its row is cut across rows; wide characters count two.
        assert_eq!(wrap_hanging("abcdefgh", 20, 17), ["abcdefgh"]);
        assert_eq!(wrap_hanging("abcdefgh", 4, 2), ["abcd", "  ef", "  gh"]);
        assert_eq!(wrap_hanging("日本語", 3, 2), ["日", "  本", "  語"]);
    }

    #[test]
    fn rows_are_counted_as_words_wrap() {
        assert_eq!(rows_of("", 10), 1);
        assert_eq!(rows_of("one two three", 13), 1);
        assert_eq!(rows_of("one two three", 12), 2, "three moves down whole");
        assert_eq!(rows_of("aaaa bbbb cccc", 9), 2);
        assert_eq!(rows_of("abcdefghijklmnopqrst", 10), 2);
        assert_eq!(
            rows_of("日本語の日記", 4),
            3,
            "wide characters take two columns"
        );
    }

    #[test]
    fn rows_are_counted_as_ratatui_draws_them() {
        use ratatui::widgets::{Paragraph, Wrap};
        use ratatui::{Terminal, backend::TestBackend, text::Line};
        let texts = [
            "ab xxxxxxxxxxxxxxx",
            "abcdefghijklmnopqrst",
            "one two three four five six",
            "a bcdefghijkl mn",
            "see [··············] then",
            "日本語の日記 and more",
        ];
        for text in texts {
            let mut t = Terminal::new(TestBackend::new(10, 12)).unwrap();
            let para = || Paragraph::new(Line::from(text)).wrap(Wrap { trim: false });
            t.draw(|f| f.render_widget(para(), f.area())).unwrap();
            let drawn = t.backend().buffer().content.chunks(10);
            let used = drawn
                .enumerate()
                .filter(|(_, row)| row.iter().any(|c| c.symbol() != " "))
                .map(|(i, _)| i + 1)
                .max()
                .unwrap_or(1);
            assert_eq!(rows_of(text, 10), used, "{text:?}");
        }
    }

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
