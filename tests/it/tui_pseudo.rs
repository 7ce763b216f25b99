//! The pseudo-locale (`en-XA`) over the whole TUI: every screen and each of its tabs
//! and views, every form (as add and as edit, each field in turn and each option of
//! each choice), every overlay and the status line after the actions that speak, at
//! 80×24 and 120×40, each reached as a person reaches it on the fixture journal
//! (`common::fixture`). Every catalog word comes out accented, so a plain-ASCII
//! English word left on screen skipped the catalog; the person's own words and what
//! stays by design (`common::pseudo::STAYS`) are let through.
//!
//! Each group is one test over a table of (state, how to reach it); a failure lists
//! every state and size that shows English, not only the first. The tables are the
//! one list of the app's states: each group's walk here also hands each state to the
//! 80×24 sweep for cut words in the pseudo-locale, and `every_state` hands each to it
//! in English (`tui_sweep`), so a state added here is checked there.

use crate::common;
use crate::tui_sweep::Sweep;

use common::person::Person;
use crossterm::event::KeyCode::{
    self, BackTab, Char, Down, End, Enter, Esc, Left, PageDown, Right,
};
use crossterm::event::KeyModifiers;
use std::collections::BTreeSet;
use tend::domain::PlanSection;
use tend::tui::action::{Action, Screen};
use tend::tui::app::{App, update};
use tend::tui::overlay::Overlay;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// A state of the app, reached from the fixture journal as a person reaches it (it
/// may put another journal in the person's place first).
pub type Reach = fn(&mut Person);

/// What is done at each state the tables reach: the pseudo-locale check here, the
/// 80×24 sweep for cut words in `tui_sweep`.
pub trait Look {
    /// The person at one state, named `what`; `own` holds the person's own words.
    fn look(&mut self, p: &Person, what: &str, own: &BTreeSet<String>);
    /// A state that could not be reached as its table says.
    fn failed(&mut self, what: &str, why: &str);
}

/// Every state of every table below, each handed to `l` (in the language in effect).
pub fn every_state(l: &mut dyn Look) {
    screens(l);
    forms(l);
    form_messages(l);
    overlays(l);
    status_lines(l);
    kept_words(l);
}

thread_local! {
    /// Whether states are reached from the demo journal rather than the fixture.
    static ON_DEMO: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with each state reached from the demo journal (its long, real-looking
/// words) in place of the fixture; states made for the fixture's records may show
/// something else there.
pub fn on_demo(f: impl FnOnce()) {
    ON_DEMO.set(true);
    f();
    ON_DEMO.set(false);
}

/// The tables of `states`, in the pseudo-locale, checked for English; the same walk
/// hands each state to the 80×24 sweep in the pseudo-locale (`tui_sweep`, which walks
/// English itself), so a state is reached once for both.
fn pseudo(group: &str, states: fn(&mut dyn Look)) {
    let mut found = Findings::default();
    let mut sweep = Sweep::new("en-XA");
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        states(&mut Both(&mut found, &mut sweep));
    });
    found.assert_none(group);
    sweep.assert_none(group);
}

/// Two looks at each state, one after the other.
struct Both<'a>(&'a mut dyn Look, &'a mut dyn Look);

impl Look for Both<'_> {
    fn look(&mut self, p: &Person, what: &str, own: &BTreeSet<String>) {
        self.0.look(p, what, own);
        self.1.look(p, what, own);
    }

    fn failed(&mut self, what: &str, why: &str) {
        self.0.failed(what, why);
        self.1.failed(what, why);
    }
}

/// Presses the keys, one after another: `keys![Char('6'), Right]`.
macro_rules! keys {
    ($($k:expr),* $(,)?) => {
        |p: &mut Person| {
            p.keys(&[$($k),*]);
        }
    };
}

/// What one run over a table found: each state and size that showed English.
#[derive(Default)]
struct Findings(Vec<String>);

impl Look for Findings {
    /// The screen at each size, and the status line in full (the screen may cut it),
    /// checked; `own` holds the person's own words.
    fn look(&mut self, p: &Person, what: &str, own: &BTreeSet<String>) {
        let own = &with_summary_in_spanish(p, own);
        for (w, h) in SIZES {
            let screen = p.screen(w, h);
            self.check(
                &format!("{what} at {w}x{h}"),
                &screen,
                &with_cut_words(&screen, own),
            );
        }
        if let Some(m) = p.message() {
            self.check(&format!("{what}, the status line"), m, own);
        }
    }

    fn failed(&mut self, what: &str, why: &str) {
        self.0.push(format!("{what}: {why}"));
    }
}

/// `own` and, when the export form writes the summary in Spanish (the person's
/// choice of language, not English left over), the words of its preview.
fn with_summary_in_spanish(p: &Person, own: &BTreeSet<String>) -> BTreeSet<String> {
    use tend::catalog::{Language, Region, in_language, text};
    let mut own = own.clone();
    let title = in_language(Language::Spanish(Region::Other), || {
        text("summary-title", None)
    });
    if let Some(Overlay::Form(v)) = p.app.top()
        && let Some(preview) = v.form.preview()
        && preview.contains(&title)
    {
        own.extend(words(preview));
    }
    own
}

impl Findings {
    fn check(&mut self, what: &str, text: &str, own: &BTreeSet<String>) {
        let checked = std::panic::catch_unwind(|| {
            common::pseudo::assert_translated(what, text, own);
        });
        if let Err(e) = checked {
            let message = e
                .downcast_ref::<String>()
                .map_or("(no message)", String::as_str);
            // The lines that failed, without the screen (the panic above showed it).
            let lines = message.split("\n\n").next().unwrap_or(message);
            self.0.push(lines.to_string());
        }
    }

    fn assert_none(self, group: &str) {
        assert!(
            self.0.is_empty(),
            "{} state(s) of {group} show English that skipped the catalog:\n\n{}",
            self.0.len(),
            self.0.join("\n\n")
        );
    }
}

thread_local! {
    /// Words the person brought in during the state being reached (a file they are
    /// importing), which are theirs before they are in the journal.
    static BROUGHT: std::cell::RefCell<BTreeSet<String>> = const {
        std::cell::RefCell::new(BTreeSet::new())
    };
}

/// The plain-ASCII words of `text`, as the check counts them.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
}

/// The words of `text` are the person's own from here on in this state.
fn brought(text: &str) {
    BROUGHT.with(|b| b.borrow_mut().extend(words(text)));
}

/// The person's own words: every free-text column (`Person::own_words`), the tags of
/// their entries, the words sync kept aside from another device with that device's
/// name, and what they brought in (`brought`); all stay as typed.
fn own_words(p: &Person) -> BTreeSet<String> {
    let mut own = p.own_words();
    for e in p.store.journal(&Default::default()).unwrap_or_default() {
        own.extend(e.tags.iter().flat_map(|t| words(t).collect::<Vec<_>>()));
    }
    for c in p.store.sync_conflicts(None).unwrap_or_default() {
        own.extend(words(&c.text).chain(words(&c.device)));
    }
    BROUGHT.with(|b| own.extend(b.borrow().iter().cloned()));
    // Values the person types as they are, which the forms show as hints and choices:
    // the roles (`--role`), the sources an import reads (`--from`), and that field's
    // name in an import's refusal.
    own.extend(
        tend::domain::Role::ALL
            .iter()
            .map(|r| r.as_str().to_string()),
    );
    own.extend(["tend", "daylio", "jrnl", "dayone", "from"].map(String::from));
    own
}

/// `own`, and the beginnings of own or by-design words that `screen` cuts short to fit
/// (before "…" or a column's gap), which are no English of the app's.
fn with_cut_words(screen: &str, own: &BTreeSet<String>) -> BTreeSet<String> {
    let stays = common::pseudo::STAYS;
    let mut out = own.clone();
    for line in screen.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while chars.get(i).is_some_and(char::is_ascii_alphabetic) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let cut = matches!(chars.get(i..i + 2), Some(['…', _] | [' ', ' ']))
                || chars.get(i) == Some(&'…');
            let begins = |w: &str| w.len() > word.len() && w.starts_with(&word);
            let begun = own.iter().any(|w| begins(w)) || stays.iter().any(|w| begins(w));
            if cut && word.len() >= 2 && begun {
                out.insert(word);
            }
        }
    }
    out
}

