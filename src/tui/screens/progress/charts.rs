//! Progress charts on a date axis: mood, craving, sleep, one of the person's own
//! trackers or a medication's doses taken over the 30/90/365-day window (x = calendar days, or weeks for 365 days;
//! days without an answer are gaps), growth entries marked on their day, and the five
//! domains as small multiples of the same axis.

use super::taken::Taken;
use crate::catalog::{DateForm, date};
use crate::domain::trackers::{Tracker, TrackerKind, show_number};
use crate::domain::{Checkin, LifeDomain};
use crate::report::figures::{mean, one_decimal};
use crate::tui::shared::Ctx;
use chrono::{Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType};

/// What the main chart shows; ↑↓ on a chart view choose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Measure {
    #[default]
    Mood,
    Craving,
    Sleep,
    MoodAndCraving,
    /// Mood with the day's connections (meetings, calls, time with people).
    MoodAndConnections,
    /// One of the person's own trackers (its id), archived ones too.
    Tracker(i64),
    /// A scheduled medication's doses taken of those scheduled (its id).
    Adherence(i64),
}

impl Measure {
    const BUILT_IN: [Measure; 5] = [
        Measure::Mood,
        Measure::Craving,
        Measure::Sleep,
        Measure::MoodAndCraving,
        Measure::MoodAndConnections,
    ];

    /// The next (or previous) choice, round: the built-in ones, then each tracker in
    /// the person's order, then each scheduled medication (`meds`: their ids).
    pub fn step(self, forward: bool, trackers: &[Tracker], meds: &[i64]) -> Measure {
        let all: Vec<Measure> = Measure::BUILT_IN
            .into_iter()
            .chain(trackers.iter().map(|t| Measure::Tracker(t.id)))
            .chain(meds.iter().map(|m| Measure::Adherence(*m)))
            .collect();
        let n = all.len();
        let i = all.iter().position(|m| *m == self).unwrap_or(0);
        all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

/// The days a chart covers and how they map to x: one column a day, or a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub today: NaiveDate,
    pub days: i64,
    /// Days a point stands for: 1, or 7 for the year.
    pub step: i64,
}

impl Window {
    pub fn new(today: NaiveDate, days: i64) -> Window {
        let step = if days > 120 { 7 } else { 1 };
        Window { today, days, step }
    }

    /// Points along x: days, or weeks (the last one ending today).
    pub fn points(&self) -> i64 {
        (self.days + self.step - 1) / self.step
    }

    /// The point a date falls in, if inside the window.
    pub fn x(&self, date: NaiveDate) -> Option<i64> {
        let back = (self.today - date).num_days();
        (0..self.days)
            .contains(&back)
            .then(|| self.points() - 1 - back / self.step)
    }

    /// The last day point `x` stands for.
    pub fn date(&self, x: i64) -> NaiveDate {
        self.today - Duration::days((self.points() - 1 - x) * self.step)
    }

    /// Start, middle and end dates under the x axis (ratatui spaces three evenly).
    fn labels(&self) -> Vec<Span<'static>> {
        let last = self.points() - 1;
        let form = if self.step > 1 {
            DateForm::MonShortYear
        } else {
            DateForm::DayMonShort
        };
        [0, last / 2, last]
            .iter()
            .map(|x| Span::raw(date(self.date(*x), form)))
            .collect()
    }
}

/// One value per point of the window: the day's value, or the mean of the week's.
pub fn values(
    w: &Window,
    checkins: &[Checkin],
    f: impl Fn(&Checkin) -> Option<f64>,
) -> Vec<Option<f64>> {
    values_at(w, checkins.iter().filter_map(|c| Some((c.date, f(c)?))))
}

/// As `values`, from dated values.
fn values_at(w: &Window, dated: impl Iterator<Item = (NaiveDate, f64)>) -> Vec<Option<f64>> {
    let mut sums: Vec<Vec<f64>> = vec![Vec::new(); w.points() as usize];
    for (day, v) in dated {
        if let Some(x) = w.x(day) {
            sums[x as usize].push(v);
        }
    }
    sums.iter().map(|v| mean(v)).collect()
}

/// The runs of consecutive values as (x, y) points: a chart draws each run as a line,
/// so a day (or week) without a value is a gap, never bridged.
pub fn runs(values: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut open = false;
    for (x, v) in values.iter().enumerate() {
        match v {
            Some(v) if open => out.last_mut().expect("open run").push((x as f64, *v)),
            Some(v) => {
                out.push(vec![(x as f64, *v)]);
                open = true;
            }
            None => open = false,
        }
    }
    out
}

/// One line of a chart: its runs, how it is drawn, and its name for the title.
struct Series {
    name: String,
    runs: Vec<Vec<(f64, f64)>>,
    marker: Marker,
    style: Style,
}

