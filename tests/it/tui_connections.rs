//! The Connections screen and logging a connection from anywhere, headless.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{Backspace, Char, Down, Enter, Esc, Right, Tab};
use tend::domain::{
    ConnectionDraft, ConnectionKind, Fellowship, MeetingDraft, MeetingFormat, PersonDraft, Role,
};

/// A journal of its own (the demo keeps a social life too), with a sponsor to call
/// weekly, a home group, and a few connections.
fn connected() -> Person {
    let mut p = Person::new(false);
    p.press(Esc); // past the welcome
    p.store
        .write(|w| {
            let sam = w.add_person(PersonDraft {
                name: "Sam B".into(),
                roles: vec![Role::Sponsor],
                phone: Some("07700 900123".into()),
                keep_in_touch_days: Some(7),
                ..PersonDraft::default()
            })?;
            let group = w.add_meeting(MeetingDraft {
                name: "Tuesday group".into(),
                fellowship: Fellowship::Aa,
                format: MeetingFormat::InPerson,
                days: vec![1],
                every_other_week: false,
                time: Some("19:30".into()),
                place: Some("Church hall".into()),
                home_group: true,
            })?;
            for (day, kind, meeting, people) in [
                (
                    "2026-11-17T19:30:00+00:00",
                    ConnectionKind::Meeting,
                    Some(group.id),
                    vec![],
                ),
                (
                    "2026-11-10T19:30:00+00:00",
                    ConnectionKind::Meeting,
                    Some(group.id),
                    vec![],
                ),
                (
                    "2026-11-12T18:00:00+00:00",
                    ConnectionKind::Call,
                    None,
                    vec![sam.id],
                ),
            ] {
                w.add_connection(ConnectionDraft {
                    at: chrono::DateTime::parse_from_rfc3339(day).unwrap(),
                    kind,
                    meeting_id: meeting,
                    person_ids: people,
                    minutes: Some(60),
                    shared: false,
                    chaired: false,
                    mood_before: Some(4),
                    mood_after: Some(7),
                    connected: None,
                    note: None,
                    verified_by: None,
                    share: None,
                })?;
            }
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p
}

#[test]
fn the_connections_screen_80x24() {
    let mut p = connected();
    p.press(Char('9'));
    insta::assert_snapshot!("connections_80x24", p.screen(80, 24));
}

#[test]
fn the_connections_screen_120x40() {
    let mut p = connected();
    p.press(Char('9'));
    insta::assert_snapshot!("connections_120x40", p.screen(120, 40));
}

#[test]
fn today_shows_the_next_meeting_and_who_is_overdue() {
    let p = connected();
    let today = p.screen(100, 30);
    assert!(
        today.contains("Next meeting: Tuesday group, tomorrow at 19:30"),
        "{today}"
    );
    assert!(
        today.contains("Time to reach out: Sam B (11 days since)"),
        "{today}"
    );
}

#[test]
fn a_call_is_logged_from_anywhere_in_a_few_keys_and_corrected_and_deleted() {
    let mut p = connected();
    p.press(Char('o')); // from Today
    p.press(Right); // meeting → call
    p.keys(&[Tab, Tab, Tab, Right]).press(Enter); // With: Sam B, from the list
    let calls: Vec<_> = p
        .store
        .connections(None, None, None)
        .unwrap()
        .into_iter()
        .filter(|c| c.kind == ConnectionKind::Call)
        .collect();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].date, p.app.cx.today);
    assert!(
        !p.screen(100, 30).contains("Time to reach out"),
        "Sam was just called"
    );
    p.press(Char('9'));
    p.press(Char('e')).tabs(6).type_text("15").press(Enter);
    assert_eq!(p.store.connection(calls[0].id).unwrap().minutes, Some(15));
    p.press(Char('d'));
    assert!(p.screen(80, 24).contains("Delete the connection call of"));
    p.press(Char('y'));
    assert!(p.store.connection(calls[0].id).is_err());
    p.press(Char('U'));
    assert_eq!(
        p.store.connection(calls[0].id).unwrap().person_ids.len(),
        1,
        "back with Sam"
    );
    p.keys(&[Down, Esc]);
}

