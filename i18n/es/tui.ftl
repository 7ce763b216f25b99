# tui: the full-screen app's own words: tabs, status line, help, questions, the
# check-in form, the crisis view, the lock, the urge timer, the editor and prompts.

## tui/action.rs

tui-tab-today = Hoy
tui-tab-check-in = Registro
tui-tab-journal = Diario
tui-tab-domains = Áreas
tui-tab-goals = Metas
tui-tab-plan = Plan
tui-tab-progress = Progreso
tui-tab-export = Exportar
tui-tab-connections = Conexiones
# The tab bar's names when the titles above don't all fit (80 columns): short
# whole words, never a title cut.
tui-tab-short-today = Hoy
tui-tab-short-check-in = Registro
tui-tab-short-journal = Diario
tui-tab-short-domains = Vida
tui-tab-short-goals = Metas
tui-tab-short-plan = Plan
tui-tab-short-progress = Datos
tui-tab-short-export = Resumen
tui-tab-short-connections = Gente

## tui/mod.rs

tui-needs-terminal = la aplicación a pantalla completa necesita una terminal; en scripts usa los subcomandos (mira {"`tend --help`"})
# $error: what went wrong, already a sentence.
tui-not-saved = No se guardó: { $error }
tui-reopened = Otro comando reemplazó el archivo del diario; {"tend"} lo volvió a abrir: guarda una vez más.
# $problem: where in the settings file and what is wrong there.
tui-settings-error = { $problem }; por ahora se usa el valor predeterminado ({"`tend config show`"} los muestra todos)
tui-settings-problem = { $problem } ({"`tend config show`"} los muestra todos)

## tui/app.rs

# $when: the date and time the words were kept (YYYY-MM-DD HH:MM); $save, $leave: keys.
tui-draft-back = Aquí está lo que escribiste sin guardar el { $when }: { $save } lo guarda, { $leave } pregunta antes de descartarlo.
tui-undo-nothing = Nada que deshacer: lo que borres o edites aquí se puede deshacer hasta que salgas.
# $record: the record as its deletion names it ("the journal entry of 3 May").
tui-undone = Deshecho: { $record } vuelve a estar como estaba.

## tui/view.rs

tui-too-small = {"tend"} necesita un poco más de espacio.
tui-too-small-size = Haz la ventana de al menos { $min_width }×{ $min_height } (ahora es de { $width }×{ $height }).
tui-too-small-quit = { $key } sale.

## tui/overlay.rs

# $beside: what the words were kept beside ("this entry").
tui-kept-none-beside = No hay palabras de otro dispositivo guardadas junto a { $beside }.
# $devices: the devices' names ("laptop and desktop").
tui-kept-kept = Se conservan las palabras de { $devices }.
tui-kept-dismissed = Se descartaron las palabras de { $devices }.
tui-left-without-saving = Saliste sin guardar.
# $record: the record as its deletion names it; $undo: the key that undoes.
tui-deleted = Se borró { $record }. { $undo } lo deshace.
tui-delete-kept = Se conserva { $record }.
# $key: the key that writes about the setback on Today.
tui-setback-kept = Tu tropiezo quedó registrado. Escribe sobre él cuando quieras: { $key } en Hoy.
tui-dismiss-keys = { $yes } las descarta · cualquier otra tecla las conserva
tui-dismiss-title = ¿Descartar?
tui-ask-leave-self-check = ¿Salir de esta autoevaluación sin guardar tus respuestas? { $yes } sale · cualquier otra tecla las conserva
tui-ask-leave = ¿Salir sin guardar tus cambios? { $yes } sale · cualquier otra tecla los conserva
tui-ask-offer-growth = ¿Escribir ahora un registro de aprendizaje sobre el tropiezo? { $enter } sí · { $esc } ahora no
tui-ask-over-plan = Este día pasa de tu plan. Es información, no un veredicto. ¿Escribir sobre ello ahora? { $enter } escribir · { $esc } ahora no
tui-over-plan-saved = Se guardó "por encima de mi plan" para ese día. Escribir sobre ello es decisión tuya.
tui-over-plan-not-now = Ahora no, entonces. El consumo quedó anotado.
# $key: the key that adds a commitment on the Plan screen's Commitments tab.
tui-use-no-commitment = Aún no hay ningún compromiso en el que anotar un consumo: añade uno en la pestaña Compromisos de la pantalla Plan ({ $key }).
tui-ask-quit = ¿Salir sin guardar lo que escribiste? { $yes } sale · cualquier otra tecla vuelve al texto
tui-ask-delete = ¿Borrar { $record }?
tui-delete-keys = { $yes } borra · cualquier otra tecla lo conserva
tui-delete-title = ¿Borrar?
tui-help-anywhere = En todas partes
# The help panel's title; $scroll, $close: keys.
tui-help-title = Ayuda · { $scroll } desplaza · { $close } cierra
tui-help-title-lines = Ayuda · { $scroll } desplaza · líneas { $first }–{ $last } de { $total } · { $close } cierra

