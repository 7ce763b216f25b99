//! Privacy and durability, end to end: encryption round trips and refusals, backups and
//! restore, doctor, writes acknowledged before a SIGKILL surviving it, and two writers
//! at once.

use crate::common;

use common::{Env, snapshot};
use std::io::BufRead;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn secret(env: &Env, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, format!("{text}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    p.to_str().unwrap().to_string()
}

/// Export data without its timestamp, for comparing content.
fn content(env: &Env, pass: Option<&str>) -> serde_json::Value {
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
fn encrypt_passphrase_decrypt_keep_every_record() {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "3", "--entries", "30"]);
    let before = content(&env, None);
    let (p1, p2) = (
        secret(&env, "p1", "blue valentines"),
        secret(&env, "p2", "green mornings"),
    );
    let out = env
        .tend()
        .env("TEND_NEW_PASSPHRASE_FILE", &p1)
        .arg("encrypt")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Your 1 earlier backup is encrypted too")
    );
    let bytes = std::fs::read(&env.db).unwrap();
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "the file must not be readable as plain SQLite"
    );
    assert!(
        !bytes.windows(12).any(|w| w == b"Saw my couns"),
        "journal text must not appear in the file"
    );
    assert_eq!(
        std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777,
        0o600
    );
    for b in std::fs::read_dir(env.db.parent().unwrap().join("tend-backups")).unwrap() {
        assert!(
            !std::fs::read(b.unwrap().path())
                .unwrap()
                .starts_with(b"SQLite format 3"),
            "a backup stayed plain"
        );
    }
    // A plain SQLite client sees no database.
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let err = c
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_err();
    assert_eq!(
        err.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase)
    );
    drop(c);
    assert_eq!(content(&env, Some(&p1)), before);
    let out = env
        .tend()
        .env("TEND_PASSPHRASE_FILE", &p1)
        .env("TEND_NEW_PASSPHRASE_FILE", &p2)
        .arg("passphrase")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(content(&env, Some(&p2)), before);
    let out = env
        .tend()
        .env("TEND_PASSPHRASE_FILE", &p2)
        .arg("decrypt")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        std::fs::read(&env.db)
            .unwrap()
            .starts_with(b"SQLite format 3")
    );
    assert_eq!(content(&env, None), before);
}

#[test]
fn locked_and_wrong_passphrase_are_refused_without_a_change() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let good = secret(&env, "good", "blue valentines");
    let bad = secret(&env, "bad", "blue valentine");
    assert!(
        env.tend()
            .env("TEND_NEW_PASSPHRASE_FILE", &good)
            .arg("encrypt")
            .output()
            .unwrap()
            .status
            .success()
    );
    let before = snapshot(&env.db);
    let cases: [(Option<&str>, &[&str], &str); 4] = [
        (None, &["checkin", "list"], "this journal is encrypted"),
        (
            Some(&bad),
            &["checkin", "list"],
            "that passphrase does not open this journal",
        ),
        (
            Some(&bad),
            &["checkin", "--mood", "3"],
            "that passphrase does not open this journal",
        ),
        (
            Some(&bad),
            &["decrypt"],
            "that passphrase does not open this journal",
        ),
    ];
    for (pass, args, needle) in cases {
        let mut c = env.tend();
        if let Some(p) = pass {
            c.env("TEND_PASSPHRASE_FILE", p);
        }
        let out = c.args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains(needle) && err.trim_end().lines().count() == 1,
            "{args:?}: {err:?}"
        );
        assert!(
            !err.to_lowercase().contains("hmac"),
            "SQLCipher must not log to the terminal: {err}"
        );
        assert_eq!(snapshot(&env.db), before, "{args:?} changed the file");
    }
    // The fd route works too.
    let out = env
        .tend()
        .args(["--passphrase-fd", "0", "checkin", "list"])
        .write_stdin("blue valentines\n")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("must be 3 or higher"));
}

