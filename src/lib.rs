//! tend: a private, offline recovery journal and goal tracker for the terminal.
//!
//! The binary in main.rs only parses and reports; `docs/ARCHITECTURE.md` draws the
//! layers, how a key press and a sync travel through them, and where each kind of rule
//! lives. Each module below says in a line what it is for.

#[macro_use]
/// Every word a person reads: the message catalog, `t!`, the language in effect.
pub mod catalog;
/// The command line: a clap tree, one module per command, each with its `run`.
pub mod cli;
/// The injected clock: the system's, or `TEND_NOW` in tests.
pub mod clock;
/// A deterministic made-up history for trying tend, tests and benchmarks.
pub mod demo;
/// Pure types and rules of recovery: no IO, no clock, no SQL.
pub mod domain;
/// The person's own editor on a private temp file.
pub mod editor;
/// The one error type, exit statuses, and the one way to stderr.
pub mod error;
/// Writing files the person asked for: private, whole before named, never over
/// anything but a regular file.
pub mod files;
/// Other apps' files (Daylio, jrnl, Day One): detection and pure parsers.
pub mod import;
/// One import from a file, end to end, for `tend import` and the app's import form.
pub mod import_file;
/// Where the journal, settings, backups and exports live.
pub mod paths;
/// The counselor summary: a model built once from the store, rendered as HTML,
/// Markdown or CSV.
pub mod report;
/// Stored text made safe for a terminal.
pub mod safe_text;
/// Passphrases: read safely, never printed, wiped when dropped.
pub mod secret;
/// The settings file, read key by key.
pub mod settings;
/// Stop signals noted, acted on in the app's and the editor's own time.
pub mod signals;
/// The SQLite file: open, refuse, migrate, one module per aggregate, every write one
/// transaction; the only place SQL runs.
pub mod store;
/// Sync's folder: layout, segment files, sealing, and the run of one sync.
pub mod sync;
/// The full-screen app: event loop, keymap, app state and `update`, screens, drawing.
pub mod tui;

#[cfg(test)]
mod tests {
    //! The map stays true: docs/ARCHITECTURE.md and this file name every top-level
    //! module, and no top-level module uses one that uses it.

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    fn src() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
    }

    /// Every top-level module: each `src/*.rs` but lib.rs and main.rs, and each folder.
    fn top_level() -> BTreeSet<String> {
        std::fs::read_dir(src())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter_map(|p| {
                let name = p.file_stem()?.to_str()?.to_string();
                let module = p.is_dir() || p.extension().is_some_and(|e| e == "rs");
                (module && name != "lib" && name != "main").then_some(name)
            })
            .collect()
    }

    /// The source files of `module`, without its test files.
    fn files_of(module: &str) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut todo = vec![src().join(format!("{module}.rs")), src().join(module)];
        while let Some(p) = todo.pop() {
            if p.is_dir() {
                todo.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            } else if p.is_file() {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                if name.ends_with(".rs") && name != "tests.rs" && !name.ends_with("_tests.rs") {
                    out.push(p);
                }
            }
        }
        out
    }

    /// The top-level modules `module` names as `crate::…` outside comments and its
    /// `#[cfg(test)] mod tests { … }` (which, in this code base, ends each file).
    fn uses(module: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for file in files_of(module) {
            let text = std::fs::read_to_string(&file).unwrap();
            let code = text
                .split("#[cfg(test)]\nmod tests {")
                .next()
                .unwrap_or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for (i, _) in line.match_indices("crate::") {
                    let rest = line.get(i + "crate::".len()..).unwrap_or_default();
                    let names: Vec<&str> = match rest.strip_prefix('{') {
                        Some(group) => group.split(['}', ',']).map(str::trim).collect(),
                        None => vec![rest],
                    };
                    for n in names {
                        let n: String = n
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if !n.is_empty() && n != module {
                            out.insert(n);
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn the_map_and_this_file_name_every_top_level_module() {
        let map = std::fs::read_to_string(src().join("../docs/ARCHITECTURE.md")).unwrap();
        let lib = include_str!("lib.rs");
        for m in top_level() {
            assert!(
                map.contains(&format!("| `{m}` |")),
                "docs/ARCHITECTURE.md has no line for the module `{m}`"
            );
            let declared = format!("\npub mod {m};");
            let at = lib
                .find(&declared)
                .unwrap_or_else(|| panic!("lib.rs lacks `{m}`"));
            let before = lib.get(..at).unwrap_or_default();
            assert!(
                before.lines().last().is_some_and(|l| l.starts_with("///")),
                "lib.rs: `pub mod {m};` has no line saying what it is for"
            );
        }
    }

    /// The rows of the diagram in docs/ARCHITECTURE.md, top first: the module names
    /// each line of its first code block starts with.
    fn rows(map: &str, modules: &BTreeSet<String>) -> Vec<Vec<String>> {
        let diagram = map.split("```").nth(1).unwrap_or_default();
        diagram
            .lines()
            .map(|l| {
                l.split_whitespace()
                    .take_while(|w| modules.contains(*w))
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .filter(|row| !row.is_empty())
            .collect()
    }

    /// Every module is in one row of the map's diagram, and uses only modules in rows
    /// below its own: so the modules' graph has no cycles, and the map says so truly.
    #[test]
    fn the_modules_depend_downward_only() {
        let modules = top_level();
        let map = std::fs::read_to_string(src().join("../docs/ARCHITECTURE.md")).unwrap();
        let rows = rows(&map, &modules);
        let row_of: BTreeMap<&str, usize> = rows
            .iter()
            .enumerate()
            .flat_map(|(i, row)| row.iter().map(move |m| (m.as_str(), i)))
            .collect();
        assert_eq!(
            row_of.len(),
            rows.iter().map(Vec::len).sum::<usize>(),
            "a module stands in two rows of the diagram: {rows:?}"
        );
        for m in &modules {
            let Some(&at) = row_of.get(m.as_str()) else {
                panic!("the diagram in docs/ARCHITECTURE.md has no row for `{m}`");
            };
            for d in uses(m).iter().filter(|d| modules.contains(*d)) {
                assert!(
                    row_of[d.as_str()] > at,
                    "`{m}` uses `{d}`, which the diagram does not draw below it"
                );
            }
        }
        assert!(uses("store").contains("import") && uses("tui").contains("store"));
    }
}
