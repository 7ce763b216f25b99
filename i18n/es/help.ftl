# help: the `--help` text of tend's command line, the man page's and the shell
# completions' descriptions. src/cli/help.rs sets them on clap's command tree at run
# time; the key of each comes from where it shows:
#
#   help-tend                   `tend` itself: the line under its name
#   help-journal                a command (`tend journal`): the words after `tend`, joined by -
#   help-journal-add            a subcommand (`tend journal add`)
#   help-journal-add-at         an argument of it: its flag's long name (`--at`), or for a
#                               positional argument its field's name (`text`)
#   help-tend-db                an argument of `tend` itself (`--db`)
#   …--long                     the long form, shown by `--help` (the short one by `-h`)
#   …--after                    a command's text after its options (`-h`)
#   …--after-long               the same, shown by `--help`
#
# A command or argument with no message shows no help text. Clap's own words (Usage:,
# Options:, Commands:, Print help, [default: …], [env: …], [aliases: …], its errors)
# are clap's, not the catalog's. Flags, commands, values a person types (today, html,
# slip, …), value names (TEXT, N) and variables stay as they are: they are string
# literals here.

# What any record may hold, where records are added.
-help-limits = Límites: texto (una entrada, una nota, lo que pasó) hasta 1 MB; nombres y títulos hasta 500 caracteres; etiquetas hasta 60; fechas de 1900 a hoy.

## cli/mod.rs

help-tend = Un diario de recuperación y seguimiento de metas, privado y sin conexión
help-tend--long =
    Un diario de recuperación y seguimiento de metas, privado y sin conexión.

    Ejecuta {"`tend`"} solo para abrir la app a pantalla completa; los subcomandos permiten manejar cada registro desde scripts.
help-tend--after = Tus datos se quedan en un único archivo local (mira {"`tend paths`"}). Nunca se envía nada a ningún sitio.
help-tend--after-long =
    { help-tend--after }

    Límites: una entrada del diario o una nota admite hasta 1 MB; nombres y títulos, 500 caracteres; etiquetas, 60; las fechas van de 1900 a hoy (según tu hora de inicio del día); un resumen abarca como máximo 20 años.
help-tend-db = El archivo de la base de datos [por defecto: {"tend/tend.db"} en tu carpeta de datos]
help-tend-json = Mostrar listas, registros y cifras en JSON (campos descritos en {"README.md"})
help-tend-now = Hacer como si fuera este momento ({"RFC 3339"}): para pruebas y demostraciones
help-tend-passphrase-fd = Leer la frase de contraseña de un diario cifrado desde este descriptor de archivo (scripts)
help-tend-passphrase-file = Leer la frase de contraseña desde este archivo ({"TEND_PASSPHRASE_FILE"})
help-checkin = Hacer el registro de un día (los campos que no indiques conservan su valor), o listar y ver registros
help-journal = Escribir, buscar y leer entradas del diario
help-commitment = De qué te estás recuperando o hacia qué trabajas, cada cosa con su fecha de inicio
help-goal = Metas, hábitos e hitos, y el registro de tu progreso en ellos
help-trigger = Tu biblioteca de detonantes y las veces que te encontraste con un detonante o un impulso
help-coping = Tus estrategias de afrontamiento
help-plan = Tu plan de prevención de recaídas, sección por sección
help-person = Las personas que apoyan tu recuperación: roles, teléfonos, contactos de emergencia
help-meeting = Las reuniones a las que vas: comunidad, formato, días, hora, lugar, grupo base
help-connect = Anotar una conexión: {"`tend connect meeting \"Tuesday group\" --shared`"}, {"`tend connect call Sam`"}
help-use = Anotar un consumo sin juicios: {"`tend use add Alcohol 2`"}; listar, ver, cambiar o borrar
help-tracker = Tus propios seguimientos diarios, que respondes con {"`tend checkin --track \"NAME=VALUE\"`"}
help-med = Tus medicamentos y las dosis que anotas: {"`tend med add NAME --dose \"8 mg\" --times 08:00`"}, {"`tend med take NAME`"}
help-growth = Tropiezos, guardados como registros de aprendizaje: lo que pasó y lo que aprendiste
help-self-check = Escalas de autoevaluación: {"PHQ-9"}, {"GAD-7"}, {"WHO-5"}, {"BARC-10"} y {"PACS"} (ayudas de cribado, no diagnósticos)
help-stats = Progreso: días en recuperación, rachas, días en buen camino, adherencia, hitos
help-profile = Tu nombre, la fecha de inicio de tu recuperación y tu hora de inicio del día
help-paths = Dónde están la base de datos, los ajustes y las copias de seguridad
help-config = El archivo de ajustes: su ruta, lo que está en vigor, o editarlo
help-encrypt = Proteger el diario con una frase de contraseña (cifrado SQLCipher)
help-decrypt = Quitar la protección con frase de contraseña
help-passphrase = Cambiar la frase de contraseña
help-backup = Hacer ya una copia de seguridad del diario (las copias diarias se hacen solas)
help-backups = Listar las copias de seguridad con su fecha y tamaño
help-restore = Sustituir el diario por una copia de seguridad (el actual se guarda aparte)
help-doctor = Comprobar rutas, esquema, cifrado, integridad, permisos, copias de seguridad y espacio en disco
help-status = Una línea para el prompt de tu shell: día N y si ya hiciste el registro de hoy
help-completions = Mostrar el autocompletado para la shell: {"bash"}, {"zsh"} o {"fish"}
help-man = Mostrar la página del manual (roff)
help-export = El resumen para tu consejero/a, o todos tus datos en JSON
help-import = Combinar una exportación de datos de tend, o traer una exportación de Daylio, jrnl o Day One
help-demo = Llenar una base de datos vacía con un historial realista e inventado (para probar tend)
help-sync = Sincronizar con tus otros dispositivos mediante una carpeta que lleve Syncthing, una unidad en la nube o git

