//! The Plan screen's Medications tab on the fixture's medications: each with its dose
//! and schedule, prescriber, adherence in words and refill, its latest doses to
//! correct and delete; the forms that add and correct a medication (a changed dose is
//! a new step of its history) and log a dose.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{self, Backspace, Char, Down, Enter, Right};
use tend::domain::Role;
use tend::domain::medication::DoseStatus;

/// The fixture journal with its medications, on the Plan screen's Medications tab.
pub fn on_the_tab(p: &mut Person) {
    common::fixture::medications(&p.store);
    p.app.reload(&p.store).unwrap();
    p.keys(&[Char('6'), Right, Right, Right, Right, Right]);
}

fn screen((w, h): (u16, u16), then: &[KeyCode]) -> String {
    let mut p = Person::fixture();
    on_the_tab(&mut p);
    p.keys(then);
    p.screen(w, h)
}

#[test]
fn medications_80x24() {
    insta::assert_snapshot!("medications_80x24", screen((80, 24), &[]));
}

#[test]
fn medications_120x40() {
    insta::assert_snapshot!("medications_120x40", screen((120, 40), &[]));
}

fn on_tab() -> Person {
    let mut p = Person::fixture();
    on_the_tab(&mut p);
    p
}

#[test]
fn a_medication_is_added_with_a_prescriber_typed_who_joins_the_people() {
    let mut p = on_tab();
    p.press(Char('a')).type_text("Naltrexone");
    p.press(Down).type_text("50 mg");
    p.keys(&[Down, Right, Down, Down]).type_text("09:00");
    p.keys(&[Down, Down, Down]).type_text("Dr. Lee");
    p.keys(&[Down, Down, Down, Right]).press(Enter);
    assert_eq!(p.message(), Some("Added Naltrexone."));
    let m = p.store.find_medication("Naltrexone").unwrap();
    let s = &m.schedules[0];
    assert_eq!(
        (s.dose.as_deref(), &s.times[..]),
        (Some("50 mg"), &["09:00".to_string()][..])
    );
    assert!(m.addiction);
    let lee = p
        .store
        .people()
        .unwrap()
        .into_iter()
        .find(|x| x.name == "Dr. Lee")
        .unwrap();
    assert_eq!(m.prescriber_id, Some(lee.id));
    assert!(lee.roles.contains(&Role::Prescriber));
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("Naltrexone · 50 mg, every day at 09:00"),
        "{screen}"
    );
}

/// A new dose from today is a new step of the history (the old one kept, said on
/// the tab), and undo takes the change back; a change of the note alone adds no step.
#[test]
fn a_changed_dose_is_kept_as_history_and_undo_takes_it_back() {
    let mut p = on_tab();
    p.keys(&[Char('e'), Down]);
    for _ in 0..5 {
        p.press(Backspace);
    }
    p.type_text("16 mg").press(Enter);
    assert_eq!(
        p.message(),
        Some("Saved Buprenorphine: the new dose and schedule count from 23 Nov.")
    );
    let m = p.store.find_medication("Buprenorphine").unwrap();
    let doses: Vec<_> = m
        .schedules
        .iter()
        .map(|s| s.dose.clone().unwrap())
        .collect();
    assert_eq!(doses, ["8 mg", "12 mg", "16 mg"]);
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("Changed on 23 Nov: 16 mg, every day at 08:00 (before: 12 mg,"),
        "{screen}"
    );
    p.press(Char('U'));
    let m = p.store.find_medication("Buprenorphine").unwrap();
    assert_eq!(m.schedules.len(), 2, "undo takes the step back");
    assert!(
        p.screen(80, 24)
            .contains("Buprenorphine · 12 mg, every day at 08:00")
    );
    p.press(Char('e'))
        .tabs(13)
        .type_text("With breakfast")
        .press(Enter);
    let m = p.store.find_medication("Buprenorphine").unwrap();
    assert_eq!(m.note.as_deref(), Some("With breakfast"));
    assert_eq!(m.schedules.len(), 2, "the note alone is no change of dose");
}

#[test]
fn an_as_needed_dose_is_logged_with_its_reason_and_a_future_one_refused() {
    let mut p = on_tab();
    p.keys(&[Down, Down, Down, Down, Char('t')]);
    p.keys(&[Down, Down, Down]).type_text("panic");
    p.keys(&[KeyCode::Up]);
    for _ in 0..5 {
        p.press(Backspace);
    }
    p.type_text("12:00").press(Enter);
    let today = p.store.today().unwrap();
    let shown = p.screen(80, 24);
    assert!(
        shown.contains("When: 2026-11-23T12:00:00+00:00 hasn't happened yet"),
        "{shown}"
    );
    assert!(p.store.doses(None, today, today).unwrap().is_empty());
    for _ in 0..5 {
        p.press(Backspace);
    }
    p.type_text("09:30").press(Enter);
    assert_eq!(
        p.message(),
        Some("Logged for Hydroxyzine: taken · Mon 23 Nov 09:30 · panic.")
    );
    let logged = p.store.doses(None, today, today).unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].reason.as_deref(), Some("panic"));
}

#[test]
fn a_logged_dose_is_corrected_and_deleted_from_under_its_medication() {
    let mut p = on_tab();
    p.keys(&[Down, Char('e'), Down, Right, Enter]);
    let day = "2026-11-22".parse().unwrap();
    let of_day = |p: &Person| p.store.doses(None, day, day).unwrap();
    let bup = of_day(&p)
        .into_iter()
        .find(|d| d.at.contains("08:05"))
        .unwrap();
    assert_eq!(bup.status, DoseStatus::Late);
    assert!(p.screen(80, 24).contains("taken late · Sun 22 Nov 08:05"));
    p.press(Char('d'));
    let asked = p.screen(80, 24);
    assert!(asked.contains("Delete the dose"), "{asked}");
    p.press(Char('y'));
    assert!(of_day(&p).iter().all(|d| d.id != bup.id));
}

#[test]
fn deleting_a_medication_asks_first_and_takes_its_doses() {
    let mut p = on_tab();
    p.press(Char('d'));
    let asked = p.screen(80, 24);
    assert!(asked.contains("Buprenorphine"), "{asked}");
    p.press(Char('y'));
    assert!(p.store.find_medication("Buprenorphine").is_err());
    let after = p.screen(80, 24);
    assert!(!after.contains("Buprenorphine · "), "{after}");
    assert!(p.message().is_some_and(|m| m.contains("Buprenorphine")));
}

/// A refusal names the field by the label the form shows, keeps what was typed and
/// writes nothing.
#[test]
fn a_time_that_is_not_one_is_refused_naming_the_field() {
    let mut p = on_tab();
    p.press(Char('a')).type_text("Naltrexone");
    p.keys(&[Down, Down, Down, Down])
        .type_text("8am")
        .press(Enter);
    let shown = p.screen(80, 24);
    assert!(shown.contains("Times: '8am' is not a time"), "{shown}");
    assert!(shown.contains("Naltrexone"), "{shown}");
    assert!(p.store.find_medication("Naltrexone").is_err());
}
