-- tend schema: a meeting meets on a set of weekdays, every week or every other week,
-- as one record (a Monday-Wednesday-Friday group used to need three).
--
-- `weekdays` holds the set, Monday 0, in order and comma-separated ("0,2,4"); `weekday`
-- keeps the first of them, which is what an older tend shows and changes. When the two
-- disagree, an older tend changed the day and `weekday` alone is the meeting's day
-- (see `domain::Meeting::days_of`). NULL: the day is `weekday` alone, or none.
ALTER TABLE meetings ADD COLUMN weekdays TEXT
    CHECK (weekdays IS NULL OR (weekdays GLOB '[0-6]*' AND weekdays NOT GLOB '*[^0-6,]*'));
ALTER TABLE meetings ADD COLUMN every_other_week INTEGER NOT NULL DEFAULT 0
    CHECK (every_other_week IN (0, 1));

-- What a newer tend sent before this upgrade was kept aside with its meeting: it
-- becomes the columns (anything malformed stays aside, as it was).
UPDATE meetings SET
    weekdays = (SELECT json_extract(e.fields, '$.weekdays') FROM record_extras e
                WHERE e.tbl = 'meetings' AND e.uid = meetings.uid),
    every_other_week = coalesce((SELECT json_extract(e.fields, '$.every_other_week') IN (1, 'true')
                FROM record_extras e WHERE e.tbl = 'meetings' AND e.uid = meetings.uid), 0)
WHERE uid IN (SELECT uid FROM record_extras WHERE tbl = 'meetings'
              AND json_valid(fields)
              AND json_type(fields, '$.weekdays') = 'text'
              AND json_extract(fields, '$.weekdays') GLOB '[0-6]*'
              AND json_extract(fields, '$.weekdays') NOT GLOB '*[^0-6,]*');
UPDATE record_extras SET fields = json_remove(fields, '$.weekdays', '$.every_other_week')
WHERE tbl = 'meetings' AND json_valid(fields)
    AND uid IN (SELECT uid FROM meetings WHERE weekdays IS NOT NULL OR every_other_week = 1);
DELETE FROM record_extras WHERE tbl = 'meetings' AND fields = '{}';

-- The records of one group on different days become one. The same group: the same
-- name ignoring case and blanks, the same fellowship, format, time and place (place
-- ignoring case and blanks), the same every-other-week, each with a day. The record
-- that stays is the one with the smallest uid, so every device keeps the same one;
-- its days are all of theirs, it is the home group if any was, and it keeps the
-- latest `updated_at` of them (nothing here depends on the device or the time it
-- migrates). Connections to the others move to it; the others are deleted, leaving
-- tombstones that sync carries. A group two of whose records were attended on the
-- same day stays as it is (a meeting is attended once a day; nothing is dropped).
CREATE TEMP TABLE meeting_same AS
SELECT id, uid,
    lower(replace(replace(replace(name, ' ', ''), char(9), ''), char(160), '')) || '|' || fellowship
        || '|' || format || '|' || coalesce(time, '') || '|'
        || lower(replace(coalesce(place, ''), ' ', '')) || '|' || every_other_week AS grp
FROM meetings WHERE weekday IS NOT NULL;
DELETE FROM meeting_same WHERE grp IN (SELECT grp FROM meeting_same GROUP BY grp HAVING count(*) = 1);
DELETE FROM meeting_same WHERE grp IN (
    SELECT s.grp FROM connections c JOIN meeting_same s ON s.id = c.meeting_id
    WHERE c.kind = 'meeting' GROUP BY s.grp, c.date HAVING count(*) > 1);
CREATE TEMP TABLE meeting_keeper AS
SELECT s.id, s.grp, (SELECT k.id FROM meeting_same k WHERE k.grp = s.grp ORDER BY k.uid LIMIT 1) AS keeper
FROM meeting_same s;
CREATE TEMP TABLE meeting_day AS
SELECT DISTINCT k.keeper, CAST(d.value AS INTEGER) AS day
FROM meeting_keeper k JOIN meetings m ON m.id = k.id,
    json_each('[' || coalesce(m.weekdays, m.weekday) || ']') d;

UPDATE meetings SET
    weekdays = (SELECT group_concat(day, ',') FROM
                    (SELECT day FROM meeting_day WHERE keeper = meetings.id ORDER BY day)),
    weekday = (SELECT min(day) FROM meeting_day WHERE keeper = meetings.id),
    home_group = (SELECT max(m.home_group) FROM meeting_keeper k JOIN meetings m ON m.id = k.id
                  WHERE k.keeper = meetings.id),
    updated_at = (SELECT max(m.updated_at) FROM meeting_keeper k JOIN meetings m ON m.id = k.id
                  WHERE k.keeper = meetings.id)
WHERE id IN (SELECT keeper FROM meeting_keeper);
UPDATE connections SET meeting_id = (SELECT keeper FROM meeting_keeper WHERE id = connections.meeting_id)
WHERE meeting_id IN (SELECT id FROM meeting_keeper WHERE id <> keeper);
DELETE FROM meetings WHERE id IN (SELECT id FROM meeting_keeper WHERE id <> keeper);

DROP TABLE meeting_day;
DROP TABLE meeting_keeper;
DROP TABLE meeting_same;
