//! People, meetings and connections in tend's own data files: they round-trip by uid,
//! every field is checked like typed input, and older exports without them still import.

use crate::common::{self, store};
use chrono::NaiveDate;
use serde_json::{Value as Json, json};
use tend::domain::PersonDraft;
use tend::store::Store;

fn import(s: &Store, doc: &Json) -> Result<tend::store::Merged, String> {
    s.write(|w| w.import_data(doc)).map_err(|e| e.to_string())
}

/// An export without what is each journal's own (its time, its device and the
/// profile's stamps, which each journal makes), to compare two journals' contents.
fn contents(s: &Store) -> Json {
    own_left_out(s.export_data().unwrap())
}

fn own_left_out(mut doc: Json) -> Json {
    let o = doc.as_object_mut().unwrap();
    o.remove("exported_at");
    o.remove("devices");
    for k in ["stamp", "stamp_base", "stamps"] {
        o["profile"].as_object_mut().unwrap().remove(k);
    }
    doc
}

/// A journal with demo data, two people (one typed in), a meeting and three
/// connections, two of them with people.
fn source(dir: &tempfile::TempDir) -> Store {
    let s = store(dir, "source.db");
    let today: NaiveDate = "2026-11-23".parse().unwrap();
    tend::demo::generate(&s, today, 1, 7, Some(30)).unwrap();
    // The demo's own social life goes, so this test's are the only people, meeting and
    // connections.
    let raw = rusqlite::Connection::open(dir.path().join("source.db")).unwrap();
    raw.execute_batch(
        "DELETE FROM connection_people; DELETE FROM connections; DELETE FROM meetings;
         UPDATE plan_items SET person_id = NULL; DELETE FROM people; DELETE FROM tombstones;",
    )
    .unwrap();
    drop(raw);
    s.write(|w| {
        w.add_person(PersonDraft {
            name: "Sam".into(),
            roles: tend::domain::parse_roles("sponsor, friend").unwrap(),
            phone: Some("+44 7700 900123".into()),
            keep_in_touch_days: Some(7),
            emergency: true,
            active_from: Some("2025-01-05".parse().unwrap()),
            ..PersonDraft::default()
        })
    })
    .unwrap();
    let doc = json!({
        "format_version": 2, "app": "tend",
        "people": [{"uid": "p-ana", "name": "Ana", "roles": "peer", "note": "from Tuesdays",
                    "created_at": "2026-10-01T09:00:00Z", "updated_at": "2026-10-01T09:00:00Z"}],
        "meetings": [{"uid": "m-tue", "name": "Tuesday Step", "fellowship": "na",
                      "format": "hybrid", "weekday": 1, "time": "19:30",
                      "place": "Church hall", "home_group": 1,
                      "created_at": "2026-10-01T09:00:00Z", "updated_at": "2026-10-01T09:00:00Z"}],
        "connections": [
            {"uid": "c-1", "at": "2026-11-17T19:30:00+00:00", "date": "2026-11-17",
             "kind": "meeting", "meeting_uid": "m-tue", "minutes": 90, "shared": 1,
             "chaired": 0, "mood_before": 4, "mood_after": 7, "connected": 8,
             "verified_by": "Chair", "share": 1,
             "created_at": "2026-11-17T21:00:00Z", "updated_at": "2026-11-17T21:00:00Z"},
            {"uid": "c-2", "at": "2026-11-20T08:10:00+00:00", "date": "2026-11-20",
             "kind": "call", "minutes": 15, "note": "Talked it through", "share": 0,
             "created_at": "2026-11-20T08:30:00Z", "updated_at": "2026-11-20T08:30:00Z"},
            {"uid": "c-3", "at": "2026-11-21T12:00:00+00:00", "date": "2026-11-21",
             "kind": "service", "minutes": 120, "share": 0,
             "created_at": "2026-11-21T14:00:00Z", "updated_at": "2026-11-21T14:00:00Z"}
        ],
        "connection_people": [
            {"connection_uid": "c-1", "person_uid": "p-ana"},
            {"connection_uid": "c-2", "person_uid": "p-ana"}
        ]
    });
    import(&s, &doc).unwrap();
    let sam = s.people().unwrap().into_iter().find(|p| p.name == "Sam");
    let sam_uid = s.export_data().unwrap()["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Sam")
        .map(|p| p["uid"].clone())
        .unwrap();
    assert!(sam.is_some());
    // Sam joins the call: links travel with a later change of their connection.
    let mut call = s.export_data().unwrap()["connections"][1].clone();
    call["stamp"][0] = json!(call["stamp"][0].as_i64().unwrap() + (1 << 16));
    call["note"] = json!("Talked it through, with Sam");
    import(
        &s,
        &json!({"format_version": 4, "app": "tend", "connections": [call],
                "connection_people": [{"connection_uid": "c-2", "person_uid": "p-ana"},
                                      {"connection_uid": "c-2", "person_uid": sam_uid}]}),
    )
    .unwrap();
    s
}