/// One state: the person at the fixture, `reach` applied, then `look` with their
/// own words (those the fixture had too, when `reach` kept the journal: a record
/// deleted is named after it is gone).
fn reach_state(reach: Reach) -> (Person, BTreeSet<String>) {
    BROUGHT.with(|b| b.borrow_mut().clear());
    let mut p = if ON_DEMO.get() {
        Person::new(true)
    } else {
        Person::fixture()
    };
    let before = own_words(&p);
    let journal = p.store.path().to_path_buf();
    reach(&mut p);
    let mut own = own_words(&p);
    if p.store.path() == journal {
        own.extend(before);
    }
    (p, own)
}

/// Each state of `table`, handed to `l`.
fn check(l: &mut dyn Look, table: &[(&str, Reach)]) {
    for (name, reach) in table {
        let (p, own) = reach_state(*reach);
        l.look(&p, name, &own);
    }
}

/// Each form of `table`, opened, then each of its fields in turn and each option of
/// each choice, handed to `l`.
fn check_forms(l: &mut dyn Look, table: &[(&str, Reach)]) {
    for (name, reach) in table {
        let (mut p, own) = reach_state(*reach);
        l.look(&p, name, &own);
        match p.app.top() {
            Some(Overlay::Form(_)) => walk_form(&mut p, name, &own, l),
            Some(Overlay::Checkin(_)) => walk_checkin(&mut p, name, &own, l),
            _ => l.failed(name, "no form is open"),
        }
    }
}

/// The open form's field `i`, as it shows now.
fn field_shown(p: &Person, i: usize) -> Option<String> {
    match p.app.top() {
        Some(Overlay::Form(v)) => v.form.fields().get(i).map(|f| f.shown()),
        _ => None,
    }
}

/// Every field of the open form in turn (Tab), and every option of a choice (→).
fn walk_form(p: &mut Person, name: &str, own: &BTreeSet<String>, found: &mut dyn Look) {
    let mut i = 0;
    while let Some(first) = field_shown(p, i) {
        if first.starts_with('‹') {
            for option in 1..=12 {
                p.press(Right);
                if field_shown(p, i).as_ref() == Some(&first) {
                    break;
                }
                found.look(
                    p,
                    &format!("{name}, field {} option {}", i + 1, option + 1),
                    own,
                );
            }
        }
        p.press(KeyCode::Tab);
        i += 1;
        if !matches!(p.app.top(), Some(Overlay::Form(v)) if v.focus == i) {
            break;
        }
        found.look(p, &format!("{name}, field {}", i + 1), own);
    }
}

/// The check-in form's rows: seven sliders, the HALT marks, sleep, four texts and the
/// setback mark.
const CHECKIN_ROWS: usize = 14;

/// Every row of the open check-in form in turn (it scrolls at 80×24).
fn walk_checkin(p: &mut Person, name: &str, own: &BTreeSet<String>, found: &mut dyn Look) {
    for i in 1..CHECKIN_ROWS {
        p.press(KeyCode::Tab);
        found.look(p, &format!("{name}, row {}", i + 1), own);
    }
}

fn ctrl(p: &mut Person, c: char) {
    p.press_mod(Char(c), KeyModifiers::CONTROL);
}

fn save(p: &mut Person) {
    ctrl(p, 's');
}

/// An empty journal, the welcome on it.
fn empty(p: &mut Person) {
    *p = Person::new(false);
}

/// An empty journal, past the welcome.
fn empty_past_welcome(p: &mut Person) {
    empty(p);
    p.press(Esc);
}

/// Acts as `update` does with `action`, on the person's journal today.
fn act(p: &mut Person, action: Action) {
    let today = p.store.today().unwrap();
    update(&mut p.app, action, &p.store, today).unwrap();
}

/// The fixture with a check-in on most days of the year before, for the long charts
/// and the year calendar.
fn dense(p: &mut Person) {
    common::fixture::year_of_checkins(&p.store);
    p.app.reload(&p.store).unwrap();
}

/// The fixture with Alcohol cut down and a few uses logged.
fn cutting_down(p: &mut Person) {
    common::fixture::cutting_down(&p.store);
    p.app.reload(&p.store).unwrap();
}

