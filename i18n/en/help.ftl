# help: the `--help` text of tend's command line, the man page's and the shell
# completions' descriptions. src/cli/help.rs sets them on clap's command tree at run
# time; the key of each comes from where it shows:
#
#   help-tend                   `tend` itself: the line under its name
#   help-journal                a command (`tend journal`): the words after `tend`, joined by -
#   help-journal-add            a subcommand (`tend journal add`)
#   help-journal-add-at         an argument of it: its flag's long name (`--at`), or for a
#                               positional argument its field's name (`text`)
#   help-tend-db                an argument of `tend` itself (`--db`)
#   …--long                     the long form, shown by `--help` (the short one by `-h`)
#   …--after                    a command's text after its options (`-h`)
#   …--after-long               the same, shown by `--help`
#
# A command or argument with no message shows no help text. Clap's own words (Usage:,
# Options:, Commands:, Print help, [default: …], [env: …], [aliases: …], its errors)
# are clap's, not the catalog's. Flags, commands, values a person types (today, html,
# slip, …), value names (TEXT, N) and variables stay as they are: they are string
# literals here.

# What any record may hold, where records are added.
-help-limits = Limits: text (an entry, a note, what happened) up to 1 MB; names and titles up to 500 characters; tags up to 60; dates from 1900 to today.

## cli/mod.rs

help-tend = A private, offline recovery journal and goal tracker
help-tend--long =
    A private, offline recovery journal and goal tracker.

    Run {"`tend`"} alone for the full-screen app; the subcommands make every record scriptable.
help-tend--after = Your data stays in one local file (see {"`tend paths`"}). Nothing is ever sent anywhere.
help-tend--after-long =
    { help-tend--after }

    Limits: a journal entry or note holds up to 1 MB; names and titles 500 characters; tags 60; dates run from 1900 to today (with your day-start hour); summaries span at most 20 years.
help-tend-db = The database file [default: your data folder's {"tend/tend.db"}]
help-tend-json = Print lists, records and figures as JSON (fields documented in {"README.md"})
help-tend-now = Pretend it is this moment ({"RFC 3339"}): for tests and demos
help-tend-passphrase-fd = Read the passphrase of an encrypted journal from this file descriptor (scripts)
help-tend-passphrase-file = Read the passphrase from this file ({"TEND_PASSPHRASE_FILE"})
help-checkin = Check in for a day (fields not given keep their value), or list and show check-ins
help-journal = Write, find and read journal entries
help-commitment = What you are recovering from or working toward, each with its own start date
help-goal = Goals, habits and milestones, and the log of progress on them
help-trigger = Your trigger library and the times you met a trigger or an urge
help-coping = Your coping toolbox
help-plan = Your relapse-prevention plan, section by section
help-person = The people who support your recovery: roles, numbers, emergency contacts
help-meeting = The meetings you go to: fellowship, format, days, time, place, home group
help-connect = Log a connection: {"`tend connect meeting \"Tuesday group\" --shared`"}, {"`tend connect call Sam`"}
help-use = Log a use without judgment: {"`tend use add Alcohol 2`"}; list, show, change or delete
help-tracker = Your own daily trackers, answered with {"`tend checkin --track \"NAME=VALUE\"`"}
help-med = Your medications and the doses you log: {"`tend med add NAME --dose \"8 mg\" --times 08:00`"}, {"`tend med take NAME`"}
help-growth = Setbacks, recorded as growth entries: what happened and what you learned
help-self-check = Self-check scales: {"PHQ-9"}, {"GAD-7"}, {"WHO-5"}, {"BARC-10"} and {"PACS"} (screening aids, not diagnoses)
help-stats = Progress: days in recovery, runs, days on track, adherence, milestones
help-profile = Your name, recovery start date and day-start hour
help-paths = Where the database, settings and backups live
help-config = The settings file: its path, what is in effect, or edit it
help-encrypt = Protect the journal with a passphrase (SQLCipher encryption)
help-decrypt = Remove the passphrase protection
help-passphrase = Change the passphrase
help-backup = Back up the journal now (daily backups also happen on their own)
help-backups = List backups with their dates and sizes
help-restore = Replace the journal with a backup (the current one is kept aside)
help-doctor = Check paths, schema, encryption, integrity, permissions, backups and disk space
help-status = One line for your shell prompt: day N and whether today's check-in is done
help-completions = Print shell completions: {"bash"}, {"zsh"} or {"fish"}
help-man = Print the manual page (roff)
help-export = The counselor summary, or all your data as JSON
help-import = Merge a tend data export, or bring in a Daylio, jrnl or Day One export
help-demo = Fill an empty database with a realistic, made-up history (for trying tend out)
help-sync = Sync with your other devices through a folder Syncthing, a cloud drive or git carries

## cli/records.rs

# `--yes` of every `delete` that asks first.
-help-yes = Delete without asking (for scripts)

## cli/checkin.rs

help-checkin-date = The day [default: {"today"}]
help-checkin-mood = Mood, 1 (very low) to 10 (very good)
help-checkin-craving = Craving or urge, 0 (none) to 10 (overwhelming)
help-checkin-hungry = HALT: hungry ({"--no-hungry"} clears it)
help-checkin-angry = HALT: angry ({"--no-angry"} clears it)
help-checkin-lonely = HALT: lonely ({"--no-lonely"} clears it)
help-checkin-tired = HALT: tired ({"--no-tired"} clears it)
help-checkin-sleep = Hours slept, 0 to 24
help-checkin-intention = Morning intention ("" clears it)
help-checkin-reflection = Evening reflection
help-checkin-gratitude = Something you are grateful for
help-checkin-track = A tracker's answer, {"NAME=VALUE"} (repeat it; an empty value clears the day's): {"\"Self-harm urge=2\""}, {"\"Exercise=30\""}, {"\"Woke=07:15\""}
help-checkin-acted-on = Whether you acted on a tracker's urge, {"NAME=yes"} or {"NAME=no"}, beside its {"--track"}
help-checkin-list = Check-ins, newest first
help-checkin-list-limit = At most this many [default: 30, or all with {"--from"}]
help-checkin-list-all = Every check-in ever
help-checkin-show = One day's check-in
help-checkin-edit = Change a day's check-in: the fields given change, the rest keep their value
help-checkin-edit-day = The day ({"YYYY-MM-DD"}, {"today"}, {"yesterday"}) or the check-in's id
help-checkin-edit-date = { help-checkin-date }
help-checkin-edit-mood = { help-checkin-mood }
help-checkin-edit-craving = { help-checkin-craving }
help-checkin-edit-hungry = { help-checkin-hungry }
help-checkin-edit-angry = { help-checkin-angry }
help-checkin-edit-lonely = { help-checkin-lonely }
help-checkin-edit-tired = { help-checkin-tired }
help-checkin-edit-sleep = { help-checkin-sleep }
help-checkin-edit-intention = { help-checkin-intention }
help-checkin-edit-reflection = { help-checkin-reflection }
help-checkin-edit-gratitude = { help-checkin-gratitude }
help-checkin-edit-track = { help-checkin-track }
help-checkin-edit-acted-on = { help-checkin-acted-on }
help-checkin-delete = Delete a day's check-in (asks first; {"--yes"} skips the question)
help-checkin-delete-day = { help-checkin-edit-day }
help-checkin-delete-yes = { -help-yes }