#[test]
fn backups_restore_and_keep_what_was_there() {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "5", "--entries", "20"]);
    let before = content(&env, None);
    let dest = env.dir.path().join("manual.db");
    env.ok(&["backup", dest.to_str().unwrap()]);
    assert_eq!(
        std::fs::metadata(&dest).unwrap().permissions().mode() & 0o777,
        0o600
    );
    env.ok(&["journal", "add", "written after the backup"]);
    env.ok(&["checkin", "--mood", "1", "--date", "2026-11-22"]);
    assert_ne!(content(&env, None), before);
    let said = env.ok(&["restore", dest.to_str().unwrap()]);
    assert!(said.contains("is kept at"), "{said}");
    assert_eq!(content(&env, None), before);
    let aside: Vec<_> = std::fs::read_dir(env.db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("before-restore"))
        .collect();
    assert_eq!(aside.len(), 1, "the replaced journal is kept aside");
    // A damaged backup is refused and nothing changes.
    let broken = env.dir.path().join("broken.db");
    let mut b = std::fs::read(&dest).unwrap();
    let n = b.len();
    b.truncate(n / 2);
    std::fs::write(&broken, b).unwrap();
    env.refused(&["restore", broken.to_str().unwrap()], 1, "truncated");
    let listed = env.json(&["backups"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["date"] == "2026-11-23"),
        "today's automatic backup: {listed}"
    );
}

#[test]
fn the_daily_backup_keeps_seven_days_four_weeks_twelve_months() {
    if common::skip_slow() {
        return;
    }
    let env = Env::new();
    env.ok(&["checkin", "--mood", "5"]);
    let start = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    for i in 0..449 {
        let day = start + chrono::Duration::days(i);
        let now = format!("{day}T12:00:00+00:00");
        let out = env
            .tend()
            .env("TEND_NOW", &now)
            .args(["checkin", "--mood", "6"])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let list = env.json(&["backups"]);
    let dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["date"].as_str().unwrap())
        .collect();
    assert!(dates.len() <= 7 + 4 + 12 && dates.len() >= 12, "{dates:?}");
    assert_eq!(*dates.last().unwrap(), "2026-11-23");
    assert!(
        dates.contains(&"2026-11-17") && !dates.contains(&"2026-11-16"),
        "{dates:?}"
    );
}

#[test]
fn doctor_says_what_is_ok_and_what_to_fix() {
    let env = Env::new();
    env.ok(&["profile", "show"]);
    let out = env.ok(&["doctor"]);
    assert!(
        out.contains("WARN  no backup yet: run `tend backup`"),
        "an empty journal has nothing to back up: {out}"
    );
    // The first use with something in it makes today's backup, after its output.
    env.ok(&["checkin", "--mood", "5"]);
    let out = env.ok(&["doctor"]);
    let schema = format!("OK    schema version {}", tend::store::SCHEMA_VERSION);
    for line in [
        schema.as_str(),
        "OK    integrity check: ok",
        "OK    file permissions 600",
        "OK    folder permissions 700",
        "OK    last backup 2026-11-23 (0 days ago)",
        "OK    free disk space",
    ] {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
    assert!(out.contains("WARN  not encrypted: anyone who can read the file can read your journal; run `tend encrypt`"));
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env.ok(&["doctor"]);
    assert!(
        out.contains(&format!(
            "WARN  file permissions 644: others can read it; run `chmod 600 {}`",
            env.db.display()
        )),
        "{out}"
    );
}

fn child(env: &Env, script: &str) -> Command {
    env.shell(script)
}

/// One writer in a loop, killed with SIGKILL once it has confirmed 1 to 3 entries (the
/// next write is then somewhere between starting up and committing); returns the ids
/// it confirmed.
fn write_until_killed(env: &Env, round: usize) -> Vec<i64> {
    let script = format!(
        "i=0; while true; do i=$((i+1)); \"$TEND\" journal add \"round {round} entry $i\" || exit 3; done"
    );
    let mut c = child(env, &script);
    c.stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0);
    let mut proc = c.spawn().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = {
        let out = proc.stdout.take().unwrap();
        std::thread::spawn(move || {
            for l in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(l);
            }
        })
    };
    let wanted = 1 + round % 3;
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut lines = Vec::new();
    while lines.len() < wanted {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(l) => lines.push(l),
            Err(e) => panic!(
                "round {round}: {} of {wanted} writes confirmed ({e})",
                lines.len()
            ),
        }
    }
    let pgid = proc.id();
    let killed = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{pgid}")])
        .status()
        .unwrap();
    assert!(killed.success(), "could not kill the writer group");
    proc.wait().unwrap();
    reader.join().unwrap();
    // Confirmations printed before the kill count too.
    lines.extend(rx.try_iter());
    lines
        .iter()
        .map(|l| {
            l.strip_prefix("Saved entry ")
                .and_then(|r| r.split(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("unexpected output {l:?}"))
        })
        .collect()
}

