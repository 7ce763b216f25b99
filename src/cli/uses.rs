//! `tend use`: log a use without judgment (how much, in the person's unit, when, what,
//! where and with whom, planned or not), and list, show, change or delete them. On an
//! abstain path the day's growth entry is written with it; on a cut-down path a day
//! over the plan is named, with the offer of a reflection, never a verdict.

use super::{Ctx, args, say};
use crate::domain::time::{DateSpec, MomentSpec};
use crate::domain::usage::{self, SaferStep, Use, UseDraft, UseUnit, show_amount};
use crate::domain::{RecordKind, SetbackKind};
use crate::error::{Error, Result};
use crate::store::UseLogged;
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        commitment: String,
        #[arg(value_parser = args::amount)]
        amount: Option<f64>,
        #[command(flatten)]
        fields: Fields,
    },
    List {
        #[arg(long)]
        commitment: Option<String>,
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
        #[arg(long, default_value_t = 30)]
        limit: usize,
    },
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long, value_parser = args::amount)]
        amount: Option<f64>,
        #[arg(long)]
        commitment: Option<String>,
        #[command(flatten)]
        fields: Fields,
    },
    Delete(super::records::Delete),
}

#[derive(Debug, clap::Args)]
pub struct Fields {
    #[arg(long, value_parser = args::named::<UseUnit>)]
    unit: Option<UseUnit>,
    #[arg(long, value_parser = args::moment)]
    at: Option<MomentSpec>,
    #[arg(long)]
    planned: bool,
    #[arg(long)]
    unplanned: bool,
    #[arg(long, value_name = "TEXT")]
    what: Option<String>,
    #[arg(long = "where", value_name = "TEXT")]
    place: Option<String>,
    #[arg(long = "with", value_name = "NAME")]
    with: Option<String>,
    #[arg(long, value_name = "MONEY", value_parser = args::amount)]
    cost: Option<f64>,
    #[arg(long, value_name = "STEPS", value_delimiter = ',', value_parser = args::named::<SaferStep>)]
    followed: Option<Vec<SaferStep>>,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[arg(long, value_name = "ML", value_parser = args::amount, requires = "abv")]
    ml: Option<f64>,
    #[arg(long, value_name = "PERCENT", value_parser = args::amount, requires = "ml")]
    abv: Option<f64>,
}

impl Fields {
    /// The draft these fields make over `old`.
    fn over(self, ctx: &Ctx, mut d: UseDraft, amount: Option<f64>) -> Result<UseDraft> {
        if let Some(m) = self.at {
            d.at = ctx.clock().resolve("at", m)?;
        }
        if let Some(u) = self.unit {
            d.unit = u;
        }
        d.amount = match (amount, self.ml.zip(self.abv)) {
            (Some(_), Some(_)) => {
                return Err(Error::invalid("amount", t!("cli-use-amount-or-drink")));
            }
            (Some(a), None) => a,
            (None, Some((ml, abv))) => usage::drink(ml, abv, d.unit, ctx.store.drink_grams())
                .ok_or_else(|| {
                    Error::invalid("ml", t!("cli-use-drink-unit", unit = d.unit.label()))
                })?,
            (None, None) => d.amount,
        };
        let text = |new: Option<String>, old: Option<String>| new.or(old);
        d.what = text(self.what, d.what);
        d.place = text(self.place, d.place);
        d.with_whom = text(self.with, d.with_whom);
        d.note = text(self.note, d.note);
        d.cost = self.cost.or(d.cost);
        if let Some(f) = self.followed {
            d.followed = f;
        }
        d.planned = (d.planned || self.planned) && !self.unplanned;
        Ok(d)
    }
}

fn draft_of(u: &Use) -> Result<UseDraft> {
    Ok(UseDraft {
        commitment_id: u.commitment_id,
        at: chrono::DateTime::parse_from_rfc3339(&u.at)
            .map_err(|e| Error::invalid("at", e.to_string()))?,
        amount: u.amount,
        unit: u.unit,
        what: u.what.clone(),
        place: u.place.clone(),
        with_whom: u.with_whom.clone(),
        planned: u.planned,
        cost: u.cost,
        followed: u.followed.clone(),
        note: u.note.clone(),
    })
}

/// "2 standard drinks of Alcohol, 2026-12-01 20:00 (beer)".
fn line(ctx: &Ctx, u: &Use) -> Result<String> {
    let name = ctx.store.commitment(u.commitment_id)?.name;
    let when = u.at.get(..16).unwrap_or(&u.at).replace('T', " ");
    let mut l = t!(
        "cli-use-line",
        amount = u.unit.amount(u.amount),
        name = name,
        when = when
    );
    if let Some(w) = &u.what {
        l.push_str(&t!("cli-use-what", what = w));
    }
    Ok(l)
}

/// A use as JSON shows it after a write, with what the write did besides.
#[derive(Serialize)]
struct Logged<'a> {
    #[serde(flatten)]
    logged: &'a Use,
    /// Abstain path: the day's growth entry (made now, or there already).
    growth_entry: Option<i64>,
    growth_entry_made: bool,
    /// Cut-down path: the use puts its day over the plan.
    over_plan: bool,
    /// Days without use before this one, when they were a break long enough for
    /// tolerance to drop.
    break_days: Option<i64>,
}

