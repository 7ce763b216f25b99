//! The summary as one self-contained HTML page: inline CSS and SVG, no scripts, no
//! fonts or images from anywhere. All person-written text goes through `html_escape`.

use super::html_escape as esc;
use super::model::{self, Day, Measure, Summary};
use super::svg::{Series, bars, line_chart};
use crate::domain::{days, plural};
use std::fmt::Write;

mod front;
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
    let who = s
        .display_name
        .as_deref()
        .map(|n| format!(" for {}", esc(n)))
        .unwrap_or_default();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Recovery summary {} to {}</title><style>{CSS}</style></head><body>\n\
         <header><h1>Recovery summary{who}</h1><div class=\"meta\">{} to {} ({}) · generated {} · tend {}</div>\
         <div class=\"meta\">Shared by the person themselves. {}</div></header>\n",
        s.from,
        s.to,
        s.from.format("%-d %B %Y"),
        s.to.format("%-d %B %Y"),
        days(s.range_days),
        esc(&s.generated),
        s.version,
        esc(&s.shared)
    );
    // A safety flag before anything else; then the overview, then what happened and
    // what helped; day-by-day detail last.
    safety(&mut o, s);
    headline(&mut o, s);
    latest_scales(&mut o, s);
    changes(&mut o, s);
    trends(&mut o, s);
    halt(&mut o, s);
    growth(&mut o, s);
    triggers(&mut o, s);
    goals(&mut o, s);
    scales(&mut o, s);
    plan(&mut o, s);
    diary(&mut o, s);
    journal(&mut o, s);
    o.push_str(
        "<footer>Made with tend, a private recovery journal. Setbacks are recorded as growth entries: \
         they never erase days in recovery. Self-check scales are screening aids, not diagnoses.</footer>\n</body></html>\n",
    );
    o
}

fn headline(o: &mut String, s: &Summary) {
    let g = &s.glance;
    let mut b = String::from("<div class=\"figures\">");
    let _ = write!(
        b,
        "<div class=\"figure\"><b>{}</b>in recovery</div>",
        days(g.days_in_recovery)
    );
    for c in &g.commitments {
        let _ = write!(
            b,
            "<div class=\"figure\"><b>{}%</b>days on track, {}<br>{} · run {} · longest {}</div>",
            c.percent,
            esc(&c.name),
            c.on_track_text,
            days(c.current_run),
            days(c.longest_run)
        );
    }
    let _ = write!(
        b,
        "<div class=\"figure\"><b>{}</b>checked in<br>{}</div>\
         <div class=\"figure\"><b>{}</b>in this period<br>and {}</div>\
         <div class=\"figure\"><b>{} hours</b>average sleep<br>{} under 6 hours</div></div>",
        g.checkin_text,
        g.adherence_text,
        plural(g.setbacks as i64, "setback"),
        g.hard_days_text,
        s.sleep.average,
        plural(s.sleep.short_nights as i64, "night")
    );
    section(
        o,
        "At a glance",
        "Days in recovery count from the start date and never reset; a setback day is simply not counted as on track.",
        &b,
    );
}

fn series(m: &Measure) -> Vec<Option<f64>> {
    m.values.iter().map(|v| v.map(f64::from)).collect()
}

