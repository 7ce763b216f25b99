//! What each key does in each mode and screen: the handlers `app::update` dispatches
//! to. Writes go through `Store`, one transaction per action, then the data is re-read.

use super::app::{
    Action, App, Ask, ExternalEdit, JOURNAL_PAGE, JournalView, Mode, PlanRow, Screen, plan_rows,
    save_entry,
};
use super::checkin::CheckinForm;
use super::form::Form;
use super::forms::{self, Purpose};
use crate::domain::*;
use crate::error::Result;
use crate::store::Store;
use ratatui_textarea::TextArea;

pub(super) fn normal(app: &mut App, action: Action, store: &Store) -> Result<()> {
    let i = app.screen.index();
    let n = Screen::ALL.len();
    match (action, app.screen) {
        (Action::Go(s), _) => app.go(s),
        (Action::NextScreen, _) => app.go(Screen::ALL[(i + 1) % n]),
        (Action::PrevScreen, _) => app.go(Screen::ALL[(i + n - 1) % n]),
        (Action::Help, _) => app.help = true,
        (Action::Crisis, _) => app.crisis = true,
        (Action::Quit, _) => app.quit = true,
        (Action::Back, Screen::Journal)
            if app.journal_view
                != JournalView {
                    limit: JOURNAL_PAGE,
                    ..Default::default()
                } =>
        {
            app.journal_view = JournalView {
                limit: JOURNAL_PAGE,
                ..Default::default()
            };
            app.selected = 0;
            app.reload(store)?;
        }
        (Action::Back, s) if s != Screen::Today => app.go(Screen::Today),
        (Action::Up, _) => app.selected = app.selected.saturating_sub(1),
        (Action::Down, _) => {
            app.selected = (app.selected + 1).min(app.list_len().saturating_sub(1));
            if app.screen == Screen::Journal && app.selected + 1 == app.journal_view.limit {
                app.journal_view.limit += JOURNAL_PAGE; // the next page
                app.reload(store)?;
            }
        }
        (Action::Left, _) => {
            app.tab = app.tab.saturating_sub(1);
            app.selected = 0;
        }
        (Action::Right, _) => {
            app.tab = (app.tab + 1).min(app.tab_count() - 1);
            app.selected = 0;
        }
        (Action::Open | Action::Edit, Screen::Today | Screen::Checkin) => {
            app.go(Screen::Checkin);
            app.mode = Mode::Checkin(CheckinForm::from_checkin(app.data.today_checkin.as_ref()));
        }
        (Action::New, Screen::Today | Screen::Journal) => app.start_writing(None),
        (Action::Growth, _) => app.open_form(forms::setback(&app.data), Purpose::NewSetback),
        (Action::SelfCheck, _) => {
            app.go(Screen::Progress);
            app.tab = super::assess::PROGRESS_TAB;
        }
        (Action::Open, Screen::Progress) if app.tab == super::assess::PROGRESS_TAB => {
            let scale = &crate::domain::scales::all()[app.selected];
            app.mode = Mode::Assess(Box::new(super::assess::Taking::new(scale)));
        }
        (Action::Open | Action::Edit, Screen::Export) => {
            let form = forms::export(app.today);
            refresh_preview(app, &form, store);
            app.open_form(form, Purpose::Export);
        }
        (Action::PageDown, Screen::Export) => app.export_scroll += 10,
        (Action::PageUp, Screen::Export) => {
            app.export_scroll = app.export_scroll.saturating_sub(10)
        }
        _ => match app.screen {
            Screen::Journal => journal(app, action, store)?,
            Screen::Goals => goals(app, action, store)?,
            Screen::Plan => plan(app, action, store)?,
            _ => {}
        },
    }
    Ok(())
}