## cli/journal.rs

help-journal-add = Write an entry: {"TEXT"}, {"`-`"} for standard input, or nothing to open your {"$EDITOR"}
help-journal-add--after = { -help-limits }
help-journal-add-title = A title ("" clears it when editing)
help-journal-add-tag = A tag (repeat for more; when editing, these replace the tags)
help-journal-add-at = When it was written [default: now]: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-journal-list = Entries, newest first
help-journal-list-limit = At most this many [default: 20]
help-journal-list-all = Every entry that matches
help-journal-tags = Every tag in use, with how many entries have it
help-journal-search = Full-text search of titles and text, newest first, a page at a time
help-journal-search-limit = How many hits a page holds
help-journal-search-page = Which page of hits to show (1 is the newest, or the best with {"--relevance"})
help-journal-search-relevance = Best match first instead of newest first
help-journal-show = One entry in full
help-journal-edit = Change an entry: give new {"TEXT"} (or {"`-`"}) and fields, or nothing to open your {"$EDITOR"}
help-journal-edit-title = { help-journal-add-title }
help-journal-edit-tag = { help-journal-add-tag }
help-journal-edit-at = Move it to another moment: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-journal-pin = Pin an entry: it is marked in lists, and in the counselor summary when you share journal entries
help-journal-unpin = Unpin an entry
help-journal-delete = Delete an entry for good (asks first; {"--yes"} skips the question)

## cli/commitment.rs

