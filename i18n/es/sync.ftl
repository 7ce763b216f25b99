# sync

## sync/mod.rs

sync-passphrase-not-given = indícala con {"--sync-passphrase-fd N"} o {"TEND_SYNC_PASSPHRASE_FILE=PATH"} (o ejecuta tend en una terminal)
sync-bad-device-name = debe tener de 1 a 60 caracteres, sin caracteres de control
# $dir is the sync folder.
sync-already-set-up = este diario ya se sincroniza con { $dir }; usa {"`tend sync leave`"} antes de usar otra carpeta
# Prompts on the terminal; tend adds a space after each.
sync-prompt-new-passphrase = Nueva frase de contraseña de sincronización:
sync-prompt-passphrase = Frase de contraseña de sincronización:
# $join is the command that joins the folder, in backticks.
sync-folder-in-use = { $dir } ya es una carpeta de sincronización de tend: únete con { $join }
sync-folder-arriving = { $dir } ya contiene segmentos de otros dispositivos, pero todavía no su {"tend-sync.json"}: deja que tu programa de sincronización termine de traerla y luego únete con { $join } (o elige una carpeta vacía para una sincronización nueva)
sync-folder-set-up-again = { $dir } se volvió a configurar después de que este dispositivo se uniera (su {"tend-sync.json"} es nuevo), así que no se sincronizó nada; usa {"`tend sync leave`"} y luego {"`tend sync join "}{ $dir }{"`"}
# $kept and $now are key-derivation settings ("argon2id m=65536 t=3 p=1").
sync-key-settings-changed = los ajustes de clave de la carpeta cambiaron desde que este dispositivo se unió ({ $kept }, ahora { $now }), así que no se sincronizó nada: si volviste a configurar { $dir }, usa {"`tend sync leave`"} y luego {"`tend sync join "}{ $dir }{"`"}; si no, alguien cambió su {"tend-sync.json"}: vuelve a poner una copia desde otro dispositivo
sync-folder-new-passphrase = { $dir } se volvió a configurar con otra frase de contraseña después de que este dispositivo se uniera (su {"tend-sync.json"} ya no coincide con la clave de este dispositivo), así que no se sincronizó nada; usa {"`tend sync leave`"} y luego {"`tend sync join "}{ $dir }{"`"}
sync-not-set-up = la sincronización no está configurada: usa {"`tend sync init DIR`"} o {"`tend sync join DIR`"}
sync-folder-gone = { $dir }: la carpeta de sincronización no está (¿está montada la unidad o el recurso compartido?)
# A line of the sync report about another device ($device is its id).
sync-device-note = dispositivo { $device }: { $note }
sync-segment-note = dispositivo { $device }: segmento { $seq }: { $note }
sync-segment-missing = falta el segmento { $seq }, aunque los siguientes ya están; se combina en cuanto llegue
sync-segment-unreadable = el segmento { $seq } no se lee bien
# $why says what a newer tend wrote that this one does not know.
sync-record-held = se guarda aparte un registro hasta que actualices tend en este dispositivo: { $why }
sync-past-latest = { $count ->
        [one] se dejó fuera { $count } registro fechado después del año 3000 por un reloj mal ajustado; ese dispositivo lo vuelve a fechar cuando su reloj tenga la fecha correcta y su tend esté actualizado
       *[other] se dejaron fuera { $count } registros fechados después del año 3000 por un reloj mal ajustado; ese dispositivo los vuelve a fechar cuando su reloj tenga la fecha correcta y su tend esté actualizado
    }
sync-copy-not-merged = no se combinó una copia en conflicto del segmento { $seq }: { $error }
sync-device-folder-missing =
    la carpeta de { $name } no está en la carpeta de sincronización, aunque otros dispositivos combinaron { $count ->
        [one] su primer segmento
       *[other] { $count } de sus segmentos
    }: a este diario le falta lo que escribió. Si aún se está copiando, sincroniza más tarde; si se quitó, vuelve a ponerla desde una copia, o retira el dispositivo en otro con {"`tend sync forget-device`"} antes de quitar su carpeta
