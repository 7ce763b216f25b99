-- tend schema, version 10: every write is stamped, whether or not sync is set up.
--
-- A revision counts edits in one journal and means nothing in another, so a data file
-- imported into another journal could not tell which side changed a record last. From
-- here on every journal has a device id of its own and a hybrid clock (journal_clock),
-- the capture triggers of 005 run from the start, and the store stamps every record a
-- write changed, as sync did: a data file carries each record's stamp and an import
-- decides by it as sync does. Sync set up later uses the journal's id and clock (they
-- move here from sync_setup).
--
-- The records already here are stamped from when they were last changed (a deletion
-- from when it was made), under the journal's id: the sync id where sync is set up, a
-- new one otherwise. Nothing here is new: nothing is stamped as changed now.

-- Capture from the start: every trigger of 005 made again without its condition.
DROP TRIGGER commitments_sync_insert; DROP TRIGGER commitments_sync_update; DROP TRIGGER commitments_sync_delete;
DROP TRIGGER journal_entries_sync_insert; DROP TRIGGER journal_entries_sync_update; DROP TRIGGER journal_entries_sync_delete;
DROP TRIGGER goals_sync_insert; DROP TRIGGER goals_sync_update; DROP TRIGGER goals_sync_delete;
DROP TRIGGER goal_steps_sync_insert; DROP TRIGGER goal_steps_sync_update; DROP TRIGGER goal_steps_sync_delete;
DROP TRIGGER goal_logs_sync_insert; DROP TRIGGER goal_logs_sync_update; DROP TRIGGER goal_logs_sync_delete;
DROP TRIGGER coping_strategies_sync_insert; DROP TRIGGER coping_strategies_sync_update; DROP TRIGGER coping_strategies_sync_delete;
DROP TRIGGER triggers_sync_insert; DROP TRIGGER triggers_sync_update; DROP TRIGGER triggers_sync_delete;
DROP TRIGGER trigger_events_sync_insert; DROP TRIGGER trigger_events_sync_update; DROP TRIGGER trigger_events_sync_delete;
DROP TRIGGER setbacks_sync_insert; DROP TRIGGER setbacks_sync_update; DROP TRIGGER setbacks_sync_delete;
DROP TRIGGER assessments_sync_insert; DROP TRIGGER assessments_sync_update; DROP TRIGGER assessments_sync_delete;
DROP TRIGGER people_sync_insert; DROP TRIGGER people_sync_update; DROP TRIGGER people_sync_delete;
DROP TRIGGER plan_items_sync_insert; DROP TRIGGER plan_items_sync_update; DROP TRIGGER plan_items_sync_delete;
DROP TRIGGER meetings_sync_insert; DROP TRIGGER meetings_sync_update; DROP TRIGGER meetings_sync_delete;
DROP TRIGGER connections_sync_insert; DROP TRIGGER connections_sync_update; DROP TRIGGER connections_sync_delete;
DROP TRIGGER sync_conflicts_sync_insert; DROP TRIGGER sync_conflicts_sync_update; DROP TRIGGER sync_conflicts_sync_delete;
DROP TRIGGER checkins_sync_insert; DROP TRIGGER checkins_sync_update; DROP TRIGGER checkins_sync_delete;
DROP TRIGGER profile_sync_update;
DROP TRIGGER journal_tags_sync_insert; DROP TRIGGER journal_tags_sync_delete;
DROP TRIGGER trigger_coping_sync_insert; DROP TRIGGER trigger_coping_sync_delete;
DROP TRIGGER setback_triggers_sync_insert; DROP TRIGGER setback_triggers_sync_delete;
DROP TRIGGER connection_people_sync_insert; DROP TRIGGER connection_people_sync_delete;
DROP TRIGGER coping_strategies_sync_dangling_trigger_coping;
DROP TRIGGER triggers_sync_dangling_setback_triggers;
DROP TRIGGER people_sync_dangling_connection_people;

