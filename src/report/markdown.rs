//! The summary as Markdown: the same sections as tables, trends as text sparklines.
//! All person-written text goes through `md_escape`.

use super::diary::note_label;
use super::md_escape as esc;
use super::model::{self, Summary};
use crate::catalog;
use chrono::Datelike;
use std::fmt::Write;

mod medications;
mod tlfb;

/// One character per day: ▁ (low) to █ (high), `·` for no value.
pub fn sparkline(values: &[Option<u8>], lo: u8, hi: u8) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|v| match v {
            None => '·',
            Some(v) => BARS[(usize::from(v.saturating_sub(lo)) * 7 / usize::from(hi - lo)).min(7)],
        })
        .collect()
}

/// The whole document.
pub fn render(s: &Summary) -> String {
    let mut o = String::new();
    let title = s.display_name.as_deref().map_or_else(
        || t!("summary-title"),
        |n| t!("summary-title-for", name = esc(n)),
    );
    let _ = writeln!(o, "# {title}\n");
    let _ = writeln!(
        o,
        "{}\n",
        t!(
            "summary-md-meta",
            from = s.from.to_string(),
            to = s.to.to_string(),
            generated = &s.generated,
            version = s.version
        )
    );
    let _ = writeln!(o, "_{}_\n", s.shared);
    safety(&mut o, s);
    glance(&mut o, s);
    latest_scales(&mut o, s);
    changes(&mut o, s);
    medications::medications(&mut o, s);
    measures(&mut o, s);
    halt(&mut o, s);
    growth(&mut o, s);
    triggers(&mut o, s);
    goals(&mut o, s);
    plan(&mut o, s);
    scales(&mut o, s);
    tlfb::uses(&mut o, s);
    diary(&mut o, s);
    let _ = writeln!(o);
    journal(&mut o, s);
    o
}

fn safety(o: &mut String, s: &Summary) {
    let lines = s.safety_lines();
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(o, "## ⚠ {}\n", s.safety_heading());
    for text in lines {
        let _ = writeln!(o, "**{}**\n", esc(text));
    }
    let _ = writeln!(o, "{}\n", esc(&model::safety_pointer()));
}

fn glance(o: &mut String, s: &Summary) {
    let g = &s.glance;
    heading(o, &t!("summary-glance"), &t!("summary-md-glance-how"));
    header(o, &[t!("summary-col-figure"), t!("summary-col-value")]);
    let _ = writeln!(
        o,
        "| {} | {} |",
        t!("summary-md-in-recovery"),
        t!("days", count = g.days_in_recovery)
    );
    for c in &g.commitments {
        let run = t!(
            "summary-run-longest",
            run = t!("days", count = c.current_run),
            longest = t!("days", count = c.longest_run)
        );
        if let Some(p) = &c.path {
            tlfb::path_row(o, c, p, &run);
            continue;
        }
        let _ = writeln!(
            o,
            "| {} | {} ({}%) · {} |",
            t!("summary-md-on-track", name = esc(&c.name)),
            c.on_track_text,
            c.percent,
            run
        );
    }
    let _ = writeln!(
        o,
        "| {} | {} ({}) |",
        t!("summary-md-checked-in"),
        g.checkin_text,
        g.adherence_text
    );
    let _ = writeln!(
        o,
        "| {} | {} / {} |",
        t!("summary-md-setbacks-hard-days"),
        t!("summary-setbacks", count = g.setbacks),
        g.hard_days_text
    );
    let _ = writeln!(
        o,
        "| {} | {} · {} |\n",
        t!("summary-headline-sleep"),
        t!("summary-hours", hours = &s.sleep.average),
        t!("summary-short-nights", count = s.sleep.short_nights)
    );
}

/// Each scale taken in the range: its latest result and its change from the one before.
fn latest_scales(o: &mut String, s: &Summary) {
    if s.scales.latest.is_empty() {
        return;
    }
    heading(
        o,
        &t!("summary-latest-heading"),
        &t!("summary-md-latest-how"),
    );
    header(
        o,
        &[
            t!("summary-col-scale"),
            t!("summary-col-latest"),
            t!("summary-col-band"),
            t!("summary-col-against-before"),
        ],
    );
    for l in &s.scales.latest {
        let r = &l.result;
        let _ = writeln!(
            o,
            "| {} | {} \\({}\\) | {} | {} |",
            esc(&r.instrument),
            r.score,
            catalog::date(r.date, catalog::DateForm::DayMonShort),
            esc(&r.band),
            esc(&l.change)
        );
        if let Some(flag) = &r.flag {
            let _ = writeln!(o, "| | **{}** | | |", esc(flag));
        }
    }
    let _ = writeln!(o);
}

