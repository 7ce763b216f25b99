//! The crisis view: the person's own plan in order (HALT, reasons, coping steps,
//! people to call, crisis contacts), with the crisis lines always in sight, on its
//! first page; the signs of an overdose and what to do on its second (`safety`). The
//! urge-surfing timer it can start lives in `urge_timer`.

use super::action::{Action, Screen};
use super::keymap::Mode;
use super::shared::Ctx;
use super::step::Step;
use super::theme::Theme;
use super::urge_timer::{self, Surf};
use super::widgets::{Scroll, scrolled_column, two_column_panel, wrapped_rows};
use crate::domain::PlanSection as S;
use crate::error::Result;
use crate::store::Store;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The quiet line that keeps the way back in sight for two weeks after an answer about
/// self-harm (`{key}`: the crisis key).
pub fn way_back(key: &str) -> String {
    t!("tui-crisis-way-back", key = key)
}

/// Shown above the crisis plan when PHQ-9 item 9 was answered above 0.
pub fn item_nine_note() -> String {
    t!("tui-crisis-item-nine")
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrisisView {
    /// Why it opened on its own (PHQ-9 item 9), shown above the plan.
    pub note: Option<String>,
    pub surf: Option<Surf>,
    /// How far the plan (reasons, coping steps) is scrolled: PgUp, PgDn, Home, End.
    pub scroll: Scroll,
    /// People scrolled past in the people to call: ↑ and ↓.
    pub people: Scroll,
    /// On the second page: the signs of an overdose and what to do (→, ← back).
    pub safety: bool,
    /// How far the second page's two columns are scrolled, together.
    pub safety_scroll: [Scroll; 2],
}

impl CrisisView {
    pub fn mode(&self) -> Mode {
        if self.surf.is_some() {
            Mode::Surfing
        } else if self.safety {
            Mode::Safety
        } else {
            Mode::Crisis
        }
    }

    /// Whether the timer's second hand is running (the loop then wakes every second).
    pub fn ticking(&self) -> bool {
        matches!(self.surf, Some(Surf::Riding { .. }))
    }

    pub fn handle(&mut self, a: Action, cx: &mut Ctx, store: &Store) -> Result<Step> {
        if let Some(s) = self.surf.take() {
            let (next, logged) =
                urge_timer::step(s.clone(), a, store).inspect_err(|_| self.surf = Some(s))?;
            self.surf = next;
            if let Some(msg) = logged {
                cx.say(msg);
                return Ok(Step::Reload);
            } else if self.surf.is_none() {
                let u = cx.keys.key(Mode::Crisis, Action::Urge);
                cx.say(t!("tui-crisis-timer-closed", key = u));
            }
            return Ok(Step::Stay);
        }
        if self.safety {
            return Ok(self.safety_key(a));
        }
        match a {
            Action::Right => self.safety = true,
            Action::Up | Action::Down => {
                self.people.apply(a);
            }
            _ if self.scroll.apply(a) => {}
            _ => return Ok(self.other_key(a)),
        }
        Ok(Step::Stay)
    }

    /// The second page's keys: ← goes back to the plan, the rest scroll or close.
    fn safety_key(&mut self, a: Action) -> Step {
        match a {
            Action::Left => self.safety = false,
            _ if self.safety_scroll.iter_mut().all(|s| s.apply(a)) => {}
            _ => return self.other_key(a),
        }
        Step::Stay
    }

    fn other_key(&mut self, a: Action) -> Step {
        match a {
            Action::Urge => {
                self.safety = false;
                self.surf = Some(Surf::Before { urge: 5 });
                Step::Stay
            }
            Action::Back | Action::Crisis => Step::Close,
            Action::Help => Step::Help(self.mode()),
            Action::Go(s) => Step::Go(s),
            _ => Step::Stay,
        }
    }

    /// The plan in safety-plan order: HALT, reasons and coping steps on the left (the
    /// urge timer there when running); people to call and crisis contacts on the right,
    /// where the contacts always fit and the people give way ("… and N more").
    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        if self.safety {
            return super::safety::render(cx, f, area, &self.safety_scroll);
        }
        let t = &cx.theme;
        let mut left = Vec::new();
        if let Some(note) = &self.note {
            // Opened by an answer about self-harm: the person's reasons first, beside
            // the people and lines to call; the urge timer stays one key away.
            left.push(Line::styled(note.clone(), t.accent()));
            left.push(Line::from(""));
            section(cx, &mut left, S::Reasons, &t!("tui-crisis-my-reasons"));
            coping_steps(cx, &mut left);
        } else {
            left.extend([
                Line::styled(t!("tui-crisis-not-alone"), t.calm()),
                Line::styled(t!("tui-crisis-halt"), t.accent()),
                Line::from(t!("tui-crisis-urges-pass")),
                Line::from(""),
            ]);
        }
        match &self.surf {
            Some(surf) => urge_timer::lines(surf, cx, &mut left),
            None if self.note.is_some() => {}
            None => {
                let u = cx.keys.key(Mode::Crisis, Action::Urge);
                left.push(Line::styled(t!("tui-crisis-press-urge", key = u), t.calm()));
                left.push(Line::from(""));
            }
        }
        if self.note.is_none() {
            section(cx, &mut left, S::Reasons, &t!("tui-crisis-reasons"));
            coping_steps(cx, &mut left);
        }
        let close = cx.keys.key(Mode::Crisis, Action::Back);
        let title = t!("tui-crisis-title", key = close);
        let [a, b] = two_column_panel(f, area, &title);
        let pages = cx
            .keys
            .keys(Mode::Crisis, &[Action::PageDown, Action::PageUp]);
        let arrows = cx.keys.keys(Mode::Crisis, &[Action::Up, Action::Down]);
        let right = people_and_contacts(cx, b, &self.people, &arrows);
        scrolled_column(f, a, left, &self.scroll, &pages, t);
        f.render_widget(Paragraph::new(right).wrap(Wrap { trim: false }), b);
    }
}

