-- tend schema: the people who support recovery, meetings, and the connections made.
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

-- A recurring meeting: its fellowship or programme, format, day and time, where (a
-- place or a link), and whether it is the person's home group.
CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    fellowship  TEXT NOT NULL CHECK (fellowship IN ('aa', 'na', 'ca', 'smart', 'refuge', 'celebrate',
                                                   'dharma', 'lifering', 'faith', 'other')),
    format      TEXT NOT NULL CHECK (format IN ('in-person', 'online', 'hybrid', 'phone')),
    -- 0 is Monday; NULL when it has no fixed day.
    weekday     INTEGER CHECK (weekday BETWEEN 0 AND 6),
    time        TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
    place       TEXT,
    home_group  INTEGER NOT NULL DEFAULT 0 CHECK (home_group IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);

-- One time the person connected: a meeting, a call, a message, time together, therapy,
-- service. A meeting is attended at most once a day.
CREATE TABLE connections (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    at           TEXT NOT NULL,
    date         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'message', 'in-person', 'therapy',
                                              'group-therapy', 'service', 'community')),
    meeting_id   INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    minutes      INTEGER CHECK (minutes BETWEEN 1 AND 1440),
    shared       INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    chaired      INTEGER NOT NULL DEFAULT 0 CHECK (chaired IN (0, 1)),
    mood_before  INTEGER CHECK (mood_before BETWEEN 1 AND 10),
    mood_after   INTEGER CHECK (mood_after BETWEEN 1 AND 10),
    connected    INTEGER CHECK (connected BETWEEN 1 AND 10),
    note         TEXT,
    verified_by  TEXT,
    -- Whether the counselor summary may count it (on by default for meetings and therapy).
    share        INTEGER NOT NULL CHECK (share IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX connections_date ON connections (date, at);
CREATE UNIQUE INDEX connections_meeting_day ON connections (meeting_id, date)
    WHERE meeting_id IS NOT NULL AND kind = 'meeting';

CREATE TABLE connection_people (
    connection_id  INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (connection_id, person_id)
) WITHOUT ROWID;
CREATE INDEX connection_people_person ON connection_people (person_id);

CREATE TRIGGER meetings_revision AFTER UPDATE ON meetings WHEN NEW.revision = OLD.revision BEGIN
    UPDATE meetings SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER meetings_tombstone AFTER DELETE ON meetings BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('meetings', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;
CREATE TRIGGER connections_revision AFTER UPDATE ON connections WHEN NEW.revision = OLD.revision BEGIN
    UPDATE connections SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER connections_tombstone AFTER DELETE ON connections BEGIN
    INSERT INTO tombstones (tbl, uid, revision, deleted_at)
    VALUES ('connections', OLD.uid, OLD.revision + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (tbl, uid) DO UPDATE SET revision = excluded.revision, deleted_at = excluded.deleted_at;
END;

-- A plan item (someone to call, a professional or crisis contact) can point at a person.
ALTER TABLE plan_items ADD COLUMN person_id INTEGER REFERENCES people (id) ON DELETE SET NULL;

-- Questions tend asks once (like turning the plan's people into people records), by a
-- key naming what was asked; the answer is that it was asked.
CREATE TABLE notices (
    key       TEXT PRIMARY KEY,
    seen_at   TEXT NOT NULL
) WITHOUT ROWID;
