//! `tend journal`: write, list, search, read, edit and delete entries.

use super::{Ctx, args, one_line, say, text_arg};
use crate::domain::time::{DateSpec, MomentSpec};
use crate::domain::{JournalDraft, JournalEntry, LifeDomain};
use crate::error::{Error, Result};
use crate::store::{JournalFilter, SearchOrder};
use std::io::IsTerminal;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        text: Option<String>,
        #[command(flatten)]
        fields: EntryFields,
        #[arg(long, value_parser = args::moment)]
        at: Option<MomentSpec>,
    },
    List {
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
        #[arg(long, value_parser = args::named::<LifeDomain>)]
        domain: Option<LifeDomain>,
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long, conflicts_with = "limit")]
        all: bool,
    },
    Tags,
    Search {
        query: Vec<String>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
        page: u32,
        #[arg(long)]
        relevance: bool,
    },
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        text: Option<String>,
        #[command(flatten)]
        fields: EntryFields,
        #[arg(long, value_parser = args::moment)]
        at: Option<MomentSpec>,
    },
    Pin {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Unpin {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Delete {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        yes: bool,
    },
}

// The fields an entry has besides its text, shared by `add` and `edit`.
#[derive(Debug, clap::Args)]
pub struct EntryFields {
    #[arg(long)]
    title: Option<String>,
    #[arg(long, value_parser = args::named::<LifeDomain>)]
    domain: Option<LifeDomain>,
    #[arg(long = "tag")]
    tags: Vec<String>,
    #[arg(long, value_name = "1-10", value_parser = args::one_to_ten)]
    mood: Option<u8>,
}

impl EntryFields {
    fn is_empty(&self) -> bool {
        self.title.is_none() && self.domain.is_none() && self.tags.is_empty() && self.mood.is_none()
    }
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add { text, fields, at } => add(ctx, text, fields, at)?,
        Cmd::List {
            from,
            to,
            domain,
            tag,
            limit,
            all,
        } => {
            let limit = (!all).then(|| limit.unwrap_or(20));
            list(ctx, from, to, domain, tag, limit)?;
        }
        Cmd::Tags => tags(ctx)?,
        Cmd::Search {
            query,
            limit,
            page,
            relevance,
        } => {
            let order = if relevance {
                SearchOrder::Relevance
            } else {
                SearchOrder::Newest
            };
            let offset = limit.saturating_mul(page as usize - 1);
            search(ctx, &query.join(" "), order, limit, offset)?;
        }
        Cmd::Show { id } => {
            let e = ctx.store.journal_entry(id)?;
            ctx.show(&e, |out| full(out, &e))?;
        }
        Cmd::Edit {
            id,
            text,
            fields,
            at,
        } => edit(ctx, id, text, fields, at)?,
        Cmd::Pin { id } => pin(ctx, id, true)?,
        Cmd::Unpin { id } => pin(ctx, id, false)?,
        Cmd::Delete { id, yes } => delete(ctx, id, yes)?,
    }
    Ok(())
}

/// Entries, newest first, narrowed as asked.
fn list(
    ctx: &mut Ctx,
    from: Option<DateSpec>,
    to: Option<DateSpec>,
    domain: Option<LifeDomain>,
    tag: Option<String>,
    limit: Option<usize>,
) -> Result<()> {
    let tag = tag.map(|t| crate::domain::normalize_tag(&t)).transpose()?;
    let f = JournalFilter {
        from: from.map(|d| d.resolve(ctx.today)),
        to: to.map(|d| d.resolve(ctx.today)),
        domain,
        tag,
        limit,
        offset: 0,
    };
    let list = ctx.store.journal(&f)?;
    ctx.show(&list, |out| {
        if list.is_empty() {
            say!(out, "{}", t!("cli-journal-none"));
        }
        for e in &list {
            let pin = if e.pinned {
                JournalEntry::PIN_MARK
            } else {
                " "
            };
            say!(out, "{:>5}  {}  {pin} {}", e.id, e.date, headline(e));
        }
    })
}

/// Deletes an entry, asking first unless `yes`.
fn delete(ctx: &mut Ctx, id: i64, yes: bool) -> Result<()> {
    let e = ctx.store.journal_entry(id)?;
    let question = t!("cli-journal-delete", id = id, headline = headline(&e));
    if !yes && !super::records::confirm(&question)? {
        let said = t!("cli-journal-kept", id = id);
        let kept = super::records::Kept::of(crate::domain::RecordKind::Journal, id);
        return ctx.show(&kept, |out| say!(out, "{said}"));
    }
    let e = ctx.store.write(|w| w.delete_journal(id))?;
    let said = t!("cli-journal-deleted", id = e.id, headline = headline(&e));
    let deleted = super::records::Deleted::of(crate::domain::RecordKind::Journal, id);
    ctx.show(&deleted, |out| say!(out, "{said}"))
}

fn pin(ctx: &mut Ctx, id: i64, pinned: bool) -> Result<()> {
    let e = ctx.store.write(|w| w.pin_journal(id, pinned))?;
    let said = if pinned {
        t!("cli-journal-pinned", id = e.id, headline = headline(&e))
    } else {
        t!("cli-journal-unpinned", id = e.id, headline = headline(&e))
    };
    ctx.show(&e, |out| say!(out, "{said}"))
}

fn headline(e: &JournalEntry) -> String {
    match &e.title {
        Some(t) => one_line(t, 60),
        None => one_line(&e.body, 60),
    }
}