## cli/records.rs

# `--yes` of every `delete` that asks first.
-help-yes = Borrar sin preguntar (para scripts)

## cli/checkin.rs

help-checkin-date = El día [por defecto: {"today"}]
help-checkin-mood = Ánimo, de 1 (muy bajo) a 10 (muy bueno)
help-checkin-craving = Ganas de consumir o impulso, de 0 (nada) a 10 (abrumador)
help-checkin-hungry = HALT: hambre ({"--no-hungry"} lo quita)
help-checkin-angry = HALT: enojo ({"--no-angry"} lo quita)
help-checkin-lonely = HALT: soledad ({"--no-lonely"} lo quita)
help-checkin-tired = HALT: cansancio ({"--no-tired"} lo quita)
help-checkin-sleep = Horas de sueño, de 0 a 24
help-checkin-intention = Intención de la mañana ("" la borra)
help-checkin-reflection = Reflexión de la noche
help-checkin-gratitude = Algo que agradeces
help-checkin-track = La respuesta a un seguimiento, {"NAME=VALUE"} (repítelo; un valor vacío borra la del día): {"\"Self-harm urge=2\""}, {"\"Exercise=30\""}, {"\"Woke=07:15\""}
help-checkin-acted-on = Si actuaste según el impulso de un seguimiento, {"NAME=yes"} o {"NAME=no"}, junto a su {"--track"}
help-checkin-list = Registros del día, los más recientes primero
help-checkin-list-limit = Como máximo esta cantidad [por defecto: 30, o todos con {"--from"}]
help-checkin-list-all = Todos, desde el primero
help-checkin-show = El registro de un día
help-checkin-edit = Cambiar el registro de un día: cambian los campos indicados, el resto conserva su valor
help-checkin-edit-day = El día ({"YYYY-MM-DD"}, {"today"}, {"yesterday"}) o el id del registro
help-checkin-edit-date = { help-checkin-date }
help-checkin-edit-mood = { help-checkin-mood }
help-checkin-edit-craving = { help-checkin-craving }
help-checkin-edit-hungry = { help-checkin-hungry }
help-checkin-edit-angry = { help-checkin-angry }
help-checkin-edit-lonely = { help-checkin-lonely }
help-checkin-edit-tired = { help-checkin-tired }
help-checkin-edit-sleep = { help-checkin-sleep }
help-checkin-edit-intention = { help-checkin-intention }
help-checkin-edit-reflection = { help-checkin-reflection }
help-checkin-edit-gratitude = { help-checkin-gratitude }
help-checkin-edit-track = { help-checkin-track }
help-checkin-edit-acted-on = { help-checkin-acted-on }
help-checkin-delete = Borrar el registro de un día (pregunta antes; {"--yes"} se salta la pregunta)
help-checkin-delete-day = { help-checkin-edit-day }
help-checkin-delete-yes = { -help-yes }

## cli/journal.rs

help-journal-add = Escribir una entrada: {"TEXT"}, {"`-`"} para la entrada estándar, o nada para abrir tu {"$EDITOR"}
help-journal-add--after = { -help-limits }
help-journal-add-title = Un título ("" lo borra al editar)
help-journal-add-tag = Una etiqueta (repite para añadir más; al editar, sustituyen a las etiquetas actuales)
help-journal-add-at = Cuándo se escribió [por defecto: ahora]: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-journal-list = Entradas, las más recientes primero
help-journal-list-limit = Como máximo esta cantidad [por defecto: 20]
help-journal-list-all = Todas las entradas que coincidan
help-journal-tags = Todas las etiquetas en uso, con cuántas entradas tiene cada una
help-journal-search = Búsqueda en el texto completo de títulos y entradas, lo más reciente primero, página a página
help-journal-search-limit = Cuántos resultados caben en una página
help-journal-search-page = Qué página de resultados mostrar (la 1 es la más reciente, o la mejor con {"--relevance"})
help-journal-search-relevance = Primero la mejor coincidencia, en vez de la más reciente
help-journal-show = Una entrada completa
help-journal-edit = Cambiar una entrada: da un {"TEXT"} nuevo (o {"`-`"}) y campos, o nada para abrir tu {"$EDITOR"}
help-journal-edit-title = { help-journal-add-title }
help-journal-edit-tag = { help-journal-add-tag }
help-journal-edit-at = Moverla a otro momento: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-journal-pin = Fijar una entrada: se marca en las listas, y en el resumen para tu consejero/a si compartes entradas del diario
help-journal-unpin = Desfijar una entrada
help-journal-delete = Borrar una entrada para siempre (pregunta antes; {"--yes"} se salta la pregunta)

## cli/commitment.rs

