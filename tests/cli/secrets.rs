//! Passphrases are bytes: quotes, backslashes, NUL and bytes that are not UTF-8 all
//! encrypt, change and open a journal, and no message ever quotes one. Journals keyed
//! the old way (`PRAGMA key` with the same text) still open.

use crate::common;

use common::Env;
use std::os::unix::fs::PermissionsExt;

fn secret(env: &Env, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = env.dir.path().join(name);
    let mut b = bytes.to_vec();
    b.push(b'\n');
    std::fs::write(&p, b).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    p
}

fn run(
    env: &Env,
    pass: Option<&std::path::Path>,
    new: Option<&std::path::Path>,
    args: &[&str],
) -> std::process::Output {
    let mut c = env.tend();
    if let Some(p) = pass {
        c.env("TEND_PASSPHRASE_FILE", p);
    }
    if let Some(p) = new {
        c.env("TEND_NEW_PASSPHRASE_FILE", p);
    }
    c.args(args).output().unwrap()
}

/// Every byte string a person might choose, with a marker that must never be printed.
const ODD: &[&[u8]] = &[
    b"MySecretPass' word; DROP TABLE x; --",
    b"MySecretPass\0word",
    b"MySecretPass\\x00 \\' \\\\",
    b"MySecretPass \xff\xfe\x80 not utf-8",
];

#[test]
fn odd_passphrases_encrypt_change_and_open_and_are_never_printed() {
    if common::skip_slow() {
        return;
    }
    for (i, odd) in ODD.iter().enumerate() {
        let env = Env::new();
        env.ok(&["journal", "add", "A private line"]);
        let first = secret(&env, "first", odd);
        let out = run(&env, None, Some(&first), &["encrypt"]);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "passphrase {i}: {said}");
        assert!(!said.contains("MySecret"), "passphrase {i} printed: {said}");
        let list = run(&env, Some(&first), None, &["journal", "list", "--json"]);
        assert!(list.status.success(), "passphrase {i} does not open it");
        assert!(String::from_utf8_lossy(&list.stdout).contains("A private line"));
        // A wrong one is refused, and the message quotes neither.
        let mut wrong = odd.to_vec();
        wrong.push(b'!');
        let wrong = secret(&env, "wrong", &wrong);
        let out = run(&env, Some(&wrong), None, &["journal", "list"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && !err.contains("MySecret"), "{err}");
        // Change to another odd one and back to the first's bytes reversed.
        let mut other = odd.to_vec();
        other.reverse();
        let second = secret(&env, "second", &other);
        let out = run(&env, Some(&first), Some(&second), &["passphrase"]);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && !said.contains("terceS"),
            "passphrase {i}: {said}"
        );
        let list = run(&env, Some(&second), None, &["journal", "list", "--json"]);
        assert!(
            list.status.success(),
            "the changed passphrase {i} does not open it"
        );
        let out = run(&env, Some(&second), None, &["decrypt"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            std::fs::read(&env.db)
                .unwrap()
                .starts_with(b"SQLite format 3")
        );
    }
}

#[test]
fn a_journal_keyed_with_pragma_key_still_opens() {
    let env = Env::new();
    env.ok(&["journal", "add", "Written before keys were bytes"]);
    // Encrypt the way earlier versions did: PRAGMA key through SQL text.
    let plain = rusqlite::Connection::open(&env.db).unwrap();
    let enc = env.dir.path().join("enc.db");
    plain
        .execute_batch(&format!(
            "ATTACH DATABASE '{}' AS e KEY 'it''s blue'; SELECT sqlcipher_export('e');
             PRAGMA e.user_version = (SELECT user_version FROM pragma_user_version);",
            enc.display()
        ))
        .ok();
    let v: i32 = plain
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    plain
        .execute_batch(&format!(
            "PRAGMA e.user_version = {v}; PRAGMA e.application_id = 1413828164; DETACH DATABASE e;"
        ))
        .unwrap();
    drop(plain);
    std::fs::rename(&enc, &env.db).unwrap();
    let pass = secret(&env, "p", b"it's blue");
    let list = run(&env, Some(&pass), None, &["journal", "list", "--json"]);
    assert!(
        list.status.success(),
        "{}",
        String::from_utf8_lossy(&list.stderr)
    );
    assert!(String::from_utf8_lossy(&list.stdout).contains("Written before keys were bytes"));
}

/// A passphrase file that never ends (`/dev/zero`) is refused at once, with nothing
/// written, rather than read until memory runs out.
#[test]
fn a_passphrase_file_without_end_is_refused() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let out = run(
        &env,
        None,
        Some(std::path::Path::new("/dev/zero")),
        &["encrypt"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("longer than 4096 bytes"), "{err}");
    assert_eq!(
        env.json(&["checkin", "list"]).as_array().unwrap().len(),
        1,
        "still plain, untouched"
    );
}
