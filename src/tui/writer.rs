//! The built-in journal editor (a new entry, or one being edited), the hand-over to
//! `$EDITOR`, and saving an entry either way: one write, then the journal shows it.

use super::action::Action;
use super::keymap::Mode;
use super::shared::Ctx;
use super::step::{Done, Step};
use crate::domain::{JournalDraft, JournalEntry, RecordKind};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::drafts::{self, Draft};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui_textarea::TextArea;

/// A request for the event loop to hand the terminal to `$EDITOR`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalEdit {
    pub entry_id: Option<i64>,
    pub text: String,
}

pub struct Writer {
    area: TextArea<'static>,
    /// The entry being edited; `None` for a new one.
    entry: Option<i64>,
    /// The entry's revision when opened (`None`: save over any change).
    revision: Option<i64>,
    /// Whether the text is in the journal's drafts as it stands.
    kept: bool,
}

impl Writer {
    /// Opens on `entry`'s text, or empty with the day's prompt (or a plain hint).
    pub fn new(entry: Option<&JournalEntry>, cx: &Ctx) -> Writer {
        let mut area = match entry {
            Some(e) => TextArea::new(e.body.lines().map(String::from).collect()),
            None => TextArea::default(),
        };
        let keys = saves_and_leaves(cx);
        area.set_placeholder_text(if cx.prefs.prompts {
            let prompt = super::prompts::for_day(cx.today);
            t!("tui-writer-prompt", prompt = prompt, keys = keys)
        } else {
            t!("tui-writer-freely", keys = keys)
        });
        Writer {
            area,
            entry: entry.map(|e| e.id),
            revision: entry.map(|e| e.revision),
            kept: true,
        }
    }

    /// Opens on a kept draft: the words come back as they were left.
    pub fn from_draft(draft: &Draft, cx: &Ctx) -> Writer {
        let mut w = Writer::new(None, cx);
        w.area = TextArea::new(draft.body.lines().map(String::from).collect());
        w.entry = (draft.target != 0).then_some(draft.target);
        w
    }

    /// The draft this editor's words are kept under.
    pub fn target(&self) -> i64 {
        self.entry.unwrap_or(0)
    }