help-commitment-add = Algo de lo que te estás recuperando o hacia lo que trabajas, desde una fecha de inicio
help-commitment-add--after = { -help-limits }
help-commitment-add-name = Qué es, con tus palabras ("Alcohol", "Juego")
help-commitment-add-start = Su fecha de inicio [por defecto: hoy]
help-commitment-add-note = Una nota privada
help-commitment-add-path = {"abstain"} (abstinencia, por defecto), {"cut-down"} (reducir, dentro de tus propios límites) o {"safer-use"} (consumo más seguro)
help-commitment-add-max-per-day = Reducción: como máximo esta cantidad en un día
help-commitment-add-max-per-week = Reducción: como máximo esta cantidad en cualquier periodo de 7 días
help-commitment-add-free-days = Reducción: días sin consumo que buscas cada semana (de 0 a 7)
help-commitment-add-unit = Qué cantidades cuentan: {"drinks"} (bebidas estándar de tu país), {"units"} (unidades del Reino Unido), {"grams"}, {"times"} o {"money"} [por defecto: drinks]
help-commitment-add-heavy-at = Un día con esta cantidad o más es un día de consumo alto en el calendario de consumo
help-commitment-add-price = Lo que te cuesta una unidad, para el dinero gastado y ahorrado
help-commitment-add-usual-per-week = Cuánto consumías antes en una semana, para el dinero ahorrado
help-commitment-add-checklist = Pasos de consumo más seguro para tu plan, separados por comas: {"never-alone"}, {"naloxone"}, {"test-strips"}, {"eat-first"}, {"set-amount"}, {"ride-home"}
help-commitment-list = Tus compromisos
help-commitment-edit = Cambiar el nombre, la fecha de inicio o la nota de un compromiso
help-commitment-edit-path = Cambiar el camino a partir de {"--from"} (el cambio queda en el historial): { help-commitment-add-path }
help-commitment-edit-from = El día en que empieza un cambio de camino [por defecto: hoy]
help-commitment-edit-max-per-day = { help-commitment-add-max-per-day }
help-commitment-edit-max-per-week = { help-commitment-add-max-per-week }
help-commitment-edit-free-days = { help-commitment-add-free-days }
help-commitment-edit-unit = { help-commitment-add-unit }
help-commitment-edit-heavy-at = { help-commitment-add-heavy-at }
help-commitment-edit-price = { help-commitment-add-price }
help-commitment-edit-usual-per-week = { help-commitment-add-usual-per-week }
help-commitment-edit-checklist = { help-commitment-add-checklist }
help-commitment-delete = Borrar un compromiso; sus registros de aprendizaje se quedan en tu historial (pregunta antes)
help-commitment-delete-yes = { -help-yes }

## cli/goal.rs

help-goal-add = Una meta nueva: un hábito ({"--per-week N"}) o un hito (con {"--step"} para cada paso)
help-goal-add--after = { -help-limits }
help-goal-add-why = Por qué es importante para ti
help-goal-add-per-week = Un hábito: cuántas veces por semana (de 1 a 7)
help-goal-add-step = Un paso del hito (repite, en orden)
help-goal-list = Metas, las activas primero
help-goal-show = Una meta con sus pasos y su registro reciente
help-goal-log = Anotar progreso: un hábito cumplido hoy, o un paso de un hito cumplido ({"--step N"})
help-goal-log-step = El paso del hito cumplido, por su número
help-goal-edit = Cambiar el título, el área, el porqué, las veces por semana o el objetivo de una meta ("" borra el porqué)
help-goal-edit-per-week = Las veces por semana de un hábito (de 1 a 7)
help-goal-delete = Borrar una meta con sus pasos y marcas de progreso (pregunta antes)
help-goal-delete-yes = { -help-yes }
help-goal-log-edit = Mover una marca de progreso (por el id que da {"`goal show`"}) a otro día, o cambiar su nota
help-goal-log-delete = Borrar una marca de progreso (pregunta antes; {"--yes"} se salta la pregunta)
help-goal-log-delete-yes = { -help-yes }
help-goal-status = Poner el estado de una meta: {"active"}, {"paused"}, {"achieved"} o {"let-go"}

## cli/trigger.rs

help-trigger-add = Nombrar un detonante: {"people"}, {"places"}, {"things"}, {"feelings"} o {"times"}
help-trigger-add--after = { -help-limits }
help-trigger-add-internal = Viene de dentro (un sentimiento, un pensamiento) [por defecto: {"external"}]
help-trigger-add-coping = Una estrategia de afrontamiento para él, por id (repite para añadir más)
help-trigger-list = Tus detonantes, con cuántas veces te los encontraste
help-trigger-show = Un detonante con sus pasos de afrontamiento y sus encuentros
help-trigger-log = Anotar un encuentro con un detonante (o un impulso sin detonante: omite el id)
help-trigger-log-before = Impulso antes, de 0 a 10
help-trigger-log-after = Impulso después, de 0 a 10
help-trigger-log-coping = La estrategia de afrontamiento que usaste, por id
help-trigger-log-outcome = {"passed"} (pasó) o {"setback"} (tropiezo) [por defecto: {"passed"}]
help-trigger-log-at = Cuándo [por defecto: ahora]: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-trigger-edit = Cambiar el nombre, la categoría, el origen o las notas de un detonante ("" borra las notas)
help-trigger-edit-internal = Viene de dentro (un sentimiento, un pensamiento)
help-trigger-edit-external = Viene de fuera (una persona, un lugar, una cosa)
help-trigger-delete = Borrar un detonante; sus encuentros se quedan en tu historial, sin él (pregunta antes)
help-trigger-delete-yes = { -help-yes }
help-trigger-encounters = Todos los encuentros, los más recientes primero, con su id
help-trigger-encounters-limit = Como máximo esta cantidad [por defecto: 30]
help-trigger-log-edit = Cambiar un encuentro (por el id que da {"`trigger encounters`"}): cambian los campos indicados
help-trigger-log-edit-trigger = El detonante encontrado, por id
help-trigger-log-edit-no-trigger = Fue un impulso sin detonante
help-trigger-log-edit-at = Cuándo: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-trigger-log-delete = Borrar un encuentro (pregunta antes; {"--yes"} se salta la pregunta)
help-trigger-log-delete-yes = { -help-yes }
help-trigger-link = Vincular una estrategia de afrontamiento a un detonante ({"--remove"} para desvincularla)

## cli/coping.rs

help-coping-add = Añadir una estrategia a tu caja de herramientas
help-coping-add--after = { -help-limits }
help-coping-list = Tu caja de herramientas, con lo bien que ha funcionado cada estrategia
help-coping-edit = Cambiar el nombre, la descripción o el área de una estrategia ("" borra un texto)
help-coping-delete = Borrar una estrategia; los encuentros en que la usaste se quedan en tu historial (pregunta antes)
help-coping-delete-yes = { -help-yes }