/// People to call, then the person's own professional and crisis contacts, then their
/// own crisis lines and every built-in line (their country's first), always. The
/// contacts always fit in `area`; people beyond what fits scroll (`scroll` people
/// down), with how many are above and below, never cut off unseen.
fn people_and_contacts(cx: &Ctx, area: Rect, scroll: &Scroll, pages: &str) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut people = people_to_call(cx);
    // The lines in full, else one short line each, else packed into a few rows: as
    // full as leaves room for the first two people.
    let want = wrapped_rows(&people, area.width).min(8);
    let mut contacts = Vec::new();
    for words in [Words::Full, Words::Short, Words::Packed] {
        contacts = own_contacts(cx);
        contacts.extend(crisis_lines(cx, words));
        if wrapped_rows(&contacts, area.width) + want <= area.height as usize {
            break;
        }
    }
    let room = (area.height as usize).saturating_sub(wrapped_rows(&contacts, area.width));
    if wrapped_rows(&people, area.width) > room && people.len() > 2 {
        people = scrolled_people(people, room, area.width, scroll, pages, t);
    }
    people.extend(contacts);
    people
}

/// How the built-in crisis lines are worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    Full,
    Short,
    Packed,
}

/// The plan's professional and crisis contacts, when it has any.
fn own_contacts(cx: &Ctx) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if cx.data.plan.iter().any(|i| i.section == S::Contacts) {
        section(cx, &mut lines, S::Contacts, &t!("tui-crisis-contacts"));
        lines.pop(); // the crisis lines follow at once
    }
    lines
}

/// The person's own crisis lines, then every built-in line (their country's first);
/// where to add their own when the plan has none.
fn crisis_lines(cx: &Ctx, words: Words) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = vec![Line::styled(t!("tui-crisis-lines"), t.accent())];
    let own = cx.prefs.crisis_lines.iter().flatten().cloned();
    let built_in = crate::domain::crisis::lines(cx.prefs.country.as_deref());
    let built_in: Vec<String> = match words {
        Words::Full => built_in.iter().map(|l| l.text()).collect(),
        Words::Short => built_in.iter().map(|l| l.short()).collect(),
        Words::Packed => vec![crate::domain::crisis::packed(&built_in)],
    };
    lines.extend(own.chain(built_in).map(|l| Line::from(format!("  • {l}"))));
    if !cx.data.plan.iter().any(|i| i.section == S::Contacts) {
        let plan = cx
            .keys
            .key(Mode::Screen(Screen::Today), Action::Go(Screen::Plan));
        lines.push(Line::styled(
            format!("  {}", t!("tui-crisis-add-own", key = plan)),
            t.dim(),
        ));
    }
    lines
}

/// The people section when it doesn't fit in `room` rows: whole people (a name and its
/// detail), from the `scroll`th on as far as the last page, between lines saying how
/// many are above and below.
fn scrolled_people(
    mut lines: Vec<Line<'static>>,
    room: usize,
    width: u16,
    scroll: &Scroll,
    pages: &str,
    t: &Theme,
) -> Vec<Line<'static>> {
    let heading = lines.remove(0);
    lines.pop(); // the blank line after the section
    let mut people: Vec<Vec<Line<'static>>> = Vec::new();
    for l in lines {
        match people.last_mut() {
            Some(p) if !l.to_string().starts_with("  •") => p.push(l),
            _ => people.push(vec![l]),
        }
    }
    // Room for the heading, the two "more" lines and a blank line.
    let fit_rows = room.saturating_sub(4).max(1);
    let rows = |p: &[Line]| wrapped_rows(p, width);
    let fits_from = |start: usize| {
        let mut used = 0;
        people[start..]
            .iter()
            .take_while(|p| {
                used += rows(p);
                used <= fit_rows
            })
            .count()
            .max(1)
    };
    let last_start = (0..people.len())
        .find(|s| s + fits_from(*s) >= people.len())
        .unwrap_or(0);
    let skip = scroll.fit(people.len(), people.len() - last_start);
    let shown = fits_from(skip);
    let below = people.len() - skip - shown;
    let mut out = vec![heading];
    if skip > 0 {
        let more = t!("tui-crisis-more-above", count = skip, keys = pages);
        out.push(Line::styled(format!("  ↑ {more}"), t.dim()));
    }
    out.extend(people.into_iter().skip(skip).take(shown).flatten());
    if below > 0 {
        let more = t!("tui-crisis-more-below", count = below, keys = pages);
        out.push(Line::styled(format!("  ↓ {more}"), t.dim()));
    }
    out.push(Line::from(""));
    out
}

