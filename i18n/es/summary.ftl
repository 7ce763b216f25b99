# summary: the counselor summary in every format (HTML, Markdown, the CSV cards'
# refusals). CSV column names and cells never come from here.

## report/mod.rs

# $value is what the person typed after --format.
summary-format-unknown = '{ $value }' no se reconoce; usa {"html"}, {"md"}, {"csv"} o {"attendance"}

## report/model.rs

# $value is what the person typed after --include.
summary-include-unknown = '{ $value }' no se reconoce; usa {"journal"}, {"notes"}, {"setback-details"}, {"names"}, {"numbers"}, {"use"}, {"medications"} (separados por comas)
# $value is what the person typed after --leave-out.
summary-leave-out-unknown = '{ $value }' no se reconoce; usa {"lessons"}

# What the person shared and left out: each part below goes in a list ($list, joined
# with "; ").
summary-shared-included = Incluye: { $list }.
summary-shared-left-out = Quedó fuera: { $list }.
summary-shared-lessons = lecciones de los tropiezos
summary-shared-journal = entradas del diario
summary-shared-notes = notas de los registros del día
summary-shared-setback-details = detalles de los tropiezos
summary-shared-names = nombres de las personas
summary-shared-initials = nombres de las personas (cada persona aparece con su inicial y su rol)
summary-shared-numbers = números de teléfono y lugares de reunión
summary-shared-use = cantidades de consumo (el calendario de consumo)
summary-shared-medications = medicamentos
summary-shared-contacts = llamadas, mensajes y tiempo con otras personas (salvo lo marcado como privado)

# The headings of a growth entry's written parts.
summary-part-what-happened = Qué pasó
summary-part-warning-signs = Señales de alerta que noté
summary-part-what-helped = Qué me ayudó
summary-part-learned = Qué aprendí
summary-part-next-time = La próxima vez
summary-part-reached-out = Busqué a

# $section is the title of the plan's section of professional and crisis contacts.
summary-safety-pointer = Conviene preguntar por esto primero. Los contactos de crisis y profesionales de la persona están en el plan de seguridad: "{ $section }" en el plan de prevención de recaídas, más abajo.

# $change is a change against the previous period ("▼ down 0.4 from 5.1"); $easier
# one of the two below.
summary-change-easier = { $change } ({ $easier })
summary-lower-is-easier = más bajo es más llevadero
summary-higher-is-easier = más alto es más llevadero

summary-no-setbacks = No hay tropiezos ni días difíciles registrados en este periodo.
summary-no-triggers = No se registraron encuentros con detonantes en este periodo.
summary-no-goals = No hay metas definidas.
summary-no-plan = Todavía no hay un plan escrito.
summary-no-journal = No hay entradas del diario en este periodo.

## report/figures.rs

summary-of-days = { $whole ->
    [one] { $part } de { $whole } día
   *[other] { $part } de { $whole } días
}

# A figure against the previous period. ▲ and ▼ are directions, not judgements.
# $unit is points (a percent), hours, or none.
summary-change-nothing = nada con qué comparar en el periodo anterior
summary-change-same = { $unit ->
    [points] sin cambio respecto a { $from }%
    [hours] sin cambio respecto a { $from } horas
   *[none] sin cambio respecto a { $from }
}
summary-change-up = { $unit ->
    [points] ▲ sube { $by } puntos respecto a { $from }%
    [hours] ▲ sube { $by } horas respecto a { $from } horas
   *[none] ▲ sube { $by } respecto a { $from }
}
summary-change-down = { $unit ->
    [points] ▼ baja { $by } puntos respecto a { $from }%
    [hours] ▼ baja { $by } horas respecto a { $from } horas
   *[none] ▼ baja { $by } respecto a { $from }
}

## report/headline.rs

# Beside a self-check result whose crisis item (PHQ-9 item 9) was answered above 0:
# $answer is the answer's words, $value of $top its value.
summary-crisis-mark = ⚑ ítem { $item } (pensamientos de hacerse daño): { $answer } ({ $value } de { $top })
# $question and $answer are the scale's own words.
summary-safety-flag = { $date }: en el { $instrument }, el ítem { $item } (“{ $question }”) se respondió “{ $answer }” ({ $value } de { $top }).

summary-sleep-none = no hay horas de sueño registradas
summary-sleep = promedio de { $average } horas en { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
}; { $short } de { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
} con menos de 6 horas

