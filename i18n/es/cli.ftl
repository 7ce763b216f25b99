# Las palabras de la línea de comandos: lo que `tend` muestra, pregunta y rechaza, y sus errores.

## error.rs

# $what is a record's noun (record-noun-…); $command is the command that lists them.
error-not-found = { $what }: no existe el id { $id } (consulta { $command })
error-refused = { $path }: { $reason }
error-locked = { $path }: este diario está cifrado; tend pide su frase de contraseña en un terminal (scripts: {"--passphrase-fd N"} o {"TEND_PASSPHRASE_FILE=PATH"})
error-wrong-passphrase = { $path }: esa frase de contraseña no abre este diario: o no es la correcta, o el archivo está dañado ({"`tend doctor`"} revisa el diario; {"`tend backups`"} lista las copias que {"`tend restore`"} puede recuperar)
# $why says why the journal can't be written.
error-read-only = { $path }: el diario es de solo lectura ({ $why }), así que tend no cambió nada; para escribir, concédete permiso de escritura sobre él y su carpeta (los comandos que solo leen, como {"`tend journal list`"}, siguen funcionando)
error-sqlite = error de la base de datos: { $error }; {"`tend doctor`"} revisa el diario y te dice qué hacer
error-damaged = el diario está dañado ({ $detail }), así que tend dejó de escribir en él; {"`tend doctor`"} revisa todo el archivo, y {"`tend backups`"} lista las copias que {"`tend restore PATH`"} puede recuperar
error-damaged-at = { $path }: el diario está dañado ({ $detail }), así que tend dejó de escribir en él; {"`tend doctor`"} revisa todo el archivo, y {"`tend backups`"} lista las copias que {"`tend restore PATH`"} puede recuperar
# $doing is what tend was doing, as a verb phrase ("write it"); $next is one of error-next-….
error-file = { $path }: no se pudo { $doing } ({ $error }); { $next }
error-next-permission = comprueba que puedes leer y escribir en él y en su carpeta, o elige otro lugar
error-next-folder = comprueba que su carpeta existe, o elige otro lugar
error-next-space = libera espacio en ese disco y vuelve a intentarlo
error-next-read-only = ese disco está montado como solo lectura; elige otro lugar
error-next-other = revisa el disco y la ruta, y vuelve a intentarlo
# $what is the argument that named the file, as the command line spells it ("output").
error-exists = { $what }: { $path } ya existe; { $next }
error-next-name-or-force = elige otro nombre con {"-o"}, o añade {"--force"} para reemplazarlo
error-next-name = elige otro nombre
# $kind is what is there, as files-kind-… says it.
error-not-a-file = { $what }: { $path } es { $kind }, no un archivo normal, y tend nunca escribe encima (ni siquiera con {"--force"}); elige otro nombre
error-no-sqlcipher = este tend se compiló sin SQLCipher y no puede proteger ni abrir diarios cifrados; compila tend con el SQLCipher que incluye (desde su código fuente: {"`cargo build --release`"})
error-editor-missing = no se pudo abrir el editor '{ $program }' ({ $reason }); configura {"`editor`"} con {"`tend config edit`"}, o {"$EDITOR"}
error-editor-failed = el editor '{ $program }' no terminó correctamente
error-editor-failed-nothing-saved = el editor '{ $program }' no terminó correctamente; no se guardó nada
# $signal is a signal's name (SIGTERM) or error-some-signal.
error-interrupted = detenido por { $signal }; lo que no estaba guardado queda como borrador para la próxima vez
error-some-signal = una señal
error-replaced = { $path }: el archivo del diario fue reemplazado mientras tend lo tenía abierto (cifrado, restaurado o movido por otro comando); no se guardó nada en el antiguo
error-changed = { $what }: cambió en otro lugar desde que se abrió aquí (otra ventana o un comando)
error-left-locked = saliste sin desbloquear
# $problem names the settings file, the line and what is allowed.
error-settings = { $problem } (corrígelo con {"`tend config edit`"})

# Los registros, tal como los nombran los rechazos.

## cli/refusal.rs

# A command line refused; $what says what is wrong (one of cli-refusal-…).
cli-refusal-line = error: { $what } (consulta {"--help"})
# $arg is the argument as the help shows it ('--mood <1-10>'); $value is what was typed.
cli-refusal-value-invalid = valor '{ $value }' no válido para '{ $arg }'
cli-refusal-value-missing = '{ $arg }' necesita un valor, pero no se indicó ninguno
# $why says what is allowed.
cli-refusal-value-why = valor '{ $value }' no válido para '{ $arg }': { $why }
# $said is a refusal; $values lists the values allowed.
cli-refusal-possible-values = { $said } [valores posibles: { $values }]
cli-refusal-too-many = valor inesperado '{ $value }' para '{ $arg }'; no se esperaban más
cli-refusal-no-equals = hace falta un signo igual para dar valores a '{ $arg }'
cli-refusal-unknown-argument = argumento inesperado '{ $arg }'
cli-refusal-unknown-subcommand = subcomando no reconocido '{ $name }'
# $args lists the arguments missing.
cli-refusal-missing = faltan estos argumentos obligatorios: { $args }
cli-refusal-needs-subcommand = '{ $command }' necesita un subcomando, pero no se indicó ninguno
cli-refusal-subcommands = { $said } [subcomandos: { $names }]
cli-refusal-repeated = el argumento '{ $arg }' no se puede usar varias veces
cli-refusal-conflict = el argumento '{ $arg }' no se puede usar con '{ $other }'
cli-refusal-conflict-list = el argumento '{ $arg }' no se puede usar con: { $others }
cli-refusal-conflict-others = el argumento '{ $arg }' no se puede usar con uno o más de los otros argumentos indicados
cli-refusal-subcommand-conflict = el subcomando '{ $name }' no se puede usar con '{ $other }'
cli-refusal-subcommand-conflict-list = el subcomando '{ $name }' no se puede usar con: { $others }
cli-refusal-subcommand-conflict-others = el subcomando '{ $name }' no se puede usar con uno o más de los otros argumentos indicados

## main.rs

cli-main-panic = tend se detuvo por un fallo (en { $place }). Todo lo guardado hasta ahora está a salvo. Los detalles se omiten para que ningún texto del diario llegue a la pantalla; {"TEND_DEBUG=1"} los muestra.
cli-main-unknown-place = un lugar desconocido
cli-main-cannot-write = error: no se pudo escribir la salida ({ $error }); si va a un archivo, comprueba que su disco tiene espacio
cli-main-error = error: { $error }

## cli/mod.rs

