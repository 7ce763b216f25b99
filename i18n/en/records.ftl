# records

## domain/crisis.rs: the built-in crisis lines. Numbers and web addresses are written as
## string literals, so they stay exactly as dialled in every language.

crisis-line-us-ca = US and Canada: call or text {"988"} (in Spanish: call {"988"}, press {"2"})
crisis-line-us-ca-short = US, Canada: call/text {"988"}
crisis-line-us-ca-tag = {"988"} US/CA (text too)
crisis-line-uk-ie = UK and Ireland: {"116 123"} (Samaritans, free, 24 hours)
crisis-line-uk-ie-short = UK, Ireland: {"116 123"} Samaritans
crisis-line-uk-ie-tag = {"116 123"} UK/IE
crisis-line-au = Australia: {"13 11 14"} (Lifeline)
crisis-line-au-short = Australia: {"13 11 14"} Lifeline
crisis-line-au-tag = {"13 11 14"} AU
crisis-line-nz = New Zealand: call or text {"1737"}
crisis-line-nz-short = New Zealand: call/text {"1737"}
crisis-line-nz-tag = {"1737"} NZ
crisis-line-es = Spain: {"024"} (free, 24 hours)
crisis-line-es-short = Spain: {"024"}
crisis-line-es-tag = {"024"} ES
crisis-line-mx = Mexico: {"800 911 2000"} (Línea de la Vida)
crisis-line-mx-short = Mexico: {"800 911 2000"}
crisis-line-mx-tag = {"800 911 2000"} MX
crisis-line-elsewhere = Elsewhere: {"findahelpline.com"} lists free lines by country
crisis-line-elsewhere-short = Elsewhere: {"findahelpline.com"}
crisis-line-elsewhere-tag = {"findahelpline.com"}
crisis-line-emergency = Emergency: your local number ({"911, 999, 112, 000"})
crisis-line-emergency-short = Emergency: {"911 · 999 · 112 · 000"}
crisis-line-emergency-tag = emergency {"911/999/112/000"}

## domain/mod.rs: refusals of a value. Each follows the field's name as the command
## line spells it ("mood: must be a whole number from 1 to 10 (got 11)").

invalid-range = must be a whole number from { $lo } to { $hi } (got { $value })
invalid-amount-negative = must be an amount of 0 or more (got { $value })
invalid-amount-cap = is more than a day can hold: at most { $max } (got { $value })
invalid-too-long = is { $count } characters; the limit is { $max }
# $size: megabytes with one decimal, like 1.3
invalid-too-big = is { $size } MB; the limit is 1 MB (split it into more than one)
invalid-empty = must not be empty
# $value: what was typed; $choices: the names allowed, as typed on the command line
invalid-unknown-name = unknown '{ $value }'; use one of { $choices }
invalid-sleep = must be hours from 0 to 24 (got { $value })
invalid-time = '{ $value }' is not a time; use {"HH:MM"}, like {"19:30"}
invalid-day = '{ $value }' is not a day; use one of {"mon, tue, wed, thu, fri, sat, sun"}, the full name, or 0 (Monday) to 6
invalid-meeting-only = only a meeting attended names a meeting
invalid-sharing-only = sharing and chairing are for meetings
invalid-phone = must be a phone number: digits, spaces and {"+ - ( )"} only
invalid-before = { $to } is before { $from }
invalid-schedule-field = does not go with a schedule of kind { $kind }
invalid-schedule-every = says how many days apart; give a number from 1 to 365 (like {"--every 3"})
invalid-date = '{ $value }' is not a date; use {"YYYY-MM-DD"}, {"today"} or {"yesterday"}
invalid-moment = '{ $value }' is not a date and time; use {"YYYY-MM-DD HH:MM"} or RFC 3339
invalid-future = { $date } is after today ({ $today }); tend keeps what has happened
invalid-before-1900 = { $date } is before 1900; use a date from {"1900-01-01"} to today
invalid-range-future = { $to } is after today ({ $today }); a summary covers days that have happened
invalid-range-long = { $from } to { $to } is more than { $years } years; choose a shorter range
invalid-scale = no scale called { $name }; choose one of { $choices }
invalid-answer-count = { $scale } has { $items } items; got { $count } answers
invalid-answer = { $scale } item { $item } takes { $lo } to { $hi }; got { $value }
invalid-tracker-kind = choose what the answer is: {"yes-no"}, {"rating"}, {"number"} or {"time"}
invalid-tracker-scale = a scale runs from a whole number of 0 or more to a larger one, at most { $most } (got { $lo } to { $hi })
invalid-tracker-rating-only = only a rating has a scale and words at its ends; this tracker is { $kind }
invalid-tracker-unit = only a number has a unit
invalid-tracker-threshold = the safety threshold must be one of the answers, from { $lo } to { $hi } (got { $value })
invalid-tracker-threshold-yes-no = a yes or no safety tracker flags a yes; it takes no other threshold
invalid-tracker-threshold-needed = a safety tracker that counts a number needs its threshold
invalid-tracker-safety-time = a time can't be a safety tracker; choose a rating, a number or yes or no
invalid-tracker-value = '{ $value }' is not an answer here; it takes { $allowed }