summary-headline-adherence = Constancia del registro
summary-headline-mood = Ánimo promedio
summary-headline-craving = Deseo de consumir promedio
summary-headline-physical = Puntuación física promedio
summary-headline-mental = Puntuación mental promedio
summary-headline-emotional = Puntuación emocional promedio
summary-headline-social = Puntuación social promedio
summary-headline-spiritual = Puntuación espiritual promedio
summary-headline-sleep = Sueño promedio
summary-headline-setbacks = Tropiezos
summary-headline-hard-days = Días difíciles
summary-rating-of-ten = { $rating } de 10
summary-hours = { $hours } horas

# $kind is the kind of setback ("slip", "hard day"); $days how long before.
summary-last-growth = { $date } ({ $kind }), { $days } antes de este periodo

## report/standing.rs

summary-goal-days = { $target ->
    [one] { $done } de { $target } día previsto
   *[other] { $done } de { $target } días previstos
}
summary-goal-days-since = { $target ->
    [one] { $done } de { $target } día previsto desde el { $date }
   *[other] { $done } de { $target } días previstos desde el { $date }
}
summary-goal-steps = { $all ->
    [one] { $done } de { $all } paso
   *[other] { $done } de { $all } pasos
}
summary-scale-first = primer resultado
# $change is "▼ down 3 from 10"; $date that result's date.
summary-scale-change = { $change } el { $date }

## report/trackers.rs

# A shared tracker's heading on the diary card: its name with its scale or its unit.
summary-tracker-heading-scale = { $name } ({ $lo }–{ $hi })
summary-tracker-heading-unit = { $name } ({ $unit })
# A tracker's answer on the diary card when the person acted on it ("4, acted on").
summary-tracker-acted = { $value }, actuó
# A rating in a sentence.
summary-tracker-on-scale = { $value } en una escala de { $lo } a { $hi }
# A safety tracker's answer at or above its threshold, on page 1 like a PHQ-9 item 9
# answer: $value is the answer ("5 on a scale of 0 to 5", "yes"), $threshold the least
# answer flagged ("5", "yes", "40 minutes").
summary-tracker-flag = { $date }: el seguimiento de seguridad “{ $tracker }” se respondió con { $value }, igual o por encima del umbral que fijó la persona ({ $threshold }).

## report/medications.rs

summary-medications-heading = Medicamentos
summary-medications-how = Dosis que la persona registró como tomadas (también las tardías) de las que fijaba su horario, cada una contada una vez pasada su hora, y solo desde el día en que tend pudo saber del medicamento. tend registra lo que la persona dice que toma; nunca sugiere una dosis.
summary-medications-none = No se tomó ningún medicamento en este periodo.
summary-medication-addiction = para el tratamiento de la adicción
# Which days an adherence figure counts: $days is "90 days".
summary-medication-period = Este periodo ({ $days })
summary-medication-last = Últimos { $days }
summary-medication-taken = { $scheduled ->
    [one] { $taken } de { $scheduled } dosis
   *[other] { $taken } de { $scheduled } dosis
} ({ $percent }%)
summary-medication-none-due = todavía no tocaba ninguna dosis
summary-medication-as-needed = { $count ->
    [one] tomado una vez, según necesidad
   *[other] tomado { $count } veces, según necesidad
}
# A change in the range: $before and $after are doses ("8 mg") or doses with their
# schedule.
summary-medication-dose-changed = { $date }, dosis de { $before } a { $after }
summary-medication-schedule-changed = { $date }, de { $before } a { $after }
summary-medication-changes = Cambios
summary-medication-missed = Omitidas seguidas
summary-medication-missed-day = { $count ->
    [one] { $count } dosis el { $date }
   *[other] { $count } dosis el { $date }
}
summary-medication-missed-run = { $count ->
    [one] { $count } dosis del { $first } al { $last }
   *[other] { $count } dosis del { $first } al { $last }
}

# A medication's dose and schedule: $dose is as the person wrote it ("8 mg"); $schedule
# one of the schedules below, with its times ($times: "08:00, 20:00") when it has any.
summary-schedule-dose = { $dose } · { $schedule }
summary-schedule-at = { $schedule } a las { $times }
summary-schedule-daily = todos los días
# $days lists short weekday names: "Mon, Wed, Fri".
summary-schedule-weekdays = los { $days }
summary-schedule-every = { $every ->
    [one] todos los días
   *[other] cada { $every } días
}
summary-schedule-monthly = una vez al mes
summary-schedule-as-needed = según necesidad

## report/sections.rs

summary-halt-hungry = Hambre
summary-halt-angry = Enojo
summary-halt-lonely = Soledad
summary-halt-tired = Cansancio
summary-halt-days = { $days } de { $of ->
    [one] { $of } día con registro
   *[other] { $of } días con registro
} ({ $percent }%)

