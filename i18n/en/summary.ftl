# summary: the counselor summary in every format (HTML, Markdown, the CSV cards'
# refusals). CSV column names and cells never come from here.

## report/mod.rs

# $value is what the person typed after --format.
summary-format-unknown = unknown '{ $value }'; use {"html"}, {"md"}, {"csv"} or {"attendance"}

## report/model.rs

# $value is what the person typed after --include.
summary-include-unknown = unknown '{ $value }'; use {"journal"}, {"notes"}, {"setback-details"}, {"names"}, {"numbers"}, {"use"}, {"medications"} (comma-separated)
# $value is what the person typed after --leave-out.
summary-leave-out-unknown = unknown '{ $value }'; use {"lessons"}

# What the person shared and left out: each part below goes in a list ($list, joined
# with "; ").
summary-shared-included = Included: { $list }.
summary-shared-left-out = Left out: { $list }.
summary-shared-lessons = lessons from setbacks
summary-shared-journal = journal entries
summary-shared-notes = check-in notes
summary-shared-setback-details = setback details
summary-shared-names = people's names
summary-shared-initials = people's names (each person appears as an initial, with their role)
summary-shared-numbers = phone numbers and meeting places
summary-shared-use = amounts of use (the use calendar)
summary-shared-medications = medications
summary-shared-contacts = calls, messages and time with people (all but those marked private)

# The headings of a growth entry's written parts.
summary-part-what-happened = What happened
summary-part-warning-signs = Warning signs noticed
summary-part-what-helped = What helped
summary-part-learned = What I learned
summary-part-next-time = Next time
summary-part-reached-out = Reached out to

# $section is the title of the plan's section of professional and crisis contacts.
summary-safety-pointer = Please ask about this first. The person's crisis and professional contacts are in the safety plan: "{ $section }" in the relapse-prevention plan below.

# $change is a change against the previous period ("▼ down 0.4 from 5.1"); $easier
# one of the two below.
summary-change-easier = { $change } ({ $easier })
summary-lower-is-easier = lower is easier
summary-higher-is-easier = higher is easier

summary-no-setbacks = No setbacks or hard days recorded in this period.
summary-no-triggers = No trigger encounters were logged in this period.
summary-no-goals = No goals set.
summary-no-plan = No plan written yet.
summary-no-journal = No journal entries in this period.

## report/figures.rs

summary-of-days = { $whole ->
    [one] { $part } of { $whole } day
   *[other] { $part } of { $whole } days
}

# A figure against the previous period. ▲ and ▼ are directions, not judgements.
# $unit is points (a percent), hours, or none.
summary-change-nothing = nothing to compare with in the previous period
summary-change-same = { $unit ->
    [points] no change from { $from }%
    [hours] no change from { $from } hours
   *[none] no change from { $from }
}
summary-change-up = { $unit ->
    [points] ▲ up { $by } points from { $from }%
    [hours] ▲ up { $by } hours from { $from } hours
   *[none] ▲ up { $by } from { $from }
}
summary-change-down = { $unit ->
    [points] ▼ down { $by } points from { $from }%
    [hours] ▼ down { $by } hours from { $from } hours
   *[none] ▼ down { $by } from { $from }
}

## report/headline.rs

# Beside a self-check result whose crisis item (PHQ-9 item 9) was answered above 0:
# $answer is the answer's words, $value of $top its value.
summary-crisis-mark = ⚑ item { $item } (thoughts of self-harm): { $answer } ({ $value } of { $top })
# $question and $answer are the scale's own words.
summary-safety-flag = { $date }: { $instrument } item { $item } (“{ $question }”) answered “{ $answer }” ({ $value } of { $top }).

summary-sleep-none = no hours of sleep recorded
summary-sleep = average { $average } hours over { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}; { $short } of { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
} under 6 hours

