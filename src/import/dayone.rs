//! Day One's JSON export (`Journal.json`, the file inside the export's zip):
//! `{"metadata": …, "entries": [{"uuid", "creationDate", "timeZone", "text", "tags",
//! "starred", …}]}`. The moment is `creationDate` (UTC) seen in the entry's own time
//! zone, so an entry written on holiday keeps the date and hour it had there, across
//! daylight-saving changes. A first line written as a heading (`# Title`) is the title.
//! A row's key is its uuid.

use super::{Options, Parsed, SourceRow, checked, stable_uid};
use crate::domain::{Invalid, JournalDraft};
use chrono::{DateTime, FixedOffset, Offset, TimeZone, Utc};
use serde_json::Value as Json;

/// Reads a Day One JSON export whole.
pub fn parse_dayone(text: &str, opts: &Options) -> Result<Parsed, Invalid> {
    let doc: Json = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        Invalid::new(
            super::line(e.line()),
            t!("import-not-json", error = e.to_string()),
        )
    })?;
    let entries = doc
        .get("entries")
        .and_then(Json::as_array)
        .ok_or_else(|| Invalid::new("entries", t!("import-dayone-not")))?;
    let mut parsed = Parsed::default();
    for (i, e) in entries.iter().enumerate() {
        let place = format!("entries[{i}]");
        match entry(e, opts) {
            Ok(Some(row)) => parsed.rows.push(SourceRow { place, ..row }),
            Ok(None) => parsed.empty.push(place),
            Err(why) => parsed.bad.push((place, why)),
        }
    }
    Ok(parsed.number_repeated_keys())
}

/// Reads a Day One export zip: every journal's JSON file at its top level.
pub fn parse_dayone_zip(zip: &[u8], opts: &Options) -> Result<Parsed, Invalid> {
    let files = super::zip::members(zip, |n| n.ends_with(".json") && !n.contains('/'))?;
    if files.is_empty() {
        return Err(Invalid::new("file", t!("import-dayone-zip-empty")));
    }
    let mut all = Parsed::default();
    for (name, bytes) in files {
        let text = String::from_utf8(bytes)
            .map_err(|_| Invalid::new("file", t!("import-not-utf8", file = &name)))?;
        let p = parse_dayone(&text, opts)
            .map_err(|e| Invalid::new(format!("{name} {}", e.field), e.reason))?;
        let at = |place: String| format!("{name} {place}");
        all.rows.extend(p.rows.into_iter().map(|r| SourceRow {
            place: at(r.place),
            ..r
        }));
        all.bad
            .extend(p.bad.into_iter().map(|(place, why)| (at(place), why)));
        all.empty.extend(p.empty.into_iter().map(at));
    }
    Ok(all)
}

/// The moment `utc` as the clock showed it in `zone` (an IANA name); the local time
/// zone when the entry names none, and an error naming an unknown one.
fn in_zone(
    utc: DateTime<Utc>,
    zone: Option<&str>,
    opts: &Options,
) -> Result<DateTime<FixedOffset>, String> {
    match zone {
        Some(z) => {
            let tz: chrono_tz::Tz = z
                .parse()
                .map_err(|_| t!("import-dayone-bad-zone", value = z))?;
            let offset = tz.offset_from_utc_datetime(&utc.naive_utc()).fix();
            Ok(utc.with_timezone(&offset))
        }
        None => {
            let offset = *opts.clock.now().offset();
            Ok(match opts.clock {
                crate::clock::Clock::System => utc.with_timezone(&chrono::Local).fixed_offset(),
                crate::clock::Clock::Fixed(_) => utc.with_timezone(&offset),
            })
        }
    }
}

/// Day One escapes Markdown punctuation (`\.`, `\-`); the words don't need it.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            out.push(chars.next().expect("peeked"));
        } else {
            out.push(c);
        }
    }
    out
}

