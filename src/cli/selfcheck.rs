//! `tend self-check` (also `tend assess`): take a self-check scale (PHQ-9, GAD-7,
//! WHO-5, BARC-10, PACS), add a result from a script, list results with their bands
//! and trend.

use super::{Ctx, args, say};
use crate::domain::scales::{self, Scale, not_a_diagnosis};
use crate::domain::time::DateSpec;
use crate::domain::{Assessment, Invalid, PlanSection};
use crate::error::{Error, Result};
use std::io::{BufRead, Write};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Take {
        name: String,
    },
    Add {
        name: String,
        #[arg(long, value_delimiter = ',', num_args = 1.., value_parser = args::answer)]
        answers: Vec<u8>,
        #[arg(long, value_parser = args::date, default_value = "today")]
        date: DateSpec,
    },
    List {
        #[arg(long)]
        scale: Option<String>,
    },
    Scales,
    Delete(super::records::Delete),
}

pub fn run(cmd: Cmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        Cmd::Delete(d) => super::records::delete(ctx, crate::domain::RecordKind::SelfCheck, d),
        Cmd::Take { name } => {
            let scale = scales::find(&name)?;
            let answers = take(scale, ctx)?;
            save(ctx, scale, &answers, ctx.today, false)
        }
        Cmd::Add {
            name,
            answers,
            date,
        } => {
            let scale = scales::find(&name)?;
            let date = date.resolve(ctx.today);
            if date > ctx.today {
                return Err(Invalid::new("date", t!("cli-selfcheck-future")).into());
            }
            save(ctx, scale, &answers, date, true)
        }
        Cmd::List { scale } => {
            let filter = scale.as_deref().map(scales::find).transpose()?;
            let all = ctx.store.assessments(None, None)?;
            let shown: Vec<Assessment> = all
                .into_iter()
                .filter(|a| filter.is_none_or(|s| a.instrument == s.name))
                .collect();
            ctx.show(&shown, |out| {
                if shown.is_empty() {
                    say!(out, "{}", t!("cli-selfcheck-none"));
                }
                for a in &shown {
                    say!(out, "{:>5}  {}", a.id, line(a));
                }
                for (s, trend) in scales::trends(&shown) {
                    say!(
                        out,
                        "{}",
                        t!("cli-selfcheck-trend", scale = &s.name, trend = trend)
                    );
                }
                if !shown.is_empty() {
                    say!(out, "{}", not_a_diagnosis());
                }
            })
        }
        Cmd::Scales => {
            let history = ctx.store.assessments(None, None)?;
            let rows = scale_rows(&history, ctx.today);
            ctx.show(&rows, |out| {
                for (s, row) in scales::all().iter().zip(&rows) {
                    let when = match row.last {
                        Some(last) if row.due => t!("cli-selfcheck-due", last = last.to_string()),
                        Some(last) => t!(
                            "cli-selfcheck-next",
                            last = last.to_string(),
                            next = s.due_after(last).to_string()
                        ),
                        None => t!("cli-selfcheck-not-taken"),
                    };
                    let items = s.items.len();
                    let about = t!(
                        "cli-selfcheck-scale",
                        title = &s.shown().title,
                        items = items,
                        when = when
                    );
                    say!(out, "{:<8} {about}", s.name);
                    say!(out, "         {}", s.shown().attribution);
                }
            })
        }
    }
}

#[derive(serde::Serialize)]
struct ScaleRow {
    name: String,
    title: String,
    items: usize,
    recall_days: i64,
    last: Option<chrono::NaiveDate>,
    due: bool,
    attribution: String,
}

fn scale_rows(history: &[Assessment], today: chrono::NaiveDate) -> Vec<ScaleRow> {
    let due = scales::due(history, today);
    scales::all()
        .iter()
        .map(|s| ScaleRow {
            name: s.name.clone(),
            title: s.title.clone(),
            items: s.items.len(),
            recall_days: s.recall_days,
            last: history
                .iter()
                .filter(|a| a.instrument == s.name)
                .map(|a| a.date)
                .max(),
            due: due.iter().any(|(d, _)| d.name == s.name),
            attribution: s.attribution.clone(),
        })
        .collect()
}

/// "2026-11-09  PHQ-9     9 of 27  mild"
pub fn line(a: &Assessment) -> String {
    let score = format!("{:>3}", a.score);
    let score = match scales::find(&a.instrument) {
        Ok(s) => t!("cli-selfcheck-score-of", score = score, top = s.range().1),
        Err(_) => score,
    };
    format!(
        "{}  {:<8} {score}  {}",
        a.date,
        a.instrument,
        scales::band_text(&a.band)
    )
}

/// Saves a checked result and says its score, band and trend; `plan` adds the crisis
/// plan when item 9 calls for it (`take` has already shown it by then).
fn save(
    ctx: &mut Ctx,
    scale: &'static Scale,
    answers: &[u8],
    date: chrono::NaiveDate,
    plan: bool,
) -> Result<()> {
    let (score, band) = scale.result(answers)?;
    let shown = scale.shown();
    let saved = ctx
        .store
        .write(|w| w.add_assessment(&scale.name, date, answers, score, &band))?;
    let history = ctx.store.assessments(None, None)?;
    let mine: Vec<&Assessment> = history
        .iter()
        .filter(|a| a.instrument == scale.name)
        .collect();
    let crisis = scale.needs_crisis(answers);
    let mut plan = if plan && crisis {
        crisis_lines(ctx)?
    } else {
        String::new()
    };
    if ctx.json && !plan.is_empty() {
        // Stdout holds the JSON; the crisis plan still reaches the person.
        crate::error::to_stderr(&std::mem::take(&mut plan));
    }
    ctx.show(&saved, |out| {
        let said = t!(
            "cli-selfcheck-saved",
            scale = &scale.name,
            date = date.to_string(),
            score = score,
            top = scale.range().1,
            band = scales::band_text(&band)
        );
        say!(out, "{said}");
        if let Some(note) = scale.band(answers).note_text() {
            say!(out, "{note}");
        }
        if let Some(trend) = scales::trend(&mine) {
            say!(out, "{}", t!("cli-selfcheck-trend-now", trend = trend));
        }
        say!(out, "{}", not_a_diagnosis());
        say!(out, "{}", shown.attribution);
        if let Some(note) = scale.english_note() {
            say!(out, "{note}");
        }
        out.push_str(&plan);
    })
}