/// As `cutting_down`, then on a safer-use path with its checklist from 20 November.
fn safer_use(p: &mut Person) {
    use tend::domain::usage::{Path, PathDraft, SaferStep};
    common::fixture::cutting_down(&p.store);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    p.store
        .write(|w| {
            let id = w.commitments()?[0].id;
            let draft = PathDraft {
                path: Some(Path::SaferUse),
                checklist: Some(vec![SaferStep::NeverAlone, SaferStep::EatFirst]),
                ..PathDraft::default()
            };
            w.set_path(id, day, &draft)?;
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
}

/// Today's check-in, with "I had a setback today" ticked, saved: the question
/// offering a growth entry about it.
fn setback_today(p: &mut Person) {
    p.keys(&[Char('1'), Enter]).tabs(13).press(Char(' '));
    save(p);
}

/// A journal entry of the fixture's words written at `at` (RFC 3339).
fn entry(at: &str) -> tend::domain::JournalDraft {
    tend::domain::JournalDraft {
        at: common::at(at),
        title: Some("Walking it off".into()),
        body: "Slept badly, so I walked before breakfast.".into(),
        mood: Some(6),
        domain: None,
        tags: vec![],
    }
}

/// A meeting of the fixture's name on `weekday` (0 is Monday, today) at 19:30.
fn meeting_on(p: &mut Person, weekday: u8) {
    let m = tend::domain::MeetingDraft {
        name: "Tuesday group".into(),
        fellowship: tend::domain::Fellowship::Aa,
        format: tend::domain::MeetingFormat::Online,
        days: vec![weekday],
        every_other_week: false,
        time: Some("19:30".into()),
        place: None,
        home_group: false,
    };
    p.store.write(|w| w.add_meeting(m)).unwrap();
    p.app.reload(&p.store).unwrap();
}

/// The fixture's medications, on the Plan screen's Medications tab.
fn medications(p: &mut Person) {
    crate::tui_medications::on_the_tab(p);
}

/// Alcohol on a cut-down path with two uses, and Opioids on a safer-use path.
fn with_uses(p: &mut Person) {
    common::fixture::uses(&p.store);
    p.app.reload(&p.store).unwrap();
}

/// With `with_uses`, the Commitments tab `down` rows from the top, then `key`.
fn commitment_row(p: &mut Person, down: usize, key: char) {
    with_uses(p);
    p.keys(&[Char('6'), Right, Right, Right, Right]);
    for _ in 0..down {
        p.press(Down);
    }
    p.press(Char(key));
}

/// A use of 4 drinks today, over the cut-down plan's 3 a day: the question.
fn over_plan(p: &mut Person) {
    with_uses(p);
    p.press(Char('u')).keys(&[Down, Down]).type_text("4");
    save(p);
}

/// A second commitment, so a setback asks which one it was about.
fn two_commitments(p: &mut Person) {
    let since = "2026-09-01".parse().unwrap();
    p.store
        .write(|w| w.add_commitment("Cannabis", since, None))
        .unwrap();
    p.app.reload(&p.store).unwrap();
}

/// A person on the plan's list of people to call who is no one on the People tab
/// yet, so `i` offers to adopt them.
fn someone_to_adopt(p: &mut Person) {
    p.store
        .write(|w| {
            w.add_plan_item(
                PlanSection::Supports,
                "Kim (sponsor)",
                Some("07700 900000"),
                None,
            )
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
}

/// The fixture with the person's own trackers (`common::fixture::trackers`), in place
/// of any the journal has (the demo's, on the sweep's journal), so every state meets
/// the same trackers.
fn with_trackers(p: &mut Person) {
    common::fixture::trackers(&p.store);
    p.app.reload(&p.store).unwrap();
}

/// With `with_trackers`, the Plan screen's Trackers tab, `down` rows from the top.
fn trackers_tab(p: &mut Person, down: usize) {
    with_trackers(p);
    p.press(Char('6'));
    for _ in 0..8 {
        p.press(Right);
    }
    for _ in 0..down {
        p.press(Down);
    }
}

/// The path of a Daylio export among the import fixtures.
const DAYLIO: &str = "tests/fixtures/import/daylio_8col.csv";

/// Types the Daylio export's path into the import form: its name and its words are
/// the person's own.
fn type_daylio(p: &mut Person) {
    brought(DAYLIO);
    brought(&std::fs::read_to_string(DAYLIO).unwrap());
    p.type_text(DAYLIO);
}

#[test]
fn every_screen_and_view() {
    pseudo("the screens", screens);
}

/// Every screen and each of its tabs and views.
pub fn screens(l: &mut dyn Look) {
    check(
        l,
        &[
            ("Today", keys![Char('1')]),
            ("Today on an empty journal", empty_past_welcome),
            ("Today with a setback to write about", |p| {
                setback_today(p);
                p.keys(&[Esc, Char('1')]);
            }),
            ("Today after a PHQ-9 item 9 above 0", |p| {
                p.keys(&[Char('c'), Enter]).type_text("000000001");
                p.keys(&[Esc, Char('1')]);
            }),
            ("Today with a scale due again", |p| {
                let day = "2026-11-02".parse().unwrap();
                p.store
                    .write(|w| w.add_assessment("PACS", day, &[1; 5], 5, "x"))
                    .unwrap();
                p.app.reload(&p.store).unwrap();
            }),
            ("Today, on this day a year ago", |p| {
                p.store
                    .write(|w| w.add_journal(entry("2025-11-23T20:00:00+00:00")))
                    .unwrap();
                p.app.reload(&p.store).unwrap();
            }),
            ("Today, a meeting today", |p| meeting_on(p, 0)),
            ("Today, the next meeting on a weekday", |p| {
                empty_past_welcome(p);
                meeting_on(p, 3);
            }),
            ("Today, a milestone due this week", |p| {
                let mut goal = common::person::habit("Walk 30 minutes");
                goal.kind = tend::domain::GoalKind::Milestone;
                goal.per_week = None;
                goal.target_date = Some("2026-11-27".parse().unwrap());
                goal.steps = vec!["Walk".into()];
                p.store.write(|w| w.add_goal(goal)).unwrap();
                p.app.reload(&p.store).unwrap();
            }),
            ("Today, someone to reach out to, never called", |p| {
                let person = tend::domain::PersonDraft {
                    name: "Kim".into(),
                    keep_in_touch_days: Some(7),
                    ..Default::default()
                };
                p.store.write(|w| w.add_person(person)).unwrap();
                p.app.reload(&p.store).unwrap();
            }),
            (
                "Today with every quiet line",
                crate::tui_today::every_quiet_line,
            ),
            ("Check-in", keys![Char('2')]),
            ("Check-in, an earlier day", keys![Char('2'), Down, Down]),
            ("Check-in, the last day", keys![Char('2'), End]),
            ("Check-in, yesterday (←)", keys![Char('2'), Left]),
            ("Check-in, a day with its trackers' answers", |p| {
                with_trackers(p);
                p.keys(&[Char('2'), Left]);
            }),
            (
                "Check-in, a day without one",
                keys![Char('2'), Left, Left, Left, Left],
            ),
            ("Journal", keys![Char('3')]),
            ("Journal, an entry read", keys![Char('3'), Enter]),
            (
                "Journal, the next entry read",
                keys![Char('3'), Enter, Down],
            ),
            ("Journal, searching", |p| {
                p.keys(&[Char('3'), Char('/')]).type_text("walk");
            }),
            ("Journal, search results", |p| {
                p.keys(&[Char('3'), Char('/')]).type_text("walk");
                p.press(Enter);
            }),
            ("Journal, a search with no results", |p| {
                p.keys(&[Char('3'), Char('/')]).type_text("Halloween");
                p.press(Enter);
            }),
            ("Journal, filtered by domain", keys![Char('3'), Char('f')]),
            (
                "Journal, filtered by domain twice",
                keys![Char('3'), Char('f'), Char('f')],
            ),
            ("Journal, filtered by tag", keys![Char('3'), Char('t')]),
            ("Journal, choosing a tag", keys![Char('3'), Char('T')]),
            (
                "Journal, a tag chosen",
                keys![Char('3'), Char('T'), Down, Enter],
            ),
            ("Journal, this month", keys![Char('3'), Char('[')]),
            (
                "Journal, an empty month",
                keys![Char('3'), Char('['), Char('['), Char('[')],
            ),
            ("Domains", keys![Char('4')]),
            ("Domains, mental", keys![Char('4'), Right]),
            ("Domains, emotional", keys![Char('4'), Right, Right]),
            ("Domains, social", keys![Char('4'), Right, Right, Right]),
            (
                "Domains, spiritual",
                keys![Char('4'), Right, Right, Right, Right],
            ),
            ("Goals", keys![Char('5')]),
            ("Goals, the milestone", keys![Char('5'), Down]),
            ("Goals, the habit's marks", keys![Char('5'), Right]),
            (
                "Goals, the milestone's marks",
                keys![Char('5'), Down, Right],
            ),
            ("Goals on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('5'));
            }),
            ("Plan", keys![Char('6')]),
            ("Plan, triggers", keys![Char('6'), Right]),
            ("Plan, coping", keys![Char('6'), Right, Right]),
            ("Plan, encounters", keys![Char('6'), Right, Right, Right]),
            (
                "Plan, commitments",
                keys![Char('6'), Right, Right, Right, Right],
            ),
            ("Plan, commitments with their paths and uses", |p| {
                commitment_row(p, 1, 'k');
            }),
            (
                "Plan, medications, none yet",
                keys![Char('6'), Right, Right, Right, Right, Right],
            ),
            ("Plan, medications", medications),
            ("Plan, medications, one taken as needed", |p| {
                medications(p);
                p.keys(&[Down, Down, Down, Down]);
            }),
            ("Today, doses due and a refill", |p| {
                common::fixture::medications(&p.store);
                p.app.reload(&p.store).unwrap();
            }),
            (
                "Plan, people",
                keys![Char('6'), Right, Right, Right, Right, Right, Right],
            ),
            ("Plan, people with someone to adopt", |p| {
                someone_to_adopt(p);
                p.keys(&[Char('6'), Right, Right, Right, Right, Right, Right]);
            }),
            (
                "Plan, meetings",
                keys![Char('6'), Right, Right, Right, Right, Right, Right, Right],
            ),
            ("Plan, trackers", |p| trackers_tab(p, 0)),
            ("Plan, trackers, the presets", |p| trackers_tab(p, 5)),
            (
                "Plan, trackers, none yet",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right
                ],
            ),
            ("Progress, a rating tracker's chart", |p| {
                with_trackers(p);
                p.keys(&[Char('7'), Down, Down, Down, Down, Down]);
            }),
            ("Progress, a number tracker's chart", |p| {
                with_trackers(p);
                p.press(Char('7'));
                p.keys(&[Down, Down, Down, Down, Down, Down, Down]);
            }),
            ("Progress, a yes or no tracker's 365 days", |p| {
                with_trackers(p);
                p.keys(&[Char('7'), Right, Right]);
                p.keys(&[Down, Down, Down, Down, Down, Down, Down, Down]);
            }),
            ("Progress, a medication's adherence", |p| {
                common::fixture::medications(&p.store);
                p.app.reload(&p.store).unwrap();
                p.keys(&[Char('7'), Down, Down, Down, Down, Down]);
            }),
            ("Progress, a medication's adherence, 365 days", |p| {
                common::fixture::medications(&p.store);
                p.app.reload(&p.store).unwrap();
                p.keys(&[Char('7'), Right, Right, Down, Down, Down, Down, Down]);
            }),
            ("Progress, the calendar by a tracker", |p| {
                with_trackers(p);
                p.keys(&[Char('7'), Right, Right, Right, Char('m')]);
            }),
            ("Progress, the calendar by a tracker, a day", |p| {
                with_trackers(p);
                p.keys(&[Char('7'), Right, Right, Right, Char('m'), Enter]);
                p.keys(&[KeyCode::Up, KeyCode::Up]);
            }),
            ("Progress, the calendar by a number tracker", |p| {
                with_trackers(p);
                p.keys(&[Char('7'), Right, Right, Right]);
                p.keys(&[Char('m'), Char('m'), Char('m')]);
            }),
            ("Progress, the calendar by a yes or no tracker", |p| {
                with_trackers(p);
                p.keys(&[Char('7'), Right, Right, Right]);
                p.keys(&[Char('m'), Char('m'), Char('m'), Char('m')]);
            }),
            ("Plan on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('6'));
            }),
            ("Plan's tabs on an empty journal", |p| {
                empty_past_welcome(p);
                p.keys(&[Char('6'), Right]);
            }),
            ("Progress, 30 days", keys![Char('7')]),
            ("Progress, 30 days of sleep", keys![Char('7'), Down]),
            ("Progress, 30 days of craving", keys![Char('7'), Down, Down]),
            (
                "Progress, 30 days of craving alone",
                keys![Char('7'), Down, Down, Down],
            ),
            ("Progress, 90 days", keys![Char('7'), Right]),
            ("Progress, 365 days", keys![Char('7'), Right, Right]),
            ("Progress, 90 days, dense", |p| {
                dense(p);
                p.keys(&[Char('7'), Right]);
            }),
            ("Progress, 365 days, dense", |p| {
                dense(p);
                p.keys(&[Char('7'), Right, Right]);
            }),
            ("Progress, calendar", keys![Char('7'), Right, Right, Right]),
            ("Progress, calendar, dense", |p| {
                dense(p);
                p.keys(&[Char('7'), Right, Right, Right]);
            }),
            (
                "Progress, calendar, a day",
                keys![Char('7'), Right, Right, Right, Enter],
            ),
            ("Progress, calendar, the slip's day", |p| {
                p.keys(&[Char('7'), Right, Right, Right, Enter]);
                // Three weeks back to Monday 2 November, then two days to the 31st.
                p.keys(&[Left, Left, Left, KeyCode::Up, KeyCode::Up]);
            }),
            ("Today, cutting down", |p| {
                cutting_down(p);
                p.press(Char('1'));
            }),
            ("Progress, cutting down", |p| {
                cutting_down(p);
                p.press(Char('7'));
            }),
            ("Progress, 365 days, cutting down", |p| {
                cutting_down(p);
                p.keys(&[Char('7'), Right, Right]);
            }),
            ("Progress, the use calendar", |p| {
                cutting_down(p);
                p.keys(&[Char('7'), Right, Right, Right, Char('m')]);
            }),
            ("Progress, the use calendar, a day with use", |p| {
                cutting_down(p);
                p.keys(&[Char('7'), Right, Right, Right, Char('m'), Enter]);
                p.keys(&[KeyCode::Up, KeyCode::Up]);
            }),
            ("Today, safer use", |p| {
                safer_use(p);
                p.press(Char('1'));
            }),
            ("Progress, safer use", |p| {
                safer_use(p);
                p.press(Char('7'));
            }),
            ("Progress, the use calendar, safer use", |p| {
                safer_use(p);
                p.keys(&[Char('7'), Right, Right, Right, Char('m')]);
            }),
            (
                "Progress, timeline",
                keys![Char('7'), Right, Right, Right, Right],
            ),
            (
                "Progress, self-checks",
                keys![Char('7'), Right, Right, Right, Right, Right],
            ),
            ("Progress, self-checks, WHO-5", keys![Char('c'), Down]),
            (
                "Progress, self-checks, the last scale",
                keys![Char('c'), Down, Down, Down, Down],
            ),
            ("Progress on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('7'));
            }),
            ("Progress, timeline on an empty journal", |p| {
                empty_past_welcome(p);
                p.keys(&[Char('7'), Right, Right, Right, Right]);
            }),
            ("Progress, self-checks on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('c'));
            }),
            ("Export", keys![Char('8')]),
            ("Export, the preview paged", keys![Char('8'), PageDown]),
            ("Export, the summary in the other language", |p| {
                // The form's language field (the 14th), on its other choice.
                p.keys(&[Char('8'), Enter]).tabs(13).press(Right);
            }),
            ("Export on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('8'));
            }),
            ("Connections", keys![Char('9')]),
            ("Connections, the last", keys![Char('9'), End]),
            ("Connections on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('9'));
            }),
            ("Check-in on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('2'));
            }),
            ("Journal on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('3'));
            }),
            ("Domains on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Char('4'));
            }),
            ("the screen before Today (BackTab)", keys![BackTab]),
        ],
    );
}

