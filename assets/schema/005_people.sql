-- tend schema: the people who support recovery.
--
-- A person is a display name (a first name or an initial: fellowship anonymity), one or
-- more roles, an optional phone number, an optional "keep in touch every N days", an
-- emergency-contact flag, when they are in that role (a sponsor can change) and a note.
-- The crisis view lists emergency contacts and sponsors first, with their numbers.

CREATE TABLE people (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- Role names, comma-separated, in the order given (see domain::Role).
    roles               TEXT NOT NULL DEFAULT '',
    phone               TEXT,
    keep_in_touch_days  INTEGER CHECK (keep_in_touch_days BETWEEN 1 AND 365),
    emergency           INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
    active_from         TEXT,
    active_to           TEXT,
    note                TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    revision            INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER people_revision AFTER UPDATE ON people WHEN NEW.revision = OLD.revision BEGIN
    UPDATE people SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER people_tombstone AFTER DELETE ON people BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('people', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
