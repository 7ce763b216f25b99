//! Sync converges: three devices make random edits, deletions and syncs (entries, tags,
//! check-ins, coping and triggers with their encounters, goals with steps and marks,
//! people with their connections and plan lines, commitments with their paths and
//! uses, trackers with their daily answers, the profile, dismissed conflicts),
//! often in the shapes that lose parts of records: a record deleted on one device and
//! edited on another, or given a new part there (a mark, an encounter, a connection).
//! Meanwhile a simulated sync engine carries segment files between their folders late,
//! twice, out of order, cut short, or beside its own conflict copies. Once everything
//! has been carried and each device has synced, all three (and a fourth that joins
//! late) hold the same data, compared on the data export without per-device fields,
//! for every seed; and whatever belonged to a record that is there at the end is there
//! with it (every mark of a goal, every encounter with its trigger, every plan line and
//! connection with its person).

use crate::common;

use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tend::clock::Clock;
use tend::domain::medication::{DoseDraft, DoseStatus, MedicationDraft, ScheduleDraft};
use tend::domain::*;
use tend::store::Store;
use tend::sync::seal::{Kdf, Key};

/// A small deterministic generator, so a failing seed replays exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn words(&mut self) -> String {
        const W: &[&str] = &[
            "calm", "walked", "river", "called", "Sam", "tired", "hopeful", "meeting", "slept",
        ];
        (0..1 + self.below(5))
            .map(|_| W[self.below(W.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

struct Device {
    store: Store,
    /// This device's copy of the sync folder.
    folder: PathBuf,
}

fn key() -> Key {
    Key::from_bytes(&[42u8; 32]).unwrap()
}

fn kdf() -> Kdf {
    Kdf {
        memory_kib: 8 * 1024,
        passes: 1,
        ..Kdf::fresh()
    }
}

/// Every segment file under a folder, relative to it.
fn segments(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(devs) = std::fs::read_dir(folder.join("devices")) else {
        return out;
    };
    for d in devs.flatten() {
        for f in std::fs::read_dir(d.path()).into_iter().flatten().flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if name.ends_with(".tseg") && !name.starts_with('.') && !name.contains("conflict") {
                out.push(f.path().strip_prefix(folder).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The sync engine: carries one file from one device's folder to another's, maybe
/// cut short (a copy in progress), maybe with a conflict copy beside it.
fn carry(devices: &[Device], rng: &mut Rng) {
    let from = rng.below(devices.len());
    let to = rng.below(devices.len());
    if from == to {
        return;
    }
    let files = segments(&devices[from].folder);
    if files.is_empty() {
        return;
    }
    let rel = &files[rng.below(files.len())];
    let dest = devices[to].folder.join(rel);
    // A device's own folder is written only by that device.
    if own_device(&devices[to]).is_some_and(|me| rel.starts_with(Path::new("devices").join(me))) {
        return;
    }
    let bytes = std::fs::read(devices[from].folder.join(rel)).unwrap();
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    if rng.chance(20) {
        let cut = rng.below(bytes.len());
        std::fs::write(&dest, &bytes[..cut]).unwrap();
    } else {
        std::fs::write(&dest, &bytes).unwrap();
    }
    if rng.chance(5) {
        let copy = dest.with_file_name("00000001.sync-conflict-20261125-120000-ABCDEFG.tseg");
        std::fs::write(copy, b"junk from the sync engine").unwrap();
    }
}

fn own_device(d: &Device) -> Option<String> {
    d.store.sync_setup().unwrap().map(|s| s.device)
}

fn sync(d: &Device) -> tend::sync::Report {
    tend::sync::run(&d.store, &key()).unwrap()
}

/// Copies every file under `from` into `to` (a folder the sync program filled).
fn copy_tree(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::create_dir_all(to).unwrap();
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// One random change on one device.
fn edit(d: &Device, rng: &mut Rng, base: chrono::DateTime<chrono::FixedOffset>) {
    let s = &d.store;
    let entries = s.journal(&tend::store::JournalFilter::default()).unwrap();
    let day = base.date_naive() - chrono::Days::new(rng.below(3) as u64);
    if rng.chance(30) {
        return more(d, rng, day);
    }
    let r = match rng.below(10) {
        0 | 1 => s.write(|tx| {
            tx.add_journal(JournalDraft {
                at: base - chrono::Duration::minutes(rng.below(600) as i64),
                title: rng.chance(50).then(|| rng.words()),
                body: rng.words(),
                mood: None,
                domain: None,
                tags: if rng.chance(50) {
                    vec!["calm".into()]
                } else {
                    vec![]
                },
            })
            .map(|_| ())
        }),
        2 | 3 if !entries.is_empty() => {
            let e = &entries[rng.below(entries.len())];
            s.write(|tx| {
                tx.update_journal(
                    e.id,
                    JournalDraft {
                        at: e.at.parse().unwrap(),
                        title: e.title.clone(),
                        body: rng.words(),
                        mood: e.mood,
                        domain: e.domain,
                        tags: if rng.chance(50) {
                            vec!["river".into()]
                        } else {
                            e.tags.clone()
                        },
                    },
                )
                .map(|_| ())
            })
        }
        4 if !entries.is_empty() => {
            let e = &entries[rng.below(entries.len())];
            s.write(|tx| tx.delete_record(RecordKind::Journal, e.id).map(|_| ()))
        }
        5 | 6 => {
            let mut p = CheckinPatch::default();
            match rng.below(3) {
                0 => p.mood = Some(1 + rng.below(10) as u8),
                1 => p.note = Some(rng.words()),
                _ => p.craving = Some(rng.below(10) as u8),
            }
            s.write(|tx| tx.upsert_checkin(day, &p).map(|_| ()))
        }
        7 => match s.checkin_on(day).unwrap() {
            Some(c) => s.write(|tx| tx.delete_record(RecordKind::Checkin, c.id).map(|_| ())),
            None => Ok(()),
        },
        8 => s.write(|tx| {
            let c = tx.add_coping(&rng.words(), None, None)?;
            tx.add_trigger(TriggerDraft {
                name: unique(rng),
                category: TriggerCategory::Feelings,
                origin: TriggerOrigin::Internal,
                notes: Some(rng.words()),
                coping_ids: vec![c.id],
            })
            .map(|_| ())
        }),
        9 if rng.chance(50) => {
            // Words kept aside are read, then dismissed.
            let kept = s.sync_conflicts(None).unwrap();
            match kept.get(rng.below(kept.len().max(1))) {
                Some(c) if s.sync_setup().unwrap().is_some() => s.write(|tx| tx.sync_dismiss(c.id)),
                _ => Ok(()),
            }
        }
        _ => {
            let copings = s.coping_strategies().unwrap();
            match copings.get(rng.below(copings.len().max(1))) {
                Some(c) if rng.chance(50) => {
                    s.write(|tx| tx.delete_record(RecordKind::Coping, c.id).map(|_| ()))
                }
                Some(c) if rng.chance(50) => {
                    let name = format!("{} {}", rng.words(), rng.next() % 1000);
                    s.write(|tx| tx.edit_coping(c.id, &name, None, None).map(|_| ()))
                }
                _ => {
                    let mut p = s.profile().unwrap();
                    p.display_name = Some(rng.words());
                    s.write(|tx| tx.set_profile(&p).map(|_| ()))
                }
            }
        }
    };
    r.unwrap();
}

/// A name no other record has, to find the same record on another device.
fn unique(rng: &mut Rng) -> String {
    format!("{} {}", rng.words(), rng.next() % 100_000)
}

/// A deletion on one device, and an edit (or a new part) on another.
type Shape<'a> = (Box<dyn Fn() + 'a>, Box<dyn Fn(&mut Rng) + 'a>);

type Base = chrono::DateTime<chrono::FixedOffset>;

/// The shapes that lose a record's parts: on one device a record is deleted, on
/// another (without having seen that) it is edited, or given a new part. Which happens
/// first, and whose stamp is later, varies.
fn paired(devices: &[Device], rng: &mut Rng, base: Base) {
    let (i, j) = (rng.below(3), rng.below(3));
    if i == j {
        return;
    }
    let (here, there) = (&devices[i].store, &devices[j].store);
    let day = base.date_naive() - chrono::Days::new(rng.below(3) as u64);
    let shape = match rng.below(4) {
        0 => goal_shape(here, there, rng, day),
        1 => checkin_shape(here, there, day),
        2 => trigger_shape(here, there, rng, base),
        _ => person_shape(here, there, rng, base),
    };
    let Some((delete, change)) = shape else {
        return;
    };
    if rng.chance(50) {
        delete();
        change(rng);
    } else {
        change(rng);
        delete();
    }
}

fn goal_shape<'a>(
    here: &'a Store,
    there: &'a Store,
    rng: &mut Rng,
    day: chrono::NaiveDate,
) -> Option<Shape<'a>> {
    let g = pick(&here.goals(None, None).unwrap(), rng)?;
    let other = there
        .goals(None, None)
        .unwrap()
        .into_iter()
        .find(|o| o.title == g.title)?;
    Some((
        Box::new(move || {
            here.write(|tx| tx.delete_record(RecordKind::Goal, g.id).map(|_| ()))
                .unwrap()
        }),
        Box::new(move |rng: &mut Rng| {
            let r = if rng.chance(50) {
                let d = GoalDraft {
                    title: unique(rng),
                    domain: other.domain,
                    why: Some(rng.words()),
                    kind: other.kind,
                    per_week: other.per_week,
                    target_date: other.target_date,
                    steps: vec![],
                };
                there.write(|tx| tx.edit_goal(other.id, d).map(|_| ()))
            } else {
                let note = Some(unique(rng));
                there.write(|tx| tx.log_goal(other.id, day, note, None).map(|_| ()))
            };
            r.unwrap();
        }),
    ))
}

fn checkin_shape<'a>(
    here: &'a Store,
    there: &'a Store,
    day: chrono::NaiveDate,
) -> Option<Shape<'a>> {
    here.checkin_on(day).unwrap()?;
    Some((
        Box::new(move || {
            let c = here.checkin_on(day).unwrap().unwrap();
            here.write(|tx| tx.delete_record(RecordKind::Checkin, c.id).map(|_| ()))
                .unwrap()
        }),
        Box::new(move |rng: &mut Rng| {
            let p = CheckinPatch {
                reflection: Some(rng.words()),
                ..CheckinPatch::default()
            };
            there
                .write(|tx| tx.upsert_checkin(day, &p).map(|_| ()))
                .unwrap();
        }),
    ))
}

fn trigger_shape<'a>(
    here: &'a Store,
    there: &'a Store,
    rng: &mut Rng,
    base: Base,
) -> Option<Shape<'a>> {
    let t = pick(&here.triggers().unwrap(), rng)?;
    let other = there
        .triggers()
        .unwrap()
        .into_iter()
        .find(|o| o.name == t.name)?;
    Some((
        Box::new(move || {
            here.write(|tx| tx.delete_record(RecordKind::Trigger, t.id).map(|_| ()))
                .unwrap()
        }),
        Box::new(move |rng: &mut Rng| {
            let r = if rng.chance(50) {
                let d = TriggerDraft {
                    name: other.name.clone(),
                    category: other.category,
                    origin: other.origin,
                    notes: Some(rng.words()),
                    coping_ids: other.coping_ids.clone(),
                };
                there.write(|tx| tx.edit_trigger(other.id, d).map(|_| ()))
            } else {
                there.write(|tx| encounter(tx, base, other.id, rng))
            };
            r.unwrap();
        }),
    ))
}

fn person_shape<'a>(
    here: &'a Store,
    there: &'a Store,
    rng: &mut Rng,
    base: Base,
) -> Option<Shape<'a>> {
    let p = pick(&here.people().unwrap(), rng)?;
    let other = there
        .people()
        .unwrap()
        .into_iter()
        .find(|o| o.name == p.name)?;
    Some((
        Box::new(move || {
            here.write(|tx| tx.delete_record(RecordKind::Person, p.id).map(|_| ()))
                .unwrap()
        }),
        Box::new(move |rng: &mut Rng| {
            let r = if rng.chance(50) {
                let d = PersonDraft {
                    name: other.name.clone(),
                    phone: other.phone.clone(),
                    note: Some(rng.words()),
                    ..PersonDraft::default()
                };
                there.write(|tx| tx.edit_person(other.id, d).map(|_| ()))
            } else {
                there.write(|tx| call(tx, base, other.id, rng))
            };
            r.unwrap();
        }),
    ))
}

