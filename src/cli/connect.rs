//! `tend connect`: log a connection in one command (a meeting, a call, a message, time
//! together, therapy, service), and list, show, change or delete them.

use super::{Ctx, args, say};
use crate::domain::time::{DateSpec, MomentSpec};
use crate::domain::{
    Connection, ConnectionDraft, ConnectionKind, MeetingDraft, PersonDraft, RecordKind, Sharing,
};
use crate::error::{Error, Result};
use crate::store::Lookup;
use std::io::IsTerminal;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    #[arg(value_parser = args::named::<ConnectionKind>)]
    kind: Option<ConnectionKind>,
    who: Vec<String>,
    // A name tend doesn't know is added as a new person (or meeting) with the
    // connection; without it a script is refused and a terminal is asked.
    #[arg(long)]
    add: bool,
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
        #[command(flatten)]
        fields: Fields,
    },
    Delete(super::records::Delete),
}

#[derive(Debug, clap::Args)]
struct Fields {
    #[arg(long = "with", value_name = "PERSON")]
    with: Vec<String>,
    #[arg(long, value_name = "N")]
    minutes: Option<u16>,
    #[arg(long)]
    shared: bool,
    #[arg(long)]
    chaired: bool,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    mood_before: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    mood_after: Option<u8>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    connected: Option<u8>,
    #[arg(long)]
    note: Option<String>,
    #[arg(long, value_name = "NAME")]
    verified_by: Option<String>,
    #[arg(long, conflicts_with_all = ["private", "share_unset"])]
    share: bool,
    #[arg(long, conflicts_with = "share_unset")]
    private: bool,
    #[arg(long)]
    share_unset: bool,
    #[arg(long, value_parser = args::moment)]
    at: Option<MomentSpec>,
}

impl Fields {
    /// The draft these fields make over `old`, with `meeting` and `people` already found.
    fn over(self, ctx: &Ctx, old: ConnectionDraft) -> Result<ConnectionDraft> {
        let mut people = old.person_ids;
        for w in &self.with {
            let id = ctx.store.find_person(w)?.id;
            if !people.contains(&id) {
                people.push(id);
            }
        }
        let at = match self.at {
            Some(m) => ctx.clock().resolve("at", m)?,
            None => old.at,
        };
        let share = match (self.share, self.private, self.share_unset) {
            (true, _, _) => Some(Sharing::Shared),
            (_, true, _) => Some(Sharing::Private),
            (_, _, true) => Some(Sharing::Unset),
            _ => old.share,
        };
        Ok(ConnectionDraft {
            at,
            person_ids: people,
            minutes: self.minutes.or(old.minutes),
            shared: self.shared || old.shared,
            chaired: self.chaired || old.chaired,
            mood_before: self.mood_before.or(old.mood_before),
            mood_after: self.mood_after.or(old.mood_after),
            connected: self.connected.or(old.connected),
            note: self.note.or(old.note),
            verified_by: self.verified_by.or(old.verified_by),
            share,
            ..old
        })
    }
}

fn draft_of(c: &Connection) -> Result<ConnectionDraft> {
    Ok(ConnectionDraft {
        at: chrono::DateTime::parse_from_rfc3339(&c.at)
            .map_err(|e| Error::invalid("at", e.to_string()))?,
        kind: c.kind,
        meeting_id: c.meeting_id,
        person_ids: c.person_ids.clone(),
        minutes: c.minutes,
        shared: c.shared,
        chaired: c.chaired,
        mood_before: c.mood_before,
        mood_after: c.mood_after,
        connected: c.connected,
        note: c.note.clone(),
        verified_by: c.verified_by.clone(),
        share: Some(c.share),
    })
}

/// What the counselor summary does with it, in words.
fn summary_words(c: &Connection) -> String {
    match c.share {
        Sharing::Shared => t!("cli-connect-shared"),
        Sharing::Private => t!("cli-connect-private"),
        Sharing::Unset if c.kind.is_contact() => t!("cli-connect-unset-contact"),
        Sharing::Unset => t!("cli-connect-unset"),
    }
}

