//! The built-in journal editor (a new entry, or one being edited), the hand-over to
//! `$EDITOR`, and saving an entry either way: one write, then the journal shows it.
//!
//! The editor is a form around the text: a title line above it, then the text, soft
//! wrapped at the window's width (`tui::wrap`), then the tags, the mood and the domain,
//! all optional. Tab and Shift-Tab move between them; it opens in the text, one
//! Shift-Tab under the title. `#tags` written in the text are the entry's tags too
//! (`domain::tags`): the tags field holds the others. The text is a `TextArea` (its
//! keys: typing, undo, word steps…), but Up/Down, PgUp/PgDn and Home/End go by the
//! rows on screen, and the editor draws it.

mod draw;

use super::action::Action;
use super::fields::{Choice, Field, Number, Text};
use super::keymap::Mode;
use super::shared::Ctx;
use super::step::{Done, Step};
use super::wrap::{Spot, Wrapped};
use crate::domain::tags::{beside_text, tag_list};
use crate::domain::{JournalDraft, JournalEntry, LifeDomain, RecordKind};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::drafts::{self, Draft};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};
use std::cell::Cell;

/// A request for the event loop to hand the terminal to `$EDITOR`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalEdit {
    pub entry_id: Option<i64>,
    pub text: String,
}

/// Where the keys go: the fields in the order Tab visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    Title,
    Body,
    Tags,
    Mood,
    Domain,
}

const ORDER: [Focus; 5] = [
    Focus::Title,
    Focus::Body,
    Focus::Tags,
    Focus::Mood,
    Focus::Domain,
];

/// What the last drawing left: the first row shown, and the text's width and height.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    top: Spot,
    width: usize,
    height: usize,
}

pub struct Writer {
    area: TextArea<'static>,
    title: Text,
    tags: Text,
    mood: Number,
    domain: Choice<Option<LifeDomain>>,
    focus: Focus,
    /// The entry being edited; `None` for a new one.
    entry: Option<i64>,
    /// What the draft is kept under (the entry edited, 0 for a new one).
    target: i64,
    /// The entry's revision when opened (`None`: save over any change).
    revision: Option<i64>,
    /// Whether the words are in the journal's drafts as they stand.
    kept: bool,
    /// Whether anything was typed since it opened (a kept draft counts).
    changed: bool,
    /// The column Up/Down keep while they move from row to row.
    goal: Option<usize>,
    view: Cell<View>,
    /// Shown dimmed while the text is empty.
    prompt: String,
}

/// The fields as typed, kept beside a draft's text.
#[derive(serde::Serialize, serde::Deserialize, Default)]
struct KeptFields {
    title: String,
    tags: String,
    mood: String,
    domain: Option<String>,
}

impl Writer {
    /// Opens on `entry` (its title, tags and all), or empty with the day's prompt (or a
    /// plain hint) and today's mood; the cursor is in the text.
    pub fn new(entry: Option<&JournalEntry>, cx: &Ctx) -> Writer {
        let area = match entry {
            Some(e) => TextArea::new(e.body.lines().map(String::from).collect()),
            None => TextArea::default(),
        };
        let keys = saves_and_leaves(cx);
        let prompt = if cx.prefs.prompts {
            let prompt = super::prompts::for_day(cx.today);
            t!("tui-writer-prompt", prompt = prompt, keys = keys)
        } else {
            t!("tui-writer-freely", keys = keys)
        };
        let today_mood = cx.data.today_checkin.as_ref().and_then(|c| c.mood);
        let (title, tags, mood, domain) = match entry {
            Some(e) => {
                let title = e.title.as_deref().unwrap_or_default();
                let beside = beside_text(&e.tags, &[title, &e.body]);
                (title.to_string(), beside.join(", "), e.mood, e.domain)
            }
            None => (String::new(), String::new(), today_mood, None),
        };
        let mut domains = vec![(None, "—".to_string())];
        domains.extend(LifeDomain::ALL.iter().map(|d| (Some(*d), d.label())));
        Writer {
            area,
            title: title_field(title),
            tags: tags_field(tags),
            mood: mood_field(mood.map(i64::from)),
            domain: Choice::new(t!("tui-writer-domain"), domains, domain),
            focus: Focus::Body,
            entry: entry.map(|e| e.id),
            target: entry.map_or(0, |e| e.id),
            revision: entry.map(|e| e.revision),
            kept: true,
            changed: false,
            goal: None,
            view: Cell::new(View {
                top: (0, 0),
                width: 76,
                height: 16,
            }),
            prompt,
        }
    }

