//! The overlay stack's pieces: what can sit above a screen (`Overlay`), what handling a
//! key asks of the app (`Effect`), the yes/no question and the help panel. The top
//! overlay takes each key; it asks to be closed (`Close`) or to open another (`Push`),
//! so push and pop are the only ways one opens or closes. If a write fails the overlay
//! stays, with everything typed in it.

use super::action::{Action, Screen};
use super::checkin::CheckinForm;
use super::crisis::CrisisView;
use super::forms::{FormView, GrowthForm};
use super::kept;
use super::keymap::Mode;
use super::lock::Curtain;
use super::selfcheck::Taking;
use super::shared::Ctx;
pub use super::step::Doomed;
use super::step::Step;
use super::widgets::{Scroll, two_column_panel};
use super::writer::{ExternalEdit, Writer};
use crate::domain::RecordKind;
use crate::error::Result;
use crate::store::Store;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub enum Overlay {
    Help { scroll: Scroll, under: Mode },
    Crisis(CrisisView),
    Confirm(Ask),
    Curtain(Curtain),
    Writer(Box<Writer>),
    Form(FormView),
    Checkin(CheckinForm),
    SelfCheck(Taking),
}

/// What a key asks of the app besides the overlay's own state.
pub enum Effect {
    Push(Overlay),
    /// Close the overlay on top (first the one that took the key; a second `Close`
    /// closes the one under it, as a "discard?" does).
    Close,
    Go(Screen),
    /// Open Progress on its self-checks with this scale selected.
    SelfChecks(usize),
    /// Re-read the data after a write.
    Reload,
    /// Put back the record last deleted or edited.
    Undo,
    /// Show this journal entry in the list.
    ShowEntry(i64),
    /// Show this day on the Check-in screen and open its check-in form.
    CheckinDay(chrono::NaiveDate),
    External(ExternalEdit),
    /// Open the journal again with this passphrase (it was replaced under tend).
    Reopen(crate::secret::Passphrase),
    Quit,
}

/// What needs a yes before it happens.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// Leaving unsaved words (or a self-check's answers).
    Discard {
        answers: bool,
    },
    Delete(Doomed),
    /// Letting go of words sync kept aside.
    Dismiss(kept::Dismissal),
    /// After a check-in saved a new setback: write about it now (this growth entry)?
    OfferGrowth(i64),
    /// After a use put a cut-down day over the plan: a growth entry "over my plan" for
    /// that commitment and day, now or not now?
    OverPlan(i64, chrono::NaiveDate),
    /// Quitting with unsaved words somewhere on the stack.
    Quit,
}

/// Asks before deleting a record, naming it and what else the deletion touches.
pub fn ask_delete(kind: RecordKind, id: i64, store: &Store) -> Result<Vec<Effect>> {
    let doomed = Doomed::of(kind, id, store)?;
    Ok(vec![Effect::Push(Overlay::Confirm(Ask::Delete(doomed)))])
}

/// Asks before dismissing the words kept beside a record (`beside`: "this entry").
/// With none, says so.
pub fn ask_dismiss(kept: &[crate::store::kept::Kept], beside: &str, cx: &mut Ctx) -> Vec<Effect> {
    if kept.is_empty() {
        cx.say(t!("tui-kept-none-beside", beside = beside));
        return vec![];
    }
    let d = kept::Dismissal {
        ids: kept.iter().map(|k| k.id).collect(),
        devices: kept::devices(kept),
        beside: beside.to_string(),
    };
    vec![Effect::Push(Overlay::Confirm(Ask::Dismiss(d)))]
}

/// After the question: dismissed in one write (sync carries it to the other devices),
/// or kept.
fn answer_dismiss(
    d: &kept::Dismissal,
    yes: bool,
    cx: &mut Ctx,
    store: &Store,
) -> Result<Vec<Effect>> {
    if !yes {
        cx.say(t!("tui-kept-kept", devices = &d.devices));
        return Ok(vec![]);
    }
    store.write(|tx| d.ids.iter().try_for_each(|&id| tx.sync_dismiss(id)))?;
    cx.say(t!("tui-kept-dismissed", devices = &d.devices));
    Ok(vec![Effect::Reload])
}

/// The regions an overlay may draw in.
#[derive(Debug, Clone, Copy)]
pub struct Areas {
    pub full: Rect,
    pub body: Rect,
    pub status: Rect,
}

