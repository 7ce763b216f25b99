# screens
# The nine main screens' words: one section per file under src/tui/screens.

## tui/screens/mod.rs

# How a meeting is held, in a list of a meeting's details or a week's mix.
# A life domain as a word inside a line ("domain: physical", "physical 6").

## tui/screens/today.rs

today-title = Hoy
today-hint-check-in = registra
today-hint-write = escribe
today-hint-growth = aprendizaje
today-hint-self-check = autoevalúate
today-hint-crisis = plan de crisis
# $date: today, as "Monday 23 November 2026".
today-welcome = Hola de nuevo — { $date }
today-welcome-name = Hola de nuevo, { $name } — { $date }
# The very first time the app opens (the journal was new).
today-welcome-first = Te damos la bienvenida — { $date }
today-welcome-first-name = Te damos la bienvenida, { $name } — { $date }
today-nothing-to-count = Aún no hay nada que contar: añade aquello por lo que estás trabajando en la pantalla Plan ({ $key }), en Compromisos.
# After the commitment's name. $run: "current run 23 days" or "a fresh start today"; $on_track: "175 days".
today-commitment = día { $day } · { $run } · { $on_track } en buen camino
# On a cut-down path: $within "20 days" (never reset); $week: today-use-week or today-use-week-limit.
today-commitment-cut-down = { $within } dentro de mi plan · { $week }
# On a safer-use path: $week as above.
today-commitment-safer-use = día { $day } · { $week }
# The last 7 days: $total (of the weekly $limit) and $free use-free days.
today-use-week-limit = { $total } de { $limit } en 7 días · { $free ->
    [one] { $free } día sin consumo
   *[other] { $free } días sin consumo
}
today-use-week = { $total } { $unit } en 7 días · { $free ->
    [one] { $free } día sin consumo
   *[other] { $free } días sin consumo
}
today-checkin-waiting = ○ Tu registro del día te espera: pulsa { $key } (unos 30 segundos).
# $mood and $craving: a number from 0 to 10, or "–".
today-checked-in = ✓ Registro de hoy hecho: ánimo { $mood }, deseo { $craving }. { $key } lo actualiza.
today-intention = Intención de hoy: { $intention }
# $kind: the kind of setback ("slip", "hard day").
# $doses: today-dose-at or today-dose-any-time, joined; $next: the first one's name.
today-doses-due = Dosis pendientes: { $doses } · { $key } marca { $next } como tomada
today-dose-at = { $what } a las { $time }
today-dose-any-time = { $what }, a cualquier hora de hoy
today-refill-due = { $days ->
    [0] Hoy te toca reponer { $name }.
    [1] Mañana, { $date }, te toca reponer { $name }.
   *[other] Te toca reponer { $name } dentro de { $days } días, el { $date }.
}
today-dose-taken = Anotado: { $what }, tomado a las { $time }. Para corregirlo: { $key }, Medicamentos.
today-no-dose-due = Hoy no queda ninguna dosis pendiente sin anotar.
today-reflection-today = Ya se anotó tu { $kind } de hoy; { $key } para escribir lo que notaste, cuando quieras.
today-reflection-on = Ya se anotó tu { $kind } del { $date }; { $key } para escribir lo que notaste, cuando quieras.
today-kept-entries = { $count ->
    [one] { $count } entrada del diario
   *[other] { $count } entradas del diario
}
today-kept-checkins = { $count ->
    [one] { $count } registro del día
   *[other] { $count } registros del día
}
today-kept-both = { $entries } y { $checkins }
# $mark: the mark beside such words; $what: "2 journal entries and 1 check-in".
today-kept-beside = { $mark } Hay palabras de otro dispositivo guardadas junto a { $what }: marcadas con { $mark } donde las lees.
today-kept-aside = { $mark } Hay palabras de otro dispositivo guardadas aparte: mira {"`tend sync conflicts`"}
# A habit this week: $mark is ✓ when done, · otherwise.
today-habit = { $mark } { $done }/{ $target } esta semana  { $title }
today-milestone = · { $done }/{ $target } pasos, para el { $due }  { $title }
today-this-week = Esta semana
today-own-words = Con tus propias palabras
# One of the person's own reasons or lessons, quoted.
today-own-words-quote = “{ $words }”
today-today = hoy
today-tomorrow = mañana
# $when: "today", "tomorrow" or a weekday.
today-next-meeting = Próxima reunión: { $name }, { $when }
today-next-meeting-at = Próxima reunión: { $name }, { $when } a las { $time }
today-reach-out-since = { $name } (hace { $days })
# $people: names, with how long since each.
today-reach-out = Momento de contactar: { $people } · anótalo con { $key }
# $scale: the self-check's name ("PHQ-9").
today-self-check-due = ○ Tu último { $scale } fue el { $date }. Pulsa { $key } para repetirlo, si quieres.
today-on-this-day = Un día como hoy, en { $year }

