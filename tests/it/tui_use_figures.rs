//! What a person on a cut-down path sees: Today's one line (days within the plan, the
//! last 7 days against the weekly limit, use-free days), the Progress head's figures and
//! trend, and the year calendar shaded by the day's amount (`m`), on the fixture with
//! Alcohol cut down, at 80×24 and 120×40.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{Char, Enter, Esc, Right, Up};

/// The fixture with Alcohol on a cut-down path and a few uses.
fn cutting_down() -> Person {
    let mut p = Person::fixture();
    common::fixture::cutting_down(&p.store);
    p.app.reload(&p.store).unwrap();
    p
}

/// The year calendar shaded by amount at one size.
fn by_amount(w: u16, h: u16) -> Person {
    let mut p = cutting_down();
    p.keys(&[Char('7'), Right, Right, Right]);
    assert!(p.screen(w, h).contains("m by amount"), "the key is named");
    p.press(Char('m'));
    let screen = p.screen(w, h);
    assert!(
        screen.contains("Alcohol by amount (standard drinks)"),
        "{screen}"
    );
    for mark in [
        "○ use-free",
        "░ within my plan",
        "▓ over my plan",
        "█ 6 or more",
    ] {
        assert!(screen.contains(mark), "legend {mark}: {screen}");
    }
    insta::assert_snapshot!(format!("progress_use_calendar_{w}x{h}"), screen);
    p
}

#[test]
fn the_use_calendar_80x24() {
    let screen = by_amount(80, 24).screen(80, 24);
    // Saturday 7 November heavy, Saturday 14 over the daily limit: one mark each (and
    // one in the legend).
    assert_eq!(screen.matches('█').count(), 2, "{screen}");
    assert_eq!(screen.matches('▓').count(), 2, "{screen}");
}

#[test]
fn the_use_calendar_120x40() {
    by_amount(120, 40);
}

#[test]
fn the_days_box_says_the_amount_and_what_was_logged() {
    let mut p = by_amount(120, 40);
    // Enter starts on today (use-free); two days up is Saturday 21 November.
    p.press(Enter);
    assert!(p.screen(80, 24).contains("Alcohol: use-free"));
    p.keys(&[Up, Up]);
    let screen = p.screen(80, 24);
    assert!(screen.contains("Saturday 21 November 2026"), "{screen}");
    assert!(
        screen.contains("Alcohol: 2.5 standard drinks · beer, wine"),
        "{screen}"
    );
    assert!(
        screen.contains("m mood or amount"),
        "the footer names the key"
    );
    // m in the day cursor shades by mood again, the cursor stays.
    p.press(Char('m'));
    let screen = p.screen(80, 24);
    assert!(screen.contains("Saturday 21 November 2026"), "{screen}");
    assert!(!screen.contains("Alcohol: 2.5"), "{screen}");
    p.keys(&[Esc]);
    assert!(p.screen(80, 24).contains("Your year since"));
}

#[test]
fn m_switches_mood_and_amount_and_is_quiet_without_use() {
    let mut p = cutting_down();
    p.keys(&[Char('7'), Right, Right, Right, Char('m')]);
    assert!(p.screen(80, 24).contains("m by mood"));
    p.press(Char('m'));
    let screen = p.screen(80, 24);
    assert!(screen.contains("Your year since") && screen.contains("m by amount"));
    // The choice stays when the person comes back to the calendar.
    p.press(Char('m'));
    p.keys(&[Char('1'), Char('7'), Right, Right, Right]);
    assert!(p.screen(80, 24).contains("Alcohol by amount"));
    // Abstaining with no use logged: no use calendar, and no key offered for it.
    let mut p = Person::fixture();
    p.keys(&[Char('7'), Right, Right, Right]);
    let before = p.screen(80, 24);
    assert!(!before.contains("by amount"), "{before}");
    p.press(Char('m'));
    assert_eq!(p.screen(80, 24), before);
}

#[test]
fn the_figures_on_progress_and_today_80x24() {
    let mut p = cutting_down();
    let today = p.screen(80, 24);
    assert!(
        today.contains("20 days within my plan · 6.5 of 14 over 7 days · 4 use-free days"),
        "{today}"
    );
    assert!(!today.contains("on track"), "{today}");
    insta::assert_snapshot!("today_cutting_down_80x24", today);
    p.press(Char('7'));
    let progress = p.screen(80, 24);
    assert!(progress.contains("over my plan"), "{progress}");
    assert!(progress.contains("more than the 30 days"), "{progress}");
    insta::assert_snapshot!("progress_cutting_down_80x24", progress);
}