## domain/mod.rs and records.rs: counts and runs.

# A commitment's current run: 0 is the day of a setback, a fresh start, never a zero.
record-run = { $count ->
    [0] a fresh start today
    [one] current run { $count } day
   *[other] current run { $count } days
}

## domain/mod.rs: the five life domains, as headings.

life-domain-physical = Physical
life-domain-mental = Mental
life-domain-emotional = Emotional
life-domain-social = Social
life-domain-spiritual = Spiritual

## domain/records.rs

record-section-reasons = My reasons for recovery
record-section-warning-signs = Warning signs
record-section-high-risk = High-risk situations
record-section-coping-steps = Coping steps
record-section-supports = People who support me
record-section-contacts = Professional and crisis contacts
record-section-if-i-slip = If I slip
record-section-safe-space = Keeping my space safe

record-setback-slip-means = a brief, one-off use or return to the behaviour, quickly stopped
record-setback-lapse-means = a return that lasted longer (a day or a few), then stopped
record-setback-relapse-means = a return to the old pattern over a period, before coming back
record-setback-hard-day-means = a day that was hard, without a return; it stays on track
record-setback-over-plan-means = a day over my own plan for cutting down; not a setback, and no run ends

# A check-in in a list; "–" stands for a value not given.
record-checkin-line = mood { $mood }  craving { $craving }
# $halt: one letter or · for each of hungry, angry, lonely, tired
record-checkin-halt = HALT { $halt }

record-noun-checkin = check-in
record-noun-journal = journal entry
record-noun-goal = goal
record-noun-goal-mark = progress mark
record-noun-coping = coping strategy
record-noun-trigger = trigger
record-noun-encounter = encounter
record-noun-plan-item = plan item
record-noun-growth = growth entry
record-noun-commitment = commitment
record-noun-self-check = self-check result
record-noun-person = person
record-noun-meeting = meeting
record-noun-connection = connection
record-noun-use = use
record-noun-tracker = tracker
record-noun-medication = medication
record-noun-dose = dose

## domain/connections.rs and people.rs

record-fellowship-aa = AA
record-fellowship-na = NA
record-fellowship-ca = CA
record-fellowship-smart = SMART Recovery
record-fellowship-refuge = Refuge Recovery
record-fellowship-celebrate = Celebrate Recovery
record-fellowship-dharma = Recovery Dharma
record-fellowship-lifering = LifeRing
record-fellowship-faith = faith group
record-fellowship-other = other
# A meeting's days and time ("Tue 19:30"), when it meets every other week.
record-meeting-every-other-week = { $when }, every other week

record-connection-shared = shared
record-connection-chaired = chaired
record-connection-minutes = { $minutes } min
record-connection-mood = mood { $before } → { $after }
record-person-emergency = emergency contact

## domain/scales.rs: the self-check scales' own texts stay as published (assets/scales);
## these are tend's words around them.

scale-not-a-diagnosis = A screening aid, not a diagnosis: talk any score over with someone you trust.
scale-trend-first = first result, { $date }
# $scores: the last scores, "14 → 11 → 9"; $direction: up, down or same; $by: how much
scale-trend = { $scores } ({ $direction ->
    [up] up { $by }
    [down] down { $by }
   *[same] no change
} since { $date })
scale-score = { $score } of { $top }
scale-shown-in-english = This scale is shown in English: tend has no validated version in your language that it can quote word for word.
scale-about-phq9 = depression
scale-about-gad7 = anxiety
scale-about-who5 = well-being
scale-about-barc10 = recovery capital
scale-about-pacs = craving
scale-note-clinician = A score of 10 or more suggests talking it over with a clinician.
scale-band-minimal = minimal
scale-band-mild = mild
scale-band-moderate = moderate
scale-band-moderately-severe = moderately severe
scale-band-severe = severe
scale-band-poor-well-being = suggests poor well-being
scale-band-well-being = no sign of poor well-being
scale-band-below-47 = below 47, the score associated with sustained remission
scale-band-47-or-more = 47 or more: associated with sustained remission
scale-band-below-moderate-craving = below the moderate-craving cut-off (15)
scale-band-moderate-craving = moderate craving
scale-band-high-craving = high craving

## The words for stored values (value-<Type>-<stored name>), wherever a person reads them;
## the stored names themselves, which the command line takes, stay as they are.

value-LifeDomain-physical = physical
value-LifeDomain-mental = mental
value-LifeDomain-emotional = emotional
value-LifeDomain-social = social
value-LifeDomain-spiritual = spiritual

value-GoalKind-habit = habit
value-GoalKind-milestone = milestone

value-GoalStatus-active = active
value-GoalStatus-paused = paused
value-GoalStatus-achieved = achieved
value-GoalStatus-let-go = let go

value-TriggerCategory-people = people
value-TriggerCategory-places = places
value-TriggerCategory-things = things
value-TriggerCategory-feelings = feelings
value-TriggerCategory-times = times

value-TriggerOrigin-internal = internal
value-TriggerOrigin-external = external

