//! The Connections figures, on hand-made events.

use super::*;
use crate::domain::{Person, Role};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn event(date: &str, kind: ConnectionKind, people: Vec<i64>) -> Connection {
    Connection {
        id: 0,
        at: format!("{date}T19:00:00+00:00"),
        date: d(date),
        kind,
        meeting_id: None,
        person_ids: people,
        minutes: None,
        shared: false,
        chaired: false,
        mood_before: None,
        mood_after: None,
        connected: None,
        note: None,
        verified_by: None,
        share: kind.default_sharing(),
        created_at: String::new(),
    }
}

fn person(id: i64, name: &str, every: Option<u16>, roles: Vec<Role>) -> Person {
    Person {
        id,
        name: name.into(),
        roles,
        phone: None,
        keep_in_touch_days: every,
        emergency: false,
        active_from: None,
        active_to: None,
        note: None,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

#[test]
fn meetings_are_counted_in_their_week_by_format() {
    let online = Meeting {
        id: 7,
        name: "Zoom group".into(),
        fellowship: Fellowship::Smart,
        format: MeetingFormat::Online,
        days: vec![1],
        every_other_week: false,
        time: Some("19:30".into()),
        place: None,
        home_group: false,
        created_at: String::new(),
        updated_at: String::new(),
    };
    let mut zoom = event("2026-11-17", ConnectionKind::Meeting, vec![]);
    zoom.meeting_id = Some(7);
    let events = [
        event("2026-11-23", ConnectionKind::Meeting, vec![]),
        zoom,
        event("2026-11-18", ConnectionKind::Call, vec![1]),
        event("2026-08-01", ConnectionKind::Meeting, vec![]),
    ];
    let weeks = meetings_per_week(&events, std::slice::from_ref(&online), d("2026-11-23"), 12);
    assert_eq!(weeks.len(), 12);
    assert_eq!(weeks[11], (d("2026-11-23"), [1, 0, 0, 0]));
    assert_eq!(weeks[10], (d("2026-11-16"), [0, 1, 0, 0]));
    assert_eq!(
        weeks.iter().map(|w| w.1.iter().sum::<u32>()).sum::<u32>(),
        2,
        "August is outside"
    );
    assert_eq!(online.when(), "Tue 19:30");
    assert_eq!(online.next_on(d("2026-11-23")), Some(d("2026-11-24")));
    assert_eq!(online.next_on(d("2026-11-24")), Some(d("2026-11-24")));
}

#[test]
fn overdue_people_come_first_and_people_never_reached_are_overdue() {
    let people = [
        person(1, "Sam", Some(7), vec![Role::Sponsor]),
        person(2, "Jo", Some(30), vec![Role::Family]),
        person(3, "Kim", Some(3), vec![Role::Peer]),
        person(4, "Lee", None, vec![Role::Friend]),
    ];
    let events = [
        event("2026-11-10", ConnectionKind::Call, vec![1]),
        event("2026-11-20", ConnectionKind::Message, vec![2]),
    ];
    let c = contacts(&people, &last_contacts(&events), d("2026-11-23"));
    let names: Vec<(&str, bool)> = c.iter().map(|c| (c.name.as_str(), c.overdue)).collect();
    assert_eq!(
        names,
        [("Kim", true), ("Sam", true), ("Jo", false)],
        "Lee has no goal and no role that asks for one"
    );
    assert_eq!(c[1].days_since, Some(13));
}

#[test]
fn mood_service_and_the_longest_stretch_alone() {
    let mut a = event("2026-11-02", ConnectionKind::Meeting, vec![]);
    a.mood_before = Some(4);
    a.mood_after = Some(7);
    let mut s1 = event("2026-10-05", ConnectionKind::Service, vec![]);
    s1.minutes = Some(90);
    let mut s2 = event("2026-10-20", ConnectionKind::Service, vec![]);
    s2.minutes = Some(30);
    let events = [a, s1, s2, event("2026-11-10", ConnectionKind::Call, vec![])];
    assert_eq!(mood_around_meetings(&events), Some((4.0, 7.0, 1)));
    assert_eq!(service_minutes_by_month(&events), [(d("2026-10-01"), 120)]);
    assert_eq!(
        longest_gap(&events, d("2026-11-01"), d("2026-11-23")),
        13,
        "Nov 11 to 23"
    );
    assert_eq!(longest_gap(&[], d("2026-11-01"), d("2026-11-07")), 7);
}

#[test]
fn a_connection_counts_when_shared_or_unset_in_a_shared_group_never_when_private() {
    use ConnectionKind::*;
    let with = |kind, share| Connection {
        share,
        ..event("2026-11-20", kind, vec![])
    };
    for kind in [Call, Message, InPerson] {
        assert!(with(kind, Sharing::Shared).counted(false));
        assert!(!with(kind, Sharing::Unset).counted(false));
        assert!(with(kind, Sharing::Unset).counted(true), "{kind}");
        assert!(!with(kind, Sharing::Private).counted(true), "{kind}");
    }
    for kind in [Meeting, Therapy, GroupTherapy, Service, Community] {
        assert!(
            !with(kind, Sharing::Unset).counted(true),
            "{kind} is not in the group"
        );
    }
    assert_eq!(Meeting.default_sharing(), Sharing::Shared);
    assert_eq!(Call.default_sharing(), Sharing::Unset);
    // A share flag from before the three-way choice.
    assert_eq!(Sharing::from_flag(true, Call), Sharing::Shared);
    assert_eq!(Sharing::from_flag(false, Call), Sharing::Unset);
    assert_eq!(Sharing::from_flag(false, Service), Sharing::Unset);
    assert_eq!(Sharing::from_flag(false, Meeting), Sharing::Private);
    assert_eq!(Sharing::from_flag(false, GroupTherapy), Sharing::Private);
    assert_eq!(Sharing::parse("Shared").unwrap(), Sharing::Shared);
}

#[test]
fn drafts_refuse_what_cannot_be() {
    let ok = ConnectionDraft {
        at: chrono::DateTime::parse_from_rfc3339("2026-11-23T19:00:00+00:00").unwrap(),
        kind: ConnectionKind::Call,
        meeting_id: None,
        person_ids: vec![],
        minutes: Some(20),
        shared: false,
        chaired: false,
        mood_before: None,
        mood_after: None,
        connected: Some(8),
        note: None,
        verified_by: None,
        share: None,
    };
    assert!(ok.validate().is_ok());
    let long = ConnectionDraft {
        minutes: Some(2000),
        ..ok.clone()
    };
    assert_eq!(long.validate().unwrap_err().field, "minutes");
    let shared_call = ConnectionDraft {
        shared: true,
        ..ok.clone()
    };
    assert_eq!(shared_call.validate().unwrap_err().field, "shared");
    assert_eq!(parse_weekday("Tuesday").unwrap(), 1);
    assert_eq!(parse_weekday("WED").unwrap(), 2);
    assert_eq!(parse_weekday("6").unwrap(), 6);
    assert_eq!(parse_weekday("0").unwrap(), 0);
    for bad in [
        "someday",
        "mié",
        "mon,wed,fri",
        "monkey",
        "mo",
        "7",
        "06",
        "",
        "tues",
    ] {
        let e = parse_weekday(bad).unwrap_err();
        assert!(e.reason.contains("mon, tue, wed"), "{bad}: {}", e.reason);
    }
    let bad_time = MeetingDraft {
        name: "Group".into(),
        fellowship: Fellowship::Aa,
        format: MeetingFormat::InPerson,
        days: Vec::new(),
        every_other_week: false,
        time: Some("25:00".into()),
        place: None,
        home_group: true,
    };
    assert_eq!(bad_time.validated().unwrap_err().field, "time");
}

#[test]
fn ninety_in_ninety_counts_meetings_on_the_days_that_have_come() {
    let events = [
        event("2026-11-01", ConnectionKind::Meeting, vec![]),
        event("2026-11-01", ConnectionKind::Call, vec![]),
        event("2026-11-03", ConnectionKind::Meeting, vec![]),
        event("2026-10-30", ConnectionKind::Meeting, vec![]),
    ];
    let n = ninety(&events, d("2026-11-01"), d("2026-11-04")).unwrap();
    assert_eq!((n.day, n.meetings), (4, 2));
    assert_eq!(n.attended, [true, false, true, false]);
    assert_eq!(ninety(&events, d("2026-11-05"), d("2026-11-04")), None);
    assert_eq!(
        ninety(&[], d("2026-01-01"), d("2026-11-04")).unwrap().day,
        90
    );
}

fn meeting_on(days: Vec<u8>, every_other_week: bool) -> Meeting {
    Meeting {
        id: 1,
        name: "Noon group".into(),
        fellowship: Fellowship::Aa,
        format: MeetingFormat::InPerson,
        days,
        every_other_week,
        time: Some("12:00".into()),
        place: None,
        home_group: false,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

#[test]
fn a_meeting_on_several_days_is_said_counted_and_next_on_each() {
    let noon = meeting_on(vec![0, 2, 4], false);
    assert_eq!(noon.when(), "Mon, Wed, Fri 12:00");
    assert_eq!(
        noon.next_on(d("2026-11-24")),
        Some(d("2026-11-25")),
        "Tue: Wed next"
    );
    assert_eq!(
        noon.next_on(d("2026-11-28")),
        Some(d("2026-11-30")),
        "Sat: Mon next"
    );
    // Two weeks, Monday to Sunday: six meetings, as half meetings twelve.
    assert_eq!(noon.halves_in(d("2026-11-16"), d("2026-11-29")), 12);
    let fortnightly = meeting_on(vec![1], true);
    assert_eq!(fortnightly.when(), "Tue 12:00, every other week");
    assert_eq!(fortnightly.halves_in(d("2026-11-16"), d("2026-11-29")), 2);
    assert_eq!(meeting_on(vec![], false).next_on(d("2026-11-24")), None);
}

#[test]
fn the_days_of_a_stored_meeting_follow_an_older_tends_change_of_day() {
    assert_eq!(Meeting::days_of(Some(0), Some("0,2,4")), [0, 2, 4]);
    assert_eq!(Meeting::days_of(Some(2), None), [2], "one day, as before");
    // An older tend knows only `weekday`: changed there, it is the day.
    assert_eq!(Meeting::days_of(Some(3), Some("0,2,4")), [3]);
    assert_eq!(Meeting::days_of(None, Some("0,2,4")), Vec::<u8>::new());
    assert_eq!(
        Meeting::days_of(Some(0), Some("4,0,9,x,2,2")),
        [0, 2, 4],
        "in order, each once, only days"
    );
    assert_eq!(weekdays_text(&[0, 2, 4]).as_deref(), Some("0,2,4"));
    assert_eq!(weekdays_text(&[]), None);
}

#[test]
fn a_draft_puts_its_days_in_order_and_refuses_a_day_that_is_none() {
    let mut draft = MeetingDraft::named("Noon group".into());
    draft.days = vec![4, 0, 2, 0];
    draft.every_other_week = true;
    let ok = draft.clone().validated().unwrap();
    assert_eq!((ok.days, ok.every_other_week), (vec![0, 2, 4], true));
    draft.days = vec![7];
    assert_eq!(draft.clone().validated().unwrap_err().field, "day");
    draft.days = vec![];
    assert!(
        !draft.validated().unwrap().every_other_week,
        "no day, no fortnight"
    );
}