## tui/screens/checkin.rs

checkin-title = Registro del día
# Where words kept aside from another device are, in "No words … are kept beside { $beside }."
checkin-dismiss-beside = tu registro del { $date }
# One day in the list; $mood and $craving are padded to two characters.
checkin-row = { $date }  ánimo { $mood }  deseo { $craving }
checkin-kept-beside = Guardadas junto al registro del { $date }
checkin-hint-correct = corrige
checkin-hint-delete = borra
# The list's title; $hints: the keys and what they do.
checkin-days = Días · { $hints }
checkin-done-today = ✓ Hoy ya hiciste tu registro.
checkin-update = { $key } actualiza el registro de hoy.
checkin-not-yet = ○ Aún no hay registro hoy.
checkin-invitation = Pulsa { $key }: puntúa tu ánimo, tu deseo de consumir y las cinco áreas, marca HALT y añade unas palabras.
# $date: the day shown ("Saturday 21 November").
checkin-done-day = ✓ Registro hecho para el { $date }.
checkin-update-day = { $key } corrige el registro de este día.
checkin-none-day = ○ No hay registro del { $date }.
checkin-invitation-day = Pulsa { $key } para hacer el registro de ese día.
# $days: the keys that show the day before or after; $typed: the key that asks for a date.
checkin-other-days = { $days } el día anterior o siguiente · { $typed } elige una fecha

## tui/screens/journal.rs

# $mark: the pin's mark (◆).
journal-pinned = Fijada: queda marcada con { $mark } en tu diario.
journal-unpinned = Ya no está fijada.
# Where words kept aside from another device are, in "No words … are kept beside { $beside }."
journal-dismiss-beside = esta entrada
journal-no-match-search = Ninguna entrada menciona eso. { $key } vuelve a mostrarlas todas.
journal-empty = Aún no hay entradas. Pulsa { $key } para escribir la primera.
journal-no-match = Ninguna entrada coincide.
# After the key that opens the entry under the cursor.
journal-hint-reads = lee
journal-kept-beside = { $mark } Hay palabras de otro dispositivo guardadas junto a esta entrada: { $key } las muestra.
# In the title while a search is typed; ▏ is the cursor.
journal-typing = buscar: { $query }▏
journal-matching = con “{ $query }”
journal-domain = área: { $domain }
journal-tag = etiqueta: #{ $tag }
journal-no-tags = Ninguna entrada tiene etiqueta todavía.
# The tag picker: every tag in use, typed letters narrowing it.
journal-tags-title = Etiquetas · { $count ->
    [one] { $count } en uso
   *[other] { $count } en uso
} · escribe para filtrar
# $typed: the letters typed so far; ▏ is the cursor.
journal-tags-narrowed = Etiquetas con “{ $typed }▏” · { $count }
journal-tags-none-match = Ninguna etiqueta tiene esas letras. {"Backspace"} borra una.
journal-tags-all = todas las entradas (sin filtrar)
journal-tags-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
# $search, $filters, $new: the keys that search, filter and write.
journal-title = Diario · { $search } busca · { $filters } filtra · { $new } nueva
# $what: what the list is narrowed to; $key clears it.
journal-title-narrowed = Diario · { $what } · { $key } quita el filtro

## tui/screens/entry.rs

