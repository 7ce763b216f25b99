# records

## domain/crisis.rs: the built-in crisis lines. Numbers and web addresses are written as
## string literals, so they stay exactly as dialled in every language.

crisis-line-us-ca = EE. UU. y Canadá: llama o escribe al {"988"} (en español: llama al {"988"} y marca {"2"})
crisis-line-us-ca-short = EE. UU./Canadá: {"988"}, español: {"2"}
crisis-line-us-ca-tag = {"988"} US/CA (español: {"2"})
crisis-line-uk-ie = Reino Unido e Irlanda: {"116 123"} (Samaritans, gratuita, 24 horas)
crisis-line-uk-ie-short = Reino Unido e Irlanda: {"116 123"}
crisis-line-uk-ie-tag = {"116 123"} UK/IE
crisis-line-au = Australia: {"13 11 14"} (Lifeline)
crisis-line-au-short = Australia: {"13 11 14"} Lifeline
crisis-line-au-tag = {"13 11 14"} AU
crisis-line-nz = Nueva Zelanda: llama o escribe al {"1737"}
crisis-line-nz-short = N. Zelanda: llama/SMS {"1737"}
crisis-line-nz-tag = {"1737"} NZ
crisis-line-es = España: {"024"} (línea de atención a la conducta suicida; gratuita, 24 horas)
crisis-line-es-short = España: {"024"}
crisis-line-es-tag = {"024"} ES
crisis-line-mx = México: {"800 911 2000"} (Línea de la Vida)
crisis-line-mx-short = México: {"800 911 2000"}
crisis-line-mx-tag = {"800 911 2000"} MX
crisis-line-elsewhere = En otros países: {"findahelpline.com"} reúne líneas gratuitas por país
crisis-line-elsewhere-short = Otros países: {"findahelpline.com"}
crisis-line-elsewhere-tag = {"findahelpline.com"}
crisis-line-emergency = Emergencias: tu número local ({"911, 999, 112, 000"})
crisis-line-emergency-short = Emergencias: {"911 · 999 · 112 · 000"}
crisis-line-emergency-tag = emergencias {"911/999/112/000"}

## domain/mod.rs: refusals of a value. Each follows the field's name as the command
## line spells it ("mood: must be a whole number from 1 to 10 (got 11)").

invalid-range = debe ser un número entero de { $lo } a { $hi } (valor: { $value })
invalid-amount-negative = debe ser una cantidad de 0 o más (valor: { $value })
invalid-amount-cap = es más de lo que cabe en un día: como mucho { $max } (valor: { $value })
invalid-too-long = tiene { $count } caracteres; el límite es { $max }
# $size: megabytes with one decimal, like 1.3
invalid-too-big = ocupa { $size } MB; el límite es 1 MB (divídelo en varias partes)
invalid-empty = no puede estar vacío
# $value: what was typed; $choices: the names allowed, as typed on the command line
invalid-unknown-name = '{ $value }' no se reconoce; usa uno de estos: { $choices }
invalid-sleep = deben ser horas de 0 a 24 (valor: { $value })
invalid-time = '{ $value }' no es una hora; usa {"HH:MM"}, como {"19:30"}
invalid-day = '{ $value }' no es un día; usa uno de {"mon, tue, wed, thu, fri, sat, sun"}, el nombre completo en inglés, o de 0 (lunes) a 6
invalid-meeting-only = solo una conexión de tipo reunión puede indicar una reunión
invalid-sharing-only = compartir y coordinar son para reuniones
invalid-phone = debe ser un número de teléfono: solo cifras, espacios y {"+ - ( )"}
invalid-before = { $to } es anterior a { $from }
invalid-schedule-field = no corresponde a una pauta de tipo { $kind }
invalid-schedule-every = indica cada cuántos días; pon un número de 1 a 365 (como {"--every 3"})
invalid-date = '{ $value }' no es una fecha; usa {"YYYY-MM-DD"}, {"today"} o {"yesterday"}
invalid-moment = '{ $value }' no es una fecha y hora; usa {"YYYY-MM-DD HH:MM"} o RFC 3339
invalid-future = { $date } es posterior a hoy ({ $today }); tend guarda lo que ya ha pasado
invalid-before-1900 = { $date } es anterior a 1900; usa una fecha entre {"1900-01-01"} y hoy
invalid-range-future = { $to } es posterior a hoy ({ $today }); un resumen abarca días que ya han pasado
invalid-range-long = de { $from } a { $to } son más de { $years } años; elige un periodo más corto
invalid-scale = no hay ninguna escala llamada { $name }; elige una de estas: { $choices }
invalid-answer-count = { $scale } tiene { $items } ítems; hay { $count } respuestas
invalid-answer = el ítem { $item } de { $scale } va de { $lo } a { $hi }; valor: { $value }
invalid-tracker-kind = elige qué tipo de respuesta es: {"yes-no"}, {"rating"}, {"number"} o {"time"}
invalid-tracker-scale = una escala va de un número entero de 0 o más a otro mayor, como mucho { $most } (valor: de { $lo } a { $hi })
invalid-tracker-rating-only = solo una puntuación tiene escala y palabras en sus extremos; este seguimiento es { $kind }
invalid-tracker-unit = solo un número tiene unidad
invalid-tracker-threshold = el umbral de seguridad debe ser una de las respuestas, de { $lo } a { $hi } (valor: { $value })
invalid-tracker-threshold-yes-no = un seguimiento de seguridad de sí o no avisa con un sí; no admite otro umbral
invalid-tracker-threshold-needed = un seguimiento de seguridad que cuenta un número necesita su umbral
invalid-tracker-safety-time = una hora no puede ser un seguimiento de seguridad; elige una puntuación, un número o sí o no
invalid-tracker-value = '{ $value }' no es una respuesta válida aquí; admite { $allowed }

