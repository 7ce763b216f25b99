# screens
# The nine main screens' words: one section per file under src/tui/screens.

## tui/screens/mod.rs

# How a meeting is held, in a list of a meeting's details or a week's mix.
# A life domain as a word inside a line ("domain: physical", "physical 6").

## tui/screens/today.rs

today-title = Today
today-hint-check-in = check in
today-hint-write = write
today-hint-growth = growth entry
today-hint-self-check = self-check
today-hint-crisis = crisis plan
# $date: today, as "Monday 23 November 2026".
today-welcome = Welcome back. { $date }
today-welcome-name = Welcome back, { $name }. { $date }
# The very first time the app opens (the journal was new).
today-welcome-first = Welcome. { $date }
today-welcome-first-name = Welcome, { $name }. { $date }
today-nothing-to-count = Nothing to count yet: add what you're working toward on the Plan screen ({ $key }), under Commitments.
# After the commitment's name. $run: "current run 23 days" or "a fresh start today"; $on_track: "175 days".
today-commitment = day { $day } · { $run } · { $on_track } on track
# On a cut-down path: $within "20 days" (never reset); $week: today-use-week or today-use-week-limit.
today-commitment-cut-down = { $within } within my plan · { $week }
# On a safer-use path: $week as above.
today-commitment-safer-use = day { $day } · { $week }
# The last 7 days: $total (of the weekly $limit) and $free use-free days.
today-use-week-limit = { $total } of { $limit } over 7 days · { $free ->
    [one] { $free } use-free day
   *[other] { $free } use-free days
}
today-use-week = { $total } { $unit } over 7 days · { $free ->
    [one] { $free } use-free day
   *[other] { $free } use-free days
}
today-checkin-waiting = ○ Today's check-in is waiting: press { $key } (about 30 seconds).
# $mood and $craving: a number from 0 to 10, or "–".
today-checked-in = ✓ Checked in today: mood { $mood }, craving { $craving }. { $key } updates it.
today-intention = Today's intention: { $intention }
# $kind: the kind of setback ("slip", "hard day").
# $doses: today-dose-at or today-dose-any-time, joined; $next: the first one's name.
today-doses-due = Doses due: { $doses } · { $key } marks { $next } taken
today-dose-at = { $what } at { $time }
today-dose-any-time = { $what }, any time today
today-refill-due = { $days ->
    [0] Your refill of { $name } is due today.
    [1] Your refill of { $name } is due tomorrow, { $date }.
   *[other] Your refill of { $name } is due in { $days } days, on { $date }.
}
today-dose-taken = Recorded: { $what } taken at { $time }. To correct it: { $key }, Medications.
today-no-dose-due = No dose is due today that isn't logged yet.
today-reflection-today = Your { $kind } today is recorded; { $key } writes what you noticed, when you're ready.
today-reflection-on = Your { $kind } on { $date } is recorded; { $key } writes what you noticed, when you're ready.
today-kept-entries = { $count ->
    [one] { $count } journal entry
   *[other] { $count } journal entries
}
today-kept-checkins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
today-kept-both = { $entries } and { $checkins }
# $mark: the mark beside such words; $what: "2 journal entries and 1 check-in".
today-kept-beside = { $mark } Words from another device are kept beside { $what }: marked { $mark } where you read them.
today-kept-aside = { $mark } Words from another device are kept aside: see {"`tend sync conflicts`"}
# A habit this week: $mark is ✓ when done, · otherwise.
today-habit = { $mark } { $done }/{ $target } this week  { $title }
today-milestone = · { $done }/{ $target } steps, due { $due }  { $title }
today-this-week = This week
today-own-words = In your own words
# One of the person's own reasons or lessons, quoted.
today-own-words-quote = “{ $words }”
today-today = today
today-tomorrow = tomorrow
# $when: "today", "tomorrow" or a weekday.
today-next-meeting = Next meeting: { $name }, { $when }
today-next-meeting-at = Next meeting: { $name }, { $when } at { $time }
today-reach-out-since = { $name } ({ $days } since)
# $people: names, with how long since each.
today-reach-out = Time to reach out: { $people } · { $key } logs it
# $scale: the self-check's name ("PHQ-9").
today-self-check-due = ○ Your last { $scale } was on { $date }. Press { $key } to take it again, if you'd like.
today-on-this-day = On this day in { $year }