## tui/widgets.rs

# Where the cursor is in a list too long to show whole.
tui-list-at = { $at } de { $total }
tui-list-at-more = { $at } de { $total }+
tui-lines-shown = líneas { $first }–{ $last } de { $total }

## tui/fields.rs

tui-field-needs-words = necesita unas palabras
tui-field-whole-number = debe ser un número entero de { $lo } a { $hi }
tui-field-amount = debe ser un número, como {"2"} o {"1.5"}
tui-field-no = no
tui-field-yes = sí
# Under a field of weekdays (a meeting's days).
tui-field-days-note = {"←→"} un día · {"Space"} o {"1"}–{"7"} lo activa o desactiva
# What a date field takes: the words after the format are typed as they are.
tui-field-date-hint = {"YYYY-MM-DD"}, {"today"} o {"yesterday"}

## tui/checkin.rs

tui-checkin-mood = Ánimo
tui-checkin-craving = Deseo
tui-checkin-physical = Físico
tui-checkin-mental = Mental
tui-checkin-emotional = Emocional
tui-checkin-social = Social
tui-checkin-spiritual = Espiritual
# Hungry, angry, lonely, tired: the check-in's four marks.
tui-checkin-halt = HALT
tui-checkin-hungry = Hambre
tui-checkin-angry = Enojo
tui-checkin-lonely = Soledad
tui-checkin-tired = Cansancio
tui-checkin-sleep = Sueño
# $hours: a number, perhaps with a half ("7.5").
tui-checkin-sleep-hours = { $hours } horas
tui-checkin-not-set = sin dato
# What a slider's two ends mean: mood and the five domains, then craving.
tui-checkin-ends-rating = { $low } muy bajo · { $high } muy bueno
tui-checkin-ends-craving = { $low } nada · { $high } abrumador
tui-checkin-intention = Intención
tui-checkin-reflection = Reflexión
tui-checkin-gratitude = Gratitud
tui-checkin-note = Nota
tui-checkin-setback-today = Hoy tuve un tropiezo
tui-checkin-setback-that-day = Ese día tuve un tropiezo
# What the two ends of one of the person's own rating trackers mean, in their words:
# "0 none · 5 extreme".
tui-checkin-tracker-ends = { $low } { $low_words } · { $high } { $high_words }
# Under a tracker that asks it (the DBT diary card's urges): whether the person acted
# on the urge.
tui-checkin-acted-on = Lo hice
# $date: the day ("Saturday 21 November").
tui-checkin-saved-day = Se guardó el registro del { $date }.
tui-checkin-saved-craving = Registro hecho. Hoy las ganas de consumir se hacen oír: { $key } abre tu plan cuando lo necesites.
tui-checkin-saved = Registro hecho. Gracias por estar presente hoy.
tui-checkin-how-was = ¿Cómo fue el { $date }?
tui-checkin-how-are-you = ¿Cómo estás este { $weekday }?
tui-checkin-which-title = Registro del día · ¿qué compromiso?
tui-checkin-week-connections = { $count ->
    [one] { $count } conexión esta semana
   *[other] { $count } conexiones esta semana
}
# $date: the day being checked in ("Saturday 21 November").
tui-checkin-title = Registro del día · { $date }
tui-checkin-which-today = ¿Con qué compromiso tuvo que ver el tropiezo de hoy?
tui-checkin-which-that-day = ¿Con qué compromiso tuvo que ver el tropiezo de ese día?
tui-checkin-which-run = Solo su racha empieza de nuevo; tus días en recuperación y en buen camino se mantienen todos.
tui-checkin-which-keys = Un número elige · { $back } vuelve al registro del día

