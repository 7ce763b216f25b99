//! The summary as one self-contained HTML page: inline CSS and SVG, no scripts, no
//! fonts or images from anywhere. All person-written text goes through `html_escape`.

use super::diary::note_label;
use super::html_escape as esc;
use super::model::{self, Day, Measure, Summary};
use super::svg::{Series, bars, line_chart};
use crate::catalog::{self, DateForm};
use std::fmt::Write;

mod front;
mod medications;
mod tlfb;
use front::{changes, latest_scales, safety};

const CSS: &str = include_str!("../../assets/summary.css");

fn section(out: &mut String, title: &str, how: &str, body: &str) {
    let _ = writeln!(
        out,
        "<section><h2>{}</h2><p class=\"how\">{}</p>{body}</section>",
        esc(title),
        esc(how)
    );
}

/// The whole page.
pub fn render(s: &Summary) -> String {
    let mut o = String::new();
    let title = s.display_name.as_deref().map_or_else(
        || t!("summary-title"),
        |n| t!("summary-title-for", name = esc(n)),
    );
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{CSS}</style></head><body>\n\
         <header><h1>{title}</h1><div class=\"meta\">{}</div>\
         <div class=\"meta\">{}</div></header>\n",
        catalog::language().tag(),
        t!(
            "summary-html-title",
            from = s.from.to_string(),
            to = s.to.to_string()
        ),
        t!(
            "summary-html-meta",
            from = catalog::date(s.from, DateForm::DayMonthYear),
            to = catalog::date(s.to, DateForm::DayMonthYear),
            days = t!("days", count = s.range_days),
            generated = esc(&s.generated),
            version = s.version
        ),
        t!("summary-html-shared-by", shared = esc(&s.shared))
    );
    // A safety flag before anything else; then the overview, then what happened and
    // what helped; day-by-day detail last.
    safety(&mut o, s);
    headline(&mut o, s);
    latest_scales(&mut o, s);
    changes(&mut o, s);
    medications::medications(&mut o, s);
    trends(&mut o, s);
    halt(&mut o, s);
    growth(&mut o, s);
    triggers(&mut o, s);
    goals(&mut o, s);
    scales(&mut o, s);
    plan(&mut o, s);
    tlfb::uses(&mut o, s);
    diary(&mut o, s);
    journal(&mut o, s);
    let _ = write!(
        o,
        "<footer>{}</footer>\n</body></html>\n",
        t!("summary-html-footer")
    );
    o
}

fn headline(o: &mut String, s: &Summary) {
    let g = &s.glance;
    let mut b = String::from("<div class=\"figures\">");
    let _ = write!(
        b,
        "<div class=\"figure\"><b>{}</b>{}</div>",
        t!("days", count = g.days_in_recovery),
        t!("summary-html-in-recovery")
    );
    for c in &g.commitments {
        let run = t!(
            "summary-run-longest",
            run = t!("days", count = c.current_run),
            longest = t!("days", count = c.longest_run)
        );
        if let Some(p) = &c.path {
            tlfb::path_figure(&mut b, c, p, &run);
            continue;
        }
        let _ = write!(
            b,
            "<div class=\"figure\"><b>{}%</b>{}<br>{} · {}</div>",
            c.percent,
            t!("summary-html-on-track", name = esc(&c.name)),
            c.on_track_text,
            run
        );
    }
    let _ = write!(
        b,
        "<div class=\"figure\"><b>{}</b>{}<br>{}</div>\
         <div class=\"figure\"><b>{}</b>{}<br>{}</div>\
         <div class=\"figure\"><b>{}</b>{}<br>{}</div></div>",
        g.checkin_text,
        t!("summary-html-checked-in"),
        g.adherence_text,
        t!("summary-setbacks", count = g.setbacks),
        t!("summary-html-in-period"),
        t!("summary-html-and-hard-days", hard_days = &g.hard_days_text),
        t!("summary-hours", hours = &s.sleep.average),
        t!("summary-html-average-sleep"),
        t!("summary-short-nights", count = s.sleep.short_nights)
    );
    section(o, &t!("summary-glance"), &t!("summary-html-glance-how"), &b);
}

fn series(m: &Measure) -> Vec<Option<f64>> {
    m.values.iter().map(|v| v.map(f64::from)).collect()
}

