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
import-jrnl-before-first = text before the first dated entry (an entry starts like {"[2026-11-19 22:10]"} Title)
import-jrnl-none = no jrnl entries found: an entry starts with a line like {"[2026-11-19 22:10]"} Title
import-jrnl-folder-unreadable = cannot read { $folder } ({ $error })
import-jrnl-none-in-folder = no jrnl entries found in the {".txt"} files of { $folder }
# $problem says what is wrong with one path in the folder (files-not-there, …).
import-jrnl-refused = { $problem }; tend reads only folders and regular {".txt"} files in a jrnl folder, and follows no link
import-jrnl-too-deep = { $path } nests folders deeper than { $depth }
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
    } { $file } ({ $source }): { $rows } rows.
import-report-head-span = { $dry ->
        [yes] Dry run, nothing written. Importing
       *[other] Imported
    } { $file } ({ $source }): { $rows } rows, { $first } to { $last }.
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
