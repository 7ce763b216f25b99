# errors

## clock.rs

# A local date and time (YYYY-MM-DD HH:MM:SS) a daylight-saving change skips.
store-clock-skipped = { $moment } no existe en tu zona horaria (un cambio de hora se lo salta)

## signals.rs

# Stands in for a signal's name (SIGTERM, SIGHUP, SIGINT) when it has none.
store-signal-other = una señal

## paths.rs

paths-no-home = no se encuentra tu carpeta personal; indica la base de datos con {"--db PATH"}

## editor.rs

# A warning on stderr; $warning is a sentence such as editor-failed-but-kept.
editor-warning = tend: aviso: { $warning }
editor-failed-but-kept = el editor '{ $program }' informó de un error; se conservó lo que había guardado

## secret.rs

secret-empty = está vacía; elige unas cuantas palabras que puedas recordar
# $which is "current" or "new": the passphrase that opens the journal now, or a new one.
secret-cannot-read = no se puede leer la { $which ->
        [new] nueva frase de contraseña
       *[other] frase de contraseña
    } ({ $error })
secret-cannot-read-file = { $path }: no se puede leer la { $which ->
        [new] nueva frase de contraseña
       *[other] frase de contraseña
    } ({ $error })
secret-file-empty =
    el archivo que indica ({ $path }) no tiene nada en su primera línea: escribe ahí la { $which ->
        [new] nueva frase de contraseña
       *[other] frase de contraseña
    }
secret-line-too-long = su primera línea tiene más de { $max } bytes; indica un archivo que tenga la { $which ->
        [new] nueva frase de contraseña
       *[other] frase de contraseña
    } en su primera línea
secret-fd-too-low = debe ser 3 o más (0–2 son {"stdin"}, {"stdout"} y {"stderr"})
secret-new-not-given = indica la nueva frase de contraseña con {"--new-passphrase-fd N"} o {"TEND_NEW_PASSPHRASE_FILE=PATH"}
# Prompts on the terminal; tend adds a space after each.
secret-prompt-new = Nueva frase de contraseña:
secret-prompt-again = Otra vez, para confirmar:
secret-no-match = las dos no coinciden; no se cambió nada

## settings.rs

# A problem in the settings file: $file is its path, $line a line number.
settings-warning = { $file }:{ $line }: aviso: { $problem }
settings-error = { $file }:{ $line }: { $problem }
settings-unreadable = no se puede leer ({ $error }); todos los ajustes tienen su valor predeterminado
settings-not-toml = no es TOML válido ({ $error }); todos los ajustes tienen su valor predeterminado
# $key is a setting as the file spells it.
settings-unknown = ajuste desconocido {"`"}{ $key }{"`"} (se ignora)
# A bad value: $key is the setting, $got the value as written in the file; the values
# in quotes are the ones the file may hold and stay as they are.
settings-bad-number = { $key } debe ser un número entero de { $lo } a { $hi } (valor: { $got })
settings-bad-decimal = { $key } debe ser un número de { $lo } a { $hi } (valor: { $got })
settings-bad-theme = { $key } debe ser {"\"default\""}, {"\"high-contrast\""} o {"\"no-colour\""} (valor: { $got })
settings-bad-command = { $key } debe ser un comando, como {"\"nano\""} o {"\"code --wait\""} (valor: { $got })
settings-bad-country = { $key } debe ser un código de país de dos letras, como {"\"GB\""} o {"\"US\""} (valor: { $got })
settings-bad-language = { $key } debe ser una etiqueta de idioma, como {"\"en\""} o {"\"es\""} (valor: { $got })
settings-bad-bool = { $key } debe ser {"true"} o {"false"} (valor: { $got })
settings-bad-section = { $key } debe ser una sección: [{ $key }] (valor: { $got })
settings-bad-lines = { $key } debe ser una lista de líneas, como {"[\"Lifeline: 13 11 14\"]"} (valor: { $got })
settings-bad-day = { $key } debe ser el primer día, como {"\"2026-11-01\""} (valor: { $got })
# $names lists the life domains as the file spells them.
settings-bad-domains = { $key } debe ser una lista de uno o más de { $names } (valor: { $got })
settings-bad-keys = { $key } debe ser una tecla como {"\"x\""} o {"\"ctrl-x\""}, o una lista de teclas (valor: { $got })

## files.rs

# What tend was doing when a file failed, after "cannot": "PATH: cannot write it (…)".
files-doing-create-folder = crear esta carpeta
# $what names the argument: "output", "backup".
files-doing-use-as = usarlo como { $what }
files-doing-write-it = escribirlo
files-doing-write-here = escribir aquí
# What is at a path, inside a sentence: "PATH is a named pipe (FIFO), not a file".
files-kind-folder = una carpeta
files-kind-link = un enlace simbólico
files-kind-fifo = una tubería con nombre (FIFO)
files-kind-char-device = un dispositivo de caracteres
files-kind-block-device = un dispositivo de bloques
files-kind-socket = un socket
files-kind-regular = un archivo normal
files-kind-link-loop = un bucle de enlaces simbólicos
files-kind-other = algo que no es un archivo normal
# Why a file from outside was not read; $path names it, $kind is one of files-kind-….
files-not-there = { $path } no existe
files-is-link = { $path } es un enlace simbólico
files-not-a-file = { $path } es { $kind }, no un archivo
files-too-large = { $path } es demasiado grande ({ $size } bytes; aquí tend lee como máximo { $cap })
files-cannot-read = no se puede leer { $path } ({ $error })
# The same, after the path and a colon: "PATH: is not there".
files-reason-not-there = no existe
files-reason-link = es un enlace simbólico
files-reason-not-a-file = es { $kind }, no un archivo
files-reason-too-large = es demasiado grande ({ $size } bytes; aquí tend lee como máximo { $cap })
files-reason-cannot-read = no se puede leer ({ $error })

