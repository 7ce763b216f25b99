//! The shell around tend: the prompt status line in each state, completions, man page.

use crate::common;

use common::{Env, snapshot};

#[test]
fn status_says_where_today_stands_without_touching_the_journal() {
    let env = Env::new();
    assert_eq!(env.ok(&["status"]), "○ tend: not set up yet\n");
    assert!(!env.db.exists(), "status never creates a journal");
    assert_eq!(
        env.ok(&["status", "--format", "json"]),
        "{\"state\":\"missing\"}\n"
    );
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-05-01"]);
    assert_eq!(env.ok(&["status"]), "○ day 207 · check-in waiting\n");
    env.ok(&["checkin", "--mood", "6"]);
    let before = snapshot(&env.db);
    assert_eq!(env.ok(&["status"]), "✓ day 207 · checked in\n");
    assert_eq!(
        env.ok(&["status", "--format", "json"]),
        "{\"state\":\"ready\",\"day\":207,\"checked_in\":true}\n"
    );
    assert_eq!(snapshot(&env.db), before, "status only reads");
    // 1 a.m. belongs to the day before, whose check-in is not done.
    let out = env
        .tend()
        .env("TEND_NOW", "2026-11-24T01:00:00+00:00")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "✓ day 207 · checked in\n"
    );
}

#[test]
fn status_of_an_encrypted_journal_says_only_that_it_is_locked() {
    let env = Env::new();
    env.ok(&["journal", "add", "private words"]);
    let p = env.dir.path().join("p");
    std::fs::write(&p, "blue valentines\n").unwrap();
    assert!(
        env.tend()
            .env("TEND_NEW_PASSPHRASE_FILE", &p)
            .arg("encrypt")
            .output()
            .unwrap()
            .status
            .success()
    );
    // No passphrase is given and none is asked for, even with a terminal-less stdin.
    assert_eq!(env.ok(&["status"]), "◌ tend locked\n");
    assert_eq!(
        env.ok(&["status", "--format", "json"]),
        "{\"state\":\"locked\"}\n"
    );
}

#[test]
fn completions_and_the_man_page_generate() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish"] {
        let out = env.ok(&["completions", shell]);
        assert!(
            out.len() > 1000 && out.contains("checkin") && out.contains("journal"),
            "{shell} completions look empty"
        );
    }
    let man = env.ok(&["man"]);
    assert!(man.contains(".TH tend 1") && man.contains("recovery journal"));
    env.refused(
        &["completions", "tcsh"],
        2,
        "bash, elvish, fish, powershell, zsh",
    );
}