/// The connection in one line, the meeting and people named (read once for a list).
fn line(ctx: &Ctx, c: &Connection) -> Result<String> {
    let lines = lines(ctx, std::slice::from_ref(c))?;
    Ok(lines.into_iter().next().unwrap_or_default())
}

fn lines(ctx: &Ctx, all: &[Connection]) -> Result<Vec<String>> {
    let (meetings, people) = (ctx.store.meetings()?, ctx.store.people()?);
    Ok(all
        .iter()
        .map(|c| c.describe(&meetings, &people, true))
        .collect())
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    match (a.cmd, a.kind) {
        (Some(Cmd::List { from, to, limit }), _) => {
            let from = from.map(|d| d.resolve(ctx.today));
            let to = to.map(|d| d.resolve(ctx.today));
            let all = ctx.store.connections(from, to, Some(limit))?;
            let lines: Vec<String> = all
                .iter()
                .zip(lines(ctx, &all)?)
                .map(|(c, l)| format!("{:>5}  {l}", c.id))
                .collect();
            ctx.show(&all, |out| {
                if all.is_empty() {
                    say!(out, "{}", t!("cli-connect-none"));
                }
                for l in &lines {
                    say!(out, "{l}");
                }
            })?;
        }
        (Some(Cmd::Show { id }), _) => {
            let c = ctx.store.connection(id)?;
            let head = line(ctx, &c)?;
            ctx.show(&c, |out| {
                say!(
                    out,
                    "{}",
                    t!("cli-connect-show", id = c.id, connection = &head)
                );
                if let Some(v) = c.connected {
                    say!(out, "  {}", t!("cli-connect-connected", value = v));
                }
                if let Some(v) = c.mood_before {
                    say!(out, "  {}", t!("cli-connect-mood-before", value = v));
                }
                if let Some(v) = c.mood_after {
                    say!(out, "  {}", t!("cli-connect-mood-after", value = v));
                }
                if let Some(v) = &c.verified_by {
                    say!(out, "  {}", t!("cli-connect-verified-by", name = v));
                }
                if let Some(n) = &c.note {
                    say!(out, "  {}", t!("cli-note", note = n));
                }
                say!(out, "  {}", summary_words(&c));
            })?;
        }
        (Some(Cmd::Edit { id, fields }), _) => {
            let old = draft_of(&ctx.store.connection(id)?)?;
            let draft = fields.over(ctx, old)?;
            let c = ctx.store.write(|w| w.edit_connection(id, draft))?;
            let said = t!(
                "cli-connect-changed",
                id = c.id,
                connection = line(ctx, &c)?
            );
            ctx.show(&c, |out| say!(out, "{said}"))?;
        }
        (Some(Cmd::Delete(d)), _) => super::records::delete(ctx, RecordKind::Connection, d)?,
        (None, Some(kind)) => log(ctx, kind, a.who, a.add, a.fields)?,
        (None, None) => {
            return Err(Error::invalid("kind", t!("cli-connect-which-kind")));
        }
    }
    Ok(())
}

