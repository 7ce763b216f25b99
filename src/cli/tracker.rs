//! `tend tracker`: the person's own daily trackers (a yes or no, a rating on their
//! scale, a number with its unit, a time), made by hand or from a preset, listed,
//! shown with their recent answers, changed, archived and deleted. They are answered
//! with `tend checkin --track "NAME=VALUE"` (see `answer`, which `checkin` calls).

use super::{Ctx, args, say};
use crate::domain::RecordKind;
use crate::domain::time::DateSpec;
use crate::domain::trackers::{Tracker, TrackerDraft, TrackerKind, TrackerPreset, TrackerValue};
use crate::error::{Error, Result};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        // Optional with `--preset` (the preset's name).
        name: Option<String>,
        #[command(flatten)]
        fields: Fields,
        #[arg(long, value_parser = args::named::<TrackerPreset>)]
        preset: Option<TrackerPreset>,
    },
    List {
        #[arg(long)]
        all: bool,
    },
    Show {
        tracker: String,
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
    },
    Edit {
        tracker: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: Fields,
        #[arg(long, value_name = "N")]
        position: Option<usize>,
    },
    Archive {
        tracker: String,
        #[arg(long, value_parser = args::date)]
        on: Option<DateSpec>,
    },
    Unarchive {
        tracker: String,
    },
    Delete {
        tracker: String,
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct Fields {
    #[arg(long, value_parser = args::named::<TrackerKind>)]
    kind: Option<TrackerKind>,
    #[arg(long, value_name = "LOW-HIGH", value_parser = scale)]
    scale: Option<(i64, i64)>,
    #[arg(long, value_name = "TEXT")]
    low: Option<String>,
    #[arg(long, value_name = "TEXT")]
    high: Option<String>,
    #[arg(long, value_name = "UNIT")]
    unit: Option<String>,
    #[arg(long, overrides_with = "not_shared")]
    shared: bool,
    #[arg(long)]
    not_shared: bool,
    #[arg(long, overrides_with = "no_safety")]
    safety: bool,
    #[arg(long)]
    no_safety: bool,
    #[arg(long, value_name = "N", value_parser = args::amount)]
    threshold: Option<f64>,
    #[arg(long, overrides_with = "no_acted_on")]
    acted_on: bool,
    #[arg(long)]
    no_acted_on: bool,
}

/// A scale typed as "0-5" (or "1–10").
fn scale(s: &str) -> std::result::Result<(i64, i64), String> {
    s.split_once(['-', '–'])
        .and_then(|(lo, hi)| Some((lo.trim().parse().ok()?, hi.trim().parse().ok()?)))
        .ok_or_else(|| t!("cli-tracker-scale", got = s))
}

impl Fields {
    /// The draft these fields make over `d`; a change of kind leaves what only the old
    /// kind had.
    fn over(self, mut d: TrackerDraft) -> TrackerDraft {
        if let Some(k) = self.kind
            && d.kind != Some(k)
        {
            d.kind = Some(k);
            (d.scale_min, d.scale_max, d.low_label, d.high_label, d.unit) =
                (None, None, None, None, None);
        }
        if let Some((lo, hi)) = self.scale {
            (d.scale_min, d.scale_max) = (Some(lo), Some(hi));
        }
        let text = |new: Option<String>, old: Option<String>| new.or(old);
        d.low_label = text(self.low, d.low_label);
        d.high_label = text(self.high, d.high_label);
        d.unit = text(self.unit, d.unit);
        d.shared = (d.shared || self.shared) && !self.not_shared;
        d.safety = (d.safety || self.safety || self.threshold.is_some()) && !self.no_safety;
        d.threshold = self.threshold.or(d.threshold);
        d.acted_on = (d.acted_on || self.acted_on) && !self.no_acted_on;
        d
    }
}

/// A tracker with its place, as `--json` shows it.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    tracker: &'a Tracker,
    /// Where a safety answer starts.
    safety_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    values: Option<&'a [TrackerValue]>,
}

