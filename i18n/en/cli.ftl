# The command line's words: what `tend` prints, asks and refuses, and its errors.

## error.rs

# $what is a record's noun (record-noun-…); $command is the command that lists them.
error-not-found = { $what }: there is no { $what } with id { $id } (see { $command })
error-refused = { $path }: { $reason }
error-locked = { $path }: this journal is encrypted; tend asks for its passphrase on a terminal (scripts: {"--passphrase-fd N"} or {"TEND_PASSPHRASE_FILE=PATH"})
error-wrong-passphrase = { $path }: that passphrase does not open this journal: either it is not the right one, or the file is damaged ({"`tend doctor`"} checks the journal; {"`tend backups`"} lists copies {"`tend restore`"} can put back)
# $why says why the journal can't be written.
error-read-only = { $path }: the journal is read-only ({ $why }), so tend changed nothing; to write, give yourself write access to it and its folder (commands that only read, such as {"`tend journal list`"}, still work)
error-sqlite = database error: { $error }; {"`tend doctor`"} checks the journal and says what to do next
error-damaged = the journal is damaged ({ $detail }), so tend has stopped writing to it; {"`tend doctor`"} checks the whole file, and {"`tend backups`"} lists copies that {"`tend restore PATH`"} can put back
error-damaged-at = { $path }: the journal is damaged ({ $detail }), so tend has stopped writing to it; {"`tend doctor`"} checks the whole file, and {"`tend backups`"} lists copies that {"`tend restore PATH`"} can put back
# $doing is what tend was doing, as a verb phrase ("write it"); $next is one of error-next-….
error-file = { $path }: cannot { $doing } ({ $error }); { $next }
error-next-permission = check that you may read and write it and its folder, or choose another place
error-next-folder = check that its folder exists, or choose another place
error-next-space = free some space on that disk and try again
error-next-read-only = that disk is mounted read-only; choose another place
error-next-other = check the disk and the path, then try again
# $what is the argument that named the file, as the command line spells it ("output").
error-exists = { $what }: { $path } already exists; { $next }
error-next-name-or-force = choose another name with {"-o"}, or add {"--force"} to replace it
error-next-name = choose another name
# $kind is what is there, as files-kind-… says it.
error-not-a-file = { $what }: { $path } is { $kind }, not a regular file, and tend never writes over one (not even with {"--force"}); choose another name
error-no-sqlcipher = this tend was built without SQLCipher and cannot protect or open encrypted journals; build tend with its bundled SQLCipher (from its source: {"`cargo build --release`"})
error-editor-missing = could not start the editor '{ $program }' ({ $reason }); set {"`editor`"} with {"`tend config edit`"}, or {"$EDITOR"}
error-editor-failed = the editor '{ $program }' did not finish cleanly
error-editor-failed-nothing-saved = the editor '{ $program }' did not finish cleanly; nothing was saved
# $signal is a signal's name (SIGTERM) or error-some-signal.
error-interrupted = stopped by { $signal }; anything unsaved was kept as a draft for next time
error-some-signal = a signal
error-replaced = { $path }: the journal file was replaced while tend had it open (encrypted, restored or moved by another command); nothing was saved into the old one
error-changed = this { $what } changed elsewhere since you opened it (another window or a command)
error-left-locked = left without unlocking
# $problem names the settings file, the line and what is allowed.
error-settings = { $problem } (fix it with {"`tend config edit`"})

# Records, as refusals name them.

## cli/refusal.rs

# A command line refused; $what says what is wrong (one of cli-refusal-…).
cli-refusal-line = error: { $what } (see {"--help"})
# $arg is the argument as the help shows it ('--mood <1-10>'); $value is what was typed.
cli-refusal-value-invalid = invalid value '{ $value }' for '{ $arg }'
cli-refusal-value-missing = a value is required for '{ $arg }' but none was supplied
# $why says what is allowed.
cli-refusal-value-why = invalid value '{ $value }' for '{ $arg }': { $why }
# $said is a refusal; $values lists the values allowed.
cli-refusal-possible-values = { $said } [possible values: { $values }]
cli-refusal-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-refusal-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-refusal-unknown-argument = unexpected argument '{ $arg }' found
cli-refusal-unknown-subcommand = unrecognized subcommand '{ $name }'
# $args lists the arguments missing.
cli-refusal-missing = the following required arguments were not provided: { $args }
cli-refusal-needs-subcommand = '{ $command }' requires a subcommand but one was not provided
cli-refusal-subcommands = { $said } [subcommands: { $names }]
cli-refusal-repeated = the argument '{ $arg }' cannot be used multiple times
cli-refusal-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-refusal-conflict-list = the argument '{ $arg }' cannot be used with: { $others }
cli-refusal-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-refusal-subcommand-conflict = the subcommand '{ $name }' cannot be used with '{ $other }'
cli-refusal-subcommand-conflict-list = the subcommand '{ $name }' cannot be used with: { $others }
cli-refusal-subcommand-conflict-others = the subcommand '{ $name }' cannot be used with one or more of the other specified arguments

## main.rs

cli-main-panic = tend stopped because of a bug (at { $place }). Everything saved before this moment is safe. Details are left out so no journal text reaches the screen; {"TEND_DEBUG=1"} shows them.
cli-main-unknown-place = an unknown place
cli-main-cannot-write = error: cannot write the output ({ $error }); if it goes to a file, check that its disk has room
cli-main-error = error: { $error }

## cli/mod.rs

cli-passphrase-journal = Passphrase for your tend journal:
cli-passphrase-try-again = That passphrase did not open it. Try again.
cli-backup-daily-failed = today's automatic backup did not work ({ $error }); run {"`tend doctor`"}
# $command: "tend doctor", "tend export summary"; the full-screen app is tend alone.
cli-json-refused = `{ $command }` has no JSON output: run it without {"--json"}
cli-json-refused-app = {"--json"} is for commands; {"`tend`"} alone opens the full-screen app: run it without {"--json"}
cli-status-short-or-json = {"--format short"} and {"--json"} ask for two different outputs: give one of them

