# errors

## clock.rs

# A local date and time (YYYY-MM-DD HH:MM:SS) a daylight-saving change skips.
store-clock-skipped = { $moment } does not exist in your time zone (a clock change skips it)

## signals.rs

# Stands in for a signal's name (SIGTERM, SIGHUP, SIGINT) when it has none.
store-signal-other = a signal

## paths.rs

paths-no-home = cannot find your home folder; give the database with {"--db PATH"}

## editor.rs

# A warning on stderr; $warning is a sentence such as editor-failed-but-kept.
editor-warning = tend: warning: { $warning }
editor-failed-but-kept = the editor '{ $program }' reported an error; what it saved was kept

## secret.rs

secret-empty = is empty; choose a few words you will remember
# $which is "current" or "new": the passphrase that opens the journal now, or a new one.
secret-cannot-read = cannot read the { $which ->
        [new] new passphrase
       *[other] passphrase
    } ({ $error })
secret-cannot-read-file = { $path }: cannot read the { $which ->
        [new] new passphrase
       *[other] passphrase
    } ({ $error })
# After the variable that names the file ("TEND_SYNC_PASSPHRASE_FILE: …").
secret-file-empty = the file it names ({ $path }) has nothing on its first line: put the { $which ->
        [new] new passphrase
       *[other] passphrase
    } there
secret-line-too-long = its first line is longer than { $max } bytes; give a file that holds the { $which ->
        [new] new passphrase
       *[other] passphrase
    } on its first line
secret-fd-too-low = must be 3 or higher (0–2 are {"stdin"}, {"stdout"} and {"stderr"})
secret-new-not-given = give the new passphrase with {"--new-passphrase-fd N"} or {"TEND_NEW_PASSPHRASE_FILE=PATH"}
# Prompts on the terminal; tend adds a space after each.
secret-prompt-new = New passphrase:
secret-prompt-again = Once more, to be sure:
secret-no-match = the two did not match; nothing was changed

## settings.rs

# A problem in the settings file: $file is its path, $line a line number.
settings-warning = { $file }:{ $line }: warning: { $problem }
settings-error = { $file }:{ $line }: { $problem }
settings-unreadable = cannot be read ({ $error }); every setting is at its default
settings-not-toml = not valid TOML ({ $error }); every setting is at its default
# $key is a setting as the file spells it.
settings-unknown = unknown setting {"`"}{ $key }{"`"} (ignored)
# A bad value: $key is the setting, $got the value as written in the file; the values
# in quotes are the ones the file may hold and stay as they are.
settings-bad-number = { $key } must be a whole number from { $lo } to { $hi } (got { $got })
settings-bad-decimal = { $key } must be a number from { $lo } to { $hi } (got { $got })
settings-bad-theme = { $key } must be one of {"\"default\""}, {"\"high-contrast\""}, {"\"no-colour\""} (got { $got })
settings-bad-command = { $key } must be a command, like {"\"nano\""} or {"\"code --wait\""} (got { $got })
settings-bad-country = { $key } must be a two-letter country code, like {"\"GB\""} or {"\"US\""} (got { $got })
settings-bad-language = { $key } must be a language tag, like {"\"en\""} or {"\"es\""} (got { $got })
settings-bad-bool = { $key } must be {"true"} or {"false"} (got { $got })
settings-bad-section = { $key } must be a section: [{ $key }] (got { $got })
settings-bad-lines = { $key } must be a list of lines, like {"[\"Lifeline: 13 11 14\"]"} (got { $got })
settings-bad-day = { $key } must be the first day, like {"\"2026-11-01\""} (got { $got })
# $names lists the life domains as the file spells them.
settings-bad-domains = { $key } must be a list of one or more of { $names } (got { $got })
settings-bad-keys = { $key } must be a key like {"\"x\""} or {"\"ctrl-x\""}, or a list of them (got { $got })

## files.rs

# What tend was doing when a file failed, after "cannot": "PATH: cannot write it (…)".
files-doing-create-folder = create this folder
# $what names the argument: "output", "backup".
files-doing-use-as = use it as the { $what }
files-doing-write-it = write it
files-doing-write-here = write here
# What is at a path, inside a sentence: "PATH is a named pipe (FIFO), not a file".
files-kind-folder = a folder
files-kind-link = a symbolic link
files-kind-fifo = a named pipe (FIFO)
files-kind-char-device = a character device
files-kind-block-device = a block device
files-kind-socket = a socket
files-kind-regular = a regular file
files-kind-link-loop = a loop of symbolic links
files-kind-other = not a regular file
# Why a file from outside was not read; $path names it, $kind is one of files-kind-….
files-not-there = { $path } is not there
files-is-link = { $path } is a symbolic link
files-not-a-file = { $path } is { $kind }, not a file
files-too-large = { $path } is too large ({ $size } bytes; tend reads at most { $cap } here)
files-cannot-read = { $path } cannot be read ({ $error })
# The same, after the path and a colon: "PATH: is not there".
files-reason-not-there = is not there
files-reason-link = is a symbolic link
files-reason-not-a-file = is { $kind }, not a file
files-reason-too-large = is too large ({ $size } bytes; tend reads at most { $cap } here)
files-reason-cannot-read = cannot be read ({ $error })