# $days is "83 of 90 days".
summary-counted-nothing = no se llevó registro en este periodo
summary-counted-since = { $days } desde que empezó, el { $date }
# $spans lists the stretches of days, each a date or summary-counted-span.
summary-counted-parts = { $days } en los que llevó registro ({ $spans })
summary-counted-span = { $from } a { $to }

summary-adherence-nothing = nada que contar
summary-adherence = { $percent }% de los días con registro
summary-hard-days = { $count ->
    [one] { $count } día difícil
   *[other] { $count } días difíciles
}
summary-bounce-back-none = el ánimo aún no vuelve a su nivel habitual, o hay muy pocos registros del día para saberlo
summary-bounce-back = el ánimo volvió a lo habitual después de { $days }
# When the summary was made: $time is 24-hour "10:00".
summary-moment = { $date }, { $time }

## report/connections.rs

summary-connection-meetings = { $meetings ->
    [one] { $meetings } reunión
   *[other] { $meetings } reuniones
} en { $days } ({ $shared } en las que compartió o coordinó); { $therapy ->
    [one] { $therapy } sesión de terapia
   *[other] { $therapy } sesiones de terapia
}.
summary-connection-meetings-scheduled = { $meetings ->
    [one] { $meetings } reunión
   *[other] { $meetings } reuniones
} en { $days }, de las { $scheduled } de su agenda ({ $shared } en las que compartió o coordinó); { $therapy ->
    [one] { $therapy } sesión de terapia
   *[other] { $therapy } sesiones de terapia
}.
# $roles is summary-connection-by-role or nothing; $people summary-connection-by-person
# or nothing.
summary-connection-contacts = { $contacts ->
    [one] { $contacts } contacto más con otras personas
   *[other] { $contacts } contactos más con otras personas
}{ $roles }{ $people }.
# $counts lists summary-connection-count, joined with ", ".
summary-connection-by-role = {" "}(por rol: { $counts })
summary-connection-by-person = ; con { $counts }
# $what is a role ("sponsor") or a person ("S. (sponsor)").
summary-connection-count = { $what } { $count }
summary-connection-gap = Periodo más largo sin ninguna conexión de las que se cuentan aquí: { $days }.
summary-connection-ninety = 90 reuniones en 90 días, desde el { $from }: { $meetings ->
    [one] { $meetings } reunión
   *[other] { $meetings } reuniones
} en los primeros { $days }.

## report/diary.rs

# The diary card's letters for hungry, angry, lonely and tired (HALT).
# In Spanish: H hambre, E enojo, S soledad, C cansancio.
summary-halt-letter-hungry = H
summary-halt-letter-angry = E
summary-halt-letter-lonely = S
summary-halt-letter-tired = C
# Whether an urge was acted on that day.
summary-acted-yes = sí
summary-acted-no = no
summary-note-intention = Intención
summary-note-reflection = Reflexión
summary-note-gratitude = Gratitud
summary-note-note = Nota
summary-measure-mood = Ánimo
summary-measure-craving = Deseo de consumir

## report/privacy.rs

# What stands in the person's words for what they chose not to share.
summary-number-left-out = {"["}número omitido]
summary-place-left-out = {"["}lugar omitido]
# A person as an initial or a name, with their roles: "S. (sponsor)".
summary-person-roles = { $name } ({ $roles })

## report/markdown.rs and report/html.rs: both formats

summary-title = Resumen de recuperación
summary-title-for = Resumen de recuperación de { $name }
summary-safety-heading = Alerta de seguridad: pensamientos de hacerse daño
# When a safety tracker of the person's own is flagged (with or without PHQ-9 item 9).
summary-safety-heading-trackers = Alerta de seguridad
summary-glance = De un vistazo
summary-latest-heading = Autoevaluaciones: últimos resultados
summary-changes-heading = Comparado con los { $days } anteriores
summary-measures-heading = Ánimo, deseo de consumir y las cinco áreas de vida
summary-halt-heading = HALT
summary-growth-heading = Registros de aprendizaje
summary-triggers-heading = Detonantes y lo que ayudó
summary-goals-heading = Metas
summary-plan-heading = Plan de prevención de recaídas (actual)
summary-scales-heading = Escalas de autoevaluación
summary-diary-heading = Tarjeta diaria semanal
summary-journal-heading = Entradas del diario

