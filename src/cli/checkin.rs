//! `tend checkin`: upsert a day's check-in; `list` and `show` read them back.

use super::{Ctx, args, say, tracker};
use crate::domain::time::DateSpec;
use crate::domain::{Checkin, CheckinPatch};
use crate::error::{Error, Result};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, allow_negative_numbers = true)]
pub struct Args {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, clap::Subcommand)]
enum Cmd {
    List {
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long, conflicts_with = "limit")]
        all: bool,
    },
    Show {
        #[arg(value_parser = args::date, default_value = "today")]
        date: DateSpec,
    },
    #[command(allow_negative_numbers = true)]
    Edit {
        day: String,
        #[command(flatten)]
        fields: Fields,
    },
    Delete {
        day: String,
        #[arg(long)]
        yes: bool,
    },
}

/// The check-in a day or an id names, or a message saying there is none.
fn find(ctx: &Ctx, day: &str) -> Result<Checkin> {
    let found = match day.parse::<i64>() {
        Ok(id) => ctx.store.checkin(id)?,
        Err(_) => {
            let date = args::date(day).map_err(|e| Error::invalid("day", e))?;
            ctx.store.checkin_on(date.resolve(ctx.today))?
        }
    };
    found.ok_or_else(|| Error::invalid("day", t!("cli-checkin-none-on", day = day)))
}

#[derive(Debug, clap::Args)]
struct Fields {
    #[arg(long, value_parser = args::date)]
    date: Option<DateSpec>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    mood: Option<u8>,
    #[arg(long, value_name = "0-10", value_parser = args::zero_to_ten)]
    craving: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    physical: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    mental: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    emotional: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    social: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    spiritual: Option<u8>,
    #[arg(long, overrides_with = "no_hungry")]
    hungry: bool,
    #[arg(long, hide = true)]
    no_hungry: bool,
    #[arg(long, overrides_with = "no_angry")]
    angry: bool,
    #[arg(long, hide = true)]
    no_angry: bool,
    #[arg(long, overrides_with = "no_lonely")]
    lonely: bool,
    #[arg(long, hide = true)]
    no_lonely: bool,
    #[arg(long, overrides_with = "no_tired")]
    tired: bool,
    #[arg(long, hide = true)]
    no_tired: bool,
    #[arg(long, value_name = "HOURS", value_parser = args::hours)]
    sleep: Option<f64>,
    #[arg(long, value_name = "TEXT")]
    intention: Option<String>,
    #[arg(long, value_name = "TEXT")]
    reflection: Option<String>,
    #[arg(long, value_name = "TEXT")]
    gratitude: Option<String>,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[arg(long, value_name = "NAME=VALUE")]
    track: Vec<String>,
    #[arg(long, value_name = "NAME=YES|NO")]
    acted_on: Vec<String>,
}

fn flag(on: bool, off: bool) -> Option<bool> {
    if on {
        Some(true)
    } else if off {
        Some(false)
    } else {
        None
    }
}

impl Fields {
    fn patch(&self) -> CheckinPatch {
        CheckinPatch {
            mood: self.mood,
            craving: self.craving,
            ratings: [
                self.physical,
                self.mental,
                self.emotional,
                self.social,
                self.spiritual,
            ],
            hungry: flag(self.hungry, self.no_hungry),
            angry: flag(self.angry, self.no_angry),
            lonely: flag(self.lonely, self.no_lonely),
            tired: flag(self.tired, self.no_tired),
            sleep_hours: self.sleep,
            intention: self.intention.clone(),
            reflection: self.reflection.clone(),
            gratitude: self.gratitude.clone(),
            note: self.note.clone(),
        }
    }
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    match a.cmd {
        None => {
            let date = a.fields.date.unwrap_or(DateSpec::Today).resolve(ctx.today);
            let patch = a.fields.patch();
            let answers = tracker::answers(ctx, &a.fields.track, &a.fields.acted_on)?;
            if patch.is_empty() && answers.is_empty() {
                return Err(Error::invalid("checkin", t!("cli-checkin-nothing")));
            }
            // Answers alone make the day's check-in when it has none, so the day
            // counts as checked in; a check-in there already is left as it is.
            let (c, tracked) = ctx.store.write(|w| {
                let c = match w.checkin_on(date)? {
                    Some(c) if patch.is_empty() => c,
                    _ => w.upsert_checkin(date, &patch)?,
                };
                Ok((c, tracker::save(w, date, &answers)?))
            })?;
            let said = t!(
                "cli-checkin-done",
                date = c.date.to_string(),
                id = c.id,
                summary = summary(&c)
            );
            saved(ctx, &c, &said, &tracked, &answers)?;
        }
        Some(Cmd::List {
            from,
            to,
            limit,
            all,
        }) => {
            let from = from.map(|d| d.resolve(ctx.today));
            let to = to.map(|d| d.resolve(ctx.today));
            let limit = if all || (from.is_some() && limit.is_none()) {
                None
            } else {
                Some(limit.unwrap_or(30))
            };
            let list = ctx.store.checkins(from, to, limit)?;
            ctx.show(&list, |out| {
                if list.is_empty() {
                    say!(out, "{}", t!("cli-checkin-none"));
                }
                for c in &list {
                    say!(out, "{:>5}  {}", c.id, summary(c));
                }
            })?;
        }
        Some(Cmd::Edit { day, fields }) => edit(ctx, &day, &fields)?,
        Some(Cmd::Delete { day, yes }) => {
            let id = find(ctx, &day)?.id;
            let d = super::records::Delete { id, yes };
            super::records::delete(ctx, crate::domain::RecordKind::Checkin, d)?;
        }
        Some(Cmd::Show { date }) => {
            let date = date.resolve(ctx.today);
            let c = ctx.store.checkin_on(date)?.ok_or_else(|| {
                Error::invalid("date", t!("cli-checkin-none-on", day = date.to_string()))
            })?;
            let answers = answers_on(ctx, date)?;
            ctx.show(&c, |out| {
                details(out, &c);
                out.push_str(&answers);
            })?;
        }
    }
    Ok(())
}

