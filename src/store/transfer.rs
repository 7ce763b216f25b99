//! Full data as versioned JSON, and merging it back. Every table is described once
//! below; rows keep their `id`, references travel as the referenced row's `uid`, and an
//! import inserts or updates by `uid` in one transaction, so importing twice changes
//! nothing and a bad file writes nothing.

use super::Store;
use crate::error::Result;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json, json};

/// 2 adds each record's `revision` (and the profile's); 3 writes a connection's `share`
/// as "shared", "private" or "unset" (0 or 1 before, read by the connection's kind); 4
/// adds each record's `stamp` and `stamp_base` (a check-in's and the profile's field by
/// field under `stamps`) and the `devices` that made them, so an import can tell which
/// side changed a record last, as sync does (a revision counts edits in one journal
/// only). Files of versions 1 to 3 are still read.
pub const FORMAT_VERSION: i64 = 4;

mod check;
mod merge;
mod record;
mod rows;
mod stamps;

pub(super) use check::date as check_date;
pub use merge::Merged;
pub(super) use record::{Put, Today, record_refs, sync_tables, synced_table, text_columns};

use check::{
    CATEGORY, CONNECTION_KIND, DOMAIN, FELLOWSHIP, GOAL_KIND, GOAL_STATUS, Kind, MEETING_FORMAT,
    OPT_DOMAIN, ORIGIN, OUTCOME, POSITION, SECTION, SETBACK_KIND, STAGE,
};

struct Table {
    name: &'static str,
    /// Each column with what it may hold.
    columns: &'static [(&'static str, Kind)],
    /// (column, referenced table, whether the row needs it): exported as
    /// `<column minus _id>_uid`.
    refs: &'static [(&'static str, &'static str, bool)],
}

const STAMPS: [&str; 2] = ["created_at", "updated_at"];

const RATING: Kind = Kind::OptInt(1, 10);

/// In dependency order: a table comes after every table it refers to.
const TABLES: &[Table] = &[
    Table {
        name: "commitments",
        columns: &[
            ("name", Kind::Name),
            ("start_date", Kind::Lived),
            ("note", Kind::Text),
        ],
        refs: &[],
    },
    Table {
        name: "checkins",
        columns: &[
            ("date", Kind::Lived),
            ("mood", RATING),
            ("craving", Kind::OptInt(0, 10)),
            ("physical", RATING),
            ("mental", RATING),
            ("emotional", RATING),
            ("social", RATING),
            ("spiritual", RATING),
            ("hungry", Kind::Flag),
            ("angry", Kind::Flag),
            ("lonely", Kind::Flag),
            ("tired", Kind::Flag),
            ("sleep_hours", Kind::Hours),
            ("intention", Kind::Text),
            ("reflection", Kind::Text),
            ("gratitude", Kind::Text),
            ("note", Kind::Text),
            ("imported_from", Kind::OptName),
        ],
        refs: &[],
    },
    Table {
        name: "journal_entries",
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("title", Kind::OptName),
            ("body", Kind::Body),
            ("mood", RATING),
            ("domain", OPT_DOMAIN),
            ("imported_from", Kind::OptName),
        ],
        refs: &[],
    },
    Table {
        name: "goals",
        columns: &[
            ("title", Kind::Name),
            ("domain", DOMAIN),
            ("why", Kind::Text),
            ("kind", GOAL_KIND),
            ("per_week", Kind::OptInt(1, 7)),
            ("target_date", Kind::OptDate),
            ("status", GOAL_STATUS),
        ],
        refs: &[],
    },
    Table {
        name: "goal_steps",
        columns: &[
            ("position", POSITION),
            ("title", Kind::Name),
            ("done_on", Kind::OptLived),
        ],
        refs: &[("goal_id", "goals", true)],
    },
    Table {
        name: "goal_logs",
        columns: &[("date", Kind::Lived), ("note", Kind::Text)],
        refs: &[("goal_id", "goals", true), ("step_id", "goal_steps", false)],
    },
    Table {
        name: "coping_strategies",
        columns: &[
            ("name", Kind::Name),
            ("description", Kind::Text),
            ("domain", OPT_DOMAIN),
        ],
        refs: &[],
    },
    Table {
        name: "triggers",
        columns: &[
            ("name", Kind::Name),
            ("category", CATEGORY),
            ("origin", ORIGIN),
            ("notes", Kind::Text),
        ],
        refs: &[],
    },
    Table {
        name: "trigger_events",
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("urge_before", Kind::Int(0, 10)),
            ("urge_after", Kind::OptInt(0, 10)),
            ("outcome", OUTCOME),
            ("note", Kind::Text),
        ],
        refs: &[
            ("trigger_id", "triggers", false),
            ("coping_id", "coping_strategies", false),
        ],
    },
    Table {
        name: "setbacks",
        columns: &[
            ("date", Kind::Lived),
            ("kind", SETBACK_KIND),
            ("what_happened", Kind::Text),
            ("warning_signs", Kind::Text),
            ("what_helped", Kind::Text),
            ("learned", Kind::Text),
            ("next_time", Kind::Text),
            ("reached_out", Kind::Text),
        ],
        refs: &[("commitment_id", "commitments", false)],
    },
    Table {
        name: "assessments",
        columns: &[
            ("instrument", Kind::Label),
            ("date", Kind::Lived),
            ("answers", Kind::Answers),
            ("score", Kind::Int(-1_000_000, 1_000_000)),
            ("band", Kind::Label),
        ],
        refs: &[],
    },
    Table {
        name: "people",
        columns: &[
            ("name", Kind::Name),
            ("roles", Kind::Roles),
            ("phone", Kind::Phone),
            ("keep_in_touch_days", Kind::OptInt(1, 365)),
            ("emergency", Kind::Flag),
            ("active_from", Kind::OptDate),
            ("active_to", Kind::OptDate),
            ("note", Kind::Text),
        ],
        refs: &[],
    },
    Table {
        name: "plan_items",
        columns: &[
            ("section", SECTION),
            ("position", POSITION),
            ("text", Kind::Name),
            ("detail", Kind::Text),
            ("stage", STAGE),
        ],
        refs: &[("person_id", "people", false)],
    },
    Table {
        name: "meetings",
        columns: &[
            ("name", Kind::Name),
            ("fellowship", FELLOWSHIP),
            ("format", MEETING_FORMAT),
            ("weekday", Kind::OptInt(0, 6)),
            ("time", Kind::Clock),
            ("place", Kind::OptName),
            ("home_group", Kind::Flag),
        ],
        refs: &[],
    },
    Table {
        name: "connections",
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("kind", CONNECTION_KIND),
            ("minutes", Kind::OptInt(1, 1440)),
            ("shared", Kind::Flag),
            ("chaired", Kind::Flag),
            ("mood_before", RATING),
            ("mood_after", RATING),
            ("connected", RATING),
            ("note", Kind::Text),
            ("verified_by", Kind::OptName),
            ("share", Kind::Share),
        ],
        refs: &[("meeting_id", "meetings", false)],
    },
    Table {
        name: "sync_conflicts",
        columns: &[
            ("tbl", Kind::Enum(record::kept_for)),
            ("record", Kind::Name),
            ("field", Kind::Label),
            ("text", Kind::Body),
            ("device", Kind::Name),
            // The losing edit's time by its device's clock, which may run ahead.
            ("edited_at", Kind::Name),
        ],
        refs: &[],
    },
];