/// The person's own crisis contacts, people and plan steps, then their own crisis lines
/// and every built-in line (their country's first), for an item-9 answer above 0.
fn crisis_lines(ctx: &Ctx) -> Result<String> {
    crisis_plan(ctx, &t!("cli-selfcheck-crisis"))
}

/// The crisis plan under `heading`: what a PHQ-9 item-9 answer and a safety tracker's
/// answer at its threshold both print.
pub(super) fn crisis_plan(ctx: &Ctx, heading: &str) -> Result<String> {
    let plan = ctx.store.plan(None)?;
    let mut out = String::new();
    say!(out);
    say!(out, "{heading}");
    let mut people: Vec<_> = ctx
        .store
        .people()?
        .into_iter()
        .filter(|p| p.active_on(ctx.today))
        .filter(|p| {
            // Someone the plan names as a contact is listed there.
            !plan
                .iter()
                .any(|i| i.section == PlanSection::Contacts && i.person_id == Some(p.id))
        })
        .collect();
    people.sort_by_key(|p| p.call_order());
    if !people.is_empty() {
        say!(out, "{}", t!("cli-selfcheck-your-people"));
    }
    for p in &people {
        let about = p.call_about();
        match &p.phone {
            Some(ph) => say!(out, "  • {}{about}: {ph}", p.name),
            None => say!(out, "  • {}{about}", p.name),
        }
    }
    for (section, heading) in [
        (PlanSection::Contacts, t!("cli-selfcheck-contacts")),
        (PlanSection::Supports, t!("cli-selfcheck-supports")),
        (PlanSection::CopingSteps, t!("cli-selfcheck-coping-steps")),
    ] {
        say!(out, "{heading}");
        // Someone listed above among the people isn't listed twice.
        let listed = |i: &&crate::domain::PlanItem| {
            section == PlanSection::Supports
                && i.person_id
                    .is_some_and(|id| people.iter().any(|p| p.id == id))
        };
        let items: Vec<_> = plan
            .iter()
            .filter(|i| i.section == section && !listed(i))
            .collect();
        let named_above = section == PlanSection::Supports && !people.is_empty();
        if items.is_empty() && !named_above {
            say!(out, "  {}", t!("cli-selfcheck-none-saved"));
        }
        for i in items {
            match &i.detail {
                Some(d) => say!(out, "  • {} ({d})", i.text),
                None => say!(out, "  • {}", i.text),
            }
        }
    }
    say!(out, "{}", t!("cli-selfcheck-crisis-lines"));
    let own = ctx.settings.crisis_lines.iter().flatten().cloned();
    let country = ctx.settings.country_in_effect();
    let built_in = crate::domain::crisis::lines(country.as_deref())
        .into_iter()
        .map(|l| l.text());
    for line in own.chain(built_in) {
        say!(out, "  • {line}");
    }
    Ok(out)
}

/// Asks each item on the terminal (or reads answers line by line from a pipe). `b` goes
/// back one item. At PHQ-9 item 9 above 0 the person's crisis plan is shown at once.
fn take(scale: &'static Scale, ctx: &Ctx) -> Result<Vec<u8>> {
    // The words of the version shown (the numbers are the same in every version).
    let scale = scale.shown();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut o = std::io::stdout().lock();
    writeln!(
        o,
        "{}\n{}\n{}\n",
        scale.title,
        scale.question,
        not_a_diagnosis()
    )?;
    if let Some(note) = scale.english_note() {
        writeln!(o, "{note}\n")?;
    }
    let mut answers: Vec<u8> = Vec::new();
    while answers.len() < scale.items.len() {
        let i = answers.len();
        writeln!(
            o,
            "{}/{}  {}",
            i + 1,
            scale.items.len(),
            scale.items[i].text
        )?;
        for (v, label) in scale.answers_for(i) {
            writeln!(o, "    {v}  {label}")?;
        }
        let ask = if i > 0 {
            t!("cli-selfcheck-answer-or-back")
        } else {
            t!("cli-selfcheck-answer")
        };
        write!(o, "{ask} ")?;
        o.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(o)?;
            let (item, of) = (i + 1, scale.items.len());
            return Err(Error::Message(t!(
                "cli-selfcheck-stopped",
                item = item,
                of = of
            )));
        }
        let typed = line.trim();
        if typed.eq_ignore_ascii_case("b") && i > 0 {
            answers.pop();
            continue;
        }
        match typed.parse::<u8>() {
            Ok(v) if scale.answers_for(i).iter().any(|a| a.0 == v) => {
                answers.push(v);
                if scale.is_crisis_item(i) && v > 0 {
                    write!(o, "{}", crisis_lines(ctx)?)?;
                    writeln!(o)?;
                }
            }
            _ => writeln!(o, "{}", t!("cli-selfcheck-type-a-number"))?,
        }
        writeln!(o)?;
    }
    Ok(answers)
}
