//! A person at the keyboard of the headless TUI: keys go through the keymap, then
//! `update`, on a temp journal (empty, the small fixed fixture, or demo data) at a
//! fixed moment.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use std::sync::OnceLock;
use tend::domain::GoalKind;
use tend::store::Store;
use tend::tui::app::{App, update};
use tend::tui::overlay::Overlay;
use tend::tui::view;

use super::clock;

/// A year of demo data (seed 7) in `dir`: a copy of the journal `demo` made once.
pub fn demo_store(dir: &tempfile::TempDir) -> Store {
    static DEMO: OnceLock<Vec<u8>> = OnceLock::new();
    copy_of(&DEMO, dir, |store| {
        let today = store.today().unwrap();
        tend::demo::generate(store, today, 1, 7, Some(40)).unwrap();
    })
}

/// The journal `make` writes into a new journal, as `t.db` in `dir`. It is made once in
/// this test process and each caller gets a copy of the file: the same journal made
/// anew, without the time of making it (the demo's year, every screen state's
/// fixture).
fn copy_of(made: &'static OnceLock<Vec<u8>>, dir: &tempfile::TempDir, make: fn(&Store)) -> Store {
    let bytes = made.get_or_init(|| {
        let first = tempfile::tempdir().unwrap();
        let path = first.path().join("t.db");
        // The store closes at the end of the statement: its -wal is folded into the file.
        make(&Store::open(&path, clock()).unwrap());
        std::fs::read(&path).unwrap()
    });
    let path = dir.path().join("t.db");
    std::fs::write(&path, bytes).unwrap();
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    Store::open(&path, clock()).unwrap()
}

pub fn draw(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(app, f)).unwrap();
    format!("{}", t.backend())
}

/// A person at the keyboard: keys go through the keymap, then `update`.
pub struct Person {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub app: App,
}

impl Person {
    /// An empty journal (`demo`: false) or a year of demo data.
    pub fn new(demo: bool) -> Person {
        let dir = tempfile::tempdir().unwrap();
        let store = if demo {
            demo_store(&dir)
        } else {
            Store::open(&dir.path().join("t.db"), clock()).unwrap()
        };
        Person::at(dir, store)
    }

    /// The small fixed journal of `fixture`, which the screen snapshots show.
    pub fn fixture() -> Person {
        static FIXTURE: OnceLock<Vec<u8>> = OnceLock::new();
        let dir = tempfile::tempdir().unwrap();
        let store = copy_of(&FIXTURE, &dir, super::fixture::write);
        Person::at(dir, store)
    }

    /// The app opened on `store` today.
    pub fn at(dir: tempfile::TempDir, store: Store) -> Person {
        let mut app = App::new(&store, store.today().unwrap()).unwrap();
        // Where `tend paths` would put summaries, the same on every run (snapshots).
        app.cx.prefs.exports = Some("/home/alex/.local/share/tend/exports".into());
        Person {
            _dir: dir,
            store,
            app,
        }
    }

    pub fn press(&mut self, code: KeyCode) -> &mut Self {
        self.press_mod(code, KeyModifiers::NONE)
    }

    pub fn press_mod(&mut self, code: KeyCode, m: KeyModifiers) -> &mut Self {
        let action = self
            .app
            .action_for(KeyEvent::new(code, m))
            .unwrap_or_else(|| panic!("{code:?} is not bound here"));
        let today = self.store.today().unwrap();
        update(&mut self.app, action, &self.store, today).unwrap();
        self
    }

    pub fn keys(&mut self, codes: &[KeyCode]) -> &mut Self {
        for c in codes {
            self.press(*c);
        }
        self
    }

    pub fn type_text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            self.press(KeyCode::Char(c));
        }
        self
    }

    pub fn tabs(&mut self, n: usize) -> &mut Self {
        for _ in 0..n {
            self.press(KeyCode::Tab);
        }
        self
    }

    pub fn screen(&self, w: u16, h: u16) -> String {
        draw(&self.app, w, h)
    }

    /// The person's own words in the journal (which stay in every language).
    pub fn own_words(&self) -> std::collections::BTreeSet<String> {
        super::pseudo::own_words(&self._dir.path().join("t.db"))
    }

    pub fn message(&self) -> Option<&str> {
        self.app.cx.message.as_deref()
    }

    pub fn crisis(&self) -> bool {
        matches!(self.app.top(), Some(Overlay::Crisis(_)))
    }

    pub fn taking(&self) -> bool {
        matches!(self.app.top(), Some(Overlay::SelfCheck(_)))
    }

    /// The summary the open export form would write, as its preview shows it.
    pub fn export_preview(&self) -> &str {
        match self.app.top() {
            Some(Overlay::Form(v)) => v.form.preview().expect("the export form"),
            _ => &self.app.screens.export.preview.text,
        }
    }
}

/// A habit goal three times a week, for tests that need one.
pub fn habit(title: &str) -> tend::domain::GoalDraft {
    tend::domain::GoalDraft {
        title: title.into(),
        domain: tend::domain::LifeDomain::Physical,
        why: None,
        kind: GoalKind::Habit,
        per_week: Some(3),
        target_date: None,
        steps: vec![],
    }
}
