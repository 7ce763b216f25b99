//! jrnl's journals: its JSON export (`jrnl --export json`), its own plain-text
//! journal file, and folder journals (`YYYY/MM/DD.txt` files of the same text).
//!
//! In the text, an entry starts with a line `[2026-11-19 22:10] Title. Body…` (older
//! jrnl wrote it without brackets; the date formats jrnl allows are read). The title
//! runs to the first sentence end; a title ending in `*` marks a starred entry; `@` and
//! `#` words are tags, read by tend's tag rule (`domain::tags`) when the entry is
//! checked. A row's key is its uuid when it has one, else date, time and title.

use super::{Options, Parsed, SourceRow, checked, local_moment, stable_uid};
use crate::domain::{Invalid, JournalDraft};
use crate::files::NotRead;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use serde_json::Value as Json;
use std::os::fd::OwnedFd;
use std::path::Path;

/// What one jrnl entry says, before it is checked.
struct Raw<'a> {
    at: NaiveDateTime,
    title: String,
    body: String,
    tags: Vec<String>,
    starred: bool,
    uuid: Option<&'a str>,
    /// The entry's whole text, for its hash.
    whole: String,
}

/// One entry as a source row; `Ok(None)` when it holds no words.
fn row(raw: Raw, opts: &Options) -> Result<Option<SourceRow>, String> {
    let (title, body) = (
        raw.title.trim().to_string(),
        raw.body.trim_end().to_string(),
    );
    if title.is_empty() && body.trim().is_empty() {
        return Ok(None);
    }
    let date = raw.at.date();
    let at = local_moment(opts.clock, "time", raw.at).map_err(|e| e.to_string())?;
    let mut tags = raw.tags;
    if raw.starred {
        tags.push("starred".into());
    }
    let title = (!title.is_empty()).then_some(title);
    // A title-only entry keeps its title; its words are also its text.
    let body = if body.trim().is_empty() {
        title.clone().unwrap_or_default()
    } else {
        body
    };
    let entry = checked(
        JournalDraft {
            at,
            title: title.clone(),
            body: body.clone(),
            mood: None,
            domain: None,
            tags,
        },
        date,
        opts.today,
    )?;
    let (d, t) = (date.to_string(), raw.at.time().format("%H:%M").to_string());
    let key = match raw.uuid {
        Some(u) => stable_uid("jrnl", &[u]),
        None => stable_uid("jrnl", &[&d, &t, title.as_deref().unwrap_or("")]),
    };
    let (old_title, old_body) = (title.clone().unwrap_or_default(), raw.body.clone());
    Ok(Some(SourceRow {
        place: String::new(),
        key,
        hash: stable_uid("row", &[&raw.whole]),
        legacy_uid: Some(stable_uid(
            "jrnl",
            &[&d, &raw.at.time().to_string(), &old_title, &old_body],
        )),
        date,
        entry,
    }))
}

fn push(parsed: &mut Parsed, place: String, result: Result<Option<SourceRow>, String>) {
    match result {
        Ok(Some(r)) => parsed.rows.push(SourceRow { place, ..r }),
        Ok(None) => parsed.empty.push(place),
        Err(why) => parsed.bad.push((place, why)),
    }
}

/// Reads a jrnl JSON export (`{"tags": …, "entries": [...]}`) whole.
pub fn parse_jrnl(text: &str, opts: &Options) -> Result<Parsed, Invalid> {
    let doc: Json = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        Invalid::new(
            super::line(e.line()),
            t!("import-not-json", error = e.to_string()),
        )
    })?;
    let entries = doc
        .get("entries")
        .and_then(Json::as_array)
        .ok_or_else(|| Invalid::new("entries", t!("import-jrnl-not")))?;
    let mut parsed = Parsed::default();
    for (i, e) in entries.iter().enumerate() {
        let result = json_raw(e).and_then(|raw| row(raw, opts));
        push(&mut parsed, format!("entries[{i}]"), result);
    }
    Ok(parsed.number_repeated_keys())
}

