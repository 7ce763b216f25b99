-- tend schema: the person's own daily trackers, answered beside the check-in.
--
-- `trackers`: what the person chose to track, in their order (`position`). `kind` is
-- yes-no, rating, number or time; a rating has its scale (`scale_min`, `scale_max`) and
-- the words at its two ends; a number its unit. `safety`: an answer at or above
-- `threshold` (none: the top of the scale) brings the crisis lines. `acted_on`: each
-- answer also asks whether the person acted on it (the DBT diary card's urges).
-- `archived_on`: put away, its answers kept. `kind` and `preset` are not checked here: a
-- newer tend's value is kept as written (see `store::schema`, the versions rule).
CREATE TABLE trackers (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    scale_min    INTEGER,
    scale_max    INTEGER,
    low_label    TEXT,
    high_label   TEXT,
    unit         TEXT,
    position     INTEGER NOT NULL DEFAULT 0,
    shared       INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    safety       INTEGER NOT NULL DEFAULT 0 CHECK (safety IN (0, 1)),
    threshold    REAL,
    acted_on     INTEGER NOT NULL DEFAULT 0 CHECK (acted_on IN (0, 1)),
    archived_on  TEXT,
    preset       TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);

-- `tracker_values`: a tracker's answer for a day, one a day. A yes-no answer is 1 or 0,
-- a time minutes after midnight. Its uid is `derived_uid(tracker uid, 'value:' || date)`,
-- so two devices that answer the same day make the same record and sync merges them.
CREATE TABLE tracker_values (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    tracker_id  INTEGER NOT NULL REFERENCES trackers (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    value       REAL NOT NULL CHECK (value >= 0),
    acted_on    INTEGER CHECK (acted_on IS NULL OR acted_on IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tracker_values_date ON tracker_values (date, tracker_id);
CREATE INDEX tracker_values_tracker ON tracker_values (tracker_id, date);

-- Revisions and tombstones, as every record has (002).
CREATE TRIGGER trackers_revision AFTER UPDATE ON trackers WHEN NEW.revision = OLD.revision BEGIN
    UPDATE trackers SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER trackers_tombstone AFTER DELETE ON trackers BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('trackers', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
CREATE TRIGGER tracker_values_revision AFTER UPDATE ON tracker_values WHEN NEW.revision = OLD.revision BEGIN
    UPDATE tracker_values SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tracker_values_tombstone AFTER DELETE ON tracker_values BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('tracker_values', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

-- Capture for sync and data files, as every record has (010).
CREATE TRIGGER trackers_sync_insert AFTER INSERT ON trackers
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trackers' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trackers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trackers_sync_update AFTER UPDATE ON trackers
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trackers' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trackers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trackers_sync_delete AFTER DELETE ON trackers
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trackers' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trackers', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER tracker_values_sync_insert AFTER INSERT ON tracker_values
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'tracker_values' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('tracker_values', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER tracker_values_sync_update AFTER UPDATE ON tracker_values
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'tracker_values' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('tracker_values', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER tracker_values_sync_delete AFTER DELETE ON tracker_values
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'tracker_values' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('tracker_values', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Before a tracker goes, its answers are kept whole (see sync_cascade in 010).
CREATE TRIGGER trackers_sync_cascade BEFORE DELETE ON trackers BEGIN
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'tracker_values', v.uid, c.stamp, c.device, json_object('uid', v.uid,
        'date', v.date, 'value', v.value, 'acted_on', v.acted_on, 'tracker_uid', OLD.uid,
        'created_at', v.created_at, 'updated_at', v.updated_at, 'revision', v.revision)
    FROM tracker_values v JOIN sync_changes c ON c.tbl = 'tracker_values' AND c.key = v.uid
    WHERE v.tracker_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'tracker_values', uid FROM tracker_values WHERE tracker_id = OLD.id;
END;