## domain/mod.rs and records.rs: counts and runs.

# A commitment's current run: 0 is the day of a setback, a fresh start, never a zero.
record-run = { $count ->
    [0] hoy, un nuevo comienzo
    [one] racha actual: { $count } día
   *[other] racha actual: { $count } días
}

## domain/mod.rs: the five life domains, as headings.

life-domain-physical = Física
life-domain-mental = Mental
life-domain-emotional = Emocional
life-domain-social = Social
life-domain-spiritual = Espiritual

## domain/records.rs

record-section-reasons = Mis motivos para recuperarme
record-section-warning-signs = Señales de alerta
record-section-high-risk = Situaciones de alto riesgo
record-section-coping-steps = Pasos de afrontamiento
record-section-supports = Personas que me apoyan
record-section-contacts = Contactos profesionales y de crisis
record-section-if-i-slip = Si tengo un desliz
record-section-safe-space = Mantener seguro mi espacio

record-setback-slip-means = un consumo o una vuelta a la conducta breve y puntual, que se detuvo pronto
record-setback-lapse-means = una vuelta que duró más (un día o unos pocos) y luego se detuvo
record-setback-relapse-means = una vuelta al patrón de antes durante un tiempo, antes de retomar el camino
record-setback-hard-day-means = un día que fue difícil, sin vuelta a la conducta; la racha sigue
record-setback-over-plan-means = un día por encima de mi propio plan para reducir; no es un tropiezo y ninguna racha termina

# A check-in in a list; "–" stands for a value not given.
record-checkin-line = ánimo { $mood }  deseo { $craving }
# $halt: one letter or · for each of hungry, angry, lonely, tired
record-checkin-halt = HALT { $halt }

record-noun-checkin = registro del día
record-noun-journal = entrada del diario
record-noun-goal = meta
record-noun-goal-mark = marca de progreso
record-noun-coping = estrategia de afrontamiento
record-noun-trigger = detonante
record-noun-encounter = encuentro
record-noun-plan-item = elemento del plan
record-noun-growth = registro de aprendizaje
record-noun-commitment = compromiso
record-noun-self-check = resultado de autoevaluación
record-noun-person = persona
record-noun-meeting = reunión
record-noun-connection = conexión
record-noun-use = consumo
record-noun-tracker = seguimiento
record-noun-medication = medicamento
record-noun-dose = dosis

## domain/connections.rs and people.rs

