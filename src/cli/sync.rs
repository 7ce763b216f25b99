//! `tend sync`: sync this journal with the person's other devices through a folder
//! that Syncthing, a cloud drive or git carries; set it up, see its state, read and
//! dismiss words kept aside from concurrent edits, or stop.

use super::{Ctx, records, say};
use crate::error::{Error, Result};
use crate::secret::Source;
use crate::store::changes::{Forgotten, Why};
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
    ForgetDevice(Forget),
    Leave,
}

#[derive(Debug, clap::Args)]
struct Forget {
    // Its help is the catalog's (help-sync-forget-device-device).
    device: String,
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
        sync: true,
    };
    match a.cmd {
        None => {
            let key = sync::key(&ctx.store, &source)?;
            let r = sync::run_with(&ctx.store, &key, options(ctx))?;
            report(ctx, &r, None)
        }
        Some(Cmd::Init(p)) => {
            let r = sync::init(&ctx.store, &p.dir, p.name.as_deref(), &source)?;
            report(ctx, &r, Some(First::Init))
        }
        Some(Cmd::Join(p)) => {
            let r = sync::join(&ctx.store, &p.dir, p.name.as_deref(), &source)?;
            report(ctx, &r, Some(First::Join))
        }
        Some(Cmd::Status) => status(ctx),
        Some(Cmd::Conflicts) => conflicts(ctx),
        Some(Cmd::Dismiss(d)) => dismiss(ctx, d),
        Some(Cmd::ForgetDevice(f)) => forget_device(ctx, &f.device),
        Some(Cmd::Leave) => leave(ctx),
    }
}

/// What the person's settings say of sync.
pub fn options(ctx: &Ctx) -> sync::Options {
    sync::Options {
        forget_after_days: i64::from(ctx.settings.sync_forget_after_days),
    }
}

/// How this device came to sync, said first after setting up or joining.
#[derive(Clone, Copy)]
enum First {
    Init,
    Join,
}

/// The one-paragraph account of a sync: counts received, sent, conflicts kept.
fn report(ctx: &mut Ctx, r: &Report, first: Option<First>) -> Result<()> {
    let setup = ctx.store.sync_setup()?.expect("sync is set up");
    let (folder, name) = (setup.folder.display().to_string(), &setup.name);
    let ctx_days = ctx.settings.sync_forget_after_days;
    ctx.show(r, |out| {
        let first = first.map(|f| match f {
            First::Init => t!("cli-sync-set-up", folder = &folder, name = name),
            First::Join => t!("cli-sync-joined", folder = &folder, name = name),
        });
        if let Some(first) = first {
            say!(out, "{first}");
        }
        match &r.new_device {
            Some(id) if r.rejoined => say!(out, "{}", t!("cli-sync-rejoined", device = id)),
            Some(id) => say!(out, "{}", t!("cli-sync-new-device", device = id)),
            None => {}
        }
        let (received, segments, sent) = (r.received, r.segments, r.sent);
        let counts = match r.conflicts {
            0 => t!(
                "cli-sync-counts",
                received = received,
                segments = segments,
                sent = sent
            ),
            n => t!(
                "cli-sync-counts-conflicts",
                received = received,
                segments = segments,
                sent = sent,
                conflicts = n
            ),
        };
        say!(out, "{counts}");
        for w in &r.waiting {
            say!(out, "{}", t!("cli-sync-waiting", segment = w));
        }
        for n in &r.notes {
            say!(out, "{}", t!("cli-sync-note", note = n));
        }
        for name in &r.forgotten {
            let days = ctx_days;
            say!(
                out,
                "{}",
                t!(
                    "cli-sync-forgot-unseen",
                    name = crate::safe_text::visible(name),
                    days = days
                )
            );
        }
    })?;
    // A segment this tend cannot read needs the person: the rest was synced.
    match &r.needs_upgrade {
        Some(w) => Err(Error::Message(t!("cli-sync-rest-synced", problem = w))),
        None => Ok(()),
    }
}