sync-snapshot-unreadable = { $path }: la instantánea recién escrita no se lee entera, así que no se quitó ningún segmento (¿está lleno el disco?)

## sync/folder.rs

sync-wrong-passphrase = no es la que se usó al configurar esta carpeta de sincronización; no se cambió nada
sync-not-settings-file = { $path }: no es un archivo de ajustes de sincronización de tend
sync-not-sync-folder = { $dir }: no es una carpeta de sincronización de tend
sync-folder-newer = { $dir }: la configuró un tend más reciente (formato de sincronización { $format }): actualiza tend en este dispositivo
# What is where a folder should be, inside a sentence (besides files-kind-…).
sync-kind-not-folder = algo que no es una carpeta
sync-kind-unopenable = una carpeta que tend no puede abrir
sync-own-folder-kind = la carpeta de este dispositivo, { $kind }
sync-cannot-make = { $path }: no se puede crear ({ $error })
sync-not-there = { $path }: no se puede leer (no está)
sync-cannot-read = { $path }: no se puede leer ({ $error })
sync-cannot-write = { $path }: no se puede escribir ({ $error })
# $kind says what is there instead (files-kind-…, sync-kind-…).
sync-not-plain-folder = { $path } es { $kind }, no una carpeta normal: tend no sigue enlaces dentro de la carpeta de sincronización y no escribió nada; pon ahí una carpeta de verdad
sync-folder-missing = { $dir }: no es una carpeta de sincronización de tend: no está (¿está montada la unidad o el recurso compartido?)
sync-folder-not-folder = { $dir }: no es una carpeta de sincronización de tend: no es una carpeta
sync-folder-unopenable = { $dir }: no es una carpeta de sincronización de tend: no se puede abrir ({ $error })
sync-no-settings-file = { $dir }: no es una carpeta de sincronización de tend ({ $file } no está); crea una con {"`tend sync init DIR`"}
# $problem says what is wrong with the file (files-not-there, …).
sync-settings-file-refused = { $problem }: tend solo lee ahí un archivo normal, y no cambió nada
sync-device-folder-skipped = { $path } es { $kind }, no una carpeta: se omitió (tend no sigue enlaces dentro de la carpeta de sincronización)
sync-busy = otro tend está sincronizando con esta carpeta ahora mismo; vuelve a intentarlo cuando termine
sync-segment-skipped = { $problem }: se omitió (tend solo lee archivos normales en la carpeta de sincronización y no sigue enlaces)
sync-segment-too-large = el segmento { $seq } se descomprime en más de lo que tend lee
sync-segment-no-unpack = el segmento { $seq } no se puede descomprimir
sync-segment-newer = el segmento { $seq } está en el formato de sincronización { $format }, más reciente de lo que este tend lee: actualiza tend en este dispositivo
sync-segment-damaged = el segmento { $seq } está incompleto o dañado (¿todavía se está copiando?); se vuelve a intentar la próxima vez
sync-segment-other-key = el segmento { $seq } lo escribió un dispositivo con otra frase de contraseña de sincronización: quítalo, o ejecuta {"`tend sync leave`"} en ese dispositivo

## sync/seal.rs

# $settings are the folder's key-derivation settings ("argon2id m=65536 t=3 p=1").
sync-kdf-unknown = los ajustes de la carpeta de sincronización: su derivación de clave no es una que este tend conozca
sync-kdf-cost = los ajustes de la carpeta de sincronización: el coste de su derivación de clave ({ $settings }) está fuera de lo que tend acepta (de 8 MiB a 1 GiB de memoria, de 1 a 10 pasadas, de 1 a 8 carriles)
sync-kdf-salt = los ajustes de la carpeta de sincronización: su sal no son de 8 a 64 bytes en hexadecimal
sync-kdf-salt-hex = los ajustes de la carpeta de sincronización: su sal no está en hexadecimal
sync-kdf-error = los ajustes de la carpeta de sincronización: { $error }
sync-field-passphrase = frase de contraseña de sincronización
