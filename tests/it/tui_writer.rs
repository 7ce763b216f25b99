//! The journal editor, headless: a long entry wraps at the window's width with every
//! word in sight, Up/Down and PgUp/PgDn go by rows on screen, the title is one
//! Shift-Tab away, `#tags` in the text become the entry's tags, an entry opened again
//! edits its title and tags, and a kept draft brings its fields back.

use crate::common;

use common::person::Person;
use crossterm::event::{KeyCode, KeyModifiers};
use tend::tui::app::App;

use KeyCode::{BackTab, Char, Down, Enter, PageDown, PageUp, Tab, Up};

/// About 400 characters, one `#walk` among them.
const LONG: &str = "Woke early and could not settle, so I put my shoes on and went out \
before the kettle boiled. The streets were empty and the air was cold enough to sting. \
I took the long way round by the river, past the boatyard and the old mill, and by the \
time I turned for home the restless feeling had eased into something quieter. #walk \
Tonight I want to remember that moving helped, and that asking for nothing was fine.";

const TITLE: &str = "Out before the kettle";
const TAGS: &str = "river, Sasha time";

fn save(p: &mut Person) {
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
}

/// The screen's text, its rows joined with spaces (so wrapped words read on).
fn words_on(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A new entry with the long text, a title and typed tags.
fn long_entry(p: &mut Person) {
    p.keys(&[Char('3'), Char('n')]).type_text(LONG);
    p.press(BackTab).type_text(TITLE);
    p.tabs(2).type_text(TAGS);
}

fn snapshot(name: &str, (w, h): (u16, u16), reach: impl Fn(&mut Person)) {
    let mut p = Person::fixture();
    reach(&mut p);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), p.screen(w, h));
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let mut p = Person::fixture();
        reach(&mut p);
        let what = format!("{name} at {w}x{h}");
        // The words typed are the person's own, not yet in the journal.
        let mut own = p.own_words();
        let typed = format!("{LONG} {TITLE} {TAGS}");
        own.extend(
            typed
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 1)
                .map(String::from),
        );
        common::pseudo::assert_translated(&what, &p.screen(w, h), &own);
    });
}

#[test]
fn writer_long_entry_80x24() {
    snapshot("writer_long_entry", (80, 24), long_entry);
}

#[test]
fn writer_long_entry_120x40() {
    snapshot("writer_long_entry", (120, 40), long_entry);
}

#[test]
fn a_long_entry_shows_every_word_wrapped_and_its_hashtag_becomes_a_tag() {
    let mut p = Person::new(false);
    p.press(KeyCode::Esc).keys(&[Char('3'), Char('n')]);
    p.type_text(LONG);
    assert!(LONG.chars().count() >= 400);
    let screen = p.screen(80, 24);
    let shown = words_on(&screen);
    for word in LONG.split_whitespace() {
        assert!(shown.contains(word), "{word:?} is not on screen:\n{screen}");
    }
    assert!(screen.contains("in the text: #walk"), "{screen}");
    save(&mut p);
    let e = &p.store.journal(&Default::default()).unwrap()[0];
    assert_eq!(e.body, LONG);
    assert_eq!(e.tags, ["walk"]);
}

#[test]
fn n_opens_in_the_text_and_the_title_is_one_shift_tab_away() {
    let mut p = Person::new(false);
    p.press(KeyCode::Esc).keys(&[Char('3'), Char('n')]);
    p.type_text("Called Sam. #Sponsor");
    p.press(BackTab).type_text("Evening");
    p.press(Tab).type_text(" Felt better.");
    p.tabs(1).type_text("call, @Sam");
    p.press(Tab).press(KeyCode::Backspace).type_text("8");
    p.press(Tab).press(KeyCode::Right);
    save(&mut p);
    let e = &p.store.journal(&Default::default()).unwrap()[0];
    assert_eq!(e.title.as_deref(), Some("Evening"));
    assert_eq!(e.body, "Called Sam. #Sponsor Felt better.");
    assert_eq!(e.tags, ["call", "Sam", "Sponsor"]);
    assert_eq!(e.mood, Some(8));
    assert_eq!(e.domain.map(|d| d.as_str()), Some("physical"));
}