entry-mood = ánimo { $mood }
# $edit: the key that edits here; $external: the key that edits in the person's own editor.
entry-title = Entrada { $id } · { $edit } edita aquí · { $external } en {"$EDITOR"}

## tui/screens/goals.rs

goals-title = Metas
# $status: the goal's new status ("paused", "achieved").
goals-status-now = Estado de “{ $title }”: { $status }.
goals-empty = Aún no hay metas. Pulsa { $key } para añadir una: un hábito (veces a la semana) o un hito (pasos).
# A habit's progress this week, in brackets after its title.
goals-habit = { $done }/{ $target } esta semana
# A milestone's steps done, in brackets after its title.
goals-milestone = { $done }/{ $target } pasos
goals-hint-add = añade
goals-hint-edit = edita
goals-hint-log-today = anota hoy
goals-hint-log-day = un día
goals-hint-status = estado
goals-hint-delete = borra
goals-hint-correct = corrige
goals-hint-back = vuelve
goals-list-title = Metas · { $hints }
# A progress mark without a note.
goals-mark-done = hecho
goals-marks = Marcas
goals-marks-title = Marcas · { $hints }
goals-marks-to-correct = Marcas · { $key } para corregir
goals-no-marks = Aún no hay marcas.
goals-every-step-done = Todos los pasos están hechos. Pulsa { $key } para marcarla como lograda.
goals-already-logged = “{ $title }” ya está anotada para hoy. Sus marcas están en { $key }.
goals-step-done = Paso { $step } de “{ $title }” hecho. Bien hecho.
goals-logged = “{ $title }” anotada para hoy. Bien hecho.
goals-why = Por qué: { $why }

## tui/screens/plan.rs

# After a section of the plan with nothing in it yet.
plan-section-empty = (vacía: { $key } añade)
# Said quietly under the "If I slip" section, on the crisis view's safety page and once in
# the use form after a break (REFERENCE.md, "Tolerance after a break"). No doses.
harm-tolerance-after-break = Tras una pausa, la tolerancia baja: la misma cantidad conlleva más riesgo.
# A warning sign's stage, in brackets before it.
plan-hint-add = añade
plan-hint-edit = edita
plan-hint-move = mueve
plan-hint-delete = borra
# A coping step taken out of the plan (d on it): the strategy itself stays.
plan-coping-taken-out = "{ $name }" ya no está en tu plan y sigue en tu caja de herramientas. { $key } lo vuelve a poner.

## tui/screens/library.rs

# The Plan screen's tabs.
library-tab-plan = Mi plan
library-tab-triggers = Detonantes
library-tab-coping = Afrontar
library-tab-encounters = Encuentros
library-tab-commitments = Compromisos
library-tab-medications = Medicamentos
library-tab-people = Personas
library-tab-meetings = Reuniones
library-tab-trackers = Seguimientos
# The lists' titles, before the keys that change them.
library-triggers = Detonantes
library-coping = Caja de herramientas
library-encounters = Encuentros, recientes primero
library-commitments = Compromisos
library-people = Personas que te apoyan
library-meetings = Reuniones a las que vas
library-trackers = Tus seguimientos
library-hint-add = añade
library-hint-correct = corrige
library-hint-delete = borra
library-hint-log-use = anota consumo
library-hint-path = camino
library-hint-add-own = añade el tuyo
library-hint-archive = archiva
# $what: the list; $hints: the keys and what they do.
library-list-title = { $what } · { $hints }
# $count: the people and contacts the plan names that the People list lacks.
library-adopt = Tu plan nombra { $count ->
    [one] a una persona o contacto que no está
   *[other] a { $count } personas o contactos que no están
} en esta lista. { $key } te los muestra de uno en uno: guarda cada uno como persona (o como reunión), o déjalo como está. El plan conserva sus líneas.
library-from-plan = De tu plan
library-empty = Aún no hay nada. { $key } añade lo primero.
# An encounter with no trigger named.
library-an-urge = un impulso
# One encounter: when, the urge before → after (0–10 or –), how it ended, the trigger.
library-encounter = { $when }  impulso { $before } → { $after }  { $outcome }  { $trigger }
library-home-group = grupo base
library-emergency-contact = contacto de emergencia
library-no-coping-step = sin paso de afrontamiento
# One trigger: its name, kind and origin, then its coping steps ($plan).
library-trigger = { $name } ({ $category }, { $origin })  { $plan }
# $by: how much the urge changed on average, to one decimal.
library-urge-down = el impulso baja { $by } de media
library-urge-up = el impulso sube { $by } de media
# How often a coping strategy was used, and how many of those urges passed.
library-used = usada { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}, { $passed } superadas
# $since: the ISO date it started; $days: "30 days".
library-commitment = { $name }  desde { $since } ({ $days })
## tui/screens/trackers.rs

