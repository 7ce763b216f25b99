//! Reading other journals: Daylio CSV, jrnl (JSON, plain text, folders) and Day One
//! JSON. Parsing is pure: it turns a file into source rows, each with a stable key and
//! the date its source gives it, every field checked like typed input, and lists every
//! bad line, empty entry and unknown mood label at once. The store writes the rows
//! (`store::imports`), remembering each source row so a re-import is harmless;
//! `import_file` runs one import end to end.

mod daylio;
mod dayone;
mod detect;
mod jrnl;
mod text;
mod when;
mod zip;

use daylio::is_row_line as is_daylio_row;
pub use daylio::{DAYLIO_MOODS, mood_map, parse_daylio};
pub use dayone::{parse_dayone, parse_dayone_zip};
pub use detect::{Source, detect};
pub use jrnl::{parse_jrnl, parse_jrnl_folder, parse_jrnl_text};

use crate::clock::Clock;
use crate::domain::time::MomentSpec;
use crate::domain::{Invalid, JournalDraft};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime};
use std::collections::BTreeMap;

/// The largest file tend imports: a zip (a Day One export with its photos)...
pub const MAX_ZIP: u64 = 1 << 30;
/// ...and any other (text: CSV, JSON, jrnl's journal; the files of a jrnl folder
/// together).
pub const MAX_TEXT: u64 = 256 << 20;

/// One row of a source file, ready to become a journal entry.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    /// Where it is in the file ("line 12", "entries[3]"), for messages.
    pub place: String,
    /// What identifies the row across exports (see each format), hashed.
    pub key: String,
    /// A hash of the whole row: a changed row has another.
    pub hash: String,
    /// The uid an earlier tend gave the entry it made of this row, if any.
    pub legacy_uid: Option<String>,
    /// The date the source gives the row; the entry keeps it.
    pub date: NaiveDate,
    /// The entry, checked like typed input.
    pub entry: JournalDraft,
}

/// What a source file holds, read whole.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Parsed {
    pub rows: Vec<SourceRow>,
    /// Each day's check-in mood, derived from the rows (Daylio: the day's average).
    pub day_moods: BTreeMap<NaiveDate, u8>,
    /// Lines that cannot be read: (place, reason).
    pub bad: Vec<(String, String)>,
    /// Entries with nothing in them, skipped: their places.
    pub empty: Vec<String>,
    /// Mood labels with no number: label → rows.
    pub unknown_moods: BTreeMap<String, usize>,
    /// Mood labels used: label → (number, rows), for the preview.
    pub moods_used: BTreeMap<String, (u8, usize)>,
    /// What the person should know about how the file was read (a Daylio file
    /// without its header line, say).
    pub notes: Vec<String>,
}

/// What a parser needs besides the text.
#[derive(Debug, Clone)]
pub struct Options {
    pub clock: Clock,
    /// The person's today: nothing after it (or before 1900) is taken.
    pub today: NaiveDate,
    /// Daylio mood labels → tend's 1–10.
    pub moods: BTreeMap<String, u8>,
}

impl Parsed {
    /// Two rows with the same key in one file (two Daylio entries in the same minute
    /// with the same mood and activities) are both kept: the second gets `#2`, in
    /// file order.
    fn number_repeated_keys(mut self) -> Self {
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        for r in &mut self.rows {
            let n = seen.entry(r.key.clone()).or_default();
            *n += 1;
            if *n > 1 {
                r.key = format!("{}#{n}", r.key);
            }
        }
        self
    }

    /// The first and last dates of the rows.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.rows.iter().map(|r| r.date).min()?;
        let last = self.rows.iter().map(|r| r.date).max()?;
        Some((first, last))
    }

    /// Refuses a file with unknown mood labels (all of them, with a ready flag) or
    /// with bad lines (all of them), unless `skip_bad` lets the good rows in.
    pub fn check(&self, skip_bad: bool) -> Result<(), Invalid> {
        let mut problems = Vec::new();
        if !self.unknown_moods.is_empty() {
            problems.push(unknown_moods(&self.unknown_moods));
        }
        if !self.bad.is_empty() && !skip_bad {
            let lines: Vec<String> = self
                .bad
                .iter()
                .map(|(place, why)| format!("  {place}: {why}"))
                .collect();
            let head = t!("import-bad-lines", count = self.bad.len());
            problems.push(format!("{head}\n{}", lines.join("\n")));
        }
        if problems.is_empty() {
            return Ok(());
        }
        Err(Invalid::new(
            "file",
            t!("import-nothing-imported", problems = problems.join("\n")),
        ))
    }
}

/// Where a row is in a file: "line 12".
pub fn line(n: usize) -> String {
    t!("import-line", line = n)
}

/// Every unknown mood label with its rows, and a `--mood-map` to fill in.
fn unknown_moods(labels: &BTreeMap<String, usize>) -> String {
    let listed: Vec<String> = labels
        .iter()
        .map(|(l, n)| t!("import-unknown-mood", label = l, count = *n))
        .collect();
    let flag: Vec<String> = labels.keys().map(|l| format!("{l}=N")).collect();
    t!(
        "import-unknown-moods",
        count = labels.len(),
        labels = listed.join(", "),
        map = flag.join(",").replace('\'', "'\\''")
    )
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

/// A local wall-clock time as a moment. A time that a daylight-saving change skipped
/// (the source recorded it, so the clock showed it) is read an hour later; a time
/// the change showed twice is read as the first of the two.
pub fn local_moment(
    clock: Clock,
    field: &str,
    n: NaiveDateTime,
) -> Result<DateTime<FixedOffset>, Invalid> {
    use chrono::TimeZone;
    if clock == Clock::System {
        let local = chrono::Local;
        let found = local.from_local_datetime(&n).earliest().or_else(|| {
            local
                .from_local_datetime(&(n + Duration::hours(1)))
                .earliest()
        });
        if let Some(t) = found {
            // The earliest instant the clock showed this time at (an hour before, in
            // the night that shows it twice).
            let earlier = t - Duration::hours(1);
            let t = if earlier.naive_local() == n {
                earlier
            } else {
                t
            };
            return Ok(t.fixed_offset());
        }
    }
    clock
        .resolve(field, MomentSpec::Local(n))
        .or_else(|_| clock.resolve(field, MomentSpec::Local(n + Duration::hours(1))))
}

/// Checks the entry and its date like typed input; the reason names the field.
pub fn checked(
    entry: JournalDraft,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<JournalDraft, String> {
    crate::domain::time::check_lived("date", date, today).map_err(|e| e.to_string())?;
    entry.validated().map_err(|e| e.to_string())
}