cli-passphrase-journal = Frase de contraseña de tu diario de tend:
cli-passphrase-try-again = Esa frase de contraseña no lo abrió. Inténtalo de nuevo.
cli-backup-daily-failed = la copia de seguridad automática de hoy no funcionó ({ $error }); ejecuta {"`tend doctor`"}
# $command: "tend doctor", "tend export summary"; the full-screen app is tend alone.
cli-json-refused = `{ $command }` no tiene salida JSON: ejecútalo sin {"--json"}
cli-json-refused-app = {"--json"} es para comandos; {"`tend`"} a secas abre la aplicación a pantalla completa: ejecútalo sin {"--json"}
cli-status-short-or-json = {"--format short"} y {"--json"} piden dos salidas distintas: indica solo una

## cli/args.rs

# A flag's value refused: "it" is the value typed; $got is what was typed.
cli-args-not-whole = debe ser un número entero del { $lo } al { $hi } (escribiste '{ $got }')
cli-args-out-of-range = debe ser un número entero del { $lo } al { $hi } (escribiste { $got })
cli-args-answer-not-whole = cada respuesta debe ser un número entero del { $lo } al { $hi } (escribiste '{ $got }')
cli-args-answer-out-of-range = cada respuesta debe ser un número entero del { $lo } al { $hi } (escribiste { $got })
cli-args-hours = deben ser horas de 0 a 24, como 7 o 7.5 (escribiste '{ $got }')
cli-args-id = un id es un número entero desde 1, como lo muestra {"`list`"} (escribiste '{ $got }')
cli-args-amount = una cantidad es un número de 0 o más, como 2 o 1.5 (escribiste '{ $got }')
cli-args-lang = un idioma en que escribe tend: {"en"} o {"es"} (o {"es-ES"}, {"es-MX"}, {"es-US"} para los números de una región) (escribiste '{ $got }')

## cli/records.rs

# $label names the record; $also says what goes with it.
cli-records-delete = ¿Borrar { $label }?
cli-records-delete-also = ¿Borrar { $label } ({ $also })?
cli-records-kept = Se conserva { $label }.
cli-records-deleted = Se borró { $label }.
cli-records-deleted-also = Se borró { $label }: { $also }.
cli-records-needs-yes = borrar necesita confirmación; añade {"--yes"} para borrar sin preguntar

## cli/profile.rs

cli-profile-name = nombre
cli-profile-recovery-start = inicio recup.
cli-profile-day-starts = el día empieza
cli-profile-not-set = (sin definir)
cli-profile-hour-in-settings = tu archivo de configuración fija {"day_start_hour"} = { $hour }; cámbialo ahí con {"`tend config edit`"}
# $time is the hour a new day starts (04:00).
cli-profile-saved = Perfil guardado (el día empieza a las { $time }).

## cli/commitment.rs

cli-commitment-added = Compromiso { $id } añadido: { $name }, desde el { $start }
cli-commitment-updated = Compromiso { $id } actualizado: { $name }, desde el { $start }
cli-commitment-none = Aún no hay compromisos. Añade uno con {"`tend commitment add \"Alcohol\" --start 2026-01-01`"}.
cli-commitment-row = { $name }  desde el { $start }
cli-commitment-path = camino: { $path }
cli-commitment-limits-need-cut-down = los límites ({"--max-per-day"}, {"--max-per-week"}, {"--free-days"}) son de un plan de reducción; añade {"--path cut-down"}
cli-path-per-day = como máximo { $amount } al día
cli-path-per-week = como máximo { $amount } a la semana
cli-path-free-days = { $count ->
    [one] { $count } día sin consumo a la semana
   *[other] { $count } días sin consumo a la semana
}
cli-path-with-limits = { $path }: { $limits }
cli-use-line = { $amount } · { $name } · { $when }
cli-use-what = {" "}({ $what })
cli-use-logged = Consumo { $id } anotado: { $line }
cli-use-changed = Consumo { $id } modificado: { $line }
cli-use-show = Consumo { $id }: { $line }
cli-use-none = No hay consumos anotados en estos días.
cli-use-where = dónde: { $text }
cli-use-with = con quién: { $text }
cli-use-planned = { $planned ->
    [1] planeado
   *[other] no planeado
}
cli-use-cost = gasto: { $cost }
cli-use-followed = pasos de consumo más seguro seguidos: { $steps }
cli-use-growth = { $made ->
    [1] Anotado como el registro de aprendizaje { $id } de ese día (lo muestra la marca de tropiezo del registro del día). Cuando quieras, {"`tend growth edit`"} { $id } guarda lo que aprendiste.
   *[other] Va con el registro de aprendizaje { $id } de ese día, ya escrito.
}
cli-use-over-plan = Este día supera tu plan. Es información, no un veredicto: si quieres reflexionar sobre ello, {"`tend growth add --kind "}{ $kind }{" --date "}{ $date }{" --commitment "}{ $commitment }{"`"}.
cli-use-amount-needed = ¿cuánto? Indica una cantidad, o {"--ml"} y {"--abv"} de una bebida
cli-use-amount-or-drink = indica una cantidad o {"--ml"} y {"--abv"}, no ambas cosas
cli-med-line = { $name }: { $schedule }
cli-med-added = Medicamento { $id } añadido: { $line }
cli-med-changed = Medicamento { $id } modificado: { $line }
cli-med-show = Medicamento { $id }: { $line }
cli-med-none = Aún no hay medicamentos. Añade uno con {"`tend med add NAME --dose TEXT --times HH:MM`"}.
cli-med-records-only = tend anota lo que dices sobre tus medicamentos; nunca sugiere una dosis. Consulta cualquier cambio con quien te los receta.
cli-med-prescriber-role = { $name } ahora también figura como prescriptor/a.
cli-med-prescriber-added = { $name } ya está en tu gente como prescriptor/a (persona { $id }).
cli-med-form = presentación: { $form }
cli-med-addiction = para el tratamiento de la adicción
cli-med-prescribed-by = recetado por { $name }
cli-med-dates = { $ended ->
        [0] desde el { $start }
       *[other] del { $start } al { $end }
    }
cli-med-refill-date = reposición el { $date }
cli-med-change = desde el { $date }: { $schedule }
# Adherence over one window: "7 days: 5 of 7 doses taken (71%, 1 late)".
cli-med-adherence = { $days } días: { $taken } de { $scheduled } { $scheduled ->
        [one] dosis tomada
       *[other] dosis tomadas
    } ({ $percent }%{ $late ->
        [0] {""}
        [one] , 1 con retraso
       *[other] , { $late } con retraso
    })
cli-med-adherence-none = { $days } días: ninguna dosis prevista aún
cli-med-counting-from = contado desde el { $date }, cuando empieza lo que tend tiene anotado
cli-med-as-needed = { $days } días: se tomó { $count ->
        [one] una vez
       *[other] { $count } veces
    }