## import/mod.rs

# Where a row is in the file it came from.
import-line = línea { $line }
import-bad-lines = { $count ->
        [one] { $count } línea errónea (añade {"--skip-bad"} para importar las demás filas):
       *[other] { $count } líneas erróneas (añade {"--skip-bad"} para importar las demás filas):
    }
# $problems: the bad lines and unknown mood labels, one or more lines.
import-nothing-imported = no se importó nada; { $problems }
# One unknown mood label of a Daylio export and how many rows have it.
import-unknown-mood = '{ $label }' ({ $count ->
        [one] { $count } fila
       *[other] { $count } filas
    })
# $labels lists import-unknown-mood; $map is the flag's value to fill in (LABEL=N,…).
import-unknown-moods = { $count ->
        [one] { $count } etiqueta de ánimo desconocida
       *[other] { $count } etiquetas de ánimo desconocidas
    }: { $labels }; da a cada una un número del 1 al 10 con {"--mood-map"} '{ $map }'

## import/detect.rs

# The values --from takes.
import-source-names = {"tend"}, {"daylio"}, {"jrnl"} o {"dayone"}
import-source-unknown = '{ $value }' no es ninguno de estos: { $names }
# What made a file, inside a sentence: "FILE looks like a Daylio CSV export".
import-source-tend = una exportación de datos de tend
import-source-daylio = una exportación CSV de Daylio
import-source-jrnl = un diario de jrnl
import-source-dayone = una exportación de Day One

## import/daylio.rs

import-mood-map-shape = '{ $pair }' no tiene la forma {"LABEL=N"}
import-mood-map-number = '{ $pair }': {"N"} debe ser un número entero del 1 al 10
import-daylio-not = no es una exportación de Daylio: la cabecera necesita {"full_date"} (o {"year"}), {"date"}, {"time"} y {"mood"}
import-daylio-header = no se puede leer la cabecera ({ $error })
# A Daylio file whose first line is a row: it is read by its shape, and the report says so.
import-daylio-no-header = la línea 1 es una fila, no la cabecera de Daylio: sus { $count } columnas se leyeron como { $header }
import-daylio-header-missing = falta la línea de cabecera de Daylio: el archivo debería empezar con la línea { $header } (expórtalo de nuevo o vuelve a poner esa línea)
import-row-unreadable = no se puede leer ({ $error })
import-daylio-cut-off = el archivo termina dentro de la nota entre comillas de esta fila: parece cortado (expórtalo de nuevo)
# The column names before the colon are Daylio's and stay as they are.
import-daylio-bad-full-date = {"full_date"}: '{ $value }' no es una fecha {"YYYY-MM-DD"}
import-daylio-bad-date = {"date"}: '{ $value }' no es una fecha como 2018 y 18 May
import-daylio-bad-time = {"time"}: '{ $value }' no es una hora como 21:15 o 9:15 PM
import-daylio-field-count = tiene { $fields } campos; la cabecera tiene { $header }
import-daylio-no-mood = {"mood"}: está vacío (toda fila de Daylio tiene uno)

## import/dayone.rs

import-not-json = no es JSON válido ({ $error })
import-dayone-not = no es una exportación de Day One: se esperaba {"{\"metadata\": …, \"entries\": [...]}"}
import-dayone-zip-empty = este zip no contiene ningún diario de Day One (un archivo {".json"} en su nivel superior)
import-not-utf8 = { $file } no es texto UTF-8
# The field names before the colon are Day One's and stay as they are.
import-dayone-bad-zone = {"timeZone"}: '{ $value }' no es una zona horaria que tend conozca
import-dayone-bad-moment = {"creationDate"}: '{ $value }' no es un momento como 2024-03-31T01:30:00Z
import-dayone-moment-not-text = {"creationDate"}: debe ser texto como 2024-03-31T01:30:00Z, no { $value }
import-dayone-no-moment = {"creationDate"}: falta

## import/jrnl.rs

import-jrnl-not = no es una exportación de jrnl: se esperaba {"{\"entries\": [...]}"}
# $field is jrnl's field name; $value the JSON found there.
import-jrnl-not-text = { $field }: debe ser texto, no { $value }
import-jrnl-no-date = {"date"}: falta
import-jrnl-bad-date = {"date"}: '{ $value }' no es una fecha {"YYYY-MM-DD"}
import-jrnl-bad-time = {"time"}: '{ $value }' no es una hora como 21:15
# A line like "[2019-07 14:23] …": it starts like an entry, but its date has no day (or can't be read).
import-jrnl-partial-date = '{ $stamp }' empieza una entrada, pero su fecha y hora no se pueden leer (jrnl las escribe así: {"[2026-11-19 22:10]"}); esta entrada no se leyó
import-jrnl-before-first = texto antes de la primera entrada con fecha (una entrada empieza así: {"[2026-11-19 22:10]"} Título)
import-jrnl-none = no se encontraron entradas de jrnl: una entrada empieza con una línea como {"[2026-11-19 22:10]"} Título
import-jrnl-folder-unreadable = no se puede leer { $folder } ({ $error })
import-jrnl-none-in-folder = no se encontraron entradas de jrnl en los archivos {".txt"} de { $folder }
# $problem says what is wrong with one path in the folder (files-not-there, …).
import-jrnl-refused = { $problem }; en una carpeta de jrnl, tend solo lee carpetas y archivos {".txt"} normales, y no sigue ningún enlace
import-jrnl-too-large = { $folder } contiene más texto del que tend importa de una vez ({ $mib } MiB); importa sus años de uno en uno

