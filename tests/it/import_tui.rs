//! Importing through the app: from the Export screen and after the welcome, a form
//! whose preview is exactly what `tend import --dry-run` prints, saving writes the same
//! rows as the command, and every problem (no such file, bad lines, unknown moods, a
//! folder) is shown on screen while the form stays open with what was typed.

use crate::common;

use common::Env;
use common::person::Person;
use crossterm::event::KeyCode::{Down, Enter, Esc, Right};
use serde_json::Value as Json;
use tend::store::{JournalFilter, Store};
use tend::tui::action::Screen;
use tend::tui::overlay::Overlay;

const DAYLIO: &str = "tests/fixtures/import/daylio_8col.csv";

/// A person on an empty journal, past the welcome, with the import form open.
fn at_the_import_form() -> Person {
    let mut p = Person::new(false);
    p.press(Esc).press(tend_key('8')).press(tend_key('i'));
    assert!(form_open(&p), "i on Export opens the import form");
    p
}

fn tend_key(c: char) -> crossterm::event::KeyCode {
    crossterm::event::KeyCode::Char(c)
}

fn form_open(p: &Person) -> bool {
    matches!(p.app.top(), Some(Overlay::Form(v)) if v.form.title() == "Import history")
}

fn form_error(p: &Person) -> Option<String> {
    match p.app.top() {
        Some(Overlay::Form(v)) => v.error.clone(),
        _ => None,
    }
}

fn preview(p: &Person) -> String {
    p.export_preview().to_string()
}

/// Each entry as the journal shows it: moment, date, title, words, mood, tags.
fn entries(s: &Store) -> Vec<String> {
    let mut out: Vec<String> = s
        .journal(&JournalFilter::default())
        .unwrap()
        .iter()
        .map(|e| {
            let e = s.journal_entry(e.id).unwrap();
            format!(
                "{} {} {:?} {:?} {:?} {:?}",
                e.at, e.date, e.title, e.body, e.mood, e.tags
            )
        })
        .collect();
    out.sort();
    out
}

