//! The relapse-prevention plan: items kept in order within their section. Its coping
//! steps are the coping toolbox's strategies chosen for it (`plan_position`), shown as
//! plan lines; a line among the people to call or contacts can name a person.

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
        coping_id: None,
    })
}

/// Words compared as a name is: blanks around ignored, any case.
const SAME_WORDS: &str = "lower(trim(?1,char(32,9,10,13)))";

/// The strategies chosen for the plan, in its order, as its coping steps (numbered
/// 1, 2, 3… whatever gaps their places have).
fn chosen_coping(conn: &Connection) -> Result<Vec<PlanItem>> {
    let mut st = conn.prepare_cached(
        "SELECT id, name, description, created_at, updated_at, revision FROM coping_strategies
         WHERE plan_position IS NOT NULL ORDER BY plan_position, name COLLATE NOCASE, id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(PlanItem {
            id: r.get(0)?,
            section: PlanSection::CopingSteps,
            position: 0,
            text: r.get(1)?,
            detail: r.get(2)?,
            stage: None,
            person_id: None,
            coping_id: Some(r.get(0)?),
            created_at: r.get(3)?,
            updated_at: r.get(4)?,
            revision: r.get(5)?,
        })
    })?;
    let mut items: Vec<PlanItem> = rows.collect::<rusqlite::Result<_>>()?;
    for (n, i) in items.iter_mut().enumerate() {
        i.position = n as u32 + 1;
    }
    Ok(items)
}

/// A strategy as the plan shows it (its place 0 when the plan doesn't hold it).
fn coping_item(conn: &Connection, id: i64) -> Result<PlanItem> {
    let c = super::triggers::coping(conn, id)?;
    let place = chosen_coping(conn)?.into_iter().find(|i| i.id == id);
    Ok(place.unwrap_or(PlanItem {
        id,
        section: PlanSection::CopingSteps,
        position: 0,
        text: c.name,
        detail: c.description,
        stage: None,
        person_id: None,
        coping_id: Some(id),
        created_at: c.created_at,
        updated_at: c.updated_at,
        revision: 0,
    }))
}

/// The plan as the person reads it: each section's lines, the coping steps being the
/// chosen strategies first, then any line of words an older tend added there.
fn plan_view(conn: &Connection, section: Option<PlanSection>) -> Result<Vec<PlanItem>> {
    let mut items = section_items(conn, section)?;
    if section.is_none_or(|s| s == PlanSection::CopingSteps) {
        let chosen = chosen_coping(conn)?;
        let n = chosen.len() as u32;
        for i in items
            .iter_mut()
            .filter(|i| i.section == PlanSection::CopingSteps)
        {
            i.position += n;
        }
        let at = items
            .iter()
            .position(|i| {
                PlanSection::ALL.iter().position(|s| *s == i.section)
                    >= PlanSection::ALL
                        .iter()
                        .position(|s| *s == PlanSection::CopingSteps)
            })
            .unwrap_or(items.len());
        items.splice(at..at, chosen);
    }
    Ok(items)
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

    /// The plan in section order, or one section; its coping steps are the toolbox's
    /// strategies chosen for it (see `PlanItem::coping_id`).
    pub fn plan(&self, section: Option<PlanSection>) -> Result<Vec<PlanItem>> {
        plan_view(&self.conn, section)
    }

    /// A strategy as the plan shows it (its place 0 when the plan doesn't hold it).
    pub fn plan_coping_item(&self, id: i64) -> Result<PlanItem> {
        coping_item(&self.conn, id)
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
        if section == PlanSection::CopingSteps {
            return self.choose_coping_named(&text, detail);
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
        let id = self.last_insert_rowid();
        if matches!(section, PlanSection::Supports | PlanSection::Contacts) {
            // Someone the person keeps, named by their name: the line is theirs.
            self.execute(
                &format!(
                    "UPDATE plan_items SET person_id = (SELECT id FROM people
                         WHERE {} = {SAME_WORDS} ORDER BY uid LIMIT 1) WHERE id = ?2",
                    SAME_WORDS.replace("?1", "name")
                ),
                params![text, id],
            )?;
        }
        item(self, id)
    }

    /// The toolbox's strategy named `name` (any case, blanks around ignored; a new one,
    /// described by `detail`, when there is none), chosen for the plan if it wasn't.
    fn choose_coping_named(&self, name: &str, detail: Option<&str>) -> Result<PlanItem> {
        let found: Option<(i64, Option<u32>)> = self
            .query_row(
                &format!(
                    "SELECT id, plan_position FROM coping_strategies
                     WHERE {} = {SAME_WORDS} ORDER BY uid LIMIT 1",
                    SAME_WORDS.replace("?1", "name")
                ),
                [name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (id, chosen) = match found {
            Some(f) => f,
            None => (self.add_coping(name, detail, None)?.id, None),
        };
        if chosen.is_none() {
            self.plan_coping(id, Some(u32::MAX))?;
        }
        self.plan_coping_item(id)
    }

    /// Puts a strategy among the plan's coping steps at `place` (1-based, clamped), or
    /// takes it out of the plan (`None`; the strategy stays in the toolbox, and the
    /// others keep their places, so an undo puts it back where it was).
    pub fn plan_coping(&self, id: i64, place: Option<u32>) -> Result<PlanItem> {
        super::triggers::coping(self, id)?;
        let Some(place) = place else {
            self.execute(
                "UPDATE coping_strategies SET plan_position = NULL, updated_at = ?2 WHERE id = ?1",
                params![id, self.now],
            )?;
            return Ok(PlanItem {
                position: 0,
                ..self.plan_coping_item(id)?
            });
        };
        let mut ids: Vec<i64> = chosen_coping(self)?
            .into_iter()
            .map(|i| i.id)
            .filter(|c| *c != id)
            .collect();
        let to = (place.max(1) as usize - 1).min(ids.len());
        ids.insert(to, id);
        let mut st = self.prepare_cached(
            "UPDATE coping_strategies SET plan_position = ?2, updated_at = ?3
             WHERE id = ?1 AND plan_position IS NOT ?2",
        )?;
        for (n, c) in ids.iter().enumerate() {
            st.execute(params![c, n as i64 + 1, self.now])?;
        }
        self.plan_coping_item(id)
    }

    /// A strategy as the plan shows it (its place 0 when the plan doesn't hold it).
    pub fn plan_coping_item(&self, id: i64) -> Result<PlanItem> {
        coping_item(self, id)
    }

    /// Changes the words of a coping step of the plan: its strategy's name and
    /// description (its life domain stays).
    pub fn edit_plan_coping(&self, id: i64, name: &str, detail: Option<&str>) -> Result<PlanItem> {
        let c = super::triggers::coping(self, id)?;
        let detail = detail.map_or(c.description, optional_text);
        self.edit_coping(id, name, detail.as_deref(), c.domain)?;
        self.plan_coping_item(id)
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
