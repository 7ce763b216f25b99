//! The check-in form: sliders for mood, craving and the five domains, HALT marks,
//! sleep, four short texts, and "I had a setback today". Its keys, its save and its
//! drawing. The setback mark is the day's growth entry itself: ticking it saves one
//! (asking which commitment when there are several) with the check-in, in one write,
//! and then offers to write about it; unticking it asks before deleting it. The
//! person's own trackers follow the built-in fields (`trackers`).

mod trackers;

pub use trackers::{Answer, Place, answers_on};

use super::action::{Action, TextEdit};
use super::fields::Typed;
use super::keymap::{Mode, Row};
use super::shared::Ctx;
use super::step::{Done, Doomed, Step};
use super::theme::Theme;
use super::widgets::para;
use crate::catalog::{DateForm, date};
use crate::domain::{Checkin, CheckinPatch, RecordKind, Setback, SetbackDraft};
use crate::error::Result;
use crate::store::Store;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A tracker's answer to write with the check-in: the tracker, its answer (`None`
/// clears it) and whether the person acted on it.
type Given = (i64, Option<f64>, Option<bool>);

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckinForm {
    /// Mood, craving, then the five domains.
    pub sliders: [Option<u8>; 7],
    pub halt: [bool; 4],
    pub sleep: Option<f64>,
    /// Intention, reflection, gratitude, note.
    pub texts: [Typed; 4],
    /// Whether the day has a setback (a growth entry of a kind that ends a run). Not a
    /// check-in field: saving it ticked writes that day's growth entry.
    pub setback: bool,
    /// Asking which commitment a newly ticked setback belongs to (one key each).
    pub choosing: bool,
    pub focus: usize,
    pub dirty: bool,
    /// The check-in as it was when the form opened: saving writes only what differs,
    /// so a note or mark added meanwhile elsewhere (a command) is kept.
    pub base: Option<Box<CheckinForm>>,
    /// The day of an earlier check-in being corrected; `None` is today.
    pub day: Option<NaiveDate>,
    /// The last key was a digit on sleep or a rating: the next one joins it ("1",
    /// "0": 10 hours).
    pub typed_hours: bool,
    /// The person's own trackers, after the built-in fields, in their order.
    pub trackers: Vec<Answer>,
    /// Why the last save was refused (an answer a tracker can't take), naming it.
    pub error: Option<String>,
}

/// The sliders' names: mood, craving, then the five domains.
pub fn slider_labels() -> [String; 7] {
    [
        t!("tui-checkin-mood"),
        t!("tui-checkin-craving"),
        t!("tui-checkin-physical"),
        t!("tui-checkin-mental"),
        t!("tui-checkin-emotional"),
        t!("tui-checkin-social"),
        t!("tui-checkin-spiritual"),
    ]
}

/// The HALT marks' names.
pub fn halt_labels() -> [String; 4] {
    [
        t!("tui-checkin-hungry"),
        t!("tui-checkin-angry"),
        t!("tui-checkin-lonely"),
        t!("tui-checkin-tired"),
    ]
}

/// The short texts' names.
pub fn text_labels() -> [String; 4] {
    [
        t!("tui-checkin-intention"),
        t!("tui-checkin-reflection"),
        t!("tui-checkin-gratitude"),
        t!("tui-checkin-note"),
    ]
}

/// Field order: 7 sliders, 4 HALT marks, sleep, 4 texts, the setback mark.
pub const FIELDS: usize = 7 + 4 + 1 + 4 + 1;
pub const SETBACK_FIELD: usize = FIELDS - 1;
/// The first HALT mark (Hungry), and sleep.
const HALT: usize = 7;
const SLEEP: usize = 11;

impl CheckinForm {
    /// The form over a day's check-in (if any); `setback`: whether the day has one.
    pub fn from_checkin(c: Option<&Checkin>, setback: bool) -> CheckinForm {
        let Some(c) = c else {
            let form = CheckinForm {
                setback,
                ..CheckinForm::default()
            };
            return CheckinForm {
                base: Some(Box::new(form.clone())),
                ..form
            };
        };
        let text = |t: &Option<String>| Typed::new(t.clone().unwrap_or_default());
        let form = CheckinForm {
            sliders: [
                c.mood,
                c.craving,
                c.physical,
                c.mental,
                c.emotional,
                c.social,
                c.spiritual,
            ],
            halt: [c.hungry, c.angry, c.lonely, c.tired],
            sleep: c.sleep_hours,
            texts: [
                text(&c.intention),
                text(&c.reflection),
                text(&c.gratitude),
                text(&c.note),
            ],
            setback,
            ..CheckinForm::default()
        };
        CheckinForm {
            base: Some(Box::new(form.clone())),
            ..form
        }
    }

