-- tend schema, version 9: the sync folder's key-derivation settings, as this device
-- found them when it joined ("argon2id m=65536 t=3 p=1"), so that a tend-sync.json
-- changed since is named as such before any key is derived with it. NULL for a
-- journal that joined before tend remembered them: its next sync whose key checks
-- fills them in.
ALTER TABLE sync_setup ADD COLUMN kdf TEXT;
