//! Every form the TUI opens besides the check-in: what fields it has, and what saving
//! it writes (one transaction each, through `Store`).

use super::app::Data;
use super::form::{Field, Form};
use crate::domain::*;
use crate::error::{Error, Result};
use crate::report;
use crate::store::Store;
use chrono::NaiveDate;

/// What a form is for, and so what saving it does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Purpose {
    Welcome,
    NewGoal,
    EditGoal(i64),
    NewTrigger,
    NewPlanItem(PlanSection),
    EditPlanItem(i64),
    NewSetback,
    Export,
}

const DOMAINS: [&str; 5] = ["physical", "mental", "emotional", "social", "spiritual"];

pub fn welcome() -> Form {
    Form::new(
        "Welcome to tend",
        vec![
            Field::text("Your name", "").hint("optional: how tend greets you"),
            Field::text("Working toward", "")
                .required()
                .hint("e.g. Alcohol, Gambling, My mental-health plan"),
            Field::date("Since", "today"),
            Field::text("A reason", "").hint("why your recovery matters to you"),
            Field::text("Another reason", "").hint("optional"),
            Field::text("Someone who supports you", "").hint("optional: a name"),
            Field::text("Their number", "").hint("optional"),
            Field::text("Something that helps", "").hint("optional: a coping step, like a walk"),
        ],
    )
    .intro(
        "A private place for your recovery, on this computer only. A few things to start with; \
         Tab moves, Enter saves, Esc skips (you can add all of this later).",
    )
}

