//! Words sync kept aside, in the TUI: two devices (two journals in one test, synced
//! through one folder) edit the same entry or check-in at once; the one whose words
//! lost shows them under the record where it is read, marked in the lists and named on
//! Today, and dismissing them (after a question) removes them here and is sent on.

use crate::common;

use chrono::DateTime;
use common::person::{Person, draw};
use crossterm::event::KeyCode::{Char, Down, Enter, Esc};
use tend::clock::Clock;
use tend::domain::{CheckinPatch, JournalDraft, RecordKind};
use tend::store::Store;
use tend::sync::seal::{Kdf, Key};
use tend::tui::app::App;

fn at(moment: &str) -> Clock {
    Clock::Fixed(common::at(moment))
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

fn sync(s: &Store) {
    tend::sync::run(s, &key()).unwrap();
}

/// A laptop and a desktop syncing through one folder; the desktop's clock is five
/// minutes later, so its edits win and the laptop's words are the ones kept aside.
struct Devices {
    _dir: tempfile::TempDir,
    desktop: Store,
    /// The laptop, at its keyboard.
    laptop: Person,
}

fn devices(laptop_setup: impl FnOnce(&Store)) -> Devices {
    let dir = tempfile::tempdir().unwrap();
    let laptop = Store::open(&dir.path().join("a.db"), at(common::NOW)).unwrap();
    let desktop = Store::open(&dir.path().join("b.db"), at("2026-11-23T10:05:00+00:00")).unwrap();
    let start = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    laptop
        .write(|tx| tx.add_commitment("Alcohol", start, None))
        .unwrap();
    laptop_setup(&laptop);
    let folder = dir.path().join("folder");
    tend::sync::init_with(&laptop, &folder, "laptop", &kdf(), &key()).unwrap();
    tend::sync::join_with(&desktop, &folder, "desktop", &key()).unwrap();
    let app = App::new(&laptop, laptop.today().unwrap()).unwrap();
    Devices {
        laptop: Person {
            _dir: tempfile::tempdir().unwrap(),
            store: laptop,
            app,
        },
        desktop,
        _dir: dir,
    }
}

impl Devices {
    /// Both edit, then the laptop syncs, the desktop, and the laptop again.
    fn edit_both(&mut self, edit: impl Fn(&Store, &str)) {
        edit(&self.laptop.store, "laptop");
        edit(&self.desktop, "desktop");
        sync(&self.laptop.store);
        sync(&self.desktop);
        sync(&self.laptop.store);
        let today = self.laptop.store.today().unwrap();
        self.laptop.app = App::new(&self.laptop.store, today).unwrap();
    }
}

fn draft(body: &str) -> JournalDraft {
    JournalDraft {
        at: DateTime::parse_from_rfc3339("2026-11-23T08:00:00+00:00").unwrap(),
        title: Some("Morning".into()),
        body: body.into(),
        mood: Some(6),
        domain: None,
        tags: vec![],
    }
}

/// An entry both devices rewrote at once.
fn entry_conflict() -> Devices {
    let mut d = devices(|s| {
        s.write(|tx| tx.add_journal(draft("Slept badly, then walked to the river.")))
            .unwrap();
    });
    d.edit_both(|s, who| {
        let body = format!("Walked to the river and called Sam. Written on the {who}.");
        s.write(|tx| tx.update_journal(1, draft(&body))).unwrap();
    });
    d
}

#[test]
fn the_losing_words_show_under_the_entry_and_are_marked_in_the_list() {
    let mut d = entry_conflict();
    let p = &mut d.laptop;
    let today = p.screen(80, 24);
    assert!(
        today.contains("⇄ Words from another device are kept beside 1 journal entry"),
        "{today}"
    );
    p.press(Char('3'));
    let list = p.screen(100, 30);
    assert!(list.contains("› 2026-11-23  ⇄ Morning"), "{list}");
    assert!(
        list.contains("Words from another device are kept beside this"),
        "{list}"
    );
    p.press(Enter);
    let read = p.screen(80, 24);
    insta::assert_snapshot!("entry_with_kept_words_80x24", read);
    assert!(
        read.contains("Written on the desktop."),
        "the winner is the entry"
    );
    assert!(read.contains("⇄ Also edited on laptop at 2026-11-23 10:00"));
    assert!(read.contains("Written on the laptop."), "the loser is kept");
    assert!(
        read.contains("x dismiss · Esc list"),
        "the status line names the key"
    );
}

#[test]
fn dismissing_asks_first_then_removes_them_and_is_sent_at_the_next_sync() {
    let mut d = entry_conflict();
    let p = &mut d.laptop;
    let unsent = p.store.sync_unsent().unwrap();
    p.keys(&[Char('3'), Enter, Char('x')]);
    let asked = p.screen(80, 24);
    insta::assert_snapshot!("dismiss_kept_words_question_80x24", asked);
    p.press(Esc);
    assert_eq!(p.message(), Some("Kept the words from laptop."));
    assert_eq!(p.store.sync_conflicts(None).unwrap().len(), 1);
    p.keys(&[Char('x'), Char('y')]);
    assert_eq!(p.message(), Some("Dismissed the words from laptop."));
    assert!(p.store.sync_conflicts(None).unwrap().is_empty());
    assert!(!p.screen(80, 24).contains("Also edited on"));
    assert!(
        p.store.sync_unsent().unwrap() > unsent,
        "the dismissal waits for the next segment"
    );
    assert!(
        p.app.cx.data.kept.is_empty(),
        "Today and the list forget it"
    );
    // And the desktop, at its next sync, lets them go too.
    assert_eq!(d.desktop.sync_conflicts(None).unwrap().len(), 1);
    sync(&d.laptop.store);
    sync(&d.desktop);
    assert!(d.desktop.sync_conflicts(None).unwrap().is_empty());
}

#[test]
fn with_nothing_kept_the_key_says_so() {
    let mut d = entry_conflict();
    let p = &mut d.laptop;
    p.store
        .write(|tx| tx.add_journal(draft("A quiet day.")))
        .unwrap();
    p.keys(&[Char('3'), Enter]);
    assert!(p.screen(80, 24).contains("A quiet day."));
    p.press(Char('x'));
    assert_eq!(
        p.message(),
        Some("No words from another device are kept beside this entry.")
    );
    p.press(Down); // the next entry has some
    assert!(p.screen(80, 24).contains("Also edited on laptop"));
}

#[test]
fn words_of_a_record_no_screen_shows_send_today_to_the_command_line() {
    let mut d = entry_conflict();
    let p = &mut d.laptop;
    p.store
        .write(|tx| tx.delete_record(RecordKind::Journal, 1))
        .unwrap();
    p.app = App::new(&p.store, p.store.today().unwrap()).unwrap();
    let today = p.screen(100, 30);
    assert!(
        today.contains("Words from another device are kept aside: see `tend sync conflicts`"),
        "{today}"
    );
    assert!(!today.contains("kept beside"), "{today}");
}

#[test]
fn a_check_ins_kept_note_shows_beside_its_day_and_is_dismissed_there() {
    let mut d = devices(|_| {});
    let day = d.laptop.store.today().unwrap();
    d.edit_both(|s, who| {
        let p = CheckinPatch {
            mood: Some(6),
            note: Some(format!("Quiet evening, noted on the {who}.")),
            ..CheckinPatch::default()
        };
        s.write(|tx| tx.upsert_checkin(day, &p)).unwrap();
    });
    let p = &mut d.laptop;
    assert!(
        p.screen(100, 30)
            .contains("kept beside 1 check-in: marked ⇄ where you read them")
    );
    p.press(Char('2'));
    let screen = p.screen(80, 24);
    insta::assert_snapshot!("checkin_with_kept_note_80x24", screen);
    assert!(screen.contains("mood  6  craving  – ⇄"), "{screen}");
    assert!(screen.contains("⇄ Also edited on laptop at 2026-11-23"));
    assert!(screen.contains("10:00 · note"), "the field it was in");
    assert!(screen.contains("Quiet evening, noted on the laptop."));
    p.keys(&[Char('x'), Char('y')]);
    assert_eq!(p.message(), Some("Dismissed the words from laptop."));
    assert!(p.store.sync_conflicts(None).unwrap().is_empty());
    assert!(!p.screen(80, 24).contains("Also edited on"));
}

#[test]
fn a_narrow_window_still_reads_the_kept_words() {
    let mut d = entry_conflict();
    let p = &mut d.laptop;
    p.keys(&[Char('3'), Enter]);
    let s = draw(&p.app, 60, 20);
    assert!(s.contains("Also edited on laptop"), "{s}");
    assert!(s.contains("x dismiss · Esc list"), "{s}");
}
