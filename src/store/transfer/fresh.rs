//! Records new to this journal, written many to a statement. A device joining a
//! folder merges years of records it has never seen; each is checked exactly as
//! `put_record` checks it, and those of one kind are then written together: one
//! statement for up to 256 rows, so SQLite sets up (and copies pages aside for) one
//! statement where it did for each row.

use super::record::table;
use super::rows::all_columns;
use super::{STAMPS, Table, Today, links_of, uid_key};
use crate::error::Result;
use crate::store::Tx;
use crate::store::changes::segment::Ahead;
use crate::store::schema;
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde_json::Value as Json;

/// The most rows one statement writes.
const ROWS_PER_STATEMENT: usize = 256;

/// A record new to this journal, checked like an import, with every record it refers
/// to here: what `put_record` would write, waiting to be written with others of its
/// kind (`put_fresh`).
pub(in crate::store) struct Fresh {
    table: &'static Table,
    uid: String,
    /// In the order of `all_columns`.
    vals: Vec<Value>,
    revision: i64,
    /// Its links' far ends, for each link table of its kind in `links_of`'s order.
    links: Vec<Vec<Value>>,
}

impl Fresh {
    /// The table it is written to, as the schema spells it.
    pub fn table(&self) -> &'static str {
        self.table.table
    }
}

/// `row`'s values checked as `fresh_record` checks them, without the journal (see
/// `segment::Ahead`), for a kind it may take whole: an absent stamp is left empty, to
/// be given in the merge. None when a check fails (the merge checks it again, and
/// names the field).
pub(in crate::store) fn check_ahead(
    table_name: &str,
    row: &Json,
    today: Today,
) -> Option<Vec<Value>> {
    let t = table(table_name).ok()?;
    let obj = row.as_object()?;
    let (cols, vals) = super::rows::values(t, obj, "", today, None, "").ok()?;
    super::check::row(t.table, "", &cols, &vals, today).ok()?;
    Some(vals)
}