cli-med-reasons = {" "}({ $reasons })
cli-med-reason = { $reason } × { $count }
cli-med-missed-run = { $count } dosis seguidas sin tomar, del { $first } al { $last }
cli-med-refill = { $days ->
        [0] Reposición: hoy.
        [one] Reposición: mañana.
       *[other] Reposición: en { $days } días.
    }
cli-med-dose-line = { $status } · { $name } · { $when }
cli-med-dose-reason = {" "}({ $reason })
cli-med-dose-logged = Dosis { $id } anotada: { $line }
cli-med-dose-changed = Dosis { $id } modificada: { $line }
cli-med-dose-show = Dosis { $id }: { $line }
cli-med-dose-none = No hay dosis anotadas en estos días.
cli-use-drink-unit = el conversor cuenta el alcohol en bebidas estándar o en unidades británicas, no en { $unit }
cli-tracker-scale = '{ $got }' no es una escala; escribe sus dos extremos, como {"0-5"}
cli-tracker-kind-needed = indica qué tipo de respuesta es con {"--kind"} ({"yes-no"}, {"rating"}, {"number"} o {"time"}), o parte de un {"--preset"}
cli-tracker-added = Seguimiento { $id } añadido: { $name } ({ $marks }). Respóndelo con {"`tend checkin --track`"} "{ $name }=…".
cli-tracker-changed = Seguimiento modificado: { $line }
cli-tracker-archived = { $name } archivado desde el { $date }; sus respuestas se conservan. {"`tend tracker unarchive`"} lo recupera.
cli-tracker-unarchived = { $name } ha vuelto, al final del registro del día.
cli-tracker-none = Aún no hay seguimientos. Añade uno con {"`tend tracker add --preset urge-to-use`"} o {"`tend tracker add Walk --kind yes-no`"}.
cli-tracker-no-answers = sin respuestas del { $from } al { $to }
cli-tracker-rating = una valoración del { $lo } al { $hi }
cli-tracker-rating-ends = una valoración del { $lo } ({ $low }) al { $hi } ({ $high })
cli-tracker-number-in = un número, en { $unit }
cli-tracker-safety-at = aviso de seguridad desde { $value }
cli-tracker-asks-acted-on = pregunta si actuaste
cli-tracker-shared = compartido en el resumen
cli-tracker-archived-on = archivado el { $date }
cli-tracker-answer-acted = { $value } ({ $acted ->
        [1] actuaste
       *[other] no actuaste
    })
cli-tracker-track-shape = '{ $got }' no es una respuesta de seguimiento; escribe {"NAME=VALUE"}, como {"\"Exercise=30\""}
cli-tracker-acted-yes-no = si actuaste se responde con sí o no (escribiste '{ $got }')
cli-tracker-no-acted-on = este seguimiento no pregunta si actuaste ({"`tend tracker edit … --acted-on`"} hace que lo pregunte)
cli-tracker-acted-alone = da la respuesta con {"--track"} junto a {"--acted-on"}
cli-tracker-cleared = borrada
cli-tracker-crisis = Tu respuesta a { $name } fue { $value }, igual o por encima de su nivel de seguridad. Gracias por anotarlo. No tienes que cargar con esto a solas: por favor, contacta ahora con alguien de abajo, o con el número de emergencias de tu zona.

## cli/coping.rs

cli-coping-added = Estrategia de afrontamiento { $id } añadida: { $name }
cli-coping-changed = Estrategia de afrontamiento { $id } modificada: { $name }
cli-coping-none = Tu caja de herramientas está vacía. Añade una estrategia con {"`tend coping add \"Call a friend\"`"}.
# How often a strategy was used against a trigger, and how many of those times passed.
cli-coping-used = (usada { $times ->
        [one] { $times } vez
       *[other] { $times } veces
    }, { $passed } superadas)
# $drop is the mean drop in urge (2.5).
cli-coping-used-drop = (usada { $times ->
        [one] { $times } vez
       *[other] { $times } veces
    }, { $passed } superadas, las ganas bajaron { $drop } de media)

## cli/demo.rs

cli-demo-entries = debe ser un número entero de 0 a { $max } (escribiste { $got })
cli-demo-not-empty = la base de datos ya tiene registros; los datos de demostración solo van a un archivo nuevo y vacío
# $counts says how many records of each kind were made.
cli-demo-wrote = Se escribió un historial inventado de { $years ->
        [one] { $years } año
       *[other] { $years } años
    } en { $path }: { $counts }

## cli/paths.rs

cli-paths-database = diario
cli-paths-config = ajustes
cli-paths-backups = copias
cli-paths-exports = export.

## cli/encryption.rs

cli-encrypt-done = { $path } cifrado. Guarda tu frase de contraseña en un lugar seguro: sin ella no se puede abrir el diario.
cli-encrypt-done-copies = { $path } cifrado. { $count ->
        [one] Tu { $count } copia de seguridad anterior también está cifrada.
       *[other] Tus { $count } copias de seguridad anteriores también están cifradas.
    } Guarda tu frase de contraseña en un lugar seguro: sin ella no se puede abrir el diario.
# $list names the files, separated by "; ".
cli-encrypt-unreadable = Estos archivos no se pudieron abrir y siguen sin cifrar; bórralos si no los necesitas: { $list }
# $list names each copy with what it is (cli-copy-…).
cli-encrypt-outside = Las copias que hiciste en otros lugares siguen sin cifrar, donde tend no llega: { $list }. Bórralas, o guárdalas donde solo tú puedas leerlas.
cli-copy-backup = copia de seguridad del { $date }
cli-copy-export = exportación de datos del { $date }
cli-passphrase = Frase de contraseña:
cli-passphrase-current = Frase de contraseña actual:
cli-decrypt-done = { $path } descifrado: ya no lo protege una frase de contraseña. Las copias de seguridad conservan la frase de contraseña con la que se hicieron.
cli-passphrase-changed = Frase de contraseña cambiada. Las copias de seguridad anteriores se siguen abriendo con la frase de contraseña con la que se hicieron.

## cli/doctor.rs

# The mark of a check that found nothing to do.
cli-doctor-ok = OK
# The mark of a check that found something to do.
cli-doctor-warn = AVISO
cli-doctor-head = tend { $version } · base de datos { $path }
cli-doctor-head-files = ajustes { $config } · copias { $backups }
cli-doctor-database = base de datos
cli-doctor-not-created = aún no existe; ejecuta {"`tend`"} para empezar
cli-doctor-locked = cifrado: SQLCipher (indica la frase de contraseña para revisar más)
cli-doctor-all-good = Todo bien.
cli-doctor-to-look-at = { $count ->
        [one] { $count } cosa que revisar.
       *[other] { $count } cosas que revisar.
    }