## import/zip.rs

import-zip-broken = este archivo zip está dañado o cortado; expórtalo de nuevo
import-zip-too-large = este zip se descomprime en más de lo que tend importa ({ $mib } MiB en total); descomprímelo e importa su {"Journal.json"}
import-zip-overlaps = este zip nombra los mismos datos con varios nombres, algo que ninguna exportación hace; descomprímelo e importa su {"Journal.json"}
import-zip-method = { $name } está comprimido de una forma que tend no sabe descomprimir (método zip { $method }); descomprime el zip e importa { $name }

## import_file.rs

# $seen and $given are import-source-…; $flag is the option to use.
import-looks-like = { $file } parece { $seen }, no { $given }: usa { $flag }
import-unknown-source = no se sabe qué programa creó { $file }; indica {"--from"} { $names }
import-file-missing = no se puede leer { $file } (no existe ese archivo ni esa carpeta)
# $kind is one of files-kind-….
import-not-file-or-folder = { $file } es { $kind }, no un archivo ni una carpeta
import-file-too-large = { $file } es demasiado grande para importarlo ({ $size } bytes; tend importa archivos de hasta { $mib } MiB)
import-zip-file-too-large = { $file } es demasiado grande para importarlo ({ $size } bytes; tend importa archivos de hasta { $mib } MiB; descomprímelo e importa su {"Journal.json"})
# A tend data file merged; $dry is "yes" for a dry run. $aside counts texts kept aside.
import-tend-merged = { $dry ->
        [yes] Simulación, no se escribió nada; importando
       *[other] Importado
    } { $file }: nuevos: { $added }, actualizados: { $updated }, ya iguales: { $unchanged }, conservados por haber cambiado aquí después: { $kept }, siguen eliminados: { $deleted }{ $aside ->
        [0] {""}
        [one] ; 1 texto que cambió tanto aquí como en el archivo se guardó aparte ({"`tend sync conflicts`"} lo muestra)
       *[other] ; { $aside } textos que cambiaron tanto aquí como en el archivo se guardaron aparte ({"`tend sync conflicts`"} los muestra)
    }.
import-tally = nuevas: { $added }, actualizadas: { $updated }, sin cambios: { $unchanged }, conservadas tal como las editaste: { $kept }, siguen eliminadas: { $deleted }
# The app's status line after an import: "Imported FILE: entries 3 added, 2 unchanged".
import-status-none = Importado { $file }: ninguna entrada
# $parts lists import-status-added, …, joined by commas.
import-status = Importado { $file }: entradas { $parts }
import-status-added = { $count ->
        [one] { $count } nueva
       *[other] { $count } nuevas
    }
import-status-updated = { $count ->
        [one] { $count } actualizada
       *[other] { $count } actualizadas
    }
import-status-unchanged = { $count } sin cambios
import-status-kept = { $count ->
        [one] { $count } tal como la dejaste
       *[other] { $count } tal como las dejaste
    }
import-status-day-moods = { $count ->
        [one] { $count } día con ánimo
       *[other] { $count } días con ánimo
    }
import-status-bad-lines = { $count ->
        [one] { $count } línea errónea omitida
       *[other] { $count } líneas erróneas omitidas
    }
# The report of an import; $source is import-source-…, $first and $last dates.
import-report-head = { $dry ->
        [yes] Simulación, no se escribió nada. Importando
       *[other] Importado
    } { $file } ({ $source }): { $rows ->
        [one] 1 fila
       *[other] { $rows } filas
    }.
import-report-head-span = { $dry ->
        [yes] Simulación, no se escribió nada. Importando
       *[other] Importado
    } { $file } ({ $source }): { $rows ->
        [one] 1 fila
       *[other] { $rows } filas
    }, del { $first } al { $last }.
# $tally is import-tally.
import-report-entries = entradas del diario: { $tally }
import-report-moods = medias diarias de ánimo de los registros del día: { $tally }
import-report-bad = { $count ->
        [one] { $count } línea errónea rechazada:
       *[other] { $count } líneas erróneas rechazadas:
    }
# $places lists where the empty entries are (import-line, …).
import-report-empty = { $count ->
        [one] { $count } entrada vacía omitida: { $places }
       *[other] { $count } entradas vacías omitidas: { $places }
    }
# $moods lists each label with its number and rows: "rad → 9 (12)".
import-preview-moods = ánimos: { $moods }
import-preview-first-rows = primeras filas:
import-preview-mood = ánimo { $mood }

## store/access.rs

store-bad-path = { $path }: no se puede usar esta ruta ({ $error })
# Why tend refused a journal file, after its path: "PATH: cannot open it (…)".
store-cannot-open = no se puede abrir ({ $error })
# Why tend may not write the journal, in brackets: "the journal is read-only (…)".
store-read-only-fs = está en un sistema de archivos de solo lectura
store-read-only-file = el archivo es de solo lectura para ti
store-read-only-folder = su carpeta { $folder } es de solo lectura para ti
store-cannot-make-private = no se puede hacer que solo tú puedas leerlo ({ $error }); dale a tend un archivo tuyo con {"--db"}

## store/backup.rs

store-cannot-create-backups = { $folder }: no se puede crear la carpeta de copias de seguridad ({ $error })
store-cannot-write-backup = { $path }: no se puede escribir la copia de seguridad ({ $error })
# What SQLite said of the damage, in brackets after "the journal is damaged".
store-damage-found-by-backup = lo detectó la copia de seguridad de hoy: { $detail }