fn pick<T: Clone>(list: &[T], rng: &mut Rng) -> Option<T> {
    list.get(rng.below(list.len().max(1))).cloned()
}

/// An encounter with trigger `t`.
fn encounter(
    tx: &tend::store::Tx,
    base: chrono::DateTime<chrono::FixedOffset>,
    t: i64,
    rng: &mut Rng,
) -> tend::error::Result<()> {
    tx.log_trigger_event(EventDraft {
        at: base - chrono::Duration::minutes(rng.below(600) as i64),
        trigger_id: Some(t),
        urge_before: 6,
        urge_after: Some(3),
        coping_id: None,
        outcome: Outcome::Passed,
        note: Some(rng.words()),
    })
    .map(|_| ())
}

/// A call with person `p`.
fn call(
    tx: &tend::store::Tx,
    base: chrono::DateTime<chrono::FixedOffset>,
    p: i64,
    rng: &mut Rng,
) -> tend::error::Result<()> {
    tx.add_connection(ConnectionDraft {
        person_ids: vec![p],
        note: Some(rng.words()),
        ..ConnectionDraft::blank(
            base - chrono::Duration::minutes(rng.below(600) as i64),
            ConnectionKind::Call,
        )
    })
    .map(|_| ())
}

/// Goals with steps and progress marks, people with calls and plan lines, triggers'
/// encounters, whole check-ins: added, edited, deleted.
fn more(d: &Device, rng: &mut Rng, day: chrono::NaiveDate) {
    let s = &d.store;
    let goals = s.goals(None, None).unwrap();
    let people = s.people().unwrap();
    let noon = chrono::DateTime::from_naive_utc_and_offset(
        day.and_hms_opt(12, 0, 0).unwrap(),
        chrono::FixedOffset::east_opt(0).unwrap(),
    );
    let commitments = s.commitments().unwrap();
    let trackers = s.trackers().unwrap();
    // Additions more often than deletions, so that records have parts to lose.
    let meds = s.medications().unwrap();
    let r = match rng.below(23) {
        0 | 10 => s.write(|tx| {
            let g = tx.add_goal(GoalDraft {
                title: unique(rng),
                domain: LifeDomain::Physical,
                why: Some(rng.words()),
                kind: GoalKind::Milestone,
                per_week: None,
                target_date: None,
                steps: vec![rng.words(), rng.words()],
            })?;
            for step in [Some(1), None] {
                tx.log_goal(g.id, day, Some(unique(rng)), step)?;
            }
            Ok(())
        }),
        11 => s.write(|tx| {
            let c = tx.add_coping(&unique(rng), None, None)?;
            let t = tx.add_trigger(TriggerDraft {
                name: unique(rng),
                category: TriggerCategory::Places,
                origin: TriggerOrigin::External,
                notes: Some(rng.words()),
                coping_ids: vec![c.id],
            })?;
            encounter(tx, noon, t.id, rng)?;
            encounter(tx, noon, t.id, rng)
        }),
        12 | 13 => s.write(|tx| {
            let p = tx.add_person(PersonDraft {
                name: unique(rng),
                note: Some(rng.words()),
                ..PersonDraft::default()
            })?;
            call(tx, noon, p.id, rng)?;
            let line = tx.add_plan_item(PlanSection::Supports, &unique(rng), None, None)?;
            tx.link_plan_person(line.id, Some(p.id)).map(|_| ())
        }),
        1 if !goals.is_empty() => {
            let g = goals[rng.below(goals.len())].id;
            let note = Some(rng.words());
            s.write(|tx| tx.log_goal(g, day, note, None).map(|_| ()))
        }
        2 if !goals.is_empty() => {
            let g = goals[rng.below(goals.len())].id;
            s.write(|tx| tx.delete_record(RecordKind::Goal, g).map(|_| ()))
        }
        3 => s.write(|tx| {
            tx.add_person(PersonDraft {
                name: unique(rng),
                phone: Some(format!("555 0{:03}", rng.next() % 1000)),
                note: Some(rng.words()),
                ..PersonDraft::default()
            })
            .map(|_| ())
        }),
        4 if !people.is_empty() => {
            let p = &people[rng.below(people.len())];
            let draft = PersonDraft {
                name: p.name.clone(),
                phone: Some(format!("555 1{:03}", rng.next() % 1000)),
                note: Some(rng.words()),
                ..PersonDraft::default()
            };
            s.write(|tx| tx.edit_person(p.id, draft).map(|_| ()))
        }
        5 if !people.is_empty() => {
            let p = people[rng.below(people.len())].id;
            s.write(|tx| tx.delete_record(RecordKind::Person, p).map(|_| ()))
        }
        6 if !people.is_empty() => {
            let p = people[rng.below(people.len())].id;
            if rng.chance(50) {
                s.write(|tx| call(tx, noon, p, rng))
            } else {
                let text = unique(rng);
                s.write(|tx| {
                    let line = tx.add_plan_item(PlanSection::Supports, &text, None, None)?;
                    tx.link_plan_person(line.id, Some(p)).map(|_| ())
                })
            }
        }
        7 => {
            let triggers = s.triggers().unwrap();
            match pick(&triggers, rng) {
                Some(t) => s.write(|tx| encounter(tx, noon, t.id, rng)),
                None => Ok(()),
            }
        }
        8 if !goals.is_empty() => {
            let g = &goals[rng.below(goals.len())];
            let step = (g.kind == GoalKind::Milestone && rng.chance(50)).then_some(1);
            let note = Some(unique(rng));
            s.write(|tx| tx.log_goal(g.id, day, note, step).map(|_| ()))
        }
        9 => {
            // A whole check-in: what comes back with it must be all of it.
            let p = CheckinPatch {
                mood: Some(1 + rng.below(10) as u8),
                craving: Some(rng.below(10) as u8),
                sleep_hours: Some(6.5),
                intention: Some(rng.words()),
                ..CheckinPatch::default()
            };
            s.write(|tx| tx.upsert_checkin(day, &p).map(|_| ()))
        }
        14 => s.write(|tx| {
            // A commitment cut down from ten days back, with its first uses.
            let c = tx.add_commitment(&unique(rng), day - chrono::Days::new(10), None)?;
            tx.set_path(c.id, c.start_date, &cut_down(rng))?;
            use_on(tx, c.id, noon, rng)?;
            use_on(tx, c.id, noon - chrono::Duration::days(1), rng)
        }),
        15 if !commitments.is_empty() => {
            let c = commitments[rng.below(commitments.len())].id;
            if rng.chance(50) {
                s.write(|tx| use_on(tx, c, noon, rng))
            } else {
                let path = cut_down(rng);
                s.write(|tx| tx.set_path(c, day, &path).map(|_| ()))
            }
        }
        16 if !commitments.is_empty() => {
            let c = commitments[rng.below(commitments.len())].id;
            s.write(|tx| tx.delete_record(RecordKind::Commitment, c).map(|_| ()))
        }
        17 => s.write(|tx| {
            // A tracker answered today and the day before; both devices may answer
            // the same day of it, which must meet as one answer.
            let mut draft = tend::domain::trackers::TrackerPreset::UrgeToUse.draft();
            draft.name = unique(rng);
            let t = tx.add_tracker(draft)?;
            for date in [day, day - chrono::Days::new(1)] {
                tx.set_tracker_value(t.id, date, Some(rng.below(6) as f64), Some(rng.chance(30)))?;
            }
            Ok(())
        }),
        18 if !trackers.is_empty() => {
            // Answered again, never cleared here: a part the test removes on its own
            // would read as lost (clearing is `sync_cases`' to test).
            let t = trackers[rng.below(trackers.len())].id;
            let value = Some(rng.below(6) as f64);
            s.write(|tx| tx.set_tracker_value(t, day, value, None).map(|_| ()))
        }
        19 if !trackers.is_empty() => {
            let t = trackers[rng.below(trackers.len())].id;
            if rng.chance(50) {
                s.write(|tx| tx.delete_record(RecordKind::Tracker, t).map(|_| ()))
            } else {
                s.write(|tx| tx.archive_tracker(t, Some(day)).map(|_| ()))
            }
        }
        20 => s.write(|tx| {
            // A medication from ten days back, prescribed by a new person, with doses.
            let (p, _) = tx.prescriber(&unique(rng))?;
            let m = tx.add_medication(
                MedicationDraft {
                    name: unique(rng),
                    form: None,
                    prescriber_id: Some(p),
                    start_date: day - chrono::Days::new(10),
                    end_date: None,
                    note: Some(rng.words()),
                    addiction: rng.chance(50),
                    refill_date: None,
                },
                schedule(rng),
            )?;
            dose_on(tx, m.id, noon, rng)?;
            dose_on(tx, m.id, noon - chrono::Duration::days(1), rng)
        }),
        21 if !meds.is_empty() => {
            let m = &meds[rng.below(meds.len())];
            if rng.chance(50) {
                s.write(|tx| dose_on(tx, m.id, noon, rng))
            } else {
                let step = schedule(rng);
                s.write(|tx| tx.set_schedule(m.id, day, step).map(|_| ()))
            }
        }
        22 if !meds.is_empty() => {
            let m = meds[rng.below(meds.len())].id;
            s.write(|tx| tx.delete_record(RecordKind::Medication, m).map(|_| ()))
        }
        _ => Ok(()),
    };
    r.unwrap();
}