fn json_raw(e: &Json) -> Result<Raw<'_>, String> {
    let text_of = |f: &str| -> Result<String, String> {
        match e.get(f) {
            None | Some(Json::Null) => Ok(String::new()),
            Some(Json::String(s)) => Ok(s.clone()),
            Some(other) => Err(t!(
                "import-jrnl-not-text",
                field = f,
                value = other.to_string()
            )),
        }
    };
    let date_text = text_of("date")?;
    let date = NaiveDate::parse_from_str(date_text.trim(), "%Y-%m-%d").map_err(|_| {
        if date_text.is_empty() {
            t!("import-jrnl-no-date")
        } else {
            t!("import-jrnl-bad-date", value = &date_text)
        }
    })?;
    let time_text = text_of("time")?;
    let time = if time_text.trim().is_empty() {
        NaiveTime::from_hms_opt(9, 0, 0).expect("valid")
    } else {
        super::when::parse_time(&time_text)
            .ok_or_else(|| t!("import-jrnl-bad-time", value = &time_text))?
    };
    let listed: Vec<String> = e
        .get("tags")
        .and_then(Json::as_array)
        .map(|t| {
            t.iter()
                .filter_map(Json::as_str)
                .map(|x| x.trim_start_matches(['@', '#']).to_string())
                .collect()
        })
        .unwrap_or_default();
    let (title, body) = (text_of("title")?, text_of("body")?);
    // jrnl lists its tags in lower case: those the words carry keep the words' spelling.
    let tags = crate::domain::tags::beside_text(&listed, &[&title, &body]);
    Ok(Raw {
        at: NaiveDateTime::new(date, time),
        title,
        body,
        tags,
        starred: e.get("starred").and_then(Json::as_bool) == Some(true),
        uuid: e
            .get("uuid")
            .and_then(Json::as_str)
            .filter(|u| !u.is_empty()),
        whole: e.to_string(),
    })
}

/// The date formats jrnl writes (its default, and the `timeformat`s people set).
const FORMATS: [&str; 9] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M",
    "%d.%m.%Y %H:%M",
    "%d %b %Y %H:%M",
    "%a, %d %b %Y %H:%M",
];

/// The moment an entry's first line starts with, and the rest of the line.
fn header(line: &str) -> Option<(NaiveDateTime, &str)> {
    if let Some(inner) = line.strip_prefix('[') {
        let (stamp, rest) = inner.split_once(']')?;
        let at = FORMATS
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(stamp.trim(), f).ok())?;
        return Some((at, rest));
    }
    // Without brackets: the stamp is the first two to five words.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(line.match_indices(' ').map(|(i, _)| i))
        .chain([line.len()])
        .collect();
    (2..=5.min(starts.len() - 1)).rev().find_map(|n| {
        let (stamp, rest) = line.split_at_checked(starts[n])?;
        FORMATS
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(stamp.trim(), f).ok())
            .map(|at| (at, rest))
    })
}

/// The stamp of a line that starts like an entry (`[2019-07 14:23] …`: a bracketed
/// date) but whose date and time can't be read, as a partial date; `None` for an
/// entry's line and for any other.
fn unread_stamp(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('[')?;
    let (stamp, _) = inner.split_once(']')?;
    let dated = stamp.starts_with(|c: char| c.is_ascii_digit())
        && stamp.contains(['-', '/', '.', ':'])
        && stamp.len() <= 32;
    (dated && header(line).is_none()).then_some(stamp)
}

