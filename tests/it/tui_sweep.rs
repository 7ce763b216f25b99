//! Nothing cut mid-word at 80×24: every state of the app (`tui_pseudo`'s tables, the
//! one list of screens, forms, overlays and status lines), in English and in the
//! pseudo-locale, drawn at 80×24 and read for two faults (in English here; in the
//! pseudo-locale by `tui_pseudo`'s walk of each table, which reaches each state once
//! for its own check and this one):
//!
//! - a word cut at the right edge of a line: a word touching the edge of the screen
//!   or of a box, which the same state drawn 240 columns wide continues with more
//!   letters, or (when the wide drawing has no such line to compare) which is no whole
//!   word of the catalog, of the person's journal or of what stays by design;
//! - a box that loses lines: a box full to its bottom border with no position on it
//!   ("3 of 9"), whose lines go on when the same state is drawn 100 rows tall.
//!
//! No snapshot is compared: a failure names each state and the line at fault.

use crate::common;
use crate::tui_pseudo::{Look, every_state, on_demo, overlays, screens, status_lines};

use common::person::Person;
use std::collections::BTreeSet;

/// The size every state is drawn at, and the wide and tall drawings it is compared with.
const SIZE: (u16, u16) = (80, 24);
const WIDE: u16 = 240;
const TALL: u16 = 100;

/// What the sweep found, and the states it looked at.
pub struct Sweep {
    dictionary: &'static BTreeSet<String>,
    language: &'static str,
    faults: Vec<String>,
    states: Vec<String>,
}

impl Sweep {
    /// A sweep of states drawn in `language` (its name in the failure).
    pub fn new(language: &'static str) -> Sweep {
        static DICTIONARY: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
        Sweep {
            dictionary: DICTIONARY.get_or_init(dictionary),
            language,
            faults: Vec::new(),
            states: Vec::new(),
        }
    }

    /// Fails naming every state of `what` that cut a word or lost lines.
    pub fn assert_none(self, what: &str) {
        assert!(
            self.faults.is_empty(),
            "{} of {} states of {what} cut a word or lose lines at 80x24:\n\n{}",
            self.faults.len(),
            self.states.len(),
            self.faults.join("\n\n")
        );
    }
}

impl Look for Sweep {
    fn look(&mut self, p: &Person, what: &str, own: &BTreeSet<String>) {
        self.states.push(what.to_string());
        let screen = rows(&p.screen(SIZE.0, SIZE.1));
        let wide = rows(&p.screen(WIDE, SIZE.1));
        let tall = rows(&p.screen(SIZE.0, TALL));
        let known = |w: &str| {
            let w = plain(w);
            self.dictionary.contains(&w) || own.iter().any(|o| plain(o) == w)
        };
        let mut faults = cut_words(&screen, &wide, &known);
        faults.extend(lost_lines(&screen, &tall));
        if !faults.is_empty() {
            self.faults.push(format!(
                "{what} ({}):\n  {}\n\n{}",
                self.language,
                faults.join("\n  "),
                screen.join("\n")
            ));
        }
    }

    fn failed(&mut self, what: &str, why: &str) {
        self.faults.push(format!("{what}: {why}"));
    }
}

#[test]
fn nothing_is_cut_mid_word_at_80x24() {
    // In English; `tui_pseudo`'s tests sweep each of their tables in the pseudo-locale.
    use tend::catalog::{Language, in_language};
    let mut sweep = Sweep::new("English");
    in_language(Language::English, || every_state(&mut sweep));
    assert!(sweep.states.len() > 500, "{} states", sweep.states.len());
    sweep.assert_none("the app in English");
}

#[test]
fn nothing_is_cut_mid_word_at_80x24_on_the_demo_journal() {
    // The screens, overlays and status lines again, with long real-looking words: a
    // record named on the status line, a long entry, a full plan.
    use tend::catalog::{Language, in_language};
    let mut sweep = Sweep::new("English");
    for (language, name) in [(Language::English, "English"), (Language::Pseudo, "en-XA")] {
        sweep.language = name;
        in_language(language, || {
            on_demo(|| {
                screens(&mut sweep);
                overlays(&mut sweep);
                status_lines(&mut sweep);
            });
        });
    }
    sweep.assert_none("the demo journal");
}

