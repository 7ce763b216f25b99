//! A record's stamp in a data file (format 4 on): the hybrid-clock version of its last
//! change and the version that change was made on top of, as sync keeps them (a
//! check-in's and the profile's field by field, under `stamps`). An import decides by
//! them as sync does: the later change stays in the record and the other's words are
//! kept aside. A file of format 1 to 3 has no stamps: it says when it was exported, and
//! a record changed here since then is kept, the file's words set aside.

use super::check::bad;
use crate::domain::hlc::{self, Relation, Version};
use crate::error::Result;
use crate::store::changes::State;
use crate::store::schema;
use crate::store::{Store, Tx};
use serde_json::{Map, Value as Json, json};
use std::collections::{BTreeMap, HashMap};

/// The device a record taken from a file without stamps counts as changed on: no device
/// is named, and every journal that imports the same file gives its records the same
/// versions.
pub(super) const UNNAMED: &str = "0000000000000000";
/// How words kept aside from a file without stamps say where they were written (kept
/// with them, in the language of the import).
pub(super) fn unnamed_name() -> String {
    t!("store-file-unnamed-device")
}

/// The longest device id or name a file may give.
const MAX_DEVICE: usize = 64;

/// What an import knows of the file as a whole.
#[derive(Debug, Default)]
pub(super) struct FileInfo {
    /// The file's `format_version`: stamps come from 4 on.
    pub format: i64,
    /// When the file was written, in milliseconds since 1970, when it says.
    pub exported: Option<i64>,
    /// The names of the devices its stamps name, as the file gives them.
    pub names: HashMap<String, String>,
}

/// A record's version and the one it was made on top of, as the file gives them.
pub(super) type Stamp = (Version, Option<Version>);

fn bad_version(at: &str) -> crate::error::Error {
    bad(
        at,
        t!("store-file-bad-stamp", max = hlc::LATEST.to_string()),
    )
}

/// A `[stamp, "device"]`; `[0, ""]` only where `unset` allows it (a field never set).
fn version(v: &Json, at: &str, unset: bool) -> Result<Version> {
    let a = v.as_array().filter(|a| a.len() == 2);
    let stamp = a
        .and_then(|a| a[0].as_i64())
        .filter(|s| (0..=hlc::LATEST).contains(s));
    let device = a.and_then(|a| a[1].as_str()).filter(|d| {
        d.chars().count() <= MAX_DEVICE
            && !d.chars().any(char::is_control)
            && (unset || !d.trim().is_empty())
    });
    match (stamp, device) {
        (Some(s), Some(d)) => Ok(Version::new(s, d)),
        _ => Err(bad_version(at)),
    }
}

/// The record's `stamp` and `stamp_base`, when the file gives them.
pub(super) fn stamp(obj: &Map<String, Json>, at: &str) -> Result<Option<Stamp>> {
    let Some(v) = obj.get("stamp") else {
        if obj.contains_key("stamp_base") {
            return Err(bad(
                &format!("{at}.stamp_base"),
                t!("store-file-base-alone"),
            ));
        }
        return Ok(None);
    };
    let v = version(v, &format!("{at}.stamp"), false)?;
    let base = match obj.get("stamp_base") {
        None | Some(Json::Null) => None,
        Some(b) => Some(version(b, &format!("{at}.stamp_base"), false)?),
    };
    Ok(Some((v, base)))
}