## store/schema.rs

# What a record is called beside words kept from a sync conflict and in the doctor's
# list of odd dates.
store-noun-commitment = compromiso
store-noun-checkin = registro del día
store-noun-journal = entrada del diario
store-noun-goal = meta
store-noun-step = paso de meta
store-noun-goal-mark = marca de progreso
store-noun-coping = estrategia de afrontamiento
store-noun-trigger = detonante
store-noun-encounter = encuentro
store-noun-growth = registro de aprendizaje
store-noun-self-check = autoevaluación
store-noun-person = persona
store-noun-plan-line = línea del plan
store-noun-meeting = reunión
store-noun-connection = conexión
store-noun-path = camino de un compromiso
store-noun-use = consumo
store-noun-tracker = seguimiento
store-noun-tracker-answer = respuesta de seguimiento
store-noun-medication = medicamento
store-noun-schedule = dosis y pauta de un medicamento
store-noun-dose = dosis
store-noun-kept-words = palabras guardadas
store-noun-record = registro
# What else a deletion touches, counted: "its 3 encounters stay in your history".
store-child-step = { $count ->
        [one] paso
       *[other] { $count } pasos
    }
store-child-progress-mark = { $count ->
        [one] marca de progreso
       *[other] { $count } marcas de progreso
    }
store-child-encounter = { $count ->
        [one] encuentro
       *[other] { $count } encuentros
    }
store-child-growth-entry = { $count ->
        [one] registro de aprendizaje
       *[other] { $count } registros de aprendizaje
    }
store-child-plan-item = { $count ->
        [one] elemento del plan
       *[other] { $count } elementos del plan
    }
store-child-attendance = { $count ->
        [one] asistencia
       *[other] { $count } asistencias
    }
store-child-medication = { $count ->
        [one] medicamento
       *[other] { $count } medicamentos
    }
store-child-schedule = { $count ->
        [one] dosis y pauta
       *[other] { $count } dosis y pautas
    }
store-child-dose = { $count ->
        [one] dosis registrada
       *[other] { $count } dosis registradas
    }
store-child-tag = { $count ->
        [one] etiqueta
       *[other] { $count } etiquetas
    }
store-child-tracker-answer = { $count ->
        [one] respuesta
       *[other] { $count } respuestas
    }
store-child-coping-link = { $count ->
        [one] vínculo con una estrategia
       *[other] { $count } vínculos con estrategias
    }
store-child-trigger-link = { $count ->
        [one] vínculo con un detonante
       *[other] { $count } vínculos con detonantes
    }
store-child-growth-entry-link = { $count ->
        [one] vínculo con un registro de aprendizaje
       *[other] { $count } vínculos con registros de aprendizaje
    }
store-child-person-link = { $count ->
        [one] vínculo con una persona
       *[other] { $count } vínculos con personas
    }
store-child-connection-link = { $count ->
        [one] vínculo con una conexión
       *[other] { $count } vínculos con conexiones
    }
store-child-record = { $count ->
        [one] registro
       *[other] { $count } registros
    }
# What tells one record apart, after its kind (store-label-…): a name, or its date
# (YYYY-MM-DD) and time (HH:MM).
store-describe-quoted = "{ $name }"
store-describe-date = del { $date }
store-describe-date-title = del { $date } "{ $title }"
store-describe-date-time = del { $date } a las { $time }
# $kind is store-setback-kind.
store-describe-date-kind = del { $date } ({ $kind })
# $instrument is a self-check's scale (PHQ-9, …).
store-describe-instrument-date = { $instrument } del { $date }
# $kind is store-connection-kind.
store-describe-kind-date-time = ({ $kind }) del { $date } a las { $time }
# A growth entry's kind as stored ($kind), in words.
store-setback-kind = { $kind ->
        [slip] desliz
        [lapse] caída
        [relapse] recaída
        [hard-day] día difícil
       *[other] { $kind }
    }
# A connection's kind as stored ($kind), in words.
store-connection-kind = { $kind ->
        [meeting] reunión
        [call] llamada
        [message] mensaje
        [in-person] en persona
        [therapy] terapia
        [group-therapy] terapia de grupo
        [service] servicio
        [community] comunidad
       *[other] { $kind }
    }
# $kind is the table name found, quoted.
store-not-kept-kind = { $kind } no es un tipo de registro del que tend guarde palabras

## store/undo.rs

# One record, named in a delete question and an undo message: $what is store-describe-….
store-label-checkin = el registro del día { $what }
store-label-journal = la entrada del diario { $what }
store-label-goal = la meta { $what }
store-label-goal-mark = la marca de progreso { $what }
store-label-coping = la estrategia de afrontamiento { $what }
store-label-trigger = el detonante { $what }
store-label-encounter = el encuentro { $what }
store-label-plan-item = el elemento del plan { $what }
store-label-growth = el registro de aprendizaje { $what }
store-label-commitment = el compromiso { $what }
store-label-self-check = el resultado de autoevaluación { $what }
store-label-person = la persona { $what }
store-label-meeting = la reunión { $what }
store-label-connection = la conexión { $what }
store-label-use = el consumo { $what }
store-label-tracker = el seguimiento { $what }
store-tracker-name-taken = ya tienes un seguimiento llamado { $name }; elige otro nombre
store-tracker-name-none = no hay ningún seguimiento llamado "{ $name }"; {"`tend tracker list`"} los muestra
store-tracker-name-many = hay más de un seguimiento con ese nombre; usa su número de {"`tend tracker list`"}
store-tracker-archived = { $name } está archivado desde ese día; recupéralo con {"`tend tracker unarchive`"} para responderlo
store-label-medication = el medicamento { $what }
store-label-dose = la dosis { $what }
store-use-before-start = { $date } es anterior al inicio de { $name } ({ $start }); un consumo se registra a partir del inicio del compromiso
store-use-unit = { $name } se cuenta en { $unit }; no se le puede añadir un consumo en { $got } (elige { $unit } o cambia la unidad del camino)
store-use-future = { $at } aún no ha llegado; un consumo se registra cuando ya ha pasado
store-use-day-cap = ese día tendría más de { $max } (ya llevas { $already }); revisa la cantidad
# What else a deletion touches; $rows is store-child-…, counted by $count.
store-also-owned = { $count ->
        [one] también se elimina su { $rows }
       *[other] también se eliminan sus { $rows }
    }
