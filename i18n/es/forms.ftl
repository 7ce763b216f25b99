# The TUI's forms: titles, field labels, hints under and in fields, the words of
# choices, what saving says, and the welcome, export and import forms.

## tui/forms/mod.rs

# A required field left empty; $field is its label.
form-needs-words = { $field } necesita unas palabras
# $error says what changed; $save and $leave are keys.
form-changed-elsewhere = { $error }: { $save } guarda lo tuyo encima, { $leave } sale
# $save is a key.
form-file-exists = { $path } ya existe: { $save } lo sobrescribe, o cambia el nombre
# The key hints under every form, after the keys they name.
form-hint-moves = mueve
form-hint-chooses = elige
form-hint-saves = guarda
form-hint-leaves = sale
# The star marks a field that must be filled in.
form-hint-needed = {"*"} obligatorio
# The life domains as a choice shows them.

## tui/forms/adopt.rs

form-adopt-title = De tu plan
# $words is the plan's line, as the person wrote it.
form-adopt-intro = Tu plan dice “{ $words }”. ¿Guardarlo como una persona (o una reunión) que tend pueda contar y mostrar primero cuando importe? El plan conserva su línea en cualquier caso.
form-adopt-make = Convertir en
form-adopt-make-person = una persona de tu lista
form-adopt-make-meeting = una reunión a la que vas
form-adopt-make-leave = dejarlo como está
form-adopt-name = Nombre
form-adopt-roles = Roles
form-adopt-phone = Teléfono
form-adopt-emergency = Contacto de emergencia
form-adopt-person-added = { $name } ya está en tu lista de Personas.
# $key edits the meeting on the Meetings tab.
form-adopt-meeting-added = { $name } ya está en tu pestaña Reuniones; { $key } allí añade su día y hora.
form-adopt-left = Se deja como está; tend no volverá a preguntar.

## tui/forms/checkin_day.rs

form-checkin-day-title = Registro de otro día
form-checkin-day-intro = ¿Qué día? El registro se abre relleno si ese día tiene uno, y vacío si no.
form-checkin-day-date = Día

## tui/forms/commitment.rs

form-commitment-title = Compromiso
form-commitment-name = Compromiso
form-commitment-name-hint = de qué te recuperas o hacia qué trabajas
form-commitment-since = Desde
form-commitment-note = Nota
# $date is YYYY-MM-DD.
form-commitment-added = Añadido: { $name } desde el { $date }.
form-commitment-saved = Guardado: { $name } desde el { $date }.
# $key: the key that opens the path form on the Commitments tab.
form-commitment-path-next = Sus límites y su lista: { $key } sobre él.

## tui/forms/connection.rs

form-connection-title = Una conexión
form-connection-kind = Tipo
form-connection-when = Cuándo
form-connection-when-hint = YYYY-MM-DD HH:MM
form-connection-meeting = Reunión
form-connection-with = Con
form-connection-others = También con
form-connection-others-hint = otros nombres, separados por comas
form-connection-add-new = Nombres nuevos
form-connection-add-new-no = revisarlos antes
form-connection-add-new-yes = añadirlos a Personas
# A name typed in Also with that is nobody on the People list.
form-connection-nobody = nadie se llama { $name } en tu pestaña Personas (pantalla Plan); “Nombres nuevos” puede añadirlo
form-connection-close = nadie se llama { $name }: ¿querías decir { $close }? Si no, “Nombres nuevos” puede añadirlo
form-connection-minutes = Minutos
form-connection-minutes-hint = cuánto duró, opcional
form-connection-shared = Compartí
form-connection-chaired = Coordiné
form-connection-mood-before = Ánimo antes
form-connection-mood-after = Ánimo después
form-connection-one-to-ten = 1 a 10
form-connection-connected = Conexión
form-connection-connected-hint = cuánta conexión sientes, 1 a 10
form-connection-note = Nota
form-connection-note-hint = privada: nunca en el resumen
form-connection-verified = Firmado por
form-connection-verified-hint = quién firmó una tarjeta de asistencia
# Whether the counselor summary counts it.
form-connection-share = En el resumen
form-connection-share-usual = lo habitual para su tipo
# $kind is one of the kinds above; $date is YYYY-MM-DD.
form-connection-logged = Anotado: { $kind }, { $date }. Las conexiones cuentan.
# $names: the names added to the People list with it, comma-separated.
form-connection-logged-added = Anotado: { $kind }, { $date }. Añadido a tus Personas: { $names }.
form-connection-saved = Se guardó la conexión del { $date }.