value-Outcome-passed = passed
value-Outcome-setback = setback

value-PlanSection-reasons = reasons
value-PlanSection-warning-signs = warning-signs
value-PlanSection-high-risk = high-risk
value-PlanSection-coping-steps = coping-steps
value-PlanSection-supports = supports
value-PlanSection-contacts = contacts
value-PlanSection-if-i-slip = if-i-slip
value-PlanSection-safe-space = safe-space

value-Stage-early = early
value-Stage-middle = middle
value-Stage-late = late

value-SetbackKind-slip = slip
value-SetbackKind-lapse = lapse
value-SetbackKind-relapse = relapse
value-SetbackKind-hard-day = hard day
value-SetbackKind-over-plan = over my plan
value-Path-abstain = abstain
value-Path-cut-down = cut down
value-Path-safer-use = safer use
value-UseUnit-drinks = standard drinks
value-UseUnit-units = UK units
value-UseUnit-grams = grams
value-UseUnit-times = times
value-UseUnit-money = money
value-SaferStep-never-alone = never use alone, or have someone check in
value-SaferStep-naloxone = carry naloxone and know where it is
value-SaferStep-test-strips = test strips
value-SaferStep-eat-first = eat first, and drink water
value-SaferStep-set-amount = bring a set amount, no more
value-SaferStep-ride-home = a safe way home

value-TrackerKind-yes-no = yes or no
value-TrackerKind-rating = a rating
value-TrackerKind-number = a number
value-TrackerKind-time = a time
value-TrackerPreset-self-harm-urge = Urge to self-harm
value-TrackerPreset-urge-to-use = Urge to use
value-TrackerPreset-skills-used = Skills used
value-TrackerPreset-exercise = Exercise
value-TrackerPreset-prayer-meditation = Prayer or meditation
record-tracker-minutes = minutes
record-tracker-low = none
record-tracker-high = extreme
record-tracker-yes = yes
record-tracker-no = no
record-tracker-yes-words = yes, y
record-tracker-no-words = no, n
record-tracker-allowed-yes-no = yes or no
record-tracker-allowed-rating = a whole number from { $lo } to { $hi }
record-tracker-allowed-number = a number of 0 or more
record-tracker-allowed-number-unit = a number of 0 or more, in { $unit }
record-tracker-allowed-time = a time of day, {"HH:MM"}
record-tracker-with-unit = { $number } { $unit }
value-MedForm-tablet = tablet
value-MedForm-capsule = capsule
value-MedForm-liquid = liquid
value-MedForm-film = film
value-MedForm-injection = injection
value-MedForm-patch = patch
value-MedForm-inhaler = inhaler
value-MedForm-other = other
value-ScheduleKind-daily = daily
value-ScheduleKind-every-n-days = every few days
value-ScheduleKind-monthly = monthly
value-ScheduleKind-as-needed = as needed
value-DoseStatus-taken = taken
value-DoseStatus-late = taken late
value-DoseStatus-missed = missed
# A medication's dose and schedule in words; $times is "08:00, 20:00", $days "Mon, Thu".
record-schedule-dose = { $dose }, { $schedule }
record-schedule-daily = every day
record-schedule-daily-at = every day at { $times }
record-schedule-weekdays = on { $days }
record-schedule-weekdays-at = on { $days } at { $times }
record-schedule-every = { $count ->
        [one] every day
       *[other] every { $count } days
    }
record-schedule-every-at = { $count ->
        [one] every day at { $times }
       *[other] every { $count } days at { $times }
    }
record-schedule-monthly = once a month, on day { $day }
record-schedule-monthly-at = once a month, on day { $day } at { $times }
record-schedule-as-needed = as needed

value-Fellowship-aa = aa
value-Fellowship-na = na
value-Fellowship-ca = ca
value-Fellowship-smart = smart
value-Fellowship-refuge = refuge
value-Fellowship-celebrate = celebrate
value-Fellowship-dharma = dharma
value-Fellowship-lifering = lifering
value-Fellowship-faith = faith
value-Fellowship-other = other

value-MeetingFormat-in-person = in person
value-MeetingFormat-online = online
value-MeetingFormat-hybrid = hybrid
value-MeetingFormat-phone = phone

value-ConnectionKind-meeting = meeting
value-ConnectionKind-call = call
value-ConnectionKind-message = message
value-ConnectionKind-in-person = in person
value-ConnectionKind-therapy = therapy
value-ConnectionKind-group-therapy = group therapy
value-ConnectionKind-service = service
value-ConnectionKind-community = community

value-Sharing-unset = not chosen
value-Sharing-shared = shared
value-Sharing-private = private

value-Role-sponsor = sponsor
value-Role-sponsee = sponsee
value-Role-peer = peer
value-Role-counselor = counselor
value-Role-family = family
value-Role-friend = friend
value-Role-faith = faith
value-Role-prescriber = prescriber
value-Role-other = other

invalid-entry-empty = the entry is empty; write a few words first
# The first letters of hungry, angry, lonely and tired, in that order (four letters).
record-halt-letters = HALT