store-also-linked = { $count ->
        [one] su { $rows } sigue en tu historial, sin ese vínculo
       *[other] sus { $rows } siguen en tu historial, sin ese vínculo
    }
# Deleting a coping strategy the plan chose.
store-also-plan-coping = también sale de los pasos de afrontamiento de tu plan
store-undo-nothing-kept = no hay nada guardado
# $record is a record named as store-label-… does.
store-undo-deleted = { $record } se eliminó después; no se cambió nada
store-undo-changed = { $record } cambió después (en otro lugar), y deshacer sobrescribiría ese cambio; no se cambió nada
store-undo-taken = { $record } no puede volver: otro registro ha ocupado su lugar

## store/changes.rs

# How a record is named beside words kept from a sync conflict; $noun is store-noun-….
store-kept-unknown-kind = un registro de un tipo que esta versión de tend no conoce
# $date is the check-in's date (YYYY-MM-DD).
store-kept-checkin = registro del día del { $date }
store-kept-profile = el perfil
store-kept-record = { $noun } { $id }
store-kept-named = { $noun } { $id } "{ $name }"
store-kept-deleted = un registro eliminado ({ $noun })
# $kind is the table name found, quoted.
store-sync-state-unknown-kind = el estado de sincronización del diario nombra un tipo de registro que tend no conoce ({ $kind })
# $now is the date and time the clock reads (YYYY-MM-DD HH:MM).
store-clock-wrong = el reloj marca { $now }; pon la fecha correcta (no se guardó nada)
# The name a device syncs under when it has none of its own.
store-this-device = este dispositivo

## store/changes/apply.rs

# A sync segment that can't be read; $what says where (store-segment-…, or a parser's words).
store-segment-bad = un segmento de sincronización no se lee bien: { $what }
store-segment-no-version = un registro sin su versión
store-segment-misplaced = su cabecera no coincide con su lugar en la carpeta
store-segment-bad-clock = su reloj no es uno que pueda tener un dispositivo
store-segment-bad-fields = los campos de un registro del día o del perfil ({ $error })
store-segment-bad-day-start = la hora de inicio del día del perfil
store-segment-bad-recovery-start = el inicio de la recuperación del perfil
store-segment-long-name = el nombre del perfil es más largo de lo que puede ser un nombre
# $kind is the kind of record found, quoted.
store-segment-unknown-kind = contiene un tipo de registro que esta versión de tend no conoce ({ $kind }): actualiza tend en este dispositivo
store-unknown-kind = un tipo de registro que esta versión de tend no conoce ({ $kind })
# $format is the segment's sync format, $known the newest this tend reads.
store-segment-newer = un segmento de otro dispositivo está en el formato de sincronización { $format }, más nuevo de lo que lee esta versión de tend ({ $known }): actualiza tend en este dispositivo
# Why a record waits for an upgrade, when it came in a data file.
store-held-from-file = un registro de un archivo de datos

## store/connections.rs

store-meeting-name-many = hay más de una reunión con ese nombre; indica su id (consulta {"`tend meeting list`"})
store-meeting-name-none = no hay ninguna reunión con ese nombre; añádela con {"`tend meeting add NAME`"} (consulta {"`tend meeting list`"})
# $date is the day (YYYY-MM-DD).
store-meeting-logged = esa reunión ya está registrada el { $date }: a una reunión se asiste una vez al día

## store/goals.rs

store-goal-habit-steps = esta meta es un hábito; los pasos son de las metas de hitos
store-goal-no-step = esta meta tiene los pasos del 1 al { $steps }; se indicó { $got }

## store/people.rs

store-person-name-many = hay más de una persona con ese nombre; indica su id (consulta {"`tend person list`"})
store-person-name-none = no hay nadie con ese nombre (consulta {"`tend person list`"})
store-commitment-name-many = hay más de un compromiso con ese nombre; indica su id (consulta {"`tend commitment list`"})
store-commitment-name-none = no hay ningún compromiso con ese nombre (consulta {"`tend commitment list`"})
store-medication-name-many = hay más de un medicamento con ese nombre; indica su id (consulta {"`tend med list`"})
store-medication-name-none = no hay ningún medicamento con ese nombre (consulta {"`tend med list`"})
store-dose-future = { $at } aún no ha llegado; una dosis se registra cuando ya ha pasado
store-dose-before-start = { $date } es anterior al inicio de { $name } ({ $start }); una dosis se registra a partir del inicio del medicamento
store-schedule-before-start = { $date } es anterior al inicio de { $name } ({ $start }); un cambio de dosis o de pauta empieza ese día o después
store-prescriber-none = no hay ninguna persona con el id { $id } (consulta {"`tend person list`"})

## store/plan.rs

