//! The pseudo-locale check: text drawn or printed in `en-XA` (every catalog word
//! accented, so an English word that skipped the catalog stands out as plain ASCII)
//! holds no plain-ASCII word but the person's own words and what stays by design.

use std::collections::BTreeSet;
use std::path::Path;

/// What stays in every language by design: key names, the names of scales and
/// programmes, product and file-format names, units and codes.
#[rustfmt::skip]
pub const STAYS: &[&str] = &[
    // Keys, as the keymap names them.
    "Enter", "Esc", "Tab", "BackTab", "Shift", "Ctrl", "Alt", "PgUp", "PgDn", "Home", "End",
    "Space", "Backspace", "Del", "Delete", "Insert", "Up", "Down", "Left", "Right",
    // The app, formats, and names from the environment.
    "tend", "TOML", "JSON", "CSV", "HTML", "PDF", "SQLite", "SQLCipher", "UTF", "ISO",
    "EDITOR", "VISUAL", "LANG", "Daylio", "jrnl", "Day", "One",
    // Values the command line and the date fields take as typed.
    "today", "yesterday",
    "YYYY", "MM", "DD", "HH",
    // Clinical scales and the programmes they come from (no validated translation here).
    "PHQ", "GAD", "WHO", "BARC", "AUDIT", "DAST", "PACS", "PCL", "BAM", "TLFB", "SAMHSA",
    // The public-health bodies the crisis view's safety page cites.
    "CDC", "NHS", "NIAAA",
];

/// The person's own words in the journal at `db`: every free-text column of every
/// record and the profile, which stay as typed in every language.
pub fn own_words(db: &Path) -> BTreeSet<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut words = BTreeSet::new();
    let mut tables: Vec<(&str, Vec<&str>)> = tend::store::schema::RECORDS
        .iter()
        .map(|r| (r.table, tend::store::schema::text_columns(r.table)))
        .collect();
    tables.push(("profile", vec!["display_name"]));
    for (table, columns) in tables {
        for column in columns {
            let sql = format!("SELECT {column} FROM {table} WHERE {column} IS NOT NULL");
            let Ok(mut st) = c.prepare(&sql) else {
                continue;
            };
            let rows = st.query_map([], |r| r.get::<_, String>(0)).unwrap();
            for text in rows.flatten() {
                words.extend(ascii_words(&text));
            }
        }
    }
    words
}

/// The runs of two or more ASCII letters in `text`.
fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
        .collect()
}

/// Whether a whitespace-separated token is an address, a command or a flag: these stay
/// as they are in every language.
fn stays_whole(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '/');
    let quoted = token.trim_start_matches(['\'', '"', '(', '[']);
    // A value's name in the command line's help and refusals: `<DATE>`, `<1-10>`.
    let value_name = token.trim_matches(['\'', '"', ':', ',', ')']);
    token.contains("://")
        || quoted.starts_with("--")
        || (value_name.starts_with('<') && value_name.ends_with('>'))
        || t.contains('/')
        || [
            ".com", ".org", ".net", ".uk", ".au", ".nz", ".ca", ".gov", ".ftl", ".toml", ".db",
        ]
        .iter()
        .any(|d| t.contains(d))
}

/// The published texts of the self-check scales (items, answers, bands, titles), which
/// stay as published until a validated translation exists.
fn scale_texts() -> Vec<String> {
    let mut out = Vec::new();
    for s in tend::domain::scales::all() {
        out.extend([&s.name, &s.title, &s.about, &s.question, &s.attribution].map(Clone::clone));
        out.extend(s.answers.iter().map(|a| a.1.clone()));
        for item in &s.items {
            out.push(item.text.clone());
            out.extend(item.answers.iter().flatten().map(|a| a.1.clone()));
        }
        for b in &s.bands {
            out.push(b.label.clone());
            out.extend(b.note.clone());
        }
    }
    out
}

/// Whether `part` (a stretch of a line between wide gaps) is a piece of a published
/// scale text, as a screen wraps it.
fn from_a_scale(part: &str, scales: &[String]) -> bool {
    let part = part.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    part.len() >= 3 && scales.iter().any(|s| s.contains(part))
}

/// The lines of `text` holding a plain-ASCII English word that is neither the person's
/// own (`own`), nor in `STAYS`, nor a piece of a published scale text, with the words.
/// Text between backticks is a command and stays.
pub fn english_left(text: &str, own: &BTreeSet<String>) -> Vec<String> {
    let scales = scale_texts();
    let mut out = Vec::new();
    for line in text.lines() {
        // Markdown's escapes (`\(`) are not part of the words.
        let unescaped = line.replace('\\', "");
        let parts = unescaped
            .split('`')
            .step_by(2)
            .flat_map(|p| p.split(|c: char| "│┌┐└┘─›•·|".contains(c)))
            .flat_map(|p| p.split("  "))
            .filter(|p| !from_a_scale(p, &scales));
        let left: Vec<String> = parts
            .flat_map(str::split_whitespace)
            .filter(|token| !stays_whole(token))
            .flat_map(|token| {
                let mut words = ascii_words(token);
                // A person's word cut short to fit ("walki…") is still theirs.
                if token.ends_with('…')
                    && let Some(last) = words.last()
                    && own.iter().any(|o| o.starts_with(last.as_str()))
                {
                    words.pop();
                }
                words
            })
            .filter(|w| !own.contains(w) && !STAYS.contains(&w.as_str()))
            .collect();
        if !left.is_empty() {
            out.push(format!("{}    ← {}", line.trim_end(), left.join(" ")));
        }
    }
    out
}

/// Fails, naming `what` and each line, when `text` shows English left untranslated.
pub fn assert_translated(what: &str, text: &str, own: &BTreeSet<String>) {
    let left = english_left(text, own);
    assert!(
        left.is_empty(),
        "{what} in the pseudo-locale shows English that skipped the catalog:\n{}\n\n{text}",
        left.join("\n")
    );
}