/// Splits a first line into title and the start of the body (jrnl: the title ends at
/// the first `.`, `?` or `!` followed by a space).
fn split_title(rest: &str) -> (String, String, bool) {
    let mut t = rest.trim().to_string();
    let starred = t.ends_with('*');
    if starred {
        t = t.trim_end_matches('*').trim_end().to_string();
    }
    let cut = t
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '?' | '!') && t.get(i + 1..).is_some_and(|r| r.starts_with(' '))
        })
        .map(|(i, _)| i + 1);
    match cut.and_then(|i| t.split_at_checked(i)) {
        Some((title, body)) => (title.to_string(), body.trim().to_string(), starred),
        None => (t, String::new(), starred),
    }
}

/// Reads a jrnl plain-text journal whole; `prefix` names the file in places.
fn parse_text_into(text: &str, prefix: &str, opts: &Options, parsed: &mut Parsed) {
    let mut current: Option<(usize, NaiveDateTime, String, Vec<&str>)> = None;
    let finish = |cur: Option<(usize, NaiveDateTime, String, Vec<&str>)>, parsed: &mut Parsed| {
        let Some((line, at, first, body)) = cur else {
            return;
        };
        let (title, start, starred) = split_title(&first);
        let mut body_lines: Vec<&str> = Vec::new();
        if !start.is_empty() {
            body_lines.push(&start);
        }
        body_lines.extend(body);
        let body = body_lines.join("\n").trim_matches('\n').to_string();
        let whole = format!("{at} {first}\n{body}");
        let raw = Raw {
            at,
            tags: Vec::new(),
            title,
            body,
            starred,
            uuid: None,
            whole,
        };
        push(
            parsed,
            format!("{prefix}{}", super::line(line)),
            row(raw, opts),
        );
    };
    // After a line that starts like an entry but whose date can't be read, its lines
    // belong to it: skipped with it, never added to the entry above.
    let mut in_unread = false;
    for (i, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        if let Some(stamp) = unread_stamp(line) {
            finish(current.take(), parsed);
            in_unread = true;
            parsed.bad.push((
                format!("{prefix}{}", super::line(i + 1)),
                t!("import-jrnl-partial-date", stamp = stamp),
            ));
            continue;
        }
        match header(line) {
            Some((at, rest)) => {
                finish(current.take(), parsed);
                in_unread = false;
                current = Some((i + 1, at, rest.to_string(), Vec::new()));
            }
            None if in_unread => {}
            None => match current.as_mut() {
                Some((_, _, _, body)) => body.push(line),
                None if line.trim().is_empty() => {}
                None => parsed.bad.push((
                    format!("{prefix}{}", super::line(i + 1)),
                    t!("import-jrnl-before-first"),
                )),
            },
        }
    }
    finish(current, parsed);
}

/// Reads a jrnl plain-text journal file whole.
pub fn parse_jrnl_text(text: &str, opts: &Options) -> Result<Parsed, Invalid> {
    let mut parsed = Parsed::default();
    parse_text_into(text, "", opts, &mut parsed);
    if parsed.rows.is_empty() && parsed.empty.is_empty() {
        return Err(Invalid::new("file", t!("import-jrnl-none")));
    }
    Ok(parsed.number_repeated_keys())
}

/// Reads a jrnl folder journal: its `YYYY/MM/DD.txt` files, in order, and nothing else
/// in it (as jrnl reads it). The folder is opened once, and everything in it from its
/// descriptor without following a link: a day's file that is not a regular file, or a
/// link where a year, a month or a day's file belongs (it may lead to entries), is
/// refused by name; the files together are read no further than `MAX_TEXT` bytes.
pub fn parse_jrnl_folder(dir: &Path, opts: &Options) -> Result<Parsed, Invalid> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NONBLOCK | OFlags::CLOEXEC;
    let root = rustix::fs::openat(rustix::fs::CWD, dir, flags, Mode::empty()).map_err(|e| {
        Invalid::new(
            "folder",
            t!(
                "import-jrnl-folder-unreadable",
                folder = dir.display().to_string(),
                error = std::io::Error::from(e).to_string()
            ),
        )
    })?;
    let mut walk = Walk {
        top: dir,
        left: super::MAX_TEXT,
        out: Vec::new(),
    };
    walk.folder(&root, "", 0)?;
    let mut files = walk.out;
    files.sort();
    let mut parsed = Parsed::default();
    for (rel, text) in files {
        parse_text_into(&text, &format!("{rel} "), opts, &mut parsed);
    }
    if parsed.rows.is_empty() && parsed.empty.is_empty() && parsed.bad.is_empty() {
        return Err(Invalid::new(
            "folder",
            t!(
                "import-jrnl-none-in-folder",
                folder = dir.display().to_string()
            ),
        ));
    }
    Ok(parsed.number_repeated_keys())
}

