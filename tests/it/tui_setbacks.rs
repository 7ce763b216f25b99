//! A ticked "I had a setback" is a setback: the check-in saves that day's growth entry
//! whatever the person answers to the offer to write about it, asks which commitment
//! when there are several, and asks before deleting it when the mark is taken off.
//! Today, Progress, `stats` and the summary agree after each.

use crate::common;

use chrono::{Duration, NaiveDate};
use common::person::Person;
use crossterm::event::KeyModifiers;
use tend::domain::SetbackKind;
use tend::report::{self, Includes};
use tend::tui::action::Screen;
use tend::tui::overlay::{Ask, Overlay};

use crossterm::event::KeyCode;
use crossterm::event::KeyCode::{Char, Enter, Esc, Left, Right};

/// Tabs from the first slider to the setback mark.
const TO_SETBACK: usize = 13;

/// A journal with these commitments, each begun three weeks ago, on Today.
fn person_with(commitments: &[&str]) -> Person {
    let mut p = Person::new(false);
    let today = p.store.today().unwrap();
    p.store
        .write(|w| {
            for c in commitments {
                w.add_commitment(c, today - Duration::days(21), None)?;
            }
            Ok(())
        })
        .unwrap();
    p.press(Esc); // the welcome, skipped
    p.app.reload(&p.store).unwrap();
    p
}

fn today(p: &Person) -> NaiveDate {
    p.store.today().unwrap()
}

/// Opens today's check-in, sets mood 6, ticks the setback mark and saves.
fn check_in_with_setback(p: &mut Person) {
    p.press(Char('1')).press(Enter);
    p.press(Char('6')).tabs(TO_SETBACK).press(Char(' '));
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
}

/// Today, Progress, `stats` and the summary all say the same of today: a slip of the
/// commitment named (or none), and the days on track of each commitment.
fn all_agree(p: &mut Person, setback_of: Option<&str>) {
    agree_on(p, setback_of, "slip");
}

/// The same, for a setback of this kind ("slip", "lapse", "relapse").
fn agree_on(p: &mut Person, setback_of: Option<&str>, kind: &str) {
    let day = today(p);
    let setbacks: Vec<_> = p
        .store
        .setbacks(Some(day), Some(day))
        .unwrap()
        .into_iter()
        .filter(|s| s.kind.ends_run())
        .collect();
    assert_eq!(setbacks.len(), usize::from(setback_of.is_some()));
    let stats = p.store.stats(day, None).unwrap();
    for c in &stats.commitments {
        let hit = setback_of == Some(c.name.as_str());
        assert_eq!(c.current_run, if hit { 0 } else { 22 }, "{}", c.name);
        assert_eq!(c.days_on_track, if hit { 21 } else { 22 }, "{}", c.name);
    }
    let summary =
        report::build(&p.store, day - Duration::days(6), day, Includes::default()).unwrap();
    assert_eq!(summary.glance.setbacks, setbacks.len());
    for line in &summary.glance.commitments {
        let hit = setback_of == Some(line.name.as_str());
        assert_eq!(line.current_run, if hit { 0 } else { 22 }, "{}", line.name);
    }
    p.press(Char('1'));
    let screen = p.screen(100, 30);
    for c in &stats.commitments {
        let hit = setback_of == Some(c.name.as_str());
        let run = if hit {
            "a fresh start today"
        } else {
            "current run 22 days"
        };
        assert!(
            screen.contains(&format!("{} day 22 · {run}", c.name)),
            "{screen}"
        );
    }
    p.press(Char('7'));
    for _ in 0..4 {
        p.press(Right);
    }
    let timeline = p.screen(100, 30);
    assert_eq!(
        timeline.contains(&format!("◆ {day} {kind}")),
        setback_of.is_some(),
        "{timeline}"
    );
    p.press(Char('1'));
}

#[test]
fn saved_and_declined_keeps_the_setback_with_its_reflection_to_write() {
    let mut p = person_with(&["Alcohol"]);
    check_in_with_setback(&mut p);
    assert!(matches!(
        p.app.top(),
        Some(Overlay::Confirm(Ask::OfferGrowth(_)))
    ));
    p.press(Esc); // not now
    let s = &p.store.setbacks(None, None).unwrap()[0];
    assert_eq!((s.kind, s.date), (SetbackKind::Slip, today(&p)));
    assert!(s.unwritten(), "its reflection is still to write");
    let alcohol = p.store.commitments().unwrap()[0].id;
    assert_eq!(s.commitment_id, Some(alcohol));
    all_agree(&mut p, Some("Alcohol"));
    let screen = p.screen(100, 30);
    assert!(
        screen.contains("Your slip today is recorded; w writes what you noticed"),
        "{screen}"
    );
    // w opens that same entry, not a new one; g still starts a new one (a hard day).
    p.press(Char('g'));
    assert!(p.screen(100, 30).contains("‹ hard day ›"));
    p.press(Esc);
    p.press(Char('w'));
    let screen = p.screen(100, 30);
    assert!(
        screen.contains("‹ slip ›") && screen.contains("quickly stopped"),
        "{screen}"
    );
    p.tabs(6).type_text("Call Sam first").press(Enter);
    let all = p.store.setbacks(None, None).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].learned.as_deref(), Some("Call Sam first"));
    p.press(Char('1'));
    assert!(!p.screen(100, 30).contains("is recorded; w writes"));
}