## tui/forms/coping.rs

form-coping-title = Estrategia de afrontamiento
form-coping-name = Estrategia
form-coping-name-hint = p. ej. llamar a alguien, un paseo, una reunión
form-coping-how = Cómo
form-coping-domain = Área
form-coping-added = Añadida a tu caja de herramientas: { $name }.
form-coping-saved = Guardada: { $name }.

## tui/forms/encounter.rs

form-encounter-title = Encuentro
form-encounter-when = Cuándo
form-encounter-when-hint = YYYY-MM-DD HH:MM
form-encounter-trigger = Detonante
# The trigger choice when no trigger is named.
form-encounter-no-trigger = un impulso, sin detonante
form-encounter-urge-before = Impulso antes
form-encounter-urge-before-hint = 0 a 10
form-encounter-urge-after = Impulso después
form-encounter-urge-after-hint = 0 a 10, opcional
form-encounter-coping = Afrontamiento
form-encounter-outcome = Cómo fue
form-encounter-note = Nota
# $date is YYYY-MM-DD.
form-encounter-logged = Se anotó el encuentro del { $date }.
form-encounter-saved = Se guardó el encuentro del { $date }.

## tui/forms/use_log.rs: a use, in the person's own unit and words

form-use-title = Un consumo
form-use-commitment = Compromiso
form-use-when = Cuándo
form-use-amount = Cantidad
form-use-amount-hint = cuánto, como {"2"} o {"1.5"}
form-use-unit = Unidad
# The converter: a common drink (or none), how many, or its volume and strength.
form-use-drink = Bebida
form-use-drink-none = ninguna, o escribe la cantidad
form-use-count = Cuántas
form-use-ml = Volumen (ml)
form-use-abv = Graduación (%)
form-use-what = Qué
form-use-what-hint = con tus palabras
form-use-where = Dónde
form-use-with = Con quién
form-use-planned = Planeado
form-use-cost = Gasto
form-use-note = Nota
form-use-checklist = Mi lista
# $now: the present moment, YYYY-MM-DD HH:MM.
form-use-future = es posterior a ahora ({ $now }); tend guarda lo que ya pasó
form-use-no-commitment = elige un compromiso
# $amount $unit of $name, $when (YYYY-MM-DD HH:MM).
form-use-line = { $amount } de { $name }, { $when }
form-use-logged = Anotado: { $line }.
form-use-saved = Guardado: { $line }.
form-use-setback-marked = Queda marcado como tropiezo en el registro de ese día; su registro de aprendizaje espera tus palabras, cuando quieras.

## tui/forms/path.rs: a commitment's path from a day on

# $name: the commitment.
form-path-title = Enfoque de { $name }
form-path-path = Enfoque
form-path-abstain-note = no consumir; un consumo es el tropiezo de ese día
form-path-cut-down-note = tus propios límites; un día por encima es información, no un veredicto
form-path-safer-use-note = consumir de la forma más segura posible, con los pasos que elijas
form-path-from = Desde
form-path-unit = Unidad
form-path-per-day = Máximo al día
form-path-per-week = Máximo semanal
form-path-free-days = Días sin consumo
form-path-free-days-hint = por semana, 0 a 7
form-path-heavy-at = Día fuerte desde
form-path-heavy-at-hint = opcional, para el calendario de consumo
form-path-price = Precio
form-path-price-hint = opcional, lo que cuesta una unidad
form-path-usual = Semana típica
form-path-usual-hint = opcional, cuánto a la semana antes
form-path-checklist = Mi lista
# $path: abstain, cut down or safer use; $date YYYY-MM-DD.
form-path-saved = { $name }: { $path } desde el { $date }. Lo anterior se conserva.

## tui/forms/goal.rs

form-goal-title-new = Nueva meta
form-goal-title-edit = Editar meta
form-goal-goal = Meta
form-goal-domain = Área
form-goal-kind = Tipo
form-goal-per-week = Veces por semana
form-goal-per-week-hint = hábitos: 1 a 7
form-goal-steps = Pasos
# The steps are typed with a semicolon between them.
form-goal-steps-hint = hitos: pasos separados por ;
form-goal-why = Por qué importa
form-goal-target = Fecha objetivo
form-goal-target-hint = opcional: YYYY-MM-DD
form-goal-saved = Meta guardada: { $title }
form-goal-added = Meta añadida: { $title }. Los pasos pequeños cuentan.

## tui/forms/goal_mark.rs