help-commitment-add = Something you are recovering from or working toward, from a start date
help-commitment-add--after = { -help-limits }
help-commitment-add-name = What it is, in your words ("Alcohol", "Gambling")
help-commitment-add-start = Its start date [default: today]
help-commitment-add-note = A private note
help-commitment-add-path = {"abstain"} (the default), {"cut-down"} within your own limits, or {"safer-use"}
help-commitment-add-max-per-day = Cut down: at most this much on one day
help-commitment-add-max-per-week = Cut down: at most this much in any 7 days
help-commitment-add-free-days = Cut down: use-free days you aim for each week (0 to 7)
help-commitment-add-unit = What amounts count: {"drinks"} (standard drinks of your country), {"units"} (UK units), {"grams"}, {"times"} or {"money"} [default: drinks]
help-commitment-add-heavy-at = A day at or over this amount is a heavy day on the use calendar
help-commitment-add-price = What one unit costs you, for money spent and saved
help-commitment-add-usual-per-week = How much you used in a week before, for money saved
help-commitment-add-checklist = Safer-use steps for your plan, comma-separated: {"never-alone"}, {"naloxone"}, {"test-strips"}, {"eat-first"}, {"set-amount"}, {"ride-home"}
help-commitment-list = Your commitments
help-commitment-edit = Change a commitment's name, start date or note
help-commitment-edit-path = Change the path from {"--from"} on (the change is kept as history): { help-commitment-add-path }
help-commitment-edit-from = The day a change of path begins [default: today]
help-commitment-edit-max-per-day = { help-commitment-add-max-per-day }
help-commitment-edit-max-per-week = { help-commitment-add-max-per-week }
help-commitment-edit-free-days = { help-commitment-add-free-days }
help-commitment-edit-unit = { help-commitment-add-unit }
help-commitment-edit-heavy-at = { help-commitment-add-heavy-at }
help-commitment-edit-price = { help-commitment-add-price }
help-commitment-edit-usual-per-week = { help-commitment-add-usual-per-week }
help-commitment-edit-checklist = { help-commitment-add-checklist }
help-commitment-delete = Delete a commitment; its growth entries stay in your history (asks first)
help-commitment-delete-yes = { -help-yes }

## cli/goal.rs

help-goal-add = A new goal: a habit ({"--per-week N"}) or a milestone (with {"--step"} for each step)
help-goal-add--after = { -help-limits }
help-goal-add-why = Why it matters to you
help-goal-add-per-week = A habit: how many times a week (1 to 7)
help-goal-add-step = A milestone step (repeat, in order)
help-goal-list = Goals, active first
help-goal-show = One goal with its steps and recent log
help-goal-log = Log progress: a habit done today, or a milestone step done ({"--step N"})
help-goal-log-step = The milestone step done, by its number
help-goal-edit = Change a goal's title, domain, why, times a week or target ("" clears why)
help-goal-edit-per-week = A habit's times a week (1 to 7)
help-goal-delete = Delete a goal with its steps and progress marks (asks first)
help-goal-delete-yes = { -help-yes }
help-goal-log-edit = Move a progress mark (by the id {"`goal show`"} gives) to another day, or change its note
help-goal-log-delete = Delete a progress mark (asks first; {"--yes"} skips the question)
help-goal-log-delete-yes = { -help-yes }
help-goal-status = Set a goal's status: {"active"}, {"paused"}, {"achieved"} or {"let-go"}

## cli/trigger.rs

help-trigger-add = Name a trigger: {"people"}, {"places"}, {"things"}, {"feelings"} or {"times"}
help-trigger-add--after = { -help-limits }
help-trigger-add-internal = It comes from inside (a feeling, a thought) [default: {"external"}]
help-trigger-add-coping = A coping strategy for it, by id (repeat for more)
help-trigger-list = Your triggers, with how often you met them
help-trigger-show = One trigger with its coping steps and encounters
help-trigger-log = Record meeting a trigger (or an urge with no trigger: leave out the id)
help-trigger-log-before = Urge before, 0 to 10
help-trigger-log-after = Urge after, 0 to 10
help-trigger-log-coping = The coping strategy you used, by id
help-trigger-log-outcome = {"passed"} or {"setback"} [default: {"passed"}]
help-trigger-log-at = When [default: now]: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-trigger-edit = Change a trigger's name, category, origin or notes ("" clears the notes)
help-trigger-edit-internal = It comes from inside (a feeling, a thought)
help-trigger-edit-external = It comes from outside (a person, a place, a thing)
help-trigger-delete = Delete a trigger; its encounters stay in your history, without it (asks first)
help-trigger-delete-yes = { -help-yes }
help-trigger-encounters = Every encounter, newest first, with its id
help-trigger-encounters-limit = At most this many [default: 30]
help-trigger-log-edit = Change an encounter (by the id {"`trigger encounters`"} gives): the fields given change
help-trigger-log-edit-trigger = The trigger met, by id
help-trigger-log-edit-no-trigger = It was an urge with no trigger
help-trigger-log-edit-at = When: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-trigger-log-delete = Delete an encounter (asks first; {"--yes"} skips the question)
help-trigger-log-delete-yes = { -help-yes }
help-trigger-link = Link a coping strategy to a trigger ({"--remove"} to unlink)

## cli/coping.rs

help-coping-add = Add a strategy to your toolbox
help-coping-add--after = { -help-limits }
help-coping-list = Your toolbox, with how well each strategy has worked
help-coping-edit = Change a strategy's name, description or domain ("" clears a text)
help-coping-delete = Delete a strategy; encounters that used it stay in your history (asks first)
help-coping-delete-yes = { -help-yes }