## cli/plan.rs

help-plan-show = El plan completo, o una sección
help-plan-add = Añadir a una sección: {"reasons"}, {"warning-signs"}, {"high-risk"}, {"coping-steps"}, {"supports"}, {"contacts"}, {"if-i-slip"}, {"safe-space"}
help-plan-add--after = { -help-limits }
help-plan-add-detail = Un número de teléfono, un lugar o cómo hacerlo
help-plan-add-stage = Para señales de alerta: {"early"}, {"middle"} o {"late"}
help-plan-add-person = Para apoyos y contactos: la persona que nombra, por nombre o id
help-plan-edit = Cambiar las palabras o el detalle de un elemento
help-plan-edit-detail = Detalle nuevo ("" lo borra)
help-plan-edit-person = La persona que nombra, por nombre o id ("" para nadie)
help-plan-move = Mover un elemento a otro puesto de su sección (1 es el primero)
help-plan-remove = Quitar un elemento del plan (pregunta antes; {"--yes"} se salta la pregunta)
help-plan-remove-yes = { -help-yes }

## cli/person.rs

help-person-add = Alguien que apoya tu recuperación (basta con un nombre de pila o una inicial)
help-person-add--after = { -help-limits }
help-person-add-role = Roles, separados por comas: {"sponsor"}, {"sponsee"}, {"peer"}, {"counselor"}, {"family"}, {"friend"}, {"faith"}, {"prescriber"}, {"other"}
help-person-add-every = Mantener el contacto al menos cada {"N"} días (de 1 a 365; 0 lo desactiva)
help-person-add-emergency = Un contacto de emergencia ({"--no-emergency"} lo quita)
help-person-add-from = En este rol desde
help-person-add-to = En este rol hasta
help-person-list = Todos, primero los contactos de emergencia y padrinos/madrinas
help-person-show = Una persona
help-person-edit = Cambiar lo que se dice de alguien: cambian los campos indicados ("" borra un texto)
help-person-edit-role = { help-person-add-role }
help-person-edit-every = { help-person-add-every }
help-person-edit-emergency = { help-person-add-emergency }
help-person-edit-from = { help-person-add-from }
help-person-edit-to = { help-person-add-to }
help-person-delete = Borrar a alguien de tu lista (pregunta antes; {"--yes"} se salta la pregunta)
help-person-delete-yes = { -help-yes }

## cli/meeting.rs

help-meeting-add = Una reunión a la que vas
help-meeting-add--after = { -help-limits }
help-meeting-add-fellowship = {"aa"}, {"na"}, {"ca"}, {"smart"}, {"refuge"}, {"celebrate"}, {"dharma"}, {"lifering"}, {"faith"} o {"other"} [por defecto: {"other"}]
help-meeting-add-format = {"in-person"}, {"online"}, {"hybrid"} o {"phone"} [por defecto: {"in-person"}]
help-meeting-add-day = Los días en que se reúne: {"mon"}, {"tue"}, … {"sun"}, como {"mon,wed,fri"} o repetido
help-meeting-add-every-other-week = Se reúne en sus días cada dos semanas
help-meeting-add-every-week = Se reúne en sus días todas las semanas (lo habitual; quita {"--every-other-week"})
help-meeting-add-time = La hora de inicio, {"HH:MM"}
help-meeting-add-place = Dónde: un lugar o un enlace ("" lo borra)
help-meeting-add-home = Tu grupo base ({"--no-home"} lo quita)
help-meeting-list = Tus reuniones, primero el grupo base
help-meeting-edit = Cambiar una reunión: cambian los campos indicados
help-meeting-edit-fellowship = { help-meeting-add-fellowship }
help-meeting-edit-format = { help-meeting-add-format }
help-meeting-edit-day = Los días en que se reúne, en lugar de los que tenía: {"mon"}, {"tue"}, … {"sun"}, como {"mon,wed,fri"} o repetido
help-meeting-edit-every-other-week = { help-meeting-add-every-other-week }
help-meeting-edit-every-week = { help-meeting-add-every-week }
help-meeting-edit-time = { help-meeting-add-time }
help-meeting-edit-place = { help-meeting-add-place }
help-meeting-edit-home = { help-meeting-add-home }
help-meeting-delete = Borrar una reunión; las veces que fuiste se quedan en tu historial (pregunta antes)
help-meeting-delete-yes = { -help-yes }

## cli/connect.rs