    /// The form for any lived day: its check-in when it has one, else empty, saved as
    /// that day.
    pub fn for_day(
        day: NaiveDate,
        c: Option<&Checkin>,
        today: NaiveDate,
        setback: bool,
    ) -> CheckinForm {
        CheckinForm {
            day: (day != today).then_some(day),
            ..CheckinForm::from_checkin(c, setback)
        }
    }

    /// The same form asking the person's trackers too, with the day's answers.
    pub fn with_answers(mut self, answers: Vec<Answer>) -> CheckinForm {
        if let Some(b) = self.base.as_mut() {
            b.trackers.clone_from(&answers);
        }
        self.trackers = answers;
        self
    }

    /// Every row: the built-in fields, then the trackers' rows.
    fn total(&self) -> usize {
        FIELDS + trackers::places(&self.trackers).len()
    }

    /// The tracker's row that has focus, if one has.
    fn place(&self) -> Option<Place> {
        let i = self.focus.checked_sub(FIELDS)?;
        trackers::places(&self.trackers).get(i).copied()
    }

    /// The answer with focus, and which of its rows.
    fn answer(&mut self) -> Option<(&mut Answer, Place)> {
        let place = self.place()?;
        let (Place::Answer(i) | Place::Acted(i)) = place;
        self.trackers.get_mut(i).map(|a| (a, place))
    }

    /// Whether the day had a setback when the form opened.
    fn had_setback(&self) -> bool {
        self.base.as_ref().is_some_and(|b| b.setback)
    }

    /// The kind of row that has focus.
    pub fn row(&self) -> Row {
        if let Some(p) = self.place() {
            let (Place::Answer(i) | Place::Acted(i)) = p;
            return self.trackers[i].row(p);
        }
        match self.focus {
            0..=6 => Row::Slider,
            HALT..=10 => Row::Marks,
            SLEEP => Row::Sleep,
            SETBACK_FIELD => Row::Setback,
            _ => Row::Text,
        }
    }

    /// The next row down (the HALT marks are one row: it starts at Hungry).
    pub fn next(&mut self) {
        self.focus = match self.focus {
            HALT..=10 => SLEEP,
            f => (f + 1) % self.total(),
        };
    }

    /// The row above.
    pub fn prev(&mut self) {
        self.focus = match self.focus {
            HALT..=10 => HALT - 1,
            SLEEP => HALT,
            f => (f + self.total() - 1) % self.total(),
        };
    }

    /// ←/→: a slider moves by one (a first touch starts mid-scale, craving at 0); on
    /// the HALT row, the mark beside takes focus; sleep moves by half an hour; in a
    /// text, the cursor moves. On the setback mark they do nothing.
    pub fn nudge(&mut self, up: bool) {
        if let Some((a, place)) = self.answer() {
            if a.nudge(place, up) {
                self.dirty = true;
            }
            return;
        }
        match self.focus {
            i @ 0..=6 => {
                let (lo, start) = if i == 1 { (0, 0) } else { (1, 5) };
                self.sliders[i] = Some(match self.sliders[i] {
                    None => start,
                    Some(v) if up => (v + 1).min(10),
                    Some(v) => v.saturating_sub(1).max(lo),
                });
            }
            HALT..=10 => {
                self.focus = if up {
                    (self.focus + 1).min(10)
                } else {
                    (self.focus - 1).max(HALT)
                };
                return;
            }
            SETBACK_FIELD => return,
            SLEEP => {
                self.sleep = Some(match self.sleep {
                    None => 7.0,
                    Some(v) if up => (v + 0.5).min(24.0),
                    Some(v) => (v - 0.5).max(0.0),
                });
            }
            _ => {
                // In a text, ←→ move the cursor.
                if let Some(t) = self.text_focus() {
                    let e = if up { TextEdit::Right } else { TextEdit::Left };
                    self.texts[t].edit(e);
                }
                return;
            }
        }
        self.dirty = true;
    }