/// Growth entries in the window, as vertical markers from `lo` to `hi`.
fn growth_marks(cx: &Ctx, w: &Window, lo: f64, hi: f64) -> Vec<Vec<(f64, f64)>> {
    cx.data
        .setbacks
        .iter()
        .filter_map(|s| w.x(s.date))
        .map(|x| vec![(x as f64, lo), (x as f64, hi)])
        .collect()
}

/// Datasets for the lines: a run of one point is drawn as a dot so it still shows.
fn datasets<'a>(
    lines: &'a [Series],
    marks: &'a [Vec<(f64, f64)>],
    mark_style: Style,
) -> Vec<Dataset<'a>> {
    let mut out: Vec<Dataset<'a>> = marks
        .iter()
        .map(|m| {
            Dataset::default()
                .data(m)
                .marker(Marker::Block)
                .graph_type(GraphType::Line)
                .style(mark_style)
        })
        .collect();
    for l in lines {
        for r in &l.runs {
            let (marker, kind) = if r.len() == 1 {
                (Marker::Dot, GraphType::Scatter)
            } else {
                (l.marker, GraphType::Line)
            };
            out.push(
                Dataset::default()
                    .data(r)
                    .marker(marker)
                    .graph_type(kind)
                    .style(l.style),
            );
        }
    }
    out
}

/// The scale of a chart: bounds and labels.
struct Scale {
    lo: f64,
    hi: f64,
    labels: [String; 3],
}

/// A rating's scale, 0 to 10.
fn rating_scale() -> Scale {
    Scale {
        lo: 0.0,
        hi: 10.0,
        labels: ["0", "5", "10"].map(String::from),
    }
}

/// Hours of sleep, 0 to 12.
fn sleep_scale() -> Scale {
    Scale {
        lo: 0.0,
        hi: 12.0,
        labels: [0, 6, 12].map(|h| t!("progress-chart-hours", hours = h)),
    }
}

/// A chart with axes: x the window's dates, y the scale.
fn chart<'a>(
    title: Line<'a>,
    sets: Vec<Dataset<'a>>,
    w: &Window,
    scale: &Scale,
    axes: bool,
) -> Chart<'a> {
    let x = Axis::default().bounds([0.0, (w.points() - 1).max(1) as f64]);
    let y = Axis::default().bounds([scale.lo, scale.hi]);
    let (x, y) = if axes {
        (x.labels(w.labels()), y.labels(scale.labels.clone()))
    } else {
        (x, y)
    };
    Chart::new(sets)
        .block(Block::bordered().title(title))
        .x_axis(x)
        .y_axis(y)
        .legend_position(None)
}

/// How a check-in gives one measure.
type Of = fn(&Checkin) -> Option<f64>;

/// The main chart's lines for the chosen measure, and its scale.
fn main_lines(cx: &Ctx, w: &Window, m: Measure, taken: Option<&Taken>) -> (Vec<Series>, Scale) {
    if let (Measure::Adherence(id), Some(t)) = (m, taken)
        && t.medication_id == id
    {
        return adherence_line(cx, w, t);
    }
    if let Measure::Tracker(id) = m
        && let Some(tr) = cx.data.trackers.iter().find(|t| t.id == id)
    {
        return tracker_line(cx, w, tr);
    }
    let t = &cx.theme;
    // Each line's name, then the mark it is drawn with (⣿ a line, • dots).
    let line = |name: String, mark: &str, of: Of, marker, style| Series {
        name: t!(
            "progress-chart-line",
            name = name,
            mark = mark,
            average = average(w, &cx.data.checkins, of)
        ),
        runs: runs(&values(w, &cx.data.checkins, of)),
        marker,
        style,
    };
    let mood: Of = |c| c.mood.map(f64::from);
    let craving: Of = |c| c.craving.map(f64::from);
    let mood = || {
        line(
            t!("progress-chart-mood"),
            "⣿",
            mood,
            Marker::Braille,
            t.good(),
        )
    };
    // Dots set craving apart from mood when both are shown, with or without colour.
    let craving_dots = || {
        line(
            t!("progress-chart-craving"),
            "•",
            craving,
            Marker::Dot,
            t.calm(),
        )
    };
    match m {
        Measure::MoodAndCraving => (vec![mood(), craving_dots()], rating_scale()),
        Measure::Mood => (vec![mood()], rating_scale()),
        Measure::Craving => (
            vec![line(
                t!("progress-chart-craving"),
                "⣿",
                craving,
                Marker::Braille,
                t.calm(),
            )],
            rating_scale(),
        ),
        Measure::Sleep => {
            let sleep = line(
                t!("progress-chart-sleep"),
                "⣿",
                |c| c.sleep_hours,
                Marker::Braille,
                t.good(),
            );
            (vec![sleep], sleep_scale())
        }
        Measure::MoodAndConnections | Measure::Tracker(_) | Measure::Adherence(_) => {
            (vec![mood(), connections(cx, w)], rating_scale())
        }
    }
}

