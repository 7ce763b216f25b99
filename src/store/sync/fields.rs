//! Check-ins and the profile merge field by field: a check-in is one per date, and two
//! devices may each fill in part of the same day (the mood on the phone, the reflection
//! on the laptop); a new device's empty profile must not blank the name and recovery
//! date set on another. Each field keeps its value and the version that set it (a field
//! first seen empty sets nothing); a check-in is alive while its latest edit is newer
//! than its latest deletion.

use super::Entry;
use super::apply::{Incoming, Lost, Merge, bad};
use crate::domain::hlc::{self, Relation, Version};
use crate::error::Result;
use crate::store::Tx;
use crate::store::transfer::text_columns;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// A check-in's (or the profile's) state as sync keeps and sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub born: Option<Version>,
    pub del: Option<Version>,
    /// Each field: its value and the version that set it.
    pub f: BTreeMap<String, (Json, Version)>,
}

impl State {
    pub fn parse(text: Option<&str>) -> State {
        text.and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or_default()
    }

    pub fn alive(&self) -> bool {
        match (&self.born, &self.del) {
            (Some(b), Some(d)) => b > d,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Each field the later value, each register the later version: the same result
    /// in whatever order states meet.
    pub fn merge(&self, other: &State) -> State {
        let mut f = self.f.clone();
        for (k, (val, v)) in &other.f {
            // Equal versions (two empty fields) settle by value, the same everywhere.
            let later = f
                .get(k)
                .is_none_or(|(mine_val, mine)| (v, val.to_string()) > (mine, mine_val.to_string()));
            if later {
                f.insert(k.clone(), (val.clone(), v.clone()));
            }
        }
        State {
            born: self.born.clone().max(other.born.clone()),
            del: self.del.clone().max(other.del.clone()),
            f,
        }
        .cleared()
    }

    /// Fields last set before the latest deletion hold nothing: a check-in made again
    /// that day (here or on another device) starts empty, not with the deleted words.
    fn cleared(mut self) -> State {
        let Some(del) = self.del.clone() else {
            return self;
        };
        for (k, (val, v)) in &mut self.f {
            if *v < del && !["uid", "date", "created_at", "updated_at"].contains(&k.as_str()) {
                *val = if is_empty(k, &Json::from(0)) {
                    Json::from(0)
                } else {
                    Json::Null
                };
            }
        }
        self
    }

    /// The record's fields as a data-file row.
    pub fn row(&self) -> Json {
        Json::Object(
            self.f
                .iter()
                .map(|(k, (val, _))| (k.clone(), val.clone()))
                .collect(),
        )
    }
}

/// A field's value that says nothing: no rating, no words, an unset HALT flag, the
/// day-start hour a new journal starts with.
fn is_empty(field: &str, v: &Json) -> bool {
    match v {
        Json::Null => true,
        Json::String(s) => s.is_empty(),
        Json::Number(n) => match n.as_i64() {
            Some(0) => ["hungry", "angry", "lonely", "tired"].contains(&field),
            Some(4) => field == "day_start_hour",
            _ => false,
        },
        _ => false,
    }
}

impl Tx<'_> {
    /// The check-in of `date` as a data-file row (without its revision), if any.
    pub(super) fn checkin_row(&self, date: &str) -> Result<Option<Json>> {
        let uid: Option<String> = self
            .prepare_cached("SELECT uid FROM checkins WHERE date = ?1")?
            .query_row([date], |r| r.get(0))
            .ok();
        let Some(uid) = uid else { return Ok(None) };
        let mut row = self.record_json("checkins", &uid)?;
        if let Some(Json::Object(o)) = &mut row {
            o.remove("revision");
        }
        Ok(row)
    }

    /// The check-in of `key` (a date), or the profile, as a row.
    fn fields_row(&self, tbl: &str, key: &str) -> Result<Option<Json>> {
        match tbl {
            "profile" => Ok(Some(self.profile_json()?)),
            _ => self.checkin_row(key),
        }
    }

    /// A local change to a check-in or the profile: the fields that changed take
    /// version `v`, and the record is born (or deleted) at `v`.
    pub(in crate::store) fn stamp_fields(
        &self,
        tbl: &str,
        key: &str,
        fields: Option<&str>,
        v: &Version,
    ) -> Result<String> {
        let mut st = State::parse(fields);
        match self.fields_row(tbl, key)? {
            Some(Json::Object(row)) => {
                let mut changed = !st.alive();
                for (k, val) in row {
                    match st.f.get(&k) {
                        Some((old, _)) if *old == val => {}
                        // A field a new check-in leaves empty sets nothing: another
                        // device's value for it wins, whatever its time.
                        None if is_empty(&k, &val) => {
                            st.f.insert(k, (val, Version::new(0, "")));
                        }
                        _ => {
                            st.f.insert(k, (val, v.clone()));
                            changed = true;
                        }
                    }
                }
                if changed {
                    st.born = Some(v.clone());
                }
            }
            _ if st.alive() => {
                st.del = Some(v.clone());
                st = st.cleared();
            }
            _ => {}
        }
        Ok(serde_json::to_string(&st).expect("a check-in's state serializes"))
    }

    /// A check-in or the profile from another device, merged field by field with the
    /// one here: returns whether anything changed.
    pub(in crate::store) fn merge_fields(&self, inc: &Incoming, m: &mut Merge) -> Result<bool> {
        let theirs: State = serde_json::from_value(inc.rec["f"].clone())
            .map_err(|e| bad(format!("a check-in's or the profile's fields ({e})")))?;
        let local = self.sync_entry(inc.tbl, inc.key)?;
        let ours = State::parse(local.as_ref().and_then(|l| l.fields.as_deref()));
        let merged = ours.merge(&theirs);
        if merged == ours {
            return Ok(false);
        }
        if let Some(l) = &local {
            self.keep_checkin_words(inc, l, (&ours, &theirs, &merged), m)?;
        }
        if inc.tbl == "profile" {
            self.put_profile(&merged.row())?;
        } else if merged.alive() {
            let mut row = merged.row();
            // A data file's check-in comes with its revision (a segment's without).
            if let (Json::Object(o), Some(r)) = (&mut row, inc.rec.get("revision")) {
                o.insert("revision".into(), r.clone());
            }
            if let Some(uid) = row["uid"].as_str() {
                self.execute(
                    "UPDATE checkins SET uid = ?2 WHERE date = ?1 AND uid <> ?2",
                    [inc.key, uid],
                )?;
            }
            self.put_record("checkins", &row, m.today)?;
        } else {
            self.execute("DELETE FROM checkins WHERE date = ?1", [inc.key])?;
        }
        let version = local
            .as_ref()
            .and_then(|l| l.version.clone())
            .map_or(inc.v.clone(), |lv| lv.max(inc.v.clone()));
        let entry = Incoming {
            v: version,
            // The version this device's words were last exchanged at: a later merge
            // that loses one of them knows whether the winner had seen it.
            base: match &local {
                Some(l) => l.base.clone(),
                None => inc.base.clone(),
            },
            ..*inc
        };
        let fields = serde_json::to_string(&merged).expect("a check-in's state serializes");
        let gone = inc.tbl == "checkins" && !merged.alive();
        self.set_entry(&entry, gone, Some(fields), m)?;
        if local.is_some_and(|l| l.dirty) {
            // What this device changed in it is still to be sent.
            self.execute(
                "UPDATE sync_changes SET dirty = 1 WHERE tbl = ?1 AND key = ?2",
                [inc.tbl, inc.key],
            )?;
        }
        Ok(true)
    }

    /// Keeps the text fields two devices set without seeing each other's value, and
    /// those a deletion made without seeing them clears.
    fn keep_checkin_words(
        &self,
        inc: &Incoming,
        local: &Entry,
        (ours, theirs, merged): (&State, &State, &State),
        m: &mut Merge,
    ) -> Result<()> {
        let Some(lv) = &local.version else {
            return Ok(());
        };
        if !matches!(
            hlc::relate(&inc.v, inc.base.as_ref(), lv, local.base.as_ref()),
            Relation::Concurrent(_)
        ) {
            return Ok(());
        }
        for col in text_columns(inc.tbl) {
            let (Some((a, av)), Some((b, bv))) = (ours.f.get(col), theirs.f.get(col)) else {
                continue;
            };
            // The older value lost; it was news to the winner unless the winner's
            // edit was made on top of a version at least as new.
            let (loser, v, winner, winner_v, winner_base) = if bv > av {
                (a, av, b, bv, inc.base.as_ref())
            } else {
                (b, bv, a, av, local.base.as_ref())
            };
            // A data file is this journal's own import: every word in it is news here.
            let author = m.from.is_none() || [&v.device, &winner_v.device].contains(&&m.me);
            if author && winner_base.is_none_or(|wb| v > wb) {
                let lost = Lost {
                    tbl: inc.tbl,
                    key: inc.key,
                    col,
                    loser,
                    winner,
                    v,
                };
                self.keep_words(lost, m)?;
            }
        }
        self.keep_cleared_words(inc, local, (ours, theirs, merged), m)
    }

    /// Keeps the words one side wrote that the other's deletion clears, when that
    /// deletion was made without seeing them: a deletion that wins over an edit keeps
    /// the edit's words, whatever the clocks say.
    fn keep_cleared_words(
        &self,
        inc: &Incoming,
        local: &Entry,
        (ours, theirs, merged): (&State, &State, &State),
        m: &mut Merge,
    ) -> Result<()> {
        let Some(del) = &merged.del else {
            return Ok(());
        };
        for col in text_columns(inc.tbl) {
            // The deletion is the other side's: a side's own clears its own fields.
            for (side, deleter_base) in [(ours, inc.base.as_ref()), (theirs, local.base.as_ref())] {
                let Some((val, v)) = side.f.get(col) else {
                    continue;
                };
                let cleared = merged.f.get(col).is_none_or(|(now, _)| now != val);
                let author = m.from.is_none() || [&v.device, &del.device].contains(&&m.me);
                if v < del && cleared && author && deleter_base.is_none_or(|b| v > b) {
                    let lost = Lost {
                        tbl: inc.tbl,
                        key: inc.key,
                        col,
                        loser: val,
                        winner: &Json::Null,
                        v,
                    };
                    self.keep_words(lost, m)?;
                }
            }
        }
        Ok(())
    }

    /// The profile's fields as merged (its dates came with the records they date).
    fn put_profile(&self, row: &Json) -> Result<()> {
        let hour = row["day_start_hour"]
            .as_i64()
            .filter(|h| (0..=23).contains(h))
            .ok_or_else(|| bad("the profile's day-start hour"))?;
        let start = match &row["recovery_start"] {
            Json::Null => None,
            Json::String(s) => Some(
                crate::store::transfer::check_date("profile.recovery_start", s)
                    .map_err(crate::error::Error::Invalid)?,
            ),
            _ => return Err(bad("the profile's recovery start")),
        };
        let name = row["display_name"].as_str().map(str::to_owned);
        if name
            .as_deref()
            .is_some_and(|n| n.chars().count() > crate::domain::MAX_NAME_CHARS)
        {
            return Err(bad("the profile's name is longer than a name can be"));
        }
        // Only a change is written: a merge that moved only versions leaves the row
        // (and its revision) as it is.
        self.execute(
            "UPDATE profile SET display_name = ?1, recovery_start = ?2, day_start_hour = ?3
             WHERE id = 1 AND (display_name IS NOT ?1 OR recovery_start IS NOT ?2
                 OR day_start_hour IS NOT ?3)",
            rusqlite::params![name, start, hour],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn v(stamp: i64, d: &str) -> Version {
        Version::new(stamp, d)
    }

    fn state(born: i64, del: Option<i64>, fields: &[(&str, Json, i64, &str)]) -> State {
        State {
            born: Some(v(born, "a")),
            del: del.map(|d| v(d, "b")),
            f: fields
                .iter()
                .map(|(k, val, s, d)| ((*k).to_string(), (val.clone(), v(*s, d))))
                .collect(),
        }
    }

    #[test]
    fn two_devices_filling_in_one_day_keep_both_halves() {
        let phone = state(
            5,
            None,
            &[("mood", json!(6), 5, "a"), ("note", json!(""), 1, "a")],
        );
        let laptop = state(
            4,
            None,
            &[
                ("mood", json!(null), 1, "b"),
                ("note", json!("slept well"), 4, "b"),
            ],
        );
        let m = phone.merge(&laptop);
        assert_eq!(
            m,
            laptop.merge(&phone),
            "the order they meet in does not matter"
        );
        assert_eq!(m.row(), json!({"mood": 6, "note": "slept well"}));
        assert!(m.alive());
    }

    #[test]
    fn a_later_edit_brings_a_deleted_check_in_back_and_a_later_delete_wins() {
        let deleted = state(2, Some(5), &[("mood", json!(3), 2, "a")]);
        let edited = state(7, None, &[("mood", json!(4), 7, "a")]);
        assert!(!deleted.alive());
        assert!(deleted.merge(&edited).alive());
        let edited_before = state(4, None, &[("mood", json!(4), 4, "a")]);
        assert!(!deleted.merge(&edited_before).alive());
    }
}