## import/mod.rs

# Where a row is in the file it came from.
import-line = line { $line }
import-bad-lines = { $count ->
        [one] { $count } bad line (add {"--skip-bad"} to import the other rows):
       *[other] { $count } bad lines (add {"--skip-bad"} to import the other rows):
    }
# $problems: the bad lines and unknown mood labels, one or more lines.
import-nothing-imported = nothing was imported; { $problems }
# One unknown mood label of a Daylio export and how many rows have it.
import-unknown-mood = '{ $label }' ({ $count ->
        [one] { $count } row
       *[other] { $count } rows
    })
# $labels lists import-unknown-mood; $map is the flag's value to fill in (LABEL=N,…).
import-unknown-moods = { $count ->
        [one] { $count } unknown mood label
       *[other] { $count } unknown mood labels
    }: { $labels }; give each a number from 1 to 10 with {"--mood-map"} '{ $map }'

## import/detect.rs

# The values --from takes.
import-source-names = {"tend"}, {"daylio"}, {"jrnl"} or {"dayone"}
import-source-unknown = '{ $value }' is not one of { $names }
# What made a file, inside a sentence: "FILE looks like a Daylio CSV export".
import-source-tend = a tend data export
import-source-daylio = a Daylio CSV export
import-source-jrnl = a jrnl journal
import-source-dayone = a Day One export

## import/daylio.rs

import-mood-map-shape = '{ $pair }' is not {"LABEL=N"}
import-mood-map-number = '{ $pair }': {"N"} must be a whole number from 1 to 10
import-daylio-not = not a Daylio export: the header needs {"full_date"} (or {"year"}), {"date"}, {"time"} and {"mood"}
import-daylio-header = cannot read the header ({ $error })
# A Daylio file whose first line is a row: it is read by its shape, and the report says so.
import-daylio-no-header = line 1 is a row, not Daylio's header line: its { $count } columns were read as { $header }
import-daylio-header-missing = Daylio's header line is missing: the file should start with the line { $header } (export it again, or put that line back)
import-row-unreadable = cannot be read ({ $error })
import-daylio-cut-off = the file ends inside this row's quoted note: it looks cut off (export it again)
# The column names before the colon are Daylio's and stay as they are.
import-daylio-bad-full-date = {"full_date"}: '{ $value }' is not a {"YYYY-MM-DD"} date
import-daylio-bad-date = {"date"}: '{ $value }' is not a date like 2018 and 18 May
import-daylio-bad-time = {"time"}: '{ $value }' is not a time like 21:15 or 9:15 PM
import-daylio-field-count = has { $fields } fields; the header has { $header }
import-daylio-no-mood = {"mood"}: is empty (every Daylio row has one)

## import/dayone.rs

import-not-json = not valid JSON ({ $error })
import-dayone-not = not a Day One export: expected {"{\"metadata\": …, \"entries\": [...]}"}
import-dayone-zip-empty = this zip holds no Day One journal (a {".json"} file at its top level)
import-not-utf8 = { $file } is not UTF-8 text
# The field names before the colon are Day One's and stay as they are.
import-dayone-bad-zone = {"timeZone"}: '{ $value }' is not a time zone tend knows
import-dayone-bad-moment = {"creationDate"}: '{ $value }' is not a moment like 2024-03-31T01:30:00Z
import-dayone-moment-not-text = {"creationDate"}: must be text like 2024-03-31T01:30:00Z, not { $value }
import-dayone-no-moment = {"creationDate"}: is missing

## import/jrnl.rs

import-jrnl-not = not a jrnl export: expected {"{\"entries\": [...]}"}
# $field is jrnl's field name; $value the JSON found there.
import-jrnl-not-text = { $field }: must be text, not { $value }
import-jrnl-no-date = {"date"}: is missing
import-jrnl-bad-date = {"date"}: '{ $value }' is not a {"YYYY-MM-DD"} date
import-jrnl-bad-time = {"time"}: '{ $value }' is not a time like 21:15
# A line like "[2019-07 14:23] …": it starts like an entry, but its date has no day (or can't be read).
import-jrnl-partial-date = '{ $stamp }' starts an entry, but its date and time can't be read (jrnl writes them like {"[2026-11-19 22:10]"}); this entry was not read
import-jrnl-before-first = text before the first dated entry (an entry starts like {"[2026-11-19 22:10]"} Title)
import-jrnl-none = no jrnl entries found: an entry starts with a line like {"[2026-11-19 22:10]"} Title
import-jrnl-folder-unreadable = cannot read { $folder } ({ $error })
import-jrnl-none-in-folder = no jrnl entries found in the {".txt"} files of { $folder }
# $problem says what is wrong with one path in the folder (files-not-there, …).
import-jrnl-refused = { $problem }; tend reads only folders and regular {".txt"} files in a jrnl folder, and follows no link
import-jrnl-too-large = { $folder } holds more text than tend imports at once ({ $mib } MiB); import its years one at a time