fn day_moods(s: &Store) -> Vec<(String, Json)> {
    let doc = s.export_data().unwrap();
    doc["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["date"].as_str().unwrap().to_string(), c["mood"].clone()))
        .collect()
}

#[test]
fn the_import_form_80x24() {
    let p = at_the_import_form();
    insta::assert_snapshot!("import_form_80x24", p.screen(80, 24));
}

#[test]
fn the_import_preview_80x24() {
    let mut p = at_the_import_form();
    p.type_text(DAYLIO);
    insta::assert_snapshot!("import_preview_80x24", p.screen(80, 24));
}

#[test]
fn the_import_preview_120x40() {
    let mut p = at_the_import_form();
    p.type_text(DAYLIO);
    insta::assert_snapshot!("import_preview_120x40", p.screen(120, 40));
}

#[test]
fn the_export_screen_imports_with_the_dry_runs_preview_and_writes_what_the_cli_writes() {
    let mut p = at_the_import_form();
    p.type_text(DAYLIO);

    let env = Env::new();
    let dry = env.ok(&["import", DAYLIO, "--dry-run"]);
    assert_eq!(preview(&p), dry, "the preview is not the dry run");
    assert!(
        p.store
            .journal(&JournalFilter::default())
            .unwrap()
            .is_empty()
    );

    p.press(Enter);
    assert!(!form_open(&p));
    assert_eq!(p.app.screen, Screen::Journal);
    assert_eq!(
        p.message(),
        Some("Imported daylio_8col.csv: entries 6 added; 4 day moods set.")
    );
    env.ok(&["import", DAYLIO]);
    let cli = Store::open(&env.db, common::clock()).unwrap();
    assert_eq!(entries(&p.store).len(), 6);
    assert_eq!(
        entries(&p.store),
        entries(&cli),
        "TUI and CLI wrote different rows"
    );
    assert_eq!(day_moods(&p.store), day_moods(&cli));

    // Again: the preview and the save both say nothing would change.
    p.keys(&[tend_key('8'), tend_key('i')]).type_text(DAYLIO);
    assert!(preview(&p).contains("journal entries: 0 added, 0 updated, 6 unchanged"));
    p.press(Enter);
    assert_eq!(
        p.message(),
        Some("Imported daylio_8col.csv: entries 6 unchanged.")
    );
    assert_eq!(entries(&p.store), entries(&cli));
}

#[test]
fn a_path_that_is_not_there_is_said_on_screen_and_nothing_closes() {
    let mut p = at_the_import_form();
    p.type_text("tests/fixtures/import/no-such-file.csv");
    assert!(preview(&p).starts_with("There is no file or folder at"));
    p.press(Enter);
    assert!(form_open(&p), "the form stays with what was typed");
    let err = form_error(&p).unwrap();
    assert!(err.contains("no-such-file.csv"), "{err}");
    insta::assert_snapshot!("import_no_file_80x24", p.screen(80, 24));
    // Leaving asks first: words were typed.
    p.press(Esc);
    assert!(matches!(p.app.top(), Some(Overlay::Confirm(_))));
}

#[test]
fn bad_lines_are_all_listed_and_skipping_them_imports_the_rest() {
    let mut p = at_the_import_form();
    p.type_text("tests/fixtures/import/daylio_bad_lines.csv");
    let shown = preview(&p);
    for needle in [
        "Not importable as it is:",
        "3 bad lines (set Skip bad lines to yes to import the other rows):",
        "line 3: time: '25:99' is not a time",
        "line 5: has 5 fields; the header has 8",
    ] {
        assert!(shown.contains(needle), "{shown} lacks {needle}");
    }
    insta::assert_snapshot!("import_bad_lines_120x40", p.screen(120, 40));
    p.press(Enter);
    assert!(form_open(&p));
    let err = form_error(&p).unwrap();
    assert!(
        err.contains("3 bad lines") && err.ends_with("(all of it in the preview)"),
        "{err}"
    );
    assert!(
        p.store
            .journal(&JournalFilter::default())
            .unwrap()
            .is_empty()
    );
    // Skip bad lines: yes.
    p.keys(&[Down, Down, Down, Right]);
    assert!(preview(&p).contains("3 bad lines refused:"));
    p.press(Enter);
    assert!(!form_open(&p));
    assert_eq!(p.store.journal(&JournalFilter::default()).unwrap().len(), 2);
    assert!(
        p.message().unwrap().ends_with("; 3 bad lines left out."),
        "{:?}",
        p.message()
    );
}

#[test]
fn unknown_moods_are_asked_for_in_the_form() {
    let mut p = at_the_import_form();
    p.type_text("tests/fixtures/import/daylio_unknown_moods.csv");
    assert!(
        preview(&p).contains("3 unknown mood labels"),
        "{}",
        preview(&p)
    );
    assert!(preview(&p).contains("in Mood labels, like 'ok=N,sleepy=N,super rad=N'"));
    p.keys(&[Down, Down])
        .type_text("ok=5,sleepy=3,super rad=11");
    assert!(preview(&p).contains("super rad"), "{}", preview(&p));
    p.press(Enter);
    assert!(form_open(&p), "a mood of 11 is refused");
    for _ in 0..2 {
        p.press(crossterm::event::KeyCode::Backspace);
    }
    p.type_text("10");
    assert!(
        preview(&p).contains("super rad → 10 (2)"),
        "{}",
        preview(&p)
    );
    p.press(Enter);
    assert!(!form_open(&p), "{:?}", form_error(&p));
    assert!(
        !p.store
            .journal(&JournalFilter::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_folder_is_read_only_as_a_jrnl_folder_journal() {
    let mut p = at_the_import_form();
    p.type_text("tests/fixtures/import/jrnl_folder");
    assert!(
        preview(&p).contains("is a folder: set From to"),
        "{}",
        preview(&p)
    );
    p.press(Enter);
    assert!(form_open(&p));
    // From: auto → daylio → jrnl.
    p.keys(&[Down, Right, Right]);
    assert!(
        preview(&p).starts_with("Dry run, nothing written."),
        "{}",
        preview(&p)
    );
    p.press(Enter);
    assert!(!form_open(&p), "{:?}", form_error(&p));
    assert!(
        !p.store
            .journal(&JournalFilter::default())
            .unwrap()
            .is_empty()
    );
    // A wrong From is named with the likely one.
    p.keys(&[tend_key('8'), tend_key('i')]).type_text(DAYLIO);
    p.keys(&[Down, Right, Right, Right]);
    assert!(
        preview(&p).contains("looks like a Daylio CSV export"),
        "{}",
        preview(&p)
    );
    assert!(
        preview(&p).contains("set From to daylio"),
        "{}",
        preview(&p)
    );
}

#[test]
fn the_welcome_opens_the_import_next_when_asked() {
    let mut p = Person::new(false);
    p.press(Down).type_text("Alcohol");
    for _ in 0..8 {
        p.press(Down);
    }
    p.press(Right);
    insta::assert_snapshot!("welcome_then_import_80x24", p.screen(80, 24));
    p.press(Enter);
    assert!(form_open(&p), "the import form opens after the welcome");
    assert_eq!(p.store.commitments().unwrap().len(), 1);
    p.type_text(DAYLIO).press(Enter);
    assert_eq!(p.store.journal(&JournalFilter::default()).unwrap().len(), 6);
    assert!(p.app.overlays.is_empty());
}