fn cut_down(rng: &mut Rng) -> tend::domain::usage::PathDraft {
    tend::domain::usage::PathDraft {
        path: Some(tend::domain::usage::Path::CutDown),
        max_per_week: Some(1.0 + rng.below(20) as f64),
        free_days: Some(rng.below(8) as u8),
        ..Default::default()
    }
}

/// A use of commitment `c` at `at`, the amount in halves.
fn use_on(
    tx: &tend::store::Tx,
    c: i64,
    at: chrono::DateTime<chrono::FixedOffset>,
    rng: &mut Rng,
) -> tend::error::Result<()> {
    tx.add_use(
        tend::domain::usage::UseDraft {
            commitment_id: c,
            at,
            amount: 0.5 * (1 + rng.below(6)) as f64,
            unit: tend::domain::usage::UseUnit::Drinks,
            what: Some(rng.words()),
            place: None,
            with_whom: None,
            planned: rng.chance(50),
            cost: None,
            followed: Vec::new(),
            note: rng.chance(30).then(|| rng.words()),
        },
        14.0,
    )
    .map(|_| ())
}

/// A dose and schedule: a dose in the person's words, at one or two times a day.
fn schedule(rng: &mut Rng) -> ScheduleDraft {
    ScheduleDraft {
        dose: Some(format!("{} mg", 1 + rng.below(16))),
        times: if rng.chance(50) {
            vec!["08:00".into()]
        } else {
            vec!["08:00".into(), "20:00".into()]
        },
        ..ScheduleDraft::default()
    }
}

