//! Soft wrap for the journal editor: where each line of text breaks into rows at a
//! width, where a character is drawn, which character a row and a column lead to, and
//! moving through the rows of many lines. Pure: text and a width in, places out.
//!
//! A line breaks after spaces, or around a wide character (CJK text has no spaces);
//! a word longer than a row breaks where it meets the edge. The spaces at a break stay
//! at the end of their row, past the edge if need be, so no row starts with a space.
//! One column is kept right of the text for the cursor (`width` is the text's width,
//! and a column never goes past it). Characters are measured as the terminal draws
//! them: a character with the marks and joiners that follow it is one, a tab is drawn
//! as a space and any other control character as `�`.

use unicode_width::UnicodeWidthChar;

/// One row on screen: characters `start..end` of its line (char indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

/// A row of the whole text: (line, row within the line). Ordered as they are shown.
pub type Spot = (usize, usize);

/// How a character is drawn.
pub fn shown(c: char) -> char {
    match c {
        '\t' => ' ',
        c if c.is_control() => '\u{fffd}',
        c => c,
    }
}

/// What the terminal draws as one: (first char index, end char index, columns).
#[derive(Debug, Clone, Copy)]
struct Glyph {
    start: usize,
    end: usize,
    cols: usize,
    space: bool,
}

fn glyphs(line: &str) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = Vec::new();
    let mut joined = false;
    for (i, c) in line.chars().enumerate() {
        let c = shown(c);
        let cols = c.width().unwrap_or(0);
        match out.last_mut() {
            Some(g) if joined || (cols == 0 && !c.is_whitespace()) => {
                g.end = i + 1;
                // An emoji sequence is as wide as its widest part.
                g.cols = g.cols.max(cols);
            }
            _ => out.push(Glyph {
                start: i,
                end: i + 1,
                cols,
                space: c.is_whitespace(),
            }),
        }
        joined = c == '\u{200d}';
    }
    out
}

/// The rows of one line at `width` columns: at least one (an empty line is one empty
/// row); together they hold every character, in order.
pub fn rows(line: &str, width: usize) -> Vec<Row> {
    let g = glyphs(line);
    let width = width.max(1);
    let mut rows = Vec::new();
    let (mut row_start, mut i, mut used) = (0, 0, 0);
    // Where the row may break: before this glyph.
    let mut brk: Option<usize> = None;
    while i < g.len() {
        let c = g[i];
        if c.space {
            used += c.cols;
            i += 1;
            brk = Some(i);
            continue;
        }
        let wide = c.cols > 1;
        if wide && i > row_start {
            brk = Some(i);
        }
        if used + c.cols <= width || i == row_start {
            used += c.cols;
            i += 1;
            if wide {
                brk = Some(i);
            }
            continue;
        }
        let at = brk.filter(|b| *b > row_start && *b <= i).unwrap_or(i);
        rows.push(Row {
            start: g[row_start].start,
            end: g[at].start,
        });
        (row_start, i, used, brk) = (at, at, 0, None);
    }
    let n = line.chars().count();
    rows.push(Row {
        start: g.get(row_start).map_or(n, |x| x.start),
        end: n,
    });
    rows
}

/// The row that shows char `at` (an index up to the line's length): the first whose
/// end is past it, or the last.
fn row_of(rows: &[Row], at: usize) -> usize {
    rows.iter()
        .position(|r| at < r.end)
        .unwrap_or(rows.len() - 1)
}

/// Where char `at` of `line` is drawn: its row and column (at most `width`, the
/// column kept for the cursor).
pub fn locate(line: &str, rows: &[Row], at: usize, width: usize) -> (usize, usize) {
    let r = row_of(rows, at);
    let col: usize = glyphs(line)
        .iter()
        .filter(|g| g.start >= rows[r].start && g.start < at)
        .map(|g| g.cols)
        .sum();
    (r, col.min(width))
}

/// The char that column `col` of row `r` leads to: the last one starting at or before
/// the column; on a row that isn't the line's last, never its end (that is the start
/// of the row under it).
pub fn index_at(line: &str, rows: &[Row], r: usize, col: usize) -> usize {
    let row = rows[r.min(rows.len() - 1)];
    let last = r + 1 >= rows.len();
    let inside: Vec<Glyph> = glyphs(line)
        .into_iter()
        .filter(|g| g.start >= row.start && g.start < row.end)
        .collect();
    let mut at = row.start;
    let mut used = 0;
    for g in &inside {
        if used + g.cols > col {
            return g.start;
        }
        used += g.cols;
        at = g.end;
    }
    match inside.last() {
        Some(g) if !last => g.start,
        _ => at,
    }
}