/// A check-in's or the profile's state as the file gives it: its values (as the
/// journal reads them) with each field's version from `stamps`.
pub(super) fn file_state(
    obj: &Map<String, Json>,
    at: &str,
    values: &Map<String, Json>,
    record: &Version,
) -> Result<State> {
    let field = format!("{at}.stamps");
    let stamps = match obj.get("stamps") {
        None => return Err(bad(&field, t!("store-file-no-stamps"))),
        Some(Json::Object(o)) => o,
        Some(_) => return Err(bad(&field, t!("store-file-not-an-object"))),
    };
    if let Some(k) = stamps
        .keys()
        .find(|k| !["born", "del", "fields", "held"].contains(&k.as_str()))
    {
        return Err(bad(
            &format!("{field}.{k}"),
            t!("store-file-not-stamp-part"),
        ));
    }
    let opt = |k: &str| -> Result<Option<Version>> {
        match stamps.get(k) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => Ok(Some(version(v, &format!("{field}.{k}"), false)?)),
        }
    };
    let mut state = State {
        born: opt("born")?.or_else(|| Some(record.clone())),
        del: opt("del")?,
        ..State::default()
    };
    let versions = match stamps.get("fields") {
        None => &Map::new(),
        Some(Json::Object(o)) => o,
        Some(_) => {
            return Err(bad(
                &format!("{field}.fields"),
                t!("store-file-not-an-object"),
            ));
        }
    };
    if let Some(k) = versions.keys().find(|k| !values.contains_key(k.as_str())) {
        return Err(bad(
            &format!("{field}.fields.{k}"),
            t!("store-file-not-record-field"),
        ));
    }
    let mut f = BTreeMap::new();
    for (k, val) in values {
        let v = match versions.get(k) {
            Some(v) => version(v, &format!("{field}.fields.{k}"), true)?,
            None => unstated(k, val, record),
        };
        f.insert(k.clone(), (val.clone(), v));
    }
    state.f = f;
    match stamps.get("held") {
        None => {}
        Some(Json::Object(o)) => {
            for (k, v) in o {
                if !values.contains_key(k.as_str()) {
                    return Err(bad(
                        &format!("{field}.held.{k}"),
                        t!("store-file-not-record-field"),
                    ));
                }
                // A save held the value the row has.
                let held = version(v, &format!("{field}.held.{k}"), false)?;
                state
                    .held
                    .insert(k.clone(), (values[k.as_str()].clone(), held));
            }
        }
        Some(_) => {
            return Err(bad(
                &format!("{field}.held"),
                t!("store-file-not-an-object"),
            ));
        }
    }
    Ok(state)
}

/// A field's version where the file states none, as a new record's: an empty field
/// sets nothing, any other was set with the record.
fn unstated(field: &str, value: &Json, record: &Version) -> Version {
    if crate::store::changes::is_empty(field, value) {
        Version::new(0, "")
    } else {
        record.clone()
    }
}

/// A state's versions, as a data file carries them beside the record's values: only
/// where a field's is not the one a new record's would be (a save that held a value:
/// of the value the row has).
fn state_json(state: &State, row: &Map<String, Json>, record: Option<&Version>) -> Json {
    let fields: Map<String, Json> = state
        .f
        .iter()
        .filter(|(k, (_, v))| {
            let val = row.get(k.as_str());
            record.is_none_or(|r| val.is_none_or(|val| unstated(k, val, r) != *v))
        })
        .map(|(k, (_, v))| (k.clone(), json!([v.stamp, v.device])))
        .collect();
    let held: Map<String, Json> = state
        .held
        .iter()
        .filter(|(k, (val, _))| row.get(k.as_str()) == Some(val))
        .map(|(k, (_, v))| (k.clone(), json!([v.stamp, v.device])))
        .collect();
    json!({"born": state.born, "del": state.del, "fields": fields, "held": held})
}

/// How the file's version of a record stands to the journal's: as sync relates them,
/// and a device's own versions of one record follow each other in time (each made
/// where the one before it was).
pub(super) fn relate(file: &Stamp, here: &Version, here_base: Option<&Version>) -> Relation {
    let (v, base) = file;
    if v.device == here.device && v != here {
        return if v > here {
            Relation::Follows
        } else {
            Relation::Precedes
        };
    }
    hlc::relate(v, base.as_ref(), here, here_base)
}

/// The file's names for the devices it was written with, checked.
pub(super) fn names(doc: &Map<String, Json>) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    let Some(d) = doc.get("devices") else {
        return Ok(out);
    };
    let d = d
        .as_object()
        .ok_or_else(|| bad("devices", t!("store-file-bad-devices")))?;
    for (id, name) in d {
        let name = name
            .as_str()
            .filter(|n| {
                !n.trim().is_empty()
                    && n.chars().count() <= MAX_DEVICE
                    && !n.chars().any(char::is_control)
            })
            .ok_or_else(|| {
                bad(
                    &format!("devices.{id}"),
                    t!("store-file-bad-device-name", max = MAX_DEVICE),
                )
            })?;
        if id.chars().count() > MAX_DEVICE || id.chars().any(char::is_control) {
            return Err(bad("devices", t!("store-file-bad-device-id")));
        }
        out.insert(id.clone(), name.to_string());
    }
    Ok(out)
}