# The quiet line before the presets not added yet; $key adds the one under the cursor.
library-trackers-presets = Listos para añadir, una tecla cada uno ({ $key }):
# A tracker's row: its name, then these parts. $low, $high: a rating's scale.
library-tracker-rating = una puntuación { $low }–{ $high }
library-tracker-number-unit = un número en { $unit }
# $value: where its answers bring the crisis plan ("5", "yes").
library-tracker-safety = seguridad en { $value }
library-tracker-shared = en el resumen
library-tracker-archived-on = archivado el { $date }
library-tracker-added = { $name } añadido. El registro del día lo pregunta desde hoy, después de tus propios campos.
library-tracker-archived = { $name } está archivado: el registro del día no lo pregunta y sus respuestas se quedan. { $key } lo deshace.
library-tracker-back = { $name } vuelve al registro del día, al final.

meds-title = Medicamentos
meds-hint-log-dose = anota una dosis
meds-records-only = tend anota lo que cuentas de tus medicamentos; nunca sugiere una dosis. Consulta cualquier cambio con quien te los receta.
# $schedule: the dose and schedule in words ("12 mg, every day at 08:00").
meds-row = { $name } · { $schedule }
meds-addiction = para tratar la adicción
meds-prescribed-by = recetado por { $name }
meds-since = Desde { $from }
meds-from-to = De { $from } a { $to }
# $windows: meds-adherence-window, joined with " · ".
meds-adherence = Dosis tomadas: { $windows }
meds-adherence-window = { $scheduled ->
    [0] ninguna prevista aún en { $days } días
   *[other] { $taken } de { $scheduled } en { $days } días
}
meds-as-needed = Cuando hizo falta: { $windows }
meds-as-needed-window = { $count ->
    [one] una vez en { $days } días
   *[other] { $count } veces en { $days } días
}
meds-counting-from = Contado desde el { $date }, cuando empieza lo que tend tiene anotado.
meds-missed-run = { $count } dosis seguidas sin tomar, de { $first } a { $last }.
meds-changed = Cambió el { $date }: { $after } (antes: { $before }).
meds-refill = Reponer el { $date }.

## tui/screens/progress.rs