/// Rows of text at one width, laid out a line at a time as they are needed, so a long
/// entry costs what is on screen.
pub struct Wrapped<'a> {
    pub lines: &'a [String],
    pub width: usize,
}

impl Wrapped<'_> {
    pub fn rows(&self, line: usize) -> Vec<Row> {
        rows(&self.lines[line], self.width)
    }

    /// The last row of the text.
    pub fn end(&self) -> Spot {
        let last = self.lines.len().saturating_sub(1);
        (last, self.rows(last).len() - 1)
    }

    /// `spot` with its row clamped to its line's rows (after the width changed).
    pub fn clamp(&self, (l, r): Spot) -> Spot {
        let l = l.min(self.lines.len().saturating_sub(1));
        (l, r.min(self.rows(l).len() - 1))
    }

    /// The row `by` rows below `spot` (above, when negative), stopping at either end.
    pub fn step(&self, spot: Spot, by: isize) -> Spot {
        let (mut l, mut r) = self.clamp(spot);
        let mut left = by.unsigned_abs();
        if by >= 0 {
            loop {
                let n = self.rows(l).len();
                if r + left < n || l + 1 >= self.lines.len() {
                    return (l, (r + left).min(n - 1));
                }
                left -= n - r;
                (l, r) = (l + 1, 0);
            }
        }
        loop {
            if left <= r || l == 0 {
                return (l, r.saturating_sub(left));
            }
            left -= r + 1;
            l -= 1;
            r = self.rows(l).len() - 1;
        }
    }

    /// Where the cursor (line, char) is drawn: its spot and column.
    pub fn cursor(&self, (l, c): (usize, usize)) -> (Spot, usize) {
        let rows = self.rows(l);
        let (r, col) = locate(&self.lines[l], &rows, c, self.width);
        ((l, r), col)
    }

    /// The cursor (line, char) at column `col` of `spot`.
    pub fn at(&self, (l, r): Spot, col: usize) -> (usize, usize) {
        let rows = self.rows(l);
        (l, index_at(&self.lines[l], &rows, r, col))
    }

    /// The first row to show in `height` rows so that the cursor's row is in sight,
    /// moving as little as possible from `top`, and the rows after the text's end are
    /// not shown while rows before the top are hidden.
    pub fn top(&self, top: Spot, cursor: Spot, height: usize) -> Spot {
        let up = isize::try_from(height.max(1) - 1).unwrap_or(isize::MAX);
        let mut top = self.clamp(top).min(cursor);
        top = top.max(self.step(cursor, -up));
        top.min(self.step(self.end(), -up))
    }

    /// The rows from `top` on, at most `height`, each with its spot.
    pub fn visible(&self, top: Spot, height: usize) -> Vec<(Spot, Row)> {
        let mut out = Vec::new();
        let (mut l, mut r) = self.clamp(top);
        while out.len() < height && l < self.lines.len() {
            let rows = self.rows(l);
            let left = height - out.len();
            out.extend(
                rows.iter()
                    .enumerate()
                    .skip(r)
                    .take(left)
                    .map(|(i, x)| ((l, i), *x)),
            );
            (l, r) = (l + 1, 0);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of `line` at `width`, as text.
    fn cut(line: &str, width: usize) -> Vec<String> {
        rows(line, width)
            .iter()
            .map(|r| line.chars().skip(r.start).take(r.end - r.start).collect())
            .collect()
    }

    #[test]
    fn lines_break_after_spaces_which_stay_on_their_row() {
        assert_eq!(
            cut("walked by the river", 8),
            ["walked ", "by the ", "river"]
        );
        // A word ending at the edge keeps its space: the next row starts with a word.
        assert_eq!(cut("aaaa bbbb", 4), ["aaaa ", "bbbb"]);
        assert_eq!(cut("aaaa    bbbb", 4), ["aaaa    ", "bbbb"]);
        assert_eq!(cut("fits", 4), ["fits"]);
    }

    #[test]
    fn a_word_longer_than_a_row_breaks_at_the_edge() {
        assert_eq!(
            cut("a extraordinarily b", 6),
            ["a ", "extrao", "rdinar", "ily b"]
        );
    }

    #[test]
    fn an_empty_line_is_one_empty_row_and_trailing_spaces_stay() {
        assert_eq!(rows("", 10), [Row { start: 0, end: 0 }]);
        assert_eq!(cut("end   ", 4), ["end   "]);
        assert_eq!(cut("one two   ", 4), ["one ", "two   "]);
    }

    #[test]
    fn wide_characters_take_two_columns_and_may_break_between() {
        assert_eq!(cut("今日は良い天気", 6), ["今日は", "良い天", "気"]);
        assert_eq!(cut("ab 今日は", 5), ["ab 今", "日は"]);
        assert_eq!(cut("ok 🙂🙂🙂", 6), ["ok 🙂", "🙂🙂"]);
        // A joined emoji or a letter with its mark is one glyph, never split.
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(cut(&format!("{family}{family}"), 3).len(), 2);
        assert_eq!(
            cut("e\u{301}e\u{301}e\u{301}", 2),
            ["e\u{301}e\u{301}", "e\u{301}"]
        );
    }

    #[test]
    fn every_character_is_in_exactly_one_row() {
        for line in [
            "walked by the river today",
            "今日は 良い 天気",
            "x",
            "  lead",
        ] {
            for w in 1..12 {
                let rs = rows(line, w);
                assert_eq!(rs[0].start, 0);
                assert_eq!(rs.last().unwrap().end, line.chars().count());
                assert!(
                    rs.windows(2).all(|p| p[0].end == p[1].start),
                    "{line} at {w}"
                );
            }
        }
    }

    #[test]
    fn the_cursor_is_drawn_in_sight_at_the_end_of_a_full_row() {
        let line = "aaaa bbbb";
        let rs = rows(line, 4);
        assert_eq!(
            locate(line, &rs, 4, 4),
            (0, 4),
            "after aaaa, in the kept column"
        );
        assert_eq!(
            locate(line, &rs, 5, 4),
            (1, 0),
            "the break's end is the next row"
        );
        assert_eq!(
            locate(line, &rs, 9, 4),
            (1, 4),
            "the end of a full last row"
        );
        assert_eq!(locate("end      ", &rows("end      ", 4), 9, 4), (0, 4));
        let cjk = "今日は良い";
        assert_eq!(locate(cjk, &rows(cjk, 6), 2, 6), (0, 4));
    }

    #[test]
    fn a_column_leads_to_the_character_drawn_there() {
        let line = "walked by the river";
        let rs = rows(line, 8);
        assert_eq!(index_at(line, &rs, 1, 3), 10, "by |the");
        assert_eq!(
            index_at(line, &rs, 0, 40),
            6,
            "before the break, not past it"
        );
        assert_eq!(index_at(line, &rs, 2, 40), 19, "the line's end");
        let cjk = "今日は良い天気";
        let rs = rows(cjk, 6);
        assert_eq!(
            index_at(cjk, &rs, 1, 3),
            4,
            "a column inside a wide char is before it"
        );
        assert_eq!(index_at("", &rows("", 5), 0, 3), 0);
    }

    fn text(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn up_and_down_go_by_rows_across_lines() {
        let lines = text(&["walked by the river", "", "home"]);
        let w = Wrapped {
            lines: &lines,
            width: 8,
        };
        assert_eq!(w.step((0, 0), 2), (0, 2));
        assert_eq!(w.step((0, 2), 1), (1, 0), "the empty line is a row");
        assert_eq!(w.step((0, 1), 3), (2, 0));
        assert_eq!(w.step((2, 0), 10), (2, 0), "stops at the end");
        assert_eq!(w.step((2, 0), -2), (0, 2));
        assert_eq!(w.step((2, 0), -40), (0, 0), "stops at the start");
        // Down from "by |the" lands in "river" at the same column.
        let ((spot, col), _) = (w.cursor((0, 10)), ());
        assert_eq!((spot, col), ((0, 1), 3));
        assert_eq!(w.at(w.step(spot, 1), col), (0, 17));
        assert_eq!(
            w.at(w.step(spot, 2), col),
            (1, 0),
            "an empty line takes the cursor"
        );
    }

    #[test]
    fn the_view_follows_the_cursor_and_never_shows_past_the_end_needlessly() {
        let lines: Vec<String> = (0..10).map(|i| format!("line {i}")).collect();
        let w = Wrapped {
            lines: &lines,
            width: 20,
        };
        assert_eq!(w.top((0, 0), (2, 0), 4), (0, 0), "in sight: stays");
        assert_eq!(
            w.top((0, 0), (6, 0), 4),
            (3, 0),
            "below: the cursor's row is last"
        );
        assert_eq!(w.top((5, 0), (2, 0), 4), (2, 0), "above: it is first");
        assert_eq!(w.top((9, 0), (9, 0), 4), (6, 0), "the end fills the view");
        let shown = w.visible((8, 0), 4);
        assert_eq!(shown.len(), 2);
    }
}