/// A dose of medication `m` at `at`, taken, late or missed.
fn dose_on(
    tx: &tend::store::Tx,
    m: i64,
    at: chrono::DateTime<chrono::FixedOffset>,
    rng: &mut Rng,
) -> tend::error::Result<()> {
    let status = [DoseStatus::Taken, DoseStatus::Late, DoseStatus::Missed][rng.below(3)];
    tx.add_dose(DoseDraft {
        medication_id: m,
        at,
        status,
        reason: rng.chance(30).then(|| rng.words()),
        note: None,
    })
    .map(|_| ())
}

/// The data export without what is each device's own: row ids, revisions (counted
/// per device), the export's time; lists sorted by content.
fn canonical(s: &Store) -> Value {
    common::sync::canonical(s.export_data().unwrap())
}

fn converge(seed: u64) {
    let tmp = tempfile::tempdir().unwrap();
    converge_in(seed, tmp.path());
}

fn converge_in(seed: u64, tmp: &Path) {
    let mut rng = Rng(seed | 1);
    let base: chrono::DateTime<chrono::FixedOffset> = "2026-11-25T18:00:00+00:00".parse().unwrap();
    let devices: Vec<Device> = (0..3)
        .map(|i| {
            // Each device's clock is off from the others' by up to an hour.
            let clock = Clock::Fixed(base + chrono::Duration::minutes(rng.below(60) as i64 - 30));
            Device {
                store: Store::open(&tmp.join(format!("{i}.db")), clock).unwrap(),
                folder: tmp.join(format!("folder{i}")),
            }
        })
        .collect();
    for d in &devices {
        edit(d, &mut rng, base);
        for _ in 0..3 {
            more(d, &mut rng, base.date_naive());
        }
    }
    tend::sync::init_with(
        &devices[0].store,
        &devices[0].folder,
        "zero",
        &kdf(),
        &key(),
    )
    .unwrap();
    for d in &devices[1..] {
        std::fs::create_dir_all(&d.folder).unwrap();
        std::fs::copy(
            devices[0].folder.join("tend-sync.json"),
            d.folder.join("tend-sync.json"),
        )
        .unwrap();
        tend::sync::join_with(&d.store, &d.folder, "other", &key()).unwrap();
    }
    let mut seen = Seen::default();
    for _ in 0..40 {
        match rng.below(10) {
            0 | 1 => edit(&devices[rng.below(3)], &mut rng, base),
            2 => {
                let day = base.date_naive() - chrono::Days::new(rng.below(3) as u64);
                more(&devices[rng.below(3)], &mut rng, day);
            }
            3 | 4 => paired(&devices, &mut rng, base),
            5 | 6 => {
                sync(&devices[rng.below(3)]);
            }
            _ => {
                for _ in 0..3 {
                    carry(&devices, &mut rng);
                }
            }
        }
        for d in &devices {
            seen.observe(&d.store);
        }
    }
    // Everything carried whole, everyone synced, until nothing moves.
    for round in 0..4 {
        for d in &devices {
            let r = sync(d);
            let stuck: Vec<_> = r
                .waiting
                .iter()
                .filter(|w| {
                    // Files and folders not carried here yet, said as such.
                    !w.contains("incomplete")
                        && !w.contains("is missing while later ones are there")
                        && !w.contains("is not in the sync folder")
                })
                .collect();
            assert!(stuck.is_empty(), "seed {seed}: {stuck:?}");
            if round == 3 {
                assert!(r.waiting.is_empty(), "seed {seed}: {:?}", r.waiting);
            }
        }
        // Each device's own files, as it wrote them, to every other device.
        for from in 0..3 {
            let mine = Path::new("devices").join(own_device(&devices[from]).unwrap());
            for rel in segments(&devices[from].folder)
                .into_iter()
                .filter(|r| r.starts_with(&mine))
            {
                for to in &devices {
                    let dest = to.folder.join(&rel);
                    let me = own_device(to).unwrap();
                    if !rel.starts_with(Path::new("devices").join(&me)) {
                        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
                        std::fs::copy(devices[from].folder.join(&rel), &dest).unwrap();
                    }
                }
            }
        }
    }
    // A fourth device joins late and replays the whole history.
    let late_folder = tmp.join("folder-late");
    copy_tree(&devices[0].folder, &late_folder);
    for d in &devices[1..] {
        copy_tree(&d.folder, &late_folder);
    }
    let late = Store::open(&tmp.join("late.db"), Clock::Fixed(base)).unwrap();
    tend::sync::join_with(&late, &late_folder, "late", &key()).unwrap();
    let first = canonical(&devices[0].store);
    pretty_assertions::assert_eq!(first, canonical(&late), "seed {seed}: the late joiner");
    for d in &devices[1..] {
        pretty_assertions::assert_eq!(first, canonical(&d.store), "seed {seed}");
    }
    seen.still_there(&first, seed);
}