fn changes(o: &mut String, s: &Summary) {
    let days = t!("days", count = s.range_days);
    heading(
        o,
        &t!("summary-changes-heading", days = days),
        &t!("summary-md-changes-how"),
    );
    header(
        o,
        &[
            t!("summary-col-figure"),
            t!("summary-col-this-period"),
            t!("summary-col-against-previous"),
        ],
    );
    for h in &s.headlines {
        let _ = writeln!(
            o,
            "| {} | {} | {} |",
            h.name,
            esc(&h.value),
            esc(&model::change_words(h))
        );
    }
    let _ = writeln!(
        o,
        "\n**{}:** {}.\n",
        t!("summary-sleep-label"),
        esc(&s.sleep.text)
    );
    let last = t!("summary-last-growth-label");
    match &s.last_growth {
        Some(l) => {
            let lesson = l
                .learned
                .as_deref()
                .map(|t| format!(" {}", t!("summary-last-growth-lesson", lesson = esc(t))))
                .unwrap_or_default();
            let _ = writeln!(o, "**{last}:** {}.{lesson}\n", esc(&l.text));
        }
        None => {
            let _ = writeln!(o, "**{last}:** {}.\n", t!("summary-last-growth-none"));
        }
    }
    let c = &s.connections;
    if !c.is_empty() {
        let text = super::connections::lines(c, s.range_days).join(" ");
        let _ = writeln!(
            o,
            "**{}:** {}\n",
            t!("summary-connection-label"),
            esc(&text)
        );
    }
}

fn measures(o: &mut String, s: &Summary) {
    heading(
        o,
        &t!("summary-measures-heading"),
        &t!("summary-md-measures-how"),
    );
    header(
        o,
        &[
            t!("summary-col-measure"),
            t!("summary-col-average"),
            t!("summary-col-trend"),
        ],
    );
    for m in &s.measures {
        let _ = writeln!(
            o,
            "| {} | {} | `{}` |",
            m.name,
            m.average,
            sparkline(&m.values, m.low, 10)
        );
    }
}

fn halt(o: &mut String, s: &Summary) {
    let _ = writeln!(o);
    heading(o, &t!("summary-halt-heading"), &t!("summary-md-halt-how"));
    header(o, &[t!("summary-col-state"), t!("summary-col-days")]);
    for h in &s.halt {
        let _ = writeln!(o, "| {} | {} |", h.name, h.text);
    }
}

fn growth(o: &mut String, s: &Summary) {
    let _ = writeln!(o);
    heading(
        o,
        &t!("summary-growth-heading"),
        &t!("summary-md-growth-how"),
    );
    if s.setbacks.is_empty() {
        let _ = writeln!(o, "{}", model::no_setbacks());
    }
    for l in &s.setbacks {
        let sb = &l.setback;
        let whose = l
            .commitment
            .as_deref()
            .map(|c| format!(" · {}", esc(c)))
            .unwrap_or_default();
        let back = format!(" · {}", l.bounce_back);
        let _ = writeln!(o, "### {} · {}{whose}{back}\n", sb.date, sb.kind.label());
        for (label, text) in l.parts() {
            if let Some(t) = text {
                let _ = writeln!(o, "- **{label}:** {}", esc(t));
            }
        }
        let _ = writeln!(o);
    }
}

fn triggers(o: &mut String, s: &Summary) {
    let _ = writeln!(o);
    heading(
        o,
        &t!("summary-triggers-heading"),
        &t!("summary-md-triggers-how"),
    );
    if s.triggers.is_empty() {
        let _ = writeln!(o, "{}", model::no_triggers());
        return;
    }
    header(
        o,
        &[
            t!("summary-col-trigger"),
            t!("summary-col-kind"),
            t!("summary-col-times-met"),
            t!("summary-md-col-passed"),
            t!("summary-col-average-urge"),
            t!("summary-col-helped-most"),
        ],
    );
    for t in &s.triggers {
        let best = t
            .best_coping
            .as_ref()
            .map_or("–".into(), |(n, d)| format!("{} (−{d})", esc(n)));
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {best} |",
            esc(&t.name),
            t.category.label(),
            t.encounters,
            t.passed,
            t.mean_urge_before
        );
    }
}

fn goals(o: &mut String, s: &Summary) {
    let _ = writeln!(o, "\n## {}\n", t!("summary-goals-heading"));
    if s.goals.is_empty() {
        let _ = writeln!(o, "{}", model::no_goals());
        return;
    }
    header(
        o,
        &[
            t!("summary-col-goal"),
            t!("summary-col-domain"),
            t!("summary-col-status"),
            t!("summary-md-col-progress"),
        ],
    );
    for g in &s.goals {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} |",
            esc(&g.title),
            g.domain.label(),
            g.status.label(),
            g.progress
        );
    }
}

fn plan(o: &mut String, s: &Summary) {
    let _ = writeln!(o, "## {}\n", t!("summary-plan-heading"));
    if s.plan.is_empty() {
        let _ = writeln!(o, "{}\n", model::no_plan());
    }
    for (section, items) in &s.plan {
        let _ = writeln!(o, "### {}\n", section.title());
        for i in items {
            let stage = i
                .stage
                .map(|x| format!("{} ", esc(&format!("[{}]", x.label()))))
                .unwrap_or_default();
            let detail = i
                .detail
                .as_deref()
                .map(|d| format!(" — {}", esc(d)))
                .unwrap_or_default();
            let _ = writeln!(o, "- {stage}{}{detail}", esc(&i.text));
        }
        let _ = writeln!(o);
    }
}

