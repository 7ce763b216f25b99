//! Importing other journals: Daylio CSV and jrnl JSON. Parsing checks the whole file
//! first and names the line or field of any problem; then everything is written in
//! one transaction. Each imported entry gets a uid derived from its source row, so
//! importing the same file twice adds nothing.

use crate::clock::Clock;
use crate::domain::time::MomentSpec;
use crate::domain::{CheckinPatch, Invalid, JournalDraft};
use crate::error::{Error, Result};
use crate::store::Tx;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::BTreeMap;

/// What a source file becomes: check-in moods by date, and journal entries with uids.
#[derive(Debug, Default, PartialEq)]
pub struct Batch {
    pub moods: BTreeMap<NaiveDate, u8>,
    pub entries: Vec<(String, JournalDraft)>,
}

/// What an import wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub checkins: usize,
    pub entries_added: usize,
    pub entries_already_there: usize,
}

/// A stable 128-bit hex id from text (two FNV-1a passes), for idempotent imports.
pub fn stable_uid(prefix: &str, parts: &[&str]) -> String {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x8422_2325_cbf2_9ce4;
    for p in parts {
        for byte in p.bytes().chain([0x1f]) {
            a = (a ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            b = (b ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3 ^ 0x5bd1_e995);
        }
    }
    format!("{prefix}-{a:016x}{b:016x}")
}

/// Daylio's default mood labels, mapped onto tend's 1–10 mood.
pub const DAYLIO_MOODS: [(&str, u8); 5] = [
    ("rad", 9),
    ("good", 7),
    ("meh", 5),
    ("bad", 3),
    ("awful", 1),
];

/// Parses `label=N` pairs for labels a person customised in Daylio.
pub fn mood_map(pairs: &[String]) -> Result<BTreeMap<String, u8>, Invalid> {
    let mut map: BTreeMap<String, u8> = DAYLIO_MOODS
        .iter()
        .map(|(l, n)| (l.to_string(), *n))
        .collect();
    for p in pairs {
        let (label, n) = p
            .split_once('=')
            .ok_or_else(|| Invalid::new("mood-map", format!("'{p}' is not LABEL=N")))?;
        let n: u8 = n
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=10).contains(n))
            .ok_or_else(|| {
                Invalid::new(
                    "mood-map",
                    format!("'{p}': N must be a whole number from 1 to 10"),
                )
            })?;
        map.insert(label.trim().to_lowercase(), n);
    }
    Ok(map)
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&s.to_uppercase(), f).ok())
}

/// Where a Daylio export keeps each field (the optional ones may be missing).
struct DaylioColumns {
    date: usize,
    time: usize,
    mood: usize,
    activities: Option<usize>,
    title: Option<usize>,
    note: Option<usize>,
}

impl DaylioColumns {
    fn find(headers: &csv::StringRecord) -> Result<Self> {
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let (Some(date), Some(time), Some(mood)) = (col("full_date"), col("time"), col("mood"))
        else {
            return Err(Error::invalid(
                "line 1",
                "not a Daylio export: the header needs full_date, time and mood (full_date,date,weekday,time,mood,activities,note_title,note)",
            ));
        };
        Ok(DaylioColumns {
            date,
            time,
            mood,
            activities: col("activities"),
            title: col("note_title"),
            note: col("note"),
        })
    }
}

/// One Daylio row, read.
enum DaylioRow {
    /// A mood label with no number given for it (on this line).
    Unknown(String, u64),
    /// The day's mood at a moment, and the journal entry when the row has text.
    Mood {
        date: NaiveDate,
        time: NaiveTime,
        mood: u8,
        entry: Option<(String, JournalDraft)>,
    },
}

/// Reads a Daylio CSV export (with or without `note_title`).
pub fn parse_daylio(text: &str, moods: &BTreeMap<String, u8>, clock: Clock) -> Result<Batch> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| Error::invalid("line 1", format!("cannot read the header ({e})")))?;
    let cols = DaylioColumns::find(headers)?;
    let mut batch = Batch::default();
    let mut latest: BTreeMap<NaiveDate, NaiveTime> = BTreeMap::new();
    let mut unknown: Vec<(String, u64)> = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            Error::invalid(
                &format!("line {line}"),
                format!("cannot read this row ({e})"),
            )
        })?;
        match daylio_row(&rec, &cols, moods, clock)? {
            DaylioRow::Unknown(label, line) => unknown.push((label, line)),
            DaylioRow::Mood {
                date,
                time,
                mood,
                entry,
            } => {
                // The day's last mood is its check-in mood.
                if latest.get(&date).is_none_or(|t| time >= *t) {
                    latest.insert(date, time);
                    batch.moods.insert(date, mood);
                }
                batch.entries.extend(entry);
            }
        }
    }
    match unknown.first() {
        Some((label, line)) => Err(unknown_mood(label, *line, unknown.len())),
        None => Ok(batch),
    }
}