/// Which parts ever belonged to which record, on any device: a mark to its goal, an
/// encounter to its trigger, a plan line or a connection to a person. The test never
/// removes one of these on its own, nor moves it to another record.
#[derive(Default)]
struct Seen {
    parts: std::collections::BTreeSet<(&'static str, String, String)>,
}

/// The parts and the records they belong to: (part table, its column naming the
/// record, the record's table).
const PARTS: [(&str, &str, &str); 8] = [
    ("goal_logs", "goal_uid", "goals"),
    ("uses", "commitment_uid", "commitments"),
    ("commitment_paths", "commitment_uid", "commitments"),
    ("medication_schedules", "medication_uid", "medications"),
    ("doses", "medication_uid", "medications"),
    ("trigger_events", "trigger_uid", "triggers"),
    ("plan_items", "person_uid", "people"),
    ("tracker_values", "tracker_uid", "trackers"),
];

impl Seen {
    fn observe(&mut self, s: &Store) {
        let doc = s.export_data().unwrap();
        for (tbl, col, _) in PARTS {
            for r in doc[tbl].as_array().unwrap() {
                if let Some(owner) = r[col].as_str() {
                    let part = r["uid"].as_str().unwrap().to_string();
                    self.parts.insert((tbl, part, owner.to_string()));
                }
            }
        }
        for r in doc["connection_people"].as_array().unwrap() {
            let part = r["connection_uid"].as_str().unwrap().to_string();
            let owner = r["person_uid"].as_str().unwrap().to_string();
            self.parts.insert(("connection_people", part, owner));
        }
    }