/// The rows of a drawing (`TestBackend` shows each between quotes).
fn rows(drawing: &str) -> Vec<String> {
    drawing
        .lines()
        .map(|l| {
            let l = l.strip_prefix('"').unwrap_or(l);
            l.strip_suffix('"').unwrap_or(l).to_string()
        })
        .collect()
}

/// Whether `c` draws a box, a bar or a chart rather than text.
fn drawn(c: char) -> bool {
    ('\u{2500}'..='\u{259F}').contains(&c)
}

/// `word` lowercased, with the pseudo-locale's accents taken off.
fn plain(word: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    word.chars()
        .map(|c| {
            TO.chars()
                .position(|t| t == c)
                .map_or(c, |i| FROM.as_bytes()[i] as char)
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words (runs of letters) of `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Every whole word the app may write: the catalog's (every variant of every message,
/// English and Spanish; the pseudo-locale's are the English letters accented) and what
/// stays by design.
fn dictionary() -> BTreeSet<String> {
    let mut out: BTreeSet<String> = common::pseudo::STAYS.iter().map(|w| plain(w)).collect();
    for folder in ["i18n/en", "i18n/es"] {
        for file in std::fs::read_dir(folder).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            out.extend(words(&text).map(plain));
        }
    }
    out
}

/// Each word the screen cuts at the right edge of a line: its row and the line.
fn cut_words(screen: &[String], wide: &[String], known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for (r, row) in screen.iter().enumerate() {
        let chars: Vec<char> = row.chars().collect();
        let mut start = 0;
        for end in 0..=chars.len() {
            if end < chars.len() && !drawn(chars[end]) {
                continue;
            }
            let line: String = chars[start..end].iter().collect();
            start = end + 1;
            if let Some(word) = edge_word(&line)
                && is_cut(line.trim_start(), word, wide, known)
            {
                out.push(format!("row {r}: {:?} cuts {word:?}", line.trim()));
            }
        }
    }
    out
}

/// The word touching the right end of `line`, if one does.
fn edge_word(line: &str) -> Option<&str> {
    let word = line.rsplit(|c: char| !c.is_alphabetic()).next()?;
    (!word.is_empty()).then_some(word)
}

/// Whether `line`, ending in `word` at an edge, was cut: the wide drawing has the same
/// line going on with a letter; or, with no such line there, the word is not whole.
fn is_cut(line: &str, word: &str, wide: &[String], known: &dyn Fn(&str) -> bool) -> bool {
    // A line of one short word may be found anywhere: only a whole line is compared.
    let comparable = line.chars().count() >= 8 && line != word;
    if comparable {
        let mut seen = false;
        for row in wide {
            for (i, _) in row.match_indices(line) {
                let (left, right) = row.split_at_checked(i).unwrap_or_default();
                if left.chars().next_back().is_some_and(char::is_alphabetic) {
                    continue;
                }
                seen = true;
                let after = right.strip_prefix(line).unwrap_or_default();
                if after.chars().next().is_some_and(char::is_alphabetic) {
                    return true;
                }
            }
        }
        if seen {
            return false;
        }
    }
    !known(word)
}

/// A box drawn at `(top, left)` to `(bottom, right)` (rows and characters of rows).
#[derive(Debug, Clone, Copy)]
struct Frame {
    top: usize,
    bottom: usize,
    left: usize,
    right: usize,
}

/// Every box of a drawing, by its corners.
fn frames(screen: &[Vec<char>]) -> Vec<Frame> {
    let mut out = Vec::new();
    for (top, row) in screen.iter().enumerate() {
        for (left, c) in row.iter().enumerate() {
            if !matches!(c, '┌' | '╭') {
                continue;
            }
            let Some(right) = (left + 1..row.len()).find(|&i| matches!(row[i], '┐' | '╮'))
            else {
                continue;
            };
            let corner = |r: &Vec<char>| matches!(r.get(left), Some('└' | '╰'));
            if let Some(bottom) = (top + 1..screen.len()).find(|&r| corner(&screen[r])) {
                out.push(Frame {
                    top,
                    bottom,
                    left,
                    right,
                });
            }
        }
    }
    out
}

/// A box's title (its top border's words), and its lines inside, blank ones at the
/// end left off.
fn inside(screen: &[Vec<char>], f: Frame) -> (String, Vec<String>) {
    let cut = |r: usize| -> String {
        let row = &screen[r];
        row[f.left + 1..f.right.min(row.len())].iter().collect()
    };
    let title = cut(f.top)
        .trim_matches(|c: char| drawn(c) || c == ' ')
        .to_string();
    let mut lines: Vec<String> = (f.top + 1..f.bottom).map(cut).collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    (title, lines)
}

/// Each box full to its bottom border, with no position on it, whose lines go on in
/// the tall drawing (the same box: its title and width).
fn lost_lines(screen: &[String], tall: &[String]) -> Vec<String> {
    let grid = |s: &[String]| -> Vec<Vec<char>> { s.iter().map(|r| r.chars().collect()).collect() };
    let (screen, tall) = (grid(screen), grid(tall));
    let tall_frames = frames(&tall);
    let mut out = Vec::new();
    for f in frames(&screen) {
        let (title, lines) = inside(&screen, f);
        let bottom: String = screen[f.bottom][f.left..=f.right.min(screen[f.bottom].len() - 1)]
            .iter()
            .collect();
        let full = lines.len() == f.bottom - f.top - 1;
        if title.is_empty() || !full || bottom.contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let same = tall_frames
            .iter()
            .filter(|t| t.right - t.left == f.right - f.left)
            .map(|&t| inside(&tall, t))
            .find(|(t, _)| *t == title);
        if let Some((_, more)) = same
            && more.len() > lines.len()
            && more[..lines.len()] == lines[..]
        {
            out.push(format!(
                "the box {title:?} shows {} of its {} lines",
                lines.len(),
                more.len()
            ));
        }
    }
    out
}

#[test]
fn the_sweep_catches_what_it_is_for() {
    let rows = |s: &[&str]| s.iter().map(|r| (*r).to_string()).collect::<Vec<_>>();
    let known = |w: &str| ["brings", "it", "back", "not", "now"].contains(&w);
    // The status line cut as it was at 80 columns, beside the same line drawn wide.
    let screen = rows(&[" Deleted the journal entry “The long way home”. U brings i"]);
    let wide = rows(&[" Deleted the journal entry “The long way home”. U brings it back.   "]);
    assert_eq!(cut_words(&screen, &wide, &known).len(), 1);
    let screen = rows(&[" Write a growth entry about it now? Enter yes · Esc not n"]);
    let wide = rows(&[" Write a growth entry about it now? Enter yes · Esc not now      "]);
    assert_eq!(cut_words(&screen, &wide, &known).len(), 1);
    // Whole words at the edge, and a line ended with "…", are not cuts.
    let screen = rows(&[" Enter yes · Esc not now", " Enter yes · Esc…"]);
    assert!(cut_words(&screen, &screen, &known).is_empty());
    // A word cut at a box's border, with no wide line to compare: not a whole word.
    let screen = rows(&["│a note that goes on and o│"]);
    assert_eq!(cut_words(&screen, &[], &known).len(), 1);
    // A box full to its border, whose lines go on when drawn taller.
    let day = ["┌ Monday ──┐", "│mood 4    │", "└──────────┘"];
    let tall = [
        "┌ Monday ──┐",
        "│mood 4    │",
        "│a walk    │",
        "└──────────┘",
    ];
    assert_eq!(lost_lines(&rows(&day), &rows(&tall)).len(), 1);
    // The same box saying which lines show does not lose them.
    let said = ["┌ Monday ──┐", "│mood 4    │", "└─ 1 of 2 ─┘"];
    assert!(lost_lines(&rows(&said), &rows(&tall)).is_empty());
}