# The Progress screen's views.
progress-tab-30 = 30 días
progress-tab-90 = 90 días
progress-tab-365 = 365 días
progress-tab-calendar = Calendario anual
progress-tab-timeline = Aprendizajes
progress-tab-self-checks = Autoevaluación
progress-hint-view = vista
# What ↑↓ do on a chart view: choose what the chart shows.
progress-hint-measure = qué muestra el gráfico
progress-hint-week = semana
progress-hint-day = día
progress-hint-leave = sal
progress-hint-walk = recorre los días
# The key that shades the calendar by the amount used each day, or back by mood.
progress-hint-by-amount = por cantidad
progress-hint-by-mood = por ánimo
# The key that shades the calendar by one of the person's own trackers next.
progress-hint-by-tracker = por { $name }
progress-hint-correct = corrige
progress-hint-delete = borra
progress-hint-add = añade
progress-title = Progreso · { $hints }
progress-day-of-recovery = Día { $day } de tu recuperación
# $days: "180 days"; $to_go: "5 days".
progress-next-milestone = { $days } (faltan { $to_go })
# $on_track, $longest: "175 days"; $run: "current run 23 days" or "a fresh start today"; $next: the next milestone or "–".
progress-commitment = { $name }: { $on_track } en buen camino · { $run } · racha más larga { $longest } · siguiente { $next }
# A cut-down path: $within and $over "20 days" since $since (a date), never reset.
progress-commitment-cut-down = { $name }: { $within } dentro de mi plan · { $over } por encima de mi plan · desde { $since }
# A safer-use path since $since; $checklist: progress-use-checklist or progress-use-no-checklist.
progress-commitment-safer-use = { $name }: consumo más seguro desde { $since } · { $checklist }
progress-use-checklist = lista seguida en { $followed } de { $recorded ->
    [one] { $recorded } consumo
   *[other] { $recorded } consumos
}
progress-use-no-checklist = aún no hay ninguna lista anotada
# $total, $limit: amounts ("6", "1.5"); $unit: "standard drinks".
progress-use-week-limit = { $total } de { $limit } { $unit } en los últimos 7 días
progress-use-week = { $total } { $unit } en los últimos 7 días
# $free: use-free days of $days counted.
progress-use-free = { $free ->
    [one] { $free } día sin consumo
   *[other] { $free } días sin consumo
} de { $days }
# The trend over a chart's window ($window: "30 days"): the total and the average a week.
progress-use-trend = { $window }: { $total } { $unit }, { $per_week } a la semana
# The change from the window before; said as a fact, never "better" or "worse".
progress-use-fewer = { $diff } menos que los { $window } anteriores
progress-use-more = { $diff } más que los { $window } anteriores
progress-use-same = igual que los { $window } anteriores
# $free: progress-use-free; $before: use-free days in the window before.
progress-use-free-before = { $free } ({ $before } en los { $window } anteriores)
progress-use-heavy = { $count ->
    [one] { $count } día de consumo alto
   *[other] { $count } días de consumo alto
}
# Money, over the last 30 days: spent, and saved against the person's usual week.
progress-use-spent = { $spent } gastado en los últimos 30 días
progress-use-saved = { $saved } ahorrado respecto a tu semana habitual
progress-use-spent-more = { $more } más que en tu semana habitual
# $window: "30 days"; days with a check-in of the days counted.
progress-adherence = { $window }: { $checked } de { $counted }
progress-checked-in = Registros del día · { $windows }
progress-no-setbacks = No hay tropiezos anotados. Si llega uno, aparecerá aquí como registro de aprendizaje.
progress-timeline-empty-title = Aprendizajes · { $key } añade un registro de aprendizaje
progress-timeline-title = Aprendizajes · lo más reciente primero · { $hints }
# After a growth entry; $days: "4 days".
progress-bounce-back = ánimo de vuelta a lo habitual en { $days }
# The labels of a growth entry's answers.
progress-what-happened = Qué pasó:
progress-warning-signs = Qué noté antes:
progress-what-helped = Qué me ayudó:
progress-learned = Qué aprendí:
progress-next-time = La próxima vez voy a:
progress-reached-out = A quién acudí:

## tui/screens/progress/calendar.rs