#[test]
fn people_meetings_and_connections_round_trip_by_uid() {
    let dir = tempfile::tempdir().unwrap();
    let s = source(&dir);
    let doc = s.export_data().unwrap();
    assert_eq!(doc["people"].as_array().unwrap().len(), 2);
    assert_eq!(doc["meetings"][0]["fellowship"], "na");
    assert_eq!(doc["connections"][0]["meeting_uid"], "m-tue");
    assert_eq!(doc["connection_people"].as_array().unwrap().len(), 3);
    assert_eq!(doc["people"][0]["roles"], "sponsor,friend");

    let empty = store(&dir, "empty.db");
    let m = import(&empty, &doc).unwrap();
    assert_eq!((m.updated, m.unchanged), (0, 0), "{m:?}");
    assert_eq!(contents(&empty), contents(&s), "not identical after import");
    let again = import(&empty, &doc).unwrap();
    assert_eq!(
        again.added + again.updated,
        0,
        "a second import changed {again:?}"
    );
    assert_eq!(contents(&empty), contents(&s));
    assert_eq!(empty.meetings().unwrap(), s.meetings().unwrap());
    let events = empty.connections(None, None, None).unwrap();
    assert_eq!(events, s.connections(None, None, None).unwrap());
    assert_eq!(events.len(), 3);
    assert_eq!(
        events[1].person_ids.len(),
        2,
        "the call was with Ana and Sam"
    );
    let ana = empty.find_person("Ana").unwrap();
    assert_eq!(ana.note.as_deref(), Some("from Tuesdays"));
    let sam = empty.find_person("Sam").unwrap();
    assert!(sam.emergency);
    assert_eq!(sam.role_words(), "sponsor, friend");
}

#[test]
fn an_export_without_the_new_tables_imports_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let s = source(&dir);
    let mut old = s.export_data().unwrap();
    for t in ["people", "meetings", "connections", "connection_people"] {
        old.as_object_mut().unwrap().remove(t);
    }
    let empty = store(&dir, "old.db");
    import(&empty, &old).unwrap();
    let mut back = contents(&empty);
    for t in ["people", "meetings", "connections", "connection_people"] {
        assert_eq!(back[t], json!([]), "{t} appeared from nowhere");
        back.as_object_mut().unwrap().remove(t);
    }
    assert_eq!(back, own_left_out(old.clone()));
    // And into the journal that has them, it leaves them alone.
    let before = contents(&s);
    let m = import(&s, &old).unwrap();
    assert_eq!(m.added + m.updated, 0);
    assert_eq!(contents(&s), before);
}