## import/zip.rs

import-zip-broken = this zip file is damaged or cut off; export it again
import-zip-too-large = this zip unpacks to more than tend imports ({ $mib } MiB in all); unzip it and import its {"Journal.json"}
import-zip-overlaps = this zip names the same data under several names, which no export does; unzip it and import its {"Journal.json"}
import-zip-method = { $name } is packed in a way tend cannot unpack (zip method { $method }); unzip it and import { $name }

## import_file.rs

# $seen and $given are import-source-…; $flag is the option to use.
import-looks-like = { $file } looks like { $seen }, not { $given }: use { $flag }
import-unknown-source = cannot tell what made { $file }; give {"--from"} { $names }
import-file-missing = cannot read { $file } (there is no such file or folder)
# $kind is one of files-kind-….
import-not-file-or-folder = { $file } is { $kind }, not a file or a folder
import-file-too-large = { $file } is too large to import ({ $size } bytes; tend imports files of up to { $mib } MiB)
import-zip-file-too-large = { $file } is too large to import ({ $size } bytes; tend imports files of up to { $mib } MiB; unzip it and import its {"Journal.json"})
# A tend data file merged; $dry is "yes" for a dry run. $aside counts texts kept aside.
import-tend-merged = { $dry ->
        [yes] Dry run, nothing written; importing
       *[other] Imported
    } { $file }: { $added } added, { $updated } updated, { $unchanged } already the same, { $kept } kept as changed here since, { $deleted } left deleted{ $aside ->
        [0] {""}
        [one] ; 1 text changed both here and in the file kept aside ({"`tend sync conflicts`"} lists it)
       *[other] ; { $aside } texts changed both here and in the file kept aside ({"`tend sync conflicts`"} lists them)
    }.
import-tally = { $added } added, { $updated } updated, { $unchanged } unchanged, { $kept } kept as edited, { $deleted } left deleted
# The app's status line after an import: "Imported FILE: entries 3 added, 2 unchanged".
import-status-none = Imported { $file }: no entries
# $parts lists import-status-added, …, joined by commas.
import-status = Imported { $file }: entries { $parts }
import-status-added = { $count } added
import-status-updated = { $count } updated
import-status-unchanged = { $count } unchanged
import-status-kept = { $count } kept as you left them
import-status-day-moods = { $count } day moods set
import-status-bad-lines = { $count } bad lines left out
# The report of an import; $source is import-source-…, $first and $last dates.
import-report-head = { $dry ->
        [yes] Dry run, nothing written. Importing
       *[other] Imported
    } { $file } ({ $source }): { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }.
import-report-head-span = { $dry ->
        [yes] Dry run, nothing written. Importing
       *[other] Imported
    } { $file } ({ $source }): { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }, { $first } to { $last }.
