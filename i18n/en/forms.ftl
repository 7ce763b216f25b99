# The TUI's forms: titles, field labels, hints under and in fields, the words of
# choices, what saving says, and the welcome, export and import forms.

## tui/forms/mod.rs

# A required field left empty; $field is its label.
form-needs-words = { $field } needs a few words
# $error says what changed; $save and $leave are keys.
form-changed-elsewhere = { $error }: { $save } saves yours over it, { $leave } leaves
# $save is a key.
form-file-exists = { $path } already exists: { $save } writes over it, or change the name
# The key hints under every form, after the keys they name.
form-hint-moves = moves
form-hint-chooses = chooses
form-hint-saves = saves
form-hint-leaves = leaves
# The star marks a field that must be filled in.
form-hint-needed = {"*"} needed
# The life domains as a choice shows them.

## tui/forms/adopt.rs

form-adopt-title = From your plan
# $words is the plan's line, as the person wrote it.
form-adopt-intro = Your plan says “{ $words }”. Keep it as a person (or a meeting) tend can count and list first when it matters? The plan keeps its line either way.
form-adopt-make = Make it
form-adopt-make-person = a person on your list
form-adopt-make-meeting = a meeting you go to
form-adopt-make-leave = leave it as it is
form-adopt-name = Name
form-adopt-roles = Roles
form-adopt-phone = Phone
form-adopt-emergency = Emergency contact
form-adopt-person-added = { $name } is on your People list now.
# $key edits the meeting on the Meetings tab.
form-adopt-meeting-added = { $name } is on your Meetings tab now; { $key } there adds its day and time.
form-adopt-left = Left as it is; tend won't ask about it again.

## tui/forms/checkin_day.rs

form-checkin-day-title = Check in for another day
form-checkin-day-intro = Which day? The check-in opens filled if that day has one, empty if not.
form-checkin-day-date = Day

## tui/forms/commitment.rs

form-commitment-title = Commitment
form-commitment-name = Commitment
form-commitment-name-hint = what you are recovering from or working toward
form-commitment-since = Since
form-commitment-note = Note
# $date is YYYY-MM-DD.
form-commitment-added = Added: { $name } since { $date }.
form-commitment-saved = Saved: { $name } since { $date }.
# $key: the key that opens the path form on the Commitments tab.
form-commitment-path-next = Its limits and checklist: { $key } on it.

## tui/forms/connection.rs

form-connection-title = A connection
form-connection-kind = Kind
form-connection-when = When
form-connection-when-hint = YYYY-MM-DD HH:MM
form-connection-meeting = Meeting
form-connection-with = With
form-connection-others = Also with
form-connection-others-hint = other names, comma-separated
form-connection-add-new = New names
form-connection-add-new-no = check them first
form-connection-add-new-yes = add them to People
# A name typed in Also with that is nobody on the People list.
form-connection-nobody = nobody called { $name } on your People tab (Plan screen); “New names” can add them
form-connection-close = nobody called { $name }: did you mean { $close }? Or “New names” can add them
form-connection-minutes = Minutes
form-connection-minutes-hint = how long, optional
form-connection-shared = I shared
form-connection-chaired = I chaired
form-connection-mood-before = Mood before
form-connection-mood-after = Mood after
form-connection-one-to-ten = 1 to 10
form-connection-connected = Connected
form-connection-connected-hint = how connected you feel, 1 to 10
form-connection-note = Note
form-connection-note-hint = private: never in the summary
form-connection-verified = Verified by
form-connection-verified-hint = who signed an attendance card
# Whether the counselor summary counts it.
form-connection-share = In the summary
form-connection-share-usual = as usual for its kind
# $kind is one of the kinds above; $date is YYYY-MM-DD.
form-connection-logged = Logged the { $kind } of { $date }. Connection counts.
# $names: the names added to the People list with it, comma-separated.
form-connection-logged-added = Logged the { $kind } of { $date }, and added { $names } to your People.
form-connection-saved = Saved the connection of { $date }.

