//! Today's quiet lines: one order (a safety answer's way back, doses due, a refill due,
//! a reflection waiting, the next meeting, people to reach, a scale due, words kept
//! aside by sync), and at 80×24 the lowest give way first; the way back never does.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::Char;
use tend::domain::medication::DoseStatus;
use tend::domain::{SetbackDraft, SetbackKind};

/// The fixture journal (its next meeting and Sam to call) with its medications (two
/// doses due, a refill in two days) and every other quiet line of Today due as well.
pub fn every_quiet_line(p: &mut Person) {
    common::fixture::medications(&p.store);
    let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let phq9 = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    p.store
        .write(|w| {
            let alcohol = w.commitments()?[0].id;
            w.add_assessment("PHQ-9", d("2026-11-20"), &phq9, 1, "minimal")?;
            w.add_assessment("PACS", d("2026-11-02"), &[1; 5], 5, "x")?;
            let mut slip = SetbackDraft::ticked(d("2026-11-21"), Some(alcohol));
            slip.kind = SetbackKind::Lapse;
            w.add_setback(slip)?;
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    // Words a sync kept aside of a record no screen shows (as `tui_kept` makes them).
    p.app.cx.data.kept.elsewhere = 1;
}

fn today(w: u16, h: u16) -> String {
    let mut p = Person::fixture();
    every_quiet_line(&mut p);
    p.screen(w, h)
}

#[test]
fn today_with_every_quiet_line_80x24() {
    insta::assert_snapshot!("today_quiet_80x24", today(80, 24));
}

#[test]
fn today_with_every_quiet_line_120x40() {
    insta::assert_snapshot!("today_quiet_120x40", today(120, 40));
}

/// The quiet lines, each by words it alone says, in their one order.
const ORDER: [&str; 8] = [
    "If those thoughts come back",
    "Doses due:",
    "Your refill of",
    "Your lapse on",
    "Next meeting:",
    "Time to reach out:",
    "Your last PACS",
    "Words from another device",
];

/// At each height every line shown is in the one order, and what is gone is the
/// lowest of them: lines give way from the bottom of the order up, the way back never.
/// The person's own words give way before any of them; this week's goals before the
/// doses due and a refill.
#[test]
fn the_lowest_quiet_lines_yield_first_and_the_way_back_never() {
    let mut shown_before = ORDER.len() + 1;
    for h in (20..=40).rev() {
        let screen = today(80, h);
        let at: Vec<Option<usize>> = ORDER.iter().map(|w| screen.find(w)).collect();
        let shown = at.iter().take_while(|a| a.is_some()).count();
        assert!(
            at[shown..].iter().all(Option::is_none),
            "at 80×{h} a lower line stays while a higher one yields:\n{screen}"
        );
        let places: Vec<usize> = at.iter().flatten().copied().collect();
        assert!(places.is_sorted(), "at 80×{h} out of order:\n{screen}");
        assert!(shown >= 1, "at 80×{h} the way back yields:\n{screen}");
        assert!(shown <= shown_before, "at 80×{h} a line came back");
        // The doses due and a refill outlast this week's goals and the own words.
        if shown < 3 {
            assert!(!screen.contains("This week"), "at 80×{h}:\n{screen}");
        }
        if shown < 8 {
            assert!(
                !screen.contains("In your own words"),
                "at 80×{h}:\n{screen}"
            );
        }
        shown_before = shown;
    }
    assert!(
        (1..=3).contains(&shown_before),
        "at 80×20, the smallest, at most the way back, the doses and the refill are left"
    );
    let full = today(80, 40);
    assert!(ORDER.iter().all(|w| full.contains(w)), "{full}");
}

/// `m` marks the next dose due taken, now, and says what it recorded; the line then
/// shows the doses still due, and with none left `m` says so and writes nothing.
#[test]
fn m_marks_the_next_dose_due_taken_and_says_what_it_recorded() {
    let mut p = Person::fixture();
    common::fixture::medications(&p.store);
    p.app.reload(&p.store).unwrap();
    let before = p.screen(120, 40);
    assert!(
        before.contains(
            "Doses due: Buprenorphine 12 mg at 08:00, Sertraline 50 mg at 20:00 · m marks Buprenorphine taken"
        ),
        "{before}"
    );
    p.press(Char('m'));
    assert_eq!(
        p.message(),
        Some("Recorded: Buprenorphine 12 mg taken at 10:00. To correct it: 6, Medications.")
    );
    let today = p.store.today().unwrap();
    let doses = p.store.doses(None, today, today).unwrap();
    assert_eq!(doses.len(), 1);
    assert_eq!(doses[0].status, DoseStatus::Taken);
    let after = p.screen(120, 40);
    assert!(
        after.contains("Doses due: Sertraline 50 mg at 20:00 · m marks Sertraline taken"),
        "{after}"
    );
    p.press(Char('m'));
    assert!(!p.screen(120, 40).contains("Doses due"));
    p.press(Char('m'));
    assert_eq!(
        p.message(),
        Some("No dose is due today that isn't logged yet.")
    );
    assert_eq!(p.store.doses(None, today, today).unwrap().len(), 2);
}
