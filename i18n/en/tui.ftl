# tui: the full-screen app's own words: tabs, status line, help, questions, the
# check-in form, the crisis view, the lock, the urge timer, the editor and prompts.

## tui/action.rs

tui-tab-today = Today
tui-tab-check-in = Check-in
tui-tab-journal = Journal
tui-tab-domains = Domains
tui-tab-goals = Goals
tui-tab-plan = Plan
tui-tab-progress = Progress
tui-tab-export = Export
tui-tab-connections = Connections
# The tab bar's names when the titles above don't all fit (80 columns): short
# whole words, never a title cut.
tui-tab-short-today = Today
tui-tab-short-check-in = Check
tui-tab-short-journal = Journal
tui-tab-short-domains = Life
tui-tab-short-goals = Goals
tui-tab-short-plan = Plan
tui-tab-short-progress = Stats
tui-tab-short-export = Export
tui-tab-short-connections = People

## tui/mod.rs

tui-needs-terminal = the full-screen app needs a terminal; use the subcommands in scripts (see {"`tend --help`"})
# $error: what went wrong, already a sentence.
tui-not-saved = Not saved: { $error }
tui-reopened = Another command replaced the journal file; {"tend"} opened it again: save once more.
# $problem: where in the settings file and what is wrong there.
tui-settings-error = { $problem }; using the default for now ({"`tend config show`"} lists all)
tui-settings-problem = { $problem } ({"`tend config show`"} lists all)

## tui/app.rs

# $when: the date and time the words were kept (YYYY-MM-DD HH:MM); $save, $leave: keys.
tui-draft-back = Your unsaved words from { $when } are back: { $save } saves them, { $leave } asks before letting them go.
tui-undo-nothing = Nothing to undo: deletes and edits made here can be undone until you quit.
# $record: the record as its deletion names it ("the journal entry of 3 May").
tui-undone = Undone: { $record } is back as it was.

## tui/view.rs

tui-too-small = {"tend"} needs a little more room.
tui-too-small-size = Make the window at least { $min_width }×{ $min_height } (it is { $width }×{ $height }).
tui-too-small-quit = { $key } quits.

## tui/overlay.rs

# $beside: what the words were kept beside ("this entry").
tui-kept-none-beside = No words from another device are kept beside { $beside }.
# $devices: the devices' names ("laptop and desktop").
tui-kept-kept = Kept the words from { $devices }.
tui-kept-dismissed = Dismissed the words from { $devices }.
tui-left-without-saving = Left without saving.
# $record: the record as its deletion names it; $undo: the key that undoes.
tui-deleted = Deleted { $record }. { $undo } brings it back.
tui-delete-kept = Kept { $record }.
# $key: the key that writes about the setback on Today.
tui-setback-kept = Your setback is kept. Write about it when you're ready: { $key } on Today.
tui-dismiss-keys = { $yes } dismisses · any other key keeps them
tui-dismiss-title = Dismiss?
tui-ask-leave-self-check = Leave this self-check without saving your answers? { $yes } leaves · any other key keeps them
tui-ask-leave = Leave without saving your changes? { $yes } leaves · any other key keeps them
tui-ask-offer-growth = Write a growth entry about the setback now? { $enter } yes · { $esc } not now
tui-ask-over-plan = This day is over your plan. That is information, not a verdict. Write about it now? { $enter } write now · { $esc } not now
tui-over-plan-saved = Saved "over my plan" for that day. Writing about it is up to you.
tui-over-plan-not-now = Not now, then. The use is logged.
# $key: the key that adds a commitment on the Plan screen's Commitments tab.
tui-use-no-commitment = No commitment yet to log a use of: add one on the Plan screen's Commitments tab ({ $key }).
tui-ask-quit = Quit without saving what you wrote? { $yes } quits · any other key goes back to it
tui-ask-delete = Delete { $record }?
tui-delete-keys = { $yes } deletes · any other key keeps it
tui-delete-title = Delete?
tui-help-anywhere = Anywhere
# The help panel's title; $scroll, $close: keys.
tui-help-title = Help · { $scroll } scroll · { $close } closes
tui-help-title-lines = Help · { $scroll } scroll · lines { $first }–{ $last } of { $total } · { $close } closes

## tui/widgets.rs