summary-headline-adherence = Check-in adherence
summary-headline-mood = Average mood
summary-headline-craving = Average craving
summary-headline-physical = Average physical rating
summary-headline-mental = Average mental rating
summary-headline-emotional = Average emotional rating
summary-headline-social = Average social rating
summary-headline-spiritual = Average spiritual rating
summary-headline-sleep = Average sleep
summary-headline-setbacks = Setbacks
summary-headline-hard-days = Hard days
summary-rating-of-ten = { $rating } of 10
summary-hours = { $hours } hours

# $kind is the kind of setback ("slip", "hard day"); $days how long before.
summary-last-growth = { $date } (a { $kind }), { $days } before this period

## report/standing.rs

summary-goal-days = { $target ->
    [one] { $done } of { $target } planned day
   *[other] { $done } of { $target } planned days
}
summary-goal-days-since = { $target ->
    [one] { $done } of { $target } planned day since { $date }
   *[other] { $done } of { $target } planned days since { $date }
}
summary-goal-steps = { $all ->
    [one] { $done } of { $all } step
   *[other] { $done } of { $all } steps
}
summary-scale-first = first result
# $change is "▼ down 3 from 10"; $date that result's date.
summary-scale-change = { $change } on { $date }

## report/trackers.rs

# A shared tracker's heading on the diary card: its name with its scale or its unit.
summary-tracker-heading-scale = { $name } ({ $lo }–{ $hi })
summary-tracker-heading-unit = { $name } ({ $unit })
# A tracker's answer on the diary card when the person acted on it ("4, acted on").
summary-tracker-acted = { $value }, acted on
# A rating in a sentence.
summary-tracker-on-scale = { $value } on a scale of { $lo } to { $hi }
# A safety tracker's answer at or above its threshold, on page 1 like a PHQ-9 item 9
# answer: $value is the answer ("5 on a scale of 0 to 5", "yes"), $threshold the least
# answer flagged ("5", "yes", "40 minutes").
summary-tracker-flag = { $date }: the safety tracker “{ $tracker }” was answered { $value }, at or above the threshold the person set ({ $threshold }).

## report/medications.rs

summary-medications-heading = Medications
summary-medications-how = Doses the person logged as taken (late ones too) of the doses their schedule set, each counted once its time had passed, and only from the day tend could know of the medication. tend records what the person says they take; it never suggests a dose.
summary-medications-none = No medication was taken in this period.
summary-medication-addiction = for addiction treatment
# Which days an adherence figure counts: $days is "90 days".
summary-medication-period = This period ({ $days })
summary-medication-last = Last { $days }
summary-medication-taken = { $scheduled ->
    [one] { $taken } of { $scheduled } dose
   *[other] { $taken } of { $scheduled } doses
} ({ $percent }%)
summary-medication-none-due = no dose due yet
summary-medication-as-needed = { $count ->
    [one] taken once, as needed
   *[other] taken { $count } times, as needed
}
# A change in the range: $before and $after are doses ("8 mg") or doses with their
# schedule.
summary-medication-dose-changed = { $date }, dose from { $before } to { $after }
summary-medication-schedule-changed = { $date }, from { $before } to { $after }
summary-medication-changes = Changes
summary-medication-missed = Missed in a row
summary-medication-missed-day = { $count ->
    [one] { $count } dose on { $date }
   *[other] { $count } doses on { $date }
}
summary-medication-missed-run = { $count ->
    [one] { $count } dose from { $first } to { $last }
   *[other] { $count } doses from { $first } to { $last }
}

# A medication's dose and schedule: $dose is as the person wrote it ("8 mg"); $schedule
# one of the schedules below, with its times ($times: "08:00, 20:00") when it has any.
summary-schedule-dose = { $dose } · { $schedule }
summary-schedule-at = { $schedule } at { $times }
summary-schedule-daily = every day
# $days lists short weekday names: "Mon, Wed, Fri".
summary-schedule-weekdays = on { $days }
summary-schedule-every = { $every ->
    [one] every day
   *[other] every { $every } days
}
summary-schedule-monthly = once a month
summary-schedule-as-needed = as needed