form-goal-mark-title = Marca de avance
form-goal-mark-date = Hecho el
form-goal-mark-note = Nota
# $date is YYYY-MM-DD.
form-goal-mark-saved = Se guardó la marca del { $date }.
# Logging a goal for a chosen day; $date: the day ("Saturday 21 November").
form-goal-log-title = Anotar “{ $title }”
form-goal-log-saved = “{ $title }” anotado para el { $date }. ¡Bien hecho!
form-goal-log-step = Paso { $step } de “{ $title }” hecho el { $date }. ¡Bien hecho!
form-goal-log-already = “{ $title }” ya está anotado para el { $date }.

## tui/forms/growth.rs

form-growth-title = Registro de aprendizaje
form-growth-intro = Un tropiezo es parte del proceso. Tus días en recuperación y cada día en buen camino siguen contando.
form-growth-intro-over-plan = Un día por encima de tu plan es información, no un veredicto. No se quita nada: tus días dentro del plan siguen contando.
form-growth-kind = Tipo
form-growth-date = Fecha
form-growth-commitment = Compromiso
# The commitment choice for a setback that concerns every commitment.
form-growth-all-commitments = todos
form-growth-what-happened = Qué pasó
form-growth-noticed = Qué noté antes
form-growth-noticed-hint = señales de alerta
form-growth-helped = Qué me ayudó
form-growth-learned = Qué aprendí
form-growth-next-time = La próxima vez voy a
form-growth-reached-out = A quién acudí
# Said after correcting a growth entry written before.
form-growth-corrected = Registro de aprendizaje guardado. Tus rachas y logros se ajustan a él.
form-growth-saved = Guardado. Está en tu cronología de Progreso; cada día que has vivido sigue contando.

## tui/forms/meeting.rs

form-med-title = Un medicamento
form-med-intro = tend anota lo que dices que tomas; nunca sugiere una dosis.
form-med-name = Nombre
form-med-dose = Dosis
form-med-dose-hint = como lo escribas: 8 mg, 2 inhalaciones
form-med-form = Forma
form-med-schedule = Pauta
form-med-times = Horas
form-med-times-hint = HH:MM, separadas por comas; vacío: a cualquier hora
form-med-days = Días
form-med-every = Cada N días
form-med-from = Dosis y pauta desde
form-med-prescriber = Quien receta
form-med-new-prescriber = O alguien nuevo que receta
form-med-new-prescriber-hint = un nombre, que se añade a Personas
form-med-start = Inicio
form-med-end = Fin
form-med-end-hint = YYYY-MM-DD, opcional
form-med-addiction = Para tratar la adicción
form-med-refill = Fecha de reposición
form-med-refill-hint = YYYY-MM-DD, opcional
form-med-note = Nota
form-med-added = Se añadió { $name }.
form-med-saved = Se guardó { $name }.
form-med-saved-from = Se guardó { $name }: la nueva dosis y pauta cuentan desde el { $date }.
form-dose-title = Una dosis
form-dose-medication = Medicamento
form-dose-status = Qué pasó
form-dose-when = Cuándo
form-dose-reason = Por qué
form-dose-reason-hint = opcional: por qué se saltó o se tomó tarde
form-dose-reason-as-needed = para qué fue (tomado a demanda)
form-dose-note = Nota
form-dose-logged = Anotado para { $name }: { $line }.
form-dose-saved = Guardado para { $name }: { $line }.

form-meeting-title = Una reunión a la que vas
form-meeting-name = Reunión
form-meeting-fellowship = Comunidad
form-meeting-format = Formato
form-meeting-day = Días
form-meeting-every-other-week = Cada dos semanas
form-meeting-time = Hora
form-meeting-time-hint = HH:MM, opcional
form-meeting-place = Dónde
form-meeting-place-hint = un lugar o un enlace
form-meeting-home = Grupo base
form-meeting-added = Se añadió { $name }.
form-meeting-saved = Se guardó { $name }.

## tui/forms/tracker.rs

form-tracker-title = Un seguimiento propio
form-tracker-title-edit = Tu seguimiento
form-tracker-intro = Tú eliges qué seguir; el registro del día lo pregunta cada día, después de sus propios campos.
form-tracker-name = Nombre
form-tracker-kind = Tipo
form-tracker-lowest = Escala desde
form-tracker-lowest-hint = mínimo de una puntuación, 0 si vacío
form-tracker-highest = Escala hasta
form-tracker-highest-hint = máximo de una puntuación, 10 si vacío
form-tracker-low = Extremo bajo
form-tracker-low-hint = qué significa el mínimo, p. ej. nada
form-tracker-high = Extremo alto
form-tracker-high-hint = qué significa el máximo, p. ej. extremo
form-tracker-unit = Unidad
form-tracker-unit-hint = unidad de un número, p. ej. minutos
form-tracker-acted-on = Preguntar si lo hice
form-tracker-shared = En el resumen para terapeuta
form-tracker-safety = Seguimiento de seguridad
form-tracker-threshold = Plan de crisis desde
form-tracker-threshold-hint = el máximo de la escala si vacío
form-tracker-added = Se añadió { $name }. El registro del día lo pregunta desde hoy.
form-tracker-saved = Se guardó { $name }.