## tui/screens/checkin.rs

checkin-title = Check-in
# Where words kept aside from another device are, in "No words … are kept beside { $beside }."
checkin-dismiss-beside = the check-in of { $date }
# One day in the list; $mood and $craving are padded to two characters.
checkin-row = { $date }  mood { $mood }  craving { $craving }
checkin-kept-beside = Kept beside the check-in of { $date }
checkin-hint-correct = correct
checkin-hint-delete = delete
# The list's title; $hints: the keys and what they do.
checkin-days = Days · { $hints }
checkin-done-today = ✓ You checked in today.
checkin-update = { $key } updates today's check-in.
checkin-not-yet = ○ No check-in yet today.
checkin-invitation = Press { $key }: rate mood, craving and the five domains, mark HALT, add a few words.
# $date: the day shown ("Saturday 21 November").
checkin-done-day = ✓ Checked in for { $date }.
checkin-update-day = { $key } corrects this day's check-in.
checkin-none-day = ○ No check-in for { $date }.
checkin-invitation-day = Press { $key } to check in for that day.
# $days: the keys that show the day before or after; $typed: the key that asks for a date.
checkin-other-days = { $days } the day before or after · { $typed } pick a date

## tui/screens/journal.rs

# $mark: the pin's mark (◆).
journal-pinned = Pinned: it stays marked { $mark } in your journal.
journal-unpinned = Unpinned.
# Where words kept aside from another device are, in "No words … are kept beside { $beside }."
journal-dismiss-beside = this entry
journal-no-match-search = No entries mention that. { $key } shows them all again.
journal-empty = No entries yet. Press { $key } to write your first.
journal-no-match = No entries match.
# After the key that opens the entry under the cursor.
journal-hint-reads = reads
journal-kept-beside = { $mark } Words from another device are kept beside this entry: { $key } reads them.
# In the title while a search is typed; ▏ is the cursor.
journal-typing = search: { $query }▏
journal-matching = matching “{ $query }”
journal-domain = domain: { $domain }
journal-tag = tag: #{ $tag }
journal-no-tags = No entry has a tag yet.
# The tag picker: every tag in use, typed letters narrowing it.
journal-tags-title = Tags · { $count ->
    [one] { $count } in use
   *[other] { $count } in use
} · type to narrow
# $typed: the letters typed so far; ▏ is the cursor.
journal-tags-narrowed = Tags with “{ $typed }▏” · { $count }
journal-tags-none-match = No tag has those letters. {"Backspace"} takes one back.
journal-tags-all = every entry (no tag filter)
journal-tags-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
# $search, $filters, $new: the keys that search, filter and write.
journal-title = Journal · { $search } search · { $filters } filter · { $new } new
# $what: what the list is narrowed to; $key clears it.
journal-title-narrowed = Journal · { $what } · { $key } clears

## tui/screens/entry.rs

entry-mood = mood { $mood }
# $edit: the key that edits here; $external: the key that edits in the person's own editor.
entry-title = Entry { $id } · { $edit } edits here · { $external } in {"$EDITOR"}

## tui/screens/goals.rs

goals-title = Goals
# $status: the goal's new status ("paused", "achieved").
goals-status-now = “{ $title }” is now { $status }.
goals-empty = No goals yet. Press { $key } to add one: a habit (times a week) or a milestone (steps).
# A habit's progress this week, in brackets after its title.
goals-habit = { $done }/{ $target } this week
# A milestone's steps done, in brackets after its title.
goals-milestone = { $done }/{ $target } steps
goals-hint-add = add
goals-hint-edit = edit
goals-hint-log-today = log today
goals-hint-log-day = a day
goals-hint-status = status
goals-hint-delete = delete
goals-hint-correct = correct
goals-hint-back = back
goals-list-title = Goals · { $hints }
# A progress mark without a note.
goals-mark-done = done
goals-marks = Marks
goals-marks-title = Marks · { $hints }
goals-marks-to-correct = Marks · { $key } to correct
goals-no-marks = No marks yet.
goals-every-step-done = Every step is done. Press { $key } to mark it achieved.
goals-already-logged = “{ $title }” is already logged for today. Its marks are one { $key } away.
goals-step-done = Step { $step } of “{ $title }” done. Well done.
goals-logged = Logged “{ $title }” for today. Well done.
goals-why = Why: { $why }