help-connect-kind = {"meeting"}, {"call"}, {"message"}, {"in-person"}, {"therapy"}, {"group-therapy"}, {"service"} o {"community"}
help-connect-who = Para una reunión, su nombre (o id); si no, las personas, por nombre (o id)
help-connect-add = Añadir un nombre que tend aún no conoce como persona (o reunión) nueva y anotar esto con ella; sin esto, se rechaza en un script y se pregunta en una terminal
help-connect-with = Otra persona que estuvo allí o en la llamada, por nombre o id (repite para añadir más)
help-connect-minutes = Cuánto tiempo, en minutos (de 1 a 1440)
help-connect-shared = En una reunión: compartiste
help-connect-chaired = En una reunión: la coordinaste
help-connect-connected = Cuánta conexión sientes, de 1 a 10
help-connect-note = Una nota privada (nunca en el resumen)
help-connect-verified-by = Quién firmó tu tarjeta de asistencia
help-connect-share = Dejar que el resumen para tu consejero/a lo cuente (las reuniones y la terapia cuentan salvo con {"--private"})
help-connect-private = Dejarlo fuera del resumen para tu consejero/a, aunque las llamadas, los mensajes y el tiempo con personas se compartan en conjunto
help-connect-share-unset = Dejarlo sin elegir: el resumen cuenta una llamada, un mensaje o un rato en persona solo cuando comparte esas cosas en conjunto ({"`export summary --share-contacts`"})
help-connect-at = Cuándo [por defecto: ahora]: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-connect-list = Conexiones, las más recientes primero
help-connect-list-limit = Como máximo esta cantidad [por defecto: 30]
help-connect-show = Una conexión completa
help-connect-edit = Cambiar una conexión: cambian los campos indicados ("" borra un texto)
help-connect-edit-with = { help-connect-with }
help-connect-edit-minutes = { help-connect-minutes }
help-connect-edit-shared = { help-connect-shared }
help-connect-edit-chaired = { help-connect-chaired }
help-connect-edit-connected = { help-connect-connected }
help-connect-edit-note = { help-connect-note }
help-connect-edit-verified-by = { help-connect-verified-by }
help-connect-edit-share = { help-connect-share }
help-connect-edit-private = { help-connect-private }
help-connect-edit-share-unset = { help-connect-share-unset }
help-connect-edit-at = { help-connect-at }
help-connect-delete = Borrar una conexión (pregunta antes; {"--yes"} se salta la pregunta)
help-connect-delete-yes = { -help-yes }
help-use-add = Anotar un consumo: cuánto, en tu unidad; sin veredictos, y en un camino de reducción o de consumo más seguro ninguna racha se reinicia
help-use-add--after = Topes: 100 bebidas o unidades al día, 1000 g, 100 veces, 100 000 en dinero. En un camino de abstinencia, el consumo cuenta como el registro de aprendizaje (tropiezo) de ese día (uno por día). Tras una pausa sin consumo, la tolerancia baja: la misma cantidad conlleva más riesgo.
help-use-add-commitment = El compromiso, por nombre o id
help-use-add-amount = Cuánto, en la unidad (2, 1.5); o indica {"--ml"} y {"--abv"}
help-use-add-unit = {"drinks"}, {"units"}, {"grams"}, {"times"} o {"money"} [por defecto: la unidad del compromiso]
help-use-add-at = Cuándo [por defecto: ahora]: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-use-add-planned = Lo tenías planeado
help-use-add-unplanned = No estaba planeado (por defecto)
help-use-add-what = Qué, con tus palabras ("cerveza", "vino")
help-use-add-where = Dónde (privado)
help-use-add-with = Con quién (privado)
help-use-add-cost = Lo que gastaste
help-use-add-followed = Los pasos de consumo más seguro que seguiste, separados por comas (mira {"`tend commitment add --help`"})
help-use-add-note = Una nota privada (nunca en el resumen)
help-use-add-ml = El conversor: el volumen de una bebida en ml, con {"--abv"}
help-use-add-abv = El conversor: su graduación, % de alcohol por volumen
help-use-list = Consumos, los más recientes primero
help-use-list-commitment = Solo los de este compromiso (nombre o id)
help-use-list-from = Desde este día
help-use-list-to = Hasta este día
help-use-list-limit = Como máximo esta cantidad [por defecto: 30]
help-use-show = Un consumo completo
help-use-edit = Cambiar un consumo: cambian los campos indicados ("" borra un texto)
help-use-edit-amount = { help-use-add-amount }
help-use-edit-commitment = { help-use-add-commitment }
help-use-edit-unit = { help-use-add-unit }
help-use-edit-at = { help-use-add-at }
help-use-edit-planned = { help-use-add-planned }
help-use-edit-unplanned = { help-use-add-unplanned }
help-use-edit-what = { help-use-add-what }
help-use-edit-where = { help-use-add-where }
help-use-edit-with = { help-use-add-with }
help-use-edit-cost = { help-use-add-cost }
help-use-edit-followed = { help-use-add-followed }
help-use-edit-note = { help-use-add-note }
help-use-edit-ml = { help-use-add-ml }
help-use-edit-abv = { help-use-add-abv }
help-use-delete = Borrar un consumo (pregunta antes; {"--yes"} se salta la pregunta); el registro de aprendizaje que creó se queda
help-use-delete-yes = { -help-yes }
help-tracker-add = Añadir un seguimiento, tras los demás del registro del día; {"--preset"} crea uno con una palabra
help-tracker-add--after = Predefinidos: {"self-harm-urge"} (de 0 a 5, seguimiento de seguridad, pregunta si actuaste), {"urge-to-use"} (de 0 a 5, pregunta si actuaste), {"skills-used"} (sí o no), {"exercise"} (minutos), {"prayer-meditation"} (sí o no). Las opciones que indiques modifican el predefinido.
help-tracker-add-name = Su nombre, con tus palabras [por defecto con {"--preset"}: el del predefinido]
help-tracker-add-preset = Partir de un predefinido: {"self-harm-urge"}, {"urge-to-use"}, {"skills-used"}, {"exercise"} o {"prayer-meditation"}
help-tracker-add-kind = {"yes-no"}, {"rating"}, {"number"} o {"time"} (una hora del día, {"HH:MM"})
help-tracker-add-scale = La escala de una valoración, como {"0-5"} [por defecto: {"0-10"}]
help-tracker-add-low = La palabra del extremo bajo de una valoración ("nada")
help-tracker-add-high = La palabra del extremo alto de una valoración ("extremo")
help-tracker-add-unit = La unidad de un número ("minutos", "páginas")
help-tracker-add-shared = Mostrarlo en la tarjeta diaria del resumen para tu consejero/a
help-tracker-add-not-shared = Dejarlo fuera de la tarjeta diaria del resumen (por defecto)
help-tracker-add-safety = Un seguimiento de seguridad: una respuesta en su umbral o por encima muestra tus contactos y líneas de crisis, y la primera página del resumen lo indica, se comparta o no
help-tracker-add-no-safety = No es un seguimiento de seguridad
help-tracker-add-threshold = Dónde empiezan las respuestas de seguridad [por defecto: lo más alto de la escala, o sí]
help-tracker-add-acted-on = Cada respuesta pregunta también si actuaste según el impulso (los impulsos de la tarjeta diaria de DBT)
help-tracker-add-no-acted-on = No preguntar si actuaste según el impulso
help-tracker-list = Tus seguimientos, en el orden del registro del día
help-tracker-list-all = También los archivados
help-tracker-show = Un seguimiento y sus respuestas [por defecto: los últimos 30 días]
help-tracker-show-tracker = El seguimiento, por nombre o número
help-tracker-show-from = Desde este día
help-tracker-show-to = Hasta este día
help-tracker-edit = Cambiar un seguimiento: cambian las opciones indicadas (sus respuestas deben seguir encajando)
help-tracker-edit-tracker = { help-tracker-show-tracker }
help-tracker-edit-name = Un nombre nuevo
help-tracker-edit-position = Su lugar en el registro del día (1: el primero)
help-tracker-edit-kind = {"yes-no"}, {"rating"}, {"number"} o {"time"} (una hora del día, {"HH:MM"})
help-tracker-edit-scale = La escala de una valoración, como {"0-5"} [por defecto: {"0-10"}]
help-tracker-edit-low = La palabra del extremo bajo de una valoración ("nada")
help-tracker-edit-high = La palabra del extremo alto de una valoración ("extremo")
help-tracker-edit-unit = La unidad de un número ("minutos", "páginas")
help-tracker-edit-shared = Mostrarlo en la tarjeta diaria del resumen para tu consejero/a
help-tracker-edit-not-shared = Dejarlo fuera de la tarjeta diaria del resumen (por defecto)
help-tracker-edit-safety = Un seguimiento de seguridad: una respuesta en su umbral o por encima muestra tus contactos y líneas de crisis, y la primera página del resumen lo indica, se comparta o no
help-tracker-edit-no-safety = No es un seguimiento de seguridad
help-tracker-edit-threshold = Dónde empiezan las respuestas de seguridad [por defecto: lo más alto de la escala, o sí]
help-tracker-edit-acted-on = Cada respuesta pregunta también si actuaste según el impulso (los impulsos de la tarjeta diaria de DBT)
help-tracker-edit-no-acted-on = No preguntar si actuaste según el impulso
help-tracker-archive = Archivar un seguimiento: el registro del día deja de preguntarlo y sus respuestas se quedan
help-tracker-archive-tracker = { help-tracker-show-tracker }
help-tracker-archive-on = Desde este día [por defecto: hoy]
help-tracker-unarchive = Volver a activar un seguimiento archivado, el último en el registro del día
help-tracker-unarchive-tracker = { help-tracker-show-tracker }
help-tracker-delete = Borrar un seguimiento y todas sus respuestas (pregunta antes; {"--yes"} se salta la pregunta); {"`tend tracker archive`"} las conserva
help-tracker-delete-tracker = { help-tracker-show-tracker }
help-tracker-delete-yes = { -help-yes }

