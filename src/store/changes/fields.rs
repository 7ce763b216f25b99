//! Check-ins and the profile merge field by field: a check-in is one per date, and two
//! devices may each fill in part of the same day (the mood on the phone, the reflection
//! on the laptop); a new device's empty profile must not blank the name and recovery
//! date set on another. Each field keeps its value and the version that set it (a field
//! first seen empty sets nothing); a check-in is alive while its latest edit is newer
//! than its latest deletion. A save of a check-in holds every field it shows: a field
//! set or held after the latest deletion stands, so a check-in a later edit brings back
//! comes back whole, and one made again that day without the deleted one starts empty.

use super::Entry;
use super::apply::{Incoming, Lost, Merge, bad};
use super::segment::Ahead;
use crate::domain::hlc::{self, Relation, Version};
use crate::error::Result;
use crate::store::Tx;
use crate::store::schema;
use crate::store::schema::text_columns;
use crate::store::transfer::{Fresh, Today};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// A check-in's (or the profile's) state as sync keeps and sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub born: Option<Version>,
    pub del: Option<Version>,
    /// Each field: its value and the version that set it (its words gone, the version
    /// left, once a later deletion took them).
    pub f: BTreeMap<String, (Json, Version)>,
    /// Each field's latest save that held a value without setting it (the check-in
    /// saved with it there): that value and the save. A deletion made before it does
    /// not take that value.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub held: BTreeMap<String, (Json, Version)>,
}

/// A check-in's fields that are never cleared: what it is and when.
const IDENTITY: [&str; 4] = ["uid", "date", "created_at", "updated_at"];

type Fields = BTreeMap<String, (Json, Version)>;

/// Whether `a` is the later of two (value, version) pairs: by version, and two equal
/// versions (two empty fields) by value, the same everywhere.
fn later(a: &(Json, Version), b: &(Json, Version)) -> bool {
    (&a.1, a.0.to_string()) > (&b.1, b.0.to_string())
}

/// Each key's later pair of two maps.
fn join(a: &Fields, b: &Fields) -> Fields {
    let mut out = a.clone();
    for (k, pair) in b {
        if out.get(k).is_none_or(|mine| later(pair, mine)) {
            out.insert(k.clone(), pair.clone());
        }
    }
    out
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

    /// Each field the later value, each save the later, each register the later
    /// version: the same result in whatever order states meet.
    pub fn merge(&self, other: &State) -> State {
        State {
            born: self.born.clone().max(other.born.clone()),
            del: self.del.clone().max(other.del.clone()),
            f: join(&self.f, &other.f),
            held: join(&self.held, &other.held),
        }
        .cleared()
    }

    /// Words set and saves made before the latest deletion go with it: a check-in made
    /// again that day starts empty, not with the deleted words.
    pub(super) fn cleared(mut self) -> State {
        let Some(del) = self.del.clone() else {
            return self;
        };
        for (k, (val, v)) in &mut self.f {
            if *v < del && !IDENTITY.contains(&k.as_str()) {
                *val = empty(k);
            }
        }
        self.held.retain(|_, (_, h)| *h > del);
        self
    }

    /// A field's value: the one set last, unless a deletion took it; then the one a
    /// save after that deletion held, if any.
    pub fn value(&self, field: &str) -> Json {
        let Some((val, v)) = self.f.get(field) else {
            return Json::Null;
        };
        let taken = self.del.as_ref().is_some_and(|d| v < d) && !IDENTITY.contains(&field);
        match self.held.get(field) {
            Some((held, _)) if taken => held.clone(),
            _ => val.clone(),
        }
    }

    /// The version that last set or held `value` in `field`, if either did.
    pub fn affirmed(&self, field: &str, value: &Json) -> Option<&Version> {
        let set = self
            .f
            .get(field)
            .filter(|(v, _)| v == value)
            .map(|(_, v)| v);
        let held = self
            .held
            .get(field)
            .filter(|(v, _)| v == value)
            .map(|(_, v)| v);
        set.max(held)
    }

    /// The record's fields as a data-file row.
    pub fn row(&self) -> Json {
        Json::Object(self.f.keys().map(|k| (k.clone(), self.value(k))).collect())
    }
}

/// The uid in a check-in's state as a segment carries it (see `State`), if it reads.
pub(super) fn uid_of(state: &Json) -> Option<&str> {
    state.get("f")?.get("uid")?.get(0)?.as_str()
}

