-- tend schema, version 18: sync for years.
--
-- Devices this journal has forgotten: retired by the person (`tend sync forget-device`),
-- unseen longer than the setting allows, a restored journal's old id, or forgotten on
-- another device first ("heard"). A forgotten device no longer holds up compaction or
-- the forgetting of deletions, and what it wrote is sent on in this device's segments.
-- `told`: a segment of this device has said so (one is written for it if need be).
CREATE TABLE sync_forgotten (
    device  TEXT PRIMARY KEY,
    name    TEXT NOT NULL DEFAULT '',
    day     TEXT NOT NULL,
    why     TEXT NOT NULL,
    told    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The journal's full-text index, kept per batch while a merge holds it: a row in
-- `fts_hold` while records merge in one transaction; the entries added or changed
-- meanwhile wait in `fts_later` and are indexed together when the batch ends (an
-- index written record by record flushes at every record's savepoint).
CREATE TABLE fts_hold (id INTEGER PRIMARY KEY CHECK (id = 1));
CREATE TABLE fts_later (id INTEGER PRIMARY KEY);

DROP TRIGGER journal_fts_insert;
DROP TRIGGER journal_fts_delete;
DROP TRIGGER journal_fts_update;
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries
    WHEN NOT EXISTS (SELECT 1 FROM fts_hold) BEGIN
    INSERT INTO journal_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER journal_fts_insert_later AFTER INSERT ON journal_entries
    WHEN EXISTS (SELECT 1 FROM fts_hold) BEGIN
    INSERT OR IGNORE INTO fts_later (id) VALUES (new.id);
END;
-- An entry still waiting was never indexed: only one that was is taken out.
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries
    WHEN NOT EXISTS (SELECT 1 FROM fts_later WHERE id = old.id) BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER journal_fts_delete_later AFTER DELETE ON journal_entries
    WHEN EXISTS (SELECT 1 FROM fts_later WHERE id = old.id) BEGIN
    DELETE FROM fts_later WHERE id = old.id;
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, body ON journal_entries
    WHEN NOT EXISTS (SELECT 1 FROM fts_hold) BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO journal_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER journal_fts_update_later AFTER UPDATE OF title, body ON journal_entries
    WHEN EXISTS (SELECT 1 FROM fts_hold) AND NOT EXISTS (SELECT 1 FROM fts_later WHERE id = old.id) BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO fts_later (id) VALUES (new.id);
END;