## cli/med.rs

help-med-add = Añadir un medicamento con su dosis y horario (tend anota lo que tú dices; nunca sugiere una dosis)
help-med-add--after = Horario: {"--times"} solo es todos los días; con {"--day"}, esos días; {"--every N"} cada N días desde el inicio; {"--monthly"} una vez al mes, el mismo día que el inicio; {"--as-needed"} sin horario (las dosis se anotan con un motivo). La adherencia cuenta desde la fecha más tardía entre {"--start"} y hoy, o desde la primera dosis que anotes si es anterior.
help-med-add-name = El nombre del medicamento, como tú lo llamas
help-med-add-dose = La dosis, con tus palabras ("8 mg", "2 inhalaciones")
help-med-add-times = Horas del día, separadas por comas ({"08:00,20:00"}); ninguna: una vez al día, a cualquier hora
help-med-add-day = Solo estos días de la semana, separados por comas ({"mon,thu"})
help-med-add-every = Cada N días (de 1 a 365), contados desde el inicio
help-med-add-monthly = Una vez al mes, el mismo día que la fecha de inicio (una inyección)
help-med-add-as-needed = Se toma cuando hace falta: ninguna dosis cuenta nunca como pendiente
help-med-add-prescriber = Quién lo receta: el nombre o el id de una persona (un nombre nuevo se añade a tus personas con el rol de quien receta)
help-med-add-start = El día en que empezaste [por defecto: hoy]
help-med-add-end = El día en que lo dejas o lo dejaste
help-med-add-addiction = Es para el tratamiento de una adicción (buprenorfina, metadona, naltrexona…)
help-med-add-form = {"tablet"}, {"capsule"}, {"liquid"}, {"film"}, {"injection"}, {"patch"}, {"inhaler"} o {"other"}
help-med-add-note = Una nota privada (nunca en el resumen)
help-med-add-refill = El día en que necesitas reponerlo; la pantalla Hoy lo muestra unos días antes
help-med-take = Anotar una dosis: tomada ahora, o en {"--at"}; {"--late"} o {"--missed"} según fue
help-med-take-medication = El medicamento, por nombre o id
help-med-take-at = Cuándo [por defecto: ahora]: {"YYYY-MM-DD HH:MM"} o {"RFC 3339"}
help-med-take-missed = No tomaste esta dosis
help-med-take-late = La tomaste tarde (cuenta como tomada)
help-med-take-reason = Por qué: el motivo de una dosis cuando hace falta, o por qué no se tomó una
help-med-take-note = { help-med-add-note }
help-med-list = Tus medicamentos, cada uno con su adherencia en 7, 30 y 90 días
help-med-show = Un medicamento completo: sus cambios de dosis u horario, su adherencia, sus rachas de dosis no tomadas
help-med-show-medication = { help-med-take-medication }
help-med-edit = Cambiar un medicamento: cambian los campos indicados; una dosis u horario nuevo queda en el historial desde {"--from"}
help-med-edit-medication = { help-med-take-medication }
help-med-edit-name = Un nombre nuevo
help-med-edit-dose = { help-med-add-dose }
help-med-edit-times = { help-med-add-times }
help-med-edit-day = { help-med-add-day }
help-med-edit-every = { help-med-add-every }
help-med-edit-monthly = { help-med-add-monthly }
help-med-edit-as-needed = { help-med-add-as-needed }
help-med-edit-daily = Volver a todos los días (o a los días de {"--day"})
help-med-edit-from = El día en que empieza una dosis u horario nuevo [por defecto: hoy]
help-med-edit-prescriber = { help-med-add-prescriber }
help-med-edit-start = El día en que empezaste
help-med-edit-end = { help-med-add-end }
help-med-edit-addiction = { help-med-add-addiction }
help-med-edit-form = { help-med-add-form }
help-med-edit-note = { help-med-add-note }
help-med-edit-refill = { help-med-add-refill }
help-med-edit-no-addiction = No es para el tratamiento de una adicción
help-med-edit-no-end = Borrar la fecha de fin
help-med-edit-no-refill = Borrar la fecha de reposición
help-med-edit-no-prescriber = Borrar quién lo receta
help-med-delete = Borrar un medicamento y sus dosis anotadas (pregunta antes; {"--yes"} se salta la pregunta)
help-med-delete-yes = { -help-yes }
help-med-dose = Las dosis que anotaste: listar, ver, corregir o borrar una
help-med-dose-list = Dosis anotadas, las más recientes primero [por defecto: los últimos 30 días]
help-med-dose-list-medication = Solo las de este medicamento (nombre o id)
help-med-dose-list-from = Desde este día
help-med-dose-list-to = Hasta este día
help-med-dose-show = Una dosis anotada
help-med-dose-edit = Corregir una dosis anotada: cambian los campos indicados
help-med-dose-edit-at = { help-med-take-at }
help-med-dose-edit-taken = La tomaste
help-med-dose-edit-missed = { help-med-take-missed }
help-med-dose-edit-late = { help-med-take-late }
help-med-dose-edit-reason = { help-med-take-reason }
help-med-dose-edit-note = { help-med-add-note }
help-med-dose-delete = Borrar una dosis anotada (pregunta antes; {"--yes"} se salta la pregunta)
help-med-dose-delete-yes = { -help-yes }

