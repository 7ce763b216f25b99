-- tend schema: medications. A medication the person takes, its dose and schedule kept
-- as history (one row per change, from its day on), and the doses they log.
--
-- `medications`: `form` is a closed set not checked here: a newer tend's value is kept
-- as written (see `store::schema`, the versions rule). `prescriber_id`: a person,
-- usually with the role "prescriber". `addiction`: for addiction treatment.
CREATE TABLE medications (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name           TEXT NOT NULL,
    form           TEXT,
    prescriber_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    note           TEXT,
    addiction      INTEGER NOT NULL DEFAULT 0 CHECK (addiction IN (0, 1)),
    refill_date    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX medications_prescriber ON medications (prescriber_id) WHERE prescriber_id IS NOT NULL;

-- `medication_schedules`: one row per change of dose or schedule, from its day on.
-- `kind`: daily, every-n-days, monthly or as-needed (kept as written, like `form`);
-- `times`: times of day "08:00,20:00"; `weekdays`: "0,2,4", Monday 0 (daily only; none
-- is every day); `every`: N of every-n-days.
CREATE TABLE medication_schedules (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    medication_id  INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,
    from_date      TEXT NOT NULL,
    dose           TEXT,
    kind           TEXT NOT NULL,
    times          TEXT,
    weekdays       TEXT,
    every          INTEGER CHECK (every IS NULL OR every BETWEEN 1 AND 365),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX medication_schedules_medication ON medication_schedules (medication_id, from_date);

-- `doses`: one dose logged at a moment: taken, missed or late (`status` kept as written).
CREATE TABLE doses (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    medication_id  INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    date           TEXT NOT NULL,
    status         TEXT NOT NULL,
    reason         TEXT,
    note           TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX doses_medication ON doses (medication_id, date, at);
CREATE INDEX doses_date ON doses (date, at);

-- Revisions and tombstones, as every record has (002).
CREATE TRIGGER medications_revision AFTER UPDATE ON medications WHEN NEW.revision = OLD.revision BEGIN
    UPDATE medications SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER medications_tombstone AFTER DELETE ON medications BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('medications', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
CREATE TRIGGER medication_schedules_revision AFTER UPDATE ON medication_schedules WHEN NEW.revision = OLD.revision BEGIN
    UPDATE medication_schedules SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER medication_schedules_tombstone AFTER DELETE ON medication_schedules BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('medication_schedules', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
CREATE TRIGGER doses_revision AFTER UPDATE ON doses WHEN NEW.revision = OLD.revision BEGIN
    UPDATE doses SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER doses_tombstone AFTER DELETE ON doses BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('doses', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

-- Capture for sync and data files, as every record has (010).
CREATE TRIGGER medications_sync_insert AFTER INSERT ON medications
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medications' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medications', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER medications_sync_update AFTER UPDATE ON medications
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medications' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medications', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER medications_sync_delete AFTER DELETE ON medications
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medications' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medications', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER medication_schedules_sync_insert AFTER INSERT ON medication_schedules
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medication_schedules' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medication_schedules', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER medication_schedules_sync_update AFTER UPDATE ON medication_schedules
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medication_schedules' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medication_schedules', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER medication_schedules_sync_delete AFTER DELETE ON medication_schedules
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medication_schedules' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medication_schedules', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER doses_sync_insert AFTER INSERT ON doses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'doses' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('doses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER doses_sync_update AFTER UPDATE ON doses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'doses' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('doses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER doses_sync_delete AFTER DELETE ON doses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'doses' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('doses', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Before a medication goes, its schedules and doses are kept whole (see sync_cascade in 010).
CREATE TRIGGER medications_sync_cascade BEFORE DELETE ON medications BEGIN
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'medication_schedules', s.uid, c.stamp, c.device, json_object('uid', s.uid,
        'from_date', s.from_date, 'dose', s.dose, 'kind', s.kind, 'times', s.times,
        'weekdays', s.weekdays, 'every', s.every, 'medication_uid', OLD.uid,
        'created_at', s.created_at, 'updated_at', s.updated_at, 'revision', s.revision)
    FROM medication_schedules s JOIN sync_changes c ON c.tbl = 'medication_schedules' AND c.key = s.uid
    WHERE s.medication_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'doses', d.uid, c.stamp, c.device, json_object('uid', d.uid, 'at', d.at,
        'date', d.date, 'status', d.status, 'reason', d.reason, 'note', d.note,
        'medication_uid', OLD.uid,
        'created_at', d.created_at, 'updated_at', d.updated_at, 'revision', d.revision)
    FROM doses d JOIN sync_changes c ON c.tbl = 'doses' AND c.key = d.uid
    WHERE d.medication_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'medication_schedules', uid FROM medication_schedules WHERE medication_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'doses', uid FROM doses WHERE medication_id = OLD.id;
END;
CREATE TRIGGER people_sync_cascade_medications_prescriber_id BEFORE DELETE ON people BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'medications', r.uid, 'prescriber_id', OLD.uid, c.stamp, c.device FROM medications r
    LEFT JOIN sync_changes c ON c.tbl = 'medications' AND c.key = r.uid
    WHERE r.prescriber_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'medications', uid FROM medications WHERE prescriber_id = OLD.id;
END;