## tui/forms/person.rs

form-person-title = Alguien que te apoya
form-person-name = Nombre
form-person-name-hint = basta con un nombre de pila o una inicial
form-person-roles = Roles
form-person-phone = Teléfono
form-person-every = Mantener contacto
form-person-every-hint = cada N días, opcional
form-person-emergency = Contacto de emergencia
form-person-from = En este rol desde
form-person-from-hint = opcional: YYYY-MM-DD
form-person-to = Hasta
form-person-to-hint = opcional: un padrino o madrina puede cambiar
form-person-note = Nota
form-person-added = Se añadió { $name }.
form-person-saved = Se guardó { $name }.

## tui/forms/plan_item.rs

# $section is the plan section's title.
form-plan-item-title-add = Añadir a · { $section }
form-plan-item-title-edit = Editar · { $section }
form-plan-item-text = Texto
form-plan-item-detail = Detalle
form-plan-item-detail-hint = un número, un lugar o cómo hacerlo
form-plan-item-stage = Etapa
form-plan-item-person = Persona
form-plan-item-saved = Guardado: { $text }
form-plan-item-added = Añadido a { $section }: { $text }

## tui/forms/trigger.rs

form-trigger-title-new = Nuevo detonante
form-trigger-title-edit = Detonante
form-trigger-name = Detonante
form-trigger-name-hint = persona, lugar, cosa, sentimiento o momento
form-trigger-category = Categoría
form-trigger-origin = Viene de
form-trigger-origin-external = fuera de mí
form-trigger-origin-internal = dentro de mí
form-trigger-coping = Paso de afrontamiento
form-trigger-coping-hint = qué harás cuando aparezca (se añade a tu caja de herramientas)
form-trigger-add-coping = Añadir otro paso
form-trigger-add-coping-hint = opcional: otra cosa que harás cuando aparezca
form-trigger-notes = Notas
form-trigger-saved = Detonante guardado: { $name }.
form-trigger-added = Detonante añadido: { $name }. Ponerle nombre es una fortaleza.

## tui/forms/export.rs

form-export-title = Resumen para tu consejero/a
form-export-intro = Lo aprendido de los tropiezos se incluye salvo que digas que no; todo lo demás personal, los nombres de las personas y los teléfonos quedan fuera salvo que digas que sí. La vista previa es lo que leerá tu consejero/a.
# The preview pane's title; $keys are the keys that scroll it.
form-export-preview-title = Vista previa · { $keys } desplaza
# In place of the preview when the choices make none; $error says why.
form-export-no-preview = (sin vista previa: { $error })
form-export-range = Periodo
form-export-range-last = { $count ->
    [one] último { $count } día
   *[other] últimos { $count } días
}
form-export-range-dates = estas fechas
form-export-from = Desde
form-export-to = Hasta
# $from_label and $to_label are the From and To fields' labels; the dates are YYYY-MM-DD.
form-export-from-after-to = { $from_label } ({ $from }) es posterior a { $to_label } ({ $to })
form-export-journal = Entradas del diario
form-export-notes = Notas del registro
form-export-details = Detalles de tropiezos
form-export-names = Nombres completos
form-export-numbers = Teléfonos y lugares
form-export-use = Cantidades de consumo
form-export-medications = Medicamentos
form-export-lessons = Lo aprendido en tropiezos
form-export-contacts = Contar llamadas y visitas
form-export-format = Formato
form-export-format-html = html (para imprimir)
form-export-format-markdown = markdown
form-export-format-csv = csv (tarjeta diaria)
form-export-format-attendance = csv (asistencia a reuniones)
form-export-language = Resumen en
form-export-language-en = inglés (English)
form-export-language-es = español
form-export-path = Guardar como
form-export-path-hint = vacío: un nombre hecho con las fechas
# Under the fields: the folder a file named without one is saved in.
form-export-folder = Se guarda en { $path }
# $from and $to are YYYY-MM-DD.
form-export-written = Se escribió el resumen del { $from } al { $to } en { $path } (solo tú puedes leerlo).
# The Export screen before the form opens; $key is a key.
form-export-invite = Haz un resumen para compartir con tu consejero/a.
form-export-invite-open = { $key } elige las fechas y qué compartir, y luego escribe el archivo.
form-export-invite-private = El texto del diario, las notas, los nombres y los números quedan fuera salvo que digas que sí.
form-export-invite-import = { $key } importa tu historial de Daylio, jrnl o Day One (con vista previa).
form-export-last = Escrito, solo tú puedes leerlo: { $path }
# $hints names the key that opens the form, then form-export-hint-start.
form-export-screen-title = Exportar · { $hints }
form-export-hint-start = para empezar