# $tally is import-tally.
import-report-entries = journal entries: { $tally }
import-report-moods = check-in moods (each day's average): { $tally }
import-report-bad = { $count ->
        [one] { $count } bad line refused:
       *[other] { $count } bad lines refused:
    }
# $places lists where the empty entries are (import-line, …).
import-report-empty = { $count ->
        [one] { $count } empty entry skipped: { $places }
       *[other] { $count } empty entries skipped: { $places }
    }
# $moods lists each label with its number and rows: "rad → 9 (12)".
import-preview-moods = moods: { $moods }
import-preview-first-rows = first rows:
import-preview-mood = mood { $mood }

## store/access.rs

store-bad-path = { $path }: cannot use this path ({ $error })
# Why tend refused a journal file, after its path: "PATH: cannot open it (…)".
store-cannot-open = cannot open it ({ $error })
# Why tend may not write the journal, in brackets: "the journal is read-only (…)".
store-read-only-fs = it is on a read-only file system
store-read-only-file = the file is read-only for you
store-read-only-folder = its folder { $folder } is read-only for you
store-cannot-make-private = cannot make it readable by you only ({ $error }); give tend a file of your own with {"--db"}

## store/backup.rs

store-cannot-create-backups = { $folder }: cannot create the backups folder ({ $error })
store-cannot-write-backup = { $path }: cannot write the backup ({ $error })
# What SQLite said of the damage, in brackets after "the journal is damaged".
store-damage-found-by-backup = found by today's backup: { $detail }

## store/schema.rs

# What a record is called beside words kept from a sync conflict and in the doctor's
# list of odd dates.
store-noun-commitment = commitment
store-noun-checkin = check-in
store-noun-journal = journal entry
store-noun-goal = goal
store-noun-step = milestone step
store-noun-goal-mark = goal mark
store-noun-coping = coping strategy
store-noun-trigger = trigger
store-noun-encounter = encounter
store-noun-growth = growth entry
store-noun-self-check = self-check
store-noun-person = person
store-noun-plan-line = plan line
store-noun-meeting = meeting
store-noun-connection = connection
store-noun-path = path of a commitment
store-noun-use = use
store-noun-tracker = tracker
store-noun-tracker-answer = tracker answer
store-noun-medication = medication
store-noun-schedule = dose and schedule of a medication
store-noun-dose = dose
store-noun-kept-words = kept words
store-noun-record = record
# What else a deletion touches, counted: "its 3 encounters stay in your history".
store-child-step = { $count ->
        [one] step
       *[other] { $count } steps
    }
store-child-progress-mark = { $count ->
        [one] progress mark
       *[other] { $count } progress marks
    }
store-child-encounter = { $count ->
        [one] encounter
       *[other] { $count } encounters
    }
store-child-growth-entry = { $count ->
        [one] growth entry
       *[other] { $count } growth entries
    }
store-child-plan-item = { $count ->
        [one] plan item
       *[other] { $count } plan items
    }
store-child-attendance = { $count ->
        [one] attendance
       *[other] { $count } attendances
    }
store-child-medication = { $count ->
        [one] medication
       *[other] { $count } medications
    }
store-child-schedule = { $count ->
        [one] dose and schedule
       *[other] { $count } doses and schedules
    }
store-child-dose = { $count ->
        [one] logged dose
       *[other] { $count } logged doses
    }
store-child-tag = { $count ->
        [one] tag
       *[other] { $count } tags
    }
store-child-tracker-answer = { $count ->
        [one] answer
       *[other] { $count } answers
    }
store-child-coping-link = { $count ->
        [one] coping link
       *[other] { $count } coping links
    }
store-child-trigger-link = { $count ->
        [one] trigger link
       *[other] { $count } trigger links
    }
store-child-growth-entry-link = { $count ->
        [one] growth-entry link
       *[other] { $count } growth-entry links
    }
store-child-person-link = { $count ->
        [one] person link
       *[other] { $count } person links
    }
store-child-connection-link = { $count ->
        [one] connection link
       *[other] { $count } connection links
    }
store-child-record = { $count ->
        [one] record
       *[other] { $count } records
    }
# What tells one record apart, after its kind (store-label-…): a name, or its date
# (YYYY-MM-DD) and time (HH:MM).
store-describe-quoted = "{ $name }"
store-describe-date = of { $date }
store-describe-date-title = of { $date } "{ $title }"
store-describe-date-time = of { $date } at { $time }
# $kind is store-setback-kind.
store-describe-date-kind = of { $date } ({ $kind })
# $instrument is a self-check's scale (PHQ-9, …).
store-describe-instrument-date = { $instrument } of { $date }
# $kind is store-connection-kind.
store-describe-kind-date-time = { $kind } of { $date } at { $time }
# A growth entry's kind as stored ($kind), in words.
store-setback-kind = { $kind ->
        [slip] slip
        [lapse] lapse
        [relapse] relapse
        [hard-day] hard-day
       *[other] { $kind }
    }
# A connection's kind as stored ($kind), in words.
store-connection-kind = { $kind ->
        [meeting] meeting
        [call] call
        [message] message
        [in-person] in-person
        [therapy] therapy
        [group-therapy] group-therapy
        [service] service
        [community] community
       *[other] { $kind }
    }
# $kind is the table name found, quoted.
store-not-kept-kind = { $kind } is not a kind of record tend keeps words for

## store/undo.rs

# One record, named in a delete question and an undo message: $what is store-describe-….
store-label-checkin = the check-in { $what }
store-label-journal = the journal entry { $what }
store-label-goal = the goal { $what }
store-label-goal-mark = the progress mark { $what }
store-label-coping = the coping strategy { $what }
store-label-trigger = the trigger { $what }
store-label-encounter = the encounter { $what }
store-label-plan-item = the plan item { $what }
store-label-growth = the growth entry { $what }
store-label-commitment = the commitment { $what }
store-label-self-check = the self-check result { $what }
store-label-person = the person { $what }
store-label-meeting = the meeting { $what }
store-label-connection = the connection { $what }
store-label-use = the use { $what }
store-label-tracker = the tracker { $what }
store-tracker-name-taken = you already have a tracker called { $name }; choose another name
store-tracker-name-none = no tracker called "{ $name }"; {"`tend tracker list`"} shows them
store-tracker-name-many = more than one tracker has that name; use its number from {"`tend tracker list`"}
store-tracker-archived = { $name } is archived from that day; bring it back with {"`tend tracker unarchive`"} to answer it
store-label-medication = the medication { $what }
store-label-dose = the dose { $what }
store-use-before-start = { $date } is before { $name } began ({ $start }); a use is logged from a commitment's start
store-use-unit = { $name } counts in { $unit }; a use in { $got } can't be added to it (choose { $unit }, or change the path's unit)
store-use-future = { $at } hasn't happened yet; a use is logged once it has
store-use-day-cap = that day would hold more than { $max } ({ $already } already logged); check the amount
# What else a deletion touches; $rows is store-child-…, counted by $count.
store-also-owned = { $count ->
        [one] its { $rows } goes with it
       *[other] its { $rows } go with it
    }