    /// Opens on a kept draft: the words and fields come back as they were left. `entry`
    /// is the entry it edits, if that still exists (else it is saved as a new one).
    pub fn from_draft(draft: &Draft, entry: Option<&JournalEntry>, cx: &Ctx) -> Writer {
        let mut w = Writer::new(entry, cx);
        w.area = TextArea::new(draft.body.lines().map(String::from).collect());
        w.target = draft.target;
        w.revision = None;
        w.changed = true;
        let kept: Option<KeptFields> = draft
            .fields
            .as_deref()
            .and_then(|f| serde_json::from_str(f).ok());
        if let Some(k) = kept {
            w.title = title_field(k.title);
            w.tags = tags_field(k.tags);
            w.mood = mood_field(k.mood.trim().parse().ok());
            let domain = k.domain.and_then(|d| LifeDomain::parse(&d).ok());
            w.domain = w.domain.clone().with(domain);
        }
        w
    }

    /// The draft this editor's words are kept under.
    pub fn target(&self) -> i64 {
        self.target
    }

    /// Keeps the words in the journal's drafts if they changed since last kept.
    pub fn keep(&mut self, store: &Store) -> Result<()> {
        if self.kept {
            return Ok(());
        }
        if self.is_empty() {
            store.drop_draft(drafts::JOURNAL, self.target)?;
        } else {
            let fields = KeptFields {
                title: self.title.raw().to_string(),
                tags: self.tags.raw().to_string(),
                mood: Field::shown(&self.mood),
                domain: self.domain.get().map(|d| d.as_str().to_string()),
            };
            let fields = serde_json::to_string(&fields).unwrap_or_default();
            store.keep_journal_draft(self.target, &self.body(), &fields)?;
        }
        self.kept = true;
        Ok(())
    }

    /// Whether nothing is written: no text, title or tags.
    pub fn is_empty(&self) -> bool {
        self.body_is_empty() && self.title.get().is_none() && self.tags.get().is_none()
    }

    /// Whether leaving now would lose words.
    pub fn unsaved(&self) -> bool {
        self.changed && !self.is_empty()
    }

