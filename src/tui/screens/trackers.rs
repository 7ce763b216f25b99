//! The Plan screen's Trackers tab: the person's own trackers in the order the check-in
//! asks them (the archived ones after, their answers kept), then the presets not added
//! yet, each added with one key. A tracker is corrected, moved, archived or brought
//! back, and deleted (asking first, naming its answers) in place.

use super::{Handled, form, hints};
use crate::domain::RecordKind;
use crate::domain::trackers::{Tracker, TrackerKind, TrackerPreset};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::TrackerForm;
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel, list_panel_quiet};
use ratatui::Frame;
use ratatui::layout::Rect;

const MODE: Mode = Mode::Screen(Screen::Plan);

/// A row of the tab: a tracker, or a preset not added yet.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Row {
    Tracker(i64),
    Preset(TrackerPreset),
}

/// The tab's cursor.
#[derive(Debug, Default)]
pub struct TrackersTab {
    cursor: Cursor,
}

/// The rows: every tracker (active in order, then archived), then each preset that
/// made none of them.
fn rows(cx: &Ctx) -> Vec<Row> {
    let trackers = &cx.data.trackers;
    let mut out: Vec<Row> = trackers.iter().map(|t| Row::Tracker(t.id)).collect();
    out.extend(
        TrackerPreset::ALL
            .iter()
            .filter(|p| !trackers.iter().any(|t| t.preset == Some(**p)))
            .map(|p| Row::Preset(*p)),
    );
    out
}

/// The rows' ids for the cursor: a tracker's own, a preset's negative.
fn ids(rows: &[Row]) -> Vec<Option<i64>> {
    rows.iter()
        .map(|r| match r {
            Row::Tracker(id) => Some(*id),
            Row::Preset(p) => {
                let at = TrackerPreset::ALL.iter().position(|x| x == p).unwrap_or(0);
                Some(-(at as i64) - 1)
            }
        })
        .collect()
}

impl TrackersTab {
    pub fn follow(&mut self, cx: &Ctx) {
        self.cursor.follow(&ids(&rows(cx)));
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        let all = rows(cx);
        if self.cursor.apply(action, &ids(&all)) {
            return Ok(Some(vec![]));
        }
        let row = all.get(self.cursor.index).copied();
        let tracker = match row {
            Some(Row::Tracker(id)) => cx.data.trackers.iter().find(|t| t.id == id).cloned(),
            _ => None,
        };
        let effects = match (action, row, tracker) {
            (Action::Add | Action::New, _, _) => form(TrackerForm::new(None)),
            (Action::Open, Some(Row::Preset(p)), _) => add_preset(p, cx, store)?,
            (Action::Open | Action::Edit, _, Some(t)) => {
                let rev = store.revision(RecordKind::Tracker, t.id)?;
                form(TrackerForm::new(Some(&t)).at_revision(rev))
            }
            (Action::Delete, _, Some(t)) => ask_delete(RecordKind::Tracker, t.id, store)?,
            (Action::Status, _, Some(t)) => archive(&t, cx, store)?,
            (Action::MoveUp | Action::MoveDown, _, Some(t)) => {
                move_tracker(&t, action == Action::MoveUp, cx, store)?
            }
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let all = rows(cx);
        let trackers = all.iter().filter(|r| matches!(r, Row::Tracker(_))).count();
        let enter = cx.keys.key(MODE, Action::Open);
        let shown: Vec<String> = all
            .iter()
            .map(|r| match r {
                Row::Tracker(id) => cx
                    .data
                    .trackers
                    .iter()
                    .find(|t| t.id == *id)
                    .map_or_else(String::new, row_words),
                Row::Preset(p) => format!("  + {}", p.label()),
            })
            .collect();
        let quiet = (trackers, t!("library-trackers-presets", key = &enter));
        let keys: [(&[Action], String); 5] = [
            (&[Action::Add], t!("library-hint-add-own")),
            (&[Action::Edit], t!("library-hint-correct")),
            (&[Action::MoveUp, Action::MoveDown], t!("plan-hint-move")),
            (&[Action::Status], t!("library-hint-archive")),
            (&[Action::Delete], t!("library-hint-delete")),
        ];
        let title = t!(
            "library-list-title",
            what = t!("library-trackers"),
            hints = hints(cx, MODE, &keys)
        );
        let panel = if trackers == all.len() {
            list_panel(shown, self.cursor.index, area, &cx.theme, &title)
        } else {
            list_panel_quiet(shown, self.cursor.index, area, &cx.theme, &title, quiet)
        };
        f.render_widget(panel, area);
    }
}

/// "Urge to self-harm · a rating 0–5 · safety at 5 · shared", or archived since a day.
fn row_words(t: &Tracker) -> String {
    let mut parts = vec![t.name.clone()];
    parts.push(match t.kind {
        TrackerKind::Rating => {
            let (lo, hi) = t.scale();
            t!("library-tracker-rating", low = lo, high = hi)
        }
        TrackerKind::Number => match t.unit.as_deref() {
            Some(u) => t!("library-tracker-number-unit", unit = u),
            None => t.kind.label(),
        },
        _ => t.kind.label(),
    });
    if let Some(at) = t.safety_at() {
        parts.push(t!("library-tracker-safety", value = t.show(at)));
    }
    if t.shared {
        parts.push(t!("library-tracker-shared"));
    }
    if let Some(day) = t.archived_on {
        let day = crate::catalog::date(day, crate::catalog::DateForm::DayMonShortYear);
        parts.push(t!("library-tracker-archived-on", date = day));
    }
    parts.join(" · ")
}

/// Adds a preset as it comes, last among the trackers.
fn add_preset(p: TrackerPreset, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    let t = store.write(|w| w.add_tracker(p.draft()))?;
    cx.say(t!("library-tracker-added", name = &t.name));
    Ok(vec![Effect::Reload])
}

/// Archives a tracker from today (its answers stay), or brings an archived one back,
/// last; undo puts it as it was.
fn archive(t: &Tracker, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    let on = t.archived_on.is_none().then_some(cx.today);
    let (before, t) = store.write(|w| {
        w.edit_record(RecordKind::Tracker, t.id, None, |w| {
            w.archive_tracker(t.id, on)
        })
    })?;
    cx.remember(before);
    let undo = cx.keys.key(Mode::Screen(Screen::Today), Action::Undo);
    let said = if on.is_some() {
        t!("library-tracker-archived", name = &t.name, key = undo)
    } else {
        t!("library-tracker-back", name = &t.name)
    };
    cx.say(said);
    Ok(vec![Effect::Reload])
}

/// Moves an active tracker one place in the check-in's order.
fn move_tracker(t: &Tracker, up: bool, cx: &Ctx, store: &Store) -> Result<Vec<Effect>> {
    let active: Vec<i64> = cx
        .data
        .trackers
        .iter()
        .filter(|t| t.archived_on.is_none())
        .map(|t| t.id)
        .collect();
    let Some(at) = active.iter().position(|id| *id == t.id) else {
        return Ok(vec![]);
    };
    if up && at == 0 {
        return Ok(vec![]);
    }
    let to = if up { at - 1 } else { at + 1 };
    store.write(|w| w.move_tracker(t.id, to))?;
    Ok(vec![Effect::Reload])
}
