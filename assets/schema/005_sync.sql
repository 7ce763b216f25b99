-- tend schema, version 5: sync between the person's devices.
--
-- Change capture lives here, in the same transaction as every write: a trigger on each
-- synced table marks the record `pending` in sync_changes, and the store's write path
-- stamps every pending record with the transaction's hybrid-clock version before it
-- commits. Nothing is captured until sync is set up (a row in sync_setup). Records are
-- keyed by uid; a check-in by its date (one per day, merged field by field); the profile
-- by 'profile'; a link row (tags, trigger-coping, setback-trigger, connection-person)
-- marks the record it belongs to. Drafts, settings, backups, copies and the import log
-- are this device's own and never sync.

-- This device's sync: the folder, its id there, the key (only in an encrypted journal),
-- the clock, and the segment it writes next.
CREATE TABLE sync_setup (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    folder        TEXT NOT NULL,
    device        TEXT NOT NULL,
    name          TEXT NOT NULL,
    salt          TEXT NOT NULL,
    key           BLOB,
    clock         INTEGER NOT NULL DEFAULT 0,
    next_seq      INTEGER NOT NULL DEFAULT 1,
    last_hash     TEXT,
    pending_hash  TEXT,
    last_sync     TEXT
);

-- Every other device seen in the folder: the last of its segments merged here and that
-- file's nonce (a later segment names its predecessor's, so a fork is noticed), and what
-- its latest segment says it has merged of each device (for forgetting tombstones).
CREATE TABLE sync_devices (
    device      TEXT PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    imported    INTEGER NOT NULL DEFAULT 0,
    last_nonce  TEXT,
    seen        TEXT NOT NULL DEFAULT '{}',
    last_at     TEXT
) WITHOUT ROWID;

