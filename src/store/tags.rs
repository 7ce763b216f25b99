//! The tags in use across the journal, read from the tag index alone: their names for
//! the tag filter, how many entries have each for the tag picker, and the stored
//! spellings of one tag for the list narrowed to it. Tags match without case, so
//! spellings differing only in case are one tag, shown as the first of them.

use super::Store;
use crate::domain::tags::tag_key;
use crate::error::Result;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// A tag in use and how many entries have it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TagUse {
    pub tag: String,
    pub entries: usize,
}

/// Spellings in the index's order, those differing only in case folded into the first,
/// sorted without case.
fn folded(spellings: impl Iterator<Item = (String, usize)>) -> Vec<TagUse> {
    let mut out: Vec<TagUse> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (tag, entries) in spellings {
        match at.entry(tag_key(&tag)) {
            Entry::Occupied(e) => out[*e.get()].entries += entries,
            Entry::Vacant(e) => {
                e.insert(out.len());
                out.push(TagUse { tag, entries });
            }
        }
    }
    out.sort_by_cached_key(|t| (tag_key(&t.tag), t.tag.clone()));
    out
}

impl Store {
    /// Every stored spelling of a tag, in the index's order: one seek in the tag index
    /// per spelling, so the cost follows how many tags there are, not how many entries.
    fn tag_spellings(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare_cached(
            "WITH RECURSIVE s(tag) AS (SELECT min(tag) FROM journal_tags
                 UNION ALL
                 SELECT (SELECT min(tag) FROM journal_tags WHERE tag > s.tag) FROM s
                 WHERE s.tag IS NOT NULL)
             SELECT tag FROM s WHERE tag IS NOT NULL",
        )?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every tag in use, sorted without case (for the tag filter to step through).
    pub fn journal_tag_names(&self) -> Result<Vec<String>> {
        let tags = folded(self.tag_spellings()?.into_iter().map(|t| (t, 0)));
        Ok(tags.into_iter().map(|t| t.tag).collect())
    }

    /// Every tag in use with how many entries have it, sorted without case: one pass
    /// over the tag index in its order (no entry is read, nothing is sorted but the
    /// tags).
    pub fn journal_tags_in_use(&self) -> Result<Vec<TagUse>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT tag, count(*) FROM journal_tags GROUP BY tag")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))?;
        Ok(folded(
            rows.collect::<rusqlite::Result<Vec<_>>>()?.into_iter(),
        ))
    }

    /// The stored spellings of `tag` (as a JSON array, for `json_each`), and whether so
    /// few entries have it that looking each up costs less than walking the date index
    /// until `shown` are found. None when no entry has it.
    pub(super) fn tag_lookup(&self, tag: &str, shown: usize) -> Result<Option<(String, bool)>> {
        let lower = tag_key(tag);
        let spellings: Vec<String> = self
            .tag_spellings()?
            .into_iter()
            .filter(|t| tag_key(t) == lower)
            .collect();
        if spellings.is_empty() {
            return Ok(None);
        }
        let json = serde_json::to_string(&spellings).expect("strings");
        let few = i64::try_from(shown).unwrap_or(i64::MAX).saturating_add(500);
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM journal_tags
                 WHERE tag IN (SELECT value FROM json_each(?1)) LIMIT ?2)",
            )?
            .query_row(rusqlite::params![json, few.saturating_add(1)], |r| r.get(0))?;
        Ok(Some((json, n <= few)))
    }
}

#[cfg(test)]
mod tests {
    use super::{TagUse, folded};

    #[test]
    fn spellings_differing_in_case_are_one_tag() {
        let got = folded(
            [
                ("Walk", 2),
                ("calm", 1),
                ("walk", 3),
                ("Ärger", 1),
                ("ärger", 1),
            ]
            .into_iter()
            .map(|(t, n)| (t.to_string(), n)),
        );
        let want = [("calm", 1), ("Walk", 5), ("Ärger", 2)].map(|(t, n)| TagUse {
            tag: t.into(),
            entries: n,
        });
        assert_eq!(got, want);
    }
}