    /// Every part ever seen of a record that is there at the end is there with it.
    fn still_there(&self, doc: &Value, seed: u64) {
        let uids = |tbl: &str| -> std::collections::BTreeSet<String> {
            doc[tbl]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["uid"].as_str().unwrap().to_string())
                .collect()
        };
        let mut with: std::collections::BTreeSet<(String, String)> = Default::default();
        for (tbl, col, _) in PARTS {
            for r in doc[tbl].as_array().unwrap() {
                if let Some(owner) = r[col].as_str() {
                    with.insert((r["uid"].as_str().unwrap().to_string(), owner.to_string()));
                }
            }
        }
        for r in doc["connection_people"].as_array().unwrap() {
            with.insert((
                r["connection_uid"].as_str().unwrap().to_string(),
                r["person_uid"].as_str().unwrap().to_string(),
            ));
        }
        for (tbl, part, owner) in &self.parts {
            let owners = match *tbl {
                "connection_people" => "people",
                t => PARTS.iter().find(|p| p.0 == t).unwrap().2,
            };
            if uids(owners).contains(owner) {
                assert!(
                    with.contains(&(part.clone(), owner.clone())),
                    "seed {seed}: {tbl} {part} of {owners} {owner} is gone, its record is not"
                );
            }
        }
    }
}