# The stages in brackets are the values the command takes.
store-plan-stage = solo las señales de alerta tienen etapa ({"early"}, {"middle"}, {"late"})
store-plan-person = solo las personas a las que llamar y los contactos nombran a una persona

## store/crypto.rs

store-copy-differs = la copia nueva no se leyó igual al comprobarla
store-open-elsewhere = { $path }: otro programa lo tiene abierto; ciérralo y vuelve a intentarlo
store-journal-left = { $error }; tu diario quedó como estaba
store-already-encrypted = este diario ya está cifrado; {"`tend passphrase`"} cambia su frase de contraseña
# $done of $all backups and copies were encrypted before $error stopped it.
store-encrypt-stopped = el cifrado se detuvo ({ $error }) tras { $done } de { $all } copias de seguridad y copias; tu diario aún no está cifrado: vuelve a ejecutar {"`tend encrypt`"}
store-encrypt-nothing-changed = no se pudo cifrar: { $error }; tu diario y sus copias de seguridad quedaron como estaban
store-not-encrypted = este diario no está cifrado
store-not-encrypted-passphrase = este diario no está cifrado; {"`tend encrypt`"} le pone una frase de contraseña
store-rekey-differs = tras el cambio, el diario no se leyó igual; restáuralo desde una copia de seguridad

## store/file.rs

# Why tend will not open a journal file, after its path: "PATH: it names a folder …".
store-path-is-folder = nombra una carpeta (termina en /); indica la ruta de un archivo con {"--db"} o {"TEND_DB"}
store-cannot-read-it = no se puede leer ({ $error })
# $to is where the symbolic link leads.
store-link-to-nothing = es un enlace simbólico a { $to }, que no existe; indica la ruta real del diario con {"--db"} o {"TEND_DB"}
store-link-unfollowable = es un enlace simbólico a { $to }, que no se puede seguir ({ $error }); indica la ruta real del diario con {"--db"} o {"TEND_DB"}
# $kind is one of files-kind-….
store-not-journal-file = es { $kind }, no un archivo de diario; indica la ruta de un archivo con {"--db"} o {"TEND_DB"}
# $why is store-read-only-….
store-cannot-set-up = tend no puede crear un diario aquí, porque { $why }; date permiso de escritura o elige otro lugar con {"--db"}
store-needs-migration = lo creó una versión anterior de tend, y esta lo actualiza al abrirlo, lo que requiere permiso de escritura ({ $why }); date permiso de escritura y vuelve a ejecutar tend
store-cannot-create-folder = { $folder }: no se puede crear la carpeta ({ $error })
store-cannot-create-database = { $path }: no se puede crear la base de datos ({ $error })
store-not-regular = no es un archivo normal; indica la ruta de un archivo con {"--db"} o {"TEND_DB"}
store-not-sqlite = no es una base de datos de tend (no es un archivo SQLite); comprueba la ruta indicada con {"--db"} o {"TEND_DB"}
store-truncated = el archivo está truncado ({ $size } bytes); restáuralo desde una copia de seguridad
store-truncated-of = el archivo está truncado ({ $size } de { $expected } bytes); restáuralo desde una copia de seguridad
store-bad-page-size = la base de datos está dañada (tamaño de página incorrecto); restáurala desde una copia de seguridad
store-other-program = este archivo SQLite es de otro programa; dale a tend un archivo propio con {"--db"}
store-starts-with-zeros = la base de datos está dañada: empieza con ceros, algo que ningún diario (normal o cifrado) hace, pero que puede dejar un cierre inesperado o un disco que falla; restáurala desde una copia de seguridad ({"`tend backups`"} y luego {"`tend restore PATH`"})
store-starts-with-one-byte = la base de datos está dañada: empieza con un mismo byte repetido, algo que ningún diario (normal o cifrado) hace, pero que puede dejar un cierre inesperado o un disco que falla; restáurala desde una copia de seguridad ({"`tend backups`"} y luego {"`tend restore PATH`"})
store-not-sqlite-nor-encrypted = no es un diario de tend, o está dañado: no es un archivo SQLite ni está cifrado; comprueba la ruta indicada con {"--db"} o {"TEND_DB"}, o restáuralo desde una copia de seguridad ({"`tend backups`"})
# $version is the file's schema, $known the newest this tend knows.
store-newer = lo creó una versión más nueva de tend (esquema { $version }; esta versión conoce hasta el { $known }): actualiza tend para abrirlo
store-sqlite-cannot-read = no es una base de datos de tend (SQLite no puede leerla); comprueba la ruta o restáurala desde una copia de seguridad
store-disk-trouble = no se puede leer ni escribir ({ $error }); comprueba que el disco tenga espacio libre y funcione bien

## store/gzip.rs

store-compressed-differs = { $path }: la copia de seguridad comprimida no se leyó igual al comprobarla
store-cannot-write-it = { $path }: no se puede escribir ({ $error })
store-compressed-damaged = la copia de seguridad comprimida está dañada o incompleta ({ $error }); prueba con una más antigua

## store/keying.rs

store-passphrase-too-long = es demasiado larga
# $code is SQLite's error code.
store-key-failed = SQLCipher no pudo aplicar la clave (código { $code }); no se cambió nada
store-rekey-failed = SQLCipher no pudo cambiar la clave (código { $code }); no se cambió nada
store-cannot-open-it = tend no puede abrirlo ({ $error }); comprueba que puedes leerlo y escribirlo, y también su carpeta y sus archivos {"-wal"} y {"-shm"} si existen
store-locked-elsewhere = otro programa lo tiene bloqueado; cierra ese programa y vuelve a intentarlo
store-damaged = la base de datos está dañada ({ $error }); restáurala desde una copia de seguridad