-- Each synced record's latest version: its hybrid-clock stamp and device, the version
-- it was made on top of, whether it is a deletion, whether this device made it and has
-- not sent it yet (dirty), and the segment that carried it. A check-in keeps each
-- field's value and version in `fields`.
CREATE TABLE sync_changes (
    tbl          TEXT NOT NULL,
    key          TEXT NOT NULL,
    pending      INTEGER NOT NULL DEFAULT 1,
    dirty        INTEGER NOT NULL DEFAULT 0,
    stamp        INTEGER,
    device       TEXT,
    base_stamp   INTEGER,
    base_device  TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0,
    seg_device   TEXT,
    seg          INTEGER,
    fields       TEXT,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE INDEX sync_changes_pending ON sync_changes (pending) WHERE pending = 1;
CREATE INDEX sync_changes_dirty ON sync_changes (dirty) WHERE dirty = 1;
CREATE INDEX sync_changes_deleted ON sync_changes (stamp) WHERE deleted = 1;

-- A record from another device that was written without a reference or link, or not
-- written at all, because the record it points at is deleted here: kept as it came,
-- and written again if that record comes back while this version still stands.
CREATE TABLE sync_parked (
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    stamp   INTEGER NOT NULL,
    device  TEXT NOT NULL,
    row     TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- Links that went with a deleted record, with the version of the record they belong
-- to: if the deleted record comes back (a later edit on another device wins over the
-- deletion) while that version still stands, the link comes back too, as it never left
-- the devices that had not merged the deletion.
CREATE TABLE sync_dangling (
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    link    TEXT NOT NULL,
    target  TEXT NOT NULL,
    stamp   INTEGER,
    device  TEXT,
    PRIMARY KEY (tbl, key, link, target)
) WITHOUT ROWID;
CREATE TRIGGER coping_strategies_sync_dangling_trigger_coping BEFORE DELETE ON coping_strategies WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'triggers', p.uid, 'trigger_coping', OLD.uid, c.stamp, c.device
    FROM trigger_coping l JOIN triggers p ON p.id = l.trigger_id
    LEFT JOIN sync_changes c ON c.tbl = 'triggers' AND c.key = p.uid
    WHERE l.coping_id = OLD.id;
END;
CREATE TRIGGER triggers_sync_dangling_setback_triggers BEFORE DELETE ON triggers WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'setbacks', p.uid, 'setback_triggers', OLD.uid, c.stamp, c.device
    FROM setback_triggers l JOIN setbacks p ON p.id = l.setback_id
    LEFT JOIN sync_changes c ON c.tbl = 'setbacks' AND c.key = p.uid
    WHERE l.trigger_id = OLD.id;
END;
CREATE TRIGGER people_sync_dangling_connection_people BEFORE DELETE ON people WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'connections', p.uid, 'connection_people', OLD.uid, c.stamp, c.device
    FROM connection_people l JOIN connections p ON p.id = l.connection_id
    LEFT JOIN sync_changes c ON c.tbl = 'connections' AND c.key = p.uid
    WHERE l.person_id = OLD.id;
END;

-- Words that lost a concurrent edit: the text a field had in the version another
-- device's later edit replaced, shown beside the record ("also edited on <device> at
-- <time>") until the person dismisses it. The uid is made from the record, the field
-- and the losing version, so every device keeps the same one; they sync like records.
CREATE TABLE sync_conflicts (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    tbl         TEXT NOT NULL,
    record      TEXT NOT NULL,
    field       TEXT NOT NULL,
    text        TEXT NOT NULL,
    device      TEXT NOT NULL,
    edited_at   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sync_conflicts_record ON sync_conflicts (tbl, record);
CREATE TRIGGER sync_conflicts_revision AFTER UPDATE ON sync_conflicts WHEN NEW.revision = OLD.revision BEGIN
    UPDATE sync_conflicts SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER sync_conflicts_tombstone AFTER DELETE ON sync_conflicts BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('sync_conflicts', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

-- Records by uid.
CREATE TRIGGER commitments_sync_insert AFTER INSERT ON commitments WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER commitments_sync_update AFTER UPDATE ON commitments WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER commitments_sync_delete AFTER DELETE ON commitments WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_entries_sync_insert AFTER INSERT ON journal_entries WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_entries_sync_update AFTER UPDATE ON journal_entries WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_entries_sync_delete AFTER DELETE ON journal_entries WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goals_sync_insert AFTER INSERT ON goals WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goals_sync_update AFTER UPDATE ON goals WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goals_sync_delete AFTER DELETE ON goals WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_steps_sync_insert AFTER INSERT ON goal_steps WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_steps_sync_update AFTER UPDATE ON goal_steps WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_steps_sync_delete AFTER DELETE ON goal_steps WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_logs_sync_insert AFTER INSERT ON goal_logs WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_logs_sync_update AFTER UPDATE ON goal_logs WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_logs_sync_delete AFTER DELETE ON goal_logs WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER coping_strategies_sync_insert AFTER INSERT ON coping_strategies WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER coping_strategies_sync_update AFTER UPDATE ON coping_strategies WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER coping_strategies_sync_delete AFTER DELETE ON coping_strategies WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER triggers_sync_insert AFTER INSERT ON triggers WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER triggers_sync_update AFTER UPDATE ON triggers WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER triggers_sync_delete AFTER DELETE ON triggers WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_events_sync_insert AFTER INSERT ON trigger_events WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_events_sync_update AFTER UPDATE ON trigger_events WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_events_sync_delete AFTER DELETE ON trigger_events WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setbacks_sync_insert AFTER INSERT ON setbacks WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setbacks_sync_update AFTER UPDATE ON setbacks WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setbacks_sync_delete AFTER DELETE ON setbacks WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER assessments_sync_insert AFTER INSERT ON assessments WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER assessments_sync_update AFTER UPDATE ON assessments WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER assessments_sync_delete AFTER DELETE ON assessments WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER people_sync_insert AFTER INSERT ON people WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER people_sync_update AFTER UPDATE ON people WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER people_sync_delete AFTER DELETE ON people WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER plan_items_sync_insert AFTER INSERT ON plan_items WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER plan_items_sync_update AFTER UPDATE ON plan_items WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER plan_items_sync_delete AFTER DELETE ON plan_items WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER meetings_sync_insert AFTER INSERT ON meetings WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER meetings_sync_update AFTER UPDATE ON meetings WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER meetings_sync_delete AFTER DELETE ON meetings WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connections_sync_insert AFTER INSERT ON connections WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connections_sync_update AFTER UPDATE ON connections WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connections_sync_delete AFTER DELETE ON connections WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER sync_conflicts_sync_insert AFTER INSERT ON sync_conflicts WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('sync_conflicts', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER sync_conflicts_sync_update AFTER UPDATE ON sync_conflicts WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('sync_conflicts', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER sync_conflicts_sync_delete AFTER DELETE ON sync_conflicts WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('sync_conflicts', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Check-ins by date.
CREATE TRIGGER checkins_sync_insert AFTER INSERT ON checkins WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', NEW.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER checkins_sync_update AFTER UPDATE ON checkins WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', OLD.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', NEW.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER checkins_sync_delete AFTER DELETE ON checkins WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', OLD.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- The profile.
CREATE TRIGGER profile_sync_update AFTER UPDATE ON profile WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('profile', 'profile') ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Link rows mark the record they belong to (gone with it when it is deleted). A link
-- that goes because the record at its other end was deleted is not an edit: every device
-- that merges that deletion drops it the same way.
CREATE TRIGGER journal_tags_sync_insert AFTER INSERT ON journal_tags WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'journal_entries', uid FROM journal_entries WHERE id = NEW.entry_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_tags_sync_delete AFTER DELETE ON journal_tags WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'journal_entries', uid FROM journal_entries WHERE id = OLD.entry_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_coping_sync_insert AFTER INSERT ON trigger_coping WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'triggers', uid FROM triggers WHERE id = NEW.trigger_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_coping_sync_delete AFTER DELETE ON trigger_coping WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'triggers', uid FROM triggers WHERE id = OLD.trigger_id
        AND EXISTS (SELECT 1 FROM coping_strategies WHERE id = OLD.coping_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setback_triggers_sync_insert AFTER INSERT ON setback_triggers WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE id = NEW.setback_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setback_triggers_sync_delete AFTER DELETE ON setback_triggers WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE id = OLD.setback_id
        AND EXISTS (SELECT 1 FROM triggers WHERE id = OLD.trigger_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connection_people_sync_insert AFTER INSERT ON connection_people WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'connections', uid FROM connections WHERE id = NEW.connection_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connection_people_sync_delete AFTER DELETE ON connection_people WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'connections', uid FROM connections WHERE id = OLD.connection_id
        AND EXISTS (SELECT 1 FROM people WHERE id = OLD.person_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
