//! Merging a tend data file into the journal. Every field is checked like typed input
//! before anything is written (one bad value refuses the whole file, naming the
//! record and field); each record is decided by its stamp as sync decides (`stamps`):
//! the later change stays, and the words of one made without seeing the other are kept
//! aside; a field the file leaves out keeps its value; and a record that would not
//! change is not written at all.

use super::check::{self, Today, bad};
use super::stamps::{self, FileInfo, Stamp, UNNAMED};
use super::{FORMAT_VERSION, LINKS, RECORDS, uid_key};
use crate::domain::hlc::Version;
use crate::domain::one_line;
use crate::domain::time::local_date;
use crate::error::Result;
use crate::store::Tx;
use crate::store::changes::segment::Record;
use crate::store::changes::{Incoming, Merge};
use crate::store::schema::{self, Link};
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json, json};
use std::collections::{HashMap, HashSet};

/// What an import changed, record by record.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Merged {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records changed here after the file's copy (a later stamp here): kept.
    pub kept_newer: usize,
    /// Records the person deleted here (after the file's copy): not brought back.
    pub skipped_deleted: usize,
    /// Texts of the file's or the journal's kept aside beside their record, where one
    /// was changed without seeing the other.
    pub kept_aside: usize,
    /// Records of a kind this tend does not know (a newer tend's): kept aside, to
    /// merge after an upgrade.
    pub held: usize,
}

/// Refuses a document that is not a tend data export, or one from a newer tend.
pub(super) fn check_header(obj: &Map<String, Json>) -> Result<()> {
    if obj.get("app").and_then(Json::as_str) != Some("tend") {
        return Err(bad("app", t!("store-file-not-tend")));
    }
    let field = "format_version";
    match obj.get(field) {
        None | Some(Json::Null) => Err(bad(field, t!("store-check-missing"))),
        Some(Json::Number(n)) => match n.as_i64() {
            Some(v) if (1..=FORMAT_VERSION).contains(&v) => Ok(()),
            Some(v) if v > FORMAT_VERSION => Err(bad(
                field,
                t!("store-file-newer", version = v, known = FORMAT_VERSION),
            )),
            _ => Err(bad(
                field,
                t!(
                    "store-file-unknown-version",
                    version = n.to_string(),
                    known = FORMAT_VERSION
                ),
            )),
        },
        Some(v) => Err(bad(
            field,
            t!(
                "store-file-version-not-number",
                known = FORMAT_VERSION,
                value = v.to_string()
            ),
        )),
    }
}

/// What happened to a record of the file, for its links.
pub(super) enum Fate {
    Added(i64),
    Updated(i64),
    Left,
}