## cli/growth.rs

help-growth-add = Guardar un tropiezo como registro de aprendizaje. Nunca borra tus días en recuperación
help-growth-add--after = { -help-limits }
help-growth-add-kind = {"slip"}, {"lapse"}, {"relapse"}, {"hard-day"} o {"over-plan"}
# $kinds: a line for each kind, its name and what it means
help-growth-add-kind--long =
    { help-growth-add-kind }:{ $kinds }
    Desliz, caída y recaída ({"slip"}, {"lapse"}, {"relapse"}) cuentan igual para los días en buen camino; la palabra la eliges tú.
help-growth-add-commitment = Qué compromiso, por id (necesario si tienes más de uno)
help-growth-add-what = Qué pasó
help-growth-add-warning-signs = Señales de alerta que notaste
help-growth-add-helped = Qué te ayudó
help-growth-add-learned = Qué aprendiste
help-growth-add-next-time = Qué harás la próxima vez
help-growth-add-reached-out = A quién acudiste
help-growth-add-trigger = Un detonante implicado, por id (repite para añadir más)
help-growth-list = Registros de aprendizaje, los más antiguos primero
help-growth-show = Un registro de aprendizaje completo
help-growth-edit = Cambiar un registro de aprendizaje: cambian los campos indicados ("" borra un texto); las rachas, los hitos y la vuelta al camino se ajustan
help-growth-edit-kind = { help-growth-add-kind }
help-growth-edit-kind--long = { help-growth-add-kind--long }
help-growth-edit-commitment = Qué compromiso, por id
help-growth-edit-trigger = Los detonantes implicados, por id (repite; sustituyen a los vinculados ahora)
help-growth-delete = Borrar un registro de aprendizaje (pregunta antes; {"--yes"} se salta la pregunta)
help-growth-delete-yes = { -help-yes }

## cli/selfcheck.rs

help-self-check-take = Hacer una escala aquí, ítem por ítem (escribe el número de tu respuesta)
help-self-check-take-name = {"PHQ-9"}, {"GAD-7"}, {"WHO-5"}, {"BARC-10"} o {"PACS"}
help-self-check-add = Guardar un resultado a partir de respuestas que ya tienes, en el orden de los ítems
help-self-check-add-name = { help-self-check-take-name }
help-self-check-add-answers = Un número por ítem, separados por comas, p. ej. 0,1,2,0,1,0,0,1,0
help-self-check-list = Tus resultados, los más antiguos primero, con la tendencia de cada escala
help-self-check-list-scale = Solo esta escala
help-self-check-scales = Las escalas que ofrece tend, de dónde vienen y cuándo toca repetir cada una
help-self-check-delete = Borrar un resultado (por el id que da {"`self-check list`"}; pregunta antes)
help-self-check-delete-yes = { -help-yes }

## cli/stats.rs

help-stats-commitment = Solo este compromiso, por id

## cli/profile.rs

help-profile-show = Tu perfil y tus ajustes
help-profile-set = Cambiar tu nombre, la fecha de inicio de tu recuperación o la hora de inicio del día
help-profile-set-name = Cómo te saluda tend ("" lo borra)
help-profile-set-recovery-start = Cuándo empezó tu recuperación
help-profile-set-day-start = La hora en que empieza un día nuevo (de 0 a 23; por defecto 4, así la 1 de la madrugada cuenta para el día anterior)

