-- tend schema, version 2: revisions, tombstones, drafts and known copies.
--
-- Every row carries a revision: an integer that every write bumps (a trigger does
-- it, so no write path can forget). A form remembers the revision it opened, and a
-- save that finds another one knows the row changed meanwhile. Undo, imports and
-- sync build on the same revision.
--
-- A deletion leaves a tombstone (table, uid, revision, when, and the row as JSON when
-- the store has it, for undo). Links without a uid (tags, trigger↔coping,
-- setback↔trigger) travel with their parent row.

CREATE TABLE tombstones (
    id          INTEGER PRIMARY KEY,
    tbl         TEXT NOT NULL,
    uid         TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    deleted_at  TEXT NOT NULL,
    -- The deleted row as JSON, kept for undo; NULL when only the fact is kept.
    row         TEXT,
    UNIQUE (tbl, uid)
);

-- Unsaved words: the journal editor's text (target: the entry edited, 0 for a new
-- one), saved every few seconds and on lock and signals, inside the (encrypted)
-- database and never in a temp file; offered back on the next open.
CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    target      INTEGER NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    UNIQUE (kind, target)
);

-- Copies of the whole journal that tend wrote outside its own folders (manual
-- backups, data exports), so that encrypting can name them and doctor can warn.
CREATE TABLE copies (
    path        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    made_at     TEXT NOT NULL,
    encrypted   INTEGER NOT NULL CHECK (encrypted IN (0, 1))
);

ALTER TABLE profile ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER profile_revision AFTER UPDATE ON profile WHEN NEW.revision = OLD.revision BEGIN
    UPDATE profile SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;

ALTER TABLE commitments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER commitments_revision AFTER UPDATE ON commitments WHEN NEW.revision = OLD.revision BEGIN
    UPDATE commitments SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER commitments_tombstone AFTER DELETE ON commitments BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('commitments', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE checkins ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER checkins_revision AFTER UPDATE ON checkins WHEN NEW.revision = OLD.revision BEGIN
    UPDATE checkins SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER checkins_tombstone AFTER DELETE ON checkins BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('checkins', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE journal_entries ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER journal_entries_revision AFTER UPDATE ON journal_entries WHEN NEW.revision = OLD.revision BEGIN
    UPDATE journal_entries SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER journal_entries_tombstone AFTER DELETE ON journal_entries BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('journal_entries', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE goals ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER goals_revision AFTER UPDATE ON goals WHEN NEW.revision = OLD.revision BEGIN
    UPDATE goals SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER goals_tombstone AFTER DELETE ON goals BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('goals', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE goal_steps ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER goal_steps_revision AFTER UPDATE ON goal_steps WHEN NEW.revision = OLD.revision BEGIN
    UPDATE goal_steps SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER goal_steps_tombstone AFTER DELETE ON goal_steps BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('goal_steps', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE goal_logs ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER goal_logs_revision AFTER UPDATE ON goal_logs WHEN NEW.revision = OLD.revision BEGIN
    UPDATE goal_logs SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER goal_logs_tombstone AFTER DELETE ON goal_logs BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('goal_logs', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE coping_strategies ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER coping_strategies_revision AFTER UPDATE ON coping_strategies WHEN NEW.revision = OLD.revision BEGIN
    UPDATE coping_strategies SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER coping_strategies_tombstone AFTER DELETE ON coping_strategies BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('coping_strategies', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE triggers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER triggers_revision AFTER UPDATE ON triggers WHEN NEW.revision = OLD.revision BEGIN
    UPDATE triggers SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER triggers_tombstone AFTER DELETE ON triggers BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('triggers', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE trigger_events ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER trigger_events_revision AFTER UPDATE ON trigger_events WHEN NEW.revision = OLD.revision BEGIN
    UPDATE trigger_events SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER trigger_events_tombstone AFTER DELETE ON trigger_events BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('trigger_events', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE plan_items ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER plan_items_revision AFTER UPDATE ON plan_items WHEN NEW.revision = OLD.revision BEGIN
    UPDATE plan_items SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER plan_items_tombstone AFTER DELETE ON plan_items BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('plan_items', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE setbacks ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER setbacks_revision AFTER UPDATE ON setbacks WHEN NEW.revision = OLD.revision BEGIN
    UPDATE setbacks SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER setbacks_tombstone AFTER DELETE ON setbacks BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('setbacks', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER assessments_revision AFTER UPDATE ON assessments WHEN NEW.revision = OLD.revision BEGIN
    UPDATE assessments SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER assessments_tombstone AFTER DELETE ON assessments BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('assessments', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
