//! `tend sync`: sync this journal with the person's other devices through a folder
//! that Syncthing, a cloud drive or git carries; set it up, see its state, read and
//! dismiss words kept aside from concurrent edits, or stop.

use super::{Ctx, records, say};
use crate::error::{Error, Result};
use crate::secret::Source;
use crate::sync::{self, Report};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    #[arg(long, global = true, value_name = "N")]
    sync_passphrase_fd: Option<i32>,
    #[arg(
        long,
        global = true,
        env = "TEND_SYNC_PASSPHRASE_FILE",
        value_name = "PATH",
        hide = true
    )]
    sync_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
enum Cmd {
    Init(Place),
    Join(Place),
    Status,
    Conflicts,
    Dismiss(records::Delete),
    Leave,
}

#[derive(Debug, clap::Args)]
struct Place {
    dir: PathBuf,
    #[arg(long)]
    name: Option<String>,
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    let source = Source {
        fd: a.sync_passphrase_fd,
        file: a.sync_passphrase_file.clone(),
        new_fd: a.sync_passphrase_fd,
        new_file: a.sync_passphrase_file,
    };
    match a.cmd {
        None => {
            let key = sync::key(&ctx.store, &source)?;
            let r = sync::run(&ctx.store, &key)?;
            report(ctx, &r, None)
        }
        Some(Cmd::Init(p)) => {
            let r = sync::init(&ctx.store, &p.dir, p.name.as_deref(), &source)?;
            report(ctx, &r, Some("Sync is set up"))
        }
        Some(Cmd::Join(p)) => {
            let r = sync::join(&ctx.store, &p.dir, p.name.as_deref(), &source)?;
            report(ctx, &r, Some("Joined"))
        }
        Some(Cmd::Status) => status(ctx),
        Some(Cmd::Conflicts) => conflicts(ctx),
        Some(Cmd::Dismiss(d)) => dismiss(ctx, d),
        Some(Cmd::Leave) => leave(ctx),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The one-paragraph account of a sync: counts received, sent, conflicts kept.
fn report(ctx: &mut Ctx, r: &Report, first: Option<&str>) -> Result<()> {
    let setup = ctx.store.sync_setup()?.expect("sync is set up");
    ctx.show(r, |out| {
        if let Some(first) = first {
            say!(out, "{first}: {} is this device's sync folder, as \"{}\".", setup.folder.display(), setup.name);
        }
        if let Some(id) = &r.new_device {
            say!(
                out,
                "This journal was restored from a backup or copied from another device: it goes on as a new device ({id}), and nothing is lost."
            );
        }
        say!(
            out,
            "Received {} in {}; sent {}; {}.",
            plural(r.received, "change", "changes"),
            plural(r.segments, "segment", "segments"),
            plural(r.sent, "change", "changes"),
            match r.conflicts {
                0 => "no conflicts".to_string(),
                n => format!(
                    "{} edited on two devices at once: both kept (see `tend sync conflicts`)",
                    plural(n, "text", "texts")
                ),
            }
        );
        for w in &r.waiting {
            say!(out, "Waiting: {w}");
        }
        for n in &r.notes {
            say!(out, "Note: {n}");
        }
    })?;
    // A segment this tend cannot read needs the person: the rest was synced.
    match &r.needs_upgrade {
        Some(w) => Err(Error::Message(format!("{w} (the rest was synced)"))),
        None => Ok(()),
    }
}

fn status(ctx: &mut Ctx) -> Result<()> {
    let Some(setup) = ctx.store.sync_setup()? else {
        say!(
            ctx.out,
            "Sync is not set up: `tend sync init DIR` or `tend sync join DIR`."
        );
        return Ok(());
    };
    let devices = ctx.store.sync_devices()?;
    let unsent = ctx.store.sync_unsent()?;
    let waiting: Vec<(String, i64)> = devices
        .iter()
        .map(|d| {
            let last = sync::folder::last_seq(&setup.folder, &d.device);
            (d.name.clone(), (last - d.imported).max(0))
        })
        .collect();
    let v = serde_json::json!({
        "folder": setup.folder, "device": setup.device, "name": setup.name,
        "last_sync": setup.last_sync, "unsent": unsent, "segments_written": setup.next_seq - 1,
        "devices": devices.iter().zip(&waiting).map(|(d, w)| serde_json::json!({
            "device": d.device, "name": d.name, "merged": d.imported, "waiting": w.1, "last_seen": d.last_at,
        })).collect::<Vec<_>>(),
    });
    ctx.show(&v, |out| {
        say!(
            out,
            "Syncing with {} as \"{}\" ({}).",
            setup.folder.display(),
            setup.name,
            setup.device
        );
        say!(
            out,
            "Last sync: {}.",
            setup.last_sync.as_deref().unwrap_or("never")
        );
        say!(out, "Changes here waiting to be sent: {unsent}.");
        for (d, (_, w)) in devices.iter().zip(&waiting) {
            say!(
                out,
                "  {} ({}): {} merged, {w} waiting, last wrote {}",
                crate::safe_text::visible(&d.name),
                d.device,
                plural(d.imported as usize, "segment", "segments"),
                d.last_at.as_deref().unwrap_or("-")
            );
        }
        if devices.is_empty() {
            say!(out, "No other device has written to the folder yet.");
        }
    })
}

fn conflicts(ctx: &mut Ctx) -> Result<()> {
    let list = ctx.store.sync_conflicts(None)?;
    let v: Vec<_> = list
        .iter()
        .map(|c| {
            serde_json::json!({"id": c.id, "record": c.tbl, "key": c.record, "field": c.field,
                "device": c.device, "edited_at": c.edited_at, "text": c.text})
        })
        .collect();
    let labels: Vec<String> = list
        .iter()
        .map(|c| ctx.store.sync_record_label(&c.tbl, &c.record))
        .collect::<Result<_>>()?;
    let offset = *ctx.clock().now().offset();
    ctx.show(&v, |out| {
        if list.is_empty() {
            say!(
                out,
                "No words are kept aside: no two devices edited the same thing at once."
            );
        }
        for (c, label) in list.iter().zip(labels) {
            say!(
                out,
                "{}  {label}, {}: also edited on {} at {}",
                c.id,
                c.field.replace('_', " "),
                crate::safe_text::visible(&c.device),
                local_time(&c.edited_at, offset)
            );
            for line in crate::safe_text::visible(&c.text).lines() {
                say!(out, "    {line}");
            }
        }
    })
}

/// A stored moment in the person's time zone, to the minute.
fn local_time(stamp: &str, offset: chrono::FixedOffset) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp).map_or_else(
        |_| stamp.to_string(),
        |t| {
            t.with_timezone(&offset)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}

fn dismiss(ctx: &mut Ctx, d: records::Delete) -> Result<()> {
    let Some(c) = ctx
        .store
        .sync_conflicts(None)?
        .into_iter()
        .find(|c| c.id == d.id)
    else {
        return Err(Error::Message(format!(
            "no kept words with id {}; `tend sync conflicts` lists them",
            d.id
        )));
    };
    if !d.yes
        && !records::confirm(&format!(
            "Dismiss the words from {} (they are not in the record now)?",
            c.device
        ))?
    {
        say!(ctx.out, "Kept them.");
        return Ok(());
    }
    ctx.store.write(|tx| tx.sync_dismiss(c.id))?;
    say!(ctx.out, "Dismissed.");
    Ok(())
}

fn leave(ctx: &mut Ctx) -> Result<()> {
    let Some(setup) = ctx.store.sync_setup()? else {
        say!(ctx.out, "Sync is not set up on this device.");
        return Ok(());
    };
    ctx.store.write(|tx| tx.sync_leave())?;
    say!(
        ctx.out,
        "This device no longer syncs with {}. The folder and your other devices are as they were.",
        setup.folder.display()
    );
    Ok(())
}