## tui/forms/coping.rs

form-coping-title = Coping strategy
form-coping-name = Strategy
form-coping-name-hint = e.g. call a friend, a walk, a meeting
form-coping-how = How
form-coping-domain = Domain
form-coping-added = Added to your toolbox: { $name }.
form-coping-saved = Saved: { $name }.

## tui/forms/encounter.rs

form-encounter-title = Encounter
form-encounter-when = When
form-encounter-when-hint = YYYY-MM-DD HH:MM
form-encounter-trigger = Trigger
# The trigger choice when no trigger is named.
form-encounter-no-trigger = an urge, no trigger
form-encounter-urge-before = Urge before
form-encounter-urge-before-hint = 0 to 10
form-encounter-urge-after = Urge after
form-encounter-urge-after-hint = 0 to 10, optional
form-encounter-coping = Coping used
form-encounter-outcome = How it went
form-encounter-note = Note
# $date is YYYY-MM-DD.
form-encounter-logged = Logged the encounter of { $date }.
form-encounter-saved = Saved the encounter of { $date }.

## tui/forms/use_log.rs: a use, in the person's own unit and words

form-use-title = A use
form-use-commitment = Commitment
form-use-when = When
form-use-amount = Amount
form-use-amount-hint = how much, like {"2"} or {"1.5"}
form-use-unit = Unit
# The converter: a common drink (or none), how many, or its volume and strength.
form-use-drink = Drink
form-use-drink-none = none, or type the amount
form-use-count = How many
form-use-ml = Volume (ml)
form-use-abv = Strength (%)
form-use-what = What
form-use-what-hint = in your own words
form-use-where = Where
form-use-with = With whom
form-use-planned = Planned
form-use-cost = Cost
form-use-note = Note
form-use-checklist = My checklist
# $now: the present moment, YYYY-MM-DD HH:MM.
form-use-future = is later than now ({ $now }); tend keeps what has happened
form-use-no-commitment = choose a commitment
# $amount $unit of $name, $when (YYYY-MM-DD HH:MM).
form-use-line = { $amount } of { $name }, { $when }
form-use-logged = Logged { $line }.
form-use-saved = Saved { $line }.
form-use-setback-marked = It is that day's setback on the check-in; its growth entry waits for your words, when you're ready.

## tui/forms/path.rs: a commitment's path from a day on

# $name: the commitment.
form-path-title = Path of { $name }
form-path-path = Path
form-path-abstain-note = not using; a use is that day's setback
form-path-cut-down-note = your own limits; a day over them is information, not a verdict
form-path-safer-use-note = using as safely as you can, with the steps you choose
form-path-from = From
form-path-unit = Unit
form-path-per-day = Most a day
form-path-per-week = Most a week
form-path-free-days = Use-free days
form-path-free-days-hint = a week, 0 to 7
form-path-heavy-at = Heavy day at
form-path-heavy-at-hint = optional, for the use calendar
form-path-price = Price
form-path-price-hint = optional, what one unit costs
form-path-usual = Usual week
form-path-usual-hint = optional, how much in a week before
form-path-checklist = My checklist
# $path: abstain, cut down or safer use; $date YYYY-MM-DD.
form-path-saved = { $name }: { $path } from { $date }. What came before is kept.

## tui/forms/goal.rs

form-goal-title-new = New goal
form-goal-title-edit = Edit goal
form-goal-goal = Goal
form-goal-domain = Domain
form-goal-kind = Kind
form-goal-per-week = Times a week
form-goal-per-week-hint = habits: 1 to 7
form-goal-steps = Steps
# The steps are typed with a semicolon between them.
form-goal-steps-hint = milestones: steps separated by ;
form-goal-why = Why it matters
form-goal-target = Target date
form-goal-target-hint = optional: YYYY-MM-DD
form-goal-saved = Saved goal: { $title }
form-goal-added = Added goal: { $title }. Small steps count.

