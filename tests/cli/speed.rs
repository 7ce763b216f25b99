//! Speed that does not grow with the journal, checked without timing: the work SQLite
//! does (steps and pages read) for the first screen, `stats` and a page of the journal
//! at two journal sizes; an open that reads only the file's first pages; damage deep in
//! a file found on the read that meets it and by `doctor`; the day's backup made after
//! the output, once, skipped when nothing changed, and each kind restored. The scale
//! test and the restore of every kind of backup are slow: they run with
//! `TEND_SLOW_TESTS=1` (`common::skip_slow`).

use crate::common;

use common::{Env, clock};
use std::path::Path;
use tend::store::work::Work;
use tend::store::{JournalFilter, SearchOrder, Store};

/// A demo journal of ten years with `entries` journal entries (None: the demo's own).
fn journal(dir: &Path, entries: Option<usize>) -> std::path::PathBuf {
    let path = dir.join(format!("{}.db", entries.unwrap_or(0)));
    let store = Store::open(&path, clock()).unwrap();
    let today = store.today().unwrap();
    tend::demo::generate(&store, today, 10, 7, entries).unwrap();
    path
}

/// Bytes this thread has read through system calls so far (Linux).
fn bytes_read() -> u64 {
    let io = std::fs::read_to_string("/proc/thread-self/io").unwrap();
    io.lines()
        .find_map(|l| l.strip_prefix("rchar: "))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// What a fresh open of `path` costs in bytes read, and the work of each read that a
/// first screen or a command shows, on that fresh store.
fn measure(path: &Path) -> (u64, Vec<(&'static str, Work)>) {
    let before = bytes_read();
    let store = Store::open(path, clock()).unwrap();
    let opened = bytes_read() - before;
    let today = store.today().unwrap();
    let mut out = Vec::new();
    let (_, w) = store.work(|s| tend::tui::app::App::new(s, today).unwrap());
    out.push(("first screen", w));
    let (_, w) = store.work(|s| s.stats(today, None).unwrap());
    out.push(("stats", w));
    let (_, w) = store.work(|s| {
        s.journal(&JournalFilter {
            limit: Some(50),
            ..Default::default()
        })
        .unwrap()
    });
    out.push(("journal page", w));
    let (_, w) = store.work(|s| s.journal_on_this_day(today, 3).unwrap());
    out.push(("on this day", w));
    let (hits, w) = store.work(|s| {
        s.journal_search_page("zebra", SearchOrder::Newest, 20, 0)
            .unwrap()
    });
    assert!(hits.is_empty());
    out.push(("search page, nothing matches", w));
    (opened, out)
}

#[test]
fn reads_do_not_grow_with_the_journal() {
    if common::skip_slow() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let small = journal(dir.path(), None);
    // 20,000 entries: thirteen times the demo's own, and quick to make in a test.
    let large = journal(dir.path(), Some(20_000));
    let size = |p: &Path| std::fs::metadata(p).unwrap().len();
    assert!(
        size(&large) > 3 * size(&small),
        "{} and {} bytes",
        size(&small),
        size(&large)
    );
    let (open_small, small) = measure(&small);
    let (open_large, large_work) = measure(&large);
    // Opening reads the header and the schema: never the whole file.
    assert!(
        open_large < 256 * 1024 && open_large < open_small * 2 + 64 * 1024,
        "open read {open_large} bytes of a {} byte file (small: {open_small})",
        size(&large)
    );
    println!("open reads {open_small} / {open_large} bytes");
    for ((what, s), (_, l)) in small.iter().zip(&large_work) {
        println!("{what:<30} {s:?}  {l:?}");
        assert!(
            l.steps <= s.steps * 3 / 2 + 200 && l.pages <= s.pages * 3 / 2 + 16,
            "{what}: {s:?} at ~1.5k entries, {l:?} at 20k"
        );
    }
}

#[test]
fn search_shows_the_newest_matches_first_a_page_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    let store = Store::open(&path, clock()).unwrap();
    for (day, text) in [
        ("2026-01-05", "meeting, meeting, meeting"),
        (
            "2026-03-09",
            "walked to the meeting with a friend after a long day, then home",
        ),
        (
            "2025-07-01",
            "meeting friends, then a long walk by the river and dinner late",
        ),
        ("2026-02-11", "quiet day"),
    ] {
        let at = chrono::DateTime::parse_from_rfc3339(&format!("{day}T20:00:00+00:00")).unwrap();
        store
            .write(|w| {
                w.add_journal(tend::domain::JournalDraft {
                    at,
                    title: None,
                    body: text.into(),
                    mood: None,
                    domain: None,
                    tags: Vec::new(),
                })
            })
            .unwrap();
    }
    let dates = |order, limit, offset| -> Vec<String> {
        store
            .journal_search_page("meet", order, limit, offset)
            .unwrap()
            .iter()
            .map(|h| h.entry.date.to_string())
            .collect()
    };
    assert_eq!(
        dates(SearchOrder::Newest, 10, 0),
        ["2026-03-09", "2026-01-05", "2025-07-01"]
    );
    assert_eq!(
        dates(SearchOrder::Newest, 2, 0),
        ["2026-03-09", "2026-01-05"]
    );
    assert_eq!(dates(SearchOrder::Newest, 2, 2), ["2025-07-01"]);
    // The entry that says it three times ranks first by relevance.
    assert_eq!(dates(SearchOrder::Relevance, 1, 0), ["2026-01-05"]);
    let hit = &store.journal_search("walked", 5).unwrap()[0];
    let snippet = hit.snippet.bracketed();
    assert!(snippet.contains("[walked]"), "{snippet}");
}

#[test]
fn many_matches_written_out_of_date_order_still_come_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("j.db"), clock()).unwrap();
    let first = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    // 900 entries written in a scrambled order of their dates (as an import does), two
    // in three about a meeting.
    store
        .write(|w| {
            for i in 0..900i64 {
                let n = (i * 37) % 900;
                let day = first + chrono::Duration::days(n);
                let at =
                    chrono::DateTime::parse_from_rfc3339(&format!("{day}T20:00:00+00:00")).unwrap();
                let body = if n % 3 == 0 {
                    "quiet day"
                } else {
                    "went to a meeting"
                };
                w.add_journal(tend::domain::JournalDraft {
                    at,
                    title: None,
                    body: format!("{body} ({n})"),
                    mood: None,
                    domain: None,
                    tags: Vec::new(),
                })?;
            }
            Ok(())
        })
        .unwrap();
    let want: Vec<String> = (0..900i64)
        .rev()
        .filter(|n| n % 3 != 0)
        .map(|n| (first + chrono::Duration::days(n)).to_string())
        .collect();
    for (limit, offset) in [(20, 0), (20, 20), (50, 550), (20, 590)] {
        let got: Vec<String> = store
            .journal_search_page("meet", SearchOrder::Newest, limit, offset)
            .unwrap()
            .iter()
            .map(|h| h.entry.date.to_string())
            .collect();
        let end = (offset + limit).min(want.len());
        assert_eq!(got, want[offset..end], "limit {limit} offset {offset}");
    }
}