fn shown(t: &Tracker) -> Shown<'_> {
    Shown {
        tracker: t,
        safety_at: t.safety_at(),
        values: None,
    }
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add {
            name,
            fields,
            preset,
        } => add(ctx, name, fields, preset),
        Cmd::List { all } => list(ctx, all),
        Cmd::Show { tracker, from, to } => {
            let t = ctx.store.find_tracker(&tracker)?;
            let to = to.map_or(ctx.today, |d| d.resolve(ctx.today));
            let from = from.map_or(to - Duration::days(29), |d| d.resolve(ctx.today));
            let values = ctx.store.values_of(t.id, from, to)?;
            let json = Shown {
                values: Some(&values),
                ..shown(&t)
            };
            ctx.show(&json, |out| {
                say!(out, "{}", line(&t));
                if values.is_empty() {
                    say!(
                        out,
                        "  {}",
                        t!(
                            "cli-tracker-no-answers",
                            from = from.to_string(),
                            to = to.to_string()
                        )
                    );
                }
                for v in &values {
                    say!(out, "  {}  {}", v.date, answer_text(&t, v));
                }
            })
        }
        Cmd::Edit {
            tracker,
            name,
            fields,
            position,
        } => {
            let t = ctx.store.find_tracker(&tracker)?;
            let mut d = fields.over(t.draft());
            if let Some(n) = name {
                d.name = n;
            }
            let t = ctx.store.write(|w| {
                let t = w.edit_tracker(t.id, d)?;
                if let Some(p) = position {
                    w.move_tracker(t.id, p.saturating_sub(1))?;
                }
                Ok(t)
            })?;
            let t = ctx.store.tracker(t.id)?;
            let said = t!("cli-tracker-changed", line = line(&t));
            ctx.show(&shown(&t), |out| say!(out, "{said}"))
        }
        Cmd::Archive { tracker, on } => {
            let t = ctx.store.find_tracker(&tracker)?;
            let on = on.map_or(ctx.today, |d| d.resolve(ctx.today));
            let t = ctx.store.write(|w| w.archive_tracker(t.id, Some(on)))?;
            let said = t!(
                "cli-tracker-archived",
                name = t.name.clone(),
                date = on.to_string()
            );
            ctx.show(&shown(&t), |out| say!(out, "{said}"))
        }
        Cmd::Unarchive { tracker } => {
            let t = ctx.store.find_tracker(&tracker)?;
            let t = ctx.store.write(|w| w.archive_tracker(t.id, None))?;
            let said = t!("cli-tracker-unarchived", name = t.name.clone());
            ctx.show(&shown(&t), |out| say!(out, "{said}"))
        }
        Cmd::Delete { tracker, yes } => {
            let id = ctx.store.find_tracker(&tracker)?.id;
            super::records::delete(ctx, RecordKind::Tracker, super::records::Delete { id, yes })
        }
    }
}

fn add(
    ctx: &mut Ctx,
    name: Option<String>,
    fields: Fields,
    preset: Option<TrackerPreset>,
) -> Result<()> {
    let mut d = match preset {
        Some(p) => p.draft(),
        None if fields.kind.is_none() => {
            return Err(Error::invalid("kind", t!("cli-tracker-kind-needed")));
        }
        None => TrackerDraft::default(),
    };
    match name {
        Some(n) => d.name = n,
        None if preset.is_none() => return Err(Error::invalid("name", t!("invalid-empty"))),
        None => {}
    }
    let d = fields.over(d);
    let t = ctx.store.write(|w| w.add_tracker(d))?;
    let said = t!("cli-tracker-added", line = line(&t), name = t.name.clone());
    ctx.show(&shown(&t), |out| say!(out, "{said}"))
}

fn list(ctx: &mut Ctx, all: bool) -> Result<()> {
    let mut list = ctx.store.all_trackers()?;
    list.retain(|t| all || t.archived_on.is_none());
    let json: Vec<Shown> = list.iter().map(shown).collect();
    ctx.show(&json, |out| {
        if list.is_empty() {
            say!(out, "{}", t!("cli-tracker-none"));
        }
        for t in &list {
            say!(out, "{:>5}  {}", t.id, line(t));
        }
    })
}

/// One tracker on one line: its name, what it takes, and its marks.
pub fn line(t: &Tracker) -> String {
    let kind = match (t.kind, &t.low_label, &t.high_label) {
        (TrackerKind::Rating, Some(low), Some(high)) => {
            let (lo, hi) = t.scale();
            t!(
                "cli-tracker-rating-ends",
                lo = lo,
                hi = hi,
                low = low,
                high = high
            )
        }
        (TrackerKind::Rating, ..) => {
            let (lo, hi) = t.scale();
            t!("cli-tracker-rating", lo = lo, hi = hi)
        }
        (TrackerKind::Number, ..) if t.unit.is_some() => {
            t!(
                "cli-tracker-number-in",
                unit = t.unit.clone().unwrap_or_default()
            )
        }
        (k, ..) => k.label(),
    };
    let mut marks = vec![kind];
    if let Some(at) = t.safety_at() {
        marks.push(t!("cli-tracker-safety-at", value = t.show(at)));
    }
    if t.acted_on {
        marks.push(t!("cli-tracker-asks-acted-on"));
    }
    if t.shared {
        marks.push(t!("cli-tracker-shared"));
    }
    if let Some(day) = t.archived_on {
        marks.push(t!("cli-tracker-archived-on", date = day.to_string()));
    }
    format!("{}  {}", t.name, marks.join(" · "))
}