## report/sections.rs

summary-halt-hungry = Hungry
summary-halt-angry = Angry
summary-halt-lonely = Lonely
summary-halt-tired = Tired
summary-halt-days = { $days } of { $of ->
    [one] { $of } check-in day
   *[other] { $of } check-in days
} ({ $percent }%)

# $days is "83 of 90 days".
summary-counted-nothing = no record was kept in this period
summary-counted-since = { $days } since they started on { $date }
# $spans lists the stretches of days, each a date or summary-counted-span.
summary-counted-parts = { $days } on which they kept a record ({ $spans })
summary-counted-span = { $from } to { $to }

summary-adherence-nothing = nothing to count
summary-adherence = { $percent }% of the days tracked
summary-hard-days = { $count ->
    [one] { $count } hard day
   *[other] { $count } hard days
}
summary-bounce-back-none = mood not back to its usual level yet, or too few check-ins to tell
summary-bounce-back = mood back to usual after { $days }
# When the summary was made: $time is 24-hour "10:00".
summary-moment = { $date }, { $time }

## report/connections.rs

summary-connection-meetings = { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
} in { $days } ({ $shared } where they shared or chaired); { $therapy ->
    [one] { $therapy } therapy session
   *[other] { $therapy } therapy sessions
}.
summary-connection-meetings-scheduled = { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
} in { $days }, of the { $scheduled } on their schedule ({ $shared } where they shared or chaired); { $therapy ->
    [one] { $therapy } therapy session
   *[other] { $therapy } therapy sessions
}.
# $roles is summary-connection-by-role or nothing; $people summary-connection-by-person
# or nothing.
summary-connection-contacts = { $contacts ->
    [one] { $contacts } other contact
   *[other] { $contacts } other contacts
} with people{ $roles }{ $people }.
# $counts lists summary-connection-count, joined with ", ".
summary-connection-by-role = {" "}(by role: { $counts })
summary-connection-by-person = ; with { $counts }
# $what is a role ("sponsor") or a person ("S. (sponsor)").
summary-connection-count = { $what } { $count }
summary-connection-gap = Longest stretch without a connection counted here: { $days }.
summary-connection-ninety = 90 meetings in 90 days, from { $from }: { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
} in the first { $days }.

## report/diary.rs

# The diary card's letters for hungry, angry, lonely and tired (HALT).
summary-halt-letter-hungry = H
summary-halt-letter-angry = A
summary-halt-letter-lonely = L
summary-halt-letter-tired = T
# Whether an urge was acted on that day.
summary-acted-yes = yes
summary-acted-no = no
summary-note-intention = Intention
summary-note-reflection = Reflection
summary-note-gratitude = Gratitude
summary-note-note = Note
summary-measure-mood = Mood
summary-measure-craving = Craving

## report/privacy.rs

# What stands in the person's words for what they chose not to share.
summary-number-left-out = {"["}number left out]
summary-place-left-out = {"["}place left out]
# A person as an initial or a name, with their roles: "S. (sponsor)".
summary-person-roles = { $name } ({ $roles })

## report/markdown.rs and report/html.rs: both formats

summary-title = Recovery summary
summary-title-for = Recovery summary for { $name }
summary-safety-heading = Safety flag: thoughts of self-harm
# When a safety tracker of the person's own is flagged (with or without PHQ-9 item 9).
summary-safety-heading-trackers = Safety flag
summary-glance = At a glance
summary-latest-heading = Self-checks: the latest results
summary-changes-heading = Compared with the previous { $days }
summary-measures-heading = Mood, craving and the five life domains
summary-halt-heading = HALT
summary-growth-heading = Growth entries
summary-triggers-heading = Triggers and what helped
summary-goals-heading = Goals
summary-plan-heading = Relapse-prevention plan (current)
summary-scales-heading = Self-check scales
summary-diary-heading = Weekly diary card
summary-journal-heading = Journal entries