## tui/forms/import.rs

form-import-title = Importar historial
form-import-intro = Trae lo que escribiste en Daylio, jrnl o Day One, o un archivo de datos de tend. Importar el mismo archivo otra vez no cambia nada.
# The preview before a file is named.
form-import-empty =
    Indica un archivo para ver qué se importaría: cuántas filas, sus fechas, cómo se leen los ánimos y las primeras entradas. No se escribe nada hasta que guardes.

    Daylio: el CSV de Ajustes › Exportar entradas.
    jrnl: el archivo del diario, su carpeta o {"`jrnl --export json`"}.
    Day One: el .zip de la exportación o su Journal.json.
    tend: un archivo de {"`tend export data`"}.
form-import-path = Archivo o carpeta
form-import-path-hint = p. ej. {"~/Downloads/daylio_export.csv"}
form-import-from = Origen
# The From choice that tells the kind of file from the file itself.
form-import-from-auto = auto (según el archivo)
form-import-moods = Etiquetas de ánimo
# great and meh stand for the person's own Daylio mood names.
form-import-moods-hint = tus ánimos de Daylio, de 1 a 10: genial=9,regular=5
form-import-skip-bad = Saltar líneas malas
form-import-nothing-there = No hay ningún archivo ni carpeta en { $path }.
# $field is the From field's label; $source is the value to choose there (jrnl).
form-import-folder = { $path } es una carpeta: pon { $field } en { $source } para leerla como un diario de jrnl en carpeta (todos sus archivos .txt).
form-import-not-a-file = { $path } no es un archivo.
# An import's refusal in the form's words. Followed by an example mood list.
form-import-in-moods = en { $field }, como
# "yes" is the Skip bad lines field's choice.
form-import-set-skip-bad = pon { $field } en sí para importar las demás filas
# Followed by the value to choose.
form-import-set-from = pon { $field } en
# Followed by the values to choose from.
form-import-set-from-one-of = pon { $field } en uno de estos:
# The first line of a longer refusal, the whole of which the preview shows.
form-import-first-line = { $first } (completo en la vista previa)
# $why is the import's refusal, one or more lines.
form-import-not-importable =
    No se puede importar tal como está:
    { $why }

## tui/forms/welcome.rs

form-welcome-title = Te damos la bienvenida a tend
# $down, $save and $back are keys.
form-welcome-intro = Un lugar privado para tu recuperación, solo en este equipo. Unas cosas para empezar: { $down } avanza, { $save } guarda, { $back } lo omite (puedes añadir todo esto más tarde). ¿Vienes de Daylio, jrnl o Day One? El último campo trae después tu historial.
form-welcome-name = Tu nombre
form-welcome-name-hint = opcional: cómo te saluda tend
form-welcome-toward = Tu compromiso
form-welcome-toward-hint = p. ej. Alcohol, Juego, Mi plan de salud mental
form-welcome-since = Desde
form-welcome-reason = Una razón
form-welcome-reason-hint = por qué te importa tu recuperación
form-welcome-another = Otra razón
form-welcome-optional = opcional
form-welcome-supporter = Alguien que te apoya
form-welcome-supporter-hint = opcional: un nombre
form-welcome-role = Es tu
form-welcome-number = Su número
form-welcome-helps = Algo que te ayuda
form-welcome-helps-hint = opcional: un paso de afrontamiento, como un paseo
form-welcome-history = Después, importar historial
form-welcome-history-no = no
form-welcome-history-yes = sí: de Daylio, jrnl o Day One
form-welcome-done = Todo listo. Te damos la bienvenida: un día a la vez.
form-welcome-done-import = Todo listo. Ahora, el historial que traes contigo.
form-welcome-skipped = Omitido por ahora. Puedes añadir tu plan y tus compromisos cuando quieras.
