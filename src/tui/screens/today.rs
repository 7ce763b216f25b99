//! Today: days in recovery and runs, today's check-in, the quiet lines (`quiet`), this
//! week's goals, one of the person's own reasons or lessons, and "on this day" from
//! earlier years; at a small size the parts that matter least today give way.

use super::{Handled, hints};
use crate::catalog::{DateForm, date};
use crate::domain::{GoalKind, GoalStatus, PlanSection, one_line, run_words};
use crate::error::Result;
use crate::tui::action::{Action, Screen};
use crate::tui::checkin::CheckinForm;
use crate::tui::forms::{FormView, GrowthForm};
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, Overlay};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{para_in, wrapped_rows};
use crate::tui::writer::Writer;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

mod quiet;

const MODE: Mode = Mode::Screen(Screen::Today);

/// Today's keys: check in (or update it), write, log a use, mark a dose taken.
pub fn handle(action: Action, cx: &mut Ctx, store: &crate::store::Store) -> Result<Handled> {
    if action == Action::TakeDose {
        return take_dose(cx, store).map(Some);
    }
    Ok(match action {
        Action::LogUse => Some(super::log_use(cx, store, None)),
        Action::Open | Action::Edit => Some(check_in(cx)),
        Action::New => Some(vec![
            Effect::Go(Screen::Journal),
            Effect::Push(Overlay::Writer(Box::new(Writer::new(None, cx)))),
        ]),
        Action::Reflect => {
            let Some(s) = cx.data.unwritten_setback(cx.today) else {
                return Ok(None);
            };
            let form = FormView::new(GrowthForm::reflect(&cx.data, s));
            Some(vec![Effect::Push(Overlay::Form(form))])
        }
        _ => None,
    })
}

/// Marks the next dose due today taken, now, and says what was recorded (and where
/// to correct it); with none due, says so.
fn take_dose(cx: &mut Ctx, store: &crate::store::Store) -> Result<Vec<Effect>> {
    let Some(next) = store.next_dose_due()? else {
        cx.say(t!("today-no-dose-due"));
        return Ok(vec![]);
    };
    let dose = store.write(|w| w.take_next_dose(&next))?;
    let what = match &next.dose {
        Some(d) => format!("{} {d}", next.name),
        None => next.name.clone(),
    };
    let plan = cx.keys.key(MODE, Action::Go(Screen::Plan));
    cx.say(t!(
        "today-dose-taken",
        what = what,
        time = dose.at.get(11..16).unwrap_or_default(),
        key = plan
    ));
    Ok(vec![Effect::Reload])
}

/// Opens the check-in form on today's check-in, on the Check-in screen.
pub fn check_in(cx: &Ctx) -> Vec<Effect> {
    let setback = cx.data.setback_on(cx.today).is_some();
    let form = CheckinForm::from_checkin(cx.data.today_checkin.as_ref(), setback)
        .with_answers(crate::tui::checkin::answers_on(&cx.data, cx.today, None));
    vec![
        Effect::Go(Screen::Checkin),
        Effect::Push(Overlay::Checkin(form)),
    ]
}

pub fn render(cx: &Ctx, f: &mut Frame, area: Rect) {
    let room = usize::from(area.height.saturating_sub(2));
    let lines = fit(parts(cx), room, area.width.saturating_sub(2));
    f.render_widget(para_in(lines, &t!("today-title"), area, 0), area);
}

/// A part of Today: its lines, its group (a blank row between groups), and when it
/// gives way to the others for room (`None`: never; lower yields first).
struct Part {
    lines: Vec<Line<'static>>,
    group: u8,
    yields: Option<u8>,
}

fn part(lines: Vec<Line<'static>>, group: u8, yields: Option<u8>) -> Part {
    Part {
        lines,
        group,
        yields,
    }
}

/// Today from top to bottom. What yields first: "on this day", then the person's own
/// words, then the quiet reminders from the lowest up to a reflection waiting, then
/// this week's goals, then a refill due, then the doses due; the counts, the check-in,
/// the way back to the crisis view and the keys always stay.
fn parts(cx: &Ctx) -> Vec<Part> {
    let mut parts = vec![part(counts(cx), 0, None), part(checkin(cx), 1, None)];
    let slots = quiet::slots(cx);
    let last = u8::try_from(slots.len()).unwrap_or(u8::MAX);
    for (i, lines) in (0u8..).zip(slots) {
        // The way back never yields; the doses due and a refill (slots 1 and 2) only
        // after this week's goals; the other reminders before the person's own words.
        let yields = match i {
            0 => None,
            1 | 2 => Some(last + 6 - i),
            _ => Some(2 + last - i),
        };
        parts.push(part(lines, 2, yields));
    }
    let keys: [(&[Action], String); 5] = [
        (&[Action::Open], t!("today-hint-check-in")),
        (&[Action::New], t!("today-hint-write")),
        (&[Action::Growth], t!("today-hint-growth")),
        (&[Action::SelfCheck], t!("today-hint-self-check")),
        (&[Action::Crisis], t!("today-hint-crisis")),
    ];
    let hint = Line::styled(hints(cx, MODE, &keys), cx.theme.dim());
    parts.extend([
        part(this_week(cx), 3, Some(last + 3)),
        part(own_words(cx), 4, Some(1)),
        part(on_this_day(cx), 5, Some(0)),
        part(vec![hint], 6, None),
    ]);
    parts.retain(|p| !p.lines.is_empty());
    parts
}