# The calendar's title: $date is its first Monday; $hint the keys that walk its days.
progress-year-since = Tu año desde el { $date } · { $hint }
# Under the calendar: what each cell's mark means. Keep the marks (· ░ ▒ ▓ █ ◆).
progress-legend = · sin registro  ░ ánimo 1–3  ▒ 4–5  ▓ 6–7  █ 8–10  ◆ aprendizaje
# The same legend when the cells are wide enough to show connections (•) too.
progress-legend-wide = · sin registro  ░ ánimo 1–3  ▒ 4–5  ▓ 6–7  █ 8–10  ◆ aprendizaje  • una conexión
# The use calendar's title: $name, a commitment, shaded by each day's amount in $unit ("standard drinks"); $hint as above.
progress-amount-title = { $name } por cantidad ({ $unit }) · { $hint }
# The calendar shaded by one of the person's own trackers, and what its marks mean.
progress-tracker-title = { $name }, cada día · { $hint }
# $low, $high: a rating's two ends with its words ("0 none", "5 extreme").
progress-tracker-legend-rating = · sin respuesta  ○ { $low }  ░ ▒ ▓ más alto  █ { $high }
progress-tracker-legend-yes-no = · sin respuesta  ○ { $no }  █ { $yes }
# $most: the most answered in the year ("60 minutes").
progress-tracker-legend-number = · sin respuesta  ○ 0  ░ ▒ ▓ más  █ { $most }
progress-tracker-legend-time = · sin respuesta  ▓ respondido
# Under the use calendar: what each mark means. Keep the marks (○ ░ ▓ █ ·).
progress-amount-legend-free = ○ sin consumo
progress-amount-legend-within = ░ dentro del plan
progress-amount-legend-some = ░ algo de consumo
progress-amount-legend-over = ▓ sobre el plan
# $amount: the heavy-day amount the person set.
progress-amount-legend-heavy = █ { $amount } o más
progress-amount-legend-uncounted = · antes de empezar
# The day under the use calendar's cursor: $amount in $unit, and what the person logged.
progress-day-use = { $name }: { $amount } { $unit }
progress-day-use-what = { $name }: { $amount } { $unit } · { $what }
progress-day-no-use = { $name }: sin consumo
# A day under the calendar's cursor: $ratings is "mood 6 · craving 3 · …".
progress-day-checkin = Registro del día: { $ratings }
progress-day-no-checkin = Sin registro del día.
# $kind: the kind of setback ("slip", "hard day").
# The day's answers to the person's own trackers ("Urge to use 2 · Exercise 40
# minutes"); an urge acted on says so after it.
progress-day-trackers = Tus seguimientos: { $answers }
progress-day-acted-on = lo hice
progress-day-growth = ◆ Aprendizaje: { $kind }
progress-day-connections = • { $count ->
    [one] { $count } conexión
   *[other] { $count } conexiones
}
progress-day-no-entries = Sin entradas del diario.
progress-day-journal = Diario: { $titles }
progress-rating-mood = ánimo { $value }
progress-rating-craving = deseo { $value }
progress-rating-sleep = sueño { $hours } h
# $domain: a life domain ("physical") and its rating.
progress-rating-domain = { $domain } { $value }
progress-no-ratings = sin puntuaciones
# A milestone reached: $days on track, in the month of $date ("Aug 2026").
progress-milestone-reached = { $days } días ({ $date })
progress-first-milestone-ahead = primer hito por llegar
# A commitment's name, then its milestones reached.
progress-milestones-line = { $name }: { $reached }
progress-milestones = Hitos alcanzados (días en buen camino)

## tui/screens/progress/charts.rs

# A label on the sleep chart's axis: hours.
progress-chart-hours = { $hours } h
# A line of the chart, in its title: $mark is how it is drawn (⣿ a line, • dots); $average to one decimal, or "–".
progress-chart-line = { $name } { $mark } media { $average }
# One of the person's own trackers on the chart. $average: "avg 2.5", "yes on 8 of 12
# days", or a time.
progress-chart-tracker = { $name } { $mark } { $average }
progress-chart-average = media { $average }
# A medication's doses taken of those scheduled on the chart, in the days it shows.
progress-chart-adherence = { $name }: dosis tomadas { $mark } { $taken } de { $scheduled }
# The adherence chart's scale.
progress-chart-percent = { $percent }%
progress-chart-yes-days = sí en { $yes } de { $days ->
    [one] { $days } día
   *[other] { $days } días
}
progress-chart-mood = ánimo
progress-chart-craving = deseo
progress-chart-sleep = horas de sueño
# Connections logged in the chart's days, drawn as dots (•).
progress-chart-connections = conexiones • { $total } en total
# The chart's title, before its lines.
progress-chart-weekly = { $days } días, medias semanales:
progress-chart-daily = { $days } días, por día:
# A growth entry's mark on the chart (█).
progress-chart-growth = aprendizaje

## tui/screens/selfchecks.rs

