//! The use form (from Today and the Plan screen's Commitments tab), the path form, the
//! question after a use that puts a cut-down day over the plan, a use on an abstain
//! path as that day's setback, the recent uses under each commitment with their edit,
//! delete and undo, and the safer-use checklist in the form and the crisis view.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{Char, Down, Enter, Esc, Right};
use crossterm::event::KeyModifiers;
use tend::domain::SetbackKind;
use tend::domain::usage::{Path, SaferStep};
use tend::tui::overlay::{Ask, Overlay};

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (120, 40);

/// The fixture with Alcohol on a cut-down path, two uses, and Opioids on a safer-use
/// path.
fn with_uses() -> Person {
    let mut p = Person::fixture();
    common::fixture::uses(&p.store);
    p.app.reload(&p.store).unwrap();
    p
}

/// The Plan screen's Commitments tab, the cursor `down` rows from the top.
fn commitments_tab(p: &mut Person, down: usize) {
    p.keys(&[Char('6'), Right, Right, Right, Right]);
    for _ in 0..down {
        p.press(Down);
    }
}

fn save(p: &mut Person) {
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
}

fn snap(name: &str, p: &Person) {
    for (w, h) in [SMALL, LARGE] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), p.screen(w, h));
    }
}

#[test]
fn use_form_snapshots() {
    let mut p = with_uses();
    p.press(Char('u'));
    snap("use_form", &p);

    let mut p = Person::fixture();
    p.press(Char('u'));
    snap("use_form_after_a_break", &p);

    let mut p = with_uses();
    commitments_tab(&mut p, 3);
    p.press(Char('u'));
    snap("use_form_safer_use", &p);
}

#[test]
fn path_form_snapshots() {
    let mut p = with_uses();
    commitments_tab(&mut p, 0);
    insta::assert_snapshot!("commitments_with_uses_80x24", p.screen(80, 24));
    p.press(Char('p'));
    snap("path_form_cut_down", &p);
}

#[test]
fn u_on_today_opens_the_form_and_saving_writes_the_use() {
    let mut p = with_uses();
    p.press(Char('u'));
    assert!(p.screen(80, 24).contains("A use"));
    // Commitment, When, then Amount: 1.5 drinks of wine.
    p.keys(&[Down, Down]).type_text("1.5");
    p.keys(&[Down, Down, Down, Down, Down, Down])
        .type_text("wine");
    save(&mut p);
    assert!(p.app.top().is_none(), "{}", p.screen(80, 24));
    let uses = p
        .store
        .uses(None, p.store.today().unwrap(), p.store.today().unwrap(), 10);
    let u = &uses.unwrap()[0];
    assert_eq!((u.amount, u.what.as_deref()), (1.5, Some("wine")));
    assert_eq!(
        p.message(),
        Some("Logged 1.5 standard drinks of Alcohol, 2026-11-23 10:00.")
    );
}

#[test]
fn the_converter_fills_the_amount_from_a_common_drink() {
    let mut p = with_uses();
    p.press(Char('u'));
    // Drink: the second preset, a pint of beer (568 ml, 4%), two of them.
    p.keys(&[Down, Down, Down, Down, Right, Right, Down]);
    p.press(crossterm::event::KeyCode::Backspace).type_text("2");
    let screen = p.screen(80, 24);
    assert!(screen.contains("568"), "{screen}");
    assert!(screen.contains("2.56"), "{screen}");
}

#[test]
fn refusals_name_the_field_and_keep_what_was_typed() {
    let mut p = with_uses();
    p.press(Char('u'));
    p.keys(&[Down, Down]).type_text("-1");
    save(&mut p);
    let screen = p.screen(120, 40);
    assert!(
        screen.contains("Amount: must be an amount of 0 or more"),
        "{screen}"
    );
    for _ in 0..2 {
        p.press(crossterm::event::KeyCode::Backspace);
    }
    p.type_text("500");
    save(&mut p);
    assert!(
        p.screen(120, 40)
            .contains("Amount: is more than a day can hold")
    );
    p.keys(&[crossterm::event::KeyCode::Up]);
    for _ in 0..16 {
        p.press(crossterm::event::KeyCode::Backspace);
    }
    p.type_text("2026-11-23 11:00");
    save(&mut p);
    let screen = p.screen(120, 40);
    assert!(screen.contains("When: is later than now"), "{screen}");
    assert!(screen.contains("500"), "what was typed stays: {screen}");
    assert!(matches!(p.app.top(), Some(Overlay::Form(_))));
}

