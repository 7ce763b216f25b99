//! Unsaved words, kept inside the (encrypted) journal and never in a temp file: the
//! editor's text, saved every few seconds, on lock and when a signal stops tend, and
//! offered back on the next open. The entry's other fields (title, tags, mood, domain,
//! as typed) are kept beside its text, in a row of their own (`JOURNAL_FIELDS`, same
//! target), so a tend that knows only the text still finds it.

use super::{Store, Tx};
use crate::error::Result;
use rusqlite::{OptionalExtension, params};

/// What a draft is of: a journal entry (`target`: the entry edited, 0 for a new one).
pub const JOURNAL: &str = "journal";
/// The fields typed beside a journal draft's text, as the editor wrote them (JSON).
pub const JOURNAL_FIELDS: &str = "journal-fields";

/// A kept draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: String,
    pub target: i64,
    pub body: String,
    pub saved_at: String,
    /// For a journal draft: its fields, as `keep_journal_draft` was given them.
    pub fields: Option<String>,
}

impl Store {
    /// The newest draft of this kind, if any.
    pub fn draft(&self, kind: &str) -> Result<Option<Draft>> {
        let d = self
            .conn
            .query_row(
                "SELECT kind, target, body, saved_at FROM drafts WHERE kind = ?1 ORDER BY saved_at DESC, id DESC LIMIT 1",
                [kind],
                |r| {
                    Ok(Draft {
                        kind: r.get(0)?,
                        target: r.get(1)?,
                        body: r.get(2)?,
                        saved_at: r.get(3)?,
                        fields: None,
                    })
                },
            )
            .optional()?;
        let Some(mut d) = d else {
            return Ok(None);
        };
        if kind == JOURNAL {
            d.fields = self
                .conn
                .query_row(
                    "SELECT body FROM drafts WHERE kind = ?1 AND target = ?2",
                    params![JOURNAL_FIELDS, d.target],
                    |r| r.get(0),
                )
                .optional()?;
        }
        Ok(Some(d))
    }

    /// Keeps a journal draft: its text, and its other fields beside it, in one write.
    pub fn keep_journal_draft(&self, target: i64, body: &str, fields: &str) -> Result<()> {
        self.write(|w| {
            w.keep_draft(JOURNAL, target, body)?;
            w.keep_draft(JOURNAL_FIELDS, target, fields)
        })
    }

    /// Keeps `body` as the draft of (`kind`, `target`), replacing an older one.
    pub fn keep_draft(&self, kind: &str, target: i64, body: &str) -> Result<()> {
        self.write(|w| w.keep_draft(kind, target, body))
    }

    /// Forgets the draft of (`kind`, `target`): it was saved or discarded (a journal
    /// draft with its fields).
    pub fn drop_draft(&self, kind: &str, target: i64) -> Result<()> {
        let also = if kind == JOURNAL {
            JOURNAL_FIELDS
        } else {
            kind
        };
        self.write(|w| {
            w.execute(
                "DELETE FROM drafts WHERE kind IN (?1, ?2) AND target = ?3",
                params![kind, also, target],
            )?;
            Ok(())
        })
    }
}

impl Tx<'_> {
    pub fn keep_draft(&self, kind: &str, target: i64, body: &str) -> Result<()> {
        self.execute(
            "INSERT INTO drafts (kind, target, body, saved_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (kind, target) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at",
            params![kind, target, body, self.now],
        )?;
        Ok(())
    }
}