#[test]
fn invalid_people_meetings_and_connections_are_refused_by_field() {
    if common::skip_slow() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let s = source(&dir);
    let good = s.export_data().unwrap();
    let cases: &[(&str, usize, &str, Json, &str)] = &[
        (
            "people",
            0,
            "roles",
            json!("sponsor,not a role"),
            "people[0].roles",
        ),
        (
            "people",
            0,
            "roles",
            json!(3),
            "people[0].roles: must be text",
        ),
        (
            "people",
            0,
            "name",
            json!(" "),
            "people[0].name: must not be empty",
        ),
        ("people", 0, "phone", json!("call me"), "people[0].phone"),
        (
            "people",
            0,
            "keep_in_touch_days",
            json!(400),
            "people[0].keep_in_touch_days",
        ),
        (
            "people",
            0,
            "active_from",
            json!("2025-13-01"),
            "people[0].active_from",
        ),
        (
            "people",
            0,
            "active_to",
            json!("2024-01-01"),
            "people[0].active_to",
        ),
        ("people", 0, "emergency", json!(2), "people[0].emergency"),
        (
            "meetings",
            0,
            "fellowship",
            json!("not a fellowship"),
            "meetings[0].fellowship",
        ),
        ("meetings", 0, "format", json!("zoom"), "meetings[0].format"),
        ("meetings", 0, "weekday", json!(7), "meetings[0].weekday"),
        ("meetings", 0, "time", json!("7pm"), "meetings[0].time"),
        ("meetings", 0, "time", json!("25:00"), "meetings[0].time"),
        (
            "connections",
            0,
            "kind",
            json!("party"),
            "connections[0].kind",
        ),
        (
            "connections",
            0,
            "minutes",
            json!(0),
            "connections[0].minutes",
        ),
        (
            "connections",
            0,
            "minutes",
            json!(1441),
            "connections[0].minutes",
        ),
        (
            "connections",
            0,
            "mood_after",
            json!(11),
            "connections[0].mood_after",
        ),
        (
            "connections",
            0,
            "connected",
            json!(2.5),
            "connections[0].connected",
        ),
        (
            "connections",
            0,
            "date",
            json!("2026-11-25"),
            "connections[0].date",
        ),
        (
            "connections",
            0,
            "at",
            json!("2030-01-01T10:00:00Z"),
            "connections[0].at",
        ),
        (
            "connections",
            0,
            "kind",
            json!("call"),
            "connections[0].shared",
        ),
        (
            "connections",
            1,
            "meeting_uid",
            json!("m-tue"),
            "connections[1].meeting_uid",
        ),
        (
            "connections",
            0,
            "meeting_uid",
            json!("nope"),
            "connections[0].meeting_uid",
        ),
    ];
    for (table, i, field, value, needle) in cases {
        let mut doc = good.clone();
        doc[*table][*i][*field] = value.clone();
        doc[*table][*i]["revision"] = json!(50);
        let fresh = store(&dir, &format!("bad-{table}-{field}-{i}.db"));
        let err = import(&fresh, &doc).expect_err(needle);
        assert!(err.contains(needle), "{err:?} lacks {needle:?}");
        assert_eq!(fresh.export_data().unwrap()["journal_entries"], json!([]));
        let before = contents(&s);
        import(&s, &doc).expect_err(needle);
        assert_eq!(contents(&s), before, "a refused file wrote ({needle})");
    }
    // A link to a person that is in neither the file nor the journal.
    let mut doc = good.clone();
    doc["connections"][1]["revision"] = json!(50);
    doc["connection_people"] = json!([{"connection_uid": "c-2", "person_uid": "ghost"}]);
    let err = import(&s, &doc).unwrap_err();
    assert!(err.contains("connection_people[0].person_uid"), "{err}");
}

#[test]
fn a_connection_without_share_takes_its_kinds_default() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "share.db");
    let row = |uid: &str, kind: &str| json!({"uid": uid, "at": "2026-11-20T08:10:00+00:00", "date": "2026-11-20", "kind": kind});
    let doc = json!({"format_version": 2, "app": "tend",
        "connections": [row("a", "therapy"), row("b", "call"), row("c", "meeting")]});
    import(&s, &doc).unwrap();
    let shares: Vec<Json> = s.export_data().unwrap()["connections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["share"].clone())
        .collect();
    assert_eq!(shares, [json!("shared"), json!("unset"), json!("shared")]);
}

#[test]
fn an_old_file_share_of_0_or_1_means_what_it_meant_for_its_kind() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "old.db");
    let row = |uid: &str, kind: &str, share: Json| {
        json!({"uid": uid, "at": "2026-11-20T08:10:00+00:00", "date": "2026-11-20",
               "kind": kind, "share": share})
    };
    let doc = json!({"format_version": 2, "app": "tend", "connections": [
        row("m0", "meeting", json!(0)), row("m1", "meeting", json!(1)),
        row("t0", "group-therapy", json!(false)), row("c0", "call", json!(0)),
        row("c1", "call", json!(true)), row("s0", "service", json!(0)),
        row("x", "message", json!("private")),
    ]});
    import(&s, &doc).unwrap();
    let exported = s.export_data().unwrap();
    assert_eq!(exported["format_version"], 4);
    let shares: Vec<(String, Json)> = exported["connections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["uid"].as_str().unwrap().to_string(), c["share"].clone()))
        .collect();
    let want = [
        ("m0", "private"),
        ("m1", "shared"),
        ("t0", "private"),
        ("c0", "unset"),
        ("c1", "shared"),
        ("s0", "unset"),
        ("x", "private"),
    ];
    for (uid, share) in want {
        let got = shares
            .iter()
            .find(|(u, _)| u == uid)
            .map(|(_, s)| s.clone());
        assert_eq!(got, Some(json!(share)), "{uid}");
    }
    // Importing the new file into another journal gives the same choices.
    let other = store(&dir, "other.db");
    import(&other, &exported).unwrap();
    assert_eq!(
        other.export_data().unwrap()["connections"],
        exported["connections"]
    );
    for bad in [json!(2), json!("sometimes"), json!([1])] {
        let doc = json!({"format_version": 3, "app": "tend",
                         "connections": [row("bad", "call", bad)]});
        let err = import(&s, &doc).unwrap_err();
        assert!(
            err.contains("share: must be shared, private or unset"),
            "{err}"
        );
    }
}

