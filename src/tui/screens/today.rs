//! Today: days in recovery and runs, today's check-in, this week's goals, one of the
//! person's own reasons or lessons, and "on this day" from earlier years.

use super::{Handled, hints};
use crate::catalog::{DateForm, date};
use crate::domain::{GoalKind, GoalStatus, PlanSection, one_line, run_words};
use crate::tui::action::{Action, Screen};
use crate::tui::checkin::CheckinForm;
use crate::tui::forms::{FormView, GrowthForm};
use crate::tui::kept::MARK;
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, Overlay};
use crate::tui::shared::Ctx;
use crate::tui::widgets::para_in;
use crate::tui::writer::Writer;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

const MODE: Mode = Mode::Screen(Screen::Today);

/// Today's keys: check in (or update it), or write.
pub fn handle(action: Action, cx: &mut Ctx, store: &crate::store::Store) -> Handled {
    match action {
        Action::LogUse => Some(super::log_use(cx, store, None)),
        Action::Open | Action::Edit => Some(check_in(cx)),
        Action::New => Some(vec![
            Effect::Go(Screen::Journal),
            Effect::Push(Overlay::Writer(Box::new(Writer::new(None, cx)))),
        ]),
        Action::Reflect => {
            let s = cx.data.unwritten_setback(cx.today)?;
            let form = FormView::new(GrowthForm::reflect(&cx.data, s));
            Some(vec![Effect::Push(Overlay::Form(form))])
        }
        _ => None,
    }
}

/// Opens the check-in form on today's check-in, on the Check-in screen.
pub fn check_in(cx: &Ctx) -> Vec<Effect> {
    let setback = cx.data.setback_on(cx.today).is_some();
    let form = CheckinForm::from_checkin(cx.data.today_checkin.as_ref(), setback)
        .with_answers(cx.data.answers(cx.today, None));
    vec![
        Effect::Go(Screen::Checkin),
        Effect::Push(Overlay::Checkin(form)),
    ]
}

pub fn render(cx: &Ctx, f: &mut Frame, area: Rect) {
    let mut lines = counts(cx);
    lines.extend(checkin(cx));
    lines.extend(reflection_waiting(cx));
    if cx.data.safety_answer_lately(cx.today) {
        let key = cx.keys.key(MODE, Action::Crisis);
        lines.push(Line::styled(
            format!("  {}", crate::tui::crisis::way_back(&key)),
            cx.theme.calm(),
        ));
    }
    lines.extend(kept_aside(cx));
    lines.extend(this_week(cx));
    lines.extend(own_words(cx));
    lines.extend(reminders(cx));
    lines.push(Line::from(""));
    let keys: [(&[Action], String); 5] = [
        (&[Action::Open], t!("today-hint-check-in")),
        (&[Action::New], t!("today-hint-write")),
        (&[Action::Growth], t!("today-hint-growth")),
        (&[Action::SelfCheck], t!("today-hint-self-check")),
        (&[Action::Crisis], t!("today-hint-crisis")),
    ];
    lines.push(Line::styled(hints(cx, MODE, &keys), cx.theme.dim()));
    f.render_widget(para_in(lines, &t!("today-title"), area, 0), area);
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
    lines.push(Line::from(""));
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

/// One quiet line while a recent setback's reflection is still to write.
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
    vec![Line::styled(format!("  {words}"), cx.theme.dim())]
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
    let mut lines = vec![
        Line::from(""),
        Line::styled(t!("today-this-week"), cx.theme.accent()),
    ];
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
        Line::from(""),
        Line::styled(t!("today-own-words"), cx.theme.accent()),
        Line::styled(
            format!("  {}", t!("today-own-words-quote", words = pick)),
            cx.theme.calm(),
        ),
    ]
}

/// A self-check that is due again (one quiet line, only for a scale taken before),
/// and "on this day" from an earlier year.
/// The next meeting on the person's schedule, and anyone they meant to be in touch
/// with by now.
fn connections(cx: &Ctx) -> Vec<Line<'static>> {
    let (d, t) = (&cx.data, &cx.theme);
    let mut lines = Vec::new();
    let next = d
        .meetings
        .iter()
        .filter_map(|m| m.next_on(cx.today).map(|day| (day, m.time.clone(), m)))
        .min_by_key(|(day, time, _)| (*day, time.clone()));
    if let Some((day, _, m)) = next {
        let when = match (day - cx.today).num_days() {
            0 => t!("today-today"),
            1 => t!("today-tomorrow"),
            _ => date(day, DateForm::Weekday),
        };
        let next = match m.time.as_deref() {
            Some(time) => t!(
                "today-next-meeting-at",
                name = &m.name,
                when = when,
                time = time
            ),
            None => t!("today-next-meeting", name = &m.name, when = when),
        };
        lines.push(Line::from(""));
        lines.push(Line::from(next));
    }
    let due: Vec<String> = d
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
    if !due.is_empty() {
        if lines.is_empty() {
            lines.push(Line::from(""));
        }
        let o = cx.keys.key(MODE, Action::Connect);
        lines.push(Line::styled(
            t!("today-reach-out", people = due.join(", "), key = o),
            t.calm(),
        ));
    }
    lines
}

fn reminders(cx: &Ctx) -> Vec<Line<'static>> {
    let (d, t) = (&cx.data, &cx.theme);
    let mut lines = Vec::new();
    if let Some((s, last)) = crate::domain::scales::due(&d.assessments, cx.today).first() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            t!(
                "today-self-check-due",
                scale = &s.name,
                date = date(*last, DateForm::DayMonShort),
                key = cx.keys.key(MODE, Action::SelfCheck)
            ),
            t.dim(),
        ));
    }
    lines.extend(connections(cx));
    if let Some(e) = d.on_this_day.first() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            t!("today-on-this-day", year = e.date.format("%Y").to_string()),
            t.accent(),
        ));
        lines.push(Line::from(format!("  {}", one_line(&e.body, 200))));
    }
    lines
}