## tui/crisis.rs

tui-crisis-way-back = Si esos pensamientos vuelven, { $key } abre tus razones, tu gente y las líneas de crisis, cuando sea.
tui-crisis-item-nine = Gracias por responder con sinceridad. Los pensamientos de que estarías mejor muerto/a o de hacerte daño merecen atención ahora mismo: por favor, busca a alguien de la lista de abajo.
# Above the crisis plan, when the person's own safety tracker was answered at or above
# the threshold they set. $tracker: its name; $value: the answer ("5").
tui-crisis-tracker = Gracias por responder con sinceridad: { $tracker } en { $value }. Eso merece atención ahora mismo: por favor, busca a alguien de la lista de abajo.
tui-crisis-timer-closed = Temporizador cerrado. Puedes volver a iniciarlo con { $key }.
tui-crisis-my-reasons = Mis razones para la recuperación
tui-crisis-reasons = Tus razones
tui-crisis-coping = Tus pasos de afrontamiento
tui-crisis-not-alone = No estás a solas. Suelta el aire despacio.
tui-crisis-halt = HALT: ¿hambre, enojo, soledad, cansancio?
tui-crisis-urges-pass = Come, descansa, pide apoyo. Los impulsos crecen, llegan al máximo y pasan en 15–20 minutos.
tui-crisis-press-urge = Pulsa { $key } para surfear el impulso con un temporizador.
tui-crisis-title = Tu plan, ahora mismo · { $key } cierra
tui-crisis-contacts = Contactos profesionales y de crisis
tui-crisis-lines = Líneas de crisis
tui-crisis-add-own = Añade los tuyos en la pantalla Plan ({ $key }), en Contactos profesionales y de crisis.
# People to call scrolled out of sight; $keys: the keys that page.
tui-crisis-more-above = { $count } más arriba ({ $keys })
tui-crisis-more-below = { $count } más abajo ({ $keys })
tui-crisis-people = A quién llamar
tui-crisis-nothing-yet = (nada todavía: añádelo en la pantalla Plan)

## tui/crisis.rs: the safety page, what to look for and what to do (REFERENCE.md, "Signs
## of an opioid overdose", "Signs of alcohol poisoning"; CDC, SAMHSA, NHS, NIAAA). Plain,
## calm words, and never a word on doses.

# $key: the key that closes the crisis view.
tui-safety-title = Si alguien puede haber tenido una sobredosis · { $key } cierra
# $number: the emergency number of the person's country ("911").
tui-safety-call = Si alguien no se despierta, o respira muy despacio o ha dejado de respirar, llama ya al { $number }.
# The country's number is not known: the usual ones.
tui-safety-call-local = Si alguien no se despierta, o respira muy despacio o ha dejado de respirar, llama ya al número de emergencias de tu país ({"911, 999, 112, 000"}).
tui-safety-opioid = Señales de sobredosis de opioides
tui-safety-opioid-woken = No se despierta o no responde
tui-safety-opioid-breathing = Respiración lenta, superficial o detenida
tui-safety-opioid-pupils = Pupilas diminutas, como puntos
tui-safety-opioid-lips = Labios y dedos azulados o grises
tui-safety-opioid-sounds = Ruidos de ahogo o gorgoteo
tui-safety-alcohol = Señales de intoxicación por alcohol
tui-safety-alcohol-confusion = Confusión, o no se despierta
tui-safety-alcohol-vomiting = Vómitos o convulsiones
tui-safety-alcohol-breathing = Respiración lenta o irregular
tui-safety-alcohol-skin = Piel pálida o azulada
tui-safety-alcohol-cold = Temperatura corporal baja
tui-safety-do = Qué hacer
tui-safety-do-call = Llama al { $number }. Di dónde estás y qué ves.
tui-safety-do-call-local = Llama al número de emergencias de tu país. Di dónde estás y qué ves.
tui-safety-do-naloxone = Si puede haber opioides y tienes naloxona, dásela. Se puede volver a dar pasados {"2–3"} minutos.
tui-safety-do-breathing = Ayuda a que respire: dale respiraciones de rescate si sabes cómo.
tui-safety-do-side = Pon a la persona de lado, en la posición lateral de seguridad, para que no se ahogue.
tui-safety-do-stay = Quédate con la persona hasta que llegue ayuda. Nunca la dejes sola.
tui-safety-checklist = Tu lista de consumo más seguro
tui-safety-break-when = Una pausa puede ser desintoxicación, tratamiento, un ingreso hospitalario, la cárcel, o días o semanas sin consumir.
tui-safety-sources = Según las guías de salud pública ({"CDC, SAMHSA, NHS, NIAAA"}).