# $run and $longest are numbers of days ("104 days").
summary-run-longest = racha { $run } · la más larga { $longest }
# A commitment's path in the summary: what its figure counts, and when it changed.
summary-path-within-plan = Días dentro de mi plan
summary-path-use-free = Días sin consumo
summary-path-on-track = Días en buen camino
summary-path-over-plan = { $count ->
    [one] 1 día por encima de mi plan
   *[other] { $count } días por encima de mi plan
}
# $path and $before are paths ("cut down", "abstain"); $date is a date.
summary-path-changed = { $path } desde el { $date }; antes, { $before }
# $figure is summary-path-within-plan, …; $name a commitment; $path its path.
summary-path-figure = { $figure }, { $name } ({ $path })
# The use calendar (Timeline Followback), shared only with --include use.
summary-use-heading = Calendario de consumo
summary-use-how = La cantidad de cada día según el propio registro de la persona (un Timeline Followback): ○ día sin consumo, ● día intenso (igual o por encima de la cantidad que la persona fijó como intensa); en blanco antes de que empezara el compromiso. El cambio es respecto al periodo anterior de la misma duración.
summary-use-none = No se registró consumo en este periodo.
summary-use-legend = Cantidades en { $unit }. ○ día sin consumo · ● día intenso
summary-use-for = { $name } ({ $unit })
summary-use-amount = { $amount } { $unit }
summary-use-with-change = { $value } ({ $change })
summary-use-free-days = Días sin consumo
summary-use-total = Total
summary-use-per-week = Promedio por semana
summary-use-heavy-days = Días intensos ({ $amount } o más)
summary-use-col-week = Semana del
summary-use-col-total = Total semanal
summary-setbacks = { $count ->
    [one] { $count } tropiezo
   *[other] { $count } tropiezos
}
summary-short-nights = { $count ->
    [one] { $count } noche
   *[other] { $count } noches
} con menos de 6 horas

# Labels before a sentence (the format adds the colon).
summary-sleep-label = Sueño
summary-last-growth-label = Último registro de aprendizaje antes de este periodo
summary-last-growth-none = ninguno
summary-last-growth-lesson = Lo que aprendió: { $lesson }
summary-connection-label = Conexión

# Table columns.
summary-col-figure = Dato
summary-col-value = Valor
summary-col-scale = Escala
summary-col-latest = Último
summary-col-band = Rango
summary-col-against-before = Frente al anterior
summary-col-this-period = Este periodo
summary-col-against-previous = Frente al periodo anterior
summary-col-measure = Medida
summary-col-average = Promedio
summary-col-trend = Tendencia
summary-col-state = Estado
summary-col-days = Días
summary-col-trigger = Detonante
summary-col-kind = Tipo
summary-col-times-met = Veces
summary-col-average-urge = Ganas promedio
summary-col-helped-most = Lo que más ayudó
summary-col-goal = Meta
summary-col-domain = Área
summary-col-status = Estado
summary-col-date = Fecha
summary-col-score = Puntaje
summary-col-medication = Medicamento
summary-col-dose-schedule = Dosis y horario
summary-col-prescriber = Recetado por
summary-col-doses-taken = Dosis tomadas

# $scale is a scale's name ("PHQ-9"); $trend its results in turn.
summary-scale-trend = Tendencia de { $scale }: { $trend }
summary-week-of = Semana del { $date }
summary-pinned = (fijada)

# The diary card's columns, short to fit.
summary-card-day = Día
summary-card-mood = Ánimo
summary-card-halt = HALT
summary-card-sleep = Sueño h
summary-card-urge = Ganas
summary-card-acted = Actuó

## report/markdown.rs

summary-md-meta = { $from } a { $to } · generado el { $generated } · {"tend"} { $version }
summary-md-glance-how = Los días en recuperación nunca se reinician; un día con tropiezo simplemente no cuenta como día en buen camino.
summary-md-in-recovery = En recuperación
summary-md-on-track = Días en buen camino, { $name }
summary-md-checked-in = Con registro del día
summary-md-setbacks-hard-days = Tropiezos / días difíciles
summary-md-latest-how = Frente al resultado anterior de cada escala (que puede ser de antes de este periodo). Son herramientas de tamizaje, no diagnósticos.
summary-md-changes-how = ▲ sube y ▼ baja indican una dirección, no un juicio; cuando un dato tiene un sentido más llevadero, se indica.
summary-md-measures-how = Un carácter por día, de bajo ▁ a alto █; · es un día sin registro del día.
summary-md-halt-how = Días con registro en los que se marcó hambre, enojo, soledad o cansancio.
summary-md-growth-how = Los tropiezos tal como se registraron: la lección y el plan para la próxima vez.
summary-md-triggers-how = Los más frecuentes primero; lo que más ayudó es lo que logró la mayor baja promedio de las ganas.
summary-md-col-passed = Superados
summary-md-col-progress = Progreso
summary-md-scales-how = Herramientas de tamizaje, no diagnósticos.
summary-md-diary-how = Puntuaciones 1–10 (deseo de consumir y ganas 0–10); letras HALT: H hambre, E enojo, S soledad, C cansancio; las ganas son las más fuertes registradas ese día; – sin registro.
# A day of the diary card: the weekday's short name and the day of the month ("Sat 01").
summary-md-card-date = { $weekday } { $day }
summary-md-card-craving = Deseo
summary-md-card-physical = Fís
summary-md-card-mental = Ment
summary-md-card-emotional = Emoc
summary-md-card-social = Soc
summary-md-card-spiritual = Espir
summary-md-card-coping = Afront.

