# demo
# La historia inventada que escribe `tend demo`: cada palabra está aquí, así que una
# demo en otro idioma es este archivo traducido. Las personas de la demo se nombran una
# sola vez (demo-person-*) y las frases que las mencionan hacen referencia a esos nombres.
# Cuántos mensajes tiene cada lista (demo-opening-1 a -10, …) lo fija el código: la
# misma semilla elige los mismos lugares en todos los idiomas.

## demo.rs

demo-profile-name = Andrés
demo-commitment-alcohol = Alcohol
demo-commitment-alcohol-motto = Un día a la vez
demo-commitment-mental = Mi plan de salud mental
demo-commitment-cannabis = Marihuana
demo-use-what-joint = un porro
demo-use-what-vape = el vape
demo-use-with-alone = solo
demo-use-with-friends = con amigos
demo-prescriber = Dra. Ramírez
demo-medication-name = Buprenorfina
demo-medication-note = Me la dan en la clínica los lunes; la farmacia de la esquina
demo-medication-dose-first = 16 mg
demo-medication-dose-lower = 12 mg
demo-dose-ran-out = se me acabó antes de que abriera la farmacia

# Lo que escribió `tend demo`, unido con ", ".
demo-made-checkins = { $count ->
    [one] { $count } registro del día
   *[other] { $count } registros del día
}
demo-made-entries = { $count ->
    [one] { $count } entrada del diario
   *[other] { $count } entradas del diario
}
# $count metas, con $logs anotaciones en sus registros.
demo-made-goals = { $count ->
    [one] { $count } meta
   *[other] { $count } metas
} ({ $logs ->
    [one] { $logs } anotación de avance
   *[other] { $logs } anotaciones de avance
})
# $count detonantes, presentes $events veces.
demo-made-triggers = { $count ->
    [one] { $count } detonante
   *[other] { $count } detonantes
} ({ $events ->
    [one] { $events } aparición
   *[other] { $events } apariciones
})
demo-made-growth = { $count ->
    [one] { $count } registro de aprendizaje
   *[other] { $count } registros de aprendizaje
}
demo-made-connections = { $count ->
    [one] { $count } conexión
   *[other] { $count } conexiones
}
demo-made-uses = { $count ->
    [one] { $count } consumo registrado
   *[other] { $count } consumos registrados
}
demo-made-doses = { $count ->
    [one] { $count } dosis de medicamento registrada
   *[other] { $count } dosis de medicamento registradas
}

# Un registro de aprendizaje después de un tropiezo con el alcohol.
demo-setback-warning-signs = Faltar a las reuniones, dormir mal, aislarme
demo-setback-what-helped = Contárselo a { demo-person-sam } a la mañana siguiente
demo-setback-reached-out = { demo-person-sam }, y mi terapeuta en la siguiente sesión

# Un día difícil del plan de salud mental.
demo-hard-day-what = Todo me pesaba y no me levanté de la cama.
demo-hard-day-warning-signs = No contestar mensajes
demo-hard-day-what-helped = Una caminata corta y una llamada
demo-hard-day-learned = Los días difíciles pasan. Con salir diez minutos basta.
demo-hard-day-next-time = Abrir la vista de crisis y seguir mi plan

demo-goal-walk = Caminar 30 minutos
demo-goal-walk-why = Moverme me despeja la cabeza
demo-goal-call = Llamar a alguien de confianza
demo-goal-call-why = Aislarme es mi primera señal de alerta
demo-goal-meditate = Meditar 10 minutos
demo-goal-meditate-why = Una mente más tranquila
demo-goal-licence = Recuperar mi licencia de conducir
demo-goal-licence-why = Independencia, y llevar a los niños a la escuela
demo-goal-licence-step-1 = Sacar cita para el examen médico
demo-goal-licence-step-2 = Pasar el examen médico
demo-goal-licence-step-3 = Entregar los papeles
demo-goal-licence-log = Cita para el mes que viene
demo-goal-course = Terminar el curso de cocina
demo-goal-course-step-1 = Inscribirme
demo-goal-course-step-2 = Ir a seis clases
demo-goal-course-log = ¡Hice pan!
demo-goal-run = Correr 10 km
demo-goal-run-why = Estar en forma

## demo/content.rs

# Entradas del diario: una apertura, de dos a cinco frases de en medio y un cierre.
demo-opening-1 = Me desperté temprano y me quedé un rato con mi café.
demo-opening-2 = Hoy el día se me hizo largo.
demo-opening-3 = Mucho trabajo, pero no perdí la cabeza.
demo-opening-4 = Dormí mal y lo sentí toda la mañana.
demo-opening-5 = Un día tranquilo en casa.
demo-opening-6 = Hoy por la tarde vi a mi terapeuta.
demo-opening-7 = Fui a una reunión saliendo del trabajo.
demo-opening-8 = Cambió el clima y con él, mi ánimo.
demo-opening-9 = Pasé la noche cocinando una comida de verdad.
demo-opening-10 = Llamé a mi hermana después de semanas sin hablar.

