# sync

## sync/mod.rs

sync-passphrase-not-given = give it with {"--sync-passphrase-fd N"} or {"TEND_SYNC_PASSPHRASE_FILE=PATH"} (or run tend on a terminal)
sync-bad-device-name = must be 1 to 60 characters, without control characters
# $dir is the sync folder.
sync-already-set-up = this journal already syncs with { $dir }; {"`tend sync leave`"} first to use another folder
# Prompts on the terminal; tend adds a space after each.
sync-prompt-new-passphrase = New sync passphrase:
sync-prompt-passphrase = Sync passphrase:
# $join is the command that joins the folder, in backticks.
sync-folder-in-use = { $dir } is already a tend sync folder: join it with { $join }
sync-folder-arriving = { $dir } already holds other devices' segments, but not its {"tend-sync.json"} yet: let your sync program finish bringing it, then join it with { $join } (or choose an empty folder for a new sync)
sync-folder-set-up-again = { $dir } was set up again since this device joined it (its {"tend-sync.json"} is new), so nothing was synced; {"`tend sync leave`"}, then {"`tend sync join "}{ $dir }{"`"}
# $kept and $now are key-derivation settings ("argon2id m=65536 t=3 p=1").
sync-key-settings-changed = the folder's key settings changed since this device joined ({ $kept }, now { $now }), so nothing was synced: if you set up { $dir } again, {"`tend sync leave`"} then {"`tend sync join "}{ $dir }{"`"}; if not, its {"tend-sync.json"} was changed: put back a copy from another device
sync-folder-new-passphrase = { $dir } was set up again with another passphrase since this device joined it (its {"tend-sync.json"} no longer matches this device's key), so nothing was synced; {"`tend sync leave`"}, then {"`tend sync join "}{ $dir }{"`"}
sync-not-set-up = sync is not set up: {"`tend sync init DIR`"} or {"`tend sync join DIR`"}
sync-folder-gone = { $dir }: the sync folder is not there (is the drive or share mounted?)
# A line of the sync report about another device ($device is its id).
sync-device-note = device { $device }: { $note }
sync-segment-note = device { $device }: segment { $seq }: { $note }
sync-segment-missing = segment { $seq } is missing while later ones are there; it is merged once it arrives
sync-segment-unreadable = segment { $seq } does not read right
# $why says what a newer tend wrote that this one does not know.
sync-record-held = a record is kept aside until tend is upgraded on this device: { $why }
sync-past-latest = { $count ->
        [one] { $count } record stamped after the year 3000 by a clock set wrong was left out; that device stamps it again once its date is right and its tend is upgraded
       *[other] { $count } records stamped after the year 3000 by a clock set wrong were left out; that device stamps them again once its date is right and its tend is upgraded
    }
sync-copy-not-merged = a conflict copy of segment { $seq } was not merged: { $error }
# $name is the device's name (or its id); $count how many of its segments other devices merged.
sync-device-folder-missing = the folder of { $name } is not in the sync folder, though other devices merged { $count ->
        [one] its first segment
       *[other] { $count } of its segments
    }: this journal lacks what it wrote. If it is still being copied, sync again later; if it was removed, put it back from a copy, or retire the device on another one with {"`tend sync forget-device`"} before removing its folder

## sync/compact.rs

# $path is this device's folder in the sync folder.
sync-snapshot-unreadable = { $path }: the snapshot just written does not read back whole, so no segment was removed (is the disk full?)

## sync/folder.rs

sync-wrong-passphrase = is not the one this sync folder was set up with; nothing was changed
sync-not-settings-file = { $path }: is not a tend sync settings file
sync-not-sync-folder = { $dir }: is not a tend sync folder
sync-folder-newer = { $dir }: was set up by a newer tend (sync format { $format }): upgrade tend on this device
# What is where a folder should be, inside a sentence (besides files-kind-…).
sync-kind-not-folder = not a folder
sync-kind-unopenable = a folder tend cannot open
sync-own-folder-kind = this device's folder, { $kind }
sync-cannot-make = { $path }: cannot be made ({ $error })
sync-not-there = { $path }: cannot be read (it is not there)
sync-cannot-read = { $path }: cannot be read ({ $error })
sync-cannot-write = { $path }: cannot be written ({ $error })
# $kind says what is there instead (files-kind-…, sync-kind-…).
sync-not-plain-folder = { $path } is { $kind }, not a plain folder: tend follows no link inside the sync folder, and wrote nothing; put a real folder there
sync-folder-missing = { $dir }: not a tend sync folder: it is not there (is the drive or share mounted?)
sync-folder-not-folder = { $dir }: not a tend sync folder: it is not a folder
sync-folder-unopenable = { $dir }: not a tend sync folder: it cannot be opened ({ $error })
sync-no-settings-file = { $dir }: not a tend sync folder ({ $file } is not there); set one up with {"`tend sync init DIR`"}
# $problem says what is wrong with the file (files-not-there, …).
sync-settings-file-refused = { $problem }: tend reads only a regular file there, and changed nothing
sync-device-folder-skipped = { $path } is { $kind }, not a folder: skipped (tend follows no link inside the sync folder)
sync-busy = another tend is syncing with this folder now; try again when it is done
sync-segment-skipped = { $problem }: skipped (tend reads only regular files in the sync folder, and follows no link)
sync-segment-too-large = segment { $seq } unpacks to more than tend reads
sync-segment-no-unpack = segment { $seq } does not unpack
sync-segment-newer = segment { $seq } is in sync file format { $format }, newer than this tend reads: upgrade tend on this device
sync-segment-damaged = segment { $seq } is incomplete or damaged (still being copied?); it is tried again next time
sync-segment-other-key = segment { $seq } was written by a device with a different sync passphrase: remove it, or run {"`tend sync leave`"} on that device

## sync/seal.rs

# $settings are the folder's key-derivation settings ("argon2id m=65536 t=3 p=1").
sync-kdf-unknown = the sync folder's settings: its key derivation is not one this tend knows
sync-kdf-cost = the sync folder's settings: its key derivation cost ({ $settings }) is outside what tend accepts (8 MiB to 1 GiB of memory, 1 to 10 passes, 1 to 8 lanes)
sync-kdf-salt = the sync folder's settings: its salt is not 8 to 64 bytes of hex
sync-kdf-salt-hex = the sync folder's settings: its salt is not hex
sync-kdf-error = the sync folder's settings: { $error }
sync-field-passphrase = sync passphrase