fn daylio_row(
    rec: &csv::StringRecord,
    cols: &DaylioColumns,
    moods: &BTreeMap<String, u8>,
    clock: Clock,
) -> Result<DaylioRow> {
    let line = rec.position().map_or(0, |p| p.line());
    let field = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim().to_string();
    let at_line = |what: &str| format!("line {line}: {what}");
    let date = NaiveDate::parse_from_str(&field(Some(cols.date)), "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            &at_line("full_date"),
            format!("'{}' is not a YYYY-MM-DD date", field(Some(cols.date))),
        )
    })?;
    let time = parse_time(&field(Some(cols.time))).ok_or_else(|| {
        Error::invalid(
            &at_line("time"),
            format!(
                "'{}' is not a time like 21:15 or 9:15 PM",
                field(Some(cols.time))
            ),
        )
    })?;
    let label = field(Some(cols.mood)).to_lowercase();
    let Some(mood) = moods.get(&label).copied() else {
        return Ok(DaylioRow::Unknown(label, line));
    };
    let (title, note) = (field(cols.title), field(cols.note));
    let entry = if title.is_empty() && note.is_empty() {
        None
    } else {
        let activities = field(cols.activities);
        let uid = stable_uid(
            "daylio",
            &[
                &date.to_string(),
                &time.to_string(),
                &label,
                &activities,
                &title,
                &note,
            ],
        );
        let draft = JournalDraft {
            at: clock.resolve("time", MomentSpec::Local(NaiveDateTime::new(date, time)))?,
            body: if note.is_empty() { title.clone() } else { note },
            title: (!title.is_empty()).then_some(title),
            mood: Some(mood),
            domain: None,
            tags: activities
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect(),
        };
        let draft = draft
            .validated()
            .map_err(|e| Error::invalid(&at_line(&e.field), e.reason))?;
        Some((uid, draft))
    };
    Ok(DaylioRow::Mood {
        date,
        time,
        mood,
        entry,
    })
}

/// The first row whose mood label has no number, and how to give it one.
fn unknown_mood(label: &str, line: u64, rows: usize) -> Error {
    let more = if rows > 1 {
        format!(" (and {} more rows)", rows - 1)
    } else {
        String::new()
    };
    Error::invalid(
        &format!("line {line}: mood"),
        format!(
            "unknown mood label '{label}'{more}; map it with --mood-map '{label}=N' (N from 1 to 10)"
        ),
    )
}

/// Reads a jrnl JSON export (`jrnl --export json`).
pub fn parse_jrnl(text: &str, clock: Clock) -> Result<Batch> {
    let doc: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            &format!("line {}", e.line()),
            format!("not valid JSON ({e})"),
        )
    })?;
    let entries = doc
        .get("entries")
        .and_then(|e| e.as_array())
        .ok_or_else(|| {
            Error::invalid(
                "entries",
                "not a jrnl export: expected {\"entries\": [...]}",
            )
        })?;
    let mut batch = Batch::default();
    for (i, e) in entries.iter().enumerate() {
        let at_field = |f: &str| format!("entries[{i}].{f}");
        let text_of = |f: &str| e.get(f).and_then(|v| v.as_str()).unwrap_or("").to_string();
        let date = NaiveDate::parse_from_str(&text_of("date"), "%Y-%m-%d").map_err(|_| {
            Error::invalid(
                &at_field("date"),
                format!("'{}' is not a YYYY-MM-DD date", text_of("date")),
            )
        })?;
        let time_text = text_of("time");
        let time = if time_text.is_empty() {
            NaiveTime::from_hms_opt(9, 0, 0).expect("valid")
        } else {
            parse_time(&time_text).ok_or_else(|| {
                Error::invalid(
                    &at_field("time"),
                    format!("'{time_text}' is not a time like 21:15"),
                )
            })?
        };
        let (title, body) = (text_of("title").trim().to_string(), text_of("body"));
        let mut tags: Vec<String> = e
            .get("tags")
            .and_then(|t| t.as_array())
            .map(|t| {
                t.iter()
                    .filter_map(|x| x.as_str())
                    .map(|x| x.trim_start_matches(['@', '#']).to_string())
                    .collect()
            })
            .unwrap_or_default();
        if e.get("starred").and_then(|s| s.as_bool()) == Some(true) {
            tags.push("starred".into());
        }
        let uid = stable_uid(
            "jrnl",
            &[&date.to_string(), &time.to_string(), &title, &body],
        );
        let at = clock.resolve("time", MomentSpec::Local(NaiveDateTime::new(date, time)))?;
        let (title, body) = if body.trim().is_empty() {
            (None, title)
        } else {
            ((!title.is_empty()).then_some(title), body)
        };
        let draft = JournalDraft {
            at,
            title,
            body,
            mood: None,
            domain: None,
            tags,
        };
        batch.entries.push((
            uid,
            draft
                .validated()
                .map_err(|e| Error::invalid(&at_field(&e.field), e.reason))?,
        ));
    }
    Ok(batch)
}

