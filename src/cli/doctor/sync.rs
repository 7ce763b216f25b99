//! `tend doctor`'s sync lines: the folder, the last sync, the devices seen, and what
//! waits to be merged or sent.

use super::line;
use crate::error::Result;
use crate::store::Store;
use crate::sync::folder;

/// Sync's state; returns how many lines warned.
pub fn checks(out: &mut String, store: &Store) -> Result<usize> {
    let Some(setup) = store.sync_setup()? else {
        line(
            out,
            true,
            "sync: not set up (`tend sync init DIR` syncs with your other devices)",
            "",
        );
        return Ok(0);
    };
    let dir = &setup.folder;
    let there = folder::header_path(dir).exists();
    let mut warns = usize::from(!line(
        out,
        there,
        &format!("sync folder {} as \"{}\"", dir.display(), setup.name),
        "not there: is its drive or share mounted? Nothing is lost; sync again when it is",
    ));
    let devices = store.sync_devices()?;
    let pending: i64 = devices
        .iter()
        .map(|d| (folder::last_seq(dir, &d.device) - d.imported).max(0))
        .sum();
    let unsent = store.sync_unsent()?;
    warns += usize::from(!line(
        out,
        pending == 0 && unsent == 0,
        &format!(
            "last sync {} · {} other device(s) seen · {pending} segment(s) waiting to be merged · {unsent} change(s) here not sent yet",
            setup.last_sync.as_deref().unwrap_or("never"),
            devices.len(),
        ),
        "run `tend sync`",
    ));
    for d in &devices {
        crate::cli::say!(
            out,
            "        {} ({}): {} segment(s) merged, last written {}",
            crate::safe_text::visible(&d.name),
            d.device,
            d.imported,
            d.last_at.as_deref().unwrap_or("-")
        );
    }
    Ok(warns)
}