## tui/screens/plan.rs

# After a section of the plan with nothing in it yet.
plan-section-empty = (empty: { $key } adds)
# Said quietly under the "If I slip" section, on the crisis view's safety page and once in
# the use form after a break (REFERENCE.md, "Tolerance after a break"). No doses.
harm-tolerance-after-break = After a break, tolerance drops: the same amount carries more risk.
# A warning sign's stage, in brackets before it.
plan-hint-add = add
plan-hint-edit = edit
plan-hint-move = move
plan-hint-delete = delete
# A coping step taken out of the plan (d on it): the strategy itself stays.
plan-coping-taken-out = "{ $name }" is out of your plan and still in your coping toolbox. { $key } puts it back.

## tui/screens/library.rs

# The Plan screen's tabs.
library-tab-plan = My plan
library-tab-triggers = Triggers
library-tab-coping = Coping
library-tab-encounters = Encounters
library-tab-commitments = Commitments
library-tab-medications = Medications
library-tab-people = People
library-tab-meetings = Meetings
library-tab-trackers = Trackers
# The lists' titles, before the keys that change them.
library-triggers = Triggers
library-coping = Coping toolbox
library-encounters = Encounters, newest first
library-commitments = Commitments
library-people = People who support you
library-meetings = Meetings you go to
library-trackers = Your trackers
library-hint-add = add
library-hint-correct = correct
library-hint-delete = delete
library-hint-log-use = log a use
library-hint-path = path
library-hint-add-own = add your own
library-hint-archive = archive
# $what: the list; $hints: the keys and what they do.
library-list-title = { $what } · { $hints }
# $count: the people and contacts the plan names that the People list lacks.
library-adopt = Your plan names { $count ->
    [one] one person or contact that isn't
   *[other] { $count } people or contacts that aren't
} on this list. { $key } takes them one at a time: keep each as a person (or a meeting), or leave it as it is. The plan keeps its lines.
library-from-plan = From your plan
library-empty = Nothing here yet. { $key } adds the first.
# An encounter with no trigger named.
library-an-urge = an urge
# One encounter: when, the urge before → after (0–10 or –), how it ended, the trigger.
library-encounter = { $when }  urge { $before } → { $after }  { $outcome }  { $trigger }
library-home-group = home group
library-emergency-contact = emergency contact
library-no-coping-step = no coping step yet
# One trigger: its name, kind and origin, then its coping steps ($plan).
library-trigger = { $name } ({ $category }, { $origin })  { $plan }
# $by: how much the urge changed on average, to one decimal.
library-urge-down = urge down { $by } on average
library-urge-up = urge up { $by } on average
# How often a coping strategy was used, and how many of those urges passed.
library-used = used { $count ->
    [one] { $count } time
   *[other] { $count } times
}, { $passed } passed
# $since: the ISO date it started; $days: "30 days".
library-commitment = { $name }  since { $since } ({ $days })
## tui/screens/trackers.rs

# The quiet line before the presets not added yet; $key adds the one under the cursor.
library-trackers-presets = Ready to add, one key each ({ $key }):
# A tracker's row: its name, then these parts. $low, $high: a rating's scale.
library-tracker-rating = a rating { $low }–{ $high }
library-tracker-number-unit = a number in { $unit }
# $value: where its answers bring the crisis plan ("5", "yes").
library-tracker-safety = safety at { $value }
library-tracker-shared = on the summary
library-tracker-archived-on = archived { $date }
library-tracker-added = Added { $name }. The check-in asks it from today, after your own fields.
library-tracker-archived = { $name } is archived: the check-in won't ask it, and its answers stay. { $key } undoes.
library-tracker-back = { $name } is back in the check-in, last.

meds-title = Medications
meds-hint-log-dose = log a dose
meds-records-only = tend records what you say about your medications; it never suggests a dose. Ask your prescriber about any change.
# $schedule: the dose and schedule in words ("12 mg, every day at 08:00").
meds-row = { $name } · { $schedule }
meds-addiction = for addiction treatment
meds-prescribed-by = prescribed by { $name }
meds-since = Since { $from }
meds-from-to = From { $from } to { $to }
# $windows: meds-adherence-window, joined with " · ".
meds-adherence = Doses taken: { $windows }
meds-adherence-window = { $scheduled ->
    [0] none due yet in { $days } days
   *[other] { $taken } of { $scheduled } in { $days } days
}
meds-as-needed = Taken as needed: { $windows }
meds-as-needed-window = { $count ->
    [one] once in { $days } days
   *[other] { $count } times in { $days } days
}
meds-counting-from = Counted from { $date }, when tend's record of it begins.
meds-missed-run = { $count } doses in a row not taken, { $first } to { $last }.
meds-changed = Changed on { $date }: { $after } (before: { $before }).
meds-refill = Refill on { $date }.