fn journal(app: &mut App, action: Action, store: &Store) -> Result<()> {
    let selected = app.data.journal.get(app.selected).cloned();
    match action {
        Action::Open if selected.is_some() => app.mode = Mode::Read(app.selected),
        Action::Edit => {
            app.external = Some(ExternalEdit {
                entry_id: selected.as_ref().map(|e| e.id),
                text: selected.map(|e| e.body).unwrap_or_default(),
            })
        }
        Action::Delete if let Some(e) = selected => {
            app.mode = Mode::Asking(Ask::DeleteEntry(e.id), Box::new(Mode::Normal))
        }
        Action::Search => app.mode = Mode::Searching(String::new()),
        Action::FilterDomain => {
            let next = match app.journal_view.domain {
                None => Some(LifeDomain::ALL[0]),
                Some(d) => LifeDomain::ALL
                    .iter()
                    .position(|x| *x == d)
                    .and_then(|i| LifeDomain::ALL.get(i + 1))
                    .copied(),
            };
            app.journal_view.domain = next;
            app.journal_view.search = None;
            app.selected = 0;
            app.reload(store)?;
        }
        Action::Month(forward) => {
            use chrono::Datelike;
            let this_month = app.today.with_day(1).expect("day 1");
            let next = match app.journal_view.month {
                None => this_month,
                Some(m) if forward => m
                    .checked_add_months(chrono::Months::new(1))
                    .expect("in range")
                    .min(this_month),
                Some(m) => m
                    .checked_sub_months(chrono::Months::new(1))
                    .expect("in range"),
            };
            app.journal_view.month = Some(next);
            app.journal_view.search = None;
            app.selected = 0;
            app.reload(store)?;
        }
        Action::FilterTag => {
            let tags = &app.data.tags;
            let next = match &app.journal_view.tag {
                None => tags.first().cloned(),
                Some(t) => tags
                    .iter()
                    .position(|x| x == t)
                    .and_then(|i| tags.get(i + 1))
                    .cloned(),
            };
            app.journal_view.tag = next;
            app.journal_view.search = None;
            app.selected = 0;
            app.reload(store)?;
        }
        _ => {}
    }
    Ok(())
}

pub(super) fn read(app: &mut App, i: usize, action: Action, store: &Store) -> Result<()> {
    match action {
        Action::Back => {}
        Action::Up | Action::Down => {
            let n = app.data.journal.len();
            let j = if action == Action::Up {
                i.saturating_sub(1)
            } else {
                (i + 1).min(n.saturating_sub(1))
            };
            app.selected = j;
            app.mode = Mode::Read(j);
        }
        Action::Edit => {
            app.mode = Mode::Read(i);
            journal(app, action, store)?;
        }
        Action::Open => {
            let e = app.data.journal.get(i).cloned();
            app.start_writing(e.as_ref());
        }
        other => {
            app.mode = Mode::Read(i);
            normal(app, other, store)?;
        }
    }
    Ok(())
}

pub(super) fn search(app: &mut App, mut q: String, action: Action, store: &Store) -> Result<()> {
    match action {
        Action::Type(c) => q.push(c),
        Action::Erase => {
            q.pop();
        }
        Action::Back => return Ok(()),
        Action::Open | Action::Save => {
            if crate::store::fts_query(&q).is_some() {
                app.journal_view = JournalView {
                    search: Some(q),
                    limit: JOURNAL_PAGE,
                    ..Default::default()
                };
                app.selected = 0;
                app.reload(store)?;
                if app.data.journal.is_empty() {
                    app.message = Some("No entries mention that. Esc shows them all again.".into());
                }
            }
            return Ok(());
        }
        _ => {}
    }
    app.mode = Mode::Searching(q);
    Ok(())
}

fn goals(app: &mut App, action: Action, store: &Store) -> Result<()> {
    let selected = app.data.goals.get(app.selected).map(|(g, _, _)| g.clone());
    match (action, selected) {
        (Action::Add | Action::New, _) => app.open_form(forms::goal(None), Purpose::NewGoal),
        (Action::Edit, Some(g)) => app.open_form(forms::goal(Some(&g)), Purpose::EditGoal(g.id)),
        (Action::Open | Action::Toggle, Some(g)) => {
            let step = g
                .steps
                .iter()
                .find(|s| s.done_on.is_none())
                .map(|s| s.position);
            if g.kind == GoalKind::Milestone && step.is_none() {
                app.message = Some("Every step is done. Press s to mark it achieved.".into());
                return Ok(());
            }
            store.write(|w| w.log_goal(g.id, app.today, None, step))?;
            app.reload(store)?;
            app.message = Some(match step {
                Some(n) => format!("Step {n} of “{}” done. Well done.", g.title),
                None => format!("Logged “{}” for today. Well done.", g.title),
            });
        }
        (Action::Status, Some(g)) => {
            let all = GoalStatus::ALL;
            let next = all[(all.iter().position(|s| *s == g.status).unwrap_or(0) + 1) % all.len()];
            store.write(|w| w.set_goal_status(g.id, next))?;
            app.reload(store)?;
            app.message = Some(format!("“{}” is now {}.", g.title, next.label()));
        }
        _ => {}
    }
    Ok(())
}

