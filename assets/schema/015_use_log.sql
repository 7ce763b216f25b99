-- tend schema: harm reduction. A commitment follows a path (abstain, cut down, or use
-- more safely) that can change over time, and use is logged with its amount.
--
-- `commitment_paths`: one row per change of path, from its day on; a commitment without
-- one abstains (every commitment of a journal from before this). A cut-down path holds
-- the person's own limits (any of them). `path` and `unit` are not checked here: a
-- newer tend's value is kept as written (see `store::schema`, the versions rule).
CREATE TABLE commitment_paths (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    commitment_id  INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    from_date      TEXT NOT NULL,
    path           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    max_per_day    REAL CHECK (max_per_day IS NULL OR max_per_day >= 0),
    max_per_week   REAL CHECK (max_per_week IS NULL OR max_per_week >= 0),
    free_days      INTEGER CHECK (free_days IS NULL OR free_days BETWEEN 0 AND 7),
    heavy_at       REAL CHECK (heavy_at IS NULL OR heavy_at > 0),
    price          REAL CHECK (price IS NULL OR price >= 0),
    usual_per_week REAL CHECK (usual_per_week IS NULL OR usual_per_week >= 0),
    checklist      TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX commitment_paths_commitment ON commitment_paths (commitment_id, from_date);

-- `uses`: one use, at a moment, in the person's unit. `setback_id`: on an abstain path,
-- that day's growth entry (the one the check-in's setback mark shows).
CREATE TABLE uses (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    commitment_id  INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    setback_id     INTEGER REFERENCES setbacks (id) ON DELETE SET NULL,
    at             TEXT NOT NULL,
    date           TEXT NOT NULL,
    amount         REAL NOT NULL CHECK (amount >= 0),
    unit           TEXT NOT NULL,
    what           TEXT,
    place          TEXT,
    with_whom      TEXT,
    planned        INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1)),
    cost           REAL CHECK (cost IS NULL OR cost >= 0),
    followed       TEXT,
    note           TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX uses_date ON uses (date, at);
CREATE INDEX uses_commitment ON uses (commitment_id, date);
CREATE INDEX uses_setback ON uses (setback_id) WHERE setback_id IS NOT NULL;

-- A growth entry "over my plan" is stored as a hard day with this mark: an older tend
-- reads it as a hard day, which leaves every run alone, and sends the mark on.
ALTER TABLE setbacks ADD COLUMN over_plan INTEGER NOT NULL DEFAULT 0 CHECK (over_plan IN (0, 1));
UPDATE setbacks SET over_plan = 1
WHERE kind = 'hard-day' AND uid IN (SELECT uid FROM record_extras WHERE tbl = 'setbacks'
    AND json_valid(fields) AND json_extract(fields, '$.over_plan') IN (1, 'true'));
UPDATE record_extras SET fields = json_remove(fields, '$.over_plan')
WHERE tbl = 'setbacks' AND json_valid(fields);
DELETE FROM record_extras WHERE tbl = 'setbacks' AND fields = '{}';

-- Revisions and tombstones, as every record has (002).
CREATE TRIGGER commitment_paths_revision AFTER UPDATE ON commitment_paths WHEN NEW.revision = OLD.revision BEGIN
    UPDATE commitment_paths SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER commitment_paths_tombstone AFTER DELETE ON commitment_paths BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('commitment_paths', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
CREATE TRIGGER uses_revision AFTER UPDATE ON uses WHEN NEW.revision = OLD.revision BEGIN
    UPDATE uses SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER uses_tombstone AFTER DELETE ON uses BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('uses', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

-- Capture for sync and data files, as every record has (010).
CREATE TRIGGER commitment_paths_sync_insert AFTER INSERT ON commitment_paths
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'commitment_paths' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitment_paths', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER commitment_paths_sync_update AFTER UPDATE ON commitment_paths
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'commitment_paths' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitment_paths', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER commitment_paths_sync_delete AFTER DELETE ON commitment_paths
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'commitment_paths' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitment_paths', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER uses_sync_insert AFTER INSERT ON uses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'uses' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('uses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER uses_sync_update AFTER UPDATE ON uses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'uses' AND key = NEW.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('uses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
CREATE TRIGGER uses_sync_delete AFTER DELETE ON uses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'uses' AND key = OLD.uid) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('uses', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

-- Before a commitment goes, its paths and uses are kept whole (see sync_cascade in 010).
CREATE TRIGGER commitments_sync_cascade BEFORE DELETE ON commitments BEGIN
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'commitment_paths', p.uid, c.stamp, c.device, json_object('uid', p.uid,
        'from_date', p.from_date, 'path', p.path, 'unit', p.unit,
        'max_per_day', p.max_per_day, 'max_per_week', p.max_per_week,
        'free_days', p.free_days, 'heavy_at', p.heavy_at, 'price', p.price,
        'usual_per_week', p.usual_per_week, 'checklist', p.checklist,
        'commitment_uid', OLD.uid,
        'created_at', p.created_at, 'updated_at', p.updated_at, 'revision', p.revision)
    FROM commitment_paths p JOIN sync_changes c ON c.tbl = 'commitment_paths' AND c.key = p.uid
    WHERE p.commitment_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
    SELECT 'uses', u.uid, c.stamp, c.device, json_object('uid', u.uid, 'at', u.at,
        'date', u.date, 'amount', u.amount, 'unit', u.unit, 'what', u.what,
        'place', u.place, 'with_whom', u.with_whom, 'planned', u.planned, 'cost', u.cost,
        'followed', u.followed, 'note', u.note, 'commitment_uid', OLD.uid,
        'setback_uid', (SELECT uid FROM setbacks WHERE id = u.setback_id),
        'created_at', u.created_at, 'updated_at', u.updated_at, 'revision', u.revision)
    FROM uses u JOIN sync_changes c ON c.tbl = 'uses' AND c.key = u.uid
    WHERE u.commitment_id = OLD.id AND c.stamp IS NOT NULL AND c.deleted = 0;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'commitment_paths', uid FROM commitment_paths WHERE commitment_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key)
    SELECT 'uses', uid FROM uses WHERE commitment_id = OLD.id;
END;
CREATE TRIGGER setbacks_sync_cascade_uses_setback_id BEFORE DELETE ON setbacks BEGIN
    INSERT OR REPLACE INTO sync_dangling (tbl, key, link, target, stamp, device)
    SELECT 'uses', r.uid, 'setback_id', OLD.uid, c.stamp, c.device FROM uses r
    LEFT JOIN sync_changes c ON c.tbl = 'uses' AND c.key = r.uid
    WHERE r.setback_id = OLD.id;
    INSERT OR IGNORE INTO sync_cascade (tbl, key) SELECT 'uses', uid FROM uses WHERE setback_id = OLD.id;
END;
