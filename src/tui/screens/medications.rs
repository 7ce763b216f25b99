//! The Plan screen's Medications tab: each medication with its dose and schedule, and
//! under it its latest doses, to correct (`e`) or delete (`d`, asking first); beside
//! the list, the selected one's prescriber, dates, adherence over 7, 30 and 90 days in
//! words, its changes of dose or schedule, a refill date and the note. Add (`a`), log
//! a dose (`t`). It says that tend records what the person says, never a dose to take.

use super::{Handled, form, hints};
use crate::catalog::{DateForm, date};
use crate::domain::RecordKind;
use crate::domain::medication::{Dose, Medication};
use crate::error::Result;
use crate::store::{MedFigures, Store};
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{DoseForm, MedicationForm};
use crate::tui::keymap::Mode;
use crate::tui::overlay::ask_delete;
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel, para_in, wrapped_rows};
use chrono::Duration;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

const MODE: Mode = Mode::Screen(Screen::Plan);

/// How many of a medication's latest doses the tab lists under it.
const RECENT_DOSES: usize = 3;

#[derive(Debug, Default)]
pub struct MedicationsTab {
    cursor: Cursor,
    /// Each medication's latest doses (of the last 90 days), newest first.
    doses: Vec<Dose>,
    /// Each medication's figures as of now.
    figures: Vec<(i64, MedFigures)>,
}

impl MedicationsTab {
    /// A medication's row has its id, a dose's its id negated: one cursor moves over both.
    fn ids(&self, cx: &Ctx) -> Vec<Option<i64>> {
        cx.data
            .medications
            .iter()
            .flat_map(|m| {
                let doses = self.doses.iter().filter(move |d| d.medication_id == m.id);
                std::iter::once(Some(m.id)).chain(doses.map(|d| Some(-d.id)))
            })
            .collect()
    }