impl Overlay {
    pub fn mode(&self) -> Mode {
        match self {
            Overlay::Help { .. } => Mode::Help,
            Overlay::Crisis(c) => c.mode(),
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Curtain(_) => Mode::Curtain,
            Overlay::Writer(_) => Mode::Writing,
            Overlay::Form(v) => v.mode(),
            Overlay::Checkin(f) => f.mode(),
            Overlay::SelfCheck(_) => Mode::SelfCheck,
        }
    }

    /// Whether closing it now would lose what the person typed.
    pub fn unsaved(&self) -> bool {
        match self {
            Overlay::Writer(w) => w.unsaved(),
            Overlay::Form(v) => v.unsaved(),
            Overlay::Checkin(f) => f.dirty,
            Overlay::SelfCheck(t) => !t.answers.is_empty(),
            _ => false,
        }
    }

    /// Takes one key; what it asks for comes back as effects on the stack.
    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
        let step = match self {
            Overlay::Help { scroll, .. } => help_key(scroll, action),
            Overlay::Crisis(c) => c.handle(action, cx, store)?,
            Overlay::Confirm(ask) => return answer(ask.clone(), action, cx, store),
            Overlay::Curtain(c) => c.handle(action, cx, store),
            Overlay::Writer(w) => w.handle(action, cx, store)?,
            Overlay::Form(v) => v.handle(action, cx, store),
            Overlay::Checkin(f) => f.handle(action, cx, store)?,
            Overlay::SelfCheck(t) => t.handle(action, cx, store)?,
        };
        Ok(effects(step))
    }

    /// Draws it over what is below: forms, the editor and a self-check take the
    /// screen's place; help and crisis are panels; a question takes the status line;
    /// the curtain hides everything.
    pub fn render(&self, cx: &Ctx, f: &mut Frame, a: Areas) {
        if matches!(
            self,
            Overlay::Writer(_) | Overlay::Form(_) | Overlay::Checkin(_) | Overlay::SelfCheck(_)
        ) {
            f.render_widget(Clear, a.body);
        }
        match self {
            Overlay::Help { scroll, under } => help(cx, scroll, *under, f, a.body),
            Overlay::Crisis(c) => c.render(cx, f, a.body),
            Overlay::Confirm(ask) => question(ask, cx, f, a),
            Overlay::Curtain(c) => c.render(cx, f, a.full),
            Overlay::Writer(w) => w.render(cx, f, a.body),
            Overlay::Form(v) => v.form.render(v, cx, f, a.body),
            Overlay::Checkin(form) => form.render(cx, f, a.body),
            Overlay::SelfCheck(t) => t.render(cx, f, a.body),
        }
    }
}

/// What an overlay's step means for the stack.
fn effects(step: Step) -> Vec<Effect> {
    let push = |o| vec![Effect::Push(o)];
    match step {
        Step::Stay => vec![],
        Step::Close => vec![Effect::Close],
        Step::AskDiscard { answers } => push(Overlay::Confirm(Ask::Discard { answers })),
        Step::Help(under) => push(Overlay::Help {
            scroll: Scroll::default(),
            under,
        }),
        Step::Crisis(note) => push(Overlay::Crisis(CrisisView {
            note,
            ..CrisisView::default()
        })),
        Step::Reload => vec![Effect::Reload],
        Step::Go(s) => vec![Effect::Close, Effect::Go(s)],
        Step::Reopen(key) => vec![Effect::Reopen(key)],
        Step::Done(done) => {
            let mut effects = vec![Effect::Close, Effect::Reload];
            effects.extend(done.go.map(Effect::Go));
            effects.extend(done.show_entry.map(Effect::ShowEntry));
            effects.extend(done.checkin_day.map(Effect::CheckinDay));
            effects.extend(done.self_checks.map(Effect::SelfChecks));
            if let Some((c, day)) = done.offer_over_plan {
                effects.push(Effect::Push(Overlay::Confirm(Ask::OverPlan(c, day))));
            }
            if let Some(id) = done.offer_growth {
                effects.push(Effect::Push(Overlay::Confirm(Ask::OfferGrowth(id))));
            }
            if let Some(d) = done.ask_delete {
                effects.push(Effect::Push(Overlay::Confirm(Ask::Delete(d))));
            }
            if done.import {
                let form = FormView::new(super::forms::ImportForm::new());
                effects.push(Effect::Push(Overlay::Form(form)));
            }
            if let Some(note) = done.crisis {
                let view = CrisisView {
                    note: Some(note),
                    ..CrisisView::default()
                };
                effects.push(Effect::Push(Overlay::Crisis(view)));
            }
            effects
        }
    }
}