impl Tx<'_> {
    /// `row` as a record new here, when `put_record` would add it whole: it is not a
    /// connection (whose meeting may meet one logged here), no version of it is noted
    /// here nor any record with its uid, and every record it refers to or links is.
    /// None otherwise, for `put_record` to write. Fails as `put_record` does on a
    /// value it can't take; fields a newer tend gave it are kept at once. `ahead` is
    /// its values checked on the thread that read it, if they were.
    pub(in crate::store) fn fresh_record(
        &self,
        table_name: &str,
        row: &Json,
        ahead: &Ahead,
        today: Today,
    ) -> Result<Option<Fresh>> {
        let t = table(table_name)?;
        let (Some(obj), false) = (row.as_object(), t.table == schema::CONNECTIONS) else {
            return Ok(None);
        };
        let Some(uid) = obj.get("uid").and_then(Json::as_str) else {
            return Ok(None);
        };
        if self.known_here(t.table, uid, obj)? {
            return Ok(None);
        }
        for f in t.refs {
            if let Some(u) = obj.get(&uid_key(f.column)).and_then(Json::as_str)
                && self.local_id(f.target, u)?.is_none()
            {
                return Ok(None);
            }
        }
        let at = format!("{}[{uid}]", t.table);
        let vals = match &ahead.0 {
            Some(c) if (c.today, c.day_start) == (today.date, today.day_start) => {
                let mut vals = c.vals.clone();
                for (k, c) in STAMPS.iter().enumerate() {
                    if matches!(obj.get(*c), None | Some(Json::Null)) {
                        vals[t.columns.len() + k] = Value::Text(self.now().into());
                    }
                }
                self.resolve_refs(t, obj, &at, vals, None)?
            }
            _ => self
                .checked_values(t, obj, &at, today, None)?
                .map(|(_, v)| v),
        };
        let Some(vals) = vals else {
            return Ok(None);
        };
        let (links, missing) = self.wanted_links(t, obj)?;
        if missing {
            return Ok(None);
        }
        let revision = super::merge::revision(obj, &at)?.unwrap_or(1);
        self.keep_extras(t, uid, row, false)?;
        Ok(Some(Fresh {
            table: t,
            uid: uid.to_string(),
            vals,
            revision,
            links,
        }))
    }

    /// Each link table's far ends that `obj` lists, as this journal holds them; true
    /// when one of them is not here (and was left out).
    pub(super) fn wanted_links(
        &self,
        t: &Table,
        obj: &serde_json::Map<String, Json>,
    ) -> Result<(Vec<Vec<Value>>, bool)> {
        let mut missing = false;
        let mut all = Vec::new();
        for (name, _, _, tb) in links_of(t) {
            let mut want = Vec::new();
            for v in obj
                .get(name)
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
                .filter_map(Json::as_str)
            {
                if tb.is_empty() {
                    want.push(Value::Text(v.to_string()));
                } else if let Some(i) = self.local_id(tb, v)? {
                    want.push(Value::Integer(i));
                } else {
                    missing = true;
                }
            }
            all.push(want);
        }
        Ok((all, missing))
    }

    /// Whether a version of record `uid` of `table` is noted here, or a row has its
    /// uid: one look-up for the two. A check-in's version is noted under its date, and
    /// one on that date here counts too.
    fn known_here(
        &self,
        table: &str,
        uid: &str,
        row: &serde_json::Map<String, Json>,
    ) -> Result<bool> {
        if table == schema::CHECKINS {
            let date = row.get("date").and_then(Json::as_str).unwrap_or_default();
            return Ok(self.query_row(
                "SELECT EXISTS (SELECT 1 FROM sync_changes WHERE tbl = 'checkins' AND key = ?1)
                     OR EXISTS (SELECT 1 FROM checkins WHERE date = ?1 OR uid = ?2)",
                [date, uid],
                |r| r.get(0),
            )?);
        }
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM sync_changes WHERE tbl = ?1 AND key = ?2)
                 OR EXISTS (SELECT 1 FROM {table} WHERE uid = ?2)"
        );
        Ok(self.query_row(&sql, [table, uid], |r| r.get(0))?)
    }

    /// Writes records new here, all of one kind (as `fresh_record` made them), with
    /// their links.
    pub(in crate::store) fn put_fresh(&self, rows: Vec<Fresh>) -> Result<()> {
        let Some(t) = rows.first().map(|f| f.table) else {
            return Ok(());
        };
        assert!(rows.iter().all(|f| std::ptr::eq(f.table, t)), "one kind");
        let next: i64 = self.query_row(
            &format!("SELECT coalesce(max(id), 0) + 1 FROM {}", t.table),
            [],
            |r| r.get(0),
        )?;
        let mut links: Vec<Vec<Vec<Value>>> = links_of(t).map(|_| Vec::new()).collect();
        let mut cols = all_columns(t);
        cols.extend(["uid", "revision", "id"]);
        let head = format!("INSERT INTO {} ({})", t.table, cols.join(", "));
        let values = rows.into_iter().zip(next..).map(|(f, id)| {
            for (pairs, ends) in links.iter_mut().zip(f.links) {
                pairs.extend(ends.into_iter().map(|v| vec![Value::Integer(id), v]));
            }
            let mut vals = f.vals;
            vals.extend([
                Value::Text(f.uid),
                Value::Integer(f.revision),
                Value::Integer(id),
            ]);
            vals
        });
        self.insert_rows(&head, cols.len(), values.collect::<Vec<_>>())?;
        for ((name, a, b, _), pairs) in links_of(t).zip(links) {
            self.insert_rows(
                &format!("INSERT OR IGNORE INTO {name} ({a}, {b})"),
                2,
                pairs,
            )?;
        }
        Ok(())
    }

    /// Runs `head VALUES (…), (…)` (an INSERT naming `width` columns) for `rows`, up
    /// to `ROWS_PER_STATEMENT` rows a statement, each statement's count a power of two
    /// so that only a few of them are compiled and kept per table.
    pub(in crate::store) fn insert_rows(
        &self,
        head: &str,
        width: usize,
        rows: impl IntoIterator<Item = Vec<Value>>,
    ) -> Result<()> {
        self.insert_rows_then(head, width, rows, "")
    }

    /// `insert_rows`, each statement ending with `tail` (an upsert clause).
    pub(in crate::store) fn insert_rows_then(
        &self,
        head: &str,
        width: usize,
        rows: impl IntoIterator<Item = Vec<Value>>,
        tail: &str,
    ) -> Result<()> {
        let rows: Vec<Vec<Value>> = rows.into_iter().collect();
        let one = format!("({})", vec!["?"; width].join(", "));
        let mut rest = &rows[..];
        while !rest.is_empty() {
            let n = rest.len().min(ROWS_PER_STATEMENT);
            let n = 1 << n.ilog2();
            let (now, later) = rest.split_at(n);
            let sql = format!("{head} VALUES {}{tail}", vec![one.as_str(); n].join(", "));
            self.prepare_cached(&sql)?
                .execute(params_from_iter(now.iter().flatten()))?;
            rest = later;
        }
        Ok(())
    }
}