fn full(out: &mut String, e: &JournalEntry) {
    let (id, date, at) = (e.id, e.date.to_string(), &e.at);
    let head = if e.pinned {
        t!("cli-journal-show-pinned", id = id, date = date, at = at)
    } else {
        t!("cli-journal-show", id = id, date = date, at = at)
    };
    say!(out, "{head}");
    if let Some(t) = &e.title {
        say!(out, "# {t}");
    }
    let mut meta = Vec::new();
    if let Some(m) = e.mood {
        meta.push(t!("cli-journal-mood", mood = m));
    }
    if let Some(d) = e.domain {
        meta.push(d.to_string());
    }
    if !e.tags.is_empty() {
        meta.push(
            e.tags
                .iter()
                .map(|t| format!("#{t}"))
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    if !meta.is_empty() {
        say!(out, "{}", meta.join("  ·  "));
    }
    say!(out);
    say!(out, "{}", e.body);
}

/// Saves a new entry: TEXT, standard input, or what the person writes in their editor.
fn add(
    ctx: &mut Ctx,
    text: Option<String>,
    fields: EntryFields,
    at: Option<MomentSpec>,
) -> Result<()> {
    let EntryFields {
        title,
        domain,
        tags,
        mood,
    } = fields;
    let body = match text_arg(text)? {
        Some(t) => t,
        None if std::io::stdin().is_terminal() => {
            crate::editor::edit("", ctx.settings.editor.as_deref())?.kept()
        }
        None => {
            return Err(Error::invalid("text", t!("cli-journal-give-text")));
        }
    };
    let clock = ctx.clock();
    let at = match at {
        Some(m) => clock.resolve("at", m)?,
        None => clock.now(),
    };
    let draft = JournalDraft {
        at,
        title,
        body,
        mood,
        domain,
        tags: typed_tags(&tags)?,
    };
    let e = ctx.store.write(|w| w.add_journal(draft))?;
    let said = t!(
        "cli-journal-saved",
        id = e.id,
        date = e.date.to_string(),
        headline = headline(&e)
    );
    ctx.show(&e, |out| say!(out, "{said}"))
}

/// The tags of each `--tag`, split as a tags field splits them (`walk, river walk`).
fn typed_tags(given: &[String]) -> Result<Vec<String>> {
    let mut tags = Vec::new();
    for g in given {
        tags.extend(crate::domain::tags::tag_list(g)?);
    }
    Ok(tags)
}

/// Every tag in use, with how many entries have it.
fn tags(ctx: &mut Ctx) -> Result<()> {
    let tags = ctx.store.journal_tags_in_use()?;
    ctx.show(&tags, |out| {
        if tags.is_empty() {
            say!(out, "{}", t!("cli-journal-no-tags"));
        }
        for t in &tags {
            say!(out, "{:>5}  #{}", t.entries, t.tag);
        }
    })
}

/// Entries that mention the words, best match first.
fn search(ctx: &mut Ctx, q: &str, order: SearchOrder, limit: usize, offset: usize) -> Result<()> {
    if crate::store::fts_query(q).is_none() {
        return Err(Error::invalid("query", t!("cli-journal-give-words")));
    }
    let hits = ctx.store.journal_search_page(q, order, limit, offset)?;
    ctx.show(&hits, |out| {
        if hits.is_empty() {
            say!(out, "{}", t!("cli-journal-no-hits"));
        }
        for h in &hits {
            say!(
                out,
                "{:>5}  {}  {}",
                h.entry.id,
                h.entry.date,
                one_line(&h.snippet.bracketed(), 90)
            );
        }
    })
}

/// Changes an entry: new text and fields, or the old text opened in the editor.
fn edit(
    ctx: &mut Ctx,
    id: i64,
    text: Option<String>,
    fields: EntryFields,
    at: Option<MomentSpec>,
) -> Result<()> {
    let old = ctx.store.journal_entry(id)?;
    let nothing_given = text.is_none() && fields.is_empty() && at.is_none();
    let EntryFields {
        title,
        domain,
        tags,
        mood,
    } = fields;
    let body = match text_arg(text)? {
        Some(t) => t,
        None if nothing_given && std::io::stdin().is_terminal() => {
            crate::editor::edit(&old.body, ctx.settings.editor.as_deref())?.kept()
        }
        None if nothing_given => {
            return Err(Error::invalid("text", t!("cli-journal-give-new-text")));
        }
        None => old.body.clone(),
    };
    let at = match at {
        Some(m) => ctx.clock().resolve("at", m)?,
        None => chrono::DateTime::parse_from_rfc3339(&old.at).unwrap_or_else(|_| ctx.clock().now()),
    };
    // The tags given replace the entry's; else it keeps those its old words didn't
    // carry inline (the new words bring their own).
    let tags = if tags.is_empty() {
        let old_title = old.title.as_deref().unwrap_or_default();
        crate::domain::tags::beside_text(&old.tags, &[old_title, &old.body])
    } else {
        typed_tags(&tags)?
    };
    let draft = JournalDraft {
        at,
        title: title.or(old.title),
        body,
        mood: mood.or(old.mood),
        domain: domain.or(old.domain),
        tags,
    };
    let e = ctx.store.write(|w| w.update_journal(id, draft))?;
    let said = t!("cli-journal-updated", id = e.id, headline = headline(&e));
    ctx.show(&e, |out| say!(out, "{said}"))
}