fn answer(ask: Ask, action: Action, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    let yes = action == Action::Yes;
    let mut effects = vec![Effect::Close];
    match ask {
        Ask::Discard { .. } if yes => {
            cx.say(t!("tui-left-without-saving"));
            effects.push(Effect::Close);
        }
        Ask::Quit if yes => effects.push(Effect::Quit),
        Ask::Discard { .. } | Ask::Quit => {}
        Ask::Delete(d) if yes => {
            let gone = store.write(|w| w.delete_record(d.kind, d.id))?;
            let undo = cx.keys.key(Mode::Screen(Screen::Today), Action::Undo);
            cx.say(t!("tui-deleted", record = &d.label, undo = undo));
            cx.remember(gone);
            effects.push(Effect::Reload);
        }
        Ask::Delete(d) => cx.say(t!("tui-delete-kept", record = &d.label)),
        Ask::Dismiss(d) => effects.extend(answer_dismiss(&d, yes, cx, store)?),
        Ask::OfferGrowth(id) if yes || action == Action::Open => {
            if let Some(s) = cx.data.setbacks.iter().find(|s| s.id == id) {
                let form = FormView::new(GrowthForm::reflect(&cx.data, s));
                effects.push(Effect::Push(Overlay::Form(form)));
            }
        }
        Ask::OfferGrowth(_) => {
            let w = cx.keys.key(Mode::Screen(Screen::Today), Action::Reflect);
            cx.say(t!("tui-setback-kept", key = w));
        }
        Ask::OverPlan(c, day) if yes || action == Action::Open => {
            let draft = crate::domain::SetbackDraft {
                kind: crate::domain::SetbackKind::OverPlan,
                ..crate::domain::SetbackDraft::ticked(day, Some(c))
            };
            let s = store.write(|w| w.add_setback(draft))?;
            cx.say(t!("tui-over-plan-saved"));
            let form = FormView::new(GrowthForm::write_up(&cx.data, &s));
            effects.extend([Effect::Reload, Effect::Push(Overlay::Form(form))]);
        }
        Ask::OverPlan(..) => cx.say(t!("tui-over-plan-not-now")),
    }
    Ok(effects)
}

/// The question on the status line, with the keys that answer it; a deletion's
/// question, which names the record and what goes with it, takes a small panel.
fn question(ask: &Ask, cx: &Ctx, f: &mut Frame, a: Areas) {
    let key = |a| cx.keys.key(Mode::Confirm, a);
    let yes = key(Action::Yes);
    match ask {
        Ask::Delete(d) => return delete_question(d, &yes, cx, f, a.body),
        Ask::Dismiss(d) => {
            let lines = vec![
                Line::from(kept::question(d)),
                Line::styled(t!("tui-dismiss-keys", yes = &yes), cx.theme.accent()),
            ];
            return panel_question(lines, &t!("tui-dismiss-title"), f, a.body);
        }
        _ => {}
    }
    let area = a.status;
    let (enter, esc) = (key(Action::Open), key(Action::Back));
    let q = match ask {
        Ask::Discard { answers: true } => t!("tui-ask-leave-self-check", yes = &yes),
        Ask::Discard { answers: false } => t!("tui-ask-leave", yes = &yes),
        Ask::Delete(_) | Ask::Dismiss(_) => String::new(),
        Ask::OfferGrowth(_) => t!("tui-ask-offer-growth", enter = enter, esc = esc),
        Ask::OverPlan(..) => t!("tui-ask-over-plan", enter = enter, esc = esc),
        Ask::Quit => t!("tui-ask-quit", yes = &yes),
    };
    let line = Line::styled(format!(" {q}"), cx.theme.accent());
    if line.width() > usize::from(area.width) {
        // Too long for the status line: a panel, so the keys that answer stay whole.
        let lines = vec![Line::styled(q, cx.theme.accent())];
        return panel_question(lines, "", f, a.body);
    }
    f.render_widget(Clear, area);
    f.render_widget(line, area);
}