/// The parts' lines, blank rows between them, after the parts that yield first have
/// given way until they fit in `room` rows `width` wide (or nothing more yields).
fn fit(mut parts: Vec<Part>, room: usize, width: u16) -> Vec<Line<'static>> {
    loop {
        let lines = joined(&parts);
        let lowest = parts
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.yields.map(|y| (y, i)))
            .min();
        match lowest {
            Some((_, i)) if wrapped_rows(&lines, width) > room => {
                parts.remove(i);
            }
            _ => return lines,
        }
    }
}

fn joined(parts: &[Part]) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut group = None;
    for p in parts {
        if group.is_some_and(|g| g != p.group) {
            lines.push(Line::from(""));
        }
        group = Some(p.group);
        lines.extend(p.lines.iter().cloned());
    }
    lines
}

/// The greeting, then days in recovery and the current run of each commitment.
fn counts(cx: &Ctx) -> Vec<Line<'static>> {
    let (d, t) = (&cx.data, &cx.theme);
    let today = date(cx.today, DateForm::Long);
    let welcome = match (d.profile.display_name.as_deref(), cx.first_visit) {
        (Some(name), true) => t!("today-welcome-first-name", name = name, date = today),
        (None, true) => t!("today-welcome-first", date = today),
        (Some(name), false) => t!("today-welcome-name", name = name, date = today),
        (None, false) => t!("today-welcome", date = today),
    };
    let mut lines = vec![Line::styled(welcome, t.accent())];
    if d.stats.commitments.is_empty() {
        let plan = cx.keys.key(MODE, Action::Go(Screen::Plan));
        lines.push(Line::from(t!("today-nothing-to-count", key = plan)));
    }
    for c in &d.stats.commitments {
        let words = super::use_words::today(c).unwrap_or_else(|| {
            t!(
                "today-commitment",
                day = c.days_in_recovery,
                run = run_words(c.current_run),
                on_track = t!("days", count = c.days_on_track)
            )
        });
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", c.name), t.accent()),
            Span::raw(words),
        ]));
    }
    lines
}

/// Today's check-in, done (with the intention) or waiting.
fn checkin(cx: &Ctx) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let enter = cx.keys.key(MODE, Action::Open);
    let Some(c) = &cx.data.today_checkin else {
        return vec![Line::styled(
            t!("today-checkin-waiting", key = enter),
            t.calm(),
        )];
    };
    let v = |x: Option<u8>| x.map_or("–".into(), |m| m.to_string());
    let mut lines = vec![Line::styled(
        t!(
            "today-checked-in",
            mood = v(c.mood),
            craving = v(c.craving),
            key = enter
        ),
        t.good(),
    )];
    if let Some(i) = &c.intention {
        let intention = t!("today-intention", intention = i);
        lines.push(Line::from(format!("  {intention}")));
    }
    lines
}

/// Active habits, and milestones due by Sunday.
fn this_week(cx: &Ctx) -> Vec<Line<'static>> {
    let week_end = crate::domain::time::week_start(cx.today) + chrono::Duration::days(6);
    let due: Vec<String> = cx
        .data
        .goals
        .iter()
        .filter(|(g, _, _)| g.status == GoalStatus::Active)
        .filter(|(g, _, _)| {
            g.kind == GoalKind::Habit || g.target_date.is_some_and(|t| t <= week_end)
        })
        .map(|(g, p, _)| match g.kind {
            GoalKind::Habit => t!(
                "today-habit",
                mark = if p.done >= p.target { "✓" } else { "·" },
                done = p.done,
                target = p.target,
                title = &g.title
            ),
            GoalKind::Milestone => t!(
                "today-milestone",
                done = p.done,
                target = p.target,
                due = g.target_date.unwrap_or(week_end).to_string(),
                title = &g.title
            ),
        })
        .map(|row| format!("  {row}"))
        .collect();
    if due.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::styled(t!("today-this-week"), cx.theme.accent())];
    lines.extend(due.into_iter().map(Line::from));
    lines
}

/// One of the person's own reasons or lessons, a different one each day.
fn own_words(cx: &Ctx) -> Vec<Line<'static>> {
    let d = &cx.data;
    let reasons = d
        .plan
        .iter()
        .filter(|i| i.section == PlanSection::Reasons)
        .map(|i| i.text.clone());
    let lessons = d.setbacks.iter().filter_map(|s| s.learned.clone());
    let pool: Vec<String> = reasons.chain(lessons).collect();
    if pool.is_empty() {
        return vec![];
    }
    let pick = &pool[cx.today.num_days_from_ce() as usize % pool.len()];
    vec![
        Line::styled(t!("today-own-words"), cx.theme.accent()),
        Line::styled(
            format!("  {}", t!("today-own-words-quote", words = pick)),
            cx.theme.calm(),
        ),
    ]
}

/// An entry from this day in an earlier year.
fn on_this_day(cx: &Ctx) -> Vec<Line<'static>> {
    let Some(e) = cx.data.on_this_day.first() else {
        return Vec::new();
    };
    vec![
        Line::styled(
            t!("today-on-this-day", year = e.date.format("%Y").to_string()),
            cx.theme.accent(),
        ),
        Line::from(format!("  {}", one_line(&e.body, 200))),
    ]
}
