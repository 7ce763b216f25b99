//! The small fixed journal the screen snapshots are rendered from, written here record
//! by record so that a change to the demo generator never touches a snapshot. Today is
//! `NOW`'s day, Monday 23 November 2026. Alex has one commitment (Alcohol, since 1 June),
//! a slip on 31 October with its growth entry, two weeks of check-ins (two days
//! missed), three journal entries, a habit and a milestone goal with steps, two
//! triggers with coping strategies and encounters, one item in each section of the
//! plan, two people (a sponsor, overdue for a call, and an emergency contact), a home
//! group with two meetings, a call and a visit logged, and PHQ-9 and WHO-5 results.
//!
//! `year_of_checkins` adds a check-in on most days of the year before, for the charts
//! that need dense data; `uses` puts Alcohol on a cut-down path with two uses and adds
//! a commitment on a safer-use path, for the use forms; `cutting_down` puts Alcohol on
//! a cut-down path with a few uses, for the use figures and the use calendar;
//! `medications` adds a prescriber and three medications with four weeks of doses.

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone};
use tend::domain::scales;
use tend::domain::*;
use tend::store::{Store, Tx};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// `date` at `time` (HH:MM) in UTC, the fixed clock's offset.
fn at(date: &str, time: &str) -> chrono::DateTime<chrono::FixedOffset> {
    let t = NaiveTime::parse_from_str(time, "%H:%M").unwrap();
    chrono::FixedOffset::east_opt(0)
        .unwrap()
        .from_local_datetime(&d(date).and_time(t))
        .unwrap()
}

/// Writes the fixture journal into `store` (a new, empty one).
pub fn write(store: &Store) {
    store.write(records).unwrap();
}