demo-middle-1 = Las ganas llegaron como a las seis, la hora de siempre, y salí a caminar hasta que se me pasaron.
demo-middle-2 = Me di cuenta de que andaba cortante con la gente, y eso casi siempre es una señal.
demo-middle-3 = Hice el ejercicio de respiración dos veces y me ayudó más de lo que esperaba.
demo-middle-4 = No dejaba de pensar en todo lo que he avanzado desde el principio.
demo-middle-5 = En la tienda hubo un momento en que me quedé demasiado tiempo frente al estante.
demo-middle-6 = Por la noche me sentí solo y le escribí a { demo-person-sam } en vez de quedarme con eso.
demo-middle-7 = Anoté tres cosas por las que estoy agradecido, y lo dije en serio.
demo-middle-8 = Siento el cuerpo más fuerte desde que empecé a caminar todos los días.
demo-middle-9 = Me enojé por el recibo de la luz y noté cómo el enojo se iba volviendo ganas de consumir.
demo-middle-10 = Fue un buen día. Nada especial, solo estable.
# HALT: hambre, enojo, soledad, cansancio.
demo-middle-11 = Me salté el almuerzo y para las cuatro todo costaba más. Otra vez el HALT: hambre y cansancio.
demo-middle-12 = Leer antes de dormir en vez de estar con el celular hizo la diferencia.

# El cierre de una entrada del diario; también la reflexión de un registro del día.
demo-closing-1 = Mañana quiero salir a caminar antes del trabajo.
demo-closing-2 = Me voy a dormir temprano.
demo-closing-3 = Un día a la vez, en serio.
demo-closing-4 = Hoy me siento orgulloso de mí.
demo-closing-5 = Esto lo voy a hablar con mi terapeuta.
demo-closing-6 = Agradecido con la gente que sí contesta el teléfono.
demo-closing-7 = Los pasos pequeños también cuentan.

# Títulos de las entradas del diario.
demo-title-1 = Estable
demo-title-2 = Una noche difícil
demo-title-3 = Páginas de la mañana
demo-title-4 = Después de la reunión
demo-title-5 = Caminar para soltarlo
demo-title-6 = Pequeños logros
demo-title-7 = Dándome cuenta

# Etiquetas de las entradas: una palabra cada una, como se escribe una etiqueta.
demo-tag-1 = ganas
demo-tag-2 = familia
demo-tag-3 = trabajo
demo-tag-4 = sueño
demo-tag-5 = gratitud
demo-tag-6 = reunión
demo-tag-7 = ejercicio
demo-tag-8 = enojo

# La intención del día de un registro del día.
demo-intention-1 = Tenerme paciencia
demo-intention-2 = Caminar a la hora del almuerzo
demo-intention-3 = Llamar a alguien
demo-intention-4 = Hacer tres comidas de verdad
demo-intention-5 = Ir a la reunión de la noche

# El agradecimiento de un registro del día.
demo-gratitude-1 = La llamada de mi hermana
demo-gratitude-2 = Una cama calientita
demo-gratitude-3 = El sol en la caminata
demo-gratitude-4 = El grupo
demo-gratitude-5 = Un cafecito con { demo-person-sam }

# Un registro de aprendizaje después de un tropiezo: qué pasó.
demo-what-1 = Me tomé dos tragos en la despedida de un compañero, después de decirme que solo me quedaba una hora.
demo-what-2 = Compré una botella de camino a casa después de pelearme con mi pareja.
demo-what-3 = Me quedé en la cama todo el día y no le hice caso al celular.
demo-what-4 = Tomé solo un viernes por la noche porque la semana había sido demasiado.

# Un registro de aprendizaje después de un tropiezo: qué aprendí.
demo-learned-1 = Por ahora, las fiestas con barra libre son de alto riesgo para mí; necesito un plan de salida antes de ir.
demo-learned-2 = Cuando no como ni duermo, las ganas gritan el doble. El HALT es real.
demo-learned-3 = Aislarme es mi primera señal de alerta. Buscar a alguien a la mañana siguiente me ayudó a retomar el camino rápido.
demo-learned-4 = El enojo después de una discusión se vuelve ganas de consumir en menos de una hora; primero tengo que caminar y después hablar.
demo-learned-5 = Un desliz es información, no una sentencia. Al día siguiente retomé el camino.

