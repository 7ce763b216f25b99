//! Importing Daylio, jrnl and Day One exports: every row traced, formats told apart,
//! problems listed at once, and re-imports that change nothing and respect what the
//! person changed or deleted since.

use crate::common;

use chrono::DateTime;
use common::{Env, clock, snapshot};
use pretty_assertions::assert_eq;
use serde_json::{Value as Json, json};
use tend::domain::JournalDraft;
use tend::import::{Options, Parsed};
use tend::store::{JournalFilter, Store};

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Journal entries as (date, at, title, body, tags, mood), oldest first.
fn entries(env: &Env) -> Vec<(String, String, Json, String, Json, Json)> {
    let mut out: Vec<_> = env
        .json(&["journal", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_string(),
                e["at"].as_str().unwrap().to_string(),
                e["title"].clone(),
                e["body"].as_str().unwrap().to_string(),
                e["tags"].clone(),
                e["mood"].clone(),
            )
        })
        .collect();
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

/// Runs `args` expecting exit 2, a message with every needle, and no change.
fn refused_all(env: &Env, args: &[&str], needles: &[&str]) {
    env.ok(&["journal", "list"]);
    let before = snapshot(&env.db);
    let out = env.tend().args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for n in needles {
        assert!(err.contains(n), "{err:?} lacks {n:?}");
    }
    assert!(out.stdout.is_empty());
    assert_eq!(snapshot(&env.db), before, "a refused import wrote");
}

#[test]
fn every_daylio_row_is_traced_with_its_own_date_time_mood_and_activities() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("daylio_8col.csv")]);
    assert!(
        said.contains("(a Daylio CSV export): 6 rows, 2026-11-17 to 2026-11-20."),
        "{said}"
    );
    assert!(
        said.contains("journal entries: 6 added, 0 updated, 0 unchanged"),
        "{said}"
    );
    let e = entries(&env);
    assert_eq!(e.len(), 6, "rows in = entries out");
    let row = |i: usize| (e[i].0.as_str(), e[i].1.as_str(), e[i].5.clone());
    assert_eq!(
        row(0),
        ("2026-11-17", "2026-11-17T09:00:00+00:00", json!(7))
    );
    assert_eq!(
        row(1),
        ("2026-11-17", "2026-11-17T20:30:00+00:00", json!(1))
    );
    // 03:26 is before the day-start hour, but the row keeps the date Daylio gave it.
    assert_eq!(
        row(2),
        ("2026-11-18", "2026-11-18T03:26:00+00:00", json!(9))
    );
    assert_eq!(
        e[2].3, "rad · meditation",
        "a row without a note keeps its mood and activities"
    );
    assert_eq!(
        row(3),
        ("2026-11-19", "2026-11-19T19:40:00+00:00", json!(3))
    );
    assert_eq!(
        e[3].3, "Long day.\n\nToo tired to cook.",
        "HTML paragraphs decoded"
    );
    assert_eq!(e[3].4, json!(["Bad Sleep", "work"]));
    assert_eq!(e[5].2, json!("Evening with Jo"));
    assert_eq!(e[5].3, "We talked for an hour,\nthen walked home & slept.");
    assert_eq!(e[5].4, json!(["Sasha time", "walk"]));
    // Each day's check-in mood is the average of its rows, on the rows' own date.
    let moods: Vec<(String, i64)> = env
        .json(&["checkin", "list", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["date"].as_str().unwrap().into(),
                c["mood"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        moods,
        [
            ("2026-11-20".into(), 6),
            ("2026-11-19".into(), 3),
            ("2026-11-18".into(), 9),
            ("2026-11-17".into(), 4)
        ]
    );
}

#[test]
fn a_second_import_changes_nothing() {
    for (file, from) in [
        ("daylio_8col.csv", "daylio"),
        ("jrnl.txt", "jrnl"),
        ("jrnl_export.json", "jrnl"),
        ("jrnl_folder", "jrnl"),
        ("dayone/Journal.json", "dayone"),
    ] {
        let env = Env::new();
        env.ok(&["import", &fixture(file), "--from", from]);
        let before = env.ok(&["export", "data"]);
        let again = env.ok(&["import", &fixture(file)]);
        assert!(again.contains(": 0 added, 0 updated,"), "{file}: {again}");
        assert!(
            !again.contains("moods: 0 added, 1") && !again.contains(" 1 updated"),
            "{again}"
        );
        assert_eq!(
            env.ok(&["export", "data"]),
            before,
            "{file}: a re-import wrote"
        );
    }
}

#[test]
fn daylio_variants_all_read() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("daylio_9col_scales.csv")]);
    assert!(said.contains("2 rows"), "{said}");
    let e = entries(&env);
    assert_eq!(
        e[1].3, "Schöner Tag\n\nScales: Energie 4 | Schlaf 3",
        "scales kept"
    );
    assert_eq!(e[1].4, json!(["Freunde", "Sport"]));
    let said = env.ok(&["import", &fixture("daylio_year_header.csv")]);
    assert!(said.contains("3 rows, 2018-05-16 to 2018-05-18"), "{said}");
    let e = entries(&env);
    assert_eq!(
        (e[0].0.as_str(), e[0].1.as_str()),
        ("2018-05-16", "2018-05-16T09:05:00+00:00")
    );
    assert_eq!(e[2].1, "2018-05-18T23:54:00+00:00", "11:54 pm");
    refused_all(
        &env,
        &["import", &fixture("daylio_7col.csv")],
        &[
            "1 unknown mood label: 'sleepy' (1 row)",
            "--mood-map 'sleepy=N'",
        ],
    );
    env.ok(&[
        "import",
        &fixture("daylio_7col.csv"),
        "--mood-map",
        "sleepy=4",
    ]);
    assert_eq!(env.json(&["checkin", "show", "2025-03-01"])["mood"], 4);
}

