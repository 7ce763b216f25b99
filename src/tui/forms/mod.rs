//! Typed forms: each is a struct of fields (`fields`) that turns itself into one domain
//! value and saves it in one store write. `FormView` moves through any of them, takes
//! keys and draws them; a refusal names the field and keeps what was typed.

mod adopt;
mod checkin_day;
mod commitment;
mod connection;
mod coping;
mod dose;
mod encounter;
pub mod export;
mod goal;
mod goal_mark;
mod growth;
mod import;
mod medication;
mod meeting;
mod path;
mod person;
mod plan_item;
mod tracker;
mod trigger;
mod use_log;
mod welcome;

pub use adopt::AdoptForm;
pub use checkin_day::CheckinDayForm;
pub use commitment::CommitmentForm;
pub use connection::ConnectionForm;
pub use coping::CopingForm;
pub use dose::DoseForm;
pub use encounter::EncounterForm;
pub use export::ExportForm;
pub use goal::GoalForm;
pub use goal_mark::GoalMarkForm;
pub use growth::GrowthForm;
pub use import::ImportForm;
pub use medication::MedicationForm;
pub use meeting::MeetingForm;
pub use path::PathForm;
pub use person::PersonForm;
pub use plan_item::PlanItemForm;
pub use tracker::TrackerForm;
pub use trigger::TriggerForm;
pub use use_log::UseForm;
pub use welcome::WelcomeForm;

use super::action::{Action, TextEdit};
use super::fields::Field;
use super::keymap::{Hint, Keymap, Mode};
use super::shared::Ctx;
use super::step::{Done, Step};