# $version is the journal's schema version, $known the newest this tend knows.
cli-doctor-schema = versión del esquema { $version } (este tend conoce hasta la { $known })
cli-doctor-encrypted = cifrado con SQLCipher
cli-doctor-not-encrypted = sin cifrar
cli-doctor-encrypt-it = cualquiera que pueda leer el archivo puede leer tu diario; ejecuta {"`tend encrypt`"}
cli-doctor-integrity-ok = comprobación de integridad: ok
# $result is SQLite's own report of what is wrong.
cli-doctor-integrity = comprobación de integridad: { $result }
cli-doctor-restore = restaura desde una copia de seguridad ({"`tend backups`"}, {"`tend restore PATH`"})
# After "cannot" in error-file.
cli-doctor-doing-permissions = leer sus permisos
# $mode is the file's permission bits in octal (600).
cli-doctor-file-mode = permisos del archivo { $mode }
cli-doctor-file-mode-fix = otras personas pueden leerlo; ejecuta { $command }
cli-doctor-folder-mode = permisos de la carpeta { $mode }
cli-doctor-folder-mode-fix = otras personas pueden ver su contenido; ejecuta { $command }
# $date is the last backup's date, $age how many days ago, $all cli-backup-count.
cli-doctor-backup = última copia { $date } ({ $age ->
        [one] hace { $age } día
       *[other] hace { $age } días
    }) · { $all }
cli-doctor-backup-unchanged = última copia { $date } ({ $age ->
        [one] hace { $age } día
       *[other] hace { $age } días
    }; sin cambios desde entonces) · { $all }
cli-doctor-no-backup = aún no hay copias
cli-doctor-backup-fix = ejecuta {"`tend backup`"}
cli-doctor-space = espacio libre en disco { $free }
cli-doctor-space-unknown = desconocido
cli-doctor-space-fix = quedan menos de 200 MiB; libera espacio para que las escrituras y las copias de seguridad funcionen
# $what is a record's noun, $command the command that puts it right.
cli-doctor-odd-date = { $what } { $id } ({ $date }): { $command }
cli-doctor-dates-ok = fechas: todos los registros tienen fecha entre 1900 y hoy
cli-doctor-dates-odd = registros con fecha posterior a hoy o anterior a 1900: { $list }
cli-doctor-dates-fix = corrige cada uno con el comando indicado (o en la aplicación: {"e"} corrige, {"d"} borra)
cli-doctor-not-carried = carpeta del diario: ningún programa de sincronización la copia (Syncthing, git, una nube)
cli-doctor-carried = el diario está en una carpeta que copia un programa de sincronización: { $found }
cli-doctor-carried-marker = { $folder } ({ $marker }: { $engine })
cli-doctor-carried-root = { $folder } ({ $engine })
cli-doctor-carried-copy = { $path } (copia en conflicto de un programa de sincronización)
cli-doctor-carried-fix = ese programa copia el archivo del diario entero entre dispositivos y pierde lo que uno escribió mientras estaban separados; guarda el diario fuera de esa carpeta y compártelo entre dispositivos con {"`tend sync`"}

## cli/doctor/files.rs

cli-doctor-plain-copy = { $path } está sin cifrar
cli-doctor-plain-copy-fix = cualquiera que pueda leerlo puede leer tu diario tal como estaba; bórralo si no lo necesitas
cli-doctor-leftover = { $path } quedó de un tend interrumpido
cli-doctor-leftover-fix = puede contener tu diario sin cifrar; ejecuta cualquier comando de tend para limpiarlo, o bórralo
cli-doctor-backups-broken-link = la carpeta de copias { $path } es un enlace roto
cli-doctor-backups-broken-link-fix = quita el enlace; tend crea la carpeta por sí mismo
cli-doctor-backups-file = la carpeta de copias { $path } es un archivo
cli-doctor-backups-file-fix = muévelo a otro sitio; tend crea la carpeta por sí mismo
cli-doctor-backups-open-link = la carpeta de copias { $path } enlaza a { $target }, donde cualquiera puede escribir
cli-doctor-backups-open-link-fix = conviértela en una carpeta privada propia ({"mkdir -m 700"})
cli-doctor-backups-owner = la carpeta de copias { $path } pertenece a otro usuario
cli-doctor-backups-owner-fix = conviértela en una carpeta privada tuya ({"mkdir -m 700"})
cli-doctor-backups-mode = permisos de la carpeta de copias { $mode }
cli-doctor-backups-mode-fix = otras personas pueden ver o leer tus copias de seguridad; ejecuta { $command }
# $copy says what the copy is (cli-copy-…).
cli-doctor-plain-elsewhere = { $path } ({ $copy }) está sin cifrar
cli-doctor-plain-elsewhere-fix = cualquiera que pueda leerlo puede leer tu diario; bórralo cuando ya no lo necesites

## cli/doctor/sync.rs

cli-doctor-sync-off = sincronización: sin configurar ({"`tend sync init DIR`"} sincroniza con tus otros dispositivos)
# $name is this device's name in the sync folder.
cli-doctor-sync-folder = carpeta de sincronización { $folder } como "{ $name }"
cli-doctor-sync-folder-fix = no está: ¿está montado su disco o recurso compartido? No se pierde nada; vuelve a sincronizar cuando lo esté
# $last is when this device last synced (or cli-doctor-sync-never).
cli-doctor-sync-state = última sincronización { $last } · { $devices ->
        [one] { $devices } otro dispositivo visto
       *[other] { $devices } otros dispositivos vistos
    } · { $pending ->
        [one] { $pending } segmento pendiente de fusionar
       *[other] { $pending } segmentos pendientes de fusionar
    } · { $unsent ->
        [one] { $unsent } cambio de aquí aún sin enviar
       *[other] { $unsent } cambios de aquí aún sin enviar
    }
cli-doctor-sync-never = nunca
cli-doctor-sync-fix = ejecuta {"`tend sync`"}
# $name and $device name another device; $last is when it last wrote.
cli-doctor-sync-device = { $name } ({ $device }): { $merged ->
        [one] { $merged } segmento fusionado
       *[other] { $merged } segmentos fusionados
    }, última escritura { $last }

## cli/backup.rs

cli-backup-done = Copia de seguridad guardada en { $path }.
cli-backup-done-encrypted = Copia de seguridad guardada en { $path }, cifrada con tu frase de contraseña.
cli-backup-done-compressed = Copia de seguridad guardada en { $path }, comprimida.
cli-backup-not-noted = se escribió { $path }, pero no se pudo anotar para {"`tend doctor`"} ({ $error })
cli-backup-none = Aún no hay copias de seguridad en { $folder }. tend hace una cada día que lo usas; {"`tend backup`"} hace una ahora.
# $backups is cli-backup-count.
cli-backup-in-all = { $backups } en total
cli-passphrase-backup = Frase de contraseña de la copia:
cli-restore-done = { $path } restaurado desde { $from }.
# $aside is where the journal as it was is kept.
cli-restore-done-aside = { $path } restaurado desde { $from }. El diario tal como estaba se guarda en { $aside }.
# How many backups, and the space they take together ($size).
cli-backup-count = { $count ->
        [one] { $count } copia
       *[other] { $count } copias
    }, { $size }
