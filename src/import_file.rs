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
    /// The same as data, as `tend import --json` prints it.
    pub json: serde_json::Value,
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
            t!(
                "import-looks-like",
                file = file.display().to_string(),
                seen = s.label(),
                given = g.label(),
                flag = format!("--from {}", s.as_str())
            ),
        )),
        (Some(g), _) => Ok(g),
        (None, Some(s)) => Ok(s),
        (None, None) => Err(Error::invalid(
            "from",
            t!(
                "import-unknown-source",
                file = file.display().to_string(),
                names = Source::names()
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
    let shown = file.display().to_string();
    let refuse = |why: String| Error::invalid("file", why);
    let cannot = |e: std::io::Error| refuse(NotRead::Io(e).about(&shown));
    let (mut f, st) = crate::files::open_at(rustix::fs::CWD, file, true).map_err(|e| match e {
        NotRead::Missing => refuse(t!("import-file-missing", file = &shown)),
        e => refuse(e.about(&shown)),
    })?;
    let folder = rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory;
    if !folder && !crate::files::is_regular(&st) {
        // A device or a pipe: reading it could never end.
        let kind = crate::files::describe_mode(st.st_mode).to_string();
        return Err(refuse(t!(
            "import-not-file-or-folder",
            file = &shown,
            kind = kind
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
            refuse(if cap == MAX_ZIP {
                t!(
                    "import-zip-file-too-large",
                    file = &shown,
                    size = n,
                    mib = cap >> 20
                )
            } else {
                t!(
                    "import-file-too-large",
                    file = &shown,
                    size = n,
                    mib = cap >> 20
                )
            })
        };
        if size > cap {
            return Err(too_large(size));
        }
        f.rewind().map_err(cannot)?;
        Some(crate::files::read_capped(f, cap).map_err(|e| match e {
            NotRead::TooLarge(n, _) => too_large(n),
            e => refuse(e.about(&shown)),
        })?)
    };
    let source = source_of(file, from, bytes.as_deref())?;
    let zipped = bytes
        .as_deref()
        .is_some_and(|b| b.starts_with(b"PK\x03\x04"));
    let text = match &bytes {
        _ if zipped => String::new(),
        Some(b) => String::from_utf8(b.clone())
            .map_err(|_| Error::invalid("file", t!("import-not-utf8", file = &shown)))?,
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
        json: as_json(&req.file, r.source, &parsed, &done, dry),
    })
}

/// A tend data file: merged by uid (see `store::transfer`).
fn tend_file(store: &Store, file: &Path, text: &str, dry: bool) -> Result<ImportReport> {
    let doc: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            crate::import::line(e.line()),
            t!("import-not-json", error = e.to_string()),
        )
    })?;
    let m: Merged = if dry {
        store.rehearse(|w| w.import_data(&doc))?
    } else {
        store.write(|w| w.import_data(&doc))?
    };
    let line = t!(
        "import-tend-merged",
        dry = yes_no(dry),
        file = file.display().to_string(),
        added = m.added,
        updated = m.updated,
        unchanged = m.unchanged,
        kept = m.kept_newer,
        deleted = m.skipped_deleted,
        aside = m.kept_aside
    );
    let json = serde_json::json!({
        "file": file, "from": Source::Tend.as_str(), "dry_run": dry,
        "added": m.added, "updated": m.updated, "unchanged": m.unchanged,
        "kept_newer": m.kept_newer, "left_deleted": m.skipped_deleted, "kept_aside": m.kept_aside,
    });
    Ok(ImportReport {
        text: format!("{line}\n"),
        status_line: line,
        json,
    })
}

/// What an import did (or would do), as data: its counts, bad lines, empty entries
/// and notes.
fn as_json(
    file: &Path,
    source: Source,
    p: &Parsed,
    done: &Imported,
    dry: bool,
) -> serde_json::Value {
    let tally = |t: &Tally| {
        serde_json::json!({
            "added": t.added, "updated": t.updated, "unchanged": t.unchanged,
            "kept_as_edited": t.kept_as_edited, "left_deleted": t.skipped_as_deleted,
        })
    };
    let span = p.span();
    let bad: Vec<serde_json::Value> = p
        .bad
        .iter()
        .map(|(place, reason)| serde_json::json!({ "place": place, "reason": reason }))
        .collect();
    serde_json::json!({
        "file": file, "from": source.as_str(), "dry_run": dry, "rows": p.rows.len(),
        "first": span.map(|s| s.0), "last": span.map(|s| s.1),
        "entries": tally(&done.entries), "day_moods": tally(&done.days),
        "bad": bad, "empty": p.empty, "notes": p.notes,
    })
}