#[test]
fn the_too_small_message() {
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let p = Person::fixture();
        let mut found = Findings::default();
        found.check("too small at 50x12", &p.screen(50, 12), &p.own_words());
        found.assert_none("the too-small message");
    });
}

#[test]
fn every_form_field_and_choice() {
    pseudo("the forms", forms);
}

/// Every form, as add and as edit.
pub fn forms(l: &mut dyn Look) {
    check_forms(
        l,
        &[
            ("the welcome", empty),
            ("the welcome, to import history next", |p| {
                empty(p);
                p.type_text("Alex").press(KeyCode::Tab).type_text("Alcohol");
                for _ in 0..8 {
                    p.press(KeyCode::Tab);
                }
                p.press(Right);
                save(p);
            }),
            ("check-in (today's)", keys![Char('1'), Enter]),
            (
                "check-in (an earlier day)",
                keys![Char('2'), Down, Char('e')],
            ),
            (
                "check-in (another earlier day)",
                keys![Char('2'), Down, Down, Down, Down, Char('e')],
            ),
            (
                "check-in (yesterday, ← then Enter)",
                keys![Char('2'), Left, Enter],
            ),
            (
                "check-in (a past day without one)",
                keys![Char('2'), Left, Left, Left, Left, Enter],
            ),
            ("check in for another day (a)", keys![Char('2'), Char('a')]),
            ("goal logged for a day (Enter)", keys![Char('5'), Enter]),
            ("check-in with trackers", |p| {
                with_trackers(p);
                p.press(Enter).tabs(14);
            }),
            ("a tracker of your own (add)", |p| {
                trackers_tab(p, 0);
                p.press(Char('a'));
            }),
            ("a tracker (correct)", |p| {
                trackers_tab(p, 0);
                p.press(Char('e'));
            }),
            ("check-in on an empty journal", |p| {
                empty_past_welcome(p);
                p.press(Enter);
            }),
            ("growth entry (add)", keys![Char('g')]),
            (
                "growth entry (edit)",
                keys![Char('7'), Right, Right, Right, Right, Char('e')],
            ),
            ("growth entry (about today's setback)", |p| {
                setback_today(p);
                p.press(Enter);
            }),
            ("growth entry (written later, w)", |p| {
                setback_today(p);
                p.keys(&[Esc, Char('1'), Char('w')]);
            }),
            ("goal (add)", keys![Char('5'), Char('a')]),
            ("goal (edit, the habit)", keys![Char('5'), Char('e')]),
            (
                "goal (edit, the milestone)",
                keys![Char('5'), Down, Char('e')],
            ),
            ("goal mark (edit)", keys![Char('5'), Right, Char('e')]),
            (
                "goal mark (edit, a step)",
                keys![Char('5'), Down, Right, Char('e')],
            ),
            ("plan item (add, reasons)", keys![Char('6'), Char('a')]),
            ("plan item (add, warning signs)", |p| plan_row(p, 2, 'a')),
            ("plan item (add, high-risk)", |p| plan_row(p, 4, 'a')),
            ("plan item (add, coping steps)", |p| plan_row(p, 6, 'a')),
            ("plan item (add, people)", |p| plan_row(p, 8, 'a')),
            ("plan item (add, contacts)", |p| plan_row(p, 10, 'a')),
            ("plan item (add, if I slip)", |p| plan_row(p, 12, 'a')),
            ("plan item (add, safe space)", |p| plan_row(p, 14, 'a')),
            ("plan item (edit, reasons)", |p| plan_row(p, 1, 'e')),
            ("plan item (edit, warning signs)", |p| plan_row(p, 3, 'e')),
            ("plan item (edit, high-risk)", |p| plan_row(p, 5, 'e')),
            ("plan item (edit, coping steps)", |p| plan_row(p, 7, 'e')),
            ("plan item (edit, people)", |p| plan_row(p, 9, 'e')),
            ("plan item (edit, contacts)", |p| plan_row(p, 11, 'e')),
            ("plan item (edit, if I slip)", |p| plan_row(p, 13, 'e')),
            ("plan item (edit, safe space)", |p| plan_row(p, 15, 'e')),
            ("trigger (add)", keys![Char('6'), Right, Char('a')]),
            ("trigger (edit)", keys![Char('6'), Right, Char('e')]),
            ("coping (add)", keys![Char('6'), Right, Right, Char('a')]),
            ("coping (edit)", keys![Char('6'), Right, Right, Char('e')]),
            (
                "encounter (add)",
                keys![Char('6'), Right, Right, Right, Char('a')],
            ),
            (
                "encounter (edit)",
                keys![Char('6'), Right, Right, Right, Char('e')],
            ),
            (
                "encounter (edit, the setback)",
                keys![Char('6'), Right, Right, Right, End, KeyCode::Up, Char('e')],
            ),
            (
                "commitment (add)",
                keys![Char('6'), Right, Right, Right, Right, Char('a')],
            ),
            (
                "commitment (edit)",
                keys![Char('6'), Right, Right, Right, Right, Char('e')],
            ),
            (
                "person (add)",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('a')
                ],
            ),
            (
                "person (edit)",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('e')
                ],
            ),
            ("adopt", |p| {
                someone_to_adopt(p);
                p.keys(&[
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('i'),
                ]);
            }),
            (
                "meeting (add)",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('a')
                ],
            ),
            (
                "meeting (edit)",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('e')
                ],
            ),
            ("use (Today, after a break)", keys![Char('u')]),
            ("use (cut down)", |p| {
                with_uses(p);
                p.press(Char('u'));
            }),
            ("use (safer use, its checklist)", |p| {
                commitment_row(p, 3, 'u')
            }),
            ("use (edit)", |p| commitment_row(p, 1, 'e')),
            ("path (cut down)", |p| commitment_row(p, 0, 'p')),
            ("path (safer use)", |p| commitment_row(p, 3, 'p')),
            (
                "path (abstain)",
                keys![Char('6'), Right, Right, Right, Right, Char('p')],
            ),
            ("medication (add)", |p| {
                medications(p);
                p.press(Char('a'));
            }),
            ("medication (edit)", |p| {
                medications(p);
                p.press(Char('e'));
            }),
            ("medication (edit, every few days)", |p| {
                medications(p);
                p.keys(&[Char('e'), Down, Down, Down, Right]);
            }),
            ("dose (log)", |p| {
                medications(p);
                p.press(Char('t'));
            }),
            ("dose (log, taken as needed)", |p| {
                medications(p);
                p.keys(&[Down, Down, Down, Down, Char('t')]);
            }),
            ("dose (edit)", |p| {
                medications(p);
                p.keys(&[Down, Char('e')]);
            }),
            ("connection (add)", keys![Char('9'), Char('a')]),
            (
                "connection (edit, a meeting)",
                keys![Char('9'), End, Char('e')],
            ),
            (
                "connection (edit, a call)",
                keys![Char('9'), Down, Down, Char('e')],
            ),
            ("connection (from anywhere, o)", keys![Char('o')]),
            ("export", keys![Char('8'), Enter]),
            ("import", keys![Char('8'), Char('i')]),
            ("import, a Daylio file", |p| {
                type_daylio(p.keys(&[Char('8'), Char('i')]));
            }),
        ],
    );
}

