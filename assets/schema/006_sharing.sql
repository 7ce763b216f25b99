-- tend schema, version 6: whether the counselor summary counts a connection is one of
-- three choices, not a yes or no: 'shared' (counted), 'private' (never counted, not
-- even when the person shares calls, messages and time with people as a group), or
-- 'unset' (not chosen: counted only when the summary shares its kind as a group).
--
-- Existing rows keep what they said where it was a choice: shared stays shared. A
-- meeting or a therapy session was shared unless the person said otherwise, so one
-- that is not shared was kept out on purpose: private. Calls, messages, time in person
-- and the rest were out unless the person said otherwise, so one that is not shared was
-- never chosen: unset. (domain::Sharing::from_flag is the same rule, for data files and
-- other devices' segments that still carry 0 or 1.)
--
-- This rewrites what a row says, not what the person did: the revision and sync
-- capture triggers are set aside while it runs (and made again as 004 and 005 made
-- them), so no record's revision moves and nothing is sent to other devices, which
-- make the same change when they upgrade.

ALTER TABLE connections RENAME COLUMN share TO share_flag;
ALTER TABLE connections ADD COLUMN share TEXT NOT NULL DEFAULT 'unset'
    CHECK (share IN ('unset', 'shared', 'private'));

DROP TRIGGER connections_revision;
DROP TRIGGER connections_sync_update;

UPDATE connections SET share = CASE
        WHEN share_flag = 1 THEN 'shared'
        WHEN kind IN ('meeting', 'therapy', 'group-therapy') THEN 'private'
        ELSE 'unset'
    END
WHERE share_flag = 1 OR kind IN ('meeting', 'therapy', 'group-therapy');

CREATE TRIGGER connections_revision AFTER UPDATE ON connections WHEN NEW.revision = OLD.revision BEGIN
    UPDATE connections SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER connections_sync_update AFTER UPDATE ON connections WHEN EXISTS (SELECT 1 FROM sync_setup) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;

ALTER TABLE connections DROP COLUMN share_flag;

-- A deleted connection kept for undo comes back with the same choice.
UPDATE tombstones SET row = json_set(row, '$.row.share', CASE
        WHEN json_extract(row, '$.row.share') = 1 THEN 'shared'
        WHEN json_extract(row, '$.row.kind') IN ('meeting', 'therapy', 'group-therapy') THEN 'private'
        ELSE 'unset'
    END)
WHERE tbl = 'connections' AND row IS NOT NULL AND json_valid(row)
    AND json_type(row, '$.row.share') = 'integer';