# Beside a scale that is suggested again.
selfchecks-due = toca
selfchecks-scales = Escalas
# $score: "4 of 27"; $band: what the score means ("minimal").
selfchecks-latest = Último ({ $date }): { $score } · { $band }
selfchecks-trend = Tendencia: { $trend }
selfchecks-a-while = Ha pasado un tiempo: { $key } para repetirla, si quieres.
selfchecks-suggested = Se sugiere de nuevo desde el { $date }.
# $count: the scale's questions.
selfchecks-not-taken = Aún no la has hecho. { $count } ítems, más o menos un minuto: { $key } para empezar.
selfchecks-hint-take = hazla
selfchecks-hint-scale = escala
selfchecks-hint-page = página
selfchecks-hint-delete = borra
selfchecks-history = Historial · { $hints }

## tui/screens/connections.rs

connections-weeks = Reuniones por semana
connections-people = Personas
connections-meetings = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
# A "90 meetings in 90 days" challenge: $meetings so far ("12 meetings"); $strip one mark a day (● met, · not).
connections-ninety = 90 en 90: día { $day } de 90 · { $meetings } · { $strip }
# $before, $after: the average mood, to one decimal; $meetings: "2 meetings".
connections-mood-around = Ánimo en torno a las reuniones: { $before } antes, { $after } después ({ $meetings })
# Service hours in a month ("Nov 3.5 h").
connections-service-month = { $month } { $hours } h
connections-service = Servicio: { $months }
# Meetings of one format in a week ("2 online").
connections-format-count = { $count } { $format }
connections-hint-log = anota
connections-hint-correct = corrige
connections-hint-delete = borra
connections-recent = Recientes · { $hints }
connections-none-logged = Aún no hay nada anotado. { $key } anota una reunión, una llamada o un rato con alguien, desde cualquier pantalla.
connections-no-contacts = Añade a quienes te apoyan en la pestaña Personas de la pantalla Plan; aquí se verán tu padrino o madrina o una meta de mantener el contacto.
# When someone was last in touch.
connections-today = hoy
connections-ago = hace { $days }
connections-not-logged = aún sin anotar
# A keep-in-touch goal: $days is "14 days".
connections-every = cada { $days }
connections-reach-out = momento de contactar
# Connections with people of one role over twelve weeks ("sponsor 3").
connections-role-count = { $role } { $count }
connections-by-role = 12 semanas, por rol: { $roles }

## tui/screens/domains.rs

domains-goals = Metas
# $key: the key that opens the Goals screen.
domains-no-goals = aún no hay ninguna en esta área (añade una en Metas, { $key })
domains-coping = Pasos de afrontamiento para esta área
domains-no-coping = aún ninguno
domains-recent = Entradas recientes
# $keys: the keys that show the next or previous domain.
domains-switch = { $keys } área
domains-no-ratings = aún sin puntuaciones
# $average: to one decimal.
domains-average = { $average } de media en tus últimos 30 registros del día
# The trend's title: $average is the line above or "no ratings yet"; $count the days shown.
domains-trend = { $domain } · { $average } · últimos { $count } días

## Using: the use log and its words (harm reduction)
harm-tolerance-after-days = { $days ->
    [one] Tras { $days } día sin consumo, puede que tu tolerancia ya sea menor: la misma cantidad puede conllevar más riesgo que antes.
   *[other] Tras { $days } días sin consumo, la tolerancia baja: la misma cantidad conlleva más riesgo que antes.
}
use-amount = { $unit ->
    [drinks] { $amount ->
        [one] { $amount } bebida estándar
       *[other] { $amount } bebidas estándar
    }
    [units] { $amount ->
        [one] { $amount } unidad británica
       *[other] { $amount } unidades británicas
    }
    [grams] { $amount } g
    [times] { $amount ->
        [one] { $amount } vez
       *[other] { $amount } veces
    }
   *[money] { $amount } (dinero)
}
use-drink-beer-can = una lata de cerveza (355 ml, 5%)
use-drink-beer-pint = una pinta de cerveza (568 ml, 4%)
use-drink-wine-glass = una copa de vino (175 ml, 12%)
use-drink-wine-bottle = una botella de vino (750 ml, 12%)
use-drink-spirits-shot = un chupito de destilado (44 ml, 40%)
use-drink-spirits-measure = una medida de destilado (25 ml, 40%)