## store/mod.rs

# Why the journal counts as damaged, in brackets after "the journal is damaged".
store-damage-reported-earlier = SQLite lo notificó antes

## store/odd_dates.rs

# $command is the command that deletes the check-in.
store-fix-checkin = { $command } (y luego haz el registro del día en el día correcto)

## store/place.rs

store-journal-in-use = { $path }: el diario está abierto en otro tend (la app a pantalla completa o un comando); ciérralo allí y vuelve a intentarlo
store-journal-being-replaced = { $path }: otro tend está reemplazando el archivo del diario (restauración, cifrado, descifrado o cambio de frase de contraseña); vuelve a intentarlo cuando termine
store-cannot-lock = no se puede bloquear la carpeta del diario ({ $error })

## store/prompt_status.rs

# Why the file is refused, after its path.
store-prompt-not-tend = no es una base de datos de tend
# One short line for the shell prompt; $day is the day of recovery.
store-prompt-missing = ○ tend: sin configurar
store-prompt-locked = ◌ tend bloqueado
store-prompt-day-checked-in = ✓ día { $day } · registro hecho
store-prompt-day-waiting = ○ día { $day } · registro pendiente
store-prompt-checked-in = ✓ registro hecho
store-prompt-waiting = ○ registro pendiente

## store/recover.rs

store-recover-restored-aside = se terminó de restaurar la copia de seguridad que ya había comprobado; el diario tal como estaba se guarda en { $path }
store-recover-restored = se terminó de restaurar la copia de seguridad que ya había comprobado
store-recover-restore-failed = no se pudo terminar de restaurar la copia de seguridad que había comprobado ({ $error }); ejecuta {"`tend doctor`"}
# $copy is "plain" for an unencrypted copy of the journal, else "unfinished".
store-recover-removed-copy = se eliminó { $path } ({ $copy ->
        [plain] una copia sin cifrar
       *[other] una copia a medias
    } de tu diario que estaba creando; tu diario no cambió)
store-recover-copy-left = no se pudo eliminar { $path } ({ $copy ->
        [plain] una copia sin cifrar
       *[other] una copia a medias
    } de tu diario que estaba creando); bórrala tú
store-recover-removed-backups = { $count ->
        [one] se eliminó { $count } archivo de copia de seguridad a medias
       *[other] se eliminaron { $count } archivos de copia de seguridad a medias
    } en { $folder }
store-recover-backups-left = { $count ->
        [one] no se pudo eliminar { $count } archivo de copia de seguridad a medias en { $folder }; bórralo tú
       *[other] no se pudieron eliminar { $count } archivos de copia de seguridad a medias en { $folder }; bórralos tú
    }
# $what lists what was done, joined by semicolons.
store-recover-said = tend: un tend anterior se interrumpió: { $what }

## store/restore.rs

store-backup-missing = { $path } no existe (consulta {"`tend backups`"})
# $kind is one of files-kind-….
store-not-backup-file = es { $kind }, no un archivo de copia de seguridad; consulta {"`tend backups`"}
store-backup-empty = el archivo está vacío, no es una copia de seguridad; consulta {"`tend backups`"}
# $detail is what SQLite's check found.
store-backup-damaged = la copia de seguridad está dañada ({ $detail }); prueba con una más antigua

## store/transfer/check.rs

# What a value in a data file is, for "must be text, not a list".
store-json-null = {"null"}
store-json-bool = {"true"} o {"false"}
store-json-whole = un número entero
store-json-fraction = un número decimal
store-json-text = texto
store-json-list = una lista
store-json-object = un objeto
# $got is one of store-json-….
store-check-not-text = debe ser texto, no { $got }
store-check-not-number = debe ser un número entero de { $lo } a { $hi }, no { $got }
store-check-not-hours = debe ser un número de horas de 0 a 24, no { $got }
store-check-fraction = debe ser un número entero de { $lo } a { $hi } (valor: { $value })
store-check-hours = debe ser un número de horas de 0 a 24 (valor: { $value })
store-check-not-amount = debe ser una cantidad de 0 o más, no { $got }
store-check-amount = debe ser una cantidad de 0 a { $max } (valor: { $value })
store-check-over-plan = está escrito como día difícil con la marca over_plan
store-check-not-date = '{ $value }' no es una fecha {"YYYY-MM-DD"}
store-check-before-1900 = { $date } es anterior a 1900; usa una fecha a partir del 1900-01-01
store-check-not-moment = '{ $value }' no es un momento como 2026-11-20T21:15:00+01:00
store-check-empty = no puede estar vacío
store-check-missing = falta
store-check-answers = debe ser una lista de respuestas como [0,1,2]
store-check-share = debe ser {"shared"}, {"private"} o {"unset"}
# $date is the record's date, $local the date of its moment.
store-check-date-far = { $date } está a más de un día de la fecha de su momento ({ $local })
store-check-habit-week = un hábito necesita un número de veces por semana (de 1 a 7)
store-check-milestone-week = las veces por semana son de los hábitos, no de las metas de hitos
store-check-before = { $to } es anterior a { $from }
# $scale is a self-check's name (PHQ-9, …), $answers its answers as a list.
store-check-score = las respuestas { $answers } de { $scale } suman { $score }
store-check-band = las respuestas { $answers } de { $scale } corresponden a '{ $band }'
store-check-meetings-only = compartir y coordinar solo se aplican a reuniones

## store/transfer

