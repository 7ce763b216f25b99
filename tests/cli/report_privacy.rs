//! The counselor summary keeps the person's people and numbers private unless they
//! choose otherwise: the demo's summary, in every format, through the command line.

use crate::common;

use common::Env;

/// The demo's people, their phone numbers and the home group's place.
const NAMES: &[&str] = &["Sam", "Jo", "Dr Patel", "Patel", "Kim"];
const NUMBERS: &[&str] = &[
    "07700 900123",
    "07700 900456",
    "0161 496 0000",
    "07700 900789",
    "Community hall",
];

fn demo() -> Env {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "7", "--entries", "60"]);
    env
}

/// The summary of the demo's last 90 days in `format`, with `more` arguments.
fn summary(env: &Env, format: &str, more: &[&str]) -> String {
    let mut args = vec![
        "export",
        "summary",
        "--from",
        "2026-08-26",
        "--to",
        "2026-11-23",
        "--format",
        format,
        "-o",
        "-",
    ];
    args.extend(more);
    env.ok(&args)
}

/// Whether `word` is in `text` as a whole word, case-sensitive: "Jo" is not in
/// "Journal", "Sam" not in "Samaritans".
fn has_word(text: &str, word: &str) -> bool {
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(word).any(|(i, _)| {
        let (before, rest) = text.split_at(i);
        let after = rest.split_at(word.len()).1;
        !joins(before.chars().next_back()) && !joins(after.chars().next())
    })
}

#[test]
fn the_demo_summary_names_no_one_and_shows_no_number_by_default() {
    let env = demo();
    for format in ["html", "md", "csv"] {
        let out = summary(&env, format, &[]);
        for name in NAMES {
            assert!(!has_word(&out, name), "{format} names {name}");
        }
        for number in NUMBERS {
            assert!(!out.contains(number), "{format} shows {number}");
        }
    }
    let html = summary(&env, "html", &[]);
    assert!(
        html.contains("S. (sponsor)"),
        "the plan's people as an initial"
    );
    assert!(
        html.contains("P. (counselor)"),
        "Dr Patel is P., with the role on record"
    );
    assert!(html.contains("Call S."), "a coping step names the initial");
    assert!(
        html.contains("Left out: journal entries; check-in notes; setback details; people&#39;s names (each person appears as an initial, with their role); phone numbers and meeting places; amounts of use (the use calendar); medications."),
        "the cover line says what was left out"
    );
    let csv = summary(&env, "csv", &[]);
    assert!(csv.contains("Call S."), "the diary card's coping names S.");
}

/// The medications section names the prescriber as an initial and a role unless names
/// are shared.
#[test]
fn a_prescriber_is_an_initial_and_a_role_unless_names_are_shared() {
    let env = demo();
    for format in ["html", "md", "csv"] {
        let out = summary(&env, format, &["--include", "medications"]);
        assert!(!has_word(&out, "Rivera"), "{format} names the prescriber");
    }
    let md = summary(&env, "md", &["--include", "medications"]);
    assert!(md.contains("| R. \\(prescriber\\) |"), "{md}");
    let named = summary(&env, "md", &["--include", "medications,names"]);
    assert!(named.contains("| Dr. Rivera \\(prescriber\\) |"), "{named}");
}

#[test]
fn names_and_numbers_appear_when_the_person_includes_them() {
    let env = demo();
    let all = ["--include", "names,numbers"];
    for format in ["html", "md"] {
        let out = summary(&env, format, &all);
        for name in ["Sam", "Jo", "Dr Patel"] {
            assert!(has_word(&out, name), "{format} lacks {name}");
        }
        // Kim's number is only on their person record, which the summary never shows.
        for number in NUMBERS.iter().filter(|n| **n != "07700 900789") {
            assert!(out.contains(number), "{format} lacks {number}");
        }
    }
    let csv = summary(&env, "csv", &all);
    assert!(has_word(&csv, "Sam"), "the diary card's coping names Sam");
    // Kim is only ever called: named once calls are shared as a group.
    let md = summary(&env, "md", &["--include", "names", "--share-contacts"]);
    assert!(md.contains("Kim \\(peer\\)"), "{md}");
    let initials = summary(&env, "md", &["--share-contacts"]);
    assert!(initials.contains("K. \\(peer\\)") && !has_word(&initials, "Kim"));
    let html = summary(&env, "html", &all);
    assert!(html.contains(
        "Included: lessons from setbacks; people&#39;s names; phone numbers and meeting places."
    ));
}

#[test]
fn lessons_are_in_unless_left_out() {
    let env = demo();
    let lesson = "Hard days pass";
    let with = summary(&env, "md", &[]);
    assert!(with.contains(lesson), "lessons are in by default");
    assert!(with.contains("Included: lessons from setbacks."));
    let without = summary(&env, "md", &["--leave-out", "lessons"]);
    assert!(
        !without.contains(lesson),
        "--leave-out lessons takes them out"
    );
    assert!(without.contains("Left out: lessons from setbacks; journal entries"));
    assert!(!without.contains("What they learned"));
    env.refused(
        &["export", "summary", "--leave-out", "goals"],
        2,
        "unknown 'goals'; use lessons",
    );
}

#[test]
fn the_attendance_card_keeps_meetings_and_signers_and_names_no_one_else() {
    let env = demo();
    env.ok(&["person", "add", "Ray", "--role", "peer"]);
    env.ok(&[
        "connect",
        "meeting",
        "Tuesday evening group",
        "--at",
        "2026-11-18 19:00",
        "--verified-by",
        "Chair Lee",
        "--with",
        "Ray",
    ]);
    let card = summary(&env, "attendance", &[]);
    assert!(card.starts_with("date,meeting,format,verified_by\r\n"));
    assert!(card.contains("2026-11-18,Tuesday evening group,in-person,Chair Lee\r\n"));
    for name in NAMES.iter().chain(&["Ray"]) {
        assert!(!has_word(&card, name), "the card names {name}");
    }
}