#[test]
fn writes_acknowledged_before_a_sigkill_are_never_lost() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "5"]);
    let acked: Vec<i64> = (0..50)
        .flat_map(|round| write_until_killed(&env, round))
        .collect();
    let waited_for: usize = (0..50).map(|round| 1 + round % 3).sum();
    assert!(
        acked.len() >= waited_for,
        "{} writes confirmed",
        acked.len()
    );
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let mut st = c.prepare("SELECT id FROM journal_entries").unwrap();
    let present: std::collections::HashSet<i64> = st
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let lost: Vec<&i64> = acked.iter().filter(|id| !present.contains(id)).collect();
    assert!(
        lost.is_empty(),
        "acknowledged but lost after SIGKILL: {lost:?}"
    );
    let fts: i64 = c
        .query_row(
            "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'round'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        fts as usize,
        present.len(),
        "the search index matches the table"
    );
}

#[test]
fn two_writers_at_once_both_succeed() {
    if common::skip_slow() {
        return;
    }
    let env = Env::new();
    env.ok(&["checkin", "--mood", "5"]);
    let script = |p: &str| {
        format!(
            "for i in $(seq 1 500); do \"$TEND\" journal add \"writer {p} entry $i\" >/dev/null || echo FAILED $i; done"
        )
    };
    let spawn = |p: &str| {
        child(&env, &script(p))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn("A"), spawn("B"));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    for out in [&a, &b] {
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && !text.contains("FAILED") && !text.contains("locked"),
            "a writer ended with {}: {text}",
            out.status
        );
    }
    let list = env.json(&["journal", "list", "--limit", "5000"]);
    let kept: std::collections::BTreeSet<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["body"].as_str().unwrap().to_string())
        .collect();
    let missing: Vec<String> = ["A", "B"]
        .iter()
        .flat_map(|p| (1..=500).map(move |i| format!("writer {p} entry {i}")))
        .filter(|b| !kept.contains(b))
        .collect();
    assert!(
        missing.is_empty(),
        "lost, though every writer succeeded: {missing:?}"
    );
    assert_eq!(list.as_array().unwrap().len(), 1000);
}

/// Records stored earlier with impossible dates are listed by doctor, never changed.
#[test]
fn doctor_lists_records_dated_after_today_or_before_1900() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let ok = env.ok(&["doctor"]);
    assert!(
        ok.contains("OK    dates: every record is dated between 1900 and today"),
        "{ok}"
    );
    // As an older tend could have stored them.
    let c = rusqlite::Connection::open(&env.db).unwrap();
    c.execute_batch(
        "INSERT INTO checkins (date, mood, created_at, updated_at) VALUES ('2027-01-01', 5, 'x', 'x');
         INSERT INTO journal_entries (at, date, body, created_at, updated_at)
             VALUES ('+12345-01-01T10:00:00Z', '+12345-01-01', 'odd', 'x', 'x');",
    )
    .unwrap();
    drop(c);
    let out = env.ok(&["doctor"]);
    assert!(
        out.contains("WARN  records dated after today or before 1900: check-in 2 (2027-01-01): `tend checkin delete 2 (then check in on the right day)`; journal entry 1 (+12345-01-01): `tend journal edit 1 --at \"YYYY-MM-DD HH:MM\"`"),
        "{out}"
    );
    let list = env.json(&["checkin", "list", "--all"]);
    assert_eq!(list.as_array().unwrap().len(), 2, "nothing was deleted");
    // The commands doctor gives put them right.
    env.ok(&["checkin", "delete", "2", "--yes"]);
    env.ok(&["journal", "edit", "1", "--at", "2026-11-20 10:00"]);
    let fixed = env.ok(&["doctor"]);
    assert!(
        fixed.contains("OK    dates: every record is dated"),
        "{fixed}"
    );
}

/// `tend restore PATH` where PATH is a named pipe, a device behind a link, a folder
/// or a link that leads nowhere: refused in one line naming it, within seconds, the
/// journal untouched.
#[test]
fn a_restore_path_that_is_no_file_is_refused_promptly() {
    let env = Env::new();
    env.ok(&["journal", "add", "kept as it is"]);
    let outside = tempfile::tempdir().unwrap();
    for what in common::HOSTILE.iter().filter(|w| **w != "a file") {
        let p = env.dir.path().join(what.replace([' ', '/'], "-"));
        common::plant(what, &p, outside.path());
        let before = snapshot(&env.db);
        let out = env
            .tend()
            .args(["restore", p.to_str().unwrap()])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("tend restore finishes");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{what}: {err}");
        assert!(
            err.contains(p.to_str().unwrap()) && err.trim_end().lines().count() == 1,
            "{what}: {err}"
        );
        assert_eq!(snapshot(&env.db), before, "{what}: the journal changed");
    }
}