/// The seeds of the histories: TEND_SYNC_SEEDS if set, else 256 with the slow tests on
/// (CI) and 8 without; the 8 are the first of the 256. proptest draws them, as its
/// `proptest!` test would, from a fixed seed: the same histories on every run, so CI is
/// reproducible; TEND_SYNC_EXPLORE=1 draws new ones.
fn history_seeds() -> Vec<u64> {
    let config = ProptestConfig {
        cases: std::env::var("TEND_SYNC_SEEDS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(if common::slow_tests() { 256 } else { 8 }),
        failure_persistence: None,
        rng_seed: if std::env::var_os("TEND_SYNC_EXPLORE").is_some() {
            proptest::test_runner::RngSeed::Random
        } else {
            proptest::test_runner::RngSeed::Fixed(20_261_125)
        },
        ..ProptestConfig::default()
    };
    let seeds = std::sync::Mutex::new(Vec::new());
    proptest::test_runner::TestRunner::new(proptest::test_runner::contextualize_config(config))
        .run(&any::<u64>(), |seed| {
            seeds.lock().unwrap().push(seed);
            Ok(())
        })
        .unwrap();
    seeds.into_inner().unwrap()
}

#[test]
fn devices_converge_whatever_the_engine_does() {
    // The histories run side by side, one at a time on each processor; a failure
    // names every seed that did not converge (its panic above says how).
    let seeds = history_seeds();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failed = std::sync::Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let take = || next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                while let Some(&seed) = seeds.get(take()) {
                    if std::panic::catch_unwind(|| converge(seed)).is_err() {
                        failed.lock().unwrap().push(seed);
                    }
                }
            });
        }
    });
    let failed = failed.into_inner().unwrap();
    assert!(
        failed.is_empty(),
        "{} of {} histories did not converge, seeds {failed:?} (replay one with \
         TEND_SYNC_SEED=N cargo test --test it one_seed -- --ignored)",
        failed.len(),
        seeds.len()
    );
}

