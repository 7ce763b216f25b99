-- tend schema, version 12: a journal entry the person pins (keeps at hand): shown
-- marked in the journal list, and in the counselor summary when entries are shared.
ALTER TABLE journal_entries ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