fn plan(app: &mut App, action: Action, store: &Store) -> Result<()> {
    if app.tab == 1 {
        if matches!(action, Action::Add | Action::New) {
            app.open_form(forms::trigger(), Purpose::NewTrigger);
        }
        return Ok(());
    }
    let rows = plan_rows(&app.data.plan);
    let row = rows.get(app.selected).copied();
    let item = |n: usize| app.data.plan[n].clone();
    match (action, row) {
        (Action::Add | Action::New, Some(PlanRow::Section(s))) => {
            app.open_form(forms::plan_item(s, None), Purpose::NewPlanItem(s))
        }
        (Action::Add | Action::New, Some(PlanRow::Item(n))) => {
            let s = app.data.plan[n].section;
            app.open_form(forms::plan_item(s, None), Purpose::NewPlanItem(s));
        }
        (Action::Edit | Action::Open, Some(PlanRow::Item(n))) => {
            let it = item(n);
            app.open_form(
                forms::plan_item(it.section, Some(&it)),
                Purpose::EditPlanItem(it.id),
            );
        }
        (Action::Open, Some(PlanRow::Section(s))) => {
            app.open_form(forms::plan_item(s, None), Purpose::NewPlanItem(s))
        }
        (Action::Delete, Some(PlanRow::Item(n))) => {
            app.mode = Mode::Asking(Ask::DeletePlanItem(item(n).id), Box::new(Mode::Normal))
        }
        (Action::MoveUp | Action::MoveDown, Some(PlanRow::Item(n))) => {
            let it = item(n);
            let up = action == Action::MoveUp;
            if !up || it.position > 1 {
                let to = if up { it.position - 1 } else { it.position + 1 };
                let moved = store.write(|w| w.move_plan_item(it.id, to))?;
                app.reload(store)?;
                let rows = plan_rows(&app.data.plan);
                app.selected = rows
                    .iter()
                    .position(|r| matches!(r, PlanRow::Item(k) if app.data.plan[*k].id == moved.id))
                    .unwrap_or(app.selected);
            }
        }
        _ => {}
    }
    Ok(())
}

pub(super) fn checkin(
    app: &mut App,
    mut form: CheckinForm,
    action: Action,
    store: &Store,
) -> Result<()> {
    match action {
        Action::Down => form.next(),
        Action::Up => form.prev(),
        Action::Left => form.nudge(false),
        Action::Right => form.nudge(true),
        Action::Toggle => form.toggle(),
        Action::Type(c) if form.text_focus().is_some() => form.type_char(c),
        Action::Type(' ') => form.toggle(),
        Action::Type(c) if c.is_ascii_digit() => form.digit(c as u8 - b'0'),
        Action::Erase => form.erase(),
        Action::Save => {
            let c = store.write(|w| w.upsert_checkin(app.today, &form.patch()))?;
            app.reload(store)?;
            app.message = Some(if c.craving.is_some_and(|v| v >= 7) {
                "Checked in. Cravings are loud today: ! opens your plan whenever you need it."
                    .into()
            } else {
                "Checked in. Thank you for showing up today.".into()
            });
            if form.setback {
                app.mode = Mode::Asking(Ask::OfferGrowth, Box::new(Mode::Normal));
            }
            return Ok(());
        }
        Action::Back if form.dirty => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Checkin(form)));
            return Ok(());
        }
        Action::Back => return Ok(()),
        _ => {}
    }
    app.mode = Mode::Checkin(form);
    Ok(())
}

