//! The summary as Markdown: the same sections as tables, trends as text sparklines.
//! All person-written text goes through `md_escape`.

use super::md_escape as esc;
use super::model::{self, Summary};
use crate::domain::{days, plural};
use std::fmt::Write;

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
    let who = s
        .display_name
        .as_deref()
        .map(|n| format!(" for {}", esc(n)))
        .unwrap_or_default();
    let _ = writeln!(o, "# Recovery summary{who}\n");
    let _ = writeln!(
        o,
        "{} to {} · generated {} · tend {}\n",
        s.from, s.to, s.generated, s.version
    );
    let _ = writeln!(o, "_{}_\n", s.shared);
    safety(&mut o, s);
    glance(&mut o, s);
    latest_scales(&mut o, s);
    changes(&mut o, s);
    measures(&mut o, s);
    halt(&mut o, s);
    growth(&mut o, s);
    triggers(&mut o, s);
    goals(&mut o, s);
    plan(&mut o, s);
    scales(&mut o, s);
    diary(&mut o, s);
    let _ = writeln!(o);
    journal(&mut o, s);
    o
}

fn safety(o: &mut String, s: &Summary) {
    if s.safety.is_empty() {
        return;
    }
    let _ = writeln!(o, "## ⚠ Safety flag: thoughts of self-harm\n");
    for f in &s.safety {
        let _ = writeln!(o, "**{}**\n", esc(&f.text));
    }
    let _ = writeln!(o, "{}\n", esc(model::SAFETY_POINTER));
}

fn glance(o: &mut String, s: &Summary) {
    let g = &s.glance;
    let _ = writeln!(
        o,
        "## At a glance\n\n_Days in recovery never reset; a setback day is simply not counted as on track._\n"
    );
    let _ = writeln!(o, "| Figure | Value |\n|---|---|");
    let _ = writeln!(o, "| In recovery | {} |", days(g.days_in_recovery));
    for c in &g.commitments {
        let _ = writeln!(
            o,
            "| Days on track, {} | {} ({}%) · run {} · longest {} |",
            esc(&c.name),
            c.on_track_text,
            c.percent,
            days(c.current_run),
            days(c.longest_run)
        );
    }
    let _ = writeln!(
        o,
        "| Checked in | {} ({}) |",
        g.checkin_text, g.adherence_text
    );
    let _ = writeln!(
        o,
        "| Setbacks / hard days | {} / {} |",
        plural(g.setbacks as i64, "setback"),
        g.hard_days_text
    );
    let _ = writeln!(
        o,
        "| Average sleep | {} hours · {} under 6 hours |\n",
        s.sleep.average,
        plural(s.sleep.short_nights as i64, "night")
    );
}