## tui/screens/progress.rs

# The Progress screen's views.
progress-tab-30 = 30 days
progress-tab-90 = 90 days
progress-tab-365 = 365 days
progress-tab-calendar = Year calendar
progress-tab-timeline = Growth timeline
progress-tab-self-checks = Self-checks
progress-hint-view = view
# What ↑↓ do on a chart view: choose what the chart shows.
progress-hint-measure = what the chart shows
progress-hint-week = week
progress-hint-day = day
progress-hint-leave = leave
progress-hint-walk = walk the days
# The key that shades the calendar by the amount used each day, or back by mood.
progress-hint-by-amount = by amount
progress-hint-by-mood = by mood
# The key that shades the calendar by one of the person's own trackers next.
progress-hint-by-tracker = by { $name }
progress-hint-correct = correct
progress-hint-delete = delete
progress-hint-add = add
progress-title = Progress · { $hints }
progress-day-of-recovery = Day { $day } of your recovery
# $days: "180 days"; $to_go: "5 days".
progress-next-milestone = { $days } ({ $to_go } to go)
# $on_track, $longest: "175 days"; $run: "current run 23 days" or "a fresh start today"; $next: the next milestone or "–".
progress-commitment = { $name }: { $on_track } on track · { $run } · longest { $longest } · next { $next }
# A cut-down path: $within and $over "20 days" since $since (a date), never reset.
progress-commitment-cut-down = { $name }: { $within } within my plan · { $over } over my plan · since { $since }
# A safer-use path since $since; $checklist: progress-use-checklist or progress-use-no-checklist.
progress-commitment-safer-use = { $name }: safer use since { $since } · { $checklist }
progress-use-checklist = checklist followed { $followed } of { $recorded ->
    [one] { $recorded } use
   *[other] { $recorded } uses
}
progress-use-no-checklist = no checklist recorded yet
# $total, $limit: amounts ("6", "1.5"); $unit: "standard drinks".
progress-use-week-limit = { $total } of { $limit } { $unit } in the last 7 days
progress-use-week = { $total } { $unit } in the last 7 days
# $free: use-free days of $days counted.
progress-use-free = { $free ->
    [one] { $free } use-free day
   *[other] { $free } use-free days
} of { $days }
# The trend over a chart's window ($window: "30 days"): the total and the average a week.
progress-use-trend = { $window }: { $total } { $unit }, { $per_week } a week
# The change from the window before; said as a fact, never "better" or "worse".
progress-use-fewer = { $diff } fewer than the { $window } before
progress-use-more = { $diff } more than the { $window } before
progress-use-same = the same as the { $window } before
# $free: progress-use-free; $before: use-free days in the window before.
progress-use-free-before = { $free } ({ $before } in the { $window } before)
progress-use-heavy = { $count ->
    [one] { $count } heavy day
   *[other] { $count } heavy days
}
# Money, over the last 30 days: spent, and saved against the person's usual week.
progress-use-spent = { $spent } spent in the last 30 days
progress-use-saved = { $saved } saved against your usual week
progress-use-spent-more = { $more } more than your usual week
# $window: "30 days"; days with a check-in of the days counted.
progress-adherence = { $window }: { $checked } of { $counted }
progress-checked-in = Checked in · { $windows }
progress-no-setbacks = No setbacks recorded. If one comes, it will show here as a growth entry.
progress-timeline-empty-title = Growth timeline · { $key } adds a growth entry
progress-timeline-title = Growth timeline · newest first · { $hints }
# After a growth entry; $days: "4 days".
progress-bounce-back = mood back to your usual in { $days }
# The labels of a growth entry's answers.
progress-what-happened = What happened:
progress-warning-signs = What I noticed before:
progress-what-helped = What helped:
progress-learned = What I learned:
progress-next-time = Next time I will:
progress-reached-out = Who I reached out to:

## tui/screens/progress/calendar.rs