fn logged(ctx: &mut Ctx, done: &UseLogged, changed: bool) -> Result<()> {
    let u = &done.logged;
    let l = line(ctx, u)?;
    let said = if changed {
        t!("cli-use-changed", id = u.id, line = l)
    } else {
        t!("cli-use-logged", id = u.id, line = l)
    };
    let start = ctx.store.commitment(u.commitment_id)?.start_date;
    let last_setback = ctx
        .store
        .setbacks(None, Some(u.date - chrono::Duration::days(1)))?
        .iter()
        .filter(|s| s.kind.ends_run() && s.commitment_id.is_none_or(|c| c == u.commitment_id))
        .map(|s| s.date)
        .max();
    let last_use = ctx.store.last_use_before(u.date)?;
    let break_days = Some(usage::days_without_use(
        last_use,
        last_setback,
        start,
        u.date,
    ))
    .filter(|n| *n >= i64::from(ctx.settings.tolerance_break_days));
    let date = u.date.to_string();
    let c = u.commitment_id;
    let shown = Logged {
        logged: u,
        growth_entry: u.setback_id,
        growth_entry_made: done.setback_made,
        over_plan: done.over_plan,
        break_days,
    };
    ctx.show(&shown, |out| {
        say!(out, "{said}");
        if let Some(n) = break_days {
            say!(out, "  {}", t!("harm-tolerance-after-days", days = n));
        }
        if let Some(g) = u.setback_id {
            say!(
                out,
                "  {}",
                t!(
                    "cli-use-growth",
                    id = g,
                    made = i64::from(done.setback_made)
                )
            );
        }
        if done.over_plan {
            let kind = SetbackKind::OverPlan.as_str();
            say!(
                out,
                "  {}",
                t!(
                    "cli-use-over-plan",
                    date = date,
                    kind = kind,
                    commitment = c
                )
            );
        }
    })
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add {
            commitment,
            amount,
            fields,
        } => add(ctx, &commitment, amount, fields)?,
        Cmd::List {
            commitment,
            from,
            to,
            limit,
        } => {
            let c = commitment
                .map(|n| ctx.store.find_commitment(&n))
                .transpose()?;
            let from = from.map_or(crate::domain::time::FIRST_DAY, |d| d.resolve(ctx.today));
            let to = to.map_or(ctx.today, |d| d.resolve(ctx.today));
            let all = ctx.store.uses(c.map(|c| c.id), from, to, limit)?;
            let mut rows = Vec::new();
            for u in &all {
                rows.push(format!("{:>5}  {}", u.id, line(ctx, u)?));
            }
            ctx.show(&all, |out| {
                if all.is_empty() {
                    say!(out, "{}", t!("cli-use-none"));
                }
                for r in &rows {
                    say!(out, "{r}");
                }
            })?;
        }
        Cmd::Show { id } => show(ctx, id)?,
        Cmd::Edit {
            id,
            amount,
            commitment,
            fields,
        } => {
            let mut old = draft_of(&ctx.store.use_record(id)?)?;
            if let Some(c) = commitment {
                old.commitment_id = ctx.store.find_commitment(&c)?.id;
            }
            let draft = fields.over(ctx, old, amount)?;
            let grams = ctx.store.drink_grams();
            let done = ctx.store.write(|w| w.edit_use(id, draft, grams))?;
            logged(ctx, &done, true)?;
        }
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Use, d)?,
    }
    Ok(())
}

fn add(ctx: &mut Ctx, commitment: &str, amount: Option<f64>, fields: Fields) -> Result<()> {
    let c = ctx.store.find_commitment(commitment)?;
    let unit = ctx
        .store
        .paths(c.id)?
        .last()
        .map_or(UseUnit::Drinks, |p| p.unit);
    if amount.is_none() && fields.ml.is_none() {
        return Err(Error::invalid("amount", t!("cli-use-amount-needed")));
    }
    let blank = UseDraft {
        commitment_id: c.id,
        at: ctx.clock().now(),
        amount: 0.0,
        unit,
        what: None,
        place: None,
        with_whom: None,
        planned: false,
        cost: None,
        followed: Vec::new(),
        note: None,
    };
    let draft = fields.over(ctx, blank, amount)?;
    let grams = ctx.store.drink_grams();
    let done = ctx.store.write(|w| w.add_use(draft, grams))?;
    logged(ctx, &done, false)?;
    Ok(())
}

fn show(ctx: &mut Ctx, id: i64) -> Result<()> {
    let u = ctx.store.use_record(id)?;
    let head = line(ctx, &u)?;
    ctx.show(&u, |out| {
        say!(out, "{}", t!("cli-use-show", id = u.id, line = head));
        if let Some(v) = &u.place {
            say!(out, "  {}", t!("cli-use-where", text = v));
        }
        if let Some(v) = &u.with_whom {
            say!(out, "  {}", t!("cli-use-with", text = v));
        }
        say!(
            out,
            "  {}",
            t!("cli-use-planned", planned = i64::from(u.planned))
        );
        if let Some(c) = u.cost {
            say!(out, "  {}", t!("cli-use-cost", cost = show_amount(c)));
        }
        if !u.followed.is_empty() {
            let steps: Vec<String> = u.followed.iter().map(|s| s.label()).collect();
            say!(
                out,
                "  {}",
                t!("cli-use-followed", steps = steps.join("; "))
            );
        }
        if let Some(n) = &u.note {
            say!(out, "  {}", t!("cli-note", note = n));
        }
    })?;
    Ok(())
}