# File sizes; $size is the number, with its decimal point (3.4).
cli-size-gib = { $size } GiB
cli-size-mib = { $size } MiB
cli-size-kib = { $size } KiB
cli-size-bytes = { $size } B

## cli/sync_on_open.rs

cli-sync-on-open-not-set-up = {"sync_on_open"} está activado, pero aquí no está configurada la sincronización: {"`tend sync init DIR`"} o {"`tend sync join DIR`"}
cli-sync-on-open-failed = sincronización: { $error }
cli-sync-on-open-not-synced = Sin sincronizar: { $error }
# The parts of the line are joined with "; ".
cli-sync-on-open-synced = Sincronizado: { $received ->
        [one] { $received } cambio recibido
       *[other] { $received } cambios recibidos
    }, { $sent } enviados, { $conflicts ->
        [one] { $conflicts } conflicto conservado
       *[other] { $conflicts } conflictos conservados
    }
cli-sync-on-open-new-device = este diario se copió o se restauró, así que sigue sincronizando como un dispositivo nuevo
cli-sync-on-open-rejoined = otro de tus dispositivos había retirado este, así que sigue sincronizando como un dispositivo nuevo
cli-sync-on-open-waiting = { $count ->
        [one] { $count } segmento espera
       *[other] { $count } segmentos esperan
    } a la próxima vez ({"`tend sync status`"})

## cli/export.rs

cli-export-from-after-to = { $from } es posterior a {"--to"} { $to }; indica primero la fecha anterior
# $kind is the file's format (html, md, csv).
cli-export-wrote = Resumen en { $kind } del { $from } al { $to } guardado en { $path }.
cli-export-wrote-private = Resumen en { $kind } del { $from } al { $to } guardado en { $path }. Se omiten el texto del diario, las notas, los detalles de los tropiezos, los nombres de las personas y los números de teléfono ({"--include"} los comparte).
cli-export-wrote-data = Todos tus datos guardados en { $path } (versión del formato { $version }).

## cli/meeting.rs

cli-meeting-added = Reunión { $id } añadida: { $meeting }
cli-meeting-changed = Reunión { $id } modificada: { $meeting }
cli-meeting-none = Aún no hay reuniones. Añade una con {"`tend meeting add \"Tuesday group\" --fellowship aa --day tue --time 19:30 --home`"}.
cli-meeting-home-group = grupo base

## cli/person.rs

cli-person-added = Se añadió a { $name } (id { $id }): { $person }
cli-person-changed = Se actualizaron los datos de { $name } (id { $id }): { $person }
cli-person-none = Aún no hay nadie. Añade a alguien con {"`tend person add Sam --role sponsor --phone 07700900123`"}.
cli-person-emergency = contacto de emergencia
# $days is how often (days).
cli-person-every = mantener el contacto cada { $days }
# When someone is in their role; $to is a date or cli-person-now.
cli-person-from-to = desde { $from } hasta { $to }
cli-person-now = ahora
cli-note = nota: { $note }

## cli/plan.rs

# $command adds the first item to the section.
cli-plan-nothing-yet = aún nada: { $command }
cli-plan-added = Añadido a { $section } (id { $id }): { $text }
cli-plan-updated = Elemento del plan { $id } actualizado: { $text }
cli-plan-moved = Elemento del plan { $id } movido al puesto { $place } de { $section }
# A coping step's id is its toolbox strategy's after a "c", as the plan shows it.
cli-plan-id = el id de un elemento del plan es un número entero desde 1, o {"c"} y un número para un paso de afrontamiento, como lo muestra {"`tend plan show`"} (escribiste '{ $got }')
cli-plan-coping-out = "{ $name }" ya no está en tu plan y sigue en tu caja de herramientas de afrontamiento ({"`tend coping list`"}).

## cli/stats.rs

cli-stats-today = Hoy es { $today }. Día { $day } de tu recuperación.
# $window and $counted are numbers of days (days); $percent has its decimal point (85.7).
cli-stats-adherence-last = Últimos { $window }: registro del día en { $checked } de { $counted } ({ $percent }%)
cli-stats-adherence-nothing = Últimos { $window }: aún no hay registros, así que no falta nada
cli-stats-adherence-since = Desde que empezaste el { $date }: registro del día en { $checked } de { $counted } ({ $percent }%)
cli-stats-adherence-parts = Últimos { $window }, en los días con registro: registro del día en { $checked } de { $counted } ({ $percent }%)
cli-stats-commitment = { $name } (id { $id }), desde el { $start }
cli-stats-in-recovery = { $days } en recuperación, { $on_track } de ellos en buen camino
cli-stats-fresh-start = Hoy es un nuevo comienzo; racha más larga: { $longest }
cli-stats-current-run = Racha actual: { $current }; racha más larga: { $longest }
cli-stats-setbacks = Tropiezos: { $last } en los últimos 90 días, { $prior } en los 90 anteriores ({ $total } en total)
# A commitment's path and use. $path and $before are paths ("cut down"); $date a date.
cli-stats-path = Camino: { $path }
cli-stats-path-since = Camino: { $path }, desde el { $date }
cli-stats-path-changed = Camino: { $path }, desde el { $date } (antes, { $before })
cli-stats-within-plan = Días dentro de mi plan: { $within }; días por encima de mi plan: { $over }
# $total and $limit are amounts; $unit is the unit ("standard drinks").
cli-stats-use-week-limit = Días sin consumo: { $free } de los últimos { $days }; { $total } de { $limit } { $unit } en los últimos 7 días
cli-stats-use-week = Días sin consumo: { $free } de los últimos { $days }; { $total } { $unit } en los últimos 7 días
cli-stats-use-window = Últimos { $window } días: { $total } { $unit } ({ $per_week } a la semana), { $free } de { $days } días sin consumo
# $now is cli-stats-use-window.
cli-stats-use-window-before = { $now }; los { $window } días anteriores: { $total } { $unit }, { $free ->
    [one] 1 día
   *[other] { $free } días
} sin consumo
cli-stats-checklist = Lista de pasos seguida por completo: { $followed } de { $recorded } consumos en que la anotaste
cli-stats-money = Dinero: { $spent } gastado en los últimos 30 días
cli-stats-money-saved = Dinero: { $spent } gastado en los últimos 30 días; { $saved } ahorrado respecto a tu semana habitual
# $days is a median number of days (days or cli-stats-decimal-days).
cli-stats-gap = Tiempo habitual entre tropiezos: { $days }
cli-stats-gap-halves = antes { $earlier }, últimamente { $lately }
cli-stats-bounce-back = Tiempo habitual para reponerte: { $days }
cli-stats-milestone = Hito alcanzado: { $days } en buen camino ({ $on })
cli-stats-next = Siguiente: { $days } en buen camino, faltan { $to_go } ({ $on })
# A number of days with a decimal point (2.5).
cli-stats-decimal-days = { $days } días