/// Changes the fields given of a day's check-in that exists.
fn edit(ctx: &mut Ctx, day: &str, fields: &Fields) -> Result<()> {
    let c = find(ctx, day)?;
    if fields.date.is_some() {
        return Err(Error::invalid("date", t!("cli-checkin-keeps-day")));
    }
    let patch = fields.patch();
    let answers = tracker::answers(ctx, &fields.track, &fields.acted_on)?;
    if patch.is_empty() && answers.is_empty() {
        return Err(Error::invalid(
            "checkin",
            t!("cli-checkin-nothing-to-change"),
        ));
    }
    let (c, tracked) = ctx.store.write(|w| {
        let c = if patch.is_empty() {
            c
        } else {
            w.upsert_checkin(c.date, &patch)?
        };
        let tracked = tracker::save(w, c.date, &answers)?;
        Ok((c, tracked))
    })?;
    let said = t!(
        "cli-checkin-changed",
        date = c.date.to_string(),
        summary = summary(&c)
    );
    saved(ctx, &c, &said, &tracked, &answers)
}

/// What `--json` prints for a check-in saved with tracker answers.
#[derive(serde::Serialize)]
struct WithAnswers<'a> {
    #[serde(flatten)]
    checkin: &'a Checkin,
    tracked: &'a [tracker::Tracked],
}

/// Says what was saved: the check-in's line, each tracker answer, and the crisis plan
/// after a safety answer (on stderr under `--json`, so it still reaches the person).
fn saved(
    ctx: &mut Ctx,
    c: &Checkin,
    said: &str,
    tracked: &[tracker::Tracked],
    answers: &[tracker::Answer],
) -> Result<()> {
    let (lines, mut crisis) = tracker::said(ctx, tracked, answers)?;
    if ctx.json && !crisis.is_empty() {
        crate::error::to_stderr(&std::mem::take(&mut crisis));
    }
    let human = |out: &mut String| {
        say!(out, "{said}");
        out.push_str(&lines);
        out.push_str(&crisis);
    };
    if tracked.is_empty() {
        ctx.show(c, human)
    } else {
        ctx.show(
            &WithAnswers {
                checkin: c,
                tracked,
            },
            human,
        )
    }
}

fn summary(c: &Checkin) -> String {
    let mut s = c.to_string();
    let rated: Vec<String> = crate::domain::LifeDomain::ALL
        .iter()
        .filter_map(|d| c.rating(*d).map(|r| rating(*d, r)))
        .collect();
    if !rated.is_empty() {
        s.push_str("  ");
        s.push_str(&rated.join(" "));
    }
    if let Some(h) = c.sleep_hours {
        s.push_str(&format!(
            "  {}",
            t!("cli-checkin-sleep", hours = h.to_string())
        ));
    }
    s
}

/// A life domain's rating, short: "phys 7".
fn rating(d: crate::domain::LifeDomain, r: u8) -> String {
    use crate::domain::LifeDomain::{Emotional, Mental, Physical, Social, Spiritual};
    match d {
        Physical => t!("cli-checkin-physical", rating = r),
        Mental => t!("cli-checkin-mental", rating = r),
        Emotional => t!("cli-checkin-emotional", rating = r),
        Social => t!("cli-checkin-social", rating = r),
        Spiritual => t!("cli-checkin-spiritual", rating = r),
    }
}

/// The day's tracker answers, one a line, in the trackers' order.
fn answers_on(ctx: &Ctx, date: chrono::NaiveDate) -> Result<String> {
    let values = ctx.store.day_values(date)?;
    let mut out = String::new();
    for t in ctx.store.all_trackers()? {
        if let Some(v) = values.iter().find(|v| v.tracker_id == t.id) {
            say!(out, "  {:<10} {}", t.name, tracker::answer_text(&t, v));
        }
    }
    Ok(out)
}

fn details(out: &mut String, c: &Checkin) {
    let head = t!("cli-checkin-show", date = c.date.to_string(), id = c.id);
    say!(out, "{head}");
    say!(out, "  {}", summary(c));
    for (label, text) in [
        (t!("cli-checkin-intention"), &c.intention),
        (t!("cli-checkin-reflection"), &c.reflection),
        (t!("cli-checkin-gratitude"), &c.gratitude),
        (t!("cli-checkin-note"), &c.note),
    ] {
        if let Some(text) = text {
            say!(out, "  {label:<10} {text}");
        }
    }
}