## tui/forms/goal_mark.rs

form-goal-mark-title = Progress mark
form-goal-mark-date = Done on
form-goal-mark-note = Note
# $date is YYYY-MM-DD.
form-goal-mark-saved = Saved the mark of { $date }.
# Logging a goal for a chosen day; $date: the day ("Saturday 21 November").
form-goal-log-title = Log “{ $title }”
form-goal-log-saved = Logged “{ $title }” for { $date }. Well done.
form-goal-log-step = Step { $step } of “{ $title }” done on { $date }. Well done.
form-goal-log-already = “{ $title }” is already logged for { $date }.

## tui/forms/growth.rs

form-growth-title = Growth entry
form-growth-intro = A setback is part of the journey. Your days in recovery and every day on track still count.
form-growth-intro-over-plan = A day over your plan is information, not a verdict. Nothing is taken back: your days within the plan still count.
form-growth-kind = Kind
form-growth-date = Date
form-growth-commitment = Commitment
# The commitment choice for a setback that concerns every commitment.
form-growth-all-commitments = all of them
form-growth-what-happened = What happened
form-growth-noticed = What I noticed before
form-growth-noticed-hint = warning signs
form-growth-helped = What helped
form-growth-learned = What I learned
form-growth-next-time = Next time I will
form-growth-reached-out = Who I reached out to
# Said after correcting a growth entry written before.
form-growth-corrected = Growth entry saved. Your runs and milestones follow it.
form-growth-saved = Saved. It's on your Progress timeline; every day you've lived still counts.

## tui/forms/meeting.rs

form-med-title = A medication
form-med-intro = tend records what you say you take; it never suggests a dose.
form-med-name = Name
form-med-dose = Dose
form-med-dose-hint = as you write it: 8 mg, 2 puffs
form-med-form = Form
form-med-schedule = Schedule
form-med-times = Times
form-med-times-hint = HH:MM, comma-separated; empty: any time of day
form-med-days = Days
form-med-every = Every N days
form-med-from = Dose and schedule from
form-med-prescriber = Prescriber
form-med-new-prescriber = Or a new prescriber
form-med-new-prescriber-hint = a name, added to your people
form-med-start = Start
form-med-end = End
form-med-end-hint = YYYY-MM-DD, optional
form-med-addiction = For addiction treatment
form-med-refill = Refill date
form-med-refill-hint = YYYY-MM-DD, optional
form-med-note = Note
form-med-added = Added { $name }.
form-med-saved = Saved { $name }.
form-med-saved-from = Saved { $name }: the new dose and schedule count from { $date }.
form-dose-title = A dose
form-dose-medication = Medication
form-dose-status = What happened
form-dose-when = When
form-dose-reason = Why
form-dose-reason-hint = optional: why it was missed or late
form-dose-reason-as-needed = what it was for (taken as needed)
form-dose-note = Note
form-dose-logged = Logged for { $name }: { $line }.
form-dose-saved = Saved for { $name }: { $line }.

form-meeting-title = A meeting you go to
form-meeting-name = Meeting
form-meeting-fellowship = Fellowship
form-meeting-format = Format
form-meeting-day = Days
form-meeting-every-other-week = Every other week
form-meeting-time = Time
form-meeting-time-hint = HH:MM, optional
form-meeting-place = Where
form-meeting-place-hint = a place or a link
form-meeting-home = Home group
form-meeting-added = Added { $name }.
form-meeting-saved = Saved { $name }.

## tui/forms/tracker.rs