# Where the cursor is in a list too long to show whole.
tui-list-at = { $at } of { $total }
tui-list-at-more = { $at } of { $total }+
tui-lines-shown = lines { $first }–{ $last } of { $total }

## tui/fields.rs

tui-field-needs-words = needs a few words
tui-field-whole-number = must be a whole number from { $lo } to { $hi }
tui-field-amount = must be a number, like {"2"} or {"1.5"}
tui-field-no = no
tui-field-yes = yes
# Under a field of weekdays (a meeting's days).
tui-field-days-note = {"←→"} a day · {"Space"} or {"1"}–{"7"} on or off
# What a date field takes: the words after the format are typed as they are.
tui-field-date-hint = {"YYYY-MM-DD"}, {"today"} or {"yesterday"}

## tui/checkin.rs

tui-checkin-mood = Mood
tui-checkin-craving = Craving
tui-checkin-physical = Physical
tui-checkin-mental = Mental
tui-checkin-emotional = Emotional
tui-checkin-social = Social
tui-checkin-spiritual = Spiritual
# Hungry, angry, lonely, tired: the check-in's four marks.
tui-checkin-halt = HALT
tui-checkin-hungry = Hungry
tui-checkin-angry = Angry
tui-checkin-lonely = Lonely
tui-checkin-tired = Tired
tui-checkin-sleep = Sleep
# $hours: a number, perhaps with a half ("7.5").
tui-checkin-sleep-hours = { $hours } hours
tui-checkin-not-set = not set
# What a slider's two ends mean: mood and the five domains, then craving.
tui-checkin-ends-rating = { $low } very low · { $high } very good
tui-checkin-ends-craving = { $low } none · { $high } overwhelming
tui-checkin-intention = Intention
tui-checkin-reflection = Reflection
tui-checkin-gratitude = Gratitude
tui-checkin-note = Note
tui-checkin-setback-today = I had a setback today
tui-checkin-setback-that-day = I had a setback that day
# What the two ends of one of the person's own rating trackers mean, in their words:
# "0 none · 5 extreme".
tui-checkin-tracker-ends = { $low } { $low_words } · { $high } { $high_words }
# Under a tracker that asks it (the DBT diary card's urges): whether the person acted
# on the urge.
tui-checkin-acted-on = Acted on it
# $date: the day ("Saturday 21 November").
tui-checkin-saved-day = Saved the check-in of { $date }.
tui-checkin-saved-craving = Checked in. Cravings are loud today: { $key } opens your plan whenever you need it.
tui-checkin-saved = Checked in. Thank you for showing up today.
tui-checkin-how-was = How was { $date }?
tui-checkin-how-are-you = How are you today, { $weekday }?
tui-checkin-which-title = Check-in · which commitment?
tui-checkin-week-connections = { $count ->
    [one] { $count } connection this week
   *[other] { $count } connections this week
}
# $date: the day being checked in ("Saturday 21 November").
tui-checkin-title = Check-in · { $date }
tui-checkin-which-today = Which commitment was the setback today about?
tui-checkin-which-that-day = Which commitment was the setback that day about?
tui-checkin-which-run = Only its run starts again; your days in recovery and on track all stay.
tui-checkin-which-keys = A digit chooses · { $back } goes back to the check-in

## tui/crisis.rs

tui-crisis-way-back = If those thoughts come back, { $key } opens your reasons, your people and the crisis lines, any time.
tui-crisis-item-nine = Thank you for answering honestly. Thoughts of being better off dead or of hurting yourself deserve care right now: please reach out to someone below.
# Above the crisis plan, when the person's own safety tracker was answered at or above
# the threshold they set. $tracker: its name; $value: the answer ("5").
tui-crisis-tracker = Thank you for answering honestly: { $tracker } at { $value }. That deserves care right now: please reach out to someone below.
tui-crisis-timer-closed = Timer closed. You can start it again with { $key }.
tui-crisis-my-reasons = My reasons for recovery
tui-crisis-reasons = Your reasons
tui-crisis-coping = Your coping steps
tui-crisis-not-alone = You are not alone. Breathe out slowly.
tui-crisis-halt = HALT: hungry, angry, lonely, tired?
tui-crisis-urges-pass = Eat, rest, reach out. Urges rise, peak and pass within 15–20 minutes.
tui-crisis-press-urge = Press { $key } to ride out an urge with a timer.
tui-crisis-title = Your plan, right now · { $key } closes
tui-crisis-contacts = Professional and crisis contacts
tui-crisis-lines = Crisis lines
tui-crisis-add-own = Add your own on the Plan screen ({ $key }), under Professional and crisis contacts.
# People to call scrolled out of sight; $keys: the keys that page.
tui-crisis-more-above = { $count } more above ({ $keys })
tui-crisis-more-below = { $count } more below ({ $keys })
tui-crisis-people = People to call
tui-crisis-nothing-yet = (nothing yet: add it on the Plan screen)