fn entry(e: &Json, opts: &Options) -> Result<Option<SourceRow>, String> {
    let created = match e.get("creationDate") {
        Some(Json::String(s)) => DateTime::parse_from_rfc3339(s)
            .map_err(|_| t!("import-dayone-bad-moment", value = s))?,
        Some(other) => {
            return Err(t!(
                "import-dayone-moment-not-text",
                value = other.to_string()
            ));
        }
        None => return Err(t!("import-dayone-no-moment")),
    };
    let zone = e.get("timeZone").and_then(Json::as_str);
    let at = in_zone(created.with_timezone(&Utc), zone, opts)?;
    let text = unescape(e.get("text").and_then(Json::as_str).unwrap_or(""));
    let text = text.trim();
    let (title, body) = match text.split_once('\n') {
        Some((first, rest)) if first.starts_with('#') => (
            Some(first.trim_start_matches('#').trim().to_string()),
            rest.trim().to_string(),
        ),
        None if text.starts_with('#') => (
            Some(text.trim_start_matches('#').trim().to_string()),
            String::new(),
        ),
        _ => (None, text.to_string()),
    };
    let title = title.filter(|t| !t.is_empty());
    if title.is_none() && body.is_empty() {
        return Ok(None);
    }
    let body = if body.is_empty() {
        title.clone().unwrap_or_default()
    } else {
        body
    };
    let mut tags: Vec<String> = e
        .get("tags")
        .and_then(Json::as_array)
        .map(|t| {
            t.iter()
                .filter_map(Json::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    if e.get("starred").and_then(Json::as_bool) == Some(true) {
        tags.push("starred".into());
    }
    let date = at.date_naive();
    let entry = checked(
        JournalDraft {
            at,
            title: title.clone(),
            body,
            mood: None,
            domain: None,
            tags,
        },
        date,
        opts.today,
    )?;
    let uuid = e.get("uuid").and_then(Json::as_str).unwrap_or("");
    let stamp = at.format("%Y-%m-%d %H:%M").to_string();
    let key = if uuid.is_empty() {
        stable_uid("dayone", &[&stamp, title.as_deref().unwrap_or("")])
    } else {
        stable_uid("dayone", &[uuid])
    };
    Ok(Some(SourceRow {
        place: String::new(),
        key,
        hash: stable_uid("row", &[&e.to_string()]),
        legacy_uid: None,
        date,
        entry,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;

    fn opts() -> Options {
        Options {
            clock: Clock::Fixed(DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap()),
            today: "2026-11-23".parse().unwrap(),
            moods: Default::default(),
        }
    }

    #[test]
    fn entries_keep_their_own_time_zone_across_dst() {
        let json = r##"{"metadata": {"version": "1.0"}, "entries": [
            {"uuid": "A1", "creationDate": "2024-03-31T00:30:00Z", "timeZone": "Europe/Berlin", "text": "# Before\n\nStill winter time\\.", "tags": ["night"], "starred": true},
            {"uuid": "A2", "creationDate": "2024-03-31T01:30:00Z", "timeZone": "Europe/Berlin", "text": "After the change"},
            {"uuid": "A3", "creationDate": "2024-03-31T03:30:00Z", "timeZone": "America/New_York", "text": "Over there"},
            {"uuid": "A4", "creationDate": "2024-04-01T03:30:00Z", "text": "   "},
            {"uuid": "A5", "creationDate": "2024-04-01T03:30:00Z", "timeZone": "Mars/Olympus", "text": "x"}
        ]}"##;
        let p = parse_dayone(json, &opts()).unwrap();
        let at: Vec<String> = p.rows.iter().map(|r| r.entry.at.to_rfc3339()).collect();
        assert_eq!(
            at,
            [
                "2024-03-31T01:30:00+01:00",
                "2024-03-31T03:30:00+02:00",
                "2024-03-30T23:30:00-04:00"
            ]
        );
        assert_eq!(p.rows[2].date.to_string(), "2024-03-30");
        let e = &p.rows[0].entry;
        assert_eq!(
            (e.title.as_deref(), e.body.as_str()),
            (Some("Before"), "Still winter time.")
        );
        assert_eq!(e.tags, ["night", "starred"]);
        assert_eq!(p.empty, ["entries[3]"]);
        assert_eq!(p.bad[0].0, "entries[4]");
    }
}