fn scales(o: &mut String, s: &Summary) {
    let sc = &s.scales;
    if sc.results.is_empty() {
        return;
    }
    heading(
        o,
        &t!("summary-scales-heading"),
        &t!("summary-md-scales-how"),
    );
    header(
        o,
        &[
            t!("summary-col-date"),
            t!("summary-col-scale"),
            t!("summary-col-score"),
            t!("summary-col-band"),
        ],
    );
    for r in &sc.results {
        result_rows(o, r);
    }
    let _ = writeln!(o);
    for (scale, trend) in &sc.trends {
        let _ = writeln!(
            o,
            "- {}",
            t!(
                "summary-scale-trend",
                scale = esc(scale),
                trend = esc(trend)
            )
        );
    }
    if !sc.trends.is_empty() {
        let _ = writeln!(o);
    }
    for source in &sc.sources {
        let _ = writeln!(o, "_{}_\n", esc(source));
    }
}

/// A self-check result's row, and a row of its own for a crisis answer above 0.
fn result_rows(o: &mut String, r: &model::ScaleResult) {
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} |",
        r.date,
        esc(&r.instrument),
        r.score,
        esc(&r.band)
    );
    if let Some(flag) = &r.flag {
        let _ = writeln!(o, "| | **{}** | | |", esc(flag));
    }
}

fn diary(o: &mut String, s: &Summary) {
    let _ = writeln!(
        o,
        "\n## {}\n\n_{}_",
        t!("summary-diary-heading"),
        t!("summary-md-diary-how")
    );
    let mut columns = diary_columns();
    let coping = columns.pop().expect("the coping column is last");
    columns.extend(s.trackers.iter().map(|t| esc(&t.heading)));
    columns.push(coping);
    for week in &s.weeks {
        let week_of = t!("summary-week-of", date = week.start.to_string());
        let _ = writeln!(o, "\n### {week_of}\n");
        header(o, &columns);
        let days = s.week_days(week);
        for (i, d) in week.days.clone().zip(days) {
            let c = &d.cells;
            let trackers: String = s
                .trackers
                .iter()
                .map(|t| {
                    let text = t.cells[i].as_ref().map_or("–", |c| c.text.as_str());
                    format!("{} | ", esc(text))
                })
                .collect();
            let day = t!(
                "summary-md-card-date",
                weekday = catalog::weekday(d.date.weekday(), true),
                day = d.date.format("%d").to_string()
            );
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} | {trackers}{} |",
                day,
                c.ratings.join(" | "),
                c.halt,
                c.sleep,
                c.urge,
                c.acted,
                esc(&c.coping)
            );
        }
        for d in days {
            for (name, t) in &d.notes {
                let _ = writeln!(o, "\n- {} {}: {}", d.date, note_label(name), esc(t));
            }
        }
    }
}

fn journal(o: &mut String, s: &Summary) {
    if !s.includes.journal {
        return;
    }
    let _ = writeln!(o, "## {}\n", t!("summary-journal-heading"));
    if s.journal.is_empty() {
        let _ = writeln!(o, "{}\n", model::no_journal());
    }
    for e in &s.journal {
        let title = e
            .title
            .as_deref()
            .map(|t| format!(" · {}", esc(t)))
            .unwrap_or_default();
        let pin = if e.pinned {
            format!(" {}", t!("summary-pinned"))
        } else {
            String::new()
        };
        let _ = writeln!(o, "### {}{title}{pin}\n\n{}\n", e.date, esc(&e.body));
    }
}

/// A section's heading and its line on how to read it.
pub(super) fn heading(o: &mut String, title: &str, how: &str) {
    let _ = writeln!(o, "## {title}\n\n_{how}_\n");
}

/// A table's header row and its rule.
pub(super) fn header(o: &mut String, columns: &[String]) {
    let _ = writeln!(o, "| {} |", columns.join(" | "));
    let _ = writeln!(o, "|{}", "---|".repeat(columns.len()));
}

/// The diary card's columns.
fn diary_columns() -> Vec<String> {
    vec![
        t!("summary-card-day"),
        t!("summary-card-mood"),
        t!("summary-md-card-craving"),
        t!("summary-md-card-physical"),
        t!("summary-md-card-mental"),
        t!("summary-md-card-emotional"),
        t!("summary-md-card-social"),
        t!("summary-md-card-spiritual"),
        t!("summary-card-halt"),
        t!("summary-card-sleep"),
        t!("summary-card-urge"),
        t!("summary-card-acted"),
        t!("summary-md-card-coping"),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn sparklines_span_the_scale() {
        assert_eq!(
            super::sparkline(&[Some(1), Some(10), None, Some(5)], 1, 10),
            "▁█·▄"
        );
        assert_eq!(super::sparkline(&[Some(0), Some(10)], 0, 10), "▁█");
    }
}