# Refusals of a tend data file; each follows the field it names ("goals[3].title: …").
store-file-not-tend = esto no es una exportación de datos de tend (su {"\"app\""} no es {"\"tend\""})
# $version is the file's format, $known the newest this tend reads.
store-file-newer = { $version } es más reciente de lo que lee esta versión de tend ({ $known }): actualiza tend
store-file-unknown-version = { $version } no es una versión que tend conozca (números enteros del 1 al { $known })
store-file-version-not-number = debe ser un número entero como { $known }, no { $value }
store-file-not-object = no es una exportación de datos de tend (se esperaba un objeto JSON)
store-file-unknown-part = no es una parte de un archivo de datos de tend
store-file-part-too-new = no es una parte de un archivo de datos de tend de esta versión
store-file-not-an-object = debe ser un objeto
store-file-not-a-list = debe ser una lista
store-file-not-text = debe ser texto
# $table is the kind of record as the file names it.
store-file-no-record = no hay ningún registro { $table } con uid { $uid }
store-file-unknown-field = no es un campo que tend conozca
store-file-bad-revision = debe ser un número entero del 1 al { $max }
store-file-unknown-kind = no es un tipo de registro que tend conozca
store-file-no-uid = un registro sin su uid
store-file-bad-uid = debe ser el uid del registro (texto)
store-file-bad-id = debe ser un número entero a partir de 1
store-file-bad-ref = debe ser un uid (texto) o {"null"}
store-file-meeting-kind = solo una asistencia a una reunión nombra una reunión
# $date is the day (YYYY-MM-DD).
store-file-meeting-attended = a esa reunión ya se asistió el { $date }
# Where words kept aside from a file without stamps were written, kept with them.
store-file-unnamed-device = un archivo importado
store-file-bad-stamp = debe ser un sello: [un número entero de 0 a { $max }, "el id del dispositivo"]
store-file-base-alone = solo va junto a un sello
store-file-no-stamps = falta (un registro con sello los tiene)
store-file-not-stamp-part = no es una parte de los sellos de un registro
store-file-not-record-field = no es un campo de este registro
store-file-bad-devices = debe ser un objeto de ids y nombres de dispositivos
store-file-bad-device-name = debe ser un nombre de 1 a { $max } caracteres
store-file-bad-device-id = nombra un dispositivo con un id que no tiene ningún dispositivo
store-file-bad-exported-at = debe ser un momento como 2026-11-20T21:15:00+01:00
store-noun-entry = entrada
secret-field-passphrase = frase de contraseña
secret-field-new-passphrase = nueva frase de contraseña
# Written into an imported entry, below its text: the entry's Daylio scales.
import-daylio-scales = Escalas: { $scales }

## settings.rs: the settings file's template (`tend config edit` starts from it). Each
## message is a comment block; each of its lines is written after "# ". Setting names
## and values stay as the file takes them.

settings-template-head = Ajustes de tend. Quita el # delante de una línea para cambiarla; {"`tend config show`"}
    muestra lo que está en vigor y avisa si algo de aquí no se entiende.
settings-template-day-start = La hora en que empieza un nuevo día (0-23): con 4, un registro del día a la 1 de la madrugada cuenta para el día anterior.
    Si se pone aquí, este archivo manda ({"`tend profile`"} remite entonces aquí).
settings-template-theme = {"\"default\""}, {"\"high-contrast\""} o {"\"no-colour\""} ({"NO_COLOR"} en el entorno también quita el color).
settings-template-autolock = Bloquea la pantalla tras estos minutos de inactividad; 0, nunca. Sin definir: 10 si el diario está cifrado.
settings-template-editor = El editor de las entradas del diario y de {"`tend config edit`"} (si no, {"$VISUAL"}, {"$EDITOR"}, {"vi"}).
settings-template-country = Tu país, en dos letras: su línea de crisis aparece primero en la vista de crisis (!).
    Sin definir: la región de tu configuración regional ({"LANG"}), si indica una.
settings-template-sync-on-open = Sincroniza con tus otros dispositivos ({"`tend sync`"}) al abrir la app a pantalla completa y al
    cerrarla, una vez configurada la sincronización ({"`tend sync init`"} o {"`tend sync join`"}).
settings-template-sync-forget =
    Olvidar un dispositivo sincronizado del que no hay noticias en estos días (de 30 a 3650): deja
    de frenar la compactación de la carpeta, y lo que escribió sigue en los segmentos de este dispositivo.
settings-template-backup = Cuántas copias de seguridad automáticas diarias, semanales y mensuales se guardan.
settings-template-domains = Las áreas de la vida que muestra la pantalla Áreas, en este orden.
settings-template-prompts = Una sugerencia de escritura en el editor del diario.
settings-template-crisis-lines = Tus propias líneas de crisis: la vista de crisis (!) las muestra encima de las incluidas (Estados
    Unidos y Canadá, Reino Unido e Irlanda, Australia, Nueva Zelanda, España y México, que
    siempre aparecen, primero las de tu país).
settings-template-ninety = Sigue "90 reuniones en 90 días" desde este primer día (desactivado si no se define): la pantalla
    Conexiones muestra cada día transcurrido, y el resumen para tu consejero/a, la cuenta.
settings-template-keys = Tus propias teclas para cualquier acción de la pantalla de ayuda ({"`?`"}), por su nombre: una tecla como
    {"\"x\""}, {"\"X\""}, {"\"ctrl-x\""}, {"\"enter\""}, {"\"esc\""}, {"\"tab\""}, {"\"space\""}, {"\"pgdn\""}, o una lista de teclas.
    Los nombres: {"tend config show --keys"}
# Two crisis lines as a person might write them, each in double quotes.
settings-template-crisis-lines-example = "Línea de crisis: llama o escribe al {"988"}", "Emergencias: {"911"}"