# The calendar's title: $date is its first Monday; $hint the keys that walk its days.
progress-year-since = Your year since { $date } · { $hint }
# Under the calendar: what each cell's mark means. Keep the marks (· ░ ▒ ▓ █ ◆).
progress-legend = · no check-in  ░ mood 1–3  ▒ 4–5  ▓ 6–7  █ 8–10  ◆ growth entry
# The same legend when the cells are wide enough to show connections (•) too.
progress-legend-wide = · no check-in  ░ mood 1–3  ▒ 4–5  ▓ 6–7  █ 8–10  ◆ growth entry  • a connection
# The use calendar's title: $name, a commitment, shaded by each day's amount in $unit ("standard drinks"); $hint as above.
progress-amount-title = { $name } by amount ({ $unit }) · { $hint }
# The calendar shaded by one of the person's own trackers, and what its marks mean.
progress-tracker-title = { $name }, each day · { $hint }
# $low, $high: a rating's two ends with its words ("0 none", "5 extreme").
progress-tracker-legend-rating = · no answer  ○ { $low }  ░ ▒ ▓ higher  █ { $high }
progress-tracker-legend-yes-no = · no answer  ○ { $no }  █ { $yes }
# $most: the most answered in the year ("60 minutes").
progress-tracker-legend-number = · no answer  ○ 0  ░ ▒ ▓ more  █ { $most }
progress-tracker-legend-time = · no answer  ▓ answered
# Under the use calendar: what each mark means. Keep the marks (○ ░ ▓ █ ·).
progress-amount-legend-free = ○ use-free
progress-amount-legend-within = ░ within my plan
progress-amount-legend-some = ░ some use
progress-amount-legend-over = ▓ over my plan
# $amount: the heavy-day amount the person set.
progress-amount-legend-heavy = █ { $amount } or more
progress-amount-legend-uncounted = · before it began
# The day under the use calendar's cursor: $amount in $unit, and what the person logged.
progress-day-use = { $name }: { $amount } { $unit }
progress-day-use-what = { $name }: { $amount } { $unit } · { $what }
progress-day-no-use = { $name }: use-free
# A day under the calendar's cursor: $ratings is "mood 6 · craving 3 · …".
progress-day-checkin = Check-in: { $ratings }
progress-day-no-checkin = No check-in.
# $kind: the kind of setback ("slip", "hard day").
# The day's answers to the person's own trackers ("Urge to use 2 · Exercise 40
# minutes"); an urge acted on says so after it.
progress-day-trackers = Your trackers: { $answers }
progress-day-acted-on = acted on
progress-day-growth = ◆ Growth entry: { $kind }
progress-day-connections = • { $count ->
    [one] { $count } connection
   *[other] { $count } connections
}
progress-day-no-entries = No journal entries.
progress-day-journal = Journal: { $titles }
progress-rating-mood = mood { $value }
progress-rating-craving = craving { $value }
progress-rating-sleep = sleep { $hours } h
# $domain: a life domain ("physical") and its rating.
progress-rating-domain = { $domain } { $value }
progress-no-ratings = no ratings
# A milestone reached: $days on track, in the month of $date ("Aug 2026").
progress-milestone-reached = { $days } days ({ $date })
progress-first-milestone-ahead = first milestone ahead
# A commitment's name, then its milestones reached.
progress-milestones-line = { $name }: { $reached }
progress-milestones = Milestones reached (days on track)

## tui/screens/progress/charts.rs

# A label on the sleep chart's axis: hours.
progress-chart-hours = { $hours } h
# A line of the chart, in its title: $mark is how it is drawn (⣿ a line, • dots); $average to one decimal, or "–".
progress-chart-line = { $name } { $mark } avg { $average }
# One of the person's own trackers on the chart. $average: "avg 2.5", "yes on 8 of 12
# days", or a time.
progress-chart-tracker = { $name } { $mark } { $average }
progress-chart-average = avg { $average }
# A medication's doses taken of those scheduled on the chart, in the days it shows.
progress-chart-adherence = { $name }: doses taken { $mark } { $taken } of { $scheduled }
# The adherence chart's scale.
progress-chart-percent = { $percent }%
progress-chart-yes-days = yes on { $yes } of { $days ->
    [one] { $days } day
   *[other] { $days } days
}
progress-chart-mood = mood
progress-chart-craving = craving
progress-chart-sleep = sleep hours
# Connections logged in the chart's days, drawn as dots (•).
progress-chart-connections = connections • { $total } in all
# The chart's title, before its lines.
progress-chart-weekly = { $days } days, weekly averages:
progress-chart-daily = { $days } days, by day:
# A growth entry's mark on the chart (█).
progress-chart-growth = growth entry