fn trends(o: &mut String, s: &Summary) {
    let dates: Vec<_> = s.days.iter().map(|d| d.date).collect();
    let (mood, craving, domains) = (&s.measures[0], &s.measures[1], &s.measures[2..]);
    let mut b = String::new();
    let lines = [
        Series {
            label: "Mood (1–10)",
            values: series(mood),
            dash: "",
            colour: "#2f6f9f",
        },
        Series {
            label: "Craving (0–10)",
            values: series(craving),
            dash: "4 3",
            colour: "#8a6d3b",
        },
    ];
    b.push_str(&line_chart(
        "Mood and craving by day",
        &lines,
        &dates,
        0.0,
        10.0,
        640.0,
        190.0,
    ));
    let _ = write!(
        b,
        "<p class=\"meta\">Average mood {} · average craving {}.</p><div class=\"charts\">",
        mood.average, craving.average
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
            "<div class=\"chart\"><h3>{} · average {}</h3>",
            m.name, m.average
        );
        b.push_str(&line_chart(
            &format!("{} rating by day", m.name),
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
        "Mood, craving and the five life domains",
        "One point per check-in; gaps are days without a check-in. Higher mood and domain ratings are better; lower craving is better.",
        &b,
    );
}

fn halt(o: &mut String, s: &Summary) {
    let b = bars("HALT frequency", &s.halt, 520.0);
    section(
        o,
        "HALT",
        "How many check-in days marked hungry, angry, lonely or tired: states that raise the risk of a setback.",
        &b,
    );
}

fn day_row(b: &mut String, d: &Day) {
    let cells = &d.cells;
    let _ = write!(b, "<tr><td>{}</td>", d.date.format("%a %-d %b"));
    for r in &cells.ratings {
        let _ = write!(b, "<td class=\"n\">{r}</td>");
    }
    let _ = write!(
        b,
        "<td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>",
        cells.halt,
        cells.sleep,
        cells.urge,
        cells.acted,
        esc(&cells.coping)
    );
    if !d.notes.is_empty() {
        let notes: Vec<String> = d
            .notes
            .iter()
            .map(|(l, t)| format!("{l}: {}", esc(t)))
            .collect();
        let _ = write!(
            b,
            "<tr><td></td><td class=\"notes\" colspan=\"12\">{}</td></tr>",
            notes.join(" · ")
        );
    }
}

/// One compact table for the whole range, a heading row per week, so 90 days fit on
/// two printed pages.
fn diary(o: &mut String, s: &Summary) {
    let mut b = String::from(
        "<table class=\"card\"><thead><tr><th>Day</th><th>Mood</th><th>Crav.</th><th>Phys.</th><th>Ment.</th>\
         <th>Emot.</th><th>Soc.</th><th>Spir.</th><th>HALT</th><th>Sleep h</th><th>Urge</th><th>Acted</th><th>Coping used</th></tr></thead>",
    );
    for week in &s.weeks {
        let _ = write!(
            b,
            "<tbody><tr class=\"wk\"><th colspan=\"13\">Week of {}</th></tr>",
            week.start.format("%-d %B")
        );
        for d in s.week_days(week) {
            day_row(&mut b, d);
        }
        b.push_str("</tbody>");
    }
    b.push_str("</table>");
    let _ = write!(o, "<div class=\"diary\">");
    section(
        o,
        "Weekly diary card",
        "One row per day, weeks from Monday. Ratings 1–10 (craving and urge 0–10); HALT letters mark hungry, angry, lonely, tired; sleep in hours; urge is the strongest logged that day; – means not recorded.",
        &b,
    );
    o.push_str("</div>");
}

fn triggers(o: &mut String, s: &Summary) {
    let mut b = String::new();
    if s.triggers.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::NO_TRIGGERS);
    } else {
        b.push_str("<table><thead><tr><th>Trigger</th><th>Kind</th><th>Times met</th><th>Passed without a setback</th><th>Average urge</th><th>What helped most</th></tr></thead><tbody>");
        for t in &s.triggers {
            let best = t.best_coping.as_ref().map_or("–".into(), |(n, d)| {
                format!("{} (urge down {d} on average)", esc(n))
            });
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{best}</td></tr>",
                esc(&t.name),
                t.category,
                t.encounters,
                t.passed,
                t.mean_urge_before
            );
        }
        b.push_str("</tbody></table>");
    }
    section(
        o,
        "Triggers and what helped",
        "Most often met first. “What helped most” is the coping step with the largest average drop in urge for that trigger.",
        &b,
    );
}

fn goals(o: &mut String, s: &Summary) {
    let mut b = String::new();
    if s.goals.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::NO_GOALS);
    } else {
        b.push_str("<table><thead><tr><th>Goal</th><th>Domain</th><th>Status</th><th>Progress in this period</th></tr></thead><tbody>");
        for g in &s.goals {
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&g.title),
                g.domain,
                g.status.label(),
                g.progress
            );
        }
        b.push_str("</tbody></table>");
    }
    section(
        o,
        "Goals",
        "Habits show days logged against the weekly target; milestones show steps done.",
        &b,
    );
}

fn growth(o: &mut String, s: &Summary) {
    let mut b = String::new();
    if s.setbacks.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::NO_SETBACKS);
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
            sb.date.format("%-d %B %Y"),
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
        "Growth entries",
        "Setbacks as the person recorded them: the lesson and the plan for next time. Bounce-back is the days until mood returned to its usual level.",
        &b,
    );
}

fn plan(o: &mut String, s: &Summary) {
    let mut b = String::from("<div class=\"plan\">");
    if s.plan.is_empty() {
        let _ = write!(b, "<p>{}</p>", model::NO_PLAN);
    }
    for (section, items) in &s.plan {
        let _ = write!(b, "<h3>{}</h3><ul>", section.title());
        for i in items {
            let stage = i.stage.map(|x| format!("[{x}] ")).unwrap_or_default();
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
        "Relapse-prevention plan (current)",
        "The person's own plan, as it stands today, in their words.",
        &b,
    );
}

fn scales(o: &mut String, s: &Summary) {
    if s.scales.results.is_empty() {
        return;
    }
    let mut b = String::from(
        "<table><thead><tr><th>Date</th><th>Scale</th><th>Score</th><th>Band</th></tr></thead><tbody>",
    );
    for r in &s.scales.results {
        result_rows(&mut b, r);
    }
    b.push_str("</tbody></table>");
    if !s.scales.trends.is_empty() {
        b.push_str("<ul>");
        for (scale, trend) in &s.scales.trends {
            let _ = write!(b, "<li>{} trend: {}</li>", esc(scale), esc(trend));
        }
        b.push_str("</ul>");
    }
    for source in &s.scales.sources {
        let _ = write!(b, "<p class=\"meta\">{}</p>", esc(source));
    }
    section(
        o,
        "Self-check scales",
        "Scores with their published bands. Screening aids, not diagnoses.",
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
        let _ = write!(b, "<p>{}</p>", model::NO_JOURNAL);
    }
    for e in &s.journal {
        let title = e
            .title
            .as_deref()
            .map(|t| format!(" · {}", esc(t)))
            .unwrap_or_default();
        let pin = if e.pinned {
            " <span class=\"pinned\">(pinned)</span>"
        } else {
            ""
        };
        let _ = write!(
            b,
            "<div class=\"entry\"><h3>{}{title}{pin}</h3><p>{}</p></div>",
            e.date.format("%-d %B %Y"),
            esc(&e.body)
        );
    }
    section(
        o,
        "Journal entries",
        "Shared at the person's choice, oldest first.",
        &b,
    );
}