/// Adds a check-in on most days from a year before today up to the fixture's first,
/// with mood and craving in slow waves: dense data for the 90- and 365-day charts and
/// the year calendar. Every value follows from the date alone.
pub fn year_of_checkins(store: &Store) {
    store
        .write(|w| {
            let first = d("2025-11-24");
            for i in 0..350 {
                // A day missed now and then, never two weeks running on the same weekday.
                if i % 11 == 4 || i % 17 == 9 {
                    continue;
                }
                let wave = |period: i64, amp: i64| ((i % period) - period / 2).abs() * amp / period;
                let mood = (3 + wave(37, 10) + (i / 120)).clamp(1, 10) as u8;
                let craving = (7 - wave(29, 10) - (i / 150)).clamp(0, 10) as u8;
                let r = |shift: i64| Some((i64::from(mood) + shift).clamp(1, 10) as u8);
                w.upsert_checkin(
                    first + Duration::days(i),
                    &CheckinPatch {
                        mood: Some(mood),
                        craving: Some(craving),
                        ratings: [r(1), r(0), r(-1), r(0), r(1)],
                        sleep_hours: Some(6.0 + f64::from(u8::try_from(i % 5).unwrap()) * 0.5),
                        ..CheckinPatch::default()
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
}

fn records(w: &Tx) -> tend::error::Result<()> {
    w.set_profile(&Profile {
        display_name: Some("Alex".into()),
        recovery_start: Some(d("2026-06-01")),
        day_start_hour: 4,
    })?;
    let alcohol = w.add_commitment("Alcohol", d("2026-06-01"), Some("One day at a time"))?;

    let walk = w.add_coping(
        "Walk around the block",
        Some("Twenty minutes outside"),
        Some(LifeDomain::Physical),
    )?;
    let call = w.add_coping(
        "Call Sam",
        Some("My sponsor picks up day or night"),
        Some(LifeDomain::Social),
    )?;
    let surf = w.add_coping(
        "Urge surfing",
        Some("Notice the urge, breathe, and let it peak and pass"),
        Some(LifeDomain::Mental),
    )?;
    let lonely = w.add_trigger(TriggerDraft {
        name: "Loneliness".into(),
        category: TriggerCategory::Feelings,
        origin: TriggerOrigin::Internal,
        notes: Some("Sunday evenings most of all".into()),
        coping_ids: vec![call.id, walk.id],
    })?;
    let payday = w.add_trigger(TriggerDraft {
        name: "Payday".into(),
        category: TriggerCategory::Times,
        origin: TriggerOrigin::External,
        notes: None,
        coping_ids: vec![surf.id],
    })?;
    for (when, trigger, before, after, coping, outcome) in [
        (
            at("2026-10-31", "21:00"),
            lonely.id,
            9,
            None,
            None,
            Outcome::Setback,
        ),
        (
            at("2026-10-30", "18:00"),
            payday.id,
            8,
            Some(3),
            Some(surf.id),
            Outcome::Passed,
        ),
        (
            at("2026-11-19", "21:15"),
            lonely.id,
            7,
            Some(4),
            Some(call.id),
            Outcome::Passed,
        ),
        (
            at("2026-11-20", "18:30"),
            payday.id,
            6,
            Some(2),
            Some(surf.id),
            Outcome::Passed,
        ),
    ] {
        w.log_trigger_event(EventDraft {
            at: when,
            trigger_id: Some(trigger),
            urge_before: before,
            urge_after: after,
            coping_id: coping,
            outcome,
            note: None,
        })?;
    }

    let mut sponsor_item = None;
    for (section, text, detail, stage) in [
        (
            PlanSection::Reasons,
            "To be present for my kids",
            None,
            None,
        ),
        (
            PlanSection::WarningSigns,
            "Keeping to myself, not answering messages",
            None,
            Some(Stage::Early),
        ),
        (
            PlanSection::HighRisk,
            "Friday evenings alone",
            Some("Plan something with people before Friday comes"),
            None,
        ),
        (PlanSection::CopingSteps, "Call Sam", None, None),
        (
            PlanSection::Supports,
            "Sam (sponsor)",
            Some("07700 900123"),
            None,
        ),
        (
            PlanSection::Contacts,
            "Dr Patel, counselor",
            Some("Mondays 10 am · 0161 496 0000"),
            None,
        ),
        (
            PlanSection::IfISlip,
            "Tell Sam the same day, no hiding it",
            None,
            None,
        ),
        (
            PlanSection::SafeSpace,
            "No alcohol in the house",
            None,
            None,
        ),
    ] {
        let item = w.add_plan_item(section, text, detail, stage)?;
        if section == PlanSection::Supports {
            sponsor_item = Some(item.id);
        }
    }

    let habit = w.add_goal(GoalDraft {
        title: "Walk 30 minutes".into(),
        domain: LifeDomain::Physical,
        why: Some("Moving clears my head".into()),
        kind: GoalKind::Habit,
        per_week: Some(3),
        target_date: None,
        steps: vec![],
    })?;
    for day in ["2026-11-16", "2026-11-18", "2026-11-21", "2026-11-23"] {
        w.log_goal(habit.id, d(day), None, None)?;
    }
    let licence = w.add_goal(GoalDraft {
        title: "Get my driving licence back".into(),
        domain: LifeDomain::Mental,
        why: Some("Independence, and getting the kids to school".into()),
        kind: GoalKind::Milestone,
        per_week: None,
        target_date: Some(d("2027-01-22")),
        steps: vec![
            "Book the medical".into(),
            "Pass the medical".into(),
            "Send the forms".into(),
        ],
    })?;
    w.log_goal(
        licence.id,
        d("2026-11-03"),
        Some("Booked for next month".into()),
        Some(1),
    )?;

    w.add_setback(SetbackDraft {
        date: d("2026-10-31"),
        commitment_id: Some(alcohol.id),
        kind: SetbackKind::Slip,
        what_happened: Some("Two beers at Mark's Halloween party".into()),
        warning_signs: Some("Skipping the Tuesday group two weeks running".into()),
        what_helped: Some("Telling Sam the next morning".into()),
        learned: Some("Call first, then decide".into()),
        next_time: Some("Leave before the toasts".into()),
        reached_out: Some("Sam".into()),
        trigger_ids: vec![lonely.id],
    })?;

    // (day, mood, craving, the five domains, hungry/angry/lonely/tired, sleep)
    type Day = (&'static str, u8, u8, [u8; 5], [bool; 4], f64);
    let days: [Day; 13] = [
        (
            "2026-11-09",
            5,
            5,
            [5, 5, 4, 4, 5],
            [false, false, true, true],
            6.0,
        ),
        (
            "2026-11-10",
            6,
            4,
            [6, 5, 5, 6, 5],
            [false, false, false, true],
            7.0,
        ),
        ("2026-11-12", 7, 3, [7, 6, 6, 7, 6], [false; 4], 8.0),
        (
            "2026-11-13",
            6,
            4,
            [6, 6, 5, 5, 6],
            [false, true, false, false],
            7.0,
        ),
        (
            "2026-11-14",
            5,
            6,
            [4, 5, 5, 4, 5],
            [true, false, false, true],
            5.5,
        ),
        ("2026-11-15", 6, 4, [6, 6, 5, 6, 6], [false; 4], 7.5),
        ("2026-11-16", 6, 4, [6, 6, 6, 5, 6], [false; 4], 7.5),
        ("2026-11-17", 7, 3, [7, 7, 6, 8, 7], [false; 4], 8.0),
        ("2026-11-18", 7, 2, [7, 7, 7, 7, 7], [false; 4], 8.0),
        (
            "2026-11-20",
            4,
            7,
            [5, 4, 3, 4, 4],
            [false, true, true, true],
            6.0,
        ),
        (
            "2026-11-21",
            6,
            4,
            [6, 5, 5, 6, 6],
            [false, false, false, true],
            7.0,
        ),
        ("2026-11-22", 7, 3, [7, 6, 7, 8, 7], [false; 4], 8.5),
        ("2026-11-23", 7, 2, [7, 7, 6, 7, 7], [false; 4], 8.0),
    ];
    for (day, mood, craving, ratings, [hungry, angry, lonely, tired], sleep) in days {
        w.upsert_checkin(
            d(day),
            &CheckinPatch {
                mood: Some(mood),
                craving: Some(craving),
                ratings: ratings.map(Some),
                hungry: Some(hungry),
                angry: Some(angry),
                lonely: Some(lonely),
                tired: Some(tired),
                sleep_hours: Some(sleep),
                intention: (day == "2026-11-23").then(|| "Walk after lunch".into()),
                reflection: (day == "2026-11-20").then(|| "Payday is easier with a plan".into()),
                gratitude: (day == "2026-11-22").then(|| "Sunday lunch with Jo".into()),
                note: (day == "2026-11-20").then(|| "Long day at work".into()),
            },
        )?;
    }

    for (when, title, body, mood, domain, tags) in [
        (
            at("2026-11-14", "09:00"),
            Some("Walking it off"),
            "Slept badly, so I walked before breakfast. Better by nine.",
            6,
            Some(LifeDomain::Physical),
            vec!["walk"],
        ),
        (
            at("2026-11-20", "21:30"),
            Some("A hard evening"),
            "Payday, and the old pull to celebrate. I called Sam instead and we talked \
             for twenty minutes.\n\nThe urge was gone by the time I hung up.",
            4,
            Some(LifeDomain::Emotional),
            vec!["payday", "called"],
        ),
        (
            at("2026-11-22", "16:00"),
            None,
            "Lunch with Jo. We didn't talk about drinking at all, and that was nice.",
            7,
            Some(LifeDomain::Social),
            vec![],
        ),
    ] {
        w.add_journal(JournalDraft {
            at: when,
            title: title.map(Into::into),
            body: body.into(),
            mood: Some(mood),
            domain,
            tags: tags.into_iter().map(Into::into).collect(),
        })?;
    }

    let sam = w.add_person(PersonDraft {
        name: "Sam B".into(),
        roles: vec![Role::Sponsor],
        phone: Some("07700 900123".into()),
        keep_in_touch_days: Some(7),
        ..PersonDraft::default()
    })?;
    // The plan's sponsor is this person on the list: the crisis view names him once.
    w.link_plan_person(sponsor_item.unwrap(), Some(sam.id))?;
    let jo = w.add_person(PersonDraft {
        name: "Jo".into(),
        roles: vec![Role::Family],
        phone: Some("07700 900456".into()),
        keep_in_touch_days: Some(14),
        emergency: true,
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
    for (when, kind, meeting, people, minutes, moods) in [
        (
            at("2026-11-10", "19:30"),
            ConnectionKind::Meeting,
            Some(group.id),
            vec![],
            90,
            (Some(5), Some(7)),
        ),
        (
            at("2026-11-12", "18:00"),
            ConnectionKind::Call,
            None,
            vec![sam.id],
            20,
            (None, None),
        ),
        (
            at("2026-11-17", "19:30"),
            ConnectionKind::Meeting,
            Some(group.id),
            vec![],
            90,
            (Some(4), Some(7)),
        ),
        (
            at("2026-11-22", "13:00"),
            ConnectionKind::InPerson,
            None,
            vec![jo.id],
            120,
            (None, None),
        ),
    ] {
        w.add_connection(ConnectionDraft {
            at: when,
            kind,
            meeting_id: meeting,
            person_ids: people,
            minutes: Some(minutes),
            shared: kind == ConnectionKind::Meeting,
            chaired: false,
            mood_before: moods.0,
            mood_after: moods.1,
            connected: None,
            note: None,
            verified_by: None,
            share: None,
        })?;
    }

    for (name, day, answers) in [
        ("PHQ-9", "2026-10-26", &[1, 1, 1, 1, 1, 1, 1, 0, 0][..]),
        ("PHQ-9", "2026-11-16", &[1, 1, 0, 1, 0, 1, 0, 0, 0][..]),
        ("WHO-5", "2026-11-16", &[3, 3, 2, 3, 3][..]),
    ] {
        let (score, band) = scales::find(name).unwrap().result(answers).unwrap();
        w.add_assessment(name, d(day), answers, score, &band)?;
    }
    Ok(())
}

/// Harm reduction on top of the fixture: Alcohol on a cut-down path from 1 November
/// (at most 3 standard drinks a day and 14 a week, 3 use-free days a week) with two
/// uses this weekend, and a second commitment, Opioids since 1 September, on a
/// safer-use path with three steps of the checklist and no use logged.
pub fn uses(store: &Store) {
    use tend::domain::usage::{Path, PathDraft, SaferStep, UseDraft, UseUnit};
    // The first commitment (the fixture's Alcohol; the demo's first, when states are
    // reached from the demo).
    let alcohol = store.commitments().unwrap()[0].id;
    store
        .write(|w| {
            let cut_down = PathDraft {
                path: Some(Path::CutDown),
                unit: Some(UseUnit::Drinks),
                max_per_day: Some(3.0),
                max_per_week: Some(14.0),
                free_days: Some(3),
                ..PathDraft::default()
            };
            w.set_path(alcohol, d("2026-11-01"), &cut_down)?;
            let opioids = w.add_commitment("Opioids", d("2026-09-01"), None)?.id;
            let safer = PathDraft {
                path: Some(Path::SaferUse),
                unit: Some(UseUnit::Times),
                checklist: Some(vec![
                    SaferStep::NeverAlone,
                    SaferStep::Naloxone,
                    SaferStep::TestStrips,
                ]),
                ..PathDraft::default()
            };
            w.set_path(opioids, d("2026-09-01"), &safer)?;
            for (day, amount, what) in [("2026-11-21", 2.0, "beer"), ("2026-11-22", 1.0, "wine")] {
                let u = UseDraft {
                    commitment_id: alcohol,
                    at: at(day, "20:00"),
                    amount,
                    unit: UseUnit::Drinks,
                    what: Some(what.into()),
                    place: None,
                    with_whom: None,
                    planned: true,
                    cost: None,
                    followed: vec![],
                    note: None,
                };
                w.add_use(u, 14.0)?;
            }
            Ok(())
        })
        .unwrap();
}

/// Puts Alcohol on a cut-down path from 2 November (14 drinks a week, 4 a day, 3
/// use-free days, 6 a heavy day, 5 a drink against a usual 20 a week) and logs a few
/// uses since: a heavy day, a day over the daily limit, two uses on one day, the
/// rest within the plan.
pub fn cutting_down(store: &Store) {
    store
        .write(|w| {
            // Alcohol, or the first commitment of another journal (the demo's).
            let all = w.commitments()?;
            let alcohol = all.iter().find(|c| c.name == "Alcohol").or(all.first());
            let id = alcohol.expect("a commitment").id;
            let plan = usage::PathDraft {
                path: Some(usage::Path::CutDown),
                unit: Some(usage::UseUnit::Drinks),
                max_per_day: Some(4.0),
                max_per_week: Some(14.0),
                free_days: Some(3),
                heavy_at: Some(6.0),
                price: Some(5.0),
                usual_per_week: Some(20.0),
                checklist: None,
            };
            w.set_path(id, d("2026-11-02"), &plan)?;
            for (day, time, amount, what) in [
                ("2026-11-03", "20:00", 2.0, "beer"),
                ("2026-11-06", "21:00", 3.0, "wine"),
                ("2026-11-07", "22:00", 6.0, "beer"),
                ("2026-11-12", "19:30", 2.0, "beer"),
                ("2026-11-14", "20:00", 5.0, "wine"),
                ("2026-11-18", "20:00", 2.0, "beer"),
                ("2026-11-21", "19:00", 1.0, "beer"),
                ("2026-11-21", "21:00", 1.5, "wine"),
                ("2026-11-22", "18:00", 2.0, "beer"),
            ] {
                let draft = usage::UseDraft {
                    commitment_id: id,
                    at: at(day, time),
                    amount,
                    unit: usage::UseUnit::Drinks,
                    what: Some(what.into()),
                    place: None,
                    with_whom: None,
                    planned: true,
                    cost: None,
                    followed: vec![],
                    note: None,
                };
                w.add_use(draft, 14.0)?;
            }
            Ok(())
        })
        .unwrap();
}

/// The person's own trackers on top of the fixture, in this order: Urge to self-harm
/// (the preset: 0–5, a safety tracker whose threshold is the top, acted on asked,
/// shared), Urge to use (the preset, shared), Exercise (minutes, not shared) and
/// Skills used (yes or no, shared); and Cold shower (yes or no), archived on 16
/// November with its answers kept. Answers on most days from 9 November to yesterday
/// (none on the 14th and the 15th, none today), every value following from the date;
/// the self-harm urge is at 5, its threshold, on 19 November (not acted on). Any
/// trackers the journal had (a demo's) are deleted first.
pub fn trackers(store: &Store) {
    use tend::domain::trackers::{TrackerDraft, TrackerKind, TrackerPreset};
    let had = store.all_trackers().unwrap();
    store
        .write(|w| {
            // In place of any the journal has (the demo's), so they are these.
            for t in had {
                w.delete_record(tend::domain::RecordKind::Tracker, t.id)?;
            }
            let harm = w.add_tracker(TrackerPreset::SelfHarmUrge.draft())?.id;
            let urge = w.add_tracker(TrackerPreset::UrgeToUse.draft())?.id;
            let exercise = w.add_tracker(TrackerPreset::Exercise.draft())?.id;
            let skills = w.add_tracker(TrackerPreset::SkillsUsed.draft())?.id;
            let cold = w
                .add_tracker(TrackerDraft::named("Cold shower", TrackerKind::YesNo))?
                .id;
            let mut day = d("2026-11-09");
            while day < d("2026-11-23") {
                let n = (day - d("2026-11-09")).num_days();
                if n != 5 && n != 6 {
                    let harm_at = if n == 10 { 5.0 } else { (n % 3) as f64 };
                    w.set_tracker_value(harm, day, Some(harm_at), Some(false))?;
                    w.set_tracker_value(urge, day, Some(((n * 2 + 1) % 5) as f64), Some(n == 3))?;
                    if n % 2 == 0 {
                        w.set_tracker_value(exercise, day, Some(20.0 + (n * 5) as f64), None)?;
                    }
                    w.set_tracker_value(skills, day, Some((n % 4 != 1) as u8 as f64), None)?;
                    if n < 7 {
                        w.set_tracker_value(cold, day, Some((n % 2) as f64), None)?;
                    }
                }
                day += Duration::days(1);
            }
            w.archive_tracker(cold, Some(d("2026-11-16")))?;
            Ok(())
        })
        .unwrap();
}

/// Medications on top of the fixture: Dr. Okafor, a prescriber; Buprenorphine (film,
/// for addiction treatment, prescribed by her) 8 mg daily at 08:00 from 26 October,
/// 12 mg from 9 November, refill due 25 November, taken every day but 4 and 5 November
/// (the 4th logged missed, "ran out"; the 5th not logged) and 14 November (late),
/// today's dose not logged yet; Sertraline 50 mg tablet daily at 20:00 from 1 November,
/// taken every evening but 18 November (missed); Hydroxyzine 25 mg as needed, taken on
/// 15 November ("panic") and 20 November ("couldn't sleep"). Today's due: Buprenorphine
/// at 08:00 (overdue at `NOW`), Sertraline at 20:00.
pub fn medications(store: &Store) {
    use tend::domain::medication::{
        DoseDraft, DoseStatus, MedForm, MedicationDraft, ScheduleDraft, ScheduleKind,
    };
    store
        .write(|w| {
            let okafor = w.add_person(PersonDraft {
                name: "Dr. Okafor".into(),
                roles: vec![Role::Prescriber],
                ..PersonDraft::default()
            })?;
            let med = |name: &str, form, start: &str, addiction, prescriber| MedicationDraft {
                name: name.into(),
                form: Some(form),
                prescriber_id: prescriber,
                start_date: d(start),
                end_date: None,
                note: None,
                addiction,
                refill_date: None,
            };
            let daily = |dose: &str, time: &str| ScheduleDraft {
                dose: Some(dose.into()),
                kind: Some(ScheduleKind::Daily),
                times: vec![time.into()],
                ..ScheduleDraft::default()
            };
            let mut bup = med(
                "Buprenorphine",
                MedForm::Film,
                "2026-10-26",
                true,
                Some(okafor.id),
            );
            bup.refill_date = Some(d("2026-11-25"));
            let bup = w.add_medication(bup, daily("8 mg", "08:00"))?.id;
            w.set_schedule(bup, d("2026-11-09"), daily("12 mg", "08:00"))?;
            let ser = med("Sertraline", MedForm::Tablet, "2026-11-01", false, None);
            let ser = w.add_medication(ser, daily("50 mg", "20:00"))?.id;
            let prn = MedicationDraft {
                note: Some("For the worst nights only".into()),
                ..med("Hydroxyzine", MedForm::Tablet, "2026-11-01", false, None)
            };
            let as_needed = ScheduleDraft {
                dose: Some("25 mg".into()),
                kind: Some(ScheduleKind::AsNeeded),
                ..ScheduleDraft::default()
            };
            let prn = w.add_medication(prn, as_needed)?.id;
            let dose =
                |m: i64, day: NaiveDate, time: &str, status, reason: Option<&str>| DoseDraft {
                    medication_id: m,
                    at: at(&day.to_string(), time),
                    status,
                    reason: reason.map(String::from),
                    note: None,
                };
            let mut day = d("2026-10-26");
            while day < d("2026-11-23") {
                let (time, status, reason) = match day.to_string().as_str() {
                    "2026-11-04" => ("08:00", DoseStatus::Missed, Some("ran out")),
                    "2026-11-14" => ("11:30", DoseStatus::Late, None),
                    _ => ("08:05", DoseStatus::Taken, None),
                };
                if day != d("2026-11-05") {
                    w.add_dose(dose(bup, day, time, status, reason))?;
                }
                if day >= d("2026-11-01") {
                    let status = if day == d("2026-11-18") {
                        DoseStatus::Missed
                    } else {
                        DoseStatus::Taken
                    };
                    w.add_dose(dose(ser, day, "20:10", status, None))?;
                }
                day += Duration::days(1);
            }
            w.add_dose(dose(
                prn,
                d("2026-11-15"),
                "23:00",
                DoseStatus::Taken,
                Some("panic"),
            ))?;
            w.add_dose(dose(
                prn,
                d("2026-11-20"),
                "23:30",
                DoseStatus::Taken,
                Some("couldn't sleep"),
            ))?;
            Ok(())
        })
        .unwrap();
}