store-also-linked = { $count ->
        [one] its { $rows } stays in your history, without it
       *[other] its { $rows } stay in your history, without it
    }
# Deleting a coping strategy the plan chose.
store-also-plan-coping = it leaves your plan's coping steps too
store-undo-nothing-kept = nothing kept
# $record is a record named as store-label-… does.
store-undo-deleted = { $record } was deleted since; nothing was changed
store-undo-changed = { $record } was changed since (elsewhere), and undo would overwrite that; nothing was changed
store-undo-taken = { $record } can't come back: another record took its place since

## store/changes.rs

# How a record is named beside words kept from a sync conflict; $noun is store-noun-….
store-kept-unknown-kind = a record of a kind this tend does not know
# $date is the check-in's date (YYYY-MM-DD).
store-kept-checkin = check-in { $date }
store-kept-profile = the profile
store-kept-record = { $noun } { $id }
store-kept-named = { $noun } { $id } "{ $name }"
store-kept-deleted = a deleted { $noun }
# $kind is the table name found, quoted.
store-sync-state-unknown-kind = the journal's sync state names a kind of record tend does not know ({ $kind })
# $now is the date and time the clock reads (YYYY-MM-DD HH:MM).
store-clock-wrong = the clock reads { $now }; set the right date (nothing was saved)
# The name a device syncs under when it has none of its own.
store-this-device = this device

## store/changes/apply.rs

# A sync segment that can't be read; $what says where (store-segment-…, or a parser's words).
store-segment-bad = a sync segment does not read right: { $what }
store-segment-no-version = a record without its version
store-segment-misplaced = its header does not match its place in the folder
store-segment-bad-clock = its clock is not one a device can have
store-segment-bad-fields = a check-in's or the profile's fields ({ $error })
store-segment-bad-day-start = the profile's day-start hour
store-segment-bad-recovery-start = the profile's recovery start
store-segment-long-name = the profile's name is longer than a name can be
# $kind is the kind of record found, quoted.
store-segment-unknown-kind = it holds a kind of record this tend does not know ({ $kind }): upgrade tend on this device
store-unknown-kind = a kind of record this tend does not know ({ $kind })
# $format is the segment's sync format, $known the newest this tend reads.
store-segment-newer = a segment from another device is in sync format { $format }, newer than this tend reads ({ $known }): upgrade tend on this device
# Why a record waits for an upgrade, when it came in a data file.
store-held-from-file = a record of a data file

## store/connections.rs

store-meeting-name-many = more than one meeting has that name; give its id (see {"`tend meeting list`"})
store-meeting-name-none = no meeting by that name; add it with {"`tend meeting add NAME`"} (see {"`tend meeting list`"})
# $date is the day (YYYY-MM-DD).
store-meeting-logged = that meeting is already logged for { $date }: a meeting is attended once a day

## store/goals.rs

store-goal-habit-steps = this goal is a habit; steps belong to milestone goals
store-goal-no-step = this goal has steps 1 to { $steps }; got { $got }

## store/people.rs

store-person-name-many = more than one person has that name; give their id (see {"`tend person list`"})
store-person-name-none = nobody by that name (see {"`tend person list`"})
store-commitment-name-many = more than one commitment has that name; give its id (see {"`tend commitment list`"})
store-commitment-name-none = no commitment by that name (see {"`tend commitment list`"})
store-medication-name-many = more than one medication has that name; give its id (see {"`tend med list`"})
store-medication-name-none = no medication by that name (see {"`tend med list`"})
store-dose-future = { $at } hasn't happened yet; a dose is logged once it has
store-dose-before-start = { $date } is before { $name } began ({ $start }); a dose is logged from a medication's start
store-schedule-before-start = { $date } is before { $name } began ({ $start }); a change of dose or schedule starts on or after it
store-prescriber-none = no person with id { $id } (see {"`tend person list`"})