#[test]
fn a_meeting_attended_twice_on_one_day_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = source(&dir);
    let mut doc = s.export_data().unwrap();
    let mut twice = doc["connections"][0].clone();
    twice["uid"] = json!("c-again");
    twice["id"] = Json::Null;
    doc["connections"].as_array_mut().unwrap().push(twice);
    let err = import(&store(&dir, "twice.db"), &doc).unwrap_err();
    assert!(err.contains("connections[3].meeting_uid"), "{err}");
    assert!(err.contains("already attended on 2026-11-17"), "{err}");
}

/// Values a hand-edited file might hold where they don't belong.
fn hostile() -> Vec<Json> {
    vec![
        Json::Null,
        json!(true),
        json!(-1),
        json!(0),
        json!(2.5),
        json!(7),
        json!(400),
        json!(i64::MAX),
        json!(""),
        json!("  "),
        json!("not-a-date"),
        json!("2031-01-01"),
        json!("1899-12-31"),
        json!("2026-11-23T23:59:00+00:00"),
        json!("25:00"),
        json!("sponsor,,peer"),
        json!("Sponsor, BOSS"),
        json!("in-person"),
        json!("meeting"),
        json!("x".repeat(600)),
        json!([1, 2]),
        json!({"a": 1}),
    ]
}

/// Every field of the first person, meeting and connection, and of the first link,
/// mutated (as a later change and as a new record): each file is refused whole or
/// imported, and afterwards people, meetings and connections read, and the export
/// imports again.
#[test]
fn every_field_mutated_leaves_people_and_connections_readable() {
    let dir = tempfile::tempdir().unwrap();
    let full = source(&dir).export_data().unwrap();
    // Only the new tables, so that a thousand imports stay quick.
    let mut doc = json!({"format_version": tend::store::FORMAT_VERSION, "app": "tend"});
    for t in ["people", "meetings", "connections", "connection_people"] {
        doc[t] = full[t].clone();
    }
    let (here, fresh) = (store(&dir, "here.db"), store(&dir, "fresh.db"));
    let again_store = store(&dir, "again.db");
    import(&here, &doc).unwrap();
    let (mut accepted, mut refused) = (0, 0);
    for table in ["people", "meetings", "connections", "connection_people"] {
        let fields: Vec<String> = doc[table][0].as_object().unwrap().keys().cloned().collect();
        for (n, field) in fields.iter().enumerate() {
            for (k, value) in hostile().into_iter().enumerate() {
                let mut bad = doc.clone();
                bad[table][0][field] = value;
                if table != "connection_people" && !["revision", "stamp"].contains(&field.as_str())
                {
                    // As a later change of the record: a later stamp.
                    let later = (100 + n * 100 + k) as i64;
                    bad[table][0]["revision"] = json!(later);
                    let stamp = doc[table][0]["stamp"][0].as_i64().unwrap();
                    bad[table][0]["stamp"][0] = json!(stamp + (later << 16));
                }
                for s in [&here, &fresh] {
                    match import(s, &bad) {
                        Ok(_) => {
                            accepted += 1;
                            s.people().unwrap();
                            s.meetings().unwrap();
                            s.connections(None, None, None).unwrap();
                            s.last_contacts().unwrap();
                            let again = s.export_data().unwrap();
                            // What was accepted goes out and in again.
                            import(&again_store, &again)
                                .unwrap_or_else(|e| panic!("{table}.{field}: {e}"));
                        }
                        Err(_) => refused += 1,
                    }
                }
            }
        }
    }
    assert!(
        accepted > 50 && refused > 300,
        "{accepted} accepted, {refused} refused"
    );
}

/// A file from before the three-way choice says only "not shared" (0): it never
/// loosens a call the person has since marked private here, even when its words win
/// (it was exported after the call last changed here).
#[test]
fn an_old_files_not_shared_keeps_a_private_choice_private() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "j.db");
    let call = |share: Json, revision: i64, note: &str| {
        json!({"uid": "c0", "at": "2026-11-20T08:10:00+00:00", "date": "2026-11-20",
               "kind": "call", "share": share, "revision": revision, "note": note})
    };
    let now = json!({"format_version": 3, "app": "tend",
                     "connections": [call(json!("private"), 1, "first")]});
    import(&s, &now).unwrap();
    let old = json!({"format_version": 2, "app": "tend",
                     "exported_at": "2026-11-23T12:00:00+00:00",
                     "connections": [call(json!(0), 5, "edited on an older tend")]});
    import(&s, &old).unwrap();
    let c = &s.export_data().unwrap()["connections"][0];
    assert_eq!(
        (c["note"].as_str(), c["share"].as_str()),
        (Some("edited on an older tend"), Some("private"))
    );
}