    /// Keeps the words in the journal's drafts if they changed since last kept.
    pub fn keep(&mut self, store: &Store) -> Result<()> {
        if self.kept {
            return Ok(());
        }
        if self.is_empty() {
            store.drop_draft(drafts::JOURNAL, self.target())?;
        } else {
            store.keep_draft(
                drafts::JOURNAL,
                self.target(),
                &self.area.lines().join("\n"),
            )?;
        }
        self.kept = true;
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.trim().is_empty())
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Step> {
        match action {
            Action::Save if self.is_empty() => cx.say(t!("tui-writer-nothing-yet")),
            Action::Save => {
                let body = self.area.lines().join("\n");
                let e = match save_entry(cx, store, self.entry, self.revision, body) {
                    Err(e @ Error::Changed { .. }) => {
                        self.revision = None;
                        let save = cx.keys.key(Mode::Writing, Action::Save);
                        cx.say(t!("tui-writer-changed", error = e.to_string(), key = save));
                        return Ok(Step::Stay);
                    }
                    other => other?,
                };
                cx.say(saved(&e, None));
                return Ok(Step::Done(Done {
                    show_entry: Some(e.id),
                    ..Done::default()
                }));
            }
            Action::Back if self.is_empty() => return Ok(Step::Close),
            Action::Back => return Ok(Step::AskDiscard { answers: false }),
            Action::Key(k) => {
                self.kept &= !self.area.input(k);
            }
            _ => {}
        }
        Ok(Step::Stay)
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let [head, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        let what = self
            .entry
            .map_or(t!("tui-writer-new"), |i| t!("tui-writer-editing", id = i));
        let key = |a| cx.keys.key(Mode::Writing, a);
        let (save, leave) = (key(Action::Save), key(Action::Back));
        let keys = t!("tui-writer-head-keys", save = save, leave = leave);
        let size = size_note(self.area.lines());
        f.render_widget(
            Line::styled(format!(" {what} · {keys}{size}"), cx.theme.accent()),
            head,
        );
        f.render_widget(&self.area, body);
    }
}

/// A warning once the text nears the 1 MB an entry may hold (from 90%), and the
/// refusal to come once it is over; nothing before.
fn size_note(lines: &[String]) -> String {
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let limit = crate::domain::MAX_TEXT_BYTES;
    let mb = format!("{:.2}", bytes as f64 / limit as f64);
    if bytes > limit {
        format!(" · {}", t!("tui-writer-over-limit", size = mb))
    } else if bytes * 10 >= limit * 9 {
        format!(" · {}", t!("tui-writer-near-limit", size = mb))
    } else {
        String::new()
    }
}

/// "Ctrl-S saves, Esc leaves", with the keys in effect.
fn saves_and_leaves(cx: &Ctx) -> String {
    let key = |a| cx.keys.key(Mode::Writing, a);
    t!(
        "tui-writer-keys",
        save = key(Action::Save),
        leave = key(Action::Back)
    )
}

/// What the status line says once an entry is saved (with what went wrong on the way
/// that lost nothing).
fn saved(e: &JournalEntry, warning: Option<String>) -> String {
    let (id, date) = (e.id, e.date.to_string());
    match warning {
        None => t!("tui-writer-saved", id = id, date = date),
        Some(w) => t!(
            "tui-writer-saved-warning",
            id = id,
            date = date,
            warning = w
        ),
    }
}

/// Saves a journal entry's text, as a new entry or over the one edited (keeping its
/// time, title, mood, domain and tags, and the entry as it was for undo). A new entry
/// takes today's mood.
pub fn save_entry(
    cx: &mut Ctx,
    store: &Store,
    id: Option<i64>,
    revision: Option<i64>,
    body: String,
) -> Result<JournalEntry> {
    let today = cx.data.today_checkin.as_ref();
    match id {
        Some(id) => {
            let old = store.journal_entry(id)?;
            let at = chrono::DateTime::parse_from_rfc3339(&old.at)
                .unwrap_or_else(|_| store.clock().now());
            let draft = JournalDraft {
                at,
                title: old.title,
                body,
                mood: old.mood,
                domain: old.domain,
                tags: old.tags,
            };
            let (before, e) = store.write(|w| {
                w.edit_record(RecordKind::Journal, id, revision, |w| {
                    w.update_journal(id, draft)
                })
            })?;
            cx.remember(before);
            Ok(e)
        }
        None => {
            let draft = JournalDraft {
                at: store.clock().now(),
                title: None,
                body,
                mood: today.and_then(|c| c.mood),
                domain: None,
                tags: Vec::new(),
            };
            store.write(|w| w.add_journal(draft))
        }
    }
}

/// Saves what `$EDITOR` returned, as a new entry or over the one it edited.
pub fn finish_external(
    cx: &mut Ctx,
    store: &Store,
    edit: ExternalEdit,
    result: Result<crate::editor::Edited>,
) -> Result<bool> {
    let edited = result?;
    let text = edited.text;
    if text.trim().is_empty() || text == edit.text {
        cx.say(t!("tui-writer-nothing-changed"));
        return Ok(false);
    }
    if edited.interrupted.is_some() {
        // Stopped by a signal: keep it for next time rather than save half a thought.
        store.keep_draft(drafts::JOURNAL, edit.entry_id.unwrap_or(0), &text)?;
        return Ok(false);
    }
    let e = save_entry(cx, store, edit.entry_id, None, text)?;
    let warning = edited.failed.map(|p| crate::editor::failed_but_kept(&p));
    cx.say(saved(&e, warning));
    Ok(true)
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