/// A Daylio export whose header line is missing is still Daylio's: read by its shape
/// (the report says how), or refused naming the header when its shape is not one of
/// Daylio's; never taken for a jrnl journal.
#[test]
fn a_daylio_export_without_its_header_imports_or_names_the_header() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("daylio_no_header.csv")]);
    assert!(
        said.contains("(a Daylio CSV export): 3 rows, 2026-11-20 to 2026-11-22"),
        "{said}"
    );
    assert!(
        said.contains("line 1 is a row, not Daylio's header line: its 8 columns were read as full_date,date,weekday,time,mood,activities,note_title,note"),
        "{said}"
    );
    let e = entries(&env);
    assert_eq!(
        (e[0].2.clone(), e[0].3.as_str(), e[0].5.clone()),
        (
            json!("Evening with Jo"),
            "We talked for an hour,\nthen walked home.",
            json!(7)
        ),
        "line 1 is an entry too"
    );
    assert_eq!(e[2].3, "Made soup.");
    // Ten columns are no Daylio export: refused, naming the header it lacks.
    let odd = env.dir.path().join("odd.csv");
    std::fs::write(
        &odd,
        "2026-11-20,November 20,Friday,21:15,good,walk,a,b,c,d\n",
    )
    .unwrap();
    refused_all(
        &env,
        &["import", odd.to_str().unwrap()],
        &[
            "line 1: Daylio's header line is missing",
            "full_date,date,weekday,time,mood,activities,note_title,note",
        ],
    );
}

/// The old export's dates in languages that inflect month names or join them with
/// "de": "14 de julio", "14 września".
#[test]
fn old_daylio_dates_in_inflecting_languages_are_read() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("daylio_old_languages.csv")]);
    assert!(said.contains("3 rows, 2019-07-14 to 2019-10-03"), "{said}");
    let e = entries(&env);
    let when: Vec<&str> = e.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(
        when,
        [
            "2019-07-14T21:15:00+00:00",
            "2019-09-14T21:00:00+00:00",
            "2019-10-03T08:30:00+00:00"
        ]
    );
}

/// A `--mood-map` corrected on a second import moves the entries' moods with the
/// days' check-ins; an entry the person edited since keeps theirs.
#[test]
fn a_corrected_mood_map_updates_the_entries_and_the_days() {
    let env = Env::new();
    let file = fixture("daylio_unknown_moods.csv");
    env.ok(&["import", &file, "--mood-map", "ok=5,sleepy=4,super rad=10"]);
    let sleepy = |env: &Env| -> Vec<Json> {
        entries(env)
            .into_iter()
            .filter(|e| e.3 == "sleepy")
            .map(|e| e.5)
            .collect()
    };
    assert_eq!(sleepy(&env), [json!(4), json!(4), json!(4)]);
    // The person gives the entry of 7 November a mood of their own.
    let list = env.json(&["journal", "list", "--all"]);
    let mine = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["date"] == "2026-11-07")
        .unwrap()["id"]
        .to_string();
    env.ok(&["journal", "edit", &mine, "--mood", "6"]);
    let said = env.ok(&["import", &file, "--mood-map", "ok=5,sleepy=2,super rad=10"]);
    assert!(
        said.contains("journal entries: 0 added, 2 updated, 4 unchanged, 1 kept as edited"),
        "{said}"
    );
    assert_eq!(sleepy(&env), [json!(2), json!(2), json!(6)]);
    assert_eq!(env.json(&["checkin", "show", "2026-11-01"])["mood"], 2);
    assert_eq!(env.json(&["checkin", "show", "2026-11-03"])["mood"], 2);
}