## cli/plan.rs

help-plan-show = The whole plan, or one section
help-plan-add = Add to a section: {"reasons"}, {"warning-signs"}, {"high-risk"}, {"coping-steps"}, {"supports"}, {"contacts"}, {"if-i-slip"}, {"safe-space"}
help-plan-add--after = { -help-limits }
help-plan-add-detail = A phone number, a place, or how to do it
help-plan-add-stage = For warning signs: {"early"}, {"middle"} or {"late"}
help-plan-add-person = For supports and contacts: the person it names, by name or id
help-plan-edit = Change an item's words or detail
help-plan-edit-detail = New detail ("" clears it)
help-plan-edit-person = The person it names, by name or id ("" for nobody)
help-plan-move = Move an item to a place in its section (1 is the top)
help-plan-remove = Remove an item from the plan (asks first; {"--yes"} skips the question)
help-plan-remove-yes = { -help-yes }

## cli/person.rs

help-person-add = Someone who supports your recovery (a first name or an initial is enough)
help-person-add--after = { -help-limits }
help-person-add-role = Roles, comma-separated: {"sponsor"}, {"sponsee"}, {"peer"}, {"counselor"}, {"family"}, {"friend"}, {"faith"}, {"prescriber"}, {"other"}
help-person-add-every = Keep in touch at least every {"N"} days (1 to 365; 0 stops it)
help-person-add-emergency = An emergency contact ({"--no-emergency"} clears it)
help-person-add-from = In this role since
help-person-add-to = In this role until
help-person-list = Everyone, emergency contacts and sponsors first
help-person-show = One person
help-person-edit = Change what is said about someone: the fields given change ("" clears a text)
help-person-edit-role = { help-person-add-role }
help-person-edit-every = { help-person-add-every }
help-person-edit-emergency = { help-person-add-emergency }
help-person-edit-from = { help-person-add-from }
help-person-edit-to = { help-person-add-to }
help-person-delete = Delete someone from your list (asks first; {"--yes"} skips the question)
help-person-delete-yes = { -help-yes }

## cli/meeting.rs

help-meeting-add = A meeting you go to
help-meeting-add--after = { -help-limits }
help-meeting-add-fellowship = {"aa"}, {"na"}, {"ca"}, {"smart"}, {"refuge"}, {"celebrate"}, {"dharma"}, {"lifering"}, {"faith"} or {"other"} [default: {"other"}]
help-meeting-add-format = {"in-person"}, {"online"}, {"hybrid"} or {"phone"} [default: {"in-person"}]
help-meeting-add-day = The days it meets: {"mon"}, {"tue"}, … {"sun"}, as {"mon,wed,fri"} or repeated
help-meeting-add-every-other-week = It meets on its days every other week
help-meeting-add-every-week = It meets on its days every week (the usual; clears {"--every-other-week"})
help-meeting-add-time = The time it starts, {"HH:MM"}
help-meeting-add-place = Where: a place or a link ("" clears it)
help-meeting-add-home = Your home group ({"--no-home"} clears it)
help-meeting-list = Your meetings, home group first
help-meeting-edit = Change a meeting: the fields given change
help-meeting-edit-fellowship = { help-meeting-add-fellowship }
help-meeting-edit-format = { help-meeting-add-format }
help-meeting-edit-day = The days it meets, in place of the ones it had: {"mon"}, {"tue"}, … {"sun"}, as {"mon,wed,fri"} or repeated
help-meeting-edit-every-other-week = { help-meeting-add-every-other-week }
help-meeting-edit-every-week = { help-meeting-add-every-week }
help-meeting-edit-time = { help-meeting-add-time }
help-meeting-edit-place = { help-meeting-add-place }
help-meeting-edit-home = { help-meeting-add-home }
help-meeting-delete = Delete a meeting; the times you went stay in your history (asks first)
help-meeting-delete-yes = { -help-yes }

## cli/connect.rs