## cli/args.rs

# A flag's value refused: "it" is the value typed; $got is what was typed.
cli-args-not-whole = it must be a whole number from { $lo } to { $hi } (got '{ $got }')
cli-args-out-of-range = it must be a whole number from { $lo } to { $hi } (got { $got })
cli-args-answer-not-whole = each answer must be a whole number from { $lo } to { $hi } (got '{ $got }')
cli-args-answer-out-of-range = each answer must be a whole number from { $lo } to { $hi } (got { $got })
cli-args-hours = it must be hours from 0 to 24, like 7 or 7.5 (got '{ $got }')
cli-args-id = an id is a whole number from 1 up, as {"`list`"} shows it (got '{ $got }')
cli-args-amount = an amount is a number of 0 or more, such as 2 or 1.5 (got '{ $got }')
cli-args-lang = a language tend writes in: {"en"} or {"es"} (or {"es-ES"}, {"es-MX"}, {"es-US"} for a region's numbers) (got '{ $got }')

## cli/records.rs

# $label names the record; $also says what goes with it.
cli-records-delete = Delete { $label }?
cli-records-delete-also = Delete { $label } ({ $also })?
cli-records-kept = Kept { $label }.
cli-records-deleted = Deleted { $label }.
cli-records-deleted-also = Deleted { $label }: { $also }.
cli-records-needs-yes = deleting needs confirmation; add {"--yes"} to delete without asking

## cli/profile.rs

cli-profile-name = name
cli-profile-recovery-start = recovery start
cli-profile-day-starts = day starts at
cli-profile-not-set = (not set)
cli-profile-hour-in-settings = your settings file sets {"day_start_hour"} = { $hour }; change it there with {"`tend config edit`"}
# $time is the hour a new day starts (04:00).
cli-profile-saved = Saved your profile (day starts at { $time }).

## cli/commitment.rs

cli-commitment-added = Added commitment { $id }: { $name } from { $start }
cli-commitment-updated = Updated commitment { $id }: { $name } from { $start }
cli-commitment-none = No commitments yet. Add one with {"`tend commitment add \"Alcohol\" --start 2026-01-01`"}.
cli-commitment-row = { $name }  since { $start }
cli-commitment-path = path: { $path }
cli-commitment-limits-need-cut-down = limits ({"--max-per-day"}, {"--max-per-week"}, {"--free-days"}) belong to a cut-down plan; add {"--path cut-down"}
cli-path-per-day = at most { $amount } a day
cli-path-per-week = at most { $amount } a week
cli-path-free-days = { $count ->
    [one] { $count } use-free day a week
   *[other] { $count } use-free days a week
}
cli-path-with-limits = { $path }: { $limits }
cli-use-line = { $amount } · { $name } · { $when }
cli-use-what = {" "}({ $what })
cli-use-logged = Logged use { $id }: { $line }
cli-use-changed = Changed use { $id }: { $line }
cli-use-show = Use { $id }: { $line }
cli-use-none = No uses logged in these days.
cli-use-where = where: { $text }
cli-use-with = with: { $text }
cli-use-planned = { $planned ->
    [1] planned
   *[other] not planned
}
cli-use-cost = spent: { $cost }
cli-use-followed = safer-use steps followed: { $steps }
cli-use-growth = { $made ->
    [1] Written as that day's growth entry { $id } (the check-in's setback mark shows it). When you're ready, {"`tend growth edit`"} { $id } keeps what you learned.
   *[other] It belongs with that day's growth entry { $id }, already written.
}
cli-use-over-plan = This day is over your plan. That is information, not a verdict: if you want to reflect on it, {"`tend growth add --kind "}{ $kind }{" --date "}{ $date }{" --commitment "}{ $commitment }{"`"}.
cli-use-amount-needed = how much? Give an amount, or a drink's {"--ml"} and {"--abv"}
cli-use-amount-or-drink = give an amount or {"--ml"} and {"--abv"}, not both
cli-med-line = { $name }: { $schedule }
cli-med-added = Added medication { $id }: { $line }
cli-med-changed = Changed medication { $id }: { $line }
cli-med-show = Medication { $id }: { $line }
cli-med-none = No medications yet. Add one with {"`tend med add NAME --dose TEXT --times HH:MM`"}.
cli-med-records-only = tend records what you say about your medications; it never suggests a dose. Ask your prescriber about any change.
cli-med-prescriber-role = { $name } now has the role prescriber too.
cli-med-prescriber-added = Added { $name } to your people as a prescriber (person { $id }).
cli-med-form = form: { $form }
cli-med-addiction = for addiction treatment
cli-med-prescribed-by = prescribed by { $name }
cli-med-dates = { $ended ->
        [0] since { $start }
       *[other] from { $start } to { $end }
    }
cli-med-refill-date = refill on { $date }
cli-med-change = from { $date }: { $schedule }
# Adherence over one window: "7 days: 5 of 7 doses taken (71%, 1 late)".
cli-med-adherence = { $days } days: { $taken } of { $scheduled } { $scheduled ->
        [one] dose
       *[other] doses
    } taken ({ $percent }%{ $late ->
        [0] {""}
        [one] , 1 late
       *[other] , { $late } late
    })
cli-med-adherence-none = { $days } days: no dose due yet
cli-med-counting-from = counted from { $date }, when tend's record of it begins
cli-med-as-needed = { $days } days: taken { $count ->
        [one] once
       *[other] { $count } times
    }
cli-med-reasons = {" "}({ $reasons })
cli-med-reason = { $reason } × { $count }
cli-med-missed-run = { $count } doses not taken in a row, { $first } to { $last }
cli-med-refill = { $days ->
        [0] Refill due today.
        [one] Refill due tomorrow.
       *[other] Refill due in { $days } days.
    }