    /// Home, End, word steps and Delete in the focused text.
    pub fn edit(&mut self, e: TextEdit) {
        if let Some(t) = self.typed()
            && t.edit(e)
        {
            self.dirty = true;
        }
    }

    /// The text with focus: a built-in one, or a tracker's number or time.
    fn typed(&mut self) -> Option<&mut Typed> {
        if let Some(t) = self.text_focus() {
            return Some(&mut self.texts[t]);
        }
        self.answer()
            .filter(|(_, p)| matches!(p, Place::Answer(_)))
            .and_then(|(a, _)| a.text())
    }

    pub fn toggle(&mut self) {
        if let Some((a, place)) = self.answer() {
            if a.toggle(place) {
                self.dirty = true;
            }
            return;
        }
        match self.focus {
            i @ 7..=10 => self.halt[i - 7] = !self.halt[i - 7],
            SETBACK_FIELD => self.setback = !self.setback,
            _ => return,
        }
        self.dirty = true;
    }

    /// A digit on a slider sets it directly (0 means 10, except for craving); on
    /// sleep it sets the hours, and a second digit right after joins the first (1
    /// then 0 is 10 hours) while that stays within a day.
    pub fn digit(&mut self, d: u8) {
        let joining = std::mem::take(&mut self.typed_hours);
        if let Some((a, Place::Answer(_))) = self.answer() {
            if a.digit(d, joining) {
                self.typed_hours = true;
                self.dirty = true;
            }
            return;
        }
        match self.focus {
            i @ 0..=6 => {
                let v = if d == 0 && i != 1 { 10 } else { d };
                if i == 1 || v >= 1 {
                    self.sliders[i] = Some(v);
                    self.dirty = true;
                }
            }
            SLEEP => {
                let d = f64::from(d);
                let joined = self
                    .sleep
                    .filter(|_| joining)
                    .map(|h| h * 10.0 + d)
                    .filter(|h| *h <= 24.0);
                self.sleep = Some(joined.unwrap_or(d));
                self.typed_hours = true;
                self.dirty = true;
            }
            _ => {}
        }
    }

    pub fn mode(&self) -> Mode {
        // While asking which commitment, a digit answers, whichever field had focus.
        let row = if self.choosing {
            Row::Which
        } else {
            self.row()
        };
        Mode::Checkin { row }
    }

    /// Writes the check-in (keeping one that was there as it was, for undo), the
    /// trackers' answers the person changed and, for a newly ticked setback, that day's
    /// growth entry, in one write.
    fn save(
        &self,
        cx: &mut Ctx,
        store: &Store,
        setback: Option<Option<i64>>,
        answers: &[Given],
    ) -> Result<(Checkin, Option<Setback>)> {
        let day = self.day.unwrap_or(cx.today);
        let patch = self.patch();
        let growth = |w: &crate::store::Tx| -> Result<Option<Setback>> {
            for (id, value, acted) in answers {
                w.set_tracker_value(*id, day, *value, *acted)?;
            }
            setback
                .map(|commitment_id| w.add_setback(SetbackDraft::ticked(day, commitment_id)))
                .transpose()
        };
        let (before, c, s) = match store.checkin_on(day)? {
            Some(old) => {
                let (b, (c, s)) = store.write(|w| {
                    w.edit_record(RecordKind::Checkin, old.id, None, |w| {
                        Ok((w.upsert_checkin(day, &patch)?, growth(w)?))
                    })
                })?;
                (Some(b), c, s)
            }
            None => {
                let (c, s) = store.write(|w| Ok((w.upsert_checkin(day, &patch)?, growth(w)?)))?;
                (None, c, s)
            }
        };
        if let Some(b) = before {
            cx.remember(b);
        }
        Ok((c, s))
    }