/// A name not on the People list is refused (naming a close one) until "New names"
/// says to add it; then the person and the connection are saved together.
#[test]
fn the_connection_form_adds_a_new_person_when_asked() {
    let mut p = connected();
    let before = p.store.connections(None, None, None).unwrap().len();
    p.press(Char('o'));
    p.press(Right); // meeting → call
    p.tabs(4).type_text("sam").press(Enter);
    assert!(
        p.screen(100, 30).contains("did you mean Sam B?"),
        "{}",
        p.screen(100, 30)
    );
    p.keys(&[Backspace, Backspace, Backspace])
        .type_text("Robin")
        .press(Enter);
    assert!(p.screen(100, 30).contains("nobody called Robin"));
    assert_eq!(
        p.store.connections(None, None, None).unwrap().len(),
        before,
        "nothing saved"
    );
    p.keys(&[Tab, Right, Enter]); // New names: add them to People
    let robin = p.store.find_person("Robin").unwrap();
    let call = p.store.connections(None, None, Some(1)).unwrap()[0].clone();
    assert_eq!(
        (call.kind, call.person_ids),
        (ConnectionKind::Call, vec![robin.id])
    );
    assert!(p.screen(100, 30).contains("added Robin to your People"));
}

#[test]
fn the_connection_form_sets_shared_private_or_not_chosen() {
    let mut p = connected();
    p.press(Char('o'));
    p.press(Right); // meeting → call
    p.keys(&[Tab, Tab, Tab, Right]).press(Enter); // With: Sam B, from the list
    let newest = |p: &Person| p.store.connections(None, None, Some(1)).unwrap()[0].clone();
    let call = newest(&p);
    assert_eq!(
        call.share,
        tend::domain::Sharing::Unset,
        "a call's share is not chosen"
    );
    p.press(Char('9'));
    p.press(Char('e')).tabs(14);
    assert!(p.screen(100, 30).contains("‹ not chosen ›"));
    p.press(Right).press(Enter); // not chosen → shared
    assert_eq!(
        p.store.connection(call.id).unwrap().share,
        tend::domain::Sharing::Shared
    );
    p.press(Char('e')).tabs(14).press(Right).press(Enter); // shared → private
    assert_eq!(
        p.store.connection(call.id).unwrap().share,
        tend::domain::Sharing::Private
    );
    p.press(Char('e')).tabs(14).press(Right).press(Enter); // private → not chosen
    assert_eq!(
        p.store.connection(call.id).unwrap().share,
        tend::domain::Sharing::Unset
    );
    p.press(Char('U'));
    assert_eq!(
        p.store.connection(call.id).unwrap().share,
        tend::domain::Sharing::Private,
        "undo brings the choice back"
    );
}

#[test]
fn a_ninety_in_ninety_shows_its_days_without_judgement() {
    let mut p = connected();
    p.app.cx.prefs.ninety_from = Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 10).unwrap());
    p.press(Char('9'));
    let screen = p.screen(120, 40);
    assert!(
        screen.contains("90 in 90: day 14 of 90 · 2 meetings · ●······●······"),
        "{screen}"
    );
}

#[test]
fn the_calendar_and_the_social_rating_show_connections() {
    let mut p = connected();
    p.keys(&[Char('7'), Right, Right, Right]);
    let wide = p.screen(140, 40);
    assert!(wide.contains("• a connection"), "{wide}");
    assert!(
        wide.contains("▓•") || wide.contains("█•") || wide.contains("▒•") || wide.contains("·•"),
        "{wide}"
    );
    p.press(Esc);
    p.app.cx.data.connection_days.push((p.app.cx.today, 2));
    p.keys(&[Char('2'), Enter]);
    assert!(p.screen(100, 30).contains("2 connections this week"));
}