-- This journal's device id and hybrid clock: the latest stamp made or seen here.
CREATE TABLE journal_clock (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    device  TEXT NOT NULL,
    clock   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO journal_clock (id, device, clock) VALUES (1,
    coalesce((SELECT device FROM sync_setup WHERE id = 1), lower(hex(randomblob(8)))),
    coalesce((SELECT clock FROM sync_setup WHERE id = 1), 0));
ALTER TABLE sync_setup DROP COLUMN device;
ALTER TABLE sync_setup DROP COLUMN clock;

-- Every record now has a row here, a check-in's with its fields (about a kilobyte): as a
-- rowid table, not WITHOUT ROWID, so such a row fits in its page instead of spilling a
-- page of its own.
CREATE TABLE sync_changes_rows (
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
);
INSERT INTO sync_changes_rows (tbl, key, pending, dirty, stamp, device, base_stamp, base_device,
    deleted, seg_device, seg, fields)
SELECT tbl, key, pending, dirty, stamp, device, base_stamp, base_device, deleted, seg_device,
    seg, fields FROM sync_changes;
DROP TABLE sync_changes;
ALTER TABLE sync_changes_rows RENAME TO sync_changes;
CREATE INDEX sync_changes_pending ON sync_changes (pending) WHERE pending = 1;
CREATE INDEX sync_changes_dirty ON sync_changes (dirty) WHERE dirty = 1;
CREATE INDEX sync_changes_deleted ON sync_changes (stamp) WHERE deleted = 1;

-- The sync program's conflict copies of segments merged here, by the nonce of each: a
-- journal restored with its copy of the folder writes a segment number again, and the
-- copy of the one it wrote before is read for what only it holds, once.
CREATE TABLE sync_copies (
    device  TEXT NOT NULL,
    nonce   TEXT NOT NULL,
    PRIMARY KEY (device, nonce)
) WITHOUT ROWID;


-- What a deletion takes with it is not an edit of it: every device that merges the
-- deletion takes the same, and keeps it to put back if the record comes back (a later
-- edit elsewhere wins over the deletion) while what it took still stands. A record's
-- own rows (a goal's steps and marks) are parked whole, with their versions; a record
-- that only pointed at it (an encounter at its trigger, a plan line at its person)
-- keeps its version, and the reference waits in sync_dangling. sync_cascade marks them
-- for the write they happen in, so that none is captured as a change (it is emptied
-- when the write is stamped).
CREATE TABLE sync_cascade (
    tbl  TEXT NOT NULL,
    key  TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- Records by uid.
CREATE TRIGGER commitments_sync_insert AFTER INSERT ON commitments BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER commitments_sync_update AFTER UPDATE ON commitments BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER commitments_sync_delete AFTER DELETE ON commitments BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_entries_sync_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_entries_sync_update AFTER UPDATE ON journal_entries BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_entries_sync_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goals_sync_insert AFTER INSERT ON goals BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goals_sync_update AFTER UPDATE ON goals BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goals_sync_delete AFTER DELETE ON goals BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_steps_sync_insert AFTER INSERT ON goal_steps
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_steps' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_steps_sync_update AFTER UPDATE ON goal_steps
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_steps' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_steps_sync_delete AFTER DELETE ON goal_steps
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_steps' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_logs_sync_insert AFTER INSERT ON goal_logs
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_logs' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_logs_sync_update AFTER UPDATE ON goal_logs
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_logs' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER goal_logs_sync_delete AFTER DELETE ON goal_logs
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_logs' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER coping_strategies_sync_insert AFTER INSERT ON coping_strategies BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER coping_strategies_sync_update AFTER UPDATE ON coping_strategies BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER coping_strategies_sync_delete AFTER DELETE ON coping_strategies BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER triggers_sync_insert AFTER INSERT ON triggers BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER triggers_sync_update AFTER UPDATE ON triggers BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER triggers_sync_delete AFTER DELETE ON triggers BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_events_sync_insert AFTER INSERT ON trigger_events
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trigger_events' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_events_sync_update AFTER UPDATE ON trigger_events
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trigger_events' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_events_sync_delete AFTER DELETE ON trigger_events
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trigger_events' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setbacks_sync_insert AFTER INSERT ON setbacks
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'setbacks' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setbacks_sync_update AFTER UPDATE ON setbacks
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'setbacks' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setbacks_sync_delete AFTER DELETE ON setbacks
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'setbacks' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER assessments_sync_insert AFTER INSERT ON assessments BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER assessments_sync_update AFTER UPDATE ON assessments BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER assessments_sync_delete AFTER DELETE ON assessments BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER people_sync_insert AFTER INSERT ON people BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER people_sync_update AFTER UPDATE ON people BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER people_sync_delete AFTER DELETE ON people BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER plan_items_sync_insert AFTER INSERT ON plan_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'plan_items' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER plan_items_sync_update AFTER UPDATE ON plan_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'plan_items' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER plan_items_sync_delete AFTER DELETE ON plan_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'plan_items' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER meetings_sync_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER meetings_sync_update AFTER UPDATE ON meetings BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER meetings_sync_delete AFTER DELETE ON meetings BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connections_sync_insert AFTER INSERT ON connections
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'connections' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connections_sync_update AFTER UPDATE ON connections
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'connections' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connections_sync_delete AFTER DELETE ON connections
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'connections' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER sync_conflicts_sync_insert AFTER INSERT ON sync_conflicts BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('sync_conflicts', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER sync_conflicts_sync_update AFTER UPDATE ON sync_conflicts BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('sync_conflicts', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER sync_conflicts_sync_delete AFTER DELETE ON sync_conflicts BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('sync_conflicts', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Check-ins by date.
CREATE TRIGGER checkins_sync_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', NEW.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER checkins_sync_update AFTER UPDATE ON checkins BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', OLD.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', NEW.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER checkins_sync_delete AFTER DELETE ON checkins BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('checkins', OLD.date) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- The profile.
CREATE TRIGGER profile_sync_update AFTER UPDATE ON profile BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('profile', 'profile') ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Link rows mark the record they belong to (gone with it when it is deleted). A link
-- that goes because the record at its other end was deleted is not an edit: every device
-- that merges that deletion drops it the same way.
CREATE TRIGGER journal_tags_sync_insert AFTER INSERT ON journal_tags BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'journal_entries', uid FROM journal_entries WHERE id = NEW.entry_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER journal_tags_sync_delete AFTER DELETE ON journal_tags BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'journal_entries', uid FROM journal_entries WHERE id = OLD.entry_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_coping_sync_insert AFTER INSERT ON trigger_coping BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'triggers', uid FROM triggers WHERE id = NEW.trigger_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER trigger_coping_sync_delete AFTER DELETE ON trigger_coping BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'triggers', uid FROM triggers WHERE id = OLD.trigger_id
        AND EXISTS (SELECT 1 FROM coping_strategies WHERE id = OLD.coping_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setback_triggers_sync_insert AFTER INSERT ON setback_triggers BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE id = NEW.setback_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER setback_triggers_sync_delete AFTER DELETE ON setback_triggers BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE id = OLD.setback_id
        AND EXISTS (SELECT 1 FROM triggers WHERE id = OLD.trigger_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connection_people_sync_insert AFTER INSERT ON connection_people BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'connections', uid FROM connections WHERE id = NEW.connection_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER connection_people_sync_delete AFTER DELETE ON connection_people BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'connections', uid FROM connections WHERE id = OLD.connection_id
        AND EXISTS (SELECT 1 FROM people WHERE id = OLD.person_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Links that go with a deleted record at their far end, kept to come back with it.
CREATE TRIGGER coping_strategies_sync_dangling_trigger_coping BEFORE DELETE ON coping_strategies BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'triggers', p.uid, 'trigger_coping', OLD.uid, c.stamp, c.device
    FROM trigger_coping l JOIN triggers p ON p.id = l.trigger_id
    LEFT JOIN sync_changes c ON c.tbl = 'triggers' AND c.key = p.uid
    WHERE l.coping_id = OLD.id;
END;
CREATE TRIGGER triggers_sync_dangling_setback_triggers BEFORE DELETE ON triggers BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'setbacks', p.uid, 'setback_triggers', OLD.uid, c.stamp, c.device
    FROM setback_triggers l JOIN setbacks p ON p.id = l.setback_id
    LEFT JOIN sync_changes c ON c.tbl = 'setbacks' AND c.key = p.uid
    WHERE l.trigger_id = OLD.id;
END;
CREATE TRIGGER people_sync_dangling_connection_people BEFORE DELETE ON people BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'connections', p.uid, 'connection_people', OLD.uid, c.stamp, c.device
    FROM connection_people l JOIN connections p ON p.id = l.connection_id
    LEFT JOIN sync_changes c ON c.tbl = 'connections' AND c.key = p.uid
    WHERE l.person_id = OLD.id;
END;

-- Before a record goes, what it takes with it is kept (see sync_cascade).
CREATE TRIGGER goals_sync_cascade BEFORE DELETE ON goals BEGIN
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'goal_steps', s.uid, c.stamp, c.device, json_object('uid', s.uid,
        'position', s.position, 'title', s.title, 'done_on', s.done_on, 'goal_uid', OLD.uid,
        'created_at', s.created_at, 'updated_at', s.updated_at, 'revision', s.revision)
    FROM goal_steps s JOIN sync_changes c ON c.tbl = 'goal_steps' AND c.key = s.uid
    WHERE s.goal_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'goal_logs', l.uid, c.stamp, c.device, json_object('uid', l.uid, 'date', l.date,
        'note', l.note, 'goal_uid', OLD.uid,
        'step_uid', (SELECT uid FROM goal_steps WHERE id = l.step_id),
        'created_at', l.created_at, 'updated_at', l.updated_at, 'revision', l.revision)
    FROM goal_logs l JOIN sync_changes c ON c.tbl = 'goal_logs' AND c.key = l.uid
    WHERE l.goal_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'goal_steps', uid FROM goal_steps WHERE goal_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'goal_logs', uid FROM goal_logs WHERE goal_id = OLD.id;
END;
CREATE TRIGGER goal_steps_sync_cascade_goal_logs_step_id BEFORE DELETE ON goal_steps BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'goal_logs', r.uid, 'step_id', OLD.uid, c.stamp, c.device FROM goal_logs r
    LEFT JOIN sync_changes c ON c.tbl = 'goal_logs' AND c.key = r.uid
    WHERE r.step_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'goal_logs', uid FROM goal_logs WHERE step_id = OLD.id;
END;
CREATE TRIGGER triggers_sync_cascade_trigger_events_trigger_id BEFORE DELETE ON triggers BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'trigger_events', r.uid, 'trigger_id', OLD.uid, c.stamp, c.device FROM trigger_events r
    LEFT JOIN sync_changes c ON c.tbl = 'trigger_events' AND c.key = r.uid
    WHERE r.trigger_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'trigger_events', uid FROM trigger_events WHERE trigger_id = OLD.id;
END;
CREATE TRIGGER coping_strategies_sync_cascade_trigger_events_coping_id BEFORE DELETE ON coping_strategies BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'trigger_events', r.uid, 'coping_id', OLD.uid, c.stamp, c.device FROM trigger_events r
    LEFT JOIN sync_changes c ON c.tbl = 'trigger_events' AND c.key = r.uid
    WHERE r.coping_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'trigger_events', uid FROM trigger_events WHERE coping_id = OLD.id;
END;
CREATE TRIGGER commitments_sync_cascade_setbacks_commitment_id BEFORE DELETE ON commitments BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'setbacks', r.uid, 'commitment_id', OLD.uid, c.stamp, c.device FROM setbacks r
    LEFT JOIN sync_changes c ON c.tbl = 'setbacks' AND c.key = r.uid
    WHERE r.commitment_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE commitment_id = OLD.id;
END;
CREATE TRIGGER people_sync_cascade_plan_items_person_id BEFORE DELETE ON people BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'plan_items', r.uid, 'person_id', OLD.uid, c.stamp, c.device FROM plan_items r
    LEFT JOIN sync_changes c ON c.tbl = 'plan_items' AND c.key = r.uid
    WHERE r.person_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'plan_items', uid FROM plan_items WHERE person_id = OLD.id;
END;
CREATE TRIGGER meetings_sync_cascade_connections_meeting_id BEFORE DELETE ON meetings BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'connections', r.uid, 'meeting_id', OLD.uid, c.stamp, c.device FROM connections r
    LEFT JOIN sync_changes c ON c.tbl = 'connections' AND c.key = r.uid
    WHERE r.meeting_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'connections', uid FROM connections WHERE meeting_id = OLD.id;
END;

-- The records already here, from when each was last changed (never after now).
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'commitments', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM commitments WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'journal_entries', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM journal_entries WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'goals', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM goals WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'goal_steps', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM goal_steps WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'goal_logs', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM goal_logs WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'coping_strategies', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM coping_strategies WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'triggers', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM triggers WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'trigger_events', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM trigger_events WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'setbacks', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM setbacks WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'assessments', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM assessments WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'people', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM people WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'plan_items', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM plan_items WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'meetings', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM meetings WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
SELECT 'connections', uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock)
FROM connections WHERE true ON CONFLICT (tbl, key) DO NOTHING;

-- Each deletion still remembered (for undo and imports) from when it was made.
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device, deleted)
SELECT tbl, uid, 0, 1, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(deleted_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16, (SELECT device FROM journal_clock), 1
FROM tombstones WHERE tbl IN ('commitments', 'journal_entries', 'goals', 'goal_steps', 'goal_logs', 'coping_strategies', 'triggers', 'trigger_events', 'setbacks', 'assessments', 'people', 'plan_items', 'meetings', 'connections') AND true ON CONFLICT (tbl, key) DO NOTHING;

-- Check-ins and the profile field by field, as the write path stamps a new one: a field
-- left empty sets nothing (version 0), every other takes the record's version.
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device, fields)
SELECT 'checkins', c.date, 0, 1, s.stamp, s.device, json_object(
    'born', json_array(s.stamp, s.device), 'del', NULL, 'f', json_object(
        'uid', json_array(c.uid, json_array(s.stamp, s.device)),
        'date', json_array(c.date, json_array(s.stamp, s.device)),
        'mood', json_array(c.mood, CASE WHEN c.mood IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'craving', json_array(c.craving, CASE WHEN c.craving IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'physical', json_array(c.physical, CASE WHEN c.physical IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'mental', json_array(c.mental, CASE WHEN c.mental IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'emotional', json_array(c.emotional, CASE WHEN c.emotional IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'social', json_array(c.social, CASE WHEN c.social IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'spiritual', json_array(c.spiritual, CASE WHEN c.spiritual IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'hungry', json_array(c.hungry, CASE WHEN c.hungry = 0 THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'angry', json_array(c.angry, CASE WHEN c.angry = 0 THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'lonely', json_array(c.lonely, CASE WHEN c.lonely = 0 THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'tired', json_array(c.tired, CASE WHEN c.tired = 0 THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'sleep_hours', json_array(c.sleep_hours, CASE WHEN c.sleep_hours IS NULL THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'intention', json_array(c.intention, CASE WHEN c.intention IS NULL OR c.intention = '' THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'reflection', json_array(c.reflection, CASE WHEN c.reflection IS NULL OR c.reflection = '' THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'gratitude', json_array(c.gratitude, CASE WHEN c.gratitude IS NULL OR c.gratitude = '' THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'note', json_array(c.note, CASE WHEN c.note IS NULL OR c.note = '' THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'imported_from', json_array(c.imported_from, CASE WHEN c.imported_from IS NULL OR c.imported_from = '' THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'created_at', json_array(c.created_at, json_array(s.stamp, s.device)),
        'updated_at', json_array(c.updated_at, json_array(s.stamp, s.device))))
FROM checkins c JOIN (SELECT id, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16 AS stamp,
        (SELECT device FROM journal_clock) AS device FROM checkins) s ON s.id = c.id
WHERE true ON CONFLICT (tbl, key) DO NOTHING;
INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device, fields)
SELECT 'profile', 'profile', 0, 1, s.stamp, s.device, json_object(
    'born', json_array(s.stamp, s.device), 'del', NULL, 'f', json_object(
        'display_name', json_array(p.display_name, CASE WHEN p.display_name IS NULL OR p.display_name = ''
            THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'recovery_start', json_array(p.recovery_start, CASE WHEN p.recovery_start IS NULL
            THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END),
        'day_start_hour', json_array(p.day_start_hour, CASE WHEN p.day_start_hour = 4
            THEN json_array(0, '') ELSE json_array(s.stamp, s.device) END)))
FROM profile p JOIN (SELECT id, max(0, min(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0))) << 16 AS stamp,
        (SELECT device FROM journal_clock) AS device FROM profile) s ON s.id = p.id
WHERE true ON CONFLICT (tbl, key) DO NOTHING;

-- No stamp past the year 3000 (hlc::LATEST), which other devices refuse: one made while
-- a clock read a later year is made again at the next write, and the clock goes back to
-- the latest stamp that can stand.
UPDATE sync_changes SET pending = 1, fields = NULL
WHERE stamp > 2130161172480000000 OR EXISTS (SELECT 1 FROM json_tree(CASE WHEN json_valid(sync_changes.fields)
    THEN sync_changes.fields END) WHERE type = 'integer' AND atom > 2130161172480000000);
UPDATE sync_changes SET base_stamp = NULL, base_device = NULL WHERE base_stamp > 2130161172480000000;
UPDATE journal_clock SET clock = (SELECT coalesce(max(stamp), 0) FROM sync_changes
    WHERE stamp <= 2130161172480000000) WHERE clock > 2130161172480000000;
UPDATE journal_clock SET clock = max(clock, (SELECT coalesce(max(stamp), 0) FROM sync_changes
    WHERE stamp <= 2130161172480000000));