    /// Saves, first asking which commitment a newly ticked setback belongs to when there
    /// are several (`chosen`: the answer); then offers to write about a new setback, or
    /// asks before deleting the day's setback if the mark was taken off.
    fn submit(&mut self, chosen: Option<i64>, cx: &mut Ctx, store: &Store) -> Result<Step> {
        let answers = match self.changed_answers() {
            Ok(a) => a,
            Err((at, refusal)) => {
                self.focus = at;
                self.error = Some(refusal.to_string());
                return Ok(Step::Stay);
            }
        };
        let ticked = self.setback && !self.had_setback();
        let commitment = match (ticked, cx.data.commitments.as_slice(), chosen) {
            (false, _, _) => None,
            (true, _, Some(id)) => Some(Some(id)),
            (true, [], None) => Some(None),
            (true, [one], None) => Some(Some(one.id)),
            (true, _, None) => {
                self.choosing = true;
                return Ok(Step::Stay);
            }
        };
        self.choosing = false;
        let day = self.day.unwrap_or(cx.today);
        let untick = (!self.setback && self.had_setback())
            .then(|| cx.data.setback_on(day).map(|s| s.id))
            .flatten();
        let (c, setback) = self.save(cx, store, commitment, &answers)?;
        let crisis = self
            .safety_answer(&answers)
            .map(|(name, value)| t!("tui-crisis-tracker", tracker = name, value = value));
        let ask_delete = match untick {
            Some(id) => Some(Doomed::of(RecordKind::Growth, id, store)?),
            None => None,
        };
        let message = if self.day.is_some() {
            t!("tui-checkin-saved-day", date = day_name(c.date, cx.today))
        } else if c.craving.is_some_and(|v| v >= 7) {
            let key = cx
                .keys
                .key(Mode::Screen(super::action::Screen::Today), Action::Crisis);
            t!("tui-checkin-saved-craving", key = key)
        } else {
            t!("tui-checkin-saved")
        };
        cx.say(message);
        Ok(Step::Done(Done {
            offer_growth: setback.map(|s| s.id),
            ask_delete,
            crisis,
            ..Done::default()
        }))
    }

    /// The trackers' answers that differ from the form's opening, as (tracker, answer,
    /// acted on); a refusal names the tracker, with the row to put focus on.
    fn changed_answers(&self) -> std::result::Result<Vec<Given>, (usize, crate::domain::Invalid)> {
        let was = self
            .base
            .as_ref()
            .map_or(&[][..], |b| b.trackers.as_slice());
        let places = trackers::places(&self.trackers);
        let mut out = Vec::new();
        for (i, a) in self.trackers.iter().enumerate() {
            let at = places
                .iter()
                .position(|p| *p == Place::Answer(i))
                .unwrap_or(0);
            let value = a.read().map_err(|e| (FIELDS + at, e))?;
            let before = was.iter().find(|b| b.tracker.id == a.tracker.id);
            let old = before.and_then(|b| b.read().ok().flatten());
            if before.is_none() || old != value || before.is_some_and(|b| b.acted_on != a.acted_on)
            {
                out.push((a.tracker.id, value, a.acted_on));
            }
        }
        Ok(out)
    }

    /// The first answer just given at or above its safety tracker's threshold: the
    /// tracker's name and the answer as the person reads it.
    fn safety_answer(&self, answers: &[Given]) -> Option<(String, String)> {
        answers.iter().find_map(|(id, value, _)| {
            let t = &self.trackers.iter().find(|a| a.tracker.id == *id)?.tracker;
            let v = (*value)?;
            t.is_safety_answer(v).then(|| (t.name.clone(), t.show(v)))
        })
    }