## tui/crisis.rs: the safety page, what to look for and what to do (REFERENCE.md, "Signs
## of an opioid overdose", "Signs of alcohol poisoning"; CDC, SAMHSA, NHS, NIAAA). Plain,
## calm words, and never a word on doses.

# $key: the key that closes the crisis view.
tui-safety-title = If someone may have overdosed · { $key } closes
# $number: the emergency number of the person's country ("911").
tui-safety-call = If someone can't be woken, or their breathing is slow or has stopped, call { $number } now.
# The country's number is not known: the usual ones.
tui-safety-call-local = If someone can't be woken, or their breathing is slow or has stopped, call your local emergency number now ({"911, 999, 112, 000"}).
tui-safety-opioid = Signs of an opioid overdose
tui-safety-opioid-woken = Can't be woken, or doesn't respond
tui-safety-opioid-breathing = Slow, shallow or stopped breathing
tui-safety-opioid-pupils = Tiny, pinpoint pupils
tui-safety-opioid-lips = Blue or grey lips and fingertips
tui-safety-opioid-sounds = Choking or gurgling sounds
tui-safety-alcohol = Signs of alcohol poisoning
tui-safety-alcohol-confusion = Confusion, or can't be woken
tui-safety-alcohol-vomiting = Vomiting, or seizures (fits)
tui-safety-alcohol-breathing = Slow or irregular breathing
tui-safety-alcohol-skin = Pale or blue-tinged skin
tui-safety-alcohol-cold = Low body temperature
tui-safety-do = What to do
tui-safety-do-call = Call { $number }. Say where you are and what you see.
tui-safety-do-call-local = Call your local emergency number. Say where you are and what you see.
tui-safety-do-naloxone = If opioids may be involved and there is naloxone, give it. It can be given again after {"2–3"} minutes.
tui-safety-do-breathing = Support their breathing: give rescue breaths if you know how.
tui-safety-do-side = Lay them on their side, in the recovery position, so they can't choke.
tui-safety-do-stay = Stay with them until help arrives. Never leave them alone.
tui-safety-checklist = Your safer-use checklist
tui-safety-break-when = A break can be detox, treatment, a hospital stay, prison, or days or weeks of not using.
tui-safety-sources = From public-health guidance ({"CDC, SAMHSA, NHS, NIAAA"}).

## tui/urge_timer.rs

# Kept as the logged encounter's note.
tui-urge-note = urge surfing, { $minutes } min
tui-urge-logged-eased = Logged: urge { $before } → { $after }. You rode it out.
tui-urge-logged-stayed = Logged: urge { $before } → { $after }. You stayed with it; that takes strength.
tui-urge-heading = Urge surfing
tui-urge-how-strong = How strong is the urge now? { $urge } of 10
tui-urge-before-keys = { $adjust } or a digit · { $next } starts the timer
# $elapsed and $total: minutes and seconds ("3:07", "20:00").
tui-urge-elapsed = { $elapsed } of { $total }
tui-urge-breathe = Breathe. Notice the urge like a wave: it rises, peaks and passes.
tui-urge-riding-keys = { $next } when it has eased
tui-urge-and-now = And now? { $urge } of 10 (it was { $before })
tui-urge-after-keys = { $adjust } or a digit · { $next } logs it

## tui/kept.rs

# Two or more devices; $some: all but the last, joined by commas.
tui-kept-devices = { $some } and { $last }
# $at: the date and time (YYYY-MM-DD HH:MM).
tui-kept-also-edited = Also edited on { $device } at { $at }
tui-kept-field-title = title
tui-kept-field-intention = intention
tui-kept-field-reflection = reflection
tui-kept-field-gratitude = gratitude
tui-kept-field-note = note
tui-kept-dismiss-keys = Kept so nothing written is lost · { $key } dismisses them (asks first)
tui-kept-question = Dismiss the words from { $devices } kept beside { $beside }? They are not in it now, and once dismissed no device keeps them.

