//! The relapse-prevention plan: items kept in order within their section.

use super::{Store, Tx, named, named_opt};
use crate::domain::{PlanItem, PlanSection, Stage, optional_text, required_text};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str =
    "id, section, position, text, detail, stage, created_at, updated_at, revision, person_id";

fn from_row(r: &Row) -> rusqlite::Result<PlanItem> {
    Ok(PlanItem {
        id: r.get(0)?,
        section: named(r, 1)?,
        position: r.get(2)?,
        text: r.get(3)?,
        detail: r.get(4)?,
        stage: named_opt(r, 5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
        revision: r.get(8)?,
        person_id: r.get(9)?,
    })
}

fn item(conn: &Connection, id: i64) -> Result<PlanItem> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM plan_items WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: crate::domain::RecordKind::PlanItem.noun(),
            id,
            list: crate::domain::RecordKind::PlanItem.list_command(),
        })
}

fn section_items(conn: &Connection, section: Option<PlanSection>) -> Result<Vec<PlanItem>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM plan_items WHERE (?1 IS NULL OR section = ?1) ORDER BY position, id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let mut items: Vec<PlanItem> = st
        .query_map([section.map(|s| s.as_str())], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    items.sort_by_key(|i| {
        (
            PlanSection::ALL.iter().position(|s| *s == i.section),
            i.position,
        )
    });
    Ok(items)
}

impl Store {
    /// The plan's people to call and contacts that name no person and were not asked
    /// about yet: what the app offers, once each, to turn into people or meetings.
    pub fn plan_items_to_adopt(&self) -> Result<Vec<PlanItem>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM plan_items p WHERE section IN ('supports', 'contacts')
                 AND person_id IS NULL
                 AND NOT EXISTS (SELECT 1 FROM notices WHERE key = 'adopt:' || p.uid)
             ORDER BY section DESC, position"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        Ok(st
            .query_map([], from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The plan in section order, or one section.
    pub fn plan(&self, section: Option<PlanSection>) -> Result<Vec<PlanItem>> {
        section_items(&self.conn, section)
    }

    pub fn plan_item(&self, id: i64) -> Result<PlanItem> {
        item(&self.conn, id)
    }
}

impl Tx<'_> {
    pub fn add_plan_item(
        &self,
        section: PlanSection,
        text: &str,
        detail: Option<&str>,
        stage: Option<Stage>,
    ) -> Result<PlanItem> {
        let text = required_text("text", text)?;
        if stage.is_some() && section != PlanSection::WarningSigns {
            return Err(Error::invalid("stage", t!("store-plan-stage")));
        }
        let next: u32 = self.query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM plan_items WHERE section = ?1",
            [section.as_str()],
            |r| r.get(0),
        )?;
        self.execute(
            "INSERT INTO plan_items (section, position, text, detail, stage, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![section.as_str(), next, text, detail.and_then(optional_text), stage.map(|s| s.as_str()), self.now],
        )?;
        item(self, self.last_insert_rowid())
    }

    pub fn edit_plan_item(
        &self,
        id: i64,
        text: Option<&str>,
        detail: Option<&str>,
        stage: Option<Stage>,
    ) -> Result<PlanItem> {
        let old = item(self, id)?;
        let text = text
            .map(|t| required_text("text", t))
            .transpose()?
            .unwrap_or(old.text);
        let detail = detail.map_or(old.detail, optional_text);
        if stage.is_some() && old.section != PlanSection::WarningSigns {
            return Err(Error::invalid("stage", t!("store-plan-stage")));
        }
        let stage = stage.or(old.stage);
        self.execute(
            "UPDATE plan_items SET text = ?2, detail = ?3, stage = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, text, detail, stage.map(|s| s.as_str()), self.now],
        )?;
        item(self, id)
    }

    /// Moves an item to `position` (1-based, clamped) within its section.
    pub fn move_plan_item(&self, id: i64, position: u32) -> Result<PlanItem> {
        let it = item(self, id)?;
        let mut items = section_items(self, Some(it.section))?;
        let from = items
            .iter()
            .position(|i| i.id == id)
            .expect("item is in its section");
        let moved = items.remove(from);
        let to = (position.max(1) as usize - 1).min(items.len());
        items.insert(to, moved);
        self.renumber(&items)?;
        item(self, id)
    }

    pub fn remove_plan_item(&self, id: i64) -> Result<PlanItem> {
        let it = item(self, id)?;
        self.delete_record(crate::domain::RecordKind::PlanItem, id)?;
        Ok(it)
    }

    /// The whole plan, in section order.
    pub fn plan_items(&self) -> Result<Vec<PlanItem>> {
        section_items(self, None)
    }

    /// Points a plan item at a person (or at nobody), for someone to call or a contact.
    pub fn link_plan_person(&self, id: i64, person: Option<i64>) -> Result<PlanItem> {
        let it = item(self, id)?;
        if person.is_some() && !matches!(it.section, PlanSection::Supports | PlanSection::Contacts)
        {
            return Err(Error::invalid("person", t!("store-plan-person")));
        }
        if let Some(p) = person {
            self.require(crate::domain::RecordKind::Person, p)?;
        }
        self.execute(
            "UPDATE plan_items SET person_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, person, self.now],
        )?;
        item(self, id)
    }

    /// Remembers that the person was asked about turning this plan item into a person
    /// or a meeting (whatever they chose, it isn't asked again).
    pub fn asked_to_adopt(&self, id: i64) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO notices (key, seen_at) SELECT 'adopt:' || uid, ?2 FROM plan_items WHERE id = ?1",
            params![id, self.now],
        )?;
        Ok(())
    }

    /// Numbers a section's items 1, 2, 3… again after one left it.
    pub(super) fn close_gaps(&self, section: &str) -> Result<()> {
        let section = PlanSection::parse(section)?;
        self.renumber(&section_items(self, Some(section))?)
    }

    fn renumber(&self, items: &[PlanItem]) -> Result<()> {
        let mut st = self.prepare_cached(
            "UPDATE plan_items SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position != ?2",
        )?;
        for (i, it) in items.iter().enumerate() {
            st.execute(params![it.id, i as i64 + 1, self.now])?;
        }
        Ok(())
    }
}