## tui/screens/selfchecks.rs

# Beside a scale that is suggested again.
selfchecks-due = due
selfchecks-scales = Scales
# $score: "4 of 27"; $band: what the score means ("minimal").
selfchecks-latest = Latest ({ $date }): { $score } · { $band }
selfchecks-trend = Trend: { $trend }
selfchecks-a-while = It has been a while: { $key } takes it again, if you'd like.
selfchecks-suggested = Suggested again from { $date }.
# $count: the scale's questions.
selfchecks-not-taken = Not taken yet. { $count } items, about a minute: { $key } starts.
selfchecks-hint-take = take
selfchecks-hint-scale = scale
selfchecks-hint-page = page
selfchecks-hint-delete = delete
selfchecks-history = History · { $hints }

## tui/screens/connections.rs

connections-weeks = Meetings a week, this week first
connections-people = People
connections-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
# A "90 meetings in 90 days" challenge: $meetings so far ("12 meetings"); $strip one mark a day (● met, · not).
connections-ninety = 90 in 90: day { $day } of 90 · { $meetings } · { $strip }
# $before, $after: the average mood, to one decimal; $meetings: "2 meetings".
connections-mood-around = Mood around meetings: { $before } before, { $after } after ({ $meetings })
# Service hours in a month ("Nov 3.5 h").
connections-service-month = { $month } { $hours } h
connections-service = Service: { $months }
# Meetings of one format in a week ("2 online").
connections-format-count = { $count } { $format }
connections-hint-log = log
connections-hint-correct = correct
connections-hint-delete = delete
connections-recent = Recent · { $hints }
connections-none-logged = Nothing logged yet. { $key } logs a meeting, a call or time with someone, from any screen.
connections-no-contacts = Add the people who support you on the Plan screen's People tab; a sponsor or a keep-in-touch goal shows here.
# When someone was last in touch.
connections-today = today
connections-ago = { $days } ago
connections-not-logged = not logged yet
# A keep-in-touch goal: $days is "14 days".
connections-every = every { $days }
connections-reach-out = time to reach out
# Connections with people of one role over twelve weeks ("sponsor 3").
connections-role-count = { $role } { $count }
connections-by-role = 12 weeks, by role: { $roles }

## tui/screens/domains.rs

domains-goals = Goals
# $key: the key that opens the Goals screen.
domains-no-goals = none in this domain yet (add one on Goals, { $key })
domains-coping = Coping steps for this domain
domains-no-coping = none yet
domains-recent = Recent entries
# $keys: the keys that show the next or previous domain.
domains-switch = { $keys } domain
domains-no-ratings = no ratings yet
# $average: to one decimal.
domains-average = { $average } on average over your last 30 check-ins
# The trend's title: $average is the line above or "no ratings yet"; $count the days shown.
domains-trend = { $domain } · { $average } · last { $count } days

## Using: the use log and its words (harm reduction)
harm-tolerance-after-days = { $days ->
    [one] After { $days } day without use, tolerance may already be lower: the same amount can carry more risk than before.
   *[other] After { $days } days without use, tolerance drops: the same amount carries more risk than before.
}
use-amount = { $unit ->
    [drinks] { $amount ->
        [one] { $amount } standard drink
       *[other] { $amount } standard drinks
    }
    [units] { $amount ->
        [one] { $amount } UK unit
       *[other] { $amount } UK units
    }
    [grams] { $amount } g
    [times] { $amount ->
        [one] { $amount } time
       *[other] { $amount } times
    }
   *[money] { $amount } (money)
}
use-drink-beer-can = a can of beer (355 ml, 5%)
use-drink-beer-pint = a pint of beer (568 ml, 4%)
use-drink-wine-glass = a glass of wine (175 ml, 12%)
use-drink-wine-bottle = a bottle of wine (750 ml, 12%)
use-drink-spirits-shot = a shot of spirits (44 ml, 40%)
use-drink-spirits-measure = a measure of spirits (25 ml, 40%)