/// One import's running state: counts, the records whose links the file sets, the
/// versions taken from the file, and the words kept aside.
pub(super) struct Run<'a> {
    pub merged: Merged,
    /// (table, uid) → local id, for records added or updated by this import.
    written: HashMap<(&'static str, String), i64>,
    /// (table, local id) of updated records, whose links the file replaces.
    replaced: HashSet<(&'static str, i64)>,
    /// (table, sync key, version) of each record taken from the file.
    pub taken: Vec<(&'static str, String, Stamp)>,
    pub m: Merge<'a>,
    pub info: FileInfo,
}

impl Tx<'_> {
    pub(super) fn local_id(&self, table: &str, uid: &str) -> Result<Option<i64>> {
        Ok(self
            .query_row(
                &format!("SELECT id FROM {table} WHERE uid = ?1"),
                [uid],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The revision at which the record with `uid` was deleted here, if it was.
    pub(super) fn deleted_at_revision(&self, table: &str, uid: &str) -> Result<Option<i64>> {
        Ok(self
            .query_row(
                "SELECT revision FROM tombstones WHERE tbl = ?1 AND uid = ?2",
                [table, uid],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn today(&self) -> Result<Today> {
        let day_start = crate::store::profile(self)?.day_start_hour;
        Ok(Today {
            date: local_date(self.at, day_start),
            day_start,
        })
    }

    /// Merges a document from `export_data` by uid. Any problem names the record and
    /// field, and the whole transaction is dropped.
    pub fn import_data(&self, doc: &Json) -> Result<Merged> {
        let obj = doc
            .as_object()
            .ok_or_else(|| bad("file", t!("store-file-not-object")))?;
        check_header(obj)?;
        let known = |k: &str| {
            [
                "app",
                "format_version",
                "exported_at",
                "devices",
                schema::PROFILE,
            ]
            .contains(&k)
                || RECORDS.iter().any(|t| t.table == k)
                || LINKS.iter().any(|l| l.table == k)
        };
        // A list of records of a kind a newer tend added is held aside whole, to merge
        // after an upgrade; anything else unknown is refused.
        let newer_kind = |v: &Json| {
            v.as_array().is_some_and(|l| {
                !l.is_empty() && l.iter().all(|r| r.get("uid").is_some_and(Json::is_string))
            })
        };
        if let Some(k) = obj
            .keys()
            .find(|k| !known(k) && !newer_kind(&obj[k.as_str()]))
        {
            return Err(bad(k, t!("store-file-unknown-part")));
        }
        let mut held = 0;
        for (k, rows) in obj.iter().filter(|(k, _)| !known(k)) {
            for row in rows.as_array().into_iter().flatten() {
                let why = t!(
                    "store-unknown-kind",
                    kind = format!("{:?}", one_line(k, 40))
                );
                self.hold(("", 0, 0), &json!({"t": k, "row": row}), &why)?;
                held += 1;
            }
        }
        let today = self.today()?;
        let format = obj["format_version"].as_i64().unwrap_or(1);
        if format < 4
            && let Some(k) = obj.keys().find(|k| *k == "devices")
        {
            return Err(bad(k, t!("store-file-part-too-new")));
        }
        let info = FileInfo {
            format,
            exported: stamps::exported(obj)?,
            names: stamps::names(obj)?,
        };
        let me = crate::store::changes::journal_device(self)?;
        let mut m = Merge::import(me, today);
        m.names = info.names.clone();
        m.names.insert(UNNAMED.into(), stamps::unnamed_name());
        let mut run = Run {
            merged: Merged {
                held,
                ..Merged::default()
            },
            written: HashMap::new(),
            replaced: HashSet::new(),
            taken: Vec::new(),
            m,
            info,
        };
        if let Some(p) = obj.get(schema::PROFILE) {
            let p = p
                .as_object()
                .ok_or_else(|| bad(schema::PROFILE, t!("store-file-not-an-object")))?;
            self.import_profile(p, &mut run)?;
        }
        self.import_records(obj, today, &mut run)?;
        // What a record the file brought back had when it was deleted here comes back.
        self.sync_put_back(today)?;
        // Last, once their links are written too: the records taken keep the file's
        // versions, and the words kept aside the versions of the edits they come from.
        self.set_stamps(&run.taken)?;
        self.sync_kept_versions(&run.m.kept)?;
        run.merged.kept_aside = run.m.kept.len();
        Ok(run.merged)
    }

    /// Every table's records, then the links of those added or updated.
    fn import_records(&self, obj: &Map<String, Json>, today: Today, run: &mut Run) -> Result<()> {
        for t in RECORDS {
            let Some(rows) = obj.get(t.table) else {
                continue;
            };
            let rows = rows
                .as_array()
                .ok_or_else(|| bad(t.table, t!("store-file-not-a-list")))?;
            for (i, row) in rows.iter().enumerate() {
                let at = format!("{}[{i}]", t.table);
                let fate = self.import_row(t, row, &at, today, run)?;
                let uid = row.get("uid").and_then(Json::as_str).unwrap_or_default();
                let here = matches!(fate, Fate::Left) && self.local_id(t.table, uid)?.is_some();
                if here || matches!(fate, Fate::Added(_) | Fate::Updated(_)) {
                    self.keep_extras(t, uid, row, here)?;
                }
                match fate {
                    Fate::Added(id) => {
                        run.written.insert((t.table, uid.into()), id);
                    }
                    Fate::Updated(id) => {
                        run.written.insert((t.table, uid.into()), id);
                        run.replaced.insert((t.table, id));
                    }
                    Fate::Left => {}
                }
            }
        }
        for link in LINKS {
            let Some(rows) = obj.get(link.table) else {
                continue;
            };
            let rows = rows
                .as_array()
                .ok_or_else(|| bad(link.table, t!("store-file-not-a-list")))?;
            self.replace_links(link, run)?;
            for (i, row) in rows.iter().enumerate() {
                self.import_link(link, row, &format!("{}[{i}]", link.table), run)?;
            }
        }
        Ok(())
    }

    /// The file's profile: with stamps, merged field by field as sync merges it; without,
    /// taken when the journal's has not changed since the file was exported, and
    /// otherwise only filling in what the journal has not set. Every field is checked
    /// first.
    fn import_profile(&self, p: &Map<String, Json>, run: &mut Run) -> Result<()> {
        profile_fields_known(p, run.info.format)?;
        let today = self.today()?;
        let name = check::value(
            check::Kind::OptName,
            "profile.display_name",
            p.get("display_name"),
            today,
        )?;
        let start = check::value(
            check::Kind::OptLived,
            "profile.recovery_start",
            p.get("recovery_start"),
            today,
        )?;
        let hour = check::value(
            check::Kind::OptInt(0, 23),
            "profile.day_start_hour",
            p.get("day_start_hour"),
            today,
        )?;
        revision(p, schema::PROFILE)?;
        let prof = crate::store::profile(self)?;
        if let Some(stamp) = stamps::stamp(p, schema::PROFILE)? {
            let json_of = |v: Value| match v {
                Value::Text(t) => json!(t),
                Value::Integer(i) => json!(i),
                _ => Json::Null,
            };
            let mut values = Map::new();
            values.insert("display_name".into(), json_of(name));
            values.insert("recovery_start".into(), json_of(start));
            values.insert(
                "day_start_hour".into(),
                match hour {
                    Value::Integer(h) => json!(h),
                    _ => json!(prof.day_start_hour),
                },
            );
            return self.import_profile_stamped(p, &values, stamp, run);
        }
        let changed: Option<Version> = self
            .sync_entry(schema::PROFILE, schema::PROFILE)?
            .and_then(|e| e.version);
        let newer = match (changed, run.info.exported) {
            (Some(v), Some(x)) => crate::domain::hlc::millis(v.stamp) <= x,
            (None, _) => true,
            (_, None) => false,
        };
        let text = |v: Value| match v {
            Value::Text(t) => Some(t),
            _ => None,
        };
        let mut next = prof.clone();
        if p.contains_key("display_name") && (newer || prof.display_name.is_none()) {
            next.display_name = text(name);
        }
        if p.contains_key("recovery_start") && (newer || prof.recovery_start.is_none()) {
            next.recovery_start = text(start).and_then(|s| s.parse().ok());
        }
        let unset_hour = prof.day_start_hour == crate::domain::time::DEFAULT_DAY_START_HOUR;
        if let (true, Value::Integer(h)) = (newer || unset_hour, hour) {
            next.day_start_hour = h as u8;
        }
        if next != prof {
            self.set_profile(&next)?;
        }
        Ok(())
    }

    /// The file's profile with its stamps, merged field by field.
    fn import_profile_stamped(
        &self,
        p: &Map<String, Json>,
        values: &Map<String, Json>,
        stamp: Stamp,
        run: &mut Run,
    ) -> Result<()> {
        let state = stamps::file_state(p, schema::PROFILE, values, &stamp.0)?;
        let rec = Record {
            f: Some(serde_json::to_value(state).expect("a state serializes")),
            ..Record::default()
        };
        let inc = Incoming {
            tbl: schema::PROFILE,
            key: schema::PROFILE,
            v: stamp.0,
            base: stamp.1,
            relay: false,
            rec: &rec,
        };
        self.merge_fields(&inc, &mut run.m)?;
        Ok(())
    }

    /// Drops the links of records this import updated, so the file's links replace them.
    fn replace_links(&self, link: &Link, run: &Run<'_>) -> Result<()> {
        let (name, (a, ta), _) = link.ends();
        for (table, id) in &run.replaced {
            if *table == ta {
                self.execute(&format!("DELETE FROM {name} WHERE {a} = ?1"), [id])?;
            }
        }
        Ok(())
    }

    /// One row of a link table. Links travel with their first record: they are written
    /// only when that record was added or updated by this import.
    fn import_link(&self, link: &Link, row: &Json, at: &str, run: &Run<'_>) -> Result<()> {
        let (name, (a, ta), (b, tb)) = link.ends();
        let row = row
            .as_object()
            .ok_or_else(|| bad(at, t!("store-file-not-an-object")))?;
        let uid_at = |col: &str| -> Result<(String, String)> {
            let key = uid_key(col);
            let uid = row
                .get(&key)
                .and_then(Json::as_str)
                .ok_or_else(|| bad(&format!("{at}.{key}"), t!("store-check-missing")))?;
            Ok((key, uid.to_string()))
        };
        let (_, parent) = uid_at(a)?;
        let second = if tb.is_empty() {
            let field = format!("{at}.{b}");
            let tag = row
                .get(b)
                .and_then(Json::as_str)
                .ok_or_else(|| bad(&field, t!("store-file-not-text")))?;
            let norm = crate::domain::normalize_tag(tag).map_err(|e| bad(&field, e.reason))?;
            Value::Text(norm)
        } else {
            let (key, uid) = uid_at(b)?;
            match self.local_id(tb, &uid)? {
                Some(id) => Value::Integer(id),
                None if self.deleted_at_revision(tb, &uid)?.is_some() => return Ok(()),
                None => {
                    return Err(bad(
                        &format!("{at}.{key}"),
                        t!("store-file-no-record", table = tb, uid = uid),
                    ));
                }
            }
        };
        let Some(first) = run.written.get(&(ta, parent.clone())) else {
            if self.local_id(ta, &parent)?.is_none()
                && self.deleted_at_revision(ta, &parent)?.is_none()
            {
                let key = uid_key(a);
                return Err(bad(
                    &format!("{at}.{key}"),
                    t!("store-file-no-record", table = ta, uid = parent),
                ));
            }
            return Ok(());
        };
        self.execute(
            &format!("INSERT OR IGNORE INTO {name} ({a}, {b}) VALUES (?1, ?2)"),
            rusqlite::params![first, second],
        )?;
        Ok(())
    }
}

/// Refuses a profile field tend does not know (stamps come with format 4).
fn profile_fields_known(p: &Map<String, Json>, format: i64) -> Result<()> {
    let known = [
        "display_name",
        "recovery_start",
        "day_start_hour",
        "revision",
    ];
    let stamped = |k: &str| format >= 4 && ["stamp", "stamp_base", "stamps"].contains(&k);
    match p
        .keys()
        .find(|k| !known.contains(&k.as_str()) && !stamped(k))
    {
        Some(k) => Err(bad(&format!("profile.{k}"), t!("store-file-unknown-field"))),
        None => Ok(()),
    }
}

/// The highest revision a file may carry: the largest whole number JSON readers agree
/// on (2^53 - 1), far below where counting each edit on from it could overflow.
pub const MAX_REVISION: i64 = (1 << 53) - 1;

/// A record's `revision`: a whole number from 1 to `MAX_REVISION`, when the file has one.
pub(super) fn revision(obj: &Map<String, Json>, at: &str) -> Result<Option<i64>> {
    match obj.get("revision") {
        None | Some(Json::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .filter(|r| (1..=MAX_REVISION).contains(r))
            .map(Some)
            .ok_or_else(|| {
                bad(
                    &format!("{at}.revision"),
                    t!("store-file-bad-revision", max = MAX_REVISION.to_string()),
                )
            }),
    }
}