#[test]
fn accepted_opens_the_entry_on_a_setback_kind() {
    let mut p = person_with(&["Alcohol"]);
    check_in_with_setback(&mut p);
    p.press(Enter); // yes
    let screen = p.screen(100, 30);
    assert!(screen.contains("‹ slip ›"), "{screen}");
    // Lapse and relapse are one key away, each explained; never a hard day.
    p.press(Right);
    assert!(p.screen(100, 30).contains("‹ lapse ›"));
    p.press(Right);
    let screen = p.screen(100, 30);
    assert!(screen.contains("‹ relapse ›") && screen.contains("a return to the old pattern"));
    p.press(Right);
    assert!(
        p.screen(100, 30).contains("‹ slip ›"),
        "back round, past no hard day"
    );
    p.press(Left).press(Left); // lapse
    p.tabs(6).type_text("Leave early").press(Enter);
    let all = p.store.setbacks(None, None).unwrap();
    assert_eq!(
        all.len(),
        1,
        "the ticked setback, written up, not a second one"
    );
    assert_eq!(
        (all[0].kind, all[0].learned.as_deref()),
        (SetbackKind::Lapse, Some("Leave early"))
    );
    assert_eq!(p.app.screen, Screen::Progress);
    agree_on(&mut p, Some("Alcohol"), "lapse");
}

#[test]
fn a_digit_chooses_the_commitment_even_from_a_text_field() {
    let mut p = person_with(&["Alcohol", "Gambling"]);
    p.press(Char('1')).press(Enter);
    p.tabs(TO_SETBACK).press(Char(' '));
    p.keys(&[KeyCode::Up, KeyCode::Up]); // back to the note, a text field
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    assert!(p.screen(100, 30).contains("Which commitment"));
    p.press(Char('1'));
    let s = &p.store.setbacks(None, None).unwrap()[0];
    assert_eq!(s.commitment_id, Some(p.store.commitments().unwrap()[0].id));
}

#[test]
fn two_commitments_ask_which_one_before_saving() {
    let mut p = person_with(&["Alcohol", "Gambling"]);
    check_in_with_setback(&mut p);
    assert!(
        p.store.checkin_on(today(&p)).unwrap().is_none(),
        "asks before saving"
    );
    let screen = p.screen(100, 30);
    assert!(
        screen.contains("Which commitment was the setback today about?")
            && screen.contains("1  Alcohol")
            && screen.contains("2  Gambling"),
        "{screen}"
    );
    p.press(Char('2'));
    p.press(Esc); // not now
    let s = &p.store.setbacks(None, None).unwrap()[0];
    let gambling = p.store.commitments().unwrap()[1].id;
    assert_eq!(
        s.commitment_id,
        Some(gambling),
        "never 'all of them' silently"
    );
    assert!(p.store.checkin_on(today(&p)).unwrap().is_some());
    all_agree(&mut p, Some("Gambling"));
}

#[test]
fn esc_while_asking_goes_back_to_the_form_with_nothing_saved() {
    let mut p = person_with(&["Alcohol", "Gambling"]);
    check_in_with_setback(&mut p);
    p.press(Esc);
    assert!(matches!(p.app.top(), Some(Overlay::Checkin(_))));
    assert!(p.store.setbacks(None, None).unwrap().is_empty());
    assert!(p.screen(100, 30).contains("[x] I had a setback today"));
}

#[test]
fn a_corrected_check_in_shows_the_days_setback_and_adds_no_second() {
    let mut p = person_with(&["Alcohol"]);
    check_in_with_setback(&mut p);
    p.press(Esc);
    // Open today's check-in again: the mark shows the setback the day has.
    p.press(Char('1')).press(Enter);
    let screen = p.screen(100, 30);
    assert!(screen.contains("[x] I had a setback today"), "{screen}");
    p.press(Char('8')); // mood 8, the mark left as it is
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    assert!(p.app.overlays.is_empty(), "nothing new to offer");
    assert_eq!(p.store.setbacks(None, None).unwrap().len(), 1);
    assert_eq!(
        p.store.checkin_on(today(&p)).unwrap().unwrap().mood,
        Some(8)
    );
    all_agree(&mut p, Some("Alcohol"));
}

#[test]
fn unticking_asks_before_deleting_the_days_setback() {
    let mut p = person_with(&["Alcohol"]);
    check_in_with_setback(&mut p);
    p.press(Esc);
    p.press(Char('1')).press(Enter);
    p.tabs(TO_SETBACK).press(Char(' '));
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    assert!(matches!(
        p.app.top(),
        Some(Overlay::Confirm(Ask::Delete(_)))
    ));
    assert!(
        p.screen(100, 30).contains("Delete the growth entry"),
        "{}",
        p.screen(100, 30)
    );
    p.press(Char('n')); // keep it
    assert_eq!(p.store.setbacks(None, None).unwrap().len(), 1);
    all_agree(&mut p, Some("Alcohol"));
    p.press(Char('1')).press(Enter);
    p.tabs(TO_SETBACK).press(Char(' '));
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    p.press(Char('y'));
    assert!(p.store.setbacks(None, None).unwrap().is_empty());
    all_agree(&mut p, None);
}

#[test]
fn a_past_day_ticked_gets_its_own_setback() {
    let mut p = person_with(&["Alcohol"]);
    let day = today(&p) - Duration::days(3);
    p.store
        .write(|w| {
            w.upsert_checkin(
                day,
                &tend::domain::CheckinPatch {
                    mood: Some(5),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.press(Char('2')).press(Char('j')).press(Char('e'));
    let screen = p.screen(100, 30);
    assert!(screen.contains("[ ] I had a setback that day"), "{screen}");
    p.tabs(TO_SETBACK).press(Char(' '));
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    p.press(Esc);
    let s = p.store.setbacks(None, None).unwrap();
    assert_eq!((s.len(), s[0].date), (1, day));
    let stats = p.store.stats(today(&p), None).unwrap();
    assert_eq!(stats.commitments[0].current_run, 3);
}