## tui/lock.rs

tui-lock-wrong = That passphrase did not open it. Try again.
tui-lock-replaced = The journal was replaced by another command (encrypted, say). Type its passphrase to open it again.
tui-lock-locked = {"tend"} is locked.
tui-lock-type = Type your passphrase and press { $enter } · { $quit } quits
# $typed: a dot for each character typed.
tui-lock-passphrase = Passphrase: { $typed }
tui-lock-any-key = Press any key to come back.

## tui/selfcheck.rs

tui-self-check-nothing-saved = Nothing saved.
# $scale: the scale's name (PHQ-9); $band: what the score means.
tui-self-check-saved = Saved { $scale }: { $score } of { $max } · { $band }.
# $dots: one dot per item, filled once answered.
tui-self-check-title = Self-check · { $scale } · item { $item } of { $items } { $dots }

## tui/writer.rs

tui-writer-prompt = { $prompt } ({ $keys })
tui-writer-freely = Write freely. ({ $keys })
tui-writer-nothing-yet = Nothing written yet.
tui-writer-needs-text = An entry needs a few words of text besides its title and tags.
tui-writer-nothing-changed = Nothing changed.
# $error: the journal entry changed elsewhere, already a sentence.
tui-writer-changed = { $error }: { $key } again saves yours over it.
# $date: YYYY-MM-DD.
tui-writer-saved = Saved entry { $id } for { $date }.
tui-writer-saved-warning = Saved entry { $id } for { $date }. ({ $warning })
tui-writer-new = New entry
tui-writer-editing = Editing entry { $id }
tui-writer-keys = { $save } saves, { $leave } leaves
tui-writer-head-keys = { $save } saves · { $leave } leaves
# The fields around the editor's text.
tui-writer-title = Title
tui-writer-title-hint = optional
tui-writer-tags = Tags
tui-writer-tags-hint = walk, river walk (or #walk in the text)
# $tags: the tags written in the text, each with its #.
tui-writer-tags-inline = in the text: { $tags }
tui-writer-mood = Mood
tui-writer-mood-hint = 1 to 10, optional
tui-writer-domain = Domain
# $size: megabytes, two decimals.
tui-writer-over-limit = { $size } MB: over the 1 MB an entry holds; split it to save
tui-writer-near-limit = { $size } MB of the 1 MB an entry holds

## tui/prompts.rs

tui-prompt-1 = What is one thing that went well today, however small?
tui-prompt-2 = What did your body need today, and did it get it?
tui-prompt-3 = Who did you connect with today? Who would you like to reach out to?
tui-prompt-4 = What are you grateful for right now?
tui-prompt-5 = What was hard today, and what helped, even a little?
tui-prompt-6 = What is one thing you want to remember about today?
tui-prompt-7 = When did you feel most like yourself today?
tui-prompt-8 = What warning signs did you notice, if any? What did you do?
tui-prompt-9 = What would you tell a friend who had the day you had?
tui-prompt-10 = What gave you a sense of meaning or hope today?
tui-prompt-11 = What are you looking forward to this week?
tui-prompt-12 = What did you learn about yourself today?
tui-prompt-13 = How did you look after your mind today?
tui-prompt-14 = What is one kind thing you did for yourself?

## tui/keymap.rs

tui-mode-reading = Reading an entry
tui-mode-searching = Searching the journal
tui-mode-picking-tag = Choosing a tag
tui-mode-form = In a form
tui-mode-check-in = In the check-in
tui-mode-writing = Writing
tui-mode-help = Help
tui-mode-crisis = Crisis view
tui-mode-safety = Crisis view: overdose signs
tui-mode-surfing = Urge-surfing timer
tui-mode-confirm = A question
tui-mode-curtain = Locked
tui-mode-self-check = Taking a self-check
tui-mode-day-cursor = Days of the year calendar
# Two settings the file gives the same key; $setting, $other: settings ("keys.crisis").
tui-keys-clash = { $setting } and { $other } (line { $line }) both take { $keys }; give each its own key
# Keys two settings share, as the file writes them ("j" and "k").
tui-keys-and = { $first } and { $second }

## tui/keymap/tables.rs

# $names: every action the file may name, comma-separated.
tui-keys-not-an-action = { $setting } is not an action; use one of { $names }
# $examples: keys as the file writes them; $got: what it said.
tui-keys-not-keys = { $setting } must be keys like { $examples } (got { $got })
tui-keys-ctrl-c = { $setting }: { $key } always quits, so it can't do anything else; choose another key

## tui/keymap/words.rs: what each key does, in help

tui-key-lock = hide the screen at once (lock)
tui-key-quit-asks = quit (asks first if words are unsaved)
tui-key-go-today = Today
tui-key-go-check-in = Check-in
tui-key-go-journal = Journal
tui-key-go-domains = Domains
tui-key-go-goals = Goals
tui-key-go-plan = Plan
tui-key-go-progress = Progress
tui-key-go-export = Export (counselor summary)
tui-key-go-connections = Connections (meetings, calls, people)
tui-key-next-screen = next screen
tui-key-previous-screen = previous screen
tui-key-growth = write a growth entry (a setback)
tui-key-connect = log a connection: a meeting, a call, time with someone
tui-key-self-check = self-check scales ({"PHQ-9, GAD-7, WHO-5, BARC-10, PACS"})
tui-key-help = help
tui-key-help-in-text = help, in a text field too (where {"?"} types)
tui-key-crisis = crisis plan
tui-key-undo = undo the last delete or edit
tui-key-back = close what is open, stay on this screen
tui-key-quit = quit
tui-key-page-up = a page up
tui-key-page-down = a page down
tui-key-first = to the top
tui-key-last = to the end
tui-key-check-in = check in (or update today's)
tui-key-write = write a journal entry
tui-key-reflect = write about the setback you marked
tui-key-log-use = log a use
tui-key-log-use-of = Commitments: log a use of the one selected
tui-key-path = Commitments: change its path (abstain, cut down, safer use)
tui-key-take-dose = mark the next dose due today taken
tui-key-log-dose = Medications: log a dose of the one selected
tui-key-archive-tracker = Trackers: archive it (its answers stay), or bring it back
tui-key-later-day = a later check-in
tui-key-earlier-day = an earlier check-in
tui-key-correct-day = correct the day shown
tui-key-check-in-day = check in for the day shown
tui-key-check-in-on = check in for a day you type
tui-key-delete-day = delete that day's check-in (asks first)
tui-key-dismiss = dismiss the words kept aside from another device (asks first)
tui-key-move-up = move up
tui-key-move-down = move down
tui-key-read-entry = read the entry
tui-key-edit-outside = edit in your {"$EDITOR"}
tui-key-new-entry = new entry
tui-key-delete = delete (asks first)
tui-key-pin = pin or unpin
tui-key-search = search
tui-key-filter-domain = filter by domain
tui-key-filter-tag = filter by tag
tui-key-pick-tag = choose a tag from every tag in use
tui-key-earlier-month = an earlier month
tui-key-later-month = a later month
tui-key-previous-domain = previous domain
tui-key-next-domain = next domain
tui-key-add-goal = add a goal
tui-key-edit-goal = edit the goal (or correct the mark)
tui-key-log-goal = log it for today (or its next step)
tui-key-log-goal-on = log it for a day you choose (today unless changed), with a note
tui-key-goal-status = change its status
tui-key-delete-goal = delete the goal or the mark (asks first)
tui-key-to-marks = to the goal's progress marks
tui-key-to-goals = back to the goals
tui-key-tab-before = the tab before (plan, triggers, coping, …)
tui-key-tab-after = the next tab (… encounters, commitments)
tui-key-add-to-plan = add (to the plan or the tab's list)
tui-key-correct = correct
tui-key-item-up = move a plan item up
tui-key-item-down = move a plan item down
tui-key-adopt = People: turn the plan's next person into one on the list
tui-key-previous-view = previous view
tui-key-next-view = next view
tui-key-progress-up = move up (timeline, self-check scales); charts: what they show
tui-key-progress-down = move down (timeline, self-check scales); charts: what they show
tui-key-progress-open = self-checks: take the scale; timeline: correct the entry; calendar: walk its days
tui-key-correct-growth = timeline: correct the growth entry
tui-key-delete-growth = timeline: delete the growth entry (asks first)
tui-key-week-before = the week before
tui-key-week-after = the week after
tui-key-day-before = the day before
tui-key-day-after = the day after
tui-key-leave-days-arrows = leave the days (←→ switch views again)
tui-key-leave-days = leave the days
tui-key-shade-calendar = calendar: shade the days by mood, or by the amount used
tui-key-choose-share = choose what to share, then write
tui-key-import = import from {"Daylio"}, {"jrnl"}, {"Day One"} or a {"tend"} file (preview first)
tui-key-preview-up = scroll the preview up
tui-key-preview-down = scroll the preview down
tui-key-log-connection = log a connection
tui-key-correct-connection = correct the connection
tui-key-delete-connection = delete the connection (asks first)
tui-key-previous-entry = previous entry
tui-key-next-entry = next entry
tui-key-edit-here = edit here
tui-key-to-list = back to the list
tui-key-cancel = cancel
tui-key-previous-tag = the tag above
tui-key-next-tag = the tag below
tui-key-show-tag = show the entries with this tag
tui-key-next-field = next field
tui-key-previous-field = previous field
tui-key-less = less, the choice before, or the cursor left
tui-key-more = more, the next choice, or the cursor right
tui-key-text-start = start of the text
tui-key-text-end = end of the text
tui-key-word-left = a word left
tui-key-word-right = a word right
tui-key-delete-char = delete the character at the cursor
tui-key-toggle-mark = toggle a mark
tui-key-save = save
tui-key-form-preview-up = scroll a preview up
tui-key-form-preview-down = scroll a preview down
tui-key-leave-discard = leave (asks before discarding)
tui-key-digit = a number sets it
tui-key-save-entry = save the entry
tui-key-scroll-up = scroll up
tui-key-scroll-down = scroll down
tui-key-close-help = close help
tui-key-urge = urge-surfing timer
tui-key-people-earlier = the people to call: earlier ones
tui-key-people-more = the people to call: more
tui-key-close-crisis = close the crisis view
tui-key-safety-page = the page on overdose and alcohol poisoning
tui-key-plan-page = back to your plan
tui-key-weaker = a weaker urge
tui-key-stronger = a stronger urge
tui-key-surf-next = start, eased, log it
tui-key-stop-timer = stop the timer
tui-key-yes = yes
tui-key-yes-enter = yes, where {"Enter"} is offered
tui-key-no = no
tui-key-unlock = unlock
tui-key-answer-above = mark the answer above
tui-key-answer-below = mark the answer below
tui-key-choose-answer = choose the marked answer
tui-key-item-before = back to the item before
tui-key-leave-asks = leave (asks first)

## tui/keymap/words.rs: the status line's words after keys

tui-hint-screens = screens
tui-hint-next = next
tui-hint-help = help
tui-hint-crisis-plan = crisis plan
tui-hint-quit = quit
tui-hint-previous-next = previous/next
tui-hint-edit = edit
tui-hint-list = list
tui-hint-type-words = type words
tui-hint-search = search
tui-hint-cancel = cancel
tui-hint-type-to-narrow = type to narrow
tui-hint-tag = tag
tui-hint-show = show
tui-hint-field = field
tui-hint-choose = choose
tui-hint-save = save
tui-hint-leave = leave
tui-hint-adjust = adjust
tui-hint-mark = mark
tui-hint-mark-beside = move
tui-hint-set = set it
tui-hint-half-hour = half an hour
tui-hint-hours = hours
tui-hint-closes-help = closes help
tui-hint-urge-timer = urge-surfing timer
tui-hint-overdose-signs = overdose signs
tui-hint-your-plan = your plan
tui-hint-closes = closes
tui-hint-digit-sets-urge = or a digit sets the urge
tui-hint-stops = stops
tui-hint-number-answers = a number answers
tui-hint-back = back
tui-hint-week = week
tui-hint-day = day
tui-hint-leave-days = leave the days
tui-hint-mood-or-amount = mood or amount
tui-hint-dismiss = dismiss
# The coping step the urge timer logs with, if the person has one by this name.
tui-urge-coping-name = urge surfing