/// How a message tells a dry run (`yes`) from an import (`no`).
fn yes_no(dry: bool) -> &'static str {
    if dry { "yes" } else { "no" }
}

fn tally(t: &Tally) -> String {
    t!(
        "import-tally",
        added = t.added,
        updated = t.updated,
        unchanged = t.unchanged,
        kept = t.kept_as_edited,
        deleted = t.skipped_as_deleted
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
        (e.added, Part::Added),
        (e.updated, Part::Updated),
        (e.unchanged, Part::Unchanged),
        (e.kept_as_edited + e.skipped_as_deleted, Part::Kept),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, part)| part.words(n))
    .collect();
    let mut line = if parts.is_empty() {
        t!("import-status-none", file = &name)
    } else {
        t!("import-status", file = &name, parts = parts.join(", "))
    };
    let moods = done.days.added + done.days.updated;
    if moods > 0 {
        let _ = write!(line, "; {}", t!("import-status-day-moods", count = moods));
    }
    if !p.bad.is_empty() {
        let bad = t!("import-status-bad-lines", count = p.bad.len());
        let _ = write!(line, "; {bad}");
    }
    line.push('.');
    line
}

/// What an import did to some entries, for the status line.
enum Part {
    Added,
    Updated,
    Unchanged,
    Kept,
}

impl Part {
    /// "3 added".
    fn words(self, count: usize) -> String {
        match self {
            Part::Added => t!("import-status-added", count = count),
            Part::Updated => t!("import-status-updated", count = count),
            Part::Unchanged => t!("import-status-unchanged", count = count),
            Part::Kept => t!("import-status-kept", count = count),
        }
    }
}

/// What was (or would be) imported, in words.
fn report(file: &Path, source: Source, p: &Parsed, done: &Imported, dry: bool) -> String {
    let mut out = String::new();
    let (file, source, rows) = (file.display().to_string(), source.label(), p.rows.len());
    let head = match p.span() {
        Some((a, b)) => t!(
            "import-report-head-span",
            dry = yes_no(dry),
            file = file,
            source = source,
            rows = rows,
            first = a.to_string(),
            last = b.to_string()
        ),
        None => t!(
            "import-report-head",
            dry = yes_no(dry),
            file = file,
            source = source,
            rows = rows
        ),
    };
    let _ = writeln!(out, "{head}");
    for note in &p.notes {
        let _ = writeln!(out, "  {note}");
    }
    let entries = t!("import-report-entries", tally = tally(&done.entries));
    let _ = writeln!(out, "  {entries}");
    if !p.day_moods.is_empty() {
        let moods = t!("import-report-moods", tally = tally(&done.days));
        let _ = writeln!(out, "  {moods}");
    }
    if !p.bad.is_empty() {
        let _ = writeln!(out, "  {}", t!("import-report-bad", count = p.bad.len()));
        for (place, why) in &p.bad {
            let _ = writeln!(out, "    {place}: {why}");
        }
    }
    if !p.empty.is_empty() {
        let empty = t!(
            "import-report-empty",
            count = p.empty.len(),
            places = p.empty.join(", ")
        );
        let _ = writeln!(out, "  {empty}");
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
        let _ = writeln!(
            out,
            "  {}",
            t!("import-preview-moods", moods = moods.join(", "))
        );
    }
    let _ = writeln!(out, "  {}", t!("import-preview-first-rows"));
    for r in p.rows.iter().take(5) {
        let e = &r.entry;
        let words = e.title.as_deref().unwrap_or(&e.body);
        let mood = e.mood.map_or(String::new(), |m| {
            format!("  {}", t!("import-preview-mood", mood = m))
        });
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