/// An answer as the person reads it, with whether they acted on it when asked.
pub fn answer_text(t: &Tracker, v: &TrackerValue) -> String {
    match v.acted_on {
        Some(acted) => t!(
            "cli-tracker-answer-acted",
            value = t.show(v.value),
            acted = i64::from(acted)
        ),
        None => t.show(v.value),
    }
}

/// One `--track "NAME=VALUE"` (or `--acted-on "NAME=yes"`) read against the trackers:
/// the tracker and the text after `=`. An empty value clears the day's answer.
fn split<'a>(ctx: &Ctx, given: &'a str) -> Result<(Tracker, &'a str)> {
    let Some((name, value)) = given.rsplit_once('=') else {
        return Err(Error::invalid(
            "track",
            t!("cli-tracker-track-shape", got = given),
        ));
    };
    Ok((ctx.store.find_tracker(name)?, value))
}

/// The day's answers `--track` and `--acted-on` give, each checked against its
/// tracker: (tracker, value or None to clear, acted on). Nothing is written here.
pub fn answers(ctx: &Ctx, track: &[String], acted: &[String]) -> Result<Vec<Answer>> {
    let mut out: Vec<Answer> = Vec::new();
    for given in track {
        let (t, value) = split(ctx, given)?;
        let v = match value.trim() {
            "" => None,
            text => Some(t.parse_value(text)?),
        };
        out.retain(|(o, ..)| o.id != t.id);
        out.push((t, v, None));
    }
    for given in acted {
        let (t, value) = split(ctx, given)?;
        let yes = crate::domain::trackers::yes_no(value).ok_or_else(|| {
            Error::invalid(t.name.clone(), t!("cli-tracker-acted-yes-no", got = value))
        })?;
        if !t.acted_on {
            return Err(Error::invalid(
                t.name.clone(),
                t!("cli-tracker-no-acted-on"),
            ));
        }
        match out.iter_mut().find(|(o, ..)| o.id == t.id) {
            Some(a) => a.2 = Some(yes),
            None => {
                return Err(Error::invalid(
                    t.name.clone(),
                    t!("cli-tracker-acted-alone"),
                ));
            }
        }
    }
    Ok(out)
}

/// One answer given on the command line: its tracker, its value (None clears the
/// day's), and whether the person acted on it.
pub type Answer = (Tracker, Option<f64>, Option<bool>);

/// What `--json` shows of one answer saved with a check-in.
#[derive(Serialize)]
pub struct Tracked {
    pub tracker: String,
    pub tracker_id: i64,
    pub date: NaiveDate,
    pub value: Option<f64>,
    pub acted_on: Option<bool>,
    /// At or above its safety threshold: the crisis lines were printed.
    pub safety: bool,
}

/// Writes the day's answers in the caller's transaction; what was saved, in order.
pub fn save(w: &crate::store::Tx, date: NaiveDate, answers: &[Answer]) -> Result<Vec<Tracked>> {
    let mut out = Vec::new();
    for (t, v, acted) in answers {
        let saved = w.set_tracker_value(t.id, date, *v, *acted)?;
        out.push(Tracked {
            tracker: t.name.clone(),
            tracker_id: t.id,
            date,
            value: saved.as_ref().map(|s| s.value),
            acted_on: saved.as_ref().and_then(|s| s.acted_on),
            safety: saved.is_some_and(|s| t.is_safety_answer(s.value)),
        });
    }
    Ok(out)
}

/// The saved answers as lines under the check-in's, and the crisis plan after them
/// when one is a safety answer (to stderr under `--json`, so it still reaches the person).
pub fn said(ctx: &Ctx, saved: &[Tracked], answers: &[Answer]) -> Result<(String, String)> {
    let mut lines = String::new();
    for (s, (t, ..)) in saved.iter().zip(answers) {
        let text = match s.value {
            Some(v) => answer_text(
                t,
                &TrackerValue {
                    id: 0,
                    tracker_id: t.id,
                    date: s.date,
                    value: v,
                    acted_on: s.acted_on,
                    created_at: String::new(),
                    updated_at: String::new(),
                },
            ),
            None => t!("cli-tracker-cleared"),
        };
        say!(lines, "  {}: {text}", t.name);
    }
    let mut crisis = String::new();
    if let Some((s, (t, ..))) = saved.iter().zip(answers).find(|(s, _)| s.safety) {
        let heading = t!(
            "cli-tracker-crisis",
            name = t.name.clone(),
            value = t.show(s.value.unwrap_or_default())
        );
        crisis = super::selfcheck::crisis_plan(ctx, &heading)?;
    }
    Ok((lines, crisis))
}
