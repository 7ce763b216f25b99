//! The segments in the sync folder sealed with another key, as this journal noted them:
//! each named once, when a sync first met it, then neither tried nor said again while
//! it is the same file (see `crate::sync::foreign`).

use super::{Store, Tx};
use crate::error::Result;

/// A segment sealed with another key: its device, number, and identity (its nonce).
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    pub device: String,
    pub seq: i64,
    pub identity: String,
    pub noted_at: String,
}

impl Store {
    /// The segments noted as sealed with another key, by device and number.
    pub fn sync_foreign(&self) -> Result<Vec<Foreign>> {
        let mut st = self.conn.prepare_cached(
            "SELECT device, seq, identity, noted_at FROM sync_foreign ORDER BY device, seq",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Foreign {
                device: r.get(0)?,
                seq: r.get(1)?,
                identity: r.get(2)?,
                noted_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// Notes segment `seq` of `device`, of identity `identity`, as sealed with another
    /// key; true when it was not noted before as this very file (it is to be named).
    pub fn sync_note_foreign(&self, device: &str, seq: i64, identity: &str) -> Result<bool> {
        let changed = self.execute(
            "INSERT INTO sync_foreign (device, seq, identity, noted_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (device, seq) DO UPDATE
                 SET identity = excluded.identity, noted_at = excluded.noted_at
                 WHERE identity <> excluded.identity",
            rusqlite::params![device, seq, identity, self.now()],
        )?;
        Ok(changed > 0)
    }

    /// Forgets a noted segment (its file was removed or replaced).
    pub fn sync_forget_foreign(&self, device: &str, seq: i64) -> Result<()> {
        self.execute(
            "DELETE FROM sync_foreign WHERE device = ?1 AND seq = ?2",
            rusqlite::params![device, seq],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_segment_is_named_once_while_it_is_the_same_file_and_leaving_forgets_it() {
        let (_dir, store) = crate::store::tests::fresh();
        let note = |id: &str| store.write(|tx| tx.sync_note_foreign("ab", 1, id)).unwrap();
        assert!(note("n1"), "new");
        assert!(!note("n1"), "the same file");
        assert!(note("n2"), "replaced by another file of another key");
        let all = store.sync_foreign().unwrap();
        assert_eq!((all.len(), all[0].identity.as_str()), (1, "n2"));
        store.write(|tx| tx.sync_forget_foreign("ab", 1)).unwrap();
        assert!(store.sync_foreign().unwrap().is_empty());
        note("n3");
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO sync_setup (id, folder, name, salt) VALUES (1, '/f', 'x', '00')",
                    [],
                )?;
                tx.sync_leave()
            })
            .unwrap();
        assert!(store.sync_foreign().unwrap().is_empty(), "left: forgotten");
    }
}
