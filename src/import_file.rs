//! One import from a file, end to end, as `tend import` and the app's import form both
//! make it: read the file, tell what made it, parse it (with `import`'s parsers), then
//! write it in one transaction (or rehearse it, for a dry run or the form's preview)
//! and say what happened in words. The words are the same in both places.

use crate::domain::one_line;
use crate::error::{Error, Result};
use crate::import::{MAX_TEXT, MAX_ZIP, Options, Parsed, Source};
use crate::store::{Imported, Merged, Store, Tally};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What to import and how.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The file (a jrnl folder journal: its folder).
    pub file: PathBuf,
    /// What made it; told from the content when `None`.
    pub from: Option<Source>,
    /// Daylio mood labels of the person's own: "label=N" (or several, comma-separated).
    pub mood_map: Vec<String>,
    /// Import the readable rows of a file with bad lines.
    pub skip_bad: bool,
}

/// A file read whole (or a folder named), and what made it.
pub struct Read {
    pub source: Source,
    /// The file's text (empty for a zip or a folder).
    pub text: String,
    bytes: Option<Vec<u8>>,
    zipped: bool,
}

/// Asks the person for numbers for unknown Daylio mood labels (the CLI on a terminal).
pub type AskMoods<'a> = &'a dyn Fn(&str, Options, &[String]) -> Result<Parsed>;

/// What an import did (or would do), in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// The whole report, as `tend import` prints it.
    pub text: String,
    /// One line of it, for the app's status line.
    pub status_line: String,
}

/// What made the file: the one named, checked against the content, or the content's.
fn source_of(file: &Path, from: Option<Source>, bytes: Option<&[u8]>) -> Result<Source> {
    let seen = match bytes {
        Some(b) => crate::import::detect(b),
        None => Some(Source::Jrnl),
    };
    match (from, seen) {
        (Some(g), Some(s)) if g != s => Err(Error::invalid(
            "from",
            format!(
                "{} looks like {}, not {}: use --from {}",
                file.display(),
                s.label(),
                g.label(),
                s.as_str()
            ),
        )),
        (Some(g), _) => Ok(g),
        (None, Some(s)) => Ok(s),
        (None, None) => Err(Error::invalid(
            "from",
            format!(
                "cannot tell what made {}; give --from {}",
                file.display(),
                Source::NAMES
            ),
        )),
    }
}

/// Reads the file (or notes the folder) and tells what made it. The file is opened
/// once, non-blocking (a named pipe or a device never makes tend wait), checked on the
/// open file to be a regular file (or a folder) of at most `MAX_ZIP` or `MAX_TEXT`
/// bytes, and read no further than that.
pub fn read(file: &Path, from: Option<Source>) -> Result<Read> {
    use crate::files::NotRead;
    use std::io::{Read as _, Seek as _};
    let refuse = |why: String| Error::invalid("file", format!("{} {why}", file.display()));
    let cannot = |e: std::io::Error| refuse(format!("cannot be read ({e})"));
    let (mut f, st) = crate::files::open_at(rustix::fs::CWD, file, true).map_err(|e| match e {
        NotRead::Missing => Error::invalid(
            "file",
            format!(
                "cannot read {} (there is no such file or folder)",
                file.display()
            ),
        ),
        e => refuse(e.to_string()),
    })?;
    let folder = rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory;
    if !folder && !crate::files::is_regular(&st) {
        // A device or a pipe: reading it could never end.
        return Err(refuse(format!(
            "is {}, not a file or a folder",
            crate::files::describe_mode(st.st_mode)
        )));
    }
    let bytes = if folder {
        None
    } else {
        let mut head = [0u8; 4];
        let got = f.read(&mut head).map_err(cannot)?;
        let cap = if head[..got] == *b"PK\x03\x04" {
            MAX_ZIP
        } else {
            MAX_TEXT
        };
        let size = u64::try_from(st.st_size).unwrap_or(u64::MAX);
        let too_large = |n: u64| {
            refuse(format!(
                "is too large to import ({n} bytes; tend imports files of up to {} MiB{})",
                cap >> 20,
                if cap == MAX_ZIP {
                    "; unzip it and import its Journal.json"
                } else {
                    ""
                }
            ))
        };
        if size > cap {
            return Err(too_large(size));
        }
        f.rewind().map_err(cannot)?;
        Some(crate::files::read_capped(f, cap).map_err(|e| match e {
            NotRead::TooLarge(n, _) => too_large(n),
            e => refuse(e.to_string()),
        })?)
    };
    let source = source_of(file, from, bytes.as_deref())?;
    let zipped = bytes
        .as_deref()
        .is_some_and(|b| b.starts_with(b"PK\x03\x04"));
    let text = match &bytes {
        _ if zipped => String::new(),
        Some(b) => String::from_utf8(b.clone())
            .map_err(|_| Error::invalid("file", format!("{} is not UTF-8 text", file.display())))?,
        None => String::new(),
    };
    Ok(Read {
        source,
        text,
        bytes,
        zipped,
    })
}