    fn body_is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.trim().is_empty())
    }

    fn body(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Something was typed.
    fn touched(&mut self) {
        self.kept = false;
        self.changed = true;
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Step> {
        match action {
            Action::Save => return self.save(cx, store),
            Action::Back if !self.unsaved() => return Ok(Step::Close),
            Action::Back => return Ok(Step::AskDiscard { answers: false }),
            Action::Down => self.move_focus(1),
            Action::Up => self.move_focus(-1),
            Action::PageDown | Action::PageUp if self.focus == Focus::Body => {
                self.page(action == Action::PageDown);
            }
            Action::Key(k) => match self.focus {
                Focus::Body => self.body_key(k),
                _ => self.field_key(k),
            },
            _ => {}
        }
        Ok(Step::Stay)
    }

    fn move_focus(&mut self, by: isize) {
        let i = ORDER.iter().position(|f| *f == self.focus).unwrap_or(1);
        let n = ORDER.len() as isize;
        self.focus = ORDER[(i as isize + by).rem_euclid(n) as usize];
    }

    /// A key in one of the fields around the text: typing, ←→ and the rest of a form's
    /// text keys; ↑↓ move between fields, Enter goes back to the text.
    fn field_key(&mut self, k: KeyEvent) {
        use super::action::TextEdit as E;
        match k.code {
            KeyCode::Enter => self.focus = Focus::Body,
            KeyCode::Up => self.move_focus(-1),
            KeyCode::Down => self.move_focus(1),
            _ => {}
        }
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        let mood = self.focus == Focus::Mood;
        let field: &mut dyn Field = match self.focus {
            Focus::Title => &mut self.title,
            Focus::Tags => &mut self.tags,
            Focus::Mood => &mut self.mood,
            Focus::Domain => &mut self.domain,
            Focus::Body => return,
        };
        let edit = |f: &mut dyn Field, e| f.typed().is_some_and(|t| t.edit(e));
        let changed = match k.code {
            KeyCode::Left if ctrl => edit(field, E::WordLeft),
            KeyCode::Right if ctrl => edit(field, E::WordRight),
            // A number or a choice steps; text moves its cursor.
            KeyCode::Left => field.nudge(false) || edit(field, E::Left),
            KeyCode::Right => field.nudge(true) || edit(field, E::Right),
            KeyCode::Home => edit(field, E::Home),
            KeyCode::End => edit(field, E::End),
            KeyCode::Delete => edit(field, E::Delete),
            KeyCode::Backspace => field.erase(),
            KeyCode::Char(c) if !ctrl && mood => c.is_ascii_digit() && field.type_char(c),
            KeyCode::Char(c) if !ctrl && field.takes_text() => field.type_char(c),
            _ => false,
        };
        if changed {
            self.touched();
        }
    }

    /// A key in the text: Up/Down, Home/End by rows on screen; any other to the text.
    fn body_key(&mut self, k: KeyEvent) {
        let m = k.modifiers;
        let plain = !m.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let ctrl = m == KeyModifiers::CONTROL;
        match k.code {
            KeyCode::Up if plain => self.vertical(-1),
            KeyCode::Down if plain => self.vertical(1),
            KeyCode::Char('p') if ctrl => self.vertical(-1),
            KeyCode::Char('n') if ctrl => self.vertical(1),
            KeyCode::Home if plain => self.row_edge(false),
            KeyCode::End if plain => self.row_edge(true),
            KeyCode::Home if ctrl => self.jump_to((0, 0)),
            KeyCode::End if ctrl => self.jump_to(self.text_end()),
            _ => {
                self.goal = None;
                if self.area.input(k) {
                    self.touched();
                }
            }
        }
    }

    /// The text's cursor: (line, char).
    fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    fn text_end(&self) -> (usize, usize) {
        let lines = self.area.lines();
        let last = lines.len().saturating_sub(1);
        (last, lines.get(last).map_or(0, |l| l.chars().count()))
    }

    fn wrapped(&self) -> Wrapped<'_> {
        Wrapped {
            lines: self.area.lines(),
            width: self.view.get().width,
        }
    }

    /// Up or down `by` rows at the column Up/Down keep; past either end, to the start
    /// or the end of the text.
    fn vertical(&mut self, by: isize) {
        let w = self.wrapped();
        let (spot, col) = w.cursor(self.cursor());
        let goal = self.goal.unwrap_or(col);
        let to = w.step(spot, by);
        let dest = if to != spot {
            w.at(to, goal)
        } else if by < 0 {
            (0, 0)
        } else {
            self.text_end()
        };
        self.jump_to(dest);
        self.goal = Some(goal);
    }

    /// PgUp/PgDn: the text and the cursor move by a screenful less a row.
    fn page(&mut self, down: bool) {
        let v = self.view.get();
        let by = isize::try_from(v.height.saturating_sub(1).max(1)).unwrap_or(1);
        let by = if down { by } else { -by };
        let top = self.wrapped().step(v.top, by);
        self.view.set(View { top, ..v });
        self.vertical(by);
    }

    /// Home/End: the start or end of the row the cursor is on.
    fn row_edge(&mut self, end: bool) {
        let w = self.wrapped();
        let ((l, r), _) = w.cursor(self.cursor());
        let rows = w.rows(l);
        let dest = if end {
            w.at((l, r), usize::MAX)
        } else {
            (l, rows[r].start)
        };
        self.goal = None;
        self.jump_to(dest);
    }

    /// Puts the text's cursor at (line, char).
    fn jump_to(&mut self, (line, col): (usize, usize)) {
        if let (Ok(l), Ok(c)) = (u16::try_from(line), u16::try_from(col)) {
            self.area.move_cursor(CursorMove::Jump(l, c));
            return;
        }
        // Past what a jump can name (65,535): step there.
        let l = u16::try_from(line).unwrap_or(u16::MAX);
        self.area.move_cursor(CursorMove::Jump(l, 0));
        while self.area.cursor().0 < line {
            let before = self.area.cursor();
            self.area.move_cursor(CursorMove::Down);
            if self.area.cursor() == before {
                break;
            }
        }
        self.area.move_cursor(CursorMove::Head);
        for _ in 0..col {
            self.area.move_cursor(CursorMove::Forward);
        }
    }

    fn save(&mut self, cx: &mut Ctx, store: &Store) -> Result<Step> {
        if self.body_is_empty() {
            cx.say(if self.is_empty() {
                t!("tui-writer-nothing-yet")
            } else {
                t!("tui-writer-needs-text")
            });
            self.focus = Focus::Body;
            return Ok(Step::Stay);
        }
        let (mood, tags) = match (self.mood.get(), tag_list(self.tags.raw())) {
            (Err(e), _) => return Ok(self.refuse(cx, &e, Focus::Mood)),
            (_, Err(e)) => return Ok(self.refuse(cx, &e, Focus::Tags)),
            (Ok(m), Ok(t)) => (m, t),
        };
        let written = Written {
            title: self.title.get(),
            body: self.body(),
            tags,
            mood: mood.and_then(|m| u8::try_from(m).ok()),
            domain: self.domain.get(),
        };
        let e = match save_entry(cx, store, self.entry, self.revision, written) {
            Err(e @ Error::Changed { .. }) => {
                self.revision = None;
                let save = cx.keys.key(Mode::Writing, Action::Save);
                cx.say(t!("tui-writer-changed", error = e.to_string(), key = save));
                return Ok(Step::Stay);
            }
            Err(Error::Invalid(e)) => {
                cx.say(e.to_string());
                return Ok(Step::Stay);
            }
            other => other?,
        };
        cx.say(saved(&e, None));
        Ok(Step::Done(Done {
            show_entry: Some(e.id),
            ..Done::default()
        }))
    }

    /// Says why a field's value can't be saved, with the cursor in it.
    fn refuse(&mut self, cx: &mut Ctx, e: &crate::domain::Invalid, at: Focus) -> Step {
        cx.say(e.to_string());
        self.focus = at;
        Step::Stay
    }
}