/// Writes a parsed batch; the caller wraps it in one transaction.
pub fn apply(w: &Tx, batch: Batch) -> Result<Imported> {
    let mut done = Imported {
        checkins: batch.moods.len(),
        ..Default::default()
    };
    for (date, mood) in batch.moods {
        w.upsert_checkin(
            date,
            &CheckinPatch {
                mood: Some(mood),
                ..Default::default()
            },
        )?;
    }
    for (uid, draft) in batch.entries {
        if w.add_journal_once(&uid, draft)? {
            done.entries_added += 1;
        } else {
            done.entries_already_there += 1;
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> Clock {
        Clock::Fixed(chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").unwrap())
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        assert_eq!(stable_uid("x", &["a", "b"]), stable_uid("x", &["a", "b"]));
        assert_ne!(stable_uid("x", &["ab", ""]), stable_uid("x", &["a", "b"]));
        assert_eq!(stable_uid("x", &["a"]).len(), 2 + 32);
    }

    #[test]
    fn daylio_rows_become_checkins_and_entries() {
        let csv = "full_date,date,weekday,time,mood,activities,note_title,note\n\
                   2026-11-20,November 20,Friday,21:15,good,walk | friends,Evening,\"Saw Jo, felt good\"\n\
                   2026-11-20,November 20,Friday,8:05 AM,meh,,,\n\
                   2026-11-21,November 21,Saturday,10:00,Rad,,,\n";
        let b = parse_daylio(csv, &mood_map(&[]).unwrap(), clock()).unwrap();
        assert_eq!(
            b.moods.values().copied().collect::<Vec<_>>(),
            [7, 9],
            "the latest row of a day wins"
        );
        assert_eq!(b.entries.len(), 1);
        let e = &b.entries[0].1;
        assert_eq!(
            (e.title.as_deref(), e.body.as_str()),
            (Some("Evening"), "Saw Jo, felt good")
        );
        assert_eq!(e.tags, ["friends", "walk"]);
    }

    #[test]
    fn unknown_daylio_moods_name_their_line() {
        let csv = "full_date,date,weekday,time,mood,activities,note\n2026-11-20,x,y,21:15,good,,\n2026-11-21,x,y,21:15,sleepy,,\n";
        let err = parse_daylio(csv, &mood_map(&[]).unwrap(), clock())
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "line 3: mood: unknown mood label 'sleepy'; map it with --mood-map 'sleepy=N' (N from 1 to 10)"
        );
        let ok = parse_daylio(csv, &mood_map(&["sleepy=4".into()]).unwrap(), clock()).unwrap();
        assert_eq!(ok.moods.len(), 2);
    }

    #[test]
    fn jrnl_entries_keep_title_tags_and_stars() {
        let json = r#"{"tags": {"@work": 1}, "entries": [
            {"title": "Long day", "body": "Stayed late.\nWalked home.", "date": "2026-11-19", "time": "22:10", "tags": ["@work"], "starred": true},
            {"title": "Short thought.", "body": "", "date": "2026-11-20", "time": "07:00", "tags": [], "starred": false}
        ]}"#;
        let b = parse_jrnl(json, clock()).unwrap();
        assert_eq!(b.entries[0].1.tags, ["starred", "work"]);
        assert_eq!(b.entries[1].1.body, "Short thought.");
        let err = parse_jrnl(
            r#"{"entries": [{"date": "20-11-2026", "body": "x"}]}"#,
            clock(),
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("entries[0].date:"), "{err}");
    }
}
