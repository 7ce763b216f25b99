//! `tend doctor`'s sync lines: the folder, the last sync, the devices seen, what waits
//! to be merged or sent, the segments written with another sync passphrase, and the
//! devices forgotten here.

use super::line;
use crate::error::Result;
use crate::store::Store;
use crate::sync::folder;

/// Sync's state; returns how many lines warned.
pub fn checks(out: &mut String, store: &Store) -> Result<usize> {
    let Some(setup) = store.sync_setup()? else {
        line(out, true, &t!("cli-doctor-sync-off"), "");
        return Ok(0);
    };
    let dir = &setup.folder;
    let there = folder::header_path(dir).exists();
    let (folder, name) = (dir.display().to_string(), &setup.name);
    let what = t!("cli-doctor-sync-folder", folder = folder, name = name);
    let fix = t!("cli-doctor-sync-folder-fix");
    let mut warns = usize::from(!line(out, there, &what, &fix));
    // What a forgotten device left in the folder still waits to be merged (and sent on
    // by this device); it is not counted among the devices that sync.
    let pending: i64 = store
        .sync_devices()?
        .iter()
        .map(|d| (folder::last_seq(dir, &d.device) - d.imported).max(0))
        .sum();
    let devices = store.sync_active_devices()?;
    let unsent = store.sync_unsent()?;
    let what = t!(
        "cli-doctor-sync-state",
        last = setup
            .last_sync
            .clone()
            .unwrap_or_else(|| t!("cli-doctor-sync-never")),
        devices = devices.len(),
        pending = pending,
        unsent = unsent
    );
    let fix = t!("cli-doctor-sync-fix");
    warns += usize::from(!line(out, pending == 0 && unsent == 0, &what, &fix));
    // Named once by the sync that met them, listed here while they are there.
    for f in crate::sync::foreign::listed(store, dir)? {
        warns += usize::from(!line(out, false, &f.path.display().to_string(), &f.problem));
    }
    for d in &devices {
        let device = t!(
            "cli-doctor-sync-device",
            name = crate::safe_text::visible(&d.name),
            device = &d.device,
            merged = d.imported,
            last = d.last_at.as_deref().unwrap_or("-")
        );
        crate::cli::say!(out, "        {device}");
    }
    for f in store.sync_forgotten()? {
        let said = crate::cli::sync::forgotten_line(&f, &crate::cli::sync::gone(dir, &f, unsent));
        crate::cli::say!(out, "        {said}");
    }
    Ok(warns)
}