## cli/checkin.rs

# $day is the day or id as typed.
cli-checkin-none-on = no hay registro del día para { $day } (consulta {"`tend checkin list`"})
cli-checkin-nothing = nada que anotar; indica al menos un campo, como {"--mood 7"} (consulta {"`tend checkin --help`"})
cli-checkin-nothing-to-change = nada que cambiar; indica al menos un campo, como {"--mood 7"}
cli-checkin-keeps-day = un registro del día conserva su fecha; indica primero el día ({"`tend checkin edit 2026-11-20 --mood 6`"})
# $summary is the check-in in one line.
cli-checkin-done = Registro del día { $date } guardado (id { $id }): { $summary }
cli-checkin-changed = Registro del día { $date } modificado: { $summary }
cli-checkin-none = Aún no hay registros del día. Empieza con {"`tend checkin --mood 7`"}.
# Hours slept, with a decimal point (7.5).
cli-checkin-sleep = sueño { $hours }h
# A life domain's rating in a check-in's one line, its name cut short.
cli-checkin-physical = fís { $rating }
cli-checkin-mental = ment { $rating }
cli-checkin-emotional = emoc { $rating }
cli-checkin-social = soc { $rating }
cli-checkin-spiritual = espi { $rating }
cli-checkin-show = Registro del día { $date } (id { $id })
cli-checkin-intention = intención
cli-checkin-reflection = reflexión
cli-checkin-gratitude = gratitud
cli-checkin-note = nota

## cli/connect.rs

cli-connect-shared = compartida: se cuenta en el resumen para tu terapeuta
cli-connect-private = privada: queda fuera del resumen para tu terapeuta
cli-connect-unset-contact = sin elegir: se cuenta en el resumen para tu terapeuta solo si este comparte llamadas, mensajes y tiempo con personas en conjunto
cli-connect-unset = sin elegir: queda fuera del resumen para tu terapeuta salvo que la compartas
cli-connect-none = Aún no hay conexiones anotadas. {"`tend connect call Sam --minutes 20`"} anota una.
# $connection is the connection in one line.
cli-connect-show = Conexión { $id }: { $connection }
cli-connect-connected = conexión: { $value }
cli-connect-mood-before = ánimo antes: { $value }
cli-connect-mood-after = ánimo después: { $value }
cli-connect-verified-by = confirmada por: { $name }
cli-connect-changed = Conexión { $id } modificada: { $connection }
cli-connect-logged = Conexión { $id } anotada: { $connection }
cli-connect-which-kind = indica el tipo: {"meeting"}, {"call"}, {"message"}, {"in-person"}, {"therapy"}, {"group-therapy"}, {"service"} o {"community"} (consulta {"`tend connect --help`"})
cli-connect-one-meeting = una reunión es un solo nombre; añade personas con {"--with NAME"}
# Asked on a terminal (tend adds " [y/N]") when a name given is close to a known one.
cli-connect-did-you-mean = ¿Te referías a { $name }?
cli-connect-add-person = { $name } aún no está en tu gente. ¿Añadir a esa persona y anotar esto?
cli-connect-add-meeting = { $name } aún no está en tus reuniones. ¿Añadirla y anotar esto?
cli-connect-needs-add-person = aún no hay nadie llamado “{ $name }”; {"--add"} añade a esa persona nueva y anota esto
cli-connect-needs-add-meeting = aún no hay ninguna reunión llamada “{ $name }”; {"--add"} la añade como reunión nueva y anota esto
cli-connect-close-person = no hay nadie llamado “{ $name }”: ¿te referías a { $close }? Indica ese nombre, o {"--add"} para añadir a “{ $name }” como persona nueva
cli-connect-close-meeting = no hay ninguna reunión llamada “{ $name }”: ¿te referías a { $close }? Indica ese nombre, o {"--add"} para añadir “{ $name }” como reunión nueva
cli-connect-not-logged = no se anotó nada
cli-connect-added-person = { $name } ya está en tu gente (persona { $id }).
cli-connect-added-meeting = { $name } ya está en tus reuniones (reunión { $id }); {"`tend meeting edit "}{ $id }{" --day …`"} indica sus días.

## cli/goal.rs

# A goal's progress: times done this week of the times aimed for.
cli-goal-this-week = { $done }/{ $target } esta semana
# A milestone's progress: steps done of all its steps.
cli-goal-steps = { $done }/{ $target } pasos
# $kind is habit or milestone, as the command line spells it.
cli-goal-added = Meta { $id } añadida: { $title } ({ $kind })
# $goal is the goal in one line.
cli-goal-logged = Meta { $id } anotada el { $date } (anotación { $log }): { $goal }
cli-goal-mark-changed = Marca de progreso { $id } modificada (meta { $goal }): { $date }
cli-goal-status = Nuevo estado de la meta { $id }: { $status } ({ $title })
cli-goal-changed = Meta { $id } modificada: { $title }
cli-goal-none = Aún no hay metas. Añade una con {"`tend goal add \"Walk daily\" --domain physical --per-week 5`"}.
cli-goal-why = por qué: { $why }
cli-goal-target = fecha objetivo: { $date }
# A progress mark in a goal's log: its id, its date and its note (or cli-goal-done).
cli-goal-mark = marca { $id } { $date }  { $note }
cli-goal-done = hecho

## cli/growth.rs

cli-growth-none = No hay registros de aprendizaje.
cli-growth-learned = lo aprendido: { $lesson }
# $kind is slip, lapse, relapse or hard day, in words.
cli-growth-changed = Registro de aprendizaje { $id } modificado ({ $kind }, { $date }).
cli-growth-recorded = Registro de aprendizaje { $id } guardado ({ $kind }, { $date }). Tus días en recuperación siguen contando.
cli-growth-which-commitment = tienes { $count } compromisos; indica cuál con {"--commitment ID"} (consulta {"`tend commitment list`"})
cli-growth-show = Registro de aprendizaje { $id }: { $kind } el { $date }
# One of a growth entry's fields: $label is one of the labels below.
cli-growth-field = { $label }: { $text }
cli-growth-what-happened = Qué pasó
cli-growth-warning-signs = Señales de alerta
cli-growth-what-helped = Qué ayudó
cli-growth-what-i-learned = Qué aprendí
cli-growth-next-time = La próxima vez
cli-growth-reached-out = Pedí apoyo a
cli-growth-bounce-back = Tu ánimo volvió a su nivel habitual tras { $days }.