## store/plan.rs

# The stages in brackets are the values the command takes.
store-plan-stage = only warning signs have a stage ({"early"}, {"middle"}, {"late"})
store-plan-person = only people to call and contacts name a person

## store/crypto.rs

store-copy-differs = the new copy did not read back the same
store-open-elsewhere = { $path }: another program has it open; close it and try again
store-journal-left = { $error }; your journal was left as it was
store-already-encrypted = this journal is already encrypted; {"`tend passphrase`"} changes its passphrase
# $done of $all backups and copies were encrypted before $error stopped it.
store-encrypt-stopped = encrypting stopped ({ $error }) after { $done } of { $all } backups and copies; your journal is still not encrypted: run {"`tend encrypt`"} again
store-encrypt-nothing-changed = could not encrypt: { $error }; your journal and its backups were left as they were
store-not-encrypted = this journal is not encrypted
store-not-encrypted-passphrase = this journal is not encrypted; {"`tend encrypt`"} sets a passphrase
store-rekey-differs = after the change the journal did not read back the same; restore it from a backup

## store/file.rs

# Why tend will not open a journal file, after its path: "PATH: it names a folder …".
store-path-is-folder = it names a folder (it ends with /); give the path of a file with {"--db"} or {"TEND_DB"}
store-cannot-read-it = cannot read it ({ $error })
# $to is where the symbolic link leads.
store-link-to-nothing = it is a symbolic link to { $to }, which does not exist; give the journal's own path with {"--db"} or {"TEND_DB"}
store-link-unfollowable = it is a symbolic link to { $to }, which cannot be followed ({ $error }); give the journal's own path with {"--db"} or {"TEND_DB"}
# $kind is one of files-kind-….
store-not-journal-file = it is { $kind }, not a journal file; give the path of a file with {"--db"} or {"TEND_DB"}
# $why is store-read-only-….
store-cannot-set-up = tend cannot set up a journal here, as { $why }; give yourself write access, or choose another place with {"--db"}
store-needs-migration = it was made by an older tend, and this one updates it when it opens it, which needs write access ({ $why }); give yourself write access and run tend again
store-cannot-create-folder = { $folder }: cannot create the folder ({ $error })
store-cannot-create-database = { $path }: cannot create the database ({ $error })
store-not-regular = it is not a regular file; give the path of a file with {"--db"} or {"TEND_DB"}
store-not-sqlite = not a tend database (it is not an SQLite file); check the path given with {"--db"} or {"TEND_DB"}
store-truncated = the file is truncated ({ $size } bytes); restore it from a backup
store-truncated-of = the file is truncated ({ $size } of { $expected } bytes); restore it from a backup
store-bad-page-size = the database is damaged (bad page size); restore it from a backup
store-other-program = this SQLite file belongs to another program; give tend a file of its own with {"--db"}
store-starts-with-zeros = the database is damaged: it starts with zeros, which no journal (plain or encrypted) does but a crash or a failing disk can leave; restore it from a backup ({"`tend backups`"}, then {"`tend restore PATH`"})
store-starts-with-one-byte = the database is damaged: it starts with one byte repeated, which no journal (plain or encrypted) does but a crash or a failing disk can leave; restore it from a backup ({"`tend backups`"}, then {"`tend restore PATH`"})
store-not-sqlite-nor-encrypted = not a tend journal, or a damaged one: it is neither an SQLite file nor encrypted; check the path given with {"--db"} or {"TEND_DB"}, or restore it from a backup ({"`tend backups`"})
# $version is the file's schema, $known the newest this tend knows.
store-newer = made by a newer tend (schema { $version }; this tend knows up to { $known }): upgrade tend to open it
store-sqlite-cannot-read = not a tend database (SQLite cannot read it); check the path, or restore it from a backup
store-disk-trouble = cannot read or write it ({ $error }); check that the disk has free space and works

## store/gzip.rs

store-compressed-differs = { $path }: the compressed backup did not read back the same
store-cannot-write-it = { $path }: cannot write it ({ $error })
store-compressed-damaged = the compressed backup is damaged or cut short ({ $error }); try an older one

## store/keying.rs

store-passphrase-too-long = is too long
# $code is SQLite's error code.
store-key-failed = SQLCipher could not apply the key (code { $code }); nothing was changed
store-rekey-failed = SQLCipher could not change the key (code { $code }); nothing was changed
store-cannot-open-it = tend cannot open it ({ $error }); check that you may read and write it, its folder, and its {"-wal"} and {"-shm"} files if they are there
store-locked-elsewhere = another program is holding it locked; close that program and try again
store-damaged = the database is damaged ({ $error }); restore it from a backup

