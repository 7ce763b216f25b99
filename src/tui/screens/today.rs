//! Today: days in recovery and runs, today's check-in, this week's goals, one of the
//! person's own reasons or lessons, and "on this day" from earlier years.

use super::Handled;
use crate::domain::{GoalKind, GoalStatus, PlanSection, days, one_line, plural, run_words};
use crate::tui::action::{Action, Screen};
use crate::tui::checkin::CheckinForm;
use crate::tui::forms::{FormView, GrowthForm};
use crate::tui::kept::MARK;
use crate::tui::keymap::{Hint, Mode};
use crate::tui::overlay::{Effect, Overlay};
use crate::tui::shared::Ctx;
use crate::tui::widgets::para;
use crate::tui::writer::Writer;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

const MODE: Mode = Mode::Screen(Screen::Today);

/// Today's keys: check in (or update it), or write.
pub fn handle(action: Action, cx: &Ctx) -> Handled {
    match action {
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
    let form = CheckinForm::from_checkin(cx.data.today_checkin.as_ref(), setback);
    vec![
        Effect::Go(Screen::Checkin),
        Effect::Push(Overlay::Checkin(form)),
    ]
}

pub fn render(cx: &Ctx, f: &mut Frame, area: Rect) {
    let mut lines = counts(cx);
    lines.extend(checkin(cx));
    lines.extend(reflection_waiting(cx));
    if cx.data.self_harm_answer(cx.today).is_some() {
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
    let hints = [
        Hint::Keys(&[Action::Open], "check in"),
        Hint::Keys(&[Action::New], "write"),
        Hint::Keys(&[Action::Growth], "growth entry"),
        Hint::Keys(&[Action::SelfCheck], "self-check"),
        Hint::Keys(&[Action::Crisis], "crisis plan"),
    ];
    lines.push(Line::styled(cx.keys.hints(MODE, &hints), cx.theme.dim()));
    f.render_widget(para(lines, "Today"), area);
}

/// The greeting, then days in recovery and the current run of each commitment.
fn counts(cx: &Ctx) -> Vec<Line<'static>> {
    let (d, t) = (&cx.data, &cx.theme);
    let name = d
        .profile
        .display_name
        .as_deref()
        .map(|n| format!(", {n}"))
        .unwrap_or_default();
    let mut lines = vec![Line::styled(
        format!("Welcome back{name}. {}", cx.today.format("%A %-d %B %Y")),
        t.accent(),
    )];
    if d.stats.commitments.is_empty() {
        let plan = cx.keys.key(MODE, Action::Go(Screen::Plan));
        lines.push(Line::from(format!(
            "Nothing to count yet: add what you're working toward on the Plan screen ({plan}), under Commitments."
        )));
    }
    for c in &d.stats.commitments {
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", c.name), t.accent()),
            Span::raw(format!(
                "day {} · {} · {} on track",
                c.days_in_recovery,
                run_words(c.current_run),
                days(c.days_on_track)
            )),
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
            format!("○ Today's check-in is waiting: press {enter} (about 30 seconds)."),
            t.calm(),
        )];
    };
    let v = |x: Option<u8>| x.map_or("–".into(), |m| m.to_string());
    let mut lines = vec![Line::styled(
        format!(
            "✓ Checked in today: mood {}, craving {}. {enter} updates it.",
            v(c.mood),
            v(c.craving),
        ),
        t.good(),
    )];
    if let Some(i) = &c.intention {
        lines.push(Line::from(format!("  Today's intention: {i}")));
    }
    lines
}

/// One quiet line while a recent setback's reflection is still to write.
fn reflection_waiting(cx: &Ctx) -> Vec<Line<'static>> {
    let Some(s) = cx.data.unwritten_setback(cx.today) else {
        return Vec::new();
    };
    let when = if s.date == cx.today {
        "today".to_string()
    } else {
        format!("on {}", s.date.format("%A %-d %B"))
    };
    let w = cx.keys.key(MODE, Action::Reflect);
    vec![Line::styled(
        format!(
            "  Your {} {when} is recorded; {w} writes what you noticed, when you're ready.",
            s.kind.label()
        ),
        cx.theme.dim(),
    )]
}

/// Words sync kept aside from another device's edit: where they show, or, for records
/// no screen shows them beside, the command that lists them.
fn kept_aside(cx: &Ctx) -> Vec<Line<'static>> {
    let (k, t) = (&cx.data.kept, &cx.theme);
    let mut beside = Vec::new();
    if !k.entries.is_empty() {
        beside.push(plural(k.entries.len() as i64, "journal entry"));
    }
    if !k.checkin_days.is_empty() {
        beside.push(plural(k.checkin_days.len() as i64, "check-in"));
    }
    let mut lines = Vec::new();
    if !beside.is_empty() {
        lines.push(Line::styled(
            format!(
                "{MARK} Words from another device are kept beside {}: marked {MARK} where you read them.",
                beside.join(" and ")
            ),
            t.calm(),
        ));
    }
    if k.elsewhere > 0 {
        lines.push(Line::styled(
            format!("{MARK} Words from another device are kept aside: see `tend sync conflicts`"),
            t.calm(),
        ));
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
            GoalKind::Habit => format!(
                "  {} {}/{} this week  {}",
                if p.done >= p.target { "✓" } else { "·" },
                p.done,
                p.target,
                g.title
            ),
            GoalKind::Milestone => format!(
                "  · {}/{} steps, due {}  {}",
                p.done,
                p.target,
                g.target_date.unwrap_or(week_end),
                g.title
            ),
        })
        .collect();
    if due.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::from(""), Line::styled("This week", cx.theme.accent())];
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
        Line::styled("In your own words", cx.theme.accent()),
        Line::styled(format!("  “{pick}”"), cx.theme.calm()),
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
            0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            _ => day.format("%A").to_string(),
        };
        let at = m
            .time
            .as_deref()
            .map(|t| format!(" at {t}"))
            .unwrap_or_default();
        lines.push(Line::from(""));
        lines.push(Line::from(format!("Next meeting: {}, {when}{at}", m.name)));
    }
    let due: Vec<String> = d
        .contacts
        .iter()
        .filter(|c| c.overdue)
        .map(|c| match c.days_since {
            Some(n) => format!("{} ({} since)", c.name, days(n)),
            None => c.name.clone(),
        })
        .collect();
    if !due.is_empty() {
        if lines.is_empty() {
            lines.push(Line::from(""));
        }
        let o = cx.keys.key(MODE, Action::Connect);
        lines.push(Line::styled(
            format!("Time to reach out: {} · {o} logs it", due.join(", ")),
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
            format!(
                "○ Your last {} was on {}. Press {} to take it again, if you'd like.",
                s.name,
                last.format("%-d %b"),
                cx.keys.key(MODE, Action::SelfCheck)
            ),
            t.dim(),
        ));
    }
    lines.extend(connections(cx));
    if let Some(e) = d.on_this_day.first() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!("On this day in {}", e.date.format("%Y")),
            t.accent(),
        ));
        lines.push(Line::from(format!("  {}", one_line(&e.body, 200))));
    }
    lines
}