#[test]
fn all_unknown_moods_are_listed_in_one_run_with_a_ready_flag() {
    let env = Env::new();
    refused_all(
        &env,
        &["import", &fixture("daylio_unknown_moods.csv")],
        &[
            "3 unknown mood labels: 'ok' (1 row), 'sleepy' (3 rows), 'super rad' (2 rows)",
            "--mood-map 'ok=N,sleepy=N,super rad=N'",
        ],
    );
    let said = env.ok(&[
        "import",
        &fixture("daylio_unknown_moods.csv"),
        "--mood-map",
        "ok=5,sleepy=4,super rad=10",
    ]);
    assert!(said.contains("7 added"), "{said}");
}

#[test]
fn bad_lines_are_all_listed_and_skip_bad_imports_the_rest() {
    let env = Env::new();
    refused_all(
        &env,
        &["import", &fixture("daylio_bad_lines.csv")],
        &[
            "3 bad lines (add --skip-bad to import the other rows)",
            "line 3: time: '25:99' is not a time",
            "line 4: date: 2031-01-01 is after today",
            "line 5: has 5 fields; the header has 8",
        ],
    );
    let said = env.ok(&["import", &fixture("daylio_bad_lines.csv"), "--skip-bad"]);
    assert!(said.contains("journal entries: 2 added"), "{said}");
    assert!(said.contains("3 bad lines refused:"), "{said}");
    assert!(said.contains("1 empty entry skipped: line 7"), "{said}");
    assert_eq!(entries(&env).len(), 2);
    refused_all(
        &env,
        &["import", &fixture("daylio_truncated.csv")],
        &["line 3: the file ends inside this row's quoted note"],
    );
}

#[test]
fn jrnl_text_folder_and_json() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("jrnl.txt")]);
    assert!(said.contains("(a jrnl journal): 3 rows"), "{said}");
    assert!(said.contains("1 empty entry skipped: line 6"), "{said}");
    let e = entries(&env);
    assert_eq!(
        (e[0].2.clone(), e[0].3.as_str()),
        (
            json!("Long day at @work."),
            "Stayed late again.\nWalked home the long way."
        )
    );
    assert_eq!(e[0].4, json!(["work"]));
    assert_eq!(
        (e[1].2.clone(), e[1].4.clone()),
        (json!("Called Mum."), json!(["starred"])),
        "title-only, starred"
    );
    assert_eq!(e[2].1, "2026-11-21T21:15:00+00:00");
    // Only its YYYY/MM/DD.txt files, as jrnl reads it: not notes.txt, 2026/11/draft.txt
    // or 2026/11/old/12.txt.
    let said = env.ok(&["import", &fixture("jrnl_folder")]);
    assert!(said.contains("3 rows, 2026-11-18 to 2026-11-19"), "{said}");
    let said = env.ok(&["import", &fixture("jrnl_export.json")]);
    assert!(said.contains("2 rows"), "{said}");
    let titles: Vec<Json> = entries(&env).into_iter().map(|e| e.2).collect();
    assert!(titles.contains(&json!("Called Mum.")));
}

/// A line that starts like a jrnl entry but whose date is partial is named, and its
/// lines are never merged into the entry above.
#[test]
fn a_jrnl_line_with_a_partial_date_is_named_not_merged() {
    let env = Env::new();
    refused_all(
        &env,
        &["import", &fixture("jrnl_partial_date.txt")],
        &["line 4: '2019-07 14:23' starts an entry, but its date and time can't be read"],
    );
    let said = env.ok(&["import", &fixture("jrnl_partial_date.txt"), "--skip-bad"]);
    assert!(said.contains("2 rows"), "{said}");
    assert!(said.contains("line 4: '2019-07 14:23'"), "{said}");
    let bodies: Vec<String> = entries(&env).into_iter().map(|e| e.3).collect();
    assert_eq!(
        bodies,
        ["Walked by the river.\nFelt calm.", "Back to normal."]
    );
}

