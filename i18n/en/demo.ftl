# demo
# The made-up history `tend demo` writes: every word of it, so a demo in another
# language is this file translated. The demo's people are named once (demo-person-*)
# and the sentences that mention them refer to those names.
# How many messages a list has (demo-opening-1 to -10, …) is fixed by the code: the
# same seed picks the same places in every language.

## demo.rs

demo-profile-name = Alex
demo-commitment-alcohol = Alcohol
demo-commitment-alcohol-motto = One day at a time
demo-commitment-mental = My mental-health plan
demo-commitment-cannabis = Cannabis
demo-use-what-joint = a joint
demo-use-what-vape = the vape
demo-use-with-alone = on my own
demo-use-with-friends = with friends
demo-prescriber = Dr. Rivera
demo-medication-name = Buprenorphine
demo-medication-note = From the clinic on Mondays; the pharmacy by the bus stop
demo-medication-dose-first = 16 mg
demo-medication-dose-lower = 12 mg
demo-dose-ran-out = ran out before the pharmacy opened

# What `tend demo` wrote, joined with ", ".
demo-made-checkins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
demo-made-entries = { $count ->
    [one] { $count } journal entry
   *[other] { $count } journal entries
}
# $count goals, with $logs entries in their logs.
demo-made-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
} ({ $logs ->
    [one] { $logs } log entry
   *[other] { $logs } log entries
})
# $count triggers, met $events times.
demo-made-triggers = { $count ->
    [one] { $count } trigger
   *[other] { $count } triggers
} ({ $events ->
    [one] { $events } encounter
   *[other] { $events } encounters
})
demo-made-growth = { $count ->
    [one] { $count } growth entry
   *[other] { $count } growth entries
}
demo-made-connections = { $count ->
    [one] { $count } connection
   *[other] { $count } connections
}
demo-made-uses = { $count ->
    [one] { $count } use logged
   *[other] { $count } uses logged
}
demo-made-doses = { $count ->
    [one] { $count } dose of medication logged
   *[other] { $count } doses of medication logged
}

# A growth entry after a setback with alcohol.
demo-setback-warning-signs = Skipping meetings, sleeping badly, keeping to myself
demo-setback-what-helped = Telling { demo-person-sam } the next morning
demo-setback-reached-out = { demo-person-sam }, and my counselor at the next session

# A hard day of the mental-health plan.
demo-hard-day-what = Everything felt heavy and I stayed in bed.
demo-hard-day-warning-signs = Not answering messages
demo-hard-day-what-helped = A short walk and a call
demo-hard-day-learned = Hard days pass. Getting outside for ten minutes is enough.
demo-hard-day-next-time = Open the crisis view and follow my plan

demo-goal-walk = Walk 30 minutes
demo-goal-walk-why = Moving clears my head
demo-goal-call = Call someone I trust
demo-goal-call-why = Isolation is my earliest warning sign
demo-goal-meditate = Meditate for 10 minutes
demo-goal-meditate-why = A quieter mind
demo-goal-licence = Get my driving licence back
demo-goal-licence-why = Independence, and getting the kids to school
demo-goal-licence-step-1 = Book the medical
demo-goal-licence-step-2 = Pass the medical
demo-goal-licence-step-3 = Send the forms
demo-goal-licence-log = Booked for next month
demo-goal-course = Finish the cooking course
demo-goal-course-step-1 = Enrol
demo-goal-course-step-2 = Attend six sessions
demo-goal-course-log = Made bread!
demo-goal-run = Run a 10k
demo-goal-run-why = Fitness

## demo/content.rs

# Journal entries: an opening, two to five middles and a closing.
demo-opening-1 = Woke up early and sat with coffee for a while.
demo-opening-2 = Today felt long.
demo-opening-3 = Work was busy but I kept my head.
demo-opening-4 = Slept badly and felt it all morning.
demo-opening-5 = Had a quiet day at home.
demo-opening-6 = Saw my counselor this afternoon.
demo-opening-7 = Went to a meeting after work.
demo-opening-8 = The weather turned and so did my mood.
demo-opening-9 = Spent the evening cooking a proper meal.
demo-opening-10 = Called my sister for the first time in weeks.

demo-middle-1 = The urge came around six, the old hour, and I walked it off.
demo-middle-2 = I noticed I was getting short with people, which is usually a sign.
demo-middle-3 = I used the breathing exercise twice and it helped more than I expected.
demo-middle-4 = I kept thinking about how far I have come since the start.
demo-middle-5 = There was a moment at the shop where I stood in front of the shelf too long.
demo-middle-6 = I felt lonely in the evening and texted { demo-person-sam } instead of sitting with it.
demo-middle-7 = I wrote down three things I was grateful for and meant them.
demo-middle-8 = My body feels stronger since I started walking every day.
demo-middle-9 = I was angry about the bill and noticed the anger turning into a craving.
demo-middle-10 = It was a good day. Nothing dramatic, just steady.
# HALT: hungry, angry, lonely, tired.
demo-middle-11 = I skipped lunch and by four o'clock everything felt harder. HALT again.
demo-middle-12 = Reading before bed instead of scrolling made a difference.

# Closing a journal entry; also a check-in's reflection.
demo-closing-1 = Tomorrow I want to get outside before work.
demo-closing-2 = Going to bed early.
demo-closing-3 = One day at a time, for real.
demo-closing-4 = Proud of myself for today.
demo-closing-5 = I will bring this up with my counselor.
demo-closing-6 = Grateful for the people who pick up the phone.
demo-closing-7 = Small steps still count.

