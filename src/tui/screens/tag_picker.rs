//! The Journal's tag picker: every tag in use with how many entries have it, narrowed
//! as letters are typed; Enter shows the entries with the tag under the cursor, or
//! every entry from the first row.

use crate::domain::width;
use crate::store::TagUse;
use crate::tui::action::Action;
use crate::tui::shared::Ctx;
use crate::tui::widgets::list_panel;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// What Enter chose in the picker.
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    /// Every entry: no tag filter.
    All,
    Tag(String),
}

/// What a key did in the picker.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Stay,
    Close,
    Chose(Picked),
}

#[derive(Debug, Clone, Default)]
pub struct TagPicker {
    tags: Vec<TagUse>,
    typed: String,
    /// Row under the cursor: with nothing typed, row 0 is "every entry".
    cursor: usize,
}

impl TagPicker {
    /// The picker over `tags`, the cursor on `current` (the tag the list shows now).
    pub fn new(tags: Vec<TagUse>, current: Option<&str>) -> TagPicker {
        let at = current.and_then(|c| {
            let c = c.to_lowercase();
            tags.iter().position(|t| t.tag.to_lowercase() == c)
        });
        TagPicker {
            tags,
            typed: String::new(),
            cursor: at.map_or(0, |i| i + 1),
        }
    }

    /// The tags whose names hold what was typed, without case.
    fn shown(&self) -> Vec<&TagUse> {
        let typed = self.typed.to_lowercase();
        self.tags
            .iter()
            .filter(|t| t.tag.to_lowercase().contains(&typed))
            .collect()
    }

    /// Whether the first row is "every entry" (nothing typed).
    fn offers_all(&self) -> bool {
        self.typed.is_empty()
    }

    fn rows(&self) -> usize {
        self.shown().len() + usize::from(self.offers_all())
    }

    pub fn handle(&mut self, action: Action) -> Step {
        let last = self.rows().saturating_sub(1);
        match action {
            Action::Type(c) => {
                self.typed.push(c);
                self.cursor = 0;
            }
            Action::Erase => {
                self.typed.pop();
                self.cursor = 0;
            }
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => self.cursor = (self.cursor + 1).min(last),
            Action::PageUp => self.cursor = self.cursor.saturating_sub(10),
            Action::PageDown => self.cursor = (self.cursor + 10).min(last),
            Action::First => self.cursor = 0,
            Action::Last => self.cursor = last,
            Action::Back => return Step::Close,
            Action::Open => return self.chosen().map_or(Step::Stay, Step::Chose),
            _ => {}
        }
        Step::Stay
    }

    fn chosen(&self) -> Option<Picked> {
        match self.cursor.checked_sub(usize::from(self.offers_all())) {
            None => Some(Picked::All),
            Some(i) => self.shown().get(i).map(|t| Picked::Tag(t.tag.clone())),
        }
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let shown = self.shown();
        let title = if self.typed.is_empty() {
            t!("journal-tags-title", count = self.tags.len())
        } else {
            t!(
                "journal-tags-narrowed",
                typed = self.typed.as_str(),
                count = shown.len()
            )
        };
        if shown.is_empty() {
            let none = t!("journal-tags-none-match");
            f.render_widget(
                crate::tui::widgets::para(vec![Line::from(none)], &title),
                area,
            );
            return;
        }
        // Names in one column, the counts after them (a long name ends in "…").
        let room = usize::from(area.width.saturating_sub(4));
        let counts: Vec<String> = shown
            .iter()
            .map(|t| t!("journal-tags-entries", count = t.entries))
            .collect();
        let widest = counts.iter().map(|c| width(c)).max().unwrap_or(0);
        let names = shown.iter().map(|t| width(&t.tag)).max().unwrap_or(0);
        let column = names.min(room.saturating_sub(widest + 2));
        let mut rows = Vec::with_capacity(shown.len() + 1);
        if self.offers_all() {
            rows.push(t!("journal-tags-all"));
        }
        for (t, count) in shown.iter().zip(counts) {
            let name = crate::domain::one_line(&t.tag, column);
            let pad = column.saturating_sub(width(&name));
            rows.push(format!("{name}{}  {count}", " ".repeat(pad)));
        }
        f.render_widget(list_panel(rows, self.cursor, area, &cx.theme, &title), area);
    }
}

#[cfg(test)]
mod tests {
    use super::{Picked, Step, TagPicker};
    use crate::store::TagUse;
    use crate::tui::action::Action;

    fn picker(current: Option<&str>) -> TagPicker {
        let tags = ["calm", "Walk", "work"].map(|t| TagUse {
            tag: t.into(),
            entries: 1,
        });
        TagPicker::new(tags.to_vec(), current)
    }

    #[test]
    fn letters_narrow_and_enter_picks_the_row_under_the_cursor() {
        let mut p = picker(None);
        assert_eq!(p.handle(Action::Open), Step::Chose(Picked::All));
        p.handle(Action::Type('W'));
        assert_eq!(p.shown().len(), 2, "walk and work, without case");
        p.handle(Action::Down);
        assert_eq!(
            p.handle(Action::Open),
            Step::Chose(Picked::Tag("work".into()))
        );
        p.handle(Action::Type('x'));
        assert_eq!(p.handle(Action::Open), Step::Stay, "nothing to pick");
        p.handle(Action::Erase);
        p.handle(Action::Erase);
        p.handle(Action::Last);
        assert_eq!(
            p.handle(Action::Open),
            Step::Chose(Picked::Tag("work".into()))
        );
        assert_eq!(p.handle(Action::Back), Step::Close);
    }

    #[test]
    fn opens_on_the_tag_shown() {
        let mut p = picker(Some("walk"));
        assert_eq!(
            p.handle(Action::Open),
            Step::Chose(Picked::Tag("Walk".into()))
        );
    }
}
