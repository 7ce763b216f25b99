//! Finding in the journal: `t` steps through every tag in use however old, `T` picks
//! one from the list with its count, and a search shows each hit's snippet with the
//! searched words marked and which hit is selected of how many. Snapshots on the
//! fixture journal (`common::fixture`), with two older tagged entries where a test
//! says so.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{Backspace, Char, Down, Enter, Esc, Home};
use ratatui::style::Modifier;
use ratatui::{Terminal, backend::TestBackend};
use tend::domain::JournalDraft;
use tend::store::Store;

/// An entry of `body` at noon on `day`, with `tags`.
fn entry(day: &str, body: &str, tags: &[&str]) -> JournalDraft {
    JournalDraft {
        at: chrono::DateTime::parse_from_rfc3339(&format!("{day}T12:00:00+00:00")).unwrap(),
        title: None,
        body: body.into(),
        mood: None,
        domain: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

/// Two entries from the spring, with tags the fixture's recent entries don't have
/// (and `Walk`, which they have as `walk`).
fn older_tags(store: &Store) {
    store
        .write(|w| {
            w.add_journal(entry(
                "2026-05-02",
                "Planted beans with Jo, then a slow walk home.",
                &["garden", "Walk"],
            ))?;
            w.add_journal(entry(
                "2026-04-11",
                "First meeting in the new hall.",
                &["meeting"],
            ))
        })
        .unwrap();
}

/// The fixture with `older_tags`, on the Journal screen.
fn tagged() -> Person {
    let mut p = Person::fixture();
    older_tags(&p.store);
    p.app.reload(&p.store).unwrap();
    p.press(Char('3'));
    p
}

/// A snapshot, and the same state in the pseudo-locale showing no English that
/// skipped the catalog (`typed`: what the person typed, their own words).
fn snapshot(name: &str, (w, h): (u16, u16), typed: &str, reach: impl Fn(&mut Person)) {
    let mut p = tagged();
    reach(&mut p);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), p.screen(w, h));
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let mut p = tagged();
        reach(&mut p);
        let mut own = p.own_words();
        own.insert(typed.to_string());
        for e in p.store.journal(&Default::default()).unwrap() {
            own.extend(e.tags.iter().flat_map(|t| t.split(' ').map(String::from)));
        }
        common::pseudo::assert_translated(name, &p.screen(w, h), &own);
    });
}

#[test]
fn tag_picker_lists_every_tag_with_its_count() {
    snapshot("journal-tag-picker", (80, 24), "", |p| {
        p.press(Char('T'));
    });
    snapshot("journal-tag-picker-narrowed", (80, 24), "WA", |p| {
        p.press(Char('T')).type_text("WA");
    });
}

#[test]
fn a_tag_picked_narrows_the_list() {
    snapshot("journal-tag-filtered", (80, 24), "wa", |p| {
        p.press(Char('T')).type_text("wa").press(Enter);
    });
    let mut p = tagged();
    p.press(Char('T')).type_text("wa").press(Enter);
    let j = &p.app.screens.journal;
    assert_eq!(j.view.tag.as_deref(), Some("Walk"), "the first spelling");
    assert_eq!(j.entries.len(), 2, "walk and Walk are one tag");
    // The picker opens on the tag shown; its first row shows every entry again.
    p.press(Char('T')).press(Home).press(Enter);
    assert_eq!(p.app.screens.journal.view.tag, None);
    assert_eq!(p.app.screens.journal.entries.len(), 5);
    // Esc closes the picker and keeps the list as it was; letters no tag has pick
    // nothing, and Backspace takes them back.
    p.press(Char('T')).type_text("zz").press(Enter);
    assert!(p.screen(80, 24).contains("No tag has those letters"));
    p.press(Backspace).press(Backspace).press(Esc);
    assert_eq!(p.app.screens.journal.view.tag, None);
    assert!(p.app.screens.journal.picking.is_none());
}

/// After a Daylio import every entry has a few of nine activities, and most of the
/// nine appear only on entries older than the first page: `t` reaches every one.
#[test]
fn t_steps_through_every_tag_in_use_however_old() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.db"), common::clock()).unwrap();
    let nine = [
        "Family",
        "friends",
        "walk",
        "sleep early",
        "gaming",
        "reading",
        "cooking",
        "meeting",
        "Therapy",
    ];
    store
        .write(|w| {
            for i in 0..400u32 {
                let day = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
                    + chrono::Duration::days(i64::from(i));
                // The newest 300 have the first two; the older ones the rest, in turn.
                let tags: Vec<&str> = if i >= 100 {
                    vec![nine[0], nine[1]]
                } else {
                    vec![nine[2 + (i as usize % 7)]]
                };
                w.add_journal(entry(&day.to_string(), &format!("Day {i}"), &tags))?;
            }
            Ok(())
        })
        .unwrap();
    let mut p = Person::at(dir, store);
    p.press(Char('3'));
    let mut seen = Vec::new();
    for _ in 0..nine.len() {
        p.press(Char('t'));
        let j = &p.app.screens.journal;
        let tag = j.view.tag.clone().expect("a tag each time");
        assert!(!j.entries.is_empty(), "{tag} lists its entries");
        seen.push(tag);
    }
    let mut want: Vec<&str> = nine.to_vec();
    want.sort_by_key(|t| t.to_lowercase());
    assert_eq!(seen, want);
    p.press(Char('t'));
    assert_eq!(
        p.app.screens.journal.view.tag, None,
        "after the last, all again"
    );
}

#[test]
fn search_shows_snippets_and_which_hit_of_how_many() {
    let search = |p: &mut Person| {
        p.press(Char('/')).type_text("walk").press(Enter);
    };
    snapshot("journal-search-hits", (80, 24), "walk", search);
    snapshot("journal-search-hits", (120, 40), "walk", |p| {
        search(p);
        p.press(Down);
    });
    let mut p = tagged();
    search(&mut p);
    let j = &p.app.screens.journal;
    assert_eq!((j.entries.len(), j.found), (2, 2));
    assert!(p.screen(80, 24).contains("1 of 2"));
    p.press(Down);
    assert!(p.screen(80, 24).contains("2 of 2"));
}

/// The searched words are marked bold and underlined, which shows without colour.
#[test]
fn matches_are_marked_without_colour_too() {
    let mut p = tagged();
    p.press(Char('/')).type_text("planted").press(Enter);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| tend::tui::view::render(&p.app, f)).unwrap();
    let buf = t.backend().buffer();
    let marked: String = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert_eq!(marked, "Planted", "the snippet's match, and only it");
}