record-fellowship-aa = AA
record-fellowship-na = NA
record-fellowship-ca = CA
record-fellowship-smart = SMART Recovery
record-fellowship-refuge = Refuge Recovery
record-fellowship-celebrate = Celebrate Recovery
record-fellowship-dharma = Recovery Dharma
record-fellowship-lifering = LifeRing
record-fellowship-faith = grupo de fe
record-fellowship-other = otra
# A meeting's days and time ("Tue 19:30"), when it meets every other week.
record-meeting-every-other-week = { $when }, cada dos semanas

record-connection-shared = compartí
record-connection-chaired = coordiné
record-connection-minutes = { $minutes } min
record-connection-mood = ánimo { $before } → { $after }
record-person-emergency = contacto de emergencia

## domain/scales.rs: the self-check scales' own texts stay as published (assets/scales);
## these are tend's words around them.

scale-not-a-diagnosis = Una ayuda para detectar, no un diagnóstico: habla de cualquier resultado con alguien de confianza.
scale-trend-first = primer resultado, { $date }
# $scores: the last scores, "14 → 11 → 9"; $direction: up, down or same; $by: how much
scale-trend = { $scores } ({ $direction ->
    [up] sube { $by }
    [down] baja { $by }
   *[same] sin cambios
} desde el { $date })
scale-score = { $score } de { $top }
scale-shown-in-english = Esta escala se muestra en inglés: no hay una versión validada en español que tend pueda citar palabra por palabra.
scale-about-phq9 = depresión
scale-about-gad7 = ansiedad
scale-about-who5 = bienestar
scale-about-barc10 = capital de recuperación
scale-about-pacs = deseo de consumir
scale-note-clinician = Una puntuación de 10 o más sugiere hablarlo con un profesional de la salud.
scale-band-minimal = mínima
scale-band-mild = leve
scale-band-moderate = moderada
scale-band-moderately-severe = moderadamente grave
scale-band-severe = grave
scale-band-poor-well-being = sugiere un bienestar bajo
scale-band-well-being = sin señales de bienestar bajo
scale-band-below-47 = menos de 47, la puntuación asociada a la remisión sostenida
scale-band-47-or-more = 47 o más: asociada a la remisión sostenida
scale-band-below-moderate-craving = por debajo del punto de corte de deseo moderado (15)
scale-band-moderate-craving = deseo de consumir moderado
scale-band-high-craving = deseo de consumir alto

## The words for stored values (value-<Type>-<stored name>), wherever a person reads them;
## the stored names themselves, which the command line takes, stay as they are.

value-LifeDomain-physical = física
value-LifeDomain-mental = mental
value-LifeDomain-emotional = emocional
value-LifeDomain-social = social
value-LifeDomain-spiritual = espiritual

value-GoalKind-habit = hábito
value-GoalKind-milestone = hito

value-GoalStatus-active = activa
value-GoalStatus-paused = en pausa
value-GoalStatus-achieved = lograda
value-GoalStatus-let-go = soltada

value-TriggerCategory-people = personas
value-TriggerCategory-places = lugares
value-TriggerCategory-things = cosas
value-TriggerCategory-feelings = sentimientos
value-TriggerCategory-times = momentos

value-TriggerOrigin-internal = interno
value-TriggerOrigin-external = externo

value-Outcome-passed = superado
value-Outcome-setback = tropiezo

value-PlanSection-reasons = motivos
value-PlanSection-warning-signs = señales de alerta
value-PlanSection-high-risk = alto riesgo
value-PlanSection-coping-steps = pasos de afrontamiento
value-PlanSection-supports = apoyos
value-PlanSection-contacts = contactos
value-PlanSection-if-i-slip = si tengo un desliz
value-PlanSection-safe-space = espacio seguro

value-Stage-early = temprana
value-Stage-middle = intermedia
value-Stage-late = tardía

value-SetbackKind-slip = desliz
value-SetbackKind-lapse = caída
value-SetbackKind-relapse = recaída
value-SetbackKind-hard-day = día difícil
value-SetbackKind-over-plan = por encima del plan
value-Path-abstain = abstinencia
value-Path-cut-down = reducir
value-Path-safer-use = consumo más seguro
value-UseUnit-drinks = bebidas estándar
value-UseUnit-units = unidades británicas
value-UseUnit-grams = gramos
value-UseUnit-times = veces
value-UseUnit-money = dinero
value-SaferStep-never-alone = no consumir nunca a solas, o que alguien esté pendiente
value-SaferStep-naloxone = llevar naloxona y saber dónde está
value-SaferStep-test-strips = tiras reactivas
value-SaferStep-eat-first = comer antes y beber agua
value-SaferStep-set-amount = llevar una cantidad fija, no más
value-SaferStep-ride-home = transporte seguro a casa

