//! tend in Spanish on screen: every screen and view of `tui_pseudo`'s table as a
//! snapshot in es-ES at 80×24 and 120×40 (the fixture journal at its fixed `today`),
//! every state of every table swept at 80×24 for words cut mid-word in Spanish, the
//! crisis view's built-in lines ordered by the region, the decimal mark by region, and
//! the export form's language choice writing the summary in the other language.

use crate::common;
use crate::tui_pseudo::{Look, every_state, screens};
use crate::tui_sweep::Sweep;

use common::person::Person;
use crossterm::event::KeyCode::{Char, Enter, Esc, Right};
use std::collections::{BTreeMap, BTreeSet};
use tend::catalog::{Language, Region, in_language};
use tend::tui::overlay::Overlay;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const SPAIN: Language = Language::Spanish(Region::Spain);

/// The journals the tables start from, made in English before any test here draws in
/// Spanish: each is made once in this process and shared.
fn made_in_english() {
    in_language(Language::English, || {
        Person::fixture();
    });
}

/// Each state's drawing at both sizes, by a name made of the state's.
#[derive(Default)]
struct Drawings(BTreeMap<String, String>, Vec<String>);

impl Look for Drawings {
    fn look(&mut self, p: &Person, what: &str, _own: &BTreeSet<String>) {
        let name: String = what
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        for (w, h) in SIZES {
            let key = format!("es_{name}_{w}x{h}");
            let before = self.0.insert(key.clone(), p.screen(w, h));
            assert!(before.is_none(), "two states named {key}");
        }
    }

    fn failed(&mut self, what: &str, why: &str) {
        self.1.push(format!("{what}: {why}"));
    }
}

#[test]
fn every_screen_in_spanish_at_80x24_and_120x40() {
    made_in_english();
    let mut drawn = Drawings::default();
    in_language(SPAIN, || screens(&mut drawn));
    assert!(drawn.1.is_empty(), "{:?}", drawn.1);
    assert!(drawn.0.len() > 100, "{} drawings", drawn.0.len());
    // Every snapshot is compared, then every mismatch named (not only the first).
    let mut differ = Vec::new();
    for (name, screen) in &drawn.0 {
        let same = std::panic::catch_unwind(|| insta::assert_snapshot!(name.as_str(), screen));
        if same.is_err() {
            differ.push(name.clone());
        }
    }
    assert!(
        differ.is_empty(),
        "{} snapshots differ: {differ:?}",
        differ.len()
    );
}

#[test]
fn nothing_is_cut_mid_word_at_80x24_in_spanish() {
    made_in_english();
    let mut sweep = Sweep::new("es-ES");
    in_language(SPAIN, || every_state(&mut sweep));
    sweep.assert_none("the app in Spanish");
}

/// The crisis view under `settings`, in `language`, at 80×24.
fn crisis_view(language: Language, settings: &str) -> String {
    made_in_english();
    in_language(language, || {
        let mut p = Person::new(false);
        let loaded = tend::settings::parse(std::path::Path::new("/c/config.toml"), settings);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        p.app.apply(&loaded.settings);
        p.press(Esc).press(Char('!'));
        p.screen(80, 24)
    })
}

#[test]
fn the_regions_crisis_line_comes_first_below_the_persons_own() {
    let own = "[show]\ncrisis_lines = [\"Mi enfermera: 555 0100\"]\n";
    for (tag, language, first, then) in [
        (
            "es-MX",
            Language::Spanish(Region::Mexico),
            "800 911 2000",
            "988",
        ),
        ("es-ES", SPAIN, "024", "988"),
        (
            "es-US",
            Language::Spanish(Region::UnitedStates),
            "988",
            "116 123",
        ),
    ] {
        let screen = crisis_view(language, &format!("language = \"{tag}\"\n{own}"));
        insta::assert_snapshot!(format!("es_crisis_{tag}_80x24"), screen);
        let at = |needle: &str| {
            screen
                .find(needle)
                .unwrap_or_else(|| panic!("{tag}: {needle:?} missing:\n{screen}"))
        };
        assert!(
            at("Mi enfermera: 555 0100") < at(first),
            "{tag}: own first\n{screen}"
        );
        assert!(at(first) < at(then), "{tag}: {first} first\n{screen}");
        for other in ["800 911 2000", "024", "988", "116 123", "13 11 14", "1737"] {
            at(other);
        }
    }
    // 988's Spanish option is said wherever the line is.
    let us = crisis_view(
        Language::Spanish(Region::UnitedStates),
        "language = \"es-US\"\n",
    );
    assert!(us.contains("español"), "{us}");
}

#[test]
fn the_decimal_mark_on_screen_follows_the_region() {
    made_in_english();
    let domains = |language| {
        in_language(language, || {
            let mut p = Person::fixture();
            p.press(Char('4'));
            p.screen(80, 24)
        })
    };
    let spain = domains(SPAIN);
    let mexico = domains(Language::Spanish(Region::Mexico));
    assert!(spain.contains("6,1"), "{spain}");
    assert!(!spain.contains("6.1"), "{spain}");
    assert!(mexico.contains("6.1"), "{mexico}");
    assert!(!mexico.contains("6,1"), "{mexico}");
}

#[test]
fn the_export_forms_language_choice_writes_the_summary_in_the_other_language() {
    made_in_english();
    let title = |language| in_language(language, || tend::catalog::text("summary-title", None));
    let (english, spanish) = (title(Language::English), title(SPAIN));
    for (app, other, before, after) in [
        (Language::English, "español", &english, &spanish),
        (SPAIN, "English", &spanish, &english),
    ] {
        in_language(app, || {
            let mut p = Person::fixture();
            p.keys(&[Char('8'), Enter]);
            assert!(p.export_preview().contains(before.as_str()));
            p.tabs(13);
            let Some(Overlay::Form(v)) = p.app.top() else {
                panic!("the export form")
            };
            assert_eq!(v.focus, 13, "the language field");
            p.press(Right);
            let preview = p.export_preview();
            assert!(preview.contains(after.as_str()), "{preview}");
            assert!(!preview.contains(before.as_str()), "{preview}");
            assert!(p.screen(120, 40).contains(other), "{app:?}");
        });
    }
}
