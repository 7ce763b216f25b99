# Words shared across tend: counts, dates, and the shapes they are written in.

days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Dates: %A weekday, %a its short name, %B month, %b its short name, %d day, %Y year.

date-long = %A %d %B %Y
date-weekday-day-month = %A %d %B
date-weekday-short = %a %d %b
date-day-month-year = %d %B %Y
date-day-month = %d %B
date-day-mon-year = %d %b %Y
date-day-mon = %d %b
date-month-year = %B %Y
date-mon-year = %b %Y

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
weekday-mon-short = Mon
weekday-tue-short = Tue
weekday-wed-short = Wed
weekday-thu-short = Thu
weekday-fri-short = Fri
weekday-sat-short = Sat
weekday-sun-short = Sun

month-jan = January
month-feb = February
month-mar = March
month-apr = April
month-may = May
month-jun = June
month-jul = July
month-aug = August
month-sep = September
month-oct = October
month-nov = November
month-dec = December
month-jan-short = Jan
month-feb-short = Feb
month-mar-short = Mar
month-apr-short = Apr
month-may-short = May
month-jun-short = Jun
month-jul-short = Jul
month-aug-short = Aug
month-sep-short = Sep
month-oct-short = Oct
month-nov-short = Nov
month-dec-short = Dec