# $run and $longest are numbers of days ("104 days").
summary-run-longest = run { $run } · longest { $longest }
# A commitment's path in the summary: what its figure counts, and when it changed.
summary-path-within-plan = Days within my plan
summary-path-use-free = Use-free days
summary-path-on-track = Days on track
summary-path-over-plan = { $count ->
    [one] 1 day over my plan
   *[other] { $count } days over my plan
}
# $path and $before are paths ("cut down", "abstain"); $date is a date.
summary-path-changed = { $path } from { $date }; before, { $before }
# $figure is summary-path-within-plan, …; $name a commitment; $path its path.
summary-path-figure = { $figure }, { $name } ({ $path })
# The use calendar (Timeline Followback), shared only with --include use.
summary-use-heading = Use calendar
summary-use-how = The amount each day from the person's own log (a Timeline Followback): ○ a use-free day, ● a heavy day (at or over the person's own heavy-day amount); blank before the commitment began. The change is from the previous period of the same length.
summary-use-none = No use logged in this period.
summary-use-legend = Amounts in { $unit }. ○ use-free day · ● heavy day
summary-use-for = { $name } ({ $unit })
summary-use-amount = { $amount } { $unit }
summary-use-with-change = { $value } ({ $change })
summary-use-free-days = Use-free days
summary-use-total = Total
summary-use-per-week = Average a week
summary-use-heavy-days = Heavy days ({ $amount } or more)
summary-use-col-week = Week of
summary-use-col-total = Week's total
summary-setbacks = { $count ->
    [one] { $count } setback
   *[other] { $count } setbacks
}
summary-short-nights = { $count ->
    [one] { $count } night
   *[other] { $count } nights
} under 6 hours

# Labels before a sentence (the format adds the colon).
summary-sleep-label = Sleep
summary-last-growth-label = Last growth entry before this period
summary-last-growth-none = none
summary-last-growth-lesson = What they learned: { $lesson }
summary-connection-label = Connection

# Table columns.
summary-col-figure = Figure
summary-col-value = Value
summary-col-scale = Scale
summary-col-latest = Latest
summary-col-band = Band
summary-col-against-before = Against the one before
summary-col-this-period = This period
summary-col-against-previous = Against the previous period
summary-col-measure = Measure
summary-col-average = Average
summary-col-trend = Trend
summary-col-state = State
summary-col-days = Days
summary-col-trigger = Trigger
summary-col-kind = Kind
summary-col-times-met = Times met
summary-col-average-urge = Average urge
summary-col-helped-most = What helped most
summary-col-goal = Goal
summary-col-domain = Domain
summary-col-status = Status
summary-col-date = Date
summary-col-score = Score
summary-col-medication = Medication
summary-col-dose-schedule = Dose and schedule
summary-col-prescriber = Prescriber
summary-col-doses-taken = Doses taken

# $scale is a scale's name ("PHQ-9"); $trend its results in turn.
summary-scale-trend = { $scale } trend: { $trend }
summary-week-of = Week of { $date }
summary-pinned = (pinned)

# The diary card's columns, short to fit.
summary-card-day = Day
summary-card-mood = Mood
summary-card-halt = HALT
summary-card-sleep = Sleep h
summary-card-urge = Urge
summary-card-acted = Acted

## report/markdown.rs