## tui/urge_timer.rs

# Kept as the logged encounter's note.
tui-urge-note = surfear el impulso, { $minutes } min
tui-urge-logged-eased = Anotado: impulso { $before } → { $after }. Dejaste pasar la ola.
tui-urge-logged-stayed = Anotado: impulso { $before } → { $after }. Te quedaste con él; eso requiere fuerza.
tui-urge-heading = Surfear el impulso
tui-urge-how-strong = ¿Qué tan fuerte es el impulso ahora? { $urge } de 10
tui-urge-before-keys = { $adjust } o un número · { $next } inicia el temporizador
# $elapsed and $total: minutes and seconds ("3:07", "20:00").
tui-urge-elapsed = { $elapsed } de { $total }
tui-urge-breathe = Respira. Observa el impulso como una ola: crece, llega a su punto más alto y pasa.
tui-urge-riding-keys = { $next } cuando haya bajado
tui-urge-and-now = ¿Y ahora? { $urge } de 10 (antes, { $before })
tui-urge-after-keys = { $adjust } o un número · { $next } lo anota

## tui/kept.rs

# Two or more devices; $some: all but the last, joined by commas.
tui-kept-devices = { $some } y { $last }
# $at: the date and time (YYYY-MM-DD HH:MM).
tui-kept-also-edited = También se editó en { $device } el { $at }
tui-kept-field-title = título
tui-kept-field-intention = intención
tui-kept-field-reflection = reflexión
tui-kept-field-gratitude = gratitud
tui-kept-field-note = nota
tui-kept-dismiss-keys = Se guardan para que no se pierda nada escrito · { $key } las descarta (pregunta antes)
tui-kept-question = ¿Descartar las palabras de { $devices } guardadas junto a { $beside }? Ahora no forman parte del texto y, una vez descartadas, ningún dispositivo las conserva.

## tui/lock.rs

tui-lock-wrong = Esa frase de contraseña no lo abrió. Inténtalo de nuevo.
tui-lock-replaced = Otro comando reemplazó el diario (por ejemplo, al cifrarlo). Escribe su frase de contraseña para volver a abrirlo.
tui-lock-locked = {"tend"} está bloqueado.
tui-lock-type = Escribe tu frase de contraseña y pulsa { $enter } · { $quit } sale
# $typed: a dot for each character typed.
tui-lock-passphrase = Frase de contraseña: { $typed }
tui-lock-any-key = Pulsa cualquier tecla para volver.

## tui/selfcheck.rs

tui-self-check-nothing-saved = No se guardó nada.
# $scale: the scale's name (PHQ-9); $band: what the score means.
tui-self-check-saved = Se guardó { $scale }: { $score } de { $max } · { $band }.
# $dots: one dot per item, filled once answered.
tui-self-check-title = Autoevaluación · { $scale } · pregunta { $item } de { $items } { $dots }

## tui/writer.rs