fn delete_question(d: &Doomed, yes: &str, cx: &Ctx, f: &mut Frame, body: Rect) {
    let mut text = t!("tui-ask-delete", record = &d.label);
    for also in &d.also {
        let mut c = also.chars();
        let first: String = c
            .next()
            .map(|f| f.to_uppercase().collect())
            .unwrap_or_default();
        text.push_str(&format!(" {first}{}.", c.as_str()));
    }
    let lines = vec![
        Line::from(text),
        Line::styled(t!("tui-delete-keys", yes = yes), cx.theme.accent()),
    ];
    panel_question(lines, &t!("tui-delete-title"), f, body);
}

/// A question that needs more than the status line, in a panel at the foot of the body
/// (with `title` on its border, unless empty).
fn panel_question(lines: Vec<Line<'static>>, title: &str, f: &mut Frame, body: Rect) {
    // Across the whole body, over the screen's own bottom border, so no corner of
    // what is underneath shows beside its own.
    let rows = super::widgets::wrapped_rows(&lines, body.width.saturating_sub(2)) as u16;
    let h = (rows + 2).min(body.height);
    let area = Rect {
        y: body.bottom().saturating_sub(h),
        height: h,
        ..body
    };
    f.render_widget(Clear, area);
    let mut block = Block::bordered();
    if !title.is_empty() {
        block = block.title(format!(" {title} "));
    }
    let para = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    f.render_widget(para, area);
}

fn help_key(scroll: &mut Scroll, action: Action) -> Step {
    if !scroll.apply(action) && matches!(action, Action::Back | Action::Help) {
        return Step::Close;
    }
    Step::Stay
}

/// The help lines, generated from the keymap: the keys anywhere, then the keys of
/// where help was opened, then every other screen and overlay.
pub fn help_lines(cx: &Ctx, under: Mode) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = Vec::new();
    let mut section = |title: &str, rows: Vec<(String, String)>| {
        if rows.is_empty() {
            return;
        }
        lines.push(Line::styled(title.to_string(), t.accent()));
        for (keys, what) in rows {
            lines.push(Line::from(format!("  {keys:<15}{what}")));
        }
    };
    let today = Mode::Screen(Screen::Today);
    section(&t!("tui-help-anywhere"), cx.keys.help(today, Some(true)));
    let mut order = vec![under];
    order.extend(Mode::all().filter(|m| *m != under));
    let mut seen: Vec<String> = vec![];
    for mode in order {
        let title = mode.title();
        if seen.contains(&title) || matches!(mode, Mode::Curtain | Mode::Confirm | Mode::Help) {
            continue;
        }
        section(&title, cx.keys.help(mode, Some(false)));
        seen.push(title);
    }
    lines
}

/// Where a wrapped help line goes on: under what the keys do.
const HELP_INDENT: usize = 17;

fn help(cx: &Ctx, scroll: &Scroll, under: Mode, f: &mut Frame, area: Rect) {
    // Each line wrapped in its column (the panel's two halves, 2 apart), so what a key
    // does is read whole, its next rows under the words.
    let column = usize::from(area.width.saturating_sub(4) / 2);
    let lines: Vec<Line> = help_lines(cx, under)
        .into_iter()
        .flat_map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = l.spans.first().map_or(l.style, |s| s.style);
            super::widgets::wrap_hanging(&text, column, HELP_INDENT)
                .into_iter()
                .map(move |row| Line::styled(row, style))
        })
        .collect();
    let scroll_keys = cx.keys.keys(Mode::Help, &[Action::Up, Action::Down]);
    let close = cx.keys.key(Mode::Help, Action::Back);
    // Both columns show lines in order: the panel is as tall as its inner area.
    let per_column = area.height.saturating_sub(2) as usize;
    let total = lines.len();
    let skip = scroll.fit(total, per_column * 2);
    let title = if total > per_column * 2 {
        let last = (skip + per_column * 2).min(total);
        t!(
            "tui-help-title-lines",
            scroll = scroll_keys,
            first = skip + 1,
            last = last,
            total = total,
            close = close
        )
    } else {
        t!("tui-help-title", scroll = scroll_keys, close = close)
    };
    let title = format!(" {title} ");
    let [a, b] = two_column_panel(f, area, &title);
    let mut shown = lines.into_iter().skip(skip);
    let left: Vec<Line> = shown.by_ref().take(per_column).collect();
    let right: Vec<Line> = shown.take(per_column).collect();
    f.render_widget(Paragraph::new(left), a);
    f.render_widget(Paragraph::new(right), b);
}
