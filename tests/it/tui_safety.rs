//! The crisis view's safety page: the signs of an overdose and what to do, reached from
//! every way into the crisis view, with the emergency number of the person's country
//! and never a word on doses; and the plan's quiet line on tolerance after a break.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{self, Char, Down, Enter, Esc, Left, Right};

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (120, 40);

/// The safety page of the fixture journal with `country` set, at `size`: its
/// snapshot, and the same in the pseudo-locale shows no word that skipped the catalog.
fn snapshot(country: Option<&str>, (w, h): (u16, u16)) {
    let reach = |p: &mut Person| {
        p.app.cx.prefs.country = country.map(str::to_string);
        p.keys(&[Char('!'), Right]);
    };
    let mut p = Person::fixture();
    reach(&mut p);
    insta::assert_snapshot!(format!("crisis_safety_{w}x{h}"), p.screen(w, h));
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let mut p = Person::fixture();
        reach(&mut p);
        let what = format!("the safety page at {w}x{h}");
        common::pseudo::assert_translated(&what, &p.screen(w, h), &p.own_words());
    });
}

#[test]
fn crisis_safety_80x24() {
    snapshot(None, SMALL);
}

#[test]
fn crisis_safety_120x40() {
    snapshot(Some("US"), LARGE);
}

/// The page's own rows: the screen without the tab bar and the status line.
fn page(p: &Person, (w, h): (u16, u16)) -> String {
    let screen = p.screen(w, h);
    let rows: Vec<&str> = screen.lines().collect();
    rows[1..rows.len() - 1].join("\n")
}

fn on_safety_page(p: &Person) -> bool {
    p.screen(120, 40).contains("Signs of an opioid overdose")
}

/// → opens the page from the crisis view however it opened (Today's `!`, another
/// screen's, a self-check's, the answer to PHQ-9 item 9); ← goes back to the plan,
/// whose people and lines are as before; Esc closes from either page.
#[test]
fn the_safety_page_is_one_key_away_wherever_the_crisis_view_opens() {
    let ways: [(&str, &[KeyCode]); 4] = [
        ("Today", &[Char('!')]),
        ("the Plan screen", &[Char('6'), Char('!')]),
        ("a self-check", &[Char('c'), Enter, Char('!')]),
        ("PHQ-9 item 9", &[Char('c'), Enter]),
    ];
    for (way, keys) in ways {
        let mut p = Person::fixture();
        p.keys(keys);
        if way == "PHQ-9 item 9" {
            p.type_text("000000001");
        }
        assert!(p.crisis(), "{way}: the crisis view is open");
        let first = page(&p, SMALL);
        assert!(first.contains("People to call"), "{way}:\n{first}");
        assert!(!on_safety_page(&p), "{way}: the plan comes first");
        p.press(Right);
        assert!(on_safety_page(&p), "{way}:\n{}", p.screen(80, 24));
        assert!(
            p.screen(80, 24).contains("← your plan · Esc closes"),
            "{way}"
        );
        p.press(Left);
        assert_eq!(page(&p, SMALL), first, "{way}: back to the plan as it was");
        let footer = p.screen(80, 24);
        assert!(footer.contains("→ overdose signs"), "{way}:\n{footer}");
        p.keys(&[Right, Esc]);
        assert!(!p.crisis(), "{way}: Esc closes from the safety page");
    }
}

/// Wide enough that no sentence of the page wraps.
const WIDE: (u16, u16) = (300, 40);

/// The number to call is the person's country's; unknown, the usual ones.
#[test]
fn the_emergency_number_follows_the_country() {
    for (country, number) in [
        (Some("US"), "911"),
        (Some("CA"), "911"),
        (Some("GB"), "999"),
        (Some("DE"), "112"),
        (Some("ES"), "112"),
        (Some("AU"), "000"),
    ] {
        let mut p = Person::fixture();
        p.app.cx.prefs.country = country.map(str::to_string);
        p.keys(&[Char('!'), Right]);
        let text = page(&p, WIDE);
        assert!(
            text.contains(&format!("call {number} now")),
            "{country:?}: {text}"
        );
        assert!(
            text.contains(&format!("1. Call {number}.")),
            "{country:?}: {text}"
        );
        assert!(!text.contains("local emergency number"), "{country:?}");
    }
    let mut p = Person::fixture();
    p.app.cx.prefs.country = Some("JP".into());
    p.keys(&[Char('!'), Right]);
    let text = page(&p, WIDE);
    assert!(
        text.contains("local emergency number now (911, 999, 112, 000)"),
        "{text}"
    );
}

/// The page says what to look for and what to do, and nothing about how much of
/// anything to take: no dose, no amount, no unit; its only numbers are the steps, the
/// emergency numbers and the minutes before naloxone can be given again.
#[test]
fn the_safety_page_names_no_dose() {
    for (country, size) in [(None, SMALL), (Some("AU"), LARGE), (Some("US"), LARGE)] {
        let mut p = Person::fixture();
        p.app.cx.prefs.country = country.map(str::to_string);
        p.keys(&[Char('!'), Right]);
        // Scrolled to the end too, where the page scrolls.
        for keys in [&[][..], &[KeyCode::End]] {
            p.keys(keys);
            let text = page(&p, size).to_lowercase();
            assert!(text.contains("naloxone"), "{text}");
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for unit in [
                "dose",
                "doses",
                "dosing",
                "dosage",
                "mg",
                "mcg",
                "ml",
                "milligram",
                "milligrams",
                "microgram",
                "micrograms",
                "gram",
                "grams",
                "g",
                "units",
                "unit",
                "drinks",
                "spray",
                "sprays",
                "tablet",
                "tablets",
                "pill",
                "pills",
            ] {
                assert!(!words.contains(&unit), "{unit:?} on the page:\n{text}");
            }
            let allowed = ["1", "2", "3", "4", "5", "911", "999", "112", "000"];
            for n in text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
            {
                assert!(
                    allowed.contains(&n),
                    "the number {n:?} on the page:\n{text}"
                );
            }
        }
    }
}

/// The plan's "If I slip" section ends with the quiet line on tolerance after a
/// break: no item of the plan, passed by the cursor.
#[test]
fn if_i_slip_says_tolerance_drops_after_a_break() {
    let mut p = Person::fixture();
    p.press(Char('6'));
    let screen = p.screen(120, 40);
    let line = "After a break, tolerance drops: the same amount carries more risk.";
    let at = |s: &str| {
        screen
            .find(s)
            .unwrap_or_else(|| panic!("{s:?} missing:\n{screen}"))
    };
    assert!(at("If I slip") < at(line), "{screen}");
    assert!(at(line) < at("Keeping my space safe"), "{screen}");
    // The cursor goes from "If I slip"'s last row to the next section's heading.
    let items = p.store.plan(None).unwrap().len();
    let before = p.app.screens.plan.rows.index;
    for _ in 0..(items + 8) {
        p.press(Down);
        let s = p.screen(120, 40);
        let marked = s.lines().find(|l| l.contains('›')).unwrap_or_default();
        assert!(!marked.contains(line), "the cursor never rests on it:\n{s}");
    }
    assert!(p.app.screens.plan.rows.index > before);
    assert_eq!(p.store.plan(None).unwrap().len(), items, "nothing stored");
}