## cli/selfcheck.rs

cli-selfcheck-future = un resultado no puede estar en el futuro
cli-selfcheck-none = Aún no hay resultados. Haz una autoevaluación con {"`tend self-check take PHQ-9`"}.
# $scale is a scale's name (PHQ-9); $trend says how its results have moved.
cli-selfcheck-trend = Tendencia de { $scale }: { $trend }
cli-selfcheck-trend-now = Tendencia: { $trend }
# When a scale was last taken, and when it is due again.
cli-selfcheck-due = última: { $last }, toca repetirla
cli-selfcheck-next = última: { $last }, la próxima desde { $next }
cli-selfcheck-not-taken = sin hacer
# $title is the scale's full name; $when is one of the three above.
cli-selfcheck-scale = { $title } · { $items ->
        [one] { $items } pregunta
       *[other] { $items } preguntas
    } · { $when }
# A score of the highest the scale gives ($top); $score may start with spaces for alignment.
cli-selfcheck-score-of = { $score } de { $top }
# $band is the result's band, as the scale words it.
cli-selfcheck-saved = { $scale } guardado para el { $date }: { $score } de { $top } · { $band }.
cli-selfcheck-crisis = Dijiste que te vinieron pensamientos de que estarías mejor muerto/a o de hacerte daño. Gracias por tu sinceridad. No tienes que cargar con esto a solas: por favor, contacta ahora con alguien de abajo, o con el número de emergencias de tu zona.
cli-selfcheck-your-people = Tu gente:
cli-selfcheck-contacts = Contactos profesionales y de crisis:
cli-selfcheck-supports = Personas a las que llamar:
cli-selfcheck-coping-steps = Tus pasos de afrontamiento:
cli-selfcheck-none-saved = (aún no hay ninguno: {"`tend plan add`"} añade uno)
cli-selfcheck-crisis-lines = Líneas de crisis:
cli-selfcheck-answer = Tu respuesta (un número):
cli-selfcheck-answer-or-back = Tu respuesta (un número, {"b"} para volver):
cli-selfcheck-stopped = detenido en la pregunta { $item } de { $of }: no se guardó nada
cli-selfcheck-type-a-number = Escribe uno de los números que se muestran, por favor.

## cli/journal.rs

cli-journal-none = Ninguna entrada coincide. Escribe una con {"`tend journal add`"}.
# $headline is the entry's title or the start of its text.
cli-journal-delete = ¿Borrar para siempre la entrada { $id } ({ $headline })?
cli-journal-kept = Se conserva la entrada { $id }.
cli-journal-deleted = Entrada { $id } borrada: { $headline }
cli-journal-pinned = Entrada { $id } fijada: { $headline }
cli-journal-unpinned = Entrada { $id } ya no está fijada: { $headline }
# $at is the moment it was written, as stored.
cli-journal-show = Entrada { $id }  { $date }  ({ $at })
cli-journal-show-pinned = Entrada { $id }  { $date }  ({ $at })  · fijada
cli-journal-mood = ánimo { $mood }
cli-journal-give-text = indica el texto como {"TEXT"}, o {"`-`"} para leerlo de la entrada estándar
cli-journal-saved = Entrada { $id } guardada para el { $date }: { $headline }
cli-journal-give-words = indica al menos una palabra que buscar
cli-journal-no-hits = Ninguna entrada menciona eso.
cli-journal-no-tags = Ninguna entrada tiene etiquetas todavía. Pon una con {"`tend journal add --tag`"}.
cli-journal-give-new-text = indica el nuevo {"TEXT"}, {"`-`"} para leerlo de la entrada estándar, o un campo como {"--title"}
cli-journal-updated = Entrada { $id } actualizada: { $headline }

## cli/trigger.rs

# $category and $origin are as the command line spells them (feelings, internal).
cli-trigger-added = Detonante { $id } añadido: { $name } ({ $category }, { $origin })
cli-trigger-changed = Detonante { $id } modificado: { $name } ({ $category }, { $origin })
cli-trigger-show = Detonante { $id }: { $name } ({ $category }, { $origin })
# $coping is the coping strategy's id; $id and $name the trigger's.
cli-trigger-linked = Estrategia de afrontamiento { $coping } vinculada al detonante { $id }: { $name }
cli-trigger-unlinked = Estrategia de afrontamiento { $coping } desvinculada del detonante { $id }: { $name }
# Urge before → after (– when not given); $outcome is passed or setback.
cli-trigger-encounter-logged = Encuentro { $id } anotado el { $date }: ganas { $before } → { $after }, { $outcome }
cli-trigger-encounter-changed = Encuentro { $id } del { $date } modificado: ganas { $before } → { $after }, { $outcome }
cli-trigger-encounter-row = encuentro { $id } { $date }  ganas { $before } → { $after }  { $outcome }
cli-trigger-none = Aún no has nombrado ningún detonante. Añade uno con {"`tend trigger add NAME --category feelings`"}.
# How often a trigger was met.
cli-trigger-met = (apareció { $count ->
        [one] { $count } vez
       *[other] { $count } veces
    })
cli-trigger-coping = afrontamiento: { $name } (id { $id })
cli-trigger-no-encounters = No hay encuentros anotados. {"`tend trigger log --before 6`"} anota un momento de ganas de consumir.
# An encounter with no trigger, in the list of encounters.
cli-trigger-an-urge = ganas de consumir

## cli/sync.rs

# $folder is the sync folder; $name this device's name in it.
cli-sync-set-up = Sincronización configurada: { $folder } es la carpeta de sincronización de este dispositivo, como "{ $name }".
cli-sync-joined = Dispositivo unido: { $folder } es la carpeta de sincronización de este dispositivo, como "{ $name }".
# $device is this device's new id.
cli-sync-new-device = Este diario se restauró desde una copia de seguridad o se copió de otro dispositivo: sigue como un dispositivo nuevo ({ $device }), y no se pierde nada.
cli-sync-rejoined = Otro de tus dispositivos había retirado este (o llevaba demasiado sin noticias de él): sigue como dispositivo nuevo ({ $device }). Lo que escribiste aquí mientras tanto se envía ahora; lo que se borró en otro lado mientras tanto sigue borrado.
cli-sync-counts = { $received ->
        [one] { $received } cambio recibido
       *[other] { $received } cambios recibidos
    } en { $segments ->
        [one] { $segments } segmento
       *[other] { $segments } segmentos
    }; { $sent ->
        [one] { $sent } cambio enviado
       *[other] { $sent } cambios enviados
    }; sin conflictos.