/// Logs one connection: `tend connect meeting "Tuesday group" --shared`,
/// `tend connect call Sam --minutes 20`. A name tend doesn't know is added with it, in
/// the same transaction, when `--add` says so or the person says yes on a terminal.
fn log(
    ctx: &mut Ctx,
    kind: ConnectionKind,
    who: Vec<String>,
    add: bool,
    mut fields: Fields,
) -> Result<()> {
    let mut blank = ConnectionDraft::blank(ctx.clock().now(), kind);
    let mut new_meeting = None;
    let mut new_people = Vec::new();
    let people: Vec<String> = if kind == ConnectionKind::Meeting {
        if who.len() > 1 {
            return Err(Error::invalid("who", t!("cli-connect-one-meeting")));
        }
        if let Some(name) = who.first() {
            match meeting_for(ctx, name, add)? {
                Who::Known(id) => blank.meeting_id = Some(id),
                Who::New(name) => new_meeting = Some(name),
            }
        }
        std::mem::take(&mut fields.with)
    } else {
        who.into_iter()
            .chain(std::mem::take(&mut fields.with))
            .collect()
    };
    for name in &people {
        match person_for(ctx, name, add)? {
            Who::Known(id) if !blank.person_ids.contains(&id) => blank.person_ids.push(id),
            Who::Known(_) => {}
            Who::New(name) if !new_people.contains(&name) => new_people.push(name),
            Who::New(_) => {}
        }
    }
    let draft = fields.over(ctx, blank)?;
    let (c, added) = ctx.store.write(|w| {
        let mut draft = draft;
        let mut added = Vec::new();
        if let Some(name) = new_meeting {
            let m = w.add_meeting(MeetingDraft::named(name))?;
            draft.meeting_id = Some(m.id);
            added.push(t!("cli-connect-added-meeting", name = &m.name, id = m.id));
        }
        for name in new_people {
            let p = w.add_person(PersonDraft {
                name,
                ..PersonDraft::default()
            })?;
            draft.person_ids.push(p.id);
            added.push(t!("cli-connect-added-person", name = &p.name, id = p.id));
        }
        Ok((w.add_connection(draft)?, added))
    })?;
    let said = t!("cli-connect-logged", id = c.id, connection = line(ctx, &c)?);
    ctx.show(&c, |out| {
        for a in &added {
            say!(out, "{a}");
        }
        say!(out, "{said}");
    })?;
    Ok(())
}

/// A name the command found, or one to add with the connection.
enum Who {
    Known(i64),
    New(String),
}

fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The person `name` is: found; a close name the person chose on a terminal; or new,
/// when `--add` says so or the person agrees. A script without `--add` is refused.
fn person_for(ctx: &Ctx, name: &str, add: bool) -> Result<Who> {
    let (close, refuse) = match ctx.store.lookup_person(name)? {
        Lookup::Found(p) => return Ok(Who::Known(p.id)),
        Lookup::Close(list) => {
            let closest = list[0].name.as_str();
            let refuse = t!(
                "cli-connect-close-person",
                name = name.trim(),
                close = closest
            );
            (list.into_iter().map(|p| (p.id, p.name)).collect(), refuse)
        }
        Lookup::Unknown => (
            Vec::new(),
            t!("cli-connect-needs-add-person", name = name.trim()),
        ),
    };
    let ask = t!("cli-connect-add-person", name = name.trim());
    choose(name, add, close, ("who", refuse), &ask)
}

/// The meeting `name` is, as `person_for` finds a person.
fn meeting_for(ctx: &Ctx, name: &str, add: bool) -> Result<Who> {
    let (close, refuse) = match ctx.store.lookup_meeting(name)? {
        Lookup::Found(m) => return Ok(Who::Known(m.id)),
        Lookup::Close(list) => {
            let closest = list[0].name.as_str();
            let refuse = t!(
                "cli-connect-close-meeting",
                name = name.trim(),
                close = closest
            );
            (list.into_iter().map(|m| (m.id, m.name)).collect(), refuse)
        }
        Lookup::Unknown => (
            Vec::new(),
            t!("cli-connect-needs-add-meeting", name = name.trim()),
        ),
    };
    let ask = t!("cli-connect-add-meeting", name = name.trim());
    choose(name, add, close, ("meeting", refuse), &ask)
}

/// On a terminal: each close name is offered first, then adding `name` (unless `--add`
/// already said so). In a script: `--add` adds it; without, the refusal (which names
/// the closest name).
fn choose(
    name: &str,
    add: bool,
    close: Vec<(i64, String)>,
    (field, refuse): (&str, String),
    ask: &str,
) -> Result<Who> {
    let new = Who::New(name.trim().to_string());
    if !on_terminal() {
        if add {
            return Ok(new);
        }
        return Err(Error::invalid(field, refuse));
    }
    for (id, known) in close.iter().take(3) {
        if super::records::confirm(&t!("cli-connect-did-you-mean", name = known.as_str()))? {
            return Ok(Who::Known(*id));
        }
    }
    if add || super::records::confirm(ask)? {
        return Ok(new);
    }
    Err(Error::invalid(field, t!("cli-connect-not-logged")))
}