#[test]
fn up_and_down_move_by_rows_on_screen_and_pages_scroll() {
    let mut p = Person::new(false);
    p.press(KeyCode::Esc).keys(&[Char('3'), Char('n')]);
    let words: Vec<String> = (0..400).map(|i| format!("w{i:03}")).collect();
    p.type_text(&words.join(" "));
    // The cursor's row is in sight at the end of a long entry.
    let screen = p.screen(80, 24);
    assert!(screen.contains("w399"), "{screen}");
    assert!(!screen.contains("w000"), "the start has scrolled away");
    // Up goes one row up on screen (not to the line above, there is none).
    p.press(Up).type_text("^");
    p.press(PageUp).press(PageUp).press(PageUp).press(PageUp);
    let screen = p.screen(80, 24);
    assert!(screen.contains("w000"), "{screen}");
    p.press(PageDown);
    save(&mut p);
    let body = &p.store.journal(&Default::default()).unwrap()[0].body;
    let (head, _) = body.split_once('^').expect("typed after Up");
    let tail = body.chars().count() - head.chars().count();
    assert!(
        (60..=90).contains(&tail),
        "a row of ~77 columns back: {tail}"
    );
    // Down from the first row lands one row further, in the same line.
    let mut q = Person::new(false);
    q.press(KeyCode::Esc).keys(&[Char('3'), Char('n')]);
    q.type_text(&words.join(" "));
    q.press_mod(KeyCode::Home, KeyModifiers::CONTROL);
    q.press(Down).type_text("^");
    save(&mut q);
    let body = &q.store.journal(&Default::default()).unwrap()[0].body;
    let before = body.split_once('^').unwrap().0.chars().count();
    assert!((60..=80).contains(&before), "{before}");
}

#[test]
fn an_entry_opened_again_edits_its_title_and_tags() {
    let mut p = Person::fixture();
    p.keys(&[Char('3'), Down, Enter, Enter]);
    let screen = p.screen(80, 24);
    assert!(screen.contains("A hard evening"), "{screen}");
    assert!(screen.contains("called, payday"), "{screen}");
    p.press(BackTab);
    for _ in 0.."A hard evening".len() {
        p.press(KeyCode::Backspace);
    }
    p.type_text("Payday, handled");
    p.tabs(2).press(KeyCode::End);
    for _ in 0.."called, payday".len() {
        p.press(KeyCode::Backspace);
    }
    p.type_text("Payday");
    save(&mut p);
    let e = p.store.journal_entry(2).unwrap();
    assert_eq!(e.title.as_deref(), Some("Payday, handled"));
    assert_eq!(e.tags, ["Payday"]);
}

#[test]
fn a_kept_draft_brings_back_its_title_tags_and_mood() {
    let mut p = Person::fixture();
    p.keys(&[Char('3'), Char('n')]);
    p.type_text("Half a thought");
    p.press(BackTab).type_text("Later");
    p.tabs(2).type_text("rest");
    p.press(Tab)
        .press(KeyCode::Backspace)
        .press(KeyCode::Backspace);
    p.type_text("5");
    p.app.keep_drafts(&p.store).unwrap();
    let today = p.store.today().unwrap();
    p.app = App::new(&p.store, today).unwrap();
    let screen = p.screen(80, 24);
    for shown in ["Half a thought", "Later", "rest", "are back"] {
        assert!(screen.contains(shown), "{shown:?}:\n{screen}");
    }
    save(&mut p);
    let e = &p.store.journal(&Default::default()).unwrap()[0];
    assert_eq!(
        (e.title.as_deref(), e.tags.clone(), e.mood),
        (Some("Later"), vec!["rest".to_string()], Some(5))
    );
    assert!(
        p.store
            .draft(tend::store::drafts::JOURNAL)
            .unwrap()
            .is_none()
    );
    // Leaving an entry opened and left untouched asks nothing.
    p.keys(&[Enter, Enter]).press(KeyCode::Esc);
    assert!(p.app.top().is_none(), "closed without a question");
}

#[test]
fn filtering_by_a_tag_finds_it_in_any_case() {
    let p = Person::fixture();
    for tag in ["WALK", "walk", "Walk"] {
        let f = tend::store::JournalFilter {
            tag: Some(tag.into()),
            ..Default::default()
        };
        assert_eq!(p.store.journal(&f).unwrap().len(), 1, "{tag}");
    }
    // Beyond ASCII too, and one spelling per entry whatever the case.
    let draft = tend::domain::JournalDraft {
        at: p.store.clock().now(),
        title: None,
        body: "Zu viel #Ärger heute, #ärger wieder.".into(),
        mood: None,
        domain: None,
        tags: vec!["ÄRGER".into()],
    };
    let e = p.store.write(|w| w.add_journal(draft)).unwrap();
    assert_eq!(e.tags, ["ÄRGER"]);
    let f = tend::store::JournalFilter {
        tag: Some("ärger".into()),
        ..Default::default()
    };
    assert_eq!(p.store.journal(&f).unwrap().len(), 1);
}