/// When the file was exported, in milliseconds (none from a file that does not say).
pub(super) fn exported(doc: &Map<String, Json>) -> Result<Option<i64>> {
    match doc.get("exported_at") {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => super::check::moment("exported_at", s)
            .map(|t| Some(t.timestamp_millis()))
            .map_err(super::check::invalid),
        Some(_) => Err(bad("exported_at", t!("store-file-bad-exported-at"))),
    }
}

/// Each record's stamp as sync keeps it: (key → (version, base, fields)).
type Kept = HashMap<String, (Version, Option<Version>, Option<String>)>;

impl Store {
    /// Every record's stamp in `tbl`, by key, for the data file.
    pub(super) fn stamps_of(&self, tbl: &str) -> Result<Kept> {
        let mut st = self.conn.prepare_cached(
            "SELECT key, stamp, device, base_stamp, base_device, fields FROM sync_changes
             WHERE tbl = ?1 AND stamp IS NOT NULL AND deleted = 0",
        )?;
        let rows = st.query_map([tbl], |r| {
            let base = match (r.get::<_, Option<i64>>(3)?, r.get::<_, Option<String>>(4)?) {
                (Some(s), Some(d)) => Some(Version::new(s, d)),
                _ => None,
            };
            Ok((
                r.get::<_, String>(0)?,
                (
                    Version::new(r.get(1)?, r.get::<_, String>(2)?),
                    base,
                    r.get(5)?,
                ),
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// This journal's device and the others it has heard of, by name, so that words a
    /// file sets aside in another journal say where they were written.
    pub(super) fn device_names(&self) -> Result<Map<String, Json>> {
        let me = self.journal_device()?;
        let mine = match self.sync_setup()? {
            Some(s) => s.name,
            None => crate::store::changes::host_name(),
        };
        let mut out = Map::new();
        let mut st = self
            .conn
            .prepare("SELECT device, name FROM sync_devices WHERE name <> ''")?;
        for r in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (d, n) = r?;
            out.insert(d, Json::String(n));
        }
        out.insert(me, Json::String(mine));
        Ok(out)
    }
}

/// Adds a record's stamp to its row in the file.
/// With `fields`, a check-in's: each field's version only where it is not the one its
/// record's would give it; the profile's every one (each journal's profile is made with
/// a version of its own, which its fields' do not follow).
pub(super) fn put_stamp(row: &mut Map<String, Json>, stamps: &Kept, key: &str, fields: bool) {
    let Some((v, base, state)) = stamps.get(key) else {
        return;
    };
    row.insert("stamp".into(), json!([v.stamp, v.device]));
    row.insert(
        "stamp_base".into(),
        base.as_ref()
            .map_or(Json::Null, |b| json!([b.stamp, b.device])),
    );
    if fields {
        let state = State::parse(state.as_deref());
        let mut j = state_json(&state, row, (key != schema::PROFILE).then_some(v));
        let values: Vec<&String> = row.keys().collect();
        // Only the fields the row has.
        for part in ["fields", "held"] {
            if let Some(Json::Object(f)) = j.get_mut(part) {
                f.retain(|k, _| values.contains(&k));
            }
        }
        row.insert("stamps".into(), j);
    }
}

impl Tx<'_> {
    /// Gives the records an import took the versions the file gave them (or, from a
    /// file without stamps, the versions it stands for): not this journal's changes,
    /// and sent on as they are when sync is set up.
    pub(super) fn set_stamps(&self, taken: &[(&str, String, Stamp)]) -> Result<()> {
        for (tbl, key, (v, b)) in taken {
            // A check-in (from a file without stamps) keeps its fields' versions too.
            let fields = match *tbl {
                schema::CHECKINS => {
                    let old = self.sync_entry(tbl, key)?.and_then(|e| e.fields);
                    Some(self.stamp_fields(tbl, key, old.as_deref(), v)?)
                }
                _ => None,
            };
            self.prepare_cached(
                "UPDATE sync_changes SET pending = 0, dirty = 1, stamp = ?3, device = ?4,
                     base_stamp = ?5, base_device = ?6, deleted = 0, seg_device = NULL,
                     seg = NULL, fields = coalesce(?7, fields)
                 WHERE tbl = ?1 AND key = ?2",
            )?
            .execute(rusqlite::params![
                tbl,
                key,
                v.stamp,
                v.device,
                b.as_ref().map(|b| b.stamp),
                b.as_ref().map(|b| b.device.clone()),
                fields
            ])?;
        }
        Ok(())
    }
}