    /// While asking which commitment: a digit picks one, Esc goes back to the form.
    fn choose(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Step> {
        match action {
            Action::Digit(d) => {
                let picked = (d as usize)
                    .checked_sub(1)
                    .and_then(|i| cx.data.commitments.get(i))
                    .map(|c| c.id);
                if let Some(id) = picked {
                    return self.submit(Some(id), cx, store);
                }
            }
            Action::Back => self.choosing = false,
            Action::Help => return Ok(Step::Help(self.mode())),
            _ => {}
        }
        Ok(Step::Stay)
    }

    /// One key; saving writes one check-in for its day.
    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Step> {
        if self.choosing {
            return self.choose(action, cx, store);
        }
        if !matches!(action, Action::Digit(_) | Action::Tick) {
            self.typed_hours = false;
        }
        if !matches!(action, Action::Tick | Action::Help) {
            self.error = None;
        }
        match action {
            Action::Down => self.next(),
            Action::Up => self.prev(),
            Action::Left | Action::Right => self.nudge(action == Action::Right),
            Action::Toggle => self.toggle(),
            Action::Type(c) => self.type_char(c),
            Action::Digit(d) => self.digit(d),
            Action::Help => return Ok(Step::Help(self.mode())),
            Action::Erase => self.erase(),
            Action::Text(e) => self.edit(e),
            Action::Save => return self.submit(None, cx, store),
            Action::Back if self.dirty => return Ok(Step::AskDiscard { answers: false }),
            Action::Back => return Ok(Step::Close),
            _ => {}
        }
        Ok(Step::Stay)
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let day = self.day.unwrap_or(cx.today);
        let ask = match self.day {
            Some(d) => t!("tui-checkin-how-was", date = day_name(d, cx.today)),
            None => t!(
                "tui-checkin-how-are-you",
                weekday = date(cx.today, DateForm::Weekday)
            ),
        };
        let mut lines = vec![Line::styled(ask, cx.theme.accent())];
        if self.choosing {
            lines.extend(self.which_commitment(cx));
            let title = t!("tui-checkin-which-title");
            return f.render_widget(para(lines, &title), area);
        }
        lines.extend(lines_of(self, &cx.theme, true));
        // Under the social rating, that week's connections, for what it rates.
        let week = crate::domain::time::week_start(day);
        let n: u32 = cx
            .data
            .connection_days
            .iter()
            .filter(|(d, _)| *d >= week && *d <= day)
            .map(|(_, n)| n)
            .sum();
        if n > 0 {
            let note = format!("{:13}{}", "", t!("tui-checkin-week-connections", count = n));
            lines.insert(1 + 6, Line::styled(note, cx.theme.dim()));
        }
        if let Some(e) = &self.error {
            lines.push(Line::styled(format!("⚠ {e}"), cx.theme.accent()));
        }
        // The focused row stays in sight when the trackers make the form long.
        let focused = lines
            .iter()
            .position(|l| l.spans.first().is_some_and(|s| s.content.starts_with('›')))
            .unwrap_or(0);
        let width = area.width.saturating_sub(2);
        let through = super::widgets::wrapped_rows(&lines[..=focused], width);
        let rows = usize::from(area.height.saturating_sub(2));
        let top = if self.error.is_some() {
            super::widgets::wrapped_rows(&lines, width).saturating_sub(rows)
        } else {
            through.saturating_sub(rows)
        };
        let title = t!("tui-checkin-title", date = day_name(day, cx.today));
        f.render_widget(super::widgets::para_in(lines, &title, area, top), area);
    }

    /// The question of which commitment the setback belongs to, one key each.
    fn which_commitment(&self, cx: &Ctx) -> Vec<Line<'static>> {
        let which = if self.day.is_some() {
            t!("tui-checkin-which-that-day")
        } else {
            t!("tui-checkin-which-today")
        };
        let mut lines = vec![
            Line::from(""),
            Line::from(which),
            Line::styled(t!("tui-checkin-which-run"), cx.theme.dim()),
            Line::from(""),
        ];
        for (i, c) in cx.data.commitments.iter().take(9).enumerate() {
            lines.push(Line::from(format!("  {}  {}", i + 1, c.name)));
        }
        let back = cx.keys.key(self.mode(), Action::Back);
        lines.push(Line::from(""));
        lines.push(Line::styled(
            t!("tui-checkin-which-keys", back = back),
            cx.theme.dim(),
        ));
        lines
    }

    pub fn text_focus(&self) -> Option<usize> {
        (12..16).contains(&self.focus).then(|| self.focus - 12)
    }

    pub fn type_char(&mut self, c: char) {
        if let Some(t) = self.typed() {
            t.insert(c);
            self.dirty = true;
        }
    }

    pub fn erase(&mut self) {
        if let Some(t) = self.typed()
            && t.erase()
        {
            self.dirty = true;
        }
    }

    /// The fields the person changed since the form opened, and only those.
    pub fn patch(&self) -> CheckinPatch {
        let fresh = CheckinForm::default();
        let base = self.base.as_deref().unwrap_or(&fresh);
        let slider = |i: usize| self.sliders[i].filter(|_| self.sliders[i] != base.sliders[i]);
        let halt = |i: usize| (self.halt[i] != base.halt[i]).then_some(self.halt[i]);
        let text = |i: usize| {
            let (now, was) = (&self.texts[i].value, &base.texts[i].value);
            (now != was).then(|| now.clone())
        };
        CheckinPatch {
            mood: slider(0),
            craving: slider(1),
            ratings: [slider(2), slider(3), slider(4), slider(5), slider(6)],
            hungry: halt(0),
            angry: halt(1),
            lonely: halt(2),
            tired: halt(3),
            sleep_hours: self.sleep.filter(|_| self.sleep != base.sleep),
            intention: text(0),
            reflection: text(1),
            gratitude: text(2),
            note: text(3),
        }
    }
}

