//! A sync segment's plaintext, as a type: what one device's file in the sync folder
//! says once unsealed. It reads and writes the JSON tend has always written (keys in
//! the same order, the same one-letter record keys), so segments of every format stay
//! readable and a newer tend's extra keys are ignored rather than refused.

use crate::domain::hlc::{self, Version};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// A whole segment. Fields are in the order tend writes them (alphabetical, as a JSON
/// object was written before the type existed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// Always "tend".
    pub app: String,
    /// The writing device's hybrid clock when it wrote the segment.
    pub clock: i64,
    /// The writing device's id, and the segment's folder.
    pub device: String,
    /// The devices the writer has forgotten (retired, or unseen too long), each with
    /// the day it was: every device that reads this forgets them too.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub forgot: BTreeMap<String, String>,
    /// The format of the contents (`SEGMENT_FORMAT`).
    pub format: i64,
    /// A snapshot's: the identity of the last segment it stands for (what the device's
    /// next segment names as its `prev`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
    /// The device's name, as the person called it.
    #[serde(default)]
    pub name: Option<String>,
    /// The identity of the device's previous segment: another file merged here under
    /// that number means its segments forked (a restored journal wrote them again).
    #[serde(default)]
    pub prev: Option<String>,
    pub records: Vec<Record>,
    /// How many of each device's segments the writer had merged.
    #[serde(default)]
    pub seen: BTreeMap<String, i64>,
    pub seq: i64,
}

/// One record of a segment: a kind of record and its key, with its version and the
/// version it was made on; then its fields (a check-in, the profile), its row, or its
/// deletion.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The version this one was made on top of.
    #[serde(default)]
    pub b: Option<(i64, String)>,
    /// Deleted at this version.
    #[serde(default, skip_serializing_if = "is_false")]
    pub del: bool,
    /// A check-in's or the profile's fields, each with its own version.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "given"
    )]
    pub f: Option<Json>,
    /// Its key: a uid, or a check-in's date.
    pub k: String,
    /// Sent on for a record another device needs to place this segment's records.
    #[serde(default, skip_serializing_if = "is_false")]
    pub relay: bool,
    /// A data file's record counts its edits here (never written in a segment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Json>,
    /// The record, in the data file's shape (fields a newer tend added included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<Json>,
    /// The kind of record, as the schema spells its table.
    pub t: String,
    /// Its version: a hybrid-clock stamp and the device that made it.
    pub v: Option<(i64, String)>,
    /// Its row's values, checked on the thread that read the segment (never written).
    #[serde(skip)]
    pub ahead: Ahead,
}

/// A record's row checked ahead, as a merge checks one new here (see
/// `changes::check_ahead`). Only what the reading thread found; two records are equal
/// whatever it holds.
#[derive(Debug, Clone, Default)]
pub struct Ahead(pub Option<Checked>);

/// A row's values, checked against a today and the hour the day starts, before its
/// references are resolved and any absent stamp is given.
#[derive(Debug, Clone)]
pub struct Checked {
    pub today: chrono::NaiveDate,
    pub day_start: u8,
    pub vals: Vec<rusqlite::types::Value>,
}

impl PartialEq for Ahead {
    fn eq(&self, _: &Ahead) -> bool {
        true
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A field that is there, even as null (a check-in's fields written as null).
fn given<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Json>, D::Error> {
    Json::deserialize(d).map(Some)
}

static NULL: Json = Json::Null;

impl Record {
    /// Its row, or null.
    pub fn row(&self) -> &Json {
        self.row.as_ref().unwrap_or(&NULL)
    }

    /// Its fields, or null.
    pub fn fields(&self) -> &Json {
        self.f.as_ref().unwrap_or(&NULL)
    }

    /// Its version, when its stamp is one a clock can make.
    pub fn version(&self) -> Option<Version> {
        version(self.v.as_ref())
    }

    pub fn base(&self) -> Option<Version> {
        version(self.b.as_ref())
    }

    /// Whether its version was stamped past the year 3000 (by an older tend on a
    /// wrong clock): left out, not held against the whole segment.
    pub fn past_latest(&self) -> bool {
        let stamp = |v: &Json| v[0].as_i64().is_some_and(|s| s > hlc::LATEST);
        let f = self.fields();
        self.v.as_ref().is_some_and(|(s, _)| *s > hlc::LATEST)
            || f["f"]
                .as_object()
                .is_some_and(|f| f.values().any(|field| stamp(&field[1])))
            || ["born", "del"].iter().any(|k| stamp(&f[*k]))
    }
}

/// A version as a segment writes it: [stamp, device].
pub fn written(v: Option<&Version>) -> Option<(i64, String)> {
    v.map(|v| (v.stamp, v.device.clone()))
}

fn version(v: Option<&(i64, String)>) -> Option<Version> {
    let (stamp, device) = v?;
    (0..=hlc::LATEST)
        .contains(stamp)
        .then(|| Version::new(*stamp, device))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A segment as tend 0.1 wrote it before the type (format 3): a profile's fields,
    /// a check-in's fields, a row, a deletion and a relay, with every key in place.
    const WRITTEN: &str = r#"{"app":"tend","clock":7109876543210,"device":"d-a","format":3,"name":"laptop","prev":null,"records":[{"b":null,"f":{"f":{"display_name":["Sam",[7109876543000,"d-a"]]}},"k":"profile","t":"profile","v":[7109876543000,"d-a"]},{"b":[7109876542000,"d-b"],"f":null,"k":"2026-11-20","t":"checkins","v":[7109876543100,"d-a"]},{"b":null,"k":"u-1","row":{"body":"Quiet evening.","date":"2026-11-20","uid":"u-1"},"t":"journal_entries","v":[7109876543200,"d-a"]},{"b":null,"del":true,"k":"u-2","t":"goals","v":[7109876543300,"d-a"]},{"b":null,"k":"u-3","relay":true,"row":{"name":"Walk","uid":"u-3"},"t":"coping_strategies","v":[7109876540000,"d-b"]}],"seen":{"d-a":4,"d-b":2},"seq":5}"#;

    #[test]
    fn a_segment_reads_and_writes_the_json_tend_has_always_written() {
        let seg: Segment = serde_json::from_str(WRITTEN).unwrap();
        assert_eq!(seg.records.len(), 5);
        assert_eq!(seg.records[1].f, Some(Json::Null));
        assert!(seg.records[3].del && seg.records[4].relay);
        assert_eq!(seg.seen["d-b"], 2);
        assert_eq!(serde_json::to_string(&seg).unwrap(), WRITTEN);
        // And as the untyped JSON it was before: the same document.
        let untyped: Json = serde_json::from_str(WRITTEN).unwrap();
        assert_eq!(serde_json::to_value(&seg).unwrap(), untyped);
    }

    #[test]
    fn a_newer_tends_extra_keys_are_read_past() {
        let newer = WRITTEN.replace(r#""seq":5}"#, r#""seq":5,"compacted":true}"#);
        let seg: Segment = serde_json::from_str(&newer).unwrap();
        assert_eq!(seg.seq, 5);
    }

    #[test]
    fn a_version_a_clock_cannot_make_is_none() {
        let r = Record {
            v: Some((hlc::LATEST + 1, "d".into())),
            b: Some((-1, "d".into())),
            ..Record::default()
        };
        assert_eq!(r.version(), None);
        assert_eq!(r.base(), None);
        assert!(r.past_latest());
    }
}