/// A column of a link table and the table it refers to ("" for a plain text column).
type LinkEnd = (&'static str, &'static str);

/// A link table: its name and its two columns.
type Link = (&'static str, LinkEnd, LinkEnd);

const LINKS: &[Link] = &[
    ("journal_tags", ("entry_id", "journal_entries"), ("tag", "")),
    (
        "trigger_coping",
        ("trigger_id", "triggers"),
        ("coping_id", "coping_strategies"),
    ),
    (
        "setback_triggers",
        ("setback_id", "setbacks"),
        ("trigger_id", "triggers"),
    ),
    (
        "connection_people",
        ("connection_id", "connections"),
        ("person_id", "people"),
    ),
];

fn uid_key(column: &str) -> String {
    format!("{}_uid", column.trim_end_matches("_id"))
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => json!(i),
        Value::Real(f) => json!(f),
        Value::Text(t) => Json::String(t),
        Value::Blob(b) => Json::String(String::from_utf8_lossy(&b).into_owned()),
    }
}

fn uid_of(conn: &rusqlite::Connection, table: &str, id: Option<i64>) -> Result<Json> {
    let Some(id) = id else { return Ok(Json::Null) };
    let uid: Option<String> = conn
        .query_row(
            &format!("SELECT uid FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(uid.map_or(Json::Null, Json::String))
}

impl Store {
    fn profile_revision(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT revision FROM profile WHERE id = 1", [], |r| {
                r.get(0)
            })?)
    }

    /// Every table, as a JSON document that `import_data` reads back.
    pub fn export_data(&self) -> Result<Json> {
        let conn = &self.conn;
        let mut doc = Map::new();
        doc.insert("format_version".into(), json!(FORMAT_VERSION));
        doc.insert("app".into(), json!("tend"));
        doc.insert("exported_at".into(), json!(self.clock.stamp()));
        doc.insert("devices".into(), Json::Object(self.device_names()?));
        let p = self.profile()?;
        let mut profile = json!({"display_name": p.display_name, "recovery_start": p.recovery_start, "day_start_hour": p.day_start_hour, "revision": self.profile_revision()?});
        if let Json::Object(o) = &mut profile {
            stamps::put_stamp(o, &self.stamps_of("profile")?, "profile", true);
        }
        doc.insert("profile".into(), profile);
        for t in TABLES {
            let cols = record::export_columns(t);
            let mut st = conn.prepare(&format!(
                "SELECT {} FROM {} ORDER BY id",
                cols.join(", "),
                t.name
            ))?;
            let kept = self.stamps_of(t.name)?;
            let mut rows = st.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let mut row = record::row_json(conn, t, &cols, r)?;
                // Sync keeps a check-in by its date, field by field.
                let (key, fields) = match t.name {
                    "checkins" => ("date", true),
                    _ => ("uid", false),
                };
                let k = row[key].as_str().unwrap_or_default().to_string();
                stamps::put_stamp(&mut row, &kept, &k, fields);
                out.push(Json::Object(row));
            }
            doc.insert(t.name.into(), Json::Array(out));
        }
        for (name, (a, ta), (b, tb)) in LINKS {
            let mut st = conn.prepare(&format!("SELECT {a}, {b} FROM {name} ORDER BY {a}, {b}"))?;
            let pairs: Vec<(i64, Value)> = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for (x, y) in pairs {
                let second = match (*tb, y) {
                    ("", v) => to_json(v),
                    (table, Value::Integer(id)) => uid_of(conn, table, Some(id))?,
                    _ => Json::Null,
                };
                let key_b = if tb.is_empty() {
                    (*b).to_string()
                } else {
                    uid_key(b)
                };
                out.push(json!({ uid_key(a): uid_of(conn, ta, Some(x))?, key_b: second }));
            }
            doc.insert((*name).into(), Json::Array(out));
        }
        Ok(Json::Object(doc))
    }
}
