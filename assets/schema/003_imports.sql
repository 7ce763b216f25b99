-- tend schema, version 3: what imports brought in.
--
-- One row per source row an import wrote (a Daylio line, a jrnl or Day One entry, or
-- a day's check-in mood derived from Daylio rows): its stable key, a hash of the whole
-- source row as last written, the record it became (table and uid), that record's
-- revision right after the import wrote it, and whether the person has since deleted
-- the record. Kept for good, unlike tombstones (which sync may prune), so that a
-- re-import never brings back what the person deleted and never overwrites what they
-- changed (the record's revision moved on).

CREATE TABLE imported (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    key         TEXT NOT NULL,
    hash        TEXT NOT NULL,
    tbl         TEXT NOT NULL CHECK (tbl IN ('journal_entries', 'checkins')),
    uid         TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    imported_at TEXT NOT NULL,
    UNIQUE (source, key)
);
CREATE INDEX imported_record ON imported (tbl, uid);

CREATE TRIGGER imported_entry_deleted AFTER DELETE ON journal_entries BEGIN
    UPDATE imported SET deleted = 1 WHERE tbl = 'journal_entries' AND uid = OLD.uid;
END;
CREATE TRIGGER imported_checkin_deleted AFTER DELETE ON checkins BEGIN
    UPDATE imported SET deleted = 1 WHERE tbl = 'checkins' AND uid = OLD.uid;
END;