cli-sync-counts-conflicts = { $received ->
        [one] { $received } cambio recibido
       *[other] { $received } cambios recibidos
    } en { $segments ->
        [one] { $segments } segmento
       *[other] { $segments } segmentos
    }; { $sent ->
        [one] { $sent } cambio enviado
       *[other] { $sent } cambios enviados
    }; { $conflicts ->
        [one] { $conflicts } texto editado
       *[other] { $conflicts } textos editados
    } en dos dispositivos a la vez: se conservan las dos versiones (consulta {"`tend sync conflicts`"}).
# $segment says which segment waits, and why.
cli-sync-waiting = En espera: { $segment }
cli-sync-note = Nota: { $note }
# $problem is a segment only a newer tend reads.
cli-sync-rest-synced = { $problem } (el resto se sincronizó)
cli-sync-not-set-up = La sincronización no está configurada: {"`tend sync init DIR`"} o {"`tend sync join DIR`"}.
# $device is this device's id.
cli-sync-status = Sincronizando con { $folder } como "{ $name }" ({ $device }).
# $last is when this device last synced (or cli-sync-never).
cli-sync-last = Última sincronización: { $last }.
cli-sync-never = nunca
cli-sync-unsent = Cambios de aquí pendientes de enviar: { $count }.
# Another device: its name and id, segments merged and waiting, when it last wrote.
cli-sync-device = { $name } ({ $device }): { $merged ->
        [one] { $merged } segmento fusionado
       *[other] { $merged } segmentos fusionados
    }, { $waiting } en espera, última escritura { $last }
cli-sync-no-devices = Ningún otro dispositivo ha escrito aún en la carpeta.
cli-sync-other-key = Sin combinar: { $path }: { $problem }
cli-sync-no-conflicts = No hay palabras guardadas aparte: ningún dispositivo editó lo mismo que otro a la vez.
# $label names the record, $field its field; $device the device that also edited it.
cli-sync-conflict = { $label }, { $field }: también editado en { $device } el { $at }
cli-sync-no-such-words = no hay palabras guardadas aparte con el id { $id }; {"`tend sync conflicts`"} las lista
cli-sync-dismiss = ¿Descartar las palabras de { $device } (ya no están en el registro)?
cli-sync-kept = Se conservan.
cli-sync-dismissed = Descartadas.
cli-sync-not-here = La sincronización no está configurada en este dispositivo.
cli-sync-left = Este dispositivo ya no se sincroniza con { $folder }. La carpeta y tus otros dispositivos siguen como estaban.
cli-sync-forgotten = { $name } ({ $device }): olvidado el { $day } ({ $why }); { $state }
cli-sync-why-retired = retirado aquí
cli-sync-why-unseen = sin noticias durante demasiado tiempo
cli-sync-why-succeeded = un diario restaurado siguió como dispositivo nuevo
cli-sync-why-heard = olvidado en otro dispositivo
cli-sync-forgotten-removed = su carpeta ya no está en la carpeta de sincronización
cli-sync-forgotten-may-go = puedes quitar su carpeta: lo que escribió ya está en los segmentos de este dispositivo
cli-sync-forgotten-wait = conserva su carpeta por ahora: sincroniza de nuevo y vuelve a mirar aquí
cli-sync-forgot-unseen = Se olvidó { $name }: sin noticias en { $days } días ({"sync_forget_after_days"}). Lo que escribió sigue en los segmentos de este dispositivo; si vuelve a sincronizar, se une como dispositivo nuevo.
cli-sync-forgot = Se olvidó { $name }: ya no frena la compactación de la carpeta de sincronización. En tu próxima sincronización, este dispositivo escribe lo que escribió { $name } en sus propios segmentos; después {"`tend sync status`"} dice cuándo puedes quitar su carpeta. Si { $name } vuelve a sincronizar, se une como dispositivo nuevo.
cli-sync-forgot-already = { $name } ya está olvidado; {"`tend sync status`"} dice si puedes quitar su carpeta.
cli-sync-forget-self = ese es este dispositivo: para dejar de sincronizar aquí, {"`tend sync leave`"}
cli-sync-forget-unknown = ningún dispositivo llamado { $name } ha escrito en la carpeta de sincronización; {"`tend sync status`"} los lista
cli-sync-forget-which = hay más de un dispositivo llamado { $name } ({ $ids }): indica el id del que quieres olvidar

## cli/import.rs

# $pairs are the mood labels with their numbers (Great=9,Bad=3).
cli-import-next-time = (la próxima vez: {"--mood-map"} '{ $pairs }')
# $label is a Daylio mood label; $rows how many rows have it.
cli-import-ask-mood = Ánimo de Daylio '{ $label }' ({ $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }): su número del 1 (el más bajo) al 10, o {"Enter"} para parar:
cli-import-whole-number = un número entero del 1 al 10, por favor

## cli/config.rs

# $problem is a key binding the settings left without a key (cli-config-unbound).
cli-config-warning = aviso: { $problem }
cli-config-saved = Ajustes guardados en { $path }.
# A comment in `tend config show`'s output.
cli-config-in-effect = en uso, desde { $path }
cli-config-defaults = valores por defecto: aún no hay archivo de ajustes ({"`tend config edit`"} crea uno)
cli-config-day-start-unset = {"day_start_hour"}: sin definir aquí; se usa el del diario ({"`tend profile show`"})
cli-config-autolock-unset = {"autolock_minutes"}: sin definir; 10 para un diario cifrado, si no, nunca
# $editor is the editor command used now.
cli-config-editor-unset = {"editor"}: sin definir; ahora { $editor }
# $country is a country code (GB).
cli-config-country-locale = {"country"}: sin definir; "{ $country }" según la configuración regional
cli-config-country-none = {"country"}: sin definir, y la configuración regional no indica ninguno
# $tag is the language words are shown in (en); $var is the variable that named one (LANG).
cli-config-language-missing = aún no disponible; los textos están en "{ $tag }"
cli-config-language-from = {"language"}: sin definir; "{ $tag }" según { $var }
# $asked is the language the variable asked for.
cli-config-language-asked = {"language"}: sin definir; { $var } pide { $asked }, aún no disponible, así que "{ $tag }"
cli-config-language-none = {"language"}: sin definir, y la configuración regional no indica ninguno; "{ $tag }"
cli-config-ninety-off = {"ninety_in_ninety"}: desactivado
cli-config-keys-unchanged = ninguna cambiada ({"`tend config show --keys`"} las lista)
# $action is an action's name; $places where it has no key now.
cli-config-unbound = { $action } ya no tiene tecla en: { $places } (otra acción la ocupó)