/// A refused import on a new profile leaves nothing behind: no journal file, and no
/// folder made for it.
#[test]
fn a_refused_import_on_a_new_profile_leaves_no_journal() {
    let env = Env::new();
    for bad in [
        "daylio_bad_lines.csv",
        "daylio_unknown_moods.csv",
        "nothing-here.csv",
    ] {
        let out = env.tend().args(["import", &fixture(bad)]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(!env.db.exists(), "{bad}: the journal was left");
        assert!(
            !env.db.parent().unwrap().exists(),
            "{bad}: its folder was left"
        );
    }
    env.ok(&["import", &fixture("daylio_8col.csv")]);
    assert!(env.db.exists());
    // A refusal on a journal that exists leaves it as it was.
    refused_all(
        &env,
        &["import", &fixture("daylio_bad_lines.csv")],
        &["bad lines"],
    );
}

#[test]
fn day_one_keeps_each_entrys_time_zone_across_daylight_saving() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("dayone/Journal.json")]);
    assert!(said.contains("(a Day One export): 5 rows"), "{said}");
    assert!(said.contains("1 empty entry skipped: entries[5]"), "{said}");
    let at: Vec<(String, String)> = entries(&env).into_iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(
        at,
        [
            (
                "2024-03-31".to_string(),
                "2024-03-31T01:30:00+01:00".to_string()
            ),
            ("2024-03-31".into(), "2024-03-31T03:30:00+02:00".into()),
            ("2024-06-30".into(), "2024-06-30T22:30:00-04:00".into()),
            ("2024-10-27".into(), "2024-10-27T02:30:00+01:00".into()),
            ("2024-10-27".into(), "2024-10-27T02:30:00+02:00".into()),
        ]
    );
    let first = &entries(&env)[0];
    assert_eq!(first.2, json!("Before the clocks change"));
    assert_eq!(first.3, "Still winter time. Can't sleep.");
    assert_eq!(first.4, json!(["night", "Sleep Log", "starred"]));
}

#[test]
fn local_times_through_a_daylight_saving_change() {
    // Daylio and jrnl times are local wall-clock times: read in the person's zone.
    let env = Env::new();
    let dir = env.dir.path();
    let csv = dir.join("dst.csv");
    std::fs::write(
        &csv,
        "full_date,date,weekday,time,mood,activities,note\n\
         2024-03-31,March 31,Sunday,02:30,good,,skipped hour\n\
         2024-03-31,March 31,Sunday,12:00,good,,summer\n\
         2024-10-27,October 27,Sunday,02:30,meh,,twice\n\
         2024-01-15,January 15,Monday,12:00,meh,,winter\n",
    )
    .unwrap();
    let out = env
        .tend()
        .env_remove("TEND_NOW")
        .env("TZ", "Europe/Berlin")
        .args(["import", csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let at: Vec<String> = entries(&env).into_iter().map(|e| e.1).collect();
    assert_eq!(
        at,
        [
            "2024-01-15T12:00:00+01:00",
            "2024-03-31T03:30:00+02:00",
            "2024-03-31T12:00:00+02:00",
            "2024-10-27T02:30:00+02:00",
        ]
    );
}

#[test]
fn from_is_told_from_the_content_and_a_wrong_one_named() {
    let env = Env::new();
    refused_all(
        &env,
        &["import", "--from", "jrnl", &fixture("daylio_8col.csv")],
        &["looks like a Daylio CSV export, not a jrnl journal: use --from daylio"],
    );
    refused_all(
        &env,
        &[
            "import",
            "--from",
            "daylio",
            &fixture("dayone/Journal.json"),
        ],
        &["looks like a Day One export, not a Daylio CSV export: use --from dayone"],
    );
    let odd = env.dir.path().join("notes.txt");
    std::fs::write(&odd, "just some words\n").unwrap();
    refused_all(
        &env,
        &["import", odd.to_str().unwrap()],
        &["cannot tell what made"],
    );
}

#[test]
fn dry_run_shows_what_would_happen_and_writes_nothing() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "5"]);
    let before = snapshot(&env.db);
    let said = env.ok(&["import", &fixture("daylio_8col.csv"), "--dry-run"]);
    assert_eq!(snapshot(&env.db), before, "a dry run wrote");
    for needle in [
        "Dry run, nothing written.",
        "6 rows, 2026-11-17 to 2026-11-20",
        "journal entries: 6 added",
        "check-in moods (each day's average): 4 added",
        "moods: awful → 1 (1), bad → 3 (1), good → 7 (2), meh → 5 (1), rad → 9 (1)",
        "2026-11-20 21:15  mood 7  Evening with Jo #Sasha time #walk",
    ] {
        assert!(said.contains(needle), "{said} lacks {needle}");
    }
    let tend_file = env.dir.path().join("all.json");
    env.ok(&["export", "data", "-o", tend_file.to_str().unwrap()]);
    let before = snapshot(&env.db);
    let said = env.ok(&["import", tend_file.to_str().unwrap(), "--dry-run"]);
    assert!(said.starts_with("Dry run, nothing written;"), "{said}");
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn a_dry_run_without_a_journal_creates_nothing() {
    let env = Env::new();
    let listing = |env: &Env| -> Vec<std::path::PathBuf> { walkdir(env.dir.path()) };
    let before = listing(&env);
    for file in ["daylio_8col.csv", "jrnl.txt", "jrnl_folder"] {
        let said = env.ok(&["import", &fixture(file), "--dry-run"]);
        assert!(said.contains("Dry run, nothing written."), "{said}");
        assert!(said.contains("added"), "{said}");
        assert!(!env.db.exists(), "a dry run created the journal");
        assert_eq!(listing(&env), before, "a dry run created a file");
    }
    // A bad file is still refused, and still creates nothing.
    let out = env
        .tend()
        .args(["import", &fixture("daylio_bad_lines.csv"), "--dry-run"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(listing(&env), before);
    // A device is refused, not read forever.
    let out = env
        .tend()
        .args(["import", "/dev/zero", "--dry-run"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/dev/zero is a character device, not a file or a folder"),
        "{err}"
    );
    // The real import then creates it.
    env.ok(&["import", &fixture("daylio_8col.csv")]);
    assert!(env.db.exists());
}

/// Every path under `dir`, sorted.
fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        }
        out.push(p);
    }
    out.sort();
    out
}

