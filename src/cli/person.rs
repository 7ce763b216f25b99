//! `tend person`: the people who support recovery, with their roles, a number, how
//! often to keep in touch, and whether they are an emergency contact.

use super::{Ctx, args, say};
use crate::domain::time::DateSpec;
use crate::domain::{Person, PersonDraft, RecordKind, Role, parse_roles};
use crate::error::Result;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[command(flatten)]
        fields: Fields,
    },
    List,
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
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
    #[arg(long, value_name = "ROLES", value_parser = |s: &str| parse_roles(s).map(Roles).map_err(|e| e.reason))]
    role: Option<Roles>,
    #[arg(long)]
    phone: Option<String>,
    #[arg(long, value_name = "N")]
    every: Option<u16>,
    #[arg(long, overrides_with = "no_emergency")]
    emergency: bool,
    #[arg(long, hide = true)]
    no_emergency: bool,
    #[arg(long, value_parser = args::date)]
    from: Option<DateSpec>,
    #[arg(long, value_parser = args::date)]
    to: Option<DateSpec>,
    #[arg(long)]
    note: Option<String>,
}

/// Roles as one argument ("sponsor,friend").
#[derive(Debug, Clone)]
pub struct Roles(Vec<Role>);

impl Fields {
    /// The draft these fields make over `old` (everything unsaid kept).
    fn over(self, old: PersonDraft, ctx: &Ctx) -> PersonDraft {
        let emergency = match (self.emergency, self.no_emergency) {
            (true, _) => true,
            (_, true) => false,
            _ => old.emergency,
        };
        PersonDraft {
            name: old.name,
            roles: self.role.map_or(old.roles, |r| r.0),
            phone: self.phone.or(old.phone),
            keep_in_touch_days: match self.every {
                Some(0) => None,
                Some(n) => Some(n),
                None => old.keep_in_touch_days,
            },
            emergency,
            active_from: self.from.map(|d| d.resolve(ctx.today)).or(old.active_from),
            active_to: self.to.map(|d| d.resolve(ctx.today)).or(old.active_to),
            note: self.note.or(old.note),
        }
    }
}

fn draft_of(p: &Person) -> PersonDraft {
    PersonDraft {
        name: p.name.clone(),
        roles: p.roles.clone(),
        phone: p.phone.clone(),
        keep_in_touch_days: p.keep_in_touch_days,
        emergency: p.emergency,
        active_from: p.active_from,
        active_to: p.active_to,
        note: p.note.clone(),
    }
}

/// "Sam (sponsor) 07700 900123 · emergency contact · every 7 days".
fn line(p: &Person) -> String {
    let mut s = p.name.clone();
    let roles = p.role_words();
    if !roles.is_empty() {
        s.push_str(&format!(" ({roles})"));
    }
    if let Some(ph) = &p.phone {
        s.push_str(&format!("  {ph}"));
    }
    if p.emergency {
        s.push_str(&format!(" · {}", t!("cli-person-emergency")));
    }
    if let Some(n) = p.keep_in_touch_days {
        let every = t!("cli-person-every", days = t!("days", count = n));
        s.push_str(&format!(" · {every}"));
    }
    s
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add { name, fields } => {
            let blank = PersonDraft {
                name,
                ..PersonDraft::default()
            };
            let draft = fields.over(blank, ctx);
            let p = ctx.store.write(|w| w.add_person(draft))?;
            let said = t!(
                "cli-person-added",
                name = &p.name,
                id = p.id,
                person = line(&p)
            );
            ctx.show(&p, |out| say!(out, "{said}"))?;
        }
        Cmd::List => {
            let mut all = ctx.store.people()?;
            all.sort_by_key(Person::call_order);
            ctx.show(&all, |out| {
                if all.is_empty() {
                    say!(out, "{}", t!("cli-person-none"));
                }
                for p in &all {
                    say!(out, "{:>5}  {}", p.id, line(p));
                }
            })?;
        }
        Cmd::Show { id } => {
            let p = ctx.store.person(id)?;
            ctx.show(&p, |out| {
                say!(out, "{}", line(&p));
                if let (Some(f), to) = (p.active_from, p.active_to) {
                    let until = to.map_or_else(|| t!("cli-person-now"), |d| d.to_string());
                    say!(
                        out,
                        "  {}",
                        t!("cli-person-from-to", from = f.to_string(), to = until)
                    );
                }
                if let Some(n) = &p.note {
                    say!(out, "  {}", t!("cli-note", note = n));
                }
            })?;
        }
        Cmd::Edit { id, name, fields } => {
            let old = ctx.store.person(id)?;
            let mut draft = fields.over(draft_of(&old), ctx);
            if let Some(n) = name {
                draft.name = n;
            }
            let p = ctx.store.write(|w| w.edit_person(id, draft))?;
            let said = t!(
                "cli-person-changed",
                name = &p.name,
                id = p.id,
                person = line(&p)
            );
            ctx.show(&p, |out| say!(out, "{said}"))?;
        }
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Person, d)?,
    }
    Ok(())
}
