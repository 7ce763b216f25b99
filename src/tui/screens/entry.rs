//! Reading one journal entry, whole: its heading, date, mood, domain and tags, the
//! text, and under it any words sync kept aside when another device edited the same
//! entry at once (read for the entry shown, once each time it is shown).

use crate::catalog::{DateForm, date};
use crate::domain::{JournalEntry, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::store::kept::Kept;
use crate::tui::action::Action;
use crate::tui::keymap::Mode;
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Scroll, scrolled_panel};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// The entry being read: how far it is scrolled, and its kept words.
#[derive(Debug, Default)]
pub struct Reading {
    pub scroll: Scroll,
    pub kept: Vec<Kept>,
}

impl Reading {
    /// Shows `entry` from the top.
    pub fn open(entry: Option<&JournalEntry>, store: &Store) -> Result<Reading> {
        let mut r = Reading::default();
        r.reread(entry, store)?;
        Ok(r)
    }

    /// Reads the entry's kept words again (after a write, or a sync by another tend).
    pub fn reread(&mut self, entry: Option<&JournalEntry>, store: &Store) -> Result<()> {
        self.kept = match entry {
            Some(e) => store.kept_words(RecordKind::Journal, e.id)?,
            None => Vec::new(),
        };
        Ok(())
    }

    pub fn render(&self, e: &JournalEntry, cx: &Ctx, f: &mut Frame, area: Rect) {
        let t = &cx.theme;
        let heading = e
            .title
            .clone()
            .unwrap_or_else(|| date(e.date, DateForm::Long));
        let mut lines = vec![Line::styled(heading, t.accent())];
        let mut meta = vec![e.date.to_string()];
        meta.extend(e.mood.map(|m| t!("entry-mood", mood = m)));
        meta.extend(e.domain.map(crate::domain::LifeDomain::label));
        meta.extend(e.tags.iter().map(|g| format!("#{g}")));
        lines.push(Line::styled(meta.join(" · "), t.dim()));
        lines.push(Line::from(""));
        lines.extend(e.body.lines().map(|l| Line::from(l.to_string())));
        lines.extend(crate::tui::kept::lines(&self.kept, Mode::Reading, cx));
        let key = |a| cx.keys.key(Mode::Reading, a);
        let title = t!(
            "entry-title",
            id = e.id.to_string(),
            edit = key(Action::Open),
            external = key(Action::Edit)
        );
        f.render_widget(scrolled_panel(lines, &self.scroll, area, &title), area);
    }
}