#[test]
fn meetings_are_added_corrected_and_deleted_on_the_plan_screen() {
    let mut p = connected();
    p.keys(&[Char('6'), Right, Right, Right, Right, Right, Right, Right]);
    assert!(p.screen(80, 24).contains("[Meetings]"));
    // Fellowship starts on "other"; four steps on: AA, NA, CA, SMART.
    p.press(Char('a')).type_text("Online SMART").press(Tab);
    p.keys(&[Right, Right, Right, Right, Enter]);
    let m = p.store.find_meeting("Online SMART").unwrap();
    assert_eq!(m.fellowship, Fellowship::Smart);
    let before = p.store.meetings().unwrap().len();
    p.keys(&[crossterm::event::KeyCode::End, Char('d'), Char('y')]);
    assert_eq!(p.store.meetings().unwrap().len(), before - 1);
    p.press(Char('U'));
    assert_eq!(p.store.meetings().unwrap().len(), before);
}

#[test]
fn a_plan_item_naming_a_listed_person_is_not_listed_twice_in_the_crisis_view() {
    let mut p = connected();
    let sam = p.store.find_person("Sam B").unwrap().id;
    p.store
        .write(|w| {
            let i = w.add_plan_item(
                tend::domain::PlanSection::Supports,
                "Sam B, my sponsor",
                None,
                None,
            )?;
            w.link_plan_person(i.id, Some(sam))
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.press(Char('!'));
    let screen = p.screen(100, 30);
    assert_eq!(screen.matches("Sam B").count(), 1, "{screen}");
    assert!(
        screen.contains("Sam B (sponsor)") && screen.contains("07700 900123"),
        "{screen}"
    );
}

/// The plan's people are offered, once each, as people on the list (or a meeting).
#[test]
fn the_plans_people_become_people_one_at_a_time_when_the_person_says_so() {
    let mut p = Person::new(false);
    p.press(Esc); // past the welcome
    p.store
        .write(|w| {
            use tend::domain::PlanSection::{Contacts, Supports};
            for (section, text, detail) in [
                (Supports, "Sam (sponsor)", Some("07700 900123")),
                (Supports, "Jo, my sister", Some("07700 900456")),
                (
                    Supports,
                    "Tuesday evening group",
                    Some("Community hall, 7 pm"),
                ),
                (
                    Contacts,
                    "Dr Patel, counselor",
                    Some("Mondays 10 am · 0161 496 0000"),
                ),
                (Contacts, "Crisis line (24 hours)", None),
            ] {
                w.add_plan_item(section, text, detail, None)?;
            }
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.keys(&[Char('6'), Right, Right, Right, Right, Right, Right]); // People
    let offer = p.screen(100, 30);
    assert!(
        offer.contains("Your plan names 5 people or contacts that aren't on this list"),
        "{offer}"
    );
    p.press(Char('i'));
    let form = p.screen(100, 30);
    assert!(
        form.contains("Your plan says “Sam (sponsor) — 07700 900123”"),
        "{form}"
    );
    p.press(Enter); // a person, as read: Sam, sponsor, 07700 900123
    let sam = p.store.find_person("Sam").unwrap();
    assert_eq!(
        (sam.roles.as_slice(), sam.phone.as_deref()),
        (&[Role::Sponsor][..], Some("07700 900123"))
    );
    assert!(
        p.store
            .plan(None)
            .unwrap()
            .iter()
            .any(|i| i.person_id == Some(sam.id)),
        "the plan item names Sam"
    );
    p.press(Char('i')).press(Enter); // Jo, family
    p.press(Char('i')).press(Enter); // the Tuesday group, read as a meeting
    assert!(p.store.find_meeting("Tuesday evening group").is_ok());
    p.press(Char('i')).press(Right).press(Right).press(Enter); // Dr Patel: leave it
    assert!(p.store.find_person("Dr Patel").is_err());
    assert!(
        p.screen(100, 30)
            .contains("Your plan names one person or contact"),
        "one left: the crisis line"
    );
    assert_eq!(
        p.store.plan(None).unwrap().len(),
        p.app.cx.data.plan.len(),
        "the plan keeps every line"
    );
}

#[test]
fn connections_can_join_the_mood_chart() {
    let mut p = connected();
    p.press(Char('7'));
    for _ in 0..4 {
        p.press(Down);
    }
    let chart = p.screen(100, 30);
    assert!(chart.contains("connections • 3 in all"), "{chart}");
}