/// Parses another app's file (not tend's own).
fn parse(r: &Read, file: &Path, opts: &Options) -> Result<Parsed> {
    Ok(match r.source {
        Source::Daylio => crate::import::parse_daylio(&r.text, opts)?,
        Source::DayOne if r.zipped => {
            crate::import::parse_dayone_zip(r.bytes.as_deref().unwrap_or_default(), opts)?
        }
        Source::DayOne => crate::import::parse_dayone(&r.text, opts)?,
        _ if r.bytes.is_none() => crate::import::parse_jrnl_folder(file, opts)?,
        _ if r.text.trim_start().starts_with('{') => crate::import::parse_jrnl(&r.text, opts)?,
        _ => crate::import::parse_jrnl_text(&r.text, opts)?,
    })
}

/// The whole import: read, parse, then write in one transaction, or rehearse it when
/// `dry` (exact counts, nothing written). `ask` maps unknown Daylio moods.
pub fn run(store: &Store, req: &Request, dry: bool, ask: Option<AskMoods>) -> Result<ImportReport> {
    let r = read(&req.file, req.from)?;
    if r.source == Source::Tend {
        return tend_file(store, &req.file, &r.text, dry);
    }
    let opts = Options {
        clock: store.clock(),
        today: store.today()?,
        moods: crate::import::mood_map(&req.mood_map)?,
    };
    let parsed = match ask {
        Some(ask) if r.source == Source::Daylio => ask(&r.text, opts, &req.mood_map)?,
        _ => parse(&r, &req.file, &opts)?,
    };
    parsed.check(req.skip_bad)?;
    let name = r.source.as_str();
    let write = |w: &crate::store::Tx| w.import_rows(name, &parsed.rows, &parsed.day_moods);
    let done = if dry {
        store.rehearse(write)?
    } else {
        store.write(write)?
    };
    Ok(ImportReport {
        text: report(&req.file, r.source, &parsed, &done, dry),
        status_line: short(&req.file, &parsed, &done),
    })
}

/// A tend data file: merged by uid (see `store::transfer`).
fn tend_file(store: &Store, file: &Path, text: &str, dry: bool) -> Result<ImportReport> {
    let doc: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            &format!("line {}", e.line()),
            format!("not valid JSON ({e})"),
        )
    })?;
    let m: Merged = if dry {
        store.rehearse(|w| w.import_data(&doc))?
    } else {
        store.write(|w| w.import_data(&doc))?
    };
    let aside = match m.kept_aside {
        0 => String::new(),
        1 => {
            "; 1 text changed both here and in the file kept aside (`tend sync conflicts` lists it)"
                .into()
        }
        n => format!(
            "; {n} texts changed both here and in the file kept aside (`tend sync conflicts` lists them)"
        ),
    };
    let line = format!(
        "{} {}: {} added, {} updated, {} already the same, {} kept as changed here since, {} left deleted{aside}.",
        if dry {
            "Dry run, nothing written; importing"
        } else {
            "Imported"
        },
        file.display(),
        m.added,
        m.updated,
        m.unchanged,
        m.kept_newer,
        m.skipped_deleted
    );
    Ok(ImportReport {
        text: format!("{line}\n"),
        status_line: line,
    })
}

