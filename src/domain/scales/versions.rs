//! A scale's published versions in other languages (`assets/scales/es/`): shown only
//! word for word as published, in the region they were published for. A scale with no
//! such version stays in English, with one line saying why; tend never translates a
//! clinical instrument itself. Scoring and bands are always the English file's.

use super::{Answer, Item, Scale};
use crate::catalog::{Language, Region};
use serde::Deserialize;
use std::sync::OnceLock;

/// The versions tend carries, each with the language it was published in.
const SOURCES: [&str; 1] = [include_str!("../../../assets/scales/es/phq9-us.toml")];

/// One published version: its words only.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// The scale it is a version of ("PHQ-9").
    pub name: String,
    /// The language and region it was published for ("es-US").
    pub language: String,
    pub title: String,
    pub question: String,
    pub attribution: String,
    pub answers: Vec<Answer>,
    pub items: Vec<String>,
}

/// Every version, each made into a whole scale: the English one's numbers with the
/// version's words.
fn all() -> &'static [(Language, Scale)] {
    static ALL: OnceLock<Vec<(Language, Scale)>> = OnceLock::new();
    ALL.get_or_init(|| {
        SOURCES
            .iter()
            .map(|s| {
                let v: Version = toml::from_str(s).expect("assets/scales are checked by tests");
                let english = super::find(&v.name).expect("a version of a scale tend has");
                let language = Language::from_tag(&v.language).expect("a language tend has");
                (language, worded(english, v))
            })
            .collect()
    })
}

/// `english` with `v`'s words: its title, question, attribution, answers and items.
fn worded(english: &Scale, v: Version) -> Scale {
    let mut s = english.clone();
    s.title = v.title;
    s.question = v.question;
    s.attribution = v.attribution;
    s.answers = v.answers;
    s.items = v
        .items
        .into_iter()
        .map(|text| Item {
            text,
            answers: None,
        })
        .collect();
    s
}

/// The version of `scale` for `language`: the one published for its region, or
/// `None` when there is none tend can cite word for word.
pub fn version(scale: &Scale, language: Language) -> Option<&'static Scale> {
    all()
        .iter()
        .find(|(l, s)| *l == language && s.name == scale.name)
        .map(|(_, s)| s)
}

/// Whether `language` is Spanish of a region that may have a version.
pub fn spanish(language: Language) -> Option<Region> {
    match language {
        Language::Spanish(r) => Some(r),
        _ => None,
    }
}

/// Every version's words, for the tests that hold them to their English scale.
#[cfg(test)]
pub fn sources() -> impl Iterator<Item = Version> {
    SOURCES
        .iter()
        .map(|s| toml::from_str(s).expect("assets/scales are checked by tests"))
}
