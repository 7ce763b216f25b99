//! The summary as Markdown: the same sections as tables, trends as text sparklines.
//! All person-written text goes through `md_escape`.

use super::md_escape as esc;
use super::model::Summary;
use crate::domain::{Checkin, GoalKind, LifeDomain};
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
        s.from,
        s.to,
        s.generated(),
        s.version
    );
    let _ = writeln!(o, "_{}_\n", super::html::shared_line(s));

    let _ = writeln!(
        o,
        "## At a glance\n\n_Days in recovery never reset; a setback day is simply not counted as on track._\n"
    );
    let _ = writeln!(o, "| Figure | Value |\n|---|---|");
    let _ = writeln!(o, "| Days in recovery | {} |", s.days_in_recovery);
    for c in &s.commitments {
        let pct = c.range_percent();
        let _ = writeln!(
            o,
            "| Days on track, {} | {} of {} ({pct:.0}%) · run {} · longest {} |",
            esc(&c.name),
            c.range_on_track,
            c.range_days,
            c.current_run,
            c.longest_run
        );
    }
    let _ = writeln!(
        o,
        "| Check-in adherence | {} of {} days ({}%) |",
        s.checkin_days,
        s.tracked_days,
        s.adherence()
    );
    let _ = writeln!(
        o,
        "| Setbacks / hard days | {} / {} |\n",
        s.run_ending_setbacks(),
        s.hard_days
    );

    let _ = writeln!(
        o,
        "## Mood, craving and the five life domains\n\n_One character per day, low ▁ to high █; · is a day without a check-in._\n"
    );
    let _ = writeln!(o, "| Measure | Average | Trend |\n|---|---|---|");
    let row = |o: &mut String, name: &str, f: &dyn Fn(&Checkin) -> Option<u8>, lo: u8| {
        let vals: Vec<Option<u8>> = s
            .days
            .iter()
            .map(|d| d.checkin.as_ref().and_then(f))
            .collect();
        let avg = s.mean(f).map_or("–".into(), |v| v.to_string());
        let _ = writeln!(o, "| {name} | {avg} | `{}` |", sparkline(&vals, lo, 10));
    };
    row(&mut o, "Mood", &|c| c.mood, 1);
    row(&mut o, "Craving", &|c| c.craving, 0);
    for d in LifeDomain::ALL {
        row(&mut o, d.title(), &|c| c.rating(*d), 1);
    }

    let _ = writeln!(
        o,
        "\n## HALT\n\n_Check-in days marked hungry, angry, lonely or tired._\n\n| State | Days |\n|---|---|"
    );
    for (name, n) in ["Hungry", "Angry", "Lonely", "Tired"].iter().zip(s.halt) {
        let _ = writeln!(o, "| {name} | {n} of {} |", s.checkin_days);
    }

    let _ = writeln!(
        o,
        "\n## Growth entries\n\n_Setbacks as recorded: the lesson and the plan for next time._\n"
    );
    if s.setbacks.is_empty() {
        let _ = writeln!(o, "No setbacks or hard days recorded in this period.");
    }
    for l in &s.setbacks {
        let sb = &l.setback;
        let back = l.bounce_back_days.map_or(String::new(), |d| {
            format!(" · mood back to usual after {d} days")
        });
        let _ = writeln!(o, "### {} · {}{back}\n", sb.date, sb.kind.label());
        for (label, text) in l.parts() {
            if let Some(t) = text {
                let _ = writeln!(o, "- **{label}:** {}", esc(t));
            }
        }
        let _ = writeln!(o);
    }

    let _ = writeln!(
        o,
        "\n## Triggers and what helped\n\n_Most often met first; what helped most has the largest average drop in urge._\n"
    );
    if s.triggers.is_empty() {
        let _ = writeln!(o, "No trigger encounters were logged in this period.");
    } else {
        let _ = writeln!(
            o,
            "| Trigger | Kind | Times met | Passed | Average urge | What helped most |\n|---|---|---|---|---|---|"
        );
        for t in &s.triggers {
            let best = t
                .best_coping
                .as_ref()
                .map_or("–".into(), |(n, d)| format!("{} (−{d})", esc(n)));
            let avg = t.mean_urge_before.map_or("–".into(), |v| v.to_string());
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {avg} | {best} |",
                esc(&t.name),
                t.category,
                t.encounters,
                t.passed
            );
        }
    }

    let _ = writeln!(o, "\n## Goals\n");
    if s.goals.is_empty() {
        let _ = writeln!(o, "No goals set.");
    } else {
        let _ = writeln!(
            o,
            "| Goal | Domain | Status | Progress |\n|---|---|---|---|"
        );
        for g in &s.goals {
            let p = match g.kind {
                GoalKind::Habit => format!("{} of {} planned days", g.done, g.target),
                GoalKind::Milestone => format!("{} of {} steps", g.done, g.target),
            };
            let _ = writeln!(
                o,
                "| {} | {} | {} | {p} |",
                esc(&g.title),
                g.domain,
                g.status.label()
            );
        }
    }

    let _ = writeln!(o, "## Relapse-prevention plan (current)\n");
    for (section, items) in &s.plan {
        let _ = writeln!(o, "### {}\n", section.title());
        for i in items {
            let detail = i
                .detail
                .as_deref()
                .map(|d| format!(" — {}", esc(d)))
                .unwrap_or_default();
            let _ = writeln!(o, "- {}{detail}", esc(&i.text));
        }
        let _ = writeln!(o);
    }
    if !s.assessments.is_empty() {
        let _ = writeln!(
            o,
            "## Self-check scales\n\n_Screening aids, not diagnoses._\n\n| Date | Scale | Score | Band |\n|---|---|---|---|"
        );
        for a in &s.assessments {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} |",
                a.date,
                esc(&a.instrument),
                crate::domain::scales::score_text(a),
                esc(&a.band)
            );
        }
        let _ = writeln!(o);
        let trends = crate::domain::scales::trends(&s.assessments);
        for (scale, trend) in &trends {
            let _ = writeln!(o, "- {} trend: {}", esc(&scale.name), esc(trend));
        }
        if !trends.is_empty() {
            let _ = writeln!(o);
        }
        for source in super::scale_sources(s) {
            let _ = writeln!(o, "_{}_\n", esc(source));
        }
    }
    let _ = writeln!(
        o,
        "\n## Weekly diary card\n\n_Ratings 1–10 (craving and urge 0–10); HALT letters; urge is the strongest logged that day; – not recorded._"
    );
    for week in s.weeks() {
        let _ = writeln!(o, "\n### Week of {}\n", week[0].date);
        let _ = writeln!(
            o,
            "| Day | Mood | Craving | Phys | Ment | Emot | Soc | Spir | HALT | Sleep | Urge | Acted | Coping |"
        );
        let _ = writeln!(o, "|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for d in week {
            let c = d.cells();
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
        if s.includes.notes {
            for c in week.iter().filter_map(|d| d.checkin.as_ref()) {
                for (l, t) in [
                    ("Intention", &c.intention),
                    ("Reflection", &c.reflection),
                    ("Gratitude", &c.gratitude),
                    ("Note", &c.note),
                ] {
                    if let Some(t) = t {
                        let _ = writeln!(o, "\n- {} {l}: {}", c.date, esc(t));
                    }
                }
            }
        }
    }

    let _ = writeln!(o);
    if s.includes.journal {
        let _ = writeln!(o, "## Journal entries\n");
        for e in &s.journal {
            let title = e
                .title
                .as_deref()
                .map(|t| format!(" · {}", esc(t)))
                .unwrap_or_default();
            let _ = writeln!(o, "### {}{title}\n\n{}\n", e.date, esc(&e.body));
        }
    }
    o
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