/// Scribbles over `pages` whole pages in the middle of the file: damage no header check
/// sees. Returns the first page scribbled over.
fn damage_deep(db: &Path, pages: usize) -> usize {
    let mut bytes = std::fs::read(db).unwrap();
    let page = 4096;
    let first = bytes.len() / page / 2;
    for b in &mut bytes[first * page..(first + pages) * page] {
        *b = 0x5A;
    }
    std::fs::write(db, bytes).unwrap();
    first
}

/// A demo journal made with the CLI, folded into one file, its daily backup made.
fn demo_env(entries: &str) -> Env {
    let env = Env::new();
    env.ok(&["demo", "--years", "2", "--seed", "3", "--entries", entries]);
    env.ok(&["checkin", "list"]); // makes today's backup
    env
}

#[test]
fn damage_deep_in_the_file_is_said_plainly_and_stops_writes() {
    let env = demo_env("3000");
    assert!(std::fs::metadata(&env.db).unwrap().len() > 1 << 20);
    let page = damage_deep(&env.db, 40);
    // The open is cheap and does not see it: commands that don't read there still work.
    env.ok(&["status"]);
    // A read that meets it names the damage, doctor and the backups, and changes nothing.
    env.refused(&["export", "data"], 1, "the journal is damaged");
    let out = env.tend().args(["export", "data"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "stopped writing",
        "tend doctor",
        "tend backups",
        "tend restore",
    ] {
        assert!(err.contains(needle), "{needle:?} missing: {err}");
    }
    // doctor reads every page and says what it found.
    let out = env.tend().arg("doctor").output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("WARN  integrity check:") && said.contains("restore from a backup"),
        "page {page}: {said}"
    );
    // The next day's backup reads its fresh copy whole, finds the damage, keeps no
    // copy of it, and leaves the earlier backups alone.
    let before = env.json(&["backups"]);
    let out = env
        .tend()
        .env("TEND_NOW", "2026-11-24T10:00:00+00:00")
        .args(["checkin", "--mood", "4"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("found by today's backup") && err.contains("tend doctor"),
        "{err}"
    );
    assert_eq!(env.json(&["backups"]), before);
}

#[test]
fn a_store_that_met_damage_writes_nothing_more() {
    let env = demo_env("3000");
    damage_deep(&env.db, 40);
    let store = Store::open(&env.db, clock()).unwrap();
    let read = store.export_data();
    assert!(
        matches!(read, Err(tend::error::Error::Damaged { .. })),
        "{read:?}"
    );
    // The person's next read error is marked by whoever shows it (the app, a command).
    let read = store.note_damage(read);
    assert!(read.is_err() && store.is_damaged());
    let wrote = store.write(|w| {
        w.set_profile(&tend::domain::Profile {
            display_name: Some("x".into()),
            recovery_start: None,
            day_start_hour: 4,
        })
    });
    let e = wrote.unwrap_err().to_string();
    assert!(e.contains("stopped writing"), "{e}");
    // A fresh store finds it in one pass too.
    let fresh = Store::open(&env.db, clock()).unwrap();
    assert!(matches!(
        fresh.check_whole(),
        Err(tend::error::Error::Damaged { .. })
    ));
    assert!(fresh.is_damaged());
}

fn backup_dates(env: &Env) -> Vec<String> {
    env.json(&["backups"])
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["date"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_daily_backup_comes_after_the_output_once_and_only_when_something_changed() {
    let env = Env::new();
    let on = |day: &str, args: &[&str]| {
        let out = env
            .tend()
            .env("TEND_NOW", format!("{day}T10:00:00+00:00"))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    on("2026-11-20", &["checkin", "--mood", "5"]);
    assert_eq!(backup_dates(&env), ["2026-11-20"]);
    // Days without a change make no new copy.
    on("2026-11-21", &["stats"]);
    on("2026-11-22", &["checkin", "list"]);
    assert_eq!(backup_dates(&env), ["2026-11-20"]);
    // A change does, right after it (no copy was made that day yet).
    on("2026-11-22", &["journal", "add", "a new entry"]);
    assert_eq!(backup_dates(&env), ["2026-11-20", "2026-11-22"]);
    on("2026-11-23", &["stats"]);
    assert_eq!(backup_dates(&env), ["2026-11-20", "2026-11-22"]);
    // While another tend holds the backups folder's lock (making the backup), this one
    // leaves it to that one.
    let folder = env.db.parent().unwrap().join("tend-backups");
    let held = std::fs::File::open(&folder).unwrap();
    rustix::fs::flock(&held, rustix::fs::FlockOperation::NonBlockingLockExclusive).unwrap();
    on("2026-11-24", &["checkin", "--mood", "6"]);
    assert_eq!(backup_dates(&env).len(), 2);
    drop(held);
    on("2026-11-24", &["stats"]);
    assert_eq!(backup_dates(&env).last().unwrap(), "2026-11-24");
    let listed = on("2026-11-24", &["backups"]);
    assert!(listed.contains("3 backups, "), "{listed}");
}

/// The journal's content as the JSON export shows it, without its moment of export.
fn content(env: &Env, pass: Option<&Path>) -> serde_json::Value {
    let mut c = env.tend();
    if let Some(p) = pass {
        c.env("TEND_PASSPHRASE_FILE", p);
    }
    let out = c.args(["export", "data"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

#[test]
fn each_kind_of_backup_restores() {
    if common::skip_slow() {
        return;
    }
    let env = demo_env("50");
    let pass = env.dir.path().join("pass");
    std::fs::write(&pass, "blue valentines\n").unwrap();
    let backups = env.db.parent().unwrap().join("tend-backups");
    // An unencrypted journal's backups in the backups folder are compressed, the daily
    // one and one made with `tend backup`; a backup to a path the person names is not.
    let daily_packed = backups.join("tend-2026-11-23.db.gz");
    let manual_packed = backups.join("tend-2026-11-23T100000.db.gz");
    let manual_plain = env.dir.path().join("manual-plain.db");
    env.ok(&["backup", manual_plain.to_str().unwrap()]);
    env.ok(&["backup"]);
    let plain = content(&env, None);
    for backup in [&daily_packed, &manual_packed] {
        assert!(std::fs::read(backup).unwrap().starts_with(&[0x1f, 0x8b]));
        env.ok(&["restore", backup.to_str().unwrap()]);
        assert_eq!(content(&env, None), plain, "{}", backup.display());
    }
    env.ok(&["journal", "add", "only in the encrypted journal"]);
    let out = env
        .tend()
        .env("TEND_NEW_PASSPHRASE_FILE", &pass)
        .args(["encrypt"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let with = |args: &[&str]| {
        let out = env
            .tend()
            .env("TEND_PASSPHRASE_FILE", &pass)
            .env("TEND_NOW", "2026-11-24T10:00:00+00:00")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    with(&["stats"]); // the next day's backup, encrypted
    let daily_encrypted = backups.join("tend-2026-11-24.db");
    let manual_encrypted = env.dir.path().join("manual-encrypted.db");
    with(&["backup", manual_encrypted.to_str().unwrap()]);
    let encrypted = content(&env, Some(&pass));
    // encrypt encrypted the compressed backups made before it too, as `.db` files.
    let daily_plain = backups.join("tend-2026-11-23.db");
    let manual_in_folder = backups.join("tend-2026-11-23T100000.db");
    assert!(!daily_packed.exists() && !manual_packed.exists());
    for (backup, want, key) in [
        (&daily_encrypted, &encrypted, true),
        (&manual_encrypted, &encrypted, true),
        (&manual_plain, &plain, false),
        (&daily_plain, &plain, true),
        (&manual_in_folder, &plain, true),
    ] {
        assert!(backup.exists(), "{}", backup.display());
        with(&["restore", backup.to_str().unwrap()]);
        let now = content(&env, key.then_some(pass.as_path()));
        assert_eq!(&now, want, "{}", backup.display());
    }
}

#[test]
fn the_output_comes_before_the_days_backup() {
    let env = Env::new();
    env.ok(&["profile", "show"]);
    // A file where the backups folder should be: the backup fails, and says so on
    // stderr; with both streams in one pipe, its line must come after the output.
    std::fs::write(env.db.parent().unwrap().join("tend-backups"), b"in the way").unwrap();
    let out = env
        .shell("\"$TEND\" checkin --mood 5 2>&1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(out.status.success(), "{text}");
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("Checked in"), "{text}");
    assert!(lines[1].contains("automatic backup did not work"), "{text}");
}