pub fn goal(existing: Option<&Goal>) -> Form {
    let title = if existing.is_some() {
        "Edit goal"
    } else {
        "New goal"
    };
    let g = existing;
    let domain = g.map_or(0, |g| {
        LifeDomain::ALL
            .iter()
            .position(|d| *d == g.domain)
            .unwrap_or(0)
    });
    let mut fields = vec![
        Field::text("Goal", g.map_or(String::new(), |g| g.title.clone())).required(),
        Field::choice("Domain", &DOMAINS, domain),
    ];
    if existing.is_none() {
        fields.push(Field::choice("Kind", &["habit", "milestone"], 0));
    }
    if g.is_none_or(|g| g.kind == GoalKind::Habit) {
        fields.push(
            Field::number(
                "Times a week",
                1,
                7,
                g.and_then(|g| g.per_week).map(i64::from).or(Some(3)),
            )
            .hint("habits: 1 to 7"),
        );
    }
    if existing.is_none() {
        fields.push(Field::text("Steps", "").hint("milestones: steps separated by ;"));
    }
    fields.push(Field::text(
        "Why it matters",
        g.and_then(|g| g.why.clone()).unwrap_or_default(),
    ));
    fields.push(
        Field::text(
            "Target date",
            g.and_then(|g| g.target_date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
        .hint("optional: YYYY-MM-DD"),
    );
    Form::new(title, fields)
}

pub fn trigger() -> Form {
    Form::new(
        "New trigger",
        vec![
            Field::text("Trigger", "")
                .required()
                .hint("a person, place, thing, feeling or time"),
            Field::choice(
                "Category",
                &["people", "places", "things", "feelings", "times"],
                3,
            ),
            Field::choice("Comes from", &["outside me", "inside me"], 0),
            Field::text("Coping step", "")
                .hint("what you will do when it comes (added to your toolbox)"),
            Field::text("Notes", ""),
        ],
    )
}

pub fn plan_item(section: PlanSection, existing: Option<&PlanItem>) -> Form {
    let title = format!(
        "{} · {}",
        if existing.is_some() { "Edit" } else { "Add to" },
        section.title()
    );
    let mut fields = vec![
        Field::text("Text", existing.map_or(String::new(), |i| i.text.clone())).required(),
        Field::text(
            "Detail",
            existing.and_then(|i| i.detail.clone()).unwrap_or_default(),
        )
        .hint("a number, a place, or how to do it"),
    ];
    if section == PlanSection::WarningSigns {
        let stage = existing.and_then(|i| i.stage).map_or(0, |s| {
            Stage::ALL.iter().position(|x| *x == s).unwrap_or(0) + 1
        });
        fields.push(Field::choice(
            "Stage",
            &["—", "early", "middle", "late"],
            stage,
        ));
    }
    Form::new(title, fields)
}

pub fn setback(data: &Data) -> Form {
    let mut commitments: Vec<&str> = data.commitments.iter().map(|c| c.name.as_str()).collect();
    commitments.push("all of them");
    Form::new(
        "Growth entry",
        vec![
            Field::choice("Kind", &["hard day", "slip", "lapse", "relapse"], 0),
            Field::date("Date", "today"),
            Field::choice("Commitment", &commitments, 0),
            Field::text("What happened", ""),
            Field::text("What I noticed before", "").hint("warning signs"),
            Field::text("What helped", ""),
            Field::text("What I learned", ""),
            Field::text("Next time I will", ""),
            Field::text("Who I reached out to", ""),
        ],
    )
    .intro("A setback is part of the journey. Your days in recovery and every day on track still count.")
}

/// The Export screen's choices: range, what to share, format, where.
pub fn export(today: NaiveDate) -> Form {
    let from = today - chrono::Duration::days(29);
    Form::new(
        "Counselor summary",
        vec![
            Field::choice("Range", &["last 7 days", "last 30 days", "last 90 days", "these dates"], 1),
            Field::date("From", &from.to_string()).hint("for \"these dates\": YYYY-MM-DD"),
            Field::date("To", "today"),
            Field::choice("Share journal entries", &["no", "yes"], 0),
            Field::choice("Share check-in notes", &["no", "yes"], 0),
            Field::choice("Share setback details", &["no", "yes"], 0),
            Field::choice("Format", &["html (to print)", "markdown", "csv (diary card)"], 0),
            Field::text("Save as", "").hint("empty: a name made from the dates"),
        ],
    )
    .intro("Lessons from setbacks are always in; everything else personal stays out unless you say yes. The preview is what your counselor will read.")
}

/// What the export form asks for: the range, what to include, the format, the file.
pub fn export_choice(
    f: &Form,
    today: NaiveDate,
) -> Result<(
    NaiveDate,
    NaiveDate,
    report::Includes,
    report::Format,
    std::path::PathBuf,
)> {
    let (from, to) = match f.choice("Range") {
        i @ 0..=2 => (today - chrono::Duration::days([6, 29, 89][i]), today),
        _ => (
            f.date("From", today).map_err(bad)?,
            f.date("To", today).map_err(bad)?,
        ),
    };
    if from > to {
        return Err(bad(format!("From ({from}) is after To ({to})")));
    }
    let includes = report::Includes {
        journal: f.choice("Share journal entries") == 1,
        notes: f.choice("Share check-in notes") == 1,
        setback_details: f.choice("Share setback details") == 1,
    };
    let format = [
        report::Format::Html,
        report::Format::Markdown,
        report::Format::Csv,
    ][f.choice("Format")];
    let path = match f.text("Save as") {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::PathBuf::from(format!(
            "tend-summary-{from}-to-{to}.{}",
            format.extension()
        )),
    };
    Ok((from, to, includes, format, path))
}

fn bad(e: String) -> Error {
    Error::Message(e)
}

/// Saves the form; returns the message to show. Refusals come back as errors and the
/// form stays open with nothing written.
pub fn submit(
    purpose: Purpose,
    f: &Form,
    data: &Data,
    store: &Store,
    today: NaiveDate,
) -> Result<String> {
    if let Some(m) = f.missing() {
        return Err(bad(m));
    }
    match purpose {
        Purpose::Welcome => {
            let start = f.date("Since", today).map_err(bad)?;
            store.write(|w| {
                let p = store.profile()?;
                w.set_profile(&Profile {
                    display_name: f.text("Your name"),
                    recovery_start: Some(start),
                    ..p
                })?;
                w.add_commitment(&f.text("Working toward").unwrap_or_default(), start, None)?;
                for r in ["A reason", "Another reason"]
                    .iter()
                    .filter_map(|l| f.text(l))
                {
                    w.add_plan_item(PlanSection::Reasons, &r, None, None)?;
                }
                if let Some(who) = f.text("Someone who supports you") {
                    w.add_plan_item(
                        PlanSection::Supports,
                        &who,
                        f.text("Their number").as_deref(),
                        None,
                    )?;
                }
                if let Some(step) = f.text("Something that helps") {
                    w.add_plan_item(PlanSection::CopingSteps, &step, None, None)?;
                    w.add_coping(&step, None, None)?;
                }
                Ok(())
            })?;
            Ok("You're set up. Welcome — one day at a time.".into())
        }
        Purpose::NewGoal | Purpose::EditGoal(_) => {
            let domain = LifeDomain::ALL[f.choice("Domain")];
            let target = match f.text("Target date") {
                Some(t) => Some(
                    time::DateSpec::parse("Target date", &t)
                        .map_err(|e| bad(e.to_string()))?
                        .resolve(today),
                ),
                None => None,
            };
            if let Purpose::EditGoal(id) = purpose {
                let old = store.goal(id)?;
                let per_week = if old.kind == GoalKind::Habit {
                    f.number("Times a week").map_err(bad)?.map(|n| n as u8)
                } else {
                    None
                };
                let draft = GoalDraft {
                    title: f.text("Goal").unwrap_or_default(),
                    domain,
                    why: f.text("Why it matters"),
                    kind: old.kind,
                    per_week,
                    target_date: target,
                    steps: vec![],
                };
                let g = store.write(|w| w.edit_goal(id, draft))?;
                return Ok(format!("Saved goal: {}", g.title));
            }
            let habit = f.choice("Kind") == 0;
            let steps: Vec<String> = f
                .get("Steps")
                .value
                .split(';')
                .filter_map(optional_text)
                .collect();
            let draft = GoalDraft {
                title: f.text("Goal").unwrap_or_default(),
                domain,
                why: f.text("Why it matters"),
                kind: if habit {
                    GoalKind::Habit
                } else {
                    GoalKind::Milestone
                },
                per_week: if habit {
                    f.number("Times a week").map_err(bad)?.map(|n| n as u8)
                } else {
                    None
                },
                target_date: target,
                steps: if habit { vec![] } else { steps },
            };
            let g = store.write(|w| w.add_goal(draft))?;
            Ok(format!("Added goal: {}. Small steps count.", g.title))
        }
        Purpose::NewTrigger => {
            let t = store.write(|w| {
                let coping_ids = match f.text("Coping step") {
                    Some(step) => {
                        let existing = data
                            .coping
                            .iter()
                            .find(|c| c.name.eq_ignore_ascii_case(&step));
                        vec![match existing {
                            Some(c) => c.id,
                            None => w.add_coping(&step, None, None)?.id,
                        }]
                    }
                    None => vec![],
                };
                w.add_trigger(TriggerDraft {
                    name: f.text("Trigger").unwrap_or_default(),
                    category: TriggerCategory::ALL[f.choice("Category")],
                    origin: if f.choice("Comes from") == 1 {
                        TriggerOrigin::Internal
                    } else {
                        TriggerOrigin::External
                    },
                    notes: f.text("Notes"),
                    coping_ids,
                })
            })?;
            Ok(format!(
                "Added trigger: {}. Naming it is a strength.",
                t.name
            ))
        }
        Purpose::NewPlanItem(section) => {
            let stage = stage_of(f);
            let text = f.text("Text").unwrap_or_default();
            let i = store
                .write(|w| w.add_plan_item(section, &text, f.text("Detail").as_deref(), stage))?;
            Ok(format!("Added to {}: {}", i.section.title(), i.text))
        }
        Purpose::EditPlanItem(id) => {
            let text = f.text("Text").unwrap_or_default();
            let detail = f.get("Detail").value.clone();
            let i =
                store.write(|w| w.edit_plan_item(id, Some(&text), Some(&detail), stage_of(f)))?;
            Ok(format!("Saved: {}", i.text))
        }
        Purpose::Export => {
            let (from, to, includes, format, path) = export_choice(f, today)?;
            let summary = report::build(store, from, to, includes)?;
            crate::files::write_private(&path, report::render(format, &summary).as_bytes(), false)?;
            let shown = std::fs::canonicalize(&path).unwrap_or(path);
            Ok(format!(
                "Wrote the summary of {from} to {to} to {} (only you can read it).",
                shown.display()
            ))
        }
        Purpose::NewSetback => {
            let kind = [
                SetbackKind::HardDay,
                SetbackKind::Slip,
                SetbackKind::Lapse,
                SetbackKind::Relapse,
            ][f.choice("Kind")];
            let commitment_id = data.commitments.get(f.choice("Commitment")).map(|c| c.id);
            let draft = SetbackDraft {
                date: f.date("Date", today).map_err(bad)?,
                commitment_id,
                kind,
                what_happened: f.text("What happened"),
                warning_signs: f.text("What I noticed before"),
                what_helped: f.text("What helped"),
                learned: f.text("What I learned"),
                next_time: f.text("Next time I will"),
                reached_out: f.text("Who I reached out to"),
                trigger_ids: vec![],
            };
            store.write(|w| w.add_setback(draft))?;
            Ok("Growth entry saved. It's on your Progress timeline; every day you've lived still counts.".into())
        }
    }
}

fn stage_of(f: &Form) -> Option<Stage> {
    f.fields
        .iter()
        .any(|x| x.label == "Stage")
        .then(|| f.choice("Stage"))
        .filter(|i| *i > 0)
        .map(|i| Stage::ALL[i - 1])
}