    /// Reads each medication's latest doses and figures, and keeps the cursor on its row.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.doses.clear();
        self.figures.clear();
        let since = cx.today - Duration::days(89);
        for m in &cx.data.medications {
            let recent = store.doses(Some(m.id), since, cx.today)?;
            self.doses.extend(recent.into_iter().take(RECENT_DOSES));
            self.figures.push((m.id, store.med_figures(m)?));
        }
        self.cursor.follow(&self.ids(cx));
        Ok(())
    }

    /// The medication under the cursor (a dose's row: its medication).
    fn selected<'a>(&self, cx: &'a Ctx) -> Option<&'a Medication> {
        let id = self.ids(cx).get(self.cursor.index).copied().flatten()?;
        let id = if id > 0 {
            id
        } else {
            self.doses.iter().find(|d| d.id == -id)?.medication_id
        };
        cx.data.medications.iter().find(|m| m.id == id)
    }

    pub fn handle(&mut self, action: Action, cx: &Ctx, store: &Store) -> Result<Handled> {
        let ids = self.ids(cx);
        if self.cursor.apply(action, &ids) {
            return Ok(Some(vec![]));
        }
        let id = ids.get(self.cursor.index).copied().flatten();
        let now = store.clock().now().format("%Y-%m-%d %H:%M").to_string();
        let effects = match (action, id) {
            (Action::Add | Action::New, _) => form(MedicationForm::new(cx, None)),
            (Action::LogDose, Some(_)) => match self.selected(cx) {
                Some(m) => form(DoseForm::new(cx, m, &now)),
                None => return Ok(None),
            },
            (Action::Edit | Action::Open, Some(id)) if id < 0 => {
                let d = store.dose(-id)?;
                let rev = store.revision(RecordKind::Dose, -id)?;
                match self.selected(cx) {
                    Some(m) => form(DoseForm::edit(cx, m, &d).at_revision(rev)),
                    None => return Ok(None),
                }
            }
            (Action::Delete, Some(id)) if id < 0 => ask_delete(RecordKind::Dose, -id, store)?,
            (Action::Edit | Action::Open, Some(id)) => match self.selected(cx) {
                Some(m) => {
                    let rev = store.revision(RecordKind::Medication, id)?;
                    form(MedicationForm::new(cx, Some(m)).at_revision(rev))
                }
                None => return Ok(None),
            },
            (Action::Delete, Some(id)) => ask_delete(RecordKind::Medication, id, store)?,
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let keys: [(&[Action], String); 4] = [
            (&[Action::Add], t!("library-hint-add")),
            (&[Action::Edit], t!("library-hint-correct")),
            (&[Action::Delete], t!("library-hint-delete")),
            (&[Action::LogDose], t!("meds-hint-log-dose")),
        ];
        let title = t!(
            "library-list-title",
            what = t!("meds-title"),
            hints = hints(cx, MODE, &keys)
        );
        let records = Line::styled(t!("meds-records-only"), cx.theme.dim());
        let Some(m) = self.selected(cx) else {
            let add = cx.keys.key(MODE, Action::Add);
            let empty = Line::styled(t!("library-empty", key = add), cx.theme.dim());
            let lines = vec![empty, Line::from(""), records];
            return f.render_widget(para_in(lines, &title, area, 0), area);
        };
        let mut lines = self.details(cx, m);
        lines.push(records);
        let wide = area.width >= 100;
        let [list, about] = if wide {
            Layout::horizontal([Constraint::Percentage(55), Constraint::Min(30)]).areas(area)
        } else {
            let need = wrapped_rows(&lines, area.width.saturating_sub(2));
            let rows = u16::try_from(need + 2).unwrap_or(u16::MAX);
            let rows = rows.min(area.height.saturating_sub(5));
            Layout::vertical([Constraint::Min(5), Constraint::Length(rows)]).areas(area)
        };
        let rows = self.rows(cx);
        let panel = list_panel(rows, self.cursor.index, list, &cx.theme, &title);
        f.render_widget(panel, list);
        f.render_widget(para_in(lines, &m.name, about, 0), about);
    }

    /// Each medication with its dose and schedule now, then its latest doses under it:
    /// "taken late · Sat 14 Nov 11:30".
    fn rows(&self, cx: &Ctx) -> Vec<String> {
        let mut rows = Vec::new();
        for m in &cx.data.medications {
            let now = m.schedule_on(cx.today).or(m.current());
            rows.push(match now {
                Some(s) => t!("meds-row", name = &m.name, schedule = s.words()),
                None => m.name.clone(),
            });
            for d in self.doses.iter().filter(|d| d.medication_id == m.id) {
                rows.push(format!("    {}", dose_line(d)));
            }
        }
        rows
    }

    /// What the tab says of the selected medication, beside the list.
    fn details(&self, cx: &Ctx, m: &Medication) -> Vec<Line<'static>> {
        let t = &cx.theme;
        let since = date(m.start_date, DateForm::DayMonShortYear);
        let mut about = vec![match m.end_date {
            Some(end) => t!(
                "meds-from-to",
                from = since,
                to = date(end, DateForm::DayMonShortYear)
            ),
            None => t!("meds-since", from = since),
        }];
        if let Some(form) = m.form {
            about.push(form.label());
        }
        if m.addiction {
            about.push(t!("meds-addiction"));
        }
        if let Some(p) = m
            .prescriber_id
            .and_then(|id| cx.data.people.iter().find(|p| p.id == id))
        {
            about.push(t!("meds-prescribed-by", name = &p.name));
        }
        let mut lines = vec![Line::from(about.join(" · "))];
        if let Some((_, fig)) = self.figures.iter().find(|(id, _)| *id == m.id) {
            lines.extend(figures(fig, m).into_iter().map(Line::from));
        }
        if let Some((before, after)) = m.changes().last() {
            let words = t!(
                "meds-changed",
                date = date(after.from_date, DateForm::DayMonShort),
                before = before.words(),
                after = after.words()
            );
            lines.push(Line::from(words));
        }
        if let Some(day) = m.refill_date {
            let words = t!("meds-refill", date = date(day, DateForm::WeekdayDayMonth));
            lines.push(Line::styled(words, t.calm()));
        }
        if let Some(note) = &m.note {
            lines.push(Line::from(format!("“{note}”")));
        }
        lines
    }
}

/// Adherence in words (or, taken as needed, how often and why), and the latest run of
/// doses not taken.
fn figures(fig: &MedFigures, m: &Medication) -> Vec<String> {
    let mut lines = Vec::new();
    if !fig.adherence.is_empty() {
        let windows: Vec<String> = fig
            .adherence
            .iter()
            .map(|a| {
                t!(
                    "meds-adherence-window",
                    days = a.window_days,
                    taken = a.taken,
                    scheduled = a.scheduled
                )
            })
            .collect();
        lines.push(t!("meds-adherence", windows = windows.join(" · ")));
    }
    if !fig.as_needed.is_empty() {
        let windows: Vec<String> = fig
            .as_needed
            .iter()
            .map(|a| {
                t!(
                    "meds-as-needed-window",
                    days = a.window_days,
                    count = a.doses
                )
            })
            .collect();
        lines.push(t!("meds-as-needed", windows = windows.join(" · ")));
    }
    if !fig.adherence.is_empty() && fig.counting_from > m.start_date {
        let from = date(fig.counting_from, DateForm::DayMonShort);
        lines.push(t!("meds-counting-from", date = from));
    }
    if let Some(run) = fig.missed_runs.last() {
        lines.push(t!(
            "meds-missed-run",
            count = run.doses,
            first = date(run.first, DateForm::DayMonShort),
            last = date(run.last, DateForm::DayMonShort)
        ));
    }
    lines
}

/// "taken late · Sat 14 Nov 11:30 · ran out".
pub fn dose_line(d: &Dose) -> String {
    let day = date(d.date, DateForm::WeekdayShort);
    let mut parts = vec![
        d.status.label(),
        format!("{day} {}", d.at.get(11..16).unwrap_or_default()),
    ];
    parts.extend(d.reason.clone());
    parts.join(" · ")
}
