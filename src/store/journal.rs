//! Journal entries, their tags, and full-text search through the FTS5 index that
//! triggers keep in step with the table. Every read here goes through an index and
//! stops at the rows it returns.

use super::{Store, Tx, named_opt};
use crate::domain::tags::tag_key;
use crate::domain::time::local_date;
use crate::domain::{JournalDraft, JournalEntry, JournalHit, LifeDomain};
use crate::error::{Error, Result};
use crate::store::schema;
use chrono::{DateTime, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// Which entries a list shows. Every field narrows; the default shows all, newest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JournalFilter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub domain: Option<LifeDomain>,
    pub tag: Option<String>,
    pub limit: Option<usize>,
    pub offset: usize,
}

const COLUMNS: &str = "e.id, e.at, e.date, e.title, e.body, e.mood, e.domain, e.created_at, e.updated_at, \
                       (SELECT group_concat(tag, char(31)) FROM journal_tags WHERE entry_id = e.id), e.revision, e.pinned";

fn from_row(r: &Row) -> rusqlite::Result<JournalEntry> {
    let tags: Option<String> = r.get(9)?;
    let mut tags: Vec<String> = tags
        .unwrap_or_default()
        .split('\u{1f}')
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect();
    // Tags keep their names (with spaces and capitals); they sort and match
    // case-insensitively, so two spellings of one tag (from a data file, say) are one.
    tags.sort_by_key(|t| tag_key(t));
    tags.dedup_by(|a, b| tag_key(a) == tag_key(b));
    Ok(JournalEntry {
        id: r.get(0)?,
        at: r.get(1)?,
        date: r.get(2)?,
        title: r.get(3)?,
        body: r.get(4)?,
        mood: r.get(5)?,
        domain: named_opt(r, 6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        revision: r.get(10)?,
        pinned: r.get(11)?,
        tags,
    })
}

fn entry(conn: &Connection, id: i64) -> Result<Option<JournalEntry>> {
    let sql = format!("SELECT {COLUMNS} FROM journal_entries e WHERE e.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        what: t!("store-noun-entry"),
        id,
        list: crate::domain::RecordKind::Journal.list_command(),
    }
}

/// Turns what a person types into a safe FTS5 query: every word must appear (as a
/// prefix), and no character has a special meaning.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Store {
    pub fn journal_entry(&self, id: i64) -> Result<JournalEntry> {
        entry(&self.conn, id)?.ok_or_else(|| not_found(id))
    }

    /// Entries matching the filter, newest first. Only the conditions given are in the
    /// query, so a date range reads the date index from its newest end and stops at the
    /// limit: the cost follows the rows shown, not the journal's size.
    ///
    /// A tag is matched without case, through its stored spellings: a tag few entries
    /// have (say, only on old ones) is looked up in the tag index, a common one checked
    /// entry by entry down the date index.
    pub fn journal(&self, f: &JournalFilter) -> Result<Vec<JournalEntry>> {
        let mut wheres = Vec::new();
        let mut args: Vec<&dyn rusqlite::ToSql> = Vec::new();
        let domain = f.domain.map(|d| d.as_str());
        let (limit, offset) = (f.limit.map_or(-1, |l| l as i64), f.offset as i64);
        let shown = f.limit.map_or(usize::MAX, |l| l.saturating_add(f.offset));
        let tag = match &f.tag {
            Some(t) => match self.tag_lookup(t, shown)? {
                Some(found) => Some(found),
                None => return Ok(Vec::new()), // no entry has it
            },
            None => None,
        };
        let tag_cond = match &tag {
            Some((_, true)) => {
                "e.id IN (SELECT entry_id FROM journal_tags WHERE tag IN (SELECT value FROM json_each(?)))"
            }
            _ => {
                "EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = e.id AND t.tag IN (SELECT value FROM json_each(?)))"
            }
        };
        let conds: [(&str, Option<&dyn rusqlite::ToSql>); 4] = [
            ("e.date >= ?", f.from.as_ref().map(|d| d as _)),
            ("e.date <= ?", f.to.as_ref().map(|d| d as _)),
            ("e.domain = ?", domain.as_ref().map(|d| d as _)),
            (tag_cond, tag.as_ref().map(|(json, _)| json as _)),
        ];
        for (cond, arg) in conds {
            if let Some(a) = arg {
                wheres.push(cond);
                args.push(a);
            }
        }
        let filter = if wheres.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", wheres.join(" AND "))
        };
        args.extend([&limit as &dyn rusqlite::ToSql, &offset]);
        let sql = format!(
            "SELECT {COLUMNS} FROM journal_entries e {filter}
             ORDER BY e.date DESC, e.at DESC, e.id DESC LIMIT ? OFFSET ?"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(args.as_slice(), from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Full-text search over titles and bodies, newest first, one page: `limit` hits
    /// after skipping `offset`.
    pub fn journal_search(&self, text: &str, limit: usize) -> Result<Vec<JournalHit>> {
        self.journal_search_page(text, SearchOrder::Newest, limit, 0)
    }

    /// One page of search hits in `order`; no entry's text is read but the page's.
    /// Relevance ranks every match (about 20 ms for 17,000 of them).
    pub fn journal_search_page(
        &self,
        text: &str,
        order: SearchOrder,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<JournalHit>> {
        let Some(q) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let ids = self.search_ids(&q, order, limit, offset, None)?;
        self.hits(ids, text)
    }

    /// The first `limit` hits, newest first, and how many entries the search finds in
    /// all. The count reads the index's match lists (no text) and also tells how to
    /// find the page, so it costs little more than the page alone.
    pub fn journal_search_counted(
        &self,
        text: &str,
        limit: usize,
    ) -> Result<(Vec<JournalHit>, usize)> {
        let Some(q) = fts_query(text) else {
            return Ok((Vec::new(), 0));
        };
        let n: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?1")?
            .query_row([&q], |r| r.get(0))?;
        let total = n as usize;
        let ids = self.search_ids(&q, SearchOrder::Newest, limit, 0, Some(total))?;
        Ok((self.hits(ids, text)?, total))
    }

    /// The entries of `ids`, each with its snippet for the search `text`.
    fn hits(&self, ids: Vec<i64>, text: &str) -> Result<Vec<JournalHit>> {
        let terms = super::snippet::terms(text);
        let mut hits = Vec::with_capacity(ids.len());
        for id in ids {
            let Some(entry) = entry(&self.conn, id)? else {
                continue;
            };
            hits.push(JournalHit {
                snippet: super::snippet::snippet(&entry.body, &terms),
                entry,
            });
        }
        Ok(hits)
    }

    /// The ids of one page of hits for the FTS query `q`. Newest first, a few matches
    /// are looked up one by one and sorted; many are found among the newest entries
    /// (see `newest_hits`). Either way the work follows the matches and the page, not
    /// the journal's size. `total`, when counted already, says whether matches are few.
    fn search_ids(
        &self,
        q: &str,
        order: SearchOrder,
        limit: usize,
        offset: usize,
        total: Option<usize>,
    ) -> Result<Vec<i64>> {
        let few = match (order, total) {
            (SearchOrder::Relevance, _) => false,
            (SearchOrder::Newest, Some(n)) => n <= FEW + limit + offset,
            (SearchOrder::Newest, None) => self.few_matches(q, limit + offset)?,
        };
        let sql = match order {
            SearchOrder::Relevance => {
                "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?1
                 ORDER BY rank LIMIT ?2 OFFSET ?3"
            }
            SearchOrder::Newest if few => {
                "SELECT e.id FROM journal_entries e NOT INDEXED
                 WHERE e.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?1)
                 ORDER BY e.date DESC, e.at DESC, e.id DESC LIMIT ?2 OFFSET ?3"
            }
            SearchOrder::Newest => {
                if let Some(ids) = self.newest_hits(q, limit + offset)? {
                    return Ok(ids.into_iter().skip(offset).collect());
                }
                "SELECT e.id FROM journal_entries e INDEXED BY journal_entries_date
                 WHERE e.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?1)
                 ORDER BY e.date DESC, e.at DESC, e.id DESC LIMIT ?2 OFFSET ?3"
            }
        };
        let mut st = self.conn.prepare_cached(sql)?;
        let rows = st.query_map(params![q, limit as i64, offset as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The first `want` hits, newest first, found among the newest entries: a batch of
    /// them from the date index, and the index's matches within their span of ids,
    /// which is narrow when entries were written in order. A batch holding `want` hits
    /// holds the newest ones (every entry outside it is older); otherwise a batch four
    /// times larger is tried, up to a limit past which None leaves it to one pass over
    /// every match.
    fn newest_hits(&self, q: &str, want: usize) -> Result<Option<Vec<i64>>> {
        let mut batch = (want * 8).max(256);
        let mut newest = self.conn.prepare_cached(
            "SELECT id FROM journal_entries INDEXED BY journal_entries_date
             ORDER BY date DESC, at DESC, id DESC LIMIT ?1",
        )?;
        let mut within = self.conn.prepare_cached(
            "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
        )?;
        while batch <= 20_000 {
            let ids: Vec<i64> = newest
                .query_map([batch as i64], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let (Some(lo), Some(hi)) = (ids.iter().min(), ids.iter().max()) else {
                return Ok(Some(Vec::new()));
            };
            let matched: std::collections::HashSet<i64> = within
                .query_map(params![q, lo, hi], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let hits: Vec<i64> = ids
                .iter()
                .copied()
                .filter(|id| matched.contains(id))
                .take(want)
                .collect();
            if hits.len() == want || ids.len() < batch {
                return Ok(Some(hits));
            }
            batch *= 4;
        }
        Ok(None)
    }

    /// Whether so few entries match `q` that looking each up costs less than walking
    /// the date index (counting reads the index's match list, no text).
    fn few_matches(&self, q: &str, shown: usize) -> Result<bool> {
        let few = (FEW + shown) as i64;
        let n: i64 = self.conn.prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM journal_fts WHERE journal_fts MATCH ?1 LIMIT ?2)",
        )?
        .query_row(params![q, few + 1], |r| r.get(0))?;
        Ok(n <= few)
    }

    /// Entries written on this month and day in earlier years, newest first: one look
    /// in the date index per year back to the first entry, never a pass over them all.
    pub fn journal_on_this_day(&self, today: NaiveDate, limit: usize) -> Result<Vec<JournalEntry>> {
        use chrono::Datelike;
        let first: Option<NaiveDate> =
            self.conn
                .query_row("SELECT min(date) FROM journal_entries", [], |r| r.get(0))?;
        let Some(first) = first else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM journal_entries e WHERE e.date = ?1 ORDER BY e.at DESC LIMIT ?2"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut out = Vec::new();
        for year in (first.year()..today.year()).rev() {
            let Some(day) = today.with_year(year) else {
                continue; // 29 February in a year without one
            };
            let left = limit - out.len();
            if left == 0 {
                break;
            }
            let rows = st.query_map(params![day, left as i64], from_row)?;
            out.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        Ok(out)
    }
}

/// Past how many matches (beyond those shown) a search walks the date index instead of
/// looking each match up.
const FEW: usize = 500;

/// The order search hits come in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SearchOrder {
    /// Newest entry first (the default): a page costs the same however many match.
    #[default]
    Newest,
    /// Best match first (FTS5's bm25 rank), which ranks every match.
    Relevance,
}

impl Tx<'_> {
    /// Holds the full-text index for a batch of merged records: entries added or
    /// changed meanwhile wait, and `fts_release` indexes them together (the index,
    /// written entry by entry, flushes at every record's savepoint). True when this
    /// call held it; false when it was held already, and whoever held it releases it.
    pub(in crate::store) fn fts_hold(&self) -> Result<bool> {
        Ok(self.execute("INSERT OR IGNORE INTO fts_hold (id) VALUES (1)", [])? == 1)
    }

    /// Runs `f` with the full-text index held, and indexes the entries it added or
    /// changed together at the end, unless the index was held already (a join's batch
    /// of segments is indexed once, not segment by segment, each time merging the
    /// index's pieces again).
    pub fn search_index_after<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let held = self.fts_hold()?;
        let value = f()?;
        if held {
            self.fts_release()?;
        }
        Ok(value)
    }

    /// Indexes the entries that waited while the index was held, and lets it go.
    pub(in crate::store) fn fts_release(&self) -> Result<()> {
        // Thousands of entries (a join's) are indexed in memory before the index is
        // written, up to 64 MiB (SQLite's 1 MiB otherwise): fewer, larger pieces of
        // the index, which SQLite then merges less (a quarter less time indexing).
        let many: bool = self.query_row(
            "SELECT count(*) > 1000 FROM (SELECT 1 FROM fts_later LIMIT 1001)",
            [],
            |r| r.get(0),
        )?;
        let hash_size = |bytes: i64| {
            self.execute(
                "INSERT INTO journal_fts (journal_fts, rank) VALUES ('hashsize', ?1)",
                [bytes],
            )
        };
        if many {
            hash_size(64 << 20)?;
        }
        self.execute(
            // The waiting ones first (CROSS JOIN keeps that order): never a scan of
            // the whole journal when none wait.
            "INSERT INTO journal_fts (rowid, title, body)
             SELECT e.id, e.title, e.body FROM fts_later l CROSS JOIN journal_entries e ON e.id = l.id",
            [],
        )?;
        if many {
            hash_size(1 << 20)?;
        }
        self.execute("DELETE FROM fts_later", [])?;
        self.execute("DELETE FROM fts_hold", [])?;
        Ok(())
    }
}

impl Tx<'_> {
    pub fn add_journal(&self, draft: JournalDraft) -> Result<JournalEntry> {
        let d = draft.validated()?;
        let day_start = super::profile(self)?.day_start_hour;
        self.check_lived("date", local_date(d.at, day_start))?;
        self.execute(
            "INSERT INTO journal_entries (at, date, title, body, mood, domain, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![
                crate::clock::stamp(d.at),
                local_date(d.at, day_start),
                d.title,
                d.body,
                d.mood,
                d.domain.map(|x| x.as_str()),
                self.now
            ],
        )?;
        let id = self.last_insert_rowid();
        self.set_tags(id, &d.tags)?;
        Ok(entry(self, id)?.expect("row just written"))
    }

    /// Adds an entry under a given uid unless one with that uid exists (for imports).
    /// Returns whether it was added.
    pub fn add_journal_once(&self, uid: &str, draft: JournalDraft) -> Result<bool> {
        let exists: Option<i64> = self
            .query_row(
                "SELECT id FROM journal_entries WHERE uid = ?1",
                [uid],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Ok(false);
        }
        let e = self.add_journal(draft)?;
        self.execute(
            "UPDATE journal_entries SET uid = ?2 WHERE id = ?1",
            params![e.id, uid],
        )?;
        Ok(true)
    }

    /// Replaces an entry's fields with the draft's.
    pub fn update_journal(&self, id: i64, draft: JournalDraft) -> Result<JournalEntry> {
        let d = draft.validated()?;
        let day_start = super::profile(self)?.day_start_hour;
        self.check_lived("date", local_date(d.at, day_start))?;
        let n = self.execute(
            "UPDATE journal_entries SET at = ?2, date = ?3, title = ?4, body = ?5, mood = ?6, domain = ?7, updated_at = ?8
             WHERE id = ?1",
            params![
                id,
                crate::clock::stamp(d.at),
                local_date(d.at, day_start),
                d.title,
                d.body,
                d.mood,
                d.domain.map(|x| x.as_str()),
                self.now
            ],
        )?;
        if n == 0 {
            return Err(not_found(id));
        }
        self.set_tags(id, &d.tags)?;
        Ok(entry(self, id)?.expect("row just written"))
    }

    /// Pins an entry (or unpins it): the person keeps it at hand.
    pub fn pin_journal(&self, id: i64, pinned: bool) -> Result<JournalEntry> {
        self.execute(
            "UPDATE journal_entries SET pinned = ?2, updated_at = ?3 WHERE id = ?1 AND pinned <> ?2",
            params![id, pinned, self.now],
        )?;
        entry(self, id)?.ok_or_else(|| not_found(id))
    }

    pub fn delete_journal(&self, id: i64) -> Result<JournalEntry> {
        let e = entry(self, id)?.ok_or_else(|| not_found(id))?;
        self.delete_record(crate::domain::RecordKind::Journal, id)?;
        Ok(e)
    }

    pub(super) fn set_tags(&self, id: i64, tags: &[String]) -> Result<()> {
        self.execute("DELETE FROM journal_tags WHERE entry_id = ?1", [id])?;
        let mut st =
            self.prepare_cached("INSERT INTO journal_tags (entry_id, tag) VALUES (?1, ?2)")?;
        for t in tags {
            st.execute(params![id, t])?;
        }
        Ok(())
    }
}