/// Each scale taken in the range: its latest result and its change from the one before.
fn latest_scales(o: &mut String, s: &Summary) {
    if s.scales.latest.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "## Self-checks: the latest results\n\n_Against the result before each (which may be before this period). Screening aids, not diagnoses._\n\n| Scale | Latest | Band | Against the one before |\n|---|---|---|---|"
    );
    for l in &s.scales.latest {
        let r = &l.result;
        let _ = writeln!(
            o,
            "| {} | {} \\({}\\) | {} | {} |",
            esc(&r.instrument),
            r.score,
            r.date.format("%-d %b"),
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
    let _ = writeln!(
        o,
        "## Compared with the previous {}\n\n_▲ up and ▼ down are directions, not judgements; where a figure has an easier way, it is named._\n\n| Figure | This period | Against the previous period |\n|---|---|---|",
        days(s.range_days)
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
    let _ = writeln!(o, "\n**Sleep:** {}.\n", esc(&s.sleep.text));
    match &s.last_growth {
        Some(l) => {
            let lesson = l
                .learned
                .as_deref()
                .map(|t| format!(" What they learned: {}", esc(t)))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "**Last growth entry before this period:** {}.{lesson}\n",
                esc(&l.text)
            );
        }
        None => {
            let _ = writeln!(o, "**Last growth entry before this period:** none.\n");
        }
    }
    let c = &s.connections;
    if !c.is_empty() {
        let text = super::connections::lines(c, s.range_days).join(" ");
        let _ = writeln!(o, "**Connection:** {}\n", esc(&text));
    }
}

fn measures(o: &mut String, s: &Summary) {
    let _ = writeln!(
        o,
        "## Mood, craving and the five life domains\n\n_One character per day, low ▁ to high █; · is a day without a check-in._\n"
    );
    let _ = writeln!(o, "| Measure | Average | Trend |\n|---|---|---|");
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
    let _ = writeln!(
        o,
        "\n## HALT\n\n_Check-in days marked hungry, angry, lonely or tired._\n\n| State | Days |\n|---|---|"
    );
    for h in &s.halt {
        let _ = writeln!(o, "| {} | {} |", h.name, h.text);
    }
}

fn growth(o: &mut String, s: &Summary) {
    let _ = writeln!(
        o,
        "\n## Growth entries\n\n_Setbacks as recorded: the lesson and the plan for next time._\n"
    );
    if s.setbacks.is_empty() {
        let _ = writeln!(o, "{}", model::NO_SETBACKS);
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
    let _ = writeln!(
        o,
        "\n## Triggers and what helped\n\n_Most often met first; what helped most has the largest average drop in urge._\n"
    );
    if s.triggers.is_empty() {
        let _ = writeln!(o, "{}", model::NO_TRIGGERS);
        return;
    }
    let _ = writeln!(
        o,
        "| Trigger | Kind | Times met | Passed | Average urge | What helped most |\n|---|---|---|---|---|---|"
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
            t.category,
            t.encounters,
            t.passed,
            t.mean_urge_before
        );
    }
}

fn goals(o: &mut String, s: &Summary) {
    let _ = writeln!(o, "\n## Goals\n");
    if s.goals.is_empty() {
        let _ = writeln!(o, "{}", model::NO_GOALS);
        return;
    }
    let _ = writeln!(
        o,
        "| Goal | Domain | Status | Progress |\n|---|---|---|---|"
    );
    for g in &s.goals {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} |",
            esc(&g.title),
            g.domain,
            g.status.label(),
            g.progress
        );
    }
}

fn plan(o: &mut String, s: &Summary) {
    let _ = writeln!(o, "## Relapse-prevention plan (current)\n");
    if s.plan.is_empty() {
        let _ = writeln!(o, "{}\n", model::NO_PLAN);
    }
    for (section, items) in &s.plan {
        let _ = writeln!(o, "### {}\n", section.title());
        for i in items {
            let stage = i
                .stage
                .map(|x| format!("{} ", esc(&format!("[{x}]"))))
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
    let _ = writeln!(
        o,
        "## Self-check scales\n\n_Screening aids, not diagnoses._\n\n| Date | Scale | Score | Band |\n|---|---|---|---|"
    );
    for r in &sc.results {
        result_rows(o, r);
    }
    let _ = writeln!(o);
    for (scale, trend) in &sc.trends {
        let _ = writeln!(o, "- {} trend: {}", esc(scale), esc(trend));
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
        "\n## Weekly diary card\n\n_Ratings 1–10 (craving and urge 0–10); HALT letters; urge is the strongest logged that day; – not recorded._"
    );
    for week in &s.weeks {
        let _ = writeln!(o, "\n### Week of {}\n", week.start);
        let _ = writeln!(
            o,
            "| Day | Mood | Craving | Phys | Ment | Emot | Soc | Spir | HALT | Sleep h | Urge | Acted | Coping |"
        );
        let _ = writeln!(o, "|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        let days = s.week_days(week);
        for d in days {
            let c = &d.cells;
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} | {} |",
                d.date.format("%a %d"),
                c.ratings.join(" | "),
                c.halt,
                c.sleep,
                c.urge,
                c.acted,
                esc(&c.coping)
            );
        }
        for d in days {
            for (l, t) in &d.notes {
                let _ = writeln!(o, "\n- {} {l}: {}", d.date, esc(t));
            }
        }
    }
}

fn journal(o: &mut String, s: &Summary) {
    if !s.includes.journal {
        return;
    }
    let _ = writeln!(o, "## Journal entries\n");
    if s.journal.is_empty() {
        let _ = writeln!(o, "{}\n", model::NO_JOURNAL);
    }
    for e in &s.journal {
        let title = e
            .title
            .as_deref()
            .map(|t| format!(" · {}", esc(t)))
            .unwrap_or_default();
        let pin = if e.pinned { " (pinned)" } else { "" };
        let _ = writeln!(o, "### {}{title}{pin}\n\n{}\n", e.date, esc(&e.body));
    }
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