# Un registro de aprendizaje después de un tropiezo: qué hacer la próxima vez.
demo-next-time-1 = Ir manejando yo para poder irme, y escribirle a { demo-person-sam } antes de entrar.
demo-next-time-2 = Comer algo y llamar a alguien antes de decidir nada.
demo-next-time-3 = Usar el temporizador para surfear las ganas y esperar 20 minutos.
demo-next-time-4 = Ir a una reunión esa misma noche.

# La caja de herramientas: cada estrategia y su descripción.
demo-coping-urge-surfing = Surfear las ganas
demo-coping-urge-surfing-how = Notar las ganas, respirar y dejar que suban y bajen como una ola
demo-coping-call-sam = Llamar a { demo-person-sam }
demo-coping-call-sam-how = Mi padrino contesta de día o de noche
demo-coping-walk = Darle la vuelta a la manzana
demo-coping-walk-how = Veinte minutos afuera
demo-coping-box-breathing = Respiración cuadrada
demo-coping-box-breathing-how = Inhalo 4, sostengo 4, exhalo 4, sostengo 4
demo-coping-guitar = Tocar la guitarra
demo-coping-guitar-how = Las manos ocupadas, la cabeza más tranquila
demo-coping-leave = Salirme de la situación
demo-coping-leave-how = Siempre me puedo ir
demo-coping-write = Escribirlo
demo-coping-write-how = Escribir en el diario hasta ponerle palabras a lo que siento

# La lista de detonantes.
demo-trigger-fridays = Los viernes por la noche
demo-trigger-arguments = Las discusiones en casa
demo-trigger-pub = El bar de la esquina
demo-trigger-loneliness = La soledad
demo-trigger-payday = El día de pago
demo-trigger-work-stress = El estrés del trabajo
demo-trigger-old-friends = Los amigos con los que tomaba
demo-trigger-bottles = Las botellas en el súper

# El plan de prevención de recaídas, sección por sección.
demo-plan-reason-kids = Estar presente para mis hijos
demo-plan-reason-dread = Despertar sin angustia
demo-plan-reason-trust = Volver a confiar en mí
demo-plan-sign-meetings = Faltar a las reuniones y poner excusas
demo-plan-sign-messages = Aislarme, no contestar mensajes
demo-plan-sign-just-one = Pensar que puedo con una nada más
demo-plan-sign-pub = Pasar a propósito por el bar
demo-plan-risk-parties = Fiestas del trabajo con barra libre
demo-plan-risk-parties-how = Llegar tarde, irme temprano, ir manejando yo
demo-plan-risk-fridays = Los viernes por la noche, solo
demo-plan-risk-fridays-how = Planear algo con alguien antes de que llegue el viernes
demo-plan-risk-argument = Después de una discusión en casa
demo-plan-risk-argument-how = Primero caminar, después hablar
demo-plan-step-name = Parar y ponerle nombre a lo que siento
demo-plan-step-halt = HALT: comer, descansar, buscar a alguien
demo-plan-step-surf = Surfear las ganas durante 20 minutos
demo-plan-step-call = Llamar a { demo-person-sam }
demo-plan-sam = { demo-person-sam } (padrino)
demo-plan-jo = { demo-person-jo }, mi hermana
demo-plan-group-where = { demo-meeting-group-place }, 7 p. m.
demo-plan-patel = { demo-person-patel }, terapeuta
# $phone es el teléfono del terapeuta.
demo-plan-patel-when = Los lunes, 10 a. m. · { $phone }
demo-plan-crisis-line = Línea de crisis (24 horas)
demo-plan-crisis-line-how = Llamar o escribir a la línea de crisis local
demo-plan-slip-tell = Contárselo a { demo-person-sam } el mismo día, sin esconderlo
demo-plan-slip-write = Escribir un registro de aprendizaje: qué pasó y qué aprendí
demo-plan-slip-meeting = Ir a una reunión en menos de 24 horas
demo-plan-safe-alcohol = Nada de alcohol en la casa
demo-plan-safe-apps = Borrar las apps de pedidos a domicilio

## demo/social.rs

# Las personas de la demo.
demo-person-sam = Jorge
demo-person-jo = Lucía
demo-person-patel = Dr. Fuentes
demo-person-kim = Caro

# Las reuniones de la demo: un grupo base y una reunión de SMART Recovery en línea.
demo-meeting-group = Grupo de los martes
demo-meeting-group-place = Salón parroquial
demo-meeting-online = SMART en línea, jueves

# La nota de una conexión después de una mañana de servicio.
demo-service-note = Acomodé las sillas y preparé el café
