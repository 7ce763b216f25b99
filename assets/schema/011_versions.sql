-- tend schema, version 11: what a newer tend sends that this one cannot merge yet is
-- kept, never refused with the rest of its segment or file (see `store::schema`).
--
-- Records held aside: a kind this tend does not know, or a value it cannot take
-- (a check a newer tend relaxed). Kept whole, as the segment or data file carried
-- them, and merged again by a tend of another version (after an upgrade).
CREATE TABLE sync_held (
    id INTEGER PRIMARY KEY,
    -- The segment's device, or '' for a data file.
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    -- How many of this journal's segments that device had merged when it wrote it.
    seen INTEGER NOT NULL,
    -- The record: a segment's record, or a data file's {"t": section, "row": row}.
    record TEXT NOT NULL,
    -- Why it waits, in words.
    why TEXT NOT NULL,
    -- The tend that held it: another version tries it again.
    version TEXT NOT NULL
);

-- Fields of a record that a newer tend added: kept with the record and sent on as
-- they came, so a device running this tend never strips them.
CREATE TABLE record_extras (
    tbl TEXT NOT NULL,
    uid TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (tbl, uid)
);
