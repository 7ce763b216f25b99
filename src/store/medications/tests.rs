//! Medications on temp files: written and read whole with their history, refusals
//! naming the field, what is due today, and a deletion taking its doses (undo brings
//! them back) and travelling through a data file.

use super::super::tests::{d, fresh};
use super::Prescriber;
use crate::domain::RecordKind;
use crate::domain::medication::{DoseDraft, DoseStatus, MedForm, MedicationDraft, ScheduleDraft};

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn bup() -> MedicationDraft {
    MedicationDraft {
        name: "Buprenorphine".into(),
        form: Some(MedForm::Film),
        prescriber_id: None,
        start_date: d("2026-11-17"),
        end_date: None,
        note: None,
        addiction: true,
        refill_date: Some(d("2026-11-25")),
    }
}

fn morning() -> ScheduleDraft {
    ScheduleDraft {
        dose: Some("8 mg".into()),
        times: vec!["08:00".into()],
        ..ScheduleDraft::default()
    }
}

fn taken(m: i64, when: &str) -> DoseDraft {
    DoseDraft {
        medication_id: m,
        at: at(when),
        status: DoseStatus::Taken,
        reason: None,
        note: None,
    }
}

#[test]
fn a_medication_keeps_its_dose_changes_and_counts_its_doses() {
    let (_dir, s) = fresh();
    let m = s
        .write(|w| {
            let m = w.add_medication(bup(), morning())?;
            for day in ["17", "18", "20", "21", "23"] {
                w.add_dose(taken(m.id, &format!("2026-11-{day}T08:05:00+01:00")))?;
            }
            let mut more = ScheduleDraft::of(m.current().unwrap());
            more.dose = Some("12 mg".into());
            w.set_schedule(m.id, d("2026-11-20"), more)
        })
        .unwrap();
    assert_eq!(m.schedules.len(), 2);
    assert_eq!(m.current().unwrap().dose.as_deref(), Some("12 mg"));
    let f = s.med_figures(&m).unwrap();
    let week = &f.adherence[0];
    assert_eq!((week.scheduled, week.taken), (7, 5));
    assert_eq!(f.refill_in, Some(2));
    assert_eq!(s.find_medication("buprenorphine").unwrap().id, m.id);
    // Today's dose is logged: nothing is due.
    assert!(s.doses_due().unwrap().is_empty());
    assert_eq!(s.refills_due().unwrap().len(), 1);
}

#[test]
fn the_next_dose_due_is_the_earliest_not_logged() {
    let (_dir, s) = fresh();
    let m = s
        .write(|w| {
            let evening = ScheduleDraft {
                times: vec!["08:00".into(), "20:00".into()],
                ..ScheduleDraft::default()
            };
            w.add_medication(bup(), evening)
        })
        .unwrap();
    let due = s.doses_due().unwrap();
    assert_eq!(due.len(), 2);
    assert!(due[0].overdue && !due[1].overdue);
    let next = s.next_dose_due().unwrap().unwrap();
    let logged = s.write(|w| w.take_next_dose(&next)).unwrap();
    assert_eq!((logged.medication_id, logged.date), (m.id, d("2026-11-23")));
    assert_eq!(s.doses_due().unwrap().len(), 1);
}

#[test]
fn refusals_name_the_field() {
    let (_dir, s) = fresh();
    let m = s.write(|w| w.add_medication(bup(), morning())).unwrap();
    let field = |e: crate::error::Error| e.to_string().split(':').next().unwrap().to_string();
    let future = s.write(|w| w.add_dose(taken(m.id, "2026-11-23T11:00:00+01:00")));
    assert_eq!(field(future.unwrap_err()), "at");
    let early = s.write(|w| w.add_dose(taken(m.id, "2026-11-10T08:00:00+01:00")));
    assert_eq!(field(early.unwrap_err()), "at");
    let mut nobody = bup();
    nobody.prescriber_id = Some(99);
    let e = s
        .write(|w| w.add_medication(nobody, morning()))
        .unwrap_err();
    assert_eq!(field(e), "prescriber");
    let mut later = bup();
    later.start_date = d("2026-12-01");
    let e = s.write(|w| w.add_medication(later, morning())).unwrap_err();
    assert_eq!(field(e), "start");
    let e = s
        .write(|w| w.set_schedule(m.id, d("2026-11-01"), morning()))
        .unwrap_err();
    assert_eq!(field(e), "from");
    assert_eq!(s.medications().unwrap().len(), 1, "nothing half-written");
}