pub(super) fn form_action(
    app: &mut App,
    mut form: Box<Form>,
    purpose: Purpose,
    action: Action,
    store: &Store,
) -> Result<()> {
    match action {
        Action::Down => form.next(),
        Action::Up => form.prev(),
        Action::Left => form.nudge(false),
        Action::Right => form.nudge(true),
        Action::Type(c) => form.type_char(c),
        Action::Erase => form.erase(),
        Action::PageDown => app.export_scroll += 10,
        Action::PageUp => app.export_scroll = app.export_scroll.saturating_sub(10),
        Action::Save => match forms::submit(purpose, &form, &app.data, store, app.today) {
            Ok(msg) => {
                app.reload(store)?;
                app.message = Some(msg);
                if purpose == Purpose::NewSetback {
                    app.go(Screen::Progress);
                }
                return Ok(());
            }
            Err(e) => form.error = Some(e.to_string()),
        },
        Action::Back if form.dirty => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Form(form, purpose)));
            return Ok(());
        }
        Action::Back => {
            if purpose == Purpose::Welcome {
                app.message = Some(
                    "Skipped for now. Your plan and commitments can be added any time.".into(),
                );
            }
            return Ok(());
        }
        _ => {}
    }
    if purpose == Purpose::Export && !matches!(action, Action::PageUp | Action::PageDown) {
        refresh_preview(app, &form, store);
    }
    app.mode = Mode::Form(form, purpose);
    Ok(())
}

/// Re-renders the Export screen's preview for the form's current choices.
pub(super) fn refresh_preview(app: &mut App, form: &Form, store: &Store) {
    app.export_scroll = 0;
    app.export_preview = match forms::export_choice(form, app.today)
        .and_then(|(from, to, inc, _, _)| crate::report::build(store, from, to, inc))
    {
        Ok(summary) => crate::report::render(crate::report::Format::Markdown, &summary),
        Err(e) => format!("(no preview: {e})"),
    };
}

pub(super) fn write(
    app: &mut App,
    mut ta: Box<TextArea<'static>>,
    id: Option<i64>,
    action: Action,
    store: &Store,
) -> Result<()> {
    let empty = ta.lines().iter().all(|l| l.trim().is_empty());
    match action {
        Action::Save if empty => {
            app.message = Some("Nothing written yet.".into());
            app.mode = Mode::Write(ta, id);
        }
        Action::Save => {
            let e = save_entry(
                store,
                id,
                ta.lines().join("\n"),
                app.data.today_checkin.as_ref(),
            )?;
            app.reload(store)?;
            app.selected = app
                .data
                .journal
                .iter()
                .position(|x| x.id == e.id)
                .unwrap_or(0);
            app.message = Some(format!("Saved entry {} for {}.", e.id, e.date));
        }
        Action::Back if !empty => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Write(ta, id)))
        }
        Action::Back => {}
        Action::Key(k) => {
            ta.input(k);
            app.mode = Mode::Write(ta, id);
        }
        _ => app.mode = Mode::Write(ta, id),
    }
    Ok(())
}

pub(super) fn answer(
    app: &mut App,
    ask: Ask,
    prev: Mode,
    action: Action,
    store: &Store,
) -> Result<()> {
    let yes = matches!(action, Action::Type('y' | 'Y'));
    match ask {
        Ask::Discard if yes => app.message = Some("Left without saving.".into()),
        Ask::Discard => app.mode = prev,
        Ask::DeleteEntry(id) if yes => {
            store.write(|w| w.delete_journal(id))?;
            app.reload(store)?;
            app.message = Some(format!("Deleted entry {id}."));
        }
        Ask::DeletePlanItem(id) if yes => {
            let it = store.write(|w| w.remove_plan_item(id))?;
            app.reload(store)?;
            app.message = Some(format!("Removed “{}” from your plan.", it.text));
        }
        Ask::OfferGrowth if matches!(action, Action::Open | Action::Save) || yes => {
            app.open_form(forms::setback(&app.data), Purpose::NewSetback);
        }
        Ask::OfferGrowth => {
            app.message =
                Some("That's all right. You can write a growth entry any time with g.".into())
        }
        Ask::DeleteEntry(_) | Ask::DeletePlanItem(_) => app.message = Some("Kept.".into()),
    }
    Ok(())
}
