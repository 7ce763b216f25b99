//! `tend meeting`: the meetings the person goes to, with their fellowship, format, days
//! (every week or every other week), time and place, and which is the home group.

use super::{Ctx, args, say};
use crate::domain::{Fellowship, Meeting, MeetingDraft, MeetingFormat, RecordKind, parse_weekday};
use crate::error::Result;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[command(flatten)]
        fields: Fields,
    },
    List,
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: Fields,
    },
    Delete(super::records::Delete),
}

#[derive(Debug, clap::Args)]
pub struct Fields {
    #[arg(long, value_parser = args::named::<Fellowship>)]
    fellowship: Option<Fellowship>,
    #[arg(long, value_parser = args::named::<MeetingFormat>)]
    format: Option<MeetingFormat>,
    // `--day mon,wed,fri` or `--day mon --day wed`: the days it meets (given, they
    // replace the days it had).
    #[arg(long, value_delimiter = ',', value_parser = |s: &str| parse_weekday(s).map_err(|e| e.reason))]
    day: Vec<u8>,
    #[arg(long, overrides_with = "every_week")]
    every_other_week: bool,
    #[arg(long)]
    every_week: bool,
    #[arg(long)]
    time: Option<String>,
    #[arg(long)]
    place: Option<String>,
    #[arg(long, overrides_with = "no_home")]
    home: bool,
    #[arg(long, hide = true)]
    no_home: bool,
}

impl Fields {
    fn over(self, old: MeetingDraft) -> MeetingDraft {
        MeetingDraft {
            name: old.name,
            fellowship: self.fellowship.unwrap_or(old.fellowship),
            format: self.format.unwrap_or(old.format),
            days: if self.day.is_empty() {
                old.days
            } else {
                self.day
            },
            every_other_week: (old.every_other_week || self.every_other_week) && !self.every_week,
            time: self.time.or(old.time),
            place: self.place.or(old.place),
            home_group: (old.home_group || self.home) && !self.no_home,
        }
    }
}

/// "Tuesday group · AA · in person · Tue 19:30 · Church hall · home group".
pub fn line(m: &Meeting) -> String {
    let mut parts = vec![
        m.name.clone(),
        m.fellowship.title().to_string(),
        MeetingFormat::label(m.format),
    ];
    let when = m.when();
    if !when.is_empty() {
        parts.push(when);
    }
    parts.extend(m.place.clone());
    if m.home_group {
        parts.push(t!("cli-meeting-home-group"));
    }
    parts.join(" · ")
}

fn draft_of(m: &Meeting) -> MeetingDraft {
    MeetingDraft {
        name: m.name.clone(),
        fellowship: m.fellowship,
        format: m.format,
        days: m.days.clone(),
        every_other_week: m.every_other_week,
        time: m.time.clone(),
        place: m.place.clone(),
        home_group: m.home_group,
    }
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add { name, fields } => {
            let blank = MeetingDraft::named(name);
            let m = ctx.store.write(|w| w.add_meeting(fields.over(blank)))?;
            let said = t!("cli-meeting-added", id = m.id, meeting = line(&m));
            ctx.show(&m, |out| say!(out, "{said}"))?;
        }
        Cmd::List => {
            let all = ctx.store.meetings()?;
            ctx.show(&all, |out| {
                if all.is_empty() {
                    say!(out, "{}", t!("cli-meeting-none"));
                }
                for m in &all {
                    say!(out, "{:>5}  {}", m.id, line(m));
                }
            })?;
        }
        Cmd::Edit { id, name, fields } => {
            let old = ctx.store.meeting(id)?;
            let mut draft = fields.over(draft_of(&old));
            if let Some(n) = name {
                draft.name = n;
            }
            let m = ctx.store.write(|w| w.edit_meeting(id, draft))?;
            let said = t!("cli-meeting-changed", id = m.id, meeting = line(&m));
            ctx.show(&m, |out| say!(out, "{said}"))?;
        }
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Meeting, d)?,
    }
    Ok(())
}
