-- tend schema, version 7: where a check-in or a journal entry came from, when another
-- app's export brought it in ('daylio', 'jrnl', 'dayone'; NULL: typed in tend). It
-- travels with the record, in data files and to other devices, so that every journal
-- counts check-in adherence the same way: from the first record typed in tend, and
-- imported history over the span it covers, never the gap between as missed days.
--
-- Records an earlier import wrote are marked from the import log. Marking them is a
-- change other devices need, so sync carries it as usual; the import log's remembered
-- revisions move with the records', so a re-import still sees them as untouched.

ALTER TABLE checkins ADD COLUMN imported_from TEXT;
ALTER TABLE journal_entries ADD COLUMN imported_from TEXT;

UPDATE imported SET revision = revision + 1
WHERE tbl = 'journal_entries' AND deleted = 0
    AND revision = (SELECT j.revision FROM journal_entries j WHERE j.uid = imported.uid);
UPDATE imported SET revision = revision + 1
WHERE tbl = 'checkins' AND deleted = 0
    AND revision = (SELECT c.revision FROM checkins c WHERE c.uid = imported.uid);

UPDATE journal_entries SET imported_from = (
        SELECT min(i.source) FROM imported i
        WHERE i.tbl = 'journal_entries' AND i.uid = journal_entries.uid)
WHERE uid IN (SELECT uid FROM imported WHERE tbl = 'journal_entries' AND deleted = 0);
UPDATE checkins SET imported_from = (
        SELECT min(i.source) FROM imported i
        WHERE i.tbl = 'checkins' AND i.uid = checkins.uid)
WHERE uid IN (SELECT uid FROM imported WHERE tbl = 'checkins' AND deleted = 0);

-- The first typed day is read along the date index; imported history an import at a
-- time (its rows share their source and the moment they came in), from these alone.
CREATE INDEX checkins_imported ON checkins (imported_from, created_at, date)
    WHERE imported_from IS NOT NULL;
CREATE INDEX journal_entries_imported ON journal_entries (imported_from, created_at, date)
    WHERE imported_from IS NOT NULL;