/// `TEND_SYNC_SEED=N cargo test --test it one_seed -- --ignored` replays
/// one seed and keeps its journals and folders in target/sync-seed for a look.
#[test]
#[ignore]
fn one_seed() {
    let seed = std::env::var("TEND_SYNC_SEED").unwrap().parse().unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sync-seed");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    converge_in(seed, &dir);
}

#[test]
fn fixed_seeds_converge() {
    for seed in [1, 2, 3, 42, 1234] {
        converge(seed);
    }
}

/// Prints what every segment in a kept seed's folders says of one record.
#[test]
#[ignore]
fn dump_seed_record() {
    let key_ = std::env::var("TEND_SYNC_KEY").unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sync-seed");
    for f in 0..3 {
        let folder = dir.join(format!("folder{f}"));
        for rel in segments(&folder) {
            let dev = rel
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let seq: i64 = rel.file_stem().unwrap().to_string_lossy().parse().unwrap();
            let bytes = std::fs::read(folder.join(&rel)).unwrap();
            let Ok(plain) = tend::sync::folder::unseal(&key(), &dev, seq, &bytes) else {
                continue;
            };
            let body: Value = serde_json::from_slice(&plain).unwrap();
            for r in body["records"].as_array().unwrap() {
                if r["k"] == key_.as_str() {
                    println!(
                        "folder{f} {dev}/{seq} seen={} {} v={} b={} del={} relay={}",
                        body["seen"], r["t"], r["v"], r["b"], r["del"], r["relay"]
                    );
                }
            }
        }
    }
}
