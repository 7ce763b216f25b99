-- tend schema, version 19: the segments in the sync folder sealed with another key
-- (written by a device with a different sync passphrase: a folder set up twice). Each
-- is named once, when a sync first meets it, and noted here by its device, number and
-- identity (its nonce), so later syncs neither try it again nor say it again while it
-- is the same file; `tend sync status` lists them. A note is dropped when its file is
-- removed or replaced, and when this device stops syncing (or sets sync up again).
CREATE TABLE sync_foreign (
    device    TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    identity  TEXT NOT NULL,
    noted_at  TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;

CREATE TRIGGER sync_foreign_setup_gone AFTER DELETE ON sync_setup BEGIN
    DELETE FROM sync_foreign;
END;