cli-med-dose-line = { $status } · { $name } · { $when }
cli-med-dose-reason = {" "}({ $reason })
cli-med-dose-logged = Logged dose { $id }: { $line }
cli-med-dose-changed = Changed dose { $id }: { $line }
cli-med-dose-show = Dose { $id }: { $line }
cli-med-dose-none = No doses logged in these days.
cli-use-drink-unit = the converter counts alcohol in standard drinks or UK units, not { $unit }
cli-tracker-scale = '{ $got }' is not a scale; write its two ends, like {"0-5"}
cli-tracker-kind-needed = say what the answer is with {"--kind"} ({"yes-no"}, {"rating"}, {"number"} or {"time"}), or start from a {"--preset"}
cli-tracker-added = Added tracker { $id }: { $name } ({ $marks }). Answer it with {"`tend checkin --track`"} "{ $name }=…".
cli-tracker-changed = Changed the tracker { $line }
cli-tracker-archived = Archived { $name } from { $date }; its answers stay. {"`tend tracker unarchive`"} brings it back.
cli-tracker-unarchived = { $name } is back, last in the check-in.
cli-tracker-none = No trackers yet. Add one with {"`tend tracker add --preset urge-to-use`"} or {"`tend tracker add Walk --kind yes-no`"}.
cli-tracker-no-answers = no answers from { $from } to { $to }
cli-tracker-rating = a rating from { $lo } to { $hi }
cli-tracker-rating-ends = a rating from { $lo } ({ $low }) to { $hi } ({ $high })
cli-tracker-number-in = a number, in { $unit }
cli-tracker-safety-at = safety from { $value }
cli-tracker-asks-acted-on = asks if acted on
cli-tracker-shared = shared in the summary
cli-tracker-archived-on = archived { $date }
cli-tracker-answer-acted = { $value } ({ $acted ->
        [1] acted on
       *[other] not acted on
    })
cli-tracker-track-shape = '{ $got }' is not a tracker's answer; write {"NAME=VALUE"}, like {"\"Exercise=30\""}
cli-tracker-acted-yes-no = acted on takes yes or no (got '{ $got }')
cli-tracker-no-acted-on = this tracker doesn't ask whether you acted on it ({"`tend tracker edit … --acted-on`"} makes it ask)
cli-tracker-acted-alone = give the answer with {"--track"} beside {"--acted-on"}
cli-tracker-cleared = cleared
cli-tracker-crisis = Your answer to { $name } was { $value }, at or above its safety level. Thank you for writing it down. You don't have to carry this alone: please reach out now to someone below, or to your local emergency number.

## cli/coping.rs

cli-coping-added = Added coping strategy { $id }: { $name }
cli-coping-changed = Changed coping strategy { $id }: { $name }
cli-coping-none = Your toolbox is empty. Add a strategy with {"`tend coping add \"Call a friend\"`"}.
# How often a strategy was used against a trigger, and how many of those times passed.
cli-coping-used = (used { $times ->
        [one] { $times } time
       *[other] { $times } times
    }, { $passed } passed)
# $drop is the mean drop in urge (2.5).
cli-coping-used-drop = (used { $times ->
        [one] { $times } time
       *[other] { $times } times
    }, { $passed } passed, urge down { $drop } on average)

## cli/demo.rs

cli-demo-entries = must be a whole number from 0 to { $max } (got { $got })
cli-demo-not-empty = the database already holds records; demo data goes only into a new, empty file
# $counts says how many records of each kind were made.
cli-demo-wrote = Wrote a made-up history of { $years ->
        [one] { $years } year
       *[other] { $years } years
    } to { $path }: { $counts }

## cli/paths.rs

cli-paths-database = database
cli-paths-config = config
cli-paths-backups = backups
cli-paths-exports = exports

## cli/encryption.rs

cli-encrypt-done = Encrypted { $path }. Keep your passphrase somewhere safe: without it the journal cannot be opened.
cli-encrypt-done-copies = Encrypted { $path }. { $count ->
        [one] Your { $count } earlier backup is encrypted too.
       *[other] Your { $count } earlier backups are encrypted too.
    } Keep your passphrase somewhere safe: without it the journal cannot be opened.
# $list names the files, separated by "; ".
cli-encrypt-unreadable = These could not be opened and stay unencrypted; delete them if you do not need them: { $list }
# $list names each copy with what it is (cli-copy-…).
cli-encrypt-outside = Copies you made elsewhere stay unencrypted, where tend cannot reach them: { $list }. Delete them, or keep them where only you can read them.
cli-copy-backup = backup of { $date }
cli-copy-export = data export of { $date }
cli-passphrase = Passphrase:
cli-passphrase-current = Current passphrase:
cli-decrypt-done = Decrypted { $path }: it is no longer protected by a passphrase. Backups keep the passphrase they were made with.
cli-passphrase-changed = Changed the passphrase. Older backups still open with the passphrase they were made with.

## cli/doctor.rs

# The mark of a check that found nothing to do.
cli-doctor-ok = OK
# The mark of a check that found something to do.
cli-doctor-warn = WARN
cli-doctor-head = tend { $version } · database { $path }
cli-doctor-head-files = config { $config } · backups { $backups }
cli-doctor-database = database
cli-doctor-not-created = not created yet; run {"`tend`"} to start
cli-doctor-locked = encryption: SQLCipher (give the passphrase to check more)
cli-doctor-all-good = All good.
cli-doctor-to-look-at = { $count ->
        [one] { $count } thing to look at.
       *[other] { $count } things to look at.
    }