/// The Plan screen's row `row` (section headings and items in turn, one item in each
/// section of the fixture), then `key`.
fn plan_row(p: &mut Person, row: usize, key: char) {
    p.press(Char('6'));
    for _ in 0..row {
        p.press(Down);
    }
    p.press(Char(key));
}

#[test]
fn what_forms_say_when_saved_or_refused() {
    pseudo("the forms' messages", form_messages);
}

/// What forms say when saved or refused.
pub fn form_messages(l: &mut dyn Look) {
    check(
        l,
        &[
            ("the welcome, skipped", empty_past_welcome),
            ("a tracker of your own, added", |p| {
                trackers_tab(p, 0);
                p.press(Char('a')).type_text("Walks");
                save(p);
            }),
            ("a tracker, saved", |p| {
                trackers_tab(p, 0);
                p.press(Char('e'));
                save(p);
            }),
            ("the welcome, saved", |p| {
                empty(p);
                p.type_text("Alex").press(KeyCode::Tab).type_text("Alcohol");
                save(p);
            }),
            ("the welcome, saved with history to import", |p| {
                empty(p);
                p.type_text("Alex").press(KeyCode::Tab).type_text("Alcohol");
                for _ in 0..8 {
                    p.press(KeyCode::Tab);
                }
                p.press(Right);
                save(p);
            }),
            ("a form refused for a missing field", |p| {
                p.keys(&[Char('5'), Char('a')]);
                save(p);
            }),
            ("a form refused for a bad date", |p| {
                p.keys(&[Char('7'), Right, Right, Right, Right, Char('e'), Down]);
                for _ in 0..10 {
                    p.press(KeyCode::Backspace);
                }
                p.type_text("31/10");
                save(p);
            }),
            ("a form whose record changed elsewhere", |p| {
                p.keys(&[Char('5'), Char('e')]);
                let goals = p.store.goals(None, None).unwrap();
                let goal = goals.iter().find(|g| g.title == "Walk 30 minutes").unwrap();
                let mut draft = common::person::habit("Walk 30 minutes");
                draft.per_week = Some(4);
                p.store.write(|w| w.edit_goal(goal.id, draft)).unwrap();
                save(p);
            }),
            ("goal saved", |p| {
                p.keys(&[Char('5'), Char('a')]).type_text("Walk");
                save(p);
            }),
            ("goal edited", |p| {
                p.keys(&[Char('5'), Char('e')]).type_text(" more");
                save(p);
            }),
            ("goal mark saved", |p| {
                p.keys(&[Char('5'), Right, Char('e')]);
                save(p);
            }),
            ("plan item saved", |p| {
                p.keys(&[Char('6'), Char('a')]).type_text("my kids");
                save(p);
            }),
            ("plan item edited", |p| {
                plan_row(p, 1, 'e');
                p.type_text(" kids");
                save(p);
            }),
            ("trigger saved", |p| {
                p.keys(&[Char('6'), Right, Char('a')]).type_text("Friday");
                save(p);
            }),
            ("coping saved", |p| {
                p.keys(&[Char('6'), Right, Right, Char('a')])
                    .type_text("Walk");
                save(p);
            }),
            ("encounter saved", |p| {
                p.keys(&[Char('6'), Right, Right, Right, Char('a')]);
                save(p);
            }),
            ("commitment saved", |p| {
                p.keys(&[Char('6'), Right, Right, Right, Right, Char('a')])
                    .type_text("Cannabis");
                save(p);
            }),
            ("person saved", |p| {
                p.keys(&[
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('a'),
                ])
                .type_text("Kim");
                save(p);
            }),
            ("person adopted", |p| {
                someone_to_adopt(p);
                p.keys(&[
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('i'),
                ]);
                save(p);
            }),
            ("adoption left", |p| {
                someone_to_adopt(p);
                p.keys(&[
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('i'),
                    Left,
                ]);
                save(p);
            }),
            ("meeting saved", |p| {
                p.keys(&[
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('a'),
                ])
                .type_text("Tuesday group");
                save(p);
            }),
            ("connection saved", |p| {
                p.keys(&[Char('9'), Char('a')]);
                save(p);
            }),
            ("use logged on an abstain path", |p| {
                p.press(Char('u')).keys(&[Down, Down]).type_text("1");
                save(p);
            }),
            ("use refused: in the future", |p| {
                p.press(Char('u')).press(Down).type_text("9");
                save(p);
            }),
            ("use saved (edit)", |p| {
                commitment_row(p, 1, 'e');
                save(p);
            }),
            ("path saved", |p| {
                commitment_row(p, 0, 'p');
                save(p);
            }),
            ("growth entry saved", |p| {
                p.press(Char('g'));
                save(p);
            }),
            ("growth entry about today's setback saved", |p| {
                setback_today(p);
                p.press(Enter);
                save(p);
            }),
            ("check-in saved", |p| {
                p.keys(&[Char('1'), Enter, Right]);
                save(p);
            }),
            ("check-in saved with a strong craving", |p| {
                p.keys(&[Char('1'), Enter, KeyCode::Tab, Char('9')]);
                save(p);
            }),
            ("an earlier day's check-in saved", |p| {
                p.keys(&[Char('2'), Down, Char('e'), Right]);
                save(p);
            }),
            ("a goal logged for a chosen day", |p| {
                p.keys(&[Char('5'), Enter]);
                p.keys(&[KeyCode::Backspace; 10]).type_text("2026-11-20");
                save(p);
            }),
            ("a goal already logged that day, refused", |p| {
                p.keys(&[Char('5'), Enter]);
                save(p);
            }),
            ("a future day refused for a check-in", |p| {
                p.keys(&[Char('2'), Char('a')]);
                p.keys(&[KeyCode::Backspace; 9]).type_text("2026-12-01");
                save(p);
            }),
            ("export written", |p| {
                let out = p._dir.path().join("summary.html");
                p.keys(&[Char('8'), Enter]);
                for _ in 0..14 {
                    p.press(KeyCode::Tab);
                }
                p.type_text(out.to_str().unwrap());
                save(p);
            }),
            ("export asking to write over a file", |p| {
                let out = p._dir.path().join("summary.html");
                std::fs::write(&out, "").unwrap();
                p.keys(&[Char('8'), Enter]);
                for _ in 0..14 {
                    p.press(KeyCode::Tab);
                }
                p.type_text(out.to_str().unwrap());
                save(p);
            }),
            ("import, no such file", |p| {
                p.keys(&[Char('8'), Char('i')])
                    .type_text("/nonexistent/daylio.csv");
                save(p);
            }),
            ("import, a folder", |p| {
                p.keys(&[Char('8'), Char('i')]).type_text("/tmp");
                save(p);
            }),
            ("import, done", |p| {
                type_daylio(p.keys(&[Char('8'), Char('i')]));
                save(p);
            }),
            ("import, nothing typed", |p| {
                p.keys(&[Char('8'), Char('i')]);
                save(p);
            }),
        ],
    );
}