fn trends(o: &mut String, s: &Summary) {
    let dates: Vec<_> = s.days.iter().map(|d| d.date).collect();
    let (mood, craving, domains) = (&s.measures[0], &s.measures[1], &s.measures[2..]);
    let mut b = String::new();
    let (mood_label, craving_label) = (t!("summary-chart-mood"), t!("summary-chart-craving"));
    let lines = [
        Series {
            label: &mood_label,
            values: series(mood),
            dash: "",
            colour: "#2f6f9f",
        },
        Series {
            label: &craving_label,
            values: series(craving),
            dash: "4 3",
            colour: "#8a6d3b",
        },
    ];
    b.push_str(&line_chart(
        &t!("summary-chart-mood-craving"),
        &lines,
        &dates,
        0.0,
        10.0,
        640.0,
        190.0,
    ));
    let _ = write!(
        b,
        "<p class=\"meta\">{}</p><div class=\"charts\">",
        t!(
            "summary-html-averages",
            mood = &mood.average,
            craving = &craving.average
        )
    );
    for m in domains {
        let ser = Series {
            label: &m.name,
            values: series(m),
            dash: "",
            colour: "#4f7d5c",
        };
        let _ = write!(
            b,
            "<div class=\"chart\"><h3>{}</h3>",
            t!(
                "summary-html-domain-average",
                name = &m.name,
                average = &m.average
            )
        );
        b.push_str(&line_chart(
            &t!("summary-chart-domain", name = &m.name),
            &[ser],
            &dates,
            0.0,
            10.0,
            220.0,
            95.0,
        ));
        b.push_str("</div>");
    }
    b.push_str("</div>");
    section(
        o,
        &t!("summary-measures-heading"),
        &t!("summary-html-measures-how"),
        &b,
    );
}

fn halt(o: &mut String, s: &Summary) {
    let b = bars(&t!("summary-chart-halt"), &s.halt, 520.0);
    section(
        o,
        &t!("summary-halt-heading"),
        &t!("summary-html-halt-how"),
        &b,
    );
}

fn day_row(b: &mut String, s: &Summary, i: usize, d: &Day) {
    let cells = &d.cells;
    let _ = write!(
        b,
        "<tr><td>{}</td>",
        catalog::date(d.date, DateForm::WeekdayShort)
    );
    for r in &cells.ratings {
        let _ = write!(b, "<td class=\"n\">{r}</td>");
    }
    let _ = write!(
        b,
        "<td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td>",
        cells.halt, cells.sleep, cells.urge, cells.acted
    );
    for t in &s.trackers {
        let text = t.cells[i].as_ref().map_or("–", |c| c.text.as_str());
        let _ = write!(b, "<td class=\"n\">{}</td>", esc(text));
    }
    let _ = write!(b, "<td>{}</td></tr>", esc(&cells.coping));
    if !d.notes.is_empty() {
        let notes: Vec<String> = d
            .notes
            .iter()
            .map(|(name, t)| format!("{}: {}", note_label(name), esc(t)))
            .collect();
        let _ = write!(
            b,
            "<tr><td></td><td class=\"notes\" colspan=\"{}\">{}</td></tr>",
            12 + s.trackers.len(),
            notes.join(" · ")
        );
    }
}

/// One compact table for the whole range, a heading row per week, so 90 days fit on
/// two printed pages.
fn diary(o: &mut String, s: &Summary) {
    let mut b = String::from("<table class=\"card\">");
    let mut columns = diary_columns();
    let coping = columns.pop().expect("the coping column is last");
    columns.extend(s.trackers.iter().map(|t| esc(&t.heading)));
    columns.push(coping);
    head(&mut b, &columns);
    for week in &s.weeks {
        let _ = write!(
            b,
            "<tbody><tr class=\"wk\"><th colspan=\"{}\">{}</th></tr>",
            columns.len(),
            t!(
                "summary-week-of",
                date = catalog::date(week.start, DateForm::DayMonth)
            )
        );
        for i in week.days.clone() {
            day_row(&mut b, s, i, &s.days[i]);
        }
        b.push_str("</tbody>");
    }
    b.push_str("</table>");
    let _ = write!(o, "<div class=\"diary\">");
    section(
        o,
        &t!("summary-diary-heading"),
        &t!("summary-html-diary-how"),
        &b,
    );
    o.push_str("</div>");
}

fn triggers(o: &mut String, s: &Summary) {
    let mut b = String::new();
    if s.triggers.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::no_triggers());
    } else {
        b.push_str("<table>");
        head(
            &mut b,
            &[
                t!("summary-col-trigger"),
                t!("summary-col-kind"),
                t!("summary-col-times-met"),
                t!("summary-html-col-passed"),
                t!("summary-col-average-urge"),
                t!("summary-col-helped-most"),
            ],
        );
        b.push_str("<tbody>");
        for t in &s.triggers {
            let best = t.best_coping.as_ref().map_or("–".into(), |(n, d)| {
                t!("summary-html-best-coping", coping = esc(n), drop = d)
            });
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{best}</td></tr>",
                esc(&t.name),
                t.category.label(),
                t.encounters,
                t.passed,
                t.mean_urge_before
            );
        }
        b.push_str("</tbody></table>");
    }
    section(
        o,
        &t!("summary-triggers-heading"),
        &t!("summary-html-triggers-how"),
        &b,
    );
}

fn goals(o: &mut String, s: &Summary) {
    let mut b = String::new();
    if s.goals.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::no_goals());
    } else {
        b.push_str("<table>");
        head(
            &mut b,
            &[
                t!("summary-col-goal"),
                t!("summary-col-domain"),
                t!("summary-col-status"),
                t!("summary-html-col-progress"),
            ],
        );
        b.push_str("<tbody>");
        for g in &s.goals {
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&g.title),
                g.domain.label(),
                g.status.label(),
                g.progress
            );
        }
        b.push_str("</tbody></table>");
    }
    section(
        o,
        &t!("summary-goals-heading"),
        &t!("summary-html-goals-how"),
        &b,
    );
}