# $version is the journal's schema version, $known the newest this tend knows.
cli-doctor-schema = schema version { $version } (this tend knows { $known })
cli-doctor-encrypted = encrypted with SQLCipher
cli-doctor-not-encrypted = not encrypted
cli-doctor-encrypt-it = anyone who can read the file can read your journal; run {"`tend encrypt`"}
cli-doctor-integrity-ok = integrity check: ok
# $result is SQLite's own report of what is wrong.
cli-doctor-integrity = integrity check: { $result }
cli-doctor-restore = restore from a backup ({"`tend backups`"}, {"`tend restore PATH`"})
# After "cannot" in error-file.
cli-doctor-doing-permissions = read its permissions
# $mode is the file's permission bits in octal (600).
cli-doctor-file-mode = file permissions { $mode }
cli-doctor-file-mode-fix = others can read it; run { $command }
cli-doctor-folder-mode = folder permissions { $mode }
cli-doctor-folder-mode-fix = others can list it; run { $command }
# $date is the last backup's date, $age how many days ago, $all cli-backup-count.
cli-doctor-backup = last backup { $date } ({ $age ->
        [one] { $age } day ago
       *[other] { $age } days ago
    }) · { $all }
cli-doctor-backup-unchanged = last backup { $date } ({ $age ->
        [one] { $age } day ago
       *[other] { $age } days ago
    }; nothing changed since) · { $all }
cli-doctor-no-backup = no backup yet
cli-doctor-backup-fix = run {"`tend backup`"}
cli-doctor-space = free disk space { $free }
cli-doctor-space-unknown = unknown
cli-doctor-space-fix = less than 200 MiB left; free some space so writes and backups can succeed
# $what is a record's noun, $command the command that puts it right.
cli-doctor-odd-date = { $what } { $id } ({ $date }): { $command }
cli-doctor-dates-ok = dates: every record is dated between 1900 and today
cli-doctor-dates-odd = records dated after today or before 1900: { $list }
cli-doctor-dates-fix = fix each with the command shown (or in the app: {"e"} corrects, {"d"} deletes)

## cli/doctor/carried.rs