#[test]
fn every_overlay_and_question() {
    pseudo("the overlays", overlays);
}

/// Every overlay and question.
pub fn overlays(l: &mut dyn Look) {
    check(
        l,
        &[
            ("help over Today", keys![Char('?')]),
            ("help over the Journal", keys![Char('3'), Char('?')]),
            ("help over the crisis plan", keys![Char('!'), Char('?')]),
            ("help over a self-check", keys![Char('c'), Enter, Char('?')]),
            (
                "help inside the check-in (?)",
                keys![Char('2'), Enter, Char('?')],
            ),
            (
                "help inside a form's text field (F1)",
                keys![Char('5'), Char('a'), KeyCode::F(1)],
            ),
            ("help, page 2", keys![Char('?'), PageDown]),
            ("help, page 3", keys![Char('?'), PageDown, PageDown]),
            (
                "help, page 4",
                keys![Char('?'), PageDown, PageDown, PageDown],
            ),
            (
                "help, page 5",
                keys![Char('?'), PageDown, PageDown, PageDown, PageDown],
            ),
            (
                "help, page 6",
                keys![Char('?'), PageDown, PageDown, PageDown, PageDown, PageDown],
            ),
            ("help, the end", keys![Char('?'), End]),
            ("the crisis plan", keys![Char('!')]),
            ("the crisis plan after a safety tracker's answer", |p| {
                with_trackers(p);
                p.press(Enter).tabs(14).press(Char('5'));
                save(p);
            }),
            ("the crisis view's safety page", keys![Char('!'), Right]),
            (
                "the crisis view's safety page, with a safer-use checklist",
                |p| {
                    with_uses(p);
                    p.keys(&[Char('!'), Right]);
                },
            ),
            (
                "the crisis view's safety page, scrolled",
                keys![Char('!'), Right, End],
            ),
            (
                "the crisis plan, people scrolled",
                keys![Char('!'), Down, Down],
            ),
            ("the crisis plan with an empty plan", |p| {
                empty_past_welcome(p);
                p.press(Char('!'));
            }),
            ("the crisis plan with many people", |p| {
                p.store
                    .write(|w| {
                        for _ in 0..8 {
                            w.add_plan_item(
                                PlanSection::Supports,
                                "Sam",
                                Some("07700 900000"),
                                None,
                            )?;
                        }
                        Ok(())
                    })
                    .unwrap();
                p.app.reload(&p.store).unwrap();
                p.press(Char('!'));
            }),
            ("the crisis plan with many people, scrolled", |p| {
                p.store
                    .write(|w| {
                        for _ in 0..8 {
                            w.add_plan_item(
                                PlanSection::Supports,
                                "Sam",
                                Some("07700 900000"),
                                None,
                            )?;
                        }
                        Ok(())
                    })
                    .unwrap();
                p.app.reload(&p.store).unwrap();
                p.keys(&[Char('!'), Down, Down, Down, Down, Down]);
            }),
            // The urge timer's words are src/tui/urge_timer.rs's.
            (
                "the urge timer, rating the urge",
                keys![Char('!'), Char('u')],
            ),
            (
                "the urge timer, running",
                keys![Char('!'), Char('u'), Char('8'), Enter],
            ),
            (
                "the urge timer, rating it after",
                keys![Char('!'), Char('u'), Char('8'), Enter, Enter],
            ),
            (
                "the urge timer, logged",
                keys![
                    Char('!'),
                    Char('u'),
                    Char('8'),
                    Enter,
                    Enter,
                    Char('3'),
                    Enter
                ],
            ),
            (
                "the urge timer, stopped",
                keys![Char('!'), Char('u'), Char('8'), Enter, Esc],
            ),
            (
                "the crisis plan, closed with the timer",
                keys![Char('!'), Char('u'), Esc],
            ),
            ("the writer, new", keys![Char('3'), Char('n')]),
            ("the writer, from Today", keys![Char('n')]),
            ("the writer, without a prompt", |p| {
                p.app.cx.prefs.prompts = false;
                p.keys(&[Char('3'), Char('n')]);
            }),
            ("the writer, a kept draft back at the start", |p| {
                let draft = tend::store::drafts::JOURNAL;
                p.store.keep_draft(draft, 0, "Walking it off").unwrap();
                let today = p.store.today().unwrap();
                p.app = App::new(&p.store, today).unwrap();
            }),
            ("the writer, with words", |p| {
                p.keys(&[Char('3'), Char('n')]).type_text("Walking it off");
            }),
            ("the writer, on its title, a tag in the words", |p| {
                p.keys(&[Char('3'), Char('n')])
                    .type_text("Walking it off #walk");
                p.press(BackTab);
            }),
            (
                "the writer, editing an entry",
                keys![Char('3'), Enter, Enter],
            ),
            ("the writer, saving nothing", |p| {
                p.keys(&[Char('3'), Char('n')]);
                save(p);
            }),
            ("the writer, saved", |p| {
                p.keys(&[Char('3'), Char('n')]).type_text("Walking it off");
                save(p);
            }),
            ("the writer, an edit saved", |p| {
                p.keys(&[Char('3'), Enter, Enter]).type_text("Walking ");
                save(p);
            }),
            ("the writer, its entry changed elsewhere", |p| {
                p.keys(&[Char('3'), Enter, Enter]).type_text("Walking ");
                let e = p.store.journal(&Default::default()).unwrap()[0].clone();
                p.store
                    .write(|w| w.update_journal(e.id, rewritten(&e, " Better")))
                    .unwrap();
                save(p);
            }),
            ("the editor outside, nothing changed", |p| {
                outside_editor(p, "")
            }),
            ("the editor outside, saved", |p| {
                outside_editor(p, "Walking it off")
            }),
            ("leaving unsaved words asks", |p| {
                p.keys(&[Char('3'), Char('n')]).type_text("Walking it off");
                p.press(Esc);
            }),
            ("leaving unsaved words: left", |p| {
                p.keys(&[Char('3'), Char('n')]).type_text("Walking it off");
                p.keys(&[Esc, Char('y')]);
            }),
            ("quitting with unsaved words asks", |p| {
                p.keys(&[Char('3'), Char('n')]).type_text("Walking it off");
                ctrl(p, 'c');
            }),
            ("leaving a form with words asks", |p| {
                p.keys(&[Char('5'), Char('a')]).type_text("Walk");
                p.press(Esc);
            }),
            ("the check-in form", keys![Char('1'), Enter]),
            ("the check-in form on a new day", |p| {
                empty_past_welcome(p);
                p.press(Enter);
            }),
            ("leaving a ticked setback asks", |p| {
                p.keys(&[Char('1'), Enter]).tabs(13).press(Char(' '));
                p.press(Esc);
            }),
            ("a setback saved: write about it?", setback_today),
            ("a day over the plan: write about it?", over_plan),
            ("a day over the plan: not now", |p| {
                over_plan(p);
                p.press(Esc);
            }),
            ("a day over the plan: written now", |p| {
                over_plan(p);
                p.press(Enter);
            }),
            ("medication added", |p| {
                medications(p);
                p.press(Char('a')).type_text("Naltrexone");
                save(p);
            }),
            ("medication saved", |p| {
                medications(p);
                p.press(Char('e'));
                save(p);
            }),
            ("medication saved with a new dose", |p| {
                medications(p);
                p.keys(&[Char('e'), Down]).type_text("0");
                save(p);
            }),
            ("dose logged", |p| {
                medications(p);
                p.press(Char('t'));
                save(p);
            }),
            ("dose refused: in the future", |p| {
                medications(p);
                p.keys(&[Char('t'), Down, Down]).type_text("9");
                save(p);
            }),
            ("dose saved (edit)", |p| {
                medications(p);
                p.keys(&[Down, Char('e')]);
                save(p);
            }),
            ("a dose marked taken from Today", |p| {
                common::fixture::medications(&p.store);
                p.app.reload(&p.store).unwrap();
                p.press(Char('m'));
            }),
            ("no dose due for m", keys![Char('m')]),
            ("a use deleted", |p| {
                commitment_row(p, 1, 'd');
                p.press(Char('y'));
            }),
            ("a setback saved: not now", |p| {
                setback_today(p);
                p.press(Esc);
            }),
            ("a setback: which commitment?", |p| {
                two_commitments(p);
                setback_today(p);
            }),
            ("a setback unticked: delete its growth entry?", |p| {
                setback_today(p);
                p.press(Esc);
                p.keys(&[Char('1'), Enter]).tabs(13).press(Char(' '));
                save(p);
            }),
            (
                "the self-check, PHQ-9's first item",
                keys![Char('c'), Enter],
            ),
            ("the self-check, PHQ-9's second item", |p| {
                p.keys(&[Char('c'), Enter]).type_text("1");
            }),
            ("the self-check, PHQ-9's result", |p| {
                p.keys(&[Char('c'), Enter]).type_text("131111000");
            }),
            ("the self-check, PHQ-9 item 9 above 0", |p| {
                p.keys(&[Char('c'), Enter]).type_text("000000001");
            }),
            ("the self-check, back from the crisis plan", |p| {
                p.keys(&[Char('c'), Enter]).type_text("000000001");
                p.press(Esc);
            }),
            ("the self-check, its crisis plan from !", |p| {
                p.keys(&[Char('c'), Enter]).type_text("1");
                p.press(Char('!'));
            }),
            ("the self-check, leaving asks", |p| {
                p.keys(&[Char('c'), Enter]).type_text("12");
                p.press(Esc);
            }),
            (
                "the self-check, left before an answer",
                keys![Char('c'), Enter, Esc],
            ),
            ("the self-check, WHO-5", keys![Char('c'), Down, Enter]),
            ("the self-check, WHO-5's result", |p| {
                p.keys(&[Char('c'), Down, Enter]).type_text("33333");
            }),
            (
                "the self-check, the third scale",
                keys![Char('c'), Down, Down, Enter],
            ),
            ("the self-check, the third scale's result", |p| {
                p.keys(&[Char('c'), Down, Down, Enter]);
                finish_scale(p);
            }),
            (
                "the self-check, the fourth scale",
                keys![Char('c'), Down, Down, Down, Enter],
            ),
            ("the self-check, the fourth scale's result", |p| {
                p.keys(&[Char('c'), Down, Down, Down, Enter]);
                finish_scale(p);
            }),
            (
                "the self-check, the fifth scale",
                keys![Char('c'), Down, Down, Down, Down, Enter],
            ),
            ("the self-check, the fifth scale's result", |p| {
                p.keys(&[Char('c'), Down, Down, Down, Down, Enter]);
                finish_scale(p);
            }),
            ("the lock screen", |p| ctrl(p, 'l')),
            ("the lock screen, quitting with unsaved words", |p| {
                p.keys(&[Char('3'), Char('n')]).type_text("Walking it off");
                ctrl(p, 'l');
                ctrl(p, 'c');
            }),
            ("the lock screen, the journal replaced", |p| {
                p.app.ask_to_reopen(false)
            }),
            ("the lock screen, the journal replaced, refused", |p| {
                p.app.ask_to_reopen(false);
                p.app.ask_to_reopen(true);
            }),
            ("the lock screen, an encrypted journal", |p| {
                encrypted(p);
                ctrl(p, 'l');
            }),
            ("the lock screen, a wrong passphrase", |p| {
                encrypted(p);
                ctrl(p, 'l');
                p.type_text("blue").press(Enter);
            }),
            ("the lock screen, typing", |p| {
                encrypted(p);
                ctrl(p, 'l');
                p.type_text("blue");
            }),
        ],
    );
}