## store/mod.rs

# Why the journal counts as damaged, in brackets after "the journal is damaged".
store-damage-reported-earlier = SQLite reported it earlier

## store/odd_dates.rs

# $command is the command that deletes the check-in.
store-fix-checkin = { $command } (then check in on the right day)

## store/place.rs

store-journal-in-use = { $path }: the journal is open in another tend (the full-screen app or a command); close it there and try again
store-journal-being-replaced = { $path }: another tend is replacing the journal file (restore, encrypt, decrypt or a passphrase change); try again when it is done
store-cannot-lock = cannot lock the journal's folder ({ $error })

## store/prompt_status.rs

# Why the file is refused, after its path.
store-prompt-not-tend = not a tend database
# One short line for the shell prompt; $day is the day of recovery.
store-prompt-missing = ○ tend: not set up yet
store-prompt-locked = ◌ tend locked
store-prompt-day-checked-in = ✓ day { $day } · checked in
store-prompt-day-waiting = ○ day { $day } · check-in waiting
store-prompt-checked-in = ✓ checked in
store-prompt-waiting = ○ check-in waiting

## store/recover.rs

store-recover-restored-aside = finished restoring the backup it had checked; the journal as it was is kept at { $path }
store-recover-restored = finished restoring the backup it had checked
store-recover-restore-failed = could not finish restoring the backup it had checked ({ $error }); run {"`tend doctor`"}
# $copy is "plain" for an unencrypted copy of the journal, else "unfinished".
store-recover-removed-copy = removed { $path } ({ $copy ->
        [plain] an unencrypted
       *[other] an unfinished
    } copy of your journal it was making; your journal was not changed)
store-recover-copy-left = could not remove { $path } ({ $copy ->
        [plain] an unencrypted
       *[other] an unfinished
    } copy of your journal it was making); delete it yourself
store-recover-removed-backups = removed { $count ->
        [one] { $count } unfinished backup file
       *[other] { $count } unfinished backup files
    } in { $folder }
store-recover-backups-left = could not remove { $count ->
        [one] { $count } unfinished backup file in { $folder }; delete it yourself
       *[other] { $count } unfinished backup files in { $folder }; delete them yourself
    }
# $what lists what was done, joined by semicolons.
store-recover-said = tend: an earlier tend was interrupted: { $what }

## store/restore.rs

store-backup-missing = { $path } does not exist (see {"`tend backups`"})
# $kind is one of files-kind-….
store-not-backup-file = it is { $kind }, not a backup file; see {"`tend backups`"}
store-backup-empty = the file is empty, not a backup; see {"`tend backups`"}
# $detail is what SQLite's check found.
store-backup-damaged = the backup is damaged ({ $detail }); try an older one

## store/transfer/check.rs

# What a value in a data file is, for "must be text, not a list".
store-json-null = {"null"}
store-json-bool = {"true"} or {"false"}
store-json-whole = a whole number
store-json-fraction = a fraction
store-json-text = text
store-json-list = a list
store-json-object = an object
# $got is one of store-json-….
store-check-not-text = must be text, not { $got }
store-check-not-number = must be a whole number from { $lo } to { $hi }, not { $got }
store-check-not-hours = must be hours from 0 to 24, not { $got }
store-check-fraction = must be a whole number from { $lo } to { $hi } (got { $value })
store-check-hours = must be hours from 0 to 24 (got { $value })
store-check-not-amount = must be an amount of 0 or more, not { $got }
store-check-amount = must be an amount from 0 to { $max } (got { $value })
store-check-over-plan = is written as a hard day with the over_plan mark
store-check-not-date = '{ $value }' is not a {"YYYY-MM-DD"} date
store-check-before-1900 = { $date } is before 1900; use a date from 1900-01-01 on
store-check-not-moment = '{ $value }' is not a moment like 2026-11-20T21:15:00+01:00
store-check-empty = must not be empty
store-check-missing = is missing
store-check-answers = must be a list of answers like [0,1,2]
store-check-share = must be {"shared"}, {"private"} or {"unset"}
# $date is the record's date, $local the date of its moment.
store-check-date-far = { $date } is more than a day from its moment's date ({ $local })
store-check-habit-week = a habit needs how many times a week (1 to 7)
store-check-milestone-week = times a week belong to habits, not milestone goals
store-check-before = { $to } is before { $from }
# $scale is a self-check's name (PHQ-9, …), $answers its answers as a list.
store-check-score = { $scale } answers { $answers } score { $score }
store-check-band = { $scale } answers { $answers } are '{ $band }'
store-check-meetings-only = sharing and chairing are for meetings

## store/transfer

