//! The demo's social life: a sponsor called most weeks, a sister who is the emergency
//! contact, a counselor every other week, a home group on Tuesdays, an online meeting
//! some Thursdays, and a little service each month, all through the demo's years.

use super::Rng;
use crate::domain::*;
use crate::error::Result;
use crate::store::Tx;
use chrono::{Datelike, Duration, FixedOffset, NaiveDate, TimeZone};

/// The demo's people and meetings, by id.
struct Circle {
    sam: i64,
    jo: i64,
    patel: i64,
    kim: i64,
    group: i64,
    online: i64,
}

/// Writes the people, meetings and connections; returns how many connections.
pub(super) fn social(
    w: &Tx,
    rng: &mut Rng,
    offset: FixedOffset,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<usize> {
    let c = circle(w)?;
    link_plan(w, &c)?;
    let (made, met) = connections(w, rng, offset, (start, today), &c)?;
    lift(w, &met)?;
    Ok(made)
}

/// A day with a meeting or time with people tends to end a little better: mood and the
/// social rating one up, craving one down.
fn lift(w: &Tx, days: &[NaiveDate]) -> Result<()> {
    for day in days {
        let Some(c) = w.checkin_on(*day)? else {
            continue;
        };
        let up = |v: Option<u8>| v.map(|v| (v + 1).min(10));
        let patch = CheckinPatch {
            mood: up(c.mood),
            craving: c.craving.map(|v| v.saturating_sub(1)),
            ratings: [None, None, None, up(c.social), None],
            ..CheckinPatch::default()
        };
        w.upsert_checkin(*day, &patch)?;
    }
    Ok(())
}

fn circle(w: &Tx) -> Result<Circle> {
    let person = |name: String, roles: Vec<Role>, phone: &str, every, emergency| PersonDraft {
        name,
        roles,
        phone: Some(phone.into()),
        keep_in_touch_days: every,
        emergency,
        ..PersonDraft::default()
    };
    let sam = w.add_person(person(
        t!("demo-person-sam"),
        vec![Role::Sponsor],
        "07700 900123",
        Some(7),
        false,
    ))?;
    let jo = w.add_person(person(
        t!("demo-person-jo"),
        vec![Role::Family],
        "07700 900456",
        Some(14),
        true,
    ))?;
    let patel = w.add_person(person(
        t!("demo-person-patel"),
        vec![Role::Counselor],
        "0161 496 0000",
        None,
        false,
    ))?;
    let kim = w.add_person(person(
        t!("demo-person-kim"),
        vec![Role::Peer],
        "07700 900789",
        Some(10),
        false,
    ))?;
    let group = w.add_meeting(MeetingDraft {
        name: t!("demo-meeting-group"),
        fellowship: Fellowship::Aa,
        format: MeetingFormat::InPerson,
        days: vec![1],
        every_other_week: false,
        time: Some("19:00".into()),
        place: Some(t!("demo-meeting-group-place")),
        home_group: true,
    })?;
    let online = w.add_meeting(MeetingDraft {
        name: t!("demo-meeting-online"),
        fellowship: Fellowship::Smart,
        format: MeetingFormat::Online,
        days: vec![3],
        every_other_week: false,
        time: Some("20:00".into()),
        place: None,
        home_group: false,
    })?;
    Ok(Circle {
        sam: sam.id,
        jo: jo.id,
        patel: patel.id,
        kim: kim.id,
        group: group.id,
        online: online.id,
    })
}

/// The plan already names them: its lines point at the people now, and the app
/// doesn't offer to turn them into people again.
fn link_plan(w: &Tx, c: &Circle) -> Result<()> {
    let lines = [
        (t!("demo-plan-sam"), c.sam),
        (t!("demo-plan-jo"), c.jo),
        (t!("demo-plan-patel"), c.patel),
    ];
    for item in w.plan_items()? {
        let who = lines.iter().find(|(text, _)| *text == item.text);
        if let Some((_, p)) = who {
            w.link_plan_person(item.id, Some(*p))?;
        }
        if matches!(item.section, PlanSection::Supports | PlanSection::Contacts) {
            w.asked_to_adopt(item.id)?;
        }
    }
    Ok(())
}

/// Day by day: the home group most Tuesdays, the online meeting some Thursdays, a call
/// every few days, the counselor every other Monday, service the first Saturday of the
/// month, and Jo now and then.
fn connections(
    w: &Tx,
    rng: &mut Rng,
    offset: FixedOffset,
    (start, today): (NaiveDate, NaiveDate),
    c: &Circle,
) -> Result<(usize, Vec<NaiveDate>)> {
    let at = |day: NaiveDate, h: u32, m: u32| {
        offset
            .from_local_datetime(&day.and_hms_opt(h, m, 0).expect("a time"))
            .unwrap()
    };
    let blank = ConnectionDraft::blank;
    let service = t!("demo-service-note");
    let mut made = 0;
    let mut met = Vec::new();
    let mut next_call = start + Duration::days(2);
    let mut day = start;
    while day <= today {
        let wd = day.weekday().num_days_from_monday();
        let mood = 4 + rng.below(3) as u8;
        if (wd == 1 && rng.chance(0.8)) || (wd == 3 && rng.chance(0.35)) {
            let (m, h) = if wd == 1 {
                (c.group, 19)
            } else {
                (c.online, 20)
            };
            let mut d = blank(at(day, h, 0), ConnectionKind::Meeting);
            d.meeting_id = Some(m);
            d.minutes = Some(60 + 30 * u16::from(wd == 1));
            d.shared = rng.chance(0.4);
            d.mood_before = Some(mood);
            d.mood_after = Some((mood + 1 + rng.below(2) as u8).min(10));
            d.connected = Some(6 + rng.below(4) as u8);
            w.add_connection(d)?;
            made += 1;
            met.push(day);
        }
        if day >= next_call {
            let mut d = blank(at(day, 18, 30), ConnectionKind::Call);
            d.person_ids = vec![if rng.chance(0.8) { c.sam } else { c.kim }];
            d.minutes = Some(10 + rng.below(30) as u16);
            w.add_connection(d)?;
            made += 1;
            next_call = day + Duration::days(4 + rng.below(6) as i64);
        }
        if wd == 0 && (day - start).num_days() / 7 % 2 == 0 {
            let mut d = blank(at(day, 10, 0), ConnectionKind::Therapy);
            d.person_ids = vec![c.patel];
            d.minutes = Some(50);
            w.add_connection(d)?;
            made += 1;
        }
        if wd == 6 && day.day() <= 7 {
            let mut d = blank(at(day, 9, 30), ConnectionKind::Service);
            d.minutes = Some(60 + 30 * rng.below(3) as u16);
            d.note = Some(service.clone());
            w.add_connection(d)?;
            made += 1;
        }
        if wd == 5 && rng.chance(0.3) {
            let mut d = blank(at(day, 13, 0), ConnectionKind::InPerson);
            d.person_ids = vec![c.jo];
            w.add_connection(d)?;
            made += 1;
            met.push(day);
        }
        day += Duration::days(1);
    }
    Ok((made, met))
}
