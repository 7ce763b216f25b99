-- tend schema, version 1. Every row has a stable integer id, a uid for merging
-- imports, and RFC 3339 created_at/updated_at with the UTC offset of the moment.

CREATE TABLE profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    display_name    TEXT,
    recovery_start  TEXT,
    day_start_hour  INTEGER NOT NULL DEFAULT 4 CHECK (day_start_hour BETWEEN 0 AND 23),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE commitments (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    start_date  TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE checkins (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    date        TEXT NOT NULL UNIQUE,
    mood        INTEGER CHECK (mood BETWEEN 1 AND 10),
    craving     INTEGER CHECK (craving BETWEEN 0 AND 10),
    physical    INTEGER CHECK (physical BETWEEN 1 AND 10),
    mental      INTEGER CHECK (mental BETWEEN 1 AND 10),
    emotional   INTEGER CHECK (emotional BETWEEN 1 AND 10),
    social      INTEGER CHECK (social BETWEEN 1 AND 10),
    spiritual   INTEGER CHECK (spiritual BETWEEN 1 AND 10),
    hungry      INTEGER NOT NULL DEFAULT 0 CHECK (hungry IN (0, 1)),
    angry       INTEGER NOT NULL DEFAULT 0 CHECK (angry IN (0, 1)),
    lonely      INTEGER NOT NULL DEFAULT 0 CHECK (lonely IN (0, 1)),
    tired       INTEGER NOT NULL DEFAULT 0 CHECK (tired IN (0, 1)),
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    intention   TEXT,
    reflection  TEXT,
    gratitude   TEXT,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE journal_entries (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    at          TEXT NOT NULL,
    date        TEXT NOT NULL,
    title       TEXT,
    body        TEXT NOT NULL,
    mood        INTEGER CHECK (mood BETWEEN 1 AND 10),
    domain      TEXT CHECK (domain IN ('physical', 'mental', 'emotional', 'social', 'spiritual')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX journal_entries_date ON journal_entries (date, at);

CREATE TABLE journal_tags (
    entry_id    INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX journal_tags_tag ON journal_tags (tag);

CREATE VIRTUAL TABLE journal_fts USING fts5 (
    title, body,
    content = 'journal_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, body ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO journal_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    domain      TEXT NOT NULL CHECK (domain IN ('physical', 'mental', 'emotional', 'social', 'spiritual')),
    why         TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('habit', 'milestone')),
    per_week    INTEGER CHECK (per_week BETWEEN 1 AND 7),
    target_date TEXT,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'achieved', 'let-go')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE goal_steps (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    goal_id     INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX goal_steps_goal ON goal_steps (goal_id, position);

CREATE TABLE goal_logs (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    goal_id     INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    note        TEXT,
    step_id     INTEGER REFERENCES goal_steps (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX goal_logs_goal ON goal_logs (goal_id, date);

CREATE TABLE coping_strategies (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    domain      TEXT CHECK (domain IN ('physical', 'mental', 'emotional', 'social', 'spiritual')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE triggers (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category    TEXT NOT NULL CHECK (category IN ('people', 'places', 'things', 'feelings', 'times')),
    origin      TEXT NOT NULL CHECK (origin IN ('internal', 'external')),
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE trigger_coping (
    trigger_id  INTEGER NOT NULL REFERENCES triggers (id) ON DELETE CASCADE,
    coping_id   INTEGER NOT NULL REFERENCES coping_strategies (id) ON DELETE CASCADE,
    PRIMARY KEY (trigger_id, coping_id)
) WITHOUT ROWID;

CREATE TABLE trigger_events (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    at          TEXT NOT NULL,
    date        TEXT NOT NULL,
    trigger_id  INTEGER REFERENCES triggers (id) ON DELETE SET NULL,
    urge_before INTEGER NOT NULL CHECK (urge_before BETWEEN 0 AND 10),
    urge_after  INTEGER CHECK (urge_after BETWEEN 0 AND 10),
    coping_id   INTEGER REFERENCES coping_strategies (id) ON DELETE SET NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('passed', 'setback')),
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX trigger_events_date ON trigger_events (date);
CREATE INDEX trigger_events_trigger ON trigger_events (trigger_id);

CREATE TABLE plan_items (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    section     TEXT NOT NULL CHECK (section IN ('reasons', 'warning-signs', 'high-risk', 'coping-steps',
                                                 'supports', 'contacts', 'if-i-slip', 'safe-space')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    detail      TEXT,
    stage       TEXT CHECK (stage IN ('early', 'middle', 'late')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX plan_items_section ON plan_items (section, position);

CREATE TABLE setbacks (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    date          TEXT NOT NULL,
    commitment_id INTEGER REFERENCES commitments (id) ON DELETE SET NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('slip', 'lapse', 'relapse', 'hard-day')),
    what_happened TEXT,
    warning_signs TEXT,
    what_helped   TEXT,
    learned       TEXT,
    next_time     TEXT,
    reached_out   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX setbacks_date ON setbacks (date);

CREATE TABLE setback_triggers (
    setback_id  INTEGER NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    trigger_id  INTEGER NOT NULL REFERENCES triggers (id) ON DELETE CASCADE,
    PRIMARY KEY (setback_id, trigger_id)
) WITHOUT ROWID;

CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    instrument  TEXT NOT NULL,
    date        TEXT NOT NULL,
    answers     TEXT NOT NULL,
    score       INTEGER NOT NULL,
    band        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX assessments_instrument ON assessments (instrument, date);