fn growth(o: &mut String, s: &Summary) {
    let mut b = String::new();
    if s.setbacks.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::no_setbacks());
    }
    for l in &s.setbacks {
        let sb = &l.setback;
        let back = format!(" · {}", l.bounce_back);
        let whose = l
            .commitment
            .as_deref()
            .map(|c| format!(" · {}", esc(c)))
            .unwrap_or_default();
        let _ = write!(
            b,
            "<div class=\"entry\"><h3>{} · {}{whose}{back}</h3>",
            catalog::date(sb.date, DateForm::DayMonthYear),
            sb.kind.label()
        );
        for (label, text) in l.parts() {
            if let Some(t) = text {
                let _ = write!(b, "<p><b>{label}:</b> {}</p>", esc(t));
            }
        }
        b.push_str("</div>");
    }
    section(
        o,
        &t!("summary-growth-heading"),
        &t!("summary-html-growth-how"),
        &b,
    );
}

fn plan(o: &mut String, s: &Summary) {
    let mut b = String::from("<div class=\"plan\">");
    if s.plan.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::no_plan());
    }
    for (section, items) in &s.plan {
        let _ = write!(b, "<h3>{}</h3><ul>", section.title());
        for i in items {
            let stage = i
                .stage
                .map(|x| format!("[{}] ", x.label()))
                .unwrap_or_default();
            let detail = i
                .detail
                .as_deref()
                .map(|d| format!(" — {}", esc(d)))
                .unwrap_or_default();
            let _ = write!(b, "<li>{stage}{}{detail}</li>", esc(&i.text));
        }
        b.push_str("</ul>");
    }
    b.push_str("</div>");
    section(
        o,
        &t!("summary-plan-heading"),
        &t!("summary-html-plan-how"),
        &b,
    );
}

fn scales(o: &mut String, s: &Summary) {
    if s.scales.results.is_empty() {
        return;
    }
    let mut b = String::from("<table>");
    head(
        &mut b,
        &[
            t!("summary-col-date"),
            t!("summary-col-scale"),
            t!("summary-col-score"),
            t!("summary-col-band"),
        ],
    );
    b.push_str("<tbody>");
    for r in &s.scales.results {
        result_rows(&mut b, r);
    }
    b.push_str("</tbody></table>");
    if !s.scales.trends.is_empty() {
        b.push_str("<ul>");
        for (scale, trend) in &s.scales.trends {
            let _ = write!(
                b,
                "<li>{}</li>",
                t!(
                    "summary-scale-trend",
                    scale = esc(scale),
                    trend = esc(trend)
                )
            );
        }
        b.push_str("</ul>");
    }
    for source in &s.scales.sources {
        let _ = write!(b, "<p class=\"meta\">{}</p>", esc(source));
    }
    section(
        o,
        &t!("summary-scales-heading"),
        &t!("summary-html-scales-how"),
        &b,
    );
}

/// A self-check result's row, and a row of its own for a crisis answer above 0.
fn result_rows(b: &mut String, r: &model::ScaleResult) {
    let _ = write!(
        b,
        "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
        r.date,
        esc(&r.instrument),
        r.score,
        esc(&r.band)
    );
    if let Some(flag) = &r.flag {
        let _ = write!(
            b,
            "<tr class=\"flag\"><td></td><td colspan=\"3\"><b>{}</b></td></tr>",
            esc(flag)
        );
    }
}

fn journal(o: &mut String, s: &Summary) {
    if !s.includes.journal {
        return;
    }
    let mut b = String::new();
    if s.journal.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::no_journal());
    }
    for e in &s.journal {
        let title = e
            .title
            .as_deref()
            .map(|t| format!(" · {}", esc(t)))
            .unwrap_or_default();
        let pin = if e.pinned {
            format!(" <span class=\"pinned\">{}</span>", t!("summary-pinned"))
        } else {
            String::new()
        };
        let _ = write!(
            b,
            "<div class=\"entry\"><h3>{}{title}{pin}</h3><p>{}</p></div>",
            catalog::date(e.date, DateForm::DayMonthYear),
            esc(&e.body)
        );
    }
    section(
        o,
        &t!("summary-journal-heading"),
        &t!("summary-html-journal-how"),
        &b,
    );
}

/// A table's head row.
fn head(b: &mut String, columns: &[String]) {
    b.push_str("<thead><tr>");
    for c in columns {
        let _ = write!(b, "<th>{c}</th>");
    }
    b.push_str("</tr></thead>");
}

/// The diary card's columns.
fn diary_columns() -> Vec<String> {
    vec![
        t!("summary-card-day"),
        t!("summary-card-mood"),
        t!("summary-html-card-craving"),
        t!("summary-html-card-physical"),
        t!("summary-html-card-mental"),
        t!("summary-html-card-emotional"),
        t!("summary-html-card-social"),
        t!("summary-html-card-spiritual"),
        t!("summary-card-halt"),
        t!("summary-card-sleep"),
        t!("summary-card-urge"),
        t!("summary-card-acted"),
        t!("summary-html-card-coping"),
    ]
}