# Refusals of a tend data file; each follows the field it names ("goals[3].title: …").
store-file-not-tend = this is not a tend data export (its {"\"app\""} is not {"\"tend\""})
# $version is the file's format, $known the newest this tend reads.
store-file-newer = { $version } is newer than this tend reads ({ $known }): upgrade tend
store-file-unknown-version = { $version } is not a version this tend knows (whole numbers 1 to { $known })
store-file-version-not-number = must be a whole number like { $known }, not { $value }
store-file-not-object = is not a tend data export (expected a JSON object)
store-file-unknown-part = is not a part of a tend data file
store-file-part-too-new = is not a part of a tend data file of this version
store-file-not-an-object = must be an object
store-file-not-a-list = must be a list
store-file-not-text = must be text
# $table is the kind of record as the file names it.
store-file-no-record = no { $table } record with uid { $uid }
store-file-unknown-field = is not a field tend knows
store-file-bad-revision = must be a whole number from 1 to { $max }
store-file-unknown-kind = is not a kind of record tend knows
store-file-no-uid = a record without its uid
store-file-bad-uid = must be the record's uid (text)
store-file-bad-id = must be a whole number from 1 on
store-file-bad-ref = must be a uid (text) or {"null"}
store-file-meeting-kind = only a meeting attended names a meeting
# $date is the day (YYYY-MM-DD).
store-file-meeting-attended = that meeting is already attended on { $date }
# Where words kept aside from a file without stamps were written, kept with them.
store-file-unnamed-device = an imported file
store-file-bad-stamp = must be a stamp: [a whole number from 0 to { $max }, "the device's id"]
store-file-base-alone = comes only with a stamp
store-file-no-stamps = is missing (a record with a stamp has them)
store-file-not-stamp-part = is not a part of a record's stamps
store-file-not-record-field = is not a field of this record
store-file-bad-devices = must be an object of device ids and names
store-file-bad-device-name = must be a name of 1 to { $max } characters
store-file-bad-device-id = names a device by an id no device has
store-file-bad-exported-at = must be a moment like 2026-11-20T21:15:00+01:00
store-noun-entry = entry
secret-field-passphrase = passphrase
secret-field-new-passphrase = new passphrase
# Written into an imported entry, below its text: the entry's Daylio scales.
import-daylio-scales = Scales: { $scales }

## settings.rs: the settings file's template (`tend config edit` starts from it). Each
## message is a comment block; each of its lines is written after "# ". Setting names
## and values stay as the file takes them.

settings-template-head = tend settings. Remove the # in front of a line to change it; {"`tend config show`"}
    prints what is in effect and says if anything here is not understood.
settings-template-day-start = The hour a new day starts (0-23): a check-in at 1 am before 4 counts for the day before.
    Set here, this file owns it ({"`tend profile`"} then points here).
settings-template-theme = {"\"default\""}, {"\"high-contrast\""} or {"\"no-colour\""} ({"NO_COLOR"} in the environment also turns colour off).
settings-template-autolock = Lock the screen after this many idle minutes; 0 never. Unset: 10 for an encrypted journal.
settings-template-editor = The editor for journal entries and for {"`tend config edit`"} (else {"$VISUAL"}, {"$EDITOR"}, {"vi"}).
settings-template-country = Your country, as two letters: its crisis line comes first in the crisis view (!).
    Unset: the region of your locale ({"LANG"}), if it names one.
settings-template-sync-on-open = Sync with your other devices ({"`tend sync`"}) when the full-screen app opens and after
    it closes, once sync is set up ({"`tend sync init`"} or {"`tend sync join`"}).
settings-template-sync-forget = Forget a synced device not heard from in this many days (30 to 3650): it no longer
    holds up compacting the sync folder, and what it wrote goes on in this device's segments.
settings-template-backup = How many automatic daily, weekly and monthly backups to keep.
settings-template-domains = The life domains the Domains screen shows, in this order.
settings-template-prompts = A writing prompt in the journal editor.
settings-template-crisis-lines = Your own crisis lines: the crisis view (!) lists them above the built-in ones (the US
    and Canada, the UK and Ireland, Australia, New Zealand, Spain and Mexico, which are
    always listed, your country's first).
settings-template-ninety = Track "90 meetings in 90 days" from this first day (off unless set): the Connections
    screen shows each day that has come, and the counselor summary the count.
settings-template-keys = Your own keys for any action in the help screen ({"`?`"}), by its name: a key such as
    {"\"x\""}, {"\"X\""}, {"\"ctrl-x\""}, {"\"enter\""}, {"\"esc\""}, {"\"tab\""}, {"\"space\""}, {"\"pgdn\""}, or a list of keys.
    The names: {"tend config show --keys"}
# Two crisis lines as a person might write them, each in double quotes.
settings-template-crisis-lines-example = "Crisis line: call or text {"988"}", "Emergency: {"911"}"