/// Whether `name`, at `depth` in a folder journal, is where jrnl keeps entries: a
/// year's folder (`2026`), a month's (`11`), a day's file (`19.txt`).
fn jrnl_name(name: &str, depth: usize) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match depth {
        0 => digits(name, 4),
        1 => digits(name, 2),
        2 => name.strip_suffix(".txt").is_some_and(|d| digits(d, 2)),
        _ => false,
    }
}

/// A walk through a jrnl folder journal `top`: the `.txt` files read so far (their
/// paths from the top, and their text), and how many bytes may still be read.
struct Walk<'a> {
    top: &'a Path,
    left: u64,
    out: Vec<(String, String)>,
}

impl Walk<'_> {
    /// The refusal for `rel` in the journal, saying why with `why` (given its path).
    fn refuse(&self, rel: &str, why: impl FnOnce(String) -> String) -> Invalid {
        let problem = why(self.top.join(rel).display().to_string());
        Invalid::new("folder", t!("import-jrnl-refused", problem = problem))
    }

    /// The day files under the folder `fd` (at `rel`, `depth` below the top), each
    /// opened non-blocking without following a link, checked to be a regular file,
    /// and read; whatever jrnl would not read is left alone.
    fn folder(&mut self, fd: &OwnedFd, rel: &str, depth: usize) -> Result<(), Invalid> {
        let cannot = |e: rustix::io::Errno| {
            let e = NotRead::Io(std::io::Error::from(e));
            move |path: String| e.about(path)
        };
        let mut names: Vec<String> = Vec::new();
        let entries = rustix::fs::Dir::read_from(fd).map_err(|e| self.refuse(rel, cannot(e)))?;
        for e in entries {
            let name = e
                .map_err(|e| self.refuse(rel, cannot(e)))?
                .file_name()
                .to_string_lossy()
                .into_owned();
            if jrnl_name(&name, depth) {
                names.push(name);
            }
        }
        for name in names {
            let path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            let st = rustix::fs::statat(fd, name.as_str(), AtFlags::SYMLINK_NOFOLLOW)
                .map_err(|e| self.refuse(&path, cannot(e)))?;
            match FileType::from_raw_mode(st.st_mode) {
                FileType::Directory if depth < 2 => {
                    let flags = OFlags::RDONLY
                        | OFlags::DIRECTORY
                        | OFlags::NOFOLLOW
                        | OFlags::NONBLOCK
                        | OFlags::CLOEXEC;
                    let sub = rustix::fs::openat(fd, name.as_str(), flags, Mode::empty())
                        .map_err(|e| self.refuse(&path, cannot(e)))?;
                    self.folder(&sub, &path, depth + 1)?;
                }
                FileType::Symlink => return Err(self.refuse(&path, |p| NotRead::Link.about(p))),
                // A folder named like a day's file, or a file named like a folder.
                FileType::Directory => {}
                _ if depth < 2 => {}
                FileType::RegularFile => self.file(fd, &name, path)?,
                _ => {
                    let what = NotRead::Kind(crate::files::describe_mode(st.st_mode));
                    return Err(self.refuse(&path, |p| what.about(p)));
                }
            }
        }
        Ok(())
    }

    /// Reads the `.txt` file `name` in the folder `fd` (at `path`).
    fn file(&mut self, fd: &OwnedFd, name: &str, path: String) -> Result<(), Invalid> {
        let bytes = crate::files::read_regular(fd, Path::new(name), false, self.left).map_err(
            |e| match e {
                NotRead::TooLarge(..) => Invalid::new(
                    "folder",
                    t!(
                        "import-jrnl-too-large",
                        folder = self.top.display().to_string(),
                        mib = super::MAX_TEXT >> 20
                    ),
                ),
                e => self.refuse(&path, |p| e.about(p)),
            },
        )?;
        self.left -= bytes.len() as u64;
        let text = String::from_utf8(bytes).map_err(|_| {
            Invalid::new(
                "folder",
                t!(
                    "import-not-utf8",
                    file = self.top.join(&path).display().to_string()
                ),
            )
        })?;
        self.out.push((path, text));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;

    fn opts() -> Options {
        Options {
            clock: Clock::Fixed(
                chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap(),
            ),
            today: "2026-11-23".parse().unwrap(),
            moods: Default::default(),
        }
    }

    #[test]
    fn plain_text_entries_titles_stars_and_tags() {
        let text = "[2026-11-19 22:10] Long day at @work. Stayed late.\nWalked home.\n\n\
                    [2026-11-20 07:30] Called Mum. *\n\n\
                    2013-03-14 12:00 Old style entry\nwith a body\n\
                    [2026-11-21 09:00]\n\n\
                    [2026-11-22 9:00 PM] Evening?\n";
        let p = parse_jrnl_text(text, &opts()).unwrap();
        assert_eq!(p.rows.len(), 4, "{:?}", p.bad);
        let e = &p.rows[0].entry;
        assert_eq!(
            (e.title.as_deref(), e.body.as_str()),
            (Some("Long day at @work."), "Stayed late.\nWalked home.")
        );
        assert_eq!(e.tags, ["work"]);
        let star = &p.rows[1].entry;
        assert_eq!(
            (star.title.as_deref(), star.body.as_str()),
            (Some("Called Mum."), "Called Mum.")
        );
        assert_eq!(star.tags, ["starred"]);
        assert_eq!(p.rows[2].date.to_string(), "2013-03-14");
        assert_eq!(p.empty, ["line 8"]);
        assert!(
            p.rows[3]
                .entry
                .at
                .to_rfc3339()
                .starts_with("2026-11-22T21:00")
        );
    }

    #[test]
    fn tags_follow_the_tag_rule_and_keep_the_words_spelling() {
        let json = r##"{"entries": [{"date": "2026-11-19", "time": "22:10",
            "title": "A walk with @Sam.", "body": "Then #Sleep, early. C# at 9.",
            "tags": ["@sam", "#sleep", "@work"]}]}"##;
        let e = &parse_jrnl(json, &opts()).unwrap().rows[0].entry;
        assert_eq!(e.tags, ["Sam", "Sleep", "work"]);
        let text = "[2026-11-19 22:10] Out with @Sam. #walk, then ## notes\n";
        let e = &parse_jrnl_text(text, &opts()).unwrap().rows[0].entry;
        assert_eq!(e.tags, ["Sam", "walk"]);
    }

    #[test]
    fn json_problems_name_entry_and_field() {
        let json = r#"{"entries": [
            {"date": 20261119, "title": "x"},
            {"date": "2026-11-19", "time": "", "title": "", "body": ""},
            {"date": "2026-11-19", "time": "22:10", "title": "Only a title."}
        ]}"#;
        let p = parse_jrnl(json, &opts()).unwrap();
        assert_eq!(
            p.bad,
            [(
                "entries[0]".to_string(),
                "date: must be text, not 20261119".to_string()
            )]
        );
        assert_eq!(p.empty, ["entries[1]"]);
        assert_eq!(p.rows[0].entry.title.as_deref(), Some("Only a title."));
    }
}