form-tracker-title = A tracker of your own
form-tracker-title-edit = Your tracker
form-tracker-intro = You choose what to track; the check-in asks it every day, after its own fields.
form-tracker-name = Name
form-tracker-kind = Kind
form-tracker-lowest = Scale from
form-tracker-lowest-hint = a rating's lowest, 0 if empty
form-tracker-highest = Scale to
form-tracker-highest-hint = a rating's highest, 10 if empty
form-tracker-low = Low end
form-tracker-low-hint = what the lowest means, e.g. none
form-tracker-high = High end
form-tracker-high-hint = what the highest means, e.g. extreme
form-tracker-unit = Unit
form-tracker-unit-hint = a number's unit, e.g. minutes
form-tracker-acted-on = Ask if I acted on it
form-tracker-shared = On the counselor summary
form-tracker-safety = Safety tracker
form-tracker-threshold = Crisis plan from
form-tracker-threshold-hint = the top of the scale if empty
form-tracker-added = Added { $name }. The check-in asks it from today.
form-tracker-saved = Saved { $name }.

## tui/forms/person.rs

form-person-title = Someone who supports you
form-person-name = Name
form-person-name-hint = a first name or an initial is enough
form-person-roles = Roles
form-person-phone = Phone
form-person-every = Keep in touch
form-person-every-hint = every N days, optional
form-person-emergency = Emergency contact
form-person-from = In this role from
form-person-from-hint = optional: YYYY-MM-DD
form-person-to = Until
form-person-to-hint = optional: a sponsor can change
form-person-note = Note
form-person-added = Added { $name }.
form-person-saved = Saved { $name }.

## tui/forms/plan_item.rs

# $section is the plan section's title.
form-plan-item-title-add = Add to · { $section }
form-plan-item-title-edit = Edit · { $section }
form-plan-item-text = Text
form-plan-item-detail = Detail
form-plan-item-detail-hint = a number, a place, or how to do it
form-plan-item-stage = Stage
form-plan-item-person = Person
form-plan-item-saved = Saved: { $text }
form-plan-item-added = Added to { $section }: { $text }

## tui/forms/trigger.rs

form-trigger-title-new = New trigger
form-trigger-title-edit = Trigger
form-trigger-name = Trigger
form-trigger-name-hint = a person, place, thing, feeling or time
form-trigger-category = Category
form-trigger-origin = Comes from
form-trigger-origin-external = outside me
form-trigger-origin-internal = inside me
form-trigger-coping = Coping step
form-trigger-coping-hint = what you will do when it comes (added to your toolbox)
form-trigger-add-coping = Add a coping step
form-trigger-add-coping-hint = optional: another thing you will do when it comes
form-trigger-notes = Notes
form-trigger-saved = Saved trigger: { $name }.
form-trigger-added = Added trigger: { $name }. Naming it is a strength.

## tui/forms/export.rs

form-export-title = Counselor summary
form-export-intro = Lessons from setbacks are in unless you say no; everything else personal, people's names and phone numbers stay out unless you say yes. The preview is what your counselor will read.
# The preview pane's title; $keys are the keys that scroll it.
form-export-preview-title = Preview · { $keys } scroll
# In place of the preview when the choices make none; $error says why.
form-export-no-preview = (no preview: { $error })
form-export-range = Range
form-export-range-last = { $count ->
    [one] last { $count } day
   *[other] last { $count } days
}
form-export-range-dates = these dates
form-export-from = From
form-export-to = To
# $from_label and $to_label are the From and To fields' labels; the dates are YYYY-MM-DD.
form-export-from-after-to = { $from_label } ({ $from }) is after { $to_label } ({ $to })
form-export-journal = Share journal entries
form-export-notes = Share check-in notes
form-export-details = Share setback details
form-export-names = Name people in full
form-export-numbers = Share numbers, places
form-export-use = Share amounts of use
form-export-medications = Share medications
form-export-lessons = Share setback lessons
form-export-contacts = Count calls and visits
form-export-format = Format
form-export-format-html = html (to print)
form-export-format-markdown = markdown
form-export-format-csv = csv (diary card)
form-export-format-attendance = csv (meetings attended)
form-export-language = Summary in
form-export-language-en = English
form-export-language-es = Spanish (español)
form-export-path = Save as
form-export-path-hint = empty: a name made from the dates
# Under the fields: the folder a file named without one is saved in.
form-export-folder = Saved in { $path }
# $from and $to are YYYY-MM-DD.
form-export-written = Wrote the summary of { $from } to { $to } to { $path } (only you can read it).
# The Export screen before the form opens; $key is a key.
form-export-invite = Make a summary to share with your counselor.
form-export-invite-open = { $key } chooses the dates and what to share, then writes the file.
form-export-invite-private = Journal text, notes, names and numbers stay out unless you say yes.
form-export-invite-import = { $key } imports history from Daylio, jrnl or Day One (with a preview).
form-export-last = Written, readable by you only: { $path }
# $hints names the key that opens the form, then form-export-hint-start.
form-export-screen-title = Export · { $hints }
form-export-hint-start = to start