tui-writer-prompt = { $prompt } ({ $keys })
tui-writer-freely = Escribe libremente. ({ $keys })
tui-writer-nothing-yet = Aún no has escrito nada.
tui-writer-needs-text = Una entrada necesita unas palabras de texto además del título y las etiquetas.
tui-writer-nothing-changed = No cambió nada.
# $error: the journal entry changed elsewhere, already a sentence.
tui-writer-changed = { $error }: { $key } otra vez guarda lo tuyo encima.
# $date: YYYY-MM-DD.
tui-writer-saved = Entrada { $id } guardada para el { $date }.
tui-writer-saved-warning = Entrada { $id } guardada para el { $date }. ({ $warning })
tui-writer-new = Nueva entrada
tui-writer-editing = Editando la entrada { $id }
tui-writer-keys = { $save } guarda, { $leave } sale
tui-writer-head-keys = { $save } guarda · { $leave } sale
# The fields around the editor's text.
tui-writer-title = Título
tui-writer-title-hint = opcional
tui-writer-tags = Etiquetas
tui-writer-tags-hint = paseo, paseo por el río (o #paseo en el texto)
# $tags: the tags written in the text, each with its #.
tui-writer-tags-inline = en el texto: { $tags }
tui-writer-mood = Ánimo
tui-writer-mood-hint = 1 a 10, opcional
tui-writer-domain = Área
# $size: megabytes, two decimals.
tui-writer-over-limit = { $size } MB: pasa del 1 MB que admite una entrada; divídela para guardarla
tui-writer-near-limit = { $size } MB del 1 MB que admite una entrada

## tui/prompts.rs

tui-prompt-1 = ¿Qué es algo que salió bien hoy, por pequeño que sea?
tui-prompt-2 = ¿Qué necesitó tu cuerpo hoy? ¿Lo recibió?
tui-prompt-3 = ¿Con quién conectaste hoy? ¿Con quién te gustaría ponerte en contacto?
tui-prompt-4 = ¿Qué agradeces en este momento?
tui-prompt-5 = ¿Qué fue difícil hoy, y qué te ayudó, aunque sea un poco?
tui-prompt-6 = ¿Qué es algo que quieres recordar de hoy?
tui-prompt-7 = ¿Cuándo te sentiste más tú hoy?
tui-prompt-8 = ¿Notaste alguna señal de alerta? ¿Qué hiciste?
tui-prompt-9 = ¿Qué le dirías a alguien querido que hubiera tenido un día como el tuyo?
tui-prompt-10 = ¿Qué te dio hoy sentido o esperanza?
tui-prompt-11 = ¿Qué esperas con ilusión esta semana?
tui-prompt-12 = ¿Qué aprendiste hoy sobre ti?
tui-prompt-13 = ¿Cómo cuidaste tu mente hoy?
tui-prompt-14 = ¿Qué es algo amable que hiciste por ti?

## tui/keymap.rs

tui-mode-reading = Leyendo una entrada
tui-mode-searching = Buscando en el diario
tui-mode-picking-tag = Eligiendo una etiqueta
tui-mode-form = En un formulario
tui-mode-check-in = En el registro del día
tui-mode-writing = Escribiendo
tui-mode-help = Ayuda
tui-mode-crisis = Vista de crisis
tui-mode-safety = Vista de crisis: señales de sobredosis
tui-mode-surfing = Surfear el impulso
tui-mode-confirm = Una pregunta
tui-mode-curtain = Bloqueado
tui-mode-self-check = Haciendo una autoevaluación
tui-mode-day-cursor = Calendario de días del año
# Two settings the file gives the same key; $setting, $other: settings ("keys.crisis").
tui-keys-clash = { $setting } y { $other } (línea { $line }) usan los dos { $keys }; dale a cada uno su propia tecla
# Keys two settings share, as the file writes them ("j" and "k").
tui-keys-and = { $first } y { $second }

## tui/keymap/tables.rs

# $names: every action the file may name, comma-separated.
tui-keys-not-an-action = { $setting } no es una acción; usa una de estas: { $names }
# $examples: keys as the file writes them; $got: what it said.
tui-keys-not-keys = { $setting } debe indicar teclas como { $examples } (dice { $got })
tui-keys-ctrl-c = { $setting }: { $key } siempre sale, así que no puede hacer nada más; elige otra tecla

## tui/keymap/words.rs: what each key does, in help

tui-key-lock = ocultar la pantalla al instante (bloquear)
tui-key-quit-asks = salir (pregunta antes si hay texto sin guardar)
tui-key-go-today = Hoy
tui-key-go-check-in = Registro del día
tui-key-go-journal = Diario
tui-key-go-domains = Áreas
tui-key-go-goals = Metas
tui-key-go-plan = Plan
tui-key-go-progress = Progreso
tui-key-go-export = Exportar (resumen para tu consejero/a)
tui-key-go-connections = Conexiones (reuniones, llamadas, personas)
tui-key-next-screen = pantalla siguiente
tui-key-previous-screen = pantalla anterior
tui-key-growth = escribir un registro de aprendizaje (un tropiezo)
tui-key-connect = anotar una conexión: una reunión, una llamada, un rato con alguien
tui-key-self-check = escalas de autoevaluación ({"PHQ-9, GAD-7, WHO-5, BARC-10, PACS"})
tui-key-help = ayuda
tui-key-help-in-text = ayuda, también en un campo de texto (donde {"?"} se escribe)
tui-key-crisis = plan de crisis
tui-key-undo = deshacer el último borrado o edición
tui-key-back = cerrar lo que está abierto, sin salir de esta pantalla
tui-key-quit = salir
tui-key-page-up = una página arriba
tui-key-page-down = una página abajo
tui-key-first = al principio
tui-key-last = al final
tui-key-check-in = registrar el día (o actualizar el de hoy)
tui-key-write = escribir una entrada del diario
tui-key-reflect = escribir sobre el tropiezo que marcaste
tui-key-log-use = anotar un consumo
tui-key-log-use-of = Compromisos: anotar un consumo del seleccionado
tui-key-path = Compromisos: cambiar su enfoque (abstinencia, reducir, consumo más seguro)
tui-key-take-dose = marcar como tomada la próxima dosis de hoy
tui-key-log-dose = Medicamentos: anotar una dosis del seleccionado
tui-key-archive-tracker = Seguimientos: archivarlo (sus respuestas se quedan) o recuperarlo
tui-key-later-day = un registro posterior
tui-key-earlier-day = un registro anterior
tui-key-correct-day = corregir el día que se ve
tui-key-check-in-day = registrar el día que se ve
tui-key-check-in-on = registrar un día que escribas
tui-key-delete-day = borrar el registro de ese día (pregunta antes)
tui-key-dismiss = descartar las palabras de otro dispositivo guardadas aparte (pregunta antes)
tui-key-move-up = subir
tui-key-move-down = bajar
tui-key-read-entry = leer la entrada
tui-key-edit-outside = editar en tu {"$EDITOR"}
tui-key-new-entry = nueva entrada
tui-key-delete = borrar (pregunta antes)
tui-key-pin = fijar o soltar
tui-key-search = buscar
tui-key-filter-domain = filtrar por área
tui-key-filter-tag = filtrar por etiqueta
tui-key-pick-tag = elegir entre todas las etiquetas en uso
tui-key-earlier-month = un mes anterior
tui-key-later-month = un mes posterior
tui-key-previous-domain = área anterior
tui-key-next-domain = área siguiente
tui-key-add-goal = añadir una meta
tui-key-edit-goal = editar la meta (o corregir la marca)
tui-key-log-goal = anotarla para hoy (o su siguiente paso)
tui-key-log-goal-on = anotarla para el día que elijas (hoy si no lo cambias), con una nota
tui-key-goal-status = cambiar su estado
tui-key-delete-goal = borrar la meta o la marca (pregunta antes)
tui-key-to-marks = a las marcas de avance de la meta
tui-key-to-goals = volver a las metas
tui-key-tab-before = la pestaña anterior (plan, detonantes, afrontamiento, …)
tui-key-tab-after = la pestaña siguiente (… encuentros, compromisos)
tui-key-add-to-plan = añadir (al plan o a la lista de la pestaña)
tui-key-correct = corregir
tui-key-item-up = subir un punto del plan
tui-key-item-down = bajar un punto del plan
tui-key-adopt = Personas: pasar la siguiente persona del plan a la lista
tui-key-previous-view = vista anterior
tui-key-next-view = vista siguiente
tui-key-progress-up = subir (cronología, escalas de autoevaluación); gráficos: qué muestran
tui-key-progress-down = bajar (cronología, escalas de autoevaluación); gráficos: qué muestran
tui-key-progress-open = autoevaluaciones: hacer la escala; cronología: corregir la entrada; calendario: recorrer sus días
tui-key-correct-growth = cronología: corregir el registro de aprendizaje
tui-key-delete-growth = cronología: borrar el registro de aprendizaje (pregunta antes)
tui-key-week-before = la semana anterior
tui-key-week-after = la semana siguiente
tui-key-day-before = el día anterior
tui-key-day-after = el día siguiente
tui-key-leave-days-arrows = salir de los días (←→ vuelven a cambiar de vista)
tui-key-leave-days = salir de los días
tui-key-shade-calendar = calendario: colorear los días por ánimo o por cantidad consumida
tui-key-choose-share = elegir qué compartir y luego escribir
tui-key-import = importar de {"Daylio"}, {"jrnl"}, {"Day One"} o un archivo de {"tend"} (con vista previa)
tui-key-preview-up = subir la vista previa
tui-key-preview-down = bajar la vista previa
tui-key-log-connection = anotar una conexión
tui-key-correct-connection = corregir la conexión
tui-key-delete-connection = borrar la conexión (pregunta antes)
tui-key-previous-entry = entrada anterior
tui-key-next-entry = entrada siguiente
tui-key-edit-here = editar aquí
tui-key-to-list = volver a la lista
tui-key-cancel = cancelar
tui-key-previous-tag = la etiqueta de arriba
tui-key-next-tag = la etiqueta de abajo
tui-key-show-tag = ver las entradas con esta etiqueta
tui-key-next-field = campo siguiente
tui-key-previous-field = campo anterior
tui-key-less = menos, la opción anterior o el cursor a la izquierda
tui-key-more = más, la opción siguiente o el cursor a la derecha
tui-key-text-start = inicio del texto
tui-key-text-end = final del texto
tui-key-word-left = palabra anterior
tui-key-word-right = palabra siguiente
tui-key-delete-char = borrar el carácter del cursor
tui-key-toggle-mark = marcar o desmarcar
tui-key-save = guardar
tui-key-form-preview-up = subir una vista previa
tui-key-form-preview-down = bajar una vista previa
tui-key-leave-discard = salir (pregunta antes de descartar)
tui-key-digit = un número lo fija
tui-key-save-entry = guardar la entrada
tui-key-scroll-up = desplazar arriba
tui-key-scroll-down = desplazar abajo
tui-key-close-help = cerrar la ayuda
tui-key-urge = temporizador del impulso
tui-key-people-earlier = a quién llamar: los anteriores
tui-key-people-more = a quién llamar: más
tui-key-close-crisis = cerrar la vista de crisis
tui-key-safety-page = la página sobre sobredosis e intoxicación por alcohol
tui-key-plan-page = volver a tu plan
tui-key-weaker = un impulso más débil
tui-key-stronger = un impulso más fuerte
tui-key-surf-next = iniciar, ya bajó, anotarlo
tui-key-stop-timer = parar el temporizador
tui-key-yes = sí
tui-key-yes-enter = sí, donde se ofrece {"Enter"}
tui-key-no = no
tui-key-unlock = desbloquear
tui-key-answer-above = marcar la respuesta de arriba
tui-key-answer-below = marcar la respuesta de abajo
tui-key-choose-answer = elegir la respuesta marcada
tui-key-item-before = volver a la pregunta anterior
tui-key-leave-asks = salir (pregunta antes)

## tui/keymap/words.rs: the status line's words after keys

tui-hint-screens = pantallas
tui-hint-next = sigue
tui-hint-help = ayuda
tui-hint-crisis-plan = plan de crisis
tui-hint-quit = sale
tui-hint-previous-next = ant./sig.
tui-hint-edit = edita
tui-hint-list = lista
tui-hint-type-words = escribe
tui-hint-search = busca
tui-hint-cancel = cancela
tui-hint-type-to-narrow = escribe y filtra
tui-hint-tag = etiqueta
tui-hint-show = muestra
tui-hint-field = campo
tui-hint-choose = elige
tui-hint-save = guarda
tui-hint-leave = sale
tui-hint-adjust = ajusta
tui-hint-mark = marca
tui-hint-mark-beside = mueve
tui-hint-set = lo fija
tui-hint-half-hour = media hora
tui-hint-hours = horas
tui-hint-closes-help = cierra la ayuda
tui-hint-urge-timer = surfear el impulso
tui-hint-overdose-signs = sobredosis
tui-hint-your-plan = tu plan
tui-hint-closes = cierra
tui-hint-digit-sets-urge = o un número fija el nivel
tui-hint-stops = detiene
tui-hint-number-answers = un número responde
tui-hint-back = vuelve
tui-hint-week = semana
tui-hint-day = día
tui-hint-leave-days = deja los días
tui-hint-mood-or-amount = ánimo o cantidad
tui-hint-dismiss = descarta
# The coping step the urge timer logs with, if the person has one by this name.
tui-urge-coping-name = surfear el impulso