fn tally(t: &Tally) -> String {
    format!(
        "{} added, {} updated, {} unchanged, {} kept as edited, {} left deleted",
        t.added, t.updated, t.unchanged, t.kept_as_edited, t.skipped_as_deleted
    )
}

/// One line for the status line: what the import did, leaving out what it didn't.
fn short(file: &Path, p: &Parsed, done: &Imported) -> String {
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let e = &done.entries;
    let parts: Vec<String> = [
        (e.added, "added"),
        (e.updated, "updated"),
        (e.unchanged, "unchanged"),
        (
            e.kept_as_edited + e.skipped_as_deleted,
            "kept as you left them",
        ),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let mut line = if parts.is_empty() {
        format!("Imported {name}: no entries")
    } else {
        format!("Imported {name}: entries {}", parts.join(", "))
    };
    if done.days.added + done.days.updated > 0 {
        let _ = write!(
            line,
            "; {} day moods set",
            done.days.added + done.days.updated
        );
    }
    if !p.bad.is_empty() {
        let _ = write!(line, "; {} bad lines left out", p.bad.len());
    }
    line.push('.');
    line
}

/// What was (or would be) imported, in words.
fn report(file: &Path, source: Source, p: &Parsed, done: &Imported, dry: bool) -> String {
    let mut out = String::new();
    let head = if dry {
        "Dry run, nothing written. Importing"
    } else {
        "Imported"
    };
    let span = p
        .span()
        .map_or(String::new(), |(a, b)| format!(", {a} to {b}"));
    let _ = writeln!(
        out,
        "{head} {} ({}): {} rows{span}.",
        file.display(),
        source.label(),
        p.rows.len()
    );
    let _ = writeln!(out, "  journal entries: {}", tally(&done.entries));
    if !p.day_moods.is_empty() {
        let _ = writeln!(
            out,
            "  check-in moods (each day's average): {}",
            tally(&done.days)
        );
    }
    if !p.bad.is_empty() {
        let lines = if p.bad.len() == 1 { "line" } else { "lines" };
        let _ = writeln!(out, "  {} bad {lines} refused:", p.bad.len());
        for (place, why) in &p.bad {
            let _ = writeln!(out, "    {place}: {why}");
        }
    }
    if !p.empty.is_empty() {
        let entries = if p.empty.len() == 1 {
            "entry"
        } else {
            "entries"
        };
        let _ = writeln!(
            out,
            "  {} empty {entries} skipped: {}",
            p.empty.len(),
            p.empty.join(", ")
        );
    }
    if dry {
        preview(&mut out, p);
    }
    out
}

/// The mood mapping and the first rows, for a dry run.
fn preview(out: &mut String, p: &Parsed) {
    if !p.moods_used.is_empty() {
        let moods: Vec<String> = p
            .moods_used
            .iter()
            .map(|(l, (n, rows))| format!("{l} → {n} ({rows})"))
            .collect();
        let _ = writeln!(out, "  moods: {}", moods.join(", "));
    }
    let _ = writeln!(out, "  first rows:");
    for r in p.rows.iter().take(5) {
        let e = &r.entry;
        let words = e.title.as_deref().unwrap_or(&e.body);
        let mood = e.mood.map_or(String::new(), |m| format!("  mood {m}"));
        let tags: String = e.tags.iter().map(|t| format!(" #{t}")).collect();
        let _ = writeln!(
            out,
            "    {} {}{mood}  {}{tags}",
            r.date,
            e.at.format("%H:%M"),
            one_line(words, 40)
        );
    }
}
