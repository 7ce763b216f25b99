-- An entry added while the search index was held, then deleted before it was let go,
-- was never indexed: only its place among the waiting ones is taken out. Two triggers
-- did this, each with its own WHEN; SQLite runs the newer first, which emptied the
-- place the older then looked for, and the older told the index to delete an entry it
-- never held (the index then reports itself damaged). One trigger now does both, in
-- order.
DROP TRIGGER journal_fts_delete;
DROP TRIGGER journal_fts_delete_later;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body
        WHERE NOT EXISTS (SELECT 1 FROM fts_later WHERE id = old.id);
    DELETE FROM fts_later WHERE id = old.id;
END;