// Edits and deletions after an import, through the store as the app makes them.

fn parse(text: &str) -> Parsed {
    let opts = Options {
        clock: clock(),
        today: "2026-11-23".parse().unwrap(),
        moods: tend::import::mood_map(&[]).unwrap(),
    };
    tend::import::parse_daylio(text, &opts).unwrap()
}

fn import(s: &Store, p: &Parsed) -> tend::store::Imported {
    s.write(|w| w.import_rows("daylio", &p.rows, &p.day_moods))
        .unwrap()
}

const CSV: &str = "full_date,date,weekday,time,mood,activities,note\n\
                   2026-11-20,x,Friday,21:15,good,walk,First words\n\
                   2026-11-19,x,Thursday,08:00,bad,,\n";

#[test]
fn edits_and_deletions_after_an_import_survive_a_re_import() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    let first = import(&s, &parse(CSV));
    assert_eq!((first.entries.added, first.days.added), (2, 2));
    let list = s.journal(&JournalFilter::default()).unwrap();
    let (walk, other) = (list[0].clone(), list[1].clone());
    s.write(|w| {
        w.update_journal(
            walk.id,
            JournalDraft {
                at: DateTime::parse_from_rfc3339(&walk.at).unwrap(),
                title: None,
                body: "My own words now".into(),
                mood: walk.mood,
                domain: None,
                tags: walk.tags.clone(),
            },
        )?;
        w.delete_journal(other.id)?;
        w.upsert_checkin(
            "2026-11-20".parse().unwrap(),
            &tend::domain::CheckinPatch {
                mood: Some(2),
                ..Default::default()
            },
        )
    })
    .unwrap();
    // The same file again, and then one where the note was edited in Daylio.
    let edited = CSV.replace("First words", "Edited in Daylio");
    for text in [CSV, edited.as_str()] {
        let again = import(&s, &parse(text));
        assert_eq!(again.entries.added, 0, "{again:?}");
        assert_eq!(again.entries.skipped_as_deleted, 1, "{again:?}");
        assert_eq!(
            s.journal(&JournalFilter::default()).unwrap().len(),
            1,
            "nothing doubled or came back"
        );
        assert_eq!(s.journal_entry(walk.id).unwrap().body, "My own words now");
        assert_eq!(
            s.checkin_on("2026-11-20".parse().unwrap())
                .unwrap()
                .unwrap()
                .mood,
            Some(2),
            "typed mood wins"
        );
    }
    let again = import(&s, &parse(&edited));
    assert_eq!(again.entries.kept_as_edited, 1, "{again:?}");
    assert_eq!(again.days.kept_as_edited, 1, "{again:?}");
}