/// Recomputes every entry's local date after the day-start hour changed.
pub(super) fn redate_all(conn: &Connection, day_start: u8) -> Result<()> {
    redate(conn, schema::JOURNAL, day_start)
}

/// Recomputes the `date` column of a table with an `at` moment column. Rows brought in
/// by an import keep the date their source gave them; a row whose date stays the same
/// is not written.
pub(super) fn redate(conn: &Connection, table: &str, day_start: u8) -> Result<()> {
    let rows: Vec<(i64, String)> = {
        let mut st = conn.prepare(&format!(
            "SELECT id, at FROM {table} WHERE uid NOT IN (SELECT uid FROM imported WHERE tbl = '{table}')"
        ))?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    let mut up = conn.prepare(&format!(
        "UPDATE {table} SET date = ?2 WHERE id = ?1 AND date IS NOT ?2"
    ))?;
    for (id, at) in rows {
        if let Ok(t) = DateTime::parse_from_rfc3339(&at) {
            up.execute(params![id, local_date(t, day_start)])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn search_text_cannot_inject_fts_syntax() {
        assert_eq!(fts_query("hard day").as_deref(), Some("\"hard\"* \"day\"*"));
        assert_eq!(
            fts_query("NEAR(\"a\" OR b*) -c").as_deref(),
            Some("\"NEAR\"* \"a\"* \"OR\"* \"b\"* \"c\"*")
        );
        assert_eq!(fts_query("don't").as_deref(), Some("\"don\"* \"t\"*"));
        assert_eq!(fts_query(" ** "), None);
    }
}