/// `e` on an entry of the Journal opens it in the editor outside tend; it gives back
/// `text`.
fn outside_editor(p: &mut Person, text: &str) {
    p.keys(&[Char('3'), Char('e')]);
    let edit = p.app.external.take().expect("the editor outside");
    let edited = tend::editor::Edited {
        text: text.into(),
        failed: None,
        interrupted: None,
    };
    p.app.finish_external(&p.store, edit, Ok(edited)).unwrap();
}

/// `e` as it is, with `more` after its words.
fn rewritten(e: &tend::domain::JournalEntry, more: &str) -> tend::domain::JournalDraft {
    tend::domain::JournalDraft {
        at: common::at(&e.at),
        title: e.title.clone(),
        body: format!("{}{more}", e.body),
        mood: e.mood,
        domain: e.domain,
        tags: e.tags.clone(),
    }
}

/// Answers every item of the scale being taken with its first answer.
fn finish_scale(p: &mut Person) {
    while p.taking() {
        p.press(Enter);
    }
}

/// The fixture journal, encrypted, opened with its passphrase.
fn encrypted(p: &mut Person) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = tend::store::Store::open(&path, common::clock()).unwrap();
    common::fixture::write(&store);
    drop(store);
    let key = || tend::secret::Passphrase::new("blue valentines").unwrap();
    tend::store::crypto::encrypt(&path, common::clock(), key()).unwrap();
    let store = tend::store::Store::open_with(&path, common::clock(), Some(key())).unwrap();
    let today = store.today().unwrap();
    *p = Person {
        app: App::new(&store, today).unwrap(),
        store,
        _dir: dir,
    };
}

#[test]
fn deleting_undoing_and_the_other_status_lines() {
    pseudo("the questions and status lines", status_lines);
}