/// A medication's doses taken of those scheduled, as a share a day (a week's at 365
/// days: its doses taken of its doses scheduled); a day it didn't count is a gap.
fn adherence_line(cx: &Ctx, w: &Window, t: &Taken) -> (Vec<Series>, Scale) {
    let mut sums = vec![(0u32, 0u32); w.points() as usize];
    let (mut taken, mut scheduled) = (0, 0);
    for (day, c) in &t.days {
        if let Some(x) = w.x(*day) {
            let s = &mut sums[x as usize];
            (s.0, s.1) = (s.0 + c.taken, s.1 + c.scheduled);
            (taken, scheduled) = (taken + c.taken, scheduled + c.scheduled);
        }
    }
    let values: Vec<Option<f64>> = sums
        .iter()
        .map(|(t, s)| (*s > 0).then(|| f64::from(*t) * 100.0 / f64::from(*s)))
        .collect();
    let line = Series {
        name: t!(
            "progress-chart-adherence",
            name = &t.name,
            mark = "⣿",
            taken = taken,
            scheduled = scheduled
        ),
        runs: runs(&values),
        marker: Marker::Braille,
        style: cx.theme.good(),
    };
    let scale = Scale {
        lo: 0.0,
        hi: 100.0,
        labels: [0, 50, 100].map(|p| t!("progress-chart-percent", percent = p)),
    };
    (vec![line], scale)
}

/// One tracker's answers on the chart, on its own scale: a rating's, no to yes, 0 to
/// the most answered for a number, the day's hours for a time. A day without an answer
/// is a gap.
fn tracker_line(cx: &Ctx, w: &Window, tr: &Tracker) -> (Vec<Series>, Scale) {
    let answered: Vec<(NaiveDate, f64)> = cx
        .data
        .tracker_values
        .iter()
        .filter(|v| v.tracker_id == tr.id)
        .map(|v| (v.date, v.value))
        .collect();
    let shown: Vec<f64> = answered
        .iter()
        .filter(|(d, _)| w.x(*d).is_some())
        .map(|(_, v)| *v)
        .collect();
    let scale = match tr.kind {
        TrackerKind::Rating => {
            let (lo, hi) = tr.scale();
            let mid = show_number((lo + hi) as f64 / 2.0);
            Scale {
                lo: lo as f64,
                hi: hi as f64,
                labels: [lo.to_string(), mid, hi.to_string()],
            }
        }
        TrackerKind::YesNo => Scale {
            lo: 0.0,
            hi: 1.0,
            labels: [tr.show(0.0), String::new(), tr.show(1.0)],
        },
        TrackerKind::Number => {
            let most = shown.iter().copied().fold(0.0, f64::max).max(1.0).ceil();
            Scale {
                lo: 0.0,
                hi: most,
                labels: ["0".into(), show_number(most / 2.0), show_number(most)],
            }
        }
        TrackerKind::Time => Scale {
            lo: 0.0,
            hi: 1440.0,
            labels: ["00:00", "12:00", "24:00"].map(String::from),
        },
    };
    let average = match (tr.kind, mean(&shown)) {
        (_, None) => "–".to_string(),
        (TrackerKind::YesNo, Some(_)) => {
            let yes = shown.iter().filter(|v| **v >= 1.0).count();
            t!("progress-chart-yes-days", yes = yes, days = shown.len())
        }
        (TrackerKind::Time, Some(m)) => tr.show(m.round()),
        (_, Some(m)) => t!("progress-chart-average", average = one_decimal(m)),
    };
    let line = Series {
        name: t!(
            "progress-chart-tracker",
            name = &tr.name,
            mark = "⣿",
            average = average
        ),
        runs: runs(&values_at(w, answered.into_iter())),
        marker: Marker::Braille,
        style: cx.theme.good(),
    };
    (vec![line], scale)
}

/// Connections a day (a week's average a day at 365 days), as dots on the rating's
/// scale; a day without any is 0, not a gap.
fn connections(cx: &Ctx, w: &Window) -> Series {
    let mut per: Vec<f64> = vec![0.0; w.points() as usize];
    let mut total = 0;
    for (day, n) in &cx.data.connection_days {
        if let Some(x) = w.x(*day) {
            per[x as usize] += f64::from(*n) / w.step as f64;
            total += n;
        }
    }
    let values: Vec<Option<f64>> = per.into_iter().map(|v| Some(v.min(10.0))).collect();
    Series {
        name: t!("progress-chart-connections", total = total),
        runs: runs(&values),
        marker: Marker::Dot,
        style: cx.theme.calm(),
    }
}