fn status(ctx: &mut Ctx) -> Result<()> {
    let Some(setup) = ctx.store.sync_setup()? else {
        let said = t!("cli-sync-not-set-up");
        return ctx.show(&serde_json::Value::Null, |out| say!(out, "{said}"));
    };
    // A forgotten device has its own line below, saying what to do with its folder.
    let devices = ctx.store.sync_active_devices()?;
    let forgotten = ctx.store.sync_forgotten()?;
    let unsent = ctx.store.sync_unsent()?;
    let waiting: Vec<(String, i64)> = devices
        .iter()
        .map(|d| {
            let last = sync::folder::last_seq(&setup.folder, &d.device);
            (d.name.clone(), (last - d.imported).max(0))
        })
        .collect();
    let gone: Vec<Gone> = forgotten
        .iter()
        .map(|f| gone(&setup.folder, f, unsent))
        .collect();
    let foreign = sync::foreign::listed(&ctx.store, &setup.folder)?;
    let v = serde_json::json!({
        "folder": setup.folder, "device": setup.device, "name": setup.name,
        "last_sync": setup.last_sync, "unsent": unsent, "segments_written": setup.next_seq - 1,
        "devices": devices.iter().zip(&waiting).map(|(d, w)| serde_json::json!({
            "device": d.device, "name": d.name, "merged": d.imported, "waiting": w.1, "last_seen": d.last_at,
        })).collect::<Vec<_>>(),
        "forgotten": forgotten.iter().zip(&gone).map(|(f, g)| serde_json::json!({
            "device": f.device, "name": f.name, "day": f.day, "why": f.why,
            "folder": match g { Gone::Removed => "removed", _ => "present" },
            "folder_may_be_removed": matches!(g, Gone::MayGo | Gone::Removed),
        })).collect::<Vec<_>>(),
        "other_key": foreign,
    });
    ctx.show(&v, |out| {
        let folder = setup.folder.display().to_string();
        let (name, device) = (&setup.name, &setup.device);
        let head = t!(
            "cli-sync-status",
            folder = folder,
            name = name,
            device = device
        );
        say!(out, "{head}");
        let last = setup
            .last_sync
            .clone()
            .unwrap_or_else(|| t!("cli-sync-never"));
        say!(out, "{}", t!("cli-sync-last", last = last));
        say!(out, "{}", t!("cli-sync-unsent", count = unsent));
        for (d, (_, w)) in devices.iter().zip(&waiting) {
            let line = t!(
                "cli-sync-device",
                name = crate::safe_text::visible(&d.name),
                device = &d.device,
                merged = d.imported,
                waiting = *w,
                last = d.last_at.as_deref().unwrap_or("-")
            );
            say!(out, "  {line}");
        }
        if devices.is_empty() && forgotten.is_empty() {
            say!(out, "{}", t!("cli-sync-no-devices"));
        }
        for (f, g) in forgotten.iter().zip(&gone) {
            say!(out, "  {}", forgotten_line(f, g));
        }
        for f in &foreign {
            let path = f.path.display().to_string();
            let line = t!("cli-sync-other-key", path = path, problem = &f.problem);
            say!(out, "{line}");
        }
    })
}

/// A forgotten device's line in `tend sync status` and `tend doctor`.
pub(crate) fn forgotten_line(f: &Forgotten, g: &Gone) -> String {
    let name = crate::safe_text::visible(if f.name.is_empty() {
        &f.device
    } else {
        &f.name
    });
    let why = match f.why {
        Why::Retired => t!("cli-sync-why-retired"),
        Why::Unseen => t!("cli-sync-why-unseen"),
        Why::Succeeded => t!("cli-sync-why-succeeded"),
        Why::Heard => t!("cli-sync-why-heard"),
    };
    let state = match g {
        Gone::Removed => t!("cli-sync-forgotten-removed"),
        Gone::MayGo => t!("cli-sync-forgotten-may-go"),
        Gone::Wait => t!("cli-sync-forgotten-wait"),
    };
    t!(
        "cli-sync-forgotten",
        name = name,
        device = &f.device,
        day = &f.day,
        why = why,
        state = state
    )
}