use crate::error::{Error, Result};
use crate::store::Store;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The roles a person can have, as they are typed (the stored names, the same in
/// every language, as `tend person add --role` takes them).
pub(super) const ROLES: &str = "sponsor, sponsee, peer, counselor, family, friend, faith, other";

/// Says `message` on the status line; the form closes and nothing else follows.
pub fn done_saying(cx: &mut Ctx, message: impl Into<String>) -> Done {
    cx.say(message);
    Done::default()
}

/// A form as the TUI sees it.
pub trait TypedForm {
    fn title(&self) -> String;
    /// A line above the fields; `keys` names the keys in effect.
    fn intro(&self, _keys: &Keymap) -> Option<String> {
        None
    }
    fn fields(&self) -> Vec<&dyn Field>;
    fn fields_mut(&mut self) -> Vec<&mut dyn Field>;
    /// Turns the fields into one domain value and writes it; says what it did.
    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done>;
    /// After a field changed (the export form re-renders its preview).
    fn changed(&mut self, _cx: &Ctx, _store: &Store) {}
    /// PgUp/PgDn, for forms with something to scroll.
    fn scroll(&mut self, _down: bool) {}
    /// What saving would write, shown beside the form (the export form's summary).
    fn preview(&self) -> Option<&str> {
        None
    }
    /// After a save found the record changed elsewhere, or the file to write already
    /// there: the next save goes over it.
    fn overwrite(&mut self) {}
    /// What leaving it untouched says, if anything.
    fn skipped(&self) -> Option<String> {
        None
    }
    /// A line under the fields (where the export form saves).
    fn note(&self) -> Option<String> {
        None
    }
    /// Whether leaving it after a change loses words, and so asks first (the export
    /// form holds only choices: it closes at once).
    fn keeps_words(&self) -> bool {
        true
    }
    /// Draws the form; most use the plain field list.
    fn render(&self, view: &FormView, cx: &Ctx, f: &mut Frame, area: Rect) {
        view.render_fields(cx, f, area);
    }
}

/// A form being filled in: which field has focus, whether anything changed, and why
/// the last save was refused.
pub struct FormView {
    pub form: Box<dyn TypedForm>,
    pub focus: usize,
    pub dirty: bool,
    pub error: Option<String>,
}

impl FormView {
    pub fn new(form: impl TypedForm + 'static) -> FormView {
        FormView {
            form: Box::new(form),
            focus: 0,
            dirty: false,
            error: None,
        }
    }

    /// Whether closing it now would lose what the person typed.
    pub fn unsaved(&self) -> bool {
        self.dirty && self.form.keeps_words()
    }

    /// The keymap mode: letters type into a text field and are keys elsewhere.
    pub fn mode(&self) -> Mode {
        let typing = self
            .form
            .fields()
            .get(self.focus)
            .is_some_and(|f| f.takes_text());
        Mode::Form { typing }
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Step {
        let n = self.form.fields().len();
        let changed = match action {
            Action::Down => {
                self.focus = (self.focus + 1) % n;
                false
            }
            Action::Up => {
                self.focus = (self.focus + n - 1) % n;
                false
            }
            // ←→ step a choice or a number, and move the cursor in text.
            Action::Left | Action::Right => self.with_focus(|f| {
                let up = action == Action::Right;
                let edit = if up { TextEdit::Right } else { TextEdit::Left };
                f.nudge(up) || f.typed().is_some_and(|t| t.edit(edit))
            }),
            Action::Text(edit) => self.with_focus(|f| f.typed().is_some_and(|t| t.edit(edit))),
            Action::Type(c) => self.with_focus(|f| f.type_char(c)),
            Action::Toggle => self.with_focus(|f| f.toggle()),
            Action::Erase => self.with_focus(|f| f.erase()),
            Action::PageDown | Action::PageUp => {
                self.form.scroll(action == Action::PageDown);
                false
            }
            Action::Save => return self.save(cx, store),
            // `?` on a choice or a mark, F1 anywhere (in a text field `?` types).
            Action::Help => return Step::Help(self.mode()),
            Action::Back if self.unsaved() => return Step::AskDiscard { answers: false },
            Action::Back => {
                if let Some(s) = self.form.skipped() {
                    cx.say(s);
                }
                return Step::Close;
            }
            _ => false,
        };
        if changed {
            self.dirty = true;
            self.error = None;
            self.form.changed(cx, store);
        }
        Step::Stay
    }

    fn with_focus(&mut self, f: impl FnOnce(&mut dyn Field) -> bool) -> bool {
        let focus = self.focus;
        self.form.fields_mut().into_iter().nth(focus).is_some_and(f)
    }

    fn save(&mut self, cx: &mut Ctx, store: &Store) -> Step {
        let missing = self
            .form
            .fields()
            .iter()
            .find(|f| f.required() && f.shown().trim().is_empty())
            .map(|f| t!("form-needs-words", field = f.label()));
        let result = match missing {
            Some(m) => Err(Error::Message(m)),
            None => self.form.submit(cx, store),
        };
        match result {
            Ok(done) => Step::Done(done),
            Err(e @ Error::Changed { .. }) => {
                self.form.overwrite();
                let mode = Mode::Form { typing: true };
                let (save, leave) = (
                    cx.keys.key(mode, Action::Save),
                    cx.keys.key(mode, Action::Back),
                );
                self.error = Some(t!(
                    "form-changed-elsewhere",
                    error = e.to_string(),
                    save = save,
                    leave = leave
                ));
                Step::Stay
            }
            Err(Error::Exists { path, .. }) => {
                self.form.overwrite();
                let save = cx.keys.key(Mode::Form { typing: true }, Action::Save);
                let shown = std::fs::canonicalize(&path).unwrap_or(path);
                self.error = Some(t!(
                    "form-file-exists",
                    path = shown.display().to_string(),
                    save = save
                ));
                Step::Stay
            }
            Err(e) => {
                self.error = Some(e.to_string());
                Step::Stay
            }
        }
    }

    /// The plain form: intro, one line per field (the focused one marked), the refusal.
    pub fn render_fields(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let t = &cx.theme;
        let mut lines = Vec::new();
        let fields = self.form.fields();
        // In a pane too short for everything, the fields come first: the intro goes, and
        // the list scrolls to keep the focused field in sight.
        let (rows, cols) = (
            usize::from(area.height.saturating_sub(2)),
            usize::from(area.width.saturating_sub(2)).max(1),
        );
        let intro = self.form.intro(&cx.keys).filter(|i| {
            let wrapped = crate::domain::width(i).div_ceil(cols) + 1;
            wrapped + 1 + fields.len() <= rows
        });
        if let Some(intro) = intro {
            lines.push(Line::styled(intro, t.calm()));
            lines.push(Line::from(""));
        }
        let scroll = if lines.is_empty() {
            (self.focus + 1).saturating_sub(rows)
        } else {
            0
        };
        let width = fields
            .iter()
            .map(|x| crate::domain::width(x.label()))
            .max()
            .unwrap_or(10)
            + 2;
        for (i, field) in fields.iter().enumerate() {
            let focused = i == self.focus;
            let value = field.shown();
            let at = field.cursor_at().filter(|_| focused).unwrap_or(value.len());
            let (before, after) = value.split_at(at);
            let shown = if value.is_empty() && !field.hint().is_empty() {
                Span::styled(field.hint(), t.dim())
            } else {
                Span::raw(before.to_string())
            };
            let cursor = if focused && field.takes_text() {
                "▏"
            } else {
                ""
            };
            let req = if field.required() { "*" } else { " " };
            let mark = if focused { "› " } else { "  " };
            let label = format!("{mark}{:<width$}{req}", field.label());
            let label_style = if focused { t.selected() } else { Style::new() };
            lines.push(Line::from(vec![
                Span::styled(label, label_style),
                Span::raw(" "),
                shown,
                Span::raw(cursor),
                Span::raw(after.to_string()),
            ]));
            if let Some(note) = field.note() {
                // Under the label, not the value, so one line holds it at 80 columns; a
                // longer one goes on at the same indent.
                let rows = crate::tui::widgets::wrap_hanging(&format!("    {note}"), cols, 4);
                lines.extend(rows.into_iter().map(|r| Line::styled(r, t.dim())));
            }
        }
        if let Some(note) = self.form.note() {
            lines.push(Line::styled(note, t.dim()));
        }
        lines.push(Line::from(""));
        if let Some(e) = &self.error {
            lines.push(Line::styled(format!("⚠ {e}"), t.accent()));
        }
        let mode = Mode::Form { typing: true };
        let hint = cx.keys.hints(
            mode,
            &[
                Hint::Keys(&[Action::Down, Action::Up], &t!("form-hint-moves")),
                Hint::Keys(&[Action::Left, Action::Right], &t!("form-hint-chooses")),
                Hint::Keys(&[Action::Save], &t!("form-hint-saves")),
                Hint::Keys(&[Action::Back], &t!("form-hint-leaves")),
                Hint::Text(&t!("form-hint-needed")),
            ],
        );
        lines.push(Line::styled(hint, t.dim()));
        let form = crate::tui::widgets::para_in(lines, &self.form.title(), area, scroll);
        f.render_widget(form, area);
    }
}