# Journal entry titles.
demo-title-1 = Steady
demo-title-2 = A hard evening
demo-title-3 = Morning pages
demo-title-4 = After the meeting
demo-title-5 = Walking it off
demo-title-6 = Small wins
demo-title-7 = Noticing

# Journal entry tags: one word each, as a tag is typed.
demo-tag-1 = urges
demo-tag-2 = family
demo-tag-3 = work
demo-tag-4 = sleep
demo-tag-5 = gratitude
demo-tag-6 = meeting
demo-tag-7 = exercise
demo-tag-8 = anger

# A check-in's intention for the day.
demo-intention-1 = Be patient with myself
demo-intention-2 = Walk at lunch
demo-intention-3 = Call someone
demo-intention-4 = Eat three real meals
demo-intention-5 = Go to the evening meeting

# A check-in's gratitude.
demo-gratitude-1 = My sister's call
demo-gratitude-2 = A warm bed
demo-gratitude-3 = Sunshine on the walk
demo-gratitude-4 = The group
demo-gratitude-5 = Coffee with { demo-person-sam }

# A growth entry after a setback: what happened.
demo-what-1 = Had two drinks at a work leaving party after telling myself I'd only stay an hour.
demo-what-2 = Bought a bottle on the way home after a row with my partner.
demo-what-3 = Stayed in bed all day and ignored my phone.
demo-what-4 = Drank alone on a Friday night when the week had been too much.

# A growth entry after a setback: what was learned.
demo-learned-1 = Parties with an open bar are high-risk for me right now; I need an exit plan before I go.
demo-learned-2 = When I skip meals and sleep, the urge is twice as loud. HALT is real.
demo-learned-3 = Isolating is my earliest warning sign. Reaching out the next morning helped me get back on track fast.
demo-learned-4 = Anger after an argument turns into craving within an hour; I need to walk first and talk later.
demo-learned-5 = A slip is information, not a verdict. I got back on track the next day.

# A growth entry after a setback: what to do next time.
demo-next-time-1 = Drive myself so I can leave, and text { demo-person-sam } before I go in.
demo-next-time-2 = Eat something and call someone before deciding anything.
demo-next-time-3 = Use the urge-surfing timer and wait 20 minutes.
demo-next-time-4 = Go to a meeting the same evening.

# The coping toolbox: each strategy and its description.
demo-coping-urge-surfing = Urge surfing
demo-coping-urge-surfing-how = Notice the urge, breathe, and let it peak and pass
demo-coping-call-sam = Call { demo-person-sam }
demo-coping-call-sam-how = My sponsor picks up day or night
demo-coping-walk = Walk around the block
demo-coping-walk-how = Twenty minutes outside
demo-coping-box-breathing = Box breathing
demo-coping-box-breathing-how = In 4, hold 4, out 4, hold 4
demo-coping-guitar = Play the guitar
demo-coping-guitar-how = Hands busy, head quieter
demo-coping-leave = Leave the situation
demo-coping-leave-how = I can always go
demo-coping-write = Write it out
demo-coping-write-how = Journal until the feeling has words

# The trigger library.
demo-trigger-fridays = Friday evenings
demo-trigger-arguments = Arguments at home
demo-trigger-pub = The pub on the corner
demo-trigger-loneliness = Loneliness
demo-trigger-payday = Payday
demo-trigger-work-stress = Work stress
demo-trigger-old-friends = Old drinking friends
demo-trigger-bottles = Bottles in the supermarket

# The relapse-prevention plan, section by section.
demo-plan-reason-kids = To be present for my kids
demo-plan-reason-dread = To wake up without dread
demo-plan-reason-trust = To trust myself again
demo-plan-sign-meetings = Skipping meetings and making excuses
demo-plan-sign-messages = Keeping to myself, not answering messages
demo-plan-sign-just-one = Thinking I could handle just one
demo-plan-sign-pub = Driving past the pub on purpose
demo-plan-risk-parties = Work parties with an open bar
demo-plan-risk-parties-how = Arrive late, leave early, drive myself
demo-plan-risk-fridays = Friday evenings alone
demo-plan-risk-fridays-how = Plan something with people before Friday comes
demo-plan-risk-argument = After an argument at home
demo-plan-risk-argument-how = Walk first, talk later
demo-plan-step-name = Stop and name what I'm feeling
demo-plan-step-halt = HALT: eat, rest, reach out
demo-plan-step-surf = Surf the urge for 20 minutes
demo-plan-step-call = Call { demo-person-sam }
demo-plan-sam = { demo-person-sam } (sponsor)
demo-plan-jo = { demo-person-jo }, my sister
demo-plan-group-where = { demo-meeting-group-place }, 7 pm
demo-plan-patel = { demo-person-patel }, counselor
# $phone is the counselor's phone number.
demo-plan-patel-when = Mondays 10 am · { $phone }
demo-plan-crisis-line = Crisis line (24 hours)
demo-plan-crisis-line-how = Call or text your local crisis number
demo-plan-slip-tell = Tell { demo-person-sam } the same day, no hiding it
demo-plan-slip-write = Write a growth entry: what happened and what I learned
demo-plan-slip-meeting = Go to a meeting within 24 hours
demo-plan-safe-alcohol = No alcohol in the house
demo-plan-safe-apps = Delete the delivery apps

## demo/social.rs

# The demo's people.
demo-person-sam = Sam
demo-person-jo = Jo
demo-person-patel = Dr Patel
demo-person-kim = Kim

# The demo's meetings: a home group and an online SMART Recovery meeting.
demo-meeting-group = Tuesday evening group
demo-meeting-group-place = Community hall
demo-meeting-online = Thursday SMART online

# A connection's note after a morning of service.
demo-service-note = Set up chairs and made the tea