/// Where a forgotten device's folder stands.
pub(crate) enum Gone {
    /// Not in the sync folder any more.
    Removed,
    /// Everything it holds was merged here and has gone out in this device's
    /// segments: it may be removed.
    MayGo,
    /// Not yet: this device has more of it to merge, or to send on.
    Wait,
}

pub(crate) fn gone(folder: &std::path::Path, f: &Forgotten, unsent: i64) -> Gone {
    let in_folder = sync::folder::Folder::open(folder)
        .and_then(|d| d.devices(false))
        .is_ok_and(|d| d.has(&f.device));
    if !in_folder {
        return Gone::Removed;
    }
    match f.merged >= sync::folder::last_seq(folder, &f.device) && unsent == 0 {
        true => Gone::MayGo,
        false => Gone::Wait,
    }
}

/// `tend sync forget-device NAME`: retires a device that will not sync again.
fn forget_device(ctx: &mut Ctx, which: &str) -> Result<()> {
    let Some(setup) = ctx.store.sync_setup()? else {
        return Err(Error::Message(t!("sync-not-set-up")));
    };
    if which == setup.device || which == setup.name {
        return Err(Error::Message(t!("cli-sync-forget-self")));
    }
    let devices = ctx.store.sync_devices()?;
    let mut found: Vec<_> = devices
        .iter()
        .filter(|d| d.device == which || d.name == which)
        .collect();
    if found.is_empty() {
        found = devices
            .iter()
            .filter(|d| d.name.to_lowercase() == which.to_lowercase())
            .collect();
    }
    let d = match found.as_slice() {
        [d] => *d,
        [] => {
            return Err(Error::Message(t!(
                "cli-sync-forget-unknown",
                name = crate::safe_text::visible(which)
            )));
        }
        many => {
            let ids: Vec<&str> = many.iter().map(|d| d.device.as_str()).collect();
            return Err(Error::Message(t!(
                "cli-sync-forget-which",
                name = crate::safe_text::visible(which),
                ids = ids.join(", ")
            )));
        }
    };
    let name = if d.name.is_empty() {
        d.device.clone()
    } else {
        d.name.clone()
    };
    let added = ctx
        .store
        .write(|tx| tx.sync_forget_device(&d.device, &d.name, Why::Retired))?;
    let said = match added {
        true => t!("cli-sync-forgot", name = crate::safe_text::visible(&name)),
        false => t!(
            "cli-sync-forgot-already",
            name = crate::safe_text::visible(&name)
        ),
    };
    let v = serde_json::json!({ "forgotten": d.device, "name": d.name, "already": !added });
    ctx.show(&v, |out| say!(out, "{said}"))
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
            say!(out, "{}", t!("cli-sync-no-conflicts"));
        }
        for (c, label) in list.iter().zip(labels) {
            let said = t!(
                "cli-sync-conflict",
                label = label,
                field = c.field.replace('_', " "),
                device = crate::safe_text::visible(&c.device),
                at = local_time(&c.edited_at, offset)
            );
            say!(out, "{}  {said}", c.id);
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
        return Err(Error::Message(t!(
            "cli-sync-no-such-words",
            id = d.id.to_string()
        )));
    };
    if !d.yes && !records::confirm(&t!("cli-sync-dismiss", device = &c.device))? {
        let said = t!("cli-sync-kept");
        return ctx.show(&serde_json::json!({ "kept": c.id }), |out| {
            say!(out, "{said}")
        });
    }
    ctx.store.write(|tx| tx.sync_dismiss(c.id))?;
    let said = t!("cli-sync-dismissed");
    ctx.show(&serde_json::json!({ "dismissed": c.id }), |out| {
        say!(out, "{said}")
    })
}

fn leave(ctx: &mut Ctx) -> Result<()> {
    let Some(setup) = ctx.store.sync_setup()? else {
        let said = t!("cli-sync-not-here");
        return ctx.show(&serde_json::json!({ "left": null }), |out| {
            say!(out, "{said}")
        });
    };
    ctx.store.write(|tx| tx.sync_leave())?;
    let left = serde_json::json!({ "left": setup.folder });
    let folder = setup.folder.display().to_string();
    let said = t!("cli-sync-left", folder = folder);
    ctx.show(&left, |out| say!(out, "{said}"))
}