## report/html.rs and report/html/front.rs

summary-html-title = Resumen de recuperación del { $from } al { $to }
summary-html-meta = { $from } a { $to } ({ $days }) · generado el { $generated } · {"tend"} { $version }
# $shared is summary-shared-included and summary-shared-left-out.
summary-html-shared-by = Compartido por la propia persona. { $shared }
summary-html-footer = Hecho con {"tend"}, un diario de recuperación privado. Los tropiezos se anotan como registros de aprendizaje: nunca borran días en recuperación. Las escalas de autoevaluación son herramientas de tamizaje, no diagnósticos.

# Captions under the big figures of "At a glance".
summary-html-in-recovery = en recuperación
summary-html-on-track = días en buen camino, { $name }
summary-html-checked-in = con registro del día
summary-html-in-period = en este periodo
summary-html-and-hard-days = y { $hard_days }
summary-html-average-sleep = sueño promedio
summary-html-glance-how = Los días en recuperación se cuentan desde la fecha de inicio y nunca se reinician; un día con tropiezo simplemente no cuenta como día en buen camino.

# Chart lines, titles and captions.
summary-chart-mood = Ánimo (1–10)
summary-chart-craving = Deseo de consumir (0–10)
summary-chart-mood-craving = Ánimo y deseo de consumir por día
summary-chart-domain = { $name }: puntuación por día
summary-chart-halt = Frecuencia de HALT
summary-html-averages = Ánimo promedio { $mood } · deseo de consumir promedio { $craving }.
summary-html-domain-average = { $name } · promedio { $average }
summary-html-measures-how = Un punto por registro del día; los huecos son días sin registro. Un ánimo y unas puntuaciones de área más altos son mejores; un deseo de consumir más bajo es mejor.
summary-html-halt-how = En cuántos días con registro se marcó hambre, enojo, soledad o cansancio: estados que aumentan el riesgo de un tropiezo.

summary-html-card-craving = Deseo
summary-html-card-physical = Fís.
summary-html-card-mental = Ment.
summary-html-card-emotional = Emoc.
summary-html-card-social = Soc.
summary-html-card-spiritual = Espir.
summary-html-card-coping = Estrategias
summary-html-diary-how = Una fila por día, semanas a partir del lunes. Puntuaciones 1–10 (deseo de consumir y ganas 0–10); las letras HALT marcan H hambre, E enojo, S soledad, C cansancio; sueño en horas; las ganas son las más fuertes registradas ese día; – significa sin registro.

summary-html-col-passed = Superados sin tropiezo
# $coping is a coping step's name; $drop the average drop in urge ("3.0").
summary-html-best-coping = { $coping } (las ganas bajan { $drop } en promedio)
summary-html-triggers-how = Los más frecuentes primero. “Lo que más ayudó” es la estrategia de afrontamiento con la mayor baja promedio de las ganas ante ese detonante.
summary-html-col-progress = Progreso en este periodo
summary-html-goals-how = Los hábitos muestran los días registrados frente a la meta semanal; los hitos, los pasos completados.
summary-html-growth-how = Los tropiezos tal como la persona los registró: la lección y el plan para la próxima vez. También se indica cuántos días tardó el ánimo en volver a su nivel habitual.
summary-html-plan-how = El plan de la propia persona, tal como está hoy, en sus propias palabras.
summary-html-scales-how = Puntajes con sus rangos publicados. Herramientas de tamizaje, no diagnósticos.
summary-html-journal-how = Compartidas por decisión de la persona, de la más antigua a la más reciente.
summary-html-changes-how = Cada dato principal de este periodo junto al mismo dato del periodo de igual duración inmediatamente anterior. ▲ sube y ▼ baja indican una dirección, no un juicio; cuando un dato tiene un sentido más llevadero, se indica.
summary-html-latest-how = Cada escala respondida en este periodo: su último puntaje con su rango publicado, frente al resultado anterior (que puede ser de antes de este periodo). Herramientas de tamizaje, no diagnósticos.
