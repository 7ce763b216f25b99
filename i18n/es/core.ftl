# Palabras que comparte todo tend: cuentas, fechas y las formas en que se escriben.

days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

## Fechas: %A día de la semana, %a su forma corta, %B mes, %b su forma corta, %d día, %Y año.
## En español, días y meses en minúscula y el día sin cero delante: 5 de diciembre de 2026.

date-long = %A, %d de %B de %Y
date-weekday-day-month = %A, %d de %B
date-weekday-short = %a %d %b
date-day-month-year = %d de %B de %Y
date-day-month = %d de %B
date-day-mon-year = %d %b %Y
date-day-mon = %d %b
date-month-year = %B de %Y
date-mon-year = %b %Y

weekday-mon = lunes
weekday-tue = martes
weekday-wed = miércoles
weekday-thu = jueves
weekday-fri = viernes
weekday-sat = sábado
weekday-sun = domingo
weekday-mon-short = lun
weekday-tue-short = mar
weekday-wed-short = mié
weekday-thu-short = jue
weekday-fri-short = vie
weekday-sat-short = sáb
weekday-sun-short = dom

month-jan = enero
month-feb = febrero
month-mar = marzo
month-apr = abril
month-may = mayo
month-jun = junio
month-jul = julio
month-aug = agosto
month-sep = septiembre
month-oct = octubre
month-nov = noviembre
month-dec = diciembre
month-jan-short = ene
month-feb-short = feb
month-mar-short = mar
month-apr-short = abr
month-may-short = may
month-jun-short = jun
month-jul-short = jul
month-aug-short = ago
month-sep-short = sep
month-oct-short = oct
month-nov-short = nov
month-dec-short = dic