#[test]
fn a_note_edited_in_daylio_updates_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    import(&s, &parse(CSV));
    let before = s.journal(&JournalFilter::default()).unwrap();
    let again = import(&s, &parse(&CSV.replace("First words", "Edited in Daylio")));
    assert_eq!(
        (
            again.entries.added,
            again.entries.updated,
            again.entries.unchanged
        ),
        (0, 1, 1)
    );
    let after = s.journal(&JournalFilter::default()).unwrap();
    assert_eq!(after.len(), before.len());
    assert_eq!(after[0].body, "Edited in Daylio");
    assert_eq!(after[0].id, before[0].id);
}

#[test]
fn entries_from_the_earlier_importer_are_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    // What the earlier importer made of the row with words: an entry under this uid.
    let parsed = parse(CSV);
    let row = &parsed.rows[0];
    s.write(|w| w.add_journal_once(row.legacy_uid.as_ref().unwrap(), row.entry.clone()))
        .unwrap();
    let done = import(&s, &parsed);
    assert_eq!(
        (done.entries.added, done.entries.unchanged),
        (1, 1),
        "{done:?}"
    );
    assert_eq!(s.journal(&JournalFilter::default()).unwrap().len(), 2);
}

#[test]
fn many_rows_in_are_as_many_entries_out_even_when_two_rows_look_alike() {
    let mut csv = String::from("full_date,date,weekday,time,mood,activities,note_title,note\n");
    let moods = ["rad", "good", "meh", "bad", "awful"];
    let mut rows = 0;
    for day in 0..400u32 {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
            + chrono::Duration::days(day.into());
        for k in 0..(day % 4 + 1) {
            // Every fifth day has two rows in the same minute, mood and activities.
            let minute = if day % 5 == 0 { 0 } else { k * 7 };
            let note = if k % 2 == 0 {
                String::new()
            } else {
                format!("\"note {day}-{k}\"")
            };
            csv.push_str(&format!(
                "{date},x,y,{:02}:{minute:02},{},walk | Sasha time,,{note}\n",
                8 + (day % 3),
                moods[(day as usize + k as usize) % 5]
            ));
            rows += 1;
        }
    }
    let mut csv_same_minute = csv.clone();
    csv_same_minute = csv_same_minute
        .replace(",meh,", ",good,")
        .replace(",bad,", ",good,");
    let env = Env::new();
    let file = env.dir.path().join("many.csv");
    for text in [&csv, &csv_same_minute] {
        std::fs::write(&file, text).unwrap();
        let env = Env::new();
        let said = env.ok(&["import", file.to_str().unwrap()]);
        assert!(
            said.contains(&format!(
                "journal entries: {rows} added, 0 updated, 0 unchanged"
            )),
            "{said}"
        );
        let n = env
            .json(&["journal", "list", "--limit", "100000"])
            .as_array()
            .unwrap()
            .len();
        assert_eq!(n, rows);
        let again = env.ok(&["import", file.to_str().unwrap()]);
        assert!(
            again.contains(&format!("0 added, 0 updated, {rows} unchanged")),
            "{again}"
        );
    }
    drop(env);
}

#[test]
fn activities_keep_their_names_and_match_whatever_the_case() {
    let env = Env::new();
    env.ok(&["import", &fixture("daylio_8col.csv")]);
    for asked in ["Sasha time", "sasha TIME", "#Sasha time"] {
        let found = env.json(&["journal", "list", "--tag", asked]);
        assert_eq!(found.as_array().unwrap().len(), 1, "{asked}");
        assert_eq!(found[0]["tags"], json!(["Sasha time", "walk"]));
    }
    assert!(env.ok(&["journal", "list"]).contains("Evening with Jo"));
    // Round trip through tend's own data file keeps them too.
    let other = Env::new();
    let file = env.dir.path().join("all.json");
    env.ok(&["export", "data", "-o", file.to_str().unwrap()]);
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.data(), env.data());
}