#[test]
fn deleting_a_medication_takes_its_doses_and_undo_brings_them_back() {
    let (_dir, s) = fresh();
    let m = s
        .write(|w| {
            let m = w.add_medication(bup(), morning())?;
            w.add_dose(taken(m.id, "2026-11-20T08:00:00+01:00"))?;
            Ok(m)
        })
        .unwrap();
    let snap = s
        .write(|w| w.delete_record(RecordKind::Medication, m.id))
        .unwrap();
    assert!(s.medications().unwrap().is_empty());
    assert!(
        s.doses(None, d("2026-11-01"), d("2026-11-23"))
            .unwrap()
            .is_empty()
    );
    s.write(|w| w.restore(&snap)).unwrap();
    let back = s.medication(m.id).unwrap();
    assert_eq!(back.schedules.len(), 1);
    assert_eq!(
        s.doses(Some(m.id), d("2026-11-01"), d("2026-11-23"))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn medications_travel_through_a_data_file_whole() {
    let (_dir, a) = fresh();
    a.write(|w| {
        let p = w.add_person(crate::domain::PersonDraft {
            name: "Dr Lee".into(),
            roles: vec![crate::domain::Role::Prescriber],
            ..crate::domain::PersonDraft::default()
        })?;
        let mut m = bup();
        m.prescriber_id = Some(p.id);
        let m = w.add_medication(m, morning())?;
        let mut missed = taken(m.id, "2026-11-19T08:00:00+01:00");
        missed.status = DoseStatus::Missed;
        missed.reason = Some("ran out".into());
        w.add_dose(missed)?;
        let mut two = morning();
        two.times.push("20:00".into());
        w.set_schedule(m.id, d("2026-11-21"), two)
    })
    .unwrap();
    let doc = a.export_data().unwrap();
    let (_dir2, b) = fresh();
    b.write(|w| w.import_data(&doc)).unwrap();
    let back = b.export_data().unwrap();
    for t in ["medications", "medication_schedules", "doses", "people"] {
        assert_eq!(doc[t], back[t], "{t}");
    }
    let m = b.find_medication("Buprenorphine").unwrap();
    assert!(m.prescriber_id.is_some());
    assert_eq!(m.current().unwrap().times, ["08:00", "20:00"]);
}

#[test]
fn undoing_an_edit_takes_back_its_change_of_dose() {
    let (_dir, s) = fresh();
    let m = s.write(|w| w.add_medication(bup(), morning())).unwrap();
    let (snap, _) = s
        .write(|w| {
            w.edit_record(RecordKind::Medication, m.id, None, |w| {
                let mut draft = MedicationDraft::from(&m);
                draft.note = Some("lowered with Dr Lee".into());
                w.edit_medication(m.id, draft)?;
                let mut lower = morning();
                lower.dose = Some("4 mg".into());
                w.set_schedule(m.id, d("2026-11-20"), lower)
            })
        })
        .unwrap();
    assert_eq!(s.medication(m.id).unwrap().schedules.len(), 2);
    s.write(|w| w.restore(&snap)).unwrap();
    let back = s.medication(m.id).unwrap();
    assert_eq!(back.note, None);
    assert_eq!(back.schedules.len(), 1);
    assert_eq!(back.current().unwrap().dose.as_deref(), Some("8 mg"));
}

#[test]
fn a_prescriber_is_found_given_the_role_or_added_and_a_newer_role_stays() {
    let (_dir, s) = fresh();
    let p = s
        .write(|w| {
            w.add_person(crate::domain::PersonDraft {
                name: "Dr Lee".into(),
                ..crate::domain::PersonDraft::default()
            })
        })
        .unwrap();
    // A role a newer tend wrote, kept as written.
    s.conn
        .execute("UPDATE people SET roles = 'chaplain' WHERE id = ?1", [p.id])
        .unwrap();
    let (id, how) = s.write(|w| w.prescriber("dr lee")).unwrap();
    assert_eq!((id, how), (p.id, Prescriber::RoleAdded));
    let roles: String = s
        .conn
        .query_row("SELECT roles FROM people WHERE id = ?1", [p.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(roles, "chaplain,prescriber");
    assert_eq!(
        s.write(|w| w.prescriber("Dr Lee")).unwrap().1,
        Prescriber::Known
    );
    let (new, how) = s.write(|w| w.prescriber("Dr Okafor")).unwrap();
    assert_eq!(how, Prescriber::Added);
    assert_eq!(
        s.person(new).unwrap().roles,
        [crate::domain::Role::Prescriber]
    );
}
