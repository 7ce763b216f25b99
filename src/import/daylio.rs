//! Daylio's CSV export, in all its shapes: `full_date,date,weekday,time,mood,
//! activities,note` (7 columns), with `note_title` (8), with `scales` (9), and the old
//! `year,date,weekday,time,mood,activities,note` header. Weekday names are ignored (so
//! any language works); times may be 24- or 12-hour.
//!
//! Every row becomes a journal entry at its own date and time, with its mood, its
//! activities as tags and its note (HTML decoded). A row without a note is written as
//! its mood label and activities, so nothing a person recorded is lost. Each day's
//! check-in mood is the average of that day's rows, rounded (halves up).
//!
//! A row's key is its date, time, mood and activities: a note edited in Daylio updates
//! the entry rather than adding another.

use super::when::{old_date, parse_time};
use super::{Options, Parsed, SourceRow, checked, local_moment, stable_uid, text};
use crate::domain::{Invalid, JournalDraft};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::BTreeMap;

/// Daylio's default mood labels, mapped onto tend's 1–10 mood.
pub const DAYLIO_MOODS: [(&str, u8); 5] = [
    ("rad", 9),
    ("good", 7),
    ("meh", 5),
    ("bad", 3),
    ("awful", 1),
];

/// Parses `label=N` pairs (each flag may hold several, comma-separated) for labels a
/// person named themselves in Daylio; labels match case-insensitively.
pub fn mood_map(pairs: &[String]) -> Result<BTreeMap<String, u8>, Invalid> {
    let mut map: BTreeMap<String, u8> = DAYLIO_MOODS
        .iter()
        .map(|(l, n)| (l.to_string(), *n))
        .collect();
    for p in pairs.iter().flat_map(|p| p.split(',')) {
        if p.trim().is_empty() {
            continue;
        }
        let (label, n) = p
            .rsplit_once('=')
            .ok_or_else(|| Invalid::new("mood-map", t!("import-mood-map-shape", pair = p)))?;
        let n: u8 = n
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=10).contains(n))
            .ok_or_else(|| Invalid::new("mood-map", t!("import-mood-map-number", pair = p)))?;
        map.insert(label.trim().to_lowercase(), n);
    }
    Ok(map)
}

/// Where a Daylio export keeps each field.
struct Columns {
    /// `full_date`, or else `year` with `date`.
    full_date: Option<usize>,
    year: Option<usize>,
    date: usize,
    time: usize,
    mood: usize,
    activities: Option<usize>,
    title: Option<usize>,
    note: Option<usize>,
    scales: Option<usize>,
    count: usize,
}

impl Columns {
    fn find(headers: &csv::StringRecord) -> Result<Self, Invalid> {
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let (full_date, year) = (col("full_date"), col("year"));
        let (Some(date), Some(time), Some(mood)) = (col("date"), col("time"), col("mood")) else {
            return Err(not_daylio());
        };
        if full_date.is_none() && year.is_none() {
            return Err(not_daylio());
        }
        Ok(Columns {
            full_date,
            year,
            date,
            time,
            mood,
            activities: col("activities"),
            title: col("note_title"),
            note: col("note"),
            scales: col("scales"),
            count: headers.len(),
        })
    }
}

/// Whether a record reads as a row of Daylio's data rather than its header: a
/// `full_date` (or a year and an old-style date) first, and a time fourth.
fn is_row(rec: &csv::StringRecord) -> bool {
    let f = |i| rec.get(i).unwrap_or("").trim();
    let dated =
        NaiveDate::parse_from_str(f(0), "%Y-%m-%d").is_ok() || old_date(f(0), f(1)).is_some();
    rec.len() >= 5 && dated && parse_time(f(3)).is_some()
}

/// Whether the first line of a file is a Daylio row (its header line missing).
pub fn is_row_line(line: &str) -> bool {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    rdr.records()
        .next()
        .and_then(Result::ok)
        .is_some_and(|r| is_row(&r))
}

/// The header Daylio writes above rows shaped like `first` (7, 8 or 9 columns, with
/// `full_date` or the old `year`); for any other shape, a refusal naming the header
/// the file is missing.
fn assumed_header(first: &csv::StringRecord) -> Result<csv::StringRecord, Invalid> {
    let full = NaiveDate::parse_from_str(first.get(0).unwrap_or("").trim(), "%Y-%m-%d").is_ok();
    let lead = if full { "full_date" } else { "year" };
    let head = [lead, "date", "weekday", "time", "mood", "activities"];
    let tail: &[&str] = match first.len() {
        7 => &["note"],
        8 => &["note_title", "note"],
        9 => &["note_title", "note", "scales"],
        _ => {
            let usual = head.iter().chain(&["note_title", "note"]).copied();
            let header = usual.collect::<Vec<_>>().join(",");
            return Err(Invalid::new(
                super::line(1),
                t!("import-daylio-header-missing", header = header),
            ));
        }
    };
    Ok(head.iter().chain(tail).copied().collect())
}

fn not_daylio() -> Invalid {
    Invalid::new(super::line(1), t!("import-daylio-not"))
}