#[test]
fn a_day_one_zip_imports_like_its_journal_json() {
    let env = Env::new();
    let said = env.ok(&["import", &fixture("dayone/export.zip")]);
    assert!(said.contains("(a Day One export): 5 rows"), "{said}");
    assert!(
        said.contains("1 empty entry skipped: Journal.json entries[5]"),
        "{said}"
    );
    let again = env.ok(&["import", &fixture("dayone/Journal.json")]);
    assert!(again.contains("0 added, 0 updated, 5 unchanged"), "{again}");
    let cut = env.dir.path().join("cut.zip");
    let bytes = std::fs::read(fixture("dayone/export.zip")).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    refused_all(
        &env,
        &["import", cut.to_str().unwrap()],
        &["this zip file is damaged or cut off"],
    );
}

#[test]
fn imported_rows_keep_their_date_when_the_day_start_hour_changes() {
    let env = Env::new();
    env.ok(&[
        "journal",
        "add",
        "Typed at half past four.",
        "--at",
        "2026-11-20 04:30",
    ]);
    env.ok(&["import", &fixture("daylio_8col.csv")]);
    env.ok(&["profile", "set", "--day-start", "5"]);
    let e = entries(&env);
    let imported = e
        .iter()
        .find(|e| e.1 == "2026-11-18T03:26:00+00:00")
        .unwrap();
    assert_eq!(imported.0, "2026-11-18", "the date Daylio gave it");
    let typed = e
        .iter()
        .find(|e| e.3 == "Typed at half past four.")
        .unwrap();
    assert_eq!(
        typed.0, "2026-11-19",
        "typed times follow the day-start hour"
    );
    // Only the typed entry was rewritten: a re-import finds nothing edited.
    let again = env.ok(&["import", &fixture("daylio_8col.csv")]);
    assert!(
        again.contains("0 added, 0 updated, 6 unchanged, 0 kept as edited"),
        "{again}"
    );
    let data: Json = serde_json::from_str(&env.ok(&["export", "data"])).unwrap();
    for row in data["journal_entries"].as_array().unwrap() {
        let typed = row["body"] == "Typed at half past four.";
        assert_eq!(row["revision"], json!(if typed { 2 } else { 1 }), "{row}");
    }
}

/// Copies a folder (files and folders only).
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_tree(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// `tend import PATH` where PATH is a named pipe, a device behind a link, or a link
/// that leads nowhere, and a jrnl folder with one of those (or a link to a folder
/// outside) among its files: refused in one line naming it, within seconds, nothing
/// written. A link the person gave to a file or a folder is theirs to follow.
#[test]
fn an_import_path_that_is_no_file_is_refused_promptly() {
    let env = Env::new();
    env.ok(&["journal", "add", "kept as it is"]);
    let outside = tempfile::tempdir().unwrap();
    let run = |p: &std::path::Path| {
        let out = env
            .tend()
            .args(["import", p.to_str().unwrap()])
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .expect("tend import finishes");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for what in [
        "a named pipe",
        "a link to /dev/zero",
        "a dangling link",
        "a link to itself",
    ] {
        let p = env.dir.path().join(what.replace([' ', '/'], "-"));
        common::plant(what, &p, outside.path());
        let before = snapshot(&env.db);
        let (ok, err) = run(&p);
        assert!(!ok, "{what}: {err}");
        assert!(
            err.contains(p.to_str().unwrap()) && err.trim_end().lines().count() == 1,
            "{what}: {err}"
        );
        assert_eq!(snapshot(&env.db), before, "{what}: the journal changed");
    }
    // Inside a jrnl folder nothing is followed: a .txt that is no file, or a link of
    // any name, is refused by its path.
    for what in common::HOSTILE.iter().filter(|w| **w != "a file") {
        let top = env
            .dir
            .path()
            .join(format!("jrnl-{}", what.replace([' ', '/'], "-")));
        copy_tree(std::path::Path::new(&fixture("jrnl_folder")), &top);
        let bad = match *what {
            "a link to a folder outside" => top.join("2025"),
            _ => top.join("2026/11/20.txt"),
        };
        copy_tree(
            std::path::Path::new(&fixture("jrnl_folder/2026")),
            outside.path(),
        );
        common::plant(what, &bad, outside.path());
        let before = snapshot(&env.db);
        let (ok, err) = run(&top);
        if *what == "a folder" {
            // A folder named like a file is a folder: read, and empty.
            assert!(ok, "{what}: {err}");
            continue;
        }
        assert!(!ok, "{what}: {err}");
        assert!(
            err.contains(bad.to_str().unwrap()) && err.trim_end().lines().count() == 1,
            "{what}: {err}"
        );
        assert_eq!(snapshot(&env.db), before, "{what}: the journal changed");
    }
}

/// `n` zero bytes as a deflate stream (fixed Huffman codes: a zero, then copies of 258
/// bytes from one back), about 13 bits per 258 bytes: a member that unpacks to far
/// more than its size.
fn zeros_deflated(n: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        len: u32,
    }
    impl Bits {
        fn put(&mut self, v: u64, len: u32) {
            self.acc |= v << self.len;
            self.len += len;
            while self.len >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.len -= 8;
            }
        }
        /// A Huffman code, sent from its first bit.
        fn code(&mut self, code: u32, len: u32) {
            self.put(u64::from(code.reverse_bits() >> (32 - len)), len);
        }
    }
    let mut b = Bits {
        out: Vec::new(),
        acc: 0,
        len: 0,
    };
    b.put(1, 1); // the last block
    b.put(1, 2); // fixed codes
    b.code(0x30, 8); // a zero
    for _ in 0..(n - 1) / 258 {
        b.code(0xC5, 8); // length 258
        b.code(0, 5); // distance 1
    }
    for _ in 0..(n - 1) % 258 {
        b.code(0x30, 8);
    }
    b.code(0, 7); // end of block
    b.put(0, 7);
    b.out
}