## tui/forms/import.rs

form-import-title = Import history
form-import-intro = Bring in what you wrote in Daylio, jrnl or Day One, or a tend data file. Importing the same file again changes nothing.
# The preview before a file is named.
form-import-empty =
    Name a file to see what would be imported: how many rows, their dates, how moods are read and the first entries. Nothing is written until you save.

    Daylio: the CSV from Settings › Export entries.
    jrnl: the journal file, its folder, or {"`jrnl --export json`"}.
    Day One: the export's .zip or its Journal.json.
    tend: a file from {"`tend export data`"}.
form-import-path = File or folder
form-import-path-hint = e.g. {"~/Downloads/daylio_export.csv"}
form-import-from = From
# The From choice that tells the kind of file from the file itself.
form-import-from-auto = auto (told from the file)
form-import-moods = Mood labels
# great and meh stand for the person's own Daylio mood names.
form-import-moods-hint = your own Daylio moods, 1 to 10: great=9,meh=5
form-import-skip-bad = Skip bad lines
form-import-nothing-there = There is no file or folder at { $path }.
# $field is the From field's label; $source is the value to choose there (jrnl).
form-import-folder = { $path } is a folder: set { $field } to { $source } to read it as a jrnl folder journal (every .txt file in it).
form-import-not-a-file = { $path } is not a file.
# An import's refusal in the form's words. Followed by an example mood list.
form-import-in-moods = in { $field }, like
# "yes" is the Skip bad lines field's choice.
form-import-set-skip-bad = set { $field } to yes to import the other rows
# Followed by the value to choose.
form-import-set-from = set { $field } to
# Followed by the values to choose from.
form-import-set-from-one-of = set { $field } to one of
# The first line of a longer refusal, the whole of which the preview shows.
form-import-first-line = { $first } (all of it in the preview)
# $why is the import's refusal, one or more lines.
form-import-not-importable =
    Not importable as it is:
    { $why }

## tui/forms/welcome.rs

form-welcome-title = Welcome to tend
# $down, $save and $back are keys.
form-welcome-intro = A private place for your recovery, on this computer only. A few things to start with; { $down } moves, { $save } saves, { $back } skips (you can add all of this later). Coming from Daylio, jrnl or Day One? The last field brings your history in next.
form-welcome-name = Your name
form-welcome-name-hint = optional: how tend greets you
form-welcome-toward = Working toward
form-welcome-toward-hint = e.g. Alcohol, Gambling, My mental-health plan
form-welcome-since = Since
form-welcome-reason = A reason
form-welcome-reason-hint = why your recovery matters to you
form-welcome-another = Another reason
form-welcome-optional = optional
form-welcome-supporter = Someone who supports you
form-welcome-supporter-hint = optional: a name
form-welcome-role = They are your
form-welcome-number = Their number
form-welcome-helps = Something that helps
form-welcome-helps-hint = optional: a coping step, like a walk
form-welcome-history = Then import history
form-welcome-history-no = no
form-welcome-history-yes = yes: from Daylio, jrnl or Day One
form-welcome-done = You're set up. Welcome — one day at a time.
form-welcome-done-import = You're set up. Now the history you bring with you.
form-welcome-skipped = Skipped for now. Your plan and commitments can be added any time.
