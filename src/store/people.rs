//! The people who support recovery: add, change, list; deleting goes through `undo`.

use super::{Store, Tx};
use crate::domain::{Person, PersonDraft, Role};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str = "id, name, roles, phone, keep_in_touch_days, emergency, active_from, active_to, note, created_at, updated_at";

fn person_row(r: &Row) -> rusqlite::Result<Person> {
    let roles: String = r.get(2)?;
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        // Stored from checked roles; one a newer tend added reads as "other".
        roles: {
            let mut read: Vec<Role> = Vec::new();
            for s in roles.split(',').filter(|s| !s.is_empty()) {
                let role = Role::parse(s).unwrap_or(Role::Other);
                if !read.contains(&role) {
                    read.push(role);
                }
            }
            read
        },
        phone: r.get(3)?,
        keep_in_touch_days: r.get(4)?,
        emergency: r.get(5)?,
        active_from: r.get(6)?,
        active_to: r.get(7)?,
        note: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        what: crate::domain::RecordKind::Person.noun(),
        id,
        list: crate::domain::RecordKind::Person.list_command(),
    }
}

pub(super) fn person(conn: &Connection, id: i64) -> Result<Person> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"))?
        .query_row([id], person_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// The one record whose name is `wanted` (any case); `Err(true)` when several are,
/// `Err(false)` when none.
pub(super) fn by_name<T>(
    all: Vec<T>,
    wanted: &str,
    name: impl Fn(&T) -> &str,
) -> std::result::Result<T, bool> {
    let wanted = wanted.trim();
    let mut found: Vec<T> = all
        .into_iter()
        .filter(|x| name(x).eq_ignore_ascii_case(wanted))
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(n > 1),
    }
}

/// What a name given on the command line finds: the one record by that name (any
/// case), or none and the records whose names are close to it (closest first).
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup<T> {
    Found(T),
    Close(Vec<T>),
    Unknown,
}

/// Looks `wanted` up in `all` by name; several by that very name is `many`'s error.
pub(super) fn lookup<T: Clone>(
    all: Vec<T>,
    wanted: &str,
    name: impl Fn(&T) -> &str,
    many: impl FnOnce() -> Error,
) -> Result<Lookup<T>> {
    let close: Vec<T> = crate::domain::names::close_to(wanted, all.iter().map(&name))
        .into_iter()
        .map(|i| all[i].clone())
        .collect();
    match by_name(all, wanted, &name) {
        Ok(one) => Ok(Lookup::Found(one)),
        Err(true) => Err(many()),
        Err(false) if close.is_empty() => Ok(Lookup::Unknown),
        Err(false) => Ok(Lookup::Close(close)),
    }
}

fn roles_text(roles: &[Role]) -> String {
    let words: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    words.join(",")
}

impl Store {
    pub fn person(&self, id: i64) -> Result<Person> {
        person(&self.conn, id)
    }

    /// Everyone, by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM people ORDER BY name COLLATE NOCASE, id"
        ))?;
        Ok(st
            .query_map([], person_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The person with this name (any case), or the one with this id.
    pub fn find_person(&self, name_or_id: &str) -> Result<Person> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.person(id);
        }
        by_name(self.people()?, name_or_id, |p| &p.name).map_err(|many| {
            let why = if many {
                t!("store-person-name-many")
            } else {
                t!("store-person-name-none")
            };
            Error::invalid("person", why)
        })
    }
}

impl Store {
    /// The person with this id, or by this name (any case), or the people whose names
    /// are close to it.
    pub fn lookup_person(&self, name_or_id: &str) -> Result<Lookup<Person>> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.person(id).map(Lookup::Found);
        }
        lookup(
            self.people()?,
            name_or_id,
            |p| &p.name,
            || Error::invalid("person", t!("store-person-name-many")),
        )
    }
}

impl Tx<'_> {
    pub fn add_person(&self, d: PersonDraft) -> Result<Person> {
        let d = d.validated()?;
        self.execute(
            "INSERT INTO people (name, roles, phone, keep_in_touch_days, emergency, active_from, active_to, note,
                 created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![
                d.name,
                roles_text(&d.roles),
                d.phone,
                d.keep_in_touch_days,
                d.emergency,
                d.active_from,
                d.active_to,
                d.note,
                self.now
            ],
        )?;
        person(self, self.last_insert_rowid())
    }

    /// Replaces everything said about a person.
    pub fn edit_person(&self, id: i64, d: PersonDraft) -> Result<Person> {
        person(self, id)?;
        let d = d.validated()?;
        self.execute(
            "UPDATE people SET name = ?2, roles = ?3, phone = ?4, keep_in_touch_days = ?5, emergency = ?6,
                 active_from = ?7, active_to = ?8, note = ?9, updated_at = ?10 WHERE id = ?1",
            params![
                id,
                d.name,
                roles_text(&d.roles),
                d.phone,
                d.keep_in_touch_days,
                d.emergency,
                d.active_from,
                d.active_to,
                d.note,
                self.now
            ],
        )?;
        person(self, id)
    }
}