/// The state a check-in or the profile arrives with.
fn their_state(inc: &Incoming) -> Result<State> {
    serde_json::from_value(inc.rec.fields().clone())
        .map_err(|e| bad(t!("store-segment-bad-fields", error = e.to_string())))
}

/// A field's value once a deletion took it.
fn empty(field: &str) -> Json {
    if is_empty(field, &Json::from(0)) {
        Json::from(0)
    } else {
        Json::Null
    }
}

/// A field's value that says nothing: no rating, no words, an unset HALT flag, the
/// day-start hour a new journal starts with.
pub(in crate::store) fn is_empty(field: &str, v: &Json) -> bool {
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
        let mut row = self.record_json(schema::CHECKINS, &uid)?;
        if let Some(Json::Object(o)) = &mut row {
            o.remove("revision");
        }
        Ok(row)
    }

    /// The check-in of `key` (a date), or the profile, as a row.
    fn fields_row(&self, tbl: &str, key: &str) -> Result<Option<Json>> {
        match tbl {
            schema::PROFILE => Ok(Some(self.profile_json()?)),
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
                        // Saved as it was: the person saw it there, and it stands with
                        // the check-in (a deletion made without seeing this save does
                        // not take it).
                        Some(_) if st.value(&k) == val => {
                            let held = tbl == schema::CHECKINS
                                && !is_empty(&k, &val)
                                && !IDENTITY.contains(&k.as_str());
                            if held {
                                st.held.insert(k, (val, v.clone()));
                            }
                        }
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
        let theirs = their_state(inc)?;
        let local = self.sync_entry(inc.tbl, inc.key)?;
        let ours = State::parse(local.as_ref().and_then(|l| l.fields.as_deref()));
        let merged = ours.merge(&theirs);
        if merged == ours {
            return Ok(false);
        }
        if let Some(l) = &local {
            self.keep_checkin_words(inc, l, (&ours, &theirs, &merged), m)?;
        }
        if inc.tbl == schema::PROFILE {
            self.put_profile(&merged.row())?;
        } else if merged.alive() {
            let mut row = merged.row();
            // A data file's check-in comes with its revision (a segment's without).
            if let (Json::Object(o), Some(r)) = (&mut row, inc.rec.revision.as_ref()) {
                o.insert("revision".into(), r.clone());
            }
            if let Some(uid) = row["uid"].as_str() {
                self.execute(
                    "UPDATE checkins SET uid = ?2 WHERE date = ?1 AND uid <> ?2",
                    [inc.key, uid],
                )?;
            }
            self.put_record(schema::CHECKINS, &row, m.today)?;
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
        let gone = inc.tbl == schema::CHECKINS && !merged.alive();
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

    /// A check-in from a segment that is new here (`gather` sends only those alive),
    /// when `merge_fields` would write it as a row with no other work: not a data
    /// file's (with a revision), alive once merged, its date its key, and taken by
    /// `fresh_record` (no version of its date noted here, no check-in on that date or
    /// with its uid, its values checked). Its row, to be written with others of its
    /// kind, and its merged state; None when it merges on its own.
    pub(super) fn fresh_checkin(
        &self,
        inc: &Incoming,
        today: Today,
    ) -> Result<Option<(Fresh, String)>> {
        if inc.rec.revision.is_some() {
            return Ok(None);
        }
        let theirs = their_state(inc)?;
        let merged = State::default().merge(&theirs);
        let row = merged.row();
        if !merged.alive() || row["date"].as_str() != Some(inc.key) {
            return Ok(None);
        }
        let Some(fresh) = self.fresh_record(schema::CHECKINS, &row, &Ahead(None), today)? else {
            return Ok(None);
        };
        let state = serde_json::to_string(&merged).expect("a check-in's state serializes");
        Ok(Some((fresh, state)))
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
            // The deletion is the other side's: a side's own takes its own words.
            for (side, deleter_base) in [(ours, inc.base.as_ref()), (theirs, local.base.as_ref())] {
                let val = side.value(col);
                let Some(v) = side.affirmed(col, &val) else {
                    continue;
                };
                let taken = merged.value(col) != val;
                let author = m.from.is_none() || [&v.device, &del.device].contains(&&m.me);
                if v < del && taken && author && deleter_base.is_none_or(|b| v > b) {
                    let lost = Lost {
                        tbl: inc.tbl,
                        key: inc.key,
                        col,
                        loser: &val,
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
            .ok_or_else(|| bad(t!("store-segment-bad-day-start")))?;
        let start = match &row["recovery_start"] {
            Json::Null => None,
            Json::String(s) => Some(
                crate::store::transfer::check_date("profile.recovery_start", s)
                    .map_err(crate::error::Error::Invalid)?,
            ),
            _ => return Err(bad(t!("store-segment-bad-recovery-start"))),
        };
        let name = row["display_name"].as_str().map(str::to_owned);
        if name
            .as_deref()
            .is_some_and(|n| n.chars().count() > crate::domain::MAX_NAME_CHARS)
        {
            return Err(bad(t!("store-segment-long-name")));
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
            ..State::default()
        }
    }

    /// A state as a device can hold one: made of a few versions and values, with
    /// what its own deletion took already gone.
    fn any_state() -> impl proptest::strategy::Strategy<Value = State> {
        use proptest::prelude::*;
        let version = (0i64..8, prop::sample::select(vec!["a", "b"])).prop_map(|(s, d)| v(s, d));
        let value = prop::sample::select(vec![json!(null), json!(1), json!(2)]);
        let fields = prop::collection::btree_map(
            prop::sample::select(vec!["mood".to_string(), "note".to_string()]),
            (value, version.clone()),
            0..3,
        );
        (
            prop::option::of(version.clone()),
            prop::option::of(version),
            fields.clone(),
            fields,
        )
            .prop_map(|(born, del, f, held)| State { born, del, f, held }.cleared())
    }

    proptest::proptest! {
        #[test]
        fn states_meet_alike_in_any_order(a in any_state(), b in any_state(), c in any_state()) {
            proptest::prop_assert_eq!(a.merge(&b), b.merge(&a));
            proptest::prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
            proptest::prop_assert_eq!(a.merge(&a), a.clone());
        }
    }

    #[test]
    fn a_value_held_after_a_deletion_stands_whatever_order_the_states_meet_in() {
        // B made the check-in (mood 5 at 2) and saved it at 7, mood still there; A,
        // without B's save, set mood 9 at 3 and deleted the check-in at 5.
        let b1 = state(2, None, &[("mood", json!(5), 2, "b")]);
        let mut b2 = state(
            7,
            None,
            &[("mood", json!(5), 2, "b"), ("note", json!("x"), 7, "b")],
        );
        b2.held.insert("mood".into(), (json!(5), v(7, "b")));
        let a1 = state(3, None, &[("mood", json!(9), 3, "a")]);
        let a2 = a1.merge(&b1).merge(&state(3, Some(5), &[]));
        let orders = [
            b2.merge(&a1).merge(&a2),
            a2.merge(&b2),
            a1.merge(&b1).merge(&a2).merge(&b2),
            b2.merge(&a2).merge(&a1),
        ];
        for m in &orders {
            assert_eq!(m, &orders[0]);
            assert_eq!(m.value("mood"), json!(5));
        }
    }

    #[test]
    fn fields_a_save_after_a_deletion_held_stand_and_the_rest_are_cleared() {
        // Set at 1 and seen by both; deleted at 5 on one device; the other saves the
        // check-in at 6, its mood and intention there, writing a reflection.
        let mut saved = state(
            6,
            None,
            &[
                ("mood", json!(6), 1, "a"),
                ("intention", json!("call Sam"), 1, "a"),
                ("reflection", json!("called"), 6, "c"),
            ],
        );
        saved.held = [("mood", json!(6)), ("intention", json!("call Sam"))]
            .into_iter()
            .map(|(k, val)| (k.to_string(), (val, v(6, "c"))))
            .collect();
        let deleted = state(
            1,
            Some(5),
            &[
                ("mood", json!(null), 0, ""),
                ("intention", json!(null), 0, ""),
            ],
        );
        let m = deleted.merge(&saved);
        assert_eq!(
            m,
            saved.merge(&deleted),
            "the order they meet in does not matter"
        );
        assert!(m.alive());
        assert_eq!(
            m.row(),
            json!({"mood": 6, "intention": "call Sam", "reflection": "called"})
        );
        // A device that never had them makes a check-in that day: it starts empty.
        let other = state(7, None, &[("mood", json!(3), 7, "d")]);
        let gone = state(1, Some(5), &[("mood", json!(null), 0, "")]);
        let old = state(
            1,
            None,
            &[("mood", json!(6), 1, "a"), ("note", json!("x"), 1, "a")],
        );
        let m = gone.merge(&other).merge(&old);
        assert_eq!(m, old.merge(&gone).merge(&other));
        assert_eq!(m.row(), json!({"mood": 3, "note": null}));
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