/// A day as the check-in names it: "Saturday 21 November", with the year when it is
/// not this one.
pub fn day_name(day: NaiveDate, today: NaiveDate) -> String {
    use chrono::Datelike;
    let form = if day.year() == today.year() {
        DateForm::WeekdayDayMonth
    } else {
        DateForm::Long
    };
    date(day, form)
}

fn bar(value: Option<u8>, lo: u8) -> String {
    let cells = (10 - lo + 1) as usize;
    match value {
        None => format!("{}  {}", "·".repeat(cells), t!("tui-checkin-not-set")),
        Some(v) => {
            let filled = (v - lo + 1) as usize;
            format!("{}{}  {v}", "■".repeat(filled), "·".repeat(cells - filled))
        }
    }
}

/// What the ends of slider `i` mean: "1 very low · 10 very good", craving "0 none ·
/// 10 overwhelming".
pub fn slider_ends(i: usize) -> String {
    if i == 1 {
        t!("tui-checkin-ends-craving", low = 0, high = 10)
    } else {
        t!("tui-checkin-ends-rating", low = 1, high = 10)
    }
}

/// The form's lines: sliders (with what their ends mean, when `ends`), HALT marks,
/// sleep, the texts and the setback mark, the focused one marked.
pub fn lines_of(form: &CheckinForm, t: &Theme, ends: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mark = |i: usize| if form.focus == i { "› " } else { "  " };
    let style = |i: usize| {
        if form.focus == i {
            t.selected()
        } else {
            Style::new()
        }
    };
    // The ends line up after the longest value ("not set").
    let widest = bar(None, 0)
        .chars()
        .count()
        .max(bar(Some(10), 0).chars().count());
    for (i, label) in slider_labels().iter().enumerate() {
        let lo = if i == 1 { 0 } else { 1 };
        let shown = bar(form.sliders[i], lo);
        let mut spans = vec![Span::styled(
            format!("{}{label:<11}{shown}", mark(i)),
            style(i),
        )];
        if ends {
            let pad = widest.saturating_sub(shown.chars().count()) + 3;
            spans.push(Span::styled(
                format!("{:pad$}{}", "", slider_ends(i)),
                t.dim(),
            ));
        }
        lines.push(Line::from(spans));
    }
    let mut halt = vec![Span::raw(format!("  {:<11}", t!("tui-checkin-halt")))];
    for (j, label) in halt_labels().iter().enumerate() {
        let check = if form.halt[j] { "[x]" } else { "[ ]" };
        halt.push(Span::styled(
            format!("{}{check} {label} ", mark(7 + j).trim_end()),
            style(7 + j),
        ));
    }
    lines.push(Line::from(halt));
    let sleep = form.sleep.map_or(t!("tui-checkin-not-set"), |s| {
        t!("tui-checkin-sleep-hours", hours = format!("{s}"))
    });
    lines.push(Line::styled(
        format!("{}{:<11}{sleep}", mark(11), t!("tui-checkin-sleep")),
        style(11),
    ));
    for (j, label) in text_labels().iter().enumerate() {
        let text = &form.texts[j];
        let shown = if form.focus == 12 + j {
            let (before, after) = text.split();
            format!("{before}▏{after}")
        } else {
            text.value.clone()
        };
        lines.push(Line::styled(
            format!("{}{label:<11}{shown}", mark(12 + j)),
            style(12 + j),
        ));
    }
    let check = if form.setback { "[x]" } else { "[ ]" };
    let had = if form.day.is_some() {
        t!("tui-checkin-setback-that-day")
    } else {
        t!("tui-checkin-setback-today")
    };
    lines.push(Line::styled(
        format!("{}{check} {had}", mark(SETBACK_FIELD)),
        style(SETBACK_FIELD),
    ));
    lines.extend(tracker_lines(form, t, ends));
    lines
}