cli-doctor-not-carried = journal folder: no sync program carries it (Syncthing, git, a cloud drive)
# $found lists what was found (cli-doctor-carried-…), separated by "; ".
cli-doctor-carried = the journal is in a folder a sync program carries: { $found }
# $marker is the file or folder that shows it (.stfolder, .git, .dropbox); $engine the program's name.
cli-doctor-carried-marker = { $folder } ({ $marker }: { $engine })
cli-doctor-carried-root = { $folder } ({ $engine })
cli-doctor-carried-copy = { $path } (a sync program's conflict copy)
cli-doctor-carried-fix = such a program copies the journal file whole between devices and loses what one of them wrote while they were apart; keep the journal outside that folder, and share it between devices with {"`tend sync`"}

## cli/doctor/files.rs

cli-doctor-plain-copy = { $path } is not encrypted
cli-doctor-plain-copy-fix = anyone who can read it can read your journal as it was; delete it if you do not need it
cli-doctor-leftover = { $path } was left by an interrupted tend
cli-doctor-leftover-fix = it may hold your journal unencrypted; run any tend command to clean it up, or delete it
cli-doctor-backups-broken-link = backups folder { $path } is a broken link
cli-doctor-backups-broken-link-fix = remove the link; tend makes the folder itself
cli-doctor-backups-file = backups folder { $path } is a file
cli-doctor-backups-file-fix = move it away; tend makes the folder itself
cli-doctor-backups-open-link = backups folder { $path } links to { $target }, which anyone can write to
cli-doctor-backups-open-link-fix = make it a private folder of its own ({"mkdir -m 700"})
cli-doctor-backups-owner = backups folder { $path } belongs to another user
cli-doctor-backups-owner-fix = make it a private folder of your own ({"mkdir -m 700"})
cli-doctor-backups-mode = backups folder permissions { $mode }
cli-doctor-backups-mode-fix = others can list or read your backups; run { $command }
# $copy says what the copy is (cli-copy-…).
cli-doctor-plain-elsewhere = { $path } ({ $copy }) is not encrypted
cli-doctor-plain-elsewhere-fix = anyone who can read it can read your journal; delete it when you no longer need it

## cli/doctor/sync.rs

cli-doctor-sync-off = sync: not set up ({"`tend sync init DIR`"} syncs with your other devices)
# $name is this device's name in the sync folder.
cli-doctor-sync-folder = sync folder { $folder } as "{ $name }"
cli-doctor-sync-folder-fix = not there: is its drive or share mounted? Nothing is lost; sync again when it is
# $last is when this device last synced (or cli-doctor-sync-never).
cli-doctor-sync-state = last sync { $last } · { $devices ->
        [one] { $devices } other device seen
       *[other] { $devices } other devices seen
    } · { $pending ->
        [one] { $pending } segment waiting to be merged
       *[other] { $pending } segments waiting to be merged
    } · { $unsent ->
        [one] { $unsent } change here not sent yet
       *[other] { $unsent } changes here not sent yet
    }
cli-doctor-sync-never = never
cli-doctor-sync-fix = run {"`tend sync`"}
# $name and $device name another device; $last is when it last wrote.
cli-doctor-sync-device = { $name } ({ $device }): { $merged ->
        [one] { $merged } segment merged
       *[other] { $merged } segments merged
    }, last written { $last }

## cli/backup.rs

cli-backup-done = Backed up to { $path }.
cli-backup-done-encrypted = Backed up to { $path }, encrypted with your passphrase.
cli-backup-done-compressed = Backed up to { $path }, compressed.
cli-backup-not-noted = wrote { $path }, but could not note it for {"`tend doctor`"} ({ $error })
cli-backup-none = No backups yet in { $folder }. tend makes one each day you use it; {"`tend backup`"} makes one now.
# $backups is cli-backup-count.
cli-backup-in-all = { $backups } in all
cli-passphrase-backup = Passphrase of the backup:
cli-restore-done = Restored { $path } from { $from }.
# $aside is where the journal as it was is kept.
cli-restore-done-aside = Restored { $path } from { $from }. The journal as it was is kept at { $aside }.
# How many backups, and the space they take together ($size).
cli-backup-count = { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }, { $size }
# File sizes; $size is the number, with its decimal point (3.4).
cli-size-gib = { $size } GiB
cli-size-mib = { $size } MiB
cli-size-kib = { $size } KiB
cli-size-bytes = { $size } B

## cli/sync_on_open.rs

cli-sync-on-open-not-set-up = {"sync_on_open"} is set, but sync is not set up here: {"`tend sync init DIR`"} or {"`tend sync join DIR`"}
cli-sync-on-open-failed = sync: { $error }
cli-sync-on-open-not-synced = Not synced: { $error }
# The parts of the line are joined with "; ".
cli-sync-on-open-synced = Synced: received { $received ->
        [one] { $received } change
       *[other] { $received } changes
    }, sent { $sent }, { $conflicts ->
        [one] { $conflicts } conflict
       *[other] { $conflicts } conflicts
    } kept
cli-sync-on-open-new-device = this journal was copied or restored, so it syncs on as a new device
cli-sync-on-open-rejoined = another of your devices had retired this one, so it syncs on as a new device
cli-sync-on-open-waiting = { $count ->
        [one] { $count } segment waits
       *[other] { $count } segments wait
    } for next time ({"`tend sync status`"})

## cli/export.rs

cli-export-from-after-to = { $from } is after {"--to"} { $to }; give the earlier date first
# $kind is the file's format (html, md, csv).
cli-export-wrote = Wrote the { $kind } summary of { $from } to { $to } to { $path }.
cli-export-wrote-private = Wrote the { $kind } summary of { $from } to { $to } to { $path }. Journal text, notes, setback details, people's names and phone numbers are left out ({"--include"} shares them).
cli-export-wrote-data = Wrote all your data to { $path } (format version { $version }).

## cli/meeting.rs

cli-meeting-added = Added meeting { $id }: { $meeting }
cli-meeting-changed = Changed meeting { $id }: { $meeting }
cli-meeting-none = No meetings yet. Add one with {"`tend meeting add \"Tuesday group\" --fellowship aa --day tue --time 19:30 --home`"}.
cli-meeting-home-group = home group

## cli/person.rs

cli-person-added = Added { $name } (id { $id }): { $person }
cli-person-changed = Changed { $name } (id { $id }): { $person }
cli-person-none = Nobody yet. Add someone with {"`tend person add Sam --role sponsor --phone 07700900123`"}.
cli-person-emergency = emergency contact
# $days is how often (days).
cli-person-every = keep in touch every { $days }
# When someone is in their role; $to is a date or cli-person-now.
cli-person-from-to = from { $from } to { $to }
cli-person-now = now
cli-note = note: { $note }

## cli/plan.rs

# $command adds the first item to the section.
cli-plan-nothing-yet = nothing yet: { $command }
cli-plan-added = Added to { $section } (id { $id }): { $text }
cli-plan-updated = Updated plan item { $id }: { $text }
cli-plan-moved = Moved plan item { $id } to place { $place } in { $section }
# A coping step's id is its toolbox strategy's after a "c", as the plan shows it.
cli-plan-id = a plan item's id is a whole number from 1 up, or {"c"} and a number for a coping step, as {"`tend plan show`"} shows it (got '{ $got }')
cli-plan-coping-out = "{ $name }" is out of your plan and still in your coping toolbox ({"`tend coping list`"}).

## cli/stats.rs

cli-stats-today = Today is { $today }. Day { $day } of your recovery.
# $window and $counted are numbers of days (days); $percent has its decimal point (85.7).
cli-stats-adherence-last = Last { $window }: checked in { $checked } of { $counted } ({ $percent }%)
cli-stats-adherence-nothing = Last { $window }: no record kept yet, so nothing is missed
cli-stats-adherence-since = Since you started on { $date }: checked in { $checked } of { $counted } ({ $percent }%)
cli-stats-adherence-parts = Last { $window }, on the days you kept a record: checked in { $checked } of { $counted } ({ $percent }%)
cli-stats-commitment = { $name } (id { $id }), since { $start }
cli-stats-in-recovery = { $days } in recovery, { $on_track } of them on track
cli-stats-fresh-start = Today is a fresh start; longest run { $longest }
cli-stats-current-run = Current run { $current }; longest run { $longest }
cli-stats-setbacks = Setbacks: { $last } in the last 90 days, { $prior } in the 90 before ({ $total } in all)
# A commitment's path and use. $path and $before are paths ("cut down"); $date a date.
cli-stats-path = Path: { $path }
cli-stats-path-since = Path: { $path }, since { $date }
cli-stats-path-changed = Path: { $path }, since { $date } (before, { $before })
cli-stats-within-plan = Days within my plan: { $within }; days over my plan: { $over }
# $total and $limit are amounts; $unit is the unit ("standard drinks").
cli-stats-use-week-limit = Use-free days: { $free } of the last { $days }; { $total } of { $limit } { $unit } in the last 7 days
cli-stats-use-week = Use-free days: { $free } of the last { $days }; { $total } { $unit } in the last 7 days
cli-stats-use-window = Last { $window } days: { $total } { $unit } ({ $per_week } a week), { $free } of { $days } days use-free
# $now is cli-stats-use-window.
cli-stats-use-window-before = { $now }; the { $window } days before: { $total } { $unit }, { $free ->
    [one] 1 day
   *[other] { $free } days
} use-free
cli-stats-checklist = Checklist followed in full: { $followed } of { $recorded } uses where you recorded it
cli-stats-money = Money: { $spent } spent in the last 30 days
cli-stats-money-saved = Money: { $spent } spent in the last 30 days; { $saved } saved against your usual week
# $days is a median number of days (days or cli-stats-decimal-days).
cli-stats-gap = Typical time between setbacks: { $days }
cli-stats-gap-halves = earlier { $earlier }, lately { $lately }
cli-stats-bounce-back = Typical bounce-back: { $days }
cli-stats-milestone = Milestone reached: { $days } on track ({ $on })
cli-stats-next = Next: { $days } on track, { $to_go } to go ({ $on })
# A number of days with a decimal point (2.5).
cli-stats-decimal-days = { $days } days

## cli/checkin.rs

# $day is the day or id as typed.
cli-checkin-none-on = there is no check-in for { $day } (see {"`tend checkin list`"})
cli-checkin-nothing = nothing to record; give at least one field, like {"--mood 7"} (see {"`tend checkin --help`"})
cli-checkin-nothing-to-change = nothing to change; give at least one field, like {"--mood 7"}
cli-checkin-keeps-day = a check-in keeps its day; give the day first ({"`tend checkin edit 2026-11-20 --mood 6`"})
# $summary is the check-in in one line.
cli-checkin-done = Checked in for { $date } (id { $id }): { $summary }
cli-checkin-changed = Changed the check-in of { $date }: { $summary }
cli-checkin-none = No check-ins yet. Start with {"`tend checkin --mood 7`"}.
# Hours slept, with a decimal point (7.5).
cli-checkin-sleep = sleep { $hours }h
# A life domain's rating in a check-in's one line, its name cut short.
cli-checkin-physical = phys { $rating }
cli-checkin-mental = ment { $rating }
cli-checkin-emotional = emot { $rating }
cli-checkin-social = soci { $rating }
cli-checkin-spiritual = spir { $rating }
cli-checkin-show = Check-in { $date } (id { $id })
cli-checkin-intention = intention
cli-checkin-reflection = reflection
cli-checkin-gratitude = gratitude
cli-checkin-note = note

## cli/connect.rs

cli-connect-shared = shared: counted in the counselor summary
cli-connect-private = private: kept out of the counselor summary
cli-connect-unset-contact = not chosen: counted in the counselor summary only when it shares calls, messages and time with people as a group
cli-connect-unset = not chosen: kept out of the counselor summary unless you share it
cli-connect-none = No connections logged yet. {"`tend connect call Sam --minutes 20`"} logs one.
# $connection is the connection in one line.
cli-connect-show = Connection { $id }: { $connection }
cli-connect-connected = connected: { $value }
cli-connect-mood-before = mood before: { $value }
cli-connect-mood-after = mood after: { $value }
cli-connect-verified-by = verified by: { $name }
cli-connect-changed = Changed connection { $id }: { $connection }
cli-connect-logged = Logged connection { $id }: { $connection }
cli-connect-which-kind = say what kind: {"meeting"}, {"call"}, {"message"}, {"in-person"}, {"therapy"}, {"group-therapy"}, {"service"} or {"community"} (see {"`tend connect --help`"})
cli-connect-one-meeting = a meeting is one name; add people with {"--with NAME"}
# Asked on a terminal (tend adds " [y/N]") when a name given is close to a known one.
cli-connect-did-you-mean = Did you mean { $name }?
cli-connect-add-person = { $name } isn't one of your people yet. Add them and log this?
cli-connect-add-meeting = { $name } isn't one of your meetings yet. Add it and log this?
cli-connect-needs-add-person = nobody called “{ $name }” yet; {"--add"} adds them as a new person and logs this
cli-connect-needs-add-meeting = no meeting called “{ $name }” yet; {"--add"} adds it as a new meeting and logs this
cli-connect-close-person = nobody called “{ $name }”: did you mean { $close }? Give that name, or {"--add"} to add “{ $name }” as a new person
cli-connect-close-meeting = no meeting called “{ $name }”: did you mean { $close }? Give that name, or {"--add"} to add “{ $name }” as a new meeting
cli-connect-not-logged = nothing logged
cli-connect-added-person = Added { $name } to your people (person { $id }).
cli-connect-added-meeting = Added { $name } to your meetings (meeting { $id }); {"`tend meeting edit "}{ $id }{" --day …`"} gives its days.

## cli/goal.rs

# A goal's progress: times done this week of the times aimed for.
cli-goal-this-week = { $done }/{ $target } this week
# A milestone's progress: steps done of all its steps.
cli-goal-steps = { $done }/{ $target } steps
# $kind is habit or milestone, as the command line spells it.
cli-goal-added = Added goal { $id }: { $title } ({ $kind })
# $goal is the goal in one line.
cli-goal-logged = Logged goal { $id } on { $date } (log { $log }): { $goal }
cli-goal-mark-changed = Changed progress mark { $id } (goal { $goal }): { $date }
cli-goal-status = Goal { $id } is now { $status }: { $title }
cli-goal-changed = Changed goal { $id }: { $title }
cli-goal-none = No goals yet. Add one with {"`tend goal add \"Walk daily\" --domain physical --per-week 5`"}.
cli-goal-why = why: { $why }
cli-goal-target = target: { $date }
# A progress mark in a goal's log: its id, its date and its note (or cli-goal-done).
cli-goal-mark = mark { $id } { $date }  { $note }
cli-goal-done = done

## cli/growth.rs

cli-growth-none = No growth entries recorded.
cli-growth-learned = learned: { $lesson }
# $kind is slip, lapse, relapse or hard day, in words.
cli-growth-changed = Changed growth entry { $id } ({ $kind }, { $date }).
cli-growth-recorded = Recorded growth entry { $id } ({ $kind }, { $date }). Your days in recovery still count.
cli-growth-which-commitment = you have { $count } commitments; say which with {"--commitment ID"} (see {"`tend commitment list`"})
cli-growth-show = Growth entry { $id }: { $kind } on { $date }
# One of a growth entry's fields: $label is one of the labels below.
cli-growth-field = { $label }: { $text }
cli-growth-what-happened = What happened
cli-growth-warning-signs = Warning signs
cli-growth-what-helped = What helped
cli-growth-what-i-learned = What I learned
cli-growth-next-time = Next time
cli-growth-reached-out = Reached out to
cli-growth-bounce-back = Mood back to your usual level after { $days }.

## cli/selfcheck.rs

cli-selfcheck-future = a result cannot be in the future
cli-selfcheck-none = No results yet. Take one with {"`tend self-check take PHQ-9`"}.
# $scale is a scale's name (PHQ-9); $trend says how its results have moved.
cli-selfcheck-trend = { $scale } trend: { $trend }
cli-selfcheck-trend-now = Trend: { $trend }
# When a scale was last taken, and when it is due again.
cli-selfcheck-due = last { $last }, due again
cli-selfcheck-next = last { $last }, next from { $next }
cli-selfcheck-not-taken = not taken
# $title is the scale's full name; $when is one of the three above.
cli-selfcheck-scale = { $title } · { $items ->
        [one] { $items } item
       *[other] { $items } items
    } · { $when }
# A score of the highest the scale gives ($top); $score may start with spaces for alignment.
cli-selfcheck-score-of = { $score } of { $top }
# $band is the result's band, as the scale words it.
cli-selfcheck-saved = Saved { $scale } for { $date }: { $score } of { $top } · { $band }.
cli-selfcheck-crisis = You said thoughts of being better off dead or of hurting yourself came up. Thank you for being honest. You don't have to carry this alone: please reach out now to someone below, or to your local emergency number.
cli-selfcheck-your-people = Your people:
cli-selfcheck-contacts = Professional and crisis contacts:
cli-selfcheck-supports = People to call:
cli-selfcheck-coping-steps = Your coping steps:
cli-selfcheck-none-saved = (none saved yet: {"`tend plan add`"} adds one)
cli-selfcheck-crisis-lines = Crisis lines:
cli-selfcheck-answer = Your answer (a number):
cli-selfcheck-answer-or-back = Your answer (a number, {"b"} to go back):
cli-selfcheck-stopped = stopped at item { $item } of { $of }: nothing was saved
cli-selfcheck-type-a-number = Please type one of the numbers shown.

## cli/journal.rs

cli-journal-none = No entries match. Write one with {"`tend journal add`"}.
# $headline is the entry's title or the start of its text.
cli-journal-delete = Delete entry { $id } ({ $headline }) for good?
cli-journal-kept = Kept entry { $id }.
cli-journal-deleted = Deleted entry { $id }: { $headline }
cli-journal-pinned = Pinned entry { $id }: { $headline }
cli-journal-unpinned = Unpinned entry { $id }: { $headline }
# $at is the moment it was written, as stored.
cli-journal-show = Entry { $id }  { $date }  ({ $at })
cli-journal-show-pinned = Entry { $id }  { $date }  ({ $at })  · pinned
cli-journal-mood = mood { $mood }
cli-journal-give-text = give the entry as {"TEXT"}, or {"`-`"} to read standard input
cli-journal-saved = Saved entry { $id } for { $date }: { $headline }
cli-journal-give-words = give at least one word to search for
cli-journal-no-hits = No entries mention that.
cli-journal-no-tags = No entry has a tag yet. Give one with {"`tend journal add --tag`"}.
cli-journal-give-new-text = give new {"TEXT"}, {"`-`"} for standard input, or a field like {"--title"}
cli-journal-updated = Updated entry { $id }: { $headline }

## cli/trigger.rs

# $category and $origin are as the command line spells them (feelings, internal).
cli-trigger-added = Added trigger { $id }: { $name } ({ $category }, { $origin })
cli-trigger-changed = Changed trigger { $id }: { $name } ({ $category }, { $origin })
cli-trigger-show = Trigger { $id }: { $name } ({ $category }, { $origin })
# $coping is the coping strategy's id; $id and $name the trigger's.
cli-trigger-linked = Linked coping strategy { $coping } and trigger { $id }: { $name }
cli-trigger-unlinked = Unlinked coping strategy { $coping } and trigger { $id }: { $name }
# Urge before → after (– when not given); $outcome is passed or setback.
cli-trigger-encounter-logged = Logged encounter { $id } on { $date }: urge { $before } → { $after }, { $outcome }
cli-trigger-encounter-changed = Changed encounter { $id } on { $date }: urge { $before } → { $after }, { $outcome }
cli-trigger-encounter-row = encounter { $id } { $date }  urge { $before } → { $after }  { $outcome }
cli-trigger-none = No triggers named yet. Add one with {"`tend trigger add NAME --category feelings`"}.
# How often a trigger was met.
cli-trigger-met = (met { $count ->
        [one] { $count } time
       *[other] { $count } times
    })
cli-trigger-coping = coping: { $name } (id { $id })
cli-trigger-no-encounters = No encounters logged. {"`tend trigger log --before 6`"} logs an urge.
# An encounter with no trigger, in the list of encounters.
cli-trigger-an-urge = an urge

## cli/sync.rs

# $folder is the sync folder; $name this device's name in it.
cli-sync-set-up = Sync is set up: { $folder } is this device's sync folder, as "{ $name }".
cli-sync-joined = Joined: { $folder } is this device's sync folder, as "{ $name }".
# $device is this device's new id.
cli-sync-new-device = This journal was restored from a backup or copied from another device: it goes on as a new device ({ $device }), and nothing is lost.
cli-sync-rejoined = Another of your devices had retired this one (or not heard from it for too long): it goes on as a new device ({ $device }). What you wrote here while away goes out now; what was deleted elsewhere meanwhile stays deleted.
cli-sync-counts = Received { $received ->
        [one] { $received } change
       *[other] { $received } changes
    } in { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    }; sent { $sent ->
        [one] { $sent } change
       *[other] { $sent } changes
    }; no conflicts.
cli-sync-counts-conflicts = Received { $received ->
        [one] { $received } change
       *[other] { $received } changes
    } in { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    }; sent { $sent ->
        [one] { $sent } change
       *[other] { $sent } changes
    }; { $conflicts ->
        [one] { $conflicts } text
       *[other] { $conflicts } texts
    } edited on two devices at once: both kept (see {"`tend sync conflicts`"}).
# $segment says which segment waits, and why.
cli-sync-waiting = Waiting: { $segment }
cli-sync-note = Note: { $note }
# $problem is a segment only a newer tend reads.
cli-sync-rest-synced = { $problem } (the rest was synced)
cli-sync-not-set-up = Sync is not set up: {"`tend sync init DIR`"} or {"`tend sync join DIR`"}.
# $device is this device's id.
cli-sync-status = Syncing with { $folder } as "{ $name }" ({ $device }).
# $last is when this device last synced (or cli-sync-never).
cli-sync-last = Last sync: { $last }.
cli-sync-never = never
cli-sync-unsent = Changes here waiting to be sent: { $count }.
# Another device: its name and id, segments merged and waiting, when it last wrote.
cli-sync-device = { $name } ({ $device }): { $merged ->
        [one] { $merged } segment
       *[other] { $merged } segments
    } merged, { $waiting } waiting, last wrote { $last }
cli-sync-no-devices = No other device has written to the folder yet.
# A segment in the folder sealed with another key; $problem is sync-segment-other-key.
cli-sync-other-key = Not merged: { $path }: { $problem }
cli-sync-no-conflicts = No words are kept aside: no two devices edited the same thing at once.
# $label names the record, $field its field; $device the device that also edited it.
cli-sync-conflict = { $label }, { $field }: also edited on { $device } at { $at }
cli-sync-no-such-words = no kept words with id { $id }; {"`tend sync conflicts`"} lists them
cli-sync-dismiss = Dismiss the words from { $device } (they are not in the record now)?
cli-sync-kept = Kept them.
cli-sync-dismissed = Dismissed.
cli-sync-not-here = Sync is not set up on this device.
cli-sync-left = This device no longer syncs with { $folder }. The folder and your other devices are as they were.
# A forgotten device in `tend sync status`: $why is one of cli-sync-why-…, $state one of
# cli-sync-forgotten-…; $day is YYYY-MM-DD.
cli-sync-forgotten = { $name } ({ $device }): forgotten { $day } ({ $why }); { $state }
cli-sync-why-retired = retired here
cli-sync-why-unseen = not heard from for too long
cli-sync-why-succeeded = a restored journal went on as a new device
cli-sync-why-heard = forgotten on another device
cli-sync-forgotten-removed = its folder is gone from the sync folder
cli-sync-forgotten-may-go = its folder may be removed: what it wrote is in this device's segments now
cli-sync-forgotten-wait = keep its folder for now: sync again, then look here
# $days is the sync_forget_after_days setting.
cli-sync-forgot-unseen = Forgot { $name }: not heard from in { $days } days ({"sync_forget_after_days"}). What it wrote goes on in this device's segments; if it syncs again, it joins as a new device.
cli-sync-forgot = Forgot { $name }: it no longer holds up compacting the sync folder. At your next sync, this device writes what { $name } wrote into its own segments; {"`tend sync status`"} then says when its folder may be removed. If { $name } syncs again, it joins as a new device.
cli-sync-forgot-already = { $name } is forgotten already; {"`tend sync status`"} says whether its folder may be removed.
cli-sync-forget-self = that is this device: to stop syncing here, {"`tend sync leave`"}
cli-sync-forget-unknown = no device named { $name } has written to the sync folder; {"`tend sync status`"} lists them
# $ids lists the devices' ids, comma-separated.
cli-sync-forget-which = more than one device is named { $name } ({ $ids }): give the id of the one to forget

## cli/import.rs

# $pairs are the mood labels with their numbers (Great=9,Bad=3).
cli-import-next-time = (next time: {"--mood-map"} '{ $pairs }')
# $label is a Daylio mood label; $rows how many rows have it.
cli-import-ask-mood = Daylio mood '{ $label }' ({ $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }): its number from 1 (lowest) to 10, or {"Enter"} to stop:
cli-import-whole-number = a whole number from 1 to 10, please

## cli/config.rs

# $problem is a key binding the settings left without a key (cli-config-unbound).
cli-config-warning = warning: { $problem }
cli-config-saved = Settings saved in { $path }.
# A comment in `tend config show`'s output.
cli-config-in-effect = in effect, from { $path }
cli-config-defaults = defaults: there is no settings file yet ({"`tend config edit`"} makes one)
cli-config-day-start-unset = {"day_start_hour"}: not set here; the journal's own ({"`tend profile show`"})
cli-config-autolock-unset = {"autolock_minutes"}: not set; 10 for an encrypted journal, else never
# $editor is the editor command used now.
cli-config-editor-unset = {"editor"}: not set; now { $editor }
# $country is a country code (GB).
cli-config-country-locale = {"country"}: not set; "{ $country }" from the locale
cli-config-country-none = {"country"}: not set, and the locale names none
# $tag is the language words are shown in (en); $var is the variable that named one (LANG).
cli-config-language-missing = not available yet; words are in "{ $tag }"
cli-config-language-from = {"language"}: not set; "{ $tag }" from { $var }
# $asked is the language the variable asked for.
cli-config-language-asked = {"language"}: not set; { $var } asks for { $asked }, not available yet, so "{ $tag }"
cli-config-language-none = {"language"}: not set, and the locale names none; "{ $tag }"
cli-config-ninety-off = {"ninety_in_ninety"}: off
cli-config-keys-unchanged = none changed ({"`tend config show --keys`"} lists them)
# $action is an action's name; $places where it has no key now.
cli-config-unbound = { $action } has no key now in: { $places } (another action took it)