help-connect-kind = {"meeting"}, {"call"}, {"message"}, {"in-person"}, {"therapy"}, {"group-therapy"}, {"service"} or {"community"}
help-connect-who = For a meeting, its name (or id); otherwise the people, by name (or id)
help-connect-add = Add a name tend doesn't know yet as a new person (or meeting) and log this with them; without it, a script is refused and a terminal asks
help-connect-with = Someone else who was there or on the call, by name or id (repeat for more)
help-connect-minutes = How long, in minutes (1 to 1440)
help-connect-shared = At a meeting: you shared
help-connect-chaired = At a meeting: you chaired it
help-connect-connected = How connected you feel, 1 to 10
help-connect-note = A private note (never in the summary)
help-connect-verified-by = Who signed your attendance card
help-connect-share = Let the counselor summary count it (meetings and therapy do unless {"--private"})
help-connect-private = Keep it out of the counselor summary, even when calls, messages and time with people are shared as a group
help-connect-share-unset = Leave it unchosen: the summary counts a call, message or time in person only when it shares those as a group ({"`export summary --share-contacts`"})
help-connect-at = When [default: now]: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-connect-list = Connections, newest first
help-connect-list-limit = At most this many [default: 30]
help-connect-show = One connection in full
help-connect-edit = Change a connection: the fields given change ("" clears a text)
help-connect-edit-with = { help-connect-with }
help-connect-edit-minutes = { help-connect-minutes }
help-connect-edit-shared = { help-connect-shared }
help-connect-edit-chaired = { help-connect-chaired }
help-connect-edit-connected = { help-connect-connected }
help-connect-edit-note = { help-connect-note }
help-connect-edit-verified-by = { help-connect-verified-by }
help-connect-edit-share = { help-connect-share }
help-connect-edit-private = { help-connect-private }
help-connect-edit-share-unset = { help-connect-share-unset }
help-connect-edit-at = { help-connect-at }
help-connect-delete = Delete a connection (asks first; {"--yes"} skips the question)
help-connect-delete-yes = { -help-yes }
help-use-add = Log a use: how much, in your unit; no verdict, and no run is reset on a cut-down or safer-use path
help-use-add--after = Caps: 100 drinks or units a day, 1,000 g, 100 times, 100,000 in money. On an abstain path, the use is that day's setback growth entry (one a day). After a break without use, tolerance drops: the same amount carries more risk.
help-use-add-commitment = The commitment, by name or id
help-use-add-amount = How much, in the unit (2, 1.5); or give {"--ml"} and {"--abv"}
help-use-add-unit = {"drinks"}, {"units"}, {"grams"}, {"times"} or {"money"} [default: the commitment's unit]
help-use-add-at = When [default: now]: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-use-add-planned = You planned it
help-use-add-unplanned = It wasn't planned (the default)
help-use-add-what = What, in your words ("beer", "wine")
help-use-add-where = Where (private)
help-use-add-with = With whom (private)
help-use-add-cost = What you spent
help-use-add-followed = The safer-use steps you followed, comma-separated (see {"`tend commitment add --help`"})
help-use-add-note = A private note (never in the summary)
help-use-add-ml = The converter: a drink's volume in ml, with {"--abv"}
help-use-add-abv = The converter: its strength, % alcohol by volume
help-use-list = Uses, newest first
help-use-list-commitment = Only this commitment's (name or id)
help-use-list-from = From this day
help-use-list-to = Up to this day
help-use-list-limit = At most this many [default: 30]
help-use-show = One use in full
help-use-edit = Change a use: the fields given change ("" clears a text)
help-use-edit-amount = { help-use-add-amount }
help-use-edit-commitment = { help-use-add-commitment }
help-use-edit-unit = { help-use-add-unit }
help-use-edit-at = { help-use-add-at }
help-use-edit-planned = { help-use-add-planned }
help-use-edit-unplanned = { help-use-add-unplanned }
help-use-edit-what = { help-use-add-what }
help-use-edit-where = { help-use-add-where }
help-use-edit-with = { help-use-add-with }
help-use-edit-cost = { help-use-add-cost }
help-use-edit-followed = { help-use-add-followed }
help-use-edit-note = { help-use-add-note }
help-use-edit-ml = { help-use-add-ml }
help-use-edit-abv = { help-use-add-abv }
help-use-delete = Delete a use (asks first; {"--yes"} skips the question); a growth entry it wrote stays
help-use-delete-yes = { -help-yes }
help-tracker-add = Add a tracker, after your others in the check-in; {"--preset"} makes one with one word
help-tracker-add--after = Presets: {"self-harm-urge"} (0 to 5, a safety tracker, acted on asked), {"urge-to-use"} (0 to 5, acted on asked), {"skills-used"} (yes or no), {"exercise"} (minutes), {"prayer-meditation"} (yes or no). Flags given change the preset.
help-tracker-add-name = Its name, in your words [default with {"--preset"}: the preset's]
help-tracker-add-preset = Start from a preset: {"self-harm-urge"}, {"urge-to-use"}, {"skills-used"}, {"exercise"} or {"prayer-meditation"}
help-tracker-add-kind = {"yes-no"}, {"rating"}, {"number"} or {"time"} (a time of day, {"HH:MM"})
help-tracker-add-scale = A rating's scale, like {"0-5"} [default: {"0-10"}]
help-tracker-add-low = A rating's word at its low end ("none")
help-tracker-add-high = A rating's word at its high end ("extreme")
help-tracker-add-unit = A number's unit ("minutes", "pages")
help-tracker-add-shared = Show it in the counselor summary's diary card
help-tracker-add-not-shared = Keep it out of the summary's diary card (the default)
help-tracker-add-safety = A safety tracker: an answer at or above its threshold shows your contacts and crisis lines, and the summary's first page notes it, shared or not
help-tracker-add-no-safety = Not a safety tracker
help-tracker-add-threshold = Where safety answers start [default: the top of the scale, or yes]
help-tracker-add-acted-on = Each answer also asks whether you acted on it (the DBT diary card's urges)
help-tracker-add-no-acted-on = Don't ask whether you acted on it
help-tracker-list = Your trackers, in the check-in's order
help-tracker-list-all = Archived ones too
help-tracker-show = One tracker and its answers [default: the last 30 days]
help-tracker-show-tracker = The tracker, by name or number
help-tracker-show-from = From this day
help-tracker-show-to = Up to this day
help-tracker-edit = Change a tracker: the flags given change (its answers must still fit it)
help-tracker-edit-tracker = { help-tracker-show-tracker }
help-tracker-edit-name = A new name
help-tracker-edit-position = Its place in the check-in (1: first)
help-tracker-edit-kind = {"yes-no"}, {"rating"}, {"number"} or {"time"} (a time of day, {"HH:MM"})
help-tracker-edit-scale = A rating's scale, like {"0-5"} [default: {"0-10"}]
help-tracker-edit-low = A rating's word at its low end ("none")
help-tracker-edit-high = A rating's word at its high end ("extreme")
help-tracker-edit-unit = A number's unit ("minutes", "pages")
help-tracker-edit-shared = Show it in the counselor summary's diary card
help-tracker-edit-not-shared = Keep it out of the summary's diary card (the default)
help-tracker-edit-safety = A safety tracker: an answer at or above its threshold shows your contacts and crisis lines, and the summary's first page notes it, shared or not
help-tracker-edit-no-safety = Not a safety tracker
help-tracker-edit-threshold = Where safety answers start [default: the top of the scale, or yes]
help-tracker-edit-acted-on = Each answer also asks whether you acted on it (the DBT diary card's urges)
help-tracker-edit-no-acted-on = Don't ask whether you acted on it
help-tracker-archive = Put a tracker away: the check-in stops asking it, its answers stay
help-tracker-archive-tracker = { help-tracker-show-tracker }
help-tracker-archive-on = From this day [default: today]
help-tracker-unarchive = Bring an archived tracker back, last in the check-in
help-tracker-unarchive-tracker = { help-tracker-show-tracker }
help-tracker-delete = Delete a tracker and all its answers (asks first; {"--yes"} skips the question); {"`tend tracker archive`"} keeps them
help-tracker-delete-tracker = { help-tracker-show-tracker }
help-tracker-delete-yes = { -help-yes }

## cli/med.rs

help-med-add = Add a medication with its dose and schedule (tend records what you say; it never suggests a dose)
help-med-add--after = Schedule: {"--times"} alone is every day; with {"--day"}, on those days; {"--every N"} every N days from the start; {"--monthly"} once a month on the start's day; {"--as-needed"} no schedule (doses logged with a reason). Adherence counts from the later of {"--start"} and today, or from the first dose you log if that is earlier.
help-med-add-name = The medication's name, as you call it
help-med-add-dose = The dose, in your words ("8 mg", "2 puffs")
help-med-add-times = Times of day, comma-separated ({"08:00,20:00"}); none: once a day at any time
help-med-add-day = Only on these weekdays, comma-separated ({"mon,thu"})
help-med-add-every = Every N days (1 to 365), counted from the start
help-med-add-monthly = Once a month, on the start date's day (an injection)
help-med-add-as-needed = Taken as needed: no dose is ever counted as due
help-med-add-prescriber = Who prescribes it: a person's name or id (a new name is added to your people as a prescriber)
help-med-add-start = The day you started [default: today]
help-med-add-end = The day you stop or stopped
help-med-add-addiction = It is for addiction treatment (buprenorphine, methadone, naltrexone…)
help-med-add-form = {"tablet"}, {"capsule"}, {"liquid"}, {"film"}, {"injection"}, {"patch"}, {"inhaler"} or {"other"}
help-med-add-note = A private note (never in the summary)
help-med-add-refill = The day you need a refill; Today shows it a few days before
help-med-take = Log a dose: taken now, or at {"--at"}; {"--late"} or {"--missed"} as it was
help-med-take-medication = The medication, by name or id
help-med-take-at = When [default: now]: {"YYYY-MM-DD HH:MM"} or {"RFC 3339"}
help-med-take-missed = You missed this dose
help-med-take-late = You took it late (it counts as taken)
help-med-take-reason = Why: an as-needed dose's reason, or why one was missed
help-med-take-note = { help-med-add-note }
help-med-list = Your medications, each with its adherence over 7, 30 and 90 days
help-med-show = One medication in full: its changes of dose or schedule, adherence, runs of missed doses
help-med-show-medication = { help-med-take-medication }
help-med-edit = Change a medication: the fields given change; a new dose or schedule is kept as history from {"--from"}
help-med-edit-medication = { help-med-take-medication }
help-med-edit-name = A new name
help-med-edit-dose = { help-med-add-dose }
help-med-edit-times = { help-med-add-times }
help-med-edit-day = { help-med-add-day }
help-med-edit-every = { help-med-add-every }
help-med-edit-monthly = { help-med-add-monthly }
help-med-edit-as-needed = { help-med-add-as-needed }
help-med-edit-daily = Back to every day (or the days of {"--day"})
help-med-edit-from = The day a new dose or schedule starts [default: today]
help-med-edit-prescriber = { help-med-add-prescriber }
help-med-edit-start = The day you started
help-med-edit-end = { help-med-add-end }
help-med-edit-addiction = { help-med-add-addiction }
help-med-edit-form = { help-med-add-form }
help-med-edit-note = { help-med-add-note }
help-med-edit-refill = { help-med-add-refill }
help-med-edit-no-addiction = It is not for addiction treatment
help-med-edit-no-end = Clear the end date
help-med-edit-no-refill = Clear the refill date
help-med-edit-no-prescriber = Clear the prescriber
help-med-delete = Delete a medication and its logged doses (asks first; {"--yes"} skips the question)
help-med-delete-yes = { -help-yes }
help-med-dose = The doses you logged: list, show, correct or delete one
help-med-dose-list = Doses logged, newest first [default: the last 30 days]
help-med-dose-list-medication = Only this medication's (name or id)
help-med-dose-list-from = From this day
help-med-dose-list-to = Up to this day
help-med-dose-show = One logged dose
help-med-dose-edit = Correct a logged dose: the fields given change
help-med-dose-edit-at = { help-med-take-at }
help-med-dose-edit-taken = You took it
help-med-dose-edit-missed = { help-med-take-missed }
help-med-dose-edit-late = { help-med-take-late }
help-med-dose-edit-reason = { help-med-take-reason }
help-med-dose-edit-note = { help-med-add-note }
help-med-dose-delete = Delete a logged dose (asks first; {"--yes"} skips the question)
help-med-dose-delete-yes = { -help-yes }

## cli/growth.rs

help-growth-add = Record a setback as a growth entry. It never erases your days in recovery
help-growth-add--after = { -help-limits }
help-growth-add-kind = {"slip"}, {"lapse"}, {"relapse"}, {"hard-day"} or {"over-plan"}
# $kinds: a line for each kind, its name and what it means
help-growth-add-kind--long =
    { help-growth-add-kind }:{ $kinds }
    Slip, lapse and relapse count the same for days on track; the word is yours.
help-growth-add-commitment = Which commitment, by id (needed when you have more than one)
help-growth-add-what = What happened
help-growth-add-warning-signs = Warning signs you noticed
help-growth-add-helped = What helped
help-growth-add-learned = What you learned
help-growth-add-next-time = What you will do next time
help-growth-add-reached-out = Who you reached out to
help-growth-add-trigger = A trigger involved, by id (repeat for more)
help-growth-list = Growth entries, oldest first
help-growth-show = One growth entry in full
help-growth-edit = Change a growth entry: the fields given change ("" clears a text); runs, milestones and bounce-back follow
help-growth-edit-kind = { help-growth-add-kind }
help-growth-edit-kind--long = { help-growth-add-kind--long }
help-growth-edit-commitment = Which commitment, by id
help-growth-edit-trigger = The triggers involved, by id (repeat; replaces the ones linked now)
help-growth-delete = Delete a growth entry (asks first; {"--yes"} skips the question)
help-growth-delete-yes = { -help-yes }

## cli/selfcheck.rs

help-self-check-take = Take a scale here, one item at a time (type the number of your answer)
help-self-check-take-name = {"PHQ-9"}, {"GAD-7"}, {"WHO-5"}, {"BARC-10"} or {"PACS"}
help-self-check-add = Save a result from answers you already have, in item order
help-self-check-add-name = { help-self-check-take-name }
help-self-check-add-answers = One number per item, comma-separated, e.g. 0,1,2,0,1,0,0,1,0
help-self-check-list = Your results, oldest first, with each scale's trend
help-self-check-list-scale = Only this scale
help-self-check-scales = The scales tend offers, where they come from, and when each is due again
help-self-check-delete = Delete a result (by the id {"`self-check list`"} gives; asks first)
help-self-check-delete-yes = { -help-yes }

## cli/stats.rs

help-stats-commitment = Only this commitment, by id

## cli/profile.rs

help-profile-show = Your profile and settings
help-profile-set = Change your name, recovery start date or day-start hour
help-profile-set-name = How tend greets you ("" clears it)
help-profile-set-recovery-start = When your recovery began
help-profile-set-day-start = The hour a new day starts (0 to 23; default 4, so 1 a.m. counts for the day before)

## cli/config.rs

help-config-path = Where the settings file is (it may not exist yet)
help-config-show = The settings in effect, as TOML; problems in the file go to {"stderr"}
help-config-show-keys = List every action the {"[keys]"} section can rebind, with its keys now
help-config-edit = Open the settings file in your editor (made from a commented template if new)

## cli/encryption.rs

help-encrypt-new-passphrase-fd = Read the new passphrase from this file descriptor (scripts)
help-encrypt-new-passphrase-file = Read the new passphrase from this file ({"TEND_NEW_PASSPHRASE_FILE"})
help-passphrase-new-passphrase-fd = { help-encrypt-new-passphrase-fd }
help-passphrase-new-passphrase-file = { help-encrypt-new-passphrase-file }

## cli/backup.rs

help-backup-path = Where to write the backup [default: the backups folder, named by date and time]
help-restore-path = The backup to restore (see {"`tend backups`"})

## cli/status.rs

help-status-format = {"short"} (for a prompt) or {"json"}

## cli/export.rs

help-export-summary = The counselor summary for a date range (journal text and notes only if you say so)
help-export-summary-from = First day [default: 29 days before {"--to"}]
help-export-summary-to = Last day [default: {"today"}]
help-export-summary-format = {"html"} (printable), {"md"}, {"csv"} (the diary card) or {"attendance"} (meetings attended, as CSV)
help-export-summary-include = Also share: {"journal"}, {"notes"}, {"setback-details"}, {"names"} (people in full, not initials), {"numbers"} (phone numbers, meeting places, contact details), {"use"} (the amounts of use: a use calendar, and the day's amount on the diary card), {"medications"} (each medication's doses taken of doses scheduled, its changes in dose or schedule and its missed doses)
help-export-summary-leave-out = Leave out what is shared by default: {"lessons"} (from setbacks)
help-export-summary-share-contacts = Count calls, messages and time with people as a group: each one you have not marked shared or private (one marked private never counts)
help-export-summary-output = Write here [default: {"stdout"} for {"md"}/{"csv"}; {"tend-summary-FROM-to-TO.html"} for {"html"}]
help-export-summary-force = Replace an existing file
help-export-summary-lang = The language the summary is written in: {"en"} or {"es"} ({"es-ES"} writes 7,5) [default: the language tend speaks]
help-export-data = Everything, as versioned JSON that {"`tend import`"} reads back

## cli/import.rs

help-import-file = The file to import (a jrnl folder journal: its folder)
help-import-from = What made the file: {"tend"} (a data export), {"daylio"} (CSV), {"jrnl"} (JSON export, journal file or folder) or {"dayone"} (JSON); told from the content when left out
help-import-mood-map = Daylio mood labels of your own: {"LABEL=N"} with {"N"} from 1 to 10 (repeat, or separate with commas)
help-import-skip-bad = Import the rows that can be read and list the others (by default a file with bad lines is refused whole)
help-import-dry-run = Show what would be imported (counts, dates, moods, first rows); write nothing

## cli/demo.rs

help-demo-years = Years of history to make up
help-demo-seed = The same seed always makes the same history
help-demo-entries = Exactly this many journal entries, up to 1,000,000 [default: a few a week]

## cli/sync.rs

help-sync-sync-passphrase-fd = Read the sync passphrase from this file descriptor (scripts)
help-sync-sync-passphrase-file = Read the sync passphrase from this file ({"TEND_SYNC_PASSPHRASE_FILE"})
help-sync-init = Set up sync in a new folder, with this device as its first
help-sync-init-dir = The folder your sync program carries (a Syncthing folder, a cloud drive, a git clone)
help-sync-init-name = This device's name, shown with words it edited [default: the host name]
help-sync-join = Join a sync folder another of your devices set up
help-sync-join-dir = { help-sync-init-dir }
help-sync-join-name = { help-sync-init-name }
help-sync-status = Where this device syncs, the devices seen, and what is waiting
help-sync-conflicts = Words kept aside when two devices edited the same thing
help-sync-dismiss = Dismiss words kept aside, once you have read them
help-sync-dismiss-yes = { -help-yes }
help-sync-forget-device = Retire a device that will not sync again: what it wrote goes on in this device's segments, and its folder may then be removed
help-sync-forget-device-device = The device's name, as {"`tend sync status`"} lists it (or its id)
help-sync-leave = Stop syncing on this device (the folder and your other devices are left as they are)