## cli/config.rs

help-config-path = Dónde está el archivo de ajustes (puede que aún no exista)
help-config-show = Los ajustes en vigor, en TOML; los problemas del archivo van a {"stderr"}
help-config-show-keys = Listar cada acción que la sección {"[keys]"} puede reasignar, con sus teclas actuales
help-config-edit = Abrir el archivo de ajustes en tu editor (creado a partir de una plantilla comentada si es nuevo)

## cli/encryption.rs

help-encrypt-new-passphrase-fd = Leer la nueva frase de contraseña desde este descriptor de archivo (scripts)
help-encrypt-new-passphrase-file = Leer la nueva frase de contraseña desde este archivo ({"TEND_NEW_PASSPHRASE_FILE"})
help-passphrase-new-passphrase-fd = { help-encrypt-new-passphrase-fd }
help-passphrase-new-passphrase-file = { help-encrypt-new-passphrase-file }

## cli/backup.rs

help-backup-path = Dónde escribir la copia [por defecto: la carpeta de copias de seguridad, con nombre según fecha y hora]
help-restore-path = La copia de seguridad que restaurar (mira {"`tend backups`"})

## cli/status.rs

help-status-format = {"short"} (para un prompt) o {"json"}

## cli/export.rs

help-export-summary = El resumen para tu consejero/a de un rango de fechas (texto del diario y notas, solo si tú lo dices)
help-export-summary-from = Primer día [por defecto: 29 días antes de {"--to"}]
help-export-summary-to = Último día [por defecto: {"today"}]
help-export-summary-format = {"html"} (imprimible), {"md"}, {"csv"} (la tarjeta diaria) o {"attendance"} (reuniones a las que fuiste, en CSV)
help-export-summary-include = Compartir también: {"journal"}, {"notes"}, {"setback-details"}, {"names"} (personas con nombre completo, no iniciales), {"numbers"} (teléfonos, lugares de reunión, datos de contacto), {"use"} (las cantidades consumidas: un calendario de consumo, y la cantidad del día en la tarjeta diaria), {"medications"} (de cada medicamento, las dosis tomadas de las previstas, sus cambios de dosis u horario y sus dosis no tomadas)
help-export-summary-leave-out = Dejar fuera lo que se comparte por defecto: {"lessons"} (lo aprendido de los tropiezos)
help-export-summary-share-contacts = Contar en conjunto las llamadas, los mensajes y el tiempo con personas: cada uno que no hayas marcado como compartido o privado (uno marcado como privado nunca cuenta)
help-export-summary-output = Escribir aquí [por defecto: {"stdout"} para {"md"}/{"csv"}; {"tend-summary-FROM-to-TO.html"} para {"html"}]
help-export-summary-force = Sustituir un archivo existente
help-export-summary-lang = El idioma en que se escribe el resumen: {"en"} o {"es"} ({"es-ES"} escribe 7,5) [por defecto: el idioma en que habla tend]
help-export-data = Todo, en JSON versionado que {"`tend import`"} puede volver a leer

## cli/import.rs

help-import-file = El archivo que importar (para un diario de jrnl en carpeta: su carpeta)
help-import-from = Qué creó el archivo: {"tend"} (una exportación de datos), {"daylio"} (CSV), {"jrnl"} (exportación JSON, archivo o carpeta del diario) o {"dayone"} (JSON); si lo omites, se deduce del contenido
help-import-mood-map = Tus propias etiquetas de ánimo de Daylio: {"LABEL=N"} con {"N"} de 1 a 10 (repite, o separa con comas)
help-import-skip-bad = Importar las filas que se puedan leer y listar las demás (por defecto, un archivo con líneas erróneas se rechaza entero)
help-import-dry-run = Mostrar lo que se importaría (cantidades, fechas, ánimos, primeras filas); no escribe nada

## cli/demo.rs

help-demo-years = Años de historial que inventar
help-demo-seed = La misma semilla siempre crea el mismo historial
help-demo-entries = Exactamente esta cantidad de entradas del diario, hasta 1 000 000 [por defecto: unas pocas por semana]

## cli/sync.rs

help-sync-sync-passphrase-fd = Leer la frase de contraseña de sincronización desde este descriptor de archivo (scripts)
help-sync-sync-passphrase-file = Leer la frase de contraseña de sincronización desde este archivo ({"TEND_SYNC_PASSPHRASE_FILE"})
help-sync-init = Configurar la sincronización en una carpeta nueva, con este dispositivo como el primero
help-sync-init-dir = La carpeta que lleva tu programa de sincronización (una carpeta de Syncthing, una unidad en la nube, un clon de git)
help-sync-init-name = El nombre de este dispositivo, que se muestra junto a las palabras que editó [por defecto: el nombre del equipo]
help-sync-join = Unirse a una carpeta de sincronización que configuró otro de tus dispositivos
help-sync-join-dir = { help-sync-init-dir }
help-sync-join-name = { help-sync-init-name }
help-sync-status = Dónde sincroniza este dispositivo, los dispositivos vistos y lo que está pendiente
help-sync-conflicts = Palabras guardadas aparte cuando dos dispositivos editaron lo mismo
help-sync-dismiss = Descartar las palabras guardadas aparte, cuando ya las hayas leído
help-sync-dismiss-yes = { -help-yes }
help-sync-forget-device = Retirar un dispositivo que no volverá a sincronizar: lo que escribió sigue en los segmentos de este dispositivo, y luego puedes quitar su carpeta
help-sync-forget-device-device = El nombre del dispositivo, como lo lista {"`tend sync status`"} (o su id)
help-sync-leave = Dejar de sincronizar en este dispositivo (la carpeta y tus otros dispositivos se quedan como están)