/// A zip whose directory lists `names` entries, all pointing at one deflated member of
/// `n` zero bytes (each saying so).
fn one_member_many_names(n: usize, names: usize) -> Vec<u8> {
    let data = zeros_deflated(n);
    let header = |sig: &[u8], name: &str, central: bool| {
        let mut h = sig.to_vec();
        if central {
            h.extend([20, 0]);
        }
        h.extend([20, 0, 0, 0, 8, 0]);
        h.extend([0; 8]);
        h.extend((data.len() as u32).to_le_bytes());
        h.extend((n as u32).to_le_bytes());
        h.extend((name.len() as u16).to_le_bytes());
        h.extend([0, 0]);
        if central {
            h.extend([0; 14]); // comment, disk, attributes; the local header at 0
        }
        h.extend(name.as_bytes());
        h
    };
    let mut zip = header(b"PK\x03\x04", "j0.json", false);
    zip.extend(&data);
    let (cd_at, mut central) = (zip.len() as u32, Vec::new());
    for i in 0..names {
        central.extend(header(b"PK\x01\x02", &format!("j{i}.json"), true));
    }
    let cd_len = central.len() as u32;
    zip.extend(central);
    zip.extend(b"PK\x05\x06");
    zip.extend([0; 4]);
    zip.extend((names as u16).to_le_bytes());
    zip.extend((names as u16).to_le_bytes());
    zip.extend(cd_len.to_le_bytes());
    zip.extend(cd_at.to_le_bytes());
    zip.extend([0, 0]);
    zip
}

/// A Day One zip whose 41 directory entries all point at one member of 500 MiB is
/// refused at once in one line, in less memory than one such member takes (tend runs
/// here with its address space capped at 256 MiB).
#[test]
fn a_zip_that_unpacks_to_more_than_tend_imports_is_refused_without_the_memory() {
    use std::os::unix::process::CommandExt;
    assert_eq!(
        miniz_oxide::inflate::decompress_to_vec(&zeros_deflated(100_000)).unwrap(),
        vec![0; 100_000],
        "the member is what it says"
    );
    let env = Env::new();
    let file = env.dir.path().join("export.zip");
    std::fs::write(&file, one_member_many_names(500 << 20, 41)).unwrap();
    let mut cmd = env.command();
    cmd.args(["import", file.to_str().unwrap(), "--dry-run"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    // SAFETY: only setrlimit, which is async-signal-safe, runs in the child.
    unsafe {
        cmd.pre_exec(|| {
            let cap = rustix::process::Rlimit {
                current: Some(256 << 20),
                maximum: Some(256 << 20),
            };
            rustix::process::setrlimit(rustix::process::Resource::As, cap)
                .map_err(std::io::Error::from)
        });
    }
    let start = std::time::Instant::now();
    let mut child = cmd.spawn().unwrap();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("tend import still runs after 20 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("this zip unpacks to more than tend imports (256 MiB in all)")
            && err.trim_end().lines().count() == 1,
        "{err}"
    );
}