/// "People to call": emergency contacts and sponsors first, with their numbers, then
/// everyone else the person keeps, then the plan's own list of supports.
fn people_to_call(cx: &Ctx) -> Vec<Line<'static>> {
    let t = &cx.theme;
    // Someone the plan names as a professional or crisis contact is listed there.
    let contact = |id: i64| {
        cx.data
            .plan
            .iter()
            .any(|i| i.section == S::Contacts && i.person_id == Some(id))
    };
    let mut keep: Vec<&crate::domain::Person> = cx
        .data
        .people
        .iter()
        .filter(|p| p.active_on(cx.today) && !contact(p.id))
        .collect();
    keep.sort_by_key(|p| p.call_order());
    let mut lines = Vec::new();
    let nothing_yet = !section(cx, &mut lines, S::Supports, &t!("tui-crisis-people"));
    if nothing_yet && !keep.is_empty() {
        lines.remove(1);
    }
    let people: Vec<Line<'static>> = keep
        .iter()
        .flat_map(|p| {
            let mut l = vec![Line::from(format!("  • {}{}", p.name, p.call_about()))];
            if let Some(ph) = &p.phone {
                l.push(Line::styled(format!("    {ph}"), t.accent()));
            }
            l
        })
        .collect();
    lines.splice(1..1, people);
    lines
}

/// The coping steps: the plan's own in its order, then the toolbox's strategies the
/// person linked to a trigger (by name), each once.
fn coping_steps(cx: &Ctx, lines: &mut Vec<Line<'static>>) {
    section(cx, lines, S::CopingSteps, &t!("tui-crisis-coping"));
    let linked = |id: i64| cx.data.triggers.iter().any(|t| t.coping_ids.contains(&id));
    let more: Vec<&crate::domain::CopingStrategy> = cx
        .data
        .coping
        .iter()
        .filter(|c| c.plan_position.is_none() && linked(c.id))
        .collect();
    if more.is_empty() {
        return;
    }
    lines.pop(); // the blank line after the section
    if cx.data.plan.iter().all(|i| i.section != S::CopingSteps) {
        lines.pop(); // the line saying there is nothing yet
    }
    for c in more {
        lines.push(Line::from(format!("  • {}", c.name)));
        if let Some(d) = &c.description {
            lines.push(Line::styled(format!("    {d}"), cx.theme.accent()));
        }
    }
    lines.push(Line::from(""));
}

/// A heading and the plan's items in `section`; returns whether it had any.
fn section(cx: &Ctx, lines: &mut Vec<Line<'static>>, section: S, heading: &str) -> bool {
    let t = &cx.theme;
    lines.push(Line::styled(heading.to_string(), t.accent()));
    // Someone already listed above as a person isn't listed twice.
    let listed = |i: &&crate::domain::PlanItem| {
        section == S::Supports
            && i.person_id.is_some_and(|p| {
                cx.data
                    .people
                    .iter()
                    .any(|x| x.id == p && x.active_on(cx.today))
            })
    };
    let items: Vec<_> = cx
        .data
        .plan
        .iter()
        .filter(|i| i.section == section)
        .filter(|i| !listed(i))
        .collect();
    let any = !items.is_empty();
    if !any {
        lines.push(Line::styled(
            format!("  {}", t!("tui-crisis-nothing-yet")),
            t.dim(),
        ));
    }
    for i in items {
        // A line naming a person reads their name and number from the person.
        let person = i
            .person_id
            .and_then(|p| cx.data.people.iter().find(|x| x.id == p));
        let name = person.map_or(&i.text, |p| &p.name);
        lines.push(Line::from(format!("  • {name}")));
        // Their number, unless the line's own detail already gives it.
        let phone = person
            .and_then(|p| p.phone.clone())
            .filter(|ph| !i.detail.as_ref().is_some_and(|d| d.contains(ph.as_str())));
        for d in phone.into_iter().chain(i.detail.clone()) {
            lines.push(Line::styled(format!("    {d}"), t.accent()));
        }
    }
    lines.push(Line::from(""));
    any
}