fn title_field(value: String) -> Text {
    Text::new(t!("tui-writer-title"), value).hint(t!("tui-writer-title-hint"))
}

fn tags_field(value: String) -> Text {
    Text::new(t!("tui-writer-tags"), value).hint(t!("tui-writer-tags-hint"))
}

fn mood_field(value: Option<i64>) -> Number {
    Number::new(t!("tui-writer-mood"), 1, 10, value).hint(t!("tui-writer-mood-hint"))
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

/// An entry as written, besides its moment: the words and the fields.
pub struct Written {
    pub title: Option<String>,
    pub body: String,
    /// The tags given (those in the words join them when it is saved).
    pub tags: Vec<String>,
    pub mood: Option<u8>,
    pub domain: Option<LifeDomain>,
}

impl Written {
    /// The text of `old` replaced by `body`, its fields kept (but the tags its old
    /// words carried, which the new words bring or not).
    fn over(old: &JournalEntry, body: String) -> Written {
        let title = old.title.as_deref().unwrap_or_default();
        Written {
            tags: beside_text(&old.tags, &[title, &old.body]),
            title: old.title.clone(),
            body,
            mood: old.mood,
            domain: old.domain,
        }
    }
}

/// Saves a journal entry, as a new entry (now) or over the one edited (keeping its
/// time, and the entry as it was for undo).
pub fn save_entry(
    cx: &mut Ctx,
    store: &Store,
    id: Option<i64>,
    revision: Option<i64>,
    w: Written,
) -> Result<JournalEntry> {
    let at = match id {
        Some(id) => {
            let old = store.journal_entry(id)?;
            chrono::DateTime::parse_from_rfc3339(&old.at).unwrap_or_else(|_| store.clock().now())
        }
        None => store.clock().now(),
    };
    let draft = JournalDraft {
        at,
        title: w.title,
        body: w.body,
        mood: w.mood,
        domain: w.domain,
        tags: w.tags,
    };
    match id {
        Some(id) => {
            let (before, e) = store.write(|w| {
                w.edit_record(RecordKind::Journal, id, revision, |w| {
                    w.update_journal(id, draft)
                })
            })?;
            cx.remember(before);
            Ok(e)
        }
        None => store.write(|w| w.add_journal(draft)),
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
    let written = match edit.entry_id {
        Some(id) => Written::over(&store.journal_entry(id)?, text),
        None => Written {
            title: None,
            body: text,
            tags: Vec::new(),
            mood: cx.data.today_checkin.as_ref().and_then(|c| c.mood),
            domain: None,
        },
    };
    let e = save_entry(cx, store, edit.entry_id, None, written)?;
    let warning = edited.failed.map(|p| crate::editor::failed_but_kept(&p));
    cx.say(saved(&e, warning));
    Ok(true)
}