/// The mean over every check-in of the window (not of weekly means), to one decimal.
fn average(w: &Window, checkins: &[Checkin], f: impl Fn(&Checkin) -> Option<f64>) -> String {
    let v: Vec<f64> = checkins
        .iter()
        .filter(|c| w.x(c.date).is_some())
        .filter_map(f)
        .collect();
    mean(&v).map_or("–".into(), one_decimal)
}

/// The chart views: the chosen measure on top, the domains as small multiples below
/// (`taken`: the medication's counted days, when the measure is its adherence).
pub fn charts(cx: &Ctx, f: &mut Frame, area: Rect, days: i64, m: Measure, taken: Option<&Taken>) {
    let w = Window::new(cx.today, days);
    let small = (area.height / 3).clamp(4, 10);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(small)]).areas(area);
    let (lines, scale) = main_lines(cx, &w, m, taken);
    let marks = growth_marks(cx, &w, scale.lo, scale.hi);
    let every = if w.step > 1 {
        t!("progress-chart-weekly", days = days)
    } else {
        t!("progress-chart-daily", days = days)
    };
    let mut title = vec![Span::raw(format!(" {every} "))];
    for l in &lines {
        title.push(Span::styled(format!("{} ", l.name), l.style));
    }
    if !marks.is_empty() {
        let growth = t!("progress-chart-growth");
        title.push(Span::styled(format!("█ {growth} "), cx.theme.dim()));
    }
    // Names that don't fit on the border are left off whole, with "…" for them.
    let room = usize::from(top.width.saturating_sub(4));
    while title.len() > 1 && title.iter().map(Span::width).sum::<usize>() > room {
        title.pop();
        if title.iter().map(Span::width).sum::<usize>() + 2 <= room {
            title.push(Span::styled("… ", cx.theme.dim()));
            break;
        }
    }
    let sets = datasets(&lines, &marks, cx.theme.dim());
    f.render_widget(chart(Line::from(title), sets, &w, &scale, true), top);
    domains(cx, f, bottom, &w);
}

/// Each domain's trend on the same axis as the main chart, side by side.
fn domains(cx: &Ctx, f: &mut Frame, area: Rect, w: &Window) {
    let shown: &[LifeDomain] = &cx.prefs.domains;
    if shown.is_empty() {
        return;
    }
    let cols =
        Layout::horizontal(vec![Constraint::Ratio(1, shown.len() as u32); shown.len()]).split(area);
    for (d, col) in shown.iter().zip(cols.iter()) {
        let v = values(w, &cx.data.checkins, |c| c.rating(*d).map(f64::from));
        let avg = average(w, &cx.data.checkins, |c| c.rating(*d).map(f64::from));
        let line = Series {
            name: String::new(),
            runs: runs(&v),
            marker: Marker::Braille,
            style: cx.theme.good(),
        };
        let lines = [line];
        // Its name and average whole: the padding gives way first when the column is
        // narrow ("Espiritual 5,9" in 16 columns).
        let room = usize::from(col.width.saturating_sub(2));
        let padded = [
            format!(" {} {avg} ", d.title()),
            format!(" {} {avg}", d.title()),
        ];
        let fits = |t: &String| unicode_width::UnicodeWidthStr::width(t.as_str()) <= room;
        let title = Line::from(
            padded
                .into_iter()
                .find(fits)
                .unwrap_or_else(|| format!("{} {avg}", d.title())),
        );
        let sets = datasets(&lines, &[], cx.theme.dim());
        let scale = Scale {
            lo: 1.0,
            hi: 10.0,
            labels: ["1", "", "10"].map(String::from),
        };
        f.render_widget(chart(title, sets, w, &scale, false), *col);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_window_maps_days_and_weeks_to_x() {
        let w = Window::new(d("2026-11-23"), 30);
        assert_eq!(w.points(), 30);
        assert_eq!(w.x(d("2026-11-23")), Some(29));
        assert_eq!(w.x(d("2026-10-25")), Some(0));
        assert_eq!(w.x(d("2026-10-24")), None);
        assert_eq!(w.date(0), d("2026-10-25"));
        let y = Window::new(d("2026-11-23"), 365);
        assert_eq!((y.points(), y.step), (53, 7));
        assert_eq!(y.x(d("2026-11-17")), Some(52));
        assert_eq!(y.x(d("2026-11-16")), Some(51));
        assert_eq!(y.date(52), d("2026-11-23"));
    }

    #[test]
    fn gaps_are_never_bridged() {
        let v = [
            Some(5.0),
            Some(6.0),
            None,
            None,
            Some(3.0),
            None,
            Some(7.0),
            Some(8.0),
        ];
        assert_eq!(
            runs(&v),
            vec![
                vec![(0.0, 5.0), (1.0, 6.0)],
                vec![(4.0, 3.0)],
                vec![(6.0, 7.0), (7.0, 8.0)]
            ]
        );
        assert!(runs(&[None, None]).is_empty());
    }
}