value-TrackerKind-yes-no = sí o no
value-TrackerKind-rating = una puntuación
value-TrackerKind-number = un número
value-TrackerKind-time = una hora
value-TrackerPreset-self-harm-urge = Impulso de autolesión
value-TrackerPreset-urge-to-use = Ganas de consumir
value-TrackerPreset-skills-used = Habilidades usadas
value-TrackerPreset-exercise = Ejercicio
value-TrackerPreset-prayer-meditation = Oración o meditación
record-tracker-minutes = minutos
record-tracker-low = nada
record-tracker-high = extremo
record-tracker-yes = sí
record-tracker-no = no
record-tracker-yes-words = sí, si, s
record-tracker-no-words = no, n
record-tracker-allowed-yes-no = sí o no
record-tracker-allowed-rating = un número entero de { $lo } a { $hi }
record-tracker-allowed-number = un número de 0 o más
record-tracker-allowed-number-unit = un número de 0 o más, en { $unit }
record-tracker-allowed-time = una hora del día, {"HH:MM"}
record-tracker-with-unit = { $number } { $unit }
value-MedForm-tablet = tableta
value-MedForm-capsule = cápsula
value-MedForm-liquid = líquido
value-MedForm-film = película
value-MedForm-injection = inyección
value-MedForm-patch = parche
value-MedForm-inhaler = inhalador
value-MedForm-other = otra
value-ScheduleKind-daily = diaria
value-ScheduleKind-every-n-days = cada pocos días
value-ScheduleKind-monthly = mensual
value-ScheduleKind-as-needed = si hace falta
value-DoseStatus-taken = tomada
value-DoseStatus-late = tomada tarde
value-DoseStatus-missed = no tomada
# A medication's dose and schedule in words; $times is "08:00, 20:00", $days "Mon, Thu".
record-schedule-dose = { $dose }, { $schedule }
record-schedule-daily = todos los días
record-schedule-daily-at = todos los días a las { $times }
record-schedule-weekdays = los { $days }
record-schedule-weekdays-at = los { $days } a las { $times }
record-schedule-every = { $count ->
        [one] todos los días
       *[other] cada { $count } días
    }
record-schedule-every-at = { $count ->
        [one] todos los días a las { $times }
       *[other] cada { $count } días a las { $times }
    }
record-schedule-monthly = una vez al mes, el día { $day }
record-schedule-monthly-at = una vez al mes, el día { $day } a las { $times }
record-schedule-as-needed = si hace falta

value-Fellowship-aa = aa
value-Fellowship-na = na
value-Fellowship-ca = ca
value-Fellowship-smart = smart
value-Fellowship-refuge = refuge
value-Fellowship-celebrate = celebrate
value-Fellowship-dharma = dharma
value-Fellowship-lifering = lifering
value-Fellowship-faith = fe
value-Fellowship-other = otra

value-MeetingFormat-in-person = presencial
value-MeetingFormat-online = en línea
value-MeetingFormat-hybrid = híbrida
value-MeetingFormat-phone = por teléfono

value-ConnectionKind-meeting = reunión
value-ConnectionKind-call = llamada
value-ConnectionKind-message = mensaje
value-ConnectionKind-in-person = en persona
value-ConnectionKind-therapy = terapia
value-ConnectionKind-group-therapy = terapia de grupo
value-ConnectionKind-service = servicio
value-ConnectionKind-community = comunidad

value-Sharing-unset = sin elegir
value-Sharing-shared = compartida
value-Sharing-private = privada

value-Role-sponsor = padrino/madrina
value-Role-sponsee = ahijado/a
value-Role-peer = compañero/a
value-Role-counselor = consejero/a
value-Role-family = familia
value-Role-friend = amigo/a
value-Role-faith = fe
value-Role-prescriber = quien receta
value-Role-other = otro

invalid-entry-empty = la entrada está vacía; escribe primero unas palabras
# The first letters of hungry, angry, lonely and tired, in that order (four letters).
record-halt-letters = HESC