summary-md-meta = { $from } to { $to } · generated { $generated } · {"tend"} { $version }
summary-md-glance-how = Days in recovery never reset; a setback day is simply not counted as on track.
summary-md-in-recovery = In recovery
summary-md-on-track = Days on track, { $name }
summary-md-checked-in = Checked in
summary-md-setbacks-hard-days = Setbacks / hard days
summary-md-latest-how = Against the result before each (which may be before this period). Screening aids, not diagnoses.
summary-md-changes-how = ▲ up and ▼ down are directions, not judgements; where a figure has an easier way, it is named.
summary-md-measures-how = One character per day, low ▁ to high █; · is a day without a check-in.
summary-md-halt-how = Check-in days marked hungry, angry, lonely or tired.
summary-md-growth-how = Setbacks as recorded: the lesson and the plan for next time.
summary-md-triggers-how = Most often met first; what helped most has the largest average drop in urge.
summary-md-col-passed = Passed
summary-md-col-progress = Progress
summary-md-scales-how = Screening aids, not diagnoses.
summary-md-diary-how = Ratings 1–10 (craving and urge 0–10); HALT letters; urge is the strongest logged that day; – not recorded.
# A day of the diary card: the weekday's short name and the day of the month ("Sat 01").
summary-md-card-date = { $weekday } { $day }
summary-md-card-craving = Craving
summary-md-card-physical = Phys
summary-md-card-mental = Ment
summary-md-card-emotional = Emot
summary-md-card-social = Soc
summary-md-card-spiritual = Spir
summary-md-card-coping = Coping

## report/html.rs and report/html/front.rs

summary-html-title = Recovery summary { $from } to { $to }
summary-html-meta = { $from } to { $to } ({ $days }) · generated { $generated } · {"tend"} { $version }
# $shared is summary-shared-included and summary-shared-left-out.
summary-html-shared-by = Shared by the person themselves. { $shared }
summary-html-footer = Made with {"tend"}, a private recovery journal. Setbacks are recorded as growth entries: they never erase days in recovery. Self-check scales are screening aids, not diagnoses.

# Captions under the big figures of "At a glance".
summary-html-in-recovery = in recovery
summary-html-on-track = days on track, { $name }
summary-html-checked-in = checked in
summary-html-in-period = in this period
summary-html-and-hard-days = and { $hard_days }
summary-html-average-sleep = average sleep
summary-html-glance-how = Days in recovery count from the start date and never reset; a setback day is simply not counted as on track.

# Chart lines, titles and captions.
summary-chart-mood = Mood (1–10)
summary-chart-craving = Craving (0–10)
summary-chart-mood-craving = Mood and craving by day
summary-chart-domain = { $name } rating by day
summary-chart-halt = HALT frequency
summary-html-averages = Average mood { $mood } · average craving { $craving }.
summary-html-domain-average = { $name } · average { $average }
summary-html-measures-how = One point per check-in; gaps are days without a check-in. Higher mood and domain ratings are better; lower craving is better.
summary-html-halt-how = How many check-in days marked hungry, angry, lonely or tired: states that raise the risk of a setback.

summary-html-card-craving = Crav.
summary-html-card-physical = Phys.
summary-html-card-mental = Ment.
summary-html-card-emotional = Emot.
summary-html-card-social = Soc.
summary-html-card-spiritual = Spir.
summary-html-card-coping = Coping used
summary-html-diary-how = One row per day, weeks from Monday. Ratings 1–10 (craving and urge 0–10); HALT letters mark hungry, angry, lonely, tired; sleep in hours; urge is the strongest logged that day; – means not recorded.

summary-html-col-passed = Passed without a setback
# $coping is a coping step's name; $drop the average drop in urge ("3.0").
summary-html-best-coping = { $coping } (urge down { $drop } on average)
summary-html-triggers-how = Most often met first. “What helped most” is the coping step with the largest average drop in urge for that trigger.
summary-html-col-progress = Progress in this period
summary-html-goals-how = Habits show days logged against the weekly target; milestones show steps done.
summary-html-growth-how = Setbacks as the person recorded them: the lesson and the plan for next time. Bounce-back is the days until mood returned to its usual level.
summary-html-plan-how = The person's own plan, as it stands today, in their words.
summary-html-scales-how = Scores with their published bands. Screening aids, not diagnoses.
summary-html-journal-how = Shared at the person's choice, oldest first.
summary-html-changes-how = Each headline figure of this period beside the same figure for the period of equal length just before it. ▲ up and ▼ down are directions, not judgements; where a figure has an easier way, it is named.
summary-html-latest-how = Each scale taken in this period, its latest score with its published band, against the result before it (which may be before this period). Screening aids, not diagnoses.