/// The trackers' rows: each answer (a rating's bar with what its ends mean, when
/// `ends`), and under one that asks it, whether the person acted on it.
fn tracker_lines(form: &CheckinForm, t: &Theme, ends: bool) -> Vec<Line<'static>> {
    let places = trackers::places(&form.trackers);
    let acted = t!("tui-checkin-acted-on");
    let label = |p: Place| match p {
        Place::Answer(i) => form.trackers[i].tracker.name.clone(),
        Place::Acted(_) => format!("  {acted}"),
    };
    let width = places
        .iter()
        .map(|p| crate::domain::width(&label(*p)))
        .max()
        .unwrap_or(0)
        .clamp(11, 24)
        + 1;
    let mut lines = Vec::new();
    for (k, p) in places.iter().enumerate() {
        let i = FIELDS + k;
        let focused = form.focus == i;
        let (mark, style) = if focused {
            ("› ", t.selected())
        } else {
            ("  ", Style::new())
        };
        let (Place::Answer(n) | Place::Acted(n)) = *p;
        let a = &form.trackers[n];
        let name = match p {
            Place::Answer(_) => crate::domain::one_line(&label(*p), width - 1),
            Place::Acted(_) => label(*p),
        };
        let pad = width.saturating_sub(crate::domain::width(&name));
        let shown = a.shown(*p, focused);
        let mut spans = vec![Span::styled(
            format!("{mark}{name}{:pad$}{shown}", ""),
            style,
        )];
        if let (true, Place::Answer(_), Some(e)) = (ends, p, a.ends()) {
            spans.push(Span::styled(format!("   {e}"), t.dim()));
        }
        lines.push(Line::from(spans));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sliders_start_mid_scale_and_stay_in_range() {
        let mut f = CheckinForm::default();
        f.nudge(false);
        assert_eq!(f.sliders[0], Some(5));
        for _ in 0..20 {
            f.nudge(true);
        }
        assert_eq!(f.sliders[0], Some(10));
        f.next();
        f.nudge(true);
        assert_eq!(f.sliders[1], Some(0), "craving starts at none");
        f.digit(0);
        assert_eq!(f.sliders[1], Some(0));
        f.prev();
        f.digit(0);
        assert_eq!(f.sliders[0], Some(10), "0 means 10 on a 1–10 scale");
    }

    #[test]
    fn digits_set_the_hours_of_sleep_and_two_in_a_row_join() {
        let mut f = CheckinForm {
            focus: SLEEP,
            ..Default::default()
        };
        f.digit(7);
        assert_eq!(f.sleep, Some(7.0));
        f.typed_hours = false; // another key came between
        f.digit(1);
        f.digit(0);
        assert_eq!(f.sleep, Some(10.0), "1 then 0 is 10 hours");
        f.digit(5);
        assert_eq!(f.sleep, Some(5.0), "105 hours is no day: 5 starts again");
        f.nudge(true);
        assert_eq!(f.sleep, Some(5.5));
        assert!(f.dirty);
    }

    #[test]
    fn the_halt_marks_are_one_row_that_arrows_move_along() {
        let mut f = CheckinForm {
            focus: 6,
            ..Default::default()
        };
        f.next();
        assert_eq!((f.focus, f.row()), (HALT, Row::Marks));
        f.nudge(true);
        f.nudge(true);
        assert_eq!(f.focus, HALT + 2, "→ moves to Lonely, ticking nothing");
        assert_eq!(f.halt, [false; 4]);
        f.toggle();
        assert_eq!(f.halt, [false, false, true, false]);
        for _ in 0..5 {
            f.nudge(true);
        }
        assert_eq!(f.focus, 10, "stays on Tired");
        f.next();
        assert_eq!((f.focus, f.row()), (SLEEP, Row::Sleep));
        f.prev();
        f.prev();
        assert_eq!(f.focus, 6, "↑ from the marks is Spiritual");
        let mut s = CheckinForm {
            focus: SETBACK_FIELD,
            ..Default::default()
        };
        s.nudge(true);
        assert!(!s.setback && !s.dirty, "←→ leave the setback mark alone");
    }

    #[test]
    fn the_last_field_marks_a_setback() {
        let mut f = CheckinForm {
            focus: SETBACK_FIELD,
            ..Default::default()
        };
        f.toggle();
        assert!(f.setback);
        f.next();
        assert_eq!(f.focus, 0);
    }
}