/// Reads a Daylio CSV export whole: every row, bad line and unknown label. A file
/// whose header line is missing is read by its shape when it is one of Daylio's (a
/// note says so); otherwise refused naming the header.
pub fn parse_daylio(text: &str, opts: &Options) -> Result<Parsed, Invalid> {
    let text = text.trim_start_matches('\u{feff}');
    let reader = |headed| {
        csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(headed)
            .from_reader(text.as_bytes())
    };
    let mut rdr = reader(true);
    let headers = rdr
        .headers()
        .map_err(|e| {
            Invalid::new(
                super::line(1),
                t!("import-daylio-header", error = e.to_string()),
            )
        })?
        .clone();
    let mut parsed = Parsed::default();
    let cols = match Columns::find(&headers) {
        Ok(cols) => cols,
        Err(e) if !is_row(&headers) => return Err(e),
        Err(_) => {
            let named = assumed_header(&headers)?;
            parsed.notes.push(t!(
                "import-daylio-no-header",
                count = named.len(),
                header = named.iter().collect::<Vec<_>>().join(",")
            ));
            // Line 1 is read as a row, like every line after it.
            rdr = reader(false);
            Columns::find(&named)?
        }
    };
    let mut day: BTreeMap<NaiveDate, Vec<u8>> = BTreeMap::new();
    let mut last_line = 0;
    for rec in rdr.records() {
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                parsed.bad.push((
                    super::line(line as usize),
                    t!("import-row-unreadable", error = e.to_string()),
                ));
                continue;
            }
        };
        let line = rec.position().map_or(0, |p| p.line());
        last_line = line;
        let place = super::line(line as usize);
        match row(&rec, &cols, opts, &mut parsed) {
            Ok(Some(r)) => {
                if let Some(m) = r.entry.mood {
                    day.entry(r.date).or_default().push(m);
                }
                parsed.rows.push(SourceRow { place, ..r });
            }
            Ok(None) => {}
            Err(why) => parsed.bad.push((place, why)),
        }
    }
    if text.matches('"').count() % 2 == 1 {
        // The file ends inside a quoted note: its last row was cut off.
        let place = super::line(last_line as usize);
        parsed.rows.retain(|r| r.place != place);
        parsed.bad.push((place, t!("import-daylio-cut-off")));
    }
    parsed.day_moods = day
        .into_iter()
        .map(|(d, ms)| {
            let (sum, n) = (
                ms.iter().map(|m| u32::from(*m)).sum::<u32>(),
                ms.len() as u32,
            );
            (d, ((2 * sum + n) / (2 * n)) as u8)
        })
        .collect();
    Ok(parsed.number_repeated_keys())
}

/// The row's date and time.
fn when(rec: &csv::StringRecord, cols: &Columns) -> Result<(NaiveDate, NaiveTime), String> {
    let field = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim();
    let date = match (cols.full_date, cols.year) {
        (Some(c), _) => NaiveDate::parse_from_str(field(Some(c)), "%Y-%m-%d")
            .map_err(|_| t!("import-daylio-bad-full-date", value = field(Some(c))))?,
        (None, year) => old_date(field(year), field(Some(cols.date))).ok_or_else(|| {
            let value = format!("{} {}", field(year), field(Some(cols.date)));
            t!("import-daylio-bad-date", value = value)
        })?,
    };
    let time = parse_time(field(Some(cols.time)))
        .ok_or_else(|| t!("import-daylio-bad-time", value = field(Some(cols.time))))?;
    Ok((date, time))
}

/// The entry's text: the note (or the title); with no words, the mood and activities
/// as the person named them; the scales, when the export has them, after it.
fn body_of(mood: &str, activities: &[&str], title: &str, note: String, scales: &str) -> String {
    let body = if note.is_empty() && title.is_empty() {
        match activities {
            [] => mood.to_string(),
            acts => format!("{mood} · {}", acts.join(", ")),
        }
    } else if note.is_empty() {
        title.to_string()
    } else {
        note
    };
    if scales.is_empty() {
        body
    } else {
        format!("{body}\n\n{}", t!("import-daylio-scales", scales = scales))
    }
}

