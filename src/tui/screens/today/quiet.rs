//! Today's quiet lines, in their one order: a recent safety answer's way back, doses
//! due, a refill due, a reflection waiting, the next meeting, people to reach, a scale
//! due, words kept aside by sync. When Today runs out of rows the lowest yields first;
//! the way back never does.

use super::MODE;
use crate::catalog::{DateForm, date};
use crate::domain::medication::DueDose;
use crate::tui::action::Action;
use crate::tui::kept::MARK;
use crate::tui::shared::Ctx;
use ratatui::text::Line;

/// Each quiet line's slot, in order (empty when it has nothing to say today).
pub fn slots(cx: &Ctx) -> [Vec<Line<'static>>; 8] {
    [
        way_back(cx),
        doses_due(cx),
        refill_due(cx),
        reflection_waiting(cx),
        next_meeting(cx),
        reach_out(cx),
        scale_due(cx),
        kept_aside(cx),
    ]
}

/// The way back to the crisis view, for two weeks after an answer about self-harm (a
/// self-check's, or a safety tracker's at its threshold).
fn way_back(cx: &Ctx) -> Vec<Line<'static>> {
    if !cx.data.safety_answer_lately(cx.today) {
        return Vec::new();
    }
    let key = cx.keys.key(MODE, Action::Crisis);
    let words = crate::tui::crisis::way_back(&key);
    vec![Line::styled(words, cx.theme.calm())]
}

/// The doses still due today, and the key that marks the first of them taken.
fn doses_due(cx: &Ctx) -> Vec<Line<'static>> {
    let due = &cx.data.doses_due;
    let Some(next) = due.first() else {
        return Vec::new();
    };
    let doses: Vec<String> = due.iter().map(dose_due).collect();
    let words = t!(
        "today-doses-due",
        doses = doses.join(", "),
        key = cx.keys.key(MODE, Action::TakeDose),
        next = &next.name
    );
    vec![Line::from(words)]
}

/// "Buprenorphine 12 mg at 08:00", or "Vitamin D, any time today".
pub fn dose_due(d: &DueDose) -> String {
    let what = match &d.dose {
        Some(dose) => format!("{} {dose}", d.name),
        None => d.name.clone(),
    };
    match d.time {
        Some(time) => t!(
            "today-dose-at",
            what = what,
            time = time.format("%H:%M").to_string()
        ),
        None => t!("today-dose-any-time", what = what),
    }
}

/// Each refill coming up in the next few days (the refill date the person set).
fn refill_due(cx: &Ctx) -> Vec<Line<'static>> {
    cx.data
        .medications
        .iter()
        .filter_map(|m| {
            let days = m.refill_in(cx.today)?;
            let day = m.refill_date.map(|d| date(d, DateForm::WeekdayDayMonth))?;
            let words = t!("today-refill-due", name = &m.name, days = days, date = day);
            Some(Line::styled(words, cx.theme.calm()))
        })
        .collect()
}

/// While a recent setback's reflection is still to write.
fn reflection_waiting(cx: &Ctx) -> Vec<Line<'static>> {
    let Some(s) = cx.data.unwritten_setback(cx.today) else {
        return Vec::new();
    };
    let (w, kind) = (cx.keys.key(MODE, Action::Reflect), s.kind.label());
    let words = if s.date == cx.today {
        t!("today-reflection-today", kind = kind, key = w)
    } else {
        let day = date(s.date, DateForm::WeekdayDayMonth);
        t!("today-reflection-on", kind = kind, date = day, key = w)
    };
    vec![Line::styled(words, cx.theme.dim())]
}

/// The next meeting on the person's schedule.
fn next_meeting(cx: &Ctx) -> Vec<Line<'static>> {
    let next = cx
        .data
        .meetings
        .iter()
        .filter_map(|m| m.next_on(cx.today).map(|day| (day, m.time.clone(), m)))
        .min_by_key(|(day, time, _)| (*day, time.clone()));
    let Some((day, _, m)) = next else {
        return Vec::new();
    };
    let when = match (day - cx.today).num_days() {
        0 => t!("today-today"),
        1 => t!("today-tomorrow"),
        _ => date(day, DateForm::Weekday),
    };
    let words = match m.time.as_deref() {
        Some(time) => t!(
            "today-next-meeting-at",
            name = &m.name,
            when = when,
            time = time
        ),
        None => t!("today-next-meeting", name = &m.name, when = when),
    };
    vec![Line::from(words)]
}

/// Anyone the person meant to be in touch with by now.
fn reach_out(cx: &Ctx) -> Vec<Line<'static>> {
    let due: Vec<String> = cx
        .data
        .contacts
        .iter()
        .filter(|c| c.overdue)
        .map(|c| match c.days_since {
            Some(n) => t!(
                "today-reach-out-since",
                name = &c.name,
                days = t!("days", count = n)
            ),
            None => c.name.clone(),
        })
        .collect();
    if due.is_empty() {
        return Vec::new();
    }
    let o = cx.keys.key(MODE, Action::Connect);
    let words = t!("today-reach-out", people = due.join(", "), key = o);
    vec![Line::styled(words, cx.theme.calm())]
}

/// A self-check that is due again (only for a scale taken before).
fn scale_due(cx: &Ctx) -> Vec<Line<'static>> {
    let Some((s, last)) = crate::domain::scales::due(&cx.data.assessments, cx.today)
        .first()
        .copied()
    else {
        return Vec::new();
    };
    let words = t!(
        "today-self-check-due",
        scale = &s.name,
        date = date(last, DateForm::DayMonShort),
        key = cx.keys.key(MODE, Action::SelfCheck)
    );
    vec![Line::styled(words, cx.theme.dim())]
}

/// Words sync kept aside from another device's edit: where they show, or, for records
/// no screen shows them beside, the command that lists them.
fn kept_aside(cx: &Ctx) -> Vec<Line<'static>> {
    let (k, t) = (&cx.data.kept, &cx.theme);
    let entries = t!("today-kept-entries", count = k.entries.len());
    let checkins = t!("today-kept-checkins", count = k.checkin_days.len());
    let beside = match (k.entries.is_empty(), k.checkin_days.is_empty()) {
        (true, true) => None,
        (false, true) => Some(entries),
        (true, false) => Some(checkins),
        (false, false) => Some(t!(
            "today-kept-both",
            entries = entries,
            checkins = checkins
        )),
    };
    let mut lines = Vec::new();
    if let Some(beside) = beside {
        lines.push(Line::styled(
            t!("today-kept-beside", mark = MARK, what = beside),
            t.calm(),
        ));
    }
    if k.elsewhere > 0 {
        lines.push(Line::styled(t!("today-kept-aside", mark = MARK), t.calm()));
    }
    lines
}