#[test]
fn a_day_over_the_plan_is_offered_an_over_plan_entry() {
    let mut p = with_uses();
    p.press(Char('u'));
    p.keys(&[Down, Down]).type_text("4");
    save(&mut p);
    assert!(matches!(
        p.app.top(),
        Some(Overlay::Confirm(Ask::OverPlan(..)))
    ));
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("This day is over your plan. That is information, not a verdict."),
        "{screen}"
    );
    insta::assert_snapshot!("over_plan_question_80x24", screen);
    assert!(!screen.to_lowercase().contains("fail"));
    p.press(Enter);
    let today = p.store.today().unwrap();
    let s = p.store.setbacks(Some(today), Some(today)).unwrap();
    let alcohol = p.store.find_commitment("Alcohol").unwrap().id;
    assert_eq!(s.len(), 1);
    assert_eq!(
        (s[0].kind, s[0].commitment_id),
        (SetbackKind::OverPlan, Some(alcohol))
    );
    // Its reflection is optional: the growth form is open on it, and leaving it keeps it.
    assert!(p.screen(80, 24).contains("‹ over my plan ›"));
    p.press(Esc);
    assert_eq!(p.store.setbacks(Some(today), Some(today)).unwrap().len(), 1);

    // Not now writes nothing; a second use that day isn't asked again once written.
    let mut p = with_uses();
    p.press(Char('u'));
    p.keys(&[Down, Down]).type_text("4");
    save(&mut p);
    p.press(Esc);
    assert!(
        p.store
            .setbacks(Some(today), Some(today))
            .unwrap()
            .is_empty()
    );
    assert_eq!(p.message(), Some("Not now, then. The use is logged."));
}

#[test]
fn a_use_on_an_abstain_path_is_that_days_setback_on_the_check_in() {
    let mut p = Person::fixture();
    p.press(Char('u'));
    p.keys(&[Down, Down]).type_text("1");
    save(&mut p);
    let said = p.message().unwrap_or_default().to_string();
    assert!(
        said.contains("It is that day's setback on the check-in"),
        "{said}"
    );
    p.keys(&[Char('1'), Enter]);
    let screen = p.screen(120, 40);
    assert!(screen.contains("[x] I had a setback today"), "{screen}");
}

#[test]
fn a_use_is_deleted_and_undone_from_the_commitments_tab() {
    let mut p = with_uses();
    let count = |p: &Person| {
        let today = p.store.today().unwrap();
        p.store
            .uses(None, today - chrono::Duration::days(30), today, 10)
            .unwrap()
            .len()
    };
    commitments_tab(&mut p, 1);
    p.press(Char('d'));
    assert!(
        p.screen(80, 24)
            .contains("Delete the use of 2026-11-22 at 20:00?")
    );
    p.press(Char('y'));
    assert_eq!(count(&p), 1);
    p.press(Char('U'));
    assert_eq!(count(&p), 2);
    // Enter opens it to correct, through the undo log.
    commitments_tab(&mut p, 1);
    p.press(Enter);
    assert!(p.screen(80, 24).contains("A use"), "{}", p.screen(80, 24));
    p.keys(&[Down, Down, crossterm::event::KeyCode::Backspace])
        .type_text("2");
    save(&mut p);
    assert!(p.app.top().is_none(), "{}", p.screen(80, 24));
    let today = p.store.today().unwrap();
    let u = &p
        .store
        .uses(None, today - chrono::Duration::days(1), today, 1)
        .unwrap()[0];
    assert_eq!(u.amount, 2.0);
    p.press(Char('U'));
    let u = &p
        .store
        .uses(None, today - chrono::Duration::days(1), today, 1)
        .unwrap()[0];
    assert_eq!(u.amount, 1.0, "undo puts the correction back");
}

#[test]
fn the_safer_use_checklist_is_ticked_in_the_form_and_shown_in_the_crisis_view() {
    let mut p = with_uses();
    commitments_tab(&mut p, 3);
    p.press(Char('u'));
    p.keys(&[Down, Down]).type_text("1");
    // Past Unit, What, Where, With whom, Planned, Cost and Note: the first step.
    p.keys(&[Down, Down, Down, Down, Down, Down, Down, Down, Char(' ')]);
    p.keys(&[Down, Down, Char(' ')]);
    save(&mut p);
    let today = p.store.today().unwrap();
    let u = &p.store.uses(None, today, today, 1).unwrap()[0];
    assert_eq!(
        u.followed,
        vec![SaferStep::NeverAlone, SaferStep::TestStrips]
    );
    p.keys(&[Char('!'), Right]);
    let screen = p.screen(120, 40);
    assert!(screen.contains("Your safer-use checklist"), "{screen}");
    assert!(screen.contains("• test strips"), "{screen}");
}

#[test]
fn the_path_form_changes_the_path_from_today_and_keeps_the_history() {
    let mut p = with_uses();
    commitments_tab(&mut p, 0);
    p.press(Char('p'));
    p.press(Right); // cut down → safer use
    save(&mut p);
    let alcohol = p.store.find_commitment("Alcohol").unwrap().id;
    let paths = p.store.paths(alcohol).unwrap();
    assert_eq!(paths.len(), 2, "the cut-down step is kept");
    assert_eq!(paths.last().unwrap().path, Path::SaferUse);
    assert_eq!(
        p.message(),
        Some("Alcohol: safer use from 2026-11-23. What came before is kept.")
    );
}

#[test]
fn a_new_commitment_takes_its_path() {
    let mut p = Person::fixture();
    p.keys(&[Char('6'), Right, Right, Right, Right, Char('a')]);
    p.type_text("Cannabis").keys(&[Down, Down, Right]);
    save(&mut p);
    let c = p.store.find_commitment("Cannabis").unwrap();
    assert_eq!(p.store.paths(c.id).unwrap()[0].path, Path::CutDown);
}