/// One row: `Ok(None)` for a row with an unknown label or nothing in it (both noted).
fn row(
    rec: &csv::StringRecord,
    cols: &Columns,
    opts: &Options,
    parsed: &mut Parsed,
) -> Result<Option<SourceRow>, String> {
    if rec.len() != cols.count {
        return Err(t!(
            "import-daylio-field-count",
            fields = rec.len(),
            header = cols.count
        ));
    }
    let field = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim();
    if rec.iter().all(|f| f.trim().is_empty()) {
        parsed
            .empty
            .push(super::line(rec.position().map_or(0, |p| p.line()) as usize));
        return Ok(None);
    }
    let (date, time) = when(rec, cols)?;
    let label = field(Some(cols.mood)).to_lowercase();
    let activities: Vec<&str> = field(cols.activities)
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect();
    let (title, note) = (
        text::from_html(field(cols.title)),
        text::from_html(field(cols.note)),
    );
    let scales = field(cols.scales);
    if label.is_empty() {
        return Err(t!("import-daylio-no-mood"));
    }
    let Some(mood) = opts.moods.get(&label).copied() else {
        *parsed.unknown_moods.entry(label).or_default() += 1;
        return Ok(None);
    };
    parsed
        .moods_used
        .entry(label.clone())
        .or_insert((mood, 0))
        .1 += 1;
    let body = body_of(field(Some(cols.mood)), &activities, &title, note, scales);
    let at = local_moment(opts.clock, "time", NaiveDateTime::new(date, time))
        .map_err(|e| e.to_string())?;
    let entry = JournalDraft {
        at,
        title: (!title.is_empty()).then_some(title),
        body,
        mood: Some(mood),
        domain: None,
        tags: activities.iter().map(|a| a.to_string()).collect(),
    };
    let entry = checked(entry, date, opts.today)?;
    let (d, t, acts) = (
        date.to_string(),
        time.format("%H:%M").to_string(),
        activities.join("|"),
    );
    let whole: Vec<&str> = rec.iter().collect();
    Ok(Some(SourceRow {
        place: String::new(),
        key: stable_uid("daylio", &[&d, &t, &label, &acts]),
        hash: stable_uid("row", &whole),
        legacy_uid: Some(legacy_uid(
            date,
            time,
            &label,
            field(cols.activities),
            field(cols.title),
            field(cols.note),
        )),
        date,
        entry,
    }))
}

/// The uid the previous importer gave an entry (it kept only rows with text).
fn legacy_uid(
    date: NaiveDate,
    time: NaiveTime,
    label: &str,
    acts: &str,
    title: &str,
    note: &str,
) -> String {
    stable_uid(
        "daylio",
        &[
            &date.to_string(),
            &time.to_string(),
            label,
            acts,
            title,
            note,
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;

    fn opts() -> Options {
        Options {
            clock: Clock::Fixed(
                chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").unwrap(),
            ),
            today: "2026-11-23".parse().unwrap(),
            moods: mood_map(&[]).unwrap(),
        }
    }

    #[test]
    fn every_row_is_an_entry_and_days_average() {
        let csv = "full_date,date,weekday,time,mood,activities,note_title,note\n\
                   2026-11-20,November 20,Friday,21:15,good,walk | Sasha time,Evening,\"Saw Jo<br>felt good\"\n\
                   2026-11-20,November 20,Friday,8:05 AM,meh,,,\n\
                   2026-11-21,November 21,Saturday,03:26,Rad,,,\n";
        let p = parse_daylio(csv, &opts()).unwrap();
        assert_eq!(p.rows.len(), 3);
        assert_eq!(p.day_moods.values().copied().collect::<Vec<_>>(), [6, 9]);
        let e = &p.rows[0].entry;
        assert_eq!(
            (e.title.as_deref(), e.body.as_str()),
            (Some("Evening"), "Saw Jo\nfelt good")
        );
        assert_eq!(p.rows[1].entry.body, "meh");
        assert_eq!(
            p.rows[2].date.to_string(),
            "2026-11-21",
            "its own date, not the day before"
        );
        assert_eq!(p.rows[0].entry.mood, Some(7));
    }

    #[test]
    fn unknown_labels_and_bad_lines_are_all_listed() {
        let csv = "full_date,date,weekday,time,mood,activities,note\n\
                   2026-11-20,x,y,21:15,sleepy,,\n\
                   2026-11-21,x,y,25:99,good,,\n\
                   2026-11-22,x,y,21:15,sleepy,,\n\
                   2026-11-22,x,y,21:15,super rad,,\n\
                   2031-01-01,x,y,21:15,good,,\n\
                   2026-11-22,x,y,21:15\n";
        let p = parse_daylio(csv, &opts()).unwrap();
        assert_eq!(p.unknown_moods.get("sleepy"), Some(&2));
        let err = p.check(false).unwrap_err().to_string();
        assert!(
            err.contains("'sleepy' (2 rows), 'super rad' (1 row)"),
            "{err}"
        );
        assert!(err.contains("--mood-map 'sleepy=N,super rad=N'"), "{err}");
        assert!(err.contains("line 3: time: '25:99'"), "{err}");
        assert!(
            err.contains("line 6: date: 2031-01-01 is after today"),
            "{err}"
        );
        assert!(
            err.contains("line 7: has 4 fields; the header has 7"),
            "{err}"
        );
    }

    #[test]
    fn old_header_and_twelve_hour_times() {
        let csv = "year,date,weekday,time,mood,activities,note\n\
                   2018,18 May,Freitag,11:54 pm,good,\"clean | cook\",\"Went to a party\"\n\
                   2018,May 17,Thursday,10:21 p.m.,meh,,\n";
        let p = parse_daylio(csv, &opts()).unwrap();
        assert!(p.bad.is_empty(), "{:?}", p.bad);
        assert_eq!(p.rows[0].date.to_string(), "2018-05-18");
        assert!(
            p.rows[0]
                .entry
                .at
                .to_rfc3339()
                .starts_with("2018-05-18T23:54")
        );
        assert_eq!(p.rows[1].date.to_string(), "2018-05-17");
    }
}