/// Deleting, undoing, and the other actions that speak on the status line.
pub fn status_lines(l: &mut dyn Look) {
    check(
        l,
        &[
            ("delete a check-in?", keys![Char('2'), Char('d')]),
            ("delete a tracker?", |p| {
                trackers_tab(p, 0);
                p.press(Char('d'));
            }),
            ("a preset added", |p| {
                trackers_tab(p, 5);
                p.press(Enter);
            }),
            ("a tracker archived", |p| {
                trackers_tab(p, 0);
                p.press(Char('s'));
            }),
            ("a tracker brought back", |p| {
                trackers_tab(p, 4);
                p.press(Char('s'));
            }),
            ("a check-in refused by a tracker", |p| {
                with_trackers(p);
                brought("lots");
                p.press(Enter).tabs(18).type_text("lots");
                save(p);
            }),
            ("delete a journal entry?", keys![Char('3'), Char('d')]),
            ("delete a goal?", keys![Char('5'), Char('d')]),
            (
                "delete a goal with marks?",
                keys![Char('5'), Down, Char('d')],
            ),
            ("delete a goal's mark?", keys![Char('5'), Right, Char('d')]),
            ("delete a plan item?", |p| plan_row(p, 1, 'd')),
            ("delete a trigger?", keys![Char('6'), Right, Char('d')]),
            (
                "delete a coping strategy?",
                keys![Char('6'), Right, Right, Char('d')],
            ),
            (
                "delete an encounter?",
                keys![Char('6'), Right, Right, Right, Char('d')],
            ),
            (
                "delete a commitment?",
                keys![Char('6'), Right, Right, Right, Right, Char('d')],
            ),
            (
                "delete a person?",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('d')
                ],
            ),
            (
                "delete a meeting?",
                keys![
                    Char('6'),
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Right,
                    Char('d')
                ],
            ),
            ("delete a medication?", |p| {
                medications(p);
                p.press(Char('d'));
            }),
            ("delete a dose?", |p| {
                medications(p);
                p.keys(&[Down, Char('d')]);
            }),
            ("delete a connection?", keys![Char('9'), Char('d')]),
            ("delete a self-check result?", keys![Char('c'), Char('d')]),
            (
                "a self-check result deleted",
                keys![Char('c'), Char('d'), Char('y')],
            ),
            (
                "delete a growth entry?",
                keys![Char('7'), Right, Right, Right, Right, Char('d')],
            ),
            ("deleted", keys![Char('3'), Char('d'), Char('y')]),
            (
                "deleted with what went with it",
                keys![Char('6'), Right, Char('d'), Char('y')],
            ),
            ("not deleted", keys![Char('3'), Char('d'), Esc]),
            ("undone", keys![Char('3'), Char('d'), Char('y'), Char('U')]),
            ("an edit undone", |p| {
                p.keys(&[Char('5'), Char('e')]).type_text(" more");
                save(p);
                p.press(Char('U'));
            }),
            ("nothing to undo", keys![Char('U')]),
            ("a goal logged", keys![Char('5'), Char(' ')]),
            ("a goal's step logged", keys![Char('5'), Down, Char(' ')]),
            ("a goal paused", keys![Char('5'), Char('s')]),
            ("a goal achieved", keys![Char('5'), Char('s'), Char('s')]),
            (
                "a goal let go",
                keys![Char('5'), Char('s'), Char('s'), Char('s')],
            ),
            (
                "a goal active again",
                keys![Char('5'), Char('s'), Char('s'), Char('s'), Char('s')],
            ),
            ("an item moved", |p| {
                plan_row(p, 1, 'K');
            }),
            ("an entry pinned", keys![Char('3'), Char('p')]),
            ("an entry unpinned", keys![Char('3'), Char('p'), Char('p')]),
            (
                "no kept words beside this check-in",
                keys![Char('2'), Char('x')],
            ),
            (
                "no kept words beside this entry",
                keys![Char('3'), Enter, Char('x')],
            ),
            ("w with no setback to write about", keys![Char('w')]),
            (
                "a self-check left with nothing saved",
                keys![Char('c'), Enter, Esc],
            ),
            ("the next tick", |p| act(p, Action::Tick)),
            ("screens in turn", |p| act(p, Action::NextScreen)),
            (
                "the check-in screen's Enter on today",
                keys![Char('2'), Enter],
            ),
            ("the journal's outside editor", keys![Char('3'), Char('e')]),
        ],
    );
}

/// A laptop and a desktop with the fixture journal, syncing through one folder; both
/// rewrote the same entry and today's note at once, and the desktop's words won, so
/// the laptop (the person here) keeps its own beside them.
fn with_kept_words(p: &mut Person) {
    use tend::sync::seal::{Kdf, Key};
    let dir = tempfile::tempdir().unwrap();
    let clock = |at: &str| tend::clock::Clock::Fixed(common::at(at));
    let laptop = tend::store::Store::open(&dir.path().join("t.db"), clock(common::NOW)).unwrap();
    common::fixture::write(&laptop);
    let desktop =
        tend::store::Store::open(&dir.path().join("b.db"), clock("2026-11-23T10:05:00+00:00"))
            .unwrap();
    let key = Key::from_bytes(&[42u8; 32]).unwrap();
    let kdf = Kdf {
        memory_kib: 8 * 1024,
        passes: 1,
        ..Kdf::fresh()
    };
    let folder = dir.path().join("folder");
    tend::sync::init_with(&laptop, &folder, "laptop", &kdf, &key).unwrap();
    tend::sync::join_with(&desktop, &folder, "desktop", &key).unwrap();
    let today = laptop.today().unwrap();
    for (s, who) in [(&laptop, "laptop"), (&desktop, "desktop")] {
        let e = s.journal(&Default::default()).unwrap()[0].clone();
        s.write(|w| {
            w.update_journal(e.id, rewritten(&e, &format!(" On the {who}.")))?;
            let note = tend::domain::CheckinPatch {
                note: Some(format!("Noted on the {who}.")),
                ..Default::default()
            };
            w.upsert_checkin(today, &note)
        })
        .unwrap();
    }
    tend::sync::run(&laptop, &key).unwrap();
    tend::sync::run(&desktop, &key).unwrap();
    tend::sync::run(&laptop, &key).unwrap();
    *p = Person {
        app: App::new(&laptop, today).unwrap(),
        store: laptop,
        _dir: dir,
    };
}

#[test]
fn words_kept_from_another_device() {
    pseudo("the kept words", kept_words);
}

/// Words sync kept aside from another device, wherever they show.
pub fn kept_words(l: &mut dyn Look) {
    check(
        l,
        &[
            ("Today, with kept words", with_kept_words),
            ("the journal list, with kept words", |p| {
                with_kept_words(p);
                p.press(Char('3'));
            }),
            ("an entry, with kept words", |p| {
                with_kept_words(p);
                p.keys(&[Char('3'), Enter]);
            }),
            ("dismiss an entry's kept words?", |p| {
                with_kept_words(p);
                p.keys(&[Char('3'), Enter, Char('x')]);
            }),
            ("an entry's kept words kept", |p| {
                with_kept_words(p);
                p.keys(&[Char('3'), Enter, Char('x'), Esc]);
            }),
            ("an entry's kept words dismissed", |p| {
                with_kept_words(p);
                p.keys(&[Char('3'), Enter, Char('x'), Char('y')]);
            }),
            ("the check-in screen, with a kept note", |p| {
                with_kept_words(p);
                p.press(Char('2'));
            }),
            ("dismiss a check-in's kept note?", |p| {
                with_kept_words(p);
                p.keys(&[Char('2'), Char('x')]);
            }),
            ("kept words of a record no screen shows", |p| {
                with_kept_words(p);
                let e = p.store.journal(&Default::default()).unwrap()[0].id;
                p.store
                    .write(|w| w.delete_record(tend::domain::RecordKind::Journal, e))
                    .unwrap();
                let today = p.store.today().unwrap();
                p.app = App::new(&p.store, today).unwrap();
            }),
        ],
    );
}

#[test]
fn every_screen_is_in_a_table_here() {
    // A new screen needs its states above: this list names the ones they cover.
    let covered = [
        Screen::Today,
        Screen::Checkin,
        Screen::Journal,
        Screen::Domains,
        Screen::Goals,
        Screen::Plan,
        Screen::Progress,
        Screen::Export,
        Screen::Connections,
    ];
    assert_eq!(covered, Screen::ALL);
}

#[test]
fn the_help_in_full() {
    // Help's panel cuts a long line at its column: here every line is read whole.
    use tend::tui::keymap::Mode;
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let (p, own) = reach_state(|_| {});
        let lines = tend::tui::overlay::help_lines(&p.app.cx, Mode::Screen(Screen::Today));
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        let mut found = Findings::default();
        found.check("help, every line", &text.join("\n"), &own);
        found.assert_none("help");
    });
}

#[test]
fn problems_with_the_keys_in_the_settings_file() {
    // The first shows on the status line at the start.
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let (mut p, own) = reach_state(|_| {});
        let text = "[keys]\nfly = \"f\"\nsave = \"hyper-q\"\nhelp = \"ctrl-c\"\n\
                    add = \"x\"\nedit = \"x\"\n";
        let loaded = tend::settings::parse(std::path::Path::new("/c/config.toml"), text);
        let problems = p.app.apply(&loaded.settings);
        assert!(problems.len() >= 3, "{problems:?}");
        // The settings file's own words stay as the file takes them: the section,
        // the actions' names, the keys' spellings, and what was typed there.
        let mut own = own;
        let names = tend::tui::keymap::NAMES.iter().map(|(n, _)| *n);
        let spellings = [
            "keys", "fly", "hyper", "ctrl", "shift", "space", "enter", "esc",
        ];
        let more = [
            "tab",
            "backspace",
            "up",
            "down",
            "left",
            "right",
            "pgup",
            "pgdn",
        ];
        for w in names.chain(spellings).chain(more) {
            own.extend(w.split('-').map(str::to_string));
        }
        let mut found = Findings::default();
        for problem in &problems {
            let what = format!("the [keys] problem on line {}", problem.line);
            found.check(&what, &loaded.describe(problem), &own);
        }
        found.assert_none("the [keys] problems");
    });
}
